//! The pipeline's branch for requests staff send: an early, separate branch
//! of `pipeline::ingest_one`, taken before the matching of confirmations, so
//! that rules about platforms' statements (e.g. that a statement must be
//! addressed to the intake) never apply to staff requests, which arrive by
//! Bcc or from the Sent folder.

use jiff::Timestamp;

use super::{Registration, is_request_attempt, is_staff, read, register};
use crate::config::{MailboxKind, Settings};
use crate::matching::Outcome;
use crate::pipeline::{Disposition, IngestReport, Understanding, new_message, record};
use crate::source::{Origin, RawEmail};
use crate::store::{Store, StoreError};

/// Where the email was read when it is a copy from a configured Sent folder:
/// the regulator's own mailbox, trusted because of where it was read (such
/// copies carry no Authentication-Results).
pub fn sent_folder_of(raw: &RawEmail, settings: &Settings) -> Option<String> {
    let Origin::Imap {
        mailbox, folder, ..
    } = &raw.origin
    else {
        return None;
    };
    settings.mailboxes.iter().find_map(|m| match &m.kind {
        MailboxKind::Imap(i) if m.name == *mailbox => {
            let sent = i.sent_folder.as_deref()?;
            // The folder may be recorded with its namespace prefix ("INBOX.Sent").
            let same = folder == sent
                || folder
                    .strip_suffix(sent)
                    .is_some_and(|p| p.ends_with('.') || p.ends_with('/'));
            same.then(|| format!("read from the Sent folder `{folder}` of mailbox `{mailbox}`"))
        }
        _ => None,
    })
}

/// A staff email read from the Sent folder is trusted because of where it was
/// read. Called right after the email is understood, before anything looks at
/// its trust.
pub fn trust_sent_copy(u: &mut Understanding, raw: &RawEmail, settings: &Settings) {
    let Some(place) = sent_folder_of(raw, settings) else {
        return;
    };
    if u.parsed.sender().is_some_and(|s| is_staff(s, settings)) && u.parsed.from.len() == 1 {
        u.verdict.trusted = true;
        u.verdict.reason = place;
    }
}

/// Records a staff request email and what it registers. None when the email
/// is no staff request: it takes the ordinary path.
#[allow(clippy::too_many_arguments)]
pub fn ingest(
    store: &Store,
    settings: &Settings,
    raw: &RawEmail,
    u: &Understanding,
    sha: &str,
    origin: &str,
    deflated: Option<&[u8]>,
    now: Timestamp,
) -> Result<Option<IngestReport>, StoreError> {
    let sent_copy = sent_folder_of(raw, settings).is_some();
    let staff = u.parsed.sender().is_some_and(|s| is_staff(s, settings));
    let attempt = staff && is_request_attempt(&u.parsed, u.extraction.classification, settings);
    let record_as = |outcome: Outcome,
                     classification: &str,
                     platform: Option<&str>,
                     detail: String,
                     review: Option<(&'static str, String)>,
                     draft: Option<&super::Draft>|
     -> Result<IngestReport, StoreError> {
        let mut msg = new_message(
            u,
            raw,
            deflated,
            sha,
            origin,
            now,
            outcome.as_str(),
            &detail,
            None,
            review.as_ref().map(|(c, d)| (*c, d.as_str())),
        );
        msg.classification = classification;
        msg.platform = platform;
        let mut detail = detail.clone();
        store.atomically(|_| {
            let id = record(store, &msg, None, u.dkim.as_ref())?;
            if let Some(d) = draft {
                let (req, added) = store.register_request(id, d, now)?;
                tracing::info!(reference = %d.reference, request = req, added, "request registered from a staff email");
            }
            Ok(id)
        })?;
        if let Some((_, why)) = &review {
            detail = format!("{detail}: {why}");
        }
        Ok(IngestReport {
            origin: origin.to_string(),
            message_id: u.parsed.message_id.clone(),
            sha256: sha.to_string(),
            from: u.parsed.sender().map(str::to_string),
            subject: Some(u.parsed.subject.clone()),
            outcome,
            classification: classification.to_string(),
            platform: platform.map(str::to_string),
            trusted: u.verdict.trusted,
            trust_reason: u.verdict.reason.clone(),
            review: review.map(|(c, _)| c.to_string()),
            detail,
            changes: Vec::new(),
            disposition: if outcome == Outcome::Review {
                Disposition::Review
            } else {
                Disposition::Processed
            },
        })
    };

    let own = match &u.parsed.message_id {
        Some(mid) if staff => store.is_own_outgoing(mid)?,
        _ => false,
    };
    if own {
        return record_as(
            Outcome::Ignored,
            "sent",
            None,
            "a copy of an email takedown sent itself".into(),
            None,
            None,
        )
        .map(Some);
    }
    if !attempt {
        if sent_copy {
            // The regulator's own correspondence: kept, never acted on, never
            // put in front of a person.
            return record_as(
                Outcome::Ignored,
                "sent",
                None,
                "read from the Sent folder; not a request".into(),
                None,
                None,
            )
            .map(Some);
        }
        return Ok(None);
    }
    if !u.verdict.trusted {
        return record_as(
            Outcome::Review,
            "request",
            None,
            "a request from staff that cannot be trusted; nothing registered".into(),
            Some(("untrusted", u.verdict.reason.clone())),
            None,
        )
        .map(Some);
    }
    let c = read(&u.parsed, settings, now);
    let existing = match c.refs.as_slice() {
        [one] => store.existing_request(one)?,
        _ => None,
    };
    let platform = match c.platforms.as_slice() {
        [one] => Some(one.as_str()),
        _ => None,
    };
    let report = match register(&c, existing.as_ref(), settings) {
        Registration::Register(d) => {
            let detail = format!(
                "{} {} for {}: {} URL(s) added{}, due {} ({})",
                if d.existing.is_some() {
                    "URLs added to"
                } else {
                    "registered"
                },
                d.reference,
                d.platform,
                d.urls.len(),
                if d.known > 0 {
                    format!(", {} already present", d.known)
                } else {
                    String::new()
                },
                crate::remind::compose::local_time(d.due_at, settings),
                d.deadline_from
            );
            record_as(
                Outcome::RequestRegistered,
                "request",
                platform,
                detail,
                None,
                Some(&d),
            )?
        }
        Registration::Unchanged { request, why } => {
            // Still linked, so that the email shows among the request's evidence.
            let d = super::Draft {
                existing: Some(request),
                reference: c.refs[0].clone(),
                platform: platform.unwrap_or_default().to_string(),
                sent_at: c.sent_at,
                sent_at_given: "time",
                due_at: c.sent_at,
                message_id: c.message_id.clone(),
                urls: Vec::new(),
                known: c.urls.len(),
                deadline_from: String::new(),
            };
            record_as(
                Outcome::NoChange,
                "request",
                platform,
                format!("a staff request with nothing new: {why}"),
                None,
                Some(&d),
            )?
        }
        Registration::Unclear(why) => record_as(
            Outcome::Review,
            "request",
            platform,
            "a staff request that cannot be registered as it is; nothing registered".into(),
            Some(("request_unclear", why)),
            None,
        )?,
        Registration::Conflict(why) => record_as(
            Outcome::Review,
            "request",
            platform,
            "a staff request that disagrees with the ledger; nothing registered".into(),
            Some(("request_conflict", why)),
            None,
        )?,
    };
    Ok(Some(report))
}
