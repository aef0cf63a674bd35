//! Helpers shared by the integration tests.

pub mod analysis_fixtures;
pub mod app_harness;
