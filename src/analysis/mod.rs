//! The analyses of `spec/analysis.md`: findings, triangles and metrics, pure functions of a map
//! and thresholds.

pub mod metrics;
