//! The headless core of Netwerkkaart: network analysis and stakeholder mapping for
//! collaboration between municipalities, housing corporations and care providers.
//!
//! [`model`], [`import`], [`project`], [`graph`], [`analysis`], [`layout`], [`scene`],
//! [`export`], [`edit`], [`recovery`], [`view_state`] and [`i18n`] know nothing of windows: this crate's
//! dependency tree has no egui, eframe or rfd, so the architecture rule "only the app uses egui"
//! is a compile error, not a convention. The `netwerkkaart` crate on top adds the app and the
//! command line. Data flows one way: files → import → model → graph → analysis → output.

#![forbid(unsafe_code)]

pub mod analysis;
pub mod compare;
pub mod deck;
pub mod edit;
pub mod export;
#[cfg(feature = "fuzzing")]
pub mod fuzz;
pub mod graph;
pub mod i18n;
pub mod import;
pub mod intake;
pub mod layout;
pub mod model;
pub mod project;
pub mod recovery;
pub mod reimport;
pub mod scene;
pub mod style;
#[cfg(feature = "synthetic")]
pub mod synthetic;
pub mod view_state;
pub mod visible;
