//! Messages that know no language yet: a [`Text`] of the table with its arguments as data.
//!
//! An analysis (or any other producer of user-facing sentences that outlive the moment they are
//! made) builds a [`Msg`]; whoever shows it renders it with [`Msg::render`] for the language of
//! that moment. So switching the language re-renders at once, without recomputing anything, and
//! one picture or slide never mixes two languages.

use super::{Lang, Text};

/// One argument of a [`Msg`], kept as data until it is rendered.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Shown as it is, whatever the language: a name, an id, a whole number.
    Plain(String),
    /// A figure: no decimals when whole, else one, with the language's decimal mark.
    Num(f64),
    /// A text of the table.
    Text(Text),
    /// A vocabulary label in running text, in lower case ("woningcorporatie").
    Lower(Text),
    /// A counted noun: `(singular, plural)` texts with an `{n}` placeholder ("1 tafel",
    /// "3 tafels").
    Count(usize, (Text, Text)),
    /// Items as prose: "a", "a en b", "a, b en c", with `last` (" en ", " of ") as the final
    /// joiner.
    Prose(Vec<Arg>, Text),
    /// Items joined by a separator that is the same in every language ("; ", ", ").
    Join(Vec<Arg>, &'static str),
    /// Names: at most `max` (at least one), then "en N andere"; "niemand" when there are none.
    Names(Vec<String>, usize),
    /// A nested message.
    Msg(Msg),
}

/// A sentence of the translation table with its arguments, rendered only when shown.
///
/// Build one from a [`Text`] and add each `{placeholder}` with [`Msg::with`]; anything that is
/// `Into<Arg>` will do (`&str`/`String` and integers are shown as they are, `f64` as a figure,
/// a [`Text`] or another `Msg` is rendered in the same language):
///
/// ```
/// use netwerkkaart_core::i18n::{Arg, Lang, Msg, analysis as tx};
/// let m = Msg::new(tx::ISOLATED_INITIATIVE)
///     .with("table", "Buurtteam")
///     .with("n", 3usize);
/// assert!(m.render(Lang::En).contains("Buurtteam"));
/// // Labels and counted nouns have their own arguments:
/// let _ = Arg::Count(2, tx::N_TABLE);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    pub text: Text,
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    /// A message without arguments (yet).
    pub fn new(text: Text) -> Self {
        Msg {
            text,
            args: Vec::new(),
        }
    }

    /// Adds the argument for `{key}`.
    #[must_use]
    pub fn with(mut self, key: &'static str, arg: impl Into<Arg>) -> Self {
        self.args.push((key, arg.into()));
        self
    }

    /// The message in `lang`, placeholders filled.
    pub fn render(&self, lang: Lang) -> String {
        let rendered: Vec<(&str, String)> = self
            .args
            .iter()
            .map(|(k, a)| (*k, a.render(lang)))
            .collect();
        let args: Vec<(&str, &dyn std::fmt::Display)> = rendered
            .iter()
            .map(|(k, v)| (*k, v as &dyn std::fmt::Display))
            .collect();
        super::fill(self.text.get_in(lang), &args)
    }
}

/// Two messages one after the other, the second continuing the first's sentence.
const CONCAT: Text = Text {
    nl: "{first}{second}",
    en: "{first}{second}",
};

impl Msg {
    /// This message followed directly by `more` (a clause that continues it).
    #[must_use]
    pub fn then(self, more: Msg) -> Msg {
        Msg::new(CONCAT).with("first", self).with("second", more)
    }
}

impl From<Text> for Msg {
    fn from(text: Text) -> Self {
        Msg::new(text)
    }
}

impl Arg {
    /// The argument in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Arg::Plain(s) => s.clone(),
            Arg::Num(x) => num(*x, lang),
            Arg::Text(t) => t.get_in(lang).to_string(),
            Arg::Lower(t) => t.get_in(lang).to_lowercase(),
            Arg::Count(n, (one, many)) => {
                let t = if *n == 1 { one } else { many };
                t.fill_in(lang, &[("n", n)])
            }
            Arg::Prose(items, last) => {
                let items: Vec<String> = items.iter().map(|a| a.render(lang)).collect();
                match items.as_slice() {
                    [] => String::new(),
                    [one] => one.clone(),
                    [init @ .., tail] => {
                        format!("{}{}{}", init.join(", "), last.get_in(lang), tail)
                    }
                }
            }
            Arg::Join(items, sep) => items
                .iter()
                .map(|a| a.render(lang))
                .collect::<Vec<_>>()
                .join(sep),
            Arg::Names(names, max) => name_list(names, *max, lang),
            Arg::Msg(m) => m.render(lang),
        }
    }
}

/// A figure for a message: no decimals when whole, else one, with the language's decimal mark.
pub fn num(x: f64, lang: Lang) -> String {
    super::number::short(x, lang)
}

fn name_list(names: &[String], max: usize, lang: Lang) -> String {
    use super::analysis as tx;
    if names.is_empty() {
        return tx::NOBODY.get_in(lang).to_string();
    }
    let shown = names.len().min(max.max(1));
    let mut s = names[..shown].join(", ");
    if names.len() > shown {
        s.push_str(&tx::AND_OTHERS.fill_in(lang, &[("n", &(names.len() - shown))]));
    }
    s
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Plain(s.to_string())
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Plain(s.clone())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Plain(s)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Plain(n.to_string())
    }
}

impl From<f64> for Arg {
    fn from(x: f64) -> Self {
        Arg::Num(x)
    }
}

impl From<Text> for Arg {
    fn from(t: Text) -> Self {
        Arg::Text(t)
    }
}

impl From<Msg> for Arg {
    fn from(m: Msg) -> Self {
        Arg::Msg(m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::analysis as tx;

    #[test]
    fn renders_each_argument_in_the_language_asked() {
        let m = Msg::new(tx::PAIR)
            .with("a", Arg::Count(3, tx::N_TABLE))
            .with("b", Arg::Names(vec!["x".into(), "y".into(), "z".into()], 2));
        assert_eq!(m.render(Lang::Nl), "3 tafels en x, y en 1 andere");
        assert_eq!(m.render(Lang::En), "3 tables and x, y and 1 others");
        let p = Arg::Prose(vec!["a".into(), "b".into(), "c".into()], tx::LIST_OR);
        assert_eq!(p.render(Lang::Nl), "a, b of c");
        assert_eq!(Arg::Num(1.5).render(Lang::Nl), "1,5");
        assert_eq!(Arg::Num(7.0).render(Lang::En), "7");
        assert_eq!(Arg::Names(Vec::new(), 5).render(Lang::En), "nobody");
    }
}
