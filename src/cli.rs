//! The command line: `check`, `schema`, `diagnose`, `model` and `report`, thin layers over the core.

use std::io::Write;
use std::path::{Path, PathBuf};

use micdoctor_core::engine::{self, ProblemModel};
use micdoctor_core::explained::ExplainedDiagnosis;
use micdoctor_core::i18n::{self, Language};
use micdoctor_core::kb::{self, KbError, KnowledgeBase, overlay};
use micdoctor_core::report::render;
use micdoctor_core::session::{Answer, FixOutcome, Session};

mod analyze;
mod args;
mod case_table;
mod cases;
mod learn;
mod pickup;
mod privacy_report;
mod simulate;
mod table;

pub use analyze::AnalyzeArgs;
pub use args::{Cli, Command, DiagnoseArgs, EXIT_INVALID, EXIT_USAGE, FormatArg, ReportArgs};
use micdoctor_core::t;
pub use privacy_report::PrivacyReportArgs;
pub use simulate::{PolicyArg, SimulateArgs};
use table::table;

/// Where a command writes, and in which language: standard output and standard error (swappable in
/// tests), in the language of `--lang`.
pub struct Output<'a> {
    pub out: &'a mut dyn Write,
    pub err: &'a mut dyn Write,
    pub language: Language,
}

/// Runs one command; returns the process exit code.
pub fn run(command: &Command, io: &mut Output<'_>) -> u8 {
    let result = match command {
        Command::Check { files } => Ok(check(files, io)),
        Command::Schema => print_json(io, &kb::json_schema()),
        Command::Diagnose(args) => diagnose(args, io),
        Command::Model { problem, kb, .. } => model(problem, kb.as_deref(), io),
        Command::Report(args) => report(args, io),
        Command::HashPin => hash_pin(&mut std::io::stdin().lock(), io),
        Command::Simulate(args) => simulate::simulate(args, io),
        Command::Analyze(args) => analyze::analyze(args, io),
        Command::PrivacyReport(args) => privacy_report::privacy_report(args, io),
        Command::Cases(args) => cases::cases(args, io),
        Command::Learn(args) => learn::learn_priors(args, io),
        Command::Texts { missing } => texts(*missing, io),
    };
    result.unwrap_or_else(|failure| {
        let (code, message) = match failure {
            // The reader went away (`| head`): nothing is wrong.
            Failure::OutputClosed => return 0,
            Failure::InvalidKb(message) => (EXIT_INVALID, message),
            Failure::Usage(message) => (EXIT_USAGE, message),
        };
        // Nothing useful is left to do if standard error itself is closed.
        let _ = writeln!(io.err, "micdoctor: {message}");
        code
    })
}

/// `hash-pin`: the PIN comes from standard input, so it stays out of the shell's history.
fn hash_pin(input: &mut dyn std::io::BufRead, io: &mut Output<'_>) -> Result<u8, Failure> {
    let lang = io.language;
    let _ = writeln!(io.err, "{}", t!(lang, "cli-hash-pin-prompt"));
    let mut line = String::new();
    input.read_line(&mut line).map_err(|err| {
        usage(t!(
            lang,
            "cli-hash-pin-cannot-read",
            error = err.to_string()
        ))
    })?;
    let hash = micdoctor_core::pin::hash_pin(line.trim()).map_err(usage)?;
    emit(io, &format!("staff_pin_hash = \"{hash}\"\n"))?;
    let _ = writeln!(io.err, "{}", t!(lang, "cli-hash-pin-done"));
    Ok(0)
}

/// Why a command stopped early.
enum Failure {
    /// The knowledge base could not be read or is invalid (exit 1).
    InvalidKb(String),
    /// The request names something unknown or contradicts itself (exit 2).
    Usage(String),
    /// Standard output was closed by the reader.
    OutputClosed,
}

fn usage(err: impl std::fmt::Display) -> Failure {
    Failure::Usage(err.to_string())
}

/// Writes to standard output; a closed pipe ends the command quietly.
fn emit(io: &mut Output<'_>, text: &str) -> Result<u8, Failure> {
    match io.out.write_all(text.as_bytes()) {
        Ok(()) => Ok(0),
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => Err(Failure::OutputClosed),
        Err(err) => Err(usage(err)),
    }
}

fn print_json(io: &mut Output<'_>, value: &impl serde::Serialize) -> Result<u8, Failure> {
    let text = serde_json::to_string_pretty(value).map_err(usage)?;
    emit(io, &format!("{text}\n"))
}

/// The knowledge base at `path`, or the bundled one, in English (through [`kb::open_kb`]).
///
/// # Errors
/// The knowledge base cannot be used.
pub fn load_kb(path: Option<&Path>) -> Result<KnowledgeBase, KbError> {
    kb::open_kb(path).map(|opened| opened.kb)
}

/// The knowledge base as people read it in the current language (`--lang`): with the bundled translations
/// for the bundled knowledge base, with those beside a chosen file for that file. English needs none, and
/// a text a translation lacks stays English. A translation that cannot be used is said on stderr, once.
fn open_in_current_language(
    path: Option<&Path>,
    io: &mut Output<'_>,
) -> Result<KnowledgeBase, Failure> {
    let lang = io.language;
    let opened = kb::open_kb(path).map_err(|e| Failure::InvalidKb(e.in_words(io.language)))?;
    let language = io.language;
    for problem in opened.problems.iter().filter(|p| p.language == language) {
        writeln!(
            io.err,
            "{}",
            t!(
                lang,
                "cli-translation-unusable",
                problem = problem.to_string()
            )
        )
        .map_err(|_| Failure::OutputClosed)?;
    }
    Ok(opened.in_language(language))
}

fn check(files: &[PathBuf], io: &mut Output<'_>) -> u8 {
    let lang = io.language;
    let targets: Vec<Option<&Path>> = if files.is_empty() {
        vec![None]
    } else {
        files.iter().map(|f| Some(f.as_path())).collect()
    };
    let mut code = 0;
    for target in targets {
        let name = target.map_or_else(
            || kb::BUNDLED_SOURCE.to_owned(),
            |p| p.display().to_string(),
        );
        let written = match load_kb(target) {
            Ok(kb) => writeln!(
                io.out,
                "{}",
                t!(
                    lang,
                    "cli-check-ok",
                    name = name.as_str(),
                    kb_version = kb.kb_version.as_str(),
                    problems = kb.problems.len(),
                    causes = kb.causes.len(),
                    findings = kb.findings.len(),
                    fixes = kb.fixes.len(),
                    faq = kb.faq.len()
                )
            )
            .and_then(|()| {
                // The bundled knowledge base ships with its translations: they are part of it.
                if target.is_none() && !check_translations(&kb, io)? {
                    code = EXIT_INVALID;
                }
                Ok(())
            }),
            Err(err) => {
                code = EXIT_INVALID;
                let issues = err.issues();
                let heading = t!(
                    lang,
                    "cli-check-issues",
                    name = name.as_str(),
                    count = issues.len()
                );
                writeln!(io.out, "{heading}").and_then(|()| {
                    issues
                        .iter()
                        .try_for_each(|issue| writeln!(io.out, "  {issue}"))
                })
            }
        };
        if written.is_err() {
            return EXIT_INVALID;
        }
    }
    code
}

/// `texts`: the English texts, or those a language still lacks.
fn texts(missing: Option<Language>, io: &mut Output<'_>) -> Result<u8, Failure> {
    let kb = load_kb(None).map_err(|e| Failure::InvalidKb(e.in_words(io.language)))?;
    let mut texts = overlay::texts(&kb);
    if let Some(language) = missing
        && let Some(parsed) = overlay::bundled(language)
    {
        let overlay = parsed.map_err(|e| Failure::InvalidKb(e.to_string()))?;
        let lacking = overlay::check(&kb, &overlay).missing;
        texts.retain(|key, _| lacking.contains(key));
    }
    print_json(io, &texts)
}

/// The bundled translations, measured against the English knowledge base and app texts.
fn check_translations(kb: &KnowledgeBase, io: &mut Output<'_>) -> std::io::Result<bool> {
    let lang = io.language;
    let mut complete = true;
    let total = overlay::texts(kb).len();
    for language in Language::ALL.into_iter().skip(1) {
        let code = language.code();
        let found = match overlay::bundled(language) {
            Some(Ok(overlay)) => overlay::check(kb, &overlay),
            Some(Err(err)) => {
                complete = false;
                let line = t!(
                    lang,
                    "cli-translation-unreadable",
                    language = code,
                    error = err.to_string()
                );
                writeln!(io.out, "{line}")?;
                continue;
            }
            None => continue,
        };
        let app = i18n::check(language);
        let app_total = i18n::message_ids(Language::English).len();
        if found.is_complete() && app.missing.is_empty() && app.orphaned.is_empty() {
            let line = t!(
                lang,
                "cli-translation-complete",
                language = code,
                kb_total = total,
                app_total = app_total
            );
            writeln!(io.out, "{line}")?;
            continue;
        }
        complete = false;
        let line = t!(
            lang,
            "cli-translation-incomplete",
            language = code,
            kb_missing = found.missing.len(),
            kb_total = total,
            app_missing = app.missing.len(),
            app_total = app_total,
            orphaned = found.orphaned.len() + app.orphaned.len()
        );
        writeln!(io.out, "{line}")?;
        for key in &found.missing {
            let line = t!(lang, "cli-translation-missing-kb", key = key.as_str());
            writeln!(io.out, "  {line}")?;
        }
        for key in &found.orphaned {
            let line = t!(lang, "cli-translation-orphaned-kb", key = key.as_str());
            writeln!(io.out, "  {line}")?;
        }
        for id in &app.missing {
            let line = t!(lang, "cli-translation-missing-app", id = id.as_str());
            writeln!(io.out, "  {line}")?;
        }
        for id in &app.orphaned {
            let line = t!(lang, "cli-translation-orphaned-app", id = id.as_str());
            writeln!(io.out, "  {line}")?;
        }
    }
    Ok(complete)
}

fn model(problem: &str, kb_path: Option<&Path>, io: &mut Output<'_>) -> Result<u8, Failure> {
    let kb = load_kb(kb_path).map_err(|e| Failure::InvalidKb(e.in_words(io.language)))?;
    let model = ProblemModel::from_kb(&kb, problem).map_err(|e| usage(e.in_words(io.language)))?;
    print_json(io, &model.to_json())
}

fn diagnose(args: &DiagnoseArgs, io: &mut Output<'_>) -> Result<u8, Failure> {
    let lang = io.language;
    let kb = open_in_current_language(args.kb.as_deref(), io)?;
    let model =
        ProblemModel::from_kb(&kb, &args.problem).map_err(|e| usage(e.in_words(io.language)))?;
    let mut session = Session::new(
        &args.problem,
        micdoctor_core::kb::DeviceProfile::FaceId,
        &kb.kb_version,
        0,
    );
    let answers = [
        (&args.yes, Answer::Yes),
        (&args.no, Answer::No),
        (&args.skip, Answer::Skipped),
    ];
    for (ids, answer) in answers {
        for id in ids {
            if let Some(earlier) = session.answer_to(id) {
                return Err(Failure::Usage(t!(
                    lang,
                    "cli-answered-twice",
                    id = id.as_str(),
                    first = flag(earlier),
                    second = flag(answer)
                )));
            }
            session.answer(id, answer, 0);
        }
    }
    for id in &args.failed {
        session.record_fix(id, FixOutcome::Failed, 0);
    }
    let evidence = session
        .evidence(&model)
        .map_err(|e| usage(e.in_words(io.language)))?;
    let diagnosis = engine::diagnose(&model, &evidence);
    let report = ExplainedDiagnosis::new(&kb, &model, &evidence, &diagnosis);
    if args.json {
        return print_json(io, &report);
    }
    emit(io, &table(lang, &kb, &model, &report, &diagnosis))
}

fn report(args: &ReportArgs, io: &mut Output<'_>) -> Result<u8, Failure> {
    let lang = io.language;
    let session = Session::load_file(&args.session).map_err(|e| usage(e.in_words(io.language)))?;
    let kb = open_in_current_language(args.kb.as_deref(), io)?;
    let text = render(lang, &kb, &session, args.format.into()).map_err(|err| {
        Failure::Usage(t!(
            lang,
            "cli-report-does-not-fit",
            file = args.session.display().to_string(),
            error = err.in_words(lang)
        ))
    })?;
    match &args.out {
        Some(path) if same_file(path, &args.session) => Err(Failure::Usage(t!(
            lang,
            "cli-report-would-overwrite",
            file = path.display().to_string()
        ))),
        Some(path) => std::fs::write(path, text).map(|()| 0).map_err(|err| {
            Failure::Usage(t!(
                lang,
                "cli-cannot-write",
                file = path.display().to_string(),
                error = err.to_string()
            ))
        }),
        None => emit(io, &text),
    }
}

/// True when both paths name one existing file.
fn same_file(a: &Path, b: &Path) -> bool {
    matches!((a.canonicalize(), b.canonicalize()), (Ok(a), Ok(b)) if a == b)
}

/// The command-line flag that gives an answer.
fn flag(answer: Answer) -> &'static str {
    match answer {
        Answer::Yes => "yes",
        Answer::No => "no",
        Answer::Skipped => "skip",
    }
}
