//! The headless half of the Gegevens view: which columns each sub-tab has, what a cell shows,
//! how a typed value goes back into a row, the edit that commits a changed row, and the
//! filtering and sorting of rows. Nothing here draws, so it is tested without a window.

use crate::edit::{Edit, Row};
use crate::i18n::Lang;
use crate::i18n::gegevens as txt;
use crate::i18n::vocab::Label;
use crate::i18n::{Text, import as itxt};
use crate::model::{
    Domain, EntityKind, Field, Index, Layer, Map, NetworkRole, NodeKind, Set, Vocab, fold,
};

/// The sub-tabs: one per list of the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Tab {
    #[default]
    Partijen,
    Personen,
    Tafels,
    Deelnames,
    Relaties,
}

impl Tab {
    pub const ALL: [Tab; 5] = [
        Tab::Partijen,
        Tab::Personen,
        Tab::Tafels,
        Tab::Deelnames,
        Tab::Relaties,
    ];

    pub fn text(self) -> Text {
        match self {
            Tab::Partijen => txt::TAB_PARTIJEN,
            Tab::Personen => txt::TAB_PERSONEN,
            Tab::Tafels => txt::TAB_TAFELS,
            Tab::Deelnames => txt::TAB_DEELNAMES,
            Tab::Relaties => txt::TAB_RELATIES,
        }
    }

    pub fn entity(self) -> EntityKind {
        match self {
            Tab::Partijen => EntityKind::Party,
            Tab::Personen => EntityKind::Person,
            Tab::Tafels => EntityKind::Table,
            Tab::Deelnames => EntityKind::Membership,
            Tab::Relaties => EntityKind::Relation,
        }
    }

    pub fn of_entity(kind: EntityKind) -> Tab {
        match kind {
            EntityKind::Party => Tab::Partijen,
            EntityKind::Person => Tab::Personen,
            EntityKind::Table => Tab::Tafels,
            EntityKind::Membership => Tab::Deelnames,
            EntityKind::Relation => Tab::Relaties,
        }
    }

    /// How many rows the map has in this tab's list.
    pub fn len(self, map: &Map) -> usize {
        match self {
            Tab::Partijen => map.parties.len(),
            Tab::Personen => map.persons.len(),
            Tab::Tafels => map.tables.len(),
            Tab::Deelnames => map.memberships.len(),
            Tab::Relaties => map.relations.len(),
        }
    }

    /// The columns, in the order of the data format's files.
    pub fn columns(self) -> &'static [Col] {
        use Col::*;
        match self {
            Tab::Partijen => &[
                Id, Name, PartyKind, Werkgebied, Parent, Interests, Takes, Gives,
            ],
            Tab::Personen => &[Id, Name, Party, Function, Layer, NetworkRoles, Hours],
            Tab::Tafels => &[
                Id, Name, TableKind, Domains, Layers, Frequency, Duration, Decision, Werkgebied,
                ReportsTo,
            ],
            Tab::Deelnames => &[Table, Party, Person, Role],
            Tab::Relaties => &[From, To, RelKind, Domains, Layers, Quality, Note],
        }
    }
}

/// One column of one of the tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Col {
    Id,
    Name,
    PartyKind,
    Werkgebied,
    Parent,
    Interests,
    Takes,
    Gives,
    Party,
    Function,
    Layer,
    NetworkRoles,
    Hours,
    TableKind,
    Domains,
    Layers,
    Frequency,
    Duration,
    Decision,
    ReportsTo,
    Table,
    Person,
    Role,
    From,
    To,
    RelKind,
    Quality,
    Note,
}

/// How a cell is edited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Editor {
    /// Free text (`required`: may not be empty).
    Text { required: bool },
    /// A number, empty for unknown.
    Number,
    /// One id of one of `kinds`; `optional` when it may be empty.
    Ref {
        kinds: &'static [NodeKind],
        optional: bool,
    },
    /// Ids separated by `|`: `gemeente_only` for a werkgebied.
    RefList {
        kinds: &'static [NodeKind],
        gemeente_only: bool,
    },
    /// One value of a closed vocabulary.
    Choice,
    /// A set of values of a closed vocabulary.
    Choices,
}

const PARTY: &[NodeKind] = &[NodeKind::Party];
const PERSON: &[NodeKind] = &[NodeKind::Person];
const TABLE: &[NodeKind] = &[NodeKind::Table];
const PARTY_OR_PERSON: &[NodeKind] = &[NodeKind::Party, NodeKind::Person];

impl Col {
    pub fn header(self) -> Text {
        match self {
            Col::Id => txt::COL_ID,
            Col::Name => txt::COL_NAME,
            Col::PartyKind | Col::TableKind | Col::RelKind => txt::COL_KIND,
            Col::Werkgebied => txt::COL_WERKGEBIED,
            Col::Parent => txt::COL_PARENT,
            Col::Interests => txt::COL_INTERESTS,
            Col::Takes => txt::COL_TAKES,
            Col::Gives => txt::COL_GIVES,
            Col::Party => txt::COL_PARTY,
            Col::Function => txt::COL_FUNCTION,
            Col::Layer => txt::COL_LAYER,
            Col::NetworkRoles => txt::COL_NETWORK_ROLES,
            Col::Hours => txt::COL_HOURS,
            Col::Domains => txt::COL_DOMAINS,
            Col::Layers => txt::COL_LAYERS,
            Col::Frequency => txt::COL_FREQUENCY,
            Col::Duration => txt::COL_DURATION,
            Col::Decision => txt::COL_DECISION,
            Col::ReportsTo => txt::COL_REPORTS_TO,
            Col::Table => txt::COL_TABLE,
            Col::Person => txt::COL_PERSON,
            Col::Role => txt::COL_ROLE,
            Col::From => txt::COL_FROM,
            Col::To => txt::COL_TO,
            Col::Quality => txt::COL_QUALITY,
            Col::Note => txt::COL_NOTE,
        }
    }

    pub fn editor(self) -> Editor {
        match self {
            Col::Id | Col::Name => Editor::Text { required: true },
            Col::Interests | Col::Takes | Col::Gives | Col::Function | Col::Note | Col::RelKind => {
                Editor::Text { required: false }
            }
            Col::Hours | Col::Frequency | Col::Duration => Editor::Number,
            Col::Parent => Editor::Ref {
                kinds: PARTY,
                optional: true,
            },
            Col::Party => Editor::Ref {
                kinds: PARTY,
                optional: false,
            },
            Col::Table => Editor::Ref {
                kinds: TABLE,
                optional: false,
            },
            Col::Person => Editor::Ref {
                kinds: PERSON,
                optional: true,
            },
            Col::From | Col::To => Editor::Ref {
                kinds: PARTY_OR_PERSON,
                optional: false,
            },
            Col::Werkgebied => Editor::RefList {
                kinds: PARTY,
                gemeente_only: true,
            },
            Col::ReportsTo => Editor::RefList {
                kinds: TABLE,
                gemeente_only: false,
            },
            Col::PartyKind | Col::TableKind | Col::Layer | Col::Decision | Col::Role => {
                Editor::Choice
            }
            Col::Quality => Editor::Choice,
            Col::NetworkRoles | Col::Domains | Col::Layers => Editor::Choices,
        }
    }

    /// Whether sorting compares numbers rather than text.
    pub fn numeric(self) -> bool {
        self.editor() == Editor::Number
    }

    /// The validation field this column is, for locating a [`crate::model::Problem`].
    pub fn field(self) -> Option<Field> {
        Some(match self {
            Col::Id => Field::Id,
            Col::Name => Field::Name,
            Col::PartyKind | Col::TableKind => Field::Kind,
            Col::Party => Field::Party,
            Col::Person => Field::Person,
            Col::Table => Field::Table,
            Col::Werkgebied => Field::Werkgebied,
            Col::Parent => Field::Parent,
            Col::ReportsTo => Field::ReportsTo,
            Col::From => Field::From,
            Col::To => Field::To,
            Col::Domains => Field::Domains,
            Col::Layers => Field::Layers,
            _ => return None,
        })
    }

    /// The column a validation field is shown in.
    pub fn of_field(tab: Tab, field: Field) -> Option<Col> {
        tab.columns()
            .iter()
            .copied()
            .find(|c| c.field() == Some(field))
    }
}

/// A copy of row `i` of the tab's list.
pub fn row_of(map: &Map, tab: Tab, i: usize) -> Option<Row> {
    Some(match tab {
        Tab::Partijen => Row::Party(map.parties.get(i)?.clone()),
        Tab::Personen => Row::Person(map.persons.get(i)?.clone()),
        Tab::Tafels => Row::Table(map.tables.get(i)?.clone()),
        Tab::Deelnames => Row::Membership(map.memberships.get(i)?.clone()),
        Tab::Relaties => Row::Relation(map.relations.get(i)?.clone()),
    })
}

/// The one edit that replaces row `i` (whose id was `old_id` for parties, persons and tables)
/// by `row`.
pub fn change_edit(map: &Map, tab: Tab, i: usize, row: Row) -> Option<Edit> {
    Some(match row {
        Row::Party(party) => Edit::ChangeParty {
            id: map.parties.get(i)?.id.clone(),
            party,
        },
        Row::Person(person) => Edit::ChangePerson {
            id: map.persons.get(i)?.id.clone(),
            person,
        },
        Row::Table(table) => Edit::ChangeTable {
            id: map.tables.get(i)?.id.clone(),
            table,
        },
        Row::Membership(membership) if tab == Tab::Deelnames => Edit::ChangeMembership {
            index: i,
            membership,
        },
        Row::Relation(relation) if tab == Tab::Relaties => {
            Edit::ChangeRelation { index: i, relation }
        }
        _ => return None,
    })
}

/// The edit that removes row `i`.
pub fn remove_edit(map: &Map, tab: Tab, i: usize) -> Option<Edit> {
    Some(match tab {
        Tab::Partijen => Edit::RemoveParty(map.parties.get(i)?.id.clone()),
        Tab::Personen => Edit::RemovePerson(map.persons.get(i)?.id.clone()),
        Tab::Tafels => Edit::RemoveTable(map.tables.get(i)?.id.clone()),
        Tab::Deelnames => {
            map.memberships.get(i)?;
            Edit::RemoveMembership(i)
        }
        Tab::Relaties => {
            map.relations.get(i)?;
            Edit::RemoveRelation(i)
        }
    })
}

/// The node a row is about, for "toon": the row itself, a seat's table, a relation's start.
pub fn node_of(map: &Map, tab: Tab, i: usize) -> Option<String> {
    Some(match tab {
        Tab::Partijen => map.parties.get(i)?.id.clone(),
        Tab::Personen => map.persons.get(i)?.id.clone(),
        Tab::Tafels => map.tables.get(i)?.id.clone(),
        Tab::Deelnames => map.memberships.get(i)?.table.clone(),
        Tab::Relaties => map.relations.get(i)?.from.clone(),
    })
}

/// An id not yet used by any party, person or table: `prefix-1`, `prefix-2`, …
pub fn fresh_id(map: &Map, prefix: &str) -> String {
    let index = map.index();
    (1..)
        .map(|n| format!("{prefix}-{n}"))
        .find(|id| index.get(id).is_none())
        .unwrap_or_else(|| prefix.to_string())
}

fn number_text(v: Option<f64>) -> String {
    v.map(|f| f.to_string()).unwrap_or_default()
}

fn set_text<V: Vocab + Label>(s: Set<V>, lang: Lang) -> String {
    s.iter()
        .map(|v| v.label_in(lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The raw value of a cell as the user types it: ids, numbers, free text. Vocabulary cells
/// give their canonical name.
pub fn edit_text(row: &Row, col: Col) -> String {
    match (row, col) {
        (Row::Party(p), Col::Id) => p.id.clone(),
        (Row::Party(p), Col::Name) => p.name.clone(),
        (Row::Party(p), Col::PartyKind) => p.kind.name().to_string(),
        (Row::Party(p), Col::Werkgebied) => p.werkgebied.join("|"),
        (Row::Party(p), Col::Parent) => p.parent.clone().unwrap_or_default(),
        (Row::Party(p), Col::Interests) => p.interests.clone(),
        (Row::Party(p), Col::Takes) => p.takes.clone(),
        (Row::Party(p), Col::Gives) => p.gives.clone(),
        (Row::Person(p), Col::Id) => p.id.clone(),
        (Row::Person(p), Col::Name) => p.name.clone(),
        (Row::Person(p), Col::Party) => p.party.clone(),
        (Row::Person(p), Col::Function) => p.function.clone(),
        (Row::Person(p), Col::Layer) => p.layer.map(|l| l.name()).unwrap_or("").to_string(),
        (Row::Person(p), Col::NetworkRoles) => p.network_roles.to_cell(),
        (Row::Person(p), Col::Hours) => number_text(p.hours_per_month),
        (Row::Table(t), Col::Id) => t.id.clone(),
        (Row::Table(t), Col::Name) => t.name.clone(),
        (Row::Table(t), Col::TableKind) => t.kind.name().to_string(),
        (Row::Table(t), Col::Domains) => t.domains.to_cell(),
        (Row::Table(t), Col::Layers) => t.layers.to_cell(),
        (Row::Table(t), Col::Frequency) => number_text(t.frequency),
        (Row::Table(t), Col::Duration) => number_text(t.duration_hours),
        (Row::Table(t), Col::Decision) => t.decision.map(|d| d.name()).unwrap_or("").to_string(),
        (Row::Table(t), Col::Werkgebied) => t.werkgebied.join("|"),
        (Row::Table(t), Col::ReportsTo) => t.reports_to.join("|"),
        (Row::Membership(m), Col::Table) => m.table.clone(),
        (Row::Membership(m), Col::Party) => m.party.clone(),
        (Row::Membership(m), Col::Person) => m.person.clone().unwrap_or_default(),
        (Row::Membership(m), Col::Role) => m.role.name().to_string(),
        (Row::Relation(r), Col::From) => r.from.clone(),
        (Row::Relation(r), Col::To) => r.to.clone(),
        (Row::Relation(r), Col::RelKind) => r.kind.clone(),
        (Row::Relation(r), Col::Domains) => r.domains.to_cell(),
        (Row::Relation(r), Col::Layers) => r.layers.to_cell(),
        (Row::Relation(r), Col::Quality) => r.quality.map(|q| q.name()).unwrap_or("").to_string(),
        (Row::Relation(r), Col::Note) => r.note.clone(),
        _ => String::new(),
    }
}

/// What a cell shows: names for references (the id when it names nothing), labels in `lang`
/// for vocabularies.
pub fn display_text(map: &Map, index: &Index, row: &Row, col: Col, lang: Lang) -> String {
    // `get`, not indexing: an index from another revision must not bring the view down.
    let name = |id: &str| -> String {
        let found = match index.get(id) {
            Some((NodeKind::Party, i)) => map.parties.get(i).map(|p| &p.name),
            Some((NodeKind::Person, i)) => map.persons.get(i).map(|p| &p.name),
            Some((NodeKind::Table, i)) => map.tables.get(i).map(|t| &t.name),
            None => None,
        };
        found.cloned().unwrap_or_else(|| id.to_string())
    };
    let names = |ids: &[String]| ids.iter().map(|i| name(i)).collect::<Vec<_>>().join(", ");
    match (row, col) {
        (Row::Party(p), Col::PartyKind) => p.kind.label_in(lang).to_string(),
        (Row::Party(p), Col::Werkgebied) => names(&p.werkgebied),
        (Row::Party(p), Col::Parent) => p.parent.as_deref().map(name).unwrap_or_default(),
        (Row::Person(p), Col::Party) => name(&p.party),
        (Row::Person(p), Col::Layer) => p.layer.map(|l| l.label_in(lang)).unwrap_or("").to_string(),
        (Row::Person(p), Col::NetworkRoles) => set_text::<NetworkRole>(p.network_roles, lang),
        (Row::Table(t), Col::TableKind) => t.kind.label_in(lang).to_string(),
        (Row::Table(t), Col::Domains) => set_text::<Domain>(t.domains, lang),
        (Row::Table(t), Col::Layers) => set_text::<Layer>(t.layers, lang),
        (Row::Table(t), Col::Decision) => t
            .decision
            .map(|d| d.label_in(lang))
            .unwrap_or("")
            .to_string(),
        (Row::Table(t), Col::Werkgebied) => names(&t.werkgebied),
        (Row::Table(t), Col::ReportsTo) => names(&t.reports_to),
        (Row::Membership(m), Col::Table) => name(&m.table),
        (Row::Membership(m), Col::Party) => name(&m.party),
        (Row::Membership(m), Col::Person) => m.person.as_deref().map(name).unwrap_or_default(),
        (Row::Membership(m), Col::Role) => m.role.label_in(lang).to_string(),
        (Row::Relation(r), Col::From) => name(&r.from),
        (Row::Relation(r), Col::To) => name(&r.to),
        (Row::Relation(r), Col::Domains) => set_text::<Domain>(r.domains, lang),
        (Row::Relation(r), Col::Layers) => set_text::<Layer>(r.layers, lang),
        (Row::Relation(r), Col::Quality) => r
            .quality
            .map(|q| q.label_in(lang))
            .unwrap_or("")
            .to_string(),
        _ => edit_text_in(row, col, lang),
    }
}

/// The value a cell's editor starts with: as [`edit_text`], numbers with the decimal mark of
/// `lang` ("1,5" in Dutch, as the hint asks; both marks are read back).
pub fn edit_text_in(row: &Row, col: Col, lang: Lang) -> String {
    let num = |v: Option<f64>| {
        v.map(|f| crate::i18n::number::trimmed(f, 6, lang))
            .unwrap_or_default()
    };
    match (row, col) {
        (Row::Person(p), Col::Hours) => num(p.hours_per_month),
        (Row::Table(t), Col::Frequency) => num(t.frequency),
        (Row::Table(t), Col::Duration) => num(t.duration_hours),
        _ => edit_text(row, col),
    }
}

/// Why a typed value cannot go into a cell at all (before any map rule is checked).
#[derive(Debug, Clone, PartialEq)]
pub enum ParseError {
    BadNumber(String),
    NegativeNumber(String),
}

impl ParseError {
    /// The importer's message for the same mistake.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ParseError::BadNumber(v) => itxt::BAD_NUMBER.fill_in(lang, &[("value", v)]),
            ParseError::NegativeNumber(v) => itxt::NEGATIVE_NUMBER.fill_in(lang, &[("value", v)]),
        }
    }
}

fn parse_opt_number(s: &str) -> Result<Option<f64>, ParseError> {
    let t = s.trim();
    if t.is_empty() {
        return Ok(None);
    }
    match crate::import::parse_number(t) {
        Some(f) if f < 0.0 => Err(ParseError::NegativeNumber(t.to_string())),
        Some(f) => Ok(Some(f)),
        None => Err(ParseError::BadNumber(t.to_string())),
    }
}

fn split_ids(s: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for part in s.split('|').map(str::trim).filter(|p| !p.is_empty()) {
        if !out.iter().any(|o| o == part) {
            out.push(part.to_string());
        }
    }
    out
}

fn opt(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// Puts a typed value into a text-edited cell of `row`. Ids are trimmed (spaces around an id
/// are never meant); free text is kept as typed.
pub fn set_from_text(row: &mut Row, col: Col, s: &str) -> Result<(), ParseError> {
    let id = s.trim().to_string();
    match (row, col) {
        (Row::Party(p), Col::Id) => p.id = id,
        (Row::Party(p), Col::Name) => p.name = s.to_string(),
        (Row::Party(p), Col::Werkgebied) => p.werkgebied = split_ids(s),
        (Row::Party(p), Col::Parent) => p.parent = opt(s),
        (Row::Party(p), Col::Interests) => p.interests = s.to_string(),
        (Row::Party(p), Col::Takes) => p.takes = s.to_string(),
        (Row::Party(p), Col::Gives) => p.gives = s.to_string(),
        (Row::Person(p), Col::Id) => p.id = id,
        (Row::Person(p), Col::Name) => p.name = s.to_string(),
        (Row::Person(p), Col::Party) => p.party = id,
        (Row::Person(p), Col::Function) => p.function = s.to_string(),
        (Row::Person(p), Col::Hours) => p.hours_per_month = parse_opt_number(s)?,
        (Row::Table(t), Col::Id) => t.id = id,
        (Row::Table(t), Col::Name) => t.name = s.to_string(),
        (Row::Table(t), Col::Frequency) => t.frequency = parse_opt_number(s)?,
        (Row::Table(t), Col::Duration) => t.duration_hours = parse_opt_number(s)?,
        (Row::Table(t), Col::Werkgebied) => t.werkgebied = split_ids(s),
        (Row::Table(t), Col::ReportsTo) => t.reports_to = split_ids(s),
        (Row::Membership(m), Col::Table) => m.table = id,
        (Row::Membership(m), Col::Party) => m.party = id,
        (Row::Membership(m), Col::Person) => m.person = opt(s),
        (Row::Relation(r), Col::From) => r.from = id,
        (Row::Relation(r), Col::To) => r.to = id,
        (Row::Relation(r), Col::RelKind) => r.kind = s.trim().to_string(),
        (Row::Relation(r), Col::Note) => r.note = s.to_string(),
        _ => {}
    }
    Ok(())
}

/// The text a row is found by: every column's shown text and raw value, folded (case and
/// accents ignored), separated so a query never matches across two cells.
pub fn haystack(map: &Map, index: &Index, tab: Tab, row: &Row, lang: Lang) -> String {
    let mut out = String::new();
    for &col in tab.columns() {
        out.push_str(&fold(&display_text(map, index, row, col, lang)));
        out.push('\u{1}');
        if matches!(col.editor(), Editor::Ref { .. } | Editor::RefList { .. }) {
            out.push_str(&fold(&edit_text(row, col)));
            out.push('\u{1}');
        }
    }
    out
}

/// How rows are sorted: by one column, ascending or descending.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sort {
    pub col: Col,
    pub ascending: bool,
}

/// A sort key: numbers compare as numbers (empty last), text folded.
#[derive(Debug, Clone, PartialEq, PartialOrd)]
enum Key {
    Num(f64),
    Text(String),
    Empty,
}

fn sort_key(map: &Map, index: &Index, row: &Row, col: Col, lang: Lang) -> Key {
    let shown = display_text(map, index, row, col, lang);
    if shown.trim().is_empty() {
        return Key::Empty;
    }
    if col.numeric()
        && let Some(f) = crate::import::parse_number(&shown)
    {
        return Key::Num(f);
    }
    Key::Text(fold(&shown))
}

/// The rows to show, in order: those whose haystack contains the folded `filter`, sorted by
/// `sort` (stable, so equal keys keep the map's order). `haystacks` are from [`haystack`], by
/// row; they are only read when the filter is not empty.
pub fn visible_rows(
    map: &Map,
    index: &Index,
    tab: Tab,
    filter: &str,
    sort: Option<Sort>,
    haystacks: &[String],
    lang: Lang,
) -> Vec<usize> {
    let n = tab.len(map);
    let needle = fold(filter);
    let mut rows: Vec<usize> = if needle.is_empty() {
        (0..n).collect()
    } else {
        (0..n)
            .filter(|&i| haystacks.get(i).is_some_and(|h| h.contains(&needle)))
            .collect()
    };
    if let Some(s) = sort {
        let mut keyed: Vec<(Key, usize)> = rows
            .iter()
            .filter_map(|&i| Some((sort_key(map, index, &row_of(map, tab, i)?, s.col, lang), i)))
            .collect();
        keyed.sort_by(|(a, ai), (b, bi)| {
            // Empty cells go last either way: they are what the user looks for least.
            let ord = match (a, b) {
                (Key::Empty, Key::Empty) => std::cmp::Ordering::Equal,
                (Key::Empty, _) => return std::cmp::Ordering::Greater,
                (_, Key::Empty) => return std::cmp::Ordering::Less,
                _ => a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal),
            };
            let ord = if s.ascending { ord } else { ord.reverse() };
            ord.then(ai.cmp(bi))
        });
        rows = keyed.into_iter().map(|(_, i)| i).collect();
    }
    rows
}

/// The haystacks of every row of a tab, for [`visible_rows`].
pub fn haystacks(map: &Map, index: &Index, tab: Tab, lang: Lang) -> Vec<String> {
    (0..tab.len(map))
        .filter_map(|i| row_of(map, tab, i))
        .map(|r| haystack(map, index, tab, &r, lang))
        .collect()
}

/// Ids of `kinds` whose id or name contains the folded `query`, as `(id, name)`, at most
/// `limit`; exact id matches first.
pub fn candidates(
    map: &Map,
    kinds: &[NodeKind],
    query: &str,
    limit: usize,
) -> Vec<(String, String)> {
    let q = fold(query);
    let mut out: Vec<(String, String)> = Vec::new();
    let mut push = |id: &str, name: &str| {
        if out.len() < limit && (q.is_empty() || fold(id).contains(&q) || fold(name).contains(&q)) {
            out.push((id.to_string(), name.to_string()));
        }
    };
    for k in kinds {
        match k {
            NodeKind::Party => map.parties.iter().for_each(|p| push(&p.id, &p.name)),
            NodeKind::Person => map.persons.iter().for_each(|p| push(&p.id, &p.name)),
            NodeKind::Table => map.tables.iter().for_each(|t| push(&t.id, &t.name)),
        }
    }
    if let Some(pos) = out.iter().position(|(id, _)| fold(id) == q) {
        let exact = out.remove(pos);
        out.insert(0, exact);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Party, PartyKind, Person};

    fn small() -> Map {
        let mut m = Map::default();
        m.parties.push(Party::new(
            "gem-gouda",
            "Gemeente Gouda",
            PartyKind::Gemeente,
        ));
        m.parties.push(Party::new(
            "corp-a",
            "Árend Wonen",
            PartyKind::Woningcorporatie,
        ));
        m.parties
            .push(Party::new("zorg-b", "Zorg Bé", PartyKind::Zorgaanbieder));
        m.persons.push(Person {
            id: "p1".into(),
            name: "Anna".into(),
            party: "corp-a".into(),
            function: String::new(),
            layer: None,
            network_roles: Set::empty(),
            hours_per_month: Some(12.0),
            attributes: vec![],
        });
        m.persons.push(Person {
            id: "p2".into(),
            name: "Bert".into(),
            party: "gem-gouda".into(),
            function: String::new(),
            layer: None,
            network_roles: Set::empty(),
            hours_per_month: Some(4.0),
            attributes: vec![],
        });
        m.persons.push(Person {
            id: "p3".into(),
            name: "Cor".into(),
            party: "gem-gouda".into(),
            function: String::new(),
            layer: None,
            network_roles: Set::empty(),
            hours_per_month: None,
            attributes: vec![],
        });
        m
    }

    #[test]
    fn filter_ignores_case_and_accents_and_matches_any_column() {
        let lang = crate::i18n::Lang::Nl;
        let m = small();
        let idx = m.index();
        let hay = haystacks(&m, &idx, Tab::Partijen, lang);
        assert_eq!(
            visible_rows(&m, &idx, Tab::Partijen, "AREND", None, &hay, lang),
            vec![1]
        );
        assert_eq!(
            visible_rows(&m, &idx, Tab::Partijen, "be", None, &hay, lang),
            vec![2]
        );
        // The kind column, by its label.
        assert_eq!(
            visible_rows(&m, &idx, Tab::Partijen, "woningcorp", None, &hay, lang),
            vec![1]
        );
        assert_eq!(
            visible_rows(&m, &idx, Tab::Partijen, "", None, &hay, lang).len(),
            3
        );
        // A person is found by the name of their party and by its id.
        let hay = haystacks(&m, &idx, Tab::Personen, lang);
        assert_eq!(
            visible_rows(&m, &idx, Tab::Personen, "gouda", None, &hay, lang),
            vec![1, 2]
        );
        assert_eq!(
            visible_rows(&m, &idx, Tab::Personen, "corp-a", None, &hay, lang),
            vec![0]
        );
    }

    #[test]
    fn sorting_is_by_shown_text_or_number_with_empty_cells_last() {
        let lang = crate::i18n::Lang::Nl;
        let m = small();
        let idx = m.index();
        let by = |col, ascending| {
            visible_rows(
                &m,
                &idx,
                Tab::Personen,
                "",
                Some(Sort { col, ascending }),
                &[],
                lang,
            )
        };
        assert_eq!(by(Col::Name, false), vec![2, 1, 0]);
        assert_eq!(by(Col::Hours, true), vec![1, 0, 2]);
        assert_eq!(by(Col::Hours, false), vec![0, 1, 2]);
        // Party column sorts by the party's name: Árend < Gemeente (accent folded).
        assert_eq!(by(Col::Party, true), vec![0, 1, 2]);
    }

    #[test]
    fn typed_values_go_into_the_row_and_bad_numbers_are_refused() {
        let m = small();
        let mut row = row_of(&m, Tab::Personen, 0).unwrap();
        set_from_text(&mut row, Col::Party, " gem-gouda ").unwrap();
        set_from_text(&mut row, Col::Hours, "2,5").unwrap();
        let Row::Person(p) = &row else { panic!() };
        assert_eq!(p.party, "gem-gouda");
        assert_eq!(p.hours_per_month, Some(2.5));
        assert_eq!(
            set_from_text(&mut row, Col::Hours, "veel"),
            Err(ParseError::BadNumber("veel".into()))
        );
        let edit = change_edit(&m, Tab::Personen, 0, row).unwrap();
        assert!(matches!(edit, Edit::ChangePerson { ref id, .. } if id == "p1"));
    }

    #[test]
    fn fresh_ids_skip_used_ones_and_candidates_put_exact_match_first() {
        let mut m = small();
        m.parties
            .push(Party::new("partij-1", "X", PartyKind::Overig));
        assert_eq!(fresh_id(&m, "partij"), "partij-2");
        let c = candidates(&m, &[NodeKind::Party], "gouda", 8);
        assert_eq!(c[0].0, "gem-gouda");
        let c = candidates(&m, &[NodeKind::Party, NodeKind::Person], "", 4);
        assert_eq!(c.len(), 4);
    }
}
