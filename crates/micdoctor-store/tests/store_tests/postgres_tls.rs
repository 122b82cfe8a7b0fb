//! PostgreSQL over TLS, live: the test makes a certificate authority and a server certificate for
//! 127.0.0.1 (rcgen), has the loopback server (`MICDOCTOR_TEST_POSTGRES`) write them beside its data
//! and turn `ssl` on by a reload, then opens the store with `sslmode=verify-full` and that CA (the
//! connection is encrypted: the server says so in `pg_stat_ssl`), and with another CA (refused as
//! untrusted, in words). The server's TLS settings are put back afterwards. Skipped without a server.

use micdoctor_store::{CaseStore, PostgresStore, StoreError};
use postgres::{Client, NoTls};
use rcgen::{
    BasicConstraints, CertificateParams, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair,
    KeyUsagePurpose,
};

use crate::contract::{snapshot, temp_dir};
use crate::postgres::{TestDatabase, server};

/// A certificate authority: its certificate (PEM) and what signs with it.
fn authority(name: &str) -> (String, Issuer<'static, KeyPair>) {
    let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, name);
    params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    let key = KeyPair::generate().unwrap();
    let certificate = params.self_signed(&key).unwrap();
    (certificate.pem(), Issuer::new(params, key))
}

/// A server certificate for 127.0.0.1 and localhost signed by `issuer`: (certificate PEM, key PEM).
fn server_certificate(issuer: &Issuer<'static, KeyPair>) -> (String, String) {
    let mut params =
        CertificateParams::new(vec!["127.0.0.1".to_owned(), "localhost".to_owned()]).unwrap();
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "127.0.0.1");
    params.use_authority_key_identifier_extension = true;
    params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
    params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    let key = KeyPair::generate().unwrap();
    let certificate = params.signed_by(&key, issuer).unwrap();
    (certificate.pem(), key.serialize_pem())
}

/// Has the server write `text` to `path` as its own user (a large object exported by a superuser), so
/// the key belongs to the server's user with the permissions it asks for, whoever runs the test.
fn server_writes(admin: &mut Client, path: &str, text: &str) {
    let row = admin
        .query_one("SELECT lo_from_bytea(0, $1::bytea)", &[&text.as_bytes()])
        .unwrap();
    let oid: u32 = row.get(0);
    admin
        .execute("SELECT lo_export($1::oid, $2)", &[&oid, &path])
        .unwrap();
    admin.execute("SELECT lo_unlink($1::oid)", &[&oid]).unwrap();
    // The server writes files readable by all; a key must be its owner's alone (0600).
    #[cfg(unix)]
    std::fs::set_permissions(path, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
}

/// Turns the server's TLS off again and forgets the files when the test ends, passed or not.
struct ServerTls {
    admin: String,
}

impl Drop for ServerTls {
    fn drop(&mut self) {
        if let Ok(mut client) = Client::connect(&self.admin, NoTls) {
            for statement in [
                "ALTER SYSTEM RESET ssl",
                "ALTER SYSTEM RESET ssl_cert_file",
                "ALTER SYSTEM RESET ssl_key_file",
                "SELECT pg_reload_conf()",
            ] {
                let _ = client.batch_execute(statement);
            }
        }
    }
}

#[test]
fn a_store_over_tls_is_encrypted_with_its_ca_and_refused_with_another() {
    let Some(admin_url) = server() else { return };
    let db = TestDatabase::new(&admin_url, "tls");
    let mut admin = Client::connect(&admin_url, NoTls).unwrap();
    let data: String = admin.query_one("SHOW data_directory", &[]).unwrap().get(0);
    let (ca_pem, issuer) = authority("MicDoctor test CA");
    let (cert_pem, key_pem) = server_certificate(&issuer);
    let cert_file = format!("{data}/micdoctor-test-server.crt");
    let key_file = format!("{data}/micdoctor-test-server.key");
    server_writes(&mut admin, &cert_file, &cert_pem);
    server_writes(&mut admin, &key_file, &key_pem);
    let _restore = ServerTls {
        admin: admin_url.clone(),
    };
    // One statement at a time: ALTER SYSTEM refuses to run inside a transaction block.
    for statement in [
        format!("ALTER SYSTEM SET ssl_cert_file = '{cert_file}'"),
        format!("ALTER SYSTEM SET ssl_key_file = '{key_file}'"),
        "ALTER SYSTEM SET ssl = on".to_owned(),
        "SELECT pg_reload_conf()".to_owned(),
    ] {
        admin.batch_execute(&statement).unwrap();
    }
    let dir = temp_dir("postgres-tls");
    let ca_file = dir.join("ca.pem");
    std::fs::write(&ca_file, &ca_pem).unwrap();
    let separator = if db.url.contains('?') { '&' } else { '?' };
    let verified = format!(
        "{}{separator}sslmode=verify-full&sslrootcert={}",
        db.url,
        ca_file.display()
    );
    // A reload is taken in by new connections once the server has read it.
    let started = std::time::Instant::now();
    let mut store = loop {
        match PostgresStore::connect(&verified) {
            Ok(store) => break store,
            Err(StoreError::NoTlsOnServer { .. }) if started.elapsed().as_secs() < 10 => {
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
            Err(err) => panic!("{err} (the server's log says why it has no TLS)"),
        }
    };
    let mut first = snapshot("TLS-1", 10);
    store.create_case(10, &first).unwrap();
    first.report.session.kb_version = "over TLS".to_owned();
    store.record_snapshot(11, &first).unwrap();
    assert!(store.case("TLS-1").unwrap().is_some());
    // The server says the store's connection to this database is encrypted.
    let encrypted: Option<bool> = admin
        .query_one(
            "SELECT bool_and(s.ssl) FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) \
             WHERE a.datname = $1",
            &[&db.name],
        )
        .unwrap()
        .get(0);
    assert_eq!(encrypted, Some(true), "the store's connection is not TLS");
    drop(store);

    // Another CA: the server cannot prove who it is, and nothing is written.
    let (other_pem, _) = authority("Someone else's CA");
    let other_file = dir.join("other-ca.pem");
    std::fs::write(&other_file, other_pem).unwrap();
    let untrusted = format!(
        "{}{separator}sslmode=verify-full&sslrootcert={}",
        db.url,
        other_file.display()
    );
    let err = PostgresStore::connect(&untrusted).err().unwrap();
    assert!(matches!(err, StoreError::Untrusted { .. }), "{err}");
    let words = err.in_words(micdoctor_core::i18n::Language::Spanish);
    assert!(words.contains("sslrootcert"), "{words}");
}
