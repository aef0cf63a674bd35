//! Comparing two versions of a map (`shared/spec/comparison.md`): what the collaboration gained
//! and lost between a nulmeting and today, and what an updated list would change before it
//! lands.
//!
//! Rows match by id. An id found on one side only whose name is a near-duplicate (the
//! importer's rule, [`crate::import::near_duplicates`]) of exactly one id found only on the
//! other side is a rename, and the rows that refer to it (memberships, relations, persons) are
//! matched through the rename. Pairs of core parties that meet (a common table or a
//! relationship, any scope) are compared as pairs of the *new* ids; triangles by scope;
//! findings by their key. Everything is sorted, so the same two maps give the same output.

use crate::analysis::{Analysis, Finding, Thresholds};
use crate::i18n::compare as tx;
use crate::i18n::vocab::Label as _;
use crate::i18n::{Lang, Text};
use crate::import::near_duplicates;
use crate::model::{Map, Party, PartyKind, Vocab as _};
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Below this share of matched parties, persons and tables the two maps are treated as maps of
/// different regions: saying "everything was removed and added" would only hide that.
pub const UNRELATED_BELOW: f64 = 0.2;

/// Counts of one side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Counts {
    pub parties: usize,
    pub persons: usize,
    pub tables: usize,
    pub memberships: usize,
    pub relations: usize,
}

impl Counts {
    fn of(map: &Map) -> Self {
        Counts {
            parties: map.parties.len(),
            persons: map.persons.len(),
            tables: map.tables.len(),
            memberships: map.memberships.len(),
            relations: map.relations.len(),
        }
    }
}

/// An id that was renamed between the two versions.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Rename {
    pub old: String,
    pub new: String,
}

/// What happened to the rows of one list that have ids (parties, persons, tables).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct RowChanges {
    /// New ids only in the new map.
    pub added: Vec<String>,
    /// Old ids only in the old map.
    pub removed: Vec<String>,
    /// New ids whose fields differ (after a rename: compared with the old row).
    pub changed: Vec<String>,
    pub renamed: Vec<Rename>,
    /// For each changed id, the columns that differ (data-format names: `naam`, `domein`, …).
    pub changed_fields: BTreeMap<String, Vec<String>>,
}

impl RowChanges {
    fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.changed.is_empty()
            && self.renamed.is_empty()
    }
}

/// A membership as the comparison names it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Seat {
    pub table: String,
    pub party: String,
    pub person: Option<String>,
}

/// A relationship as the comparison names it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Link {
    pub from: String,
    pub to: String,
    pub kind: Option<String>,
}

/// Rows without ids, matched on what identifies them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LinkChanges<T> {
    pub added: Vec<T>,
    pub removed: Vec<T>,
}

impl<T> Default for LinkChanges<T> {
    fn default() -> Self {
        LinkChanges {
            added: Vec::new(),
            removed: Vec::new(),
        }
    }
}

/// Pairs of core parties that started or stopped meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Meetings {
    pub gained: Vec<[String; 2]>,
    pub lost: Vec<[String; 2]>,
}

/// A triangle scope whose state changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TriangleChange {
    pub domain: crate::model::Domain,
    pub werkgebied: Option<String>,
    /// `None` when the scope exists on one side only (a municipality added or removed).
    pub old: Option<crate::analysis::TriangleState>,
    pub new: Option<crate::analysis::TriangleState>,
}

/// Findings by key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct FindingChanges {
    pub resolved: Vec<String>,
    pub new: Vec<String>,
    pub remaining: usize,
}

/// The comparison of two maps.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub old: Counts,
    pub new: Counts,
    pub parties: RowChanges,
    pub persons: RowChanges,
    pub tables: RowChanges,
    pub memberships: LinkChanges<Seat>,
    pub relations: LinkChanges<Link>,
    pub meetings: Meetings,
    pub triangles: Vec<TriangleChange>,
    pub findings: FindingChanges,
    /// Share of the rows with ids (of the larger side) that matched, 0..=1.
    pub overlap: f64,
}

impl Comparison {
    /// Nothing differs that the comparison looks at.
    pub fn is_empty(&self) -> bool {
        self.parties.is_empty()
            && self.persons.is_empty()
            && self.tables.is_empty()
            && self.memberships.added.is_empty()
            && self.memberships.removed.is_empty()
            && self.relations.added.is_empty()
            && self.relations.removed.is_empty()
            && self.meetings.gained.is_empty()
            && self.meetings.lost.is_empty()
            && self.triangles.is_empty()
            && self.findings.resolved.is_empty()
            && self.findings.new.is_empty()
    }

    /// The two maps have so little in common that they are probably of different regions.
    pub fn unrelated(&self) -> bool {
        let rows = self.old.parties + self.old.persons + self.old.tables;
        let rows_new = self.new.parties + self.new.persons + self.new.tables;
        rows > 0 && rows_new > 0 && self.overlap < UNRELATED_BELOW
    }
}

/// Compares two maps, analysing both (in parallel) with the same thresholds.
pub fn compare(old: &Map, new: &Map, t: &Thresholds) -> Comparison {
    let (a, b) = analyse_both(old, new, t);
    compare_analysed(old, &a, new, &b)
}

/// Both sides' analyses ([`analyse_side`]), in parallel.
pub fn analyse_both(old: &Map, new: &Map, t: &Thresholds) -> (Analysis, Analysis) {
    rayon::join(|| analyse_side(old, t), || analyse_side(new, t))
}

/// The analysis a comparison needs: the findings and triangles only. Not the actions (whose
/// verification re-analyses the map per candidate), the groups or the node metrics, and
/// betweenness only when a finding depends on it: on a large map those are most of the time.
pub fn analyse_side(map: &Map, t: &Thresholds) -> Analysis {
    crate::analysis::analyse_lean(map, t)
}

/// Compares two maps whose analyses are at hand (the app has them already).
pub fn compare_analysed(old: &Map, a: &Analysis, new: &Map, b: &Analysis) -> Comparison {
    let mut ids = Renames::default();
    let parties = rows(
        &old.parties,
        &new.parties,
        |p| (&p.id, &p.name),
        party_fields,
        &mut ids.parties,
        &ids_empty(),
    );
    // Tables and persons are compared after the party renames are known, so a row whose
    // werkgebied or party was renamed is not "changed" for that alone.
    let party_renames = ids.parties.clone();
    let tables = rows(
        &old.tables,
        &new.tables,
        |t| (&t.id, &t.name),
        table_fields,
        &mut ids.tables,
        &party_renames,
    );
    let persons = rows(
        &old.persons,
        &new.persons,
        |p| (&p.id, &p.name),
        person_fields,
        &mut ids.persons,
        &party_renames,
    );
    let matched = count_matched(old, new, &ids);
    let larger = (old.parties.len() + old.persons.len() + old.tables.len())
        .max(new.parties.len() + new.persons.len() + new.tables.len());
    Comparison {
        old: Counts::of(old),
        new: Counts::of(new),
        parties,
        persons,
        tables,
        memberships: seats(old, new, &ids),
        relations: links(old, new, &ids),
        meetings: meetings(old, new, &ids),
        triangles: triangles(a, b, &ids.parties),
        findings: findings(&a.findings, &b.findings, &ids),
        overlap: if larger == 0 {
            1.0
        } else {
            matched as f64 / larger as f64
        },
    }
}

/// Old id → new id for every row matched under another id.
#[derive(Debug, Clone, Default)]
struct Renames {
    parties: HashMap<String, String>,
    persons: HashMap<String, String>,
    tables: HashMap<String, String>,
}

impl Renames {
    /// The new id of any old id (unchanged when not renamed).
    fn id<'a>(&'a self, old: &'a str) -> &'a str {
        self.parties
            .get(old)
            .or_else(|| self.persons.get(old))
            .or_else(|| self.tables.get(old))
            .map_or(old, String::as_str)
    }
}

fn ids_empty() -> HashMap<String, String> {
    HashMap::new()
}

fn count_matched(old: &Map, new: &Map, r: &Renames) -> usize {
    let by_id = |a: Vec<&str>, b: Vec<&str>| {
        let b: BTreeSet<&str> = b.into_iter().collect();
        a.iter().filter(|id| b.contains(*id)).count()
    };
    by_id(
        old.parties.iter().map(|p| p.id.as_str()).collect(),
        new.parties.iter().map(|p| p.id.as_str()).collect(),
    ) + by_id(
        old.persons.iter().map(|p| p.id.as_str()).collect(),
        new.persons.iter().map(|p| p.id.as_str()).collect(),
    ) + by_id(
        old.tables.iter().map(|p| p.id.as_str()).collect(),
        new.tables.iter().map(|p| p.id.as_str()).collect(),
    ) + r.parties.len()
        + r.persons.len()
        + r.tables.len()
}

/// Matches rows by id, then the leftovers by name; fills `renames` (old id → new id).
/// `refs` renames the references inside a row (a person's party) before fields are compared.
fn rows<T: Serialize>(
    old: &[T],
    new: &[T],
    key: impl Fn(&T) -> (&String, &String),
    fields: fn(&T, &T, &HashMap<String, String>) -> Vec<String>,
    renames: &mut HashMap<String, String>,
    refs: &HashMap<String, String>,
) -> RowChanges {
    let old_by_id: HashMap<&str, &T> = old.iter().map(|r| (key(r).0.as_str(), r)).collect();
    let new_ids: BTreeSet<&str> = new.iter().map(|r| key(r).0.as_str()).collect();
    let old_only: Vec<&T> = old
        .iter()
        .filter(|r| !new_ids.contains(key(r).0.as_str()))
        .collect();
    let new_only: Vec<&T> = new
        .iter()
        .filter(|r| !old_by_id.contains_key(key(r).0.as_str()))
        .collect();
    *renames = match_by_name(
        &old_only.iter().map(|r| key(r)).collect::<Vec<_>>(),
        &new_only.iter().map(|r| key(r)).collect::<Vec<_>>(),
    );
    let new_of_old: HashMap<&str, &str> = renames
        .iter()
        .map(|(o, n)| (n.as_str(), o.as_str()))
        .collect();
    let mut out = RowChanges::default();
    for r in new {
        let id = key(r).0.as_str();
        let before = old_by_id
            .get(id)
            .or_else(|| new_of_old.get(id).and_then(|o| old_by_id.get(o)));
        match before {
            Some(b) => {
                let diff = fields(b, r, refs);
                if !diff.is_empty() {
                    out.changed.push(id.to_string());
                    out.changed_fields.insert(id.to_string(), diff);
                }
            }
            None => out.added.push(id.to_string()),
        }
    }
    out.removed = old_only
        .iter()
        .map(|r| key(r).0.clone())
        .filter(|id| !renames.contains_key(id))
        .collect();
    out.renamed = renames
        .iter()
        .map(|(o, n)| Rename {
            old: o.clone(),
            new: n.clone(),
        })
        .collect();
    out.added.sort();
    out.removed.sort();
    out.changed.sort();
    out.renamed.sort();
    out
}

/// Pairs (old id, new id) of one-sided rows whose names are near-duplicates, one to one.
fn match_by_name(
    old: &[(&String, &String)],
    new: &[(&String, &String)],
) -> HashMap<String, String> {
    if old.is_empty() || new.is_empty() {
        return HashMap::new();
    }
    // The near-duplicate rule works on parties: give it one party per name, old and new apart.
    let probe = Map {
        parties: old
            .iter()
            .map(|(id, name)| Party::new(format!("o\u{1}{id}"), name.as_str(), PartyKind::Overig))
            .chain(new.iter().map(|(id, name)| {
                Party::new(format!("n\u{1}{id}"), name.as_str(), PartyKind::Overig)
            }))
            .collect(),
        ..Map::default()
    };
    let mut out = HashMap::new();
    for group in near_duplicates(&probe) {
        let all: Vec<&String> = std::iter::once(&group.keep).chain(&group.merge).collect();
        let olds: Vec<&str> = all
            .iter()
            .filter_map(|id| id.strip_prefix("o\u{1}"))
            .collect();
        let news: Vec<&str> = all
            .iter()
            .filter_map(|id| id.strip_prefix("n\u{1}"))
            .collect();
        // Only an unambiguous pair is a rename; anything else stays added and removed.
        if let ([o], [n]) = (olds.as_slice(), news.as_slice()) {
            out.insert((*o).to_string(), (*n).to_string());
        }
    }
    // Same names exactly (the rule may skip names with no distinctive words).
    let taken_new: BTreeSet<String> = out.values().cloned().collect();
    let mut by_name: HashMap<&str, Vec<&String>> = HashMap::new();
    for (id, name) in new {
        if !taken_new.contains(*id) {
            by_name.entry(name.as_str()).or_default().push(id);
        }
    }
    for (id, name) in old {
        if out.contains_key(*id) {
            continue;
        }
        if let Some([n]) = by_name.get(name.as_str()).map(Vec::as_slice) {
            out.insert((*id).clone(), (*n).clone());
        }
    }
    out
}

/// Columns whose values differ, by the data format's names; free attributes by their own.
fn diff_fields(
    pairs: &[(&str, bool)],
    a: &crate::model::Attributes,
    b: &crate::model::Attributes,
) -> Vec<String> {
    let mut out: Vec<String> = pairs
        .iter()
        .filter(|(_, same)| !same)
        .map(|(name, _)| (*name).to_string())
        .collect();
    let keys: BTreeSet<&str> = a.iter().chain(b).map(|(k, _)| k.as_str()).collect();
    let get = |attrs: &crate::model::Attributes, k: &str| {
        attrs
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
    };
    for k in keys {
        if get(a, k) != get(b, k) {
            out.push(k.to_string());
        }
    }
    out
}

fn renamed_list(v: &[String], r: &HashMap<String, String>) -> Vec<String> {
    v.iter()
        .map(|id| r.get(id).cloned().unwrap_or_else(|| id.clone()))
        .collect()
}

fn party_fields(a: &Party, b: &Party, _: &HashMap<String, String>) -> Vec<String> {
    diff_fields(
        &[
            ("naam", a.name == b.name),
            ("soort", a.kind == b.kind),
            ("werkgebied", a.werkgebied == b.werkgebied),
            ("hoort_bij", a.parent == b.parent),
            ("belangen", a.interests == b.interests),
            ("halen", a.takes == b.takes),
            ("brengen", a.gives == b.gives),
        ],
        &a.attributes,
        &b.attributes,
    )
}

fn table_fields(
    a: &crate::model::Table,
    b: &crate::model::Table,
    party_renames: &HashMap<String, String>,
) -> Vec<String> {
    diff_fields(
        &[
            ("naam", a.name == b.name),
            ("soort", a.kind == b.kind),
            ("domein", a.domains == b.domains),
            ("laag", a.layers == b.layers),
            ("frequentie", a.frequency == b.frequency),
            ("duur_uren", a.duration_hours == b.duration_hours),
            ("besluitvorming", a.decision == b.decision),
            (
                "werkgebied",
                renamed_list(&a.werkgebied, party_renames) == b.werkgebied,
            ),
            ("rapporteert_aan", a.reports_to == b.reports_to),
        ],
        &a.attributes,
        &b.attributes,
    )
}

fn person_fields(
    a: &crate::model::Person,
    b: &crate::model::Person,
    party_renames: &HashMap<String, String>,
) -> Vec<String> {
    let party = party_renames.get(&a.party).unwrap_or(&a.party);
    diff_fields(
        &[
            ("naam", a.name == b.name),
            ("partij", *party == b.party),
            ("functie", a.function == b.function),
            ("laag", a.layer == b.layer),
            ("netwerkrol", a.network_roles == b.network_roles),
            ("uren_per_maand", a.hours_per_month == b.hours_per_month),
        ],
        &a.attributes,
        &b.attributes,
    )
}

fn seats(old: &Map, new: &Map, r: &Renames) -> LinkChanges<Seat> {
    let seat = |m: &crate::model::Membership, r: Option<&Renames>| {
        let id = |s: &str| r.map_or(s, |r| r.id(s)).to_string();
        Seat {
            table: id(&m.table),
            party: id(&m.party),
            person: m.person.as_deref().map(id),
        }
    };
    diff_sets(
        old.memberships.iter().map(|m| seat(m, Some(r))).collect(),
        new.memberships.iter().map(|m| seat(m, None)).collect(),
    )
}

fn links(old: &Map, new: &Map, r: &Renames) -> LinkChanges<Link> {
    let link = |x: &crate::model::Relation, r: Option<&Renames>| {
        let id = |s: &str| r.map_or(s, |r| r.id(s)).to_string();
        Link {
            from: id(&x.from),
            to: id(&x.to),
            kind: (!x.kind.is_empty()).then(|| x.kind.clone()),
        }
    };
    diff_sets(
        old.relations.iter().map(|x| link(x, Some(r))).collect(),
        new.relations.iter().map(|x| link(x, None)).collect(),
    )
}

fn diff_sets<T: Ord + Clone>(old: BTreeSet<T>, new: BTreeSet<T>) -> LinkChanges<T> {
    LinkChanges {
        added: new.difference(&old).cloned().collect(),
        removed: old.difference(&new).cloned().collect(),
    }
}

/// Pairs of core parties that meet anywhere (a common table, or a relationship of theirs or
/// of their persons), as sorted pairs of ids, old ids translated to new ones.
fn meeting_pairs(map: &Map, r: Option<&Renames>) -> BTreeSet<[String; 2]> {
    let id = |s: &str| r.map_or(s, |r| r.id(s)).to_string();
    let core: HashMap<&str, ()> = map
        .parties
        .iter()
        .filter(|p| PartyKind::CORE.contains(&p.kind))
        .map(|p| (p.id.as_str(), ()))
        .collect();
    let party_of: HashMap<&str, &str> = map
        .persons
        .iter()
        .map(|p| (p.id.as_str(), p.party.as_str()))
        .collect();
    let owner = |x: &str| -> Option<String> {
        let p = party_of.get(x).copied().unwrap_or(x);
        core.contains_key(p).then(|| id(p))
    };
    let mut at_table: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for m in &map.memberships {
        if let Some(p) = owner(&m.party) {
            at_table.entry(m.table.as_str()).or_default().insert(p);
        }
    }
    let mut out = BTreeSet::new();
    let mut add = |a: &String, b: &String| {
        if a != b {
            let pair = if a < b {
                [a.clone(), b.clone()]
            } else {
                [b.clone(), a.clone()]
            };
            out.insert(pair);
        }
    };
    for parties in at_table.values() {
        let v: Vec<&String> = parties.iter().collect();
        for (i, a) in v.iter().enumerate() {
            for b in &v[i + 1..] {
                add(a, b);
            }
        }
    }
    for rel in &map.relations {
        if let (Some(a), Some(b)) = (owner(&rel.from), owner(&rel.to)) {
            add(&a, &b);
        }
    }
    out
}

fn meetings(old: &Map, new: &Map, r: &Renames) -> Meetings {
    let d = diff_sets(meeting_pairs(old, Some(r)), meeting_pairs(new, None));
    Meetings {
        gained: d.added,
        lost: d.removed,
    }
}

fn triangles(a: &Analysis, b: &Analysis, parties: &HashMap<String, String>) -> Vec<TriangleChange> {
    type Scope = (crate::model::Domain, Option<String>);
    let scope_of = |t: &crate::analysis::Triangle, r: Option<&HashMap<String, String>>| -> Scope {
        let w = t
            .werkgebied
            .as_ref()
            .map(|w| r.and_then(|r| r.get(w)).unwrap_or(w).clone());
        (t.domain, w)
    };
    let old: BTreeMap<Scope, _> = a
        .triangles
        .iter()
        .map(|t| (scope_of(t, Some(parties)), t.state))
        .collect();
    let new: BTreeMap<Scope, _> = b
        .triangles
        .iter()
        .map(|t| (scope_of(t, None), t.state))
        .collect();
    let scopes: BTreeSet<&Scope> = old.keys().chain(new.keys()).collect();
    scopes
        .into_iter()
        .filter_map(|s| {
            let (o, n) = (old.get(s).copied(), new.get(s).copied());
            (o != n).then(|| TriangleChange {
                domain: s.0,
                werkgebied: s.1.clone(),
                old: o,
                new: n,
            })
        })
        .collect()
}

/// The key of a finding in the new map's ids (spec/analysis.md, version 2).
fn key(f: &Finding, r: Option<&Renames>) -> String {
    let id = |s: &str| r.map_or(s, |r| r.id(s)).to_string();
    let mut subjects: Vec<String> = f.subjects.iter().map(|s| id(s)).collect();
    subjects.sort();
    let dash = |s: Option<String>| s.unwrap_or_else(|| "-".to_string());
    format!(
        "{}|{}|{}|{}|{}",
        f.kind.name(),
        dash(f.domain.map(|d| d.name().to_string())),
        dash(f.layer.map(|l| l.name().to_string())),
        dash(f.werkgebied.as_deref().map(id)),
        subjects.join(",")
    )
}

fn findings(old: &[Finding], new: &[Finding], r: &Renames) -> FindingChanges {
    let o: BTreeSet<String> = old.iter().map(|f| key(f, Some(r))).collect();
    let n: BTreeSet<String> = new.iter().map(|f| key(f, None)).collect();
    FindingChanges {
        resolved: o.difference(&n).cloned().collect(),
        new: n.difference(&o).cloned().collect(),
        remaining: o.intersection(&n).count(),
    }
}

/// The JSON of `spec/comparison.md`.
pub fn to_json(c: &Comparison) -> Value {
    let mut v = serde_json::to_value(c).unwrap_or(Value::Null);
    if let Value::Object(o) = &mut v {
        o.insert("format".into(), "netwerkkaart-vergelijking".into());
        o.insert("version".into(), 1.into());
        o.insert("unrelated".into(), c.unrelated().into());
    }
    v
}

/// The two maps and their analyses, for the texts (names, finding messages).
pub struct Sides<'a> {
    pub old: &'a Map,
    pub old_analysis: &'a Analysis,
    pub new: &'a Map,
    pub new_analysis: &'a Analysis,
    /// How the two are called in the title (file names, snapshot names).
    pub old_label: &'a str,
    pub new_label: &'a str,
}

/// Plain text or Markdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextStyle {
    Text,
    Markdown,
}

/// Longest list printed per section; the rest is counted.
const MAX_LINES: usize = 40;

struct Out<'a> {
    s: String,
    style: TextStyle,
    lang: Lang,
    sides: &'a Sides<'a>,
}

impl Out<'_> {
    fn heading(&mut self, t: Text) {
        let h = t.get_in(self.lang);
        match self.style {
            TextStyle::Markdown => self.s.push_str(&format!("\n## {h}\n\n")),
            TextStyle::Text => self
                .s
                .push_str(&format!("\n{h}\n{}\n", "-".repeat(h.chars().count()))),
        }
    }

    fn item(&mut self, line: &str) {
        self.s.push_str("- ");
        self.s.push_str(line);
        self.s.push('\n');
    }

    /// A section of lines, at most [`MAX_LINES`], skipped when empty.
    fn section(&mut self, t: Text, lines: Vec<String>) {
        if lines.is_empty() {
            return;
        }
        self.heading(t);
        for l in lines.iter().take(MAX_LINES) {
            self.item(l);
        }
        if lines.len() > MAX_LINES {
            let more = tx::MORE.fill_in(self.lang, &[("n", &(lines.len() - MAX_LINES))]);
            self.item(&more);
        }
    }

    /// "Name (id)" in the map it belongs to.
    fn named(&self, map: &Map, id: &str) -> String {
        let name = map.name_of(id);
        if name == id {
            id.to_string()
        } else {
            format!("{name} ({id})")
        }
    }
}

/// The comparison as text or Markdown for people: the summary first, then what changed.
pub fn to_text(c: &Comparison, sides: &Sides<'_>, style: TextStyle, lang: Lang) -> String {
    let mut o = Out {
        s: String::new(),
        style,
        lang,
        sides,
    };
    let title = tx::TITLE.fill_in(
        lang,
        &[("old", &sides.old_label), ("new", &sides.new_label)],
    );
    o.s.push_str(&match style {
        TextStyle::Markdown => format!("# {title}\n\n"),
        TextStyle::Text => format!("{title}\n{}\n", "=".repeat(title.chars().count())),
    });
    let (a, b) = (&c.old, &c.new);
    o.s.push_str(&tx::COUNTS.fill_in(
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
    ));
    o.s.push_str("\n\n");
    if c.is_empty() {
        o.s.push_str(tx::SAME.get_in(lang));
        o.s.push('\n');
        return o.s;
    }
    if c.unrelated() {
        let pct = (c.overlap * 100.0).round() as i64;
        o.s.push_str(&tx::UNRELATED.fill_in(lang, &[("pct", &pct)]));
        o.s.push('\n');
        return o.s;
    }
    o.s.push_str(&tx::FINDINGS_LINE.fill_in(
        lang,
        &[
            ("resolved", &c.findings.resolved.len()),
            ("new", &c.findings.new.len()),
            ("remaining", &c.findings.remaining),
        ],
    ));
    o.s.push('\n');
    triangle_lines(&mut o, c);
    let pairs = |o: &Out<'_>, v: &[[String; 2]], map: &Map| -> Vec<String> {
        v.iter()
            .map(|[x, y]| {
                tx::PAIR.fill_in(o.lang, &[("a", &map.name_of(x)), ("b", &map.name_of(y))])
            })
            .collect()
    };
    let gained = pairs(&o, &c.meetings.gained, sides.new);
    o.section(tx::H_GAINED, gained);
    // Lost pairs are named in the new ids; a party that left is still named in the old map.
    let lost: Vec<String> = c
        .meetings
        .lost
        .iter()
        .map(|[x, y]| {
            let name = |id: &str| {
                let n = sides.new.name_of(id);
                if n == id {
                    sides.old.name_of(id).to_string()
                } else {
                    n.to_string()
                }
            };
            tx::PAIR.fill_in(lang, &[("a", &name(x)), ("b", &name(y))])
        })
        .collect();
    o.section(tx::H_LOST, lost);
    let lists = finding_messages(c, sides, lang);
    o.section(tx::H_RESOLVED, lists.resolved);
    o.section(tx::H_NEW, lists.new);
    row_lines(&mut o, tx::H_PARTIES, &c.parties);
    row_lines(&mut o, tx::H_TABLES, &c.tables);
    row_lines(&mut o, tx::H_PERSONS, &c.persons);
    link_lines(&mut o, c);
    o.s
}

/// The findings of a comparison as sentences: resolved (as the old analysis put them), new and
/// still open (as the new analysis puts them), each in its analysis's order for the open ones.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FindingMessages {
    pub resolved: Vec<String>,
    pub new: Vec<String>,
    pub remaining: Vec<String>,
}

/// [`FindingMessages`] of `c`, rendered in `lang`.
pub fn finding_messages(c: &Comparison, sides: &Sides<'_>, lang: Lang) -> FindingMessages {
    let messages = |an: &Analysis, keys: &[String]| -> Vec<String> {
        let by_key: HashMap<String, &Finding> =
            an.findings.iter().map(|f| (key(f, None), f)).collect();
        keys.iter()
            .map(|k| match by_key.get(k) {
                Some(f) => f.message(lang),
                None => tx::FINDING_GONE.fill_in(lang, &[("key", k)]),
            })
            .collect()
    };
    // Resolved keys are in the new ids; the old analysis knows them under the old ones.
    let old_keys: HashMap<String, String> = sides
        .old_analysis
        .findings
        .iter()
        .map(|f| (key(f, Some(&renames_of(c))), key(f, None)))
        .collect();
    let resolved: Vec<String> = c
        .findings
        .resolved
        .iter()
        .map(|k| old_keys.get(k).cloned().unwrap_or_else(|| k.clone()))
        .collect();
    let new: BTreeSet<&String> = c.findings.new.iter().collect();
    let remaining = sides
        .new_analysis
        .findings
        .iter()
        .filter(|f| !new.contains(&key(f, None)))
        .map(|f| f.message(lang))
        .collect();
    FindingMessages {
        resolved: messages(sides.old_analysis, &resolved),
        new: messages(sides.new_analysis, &c.findings.new),
        remaining,
    }
}

/// One scope of the timeline with its state in each column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineRow {
    pub domain: crate::model::Domain,
    pub werkgebied: Option<String>,
    /// The municipality's name (from the newest column that has it), or `None` for the region.
    pub name: Option<String>,
    /// Per column; `None` where the scope did not exist.
    pub states: Vec<Option<crate::analysis::TriangleState>>,
}

/// The triangle states of every scope over the snapshots of a project (oldest first) and now.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Timeline {
    /// The snapshots' (name, date); the last column, now, is not listed here.
    pub snapshots: Vec<(String, String)>,
    /// The whole region first, then the municipalities by id; domains in their order.
    pub rows: Vec<TimelineRow>,
}

/// The [`Timeline`] of `map`: only the triangles are computed per snapshot, which is quick.
pub fn timeline(map: &Map) -> Timeline {
    use crate::analysis::context::Ctx;
    use crate::analysis::triangle::triangles;
    let mut maps: Vec<&Map> = map.arrangement.snapshots.iter().map(|s| &s.map).collect();
    maps.push(map);
    type Scope = (Option<String>, crate::model::Domain);
    let mut rows: BTreeMap<Scope, Vec<Option<crate::analysis::TriangleState>>> = BTreeMap::new();
    let columns = maps.len();
    for (i, m) in maps.iter().enumerate() {
        for t in triangles(&Ctx::new(m)) {
            rows.entry((t.werkgebied.clone(), t.domain))
                .or_insert_with(|| vec![None; columns])[i] = Some(t.state);
        }
    }
    let name = |w: &str| {
        maps.iter()
            .rev()
            .find_map(|m| m.party(w).map(|p| p.name.clone()))
            .unwrap_or_else(|| w.to_string())
    };
    Timeline {
        snapshots: map
            .arrangement
            .snapshots
            .iter()
            .map(|s| (s.name.clone(), s.date.clone()))
            .collect(),
        rows: rows
            .into_iter()
            .map(|((werkgebied, domain), states)| TimelineRow {
                domain,
                name: werkgebied.as_deref().map(name),
                werkgebied,
                states,
            })
            .collect(),
    }
}

/// The renames of a comparison as the key function wants them.
fn renames_of(c: &Comparison) -> Renames {
    let map = |v: &[Rename]| v.iter().map(|r| (r.old.clone(), r.new.clone())).collect();
    Renames {
        parties: map(&c.parties.renamed),
        persons: map(&c.persons.renamed),
        tables: map(&c.tables.renamed),
    }
}

fn triangle_lines(o: &mut Out<'_>, c: &Comparison) {
    let lines = triangle_texts(c, o.sides.old, o.sides.new, o.lang);
    o.section(tx::H_TRIANGLES, lines);
}

/// One line per scope whose triangle changed: "casus, Gemeente A: open → gesloten"; the
/// municipality named as the new map names it (or the old one, when it left).
pub fn triangle_texts(c: &Comparison, old: &Map, new: &Map, lang: Lang) -> Vec<String> {
    let state = |s: Option<crate::analysis::TriangleState>| match s {
        Some(s) => s.label_in(lang).to_string(),
        None => tx::NOT_THERE.get_in(lang).to_string(),
    };
    c.triangles
        .iter()
        .map(|t| {
            let scope = match &t.werkgebied {
                Some(w) => {
                    let n = new.name_of(w);
                    if n == w {
                        old.name_of(w).to_string()
                    } else {
                        n.to_string()
                    }
                }
                None => tx::SCOPE_REGION.get_in(lang).to_string(),
            };
            tx::TRIANGLE_LINE.fill_in(
                lang,
                &[
                    ("domain", &t.domain.label_in(lang)),
                    ("scope", &scope),
                    ("old", &state(t.old)),
                    ("new", &state(t.new)),
                ],
            )
        })
        .collect()
}

/// "A en B" for each pair, named as `map` names them (the other map for a party that left).
pub fn pair_texts(pairs: &[[String; 2]], map: &Map, other: &Map, lang: Lang) -> Vec<String> {
    let name = |id: &str| {
        let n = map.name_of(id);
        if n == id {
            other.name_of(id).to_string()
        } else {
            n.to_string()
        }
    };
    pairs
        .iter()
        .map(|[x, y]| tx::PAIR.fill_in(lang, &[("a", &name(x)), ("b", &name(y))]))
        .collect()
}

fn row_lines(o: &mut Out<'_>, heading: Text, r: &RowChanges) {
    let lang = o.lang;
    let (old, new) = (o.sides.old, o.sides.new);
    let mut lines: Vec<String> = Vec::new();
    lines.extend(
        r.added
            .iter()
            .map(|id| tx::ADDED.fill_in(lang, &[("what", &o.named(new, id))])),
    );
    lines.extend(
        r.removed
            .iter()
            .map(|id| tx::REMOVED.fill_in(lang, &[("what", &o.named(old, id))])),
    );
    lines.extend(r.renamed.iter().map(|x| {
        tx::RENAMED.fill_in(
            lang,
            &[
                ("old", &o.named(old, &x.old)),
                ("new", &o.named(new, &x.new)),
            ],
        )
    }));
    lines.extend(r.changed.iter().map(|id| {
        let fields = r
            .changed_fields
            .get(id)
            .map(|f| f.join(", "))
            .unwrap_or_default();
        tx::CHANGED.fill_in(lang, &[("what", &o.named(new, id)), ("fields", &fields)])
    }));
    o.section(heading, lines);
}

fn link_lines(o: &mut Out<'_>, c: &Comparison) {
    let lang = o.lang;
    let seat = |map: &Map, s: &Seat| match &s.person {
        Some(p) => tx::SEAT_PERSON.fill_in(
            lang,
            &[
                ("party", &map.name_of(&s.party)),
                ("person", &map.name_of(p)),
                ("table", &map.name_of(&s.table)),
            ],
        ),
        None => tx::SEAT.fill_in(
            lang,
            &[
                ("party", &map.name_of(&s.party)),
                ("table", &map.name_of(&s.table)),
            ],
        ),
    };
    let link = |map: &Map, l: &Link| {
        let mut s = tx::LINK.fill_in(
            lang,
            &[("from", &map.name_of(&l.from)), ("to", &map.name_of(&l.to))],
        );
        if let Some(k) = &l.kind {
            s.push_str(&format!(" ({k})"));
        }
        s
    };
    let (old, new) = (o.sides.old, o.sides.new);
    let seats = c
        .memberships
        .added
        .iter()
        .map(|s| tx::ADDED.fill_in(lang, &[("what", &seat(new, s))]));
    let gone = c
        .memberships
        .removed
        .iter()
        .map(|s| tx::REMOVED.fill_in(lang, &[("what", &seat(old, s))]));
    o.section(tx::H_MEMBERSHIPS, seats.chain(gone).collect());
    let links = c
        .relations
        .added
        .iter()
        .map(|l| tx::ADDED.fill_in(lang, &[("what", &link(new, l))]));
    let gone = c
        .relations
        .removed
        .iter()
        .map(|l| tx::REMOVED.fill_in(lang, &[("what", &link(old, l))]));
    o.section(tx::H_RELATIONS, links.chain(gone).collect());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyse;
    use crate::model::{Domain, Layer, Membership, Role, Table};

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
                Party::new("gem", "Gemeente Arnhoven", PartyKind::Gemeente),
                Party::new("woon", "Woonstichting Veenhof", PartyKind::Woningcorporatie),
                Party::new("zorg", "GGZ Rivierduin", PartyKind::Zorgaanbieder),
            ],
            tables: vec![
                Table::new("t1", "Casusoverleg", Domain::Casus, Layer::Operationeel),
                Table::new(
                    "t2",
                    "Stuurgroep",
                    Domain::Institutioneel,
                    Layer::Strategisch,
                ),
            ],
            memberships: vec![seat("t1", "gem"), seat("t1", "woon"), seat("t2", "gem")],
            ..Map::default()
        }
    }

    #[test]
    fn a_map_compared_with_itself_reports_nothing() {
        let m = map();
        let c = compare(&m, &m, &Thresholds::default());
        assert!(c.is_empty(), "{c:#?}");
        assert!(!c.unrelated());
        assert_eq!(c.overlap, 1.0);
        assert_eq!(
            c.findings.remaining,
            analyse(&m, &Thresholds::default()).findings.len()
        );
    }

    #[test]
    fn the_timeline_follows_the_casus_triangle_over_the_snapshots() {
        let mut m = map();
        m.arrangement
            .snapshots
            .push(crate::model::Snapshot::of(&m, "Nulmeting", "2025-03-01"));
        m.memberships.push(seat("t1", "zorg"));
        let tl = timeline(&m);
        assert_eq!(
            tl.snapshots,
            vec![("Nulmeting".to_string(), "2025-03-01".to_string())]
        );
        let casus = tl
            .rows
            .iter()
            .find(|r| r.domain == Domain::Casus && r.werkgebied.is_none())
            .expect("the region's casus triangle");
        assert_eq!(casus.states.len(), 2, "one snapshot and now");
        assert_eq!(
            casus.states[1],
            Some(crate::analysis::TriangleState::Gesloten)
        );
        assert_ne!(casus.states[0], casus.states[1]);
        // The same states the comparison reports.
        let snap = &m.arrangement.snapshots[0].map;
        let c = compare(snap, &m, &Thresholds::default());
        let change = c
            .triangles
            .iter()
            .find(|t| t.domain == Domain::Casus)
            .unwrap();
        assert_eq!((change.old, change.new), (casus.states[0], casus.states[1]));
    }

    #[test]
    fn finding_messages_split_resolved_new_and_still_open() {
        let old = map();
        let mut new = map();
        new.memberships.push(seat("t1", "zorg"));
        let t = Thresholds::default();
        let (a, b) = analyse_both(&old, &new, &t);
        let c = compare_analysed(&old, &a, &new, &b);
        let sides = Sides {
            old: &old,
            old_analysis: &a,
            new: &new,
            new_analysis: &b,
            old_label: "oud",
            new_label: "nieuw",
        };
        let m = finding_messages(&c, &sides, Lang::Nl);
        assert_eq!(m.resolved.len(), c.findings.resolved.len());
        assert_eq!(m.new.len(), c.findings.new.len());
        assert_eq!(m.remaining.len(), c.findings.remaining);
        assert_eq!(m.remaining.len() + m.new.len(), b.findings.len());
    }

    #[test]
    fn a_new_seat_is_a_gained_meeting_and_closes_the_casus_triangle() {
        let old = map();
        let mut new = map();
        new.memberships.push(seat("t1", "zorg"));
        let c = compare(&old, &new, &Thresholds::default());
        assert_eq!(
            c.memberships.added,
            vec![Seat {
                table: "t1".into(),
                party: "zorg".into(),
                person: None
            }]
        );
        assert!(c.memberships.removed.is_empty());
        // Zorg now meets gemeente and corporatie at t1: two pairs gained, none lost.
        assert_eq!(
            c.meetings.gained,
            vec![
                ["gem".to_string(), "zorg".to_string()],
                ["woon".to_string(), "zorg".to_string()]
            ]
        );
        assert!(c.meetings.lost.is_empty());
        let casus: Vec<_> = c
            .triangles
            .iter()
            .filter(|t| t.domain == Domain::Casus)
            .collect();
        assert_eq!(casus.len(), 1);
        assert_eq!(casus[0].new, Some(crate::analysis::TriangleState::Gesloten));
        assert_ne!(casus[0].old, casus[0].new);
        assert!(!c.findings.resolved.is_empty());
        assert!(
            c.findings
                .resolved
                .iter()
                .any(|k| k.starts_with("open_triangle|casus|"))
        );
    }

    #[test]
    fn a_renamed_id_is_matched_by_name_with_its_rows() {
        let old = map();
        let mut new = map();
        new.parties[1].id = "woon-veenhof".into();
        new.parties[1].name = "Woonstichting Veenhof.".into();
        for m in &mut new.memberships {
            if m.party == "woon" {
                m.party = "woon-veenhof".into();
            }
        }
        let c = compare(&old, &new, &Thresholds::default());
        assert_eq!(
            c.parties.renamed,
            vec![Rename {
                old: "woon".into(),
                new: "woon-veenhof".into()
            }]
        );
        assert!(c.parties.added.is_empty() && c.parties.removed.is_empty());
        assert_eq!(
            c.parties.changed_fields["woon-veenhof"],
            vec!["naam".to_string()]
        );
        assert!(c.memberships.added.is_empty() && c.memberships.removed.is_empty());
        assert!(c.meetings.gained.is_empty() && c.meetings.lost.is_empty());
        assert!(c.findings.resolved.is_empty() && c.findings.new.is_empty());
    }

    #[test]
    fn a_changed_field_is_listed_by_its_column() {
        let old = map();
        let mut new = map();
        new.tables[0].domains = crate::model::Set::one(Domain::Leefomgeving);
        new.tables[0].frequency = Some(12.0);
        let c = compare(&old, &new, &Thresholds::default());
        assert_eq!(c.tables.changed, vec!["t1".to_string()]);
        assert_eq!(
            c.tables.changed_fields["t1"],
            vec!["domein".to_string(), "frequentie".to_string()]
        );
    }

    #[test]
    fn maps_of_different_regions_are_called_unrelated() {
        let old = map();
        let mut new = Map::default();
        for (i, name) in [
            "Gemeente Zuidwaard",
            "Woonbron Noord",
            "Careyn Oost",
            "Stichting Welzijn Zuid",
            "Politie Eenheid West",
        ]
        .iter()
        .enumerate()
        {
            new.parties
                .push(Party::new(format!("p{i}"), *name, PartyKind::Overig));
        }
        new.tables.push(Table::new(
            "x1",
            "Buurtteam",
            Domain::Leefomgeving,
            Layer::Operationeel,
        ));
        let c = compare(&old, &new, &Thresholds::default());
        assert!(c.unrelated(), "overlap {}", c.overlap);
        let j = to_json(&c);
        assert_eq!(j["format"], "netwerkkaart-vergelijking");
        assert_eq!(j["unrelated"], true);
    }
}
