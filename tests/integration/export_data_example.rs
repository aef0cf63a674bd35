//! The shipped example map (`data/`): its three forms hold the same content, and it contains
//! the situations data/README.md promises (so demos and tests can rely on them).
//!
//! Everything is read straight from the files with csv/encoding_rs/calamine, not through the
//! crate, so this also guards the generated files against hand edits.

use calamine::{Data, Reader, Xlsx, open_workbook};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

type Grid = Vec<Vec<String>>;
const FILES: [&str; 5] = ["partijen", "tafels", "deelnames", "personen", "relaties"];
const NUMERIC: [&str; 3] = ["frequentie", "duur_uren", "uren_per_maand"];

fn data() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data")
}

fn parse(text: &str, delimiter: u8) -> Grid {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

fn utf8(name: &str) -> Grid {
    let bytes = std::fs::read(data().join("voorbeeld").join(format!("{name}.csv"))).unwrap();
    assert!(!bytes.starts_with(b"\xEF\xBB\xBF") && !bytes.contains(&b'\r'));
    parse(std::str::from_utf8(&bytes).unwrap(), b',')
}

fn excel_csv(name: &str) -> Grid {
    let bytes = std::fs::read(data().join("voorbeeld-excel").join(format!("{name}.csv"))).unwrap();
    assert!(
        std::str::from_utf8(&bytes).is_err() || bytes.is_ascii(),
        "{name}: not UTF-8"
    );
    let (text, bad) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&bytes);
    assert!(!bad);
    // Every line break between records is CRLF (the example has no line breaks inside cells).
    assert_eq!(
        text.matches('\n').count(),
        text.matches("\r\n").count(),
        "{name}: CRLF"
    );
    let mut g = parse(&text, b';');
    let numeric: Vec<bool> = g[0].iter().map(|h| NUMERIC.contains(&h.as_str())).collect();
    for row in g.iter_mut().skip(1) {
        for (c, n) in row.iter_mut().zip(&numeric) {
            if *n {
                assert!(!c.contains('.'), "{name}: decimal comma expected, got {c}");
                *c = c.replace(',', ".");
            }
        }
    }
    g
}

fn workbook() -> BTreeMap<String, Grid> {
    let mut wb: Xlsx<_> = open_workbook(data().join("voorbeeld.xlsx")).unwrap();
    assert_eq!(wb.sheet_names(), FILES);
    FILES
        .iter()
        .map(|name| {
            assert!(
                wb.worksheet_formula(name)
                    .unwrap()
                    .used_cells()
                    .all(|(_, _, f)| f.is_empty()),
                "{name}: no formulas"
            );
            let range = wb.worksheet_range(name).unwrap();
            let header: Vec<String> = range
                .rows()
                .next()
                .unwrap()
                .iter()
                .map(|d| d.to_string())
                .collect();
            let rows = range
                .rows()
                .map(|r| {
                    r.iter()
                        .zip(&header)
                        .map(|(d, h)| match d {
                            Data::String(s) => s.clone(),
                            Data::Float(f) if NUMERIC.contains(&h.as_str()) => f.to_string(),
                            Data::Empty => String::new(),
                            other => panic!("{name}.{h}: unexpected cell {other:?}"),
                        })
                        .collect()
                })
                .collect();
            (name.to_string(), rows)
        })
        .collect()
}

#[test]
fn the_three_forms_hold_the_same_content() {
    let wb = workbook();
    for name in FILES {
        let a = utf8(name);
        assert!(a.len() > 1, "{name} has rows");
        assert_eq!(excel_csv(name), a, "voorbeeld-excel/{name}.csv");
        assert_eq!(wb[name], a, "voorbeeld.xlsx sheet {name}");
    }
}

/// The example as plain look-ups over the UTF-8 folder.
struct Example {
    kind: BTreeMap<String, String>,
    werkgebied: BTreeMap<String, Vec<String>>,
    person_party: BTreeMap<String, String>,
    person_hours: BTreeMap<String, f64>,
    tables: BTreeMap<String, BTreeMap<String, String>>,
    /// table -> (party, member) where member is the person or else the party.
    seats: BTreeMap<String, Vec<(String, String)>>,
    relations: Vec<BTreeMap<String, String>>,
}

fn records(name: &str) -> Vec<BTreeMap<String, String>> {
    let g = utf8(name);
    g[1..]
        .iter()
        .map(|r| g[0].iter().cloned().zip(r.iter().cloned()).collect())
        .collect()
}

fn split(s: &str) -> Vec<String> {
    s.split('|')
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

fn example() -> Example {
    let parties = records("partijen");
    let persons = records("personen");
    let mut seats: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for d in records("deelnames") {
        let member = if d["persoon"].is_empty() {
            d["partij"].clone()
        } else {
            d["persoon"].clone()
        };
        seats
            .entry(d["tafel"].clone())
            .or_default()
            .push((d["partij"].clone(), member));
    }
    Example {
        kind: parties
            .iter()
            .map(|p| (p["id"].clone(), p["soort"].clone()))
            .collect(),
        werkgebied: parties
            .iter()
            .map(|p| (p["id"].clone(), split(&p["werkgebied"])))
            .collect(),
        person_party: persons
            .iter()
            .map(|p| (p["id"].clone(), p["partij"].clone()))
            .collect(),
        person_hours: persons
            .iter()
            .map(|p| (p["id"].clone(), p["uren_per_maand"].parse().unwrap()))
            .collect(),
        tables: records("tafels")
            .into_iter()
            .map(|t| (t["id"].clone(), t))
            .collect(),
        seats,
        relations: records("relaties"),
    }
}

impl Example {
    fn has(&self, table: &str, field: &str, value: &str) -> bool {
        split(&self.tables[table][field]).iter().any(|v| v == value)
    }
    fn parties_at(&self, table: &str) -> BTreeSet<&str> {
        self.seats[table].iter().map(|(p, _)| p.as_str()).collect()
    }
    fn tables_of(&self, member: &str) -> BTreeSet<&str> {
        self.seats
            .iter()
            .filter(|(_, s)| s.iter().any(|(_, m)| m == member))
            .map(|(t, _)| t.as_str())
            .collect()
    }
    fn owner<'a>(&'a self, id: &'a str) -> &'a str {
        self.person_party.get(id).map_or(id, String::as_str)
    }
    /// Whether two parties share a table or a relationship (directly or through their people).
    fn meet(&self, a: &str, b: &str) -> bool {
        self.seats
            .keys()
            .any(|t| self.parties_at(t).contains(a) && self.parties_at(t).contains(b))
            || self.relations.iter().any(|r| {
                let (x, y) = (self.owner(&r["van"]), self.owner(&r["naar"]));
                (x == a && y == b) || (x == b && y == a)
            })
    }
}

#[test]
fn the_example_has_the_promised_parties_people_and_tables() {
    let ex = example();
    let count = |k: &str| ex.kind.values().filter(|v| *v == k).count();
    assert_eq!(count("gemeente"), 4);
    assert_eq!(count("woningcorporatie"), 3);
    assert!(count("zorgaanbieder") >= 6);
    for k in [
        "welzijn",
        "veiligheid",
        "gezondheid",
        "client",
        "bewoners",
        "werk-inkomen",
        "intermediair",
    ] {
        assert!(count(k) >= 1, "{k}");
    }
    assert!(
        (20..=35).contains(&ex.tables.len()),
        "{} tables",
        ex.tables.len()
    );
    assert!(ex.person_party.len() >= 60);
    for p in records("personen") {
        assert!(
            !p["functie"].is_empty() && !p["laag"].is_empty() && !p["uren_per_maand"].is_empty(),
            "{p:?}"
        );
    }
    // Every cell of the domain x layer matrix is filled, except casus x strategisch, left empty
    // on purpose (no bestuurlijke escalation route for stuck cases).
    for d in ["casus", "institutioneel", "leefomgeving"] {
        for l in ["strategisch", "tactisch", "operationeel"] {
            let n = ex
                .tables
                .keys()
                .filter(|t| ex.has(t, "domein", d) && ex.has(t, "laag", l))
                .count();
            assert_eq!(
                n == 0,
                (d, l) == ("casus", "strategisch"),
                "{d} x {l}: {n} tables"
            );
        }
    }
    // Memberships mostly by persons, some by party only.
    let (by_person, by_party): (Vec<_>, Vec<_>) = ex
        .seats
        .values()
        .flatten()
        .partition(|(_, m)| ex.person_party.contains_key(m));
    assert!(by_person.len() > 5 * by_party.len() && !by_party.is_empty());
}

#[test]
fn gouda_case_thuisborg_and_amberhuis_meet_only_through_the_municipality() {
    let ex = example();
    let (corp, care, gem) = ("corp-thuisborg", "zorg-amberhuis", "gem-brederwijk");
    assert!(
        ex.werkgebied[corp].contains(&gem.to_string())
            && ex.werkgebied[care].contains(&gem.to_string())
    );
    assert!(!ex.meet(corp, care));
    assert!(ex.meet(corp, gem) && ex.meet(care, gem));
    // Nobody else is a common contact of the two: the municipality is the only broker.
    let brokers: Vec<&String> = ex
        .kind
        .keys()
        .filter(|c| *c != corp && *c != care && ex.meet(corp, c) && ex.meet(care, c))
        .collect();
    assert_eq!(brokers, [gem]);
}

#[test]
fn leefomgeving_triangle_lacks_the_corporation_care_leg() {
    let ex = example();
    let kind = |p: &str| ex.kind[p].as_str();
    let leef: Vec<&String> = ex
        .tables
        .keys()
        .filter(|t| ex.has(t, "domein", "leefomgeving"))
        .collect();
    let seats_kind = |t: &str, k: &str| ex.parties_at(t).iter().any(|p| kind(p) == k);
    assert!(
        leef.iter()
            .any(|t| seats_kind(t, "gemeente") && seats_kind(t, "woningcorporatie"))
    );
    assert!(
        leef.iter()
            .any(|t| seats_kind(t, "gemeente") && seats_kind(t, "zorgaanbieder"))
    );
    assert!(
        !leef
            .iter()
            .any(|t| seats_kind(t, "woningcorporatie") && seats_kind(t, "zorgaanbieder"))
    );
    assert!(!ex.relations.iter().any(|r| {
        let kinds = [kind(ex.owner(&r["van"])), kind(ex.owner(&r["naar"]))];
        split(&r["domein"]).contains(&"leefomgeving".to_string())
            && kinds.contains(&"woningcorporatie")
            && kinds.contains(&"zorgaanbieder")
    }));
}

#[test]
fn buurtkamer_is_an_island_and_zandermeer_is_unanchored() {
    let ex = example();
    let t = "t-buurtkamer";
    for (_, m) in &ex.seats[t] {
        assert_eq!(ex.tables_of(m), BTreeSet::from([t]), "{m} sits elsewhere");
    }
    assert!(ex.tables[t]["rapporteert_aan"].is_empty());
    assert!(
        !ex.tables
            .values()
            .any(|x| split(&x["rapporteert_aan"]).contains(&t.to_string()))
    );

    let z = "t-casus-zandermeer";
    assert!(ex.tables[z]["rapporteert_aan"].is_empty());
    let institutional = |x: &str| ex.has(x, "domein", "institutioneel");
    for (_, m) in &ex.seats[z] {
        assert!(
            !ex.tables_of(m).iter().any(|x| institutional(x)),
            "{m} sits at an institutional table"
        );
    }
}

#[test]
fn marieke_bakker_is_the_overloaded_only_link_between_casus_and_institutional_tables() {
    let ex = example();
    let p = "p-mbakker";
    let tables = ex.tables_of(p);
    let hours: f64 = tables
        .iter()
        .map(|t| {
            ex.tables[*t]["frequentie"].parse::<f64>().unwrap()
                * ex.tables[*t]["duur_uren"].parse::<f64>().unwrap()
        })
        .sum();
    // 9 tables; 12+20+69+60+48+24+24+30+36 = 323 hours a year against 16 x 12 = 192 available.
    assert_eq!(tables.len(), 9);
    assert_eq!(hours, 323.0);
    assert!(hours > 12.0 * ex.person_hours[p]);
    // Nobody else sits at more than five tables.
    for other in ex.person_party.keys().filter(|o| *o != p) {
        assert!(ex.tables_of(other).len() <= 5, "{other}");
    }
    // She is the only member at both a casus and an institutional table, and no reporting line
    // runs from the casus domain into the institutional one.
    let members: BTreeSet<&String> = ex.seats.values().flatten().map(|(_, m)| m).collect();
    let both: Vec<&&String> = members
        .iter()
        .filter(|m| {
            let ts = ex.tables_of(m);
            ts.iter().any(|t| ex.has(t, "domein", "casus"))
                && ts.iter().any(|t| ex.has(t, "domein", "institutioneel"))
        })
        .collect();
    assert_eq!(both, [&&p.to_string()]);
    for (id, t) in &ex.tables {
        if ex.has(id, "domein", "casus") {
            assert!(
                split(&t["rapporteert_aan"])
                    .iter()
                    .all(|u| !ex.has(u, "domein", "institutioneel")),
                "{id}"
            );
        }
    }
}

#[test]
fn maatjesproject_is_a_party_in_no_table_and_no_relationship() {
    let ex = example();
    let p = "welz-maatjes";
    assert!(ex.seats.values().flatten().all(|(party, _)| party != p));
    assert!(
        ex.relations
            .iter()
            .all(|r| ex.owner(&r["van"]) != p && ex.owner(&r["naar"]) != p)
    );
}
