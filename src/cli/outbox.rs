//! `takedown outbox [--json]`: every outgoing email and what became of it.

use clap::Args;
use serde::Serialize;

use super::output::{print_json, short_time, table, time};
use super::{Ctx, Failure};

#[derive(Debug, Args)]
pub struct OutboxArgs {
    /// The outgoing emails as a JSON array.
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct Row {
    id: i64,
    kind: String,
    #[serde(rename = "ref")]
    reference: Option<String>,
    step: u32,
    escalated: bool,
    dedup_key: String,
    message_id: String,
    recipients: Vec<String>,
    subject: String,
    state: &'static str,
    attempts: u32,
    created_at: String,
    next_attempt: Option<String>,
    sent_at: Option<String>,
    last_error: Option<String>,
    server_reply: Option<String>,
}

pub fn run(ctx: &Ctx, a: OutboxArgs) -> Result<i32, Failure> {
    let store = ctx.store()?;
    let tz = &ctx.settings.tz;
    let rows = store.outbox_rows()?;
    if a.json {
        let out: Vec<Row> = rows
            .into_iter()
            .map(|r| Row {
                id: r.id,
                kind: r.kind,
                reference: r.reference,
                step: r.step,
                escalated: r.escalated,
                dedup_key: r.dedup_key,
                message_id: r.message_id,
                recipients: r.recipients,
                subject: r.subject,
                state: r.state.as_str(),
                attempts: r.attempts,
                created_at: time(r.created_at, tz),
                next_attempt: r.next_attempt.map(|t| time(t, tz)),
                sent_at: r.sent_at.map(|t| time(t, tz)),
                last_error: r.last_error,
                server_reply: r.server_reply,
            })
            .collect();
        return print_json(&out).map(|_| 0);
    }
    if rows.is_empty() {
        crate::outln!("the outbox is empty");
        return Ok(0);
    }
    let lines: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let what = match (&r.reference, r.kind.as_str()) {
                (Some(x), "reminder" | "request") => {
                    format!("{x} #{}{}", r.step, if r.escalated { " esc" } else { "" })
                }
                _ => r.dedup_key.trim_start_matches("digest:").to_string(),
            };
            let when = match (r.sent_at, r.next_attempt) {
                (Some(t), _) => format!("sent {}", short_time(t, tz)),
                (None, Some(t)) => format!("retry {}", short_time(t, tz)),
                (None, None) => "-".into(),
            };
            let detail = r
                .last_error
                .clone()
                .or_else(|| r.server_reply.clone())
                .unwrap_or_default();
            vec![
                r.id.to_string(),
                r.state.as_str().to_string(),
                r.kind.clone(),
                what,
                short_time(r.created_at, tz),
                r.attempts.to_string(),
                when,
                r.recipients.join(","),
                detail,
            ]
        })
        .collect();
    crate::out!(
        "{}",
        table(
            &[
                "id", "state", "kind", "what", "created", "tries", "when", "to", "detail"
            ],
            &lines
        )
    );
    Ok(0)
}
