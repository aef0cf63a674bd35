//! The `netwerkkaart` command line: check, analyse, report, export and template a map; with no
//! subcommand, the app (on the map given, if any). Thin glue over the library: parse arguments, call the core,
//! print in Dutch (or English with `--taal en`), set the exit code.
//!
//! Exit codes: 0 success (warnings may be printed), 1 the map has errors or an output could not
//! be written, 2 wrong usage.

#![forbid(unsafe_code)]

use anyhow::Context as _;
use clap::{Parser, Subcommand, ValueEnum};
use netwerkkaart::app::presentation::StartView;
use netwerkkaart::i18n::{self, Lang, cli as txt};
use netwerkkaart::import::{self, Loaded};
use netwerkkaart::{analysis, export, project};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const HELP_TEMPLATE: &str = "\
{before-help}{name} {version} — {about}

Gebruik: {usage}

{all-args}{after-help}";

#[derive(Parser, Debug)]
#[command(
    name = "netwerkkaart",
    version,
    about = "netwerkanalyse van de samenwerking tussen gemeente, woningcorporatie en zorg",
    help_template = HELP_TEMPLATE,
    subcommand_help_heading = "Opdrachten",
    subcommand_value_name = "OPDRACHT",
    disable_help_subcommand = true,
    disable_help_flag = true,
    disable_version_flag = true,
    args_conflicts_with_subcommands = true,
    after_help = "Een KAART is een map met CSV-bestanden (partijen.csv, tafels.csv, deelnames.csv, \
personen.csv, relaties.csv), een .xlsx/.ods-werkmap met bladen van die namen, of een \
.netwerkkaart-projectbestand.\n\nVoorbeeld: netwerkkaart check data/voorbeeld"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,

    /// Open de app op deze kaart (zonder opdracht)
    #[arg(value_name = "KAART")]
    kaart: Option<PathBuf>,

    /// Maak een schermafdruk van het venster (PNG) en sluit af
    #[arg(long, value_name = "BESTAND", help_heading = "App")]
    screenshot: Option<PathBuf>,

    /// Begin in deze weergave: netwerk, driehoek, matrix, bevindingen of presentatie
    #[arg(long, value_name = "WEERGAVE", help_heading = "App",
          value_parser = |s: &str| s.parse::<StartView>())]
    view: Option<StartView>,

    /// Met --view presentatie: begin op deze dia (standaard 2, de eerste na de titel)
    #[arg(long, value_name = "N", help_heading = "App")]
    dia: Option<usize>,

    /// Taal van de uitvoer: nl (standaard) of en
    #[arg(
        long,
        global = true,
        value_name = "TAAL",
        help_heading = "Algemene opties"
    )]
    taal: Option<String>,

    /// Toon deze hulp
    #[arg(short = 'h', long = "help", action = clap::ArgAction::Help, global = true, help_heading = "Algemene opties")]
    help: Option<bool>,

    /// Toon het versienummer
    #[arg(short = 'V', long = "version", action = clap::ArgAction::Version, help_heading = "Algemene opties")]
    version: Option<bool>,
}

/// The analysis thresholds, shared by every command that analyses.
#[derive(clap::Args, Debug, Clone, Default)]
#[command(next_help_heading = "Drempels")]
struct ThresholdArgs {
    /// Hoogstens zoveel tafels per persoon voordat die als overbelast geldt (standaard 6)
    #[arg(long = "max-tafels", value_name = "N")]
    max_tafels: Option<u32>,
    /// Hoogstens zoveel vergaderuren per jaar per persoon (standaard 150)
    #[arg(long = "max-uren", value_name = "UREN")]
    max_uren: Option<f64>,
    /// Overige drempel, als naam=waarde (zie de uitvoer voor de namen); herhaalbaar
    #[arg(long = "drempel", value_name = "NAAM=WAARDE")]
    drempel: Vec<String>,
}

/// Which picture to draw.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum PictureView {
    /// Het netwerk in domeinen en lagen
    Netwerk,
    /// De driehoek gemeente–corporatie–zorg per domein
    Driehoek,
    /// Het werkmodel: domeinen × lagen met de tafels
    Matrix,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Lees een kaart in en meld alle fouten en waarschuwingen (exit 0: in orde, 1: fouten)
    Check {
        /// De kaart: map met CSV-bestanden, .xlsx/.ods-werkmap of .netwerkkaart-bestand
        #[arg(value_name = "KAART")]
        kaart: PathBuf,
    },
    /// Analyseer een kaart: driehoek, ontbrekende verbindingen, eilanden, overbelaste verbinders
    #[command(alias = "analyze")]
    Analyse {
        #[arg(value_name = "KAART")]
        kaart: PathBuf,
        /// Uitvoervorm
        #[arg(long, value_enum, default_value = "text", value_name = "VORM")]
        format: Format,
        /// Schrijf naar dit bestand in plaats van naar het scherm
        #[arg(short = 'o', long = "uit", value_name = "BESTAND")]
        uit: Option<PathBuf>,
        #[command(flatten)]
        drempels: ThresholdArgs,
    },
    /// Zet een kaart om of maak er een plaatje of bestand van: .netwerkkaart, .xlsx (bevindingen en
    /// kengetallen), .svg/.png (plaatje), .graphml/.gexf (voor Gephi), of een map (CSV)
    Export {
        #[arg(value_name = "KAART")]
        kaart: PathBuf,
        /// Doelbestand; de extensie bepaalt het formaat. Een map (zonder extensie) krijgt CSV-bestanden
        #[arg(short = 'o', long = "uit", value_name = "BESTAND")]
        uit: PathBuf,
        /// Welk plaatje (bij .svg en .png)
        #[arg(long, value_enum, default_value = "netwerk", value_name = "WEERGAVE")]
        view: PictureView,
        /// Breedte van een PNG in pixels (A0 bij 150 dpi: 4967)
        #[arg(long, default_value_t = 2000, value_name = "PX")]
        breedte: u32,
        /// Vervang namen van personen door functie en organisatie
        #[arg(long)]
        anoniem: bool,
        /// .xlsx en CSV: de gegevens zelf, in het invoerformaat (opnieuw in te lezen), zonder bevindingen
        #[arg(long)]
        gegevens: bool,
        /// CSV zoals Nederlandse Excel het schrijft: puntkomma, Windows-1252, decimale komma
        #[arg(long)]
        excel: bool,
        #[command(flatten)]
        drempels: ThresholdArgs,
    },
    /// Schrijf een rapport (.html, zelfstandig en afdrukbaar) met plaatjes, bevindingen en advies
    Report {
        #[arg(value_name = "KAART")]
        kaart: PathBuf,
        /// Het rapportbestand (.html)
        #[arg(short = 'o', long = "uit", value_name = "BESTAND")]
        uit: PathBuf,
        /// Titel van het rapport (standaard de titel van de kaart)
        #[arg(long, value_name = "TEKST", default_value = "")]
        titel: String,
        /// Vervang namen van personen door functie en organisatie
        #[arg(long)]
        anoniem: bool,
        #[command(flatten)]
        drempels: ThresholdArgs,
    },
    /// Schrijf lege sjablonen (CSV en .xlsx) met kolomkoppen en een voorbeeldregel, voor partners
    Template {
        /// Map waarin de sjablonen komen (wordt aangemaakt)
        #[arg(value_name = "MAP")]
        map: PathBuf,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Format {
    /// Leesbare samenvatting
    Text,
    /// JSON volgens spec/analysis.md
    Json,
    /// Markdown
    Markdown,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e),
    };
    if let Some(l) = &cli.taal {
        match Lang::parse(l) {
            Some(l) => i18n::set_lang(l),
            None => {
                eprintln!("{}", txt::BAD_LANG.fill(&[("value", l)]));
                return ExitCode::from(2);
            }
        }
    }
    let Some(command) = cli.command else {
        let (view, present) = match cli.view {
            Some(StartView::View(v)) => (Some(v), None),
            Some(StartView::Presentation) => (None, Some(cli.dia.unwrap_or(2))),
            None => (None, None),
        };
        return open_app(
            cli.kaart,
            cli.screenshot,
            (view, present),
            cli.taal.as_deref().and_then(Lang::parse),
        );
    };
    match run(command) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{}: {e:#}", txt::ERROR.get());
            ExitCode::from(1)
        }
    }
}

/// The app, on `kaart` if given. A `kaart` that does not exist and reads like a mistyped
/// command is a usage error, not a window with an error in it.
fn open_app(
    kaart: Option<PathBuf>,
    screenshot: Option<PathBuf>,
    (view, present): (Option<netwerkkaart::app::View>, Option<usize>),
    lang: Option<Lang>,
) -> ExitCode {
    if let Some(k) = &kaart
        && !k.exists()
    {
        let word = k.to_string_lossy();
        let commands = ["check", "analyse", "report", "export", "template"];
        let mut line = format!(
            "{}: {}",
            txt::ERROR.get(),
            txt::MAP_NOT_FOUND.fill(&[("path", &word)])
        );
        if !word.contains(['/', '\\', '.'])
            && let Some(s) = netwerkkaart::model::suggest(&word, commands)
        {
            line.push_str(&format!(" — {}", txt::DID_YOU_MEAN.fill(&[("value", &s)])));
        }
        eprintln!("{line}\n{}", txt::USAGE_HINT.get());
        return ExitCode::from(2);
    }
    let launch = netwerkkaart::app::Launch {
        map: kaart,
        screenshot,
        view,
        lang,
        recovery_dir: None,
        present,
    };
    match netwerkkaart::app::run(launch) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}: {e:#}", txt::ERROR.get());
            ExitCode::from(1)
        }
    }
}

/// Prints clap's usage errors in Dutch and exits 2, as the design asks for wrong usage.
fn usage_error(e: &clap::Error) -> ExitCode {
    use clap::error::{ContextKind, ErrorKind};
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            return ExitCode::from(2);
        }
        _ => {}
    }
    let what = match e.kind() {
        ErrorKind::InvalidSubcommand => txt::USAGE_UNKNOWN_COMMAND,
        ErrorKind::UnknownArgument => txt::USAGE_UNKNOWN_ARGUMENT,
        ErrorKind::MissingRequiredArgument => txt::USAGE_MISSING_ARGUMENT,
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => txt::USAGE_INVALID_VALUE,
        ErrorKind::ArgumentConflict => txt::USAGE_CONFLICT,
        _ => txt::USAGE_OTHER,
    };
    let detail = [
        ContextKind::InvalidArg,
        ContextKind::InvalidValue,
        ContextKind::InvalidSubcommand,
    ]
    .iter()
    .filter_map(|k| e.get(*k))
    .map(|v| v.to_string())
    .collect::<Vec<_>>()
    .join(" ");
    let mut line = format!("{}: {}", txt::ERROR.get(), what.get());
    if !detail.is_empty() {
        line.push_str(&format!(": {detail}"));
    }
    if let Some(s) = e
        .get(ContextKind::SuggestedArg)
        .or(e.get(ContextKind::SuggestedSubcommand))
    {
        line.push_str(&format!(
            " — {}",
            txt::DID_YOU_MEAN.fill(&[("value", &s.to_string())])
        ));
    }
    if let Some(v) = e.get(ContextKind::ValidValue) {
        line.push_str(&format!(" ({}: {v})", txt::VALID_VALUES.get()));
    }
    eprintln!("{line}\n{}", txt::USAGE_HINT.get());
    ExitCode::from(2)
}

fn run(command: Command) -> anyhow::Result<ExitCode> {
    match command {
        Command::Check { kaart } => Ok(check(&kaart)),
        Command::Analyse {
            kaart,
            format,
            uit,
            drempels,
        } => {
            let Some(loaded) = load_reporting(&kaart, false) else {
                return Ok(ExitCode::from(1));
            };
            let thresholds = thresholds(&drempels)?;
            let result = analysis::analyse(&loaded.map, &thresholds);
            let out = match format {
                Format::Json => {
                    let mut s = serde_json::to_string_pretty(&analysis::to_json(&result))?;
                    s.push('\n');
                    s
                }
                Format::Markdown => analysis::to_markdown(&result),
                Format::Text => analysis::to_text(&result),
            };
            write_output(uit.as_deref(), &out)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Export {
            kaart,
            uit,
            view,
            breedte,
            anoniem,
            gegevens,
            excel,
            drempels,
        } => {
            let Some(loaded) = load_reporting(&kaart, false) else {
                return Ok(ExitCode::from(1));
            };
            let opts = ExportArgs {
                view,
                width: breedte,
                anonymous: anoniem,
                data_only: gegevens,
                excel,
            };
            export_map(&loaded, &uit, &opts, &thresholds(&drempels)?)?;
            eprintln!("{}", txt::WRITTEN.fill(&[("path", &uit.display())]));
            Ok(ExitCode::SUCCESS)
        }
        Command::Report {
            kaart,
            uit,
            titel,
            anoniem,
            drempels,
        } => {
            let Some(loaded) = load_reporting(&kaart, false) else {
                return Ok(ExitCode::from(1));
            };
            let a = analysis::analyse(&loaded.map, &thresholds(&drempels)?);
            let output = export::Output::Report { title: titel };
            export::write_output(&loaded.map, &a, &uit, &output, anoniem)
                .with_context(|| txt::CANNOT_WRITE.fill(&[("path", &uit.display())]))?;
            eprintln!("{}", txt::WRITTEN.fill(&[("path", &uit.display())]));
            Ok(ExitCode::SUCCESS)
        }
        Command::Template { map } => {
            export::write_templates(&map)
                .with_context(|| txt::CANNOT_WRITE.fill(&[("path", &map.display())]))?;
            eprintln!(
                "{}",
                txt::TEMPLATES_WRITTEN.fill(&[("path", &map.display())])
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `check`: every diagnostic, then a one-line summary; exit 1 when there are errors.
fn check(kaart: &Path) -> ExitCode {
    match load_reporting(kaart, true) {
        Some(loaded) => {
            let m = &loaded.map;
            println!(
                "{}",
                txt::CHECK_OK.fill(&[
                    ("path", &kaart.display()),
                    ("parties", &m.parties.len()),
                    ("persons", &m.persons.len()),
                    ("tables", &m.tables.len()),
                    ("memberships", &m.memberships.len()),
                    ("relations", &m.relations.len()),
                    ("warnings", &loaded.warnings.len()),
                ])
            );
            ExitCode::SUCCESS
        }
        None => ExitCode::from(1),
    }
}

/// Loads a map, printing errors (always) and warnings (when asked) to stderr. `None` when the
/// map has errors.
fn load_reporting(kaart: &Path, show_warnings: bool) -> Option<Loaded> {
    match import::load_map(kaart) {
        Ok(loaded) => {
            if show_warnings {
                for w in &loaded.warnings {
                    eprintln!("{}: {w}", txt::WARNING.get());
                }
            } else if !loaded.warnings.is_empty() {
                eprintln!(
                    "{}",
                    txt::WARNINGS_HIDDEN
                        .fill(&[("n", &loaded.warnings.len()), ("path", &kaart.display())])
                );
            }
            Some(loaded)
        }
        Err(failure) => {
            for w in &failure.warnings {
                if show_warnings {
                    eprintln!("{}: {w}", txt::WARNING.get());
                }
            }
            for e in &failure.errors {
                eprintln!("{}: {e}", txt::ERROR.get());
            }
            eprintln!(
                "{}",
                txt::CHECK_FAILED.fill(&[("path", &kaart.display()), ("n", &failure.errors.len())])
            );
            None
        }
    }
}

/// Thresholds from the defaults, the named flags and `--drempel naam=waarde`, set through the
/// serde form so every threshold the analysis has can be set without a flag of its own.
fn thresholds(args: &ThresholdArgs) -> anyhow::Result<analysis::Thresholds> {
    let (max_tafels, max_uren, extra) = (args.max_tafels, args.max_uren, &args.drempel);
    let mut value = serde_json::to_value(analysis::Thresholds::default())?;
    let obj = value.as_object_mut().context("drempels")?;
    let mut set = |key: &str, raw: &str| -> anyhow::Result<()> {
        let Some(old) = obj.get(key) else {
            let mut names: Vec<&String> = obj.keys().collect();
            names.sort();
            let names: Vec<&str> = names.iter().map(|s| s.as_str()).collect();
            anyhow::bail!(
                txt::UNKNOWN_THRESHOLD.fill(&[("name", &key), ("names", &names.join(", "))])
            );
        };
        let parsed: serde_json::Value = if old.is_boolean() {
            serde_json::Value::Bool(matches!(raw, "ja" | "true" | "1" | "yes"))
        } else {
            let n: f64 = raw.replace(',', ".").parse().map_err(|_| {
                anyhow::anyhow!(txt::BAD_THRESHOLD.fill(&[("name", &key), ("value", &raw)]))
            })?;
            if old.is_u64() || old.is_i64() {
                serde_json::Value::from(n.round() as i64)
            } else {
                serde_json::Value::from(n)
            }
        };
        obj.insert(key.to_string(), parsed);
        Ok(())
    };
    if let Some(n) = max_tafels {
        set("max_tables", &n.to_string())?;
    }
    if let Some(h) = max_uren {
        set("max_meeting_hours", &h.to_string())?;
    }
    for kv in extra {
        let (k, v) = kv.split_once('=').ok_or_else(|| {
            anyhow::anyhow!(txt::BAD_THRESHOLD.fill(&[("name", kv), ("value", &"")]))
        })?;
        set(k.trim(), v.trim())?;
    }
    Ok(serde_json::from_value(value)?)
}

/// Writes to the file, or to stdout; a closed pipe (`| head`) is not an error.
fn write_output(path: Option<&Path>, text: &str) -> anyhow::Result<()> {
    use std::io::Write as _;
    match path {
        Some(p) => project::write_atomic(p, text.as_bytes())?,
        None => {
            let mut out = std::io::stdout().lock();
            match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => return Err(e.into()),
                _ => {}
            }
        }
    }
    Ok(())
}

/// How `export` should write.
struct ExportArgs {
    view: PictureView,
    width: u32,
    anonymous: bool,
    data_only: bool,
    excel: bool,
}

/// Writes the map in the format the output path asks for.
fn export_map(
    loaded: &Loaded,
    out: &Path,
    o: &ExportArgs,
    t: &analysis::Thresholds,
) -> anyhow::Result<()> {
    let picture = match o.view {
        PictureView::Netwerk => export::Picture::Netwerk,
        PictureView::Driehoek => export::Picture::Driehoek,
        PictureView::Matrix => export::Picture::Matrix,
    };
    let output = export::Output::from_path(out, picture, o.width, o.data_only, o.excel)?;
    let a = analysis::analyse(&loaded.map, t);
    export::write_output(&loaded.map, &a, out, &output, o.anonymous)
        .with_context(|| txt::CANNOT_WRITE.fill(&[("path", &out.display())]))?;
    Ok(())
}
