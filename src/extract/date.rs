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
