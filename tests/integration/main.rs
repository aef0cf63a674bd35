//! The one integration-test binary: every test of the workspace that needs more than one
//! module, one module per area. (The screenshot test, which needs its own `main`, is
//! `tests/app_screenshot.rs`.)

mod support;

mod analysis;
mod analysis_english;
mod analysis_json;
mod analysis_perf;
mod analysis_v2;
mod analysis_whatif;
mod app;
mod app_edit;
mod app_files;
mod app_gegevens;
mod app_language;
mod app_overview;
mod app_perf;
mod app_presentation;
mod app_reliability;
mod board_report;
mod cli;
mod cli_help;
mod compare;
mod edit;
mod export_board;
mod export_board_english;
mod export_board_poster;
mod export_board_scale;
mod export_data;
mod export_data_example;
mod export_network;
mod export_pptx;
mod graph_files;
mod import;
mod import_dedupe;
mod import_english;
mod import_fuzz;
mod import_scale;
mod import_xlsx;
mod intake;
mod layout;
mod metrics;
mod packaging;
mod project_roundtrip;
mod reliability;
mod workbook_print;
