//! Issue 15: what a new staff member hits in their first hour, driven through
//! the built binary on a copy of the shipped demo (config.toml + samples/).

mod common;

use std::path::Path;

use common::*;

/// The story's clock the demo derives from the shipped samples: an hour after
/// the newest deadline plus the reminders' grace, moved to the digest's 08:30.
const STORY: &str = "2024-09-14T08:30:00+09:00";

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("read_dir") {
        let e = e.expect("entry");
        let dest = to.join(e.file_name());
        if e.file_type().expect("type").is_dir() {
            copy_dir(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), &dest).expect("copy");
        }
    }
}

/// A temp dir holding the shipped config.toml and samples/, as a new user
/// has them after cloning.
fn demo_dir() -> Env {
    let text = std::fs::read_to_string(repo().join("config.toml")).expect("config.toml");
    let env = Env::with_config(&text);
    copy_dir(&repo().join("samples"), &env.path("samples"));
    env
}

/// A demo directory after `takedown demo`.
fn demo_ledger() -> Env {
    let env = demo_dir();
    env.ok(&["demo"]);
    env
}

fn run(env: &Env, args: &[&str]) -> (i32, String, String) {
    let o = env.cmd().args(args).output().expect("run");
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stdout).to_string(),
        String::from_utf8_lossy(&o.stderr).to_string(),
    )
}

#[test]
fn demo_runs_on_the_story_clock_writes_its_outbox_and_resets() {
    let env = demo_dir();
    let out = env.ok(&["demo"]);
    assert!(out.contains(STORY), "{out}");
    // Every date the demo prints is the story's (2024), none is today's.
    let dates = regex::Regex::new(r"\b(\d{4})-\d{2}-\d{2}\b").unwrap();
    let years: std::collections::BTreeSet<&str> = dates
        .captures_iter(&out)
        .map(|c| c.get(1).unwrap().as_str())
        .collect();
    assert_eq!(years.into_iter().collect::<Vec<_>>(), vec!["2024"], "{out}");
    let mut outbox: Vec<String> = std::fs::read_dir(env.path("outbox"))
        .expect("outbox/")
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    outbox.sort();
    assert_eq!(
        outbox,
        [
            "digest-2024-09-14.eml",
            "reminder-KCSC-240901-01-1.eml",
            "reminder-KCSC-240905-01-1.eml",
            "reminder-KCSC-240906-01-1.eml"
        ]
    );
    let reminder =
        std::fs::read_to_string(env.path("outbox/reminder-KCSC-240901-01-1.eml")).unwrap();
    assert!(reminder.contains("2024"), "{reminder}");

    // Again: harmless. Then from scratch.
    env.ok(&["demo"]);
    let reset = env.ok(&["demo", "--reset"]);
    assert!(
        reset.contains("== reset: deleted") && reset.contains("takedown.db"),
        "{reset}"
    );
    let j = env.json(&["requests", "--json"]);
    assert_eq!(j.as_array().unwrap().len(), 3, "{j:#}"); // two from requests.csv, one emailed by staff

    // A changed sample (a deadline moved): the demo says how to start again,
    // and --reset does.
    let csv = std::fs::read_to_string(env.path("samples/requests.csv")).unwrap();
    std::fs::write(
        env.path("samples/requests.csv"),
        csv.replace("2024-09-12", "2024-09-13"),
    )
    .unwrap();
    let (code, _, err) = run(&env, &["demo"]);
    assert_ne!(code, 0);
    assert!(err.contains("takedown demo --reset"), "{err}");
    let again = env.ok(&["demo", "--reset"]);
    assert!(again.contains("2024-09-13 23:59 +09:00"), "{again}");

    // A ledger with someone else's request is never deleted by --reset.
    env.ok(&[
        "request",
        "add",
        "--ref",
        "REAL-1",
        "--platform",
        "x",
        "--due",
        "2024-10-01",
        "--sent",
        "2024-09-20",
        "https://x.com/a/status/1",
    ]);
    let (code, _, err) = run(&env, &["demo", "--reset"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("REAL-1") && err.contains("not deleted"),
        "{err}"
    );
    assert!(env.path("takedown.db").exists());
}

#[test]
fn names_times_and_arguments_as_the_user_gave_them() {
    let env = demo_ledger();
    let now = ["--now", STORY];
    // Any case; an unknown reference suggests the closest.
    let show = env.ok(&[&now[..], &["show", "kcsc-240901-01"]].concat());
    assert!(
        show.starts_with("KCSC-240901-01  telegram  sent 2024-09-01 23:59 +09:00"),
        "{show}"
    );
    let (code, _, err) = run(&env, &["show", "KCSC-240901-1"]);
    assert_eq!(code, 1);
    assert!(err.contains("did you mean KCSC-240901-01?"), "{err}");
    // Platforms: any case; an unknown one lists the configured ids.
    let tg = env.json(&["requests", "--platform", "Telegram", "--json"]);
    assert_eq!(tg.as_array().unwrap().len(), 1);
    let (code, _, err) = run(&env, &["requests", "--platform", "tg"]);
    assert_eq!(code, 2);
    assert!(err.contains("telegram, x"), "{err}");
    // Argument errors speak of arguments.
    let (code, _, err) = run(
        &env,
        &[
            "request",
            "add",
            "--ref",
            "R-1",
            "--platform",
            "x",
            "--due",
            "next friday",
            "https://x.com/a/status/1",
        ],
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("--due") && !err.contains("column"),
        "an argument error names the argument: {err}"
    );
    // --help describes every argument (checked exhaustively by a unit test);
    // here as the user sees it.
    let help = env.ok(&["review", "resolve", "--help"]);
    assert!(help.contains("SHA-256"), "{help}");
}

#[test]
fn look_up_by_url_and_part_of_one() {
    let env = demo_ledger();
    // The matcher's key: scheme, www., case of the host, fragment.
    let show = env.ok(&["show", "http://www.T.me/dfk_sample_d/4004#top"]);
    let lines: Vec<&str> = show.lines().collect();
    assert_eq!(lines.len(), 2, "{show}");
    assert!(
        lines[1].starts_with("KCSC-240901-01  telegram  https://t.me/dfk_sample_d/4004  pending"),
        "{show}"
    );
    let j = env.json(&["show", "https://t.me/dfk_sample_b/2002", "--json"]);
    assert_eq!(j[0]["status"], "removed");
    assert_eq!(j[0]["evidence"], "tg-0909-1@telegram.org");
    assert_eq!(j[0]["evidence_sha256"].as_str().unwrap().len(), 64);
    let (code, _, err) = run(&env, &["show", "https://t.me/dfk_sample_d/9999"]);
    assert_eq!(code, 1);
    assert!(err.contains("takedown find"), "{err}");

    let found = env.json(&["find", "SAMPLE_C", "--json"]);
    let urls: Vec<&str> = found
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["url"].as_str().unwrap())
        .collect();
    assert_eq!(
        urls,
        [
            "https://t.me/dfk_sample_c/3001",
            "https://t.me/dfk_sample_c/3002"
        ]
    );
    let x = env.ok(&["find", "status/1830000000000000002"]);
    assert!(x.contains("KCSC-240905-01") && x.contains("pending"), "{x}");
    let (code, _, _) = run(&env, &["find", "nothing-like-this"]);
    assert_eq!(code, 1);
}

#[test]
fn review_entries_have_ids_details_and_can_always_be_closed() {
    let env = demo_ledger();
    let now = "2024-09-14T10:00:00+09:00";
    // A file that is not an email: recorded, and in review as malformed.
    let notes = env.write("notes.txt", "meeting notes, not an email at all\n");
    let line = env.ok(&["--now", now, "ingest", notes.to_str().unwrap()]);
    assert!(
        line.starts_with("review") && line.contains("malformed"),
        "{line}"
    );
    let entries = env.json(&["review", "--json"]);
    let entries = entries.as_array().unwrap();
    // The samples' spoof, their "will be removed within 24 hours if …"
    // promise about two named items (seen, not ignored), the file above.
    assert_eq!(entries.len(), 3, "{entries:#?}");
    let spoof = &entries[0];
    let promise = &entries[1];
    let malformed = &entries[2];
    assert_eq!(spoof["reason"], "untrusted");
    assert_eq!(promise["reason"], "not_understood");
    assert_eq!(malformed["reason"], "malformed");
    let promise_id = promise["id"].as_i64().unwrap();
    let (spoof_id, bad_id) = (
        spoof["id"].as_i64().unwrap(),
        malformed["id"].as_i64().unwrap(),
    );
    assert_ne!(spoof_id, bad_id);
    // The table: the id first, the detail (which check failed) shown.
    let table = env.ok(&["review"]);
    assert!(table.starts_with("ID "), "{table}");
    let spoof_line = table.lines().nth(1).unwrap();
    assert!(
        spoof_line.starts_with(&format!("{spoof_id} "))
            && spoof_line.contains("dmarc=fail at mx.kcsc.example"),
        "{table}"
    );
    assert!(
        table.contains("sha256 ") && table.contains("file:notes.txt"),
        "{table}"
    );

    // A SHA-256 prefix: too short is refused with what to type.
    let sha = malformed["sha256"].as_str().unwrap();
    let (code, _, err) = run(&env, &["review", "resolve", &sha[..11], "--note", "x"]);
    assert_eq!(code, 1);
    assert!(err.contains("at least 12 hex digits"), "{err}");
    let done = env.ok(&[
        "--now",
        now,
        "review",
        "resolve",
        &sha[..12],
        "--note",
        "not an email",
        "--by",
        "kim",
    ]);
    assert!(
        done.contains(&format!("resolved review entry id {bad_id}")),
        "{done}"
    );
    // Withdrawn from review, its record kept.
    let ev = env.json(&["evidence", sha, "--json"]);
    assert_eq!(ev["sha256"], sha);
    // Resolving it again says so.
    let (code, _, err) = run(
        &env,
        &["review", "resolve", &bad_id.to_string(), "--note", "x"],
    );
    assert_ne!(code, 0);
    assert!(err.contains("already resolved"), "{err}");

    // By Message-ID, then the queue is empty and says so.
    env.ok(&[
        "--now",
        now,
        "review",
        "resolve",
        "<spoof-0904@mailer.example>",
        "--note",
        "spoofed, reported",
        "--by",
        "lee",
    ]);
    env.ok(&[
        "--now",
        now,
        "review",
        "resolve",
        &promise_id.to_string(),
        "--note",
        "a promise; the reminder will ask again",
        "--by",
        "lee",
    ]);
    assert_eq!(env.ok(&["review"]), "no entries awaiting review\n");
    let all = env.ok(&["--now", now, "review", "--all"]);
    assert!(
        all.contains("2024-09-14 10:00 +09:00 by kim: not an email")
            && all.contains("by lee: spoofed, reported"),
        "{all}"
    );
    let j = env.json(&["review", "--all", "--json"]);
    assert_eq!(j[2]["resolved_by"], "kim");
    assert_eq!(j[2]["resolution_note"], "not an email");
    assert_eq!(j[2]["resolved_at"], now);

    // Every decision can be undone: reopen puts the entry back, keeping
    // the earlier resolution in its note.
    let back = env.ok(&[
        "--now",
        "2024-09-15T09:00:00+09:00",
        "review",
        "reopen",
        &bad_id.to_string(),
        "--note",
        "it was an email after all",
        "--by",
        "lee",
    ]);
    assert_eq!(back, format!("reopened review entry id {bad_id} by lee\n"));
    let open = env.json(&["review", "--json"]);
    assert_eq!(open.as_array().unwrap().len(), 1);
    assert_eq!(open[0]["id"], bad_id);
    assert_eq!(
        open[0]["resolution_note"],
        "reopened by lee at 2024-09-15 09:00 +09:00: it was an email after all (was resolved by kim at 2024-09-14 10:00 +09:00: not an email)"
    );
}

#[test]
fn one_message_id_on_two_open_entries_lists_the_candidates() {
    let env = demo_ledger();
    // Two stored emails with one Message-ID, both in review (a re-sent
    // email recorded before duplicates were recognised, say): the id is the
    // only way to tell them apart, so takedown asks for it.
    let db = rusqlite::Connection::open(env.path("takedown.db")).unwrap();
    let cols: Vec<String> = db
        .prepare("SELECT name FROM pragma_table_info('messages') WHERE name NOT IN ('id','sha256')")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let cols = cols.join(", ");
    db.execute(
        &format!(
            "INSERT INTO messages (sha256, {cols}) SELECT '{}', {cols} FROM messages WHERE message_id = 'spoof-0904@mailer.example'",
            "ab".repeat(32)
        ),
        [],
    )
    .unwrap();
    db.execute(
        "INSERT INTO review (message, reason, detail, created_at) SELECT id, 'untrusted', 'second copy', '2024-09-14T00:00:00Z' FROM messages WHERE sha256 = ?1",
        ["ab".repeat(32)],
    )
    .unwrap();
    drop(db);
    let (code, _, err) = run(
        &env,
        &[
            "review",
            "resolve",
            "spoof-0904@mailer.example",
            "--note",
            "x",
        ],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("names 2 open review entries")
            && err.contains("id 1 ")
            && err.contains("sha256 abababababab"),
        "{err}"
    );
    let ok = env.ok(&["review", "resolve", "abababababab", "--note", "second copy"]);
    assert!(ok.contains("resolved review entry id"), "{ok}");
    // Now the Message-ID names one open entry.
    env.ok(&[
        "review",
        "resolve",
        "spoof-0904@mailer.example",
        "--note",
        "x",
    ]);
}

#[test]
fn short_hashes_and_stored_emails() {
    let env = demo_ledger();
    let audit = env.json(&["audit", "verify", "--json"]);
    let head = audit["head"].as_str().unwrap().to_string();
    assert_eq!(head.len(), 64);
    assert_eq!(audit["ok"], true);
    let ok = env.ok(&["audit", "verify", "--head", &head[..12]]);
    assert!(ok.contains("OK"), "{ok}");
    let (code, _, err) = run(&env, &["audit", "verify", "--head", &head[..11]]);
    assert_eq!(code, 2);
    assert!(err.contains("first 12"), "{err}");
    let (code, out, _) = run(&env, &["audit", "verify", "--head", "ffffffffffff"]);
    assert_eq!(code, 1);
    assert!(out.contains("not in the chain"), "{out}");

    let show = env.json(&["show", "KCSC-240901-01", "--json"]);
    let sha = show["items"][0]["evidence_sha256"].as_str().unwrap();
    let ev = env.ok(&["evidence", &sha[..12]]);
    assert!(
        ev.contains("<tg-0902-1@telegram.org>")
            && ev.contains("date         2024-09-02")
            && ev.contains("  | "),
        "{ev}"
    );
    let j = env.json(&["evidence", &sha[..16], "--json"]);
    assert!(
        j["date"].as_str().unwrap().starts_with("2024-09-02"),
        "{j:#}"
    );
    assert!(
        j["text"].as_str().unwrap().contains("dfk_sample_a/1001"),
        "{j:#}"
    );

    let ex = env.ok(&["explain", "<tg-0902-1@telegram.org>"]);
    assert!(
        ex.contains("removed    https://t.me/dfk_sample_a/1001"),
        "{ex}"
    );
}

#[test]
fn useful_output() {
    // Ingest lines fit 100 columns; --json keeps the whole origin.
    let fresh = demo_dir();
    let csv = fresh.path("samples/requests.csv");
    let inbox = fresh.path("samples/inbox");
    let (csv, inbox) = (csv.to_str().unwrap(), inbox.to_str().unwrap());
    fresh.ok(&["--now", STORY, "request", "import", csv]);
    let lines = fresh.ok(&["--now", STORY, "ingest", inbox]);
    assert!(lines.lines().count() > 12, "{lines}");
    for l in lines.lines().filter(|l| !l.starts_with(' ')) {
        assert!(
            l.chars().count() <= 100,
            "{} columns: {l}",
            l.chars().count()
        );
    }
    let other = demo_dir();
    let inbox = other.path("samples/inbox");
    let json = other.ok(&["--now", STORY, "ingest", "--json", inbox.to_str().unwrap()]);
    let first: serde_json::Value = serde_json::from_str(json.lines().next().unwrap()).unwrap();
    assert_eq!(
        first["origin"].as_str().unwrap(),
        format!(
            "maildir:{}/cur/1725152400.M1P1.samples:2,S",
            inbox.display()
        ),
        "{first}"
    );

    let env = demo_ledger();
    // requests: state and deadline filters, days overdue, last reminder.
    let now = ["--now", STORY];
    let overdue = env.json(&[&now[..], &["requests", "--state", "overdue", "--json"]].concat());
    let refs: Vec<(&str, i64)> = overdue
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["ref"].as_str().unwrap(),
                r["days_overdue"].as_i64().unwrap(),
            )
        })
        .collect();
    // Oldest deadline first: KCSC-240906-01 (emailed by staff, X's 72 h deadline) is due before KCSC-240905-01.
    assert_eq!(
        refs,
        [
            ("KCSC-240901-01", 5),
            ("KCSC-240906-01", 3),
            ("KCSC-240905-01", 1)
        ]
    );
    assert!(
        overdue[0]["last_reminder"]
            .as_str()
            .unwrap()
            .starts_with("2024-09-14T08:30")
    );
    let closed = env.json(&[&now[..], &["requests", "--state", "closed", "--json"]].concat());
    assert_eq!(closed.as_array().unwrap().len(), 0);
    let before = env.json(&["requests", "--due-before", "2024-09-10", "--json"]);
    assert_eq!(before.as_array().unwrap().len(), 1);
    assert_eq!(before[0]["ref"], "KCSC-240901-01");
    let after = env.json(&["requests", "--due-after", "2024-09-10", "--json"]);
    let after: Vec<&str> = after
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["ref"].as_str().unwrap())
        .collect();
    assert!(
        after.contains(&"KCSC-240905-01") && !after.contains(&"KCSC-240901-01"),
        "{after:?}"
    );
    let (code, _, err) = run(&env, &["requests", "--due-before", "soon"]);
    assert_eq!(code, 2);
    assert!(err.contains("--due-before"), "{err}");
    let table = env.ok(&[&now[..], &["requests"]].concat());
    assert!(
        table.contains("DAYS_LATE") && table.contains("LAST_REMINDER"),
        "{table}"
    );

    // show --csv: a header and one row per item.
    let csv = env.ok(&["show", "KCSC-240905-01", "--csv"]);
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows.len(), 4, "{csv}");
    assert!(rows[0].starts_with("ref,url,status,"), "{csv}");
    assert!(
        rows[1].starts_with("KCSC-240905-01,https://x.com/"),
        "{csv}"
    );

    // mark to the status it has: nothing recorded, and said so; the stored URL echoed.
    let events = |env: &Env| {
        let h = env.json(&["show", "KCSC-240901-01", "--history", "--json"]);
        h["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["history"].as_array().unwrap().len())
            .sum::<usize>()
    };
    // A platform's "removed" confirmed by staff is a change (it becomes a
    // staff decision, which later platform statements cannot override)...
    let before = events(&env);
    let first = env.ok(&[
        "mark",
        "kcsc-240901-01",
        "http://www.t.me/dfk_sample_a/1001",
        "removed",
        "--note",
        "checked",
    ]);
    assert!(
        first.starts_with(
            "KCSC-240901-01 https://t.me/dfk_sample_a/1001: removed -> removed (staff decision by "
        ),
        "{first}"
    );
    assert_eq!(events(&env), before + 1);
    // ...the same mark again records nothing, and says so.
    let same = env.ok(&[
        "mark",
        "KCSC-240901-01",
        "https://t.me/dfk_sample_a/1001",
        "removed",
        "--note",
        "checked",
    ]);
    assert_eq!(
        same,
        "KCSC-240901-01 https://t.me/dfk_sample_a/1001: already removed by a staff decision; nothing recorded\n"
    );
    assert_eq!(events(&env), before + 1);
    let before = before + 1;
    let changed = env.ok(&[
        "mark",
        "KCSC-240901-01",
        "T.ME/dfk_sample_d/4004",
        "removed",
        "--note",
        "checked by hand",
        "--by",
        "kim",
    ]);
    assert!(
        changed.starts_with("KCSC-240901-01 https://t.me/dfk_sample_d/4004: pending -> removed"),
        "{changed}"
    );
    assert_eq!(events(&env), before + 1);
}

#[test]
fn completions_and_man_page_need_no_configuration() {
    let env = Env::with_config("this is not a configuration");
    for (shell, marker) in [
        ("bash", "_takedown()"),
        ("zsh", "#compdef takedown"),
        ("fish", "complete -c takedown"),
    ] {
        let out = env.ok(&["completions", shell]);
        assert!(out.contains(marker), "{shell}: {out}");
        assert!(out.contains("resolve"), "{shell} completes subcommands");
    }
    let man = env.ok(&["man"]);
    assert!(
        man.contains(".TH takedown") && man.contains("review"),
        "{man}"
    );
}

/// Every command's text output piped into `head -1` ends quietly: exit 0,
/// or 141 (SIGPIPE), never a panic. The ledger is large enough that each long
/// listing overflows the pipe's buffer, so the write after `head` has gone
/// really fails.
#[test]
fn piping_any_command_into_head_ends_quietly() {
    let env = demo_ledger();
    // 1,500 more requests (one with 3,000 items) and 400 review entries.
    let mut csv = String::from("ref,platform,sent_at,due_at,url\n");
    for i in 0..1500 {
        csv.push_str(&format!(
            "PIPE-{i:05},x,2024-09-01,2024-09-08,https://x.com/p/status/{i}\n"
        ));
    }
    for i in 0..3000 {
        csv.push_str(&format!(
            "PIPE-BIG,telegram,2024-09-01,2024-09-08,https://t.me/pipe_big/{i}\n"
        ));
    }
    let file = env.write("pipe.csv", &csv);
    env.ok(&["request", "import", file.to_str().unwrap()]);
    let mut mbox = String::new();
    for i in 0..400 {
        mbox.push_str(&format!(
            "From someone Mon Sep  2 10:00:00 2024\nFrom: Someone <s{i}@elsewhere.example>\nSubject: note {i}\nMessage-ID: <pipe-{i}@elsewhere.example>\nDate: Mon, 2 Sep 2024 10:00:00 +0900\n\nhttps://t.me/pipe_big/{i} removed\n\n"
        ));
    }
    let mbox = env.write("pipe.mbox", &mbox);
    env.ok(&["ingest", mbox.to_str().unwrap()]);
    env.ok(&[
        "mark",
        "PIPE-BIG",
        "https://t.me/pipe_big/1",
        "removed",
        "--note",
        "history",
    ]);
    let sample = repo().join("samples/inbox/cur/1725152400.M1P1.samples:2,S");
    let sample = sample.to_str().unwrap();
    let commands: &[&[&str]] = &[
        &["show", "PIPE-BIG", "--history"],
        &["show", "PIPE-BIG", "--csv"],
        &["show", "PIPE-BIG", "--json"],
        &["show", "https://t.me/pipe_big/7"],
        &["find", "pipe_big", "--limit", "5000"],
        &["requests"],
        &["requests", "--csv"],
        &["requests", "--json"],
        &["review"],
        &["review", "--all"],
        &["review", "--json"],
        &["audit", "verify"],
        &["outbox"],
        &["evidence", "tg-0903-1@telegram.org"],
        &["explain", sample],
        &["remind", "--dry-run"],
        &["reprocess"],
        &["ingest", sample],
        &["completions", "bash"],
        &["man"],
        &["--help"],
    ];
    let bin = assert_cmd::cargo::cargo_bin("takedown");
    let mut failures = Vec::new();
    for args in commands {
        let mut line = format!(
            "'{}' --config '{}'",
            bin.display(),
            env.path("config.toml").display()
        );
        for a in *args {
            line.push_str(&format!(" '{a}'"));
        }
        let script = format!("{line} | head -1 >/dev/null; exit ${{PIPESTATUS[0]}}");
        let o = std::process::Command::new("bash")
            .arg("-c")
            .arg(&script)
            .env("TAKEDOWN_LOG", "warn")
            .env_remove("TAKEDOWN_CONFIG")
            .output()
            .expect("bash");
        let code = o.status.code().unwrap_or(-1);
        let err = String::from_utf8_lossy(&o.stderr);
        if !(code == 0 || code == 141) || err.contains("panicked") {
            failures.push(format!("takedown {}: exit {code}: {err}", args.join(" ")));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// What the Debian package installs is there and is valid, without building
/// the package (`cargo deb` is a release build: kept out of the test run).
#[test]
fn the_debian_package_metadata_names_files_that_exist_and_work() {
    let manifest: toml::Value =
        toml::from_str(&std::fs::read_to_string(repo().join("Cargo.toml")).unwrap()).unwrap();
    let deb = &manifest["package"]["metadata"]["deb"];
    let assets = deb["assets"].as_array().expect("assets");
    let mut targets = Vec::new();
    for a in assets {
        let (src, dest) = (a[0].as_str().unwrap(), a[1].as_str().unwrap());
        if let Some((dir, ext)) = src.split_once("/*.") {
            let n = std::fs::read_dir(repo().join(dir))
                .unwrap()
                .filter(|e| {
                    e.as_ref()
                        .is_ok_and(|e| e.path().extension().is_some_and(|x| x == ext))
                })
                .count();
            assert!(n > 0, "asset {src} matches nothing");
        } else if !src.starts_with("target/") {
            assert!(repo().join(src).is_file(), "asset {src} missing");
        }
        targets.push(dest.to_string());
    }
    assert!(targets.contains(&"usr/bin/".to_string()), "{targets:?}");
    assert!(
        targets.contains(&"etc/takedown/config.toml".to_string()),
        "{targets:?}"
    );
    let scripts = repo().join(deb["maintainer-scripts"].as_str().unwrap());
    let postinst = std::fs::read_to_string(scripts.join("postinst")).unwrap();
    for needed in ["adduser --system", "/var/lib/takedown", "#DEBHELPER#"] {
        assert!(postinst.contains(needed), "postinst lacks {needed}");
    }
    let units = repo().join(deb["systemd-units"]["unit-scripts"].as_str().unwrap());
    let unit = std::fs::read_to_string(units.join("takedown.service")).unwrap();
    assert!(
        unit.contains("ExecStart=takedown --config /etc/takedown/config.toml run"),
        "{unit}"
    );
    // The configuration the package installs is one takedown accepts.
    let s = takedown::config::Settings::load(&repo().join("contrib/deb/config.toml"))
        .unwrap_or_else(|e| panic!("contrib/deb/config.toml: {e}"));
    assert_eq!(
        s.database.path,
        std::path::PathBuf::from("/var/lib/takedown/takedown.db")
    );
}
