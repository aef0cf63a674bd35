//! Display labels of the vocabularies (party kinds, domains, layers, …) in both languages.
//! The canonical names in files stay Dutch whatever the language; these are for people.

use super::{Lang, Text};
use crate::model::{Decision, Domain, Layer, NetworkRole, PartyKind, Quality, Role, TableKind};
use crate::text;

/// A value with a human label.
pub trait Label {
    fn text(self) -> Text;
    /// The label in a given language.
    fn label_in(self, l: Lang) -> &'static str
    where
        Self: Sized,
    {
        self.text().get_in(l)
    }
}

impl Label for PartyKind {
    fn text(self) -> Text {
        match self {
            PartyKind::Gemeente => text!("Gemeente", "Municipality"),
            PartyKind::Woningcorporatie => text!("Woningcorporatie", "Housing corporation"),
            PartyKind::Zorgaanbieder => text!("Zorgaanbieder", "Care provider"),
            PartyKind::Welzijn => text!("Welzijn", "Welfare"),
            PartyKind::Client => text!("Cliënten", "Clients"),
            PartyKind::Bewoners => text!("Bewoners", "Residents"),
            PartyKind::Veiligheid => text!("Veiligheid", "Safety"),
            PartyKind::Gezondheid => text!("Gezondheid", "Health"),
            PartyKind::WerkInkomen => text!("Werk en inkomen", "Work and income"),
            PartyKind::Intermediair => text!("Intermediair", "Intermediary"),
            PartyKind::Overig => text!("Overig", "Other"),
        }
    }
}

impl Label for TableKind {
    fn text(self) -> Text {
        match self {
            TableKind::Tafel => text!("Tafel", "Table"),
            TableKind::Platform => text!("Platform", "Platform"),
            TableKind::Initiatief => text!("Initiatief", "Initiative"),
        }
    }
}

impl Label for Domain {
    fn text(self) -> Text {
        match self {
            Domain::Casus => text!("Casus", "Case"),
            Domain::Institutioneel => text!("Institutioneel", "Institutional"),
            Domain::Leefomgeving => text!("Leefomgeving", "Living environment"),
        }
    }
}

impl Label for Layer {
    fn text(self) -> Text {
        match self {
            Layer::Strategisch => text!("Strategisch", "Strategic"),
            Layer::Tactisch => text!("Tactisch", "Tactical"),
            Layer::Operationeel => text!("Operationeel", "Operational"),
        }
    }
}

impl Label for Decision {
    fn text(self) -> Text {
        match self {
            Decision::Besluitvormend => text!("Besluitvormend", "Decision-making"),
            Decision::Afstemmend => text!("Afstemmend", "Coordinating"),
            Decision::Ontmoeting => text!("Ontmoeting", "Meeting only"),
        }
    }
}

impl Label for Role {
    fn text(self) -> Text {
        match self {
            Role::Voorzitter => text!("Voorzitter", "Chair"),
            Role::Lid => text!("Lid", "Member"),
            Role::Secretaris => text!("Secretaris", "Secretary"),
            Role::Adviseur => text!("Adviseur", "Advisor"),
        }
    }
}

impl Label for NetworkRole {
    fn text(self) -> Text {
        match self {
            NetworkRole::Strateeg => text!("Strateeg", "Strategist"),
            NetworkRole::Verkenner => text!("Verkenner", "Explorer"),
            NetworkRole::Ontwikkelaar => text!("Ontwikkelaar", "Developer"),
            NetworkRole::Procesmanager => text!("Procesmanager", "Process manager"),
        }
    }
}

impl Label for Quality {
    fn text(self) -> Text {
        match self {
            Quality::Goed => text!("Goed", "Good"),
            Quality::Neutraal => text!("Neutraal", "Neutral"),
            Quality::Moeizaam => text!("Moeizaam", "Difficult"),
        }
    }
}
