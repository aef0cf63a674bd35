//! Readable renderings of an [`Analysis`]: plain text for the terminal and Markdown for reports,
//! in the language asked, findings grouped by severity.

use super::{Analysis, Finding, Severity, Triangle, TriangleState};
use crate::i18n::analysis as tx;
use crate::i18n::vocab::Label;
use crate::i18n::{Arg, Lang};
use std::fmt::Write;

fn summary_line(a: &Analysis, lang: Lang) -> String {
    let s = &a.summary;
    tx::SUMMARY.fill_in(
        lang,
        &[
            ("parties", &s.parties),
            ("persons", &s.persons),
            ("tables", &s.tables),
            ("memberships", &s.memberships),
            ("relations", &s.relations),
        ],
    )
}

/// The network line, and on a map too large for exact centralities the note that they are
/// estimates.
fn network_line(a: &Analysis, lang: Lang) -> String {
    let line = network_figures(a, lang);
    match a.metrics.estimate_sources {
        Some(n) => format!(
            "{line}\n{}",
            crate::i18n::reliability::CENTRALITIES_ESTIMATED.fill_in(lang, &[("n", &n)])
        ),
        None => line,
    }
}

fn network_figures(a: &Analysis, lang: Lang) -> String {
    tx::NETWORK.fill_in(
        lang,
        &[
            (
                "components",
                &Arg::Count(a.metrics.components, tx::N_PART).render(lang),
            ),
            (
                "density",
                &format!("{:.3}", a.metrics.density).replace(
                    '.',
                    match lang {
                        Lang::Nl => ",",
                        Lang::En => ".",
                    },
                ),
            ),
        ],
    )
}

/// One line about a triangle: scope, state, and what is missing or what closes it.
fn triangle_line(a: &Analysis, tri: &Triangle, lang: Lang) -> String {
    let name = |id: &String| a.names.get(id).cloned().unwrap_or_else(|| id.clone());
    let scope = match &tri.werkgebied {
        Some(w) => format!("{} — {}", tri.domain.label_in(lang), name(w)),
        None => format!(
            "{} — {}",
            tri.domain.label_in(lang),
            tx::WHOLE_REGION.get_in(lang)
        ),
    };
    let detail = match tri.state {
        TriangleState::Gesloten => {
            let tables: Vec<String> = tri.closing_tables.iter().map(name).collect();
            tx::CLOSED_AT.fill_in(lang, &[("tables", &tables.join(", "))])
        }
        TriangleState::Verbonden => String::new(),
        _ => tx::MISSING_LEGS.fill_in(lang, &[("legs", &tri.legs.missing().join(", "))]),
    };
    if detail.is_empty() {
        format!("{scope}: {}", tri.state.label_in(lang))
    } else {
        format!("{scope}: {} ({detail})", tri.state.label_in(lang))
    }
}

fn groups(findings: &[Finding]) -> Vec<(Severity, Vec<&Finding>)> {
    [Severity::Hoog, Severity::Middel, Severity::Laag]
        .into_iter()
        .map(|s| {
            (
                s,
                findings
                    .iter()
                    .filter(|f| f.severity == s)
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, v)| !v.is_empty())
        .collect()
}

/// What to say when `a` has no actions: nothing small resolves anything, or the map was too
/// large for proposals to be verified.
pub fn no_actions(a: &Analysis, lang: Lang) -> String {
    let s = &a.summary;
    let size = s.parties + s.persons * 2 + s.tables + s.memberships * 2 + s.relations;
    no_actions_text(a.actions_skipped.then_some(size), lang)
}

/// The same for a map of `skipped` nodes plus links whose actions were not looked for (see
/// [`super::actions::skipped_size`]), or `None` when they were and none was found.
pub fn no_actions_text(skipped: Option<usize>, lang: Lang) -> String {
    use crate::i18n::actions as ax;
    let Some(n) = skipped else {
        return ax::NO_ACTIONS.get_in(lang).to_string();
    };
    ax::ACTIONS_SKIPPED.fill_in(
        lang,
        &[
            ("n", &crate::import::dutch_count(n, lang)),
            (
                "limit",
                &crate::import::dutch_count(super::actions::VERIFY_LIMIT, lang),
            ),
        ],
    )
}

/// Version 2's lead: "Waar te beginnen" (the actions) and "Wat er speelt" (the groups).
fn lead(a: &Analysis, lang: Lang, markdown: bool) -> String {
    use crate::i18n::actions as ax;
    let mut s = String::new();
    let h = if markdown { "## " } else { "" };
    let _ = writeln!(s, "{h}{}\n", ax::WHERE_TO_BEGIN.get_in(lang));
    if a.actions.is_empty() {
        let none = no_actions(a, lang);
        let _ = writeln!(s, "{}{none}", if markdown { "" } else { "  " });
    }
    for x in &a.actions {
        if markdown {
            let _ = writeln!(
                s,
                "{}. **{}**  \n   {}",
                x.rank,
                x.title.render(lang),
                x.explanation.render(lang)
            );
        } else {
            let _ = writeln!(s, "  {}. {}", x.rank, x.title.render(lang));
            let _ = writeln!(s, "     {}", x.explanation.render(lang));
        }
    }
    let _ = writeln!(
        s,
        "\n{h}{} ({})\n",
        ax::WHAT_IS_GOING_ON.get_in(lang),
        a.groups.len()
    );
    for g in &a.groups {
        let n = g.findings.len();
        if markdown {
            let _ = writeln!(
                s,
                "- **{}** [{}, {n}] {}",
                g.title.render(lang),
                g.severity.label_in(lang),
                g.message.render(lang)
            );
        } else {
            let _ = writeln!(
                s,
                "  - [{}, {n}] {}: {}",
                g.severity.label_in(lang),
                g.title.render(lang),
                g.message.render(lang)
            );
        }
    }
    s
}

/// Plain text: summary, then where to begin (actions) and what is going on (groups), triangles,
/// and the full list of findings grouped by severity with their advice.
pub fn to_text(a: &Analysis, lang: Lang) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{}", tx::TITLE.get_in(lang));
    let _ = writeln!(s, "{}", summary_line(a, lang));
    let _ = writeln!(s, "{}\n", network_line(a, lang));
    s.push_str(&lead(a, lang, false));
    let _ = writeln!(s, "\n{}", tx::TRIANGLES.get_in(lang));
    for tri in &a.triangles {
        let _ = writeln!(s, "  {}", triangle_line(a, tri, lang));
    }
    let _ = writeln!(s, "\n{} ({})", tx::FINDINGS.get_in(lang), a.findings.len());
    if a.findings.is_empty() {
        let _ = writeln!(s, "  {}", tx::NO_FINDINGS.get_in(lang));
    }
    for (sev, list) in groups(&a.findings) {
        let _ = writeln!(s, "\n{} ({})", sev.label_in(lang), list.len());
        for f in list {
            let _ = writeln!(s, "  - {}: {}", f.kind.label_in(lang), f.message(lang));
            let _ = writeln!(s, "    {}: {}", tx::ADVICE.get_in(lang), f.advice(lang));
        }
    }
    let _ = writeln!(s, "\n{}:", tx::THRESHOLDS.get_in(lang));
    for (key, label, value) in a.thresholds.entries(lang) {
        let _ = writeln!(s, "  {}: {value} ({key})", label.get_in(lang));
    }
    s
}

/// Markdown: the same content with headings, a triangle table and findings as lists.
pub fn to_markdown(a: &Analysis, lang: Lang) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# {}\n", tx::TITLE.get_in(lang));
    let _ = writeln!(
        s,
        "{}  \n{}\n",
        summary_line(a, lang),
        network_line(a, lang)
    );
    s.push_str(&lead(a, lang, true));
    let _ = writeln!(s, "\n## {}\n", tx::TRIANGLES.get_in(lang));
    for tri in &a.triangles {
        let _ = writeln!(s, "- {}", triangle_line(a, tri, lang));
    }
    let _ = writeln!(
        s,
        "\n## {} ({})\n",
        tx::FINDINGS.get_in(lang),
        a.findings.len()
    );
    if a.findings.is_empty() {
        let _ = writeln!(s, "{}", tx::NO_FINDINGS.get_in(lang));
    }
    for (sev, list) in groups(&a.findings) {
        let _ = writeln!(s, "### {} ({})\n", sev.label_in(lang), list.len());
        for f in list {
            let _ = writeln!(
                s,
                "- **{}** {}  \n  *{}:* {}",
                f.kind.label_in(lang),
                f.message(lang),
                tx::ADVICE.get_in(lang),
                f.advice(lang)
            );
        }
        let _ = writeln!(s);
    }
    let _ = writeln!(s, "## {}\n", tx::THRESHOLDS.get_in(lang));
    for (key, label, value) in a.thresholds.entries(lang) {
        let _ = writeln!(s, "- {}: {value} (`{key}`)", label.get_in(lang));
    }
    s
}
