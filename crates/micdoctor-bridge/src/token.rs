//! The link's secret: 128 bits from the operating system's cryptographic generator, written URL-safe
//! (base64url without padding, 22 characters), compared in constant time.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// Bytes of randomness in a token.
pub const TOKEN_BYTES: usize = 16;

/// A fresh token.
///
/// # Errors
/// The operating system's generator failed (it does not, on a working system).
pub fn new_token() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; TOKEN_BYTES];
    getrandom::fill(&mut bytes)?;
    Ok(URL_SAFE_NO_PAD.encode(bytes))
}

/// A random value for a page's Content-Security-Policy nonce; a fixed one if the generator fails (the
/// nonce guards against injected scripts, and the page injects nothing).
#[must_use]
pub fn nonce() -> String {
    let mut bytes = [0u8; 16];
    if getrandom::fill(&mut bytes).is_err() {
        bytes = *b"micdoctor-bridge";
    }
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Whether `given` is `token`, taking the same time wherever they differ.
#[must_use]
pub fn same(given: &str, token: &str) -> bool {
    let (a, b) = (given.as_bytes(), token.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_url_safe_and_different() {
        let a = new_token().unwrap();
        let b = new_token().unwrap();
        assert_eq!(a.len(), 22);
        assert_ne!(a, b);
        assert!(
            a.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        );
        assert!(same(&a, &a.clone()));
        assert!(!same(&a, &b));
        assert!(!same(&a, &a[..21]));
    }
}
