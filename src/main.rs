//! Starts MicDoctor: a CLI command when one is given, otherwise the window.

use std::process::ExitCode;

use clap::Parser;
use micdoctor::cli::{self, Cli, Output};
use micdoctor::kb::BUNDLED_SOURCE;

fn main() -> ExitCode {
    let args = Cli::parse();
    let mut out = std::io::stdout();
    let mut err = std::io::stderr();
    let mut io = Output {
        out: &mut out,
        err: &mut err,
    };
    match &args.command {
        Some(command) => ExitCode::from(cli::run(command, &mut io)),
        None => open_window(args.kb.as_deref(), &mut io),
    }
}

/// Opens the window on the chosen knowledge base; a broken one is reported in plain words.
fn open_window(kb_path: Option<&std::path::Path>, io: &mut Output<'_>) -> ExitCode {
    let kb = match cli::load_kb(kb_path) {
        Ok(kb) => kb,
        Err(err) => {
            let _ = writeln!(io.err, "micdoctor: cannot open the knowledge base: {err}");
            return ExitCode::from(cli::EXIT_INVALID);
        }
    };
    let source = kb_path.map_or_else(|| BUNDLED_SOURCE.to_owned(), |p| p.display().to_string());
    match micdoctor::ui::run(kb, source) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            let _ = writeln!(io.err, "micdoctor: cannot open a window: {err}");
            ExitCode::from(cli::EXIT_INVALID)
        }
    }
}
