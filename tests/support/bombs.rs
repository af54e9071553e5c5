//! Generated hostile emails ("bombs"), shared by the hostile-input tests and
//! the bomb benchmark (benches/bombs.rs): each is small to send and was, or
//! could be, costly to read.

/// (name, bytes) of every generated bomb.
pub fn all() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("deep-rfc822-1000", deep_rfc822(1000)),
        ("deep-multipart-1000", deep_multipart(1000)),
        ("rfc822-fanout-3x8", rfc822_fanout(3, 8)),
        ("parts-20000", many_parts(20_000)),
        ("header-fields-50000", many_headers(50_000)),
        ("urls-60000-one-line", urls_on_one_line(60_000)),
        (
            "encoded-rfc822-parts-20000",
            encoded_rfc822(&many_parts(20_000)),
        ),
    ]
}

const HEAD: &str = "From: Telegram Abuse <abuse@telegram.org>\r\nTo: takedown@kcsc.example\r\nSubject: Re: KCSC-240901-01\r\nDate: Mon, 2 Sep 2024 10:00:00 +0900\r\nMIME-Version: 1.0\r\n";

fn message_id(name: &str) -> String {
    format!("Message-ID: <bomb-{name}@telegram.org>\r\n")
}

/// An email attached inside an attached email, `levels` deep.
pub fn deep_rfc822(levels: usize) -> Vec<u8> {
    let mut s = format!("{HEAD}{}", message_id("deep-rfc822"));
    for _ in 0..levels {
        s.push_str("Content-Type: message/rfc822\r\n\r\n");
    }
    s.push_str("Content-Type: text/plain\r\n\r\nhttps://t.me/chan/1 removed\r\n");
    s.into_bytes()
}

/// Multiparts inside multiparts, `levels` deep, each closed properly.
pub fn deep_multipart(levels: usize) -> Vec<u8> {
    let mut s = format!("{HEAD}{}", message_id("deep-multipart"));
    for i in 0..levels {
        s.push_str(&format!(
            "Content-Type: multipart/mixed; boundary=\"b{i}\"\r\n\r\n--b{i}\r\n"
        ));
    }
    s.push_str("Content-Type: text/plain\r\n\r\nhttps://t.me/chan/1 removed\r\n");
    for i in (0..levels).rev() {
        s.push_str(&format!("--b{i}--\r\n"));
    }
    s.into_bytes()
}

/// Each level holds `fan` attached emails, `levels` deep (fan^levels leaves
/// if every level were read again from the top).
pub fn rfc822_fanout(fan: usize, levels: usize) -> Vec<u8> {
    fn entity(fan: usize, level: usize) -> String {
        if level == 0 {
            return "Content-Type: text/plain\r\n\r\nhttps://t.me/chan/1 removed\r\n".into();
        }
        let b = format!("f{level}");
        let mut s = format!("Content-Type: multipart/mixed; boundary=\"{b}\"\r\n\r\n");
        for _ in 0..fan {
            s.push_str(&format!("--{b}\r\nContent-Type: message/rfc822\r\n\r\n"));
            s.push_str(&entity(fan, level - 1));
        }
        s.push_str(&format!("--{b}--\r\n"));
        s
    }
    format!("{HEAD}{}{}", message_id("fanout"), entity(fan, levels)).into_bytes()
}

/// One multipart with `n` small text parts.
pub fn many_parts(n: usize) -> Vec<u8> {
    let mut s = format!(
        "{HEAD}{}Content-Type: multipart/mixed; boundary=\"p\"\r\n\r\n",
        message_id("parts")
    );
    for i in 0..n {
        s.push_str(&format!(
            "--p\r\nContent-Type: text/plain\r\n\r\nhttps://t.me/chan/{i} removed\r\n"
        ));
    }
    s.push_str("--p--\r\n");
    s.into_bytes()
}

/// `n` header fields before a short body.
pub fn many_headers(n: usize) -> Vec<u8> {
    let mut s = format!("{HEAD}{}", message_id("headers"));
    for i in 0..n {
        s.push_str(&format!("X-Filler-{i}: value {i}\r\n"));
    }
    s.push_str("Content-Type: text/plain\r\n\r\nhttps://t.me/chan/1 removed\r\n");
    s.into_bytes()
}

/// `n` URLs on one line of a plain-text confirmation.
pub fn urls_on_one_line(n: usize) -> Vec<u8> {
    let mut s = format!(
        "{HEAD}{}Content-Type: text/plain; charset=utf-8\r\n\r\nThe following have been removed: ",
        message_id("urls")
    );
    for i in 0..n {
        s.push_str(&format!("https://t.me/chan/{i} "));
    }
    s.push_str("\r\n");
    s.into_bytes()
}

/// `inner` as a base64 message/rfc822 attachment (mail-parser decodes and
/// reads such attachments).
pub fn encoded_rfc822(inner: &[u8]) -> Vec<u8> {
    let mut s = format!(
        "{HEAD}{}Content-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\n",
        message_id("encoded")
    );
    let b64 = base64(inner);
    for line in b64.as_bytes().chunks(76) {
        s.push_str(std::str::from_utf8(line).expect("base64 is ASCII"));
        s.push_str("\r\n");
    }
    s.into_bytes()
}

/// Standard base64 with padding, on one line.
pub fn base64(bytes: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len() / 3 * 4 + 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let v = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for i in 0..4 {
            out.push(if i <= chunk.len() {
                T[(v >> (18 - 6 * i) & 63) as usize] as char
            } else {
                '='
            });
        }
    }
    out
}
