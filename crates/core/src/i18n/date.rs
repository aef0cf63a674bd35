//! The one date helper: calendar dates from the system clock or from Unix seconds (UTC, no
//! time-zone database), written as ISO (`2026-11-22`), as words in a language
//! ("22 november 2026" / "22 November 2026") or as a moment (`2026-11-22 14:05 UTC`). The
//! report, the pictures, the GEXF metadata, the slides and the recovery offer all use it.

use super::Lang;

/// A proleptic Gregorian calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i64,
    /// 1 to 12.
    pub month: u32,
    /// 1 to 31.
    pub day: u32,
}

/// Seconds since 1970-01-01 UTC now (0 if the clock is before the epoch).
pub fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

impl Date {
    /// The date `days` days after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    pub fn from_unix_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        Date {
            year: if month <= 2 { y + 1 } else { y },
            month,
            day,
        }
    }

    /// The date (UTC) of a moment in Unix seconds.
    pub fn from_unix_secs(secs: u64) -> Date {
        Date::from_unix_days((secs / 86_400) as i64)
    }

    /// Today (UTC), from the system clock.
    pub fn today() -> Date {
        Date::from_unix_secs(unix_now())
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// The date in words: "22 november 2026" in Dutch, "22 November 2026" in English.
    pub fn text(self, lang: Lang) -> String {
        const NL: [&str; 12] = [
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ];
        const EN: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let months = if lang == Lang::En { EN } else { NL };
        let name = months
            .get(self.month.saturating_sub(1) as usize)
            .copied()
            .unwrap_or("");
        format!("{} {name} {}", self.day, self.year)
    }
}

/// A moment in Unix seconds to the minute: `YYYY-MM-DD HH:MM UTC`.
pub fn utc_minute(secs: u64) -> String {
    let rem = secs % 86_400;
    format!(
        "{} {:02}:{:02} UTC",
        Date::from_unix_secs(secs).iso(),
        rem / 3600,
        (rem % 3600) / 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_by_hand() {
        // Day 0 is 1970-01-01; 2000-03-01 is day 11017 (30 years of 365 days + 7 leap days
        // = 10957 to 2000-01-01, plus 31 + 29 days of January and leap February).
        let d = |year, month, day| Date { year, month, day };
        assert_eq!(Date::from_unix_days(0), d(1970, 1, 1));
        assert_eq!(Date::from_unix_days(11_017), d(2000, 3, 1));
        assert_eq!(Date::from_unix_days(-1), d(1969, 12, 31));
    }

    #[test]
    fn written_forms() {
        let d = Date {
            year: 2026,
            month: 11,
            day: 22,
        };
        assert_eq!(d.iso(), "2026-11-22");
        assert_eq!(d.text(Lang::Nl), "22 november 2026");
        assert_eq!(d.text(Lang::En), "22 November 2026");
    }

    #[test]
    fn moments_to_the_minute() {
        // 1_700_000_000 is 2023-11-14 22:13:20 UTC (date -u -d @1700000000).
        assert_eq!(utc_minute(0), "1970-01-01 00:00 UTC");
        assert_eq!(utc_minute(1_700_000_000), "2023-11-14 22:13 UTC");
    }
}
