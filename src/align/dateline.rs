//! Datelines: "REDDING, California, Aug 12 (Meridian Wire) -", "LAGOS,
//! March 3 -", "Beirut, 12 August (AFP) -". The day a dateline names is
//! the day the report was filed, not the day of anything it reports, so
//! the dates of two reports of one story filed on different days never
//! conflict. A dateline opens its sentence with a place (a word or words
//! in capitals, then regions or countries after commas), and the date is
//! followed by the agency in brackets, a dash or a colon.

use crate::fact::Fact;
use crate::quantity::Kind;

/// Whether a date fact is a dateline's date.
pub(super) fn is_dateline(fact: &Fact) -> bool {
    if fact.kind != Kind::Date {
        return false;
    }
    let p = &fact.provenance;
    let (Some(head), Some(tail)) = (p.before_quote(), p.after_quote()) else {
        return false;
    };
    let Some(capitals) = place_list(head) else {
        return false;
    };
    match agency_then_dash(tail) {
        Some(agency) => agency || capitals,
        None => false,
    }
}

/// Reads "REDDING, California, " (the text before a dateline's date):
/// places separated by commas, each capitalised, ending with a comma.
/// Returns whether the first place is written in capitals.
fn place_list(head: &str) -> Option<bool> {
    let head = head.trim_start();
    let places = head.trim_end().strip_suffix(',')?;
    let mut first_in_capitals = None;
    for place in places.split(',') {
        let place = place.trim();
        let starts_upper = place.chars().next().is_some_and(char::is_uppercase);
        let letters_only = place
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '\'' | '-' | '’'));
        if !starts_upper || !letters_only || place.split_whitespace().count() > 4 {
            return None;
        }
        first_in_capitals.get_or_insert_with(|| !place.chars().any(char::is_lowercase));
    }
    first_in_capitals
}

/// Reads what follows a dateline's date: an optional year, an optional
/// agency in brackets, then a dash or a colon. Returns whether an agency
/// was named, or `None` when the text does not read so.
fn agency_then_dash(tail: &str) -> Option<bool> {
    let mut rest = tail.trim_start_matches([',', ' ']);
    let year = rest.chars().take_while(char::is_ascii_digit).count();
    if year == 4 {
        rest = rest[year..].trim_start();
    }
    let mut agency = false;
    if let Some(inner) = rest.strip_prefix('(') {
        let close = inner.find(')')?;
        if close == 0 || close > 40 {
            return None;
        }
        rest = inner[close + 1..].trim_start();
        agency = true;
    }
    rest.starts_with(['-', '\u{2013}', '\u{2014}', ':'])
        .then_some(agency)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_before_a_dateline() {
        assert_eq!(place_list("REDDING, California, "), Some(true));
        assert_eq!(place_list("THUNDER BAY, Ontario, "), Some(true));
        assert_eq!(place_list("Beirut, "), Some(false));
        assert_eq!(place_list("The toll rose on "), None);
        assert_eq!(place_list("Officials said, "), Some(false));
        assert_eq!(place_list(""), None);
    }

    #[test]
    fn what_follows_a_dateline() {
        assert_eq!(
            agency_then_dash(" (Meridian Wire) - A wildfire"),
            Some(true)
        );
        assert_eq!(agency_then_dash(", 2026 (AFP) - The"), Some(true));
        assert_eq!(agency_then_dash(" - The"), Some(false));
        assert_eq!(agency_then_dash(": The"), Some(false));
        assert_eq!(agency_then_dash(" the council said"), None);
        assert_eq!(agency_then_dash(" (a Sunday), when"), None);
    }
}
