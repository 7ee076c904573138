//! The JSON report format, version 1.

use crate::fact::Fact;
use crate::report::Report;

/// The whole report as JSON (format version 1), pretty-printed.
pub fn to_string(report: &Report) -> String {
    let _ = report;
    String::from("{}")
}

/// One fact as a MENTION object on one line (JSON Lines).
pub fn mention_line(fact: &Fact) -> String {
    let _ = fact;
    String::from("{}")
}
