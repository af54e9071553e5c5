//! Command line: flags are parsed (clap), then validated into settings and
//! a clock; each command lives in its own file. stdout carries only the
//! command's result; logs go to stderr.

mod audit;
mod backup;
mod check;
mod demo;
pub(crate) mod evidence;
mod explain;
mod find;
mod ingest;
mod mark;
mod outbox;
pub(crate) mod output;
mod probe;
mod progress;
mod remind;
mod report;
mod reprocess;
mod request;
pub(crate) mod requests;
pub(crate) mod review;
mod review_status;
mod serve;
pub(crate) mod show;
mod tools;

use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};
use jiff::Timestamp;

use crate::config::Settings;
use crate::store::Store;

#[derive(Debug, Parser)]
#[command(
    name = "takedown",
    version,
    about = "Ledger of content-removal requests and the platforms' email confirmations"
)]
pub struct Cli {
    /// Configuration file.
    #[arg(
        long,
        global = true,
        env = "TAKEDOWN_CONFIG",
        default_value = "config.toml"
    )]
    pub config: PathBuf,
    /// Fix the clock (RFC 3339, e.g. 2024-09-10T09:00:00+09:00), for tests and demos.
    #[arg(long, global = true, env = "TAKEDOWN_NOW")]
    pub now: Option<String>,
    /// Log format on stderr: human or json.
    #[arg(long, global = true, value_parser = ["human", "json"])]
    pub log_format: Option<String>,
    /// More log output (-v: debug, -vv: trace).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Import or add removal requests.
    #[command(subcommand)]
    Request(request::RequestCmd),
    /// Ingest .eml files, Maildir folders or mbox files through the pipeline.
    Ingest(ingest::IngestArgs),
    /// Watch the configured mailboxes (or one pass with --once).
    Run(ingest::RunArgs),
    /// One request with its items and the evidence behind each status (or, given a URL, every request holding it).
    Show(show::ShowArgs),
    /// Every request holding an item whose URL contains the given URL or part.
    Find(find::FindArgs),
    /// All requests with item counts, days overdue and the last reminder.
    Requests(requests::RequestsArgs),
    /// The review queue; `review resolve` closes an entry, `review reopen` undoes that.
    Review(review::ReviewArgs),
    /// Record a staff decision on one item.
    Mark(mark::MarkArgs),
    /// Import the sample requests, ingest the sample mailbox, print the ledger (on the samples' clock).
    Demo(demo::DemoArgs),
    /// Send the reminders and the staff digest that are due (or, with --dry-run, show them).
    Remind(remind::RemindArgs),
    /// Every outgoing email and what became of it.
    Outbox(outbox::OutboxArgs),
    /// Show how one email is read (trust, references, claims) without recording it.
    Explain(explain::ExplainArgs),
    /// Validate the configuration and try each mailbox login.
    Check(check::CheckArgs),
    /// A stored email as evidence; --export FILE writes the byte-identical original.
    Evidence(evidence::EvidenceArgs),
    /// Re-run the current pipeline over stored emails; --apply writes the changes.
    Reprocess(reprocess::ReprocessArgs),
    /// A consistent copy of the ledger (SQLite online backup), safe while the daemon runs.
    Backup(backup::BackupArgs),
    /// Verify the tamper-evident history (`audit verify`).
    Audit(audit::AuditArgs),
    /// Print a shell completion script (bash, zsh or fish).
    Completions(tools::CompletionsArgs),
    /// Print the manual page (roff), e.g. `takedown man | man -l -`.
    Man,
    /// Serve the read-only staff pages and /api/ (default 127.0.0.1:8088).
    Serve(serve::ServeArgs),
    /// The per-platform, per-month compliance report as HTML, CSV or JSON.
    Report(report::ReportArgs),
    /// Look at the items' URLs now (those not looked at within `spacing`); never changes a status.
    Probe(probe::ProbeArgs),
}

/// A command's failure: the message for stderr and the exit code.
#[derive(Debug)]
pub struct Failure {
    pub code: i32,
    pub message: String,
}

impl Failure {
    pub fn usage(m: impl Into<String>) -> Failure {
        Failure {
            code: 2,
            message: m.into(),
        }
    }
    pub fn input(m: impl Into<String>) -> Failure {
        Failure {
            code: 1,
            message: m.into(),
        }
    }
}

impl From<crate::store::StoreError> for Failure {
    fn from(e: crate::store::StoreError) -> Failure {
        Failure::input(e.to_string())
    }
}

impl From<crate::config::ConfigError> for Failure {
    fn from(e: crate::config::ConfigError) -> Failure {
        Failure::usage(e.to_string())
    }
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Failure {
        Failure::input(format!("output: {e}"))
    }
}

/// What every command gets: validated settings, the clock, and a way to open the ledger.
pub struct Ctx {
    pub settings: Settings,
    pub now: Timestamp,
    pub clock_fixed: bool,
}

impl Ctx {
    pub fn store(&self) -> Result<Store, Failure> {
        let db = &self.settings.database;
        Store::open(&db.path, db.mode, db.busy_timeout).map_err(Failure::from)
    }
}

pub fn parse_now(s: Option<&str>) -> Result<(Timestamp, bool), Failure> {
    match s {
        None => Ok((Timestamp::now(), false)),
        Some(t) => t
            .parse::<Timestamp>()
            .map(|ts| (ts, true))
            .map_err(|e| Failure::usage(format!("--now / TAKEDOWN_NOW: `{t}` is not an RFC 3339 time ({e}); write e.g. 2024-09-10T09:00:00+09:00"))),
    }
}

/// Log lines' time in the configured zone with its offset, as everything
/// else a person reads.
struct LocalTimer(jiff::tz::TimeZone);

impl tracing_subscriber::fmt::time::FormatTime for LocalTimer {
    fn format_time(&self, w: &mut tracing_subscriber::fmt::format::Writer<'_>) -> std::fmt::Result {
        let now = Timestamp::now().to_zoned(self.0.clone());
        write!(w, "{}", now.strftime("%Y-%m-%dT%H:%M:%S%.3f%:z"))
    }
}

fn init_logging(cli: &Cli, settings_json: bool, tz: &jiff::tz::TimeZone) {
    let json = match cli.log_format.as_deref() {
        Some("json") => true,
        Some(_) => false,
        None => settings_json,
    };
    let default = match cli.verbose {
        0 => "info",
        1 => "debug",
        _ => "trace",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("TAKEDOWN_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    let shown = filter.to_string();
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()));
    // A fixed clock (--now, the demo's story clock) is not the time the
    // lines are written: human log lines then carry no time at all.
    let fixed = cli.now.is_some() || matches!(cli.command, Command::Demo(_));
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    let _ = if json {
        builder.json().finish().with(no_secrets()).try_init()
    } else if fixed {
        builder
            .without_time()
            .finish()
            .with(no_secrets())
            .try_init()
    } else {
        builder
            .with_timer(LocalTimer(tz.clone()))
            .finish()
            .with(no_secrets())
            .try_init()
    };
    tracing::debug!("log filter {shown} (async-imap's command log is never written)");
}

/// Whatever TAKEDOWN_LOG asks for: async-imap logs every command it sends
/// (LOGIN with the password, AUTHENTICATE with the XOAUTH2 token) and every
/// response at trace level through the `log` bridge; none of it is written.
fn no_secrets() -> tracing_subscriber::filter::FilterFn {
    tracing_subscriber::filter::filter_fn(|m| !m.target().starts_with("async_imap"))
}

/// Runs the command line; returns the process exit code.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(f) => {
            eprintln!("takedown: {}", f.message);
            f.code
        }
    }
}

fn run(cli: Cli) -> Result<i32, Failure> {
    // These need no configuration: they describe the program itself.
    match &cli.command {
        Command::Completions(a) => return tools::completions(a),
        Command::Man => return tools::man(),
        _ => {}
    }
    let (now, clock_fixed) = parse_now(cli.now.as_deref())?;
    let settings = load_settings(&cli.config)?;
    init_logging(&cli, settings.log_json, &settings.tz);
    if settings
        .trust
        .as_ref()
        .is_some_and(|t| t.require == crate::config::Require::None)
    {
        tracing::warn!(
            "trust.require = \"none\": sender authentication is not checked; use this only for tests"
        );
    }
    let ctx = Ctx {
        settings,
        now,
        clock_fixed,
    };
    match cli.command {
        Command::Request(c) => request::run(&ctx, c),
        Command::Ingest(a) => ingest::ingest(&ctx, a),
        Command::Run(a) => ingest::run(&ctx, a),
        Command::Show(a) => show::run(&ctx, a),
        Command::Find(a) => find::run(&ctx, a),
        Command::Requests(a) => requests::run(&ctx, a),
        Command::Review(a) => review::run(&ctx, a),
        Command::Mark(a) => mark::run(&ctx, a),
        Command::Demo(a) => demo::run(&ctx, a),
        Command::Remind(a) => remind::run(&ctx, a),
        Command::Outbox(a) => outbox::run(&ctx, a),
        Command::Explain(a) => explain::run(&ctx, a),
        Command::Check(a) => check::run(&ctx, a),
        Command::Evidence(a) => evidence::run(&ctx, a),
        Command::Reprocess(a) => reprocess::run(&ctx, a),
        Command::Backup(a) => backup::run(&ctx, a),
        Command::Audit(a) => audit::run(&ctx, a),
        Command::Completions(_) | Command::Man => Ok(0),
        Command::Serve(a) => serve::run(&ctx, a),
        Command::Report(a) => report::run(&ctx, a),
        Command::Probe(a) => probe::run(&ctx, a),
    }
}

fn load_settings(path: &Path) -> Result<Settings, Failure> {
    Settings::load(path).map_err(Failure::from)
}

/// Who is acting: `--by`, else the OS user.
pub fn actor(by: Option<String>) -> String {
    by.filter(|b| !b.trim().is_empty())
        .or_else(|| std::env::var("SUDO_USER").ok())
        .or_else(|| std::env::var("USER").ok())
        .or_else(|| std::env::var("LOGNAME").ok())
        .unwrap_or_else(|| format!("uid:{}", unsafe_free_uid()))
}

fn unsafe_free_uid() -> u32 {
    // /proc/self/status has "Uid:\treal\teffective…"; avoids an unsafe libc call.
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(u32::MAX)
}

pub use ingest::print_report;
