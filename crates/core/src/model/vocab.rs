//! The closed vocabularies of the data format: party kinds, table kinds, domains, layers,
//! decision styles, roles, network roles and relationship quality.
//!
//! Each value has one canonical Dutch name (what we write back) and the aliases of
//! `spec/data-format.md` (what we accept). Matching goes through [`fold`], so case, accents,
//! surrounding space and `_`/`-`/space differences never matter.

use serde::{Deserialize, Serialize};

/// Normalises a name or value for comparison: lower case, accents removed, `_`, `-` and
/// runs of spaces folded into one space, surrounding space trimmed.
///
/// `"Frequentie_per jaar "` and `"frequentie-per-jaar"` fold to the same string.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        let c = strip_accent(c);
        if c == '_' || c == '-' || c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// Maps the accented Latin letters that occur in Dutch (and its loan words) to their base letter.
fn strip_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' => 'A',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'É' | 'È' | 'Ê' | 'Ë' => 'E',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'Í' | 'Ì' | 'Î' | 'Ï' => 'I',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' => 'O',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'Ú' | 'Ù' | 'Û' | 'Ü' => 'U',
        'ý' | 'ÿ' => 'y',
        'ç' => 'c',
        'Ç' => 'C',
        'ñ' => 'n',
        'Ñ' => 'N',
        _ => c,
    }
}

/// A closed vocabulary: a fixed list of values, each with a canonical name and aliases.
pub trait Vocab: Sized + Copy + Eq + std::fmt::Debug + 'static {
    /// Every value, in canonical order (the order used in output and in the UI).
    const ALL: &'static [Self];
    /// The canonical Dutch name, as written in files.
    fn name(self) -> &'static str;
    /// Accepted alternative spellings (already in folded form or foldable).
    fn aliases(self) -> &'static [&'static str];

    /// Parses a user value, tolerant of case, accents and separators.
    fn parse(s: &str) -> Option<Self> {
        let f = fold(s);
        Self::ALL
            .iter()
            .copied()
            .find(|v| fold(v.name()) == f || v.aliases().iter().any(|a| fold(a) == f))
    }

    /// Every accepted spelling (canonical names first), for suggestions in error messages.
    fn all_spellings() -> Vec<&'static str> {
        let mut v: Vec<&'static str> = Self::ALL.iter().map(|x| x.name()).collect();
        for x in Self::ALL {
            v.extend(x.aliases().iter().copied());
        }
        v
    }

    /// Position in [`Vocab::ALL`], used for bit sets and stable ordering.
    fn index(self) -> usize {
        Self::ALL.iter().position(|v| *v == self).unwrap_or(0)
    }
}

macro_rules! vocab {
    (
        $(#[$meta:meta])*
        $name:ident { $( $(#[$vmeta:meta])* $variant:ident = $canon:literal [ $($alias:literal),* ] ),+ $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $canon)] $variant ),+
        }

        impl Vocab for $name {
            const ALL: &'static [Self] = &[ $( $name::$variant ),+ ];
            fn name(self) -> &'static str {
                match self { $( $name::$variant => $canon ),+ }
            }
            fn aliases(self) -> &'static [&'static str] {
                match self { $( $name::$variant => &[ $($alias),* ] ),+ }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.name())
            }
        }
    };
}

vocab! {
    /// The kind of a party. The first three form the triangle.
    PartyKind {
        Gemeente = "gemeente" ["municipality", "gem"],
        Woningcorporatie = "woningcorporatie" ["corporatie", "wooncorporatie", "housing", "housing corporation"],
        Zorgaanbieder = "zorgaanbieder" ["zorg", "zorginstelling", "ggz", "opvang", "bw-aanbieder", "mo-aanbieder", "verslavingszorg", "care", "care provider"],
        Welzijn = "welzijn" ["welzijnsorganisatie", "welfare"],
        Client = "client" ["cliëntenraad", "clientenorganisatie", "ervaringsdeskundige"],
        Bewoners = "bewoners" ["inwoners", "buurt", "bewonersorganisatie", "residents"],
        Veiligheid = "veiligheid" ["politie", "wijkagent", "police"],
        Gezondheid = "gezondheid" ["ggd", "huisarts", "eerstelijn", "health"],
        WerkInkomen = "werk-inkomen" ["schuldhulp", "uwv", "werkbedrijf", "sociale dienst", "work-income"],
        Intermediair = "intermediair" ["transferpunt", "matchingspunt", "intermediary"],
        Overig = "overig" ["other"],
    }
}

impl PartyKind {
    /// The three kinds of the gemeente–corporatie–zorg triangle, in canonical order.
    pub const CORE: [PartyKind; 3] = [
        PartyKind::Gemeente,
        PartyKind::Woningcorporatie,
        PartyKind::Zorgaanbieder,
    ];

    /// Whether this kind is one of the triangle's corners.
    pub fn is_core(self) -> bool {
        Self::CORE.contains(&self)
    }
}

vocab! {
    /// What kind of gathering a table is.
    TableKind {
        /// A standing meeting (the default).
        Tafel = "tafel" ["overleg", "table"],
        /// A network for meeting and exchange.
        Platform = "platform" [],
        /// A project or initiative.
        Initiatief = "initiatief" ["project", "initiative"],
    }
}

vocab! {
    /// The three collaboration domains of the handreiking.
    Domain {
        Casus = "casus" ["casusdomein", "casuistiek", "case"],
        Institutioneel = "institutioneel" ["institutional"],
        Leefomgeving = "leefomgeving" ["wijk", "infrastructureel", "living environment"],
    }
}

vocab! {
    /// The three governance layers.
    Layer {
        Strategisch = "strategisch" ["bestuurlijk", "strategic"],
        Tactisch = "tactisch" ["managerial", "management", "tactical"],
        Operationeel = "operationeel" ["professioneel", "uitvoerend", "operational"],
    }
}

vocab! {
    /// How a table takes decisions.
    Decision {
        Besluitvormend = "besluitvormend" ["decisive", "decision making"],
        Afstemmend = "afstemmend" ["coordinating"],
        Ontmoeting = "ontmoeting" ["meeting"],
    }
}

vocab! {
    /// The role of a member at a table.
    Role {
        Voorzitter = "voorzitter" ["chair", "chairman", "chairperson", "vz"],
        Lid = "lid" ["member", "deelnemer"],
        Secretaris = "secretaris" ["secretary", "notulist"],
        Adviseur = "adviseur" ["advisor", "adviser", "agendalid"],
    }
}

vocab! {
    /// The four contributions of network leadership.
    NetworkRole {
        Strateeg = "strateeg" ["strategist"],
        Verkenner = "verkenner" ["explorer", "scout"],
        Ontwikkelaar = "ontwikkelaar" ["developer"],
        Procesmanager = "procesmanager" ["process manager", "procesregisseur"],
    }
}

vocab! {
    /// How a relationship is experienced.
    Quality {
        Goed = "goed" ["good"],
        Neutraal = "neutraal" ["neutral"],
        Moeizaam = "moeizaam" ["difficult", "stroef", "slecht"],
    }
}

/// A set of values of a small vocabulary (at most 8 values), stored as a bit mask and
/// serialised as a list of canonical names.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Set<T> {
    bits: u8,
    _marker: std::marker::PhantomData<T>,
}

impl<T: Vocab> Set<T> {
    /// The empty set.
    pub const fn empty() -> Self {
        Set {
            bits: 0,
            _marker: std::marker::PhantomData,
        }
    }

    /// The set holding every value.
    pub fn all() -> Self {
        T::ALL.iter().copied().collect()
    }

    /// A set with one value.
    pub fn one(v: T) -> Self {
        let mut s = Self::empty();
        s.insert(v);
        s
    }

    pub fn insert(&mut self, v: T) {
        self.bits |= 1 << v.index();
    }

    pub fn remove(&mut self, v: T) {
        self.bits &= !(1 << v.index());
    }

    pub fn contains(self, v: T) -> bool {
        self.bits & (1 << v.index()) != 0
    }

    pub fn is_empty(&self) -> bool {
        self.bits == 0
    }

    pub fn len(&self) -> usize {
        self.bits.count_ones() as usize
    }

    /// Whether the two sets share a value.
    pub fn intersects(self, other: Self) -> bool {
        self.bits & other.bits != 0
    }

    pub fn union(self, other: Self) -> Self {
        Set {
            bits: self.bits | other.bits,
            _marker: std::marker::PhantomData,
        }
    }

    /// The values in canonical order.
    pub fn iter(self) -> impl Iterator<Item = T> {
        T::ALL.iter().copied().filter(move |v| self.contains(*v))
    }

    /// The canonical names joined with `|`, as written in a CSV cell.
    pub fn to_cell(self) -> String {
        self.iter().map(|v| v.name()).collect::<Vec<_>>().join("|")
    }
}

impl<T: Vocab> Default for Set<T> {
    fn default() -> Self {
        Self::empty()
    }
}

impl<T: Vocab> FromIterator<T> for Set<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut s = Self::empty();
        for v in iter {
            s.insert(v);
        }
        s
    }
}

impl<T: Vocab + std::fmt::Debug> std::fmt::Debug for Set<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl<T: Vocab + Serialize> Serialize for Set<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl<'de, T: Vocab + Deserialize<'de>> Deserialize<'de> for Set<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v: Vec<T> = Vec::deserialize(d)?;
        Ok(v.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_ignores_case_accents_and_separators() {
        assert_eq!(fold("  Frequentie_per jaar "), "frequentie per jaar");
        assert_eq!(fold("frequentie-per--jaar"), "frequentie per jaar");
        assert_eq!(fold("Cliëntenraad"), "clientenraad");
    }

    #[test]
    fn parse_accepts_aliases() {
        assert_eq!(PartyKind::parse("GGZ"), Some(PartyKind::Zorgaanbieder));
        assert_eq!(
            PartyKind::parse("Housing Corporation"),
            Some(PartyKind::Woningcorporatie)
        );
        assert_eq!(
            PartyKind::parse("werk_inkomen"),
            Some(PartyKind::WerkInkomen)
        );
        assert_eq!(
            PartyKind::parse("sociale-dienst"),
            Some(PartyKind::WerkInkomen)
        );
        assert_eq!(Domain::parse("Casuïstiek"), Some(Domain::Casus));
        assert_eq!(Layer::parse("bestuurlijk"), Some(Layer::Strategisch));
        assert_eq!(Layer::parse("strategish"), None);
    }

    #[test]
    fn set_round_trips_through_json() {
        let s: Set<Domain> = [Domain::Leefomgeving, Domain::Casus].into_iter().collect();
        let j = serde_json::to_string(&s).unwrap();
        assert_eq!(j, r#"["casus","leefomgeving"]"#);
        let back: Set<Domain> = serde_json::from_str(&j).unwrap();
        assert_eq!(back, s);
        assert_eq!(s.to_cell(), "casus|leefomgeving");
    }
}
