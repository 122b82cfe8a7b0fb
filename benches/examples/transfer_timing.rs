//! The first target, measured: a recording sent through the phone bridge over loopback (127.0.0.1)
//! until it is measured, against the same file measured from disk. Prints both, and the transfer alone.
//!
//!   cargo run --release -p micdoctor-benches --example `transfer_timing` -- FILE [RUNS]
//!
//! `scripts/bridge_timing.sh` makes a 20 MB iPhone-like video with ffmpeg and runs this on it.
#![allow(clippy::unwrap_used, reason = "a measuring tool: fail loudly")]

use std::io::{Read as _, Write as _};
use std::net::{IpAddr, Ipv4Addr, TcpStream};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use micdoctor_bridge::{Bridge, BridgeEvent, BridgeSettings, CaseTicket};

const BOUNDARY: &str = "----micdoctor-timing";

fn measure(path: &Path) -> Duration {
    let started = Instant::now();
    micdoctor_recording::analyze_file(path, &mut |_| {}).unwrap();
    started.elapsed()
}

/// Sends `content` to a fresh bridge on 127.0.0.1; returns (transfer until received, measuring after).
fn through_the_bridge(name: &str, content: &[u8]) -> (Duration, Duration) {
    let settings = BridgeSettings {
        address: Some(IpAddr::V4(Ipv4Addr::LOCALHOST)),
        ..BridgeSettings::default()
    };
    let bridge = Bridge::open(settings, CaseTicket::failed_recording()).unwrap();
    let url = bridge.url().to_owned();
    let path = &url[url.find("/u/").unwrap()..];
    let mut body = format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\
         Content-Type: application/octet-stream\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(content);
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    let started = Instant::now();
    let mut stream = TcpStream::connect(bridge.address()).unwrap();
    write!(
        stream,
        "POST {path}/send/failed?via=camera HTTP/1.1\r\nHost: phone\r\nContent-Type: multipart/form-data; \
         boundary={BOUNDARY}\r\nContent-Length: {}\r\nX-MicDoctor-Upload: 1\r\nConnection: close\r\n\r\n",
        body.len()
    )
    .unwrap();
    stream.write_all(&body).unwrap();
    let received = loop {
        match bridge.recv_timeout(Duration::from_mins(1)).unwrap() {
            BridgeEvent::Received { path, .. } => break path,
            BridgeEvent::Refused { reason, .. } => panic!("refused: {reason:?}"),
            BridgeEvent::Failed { reason, .. } => panic!("failed: {reason:?}"),
            _ => {}
        }
    };
    let transfer = started.elapsed();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).unwrap();
    let measuring = measure(&received);
    bridge.close().unwrap();
    (transfer, measuring)
}

fn median(mut values: Vec<Duration>) -> Duration {
    values.sort();
    values[values.len() / 2]
}

fn main() {
    let mut args = std::env::args().skip(1);
    let file = PathBuf::from(args.next().expect("usage: transfer_timing FILE [RUNS]"));
    let runs: usize = args.next().map_or(5, |r| r.parse().unwrap());
    let content = std::fs::read(&file).unwrap();
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    let mb = content.len() as f64 / 1_048_576.0;
    let from_disk = median((0..runs).map(|_| measure(&file)).collect());
    let sent: Vec<(Duration, Duration)> = (0..runs)
        .map(|_| through_the_bridge(&name, &content))
        .collect();
    let transfer = median(sent.iter().map(|s| s.0).collect());
    let measuring = median(sent.iter().map(|s| s.1).collect());
    let total = median(sent.iter().map(|s| s.0 + s.1).collect());
    println!(
        "file: {} ({mb:.1} MB), median of {runs} runs",
        file.display()
    );
    println!(
        "opened from disk, measured:          {:>8.1} ms",
        ms(from_disk)
    );
    println!(
        "sent over loopback (until received): {:>8.1} ms",
        ms(transfer)
    );
    println!(
        "  then measured from the bridge:     {:>8.1} ms",
        ms(measuring)
    );
    println!("from the page to a measured result:  {:>8.1} ms", ms(total));
    println!(
        "target (disk + transfer):            {:>8.1} ms  -> {}",
        ms(from_disk + transfer),
        if total <= from_disk + transfer + Duration::from_millis(50) {
            "met"
        } else {
            "NOT met"
        }
    );
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}
