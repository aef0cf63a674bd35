//! The shape of the data format as data: the five files (sheets) with their Dutch names and
//! English aliases, and each file's columns with aliases and whether they are required.
//! Everything is matched through [`fold`], so case, accents and `_`/`-`/space never matter.

use crate::model::fold;

/// One of the five lists of a map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FileKind {
    Parties,
    Tables,
    Memberships,
    Persons,
    Relations,
}

/// A column of a file.
#[derive(Debug, Clone, Copy)]
pub struct ColumnSpec {
    /// The canonical Dutch name (used in messages and as the key in the importer).
    pub key: &'static str,
    pub aliases: &'static [&'static str],
    pub required: bool,
    /// Free text may be long; ids, values and numbers may not.
    pub long_text: bool,
}

const fn col(key: &'static str, aliases: &'static [&'static str], required: bool) -> ColumnSpec {
    ColumnSpec {
        key,
        aliases,
        required,
        long_text: false,
    }
}

const fn text_col(key: &'static str, aliases: &'static [&'static str]) -> ColumnSpec {
    ColumnSpec {
        key,
        aliases,
        required: false,
        long_text: true,
    }
}

const NAME: ColumnSpec = ColumnSpec {
    key: "naam",
    aliases: &["name"],
    required: true,
    long_text: true,
};

const PARTY_COLUMNS: &[ColumnSpec] = &[
    col("id", &[], true),
    NAME,
    col("soort", &["kind", "type"], true),
    col("werkgebied", &["gemeente", "area"], false),
    col("hoort_bij", &["parent"], false),
    text_col("belangen", &["interests"]),
    text_col("halen", &["takes"]),
    text_col("brengen", &["gives"]),
];

const TABLE_COLUMNS: &[ColumnSpec] = &[
    col("id", &[], true),
    NAME,
    col("soort", &["kind", "type"], false),
    col("domein", &["domain"], true),
    col("laag", &["layer"], true),
    col("frequentie", &["frequentie_per_jaar", "frequency"], false),
    col("duur_uren", &["duur", "duration_hours"], false),
    col("besluitvorming", &["decision"], false),
    col("werkgebied", &["gemeente", "area"], false),
    col("rapporteert_aan", &["reports_to"], false),
];

/// `partij` is required unless `persoon` is given; the importer checks that per row.
const MEMBERSHIP_COLUMNS: &[ColumnSpec] = &[
    col("tafel", &["table"], true),
    col("partij", &["party"], false),
    col("persoon", &["person"], false),
    col("rol", &["role"], false),
];

const PERSON_COLUMNS: &[ColumnSpec] = &[
    col("id", &[], true),
    NAME,
    col("partij", &["party"], true),
    text_col("functie", &["function"]),
    col("laag", &["layer"], false),
    col("netwerkrol", &["network_role"], false),
    col("uren_per_maand", &["hours_per_month"], false),
];

const RELATION_COLUMNS: &[ColumnSpec] = &[
    col("van", &["from"], true),
    col("naar", &["to"], true),
    col("soort", &["kind", "type"], false),
    col("domein", &["domain"], false),
    col("laag", &["layer"], false),
    col("kwaliteit", &["quality"], false),
    text_col("toelichting", &["note"]),
];

impl FileKind {
    /// In the order of the data format (and of diagnostics).
    pub const ALL: [FileKind; 5] = [
        FileKind::Parties,
        FileKind::Tables,
        FileKind::Memberships,
        FileKind::Persons,
        FileKind::Relations,
    ];

    /// The Dutch name, without `.csv`.
    pub fn name(self) -> &'static str {
        match self {
            FileKind::Parties => "partijen",
            FileKind::Tables => "tafels",
            FileKind::Memberships => "deelnames",
            FileKind::Persons => "personen",
            FileKind::Relations => "relaties",
        }
    }

    pub fn aliases(self) -> &'static [&'static str] {
        match self {
            FileKind::Parties => &["parties"],
            FileKind::Tables => &["tables"],
            FileKind::Memberships => &["memberships"],
            FileKind::Persons => &["persons", "people"],
            FileKind::Relations => &["relations", "relationships"],
        }
    }

    pub fn required(self) -> bool {
        matches!(
            self,
            FileKind::Parties | FileKind::Tables | FileKind::Memberships
        )
    }

    pub fn columns(self) -> &'static [ColumnSpec] {
        match self {
            FileKind::Parties => PARTY_COLUMNS,
            FileKind::Tables => TABLE_COLUMNS,
            FileKind::Memberships => MEMBERSHIP_COLUMNS,
            FileKind::Persons => PERSON_COLUMNS,
            FileKind::Relations => RELATION_COLUMNS,
        }
    }

    /// The file for a file stem or sheet name (`Parties`, `deelnames`, `Relaties `).
    pub fn from_name(name: &str) -> Option<FileKind> {
        let f = fold(name);
        Self::ALL
            .into_iter()
            .find(|k| fold(k.name()) == f || k.aliases().iter().any(|a| fold(a) == f))
    }

    /// Every accepted name, for suggestions.
    pub fn all_names() -> Vec<&'static str> {
        let mut v: Vec<&'static str> = Self::ALL.iter().map(|k| k.name()).collect();
        for k in Self::ALL {
            v.extend(k.aliases());
        }
        v
    }

    /// The column a header names, if any.
    pub fn column(self, header: &str) -> Option<&'static ColumnSpec> {
        let f = fold(header);
        if f.is_empty() {
            return None;
        }
        self.columns()
            .iter()
            .find(|c| fold(c.key) == f || c.aliases.iter().any(|a| fold(a) == f))
    }

    /// Every accepted column name of this file, for suggestions.
    pub fn column_names(self) -> Vec<&'static str> {
        let mut v: Vec<&'static str> = self.columns().iter().map(|c| c.key).collect();
        for c in self.columns() {
            v.extend(c.aliases);
        }
        v
    }
}

/// Joins aliases for a message, with `-` when there are none.
pub fn alias_list(aliases: &[&str]) -> String {
    if aliases.is_empty() {
        "-".to_string()
    } else {
        aliases.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_fold_case_accents_and_separators() {
        assert_eq!(FileKind::from_name("Partijen"), Some(FileKind::Parties));
        assert_eq!(FileKind::from_name(" PEOPLE "), Some(FileKind::Persons));
        assert_eq!(
            FileKind::from_name("Relationships"),
            Some(FileKind::Relations)
        );
        assert_eq!(FileKind::from_name("partijen2"), None);
    }

    #[test]
    fn headers_fold_and_match_aliases() {
        let t = FileKind::Tables;
        assert_eq!(
            t.column("Frequentie per jaar").map(|c| c.key),
            Some("frequentie")
        );
        assert_eq!(t.column("duration-hours").map(|c| c.key), Some("duur_uren"));
        assert_eq!(
            t.column("Rapporteert_Aan").map(|c| c.key),
            Some("rapporteert_aan")
        );
        assert_eq!(
            FileKind::Parties.column("Hoort bij").map(|c| c.key),
            Some("hoort_bij")
        );
        assert_eq!(FileKind::Parties.column("opmerking").map(|c| c.key), None);
        assert_eq!(FileKind::Parties.column("").map(|c| c.key), None);
    }
}
