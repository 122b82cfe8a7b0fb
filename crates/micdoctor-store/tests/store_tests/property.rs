//! The property that matters most: however the codes clash, no case ever holds another's events. 100,000
//! cases are started with codes forced into a small space (2^18 or 2^19 codes: some 10,000 to 20,000
//! clashes, yet never 32 taken draws in a row, which would be the app's "no code left"),
//! many of one problem in the same second (as at a busy chain), with verdicts appended to earlier cases
//! by the code each was given; then every case is read back and must hold its own snapshot and verdicts,
//! and nothing else.
use micdoctor_store::{CaseStore, EventBody, SqliteStore, TechnicianVerdict, create_in};
use proptest::prelude::*;

use crate::contract::{snapshot, temp_dir};

const CASES: u64 = 100_000;
const BATCH: u64 = 2_000;

/// A small snapshot (its lists emptied): the test is about codes, not reports.
fn small(code: &str, started_at: u64, case: u64) -> micdoctor_store::Snapshot {
    let mut small = snapshot(code, started_at);
    let report = &mut small.report;
    report.guides.clear();
    report.plan.clear();
    report.causes.clear();
    report.ranking.causes.clear();
    report.ranking.plan.clear();
    report.session.kb_version = format!("case {case}");
    small
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 1,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn no_case_ever_holds_another_cases_events(
        seed in any::<u64>(),
        space_bits in 18_u32..=19,
        per_second in 1_u64..=20,
        verdict_every in 2_u64..=5,
    ) {
        let dir = temp_dir("property");
        let mut store = SqliteStore::open(&dir.join("cases.sqlite")).unwrap();
        let mut codes = crate::contract::forced_codes(seed, 1 << space_bits);
        let mut given: Vec<String> = Vec::with_capacity(CASES as usize);
        let mut verdicts = vec![0_usize; CASES as usize];
        let mut redrawn = 0_usize;
        let mut state = (seed ^ 0x9e37_79b9) | 1;
        let mut pick = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for batch in 0..CASES / BATCH {
            store
                .atomically(&mut |w| {
                    for case in batch * BATCH..(batch + 1) * BATCH {
                        let mut first = small(&codes(), case / per_second, case);
                        let drawn_before = first.code().to_owned();
                        create_in(w, &mut first, case, &mut codes)?;
                        if first.code() != drawn_before {
                            redrawn += 1;
                        }
                        given.push(first.code().to_owned());
                        if case % verdict_every == 0 {
                            // A verdict on an earlier case, found by the code it was given.
                            let earlier = usize::try_from(pick() % (case + 1)).unwrap();
                            verdicts[earlier] += 1;
                            let verdict = EventBody::Verdict(TechnicianVerdict {
                                cause: "other".into(),
                                note: String::new(),
                                staff: format!("case {earlier}"),
                                at: case,
                            });
                            w.insert_event(&given[earlier], case, Some("t"), &verdict)?;
                        }
                    }
                    Ok(())
                })
                .unwrap();
        }
        prop_assert!(redrawn > 1_000, "the codes hardly clashed ({redrawn}): the test proved little");
        prop_assert_eq!(store.cases(0).unwrap().len(), CASES as usize);
        for (case, code) in given.iter().enumerate() {
            let events = store.events(code).unwrap();
            prop_assert_eq!(events.len(), 1 + verdicts[case], "{}", code);
            let own = format!("case {case}");
            for event in events {
                match event.body {
                    EventBody::Snapshot(snapshot) => {
                        prop_assert_eq!(&snapshot.session().kb_version, &own);
                        prop_assert_eq!(snapshot.code(), code.as_str());
                    }
                    EventBody::Verdict(verdict) => prop_assert_eq!(&verdict.staff, &own),
                    other => prop_assert!(false, "{:?}", other.kind()),
                }
            }
        }
        drop(store);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
