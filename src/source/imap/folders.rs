//! Folder names: the personal namespace (RFC 2342) and the one resolver
//! from a name in the configuration to the server's name. Pure.

use super::{ErrorKind, ImapError};

/// The personal namespace (RFC 2342): where the user's own folders live.
/// Cyrus with Debian's defaults: prefix `INBOX.`, delimiter `.`; Dovecot:
/// prefix empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Namespace {
    pub prefix: String,
    pub delimiter: Option<char>,
}

/// Reads a NAMESPACE response's personal part (`* NAMESPACE` already
/// stripped): `(("INBOX." ".")) NIL NIL` → prefix `INBOX.`, delimiter `.`.
/// `NIL` (no personal namespace) gives the default: no prefix.
pub fn parse_namespace(rest: &str) -> Option<Namespace> {
    let t = rest.trim_start();
    if t.len() >= 3 && t[..3].eq_ignore_ascii_case("NIL") {
        return Some(Namespace::default());
    }
    let t = t.strip_prefix("((")?.trim_start();
    let (prefix, t) = quoted(t)?;
    let t = t.trim_start();
    let delimiter = if t.len() >= 3 && t[..3].eq_ignore_ascii_case("NIL") {
        None
    } else {
        quoted(t)?.0.chars().next()
    };
    Some(Namespace { prefix, delimiter })
}

/// An IMAP quoted string at the start of `t`, and what follows it.
fn quoted(t: &str) -> Option<(String, &str)> {
    let mut chars = t.strip_prefix('"')?.char_indices();
    let mut out = String::new();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => out.push(chars.next()?.1),
            '"' => return Some((out, &t[i + 2..])),
            c => out.push(c),
        }
    }
    None
}

/// The server's name for a folder named in the configuration. This is the
/// one place folder names are resolved (the watched folder, the processed
/// and review folders, and any other folder of the same account):
///
/// - `INBOX` (any case) is INBOX, never prefixed;
/// - levels are written with `/` and joined with the server's delimiter;
/// - the name is relative to the personal namespace: `Takedown/Processed`
///   is `INBOX.Takedown.Processed` on a server whose prefix is `INBOX.`
///   (Cyrus, Courier) and `Takedown/Processed` or `Takedown.Processed` where
///   the prefix is empty (Dovecot);
/// - a name already in the server's own form (starting with the prefix, or
///   written with its delimiter) is taken as it is;
/// - non-ASCII is encoded as modified UTF-7 (RFC 3501 §5.1.3).
pub fn server_folder_name(configured: &str, ns: &Namespace) -> Result<String, ImapError> {
    let bad =
        |why: String| ImapError::new(ErrorKind::Server, format!("folder `{configured}`: {why}"));
    if configured.eq_ignore_ascii_case("INBOX") {
        return Ok("INBOX".into());
    }
    let d = ns.delimiter;
    let prefix = ns.prefix.as_str();
    let starts_with_prefix = |name: &str| {
        !prefix.is_empty()
            && name.len() >= prefix.len()
            && name.is_char_boundary(prefix.len())
            && name[..prefix.len()].eq_ignore_ascii_case(prefix)
    };
    let native_example = |levels: &[&str]| match d {
        Some(d) => format!("{prefix}{}", levels.join(&d.to_string())),
        None => format!("{prefix}{}", levels.join("")),
    };
    // Written with the server's own delimiter (and no `/`): the server's form.
    if let Some(d) = d
        && d != '/'
        && configured.contains(d)
        && !configured.contains('/')
    {
        let levels: Vec<&str> = configured.split(d).collect();
        if levels.iter().any(|l| l.is_empty()) {
            return Err(bad(format!("empty level between `{d}`s")));
        }
        if prefix.is_empty() || starts_with_prefix(configured) {
            return Ok(utf7_imap_encode(configured));
        }
        return Err(bad(format!(
            "written with the server's delimiter `{d}` but outside its personal namespace `{prefix}`; write \"{}\" (or \"{}\")",
            levels.join("/"),
            native_example(&levels)
        )));
    }
    let levels: Vec<&str> = configured.split('/').collect();
    if levels.iter().any(|l| l.is_empty()) {
        return Err(bad("empty level (write e.g. \"Takedown/Processed\")".into()));
    }
    let joined = match d {
        Some(d) => {
            if d != '/'
                && let Some(p) = levels.iter().find(|p| p.contains(d))
            {
                return Err(bad(format!(
                    "`{p}` contains `{d}`, which is this server's hierarchy delimiter; write the levels with `/` only, e.g. \"{}\"",
                    levels
                        .iter()
                        .flat_map(|l| l.split(d))
                        .collect::<Vec<_>>()
                        .join("/")
                )));
            }
            levels.join(&d.to_string())
        }
        None => configured.to_string(),
    };
    let first_is_inbox = levels[0].eq_ignore_ascii_case("INBOX");
    let name = if prefix.is_empty() || starts_with_prefix(&joined) {
        joined
    } else if first_is_inbox {
        // `INBOX/x` where the namespace is not `INBOX.`: a child of INBOX, as written.
        joined
    } else {
        format!("{prefix}{joined}")
    };
    Ok(utf7_imap_encode(&name))
}

/// Modified UTF-7 for mailbox names (RFC 3501 §5.1.3): printable ASCII as
/// is (`&` as `&-`), everything else as `&` + base64 of UTF-16BE + `-`.
pub fn utf7_imap_encode(s: &str) -> String {
    fn flush(pending: &mut Vec<u16>, out: &mut String) {
        if pending.is_empty() {
            return;
        }
        let bytes: Vec<u8> = pending.iter().flat_map(|u| u.to_be_bytes()).collect();
        const ALPHABET: &[u8; 64] =
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";
        out.push('&');
        for chunk in bytes.chunks(3) {
            let b = [
                chunk[0],
                chunk.get(1).copied().unwrap_or(0),
                chunk.get(2).copied().unwrap_or(0),
            ];
            let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
            let chars = chunk.len() + 1; // no padding
            for i in 0..chars {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            }
        }
        out.push('-');
        pending.clear();
    }
    let mut out = String::with_capacity(s.len());
    let mut pending: Vec<u16> = Vec::new();
    for c in s.chars() {
        if (' '..='~').contains(&c) {
            flush(&mut pending, &mut out);
            if c == '&' {
                out.push_str("&-");
            } else {
                out.push(c);
            }
        } else {
            let mut buf = [0u16; 2];
            pending.extend_from_slice(c.encode_utf16(&mut buf));
        }
    }
    flush(&mut pending, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ns(prefix: &str, d: char) -> Namespace {
        Namespace {
            prefix: prefix.into(),
            delimiter: Some(d),
        }
    }

    #[test]
    fn folder_names_follow_the_server_delimiter() {
        let dovecot = ns("", '.');
        assert_eq!(
            server_folder_name("Takedown/Processed", &dovecot).unwrap(),
            "Takedown.Processed"
        );
        assert_eq!(
            server_folder_name("Takedown/Processed", &ns("", '/')).unwrap(),
            "Takedown/Processed"
        );
        assert_eq!(server_folder_name("INBOX", &dovecot).unwrap(), "INBOX");
        assert!(server_folder_name("v1.2/x", &dovecot).is_err());
        assert!(server_folder_name("a//b", &ns("", '/')).is_err());
        // Dovecot's own form is accepted as it is.
        assert_eq!(
            server_folder_name("Takedown.Processed", &dovecot).unwrap(),
            "Takedown.Processed"
        );
    }

    #[test]
    fn folder_names_are_relative_to_the_personal_namespace() {
        let cyrus = ns("INBOX.", '.');
        for (configured, expected) in [
            ("Takedown/Processed", "INBOX.Takedown.Processed"),
            ("Takedown/Review", "INBOX.Takedown.Review"),
            ("INBOX", "INBOX"),
            ("inbox", "INBOX"),
            // Already in the server's form, or with the prefix written out.
            ("INBOX.Takedown.Processed", "INBOX.Takedown.Processed"),
            ("INBOX/Takedown/Processed", "INBOX.Takedown.Processed"),
            ("처리됨", "INBOX.&zJi5rLQo-"),
        ] {
            assert_eq!(
                server_folder_name(configured, &cyrus).unwrap(),
                expected,
                "{configured}"
            );
        }
        // Cyrus's delimiter but outside the namespace: the error says what to write.
        let e = server_folder_name("Takedown.Processed", &cyrus).unwrap_err();
        assert!(
            e.message.contains("\"Takedown/Processed\"")
                && e.message.contains("\"INBOX.Takedown.Processed\""),
            "{e}"
        );
        // Upstream Cyrus (altnamespace, unixhierarchysep): no prefix, `/`.
        assert_eq!(
            server_folder_name("Takedown/Processed", &ns("", '/')).unwrap(),
            "Takedown/Processed"
        );
    }

    #[test]
    fn namespace_answers_are_read() {
        assert_eq!(
            parse_namespace(r#" (("INBOX." ".")) (("user." ".")) (("" "."))"#),
            Some(ns("INBOX.", '.'))
        );
        assert_eq!(parse_namespace(r#" (("" ".")) NIL NIL"#), Some(ns("", '.')));
        assert_eq!(
            parse_namespace(r##" (("" "/")("#Public/" "/")) NIL NIL"##),
            Some(ns("", '/'))
        );
        assert_eq!(
            parse_namespace(" NIL ((\"Other Users/\" \"/\")) NIL"),
            Some(Namespace::default())
        );
        assert_eq!(parse_namespace(" garbage"), None);
    }

    #[test]
    fn modified_utf7() {
        assert_eq!(utf7_imap_encode("INBOX"), "INBOX");
        assert_eq!(utf7_imap_encode("Entwürfe"), "Entw&APw-rfe");
        assert_eq!(utf7_imap_encode("台北"), "&U,BTFw-");
        assert_eq!(utf7_imap_encode("A&B"), "A&-B");
        assert_eq!(utf7_imap_encode("처리됨"), "&zJi5rLQo-");
    }
}
