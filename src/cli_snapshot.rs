//! The command line's snapshots ("metingen"): `netwerkkaart meting KAART --naam NAAM` records
//! one in a project file, without `--naam` lists them, and `vergelijk` reads a side written as
//! `KAART.netwerkkaart#NAAM` from a project's snapshot. Kept apart from `main.rs` so the
//! argument glue there stays a few lines.

use crate::{load_reporting, txt};
use netwerkkaart::edit::{Edit, History};
use netwerkkaart::i18n::{Lang, compare as ctx};
use netwerkkaart::model::Map;
use netwerkkaart::project;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// One side of a comparison: the map compared and the map whose stored thresholds apply (the
/// project the snapshot lives in), with the label shown for it.
pub struct Side {
    pub map: Map,
    pub host: Map,
    pub label: String,
}

/// `KAART#NAAM` split into the project path and the snapshot name, when `arg` is not itself an
/// existing file and the part before a `#` is one.
fn split_snapshot(arg: &Path) -> Option<(PathBuf, String)> {
    if arg.exists() {
        return None;
    }
    let text = arg.to_str()?;
    text.match_indices('#').find_map(|(i, _)| {
        let file = Path::new(&text[..i]);
        file.is_file()
            .then(|| (file.to_path_buf(), text[i + 1..].to_string()))
    })
}

fn file_label(p: &Path) -> String {
    p.file_name().map_or_else(
        || p.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

fn error(lang: Lang, msg: &str) {
    eprintln!(
        "{}: {}",
        txt::ERROR.get_in(lang),
        netwerkkaart::visible::terminal_safe(msg)
    );
}

fn is_project(p: &Path) -> bool {
    p.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(project::EXTENSION))
}

/// Loads one side of `vergelijk`: a map in any form, or a snapshot of a project. `None` after
/// the errors were printed.
pub fn load_side(arg: &Path, lang: Lang) -> Option<Side> {
    let Some((file, name)) = split_snapshot(arg) else {
        let loaded = load_reporting(arg, false, lang)?;
        return Some(Side {
            host: loaded.map.clone(),
            map: loaded.map,
            label: file_label(arg),
        });
    };
    if !is_project(&file) {
        error(
            lang,
            &ctx::SNAPSHOT_NEEDS_PROJECT.fill_in(lang, &[("path", &file.display())]),
        );
        return None;
    }
    let host = load_reporting(&file, false, lang)?.map;
    let Some(snapshot) = host.snapshot(&name) else {
        error(lang, &not_found(&host, &file, &name, lang));
        return None;
    };
    Some(Side {
        map: snapshot.map.clone(),
        label: format!("{}#{}", file_label(&file), snapshot.name),
        host,
    })
}

/// "kaart.netwerkkaart has no snapshot 'X'. Present: a, b." (or how to record the first one).
fn not_found(host: &Map, file: &Path, name: &str, lang: Lang) -> String {
    let names: Vec<String> = host
        .arrangement
        .snapshots
        .iter()
        .map(|s| format!("'{}'", s.name))
        .collect();
    if names.is_empty() {
        return ctx::NO_SNAPSHOTS.fill_in(lang, &[("path", &file.display())]);
    }
    ctx::SNAPSHOT_NOT_FOUND.fill_in(
        lang,
        &[
            ("path", &file.display()),
            ("name", &name),
            ("names", &names.join(", ")),
        ],
    )
}

/// `meting KAART [--naam NAAM] [--datum JJJJ-MM-DD]`.
pub fn meting(
    kaart: &Path,
    name: Option<&str>,
    date: Option<&str>,
    lang: Lang,
) -> anyhow::Result<ExitCode> {
    if !is_project(kaart) {
        error(
            lang,
            &ctx::SNAPSHOT_NEEDS_PROJECT.fill_in(lang, &[("path", &kaart.display())]),
        );
        return Ok(ExitCode::from(1));
    }
    let mut map = match project::load(kaart) {
        Ok(found) => found,
        Err(e) => {
            error(lang, &e.render(lang));
            return Ok(ExitCode::from(1));
        }
    };
    let Some(name) = name else {
        print!("{}", list(&map, kaart, lang));
        return Ok(ExitCode::SUCCESS);
    };
    let today = netwerkkaart::i18n::date::Date::today().iso();
    let date = date.unwrap_or(&today);
    let edit = Edit::RecordSnapshot {
        name: name.to_string(),
        date: date.to_string(),
    };
    if let Err(e) = History::new().apply(&mut map, &edit) {
        error(lang, &e.render(lang));
        return Ok(ExitCode::from(1));
    }
    project::save(&map, kaart).map_err(|e| anyhow::anyhow!(e.render(lang)))?;
    eprintln!(
        "{}",
        netwerkkaart::visible::terminal_safe(&ctx::SNAPSHOT_RECORDED.fill_in(
            lang,
            &[
                ("name", &name.trim()),
                ("date", &date),
                ("path", &kaart.display())
            ],
        ))
    );
    Ok(ExitCode::SUCCESS)
}

/// One line per snapshot, oldest first; or how to record the first.
fn list(map: &Map, kaart: &Path, lang: Lang) -> String {
    let snapshots = &map.arrangement.snapshots;
    if snapshots.is_empty() {
        return format!(
            "{}\n",
            ctx::NO_SNAPSHOTS.fill_in(lang, &[("path", &kaart.display())])
        );
    }
    let mut out = String::new();
    for s in snapshots {
        let line = ctx::SNAPSHOT_LINE.fill_in(
            lang,
            &[
                ("date", &s.date),
                ("name", &s.name),
                ("parties", &s.map.parties.len()),
                ("tables", &s.map.tables.len()),
                ("memberships", &s.map.memberships.len()),
            ],
        );
        out.push_str(&netwerkkaart::visible::terminal_safe(&line));
        out.push('\n');
    }
    out
}
