//! Authentication-Results (RFC 8601) read by its grammar, not by splitting on
//! `;`: the values our receiving server copies into the header (the envelope
//! sender's local part in `smtp.mailfrom=`, a `reason="…"`) are the sender's
//! text, and a quoted string or a comment may hold `;`, `=` or a whole forged
//! `dmarc=pass`. Only a `;` outside quotes and comments starts a result.

/// One `method=result` entry of an Authentication-Results header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthResult {
    /// Lowercased, without the `/version`.
    pub method: String,
    /// Lowercased.
    pub result: String,
    /// `reason=`, when given (not lowercased).
    pub reason: Option<String>,
    /// Properties such as `header.from`, names and values lowercased.
    pub props: Vec<(String, String)>,
}

impl AuthResult {
    pub fn prop(&self, name: &str) -> Option<&str> {
        self.props
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A parsed header: who wrote it and what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthResults {
    /// Lowercased.
    pub authserv_id: String,
    pub results: Vec<AuthResult>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    /// A run of text (atoms and quoted strings written next to each other
    /// without space, e.g. `"a;b"@example.org`, make one value).
    Value(String),
    Semi,
    Eq,
}

/// Splits a header value into values, `;` and `=`, dropping comments and
/// whitespace. Errors on an unclosed quoted string or comment.
fn lex(s: &str) -> Result<Vec<Tok>, String> {
    let mut toks = Vec::new();
    let mut cur = String::new();
    // Whether `cur` holds a value being built (a quoted "" is a value too).
    let mut open = false;
    let mut chars = s.chars().peekable();
    let flush = |toks: &mut Vec<Tok>, cur: &mut String, open: &mut bool| {
        if *open {
            toks.push(Tok::Value(std::mem::take(cur)));
            *open = false;
        }
    };
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                open = true;
                let mut closed = false;
                while let Some(q) = chars.next() {
                    match q {
                        '\\' => match chars.next() {
                            Some(e) => cur.push(e),
                            None => return Err("a quoted string ends in `\\`".into()),
                        },
                        '"' => {
                            closed = true;
                            break;
                        }
                        _ => cur.push(q),
                    }
                }
                if !closed {
                    return Err("a quoted string is not closed".into());
                }
            }
            '(' => {
                // A comment separates values like whitespace does.
                flush(&mut toks, &mut cur, &mut open);
                let mut depth = 1usize;
                while depth > 0 {
                    match chars.next() {
                        Some('\\') => {
                            if chars.next().is_none() {
                                return Err("a comment ends in `\\`".into());
                            }
                        }
                        Some('(') => depth += 1,
                        Some(')') => depth -= 1,
                        Some(_) => {}
                        None => return Err("a comment is not closed".into()),
                    }
                }
            }
            ')' => return Err("`)` without `(`".into()),
            ';' => {
                flush(&mut toks, &mut cur, &mut open);
                toks.push(Tok::Semi);
            }
            '=' => {
                flush(&mut toks, &mut cur, &mut open);
                toks.push(Tok::Eq);
            }
            c if c.is_whitespace() => flush(&mut toks, &mut cur, &mut open),
            c => {
                open = true;
                cur.push(c);
            }
        }
    }
    flush(&mut toks, &mut cur, &mut open);
    Ok(toks)
}

/// Parses an Authentication-Results value. An error says why it does not
/// follow the grammar (a header our server wrote always does; one that does
/// not was built from, or broken by, text the sender chose).
pub fn parse(value: &str) -> Result<AuthResults, String> {
    let toks = lex(value)?;
    let mut sections = toks.split(|t| *t == Tok::Semi);
    let head = sections.next().unwrap_or(&[]);
    let authserv_id = match head {
        [Tok::Value(id)] | [Tok::Value(id), Tok::Value(_)] => id.to_ascii_lowercase(),
        [] => return Err("no authserv-id".into()),
        _ => return Err("the authserv-id is not a single value".into()),
    };
    if authserv_id.is_empty() {
        return Err("empty authserv-id".into());
    }
    let mut results = Vec::new();
    let rest: Vec<&[Tok]> = sections.collect();
    for (n, sec) in rest.iter().enumerate() {
        if sec.is_empty() {
            // A trailing `;` is harmless; an empty result between two is not.
            if n + 1 == rest.len() {
                continue;
            }
            return Err("an empty result between two `;`".into());
        }
        if let [Tok::Value(v)] = sec
            && v.eq_ignore_ascii_case("none")
            && rest.len() == 1
        {
            continue;
        }
        results.push(result(sec)?);
    }
    Ok(AuthResults {
        authserv_id,
        results,
    })
}

/// One resinfo: `method[/version]=result [reason=value] [ptype.property=value]…`.
fn result(sec: &[Tok]) -> Result<AuthResult, String> {
    let mut pairs = Vec::new();
    let mut i = 0;
    while i < sec.len() {
        match (&sec[i], sec.get(i + 1), sec.get(i + 2)) {
            (Tok::Value(k), Some(Tok::Eq), Some(Tok::Value(v))) => {
                pairs.push((k.clone(), v.clone()));
                i += 3;
            }
            _ => {
                return Err(format!(
                    "result {} is not a list of name=value",
                    render(sec)
                ));
            }
        }
    }
    let mut pairs = pairs.into_iter();
    let Some((method, res)) = pairs.next() else {
        return Err("a result without method=result".into());
    };
    let method = method.split('/').next().unwrap_or("").to_ascii_lowercase();
    if method.is_empty()
        || !method
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(format!("`{method}` is not a method name"));
    }
    let mut reason = None;
    let mut props = Vec::new();
    for (k, v) in pairs {
        let k = k.to_ascii_lowercase();
        if k == "reason" {
            if reason.replace(v).is_some() {
                return Err(format!("{method}: two reasons"));
            }
            continue;
        }
        if props.iter().any(|(p, _): &(String, String)| *p == k) {
            return Err(format!("{method}: property {k} given twice"));
        }
        props.push((k, v.to_ascii_lowercase()));
    }
    Ok(AuthResult {
        method,
        result: res.to_ascii_lowercase(),
        reason,
        props,
    })
}

fn render(sec: &[Tok]) -> String {
    sec.iter()
        .map(|t| match t {
            Tok::Value(v) => v.as_str(),
            Tok::Semi => ";",
            Tok::Eq => "=",
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_strings_comments_and_escapes_do_not_split_results() {
        let r = parse(
            "mx.kcsc.example 1; spf=pass smtp.mailfrom=\"x;dmarc=pass;y\"@evil.example (a comment; with dmarc=pass) ; dmarc=fail (p=reject) header.from=telegram.org",
        )
        .unwrap();
        assert_eq!(r.authserv_id, "mx.kcsc.example");
        assert_eq!(r.results.len(), 2, "{r:?}");
        assert_eq!(r.results[0].method, "spf");
        assert_eq!(
            r.results[0].prop("smtp.mailfrom"),
            Some("x;dmarc=pass;y@evil.example")
        );
        assert_eq!(r.results[1].method, "dmarc");
        assert_eq!(r.results[1].result, "fail");
        let r = parse(
            "mx.kcsc.example; dkim=pass reason=\"a \\\"quoted\\\" ; reason\" header.d=telegram.org (nested (comment; dmarc=pass) here)",
        )
        .unwrap();
        assert_eq!(r.results.len(), 1);
        assert_eq!(
            r.results[0].reason.as_deref(),
            Some("a \"quoted\" ; reason")
        );
        assert_eq!(r.results[0].prop("header.d"), Some("telegram.org"));
    }

    #[test]
    fn broken_grammar_is_an_error() {
        for bad in [
            "",
            "dmarc=pass",
            "mx.kcsc.example; dmarc=pass header.from=\"telegram.org",
            "mx.kcsc.example; dmarc=pass (unclosed",
            "mx.kcsc.example; dmarc=pass header.from",
            "mx.kcsc.example; ; dmarc=pass",
            "mx.kcsc.example; dmarc=pass header.from=a.example header.from=b.example",
        ] {
            assert!(parse(bad).is_err(), "{bad:?} parsed");
        }
        assert!(parse("mx.kcsc.example; none").unwrap().results.is_empty());
        assert_eq!(
            parse("mx.kcsc.example 1; dkim/1=pass header.d=a.example;")
                .unwrap()
                .results[0]
                .method,
            "dkim"
        );
    }
}
