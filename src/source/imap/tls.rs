//! TLS for the IMAP connection: the usual chain check against the system's
//! roots plus `ca_file`, or one pinned certificate (`tls_fingerprint`); the
//! certificate the server presented, for `check` and for errors that say
//! what to change.

use std::io::BufReader;
use std::path::Path;
use std::sync::Arc;

use jiff::Timestamp;
use tokio::net::TcpStream;
use tokio::time::timeout;
use tokio_rustls::rustls::{self, ClientConfig, RootCertStore, pki_types::ServerName};

use super::{ErrorKind, ImapError, Io};
use crate::config::ImapSettings;

/// The certificate the server presented, as `check` reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeerCertificate {
    /// The subject's distinguished name (RFC 4514 form), or `?` when unreadable.
    pub subject: String,
    /// notAfter, RFC 3339 UTC.
    pub not_after: String,
    /// `sha256:` and the hex SHA-256 of the DER certificate: what `tls_fingerprint` takes.
    pub fingerprint: String,
    /// The certificate says CA:TRUE (basicConstraints).
    pub is_ca: bool,
}

/// `sha256:` + lowercase hex of the certificate's DER bytes.
pub fn fingerprint(der: &[u8]) -> String {
    use sha2::Digest;
    format!("sha256:{}", hex::encode(sha2::Sha256::digest(der)))
}

/// Reads what an operator needs from a DER certificate.
pub fn describe_certificate(der: &[u8]) -> PeerCertificate {
    let parsed = x509_parser::parse_x509_certificate(der)
        .ok()
        .map(|(_, c)| c);
    let subject = parsed
        .as_ref()
        .map(|c| c.subject().to_string())
        .unwrap_or_else(|| "?".into());
    let not_after = parsed
        .as_ref()
        .and_then(|c| {
            Timestamp::from_second(c.validity().not_after.timestamp())
                .ok()
                .map(|t| t.to_string())
        })
        .unwrap_or_else(|| "?".into());
    let is_ca = parsed
        .as_ref()
        .and_then(|c| c.basic_constraints().ok().flatten().map(|b| b.value.ca))
        .unwrap_or(false);
    PeerCertificate {
        subject,
        not_after,
        fingerprint: fingerprint(der),
        is_ca,
    }
}

/// Checks the server's certificate, and remembers the one it presented (so
/// that a refusal can name its fingerprint and `check` its subject).
#[derive(Debug)]
struct Verifier {
    /// `None`: the usual chain check against the trusted roots.
    inner: Option<Arc<dyn rustls::client::danger::ServerCertVerifier>>,
    /// `tls_fingerprint`: the SHA-256 of the one certificate accepted.
    pin: Option<[u8; 32]>,
    provider: Arc<rustls::crypto::CryptoProvider>,
    presented: Arc<std::sync::Mutex<Option<Vec<u8>>>>,
}

impl rustls::client::danger::ServerCertVerifier for Verifier {
    fn verify_server_cert(
        &self,
        end_entity: &rustls::pki_types::CertificateDer<'_>,
        intermediates: &[rustls::pki_types::CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: rustls::pki_types::UnixTime,
    ) -> Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        if let Ok(mut slot) = self.presented.lock() {
            *slot = Some(end_entity.to_vec());
        }
        if let Some(pin) = &self.pin {
            use sha2::Digest;
            let got: [u8; 32] = sha2::Sha256::digest(end_entity.as_ref()).into();
            return if &got == pin {
                Ok(rustls::client::danger::ServerCertVerified::assertion())
            } else {
                Err(rustls::Error::General(format!(
                    "certificate fingerprint {} does not match tls_fingerprint",
                    fingerprint(end_entity.as_ref())
                )))
            };
        }
        match &self.inner {
            Some(v) => v.verify_server_cert(end_entity, intermediates, server_name, ocsp, now),
            None => Err(rustls::Error::General("no certificate verifier".into())),
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

/// `"sha256:AB:CD:…"` or `"sha256:abcd…"` → the 32 bytes.
pub fn parse_fingerprint(text: &str) -> Result<[u8; 32], String> {
    let hexpart = text
        .trim()
        .strip_prefix("sha256:")
        .or_else(|| text.trim().strip_prefix("SHA256:"))
        .ok_or_else(|| {
            format!("`{text}`: write \"sha256:\" and the certificate's SHA-256 in hex (takedown check prints it)")
        })?;
    let clean: String = hexpart.chars().filter(|c| *c != ':').collect();
    let bytes = hex::decode(&clean).map_err(|e| format!("`{text}`: {e}"))?;
    bytes
        .try_into()
        .map_err(|_| format!("`{text}`: a SHA-256 fingerprint has 32 bytes (64 hex digits)"))
}

type Presented = Arc<std::sync::Mutex<Option<Vec<u8>>>>;

/// The TLS client configuration: the system's trusted roots plus `ca_file`,
/// or only the pinned certificate with `tls_fingerprint`. Certificate
/// verification cannot be turned off.
fn tls_setup(
    ca_file: Option<&Path>,
    pin: Option<&str>,
) -> Result<(Arc<ClientConfig>, Presented), ImapError> {
    let tls_err = |m: String| ImapError::new(ErrorKind::Tls, m);
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let pin = pin
        .map(parse_fingerprint)
        .transpose()
        .map_err(|e| tls_err(format!("tls_fingerprint {e}")))?;
    let inner = if pin.is_some() {
        None
    } else {
        let mut roots = RootCertStore::empty();
        let native = rustls_native_certs::load_native_certs();
        roots.add_parsable_certificates(native.certs);
        if let Some(p) = ca_file {
            let f = std::fs::File::open(p)
                .map_err(|e| tls_err(format!("ca_file {}: {e}", p.display())))?;
            let mut n = 0;
            for c in rustls_pemfile::certs(&mut BufReader::new(f)) {
                let c = c.map_err(|e| tls_err(format!("ca_file {}: {e}", p.display())))?;
                roots
                    .add(c)
                    .map_err(|e| tls_err(format!("ca_file {}: {e}", p.display())))?;
                n += 1;
            }
            if n == 0 {
                return Err(tls_err(format!(
                    "ca_file {}: no PEM certificate in it",
                    p.display()
                )));
            }
        }
        if roots.is_empty() {
            return Err(tls_err(
                "no trusted CA certificates: the system store is empty and no ca_file is configured"
                    .into(),
            ));
        }
        let v = rustls::client::WebPkiServerVerifier::builder_with_provider(
            Arc::new(roots),
            provider.clone(),
        )
        .build()
        .map_err(|e| tls_err(format!("TLS setup: {e}")))?;
        Some(v as Arc<dyn rustls::client::danger::ServerCertVerifier>)
    };
    let presented: Presented = Arc::default();
    let verifier = Arc::new(Verifier {
        inner,
        pin,
        provider: provider.clone(),
        presented: presented.clone(),
    });
    let config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| tls_err(format!("TLS setup: {e}")))?
        .dangerous()
        .with_custom_certificate_verifier(verifier)
        .with_no_client_auth();
    Ok((Arc::new(config), presented))
}

/// What to tell the operator when the handshake failed on the certificate.
fn certificate_hint(error: &str, presented: Option<&PeerCertificate>) -> String {
    let fp = presented
        .map(|c| format!("tls_fingerprint = \"{}\"", c.fingerprint))
        .unwrap_or_else(|| "tls_fingerprint = \"sha256:…\"".into());
    if error.contains("CaUsedAsEndEntity") || presented.is_some_and(|c| c.is_ca) {
        return format!(
            " (the server presents a CA certificate (basicConstraints CA:TRUE) as its own certificate, which TLS clients refuse even when it is named in ca_file; fix the server: re-issue its certificate with basicConstraints=critical,CA:FALSE and a subjectAltName for the host, or sign it with a separate CA and name that CA in ca_file; or, on a private network, pin this certificate with {fp})"
        );
    }
    if error.contains("tls_fingerprint") {
        return format!(
            " (the server's certificate changed, or the pin is wrong; if the new certificate is expected, set {fp})"
        );
    }
    if error.contains("certificate") || error.contains("Certificate") {
        return format!(
            " (certificate verification is always on; for a server with an internal CA set ca_file to that CA's PEM file, or pin a self-signed certificate with {fp})"
        );
    }
    String::new()
}

pub(super) async fn tls_handshake(
    s: &ImapSettings,
    tcp: TcpStream,
) -> Result<(Box<dyn Io>, Option<PeerCertificate>), ImapError> {
    let (config, presented) = tls_setup(s.ca_file.as_deref(), s.tls_fingerprint.as_deref())?;
    let name = ServerName::try_from(s.host.clone()).map_err(|e| {
        ImapError::new(
            ErrorKind::Tls,
            format!("`{}` is not a valid TLS server name: {e}", s.host),
        )
    })?;
    let connector = tokio_rustls::TlsConnector::from(config);
    let seen = || {
        presented
            .lock()
            .ok()
            .and_then(|g| g.as_deref().map(describe_certificate))
    };
    match timeout(s.timeout, connector.connect(name, tcp)).await {
        Err(_) => Err(ImapError::new(
            ErrorKind::Timeout,
            format!(
                "TLS handshake with {}:{}: no answer within {}s",
                s.host,
                s.port,
                s.timeout.as_secs()
            ),
        )),
        Ok(Err(e)) => {
            let text = e.to_string();
            let hint = certificate_hint(&text, seen().as_ref());
            Err(ImapError::new(
                ErrorKind::Tls,
                format!(
                    "TLS handshake with {}:{} failed: {text}{hint}",
                    s.host, s.port
                ),
            ))
        }
        Ok(Ok(stream)) => Ok((Box::new(stream), seen())),
    }
}
