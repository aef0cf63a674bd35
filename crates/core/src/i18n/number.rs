//! The one rule for decimal numbers that people type and read: Dutch writes a decimal comma,
//! English a point, and input accepts either. Every formatter of a number for people (finding
//! messages, the report, the threshold fields) and every parser of a typed or imported number
//! (cells of the data format, thresholds in the app and on the command line) goes through here,
//! so that `1,5` means the same everywhere.

use super::Lang;

/// The decimal mark of a language.
pub const fn decimal_mark(lang: Lang) -> char {
    match lang {
        Lang::Nl => ',',
        Lang::En => '.',
    }
}

/// `s` (a number written with a decimal point, as Rust formats it) with `mark` instead.
pub fn with_mark(s: String, mark: char) -> String {
    if mark == '.' {
        s
    } else {
        s.replace('.', &mark.to_string())
    }
}

/// `x` with exactly `decimals` decimals: `2,50` (for input fields that keep their width).
pub fn fixed(x: f64, decimals: usize, lang: Lang) -> String {
    with_mark(format!("{x:.decimals$}"), decimal_mark(lang))
}

/// `x` with at most `decimals` decimals and no trailing zeros: `2,5`, `3` (for reports).
pub fn trimmed(x: f64, decimals: usize, lang: Lang) -> String {
    let s = format!("{x:.decimals$}");
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    };
    with_mark(s, decimal_mark(lang))
}

/// `x` for a sentence: no decimals when whole, else one (`3`, `2,0`, `4,5`).
pub fn short(x: f64, lang: Lang) -> String {
    let s = if (x - x.round()).abs() < 1e-9 {
        format!("{x:.0}")
    } else {
        format!("{x:.1}")
    };
    with_mark(s, decimal_mark(lang))
}

/// Parses `12`, `1.5` or `1,5`: one decimal mark (comma or point, whatever the language), no
/// thousands separators, no exponent, finite; surrounding spaces are ignored.
pub fn parse(raw: &str) -> Option<f64> {
    let s = raw.trim();
    let s = if s.contains(',') && !s.contains('.') {
        s.replacen(',', ".", 1)
    } else {
        s.into()
    };
    let body = s.strip_prefix(['-', '+']).unwrap_or(&s);
    let digits = body.bytes().filter(u8::is_ascii_digit).count();
    let dots = body.bytes().filter(|b| *b == b'.').count();
    if digits == 0 || dots > 1 || digits + dots != body.len() {
        return None;
    }
    s.parse::<f64>().ok().filter(|f| f.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_follow_the_language() {
        assert_eq!(fixed(2.5, 2, Lang::Nl), "2,50");
        assert_eq!(fixed(2.5, 2, Lang::En), "2.50");
        assert_eq!(trimmed(2.50, 3, Lang::Nl), "2,5");
        assert_eq!(trimmed(3.0, 2, Lang::Nl), "3");
        assert_eq!(trimmed(120.0, 0, Lang::En), "120");
        assert_eq!(short(4.0, Lang::Nl), "4");
        assert_eq!(short(4.25, Lang::Nl), "4,2");
        assert_eq!(short(4.25, Lang::En), "4.2");
    }

    #[test]
    fn parses_either_mark_and_nothing_else() {
        assert_eq!(parse(" 1,5 "), Some(1.5));
        assert_eq!(parse("1.5"), Some(1.5));
        assert_eq!(parse("-2"), Some(-2.0));
        assert_eq!(parse("12"), Some(12.0));
        for bad in [
            "", "1.000,5", "1,2,3", "1e3", "inf", "NaN", "twee", "1 000", "+",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }

    /// Whatever is written can be read back, in both languages.
    #[test]
    fn written_numbers_read_back() {
        for x in [0.0, 1.5, 2.25, 120.0, -3.5] {
            for lang in [Lang::Nl, Lang::En] {
                assert_eq!(parse(&fixed(x, 2, lang)), Some(x), "{x} {lang:?}");
                assert_eq!(parse(&trimmed(x, 3, lang)), Some(x), "{x} {lang:?}");
            }
        }
    }
}
