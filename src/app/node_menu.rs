//! The context menu of a node on the canvas: seat a party or person at a table ("zet aan
//! tafel…"), connect it to another party or person ("verbind met…"), remove it. Each choice is
//! one [`Edit`], so undo works as everywhere else.
//!
//! A region has dozens of tables and parties, more than a menu can show: both lists have a
//! search box that has the focus at once, so a working group at the projector types three
//! letters and clicks.

use super::Command;
use crate::edit::Edit;
use crate::i18n::Lang;
use crate::i18n::{files as ftxt, ui as txt};
use crate::model::{Map, Membership, RELATION_KINDS, Relation, Role, fold};

/// More matches than this would make a menu nobody can read: type to narrow.
const SHOWN: usize = 25;

/// The menu of node `id` (names from `map`, the map as shown).
pub fn ui(ui: &mut egui::Ui, map: &Map, id: &str, cmds: &mut Vec<Command>, lang: Lang) {
    ui.strong(map.name_of(id));
    ui.separator();
    // Who sits down: a party for itself, or a person for their party.
    let seat = if map.party(id).is_some() {
        Some((id.to_string(), None))
    } else {
        map.person(id)
            .map(|p| (p.party.clone(), Some(p.id.clone())))
    };
    if let Some((party, person)) = seat {
        ui.menu_button(txt::SEAT_AT.get_in(lang), |ui| {
            let tables = map.tables.iter().map(|t| (t.id.as_str(), t.name.as_str()));
            if let Some(table) = pick_ui(ui, "seat", ftxt::SEAT_SEARCH.get_in(lang), tables, lang) {
                cmds.push(Command::Edit(Edit::AddMembership(Membership {
                    table,
                    party,
                    person,
                    role: Role::Lid,
                    attributes: vec![],
                })));
            }
        });
    }
    if map.party(id).is_some() || map.person(id).is_some() {
        ui.menu_button(ftxt::CONNECT_TO.get_in(lang), |ui| {
            connect_ui(ui, map, id, cmds, lang)
        });
    }
    let remove = if map.party(id).is_some() {
        Some(Edit::RemoveParty(id.to_string()))
    } else if map.person(id).is_some() {
        Some(Edit::RemovePerson(id.to_string()))
    } else if map.table(id).is_some() {
        Some(Edit::RemoveTable(id.to_string()))
    } else {
        None
    };
    if let Some(edit) = remove
        && ui.button(txt::REMOVE.get_in(lang)).clicked()
    {
        cmds.push(Command::Edit(edit));
        ui.close();
    }
}

/// The "verbind met…" submenu: the kind of relationship, then whom to connect to.
fn connect_ui(ui: &mut egui::Ui, map: &Map, id: &str, cmds: &mut Vec<Command>, lang: Lang) {
    let kind_id = egui::Id::unique("connect_kind");
    let mut kind: String = ui.data(|d| d.get_temp(kind_id)).unwrap_or_default();
    ui.horizontal(|ui| {
        ui.label(ftxt::CONNECT_KIND.get_in(lang));
        let shown = if kind.is_empty() {
            ftxt::NO_KIND.get_in(lang)
        } else {
            kind.as_str()
        };
        egui::ComboBox::from_id_salt("connect_kind_combo")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut kind, String::new(), ftxt::NO_KIND.get_in(lang));
                for k in RELATION_KINDS {
                    ui.selectable_value(&mut kind, (*k).to_string(), *k);
                }
            });
    });
    let others = map
        .parties
        .iter()
        .map(|p| (p.id.as_str(), p.name.as_str()))
        .chain(map.persons.iter().map(|p| (p.id.as_str(), p.name.as_str())))
        .filter(|(other, _)| *other != id);
    if let Some(to) = pick_ui(
        ui,
        "connect",
        ftxt::CONNECT_SEARCH.get_in(lang),
        others,
        lang,
    ) {
        cmds.push(Command::Edit(Edit::AddRelation(Relation {
            from: id.to_string(),
            to,
            kind: kind.clone(),
            domains: Default::default(),
            layers: Default::default(),
            quality: None,
            note: String::new(),
            attributes: vec![],
        })));
    }
    ui.data_mut(|d| d.insert_temp(kind_id, kind));
}

/// A search box over `(id, name)` items, sorted by name, and the first [`SHOWN`] matches as
/// buttons; the id of the one clicked (the menu then closes). `key` keeps each list's search
/// text apart.
fn pick_ui<'a>(
    ui: &mut egui::Ui,
    key: &str,
    hint: &str,
    items: impl Iterator<Item = (&'a str, &'a str)>,
    lang: Lang,
) -> Option<String> {
    let search_id = egui::Id::unique(("pick_search", key));
    let mut search: String = ui.data(|d| d.get_temp(search_id)).unwrap_or_default();
    let r = ui.add(
        egui::TextEdit::singleline(&mut search)
            .hint_text(hint)
            .desired_width(280.0),
    );
    if !r.has_focus() && search.is_empty() {
        r.request_focus();
    }
    let needle = fold(&search);
    // Fold each name once: the lists can hold thousands of persons, redrawn every frame.
    let mut matches: Vec<(String, &str, &str)> = items
        .map(|(id, name)| (fold(name), id, name))
        .filter(|(folded, id, _)| {
            needle.is_empty() || folded.contains(&needle) || fold(id).contains(&needle)
        })
        .collect();
    matches.sort_unstable();
    let mut picked = None;
    egui::ScrollArea::vertical()
        .max_height(380.0)
        .show(ui, |ui| {
            for (_, id, name) in matches.iter().take(SHOWN) {
                if ui.button(*name).clicked() {
                    picked = Some(id.to_string());
                }
            }
        });
    if matches.len() > SHOWN {
        ui.weak(ftxt::MORE_RESULTS.fill_in(lang, &[("n", &(matches.len() - SHOWN))]));
    }
    if picked.is_some() {
        search.clear();
        ui.close();
    }
    ui.data_mut(|d| d.insert_temp(search_id, search));
    picked
}
