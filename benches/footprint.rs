//! Footprint (issue 7):
//!
//! * the daemon (`takedown run`) idling in IMAP IDLE on two mailboxes (two
//!   Dovecot users on 127.0.0.1) for `--idle-secs` (default 600): VmRSS and
//!   VmHWM from /proc/PID/status, CPU time (utime + stime from /proc/PID/stat)
//!   spent during the idle period (measured from 10 s after start);
//! * peak RSS (the child's ru_maxrss) of `takedown ingest` of one 25 MB email
//!   (a reply listing 2,000 URLs with statuses plus a 17 MB attachment, under
//!   the default 25 MiB `limits.max_message_bytes`).
//!
//!     cargo bench --bench footprint -- [--idle-secs 600]

#[path = "support/mailgen.rs"]
mod mailgen;
#[path = "../tests/support/mailservers.rs"]
mod mailservers;

use std::process::{Command, Stdio};
use std::time::Duration;

use mailservers::{Dovecot, DovecotOptions};

fn status_kb(pid: u32, key: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(key))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// utime + stime in seconds.
fn cpu_secs(pid: u32) -> f64 {
    let s = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the command name in parentheses: state is field 3, utime 14, stime 15.
    let rest = s.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let f: Vec<&str> = rest.split_whitespace().collect();
    let tick = 100.0; // sysconf(_SC_CLK_TCK) on Linux
    let ut: f64 = f.get(11).and_then(|v| v.parse().ok()).unwrap_or(0.0);
    let st: f64 = f.get(12).and_then(|v| v.parse().ok()).unwrap_or(0.0);
    (ut + st) / tick
}

fn big_email() -> Vec<u8> {
    let (_, reply) = mailgen::single(mailgen::PER_LINE, 2000, 9);
    let text = String::from_utf8(reply).unwrap();
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    let head = head
        .replace(
            "Content-Type: text/plain; charset=utf-8",
            "Content-Type: multipart/mixed; boundary=\"BIG\"",
        )
        .replace(
            "Content-Transfer-Encoding: 8bit",
            "Content-Transfer-Encoding: 7bit",
        );
    let mut r = mailgen::Rng::new(1);
    let noise: Vec<u8> = (0..17_500_000).map(|_| r.next_u64() as u8).collect();
    let mut b64 = String::with_capacity(noise.len() * 14 / 10);
    const T: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (k, c) in noise.chunks(3).enumerate() {
        if k > 0 && k % 19 == 0 {
            b64.push_str("\r\n");
        }
        let v = (c[0] as u32) << 16
            | (*c.get(1).unwrap_or(&0) as u32) << 8
            | *c.get(2).unwrap_or(&0) as u32;
        for j in 0..4 {
            b64.push(if j <= c.len() {
                T[(v >> (18 - 6 * j) & 63) as usize] as char
            } else {
                '='
            });
        }
    }
    format!(
        "{head}\r\n\r\n--BIG\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n--BIG\r\n\
         Content-Type: image/png; name=\"screenshots.png\"\r\nContent-Disposition: attachment; filename=\"screenshots.png\"\r\n\
         Content-Transfer-Encoding: base64\r\n\r\n{b64}\r\n--BIG--\r\n"
    )
    .into_bytes()
}

fn main() {
    let mut idle = 600u64;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        if a == "--idle-secs" {
            idle = it
                .next()
                .and_then(|v| v.parse().ok())
                .expect("--idle-secs N");
        }
    }
    let bin = env!("CARGO_BIN_EXE_takedown");
    let work = tempfile::tempdir().unwrap();
    let dir = work.path();

    // Peak RSS ingesting a 25 MB email.
    let big = big_email();
    std::fs::write(dir.join("big.eml"), &big).unwrap();
    let (req, _) = mailgen::single(mailgen::PER_LINE, 2000, 9);
    let mut csv = String::from("ref,platform,sent_at,due_at,url\n");
    for u in &req.urls {
        csv.push_str(&format!(
            "{},telegram,{},{},{u}\n",
            req.reference,
            mailgen::rfc3339(req.sent),
            mailgen::rfc3339(req.due)
        ));
    }
    std::fs::write(dir.join("big.csv"), csv).unwrap();
    std::fs::write(dir.join("big.toml"), mailgen::config_toml("big.db", "")).unwrap();
    let ok = Command::new(bin)
        .arg("--config")
        .arg(dir.join("big.toml"))
        .args(["request", "import"])
        .arg(dir.join("big.csv"))
        .output()
        .unwrap();
    assert!(ok.status.success());
    let child = Command::new(bin)
        .arg("--config")
        .arg(dir.join("big.toml"))
        .args(["ingest", "--json"])
        .arg(dir.join("big.eml"))
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id() as i32;
    let out = child.wait_with_output().unwrap();
    // wait_with_output reaped it; RUSAGE_CHILDREN now covers it (the only child so far besides the import).
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut ru) };
    let _ = pid;
    let line = String::from_utf8_lossy(&out.stdout);
    let v: serde_json::Value =
        serde_json::from_str(line.lines().next().unwrap_or("{}")).unwrap_or_default();
    println!(
        "ingest of one {:.1} MB email ({} changes, outcome {}): peak RSS {:.1} MB (target <= 150 MB)",
        big.len() as f64 / 1e6,
        v["changes"].as_array().map(|a| a.len()).unwrap_or(0),
        v["outcome"],
        ru.ru_maxrss as f64 / 1024.0
    );

    // Idle on two mailboxes.
    let a = Dovecot::start(DovecotOptions::default()).expect("dovecot a");
    let b = Dovecot::start(DovecotOptions {
        user: "second".into(),
        ..Default::default()
    })
    .expect("dovecot b");
    let mb = |name: &str, dc: &Dovecot, var: &str| {
        format!(
            "[[mailbox]]\nname = \"{name}\"\nkind = \"imap\"\nhost = \"127.0.0.1\"\nport = {}\ntls = \"none\"\nusername = \"{}\"\npassword_env = \"{var}\"\nidle = true\n",
            dc.imap_port, dc.user
        )
    };
    let mailboxes = format!(
        "{}\n{}",
        mb("one", &a, "BENCH_PW_A"),
        mb("two", &b, "BENCH_PW_B")
    );
    std::fs::write(
        dir.join("idle.toml"),
        mailgen::config_toml("idle.db", &mailboxes),
    )
    .unwrap();
    let mut d = Command::new(bin)
        .arg("--config")
        .arg(dir.join("idle.toml"))
        .arg("run")
        .env("BENCH_PW_A", &a.password)
        .env("BENCH_PW_B", &b.password)
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let pid = d.id();
    std::thread::sleep(Duration::from_secs(10));
    let (cpu0, rss0) = (cpu_secs(pid), status_kb(pid, "VmRSS:"));
    std::thread::sleep(Duration::from_secs(idle));
    let (cpu1, rss1, hwm) = (
        cpu_secs(pid),
        status_kb(pid, "VmRSS:"),
        status_kb(pid, "VmHWM:"),
    );
    let _ = d.kill();
    let _ = d.wait();
    println!(
        "daemon idle on two IMAP mailboxes for {idle} s: RSS {:.1} MB at start, {:.1} MB at end, peak {:.1} MB (target <= 20 MB); CPU {:.2} s over the {idle} s (target <= 1 s per 600 s)",
        rss0 as f64 / 1024.0,
        rss1 as f64 / 1024.0,
        hwm as f64 / 1024.0,
        cpu1 - cpu0
    );
}
