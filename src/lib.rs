//! Netwerkkaart: the desktop app (egui/eframe) on top of the headless core crate
//! `netwerkkaart-core`, whose modules are re-exported here so that `netwerkkaart::model`,
//! `netwerkkaart::analysis` and the rest read the same from the app, the command line and the
//! tests.
//!
//! Architecture rule, enforced by the crate split: only this crate uses egui.

#![forbid(unsafe_code)]

pub use netwerkkaart_core::*;

pub mod app;
