//! Output helpers: times in the configured zone, aligned tables, JSON lines.

use jiff::Timestamp;
use jiff::tz::TimeZone;

/// RFC 3339 with the offset of the configured time zone.
pub fn time(t: Timestamp, tz: &TimeZone) -> String {
    t.to_zoned(tz.clone())
        .strftime("%Y-%m-%dT%H:%M:%S%:z")
        .to_string()
}

/// A short local form for tables, with the zone's offset: "2024-09-08 23:59 +09:00".
pub fn short_time(t: Timestamp, tz: &TimeZone) -> String {
    t.to_zoned(tz.clone())
        .strftime("%Y-%m-%d %H:%M %:z")
        .to_string()
}

/// Display width, counting East Asian wide characters (Hangul) as two columns.
fn width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            let u = c as u32;
            if (0x1100..=0x115F).contains(&u)
                || (0x2E80..=0xA4CF).contains(&u)
                || (0xAC00..=0xD7A3).contains(&u)
                || (0xF900..=0xFAFF).contains(&u)
                || (0xFF00..=0xFF60).contains(&u)
            {
                2
            } else {
                1
            }
        })
        .sum()
}

/// An aligned table; the last column is not padded. Cells are escaped
/// (`output::escape`): a Subject cannot break the table or the terminal.
pub fn table(headers: &[&str], rows: &[Vec<String>]) -> String {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|c| crate::output::escape(c).into_owned())
                .collect()
        })
        .collect();
    let rows = rows.as_slice();
    let n = headers.len();
    let mut widths: Vec<usize> = headers.iter().map(|h| width(h)).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate().take(n) {
            widths[i] = widths[i].max(width(c));
        }
    }
    let mut out = String::new();
    let line = |cells: Vec<&str>, out: &mut String| {
        let mut l = String::new();
        for (i, c) in cells.iter().enumerate() {
            l.push_str(c);
            if i + 1 < cells.len() {
                l.push_str(&" ".repeat(widths[i] - width(c) + 2));
            }
        }
        out.push_str(l.trim_end());
        out.push('\n');
    };
    line(headers.to_vec(), &mut out);
    for r in rows {
        line(r.iter().map(String::as_str).collect(), &mut out);
    }
    out
}

pub fn print_json<T: serde::Serialize>(v: &T) -> Result<(), super::Failure> {
    use std::io::Write;
    // Straight into a buffered stdout: `requests --json` on a large ledger
    // is tens of MB, which need not be built as one String first.
    let mut out = std::io::BufWriter::with_capacity(64 * 1024, crate::output::Stdout);
    serde_json::to_writer_pretty(&mut out, v)
        .map_err(|e| super::Failure::input(format!("JSON: {e}")))?;
    out.write_all(b"\n")?;
    out.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligned() {
        let t = table(
            &["a", "bb"],
            &[
                vec!["xxx".into(), "y".into()],
                vec!["한글".into(), "z".into()],
            ],
        );
        assert_eq!(t, "a     bb\nxxx   y\n한글  z\n");
    }
}
