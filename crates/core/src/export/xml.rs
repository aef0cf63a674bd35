//! Escaping of text for the hand-written XML formats (SVG pictures, GraphML, GEXF, the HTML
//! report). Its own small module so that every writer can use it without importing another
//! writer (the pictures, the graph files and the report used to reach it through each other).

use std::borrow::Cow;

/// Escapes text for XML content and attribute values (both quote kinds), and drops the control
/// characters XML 1.0 cannot carry at all, so that any user text gives a well-formed file.
pub fn xml_escape(s: &str) -> Cow<'_, str> {
    let needs = s.chars().any(|c| {
        matches!(c, '&' | '<' | '>' | '"' | '\'')
            || (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
            || matches!(c, '\u{FFFE}' | '\u{FFFF}')
    });
    if !needs {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() || matches!(c, '\u{FFFE}' | '\u{FFFF}') => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::xml_escape;

    #[test]
    fn escapes_markup_and_drops_what_xml_cannot_carry() {
        assert_eq!(xml_escape("a & b"), "a &amp; b");
        assert_eq!(xml_escape("<\"'>"), "&lt;&quot;&apos;&gt;");
        assert_eq!(xml_escape("tab\tnl\nok"), "tab\tnl\nok");
        assert_eq!(xml_escape("bell\u{7}end\u{FFFF}"), "bellend");
        assert!(matches!(xml_escape("plain"), std::borrow::Cow::Borrowed(_)));
    }
}
