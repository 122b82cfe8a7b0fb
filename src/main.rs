//! Starts MicDoctor: a CLI command when one is given, otherwise the window (desktop or kiosk).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use micdoctor::cli::{self, Cli, Output};
use micdoctor::ui::Startup;
use micdoctor::ui::desktop::kb_problems::KbProblems;
use micdoctor_core::config::Config;
use micdoctor_core::kb;
use micdoctor_core::t;

fn main() -> ExitCode {
    let args = Cli::parse();
    let mut out = std::io::stdout();
    let mut err = std::io::stderr();
    let mut io = Output {
        out: &mut out,
        err: &mut err,
        language: args.lang.unwrap_or_default(),
    };
    match &args.command {
        Some(command) => ExitCode::from(cli::run(command, &mut io)),
        None => open_window(&args, &mut io),
    }
}

/// Reads the config, picks the knowledge base, and opens the window. A broken knowledge base opens the
/// bundled one and says why; a broken config runs the desktop app on defaults and says why, but a kiosk
/// does not start without a valid config (it could not be locked down).
fn open_window(args: &Cli, io: &mut Output<'_>) -> ExitCode {
    let lang = io.language;
    let config_path = args
        .config
        .clone()
        .or_else(|| Config::default_path().filter(|p| p.exists()));
    let (mut config, config_problem) = match Config::load(args.config.as_deref()) {
        Ok(config) => (config, None),
        Err(err) if args.kiosk => return fail(io, &err.in_words(lang), cli::EXIT_USAGE),
        Err(err) => (Config::default(), Some(err)),
    };
    if args.kiosk {
        let path = config_path
            .clone()
            .or_else(Config::default_path)
            .unwrap_or_else(|| PathBuf::from("config.toml"));
        if let Err(err) = config.enable_kiosk(&path) {
            return fail(io, &err.in_words(lang), cli::EXIT_USAGE);
        }
    }
    if let Some(language) = args.lang {
        config.language = language;
    }
    let chosen = args.kb.clone().or_else(|| config.knowledge_base.clone());
    let kb_chosen = chosen.is_some();
    let (opened, kb_problems) = match kb::open_kb(chosen.as_deref()) {
        Ok(opened) => (opened, None),
        Err(err) => match (&chosen, kb::open_kb(None)) {
            // A chosen file that cannot be used: the bundled one opens, and the window lists why.
            (Some(path), Ok(bundled)) => (
                bundled,
                Some(KbProblems::new(path.display().to_string(), err)),
            ),
            (Some(_), Err(bundled_err)) => {
                return fail(io, &bundled_err.in_words(lang), cli::EXIT_INVALID);
            }
            (None, _) => return fail(io, &err.in_words(lang), cli::EXIT_INVALID),
        },
    };
    // The shop's learned priors, when the config names them: read here, put on the knowledge base that is
    // open once the window has started (it may reopen the last one).
    let (learned, learned_problem) =
        match config.learned.as_deref().map(micdoctor_core::learn::load) {
            None => (None, None),
            Some(Ok(learned)) => (Some(learned), None),
            Some(Err(err)) => (None, config.learned.clone().map(|path| (path, err))),
        };
    let startup = Startup {
        opened,
        kb_problems,
        kb_chosen,
        language_chosen: args.lang.is_some(),
        config,
        config_path,
        config_problem,
        learned_problem,
        learned,
    };
    match micdoctor::ui::run(startup) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => fail(
            io,
            &t!(lang, "cli-cannot-open-window", error = err.to_string()),
            cli::EXIT_INVALID,
        ),
    }
}

fn fail(io: &mut Output<'_>, err: &dyn std::fmt::Display, code: u8) -> ExitCode {
    let _ = writeln!(io.err, "micdoctor: {err}");
    ExitCode::from(code)
}
