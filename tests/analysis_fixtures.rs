//! Fixture maps for the analysis tests, built in code (no importer), shared by the
//! `tests/analysis*.rs` files through `#[path]`. Each fixture documents its shape; the expected
//! findings are worked out by hand in the tests that use it.
#![allow(dead_code)]

use netwerkkaart::model::{
    Domain, Layer, Map, Membership, NetworkRole, Party, PartyKind, Person, Relation, Role, Set,
    Table, TableKind, Vocab,
};

fn set<T: Vocab>(cell: &str) -> Set<T> {
    cell.split('|')
        .filter(|s| !s.is_empty())
        .map(|s| T::parse(s).expect("vocab value"))
        .collect()
}

fn ids(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

/// A small map builder: one call per row.
#[derive(Default)]
pub struct B {
    pub map: Map,
}

impl B {
    pub fn new() -> Self {
        B::default()
    }

    pub fn party(mut self, id: &str, kind: &str, werkgebied: &[&str]) -> Self {
        self.map.parties.push(Party {
            id: id.into(),
            name: format!("Naam {id}"),
            kind: PartyKind::parse(kind).expect("party kind"),
            werkgebied: ids(werkgebied),
            parent: None,
            interests: String::new(),
            takes: String::new(),
            gives: String::new(),
            attributes: Vec::new(),
        });
        self
    }

    pub fn named(mut self, id: &str, name: &str) -> Self {
        if let Some(p) = self.map.parties.iter_mut().find(|p| p.id == id) {
            p.name = name.into();
        } else if let Some(p) = self.map.persons.iter_mut().find(|p| p.id == id) {
            p.name = name.into();
        } else if let Some(t) = self.map.tables.iter_mut().find(|t| t.id == id) {
            t.name = name.into();
        }
        self
    }

    /// A person; `layer` and `roles` as in the CSV (`""` for none).
    pub fn person(
        mut self,
        id: &str,
        party: &str,
        layer: &str,
        roles: &str,
        hours: Option<f64>,
    ) -> Self {
        self.map.persons.push(Person {
            id: id.into(),
            name: format!("Naam {id}"),
            party: party.into(),
            function: String::new(),
            layer: if layer.is_empty() {
                None
            } else {
                Some(Layer::parse(layer).expect("layer"))
            },
            network_roles: set::<NetworkRole>(roles),
            hours_per_month: hours,
            attributes: Vec::new(),
        });
        self
    }

    /// A table; `domains` and `layers` as `|`-separated cells.
    pub fn table(
        mut self,
        id: &str,
        domains: &str,
        layers: &str,
        werkgebied: &[&str],
        reports_to: &[&str],
    ) -> Self {
        self.map.tables.push(Table {
            id: id.into(),
            name: format!("Naam {id}"),
            kind: TableKind::Tafel,
            domains: set::<Domain>(domains),
            layers: set::<Layer>(layers),
            frequency: None,
            duration_hours: None,
            decision: None,
            werkgebied: ids(werkgebied),
            reports_to: ids(reports_to),
            attributes: Vec::new(),
        });
        self
    }

    /// Sets frequency a year and duration in hours of the last table.
    pub fn meets(mut self, frequency: f64, duration: f64) -> Self {
        if let Some(t) = self.map.tables.last_mut() {
            t.frequency = Some(frequency);
            t.duration_hours = Some(duration);
        }
        self
    }

    /// Seats for parties without a named person.
    pub fn seats(mut self, table: &str, parties: &[&str]) -> Self {
        for p in parties {
            self.map.memberships.push(Membership {
                table: table.into(),
                party: p.to_string(),
                person: None,
                role: Role::Lid,
                attributes: Vec::new(),
            });
        }
        self
    }

    /// Seats for named persons, each representing their own party.
    pub fn people(mut self, table: &str, persons: &[&str]) -> Self {
        for x in persons {
            let party = self
                .map
                .persons
                .iter()
                .find(|p| p.id == *x)
                .map(|p| p.party.clone())
                .expect("person defined before seating");
            self.map.memberships.push(Membership {
                table: table.into(),
                party,
                person: Some(x.to_string()),
                role: Role::Lid,
                attributes: Vec::new(),
            });
        }
        self
    }

    pub fn rel(mut self, from: &str, to: &str, domains: &str) -> Self {
        self.map.relations.push(Relation {
            from: from.into(),
            to: to.into(),
            kind: String::new(),
            domains: set::<Domain>(domains),
            layers: Set::empty(),
            quality: None,
            note: String::new(),
            attributes: Vec::new(),
        });
        self
    }

    pub fn build(self) -> Map {
        self.map
    }
}

/// The Gouda case: two municipalities. In Gouda the corporation (Woonstede, active in Gouda only)
/// and the care provider (Kwintes, region-wide) each meet the municipality at their own tables,
/// never each other. In Waddinxveen the triangle is closed at a Doe-tafel and a bestuurlijk
/// overleg. No leefomgeving tables. No persons, no relationships, no meeting times.
///
/// ```text
/// t-bo-gouda    institutioneel/strategisch  [gem-gouda]  gem-gouda, corp-woon
/// t-inkoop      institutioneel/tactisch     [gem-gouda]  gem-gouda, zorg-kwin
/// t-wijk        casus/operationeel          [gem-gouda]  gem-gouda, zorg-kwin, welzijn-kw  → t-inkoop
/// t-woonurg     casus/operationeel          [gem-gouda]  gem-gouda, corp-woon              → t-bo-gouda
/// t-casus-wadd  casus/operationeel          [gem-wadd]   gem-wadd, corp-moz, zorg-kwin     → t-bo-wadd
/// t-bo-wadd     institutioneel/strategisch  [gem-wadd]   gem-wadd, corp-moz, zorg-kwin
/// ```
pub fn gouda() -> Map {
    B::new()
        .party("gem-gouda", "gemeente", &[])
        .named("gem-gouda", "Gemeente Gouda")
        .party("gem-wadd", "gemeente", &[])
        .named("gem-wadd", "Gemeente Waddinxveen")
        .party("corp-woon", "woningcorporatie", &["gem-gouda"])
        .named("corp-woon", "Woonstede")
        .party("corp-moz", "woningcorporatie", &["gem-wadd"])
        .named("corp-moz", "Mozaïek Wonen")
        .party("zorg-kwin", "zorgaanbieder", &[])
        .named("zorg-kwin", "Kwintes")
        .party("welzijn-kw", "welzijn", &[])
        .table(
            "t-bo-gouda",
            "institutioneel",
            "strategisch",
            &["gem-gouda"],
            &[],
        )
        .table(
            "t-inkoop",
            "institutioneel",
            "tactisch",
            &["gem-gouda"],
            &[],
        )
        .table(
            "t-wijk",
            "casus",
            "operationeel",
            &["gem-gouda"],
            &["t-inkoop"],
        )
        .table(
            "t-woonurg",
            "casus",
            "operationeel",
            &["gem-gouda"],
            &["t-bo-gouda"],
        )
        .table(
            "t-casus-wadd",
            "casus",
            "operationeel",
            &["gem-wadd"],
            &["t-bo-wadd"],
        )
        .table(
            "t-bo-wadd",
            "institutioneel",
            "strategisch",
            &["gem-wadd"],
            &[],
        )
        .seats("t-bo-gouda", &["gem-gouda", "corp-woon"])
        .seats("t-inkoop", &["gem-gouda", "zorg-kwin"])
        .seats("t-wijk", &["gem-gouda", "zorg-kwin", "welzijn-kw"])
        .seats("t-woonurg", &["gem-gouda", "corp-woon"])
        .seats("t-casus-wadd", &["gem-wadd", "corp-moz", "zorg-kwin"])
        .seats("t-bo-wadd", &["gem-wadd", "corp-moz", "zorg-kwin"])
        .build()
}

/// A procesregisseur (p-regie, gemeente, 10 hours a month) at eight tables, each meeting
/// 12 × 2 = 24 hours a year: a bestuurlijk overleg, six casus tables and a buurtkamer.
///
/// ```text
/// t-bo          institutioneel/strategisch  p-wethouder, p-dir-corp, p-dir-zorg, p-regie
/// t-casus-1..6  casus/operationeel          p-regie, p-cons-corp, p-begeleider
/// t-buurtkamer  leefomgeving/operationeel   p-regie, p-welzijn
/// ```
/// p-begeleider has 8 hours a month (96 a year) and sits at six tables (144 hours).
pub fn regisseur() -> Map {
    let mut b = B::new()
        .party("gem", "gemeente", &[])
        .party("corp", "woningcorporatie", &[])
        .party("zorg", "zorgaanbieder", &[])
        .party("welzijn", "welzijn", &[])
        .person("p-regie", "gem", "tactisch", "procesmanager", Some(10.0))
        .named("p-regie", "Procesregisseur Zuidstad")
        .person("p-wethouder", "gem", "strategisch", "", None)
        .person("p-dir-corp", "corp", "strategisch", "", None)
        .person("p-dir-zorg", "zorg", "strategisch", "", None)
        .person("p-cons-corp", "corp", "operationeel", "", None)
        .person("p-begeleider", "zorg", "operationeel", "", Some(8.0))
        .person("p-welzijn", "welzijn", "operationeel", "", None)
        .table("t-bo", "institutioneel", "strategisch", &[], &[])
        .meets(12.0, 2.0)
        .people(
            "t-bo",
            &["p-wethouder", "p-dir-corp", "p-dir-zorg", "p-regie"],
        );
    for i in 1..=6 {
        let id = format!("t-casus-{i}");
        b = b
            .table(&id, "casus", "operationeel", &[], &[])
            .meets(12.0, 2.0)
            .people(&id, &["p-regie", "p-cons-corp", "p-begeleider"]);
    }
    b.table("t-buurtkamer", "leefomgeving", "operationeel", &[], &[])
        .meets(12.0, 2.0)
        .people("t-buurtkamer", &["p-regie", "p-welzijn"])
        .build()
}

/// A healthy map: one municipality, persons with layers and all four network roles held twice,
/// each domain's triangle closed at one table, operational tables reporting to the bestuurlijk
/// overleg.
///
/// ```text
/// t-bo     institutioneel/strategisch  gem-b, corp-b, zorg-b
/// t-casus  casus/operationeel          gem-p, corp-p, zorg-p   → t-bo
/// t-wijk   leefomgeving/operationeel   gem-p, corp-p, zorg-p   → t-bo
/// ```
pub fn healthy() -> B {
    B::new()
        .party("gem", "gemeente", &[])
        .party("corp", "woningcorporatie", &[])
        .party("zorg", "zorgaanbieder", &[])
        .person(
            "gem-b",
            "gem",
            "strategisch",
            "strateeg|verkenner",
            Some(20.0),
        )
        .person(
            "gem-p",
            "gem",
            "operationeel",
            "ontwikkelaar|procesmanager",
            Some(20.0),
        )
        .person("corp-b", "corp", "strategisch", "strateeg|verkenner", None)
        .person(
            "corp-p",
            "corp",
            "operationeel",
            "ontwikkelaar|procesmanager",
            None,
        )
        .person("zorg-b", "zorg", "strategisch", "", None)
        .person("zorg-p", "zorg", "operationeel", "", None)
        .table("t-bo", "institutioneel", "strategisch", &[], &[])
        .meets(6.0, 2.0)
        .table("t-casus", "casus", "operationeel", &[], &["t-bo"])
        .meets(24.0, 1.5)
        .table("t-wijk", "leefomgeving", "operationeel", &[], &["t-bo"])
        .meets(12.0, 1.0)
        .people("t-bo", &["gem-b", "corp-b", "zorg-b"])
        .people("t-casus", &["gem-p", "corp-p", "zorg-p"])
        .people("t-wijk", &["gem-p", "corp-p", "zorg-p"])
        .rel("gem", "corp", "institutioneel")
}

/// The healthy map plus a loose fragment: a buurtbarbecue of two residents' organisations that
/// sit nowhere else, and a party that is in nothing at all.
pub fn fragment() -> Map {
    healthy()
        .party("p-buurt", "bewoners", &[])
        .party("p-huurders", "bewoners", &[])
        .party("p-los", "overig", &[])
        .table("t-bbq", "leefomgeving", "operationeel", &[], &[])
        .seats("t-bbq", &["p-buurt", "p-huurders"])
        .build()
}

/// Gaps between layers and domains (one municipality, persons with layers):
///
/// ```text
/// t-casus  casus/operationeel      g-op, c-op, z-op (all operationeel persons)
/// t-inst   institutioneel/tactisch g-man (gemeente, tactisch), corp (party seat, no person)
/// ```
/// No strategic table, no leefomgeving table, no reporting lines.
pub fn gaps() -> Map {
    B::new()
        .party("gem", "gemeente", &[])
        .party("corp", "woningcorporatie", &[])
        .party("zorg", "zorgaanbieder", &[])
        .person("g-op", "gem", "operationeel", "", None)
        .person("c-op", "corp", "operationeel", "", None)
        .person("z-op", "zorg", "operationeel", "", None)
        .person("g-man", "gem", "tactisch", "", None)
        .table("t-casus", "casus", "operationeel", &[], &[])
        .table("t-inst", "institutioneel", "tactisch", &[], &[])
        .people("t-casus", &["g-op", "c-op", "z-op"])
        .people("t-inst", &["g-man"])
        .seats("t-inst", &["corp"])
        .build()
}

/// Two tables joined by the municipality: party-level seats only (`with_persons = false`), or
/// the municipality represented by two different persons (`true`).
pub fn two_tables(with_persons: bool) -> Map {
    let b = B::new()
        .party("gem", "gemeente", &[])
        .party("corp", "woningcorporatie", &[])
        .party("zorg", "zorgaanbieder", &[])
        .table("t1", "casus", "operationeel", &[], &[])
        .table("t2", "casus", "operationeel", &[], &[])
        .seats("t1", &["corp"])
        .seats("t2", &["zorg"]);
    if with_persons {
        b.person("g1", "gem", "", "", None)
            .person("g2", "gem", "", "", None)
            .people("t1", &["g1"])
            .people("t2", &["g2"])
            .build()
    } else {
        b.seats("t1", &["gem"]).seats("t2", &["gem"]).build()
    }
}
