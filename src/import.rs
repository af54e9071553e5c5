//! Requests in: reading and validating the requests CSV (and `request add`
//! arguments) into rows for the ledger. All-or-nothing: the first bad row
//! stops the import with its line and column.

use jiff::Timestamp;

use crate::config::Settings;
use crate::extract::urls;
use crate::store::NewRequestItem;

/// Dates without a time mean the end of that day in the configured zone.
pub fn parse_when(text: &str, tz: &jiff::tz::TimeZone) -> Result<Timestamp, String> {
    let t = text.trim();
    if let Ok(d) = t.parse::<jiff::civil::Date>() {
        if t.len() == 10 {
            return d
                .at(23, 59, 59, 0)
                .to_zoned(tz.clone())
                .map(|z| z.timestamp())
                .map_err(|e| format!("`{t}`: {e}"));
        }
    }
    t.parse::<Timestamp>().map_err(|_| {
        format!("`{t}` is not a date (write YYYY-MM-DD or RFC 3339 like 2024-09-08T18:00:00+09:00)")
    })
}

/// Whether `text` is a date without a time (`2024-09-01`).
pub fn is_bare_date(text: &str) -> bool {
    let t = text.trim();
    t.len() == 10 && t.parse::<jiff::civil::Date>().is_ok()
}

/// Validates request rows against the settings.
pub struct Validator<'a> {
    pub settings: &'a Settings,
    /// The send date of rows that give none (`request add` without --sent).
    pub now: Timestamp,
    /// The values come from command-line arguments (`request add`): errors
    /// name the argument (`--due`), not a CSV column.
    pub arguments: bool,
}

impl Validator<'_> {
    #[allow(clippy::too_many_arguments)]
    pub fn item(
        &self,
        origin: &str,
        reference: &str,
        platform: &str,
        sent: Option<&str>,
        due: &str,
        url: &str,
        category: Option<&str>,
        message_id: Option<&str>,
        note: Option<&str>,
    ) -> Result<NewRequestItem, String> {
        let s = self.settings;
        let arguments = self.arguments;
        let col = move |c: &str, m: String| {
            if !arguments {
                return format!("{origin}, column {c}: {m}");
            }
            let flag = match c {
                "ref" => "--ref",
                "platform" => "--platform",
                "sent_at" => "--sent",
                "due_at" => "--due",
                "category" => "--category",
                "message_id" => "--message-id",
                "note" => "--note",
                _ => return format!("{origin}: {m}"),
            };
            format!("{flag}: {m}")
        };
        let reference = reference.trim();
        if reference.is_empty() {
            return Err(col("ref", "empty reference".into()));
        }
        let platform = platform.trim();
        if s.platform(platform).is_none() {
            let known: Vec<&str> = s.platforms.iter().map(|p| p.id.as_str()).collect();
            return Err(col(
                "platform",
                format!(
                    "unknown platform `{platform}` (configured: {})",
                    known.join(", ")
                ),
            ));
        }
        let (sent_at, sent_at_given) = match sent.map(str::trim).filter(|t| !t.is_empty()) {
            Some(t) => (
                parse_when(t, &s.tz).map_err(|e| col("sent_at", e))?,
                if is_bare_date(t) { "date" } else { "time" },
            ),
            None => (self.now, "filled"),
        };
        let due_at = parse_when(due, &s.tz).map_err(|e| col("due_at", e))?;
        if due_at < sent_at {
            return Err(col(
                "due_at",
                format!(
                    "deadline {} is before the send date {}",
                    due.trim(),
                    sent.unwrap_or("(now)").trim()
                ),
            ));
        }
        let url = url.trim();
        let url_key = urls::normalize(url)
            .ok_or_else(|| col("url", format!("`{url}` is not an http(s) URL")))?;
        let opt = |v: Option<&str>| {
            v.map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_string)
        };
        if !s
            .matching
            .reference_patterns
            .iter()
            .any(|re| re.find(reference).is_some_and(|m| m.as_str() == reference))
        {
            tracing::warn!(
                "{origin}: reference {reference} matches none of matching.reference_patterns; replies can then only be matched by thread or URL"
            );
        }
        Ok(NewRequestItem {
            reference: reference.to_string(),
            platform: platform.to_string(),
            sent_at,
            sent_at_given,
            due_at,
            url: url.to_string(),
            url_key,
            category: opt(category),
            message_id: opt(message_id)
                .map(|m| m.trim_start_matches('<').trim_end_matches('>').to_string()),
            note: opt(note),
            origin: origin.to_string(),
        })
    }
}

const COLUMNS: [&str; 8] = [
    "ref",
    "platform",
    "sent_at",
    "due_at",
    "url",
    "category",
    "message_id",
    "note",
];

/// Reads and validates a requests CSV; the error names the file, line and column.
pub fn read_csv(
    settings: &Settings,
    now: Timestamp,
    file: &std::path::Path,
) -> Result<Vec<NewRequestItem>, String> {
    let name = file.display().to_string();
    let data = std::fs::read(file).map_err(|e| format!("{name}: cannot read: {e}"))?;
    let data = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&data).to_vec();
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(false)
        .trim(csv::Trim::All)
        .from_reader(data.as_slice());
    let headers = rdr
        .headers()
        .map_err(|e| format!("{name} line 1: {e}"))?
        .clone();
    let mut idx = [None; 8];
    for (i, h) in headers.iter().enumerate() {
        let h = h.trim().to_ascii_lowercase();
        match COLUMNS.iter().position(|c| *c == h) {
            Some(p) => idx[p] = Some(i),
            None => {
                return Err(format!(
                    "{name} line 1, column {}: unknown column `{h}` (expected {})",
                    i + 1,
                    COLUMNS.join(",")
                ));
            }
        }
    }
    for (p, c) in COLUMNS.iter().enumerate().take(5) {
        if idx[p].is_none() {
            return Err(format!(
                "{name} line 1: missing column `{c}` (header must be ref,platform,sent_at,due_at,url[,category,message_id,note])"
            ));
        }
    }
    let v = Validator {
        settings,
        now,
        arguments: false,
    };
    let mut rows = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| {
            let line = e.position().map(|p| p.line()).unwrap_or(0);
            format!("{name} line {line}: {e}")
        })?;
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        let get = |p: usize| idx[p].and_then(|i| rec.get(i));
        let origin = format!("{name} line {line}");
        if get(2).is_none_or(|t| t.trim().is_empty()) {
            return Err(format!(
                "{origin}, column sent_at: empty (write YYYY-MM-DD or RFC 3339)"
            ));
        }
        let item = v.item(
            &origin,
            get(0).unwrap_or(""),
            get(1).unwrap_or(""),
            get(2),
            get(3).unwrap_or(""),
            get(4).unwrap_or(""),
            get(5),
            get(6),
            get(7),
        )?;
        rows.push(item);
    }
    if rows.is_empty() {
        return Err(format!("{name}: no rows after the header"));
    }
    // One request, one platform, one deadline: rows of a ref must agree (each
    // row is compared with the first row of its ref, found by a map: a scan of
    // the rows before it made importing 175,000 rows take 8 minutes).
    let mut first: std::collections::HashMap<&str, &NewRequestItem> =
        std::collections::HashMap::new();
    for a in &rows {
        if let Some(b) = first.get(a.reference.as_str()).copied().or_else(|| {
            first.insert(&a.reference, a);
            None
        }) {
            if b.platform != a.platform || b.due_at != a.due_at || b.sent_at != a.sent_at {
                return Err(format!(
                    "{}: request {} has a different platform, sent_at or due_at than on {}",
                    a.origin, a.reference, b.origin
                ));
            }
        }
    }
    Ok(rows)
}
