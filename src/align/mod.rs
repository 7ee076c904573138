//! Stage 5: group facts that talk about the same quantity.
