//! Items named by their place in a list instead of by their URL: "Items 1
//! and 3: removed", "#2 — could not be found", "1번 게시물은 삭제 조치",
//! "연번 8", "the first two have been removed", "the last item on your list".
//!
//! Platforms do this when the list is right there: their own echo of what we
//! reported ("You reported the following posts: 1. … 2. …"), or our request
//! quoted below their answer ("using your numbering"). Such a reference is
//! replaced by the URLs it stands for, and the sentence is then read like any
//! other, by the same rules; nothing here decides a status.
//!
//! Why a rewrite of the text and not a status here: the rules that keep a
//! promise, a hedge or a negation from becoming a status live in the line
//! reader, and "#3 is still being checked" must stay as doubtful as "URL is
//! still being checked".
//!
//! When the list is not certain, nothing is replaced and the email goes to a
//! person as before: more than one list in the author's own words, none in
//! them and more than one in the quotes, or a number outside the list (then
//! the numbers may mean something else: "within 2 days", a ticket "#4").

use std::sync::LazyLock;

use regex::Regex;

use super::ascii_b;
use super::urls;

/// The mark of a list entry: an optional bullet or number (the entry is
/// then one URL and nothing else but brackets and punctuation; see `entry`).
static ENTRY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[-*•·▪◦]\s*)?(?:(?:\(|\[|#|(?i:item|no\.?|url|link|post|video|entry)\s*#?\s*)?(\d{1,3})\s*(?:[.):\]]|번\.?)?\s+|([①-⑳])\s*)?",
    )
    .expect("built-in regex")
});

const EN_NUMS: &str = r"\d{1,3}(?:\s*(?:,\s*(?:and\s+)?|\band\b|&|/|\bto\b|[-–~])\s*#?\s*\d{1,3})*";

/// "Items 1 and 3", "URLs 2-4", "no. 5", "#1 and #3", "#2", "Points 1 to 3".
static EN_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(&format!(
        r"(?i)\b(?:items?|entries|entry|nos?\.|numbers?|points?|posts?|videos?|urls?|links?|messages?|channels?|accounts?|tweets?|lines?|rows?)\s*#?\s*({EN_NUMS})\b|#\s*({EN_NUMS})\b"
    )))
    .expect("built-in regex")
});

/// "[1] and [3]", "[2]": places written as the list's own bracketed numbers.
static BRACKET_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\[\d{1,3}\](?:\s*(?:,\s*(?:and\s+)?|\band\b|&|/)\s*\[\d{1,3}\])*")
        .expect("built-in regex")
});

/// "Outcome: 1) and 3) have been removed. 2) could not be found." over a
/// list numbered "1) URL": places written as the list's own markers, each
/// opening a sentence (group 1), with the verb of their statement after.
static PAREN_MARK_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)(?:^|[.:;：]\s+)((?:\(?\d{1,3}\))(?:\s*(?:,\s*(?:and\s+)?|\band\b|&)\s*\(?\d{1,3}\))*)\s+(?:was|were|is|are|has|have|had|could|can|cannot|can't|couldn't|did|didn't|does|doesn't|remain|remains|stay|stays|got|will|won't)\b"))
        .expect("built-in regex")
});

/// Words before a "#4" that make it an identifier, not a place in a list.
static ID_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)\b(?:ticket|case|report|request|order|id|ref|reference|issue|incident|complaint|tracking|article|section|paragraph|clause|rule)\s*$",
    ))
    .expect("built-in regex")
});

/// "- 1 and 2 were taken down", "3: could not be found", "#1 – withheld",
/// "(1) and (2): withheld" at the start of a line.
static LEAD_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)^\s*(?:[-*•]\s*)?#?((?:\d{1,3}|\(\d{1,3}\))(?:\s*(?:,\s*(?:and\s+)?|\band\b|&)\s*#?(?:\d{1,3}|\(\d{1,3}\)))*)(?:\s*[:\-–—]\s|\s+(?:was|were|is|are|has|have|had|could|can|cannot|can't|couldn't|did|didn't|does|doesn't|remain|remains|stay|stays|got|will|won't)\b)",
    ))
    .expect("built-in regex")
});

/// "Removed globally: 1, 2, 3, 4 and 9.": words, a colon, and only the
/// places after it (group 1).
static TRAIL_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)[\p{L})][:：]\s*(?:(?:items?|nos?\.|numbers?|#)\s*)?(\d{1,3}(?:\s*(?:,\s*(?:and\s+)?|\band\b|&)\s*#?\d{1,3})*)\s*\.?\s*$",
    ))
    .expect("built-in regex")
});

/// "1번 게시물", "1번과 3번은", "1번이랑 2번 글은", "1, 3번", "2번째
/// 게시물"; group 1 is the span replaced, group 2 the numbers.
static KO_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^\d\-./:])(((?:\d{1,3}\s*(?:번(?:째)?)?\s*(?:,|및|과|와|하고|이랑|랑|·|~|-)\s*)*\d{1,3})\s*번(?:째)?)(?:\s*(?:게시물|게시글|글|항목|URL|링크|영상|동영상|채널|계정|콘텐츠|방송|카페|블로그)|[은는과와및,]|이랑|랑|\s*[:：])",
    )
    .expect("built-in regex")
});

/// "연번 8", "순번 3" (not "전화번호 02").
static KO_SERIAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^가-힣])((?:연번|순번|번호)\s*[:：]?\s*(\d{1,3}))(?:[^\d\-]|$)")
        .expect("built-in regex")
});

/// "the first two videos", "the third", "the last item", "the first of
/// these two videos", "첫 번째 게시물".
static ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)\bthe\s+(?:(first|last)\s+(two|three|four|five|2|3|4|5)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final))(?:\s+(one|ones|items?|videos?|posts?|urls?|links?|entries|entry|messages?|channels?|accounts?|tweets?|shorts?|clips?|of\s+(?:these|those|the)\s+(?:(?:two|three|four|five|six|\d{1,2})\s+)?(?:items|videos|posts|urls|links|entries|messages|channels|accounts|tweets|shorts|clips))\b)?(?:\s+(?:on|in|of|from)\s+(?:your|the|our)\s+(?:list|request|report|notice|email|letter))?(\s*\([^)]{0,40}\))?(\s+(?:is|was|are|were|has|have|had|could|can|cannot|can't|did|remains?|stays?|got|does|do|doesn't|don't|will|won't)\b)?",
    ))
    .expect("built-in regex")
});

/// "Regarding …", "As for …" right before a reference, and its colon after
/// it ("… in your list below:"): the reference is a topic.
static TOPIC_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:regarding|as\s+(?:for|to|regards)|about|concerning|with\s+regard\s+to|in\s+respect\s+of)\s*$")
        .expect("built-in regex")
});

static TOPIC_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[^.;:：]{0,40}[:：]").expect("built-in regex"));

const ORD_WORDS: &str =
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final";

/// An ordinal that names a place ("the second", "the third one").
pub(crate) static THE_ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\bthe\s+(?:{ORD_WORDS})\b")).expect("built-in regex")
});

/// "the first and the third", "the second, fourth and fifth (videos)":
/// ordinals joined to each other name places even with nothing after them.
static ORDINAL_RUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(&format!(
        r"(?i)\bthe\s+(?:{ORD_WORDS})(?:\s*(?:,\s*(?:and\s+)?|\band\b|&)\s*(?:the\s+)?(?:{ORD_WORDS}))+\b(?:\s+(?:ones|items|videos|posts|urls|links|entries|messages|channels|accounts|tweets|shorts|clips)\b)?"
    )))
    .expect("built-in regex")
});

/// "the other three (videos)", "the remaining two", "the rest", "the
/// others", "나머지 2건": what the email's other references leave.
static COMPLEMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)\bthe\s+(?:other|remaining)\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?:\s+(?:ones|items|videos|posts|urls|links|entries|messages|channels|accounts|tweets|shorts|clips))?\b|\bthe\s+(?:other|remaining)\s+(?:ones|items|videos|posts|urls|links|entries|messages|channels|accounts|tweets)\b|\bthe\s+rest\b|\bthe\s+others\b|나머지(?:\s*(\d{1,2})\s*(?:건|개))?(?:\s*(?:게시물|게시글|글|항목|URL|링크|영상))?",
    ))
    .expect("built-in regex")
});

/// "세 번째 게시물", "두 번째는", and each of "첫 번째와 세 번째 게시물은".
static KO_ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((첫|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*번째)\s*(?:게시물|게시글|글|항목|URL|링크|영상|동영상|채널|계정|콘텐츠|[은는과와,]|이랑|랑|및)")
        .expect("built-in regex")
});

/// A list of URLs, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
struct List {
    urls: Vec<String>,
}

/// Strips quote markers ("> > ").
fn unquoted(line: &str) -> &str {
    line.trim_start_matches(|c: char| c == '>' || c.is_whitespace())
}

/// The URL of a list entry line and its number, if it is one.
fn entry(line: &str) -> Option<(Option<usize>, String)> {
    let line = line.trim();
    // (Only the mark is matched: the entry's words are the rest of the
    // line, which a pattern need not read. A line that is all mark has no
    // URL to find.)
    let c = ENTRY.captures(line)?;
    let rest = &line[c.get(0)?.end()..];
    if rest.is_empty() {
        return None;
    }
    let found = urls::find_urls(rest);
    let [url] = found.as_slice() else {
        return None;
    };
    let left = format!("{}{}", &rest[..url.start], &rest[url.end..]);
    if left.chars().any(|ch| ch.is_alphanumeric()) {
        return None;
    }
    let number = c.get(1).and_then(|m| m.as_str().parse().ok()).or_else(|| {
        c.get(2)
            .and_then(|m| m.as_str().chars().next())
            .map(|ch| ch as usize - '①' as usize + 1)
    });
    Some((number, url.raw.clone()))
}

/// Runs of list entries (blank lines may part them). A numbered run counts
/// only when it is numbered 1, 2, 3, … in order.
fn lists(lines: &[&str]) -> Vec<List> {
    let mut out = Vec::new();
    let mut run: Vec<(Option<usize>, String)> = Vec::new();
    let mut close = |run: &mut Vec<(Option<usize>, String)>| {
        let numbered = run.iter().filter(|(n, _)| n.is_some()).count();
        let in_order = run.iter().enumerate().all(|(i, (n, _))| *n == Some(i + 1));
        if run.len() >= 2 && (numbered == 0 || in_order) {
            out.push(List {
                urls: run.iter().map(|(_, u)| u.clone()).collect(),
            });
        }
        run.clear();
    };
    for line in lines {
        let line = unquoted(line);
        if line.is_empty() {
            continue;
        }
        match entry(line) {
            Some(e) => run.push(e),
            None => close(&mut run),
        }
    }
    close(&mut run);
    out
}

fn numbers(text: &str) -> Option<Vec<usize>> {
    static PART: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&ascii_b(
            r"(\d{1,3})(?:\s*(?:번(?:째)?)?\s*(?:\bto\b|[-–~])\s*#?\s*(\d{1,3}))?",
        ))
        .expect("built-in regex")
    });
    let mut out = Vec::new();
    for c in PART.captures_iter(text) {
        let a: usize = c.get(1)?.as_str().parse().ok()?;
        match c.get(2) {
            Some(b) => {
                let b: usize = b.as_str().parse().ok()?;
                if b < a || b - a > 50 {
                    return None;
                }
                out.extend(a..=b);
            }
            None => out.push(a),
        }
    }
    (!out.is_empty()).then_some(out)
}

fn word_number(w: &str) -> Option<usize> {
    Some(match w.to_ascii_lowercase().as_str() {
        "first" | "첫" => 1,
        "second" | "two" | "2" | "두" => 2,
        "third" | "three" | "3" | "세" => 3,
        "fourth" | "four" | "4" | "네" => 4,
        "fifth" | "five" | "5" | "다섯" => 5,
        "sixth" | "six" | "6" | "여섯" => 6,
        "seventh" | "seven" | "7" | "일곱" => 7,
        "eighth" | "eight" | "8" | "여덟" => 8,
        "ninth" | "nine" | "9" | "아홉" => 9,
        "tenth" | "ten" | "10" | "열" => 10,
        _ => return None,
    })
}

/// One reference found in a line: the byte span to replace and the places
/// (1-based; `usize::MAX` for "the last").
struct Reference {
    start: usize,
    end: usize,
    places: Vec<usize>,
    korean: bool,
    /// "the other three", "the rest", "나머지": the places no other
    /// reference of the email names (with the count it gives, if any).
    complement: Option<Option<usize>>,
}

/// Does `text` name places by ordinals beyond doubt ("the first and the
/// second", "the third video", "the last two have been …")?
fn ordinal_places(text: &str) -> bool {
    ORDINAL_RUN.is_match(text)
        || ORDINAL
            .captures_iter(text)
            .any(|c| c.get(4).is_some() || c.get(6).is_some())
}

/// The references to places in `line`. `among_places`: the line's
/// paragraph names places by ordinals beyond doubt; beside them ("we
/// removed the first and the second video, … to the third (the Short), and
/// … on the fourth, the channel"), a bare ordinal before a bracket or a
/// comma is a place too.
/// Places written with the list's own markers around their numbers
/// ("[1] and [3]", "(1) and (2)", "1) and 3)"), as one reference.
fn marked_places(m: regex::Match<'_>) -> Option<Reference> {
    Some(Reference {
        start: m.start(),
        end: m.end(),
        places: numbers(&m.as_str().replace(['[', ']', '(', ')'], ""))?,
        korean: false,
        complement: None,
    })
}

fn references(line: &str, among_places: bool) -> Vec<Reference> {
    let mut found = Vec::new();
    for c in EN_REF.captures_iter(line) {
        let whole = c.get(0).expect("match");
        if c.get(2).is_some() && ID_BEFORE.is_match(&line[..whole.start()]) {
            continue;
        }
        // A topic whose statements after its colon name the places again
        // ("Regarding items 5 to 8 of your list below: items 5 and 6 have
        // been removed; item 7 …"): only those say which is what.
        if TOPIC_BEFORE.is_match(&line[..whole.start()])
            && let Some(colon) = TOPIC_AFTER.find(&line[whole.end()..])
            && EN_REF.is_match(&line[whole.end() + colon.end()..])
        {
            continue;
        }
        let Some(places) = c.get(1).or(c.get(2)).and_then(|m| numbers(m.as_str())) else {
            continue;
        };
        found.push(Reference {
            start: whole.start(),
            end: whole.end(),
            places,
            korean: false,
            complement: None,
        });
    }
    // "[1] and [3] have been taken down" over a list numbered "[1] URL".
    // (Not an entry itself, "[2] https://…".)
    for m in BRACKET_REF.find_iter(line) {
        if line[m.end()..].trim_start().starts_with("http") {
            continue;
        }
        found.extend(marked_places(m));
    }
    if found.is_empty() {
        found.extend(
            PAREN_MARK_REF
                .captures_iter(line)
                .filter_map(|c| c.get(1))
                .filter_map(marked_places),
        );
    }
    // "Removed globally: 1, 2, 3, 4 and 9.", "found): 7, 8 and 12": a
    // status, then the places it is of, ending the line; else "- 1 and 2
    // were taken down", "3: could not be found" at its start.
    for lone in [&*TRAIL_REF, &*LEAD_REF] {
        if !found.is_empty() {
            break;
        }
        let Some(m) = lone.captures(line).and_then(|c| c.get(1)) else {
            continue;
        };
        // ("(1) and (2): withheld …" over a list numbered "(1) URL".)
        found.extend(marked_places(m));
    }
    for c in KO_REF
        .captures_iter(line)
        .chain(KO_SERIAL.captures_iter(line))
    {
        let (Some(span), Some(m)) = (c.get(1), c.get(2)) else {
            continue;
        };
        let Some(places) = numbers(m.as_str()) else {
            continue;
        };
        found.push(Reference {
            start: span.start(),
            end: span.end(),
            places,
            korean: true,
            complement: None,
        });
    }
    for c in ORDINAL.captures_iter(line) {
        let whole = c.get(0).expect("match");
        // A noun or a verb right after: "the first two have been …", "the
        // third video"; not "the first time".
        let bare_place = among_places
            && c.get(1).is_none()
            && (c.get(5).is_some() || line[whole.end()..].trim_start().starts_with([',', ';']));
        if c.get(4).is_none() && c.get(6).is_none() && !bare_place {
            continue;
        }
        // A topic that heads what follows ("Regarding the first three posts
        // in your list below: the first two have been withheld …"): the
        // statements after its colon say which of them is what.
        if TOPIC_BEFORE.is_match(&line[..whole.start()])
            && TOPIC_AFTER.is_match(&line[whole.end()..])
        {
            continue;
        }
        let places = if let (Some(edge), Some(count)) = (c.get(1), c.get(2)) {
            let Some(n) = word_number(count.as_str()) else {
                continue;
            };
            if edge.as_str().eq_ignore_ascii_case("first") {
                (1..=n).collect()
            } else {
                (0..n).map(|k| usize::MAX - (n - 1 - k)).collect()
            }
        } else {
            let w = c.get(3).expect("group").as_str();
            if w.eq_ignore_ascii_case("last") || w.eq_ignore_ascii_case("final") {
                vec![usize::MAX]
            } else {
                match word_number(w) {
                    Some(n) => vec![n],
                    None => continue,
                }
            }
        };
        // The span replaced ends with the noun, or the ordinal: "on your
        // list (the Short)" and the verb stay.
        let end = c
            .get(4)
            .or(c.get(3))
            .or(c.get(2))
            .map_or(whole.end(), |m| m.end());
        found.push(Reference {
            start: whole.start(),
            end,
            places,
            korean: false,
            complement: None,
        });
    }
    for m in ORDINAL_RUN.find_iter(line) {
        static ONE: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(&ascii_b(&format!(r"(?i)\b(?:{ORD_WORDS})\b"))).expect("built-in regex")
        });
        let places: Option<Vec<usize>> = ONE
            .find_iter(m.as_str())
            .map(|w| match w.as_str().to_ascii_lowercase().as_str() {
                "last" | "final" => Some(usize::MAX),
                other => word_number(other),
            })
            .collect();
        if let Some(places) = places {
            found.push(Reference {
                start: m.start(),
                end: m.end(),
                places,
                korean: false,
                complement: None,
            });
        }
    }
    for c in COMPLEMENT.captures_iter(line) {
        let whole = c.get(0).expect("match");
        let count = match c.get(1).or(c.get(2)) {
            Some(w) => match word_number(w.as_str()).or_else(|| w.as_str().parse().ok()) {
                Some(n) => Some(n),
                None => continue,
            },
            None => None,
        };
        found.push(Reference {
            start: whole.start(),
            end: whole.end(),
            places: Vec::new(),
            korean: whole.as_str().starts_with('나'),
            complement: Some(count),
        });
    }
    for c in KO_ORDINAL.captures_iter(line) {
        let span = c.get(1).expect("group");
        if let Some(n) = word_number(c.get(2).expect("group").as_str()) {
            found.push(Reference {
                start: span.start(),
                end: span.end(),
                places: vec![n],
                korean: true,
                complement: None,
            });
        }
    }
    // Leftmost first; of overlapping ones, the longer.
    found.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    let mut out: Vec<Reference> = Vec::new();
    for r in found {
        if out.last().is_none_or(|p| r.start >= p.end) {
            out.push(r);
        }
    }
    out
}

/// Does `text` name items by their place ("items 1 and 3", "2번 게시물",
/// "the second")? Then a statement in it is about those, not about all.
pub(crate) fn names_places(text: &str) -> bool {
    !references(text, ordinal_places(text)).is_empty()
}

/// The author's lines with each reference to a place in the list replaced by
/// the URL(s) it stands for, and a note for each; `None` when nothing is
/// replaced.
///
/// `own` are the author's lines (quoted `>` lines interleaved); `whole` is
/// the whole text, quotes included, where our quoted request may be.
pub(crate) fn resolve(own: &[String], whole: &[&str]) -> Option<(Vec<String>, Vec<String>)> {
    match findings_in_order(own, whole) {
        Some((lines, mut notes)) => match resolve_references(&lines, whole) {
            Some((lines, more)) => {
                notes.extend(more);
                Some((lines, notes))
            }
            None => Some((lines, notes)),
        },
        None => resolve_references(own, whole),
    }
}

/// The one list places refer to, and whose it is: the email's own when it
/// has exactly one, else the one list quoted in it; None when that is not
/// certain.
fn the_list(authored: &[&str], whole: &[&str]) -> Option<(List, &'static str)> {
    match lists(authored).as_slice() {
        [one] => Some((one.clone(), "the list in the email")),
        [] => {
            let mut quoted = lists(whole);
            quoted.dedup();
            match quoted.as_slice() {
                [one] => Some((one.clone(), "the list quoted in the email")),
                _ => None,
            }
        }
        _ => None,
    }
}

/// The paragraph (lines between blank ones) that line `i` is in, as the
/// range `start..end` of `own`.
fn paragraph_bounds(own: &[String], i: usize) -> (usize, usize) {
    let start = own[..i]
        .iter()
        .rposition(|l| l.trim().is_empty())
        .map_or(0, |b| b + 1);
    let end = own[i..]
        .iter()
        .position(|l| l.trim().is_empty())
        .map_or(own.len(), |b| i + b);
    (start, end)
}

/// With no list in sight, the URLs one sentence names in the paragraph
/// right above the references ("URL1 and URL2 are no longer available in
/// Korea. To be precise, the first was deleted by its author …, and the
/// second has been withheld …"): at least two, in that sentence's order,
/// all the references in that paragraph.
fn named_in_one_sentence(
    own: &[String],
    refs: &[(usize, Vec<Reference>)],
) -> Option<(List, &'static str)> {
    let first = refs.first()?.0;
    let (start, end) = paragraph_bounds(own, first);
    if refs.iter().any(|(i, _)| *i >= end)
        || own[start..first]
            .iter()
            .any(|l| l.trim_start().starts_with('>') || l.contains(" | ") || entry(l).is_some())
    {
        return None;
    }
    // (Only places said by ordinals, "the first", "the second": a number,
    // "2번 게시물", counts rows or entries, of which there are none here.)
    static ORDINAL_WORD: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!(r"(?i)\b(?:{ORD_WORDS})\b")).expect("built-in regex"));
    if refs.iter().any(|(i, rs)| {
        rs.iter()
            .any(|r| r.korean || !ORDINAL_WORD.is_match(&own[*i][r.start..r.end]))
    }) {
        return None;
    }
    let text = own[start..first].join(" ");
    let found = urls::find_urls(&text);
    let (Some(a), Some(b)) = (found.first(), found.last()) else {
        return None;
    };
    // (One sentence: no stop between the first URL and the last.)
    if found.len() < 2 || text[a.end..b.start].contains(". ") {
        return None;
    }
    let mut urls: Vec<String> = Vec::new();
    for f in &found {
        if !urls.contains(&f.raw) {
            urls.push(f.raw.clone());
        }
    }
    (urls.len() >= 2).then_some((List { urls }, "the sentence above it"))
}

/// "1) URL1 2) URL2 3) URL3" and below them "Our findings, in the same
/// order: 1) The channel has been blocked … 2) We could not locate this
/// message … 3) …": a numbered run of statements without URLs, numbered 1
/// to n like the one list of n URLs above it, gives each statement the URL
/// of its number ("1) URL1: The channel has been blocked …"). Only when
/// the counts agree and the list is the only one in sight.
fn findings_in_order(own: &[String], whole: &[&str]) -> Option<(Vec<String>, Vec<String>)> {
    static NUMBERED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(\s*\(?(\d{1,3})[.)]\s+)(\S.*)$").expect("built-in regex"));
    let authored: Vec<&str> = own
        .iter()
        .map(String::as_str)
        .filter(|l| !l.trim_start().starts_with('>'))
        .collect();
    let (list, whose) = the_list(&authored, whole)?;
    let n = list.urls.len();
    // The list numbered too ("1) URL1"), and, when it is the email's own,
    // the findings below it.
    let source: Vec<&str> = if whose == "the list in the email" {
        authored.clone()
    } else {
        whole.to_vec()
    };
    let numbered_list = list.urls.iter().enumerate().all(|(k, u)| {
        source
            .iter()
            .any(|l| entry(unquoted(l)).is_some_and(|(num, url)| num == Some(k + 1) && &url == u))
    });
    if !numbered_list {
        return None;
    }
    let list_end = own
        .iter()
        .rposition(|l| !l.trim_start().starts_with('>') && entry(l).is_some())
        .filter(|_| whose == "the list in the email");
    // Runs of numbered lines without a URL, numbered 1, 2, 3, … in order
    // (blank lines may part them), as (line index, prefix length).
    let mut runs: Vec<Vec<(usize, usize)>> = Vec::new();
    let mut run: Vec<(usize, usize)> = Vec::new();
    for (i, l) in own.iter().enumerate() {
        if l.trim().is_empty() {
            continue;
        }
        let numbered = NUMBERED
            .captures(l)
            .filter(|_| !l.trim_start().starts_with('>') && urls::find_urls(l).is_empty())
            .and_then(|c| Some((c.get(1)?.end(), c.get(2)?.as_str().parse::<usize>().ok()?)));
        match numbered {
            Some((prefix, k)) if k == run.len() + 1 => run.push((i, prefix)),
            Some((prefix, 1)) => {
                runs.push(std::mem::take(&mut run));
                run.push((i, prefix));
            }
            _ => {
                if !run.is_empty() {
                    runs.push(std::mem::take(&mut run));
                }
            }
        }
    }
    runs.push(run);
    // Each a finding: it says something of its item (not "1. 요청 개요"),
    // below the list it answers.
    let mut full = runs.into_iter().filter(|r| {
        r.len() == n
            && n >= 2
            && r.iter().all(|&(i, _)| {
                list_end.is_none_or(|e| i > e)
                    && super::status::said(&own[i], &[]) != super::status::Said::Nothing
            })
    });
    let found = full.next()?;
    if full.next().is_some() {
        return None;
    }
    let mut lines = own.to_vec();
    let mut notes = Vec::new();
    for (k, (i, prefix)) in found.into_iter().enumerate() {
        let url = &list.urls[k];
        let line = &own[i];
        lines[i] = format!("{}{url}: {}", &line[..prefix], &line[prefix..]);
        notes.push(format!(
            "finding {} read as {url} by its place in {whose}",
            k + 1
        ));
    }
    Some((lines, notes))
}

fn resolve_references(own: &[String], whole: &[&str]) -> Option<(Vec<String>, Vec<String>)> {
    let authored: Vec<&str> = own
        .iter()
        .map(String::as_str)
        .filter(|l| !l.trim_start().starts_with('>'))
        .collect();
    let mut refs: Vec<(usize, Vec<Reference>)> = Vec::new();
    // Each line's paragraph (lines between blank ones).
    let paragraph_of = |i: usize| {
        let (start, end) = paragraph_bounds(own, i);
        &own[start..end]
    };
    for (i, l) in own.iter().enumerate() {
        if l.trim_start().starts_with('>') || entry(l).is_some() || !urls::find_urls(l).is_empty() {
            continue;
        }
        // "The last one could not be reviewed, because …:\nURL": the
        // sentence names its item on the line below it, so "the last one"
        // is that one, not a place in a list elsewhere.
        let para_end = paragraph_bounds(own, i).1;
        if (i..para_end).any(|j| {
            own[j].trim_end().ends_with([':', '：'])
                && j + 1 < para_end
                && entry(&own[j + 1]).is_some()
        }) {
            continue;
        }
        let among_places = paragraph_of(i).iter().any(|p| ordinal_places(p));
        let r = references(l, among_places);
        if !r.is_empty() {
            refs.push((i, r));
        }
    }
    if refs.is_empty() {
        return None;
    }
    // All or none on a line of a paragraph: "The first of the posts below was
    // removed …, the second\nhas been withheld …, and the third no longer
    // exists" with only "the first" read would leave the rest of that
    // sentence's statements to the wrong items.
    // (Only on a line that has a place read: an ordinal on a line of its
    // own may be read otherwise, "We could not find the fourth: …" as the
    // sentence over the list.)
    for (j, rs) in &refs {
        let l = &own[*j];
        let spans: Vec<(usize, usize)> = rs.iter().map(|r| (r.start, r.end)).collect();
        // (Not a count of places, "the first three posts", a topic.)
        let count_after = |e: usize| {
            l[e..].split_whitespace().next().is_some_and(|w| {
                w.bytes().all(|b| b.is_ascii_digit())
                    || [
                        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                    ]
                    .contains(&w.to_ascii_lowercase().as_str())
            })
        };
        // (And only an ordinal that ends its line, its sentence wrapped onto
        // the next: "…, the second\nhas been withheld …"; one the reader
        // passed over inside a line, "for the third we took no action", is
        // read by the line's own words.)
        if THE_ORDINAL.find_iter(l).any(|m| {
            !count_after(m.end())
                && m.end() == l.trim_end().len()
                && !spans.iter().any(|&(a, b)| a <= m.start() && m.end() <= b)
        }) {
            return None;
        }
    }
    let (list, whose) = the_list(&authored, whole).or_else(|| named_in_one_sentence(own, &refs))?;
    let n = list.urls.len();
    // Places counted from the end ("the last two") are `usize::MAX - j`
    // for the j-th from last; one past the start of the list is outside it.
    let place = |p: usize| {
        if p > usize::MAX - n {
            Some(n - (usize::MAX - p))
        } else if p > usize::MAX - 100 {
            None
        } else {
            (1..=n).contains(&p).then_some(p)
        }
    };
    // A number outside the list: the numbers may mean something else.
    if refs
        .iter()
        .flat_map(|(_, r)| r.iter().flat_map(|r| r.places.iter()))
        .any(|p| place(*p).is_none())
    {
        return None;
    }
    // What the email names otherwise, by place or by URL: "the other
    // three" are the places left.
    let mut named: Vec<usize> = refs
        .iter()
        .flat_map(|(_, r)| r.iter().flat_map(|r| r.places.iter()))
        .filter_map(|p| place(*p))
        .collect();
    let by_place = !named.is_empty();
    for l in &authored {
        for f in urls::find_urls(l) {
            let key = urls::normalize(&f.raw);
            named.extend(
                (1..=n).filter(|p| key.is_some() && urls::normalize(&list.urls[p - 1]) == key),
            );
        }
    }
    let left: Vec<usize> = (1..=n).filter(|p| !named.contains(p)).collect();
    let mut lines = own.to_vec();
    let mut notes = Vec::new();
    for (i, rs) in refs {
        let line = &own[i];
        let mut new = String::new();
        let mut at = 0;
        for r in &rs {
            let places: &[usize] = match r.complement {
                // (Only beside references by place, only when the count it
                // gives is what is left, and only in a sentence that states
                // what became of them: "나머지 건은 별도 회신드리겠습니다"
                // names nothing to review.)
                Some(count)
                    if by_place
                        && count.is_none_or(|c| c == left.len())
                        && matches!(
                            super::status::said(line, &[]),
                            super::status::Said::Stated(_)
                        ) =>
                {
                    &left
                }
                Some(_) => continue,
                None => &r.places,
            };
            let urls: Vec<&str> = places
                .iter()
                .filter_map(|p| place(*p))
                .map(|p| list.urls[p - 1].as_str())
                .collect();
            let joined = if r.korean {
                urls.join(", ")
            } else {
                match urls.as_slice() {
                    [] => continue,
                    [one] => one.to_string(),
                    [init @ .., last] => format!("{} and {last}", init.join(", ")),
                }
            };
            new.push_str(&line[at..r.start]);
            // Spaces keep the URL apart from the words around it.
            if !new.is_empty() && !new.ends_with(char::is_whitespace) {
                new.push(' ');
            }
            new.push_str(&joined);
            let after = &line[r.end..];
            if !after.is_empty() && !after.starts_with(char::is_whitespace) {
                new.push(' ');
            }
            at = r.end;
            notes.push(format!(
                "\"{}\" read as {} by its place in {whose}",
                line[r.start..r.end].trim(),
                urls.join(", ")
            ));
        }
        new.push_str(&line[at..]);
        lines[i] = new;
    }
    (!notes.is_empty()).then_some((lines, notes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(own: &str, whole: &str) -> Option<Vec<String>> {
        let own: Vec<String> = own.lines().map(str::to_string).collect();
        let whole: Vec<&str> = whole.lines().collect();
        resolve(&own, &whole).map(|(l, _)| l)
    }

    const OWN_LIST: &str = "You reported the following posts:\n\n1. https://x.com/a/status/1\n2. https://x.com/b/status/2\n3. https://x.com/c/status/3\n\n";

    #[test]
    fn numbers_against_the_emails_own_list() {
        let own = format!(
            "{OWN_LIST}Items 1 and 3 have been withheld in South Korea. Item 2 has been removed."
        );
        let out = run(&own, "").expect("resolved");
        assert_eq!(
            out.last().map(String::as_str),
            Some(
                "https://x.com/a/status/1 and https://x.com/c/status/3 have been withheld in South Korea. https://x.com/b/status/2 has been removed."
            )
        );
        let own =
            format!("{OWN_LIST}Outcome:\n- 1 and 2 were taken down.\n- 3 could not be found.");
        let out = run(&own, "").expect("resolved");
        assert_eq!(
            out[out.len() - 2],
            "- https://x.com/a/status/1 and https://x.com/b/status/2 were taken down."
        );
        assert_eq!(
            out[out.len() - 1],
            "- https://x.com/c/status/3 could not be found."
        );
    }

    #[test]
    fn numbers_against_our_quoted_request() {
        let own = "#1 and #3 - withheld in Korea.\n#2 - we could not locate this post.";
        let whole = format!(
            "{own}\n\nOn Thu, X wrote:\n> Please remove:\n>\n> 1. https://x.com/a/status/1\n> 2. https://x.com/b/status/2\n> 3. https://x.com/c/status/3\n"
        );
        let out = run(own, &whole).expect("resolved");
        assert_eq!(
            out[0],
            "https://x.com/a/status/1 and https://x.com/c/status/3 - withheld in Korea."
        );
        assert_eq!(
            out[1],
            "https://x.com/b/status/2 - we could not locate this post."
        );
    }

    /// Blind-634 (x-safety-four-outcomes-url-below): a sentence that
    /// names its item on the line below it is not about a place in a list
    /// above.
    #[test]
    fn a_place_whose_item_is_named_below_it() {
        let own = format!(
            "{OWN_LIST}The last one could not be reviewed, because the owner had already\ndeleted it before we received your request:\nhttps://x.com/d/status/4\n"
        );
        assert_eq!(run(&own, ""), None);
    }

    #[test]
    fn korean_places() {
        let own = "1. https://cafe.daum.net/g/K/77\n2. https://cafe.daum.net/g/K/78\n\n검토 결과 1번 게시물은 삭제 조치하였으며, 2번 게시물은 작성자에 의해 이미 삭제된 상태입니다.";
        let out = run(own, "").expect("resolved");
        assert_eq!(
            out[3],
            "검토 결과 https://cafe.daum.net/g/K/77 게시물은 삭제 조치하였으며, https://cafe.daum.net/g/K/78 게시물은 작성자에 의해 이미 삭제된 상태입니다."
        );
    }

    #[test]
    fn korean_places_joined_by_irang() {
        // Blind-551 (dc-numbers-only-over-quote): "1번이랑 2번 글은" names
        // both places; "1번이랑" had been passed over, leaving item 1 unsaid.
        let own = "1. https://gall.example/a/1\n2. https://gall.example/a/2\n\n1번이랑 2번 글은 삭제했습니다.";
        let out = run(own, "").expect("resolved");
        assert_eq!(
            out[3],
            "https://gall.example/a/1, https://gall.example/a/2 글은 삭제했습니다."
        );
    }

    #[test]
    fn ordinals() {
        let own = "https://y.com/v/1\nhttps://y.com/v/2\nhttps://y.com/v/3\n\nThe first two have been removed. The third is no longer viewable in South Korea.";
        let out = run(own, "").expect("resolved");
        assert_eq!(
            out[4],
            "https://y.com/v/1 and https://y.com/v/2 have been removed. https://y.com/v/3 is no longer viewable in South Korea."
        );
        let own = "We removed the first two videos on your list. The last item on your list (the Short) has been age-restricted.";
        let whole = format!(
            "{own}\n> 1. https://y.com/v/1\n> 2. https://y.com/v/2\n> 3. https://y.com/v/3\n> 4. https://y.com/v/4\n"
        );
        let out = run(own, &whole).expect("resolved");
        assert_eq!(
            out[0],
            "We removed https://y.com/v/1 and https://y.com/v/2 on your list. https://y.com/v/4 on your list (the Short) has been age-restricted."
        );
    }

    #[test]
    fn a_status_over_the_places_it_is_of() {
        let own = "1. https://y.com/v/1\n2. https://y.com/v/2\n3. https://y.com/v/3\n\nRemoved globally: 1 and 3.\nNo action (no violation\nfound): 2.";
        let lines: Vec<String> = own.lines().map(str::to_string).collect();
        let whole: Vec<&str> = own.lines().collect();
        let (out, _) = resolve(&lines, &whole).expect("resolved");
        assert_eq!(
            out[4],
            "Removed globally: https://y.com/v/1 and https://y.com/v/3 ."
        );
        assert_eq!(out[6], "found): https://y.com/v/2 .");
        // "1번: 삭제" under the list.
        let own = "1. https://y.com/v/1\n2. https://y.com/v/2\n\n1번: 삭제\n2번: 임시조치(30일)";
        let lines: Vec<String> = own.lines().map(str::to_string).collect();
        let whole: Vec<&str> = own.lines().collect();
        let (out, _) = resolve(&lines, &whole).expect("resolved");
        assert_eq!(out[3], "https://y.com/v/1 : 삭제");
        // A time is no place: "Checked at: 10:30" names nothing.
        let own = "1. https://y.com/v/1\n2. https://y.com/v/2\n\nChecked at: 10:30";
        let lines: Vec<String> = own.lines().map(str::to_string).collect();
        let whole: Vec<&str> = own.lines().collect();
        assert_eq!(resolve(&lines, &whole), None);
    }

    #[test]
    fn bare_ordinals_beside_other_places() {
        let own = "Regarding the four URLs in your request, in the order\nyou listed them: we removed the first and the second video, we applied an age\nrestriction to the third (the Short), and we took no action on the fourth,\nthe channel, because it does not violate our Community Guidelines.";
        let whole = format!(
            "{own}\n> 1. https://y.com/v/1\n> 2. https://y.com/v/2\n> 3. https://y.com/v/3\n> 4. https://y.com/v/4\n"
        );
        let out = run(own, &whole).expect("resolved");
        assert_eq!(
            out.join("\n"),
            "Regarding the four URLs in your request, in the order\nyou listed them: we removed https://y.com/v/1 and https://y.com/v/2 video, we applied an age\nrestriction to https://y.com/v/3 (the Short), and we took no action on https://y.com/v/4 ,\nthe channel, because it does not violate our Community Guidelines."
        );
        // Alone, "the third," names nothing.
        let own = "This is the third, after two reminders, that we answer.";
        let whole = format!(
            "{own}\n> 1. https://y.com/v/1\n> 2. https://y.com/v/2\n> 3. https://y.com/v/3\n"
        );
        assert_eq!(run(own, &whole), None);
    }

    #[test]
    fn joined_ordinals_and_the_others() {
        let own = "Of the five URLs in your request below, we removed the first and the third. The other three remain available: they do not violate our policies.";
        let whole = format!(
            "{own}\n> 1. https://y.com/v/1\n> 2. https://y.com/v/2\n> 3. https://y.com/v/3\n> 4. https://y.com/v/4\n> 5. https://y.com/v/5\n"
        );
        let out = run(own, &whole).expect("resolved");
        assert_eq!(
            out[0],
            "Of the five URLs in your request below, we removed https://y.com/v/1 and https://y.com/v/3 . https://y.com/v/2, https://y.com/v/4 and https://y.com/v/5 remain available: they do not violate our policies."
        );
        // "The other two" when three are left: not certain, left alone.
        let own = "We removed the first and the third. The other two remain available.";
        let whole = format!(
            "{own}\n> 1. https://y.com/v/1\n> 2. https://y.com/v/2\n> 3. https://y.com/v/3\n> 4. https://y.com/v/4\n> 5. https://y.com/v/5\n"
        );
        let out = run(own, &whole).expect("resolved");
        assert_eq!(
            out[0],
            "We removed https://y.com/v/1 and https://y.com/v/3 . The other two remain available."
        );
        // "The rest" with no place named: nothing to leave, left alone.
        assert!(
            run(
                "The rest will follow.",
                &format!("x\n> 1. https://y.com/v/1\n> 2. https://y.com/v/2\n")
            )
            .is_none()
        );
    }

    #[test]
    fn findings_in_the_same_order() {
        let own = "Regarding these three links:\n\n1) https://t.me/a\n2) https://t.me/b/88\n3) https://t.me/c/15\n\nOur findings, in the same order:\n\n1) The channel has been blocked.\n2) We could not locate this message.\n3) We found no violation, so it remains available.";
        let out = run(own, "").expect("resolved");
        assert_eq!(out[8], "1) https://t.me/a: The channel has been blocked.");
        assert_eq!(
            out[10],
            "3) https://t.me/c/15: We found no violation, so it remains available."
        );
        // Numbered headings that state nothing, or a list above them that is
        // not numbered: left alone.
        let own = "1. 요청 개요\n2. 처리 결과\n\n1) https://t.me/a\n2) https://t.me/b/88\n";
        assert!(run(own, "").is_none());
        let own = "1. 귀 위원회의 요청과 관련입니다.\n2. 아래 게시물을 삭제하였습니다.\n- https://t.me/a\n- https://t.me/b/88\n";
        assert!(run(own, "").is_none());
    }

    #[test]
    fn left_alone_when_not_certain() {
        // A number outside the list.
        assert!(run(&format!("{OWN_LIST}Item 4 has been removed."), "").is_none());
        // A ticket number, and "the first time".
        assert!(
            run(
                &format!("{OWN_LIST}See ticket #2. For the first time we saw this."),
                ""
            )
            .is_none()
        );
        // Two lists of the author's own.
        let two = format!(
            "{OWN_LIST}and\n\n- https://x.com/d/status/4\n- https://x.com/e/status/5\n\nItem 1 was removed."
        );
        assert!(run(&two, "").is_none());
        // More from the end than the list holds ("the last three" of two).
        assert!(run("1. https://x.com/a/status/1\n2. https://x.com/b/status/2\n\nThe last three have been removed.", "").is_none());
        assert!(run("1. https://x.com/a/status/1\n2. https://x.com/b/status/2\n\nThe last five have been removed.", "").is_none());
        // No list anywhere.
        assert!(run("Items 1 and 2 were removed.", "Items 1 and 2 were removed.").is_none());
        // A list numbered out of order is no list.
        assert!(
            run(
                "1. https://x.com/a/status/1\n3. https://x.com/b/status/2\n\nItem 1 was removed.",
                ""
            )
            .is_none()
        );
    }
}
