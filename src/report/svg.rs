//! The report's charts as inline SVG, built by hand: a few rectangles and
//! labels each, with the figures written beside the bars so that a chart
//! printed in black and white still reads. Presentation attributes only
//! (no `style`), so the pages' `Content-Security-Policy: default-src 'self'`
//! applies to them unchanged. Every text is escaped.

use std::fmt::Write as _;

use super::{PlatformName, ReportRow};

/// Status colours, in the order the columns stack them (bottom first).
pub const STATUS_COLOURS: [(&str, &str, &str); 5] = [
    ("removed", "삭제 removed", "#2e7d32"),
    ("restricted", "접속 제한 restricted", "#f9a825"),
    ("rejected", "거부 rejected", "#c62828"),
    ("not_found", "찾을 수 없음 not found", "#6d4c41"),
    ("pending", "대기 pending", "#9e9e9e"),
];

fn esc(s: &str) -> String {
    html_escape::encode_text(s).into_owned()
}

fn name_of<'a>(names: &'a [PlatformName], id: &'a str) -> &'a str {
    names
        .iter()
        .find(|n| n.id == id)
        .map(|n| n.name.as_str())
        .unwrap_or(id)
}

/// A text's approximate width in pixels at `size`: Hangul is about a full
/// em wide, Latin letters about 0.6 em.
fn text_width(text: &str, size: u32) -> u32 {
    text.chars()
        .map(|c| if c.is_ascii() { size * 6 / 10 } else { size })
        .sum()
}

fn open(w: u32, h: u32, title: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"{t}\"><title>{t}</title>",
        t = esc(title)
    )
}

const LABEL_W: u32 = 150;
const BAR_W: u32 = 360;
const ROW_H: u32 = 26;

/// One horizontal bar per platform: share of items answered within the
/// deadline over the whole period.
pub fn in_time_bars(totals: &[ReportRow], names: &[PlatformName]) -> String {
    let h = 10 + ROW_H * totals.len().max(1) as u32;
    let mut s = open(
        LABEL_W + BAR_W + 170,
        h,
        "Share of items answered within the deadline, by platform",
    );
    for (k, r) in totals.iter().enumerate() {
        let y = 5 + ROW_H * k as u32;
        let _ = write!(
            s,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"13\">{}</text>",
            LABEL_W - 8,
            y + 16,
            esc(name_of(names, &r.platform))
        );
        let _ = write!(
            s,
            "<rect x=\"{LABEL_W}\" y=\"{}\" width=\"{BAR_W}\" height=\"18\" fill=\"#eeeeee\" stroke=\"#bdbdbd\"/>",
            y + 3
        );
        let label = match r.in_time_share {
            Some(share) => {
                let w = (share.clamp(0.0, 1.0) * BAR_W as f64).round() as u32;
                let _ = write!(
                    s,
                    "<rect x=\"{LABEL_W}\" y=\"{}\" width=\"{w}\" height=\"18\" fill=\"#1565c0\"/>",
                    y + 3
                );
                format!(
                    "{:.1}% ({}/{})",
                    share * 100.0,
                    r.answered_in_time,
                    r.due_or_answered
                )
            }
            None => "nothing due · 기한 도래 없음".to_string(),
        };
        let _ = write!(
            s,
            "<text x=\"{}\" y=\"{}\" font-size=\"13\">{}</text>",
            LABEL_W + BAR_W + 8,
            y + 16,
            esc(&label)
        );
    }
    s.push_str("</svg>");
    s
}

/// Median and p90 hours to the first statement, two bars per platform.
pub fn hours_bars(totals: &[ReportRow], names: &[PlatformName]) -> String {
    let max = totals
        .iter()
        .filter_map(|r| r.p90_hours.or(r.median_hours))
        .fold(0.0f64, f64::max)
        .max(1.0);
    let h = 30 + 2 * ROW_H * totals.len().max(1) as u32;
    let mut s = open(
        LABEL_W + BAR_W + 170,
        h,
        "Hours from request to the platform's first statement: median and p90",
    );
    let _ = write!(
        s,
        "<rect x=\"{LABEL_W}\" y=\"4\" width=\"12\" height=\"12\" fill=\"#5e35b1\"/><text x=\"{}\" y=\"14\" font-size=\"12\">median 중앙값</text>\
         <rect x=\"{}\" y=\"4\" width=\"12\" height=\"12\" fill=\"#b39ddb\"/><text x=\"{}\" y=\"14\" font-size=\"12\">p90</text>",
        LABEL_W + 16,
        LABEL_W + 130,
        LABEL_W + 146
    );
    for (k, r) in totals.iter().enumerate() {
        let y = 24 + 2 * ROW_H * k as u32;
        let _ = write!(
            s,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"13\">{}</text>",
            LABEL_W - 8,
            y + 26,
            esc(name_of(names, &r.platform))
        );
        for (j, (v, colour)) in [(r.median_hours, "#5e35b1"), (r.p90_hours, "#b39ddb")]
            .into_iter()
            .enumerate()
        {
            let yy = y + 3 + 22 * j as u32;
            let (w, label) = match v {
                Some(v) => (
                    ((v / max) * BAR_W as f64).round() as u32,
                    format!("{v:.1} h"),
                ),
                None => (0, "no statement · 답변 없음".to_string()),
            };
            let _ = write!(
                s,
                "<rect x=\"{LABEL_W}\" y=\"{yy}\" width=\"{w}\" height=\"18\" fill=\"{colour}\"/><text x=\"{}\" y=\"{}\" font-size=\"12\">{}</text>",
                LABEL_W + w + 6,
                yy + 14,
                esc(&label)
            );
        }
    }
    s.push_str("</svg>");
    s
}

/// Items by status per month for one platform, as stacked columns; `scale`
/// is the largest month's item count over every platform, so that the
/// platforms' charts compare.
pub fn status_columns(rows: &[&ReportRow], name: &str, scale: u64) -> String {
    const PLOT_H: u32 = 160;
    let col_w: u32 = 34;
    let gap: u32 = 10;
    let left: u32 = 40;
    let w = (left + (col_w + gap) * rows.len().max(1) as u32 + 20).max(320);
    let h = PLOT_H + 80;
    let mut s = open(w, h, &format!("{name}: items by status per month"));
    let scale = scale.max(1) as f64;
    let base = PLOT_H + 10;
    let _ = write!(
        s,
        "<line x1=\"{left}\" y1=\"{base}\" x2=\"{}\" y2=\"{base}\" stroke=\"#616161\"/><text x=\"{}\" y=\"18\" text-anchor=\"end\" font-size=\"11\">{}</text><text x=\"{}\" y=\"{base}\" text-anchor=\"end\" font-size=\"11\">0</text>",
        w - 10,
        left - 4,
        scale as u64,
        left - 4
    );
    for (k, r) in rows.iter().enumerate() {
        let x = left + 8 + (col_w + gap) * k as u32;
        let mut y = base as f64;
        let counts = [r.removed, r.restricted, r.rejected, r.not_found, r.pending];
        for ((key, _, colour), n) in STATUS_COLOURS.iter().zip(counts) {
            if n == 0 {
                continue;
            }
            let hh = n as f64 / scale * PLOT_H as f64;
            y -= hh;
            let _ = write!(
                s,
                "<rect x=\"{x}\" y=\"{y:.1}\" width=\"{col_w}\" height=\"{hh:.1}\" fill=\"{colour}\"><title>{} {}: {n}</title></rect>",
                esc(&r.month),
                key
            );
        }
        if r.items > 0 {
            let _ = write!(
                s,
                "<text x=\"{}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"11\">{}</text>",
                x + col_w / 2,
                y - 3.0,
                r.items
            );
        }
        let _ = write!(
            s,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"10\">{}</text>",
            x + col_w / 2,
            base + 14,
            esc(r.month.get(2..).unwrap_or(&r.month))
        );
    }
    // Legend, wrapped to the chart's width.
    let (mut lx, mut ly) = (left, base + 30);
    for (_, label, colour) in STATUS_COLOURS {
        let lw = 13 + text_width(label, 10) + 10;
        if lx + lw > w && lx > left {
            lx = left;
            ly += 15;
        }
        let _ = write!(
            s,
            "<rect x=\"{lx}\" y=\"{ly}\" width=\"10\" height=\"10\" fill=\"{colour}\"/><text x=\"{}\" y=\"{}\" font-size=\"10\">{}</text>",
            lx + 13,
            ly + 9,
            esc(label)
        );
        lx += lw;
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_escaped_and_bars_scale() {
        let names = vec![PlatformName {
            id: "p".into(),
            name: "<b>&</b>".into(),
        }];
        let row = ReportRow {
            platform: "p".into(),
            month: "2024-09".into(),
            items: 4,
            removed: 3,
            pending: 1,
            answered_in_time: 1,
            due_or_answered: 4,
            in_time_share: Some(0.25),
            ..Default::default()
        };
        let svg = in_time_bars(std::slice::from_ref(&row), &names);
        assert!(svg.contains("&lt;b&gt;&amp;&lt;/b&gt;"), "{svg}");
        assert!(!svg.contains("<b>"));
        assert!(svg.contains("width=\"90\""), "a quarter of 360: {svg}");
        assert!(svg.contains("25.0% (1/4)"));
        let cols = status_columns(&[&row], "P", 4);
        // 3 of 4 at full scale: 120 of 160 px.
        assert!(cols.contains("height=\"120.0\" fill=\"#2e7d32\""), "{cols}");
    }
}
