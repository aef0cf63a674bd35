//! Readable renderings of an [`Analysis`]: plain text for the terminal and Markdown for reports,
//! in the current language, findings grouped by severity.

use super::context::counted;
use super::{Analysis, Finding, Severity, Triangle, TriangleState};
use crate::i18n::analysis as tx;
use crate::i18n::vocab::Label;
use std::fmt::Write;

fn summary_line(a: &Analysis) -> String {
    let s = &a.summary;
    tx::SUMMARY.fill(&[
        ("parties", &s.parties),
        ("persons", &s.persons),
        ("tables", &s.tables),
        ("memberships", &s.memberships),
        ("relations", &s.relations),
    ])
}

fn network_line(a: &Analysis) -> String {
    tx::NETWORK.fill(&[
        ("components", &counted(a.metrics.components, tx::N_PART)),
        (
            "density",
            &format!("{:.3}", a.metrics.density).replace(
                '.',
                if crate::i18n::lang() == crate::i18n::Lang::Nl {
                    ","
                } else {
                    "."
                },
            ),
        ),
    ])
}

/// One line about a triangle: scope, state, and what is missing or what closes it.
fn triangle_line(a: &Analysis, tri: &Triangle) -> String {
    let name = |id: &String| a.names.get(id).cloned().unwrap_or_else(|| id.clone());
    let scope = match &tri.werkgebied {
        Some(w) => format!("{} — {}", tri.domain.label(), name(w)),
        None => format!("{} — {}", tri.domain.label(), tx::WHOLE_REGION.get()),
    };
    let detail = match tri.state {
        TriangleState::Gesloten => {
            let tables: Vec<String> = tri.closing_tables.iter().map(name).collect();
            tx::CLOSED_AT.fill(&[("tables", &tables.join(", "))])
        }
        TriangleState::Verbonden => String::new(),
        _ => tx::MISSING_LEGS.fill(&[("legs", &tri.legs.missing().join(", "))]),
    };
    if detail.is_empty() {
        format!("{scope}: {}", tri.state.label())
    } else {
        format!("{scope}: {} ({detail})", tri.state.label())
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

/// Plain text: summary, triangles, findings grouped by severity with their advice.
pub fn to_text(a: &Analysis) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{}", tx::TITLE.get());
    let _ = writeln!(s, "{}", summary_line(a));
    let _ = writeln!(s, "{}", network_line(a));
    let _ = writeln!(s, "\n{}", tx::TRIANGLES.get());
    for tri in &a.triangles {
        let _ = writeln!(s, "  {}", triangle_line(a, tri));
    }
    let _ = writeln!(s, "\n{} ({})", tx::FINDINGS.get(), a.findings.len());
    if a.findings.is_empty() {
        let _ = writeln!(s, "  {}", tx::NO_FINDINGS.get());
    }
    for (sev, list) in groups(&a.findings) {
        let _ = writeln!(s, "\n{} ({})", sev.label(), list.len());
        for f in list {
            let _ = writeln!(s, "  - {}: {}", f.kind.label(), f.message);
            let _ = writeln!(s, "    {}: {}", tx::ADVICE.get(), f.advice);
        }
    }
    let _ = writeln!(s, "\n{}:", tx::THRESHOLDS.get());
    for (key, label, value) in a.thresholds.entries() {
        let _ = writeln!(s, "  {}: {value} ({key})", label.get());
    }
    s
}

/// Markdown: the same content with headings, a triangle table and findings as lists.
pub fn to_markdown(a: &Analysis) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# {}\n", tx::TITLE.get());
    let _ = writeln!(s, "{}  \n{}\n", summary_line(a), network_line(a));
    let _ = writeln!(s, "## {}\n", tx::TRIANGLES.get());
    for tri in &a.triangles {
        let _ = writeln!(s, "- {}", triangle_line(a, tri));
    }
    let _ = writeln!(s, "\n## {} ({})\n", tx::FINDINGS.get(), a.findings.len());
    if a.findings.is_empty() {
        let _ = writeln!(s, "{}", tx::NO_FINDINGS.get());
    }
    for (sev, list) in groups(&a.findings) {
        let _ = writeln!(s, "### {} ({})\n", sev.label(), list.len());
        for f in list {
            let _ = writeln!(
                s,
                "- **{}** {}  \n  *{}:* {}",
                f.kind.label(),
                f.message,
                tx::ADVICE.get(),
                f.advice
            );
        }
        let _ = writeln!(s);
    }
    let _ = writeln!(s, "## {}\n", tx::THRESHOLDS.get());
    for (key, label, value) in a.thresholds.entries() {
        let _ = writeln!(s, "- {}: {value} (`{key}`)", label.get());
    }
    s
}
