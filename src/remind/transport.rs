//! Delivery: SMTP (lettre over tokio, rustls: implicit TLS, STARTTLS, or
//! plain on loopback; AUTH by password or XOAUTH2) or a folder of `.eml`
//! files. One connection serves a whole batch. The SMTP transaction is run
//! step by step so that the result says exactly what is known: refused before
//! the message was complete (not delivered, may be retried), accepted (sent,
//! with the server's reply), or cut off after the message was handed over
//! (uncertain: it may have been delivered, so it is never sent again).

use std::path::{Path, PathBuf};
use std::time::Duration;

use lettre::Address;
use lettre::message::Mailbox;
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{AsyncSmtpConnection, Certificate, TlsParameters};
use lettre::transport::smtp::commands::{Data, Mail, Rcpt, Rset};
use lettre::transport::smtp::extension::{ClientId, Extension, MailBodyParameter, MailParameter};
use lettre::transport::smtp::response::Response;

use crate::config::{AuthKind, Credential, SmtpKind, SmtpSettings, Tls};

/// What became of one email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivery {
    /// Accepted; the server's reply (or where the file was written).
    Sent(String),
    /// Not delivered. `permanent`: the server refused it for good (5xx).
    Failed { error: String, permanent: bool },
    /// Handed over, but the answer never came: it may have been delivered.
    Uncertain(String),
}

pub struct Transport<'a> {
    smtp: &'a SmtpSettings,
    conn: Option<AsyncSmtpConnection>,
    /// Why the server cannot be used in this batch (set once, not retried
    /// for every email: the next run tries again).
    unavailable: Option<String>,
}

fn reply_text(r: &Response) -> String {
    let text: Vec<&str> = r.message().collect();
    format!("{} {}", r.code(), text.join(" "))
        .trim()
        .to_string()
}

/// Reads a password or token from where the configuration says it is.
async fn secret(c: &Credential, timeout: Duration) -> Result<Option<String>, String> {
    c.fetch(timeout).await.map_err(|e| format!("smtp {e}"))
}

async fn tls_parameters(smtp: &SmtpSettings) -> Result<TlsParameters, String> {
    let mut b = TlsParameters::builder(smtp.host.clone());
    if let Some(ca) = &smtp.ca_file {
        let pem = tokio::fs::read(ca)
            .await
            .map_err(|e| format!("cannot read smtp.ca_file {}: {e}", ca.display()))?;
        let cert = Certificate::from_pem(&pem)
            .map_err(|e| format!("smtp.ca_file {}: {e}", ca.display()))?;
        b = b.add_root_certificate(cert);
    }
    b.build().map_err(|e| format!("TLS setup: {e}"))
}

async fn within<T, E: std::fmt::Display>(
    t: Duration,
    what: &str,
    f: impl Future<Output = Result<T, E>>,
) -> Result<T, String> {
    match tokio::time::timeout(t, f).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(format!("{what}: {e}")),
        Err(_) => Err(format!("{what}: no answer within {t:?}")),
    }
}

async fn connect(smtp: &SmtpSettings) -> Result<AsyncSmtpConnection, String> {
    let t = smtp.timeout;
    let server = format!("{}:{}", smtp.host, smtp.port);
    if smtp.tls == Tls::None && !crate::config::is_loopback(&smtp.host) {
        return Err(format!(
            "smtp.tls = \"none\" is only allowed for a loopback server, not {}",
            smtp.host
        ));
    }
    let hello = ClientId::default();
    let implicit = match smtp.tls {
        Tls::Implicit => Some(tls_parameters(smtp).await?),
        _ => None,
    };
    let what = format!("connecting to {server}");
    let mut conn = within(
        t,
        &what,
        AsyncSmtpConnection::connect_tokio1(
            (smtp.host.as_str(), smtp.port),
            Some(t),
            &hello,
            implicit,
            None,
        ),
    )
    .await?;
    if smtp.tls == Tls::StartTls {
        // Never fall back to plain text: a server that stops offering
        // STARTTLS may be an attacker in the middle.
        if !conn.can_starttls() {
            conn.abort().await;
            return Err(format!(
                "{server} does not offer STARTTLS (smtp.tls = \"starttls\")"
            ));
        }
        let params = tls_parameters(smtp).await?;
        within(
            t,
            &format!("STARTTLS with {server}"),
            conn.starttls(params, &hello),
        )
        .await?;
    }
    if let Some(user) = &smtp.username {
        let (mechanisms, kind) = match smtp.auth {
            AuthKind::Password => (vec![Mechanism::Plain, Mechanism::Login], "password"),
            AuthKind::XOAuth2 => (vec![Mechanism::Xoauth2], "token"),
        };
        let Some(pass) = secret(&smtp.credential, t).await? else {
            conn.abort().await;
            return Err(format!(
                "smtp.username is set but no {kind} source is configured (password_env, password_file, password_command or token_command)"
            ));
        };
        let creds = Credentials::new(user.clone(), pass);
        if let Err(e) = within(
            t,
            &format!("AUTH at {server}"),
            conn.auth(&mechanisms, &creds),
        )
        .await
        {
            conn.abort().await;
            return Err(e);
        }
    }
    Ok(conn)
}

/// Where `kind = "file"` writes an email: one file per outbox dedup key.
pub fn file_path(dir: &Path, dedup_key: &str) -> PathBuf {
    let name: String = dedup_key
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '-'
            }
        })
        .collect();
    dir.join(format!("{name}.eml"))
}

fn write_file(dir: &Path, dedup_key: &str, raw: &[u8]) -> std::io::Result<PathBuf> {
    use std::io::Write;
    std::fs::create_dir_all(dir)?;
    let path = file_path(dir, dedup_key);
    let tmp = path.with_extension("eml.tmp");
    // Written aside, synced, then renamed: a reader never sees half an email.
    let mut f = std::fs::File::create(&tmp)?;
    f.write_all(raw)?;
    f.sync_all()?;
    std::fs::rename(&tmp, &path)?;
    Ok(path)
}

impl<'a> Transport<'a> {
    pub fn new(smtp: &'a SmtpSettings) -> Transport<'a> {
        Transport {
            smtp,
            conn: None,
            unavailable: None,
        }
    }

    /// Makes sure the next email can be handed over: connects when needed.
    /// An error means nothing can be sent now (the email stays unsent).
    pub async fn ready(&mut self) -> Result<(), String> {
        if let Some(why) = &self.unavailable {
            return Err(why.clone());
        }
        match &self.smtp.kind {
            SmtpKind::File(_) => Ok(()),
            SmtpKind::Smtp => {
                if self.conn.as_ref().is_some_and(|c| !c.has_broken()) {
                    return Ok(());
                }
                match connect(self.smtp).await {
                    Ok(c) => {
                        self.conn = Some(c);
                        Ok(())
                    }
                    Err(e) => {
                        self.unavailable = Some(e.clone());
                        Err(e)
                    }
                }
            }
        }
    }

    /// Hands one email over. Call `ready` first.
    pub async fn deliver(
        &mut self,
        dedup_key: &str,
        from: &Mailbox,
        recipients: &[String],
        raw: &[u8],
    ) -> Delivery {
        if let SmtpKind::File(dir) = &self.smtp.kind {
            return match write_file(dir, dedup_key, raw) {
                Ok(p) => Delivery::Sent(format!("written to {}", p.display())),
                Err(e) => Delivery::Failed {
                    error: format!("cannot write into {}: {e}", dir.display()),
                    permanent: false,
                },
            };
        }
        let t = self.smtp.timeout;
        let Some(conn) = self.conn.as_mut() else {
            return Delivery::Failed {
                error: "not connected".into(),
                permanent: false,
            };
        };
        let mut rcpts = Vec::new();
        for r in recipients {
            match r.parse::<Address>() {
                Ok(a) => rcpts.push(a),
                Err(e) => {
                    return Delivery::Failed {
                        error: format!("recipient `{r}`: {e}"),
                        permanent: true,
                    };
                }
            }
        }
        let mut params = Vec::new();
        if !raw.is_ascii() {
            if !conn.server_info().supports_feature(Extension::EightBitMime) {
                return Delivery::Failed {
                    error: "the email is not 7-bit and the server does not accept 8BITMIME".into(),
                    permanent: true,
                };
            }
            params.push(MailParameter::Body(MailBodyParameter::EightBitMime));
        }

        // Before the message is complete the server has accepted nothing: any
        // error here means not delivered.
        let refused = |e: lettre::transport::smtp::Error, what: &str| Delivery::Failed {
            error: format!("{what}: {e}"),
            permanent: e.is_permanent(),
        };
        let envelope_steps = async {
            conn.command(Mail::new(Some(from.email.clone()), params))
                .await
                .map_err(|e| refused(e, "MAIL FROM"))?;
            for a in &rcpts {
                conn.command(Rcpt::new(a.clone(), vec![]))
                    .await
                    .map_err(|e| refused(e, &format!("RCPT TO <{a}>")))?;
            }
            conn.command(Data).await.map_err(|e| refused(e, "DATA"))?;
            Ok::<(), Delivery>(())
        };
        match tokio::time::timeout(t, envelope_steps).await {
            Ok(Ok(())) => {}
            Ok(Err(d)) => {
                self.reset().await;
                return d;
            }
            Err(_) => {
                self.drop_connection().await;
                return Delivery::Failed {
                    error: format!(
                        "the server did not answer within {t:?} before the message was sent"
                    ),
                    permanent: false,
                };
            }
        }
        let Some(conn) = self.conn.as_mut() else {
            return Delivery::Failed {
                error: "not connected".into(),
                permanent: false,
            };
        };
        match tokio::time::timeout(t, conn.message(raw)).await {
            Ok(Ok(resp)) => Delivery::Sent(reply_text(&resp)),
            // The server answered the final dot with an error: it did not take it.
            Ok(Err(e)) if e.is_transient() || e.is_permanent() => {
                let d = Delivery::Failed {
                    error: format!("message refused: {e}"),
                    permanent: e.is_permanent(),
                };
                self.reset().await;
                d
            }
            Ok(Err(e)) => {
                self.drop_connection().await;
                Delivery::Uncertain(format!(
                    "the connection failed after the message was handed over: {e}"
                ))
            }
            Err(_) => {
                self.drop_connection().await;
                Delivery::Uncertain(format!(
                    "no answer within {t:?} after the message was handed over"
                ))
            }
        }
    }

    /// After a refusal: RSET, or a fresh connection next time if that fails.
    async fn reset(&mut self) {
        let t = self.smtp.timeout;
        let ok = match self.conn.as_mut() {
            Some(c) if !c.has_broken() => {
                matches!(tokio::time::timeout(t, c.command(Rset)).await, Ok(Ok(_)))
            }
            _ => false,
        };
        if !ok {
            self.drop_connection().await;
        }
    }

    async fn drop_connection(&mut self) {
        if let Some(mut c) = self.conn.take() {
            c.abort().await;
        }
    }

    /// Ends the batch politely.
    pub async fn close(&mut self) {
        if let Some(mut c) = self.conn.take() {
            let _ = tokio::time::timeout(self.smtp.timeout, c.quit()).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_hosts() {
        use crate::config::is_loopback;
        assert!(is_loopback("127.0.0.1"));
        assert!(is_loopback("::1"));
        assert!(is_loopback("[::1]"));
        assert!(is_loopback("localhost"));
        assert!(!is_loopback("smtp.kcsc.example"));
        assert!(!is_loopback("10.0.0.1"));
    }

    #[test]
    fn file_names_are_safe() {
        let p = file_path(Path::new("/o"), "reminder:KCSC-240901-01:2");
        assert_eq!(p, Path::new("/o/reminder-KCSC-240901-01-2.eml"));
        let p = file_path(Path::new("/o"), "reminder:../../etc/x:1");
        assert_eq!(p.parent(), Some(Path::new("/o")));
    }

    #[tokio::test]
    async fn secrets_from_env_file_and_command() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("pw");
        std::fs::write(&f, "s3cret\n").unwrap();
        let t = Duration::from_secs(5);
        assert_eq!(
            secret(&Credential::File(f), t).await.unwrap().as_deref(),
            Some("s3cret")
        );
        assert_eq!(
            secret(&Credential::Command("printf 'tok\\n'".into()), t)
                .await
                .unwrap()
                .as_deref(),
            Some("tok")
        );
        assert!(
            secret(&Credential::Command("exit 3".into()), t)
                .await
                .is_err()
        );
        assert!(
            secret(&Credential::Env("TAKEDOWN_TEST_SURELY_UNSET_VAR".into()), t)
                .await
                .is_err()
        );
        assert_eq!(secret(&Credential::None, t).await.unwrap(), None);
    }
}
