//! Launches the app for development, with hooks the real command line does not have:
//! `cargo run --example app_dev -- [MAP] [--synthetic GEMEENTEN] [--vrij] [--finding N]
//! [--dialog export|save-as|reimport|thresholds] [--screenshot FILE --view VIEW] [--lang nl|en]`.

use netwerkkaart::app::{Command, Launch, View};
use netwerkkaart::i18n::Lang;
use std::path::PathBuf;

fn main() -> anyhow::Result<()> {
    let mut launch = Launch::default();
    let mut layout = None;
    let mut finding: Option<usize> = None;
    let mut dialog: Option<Command> = None;
    // `--gegevens-edit TAB ROW` (tab 0–4) with `--typed TEXT`: a cell of the Gegevens view
    // being edited, for screenshots of validation as you type.
    let mut gegevens_edit: Option<(usize, usize)> = None;
    let mut typed = String::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--screenshot" => launch.screenshot = args.next().map(PathBuf::from),
            "--view" => launch.view = args.next().and_then(|v| v.parse::<View>().ok()),
            "--vrij" => layout = Some(netwerkkaart::layout::LayoutKind::Vrij),
            "--finding" => finding = args.next().and_then(|n| n.parse().ok()),
            "--dialog" => {
                use netwerkkaart::app::panels::DialogKind;
                dialog = match args.next().as_deref() {
                    Some("export") => Some(Command::ShowDialog(DialogKind::Export)),
                    Some("save-as") => Some(Command::ShowDialog(DialogKind::SaveAs)),
                    Some("reimport") => Some(Command::ShowDialog(DialogKind::Reimport)),
                    Some("thresholds") => Some(Command::ShowThresholds),
                    _ => None,
                }
            }
            "--gegevens-edit" => {
                let tab = args.next().and_then(|n| n.parse().ok()).unwrap_or(0);
                let row = args.next().and_then(|n| n.parse().ok()).unwrap_or(0);
                gegevens_edit = Some((tab, row));
            }
            "--typed" => typed = args.next().unwrap_or_default(),
            "--lang" => launch.lang = args.next().and_then(|l| Lang::parse(&l)),
            // A synthetic region (65 municipalities ≈ 5,000 nodes), saved as a project first.
            "--synthetic" => {
                let gemeenten = args.next().and_then(|n| n.parse().ok()).unwrap_or(65);
                let map = netwerkkaart::synthetic::generate(&netwerkkaart::synthetic::Config {
                    gemeenten,
                    seed: netwerkkaart::synthetic::DEFAULT_SEED,
                });
                let path = std::env::temp_dir().join("netwerkkaart-synthetic.netwerkkaart");
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
        if let Some(d) = dialog {
            app.run(d);
        }
        if let Some((tab, row)) = gegevens_edit
            && let Some(doc) = app.document.as_ref()
        {
            use netwerkkaart::app::panels::{Col, Tab};
            let tab = Tab::ALL[tab.min(4)];
            let col = tab.columns().get(2).copied().unwrap_or(Col::Id);
            app.gegevens.edit_cell(doc, tab, row, col, &typed, Lang::Nl);
        }
    })
}
