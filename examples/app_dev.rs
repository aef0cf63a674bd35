//! Launches the app for development, with hooks the real command line does not have:
//! `cargo run --example app_dev -- [MAP] [--synthetic GEMEENTEN] [--vrij] [--finding N]
//! [--dialog export|save-as|reimport|thresholds] [--screenshot FILE --view VIEW] [--lang nl|en]
//! [--intake DIR] [--intake-synthetic PARTNERS] [--select ID]`. `--intake` opens the inventory's review on
//! every list in DIR; `--intake-synthetic` on that many partners of a 60-municipality region.

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
    let mut intake: Option<Vec<PathBuf>> = None;
    let mut select: Option<String> = None;
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
            "--intake" => {
                let dir = PathBuf::from(args.next().unwrap_or_default());
                let mut lists: Vec<PathBuf> = std::fs::read_dir(&dir)?
                    .flatten()
                    .map(|e| e.path())
                    .collect();
                lists.sort();
                intake = Some(lists);
            }
            "--select" => select = args.next(),
            "--intake-synthetic" => {
                let n = args.next().and_then(|n| n.parse().ok()).unwrap_or(100);
                intake = Some(synthetic_partners(n)?);
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
        if select.is_some() {
            app.run(Command::SelectNode(select));
        }
        if let Some(lists) = intake {
            app.run(Command::ShowIntake(lists));
            let base = app.document.as_ref().map(|d| d.map().clone());
            app.intake.start(base.as_ref(), app.settings.lang);
            app.intake.block_on();
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

/// `n` partners' lists of a synthetic 60-municipality region (what the map says of each, as
/// `template --voor` writes it), as CSV folders in a temporary folder.
fn synthetic_partners(n: usize) -> anyhow::Result<Vec<PathBuf>> {
    use netwerkkaart::export::{Output, write_output};
    let region = netwerkkaart::synthetic::generate(&netwerkkaart::synthetic::Config::new(60));
    let dir = std::env::temp_dir().join("netwerkkaart-intake-synthetic");
    let _ = std::fs::remove_dir_all(&dir);
    let mut out = Vec::new();
    let mut seats: std::collections::HashMap<&str, usize> = Default::default();
    for m in &region.memberships {
        *seats.entry(m.party.as_str()).or_default() += 1;
    }
    let mut ids: Vec<&str> = region.parties.iter().map(|p| p.id.as_str()).collect();
    ids.sort_by_key(|id| (std::cmp::Reverse(seats.get(id).copied().unwrap_or(0)), *id));
    for id in ids.into_iter().take(n) {
        let path = dir.join(netwerkkaart::import::slug(region.name_of(id)));
        if out.contains(&path) {
            continue;
        }
        let sub = netwerkkaart::intake::partner_map(&region, id);
        let a = netwerkkaart::analysis::analyse(&sub, &Default::default());
        write_output(
            &sub,
            &a,
            &path,
            &Output::CsvFolder { excel: true },
            false,
            Lang::Nl,
        )?;
        out.push(path);
    }
    Ok(out)
}
