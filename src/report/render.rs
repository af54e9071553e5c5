//! The report as CSV (one row per platform and month, header starting
//! `platform,month`), JSON (the `Report` itself) or HTML (one self-contained
//! file: styles inlined, charts as inline SVG, no script, no external
//! resource).

use serde::Serialize;

use super::{Report, ReportRow, svg};

/// CSV, one row per platform and month.
pub fn csv(report: &Report) -> Result<Vec<u8>, String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    if report.rows.is_empty() {
        // The header alone, so that an empty period still names the columns.
        w.serialize(ReportRow::default())
            .map_err(|e| e.to_string())?;
        let data = w.into_inner().map_err(|e| e.to_string())?;
        let header = data.split(|b| *b == b'\n').next().unwrap_or_default();
        let mut out = header.to_vec();
        out.push(b'\n');
        return Ok(out);
    }
    for r in &report.rows {
        w.serialize(r).map_err(|e| e.to_string())?;
    }
    w.into_inner().map_err(|e| e.to_string())
}

/// "62.5%" or "–".
fn share(v: Option<f64>) -> String {
    v.map(|s| format!("{:.1}%", s * 100.0))
        .unwrap_or_else(|| "–".into())
}

fn hours(v: Option<f64>) -> String {
    v.map(|h| format!("{h:.1}")).unwrap_or_else(|| "–".into())
}

/// A row with its figures formatted for a table cell.
#[derive(Serialize)]
pub struct ShownRow<'a> {
    pub name: &'a str,
    pub row: &'a ReportRow,
    pub share: String,
    pub median: String,
    pub p90: String,
}

impl<'a> ShownRow<'a> {
    pub fn new(name: &'a str, row: &'a ReportRow) -> ShownRow<'a> {
        ShownRow {
            name,
            row,
            share: share(row.in_time_share),
            median: hours(row.median_hours),
            p90: hours(row.p90_hours),
        }
    }
}

#[derive(Serialize)]
struct PlatformSection<'a> {
    id: &'a str,
    name: &'a str,
    chart: minijinja::Value,
    months: Vec<ShownRow<'a>>,
}

/// What `report_body.html` needs: the report, its formatted rows and charts.
pub fn body_context(report: &Report) -> minijinja::Value {
    let name_of = |id: &str| -> String {
        report
            .platforms
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.name.clone())
            .unwrap_or_else(|| id.to_string())
    };
    let names: Vec<String> = report.totals.iter().map(|t| name_of(&t.platform)).collect();
    let totals: Vec<ShownRow<'_>> = report
        .totals
        .iter()
        .zip(&names)
        .map(|(t, n)| ShownRow::new(n, t))
        .collect();
    let scale = report.rows.iter().map(|r| r.items).max().unwrap_or(0);
    let per_platform: Vec<PlatformSection<'_>> = report
        .platforms
        .iter()
        .map(|p| {
            let rows: Vec<&ReportRow> = report.rows.iter().filter(|r| r.platform == p.id).collect();
            PlatformSection {
                id: &p.id,
                name: &p.name,
                chart: minijinja::Value::from_safe_string(svg::status_columns(
                    &rows, &p.name, scale,
                )),
                months: rows
                    .into_iter()
                    .map(|r| ShownRow::new(&p.name, r))
                    .collect(),
            }
        })
        .collect();
    minijinja::context! {
        report => report,
        totals => totals,
        per_platform => per_platform,
        in_time_chart => minijinja::Value::from_safe_string(svg::in_time_bars(&report.totals, &report.platforms)),
        hours_chart => minijinja::Value::from_safe_string(svg::hours_bars(&report.totals, &report.platforms)),
    }
}

/// The self-contained HTML file.
pub fn html(report: &Report) -> Result<String, String> {
    let ctx = minijinja::context! {
        css => minijinja::Value::from_safe_string(crate::web::templates::CSS.to_string()),
        ..body_context(report)
    };
    crate::web::templates::render("report_file.html", ctx)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::PlatformName;

    fn report() -> Report {
        Report {
            generated_at: "2024-10-01T09:00:00+09:00".into(),
            timezone: "Asia/Seoul".into(),
            from: "2024-09-01".into(),
            to: "2024-09-30".into(),
            platforms: vec![
                PlatformName {
                    id: "telegram".into(),
                    name: "Telegram".into(),
                },
                PlatformName {
                    id: "evil".into(),
                    name: "<script>alert(1)</script>".into(),
                },
            ],
            rows: vec![
                ReportRow {
                    platform: "telegram".into(),
                    month: "2024-09".into(),
                    items: 3,
                    removed: 2,
                    pending: 1,
                    in_time_share: Some(0.5),
                    median_hours: Some(12.0),
                    ..Default::default()
                },
                ReportRow {
                    platform: "evil".into(),
                    month: "2024-09".into(),
                    ..Default::default()
                },
            ],
            totals: vec![
                ReportRow {
                    platform: "telegram".into(),
                    month: "all".into(),
                    items: 3,
                    ..Default::default()
                },
                ReportRow {
                    platform: "evil".into(),
                    month: "all".into(),
                    ..Default::default()
                },
            ],
        }
    }

    #[test]
    fn csv_header_and_rows() {
        let text = String::from_utf8(csv(&report()).unwrap()).unwrap();
        let mut lines = text.lines();
        assert!(
            lines
                .next()
                .unwrap()
                .starts_with("platform,month,requests,items,")
        );
        assert!(
            lines
                .next()
                .unwrap()
                .starts_with("telegram,2024-09,0,3,1,2,")
        );
        assert!(lines.next().unwrap().starts_with("evil,2024-09,"));
        assert_eq!(lines.next(), None);
        let mut empty = report();
        empty.rows.clear();
        let text = String::from_utf8(csv(&empty).unwrap()).unwrap();
        assert_eq!(text.lines().count(), 1);
        assert!(text.starts_with("platform,month,"));
    }

    #[test]
    fn html_is_self_contained_and_escaped() {
        let h = html(&report()).unwrap();
        assert!(h.contains("<style>"), "styles inlined");
        assert!(!h.contains("<link"), "no external stylesheet");
        assert!(!h.contains("<script"), "no script, and names are escaped");
        assert!(h.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(h.contains("Telegram"));
        assert!(
            h.matches("<svg").count() >= 4,
            "two summary charts and one per platform"
        );
        assert!(h.contains("50.0%"));
    }
}
