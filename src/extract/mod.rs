//! Extract: from a parsed email, what it states. Pure: the parsed email and
//! the sender's platform in, an `Extraction` out. Statuses only ever come from
//! the author's own words; references may come from anywhere.

pub mod html;
pub mod lines;
mod positions;
pub mod quotes;
pub mod refs;
pub mod status;
pub mod tables;
pub mod urls;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::config::{Platform, Settings};
use crate::parse::ParsedEmail;
use crate::status::Status;
pub use refs::References;
use status::{Said, said};

/// A built-in pattern with ASCII word boundaries (`(?-u:\b)` for every `\b`).
///
/// Why: a Unicode `\b` makes the regex crate give up its lazy DFA as soon as
/// the text holds a non-ASCII byte (every Korean line, every line with a
/// curly quote) and fall back to its NFA engines, which made the phrase
/// matching most of the CPU of reading an email. The words these boundaries
/// delimit are English; the only difference is that a non-ASCII letter glued
/// to an English word ("removed됨") now counts as a boundary.
pub(crate) fn ascii_b(pattern: &str) -> String {
    pattern.replace(r"\b", r"(?-u:\b)")
}

#[cfg(test)]
mod reader_tests;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Classification {
    Confirmation,
    AutoReply,
    Bounce,
    Acknowledgement,
    /// A read receipt (MDN, RFC 8098): says the email was opened, nothing more.
    ReadReceipt,
    Forwarded,
    RequestForInfo,
    Other,
    Malformed,
}

impl Classification {
    pub fn as_str(self) -> &'static str {
        match self {
            Classification::Confirmation => "confirmation",
            Classification::AutoReply => "auto_reply",
            Classification::Bounce => "bounce",
            Classification::Acknowledgement => "acknowledgement",
            Classification::ReadReceipt => "read_receipt",
            Classification::Forwarded => "forwarded",
            Classification::RequestForInfo => "request_for_info",
            Classification::Other => "other",
            Classification::Malformed => "malformed",
        }
    }
}

/// One item-level statement: this URL now has this status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    /// The URL as written in the email.
    pub url: String,
    pub key: Option<String>,
    pub status: Status,
    /// Where it was read: text, html, html-table, csv, xlsx, forwarded.
    pub via: &'static str,
    /// The statement is about a whole channel or account, covering items under it.
    pub channel: bool,
    /// The line of the author's text it was read from (None: a table, an
    /// attachment, or a statement about the email's list as a whole).
    pub line: Option<usize>,
}

/// "All items of KCSC-… have been removed", "we deleted 25 pieces of content".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bulk {
    pub status: Status,
    pub count: Option<u32>,
    pub sentence: String,
    /// Not a statement about a list but the email's only statement, in an
    /// email that names no URL ("We have determined this content does not
    /// violate the Content Policy"): it can mean only the one item of a
    /// one-item request (see `matching`).
    pub sole: bool,
    /// "We have removed all of the videos listed in your request except
    /// URL, which …": about the items it does not name, which it leaves
    /// for a person to tell apart (never applied by itself).
    pub except: bool,
}

#[derive(Debug, Clone)]
pub struct Extraction {
    pub classification: Classification,
    pub refs: References,
    pub claims: Vec<Claim>,
    /// URLs mentioned with a negated, future or hedged status: they stay pending.
    pub hedged: Vec<String>,
    /// URLs of `hedged` about which nothing at all was said (no status word
    /// anywhere near them): in an email that states other things, these are
    /// what the reader did not understand.
    pub unread: Vec<String>,
    /// For each URL of `hedged`: the author's sentence(s) around it, quoted
    /// in a `not_understood` review so that staff can read what was said.
    pub unstated: Vec<(String, String)>,
    pub bulk: Option<Bulk>,
    /// What the platform asks for before acting, when it asks.
    pub asks: Option<String>,
    pub unreadable_attachments: Vec<String>,
    /// URLs given two different statuses in the same email (neither is used).
    pub conflicts: Vec<String>,
    pub notes: Vec<String>,
    /// Keys of the domains the author named without a scheme ("jackpot-ace88.top
    /// is on clientHold"). They are read as URLs only when they are requested
    /// items (see `extract_with` and `pipeline::read_against`): a host in
    /// prose or a signature is no claim, and would change how the sentence
    /// around it is read.
    pub bare_hosts: Vec<String>,
    /// Keys of the links in the author's text read as the platform's own
    /// pages (help, policy, contact, report forms) and so not as content.
    /// A requested item among them is read again as content (see
    /// `extract_with` and `pipeline::read_against`): "…/contact" may be
    /// the page that was reported.
    pub policy_links: Vec<String>,
    /// The author's own lines as read (for `takedown explain`).
    pub own_lines: Vec<String>,
    /// Whom the author wrote to: To and Cc (matching checks it was written
    /// to us; Delivered-To and X-Original-To do not count, see
    /// `matching::addressed_to_us`).
    pub addressed_to: Vec<String>,
    /// Its Date: header (matching checks it was written after the request).
    pub written_at: Option<jiff::Timestamp>,
}

/// "The other URLs in your notice are still under review", "나머지 게시물은
/// 현재 검토 중입니다": the items not named are still pending.
static OTHERS_PENDING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:the\s+)?(?:other|remaining|rest\s+of\s+the)\s+(?:\w+\s+){0,2}?(?:urls|items|links|posts|videos|accounts|channels|messages|pieces\s+of\s+content)\b[^.;:]{0,60}?\b(?:are|remain)\s+(?:still\s+|currently\s+)?(?:under\s+(?:\w+\s+)?review|being\s+(?:reviewed|assessed|investigated)|pending|in\s+progress|under\s+investigation)\b|나머지\s*(?:게시물|게시글|url|링크|영상|항목|건)[^.。]{0,20}?(?:현재\s*)?(?:검토|확인|처리)\s*중"))
        .expect("built-in regex")
});

static NOT_GONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:was|were|has|have|had)\s*(?:not|n't)\s+(?:been\s+)?(?:deleted|removed)\s+by\s+(?:its|the|their)\s+(?:author|owner|uploader|poster|user)\b[^.;]{0,20}?\b(?:is|are)\s+still\s+(?:online|up|live|available|accessible|visible)\b"))
        .expect("built-in regex")
});

static KOREAN_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"\b(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.")).expect("built-in regex")
});

static SOME_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:some|several|certain|a\s+few|part)\s+of\b|\bsome\s+(?:posts|items|links|urls|videos|messages)\b|(?:^|[^\d가-힣])일부"))
        .expect("built-in regex")
});

/// "all … except URL": the exception named, the rest not.
/// A bulk phrase that covers every item ("all of the videos", "every
/// channel", "the entire list"), not a count.
static ALL_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:all|every|the\s+(?:entire|whole))\b").expect("built-in regex")
});

static EXCEPT_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:except(?:\s+for)?|other\s+than|apart\s+from|excluding)\s+(?:for\s+)?(?:the\s+\w+\s+)?<?https?://"))
        .expect("built-in regex")
});

static BULK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        &ascii_b(r"(?ix)
        \ball\s+(?:of\s+)?(?:the\s+)?(?:(?P<n1>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+)?(?:reported\s+|requested\s+|listed\s+)?(?:items|urls|links|content|contents|posts|pieces|messages|videos|accounts|channels|files|images|photos|pages|entries|tweets|comments|threads|vods)\b
      # All of them have been removed, after a sentence about the report.
      | \ball\s+of\s+them\b | \bthem\s+all\b | \bevery\s+one\s+of\s+them\b
      | \b(?P<n2>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+(?:pieces\s+of\s+content|items|urls|links|posts|messages|videos|accounts|channels|reported\s+items)\b
      | \bthe\s+(?:entire|whole)\s+(?:request|list|report)\b
      | \bthe\s+(?:reported|requested|notified|listed)\s+(?:content|material|items|urls|links|posts|videos|messages)\b
      | \b(?P<both>both)\s+(?:of\s+the\s+)?(?:\w+\s+)?(?:pieces\s+of\s+content|items|urls|links|posts|messages|videos|accounts|channels|domains|sites|files|hostnames|threads|images|pages)\b
      | \bevery\s+(?:\w+\s+)?(?:item|url|link|post|video|message|file|hostname|domain|account|channel|page|site|thread|image)(?:\s+(?:and|or|&)\s+(?:item|url|link|post|video|message|file|hostname|domain|account|channel|page|site|thread|image))?\s+(?:(?:that\s+)?you\s+(?:listed|reported|sent)|listed|named|reported|included|in\s+your)\b
      | \b(?:items|urls|links|posts|messages|videos|content|material)\s+(?:that\s+)?you\s+(?:listed|reported|sent|provided|submitted)\b
      | \bthe\s+(?:items|urls|links|posts|messages|videos|content|material|files|accounts|channels|images|threads|domains|sites)\s+(?:listed|named|reported|included|mentioned)\s+in\s+(?:your|the|this)\s+(?:request|report|notice|email|letter|list)\b
      | (?:요청|신고)\s*(?:하신|한|된|주신|해\s*주신|하여\s*주신)\s*(?:[가-힣A-Za-z]+\s+){0,2}(?:게시물|게시글|콘텐츠|내용|URL|영상)
      | (?:모든|전체|전부)\s*(?:게시물|항목|URL|링크|콘텐츠)?
      # 요청하신 VOD 및 방송국 게시글은 모두 삭제 조치 완료되었습니다
      | (?:은|는|을|를)\s+모두\s
      # (Not the running number of a reference: KCSC-240910-06 건으로.)
      | (?:^|[^-\dA-Za-z])(?P<n3>\d+)\s*(?:건|개)"),
    )
    .expect("built-in regex")
});

// A platform asking for something before it acts. Deliberately specific:
// footers say "for more information, visit …" and refusals say "should you
// obtain additional information …", neither of which is a request.
static ASKS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        &ascii_b(r"(?ix)
        \b(?:provide|send|submit|obtain|need|require|requires|required|attach|furnish|share|receive|include)\b.{0,80}
            \b(?:court|order|subpoena|warrant|proof|evidence|consent|documentation|documents|details|clarification|statutory|provision|legal\s+basis|timestamps?|exact\s+urls?|specific\s+urls?|identity)\b
      | \b(?:court\s+order|subpoena|warrant|consent|proof|legal\s+basis)\b.{0,40}\b(?:is|are|will\s+be)\s+(?:required|needed|necessary)
      | \b(?:could|can|would)\s+you\s+(?:please\s+)?(?:tell|clarify|specify|provide|confirm|send|share|identify|indicate)\b
      | \bplease\s+(?:provide|send|submit|clarify|specify|identify|indicate|confirm\s+the\s+(?:exact|specific)|reply\s+with|reply\s+to\s+this\s+(?:email|message|ticket)\s+with\s+(?:the\s+|a\s+|any\s+)?(?:documents?|documentation|information|details|evidence|proof|copy|court|order|decision|legal)|include|attach|share|tell\s+us|let\s+us\s+know|advise)\b
      | \b(?:need|require)s?\s+(?:some\s+|a\s+little\s+)?(?:additional|more|further)\s+(?:information|details|documents|documentation)\b
      # Before we can act on the links it lists, we need a little more from you:
      | \b(?:need|require)s?\s+(?:a\s+(?:little|bit)\s+|something\s+)?more\s+from\s+you\b
      # Before we can act on the links in your notice we need:  (a list below)
      # … we need one of the following:
      | \b(?:we|i)\s+(?:would\s+|will\s+|first\s+|still\s+)?(?:need|require)\s*(?:(?:one|any|all|each|both)\s+of\s+)?(?:the\s+following(?:\s+\w+)?\s*)?:\s*$
      | \b(?:can't|cannot|can\s+not|unable\s+to)\s+(?:process|proceed\s+with|act\s+on|take\s+action\s+on)\s+(?:your|this|the|these|those|any\s+of\s+the)\s+(?:\w+\s+)?(?:request|report|notice|links?|urls?|items?|files?|posts?|videos?|content)\s+until\b
      | \b(?:won't|will\s+not)\s+be\s+able\s+to\s+(?:process|proceed\s+with|act\s+on|take\s+a\s+decision\s+on|decide\s+on|review)\b.{0,60}\buntil\s+we\s+(?:receive|get|have)\b
      | 법원|영장|추가\s*(?:[가-힣]+\s*)?(?:정보|자료|서류)|(?:확인|자료|서류|소명|증빙|동의)(?:가|이)?\s*필요|(?:송부|제출|제공|보내)\s*(?:해|하여)?\s*(?:주시기|주십시오|주시면|주세요|부탁)|(?:공문|원본|서류|연락처|증빙|사본)[^.]{0,30}?(?:회신|전달)\s*(?:해|하여)?\s*(?:주시기|주십시오|주세요|부탁)|(?:공문|원본|서류|증빙|사본|정보|자료)[^.]{0,30}?(?:회신|전달|첨부)[^.]{0,12}?주시면\s*(?:검토|확인|처리)|의결서|근거\s*(?:자료|법령|조항|규정)|(?:자료|서류)(?:가|이)?\s*필요|추가로\s*(?:제출|제공)|근거\s*자료|동의서|당사자\s*동의|구체적인?\s*(?:URL|주소)|보완"),
    )
    .expect("built-in regex")
});
// Sentences that mention documents without asking for them now: a
// condition, an invitation, what the platform will not share, how to send
// requests in future ("Going forward, please send removal requests to …"),
// where questions go ("문의 사항은 회신 메일로 보내 주시기 바랍니다", "추가
// 문의는 report@… 으로 보내 주세요"), what
// to do when things change ("법원 판결 등 새로운 사정이 생기면 다시 신고해
// 주세요"), our
// own request echoed ("Please tell us the action taken for each URL"), a
// refusal for want of a breach that names what would change it ("It does
// not breach our Acceptable Use Policy …, so we will not take action on
// this URL unless we receive an order from a competent court"), what
// it changed ("설명을 보완했습니다").
static ASKS_NOT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)^\W*(?:if|should\s+you|should\s+(?:the|this|it|any)|in\s+case|where|for\s+more\s+information)\b|\bwelcome\s+to\b|\byou\s+may\s+(?:also\s+)?(?:submit|send|contact)|(?:있으시면|있으면|하시면|원하시면|경우에는|경우|생기면|생기시면|되면|나오면|발생하면|내려지면|확정되면)\s|다시\s*검토(?:하겠|해\s*드리)|\bif\s+we\s+need\b|\bcontact\s+you\s+if\b|\bif\s+you\s+(?:believe|think|still|disagree|feel|consider|continue|can\s+still)\b|\b(?:can't|cannot|can\s+not|unable\s+to|won't|will\s+not|do\s+not|don't|are\s+not\s+able\s+to)\s+(?:always\s+|usually\s+|generally\s+|publicly\s+)?(?:share|provide|disclose|give)\b|\b(?:would|will|may)\s+(?:need|have)\s+to\s+go\s+through\b|\b(?:going\s+forward|from\s+now\s+on|future\s+(?:removal\s+)?(?:notices|requests|reports|orders))\b|\b(?:does|do|did)\s*(?:not|n't)\s+(?:breach|violate|break|infringe|contravene)\b[^.]*\bunless\s+we\s+(?:receive|are\s+served|get)\b|\b(?:tell|inform|advise)\s+us\s+(?:of\s+)?(?:the\s+)?actions?\s+(?:you\s+(?:have\s+)?)?taken\b|앞으로|문의(?:\s*(?:사항|내용))?(?:은|는|이|에\s*대해서는)\s|문의\s*(?:사항|내용)\s|보완(?:했|하였|되었)|재검토(?:하겠|해\s*드리|를\s*진행하겠)")).expect("built-in regex")
});

/// Where reports go from now on ("Please send reports about threads … to
/// janitors@…", "…부터 … 요청은 전용 접수 페이지로", "신고 시 …"): no ask
/// about this request.
static WHERE_TO_SEND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\bsend\s+(?:all\s+|any\s+|future\s+|new\s+)?(?:reports?|notices?|requests?|complaints?|legal\s+notices?|abuse\s+reports?)\b[^.]{0,60}?\bto\s+[\w.+-]+@|(?:요청|신고)(?:은|는)\s*[^.]{0,40}?(?:주소|메일|양식|창구|페이지)\s*(?:\([^)]*\))?\s*(?:로|으로)\s*(?:보내|접수|제출)|신고\s*시\s|\d+\s*월\s*\d+\s*일\s*부터")).expect("built-in regex")
});

/// A check that someone on the platform's side still has to make ("갤러리
/// 매니저 쪽 확인이 필요해서 …", "추가 확인이 필요하여 검토 중입니다", a row's
/// "검토중 | 추가 확인 필요"), or a
/// content gate ("연령 확인이 필요한 글로 지정하여"): nothing asked of us.
static INSIDE_CHECK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:연령|성인|나이|본인|매니저|운영자|운영진|리더|갤러리|카페|밴드|부서|로그|시스템상)\s*(?:쪽|측)?\s*(?:의\s*)?(?:추가\s*)?확인(?:이|가)?\s*필요|확인(?:이|가)?\s*필요한\s*(?:글|게시물|게시글|콘텐츠|영상)|확인(?:이|가)?\s*필요(?:하여|해서|하므로)\s*(?:[가-힣]+\s+){0,2}?(?:검토|확인)\s*(?:중|하고\s*있)|(?:검토|확인)\s*중\s*\|\s*(?:추가\s*)?확인(?:이|가)?\s*필요")
        .expect("built-in regex")
});

/// The first sentence of the author's words that asks for something.
fn find_asks(text: &str) -> Option<String> {
    // A paragraph ends a sentence too ("…\n  * URL\n\nIf you have a
    // different link, please send it": the condition opens its own).
    let flat = text
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n");
    // Sentence ends are a stop and a space: URLs hold dots of their own.
    let flat = flat
        .replace(". ", ".\n")
        .replace("? ", "?\n")
        .replace("! ", "!\n");
    flat.lines()
        .map(str::trim)
        .find(|s| {
            let t = INSIDE_CHECK.replace_all(s, " ");
            ASKS.is_match(&t) && !ASKS_NOT.is_match(&t) && !WHERE_TO_SEND.is_match(&t)
        })
        .map(str::to_string)
}

/// The content still up, or the act not carried out yet, in so many words.
static STILL_UP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:is|are)\s+still\s+(?:playable|viewable|watchable|live|online|up|available|accessible)\b|\b(?:has|have)\s+not\s+(?:yet\s+)?been\s+(?:applied|carried\s+out|executed|enforced|implemented)\b"))
        .expect("built-in regex")
});

// (ASCII word boundaries: a Unicode one makes the regex engine drop to
// its slow path on any Korean text, and this runs over the whole email.)
static ACK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?ix)
        we(?:\s+have|'ve)?\s+received\s+your|(?:ticket|case|report|request)\s+(?:(?:number\s+)?\#?\s*[0-9A-Za-z-]*\d[0-9A-Za-z-]*\s+)?(?:has\s+been\s+|was\s+)?(?:received|created|opened|logged)|in\s+(?:the|our)\s+queue|(?:confirm|acknowledge)s?\s+(?:the\s+)?receipt|receipt\s+of\s+your|thank\s+you\s+for\s+(?:your|the)\s+(?:report|request|notice|email)
      | thanks?\s+(?:you\s+)?for\s+(?:submitting|sending|filing)\s+(?:your|the|a|this)\s+(?:report|request|notice|complaint)|your\s+(?:ticket|case|reference)\s+(?:number|id|no\.?)\s+is
      | has\s+been\s+received|have\s+been\s+received|\b(?:opened|created|logged|raised)\s+(?:a\s+|an\s+)?(?:new\s+)?(?:ticket|case)\b|(?:passed|forwarded|escalated|referred)\s+(?:this|it|your\s+(?:report|request|notice|email))\s+(?:along\s+|on\s+)?to\s+the\s+(?:appropriate|relevant|right|responsible)\s+team|will\s+(?:review|investigate|look\s+into)|(?:is|are)\s+(?:being\s+)?(?:under\s+review|reviewed)
      | (?:an?\s+)?automatic\s+(?:confirmation|acknowledge?ment|receipt)|(?:your\s+)?(?:message|report|email|request)\s+(?:has\s+)?reached\s+(?:the|our)\b|(?:logged|recorded|registered)\s+(?:as|under)\s+(?:case|ticket)
      | 접수(?:되었|했|하였|완료)|수신\s*확인|검토\s*(?:후|중)
      | (?:메일|요청|공문|신고|문의|시정\s*요구)[^.。]{0,24}?(?:잘\s*받았|수신(?:하였|했|되었))"),
    )
    .expect("built-in regex")
});

/// The part of `ACK` that says a review is going on, not that anything was
/// received.
static REVIEWING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:will\s+(?:review|investigate|look\s+into)|(?:is|are)\s+(?:being\s+)?(?:under\s+review|reviewed)|검토\s*(?:후|중))$")
        .expect("built-in regex")
});

static OOO_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)^\s*(?:automatic\s+reply|auto(?:matic)?[- ]?(?:reply|response)|auto:|out\s+of\s+(?:the\s+)?office|ooo\b|away\s+from|vacation|자동\s*(?:회신|응답)|부재\s*중)"))
        .expect("built-in regex")
});
static OOO_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:i\s+am|i'm)\s+(?:currently\s+)?(?:out\s+of\s+(?:the\s+)?office|away|on\s+(?:leave|vacation|holiday))|부재\s*중"))
        .expect("built-in regex")
});
static CONCLUDED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:determined|found|concluded|confirmed)\s+(?:that\s+)?(?:a|the|this|it|there|your)\b[^.;!?]{0,80}?\b(?:violat\w*|breach\w*|infring\w*|against\s+our)|(?:\b(?:have|has|had)|['’]ve)\s+(?:now\s+|already\s+)?taken\s+(?:\w+\s+){0,2}actions?\b|\band\s+(?:have\s+|has\s+)?taken\s+(?:\w+\s+){0,2}actions?\b|\b(?:have|has)\s+(?:been\s+)?actioned\b|\b(?:we|i|they)\s+(?:then\s+|also\s+)?took\s+(?:\w+\s+){0,2}actions?\s+(?:on|against)\b|조치(?:를|을)?\s*(?:완료|취하였|취했)"))
        .expect("built-in regex")
});

/// A finding's mark: "확인 결과 이미 …", "검토 결과, …", "… 상태입니다",
/// "on checking", "it turned out" (not "검토 결과는 추후 안내드리겠습니다").
static FINDING_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)(?:확인|검토|조사)\s*결과\s*(?:,|이미|현재|해당|위|아래)|상태(?:입니다|이며|임)|\b(?:on|after)\s+checking\b|\bturned\s+out\b"))
        .expect("built-in regex")
});

static REVIEW_COMPLETED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:we|i)(?:'ve|\s+have)?\s+(?:now\s+)?(?:completed|concluded|finished)\s+(?:our|the|its|my)\s+(?:review|assessment|investigation)\b|\b(?:our|the)\s+(?:review|assessment|investigation)\s+(?:is|has\s+been)\s+(?:now\s+)?(?:complete|completed|concluded|finished)\b|검토(?:를|가)?\s*(?:완료|마쳤|마치었|끝났|종료)"))
        .expect("built-in regex")
});
static REVIEW_TO_COME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:once|when|after|until|before|as\s+soon\s+as|if)\b|(?:완료|마치|끝나|종료)(?:되|하|됐|되었)?(?:면|는\s*대로|기\s*전|을\s*때|ㄹ\s*때|는\s*즉시)|후에?\s"))
        .expect("built-in regex")
});

/// An automatic email that says it is one ("본 메일은 자동 발송되었습니다",
/// "This is an automated response").
static AUTO_SELF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\bthis\s+is\s+an\s+(?:automated|automatic)\s+(?:reply|response|message|e-?mail|notification)\b|\bthis\s+(?:e-?mail|message)\s+(?:was|has\s+been|is)\s+(?:sent|generated)\s+automatically\b|자동\s*(?:으로\s*)?(?:발송|응답|회신)(?:되었|된|됩니다|메일)"))
        .expect("built-in regex")
});
// (Korean mail systems: "[메일 발송 실패]", "전송 실패", from the postmaster.)
static BOUNCE_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)undeliver|delivery\s+(?:status\s+notification|failure|has\s+failed)|mail\s+delivery\s+(?:failed|subsystem)|returned\s+mail|failure\s+notice|반송|(?:메일\s*)?(?:발송|전송|전달|배달)\s*실패")
        .expect("built-in regex")
});
/// Line `ln` with the line above when that line's sentence runs on into it
/// ("Note: after this export was generated,\nURL was removed from X").
fn sentence_head_and_line(lines: &[String], ln: usize) -> String {
    let line = lines.get(ln).map_or("", String::as_str);
    let above = ln
        .checked_sub(1)
        .and_then(|k| lines.get(k))
        .map_or("", |t| t.trim_end());
    // (Not a table's row or another URL's line: "URL | Withheld (KR) |
    // 2024-09-10" above "Update: …".)
    if above.is_empty()
        || above.trim_start().starts_with('>')
        || above.ends_with(['.', '!', '?', '。', ':', '：', ')'])
        || above.contains(" | ")
        || !urls::find_urls(above).is_empty()
    {
        line.to_string()
    } else {
        format!("{above} {line}")
    }
}

/// "has since been removed", "subsequently", "이후 … 삭제", a line headed
/// "UPDATE 17 Sep:": a statement that says it comes after another.
static SINCE_THEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)^\W*(?:update|업데이트)\b|\b(?:has|have|had)\s+since\s+been\b|\bsubsequently\b|\bsince\s+then\b|\bafter\s+(?:this|the|our)\s+(?:table|list|reply|message|email|export|report|summary|sheet)\s+was\s+(?:prepared|sent|written|generated|produced|created|exported|compiled)\b|이후\s*(?:추가로\s*)?(?:삭제|차단|임시\s*조치)",
    ))
    .expect("built-in regex")
});

static FORWARD_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?im)^\s*-{2,}\s*(?:forwarded\s+message|전달된\s*메시지)|^\s*begin\s+forwarded\s+message",
    )
    .expect("built-in regex")
});
static TAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?s)<[^>]*>").expect("built-in regex"));

/// The count a statement gives ("위 게시물 2건은", "the two posts above"),
/// read by the same pattern as bulk claims.
pub(crate) fn stated_count(text: &str) -> Option<u32> {
    // ("both of these pages", "둘 다": two, whatever the words around.)
    static BOTH: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\bboth\s+(?:of\s+)?(?:them|these|those|the\s+\w+|\w+s)\b|둘\s*다")
            .expect("built-in regex")
    });
    let Some(m) = BULK.captures(text) else {
        return BOTH.is_match(text).then_some(2);
    };
    ["n1", "n2", "n3"]
        .iter()
        .find_map(|n| m.name(n))
        .and_then(|n| number(n.as_str()))
        .or(m.name("both").map(|_| 2))
}

/// A count written as a word or in digits ("two", "12").
pub(crate) fn count_word(word: &str) -> Option<u32> {
    number(word)
}

fn number(word: &str) -> Option<u32> {
    const WORDS: [&str; 21] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    word.parse().ok().or_else(|| {
        WORDS
            .iter()
            .position(|w| w.eq_ignore_ascii_case(word))
            .map(|n| n as u32)
    })
}

static ITEM_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)(?:위|상기|해당|아래|다음)(?:의)?\s*(?:(?:두|세|네|다섯|\d+)\s*(?:개의?\s*|건의?\s*)?)?(?:게시물|게시글|글|영상|url|링크|콘텐츠|\d+\s*(?:건|개))|\b(?:these|the\s+above|this|the\s+listed|the\s+following)\s+(?:posts?|videos?|links?|urls?|items?|content|messages?)\b|\b(?:posts?|videos?|links?|urls?|items?|content|messages?|accounts?|channels?)\s+(?:listed\s+)?(?:below|above)\b"))
        .expect("built-in regex")
});

// A promise to act ("we will remove", "삭제 예정"): more than a receipt.
static PROMISE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:will|shall|going\s+to|plans?\s+to|intends?\s+to|expects?\s+to)\s+(?:be\s+)?(?:remove|delete|take\s+down|block|disable|withhold|restrict|removed|deleted|taken\s+down|blocked|disabled|withheld|restricted|removing|deleting|taking\s+down|blocking|disabling|withholding|restricting)\b|(?:삭제|차단|임시\s*조치|게시\s*중단)\s*(?:조치|처리)?\s*(?:할\s*|될\s*)?(?:예정|하겠|할\s*것|될\s*것)|조치\s*(?:할|될|하게\s*될)\s*예정|순차적으로\s*(?:조치|삭제|처리)"))
        .expect("built-in regex")
});

/// "For privacy reasons we are not able to share the specifics of any
/// action taken", "조치 결과는 안내해 드릴 수 없습니다": the platform says it
/// will not tell us what it did. Not a receipt: staff must know that this
/// request will get no item-level answer. ("We may not be able to share the
/// outcome of every report" is a receipt's usual caveat, and stays one.)
static OUTCOME_WITHHELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:we\s+are\s+|we['’]re\s+|we\s+)(?:not\s+able|unable)\s+to\s+(?:share|disclose|provide|reveal|tell\s+you|inform\s+you\s+of|give\s+(?:you\s+)?)\b[^.!?]{0,60}?\b(?:specifics|details|outcome|results?|any\s+action|actions?\s+taken|what\s+action|which\s+action|enforcement)\b|\bwe\s+(?:cannot|can['’]t|can\s+not|do\s+not|don['’]t|will\s+not|won['’]t)\s+(?:share|disclose|reveal|tell\s+you)\b[^.!?]{0,60}?\b(?:specifics|details|outcome|results?|any\s+action|actions?\s+taken|what\s+action|which\s+action|enforcement)\b|(?:조치|처리)\s*(?:결과|내용|여부)[^.。]{0,30}?(?:알려\s*드릴|안내해?\s*드릴|공개할|공유할|회신할|공개하지|안내하지|공유하지|알려\s*드리지|회신하지)\s*(?:수\s*없|않)"))
        .expect("built-in regex")
});

static RECEIPT_SAID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:received|queued|logged)\b|\bin\s+(?:the|our)\s+queue\b|\bwhat\s+you\s+reported\b|\b(?:ticket|case)\b[^.\n]{0,30}\b(?:created|opened|logged)\b|접수(?:되었|했|하였|완료|번호)"))
        .expect("built-in regex")
});

// Review or action still to come ("will review", "take appropriate action",
// "검토 중", "검토가 완료되는 대로").
static FUTURE_REVIEW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:will|shall|going\s+to)\s+(?:\w+\s+)?(?:review|assess|investigate|look\s+into|evaluate|take\s+(?:appropriate\s+)?action)\b|\b(?:under|pending)\s+(?:review|investigation)\b|검토\s*(?:중|후|예정)|검토가\s*완료"))
        .expect("built-in regex")
});

static CONDITIONAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)\b(?:if|once|unless|should|in\s+case)\b|\bafter\s+(?:our\s+)?review\b|경우|검토\s*후",
    ))
    .expect("built-in regex")
});

/// The one status an email's own words state, when they state exactly one:
/// every sentence that says anything about status says that status plainly.
/// A sentence under a condition ("30일 이내 복원 신청이 없으면 게시물은 영구
/// 삭제됩니다", "if you believe …") speaks of what may happen, and is passed
/// over. Any hedge, promise or contrast ("but", "다만") in a statement, or
/// words for part of a list anywhere ("some", "one of", "the rest",
/// "나머지"), and there is no sole statement: the email is read by its URLs,
/// or goes to review.
/// The codes a legend in the author's lines explains ("DELETED   = file
/// removed and its hash blocked", "NOT_FOUND = the link did not lead to any
/// file"), each with the status its explanation states and its line: codes
/// in capitals or snake_case, at least two explained lines in a row, each
/// stating a status. (The code lower-cased, '_' as a space, as a cell is
/// read.)
fn legend(own: &[String], extra: &[(Status, String)]) -> Vec<(String, Status, usize)> {
    static ENTRY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*(?:[-*•]\s*)?([A-Z][A-Z0-9_]{1,30}|[a-z]+(?:_[a-z]+)+)(?:\s*(?:=|:|–|—|->|→)\s*|\s{2,}|\t+)(\S.{2,})$")
            .expect("built-in regex")
    });
    let mut out = Vec::new();
    let mut run: Vec<(String, Status, usize)> = Vec::new();
    let flush = |run: &mut Vec<(String, Status, usize)>, out: &mut Vec<(String, Status, usize)>| {
        if run.len() >= 2 {
            out.append(run);
        }
        run.clear();
    };
    for (i, l) in own.iter().enumerate() {
        let entry = ENTRY.captures(l).filter(|_| urls::find_urls(l).is_empty());
        match entry.map(|c| (c[1].to_lowercase().replace('_', " "), said(&c[2], extra))) {
            Some((code, Said::Stated(st))) => run.push((code, st, i)),
            _ => flush(&mut run, &mut out),
        }
    }
    flush(&mut run, &mut out);
    out
}

fn sole_statement(own: &[String], extra: &[(Status, String)]) -> Option<(Status, String)> {
    let mut stated: Option<(Status, String)> = None;
    // "We didn't remove this post." said alone is in doubt (not yet? not
    // by us?); beside a refusal in so many words ("Our review found that it
    // doesn't go against our Community Standards … The post remains on
    // Facebook.") it is that refusal's first half.
    let mut not_done = false;
    for sentence in lines::prose_sentences(own) {
        let s = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
        let s = s.as_str();
        if SOME_OF.is_match(s) || PART_OF_LIST.is_match(s) {
            return None;
        }
        // "Outcome: items 1 and 3 were removed …; item 2 has been blocked
        // in South Korea": about items by their place, not about them all.
        if positions::names_places(s) && matches!(said(s, extra), Said::Stated(_)) {
            return None;
        }
        // About what happens to other things than the content ("We have
        // also taken action against the account that posted it").
        // A condition about the items themselves ("We are assessing this
        // video … and will remove it if …") is what is said of them: no
        // sole statement.
        if HYPOTHETICAL.is_match(s)
            && (ITEM_REF.is_match(s) || POINTS_AT_ITEMS.is_match(s))
            && status::is_pending_state(s)
        {
            return None;
        }
        if HYPOTHETICAL.is_match(s)
            || (ACCOUNT_ACTION.is_match(s) && !matches!(said(s, extra), Said::Stated(_)))
        {
            continue;
        }
        if PROMISE.is_match(s) {
            return None;
        }
        match said(s, extra) {
            // A sentence about an item that says nothing the reader knows
            // ("we've applied an age restriction to the following video",
            // "해당 게시물은 …" in words it cannot read): part of the story
            // is not understood, so the rest is not the whole of it.
            // ("We looked into the following links:" says only that they
            // were looked at.)
            Said::Nothing
                if (ITEM_REF.is_match(s) || POINTS_AT_ITEMS.is_match(s))
                    && !LOOKED_AT.is_match(s) =>
            {
                return None;
            }
            Said::Nothing => continue,
            // "the post was not deleted by its author, it is still online":
            // it is not gone, which is no doubt about a decision on it.
            Said::Hedged(Status::NotFound) if NOT_GONE.is_match(s) => continue,
            Said::Hedged(Status::Removed | Status::Restricted) if PLAIN_NOT_DONE.is_match(s) => {
                not_done = true;
                continue;
            }
            Said::Hedged(_) => return None,
            Said::Stated(st) => {
                // ("1192번 글은 오늘 삭제했고요, 30560번 글은 … 찾을 수가
                // 없었습니다": a clause per item, each with its own status.)
                let other_clause = lines::CLAUSE_JOIN
                    .split(s)
                    .any(|c| matches!(said(c, extra), Said::Stated(x) if x != st));
                if OTHER_PART.is_match(s)
                    || ((other_clause || status::has_contrast(s))
                        && !status::restricted_instead(s, extra))
                {
                    return None;
                }
                match &stated {
                    None => stated = Some((st, s.to_string())),
                    Some((first, _)) if *first == st => {}
                    Some(_) => return None,
                }
            }
        }
    }
    // "Restriction: access to the content disabled" over "Territorial
    // scope: Republic of Korea only" (a statement of reasons' fields):
    // disabled for Korea, a restriction.
    let korea_only = || {
        own.iter()
            .any(|l| !l.trim_start().starts_with('>') && KOREA_SCOPE_FIELD.is_match(l))
    };
    match stated {
        Some((st, _)) if not_done && st != Status::Rejected => None,
        _ if not_done && stated.is_none() => None,
        Some((Status::Removed, s)) if korea_only() => Some((Status::Restricted, s)),
        other => other,
    }
}

/// A statement of reasons' field that limits the measure to Korea.
static KOREA_SCOPE_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:territorial|geographic(?:al)?|geo)\s+scope\s*[:：]\s*(?:the\s+)?(?:republic\s+of\s+korea|south\s+korea|korea|kr)\b")
        .expect("built-in regex")
});

/// "We didn't remove this post.", "We have not removed the video": an act
/// not done, said plainly in a sentence of its own (not "yet", not "so
/// far", no condition).
static PLAIN_NOT_DONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)^\W*(?:we|i)\s+(?:did\s+not|didn't|have\s+not|haven't)\s+(?:remove|removed|delete|deleted|take\s+down|taken\s+down|block|blocked|restrict|restricted|withhold|withheld)\s+(?:this|the|that|your\s+reported)\s+(?:post|video|content|message|photo|reel|page|comment|account|item)\s*[.!]?$"))
        .expect("built-in regex")
});

/// Does a prose sentence (URLs blanked as " ; ") name a URL after words of
/// its own, without pointing at items elsewhere ("the following", "above",
/// a closing colon)?
// (A URL written in full, with its scheme and a path: "suspended the
// hosting account behind lucky7-bet.example" names the site the listed
// items are on.)
fn names_own_url_inline(lines: &[String], sentence: &str) -> bool {
    let Some(at) = sentence.find(" ; ") else {
        return false;
    };
    let head = sentence[..at].trim_end();
    // The words right before the URL, to find its line.
    let from = head.char_indices().rev().nth(11).map_or(0, |(k, _)| k);
    let lead = &head[from..];
    // (The URL may begin the next line: "The invite link you
    // reported,\nURL, is invalid".)
    let in_full = !lead.is_empty()
        && lines.iter().enumerate().any(|(k, l)| {
            l.find(lead).is_some_and(|p| {
                let rest = &l[p + lead.len()..];
                let rest = if rest.trim().is_empty() {
                    lines.get(k + 1).map_or("", String::as_str)
                } else {
                    rest
                };
                urls::find_urls(rest)
                    .first()
                    .is_some_and(|f| f.raw.contains("://") && !urls::is_site_root(&f.raw))
            })
        });
    in_full
        && head.chars().any(char::is_alphanumeric)
        && !POINTS_AT_ITEMS.is_match(sentence)
        && !lines::points_above(sentence)
        && !sentence.trim_end().ends_with([':', '：'])
}

/// Is `url` alone on a line that a sentence runs through, from the prose
/// line above it ("… the message at\nURL\nhas been removed")?
fn wrapped_through(lines: &[String], url: &str) -> bool {
    lines.iter().enumerate().any(|(k, l)| {
        let found = urls::find_urls(l);
        let [f] = found.as_slice() else {
            return false;
        };
        let above = k.checked_sub(1).map_or("", |j| lines[j].trim_end());
        f.raw == url
            && lines::without_urls(l, &found)
                .trim_matches(|c: char| c == ';' || c.is_whitespace())
                .is_empty()
            && !above.trim().is_empty()
            && urls::find_urls(above).is_empty()
            && !above.ends_with(['.', '!', '?', ':', '：', '。'])
            && lines.get(k + 1).is_some_and(|n| !n.trim().is_empty())
    })
}

// Words for part of a list or another thing than the item: a statement with
// them is not about "the" item.
static OTHER_PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)\b(?:other|others|another|rest|remaining|except|besides)\b|나머지|다른|일부|제외",
    ))
    .expect("built-in regex")
});

// A sentence about what would happen under a condition ("if you believe
// …", "30일 이내 복원 신청이 없으면 … 삭제됩니다"). Narrower than
// `CONDITIONAL`: "after review, we've applied …" reports what was done.
static HYPOTHETICAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)\b(?:if|unless|in\s+case)\b|\bshould\s+you\b|경우|(?:없|않|있)으면|(?:하|되)면\s",
    ))
    .expect("built-in regex")
});

// "the following video", "the videos below", "아래 영상": a sentence about
// items in the email.
static POINTS_AT_ITEMS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\bthe\s+following\b|\b(?:below|above)\s*[:.]?$|(?:아래|다음|위|상기|해당)\s*(?:의\s*)?(?:[가-힣]+\s+)?(?:게시물|게시글|글|영상|동영상|콘텐츠|url|링크|채널|계정|채팅방)"))
        .expect("built-in regex")
});

// ("해당 작성자는 계정 거래 알선으로 게시판 이용이 영구 제한되었습니다":
// the writer's use of the board, not the post.)
static ACCOUNT_ACTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:taken|took|take)\s+(?:\w+\s+)?action\s+(?:against|on)\s+(?:the\s+)?(?:user\s+|uploader'?s?\s+|poster'?s?\s+|related\s+)?(?:accounts?|users?|uploaders?|posters?)\b|(?:작성자|게시자|업로더|이용자|회원|방장|개설자)\s*(?:는|은|의|가|이)?\s*[^.。]{0,30}?(?:이용|활동|글쓰기)\s*(?:이|가|을|를)?\s*(?:영구\s*|일시\s*|\d+\s*일(?:간)?\s*)?(?:제한|정지|차단)"))
        .expect("built-in regex")
});

// Words that say only that the items were looked at or received.
static LOOKED_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:looked\s+into|looked\s+at|reviewed|checked|investigated|examined|received|regarding|concerning)\b|검토(?:하였|했|한)|확인(?:하였|했|한)|살펴|접수"))
        .expect("built-in regex")
});

// Part of the list, said anywhere in the email ("one of the two", "the
// rest", "2건 중", "Posts that were found to violate … have been removed;
// those that did not remain available"): its statements are not about
// every URL it names.
static PART_OF_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:one|two|three|four|five|\d+)\s+of\s+(?:the|these|them|those|your)\b|\bthe\s+(?:rest|remaining|others?\s+(?:posts?|links?|urls?|items?|videos?|messages?|accounts?|ones?))\b|\bremaining\s+(?:posts?|links?|urls?|items?|videos?|messages?)\b|나머지|\d+\s*(?:건|개)\s*중|중\s*\d+\s*(?:건|개)|\b(?:those|the\s+ones)\s+(?:that|which)\b|(?:^|[.;:]\s+)(?:any\s+)?(?:posts?|videos?|items?|content|links?|urls?|messages?|accounts?|channels?)\s+(?:that|which)\s+(?:were|was|are|is|have\s+been|has\s+been)\s+(?:found|determined|confirmed|deemed|judged)\s+to\b"))
        .expect("built-in regex")
});

/// A table said to be out of date in part ("row 2 is out of date", "after
/// this table was exported").
static TABLE_OUT_OF_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:out\s+of\s+date|outdated|superseded|no\s+longer\s+(?:current|accurate|correct)|after\s+(?:this|the)\s+table\s+was|(?:table|list|export|spreadsheet|sheet)\s+(?:above\s+)?(?:was|were)\s+(?:generated|produced|created|exported|prepared|made|pulled)\s+(?:before|prior\s+to)|(?:first|second|third|fourth|fifth|last)\s+row|rows?\s+#?\d+)\b|(?:\d+\s*번째?\s*(?:행|항목)|표의?\s*(?:내용|결과)(?:이|가|은|는)?\s*(?:변경|갱신))"))
        .expect("built-in regex")
});

/// "A correction to my message below", "아래 답변 정정".
/// "Correction to my message of yesterday", "our previous email": the
/// statement corrected is another message's.
static EARLIER_MESSAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:my|our|the)\s+(?:(?:previous|earlier|last|prior|first)\s+)?(?:message|e-?mail|reply|update|comment|answer)\s+(?:of|from)\s+(?:yesterday|\d{1,2}\s+\w+|\w+\s+\d{1,2}|last\s+\w+|earlier)\b|\b(?:my|our)\s+(?:previous|earlier|last|prior)\s+(?:message|e-?mail|reply|update|comment|answer)\b"))
        .expect("built-in regex")
});

static CORRECTS_BELOW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\bcorrect(?:ion|ing|s)?\b[^.;!?]{0,40}?\b(?:message|comment|reply|e-?mail|update|answer)s?\s+below\b|아래\s*(?:메일|답변|안내|내용|댓글)[^.]{0,20}?정정"))
        .expect("built-in regex")
});

/// Is the author's text a receipt as a whole? Every sentence either is a
/// receipt ("we have received your report", "a ticket has been created",
/// "will review") or says no status at all; one sentence stating or
/// promising something about items ("the posts below have been blocked",
/// "we will remove it within 24 hours") makes it more than a receipt.
fn says_only_receipt(own: &str, extra: &[(Status, String)]) -> bool {
    // With URLs in the author's own words, any status word about them, even
    // hedged or promised ("아래 게시물은 … 삭제 조치할 예정입니다"), is more
    // than a receipt: it must be seen, not ignored.
    let names_urls = urls::find_urls(own)
        .iter()
        .any(|f| !lines::is_policy_link(&f.raw));
    // "We have received your report and a ticket has been created": said in
    // so many words, what follows about review is the receipt's own.
    let receipt_said = RECEIPT_SAID.is_match(own);
    // Naming our URLs without saying the report was received ("Thank you
    // for your notice concerning URL. We have … taken action where
    // warranted", "URL\n위 두 게시물은 … 검토 중입니다") is saying something
    // about them: never ignored as a receipt.
    if names_urls && !receipt_said {
        return false;
    }
    // A sentence wrapped over lines is read whole ("The URL below is not\n
    // hosted on YouTube …"); a blank line ends one.
    let sentences = own
        .split("\n\n")
        .map(|p| p.replace('\n', " "))
        .collect::<Vec<_>>()
        .join("\n")
        .replace(". ", ".\n")
        .replace("! ", "!\n")
        .replace("? ", "?\n")
        .replace("。", "。\n");
    sentences
        .lines()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .all(|s| {
            // A review that has ended ("Our team reviewed it and determined
            // that a violation … occurred. We have taken appropriate
            // enforcement action."): a result, if a vague one; not a receipt.
            // Nor is a refusal to say what was done (`OUTCOME_WITHHELD`).
            if CONCLUDED.is_match(s) || OUTCOME_WITHHELD.is_match(s) {
                return false;
            }
            // "We've completed our review of your report KCSC-…": the review
            // is over, so what follows is its result, not a receipt (unless
            // it is still to come: "once we have completed our review").
            if REVIEW_COMPLETED.is_match(s) && !REVIEW_TO_COME.is_match(s) {
                return false;
            }
            // A firm promise is more than a receipt; one that waits on the
            // platform's review ("will be removed if they violate our
            // terms") is still one.
            if PROMISE.is_match(s) && (!CONDITIONAL.is_match(s) || names_urls) {
                return false;
            }
            let st = said(s, extra);
            if names_urls
                && matches!(st, Said::Stated(_))
                    | matches!(st, Said::Hedged(h) if h != Status::Pending)
            {
                return false;
            }
            // "접수되었습니다. 참고로 요청하신 URL 중 URL 게시물은 확인 결과
            // 이미 … 상태입니다": a finding about a URL it names, in words
            // the reader may not know; more than a receipt, to be seen.
            if names_urls && FINDING_MARK.is_match(s) {
                return false;
            }
            // "위 게시물은 현재 내부 검토 중이며": said about the URLs it
            // names ("the posts above are under review"), not a receipt.
            if names_urls && st != Said::Nothing && ITEM_REF.is_match(s) {
                return false;
            }
            // "신고하신 게시물 중 일부는 조치를 완료하였고, 나머지는 현재 검토
            // 중입니다" over the URLs: some of them done, which not said.
            if names_urls
                && st != Said::Nothing
                && (SOME_OF.is_match(s) || PART_OF_LIST.is_match(s))
            {
                return false;
            }
            // "Our team will review the videos below and take appropriate
            // action": what will happen to the URLs it names, a statement
            // about those items (not done yet), not a receipt of the report.
            if names_urls && !receipt_said && ITEM_REF.is_match(s) && FUTURE_REVIEW.is_match(s) {
                return false;
            }
            // "The URL … does not point to content hosted on our service":
            // about the item (whose platform it is not), not a receipt.
            // (Or about the URL below it: "The URL below is not hosted on
            // YouTube … so Google is not able to take action on it:".)
            if status::NOT_OURS.is_match(s) && (names_urls || !urls::find_urls(s).is_empty()) {
                return false;
            }
            // "That link is not Twitch content, and no channel by that name
            // exists on Twitch": a finding about the item named, if not one
            // the reader can apply; not a receipt.
            if names_urls && THAT_ITEM.is_match(s) && FINDING_NOT.is_match(s) {
                return false;
            }
            // A sentence about a named URL ("X is under review") is an
            // item-level statement, not a receipt.
            if st != Said::Nothing && !urls::find_urls(s).is_empty() {
                return false;
            }
            // Without URLs of its own, a hedged general sentence ("Content
            // that violates our policies may be removed") leaves it a receipt.
            ACK.is_match(s)
                || matches!(st, Said::Nothing | Said::Hedged(Status::Pending))
                || (!names_urls && matches!(st, Said::Hedged(_)))
        })
}

/// Items still under a further review ("the videos have been passed to
/// our legal team for a separate local-law review", "해당 게시물은 법무팀
/// 검토 중입니다"), said of them as a group, not of the others.
static FURTHER_REVIEW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:passed|referred|escalated|forwarded|sent|handed|submitted)\s+(?:on\s+|over\s+)?(?:to|for)\b[^.;]{0,80}?\b(?:review|assessment|evaluation)\b|\b(?:is|are)\s+(?:now\s+)?(?:still\s+)?(?:under|pending|undergoing)\s+(?:a\s+)?(?:separate|further|additional|second|legal|local[-\s]law)\s+(?:review|assessment)\b|(?:법무|법률|법적|추가|별도)\s*(?:팀\s*)?(?:의\s*)?검토\s*(?:중|를\s*진행\s*중|가\s*진행\s*중|예정)"))
        .expect("built-in regex")
});

/// The items as a group: "the videos", "them", "these posts", "해당 게시물".
static THEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:the|these|those|both|all)\s+(?:(?:two|three|four|five|\d+|reported|listed)\s+)?(?:videos?|posts?|items?|links?|urls?|pieces\s+of\s+content|content|messages?|channels?|accounts?|pages?|files?)\b|\b(?:they|them|both)\b|(?:해당|위|상기|이)\s*(?:게시물|게시글|글|영상|콘텐츠)"))
        .expect("built-in regex")
});

/// A sentence that puts the email's items under a further review, naming
/// no URL and not the others ("the rest").
fn further_review_of_them(own: &[String], extra: &[(Status, String)]) -> Option<String> {
    lines::prose_sentences(own)
        .into_iter()
        .find_map(|sentence| {
            let s = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
            (FURTHER_REVIEW.is_match(&s)
                && THEM.is_match(&s)
                && !OTHER_PART.is_match(&s)
                && !REVIEW_COMPLETED.is_match(&s)
                && urls::find_urls(&s).is_empty()
                && !matches!(said(&s, extra), Said::Stated(_)))
            .then_some(s)
        })
}

/// Words for the item an email names, in a sentence of its own.
static THAT_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:that|this|the|your)\s+(?:link|url|channel|account|post|video|page|content|file|server|invite|profile)\b|\bby\s+that\s+name\b"))
        .expect("built-in regex")
});

static FINDING_NOT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)\b(?:not|no|nothing|never|neither|nor)\b|n't\b",
    ))
    .expect("built-in regex")
});

/// Joins a URL wrapped at the end of a line ("https://t.me/chan/" then
/// "1006 has been removed") with its continuation: when the line ends in a
/// URL whose last character cannot end one in prose ('/', '=', '-', '_',
/// '?', '&'), and the next line starts with URL characters, the two are one
/// URL. Quoted lines are left alone.
fn join_wrapped_urls(lines: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    for line in lines {
        if let Some(prev) = out.last_mut() {
            let t = prev.trim_end();
            let last_url_end = urls::find_urls(t).last().map(|u| u.end);
            // A URL may end one character early when that character is a '?'
            // that prose would trim ("…/watch?" then "v=…").
            let url_at_end = last_url_end
                .is_some_and(|e| e == t.len() || (e + 1 == t.len() && t.ends_with('?')));
            // Inside angle brackets (RFC 3986 Appendix C) a line break is
            // not the URL's end: "<https://…/watch?" then "v=…>".
            let open_bracket = t
                .rfind('<')
                .is_some_and(|o| t[o..].starts_with("<http") && !t[o..].contains('>'));
            // A list item below ("2. https://…", "- https://…") is never the
            // rest of the URL above it.
            let next_is_item = lines::is_list_item(&line);
            let wrapped = !t.trim_start().starts_with('>')
                && !next_is_item
                && ((t.ends_with(['/', '=', '-', '_', '?', '&']) && url_at_end) || open_bracket);
            // The continuation may close what opened the URL ("<https://…/\n123>",
            // the RFC 3986 Appendix C form) or end a sentence.
            // (Indented like the line above: "  <https://…&\n   no=551377>".)
            let first_word = line
                .trim_start()
                .split(char::is_whitespace)
                .next()
                .unwrap_or("");
            // (Inside angle brackets, the URL's rest ends at the '>' that
            // closes it, whatever follows: "<https://…/channels/1193/\n
            // 1195/1280>: it has been removed".)
            let first_word = match first_word.find('>') {
                Some(k) if open_bracket => &first_word[..k],
                _ => first_word,
            };
            let head = first_word.trim_end_matches(['>', ')', ']', ',', ';', '.', '。']);
            // After a complete path segment ('/'), a head of letters only is
            // the next sentence's first word ("…/C9zT1pVuX8c/" then "Learn
            // more", "…/weekend_dump/" then "It may"), not the URL's rest.
            // (Unless it closes the angle bracket the URL opened:
            // "<https://k-betzone.example/event/" then "welcome>, now show".)
            let closes_bracket = open_bracket
                && line
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w.contains('>'));
            let word_after_slash = t.ends_with('/')
                && !closes_bracket
                && head.chars().all(|c| c.is_ascii_alphabetic());
            // ("-> removed" below a URL is an arrow, not the URL's rest.)
            let continues = head.chars().any(|c| c.is_ascii_alphanumeric())
                && !word_after_slash
                && head
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "/_-=?&%.#~".contains(c));
            // A URL cut inside its percent-encoding ("…%EB%A1%9C" then
            // "%EB%93%9C-…"): prose never starts a line with an escape.
            let escape_cut = !t.trim_start().starts_with('>')
                && last_url_end == Some(t.len())
                && is_escape_start(&line);
            // A query wrapped before its next parameter ("…?volumeNo=1&
            // memberNo=2" then "&navigationType=push"): a line that starts
            // with "&name=" (or "?name=" after a path) is never prose.
            let last_url = urls::find_urls(t)
                .last()
                .map(|u| t[u.start..u.end].to_string());
            // A query cut inside a parameter's name ("…?id=coinfuture&n" then
            // "o=771511"): a line that starts with the rest of the name and
            // its '=' is never prose.
            let name_cut = !t.trim_start().starts_with('>')
                && last_url_end == Some(t.len())
                && last_url.as_deref().is_some_and(|u| {
                    u.contains('?')
                        && u.rsplit(['?', '&']).next().is_some_and(|name| {
                            !name.is_empty()
                                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                        })
                })
                && PARAM_NAME_REST.is_match(line.trim_start());
            let param_cut = !t.trim_start().starts_with('>')
                && last_url_end == Some(t.len())
                && QUERY_PARAM_START.is_match(line.trim_start())
                && last_url.is_some_and(|u| line.trim_start().starts_with('&') == u.contains('?'));
            // A query cut right after its '&' or '?' ("…?volumeNo=1&" then
            // "memberNo=2)은 게시중단 …"): a line that starts with the next
            // parameter's name and value, whatever follows it, goes on
            // with the URL.
            let after_separator = !t.trim_start().starts_with('>')
                && t.ends_with(['&', '?'])
                && last_url_end.is_some_and(|e| e + 1 >= t.len())
                && NEXT_PARAM.is_match(line.trim_start());
            if param_cut || name_cut || after_separator {
                // (Without the trailing space a flowed line keeps: "…&80101& "
                // then "docId=…".)
                let t_len = t.len();
                prev.truncate(t_len);
                prev.push_str(line.trim_start());
                continue;
            }
            // A long URL cut inside a number at the wrap width ("…&memberNo=5512"
            // then "0931"): a line of digits alone is never prose.
            let digits_cut = !t.trim_start().starts_with('>')
                && last_url_end == Some(t.len())
                && t.len() >= 60
                && t.ends_with(|c: char| c.is_ascii_digit())
                && {
                    let rest = line.trim();
                    let digits = rest.trim_end_matches(['>', ')', '.', ',']);
                    !digits.is_empty()
                        && digits.len() <= 20
                        && digits.bytes().all(|b| b.is_ascii_digit())
                };
            if (wrapped && continues) || escape_cut || digits_cut {
                let t_len = t.len();
                prev.truncate(t_len);
                prev.push_str(if escape_cut { &line } else { line.trim_start() });
                continue;
            }
        }
        out.push(line);
    }
    out
}

/// The start of a line that is a URL's next query parameter ("&page=2",
/// "?id=7"), with nothing after it but more of the URL or the line's end.
static QUERY_PARAM_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[&?][A-Za-z_][A-Za-z0-9_.%-]*=[^\s<>]*(?:\s|$)").expect("built-in regex")
});

/// A query parameter's name, '=' and value at the start of a line
/// ("memberNo=55102938)은 …"), whatever follows the value.
static NEXT_PARAM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[A-Za-z_][A-Za-z0-9_.%-]*=[A-Za-z0-9_.%~+-]+").expect("built-in regex")
});

/// The rest of a query parameter's name, its '=' and its value, at the
/// start of a line ("o=771511", "o=771511>").
static PARAM_NAME_REST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Za-z0-9_]+=[^\s<>]*(?:>|\s|$)").expect("built-in regex"));

/// A Korean particle that opens a line, going on with the noun above it.
static KOREAN_PARTICLE_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:에\s*(?:대하여|대해서?|관하여|관해서?|대한)|은|는|을|를|의|에서|으로|로)(?:\s|[,，]|$)")
        .expect("built-in regex")
});

/// A sentence split around a URL standing alone between blank lines ("The
/// message" / "" / URL / "" / "has been deleted"): when the text before it
/// does not end a sentence and the text after it goes on in lower case, the
/// three are one paragraph again.
fn join_split_sentences(mut lines: Vec<String>) -> Vec<String> {
    let mut i = 2;
    while i + 2 < lines.len() {
        let bare_url = {
            let t = lines[i].trim();
            let found = urls::find_urls(t);
            found.len() == 1 && found[0].start == 0 && found[0].end == t.len()
        };
        let before = lines[i - 2].trim_end();
        let after = lines[i + 2].trim_start();
        if bare_url
            && lines[i - 1].trim().is_empty()
            && lines[i + 1].trim().is_empty()
            && !before.is_empty()
            && !before.trim_start().starts_with('>')
            && !before.ends_with(['.', ':', '!', '?', '。', '：', ','])
            && urls::find_urls(before).is_empty()
            && (after.starts_with(|c: char| c.is_ascii_lowercase())
                // (Or on a Korean particle: "신고해 주신 블로그 게시물" / "" /
                // URL / "" / "에 대하여 … 블라인드 처리하였습니다".)
                || KOREAN_PARTICLE_START.is_match(after))
        {
            lines.remove(i + 1);
            lines.remove(i - 1);
            i += 1;
        } else {
            i += 1;
        }
    }
    lines
}

/// Runs of lines with two or more '|' (a table typed as text), as rows of
/// trimmed cells; the outer empty cells of "| a | b |" and separator rows
/// ("|---|---|") are dropped. Only runs of two rows or more.
fn text_tables(lines: &[String]) -> Vec<Vec<Vec<String>>> {
    let mut out = Vec::new();
    let mut current: Vec<Vec<String>> = Vec::new();
    for line in lines.iter().map(|l| l.as_str()).chain(std::iter::once("")) {
        let t = line.trim();
        // A border drawn with '+' and '-' ("+----+------+", or "------+----"
        // under a header whose cells are parted by '|' alone) between rows,
        // as in a table printed by a database shell: part of the table.
        // (Or a rule of dashes alone right under the header row: "번호 |
        // 게시물 주소 | 조치 결과\n------------\n 1 | URL | 삭제".)
        if !current.is_empty()
            && t.len() >= 3
            && (t.contains('+') || current.len() == 1)
            && t.chars()
                .all(|c| matches!(c, '+' | '-' | '=' | ' ' | '─' | '━' | '═'))
        {
            continue;
        }
        if !t.starts_with('>') && t.matches('|').count() >= 2 {
            let mut cells: Vec<String> = t.split('|').map(|c| c.trim().to_string()).collect();
            if cells.first().is_some_and(|c| c.is_empty()) {
                cells.remove(0);
            }
            if cells.last().is_some_and(|c| c.is_empty()) {
                cells.pop();
            }
            let separator = cells
                .iter()
                .all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':' | '=' | ' ')));
            if !separator {
                current.push(cells);
            }
            continue;
        }
        if current.len() >= 2 {
            out.push(std::mem::take(&mut current));
        }
        current.clear();
    }
    out
}

/// Tables typed as text with their columns aligned by spaces (two or more,
/// or tabs) or parted by commas or semicolons (a pasted CSV) under a header row, rules of dashes between: each block of at
/// least three such lines with the same number of cells (three or more),
/// the first a header naming a URL and a status column, some of the others
/// with a URL; with the lines it spans.
fn spaced_tables(lines: &[String]) -> Vec<(Vec<Vec<String>>, Vec<usize>)> {
    static GAP: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\t+|\s{2,}").expect("built-in regex"));
    let rule = |t: &str| {
        !t.is_empty()
            && t.chars()
                .all(|c| matches!(c, '-' | '=' | '─' | '━' | '+' | ' '))
    };
    let mut out = Vec::new();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut at: Vec<usize> = Vec::new();
    let mut flush = |rows: &mut Vec<Vec<String>>, at: &mut Vec<usize>| {
        // (Prose typed with two spaces after each full stop is no table:
        // the header must name a URL column and a status column.)
        let shaped = rows.len() >= 3
            && urls::find_urls(&rows[0].join(" ")).is_empty()
            && rows[0].iter().any(|c| tables::is_url_header(c))
            && rows[0].iter().any(|c| tables::is_status_header(c))
            && rows[1..]
                .iter()
                .any(|r| !urls::find_urls(&r.join(" ")).is_empty());
        if shaped {
            out.push((std::mem::take(rows), std::mem::take(at)));
        }
        rows.clear();
        at.clear();
    };
    for (k, line) in lines.iter().enumerate() {
        let t = line.trim();
        if rule(t) {
            continue;
        }
        let mut cells: Vec<String> = if t.starts_with('>') || t.contains('|') {
            Vec::new()
        } else {
            GAP.split(t).map(str::to_string).collect()
        };
        // A CSV export pasted into the body ("url,action,scope"): its
        // commas are the gaps. (The header check below keeps prose out.)
        // (Or its semicolons, as spreadsheets in European and Korean
        // locales write it: "link;result;date".)
        // A cell quoted because it holds the separator ("kept,\"no personal
        // data in it, only …\"") is one cell, as in any CSV.
        if cells.len() < 3 && t.matches(',').count() >= 2 {
            cells = delimited_cells(t, b',');
        } else if cells.len() < 3 && t.matches(';').count() >= 2 {
            cells = delimited_cells(t, b';');
        }
        // A row whose last cells are empty ("비고" left blank) has fewer.
        if let Some(width) = rows.first().map(Vec::len) {
            if cells.len() >= 3 && cells.len() < width {
                cells.resize(width, String::new());
            }
        }
        if cells.len() < 3 || rows.first().is_some_and(|r| r.len() != cells.len()) {
            flush(&mut rows, &mut at);
            if cells.len() < 3 {
                continue;
            }
        }
        rows.push(cells);
        at.push(k);
    }
    flush(&mut rows, &mut at);
    out
}

/// The cells of one line of a pasted CSV, quotes honoured; a line the CSV
/// reader refuses is split at every separator.
fn delimited_cells(line: &str, separator: u8) -> Vec<String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator)
        .from_reader(line.as_bytes());
    match reader.records().next() {
        Some(Ok(record)) => record.iter().map(|c| c.trim().to_string()).collect(),
        _ => line
            .split(char::from(separator))
            .map(|c| c.trim().to_string())
            .collect(),
    }
}

/// Does the line start with a percent-escape of a URL ("%EB%93%9C-…")?
fn is_escape_start(line: &str) -> bool {
    let b = line.as_bytes();
    b.len() >= 3 && b[0] == b'%' && b[1].is_ascii_hexdigit() && b[2].is_ascii_hexdigit()
}

/// The sentence(s) around each URL that has no readable status: its own line
/// and the non-blank lines right above and below it, joined, at most 300
/// characters (for the `not_understood` review).
fn unstated_contexts(lines: &[String], hedged: &[String]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for url in hedged {
        let Some(i) = lines.iter().position(|l| l.contains(url.as_str())) else {
            continue;
        };
        let near = |j: usize| lines.get(j).map(|l| l.trim()).filter(|l| !l.is_empty());
        let mut parts: Vec<&str> = Vec::new();
        // The sentence a list of URLs stands under ("The following items are
        // under review and will be removed … if …:"), past the list's other
        // URLs and one blank line, is what the reader could not take.
        let mut j = i;
        let mut blanks = 0;
        let mut heading = None;
        while j > 0 && i - j < 30 {
            j -= 1;
            let l = lines[j].trim();
            if l.is_empty() {
                blanks += 1;
                if blanks > 1 {
                    break;
                }
                continue;
            }
            if l.starts_with('>') {
                break;
            }
            let found = urls::find_urls(l);
            let only_urls = found.iter().map(|f| f.end - f.start).sum::<usize>() + 4 >= l.len();
            if found.is_empty() || !only_urls {
                heading = Some(j);
                break;
            }
        }
        match heading {
            Some(h) if h + 1 < i => parts.push(lines[h].trim()),
            _ => {
                if let Some(above) = i.checked_sub(1).and_then(near) {
                    parts.push(above);
                }
            }
        }
        parts.push(lines[i].trim());
        if let Some(below) = near(i + 1) {
            parts.push(below);
        }
        let mut text = parts.join(" ");
        if text.chars().count() > 300 {
            text = text.chars().take(300).collect::<String>() + "…";
        }
        out.push((url.clone(), text));
    }
    out
}

/// The author's own lines and tables, from the best body.
pub(crate) struct OwnText {
    pub(crate) lines: Vec<String>,
    pub(crate) tables: Vec<Vec<Vec<String>>>,
    pub(crate) via: &'static str,
}

/// A table drawn with box characters ("│ 1 │ URL │ 삭제 │" between
/// "┌──┬──┐" rules, as word processors paste a 조치결과 table) read as the
/// pipe table it is: verticals become pipes, rule lines go.
fn box_tables_as_pipes(lines: Vec<String>) -> Vec<String> {
    let rule = |c: char| ('\u{2500}'..='\u{257F}').contains(&c) && !matches!(c, '│' | '┃' | '║');
    lines
        .into_iter()
        .filter(|l| {
            let t = l.trim();
            t.is_empty()
                || !t
                    .chars()
                    .all(|c| rule(c) || matches!(c, '│' | '┃' | '║' | ' '))
        })
        .map(|l| {
            if l.contains(['│', '┃', '║']) {
                l.replace(['│', '┃', '║'], " | ")
            } else {
                l
            }
        })
        .collect()
}

/// Abuse desks write the addresses they report on "defanged", so that no
/// mail client makes a link of them: "hxxps://host[.]xyz/v/1". Read as the
/// URL they stand for (the email's own bytes are kept as they are).
fn refang(line: String) -> String {
    static HXXP: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\bhxxp(s?)(?:\[:\]|:)//").expect("built-in regex"));
    if !line.contains("[.]")
        && !line.contains("(.)")
        && !line.contains("[dot]")
        && !HXXP.is_match(&line)
    {
        return line;
    }
    let line = HXXP.replace_all(&line, "http${1}://");
    line.replace("[.]", ".")
        .replace("(.)", ".")
        .replace("[dot]", ".")
}

pub(crate) fn own_text(email: &ParsedEmail, max_line: usize) -> OwnText {
    // With both HTML and text (multipart/alternative), HTML is preferred: its
    // hrefs are the real URLs, and its tables keep their columns.
    let mut lines = Vec::new();
    let mut tables = Vec::new();
    let via;
    if email.html.iter().any(|h| !h.trim().is_empty()) {
        via = "html";
        for h in &email.html {
            let t = html::own_text(h);
            lines.extend(quotes::own_lines_with_quotes(&t.lines.join("\n")));
            tables.extend(t.tables);
        }
    } else {
        via = "text";
        for t in &email.text {
            lines.extend(quotes::own_lines_with_quotes(t));
        }
    }
    let lines = box_tables_as_pipes(
        lines
            .into_iter()
            .map(refang)
            .map(halfwidth_around_urls)
            .collect(),
    );
    let lines = join_wrapped_urls(lines)
        .into_iter()
        .map(unbracket_urls)
        .collect();
    let mut lines = join_split_sentences(lines);
    for l in lines.iter_mut() {
        if l.len() > max_line {
            let mut cut = max_line;
            while !l.is_char_boundary(cut) {
                cut -= 1;
            }
            l.truncate(cut);
        }
    }
    OwnText { lines, tables, via }
}

/// The domains of the sender, of the platform's configured senders and of
/// whom the email was written to: named bare in a signature or a greeting,
/// they are never items.
fn own_domains(email: &ParsedEmail, platform: Option<&Platform>) -> Vec<String> {
    let senders = platform.map(|p| p.senders.as_slice()).unwrap_or(&[]);
    email
        .from
        .iter()
        .chain(&email.to_cc)
        .chain(senders)
        .map(|a| {
            a.rsplit('@')
                .next()
                .unwrap_or(a)
                .trim()
                .to_ascii_lowercase()
        })
        .filter(|d| d.contains('.'))
        .collect()
}

/// Gives a scheme to the domains the author named without one, in the own
/// lines and in the cells of tables, so that they are read like any URL:
/// registrars and hosts name the domains they act on bare ("the domains
/// jackpot-ace88.top and jackpot-ace89.top have been placed on clientHold").
/// Only those whose key is in `items` get one; a domain that is, contains
/// or lies under one of `own_domains` is never a candidate. Returns the keys
/// of all candidates, sorted (the pipeline looks them up in the ledger).
/// Keys of the links in the author's lines and tables that look like the
/// platform's own pages (see `Extraction::policy_links`).
fn policy_link_keys(own: &OwnText) -> Vec<String> {
    let cells = own.tables.iter().flatten().flatten();
    let mut keys: Vec<String> = own
        .lines
        .iter()
        .filter(|l| !l.trim_start().starts_with('>'))
        .chain(cells)
        .flat_map(|t| urls::find_urls(t))
        .filter(|f| lines::looks_like_policy_page(&f.raw))
        .filter_map(|f| urls::normalize(&f.raw))
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

/// "the customer behind ", "the operator of ": a site named as whose it is.
static SITE_OF_SOMEONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:customer|client|operator|owner|webmaster|admin|people|person)s?\s+(?:behind|of|running|operating)\s+$")
        .expect("built-in regex")
});

/// A line with URLs typed with full-width brackets and commas
/// ("URL1（삭제）、URL2（…）"): the ASCII ones, spaced, so that each URL ends
/// where its bracket opens and each entry where its comma is.
fn halfwidth_around_urls(line: String) -> String {
    if !line.contains(['（', '）', '、']) || urls::find_urls(&line).is_empty() {
        return line;
    }
    line.replace('（', " (")
        .replace('）', ") ")
        .replace('、', ", ")
}

/// A line that names several URLs each in angle brackets ("<URL1> has been
/// blocked … and <URL2> has been taken down entirely, whereas <URL3> …"):
/// the URLs without them, so that each clause starts at its URL as it does
/// when they are written bare. (Once wrapped URLs are joined: a bracket
/// tells where a wrapped URL goes on.)
static SUBJECT_VERB_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s+(?:has|have|had|is|are|was|were|could|can|cannot|will|remains?|stays?)\b")
        .expect("built-in regex")
});

fn unbracket_urls(line: String) -> String {
    // (Most lines hold no two brackets: they are spared the URL search.)
    if line.bytes().filter(|&b| b == b'<').take(2).count() < 2 {
        return line;
    }
    let found = urls::find_urls(&line);
    let bracketed: Vec<&urls::FoundUrl> = found
        .iter()
        .filter(|f| line[..f.start].ends_with('<') && line[f.end..].starts_with('>'))
        .collect();
    // (Only URLs that are each the subject of a verb of their own: "<URL1>,
    // <URL2>\nand <URL3> have been disabled" is one subject over lines.)
    let own_verb = bracketed
        .iter()
        .filter(|f| SUBJECT_VERB_AFTER.is_match(&line[f.end + 1..]))
        .count();
    if bracketed.len() < 2 || own_verb < 2 {
        return line;
    }
    let mut out = String::with_capacity(line.len());
    let mut at = 0;
    for f in bracketed {
        out.push_str(&line[at..f.start - 1]);
        out.push_str(&line[f.start..f.end]);
        at = f.end + 1;
    }
    out.push_str(&line[at..]);
    out
}

fn scheme_bare_hosts(own: &mut OwnText, own_domains: &[String], items: &[String]) -> Vec<String> {
    let related = |host: &str| {
        let under = |a: &str, b: &str| a == b || a.ends_with(&format!(".{b}"));
        own_domains.iter().any(|d| under(host, d) || under(d, host))
    };
    let mut keys = Vec::new();
    let mut give = |text: &mut String| {
        let found = urls::bare_hosts(text);
        for (start, host) in found.into_iter().rev() {
            if related(&host) {
                continue;
            }
            // "The customer behind toto-hanul.net took the pages down": the
            // site named as where someone is, not an item acted on.
            if SITE_OF_SOMEONE.is_match(&text[..start]) {
                continue;
            }
            // The URL as it would be read, path and all ("host/page").
            let schemed = format!("http://{}", &text[start..]);
            let read = urls::find_urls(&schemed);
            let Some(key) = read
                .first()
                .filter(|u| u.start == 0)
                .and_then(|u| urls::normalize(&u.raw))
            else {
                continue;
            };
            if items.contains(&key) {
                text.insert_str(start, "http://");
            }
            keys.push(key);
        }
    };
    for l in own.lines.iter_mut() {
        // Quoted lines kept for inline replies stay as written.
        if !l.trim_start().starts_with('>') {
            give(l);
        }
    }
    for cell in own.tables.iter_mut().flatten().flatten() {
        give(cell);
    }
    keys.sort();
    keys.dedup();
    keys
}

/// Everything readable in the email, quotes included: where references are sought.
fn all_text(email: &ParsedEmail) -> String {
    let mut s = String::new();
    for t in &email.text {
        s.push_str(t);
        s.push('\n');
    }
    for h in &email.html {
        s.push_str(&TAG.replace_all(h, " "));
        s.push('\n');
    }
    for a in &email.attachments {
        s.push_str(&a.name);
        s.push('\n');
    }
    s
}

/// A sentence of the author's own that states one status of every item of
/// the attached sheet ("Both videos listed in the attached sheet were
/// blocked in South Korea only"), with the status.
fn said_of_the_sheet(own: &[String], extra: &[(Status, String)]) -> Option<(Status, String)> {
    authors_sentences(own)
        .into_iter()
        .filter(|l| {
            ATTACHED_SHEET.is_match(l)
                && BULK.is_match(l)
                && !SOME_OF.is_match(l)
                && urls::find_urls(l).is_empty()
        })
        .find_map(|l| match said(&l, extra) {
            Said::Stated(st) => Some((st, l)),
            _ => None,
        })
}

/// The author's own lines (not quoted ones) joined, cut into sentences as
/// `lines::sentences` cuts them (a URL's dots end none).
fn authors_sentences(own: &[String]) -> Vec<String> {
    let text = own
        .iter()
        .filter(|l| !l.trim_start().starts_with('>'))
        .map(|l| l.trim())
        .collect::<Vec<_>>()
        .join(" ");
    lines::sentences(&text)
        .into_iter()
        .map(|(a, b)| text[a..b].trim().to_string())
        .collect()
}

/// "the attached sheet", "the enclosed file", "첨부 파일".
static ATTACHED_SHEET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:attached|enclosed)\s+(?:\w+\s+)?(?:sheet|spreadsheet|file|list|csv|table|document|report|workbook)\b|첨부\s*(?:파일|문서|목록|표|엑셀|시트)"))
        .expect("built-in regex")
});

/// Item-level statements in the author's lines (see `lines`).
fn line_claims(
    lines: &[String],
    extra: &[(Status, String)],
    via: &'static str,
    out: &mut Vec<Claim>,
    hedged: &mut Vec<String>,
    unread: &mut Vec<String>,
    contradicted: &mut Vec<String>,
) {
    for r in lines::read(lines, extra) {
        if r.unread {
            unread.push(r.url.clone());
        }
        if r.contradicted {
            contradicted.push(r.url.clone());
        }
        match r.status {
            Some(s) => out.push(Claim {
                key: urls::normalize(&r.url),
                url: r.url,
                status: s,
                via,
                channel: r.channel_words,
                line: Some(r.line),
            }),
            None => hedged.push(r.url),
        }
    }
}

fn table_claims(
    rows: &[Vec<String>],
    extra: &[(Status, String)],
    via: &'static str,
    max_rows: usize,
    out: &mut Vec<Claim>,
    hedged: &mut Vec<String>,
) {
    for rc in tables::rows_to_claims(rows, extra, max_rows) {
        match rc.said {
            Said::Stated(s) => out.push(Claim {
                key: urls::normalize(&rc.url),
                url: rc.url,
                status: s,
                via,
                channel: false,
                line: None,
            }),
            _ => hedged.push(rc.url),
        }
    }
}

pub(crate) fn is_csv(a: &crate::parse::Attachment) -> bool {
    a.content_type.ends_with("/csv")
        || a.content_type == "text/comma-separated-values"
        || a.name.to_lowercase().ends_with(".csv")
}

pub(crate) fn is_xlsx(a: &crate::parse::Attachment) -> bool {
    a.content_type.contains("spreadsheetml") || a.name.to_lowercase().ends_with(".xlsx")
}

/// Attachments that carry no statement by nature (signatures, calendar, decoration).
fn is_incidental(a: &crate::parse::Attachment) -> bool {
    let n = a.name.to_lowercase();
    a.content_type.starts_with("application/pkcs7-signature")
        || a.content_type.starts_with("application/pgp-signature")
        || a.content_type == "text/calendar"
        || a.content_type.starts_with("message/")
        || (a.content_type.starts_with("image/") && n.is_empty())
        || n.ends_with(".p7s")
        || n.ends_with(".asc")
}

pub fn extract(
    email: &ParsedEmail,
    platform: Option<&Platform>,
    settings: &Settings,
) -> Extraction {
    extract_with(email, platform, settings, &[])
}

/// `extract`, reading the domains named without a scheme whose keys are in
/// `items` (requested items, from the ledger's view) as URLs.
pub fn extract_with(
    email: &ParsedEmail,
    platform: Option<&Platform>,
    settings: &Settings,
    items: &[String],
) -> Extraction {
    let limits = &settings.limits;
    let _requested_pages = lines::RequestedPages::set(items);
    let mut own = own_text(email, limits.max_line_bytes);
    // A legend of the codes in the platform's export ("DELETED = file
    // removed …", "KEPT = reviewed, no violation found …") says what its
    // rows mean: the codes are read as the statuses they are explained by,
    // and the legend itself, which speaks of no item, is not read again.
    // (The platform's phrases are copied only for an email with a legend.)
    let phrases: &[(Status, String)] = platform.map(|p| p.phrases.as_slice()).unwrap_or(&[]);
    let codes = legend(&own.lines, phrases);
    let with_codes: Vec<(Status, String)>;
    let extra: &[(Status, String)] = if codes.is_empty() {
        phrases
    } else {
        for (_, _, line) in &codes {
            own.lines[*line].clear();
        }
        with_codes = phrases
            .iter()
            .cloned()
            .chain(codes.into_iter().map(|(code, status, _)| (status, code)))
            .collect();
        &with_codes
    };
    let all = all_text(email);
    let mut notes = Vec::new();
    // Items named by their place in a list ("Items 1 and 3", "2번 게시물"):
    // the list is the email's own or our request quoted in it.
    let whole: Vec<&str> = if email.text.is_empty() {
        own.lines.iter().map(String::as_str).collect()
    } else {
        email.text.iter().flat_map(|t| t.lines()).collect()
    };
    if let Some((lines, placed)) = positions::resolve(&own.lines, &whole) {
        own.lines = lines;
        notes.extend(placed);
    }
    let bare_hosts = scheme_bare_hosts(&mut own, &own_domains(email, platform), items);
    let policy_links = policy_link_keys(&own);
    // The author's words without the quoted lines kept for inline replies.
    let own_joined = own
        .lines
        .iter()
        .filter(|l| !l.trim_start().starts_with('>'))
        .cloned()
        .collect::<Vec<_>>()
        .join("\n");
    let refs = refs::find(
        email,
        &all,
        &own_joined,
        platform.and_then(|p| p.case_number_pattern.as_ref()),
        settings,
    );

    let mut claims = Vec::new();
    let mut hedged = Vec::new();
    let mut unreadable = Vec::new();
    // Attachments the platform filled in come first: they are the most explicit.
    for a in &email.attachments {
        if a.data.is_empty() && !is_incidental(a) {
            unreadable.push(format!(
                "{} ({}, not read: over the size limit)",
                a.name, a.content_type
            ));
            continue;
        }
        if is_csv(a) {
            match tables::csv_rows(&a.data, limits.max_table_rows) {
                Ok(rows) => table_claims(
                    &rows,
                    extra,
                    "csv",
                    limits.max_table_rows,
                    &mut claims,
                    &mut hedged,
                ),
                Err(e) => unreadable.push(format!("{} ({e})", a.name)),
            }
        } else if is_xlsx(a) {
            match tables::xlsx_rows(&a.data, limits.max_table_rows) {
                Ok(rows) => table_claims(
                    &rows,
                    extra,
                    "xlsx",
                    limits.max_table_rows,
                    &mut claims,
                    &mut hedged,
                ),
                Err(e) => unreadable.push(format!("{} ({e})", a.name)),
            }
        } else if !is_incidental(a) {
            let name = if a.name.is_empty() {
                "(unnamed)"
            } else {
                a.name.as_str()
            };
            unreadable.push(format!("{name} ({})", a.content_type));
        }
    }
    // Spreadsheets attached name URLs: no receipt attaches one.
    let tables_name_urls = !claims.is_empty() || !hedged.is_empty();
    for t in &own.tables {
        table_claims(
            t,
            extra,
            "html-table",
            limits.max_table_rows,
            &mut claims,
            &mut hedged,
        );
    }
    // Tables typed as text ("| 번호 | URL | 조치결과 |", "순번 | URL | …"),
    // read by their columns like HTML ones.
    // Columns aligned with spaces under a header ("번호  게시물 URL  처리
    // 결과"): the same, and their rows are not read again as prose.
    let mut spaced_rows = BTreeSet::new();
    if own.via == "text" {
        for t in text_tables(&own.lines) {
            table_claims(
                &t,
                extra,
                "text-table",
                limits.max_table_rows,
                &mut claims,
                &mut hedged,
            );
        }
        for (t, rows) in spaced_tables(&own.lines) {
            let before = claims.len() + hedged.len();
            table_claims(
                &t,
                extra,
                "text-table",
                limits.max_table_rows,
                &mut claims,
                &mut hedged,
            );
            if claims.len() + hedged.len() > before {
                spaced_rows.extend(rows);
            }
        }
    }
    // A table row the table reader has read (by its columns) is not read
    // again as a line of text: its cells run together there ("Blocked |
    // South Korea (KR) only"), and the two readings would only conflict.
    let table_keys: BTreeSet<String> = claims
        .iter()
        .filter(|c| c.via == "html-table" || c.via == "text-table")
        .filter_map(|c| c.key.clone())
        .collect();
    let lines_to_read: Vec<String> = own
        .lines
        .iter()
        .enumerate()
        .map(|(k, l)| {
            // (A pasted CSV row's URL runs into its next cell when read as
            // prose: "…/aX93kQ,removed".)
            let cells_apart = if spaced_rows.contains(&k) {
                l.replace([',', ';'], " ")
            } else {
                l.clone()
            };
            let row_read_by_table = (l.contains(" | ") || spaced_rows.contains(&k))
                && urls::find_urls(&cells_apart)
                    .iter()
                    .any(|f| urls::normalize(&f.raw).is_some_and(|k| table_keys.contains(&k)));
            if row_read_by_table {
                String::new()
            } else {
                l.clone()
            }
        })
        .collect();
    let mut unread = Vec::new();
    let mut contradicted_records = Vec::new();
    let from_lines = hedged.len();
    line_claims(
        &lines_to_read,
        extra,
        own.via,
        &mut claims,
        &mut hedged,
        &mut unread,
        &mut contradicted_records,
    );
    // URLs the author's prose spoke of in words that state no status firmly
    // ("we have not taken action on it at this time"), as opposed to URLs
    // it named without saying anything.
    let said_unsure: BTreeSet<String> = hedged[from_lines..]
        .iter()
        .filter(|u| !unread.contains(u))
        .filter_map(|u| urls::normalize(u))
        .collect();

    // One statement per URL: repeats agree or cancel out.
    let mut by_key: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        by_key
            .entry(c.key.clone().unwrap_or_else(|| c.url.clone()))
            .or_default()
            .push(i);
    }
    let mut keep = vec![false; claims.len()];
    let mut conflicts = Vec::new();
    let mut restated_claims = Vec::new();
    let revisions = lines::unplaced_revisions(&own.lines, extra);
    let refusal = lines::refusal_about_the_one_item(&own.lines, extra);
    // A correction that names no item, with statements below it ("Correction:
    // I mislabelled the first video.\nURL was not removed; it has been
    // age-restricted instead."): the statements after the last such
    // correction are the corrected ones. Only a URL stated nowhere after it
    // stays in doubt.
    // (Not when the correction is of a message below it — a ticket
    // system's history, newest first: "A correction to my message below":
    // what follows it is the older statement, not the corrected one.)
    let corrects_below = own.lines.iter().any(|l| CORRECTS_BELOW.is_match(l));
    let last_correction = revisions
        .iter()
        .filter(|r| r.status.is_none() && r.url.is_none() && !corrects_below)
        .map(|r| r.line)
        .max();
    for (key, idx) in &by_key {
        // A correction that names this item and says what it is now: the
        // statements from the correction on are the corrected ones (they
        // must agree with one another and with the correction's paragraph).
        // (The latest revision of the item: "Sorry, please disregard the line
        // above …" withdraws the "Update: URL has been withheld" before it.)
        let restated = revisions
            .iter()
            .filter(|r| r.url.as_ref().and_then(|u| urls::normalize(u)).as_ref() == Some(key))
            .max_by_key(|r| r.line)
            .and_then(|r| lines::restated_by_correction(&own.lines, r, extra).map(|st| (st, r)));
        if let Some((said_st, r)) = restated {
            // (A statement on the correction's own line that disagrees with
            // what the correction restates is the one it corrects: "That
            // message said that URL had been withheld in Korea. This was a
            // mistake on our side. … it has been removed".)
            let after: Vec<usize> = idx
                .iter()
                .copied()
                .filter(|i| claims[*i].line.is_some_and(|c| c >= r.line))
                // (A correction that names no URL and restates nothing
                // takes back the statement before it on its line: "URL -
                // removed. That was a mistake, sorry.")
                .filter(|i| {
                    claims[*i].line != Some(r.line)
                        || said_st.map_or(!urls::find_urls(&r.sentence).is_empty(), |s| {
                            s == claims[*i].status
                        })
                })
                .collect();
            let agreed = match (after.first(), said_st) {
                (Some(&f), _) => {
                    let st = claims[f].status;
                    (after.iter().all(|i| claims[*i].status == st)
                        && said_st.is_none_or(|s| s == st))
                    .then_some(st)
                }
                (None, s) => s,
            };
            if let Some(st) = agreed {
                match after.first() {
                    Some(&f) => keep[f] = true,
                    None => restated_claims.push(Claim {
                        status: st,
                        line: Some(r.line),
                        ..claims[idx[0]].clone()
                    }),
                }
                notes.push(format!(
                    "{}: read from the correction \"{}\"",
                    claims[idx[0]].url, r.sentence
                ));
                continue;
            }
        }
        let after: Vec<usize> = match last_correction {
            Some(l) => idx
                .iter()
                .copied()
                .filter(|i| claims[*i].line.is_some_and(|c| c > l))
                .collect(),
            None => Vec::new(),
        };
        if !after.is_empty() {
            let first = &claims[after[0]];
            // (The other revisions — "still visible", a decision line — as below.)
            let revised = revisions.iter().any(|r| {
                r.status.is_some_and(|st| st != first.status)
                    && r.url
                        .as_ref()
                        .is_none_or(|u| urls::normalize(u).as_ref() == Some(key))
            });
            if after.iter().all(|i| claims[*i].status == first.status) && !revised {
                keep[after[0]] = true;
                notes.push(format!(
                    "{}: read from the statement after the correction \"{}\"",
                    first.url,
                    revisions
                        .iter()
                        .rev()
                        .find(|r| r.status.is_none() && r.url.is_none())
                        .map_or("", |r| r.sentence.as_str())
                ));
            } else {
                conflicts.push(key.clone());
            }
            continue;
        }
        let first = &claims[idx[0]];
        // A table's status that a note in the text takes back or doubts
        // ("Agent note: we did not find that URL violates … and have not
        // taken action on it"): two statements that disagree.
        let table_doubted = said_unsure.contains(key)
            && idx
                .iter()
                .all(|i| matches!(claims[*i].via, "html-table" | "text-table" | "csv" | "xlsx"));
        // A correction that names no item ("the Short listed second was
        // not removed after all") may be about this one.
        let revised = revisions.iter().any(|r| {
            r.status.is_none_or(|st| st != first.status)
                && r.url
                    .as_ref()
                    .is_none_or(|u| urls::normalize(u).as_ref() == Some(key))
        });
        // "Outcome for URL: Removed" above "… found that it does not
        // violate our Community Guidelines": two statements that disagree.
        // (Not a restriction: withheld in one country under its law, "the
        // content was not found to violate the X Rules" is its reason.)
        // (Or, the other way round, "We've removed the video you reported"
        // above "Decision: No violation - content remains available".)
        let refused = refusal
            .as_ref()
            .filter(|(st, _)| match st {
                Status::Rejected => first.status == Status::Removed,
                _ => first.status == Status::Rejected,
            })
            .map(|(_, s)| s);
        if let Some(sentence) = refused {
            notes.push(format!(
                "{}: the email also says \"{sentence}\", which disagrees",
                first.url
            ));
        }
        let revised = revised || refused.is_some();
        // "Note: after this table was prepared, the post URL … has since
        // been removed globally" below a row that says "Withheld": the
        // statement made later, which says it is later, is what holds.
        let latest = idx.iter().copied().max_by_key(|i| claims[*i].line);
        let updated_since = latest.filter(|&l| {
            claims[l].line.is_some_and(|ln| {
                own.lines.get(ln).is_some_and(|t| SINCE_THEN.is_match(t))
                    || SINCE_THEN.is_match(&sentence_head_and_line(&own.lines, ln))
                        && idx
                            .iter()
                            .all(|i| *i == l || claims[*i].line.is_none_or(|o| o < ln))
            })
        });
        if let Some(l) = updated_since
            && !revised
            && idx.iter().any(|i| claims[*i].status != claims[l].status)
        {
            keep[l] = true;
            notes.push(format!(
                "{}: read from the later statement on line {}",
                claims[l].url,
                claims[l].line.map_or(0, |n| n + 1)
            ));
            continue;
        }
        if idx.iter().all(|i| claims[*i].status == first.status) && !table_doubted && !revised {
            keep[idx[0]] = true;
        } else {
            conflicts.push(key.clone());
        }
    }
    // "URL7 and URL15 have been removed." below "Correction to my message of
    // yesterday: URL15 was not removed. … It does not break our rules and
    // stays up": a correction that could not be settled takes back part of
    // a statement about several items, so the rest of that statement is in
    // doubt too; none of it is taken.
    // (Only a correction of an earlier message, which the email carries
    // below as a thread's history: "Correction to the line above: URL2 was
    // not blocked" fixes that line's one URL and leaves the other.)
    let doubted_lines: BTreeSet<usize> = revisions
        .iter()
        .filter(|r| EARLIER_MESSAGE.is_match(&r.sentence) || CORRECTS_BELOW.is_match(&r.sentence))
        .filter_map(|r| {
            r.url
                .as_ref()
                .and_then(|u| urls::normalize(u))
                .map(|k| (k, r.line))
        })
        .filter(|(k, _)| conflicts.contains(k))
        .flat_map(|(k, rev_line)| {
            by_key
                .get(&k)
                .into_iter()
                .flatten()
                .filter_map(|i| claims[*i].line)
                .filter(move |l| *l != rev_line)
                .collect::<Vec<_>>()
        })
        .collect();
    for (i, c) in claims.iter().enumerate() {
        if keep[i]
            && c.line.is_some_and(|l| doubted_lines.contains(&l))
            && let Some(key) = &c.key
            && !conflicts.contains(key)
        {
            keep[i] = false;
            notes.push(format!(
                "{}: stated in the same sentence as a statement the email corrects; not taken",
                c.url
            ));
            conflicts.push(key.clone());
        }
    }
    // A note placed on one row whose own cell says nothing we read ("2 |
    // URL | See note" above "Note on row 2: the post had already been
    // deleted by its author …"): the note is that row's statement.
    // (Whether a URL is named without a status of its own, and whether
    // the email states it elsewhere.)
    let unread_and_stated = |url: &String, key: &Option<String>| {
        let named_unread = hedged
            .iter()
            .any(|u| u == url || (key.is_some() && urls::normalize(u) == *key));
        let stated =
            key.as_ref().is_some_and(|k| by_key.contains_key(k)) || by_key.contains_key(url);
        (named_unread, stated)
    };
    for r in &revisions {
        let (Some(st), Some(url)) = (r.status, r.url.as_ref()) else {
            continue;
        };
        let key = urls::normalize(url);
        let (named_unread, stated) = unread_and_stated(url, &key);
        // (Only when nothing else the email says of it, or of its items as
        // a whole, disagrees: "Decision: Removed" above "No action was
        // taken and the message remains available" is for a person.)
        let disputed = revisions.iter().any(|o| {
            o.status != Some(st)
                && o.url
                    .as_ref()
                    .is_none_or(|u| u == url || (key.is_some() && urls::normalize(u) == key))
        });
        if named_unread
            && !stated
            && !disputed
            && !restated_claims.iter().any(|c: &Claim| c.key == key)
        {
            notes.push(format!("{url}: read from the note \"{}\"", r.sentence));
            restated_claims.push(Claim {
                url: url.clone(),
                key,
                status: st,
                via: own.via,
                channel: false,
                line: Some(r.line),
            });
        }
    }
    // A correction of an item that nothing else states now ("We told you
    // that URL had been withheld in Korea. That was not accurate: … it has
    // been removed from X entirely."): what the correction restates is its
    // statement.
    for r in &revisions {
        let Some(url) = r.url.as_ref().filter(|_| r.status.is_none()) else {
            continue;
        };
        let key = urls::normalize(url);
        let (named_unread, stated) = unread_and_stated(url, &key);
        if !named_unread || stated || restated_claims.iter().any(|c: &Claim| c.key == key) {
            continue;
        }
        if let Some(Some(st)) = lines::restated_by_correction(&own.lines, r, extra) {
            notes.push(format!(
                "{url}: read from the correction \"{}\"",
                r.sentence
            ));
            restated_claims.push(Claim {
                url: url.clone(),
                key,
                status: st,
                via: own.via,
                channel: false,
                line: Some(r.line),
            });
        }
    }
    // A table the email's own words contradict on one row ("Removed" in the
    // row, "no action was taken on URL" in a note below): which of its other
    // rows are right is not known either, so none is taken. (Not when the
    // text says it corrects that row, "Correction: row 2 (URL) is marked
    // Blocked above in error", or corrects what the email says: it owns up
    // to the wrong row, and the correction rules above apply.)
    let table_via = |v: &str| matches!(v, "html-table" | "text-table" | "csv" | "xlsx");
    let contradicted = conflicts.iter().find(|k| {
        by_key.get(*k).is_some_and(|idx| {
            idx.iter().any(|i| table_via(claims[*i].via))
                && idx.iter().any(|i| !table_via(claims[*i].via))
        }) && !revisions.iter().any(|r| {
            r.url.as_ref().and_then(|u| urls::normalize(u)).as_ref() == Some(*k)
                || (r.url.is_none() && r.status.is_none())
        })
    });
    // (Nor when the text says the table is out of date: "Note: the second
    // row of the table is out of date. URL was restored …" tells which
    // statement is the later one.)
    let owns_up = own
        .lines
        .iter()
        .filter(|l| !l.trim_start().starts_with('>'))
        .any(|l| TABLE_OUT_OF_DATE.is_match(l));
    if let Some(row) = contradicted.cloned().filter(|_| !owns_up) {
        for (key, idx) in &by_key {
            if idx.iter().any(|i| keep[*i] && table_via(claims[*i].via)) {
                for i in idx {
                    keep[*i] = false;
                }
                conflicts.push(key.clone());
            }
        }
        notes.push(format!(
            "the email's text contradicts its table on {row}: the table's other rows are not taken either"
        ));
    }
    if let Some(r) = revisions.first().filter(|_| !conflicts.is_empty()) {
        let sentence = &r.sentence;
        notes.push(match &r.url {
            Some(url) => format!(
                "a sentence that corrects or contradicts what the email says of {url}: \"{sentence}\"; the statements it may correct are not taken"
            ),
            None => format!(
                "a sentence that corrects or contradicts the statements without naming the item: \"{sentence}\"; the statements it may correct are not taken"
            ),
        });
    }
    let mut claims: Vec<Claim> = claims
        .into_iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(c, _)| c)
        .chain(restated_claims)
        .collect();
    if claims.len() > limits.max_urls_per_email {
        notes.push(format!(
            "{} URLs, more than the limit of {}; the rest are not read",
            claims.len(),
            limits.max_urls_per_email
        ));
        claims.truncate(limits.max_urls_per_email);
    }
    // "URL   Removed" in a table, then "Note from the reviewer: URL is
    // still playable …; the action has not been applied to it yet": the
    // email's own words say the removal it states is not so. Neither is
    // taken; staff read both.
    // (In the sentence that names the URL: "we blocked URL1 and URL2. The
    // fourth post is still online: …" says it of another. The lines are
    // read once, not once per claim: a reply may state hundreds.)
    let said_still_up: BTreeSet<String> = own
        .lines
        .iter()
        .filter(|l| !l.trim_start().starts_with('>') && STILL_UP.is_match(l))
        .flat_map(|l| {
            lines::sentences(l)
                .into_iter()
                .filter(|&(a, b)| STILL_UP.is_match(&l[a..b]))
                .flat_map(|(a, b)| urls::find_urls(&l[a..b]))
                .filter_map(|f| urls::normalize(&f.raw))
                .collect::<Vec<_>>()
        })
        .collect();
    let still_up: Vec<String> = claims
        .iter()
        .filter(|c| c.status == Status::Removed)
        .filter_map(|c| c.key.clone())
        .filter(|key| said_still_up.contains(key))
        .collect();
    if !still_up.is_empty() {
        for key in &still_up {
            notes.push(format!(
                "{key}: stated removed, and a sentence of the email says it is still up or the action not applied yet; neither is taken"
            ));
            if !conflicts.contains(key) {
                conflicts.push(key.clone());
            }
        }
        claims.retain(|c| c.key.as_ref().is_none_or(|k| !still_up.contains(k)));
    }
    // "Both videos listed in the attached sheet were blocked in South Korea
    // only" over a sheet whose row says "Removed, Global": the email's words
    // about its sheet as a whole and the sheet disagree, and which is right
    // is for a person; none of the sheet's rows is taken.
    if let Some((st, sentence)) = said_of_the_sheet(&own.lines, extra)
        && claims
            .iter()
            .any(|c| matches!(c.via, "csv" | "xlsx") && c.status != st)
    {
        notes.push(format!(
            "the email says of its attached sheet as a whole \"{sentence}\", and the sheet's rows disagree; none of them is taken"
        ));
        for c in claims.iter().filter(|c| matches!(c.via, "csv" | "xlsx")) {
            let key = c.key.clone().unwrap_or_else(|| c.url.clone());
            if !conflicts.contains(&key) {
                conflicts.push(key);
            }
        }
        claims.retain(|c| !matches!(c.via, "csv" | "xlsx"));
    }
    // A URL that has a statement somewhere is not also "hedged".
    // (By key: "http://site.example" and "http://site.example/" are one.)
    hedged.retain(|h| {
        let key = urls::normalize(h);
        !claims
            .iter()
            .any(|c| &c.url == h || (key.is_some() && c.key == key))
    });
    hedged.dedup();
    unread.retain(|u| hedged.contains(u));
    // "The other URLs in your notice are still under review": the URLs the
    // email lists bare (an echo of our submission below the decisions) are
    // said to be pending, which is no statement the reader missed. (Only
    // bare ones: a URL with words of its own on its line was said something
    // of, which the reader did not understand.)
    if own
        .lines
        .iter()
        .any(|l| !l.trim_start().starts_with('>') && OTHERS_PENDING.is_match(l))
    {
        unread.retain(|u| !lines::named_bare_in(&own.lines, u, false));
    }
    // A record whose decision field a later field contradicts ("Decision:
    // Removed" over "Details: … No action was taken and the message remains
    // available") states two things about its URL: staff are told so, not
    // only that the email was not understood.
    for url in contradicted_records.iter().filter(|u| hedged.contains(u)) {
        let key = urls::normalize(url).unwrap_or_else(|| url.clone());
        if !conflicts.contains(&key) {
            notes.push(format!(
                "{url}: its record's decision field and a later field of the same record state different outcomes; neither is taken"
            ));
            conflicts.push(key);
        }
    }
    unread.dedup();

    let asks = find_asks(&own_joined);
    // A receipt attaches no spreadsheet of the URLs: one naming URLs (read
    // or not) makes the email more than a receipt.
    // "접수하신 시정요구(KCSC-…) 건은 현재 검토 중입니다": that a request is
    // being reviewed is no receipt unless the email also says it was
    // received (or a ticket opened); a status report on a request we name,
    // stating nothing, is for a person to see.
    let receipt_words = ACK
        .find_iter(&own_joined)
        .any(|m| !REVIEWING.is_match(m.as_str()))
        || ACK.is_match(&email.subject);
    let ack = receipt_words && !tables_name_urls && says_only_receipt(&own_joined, extra);

    // Forwarded confirmations: read what the attached email states, for a
    // person to apply after checking; never applied automatically.
    let mut forwarded_claims = Vec::new();
    for inner in &email.forwarded {
        let inner_platform = inner
            .sender()
            .and_then(|s| crate::trust::platform_for(settings, s));
        // (With the outer reading's requested items: a requested page named
        // in the forwarded email is content there too.)
        let inner_x = extract_with(inner, inner_platform, settings, items);
        forwarded_claims.extend(inner_x.claims.into_iter().map(|mut c| {
            c.via = "forwarded";
            c
        }));
    }

    let strong_auto = email.autoreply_header
        || email
            .precedence
            .as_deref()
            .is_some_and(|p| p.contains("auto_reply") || p.contains("auto-reply"))
        || OOO_SUBJECT.is_match(&email.subject);
    let auto_replied = email
        .auto_submitted
        .as_deref()
        .is_some_and(|a| a.trim().to_ascii_lowercase().starts_with("auto-replied"));
    // (Out of the office in the words alone, not in a header: only when the
    // email names none of the items in its own words. "I'm away from my
    // desk today, I'll nuke these two threads tonight:\nURL1\nURL2" is a
    // person's answer about them, to be seen.)
    let ooo_words = OOO_BODY.is_match(&own_joined) && hedged.is_empty();
    let weak_auto = email.auto_submitted.as_deref().is_some_and(|a| a != "no") || ooo_words;
    let from_daemon = email.sender().is_some_and(|s| {
        let local = s.split('@').next().unwrap_or("");
        local == "mailer-daemon" || local == "postmaster" || local.starts_with("mailer-daemon")
    });
    let read_receipt = email.report_type.as_deref() == Some("disposition-notification");
    let bounce = email.has_delivery_status
        || email.report_type.as_deref() == Some("delivery-status")
        || (from_daemon && BOUNCE_SUBJECT.is_match(&email.subject))
        || (email.return_path_empty && BOUNCE_SUBJECT.is_match(&email.subject));
    let forwarded = !email.forwarded.is_empty() || FORWARD_MARK.is_match(&all);
    let not_email = email
        .problems
        .iter()
        .any(|p| p.starts_with("not an email") || p == "empty input");

    // One statement for what it names: an email that states one status
    // plainly and nothing else (see `sole_statement`) and names one URL
    // ("Thanks for your report regarding URL. … we have not taken action
    // because we did not find a violation"), or lists URLs bare, as the
    // object of that statement ("■ 처리 대상\n- URL\n- URL\n■ 처리 결과:
    // 게시중단(블라인드)", "신고된 콘텐츠: URL" under "신고하신 콘텐츠를 …
    // 삭제했습니다"), states it of them; naming none at all ("We have
    // determined this content does not violate …"), it is about the one item
    // of the request it answers (see `matching`).
    let plain_mail =
        !(not_email || bounce || read_receipt || forwarded || strong_auto || weak_auto);
    let mut sole_bulk = None;
    // (Not in an email that contradicts itself: "URL | Removed" in its table
    // and "URL is still live while the uploader's appeal is being
    // considered" below it leave no one statement to stand.)
    if plain_mail && !ack && asks.is_none() && conflicts.is_empty() {
        if let Some((status, sentence)) = sole_statement(&own.lines, extra) {
            let named: BTreeSet<String> =
                hedged.iter().filter_map(|u| urls::normalize(u)).collect();
            let claimed: BTreeSet<String> = claims.iter().filter_map(|c| c.key.clone()).collect();
            let any_url = urls::find_urls(&own_joined)
                .iter()
                .any(|f| !lines::is_policy_link(&f.raw));
            // (A site's home page may be the reported item itself, named as
            // the object of the report: "We reviewed your report regarding
            // https://casino-royal88.example/ .")
            // (Nor a channel named only as the place of the posts acted on:
            // "We removed three posts in the channel URL.")
            let one = named.len() == 1
                && claims.is_empty()
                && !hedged
                    .iter()
                    .any(|u| urls::is_site_root(u) && !lines::named_as_reported(&own.lines, u))
                && !hedged
                    .iter()
                    .any(|u| lines::named_only_as_container(&own.lines, u));
            // A service's home page in a footer ("네이버 권리보호센터
            // https://right.naver.com") is no object of the statement.
            let (bare, other): (Vec<String>, Vec<String>) = hedged
                .iter()
                .cloned()
                // (Not a record's URL whose own decision field could not be
                // read: "○ 처리 결과: 담당 부서에서 살펴보고 있음".)
                .partition(|u| {
                    !urls::is_site_root(u)
                        && !lines::named_only_as_container(&own.lines, u)
                        && lines::named_bare_in(&own.lines, u, lines::points_above(&sentence))
                        && !lines::has_own_decision(&own.lines, u)
                        // (Nor a record with words of its own below its
                        // URL: "URL2\nWe are keeping this file available.")
                        && !lines::has_own_words_below(&own.lines, u, &sentence)
                        // (Nor one right under words of its own: "…
                        // 비공개 처리했습니다.\nURL1\n\n'…' 글은 블로그
                        // 주인이 이미 지워서 …\nURL2".)
                        && !lines::has_own_words_above(&own.lines, u, &sentence)
                        // (Nor a URL in an echo of our report, under a
                        // decision of its own: "Your report … Reported URLs:
                        // URL1 URL2 … Outcome: Both reported URLs have been
                        // blocked" says it of the report as a whole.)
                        && !(lines::in_echoed_report_above(&own.lines, u, &sentence)
                            && !lines::points_above(&sentence))
                        // (Nor one only in the echo below a sentence whose
                        // own list is right under it.)
                        && !lines::only_in_echo_below(&own.lines, u, &sentence)
                });
            let bare_keys: BTreeSet<String> =
                bare.iter().filter_map(|u| urls::normalize(u)).collect();
            // Beside URLs that have a status of their own already, only
            // when it is the same one. (A sentence about items that the
            // reader cannot read, "we've placed a notice on the following
            // videos", may be the other URLs' statement: `sole_statement`
            // then gives none.)
            // (Not a sentence about one item: "URL1 was removed.\n\nURL2"
            // says nothing of URL2.)
            // (Nor lists in sections under headings of their own — "Deleted:"
            // and "Left up (satire):" — each list is its heading's.)
            let section_heads = own
                .lines
                .iter()
                .enumerate()
                .filter(|(k, l)| {
                    !l.trim_start().starts_with('>')
                        && l.trim_end().ends_with([':', '：'])
                        && urls::find_urls(l).is_empty()
                        && own.lines[k + 1..]
                            .iter()
                            .find(|n| !n.trim().is_empty())
                            .is_some_and(|n| !urls::find_urls(n).is_empty())
                })
                .count();
            // (Nor a statement about one of them by its place: "We removed
            // the second of these.")
            let listed = !bare_keys.is_empty()
                && section_heads < 2
                && !lines::names_one_of_them(&sentence)
                // ("More about country-withheld content:" over a help
                // page's link: a pointer to the page, no statement.)
                && !lines::heads_policy_link(&own.lines, &sentence)
                && !lines::about_one(&own.lines, &sentence)
                // (Nor a sentence that names its own item inline: "the /b/
                // one (URL) was already gone when i looked" is that URL's;
                // unless it wraps through a listed URL: "the message at\nURL
                // \nhas been removed, and the server at URL2 …".)
                && !(names_own_url_inline(&own.lines, &sentence)
                    && !bare.iter().any(|u| wrapped_through(&own.lines, u)))
                && bare_keys.len() + claimed.len() >= 2
                && claims.iter().all(|c| c.status == status)
                && other.iter().all(|u| urls::is_site_root(u))
                && stated_count(&sentence)
                    .is_none_or(|n| n as usize == bare_keys.len() + claimed.len());
            if one || listed {
                let mut done = BTreeSet::new();
                let mut targets = if one {
                    std::mem::take(&mut hedged)
                } else {
                    bare
                };
                // A statement right under one URL is that URL's alone.
                if let Some(under) = lines::statement_under(&own.lines, &sentence) {
                    let key = urls::normalize(&under);
                    targets.retain(|t| urls::normalize(t) == key);
                }
                // A heading alone on its line is the list's right under it
                // ("URL1\n\n■ 조치불가\nURL2" says nothing of URL1).
                if let Some(below) = lines::heads_urls_below(&own.lines, &sentence) {
                    let keys: BTreeSet<String> =
                        below.iter().filter_map(|u| urls::normalize(u)).collect();
                    targets.retain(|t| urls::normalize(t).is_some_and(|k| keys.contains(&k)));
                }
                hedged.retain(|u| !targets.contains(u));
                for url in targets {
                    let key = urls::normalize(&url);
                    if key.as_ref().is_some_and(|k| !done.insert(k.clone())) {
                        continue;
                    }
                    claims.push(Claim {
                        key,
                        url,
                        status,
                        via: own.via,
                        channel: false,
                        line: None,
                    });
                }
                unread.retain(|u| hedged.contains(u));
            } else if named.is_empty() && !any_url && claims.is_empty() {
                sole_bulk = Some(Bulk {
                    status,
                    count: Some(1),
                    sentence,
                    sole: true,
                    except: false,
                });
            }
        }
    }
    // "We reviewed the following videos against our Community Guidelines
    // and did not find a violation: URL1 URL2 … the videos have been passed
    // to our legal team for a separate local-law review. We'll let you know
    // the outcome.": the refusal is not the last word on them, and a person
    // sees it. (Only refusals: a removal stays done whatever is reviewed
    // next.)
    let refused_sole = sole_bulk
        .as_ref()
        .is_some_and(|b: &Bulk| b.status == Status::Rejected);
    if (refused_sole || claims.iter().any(|c| c.status == Status::Rejected))
        && let Some(sentence) = further_review_of_them(&own.lines, extra)
    {
        notes.push(format!(
            "the email refuses, then says \"{sentence}\": the refusal is not final, so none is taken"
        ));
        for c in claims.iter().filter(|c| c.status == Status::Rejected) {
            hedged.push(c.url.clone());
        }
        claims.retain(|c| c.status != Status::Rejected);
        if refused_sole {
            sole_bulk = None;
        }
    }
    let bulk = if claims.is_empty() {
        let flat = own_joined.split_whitespace().collect::<Vec<_>>().join(" ");
        // ("2024. 9. 9.자로": a date, no sentence's end.)
        let flat = KOREAN_DATE.replace_all(&flat, "$1-$2-$3");
        flat.split_inclusive(['.', '!', '?'])
            .map(str::trim)
            .find_map(|l| {
                let m = BULK.captures(l)?;
                // "some of the posts you reported": not all of them.
                if SOME_OF.is_match(l) {
                    return None;
                }
                if let Said::Stated(status) = said(l, extra) {
                    let count = ["n1", "n2", "n3"]
                        .iter()
                        .find_map(|n| m.name(n))
                        .and_then(|n| number(n.as_str()))
                        .or(m.name("both").map(|_| 2));
                    Some(Bulk {
                        status,
                        count,
                        sentence: l.to_string(),
                        sole: false,
                        except: false,
                    })
                } else {
                    None
                }
            })
    } else {
        // "We have removed all of the videos listed in your request except
        // URL, which we found does not violate …": the named one is read
        // as ever; what "all … except" says of the others is for a person.
        // (Sentences as `lines::sentences` cuts them: a URL's dots end none.)
        authors_sentences(&own.lines).into_iter().find_map(|l| {
            let l = l.as_str();
            // (Only "all …" / "every …" / "the entire list": "Of the two
            // posts, we removed URL1 but not URL2" names both.)
            let m = BULK.find(l).filter(|m| ALL_OF.is_match(m.as_str()))?;
            let cut = EXCEPT_NAMED.find_at(l, m.end())?;
            match said(&l[..cut.start()], extra) {
                Said::Stated(status) if status != Status::Rejected => Some(Bulk {
                    status,
                    count: None,
                    sentence: l.to_string(),
                    sole: false,
                    except: true,
                }),
                _ => None,
            }
        })
    };
    // A statement about "the content you reported" stays a bulk statement;
    // `matching` applies it when the request it answers has one item (and
    // it counts no more than one), and sends it to review otherwise.
    let bulk = bulk.or(sole_bulk);
    // "We have removed all of the videos … except URL, which …": the email's
    // main statement is about the items it does not name; a person reads
    // the whole of it, the exception included, before anything is applied.
    let mut claims = claims;
    if bulk.as_ref().is_some_and(|b| b.except) {
        hedged.extend(claims.drain(..).map(|c| c.url));
    }
    let unstated = unstated_contexts(&own.lines, &hedged);

    let classification = if not_email {
        Classification::Malformed
    } else if bounce {
        Classification::Bounce
    } else if read_receipt {
        Classification::ReadReceipt
    } else if forwarded && (claims.is_empty() || platform.is_none()) {
        // (A platform's own words above what it forwards, "To confirm on
        // our side: URL1 and URL2 have been removed", are its statement,
        // read like any other; the forwarded part is not.)
        Classification::Forwarded
    } else if strong_auto {
        Classification::AutoReply
    } else if weak_auto
        && claims.is_empty()
        && bulk.is_none()
        && (ack || receipt_words)
        && asks.is_none()
    {
        // A receipt sent by a ticket system ("Auto-Submitted: auto-generated",
        // "we have received your report, ticket #123"), also one that lists
        // the URLs it received.
        Classification::Acknowledgement
    } else if weak_auto
        && claims.is_empty()
        && bulk.is_none()
        && (auto_replied
            || ooo_words
            || AUTO_SELF.is_match(&all)
            || ack
            || receipt_words
            || platform.is_none())
    {
        // From a platform, only an automatic *reply* (RFC 3834
        // "auto-replied", or one that says it is one) is ignored for what it
        // is. A notice its systems generated of themselves ("auto-generated":
        // a ticket closed, a satisfaction survey, a status update) is read
        // like any email, so that one naming our items or requests is seen.
        // (From anyone else, "auto-generated" still marks automatic mail:
        // our own reminders, copied into the mailbox, among them.)
        Classification::AutoReply
    } else if !claims.is_empty() || bulk.is_some() {
        Classification::Confirmation
    } else if asks.is_some() {
        Classification::RequestForInfo
    } else if ack {
        // "We received your request", as a whole: nothing about any item yet.
        Classification::Acknowledgement
    } else {
        // Names items (or not) without a statement that could be read, or a
        // promise ("will be removed within 24 hours"): never ignored in
        // silence; matching sends it to review.
        Classification::Other
    };
    if classification == Classification::Forwarded {
        claims = forwarded_claims;
    }
    Extraction {
        classification,
        refs,
        claims,
        hedged,
        unread,
        unstated,
        bulk,
        asks,
        unreadable_attachments: unreadable,
        conflicts,
        notes,
        bare_hosts,
        policy_links,
        own_lines: own.lines,
        addressed_to: email.to_cc.clone(),
        written_at: email.date,
    }
}

#[cfg(test)]
mod bulk_tests {
    use super::*;

    #[test]
    fn statements_about_the_listed_items_as_a_whole_are_bulk() {
        for (text, count) in [
            (
                "We have blocked both messages you listed below; they are no longer accessible.",
                Some(2),
            ),
            (
                "We confirm that the reported content has been removed.",
                None,
            ),
            ("The posts you reported have been removed.", None),
        ] {
            assert!(!SOME_OF.is_match(text), "{text}");
            let m = BULK.captures(text).unwrap_or_else(|| panic!("{text}"));
            let got = ["n1", "n2", "n3"]
                .iter()
                .find_map(|n| m.name(n))
                .and_then(|n| number(n.as_str()))
                .or(m.name("both").map(|_| 2));
            assert_eq!(got, count, "{text}");
        }
        assert!(SOME_OF.is_match("We've taken action on some of the posts you reported."));
    }
}

#[cfg(test)]
mod receipt_tests {
    use super::*;

    #[test]
    fn a_receipt_with_general_policy_words_is_a_receipt() {
        assert!(says_only_receipt(
            "We have received your request. A member of our team will review it.\nContent that violates our policies may be removed or restricted.\nTicket ID: 24091300077",
            &[]
        ));
        // "위 게시물은 현재 내부 검토 중": about the URLs it names.
        assert!(!says_only_receipt(
            "https://t.me/c/1\n위 게시물은 현재 내부 검토 중이며, 검토가 완료되는 대로 결과를 다시 안내드리겠습니다.",
            &[]
        ));
        assert!(
            find_asks(
                "We will review your request and contact you if we need additional information."
            )
            .is_none()
        );
        // Documents asked for before acting; an offer to look again is not.
        assert!(find_asks("피해자 본인 확인 서류 및 권리침해 소명 자료를 추가로 제출해 주시면 검토 후 조치하겠습니다.").is_some());
        assert!(find_asks("추가 자료를 주시면 다시 검토하겠습니다.").is_none());
        // A future measure about URLs it names is not a receipt.
        assert!(!says_only_receipt(
            "요청하신 게시물은 현재 담당 부서에서 검토 중이며, 위반이 확인되는 게시물은 순차적으로 조치할 예정입니다.\n - https://t.me/c/1",
            &[]
        ));
    }
}
