//! The report's "Voortgang sinds {meting}" section: when the project keeps a snapshot, what the
//! collaboration gained and lost since the latest one (counts, findings resolved and new,
//! triangles that changed, core pairs that started or stopped meeting). One function returning
//! an HTML fragment, so the report only calls it.
//!
//! It names parties and municipalities, never persons, so it is the same in an anonymised
//! report; it is computed from the map as the user has it (with its snapshots), before the
//! report anonymises anything.

use super::xml::xml_escape;
use crate::analysis::Analysis;
use crate::compare::{self, Comparison};
use crate::i18n::Lang;
use crate::i18n::compare as tx;
use crate::model::{Map, Snapshot};
use std::fmt::Write as _;

/// The section (`<section id="voortgang">…</section>`), or `""` when `map` has no snapshot.
/// `analysis` is the map's own analysis; the snapshot is analysed with its thresholds.
pub fn section(map: &Map, analysis: &Analysis, lang: Lang) -> String {
    let Some(snap) = map.latest_snapshot() else {
        return String::new();
    };
    let old = compare::analyse_side(&snap.map, &analysis.thresholds);
    let c = compare::compare_analysed(&snap.map, &old, map, analysis);
    fragment(snap, map, &c, lang)
}

/// The fragment for a comparison already made (the snapshot is the old side).
pub fn fragment(snap: &Snapshot, map: &Map, c: &Comparison, lang: Lang) -> String {
    let mut s = String::new();
    let _ = write!(
        s,
        "<section id=\"voortgang\" class=\"major\">\n<h2>{}</h2>\n",
        xml_escape(
            &tx::PROGRESS_TITLE.fill_in(lang, &[("name", &snap.name), ("date", &snap.date)])
        )
    );
    let (a, b) = (&c.old, &c.new);
    let counts = tx::COUNTS.fill_in(
        lang,
        &[
            ("p0", &a.parties),
            ("p1", &b.parties),
            ("n0", &a.persons),
            ("n1", &b.persons),
            ("t0", &a.tables),
            ("t1", &b.tables),
            ("m0", &a.memberships),
            ("m1", &b.memberships),
            ("r0", &a.relations),
            ("r1", &b.relations),
        ],
    );
    let _ = writeln!(s, "<p>{}</p>", xml_escape(&counts));
    let verdict = if c.is_empty() {
        Some(tx::PROGRESS_SAME.get_in(lang).to_string())
    } else if c.unrelated() {
        let pct = (c.overlap * 100.0).round() as i64;
        Some(tx::UNRELATED.fill_in(lang, &[("pct", &pct)]))
    } else {
        None
    };
    if let Some(v) = verdict {
        let _ = writeln!(s, "<p>{}</p>\n</section>", xml_escape(&v));
        return s;
    }
    let findings = tx::FINDINGS_LINE.fill_in(
        lang,
        &[
            ("resolved", &c.findings.resolved.len()),
            ("new", &c.findings.new.len()),
            ("remaining", &c.findings.remaining),
        ],
    );
    let _ = writeln!(s, "<p>{}</p>", xml_escape(&findings));
    let lists = [
        (
            tx::H_TRIANGLES,
            compare::triangle_texts(c, &snap.map, map, lang),
        ),
        (
            tx::H_GAINED,
            compare::pair_texts(&c.meetings.gained, map, &snap.map, lang),
        ),
        (
            tx::H_LOST,
            compare::pair_texts(&c.meetings.lost, map, &snap.map, lang),
        ),
    ];
    for (heading, lines) in lists {
        if lines.is_empty() {
            continue;
        }
        let _ = write!(s, "<h3>{}</h3>\n<ul>\n", xml_escape(heading.get_in(lang)));
        for l in lines {
            let _ = writeln!(s, "<li>{}</li>", xml_escape(&l));
        }
        s.push_str("</ul>\n");
    }
    s.push_str("</section>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Thresholds, analyse};
    use crate::model::{Domain, Layer, Membership, Party, PartyKind, Role, Table};

    fn seat(table: &str, party: &str) -> Membership {
        Membership {
            table: table.into(),
            party: party.into(),
            person: None,
            role: Role::Lid,
            attributes: vec![],
        }
    }

    fn map() -> Map {
        Map {
            parties: vec![
                Party::new("gem-a", "Gemeente A & co", PartyKind::Gemeente),
                Party::new("corp-b", "Corporatie B", PartyKind::Woningcorporatie),
                Party::new("zorg-c", "Zorg C", PartyKind::Zorgaanbieder),
            ],
            tables: vec![Table::new("t-1", "Overleg", Domain::Casus, Layer::Tactisch)],
            memberships: vec![seat("t-1", "gem-a"), seat("t-1", "corp-b")],
            ..Map::default()
        }
    }

    #[test]
    fn no_snapshot_no_section_and_a_new_meeting_is_named() {
        let t = Thresholds::default();
        let mut m = map();
        assert_eq!(section(&m, &analyse(&m, &t), Lang::Nl), "");
        m.arrangement
            .snapshots
            .push(Snapshot::of(&m, "Nulmeting maart 2026", "2026-03-01"));
        let same = section(&m, &analyse(&m, &t), Lang::Nl);
        assert!(
            same.contains("Voortgang sinds Nulmeting maart 2026"),
            "{same}"
        );
        assert!(same.contains(tx::PROGRESS_SAME.get_in(Lang::Nl)), "{same}");
        m.memberships.push(seat("t-1", "zorg-c"));
        let html = section(&m, &analyse(&m, &t), Lang::Nl);
        assert!(html.contains("deelnames 2 → 3"), "{html}");
        assert!(
            html.contains("<li>Gemeente A &amp; co en Zorg C</li>"),
            "{html}"
        );
        assert!(html.contains("<li>Corporatie B en Zorg C</li>"), "{html}");
        // Polyglot XHTML: every element closed.
        assert_eq!(
            html.matches("<section").count(),
            html.matches("</section>").count()
        );
        assert_eq!(html.matches("<ul>").count(), html.matches("</ul>").count());
    }
}
