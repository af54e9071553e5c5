//! HTML bodies: the author's own part as text lines and tables. Quoted
//! history (blockquotes and the quoting containers of Gmail, Outlook, Apple,
//! Yahoo, Thunderbird and Naver) ends the author's part. Links are replaced by
//! their href: the href is the URL, whatever the visible text says.

/// A table cell: its text, with anchors replaced by their hrefs.
pub type Row = Vec<String>;

#[derive(Debug, Default, Clone, PartialEq)]
pub struct HtmlText {
    pub lines: Vec<String>,
    pub tables: Vec<Vec<Row>>,
}

struct Tag<'a> {
    name: String,
    closing: bool,
    attrs: &'a str,
}

fn parse_tag(inner: &str) -> Tag<'_> {
    let inner = inner.trim();
    let (closing, rest) = match inner.strip_prefix('/') {
        Some(r) => (true, r.trim_start()),
        None => (false, inner),
    };
    let end = rest
        .find(|c: char| c.is_whitespace() || c == '/' || c == '>')
        .unwrap_or(rest.len());
    Tag {
        name: rest[..end].to_ascii_lowercase(),
        closing,
        attrs: &rest[end..],
    }
}

/// The value of attribute `name` in a tag's attribute text.
fn attr(attrs: &str, name: &str) -> Option<String> {
    let lower = attrs.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = lower[from..].find(name) {
        let at = from + pos;
        from = at + name.len();
        let before_ok = at == 0 || lower.as_bytes()[at - 1].is_ascii_whitespace();
        let rest = lower[from..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let vstart = attrs.len() - rest.len() + 1;
        let v = attrs[vstart..].trim_start();
        let value = if let Some(q) = v.chars().next().filter(|c| *c == '"' || *c == '\'') {
            v[1..].split(q).next().unwrap_or("")
        } else {
            v.split(|c: char| c.is_whitespace() || c == '>')
                .next()
                .unwrap_or("")
        };
        return Some(html_escape::decode_html_entities(value).to_string());
    }
    None
}

fn is_quote_container(tag: &Tag<'_>) -> bool {
    if tag.name == "blockquote" {
        return true;
    }
    let class = attr(tag.attrs, "class")
        .unwrap_or_default()
        .to_ascii_lowercase();
    let id = attr(tag.attrs, "id")
        .unwrap_or_default()
        .to_ascii_lowercase();
    const CLASSES: [&str; 7] = [
        "gmail_quote",
        "yahoo_quoted",
        "moz-cite-prefix",
        "__se_quote",
        "se_quote",
        "protonmail_quote",
        "gmail_extra",
    ];
    const IDS: [&str; 5] = [
        "divrplyfwdmsg",
        "appendonsend",
        "olk_src_body_section",
        "mail-original",
        "reply-intro",
    ];
    class.split_whitespace().any(|c| CLASSES.contains(&c)) || IDS.contains(&id.as_str())
}

const BLOCK: [&str; 22] = [
    "p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
    "pre", "section", "article", "header", "footer", "dt", "dd",
];

/// Converts an HTML body to the author's own lines and tables.
pub fn own_text(html: &str) -> HtmlText {
    let mut out = HtmlText::default();
    let mut line = String::new();
    let mut skip_until: Option<&'static str> = None; // inside <script>/<style>/<head>
    // Table state: a stack, for nested tables.
    let mut tables: Vec<(Vec<Row>, Option<Row>, Option<String>)> = Vec::new();
    let mut anchor: Option<(String, String)> = None; // (href, visible text)
    let mut rest = html;
    let flush = |line: &mut String, out: &mut HtmlText| {
        let t = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if !t.is_empty() {
            out.lines.push(t);
        }
        line.clear();
    };
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            emit_text(
                rest,
                &mut line,
                &mut tables,
                &mut anchor,
                skip_until.is_some(),
            );
            break;
        };
        emit_text(
            &rest[..lt],
            &mut line,
            &mut tables,
            &mut anchor,
            skip_until.is_some(),
        );
        rest = &rest[lt..];
        if rest.starts_with("<!--") {
            rest = rest.find("-->").map(|e| &rest[e + 3..]).unwrap_or("");
            continue;
        }
        let Some(gt) = rest.find('>') else { break };
        let tag = parse_tag(&rest[1..gt]);
        rest = &rest[gt + 1..];
        if let Some(until) = skip_until {
            if tag.closing && tag.name == until {
                skip_until = None;
            }
            continue;
        }
        match tag.name.as_str() {
            "script" | "style" | "head" | "title" if !tag.closing => {
                skip_until = Some(match tag.name.as_str() {
                    "script" => "script",
                    "style" => "style",
                    "head" => "head",
                    _ => "title",
                });
                continue;
            }
            _ => {}
        }
        if !tag.closing && is_quote_container(&tag) {
            // Everything from here on is history.
            break;
        }
        match (tag.name.as_str(), tag.closing) {
            ("a", false) => {
                let href = attr(tag.attrs, "href").unwrap_or_default();
                anchor = Some((href, String::new()));
            }
            ("a", true) => {
                if let Some((href, text)) = anchor.take() {
                    let h = href.trim();
                    let lh = h.to_ascii_lowercase();
                    let shown = if lh.starts_with("http://") || lh.starts_with("https://") {
                        format!(" {h} ")
                    } else {
                        text
                    };
                    emit_text_raw(&shown, &mut line, &mut tables);
                }
            }
            ("table", false) => tables.push((Vec::new(), None, None)),
            ("table", true) => {
                if let Some((mut rows, row, cell)) = tables.pop() {
                    finish_row(&mut rows, row, cell);
                    if !rows.is_empty() {
                        out.tables.push(rows);
                    }
                }
                flush(&mut line, &mut out);
            }
            ("tr", false) => {
                if let Some((rows, row, cell)) = tables.last_mut() {
                    let (r, c) = (row.take(), cell.take());
                    finish_row(rows, r, c);
                    *row = Some(Vec::new());
                }
                flush(&mut line, &mut out);
            }
            ("tr", true) => {
                if let Some((rows, row, cell)) = tables.last_mut() {
                    let (r, c) = (row.take(), cell.take());
                    finish_row(rows, r, c);
                }
                flush(&mut line, &mut out);
            }
            ("td" | "th", false) => {
                if let Some((_, row, cell)) = tables.last_mut() {
                    if let Some(c) = cell.take() {
                        row.get_or_insert_with(Vec::new).push(clean(&c));
                    }
                    *cell = Some(String::new());
                }
                line.push_str(" | ");
            }
            ("td" | "th", true) => {
                if let Some((_, row, cell)) = tables.last_mut() {
                    if let Some(c) = cell.take() {
                        row.get_or_insert_with(Vec::new).push(clean(&c));
                    }
                }
            }
            (name, _) if BLOCK.contains(&name) => flush(&mut line, &mut out),
            _ => {}
        }
    }
    if let Some((href, text)) = anchor.take() {
        let _ = href;
        line.push_str(&text);
    }
    flush(&mut line, &mut out);
    // Unclosed tables still count.
    while let Some((mut rows, row, cell)) = tables.pop() {
        finish_row(&mut rows, row, cell);
        if !rows.is_empty() {
            out.tables.push(rows);
        }
    }
    out.lines = out
        .lines
        .into_iter()
        .map(|l| l.trim_start_matches("| ").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    out
}

fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn finish_row(rows: &mut Vec<Row>, row: Option<Row>, cell: Option<String>) {
    let mut row = row.unwrap_or_default();
    if let Some(c) = cell {
        row.push(clean(&c));
    }
    if row.iter().any(|c| !c.is_empty()) {
        rows.push(row);
    }
}

type TableState = Vec<(Vec<Row>, Option<Row>, Option<String>)>;

fn emit_text(
    raw: &str,
    line: &mut String,
    tables: &mut TableState,
    anchor: &mut Option<(String, String)>,
    skipping: bool,
) {
    if skipping || raw.is_empty() {
        return;
    }
    let text = html_escape::decode_html_entities(raw);
    if let Some((_, t)) = anchor {
        t.push_str(&text);
        return;
    }
    emit_text_raw(&text, line, tables);
}

fn emit_text_raw(text: &str, line: &mut String, tables: &mut TableState) {
    line.push_str(text);
    if let Some((_, _, Some(cell))) = tables.last_mut() {
        cell.push_str(text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_with_anchor_hrefs() {
        let h = r#"<html><head><style>p{}</style></head><body><p>Results:</p>
            <table><tr><th>Link</th><th>Action</th></tr>
            <tr><td><a href="https://t.me/a/1">t.me/a/one</a></td><td>Removed</td></tr>
            <tr><td><a href="https://t.me/a/2">link</a></td><td>No violation</td></tr></table>
            <div class="gmail_quote">On Mon wrote:<br>https://t.me/a/3 removed</div></body></html>"#;
        let t = own_text(h);
        assert_eq!(t.tables.len(), 1);
        assert_eq!(t.tables[0][0], vec!["Link", "Action"]);
        assert_eq!(t.tables[0][1], vec!["https://t.me/a/1", "Removed"]);
        assert!(
            t.lines
                .iter()
                .any(|l| l.contains("https://t.me/a/2") && l.contains("No violation")),
            "{:?}",
            t.lines
        );
        assert!(!t.lines.iter().any(|l| l.contains("a/3")));
    }

    #[test]
    fn quotes_end_own_text() {
        let h = "<div>Removed:<br>https://t.me/a/1</div><div id=\"appendonsend\"></div><div id=\"divRplyFwdMsg\">From: x</div><div>https://t.me/a/2</div>";
        let t = own_text(h);
        assert_eq!(t.lines, vec!["Removed:", "https://t.me/a/1"]);
        let h = "<p>ok</p><blockquote type=\"cite\">removed https://t.me/a/2</blockquote>";
        assert_eq!(own_text(h).lines, vec!["ok"]);
    }

    #[test]
    fn entities_and_garbage() {
        assert_eq!(
            own_text("<p>a &amp; b&nbsp;c</p>").lines,
            vec!["a & b\u{a0}c".replace('\u{a0}', " ")]
        );
        let _ = own_text("<<<>>><a href=<td></table></tr><");
        let _ = own_text("<a href=\"https://x");
    }
}
