#!/usr/bin/env python3
"""Generate the corpus emails whose bytes are awkward to write by hand.

Run from anywhere:  python3 tests/corpus/make_generated.py

The output is deterministic (no clocks, no randomness): running the script
twice produces byte-identical files, so the generated .eml files are
committed next to this script and a diff after re-running shows any drift.

Generated cases (all under cases/):
  csv-attachment-korean-header.eml   CSV attachment, UTF-8 with BOM, header URL,조치결과
  xlsx-attachment-link-result.eml    XLSX attachment (openpyxl), columns Link,Result
  qp-soft-line-breaks.eml            quoted-printable body, long URLs split by '=\\n'
  base64-body.eml                    base64 text/plain body (UTF-8, bilingual)
  euc-kr-body.eml                    8-bit EUC-KR body and EUC-KR encoded-word subject
  ks-c-5601-1987-body.eml            Outlook-style multipart/alternative, charset ks_c_5601-1987
  pdf-only-letter.eml                PDF letter (scanned, no text layer) + "see attached"
  hwp-only-letter.eml                HWP (Hangul word processor) letter + "see attached"
  image-only-scan.eml                PNG screenshot only + "see attached"

Requires openpyxl (pip install openpyxl) for the XLSX case.
"""

import base64
import io
import os
import quopri
import struct
import zipfile
import zlib
from datetime import datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

FIXED_DT = datetime(2024, 9, 9, 10, 0, 0)


def ar(domain):
    return (
        "Authentication-Results: mx.kcsc.example; dkim=pass header.d=%s header.s=s1; "
        "spf=pass smtp.mailfrom=%s; dmarc=pass (p=reject) header.from=%s" % (domain, domain, domain)
    )


def received(host, ip, qid, date):
    return (
        "Received: from %s (%s [%s])\n"
        "\tby mx.kcsc.example (Postfix) with ESMTPS id %s\n"
        "\tfor <takedown@kcsc.example>; %s" % (host, host, ip, qid, date)
    )


def b64_lines(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def encoded_word(text, charset, codec=None):
    raw = text.encode(codec or charset)
    return "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode("ascii"))


def rfc2231_filename(name):
    return "filename*=UTF-8''" + quote(name.encode("utf-8"), safe="")


def write(name, data):
    if isinstance(data, str):
        data = data.encode("ascii")
    path = os.path.join(CASES, name)
    with open(path, "wb") as f:
        f.write(data)
    print("wrote %s (%d bytes)" % (os.path.relpath(path, HERE), len(data)))


# ---------------------------------------------------------------------------
# CSV attachment with Korean header (Excel "CSV UTF-8": BOM + CRLF)
# ---------------------------------------------------------------------------

def csv_korean():
    rows = [
        "URL,조치결과",
        "https://blog.naver.com/fakeuser/223600000011,삭제 완료",
        "https://cafe.naver.com/fakecafe/4821,접속 차단",
        "https://post.naver.com/%EA%B0%80%EC%A7%9C%EC%9E%91%EA%B0%80/%EA%B2%8C%EC%8B%9C%EB%AC%BC/15,위반 사항 없음",
        "https://cafe.naver.com/가짜카페/7,확인 불가",
    ]
    csv_bytes = b"\xef\xbb\xbf" + ("\r\n".join(rows) + "\r\n").encode("utf-8")
    body = (
        "안녕하십니까, 네이버 정책지원팀입니다.\n\n"
        "시정 요청(KCSC-240906-01)에 대한 게시물별 조치 결과를 첨부 파일로 송부드립니다.\n\n"
        "감사합니다.\n네이버 정책지원팀 드림\n"
    )
    fname = "조치결과_KCSC-240906-01.csv"
    boundary = "----=_NaverMail_0911_5f2c8a"
    msg = "\n".join([
        ar("navercorp.com"),
        received("cvsmtppost01.nmdf.navercorp.com", "203.0.113.101", "4X5Ff2Nn6Pz1v",
                 "Wed, 11 Sep 2024 11:20:33 +0900 (KST)"),
        "Date: Wed, 11 Sep 2024 11:20:28 +0900",
        "From: %s <policy@navercorp.com>" % encoded_word("네이버 정책지원팀", "UTF-8"),
        "To: takedown@kcsc.example",
        "Subject: %s" % encoded_word("[KCSC-240906-01] 게시물 조치 결과 송부", "UTF-8"),
        "Message-ID: <5d7f9b1c3e2a4c6e8a0b2d4f6a8c0e2b@cvweb01.nmdf.navercorp.com>",
        "In-Reply-To: <req-240906-01@kcsc.example>",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="%s"' % boundary,
        "",
        "--" + boundary,
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: base64",
        "",
        b64_lines(body.encode("utf-8")),
        "",
        "--" + boundary,
        "Content-Type: text/csv; charset=UTF-8; name*=UTF-8''%s" % quote(fname.encode("utf-8"), safe=""),
        "Content-Disposition: attachment; %s" % rfc2231_filename(fname),
        "Content-Transfer-Encoding: base64",
        "",
        b64_lines(csv_bytes),
        "",
        "--" + boundary + "--",
        "",
    ])
    write("csv-attachment-korean-header.eml", msg)


# ---------------------------------------------------------------------------
# XLSX attachment (openpyxl), normalised so the bytes are reproducible
# ---------------------------------------------------------------------------

def xlsx_bytes():
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Results"
    ws.append(["Link", "Result"])
    ws.append(["https://www.youtube.com/watch?v=AbCdEfGhIj1", "Removed"])
    ws.append(["https://www.youtube.com/watch?v=AbCdEfGhIj2", "Removed"])
    ws.append(["https://www.youtube.com/watch?v=AbCdEfGhIj3", "Restricted in KR"])
    ws.append(["https://www.youtube.com/watch?v=AbCdEfGhIj4", "No violation"])
    ws.column_dimensions["A"].width = 48
    ws.column_dimensions["B"].width = 20
    wb.properties.creator = "YouTube Legal"
    wb.properties.lastModifiedBy = "YouTube Legal"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    raw = io.BytesIO()
    wb.save(raw)

    # openpyxl stamps the current time into docProps/core.xml and into the
    # zip entry headers; rewrite both with a fixed timestamp.
    fixed_iso = FIXED_DT.strftime("%Y-%m-%dT%H:%M:%SZ").encode("ascii")
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                              rb"\g<1>" + fixed_iso + rb"\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 9, 9, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    return out.getvalue()


def xlsx_case():
    data = xlsx_bytes()
    boundary = "000000000000d2e4f60621e5a7b9"
    msg = "\n".join([
        ar("google.com"),
        received("mail-sor-f41.google.com", "192.0.2.41", "4X4Nn8Yy2Bz3w",
                 "Tue, 10 Sep 2024 14:16:55 +0900 (KST)"),
        "Date: Mon, 09 Sep 2024 22:16:51 -0700",
        "From: Google Legal Korea <legal-kr@google.com>",
        "To: takedown@kcsc.example",
        "Subject: Re: [KCSC-240905-01] Request for removal of illegal content",
        "Message-ID: <CAGk7LxJ4kK5lL6zZ7xX8cC9vV0bB1nN2mM3qQ4wW5eE6rR7@mail.gmail.com>",
        "In-Reply-To: <req-240905-01@kcsc.example>",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="%s"' % boundary,
        "",
        "--" + boundary,
        'Content-Type: text/plain; charset="UTF-8"',
        "",
        "Hello,",
        "",
        "Please find the results of our review in the attached spreadsheet.",
        "",
        "Best regards,",
        "Google Legal Korea",
        "",
        "--" + boundary,
        'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="KCSC-240905-01_results.xlsx"',
        'Content-Disposition: attachment; filename="KCSC-240905-01_results.xlsx"',
        "Content-Transfer-Encoding: base64",
        "",
        b64_lines(data),
        "--" + boundary + "--",
        "",
    ])
    write("xlsx-attachment-link-result.eml", msg)


# ---------------------------------------------------------------------------
# Quoted-printable body: long URLs are split by soft line breaks ("=\n") and
# every "=" in a query string becomes "=3D".
# ---------------------------------------------------------------------------

def qp_case():
    body = (
        "Hello,\n"
        "\n"
        "Please find below the outcome for request KCSC-240903-01.\n"
        "\n"
        "The following posts have been removed:\n"
        "https://x.com/fakeuser_three/status/1830000000000000005?s=20&t=Lm3nOp5qRs7tUv9wXy1zAb\n"
        "https://x.com/fakeuser_three/status/1830000000000000006?s=20&t=Cd2eFg4hIj6kLm8nOp0qRs\n"
        "\n"
        "The following post has been withheld in South Korea:\n"
        "https://x.com/fakeuser_one/status/1830000000000000001?s=20&t=Tu1vWx3yZa5bCd7eFg9hIj\n"
        "\n"
        "Thanks,\n"
        "X Legal \u2014 Trust & Safety\n"
    )
    qp = quopri.encodestring(body.encode("utf-8")).decode("ascii")
    assert "=\n" in qp, "expected soft line breaks"
    msg = "\n".join([
        ar("x.com"),
        received("spring-chicken-ad.x.com", "203.0.113.43", "4X3Bb6Kk9Cz5x",
                 "Sun, 08 Sep 2024 01:52:17 +0900 (KST)"),
        "Date: Sat, 07 Sep 2024 16:52:12 +0000",
        "From: X Legal <legal@x.com>",
        "To: takedown@kcsc.example",
        "Subject: Re: [KCSC-240903-01] Request for removal of illegal content",
        "Message-ID: <CAJx9p3Ii8oO1pP4aA7sS0dD3fF6gG9hH2jJ5kK8lL1zZ4x@mail.x.com>",
        "In-Reply-To: <req-240903-01@kcsc.example>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        qp,
    ])
    write("qp-soft-line-breaks.eml", msg)


# ---------------------------------------------------------------------------
# base64 text/plain body
# ---------------------------------------------------------------------------

def base64_case():
    body = (
        "안녕하세요, Google Legal Korea입니다.\n"
        "Hello, this is Google Legal Korea.\n"
        "\n"
        "요청 KCSC-240905-01 처리 결과 / Outcome for request KCSC-240905-01:\n"
        "\n"
        "https://www.youtube.com/watch?v=AbCdEfGhIj1 - removed (삭제됨)\n"
        "https://www.youtube.com/watch?v=AbCdEfGhIj2 - removed (삭제됨)\n"
        "\n"
        "감사합니다. / Best regards,\n"
        "Google Legal Korea\n"
    )
    msg = "\n".join([
        ar("google.com"),
        received("mail-sor-f52.google.com", "192.0.2.52", "4X3Hh4Ww7Dz6y",
                 "Fri, 06 Sep 2024 21:08:40 +0900 (KST)"),
        "Date: Fri, 06 Sep 2024 05:08:36 -0700",
        "From: Google Legal Korea <legal-kr@google.com>",
        "To: takedown@kcsc.example",
        "Subject: Re: [KCSC-240905-01] Request for removal of illegal content",
        "Message-ID: <CAGk7LxK5lL6zZ7xX8cC9vV0bB1nN2mM3qQ4wW5eE6rR7tT8@mail.gmail.com>",
        "In-Reply-To: <req-240905-01@kcsc.example>",
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="UTF-8"',
        "Content-Transfer-Encoding: base64",
        "",
        b64_lines(body.encode("utf-8")),
        "",
    ])
    write("base64-body.eml", msg)


# ---------------------------------------------------------------------------
# EUC-KR, 8-bit transfer encoding (raw EUC-KR bytes in the body)
# ---------------------------------------------------------------------------

def euc_kr_case():
    headers = "\n".join([
        ar("naver.com"),
        received("cvsmtppost05.nm.naver.com", "203.0.113.105", "4X4Ww9Ee3Fz7z",
                 "Wed, 11 Sep 2024 09:14:26 +0900 (KST)"),
        "Date: Wed, 11 Sep 2024 09:14:21 +0900",
        "From: %s <help@naver.com>" % encoded_word("네이버 고객센터", "euc-kr"),
        "To: takedown@kcsc.example",
        "Subject: %s" % encoded_word("[KCSC-240906-01] 게시물 조치 결과", "euc-kr"),
        "Message-ID: <a8c0e2f4b6d84a1c9e3f5b7d9a1c3e5f@cvweb05.nm.naver.com>",
        "In-Reply-To: <req-240906-01@kcsc.example>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=euc-kr",
        "Content-Transfer-Encoding: 8bit",
        "",
        "",
    ])
    body = (
        "방송통신심의위원회 귀중\n"
        "\n"
        "네이버 고객센터입니다. 시정 요청(KCSC-240906-01)에 대한 조치 결과를 알려드립니다.\n"
        "\n"
        "[삭제 완료]\n"
        "https://blog.naver.com/fakeuser/223600000011\n"
        "\n"
        "[접속 차단]\n"
        "https://cafe.naver.com/가짜카페/7\n"
        "\n"
        "[위반 사항 없음]\n"
        "https://blog.naver.com/fakeuser/223600000012\n"
        "\n"
        "감사합니다.\n"
        "네이버 고객센터\n"
    )
    write("euc-kr-body.eml", headers.encode("ascii") + body.encode("euc-kr"))


# ---------------------------------------------------------------------------
# ks_c_5601-1987 (what Outlook labels Korean text), base64, multipart/alternative
# ---------------------------------------------------------------------------

def ks_c_case():
    cs = "ks_c_5601-1987"
    text = (
        "안녕하세요, 네이버 김수민입니다.\r\n"
        "\r\n"
        "요청하신 게시물(KCSC-240906-01)의 처리 결과를 알려드립니다.\r\n"
        "\r\n"
        "https://cafe.naver.com/fakecafe/4821 : 삭제 완료\r\n"
        "https://post.naver.com/%EA%B0%80%EC%A7%9C%EC%9E%91%EA%B0%80/%EA%B2%8C%EC%8B%9C%EB%AC%BC/15 : 접속 차단\r\n"
        "\r\n"
        "감사합니다.\r\n"
        "김수민 드림\r\n"
    )
    html = (
        "<html><head>\r\n"
        '<meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987">\r\n'
        "</head><body>\r\n"
        '<div class="WordSection1">\r\n'
        "<p>안녕하세요, 네이버 김수민입니다.</p>\r\n"
        "<p>요청하신 게시물(KCSC-240906-01)의 처리 결과를 알려드립니다.</p>\r\n"
        "<p>https://cafe.naver.com/fakecafe/4821 : 삭제 완료<br>\r\n"
        "https://post.naver.com/%EA%B0%80%EC%A7%9C%EC%9E%91%EA%B0%80/%EA%B2%8C%EC%8B%9C%EB%AC%BC/15 : 접속 차단</p>\r\n"
        "<p>감사합니다.<br>김수민 드림</p>\r\n"
        "</div></body></html>\r\n"
    )
    boundary = "_000_SL2P216MB19420D3E5F7A9B1C2D4E6F8A0B2C4SL2P216MB1942KORP_"
    msg = "\n".join([
        ar("navercorp.com"),
        "Received: from SL2P216MB1942.KORP216.PROD.OUTLOOK.COM (2603:1096:101:c::12)\n"
        "\tby mx.kcsc.example (Postfix) with ESMTPS id 4X5Jj7Hh0Gz8a\n"
        "\tfor <takedown@kcsc.example>; Wed, 11 Sep 2024 16:33:09 +0900 (KST)",
        "Date: Wed, 11 Sep 2024 07:33:04 +0000",
        "From: %s <sumin.kim@navercorp.com>" % encoded_word("김수민", cs, "cp949"),
        'To: "takedown@kcsc.example" <takedown@kcsc.example>',
        "Subject: %s" % encoded_word("RE: [KCSC-240906-01] 불법정보 시정 요청", cs, "cp949"),
        "Thread-Topic: [KCSC-240906-01] %s" % encoded_word("불법정보 시정 요청", cs, "cp949"),
        "Thread-Index: AdsEDkVwQ2hhcmxpZUJyb3duOTk=",
        "Message-ID: <SL2P216MB19420D3E5F7A9B1C2D4E6F8A0B2C4@SL2P216MB1942.KORP216.PROD.OUTLOOK.COM>",
        "In-Reply-To: <req-240906-01@kcsc.example>",
        "Content-Language: ko-KR",
        "X-MS-Has-Attach:",
        "MIME-Version: 1.0",
        'Content-Type: multipart/alternative; boundary="%s"' % boundary,
        "",
        "--" + boundary,
        'Content-Type: text/plain; charset="ks_c_5601-1987"',
        "Content-Transfer-Encoding: base64",
        "",
        b64_lines(text.encode("cp949")),
        "",
        "--" + boundary,
        'Content-Type: text/html; charset="ks_c_5601-1987"',
        "Content-Transfer-Encoding: base64",
        "",
        b64_lines(html.encode("cp949")),
        "",
        "--" + boundary + "--",
        "",
    ])
    write("ks-c-5601-1987-body.eml", msg)


# ---------------------------------------------------------------------------
# Unreadable attachments
# ---------------------------------------------------------------------------

def tiny_pdf():
    """A one-page PDF that only draws a grey box (a 'scan'): no text layer."""
    content = b"q 0.85 g 72 600 450 120 re f Q\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1)
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def fake_hwp():
    """Looks like the start of an HWP 5 file (OLE compound document)."""
    header = bytes.fromhex("d0cf11e0a1b11ae1") + bytes(16) + bytes.fromhex("3e000300feff0900")
    filler = bytes((i * 37 + 11) % 256 for i in range(480))
    return header + filler


def tiny_png():
    """An 8x8 greyscale PNG."""
    width = height = 8
    raw = b"".join(b"\x00" + bytes((x * 16 + y * 8) % 256 for x in range(width)) for y in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


def pdf_case():
    boundary = "000000000000f1a3c50621e6c8d0"
    msg = "\n".join([
        ar("google.com"),
        received("mail-sor-f69.google.com", "192.0.2.69", "4X4Pp1Zz4Hz9b",
                 "Tue, 10 Sep 2024 17:40:21 +0900 (KST)"),
        "Date: Tue, 10 Sep 2024 01:40:17 -0700",
        "From: Google Legal Korea <legal-kr@google.com>",
        "To: takedown@kcsc.example",
        "Subject: Re: [KCSC-240905-01] Request for removal of illegal content",
        "Message-ID: <CAGk7LxL6zZ7xX8cC9vV0bB1nN2mM3qQ4wW5eE6rR7tT8yY9@mail.gmail.com>",
        "In-Reply-To: <req-240905-01@kcsc.example>",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="%s"' % boundary,
        "",
        "--" + boundary,
        'Content-Type: text/plain; charset="UTF-8"',
        "",
        "Hello,",
        "",
        "Please see the attached letter.",
        "",
        "Best regards,",
        "Google Legal Korea",
        "",
        "--" + boundary,
        'Content-Type: application/pdf; name="Response_KCSC-240905-01.pdf"',
        'Content-Disposition: attachment; filename="Response_KCSC-240905-01.pdf"',
        "Content-Transfer-Encoding: base64",
        "",
        b64_lines(tiny_pdf()),
        "--" + boundary + "--",
        "",
    ])
    write("pdf-only-letter.eml", msg)


def hwp_case():
    boundary = "----=_NaverMail_0912_7a3e1c"
    fname = "회신공문_KCSC-240906-01.hwp"
    body = (
        "안녕하십니까, 네이버 정책지원팀입니다.\n\n"
        "시정 요청(KCSC-240906-01)에 대한 회신 공문을 첨부하오니 확인하여 주시기 바랍니다.\n\n"
        "감사합니다.\n"
    )
    msg = "\n".join([
        ar("navercorp.com"),
        received("cvsmtppost02.nmdf.navercorp.com", "203.0.113.102", "4X5Mm3Cc6Jz0c",
                 "Thu, 12 Sep 2024 10:05:47 +0900 (KST)"),
        "Date: Thu, 12 Sep 2024 10:05:42 +0900",
        "From: %s <policy@navercorp.com>" % encoded_word("네이버 정책지원팀", "UTF-8"),
        "To: takedown@kcsc.example",
        "Subject: %s" % encoded_word("[KCSC-240906-01] 회신 공문 송부", "UTF-8"),
        "Message-ID: <0e2a4c6e8b1d43f5a7c9e1b3d5f7a9c1@cvweb02.nmdf.navercorp.com>",
        "In-Reply-To: <req-240906-01@kcsc.example>",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="%s"' % boundary,
        "",
        "--" + boundary,
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: base64",
        "",
        b64_lines(body.encode("utf-8")),
        "",
        "--" + boundary,
        "Content-Type: application/x-hwp; name*=UTF-8''%s" % quote(fname.encode("utf-8"), safe=""),
        "Content-Disposition: attachment; %s" % rfc2231_filename(fname),
        "Content-Transfer-Encoding: base64",
        "",
        b64_lines(fake_hwp()),
        "",
        "--" + boundary + "--",
        "",
    ])
    write("hwp-only-letter.eml", msg)


def png_case():
    boundary = "Apple-Mail=_6B1E4A2C-3D5F-4A7B-9C1E-2F4A6C8E0B13"
    msg = "\n".join([
        ar("x.com"),
        received("spring-chicken-ae.x.com", "203.0.113.44", "4X3Qq5Dd8Kz1d",
                 "Sat, 07 Sep 2024 22:47:03 +0900 (KST)"),
        "Date: Sat, 07 Sep 2024 13:46:58 +0000",
        "From: X Legal <legal@x.com>",
        "To: takedown@kcsc.example",
        "Subject: Re: [KCSC-240903-01] Request for removal of illegal content",
        "Message-ID: <6B1E4A2C-3D5F-4A7B-9C1E-2F4A6C8E0B13@x.com>",
        "In-Reply-To: <req-240903-01@kcsc.example>",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="%s"' % boundary,
        "",
        "--" + boundary,
        "Content-Type: text/plain; charset=us-ascii",
        "Content-Transfer-Encoding: 7bit",
        "",
        "Hello,",
        "",
        "Please see the attached screenshot of our case record.",
        "",
        "X Legal",
        "",
        "--" + boundary,
        'Content-Type: image/png; name="case-record.png"',
        'Content-Disposition: attachment; filename="case-record.png"',
        "Content-Transfer-Encoding: base64",
        "",
        b64_lines(tiny_png()),
        "",
        "--" + boundary + "--",
        "",
    ])
    write("image-only-scan.eml", msg)


def main():
    os.makedirs(CASES, exist_ok=True)
    csv_korean()
    xlsx_case()
    qp_case()
    base64_case()
    euc_kr_case()
    ks_c_case()
    pdf_case()
    hwp_case()
    png_case()


if __name__ == "__main__":
    main()
