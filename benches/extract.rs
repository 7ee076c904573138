//! Extraction throughput; filled in with the benchmark proper.
fn main() {}
