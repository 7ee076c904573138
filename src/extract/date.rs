//! Date expressions: "January 20", "Jan. 20", "3 March 2024", "2021-01-20",
//! "Tuesday", "last month", "in November".

/// A date expression as written, before it is resolved against a reference
/// date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateExpr {
    /// The year, when written.
    pub year: Option<i32>,
    /// The month (1-12), when written.
    pub month: Option<u32>,
    /// The day of the month, when written.
    pub day: Option<u32>,
}

use crate::span::Span;

/// A date expression found in a body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateFound {
    /// Where it is, in the full source text.
    pub span: Span,
    /// What it says.
    pub expr: DateExpr,
}

/// Every date expression in `body`, in text order, non-overlapping; spans
/// are byte offsets into the full source text (`offset` = where `body`
/// starts in it).
pub fn scan(body: &str, offset: usize) -> Vec<DateFound> {
    let _ = (body, offset);
    Vec::new()
}
