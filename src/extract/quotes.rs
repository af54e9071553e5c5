//! The author's own words: everything above the quoted history, without
//! `>` lines, signatures and legal footers. Item statuses only ever come from
//! these words; references may come from anywhere.

use std::sync::LazyLock;

use regex::Regex;

use super::ascii_b;
use super::urls;

static INTRO: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        r"(?i)^on\s.{0,300}\bwrote:?\s*$",
        r"(?i)^-{2,}\s*original\s+message\s*-{2,}",
        r"(?i)^-{2,}\s*forwarded\s+message\s*-{2,}",
        r"(?i)^begin\s+forwarded\s+message:?",
        r"^-{2,}\s*원본\s*메시지\s*-{2,}",
        r"^-{2,}\s*전달된\s*메시지\s*-{2,}",
        r"^_{10,}\s*$",
        r"님이\s*작성:?\s*$",
        // Help desks (Help Scout, Freshdesk) print the thread below a title.
        r"(?i)^[-=_\s\[(【]*(?:previous\s+|earlier\s+)?(?:conversation|ticket|message|correspondence|email|thread)\s+history\s*:?[-=_\s\])】]*$",
        r"^[-=_\s\[(【]*(?:이전\s*)?(?:대화|문의|상담)\s*(?:기록|내역|이력)\s*:?[-=_\s\])】]*$",
        r"(?i)^(?:le|am|el|il|op)\s.{0,200}(?:a écrit|schrieb|escribió|ha scritto|schreef)\s*:?\s*$",
    ]
    .iter()
    .map(|p| Regex::new(&ascii_b(p)).expect("built-in regex"))
    .collect()
});

/// Outlook-style header blocks: "From: …" followed closely by "Sent:"/"Date:".
static HEADER_FROM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\*?(?:from|보낸\s*사람|de|von)\s*:\*?\s*\S").expect("built-in regex")
});
static HEADER_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\*?(?:sent|date|to|subject|cc|보낸\s*날짜|받는\s*사람|제목|날짜|envoyé|gesendet)\s*:").expect("built-in regex")
});

/// The heading of a help desk's reply below the request it echoes.
static ANSWER_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)^[-─━=_\s\[(【■]*(?:답변\s*내용|상담원\s*답변|담당자\s*답변|(?:our|agent|support)\s+(?:reply|response|answer))\s*:?[-─━=_\s\])】]*$",
    ))
    .expect("built-in regex")
});

static FOOTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?ix)^(?:
            this\s+(?:e-?mail|message|communication)\b.{0,80}\b(?:confidential|intended|privileged)
          | if\s+you\s+(?:have\s+)?received\s+this\s+(?:e-?mail|message|communication)\s+in\s+error
          | confidentiality\s+notice | disclaimer\s*: | legal\s+notice\s*:
          | the\s+information\s+(?:contained\s+)?in\s+this\s+(?:e-?mail|message)
          | 본\s*(?:메일|이메일)은 | 이\s*(?:메일|이메일)은\s.{0,40}(?:기밀|수신자)
        )",
    ))
    .expect("built-in regex")
});

fn next_is_prefixed_quote(rest: &[&str]) -> bool {
    rest.iter()
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| l.trim_start().starts_with('>'))
}

/// Returns the lines the author wrote, in order.
pub fn own_lines(text: &str) -> Vec<String> {
    own_lines_with_quotes(text)
        .into_iter()
        .filter(|l| !l.trim_start().starts_with('>'))
        .collect()
}

/// Like `own_lines`, but keeps the `>` lines interleaved with the author's
/// (inline replies answer a quoted line right below it); the history after a
/// quote intro is still cut.
pub fn own_lines_with_quotes(text: &str) -> Vec<String> {
    let all: Vec<&str> = text.lines().collect();
    let lines = ticket_messages_kept(&all);
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let raw = lines[i];
        let line = raw.trim();
        // Signature separator: "-- " (RFC 3676) ends the author's words,
        // unless what follows it names again an item the author named above
        // ("The post URL was taken down.\n--\nResult of review: We reviewed
        // URL and found no violation …", a help desk's second macro): a
        // signature never speaks of the items, and what is said of them
        // must be read, in agreement or not.
        if raw == "-- " || line == "--" {
            if names_again_below(&out, &lines[i + 1..]) {
                i += 1;
                continue;
            }
            break;
        }
        if INTRO.iter().any(|r| r.is_match(line)) {
            // When the history below is `>`-quoted, the author may answer inline
            // or below it: keep reading (quoted lines stay marked by `>`).
            if next_is_prefixed_quote(&lines[i + 1..]) {
                i += 1;
                continue;
            }
            break;
        }
        // "On Mon, 2 Sep 2024 at 10:00, KCSC <takedown@…" wrapped over two lines.
        if line.to_ascii_lowercase().starts_with("on ") && i + 1 < lines.len() {
            let joined = format!("{} {}", line, lines[i + 1].trim());
            if INTRO[0].is_match(&joined) {
                if next_is_prefixed_quote(&lines[i + 2..]) {
                    i += 2;
                    continue;
                }
                break;
            }
        }
        if HEADER_FROM.is_match(line) {
            let next_is_header = lines[i + 1..]
                .iter()
                .take(4)
                .any(|l| HEADER_NEXT.is_match(l.trim()));
            if next_is_header {
                // A help desk's page that echoes the request under its
                // headers and then heads its reply ("── 고객님 문의 내용 ──
                // / 보낸 사람: … / 제목: … / … / ── 답변 내용 ──"): the
                // author's words go on below the reply's heading.
                if let Some(k) = lines[i + 1..]
                    .iter()
                    .position(|l| ANSWER_HEADING.is_match(l.trim()))
                {
                    i += k + 2;
                    continue;
                }
                break;
            }
        }
        if FOOTER.is_match(line) {
            break;
        }
        out.push(raw.to_string());
        i += 1;
    }
    out
}

/// Does the text below a signature separator, up to the quoted history,
/// name a URL the author's lines above it name?
fn names_again_below(above: &[String], below: &[&str]) -> bool {
    let named: Vec<String> = above
        .iter()
        .filter(|l| !l.trim_start().starts_with('>'))
        .flat_map(|l| urls::find_urls(l))
        .filter_map(|f| urls::normalize(&f.raw))
        .collect();
    if named.is_empty() {
        return false;
    }
    below
        .iter()
        .take_while(|l| {
            let l = l.trim();
            !l.starts_with('>')
                && !INTRO.iter().any(|r| r.is_match(l))
                && !HEADER_FROM.is_match(l)
                && !FOOTER.is_match(l)
        })
        .take(30)
        .flat_map(|l| urls::find_urls(l))
        .filter_map(|f| urls::normalize(&f.raw))
        .any(|k| named.contains(&k))
}

/// A ticket system's conversation (Zendesk, Freshdesk) shows each message
/// under its writer's name and a time stamp, newest first. The newest is
/// the author's words; an older one is kept only when its writer is the
/// same (or of the same team: "Mira (Telegram Support)") and it names no
/// item a newer kept one names (what was said later of an item supersedes
/// it). Our own messages among them, and anyone else's, are history.
fn ticket_messages_kept<'a>(lines: &[&'a str]) -> Vec<&'a str> {
    let heads: Vec<usize> = (0..lines.len())
        .filter(|&i| ticket_header(lines, i))
        .collect();
    if heads.len() < 2 {
        return lines.to_vec();
    }
    let first = lines[heads[0]].trim();
    let mut out: Vec<&str> = lines[..heads[1]].to_vec();
    let mut named: Vec<String> = out
        .iter()
        .flat_map(|l| urls::find_urls(l))
        .filter_map(|f| urls::normalize(&f.raw))
        .collect();
    for (k, &h) in heads.iter().enumerate().skip(1) {
        let end = heads.get(k + 1).copied().unwrap_or(lines.len());
        let message = &lines[h..end];
        let keys: Vec<String> = message
            .iter()
            .flat_map(|l| urls::find_urls(l))
            .filter_map(|f| urls::normalize(&f.raw))
            .collect();
        // (Unless the newer says it corrects an older one: "A correction
        // to my message below: …". Then both stand, and which holds is for
        // a person, as for any correction of what the email says.)
        let corrected = out.iter().any(|l| CORRECTS_OLDER.is_match(l));
        if same_writer(writer(first), writer(lines[h].trim()))
            && (corrected || !keys.iter().any(|k| named.contains(k)))
        {
            out.extend_from_slice(message);
            named.extend(keys);
        }
    }
    out
}

static CORRECTS_OLDER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\bcorrection\b|\bcorrect(?:s|ing)?\s+(?:my|our|the)\s+(?:previous|earlier|last|message|reply|answer)\b|정정|바로잡"))
        .expect("built-in regex")
});

/// A time stamp alone on its line, as ticket systems print it under the
/// writer's name: "Sep 11, 2024, 19:15 PDT", "11 Sep 2024, 19:15",
/// "2024-09-11 19:15", "2024. 9. 11. 오후 7:15".
static STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|\d{4}\s*[-./년]\s*\d{1,2}\s*[-./월]\s*\d{1,2}\s*[.일]?)(?:,|\s+at)?\s+(?:(?:오전|오후)\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*\(?[a-z]{2,5}(?:[+-]\d{1,2})?\)?)?\s*$")
        .expect("built-in regex")
});

/// Is line `i` a writer's name with a time stamp on the next line (a ticket
/// system's message header)? The name is short, has no URL and is no
/// sentence.
fn ticket_header(lines: &[&str], i: usize) -> bool {
    // ("Mina (Discord Trust & Safety), Sep 24, 2024, 14:45 PDT": the name
    // and the stamp on one line.)
    if let Some((name, stamp)) = lines[i].trim().split_once(", ")
        && STAMP.is_match(stamp.trim())
        && is_writer_name(name)
        && (i == 0 || is_blank_or_rule(lines[i - 1]))
    {
        return true;
    }
    let name = lines[i].trim();
    // Zendesk's plain text puts a blank line between the name and the stamp.
    let next = match lines.get(i + 1) {
        Some(l) if l.trim().is_empty() => lines.get(i + 2),
        other => other,
    };
    let Some(next) = next else {
        return false;
    };
    is_writer_name(name)
        && STAMP.is_match(next.trim())
        && (i == 0 || is_blank_or_rule(lines[i - 1]))
}

/// The writer's name of a header line (without a stamp on the same line).
fn writer(header: &str) -> &str {
    match header.split_once(", ") {
        Some((name, stamp)) if STAMP.is_match(stamp.trim()) => name,
        _ => header,
    }
}

/// A writer's name as a ticket header prints it: short, no URL, no
/// sentence.
fn is_writer_name(name: &str) -> bool {
    !name.is_empty()
        && name.chars().count() <= 60
        && !name.contains("://")
        && !name.ends_with(['.', ':', '!', '?', ','])
}

/// Two ticket headers name the same writer: the same name, or the same
/// team in brackets after different agents' names.
fn same_writer(a: &str, b: &str) -> bool {
    fn team(n: &str) -> Option<&str> {
        let open = n.find('(')?;
        n[open..].strip_suffix(')').map(str::trim)
    }
    a.eq_ignore_ascii_case(b) || team(a).is_some_and(|t| team(b) == Some(t))
}

/// An empty line, or a rule of dashes, underscores or equals signs that
/// ticket systems draw between the messages of a conversation.
fn is_blank_or_rule(line: &str) -> bool {
    let t = line.trim();
    t.is_empty()
        || (t.chars().count() >= 3 && t.chars().all(|c| matches!(c, '-' | '_' | '=' | '─' | '━')))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn own(t: &str) -> String {
        own_lines(t).join("\n")
    }

    #[test]
    fn cuts_at_quote_intros() {
        let t = "Removed:\nhttps://t.me/a/1\n\nOn Mon, Sep 2, 2024 at 10:00 AM KCSC <takedown@kcsc.example> wrote:\nPlease remove https://t.me/a/2\n";
        assert_eq!(own(t), "Removed:\nhttps://t.me/a/1\n");
        // A `>`-quoted history: quoted lines dropped, the answer below kept.
        let t = "Removed:\nhttps://t.me/a/1\n\nOn Mon, Sep 2, 2024 at 10:00 AM KCSC <takedown@kcsc.example> wrote:\n> https://t.me/a/2\nDone.\n";
        assert_eq!(own(t), "Removed:\nhttps://t.me/a/1\n\nDone.");
        let t = "Removed:\nhttps://t.me/a/1\n\nOn Mon, Sep 2, 2024 at 10:00 AM KCSC <takedown@kcsc.example> wrote:\nPlease remove https://t.me/a/2\n";
        assert_eq!(own(t), "Removed:\nhttps://t.me/a/1\n");
        let t = "Done.\nOn Mon, Sep 2, 2024 at 10:00 AM KCSC <\ntakedown@kcsc.example> wrote:\nhttps://t.me/a/2";
        assert_eq!(own(t), "Done.");
        let t = "Done.\n-----Original Message-----\nFrom: x";
        assert_eq!(own(t), "Done.");
        let t = "Done.\nFrom: KCSC <takedown@kcsc.example>\nSent: Monday, September 2, 2024 10:00 AM\nTo: abuse\nhttps://t.me/a/2";
        assert_eq!(own(t), "Done.");
        let t = "처리했습니다.\n-----원본 메시지-----\n보낸 사람: x";
        assert_eq!(own(t), "처리했습니다.");
        let t = "처리했습니다.\n보낸 사람: KCSC\n보낸 날짜: 2024-09-02\n";
        assert_eq!(own(t), "처리했습니다.");
        let t = "ok\n2024년 9월 2일 (월) 오전 10:00, KCSC <takedown@kcsc.example>님이 작성:\n> x";
        assert_eq!(own(t), "ok");
        let t = "Removed.\n\n---\nConversation history\n\nKCSC - Sep 3, 2024\n1. https://t.me/a/2";
        assert_eq!(own(t), "Removed.\n\n---");
        let t = "삭제했습니다.\n\n[이전 문의 내역]\n1. https://t.me/a/2";
        assert_eq!(own(t), "삭제했습니다.\n");
    }

    #[test]
    fn cuts_a_ticket_system_s_history_at_its_second_message() {
        let t = "Your request (#2231450) has been solved.\n\nSam (Trust & Safety)\nSep 14, 2024, 09:12 PDT\n\n\
Hello, the message was deleted:\nhttps://t.me/a/1\n\nSam\n\nKCSC Takedown\nSep 11, 2024, 19:15 PDT\n\n\
Please remove:\nhttps://t.me/a/1\nhttps://t.me/a/2\n";
        assert_eq!(
            own(t),
            "Your request (#2231450) has been solved.\n\nSam (Trust & Safety)\nSep 14, 2024, 09:12 PDT\n\nHello, the message was deleted:\nhttps://t.me/a/1\n\nSam\n"
        );
        for stamp in [
            "11 Sep 2024, 19:15",
            "2024-09-11 19:15",
            "2024. 9. 11. 오후 7:15",
            "September 11, 2024 at 7:15 PM",
        ] {
            let t = format!(
                "A\nSep 14, 2024, 09:12 PDT\n\nDone.\n\nKCSC\n{stamp}\n\nPlease remove https://t.me/a/2\n"
            );
            assert_eq!(own(&t), "A\nSep 14, 2024, 09:12 PDT\n\nDone.\n", "{stamp}");
        }
        // Messages parted by a rule instead of a blank line (Zendesk's
        // plain-text notification).
        let t = "Solved.\n\n------------------\n\nSam (Support)\n\nSep 6, 2024, 11:47 GMT+4\n\nDone.\n\n------------------\nKCSC Takedown\nSep 3, 2024, 05:12 GMT+4\n\nPlease remove https://t.me/a/2\n";
        assert_eq!(
            own(t),
            "Solved.\n\n------------------\n\nSam (Support)\n\nSep 6, 2024, 11:47 GMT+4\n\nDone.\n\n------------------"
        );
        // An earlier comment of the same team is still the author's.
        let t = "Mira (Support)\nSep 9, 2024, 08:41 UTC\n\nDone.\n\n-----\n\nSam (Support)\n\nSep 6, 2024, 05:02 UTC\n\nRemoved https://t.me/a/1\n";
        assert_eq!(own(t), t.trim_end_matches('\n'));
        // Our message in between is history; an older comment of the team
        // below it is kept unless a newer one names its item again.
        let t = "Mira (Support)\nSep 9, 2024, 08:41 UTC\n\nhttps://t.me/a/1 removed.\n\n-----\nKCSC\nSep 8, 2024, 10:00 UTC\n\nAny news on https://t.me/a/2?\n\n-----\nSam (Support)\nSep 6, 2024, 05:02 UTC\n\nhttps://t.me/a/2 is withheld.\n\n-----\nSam (Support)\nSep 5, 2024, 05:02 UTC\n\nhttps://t.me/a/1 stays up.\n";
        assert_eq!(
            own(t),
            "Mira (Support)\nSep 9, 2024, 08:41 UTC\n\nhttps://t.me/a/1 removed.\n\n-----\nSam (Support)\nSep 6, 2024, 05:02 UTC\n\nhttps://t.me/a/2 is withheld.\n\n-----"
        );
        // Name and stamp on one line.
        let t = "Mina (Support), Sep 24, 2024, 14:45 PDT\n\nhttps://t.me/a/1 removed.\n\n-----\n\nKCSC Takedown, Sep 23, 2024, 18:10 PDT\n\nAny news on https://t.me/a/2?\n";
        assert_eq!(
            own(t),
            "Mina (Support), Sep 24, 2024, 14:45 PDT\n\nhttps://t.me/a/1 removed.\n\n-----\n"
        );
        // One header alone (the author's own message) cuts nothing.
        let t = "Sam\nSep 14, 2024, 09:12 PDT\n\nRemoved https://t.me/a/1\n";
        assert_eq!(own(t), t.trim_end_matches('\n'));
    }

    #[test]
    fn drops_quote_lines_signatures_and_footers() {
        let t =
            "Removed https://t.me/a/1\n> https://t.me/a/2 removed\n-- \nTrust & Safety\nremoved";
        assert_eq!(own(t), "Removed https://t.me/a/1");
        let t =
            "Removed https://t.me/a/1\nIf you received this email in error, it must be deleted.";
        assert_eq!(own(t), "Removed https://t.me/a/1");
        // "From:" alone in the text (not a header block) is kept.
        let t = "From: our review team\nThe content was removed.";
        assert_eq!(own(t), t);
    }
}
