//! The `netwerkkaart` command line: check, analyse, report, export and template a map; with no
//! subcommand, the app (on the map given, if any). Thin glue over the library: parse arguments, call the core,
//! print in Dutch (or English with `--taal en`), set the exit code.
//!
//! Exit codes: 0 success (warnings may be printed), 1 the map has errors or an output could not
//! be written, 2 wrong usage.

#![forbid(unsafe_code)]

mod cli_snapshot;
mod intake_cmd;

use anyhow::Context as _;
use clap::{Parser, Subcommand, ValueEnum};
use netwerkkaart::app::presentation::StartView;
use netwerkkaart::i18n::{self, Lang, cli as txt};
use netwerkkaart::import::{self, Loaded};
use netwerkkaart::{analysis, export, project};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

// The help texts are not in the attributes below: clap would take Dutch literals (or doc
// comments) as they are. `command(lang)` sets every about, help, heading and value name from
// `i18n::cli` for the language given with `--taal`, which is read before the parse.
#[derive(Parser, Debug)]
#[command(
    name = "netwerkkaart",
    version,
    disable_help_subcommand = true,
    disable_help_flag = true,
    disable_version_flag = true,
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,

    // The map to open the app on (without a command).
    #[arg(value_name = "KAART")]
    kaart: Option<PathBuf>,

    // Take a screenshot of the window and quit.
    #[arg(long, value_name = "BESTAND", help_heading = "App")]
    screenshot: Option<PathBuf>,

    // The view to start in.
    #[arg(long, value_name = "WEERGAVE", help_heading = "App",
          value_parser = |s: &str| s.parse::<StartView>())]
    view: Option<StartView>,

    // With --view presentatie: the slide to start at.
    #[arg(long, value_name = "N", help_heading = "App")]
    dia: Option<usize>,

    // The language of the output (read before the parse, see `prescan_lang`).
    #[arg(long, global = true, value_name = "TAAL")]
    taal: Option<String>,

    #[arg(short = 'h', long = "help", action = clap::ArgAction::Help, global = true)]
    help: Option<bool>,

    #[arg(short = 'V', long = "version", action = clap::ArgAction::Version)]
    version: Option<bool>,
}

/// The analysis thresholds, shared by every command that analyses; on top of the thresholds
/// the map stores (set in the app).
#[derive(clap::Args, Debug, Clone, Default)]
struct ThresholdArgs {
    #[arg(long = "max-tafels", value_name = "N")]
    max_tafels: Option<u32>,
    #[arg(long = "max-uren", value_name = "UREN")]
    max_uren: Option<f64>,
    #[arg(long = "drempel", value_name = "NAAM=WAARDE")]
    drempel: Vec<String>,
}

/// Which picture to draw.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum PictureView {
    Netwerk,
    Driehoek,
    Matrix,
}

#[derive(Subcommand, Debug)]
enum Command {
    Check {
        #[arg(value_name = "KAART")]
        kaart: PathBuf,
    },
    #[command(alias = "analyze")]
    Analyse {
        #[arg(value_name = "KAART")]
        kaart: PathBuf,
        #[arg(long, value_enum, default_value = "text", value_name = "VORM")]
        format: Format,
        #[arg(short = 'o', long = "uit", value_name = "BESTAND")]
        uit: Option<PathBuf>,
        #[command(flatten)]
        drempels: ThresholdArgs,
    },
    Export {
        #[arg(value_name = "KAART")]
        kaart: PathBuf,
        #[arg(short = 'o', long = "uit", value_name = "BESTAND")]
        uit: PathBuf,
        #[arg(long, value_enum, default_value = "netwerk", value_name = "WEERGAVE")]
        view: PictureView,
        #[arg(long, default_value_t = 2000, value_name = "PX")]
        breedte: u32,
        #[arg(long, value_enum, default_value = "lagen", value_name = "INDELING")]
        indeling: Indeling,
        #[arg(long)]
        anoniem: bool,
        #[arg(long)]
        gegevens: bool,
        #[arg(long)]
        excel: bool,
        #[command(flatten)]
        drempels: ThresholdArgs,
    },
    Report {
        #[arg(value_name = "KAART")]
        kaart: PathBuf,
        #[arg(short = 'o', long = "uit", value_name = "BESTAND")]
        uit: PathBuf,
        #[arg(long, value_name = "TEKST", default_value = "")]
        titel: String,
        #[arg(long)]
        anoniem: bool,
        /// The board version: without the appendix of every finding.
        #[arg(long = "zonder-bijlage", alias = "without-appendix")]
        zonder_bijlage: bool,
        #[command(flatten)]
        drempels: ThresholdArgs,
    },
    Template {
        #[arg(value_name = "MAP")]
        map: PathBuf,
        #[arg(long, value_name = "PARTIJ", requires = "kaart")]
        voor: Option<String>,
        #[arg(long, value_name = "KAART")]
        kaart: Option<PathBuf>,
    },
    #[command(alias = "combine")]
    Samenvoegen {
        #[arg(value_name = "BRON", required = true)]
        bronnen: Vec<PathBuf>,
        #[arg(short = 'o', long = "uit", value_name = "KAART")]
        uit: PathBuf,
        #[arg(long, value_name = "BESTAND")]
        rapport: Option<PathBuf>,
    },
    #[command(alias = "compare")]
    Vergelijk {
        #[arg(value_name = "KAART")]
        oud: PathBuf,
        #[arg(value_name = "KAART")]
        nieuw: PathBuf,
        #[arg(long, value_enum, default_value = "text", value_name = "VORM")]
        format: Format,
        #[arg(short = 'o', long = "uit", value_name = "BESTAND")]
        uit: Option<PathBuf>,
        #[command(flatten)]
        drempels: ThresholdArgs,
    },
    #[command(alias = "snapshot")]
    Meting {
        #[arg(value_name = "KAART")]
        kaart: PathBuf,
        #[arg(long, value_name = "NAAM")]
        naam: Option<String>,
        #[arg(long, value_name = "JJJJ-MM-DD")]
        datum: Option<String>,
    },
}

/// Which layout the positions in a graph file follow.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum Indeling {
    Lagen,
    Vrij,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Format {
    Text,
    Json,
    Markdown,
}

/// The language asked with `--taal` (anywhere on the line, `--taal en` or `--taal=en`; `None`
/// when not given) and the arguments without it. It is read before clap parses, so that the
/// help and clap's own errors can be in it, and `--taal en analyse --help` means the help of
/// `analyse`. `Err` holds a value that is no language.
fn prescan_lang(
    args: &[std::ffi::OsString],
) -> Result<(Option<Lang>, Vec<std::ffi::OsString>), String> {
    let mut found = None;
    let mut rest = Vec::with_capacity(args.len());
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let text = a.to_string_lossy();
        if text == "--" {
            rest.push(a.clone());
            rest.extend(it.by_ref().cloned());
            break;
        }
        if text == "--taal" {
            match it.next() {
                Some(v) => found = Some(v.to_string_lossy().into_owned()),
                // Let clap say that the value is missing.
                None => rest.push(a.clone()),
            }
        } else if let Some(v) = text.strip_prefix("--taal=") {
            found = Some(v.to_string());
        } else {
            rest.push(a.clone());
        }
    }
    match found {
        None => Ok((None, rest)),
        Some(v) => Lang::parse(&v).map(|l| (Some(l), rest)).ok_or(v),
    }
}

/// The help of one argument: its text, then the possible values with their meaning and the
/// default in `lang` (clap's own "Possible values" and "[default: …]" are switched off).
fn arg_help(
    lang: Lang,
    text: i18n::Text,
    values: &[(&str, i18n::Text)],
    default: Option<&str>,
) -> (String, String) {
    let mut short = text.get_in(lang).to_string();
    let mut long = short.clone();
    if !values.is_empty() {
        let names: Vec<&str> = values.iter().map(|(n, _)| *n).collect();
        short.push_str(&format!(" ({})", names.join(", ")));
        long.push_str(&format!("\n\n{}:", txt::POSSIBLE_VALUES.get_in(lang)));
        for (n, t) in values {
            long.push_str(&format!("\n- {n}: {}", t.get_in(lang)));
        }
    }
    if let Some(d) = default {
        let d = txt::DEFAULT_VALUE.fill_in(lang, &[("value", &d)]);
        short.push_str(&format!(" {d}"));
        long.push_str(&format!("\n\n{d}"));
    }
    (short, long)
}

/// Sets the help of the argument `id` (if the command has it).
fn help(cmd: clap::Command, id: &str, (short, long): (String, String)) -> clap::Command {
    if cmd.get_arguments().all(|a| a.get_id() != id) {
        return cmd;
    }
    cmd.mut_arg(id, |a| {
        // A long help only where it says more (the values), so that `-h` stays compact.
        let a = if long == short {
            a.help(short)
        } else {
            a.help(short).long_help(long)
        };
        if a.get_action().takes_values() {
            a.hide_possible_values(true).hide_default_value(true)
        } else {
            a
        }
    })
}

/// Value names and headings in `lang`, for every argument of `cmd` (positionals under
/// "Argumenten", options without a heading of their own under "Opties").
fn localise_args(mut cmd: clap::Command, lang: Lang) -> clap::Command {
    let value_names = [
        ("KAART", txt::V_MAP),
        ("BESTAND", txt::V_FILE),
        ("WEERGAVE", txt::V_VIEW),
        ("TAAL", txt::V_LANG),
        ("VORM", txt::V_FORM),
        ("UREN", txt::V_HOURS),
        ("NAAM=WAARDE", txt::V_NAME_VALUE),
        ("TEKST", txt::V_TEXT),
        ("MAP", txt::V_FOLDER),
        ("INDELING", txt::V_LAYOUT),
        ("BRON", i18n::intake::V_SOURCE),
        ("PARTIJ", i18n::intake::V_PARTY),
    ];
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        cmd = cmd.mut_arg(&id, |mut a| {
            let name = a
                .get_value_names()
                .and_then(|v| v.first())
                .map(|n| n.to_string());
            if let Some((_, t)) = value_names
                .iter()
                .find(|(k, _)| Some(*k) == name.as_deref())
            {
                a = a.value_name(t.get_in(lang));
            }
            let heading = match (id.as_str(), a.get_help_heading()) {
                ("taal" | "help" | "version", _) => Some(txt::H_GENERAL),
                ("max_tafels" | "max_uren" | "drempel", _) => Some(txt::H_THRESHOLDS),
                (_, Some(_)) => None,
                _ if a.is_positional() => Some(txt::H_ARGUMENTS),
                _ => Some(txt::H_OPTIONS),
            };
            match heading {
                Some(h) => a.help_heading(h.get_in(lang)),
                None => a,
            }
        });
    }
    cmd
}

/// The texts of every argument, from the translation table.
fn localise_helps(mut cmd: clap::Command, lang: Lang) -> clap::Command {
    let plain = |t: i18n::Text| arg_help(lang, t, &[], None);
    let positional = if cmd.get_name() == "netwerkkaart" {
        txt::A_APP_MAP
    } else {
        txt::A_MAP
    };
    let positional = if cmd.get_name() == "template" {
        i18n::intake::A_FROM_MAP
    } else {
        positional
    };
    let out = match cmd.get_name() {
        "analyse" => txt::A_OUT_ANALYSE,
        "report" => txt::A_OUT_REPORT,
        "vergelijk" => txt::A_OUT_COMPARE,
        "samenvoegen" => i18n::intake::A_COMBINED,
        _ => txt::A_OUT_EXPORT,
    };
    let view = if cmd.get_name() == "export" {
        arg_help(
            lang,
            txt::A_PICTURE,
            &[
                ("netwerk", txt::PV_NETWERK),
                ("driehoek", txt::PV_DRIEHOEK),
                ("matrix", txt::PV_MATRIX),
            ],
            Some("netwerk"),
        )
    } else {
        plain(txt::A_START_VIEW)
    };
    let formats = [
        ("text", txt::PV_TEXT),
        ("json", txt::PV_JSON),
        ("markdown", txt::PV_MARKDOWN),
    ];
    let helps = [
        ("kaart", plain(positional)),
        ("oud", plain(txt::A_OLD)),
        ("nieuw", plain(txt::A_NEW)),
        ("screenshot", plain(txt::A_SCREENSHOT)),
        ("view", view),
        ("dia", plain(txt::A_SLIDE)),
        ("taal", plain(txt::A_LANG)),
        ("help", plain(txt::A_HELP)),
        ("version", plain(txt::A_VERSION)),
        ("max_tafels", plain(txt::A_MAX_TABLES)),
        ("max_uren", plain(txt::A_MAX_HOURS)),
        ("drempel", plain(txt::A_THRESHOLD)),
        (
            "format",
            arg_help(lang, txt::A_FORMAT, &formats, Some("text")),
        ),
        ("uit", plain(out)),
        ("breedte", arg_help(lang, txt::A_WIDTH, &[], Some("2000"))),
        (
            "indeling",
            arg_help(
                lang,
                txt::A_LAYOUT,
                &[("lagen", txt::PV_LAGEN), ("vrij", txt::PV_VRIJ)],
                Some("lagen"),
            ),
        ),
        ("anoniem", plain(txt::A_ANONYMOUS)),
        ("gegevens", plain(txt::A_DATA)),
        ("excel", plain(txt::A_EXCEL)),
        ("titel", plain(txt::A_TITLE)),
        ("map", plain(txt::A_TEMPLATE_DIR)),
        ("naam", plain(netwerkkaart::i18n::compare::A_SNAPSHOT_NAME)),
        ("datum", plain(netwerkkaart::i18n::compare::A_SNAPSHOT_DATE)),
        ("bronnen", plain(i18n::intake::A_SOURCES)),
        ("rapport", plain(i18n::intake::A_REPORT)),
        ("voor", plain(i18n::intake::A_FOR)),
        ("zonder_bijlage", plain(i18n::board2::A_WITHOUT_APPENDIX)),
    ];
    // In the command's own order: `mut_arg` moves an argument to the end, and the help lists
    // the headings in the order of their arguments.
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        if let Some((_, h)) = helps.iter().find(|(k, _)| *k == id) {
            cmd = help(cmd, &id, h.clone());
        }
    }
    cmd
}

/// clap's usage line ("netwerkkaart analyse [OPTIONS] <KAART>") with its words in `lang`.
fn usage_in(cmd: &mut clap::Command, lang: Lang) -> String {
    let usage = cmd.render_usage().to_string();
    usage
        .strip_prefix("Usage: ")
        .unwrap_or(&usage)
        .replace("[OPTIONS]", txt::OPTIONS_IN_USAGE.get_in(lang))
}

/// One command (the top level or a subcommand) with every text in `lang`.
fn localise(cmd: clap::Command, lang: Lang) -> clap::Command {
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        txt::USAGE.get_in(lang)
    );
    let about = match cmd.get_name() {
        "check" => Some(txt::C_CHECK),
        "analyse" => Some(txt::C_ANALYSE),
        "export" => Some(txt::C_EXPORT),
        "report" => Some(txt::C_REPORT),
        "template" => Some(txt::C_TEMPLATE),
        "vergelijk" => Some(txt::C_COMPARE),
        "meting" => Some(netwerkkaart::i18n::compare::C_SNAPSHOT),
        "samenvoegen" => Some(i18n::intake::C_COMBINE),
        _ => None,
    };
    let cmd = match about {
        Some(a) => cmd.about(a.get_in(lang)).help_template(template),
        None => cmd,
    };
    localise_helps(localise_args(cmd, lang), lang)
}

/// The whole command line in `lang`: the parser of [`Cli`] with the texts of `i18n::cli`.
fn command(lang: Lang) -> clap::Command {
    use clap::CommandFactory as _;
    let top_template = format!(
        "{{before-help}}{{name}} {{version}} — {{about}}\n\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        txt::USAGE.get_in(lang)
    );
    // Every change is made before clap builds the command (building fixes its argument
    // table; the global --taal and --help are then copied into the subcommands as set here).
    let mut cmd = Cli::command()
        .about(txt::ABOUT.get_in(lang))
        .after_help(txt::AFTER_HELP.get_in(lang))
        .help_template(top_template)
        .subcommand_help_heading(txt::H_COMMANDS.get_in(lang))
        .subcommand_value_name(txt::V_COMMAND.get_in(lang))
        .mut_arg("view", |a| {
            a.value_parser(move |s: &str| StartView::parse_in(s, lang))
        });
    cmd = localise(cmd, lang);
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in &names {
        cmd = cmd.mut_subcommand(name, |c| localise(c, lang));
    }
    // The usage lines come from a built copy.
    let mut probe = cmd.clone();
    probe.build();
    let top = usage_in(&mut probe, lang);
    let subs: Vec<(String, String)> = probe
        .get_subcommands_mut()
        .map(|c| (c.get_name().to_string(), usage_in(c, lang)))
        .collect();
    cmd = cmd.override_usage(top);
    for (name, usage) in subs {
        cmd = cmd.mut_subcommand(&name, |c| c.override_usage(usage));
    }
    cmd
}

fn main() -> ExitCode {
    use clap::FromArgMatches as _;
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let (asked, args) = match prescan_lang(&args) {
        Ok(found) => found,
        Err(value) => {
            eprintln!("{}", txt::BAD_LANG.fill_in(Lang::Nl, &[("value", &value)]));
            return ExitCode::from(2);
        }
    };
    let lang = asked.unwrap_or_default();
    let cli = match command(lang)
        .try_get_matches_from(&args)
        .and_then(|m| Cli::from_arg_matches(&m))
    {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e, lang),
    };
    let Some(command) = cli.command else {
        let (view, present) = match cli.view {
            Some(StartView::View(v)) => (Some(v), None),
            Some(StartView::Presentation) => (None, Some(cli.dia.unwrap_or(2))),
            None => (None, None),
        };
        return open_app(cli.kaart, cli.screenshot, (view, present), (lang, asked));
    };
    match run(command, lang) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{}: {e:#}", txt::ERROR.get_in(lang));
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
    (lang, app_lang): (Lang, Option<Lang>),
) -> ExitCode {
    if let Some(k) = &kaart
        && !k.exists()
    {
        let word = k.to_string_lossy();
        let commands = [
            "check",
            "analyse",
            "report",
            "export",
            "template",
            "samenvoegen",
        ];
        let mut line = format!(
            "{}: {}",
            txt::ERROR.get_in(lang),
            txt::MAP_NOT_FOUND.fill_in(lang, &[("path", &word)])
        );
        if !word.contains(['/', '\\', '.'])
            && let Some(s) = netwerkkaart::model::suggest(&word, commands)
        {
            line.push_str(&format!(
                " — {}",
                txt::DID_YOU_MEAN.fill_in(lang, &[("value", &s)])
            ));
        }
        eprintln!("{line}\n{}", txt::USAGE_HINT.get_in(lang));
        return ExitCode::from(2);
    }
    let launch = netwerkkaart::app::Launch {
        map: kaart,
        screenshot,
        view,
        lang: app_lang,
        recovery_dir: None,
        present,
    };
    match netwerkkaart::app::run(launch) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}: {e:#}", txt::ERROR.get_in(lang));
            ExitCode::from(1)
        }
    }
}

/// Prints clap's usage errors in Dutch and exits 2, as the design asks for wrong usage.
fn usage_error(e: &clap::Error, lang: Lang) -> ExitCode {
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
    let get = |k: ContextKind| e.get(k).map(|v| v.to_string());
    let (arg, value) = (get(ContextKind::InvalidArg), get(ContextKind::InvalidValue));
    let mut line = format!("{}: {}", txt::ERROR.get_in(lang), what.get_in(lang));
    match (&arg, &value) {
        // `--taal` at the end: the option is there, its value is not.
        (Some(a), Some(v)) if v.is_empty() && a.starts_with('-') => {
            line = format!(
                "{}: {}",
                txt::ERROR.get_in(lang),
                txt::USAGE_VALUE_MISSING.fill_in(lang, &[("arg", a)])
            );
        }
        // `check ""`: say that the path is empty, not just that it is wrong.
        (_, Some(v)) if v.is_empty() => line.push_str(&format!(
            " — {}",
            netwerkkaart::i18n::reliability::NO_MAP_GIVEN.get_in(lang)
        )),
        (Some(a), Some(v)) => {
            line.push_str(&format!(
                " {}",
                txt::USAGE_VALUE_FOR.fill_in(lang, &[("value", v), ("arg", a)])
            ));
        }
        _ => {
            let detail = [arg, value, get(ContextKind::InvalidSubcommand)]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ");
            if !detail.trim().is_empty() {
                line.push_str(&format!(": {}", detail.trim_end()));
            }
        }
    }
    if let Some(s) = e
        .get(ContextKind::SuggestedArg)
        .or(e.get(ContextKind::SuggestedSubcommand))
    {
        line.push_str(&format!(
            " — {}",
            txt::DID_YOU_MEAN.fill_in(lang, &[("value", &s.to_string())])
        ));
    }
    if let Some(v) = e.get(ContextKind::ValidValue)
        && !v.to_string().is_empty()
    {
        line.push_str(&format!(" ({}: {v})", txt::VALID_VALUES.get_in(lang)));
    }
    eprintln!("{line}\n{}", txt::USAGE_HINT.get_in(lang));
    ExitCode::from(2)
}

fn run(command: Command, lang: Lang) -> anyhow::Result<ExitCode> {
    match command {
        Command::Check { kaart } => Ok(check(&kaart, lang)),
        Command::Analyse {
            kaart,
            format,
            uit,
            drempels,
        } => {
            let Some(loaded) = load_reporting(&kaart, false, lang) else {
                return Ok(ExitCode::from(1));
            };
            let thresholds = thresholds(&drempels, &loaded.map, lang)?;
            let result = analysis::analyse(&loaded.map, &thresholds);
            let out = match format {
                Format::Json => {
                    let mut s = serde_json::to_string_pretty(&analysis::to_json(&result, lang))?;
                    s.push('\n');
                    s
                }
                // Names in the findings come from the user's files; JSON escapes control
                // characters itself, text for a terminal must too.
                Format::Markdown if uit.is_none() => {
                    netwerkkaart::visible::terminal_safe(&analysis::to_markdown(&result, lang))
                        .into_owned()
                }
                Format::Text if uit.is_none() => {
                    netwerkkaart::visible::terminal_safe(&analysis::to_text(&result, lang))
                        .into_owned()
                }
                Format::Markdown => analysis::to_markdown(&result, lang),
                Format::Text => analysis::to_text(&result, lang),
            };
            write_output(uit.as_deref(), &out)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Export {
            kaart,
            uit,
            view,
            breedte,
            indeling,
            anoniem,
            gegevens,
            excel,
            drempels,
        } => {
            let Some(loaded) = load_reporting(&kaart, false, lang) else {
                return Ok(ExitCode::from(1));
            };
            let opts = ExportArgs {
                view,
                width: breedte,
                layout: indeling,
                anonymous: anoniem,
                data_only: gegevens,
                excel,
            };
            export_map(
                &loaded,
                &uit,
                &opts,
                &thresholds(&drempels, &loaded.map, lang)?,
                lang,
            )?;
            eprintln!(
                "{}",
                txt::WRITTEN.fill_in(lang, &[("path", &uit.display())])
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Report {
            kaart,
            uit,
            titel,
            anoniem,
            zonder_bijlage,
            drempels,
        } => {
            // No PDF writer: the README's route is the browser's print of the HTML report.
            if uit
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("pdf"))
            {
                let html = uit.with_extension("html");
                eprintln!(
                    "{}",
                    export::ExportError::PdfViaBrowser { html }.render(lang)
                );
                return Ok(ExitCode::from(2));
            }
            let Some(loaded) = load_reporting(&kaart, false, lang) else {
                return Ok(ExitCode::from(1));
            };
            let mut map = loaded.map;
            let a = analysis::analyse(&map, &thresholds(&drempels, &map, lang)?);
            // A folder's name is the map's title only by default: ask for a real one.
            let default_title = [kaart.file_name(), kaart.file_stem()]
                .into_iter()
                .flatten()
                .any(|n| n.to_string_lossy() == map.title.as_str());
            if titel.trim().is_empty() && default_title {
                map.title.clear();
                eprintln!("{}", netwerkkaart::i18n::report::TITLE_HINT.get_in(lang));
            }
            let opts = export::ReportOptions {
                anonymous: anoniem,
                title: titel,
                date: export::today_text(lang),
                lang,
                without_appendix: zonder_bijlage,
                sources: export::source_files(&kaart),
                ..Default::default()
            };
            export::write_report(&map, &a, &uit, &opts)
                .map_err(|e| anyhow::anyhow!(e.render(lang)))
                .with_context(|| txt::CANNOT_WRITE.fill_in(lang, &[("path", &uit.display())]))?;
            eprintln!(
                "{}",
                txt::WRITTEN.fill_in(lang, &[("path", &uit.display())])
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Vergelijk {
            oud,
            nieuw,
            format,
            uit,
            drempels,
        } => compare_maps(&oud, &nieuw, format, uit.as_deref(), &drempels, lang),
        Command::Meting { kaart, naam, datum } => {
            cli_snapshot::meting(&kaart, naam.as_deref(), datum.as_deref(), lang)
        }
        Command::Samenvoegen {
            bronnen,
            uit,
            rapport,
        } => intake_cmd::combine(&bronnen, &uit, rapport.as_deref(), lang),
        Command::Template {
            map,
            voor: Some(voor),
            kaart: Some(kaart),
        } => intake_cmd::personal_template(&map, &voor, &kaart, lang),
        Command::Template { map, .. } => {
            export::write_templates(&map, lang)
                .map_err(|e| anyhow::anyhow!(e.render(lang)))
                .with_context(|| txt::CANNOT_WRITE.fill_in(lang, &[("path", &map.display())]))?;
            eprintln!(
                "{}",
                txt::TEMPLATES_WRITTEN.fill_in(lang, &[("path", &map.display())])
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `vergelijk`: both maps analysed with the new map's thresholds (flags on top), then the
/// comparison in the format asked; exit 1 when either map does not import.
fn compare_maps(
    old: &Path,
    new: &Path,
    format: Format,
    out: Option<&Path>,
    drempels: &ThresholdArgs,
    lang: Lang,
) -> anyhow::Result<ExitCode> {
    use netwerkkaart::compare::{self, Sides, TextStyle};
    // Either side may be a snapshot, `kaart.netwerkkaart#Nulmeting`.
    let (Some(a), Some(b)) = (
        cli_snapshot::load_side(old, lang),
        cli_snapshot::load_side(new, lang),
    ) else {
        return Ok(ExitCode::from(1));
    };
    let t = thresholds(drempels, &b.host, lang)?;
    let (aa, ba) = compare::analyse_both(&a.map, &b.map, &t);
    let c = compare::compare_analysed(&a.map, &aa, &b.map, &ba);
    let sides = Sides {
        old: &a.map,
        old_analysis: &aa,
        new: &b.map,
        new_analysis: &ba,
        old_label: &a.label,
        new_label: &b.label,
    };
    let text = match format {
        Format::Json => {
            let mut s = serde_json::to_string_pretty(&compare::to_json(&c))?;
            s.push('\n');
            s
        }
        Format::Markdown => compare::to_text(&c, &sides, TextStyle::Markdown, lang),
        Format::Text => compare::to_text(&c, &sides, TextStyle::Text, lang),
    };
    let text = match (format, out) {
        (Format::Json, _) | (_, Some(_)) => text,
        _ => netwerkkaart::visible::terminal_safe(&text).into_owned(),
    };
    write_output(out, &text)?;
    Ok(ExitCode::SUCCESS)
}

/// `check`: every diagnostic, then a one-line summary; exit 1 when there are errors.
fn check(kaart: &Path, lang: Lang) -> ExitCode {
    use netwerkkaart::i18n::reliability::{self as r, counted};
    match load_reporting(kaart, true, lang) {
        Some(loaded) => {
            let m = &loaded.map;
            let warnings = import::count_diagnostics(&loaded.warnings);
            let line = r::CHECK_OK.fill_in(
                lang,
                &[
                    ("path", &kaart.display()),
                    ("parties", &counted(m.parties.len(), r::N_PARTIES, lang)),
                    ("persons", &counted(m.persons.len(), r::N_PERSONS, lang)),
                    ("tables", &counted(m.tables.len(), r::N_TABLES, lang)),
                    (
                        "memberships",
                        &counted(m.memberships.len(), r::N_MEMBERSHIPS, lang),
                    ),
                    (
                        "relations",
                        &counted(m.relations.len(), r::N_RELATIONS, lang),
                    ),
                    ("warnings", &counted(warnings, r::N_WARNINGS, lang)),
                ],
            );
            println!("{}", netwerkkaart::visible::terminal_safe(&line));
            ExitCode::SUCCESS
        }
        None => ExitCode::from(1),
    }
}

/// Loads a map, printing errors (always) and warnings (when asked) to stderr. `None` when the
/// map has errors.
pub(crate) fn load_reporting(kaart: &Path, show_warnings: bool, lang: Lang) -> Option<Loaded> {
    use netwerkkaart::i18n::reliability::{self as r, counted};
    // Ids and names come from the user's files: escape sequences in them must not reach the
    // terminal.
    let safe = |s: String| netwerkkaart::visible::terminal_safe(&s).into_owned();
    if kaart.as_os_str().is_empty() {
        eprintln!(
            "{}: {}",
            txt::ERROR.get_in(lang),
            r::NO_MAP_GIVEN.get_in(lang)
        );
        return None;
    }
    match import::load_map(kaart) {
        Ok(loaded) => {
            if show_warnings {
                for w in &loaded.warnings {
                    eprintln!("{}: {}", txt::WARNING.get_in(lang), safe(w.render(lang)));
                }
            } else if !loaded.warnings.is_empty() {
                let n = import::count_diagnostics(&loaded.warnings);
                eprintln!(
                    "{}",
                    safe(r::WARNINGS_HIDDEN.fill_in(
                        lang,
                        &[
                            ("warnings", &counted(n, r::N_WARNINGS, lang)),
                            ("path", &kaart.display())
                        ]
                    ))
                );
            }
            Some(loaded)
        }
        Err(failure) => {
            for w in &failure.warnings {
                if show_warnings {
                    eprintln!("{}: {}", txt::WARNING.get_in(lang), safe(w.render(lang)));
                }
            }
            for e in &failure.errors {
                eprintln!("{}: {}", txt::ERROR.get_in(lang), safe(e.render(lang)));
            }
            let n = import::count_diagnostics(&failure.errors);
            eprintln!(
                "{}",
                safe(r::CHECK_FAILED.fill_in(
                    lang,
                    &[
                        ("path", &kaart.display()),
                        ("errors", &counted(n, r::N_ERRORS, lang))
                    ]
                ))
            );
            None
        }
    }
}

/// Thresholds from those the map stores (set in the app; else the defaults), with the named
/// flags and `--drempel naam=waarde` on top, set through the serde form so every threshold the
/// analysis has can be set without a flag of its own.
fn thresholds(
    args: &ThresholdArgs,
    map: &netwerkkaart::model::Map,
    lang: Lang,
) -> anyhow::Result<analysis::Thresholds> {
    let (max_tafels, max_uren, extra) = (args.max_tafels, args.max_uren, &args.drempel);
    let mut value = serde_json::to_value(analysis::Thresholds::from_view_state(map))?;
    let obj = value.as_object_mut().context("drempels")?;
    let mut set = |key: &str, raw: &str| -> anyhow::Result<()> {
        let Some(old) = obj.get(key) else {
            let mut names: Vec<&String> = obj.keys().collect();
            names.sort();
            let names: Vec<&str> = names.iter().map(|s| s.as_str()).collect();
            anyhow::bail!(
                txt::UNKNOWN_THRESHOLD
                    .fill_in(lang, &[("name", &key), ("names", &names.join(", "))])
            );
        };
        let parsed: serde_json::Value = if old.is_boolean() {
            serde_json::Value::Bool(matches!(raw, "ja" | "true" | "1" | "yes"))
        } else {
            let n: f64 = netwerkkaart::i18n::number::parse(raw).ok_or_else(|| {
                anyhow::anyhow!(
                    txt::BAD_THRESHOLD.fill_in(lang, &[("name", &key), ("value", &raw)])
                )
            })?;
            // `nan`, `inf` and negative thresholds parse, but mean nothing.
            if !n.is_finite() || n < 0.0 {
                anyhow::bail!(
                    netwerkkaart::i18n::reliability::BAD_THRESHOLD_VALUE
                        .fill_in(lang, &[("name", &key), ("value", &raw)])
                );
            }
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
            anyhow::anyhow!(txt::BAD_THRESHOLD.fill_in(lang, &[("name", kv), ("value", &"")]))
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
    layout: Indeling,
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
    lang: Lang,
) -> anyhow::Result<()> {
    let picture = match o.view {
        PictureView::Netwerk => export::Picture::Netwerk,
        PictureView::Driehoek => export::Picture::Driehoek,
        PictureView::Matrix => export::Picture::Matrix,
    };
    let output = export::Output::from_path(out, picture, o.width, o.data_only, o.excel)
        .map_err(|e| anyhow::anyhow!(e.render(lang)))?;
    let output = match (output, o.layout) {
        (export::Output::GraphMl(_), Indeling::Vrij) => {
            export::Output::GraphMl(export::GraphLayout::Free)
        }
        (export::Output::Gexf(_), Indeling::Vrij) => {
            export::Output::Gexf(export::GraphLayout::Free)
        }
        (output, _) => output,
    };
    let a = analysis::analyse(&loaded.map, t);
    export::write_output(&loaded.map, &a, out, &output, o.anonymous, lang)
        .map_err(|e| anyhow::anyhow!(e.render(lang)))
        .with_context(|| txt::CANNOT_WRITE.fill_in(lang, &[("path", &out.display())]))?;
    Ok(())
}
