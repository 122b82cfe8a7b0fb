//! TLS to a PostgreSQL case store, with rustls: the address's `sslmode=` (libpq's words: `disable`,
//! `prefer`, `require`, `verify-ca`, `verify-full`) and `sslrootcert=` (a PEM file with the CA that signed
//! a shop's own server's certificate, or `system` for the platform's root certificates).
//!
//! Without `sslmode=`, a server on this machine (a loopback address, `localhost` or a Unix socket) is
//! `prefer` — nothing leaves the machine — and any other server is `verify-full`: encrypted, its
//! certificate signed by a trusted CA and made out to the host name in the address. A chain's store
//! reached over the internet is then never read or impersonated on the way; a server on the shop's own
//! network without TLS must say so (`sslmode=disable`).

use std::path::PathBuf;
use std::sync::Arc;

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{
    CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme,
};
use tokio_postgres_rustls::MakeRustlsConnect;

use crate::StoreError;

/// How much TLS a connection asks for (libpq's `sslmode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    /// Plain TCP.
    Disable,
    /// TLS when the server offers it, the certificate unchecked; plain otherwise.
    Prefer,
    /// TLS or no connection; the certificate checked against `sslrootcert` when one is named (as libpq).
    Require,
    /// TLS, the certificate signed by a trusted CA (any host name).
    VerifyCa,
    /// TLS, the certificate signed by a trusted CA and made out to the host in the address.
    VerifyFull,
}

impl SslMode {
    fn parse(word: &str) -> Option<Self> {
        Some(match word {
            "disable" => Self::Disable,
            "prefer" | "allow" => Self::Prefer,
            "require" => Self::Require,
            "verify-ca" => Self::VerifyCa,
            "verify-full" => Self::VerifyFull,
            _ => return None,
        })
    }

    /// libpq's word for it.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Disable => "disable",
            Self::Prefer => "prefer",
            Self::Require => "require",
            Self::VerifyCa => "verify-ca",
            Self::VerifyFull => "verify-full",
        }
    }

    /// What the driver is told: it knows only whether TLS is off, wanted or required.
    #[must_use]
    pub fn driver(self) -> postgres::config::SslMode {
        match self {
            Self::Disable => postgres::config::SslMode::Disable,
            Self::Prefer => postgres::config::SslMode::Prefer,
            Self::Require | Self::VerifyCa | Self::VerifyFull => postgres::config::SslMode::Require,
        }
    }
}

/// Where the trusted CAs come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RootCerts {
    /// The platform's root certificates.
    System,
    /// A PEM file (a shop's own CA).
    File(PathBuf),
}

/// The TLS settings of an address, taken out of it (the driver reads neither `verify-*` nor
/// `sslrootcert`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlsSettings {
    /// `sslmode=` as written, if it was.
    pub mode: Option<SslMode>,
    pub root_certs: Option<RootCerts>,
}

impl TlsSettings {
    /// The mode in force for a server that is (`local`) or is not on this machine.
    #[must_use]
    pub fn mode(&self, local: bool) -> SslMode {
        match (self.mode, &self.root_certs) {
            (Some(mode), _) => mode,
            (None, None) if local => SslMode::Prefer,
            (None, _) => SslMode::VerifyFull,
        }
    }
}

/// Splits `sslmode=` and `sslrootcert=` off `url` (a `postgres://` address, or `key=value` words).
///
/// # Errors
/// The words for an `sslmode` that is none of libpq's.
pub fn split(url: &str) -> Result<(String, TlsSettings), String> {
    let mut settings = TlsSettings {
        mode: None,
        root_certs: None,
    };
    let mut take = |key: &str, value: &str| -> Result<bool, String> {
        match key {
            "sslmode" => {
                settings.mode = Some(SslMode::parse(value).ok_or_else(|| {
                    format!("sslmode={value} is none of disable, prefer, require, verify-ca, verify-full")
                })?);
                Ok(true)
            }
            "sslrootcert" => {
                settings.root_certs = Some(if value == "system" {
                    RootCerts::System
                } else {
                    RootCerts::File(PathBuf::from(percent_decoded(value)))
                });
                Ok(true)
            }
            _ => Ok(false),
        }
    };
    let rest = if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        match url.split_once('?') {
            None => url.to_owned(),
            Some((base, query)) => {
                let mut kept = Vec::new();
                for pair in query.split('&') {
                    let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
                    if !take(key, value)? {
                        kept.push(pair);
                    }
                }
                if kept.is_empty() {
                    base.to_owned()
                } else {
                    format!("{base}?{}", kept.join("&"))
                }
            }
        }
    } else {
        let mut kept = Vec::new();
        for word in url.split_whitespace() {
            let (key, value) = word.split_once('=').unwrap_or((word, ""));
            if !take(key.trim(), value.trim())? {
                kept.push(word);
            }
        }
        kept.join(" ")
    };
    Ok((rest, settings))
}

/// `%2F` and friends in a path written into an address.
fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Whether every host of `config` is this machine: a loopback address, `localhost`, or a Unix socket.
#[must_use]
pub fn is_local(config: &postgres::Config) -> bool {
    use postgres::config::Host;
    !config.get_hosts().is_empty()
        && config.get_hosts().iter().all(|host| match host {
            Host::Tcp(name) => {
                name.eq_ignore_ascii_case("localhost")
                    || name
                        .trim_start_matches('[')
                        .trim_end_matches(']')
                        .parse::<std::net::IpAddr>()
                        .is_ok_and(|ip| ip.is_loopback())
            }
            Host::Unix(_) => true,
        })
}

/// ring's cryptography: it builds with Rust and a little C on every platform MicDoctor ships for
/// (aws-lc-rs, rustls's other provider, needs `CMake` or `NASM` on some). rustls marks it deprecated for
/// lacking post-quantum key exchange; the connection is still TLS 1.3 or 1.2 with rustls's safe defaults.
#[allow(
    deprecated,
    reason = "ring has no post-quantum key exchange; see above for why it is the provider"
)]
fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

/// The trusted CAs.
fn roots(source: &RootCerts) -> Result<RootCertStore, StoreError> {
    let mut roots = RootCertStore::empty();
    match source {
        RootCerts::System => {
            let found = rustls_native_certs::load_native_certs();
            roots.add_parsable_certificates(found.certs);
        }
        RootCerts::File(path) => {
            let ca_file = |why: String| StoreError::CaFile {
                path: path.clone(),
                why,
            };
            let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(path)
                .map_err(|err| ca_file(err.to_string()))?
                .collect::<Result<_, _>>()
                .map_err(|err| ca_file(err.to_string()))?;
            if certs.is_empty() {
                return Err(ca_file("it holds no PEM certificate".to_owned()));
            }
            for cert in certs {
                roots.add(cert).map_err(|err| ca_file(err.to_string()))?;
            }
        }
    }
    Ok(roots)
}

/// The TLS connector for `mode`, trusting `root_certs` (the platform's when none are named).
///
/// # Errors
/// When the CA file cannot be read.
pub fn connector(
    mode: SslMode,
    root_certs: Option<&RootCerts>,
) -> Result<MakeRustlsConnect, StoreError> {
    let provider = provider();
    let builder = ClientConfig::builder_with_provider(Arc::clone(&provider))
        .with_safe_default_protocol_versions()
        .map_err(|err| StoreError::Unreachable {
            at: String::new(),
            why: err.to_string(),
        })?;
    let checked_by = |roots: RootCertStore| {
        WebPkiServerVerifier::builder_with_provider(Arc::new(roots), Arc::clone(&provider))
            .build()
            .map_err(|err| StoreError::CaFile {
                path: match root_certs {
                    Some(RootCerts::File(path)) => path.clone(),
                    _ => PathBuf::from("system"),
                },
                why: err.to_string(),
            })
    };
    let verifier: Arc<dyn ServerCertVerifier> = match (mode, root_certs) {
        (SslMode::Disable | SslMode::Prefer, _) | (SslMode::Require, None) => {
            Arc::new(Unchecked(Arc::clone(&provider)))
        }
        (SslMode::Require | SslMode::VerifyCa, roots_from) => Arc::new(AnyName(checked_by(
            roots(roots_from.unwrap_or(&RootCerts::System))?,
        )?)),
        (SslMode::VerifyFull, roots_from) => {
            checked_by(roots(roots_from.unwrap_or(&RootCerts::System))?)?
        }
    };
    let config = builder
        .dangerous()
        .with_custom_certificate_verifier(verifier)
        .with_no_client_auth();
    Ok(MakeRustlsConnect::new(config))
}

/// The reason a connection failed, when TLS was it: the server's certificate refused, or no TLS offered.
#[must_use]
pub fn failure(
    err: &(dyn std::error::Error + 'static),
    at: &str,
    mode: SslMode,
) -> Option<StoreError> {
    let mut next: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(cause) = next {
        let rustls_error = cause.downcast_ref::<rustls::Error>().or_else(|| {
            cause
                .downcast_ref::<std::io::Error>()
                .and_then(|io| io.get_ref())
                .and_then(|inner| inner.downcast_ref::<rustls::Error>())
        });
        if let Some(rustls::Error::InvalidCertificate(why)) = rustls_error {
            return Some(StoreError::Untrusted {
                at: at.to_owned(),
                why: certificate_words(why),
            });
        }
        if cause.to_string().contains("server does not support TLS") {
            return Some(StoreError::NoTlsOnServer {
                at: at.to_owned(),
                mode: mode.as_str().to_owned(),
            });
        }
        next = cause.source();
    }
    None
}

fn certificate_words(why: &CertificateError) -> String {
    match why {
        CertificateError::UnknownIssuer => {
            "its certificate is not signed by a CA this MicDoctor trusts".to_owned()
        }
        CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
            "its certificate is made out to another host name".to_owned()
        }
        CertificateError::Expired | CertificateError::ExpiredContext { .. } => {
            "its certificate has expired".to_owned()
        }
        other => format!("its certificate was refused: {other:?}"),
    }
}

/// `prefer`, and `require` without a CA: encrypted, the certificate taken as it comes (libpq does the
/// same); the handshake's signatures are still checked.
#[derive(Debug)]
struct Unchecked(Arc<CryptoProvider>);

impl ServerCertVerifier for Unchecked {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// `verify-ca`: the chain checked against the trusted CAs, the host name not.
#[derive(Debug)]
struct AnyName(Arc<WebPkiServerVerifier>);

impl ServerCertVerifier for AnyName {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        match self
            .0
            .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
        {
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.supported_verify_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tls_words_are_taken_out_of_the_address() {
        let (rest, tls) =
            split("postgres://shop:pw@db.shop:5432/cases?sslmode=verify-ca&connect_timeout=2&sslrootcert=%2Fetc%2Fshop%20ca.pem")
                .unwrap();
        assert_eq!(
            rest,
            "postgres://shop:pw@db.shop:5432/cases?connect_timeout=2"
        );
        assert_eq!(tls.mode, Some(SslMode::VerifyCa));
        assert_eq!(
            tls.root_certs,
            Some(RootCerts::File("/etc/shop ca.pem".into()))
        );
        let (rest, tls) = split("postgres://db.shop/cases").unwrap();
        assert_eq!(rest, "postgres://db.shop/cases");
        assert_eq!(
            tls.mode(false),
            SslMode::VerifyFull,
            "a network server is verified"
        );
        assert_eq!(tls.mode(true), SslMode::Prefer, "this machine's is not");
        let (_, tls) = split("postgres://db.shop/cases?sslrootcert=system").unwrap();
        assert_eq!(
            tls.mode(true),
            SslMode::VerifyFull,
            "a CA named means verify"
        );
        let (rest, tls) = split("host=db.shop sslmode=disable dbname=cases").unwrap();
        assert_eq!(rest, "host=db.shop dbname=cases");
        assert_eq!(tls.mode(false), SslMode::Disable);
        assert!(split("postgres://db/cases?sslmode=sometimes").is_err());
    }

    #[test]
    fn a_server_on_this_machine_is_local() {
        let local = |url: &str| is_local(&url.parse().unwrap());
        assert!(local("postgres://u@127.0.0.1:5432/d"));
        assert!(local("postgres://u@localhost/d"));
        assert!(local("postgres://u@[::1]:5432/d"));
        assert!(local("host=/var/run/postgresql user=u"));
        assert!(!local("postgres://u@10.0.0.5/d"));
        assert!(!local("postgres://u@db.shop.example/d"));
        assert!(!local("postgres://u@127.0.0.1,db.shop.example/d"));
    }
}
