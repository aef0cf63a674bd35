//! Netwerkkaart: network analysis and stakeholder mapping for collaboration between
//! municipalities, housing corporations and care providers.
//!
//! The library is the headless core — [`model`], [`import`], [`project`], [`graph`],
//! [`analysis`], [`export`] — and knows nothing of windows; the binary adds the command line
//! (and the app). Data flows one way: files → import → model → graph → analysis → output.
//!
//! Architecture invariant: only `app/` may use egui.

#![forbid(unsafe_code)]

pub mod analysis;
pub mod app;
pub mod edit;
pub mod export;
pub mod graph;
pub mod i18n;
pub mod import;
pub mod layout;
pub mod model;
pub mod project;
pub mod recovery;
pub mod scene;
pub mod style;
pub mod synthetic;
