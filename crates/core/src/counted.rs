//! A count with its noun, as a person reads it: "1 entry", "45 entries" (pure, no UI).

/// `count` followed by `one` when it is 1 and by `many` otherwise (0 included: "0 nights").
pub fn counted(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::counted;

    #[test]
    fn one_takes_the_singular_and_every_other_count_the_plural() {
        assert_eq!(counted(1, "entry", "entries"), "1 entry");
        assert_eq!(counted(0, "night", "nights"), "0 nights");
        assert_eq!(counted(45, "entry", "entries"), "45 entries");
        assert_eq!(
            counted(usize::MAX, "week", "weeks"),
            format!("{} weeks", usize::MAX)
        );
    }
}
