//! Reading statuses from the author's lines. Platforms write in many shapes:
//!
//! - a heading over a list ("The following have been removed:"), grouped in sections;
//! - a status on the URL's own line ("https://… - removed", "1) … → 삭제 완료");
//! - a status on the line right below the URL ("Status: Removed", "  -> not found");
//! - prose, where a sentence names several URLs and one status, across line breaks;
//! - inline replies, the platform's words right below a quoted (`>`) line of our request.
//!
//! Whatever the shape, a status counts only when it is stated (not negated,
//! future, conditional or "under review"), and only for the URLs it is about.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use regex::Regex;

use super::ascii_b;

use super::status::{Said, said};
use super::urls::{self, FoundUrl};
use crate::status::Status;

/// A URL with the status the text gives it (None: mentioned, no status stated).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    pub url: String,
    pub status: Option<Status>,
    /// The words that stated it mention a channel/account as a whole.
    pub channel_words: bool,
    /// The status came from a heading, not from the URL's own line or sentence.
    pub inherited: bool,
    /// Nothing at all was said about the URL: no status word on its line,
    /// in its sentence, below it, or in a heading above (a hedged heading
    /// such as "Still under review:" does say something).
    pub unread: bool,
    /// The line it was read on (index into the lines read).
    pub line: usize,
    /// Its record's decision field was contradicted by a later field of the
    /// same record ("Decision: Removed" over "Details: … the message remains
    /// available"): two statements, neither taken.
    pub contradicted: bool,
}

/// The names of a field that holds a decision ("Status", "Type of
/// restriction", "처리 결과"), for verbose (`x`) patterns. A macro, so that
/// `concat!` can build the labelled form below from it.
macro_rules! decision_label_words {
    () => {
        r"(?:status|action(?:\s+taken)?|result|outcome|decision(?:\s+type)?|resolution|response
    |type\s+of\s+(?:restriction|action|measure|decision)|measures?\s+taken|enforcement(?:\s+action)?
    |review\s+(?:result|outcome)|findings?|(?:restriction|measure|action)s?\s+applied
    |조치(?:\s*(?:결과|내용|사항|현황|유형))?|처리\s*(?:결과|내용|상태|현황)|(?:검토|심의|확인)\s*결과|결과|상태)"
    };
}

/// The labels of a field that holds a decision ("Status:", "Type of
/// restriction:", "처리 결과:").
const DECISION_LABELS: &str = concat!(
    r"(?:[\[【]\s*)?",
    decision_label_words!(),
    r"\s*(?:[:：]|[\]】]\s*[:：]?)"
);

// A sentence whose subject is the entries above ("위 영상은 …", "The posts
// above have …"), not one that only mentions them ("… outside the country
// listed above").
static ABOVE_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)^\W*(?:위|상기)\s*(?:두|세|네|다섯|\d+)\s*(?:건|개)\s*(?:은|는|을|를|이|가|모두|다)(?:\s|$)|^\W*(?:(?:please\s+)?note\s*[:：]\s*|참고\s*[:：]?\s*|비고\s*[:：]\s*)?(?:위|상기)\s*(?:표(?:의|에\s*있는|에\s*적힌)?\s*)?(?:(?:두|세|네|다섯|\d+)\s*(?:건의?|개의?)?\s*)?(?:[가-힣]{2,8}\s+)?(?:게시물|게시글|글|영상|url|링크|콘텐츠|페이지|사이트|주소)|^\W*(?:(?:please\s+)?note\s*[:：]\s*)?(?:all\s+of\s+)?(?:these|the\s+above|the)\s+(?:posts?|links?|urls?|videos?|items?|messages?|content)\s+(?:(?:listed|mentioned)\s+)?above\b|^\W*(?:(?:please\s+)?note\s*[:：]\s*)?(?:all\s+of\s+)?(?:these|the\s+above)\s+(?:posts|links|urls|videos|items|messages)\b"))
        .expect("built-in regex")
});

// A statement about the list above that excepts some of it ("위 게시물 외",
// "except", "the rest").
static EXCEPT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:except|other|others|rest|remaining|besides)\b|외\s|외에|제외|나머지|일부|그\s*밖"))
        .expect("built-in regex")
});

/// Words that end on a Korean subject or object ("작성자가", "게시물은",
/// "URL 는"): the clause goes on past the end of the line.
static KOREAN_SUBJECT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)\p{Hangul}*(?:가|이|은|는|을|를|께서|에서)$").expect("built-in regex")
});

/// A clause led by its topic ("URL2은 …", "URL2 는 …", the URL taken out,
/// as `without_urls` leaves it):
/// one item set against another.
static KOREAN_TOPIC_LEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\s;]*(?:은|는)(?:\s|$)").expect("built-in regex"));

/// A line led by an arrow ("-> …", "→ …", "=> …"): the answer to the line above.
static ARROW_LEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:->|=>|→|⇒|↳|➔|➜)").expect("built-in regex"));

/// Bullets that lead a field or an entry ("- ", "○ ", "▶ ", "※ ").
const BULLET: &str = r"[-*•○●◦▪▫■□◆◇▶►▷·※]";

/// A line right below a URL line that carries that URL's status.
static CONTINUATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?ix)^(?:
            \s+\S                                   # indented
          | \s*(?:->|=>|→|⇒|↳|—|–|-\s)             # arrow or dash
          | \s*{DECISION_LABELS}
        )"
    ))
    .expect("built-in regex")
});

/// A record's decision field, wherever it stands among the record's fields.
static DECISION_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    // ("Our decision: we removed the post …": the label after a possessive.)
    Regex::new(&format!(
        r"(?ix)^\s*(?:{BULLET}\s*)?(?:(?:our|the|final)\s+)?{DECISION_LABELS}"
    ))
    .expect("built-in regex")
});

/// A labelled field line of a record ("Content concerned: …", "처리 결과: …").
static FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*(?:{BULLET}\s*)?(?:[\p{{L}}][\p{{L}}\s/()#.'-]{{0,40}}[:：]|[\[【]\s*[\p{{L}}][\p{{L}}\s/]{{0,30}}[\]】]\s*[:：]?)\s*\S"
    ))
    .expect("built-in regex")
});

/// Words that point back at the one item just named.
static DEICTIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:this|that)\s+(?:post|video|message|tweet|link|url|item|content|reel|short|page|channel|account|material|file|image|photo|picture|thread|paste|upload|document|comment|clip|stream|album|listing|group|server)\b|\bit\s+(?:has|had|was|is|remains|no\s+longer)\b|\bthe\s+same\b|해당\s*(?:게시물|게시글|글|영상|콘텐츠|url|링크|채널|vod)|(?:이|위|상기)\s*(?:게시물|게시글|글|영상)"))
        .expect("built-in regex")
});

/// "The video" / "the post": one item named by its kind, for a statement in
/// the paragraph after the only URL of the paragraph before.
static DEICTIC_THE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\bthe\s+(?:post|video|message|tweet|link|url|item|content|reel|short|page|channel|account|material)\b(?:\s+(?:has|had|was|is|does|doesn't|did|didn't|no\s+longer|remains|can))?|\bit\s+(?:has|had|was|is|remains|no\s+longer)\b|\b(?:remove|removed|delete|deleted|block|blocked|restrict|restricted|withhold|withheld|act\s+on|action\s+on|reviewed|assessed|examined|checked|investigated|evaluated|looked\s+at|looked\s+into)\s+(?:it|this|them)\b"))
        .expect("built-in regex")
});

/// A sentence that explains the one before it (refers back to it, and is not
/// about other items): "It may have been removed by the person who posted it".
fn explains(sentence: &str) -> bool {
    BACK_REFERENCE.is_match(sentence) && !OTHERS.is_match(sentence) && !FORWARD.is_match(sentence)
}

static BACK_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)^\W*(?:it|they|this|these|that|those|the\s+(?:link|url|content|post|video|message)s?)\b|\b(?:on|to|of)\s+(?:it|them)\b"))
        .expect("built-in regex")
});

/// "The above", "위 게시물", "상기 URL" (also after "검토 결과,", and with a
/// word for the kind of board between: "위 미니갤러리 게시물은"): a
/// statement about the list before it.
static ABOVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)^\W*(?:(?:검토|확인|심의|재검토|조사)\s*결과\s*[,，]?\s*)?(?:위|상기)\s*(?:두|세|네|다섯|\d+)\s*(?:건|개)\s*(?:은|는|을|를|이|가|모두|다)(?:\s|$)|^\W*(?:(?:검토|확인|심의|재검토|조사)\s*결과\s*[,，]?\s*)?(?:위|상기)\s*(?:표(?:의|에\s*있는|에\s*적힌)?\s*)?(?:(?:두|세|네|다섯|\d+)\s*(?:건의?|개의?)?\s*)?(?:[가-힣]{2,8}\s+)?(?:게시물|게시글|글|영상|url|링크|콘텐츠|내용|페이지|사이트|주소)|\b(?:listed|mentioned)\s+above\b|\bthe\s+above\b|\b(?:posts|links|urls|videos|items|content|messages)\s+above\b|^\W*(?:all\s+of\s+)?(?:these|the\s+above)\s+(?:posts|links|urls|videos|items|messages)\b"))
        .expect("built-in regex")
});

/// A sentence right below a list that points back at it with a pronoun
/// ("We have decided not to take any further action on them. Neither video
/// violates …", "Both have been removed"): about the list's entries, as
/// "the posts above" is.
static BACK_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)^\W*(?:이|이들|해당)\s*(?:두|세|네|다섯|\d+)\s*(?:건|개|글|게시물|게시글|영상|링크)|\b(?:neither|both|each|all|none)\s+(?:of\s+(?:them|these|those)\b|(?:video|post|link|url|item|message|file|page|upload|thread|channel|account|tweet|image)s?\b)|\b(?:on|against|to|about|for|of)\s+(?:them|these|both)\s*(?:[.;,!]|$)|^\W*(?:they|these|both)\s+(?:have|has|had|were|are|was|is|remain|stay)\b"))
        .expect("built-in regex")
});

static TURN_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)^\W*(?:but|however|although|though|yet|still|다만|하지만|그러나|단[,\s])",
    ))
    .expect("built-in regex")
});

/// Words about the other items ("The rest were not found", "나머지는 …").
static OTHERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)^\W*(?:the\s+)?(?:rest|remaining|remainder|others?|all\s+other|every\s+other)\b|나머지|그\s*외|기타"))
        .expect("built-in regex")
});

/// A heading label: the whole line in brackets, or after a square mark.
static BRACKET_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:[\[【〔<][^\]】〕>]{1,40}[\]】〕>]|[■□◆◇●○▶►※]\s*[^.。:]{1,40})\s*$")
        .expect("built-in regex")
});

/// A label in brackets or after a mark (`BRACKET_LABEL`), which holds no
/// URL: "<https://t.me/c/415>" alone on its line is the URL, in the
/// delimiters RFC 3986 suggests, and may be the middle of a sentence.
fn is_bracket_label(t: &str) -> bool {
    BRACKET_LABEL.is_match(t) && !t.contains("://")
}

/// How many lines below a labelled URL line its record's fields may reach.
const MAX_RECORD: usize = 8;

/// Labels and list markers that are not words of a sentence.
static LABELS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:video|post|url|link|item|content|tweet|channel|account|no|ref)\b\.?\s*\d*\s*[:：]|(?:게시글|게시물|대상|영상|채널)?\s*(?:주소|url|링크|대상)\s*[:：]|^\s*(?:[-*•◆▪·]|\d+[.)]|\(\d+\)|[a-z][.)])\s"))
        .expect("built-in regex")
});

/// A list mark glued to the URL that follows it ("・", "-", "▶", "1.",
/// "(2)"): no letters, no brackets or punctuation that join words.
static GLUED_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^(?:[^\p{L}\p{N}\s<(\[{,;:&+"'“‘/.]{1,2}|\d{1,3}[.)]|\(\d{1,3}\)|[①-⑳])$"#)
        .expect("built-in regex")
});

/// A list item's start: a bullet, a number, a table pipe.
// (A list number has at most three digits: "2024. 9. 3.부터" starting a
// line is a date that goes on with the sentence above.)
static LIST_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:[-*•◆▪·|]|\d{1,3}[.)]|\(\d+\)|[a-z][.)]|[가-하][.)]|[①-⑳]|\[\d+\])\s")
        .expect("built-in regex")
});

/// An enumerated entry ("2)", "b.", "나.", "②"): the next entry or section.
/// Dashes and bullets are not: "- 삭제 완료" below a URL is its status.
static ENUMERATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\d+[.)]|\(\d+\)|[a-z][.)]|[가-하][.)]|[①-⑳]|\[\d+\])\s")
        .expect("built-in regex")
});

/// Does a line of `url` have a decision field of its own below it, among
/// its record's fields (before a blank line, a rule or the next URL)?
/// "○ 신고 게시물: URL\n○ 신고 사유: …\n○ 처리 결과: …"
pub(crate) fn has_own_decision(lines: &[String], url: &str) -> bool {
    let Some(key) = urls::normalize(url) else {
        return false;
    };
    lines.iter().enumerate().any(|(k, line)| {
        let names = urls::find_urls(line)
            .iter()
            .any(|f| urls::normalize(&f.raw).as_deref() == Some(key.as_str()));
        names
            && lines[k + 1..]
                .iter()
                .take(MAX_RECORD)
                .take_while(|l| {
                    let t = l.trim();
                    !t.is_empty()
                        && !is_quoted(l)
                        && urls::find_urls(l).is_empty()
                        && !t
                            .chars()
                            .all(|c| matches!(c, '-' | '=' | '─' | '━' | '_' | '+'))
                })
                .any(|l| DECISION_FIELD.is_match(l))
    })
}

pub(crate) fn is_list_item(line: &str) -> bool {
    LIST_START.is_match(line)
}

static BRACKETED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\([^()]*\)|\[[^\[\]]*\]|（[^（）]*）").expect("built-in regex"));

static SEPARATOR_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*[=\-_*~─━═]{5,}\s*$").expect("built-in regex"));

static CHANNEL_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:channel|account|group|profile|user|bot|page|community|server|cafe|blog|forum|subreddit)s?\b|채널|계정|그룹|페이지|카페|블로그|커뮤니티|갤러리")).expect("built-in regex")
});

/// A check that finds the pages gone now: "they now return 404 Not Found".
/// "It is no longer available on TikTok": gone, in words that name no act.
static NO_LONGER_THERE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:it|this|the\s+\w+|they|these)\s+(?:is|are)\s+no\s+longer\s+(?:available|accessible|viewable|online|live|up)\b(?:\s+(?:on|at|in)\s+[\w.-]+)?\s*[.:：]?\s*$")
        .expect("built-in regex")
});

/// A page's state that names no act: "no longer resolves", "no longer
/// exists", "returns a 404".
static GONE_STATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&super::ascii_b(r"(?i)\bno\s+longer\s+(?:resolves?|exists?|available|accessible|viewable|online|live|loads?|works?|opens?)\b|\b(?:returns?|gives?)\s+(?:an?\s+)?(?:http\s+)?(?:404|410)\b"))
        .expect("built-in regex")
});

/// The sentence after the one that line `i` ends, within its paragraph, on
/// the lines below it that name no URL (up to three): "… no longer\n
/// resolves. The message had been deleted by its author …".
fn next_sentence_in_paragraph<'a>(
    lines: &[String],
    i: usize,
    urls_of: &impl Fn(usize) -> &'a [FoundUrl],
) -> Option<String> {
    let below: Vec<&str> = (i + 1..lines.len().min(i + 4))
        .take_while(|&j| {
            !lines[j].trim().is_empty() && !is_quoted(&lines[j]) && urls_of(j).is_empty()
        })
        .map(|j| lines[j].trim())
        .collect();
    let joined = below.join(" ");
    // (When line `i` breaks off mid-sentence, the lines below end it first.)
    let rest = if lines[i].trim_end().ends_with(['.', '!', '?', '。']) {
        joined.as_str()
    } else {
        let end = joined.find(". ")?;
        &joined[end + 2..]
    };
    let (a, b) = *sentences(rest).first()?;
    let sentence = rest[a..b].trim();
    (!sentence.is_empty()).then(|| sentence.to_string())
}

static NOW_GONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&super::ascii_b(r"(?i)\bnow\s+(?:return|returns|give|gives|show|shows|serve|serves|respond\s+with|responds\s+with)\s+(?:an?\s+|the\s+)?(?:http\s+)?(?:404|410|not\s+found|gone)\b|\b(?:checked|tested|verified)\b[^.;]{0,40}?\b(?:they|it|both)\s+(?:now\s+)?(?:return|returns|give|gives|show|shows|respond\s+with|responds\s+with)\s+(?:an?\s+|the\s+)?(?:http\s+)?(?:404|410|not\s+found|gone)\b|\b(?:is|are)\s+now\s+(?:offline|gone|unreachable|inaccessible)\b"))
        .expect("built-in regex")
});

/// Words of a heading that points at the lines below it.
/// Does a note point at what follows it? ("the posts listed above" does
/// not, though it says "listed".)
fn points_forward(text: &str) -> bool {
    static LISTED_ABOVE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&ascii_b(r"(?i)\b(?:listed|mentioned|named)\s+above\b")).expect("built-in regex")
    });
    FORWARD.is_match(&LISTED_ABOVE.replace_all(text, " "))
}

static ITEMS_PLURAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:items|links|urls|posts|videos|reels|messages|accounts|channels|pages)\b")
        .expect("built-in regex")
});

static LEGEND_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    // ("Action codes used in the report:" too.)
    Regex::new(r"(?i)^\s*(?:legend|key|(?:(?:action|status|result|outcome)\s+)?codes(?:\s+used)?(?:\s+(?:in|for)\s+(?:the|this)\s+(?:\w+\s+)?(?:report|table|sheet|file|attachment|export|csv|spreadsheet))?|범례|약어\s*설명)\s*[:：]?\s*$")
        .expect("built-in regex")
});

static SECTION_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:[\[【〔<][^\]】〕>]{1,30}[\]】〕>]\s*$|[■□▶►◆◇●○]\s*\S)")
        .expect("built-in regex")
});

/// `FORWARD` without "following" as a preposition ("Blocked from view in
/// South Korea following a local legal review" points at nothing): for a
/// line right below a bare URL, which is that URL's unless it heads what
/// comes next.
static FORWARD_STRICT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)\bthe\s+following\b|\bfollowing\s*(?:[:：]|$)|\bfollowing\s+(?:[a-z]+\s+)?(?:posts?|videos?|shorts?|reels?|links?|urls?|items?|content|messages?|accounts?|channels?|pages?|files?|tweets?|comments?|images?|photos?|domains?|threads?|listings?|entries|pieces?)\b|\b(?:below|listed|these)\b|아래|다음",
    ))
    .expect("built-in regex")
});

static THIS_ONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)\bthis\s+(?:one|link|url|video|post|short|reel|message|page|file|channel|account)\b",
    ))
    .expect("built-in regex")
});

static FORWARD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)\b(?:following|below|listed|these)\b|아래|다음",
    ))
    .expect("built-in regex")
});

/// A sentence about "the reported content" as a whole: a list labelled as the
/// echoed report below it is what the sentence is about.
static ABOUT_REPORT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\breported\s+(?:content|posts?|links?|urls?|items?|videos?|messages?|material|accounts?)\b|\bcontent\s+you\s+reported\b|\b(?:ones|posts|items|links|videos|messages)\s+(?:that\s+)?you\s+reported\b|\byour\s+report\b|신고(?:하신|한|된|해\s*주신)\s*(?:게시물|콘텐츠|내용)"))
        .expect("built-in regex")
});

/// Part of the reported content, not all of it.
static SOME_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)\b(?:some|several|certain|a\s+few|part|most)\s+of\b|(?:^|[^\d가-힣])(?:일부|몇몇)",
    ))
    .expect("built-in regex")
});

/// The label of an echoed report ("Your report:", "Reported posts:").
static REPORT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)^[\s\-=*#\[【■]*(?:(?:here\s+is|below\s+is|this\s+is)\s+)?(?:a\s+)?(?:(?:summary|copy|details)\s+of\s+(?:your|the)\s+report|(?:urls?|links?|content|posts?|videos?|items?|messages?)(?:\(s\))?\s+reported|your\s+report|content\s+you\s+reported|reported\s+(?:content|(?:posts?|links?|urls?|items?|videos?|messages?|accounts?)(?:\(s\))?)|report(?:ed)?\s+(?:details|summary|information)|신고\s*(?:내용|게시물|URL|목록))[\s\-=*#\]】]*[:：]?\s*$"))
        .expect("built-in regex")
});

/// A field of an echoed report that holds the reported URL ("Reported
/// content: …", "Reported URL(s): …", "신고 URL: …").
static REPORTED_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)^[\s\-*•]*(?:reported\s+(?:content|(?:posts?|links?|urls?|items?|videos?|messages?|accounts?)(?:\(s\))?)|content\s+reported|신고\s*(?:url|게시물|대상))\s*[:：]"))
        .expect("built-in regex")
});

/// The author's sentences, URLs blanked out: paragraphs split at full stops,
/// and at the ends of lines that end a sentence without one (fields, list
/// entries, "■ 처리 결과: 게시중단(블라인드)", headings ending in ':').
/// A sentence that begins on its verb: its subject was a URL.
static SUBJECT_TAKEN_OUT: LazyLock<Regex> = LazyLock::new(|| {
    // (A Korean topic or subject particle left by the URL before it: "<URL>
    // \n은 운영정책에 따라 삭제되었습니다".)
    Regex::new(r"^(?:(?:was|were|is|are|has|have|had|got|been)\b|(?:은|는|이|가|의\s*경우)\s)")
        .expect("built-in regex")
});

/// A sentence of `prose_sentences` (of `lines`) about one item: it points
/// at it ("This post was removed …", "해당 게시물은 …") or its subject was
/// the URL that starts its line, which `prose_sentences` took out ("URL was
/// removed." reads "was removed.").
/// The URL alone on its line (in brackets, perhaps) right above the line
/// that `sentence` (of `prose_sentences`) opens with its subject taken out:
/// "<URL>\n은 운영정책에 따라 삭제되었습니다", "the message at\nURL\nhas been
/// removed". The sentence is that URL's, none other's.
pub(crate) fn statement_under(lines: &[String], sentence: &str) -> Option<String> {
    let t = sentence.trim_start_matches(|c: char| !c.is_alphanumeric());
    if !SUBJECT_TAKEN_OUT.is_match(t) {
        return None;
    }
    let head = t.split(',').next().unwrap_or(t).trim();
    lines.windows(2).find_map(|w| {
        let found = urls::find_urls(&w[0]);
        let alone = found.len() == 1
            && without_urls(&w[0], &found)
                .chars()
                .all(|c| !c.is_alphanumeric());
        (alone && w[1].trim_start().starts_with(head)).then(|| found[0].raw.clone())
    })
}

/// The URLs right below `sentence` (of `prose_sentences`) when it is a
/// heading alone on its line ("■ 조치불가", "Removed:") with its list
/// directly under it: the heading is theirs, not that of a URL above it or
/// in another paragraph ("URL1\n\n■ 조치불가\nURL2" says nothing of URL1).
pub(crate) fn heads_urls_below(lines: &[String], sentence: &str) -> Option<Vec<String>> {
    let flat = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
    let flat = flat.trim_end_matches([' ', ';']);
    lines.iter().enumerate().find_map(|(k, l)| {
        let t = l.trim_end();
        let heading = !is_quoted(l)
            && urls::find_urls(l).is_empty()
            && (is_bracket_label(t) || t.ends_with([':', '：']))
            && t.split_whitespace().collect::<Vec<_>>().join(" ") == flat;
        if !heading {
            return None;
        }
        let below: Vec<String> = lines[k + 1..]
            .iter()
            .take_while(|n| !n.trim().is_empty() && !is_quoted(n))
            .map(|n| urls::find_urls(n))
            .take_while(|found| !found.is_empty())
            .flatten()
            .map(|f| f.raw)
            .collect();
        (!below.is_empty()).then_some(below)
    })
}

/// A URL alone on its line with words of its own on the line right below
/// that are not part of `sentence` ("URL2\nWe are keeping this file
/// available." beside "URL1\nThis was removed …"): a record with its own
/// statement, which another record's sentence is not about.
pub(crate) fn has_own_words_below(lines: &[String], url: &str, sentence: &str) -> bool {
    own_words_beside(lines, url, sentence, false)
}

/// Does `url` stand alone on its line right under words of its own, other
/// than `sentence` ("'사진 모음 2탄' 글은 블로그 주인이 이미 지워서 …\nURL2"
/// under "… 비공개 처리했습니다.\nURL1")? Then the email's one statement,
/// over the URL before, is not its. (A heading, "Removed:" or "■ 처리
/// 대상", is no such words: the list below it is its.)
pub(crate) fn has_own_words_above(lines: &[String], url: &str, sentence: &str) -> bool {
    own_words_beside(lines, url, sentence, true)
}

fn own_words_beside(lines: &[String], url: &str, sentence: &str, above: bool) -> bool {
    let key = urls::normalize(url);
    let flat = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
    lines.windows(2).any(|w| {
        let (at, beside) = if above {
            (&w[1], &w[0])
        } else {
            (&w[0], &w[1])
        };
        let found = urls::find_urls(at);
        let alone = found.len() == 1
            && urls::normalize(&found[0].raw) == key
            && without_urls(at, &found)
                .chars()
                .all(|c| !c.is_alphanumeric());
        let words = beside.split_whitespace().collect::<Vec<_>>().join(" ");
        let head: String = words.chars().take(24).collect();
        alone
            && !is_quoted(beside)
            && head.chars().any(char::is_alphabetic)
            && urls::find_urls(beside).is_empty()
            // (Above, a sentence of its own: not a heading, "Removed:",
            // "■ 처리 대상".)
            && !(above && !words.ends_with(['.', '!', '?', '。']))
            && !FIELD.is_match(beside)
            && !flat.contains(&head)
    })
}

static ONE_OF_THEM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&ascii_b(r"(?i)\b(?:this|that)\s+one\b")).expect("built-in regex"));

/// Is `url` listed inside an echo of our report ("Your report\n----\n
/// Reporter: …\nReported URLs:\nURL", "YOUR REPORT\n  Links:\n    1. URL"):
/// a copy of what was asked, set apart from the decision below it?
/// Only when `sentence` comes below the echo: a decision set apart under
/// a heading of its own ("Outcome", "DECISION"). (Above the echo, "After
/// reviewing the reported content, we have withheld it" over "Your report
/// … Reported content: URL1 URL2" is said of exactly those.)
pub(crate) fn in_echoed_report_above(lines: &[String], url: &str, sentence: &str) -> bool {
    let said_at = sentence_end_line(lines, sentence);
    lines.iter().enumerate().any(|(k, l)| {
        !is_quoted(l)
            && urls::find_urls(l).iter().any(|f| f.raw == url)
            && said_at.is_some_and(|at| at > k)
            && lines[..k]
                .iter()
                .rev()
                .take_while(|a| !a.trim().is_empty() && !is_quoted(a))
                .any(|a| ECHO_HEAD.is_match(a.trim()))
    })
}

/// Is `url` listed only below an echo of the report (a rule of dashes, or
/// "Your report"), under a `sentence` that already has its own URLs right
/// below it ("아래 콘텐츠가 … 삭제되었습니다.\n\n  URL3\n\n-------- 제출하신 신고
/// 내용 --------\n신고 URL:\n  URL1\n  URL2\n  URL3")? The echo is what was
/// asked; the sentence's list is the one right under it.
pub(crate) fn only_in_echo_below(lines: &[String], url: &str, sentence: &str) -> bool {
    static RULE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\s*[-=_*]{4,}").expect("built-in regex"));
    let Some(at) = sentence_end_line(lines, sentence) else {
        return false;
    };
    let has = |l: &String| urls::find_urls(l).iter().any(|f| f.raw == url);
    // Its own list: the URLs from the first line with one below the
    // sentence, up to the next line without one that is not blank.
    let item_urls = |k: usize| {
        urls::find_urls(&lines[k])
            .into_iter()
            .filter(|f| !is_policy_link(&f.raw))
            .count()
    };
    // (A help page's link below the sentence is no list of its own.)
    let Some(first) = (at + 1..lines.len()).find(|&k| item_urls(k) > 0) else {
        return false;
    };
    if lines[at + 1..first].iter().any(|l| !l.trim().is_empty()) {
        return false;
    }
    let end = (first..lines.len())
        .find(|&k| !lines[k].trim().is_empty() && item_urls(k) == 0)
        .unwrap_or(lines.len());
    if lines[first..end].iter().any(has) {
        return false;
    }
    lines[end..]
        .iter()
        .position(|l| RULE.is_match(l) || ECHO_HEAD.is_match(l.trim()))
        .is_some_and(|r| lines[end + r..].iter().any(has))
}

/// The line where `sentence` ends: the first of the author's lines that
/// holds its last three words.
fn sentence_end_line(lines: &[String], sentence: &str) -> Option<usize> {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let tail = words[words.len().saturating_sub(3)..].join(" ");
    lines.iter().position(|l| {
        !is_quoted(l)
            && l.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .contains(&tail)
    })
}

/// A request to act, in the reporter's words ("Please remove this post and
/// the account URL", "삭제해 주시기 바랍니다").
static ASKS_TO_ACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:please|kindly)\s+(?:\w+\s+){0,2}?(?:remove|delete|take\s+down|block|restrict|suspend|ban|disable)\b|삭제\s*(?:해|하여)\s*주시기|조치\s*(?:해|하여)\s*주시기"))
        .expect("built-in regex")
});

/// The heading of an echoed report, alone on its line.
static ECHO_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)^[\[【■#=*\-\s]*(?:your\s+report|(?:a\s+)?(?:summary|copy)\s+of\s+your\s+report|report\s+details)[\]】\s]*[:：]?$"))
        .expect("built-in regex")
});

/// Is `url` named as the object of the report the email answers ("We
/// reviewed your report regarding URL", "your complaint about URL", a field
/// "Reported URL: URL", a letter's opening "Regarding URL (your ref. …):")?
pub(crate) fn named_as_reported(lines: &[String], url: &str) -> bool {
    lines.iter().filter(|l| !is_quoted(l)).any(|l| {
        urls::find_urls(l)
            .iter()
            .any(|f| f.raw == url && REPORT_OF.is_match(&l[..f.start]))
    })
}

static REPORT_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:your|the)\s+(?:report|complaint|notice|request|abuse\s+report)\s+(?:\w+\s+){0,2}?(?:regarding|about|concerning|on|for|against|of)\s*[<(]?$|^\W*(?:reported\s+(?:url|link|domain(?:\s+name)?|site|website|address)|신고\s*(?:url|도메인|사이트))\s*[:：]\s*[<(]?$|^\W*(?:regarding|concerning|in\s+reference\s+to|with\s+(?:regard|reference|respect)\s+to|as\s+regards)\s*[<(]?$"))
        .expect("built-in regex")
});

/// Does `sentence` end a line with ':' whose next line holds only links to
/// the platform's policy or help pages? Then it heads that link.
pub(crate) fn heads_policy_link(lines: &[String], sentence: &str) -> bool {
    let t = sentence.trim();
    if !t.ends_with([':', '：']) {
        return false;
    }
    lines.iter().enumerate().any(|(k, l)| {
        !is_quoted(l)
            && l.trim_end().ends_with(t.rsplit(' ').next().unwrap_or(t))
            && lines[k + 1..]
                .iter()
                .find(|n| !n.trim().is_empty())
                .is_some_and(|n| {
                    let found = urls::find_urls(n);
                    !found.is_empty() && found.iter().all(|f| is_policy_link(&f.raw))
                })
    })
}

pub(crate) fn about_one(lines: &[String], sentence: &str) -> bool {
    let t = sentence.trim_start_matches(|c: char| !c.is_alphanumeric());
    SUBJECT_TAKEN_OUT.is_match(t)
        && lines.iter().any(|l| {
            // …on the line itself ("URL was removed."), not a sentence
            // wrapped through a URL alone on its line.
            let found = urls::find_urls(l);
            found.first().is_some_and(|f| {
                l[..f.start].trim().is_empty()
                    && l[f.end..].trim_start().starts_with(t.split(',').next().unwrap_or(t).trim())
            })
        })

        // ("This one was taken down" under a list: one of them, the one
        // right above it, not the list.)
        || ONE_OF_THEM.is_match(sentence)
        // ("위 게시물" is the posts above, as many as there are.)
        // ("this content" may be all of a list.)
        || (DEICTIC
            .find(sentence)
            .is_some_and(|m| !m.as_str().ends_with("content") && !m.as_str().ends_with("material"))
            && !OTHERS.is_match(sentence)
            && !ABOVE.is_match(sentence)
            // ("처리 결과: 위 게시글 2건은 …": the posts above, after the
            // field's label.)
            && !FIELD_LABEL_FIRST
                .find(sentence)
                .is_some_and(|m| ABOVE.is_match(&sentence[m.end()..])))
}

/// Does a sentence point back at the list above it ("위 게시글 2건은 …",
/// "처리 결과: 위 게시물은 …", "The posts above …")?
pub(crate) fn points_above(sentence: &str) -> bool {
    ABOVE.is_match(sentence)
        || FIELD_LABEL_FIRST
            .find(sentence)
            .is_some_and(|m| ABOVE.is_match(&sentence[m.end()..]))
}

/// A label that names the reported item ("대상 게시물:", "신고 URL:",
/// "Reported content:", "Post:"), not a page of the service.
static ITEM_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)^\W*(?:(?:처리|조치|신고|삭제|차단)?\s*대상\s*(?:게시물|게시글|글|url|링크|영상|콘텐츠)?|신고\s*(?:url|게시물|링크)|(?:reported\s+)?(?:content|post|video|url|link|item|message)s?(?:\s+reported)?)\s*[:：]"))
        .expect("built-in regex")
});

/// A list entry's number before its URL: "1)", "2.", "(3)", "[4]", "①".
static LIST_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\(?\d{1,3}[.)]|\[\d{1,3}\]|[①-⑳])").expect("built-in regex"));

/// A short field label at the start of a sentence ("처리 결과:", "Result:").
static FIELD_LABEL_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\W*[^\s:：.。][^:：.。]{0,14}[:：]\s*").expect("built-in regex")
});

pub(crate) fn prose_sentences(lines: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let mut chunk = String::new();
    let flush = |chunk: &mut String, out: &mut Vec<String>| {
        for (a, b) in sentences(chunk) {
            let t = chunk[a..b].trim();
            if !t.is_empty() {
                out.push(t.to_string());
            }
        }
        chunk.clear();
    };
    for (k, line) in lines.iter().enumerate() {
        if line.trim().is_empty() || is_quoted(line) {
            flush(&mut chunk, &mut out);
            continue;
        }
        let found = urls::find_urls(line);
        chunk.push(' ');
        chunk.push_str(without_urls(line, &found).trim());
        let next = lines.get(k + 1).map(String::as_str);
        let next_found = next.map(urls::find_urls).unwrap_or_default();
        let prev = k.checked_sub(1).map(|p| lines[p].as_str());
        let ends = ends_sentence(prev, line, &found, next.map(|n| (n, next_found.as_slice())));
        // (A decision field whose prose runs on to the next line is not
        // whole at its line's end.)
        let field_runs_on = !ends && DECISION_FIELD.is_match(line.trim_end());
        // (Nor a line whose words after its URL break off and go on in lower
        // case below: "Looking at it now: URL appears to have\nbeen taken
        // down already, possibly by the customer" is one sentence.)
        let prose_runs_on = !ends
            && found.last().is_some_and(|f| {
                line[f.end..]
                    .trim_end()
                    .ends_with(|c: char| c.is_alphabetic())
            })
            && next.is_some_and(|n| n.trim_start().starts_with(|c: char| c.is_ascii_lowercase()));
        let whole = ends
            || (field_line(line, &found) && !field_runs_on && !prose_runs_on)
            || is_list_item(line)
            || next.is_some_and(|n| {
                // (Not a sentence running on in lower case whose colon
                // comes later: "…, it appears the origin\nhas already taken
                // the page offline: our edge …" is no field.)
                (field_line(n, &next_found)
                    && !n.trim_start().starts_with(|c: char| c.is_ascii_lowercase()))
                    || is_list_item(n)
                    || is_bracket_label(n.trim_end())
            });
        if whole {
            flush(&mut chunk, &mut out);
        }
    }
    flush(&mut chunk, &mut out);
    out
}

/// A labelled field ("Status: removed", "URL: …"), but not a line whose
/// only "label" ends at a URL's scheme ("It looks like https://…/1 may\n
/// already have been deleted …" is one sentence over two lines, not a field
/// and the half-sentence after it).
fn field_line(line: &str, found: &[FoundUrl]) -> bool {
    FIELD.find(line).is_some_and(|m| {
        let colon = m
            .as_str()
            .rfind([':', '：'])
            .map_or(m.start(), |k| m.start() + k);
        !found.iter().any(|f| f.start <= colon && colon < f.end)
    })
}

// A closing line: what follows it is the sender's own.
static SIGN_OFF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&crate::extract::ascii_b(r"(?i)(?:드림|올림|드립니다|감사합니다)\.?$|^(?:best|regards|best\s+regards|kind\s+regards|sincerely|thanks|thank\s+you|cheers)\b"))
        .expect("built-in regex")
});

// A footer's label for a page of the service ("고객센터:", "Help Center:",
// "운영정책:"): what follows is no reported content.
static FOOTER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&crate::extract::ascii_b(r"(?i)고객\s*센터|센터|문의|정책|약관|도움말|이의|안내|서비스|\b(?:help|support|contact|policy|policies|terms|faq|appeals?|guidelines?|rules|legal|transparency)\b"))
        .expect("built-in regex")
});

/// Is `url` named only bare in the author's lines: on lines that say
/// nothing else (a list entry, "- URL", "신고된 콘텐츠: URL", "Content:
/// URL"), as the object of a statement made elsewhere?
#[cfg(test)]
pub(crate) fn named_bare(lines: &[String], url: &str) -> bool {
    named_bare_in(lines, url, false)
}

/// `named_bare`, where a list's own number before the URL (" 1) URL",
/// "[2] URL") may count as a mark too: for a statement that points back at
/// the list ("처리 결과: 위 게시글 2건은 …"). (An echoed report numbers its
/// links as well, and "The reported content has been blocked" above such a
/// list is not said of each of them.)
pub(crate) fn named_bare_in(lines: &[String], url: &str, numbered: bool) -> bool {
    let Some(key) = urls::normalize(url) else {
        return false;
    };
    let mut seen = false;
    for (k, line) in lines.iter().enumerate().filter(|(_, l)| !is_quoted(l)) {
        let found = urls::find_urls(line);
        if !found
            .iter()
            .any(|f| urls::normalize(&f.raw).as_deref() == Some(key.as_str()))
        {
            continue;
        }
        seen = true;
        // Nothing but list marks, or a label ending in ':' before it
        // ("대상 게시물:", "Content:"); nothing after it. A line such as
        // "네이버 권리보호센터 https://right.naver.com" names a page, not an object.
        let (Some(first), Some(last)) = (found.first(), found.last()) else {
            return false;
        };
        let before = line[..first.start].trim();
        let after = line[last.end..].trim();
        let marks_only = if numbered {
            LIST_NUMBER.replace(before, "")
        } else {
            before.into()
        }
        .chars()
        .all(|c| !c.is_alphanumeric());
        let label = before.ends_with([':', '：'])
            && before.split_whitespace().count() <= 4
            && !FOOTER_LABEL.is_match(before);
        let only_urls =
            found.len() == 1 || prose_words(&without_urls(line, &found)) == prose_words(before);
        // The line above may make it part of prose ("… share them in a new
        // report at\nURL .") or of a signature ("… 드림\nURL").
        let above = lines[..k].iter().rev().find(|l| !l.trim().is_empty());
        let continues = above.is_some_and(|a| {
            let t = a.trim_end();
            !is_quoted(a)
                && urls::find_urls(a).is_empty()
                && (SIGN_OFF.is_match(t)
                    || !(t.ends_with(['.', '!', '?', '。', ':', '：', ')', ']', '】'])
                        || t.ends_with('다')
                        || is_bracket_label(t)
                        || FIELD.is_match(t)
                        || prose_words(t) <= 3))
        });
        // Its own answer on the line below ("URL\n  -> already 404, …"):
        // spoken about, not a bare object.
        let answered_below = lines.get(k + 1).is_some_and(|n| {
            let t = n.trim();
            !t.is_empty()
                && !is_quoted(n)
                && urls::find_urls(n).is_empty()
                && (ARROW_LEAD.is_match(n) || (n.starts_with([' ', '\t']) && !is_list_item(n)))
        });
        if continues
            || answered_below
            || !((marks_only || label || REPORTED_FIELD.is_match(line))
                && after.chars().all(|c| !c.is_alphanumeric())
                && only_urls)
        {
            return false;
        }
    }
    seen
}

// The last path segment of a rules or policy page ("cafe_rule",
// "community-guidelines.html", "oppolicy").
static RULES_PAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:[a-z0-9]+[_-])?(?:rules?|policy|policies|oppolicy|guidelines?|terms|tos)(?:\.[a-z]+)?$")
        .expect("built-in regex")
});

// A guess at what happened before ("It may have been deleted", "may
// already have been removed").
static MAY_HAVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:may|might|could)\s+(?:already\s+)?have\s+(?:already\s+)?been\s+(?:deleted|removed|taken\s+down)\b"))
        .expect("built-in regex")
});

// Some of the items, not all ("blocked some of the messages you listed",
// "게시물 중 일부"); not "내용을 일부 수정" (part of one post's text).
static SOME_ITEMS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:some|several|certain|a\s+few|most)\s+of\s+(?:the\s+|these\s+|those\s+|your\s+)?(?:\w+\s+)?(?:messages|posts|links|urls|items|videos|content|accounts|channels)\b|\bsome\s+(?:posts|items|links|urls|videos|messages)\b|(?:게시물|게시글|신고\s*건|요청\s*건|url|링크)\s*(?:중\s*)?일부"))
        .expect("built-in regex")
});

thread_local! {
    // Requested items whose URLs look like a site's own page ("…/contact",
    // "…/about"), for the reading under way on this thread (see
    // `RequestedPages`): a requested item is never a policy link.
    static REQUESTED_PAGES: std::cell::RefCell<Vec<String>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// While it lives, the URL keys it was made with are read as content on
/// this thread, however much they look like a help or contact page. The
/// reader's many layouts all ask `is_policy_link`; the ledger's few
/// requested pages reach them this way rather than through every call.
/// Guards nest: a reading inside a reading (a forwarded email's) gets the
/// keys it was given, and the outer reading gets its own back on drop.
pub(crate) struct RequestedPages(Vec<String>);

impl RequestedPages {
    pub(crate) fn set(keys: &[String]) -> RequestedPages {
        let before =
            REQUESTED_PAGES.with(|r| std::mem::replace(&mut *r.borrow_mut(), keys.to_vec()));
        RequestedPages(before)
    }
}

impl Drop for RequestedPages {
    fn drop(&mut self) {
        let before = std::mem::take(&mut self.0);
        REQUESTED_PAGES.with(|r| *r.borrow_mut() = before);
    }
}

/// Links to a platform's own help and policy pages are never content,
/// unless the link is a requested item (see `RequestedPages`).
pub(crate) fn is_policy_link(url: &str) -> bool {
    looks_like_policy_page(url)
        && REQUESTED_PAGES.with(|r| {
            let r = r.borrow();
            r.is_empty() || !urls::normalize(url).is_some_and(|k| r.contains(&k))
        })
}

/// Does `url` look like a platform's help, policy, contact or report page?
pub(crate) fn looks_like_policy_page(url: &str) -> bool {
    let l = url.to_ascii_lowercase();
    let rest = l.split_once("://").map(|(_, r)| r).unwrap_or(&l);
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host = host.trim_start_matches("www.");
    let first = path.split(['/', '?', '#']).next().unwrap_or("");
    // "policy.naver", "rules.html": the page's name without its extension.
    let first = first.split('.').next().unwrap_or(first);
    [
        "help.",
        "helpdesk.",
        "helpcenter.",
        "cs.",
        "customer.",
        "support.",
        "policies.",
        "policy.",
        "transparency.",
        "legal.",
        // A platform's portal for legal requests ("legalrequests.x.com").
        "legalrequests.",
        "legalrequest.",
        "appeals.",
        "appeal.",
        "privacy.",
        "about.",
        "transparency",
        "safety.",
        "telegram.org",
        "inoti.",
        // Google's dashboard of one's own reports.
        "reportcontent.",
        // Google's legal notices say a copy may go to Lumen's database.
        "lumendatabase.org",
    ]
    .iter()
    .any(|p| host.starts_with(p) || host == p.trim_end_matches('.'))
        // "…/_c21_/cafe_rule", "…/community_guidelines": a rules page one
        // or two levels into a site (deeper, a post's slug may say "rules").
        || {
            let p = path.split(['?', '#']).next().unwrap_or("");
            let segs: Vec<&str> = p.split('/').filter(|s| !s.is_empty()).collect();
            segs.len() <= 3 && segs.last().is_some_and(|last| RULES_PAGE.is_match(last))
        }
        || [
            "help",
            "policies",
            "policy",
            "legal",
            "terms",
            "tos",
            "privacy",
            "rules",
            "guidelines",
            "community-guidelines",
            "support",
            "about",
            "faq",
            "guide",
            "guides",
            "howyoutubeworks",
            "safety",
            "transparency",
            // ("edgeshield.io/trust/abuse": how a provider handles reports.)
            "trust",
            "trust-and-safety",
            "trust-safety",
            "hc",
            "community-standards",
            "communityguidelines",
            "communitystandards",
            "reportingdashboard",
            "accounts",
        ]
        .contains(&first)
        // A page named by two policy words ("/safety-transparency-reports",
        // "/community-safety-policy"): one alone may be a channel's name.
        || {
            const WORDS: [&str; 9] = [
                "safety", "transparency", "policy", "policies", "guidelines", "terms", "rules",
                "privacy", "enforcement",
            ];
            let words: Vec<&str> = first.split(['-', '_']).collect();
            WORDS.iter().filter(|w| words.contains(w)).count() >= 2
        }
        // A platform's report, takedown or appeal form ("reddit.com/report",
        // "mega.io/takedown"), or the page of one's own reports ("You can see
        // all your reports at filecrate.example/reports"), at most two levels
        // deep.
        || (["report", "reports", "dashboard", "takedown", "dmca", "copyright", "abuse", "appeal", "appeals", "contact"]
            .contains(&first)
            && path.split(['?', '#']).next().unwrap_or("").split('/').filter(|s| !s.is_empty()).count() <= 2)
}

/// Sentence spans of a text: ends at . ! ? 。 followed by white space or the
/// end (full-width 。 ． ！ ？ also before the next word), and at the extra break offsets given (line ends that end a sentence
/// without punctuation: headings ending in ':' and bare URL lines).
pub(crate) fn sentences(text: &str) -> Vec<(usize, usize)> {
    sentences_with(text, &[])
}

/// Sentence spans with extra break offsets (see `sentences`).
fn sentences_with(text: &str, breaks: &[usize]) -> Vec<(usize, usize)> {
    // Walks the bytes, not the chars: every sentence end is ASCII or '。'
    // (E3 80 82), and this runs for every line of every paragraph.
    let mut breaks = breaks.to_vec();
    breaks.sort_unstable();
    let mut next_break = breaks.iter().peekable();
    let mut out = Vec::new();
    let mut start = 0;
    let b = text.as_bytes();
    for i in 0..b.len() {
        while next_break.next_if(|&&k| k < i).is_some() {}
        if next_break.peek() == Some(&&i) && text.is_char_boundary(i) && i > start {
            out.push((start, i));
            start = i;
        }
        let stop = match b[i] {
            b'.' | b'!' | b'?' => 1,
            0xE3 if b[i + 1..].starts_with(&[0x80, 0x82]) => 3,
            // Full-width '．', '！', '？'.
            0xEF if b[i + 1..].starts_with(&[0xBC, 0x8E])
                || b[i + 1..].starts_with(&[0xBC, 0x81])
                || b[i + 1..].starts_with(&[0xBC, 0x9F]) =>
            {
                3
            }
            _ => 0,
        };
        if stop > 0 {
            let end = i + stop;
            // (A full-width stop ends a sentence with no space after it,
            // "유지．실명이나 …", unless it follows a number: "２．（URL）"
            // is a list's entry.)
            let wide_end = stop == 3
                && end < b.len()
                && !b[end].is_ascii()
                && !text[..i]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
            if end >= b.len() || b[end].is_ascii_whitespace() || wide_end {
                out.push((start, end));
                start = end;
            }
        }
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    out
}

/// `text` with the URL spans blanked out (so URL characters never read as words).
pub(crate) fn without_urls(text: &str, found: &[FoundUrl]) -> String {
    let mut words = String::with_capacity(text.len());
    let mut last = 0;
    for f in found {
        if f.start >= last && f.end <= text.len() {
            // (With the angle brackets mail programs put around a URL: "The
            // invite link <URL> is invalid" reads as "The invite link is
            // invalid".)
            let (start, end) = match (
                text[..f.start].strip_suffix('<'),
                text[f.end..].strip_prefix('>'),
            ) {
                (Some(head), Some(_)) if head.len() >= last => (head.len(), f.end + 1),
                _ => (f.start, f.end),
            };
            words.push_str(&text[last..start]);
            words.push_str(" ; ");
            last = end;
        }
    }
    words.push_str(&text[last..]);
    words
}

/// How many words of prose a URL line has besides its URLs, labels and markers.
fn prose_words(words: &str) -> usize {
    // (A labelled reason that states nothing, "(사유: …)", is no prose of
    // the line's own: the entry is still a bare one under its lead.)
    let words = super::status::without_quiet_reasons(words, &[]);
    let cleaned = LABELS.replace_all(&words, " ");
    cleaned
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 2)
        .count()
}

fn to_status(s: Said) -> Result<Option<Status>, ()> {
    match s {
        Said::Stated(st) => Ok(Some(st)),
        Said::Hedged(_) => Ok(None),
        Said::Nothing => Err(()),
    }
}

fn is_quoted(line: &str) -> bool {
    line.trim_start().starts_with('>')
}

/// Reads every URL of the author's lines with the status stated for it.
/// How many lines a sentence may reach across, each way, from the line being
/// read. Without a bound, a paragraph of N URL lines (a platform listing
/// thousands of removed links without a blank line) is rescanned whole for
/// each of its lines: O(N²), minutes for a 6,000-line list (hostile-input
/// limit; found by tests/hostile.rs).
const MAX_SPAN: usize = 8;

/// Words (of two letters or more) that make a list entry's text a sentence of
/// its own rather than a label or a description ("Invite", "Channel post
/// with 3 images").
const OWN_SENTENCE_WORDS: usize = 8;

pub fn read(lines: &[String], extra: &[(Status, String)]) -> Vec<Reading> {
    // (Rewritten only when a line says "respectively": most emails are read
    // as they are, without a copy.)
    let unfolded;
    let lines = if lines.iter().any(|l| {
        super::status::RESPECTIVELY.is_match(l) || super::status::KO_RESPECTIVELY.is_match(l)
    }) {
        unfolded = unfold_respectively(lines);
        unfolded.as_slice()
    } else {
        lines
    };
    let split = split_url_sentences(lines);
    let lines = split.as_slice();
    let mut out = Vec::new();
    let mut heading: Option<Status> = None;
    // The heading's sentence was about "the reported content" as a whole.
    let mut heading_about_report = false;
    // The last heading was a hedge ("Still under review:"): URLs below it
    // were spoken about, only not as done.
    let mut heading_hedged = false;
    // A blank line lies between the heading and here: a heading still
    // heads the list below it, but not a paragraph of prose of its own.
    let mut heading_far = false;
    // URLs below have taken the heading's status: the list has begun, and a
    // sentence of prose after it that states nothing ends it.
    let mut heading_used = false;
    // (The line the heading was read from.)
    let mut heading_line = usize::MAX;
    // The sentence that set the heading.
    let mut heading_text = String::new();
    // The heading was set by prose below a URL of the same paragraph.
    let mut heading_trailing = false;
    // Below a statement about "the reported content": an echoed report has
    // begun ("Report details", "Your report:"), and its URLs are what that
    // statement is about, fields and blank lines notwithstanding.
    let mut in_echoed_report = false;
    // The current paragraph: its unquoted lines joined, with each line's offset.
    let mut para = String::new();
    let mut para_lines: Vec<usize> = Vec::new(); // indices into `lines`
    let mut offsets: Vec<usize> = Vec::new();
    let mut breaks: Vec<usize> = Vec::new();
    // Lines already used as the answer to the line above them.
    let mut consumed: std::collections::BTreeSet<usize> = std::collections::BTreeSet::new();
    // The lines read as the status right below a bare URL ("URL1\n→ 게시글
    // 삭제"): never part of another URL's sentence.
    let mut status_below: std::collections::BTreeSet<usize> = std::collections::BTreeSet::new();
    // The URLs of each line, found once: the reading below asks about a line
    // from several places (its own turn, the lines below and above it).
    let line_urls: Vec<std::cell::OnceCell<Vec<FoundUrl>>> = (0..lines.len())
        .map(|_| std::cell::OnceCell::new())
        .collect();
    // (Not a channel or cafe named only as the place of the posts acted on:
    // "… 카페(cafe.naver.com/x)의 아래 게시글을 블라인드 처리하였습니다",
    // "the following messages from the channel URL:". It is given no
    // status below, and its line reads as the heading it is.)
    let urls_of = |k: usize| -> &[FoundUrl] {
        line_urls[k].get_or_init(|| {
            let mut found = urls::find_urls(&lines[k]);
            found.retain(|f| !is_container(&lines[k], f));
            found
        })
    };

    // Pre-compute paragraph text lazily: a paragraph ends at a blank line.
    let mut i = 0;
    while i < lines.len() {
        crate::stop::checkpoint();
        let line = lines[i].as_str();
        // (A rule of '=' or '-' between records parts them as a blank line
        // does: what the record above says heads nothing below it.)
        if line.trim().is_empty() || SEPARATOR_LINE.is_match(line) {
            // A statement that followed a URL in its paragraph spoke of that
            // URL ("URL\n게시자가 … 사진을 삭제하였습니다."): it heads no
            // list in the paragraphs after it.
            if heading_trailing {
                heading = None;
                heading_trailing = false;
            }
            // A rule set off by a blank line parts the comments of a ticket
            // history ("Karin\n\n-----\n\nKCSC Takedown\nSep 3 …"): a
            // heading of one comment heads nothing in the next. (A rule right
            // under a heading, "Removed\n-------\nURL", underlines it.)
            let blank_beside = |k: Option<&String>| k.is_none_or(|l| l.trim().is_empty());
            if SEPARATOR_LINE.is_match(line)
                && (blank_beside(i.checked_sub(1).and_then(|k| lines.get(k)))
                    || blank_beside(lines.get(i + 1)))
            {
                heading = None;
                heading_hedged = false;
                heading_used = false;
            }
            heading_far = true;
            para.clear();
            para_lines.clear();
            offsets.clear();
            breaks.clear();
            i += 1;
            continue;
        }
        if is_quoted(line) {
            // Inline reply: the author's status right below a quoted URL line.
            let found = urls_of(i);
            if !found.is_empty() {
                // The next non-blank line, when it is the author's and names no URL.
                let j = (i + 1..lines.len()).find(|j| !lines[*j].trim().is_empty());
                if let Some(j) = j.filter(|j| !is_quoted(&lines[*j]) && urls_of(*j).is_empty()) {
                    // (The reply may run over a few lines: "Read the whole
                    // thread. It's a discussion, nothing in it breaks our
                    // rules,\nso it stays up.")
                    let block: Vec<usize> = (j..lines.len().min(j + 4))
                        .take_while(|&n| {
                            !lines[n].trim().is_empty()
                                && !is_quoted(&lines[n])
                                && urls_of(n).is_empty()
                        })
                        .collect();
                    let first = said(&lines[j], extra);
                    let (reply, used) = if first == Said::Nothing
                        || !lines[j].trim_end().ends_with(['.', '!', '?', '。', '다'])
                    {
                        let text: Vec<&str> = block.iter().map(|&n| lines[n].trim()).collect();
                        (said(&text.join(" "), extra), block.clone())
                    } else {
                        (first, vec![j])
                    };
                    match reply {
                        Said::Stated(st) => {
                            for f in found.iter().filter(|f| !is_policy_link(&f.raw)) {
                                out.push(Reading {
                                    url: f.raw.clone(),
                                    status: Some(st),
                                    channel_words: false,
                                    inherited: false,
                                    unread: false,
                                    line: i,
                                    contradicted: false,
                                });
                            }
                            consumed.extend(used);
                        }
                        Said::Hedged(_) => {
                            consumed.extend(used);
                        }
                        Said::Nothing => {}
                    }
                }
            }
            // A quoted line ends the paragraph (its extension above stops
            // there too): without this, the next line would be looked up in
            // the previous paragraph's offsets and sliced at a byte that may
            // not be a char boundary (a panic found by fuzzing:
            // tests/fuzz_regressions/pipeline-crash-d01ab60d).
            para.clear();
            para_lines.clear();
            offsets.clear();
            breaks.clear();
            i += 1;
            continue;
        }
        if consumed.contains(&i) {
            i += 1;
            continue;
        }
        // Extend the paragraph with the rest of its lines (up to the next blank
        // or quoted line) once, when we enter it.
        if para_lines.is_empty() {
            let mut j = i;
            while j < lines.len() && !lines[j].trim().is_empty() && !is_quoted(&lines[j]) {
                offsets.push(para.len());
                para_lines.push(j);
                para.push_str(lines[j].trim_end());
                let next = lines
                    .get(j + 1)
                    .map(String::as_str)
                    .filter(|n| !n.trim().is_empty() && !is_quoted(n));
                let next = next.map(|n| (n, urls_of(j + 1)));
                let prev = j.checked_sub(1).map(|p| lines[p].as_str());
                if ends_sentence(prev, &lines[j], urls_of(j), next) {
                    breaks.push(para.len());
                }
                para.push(' ');
                j += 1;
            }
        }
        let pos = para_lines.iter().position(|&j| j == i).unwrap_or(0);
        let line_off = offsets.get(pos).copied().unwrap_or(0);
        let found = urls_of(i);
        // A line whose only links are policy pages ("… against our
        // https://transparency…/community-standards/:") is prose.
        // A line that is only a policy link, right under a heading whose
        // list has not begun ("More about country-withheld content:\n
        // https://help…/post-withheld-by-country"): the heading pointed at
        // that page, and heads nothing further down.
        let only_policy_link = !found.is_empty()
            && found.iter().all(|f| is_policy_link(&f.raw))
            && prose_words(&without_urls(line, found)) == 0
            && !heading_used
            && !heading_far
            // (Not a link inside a heading that goes on to its list: "The
            // following content has been removed … Guidelines\n(URL):")
            && !line.trim_end().ends_with([':', '：'])
            && !points_forward(&heading_text);
        if found.is_empty() || found.iter().all(|f| is_policy_link(&f.raw)) {
            // A heading or prose line: the status of the sentence(s) it is part
            // of, within the run of prose lines it belongs to (a sentence never
            // reaches back into a list above it).
            let line_end = line_off + line.trim_end().len();
            let mut run_start = pos;
            while run_start > 0 && pos - run_start < MAX_SPAN {
                let prev = lines[para_lines[run_start - 1]].as_str();
                // A line already read as a URL's status belongs to that URL,
                // not to the sentence of the lines after it.
                if is_list_item(prev)
                    || !urls_of(para_lines[run_start - 1]).is_empty()
                    || consumed.contains(&para_lines[run_start - 1])
                {
                    break;
                }
                run_start -= 1;
            }
            let window_start = if is_list_item(line) {
                line_off
            } else {
                offsets.get(run_start).copied().unwrap_or(line_off)
            };
            let mut update: Option<Said> = None;
            let mut update_text = String::new();
            let from = breaks.partition_point(|b| *b <= window_start);
            let rel: Vec<usize> = breaks[from..]
                .iter()
                .take_while(|b| **b <= line_end)
                .map(|b| b - window_start)
                .collect();
            for (s, e) in sentences_with(&para[window_start..line_end.min(para.len())], &rel) {
                let (s, e) = (s + window_start, e + window_start);
                if e <= line_off || s >= line_end {
                    continue;
                }
                // Only the part of the sentence up to the end of this line is
                // known yet, unless the sentence goes on over lines without
                // URLs ("… made unavailable for users in South\nKorea. This
                // covers the two posts you listed (URL and URL)."): its scope
                // may be on the next line.
                // (A field is whole, and a field or entry below starts anew.)
                let next_line = para_lines.get(pos + 1).map(|&j| lines[j].as_str());
                let open_end = e >= line_end
                    && !FIELD.is_match(line)
                    && next_line.is_some_and(|n| !FIELD.is_match(n) && !is_list_item(n))
                    && !para[s..e]
                        .trim_end()
                        .ends_with(['.', '!', '?', '。', ':', '：', ')', '다']);
                let upto = match para.get(line_end..).filter(|_| open_end) {
                    Some(rest) => match sentences(rest).first() {
                        Some(&(_, b))
                            if b <= 200
                                && rest.is_char_boundary(b)
                                && urls::find_urls(&rest[..b]).is_empty() =>
                        {
                            line_end + b
                        }
                        _ => e.min(line_end),
                    },
                    None => e.min(line_end),
                };
                let r = said(&para[s..upto], extra);
                // "We were unable to locate the following content. The URL may
                // be incorrect or the post may no longer exist:" — the stated
                // sentence that points at the list is the heading; a hedged
                // guess after it explains, it does not take it back.
                let keeps_forward = match (&update, &r) {
                    // "We couldn't find this video. It is no longer
                    // available on TikTok:": what not finding it means, no
                    // act of removal.
                    (Some(Said::Stated(Status::NotFound)), Said::Stated(Status::Removed)) => {
                        NO_LONGER_THERE.is_match(&para[s..upto])
                    }
                    (Some(Said::Stated(st)), Said::Hedged(h)) => {
                        // "We couldn't find this video. It may have been
                        // deleted by the uploader": the same status, guessed
                        // at, explains the statement; so does a guessed
                        // deletion after "unable to locate" ("It may have
                        // been deleted, or the link may be incorrect").
                        (*h == Status::NotFound && h == st)
                            || (*st == Status::NotFound
                                && *h == Status::Removed
                                && MAY_HAVE.is_match(&para[s..upto]))
                            || (FORWARD.is_match(&update_text) && explains(&para[s..upto]))
                    }
                    _ => false,
                };
                if r != Said::Nothing && !keeps_forward {
                    update = Some(r);
                    update_text = para[s..upto].to_string();
                }
            }
            // "Our customer has removed the material you reported. We
            // checked both addresses ourselves and they now return\n404 Not
            // Found:": the check, in the same paragraph as the removal
            // heading, shows the removal done; it does not make the pages
            // not found.
            if update == Some(Said::Stated(Status::NotFound))
                && heading == Some(Status::Removed)
                && para_lines.contains(&heading_line)
                && NOW_GONE.is_match(&update_text)
            {
                update = Some(Said::Stated(Status::Removed));
            }
            // "Two of the message links in your request have been taken
            // down:" over exactly two URLs: the list is the part it means.
            if matches!(update, Some(Said::Hedged(_)))
                && update_text.trim_end().ends_with([':', '：'])
                && let Some(c) = COUNTED_PART.captures(&update_text)
                && crate::extract::count_word(&c[1]) == Some(listed_below(lines, i))
                && let r @ Said::Stated(_) = said(&COUNTED_PART.replace(&update_text, "the"), extra)
            {
                update = Some(r);
            }
            // "1. URL\n2. URL\n위 게시물 2건은 … 삭제 조치되었음을 알려드립니다":
            // a statement about "the above" that follows a list gives its
            // status to the list's URLs that have none (the count, when it
            // says one, must be theirs).
            if let Some(Said::Stated(st)) = update {
                // (Not one about one of them by its place: "We removed the
                // second of these.")
                if (ABOVE.is_match(&update_text) || BACK_REF.is_match(&update_text))
                    && !names_one_of_them(&update_text)
                {
                    let mut above: Vec<usize> = Vec::new();
                    let mut j = i;
                    while j > 0 {
                        j -= 1;
                        let l = lines[j].trim();
                        if l.is_empty() && above.is_empty() {
                            continue;
                        }
                        // A record's own fields between ("■ 처리 결과: 삭제")
                        // belong to the entries above.
                        if !l.is_empty() && urls_of(j).is_empty() && FIELD.is_match(l) {
                            continue;
                        }
                        // ("■ 처리 대상\n - URL\n - URL\n\n■ 처리 결과\n위 게시물
                        // 각각에 대하여 … 임시조치하였습니다.": the statement's
                        // own heading, and the blank line above it.)
                        if above.is_empty()
                            && urls_of(j).is_empty()
                            && SECTION_HEADING.is_match(l)
                            && !is_quoted(&lines[j])
                        {
                            continue;
                        }
                        if l.is_empty() || is_quoted(&lines[j]) || urls_of(j).is_empty() {
                            break;
                        }
                        above.push(j);
                    }
                    let targets: Vec<usize> = out
                        .iter()
                        .enumerate()
                        .filter(|(_, r)| {
                            above.contains(&r.line) && r.status.is_none() && r.inherited
                        })
                        .map(|(k, _)| k)
                        .collect();
                    let count = crate::extract::stated_count(&update_text);
                    // "■ 처리 결과: 삭제\n위 영상은 … 게시가 유지됨을 안내드립니다":
                    // the statement about the above contradicts what the
                    // entry above says of itself; neither is taken.
                    if ABOVE_SUBJECT.is_match(&update_text) && !EXCEPT.is_match(&update_text) {
                        for r in out.iter_mut() {
                            if above.contains(&r.line) && r.status.is_some_and(|x| x != st) {
                                r.status = None;
                                r.unread = false;
                            }
                        }
                    }
                    // (An entry above that already says the same of itself,
                    // "URL2\n이 두 글은 삭제했습니다" read for URL2 as the line
                    // below it, is one of them.)
                    let agreeing = out
                        .iter()
                        .filter(|r| above.contains(&r.line) && r.status == Some(st))
                        .count();
                    let listed = out.iter().filter(|r| above.contains(&r.line)).count();
                    if !targets.is_empty()
                        && targets.len() + agreeing == listed
                        && count.is_none_or(|n| n as usize == listed)
                    {
                        for k in targets {
                            out[k].status = Some(st);
                            out[k].unread = false;
                        }
                    }
                }
            }
            let ends_heading = line.trim_end().ends_with(':') || line.trim_end().ends_with('：');
            if update.is_none() && heading_about_report && REPORT_LABEL.is_match(line) {
                in_echoed_report = true;
            }
            match update {
                // "Others did not violate our rules": the status of items
                // other than the ones listed, never theirs.
                // "… blocked some of the messages you listed; others did not
                // break our Terms": part of a list, which part not said.
                // (Not one that introduces the list below it: "The other
                // link in your request does not exist on Reddit:" names them
                // there.)
                Some(Said::Stated(_))
                    if (OTHERS.is_match(&update_text) || SOME_ITEMS.is_match(&update_text))
                        && !update_text.trim_end().ends_with([':', '：']) =>
                {
                    heading = None;
                    heading_hedged = true;
                }
                // "The first of the posts below was removed …, the second
                // has been withheld …, and the third no longer exists:":
                // statuses for places in the list below, not one for all of
                // it (the places the reader could resolve were replaced by
                // their URLs; the rest say which is which). Two ordinals or
                // more: "The other two were deleted yesterday:" and "in the
                // last 24 hours:" are headings.
                Some(Said::Stated(_))
                    if update_text.trim_end().ends_with([':', '：'])
                        && crate::extract::positions::THE_ORDINAL
                            .find_iter(&update_text)
                            .map(|m| m.as_str().to_ascii_lowercase())
                            .collect::<BTreeSet<_>>()
                            .len()
                            >= 2 =>
                {
                    heading = None;
                    heading_hedged = true;
                }
                Some(Said::Stated(st)) => {
                    // A sentence that goes on with the same status ("… so we
                    // removed it") still speaks of the reported content.
                    // The sentences before it in the same run count too ("We
                    // reviewed the content you reported … The content has
                    // been removed.").
                    // "some of the posts you reported" is not all of them.
                    let run_text = &para[window_start..line_end.min(para.len())];
                    heading_about_report = (ABOUT_REPORT.is_match(&update_text)
                        || ABOUT_REPORT.is_match(run_text)
                        || (heading_about_report && heading == Some(st)))
                        && !SOME_OF.is_match(&update_text)
                        && !SOME_OF.is_match(run_text);
                    heading = Some(st);
                    heading_line = i;
                    heading_text = update_text.clone();
                    // Below a bare URL line ("URL\n… 삭제하였습니다."), not a
                    // URL inside a sentence ("r/x (URL), has been banned").
                    heading_trailing = para_lines.iter().take_while(|&&j| j < i).any(|&j| {
                        let found = urls_of(j);
                        !found.is_empty() && prose_words(&without_urls(&lines[j], found)) == 0
                    });
                    heading_far = false;
                    heading_hedged = false;
                    heading_used = false;
                    in_echoed_report = false;
                }
                // A hedged sentence after the heading's stated one, in the
                // same run of prose, that only explains it ("… the following
                // content. It may have been removed by the person who posted
                // it or the link may be incorrect:") keeps the heading.
                Some(Said::Hedged(h))
                    if !heading_far
                        && heading.is_some_and(|st| {
                            (h == Status::NotFound && st == h)
                                || (st == Status::NotFound
                                    && h == Status::Removed
                                    && MAY_HAVE.is_match(&update_text))
                                || (FORWARD.is_match(&heading_text) && explains(&update_text))
                        }) => {}
                Some(_) => {
                    heading = None;
                    heading_hedged = true;
                }
                // "Your report:" below "We removed the reported content." labels
                // the list that sentence is about; any other empty heading
                // starts a new section.
                None if ends_heading && heading_about_report && REPORT_LABEL.is_match(line) => {}
                // "Learn more about how we handle …:" above a policy link
                // introduces the link, not a new list.
                None if ends_heading
                    && lines
                        .iter()
                        .skip(i + 1)
                        .find(|l| !l.trim().is_empty())
                        .is_some_and(|l| {
                            let f = urls::find_urls(l);
                            !f.is_empty() && f.iter().all(|f| is_policy_link(&f.raw))
                        }) => {}
                // Inside an echoed report, its labels ("Links:", "Content:")
                // head the report's URLs.
                None if ends_heading && in_echoed_report => {}
                // "We were unable to find any content at the following link.
                // Please check that\nthe URL is correct:": the run's stated
                // sentence pointing at the list is still its heading.
                // (So for one about "this one", "this video": "We were
                // unable to locate this one. The link shows … and\nour
                // systems have no record of an upload with this ID:".)
                None if ends_heading
                    && heading.is_some()
                    && !heading_far
                    && !heading_used
                    && (FORWARD.is_match(&heading_text) || THIS_ONE.is_match(&heading_text)) => {}
                // "3. No action. The channel below sells … that do not\n
                // copy any state document, which our Terms allow:" over its
                // URL: the list entry's own status, its reason running on
                // to the line that introduces the URL.
                None if ends_heading
                    && heading.is_some()
                    && !heading_used
                    && heading_line + 1 == i
                    && is_list_item(&lines[heading_line])
                    && !runs_on_from(lines, i).is_empty() => {}
                None if ends_heading => {
                    heading = None;
                    heading_hedged = false;
                }
                // A sentence after the heading's list that states nothing we
                // can read ("For the channel below, we found no grounds …"
                // in words we do not know) starts something else: the URLs
                // after it must not take the earlier heading's status.
                None if heading_used
                    && heading.is_some()
                    && !is_list_item(line)
                    && !FIELD.is_match(line)
                    && prose_words(line) >= 3 =>
                {
                    heading = None;
                    heading_hedged = false;
                    heading_used = false;
                }
                None => {}
            }
            if only_policy_link {
                heading = None;
                heading_hedged = false;
            }
            i += 1;
            continue;
        }
        let found: Vec<FoundUrl> = found
            .iter()
            .filter(|f| !is_policy_link(&f.raw))
            .cloned()
            .collect();
        if found.is_empty() {
            i += 1;
            continue;
        }
        // The URL's own sentence: the end of the sentence before it on the
        // same line ("… has been\ndeleted. The channel URL has been blocked
        // for users") is another sentence's.
        // Likewise the end of the clause about the URL of the line above
        // ("… https://…/1 appears to have been\nremoved already, and
        // https://…/2 may have\nbeen deleted …"): "removed already" is not
        // this URL's.
        let above_names_url =
            i > 0 && !lines[i - 1].trim().is_empty() && !urls_of(i - 1).is_empty();
        let own_from = found
            .first()
            .and_then(|f| {
                let head = &line[..f.start];
                let stop = head.rfind(". ").map(|k| k + 2);
                let clause = above_names_url
                    .then(|| CLAUSE_JOIN.find_iter(head).last().map(|m| m.end()))
                    .flatten();
                stop.max(clause)
            })
            .unwrap_or(0);
        let words = if own_from > 0 {
            let shifted: Vec<FoundUrl> = found
                .iter()
                .map(|f| FoundUrl {
                    start: f.start - own_from,
                    end: f.end - own_from,
                    ..f.clone()
                })
                .collect();
            without_urls(&line[own_from..], &shifted)
        } else {
            without_urls(line, &found)
        };
        // A sentence after the line's last URL about the other items is
        // not this URL's: "we have removed URL1 and\nURL2. The other three
        // videos are still being assessed." (Only for the last object of a
        // sentence joined from the line above, whose act is the URL's.)
        let joined_above = i > 0
            && !is_quoted(&lines[i - 1])
            && JOINS_NEXT.is_match(lines[i - 1].trim_end())
            && found
                .first()
                .is_some_and(|f| line[..f.start].trim().is_empty());
        let words = match found
            .last()
            .map(|f| &line[f.end..])
            .filter(|_| joined_above)
        {
            Some(tail) => {
                let others_from = tail
                    .match_indices(". ")
                    .map(|(k, _)| k + 2)
                    .find(|&k| OTHERS.is_match(&tail[k..]) && !OTHERS.is_match(&tail[..k]));
                match others_from {
                    Some(k) if words.ends_with(&tail[k..]) => {
                        words[..words.len() - (tail.len() - k)].to_string()
                    }
                    _ => words,
                }
            }
            None => words,
        };
        let channel_words = CHANNEL_WORDS.is_match(&words);
        // "Reported content: URL" inside the echoed report under a statement
        // about the reported content.
        // (Not a URL in the reporter's own words, which ask for the act:
        // "Description: … Please remove this\npost and the account URL".)
        let asked_to_act = heading.is_some()
            && ASKS_TO_ACT.is_match(&format!(
                "{} {}",
                last_sentence(runs_on_from(lines, i)),
                line
            ));
        let echoed = heading_about_report
            && heading.is_some()
            && !asked_to_act
            && (in_echoed_report || REPORTED_FIELD.is_match(line));
        // 1. The URL's own line, with the lines that hang under it when it is
        //    a list entry ("3. URL - we have declined to remove this video
        //    globally, as it does not\n   violate … However, it can no longer
        //    be viewed in\n   South Korea"): the entry is one text.
        let mut hanging = hanging_lines(lines, i, &urls_of);
        // Or, when the URL's line is prose that breaks off mid-sentence
        // ("URL - this message had already been deleted by its\nauthor
        // before we processed your report."), the rest of its sentence: read
        // alone, the line would say "deleted" without saying by whom.
        // Not when that sentence ends in ':' ("… has been banned, and all
        // of its posts, including the ones below, are\nno longer accessible:"):
        // it introduces the list below, as a heading.
        // (Or a Korean clause broken after its subject: "URL2 는 작성자가\n
        // 이미 삭제하여 존재하지 않는 게시물입니다.")
        let mut rest_of_sentence = false;
        if hanging.is_empty()
            && (prose_words(&words) >= 2 || KOREAN_SUBJECT_END.is_match(words.trim_end()))
        {
            let rest = sentence_rest(lines, i, &urls_of);
            let introduces = rest
                .last()
                .is_some_and(|&j| lines[j].trim_end().ends_with([':', '：']));
            if !introduces {
                hanging = rest;
                rest_of_sentence = true;
            }
        }
        // A line that breaks off at a preposition before its scope, which
        // begins the next line ahead of that line's own URL: "and blocked
        // URL2 from view in\nSouth Korea under local law, but the channel
        // URL3 …" — the words up to the clause's end are this URL's.
        let words = match lines.get(i + 1).filter(|_| hanging.is_empty()) {
            Some(next)
                if DANGLING_PREPOSITION.is_match(line.trim_end())
                    && !is_quoted(next)
                    && !is_list_item(next)
                    && urls_of(i + 1).first().is_some_and(|f| f.start > 0) =>
            {
                let head = &next[..urls_of(i + 1)[0].start];
                let scope = head.split([',', ';']).next().unwrap_or("").trim();
                if scope.is_empty() {
                    words
                } else {
                    format!("{words} {scope}")
                }
            }
            _ => words,
        };
        let words = if hanging.is_empty() {
            words
        } else {
            let own_len = words.len();
            let mut w = words;
            for j in &hanging {
                w.push(' ');
                w.push_str(lines[*j].trim());
            }
            // (Only the rest of the sentence when the next is about other
            // items: "… the reel\nURL for violating our Community Guidelines
            // on\nregulated goods. We are still looking into the other
            // items.")
            // (Only when what follows is about others, or pending for
            // items in the plural: "We reviewed URL . It is a
            // plain\nregistration form … The page stays online." goes on
            // about it.)
            if rest_of_sentence
                && let Some(&(_, b)) = sentences(&w).iter().find(|&&(_, b)| b > own_len)
                && (ABOUT_OTHERS.is_match(&w[b..])
                    || (matches!(said(&w[b..], extra), Said::Hedged(_))
                        && ITEMS_PLURAL.is_match(&w[b..])))
            {
                w.truncate(b);
            }
            w
        };
        // (Or the sentence ends on the next line before that line's own
        // URL: "URL, which may have been removed by the account owner
        // before our\nreview, could not be located on X. URL2 has been
        // withheld in Korea." The line alone says only the relative
        // clause's hedge.)
        let words = match (hanging.is_empty() && prose_words(&words) >= 2)
            .then(|| sentence_end_before_url(lines, i, &urls_of))
            .flatten()
        {
            Some(tail) => format!("{words} {tail}"),
            None => words,
        };
        // A decision field among the hanging lines ("가. 대상: URL\n
        // 조치결과: 이행 (삭제)\n 조치일자: 2024.09.12") is the entry's
        // status by itself; read with the other fields it is a jumble.
        let decision = hanging
            .iter()
            .filter(|&&j| DECISION_FIELD.is_match(&lines[j]))
            .find_map(|&j| match said(&lines[j], extra) {
                Said::Stated(st) => Some(st),
                _ => None,
            });
        let mut status = match decision {
            Some(st) => Ok(Some(st)),
            None => match own_clause_status(line, extra) {
                Some(st) => Ok(Some(st)),
                None => to_status(said(&words, extra)),
            },
        };
        let mut subject_of_next = false;
        // "Both of the posts … were actioned: <URL1>\nwas withheld in South
        // Korea, and <URL2> was removed.": the URL ends its line and is the
        // subject of the verb that opens the next; that sentence says its
        // status, not the lead above, up to the join before another URL.
        // ("The post URL\nis no longer available on X; it was deleted by
        // the account holder before our\nreview.": the whole sentence, over
        // the lines it takes.)
        if decision.is_none()
            && let Some(last) = found.last()
            && line[last.end..]
                .trim()
                .trim_start_matches(['>', ')'])
                .trim()
                .is_empty()
            && let Some(next) = lines.get(i + 1)
            && !is_quoted(next)
            && OWN_CLAUSE_VERB.is_match(next.trim_start())
            // (A URL alone on its line that a sentence wraps through, "the
            // post at\nURL\nwas removed …", is read whole below, 1a.)
            && !wrapped_through(
                i.checked_sub(1).map(|p| lines[p].as_str()),
                line,
                &found,
                Some((next.as_str(), urls_of(i + 1))),
            )
        {
            let n = next.trim_start();
            let sentence_end = n.find(". ").map_or(n.len(), |e| e + 1);
            let clause = match urls_of(i + 1)
                .first()
                .map(|f| f.start - (next.len() - n.len()))
            {
                Some(u) if u < sentence_end => {
                    let to = CLAUSE_JOIN
                        .find_iter(&n[..u])
                        .last()
                        .map_or(u, |m| m.start());
                    n[..to].to_string()
                }
                _ => {
                    let mut text = n[..sentence_end].to_string();
                    // (Over the lines it runs on to, without a URL.)
                    for more in lines.iter().skip(i + 2).take(2) {
                        let t = text.trim_end();
                        if t.ends_with(['.', '!', '?', '。'])
                            || more.trim().is_empty()
                            || is_quoted(more)
                            || !urls::find_urls(more).is_empty()
                        {
                            break;
                        }
                        let m = more.trim();
                        text.push(' ');
                        text.push_str(&m[..m.find(". ").map_or(m.len(), |e| e + 1)]);
                    }
                    text
                }
            };
            // (When it says nothing we know, the line's own reading stands.)
            let below = said(&format!("; {clause}"), extra);
            if below != Said::Nothing {
                status = to_status(below);
                subject_of_next = true;
            }
        }
        let mut contradicted = false;
        // A sentence that began on the line above may make the line's status
        // something said before or hedged ("In that message we\nsaid the
        // post URL had been removed"; "we may have\nremoved URL"): then
        // it is no statement.
        // (Only prose that wraps: a line that goes on in lower case from a
        // line above without URLs.)
        // (Or a line led by its URL below a line that breaks off mid-sentence:
        // "When we checked, it appears that\nURL has already been removed".)
        let led_by_url = found.first().is_some_and(|f| {
            line[..f.start]
                .trim()
                .trim_start_matches(['<', '('])
                .is_empty()
        }) && i > 0
            && lines[i - 1]
                .trim_end()
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == ',');
        let wraps_on = (line
            .trim_start()
            .starts_with(|c: char| c.is_ascii_lowercase())
            || led_by_url)
            && i > 0
            && urls_of(i - 1).is_empty();
        // (Nor when, read whole, it says another status: "I wrote that\nURL
        // had been removed. That was wrong: … made unavailable to users in
        // South Korea only.")
        // (A line that goes on in lower case from a line that names a URL
        // too: read whole, a sentence that hedges is no statement, "The
        // domain URL0 is not registered with NamePier, so we\ncannot act on
        // URL1.")
        if decision.is_none()
            && own_from == 0
            && !wraps_on
            && !subject_of_next
            && i > 0
            && matches!(status, Ok(Some(_)))
            && line
                .trim_start()
                .starts_with(|c: char| c.is_ascii_lowercase())
            // (Prose, not a line led by its URL: "https://… 삭제".)
            && urls_of(i)
                .first()
                .is_some_and(|f| f.start > line.len() - line.trim_start().len())
            && !urls_of(i - 1).is_empty()
            && !is_quoted(&lines[i - 1])
            && !lines[i - 1]
                .trim_end()
                .ends_with(['.', '!', '?', ':', '。', '：'])
        {
            let lead = last_sentence(runs_on_from(lines, i));
            if !lead.is_empty()
                && matches!(said(&format!("{lead} {words}"), extra), Said::Hedged(_))
            {
                status = Ok(None);
            }
        }
        // (Not for a status read from the line below, whose subject the URL
        // is: the lead above is not its sentence.)
        if decision.is_none()
            && own_from == 0
            && wraps_on
            && !subject_of_next
            && matches!(status, Ok(Some(_)))
        {
            let above = sentence_above(lines, i);
            let lead = last_sentence(&above);
            // (Nor when the lead reports what was written before and the
            // sentence read whole says another status: "I wrote that\nURL
            // had been removed. That was wrong: … made unavailable to users
            // in South Korea only.")
            let whole = said(&format!("{lead} {words}"), extra);
            let reported_other = WROTE_THAT_END.is_match(lead)
                && matches!(whole, Said::Stated(st) if status != Ok(Some(st)));
            // (Nor when the lead is the act whose object the URL is: "We
            // have also withheld\nURL in Korea, as it is unlawful under
            // Korean law but does not\nbreak our rules" is a restriction,
            // not the reason's refusal.)
            let act_on_it = ACT_BEFORE_OBJECT.is_match(lead)
                && matches!(whole, Said::Stated(st) if status != Ok(Some(st)));
            if reported_other || act_on_it {
                // (What the sentence says once corrected: a status, so the
                // block below, which reads only a line that said nothing,
                // leaves it alone.)
                status = to_status(whole);
            } else if !lead.is_empty() && !matches!(whole, Said::Stated(_)) {
                status = Ok(None);
            }
        }
        // And the other way round: "We have removed the message at\n<URL>
        // and taken action against the account\nthat posted it." The line
        // alone says only what was done to the account; with the start of
        // its sentence above, it says the message was removed.
        // (Not when the URL is the subject of a verb of its own: "… appears
        // to\nhave been deleted already, and\nURL2 is still under review",
        // "… 블라인드 처리 끝냈고요,\nURL3 은 아직 검토 중입니다".)
        if decision.is_none()
            && own_from == 0
            && wraps_on
            && status == Ok(None)
            && !url_subject_of_own_clause(&words)
        {
            let above = sentence_above(lines, i);
            let lead = last_sentence(&above);
            if !lead.is_empty()
                && let Said::Stated(st) = said(&format!("{lead} {words}"), extra)
            {
                status = Ok(Some(st));
            }
        }
        // "URL, is no longer available on TikTok:\nit was deleted by the
        // account holder before our review.": gone, and the line after the
        // colon says by whose hand.
        if status == Ok(Some(Status::Removed))
            && line.trim_end().ends_with([':', '：'])
            && let Some(next) = lines.get(i + 1)
            && !is_quoted(next)
            && urls_of(i + 1).is_empty()
            && BACK_REFERENCE.is_match(next)
            && !OTHERS.is_match(next)
            && said(next, extra) == Said::Stated(Status::NotFound)
            && said(&format!("{words} {}", next.trim()), extra) == Said::Stated(Status::NotFound)
        {
            status = Ok(Some(Status::NotFound));
            consumed.insert(i + 1);
        }
        // "The message link you sent (URL) no longer\nresolves. The message
        // had been deleted by its author before our team could\nreview it,
        // so there is no content left for us to action.": gone, in words
        // that name no act, and the next sentence of its paragraph says by
        // whose hand. (As for the colon above, in prose.)
        if status == Ok(Some(Status::Removed))
            && GONE_STATE.is_match(&words)
            && let Some(next) = next_sentence_in_paragraph(lines, i, &urls_of)
            && BACK_REFERENCE.is_match(&next)
            && !OTHERS.is_match(&next)
            && said(&next, extra) == Said::Stated(Status::NotFound)
        {
            status = Ok(Some(Status::NotFound));
        }
        if status.is_ok() {
            consumed.extend(hanging.iter().copied());
        }
        // "deleted both, uploader banned. URL1 URL2": bare URLs after the
        // line's sentence that counts them (as many as it says) and states
        // what was done with them.
        if status.is_err() && own_from > 0 && prose_words(&words) == 0 && !is_quoted(line) {
            let before = last_sentence(line[..own_from].trim_end());
            let counted = COUNTED_THEM
                .captures(before)
                .and_then(|c| match c.name("n") {
                    Some(n) => crate::extract::count_word(n.as_str()),
                    None => Some(2),
                });
            let all_urls = urls_of(i);
            if counted == Some(found.len() as u32)
                && all_urls.len() == found.len()
                && all_urls.iter().all(|f| f.start >= own_from)
                && !OTHERS.is_match(before)
                && let Said::Stated(st) = said(before, extra)
            {
                status = Ok(Some(st));
            }
        }
        let from_own_line = status.is_ok();
        let mut inherited = false;
        // 1a. A URL alone on its line that a sentence wraps through ("…
        //    the message you reported at\nURL\nwas deleted together with
        //    it."): the whole sentence, not the half above it (which would
        //    otherwise head the URL as a statement above it).
        // (Not through a line already read as the URL above's status:
        // "URL1:\n    withheld in Korea\nURL2:\n    account suspended".)
        if status.is_err() && i > 0 && !status_below.contains(&(i - 1)) {
            let next = lines.get(i + 1).map(|n| (n.as_str(), urls_of(i + 1)));
            if wrapped_through(Some(lines[i - 1].as_str()), line, &found, next) {
                let above = format!("{} {}", runs_on_from(lines, i - 1), lines[i - 1].trim());
                let rest = sentence_rest(lines, i + 1, &urls_of);
                let mut whole = format!("{} {}", last_sentence(&above), lines[i + 1].trim());
                for j in &rest {
                    whole.push(' ');
                    whole.push_str(lines[*j].trim());
                }
                status = to_status(said(&whole, extra));
                if status.is_ok() {
                    consumed.insert(i + 1);
                    consumed.extend(rest.iter().copied());
                }
            }
        }
        // 2. A continuation line right below: marked as one (indent, arrow,
        //    "Status:"), or, below a bare URL, any line that states a status
        //    in whatever words ("Taken down on 12 August.") and is not the
        //    heading of a next section (ending in ':').
        if status.is_err() {
            if let Some(next) = lines.get(i + 1) {
                // (A policy link in it — "가이드라인(URL) 위반으로 삭제됨" —
                // does not make it another entry.)
                let only_policy = urls_of(i + 1).iter().all(|f| is_policy_link(&f.raw));
                if !next.trim().is_empty() && !is_quoted(next) && only_policy {
                    // The line's sentence may go on over the next lines
                    // ("… It was removed by\nthe uploader before …").
                    let rest = sentence_rest(lines, i + 1, &urls_of);
                    let mut block = next.clone();
                    for j in &rest {
                        block.push(' ');
                        block.push_str(lines[*j].trim());
                    }
                    // ("… 링크가 확인되어\n삭제되었습니다. 또한 영상 URL2 도":
                    // `sentence_rest` stops at a line with URLs, whose
                    // first sentence is nonetheless the rest of this one;
                    // read, not consumed.)
                    let last = rest.last().copied().unwrap_or(i + 1);
                    if let Some(end) = sentence_end_before_url(lines, last, &urls_of) {
                        block.push(' ');
                        block.push_str(&end);
                    }
                    let next_said = said(&block, extra);
                    let t = next.trim_end();
                    // Not under a heading's list, and not itself a heading
                    // that points forward ("The following link is invalid").
                    // Under a heading, only a line that points back at one
                    // item ("We took this post down", "This post no longer
                    // exists"), never one about the others ("The rest …").
                    let free_below_bare = (prose_words(&words) == 0 || labelled_entry(line, &found))
                        && (heading.is_none() || (DEICTIC.is_match(t) && !OTHERS.is_match(t)))
                        && !FORWARD_STRICT.is_match(t)
                        // "위 게시물 2건은 …" below the last of a list is
                        // about the whole list (read as a statement below).
                        && !((ABOVE.is_match(t) || BACK_REF.is_match(t))
                            && i > 0
                            && !urls_of(i - 1).is_empty())
                        && !t.ends_with(':')
                        && !t.ends_with('：')
                        // Stated, or hedged ("… 사진을 삭제하였습니다. 게시물은
                        // … 게시되어 있습니다."): either way about this URL.
                        && next_said != Said::Nothing;
                    // A list item below ("나. 접속차단(국내)", "2) …") is
                    // the next entry or section, not this URL's status,
                    // unless it is a decision field ("- Status: removed").
                    let next_item = ENUMERATED.is_match(next) && !DECISION_FIELD.is_match(next);
                    // "- 아래 Shorts 동영상은 … 삭제되었습니다." below a URL
                    // heads the next URLs ("아래", "the following").
                    let heads_below = FORWARD.is_match(t) && !DECISION_FIELD.is_match(next);
                    if (CONTINUATION.is_match(next) && !next_item && !heads_below)
                        || (free_below_bare && !next_item)
                    {
                        status = to_status(next_said);
                        // "URL\n  Initial review (11 Sep): no violation found,
                        // no action.\n  Escalation review (15 Sep): removed
                        // …": the record's history; its later stage holds.
                        if let Ok(Some(decided)) = status {
                            let after = rest.last().copied().unwrap_or(i + 1) + 1;
                            if let Some((later, used)) =
                                later_stage_below(lines, after, decided, &urls_of, extra)
                            {
                                status = Ok(Some(later));
                                consumed.extend(after..=used);
                                status_below.extend(after..=used);
                            }
                        }
                        if let Ok(Some(decided)) = status {
                            let after = rest.last().copied().unwrap_or(i + 1) + 1;
                            if DECISION_FIELD.is_match(next)
                                && later_field_contradicts(lines, after, decided, &urls_of, extra)
                            {
                                status = Ok(None);
                                contradicted = true;
                            }
                        }
                        if status == Ok(Some(Status::Removed))
                            && DECISION_FIELD.is_match(next)
                            && record_scoped_to_a_country(lines, i, &urls_of)
                        {
                            status = Ok(Some(Status::Restricted));
                        }
                        if status.is_ok() {
                            consumed.insert(i + 1);
                            consumed.extend(rest.iter().copied());
                            status_below.insert(i + 1);
                            status_below.extend(rest.iter().copied());
                        }
                    }
                }
            }
        }
        // 2a. The paragraph's only URL, alone on its line at the end of the
        //    paragraph, and the next paragraph opens on a sentence about
        //    "the video" / "this post" / "it" that states a status:
        //    "… we took another look at\nURL.\n\nWe've determined that the
        //    video doesn't violate our Community Guidelines".
        // (Also a line that ends on its URL: "Thank you for your report
        // regarding URL.")
        let ends_on_url = found
            .last()
            .is_some_and(|f| line[f.end..].chars().all(|c| !c.is_alphanumeric()));
        if status.is_err()
            && heading.is_none()
            && (prose_words(&words) == 0 || ends_on_url)
            && found.len() == 1
        {
            let para_urls = para_lines
                .iter()
                .filter(|&&j| !urls_of(j).is_empty())
                .count();
            let ends_para = para_lines.last() == Some(&i);
            if let (true, true, Some(gap), Some(next)) = (
                para_urls == 1,
                ends_para,
                lines.get(i + 1),
                lines.get(i + 2),
            ) {
                if gap.trim().is_empty()
                    && !is_quoted(next)
                    && urls_of(i + 2).is_empty()
                    && (DEICTIC.is_match(next) || DEICTIC_THE.is_match(next))
                    && first_deictic(next)
                        .is_some_and(|m| next[..m.start()].split_whitespace().count() <= 12)
                    && !OTHERS.is_match(next)
                    && !FORWARD.is_match(next)
                    && !next.trim_end().ends_with([':', '：'])
                    // (Nor a sentence over more lines that ends on a colon
                    // above the next URL: "This post was deleted by its own
                    // author …, so\nthere was nothing left … to act on:\n
                    // URL2" is URL2's heading.)
                    && !heads_url_below(lines, i + 2)
                {
                    // (Its sentence may run over the paragraph's next lines:
                    // "해당 게시물은 … 판매 정보는\n포함되어 있지 않은 …\n…
                    // 게시를 유지합니다.")
                    let first = said(next, extra);
                    // (Or when the line breaks off mid-sentence: "We have not
                    // taken action on this content. Based on …, it does
                    // not\nappear to violate …, and it remains available.")
                    let cut = !next.trim_end().ends_with(['.', '!', '?', '。', ')', '다']);
                    let block = || {
                        lines[i + 2..lines.len().min(i + 6)]
                            .iter()
                            .take_while(|l| {
                                !l.trim().is_empty()
                                    && !is_quoted(l)
                                    && urls::find_urls(l).is_empty()
                            })
                            .map(|l| l.trim())
                            .collect::<Vec<&str>>()
                            .join(" ")
                    };
                    let said_below =
                        if first == Said::Nothing || (cut && !matches!(first, Said::Stated(_))) {
                            said(&block(), extra)
                        } else if cut {
                            // (A statement cut before its scope is read to its
                            // sentence's end: "we have blocked this content from
                            // view on YouTube in South\nKorea, based on local law.")
                            let whole = block();
                            let one = sentences(&whole)
                                .first()
                                .map_or(whole.as_str(), |&(a, b)| &whole[a..b]);
                            // (Only when that line's first sentence is the
                            // one cut: "We didn't remove it. It doesn't go
                            // against …, and\n…" has its own first sentence
                            // whole on the line.)
                            if one.trim().len() <= next.trim().len() {
                                first
                            } else {
                                match said(one, extra) {
                                    Said::Nothing => first,
                                    other => other,
                                }
                            }
                        } else {
                            first
                        };
                    if let Said::Stated(st) = said_below {
                        status = Ok(Some(st));
                    }
                }
            }
        }
        // 2b. A record ("URL: …" / "Reported on: …" / "Status: Removed"): a
        //    labelled URL line followed by other labelled fields; the first
        //    decision field among them, before a blank line or the next URL.
        if status.is_err() && FIELD.is_match(line) {
            let mut j = i + 1;
            while j < lines.len() && j <= i + MAX_RECORD {
                let l = &lines[j];
                // The record's outcome set off by one blank line ("What you
                // reported: / Post: URL / Reported for: …" then "Outcome:
                // We removed this post …"), when this URL is the only one
                // since the last decision field or the start: the outcome
                // is this record's, not a list's.
                if l.trim().is_empty() && outcome_of_record_above(lines, j + 1) {
                    j += 1;
                    continue;
                }
                // (A field's value wrapped onto the next line: "Legal basis
                // given: Act on the Promotion of Information and
                // Communications\nNetwork Utilization, Article 44-7", above
                // the record's "Outcome: …".)
                let wraps_field = j > i + 1
                    && FIELD.is_match(&lines[j - 1])
                    && !DECISION_FIELD.is_match(&lines[j - 1])
                    && !lines[j - 1].trim_end().ends_with(['.', ':', '：', '。'])
                    && !l.trim().is_empty()
                    && !is_quoted(l)
                    && urls_of(j).is_empty()
                    && !(FIELD.is_match(l)
                        || DECISION_FIELD.is_match(l)
                        || RESULT_HEAD.is_match(l))
                    && lines
                        .get(j + 1)
                        .is_some_and(|n| DECISION_FIELD.is_match(n) || FIELD.is_match(n));
                if wraps_field {
                    j += 1;
                    continue;
                }
                if l.trim().is_empty()
                    || is_quoted(l)
                    || !urls_of(j).is_empty()
                    || !(FIELD.is_match(l) || DECISION_FIELD.is_match(l) || RESULT_HEAD.is_match(l))
                {
                    break;
                }
                if DECISION_FIELD.is_match(l) || RESULT_HEAD.is_match(l) {
                    // (A value that runs on in lower case: "Outcome: Not
                    // actioned - the post had already been deleted by the
                    // account\nholder before our review".)
                    let mut value = l.trim().to_string();
                    for n in lines[j + 1..].iter().take(3) {
                        let n = n.trim();
                        if n.is_empty()
                            || !n.starts_with(|c: char| c.is_ascii_lowercase())
                            || !urls::find_urls(n).is_empty()
                            || FIELD.is_match(n)
                        {
                            break;
                        }
                        value.push(' ');
                        value.push_str(n);
                    }
                    let mut st = to_status(said(&value, extra));
                    // "[처리 결과]" alone on its line, the outcome below it
                    // (a record's outcome set off by a blank line).
                    // (Or right below the record's other fields, the label
                    // alone on its line: "신고 URL: URL / 신고 사유: 음란물 /
                    // [처리 결과] / 게시물 삭제", up to the next record's
                    // label, field or URL.)
                    let label_only = RESULT_HEAD.is_match(l)
                        || DECISION_FIELD
                            .find(l)
                            .is_some_and(|m| l[m.end()..].chars().all(|c| !c.is_alphanumeric()));
                    if st.is_err() && j > i + 1 && lines[j - 1].trim().is_empty() {
                        let below: Vec<&str> = lines[j..]
                            .iter()
                            .take_while(|n| !n.trim().is_empty())
                            .take(4)
                            .map(|n| n.trim())
                            .collect();
                        st = to_status(said(&below.join(" "), extra));
                    } else if st.is_err() && label_only {
                        let below: Vec<&str> = lines[j + 1..]
                            .iter()
                            .take_while(|n| {
                                !n.trim().is_empty()
                                    && !is_quoted(n)
                                    && urls::find_urls(n).is_empty()
                                    && !FIELD.is_match(n)
                                    && !is_bracket_label(n.trim_end())
                            })
                            .take(3)
                            .map(|n| n.trim())
                            .collect();
                        if !below.is_empty() {
                            st = to_status(said(&below.join(" "), extra));
                            if st.is_ok() {
                                consumed.extend(j + 1..=j + below.len());
                            }
                        }
                    }
                    // "Type of restriction: disabling of access" with
                    // "Territorial scope: Republic of Korea only" in the
                    // same record (a DSA statement of reasons): withheld
                    // there, not removed.
                    if st == Ok(Some(Status::Removed))
                        && record_scoped_to_a_country(lines, i, &urls_of)
                    {
                        st = Ok(Some(Status::Restricted));
                    }
                    // "■ 처리 결과 : 삭제" over "■ 상세 내용 : … 게시를
                    // 유지합니다": a later field of the same record that
                    // states another outcome plainly contradicts the
                    // decision field; neither is the record's word.
                    if let Ok(Some(decided)) = st {
                        if later_field_contradicts(lines, j + 1, decided, &urls_of, extra) {
                            st = Ok(None);
                            contradicted = true;
                        }
                    }
                    if st.is_ok() {
                        status = st;
                        consumed.insert(j);
                        break;
                    }
                    // A head or field that says nothing we read ("[처리
                    // 결과]" above its fields, "처리 상태 : 처리 완료"): the
                    // record's next decision field may say it ("조치 내용 :
                    // 게시물 삭제").
                }
                j += 1;
            }
        }
        // 2c. A run of bare URL lines closed by one decision field ("■ 대상
        //    게시물\n - URL1\n - URL2\n■ 처리 결과: 임시조치"): the field
        //    is the whole run's, not only its last URL's. Not when a URL
        //    line follows the field (records of "URL / Status" pairs, one
        //    of them missing its field: which one is unclear).
        if status.is_err() && prose_words(&words) == 0 && !is_quoted(line) {
            let mut j = i + 1;
            while j < lines.len()
                && !is_quoted(&lines[j])
                && !urls_of(j).is_empty()
                && prose_words(&without_urls(&lines[j], urls_of(j))) == 0
            {
                j += 1;
            }
            let closed = j > i + 1
                && lines.get(j).is_some_and(|l| DECISION_FIELD.is_match(l))
                && lines
                    .get(j + 1)
                    .is_none_or(|n| n.trim().is_empty() || urls_of(j + 1).is_empty());
            // (Or the field opens the next paragraph, one blank line below
            // the list: "■ 조치 대상\n - URL1\n - URL2\n\n■ 조치 내용 :
            // 임시조치 (30일간 …)", when no URL of an item follows in that
            // paragraph: a field of the list's record, not a header of what
            // comes next.)
            let field_after_gap = lines.get(j).is_some_and(|l| l.trim().is_empty())
                && lines.get(j + 1).is_some_and(|l| {
                    !is_quoted(l) && DECISION_FIELD.is_match(l) && urls_of(j + 1).is_empty()
                })
                && (j + 2..lines.len().min(j + 2 + MAX_RECORD))
                    .take_while(|&k| !lines[k].trim().is_empty())
                    .all(|k| urls_of(k).iter().all(|f| is_policy_link(&f.raw)))
                // (Not an outcome that names the entries by their places,
                // "Outcome: 1 and 3 were removed … 2 was withheld", nor one
                // that states more than one status: each entry is its own.)
                && {
                    let para: Vec<&str> = lines[j + 1..]
                        .iter()
                        .take_while(|l| !l.trim().is_empty())
                        .take(MAX_RECORD)
                        .map(|l| l.trim())
                        .collect();
                    let text = para.join(" ");
                    let mut stated = sentences(&text).into_iter().filter_map(|(a, b)| {
                        match said(&text[a..b], extra) {
                            Said::Stated(st) => Some(st),
                            _ => None,
                        }
                    });
                    let first = stated.next();
                    !super::positions::names_places(&text) && stated.all(|s| Some(s) == first)
                };
            let field = if closed {
                Some(j)
            } else if field_after_gap {
                Some(j + 1)
            } else {
                None
            };
            if let Some(f) = field {
                if let Said::Stated(st) = said(&lines[f], extra) {
                    status = Ok(Some(st));
                    if later_field_contradicts(lines, f + 1, st, &urls_of, extra) {
                        status = Ok(None);
                        contradicted = true;
                    }
                }
            }
        }
        // 3. Prose: the sentence around the URL, across line breaks, within
        //    the lines that are not list items, nor lines already read as
        //    the status below another bare URL ("URL1\n→ 게시글 삭제\nURL2\n
        //    → …": the arrow line under URL1 is not part of URL2's
        //    sentence).
        let (w0, w1) = {
            let mut a = pos;
            while a > 0
                && pos - a < MAX_SPAN
                && !is_list_item(&lines[para_lines[a - 1]])
                && !status_below.contains(&para_lines[a - 1])
                && !is_list_item(line)
            {
                a -= 1;
            }
            let mut b = pos + 1;
            while b < para_lines.len()
                && b - pos <= MAX_SPAN
                && !is_list_item(&lines[para_lines[b]])
                && !status_below.contains(&para_lines[b])
                && !is_list_item(line)
            {
                b += 1;
            }
            (
                offsets.get(a).copied().unwrap_or(0),
                offsets.get(b).copied().unwrap_or(para.len()),
            )
        };
        let window = &para[w0..w1];
        let from = breaks.partition_point(|b| *b <= w0);
        let rel: Vec<usize> = breaks[from..]
            .iter()
            .take_while(|b| **b < w1)
            .map(|b| b - w0)
            .collect();
        let spans = sentences_with(window, &rel);
        let multi_line = found.iter().any(|f| {
            let at = line_off + f.start - w0;
            spans.iter().any(|(s, e)| {
                *s <= at
                    && at < *e
                    && (*s + w0 < line_off || *e + w0 > line_off + line.trim_end().len() + 1)
            })
        });
        // A removal read from the URL's own line whose sentence goes on to
        // the next line may be scoped there ("… can no longer be displayed
        // to\nusers in the Republic of Korea"): the whole sentence decides
        // between removed and restricted.
        // Only for a status read from the URL's own line: one read from a
        // line below ("Decision: Removed") is complete in itself.
        if from_own_line
            && matches!(status, Ok(Some(Status::Removed | Status::Restricted)))
            && multi_line
        {
            if let Some(f) = found.first() {
                let at = line_off + f.start - w0;
                if let Some((s, e)) = spans.iter().copied().find(|(s, e)| *s <= at && at < *e) {
                    let in_sentence: Vec<FoundUrl> = urls::find_urls(&window[s..e]);
                    // Only a sentence about this line's URLs alone: a "sentence"
                    // that runs on through other URLs' lines is a list or a
                    // table without full stops ("1 | …/1 | removed" above
                    // "2 | …/2 | restricted in South Korea"), and the next
                    // entry's scope is not this one's.
                    let own = in_sentence
                        .iter()
                        .all(|u| found.iter().any(|f| f.raw == u.raw));
                    // (From the start of the URL's own clause: in "…
                    // actioned: URL1\nwas withheld in South Korea, and URL2
                    // was removed." URL2's clause begins after ", and".)
                    let from = CLAUSE_JOIN
                        .find_iter(&window[s..at])
                        .last()
                        .map_or(s, |m| s + m.end());
                    let in_clause = urls::find_urls(&window[from..e]);
                    let whole = said(&without_urls(&window[from..e], &in_clause), extra);
                    if own && whole == Said::Stated(Status::Restricted) {
                        status = Ok(Some(Status::Restricted));
                    }
                    // "… removed the video attached to this message,\nbut the
                    // caption text remains visible": the sentence as a whole
                    // takes back part of it.
                    if own && matches!(whole, Said::Hedged(_)) {
                        status = Ok(None);
                    }
                }
            }
        }
        // "The channel URL has been blocked. To be precise, it is blocked
        // for users in South Korea and remains accessible elsewhere": the
        // next sentence, about it, scopes the removal its own stated.
        if from_own_line
            && status == Ok(Some(Status::Removed))
            && let [f] = found.as_slice()
        {
            let at = line_off + f.start - w0;
            if let Some(&(_, e)) = spans.iter().find(|(s, e)| *s <= at && at < *e)
                && let Some(&(s2, e2)) = spans.iter().find(|(a, _)| *a >= e)
                && let next = &window[s2..e2]
                && urls::find_urls(next).is_empty()
                // (The item its subject, after at most a discourse marker:
                // not "The member who posted it has been permanently
                // restricted from the cafe.")
                && first_deictic(next).is_some_and(|m| {
                    let lead = next[..m.start()].trim();
                    lead.is_empty() || (lead.ends_with(',') && lead.split_whitespace().count() <= 3)
                })
                && said(next, extra) == Said::Stated(Status::Restricted)
            {
                status = Ok(Some(Status::Restricted));
            }
        }
        // A note in brackets beside the URL ("URL  (entire account)") is an
        // annotation of the entry, not a sentence of its own.
        let unbracketed = BRACKETED.replace_all(&words, " ");
        if status.is_err() && !is_list_item(line) && (prose_words(&unbracketed) >= 2 || multi_line)
        {
            let window_found: Vec<FoundUrl> = urls::find_urls(window);
            for f in &found {
                let at = line_off + f.start - w0;
                let Some((s, e)) = spans.iter().copied().find(|(s, e)| *s <= at && at < *e) else {
                    continue;
                };
                let in_sentence = urls_within(&window_found, s, e);
                let sentence_words = without_urls(&window[s..e], &in_sentence);
                let mut st = to_status(said(&sentence_words, extra));
                // "we removed URL1 and\nURL2 for violating …,\nwithheld URL3 in
                // South Korea only": a sentence across lines with an act per
                // clause; the clause of this URL says its status when it
                // says one (the sentence as a whole mixes them).
                // ("We removed URL1 but not the account URL2, which …": the
                // act denied for URL2, whatever the sentence says as a whole.)
                let denied = in_sentence
                    .iter()
                    .filter(|u| s + u.end <= at)
                    .map(|u| s + u.end)
                    .max()
                    .is_some_and(|prev| BUT_NOT_END.is_match(&window[prev..at]));
                if denied {
                    st = Ok(None);
                } else if in_sentence.len() >= 2 {
                    let (cs, ce) = url_clause(&window[s..e], &in_sentence, at - s);
                    if (cs, ce) != (0, e - s) {
                        let clause = urls_within(&in_sentence, cs, ce);
                        let clause_said =
                            said(&without_urls(&window[s + cs..s + ce], &clause), extra);
                        if let Said::Stated(x) = clause_said {
                            st = Ok(Some(x));
                        } else if BUT_NOT_START.is_match(&window[s + cs..s + ce]) {
                            // ("We removed URL1 but not the account URL2,
                            // which …": the act denied for URL2.)
                            st = Ok(None);
                        } else if HEDGED_RELATIVE.is_match(&window[s + cs..s + ce]) {
                            // ("…, which may also have affected URL2": only
                            // a guess about URL2.)
                            st = Ok(None);
                        } else if clause_said == Said::Nothing
                            && (url_subject_of_own_clause(&without_urls(
                                &window[s + cs..s + ce],
                                &clause,
                            )) || KO_VERB_JOIN_END.is_match(&window[s + cs..s + ce]))
                        {
                            // (So a clause that ends on a verb's connective of
                            // its own, "URL1 은 …했고요, URL2 는 …": what
                            // it says is its own, read or not.)
                            // ("We have removed URL1, and URL2 will be
                            // reviewed by our legal team": URL2 is the
                            // subject of a verb of its own, which says no
                            // status; the other clause's act is not its.)
                            st = Ok(None);
                        }
                    }
                } else if let Some(x) = own_clause_status(&window[s..e], extra) {
                    st = Ok(Some(x));
                }
                // "We did not take action on URL. After review, we did not
                // find this post to be in violation …": the sentence after
                // the URL's own, about "this post" / "the video" / "it",
                // states what its own sentence left open.
                // (Through sentences about it that state nothing, when it
                // is the paragraph's only URL: "We looked at the channel
                // post URL that you flagged. It links to the page of a
                // licensed retailer … As it breaches neither our Operating
                // Policy nor …, we have decided to leave it up.")
                if matches!(st, Err(()) | Ok(None)) && in_sentence.len() == 1 {
                    // The paragraph's only URL: "We reviewed the video you
                    // reported: URL\nWe didn't find any violations …".
                    let only_url = para_lines
                        .iter()
                        .flat_map(|&j| urls_of(j).iter())
                        .filter(|f| !is_policy_link(&f.raw))
                        .count()
                        == 1;
                    let mut from = e;
                    for step in 0..3 {
                        let Some(&(s2, e2)) = spans.iter().find(|(a, _)| *a >= from) else {
                            break;
                        };
                        from = e2;
                        let next = &window[s2..e2];
                        let refers = first_deictic(next)
                            .is_some_and(|m| next[..m.start()].split_whitespace().count() <= 6);
                        // Not the heading of what follows ("We couldn't find
                        // this video. It may have been deleted …:" above
                        // the next URL).
                        let lead = next.len() - next.trim_start().len();
                        let k = offsets
                            .partition_point(|o| *o <= w0 + s2 + lead)
                            .saturating_sub(1);
                        let heads_next = para_lines.get(k).is_some_and(|&j| {
                            let t = lines[j].trim_end();
                            t.ends_with(':')
                                || t.ends_with('：')
                                || lines.get(j + 1).is_some_and(|n| {
                                    !is_quoted(n)
                                        && urls::find_urls(n)
                                            .iter()
                                            .any(|f| !is_policy_link(&f.raw))
                                })
                        });
                        // A turn ("다만 …", "However, …") qualifies what the
                        // URL's sentence did in words we could not read.
                        let turns = TURN_START.is_match(next);
                        // (A link to a policy in it is no other item: "…
                        // breaches our acceptable use policy (URL), so we
                        // will not take action against it".)
                        let next_urls = urls::find_urls(next);
                        let about_it = (refers || only_url)
                            && !turns
                            && !heads_next
                            && next_urls.iter().all(|f| is_policy_link(&f.raw))
                            // (A policy link cited inside the sentence, not
                            // the sentence that only points to one: "More
                            // about country-withheld content: URL".)
                            && next_urls.last().is_none_or(|f| prose_words(&next[f.end..]) >= 2)
                            && !OTHERS.is_match(next);
                        if !about_it {
                            break;
                        }
                        match said(&without_urls(next, &next_urls), extra) {
                            Said::Stated(x) => st = Ok(Some(x)),
                            Said::Nothing
                                if step < 2 && refers && only_url && next_urls.is_empty() =>
                            {
                                continue;
                            }
                            _ => {}
                        }
                        break;
                    }
                }
                let (st, inh) = match st {
                    Err(()) if echoed => (heading, true),
                    // A URL inside a question ("Could you send us the links
                    // of the files inside\nURL that you consider illegal?"):
                    // asked about, not reported on, whatever the lines above
                    // say.
                    Err(()) if window[s..e].trim_end().ends_with(['?', '？']) => (None, true),
                    // (Nor one the reporter's own words ask to act on:
                    // "Please remove this post and the account URL".)
                    Err(()) if asked_to_act => (None, true),
                    Ok(v) => (v, false),
                    // A sentence of prose of its own, a paragraph away from
                    // the heading, that states nothing: the heading is not
                    // about it ("Removed:\nURL1\n\nAbout URL2, see case 88.").
                    // (A note in brackets is no sentence: "URL  (entire account)".)
                    // (Nor a label naming the item before the URL: "대상
                    // 게시물: URL" under "아래 게시물은 30일간
                    // 임시조치되었습니다." and a blank line; a footer's
                    // "카페 운영정책: URL" stays apart.)
                    Err(())
                        if heading_far
                            && prose_words(&BRACKETED.replace_all(
                                &if ITEM_LABEL.is_match(&sentence_words) {
                                    FIELD_LABEL_FIRST.replace(&sentence_words, " ")
                                } else {
                                    std::borrow::Cow::Borrowed(sentence_words.as_str())
                                },
                                " ",
                            )) >= 2 =>
                    {
                        (None, true)
                    }
                    Err(()) => {
                        heading_used |= heading.is_some();
                        (heading, true)
                    }
                };
                out.push(Reading {
                    url: f.raw.clone(),
                    status: st,
                    channel_words,
                    inherited: inh,
                    unread: inh && st.is_none() && !heading_hedged,
                    line: i,
                    contradicted: contradicted && st.is_none(),
                });
            }
            i += 1;
            continue;
        }
        // 4. The heading above. Not for an entry that says a sentence of its
        // own that the reader cannot read ("- Invite URL: this invite is
        // invalid or has expired, so we were unable to identify any server
        // behind it" under "… and took action:"): what it says may be the
        // exception to the heading, so it is unread, for a person to see.
        let own_words = prose_words(&words) >= OWN_SENTENCE_WORDS;
        let status = match status {
            Ok(s) => s,
            Err(()) if (own_words || asked_to_act) && heading.is_some() && !echoed => {
                inherited = true;
                None
            }
            Err(()) => {
                inherited = true;
                heading_used |= heading.is_some();
                heading
            }
        };
        for f in found {
            out.push(Reading {
                url: f.raw,
                status,
                channel_words,
                inherited,
                unread: inherited && status.is_none() && !heading_hedged,
                line: i,
                contradicted: contradicted && status.is_none(),
            });
        }
        i += 1;
    }
    // A container named is still named: if it is a requested item, nothing
    // was said of it, and a person reads it.
    for (k, l) in lines.iter().enumerate().filter(|(_, l)| !is_quoted(l)) {
        for f in urls::find_urls(l)
            .into_iter()
            .filter(|f| is_container(l, f))
        {
            out.push(Reading {
                url: f.raw,
                status: None,
                channel_words: false,
                inherited: false,
                unread: false,
                line: k,
                contradicted: false,
            });
        }
    }
    revise_later(lines, &mut out, extra);
    by_label(lines, &mut out, extra);
    by_stacked_labels(lines, &mut out, extra);
    restricted_after_all(lines, &mut out, extra);
    excepted(lines, &mut out);
    mixed_sentences(lines, &mut out, extra);
    comma_listed(lines, &mut out);
    listed_above_the_statement(lines, &mut out);
    one_subject_over_two_lines(lines, &mut out);
    out
}

/// "the /int/ thread URL1 and its OP image\nURL2 are legal where our
/// servers\nare, so we didn't delete them. what we did: both are now
/// blocked …": the two URLs are one subject joined by "and" across a line
/// break, and the line led by the second carries the predicate. Read two
/// ways (the first line's URL by the sentence, the second's with the
/// sentences after it), neither reading is taken for the first: a person
/// decides.
fn one_subject_over_two_lines(lines: &[String], out: &mut [Reading]) {
    for k in 0..out.len() {
        let (l, Some(st)) = (out[k].line, out[k].status) else {
            continue;
        };
        let Some(next) = lines.get(l + 1) else {
            continue;
        };
        let this = lines[l].trim_end();
        let found = urls::find_urls(this);
        let next_found = urls::find_urls(next);
        let led_next = next_found
            .first()
            .is_some_and(|f| next[..f.start].trim().is_empty());
        let joined = found.last().is_some_and(|f| {
            let tail = &this[f.end..];
            tail.split_whitespace()
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("and"))
                && tail.split_whitespace().count() <= 5
        });
        if !led_next || !joined || is_quoted(next) || this.ends_with(['.', '!', '?', ':', ';', ','])
        {
            continue;
        }
        let differs = out.iter().any(|o| {
            o.line == l + 1
                && next_found.first().is_some_and(|f| f.raw == o.url)
                && o.status.is_some_and(|x| x != st)
        });
        if differs {
            out[k].status = None;
            out[k].unread = false;
        }
    }
}

/// A statement about one of the items listed by its place or as one of
/// them ("the second of these", "one of them", "the latter", "2번 게시물").
pub(crate) fn names_one_of_them(text: &str) -> bool {
    static ONE_OF: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&ascii_b(r"(?i)\b(?:(?:the\s+)?(?:first|second|third|fourth|fifth|last|other|top|bottom)(?:\s+one)?|one|only\s+one|either|the\s+(?:latter|former))\s+of\s+(?:them|these|those|the\s+(?:two|three|four|five|\d+|above|links|urls|posts|videos|pages|items|messages))\b|\bthe\s+(?:latter|former)\b"))
            .expect("built-in regex")
    });
    // ("위 게시물 중 1)번 게시물은 …, 2)번 게시물은 …": some of them, each by
    // its number.)
    static KO_PLACE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\d+\s*[)）]?\s*번(?:째)?\s*(?:게시물|게시글|글|항목|링크|url|영상)|(?:위|상기|아래)\s*(?:게시물|게시글|글|항목|링크|영상)\s*중(?:\s|$)")
            .expect("built-in regex")
    });
    ONE_OF.is_match(text)
        || KO_PLACE.is_match(text)
        || crate::extract::positions::names_places(text)
}

/// A line ending on a second act whose URL opens the next line ("… in the
/// Republic of Korea and removed").
static ACT_BEFORE_WRAP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(.*\S)\s+(and\s+(?:have\s+|has\s+|then\s+|also\s+)*(?:removed|deleted|blocked|withheld|restricted|disabled|suspended|geo-?blocked|age-restricted|took\s+down))\s*$")
        .expect("built-in regex")
});

/// A line that goes on with another act of the sentence above ("and
/// blocked …", "but restricted …").
static JOINED_ACT_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:and|but|or|while|whereas|then)\s+(?:(?:we|have|has|also|then|it|they)\s+)*[a-z]+(?:ed|en|wn)\b")
        .expect("built-in regex")
});

/// A line that ends at a preposition, before the words it governs ("…
/// from view in").
static DANGLING_PREPOSITION: LazyLock<Regex> = LazyLock::new(|| {
    // (Or at a relative pronoun or "by" before its agent: "<URL> was deleted
    // by the person who\nposted it on 5 Sept, and the thread <URL2> …".)
    Regex::new(r"(?i)\s(?:in|from|to|for|within|across|throughout|outside|by|who|whom|which)$")
        .expect("built-in regex")
});

/// A clause whose subject is every one of the URLs before it ("; however,
/// both have been withheld", ", and all three were removed").
static ALL_OF_THEM_NOW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:[,;:]|\bhowever\b|\bbut\b)\s*,?\s*(?:both(?:\s+of\s+them)?|all\s+of\s+them|all\s+(?:two|three|four|five|six|\d+)(?:\s+of\s+them)?|they\s+(?:both|all)|each\s+of\s+them)\s+(?:have|has|were|was|are|is)\b")
        .expect("built-in regex")
});

/// Words that take in every one of the URLs listed right above ("both of
/// these pages", "all three", "이 두 게시물", "위 두 글"), not some of them.
static ALL_OF_THESE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:both|all|each)\s+(?:of\s+)?(?:them|these|those)\b|\b(?:both|all|each)\s+(?:of\s+)?(?:these|those|the)\s+(?:\w+\s+)?(?:pages|posts|links|urls|videos|messages|sites|files|items|addresses|uploads|threads)\b|\ball\s+(?:two|three|four|five|\d+)\b|\bthese\s+(?:two|three|four|five|\d+)\b|(?:이|위)\s*(?:두|세|네|다섯|\d+)\s*(?:건|개|글|게시물|게시글|영상|링크)|(?:이|위)\s*(?:[가-힣]+\s+){0,2}?(?:게시물|게시글|글|영상|링크|콘텐츠)\s*(?:\d+|두|세|네|다섯)\s*(?:건|개)|(?:^|\s)(?:모두|둘\s*다)(?:\s|$)"))
        .expect("built-in regex")
});

/// "URL1\nURL2\nOur customer did not respond …, so we suspended\nthe
/// hosting account serving both of these pages.": the statement read as
/// the one under URL2 points back at the bare URLs above it, which share
/// it when they said nothing of their own (and a count, if it gives one,
/// is theirs).
fn listed_above_the_statement(lines: &[String], out: &mut [Reading]) {
    let bare_line = |k: usize| {
        let l = lines[k].as_str();
        let found = urls::find_urls(l);
        found.len() == 1 && prose_words(&without_urls(l, &found)) == 0 && !is_quoted(l)
    };
    for n in 0..out.len() {
        let (line, Some(st)) = (out[n].line, out[n].status) else {
            continue;
        };
        if out[n].inherited || !bare_line(line) || line == 0 {
            continue;
        }
        // The first sentence below the URL, within its paragraph.
        let below: Vec<&str> = lines[line + 1..]
            .iter()
            .take_while(|l| !l.trim().is_empty() && !is_quoted(l))
            .map(|l| l.trim())
            .collect();
        if below.is_empty() || below.iter().any(|l| !urls::find_urls(l).is_empty()) {
            continue;
        }
        let text = below.join(" ");
        let first = sentences(&text)
            .first()
            .map_or(text.as_str(), |&(a, b)| &text[a..b]);
        if !ALL_OF_THESE.is_match(first)
            || SOME_OF.is_match(first)
            || said(first, &[]) != Said::Stated(st)
        {
            continue;
        }
        let run: Vec<usize> = (0..line).rev().take_while(|&k| bare_line(k)).collect();
        let targets: Vec<usize> = out
            .iter()
            .enumerate()
            .filter(|(_, r)| run.contains(&r.line) && r.status.is_none() && r.inherited)
            .map(|(k, _)| k)
            .collect();
        let count = crate::extract::stated_count(first);
        if targets.is_empty()
            || targets.len() != run.len()
            || count.is_some_and(|c| c as usize != run.len() + 1)
        {
            continue;
        }
        for k in targets {
            out[k].status = Some(st);
            out[k].inherited = false;
            out[k].unread = false;
        }
    }
}

/// Is `url` named in the author's lines only as the place of the posts
/// acted on (see `is_container`)? A statement of the email is then not its.
pub(crate) fn named_only_as_container(lines: &[String], url: &str) -> bool {
    let mut named = lines
        .iter()
        .filter(|l| !is_quoted(l))
        .flat_map(|l| urls::find_urls(l).into_iter().map(move |f| (l, f)))
        .filter(|(_, f)| f.raw == url)
        .peekable();
    named.peek().is_some() && named.all(|(l, f)| is_container(l, &f))
}

/// Is `f` named on `line` only as the place of the posts acted on, not as
/// what was acted on? Korean "URL의 (아래) 게시글", "카페(URL)의 게시물 3건",
/// "URL 내 게시물"; English "(the following) messages from/in the channel
/// URL", "posts on the group URL".
fn is_container(line: &str, f: &FoundUrl) -> bool {
    static KO_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[)\]>）」』'\x22’”]*\s*(?:의|내|안의|에\s*(?:있는|있던|올라온|올라와\s*있던|게시된|등록된|업로드된|작성된))\s*(?:(?:아래|위|다음|해당|일부|모든|나머지|요청하신|신고하신|문제의|상기)\s*)*(?:\d+\s*(?:건|개)의?\s*)?(?:게시\s*글|게시물|글|영상|동영상|댓글|사진|이미지|파일|포스트|콘텐츠|방송|클립|메시지|쪽지|스레드)")
            .expect("built-in regex")
    });
    static EN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&ascii_b(r"(?i)\b(?:posts?|messages?|videos?|comments?|threads?|files?|uploads?|images?|photos?|clips?|streams?|articles?|entries|replies)\s+(?:(?:posted|published|uploaded|shared|sent)\s+)?(?:(?:in|from|within|inside)\s+(?:the\s+|that\s+|this\s+|their\s+|its\s+)?(?:(?:public\s+|private\s+)?(?:channel|group|server|cafe|community|board|account|page|blog|chat|forum|subreddit|profile|site)\s+)?|on\s+(?:the\s+|that\s+|this\s+)?(?:(?:public\s+|private\s+)?(?:channel|group|server|cafe|community|board|account|page|blog|chat|forum|subreddit|profile|site)\s+))[<(\[\x22']*\s*$"))
            .expect("built-in regex")
    });
    // A place named as one ("카페(URL)의", "the channel URL"), or a URL that
    // can only be one: a host with at most one path segment and no query
    // ("https://t.me/x"). ("URL의 게시물은 블라인드 처리되었습니다" about a
    // post's own URL, ".../시험모임/101", is that post.)
    static PLACE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&ascii_b(r"(?i)(?:카페|채널|갤러리|블로그|밴드|게시판|커뮤니티|계정|채팅방|\b(?:channel|group|server|cafe|community|board|account|page|blog|chat|forum|subreddit|profile|site))\s*[<(\[（\x22']*\s*$"))
            .expect("built-in regex")
    });
    let before = line.get(..f.start).unwrap_or_default();
    // (A post's number alone is no place: "https://x.tistory.com/214의 글은".)
    let placed = PLACE_BEFORE.is_match(before) || {
        let rest = f.raw.split_once("://").map_or(f.raw.as_str(), |(_, r)| r);
        let path = rest.split_once('/').map_or("", |(_, p)| p);
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        !path.contains(['?', '#'])
            && segments.len() <= 1
            && !segments
                .first()
                .is_some_and(|s| s.chars().all(|c| c.is_ascii_digit()))
    };
    placed
        && (line
            .get(f.end..)
            .is_some_and(|after| KO_AFTER.is_match(after))
            || EN_BEFORE.is_match(before))
}

/// A line that goes on with the sentence of the URLs above it: a Korean
/// particle ("은 … 삭제되었으며") or "역시".
static PARTICLE_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:은|는|이|가|을|를|도|역시|모두|둘\s*다)(?:\s|$)").expect("built-in regex")
});

/// "요청하신 게시글\nURL1 ,\nURL2\n역시 더 이상 열람할 수 없습니다.": a URL
/// alone on its line that ends in a comma lists on into the next line's
/// URL, and shares the statement that URL has from the line below it.
fn comma_listed(lines: &[String], out: &mut [Reading]) {
    let bare_line = |k: usize| {
        let l = lines[k].as_str();
        let found = urls::find_urls(l);
        !found.is_empty() && prose_words(&without_urls(l, &found)) == 0
    };
    // "요청하신 … 게시물 두 건\nURL1\nURL2\n은 … 삭제되었으며": bare URL
    // lines inside one sentence, which starts above them without ending and
    // goes on below them with a particle, are listed alike without commas.
    let in_sentence = |line: usize| {
        let first = (0..=line).rev().take_while(|&k| bare_line(k)).last();
        let last = (line..lines.len()).take_while(|&k| bare_line(k)).last();
        let (Some(first), Some(last)) = (first, last) else {
            return false;
        };
        let lead = first
            .checked_sub(1)
            .map(|k| lines[k].trim())
            .filter(|t| !t.is_empty() && !is_quoted(t) && urls::find_urls(t).is_empty());
        let after = lines.get(last + 1).map(|t| t.trim_start()).unwrap_or("");
        lead.is_some_and(|t| !t.ends_with(['.', ':', '：', '。', '!', '?', '다', '요']))
            && PARTICLE_LEAD.is_match(after)
    };
    for n in (0..out.len()).rev() {
        let line = out[n].line;
        if out[n].status.is_some()
            || !out[n].inherited
            || !(lines[line].trim_end().ends_with([',', '，']) || in_sentence(line))
            || !bare_line(line)
            || line + 1 >= lines.len()
            || !bare_line(line + 1)
        {
            continue;
        }
        let next = out
            .iter()
            .find(|r| r.line == line + 1 && r.status.is_some() && !r.inherited)
            .map(|r| r.status);
        if let Some(status) = next {
            out[n].status = status;
            out[n].inherited = false;
            out[n].unread = false;
        }
    }
}

/// "Our moderators removed URL1, restricted URL2 so that it can no longer
/// be\nopened from South Korea, and were unable to find any message at\nURL3":
/// a sentence that names several URLs and states more than one status. Each
/// URL's own stretch of it (from the URL before it to the URL after it)
/// must not state another status than the one read for it; where it does,
/// which status is whose was not read, and a person reads it.
fn mixed_sentences(lines: &[String], out: &mut [Reading], extra: &[(Status, String)]) {
    if out.iter().all(|r| r.status.is_none()) {
        return;
    }
    // Each line's URLs, and whether it is a sentence of its own, found once:
    // every reading looks at the lines around it, and in a long list those
    // windows overlap.
    // (Prose lines run on; a heading, a list entry, an arrow line or a
    // field is a sentence of its own. A bare URL line that a sentence wraps
    // onto is part of it.)
    let found_all: Vec<Vec<FoundUrl>> = lines.iter().map(|x| urls::find_urls(x)).collect();
    let own_all: Vec<bool> = lines
        .iter()
        .zip(&found_all)
        .map(|(x, f)| {
            let bare_url =
                !f.is_empty() && !without_urls(x, f).chars().any(|c| c.is_alphanumeric());
            x.trim_end().ends_with([':', '：'])
                || (is_list_item(x) && !bare_url)
                || ARROW_LEAD.is_match(x)
                || FIELD.is_match(&without_urls(x, f))
                || x.contains(" | ")
        })
        .collect();
    for k in 0..out.len() {
        let Some(st) = out[k].status else { continue };
        // (A status inherited from a heading or the line above is checked
        // only against the act named right before the URL: "we've
        // age-restricted URL1 and removed\nURL2, but …".)
        let inherited = out[k].inherited;
        let l = out[k].line;
        let blank = |x: &String| x.trim().is_empty() || is_quoted(x);
        let from = l.saturating_sub(MAX_SPAN);
        let start = lines[from..l]
            .iter()
            .rposition(blank)
            .map_or(from, |n| from + n + 1);
        let to = (l + MAX_SPAN).min(lines.len());
        let end = lines[l..to].iter().position(blank).map_or(to, |n| l + n);
        let mut para = String::new();
        for (n, x) in lines[start..end].iter().enumerate() {
            para.push_str(x.trim());
            let next = lines.get(start + n + 1).filter(|_| start + n + 1 < end);
            let next_own = next.is_some() && own_all[start + n + 1];
            // (Where the reader itself ends a sentence: a line led by a
            // URL, a table row, a decision field.)
            let found_x = found_all[start + n].as_slice();
            let next_found: &[FoundUrl] = if next.is_some() {
                &found_all[start + n + 1]
            } else {
                &[]
            };
            let ends = ends_sentence(
                (start + n)
                    .checked_sub(1)
                    .filter(|_| n > 0)
                    .map(|p| lines[p].as_str()),
                x,
                found_x,
                next.map(|y| (y.as_str(), next_found)),
            );
            // (And a line per URL is a list, whatever leads its lines: "✅
            // URL — removed" over "❌ URL — no violation".)
            // (Not where prose breaks off after an act, before its object,
            // a URL that leads the next line: "we've age-restricted URL1
            // and removed\nURL2, but …".)
            // (A row "URL     Removed" is led by its URL; its status word is
            // its own.)
            let x_indent = x.len() - x.trim_start().len();
            // (Or led by a URL, in prose that runs on: "URL1 for violating
            // our Community Guidelines and blocked\nURL2 from view in\nSouth
            // Korea".)
            let breaks_before_object =
                found_x.first().is_some_and(|f| {
                    f.start > x_indent || prose_words(&without_urls(x, found_x)) >= 4
                }) && x.split_whitespace().last().is_some_and(|w| {
                    w.starts_with(|c: char| c.is_ascii_lowercase())
                        && (w.ends_with("ed") || w == "down")
                }) && next.is_some_and(|y| {
                    let indent = y.len() - y.trim_start().len();
                    next_found.first().is_some_and(|f| f.start == indent)
                });
            // (Nor where the next line goes on with the sentence's next act,
            // joined by "and" or "but", before its URL: "URL1 for violating
            // our Community Guidelines\nand blocked URL2 from view in".)
            let next_runs_on = next.is_some_and(|y| {
                let indent = y.len() - y.trim_start().len();
                JOINED_ACT_START.is_match(y) && next_found.first().is_some_and(|f| f.start > indent)
            });
            let url_per_line = !found_x.is_empty()
                && !next_found.is_empty()
                && !breaks_before_object
                && !next_runs_on;
            para.push_str(if own_all[start + n] || next_own || ends || url_per_line {
                " . "
            } else {
                " "
            });
        }
        let url = out[k].url.as_str();
        let Some((a, b)) = sentences(&para)
            .into_iter()
            .find(|&(a, b)| para[a..b].contains(url))
        else {
            continue;
        };
        let sentence = &para[a..b];
        let found: Vec<FoundUrl> = urls::find_urls(sentence)
            .into_iter()
            .filter(|f| !is_policy_link(&f.raw))
            .collect();
        if found.len() < 2 || found.len() > 12 {
            continue;
        }
        // "URL1 and URL2 are both gone: the first one we deleted ourselves,
        // the second had already been deleted by the channel owner": which
        // status is whose goes by position after the URLs; a person pairs
        // them.
        if let Some(last) = found.last()
            && ORDINAL_AFTER.is_match(&sentence[last.end..])
        {
            out[k].status = None;
            out[k].unread = false;
            continue;
        }
        // "We did not remove URL1 or URL2, as neither breaks the X Rules;
        // however, both have been withheld in South Korea": a clause after
        // the last URL whose subject is all of them says what each is now,
        // whatever was not done to them before.
        if let Some(last) = found.last() {
            let tail = &sentence[last.end..];
            if let Some(m) = ALL_OF_THEM_NOW.find(tail)
                && said(&tail[m.start()..], extra) == Said::Stated(st)
            {
                continue;
            }
        }
        // Verb first ("we removed URL1 and URL2 for …, restricted URL3 in
        // South Korea, and could not find URL4"): the act named right before
        // a URL (after the last comma) is its own, and a URL joined to the
        // one before by "and" or a comma alone shares that one's. Where that
        // reading names another status than the one read, a person reads it.
        // (A negated or hedged act right before it — "We removed URL1 but
        // did not remove URL2" — is its own too: no statement.)
        let mut verb_first: Option<(Said, usize)> = None;
        let mut mine: Option<(Said, usize)> = None;
        let mut my_end = 0;
        for (i, f) in found.iter().enumerate() {
            let gap_start = if i == 0 { 0 } else { found[i - 1].end };
            let gap = &sentence[gap_start..f.start];
            let g = gap.trim().to_lowercase();
            let joined_only = i > 0
                && matches!(
                    g.trim_matches(|c: char| matches!(c, ',' | '<' | '>') || c.is_whitespace()),
                    "" | "and" | "&" | "및" | "과" | "와"
                );
            if !joined_only {
                // (A colon ends what came before too: "These posts were not
                // only withheld in Korea: URL1 and URL2 were removed …".)
                let tail = gap.rsplit([',', ';', '.', ':', '：']).next().unwrap_or(gap);
                verb_first = match said(tail, extra) {
                    // "We removed URL1 but not the account URL2": the act
                    // denied for what follows "but not".
                    Said::Nothing if BUT_NOT_END.is_match(tail) => {
                        Some((Said::Hedged(Status::Removed), f.start - tail.len()))
                    }
                    Said::Nothing => None,
                    x => Some((x, f.start - tail.len())),
                };
            }
            if f.raw == url {
                mine = verb_first.clone();
                my_end = f.end;
            }
        }
        // ("We have blocked URL1 and URL2 for users in South Korea, …": the
        // act and its scope after the URLs, up to the clause's comma, are one.)
        let scoped = |from: usize| {
            let to = sentence[my_end..]
                .find([',', ';'])
                .map_or(sentence.len(), |k| my_end + k);
            let clause = &sentence[from..to];
            said(&without_urls(clause, &urls::find_urls(clause)), extra)
        };
        // ("We did not act on URL1 and URL2 because they do not break …":
        // the act denied before the URLs, its reason after them, is one
        // refusal of both; so with the reason in the next sentence, about
        // them all: "… URL2. Both messages … do not break our Terms".)
        let reason_next = || {
            let rest = &para[b..];
            sentences(rest).first().is_some_and(|&(x, y)| {
                let next = rest[x..y].trim();
                BACK_REF
                    .find(next)
                    .is_some_and(|m| next[..m.start()].split_whitespace().count() <= 1)
                    && said(next, extra) == Said::Stated(Status::Rejected)
            })
        };
        if mine.is_some_and(|(v, from)| {
            v != Said::Stated(st)
                && !(v == Said::Stated(Status::Removed)
                    && st == Status::Restricted
                    && scoped(from) == Said::Stated(Status::Restricted))
                && !(matches!(v, Said::Hedged(_))
                    && st == Status::Rejected
                    && (scoped(from) == Said::Stated(Status::Rejected) || reason_next()))
        }) {
            out[k].status = None;
            out[k].unread = false;
            continue;
        }
        if inherited {
            continue;
        }
        let stretch = |i: usize| {
            let s0 = if i == 0 { 0 } else { found[i - 1].end };
            let e0 = found.get(i + 1).map_or(sentence.len(), |f| f.start);
            said(&without_urls(&sentence[s0..e0], &[]), extra)
        };
        let stated: BTreeSet<Status> = (0..found.len())
            .filter_map(|i| match stretch(i) {
                Said::Stated(x) => Some(x),
                _ => None,
            })
            .collect();
        if stated.len() < 2 {
            continue;
        }
        if let Some(i) = found.iter().position(|f| f.raw == url) {
            let other = match stretch(i) {
                Said::Stated(x) => x != st,
                Said::Hedged(_) => true,
                Said::Nothing => false,
            };
            if other {
                out[k].status = None;
                out[k].unread = false;
            }
        }
    }
}

/// "We blocked every channel in your request except URL7 and\nURL19, which
/// do not break our rules": a URL named as the exception to a statement
/// does not take that statement's status; what it does take, the sentence
/// must say in other words than the reader has, so a person reads it. Also
/// "URL을 제외한 나머지는 …".
fn excepted(lines: &[String], out: &mut [Reading]) {
    let mut named_as_exception: Vec<String> = Vec::new();
    for r in out.iter_mut() {
        let line = lines[r.line].as_str();
        let Some(at) = line.find(r.url.as_str()) else {
            continue;
        };
        // The words before it on its line, and on the line above when the
        // sentence runs on from there.
        let before = format!("{} {}", runs_on_from(lines, r.line), &line[..at]);
        let before = without_urls(&before, &urls::find_urls(&before));
        let after = &line[at + r.url.len()..];
        let (by_before, by_after) = (
            EXCEPT_BEFORE.is_match(&before),
            EXCEPT_AFTER.is_match(after),
        );
        if !(by_before || by_after) {
            continue;
        }
        named_as_exception.push(r.url.clone());
        // It took the status of the statement it is excepted from (not
        // its own: "except URL, which had already been deleted by its
        // owner").
        let main = |text: &str| {
            r.status
                .is_some_and(|st| said(last_sentence(text), &[]) == Said::Stated(st))
        };
        if (by_before && main(&before)) || (by_after && main(after)) {
            // What its own clause after it says, if anything ("except URL,
            // which had already been deleted by its owner").
            let own = match said(after.split(['.', ';']).next().unwrap_or(""), &[]) {
                Said::Stated(x) if by_before && Some(x) != r.status => Some(x),
                _ => None,
            };
            r.status = own;
            r.unread = false;
        }
    }
    // Nor does the list under that statement give it the statement's status
    // ("We have blocked the messages in your request, listed below, except
    // URL3 …" over "3. URL3").
    for r in out.iter_mut() {
        if r.inherited && r.status.is_some() && named_as_exception.contains(&r.url) {
            r.status = None;
            r.unread = false;
        }
    }
}

static EXCEPT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:except|excluding|other\s+than|apart\s+from|save\s+for|with\s+the\s+exception\s+of)(?:\s+for)?(?:\s*(?:;|,|and|or|the\s+(?:posts?|links?|urls?|channels?|videos?|messages?)))*\s*$"))
        .expect("built-in regex")
});

static EXCEPT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[)>\]]?\s*(?:을|를)?\s*제외(?:한|하고)").expect("built-in regex")
});

/// "On 3 September we restricted access to URL for users in South Korea.\n
/// After a second review … the post has now been deleted from Telegram
/// altogether": a later sentence of the URL's paragraph that says what the
/// item's status is now, in other words than its own sentence, is the one
/// that stands. Only for the paragraph's one URL, and only a plain statement
/// about the item itself ("the post", "it") marked as later ("now", "after a
/// second review", "subsequently"), neither hedged nor about others.
/// "신고 URL 1 : URL" in an echoed report form, and further down, under
/// "[처리 결과]", "신고 URL 1 : 삭제": a result given by the form's own label
/// is the labelled URL's. Each label must name one URL once and one result
/// once. Returns (URL, status, the result's line).
fn labelled_results(lines: &[String], extra: &[(Status, String)]) -> Vec<(String, Status, usize)> {
    let mut named: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    let mut results: std::collections::BTreeMap<String, Vec<(Said, usize)>> = Default::default();
    for (k, l) in lines.iter().enumerate().filter(|(_, l)| !is_quoted(l)) {
        let Some((label, value)) = l.split_once([':', '：']) else {
            continue;
        };
        let label = label.split_whitespace().collect::<Vec<_>>().join(" ");
        // (A label of a few words with its number: "신고 URL 1", "Link 2";
        // or its letter: "Item A".)
        let lettered = label.split(' ').count() >= 2
            && label
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.len() == 1 && w.bytes().all(|b| b.is_ascii_uppercase()));
        if label.is_empty()
            || label.chars().count() > 30
            || !(label.chars().any(|c| c.is_ascii_digit()) || lettered)
            || !urls::find_urls(&label).is_empty()
        {
            continue;
        }
        let found = urls::find_urls(value);
        match found.as_slice() {
            // (The URL alone: `without_urls` leaves its " ; ".)
            [f] if without_urls(value, &found)
                .trim_matches(|c: char| c.is_whitespace() || c == ';')
                .is_empty() =>
            {
                named.entry(label).or_default().push(f.raw.clone())
            }
            // (A result is a cell's value: "삭제" alone says it. Its
            // sentence may go on, indented, on the lines below: "Item C: We
            // did not remove this file. It is … and\n        does not break
            // our Terms".)
            [] => {
                let mut value = value.to_string();
                for next in lines[k + 1..].iter().take(3) {
                    let t = next.trim();
                    if !next.starts_with([' ', '\t'])
                        || t.is_empty()
                        || is_quoted(next)
                        || !urls::find_urls(t).is_empty()
                        || t.split_once([':', '：'])
                            .is_some_and(|(h, _)| h.chars().count() <= 30)
                    {
                        break;
                    }
                    value.push(' ');
                    value.push_str(t);
                }
                results.entry(label).or_default().push((
                    match super::status::named_status(value.trim()) {
                        Some(st) => Said::Stated(st),
                        None => said(&value, extra),
                    },
                    k,
                ))
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for (label, urls_named) in named {
        if let ([url], Some([(Said::Stated(st), k)])) = (
            urls_named.as_slice(),
            results.get(&label).map(|v| v.as_slice()),
        ) {
            out.push((url.clone(), *st, *k));
        }
    }
    out
}

/// The results of `labelled_results` for the URLs that have no status of
/// their own.
fn by_label(lines: &[String], out: &mut [Reading], extra: &[(Status, String)]) {
    for (url, st, _) in labelled_results(lines, extra) {
        for r in out
            .iter_mut()
            .filter(|r| r.url == url && r.status.is_none())
        {
            r.status = Some(st);
            r.unread = false;
        }
    }
}

/// "URL1 and … URL2 do not go against our Community Standards. However,
/// following a legal review we have restricted access to both of them in
/// South Korea.": a restriction under local law that the refusal under the
/// platform's rules was the reason for, said of every URL of the paragraph
/// (as it is when the two sentences are on one line).
fn restricted_after_all(lines: &[String], out: &mut [Reading], extra: &[(Status, String)]) {
    static ALL_OF_THEM: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&ascii_b(
            r"(?i)\b(?:both|all|each)\s+(?:of\s+)?(?:them|these|those)\b|\b(?:both|all\s+(?:two|three|four|five))\s+(?:posts|videos|items|links|pages|accounts|messages)\b",
        ))
        .expect("built-in regex")
    });
    let mut k = 0;
    while k < lines.len() {
        if lines[k].trim().is_empty() || is_quoted(&lines[k]) {
            k += 1;
            continue;
        }
        let end = lines[k..]
            .iter()
            .position(|l| l.trim().is_empty() || is_quoted(l))
            .map_or(lines.len(), |n| k + n);
        let text = lines[k..end]
            .iter()
            .map(|l| l.trim())
            .collect::<Vec<_>>()
            .join(" ");
        let mine: Vec<usize> = (0..out.len())
            .filter(|&i| (k..end).contains(&out[i].line))
            .collect();
        let said_of_all = sentences(&text).into_iter().skip(1).find_map(|(a, b)| {
            let one = text[a..b].trim();
            (urls::find_urls(one).is_empty()
                && CONTRAST_LEAD.is_match(one)
                && ALL_OF_THEM.is_match(one)
                && said(one, extra) == Said::Stated(Status::Restricted))
            .then_some(one)
        });
        if let Some(one) = said_of_all
            && mine.len() >= 2
            && (!one.to_lowercase().contains("both") || mine.len() == 2)
            && mine
                .iter()
                .all(|&i| matches!(out[i].status, Some(Status::Rejected | Status::Restricted)))
        {
            for &i in &mine {
                out[i].status = Some(Status::Restricted);
                out[i].unread = false;
            }
        }
        k = end;
    }
}

/// A label on a line of its own, above its value on the next line: the
/// record's item ("■ 대상 게시물", "[신고 URL]", "Reported content") and its
/// decision ("■ 조치 내용", "Result").
static ITEM_LABEL_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^\s*(?:{BULLET}\s*)?(?:[\[【<]\s*)?(?:(?:대상|신고|요청|해당)\s*(?:게시물|게시글|글|URL|주소|링크|콘텐츠|영상)(?:\s*(?:주소|URL))?|게시물\s*(?:주소|URL)|(?:reported\s+)?(?:content|url|link|post)|reported\s+item)\s*(?:[\]】>])?\s*[:：]?\s*$"
    ))
    .expect("built-in regex")
});
static DECISION_LABEL_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?ix)^\s*(?:{BULLET}\s*)?(?:[\[【<]\s*)?{}\s*(?:[\]】>])?\s*[:：]?\s*$",
        decision_label_words!()
    ))
    .expect("built-in regex")
});
/// A line led by a bullet or a bracket: the next field of a record.
static BULLET_LEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^\s*(?:{BULLET}|[\[【])")).expect("built-in regex"));

/// Records whose labels stand on lines of their own, each above its value
/// ("■ 대상 게시물\nURL\n■ 조치 내용\n게시물 삭제"): the decision's value is
/// the URL's status, when the URL has none of its own.
fn by_stacked_labels(lines: &[String], out: &mut [Reading], extra: &[(Status, String)]) {
    for k in 0..lines.len().saturating_sub(3) {
        let [item_label, url_line, decision_label, value] =
            [k, k + 1, k + 2, k + 3].map(|j| &lines[j]);
        if [item_label, url_line, decision_label, value]
            .iter()
            .any(|l| is_quoted(l) || l.trim().is_empty())
            || !ITEM_LABEL_ALONE.is_match(item_label)
            || !DECISION_LABEL_ALONE.is_match(decision_label)
            || !urls::find_urls(value).is_empty()
        {
            continue;
        }
        let found = urls::find_urls(url_line);
        let [f] = found.as_slice() else {
            continue;
        };
        if prose_words(&without_urls(url_line, &found)) > 0 || is_policy_link(&f.raw) {
            continue;
        }
        // (The value may run on to the next line until a blank line or the
        // next label: "임시조치 (정보통신망법 …\n30일)".)
        let mut text = value.trim().to_string();
        for l in lines[k + 4..].iter().take(2) {
            if l.trim().is_empty()
                || is_quoted(l)
                || ITEM_LABEL_ALONE.is_match(l)
                || DECISION_LABEL_ALONE.is_match(l)
                || BULLET_LEAD.is_match(l)
                || !urls::find_urls(l).is_empty()
            {
                break;
            }
            text.push(' ');
            text.push_str(l.trim());
        }
        let st = match super::status::named_status(text.trim()) {
            Some(st) => st,
            None => match said(&text, extra) {
                Said::Stated(st) => st,
                _ => continue,
            },
        };
        for r in out
            .iter_mut()
            .filter(|r| r.url == f.raw && r.line == k + 1 && r.status.is_none())
        {
            r.status = Some(st);
            r.unread = false;
        }
    }
}

fn revise_later(lines: &[String], out: &mut [Reading], extra: &[(Status, String)]) {
    // The author's text names one item URL.
    let only_url = lines
        .iter()
        .filter(|l| !is_quoted(l))
        .flat_map(|l| urls::find_urls(l))
        .filter(|f| !is_policy_link(&f.raw))
        .take(2)
        .count()
        == 1;
    let sole_url = out.len() == 1 && only_url;
    for r in out.iter_mut() {
        // (Also a URL whose own sentence is only a former or hedged state,
        // "we had initially blocked URL in South Korea. … it has since been
        // removed from YouTube globally".)
        let st = r.status;
        // (A heading's status over the author's only URL is that URL's
        // statement too: "on 13 September we age-restricted the following
        // video:\nURL\n\n… it has now been removed from YouTube.")
        if (r.inherited && !sole_url) || (st.is_none() && r.unread) {
            continue;
        }
        // The paragraph around it, within MAX_SPAN lines each way: a list of
        // thousands of URL lines without a blank line must not be rescanned
        // whole for each of its lines (see MAX_SPAN).
        let blank = |l: &String| l.trim().is_empty() || is_quoted(l);
        let from = r.line.saturating_sub(MAX_SPAN);
        let start = lines[from..r.line]
            .iter()
            .rposition(blank)
            .map_or(from, |k| from + k + 1);
        let to = (r.line + MAX_SPAN).min(lines.len());
        let end = lines[r.line..to]
            .iter()
            .position(blank)
            .map_or(to, |k| r.line + k);
        let para_urls = lines[start..end]
            .iter()
            .flat_map(|l| urls::find_urls(l))
            .filter(|f| !is_policy_link(&f.raw))
            .take(2)
            .count();
        // (In a paragraph of several URLs, the rest of the URL's own line
        // when it names no other: "URL 게시물은 9월 5일 우선
        // 임시조치하였습니다. 이후 … 최종적으로 삭제 처리하였습니다.")
        let own_line_only = para_urls != 1;
        if own_line_only
            && urls::find_urls(&lines[r.line])
                .iter()
                .filter(|f| !is_policy_link(&f.raw))
                .count()
                != 1
        {
            continue;
        }
        // The only URL of the author's text: the paragraphs below speak of
        // it too ("Update, 13 September: after further review the video has
        // been removed"), up to the quoted text.
        let end = if only_url {
            lines[r.line..to]
                .iter()
                .position(|l| is_quoted(l))
                .map_or(to, |k| r.line + k)
        } else {
            end
        };
        // The sentences after the URL's own: the rest of its line, then
        // the paragraph's lines below it.
        let line = lines[r.line].as_str();
        let at = line.find(r.url.as_str()).unwrap_or(0);
        let rest_of_line = sentences(line)
            .into_iter()
            .find(|&(a, b)| a <= at && at < b)
            .map_or("", |(_, b)| &line[b..]);
        let below_end = if own_line_only { r.line + 1 } else { end };
        let below = std::iter::once(rest_of_line.trim())
            .chain(lines[r.line + 1..below_end].iter().map(|l| l.trim()))
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let mut now = None;
        // A later sentence about it that the reader cannot read ("이후 …
        // 운영자가 해당 게시물을 직접 삭제하여, 현재는 …"): what stands now
        // is not known.
        let mut unread_later = false;
        // (The URL's own sentence may go on over the next line: "… the
        // landing page URL - we checked from two\nlocations and it now
        // answers 404." Its rest is no later sentence.)
        let own_open = rest_of_line.trim().is_empty()
            && lines
                .get(r.line + 1)
                .is_some_and(|n| !n.trim().is_empty() && !is_quoted(n))
            && !line
                .trim_end()
                .ends_with(['.', '!', '?', '。', ':', '：', ')', '다']);
        for (n, (a, b)) in sentences(&below).into_iter().enumerate() {
            if own_open && n == 0 {
                continue;
            }
            let one = &below[a..b];
            // (On the URL's own line, a sentence after its own is about it
            // even with its subject left out, as Korean writes.)
            let on_own_line = b <= rest_of_line.trim().len();
            if LATER.is_match(one)
                && (ABOUT_IT.is_match(one) || on_own_line)
                && !NOT_PLAIN.is_match(one)
            {
                match said(one, extra) {
                    Said::Stated(x) => {
                        now = Some(x);
                        unread_later = false;
                    }
                    // (Only a sentence that is about it by its words puts it
                    // in doubt; one read as its own by place alone — the
                    // rest of a line naming several items' pages — does not.)
                    _ if ABOUT_IT.is_match(one) && !own_line_only => unread_later = true,
                    _ => {}
                }
            }
        }
        // (Gone now after a removal is what the removal did: "… has been
        // removed from Discord. Anyone following the invite now sees
        // \"Invite Invalid\"".)
        let consequence = st == Some(Status::Removed) && now == Some(Status::NotFound);
        if unread_later {
            r.status = None;
        } else if let Some(x) = now.filter(|x| Some(*x) != st && !consequence) {
            r.status = Some(x);
        }
    }
}

static LATER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\bnow\b|\binstead\b|\bsubsequently\b|\bsince\s+then\b|\b(?:has|have)\s+since\b|\bon\s+escalation\b|\bafter\s+(?:an?\s+|our\s+)?(?:internal\s+|further\s+)?(?:escalation|re-?review|appeal)\b|\b(?:after|following)\s+(?:a\s+|our\s+)?(?:second|further|another|renewed|closer|legal|separate|local[\s-]law)\s+(?:review|look|assessment)\b|\bafter\s+our\s+(?:legal|policy|specialist|escalations?)\s+team'?s\s+review\b|\b(?:decision|outcome|measure)\s+(?:was|has\s+been)\s+(?:replaced|superseded)\b|\bon\s+(?:appeal|re-?review)\b|이후|재검토|현재는"))
        .expect("built-in regex")
});

/// In an email whose own words name one item, a paragraph of its own
/// (no URL in it) that refuses "it" or "the channel" ("Outcome for URL:
/// Removed" above "We reviewed the channel you reported and found that it
/// does not violate our Community Guidelines"): the refusal, for the
/// outcome line to be checked against. Only a refusal: other statements
/// about "it" in such emails are often about something else ("to have it
/// removed from the web, contact the site's host").
/// (So, the other way round, is a removal or restriction of "the video
/// you reported" in a paragraph of its own, above "Content: URL\nDecision:
/// No violation - content remains available": returned with its status.)
pub(crate) fn refusal_about_the_one_item(
    lines: &[String],
    extra: &[(Status, String)],
) -> Option<(Status, String)> {
    let mut item_urls: Vec<String> = lines
        .iter()
        .filter(|l| !is_quoted(l))
        .flat_map(|l| urls::find_urls(l))
        .filter(|f| !is_policy_link(&f.raw))
        .map(|f| f.raw)
        .collect();
    item_urls.sort();
    item_urls.dedup();
    if item_urls.len() != 1 {
        return None;
    }
    lines
        .split(|l| l.trim().is_empty() || is_quoted(l))
        .filter(|para| !para.is_empty() && para.iter().all(|l| urls::find_urls(l).is_empty()))
        .map(|para| para.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" "))
        .find_map(|text| {
            sentences(&text).into_iter().find_map(|(a, b)| {
                let one = text[a..b].trim();
                if !ABOUT_IT.is_match(one)
                    || ABOUT_OTHERS.is_match(one)
                    || GENERAL_RULE.is_match(one)
                    || is_correction(one)
                    || REVERSAL.is_match(one)
                    || points_forward(one)
                {
                    return None;
                }
                match said(one, extra) {
                    Said::Stated(Status::Rejected) => Some((Status::Rejected, one.to_string())),
                    Said::Stated(st @ (Status::Removed | Status::Restricted))
                        if THE_REPORTED_ONE.is_match(one) =>
                    {
                        Some((st, one.to_string()))
                    }
                    _ => None,
                }
            })
        })
}

/// A platform's general practice, not what it did ("Where Google
/// determines … that content is unlawful … but does not breach its global
/// policies, Google typically restricts access …").
static GENERAL_RULE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)^\W*(?:where|if|when|whenever|in\s+(?:cases?|instances?)\s+where|as\s+a\s+(?:general\s+)?rule|generally|in\s+general)\b|\b(?:typically|usually|normally|as\s+a\s+rule)\b"))
        .expect("built-in regex")
});

static THE_REPORTED_ONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\bthe\s+(?:post|video|tweet|message|content|reel|short|page|item|link|channel|account)\s+(?:that\s+)?you\s+(?:reported|flagged|listed)\b|\bthe\s+reported\s+(?:post|video|tweet|message|content|reel|short|page|item|link|channel|account)\b|\bthe\s+(?:post|video|tweet|message|content|reel|short|page|item|channel|account)\s+(?:at|behind)\s+the\s+(?:link|url|address)\s+above\b|\bthe\s+(?:post|video|tweet|message|content|reel|short|page|item|channel|account)\s+(?:linked|referenced|mentioned)\s+above\b"))
        .expect("built-in regex")
});

/// "A가 아니라 B", "not A but B", "rather than A", "was not removed; … it
/// was age-restricted": a restatement that names what it replaces.
static NOT_BUT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)(?:이|가)\s*아니라|(?:이|가)\s*아닌\s|\bnot\s+(?:\w+\s+){1,4}?but\b|\brather\s+than\b|\b(?:was|were|has|have)\s+not\s+(?:been\s+)?(?:removed|deleted|blocked|withheld|restricted|taken\s+down)\s*[;:]",
    ))
    .expect("built-in regex")
});

/// "the video you reported", "the reported post", "신고하신 게시물": the
/// one item of the report, named by a word for it.
static REPORTED_ONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\bthe\s+(?:post|video|tweet|message|reel|short|page|item|link|channel|account|content|image|photo|file)\s+(?:that\s+)?you\s+(?:reported|flagged|listed|sent|submitted)\b|\bthe\s+(?:reported|flagged)\s+(?:post|video|tweet|message|reel|short|page|item|link|channel|account|content|image|photo|file)\b|신고(?:하신|한|된|해\s*주신)\s*(?:게시물|게시글|글|영상|동영상|콘텐츠)"))
        .expect("built-in regex")
});

/// A note that what the email lists is only planned, or under review again
/// ("위 게시물은 게시자의 이의제기로 현재 재검토 중이며, 최종 조치 결과는
/// 확정되는 대로 …").
static PLANNED_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)(?:위|상기|아래)\s*(?:의\s*)?(?:내용|사항|내역|조치|목록|결과)(?:은|는)?\s*[^.。]{0,30}?(?:처리|조치)\s*예정\s*(?:사항|내역|입니다|이며|임)|(?:위|상기)\s*(?:의\s*)?(?:게시물|게시글|글|건|내용)(?:은|는)?\s*[^.。]{0,40}?재검토\s*(?:중|하고|진행)|최종\s*(?:조치|처리)\s*결과(?:는|가)?\s*(?:확정|결정)되는\s*대로|\bthe\s+(?:above|actions?\s+(?:above|listed)|list\s+above)\s+(?:is|are)\s+(?:only\s+)?(?:planned|scheduled|proposed)\b"))
        .expect("built-in regex")
});

/// A sentence that begins by setting itself against what came before.
static CONTRAST_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)^\W*(?:(?:however|that\s+said|nevertheless|nonetheless|but)\b|다만|하지만|그러나|그렇지만)",
    ))
    .expect("built-in regex")
});

static ABOUT_IT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:the|this|that)\s+(?:post|video|tweet|message|content|reel|short|page|item|link|channel|account)\b|\b(?:both|these|those|the|the\s+two|the\s+reported)\s+(?:posts|videos|tweets|messages|items|links|pages)\b|\b(?:neither|none\s+of\s+the)\s+(?:post|video|tweet|message|item|link|page)s?\b|\bit\b|해당\s*(?:블로그\s*|카페\s*|채널\s*)?(?:게시물|게시글|글|영상|콘텐츠)|(?:이|위)\s*(?:게시물|게시글|영상)"))
        .expect("built-in regex")
});

static NOT_PLAIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:if|unless|may|might|could|would|will|should|whether|other|others|rest|remaining|some)\b|나머지|다른|그\s*외|기타|경우|예정"))
        .expect("built-in regex")
});

/// A sentence naming no URL that corrects what the email says ("Correction:
/// … the Short listed second was not removed after all", "the action shown
/// for the last row is wrong"), that reverses a measure ("The withholding
/// has been lifted"), or that states of "the above" something other than
/// the entries above say ("위 두 게시물은 … 게시 상태를 유지하고 있습니다"
/// in a note under a table of 게시중단). Which item a correction is about,
/// the reader cannot tell from a position or a pronoun, so the statements it
/// may revise are not taken (see `extract`).
pub(crate) struct Revision {
    /// What it says the items now are (`None`: a correction of whatever the
    /// email says, so every statement is in doubt).
    pub status: Option<Status>,
    /// The one URL of its paragraph, when it is about that URL alone.
    pub url: Option<String>,
    pub sentence: String,
    /// The line it ends on (of the lines read): statements below it may be
    /// the corrected ones.
    pub line: usize,
}

pub(crate) fn unplaced_revisions(lines: &[String], extra: &[(Status, String)]) -> Vec<Revision> {
    let mut out = Vec::new();
    let item_urls = |l: &str| -> Vec<String> {
        urls::find_urls(l)
            .into_iter()
            .filter(|f| !is_policy_link(&f.raw))
            .map(|f| f.raw)
            .collect()
    };
    // Rows of a table (an HTML table's rows read into lines, or one typed
    // with '|'), each naming an item.
    let table_row = |l: &str| l.contains(" | ") && !item_urls(l).is_empty();
    // (Or a record's decision field: "조치 결과: 삭제".)
    let has_table = lines
        .iter()
        .any(|l| !is_quoted(l) && (table_row(l) || DECISION_FIELD.is_match(l)));
    // Every URL of the author's text, for lines that name an item by its
    // number ("131560944   유지 (위반 사항 없음)" in a summary block).
    let all_urls = authors_items(lines, &item_urls);
    // A legend's lines ("Legend:\nWithheld - the content is not available
    // …\nNo action - … the content remains available."): what the words of
    // a table mean, not what any item is.
    let mut in_legend: BTreeSet<usize> = BTreeSet::new();
    for (n, l) in lines.iter().enumerate() {
        if LEGEND_LABEL.is_match(l) {
            in_legend.extend(
                (n..lines.len()).take_while(|&j| {
                    j == n || !(lines[j].trim().is_empty() || is_quoted(&lines[j]))
                }),
            );
        }
    }
    let labelled: BTreeSet<usize> = labelled_results(lines, extra)
        .into_iter()
        .map(|(_, _, k)| k)
        .collect();
    let mut k = 0;
    while k < lines.len() {
        if lines[k].trim().is_empty() || is_quoted(&lines[k]) {
            k += 1;
            continue;
        }
        let end = lines[k..]
            .iter()
            .position(|l| l.trim().is_empty() || is_quoted(l))
            .map_or(lines.len(), |n| k + n);
        let para = &lines[k..end];
        let mut para_urls: Vec<String> = para.iter().flat_map(|l| item_urls(l)).collect();
        para_urls.dedup();
        // An inline reply right below a quoted line of our request that
        // names one item ("> 2. <URL>" above "It's a discussion, nothing in
        // it breaks our rules, so it stays up."): about that item.
        let answers_quote = lines[..k]
            .iter()
            .rev()
            .find(|l| !l.trim().is_empty())
            .filter(|l| is_quoted(l))
            .and_then(|l| match item_urls(l).as_slice() {
                [url] => Some(url.clone()),
                _ => None,
            });
        // Runs of lines without a URL are read as prose; a line with one (a
        // table row, a list entry, a paragraph on one line) alone, for its
        // sentences that name none.
        // (Each with the index of its last line.)
        let mut texts: Vec<(String, usize)> = Vec::new();
        let mut run: Vec<&str> = Vec::new();
        for (n, l) in para.iter().enumerate() {
            // (A result given by a form's label is its URL's, no note.)
            if labelled.contains(&(k + n)) {
                if !run.is_empty() {
                    texts.push((run.join(" "), k + n - 1));
                    run.clear();
                }
                continue;
            }
            // (A table row without a URL, "Result | No violation found", is
            // no part of the prose around it.)
            // (A decision field starts a text of its own, "Decision
            // details\nOutcome: No violation found": the heading above is no
            // part of it; the lines it runs on to are, "Type of restriction:
            // … disabled for users in\nthe Republic of Korea".)
            if item_urls(l).is_empty() && !l.contains(" | ") {
                // (Only under a heading of a few words alone: among other
                // fields, "Status: In Progress -> Done\nResolution:
                // Actioned", the record is read whole.)
                let heading_alone = matches!(run.as_slice(), [h]
                    if !h.contains([':', '：']) && h.split_whitespace().count() <= 4);
                if DECISION_FIELD.is_match(l) && heading_alone {
                    texts.push((run.join(" "), k + n - 1));
                    run.clear();
                }
                run.push(l.trim());
            } else {
                if !run.is_empty() {
                    texts.push((run.join(" "), k + n - 1));
                    run.clear();
                }
                texts.push((l.trim().to_string(), k + n));
            }
        }
        if !run.is_empty() {
            texts.push((run.join(" "), end - 1));
        }
        for (text, line) in &texts {
            if in_legend.contains(line) {
                continue;
            }
            // "Note 1: … so it stays available." under a table whose one row
            // says "left online, see note 1": the note is that row's.
            let owner = note_owner(text, lines, &item_urls).or_else(|| answers_quote.clone());
            for (a, b) in sentences(text) {
                let one = text[a..b].trim();
                // A legend of an attached sheet's codes ("deleted = the file
                // is gone …, kept = … so it stays online") says what the
                // codes mean, not what any item is.
                // (Nor one code's meaning: "\"no_action\" means we found no
                // violation … and the content stays up" above the sheet.)
                if LEGEND_PAIRS.find_iter(one).count() >= 2 || super::status::is_definition(one) {
                    continue;
                }
                // (A correction labelled as one is one whatever its
                // clauses say: "Correction to the line above: … before our
                // team could act".)
                let labelled = CORRECTION_LABEL.is_match(one);
                let named = item_urls(one);
                // (A correction may name its item by the id in its URL: "the
                // second video (Ve3hM6gLi5W) was not removed".)
                let by_id = match named.as_slice() {
                    [] if labelled || is_correction(one) => named_by_id(one, &all_urls),
                    _ => None,
                };
                if let Some(url) = by_id {
                    out.push(Revision {
                        status: None,
                        url: Some(url),
                        sentence: one.to_string(),
                        line: *line,
                    });
                    continue;
                }
                // "Correction: row 2 (URL) is marked Blocked above in error":
                // what else the email says of that URL is in doubt.
                // ("Update: URL has been removed" is the news itself.)
                let update = UPDATE_LABEL.is_match(one);
                if let [url] = named.as_slice()
                    && ((labelled && !update) || corrects_item(one))
                {
                    // ("Correction: the second one was not removed after
                    // all; URL3 was removed instead": it also corrects an
                    // entry named by its place, which is not known.)
                    // (Only a place that is another line than the URL's own: not "row 2
                    // (URL2)", nor "row 12 (URL)" of an attached sheet.)
                    let by_place = names_place(&without_urls(one, &urls::find_urls(one)))
                        && row_by_number(one, lines, &item_urls)
                            .or_else(|| row_by_ordinal(one, lines, &item_urls))
                            .is_some_and(|u| u != *url);
                    out.push(Revision {
                        status: None,
                        url: (!by_place).then(|| url.clone()),
                        sentence: one.to_string(),
                        line: *line,
                    });
                    continue;
                }
                // "※ 위 내용은 검토 결과에 따른 처리 예정 사항이며, 실제 조치가
                // 완료되면 별도로 안내드리겠습니다": what the email lists is
                // planned, not done; every statement of it is in doubt. So is
                // a list under review again, whatever else the note says
                // ("… 게시자의 이의제기로 현재 재검토 중이며").
                if named.is_empty() && PLANNED_NOTE.is_match(one) {
                    out.push(Revision {
                        status: None,
                        url: None,
                        sentence: one.to_string(),
                        line: *line,
                    });
                    continue;
                }
                if !named.is_empty() || (leaves_open(one) && !labelled) {
                    continue;
                }
                let mut push = |status: Option<Status>, url: Option<String>| {
                    out.push(Revision {
                        status,
                        url: url.or_else(|| owner.clone()),
                        sentence: one.to_string(),
                        line: *line,
                    })
                };
                // A decision line of its own paragraph, naming nothing, in an
                // email about one item ("[처리 결과 요약] 삭제 완료" above a
                // detail that keeps the post up): it must agree with what
                // the detail says of that item.
                if para_urls.is_empty()
                    && all_urls.len() == 1
                    && (DECISION_FIELD.is_match(one) || RESULT_SUMMARY.is_match(one))
                    && let Said::Stated(st) = said(one, extra)
                {
                    push(Some(st), Some(all_urls[0].clone()));
                    continue;
                }
                // So is a sentence about "the video you reported" in such
                // an email ("We have removed the video you
                // reported …" under a form whose Result says "No violation
                // found").
                // (A whole sentence, not the half of one that runs on to
                // the URL's line: "…, the message you reported at\nURL\nwas
                // deleted together with it.")
                if all_urls.len() == 1
                    && one.trim_end().ends_with(['.', '!', '?', '。'])
                    && REPORTED_ONE.is_match(one)
                    && !ABOUT_OTHERS.is_match(one)
                    && let Said::Stated(st) = said(one, extra)
                    // (A refusal is `refusal_about_the_one_item`'s, which
                    // knows that "it does not break our rules enough to be
                    // taken down" is the reason for an age restriction.)
                    && st != Status::Rejected
                {
                    push(Some(st), Some(all_urls[0].clone()));
                    continue;
                }
                // So is a measure on "the video" or "it" in a sentence that
                // sets itself against what came before ("It will not be
                // removed: … However, given its graphic nature, we have
                // age-restricted the video"): what the email says of its one
                // item is then in doubt.
                if all_urls.len() == 1
                    && one.trim_end().ends_with(['.', '!', '?', '。'])
                    && CONTRAST_LEAD.is_match(one)
                    && ABOUT_IT.is_match(one)
                    && !ABOUT_OTHERS.is_match(one)
                    && let Said::Stated(st @ (Status::Removed | Status::Restricted)) =
                        said(one, extra)
                {
                    push(Some(st), Some(all_urls[0].clone()));
                    continue;
                }
                // A line that names one URL by its number and states a status:
                // it must agree with what is said of that URL elsewhere.
                // (Unless it says the status was changed: "※ 2번 게시물은 추가
                // 검토 결과 … 삭제 조치로 변경하였습니다" corrects that row, and
                // what it says is the row's status now.)
                // ("The folder Kv3Uq8Ns only holds …, so it stays up": a
                // file host's ID of letters and digits, in a note that is no
                // correction; a correction's own sentences are read with it,
                // see `restated_by_correction`.)
                let by_number = named_by_number(one, &all_urls).or_else(|| {
                    sentences(text)
                        .iter()
                        .all(|&(a, b)| {
                            !is_correction(&text[a..b]) && !CORRECTION_LABEL.is_match(&text[a..b])
                        })
                        .then(|| named_by_id(one, &all_urls))
                        .flatten()
                });
                if let Some(url) = by_number
                    && let Said::Stated(st) = said(one, extra)
                {
                    // ("[정정] 위 88214번 게시물은 임시조치가 아니라 삭제 처리된
                    // 것으로 확인되어 바로잡습니다": a correction of it.)
                    let corrects = CHANGED_TO.is_match(one) || labelled || corrects_item(one);
                    push((!corrects).then_some(st), Some(url));
                    continue;
                }
                // A note on one numbered row of a table that states a status
                // ("※ 1번 게시물은 9월 12일 삭제되었습니다."): it must agree
                // with the row. (One after a second review corrects it: below.)
                if has_table
                    && !labelled
                    && !is_correction(one)
                    && !CHANGED_TO.is_match(one)
                    && !REREVIEW.is_match(one)
                    && let Some(url) = row_by_number(one, lines, &item_urls)
                    && let Said::Stated(st) = said(one, extra)
                {
                    push(Some(st), Some(url));
                    continue;
                }
                // (One that names a row by a number the reader cannot find
                // among the rows: it must agree with every statement of the
                // email, since which one it is about is not known.)
                if has_table
                    && !labelled
                    && ROW_REF.is_match(one)
                    && row_by_number(one, lines, &item_urls).is_none()
                    && let Said::Stated(st) = said(one, extra)
                {
                    out.push(Revision {
                        status: Some(st),
                        url: None,
                        sentence: one.to_string(),
                        line: *line,
                    });
                    continue;
                }
                // "No action: we found no violation …" under a table whose
                // rows say "No action": a note on those rows (their URLs),
                // which their statements must agree with.
                if has_table && let Some(rows) = rows_labelled(one, lines, &item_urls) {
                    let st = match said(one, extra) {
                        Said::Stated(st) => Some(st),
                        _ => None,
                    };
                    for url in rows {
                        push(st, Some(url));
                    }
                    continue;
                }
                // ("Other posts of the account were restored": not these.)
                if REVERSAL.is_match(one) && !ABOUT_OTHERS.is_match(one) {
                    // Back up ("doesn't violate our guidelines after all,
                    // and it has been reinstated"): on its paragraph's one
                    // URL, or on whatever the email says.
                    push(
                        Some(Status::Rejected),
                        (para_urls.len() == 1).then(|| para_urls[0].clone()),
                    );
                } else if labelled
                    || is_correction(one)
                    || CHANGED_TO.is_match(one)
                    // "※ 3번 게시물은 재검토 결과 … 9월 13일 삭제 처리되었습니다":
                    // a note on a row, by its number, after a second review.
                    || (REREVIEW.is_match(one) && row_by_number(one, lines, &item_urls).is_some())
                {
                    // ("※ 3번 항목 정정: …", "Correction to row 3: …": that
                    // row's URL, when the table numbers its rows.)
                    // ("Correction to the table above: the second row is
                    // wrong.": that row, counted; only a correction that
                    // says the statement was wrong, whose item must then be
                    // named again for what is true to be read.)
                    // (Or the one item of its own paragraph: "… reported
                    // URL as not found. That was a mistake on our side: …";
                    // or, for "위 게시물은 …", of the paragraph right above.)
                    // (Only a correction after the URL, of the one item it
                    // follows, that names no other by its place.)
                    let whole = para.join(" ");
                    let own_item = (para_urls.len() == 1
                        && !names_place(one)
                        && whole
                            .find(para_urls[0].as_str())
                            .zip(whole.find(one))
                            .is_some_and(|(u, c)| u < c))
                    .then(|| para_urls[0].clone());
                    let item_above = || {
                        ABOVE_SUBJECT
                            .is_match(one)
                            .then(|| above_item(lines, k, &item_urls))
                            .flatten()
                    };
                    push(
                        None,
                        row_by_number(one, lines, &item_urls)
                            .or_else(|| {
                                ITEM_CORRECTION
                                    .is_match(one)
                                    .then(|| row_by_ordinal(one, lines, &item_urls))
                                    .flatten()
                            })
                            .or(own_item)
                            .or_else(item_above)
                            // ("Correction to the table: the second row was
                            // filled in too early. When our reviewer opened
                            // URL2 it had already been deleted …": a row by
                            // its place, which the only URL of the
                            // correction's own lines, named after it,
                            // confirms.)
                            // ("To recap: URL has been blocked in South
                            // Korea.\n\nCorrection: I gave you the wrong
                            // outcome. … the video has been removed …": a
                            // paragraph of its own after the email's only
                            // item.)
                            .or_else(|| {
                                let [only] = all_urls.as_slice() else {
                                    return None;
                                };
                                (para_urls.is_empty()
                                    && !names_place(one)
                                    && lines[..k]
                                        .iter()
                                        .any(|l| !is_quoted(l) && l.contains(only.as_str())))
                                .then(|| only.clone())
                            })
                            .or_else(|| {
                                let row = row_by_ordinal(one, lines, &item_urls)?;
                                let named_after = item_urls(text);
                                (labelled
                                    && named_after.len() == 1
                                    && urls::normalize(&row) == urls::normalize(&named_after[0]))
                                .then_some(row)
                            })
                            .or_else(|| {
                                // (Or the one item of its own list entry,
                                // after it: "- URL : 앞선 메일에서 '삭제'로
                                // 안내드렸으나, … 임시조치(30일) 상태입니다.
                                // 처리 결과를 '임시조치'로 정정합니다.")
                                match item_urls(text).as_slice() {
                                    [url]
                                        if !names_place(one)
                                            && text
                                                .find(url.as_str())
                                                .zip(text.find(one))
                                                .is_some_and(|(u, c)| u < c) =>
                                    {
                                        Some(url.clone())
                                    }
                                    _ => None,
                                }
                            }),
                    );
                } else if (para_urls.is_empty()
                    // (Or under a table of its own paragraph, as an HTML
                    // table's rows and the note below it are read.)
                    || (has_table && para.iter().all(|l| item_urls(l).is_empty() || table_row(l))))
                    && STILL_UP.is_match(one)
                    && ABOUT_IT.is_match(one)
                    && !points_forward(one)
                    && !one.trim_end().ends_with([':', '：'])
                    && !ABOUT_OTHERS.is_match(one)
                    && !STILL_UP_SCOPED.is_match(one)
                {
                    // "Note: this message is still visible at the moment,
                    // because the owner has appealed", a note of its own:
                    // up, whatever a table above says of it. (In a record's
                    // own lines, "Status: Content remains available" is that
                    // record's.) ("Item 5 is a news photo; … so it stays
                    // up." is row 5's.)
                    push(
                        Some(Status::Rejected),
                        row_by_number(one, lines, &item_urls),
                    );
                } else if has_table
                    && !outcome_of_record_above(lines, k)
                    && para.iter().all(|l| item_urls(l).is_empty() || table_row(l))
                    && ABOUT_IT.is_match(one)
                    && !ABOUT_OTHERS.is_match(one)
                    && !points_forward(one)
                    && !one.trim_end().ends_with([':', '：'])
                    && said(one, extra) == Said::Stated(Status::Rejected)
                    // ("Ground for the decision: applicable local law … The
                    // post was not found to violate the X Rules." under
                    // "Decision: … withheld in the Republic of Korea": why it
                    // was withheld and not removed, no action refused.)
                    && !(RULES_FINDING_ONLY.is_match(one)
                        && !KEPT_UP.is_match(one)
                        && restricted_by_law(lines, extra))
                {
                    // "Our team reviewed this post and found that it does
                    // not violate the X Rules, so no action was taken on it"
                    // under a table that says it was withheld: the note
                    // keeps up what the table says was acted on.
                    push(
                        Some(Status::Rejected),
                        row_by_number(one, lines, &item_urls),
                    );
                } else if para_urls.is_empty()
                    && DECISION_FIELD.is_match(one)
                    && !ABOUT_OTHERS.is_match(one)
                    && !outcome_of_record_above(lines, k)
                    && matches!(said(one, extra), Said::Stated(_))
                {
                    // "Outcome: Content removed" on a line of its own (a
                    // template's header): the email's outcome, which the
                    // statements about its items must agree with.
                    if let Said::Stated(st) = said(one, extra) {
                        push(Some(st), None);
                    }
                } else if (para_urls.is_empty()
                    || (has_table && para.iter().all(|l| item_urls(l).is_empty() || table_row(l))))
                    && ABOVE_SUBJECT.is_match(one)
                    && !EXCEPT.is_match(one)
                {
                    // (A note of its own under the list, or under a table;
                    // "위 게시물은 …" right under one record's URL is that
                    // record's.)
                    match said(one, extra) {
                        Said::Stated(st) => push(Some(st), None),
                        // "※ 위 표의 게시물은 현재 권리침해 여부 검토가 진행
                        // 중이며, 조치가 완료되면 다시 안내드리겠습니다" under a
                        // table that says 삭제: which is true, a person decides.
                        // (Only a decision still to come: "These posts will
                        // display a notice … that they have been withheld"
                        // tells what the measure does.)
                        Said::Hedged(_) if super::status::is_pending_state(one) => push(None, None),
                        Said::Hedged(_) | Said::Nothing => {}
                    }
                } else if owner.is_some()
                    && let Said::Stated(st) = said(one, extra)
                {
                    // "Note on row 2: the post had already been deleted by
                    // its author …": what the note says of its row.
                    push(Some(st), None);
                }
            }
        }
        k = end;
    }
    out
}

/// A numbered note ("Note 1: …", "※2 …", "주1) …") and the one line that
/// points to it ("… | left online, see note 1"): that line's one URL.
/// None when the text is no numbered note, or no line or several point to it.
/// Every item URL of the author's text (not quoted), sorted, once each.
fn authors_items(lines: &[String], item_urls: &dyn Fn(&str) -> Vec<String>) -> Vec<String> {
    let mut all: Vec<String> = lines
        .iter()
        .filter(|l| !is_quoted(l))
        .flat_map(|l| item_urls(l))
        .collect();
    all.sort();
    all.dedup();
    all
}

fn note_owner(
    text: &str,
    lines: &[String],
    item_urls: &dyn Fn(&str) -> Vec<String>,
) -> Option<String> {
    static LABEL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\W{0,3}(?:(?:foot)?note|remark)\s*#?\s*(\d{1,2})\s*[:：.)]|^\s*(?:※|\*)\s*(\d{1,2})\s*[:：.)]?\s|^\s*(?:주|비고|참고)\s*(\d{1,2})\s*[:：.)]|^\s*[(\[](\d{1,2})[)\]]\s")
            .expect("built-in regex")
    });
    // ("kept (1)" in a row, "(1) This one is a firmware image … so it
    // stays up." below the table: a footnote by its bracketed number.)
    static REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&ascii_b(r"(?i)\b(?:foot)?notes?\s*#?\s*(\d{1,2})(?:[^\w]|$)|(?:※|\*)\s*(\d{1,2})(?:[^\w]|$)|(?:주|비고|참고)\s*(\d{1,2})(?:[^\w]|$)|\w\s*[(\[](\d{1,2})[)\]]"))
            .expect("built-in regex")
    });
    let number = |c: &regex::Captures| {
        (1..=4)
            .find_map(|g| c.get(g))
            .map(|m| m.as_str().to_string())
    };
    // "Note on the last row: …" under a table: that row's.
    static PLACED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\W{0,3}(?:(?:foot)?note|remark|comment)s?\s+(?:on|for|about|to)\s+(?:the\s+)?(last|final|bottom|first|top)\s+(?:row|line|entry|item)\b")
            .expect("built-in regex")
    });
    if let Some(c) = PLACED.captures(text) {
        let rows = one_url_lines(lines, item_urls, true);
        let first = matches!(c[1].to_ascii_lowercase().as_str(), "first" | "top");
        return if first { rows.first() } else { rows.last() }.cloned();
    }
    // "Note on row 2: …" under a table whose rows are numbered: that row's.
    static ON_ROW: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\W{0,3}(?:(?:foot)?note|remark|comment)s?\s+(?:on|for|about|to)\s+(?:row|line|entry|item|no\.?)\s*#?\s*\d{1,3}\s*[:：.)—–-]")
            .expect("built-in regex")
    });
    if let Some(m) = ON_ROW.find(text) {
        return row_by_number(m.as_str(), lines, item_urls);
    }
    // "For the third file the uploader sent us …" below a list or table of
    // one URL per line: the third's.
    if ORDINAL_LEAD.is_match(text) {
        return row_by_ordinal(text, lines, item_urls);
    }
    // "* The customer showed us … so it stays up." under a table whose one
    // row is marked "No action*": that row's. Likewise "(*) This file is
    // … so it stays online." under the one row "Not removed (*)", and "†".
    static STAR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\w\*(?:\s|$)").expect("built-in regex"));
    let lead = text.trim_start();
    let marked: Option<&dyn Fn(&str) -> bool> = if lead.starts_with("* ") {
        Some(&|w: &str| STAR.is_match(w))
    } else if lead.starts_with("(*) ") {
        Some(&|w: &str| w.contains("(*)"))
    } else if lead.starts_with("† ") {
        Some(&|w: &str| w.contains('†'))
    } else {
        None
    };
    if let Some(marked) = marked {
        let mut rows = lines.iter().filter(|l| !is_quoted(l)).filter_map(|l| {
            let urls = item_urls(l);
            let [url] = urls.as_slice() else {
                return None;
            };
            // (Not the note's own line.)
            (l.trim_start() != lead && marked(&without_urls(l, &urls::find_urls(l))))
                .then(|| url.clone())
        });
        let owner = rows.next()?;
        return rows.next().is_none().then_some(owner);
    }
    // "Note: Vd1mA8rN is a news clip … It does not break our terms and
    // stays online." (a note without a number, under a row "kept (see
    // note)"): the item its first sentence names by its ID, which is not
    // a URL of its own.
    static BARE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\W{0,3}(?:(?:foot)?note|remark|비고|참고)\s*[:：]")
            .expect("built-in regex")
    });
    if BARE_LABEL.is_match(text) {
        let first = sentences(text).first().map(|&(a, b)| &text[a..b])?;
        if !item_urls(first).is_empty() {
            return None;
        }
        let all = authors_items(lines, item_urls);
        return named_by_id(first, &all).or_else(|| named_by_number(first, &all));
    }
    let label = LABEL.captures(text).and_then(|c| number(&c))?;
    let mut owners = lines.iter().filter(|l| !is_quoted(l)).filter_map(|l| {
        let urls = item_urls(l);
        let [url] = urls.as_slice() else {
            return None;
        };
        let words = without_urls(l, &urls::find_urls(l));
        REFERENCE
            .captures_iter(&words)
            .any(|c| number(&c).as_deref() == Some(label.as_str()))
            .then(|| url.clone())
    });
    let owner = owners.next()?;
    owners.next().is_none().then_some(owner)
}

/// "code = meaning" in a sentence.
static LEGEND_PAIRS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[\s:,;(])[\p{L}_-]{2,20}\s*=\s*\S").expect("built-in regex")
});

/// Words that name an entry by its place ("the second", "row 3", "2번").
/// Does `text` name an item by its place ("the second row", "item 3",
/// "2번")? Not "on a second review", "at first glance".
fn names_place(text: &str) -> bool {
    static NO_PLACE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&ascii_b(r"(?i)\b(?:first|second|third|further)\s+(?:review|look|time|opinion|check|assessment|examination|reviewer|glance|pass|round)s?\b|\bat\s+first\b"))
            .expect("built-in regex")
    });
    PLACE_WORDS.is_match(&NO_PLACE.replace_all(text, " "))
}

static PLACE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:first|second|third|fourth|fifth|former|latter)\b|\blast\s+(?:row|item|entry|one|post|link|url|video)\b|\b(?:row|item|entry|line|no\.)\s*#?\s*\d+|\d+\s*번"))
        .expect("built-in regex")
});

/// The one item URL of the paragraph right above line `k` (blank lines
/// between skipped), when it names exactly one.
fn above_item(
    lines: &[String],
    k: usize,
    item_urls: &dyn Fn(&str) -> Vec<String>,
) -> Option<String> {
    let end = lines[..k].iter().rposition(|l| !l.trim().is_empty())? + 1;
    let start = lines[..end]
        .iter()
        .rposition(|l| l.trim().is_empty())
        .map_or(0, |b| b + 1);
    let mut urls: Vec<String> = lines[start..end]
        .iter()
        .filter(|l| !is_quoted(l))
        .flat_map(|l| item_urls(l))
        .collect();
    urls.dedup();
    match urls.as_slice() {
        [url] => Some(url.clone()),
        _ => None,
    }
}

/// The URL of each unquoted line that names exactly one item (of each table
/// row typed with '|', with `rows_only`), in order.
fn one_url_lines(
    lines: &[String],
    item_urls: &dyn Fn(&str) -> Vec<String>,
    rows_only: bool,
) -> Vec<String> {
    lines
        .iter()
        .filter(|l| !is_quoted(l) && (!rows_only || l.contains(" | ")))
        .filter_map(|l| match item_urls(l).as_slice() {
            [url] => Some(url.clone()),
            _ => None,
        })
        .collect()
}

/// A note that opens on an ordinal ("For the third file …", "Regarding the
/// second post, …").
static ORDINAL_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W{0,3}(?:(?:as\s+)?for|about|regarding|concerning|on)\s+the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\s")
        .expect("built-in regex")
});

/// The URL of the line that `text` names by its place ("the second row",
/// "the third file", "the last link"), counting the unquoted lines that
/// name exactly one item (the table's rows, when it has rows typed with
/// '|'). None when the text names no place, or several.
fn row_by_ordinal(
    text: &str,
    lines: &[String],
    item_urls: &dyn Fn(&str) -> Vec<String>,
) -> Option<String> {
    static ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\bthe\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\s+(?:file|post|link|url|row|item|entry|video|message|page|upload|one|image|thread|listing|channel|account|line)\b")
            .expect("built-in regex")
    });
    let mut places = ORDINAL
        .captures_iter(text)
        .map(|c| c[1].to_ascii_lowercase());
    let place = places.next()?;
    if places.any(|p| p != place) {
        return None;
    }
    let rows = one_url_lines(lines, item_urls, true);
    let rows = if rows.is_empty() {
        one_url_lines(lines, item_urls, false)
    } else {
        rows
    };
    let n = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth",
    ]
    .iter()
    .position(|w| *w == place);
    match n {
        Some(n) => rows.get(n).cloned(),
        None => rows.last().cloned(),
    }
}

/// The URL of the one table row or numbered entry that `text` names by its
/// number ("3번 항목", "row 3", "item #3"): the unquoted line that starts
/// with that number (then '|', '.', ')' or spaces) and holds one URL. None
/// when no number, several numbers, or no such line.
/// A row named by its number ("2번 게시물", "row 3").
static ROW_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)(?:^|[^\d])(\d{1,3})\s*번(?:째)?\s*(?:항목|게시물|게시글|글|행|url|링크)?|\b(?:row|item|entry|line|no\.?)\s*#?\s*(\d{1,3})\b"))
        .expect("built-in regex")
});

fn row_by_number(
    text: &str,
    lines: &[String],
    item_urls: &dyn Fn(&str) -> Vec<String>,
) -> Option<String> {
    let mut numbers = ROW_REF
        .captures_iter(text)
        .filter_map(|c| c.get(1).or(c.get(2)).map(|m| m.as_str().to_string()));
    let n = numbers.next()?;
    if numbers.any(|m| m != n) {
        return None;
    }
    let mut rows = lines.iter().filter(|l| !is_quoted(l)).filter_map(|l| {
        let t = l.trim_start();
        // (A table typed with bars, "| 2 | URL | 삭제 |": its first cell.)
        let t = t.strip_prefix('|').map_or(t, str::trim_start);
        let rest = t.strip_prefix(n.as_str())?;
        // ("30 | …" is not row 3.)
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let rest = rest.trim_start();
        if !(rest.starts_with(['|', '.', ')']) || l.contains("  ")) {
            return None;
        }
        match item_urls(rest).as_slice() {
            [url] => Some(url.clone()),
            _ => None,
        }
    });
    let url = rows.next()?;
    rows.next().is_none().then_some(url)
}

/// The one URL of `urls` whose id (a path segment or a query value of
/// eight or more letters and digits, both) `text` names: "the second video
/// (Ve3hM6gLi5W)" for "…/watch?v=Ve3hM6gLi5W".
fn named_by_id(text: &str, urls: &[String]) -> Option<String> {
    static ID: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"[A-Za-z0-9_-]{8,}").expect("built-in regex"));
    let parts = |u: &str| -> Vec<String> {
        u.split(['/', '?', '&', '=', '#'])
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect()
    };
    let mut found: Option<String> = None;
    for m in ID.find_iter(text) {
        let id = m.as_str();
        if !(id.chars().any(|c| c.is_ascii_digit()) && id.chars().any(|c| c.is_ascii_alphabetic()))
        {
            continue;
        }
        if !one_owner(&mut found, urls, |u| parts(u).iter().any(|p| p == id)) {
            return None;
        }
    }
    found
}

/// Adds to `found` the one URL of `urls` that `owns` a mention: false when
/// the mention is of several URLs, or of another than the one found before
/// (then the text names no one URL).
fn one_owner(found: &mut Option<String>, urls: &[String], owns: impl Fn(&str) -> bool) -> bool {
    let owners: Vec<&String> = urls.iter().filter(|u| owns(u)).collect();
    match owners.as_slice() {
        [one] if found.as_ref().is_none_or(|f| f == *one) => {
            *found = Some((*one).clone());
            true
        }
        [] => true,
        _ => false,
    }
}

/// The one URL of `urls` that a long number in `text` names ("131560944"
/// for "…/player/131560944"): the number must be a whole run of digits in
/// exactly one of them.
fn named_by_number(text: &str, urls: &[String]) -> Option<String> {
    static NUMBER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?:^|[^\d])(\d{5,})(?:[^\d]|$)").expect("built-in regex"));
    let runs = |u: &str| -> Vec<String> {
        u.split(|c: char| !c.is_ascii_digit())
            .filter(|d| !d.is_empty())
            .map(str::to_string)
            .collect()
    };
    let mut found: Option<String> = None;
    // "the post ending in 0188": the one URL whose number ends so.
    static ENDING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?i)\bend(?:s|ing)?\s+(?:in|with)\s+['"‘“]?(\d{3,})\b"#)
            .expect("built-in regex")
    });
    for m in ENDING.captures_iter(text).filter_map(|c| c.get(1)) {
        if !one_owner(&mut found, urls, |u| {
            runs(u).iter().any(|d| d.ends_with(m.as_str()))
        }) {
            return None;
        }
    }
    // ("위 88214번 게시물은 …": a number glued to a Korean word counts.)
    for m in NUMBER.captures_iter(text).filter_map(|c| c.get(1)) {
        if !one_owner(&mut found, urls, |u| {
            runs(u).iter().any(|d| d == m.as_str())
        }) {
            return None;
        }
    }
    found
}

/// Words that correct an earlier statement of the same email ("Correction:",
/// "is wrong", "not removed after all", "정정", "잘못 기재") - not the
/// "correction request" (시정요구) we sent.
/// A sentence that says what the email states of the URL it names was
/// wrong ("row 2 (URL) is marked Blocked above in error"); narrower than
/// `CORRECTION` ("… has now deleted URL after all" is news, not a
/// correction).
/// "should read “Withheld (KR)”": the value a correction gives, quoted.
static REREVIEW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)재\s*검토\s*결과|추가\s*검토\s*결과|(?:재|다시|추가)\s*검토(?:를|을|한|해|하여|하였|했|\s)*(?:거쳐|거친|후|뒤|결과)|최종(?:적으로)?\s*(?:삭제|게시\s*중단|블라인드|비공개|차단)|\b(?:after|following|upon)\s+(?:a\s+|our\s+)?(?:re-?review|second\s+review|further\s+review|additional\s+review)\b|\bon\s+re-?review\b",
    ))
    .expect("built-in regex")
});

static CHANGED_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)(?:삭제|게시\s*중단|블라인드|비공개|임시\s*조치|접속\s*차단|접근\s*제한|차단|미\s*조치|유지)['’”]?\s*(?:조치|처리)?\s*(?:으로|로)\s*(?:(?:조치|처리)\s*(?:결과|내용|상태)\s*(?:가|를|이)?\s*)?(?:변경|정정|수정)(?:하였|했|되었|됐|됨|함|합니다)|\b(?:changed|updated|corrected)\s+(?:it\s+)?to\s*:?\s*[“‘']?(?:removed|deleted|withheld|restricted|blocked|geo-?blocked|age-restricted|disabled|not\s+found|no\s+action|rejected|kept|taken\s+down)\b",
    ))
    .expect("built-in regex")
});

static SHOULD_READ: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?i)\bshould\s+(?:read|say|have\s+(?:read|said))\s*:?\s*[“"‘']([^”"’'\n]{1,60})[”"’']|\bcorrected\s+(?:it\s+)?to\s*:?\s*[“"‘']([^”"’'\n]{1,60})[”"’']|[“"‘']([^”"’'\n]{1,30})[”"’']\s*(?:으로|로)\s*(?:정정|수정|바로잡)"#,
    )
    .expect("built-in regex")
});

static ITEM_CORRECTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:in\s+error|by\s+mistake|mistakenly|erroneously|wrongly|incorrectly)\b|\b(?:one|a|an)\s+(?:change|amendment)\s+to\s+(?:the|our|my)\s+(?:list|table|statuses|results?|reply|message|e-?mail|answer)\s+(?:above|below)\b|\bshould\s+(?:read|say|have\s+(?:read|said))\b|\b(?:is|was|were|are)\s+(?:wrong|incorrect|mistaken|inaccurate|not\s+accurate|not\s+correct|(?:now\s+)?out\s+of\s+date|(?:now\s+)?outdated|no\s+longer\s+(?:accurate|correct|current))\b|\b(?:has|have|is|are|was|were)\s+(?:now\s+)?(?:been\s+)?superseded\b|\b(?:shown|listed|given|stated)\s+(?:in|for|on)\s+(?:row|line|item|entry)\s+\d{1,3}\s+(?:was|were)\s+never\s+(?:actually\s+)?(?:applied|carried\s+out|implemented|enforced|taken)\b|정정(?:합니다|드립니다|하여|해\s*드립니다|사항|\s*안내)|잘못\s*(?:기재|표기|안내|입력|전달)|바로잡(?:습니다|아|았|겠)"))
        .expect("built-in regex")
});

/// A link the reporter copied wrongly ("perhaps the link was copied
/// incorrectly", "the URL may have been mistyped"): the mistake is in the
/// link, not in what the email said before, so it corrects nothing.
static LINK_MISTYPED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:copied|typed|entered|pasted|transcribed|spelt|spelled|written|formatted|truncated|cut\s+off)\s+(?:incorrectly|wrongly|in\s+error|by\s+mistake|mistakenly|erroneously)\b")
        .expect("built-in regex")
});

/// Does `one` correct a statement about a named item?
fn corrects_item(one: &str) -> bool {
    ITEM_CORRECTION.is_match(&LINK_MISTYPED.replace_all(one, " "))
}

/// Does `one` say that something said before was wrong?
fn is_correction(one: &str) -> bool {
    CORRECTION.is_match(&LINK_MISTYPED.replace_all(one, " "))
}

static CORRECTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)(?:^|[^\w\s]\s*)correction(?:\s+(?:after|following|on)\s+[^:：.()]{0,40}?|,\s+(?:added|made|written|sent)\s+[^:：.]{0,80}?)?\s*[:：—–-]|\bcorrection\s+to\s+(?:our|my|the|this)\b|\b(?:one|a|an)\s+(?:change|amendment)\s+to\s+(?:the|our|my)\s+(?:list|table|statuses|results?|reply|message|e-?mail|answer)\s+(?:above|below)\b|\b(?:one|a|an)\s+(?:change|amendment|update)\s+(?:for|to|on|in|regarding|concerning)\s+(?:the\s+)?(?:first|second|third|fourth|fifth|last|latter|former|\d{1,2}(?:st|nd|rd|th))\s+(?:one\b|of\s+(?:these|those|them|the\s+(?:above|two|three|four|five))\b|(?:post|item|link|url|entry|row|line|video|tweet|account|channel|file|page)s?\b)|\b(?:we|i)\s+(?:have\s+)?corrected\b|\bafter\s+all\b|\b(?:is|was|were|are)\s+(?:wrong|incorrect|a\s+mistake|an\s+error|mistaken)\b|\b(?:is|was|were|are)\s+(?:not\s+accurate|inaccurate|no\s+longer\s+(?:accurate|correct))\b|\b(?:status|label|result|entry|record|information|marking)\b[^.;]{0,60}?\b(?:is|was|were|are)\s+not\s+correct\b|\b(?:in\s+error|by\s+mistake|mistakenly|erroneously|wrongly)\b|\b(?:has|have|is|are|was|were)\s+(?:now\s+)?(?:been\s+)?superseded\b|\b(?:action|status|result|outcome|decision|entry)\s+(?:shown|listed|given|stated)\s+(?:for|in|on)\s+[^.;:]{0,40}?\breflects?\s+(?:our|the)\s+(?:decision|assessment|action|status|position)\s+(?:of|on|as\s+of|from)\b|\b(?:disregard|ignore)\s+(?:the|my|our)\s+(?:status(?:es)?|lines?|entry|entries|results?|outcomes?|information|answers?|updates?|statements?)\s+(?:(?:shown|given|stated|written|listed|sent)\s+)?(?:above|earlier|before|below)\b|정정(?:합니다|드립니다|하여|해\s*드립니다|사항|\s*안내|\s*[:：])|번복|잘못\s*(?:기재|표기|안내|입력|전달)|바로잡(?:습니다|아|았|겠)|(?:으로|로)\s*(?:표시|표기|기재)(?:되나|되어\s*있으나|되었으나|되지만|되어\s*있지만)[^.。]{0,80}?실제(?:로는|로|는)|\b(?:is|was|are|were)\s+(?:shown|marked|listed|displayed)\s+as\b[^.;]{0,60}?\bbut\s+(?:actually|in\s+fact|in\s+reality)\b"))
        .expect("built-in regex")
});

static ABOUT_OTHERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)\b(?:other|others|rest|remaining|remainder)\b|나머지|그\s*외|다른",
    ))
    .expect("built-in regex")
});

/// Still up ("is still visible", "remains online", "아직 게시되어 있").
static STILL_UP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\bstill\s+(?:visible|online|available|accessible|up|live|viewable|public)\b|\b(?:remains?|stays?)\s+(?:visible|online|available|accessible|up|live|public)\b|아직\s*(?:게시|노출|접속)"))
        .expect("built-in regex")
});

/// …but only somewhere, or the rest ("still visible outside Korea").
static STILL_UP_SCOPED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:outside|elsewhere|abroad|other\s+countr\w*|other\s+regions?|except|only\s+(?:to|for|in)|signed[- ]in|logged[- ]in|adults?|18|19)\b|해외|국외|성인"))
        .expect("built-in regex")
});

/// "Update:", "업데이트:": news, which revises what came before it only
/// when it names no item.
static UPDATE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)^\W*(?:update|업데이트)\s*(?:\([^()]{0,40}\)\s*)?[:：—–-]",
    ))
    .expect("built-in regex")
});

/// "■ 처리 결과 (1)", "[처리 결과]": the head of a record's outcome, on
/// its own line, the outcome below it.
static RESULT_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:[■□◆◇●○▶►※]\s*)?(?:[\[【〔]\s*)?(?:처리|조치|검토)\s*결과\s*(?:\(\s*\d{1,3}\s*\)|\d{1,3})?\s*(?:[\]】〕])?\s*[:：]?\s*$")
        .expect("built-in regex")
});

/// "[처리 결과 요약] 삭제 완료", "Summary: removed": the outcome in brief.
static RESULT_SUMMARY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:[\[【〔]\s*(?:(?:처리|조치)\s*)?결과(?:\s*요약)?\s*[\]】〕]|(?:(?:처리|조치)\s*)?결과\s*요약\s*[:：]|(?:outcome\s+)?summary\s*[:：])")
        .expect("built-in regex")
});

/// The URLs of the table rows a note names by their cell ("No action: we
/// found no violation …" for the rows whose action cell is "No action").
fn rows_labelled(
    note: &str,
    lines: &[String],
    item_urls: &impl Fn(&str) -> Vec<String>,
) -> Option<Vec<String>> {
    let (label, rest) = note.split_once([':', '：'])?;
    let label = label.trim().to_lowercase();
    if label.is_empty() || label.split_whitespace().count() > 3 || rest.trim().is_empty() {
        return None;
    }
    let rows: Vec<String> = lines
        .iter()
        .filter(|l| !is_quoted(l) && l.contains(" | "))
        .filter(|l| l.split(" | ").any(|c| c.trim().to_lowercase() == label))
        .flat_map(|l| item_urls(l))
        .collect();
    (!rows.is_empty()).then_some(rows)
}

/// Words that only take a statement back ("marked Removed above in
/// error"), without saying what the item is instead.
static IN_ERROR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:in\s+error|by\s+mistake|mistakenly|erroneously|wrongly|incorrectly)\b|\b(?:is|was|were|are)\s+(?:wrong|incorrect|mistaken|inaccurate|not\s+accurate|not\s+correct|(?:now\s+)?out\s+of\s+date|(?:now\s+)?outdated|no\s+longer\s+(?:accurate|correct|current))\b|잘못"))
        .expect("built-in regex")
});

/// What a correction that names its one item says that item is now, read
/// from the correction's own paragraph ("Correction to the line above: URL
/// was not blocked globally. It has been made unavailable to users in South
/// Korea only", "[정정 안내] 위 안내 중 URL 게시물은 블라인드가 아닌 30일
/// 임시조치로\n처리되었습니다"): Some(what its paragraph states plainly, if
/// anything). None when it only takes a statement back ("… is marked
/// Blocked above in error"): then every statement about the item stays in
/// doubt.
pub(crate) fn restated_by_correction(
    lines: &[String],
    r: &Revision,
    extra: &[(Status, String)],
) -> Option<Option<Status>> {
    if r.status.is_some() || r.url.is_none() {
        return None;
    }
    // "… should read “Withheld (KR)”, not “Removed”": what it should read.
    // (Or "처리 결과를 '임시조치'로 정정합니다", "corrected to “Withheld”".)
    if let Some(c) = SHOULD_READ.captures(&r.sentence) {
        let what = c
            .get(1)
            .or(c.get(2))
            .or(c.get(3))
            .map_or("", |m| m.as_str());
        return match said(what, extra) {
            Said::Stated(st) => Some(Some(st)),
            _ => None,
        };
    }
    if let Some(m) = IN_ERROR.find(&r.sentence) {
        // "… 임시조치하였다고 안내드렸으나, 이는 잘못 안내된 것으로, 해당
        // 게시물은 … 삭제 처리되었음을 정정하여 알려드립니다": the clause after
        // the admitted error, set off from it, states what is true now. Not
        // a measure undone ("removed in error, and has been restored"), nor
        // an error that runs straight into what was wrong ("wrongly marked
        // as removed").
        let rest = &r.sentence[m.end()..];
        let after = rest.find([',', ';', ':', '—', '–']).map(|b| &rest[b..]);
        return match after {
            Some(a) if !REVERSAL.is_match(&r.sentence) && !leaves_open(a) => match said(a, extra) {
                Said::Stated(st) => Some(Some(st)),
                _ => None,
            },
            // The error ends its sentence: the sentence after it, or a
            // labelled correction before it, says what is true.
            None if !REVERSAL.is_match(&r.sentence) => next_sentence_restates(lines, r, extra)
                .or_else(|| labelled_sentence_before_restates(lines, r, extra)),
            _ => None,
        };
    }
    let (own_len, text) = correction_paragraph(lines, r);
    // "Correction: the table above was exported before the final decision
    // on the second post. URL2 was not removed globally; it has been
    // withheld in South Korea only. The first post was removed as shown.":
    // the sentence after it that names the item again is what it says of
    // it (the rest is about others).
    if let (Some(own_len), Some(url)) = (own_len, r.url.as_deref())
        && let next = text.get(own_len..).unwrap_or("").trim_start()
        && let Some((a, b)) = sentences(next).into_iter().next()
        && let found = urls::find_urls(&next[a..b])
        && found.len() == 1
        && found[0].raw == url
    {
        let one = &next[a..b];
        return Some(match said(&without_urls(one, &found), extra) {
            Said::Stated(st) if !leaves_open(one) => Some(st),
            _ => None,
        });
    }
    // "Correction to the above: our moderators could not find a message
    // with the id 4415 in that channel, so only URL was blocked": what the
    // item's own clause says, not what the sentence says first of another.
    if let Some(st) = own_clause_status(&r.sentence, extra).filter(|_| {
        urls::find_urls(&r.sentence)
            .iter()
            .all(|f| Some(f.raw.as_str()) == r.url.as_deref())
    }) {
        return Some(Some(st));
    }
    Some(match said(&text, extra) {
        Said::Stated(st) => Some(st),
        // "… 은 확인 결과 작성자 삭제가 아니라 운영자 삭제 처리된 글이었습니다.
        // 정정하여 안내드립니다.": a correction announced after what it
        // corrects to, in the sentence before it, about this item alone.
        _ if ANNOUNCED_ONLY.is_match(&r.sentence) => {
            let before = paragraph_before(lines, r);
            let found = urls::find_urls(&before);
            match said(&without_urls(&before, &found), extra) {
                Said::Stated(st)
                    if found
                        .iter()
                        .all(|f| Some(f.raw.as_str()) == r.url.as_deref())
                        && !leaves_open(&before) =>
                {
                    Some(st)
                }
                _ => None,
            }
        }
        _ => None,
    })
}

/// "Correction to the table above: the second row is wrong. We did not
/// withhold URL; … it had already been deleted by the account holder.": the
/// error ends its sentence, and the next one, about that item by its URL,
/// says what is true.
fn next_sentence_restates(
    lines: &[String],
    r: &Revision,
    extra: &[(Status, String)],
) -> Option<Option<Status>> {
    let url = r.url.as_deref()?;
    let (own_len, text) = correction_paragraph(lines, r);
    let next = text.get(own_len?..).unwrap_or("").trim_start();
    let (a, b) = sentences(next).into_iter().next()?;
    let one = &next[a..b];
    let found = urls::find_urls(one);
    // (Or names it by a word for it, the paragraph's only URL
    // being that item: "That message said that URL had been
    // withheld in Korea. This was a mistake on our side. A second
    // reviewer found that the post breaks our rules …, and it has
    // been removed from X worldwide.")
    // (Not after a correction that names its item by URL or
    // place, "row 2 (URL) is marked Blocked above in error":
    // that sentence is all it says of which item is wrong.)
    // (After a place, only a restatement that names the wrong
    // status it replaces: "해당 블로그 게시물은 게시중단이 아니라
    // 임시조치되었습니다", "it was not removed but withheld".)
    // (Unless that sentence opens on the item it named: "※ 정정: 위 표 4번
    // 게시물(URL)의 처리 결과가 '게시중단'으로 잘못 기재되었습니다. 해당
    // 게시물은 … 게시를 유지하고 있습니다.")
    let leads_with_it = ABOUT_IT.find(one).is_some_and(|m| {
        one[..m.start()]
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .is_empty()
    });
    let names_it_alone = {
        let named = urls::find_urls(&r.sentence);
        !named.is_empty() && named.iter().all(|f| f.raw == url)
    };
    // (The sentence right after one that names it alone: other URLs of the
    // paragraph, a table's rows above it, are no matter.)
    let by_word = found.is_empty()
        && ((urls::find_urls(&r.sentence).is_empty()
            && (!names_place(&r.sentence) || NOT_BUT.is_match(one))
            && urls::find_urls(&text).iter().all(|f| f.raw == url))
            || (names_it_alone && leads_with_it))
        && ABOUT_IT.is_match(one)
        && !ABOUT_OTHERS.is_match(one);
    if !by_word && (!found.iter().any(|f| f.raw == url) || found.len() != 1) {
        return None;
    }
    // (A negation alone, its reason in the sentence after: "That post has
    // not been removed. Our moderators reviewed it again and found that it
    // does not break our Terms of Service, so it will remain available."
    // The two are read as one when the second is about it too.)
    restates(one, &found, extra).or_else(|| {
        let (a2, b2) = sentences(next).into_iter().nth(1)?;
        let second = &next[a2..b2];
        (by_word
            && NEGATED_ALONE.is_match(one)
            && urls::find_urls(second).is_empty()
            && ABOUT_IT.is_match(second)
            && !ABOUT_OTHERS.is_match(second))
        .then(|| restates(&next[a..b2], &found, extra))
        .flatten()
    })
}

/// A status negated with nothing after it ("That post has not been
/// removed.").
static NEGATED_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:has|have|was|were|is|are)\s*(?:not|n't)\s+(?:been\s+)?(?:removed|deleted|taken\s+down|blocked|restricted|withheld)\s*[.!]?\s*$")
        .expect("built-in regex")
});

/// What a sentence of a correction states firmly of its item, if anything.
fn restates(one: &str, found: &[FoundUrl], extra: &[(Status, String)]) -> Option<Option<Status>> {
    match said(&without_urls(one, found), extra) {
        Said::Stated(st) if !leaves_open(one) => Some(Some(st)),
        _ => None,
    }
}

/// "Correction to row 2: URL was withheld in South Korea only. It was not
/// removed globally; the table above is wrong on this point.": the error
/// ends its sentence, and the labelled correction just before it on its
/// line, about that item alone, says what is true.
// (Only after a correction's label: "URL was removed. That was a mistake."
// takes back the sentence before it.)
fn labelled_sentence_before_restates(
    lines: &[String],
    r: &Revision,
    extra: &[(Status, String)],
) -> Option<Option<Status>> {
    let url = r.url.as_deref()?;
    let flat = lines
        .get(r.line)?
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let own = r.sentence.split_whitespace().collect::<Vec<_>>().join(" ");
    let head = &flat[..flat.find(&own)?];
    let (a, b) = sentences(head)
        .into_iter()
        .rfind(|&(a, b)| !head[a..b].trim().is_empty())?;
    let one = head[a..b].trim();
    let found = urls::find_urls(one);
    if !(CORRECTION_LABEL.is_match(one) || ROW_CORRECTION_LABEL.is_match(one))
        || found.len() != 1
        || found[0].raw != url
        || IN_ERROR.is_match(one)
    {
        return None;
    }
    restates(one, &found, extra)
}

/// "Correction to row 2:", "Correction for item 3 —".
static ROW_CORRECTION_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:correction|erratum)\s+(?:to|of|for|on)\s+(?:row|line|item|entry|no\.?)\s*#?\d+\s*[:：—–-]")
        .expect("built-in regex")
});

/// A correction that only announces itself: "정정하여 안내드립니다.",
/// "We are correcting our earlier reply."
static ANNOUNCED_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)^\W*(?:(?:이상과|위와)\s*같이\s*)?정정(?:하여|해)\s*(?:안내|알려)\s*(?:드립니다|드려요|드리오니)[^.。]{0,30}[.。]?\s*$|^\W*(?:we\s+are|we're|we\s+have\s+been|this\s+is)\s+correct(?:ing|ed)\s+(?:our|my|the)\s+(?:earlier|previous|last)\s+(?:reply|answer|email|message|response)\W*$"))
        .expect("built-in regex")
});

/// The sentence right before a correction in its paragraph, whitespace
/// made single (empty when the correction opens its paragraph).
fn paragraph_before(lines: &[String], r: &Revision) -> String {
    let (whole, at) = flat_paragraph(lines, r);
    let Some(at) = at else {
        return String::new();
    };
    let head = &whole[..at];
    sentences(head)
        .into_iter()
        .map(|(a, b)| head[a..b].trim())
        .rfind(|t| !t.is_empty())
        .unwrap_or("")
        .to_string()
}

/// The paragraph of a correction, from the correction's own sentence on
/// (what the paragraph said before it is what it corrects: "Messages URL1
/// and URL2 were removed.\nUpdate: … URL2 was not removed by us. The
/// channel owner had already deleted …"), whitespace made single; with the
/// length of that sentence at its start, or None (and the whole paragraph)
/// when the sentence was not found in it.
fn correction_paragraph(lines: &[String], r: &Revision) -> (Option<usize>, String) {
    let own_len = r
        .sentence
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .len();
    match flat_paragraph(lines, r) {
        (flat, Some(at)) => (Some(own_len), flat[at..].to_string()),
        (flat, None) => (None, flat),
    }
}

/// The paragraph of a revision's line, whitespace made single, and where
/// the revision's sentence starts in it (when it was found).
fn flat_paragraph(lines: &[String], r: &Revision) -> (String, Option<usize>) {
    let start = lines[..=r.line.min(lines.len().saturating_sub(1))]
        .iter()
        .rposition(|l| l.trim().is_empty() || is_quoted(l))
        .map_or(0, |b| b + 1);
    let end = lines[r.line..]
        .iter()
        .position(|l| l.trim().is_empty() || is_quoted(l))
        .map_or(lines.len(), |n| r.line + n);
    let text = lines[start..end]
        .iter()
        .map(|l| l.trim())
        .collect::<Vec<_>>()
        .join(" ");
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let own = r.sentence.split_whitespace().collect::<Vec<_>>().join(" ");
    match flat.find(&own) {
        Some(at) => (flat, Some(at)),
        None => (text, None),
    }
}

/// "Correction:", "Correction to the line above", "정정:".
// (Also with its date after a comma: "Correction, 17 Sep: …".)
static CORRECTION_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)^\W*(?:correction|erratum|update|정정(?:\s*안내)?|업데이트)\s*(?:\([^()]{0,40}\)\s*|(?:after|following|on)\s+[^:：.()]{0,40}?|,\s*[^:：.(),]{1,30}?)?(?:[:：—–-]|to\s+(?:our|my|the|this)\b)|^\s*[\[【〔]\s*(?:correction|erratum|정정(?:\s*안내)?)\s*[\]】〕]"))
        .expect("built-in regex")
});

/// Words that undo a measure ("has been lifted", "reinstated", "복구되었습니다").
static REVERSAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:has|have|had)\s+been\s+(?:lifted|reversed|overturned|reinstated|restored|undone)\b|\b(?:was|were)\s+(?:lifted|reversed|overturned|reinstated|restored|undone)\b|\bwe\s+(?:have\s+)?(?:lifted|reversed|overturned|reinstated|restored|undid)\b|(?:복구|복원|해제)(?:되었|되어|됐|했|하였|됨)"))
        .expect("built-in regex")
});

/// A condition or an invitation ("If you believe we made this decision in
/// error, …"), not a correction made.
/// Does `one` leave what it says open (a condition, a belief, how to
/// appeal)? ("게시자의 이의제기가 없었고": no appeal came, which is a
/// fact, not a way to appeal.)
pub(crate) fn leaves_open(one: &str) -> bool {
    static NO_APPEAL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"이의\s*(?:제기|신청)?\s*(?:가|는|도)?\s*없(?:었|어|으|이|음|는)")
            .expect("built-in regex")
    });
    REVISION_NOT.is_match(&NO_APPEAL.replace_all(one, " "))
}

static REVISION_NOT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:if|unless|may|might|could|can|would|should|whether|believe|think|feel|appeal\s+(?:this|the|our))\b|경우|라면|다면|요청하실|이의"))
        .expect("built-in regex")
});

/// Does the record that starts at line `i` (its labelled fields, up to a
/// blank line, a quoted line or the next URL) have a scope field that limits
/// it to a country ("Territorial scope: Republic of Korea only", "적용 범위:
/// 대한민국")? A worldwide scope does not.
/// Whether the paragraph at `k` (a decision field, "Outcome: We removed this
/// post …") is the outcome of the one record right above it, set off by a
/// blank line: that record has one URL and no decision of its own (see the
/// record rule in `read`).
fn outcome_of_record_above(lines: &[String], k: usize) -> bool {
    let has_url = |l: &str| urls::find_urls(l).iter().any(|f| !is_policy_link(&f.raw));
    if k < 2
        || !lines[k - 1].trim().is_empty()
        || !lines
            .get(k)
            .is_some_and(|l| DECISION_FIELD.is_match(l) || RESULT_HEAD.is_match(l))
        || lines[k..]
            .iter()
            .take_while(|l| !l.trim().is_empty())
            .any(|l| has_url(l))
    {
        return false;
    }
    let start = lines[..k - 1]
        .iter()
        .rposition(|l| l.trim().is_empty())
        .map_or(0, |b| b + 1);
    let record = &lines[start..k - 1];
    let url_lines: Vec<&String> = record.iter().filter(|l| has_url(l)).collect();
    // One URL, in a labelled field ("Post: URL", "신고 URL : URL"), not a
    // table's row; no decision of the record's own; and no other URL since
    // the decision field before it.
    let [url_line] = url_lines.as_slice() else {
        return false;
    };
    let labelled = field_line(url_line, &urls::find_urls(url_line)) && !url_line.contains(" | ");
    // ("[처리 결과 1]" alone on its line heads a decision too.)
    let decides = |l: &String| DECISION_FIELD.is_match(l) || RESULT_HEAD.is_match(l);
    let before = lines[..start]
        .iter()
        .rposition(decides)
        .map_or(0, |d| d + 1);
    labelled && !record.iter().any(decides) && !lines[before..start].iter().any(|l| has_url(l))
}

fn record_scoped_to_a_country<'a>(
    lines: &[String],
    i: usize,
    urls_of: &impl Fn(usize) -> &'a [FoundUrl],
) -> bool {
    let mut j = i + 1;
    while j < lines.len() && j <= i + MAX_RECORD {
        let l = &lines[j];
        if l.trim().is_empty() || is_quoted(l) || !urls_of(j).is_empty() {
            break;
        }
        if let Some(c) = SCOPE_FIELD.captures(l) {
            let value = c.get(1).map_or("", |m| m.as_str());
            return COUNTRY_NAMED.is_match(value) && !WORLDWIDE.is_match(value);
        }
        j += 1;
    }
    false
}

static SCOPE_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&crate::extract::ascii_b(r"(?i)^\s*(?:[-*•]\s*)?(?:(?:territorial|geographic(?:al)?|country|regional)\s+)?(?:scope|coverage)(?:\s+of\s+(?:the\s+)?(?:restriction|measure|decision))?\s*[:：]\s*(.+)$|^\s*(?:[-*•]\s*)?(?:적용|차단|조치)\s*(?:범위|지역|국가)\s*[:：]\s*(.+)$"))
        .expect("built-in regex")
});

static COUNTRY_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&crate::extract::ascii_b(r"(?i)\b(?:south\s+korea|(?:the\s+)?republic\s+of\s+korea|korea|kr|rok)\b|\b(?:your|this|the\s+requesting)\s+(?:country|jurisdiction)\b|한국|국내|대한민국"))
        .expect("built-in regex")
});

static WORLDWIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&crate::extract::ascii_b(r"(?i)\b(?:worldwide|world-wide|global(?:ly)?|all\s+(?:countries|regions|territories|users)|everywhere)\b|전\s*세계|전세계|글로벌|전\s*지역"))
        .expect("built-in regex")
});

/// A URL line that is only a short label and the URL ("Instagram post:
/// URL", "Facebook post: URL", "- 채널 URL"): an entry, not prose.
fn labelled_entry(line: &str, found: &[FoundUrl]) -> bool {
    let (Some(first), Some(last)) = (found.first(), found.last()) else {
        return false;
    };
    let before = line[..first.start].trim();
    let after = line[last.end..].trim();
    let words = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
        .count();
    words <= 3
        && (before.is_empty() || before.ends_with([':', '：', '-', '–', '—']) || words <= 2)
        && after.chars().all(|c| !c.is_alphanumeric())
}

/// The lines indented under a list entry at `i` (deeper than the entry's own
/// indentation, no URL, not an entry themselves, up to a blank line).
/// The start of line `k + 1` up to the end of the sentence that line `k`
/// leaves open, when that line goes on to a URL of its own after it: the
/// rest of line `k`'s sentence, without the next one.
fn sentence_end_before_url<'a>(
    lines: &[String],
    k: usize,
    urls_of: &impl Fn(usize) -> &'a [FoundUrl],
) -> Option<String> {
    let t = lines[k].trim_end();
    if t.is_empty() || t.ends_with(['.', '!', '?', '。', ':', '：', ')', ';']) || t.ends_with('다')
    {
        return None;
    }
    let next = lines.get(k + 1)?;
    let first = urls_of(k + 1).first()?;
    // (Read without its URLs: "https:" names no field.)
    let words = without_urls(next, urls_of(k + 1));
    if is_quoted(next) || is_list_item(next) || FIELD.is_match(&words) || ABOVE.is_match(next) {
        return None;
    }
    let head = &next[..first.start];
    // (In lower case, or Korean, which has none: "…확인되어\n삭제되었습니다.
    // 또한 영상 URL2 도".)
    if !head
        .trim_start()
        .starts_with(|c: char| c.is_lowercase() || ('가'..='힣').contains(&c))
    {
        return None;
    }
    let end = head.rfind(". ").or_else(|| head.rfind("。"))?;
    let tail = head[..end + head[end..].chars().next().map_or(1, char::len_utf8)].trim();
    Some(tail.to_string())
}

/// "… not found to violate the X Rules", "does not go against our
/// Community Guidelines": a finding under the platform's own rules.
static RULES_FINDING_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:not|n't)\s+(?:been\s+)?(?:found\s+to\s+)?(?:violate|break|breach|go\s+against|contravene)\b[^.;!?]{0,40}\b(?:rules|guidelines|standards|polic(?:y|ies)|terms)\b"))
        .expect("built-in regex")
});

/// Words that keep the content up or refuse any action.
static KEPT_UP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\bno\s+(?:further\s+)?action\b|\b(?:remains?|stays?|keep|kept|leave|left|continues?\s+to\s+be)\b[^.;!?]{0,30}\b(?:up|available|online|visible|accessible)\b|\bnot\s+(?:be\s+)?(?:removed|restricted|withheld|blocked|actioned)\b"))
        .expect("built-in regex")
});

/// Does the email (outside quotes) restrict an item under local law or in a
/// country: a line that states a restriction?
fn restricted_by_law(lines: &[String], extra: &[(Status, String)]) -> bool {
    lines.iter().any(|l| {
        !is_quoted(l)
            && sentences(l)
                .iter()
                .any(|&(a, b)| said(&l[a..b], extra) == Said::Stated(Status::Restricted))
    })
}

/// "both", "all three", "the two links": how many items a sentence is about.
static COUNTED_THEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)\bboth\b|\ball\s+(?P<n>two|three|four|five|six|\d+)\b",
    ))
    .expect("built-in regex")
});

/// Does a field of the same record, from line `from` up to a blank line, a
/// quoted line or the next URL, plainly state another outcome than the
/// decision field's ("■ 처리 결과 : 삭제" over "■ 상세 내용 : … 게시를
/// 유지합니다")? Then the record contradicts itself and neither is its word.
/// A later stage of a record's history, on a line of its own below the
/// first outcome ("Escalation review (15 Sep): removed …", "Appeal: …",
/// "재검토 결과: …"): its status when it differs from `decided`, with the
/// last line it takes.
fn later_stage_below<'a>(
    lines: &[String],
    from: usize,
    decided: Status,
    urls_of: &impl Fn(usize) -> &'a [FoundUrl],
    extra: &[(Status, String)],
) -> Option<(Status, usize)> {
    let mut found = None;
    for k in (from..lines.len().min(from + MAX_RECORD)).take_while(|&k| {
        !lines[k].trim().is_empty() && !is_quoted(&lines[k]) && urls_of(k).is_empty()
    }) {
        let l = lines[k].trim();
        if LATER_STAGE.is_match(l)
            && let Said::Stated(st) = said(l, extra)
        {
            found = Some((st, k));
        }
    }
    found.filter(|(st, _)| *st != decided)
}

/// The label of a later stage of a decision: an escalation, an appeal, a
/// second review, a final decision.
static LATER_STAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)^\W*(?:(?:escalation|appeal|re-?review|re-?assessment|reconsideration|second\s+(?:review|look|check|assessment)|final\s+(?:review|decision|outcome|result))\b|재검토|재심사|이의\s*(?:신청|제기)|최종\s*(?:결과|판단|조치|결정))"))
        .expect("built-in regex")
});

fn later_field_contradicts<'a>(
    lines: &[String],
    from: usize,
    decided: Status,
    urls_of: &impl Fn(usize) -> &'a [FoundUrl],
    extra: &[(Status, String)],
) -> bool {
    // Each field with the lines its value runs on to.
    // (A blank line before a field of the same record does not end it:
    // "Outcome: Removed\n\nDetails: … this video remains available". A
    // legend after it does: "Blocked: the content is unavailable in all
    // Telegram apps." defines a status word; its key alone says a status.)
    let mut fields: Vec<String> = Vec::new();
    for k in (from..lines.len().min(from + MAX_RECORD)).take_while(|&k| {
        let n = &lines[k];
        let field_below = || {
            lines.get(k + 1).is_some_and(|b| {
                let key = b.trim().split([':', '：']).next().unwrap_or_default();
                FIELD.is_match(b.trim())
                    && !is_quoted(b)
                    && urls_of(k + 1).is_empty()
                    && !matches!(said(key, extra), Said::Stated(_))
            })
        };
        (!n.trim().is_empty() || field_below()) && !is_quoted(n) && urls_of(k).is_empty()
    }) {
        let l = lines[k].trim();
        if l.is_empty() {
            continue;
        }
        match fields.last_mut() {
            Some(f) if !FIELD.is_match(l) => {
                f.push(' ');
                f.push_str(l);
            }
            _ if FIELD.is_match(l) => fields.push(l.to_string()),
            _ => {}
        }
    }
    fields.iter().any(|field| {
        // ("Facts and circumstances: the video does not violate our
        // Community Guidelines; access was disabled in the Republic of
        // Korea …": why it was withheld rather than removed.)
        let why_withheld = RULES_FINDING_ONLY.is_match(field)
            && !KEPT_UP.is_match(field)
            && (decided == Status::Restricted
                || field
                    .split([';', '.'])
                    .any(|p| said(p, extra) == Said::Stated(Status::Restricted)));
        // (Under a restriction, a refusal is only a second outcome when it
        // keeps the content up where the restriction applies: "Ground: …
        // illegal under the law of the Republic of Korea; it is not illegal
        // in the EU Member States" is its scope.)
        let scope_of_restriction = decided == Status::Restricted
            && (!KEPT_UP.is_match(field) || STILL_UP_SCOPED.is_match(field));
        !why_withheld
            && match said(field, extra) {
                Said::Stated(Status::Rejected) if scope_of_restriction => false,
                Said::Stated(x) => x != decided,
                _ => false,
            }
    })
}

fn hanging_lines<'a>(
    lines: &[String],
    i: usize,
    urls_of: &impl Fn(usize) -> &'a [FoundUrl],
) -> Vec<usize> {
    let line = &lines[i];
    if !is_list_item(line) {
        return Vec::new();
    }
    let indent = |l: &str| l.len() - l.trim_start().len();
    let own = indent(line);
    // An entry that names several URLs, one per line, over one status line
    // ("1) 다음카페 게시물 <URL1>\n   다음카페 게시물 <URL2>\n   : … 임시조치
    // 하였습니다."): when the entry's own line says nothing, the URL lines
    // indented under it are passed over to reach that status.
    let own_says_nothing = said(&without_urls(line, urls_of(i)), &[]) == Said::Nothing;
    let mut out = Vec::new();
    let mut j = i + 1;
    while j < lines.len() && out.len() < 4 {
        let l = &lines[j];
        if own_says_nothing
            && out.is_empty()
            && indent(l) > own
            && !is_list_item(l)
            && !is_quoted(l)
            && !urls_of(j).is_empty()
            && said(&without_urls(l, urls_of(j)), &[]) == Said::Nothing
        {
            j += 1;
            continue;
        }
        // (A sub-bullet indented under the entry, without a URL of its own,
        // is the entry's: "가. URL\n      - 다음 카페 게시물 / 임시조치(30일)
        // 적용". Read alone it would head the next entry.)
        if l.trim().is_empty()
            || is_quoted(l)
            || indent(l) <= own
            || (is_list_item(l) && indent(l) < own + 2)
            || !urls_of(j).iter().all(|f| is_policy_link(&f.raw))
        {
            break;
        }
        out.push(j);
        j += 1;
    }
    out
}

/// The lines after `k` that finish the sentence line `k` leaves open (it ends
/// without a full stop): no URL, not an entry or field, up to a blank line
/// and at most three lines.
fn sentence_rest<'a>(
    lines: &[String],
    k: usize,
    urls_of: &impl Fn(usize) -> &'a [FoundUrl],
) -> Vec<usize> {
    // A field other than a decision ("Date reported: 2024-09-10") is whole
    // (read without its URLs: "https:" names no field).
    let ends = |j: usize| {
        let l = lines[j].as_str();
        let t = l.trim_end();
        let words = without_urls(l, urls_of(j));
        // (A bracket ends it unless the next line goes on in lower case:
        // "We could not take action on u/x (URL)\nbecause that account had
        // already been deleted by its owner.")
        let runs_on = lines
            .get(j + 1)
            .is_some_and(|n| n.trim_start().starts_with(|c: char| c.is_ascii_lowercase()));
        t.is_empty()
            || t.ends_with(['.', '!', '?', '。', ':', '：'])
            || (t.ends_with(')') && !runs_on)
            || t.ends_with("다")
            // (Not a label of prose that runs on in lower case: "To clarify
            // our earlier message: URL has not been removed; it has
            // been\nwithheld in Korea only …".)
            || (FIELD.is_match(&words) && !DECISION_FIELD.is_match(&words) && !runs_on)
    };
    let mut out = Vec::new();
    let mut last = k;
    while !ends(last) && out.len() < 3 {
        let j = last + 1;
        let Some(l) = lines.get(j) else { break };
        if l.trim().is_empty()
            || is_quoted(l)
            || !urls_of(j).is_empty()
            || is_list_item(l)
            // (A line that goes on in lower case is the sentence's rest,
            // whatever colon it holds: "because that message no\nlonger
            // exists: the channel owner deleted it …".)
            || (FIELD.is_match(l) && !l.trim_start().starts_with(|c: char| c.is_ascii_lowercase()))
            // "위 영상은 …", "The posts above …": a statement of its own about
            // the entries above, never the rest of a field's value.
            || ABOVE.is_match(l)
            // "[방송국 게시글]", "■ 처리 결과": the heading of the next section.
            || SECTION_HEADING.is_match(l)
        {
            break;
        }
        out.push(j);
        last = j;
    }
    out
}

/// A line that holds two sentences each naming URLs ("…/72. The message
/// …/73 could not be found") is read as one line per sentence: a status
/// stated in one sentence belongs to that sentence's URLs, never to a URL
/// of the sentence before it that merely ends on this line. Text between
/// them stays with the earlier sentence; quoted lines are left alone.
fn split_url_sentences(lines: &[String]) -> Vec<String> {
    // "we have withheld URL1 in the Republic of Korea and removed\nURL2
    // globally …": the second act, wrapped before its URL, goes down with it
    // ("and removed URL2 …" opens a joined act, `JOINED_ACT_START`), so that
    // the line above keeps only its own act.
    let moved;
    let lines = if lines.iter().any(|l| ACT_BEFORE_WRAP.is_match(l)) {
        let mut m = lines.to_vec();
        for k in 1..m.len() {
            let (above, here) = (&m[k - 1], &m[k]);
            if is_quoted(above) || is_quoted(here) || urls::find_urls(above).is_empty() {
                continue;
            }
            let leads = urls::find_urls(here)
                .first()
                .is_some_and(|f| here[..f.start].trim().is_empty());
            let Some(c) = ACT_BEFORE_WRAP.captures(above).filter(|_| leads) else {
                continue;
            };
            let (Some(keep), Some(act)) = (c.get(1), c.get(2)) else {
                continue;
            };
            let (keep, act) = (keep.as_str().to_string(), act.as_str().to_string());
            m[k] = format!("{act} {}", here.trim_start());
            m[k - 1] = keep;
        }
        moved = m;
        moved.as_slice()
    } else {
        lines
    };
    let mut out = Vec::with_capacity(lines.len());
    for (k, line) in lines.iter().enumerate() {
        // The sentence of the line's last clause may end on the lines below
        // ("…, whereas URL3 remains\navailable because it does not violate
        // …"): read with them.
        let tail: String = lines[k + 1..]
            .iter()
            .take(2)
            .take_while(|l| !l.trim().is_empty() && !is_quoted(l) && urls::find_urls(l).is_empty())
            .map(|l| l.trim())
            .collect::<Vec<_>>()
            .join(" ");
        let found = if is_quoted(line) {
            Vec::new()
        } else {
            urls::find_urls(line)
        };
        let mut cuts = Vec::new();
        let mut comma_cuts = Vec::new();
        if found.len() >= 2 {
            let mut seen = false;
            for (s, e) in sentences_with(line, &[]) {
                if found.iter().any(|f| f.start >= s && f.start < e) {
                    if seen {
                        cuts.push(s);
                    }
                    seen = true;
                }
            }
            // "URL1 has been removed, and URL2 has been restricted in South
            // Korea": a clause per URL when each states its own status.
            // (Each as: where the connective is, where the clause before it
            // ends, where the next one begins, and whether the next may end
            // on the lines below.)
            let joins = CLAUSE_JOIN.find_iter(line).map(|m| {
                // (With its connective: "… 처리하였고" says what "… 처리하" does not;
                // and "1번, 2번, 5번은 지웠고 …": the verb's stem is no word
                // alone.)
                let comma = m.as_str().find([',', ';', '，']);
                let upto = match comma {
                    Some(c) => c,
                    None if !m.as_str().is_ascii() => m.as_str().trim_end().len(),
                    None => 0,
                };
                (m, m.start() + upto, m.end(), true)
            });
            // "we removed URL1 and URL2 for …, blocked URL3 in South Korea
            // …, and did not take action on URL4, since …": one subject, a
            // clause per act, each act with its own URLs.
            let acts = VERB_CLAUSE
                .find_iter(line)
                .map(|m| (m, m.start(), m.start() + 1, false));
            // "URL3 has been withheld in South Korea under local law and
            // URL4 remains\navailable because …": a bare "and" right before
            // a URL that starts a clause of its own (both sides must state
            // something, as for the joins above).
            // (The clause after it must say something by itself, up to its
            // own comma: in "we blocked URL1 and URL2 for breaching our
            // Terms, whereas URL3 could not be found" URL2's part says
            // nothing, and the act before it is its.)
            let bare = BARE_JOIN
                .find_iter(line)
                .filter(|m| found.iter().any(|f| f.start == m.end()))
                // (Not an "and" that ends a list of URLs opening a clause of
                // its own: in "URL4 could not be located, and URL5, URL6 and
                // URL7 remain under review" the clause after ", and " is
                // the three URLs' together.)
                .filter(|m| {
                    let head = last_sentence(&line[..m.start()]);
                    let from = CLAUSE_JOIN.find_iter(head).last().map_or(0, |j| j.end());
                    let seg = &head[from..];
                    from == 0
                        || without_urls(seg, &urls::find_urls(seg))
                            .chars()
                            .any(|c| c.is_alphanumeric())
                })
                .filter(|m| {
                    // (Within its sentence: in "We have blocked URL1 and URL3
                    // from view in South Korea … law. URL2 has been removed"
                    // the next sentence is not URL3's.)
                    let rest = &line[m.end()..];
                    let rest = sentences(rest).first().map_or(rest, |&(_, b)| &rest[..b]);
                    let (clause, open) = match rest.find([',', ';', '，']) {
                        Some(b) => (&rest[..b], false),
                        None => (rest, !rest.trim_end().ends_with(['.', '!', '?', '。'])),
                    };
                    let words = |t: &str| without_urls(t, &urls::find_urls(t));
                    said(&words(clause), &[]) != Said::Nothing
                        || (open && said(&words(&format!("{clause} {tail}")), &[]) != Said::Nothing)
                })
                .map(|m| (m, m.start(), m.end(), true));
            // "We've blocked URL1 but not URL2, which …": the act is denied
            // for the URL after "but not".
            // "we removed URL1 for violating our Community Guidelines and
            // blocked URL2 from view in South Korea": a second act with no
            // comma before it, right before the URL it is done to.
            let and_act = AND_ACT
                .find_iter(line)
                .filter(|m| found.iter().any(|f| f.start == m.end()))
                .map(|m| (m, m.start(), m.start() + 1, false));
            let but_not = BUT_NOT
                .find_iter(line)
                .filter(|m| found.iter().any(|f| f.start == m.end()))
                .map(|m| (m, m.start(), m.start(), false));
            for (m, before_end, after_start, runs_on) in
                joins.chain(acts).chain(and_act).chain(bare).chain(but_not)
            {
                let before = &line[..before_end];
                let after = &line[after_start..];
                let url_before = found.iter().any(|f| f.end <= m.start());
                let url_after = found.iter().any(|f| f.start >= m.end());
                // (Its sentence may begin on the line above: "… we blocked
                // URL1 and\nURL2 for promoting gambling, while URL3 could
                // not be found".)
                let lead = last_sentence(runs_on_from(lines, k));
                // Just after the comma or semicolon (a Korean connective,
                // "…하였으며, URL2 …", comes before it).
                let cut = if runs_on {
                    // (A full-width comma is three bytes.)
                    m.start()
                        + m.as_str()
                            .char_indices()
                            .find(|(_, c)| matches!(c, ',' | ';' | '，'))
                            .map_or(0, |(k, c)| k + c.len_utf8())
                } else {
                    after_start
                };
                // (The clause before begins after the last semicolon, as
                // for the comma cuts below.)
                let clause_before = last_sentence(before);
                let clause_before = clause_before
                    .rsplit_once([';', '；'])
                    .map_or(clause_before, |(_, b)| b);
                // "We did not act on URL1 and URL2 because they do not
                // break …": "and" joins two objects of one verb, which the
                // clause before leaves hedged without its reason.
                let objects_joined = m.as_str().trim().eq_ignore_ascii_case("and")
                    && found
                        .iter()
                        .find(|f| f.start == m.end())
                        .is_some_and(|f| OBJECT_ENDS.is_match(&line[f.end..]))
                    && !matches!(
                        said(&format!("{lead} {clause_before}"), &[]),
                        Said::Stated(_)
                    );
                if url_before
                    && url_after
                    && !objects_joined
                    && said(&format!("{lead} {clause_before}"), &[]) != Said::Nothing
                    && (said(after, &[]) != Said::Nothing
                        // "URL1는 운영자 삭제 처리했고요, URL2은 확인해 보니
                        // …": a URL with a topic of its own (은/는) begins a
                        // statement of its own, even one we cannot read.
                        || (runs_on
                            && KOREAN_TOPIC_LEAD
                                .is_match(&without_urls(after, &urls::find_urls(after))))
                        // "We have removed URL1, and URL2 will be reviewed
                        // …": so does a URL that is the subject of a verb of
                        // its own.
                        || (runs_on
                            && url_subject_of_own_clause(&without_urls(
                                after,
                                &urls::find_urls(after)
                            )))
                        // "URL1 has been actioned, which may also have
                        // affected URL2": a guess about URL2, never the
                        // act of the clause before it.
                        || HEDGED_RELATIVE.is_match(m.as_str())
                        // "URL1 was removed, but URL2 …": a contrast; what
                        // follows it is never the act before it.
                        || CONTRAST_JOIN.is_match(m.as_str())
                        || (runs_on
                            && !after.trim_end().ends_with(['.', '!', '?', '。'])
                            && said(&format!("{after} {tail}"), &[]) != Said::Nothing))
                    && !cuts.contains(&m.start())
                    && !cuts.contains(&cut)
                {
                    cuts.push(cut);
                    // (A contrast ends the clause before it, as a comma
                    // cut does.)
                    if CONTRAST_JOIN.is_match(m.as_str()) && m.as_str().contains([',', '，']) {
                        comma_cuts.push(cut);
                    }
                }
            }
            cuts.sort_unstable();
            cuts.dedup();
        }
        // "… URL1\nis now withheld in South Korea, URL2 was removed under
        // our\n…": a comma right before a URL that starts a clause of its
        // own, even on a line that names only that URL.
        if !found.is_empty() {
            let lead = last_sentence(runs_on_from(lines, k));
            // The next line up to its first URL ("available to users in
            // South Korea, URL3 …"): where this line's last clause ends.
            // (Not past a full stop: "Removed globally: URL1, URL2 and URL9 ."
            // ends before "Blocked in South Korea only: …".)
            let next_head = lines
                .get(k + 1)
                .filter(|_| !line.trim_end().ends_with(['.', '!', '?', '。']))
                .filter(|l| !l.trim().is_empty() && !is_quoted(l))
                .map_or("", |l| {
                    let l = l.trim();
                    urls::find_urls(l).first().map_or(l, |u| &l[..u.start])
                });
            for f in &found {
                // (The URL's opening bracket is not part of the clause
                // before it: "…은 삭제, <URL2>는 임시조치".)
                let head = line[..f.start].trim_end();
                let head = head
                    .strip_suffix(['<', '(', '[', '（'])
                    .unwrap_or(head)
                    .trim_end();
                // ("…, but URL3 …": a contrast before the URL; what follows
                // is never the act before it, said or not.)
                let (head, contrast) = match CONTRAST_TAIL.find(head) {
                    Some(m) => (&head[..m.start() + 1], true),
                    None => (head, false),
                };
                let Some(head) = head.strip_suffix(',') else {
                    continue;
                };
                // (The clause before the comma begins after the last
                // semicolon: in "URL3 was not found; URL5, URL6 and URL8
                // are still under review" URL5's clause says nothing yet,
                // and "not found" is not its. So for the joins above.)
                let before = last_sentence(head);
                let before = before.rsplit_once([';', '；']).map_or(before, |(_, b)| b);
                // (Nor after a join: in "URL1 … 조치하지 않았고, 나머지 두
                // 게시물(URL2, URL3)은 블라인드 처리하였습니다" URL2's clause
                // begins after "않았고," and says nothing before URL3.)
                // (Also when the join ends the line above.)
                let joined = format!("{lead} {before}");
                let clause = CLAUSE_JOIN
                    .find_iter(&joined)
                    .last()
                    .map_or(joined.as_str(), |m| &joined[m.end()..]);
                let after = &line[f.start..];
                let words = |t: &str| without_urls(t, &urls::find_urls(t));
                if before.trim().is_empty()
                    || said(&words(clause), &[]) == Said::Nothing
                    || (!contrast
                        && said(&words(after), &[]) == Said::Nothing
                        && said(&words(&format!("{after} {tail}")), &[]) == Said::Nothing
                        && said(&words(&format!("{after} {next_head}")), &[]) == Said::Nothing)
                {
                    continue;
                }
                let cut = head.len() + 1;
                if !cuts.contains(&cut) {
                    cuts.push(cut);
                    comma_cuts.push(cut);
                }
            }
            cuts.sort_unstable();
            cuts.dedup();
        }
        let mut last = 0;
        for c in cuts {
            let piece = line[last..c].trim_end();
            // The clause before a comma cut is whole: it ends there, and
            // the scope of the next clause ("… to users in South Korea") is
            // not read as its own.
            match piece.strip_suffix(',').filter(|_| comma_cuts.contains(&c)) {
                Some(p) => out.push(format!("{p}.")),
                None => out.push(piece.to_string()),
            }
            last = c;
        }
        if last == 0 {
            out.push(line.clone());
        } else {
            out.push(line[last..].trim_start().to_string());
        }
    }
    out
}

/// Is `line` a URL alone, which a sentence of prose wraps through: the line
/// above breaks off mid-sentence, and the line below goes on in lower case?
fn wrapped_through(
    prev: Option<&str>,
    line: &str,
    found: &[FoundUrl],
    next: Option<(&str, &[FoundUrl])>,
) -> bool {
    let [url] = found else {
        return false;
    };
    if line[..url.start]
        .trim()
        .chars()
        .any(|c| c.is_alphanumeric())
        || line[url.end..].trim().chars().any(|c| c.is_alphanumeric())
    {
        return false;
    }
    let Some(p) = prev.map(str::trim_end).filter(|p| !p.trim().is_empty()) else {
        return false;
    };
    let Some((n, n_found)) = next else {
        return false;
    };
    let breaks_off = p.ends_with(|c: char| c.is_ascii_lowercase())
        && !is_quoted(p)
        && !is_list_item(p)
        && urls::find_urls(p).is_empty()
        && !FIELD.is_match(p);
    breaks_off && n_found.is_empty() && n.trim_start().starts_with(|c: char| c.is_ascii_lowercase())
}

/// The line above line `k` when the sentence of line `k` runs on from it
/// (it is neither blank, quoted nor ended by . ! ? 。 or ':'), trimmed;
/// else "".
fn runs_on_from(lines: &[String], k: usize) -> &str {
    k.checked_sub(1)
        .map(|j| lines[j].trim())
        .filter(|l| !l.is_empty() && !is_quoted(l))
        .filter(|l| !l.ends_with(['.', '!', '?', '。', ':', '：']))
        .unwrap_or("")
}

/// Like `runs_on_from`, but over as many lines as the sentence runs on
/// through (up to four, none ending a sentence, none quoted or holding a
/// URL): "some of the posts you listed may have already\nbeen deleted by
/// their authors, for example\nURL." is one sentence, and its hedge is on
/// the first line.
fn sentence_above(lines: &[String], k: usize) -> String {
    let mut parts: Vec<&str> = Vec::new();
    let mut j = k;
    while j > 0 && parts.len() < 4 {
        let l = lines[j - 1].trim();
        if l.is_empty()
            || is_quoted(l)
            || l.ends_with(['.', '!', '?', '。', ':', '：'])
            || (j < k && !urls::find_urls(l).is_empty())
        {
            break;
        }
        parts.push(l);
        j -= 1;
    }
    parts.reverse();
    parts.join(" ")
}

/// The last sentence of `text` (split where `sentences` splits, so a URL's
/// own dots never end one: "We removed https://t.me/a/2" is one sentence).
fn last_sentence(text: &str) -> &str {
    sentences(text).last().map_or(text, |&(a, b)| &text[a..b])
}

static ORDINAL_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)\bthe\s+(?:first|second|third|former|latter)\b|(?:첫|두|세)\s*번째|전자|후자",
    ))
    .expect("built-in regex")
});

/// Where one clause ends and the next, about another URL, begins.
pub(crate) static CLAUSE_JOIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:,|\s[—–]|\s--)\s+(?:and|while|but|whereas)\s+|,\s+which\s+(?:may|might|could|possibly|probably|likely|seems?|appears?)\s|;\s+|(?:으며|하며|되며|이며|했고|하고|되고|였고|으나|지만|는데|고|고요)(?:,\s+|，\s*)|(?:했|하였|되었|됐|였|었|았|웠)(?:고|으며)\s+")
        .expect("built-in regex")
});

/// "The posts URL1, URL2 and URL3 have been, respectively, withheld in
/// South Korea, removed …, and left up because …" (or "… were removed and
/// withheld in Korea, respectively"): the acts are the URLs', in order. The
/// sentence is rewritten as one per URL ("URL1 withheld in South Korea.
/// URL2 removed …."), when there are as many acts, each stated, as URLs
/// before the word; otherwise it is left as it is.
static KO_EACH: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"각각").expect("built-in regex"));

/// "…으로 처리되었습니다" after the last of a Korean list of measures.
static KO_DONE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*(?:으로|로)?\s*(?:처리|조치)\s*(?:되었|됐|하였|했)[가-힣]*\s*[.。]?\s*$")
        .expect("built-in regex")
});

fn unfold_respectively(lines: &[String]) -> Vec<String> {
    use super::status::RESPECTIVELY;
    static PART: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\s*[,，]\s*(?:and\s+)?|\s+(?:and|및)\s+").expect("built-in regex")
    });
    let unfold = |line: &str| -> Option<String> {
        // (Or "…은 각각 A, B, C로 처리되었습니다", "각각 A 및 B 처리되었습니다":
        // the acts after "각각".)
        let korean = super::status::KO_RESPECTIVELY.is_match(line);
        let m = if korean {
            KO_EACH.find(line)?
        } else {
            RESPECTIVELY.find(line)?
        };
        let (s, e) = sentences_with(line, &[])
            .into_iter()
            .find(|(s, e)| *s <= m.start() && m.start() < *e)?;
        let sentence = &line[s..e];
        let urls = urls::find_urls(sentence);
        let last = urls.iter().map(|u| u.end).max()?;
        let at = m.start() - s;
        if urls.len() < 2 || at < last {
            return None;
        }
        let after = sentence[at + m.len()..].trim_start_matches([',', ' ']);
        let acts = if after.trim_end_matches(['.', '!', ' ']).is_empty() {
            // "… were removed and withheld in Korea, respectively".
            let before = &sentence[last..at];
            let from = before.find(char::is_alphabetic)?;
            before[from..].trim_end_matches([',', ' '])
        } else {
            after.trim_end_matches(['.', '!', ' '])
        };
        let acts = if korean {
            KO_DONE_TAIL.replace(acts, "").into_owned()
        } else {
            acts.to_string()
        };
        let parts: Vec<&str> = PART
            .split(&acts)
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        if parts.len() != urls.len()
            || !parts
                .iter()
                .all(|p| matches!(super::status::said(p, &[]), Said::Stated(_)))
        {
            return None;
        }
        let each: Vec<String> = urls
            .iter()
            .zip(&parts)
            .map(|(u, p)| format!("{} {p}.", u.raw))
            .collect();
        Some(format!("{}{} {}", &line[..s], each.join(" "), &line[e..]))
    };
    let mut out: Vec<String> = lines
        .iter()
        .map(|l| {
            if is_quoted(l) {
                return l.clone();
            }
            unfold(l).unwrap_or_else(|| l.clone())
        })
        .collect();
    // A sentence wrapped over lines ("The posts at <URL1>, <URL2> and\n
    // <URL3> have been removed, withheld in South Korea, and\ncould not be
    // located on our service, respectively."): read from the lines of its
    // paragraph above, joined; the lines it took are left blank.
    for k in 0..out.len() {
        if is_quoted(&out[k]) || !RESPECTIVELY.is_match(&out[k]) || out[k] != lines[k] {
            continue;
        }
        let first = (k.saturating_sub(3)..k)
            .rev()
            .take_while(|&j| !out[j].trim().is_empty() && !is_quoted(&out[j]))
            .last();
        let Some(first) = first else {
            continue;
        };
        let joined = out[first..=k]
            .iter()
            .map(|l| l.trim())
            .collect::<Vec<_>>()
            .join(" ");
        if let Some(unfolded) = unfold(&joined) {
            out[first] = unfolded;
            for l in &mut out[first + 1..=k] {
                l.clear();
            }
        }
    }
    out
}

/// A relative clause that only guesses (", which may also have affected
/// …"): one of the joins of `CLAUSE_JOIN`.
static HEDGED_RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^,?\s*which\s+(?:may|might|could|possibly|probably|likely|seems?|appears?)\s")
        .expect("built-in regex")
});

/// The URLs of `found` within `start..end`, placed relative to `start`.
fn urls_within(found: &[FoundUrl], start: usize, end: usize) -> Vec<FoundUrl> {
    found
        .iter()
        .filter(|u| u.start >= start && u.end <= end)
        .map(|u| FoundUrl {
            raw: u.raw.clone(),
            start: u.start - start,
            end: u.end - start,
        })
        .collect()
}

// "two of the", "3 of your": a counted part of a list.
static COUNTED_PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+of\s+(?:the|these|those|your)\b"))
        .expect("built-in regex")
});

/// How many item URLs the lines right below line `i` list (blank lines
/// right under it skipped; the list ends at a line without one).
fn listed_below(lines: &[String], i: usize) -> u32 {
    let mut n = 0;
    for l in lines.iter().skip(i + 1) {
        if l.trim().is_empty() && n == 0 {
            continue;
        }
        let found: Vec<FoundUrl> = urls::find_urls(l)
            .into_iter()
            .filter(|f| !is_policy_link(&f.raw))
            .collect();
        if found.is_empty() || is_quoted(l) {
            break;
        }
        n += found.len() as u32;
    }
    n
}

/// The clause of a sentence that holds the URL starting at `at`: bounded by
/// the clause breaks (a new act, ", withheld URL3 …"; a join, "; ", ", and
/// …") that have URLs of the sentence on both sides.
fn url_clause(sentence: &str, urls: &[FoundUrl], at: usize) -> (usize, usize) {
    let (mut start, mut end) = (0, sentence.len());
    for m in VERB_CLAUSE
        .find_iter(sentence)
        .chain(CLAUSE_JOIN.find_iter(sentence))
    {
        let url_before = urls.iter().any(|u| u.end <= m.start());
        let url_after = urls.iter().any(|u| u.start >= m.end());
        if !(url_before && url_after) {
            continue;
        }
        // (Just after its comma or semicolon; a Korean connective, "…하였으며",
        // ends the clause before it. Offsets stay on char boundaries.)
        let cut = m.start()
            + m.as_str()
                .char_indices()
                .find(|(_, c)| matches!(c, ',' | ';' | '，'))
                .map_or(m.len(), |(k, c)| k + c.len_utf8());
        if m.end() <= at {
            start = start.max(cut);
        } else if m.start() >= at {
            end = end.min(cut);
        }
    }
    (start, end.max(start))
}

/// "… could not find a message with the id 4415 in that channel, so only
/// URL was blocked": a sentence's one URL is the subject of a clause of its
/// own, set off by a comma (and a join), whose verb says what became of it;
/// that clause is its statement, whatever the sentence says before it of
/// something else.
pub(crate) fn own_clause_status(sentence: &str, extra: &[(Status, String)]) -> Option<Status> {
    let found = urls::find_urls(sentence);
    let [f] = found.as_slice() else {
        return None;
    };
    let lead = OWN_CLAUSE_LEAD.find(&sentence[..f.start])?;
    if !OWN_CLAUSE_VERB.is_match(&sentence[f.end..]) {
        return None;
    }
    // (To the end of its sentence: what comes after is another's.)
    let rest = &sentence[f.end..];
    let rest = sentences(rest).first().map_or(rest, |&(_, b)| &rest[..b]);
    let clause = format!("{} ; {}", &sentence[lead.end()..f.start], rest);
    match said(&clause, extra) {
        Said::Stated(st) => Some(st),
        _ => None,
    }
}

/// What sets a URL off as the subject of its own clause: a comma or a
/// semicolon, a join, "only", a word for the item ("…, so only URL",
/// "…; the post at URL").
static OWN_CLAUSE_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:;\s*|(?:[,，]|\s[—–])\s*(?:and|but|so|and\s+so|therefore|thus|hence|whereas|while)\s+)(?:only\s+)?(?:the\s+(?:post|video|page|link|message|account|channel|file|site|url|image|thread)\s+(?:at\s+)?)?<?\s*$")
        .expect("built-in regex")
});

/// The clause's own verb right after its URL subject ("URL was blocked").
static OWN_CLAUSE_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^>?\s*(?:is|are|was|were|has|have|had)\b").expect("built-in regex")
});

/// A clause whose subject is its URL (blanked as " ; ") and that goes on
/// with a verb of its own: "and URL2 will be reviewed …", "; URL3 is …",
/// "회원중고장터 게시물 URL 은 …" (a Korean topic, after a few words that
/// name it).
static SUBJECT_WITH_OWN_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)^\W*(?:(?:and|but|while|whereas)\s+)?(?:the\s+(?:post|video|page|link|message|account|channel|file|site)\s+)?<?\s*;\s*>?\s*,?\s*(?:will|is|are|was|were|has|have|had|remains?|stays?|can|could|may|might|shall|should|would|still|needs?|requires?|goes|go)\b|^\W*(?:[가-힣A-Za-z0-9]+\s+){0,3}<?\s*;\s*>?\s*(?:은|는|도|에\s*대해서는|의\s*경우)(?:\s|$)"))
        .expect("built-in regex")
});

/// "URL2도 같은 조치입니다" (URL2 too: the same measure): the URL is the
/// subject of a clause whose only predicate is the act before it, so it
/// takes that act and not a reading of its own.
static SAME_MEASURE_AS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\W*<?\s*;\s*>?\s*(?:도|역시|또한)\s+(?:같은|동일한|동일)\s*(?:조치|처리)\s*(?:입니다|이에요|예요|임|이다)\s*(?:[.。!]|$)")
        .expect("built-in regex")
});

/// Is `words` (URLs blanked as " ; ") a clause of its own whose subject is
/// its URL, so that the act of the clause before it is not its act?
fn url_subject_of_own_clause(words: &str) -> bool {
    SUBJECT_WITH_OWN_VERB.is_match(words) && !SAME_MEASURE_AS_BEFORE.is_match(words)
}

/// The first word of `text` that points at the item ("it", "this post",
/// "the video"), whichever kind comes first: in "We reviewed it against
/// the X Rules … so the post stays available" it is "it", not "the post".
fn first_deictic(text: &str) -> Option<regex::Match<'_>> {
    match (DEICTIC_THE.find(text), DEICTIC.find(text)) {
        (Some(a), Some(b)) => Some(if b.start() < a.start() { b } else { a }),
        (a, b) => a.or(b),
    }
}

/// A clause that ends on a Korean verb's connective ("…지웠고요,", "…했으며,").
static KO_VERB_JOIN_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[가-힣](?:고요|구요|고|으며|며|는데요|는데)\s*[,，]\s*$").expect("built-in regex")
});

static CONTRAST_JOIN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:but|whereas)\b|으나|지만").expect("built-in regex"));

/// ", but", ", whereas" or ", while" right before a URL.
static CONTRAST_TAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i),\s*(?:but|whereas|while)$").expect("built-in regex"));

/// The end of a lead that reports what was written before ("I wrote that").
/// "We have also withheld", "we removed the message at": a first-person
/// act that ends its line, its object (the URL) on the next.
static ACT_BEFORE_OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:we|i)\s+(?:have\s+|had\s+)?(?:also\s+|now\s+)?(?:removed|deleted|withheld|blocked|restricted|disabled|suspended|geo-?blocked|age-restricted|took\s+down)(?:\s+(?:the|this)\s+(?:post|video|message|tweet|content|page|link)(?:\s+at)?)?\s*$")
        .expect("built-in regex")
});

static WROTE_THAT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:we|i)\s+(?:had\s+)?(?:previously\s+|earlier\s+|mistakenly\s+|wrongly\s+)?(?:said|stated|wrote|told\s+you|reported|informed\s+you)\s+(?:that\s*)?$")
        .expect("built-in regex")
});

static BUT_NOT_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\W*but\s+not\b").expect("built-in regex"));

/// "but not (the account)": the words between "but not" and the URL they
/// exclude, with the object it may name before its URL.
const BUT_NOT_OBJECT: &str = r"but\s+not\s+(?:(?:the|its|their|that)\s+)?(?:(?:account|channel|profile|page|post|video|message|server|group|user|site|domain)\s+)?";

/// A gap ending in "but not (the account)" right before a URL.
static BUT_NOT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\b{BUT_NOT_OBJECT}<?\s*$")).expect("built-in regex")
});

// (Also "… but not the account URL2": the object named before its URL.)
static BUT_NOT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\s+{BUT_NOT_OBJECT}")).expect("built-in regex"));

/// What follows the last of a verb's objects: its reason or the sentence's
/// end, not a verb of its own (">. Both messages …", " because they …").
static OBJECT_ENDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[>)\]]?\s*(?:[.;:!]|$|,?\s*(?:because|since|as\s+(?:they|it|both|neither|the)|for\s+(?:not\s+)?(?:breaking|violating|breaching)|given\s+that|due\s+to)\b)")
        .expect("built-in regex")
});

static BARE_JOIN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\s(?:and|while|whereas)\s+").expect("built-in regex"));

/// A line that goes on with the list of the line above ("and URL3 …",
/// "및 URL3 …", ", URL3").
static JOINS_ON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:and|or|&|및|또는|그리고|[,，;])(?:\s|$)").expect("built-in regex")
});

/// A line that breaks off on a word joining it to what comes next ("… URL1
/// 및", "… URL1 and", "… URL1 or").
/// A line that ends on a Korean particle (or on "… 것으로", whose verb
/// comes on the next line): its sentence goes on below.
static KO_PARTICLE_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:[가-힣0-9a-zA-Z/](?:에\s*대해서는|에\s*대하여(?:는)?|에\s*대해|의\s*경우(?:에는)?|은|는|을|를)|[가-힣]\s+(?:것으로|걸로))$")
        .expect("built-in regex")
});

static JOINS_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    // (Or a particle that joins a URL to the next: "…&no=51203랑\nURL2 두
    // 글은", "…/155와", "…/18823 과".)
    Regex::new(r"(?i)(?:^|\s)(?:및|또는|그리고|and|or|as\s+well\s+as)$|[0-9a-zA-Z/=_\-]\s?(?:과|와|랑|이랑|하고)$")
        .expect("built-in regex")
});

/// A comma before an act without its subject ("…, blocked URL3 …", "…,
/// and did not take action on URL4") or with "we" ("…, we applied an age
/// restriction to URL3"): the subject's next clause.
static VERB_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),\s+(?:and\s+|but\s+)?(?:we\s+(?:have\s+|'ve\s+)?)?(?:(?:also|then)\s+)?(?:removed|deleted|blocked|geo-?blocked|restricted|age-restricted|withheld|disabled|suspended|terminated|took\s+down|took\s+no\s+action|did\s+not|didn't|could\s+not|couldn't|were\s+unable|left|kept|declined|(?:applied|placed|put)\s+(?:an?\s+)?(?:age[- ]restriction|age[- ]gate|country\s+block|geo-?block))\b")
        .expect("built-in regex")
});

static AND_ACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\sand\s+(?:(?:also|then)\s+)?(?:(?:removed|deleted|blocked|geo-?blocked|restricted|age-restricted|withheld|disabled|suspended|terminated|took\s+down)\s+(?:(?:access\s+to|the\s+(?:post|video|short|channel|account|tweet|link|message|page|file)|both)\s+)?|(?:placed|put|applied)\s+(?:an?\s+)?(?:age[- ]restriction|age[- ]gate|restriction|country\s+block|geo-?block)\s+(?:on|to)\s+)")
        .expect("built-in regex")
});

static ROW_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*\d{1,4}\s+").expect("built-in regex"));

/// Does the line end a sentence even without a full stop? `found` are the
/// URLs of `line`, `next` the line below with its URLs (as `urls::find_urls`
/// gives them: URLs never hold white space, so trimming a line moves them only by
/// what was trimmed, and no list marker can hold the start of one).
/// Do the lines of prose from `from` on end on a colon right above a line
/// with a URL (a heading over it)?
fn heads_url_below(lines: &[String], from: usize) -> bool {
    let end = lines[from.min(lines.len())..]
        .iter()
        .position(|l| l.trim().is_empty() || is_quoted(l) || !urls::find_urls(l).is_empty())
        .map(|n| from + n);
    end.is_some_and(|k| {
        k > from
            && !urls::find_urls(&lines[k]).is_empty()
            && lines[k - 1].trim_end().ends_with([':', '：'])
    })
}

fn ends_sentence(
    prev: Option<&str>,
    line: &str,
    found: &[FoundUrl],
    next: Option<(&str, &[FoundUrl])>,
) -> bool {
    let t = line.trim_end();
    // A URL alone on its line in the middle of a sentence ("… the message
    // you reported at\nURL\nwas deleted together with it."): the sentence
    // runs through it.
    if wrapped_through(prev, t, found, next) {
        return false;
    }
    if t.ends_with(':') || t.ends_with('：') {
        return true;
    }
    // The cells of a line aligned with spaces.
    let aligned_cells = |l: &str| {
        l.trim()
            .split("  ")
            .filter(|c| !c.trim().is_empty())
            .count()
    };
    // The header of a table aligned with spaces ("순번  조치결과  대상 정보")
    // above its first numbered row: the row is a sentence of its own.
    if found.is_empty()
        && aligned_cells(t) >= 2
        && next.is_some_and(|(n, n_found)| {
            !n_found.is_empty() && ROW_NUMBER.is_match(n) && n.trim_start().contains("  ")
        })
    {
        return true;
    }
    // A row of a table aligned with spaces above another ("2024-09-06
    // 02:14  janitor3  DELETE  /b/88412  URL  KCSC notice" over the next
    // log line): each row with its one URL is a sentence of its own, not
    // the start of the row below's.
    if found.len() == 1
        && aligned_cells(t) >= 3
        && next.is_some_and(|(n, n_found)| n_found.len() == 1 && aligned_cells(n) >= 3)
    {
        return true;
    }
    // A clause that states its act and ends on a comma, above a line led
    // by another URL with words of its own ("URL1은 … 삭제 조치하였으며,\n
    // URL2에 대해서는 …", "We removed URL1 this morning,\nURL2 is with our
    // legal team"): the next clause is that URL's, and the act above is
    // not its (unless it only goes on with the list: "URL1,\nURL2 and
    // URL3 were removed").
    if t.ends_with([',', '，']) && !found.is_empty() {
        let next_clause = next.is_some_and(|(n, n_found)| {
            let indent = n.len() - n.trim_start().len();
            let n = n.trim_start();
            let marker = LIST_START.find(n).map_or(0, |m| m.end());
            n_found.first().is_some_and(|f| {
                // (Offsets of `n_found` are in the untrimmed line.)
                let lead = f.start <= indent + marker;
                let rest = without_urls(&n[marker..], &urls::find_urls(&n[marker..]));
                let rest = rest.trim_start_matches([' ', ';']).trim_start();
                lead && rest.split_whitespace().count() >= 2 && !JOINS_ON.is_match(rest)
            })
        });
        // (The act must be the clause's that holds the URL: in "조치하지
        // 않았고, 나머지 두 게시물(URL2," the act is the clause's before.)
        let last_url = found.last().map_or(0, |f| f.start);
        let clause = CLAUSE_JOIN
            .find_iter(t)
            .filter(|m| m.end() <= last_url)
            .last()
            .map_or(t, |m| &t[m.end()..]);
        if next_clause && matches!(said(clause, &[]), Said::Stated(_)) {
            return true;
        }
    }
    // A label in brackets ("[임시조치 게시물]", "【삭제 완료】") or after a
    // square mark ("■ 삭제 완료") heads what follows: it is its own sentence.
    if is_bracket_label(t) {
        return true;
    }
    // A decision field ("Decision: Age-restricted (18+)") is complete,
    // unless its prose runs on in lower case on the next line ("Action
    // taken: access from Korea has been blocked at our\nedge for the
    // following URLs:").
    if DECISION_FIELD.is_match(t) {
        // (Or a long sentence of prose broken before a capital: "Outcome:
        // We removed this post because it goes against our Community\n
        // Guidelines on restricted goods.")
        let prose_value = t
            .split_once([':', '：'])
            .is_some_and(|(_, v)| v.split_whitespace().count() >= 6)
            && !t.ends_with(['.', '!', '?', '。', ')', ';', ',']);
        let runs_on = next.is_some_and(|(n, n_found)| {
            n_found.is_empty()
                && !FIELD.is_match(n)
                && !is_list_item(n)
                && (n.trim_start().starts_with(|c: char| c.is_ascii_lowercase())
                    || (prose_value && n.trim_end().ends_with(['.', '!', '?', '。'])))
        });
        if !runs_on {
            return true;
        }
    }
    // A table row (cells joined by " | "): one row never runs on into the
    // next ("… | 게시중단 | …" above "… | 미조치 (위반 사항 없음) | …").
    if t.contains(" | ") {
        return true;
    }
    // A line led by a URL (after any list marker) is a list entry: it is its
    // own sentence (unless it runs on with a comma, as in "URL1, URL2,").
    let marker = LIST_START.find(t).map_or(0, |m| m.end());
    // (Or by a row number and spaces, as in a table aligned with spaces:
    // "3     https://…     임시조치      30일".)
    let row_number = ROW_NUMBER.find(t).map_or(0, |m| m.end());
    // (In angle brackets too, when a separator follows the bracket: "<URL>
    // - thread deleted". Without one the bracketed URL may be the subject of
    // a sentence that goes on: "<URL1>, <URL2>\nand <URL3> have been
    // disabled", "<URL1> 게시물과\n<URL2> 게시물은 모두 … 삭제".)
    let led_by_url = found.first().is_some_and(|f| {
        let Some(gap) = t.get(marker..f.start).map(str::trim) else {
            return false;
        };
        gap.is_empty()
            || (row_number > 0 && f.start == row_number)
            // (Or a mark glued to it, which the list marks above do not
            // know: "・URL：삭제 완료", "-URL: removed", "1.URL".)
            || (marker == 0 && GLUED_MARK.is_match(gap))
            || (matches!(gap, "<" | "(")
                && t.get(f.end..).is_some_and(|rest| {
                    rest.trim_start_matches(['>', ')'])
                        .trim_start()
                        .starts_with(['-', '–', '—', ':', '：', '→', '|', '='])
                }))
    });
    // (Unless its prose breaks off mid-sentence and goes on in lower case
    // on the next line: "URL3, the channel, has been blocked for\nusers in
    // the Republic of Korea.")
    // (Or on a word no sentence ends on, after fewer words: "URL3 no\n
    // longer exists.")
    let prose_runs_on = t.ends_with(|c: char| c.is_ascii_lowercase())
        && (without_urls(t, found).split_whitespace().count() >= 3
            || t.rsplit(' ').next().is_some_and(|w| {
                matches!(
                    w,
                    "no" | "not"
                        | "been"
                        | "was"
                        | "were"
                        | "is"
                        | "are"
                        | "has"
                        | "have"
                        | "had"
                        | "the"
                        | "a"
                        | "an"
                        | "to"
                        | "by"
                        | "of"
                        | "for"
                        | "with"
                )
            }))
        && next.is_some_and(|(n, n_found)| {
            // (Not into the next row of a table led by its URL.)
            let indent = n.len() - n.trim_start().len();
            n_found.first().is_none_or(|f| f.start > indent)
                && n.trim_start().starts_with(|c: char| c.is_ascii_lowercase())
        });
    // (Nor when the line above breaks off on a word that joins it to this
    // URL — "게시물 URL1 및\nURL2 에 대하여\n임시조치하였습니다", "we removed
    // URL1 and\nURL2 under …" — and this line breaks off too: the URL is the
    // second object of one sentence, no entry of a list.)
    let joined_from_above = marker == 0
        && prev.is_some_and(|p| {
            let p = p.trim_end();
            !is_quoted(p) && !is_list_item(p) && !p.contains(" | ") && JOINS_NEXT.is_match(p)
        })
        && !t.ends_with(['.', '!', '?', '。', ':', '：', ')'])
        && !t.ends_with('다')
        && next.is_some_and(|(n, n_found)| {
            n_found.is_empty() && !is_list_item(n) && !FIELD.is_match(n)
        });
    // (A line led by its URL that breaks off on "and" — "URL1 and\nURL2
    // have been withheld in South Korea." — goes on to the next line, as
    // one ending in a comma does.)
    // (Nor one that breaks off on a Korean particle, "…/88에 대해서는" or
    // "…게시글은", above a line of prose that ends the sentence: "URL1 …
    // 처리되었으며, URL2에 대해서는\n정보통신망법 …에 따라 임시조치하였습니다.")
    // (Or over more lines of prose: "URL2 게시글은\n카페 매니저 확인 및 … 불법
    // 판매 정보가\n아니라고 판단되어 게시를 유지합니다.")
    let ko_runs_on = KO_PARTICLE_END.is_match(t)
        && next.is_some_and(|(n, n_found)| {
            n_found.is_empty()
                && !is_list_item(n)
                && !FIELD.is_match(n)
                && (n.trim_end().ends_with(['.', '。', '다'])
                    || (n.trim_end().ends_with(|c: char| ('가'..='힣').contains(&c))
                        && n.split_whitespace().count() >= 3))
        });
    // (Nor one that a sentence from the line above runs on to, and that
    // breaks off on an act whose object leads the next line: "we
    // removed\nURL1 and URL2, blocked\nURL3 from view in South Korea".)
    // (The line above is prose, not a row led by its own URL; the act is
    // the next clause's, after a comma: rows "URL1   thread deleted" above
    // "URL2   thread deleted" stay rows.)
    let plain_word = |w: &str| w.chars().all(|c| c.is_ascii_lowercase());
    let act_before_object = prev.is_some_and(|p| {
        let p = p.trim_end();
        let indent = p.len() - p.trim_start().len();
        !is_quoted(p)
            && !is_list_item(p)
            && !p.contains(" | ")
            && urls::find_urls(p).first().is_none_or(|f| f.start > indent)
            && p.split_whitespace().last().is_some_and(plain_word)
    }) && t.rsplit_once(' ').is_some_and(|(head, w)| {
        head.trim_end().ends_with(',') && plain_word(w) && (w.ends_with("ed") || w == "down")
    }) && next.is_some_and(|(n, n_found)| {
        let indent = n.len() - n.trim_start().len();
        n_found.first().is_some_and(|f| f.start == indent)
    });
    if led_by_url
        && !t.ends_with(',')
        && !JOINS_NEXT.is_match(t)
        && !prose_runs_on
        && !joined_from_above
        && !ko_runs_on
        && !act_before_object
    {
        return true;
    }
    let ends_with_url = found.last().is_some_and(|f| f.end == t.len());
    if !ends_with_url {
        return false;
    }
    // "…/1,\nand …/2 have been removed": a lower-case word continues the sentence.
    match next {
        Some((n, n_found)) => {
            let indent = n.len() - n.trim_start().len();
            !(n.trim_start().starts_with(|c: char| c.is_ascii_lowercase())
                && n_found.first().is_none_or(|f| f.start > indent))
        }
        None => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Status::*;

    fn r(text: &str) -> Vec<(String, Option<Status>)> {
        let lines: Vec<String> = text.lines().map(str::to_string).collect();
        read(&lines, &[])
            .into_iter()
            .map(|r| (r.url, r.status))
            .collect()
    }

    fn u(n: u32) -> String {
        format!("https://t.me/c/{n}")
    }

    #[test]
    fn headings_and_sections() {
        let t = "The following have been removed:\nhttps://t.me/c/1\nhttps://t.me/c/2\n\nCould not locate:\nhttps://t.me/c/3\n\nStill under review:\nhttps://t.me/c/4\n";
        assert_eq!(
            r(t),
            vec![
                (u(1), Some(Removed)),
                (u(2), Some(Removed)),
                (u(3), Some(NotFound)),
                (u(4), None)
            ]
        );
    }

    #[test]
    fn free_status_below_a_bare_url() {
        let t = "https://t.me/c/1\nTaken down on 12 August.\n\nhttps://t.me/c/2\nReviewed: it does not break our rules, so it stays up.\n\nhttps://t.me/c/3\nThis link does not exist.\n";
        assert_eq!(
            r(t),
            vec![
                (u(1), Some(Removed)),
                (u(2), Some(Rejected)),
                (u(3), Some(NotFound))
            ]
        );
        // A heading of the next section is not the status of the URL above it.
        let t = "Removed:\nhttps://t.me/c/1\nNo violation found for:\nhttps://t.me/c/2\n";
        assert_eq!(r(t), vec![(u(1), Some(Removed)), (u(2), Some(Rejected))]);
        let t = "The following have been removed\n1. https://t.me/c/1\n2. https://t.me/c/2\nThe following link is invalid\n1. https://t.me/c/3\n";
        assert_eq!(
            r(t),
            vec![
                (u(1), Some(Removed)),
                (u(2), Some(Removed)),
                (u(3), Some(NotFound))
            ]
        );
        // Below a URL line with prose of its own, an unmarked line is not read as its status.
        let t = "Please check https://t.me/c/1 again.\nThe other post was deleted.\n";
        assert_ne!(r(t), vec![(u(1), Some(Removed))]);
    }

    #[test]
    fn the_next_entrys_country_scope_is_not_this_ones() {
        let t =
            "1 | https://t.me/c/1 | removed\n2 | https://t.me/c/2 | restricted in South Korea\n";
        assert_eq!(r(t), vec![(u(1), Some(Removed)), (u(2), Some(Restricted))]);
        let t = "https://t.me/c/1 - deleted\nhttps://t.me/c/2 - geo-blocked (KR)\n";
        assert_eq!(r(t), vec![(u(1), Some(Removed)), (u(2), Some(Restricted))]);
    }

    #[test]
    fn a_country_scope_on_the_next_line_makes_a_restriction() {
        let t = "The channel https://t.me/c is no longer visible to\nviewers in the Republic of Korea.\n";
        assert_eq!(r(t), vec![("https://t.me/c".to_string(), Some(Restricted))]);
        // Without a scope the removal stands.
        let t = "The post https://t.me/c/1 is no longer visible\nto anyone.\n";
        assert_eq!(r(t), vec![(u(1), Some(Removed))]);
    }

    #[test]
    fn urls_nothing_was_said_about_are_unread() {
        let lines: Vec<String> = "Removed:\nhttps://t.me/c/1\n\nStill under review:\nhttps://t.me/c/2\n\nAbout the rest, see case 8812:\nhttps://t.me/c/3\n"
            .lines()
            .map(str::to_string)
            .collect();
        let unread: Vec<(String, bool)> = read(&lines, &[])
            .into_iter()
            .map(|r| (r.url, r.unread))
            .collect();
        assert_eq!(unread, vec![(u(1), false), (u(2), false), (u(3), true)]);
    }

    #[test]
    fn a_heading_does_not_reach_prose_a_paragraph_away() {
        let t = "Removed:\nhttps://t.me/c/1\n\nAbout https://t.me/c/2, please see case 8812.\n";
        assert_eq!(r(t), vec![(u(1), Some(Removed)), (u(2), None)]);
        // It still heads a list separated from it by a blank line.
        let t = "The following have been removed:\n\nhttps://t.me/c/1\nhttps://t.me/c/2\n";
        assert_eq!(r(t), vec![(u(1), Some(Removed)), (u(2), Some(Removed))]);
    }

    #[test]
    fn statement_about_the_reported_content_covers_the_echoed_report() {
        let t = "We have taken action on the reported content.\n\n----- Your report -----\nReported posts:\nhttps://t.me/c/1\nhttps://t.me/c/2\n";
        assert_eq!(r(t), vec![(u(1), Some(Removed)), (u(2), Some(Removed))]);
        // Without the sentence being about the report, an empty label starts a new section.
        let t = "We removed one post.\n\nOther links:\nhttps://t.me/c/1\n";
        assert_eq!(r(t), vec![(u(1), None)]);
    }

    #[test]
    fn status_below_the_url() {
        let t = "Video URL: https://t.me/c/1\nStatus: Geo-restricted (KR)\n\nVideo URL: https://t.me/c/2\nStatus: Removed\n";
        assert_eq!(r(t), vec![(u(1), Some(Restricted)), (u(2), Some(Removed))]);
        let t = "Removed:\n1) https://t.me/c/1\n   → 위반 사항 없음\n2) https://t.me/c/2\n";
        assert_eq!(r(t), vec![(u(1), Some(Rejected)), (u(2), Some(Removed))]);
    }

    #[test]
    fn a_table_row_is_its_own_sentence() {
        let t = "1 | https://t.me/c/1 | 블로그 | 게시중단 | 2024-09-10\n2 | https://t.me/c/2 | 카페 | 미조치 (운영정책 위반 사항 없음) | -\n3 | https://t.me/c/3 | 카페 | 확인 중 | -\n";
        // Row 1's status is the table reader's to give (tables.rs reads the
        // columns); here it only must not take row 2's refusal.
        assert_eq!(
            r(t),
            vec![(u(1), None), (u(2), Some(Rejected)), (u(3), None)]
        );
    }

    #[test]
    fn an_echoed_report_below_a_statement_about_the_reported_content() {
        let t = "We reviewed your report. The content you reported doesn't break our rules, but we've restricted access to it in South Korea.\n\nReport details\n  Reference: KCSC-1\n  Reported by: the Commission\n  Reported content: https://t.me/c/1\n  Report type: local law\n";
        assert_eq!(r(t), vec![(u(1), Some(Restricted))]);
        // Without the statement being about the reported content, a record
        // in another paragraph does not take it.
        let t = "We restricted access to some posts in South Korea.\n\nReference: KCSC-1\nReported by: the Commission\nLink to the post: https://t.me/c/1\nNotes: see the policy\n";
        assert_eq!(r(t), vec![(u(1), None)]);
    }

    #[test]
    fn a_status_below_a_bare_url_under_a_heading_names_its_item() {
        let t = "Our decisions are below:\nhttps://t.me/c/1\nWe took this post down for violating our rules.\nhttps://t.me/c/2\nHaving reviewed this post, we did not find it in breach of our rules.\nhttps://t.me/c/3\nThis post no longer exists; the account holder deleted it.\n";
        assert_eq!(
            r(t),
            vec![
                (u(1), Some(Removed)),
                (u(2), Some(Rejected)),
                (u(3), Some(NotFound))
            ]
        );
        // A line about the others is not the last URL's status.
        let t = "The following were removed:\nhttps://t.me/c/1\nhttps://t.me/c/2\nThe rest could not be found.\n";
        assert_eq!(r(t), vec![(u(1), Some(Removed)), (u(2), Some(Removed))]);
    }

    #[test]
    fn a_removal_taken_back_in_part_on_the_next_line() {
        let t = "Regarding https://t.me/c/1: our moderators removed the video attached to this message,\nbut the caption text remains visible because it does not break our rules.\n";
        assert_eq!(r(t), vec![(u(1), None)]);
    }

    #[test]
    fn a_hedged_guess_after_a_forward_heading_keeps_it() {
        let t = "We were unable to locate the following content. The URL may be incorrect or the post may no longer exist:\nhttps://t.me/c/1\n";
        assert_eq!(r(t), vec![(u(1), Some(NotFound))]);
        // A decision line below a URL is that URL's alone.
        let t = "Video: https://t.me/c/1\nDecision: Age-restricted (18+)\nVideo: https://t.me/c/2\nDecision: Removed - violates our policy\n";
        assert_eq!(r(t), vec![(u(1), Some(Restricted)), (u(2), Some(Removed))]);
    }

    #[test]
    fn a_statement_in_the_next_paragraph_about_the_only_url() {
        let t = "Following an appeal, we took another look at\nhttps://t.me/c/1.\n\nWe've determined that the video doesn't violate our rules after all.\n";
        assert_eq!(r(t), vec![(u(1), Some(Rejected))]);
        // Two URLs above: "the video" could be either.
        let t = "We looked at\nhttps://t.me/c/1\nhttps://t.me/c/2\n\nThe video has been removed.\n";
        assert_eq!(r(t), vec![(u(1), None), (u(2), None)]);
    }

    #[test]
    fn korean_enumerated_sections() {
        let t = "3. 아래 정보에 대하여 다음과 같이 조치하였음을 회신합니다.\n   가. 삭제\n     - https://t.me/c/1\n     - https://t.me/c/2\n   나. 접속차단(국내)\n     - https://t.me/c/3\n";
        assert_eq!(
            r(t),
            vec![
                (u(1), Some(Removed)),
                (u(2), Some(Removed)),
                (u(3), Some(Restricted))
            ]
        );
        // A general sentence in the next paragraph is not about the URL above.
        let t = "We have not taken action on the following post, as it does not violate the\nX Rules or the laws you referenced:\n\nhttps://t.me/c/1\n\nWithheld content remains available outside the country in which it has been\nwithheld.\n";
        assert_eq!(r(t), vec![(u(1), Some(Rejected))]);
    }

    #[test]
    fn a_sentence_or_an_entry_over_several_lines_is_read_whole() {
        let t = "URL: https://t.me/c/1\nOutcome: This video is no longer available. It was removed by\nthe uploader before we completed our review.\n\n3. https://t.me/c/2 - we have declined to remove this video globally, as it does not\n   violate our guidelines. However, it can no longer be viewed in\n   South Korea due to local law.\n";
        assert_eq!(r(t), vec![(u(1), Some(NotFound)), (u(2), Some(Restricted))]);
        let t = "https://t.me/c/1\n위 게시물은 삭제되지 않았습니다. 검토 결과 당사 운영정책 및 관련 법령상\n게시 제한 사유에 해당하지 않는 것으로 판단하였습니다.\nhttps://t.me/c/2\n위 게시물은 삭제 조치하지 않을 수 없었음을 알려드립니다.\n";
        assert_eq!(r(t), vec![(u(1), Some(Rejected)), (u(2), Some(Removed))]);
    }

    #[test]
    fn a_sentence_explaining_the_heading_keeps_it() {
        let t = "We were unable to locate the following content. It may have been removed by\nthe person who posted it or the link may be incorrect:\n\nhttps://t.me/c/1\n\nWe couldn't find this video. It may have been deleted by the uploader before our review:\nhttps://t.me/c/2\n";
        assert_eq!(r(t), vec![(u(1), Some(NotFound)), (u(2), Some(NotFound))]);
        // A hedged sentence about the others is the list's heading.
        let t = "The following posts have been removed. Others are still under review:\nhttps://t.me/c/1\n";
        assert_eq!(r(t), vec![(u(1), None)]);
    }

    #[test]
    fn a_statement_below_one_url_is_not_a_heading_for_the_next() {
        let t = "https://t.me/c/1\n게시자가 게시물을 수정하여 문제가 된 사진을 삭제하였습니다. 게시물은 현재 수정된\n상태로 게시되어 있습니다.\n\nhttps://t.me/c/2\n해당 게시물은 카페 매니저에 의해 다른 게시판으로 이동되었습니다.\n";
        assert_eq!(r(t), vec![(u(1), None), (u(2), None)]);
        let t = "https://t.me/c/1\nWe removed it. Thanks for the report.\n\nhttps://t.me/c/2\n";
        assert_eq!(r(t), vec![(u(1), Some(Removed)), (u(2), None)]);
    }

    #[test]
    fn the_sentence_after_the_url_s_own_about_it() {
        let t = "We did not take action on https://t.me/c/1. After review, we did not find this\npost to be in violation of our rules or of local law.\n\nRegarding https://t.me/c/2: we have turned off ads on this video and it is no\nlonger eligible for monetization. The video itself does not violate our\nguidelines, so it remains available.\n";
        assert_eq!(r(t), vec![(u(1), Some(Rejected)), (u(2), Some(Rejected))]);
        // Two URLs in the sentence: "this post" could be either.
        let t =
            "We looked at https://t.me/c/1 and https://t.me/c/2 today.\nThis post was removed.\n";
        assert_eq!(r(t), vec![(u(1), None), (u(2), None)]);
    }

    #[test]
    fn the_heading_of_the_next_url_is_not_the_last_url_s_status() {
        let t = "This video was removed for violating our policy:\nhttps://t.me/c/1\nWe couldn't find this video. It may have been deleted by the uploader before our review:\nhttps://t.me/c/2\n";
        assert_eq!(r(t), vec![(u(1), Some(Removed)), (u(2), Some(NotFound))]);
    }

    #[test]
    fn a_statement_about_the_list_above() {
        let t = "안녕하세요.\n1. https://t.me/c/1\n2. https://t.me/c/2\n위 게시물 2건은 운영정책 위반으로 삭제 조치되었음을 알려드립니다.\n";
        assert_eq!(r(t), vec![(u(1), Some(Removed)), (u(2), Some(Removed))]);
        // A count that is not the list's: nothing.
        let t = "1. https://t.me/c/1\n2. https://t.me/c/2\n위 게시물 중 1건은 삭제되었습니다.\n";
        assert_eq!(r(t), vec![(u(1), None), (u(2), None)]);
    }

    #[test]
    fn blind_set_14_to_16_layouts() {
        let t = "After review, we have blocked access to the reported content in South Korea.\n\n---------- Your report ----------\nReporter: the Commission\nLegal basis: Act on Promotion of Information and Communications Network Utilization\nURLs reported:\nhttps://t.me/c/1\nhttps://t.me/c/2\n";
        assert_eq!(
            r(t),
            vec![(u(1), Some(Restricted)), (u(2), Some(Restricted))]
        );
        let t = "Thanks for reporting. After reviewing the reported content, we removed it.\n\nHere is a copy of your report:\n  Reference: KCSC-1\n  Reported content:\n    https://t.me/c/1\n";
        assert_eq!(r(t), vec![(u(1), Some(Removed))]);
        let t = "Hi,\n\nWe reviewed the video you reported: https://t.me/c/1\nWe didn't find any violations of our Community Guidelines, so the video will stay up.\n";
        assert_eq!(r(t), vec![(u(1), Some(Rejected))]);
        let t = "- 채널 https://t.me/c/1\n  YouTube 커뮤니티 가이드(https://www.youtube.com/howyoutubeworks/policies/)를\n  반복적으로 위반하여 채널이 해지(삭제)되었습니다.\nhttps://t.me/c/2\n- 결과: TikTok 커뮤니티 가이드라인(https://www.tiktok.com/community-guidelines) 위반으로 삭제됨\n";
        assert_eq!(r(t), vec![(u(1), Some(Removed)), (u(2), Some(Removed))]);
    }

    #[test]
    fn a_turn_after_an_unread_act_is_not_its_status() {
        let t = "https://t.me/c/1 게시물은 다음 검색 결과에서 노출되지 않도록 제외 처리하였습니다.\n다만 카페 게시물의 삭제는 카페 운영자의 권한으로, 당사에서는 게시물 자체에\n대해서는 별도로 조치하지 않았습니다.\n";
        assert_eq!(r(t), vec![(u(1), None)]);
    }

    #[test]
    fn blind_set_18_to_21_layouts() {
        let t = "We've reviewed the content you reported.\n\nInstagram post: https://t.me/c/1\nBased on local law, we've restricted access to this content in South Korea.\n\nFacebook post: https://t.me/c/2\nWe didn't remove this post because it doesn't go against our Community Standards.\n";
        assert_eq!(r(t), vec![(u(1), Some(Restricted)), (u(2), Some(Rejected))]);
        let t = "We've reviewed the content you reported and restricted access\nto it in South Korea, because it violates local law.\n\nLearn more about how we handle content reported under local law:\nhttps://transparency.meta.com/reports/content-restrictions/\n\nDetails of your report\nContent reported:\n- https://t.me/c/1\n";
        assert_eq!(r(t), vec![(u(1), Some(Restricted))]);
        let t = "We removed this content because it goes against our https://transparency.meta.com/policies/community-standards/:\nhttps://t.me/c/1\n";
        assert_eq!(r(t), vec![(u(1), Some(Removed))]);
        let t = "신고해 주신 게시물을 살펴본 결과 해당 게시물을 블라인드 처리하였음을 알려드립니다.\n\n[신고 내용]\n신고번호: R-1\n신고 게시물: https://t.me/c/1\n";
        assert_eq!(r(t), vec![(u(1), Some(Removed))]);
    }

    #[test]
    fn the_next_paragraph_about_the_only_url() {
        let t = "Hello,\n\nThank you for your report regarding https://t.me/c/1.\n\nAfter careful review, we have decided not to take action on this video. It does not violate our guidelines.\n";
        assert_eq!(r(t), vec![(u(1), Some(Rejected))]);
        let t = "Hi,\n\nWe reviewed the reel you reported:\nhttps://t.me/c/2\n\nWe didn't remove it because it doesn't go against our Community Guidelines.\n";
        assert_eq!(r(t), vec![(u(2), Some(Rejected))]);
    }

    #[test]
    fn a_statement_about_the_others_heads_no_list() {
        let t = "We have taken action on some of the posts you reported. Others did not violate our rules or local law.\n\nReported content:\nhttps://t.me/c/1\nhttps://t.me/c/2\n";
        assert_eq!(r(t), vec![(u(1), None), (u(2), None)]);
        let t = "We have removed the reported content for violating our policy.\n\nReport summary:\nReporter: the Commission\nReported posts:\nhttps://t.me/c/1\n";
        assert_eq!(r(t), vec![(u(1), Some(Removed))]);
    }

    #[test]
    fn two_urls_in_one_sentence_each_with_its_clause() {
        let t = "In response to your reminder: https://t.me/c/1 has been removed, and https://t.me/c/2 has been restricted in South Korea. The remaining items were answered earlier.\n";
        assert_eq!(r(t), vec![(u(1), Some(Removed)), (u(2), Some(Restricted))]);
    }

    #[test]
    fn a_dashed_heading_below_a_url_heads_the_next_ones() {
        let t = "- 아래 동영상은 대한민국 법률에 따라 한국 내에서 이용할 수 없도록 제한하였습니다.\n  https://t.me/c/1\n  https://t.me/c/2\n- 아래 Shorts 동영상은 커뮤니티 가이드 위반으로 삭제되었습니다.\n  https://t.me/c/3\n";
        assert_eq!(
            r(t),
            vec![
                (u(1), Some(Restricted)),
                (u(2), Some(Restricted)),
                (u(3), Some(Removed))
            ]
        );
    }

    #[test]
    fn korean_address_labels_are_labels() {
        let t = "방송통신심의위원회의 요청에 따라 아래 게시글을 임시조치하였습니다.\n게시글 주소: https://t.me/c/1\n게시글 주소: https://t.me/c/2\n";
        assert_eq!(
            r(t),
            vec![(u(1), Some(Restricted)), (u(2), Some(Restricted))]
        );
    }

    #[test]
    fn policy_pages_are_not_items() {
        for url in [
            "https://post.naver.com/policy.naver",
            "https://www.youtube.com/howyoutubeworks/policies/",
            "https://help.x.com/en/rules-and-policies",
            "https://example.com/rules.html",
            "https://discord.com/safety/360044159011-what-actions-we-take",
            "https://transparencyreport.google.com/government-removals/overview",
            "https://cafe.daum.net/_c21_/cafe_rule",
            "https://www.reddit.com/report",
            "https://mega.io/takedown",
            "https://inoti.naver.com/inoti/main.nhn",
            "https://helpdesk.nate.com/",
            "https://cs.kakao.com/helps?service=5",
            "https://section.cafe.naver.com/ca-fe/home/rules",
            "https://www.youtube.com/reportingdashboard",
            "https://www.facebook.com/communitystandards/",
            "https://www.instagram.com/accounts/report_history/",
            "https://www.kakao.com/policy/oppolicy",
        ] {
            assert!(is_policy_link(url), "{url}");
        }
        for url in [
            "https://post.naver.com/viewer/postView.naver?volumeNo=1",
            "https://t.me/rules_chan/5",
            "https://www.reddit.com/r/sub/comments/1abc/new_rules/",
            "https://example.com/report/2024/09/12/item-881",
        ] {
            assert!(!is_policy_link(url), "{url}");
        }
    }

    #[test]
    fn requested_pages_nest_and_restore_the_outer_reading() {
        // A forwarded email read inside a reading sets its own requested
        // pages; when it ends, the outer reading's must be back, or the
        // rest of the outer email takes a requested page for a help link.
        let page = "https://example.org/contact";
        let key = urls::normalize(page).expect("a URL");
        assert!(is_policy_link(page));
        {
            let _outer = RequestedPages::set(std::slice::from_ref(&key));
            assert!(!is_policy_link(page));
            {
                let _inner = RequestedPages::set(&[]);
                assert!(is_policy_link(page));
            }
            assert!(
                !is_policy_link(page),
                "the outer reading's pages are restored"
            );
        }
        assert!(is_policy_link(page));
    }

    #[test]
    fn a_sentence_after_a_list_ends_the_heading() {
        // The Korean sentence about the last URL states its refusal in words
        // the reader may not know; it must not take the heading above.
        let t = "The following videos were removed:\nhttps://t.me/c/1\nhttps://t.me/c/2\nFor the channel below we see no grounds under local law or our policies.\nhttps://t.me/c/3\n";
        assert_eq!(
            r(t),
            vec![(u(1), Some(Removed)), (u(2), Some(Removed)), (u(3), None)]
        );
        // A field line inside the list does not end it.
        let t = "Removed:\nhttps://t.me/c/1\nReported on: 2024-09-10\nhttps://t.me/c/2\n";
        assert_eq!(r(t), vec![(u(1), Some(Removed)), (u(2), Some(Removed))]);
    }

    #[test]
    fn a_record_s_decision_field() {
        // DSA statement-of-reasons records and ticket records: the decision
        // field may stand below other fields of the same record.
        let t = "Content concerned: https://t.me/c/1\nType of restriction: Disabling of access in a Member State or third country\nGround: illegal content\n\nContent concerned: https://t.me/c/2\nDate reported: 2024-09-10\nChannel: c\nOutcome: Removed\n\nLink: https://t.me/c/3\nDate reported: 2024-09-10\nNotes: the content was removed by someone\n";
        assert_eq!(
            r(t),
            vec![
                (u(1), Some(Restricted)),
                (u(2), Some(Removed)),
                (u(3), None)
            ]
        );
    }

    #[test]
    fn prose_across_lines() {
        let t = "Following our review, the posts at\nhttps://t.me/c/1, https://t.me/c/2,\nand https://t.me/c/3 have been removed for violating our\npolicy. The post at\nhttps://t.me/c/4 is still being reviewed and no action has been taken yet.\n";
        assert_eq!(
            r(t),
            vec![
                (u(1), Some(Removed)),
                (u(2), Some(Removed)),
                (u(3), Some(Removed)),
                (u(4), None)
            ]
        );
    }

    #[test]
    fn heading_sentence_across_lines() {
        let t = "We have concluded that the following videos do not\nviolate our policies, and we are declining to remove or\nrestrict them:\nhttps://t.me/c/1\n";
        assert_eq!(r(t), vec![(u(1), Some(Rejected))]);
        let t = "Content that violates our policies will be removed or\nrestricted. You will hear from us.\nYou reported:\nhttps://t.me/c/1\n";
        assert_eq!(r(t), vec![(u(1), None)]);
    }

    #[test]
    fn a_note_in_brackets_keeps_the_heading_a_paragraph_away() {
        // Blind-256 (x-legal-withheld-in-kr-list).
        let t = "We have withheld the following content in Korea:\n\nhttps://t.me/c/1\nhttps://t.me/c/2  (entire account)\n";
        assert_eq!(
            r(t),
            vec![(u(1), Some(Restricted)), (u(2), Some(Restricted))]
        );
        // A sentence of its own still is not the heading's.
        let t =
            "Removed:\n\nhttps://t.me/c/1\nhttps://t.me/c/2 we are still looking into this one\n";
        assert_eq!(r(t)[1], (u(2), None));
    }

    #[test]
    fn a_url_line_with_its_own_status_does_not_leak() {
        let t = "The following have been removed:\nhttps://t.me/c/1\nhttps://t.me/c/2 (restricted in Korea only, not removed)\nhttps://t.me/c/3\n";
        assert_eq!(
            r(t),
            vec![
                (u(1), Some(Removed)),
                (u(2), Some(Restricted)),
                (u(3), Some(Removed))
            ]
        );
    }

    #[test]
    fn a_status_of_one_sentence_does_not_reach_the_url_ending_the_sentence_before() {
        // Blind set 2 (tg-mixed-statuses-prose): …/2 ends the "blocked"
        // sentence on the line where the "could not be found" sentence starts.
        let t = "We blocked the posts https://t.me/c/1 and\nhttps://t.me/c/2. The message https://t.me/c/3 could not be found; it was\nprobably deleted by its author.\n";
        assert_eq!(
            r(t),
            vec![
                (u(1), Some(Removed)),
                (u(2), Some(Removed)),
                (u(3), Some(NotFound))
            ]
        );
        // Two sentences with a status each on one line.
        let t = "https://t.me/c/1 was removed. https://t.me/c/2 could not be located.\n";
        assert_eq!(r(t), vec![(u(1), Some(Removed)), (u(2), Some(NotFound))]);
        // One sentence naming two URLs is not split.
        let t = "Posts https://t.me/c/1 and https://t.me/c/2 were removed.\n";
        assert_eq!(r(t), vec![(u(1), Some(Removed)), (u(2), Some(Removed))]);
    }

    #[test]
    fn content_you_reported_below_a_statement_about_it() {
        // Blind set 2 (meta-style-we-removed).
        let t = "We removed the content you reported\n\nThanks for your report. We reviewed it and found that it goes against our\nTerms of Service, so we removed it.\n\nContent you reported:\nhttps://t.me/c/1\n";
        assert_eq!(r(t), vec![(u(1), Some(Removed))]);
        // A different status in between ends it.
        let t = "We removed the content you reported.\n\nOne other post was restricted.\n\nContent you reported:\nhttps://t.me/c/1\n";
        assert_eq!(r(t), vec![(u(1), None)]);
    }

    #[test]
    fn inline_replies_with_blank_lines() {
        let t = "> 1. https://t.me/c/1\n\nRemoved.\n\n> 2. https://t.me/c/2\n\nUnder review.\n\n> 3. https://t.me/c/3\n> 4. https://t.me/c/4\n";
        assert_eq!(r(t), vec![(u(1), Some(Removed))]);
    }

    #[test]
    fn inline_replies_under_quotes() {
        let t = "> https://t.me/c/1\nRemoved.\n> https://t.me/c/2\nCould not locate this one.\n> https://t.me/c/3\n";
        assert_eq!(r(t), vec![(u(1), Some(Removed)), (u(2), Some(NotFound))]);
    }

    #[test]
    fn policy_links_are_not_content() {
        let t = "Removed:\nhttps://t.me/c/1\nFor more information see https://help.x.com/en/rules-and-policies\n";
        assert_eq!(r(t), vec![(u(1), Some(Removed))]);
    }

    #[test]
    fn a_guide_page_is_a_policy_link() {
        // NAVER's page on the temporary measure, cited under a notice.
        assert!(is_policy_link("https://right.naver.com/guide/temporary"));
        assert!(is_policy_link("https://lumendatabase.org"));
        assert!(!is_policy_link(
            "https://blog.naver.com/someone/223558810032"
        ));
    }

    #[test]
    fn headings_without_blank_lines() {
        let t = "Removed:\nhttps://t.me/c/1\nhttps://t.me/c/2\nCould not locate:\nhttps://t.me/c/3\nThe following link is invalid\nhttps://t.me/c/4";
        assert_eq!(
            r(t),
            vec![
                (u(1), Some(Removed)),
                (u(2), Some(Removed)),
                (u(3), Some(NotFound)),
                (u(4), Some(NotFound))
            ]
        );
    }

    #[test]
    fn sentence_spans() {
        assert_eq!(sentences_with("a b. c d", &[]), vec![(0, 4), (4, 8)]);
        assert_eq!(
            sentences_with("see https://t.me/a.b now", &[]),
            vec![(0, 24)]
        );
    }

    /// The spans as first written: char by char, breaks looked up in a list.
    fn sentences_char_walk(text: &str, breaks: &[usize]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = 0;
        let b = text.as_bytes();
        for (i, c) in text.char_indices() {
            if breaks.contains(&i) && i > start {
                out.push((start, i));
                start = i;
            }
            if matches!(c, '.' | '!' | '?' | '。') {
                let end = i + c.len_utf8();
                if end >= b.len() || b[end].is_ascii_whitespace() {
                    out.push((start, end));
                    start = end;
                }
            }
        }
        if start < text.len() {
            out.push((start, text.len()));
        }
        out
    }

    #[test]
    fn byte_walk_matches_char_walk() {
        let pieces = [
            "삭제",
            "완료",
            ".",
            " ",
            "。",
            "!",
            "?",
            "x",
            "https://t.me/a.b",
            "\n",
            "é",
            "…",
            ":",
        ];
        let mut seed: u64 = 7;
        for _ in 0..3000 {
            let mut text = String::new();
            let n = (seed % 12) as usize;
            for _ in 0..n {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            // Breaks at arbitrary offsets, char boundaries or not, in any order.
            let breaks: Vec<usize> = (0..(seed >> 40) % 4)
                .map(|k| ((seed >> (8 * k)) as usize) % (text.len() + 2))
                .collect();
            assert_eq!(
                sentences_with(&text, &breaks),
                sentences_char_walk(&text, &breaks),
                "{text:?} {breaks:?}"
            );
        }
    }

    #[test]
    fn urls_named_bare_and_urls_of_footers() {
        let t: Vec<String> = "■ 처리 대상\n- https://t.me/c/1\n신고된 콘텐츠: https://t.me/c/2\n\n\
카카오 권리침해신고센터 드림\nhttps://cs.example.com/helps?service=150\n\
게시중단 요청 서비스: https://inoti.example.com/main\n\
please share them in a new report at\nhttps://dis.example/request .\n\
See https://t.me/c/5 for details."
            .lines()
            .map(str::to_string)
            .collect();
        assert!(named_bare(&t, "https://t.me/c/1"));
        assert!(named_bare(&t, "https://t.me/c/2"));
        for u in [
            "https://cs.example.com/helps?service=150",
            "https://inoti.example.com/main",
            "https://dis.example/request",
            "https://t.me/c/5",
        ] {
            assert!(!named_bare(&t, u), "{u}");
        }
        // A bare URL with its own answer below it (blind-97).
        let t: Vec<String> = "https://t.me/c/7\n  -> already 404, fell off the board\n\nhttps://t.me/c/8\n-> deleted\n"
            .lines()
            .map(str::to_string)
            .collect();
        assert!(!named_bare(&t, "https://t.me/c/7"));
        assert!(!named_bare(&t, "https://t.me/c/8"));
    }

    #[test]
    fn a_square_marked_heading_over_its_url_heads_it_not_the_url_above() {
        // "■ 처리완료 (게시중단)" over one URL, then "■ 조치불가" over the
        // next: each heading is its own URL's, never the status of the URL
        // above it across the blank line.
        let t = format!(
            "요청번호: KCSC-240903-01\n\n■ 처리완료 (게시중단)\n{}\n\n■ 조치불가\n{}\n",
            u(1),
            u(2)
        );
        assert_eq!(r(&t), vec![(u(1), Some(Removed)), (u(2), Some(Rejected))]);
    }
}
