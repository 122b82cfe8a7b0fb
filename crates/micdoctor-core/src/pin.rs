//! The staff PIN: argon2 hashing for the config file, and the gate that locks after three wrong tries.

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};

use crate::i18n::Language;
use crate::t;

/// Wrong PINs in a row that lock the gate.
pub const MAX_TRIES: u32 = 3;
/// How long the gate stays locked after [`MAX_TRIES`] wrong PINs.
pub const LOCK_SECONDS: f64 = 60.0;
/// Shortest and longest PIN accepted.
pub const PIN_DIGITS: std::ops::RangeInclusive<usize> = 4..=8;

/// Why a PIN or a stored hash is not usable.
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum PinError {
    #[error("a PIN is {min} to {max} digits (0-9)", min = PIN_DIGITS.start(), max = PIN_DIGITS.end())]
    BadPin,
    #[error("not an argon2 hash made by `micdoctor hash-pin` ({0})")]
    BadHash(String),
    #[error("could not hash the PIN: {0}")]
    Hashing(String),
}

impl PinError {
    /// The error in `language`, for people; `Display` stays English for logs.
    #[must_use]
    pub fn in_words(&self, language: Language) -> String {
        match self {
            Self::BadPin => t!(
                language,
                "pin-error-bad-pin",
                min = *PIN_DIGITS.start(),
                max = *PIN_DIGITS.end()
            ),
            Self::BadHash(why) => t!(language, "pin-error-bad-hash", why = why.as_str()),
            Self::Hashing(why) => t!(language, "pin-error-hashing", why = why.as_str()),
        }
    }
}

/// True for 4 to 8 ASCII digits.
#[must_use]
pub fn is_valid_pin(pin: &str) -> bool {
    PIN_DIGITS.contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit())
}

/// Hashes a PIN with argon2id and a random salt, as a PHC string for `staff_pin_hash`.
///
/// # Errors
/// When the PIN is not 4 to 8 digits.
pub fn hash_pin(pin: &str) -> Result<String, PinError> {
    if !is_valid_pin(pin) {
        return Err(PinError::BadPin);
    }
    Argon2::default()
        .hash_password(pin.as_bytes())
        .map(|hash| hash.to_string())
        .map_err(|err| PinError::Hashing(err.to_string()))
}

/// Checks that a stored hash is an argon2 PHC string.
///
/// # Errors
/// When it is not.
pub fn check_hash(hash: &str) -> Result<(), PinError> {
    let parsed = PasswordHash::new(hash).map_err(|err| PinError::BadHash(err.to_string()))?;
    if parsed.algorithm.as_str().starts_with("argon2") {
        Ok(())
    } else {
        Err(PinError::BadHash(format!(
            "algorithm {} is not argon2",
            parsed.algorithm
        )))
    }
}

/// True when `pin` matches the stored hash. A malformed hash matches nothing.
#[must_use]
pub fn verify_pin(hash: &str, pin: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| {
        Argon2::default()
            .verify_password(pin.as_bytes(), &parsed)
            .is_ok()
    })
}

/// What the gate said to one PIN.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PinOutcome {
    Accepted,
    Wrong {
        tries_left: u32,
    },
    /// Locked (now or already); tries are refused for this many more seconds.
    Locked {
        seconds_left: f64,
    },
}

/// Counts wrong PINs and locks for [`LOCK_SECONDS`] after [`MAX_TRIES`]. Times are the UI clock in seconds.
#[derive(Debug, Clone, Default)]
pub struct PinGate {
    failures: u32,
    locked_until: Option<f64>,
}

impl PinGate {
    /// Seconds the gate stays locked, or `None` when it takes tries.
    #[must_use]
    pub fn locked_for(&self, now: f64) -> Option<f64> {
        self.locked_until
            .map(|until| until - now)
            .filter(|left| *left > 0.0)
    }

    /// Tries a PIN against the stored hash.
    pub fn try_pin(&mut self, hash: &str, pin: &str, now: f64) -> PinOutcome {
        if let Some(seconds_left) = self.locked_for(now) {
            return PinOutcome::Locked { seconds_left };
        }
        if self.locked_until.take().is_some() {
            self.failures = 0;
        }
        if verify_pin(hash, pin) {
            self.failures = 0;
            return PinOutcome::Accepted;
        }
        self.failures += 1;
        if self.failures >= MAX_TRIES {
            self.locked_until = Some(now + LOCK_SECONDS);
            PinOutcome::Locked {
                seconds_left: LOCK_SECONDS,
            }
        } else {
            PinOutcome::Wrong {
                tries_left: MAX_TRIES - self.failures,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_are_four_to_eight_digits() {
        assert!(is_valid_pin("0000"));
        assert!(is_valid_pin("12345678"));
        assert!(!is_valid_pin("123"));
        assert!(!is_valid_pin("123456789"));
        assert!(!is_valid_pin("12a4"));
        assert!(!is_valid_pin("١٢٣٤"), "only ASCII digits");
        assert_eq!(hash_pin("12"), Err(PinError::BadPin));
    }

    #[test]
    fn a_hash_verifies_its_pin_only_and_is_salted() {
        let hash = hash_pin("4321").unwrap();
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(!hash.contains("4321"));
        assert!(verify_pin(&hash, "4321"));
        assert!(!verify_pin(&hash, "1234"));
        assert_ne!(
            hash,
            hash_pin("4321").unwrap(),
            "each hash has its own salt"
        );
        assert!(check_hash(&hash).is_ok());
        assert!(check_hash("4321").is_err());
        assert!(!verify_pin("garbage", "4321"));
    }

    #[test]
    fn three_wrong_tries_lock_for_a_minute() {
        let hash = hash_pin("2580").unwrap();
        let mut gate = PinGate::default();
        assert_eq!(
            gate.try_pin(&hash, "1111", 0.0),
            PinOutcome::Wrong { tries_left: 2 }
        );
        assert_eq!(
            gate.try_pin(&hash, "1111", 1.0),
            PinOutcome::Wrong { tries_left: 1 }
        );
        assert_eq!(
            gate.try_pin(&hash, "1111", 2.0),
            PinOutcome::Locked { seconds_left: 60.0 }
        );
        // Even the right PIN is refused while locked.
        assert_eq!(
            gate.try_pin(&hash, "2580", 32.0),
            PinOutcome::Locked { seconds_left: 30.0 }
        );
        assert_eq!(gate.locked_for(61.9).map(f64::round), Some(0.0));
        assert_eq!(gate.locked_for(62.0), None);
        // After the lock, three fresh tries.
        assert_eq!(
            gate.try_pin(&hash, "1111", 62.5),
            PinOutcome::Wrong { tries_left: 2 }
        );
        assert_eq!(gate.try_pin(&hash, "2580", 63.0), PinOutcome::Accepted);
        assert_eq!(
            gate.try_pin(&hash, "1111", 64.0),
            PinOutcome::Wrong { tries_left: 2 },
            "a right PIN resets the count"
        );
    }
}
