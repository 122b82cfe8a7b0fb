//! A synthetic App Privacy Report of a given size, written line by line (never held whole): `uses` sensor
//! uses (two access lines each) spread among network lines until `bytes` are written, in the shape
//! `scripts/make_privacy_reports.py` writes and iPhones save. Seeded: the same arguments give the same
//! bytes. Shared by the bench (`benches/privacy_report.rs`), the memory measurement
//! (`examples/privacy_report_memory.rs`) and the window's timing (`examples/privacy_window_timing.rs`).

use std::io::{self, Write};

const APPS: [&str; 6] = [
    "net.whatsapp.WhatsApp",
    "net.whatsapp.WhatsApp",
    "com.burbn.instagram",
    "us.zoom.videomeetings",
    "com.apple.camera",
    "com.apple.VoiceMemos",
];
const DOMAINS: [(&str, &str, &str); 6] = [
    ("net.whatsapp.WhatsApp", "g.whatsapp.net", "WhatsApp LLC"),
    ("net.whatsapp.WhatsApp", "mmg.whatsapp.net", "WhatsApp LLC"),
    (
        "com.burbn.instagram",
        "graph.instagram.com",
        "Facebook, Inc.",
    ),
    (
        "us.zoom.videomeetings",
        "us04web.zoom.us",
        "Zoom Video Communications, Inc.",
    ),
    (
        "com.apple.mobilesafari",
        "www.google-analytics.com",
        "Google LLC",
    ),
    ("com.apple.Maps", "gsp-ssl.ls.apple.com", "Apple Inc."),
];

/// `2025-09-0DTHH:MM:SS.mmm+01:00` for `second` seconds into the week of 1 September 2025.
fn stamp(second: u32, millis: u32) -> String {
    let (day, rest) = (1 + second / 86_400 % 7, second % 86_400);
    format!(
        "2025-09-{day:02}T{:02}:{:02}:{:02}.{millis:03}+01:00",
        rest / 3600,
        rest / 60 % 60,
        rest % 60
    )
}

/// Writes the report; returns (lines, bytes) written.
pub fn write_report(
    out: &mut impl Write,
    bytes: u64,
    uses: u64,
    seed: u64,
) -> io::Result<(u64, u64)> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let (mut lines, mut written) = (0_u64, 0_u64);
    let mut uses_left = uses;
    let emit = |line: &str, out: &mut dyn Write| -> io::Result<u64> {
        out.write_all(line.as_bytes())?;
        out.write_all(b"\n")?;
        Ok(line.len() as u64 + 1)
    };
    // About how many network lines come between two uses.
    let network_per_use = (bytes / 300).saturating_sub(2 * uses) / uses.max(1);
    loop {
        for _ in 0..network_per_use.max(1) {
            let (app, domain, owner) = DOMAINS[rng.usize(..DOMAINS.len())];
            let at = rng.u32(..7 * 86_400);
            let line = format!(
                r#"{{"domain":"{domain}","firstTimeStamp":"{}","context":"","timeStamp":"{}","domainType":2,"initiatedType":"AppInitiated","hits":{},"type":"networkActivity","domainOwner":"{owner}","bundleID":"{app}"}}"#,
                stamp(at.saturating_sub(rng.u32(..86_400)), rng.u32(..1000)),
                stamp(at, rng.u32(..1000)),
                rng.u32(1..400)
            );
            written += emit(&line, out)?;
            lines += 1;
        }
        if uses_left > 0 {
            uses_left -= 1;
            let app = APPS[rng.usize(..APPS.len())];
            let category = ["microphone", "camera", "location"][rng.usize(..3)];
            let id = format!(
                "{:08X}-0000-4000-8000-{:012X}",
                rng.u32(..),
                rng.u64(..1 << 48)
            );
            let begin = rng.u32(..7 * 86_400 - 3600);
            for (kind, at) in [
                ("intervalBegin", begin),
                ("intervalEnd", begin + rng.u32(..1800)),
            ] {
                let line = format!(
                    r#"{{"accessor":{{"identifier":"{app}","identifierType":"bundleID"}},"category":"{category}","identifier":"{id}","kind":"{kind}","timeStamp":"{}","type":"access"}}"#,
                    stamp(at, rng.u32(..1000))
                );
                written += emit(&line, out)?;
                lines += 1;
            }
        }
        if written >= bytes && uses_left == 0 {
            return Ok((lines, written));
        }
    }
}
