//! Resolving date expressions against a reference date.

use chrono::NaiveDate;

use crate::extract::date::DateExpr;

/// A date expression resolved as far as the text and the reference date
/// allow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolvedDate {
    /// ISO-like value with X for unknown fields.
    pub iso: String,
    /// The grain: "day", "month", "year", ...
    pub grain: &'static str,
    /// First day covered, when known.
    pub first: Option<NaiveDate>,
    /// Last day covered, when known.
    pub last: Option<NaiveDate>,
}

/// Resolves `expr` against `reference`.
pub fn resolve(expr: &DateExpr, reference: Option<NaiveDate>) -> ResolvedDate {
    let _ = reference;
    let iso = match (expr.year, expr.month, expr.day) {
        (y, Some(m), Some(d)) => format!("{}-{m:02}-{d:02}", y.map_or("XXXX".to_string(), |y| format!("{y:04}"))),
        (Some(y), Some(m), None) => format!("{y:04}-{m:02}"),
        (Some(y), None, None) => format!("{y:04}"),
        _ => "XXXX-XX-XX".to_string(),
    };
    ResolvedDate { iso, grain: "day", first: None, last: None }
}
