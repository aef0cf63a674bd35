//! The `netwerkkaart` command line: check, analyse, export and template a map; with no
//! subcommand (later) the app. Thin glue over the library: parse arguments, call the core,
//! print in Dutch (or English with `--taal en`), set the exit code.
//!
//! Exit codes: 0 success (warnings may be printed), 1 the map has errors or an output could not
//! be written, 2 wrong usage.

#![forbid(unsafe_code)]

use anyhow::Context as _;
use clap::{Parser, Subcommand, ValueEnum};
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
    after_help = "Een KAART is een map met CSV-bestanden (partijen.csv, tafels.csv, deelnames.csv, \
personen.csv, relaties.csv), een .xlsx/.ods-werkmap met bladen van die namen, of een \
.netwerkkaart-projectbestand.\n\nVoorbeeld: netwerkkaart check data/voorbeeld"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,

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
        /// Drempel: hoogstens zoveel tafels per persoon voordat die als overbelast geldt
        #[arg(long = "max-tafels", value_name = "N")]
        max_tafels: Option<u32>,
        /// Drempel: hoogstens zoveel vergaderuren per jaar per persoon
        #[arg(long = "max-uren", value_name = "UREN")]
        max_uren: Option<f64>,
        /// Overige drempel, als naam=waarde (zie de uitvoer voor de namen); herhaalbaar
        #[arg(long = "drempel", value_name = "NAAM=WAARDE")]
        drempel: Vec<String>,
    },
    /// Zet een kaart om naar een ander formaat (.netwerkkaart, .xlsx, of een map met CSV-bestanden)
    Export {
        #[arg(value_name = "KAART")]
        kaart: PathBuf,
        /// Doelbestand: *.netwerkkaart, *.xlsx, of een map (eindigend op / of zonder extensie) voor CSV
        #[arg(short = 'o', long = "uit", value_name = "BESTAND")]
        uit: PathBuf,
        /// CSV zoals Nederlandse Excel het schrijft: puntkomma, Windows-1252, decimale komma
        #[arg(long)]
        excel: bool,
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
        // Until the app lands, no subcommand shows the help.
        use clap::CommandFactory as _;
        let _ = Cli::command().print_help();
        return ExitCode::SUCCESS;
    };
    match run(command) {
        Ok(code) => code,
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
            max_tafels,
            max_uren,
            drempel,
        } => {
            let Some(loaded) = load_reporting(&kaart, false) else {
                return Ok(ExitCode::from(1));
            };
            let thresholds = thresholds(max_tafels, max_uren, &drempel)?;
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
        Command::Export { kaart, uit, excel } => {
            let Some(loaded) = load_reporting(&kaart, false) else {
                return Ok(ExitCode::from(1));
            };
            export_map(&loaded, &uit, excel)?;
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
fn thresholds(
    max_tafels: Option<u32>,
    max_uren: Option<f64>,
    extra: &[String],
) -> anyhow::Result<analysis::Thresholds> {
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

/// Writes the map in the format the output path asks for.
fn export_map(loaded: &Loaded, out: &Path, excel: bool) -> anyhow::Result<()> {
    let ext = out
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_lowercase);
    let ctx = || txt::CANNOT_WRITE.fill(&[("path", &out.display())]);
    match ext.as_deref() {
        Some(project::EXTENSION) => project::save(&loaded.map, out).with_context(ctx)?,
        Some("xlsx") => export::write_workbook(&loaded.map, out).with_context(ctx)?,
        None => {
            let opts = if excel {
                export::CsvOptions::dutch_excel()
            } else {
                export::CsvOptions::default()
            };
            std::fs::create_dir_all(out).with_context(ctx)?;
            export::write_csv_folder(&loaded.map, out, &opts).with_context(ctx)?;
        }
        Some(other) => anyhow::bail!(txt::UNKNOWN_EXPORT.fill(&[("ext", &other)])),
    }
    Ok(())
}
