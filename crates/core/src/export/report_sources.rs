//! The report's short "Bronnen" section for a map combined from partners' lists
//! (`netwerkkaart samenvoegen` writes `gemeld_door` on every row): which partner reported
//! how many parties, tables, seats and persons, and how many seats rest on one list only;
//! with the date of each partner's file when the map keeps it (`intake::SOURCE_DATES`: who
//! sent what, when). One function returning an HTML fragment, so the report only calls it.

use super::xml::xml_escape;
use crate::i18n::Lang;
use crate::i18n::intake as tx;
use crate::i18n::intake_app as ta;
use crate::intake::REPORTED_BY;
use crate::model::{Attributes, Map};
use std::collections::BTreeMap;
use std::fmt::Write as _;

fn sources_of(a: &Attributes) -> Vec<&str> {
    a.iter()
        .find(|(k, _)| k == REPORTED_BY)
        .map(|(_, v)| v.split('|').filter(|s| !s.is_empty()).collect())
        .unwrap_or_default()
}

/// The section, or `""` when no row says who reported it.
pub fn section(map: &Map, lang: Lang) -> String {
    // Per source: parties, tables, seats, persons.
    let mut counts: BTreeMap<&str, [usize; 4]> = BTreeMap::new();
    let rows: [Vec<&Attributes>; 4] = [
        map.parties.iter().map(|r| &r.attributes).collect(),
        map.tables.iter().map(|r| &r.attributes).collect(),
        map.memberships.iter().map(|r| &r.attributes).collect(),
        map.persons.iter().map(|r| &r.attributes).collect(),
    ];
    for (i, list) in rows.iter().enumerate() {
        for attrs in list {
            for s in sources_of(attrs) {
                counts.entry(s).or_default()[i] += 1;
            }
        }
    }
    if counts.is_empty() {
        return String::new();
    }
    let single = map
        .memberships
        .iter()
        .filter(|m| sources_of(&m.attributes).len() == 1)
        .count();
    let mut s = String::new();
    let _ = write!(
        s,
        "<section id=\"bronnen\" class=\"major\">\n<h2>{}</h2>\n<p>{}</p>\n<table>\n<thead><tr>",
        xml_escape(tx::SEC_SOURCES.get_in(lang)),
        xml_escape(&tx::SOURCES_INTRO.fill_in(
            lang,
            &[
                ("n", &counts.len()),
                ("single", &single),
                ("seats", &map.memberships.len())
            ]
        ))
    );
    for h in tx::SOURCES_COLUMNS {
        let _ = write!(s, "<th>{}</th>", xml_escape(h.get_in(lang)));
    }
    // A map built in memory knows no dates: then there is no column rather than an invented one.
    let dates = crate::intake::source_dates(map);
    if !dates.is_empty() {
        let _ = write!(s, "<th>{}</th>", xml_escape(ta::DATE_COLUMN.get_in(lang)));
    }
    s.push_str("</tr></thead>\n<tbody>\n");
    for (name, c) in &counts {
        let _ = write!(
            s,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>",
            xml_escape(name),
            c[0],
            c[1],
            c[2],
            c[3]
        );
        if !dates.is_empty() {
            let date = dates
                .iter()
                .find(|(n, _)| n == name)
                .and_then(|(_, d)| parse_iso(d))
                .map(|d| d.text(lang))
                .unwrap_or_default();
            let _ = write!(s, "<td>{}</td>", xml_escape(&date));
        }
        s.push_str("</tr>\n");
    }
    s.push_str("</tbody>\n</table>\n</section>\n");
    s
}

/// A `YYYY-MM-DD` date.
pub fn parse_iso(s: &str) -> Option<crate::i18n::date::Date> {
    let mut parts = s.splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month = parts
        .next()?
        .parse()
        .ok()
        .filter(|m| (1..=12).contains(m))?;
    let day = parts
        .next()?
        .parse()
        .ok()
        .filter(|d| (1..=31).contains(d))?;
    Some(crate::i18n::date::Date { year, month, day })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Membership, Party, PartyKind, Role};

    #[test]
    fn counts_rows_per_source_and_seats_on_one_list() {
        let by = |v: &str| vec![(REPORTED_BY.to_string(), v.to_string())];
        let mut p = Party::new("a", "A", PartyKind::Gemeente);
        p.attributes = by("gem-a|zorg-b");
        let seat = |party: &str, v: &str| Membership {
            table: "t".into(),
            party: party.into(),
            person: None,
            role: Role::Lid,
            attributes: by(v),
        };
        let map = Map {
            parties: vec![p],
            memberships: vec![seat("a", "gem-a|zorg-b"), seat("b", "zorg-b")],
            ..Map::default()
        };
        let html = section(&map, Lang::Nl);
        assert!(
            html.contains("<td>gem-a</td><td>1</td><td>0</td><td>1</td><td>0</td>"),
            "{html}"
        );
        assert!(
            html.contains("<td>zorg-b</td><td>1</td><td>0</td><td>2</td><td>0</td>"),
            "{html}"
        );
        assert!(html.contains("1 van de 2 deelnames"), "{html}");
        assert!(!html.contains("Datum bestand"), "no dates known: no column");
        assert_eq!(section(&Map::default(), Lang::Nl), "");
    }

    #[test]
    fn the_date_of_each_source_is_shown_when_the_map_keeps_it() {
        let by = |v: &str| vec![(REPORTED_BY.to_string(), v.to_string())];
        let mut p = Party::new("a", "A", PartyKind::Gemeente);
        p.attributes = by("gem-a|zorg-b");
        let mut map = Map {
            parties: vec![p],
            ..Map::default()
        };
        map.arrangement.views.insert(
            crate::intake::SOURCE_DATES.into(),
            serde_json::json!([{"bron": "zorg-b", "datum": "2026-11-03"}]),
        );
        let html = section(&map, Lang::Nl);
        assert!(html.contains("<th>Datum bestand</th>"), "{html}");
        assert!(
            html.contains(
                "<td>zorg-b</td><td>1</td><td>0</td><td>0</td><td>0</td><td>3 november 2026</td>"
            ),
            "{html}"
        );
        // A source without a known date gets an empty cell, not a made-up one.
        assert!(
            html.contains("<td>gem-a</td><td>1</td><td>0</td><td>0</td><td>0</td><td></td>"),
            "{html}"
        );
        assert_eq!(parse_iso("2026-13-01"), None);
    }
}
