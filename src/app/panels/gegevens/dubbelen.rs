//! Near-duplicate parties in the Gegevens view: the banner "3 mogelijke dubbele partijen" with,
//! per group, the party to keep, "Samenvoegen" (one undoable [`Edit::MergeParties`]) and
//! "Negeren". Ignored groups are kept in the map's view state, so they stay ignored after
//! saving and reopening.

use super::super::super::Command;
use crate::edit::Edit;
use crate::i18n::Lang;
use crate::i18n::gegevens as txt;
use crate::import::NearDuplicate;
use crate::model::Map;
use std::collections::HashMap;

/// The key in `map.arrangement.views` under which ignored groups are stored, as a list of
/// sorted id lists.
pub const IGNORED_KEY: &str = "genegeerde_dubbelen";

/// The groups the user chose to ignore (unreadable state counts as none: it is only a hint).
pub fn ignored(map: &Map) -> Vec<Vec<String>> {
    map.arrangement
        .views
        .get(IGNORED_KEY)
        .and_then(|v| serde_json::from_value::<Vec<Vec<String>>>(v.clone()).ok())
        .unwrap_or_default()
}

/// The ids of a group, sorted: the same group whatever party is suggested to keep.
pub fn group_ids(d: &NearDuplicate) -> Vec<String> {
    let mut ids: Vec<String> = std::iter::once(d.keep.clone())
        .chain(d.merge.iter().cloned())
        .collect();
    ids.sort();
    ids
}

/// The groups still to decide on: those not inside an ignored group. (A group that grew a new
/// member since it was ignored is shown again: that is news.)
pub fn open_groups(map: &Map, groups: Vec<NearDuplicate>) -> Vec<NearDuplicate> {
    let ignored = ignored(map);
    groups
        .into_iter()
        .filter(|d| {
            let ids = group_ids(d);
            !ignored
                .iter()
                .any(|ig| ids.iter().all(|id| ig.contains(id)))
        })
        .collect()
}

/// The edit that adds `d` to the ignored groups.
pub fn ignore_edit(map: &Map, d: &NearDuplicate) -> Edit {
    let mut all = ignored(map);
    all.push(group_ids(d));
    Edit::SetView {
        key: IGNORED_KEY.to_string(),
        value: serde_json::to_value(all).ok(),
    }
}

/// The edit that merges the group into `keep` (one of its ids).
pub fn merge_edit(d: &NearDuplicate, keep: &str) -> Edit {
    Edit::MergeParties {
        keep: keep.to_string(),
        merge: group_ids(d).into_iter().filter(|id| id != keep).collect(),
    }
}

/// The banner. `keep` remembers, per group, which party the user chose to keep.
pub fn banner_ui(
    ui: &mut egui::Ui,
    map: &Map,
    groups: &[NearDuplicate],
    keep: &mut HashMap<String, String>,
    cmds: &mut Vec<Command>,
    lang: Lang,
) {
    if groups.is_empty() {
        return;
    }
    let title = if groups.len() == 1 {
        txt::DUPLICATES_ONE.get_in(lang).to_string()
    } else {
        txt::DUPLICATES_MANY.fill_in(lang, &[("n", &groups.len())])
    };
    egui::Frame::new()
        .fill(crate::app::paint::color(crate::style::WARNING_FILL))
        .stroke(egui::Stroke::new(
            1.0,
            crate::app::paint::color(crate::style::WARNING_EDGE),
        ))
        .corner_radius(4.0)
        .inner_margin(8.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            egui::CollapsingHeader::new(egui::RichText::new(format!("! {title}")).strong())
                .id_salt("gegevens_duplicates")
                .default_open(true)
                .show(ui, |ui| {
                    ui.weak(txt::DUPLICATES_HINT.get_in(lang));
                    egui::ScrollArea::vertical()
                        .id_salt("gegevens_duplicates_scroll")
                        .max_height(180.0)
                        .show(ui, |ui| {
                            for d in groups {
                                group_ui(ui, map, d, keep, cmds, lang);
                            }
                        });
                });
        });
}

fn group_ui(
    ui: &mut egui::Ui,
    map: &Map,
    d: &NearDuplicate,
    keep: &mut HashMap<String, String>,
    cmds: &mut Vec<Command>,
    lang: Lang,
) {
    let key = group_ids(d).join("|");
    let chosen = keep.entry(key.clone()).or_insert_with(|| d.keep.clone());
    let label = |id: &str| format!("{} ({id})", map.name_of(id));
    ui.horizontal_wrapped(|ui| {
        ui.label(d.labels().join("  ·  "));
        ui.add_space(12.0);
        ui.label(txt::KEEP.get_in(lang));
        egui::ComboBox::from_id_salt(("keep", &key))
            .selected_text(label(chosen))
            .show_ui(ui, |ui| {
                for id in std::iter::once(&d.keep).chain(&d.merge) {
                    ui.selectable_value(chosen, id.clone(), label(id));
                }
            });
        if ui.button(txt::MERGE.get_in(lang)).clicked() {
            cmds.push(Command::Edit(merge_edit(d, chosen)));
        }
        if ui.button(txt::IGNORE.get_in(lang)).clicked() {
            cmds.push(Command::Edit(ignore_edit(map, d)));
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::History;
    use crate::model::{Membership, Party, PartyKind, Role};

    fn gouda() -> Map {
        let mut m = Map::default();
        m.parties.push(Party::new(
            "gem-gouda",
            "Gemeente Gouda",
            PartyKind::Gemeente,
        ));
        m.parties
            .push(Party::new("gem-gouda-2", "Gem. Gouda", PartyKind::Gemeente));
        m.parties.push(Party::new(
            "corp",
            "Wonen Gouda",
            PartyKind::Woningcorporatie,
        ));
        m.memberships.push(Membership {
            table: "t".into(),
            party: "gem-gouda-2".into(),
            person: None,
            role: Role::Lid,
            attributes: vec![],
        });
        m
    }

    #[test]
    fn ignoring_a_group_hides_it_and_survives_a_save() {
        let mut map = gouda();
        let groups = crate::import::near_duplicates(&map);
        assert_eq!(groups.len(), 1);
        assert_eq!(open_groups(&map, groups.clone()).len(), 1);
        let mut h = History::new();
        let edit = ignore_edit(&map, &groups[0]);
        h.apply(&mut map, &edit).unwrap();
        assert!(open_groups(&map, groups.clone()).is_empty());
        let json = serde_json::to_string(&map).unwrap();
        let back: Map = serde_json::from_str(&json).unwrap();
        assert!(open_groups(&back, groups.clone()).is_empty());
        h.undo(&mut map);
        assert_eq!(open_groups(&map, groups).len(), 1);
    }

    #[test]
    fn merging_keeps_the_chosen_party() {
        let mut map = gouda();
        let groups = crate::import::near_duplicates(&map);
        let edit = merge_edit(&groups[0], "gem-gouda");
        assert_eq!(
            edit,
            Edit::MergeParties {
                keep: "gem-gouda".into(),
                merge: vec!["gem-gouda-2".into()]
            }
        );
        History::new().apply(&mut map, &edit).unwrap();
        assert!(map.party("gem-gouda-2").is_none());
        assert_eq!(map.memberships[0].party, "gem-gouda");
    }
}
