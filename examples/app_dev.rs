//! Launches the app for development:
//! `cargo run --example app_dev -- [MAP] [--screenshot FILE --view VIEW] [--lang nl|en]`.

#[path = "../tests/app_common/mod.rs"]
mod app_common;

use netwerkkaart::app::{Command, Launch, View};
use netwerkkaart::i18n::Lang;
use std::path::PathBuf;

fn main() -> anyhow::Result<()> {
    let mut launch = Launch::default();
    let mut layout = None;
    let mut finding: Option<usize> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--screenshot" => launch.screenshot = args.next().map(PathBuf::from),
            "--view" => launch.view = args.next().and_then(|v| v.parse::<View>().ok()),
            "--vrij" => layout = Some(netwerkkaart::layout::LayoutKind::Vrij),
            "--finding" => finding = args.next().and_then(|n| n.parse().ok()),
            "--lang" => launch.lang = args.next().and_then(|l| Lang::parse(&l)),
            // A map built in code, saved as a project file first.
            "--demo" | "--synthetic" => {
                let map = match a.as_str() {
                    "--demo" => app_common::region(),
                    _ => app_common::synthetic(
                        args.next().and_then(|n| n.parse().ok()).unwrap_or(5000),
                    ),
                };
                let path = std::env::temp_dir().join(format!("netwerkkaart{a}.netwerkkaart"));
                netwerkkaart::project::save(&map, &path)?;
                launch.map = Some(path);
            }
            _ => launch.map = Some(PathBuf::from(a)),
        }
    }
    netwerkkaart::app::run_with(launch, move |app| {
        if let Some(k) = layout {
            app.run(Command::SetLayout(k));
        }
        if finding.is_some() {
            app.run(Command::SelectFinding(finding));
        }
    })
}
