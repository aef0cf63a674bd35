//! The translation table: every user-facing text, in Dutch (the default) and English.
//!
//! Texts are constants of type [`Text`], grouped per area in the sub-modules (`vocab` for the
//! names of kinds, domains and layers; `import` for import messages; and so on) so that each
//! area keeps its texts together. Placeholders are `{name}` and are filled by [`Text::fill_in`].
//!
//! There is no current language: every rendering names the [`Lang`] it is for (the CLI passes
//! `--taal`, the app the language of its settings). What outlives the moment it is made, like
//! a finding, holds a language-neutral [`Msg`] that is rendered where it is shown.

pub mod actions;
pub mod analysis;
pub mod board2;
pub mod canvas;
pub mod cli;
pub mod compare;
pub mod date;
pub mod deck;
pub mod edit;
pub mod export;
pub mod files;
pub mod gegevens;
pub mod import;
pub mod intake;
pub mod intake_app;
pub mod msg;
pub mod number;
pub mod overview;
pub mod presentation;
pub mod project;
pub mod reliability;
pub mod report;
pub mod ui;
pub mod vocab;
pub mod workbook;

pub use msg::{Arg, Msg};

/// A user interface language.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    /// Parses `nl`/`en` (and `nederlands`/`english`).
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_lowercase().as_str() {
            "nl" | "nederlands" | "dutch" => Some(Lang::Nl),
            "en" | "engels" | "english" => Some(Lang::En),
            _ => None,
        }
    }
}

/// One text in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    pub nl: &'static str,
    pub en: &'static str,
}

impl Text {
    /// The text in a given language.
    pub fn get_in(&self, l: Lang) -> &'static str {
        match l {
            Lang::Nl => self.nl,
            Lang::En => self.en,
        }
    }

    /// The text in a given language with `{key}` placeholders replaced.
    pub fn fill_in(&self, l: Lang, args: &[(&str, &dyn std::fmt::Display)]) -> String {
        fill(self.get_in(l), args)
    }
}

/// Shorthand for a [`Text`] constant.
#[macro_export]
macro_rules! text {
    ($nl:literal, $en:literal) => {
        $crate::i18n::Text { nl: $nl, en: $en }
    };
}

/// Replaces `{key}` placeholders in `template`. Unknown placeholders are left as they are, so
/// a missing argument shows up in the output instead of vanishing.
pub fn fill(template: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                let key = &after[..end];
                match args.iter().find(|(k, _)| *k == key) {
                    Some((_, v)) => out.push_str(&v.to_string()),
                    None => {
                        out.push('{');
                        out.push_str(key);
                        out.push('}');
                    }
                }
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Checks a table of texts: both languages filled in, with the same placeholders (tests of the
/// per-area text files call this with their lists).
#[cfg(test)]
pub(crate) fn assert_complete(texts: &[Text]) {
    fn placeholders(s: &str) -> Vec<&str> {
        let mut out: Vec<&str> = s
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(key, _)| key))
            .collect();
        out.sort_unstable();
        out
    }
    for t in texts {
        assert!(!t.nl.trim().is_empty() && !t.en.trim().is_empty(), "{t:?}");
        assert_eq!(placeholders(t.nl), placeholders(t.en), "{t:?}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_known_and_keeps_unknown_placeholders() {
        let s = fill(
            "regel {line}, kolom {col}: {x}",
            &[("line", &3), ("col", &"naam")],
        );
        assert_eq!(s, "regel 3, kolom naam: {x}");
    }
}
