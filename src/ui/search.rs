//! Forgiving text search for the Browse and symptom filters: every word typed must appear, and common
//! English endings are ignored, so "listening" finds "listen" and "calls" finds "call".

/// The word without a common ending ("listening" becomes "listen", "calls" becomes "call"), never shorter than 3 letters.
fn stem(word: &str) -> &str {
    for ending in ["ing", "ed", "es", "s"] {
        if let Some(base) = word.strip_suffix(ending)
            && base.chars().count() >= 3
        {
            return base;
        }
    }
    word
}

/// True when every word of `query` (case-insensitive, stemmed) occurs in `text`; an empty query matches.
#[must_use]
pub fn matches(text: &str, query: &str) -> bool {
    let text = text.to_lowercase();
    query
        .to_lowercase()
        .split_whitespace()
        .all(|word| text.contains(stem(word)))
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn words_match_whatever_their_ending() {
        assert!(matches(
            "Does WhatsApp listen to my microphone?",
            "listening microphones"
        ));
        assert!(matches("Is WhatsApp using my microphone?", "USING"));
        assert!(matches("Callers can't hear you", "caller"));
        assert!(matches("anything", ""));
    }

    #[test]
    fn every_word_must_match() {
        assert!(!matches("Offload and reinstall WhatsApp", "offload camera"));
        assert!(matches(
            "Offload and reinstall WhatsApp",
            "reinstalling offload"
        ));
    }
}
