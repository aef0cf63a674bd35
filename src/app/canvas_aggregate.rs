//! Opening the nodes of the aggregated network: a domain × layer cell of tables, or a group of
//! parties (one kind, or one werkgebied). A click on one narrows the filter to what it stands
//! for and shows it in full; "terug naar overzicht" restores the filter from before.

use crate::i18n::Lang;
use crate::i18n::canvas as tx;
use crate::i18n::vocab::Label as _;
use crate::model::{Domain, Layer, PartyKind, Set, Vocab};
use crate::scene::{Collapse, Filter, SceneNode};

/// What an aggregated node stands for, read from its id (`cel:{domain}:{layer}`,
/// `groep:{kind or werkgebied}`, `groep:` for the parties without a werkgebied).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Aggregate {
    Cell(Domain, Layer),
    Kind(PartyKind),
    Werkgebied(String),
    /// The parties without a werkgebied.
    Region,
    /// The whole network (a finding selected in a summarised view shows its subjects).
    Everything,
}

/// What the aggregated node `id` stands for, in a scene collapsed `by`; `None` for an ordinary
/// node.
pub(super) fn parse(id: &str, by: Option<Collapse>) -> Option<Aggregate> {
    if let Some(cell) = id.strip_prefix("cel:") {
        let (d, l) = cell.split_once(':')?;
        return Some(Aggregate::Cell(Domain::parse(d)?, Layer::parse(l)?));
    }
    let group = id.strip_prefix("groep:")?;
    match by? {
        Collapse::PartyKind => PartyKind::parse(group).map(Aggregate::Kind),
        Collapse::Werkgebied if group.is_empty() => Some(Aggregate::Region),
        Collapse::Werkgebied => Some(Aggregate::Werkgebied(group.to_string())),
    }
}

/// The filter that shows `what` in full: `base` narrowed to it, not collapsed.
pub(super) fn opened(base: &Filter, what: &Aggregate) -> Filter {
    let mut f = Filter {
        collapse: None,
        focus: None,
        ..base.clone()
    };
    match what {
        Aggregate::Cell(d, l) => {
            f.domains = Set::one(*d);
            f.layers = Set::one(*l);
        }
        Aggregate::Kind(k) => f.party_kinds = vec![*k],
        Aggregate::Werkgebied(w) => f.werkgebied = Some(w.clone()),
        Aggregate::Region | Aggregate::Everything => {}
    }
    f
}

/// What an opened aggregate is called in the toolbar ("casus × operationeel", "Zorgaanbieder").
pub(super) fn title(what: &Aggregate, name_of: impl Fn(&str) -> String, lang: Lang) -> String {
    match what {
        Aggregate::Cell(d, l) => cell_name(*d, *l, lang),
        Aggregate::Kind(k) => k.label_in(lang).to_string(),
        Aggregate::Werkgebied(w) => name_of(w),
        Aggregate::Region => crate::i18n::report::GROUP_REGION.get_in(lang).to_string(),
        Aggregate::Everything => tx::EVERYTHING.get_in(lang).to_string(),
    }
}

fn cell_name(d: Domain, l: Layer, lang: Lang) -> String {
    tx::CELL.fill_in(
        lang,
        &[
            ("domain", &d.label_in(lang).to_lowercase()),
            ("layer", &l.label_in(lang).to_lowercase()),
        ],
    )
}

/// The tooltip lines of an aggregated node: what it stands for, and that a click opens it.
pub(super) fn tooltip(
    n: &SceneNode,
    what: &Aggregate,
    name_of: impl Fn(&str) -> String,
    lang: Lang,
) -> [String; 2] {
    let first = match what {
        Aggregate::Cell(d, l) => tx::CELL_TIP.fill_in(
            lang,
            &[
                ("count", &n.label),
                ("domain", &d.label_in(lang).to_lowercase()),
                ("layer", &l.label_in(lang).to_lowercase()),
            ],
        ),
        Aggregate::Kind(k) => format!(
            "{} — {}",
            n.label,
            tx::GROUP_KIND_TIP.fill_in(lang, &[("name", &k.label_in(lang).to_lowercase())])
        ),
        Aggregate::Werkgebied(w) => format!(
            "{} — {}",
            n.label,
            tx::GROUP_AREA_TIP.fill_in(lang, &[("name", &name_of(w))])
        ),
        Aggregate::Region | Aggregate::Everything => {
            format!("{} — {}", n.label, tx::GROUP_REGION_TIP.get_in(lang))
        }
    };
    [first, tx::CLICK_TO_OPEN.get_in(lang).to_string()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_of_aggregated_nodes_say_what_they_stand_for() {
        assert_eq!(
            parse("cel:institutioneel:tactisch", Some(Collapse::PartyKind)),
            Some(Aggregate::Cell(Domain::Institutioneel, Layer::Tactisch))
        );
        assert_eq!(
            parse("groep:zorgaanbieder", Some(Collapse::PartyKind)),
            Some(Aggregate::Kind(PartyKind::Zorgaanbieder))
        );
        assert_eq!(
            parse("groep:gem_gouda", Some(Collapse::Werkgebied)),
            Some(Aggregate::Werkgebied("gem_gouda".into()))
        );
        assert_eq!(
            parse("groep:", Some(Collapse::Werkgebied)),
            Some(Aggregate::Region)
        );
        // An ordinary party or table, and a group id in a scene that is not collapsed.
        assert_eq!(parse("gem_gouda", Some(Collapse::PartyKind)), None);
        assert_eq!(parse("groep:zorgaanbieder", None), None);
        assert_eq!(parse("cel:casus", None), None);
    }

    #[test]
    fn opening_a_cell_or_a_group_narrows_the_filter_and_expands_it() {
        let base = Filter {
            collapse: Some(Collapse::PartyKind),
            werkgebied: Some("gem_a".into()),
            ..Filter::default()
        };
        let cell = opened(&base, &Aggregate::Cell(Domain::Casus, Layer::Operationeel));
        assert_eq!(cell.collapse, None);
        assert_eq!(cell.domains, Set::one(Domain::Casus));
        assert_eq!(cell.layers, Set::one(Layer::Operationeel));
        // What was filtered before stays filtered.
        assert_eq!(cell.werkgebied.as_deref(), Some("gem_a"));
        assert_eq!(cell.party_kinds, PartyKind::ALL.to_vec());
        let kind = opened(&base, &Aggregate::Kind(PartyKind::Welzijn));
        assert_eq!(kind.party_kinds, vec![PartyKind::Welzijn]);
        assert_eq!(kind.domains, Set::all());
        assert_eq!(kind.collapse, None);
        let area = opened(&Filter::default(), &Aggregate::Werkgebied("gem_b".into()));
        assert_eq!(area.werkgebied.as_deref(), Some("gem_b"));
    }
}
