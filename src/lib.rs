//! crosscheck: checks numeric facts across news sources.
#![forbid(unsafe_code)]

pub mod error;
pub mod source;
pub mod span;

pub(crate) mod lexicon;

pub mod segment;

pub mod extract;

pub mod normalize;

pub mod fact;

pub mod align;

pub mod compare;

pub mod report;

mod checker;

pub use checker::{Checker, CheckerBuilder, Extraction};
pub use error::{Error, ErrorKind};
pub use extract::Kind;
pub use fact::{Fact, Provenance, Subject, Value};
pub use normalize::{Bound, Interval};
pub use report::Report;
pub use source::{Meta, Source};
pub use span::Span;
