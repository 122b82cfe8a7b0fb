//! `micdoctor cases list`: a table with a header row, times on the shop's clock (`TZ`), the problem's
//! and the outcome's names in the language of `--lang`, and `--json` for machines.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use micdoctor_core::i18n::Language;
use micdoctor_core::report::CaseOutcome;
use micdoctor_core::session::Session;
use micdoctor_store::{CaseStore, Snapshot, SqliteStore, TechnicianVerdict};
use serde_json::Value;

use crate::support::cli::{stderr, stdout};

/// 2025-12-01T00:00:00Z: 21:00 the evening before in São Paulo.
const MIDNIGHT_UTC: u64 = 1_764_547_200;
/// A fixed three hours behind UTC, as a POSIX `TZ` (needs no time-zone files).
const SAO_PAULO: &str = "<-03>3";

/// A store with two cases: MN12 (for a technician, the bottom microphone found damaged by Ana) and
/// PQ34 (fixed by a restart, its report written in English).
fn store(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("micdoctor-cli-list-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("cases.sqlite");
    let mut store = SqliteStore::open(&path).unwrap();
    let kb = crate::support::kb();
    for (code, start, outcome) in [
        ("MN12", MIDNIGHT_UTC, CaseOutcome::Technician),
        (
            "PQ34",
            MIDNIGHT_UTC + 3_600,
            CaseOutcome::Fixed {
                fix: "fix_restart".to_owned(),
                title: "Restart your iPhone".to_owned(),
            },
        ),
    ] {
        let session = Session::new("mic_whatsapp", kb.devices[0].id, &kb.kb_version, start);
        let mut snapshot = Snapshot::new(Language::English, &kb, &session, start + 100).unwrap();
        snapshot.set_code(code.to_owned());
        snapshot.report.outcome = outcome;
        store.create_case(start + 100, &snapshot).unwrap();
    }
    store
        .record_verdict(
            "MN12",
            &TechnicianVerdict {
                cause: "mic_bottom_fault".to_owned(),
                note: String::new(),
                staff: "Ana".to_owned(),
                at: MIDNIGHT_UTC + 7_200,
            },
        )
        .unwrap();
    path
}

/// `micdoctor cases --store STORE list ARGS…` on São Paulo's clock.
fn list(store: &Path, args: &[&str]) -> Output {
    let output = Command::new(env!("CARGO_BIN_EXE_micdoctor"))
        .args(["cases", "--store", store.to_str().unwrap(), "list"])
        .args(args)
        .env("TZ", SAO_PAULO)
        .output()
        .expect("the binary runs");
    assert!(output.status.success(), "{}", stderr(&output));
    output
}

#[test]
fn the_list_is_a_table_with_a_header_and_local_times() {
    let path = store("table");
    let text = stdout(&list(&path, &[]));
    // Local time: the evening before, not midnight UTC; names, not ids; columns lined up.
    assert_eq!(
        text,
        "\
Code  Time              Problem                                 Outcome                         Verdict                           Who
MN12  2025-11-30 21:00  My microphone doesn't work in WhatsApp  Take it to a technician         The bottom microphone is damaged  Ana
PQ34  2025-11-30 22:00  My microphone doesn't work in WhatsApp  Fixed by “Restart your iPhone”  -                                 -
"
    );
    std::fs::remove_dir_all(path.parent().unwrap()).unwrap();
}

#[test]
fn the_list_speaks_the_language_asked_for() {
    let path = store("es");
    let text = stdout(&list(&path, &["--lang", "es"]));
    let header = text.lines().next().unwrap();
    for column in [
        "Código",
        "Hora",
        "Problema",
        "Resultado",
        "Veredicto",
        "Quién",
    ] {
        assert!(header.contains(column), "{text}");
    }
    assert!(
        text.contains("Mi micrófono no funciona en WhatsApp"),
        "{text}"
    );
    assert!(text.contains("Llévalo con un técnico"), "{text}");
    assert!(text.contains("El micrófono inferior está dañado"), "{text}");
    // A report stored in English still names its fix in Spanish.
    assert!(
        text.contains("Se resolvió con “Reinicia tu iPhone”"),
        "{text}"
    );
    std::fs::remove_dir_all(path.parent().unwrap()).unwrap();
}

#[test]
fn the_list_as_json_has_the_documented_fields() {
    let path = store("json");
    let text = stdout(&list(&path, &["--json", "--lang", "pt-BR"]));
    let cases: Vec<Value> = serde_json::from_str(&text).unwrap();
    assert_eq!(cases.len(), 2, "{text}");
    let first = cases.iter().find(|c| c["code"] == "MN12").unwrap();
    assert_eq!(first["started"], "2025-11-30T21:00:00-03:00");
    assert_eq!(first["started_unix"], MIDNIGHT_UTC);
    assert_eq!(first["problem"], "mic_whatsapp");
    assert_eq!(
        first["problem_name"],
        "Meu microfone não funciona no WhatsApp"
    );
    assert_eq!(first["outcome"], "technician");
    assert_eq!(first["outcome_name"], "Leve a um técnico");
    assert_eq!(first["verdict"], "mic_bottom_fault");
    assert_eq!(
        first["verdict_name"],
        "O microfone de baixo está danificado"
    );
    assert_eq!(first["staff"], "Ana");
    let second = cases.iter().find(|c| c["code"] == "PQ34").unwrap();
    assert_eq!(second["outcome"], "fixed");
    assert_eq!(second["verdict"], Value::Null);
    assert_eq!(second["staff"], Value::Null);
    std::fs::remove_dir_all(path.parent().unwrap()).unwrap();
}

#[test]
fn an_empty_store_says_so() {
    let dir = std::env::temp_dir().join(format!("micdoctor-cli-list-empty-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("cases.sqlite");
    drop(SqliteStore::open(&path).unwrap());
    assert_eq!(stdout(&list(&path, &[])), "No cases to list.\n");
    assert_eq!(stdout(&list(&path, &["--json"])).trim(), "[]");
    std::fs::remove_dir_all(&dir).unwrap();
}
