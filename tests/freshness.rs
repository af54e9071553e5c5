//! The freshness gate with local mailboxes (no server needed): a Maildir
//! blocks reminders only when it cannot be read, and `run --once` records
//! its pass in mailbox_passes on the command's clock.

mod common;

use common::{Env, MINI_CONFIG};

const NOW: &str = "2024-09-10T10:00:00+09:00";

fn env() -> Env {
    let env = Env::with_config(&format!(
        "{MINI_CONFIG}\n[[mailbox]]\nname = \"local\"\nkind = \"maildir\"\npath = \"inbox\"\n[smtp]\nkind = \"file\"\npath = \"outbox\"\nfrom = \"takedown@kcsc.example\"\n[reminders]\n"
    ));
    for d in ["inbox/cur", "inbox/new", "inbox/tmp", "outbox"] {
        std::fs::create_dir_all(env.path(d)).expect("mkdir");
    }
    let csv = env.write(
        "requests.csv",
        "ref,platform,sent_at,due_at,url\nKCSC-240901-01,telegram,2024-09-01,2024-09-05,https://t.me/a/1\n",
    );
    env.ok(&["request", "import", csv.to_str().expect("utf-8")]);
    env
}

fn sent(env: &Env) -> usize {
    std::fs::read_dir(env.path("outbox"))
        .map(|d| d.count())
        .unwrap_or(0)
}

#[test]
fn an_unreadable_maildir_holds_reminders_and_a_readable_one_does_not() {
    let env = env();
    std::fs::rename(env.path("inbox"), env.path("gone")).expect("rename");
    let out = env
        .cmd()
        .args(["--now", NOW, "remind"])
        .output()
        .expect("remind");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("held") && stdout.contains("mailbox local cannot be read"),
        "{stdout}"
    );
    assert_eq!(sent(&env), 0);
    let json = env
        .cmd()
        .args(["--now", NOW, "remind", "--json", "--dry-run"])
        .output()
        .expect("remind --json");
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    assert_eq!(v["held"][0]["mailbox"], "local", "{v:#}");

    // Readable again: the reminder goes out; no IMAP mailbox needs a pass.
    std::fs::rename(env.path("gone"), env.path("inbox")).expect("rename");
    let stdout = env.ok(&["--now", NOW, "remind"]);
    assert!(stdout.contains("sent"), "{stdout}");
    assert_eq!(sent(&env), 1);
}

#[test]
fn run_once_records_a_local_pass_on_the_commands_clock() {
    let env = env();
    env.ok(&["--now", NOW, "run", "--once"]);
    let c = rusqlite::Connection::open(env.path("t.db")).expect("ledger");
    let (kind, last, failures): (String, String, i64) = c
        .query_row(
            "SELECT kind, last_full_pass_at, consecutive_failures FROM mailbox_passes WHERE mailbox = 'local'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .expect("a pass row");
    assert_eq!(
        (kind.as_str(), last.as_str(), failures),
        ("maildir", "2024-09-10T01:00:00Z", 0)
    );
}
