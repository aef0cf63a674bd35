//! Validation as you type: the problems a pending cell value would bring, with the same rules
//! ([`crate::model::ProblemKind`]) and the same Dutch messages as the importer.
//!
//! Running [`crate::model::validate`] on a copy of a large map for every keystroke would cost
//! tens of milliseconds, so this checks only the field being edited, against the id index of
//! the map as it is. A unit test holds it to the whole-map rules.

use super::columns::{Col, Editor, Tab};
use crate::edit::Row;
use crate::i18n::Lang;
use crate::i18n::import as itxt;
use crate::import::convert_problem;
use crate::model::{
    EntityKind, EntityRef, Field, Index, Map, NodeKind, PartyKind, Problem, ProblemKind, suggest,
};

/// The problems `row` (the pending version of row `i` of `tab`) has in column `col`.
pub fn check_cell(
    map: &Map,
    index: &Index,
    tab: Tab,
    i: usize,
    row: &Row,
    col: Col,
) -> Vec<Problem> {
    let at = EntityRef::new(tab.entity(), i);
    let mut out = Vec::new();
    let Some(field) = col.field() else {
        return out;
    };
    let mut push = |kind: ProblemKind| {
        out.push(Problem {
            entity: at,
            field,
            kind,
        })
    };
    let own_id = own_id(row);
    match col.editor() {
        Editor::Text { required } => {
            let value = super::columns::edit_text(row, col);
            if required && value.trim().is_empty() {
                push(ProblemKind::Empty);
            } else if col == Col::Id {
                // The row's own old id is free for it to keep.
                let old = old_id(map, tab, i);
                if let Some((kind, first)) = index.get(&value)
                    && Some(value.as_str()) != old.as_deref()
                {
                    push(ProblemKind::DuplicateId {
                        id: value.clone(),
                        first: EntityRef::new(entity_of(kind), first),
                    });
                }
            }
        }
        Editor::Ref { kinds, optional } => {
            let value = super::columns::edit_text(row, col);
            if value.trim().is_empty() {
                if !optional {
                    push(ProblemKind::Empty);
                }
            } else if col == Col::Parent && Some(value.as_str()) == own_id {
                push(ProblemKind::SelfReference { id: value });
            } else if let Some(p) = reference(map, index, &value, kinds) {
                push(p);
            }
        }
        Editor::RefList {
            kinds,
            gemeente_only,
        } => {
            for id in super::columns::edit_text(row, col)
                .split('|')
                .map(str::trim)
                .filter(|s| !s.is_empty())
            {
                if col == Col::ReportsTo && Some(id) == own_id {
                    push(ProblemKind::SelfReference { id: id.to_string() });
                    continue;
                }
                match index.party(id).and_then(|p| map.parties.get(p)) {
                    Some(p) if gemeente_only && p.kind != PartyKind::Gemeente => {
                        push(ProblemKind::NotAMunicipality {
                            id: id.to_string(),
                            kind: p.kind,
                        })
                    }
                    _ if gemeente_only => {
                        if index.party(id).is_none() {
                            push(ProblemKind::UnknownId {
                                id: id.to_string(),
                                expected: NodeKind::Party,
                                actual: index.get(id).map(|(k, _)| k),
                                suggestion: suggest(
                                    id,
                                    map.municipalities().map(|p| p.id.as_str()),
                                )
                                .map(str::to_string),
                            });
                        }
                    }
                    _ => {
                        if let Some(p) = reference(map, index, id, kinds) {
                            push(p);
                        }
                    }
                }
            }
        }
        Editor::Choices => {
            // A table needs at least one domain and one layer; a relationship does not.
            if tab == Tab::Tafels && super::columns::edit_text(row, col).is_empty() {
                push(ProblemKind::Empty);
            }
        }
        Editor::Choice => {
            // A gemeente named as someone's werkgebied must stay a gemeente.
            if let Row::Party(p) = row
                && p.kind != PartyKind::Gemeente
                && let Some(old) = map.parties.get(i)
                && old.kind == PartyKind::Gemeente
                && used_as_werkgebied(map, &old.id)
            {
                push(ProblemKind::NotAMunicipality {
                    id: old.id.clone(),
                    kind: p.kind,
                });
            }
        }
        Editor::Number => {}
    }
    out
}

/// A reference problem for `id`, which must name one of `kinds`.
fn reference(map: &Map, index: &Index, id: &str, kinds: &[NodeKind]) -> Option<ProblemKind> {
    let actual = index.get(id).map(|(k, _)| k);
    if actual.is_some_and(|k| kinds.contains(&k)) {
        return None;
    }
    let mut pool: Vec<&str> = Vec::new();
    for k in kinds {
        match k {
            NodeKind::Party => pool.extend(map.parties.iter().map(|p| p.id.as_str())),
            NodeKind::Person => pool.extend(map.persons.iter().map(|p| p.id.as_str())),
            NodeKind::Table => pool.extend(map.tables.iter().map(|t| t.id.as_str())),
        }
    }
    // `suggest` breaks ties by the smaller id, as the importer's sorted pool does.
    Some(ProblemKind::UnknownId {
        id: id.to_string(),
        expected: kinds.first().copied().unwrap_or(NodeKind::Party),
        actual,
        suggestion: suggest(id, pool).map(str::to_string),
    })
}

fn used_as_werkgebied(map: &Map, id: &str) -> bool {
    map.parties
        .iter()
        .any(|p| p.werkgebied.iter().any(|w| w == id))
        || map
            .tables
            .iter()
            .any(|t| t.werkgebied.iter().any(|w| w == id))
}

fn own_id(row: &Row) -> Option<&str> {
    match row {
        Row::Party(p) => Some(&p.id),
        Row::Person(p) => Some(&p.id),
        Row::Table(t) => Some(&t.id),
        _ => None,
    }
}

fn old_id(map: &Map, tab: Tab, i: usize) -> Option<String> {
    match tab {
        Tab::Partijen => map.parties.get(i).map(|p| p.id.clone()),
        Tab::Personen => map.persons.get(i).map(|p| p.id.clone()),
        Tab::Tafels => map.tables.get(i).map(|t| t.id.clone()),
        _ => None,
    }
}

fn entity_of(kind: NodeKind) -> EntityKind {
    match kind {
        NodeKind::Party => EntityKind::Party,
        NodeKind::Person => EntityKind::Person,
        NodeKind::Table => EntityKind::Table,
    }
}

/// The importer's message for a problem, with its suggestion ("— bedoelde u 'gem-gouda'?").
/// A duplicate id names the row that has it first, by list and name.
pub fn message(map: &Map, p: &Problem, lang: Lang) -> String {
    let (kind, suggestion) = convert_problem(p, |first| {
        let tab = super::columns::Tab::of_entity(first.kind);
        let name = super::columns::row_of(map, tab, first.index)
            .map(|r| super::columns::edit_text(&r, Col::Name))
            .unwrap_or_default();
        (format!("{}: {name}", tab.text().get_in(lang)), None, None)
    });
    let mut s = kind.message("", None, lang);
    if let Some(sugg) = suggestion {
        s.push_str(&itxt::DID_YOU_MEAN.fill_in(lang, &[("s", &sugg)]));
    }
    s
}

/// The field a problem is about, for marking its cell.
pub fn problem_col(p: &Problem) -> Option<Col> {
    let tab = Tab::of_entity(p.entity.kind);
    match p.field {
        // The warnings about a whole row are filed under its id; they mark the row only.
        Field::Id if !p.is_error() => None,
        f => Col::of_field(tab, f),
    }
}

#[cfg(test)]
mod tests {
    use super::super::columns::{row_of, set_from_text};
    use super::*;
    use crate::model::validate;

    fn example() -> Map {
        crate::import::load_map(
            &std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/voorbeeld"),
        )
        .expect("example imports")
        .map
    }

    /// The problems whole-map validation finds at (tab, i, col) after the change.
    fn full(map: &Map, tab: Tab, i: usize, row: &Row, col: Col) -> Vec<ProblemKind> {
        let mut m = map.clone();
        match row.clone() {
            Row::Party(x) => m.parties[i] = x,
            Row::Person(x) => m.persons[i] = x,
            Row::Table(x) => m.tables[i] = x,
            Row::Membership(x) => m.memberships[i] = x,
            Row::Relation(x) => m.relations[i] = x,
        }
        validate(&m)
            .into_iter()
            .filter(|p| {
                p.is_error()
                    && p.entity == EntityRef::new(tab.entity(), i)
                    && Some(p.field) == col.field()
            })
            .map(|p| p.kind)
            .collect()
    }

    #[test]
    fn pending_values_get_the_same_problems_as_whole_map_validation() {
        let map = example();
        let index = map.index();
        let gem = map.municipalities().next().unwrap().id.clone();
        let typo: String = gem.chars().take(gem.chars().count() - 1).collect();
        let other_party = map.parties[1].id.clone();
        let corp = map
            .parties
            .iter()
            .find(|p| p.kind == PartyKind::Woningcorporatie)
            .unwrap()
            .id
            .clone();
        let first_party = map.parties[0].id.clone();
        let cases: Vec<(Tab, usize, Col, String)> = vec![
            (Tab::Personen, 0, Col::Party, typo.clone()),
            (Tab::Personen, 0, Col::Party, gem.clone()),
            (Tab::Personen, 0, Col::Party, String::new()),
            (Tab::Personen, 0, Col::Name, "  ".into()),
            // Whole-map validation files a duplicate under the later row.
            (Tab::Partijen, 1, Col::Id, first_party.clone()),
            (Tab::Partijen, 1, Col::Id, other_party.clone()),
            (Tab::Partijen, 0, Col::Id, String::new()),
            (Tab::Partijen, 0, Col::Parent, first_party.clone()),
            (Tab::Partijen, 0, Col::Werkgebied, format!("{gem}|{corp}")),
            (Tab::Partijen, 0, Col::Werkgebied, typo.clone()),
            (Tab::Tafels, 0, Col::ReportsTo, map.tables[0].id.clone()),
            (Tab::Tafels, 0, Col::ReportsTo, "nergens".into()),
            (Tab::Deelnames, 0, Col::Table, "t-xyz".into()),
            (Tab::Deelnames, 0, Col::Person, first_party.clone()),
            (Tab::Relaties, 0, Col::To, typo.clone()),
            (Tab::Relaties, 0, Col::From, map.persons[0].id.clone()),
        ];
        for (tab, i, col, value) in cases {
            let mut row = row_of(&map, tab, i).unwrap();
            set_from_text(&mut row, col, &value).unwrap();
            let ours: Vec<ProblemKind> = check_cell(&map, &index, tab, i, &row, col)
                .into_iter()
                .map(|p| p.kind)
                .collect();
            assert_eq!(
                ours,
                full(&map, tab, i, &row, col),
                "{tab:?} {i} {col:?} = {value:?}"
            );
        }
    }

    #[test]
    fn a_dangling_party_says_so_in_dutch_with_a_suggestion() {
        let lang = crate::i18n::Lang::Nl;
        let map = example();
        let index = map.index();
        let gem = map.municipalities().next().unwrap().id.clone();
        let typo: String = gem.chars().take(gem.chars().count() - 1).collect();
        let mut row = row_of(&map, Tab::Personen, 0).unwrap();
        set_from_text(&mut row, Col::Party, &typo).unwrap();
        let problems = check_cell(&map, &index, Tab::Personen, 0, &row, Col::Party);
        assert_eq!(problems.len(), 1);
        let msg = message(&map, &problems[0], lang);
        assert_eq!(
            msg,
            format!("partij '{typo}' bestaat niet — bedoelde u '{gem}'?")
        );
        // A duplicate id names where it is used first.
        let mut row = row_of(&map, Tab::Partijen, 1).unwrap();
        set_from_text(&mut row, Col::Id, &map.parties[0].id).unwrap();
        let problems = check_cell(&map, &index, Tab::Partijen, 1, &row, Col::Id);
        let msg = message(&map, &problems[0], lang);
        assert!(msg.contains("komt al voor (Partijen: "), "{msg}");
    }
}
