//! The project file keeps everything: `load(save(map)) == map` for arbitrary maps, including
//! free attributes, awkward text and the user's layout.

use netwerkkaart::model::*;
use netwerkkaart::project;
use proptest::collection::vec;
use proptest::prelude::*;
use std::collections::BTreeMap;

fn text() -> impl Strategy<Value = String> {
    // Any Unicode, including quotes, newlines, `|` and `;`, which a naive writer would mangle.
    prop_oneof![".{0,12}", "[a-z0-9;|\"\n é-]{0,10}"]
}

fn set<T: Vocab>() -> impl Strategy<Value = Set<T>> {
    vec(0..T::ALL.len(), 0..4).prop_map(|ix| ix.into_iter().map(|i| T::ALL[i]).collect())
}

fn pick<T: Vocab + std::fmt::Debug>() -> impl Strategy<Value = T> {
    (0..T::ALL.len()).prop_map(|i| T::ALL[i])
}

fn number() -> impl Strategy<Value = Option<f64>> {
    proptest::option::of(prop_oneof![0.0..1e6f64, Just(1.5), Just(0.1 + 0.2)])
}

fn attributes() -> impl Strategy<Value = Attributes> {
    vec((text(), text()), 0..3)
}

fn party() -> impl Strategy<Value = Party> {
    (
        text(),
        text(),
        pick::<PartyKind>(),
        vec(text(), 0..3),
        proptest::option::of(text()),
        text(),
        attributes(),
    )
        .prop_map(
            |(id, name, kind, werkgebied, parent, interests, attributes)| Party {
                id,
                name,
                kind,
                werkgebied,
                parent,
                interests,
                takes: String::new(),
                gives: "brengt".into(),
                attributes,
            },
        )
}

fn person() -> impl Strategy<Value = Person> {
    (
        text(),
        text(),
        text(),
        proptest::option::of(pick::<Layer>()),
        set::<NetworkRole>(),
        number(),
        attributes(),
    )
        .prop_map(
            |(id, name, party, layer, network_roles, hours_per_month, attributes)| Person {
                id,
                name,
                party,
                function: "functie".into(),
                layer,
                network_roles,
                hours_per_month,
                attributes,
            },
        )
}

fn table() -> impl Strategy<Value = Table> {
    (
        (
            text(),
            text(),
            pick::<TableKind>(),
            set::<Domain>(),
            set::<Layer>(),
        ),
        (
            number(),
            number(),
            proptest::option::of(pick::<Decision>()),
            vec(text(), 0..2),
            vec(text(), 0..2),
        ),
        attributes(),
    )
        .prop_map(
            |(
                (id, name, kind, domains, layers),
                (frequency, duration_hours, decision, werkgebied, reports_to),
                attributes,
            )| Table {
                id,
                name,
                kind,
                domains,
                layers,
                frequency,
                duration_hours,
                decision,
                werkgebied,
                reports_to,
                attributes,
            },
        )
}

fn membership() -> impl Strategy<Value = Membership> {
    (
        text(),
        text(),
        proptest::option::of(text()),
        pick::<Role>(),
        attributes(),
    )
        .prop_map(|(table, party, person, role, attributes)| Membership {
            table,
            party,
            person,
            role,
            attributes,
        })
}

fn relation() -> impl Strategy<Value = Relation> {
    (
        text(),
        text(),
        text(),
        set::<Domain>(),
        set::<Layer>(),
        proptest::option::of(pick::<Quality>()),
        text(),
    )
        .prop_map(
            |(from, to, kind, domains, layers, quality, note)| Relation {
                from,
                to,
                kind,
                domains,
                layers,
                quality,
                note,
                attributes: vec![],
            },
        )
}

fn arrangement() -> impl Strategy<Value = Arrangement> {
    vec((text(), -1e5f32..1e5, -1e5f32..1e5), 0..4).prop_map(|pts| {
        let mut layout = BTreeMap::new();
        for (id, x, y) in pts {
            layout.insert(id, Pos { x, y });
        }
        let mut a = Arrangement::default();
        a.positions.insert("vrij".into(), layout);
        a.views.insert(
            "filters".into(),
            serde_json::json!({"domein": ["casus"], "namen": false}),
        );
        a
    })
}

fn map() -> impl Strategy<Value = Map> {
    (
        text(),
        vec(party(), 0..5),
        vec(person(), 0..5),
        vec(table(), 0..5),
        vec(membership(), 0..6),
        vec(relation(), 0..4),
        arrangement(),
    )
        .prop_map(
            |(title, parties, persons, tables, memberships, relations, arrangement)| Map {
                title,
                parties,
                persons,
                tables,
                memberships,
                relations,
                arrangement,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn load_of_save_is_identity(m in map()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kaart.netwerkkaart");
        project::save(&m, &path).unwrap();
        let back = project::load(&path).unwrap();
        prop_assert_eq!(back, m);
    }
}

#[test]
fn saving_over_an_existing_file_replaces_it_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kaart.netwerkkaart");
    let mut m = Map {
        title: "eerste versie met een lange titel".repeat(50),
        ..Map::default()
    };
    project::save(&m, &path).unwrap();
    m.title = "kort".into();
    project::save(&m, &path).unwrap();
    assert_eq!(project::load(&path).unwrap().title, "kort");
}

#[test]
fn a_file_cut_at_any_point_is_refused_not_misread() {
    let m = Map {
        title: "x".into(),
        ..Map::default()
    };
    let full = project::to_json(&m);
    let p = std::path::Path::new("k.netwerkkaart");
    for cut in 1..full.trim_end().len() {
        assert!(
            project::from_json(&full[..cut], p).is_err(),
            "cut at {cut} was accepted"
        );
    }
}
