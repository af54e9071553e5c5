//! Matching: the extraction, the trust verdict and the ledger's view in; a
//! decision out (which items change, which claims match nothing, whether a
//! person must look). Pure: no I/O, no clock.

use std::collections::BTreeSet;

use jiff::Timestamp;

use crate::config::{BulkPolicy, Settings};
use crate::extract::{Classification, Extraction, urls};
use crate::status::Status;
use crate::trust::TrustVerdict;

/// The part of the ledger an email may concern.
#[derive(Debug, Clone, Default)]
pub struct LedgerView {
    pub requests: Vec<ViewRequest>,
    /// Our own outgoing emails (reminders, digests) the email answers or returns.
    pub outbox: Vec<ViewOutbox>,
}

#[derive(Debug, Clone)]
pub struct ViewOutbox {
    pub id: i64,
    pub kind: String,
    pub reference: Option<String>,
    pub step: u32,
    pub message_id: String,
    /// queued, sending, sent, failed, bounced, ...
    pub state: String,
}

#[derive(Debug, Clone)]
pub struct ViewRequest {
    pub id: i64,
    pub reference: String,
    pub platform: String,
    pub sent_at: Timestamp,
    /// The earliest the request can have been sent: `sent_at`, the start of
    /// that day when it was given as a bare date, None when `request add`
    /// filled it in (then it says nothing about when the request went out).
    pub sent_from: Option<Timestamp>,
    pub due_at: Timestamp,
    pub message_id: Option<String>,
    pub case_number: Option<String>,
    /// How the view found it: ref, thread, case_number, date, url.
    pub found_by: Vec<&'static str>,
    pub items: Vec<ViewItem>,
}

#[derive(Debug, Clone)]
pub struct ViewItem {
    pub id: i64,
    pub url: String,
    pub url_key: String,
    pub status: Status,
    pub staff_lock: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Applied,
    NoChange,
    Ignored,
    Review,
    Duplicate,
    Refused,
    /// A staff email that registered a request (or added URLs to one).
    RequestRegistered,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Applied => "applied",
            Outcome::NoChange => "no_change",
            Outcome::Ignored => "ignored",
            Outcome::Review => "review",
            Outcome::Duplicate => "duplicate",
            Outcome::Refused => "refused",
            Outcome::RequestRegistered => "request_registered",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub item: i64,
    pub url: String,
    pub reference: String,
    pub old: Status,
    pub new: Status,
    /// "email" or "bulk".
    pub source: &'static str,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimRecord {
    pub url: String,
    pub url_key: Option<String>,
    pub status: Status,
    pub item: Option<i64>,
    /// applied, unchanged, unmatched, wrong_platform, staff_lock, regression, not_applied
    pub result: &'static str,
    pub via: &'static str,
}

#[derive(Debug, Clone)]
pub struct Decision {
    pub outcome: Outcome,
    pub review: Option<(&'static str, String)>,
    pub changes: Vec<Change>,
    pub claims: Vec<ClaimRecord>,
    pub requests: Vec<(i64, &'static str)>,
    pub case_numbers: Vec<(i64, String)>,
    /// Outbox rows this email reports as undeliverable (a bounce of our reminder).
    pub bounced: Vec<i64>,
    /// One line for people: what happened and why.
    pub summary: String,
}

/// Review reasons, most important first: an email gets the first that applies.
const REVIEW_ORDER: [&str; 19] = [
    "malformed",
    "reminder_bounced",
    "untrusted_bounce",
    "forwarded",
    "unknown_sender",
    "untrusted",
    "not_addressed_to_us",
    "predates_request",
    "wrong_platform",
    "status_regression",
    "contradicts_staff",
    "asks_more",
    "bulk",
    "conflicting_statements",
    "ambiguous_reference",
    "unmatched_claims",
    "unreadable_attachment",
    "not_understood",
    "no_claims",
];

struct Reviews(Vec<(&'static str, String)>);

impl Reviews {
    fn add(&mut self, code: &'static str, detail: impl Into<String>) {
        if !self.0.iter().any(|(c, _)| *c == code) {
            self.0.push((code, detail.into()));
        }
    }
    fn first(mut self) -> Option<(&'static str, String)> {
        self.0.sort_by_key(|(c, _)| {
            REVIEW_ORDER
                .iter()
                .position(|x| x == c)
                .unwrap_or(usize::MAX)
        });
        let others: Vec<String> = self
            .0
            .iter()
            .skip(1)
            .map(|(c, d)| format!("also {c}: {d}"))
            .collect();
        let mut it = self.0.into_iter();
        it.next().map(|(c, d)| {
            if others.is_empty() {
                (c, d)
            } else {
                (c, format!("{d}; {}", others.join("; ")))
            }
        })
    }
}

/// How long before a request's send date a statement may be dated (clocks
/// differ; a reply cannot be older than the request it answers).
pub const DATE_SLACK: jiff::SignedDuration = jiff::SignedDuration::from_secs(600);

/// Whether the email was written to us: one of the intake's addresses (or a
/// plus-address of one) in To or Cc, or a reply in one of our threads (it
/// answers a request or reminder of ours). A platform's genuine, signed
/// statement to somebody else (an uploader's appeal) forwarded into our
/// mailbox is not a statement to us. To, Cc and the thread headers are what
/// the author wrote and DKIM signs; Delivered-To and X-Original-To are not
/// used, because our own receiving server writes them on every email it
/// delivers to us, a replayed one included. With no intake address
/// configured the check is off (`check` and `run` warn).
/// Err: why not, for the review entry.
pub fn addressed_to_us(
    x: &Extraction,
    view: &LedgerView,
    settings: &Settings,
) -> Result<(), String> {
    let intake = settings.intake_addresses();
    if intake.is_empty() {
        return Ok(());
    }
    if x.addressed_to
        .iter()
        .any(|a| settings.is_intake_address(&intake, a))
    {
        return Ok(());
    }
    let in_thread =
        view.requests.iter().any(|r| r.found_by.contains(&"thread")) || !view.outbox.is_empty();
    if in_thread {
        return Ok(());
    }
    let to = if x.addressed_to.is_empty() {
        "no recipient at all".to_string()
    } else {
        x.addressed_to.join(", ")
    };
    Err(format!(
        "written to {to}, not to {} and not in one of our threads: a statement to somebody else says nothing to us",
        intake.join(", ")
    ))
}

/// Why a statement cannot be about request `r`: it is dated more than
/// `DATE_SLACK` before the request was sent (or carries no date at all).
/// None when the request's send date is unknown (`request add` filled it in).
fn predates(x: &Extraction, r: &ViewRequest, settings: &Settings) -> Option<String> {
    let from = r.sent_from?;
    match x.written_at {
        None => Some(format!(
            "the email has no Date: it cannot be shown to answer {} (sent {})",
            r.reference,
            crate::store::ts(from)
        )),
        Some(d) if d < from - DATE_SLACK => Some(format!(
            "dated {}, before {} was sent ({}): a statement older than our request is not an answer to it",
            d.to_zoned(settings.tz.clone())
                .strftime("%Y-%m-%d %H:%M %Z"),
            r.reference,
            from.to_zoned(settings.tz.clone())
                .strftime("%Y-%m-%d %H:%M %Z")
        )),
        Some(_) => None,
    }
}

/// Why an email that names our requests or items went to `not_understood`,
/// quoting the sentence(s) around each requested URL it names (or the start
/// of its own words when it names only a request).
fn not_understood_detail(x: &Extraction, named: &[&(String, String)]) -> String {
    const MAX_URLS: usize = 5;
    if named.is_empty() {
        let own: String = x
            .own_lines
            .iter()
            .map(|l| l.trim())
            .filter(|l| !l.is_empty() && !l.starts_with('>'))
            .collect::<Vec<_>>()
            .join(" ");
        let mut quote: String = own.chars().take(300).collect();
        if own.chars().count() > 300 {
            quote.push('…');
        }
        return format!(
            "refers to a request but no item-level statement could be read; it says: \"{quote}\""
        );
    }
    let mut parts: Vec<String> = named
        .iter()
        .take(MAX_URLS)
        .map(|(u, ctx)| format!("{u}: \"{ctx}\""))
        .collect();
    if named.len() > MAX_URLS {
        parts.push(format!("and {} more URL(s)", named.len() - MAX_URLS));
    }
    format!(
        "names {} requested item(s) without a status that could be read: {}",
        named.len(),
        parts.join("; ")
    )
}

pub fn decide(
    x: &Extraction,
    trust: &TrustVerdict,
    view: &LedgerView,
    settings: &Settings,
) -> Decision {
    let mut reviews = Reviews(Vec::new());
    let mut claims_out: Vec<ClaimRecord> = Vec::new();
    let mut changes: Vec<Change> = Vec::new();
    let platform = trust.platform.as_deref();

    // Requests the email refers to (not merely shares a URL with).
    let by_date: Vec<&ViewRequest> = view
        .requests
        .iter()
        .filter(|r| r.found_by.contains(&"date"))
        .collect();
    let referenced: Vec<&ViewRequest> = view
        .requests
        .iter()
        .filter(|r| {
            r.found_by
                .iter()
                .any(|h| matches!(*h, "ref" | "thread" | "case_number"))
                || (by_date.len() == 1 && r.found_by.contains(&"date"))
        })
        .collect();
    if by_date.len() > 1 && referenced.is_empty() {
        reviews.add(
            "ambiguous_reference",
            format!("the date named fits {} requests", by_date.len()),
        );
    }
    let mut requests: Vec<(i64, &'static str)> = referenced
        .iter()
        .map(|r| {
            (
                r.id,
                r.found_by
                    .iter()
                    .copied()
                    .find(|h| *h != "url")
                    .unwrap_or("ref"),
            )
        })
        .collect();

    // A separate decision: who the email was written to (see addressed_to_us).
    let addressed = addressed_to_us(x, view, settings);

    // The platform's case number, learned from its first matched reply.
    let mut case_numbers = Vec::new();
    if trust.trusted && addressed.is_ok() && !x.refs.case_numbers.is_empty() {
        let own: Vec<&&ViewRequest> = referenced
            .iter()
            .filter(|r| {
                Some(r.platform.as_str()) == platform && !r.found_by.contains(&"case_number")
            })
            .collect();
        if own.len() == 1 && own[0].case_number.is_none() {
            case_numbers.push((own[0].id, x.refs.case_numbers[0].clone()));
        }
    }

    let statement = matches!(
        x.classification,
        Classification::Confirmation | Classification::RequestForInfo
    );
    if let (Err(why), true) = (&addressed, statement && trust.trusted && platform.is_some()) {
        reviews.add("not_addressed_to_us", why.clone());
    }
    let applies = trust.trusted && platform.is_some() && statement && addressed.is_ok();

    // Does the email name one of our requests or requested items? Then what
    // it says must be seen, whoever sent it (only auto-replies, bounces and
    // read receipts are ignored whatever they quote).
    let item_keys: std::collections::HashSet<&str> = view
        .requests
        .iter()
        .flat_map(|r| r.items.iter().map(|i| i.url_key.as_str()))
        .collect();
    let names_item =
        |url: &str| urls::normalize(url).is_some_and(|k| item_keys.contains(k.as_str()));
    let named_unstated: Vec<&(String, String)> =
        x.unstated.iter().filter(|(u, _)| names_item(u)).collect();
    let names_ours = !referenced.is_empty()
        || x.hedged.iter().any(|u| names_item(u))
        || x.claims
            .iter()
            .any(|c| c.key.as_deref().is_some_and(|k| item_keys.contains(k)));
    match x.classification {
        Classification::Malformed => reviews.add("malformed", "not a readable email"),
        Classification::Forwarded => {
            reviews.add("forwarded", "a forwarded confirmation: check it, then `takedown review resolve MSGID --apply` if genuine")
        }
        Classification::Bounce | Classification::AutoReply | Classification::ReadReceipt => {}
        Classification::Acknowledgement if !names_ours => {}
        _ => {
            if platform.is_none() {
                reviews.add("unknown_sender", format!("{} belongs to no configured platform", trust.sender.as_deref().unwrap_or("(no sender)")));
            } else if !trust.trusted {
                reviews.add("untrusted", trust.reason.clone());
            }
        }
    }
    // A bounce of our own reminder: it did not arrive, and staff must know.
    // It changes the outbox row only when it is a trusted bounce (see
    // `trusted_bounce`): reminder Message-IDs are predictable, and a forged
    // report must not cancel a retry.
    let bounced: Vec<i64> = if x.classification == Classification::Bounce {
        match trusted_bounce(x, trust, view, settings) {
            Ok(rows) => rows,
            Err(why) => {
                reviews.add("untrusted_bounce", why);
                Vec::new()
            }
        }
    } else {
        Vec::new()
    };
    if !bounced.is_empty() {
        let what: Vec<String> = view
            .outbox
            .iter()
            .filter(|o| bounced.contains(&o.id))
            .map(|o| match &o.reference {
                Some(r) => format!("{} {} of {r} <{}>", o.kind, o.step, o.message_id),
                None => format!("{} <{}>", o.kind, o.message_id),
            })
            .collect();
        reviews.add(
            "reminder_bounced",
            format!("our {} could not be delivered", what.join(", ")),
        );
    }
    if let Some(a) = &x.asks {
        if !matches!(
            x.classification,
            Classification::Bounce | Classification::AutoReply | Classification::Forwarded
        ) {
            reviews.add("asks_more", format!("the platform asks: {a}"));
        }
    }
    if !x.conflicts.is_empty() {
        reviews.add(
            "conflicting_statements",
            // With the reader's notes: a correction that names no item is
            // why its statements are in doubt.
            std::iter::once(format!("two statuses for {}", x.conflicts.join(", ")))
                .chain(x.notes.iter().cloned())
                .collect::<Vec<_>>()
                .join("; "),
        );
    }

    // Item claims.
    let all_items = || {
        view.requests
            .iter()
            .flat_map(|r| r.items.iter().map(move |i| (r, i)))
    };
    // Items by key, in view order: a claim's exact matches without a scan of
    // the whole view (an email with 1,000 URLs brings ~10,000 items into it).
    let mut by_key: std::collections::HashMap<&str, Vec<(&ViewRequest, &ViewItem)>> =
        std::collections::HashMap::new();
    for (r, i) in all_items() {
        by_key.entry(i.url_key.as_str()).or_default().push((r, i));
    }
    for c in &x.claims {
        let Some(key) = c.key.as_deref() else {
            claims_out.push(ClaimRecord {
                url: c.url.clone(),
                url_key: None,
                status: c.status,
                item: None,
                result: "unmatched",
                via: c.via,
            });
            continue;
        };
        // "…/entry/아이스-직거래-안내도 확인해 보니": a particle glued to a
        // Korean path cannot be told from the path where it is read; an
        // address that is no item is matched without it when that is one.
        let unglued = by_key
            .get(key)
            .is_none()
            .then(|| urls::without_glued_particle(&c.url).and_then(urls::normalize))
            .flatten()
            .filter(|k| by_key.contains_key(k.as_str()));
        // "m.dcinside.com/board/stock_new2/9182734" for the item
        // "gall.dcinside.com/board/view/?id=stock_new2&no=9182734": the
        // same post by another of the portal's addresses, when that names
        // one item.
        let twin = (by_key.get(key).is_none() && unglued.is_none())
            .then(|| urls::post_identity(&c.url))
            .flatten()
            .and_then(|id| {
                let mut keys: Vec<&str> = all_items()
                    .filter(|(_, i)| urls::post_identity(&i.url).as_deref() == Some(id.as_str()))
                    .map(|(_, i)| i.url_key.as_str())
                    .collect();
                keys.sort_unstable();
                keys.dedup();
                match keys.as_slice() {
                    [one] => Some(one.to_string()),
                    _ => None,
                }
            });
        let key = unglued.as_deref().or(twin.as_deref()).unwrap_or(key);
        let exact: Vec<(&ViewRequest, &ViewItem)> = by_key.get(key).cloned().unwrap_or_default();
        let mut targets: Vec<(&ViewRequest, &ViewItem, bool)> =
            exact.iter().map(|(r, i)| (*r, *i, false)).collect();
        // A whole channel removed or restricted covers its requested items.
        if targets.is_empty()
            && c.channel
            && matches!(c.status, Status::Removed | Status::Restricted)
        {
            // …except those the same email gives a status of their own
            // ("The channel … has been blocked for users in South Korea,
            // including URL"): the item's own statement is the closer one.
            targets = all_items()
                .filter(|(_, i)| urls::covers_item(key, &i.url_key, &i.url))
                .filter(|(_, i)| {
                    !x.claims
                        .iter()
                        .any(|o| o.key.as_deref() == Some(i.url_key.as_str()))
                })
                .map(|(r, i)| (r, i, true))
                .collect();
        }
        if targets.is_empty() {
            claims_out.push(ClaimRecord {
                url: c.url.clone(),
                url_key: Some(key.into()),
                status: c.status,
                item: None,
                result: "unmatched",
                via: c.via,
            });
            continue;
        }
        // Prefer the requests the email refers to, when the URL is in one of them.
        let in_referenced: Vec<_> = targets
            .iter()
            .filter(|(r, _, _)| referenced.iter().any(|x| x.id == r.id))
            .cloned()
            .collect();
        if !in_referenced.is_empty() {
            targets = in_referenced;
        }
        for (r, item, covered) in targets {
            let record = |result: &'static str| ClaimRecord {
                url: c.url.clone(),
                url_key: Some(key.into()),
                status: c.status,
                item: Some(item.id),
                result,
                via: if covered { "channel" } else { c.via },
            };
            if !applies {
                claims_out.push(record("not_applied"));
                continue;
            }
            if let Some(why) = predates(x, r, settings) {
                reviews.add("predates_request", why);
                claims_out.push(record("not_applied"));
                continue;
            }
            if Some(r.platform.as_str()) != platform {
                reviews.add(
                    "wrong_platform",
                    format!(
                        "{} claims {} of request {} ({})",
                        platform.unwrap_or("?"),
                        item.url,
                        r.reference,
                        r.platform
                    ),
                );
                claims_out.push(record("wrong_platform"));
                continue;
            }
            if item.status == c.status {
                claims_out.push(record("unchanged"));
                continue;
            }
            if item.staff_lock {
                reviews.add(
                    "contradicts_staff",
                    format!(
                        "{} says {} but staff marked it {}",
                        item.url, c.status, item.status
                    ),
                );
                claims_out.push(record("staff_lock"));
                continue;
            }
            // A later statement that puts content back within reach: after a
            // removal anything else, after a restriction (임시조치) a
            // refusal or reinstatement ("재게시(복원)"). Staff look first.
            let weaker = match item.status {
                Status::Removed => c.status != Status::Removed,
                Status::Restricted => c.status == Status::Rejected,
                _ => false,
            };
            if weaker {
                reviews.add(
                    "status_regression",
                    format!(
                        "{} was {}; the platform now says {}",
                        item.url, item.status, c.status
                    ),
                );
                claims_out.push(record("regression"));
                continue;
            }
            if changes.iter().any(|ch| ch.item == item.id) {
                continue;
            }
            let note = if covered {
                format!(
                    "covered by the platform's statement that {} was {}",
                    c.url, c.status
                )
            } else {
                format!("{} via {}", c.status, c.via)
            };
            changes.push(Change {
                item: item.id,
                url: item.url.clone(),
                reference: r.reference.clone(),
                old: item.status,
                new: c.status,
                source: "email",
                note,
            });
            claims_out.push(record("applied"));
            if !requests.iter().any(|(id, _)| *id == r.id) {
                requests.push((r.id, "urls"));
            }
        }
    }
    let unmatched: Vec<&str> = claims_out
        .iter()
        .filter(|c| c.result == "unmatched")
        .map(|c| c.url.as_str())
        .collect();
    if !unmatched.is_empty() && (applies || trust.trusted) {
        reviews.add(
            "unmatched_claims",
            format!(
                "{} URL(s) match no item: {}",
                unmatched.len(),
                unmatched.join(" ")
            ),
        );
    }

    // Bulk statements: no item list.
    if let Some(b) = &x.bulk {
        let own_refs: Vec<&&ViewRequest> = referenced
            .iter()
            .filter(|r| Some(r.platform.as_str()) == platform)
            .collect();
        let pending: Vec<&ViewItem> = own_refs
            .first()
            .map(|r| {
                r.items
                    .iter()
                    .filter(|i| i.status == Status::Pending && !i.staff_lock)
                    .collect()
            })
            .unwrap_or_default();
        let early = own_refs.first().and_then(|r| predates(x, r, settings));
        if let Some(why) = &early {
            reviews.add("predates_request", why.clone());
        }
        // The email's only statement, naming nothing, answers a request of
        // one item: it can only be about that item (whatever the bulk policy,
        // which is about lists). So can "the reported content has been
        // removed" in reply to a request of one item, unless it counts more
        // than one.
        let one_item = !b.except
            && (b.sole || b.count.is_none_or(|n| n == 1))
            && own_refs.first().is_some_and(|r| r.items.len() == 1);
        // (Nor in an email that says two things of an item: "Action: No
        // action taken" over "we have withheld the reported content".)
        let accept = applies
            && early.is_none()
            && x.conflicts.is_empty()
            && own_refs.len() == 1
            && referenced.len() == 1
            && !pending.is_empty()
            && (one_item
                || (!b.sole
                    && !b.except
                    && settings.matching.bulk == BulkPolicy::Accept
                    && b.count.is_some_and(|n| n as usize == pending.len())));
        if accept {
            let r = own_refs[0];
            for item in pending {
                changes.push(Change {
                    item: item.id,
                    url: item.url.clone(),
                    reference: r.reference.clone(),
                    old: item.status,
                    new: b.status,
                    source: if one_item { "email" } else { "bulk" },
                    note: if one_item {
                        format!(
                            "a statement naming no item, about the request's only item: \"{}\"",
                            b.sentence
                        )
                    } else {
                        format!(
                            "bulk statement covering all {} pending items: \"{}\"",
                            b.count.unwrap_or(0),
                            b.sentence
                        )
                    },
                });
                claims_out.push(ClaimRecord {
                    url: item.url.clone(),
                    url_key: Some(item.url_key.clone()),
                    status: b.status,
                    item: Some(item.id),
                    result: "applied",
                    via: if one_item { "sole" } else { "bulk" },
                });
            }
        } else if b.sole {
            // Which item it means could not be read: as before this rule,
            // a statement not understood at item level.
            let why = match own_refs.first() {
                None => "names no request of this platform".to_string(),
                Some(_) if referenced.len() > 1 => {
                    format!("refers to {} requests", referenced.len())
                }
                Some(r) => format!("{} has {} items", r.reference, r.items.len()),
            };
            reviews.add(
                "not_understood",
                format!(
                    "states a status without naming the item (\"{}\"), and {why}: which item it means could not be read",
                    b.sentence
                ),
            );
        } else {
            // Recorded so that a person can apply it after checking.
            // (Not for an item the email states on its own: "all … except
            // URL" does not cover URL.)
            let named: BTreeSet<&str> = x.claims.iter().filter_map(|c| c.key.as_deref()).collect();
            if let Some(r) = own_refs.first() {
                for item in r
                    .items
                    .iter()
                    .filter(|i| i.status == Status::Pending && !named.contains(i.url_key.as_str()))
                {
                    claims_out.push(ClaimRecord {
                        url: item.url.clone(),
                        url_key: Some(item.url_key.clone()),
                        status: b.status,
                        item: Some(item.id),
                        result: "not_applied",
                        via: "bulk",
                    });
                }
            }
            let why = match (own_refs.len(), b.count) {
                _ if b.except => "it covers the items it does not name, except the ones it names".to_string(),
                (0, _) => "names no request of this platform unambiguously".to_string(),
                (n, _) if n > 1 || referenced.len() > 1 => format!("refers to {} requests", referenced.len()),
                (_, None) => "states no count".to_string(),
                (_, Some(n)) if n as usize != pending.len() => format!("states {n} items but {} are pending", pending.len()),
                _ => "bulk confirmations are sent to review (matching.bulk_confirmations = \"review\")".to_string(),
            };
            // (Where the email contradicts itself, that is the reason a
            // person reads it, and the one given first.)
            if x.conflicts.is_empty() {
                reviews.add(
                    "bulk",
                    format!(
                        "bulk statement without an item list (\"{}\"): {why}",
                        b.sentence
                    ),
                );
            }
        }
    }

    if matches!(
        x.classification,
        Classification::Other | Classification::RequestForInfo
    ) || (x.classification == Classification::Confirmation
        && x.claims.is_empty()
        && x.bulk.is_none())
    {
        if !x.unreadable_attachments.is_empty() {
            reviews.add(
                "unreadable_attachment",
                format!(
                    "attachments not read: {}",
                    x.unreadable_attachments.join(", ")
                ),
            );
        } else if x.classification == Classification::Other && names_ours {
            // Named without a readable status, and every item named is
            // another platform's: that is what staff must see first ("Those
            // links are not on our service", Kakao about a NAVER URL).
            let others: Vec<String> = match (platform, trust.trusted) {
                (Some(p), true) => {
                    let mut owners: Vec<(&str, String)> = x
                        .hedged
                        .iter()
                        .filter_map(|u| urls::normalize(u))
                        .flat_map(|k| {
                            view.requests
                                .iter()
                                .filter(move |r| r.items.iter().any(|i| i.url_key == k))
                                .map(|r| (r.platform.as_str(), r.reference.clone()))
                        })
                        .collect();
                    owners.sort();
                    owners.dedup();
                    if !owners.is_empty() && owners.iter().all(|(o, _)| *o != p) {
                        owners.iter().map(|(o, r)| format!("{r} ({o})")).collect()
                    } else {
                        Vec::new()
                    }
                }
                _ => Vec::new(),
            };
            if !others.is_empty() {
                reviews.add(
                    "wrong_platform",
                    format!(
                        "{} names items of {} without a status that could be read",
                        platform.unwrap_or("?"),
                        others.join(", ")
                    ),
                );
            }
            reviews.add("not_understood", not_understood_detail(x, &named_unstated));
        } else if x.classification == Classification::Other {
            reviews.add("no_claims", "no item-level statement could be read");
        }
    }
    // A confirmation that also names requested items of its own platform
    // with nothing said about them: what it says about those was not
    // understood (the rest is applied, as with unmatched claims).
    if x.classification == Classification::Confirmation && applies {
        let own_item = |url: &str| {
            urls::normalize(url).is_some_and(|k| {
                view.requests.iter().any(|r| {
                    Some(r.platform.as_str()) == platform && r.items.iter().any(|i| i.url_key == k)
                })
            })
        };
        let unread: Vec<&(String, String)> = x
            .unstated
            .iter()
            .filter(|(u, _)| x.unread.contains(u) && own_item(u))
            .collect();
        if !unread.is_empty() {
            reviews.add("not_understood", not_understood_detail(x, &unread));
        }
    }

    // Make order deterministic.
    requests.sort();
    requests.dedup_by_key(|(id, _)| *id);
    let review = reviews.first();
    let outcome = if !changes.is_empty() {
        Outcome::Applied
    } else if review.is_some() {
        Outcome::Review
    } else if matches!(
        x.classification,
        Classification::Bounce
            | Classification::AutoReply
            | Classification::Acknowledgement
            | Classification::ReadReceipt
    ) {
        Outcome::Ignored
    } else {
        Outcome::NoChange
    };
    let changed_refs: BTreeSet<&str> = changes.iter().map(|c| c.reference.as_str()).collect();
    let summary = match outcome {
        Outcome::Applied => format!(
            "{} item(s) changed in {}",
            changes.len(),
            changed_refs.into_iter().collect::<Vec<_>>().join(", ")
        ),
        Outcome::Review => format!("review: {}", review.as_ref().map(|r| r.0).unwrap_or("")),
        Outcome::Ignored => format!("ignored: {}", x.classification.as_str()),
        _ => "nothing changed".to_string(),
    };
    Decision {
        outcome,
        review,
        changes,
        claims: claims_out,
        requests,
        case_numbers,
        bounced,
        summary,
    }
}

/// The outbox rows a delivery report may mark bounced, or why none. A report
/// is trusted when it comes from the configured relay (its From domain is the
/// `[smtp] host`'s, and it passed the same authentication as a platform's
/// email), or when it is in our own thread (its In-Reply-To/References name
/// the reminder) and the row is `sent`. Anything else that claims to bounce
/// our mail changes nothing and goes to review.
pub fn trusted_bounce(
    x: &Extraction,
    trust: &TrustVerdict,
    view: &LedgerView,
    settings: &Settings,
) -> Result<Vec<i64>, String> {
    if view.outbox.is_empty() {
        return Ok(Vec::new());
    }
    let relay = settings
        .smtp
        .as_ref()
        .map(|s| s.host.as_str())
        .filter(|h| !h.is_empty());
    let from_relay = trust.trusted
        && match (
            relay,
            trust.sender.as_deref().and_then(|s| s.rsplit_once('@')),
        ) {
            (Some(h), Some((_, d))) => crate::trust::aligned(h, d),
            _ => false,
        };
    let rows: Vec<i64> = view
        .outbox
        .iter()
        .filter(|o| from_relay || (o.state == "sent" && x.refs.thread_ids.contains(&o.message_id)))
        .map(|o| o.id)
        .collect();
    if rows.is_empty() {
        let ids: Vec<String> = view
            .outbox
            .iter()
            .map(|o| format!("<{}> ({})", o.message_id, o.state))
            .collect();
        return Err(format!(
            "claims that our {} could not be delivered, but comes neither from the relay (authenticated) nor in that email's thread while it was sent; nothing was changed",
            ids.join(", ")
        ));
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn settings(smtp: &str) -> Settings {
        let text = format!(
            "timezone = \"Asia/Seoul\"\n[database]\npath = \"t.db\"\n[[platforms]]\nid = \"telegram\"\nsenders = [\"telegram.org\"]\n{smtp}"
        );
        Settings::from_toml(Path::new("c.toml"), &text).expect("config")
    }

    fn bounce(thread: &[&str], s: &Settings) -> Extraction {
        let mut x = crate::extract::extract(&crate::parse::ParsedEmail::default(), None, s);
        x.classification = Classification::Bounce;
        x.refs.thread_ids = thread.iter().map(|t| t.to_string()).collect();
        x
    }

    fn row(id: i64, state: &str) -> ViewOutbox {
        ViewOutbox {
            id,
            kind: "reminder".into(),
            reference: Some("KCSC-240901-01".into()),
            step: 1,
            message_id: format!("reminder.{id}@kcsc.example"),
            state: state.into(),
        }
    }

    fn verdict(sender: &str, trusted: bool) -> TrustVerdict {
        TrustVerdict {
            platform: None,
            sender: Some(sender.into()),
            trusted,
            reason: String::new(),
        }
    }

    /// One Telegram request, found by `found_by`, holding `items`.
    fn one_request(reference: &str, found_by: &'static str, items: Vec<ViewItem>) -> LedgerView {
        let ts: Timestamp = "2024-09-10T01:00:00Z".parse().expect("time");
        LedgerView {
            requests: vec![ViewRequest {
                id: 1,
                reference: reference.into(),
                platform: "telegram".into(),
                sent_at: ts,
                sent_from: Some(ts),
                due_at: ts,
                message_id: None,
                case_number: None,
                found_by: vec![found_by],
                items,
            }],
            outbox: Vec::new(),
        }
    }

    #[test]
    fn a_weaker_status_after_a_removal_or_restriction_is_a_regression() {
        let s = settings("");
        let view_with = |status: Status| {
            one_request(
                "KCSC-240910-01",
                "ref",
                vec![ViewItem {
                    id: 7,
                    url: "https://t.me/c/1".into(),
                    url_key: "t.me/c/1".into(),
                    status,
                    staff_lock: false,
                }],
            )
        };
        let mut trust = verdict("abuse@telegram.org", true);
        trust.platform = Some("telegram".into());
        let claim = |status: Status| {
            let mut x = crate::extract::extract(&crate::parse::ParsedEmail::default(), None, &s);
            x.classification = Classification::Confirmation;
            x.written_at = Some("2024-09-12T01:00:00Z".parse().expect("time"));
            x.addressed_to = vec!["takedown@kcsc.example".into()];
            x.claims = vec![crate::extract::Claim {
                url: "https://t.me/c/1".into(),
                key: Some("t.me/c/1".into()),
                status,
                via: "text",
                channel: false,
                line: None,
            }];
            x
        };
        for (was, now, regression) in [
            (Status::Removed, Status::Rejected, true),
            (Status::Removed, Status::Restricted, true),
            (Status::Restricted, Status::Rejected, true),
            (Status::Restricted, Status::Removed, false),
            (Status::Pending, Status::Rejected, false),
        ] {
            let d = decide(&claim(now), &trust, &view_with(was), &s);
            assert_eq!(
                d.review.as_ref().map(|r| r.0) == Some("status_regression"),
                regression,
                "{was} then {now}: {:?}",
                d.review
            );
            assert_eq!(d.changes.is_empty(), regression, "{was} then {now}");
        }
    }

    #[test]
    fn items_of_another_platform_named_without_a_status_are_wrong_platform() {
        let s = settings("");
        let item = ViewItem {
            id: 3,
            url: "https://t.me/c/3".into(),
            url_key: "t.me/c/3".into(),
            status: Status::Pending,
            staff_lock: false,
        };
        let view = one_request("KCSC-240910-06", "url", vec![item]);
        let mut x = crate::extract::extract(&crate::parse::ParsedEmail::default(), None, &s);
        x.classification = Classification::Other;
        x.hedged = vec!["https://t.me/c/3".into()];
        x.unstated = vec![("https://t.me/c/3".into(), "not on our service".into())];
        // Another platform's trusted sender: wrong_platform first.
        let mut other = verdict("abuse@youtube.com", true);
        other.platform = Some("youtube".into());
        let d = decide(&x, &other, &view, &s);
        assert!(d.changes.is_empty());
        let (reason, detail) = d.review.expect("review");
        assert_eq!(reason, "wrong_platform");
        assert!(detail.contains("KCSC-240910-06 (telegram)"), "{detail}");
        // The item's own platform: not understood, as before.
        let mut own = verdict("abuse@telegram.org", true);
        own.platform = Some("telegram".into());
        let d = decide(&x, &own, &view, &s);
        assert_eq!(d.review.map(|r| r.0), Some("not_understood"));
    }

    #[test]
    fn only_a_trusted_bounce_marks_outbox_rows() {
        let s = settings("");
        let view = LedgerView {
            requests: Vec::new(),
            outbox: vec![row(1, "sent"), row(2, "failed")],
        };
        let daemon = verdict("mailer-daemon@mx.kcsc.example", false);
        // In the thread of row 1, which was sent: that row only.
        let x = bounce(&["reminder.1@kcsc.example"], &s);
        assert_eq!(trusted_bounce(&x, &daemon, &view, &s), Ok(vec![1]));
        // In the thread of row 2, which waits for a retry: nothing changes.
        let x = bounce(&["reminder.2@kcsc.example"], &s);
        let why = trusted_bounce(&x, &daemon, &view, &s).expect_err("refused");
        assert!(why.contains("nothing was changed"), "{why}");
        // Naming the rows only in its body (not in its own thread headers).
        let x = bounce(&[], &s);
        assert!(trusted_bounce(&x, &daemon, &view, &s).is_err());
        let d = decide(&x, &daemon, &view, &s);
        assert!(d.bounced.is_empty());
        assert_eq!(d.review.as_ref().map(|r| r.0), Some("untrusted_bounce"));
        // From the relay, authenticated: every row it names.
        let s =
            settings("[smtp]\nhost = \"smtp.kcsc.example\"\nfrom = \"takedown@kcsc.example\"\n");
        let relay = verdict("mailer-daemon@smtp.kcsc.example", true);
        assert_eq!(trusted_bounce(&x, &relay, &view, &s), Ok(vec![1, 2]));
        // The relay's name without authentication is anybody's.
        let forged = verdict("mailer-daemon@smtp.kcsc.example", false);
        assert!(trusted_bounce(&x, &forged, &view, &s).is_err());
        let d = decide(&x, &relay, &view, &s);
        assert_eq!(d.bounced, vec![1, 2]);
        assert_eq!(d.review.as_ref().map(|r| r.0), Some("reminder_bounced"));
    }

    #[test]
    fn the_only_statement_naming_no_url_applies_only_to_a_request_of_one_item() {
        let s = settings("");
        let item = |id: i64| ViewItem {
            id,
            url: format!("https://t.me/c/{id}"),
            url_key: format!("t.me/c/{id}"),
            status: Status::Pending,
            staff_lock: false,
        };
        let view_of = |n: i64| one_request("KCSC-240916-01", "thread", (1..=n).map(item).collect());
        let mut x = crate::extract::extract(&crate::parse::ParsedEmail::default(), None, &s);
        x.classification = Classification::Confirmation;
        x.written_at = Some("2024-09-12T01:00:00Z".parse().expect("time"));
        x.addressed_to = vec!["takedown@kcsc.example".into()];
        x.bulk = Some(crate::extract::Bulk {
            status: Status::Rejected,
            count: Some(1),
            sentence: "We have determined this content does not violate our terms.".into(),
            sole: true,
            except: false,
        });
        let mut trust = verdict("abuse@telegram.org", true);
        trust.platform = Some("telegram".into());
        let d = decide(&x, &trust, &view_of(1), &s);
        assert_eq!(d.outcome, Outcome::Applied, "{:?}", d.review);
        assert_eq!(d.changes.len(), 1);
        assert_eq!((d.changes[0].item, d.changes[0].new), (1, Status::Rejected));
        assert_eq!(d.changes[0].source, "email");
        // Two items: which one is meant cannot be read.
        let d = decide(&x, &trust, &view_of(2), &s);
        assert!(d.changes.is_empty());
        let (reason, detail) = d.review.expect("review");
        assert_eq!(reason, "not_understood");
        assert!(detail.contains("KCSC-240916-01 has 2 items"), "{detail}");
        // Untrusted: never applied.
        let d = decide(&x, &verdict("abuse@telegram.org", false), &view_of(1), &s);
        assert!(d.changes.is_empty());
        // A bulk statement ("the reported content has been removed") in
        // reply to a request of one item is about that item too, whatever
        // the bulk policy; one that counts more than one is not.
        x.bulk = Some(crate::extract::Bulk {
            status: Status::Removed,
            count: None,
            sentence: "The reported content has been removed.".into(),
            sole: false,
            except: false,
        });
        let d = decide(&x, &trust, &view_of(1), &s);
        assert_eq!(d.outcome, Outcome::Applied, "{:?}", d.review);
        assert_eq!((d.changes[0].item, d.changes[0].new), (1, Status::Removed));
        let d = decide(&x, &trust, &view_of(2), &s);
        assert!(d.changes.is_empty());
        assert_eq!(d.review.as_ref().map(|r| r.0), Some("bulk"));
        if let Some(b) = x.bulk.as_mut() {
            b.count = Some(3);
        }
        let d = decide(&x, &trust, &view_of(1), &s);
        assert!(d.changes.is_empty());
        // "All of the videos except URL": never applied by itself, even to
        // a request of one item (which may be the one it excepts).
        if let Some(b) = x.bulk.as_mut() {
            b.count = None;
            b.except = true;
        }
        let d = decide(&x, &trust, &view_of(1), &s);
        assert!(d.changes.is_empty());
        assert_eq!(d.review.as_ref().map(|r| r.0), Some("bulk"));
        // Nor in an email that states two things about an item ("Action:
        // No action taken" over "we have withheld the reported content"):
        // staff read it as the contradiction it is (blind-546).
        if let Some(b) = x.bulk.as_mut() {
            b.except = false;
        }
        x.conflicts = vec!["x.com/i/status/1".into()];
        let d = decide(&x, &trust, &view_of(1), &s);
        assert!(d.changes.is_empty());
        assert_eq!(
            d.review.as_ref().map(|r| r.0),
            Some("conflicting_statements")
        );
    }

    #[test]
    fn a_channel_statement_does_not_override_an_item_s_own() {
        let s = settings("");
        let item = |id: i64, path: &str| ViewItem {
            id,
            url: format!("https://t.me/{path}"),
            url_key: format!("t.me/{path}"),
            status: Status::Pending,
            staff_lock: false,
        };
        let view = one_request(
            "KCSC-240913-01",
            "ref",
            vec![item(1, "chan/88"), item(2, "chan/90")],
        );
        let mut x = crate::extract::extract(&crate::parse::ParsedEmail::default(), None, &s);
        x.classification = Classification::Confirmation;
        x.written_at = Some("2024-09-12T01:00:00Z".parse().expect("time"));
        x.addressed_to = vec!["takedown@kcsc.example".into()];
        let claim = |url: &str, key: &str, status, channel| crate::extract::Claim {
            url: url.into(),
            key: Some(key.into()),
            status,
            via: "text",
            channel,
            line: None,
        };
        x.claims = vec![
            claim("https://t.me/chan", "t.me/chan", Status::Removed, true),
            claim(
                "https://t.me/chan/88",
                "t.me/chan/88",
                Status::Restricted,
                false,
            ),
        ];
        let mut trust = verdict("abuse@telegram.org", true);
        trust.platform = Some("telegram".into());
        let d = decide(&x, &trust, &view, &s);
        let mut got: Vec<(i64, Status)> = d.changes.iter().map(|c| (c.item, c.new)).collect();
        got.sort();
        assert_eq!(got, vec![(1, Status::Restricted), (2, Status::Removed)]);
    }

    #[test]
    fn a_korean_particle_glued_to_a_korean_path_is_not_part_of_the_address() {
        let s = settings("");
        let url = "https://blog.example/entry/%EC%A7%81%EA%B1%B0%EB%9E%98-%EC%95%88%EB%82%B4";
        let key = urls::normalize(url).expect("key");
        let view = one_request(
            "KCSC-240913-01",
            "ref",
            vec![ViewItem {
                id: 1,
                url: url.into(),
                url_key: key,
                status: Status::Pending,
                staff_lock: false,
            }],
        );
        let mut x = crate::extract::extract(&crate::parse::ParsedEmail::default(), None, &s);
        x.classification = Classification::Confirmation;
        x.written_at = Some("2024-09-12T01:00:00Z".parse().expect("time"));
        x.addressed_to = vec!["takedown@kcsc.example".into()];
        let claim = |raw: &str| crate::extract::Claim {
            url: raw.into(),
            key: urls::normalize(raw),
            status: Status::Removed,
            via: "text",
            channel: false,
            line: None,
        };
        let mut trust = verdict("abuse@telegram.org", true);
        trust.platform = Some("telegram".into());
        // "…/직거래-안내도 확인해 보니 … 게시중단 처리했습니다".
        x.claims = vec![claim("https://blog.example/entry/직거래-안내도")];
        let d = decide(&x, &trust, &view, &s);
        let got: Vec<(i64, Status)> = d.changes.iter().map(|c| (c.item, c.new)).collect();
        assert_eq!(got, vec![(1, Status::Removed)]);
        // Another word than a particle stays part of the address.
        x.claims = vec![claim("https://blog.example/entry/직거래-안내문")];
        let d = decide(&x, &trust, &view, &s);
        assert!(d.changes.is_empty());
    }
}
