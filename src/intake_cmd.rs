//! The inventory on the command line: `samenvoegen` (combine the partners' lists) and
//! `template --voor` (a template filled in with what the map knows of one partner).

use netwerkkaart::i18n::intake as t;
use netwerkkaart::i18n::intake_app as ta;
use netwerkkaart::i18n::reliability::counted;
use netwerkkaart::i18n::{Lang, cli as txt};
use netwerkkaart::intake::{self, Combined, Report};
use netwerkkaart::{analysis, export, project};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn safe(s: &str) -> String {
    netwerkkaart::visible::terminal_safe(s).into_owned()
}

/// `samenvoegen BRON... -o KAART [--rapport R.json]`.
pub fn combine(
    sources: &[PathBuf],
    out: &Path,
    report: Option<&Path>,
    lang: Lang,
) -> anyhow::Result<ExitCode> {
    let title = intake::source_name(out);
    let combined = match intake::combine_paths(sources, &title) {
        Ok(c) => c,
        Err(failure) => {
            for (name, f) in &failure.failures {
                eprintln!(
                    "{}",
                    safe(&t::SOURCE_FAILED.fill_in(lang, &[("source", name)]))
                );
                for e in &f.errors {
                    eprintln!("  {}: {}", txt::ERROR.get_in(lang), safe(&e.render(lang)));
                }
            }
            eprintln!(
                "{}",
                t::NOTHING_COMBINED.fill_in(
                    lang,
                    &[("n", &failure.failures.len()), ("total", &sources.len())]
                )
            );
            return Ok(ExitCode::from(1));
        }
    };
    write_map(&combined, out, lang)?;
    if let Some(path) = report {
        let mut json = intake::to_json(&combined.report);
        json.push('\n');
        project::write_atomic(path, json.as_bytes())?;
    }
    print_summary(&combined, report, lang);
    eprintln!(
        "{}",
        txt::WRITTEN.fill_in(lang, &[("path", &out.display())])
    );
    Ok(ExitCode::SUCCESS)
}

/// Writes the combined map in the form its extension asks: a project, a workbook, or a
/// folder of CSV files.
fn write_map(c: &Combined, out: &Path, lang: Lang) -> anyhow::Result<()> {
    let output = export::Output::from_path(out, export::Picture::Netwerk, 0, true, false)
        .map_err(|e| anyhow::anyhow!(e.render(lang)))?;
    let output = match output {
        export::Output::Project
        | export::Output::DataWorkbook
        | export::Output::CsvFolder { .. } => output,
        // Only a form that reads back as a map makes sense for the combination.
        _ => export::Output::CsvFolder { excel: false },
    };
    let a = analysis::analyse(&c.map, &analysis::Thresholds::default());
    export::write_output(&c.map, &a, out, &output, false, lang)
        .map_err(|e| anyhow::anyhow!(e.render(lang)))
}

fn kind_label(kind: &str, lang: Lang) -> &'static str {
    match kind {
        "partij" => t::KIND_PARTY.get_in(lang),
        "tafel" => t::KIND_TABLE.get_in(lang),
        "persoon" => t::KIND_PERSON.get_in(lang),
        "deelname" => t::KIND_MEMBERSHIP.get_in(lang),
        _ => t::KIND_RELATION.get_in(lang),
    }
}

/// The summary on stdout: what was combined, then everything a person must decide.
fn print_summary(c: &Combined, report_path: Option<&Path>, lang: Lang) {
    let r: &Report = &c.report;
    let m = &c.map;
    use netwerkkaart::i18n::reliability as rel;
    println!(
        "{}",
        t::SUMMARY.fill_in(
            lang,
            &[
                ("sources", &counted(r.sources.len(), t::N_SOURCES, lang)),
                ("parties", &counted(m.parties.len(), rel::N_PARTIES, lang)),
                ("persons", &counted(m.persons.len(), rel::N_PERSONS, lang)),
                ("tables", &counted(m.tables.len(), rel::N_TABLES, lang)),
                (
                    "memberships",
                    &counted(m.memberships.len(), rel::N_MEMBERSHIPS, lang)
                ),
                (
                    "relations",
                    &counted(m.relations.len(), rel::N_RELATIONS, lang)
                ),
            ],
        )
    );
    // Who sent what, when: the date of each partner's file, where it is known.
    let dates: Vec<String> = intake::source_dates(m)
        .iter()
        .map(|(source, date)| {
            let date = netwerkkaart::export::report_sources::parse_iso(date)
                .map_or_else(|| date.clone(), |d| d.text(lang));
            ta::SOURCE_ON.fill_in(lang, &[("source", source), ("date", &date)])
        })
        .collect();
    if !dates.is_empty() {
        println!(
            "{}",
            safe(&ta::SOURCES_DATED.fill_in(lang, &[("list", &dates.join(", "))]))
        );
    }
    if r.conflicts.is_empty() && r.unconfirmed.is_empty() && r.review.is_empty() {
        println!("{}", t::NOTHING_TO_DECIDE.get_in(lang));
        return;
    }
    let report = report_path.map_or(String::new(), |p| {
        t::REPORT_IN.fill_in(lang, &[("path", &p.display())])
    });
    println!(
        "{}",
        t::TO_DECIDE.fill_in(
            lang,
            &[
                (
                    "conflicts",
                    &counted(r.conflicts.len(), t::N_CONFLICTS, lang)
                ),
                (
                    "unconfirmed",
                    &counted(r.unconfirmed.len(), t::N_UNCONFIRMED, lang)
                ),
                ("review", &counted(r.review.len(), t::N_REVIEW, lang)),
                ("report", &report),
            ],
        )
    );
    for k in &r.conflicts {
        let values: Vec<String> = k
            .values
            .iter()
            .map(|v| format!("{} ({})", v.value, v.sources.join(", ")))
            .collect();
        let line = t::CONFLICT_LINE.fill_in(
            lang,
            &[
                ("kind", &kind_label(k.kind, lang)),
                ("name", &m.name_of(&k.id)),
                ("field", &k.field),
                ("values", &values.join(" ≠ ")),
                ("winner", &k.values[0].value),
            ],
        );
        println!("  {}", safe(&line));
    }
    for u in &r.unconfirmed {
        let line = t::UNCONFIRMED_LINE.fill_in(
            lang,
            &[
                ("party", &m.name_of(&u.party)),
                ("table", &m.name_of(&u.table)),
                ("by", &u.reported_by.join(", ")),
            ],
        );
        println!("  {}", safe(&line));
    }
    for v in &r.review {
        let line = t::REVIEW_LINE.fill_in(
            lang,
            &[
                ("kind", &kind_label(v.kind, lang)),
                ("a", &v.names[0]),
                ("b", &v.names[1]),
            ],
        );
        println!("  {}", safe(&line));
    }
}

/// `template DIR --voor PARTIJ --kaart KAART`.
pub fn personal_template(
    dir: &Path,
    party: &str,
    map_path: &Path,
    lang: Lang,
) -> anyhow::Result<ExitCode> {
    let Some(loaded) = super::load_reporting(map_path, false, lang) else {
        return Ok(ExitCode::from(1));
    };
    let map = &loaded.map;
    let Some(id) = intake::find_party(map, party) else {
        let hint = netwerkkaart::model::suggest(party, map.parties.iter().map(|p| p.id.as_str()))
            .or_else(|| {
                let names: Vec<&str> = map.parties.iter().map(|p| p.name.as_str()).collect();
                netwerkkaart::model::suggest(party, names.iter().copied()).and_then(|n| {
                    map.parties
                        .iter()
                        .find(|p| p.name == n)
                        .map(|p| p.id.as_str())
                })
            })
            .map(|id| t::DID_YOU_MEAN.fill_in(lang, &[("id", &id), ("name", &map.name_of(id))]))
            .unwrap_or_default();
        eprintln!(
            "{}: {}",
            txt::ERROR.get_in(lang),
            safe(&t::PARTY_NOT_FOUND.fill_in(
                lang,
                &[
                    ("party", &party),
                    ("map", &map_path.display()),
                    ("hint", &hint)
                ]
            ))
        );
        return Ok(ExitCode::from(1));
    };
    let sub = intake::partner_map(map, &id);
    export::write_templates_for(dir, &sub, lang).map_err(|e| anyhow::anyhow!(e.render(lang)))?;
    use netwerkkaart::i18n::reliability as rel;
    eprintln!(
        "{}",
        safe(&t::PERSONAL_WRITTEN.fill_in(
            lang,
            &[
                ("party", &map.name_of(&id)),
                ("path", &dir.display()),
                ("tables", &counted(sub.tables.len(), rel::N_TABLES, lang)),
                ("persons", &counted(sub.persons.len(), rel::N_PERSONS, lang)),
            ]
        ))
    );
    Ok(ExitCode::SUCCESS)
}
