//! Making the invisible visible: control characters, zero-width and direction marks in ids
//! and names. Data from partners may carry them (pasted from a web page, or on purpose): in a
//! terminal an escape sequence can retitle the window or hide text, and in a suggestion an id
//! with a zero-width space looks exactly like the one suggested. Shown as `<U+200B>`.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Characters that take no visible space or reorder text: zero-width spaces and joiners,
/// direction marks, embeddings, overrides and isolates, the word joiner, the BOM and the soft
/// hyphen.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{061C}' | '\u{180E}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}')
}

fn escape_if(text: &str, keep: impl Fn(char) -> bool) -> Cow<'_, str> {
    if text.chars().all(&keep) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if keep(c) {
            out.push(c);
        } else {
            let _ = write!(out, "<U+{:04X}>", u32::from(c));
        }
    }
    Cow::Owned(out)
}

/// `text` with every control character and invisible mark written as `<U+XXXX>`, for a value
/// quoted in a message (an id, a name): what the user sees is what the file holds.
pub fn show_invisible(text: &str) -> Cow<'_, str> {
    escape_if(text, |c| !c.is_control() && !is_invisible(c))
}

/// `text` safe to print to a terminal: control characters (escape sequences among them) and
/// direction overrides written as `<U+XXXX>`; line breaks and tabs stay.
pub fn terminal_safe(text: &str) -> Cow<'_, str> {
    escape_if(text, |c| {
        matches!(c, '\n' | '\t') || (!c.is_control() && !is_invisible(c))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_cannot_be_seen_and_nothing_else() {
        assert_eq!(show_invisible("gem\u{200B}a"), "gem<U+200B>a");
        assert_eq!(
            terminal_safe("a\u{1b}]0;titel\u{7}b\nc"),
            "a<U+001B>]0;titel<U+0007>b\nc"
        );
        assert!(matches!(
            terminal_safe("Gemeente Gouda é"),
            Cow::Borrowed(_)
        ));
        assert_eq!(show_invisible("x\u{202E}y"), "x<U+202E>y");
    }
}
