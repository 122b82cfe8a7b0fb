//! The command line's arguments: the commands, their options and the exit codes (clap derive).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use super::analyze::AnalyzeArgs;
use super::cases::CasesArgs;
use super::learn::LearnArgs;
use super::simulate::SimulateArgs;
use micdoctor_core::i18n::Language;
use micdoctor_core::report::ReportFormat;
use micdoctor_core::t;

/// Exit code for a knowledge base that fails its checks.
pub const EXIT_INVALID: u8 = 1;
/// Exit code for a request that names something unknown (problem, finding, fix, file).
pub const EXIT_USAGE: u8 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "micdoctor",
    version,
    about = "Find out why an iPhone microphone fails in WhatsApp, and the cheapest step that fixes it.",
    long_about = "Find out why an iPhone microphone fails in WhatsApp, and the cheapest step that fixes it.\n\nWith no command, opens the MicDoctor window."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Open the window on this knowledge base instead of the bundled one (or the config's).
    #[arg(long, value_name = "FILE")]
    pub kb: Option<PathBuf>,
    /// Run as a counter kiosk: fullscreen, touch-first, idle reset, staff PIN (needs `staff_pin_hash`).
    #[arg(long)]
    pub kiosk: bool,
    /// Read this config file instead of the one in the platform's config directory.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Language of the window, reports and messages: en, pt-BR or es.
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_language)]
    pub lang: Option<Language>,
}

/// A day on the command line (`--since`), YYYY-MM-DD in UTC. Like `--lang`'s message, said in English:
/// clap parses it before it knows the language, and frames it in English.
pub(super) fn parse_day(text: &str) -> Result<u64, String> {
    micdoctor_core::report::parse_date(text)
        .ok_or_else(|| t!(Language::English, "cli-bad-date", date = text))
}

/// `--lang`: a language MicDoctor speaks. An unknown one is said in English, the language of a command
/// line without `--lang`.
fn parse_language(code: &str) -> Result<Language, String> {
    Language::from_code(code).ok_or_else(|| {
        t!(
            Language::English,
            "cli-unknown-language",
            code = format!("{code:?}"),
            languages = Language::ALL.map(Language::code).join(", ")
        )
    })
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate knowledge bases (no file: the bundled one); exit 1 listing every problem.
    Check {
        /// Knowledge-base JSON files.
        files: Vec<PathBuf>,
    },
    /// Print the JSON Schema of the knowledge-base format.
    Schema,
    /// Rank the causes of a problem for the given evidence, and say what to do next.
    Diagnose(DiagnoseArgs),
    /// Print the flattened model the engine uses for a problem.
    Model {
        /// Problem id, e.g. `mic_whatsapp`.
        #[arg(long)]
        problem: String,
        /// Knowledge base to use (default: the bundled one).
        #[arg(long, value_name = "FILE")]
        kb: Option<PathBuf>,
        /// Print JSON (the only format).
        #[arg(long)]
        json: bool,
    },
    /// Write the report of a saved case: Markdown (default), a printable HTML page, or JSON.
    Report(ReportArgs),
    /// Read a staff PIN (4 to 8 digits) from standard input and print the config line that stores it hashed.
    HashPin,
    /// Serve a simulated world's customers with each policy: minutes to resolution, against the guide.
    Simulate(SimulateArgs),
    /// Measure recordings (voice notes, Voice Memos, videos): level, noise, clipping, muffling,
    /// dropouts, and what they show. Nothing is written.
    Analyze(AnalyzeArgs),
    /// Read an iPhone's App Privacy Report: when WhatsApp used the microphone and camera, and what was in
    /// use when you saw the dot. The file is read in memory; nothing is written.
    PrivacyReport(super::PrivacyReportArgs),
    /// The shop's case store: list, export, import, a technician's verdict, the microphones after a repair,
    /// the pickup sheet, a customer's contact, forget a case.
    Cases(CasesArgs),
    /// Learn priors from the shop's confirmed cases (Dirichlet and Beta counting, the knowledge base worth
    /// --strength cases) and write them for config `learned`.
    Learn(LearnArgs),
    /// Print every knowledge-base text people read, by translation key, as JSON (for translators).
    Texts {
        /// Only the texts this language's overlay lacks.
        #[arg(long, value_name = "LANG", value_parser = parse_language)]
        missing: Option<Language>,
    },
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The saved case (a session JSON file).
    #[arg(value_name = "SESSION.json")]
    pub session: PathBuf,
    /// Report format.
    #[arg(long, value_enum, default_value_t = FormatArg::Md)]
    pub format: FormatArg,
    /// Knowledge base to word the report with (default: the bundled one).
    #[arg(long, value_name = "FILE")]
    pub kb: Option<PathBuf>,
    /// Write the report to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// `--format` of `micdoctor report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Markdown text.
    #[value(alias = "markdown")]
    Md,
    /// One self-contained, printable web page.
    Html,
    /// The session, the ranking and the report's content as JSON.
    Json,
}

impl From<FormatArg> for ReportFormat {
    fn from(format: FormatArg) -> Self {
        match format {
            FormatArg::Md => Self::Markdown,
            FormatArg::Html => Self::Html,
            FormatArg::Json => Self::Json,
        }
    }
}

#[derive(Debug, Args)]
pub struct DiagnoseArgs {
    /// Problem id, e.g. `mic_whatsapp` or `sensor_privacy`.
    #[arg(long)]
    pub problem: String,
    /// A finding answered yes (repeatable).
    #[arg(long = "yes", value_name = "FINDING")]
    pub yes: Vec<String>,
    /// A finding answered no (repeatable).
    #[arg(long = "no", value_name = "FINDING")]
    pub no: Vec<String>,
    /// A finding the user could not answer (repeatable).
    #[arg(long = "skip", value_name = "FINDING")]
    pub skip: Vec<String>,
    /// A fix that was tried and did not help (repeatable).
    #[arg(long = "failed", value_name = "FIX")]
    pub failed: Vec<String>,
    /// Knowledge base to use (default: the bundled one).
    #[arg(long, value_name = "FILE")]
    pub kb: Option<PathBuf>,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}
