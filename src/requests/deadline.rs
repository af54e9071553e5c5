//! The deadline a staff request states, in English or Korean:
//! "Deadline: 2024-11-03", "by 3 November", "기한: 2024-11-03",
//! "11월 3일까지". Pure: the request's own lines, its send date and the zone in.
//!
//! A date without a time means the end of that day in the configured zone
//! (as in the requests CSV); a date without a year is the first such date on
//! or after the send date.

use std::sync::LazyLock;

use jiff::Timestamp;
use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;
use regex::Regex;

/// What the email says about its deadline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Deadline {
    /// Nothing that reads as a deadline.
    None,
    /// One deadline, and the words that stated it.
    Stated(Timestamp, String),
    /// A deadline label whose value is no date ("Deadline: 2024-13-45").
    Malformed(String),
    /// Two different deadlines.
    Several(Vec<String>),
}

/// "Deadline: …", "기한: …": a label and whatever follows it on the line.
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|[^\p{L}])(?:deadline|due\s+date|due\s+by|due|respond\s+by|reply\s+by|처리\s*기한|조치\s*기한|회신\s*기한|기한|마감일|마감)\s*[:：]\s*(?P<v>.*)$",
    )
    .expect("built-in regex")
});

/// "by 3 November [2024]", "by November 3[, 2024]".
static BY_EN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\bby\s+(?P<v>(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?|\d{4}-\d{1,2}-\d{1,2})",
    )
    .expect("built-in regex")
});

/// "11월 3일까지", "2024년 11월 3일까지", "2024-11-03까지".
static BY_KO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?P<v>(?:\d{4}\s*년\s*)?\d{1,2}\s*월\s*\d{1,2}\s*일|\d{4}[-./]\d{1,2}[-./]\d{1,2})\s*(?:\d{1,2}:\d{2}\s*)?까지",
    )
    .expect("built-in regex")
});

static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<y>\d{4})[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})\.?(?:[ T]+(?P<hh>\d{1,2}):(?P<mm>\d{2}))?(?:$|[^\d])")
        .expect("built-in regex")
});
static KO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?P<y>\d{4})\s*년\s*)?(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일")
        .expect("built-in regex")
});
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>[a-z]{3,9})\.?(?:,?\s+(?P<y>\d{4}))?",
    )
    .expect("built-in regex")
});
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?P<mon>[a-z]{3,9})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{4}))?",
    )
    .expect("built-in regex")
});

fn month(name: &str) -> Option<i8> {
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let n = name.to_ascii_lowercase();
    let n = n.trim_end_matches('.');
    if n.len() < 3 {
        return None;
    }
    NAMES
        .iter()
        .position(|m| m.starts_with(n) || (n == "sept" && *m == "september"))
        .map(|i| i as i8 + 1)
}

/// A written date (at the start of `text`) as a moment: the end of that day
/// in `tz`, or the time written after it. Err says why it is no date.
pub fn parse_date(text: &str, sent_at: Timestamp, tz: &TimeZone) -> Result<Timestamp, String> {
    let t = text.trim();
    let num = |c: &regex::Captures<'_>, k: &str| -> Option<i64> {
        c.name(k).and_then(|m| m.as_str().parse::<i64>().ok())
    };
    let (y, m, d, time) = if let Some(c) = ISO.captures(t) {
        let time = match (num(&c, "hh"), num(&c, "mm")) {
            (Some(h), Some(mi)) => Some((h, mi)),
            _ => None,
        };
        (num(&c, "y"), num(&c, "m"), num(&c, "d"), time)
    } else if let Some(c) = KO.captures(t) {
        (num(&c, "y"), num(&c, "m"), num(&c, "d"), None)
    } else if let Some(c) = DAY_MONTH
        .captures(t)
        .filter(|c| month(&c["mon"]).is_some())
        .or_else(|| MONTH_DAY.captures(t).filter(|c| month(&c["mon"]).is_some()))
    {
        let m = month(&c["mon"]).map(i64::from);
        (num(&c, "y"), m, num(&c, "d"), None)
    } else {
        return Err(format!(
            "`{t}` is not a date (write 2024-11-03, 3 November, 11월 3일)"
        ));
    };
    let (Some(m), Some(d)) = (m, d) else {
        return Err(format!("`{t}` is not a date"));
    };
    let sent_local = sent_at.to_zoned(tz.clone()).date();
    let build = |y: i64| -> Result<Date, String> {
        let ok = (1..=9999).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d);
        if !ok {
            return Err(format!("`{t}`: there is no such date"));
        }
        Date::new(y as i16, m as i8, d as i8).map_err(|_| format!("`{t}`: there is no such date"))
    };
    let date = match y {
        Some(y) => build(y)?,
        None => {
            let this = build(i64::from(sent_local.year()))?;
            if this < sent_local {
                build(i64::from(sent_local.year()) + 1)?
            } else {
                this
            }
        }
    };
    let time = match time {
        Some((h, mi)) if (0..24).contains(&h) && (0..60).contains(&mi) => {
            Time::new(h as i8, mi as i8, 0, 0).map_err(|e| format!("`{t}`: {e}"))?
        }
        Some(_) => return Err(format!("`{t}`: there is no such time")),
        None => Time::new(23, 59, 59, 0).map_err(|e| e.to_string())?,
    };
    date.to_datetime(time)
        .to_zoned(tz.clone())
        .map(|z| z.timestamp())
        .map_err(|e| format!("`{t}`: {e}"))
}

/// The deadline stated in `lines` (the author's own lines) and the subject.
pub fn find(lines: &[String], subject: &str, sent_at: Timestamp, tz: &TimeZone) -> Deadline {
    let mut found: Vec<(Timestamp, String)> = Vec::new();
    let mut malformed: Option<String> = None;
    for line in std::iter::once(subject).chain(lines.iter().map(String::as_str)) {
        let line = line.trim();
        if let Some(c) = LABEL.captures(line) {
            let v = c["v"].trim();
            // "Deadline: by 3 November", "기한: 11월 3일까지": the label's value
            // may repeat the preposition.
            let v = v
                .strip_prefix("by ")
                .or_else(|| v.strip_prefix("By "))
                .unwrap_or(v);
            match parse_date(v, sent_at, tz) {
                Ok(t) => found.push((t, line.to_string())),
                Err(e) => {
                    malformed.get_or_insert(format!("malformed deadline in \"{line}\": {e}"));
                }
            }
            continue;
        }
        for re in [&*BY_EN, &*BY_KO] {
            for c in re.captures_iter(line) {
                // Phrases that merely look like one ("by 3 pm") are not deadlines.
                if let Ok(t) = parse_date(&c["v"], sent_at, tz) {
                    found.push((t, line.to_string()));
                }
            }
        }
    }
    if let Some(m) = malformed {
        return Deadline::Malformed(m);
    }
    found.sort_by_key(|(t, _)| *t);
    found.dedup_by_key(|(t, _)| *t);
    match found.len() {
        0 => Deadline::None,
        1 => {
            let (t, l) = found.remove(0);
            Deadline::Stated(t, l)
        }
        _ => Deadline::Several(found.into_iter().map(|(_, l)| l).collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seoul() -> TimeZone {
        TimeZone::get("Asia/Seoul").unwrap()
    }
    fn sent() -> Timestamp {
        "2024-11-01T10:00:00+09:00".parse().unwrap()
    }
    fn end_of(date: &str) -> Timestamp {
        format!("{date}T23:59:59+09:00").parse().unwrap()
    }
    fn one(line: &str) -> Deadline {
        find(&[line.to_string()], "", sent(), &seoul())
    }

    #[test]
    fn english_and_korean_forms() {
        let want = Deadline::Stated(end_of("2024-11-03"), String::new());
        for line in [
            "Deadline: 2024-11-03",
            "deadline : 2024.11.03",
            "Please act on these by 3 November.",
            "Please act on these by November 3rd, 2024.",
            "기한: 2024-11-03",
            "처리 기한: 2024년 11월 3일",
            "11월 3일까지 조치하여 주시기 바랍니다.",
            "2024-11-03까지 회신 바랍니다.",
        ] {
            match one(line) {
                Deadline::Stated(t, _) => {
                    assert_eq!(Deadline::Stated(t, String::new()), want, "{line}")
                }
                other => panic!("{line}: {other:?}"),
            }
        }
        // A time, when written, is kept.
        assert!(matches!(
            one("Deadline: 2024-11-03 18:00"),
            Deadline::Stated(t, _) if t == "2024-11-03T18:00:00+09:00".parse::<Timestamp>().unwrap()
        ));
    }

    #[test]
    fn a_date_without_year_is_the_next_one() {
        // Sent on 1 November 2024: "2 January" is in 2025, "3 November" in 2024.
        assert!(matches!(one("by 2 January"), Deadline::Stated(t, _) if t == end_of("2025-01-02")));
        assert!(matches!(one("1월 2일까지"), Deadline::Stated(t, _) if t == end_of("2025-01-02")));
    }

    #[test]
    fn malformed_and_missing_and_two() {
        assert!(
            matches!(one("Deadline: 2024-13-45"), Deadline::Malformed(m) if m.contains("no such date"))
        );
        assert!(matches!(one("기한: 다음 주"), Deadline::Malformed(_)));
        assert!(matches!(one("Deadline: soon"), Deadline::Malformed(_)));
        assert_eq!(one("Please remove the following."), Deadline::None);
        // "by 3 pm", "sent by Telegram": no date, no deadline.
        assert_eq!(
            one("reported by 3 users, handled by Telegram"),
            Deadline::None
        );
        let two = find(
            &["Deadline: 2024-11-03".into(), "11월 5일까지".into()],
            "",
            sent(),
            &seoul(),
        );
        assert!(matches!(two, Deadline::Several(v) if v.len() == 2));
        // The same date said twice is one deadline.
        let same = find(
            &["Deadline: 2024-11-03".into(), "기한: 2024-11-03".into()],
            "",
            sent(),
            &seoul(),
        );
        assert!(matches!(same, Deadline::Stated(..)));
    }
}
