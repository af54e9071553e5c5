//! Tables: HTML tables, CSV and XLSX attachments. A table states statuses
//! when it has a URL column and a status column (header names vary, English
//! or Korean); rows without a readable status state nothing.

use std::sync::LazyLock;

use regex::Regex;

use super::ascii_b;

use super::status::{Said, named_status, said};
use super::urls;
use crate::status::Status;

/// One row's statement.
#[derive(Debug, Clone, PartialEq)]
pub struct RowClaim {
    pub url: String,
    pub said: Said,
}

const URL_HEADERS: [&str; 14] = [
    "url",
    "urls",
    "link",
    "links",
    "content",
    "content url",
    "reported url",
    "post",
    "address",
    "링크",
    "주소",
    "url 주소",
    "게시물",
    "대상",
];
const STATUS_HEADERS: [&str; 18] = [
    "status",
    "action",
    "action taken",
    "actions",
    "result",
    "results",
    "outcome",
    "decision",
    "resolution",
    "response",
    "조치",
    "조치결과",
    "조치 결과",
    "처리결과",
    "처리 결과",
    "결과",
    "상태",
    "조치 내용",
];

fn norm_header(h: &str) -> String {
    h.trim()
        .trim_matches(|c: char| c == '*' || c == ':' || c == '"')
        .trim()
        .to_lowercase()
}

pub(crate) fn is_url_header(h: &str) -> bool {
    let n = norm_header(h);
    URL_HEADERS.contains(&n.as_str())
        || n.ends_with(" url")
        || n.ends_with(" link")
        // "요청URL", "신고 링크", "Post URL"
        || (n.ends_with("url") && n.chars().count() <= 12)
        || n.ends_with("링크")
        || n.ends_with("주소")
}

pub(crate) fn is_status_header(h: &str) -> bool {
    let n = norm_header(h);
    STATUS_HEADERS.contains(&n.as_str())
        || ["action", "status", "decision", "outcome", "result"]
            .iter()
            .any(|p| n.starts_with(p))
        // Korean result columns name the measure (조치내용, 처리 상태), but
        // not their dates, reasons or numbers (조치일자, 조치 사유).
        || ((n.contains("조치") || n.contains("처리"))
            && !["일자", "일시", "날짜", "시간", "기한", "번호", "사유", "근거", "담당"]
                .iter()
                .any(|x| n.contains(x))
            && !n.ends_with('일'))
}

/// Another cell of the row limits the decision to Korea ("South Korea (KR)
/// only", "국내 한정"): a removal there is a restriction.
static KOREA_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:south\s+korea|republic\s+of\s+korea|korea|kr)\b|한국|국내|대한민국")
        .expect("built-in regex")
});
static SCOPE_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bscope\b|\bregions?\b|\bterritor|\bavailability\b|범위|지역")
        .expect("built-in regex")
});
static ONLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)\bonly\b|\blocal(?:ly)?\b|한정|에서만|내에서",
    ))
    .expect("built-in regex")
});
static WORLDWIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)\b(?:global(?:ly)?|worldwide|all\s+(?:regions|countries))\b|전\s*세계|전체\s*국가",
    ))
    .expect("built-in regex")
});

/// Reads rows: finds a header row naming a URL and a status column; without
/// one, a row with a URL cell and a status phrase in another cell counts.
pub fn rows_to_claims(
    rows: &[Vec<String>],
    extra: &[(Status, String)],
    max_rows: usize,
) -> Vec<RowClaim> {
    let mut out = Vec::new();
    let mut cols: Option<(usize, usize)> = None;
    let mut header: Vec<String> = Vec::new();
    let mut status_only: Option<(usize, Vec<String>)> = None;
    let mut marks: Option<Vec<(usize, Status)>> = None;
    for row in rows.iter().take(max_rows) {
        crate::stop::checkpoint();
        // A header whose columns are the outcomes themselves ("Video |
        // Removed globally | Blocked in KR | No action"), each row marking
        // one ("URL | | ✓ |").
        if cols.is_none() {
            if let Some(m) = mark_header(row, extra) {
                marks = Some(m);
                continue;
            }
            if let Some(m) = &marks {
                if let Some(ui) = row.iter().position(|c| !urls::find_urls(c).is_empty()) {
                    let said = marked_status(row, ui, m);
                    for f in urls::find_urls(&row[ui]) {
                        out.push(RowClaim {
                            url: f.raw,
                            said: said.clone(),
                        });
                    }
                    continue;
                }
            }
        }
        let url_col = row.iter().position(|c| is_url_header(c));
        let status_col = row.iter().position(|c| is_status_header(c));
        if let (Some(u), Some(s)) = (url_col, status_col) {
            if u != s && urls::find_urls(&row.join(" ")).is_empty() {
                cols = Some((u, s));
                header = row.iter().map(|h| norm_header(h)).collect();
                continue;
            }
        }
        // A header naming the status column but not the URL one ("게시글 |
        // 결과 | 사유", "Item | Outcome"): the URL column is the one the first
        // row below holds its URL in.
        if let (None, Some(s), None) = (url_col, status_col, cols) {
            if urls::find_urls(&row.join(" ")).is_empty() {
                status_only = Some((s, row.iter().map(|h| norm_header(h)).collect()));
                continue;
            }
        }
        if cols.is_none() {
            if let Some((s, h)) = status_only.take() {
                if let Some(u) = row.iter().position(|c| !urls::find_urls(c).is_empty()) {
                    if u != s {
                        cols = Some((u, s));
                        header = h;
                    }
                }
            }
        }
        match cols {
            Some((u, s)) => {
                let cell = row.get(u).map(String::as_str).unwrap_or("");
                let status_text = row.get(s).map(String::as_str).unwrap_or("");
                let mut st = cell_status(status_text, extra);
                // The row's other cells (remarks), and the status cell read
                // with them.
                let remarks: Vec<&str> = row
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| *i != u && *i != s)
                    .map(|(_, c)| c.as_str())
                    .collect();
                let with_remarks = || {
                    let mut text = vec![status_text];
                    text.extend(&remarks);
                    said(&text.join(" ; "), extra)
                };
                // A status cell that names no status ("Content unavailable")
                // is read with the row's remarks ("Could not be located at
                // time of review").
                if !matches!(st, Said::Stated(_)) {
                    if let Said::Stated(x) = with_remarks() {
                        st = Said::Stated(x);
                    }
                }
                // A refusal ("조치 불가", "No action") explained in a remarks
                // cell of the same row ("게시물 없음(존재하지 않는 URL)") is
                // read with that remark: content that does not exist is not
                // found, not kept online.
                // (The remarks must say something of their own: in "게시 유지
                // (개인정보 노출 확인 불가)" beside "3 | Daum 카페" the "could
                // not be confirmed" is the refusal's own reason, which the
                // status cell alone reads as such.)
                if st == Said::Stated(Status::Rejected) {
                    let remark_not_found = remarks
                        .iter()
                        .any(|c| named_status(c) == Some(Status::NotFound));
                    if remark_not_found
                        || (said(&remarks.join(" ; "), extra) != Said::Nothing
                            && with_remarks() == Said::Stated(Status::NotFound))
                    {
                        st = Said::Stated(Status::NotFound);
                    }
                }
                // "삭제된 게시물" with the remark "작성자 삭제(9/9)": the author
                // deleted it before the platform acted; not found, as the
                // same words in one sentence would be.
                // (Not a remark about another part: "part 2 of 2, part 1
                // already gone" under "Removed".)
                if st == Said::Stated(Status::Removed) {
                    let remark_not_found = row.iter().enumerate().any(|(i, c)| {
                        i != u
                            && i != s
                            && !ANOTHER_PART.is_match(c)
                            && (named_status(c) == Some(Status::NotFound)
                                || said(c, extra) == Said::Stated(Status::NotFound))
                    });
                    if remark_not_found {
                        st = Said::Stated(Status::NotFound);
                    }
                }
                // A scope column ("Scope: South Korea (KR) only") limits a
                // removal to Korea; a column that only says which country
                // the report came from ("Country: KR") does not.
                if st == Said::Stated(Status::Removed) {
                    let scoped = row.iter().enumerate().any(|(i, c)| {
                        let h = header.get(i).map(String::as_str).unwrap_or("");
                        i != u
                            && i != s
                            && (SCOPE_HEADER.is_match(h) || ONLY.is_match(c))
                            && KOREA_ONLY.is_match(c)
                            && !WORLDWIDE.is_match(c)
                    });
                    if scoped {
                        st = Said::Stated(Status::Restricted);
                    }
                }
                for f in urls::find_urls(cell) {
                    out.push(RowClaim {
                        url: f.raw,
                        said: st.clone(),
                    });
                }
            }
            None => {
                // No header: the URL cell and the other cells' words.
                let Some(ui) = row.iter().position(|c| !urls::find_urls(c).is_empty()) else {
                    continue;
                };
                let others: Vec<&str> = row
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| *i != ui)
                    .map(|(_, c)| c.as_str())
                    .collect();
                let s = said(&others.join(" ; "), extra);
                for f in urls::find_urls(&row[ui]) {
                    out.push(RowClaim {
                        url: f.raw,
                        said: s.clone(),
                    });
                }
            }
        }
    }
    out
}

/// A mark in a cell: a tick, a filled or open circle, "yes". (Not "X":
/// in Korean tables it is the "no" beside "O".)
static MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:[✓✔☑✅●■◉○◯◎]|o|v|yes|y|예|해당)\s*$").expect("built-in regex")
});

/// A header row whose columns name outcomes, two or more of them and no URL:
/// each outcome column with its status.
fn mark_header(row: &[String], extra: &[(Status, String)]) -> Option<Vec<(usize, Status)>> {
    if !urls::find_urls(&row.join(" ")).is_empty() || row.iter().any(|c| MARK.is_match(c)) {
        return None;
    }
    // (A short outcome name, not a sentence: the length is checked before
    // the cell is read, as this runs on every row above a table's header.)
    let cols: Vec<(usize, Status)> = row
        .iter()
        .enumerate()
        .filter(|(_, c)| c.trim().chars().count() <= 40)
        .filter_map(|(i, c)| match said(c.trim(), extra) {
            Said::Stated(st) => Some((i, st)),
            _ => None,
        })
        .collect();
    (cols.len() >= 2).then_some(cols)
}

/// The outcome a row marks: exactly one marked outcome column. No mark, or
/// marks under different outcomes, state nothing.
fn marked_status(row: &[String], url_col: usize, marks: &[(usize, Status)]) -> Said {
    if row
        .iter()
        .enumerate()
        .any(|(i, c)| i != url_col && MARK.is_match(c) && !marks.iter().any(|(m, _)| *m == i))
    {
        // A mark outside the outcome columns: the header is not what we
        // took it for.
        return Said::Nothing;
    }
    let mut marked = marks
        .iter()
        .filter(|(i, _)| row.get(*i).is_some_and(|c| MARK.is_match(c)))
        .map(|(_, st)| *st);
    match (marked.next(), marked.next()) {
        (Some(st), None) => Said::Stated(st),
        _ => Said::Nothing,
    }
}

/// A remark that speaks of another part or item than its row's ("part 1
/// already gone", "the other file", "#3").
static ANOTHER_PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:part|file|item|row|link|entry|volume|vol\.?)\s*#?\d+\b|\bthe\s+other\b|\banother\b|\b(?:previous|next|first|second)\s+(?:part|file|link|one)\b|(?:\d+|다른)\s*번(?:째)?\s*(?:파일|게시물|링크|항목)"))
        .expect("built-in regex")
});

/// A status column's cell: like any text, except that a bare Korean stem
/// ("삭제", "차단") is the statement itself in a status column.
fn cell_status(text: &str, extra: &[(Status, String)]) -> Said {
    // Machine codes ("withheld_in_country (KR)", "no_violation") are words.
    let text = text.replace('_', " ");
    match text.trim() {
        "삭제" | "삭제됨" => Said::Stated(Status::Removed),
        "차단" | "차단됨" => Said::Stated(Status::Restricted),
        "유지" | "게시 유지" => Said::Stated(Status::Rejected),
        t => said(t, extra),
    }
}

/// Parses a CSV attachment (comma, semicolon or tab separated; UTF-8 with or
/// without BOM, else EUC-KR as Korean spreadsheets often are).
pub fn csv_rows(data: &[u8], max_rows: usize) -> Result<Vec<Vec<String>>, String> {
    let text = decode_text(data);
    let first = text.lines().next().unwrap_or("");
    let delim = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| first.matches(*d as char).count())
        .unwrap_or(b',');
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delim)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for rec in rdr.records().take(max_rows) {
        crate::stop::checkpoint();
        let rec = rec.map_err(|e| format!("CSV: {e}"))?;
        rows.push(rec.iter().map(|c| c.trim().to_string()).collect());
    }
    Ok(rows)
}

fn decode_text(data: &[u8]) -> String {
    let data = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
    match std::str::from_utf8(data) {
        Ok(s) => s.to_string(),
        Err(_) => mail_parser::decoders::charsets::map::charset_decoder(b"euc-kr")
            .map(|dec| dec(data))
            .unwrap_or_else(|| String::from_utf8_lossy(data).to_string()),
    }
}

/// An XLSX file is a zip: a few kilobytes can inflate to gigabytes (a zip
/// bomb) inside calamine. Before calamine sees it, the entries' uncompressed
/// sizes (as the zip declares them) are summed against a cap, and each entry
/// is inflated once, bounded, to check that it is no bigger than declared
/// (a lying header is the other half of a bomb).
const XLSX_MAX_UNCOMPRESSED: u64 = 100 * 1024 * 1024;
const XLSX_MAX_ENTRIES: usize = 1_000;

fn zip_guard(data: &[u8]) -> Result<(), String> {
    let mut zip =
        zip::ZipArchive::new(std::io::Cursor::new(data)).map_err(|e| format!("XLSX: {e}"))?;
    if zip.len() > XLSX_MAX_ENTRIES {
        return Err(format!(
            "XLSX: {} zip entries, more than {XLSX_MAX_ENTRIES}; not read",
            zip.len()
        ));
    }
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let entry = zip.by_index(i).map_err(|e| format!("XLSX: {e}"))?;
        let declared = entry.size();
        total = total.saturating_add(declared);
        if total > XLSX_MAX_UNCOMPRESSED {
            return Err(format!(
                "XLSX: inflates to more than {XLSX_MAX_UNCOMPRESSED} bytes (a zip bomb?); not read"
            ));
        }
        let inflated = std::io::copy(
            &mut std::io::Read::take(entry, declared.saturating_add(1)),
            &mut std::io::sink(),
        )
        .map_err(|e| format!("XLSX: {e}"))?;
        if inflated > declared {
            return Err(
                "XLSX: a zip entry inflates beyond its declared size (a zip bomb?); not read"
                    .into(),
            );
        }
    }
    Ok(())
}

/// Reads the first worksheets of an XLSX attachment.
pub fn xlsx_rows(data: &[u8], max_rows: usize) -> Result<Vec<Vec<String>>, String> {
    use calamine::{Reader, Xlsx};
    zip_guard(data)?;
    let mut book: Xlsx<_> =
        Xlsx::new(std::io::Cursor::new(data)).map_err(|e| format!("XLSX: {e}"))?;
    let mut rows = Vec::new();
    let names = book.sheet_names().to_vec();
    for name in names.iter().take(5) {
        let range = match book.worksheet_range(name) {
            Ok(r) => r,
            Err(e) => return Err(format!("XLSX sheet {name:?}: {e}")),
        };
        for row in range.rows().take(max_rows.saturating_sub(rows.len())) {
            crate::stop::checkpoint();
            rows.push(
                row.iter()
                    .map(|c| c.to_string().trim().to_string())
                    .collect(),
            );
        }
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(rows: &[&[&str]]) -> Vec<Vec<String>> {
        rows.iter()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect()
    }

    #[test]
    fn a_header_naming_only_the_status_column() {
        // "게시글" is no URL header the reader knows: the column is the one
        // the first row holds its URL in, and the reason column is a remark.
        let rows = table(&[
            &["게시글", "결과", "사유"],
            &[
                "https://band.us/band/1/post/302",
                "비공개 처리",
                "도박 사이트 홍보 확인",
            ],
            &[
                "https://band.us/band/1/post/318",
                "유지",
                "도박 관련 내용 없음",
            ],
        ]);
        let got: Vec<Said> = rows_to_claims(&rows, &[], 100)
            .into_iter()
            .map(|r| r.said)
            .collect();
        assert_eq!(
            got,
            vec![
                Said::Stated(Status::Removed),
                Said::Stated(Status::Rejected)
            ]
        );
    }

    /// Blind-624 (yt-checkmark-columns): the outcomes are the columns and
    /// each row ticks one. No tick, ticks under two outcomes, or a tick
    /// outside the outcome columns state nothing.
    #[test]
    fn outcome_columns_marked_per_row() {
        let rows = table(&[
            &["Video", "Removed globally", "Blocked in KR", "No action"],
            &["https://youtu.be/a1", "✓", "", ""],
            &["https://youtu.be/a2", "", "", "✓"],
            &["https://youtu.be/a3", "", "✔", ""],
            &["https://youtu.be/a4", "", "", ""],
            &["https://youtu.be/a5", "✓", "✓", ""],
        ]);
        let got: Vec<(String, Said)> = rows_to_claims(&rows, &[], 100)
            .into_iter()
            .map(|r| (r.url, r.said))
            .collect();
        assert_eq!(
            got,
            vec![
                ("https://youtu.be/a1".into(), Said::Stated(Status::Removed)),
                ("https://youtu.be/a2".into(), Said::Stated(Status::Rejected)),
                (
                    "https://youtu.be/a3".into(),
                    Said::Stated(Status::Restricted)
                ),
                ("https://youtu.be/a4".into(), Said::Nothing),
                ("https://youtu.be/a5".into(), Said::Nothing),
            ]
        );
        let korean = table(&[
            &["게시물", "삭제", "임시조치", "비고"],
            &["https://cafe.naver.com/c/1", "", "O", ""],
            &["https://cafe.naver.com/c/2", "O", "", "O"],
        ]);
        let got: Vec<Said> = rows_to_claims(&korean, &[], 100)
            .into_iter()
            .map(|r| r.said)
            .collect();
        assert_eq!(got, vec![Said::Stated(Status::Restricted), Said::Nothing]);
    }

    #[test]
    fn korean_result_columns_and_a_scope_column() {
        let rows = table(&[
            &["연번", "URL", "조치내용", "조치일자"],
            &["1", "https://t.me/c/1", "삭제", "2024-09-11"],
            &["2", "https://t.me/c/2", "임시조치", "2024-09-11"],
        ]);
        let got: Vec<Said> = rows_to_claims(&rows, &[], 100)
            .into_iter()
            .map(|r| r.said)
            .collect();
        assert_eq!(
            got,
            vec![
                Said::Stated(Status::Removed),
                Said::Stated(Status::Restricted)
            ]
        );
        let rows = table(&[
            &["Reported URL", "Decision", "Scope"],
            &["https://t.me/c/1", "Removed", "Global"],
            &["https://t.me/c/2", "Blocked", "South Korea (KR) only"],
        ]);
        let got: Vec<Said> = rows_to_claims(&rows, &[], 100)
            .into_iter()
            .map(|r| r.said)
            .collect();
        assert_eq!(
            got,
            vec![
                Said::Stated(Status::Removed),
                Said::Stated(Status::Restricted)
            ]
        );
        // A column naming the report's country is not a scope.
        let rows = table(&[
            &["Country", "URL", "Action"],
            &["KR", "https://t.me/c/1", "Removed"],
        ]);
        let got: Vec<Said> = rows_to_claims(&rows, &[], 100)
            .into_iter()
            .map(|r| r.said)
            .collect();
        assert_eq!(got, vec![Said::Stated(Status::Removed)]);
        // Machine codes, a Korean URL header, and a status cell read with
        // its remarks.
        let rows = table(&[
            &["요청URL", "outcome", "비고"],
            &["https://t.me/c/1", "withheld_in_country (KR)", ""],
            &[
                "https://t.me/c/2",
                "Content unavailable",
                "Could not be located at time of review",
            ],
            &["https://t.me/c/3", "유지", "운영정책 위반 아님"],
        ]);
        let got: Vec<Said> = rows_to_claims(&rows, &[], 100)
            .into_iter()
            .map(|r| r.said)
            .collect();
        assert_eq!(
            got,
            vec![
                Said::Stated(Status::Restricted),
                Said::Stated(Status::NotFound),
                Said::Stated(Status::Rejected)
            ]
        );
        // A date column is not a status column.
        assert!(!is_status_header("조치일자"));
        assert!(!is_status_header("처리일"));
    }

    #[test]
    fn header_columns() {
        let rows = vec![
            vec!["No.".to_string(), "Link".into(), "Action".into()],
            vec!["1".into(), "https://t.me/a/1".into(), "Removed".into()],
            vec!["2".into(), "https://t.me/a/2".into(), "Under review".into()],
            vec!["3".into(), "https://t.me/a/3".into(), "No violation".into()],
        ];
        let c = rows_to_claims(&rows, &[], 100);
        assert_eq!(c.len(), 3);
        assert_eq!(c[0].said, Said::Stated(Status::Removed));
        assert!(!matches!(c[1].said, Said::Stated(_)));
        assert_eq!(c[2].said, Said::Stated(Status::Rejected));
    }

    #[test]
    fn csv_korean_headers() {
        let data =
            "URL,조치결과\nhttps://t.me/a/1,삭제 완료\nhttps://t.me/a/2,접속 차단\n".as_bytes();
        let rows = csv_rows(data, 100).unwrap();
        let c = rows_to_claims(&rows, &[], 100);
        assert_eq!(c[0].said, Said::Stated(Status::Removed));
        assert_eq!(c[1].said, Said::Stated(Status::Restricted));
    }

    #[test]
    fn a_refusal_explained_by_absence_in_a_remarks_cell_is_not_found() {
        // Blind set 2 (naver-kcsc-style-html-table).
        let rows: Vec<Vec<String>> = [
            vec!["연번", "대상 URL", "조치 결과", "비고"],
            vec![
                "1",
                "https://t.me/c/1",
                "조치 불가",
                "게시물 없음(존재하지 않는 URL)",
            ],
            vec!["2", "https://t.me/c/2", "미조치", "위반 사항 없음"],
            vec!["3", "https://t.me/c/3", "조치 불가", "위반 사항 없음"],
        ]
        .iter()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
        let got: Vec<(String, Said)> = rows_to_claims(&rows, &[], 100)
            .into_iter()
            .map(|c| (c.url, c.said))
            .collect();
        assert_eq!(
            got[0],
            ("https://t.me/c/1".into(), Said::Stated(Status::NotFound))
        );
        assert_eq!(
            got[2],
            ("https://t.me/c/3".into(), Said::Stated(Status::Rejected))
        );
    }

    #[test]
    fn bad_xlsx_is_an_error() {
        assert!(xlsx_rows(b"PK\x03\x04garbage", 10).is_err());
    }
}
