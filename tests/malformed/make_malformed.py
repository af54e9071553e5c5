#!/usr/bin/env python3
"""Writes the malformed-email corpus in this directory (tests/malformed/*.eml).

Every file is hostile or broken on purpose; tests/hostile.rs ingests them all
and asserts no panic and no hang. Deterministic (fixed seed): re-running
rewrites the same bytes. Sizes are kept small enough to commit; the limit
paths (parts, rows, URLs, attachment size) are reached by the test's tight
[limits], not by sheer size.

    python3 tests/malformed/make_malformed.py
"""
import base64
import io
import os
import random
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(20240901)

HEAD = (
    "Authentication-Results: mx.kcsc.example; dkim=pass header.d=telegram.org; dmarc=pass header.from=telegram.org\r\n"
    "From: Telegram <abuse@telegram.org>\r\n"
    "To: takedown@kcsc.example\r\n"
    "Subject: Re: KCSC-240901-01\r\n"
    "Date: Mon, 2 Sep 2024 10:00:00 +0900\r\n"
)


def write(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogateescape")
    with open(os.path.join(HERE, name + ".eml"), "wb") as f:
        f.write(data)


def mid(name):
    return f"Message-ID: <{name}@malformed.test>\r\n"


def simple(name, body, extra_headers=""):
    write(name, HEAD + mid(name) + extra_headers + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body)


# --- structure ---------------------------------------------------------------
write("broken-boundary", HEAD + mid("broken-boundary") +
      'Content-Type: multipart/mixed; boundary="AAA"\r\n\r\n'
      "--BBB\r\nContent-Type: text/plain\r\n\r\nhttps://t.me/chan/1 removed\r\n--AAA\r\n"
      "Content-Type: text/html\r\n\r\n<p>half a part\r\n--AA")
write("unclosed-boundary", HEAD + mid("unclosed-boundary") +
      'Content-Type: multipart/alternative; boundary="x"\r\n\r\n'
      "--x\r\nContent-Type: text/plain\r\n\r\nhttps://t.me/chan/2 removed\r\n--x\r\nContent-Type: text/plain\r\n")
write("empty-boundary", HEAD + mid("empty-boundary") +
      'Content-Type: multipart/mixed; boundary=""\r\n\r\n--\r\n\r\n--\r\n--\r\n')
write("boundary-in-body", HEAD + mid("boundary-in-body") +
      'Content-Type: multipart/mixed; boundary="-"\r\n\r\n' + "---\r\n" * 2000)
write("missing-headers", "\r\nhttps://t.me/chan/1 removed\r\n")
write("no-header-at-all", "https://t.me/chan/1 removed and this is not an email\r\n")
write("header-only", HEAD + mid("header-only"))
write("truncated-header", "From: Telegram <abuse@tele")
write("header-without-colon", "From Telegram abuse@telegram.org\r\nSubject KCSC\r\n\r\nbody\r\n")
write("empty", b"")
write("only-newlines", b"\r\n" * 5000)
write("bare-cr", (HEAD + mid("bare-cr") + "\r\nhttps://t.me/chan/1 removed\r\n").replace("\r\n", "\r"))
write("mixed-line-endings", HEAD.replace("\r\n", "\n") + mid("mixed-line-endings") + "\r\r\n\n\rhttps://t.me/chan/1 removed\n\r")
write("many-from", HEAD.replace("From: Telegram <abuse@telegram.org>\r\n",
      "From: " + ", ".join(f"a{i}@telegram.org" for i in range(2000)) + "\r\n") + mid("many-from") + "\r\nremoved\r\n")
write("many-headers", HEAD + mid("many-headers") + "".join(f"X-Junk-{i}: {'v' * 20}\r\n" for i in range(10_000)) + "\r\nbody\r\n")
write("folded-forever", HEAD + mid("folded-forever") + "Subject: start\r\n" + " more\r\n" * 20000 + "\r\nbody\r\n")

# --- encodings ---------------------------------------------------------------
simple("invalid-base64", "!!!!@@@@====****\r\n\x00\x01AAAA=\r\n", "Content-Transfer-Encoding: base64\r\n")
simple("invalid-quoted-printable", "https://t.me/chan/1 =ZZ=\r\n=0=\r\n=\r\nremoved =E", "Content-Transfer-Encoding: quoted-printable\r\n")
write("unknown-charset", HEAD + mid("unknown-charset") + "Content-Type: text/plain; charset=x-klingon-9\r\n\r\n\xff\xfe https://t.me/chan/1 \xc0\xaf removed\r\n")
write("invalid-utf8", HEAD + mid("invalid-utf8") + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + "\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc https://t.me/chan/1 \xed\xa0\x80 삭제\r\n")
write("encoded-word-junk", HEAD.replace("Subject: Re: KCSC-240901-01", "Subject: =?utf-8?B?!!!?= =?x-bad?Q?=ZZ?= =?utf-8?q?" + "=E2" * 500 + "?=") + mid("encoded-word-junk") + "\r\nbody\r\n")
write("rfc2231-junk", HEAD + mid("rfc2231-junk") +
      "Content-Type: multipart/mixed; boundary*0=\"a\"; boundary*9999=\"b\"; name*=''%ZZ%\r\n\r\n--ab\r\n\r\nx\r\n")
write("bad-date", HEAD.replace("Mon, 2 Sep 2024 10:00:00 +0900", "Mon, 99 Foo 99999 99:99:99 +9999") + mid("bad-date") + "\r\nbody\r\n")
write("nul-bytes", (HEAD + mid("nul-bytes") + "\r\nhttps://t.me/chan/1\x00 removed\x00\x00\r\n").encode() + b"\x00" * 10000)
write("8bit-junk", HEAD.encode() + mid("8bit-junk").encode() + b"Content-Type: text/plain\r\n\r\n" + bytes(rnd.getrandbits(8) for _ in range(50_000)))
write("8bit-junk-headers", bytes(rnd.getrandbits(8) for _ in range(20_000)) + b"\r\n\r\nbody")

# --- sizes -------------------------------------------------------------------
simple("line-200k-urls", " ".join(f"https://t.me/chan/{i}" for i in range(10_000)) + " removed\r\n")
simple("line-200k-noise", "x" * 200_000 + "\r\n")
write("header-200k", HEAD.replace("Subject: Re: KCSC-240901-01", "Subject: " + "KCSC-240901-01 " * 14_000) + mid("header-200k") + "\r\nbody\r\n")
simple("many-urls", "The following have been removed:\r\n" + "".join(f"https://t.me/c{i % 97}/{i}\r\n" for i in range(6_000)))
simple("huge-base64-text", base64.encodebytes(b"https://t.me/chan/1 removed\n" * 10_000).decode().replace("\n", "\r\n"),
       "Content-Transfer-Encoding: base64\r\n")
write("huge-base64-attachment", HEAD + mid("huge-base64-attachment") +
      'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nsee attachment\r\n--b\r\n'
      'Content-Type: application/octet-stream; name="big.bin"\r\nContent-Disposition: attachment; filename="big.bin"\r\n'
      "Content-Transfer-Encoding: base64\r\n\r\n" + base64.encodebytes(bytes(rnd.getrandbits(8) for _ in range(600_000))).decode().replace("\n", "\r\n") + "--b--\r\n")
write("many-parts", HEAD + mid("many-parts") + 'Content-Type: multipart/mixed; boundary="p"\r\n\r\n' +
      "".join(f"--p\r\nContent-Type: text/plain\r\n\r\nhttps://t.me/chan/{i} removed\r\n" for i in range(5_000)) + "--p--\r\n")
csv_rows = "url,status\r\n" + "".join(f"https://t.me/chan/{i},removed\r\n" for i in range(5_000))
write("csv-many-rows", HEAD + mid("csv-many-rows") + 'Content-Type: multipart/mixed; boundary="c"\r\n\r\n--c\r\nContent-Type: text/plain\r\n\r\nsee csv\r\n--c\r\n'
      'Content-Type: text/csv; name="r.csv"\r\nContent-Disposition: attachment; filename="r.csv"\r\n\r\n' + csv_rows + "--c--\r\n")

# --- nesting -----------------------------------------------------------------
def nested_multipart(depth):
    s = "Content-Type: text/plain\r\n\r\nhttps://t.me/chan/1 removed\r\n"
    for i in range(depth):
        s = f'Content-Type: multipart/mixed; boundary="n{i}"\r\n\r\n--n{i}\r\n{s}\r\n--n{i}--\r\n'
    return s
write("deep-multipart", HEAD + mid("deep-multipart") + nested_multipart(3_000))
write("deep-multipart-unclosed", HEAD + mid("deep-multipart-unclosed") +
      "".join(f'Content-Type: multipart/mixed; boundary="u{i}"\r\n\r\n--u{i}\r\n' for i in range(3_000)))
def nested_rfc822(depth):
    s = HEAD + mid("deep-rfc822-inner") + "\r\nhttps://t.me/chan/1 removed\r\n"
    for i in range(depth):
        s = (HEAD + f"Message-ID: <deep-rfc822-{i}@malformed.test>\r\n" + 'Content-Type: multipart/mixed; boundary="r' + str(i) + '"\r\n\r\n'
             f"--r{i}\r\nContent-Type: text/plain\r\n\r\n---------- Forwarded message ---------\r\n--r{i}\r\nContent-Type: message/rfc822\r\n\r\n" + s + f"\r\n--r{i}--\r\n")
    return s
write("deep-rfc822", nested_rfc822(200))
write("deep-html", HEAD + mid("deep-html") + "Content-Type: text/html\r\n\r\n" + "<div><blockquote><table><tr><td>" * 5_000 + "https://t.me/chan/1 removed")
write("html-unclosed-tags", HEAD + mid("html-unclosed-tags") + "Content-Type: text/html\r\n\r\n" + "<a href=\"" * 20_000 + "<td" * 20_000)

# --- attachments -------------------------------------------------------------
def attachment_email(name, fname, ctype, data):
    write(name, HEAD + mid(name) + 'Content-Type: multipart/mixed; boundary="z"\r\n\r\n--z\r\nContent-Type: text/plain\r\n\r\nresults attached\r\n--z\r\n'
          f'Content-Type: {ctype}; name="{fname}"\r\nContent-Disposition: attachment; filename="{fname}"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
          + base64.encodebytes(data).decode().replace("\n", "\r\n") + "--z--\r\n")

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
bomb = io.BytesIO()
with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    # 200 MB of one repeated byte: about 200 KB compressed.
    with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as w:
        chunk = b"<" * (1 << 20)
        for _ in range(200):
            w.write(chunk)
attachment_email("zip-bomb-xlsx", "results.xlsx", XLSX, bomb.getvalue())
many = io.BytesIO()
with zipfile.ZipFile(many, "w", zipfile.ZIP_STORED) as z:
    for i in range(1_500):
        z.writestr(f"xl/e{i}", b"")
attachment_email("zip-many-entries-xlsx", "results.xlsx", XLSX, many.getvalue())
attachment_email("not-a-zip-xlsx", "results.xlsx", XLSX, b"PK\x03\x04" + bytes(rnd.getrandbits(8) for _ in range(5_000)))
attachment_email("garbage-csv", "r.csv", "text/csv", bytes(rnd.getrandbits(8) for _ in range(20_000)))
attachment_email("csv-unbalanced-quotes", "r.csv", "text/csv", b'url,status\r\n"https://t.me/chan/1,"removed\r\n' * 3000 + b'"' * 1000)
print("wrote", len([f for f in os.listdir(HERE) if f.endswith(".eml")]), "files to", HERE)
