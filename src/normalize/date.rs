//! Resolving date expressions against a reference date.
