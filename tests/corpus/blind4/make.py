#!/usr/bin/env python3
"""Blind set 4 (issue 11): Korean-language correspondence.

NAVER (blog, cafe, post), Kakao/Daum (Tistory, Daum cafe, brunch), YouTube
Korea, and Korean-language replies from a global platform. Written without
reading the reader (src/) or the other sets' case texts. Every expected
result below was written from the email's meaning before anything was run.

    python3 tests/corpus/blind4/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic: no
clock, no randomness; the XLSX zip uses fixed entry dates).
"""
import base64
import io
import os
import quopri
import sys
import zipfile
from urllib.parse import quote

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "kakao.com": "Kakao",
    "daum.net": "Daum",
})

# ---------------------------------------------------------------- requests
CAT_D = "deepfake_sexual_abuse"
CAT_N = "nonconsensual_intimate_imagery"

KOR_ENTRY = "무료-다운로드-링크"
KOR_ENTRY_ENC = quote(KOR_ENTRY)
KOR_ENTRY2 = "후기-모음"
KOR_ENTRY2_ENC = quote(KOR_ENTRY2)
KOR_HANDLE = "가짜채널TV"
KOR_HANDLE_ENC = quote(KOR_HANDLE)

# R1: NAVER, the largest request (14 items)
N1 = "https://blog.naver.com/moonlit_dal/223571000101"
N2 = "https://blog.naver.com/moonlit_dal/223571000102"
N3 = "https://blog.naver.com/hanbit_k22/223569876543"
N4 = "https://blog.naver.com/hanbit_k22/223569876544"
N5 = "https://blog.naver.com/sora_diary7/223575550010"
N6 = "https://cafe.naver.com/fakestudy77/15023"
N7 = "https://cafe.naver.com/fakestudy77/15031"
N8 = "https://cafe.naver.com/dreamtrade2/88412"
N9 = "https://cafe.naver.com/dreamtrade2/88419"
N10 = "https://cafe.naver.com/dreamtrade2/88420"
N11 = "https://post.naver.com/viewer/postView.naver?volumeNo=38012345&memberNo=51234567"
N12 = "https://post.naver.com/viewer/postView.naver?volumeNo=38012399&memberNo=51234567"
N13 = "https://blog.naver.com/sora_diary7/223575550011"
N14 = "https://cafe.naver.com/dreamtrade2/88433"
R1 = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13, N14]

# R2: Kakao (Tistory, Daum cafe, brunch), 5 items; K1 stored percent-encoded
K1 = "https://fakeblog-jj.tistory.com/entry/" + KOR_ENTRY_ENC
K1_RAW = "https://fakeblog-jj.tistory.com/entry/" + KOR_ENTRY
K2 = "https://fakeblog-jj.tistory.com/15"
K3 = "https://cafe.daum.net/fakesoccer/Ahf3/2231"
K4 = "https://brunch.co.kr/@fakewriter/42"
K5 = "https://cafe.daum.net/fakesoccer/Ahf3/2240"
R2 = [K1, K2, K3, K4, K5]

# R3: YouTube, 4 items; Y4 (a channel handle in Korean) stored raw
Y1 = "https://www.youtube.com/watch?v=Kq3vT8xPz0A"
Y2 = "https://www.youtube.com/watch?v=Lm9RsW2yQb4"
Y3 = "https://www.youtube.com/shorts/Zx7Pq1Ns8Ku"
Y4 = "https://www.youtube.com/@" + KOR_HANDLE
Y4_ENC = "https://www.youtube.com/@" + KOR_HANDLE_ENC
R3 = [Y1, Y2, Y3, Y4]

# R4: Kakao, 3 items; K7 stored raw (Korean Tistory entry slug)
K6 = "https://cafe.daum.net/fakeidol/Bk2e/509"
K7 = "https://eomma-notes.tistory.com/entry/" + KOR_ENTRY2
K7_ENC = "https://eomma-notes.tistory.com/entry/" + KOR_ENTRY2_ENC
K8 = "https://brunch.co.kr/@fakewriter/57"
R4 = [K6, K7, K8]

# R5: NAVER, 2 items
N15 = "https://blog.naver.com/gold_sunset88/223580001234"
N16 = "https://cafe.naver.com/fakestudy77/15102"
R5 = [N15, N16]

# R6: YouTube, 1 item
Y5 = "https://www.youtube.com/watch?v=Pt4Hc2Wk9Fs"
R6 = [Y5]

REQUESTS = [
    # ref, platform, sent, due, items, category, message-id stem, notes
    ("KCSC-240909-01", "naver", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", R1, CAT_D, "req-240909-01", {}),
    ("KCSC-240910-01", "kakao", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00", R2, CAT_N, "req-240910-01",
     {K1: "Korean Tistory entry slug stored percent-encoded (무료-다운로드-링크)"}),
    ("KCSC-240911-01", "youtube", "2024-09-11T11:00:00+09:00", "2024-09-18T18:00:00+09:00", R3, CAT_D, "req-240911-01",
     {Y4: "channel handle in Korean stored raw; whole channel dedicated to this content"}),
    ("KCSC-240911-02", "kakao", "2024-09-11T16:00:00+09:00", "2024-09-18T18:00:00+09:00", R4, CAT_D, "req-240911-02",
     {K7: "Korean Tistory entry slug stored raw (후기-모음)"}),
    ("KCSC-240912-01", "naver", "2024-09-12T09:30:00+09:00", "2024-09-19T18:00:00+09:00", R5, CAT_N, "req-240912-01", {}),
    ("KCSC-240913-01", "youtube", "2024-09-13T15:00:00+09:00", "2024-09-20T18:00:00+09:00", R6, CAT_D, "req-240913-01", {}),
]


def write_requests():
    import csv
    with open(os.path.join(HERE, "requests.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, items, cat, mid, notes in REQUESTS:
            for u in items:
                w.writerow([ref, plat, sent, due, u, cat, f"<{mid}@kcsc.example>", notes.get(u, "")])


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def our_request_text(ref, items, date_ko):
    lines = [
        f"[방송통신심의위원회] 시정요구 통보 ({ref})",
        "",
        "귀사의 정보통신서비스에서 유통되는 아래 정보에 대하여",
        "방송통신위원회의 설치 및 운영에 관한 법률 제21조 제4호에 따라",
        f"시정요구(삭제)를 통보하오니 조치 결과를 {date_ko}까지 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(items, 1):
        lines.append(f"{i}. {u}  - 삭제 요청")
    lines += ["", "방송통신심의위원회 디지털성범죄대응팀", "takedown@kcsc.example"]
    return "\n".join(lines)


def alternative(text, html, cte="quoted-printable", boundary="==alt-b4=="):
    if cte == "quoted-printable":
        t, h = qp(text), qp(html)
    elif cte == "base64":
        t, h = b64(text), b64(html)
    else:
        t, h = text, html
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        f"Content-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: {cte}\n\n{t.strip(chr(10))}\n"
        f"--{boundary}\n"
        f"Content-Type: text/html; charset=utf-8\n"
        f"Content-Transfer-Encoding: {cte}\n\n{h.strip(chr(10))}\n"
        f"--{boundary}--\n"
    )


def xlsx_bytes(rows):
    """A minimal XLSX workbook (inline strings), deterministic."""
    def cell(ref, v):
        v = v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = "".join(cell(f"{chr(65 + c)}{r}", v) for c, v in enumerate(row))
        sheet_rows.append(f'<row r="{r}">{cells}</row>')
    files = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '</Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>',
        "xl/workbook.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="처리결과" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '</Relationships>',
        "xl/worksheets/sheet1.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            + "".join(sheet_rows) + '</sheetData></worksheet>',
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 13, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode("utf-8"))
    return buf.getvalue()


# 8-bit EUC-KR bodies: written as a placeholder by corpuslib (which writes
# UTF-8 text) and replaced by the EUC-KR bytes afterwards.
EUCKR_BODIES = {}


def euckr_placeholder(name, text):
    EUCKR_BODIES[name] = text
    return f"@@EUCKR-{name}@@"


def euckr_subject(s):
    return "=?euc-kr?B?" + base64.b64encode(s.encode("euc-kr")).decode("ascii") + "?="


# ---------------------------------------------------------------- signatures
NAVER_SIG = """\
네이버 주식회사 권리보호팀
권리보호센터 https://right.naver.com/
본 메일은 발신 전용이 아니며, 회신 시 담당자에게 전달됩니다."""

KAKAO_SIG = """\
카카오 고객센터 드림
카카오 운영정책: https://www.kakao.com/policy/oppolicy
고객센터: https://cs.kakao.com/"""

GOOGLE_FOOTER = """\
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
이 이메일은 귀하의 법적 요청과 관련하여 발송되었습니다."""

REQ1_TEXT = our_request_text("KCSC-240909-01", R1, "2024. 9. 16.")
REQ4_TEXT = our_request_text("KCSC-240911-02", R4, "2024. 9. 18.")
REQ3_TEXT = our_request_text("KCSC-240911-01", R3, "2024. 9. 18.")
REQ6_TEXT = our_request_text("KCSC-240913-01", R6, "2024. 9. 20.")
REQ2_TEXT = our_request_text("KCSC-240910-01", R2, "2024. 9. 17.")

SUBJ1 = "RE: [방송통신심의위원회] 시정요구 통보 (KCSC-240909-01)"
SUBJ2 = "RE: [방송통신심의위원회] 시정요구 통보 (KCSC-240910-01)"
SUBJ3 = "RE: [방송통신심의위원회] 시정요구 통보 (KCSC-240911-01)"
SUBJ4 = "RE: [방송통신심의위원회] 시정요구 통보 (KCSC-240911-02)"
SUBJ5 = "RE: [방송통신심의위원회] 시정요구 통보 (KCSC-240912-01)"
SUBJ6 = "RE: [방송통신심의위원회] 시정요구 통보 (KCSC-240913-01)"

CASES = []


def _encoded_word(s):
    """RFC 2047 B-encoding of a non-ASCII header text, as mailers send it."""
    if s.isascii():
        return s
    from email.header import Header
    return Header(s, "utf-8").encode()


def case(**kw):
    # Korean display names and subjects go out as encoded words.
    kw["subject"] = _encoded_word(kw["subject"])
    if "name_from" in kw:
        kw["name_from"] = _encoded_word(kw["name_from"])
    CASES.append(kw)


# ======================================================================
# APPLIED: trusted confirmations a careful clerk would apply
# ======================================================================

def _row(i, url, svc, result, when):
    return (f"<tr><td>{i}</td><td><a href=\"{url.replace('&', '&amp;')}\">{url.replace('&', '&amp;')}</a></td>"
            f"<td>{svc}</td><td>{result}</td><td>{when}</td></tr>")


case(
    name="naver-kcsc-result-table-html",
    **{"from": "policy@navercorp.com"},
    date="Thu, 12 Sep 2024 17:42:10 +0900",
    subject=SUBJ1 + " - 조치결과 회신",
    reply_to_req="req-240909-01",
    type="html",
    body="""\
<html><body>
<p>안녕하십니까, 네이버 주식회사 권리보호팀입니다.</p>
<p>귀 위원회에서 2024. 9. 9. 통보하신 시정요구(KCSC-240909-01)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>연번</th><th>URL</th><th>서비스</th><th>조치결과</th><th>조치일시</th></tr>
""" + "\n".join([
        _row(1, N1, "블로그", "삭제", "2024-09-10 14:05"),
        _row(2, N2, "블로그", "삭제", "2024-09-10 14:05"),
        _row(3, N3, "블로그", "게시중단", "2024-09-10 15:31"),
        _row(4, N4, "블로그", "임시조치(30일)", "2024-09-11 09:12"),
        _row(5, N5, "블로그", "블라인드", "2024-09-11 09:40"),
        _row(6, N6, "카페", "해당 게시물 없음", "-"),
        _row(7, N7, "카페", "작성자 삭제(기삭제)", "-"),
        _row(8, N8, "카페", "미조치 (운영정책 위반 사항 없음)", "-"),
    ]) + """
</table>
<p>※ 임시조치된 게시물은 30일이 지난 후에도 게시자의 재게시 요청이 없으면 삭제됩니다.<br>
※ 나머지 게시물(연번 9~14)은 확인 중이며 추후 회신드리겠습니다.</p>
<p>네이버 주식회사 권리보호팀<br>
권리보호센터 <a href="https://right.naver.com/">https://right.naver.com/</a></p>
</body></html>""",
    outcome="applied",
    classification="confirmation",
    imitates="KCSC 시정요구 조치결과 회신 tables as Korean portals send them (연번 | URL | 서비스 | 조치결과 | 조치일시), with NAVER 권리보호센터 footer",
    why="HTML table with eight Korean result labels: 삭제/게시중단/블라인드 = removed, 임시조치 = restricted, 해당 게시물 없음 and 작성자 삭제 = not_found, 미조치 with a reason = rejected; the footnote's future 삭제됩니다 about temporary measures in general must not turn N4 into removed; items 9-14 stay pending",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "restricted", N5: "removed",
           N6: "not_found", N7: "not_found", N8: "rejected"},
)

case(
    name="naver-imsi-jochi-44-2-prose",
    **{"from": "inoti@navercorp.com"},
    name_from="네이버 게시중단요청서비스",
    date="Fri, 13 Sep 2024 11:20:45 +0900",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240912-01)",
    reply_to_req="req-240912-01",
    body=f"""\
안녕하세요. 네이버 게시중단요청서비스입니다.

요청하신 게시물에 대하여 정보통신망 이용촉진 및 정보보호 등에 관한 법률
제44조의2 제2항에 따라 2024년 9월 13일부터 30일간 임시조치를 하였음을
알려드립니다.

 - 대상 게시물 1: {N15}
 - 대상 게시물 2: {N16}

임시조치 기간 동안 해당 게시물은 게시자 본인 외에는 볼 수 없습니다.
게시자가 기간 내 재게시를 요청하지 않으면 임시조치 기간이 끝난 뒤 삭제될 수 있습니다.

접수번호: PS-20240913-004417
처리 내역은 게시중단요청서비스(https://inoti.naver.com/inoti/main.nhn) 마이페이지에서 확인하실 수 있습니다.

{NAVER_SIG}
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 게시중단요청서비스 '임시조치 처리 결과' notices (Article 44-2, 30 days, 재게시 요청), as Korean bloggers quote them",
    why="임시조치 under Article 44-2 for 30 days is a restriction for both listed posts; the later 'may be deleted after the period' is a future possibility, not a removal",
    items={N15: "restricted", N16: "restricted"},
)

case(
    name="naver-status-below-bare-url",
    **{"from": "policy@navercorp.com"},
    date="Fri, 13 Sep 2024 16:05:33 +0900",
    subject=SUBJ1 + " (추가 회신)",
    reply_to_req="req-240909-01",
    body=f"""\
KCSC-240909-01 건 추가 회신드립니다.

{N4}
  블로그 운영원칙 위반으로 게시물을 삭제했습니다.

{N9}
  작성자가 신고 접수 이전에 스스로 삭제한 글로, 현재 존재하지 않습니다.

{N10}
  검토 결과 운영정책에 위반되는 내용이 확인되지 않아 게시를 유지합니다.

{N11}
  비공개 처리 완료

나머지 게시물은 확인 후 별도로 회신드리겠습니다.

{NAVER_SIG}
""",
    outcome="applied",
    classification="confirmation",
    imitates="abuse-desk replies that answer a list of links one by one, the status written on the line below each bare URL",
    why="status on the indented line below each bare URL, in four different wordings: deleted, deleted by its author before the report (not_found), no violation so kept (rejected), 비공개 처리 완료 (removed); the closing promise names no item",
    items={N4: "removed", N9: "not_found", N10: "rejected", N11: "removed"},
)

case(
    name="naver-particles-fullwidth",
    **{"from": "cafe_help@navercorp.com"},
    name_from="네이버 카페 운영팀",
    date="Sat, 14 Sep 2024 10:12:09 +0900",
    subject=SUBJ1,
    reply_to_req="req-240909-01",
    body=f"""\
안녕하세요, 네이버 카페 운영팀입니다.

문의하신 {N8}에 게시된 글은 카페 운영원칙 위반으로 삭제하였습니다.
또한 요청 게시물（{N9}）은 블라인드 처리되었습니다。
블로그 글 {N13}의 경우 작성자 계정 이용 정지와 함께 비공개 처리하였습니다.
{N14}，{N6} 두 건은 이미 삭제되어 존재하지 않는 게시물입니다.

감사합니다.
네이버 카페 운영팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean customer-centre prose replies (네이버 카페 고객센터 답변) with URLs run into Korean particles and full-width punctuation",
    why="URLs followed directly by particles (에, 의) and full-width （ ） ， 。 must be cut at the right place; 삭제/블라인드/비공개 처리 = removed; 이미 삭제되어 존재하지 않는 = not_found",
    items={N8: "removed", N9: "removed", N13: "removed", N14: "not_found", N6: "not_found"},
)

case(
    name="naver-euc-kr-8bit",
    **{"from": "policy@navercorp.com"},
    date="Fri, 13 Sep 2024 14:48:00 +0900",
    subject=euckr_subject("[네이버] 시정요구 조치결과 회신 (KCSC-240912-01)"),
    reply_to_req="req-240912-01",
    raw_mime="Content-Type: text/plain; charset=euc-kr\nContent-Transfer-Encoding: 8bit\n\n"
    + euckr_placeholder("naver-euc-kr-8bit", f"""\
방송통신심의위원회 담당자님께

KCSC-240912-01 시정요구 건에 대한 처리 결과입니다.

[게시중단] {N15}
[삭제] {N16}

감사합니다.
네이버 주식회사 권리보호팀 드림
"""),
    outcome="applied",
    classification="confirmation",
    imitates="legacy Korean mailers' EUC-KR letters with bracketed status labels before each URL ([삭제], [게시중단])",
    why="8-bit EUC-KR body and EUC-KR encoded-word subject; bracketed labels before the URLs: 게시중단 and 삭제 are both removals",
    items={N15: "removed", N16: "removed"},
)

case(
    name="naver-imsi-jochi-blind-paren",
    **{"from": "inoti@navercorp.com"},
    name_from="네이버 게시중단요청서비스",
    date="Wed, 11 Sep 2024 13:30:00 +0900",
    subject="[네이버] 임시조치 완료 안내 (KCSC-240909-01)",
    reply_to_req="req-240909-01",
    body=f"""\
안녕하세요. 네이버입니다.

방송통신심의위원회에서 요청하신 아래 게시물에 대해 임시조치(블라인드)를 완료하였습니다.

  · {N2}
  · {N3}

임시조치된 게시물은 30일간 게시자 외 이용자에게 노출되지 않습니다.
자세한 내용은 고객센터 도움말(https://help.naver.com/service/5600/contents/19013)을 참고해 주세요.

{NAVER_SIG}
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 임시조치(블라인드) 완료 notices: 'hidden from everyone but the poster for 30 days'",
    why="임시조치(블라인드) for 30 days is read as restricted: 임시조치 is the legal measure named, 블라인드 only describes how it is shown (arguable, see NOTES.md); the help link is not an item",
    items={N2: "restricted", N3: "restricted"},
)

case(
    name="naver-top-posted-outlook-original",
    **{"from": "policy@navercorp.com"},
    date="Tue, 10 Sep 2024 18:02:51 +0900",
    subject=SUBJ1,
    reply_to_req="req-240909-01",
    body=f"""\
KCSC-240909-01 관련 회신드립니다.

요청하신 게시물 중 아래 3건은 삭제 완료되었습니다.
- {N6}
- {N7}
- {N12}

나머지 게시물은 검토가 진행 중입니다.

박서연 드림
네이버 주식회사 권리보호팀

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:00 AM
To: policy@navercorp.com
Subject: [방송통신심의위원회] 시정요구 통보 (KCSC-240909-01)

{REQ1_TEXT}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook top-posted replies over the quoted original ('-----Original Message-----' block) that list only the items done",
    why="three items listed as 삭제 완료 above the quoted request; the quoted request lists all 14 items with 삭제 요청, which must not count; 'the rest are under review' names no item",
    items={N6: "removed", N7: "removed", N12: "removed"},
)

case(
    name="naver-reported-content-echoed-report",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Fri, 13 Sep 2024 20:14:37 +0900",
    subject="Your report to NAVER has been resolved [NV-TS-2024-0913-58821]",
    reply_to_req="req-240912-01",
    body=f"""\
Dear Sir or Madam,

Thank you for your report. We have reviewed the reported content and
taken it down in accordance with the NAVER Operating Policy and
applicable Korean law.

Below is a copy of your report for your reference.

---------- Report details ----------
Report ID: NV-TS-2024-0913-58821
Reporter: Korea Communications Standards Commission (KCSC-240912-01)
Reported URL(s):
{N15}
{N16}
Reason: Non-consensual intimate imagery
-------------------------------------

If you have questions, please visit https://help.naver.com/.

NAVER Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="report-outcome emails that state the decision about 'the reported content' and then echo the report (Meta/X-style 'here is a copy of your report'), in NAVER's English",
    why="the statement is about 'the reported content'; the echoed report that follows lists both URLs, so both are removed",
    items={N15: "removed", N16: "removed"},
)

case(
    name="naver-per-line-bilingual",
    **{"from": "policy@navercorp.com"},
    date="Thu, 12 Sep 2024 10:44:02 +0900",
    subject="[NAVER] Result of correction request / 시정요구 처리 결과 (KCSC-240909-01)",
    reply_to_req="req-240909-01",
    body=f"""\
[NAVER] Result of correction request / 시정요구 처리 결과 (KCSC-240909-01)

{N1} - Deleted (삭제)
{N2} - No violation found, post kept (위반 사항 없음, 게시 유지)
{N3} - Invalid link / 존재하지 않는 게시물
{N5} - Temporary measure for 30 days (임시조치)

Other URLs of this request will be answered separately.

NAVER Policy Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="bilingual Korean/English per-line result lists sent by Korean portals to foreign and domestic authorities",
    why="one status per line after ' - ', English with Korean in parentheses: deleted, no violation (rejected), invalid link (not_found), 임시조치 (restricted)",
    items={N1: "removed", N2: "rejected", N3: "not_found", N5: "restricted"},
)

case(
    name="naver-statement-then-url-below",
    **{"from": "cafe_help@navercorp.com"},
    name_from="네이버 카페 고객센터",
    date="Sat, 14 Sep 2024 15:27:40 +0900",
    subject=SUBJ1,
    reply_to_req="req-240909-01",
    body=f"""\
안녕하세요. 네이버 카페 고객센터입니다.

아래 게시물은 작성자가 이미 삭제하여 존재하지 않습니다.
{N7}

아래 게시물은 카페 운영원칙 위반으로 게시중단 처리하였습니다.
{N10}

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean customer-centre answers that put the statement first and the URL on the line below it",
    why="statement line, then its URL on the next line; deleted by its author = not_found, 게시중단 = removed",
    items={N7: "not_found", N10: "removed"},
)

case(
    name="naver-base64-bilingual",
    **{"from": "blog_cafe_report@navercorp.com"},
    name_from="NAVER 블로그·카페 신고센터",
    date="Sat, 14 Sep 2024 09:05:16 +0900",
    subject=SUBJ5,
    reply_to_req="req-240912-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"""\
안녕하세요, NAVER 블로그/카페 신고 처리 담당입니다.
Hello, this is the NAVER Blog/Cafe reports team.

1. {N15}
   비공개 처리되었습니다. The post has been made private by NAVER and is no longer visible to the public.
2. {N16}
   게시물을 찾을 수 없습니다(작성자 삭제). We could not find this post; it appears to have been deleted by its author.

감사합니다. Thank you.
"""),
    outcome="applied",
    classification="confirmation",
    imitates="bilingual (Korean then English) report-outcome notes of Korean portals, base64-encoded as webmail sends them",
    why="base64 body; 비공개 처리 / made private = removed; 'could not find this post' is unhedged (the hedge 'appears to' is only about who deleted it) = not_found",
    items={N15: "removed", N16: "not_found"},
)

case(
    name="naver-relative-clause-hedge",
    **{"from": "policy@navercorp.com"},
    date="Fri, 13 Sep 2024 09:31:58 +0900",
    subject=SUBJ1,
    reply_to_req="req-240909-01",
    body=f"""\
Hello,

Regarding your correction request KCSC-240909-01:

The blog post at {N1}, which may have been reposted from another
site before your request, was removed by NAVER on September 12, 2024.

The cafe post {N14} was deleted for violating the Cafe Operating
Principles.

Best regards,
NAVER Policy Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="English policy-team letters of Korean portals to foreign-style requests ('was removed by NAVER on <date>')",
    why="the hedge 'may have been reposted' sits in a relative clause about the post's past; the main clause 'was removed by NAVER' is unhedged; the wrapped sentence still belongs to N1",
    items={N1: "removed", N14: "removed"},
)

case(
    name="naver-policy-links-single",
    **{"from": "right@navercorp.com"},
    name_from="네이버 권리보호센터",
    date="Sun, 15 Sep 2024 11:02:19 +0900",
    subject=SUBJ5,
    reply_to_req="req-240912-01",
    body=f"""\
안녕하세요. 네이버 권리보호센터입니다.

{N16} 게시물은 게시중단 처리되었습니다.

게시중단 기준: https://policy.naver.com/rules/service.html
권리보호센터: https://right.naver.com/
게시중단요청서비스 이용 안내: https://help.naver.com/service/5648/contents/10245?lang=ko
""",
    outcome="applied",
    classification="confirmation",
    imitates="short NAVER 권리보호센터 notices: one URL, one sentence, then policy and help links",
    why="a notice that is only a URL and one sentence; the three policy/help links are not items, get no status and are not unmatched claims (no review)",
    items={N16: "removed"},
)

case(
    name="naver-post-html-anchor-amp",
    **{"from": "post_help@navercorp.com"},
    name_from="네이버 포스트",
    date="Wed, 11 Sep 2024 17:55:03 +0900",
    subject=SUBJ1,
    reply_to_req="req-240909-01",
    type="html",
    body=f"""\
<html><body>
<p>안녕하세요. 네이버 포스트 운영 담당자입니다.</p>
<p>요청하신 네이버 포스트 게시물 2건은 <b>삭제</b>되었습니다.</p>
<ol>
<li><a href="{N11.replace('&', '&amp;')}">포스트 1 보기</a></li>
<li><a href="{N12.replace('&', '&amp;')}">포스트 2 보기</a></li>
</ol>
<p style="color:#888">네이버 포스트 운영정책 <a href="https://post.naver.com/policy.naver">바로가기</a></p>
</body></html>""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER service HTML notices whose links are anchors with Korean text ('포스트 보기') and &amp;-escaped query URLs",
    why="HTML anchors with text '포스트 1 보기': the href (with &amp; unescaped) is the item; heading 'the 2 posts were deleted' covers the list; the policy anchor is not an item",
    items={N11: "removed", N12: "removed"},
)

case(
    name="kakao-daum-cafe-blind-notice",
    **{"from": "cs_notice@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 11:48:27 +0900",
    subject=SUBJ2,
    reply_to_req="req-240910-01",
    body=f"""\
안녕하세요. 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 시정요구(KCSC-240910-01) 건 중 Daum 카페 게시물을
검토한 결과를 안내드립니다.

신고하신 게시물을 살펴본 결과 운영정책에서 금지하는 불법촬영물 관련 게시물에 해당하여
블라인드 조치하였습니다.
 ▶ 대상: {K3}

 ▶ 대상: {K5}
   해당 게시물은 이미 삭제되어 확인할 수 없습니다.

티스토리·브런치 게시물은 담당 부서에서 별도로 회신드릴 예정입니다.

{KAKAO_SIG}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum 클린센터 / 카카오 고객센터 notices ('신고가 접수되어 살펴본 결과 ... 블라인드 조치하였습니다'), as Tistory and Daum users quote them",
    why="statement first, its target on the '▶ 대상:' line below (블라인드 = removed); second target has its status below it (already deleted, cannot be checked = not_found); the promise about Tistory/brunch names no item; policy links are not items",
    items={K3: "removed", K5: "not_found"},
)

case(
    name="kakao-tistory-iri-raw",
    **{"from": "tistory_notice@daum.net"},
    name_from="티스토리 운영팀",
    date="Fri, 13 Sep 2024 10:20:00 +0900",
    subject=SUBJ2,
    reply_to_req="req-240910-01",
    body=f"""\
안녕하세요, 티스토리 운영 담당자입니다.

요청하신 티스토리 게시물 2건에 대한 처리 결과를 알려드립니다.

1) {K1_RAW}
   → 관리자에 의해 삭제된 게시물로 처리하였습니다.
2) {K2}
   → 관리자에 의해 삭제된 게시물로 처리하였습니다.

해당 블로그는 운영정책 위반 누적으로 이용이 제한되었습니다.

티스토리 운영정책 https://notice.tistory.com/
""",
    outcome="applied",
    classification="confirmation",
    imitates="Tistory 'deleted by the administrator' (관리자에 의해 삭제된 게시물) regulation notices sent from Daum",
    why="the raw Korean entry slug must match the percent-encoded item in requests.csv; deletion by the operator is removal",
    items={K1: "removed", K2: "removed"},
)

case(
    name="kakao-brunch-bilingual",
    **{"from": "brunch@kakaocorp.com"},
    name_from="브런치팀",
    date="Fri, 13 Sep 2024 16:40:12 +0900",
    subject="[brunch] 요청 처리 결과 안내 / Result of your request (KCSC-240910-01)",
    reply_to_req="req-240910-01",
    body=f"""\
안녕하세요. 브런치팀입니다. / Hello, this is the brunch team at Kakao.

요청하신 글에 대해 아래와 같이 조치하였습니다.
We have taken the following action on the post you reported:

 - {K4} : 글 비공개 처리 및 작가 활동 제한 (post unpublished; author restricted)

자세한 기준은 브런치 운영정책(https://brunch.co.kr/policy)을 참고해 주세요.

고맙습니다.
브런치팀 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="brunch team (Kakao) notices ('안녕하세요. 브런치팀입니다 ... 고맙습니다'), in a bilingual layout",
    why="글 비공개 처리 / post unpublished = removed for K4; the brunch policy link on the same host is not an item",
    items={K4: "removed"},
)

case(
    name="kakao-wrapped-encoded-url",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Sat, 14 Sep 2024 13:13:13 +0900",
    subject=SUBJ2,
    reply_to_req="req-240910-01",
    body="""\
안녕하세요. 카카오 권리침해신고센터입니다.

KCSC-240910-01 요청 건 중 아래 티스토리 게시물은 게시중단(삭제) 조치되었습니다.

""" + K1[:len("https://fakeblog-jj.tistory.com/entry/") + len(quote("무료-다운로"))] + "\n"
    + K1[len("https://fakeblog-jj.tistory.com/entry/") + len(quote("무료-다운로")):] + """

카카오 권리침해신고센터 드림
https://cs.kakao.com/helps?service=150
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao 권리침해신고센터 게시중단 notices, with a long percent-encoded URL wrapped by the sender's mailer",
    why="the percent-encoded Tistory URL is wrapped across two lines (the second line starts with %EB...); joined, it is K1; 게시중단(삭제) = removed",
    items={K1: "removed"},
)

case(
    name="kakao-angle-brackets",
    **{"from": "cafe_cs@daum.net"},
    name_from="Daum 카페 고객센터",
    date="Mon, 16 Sep 2024 10:01:44 +0900",
    subject=SUBJ2,
    reply_to_req="req-240910-01",
    body=f"""\
안녕하세요. Daum 카페 운영 담당자입니다.

<{K3}> 게시물은 운영정책 위반으로 삭제했습니다.
요청하신 다른 게시물({K5})은 작성자가 이미 삭제하여 조회되지 않습니다.

Daum 카페 고객센터 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum cafe customer-centre prose replies, URL in angle brackets and in parentheses",
    why="<URL> in angle brackets and (URL) in parentheses; deleted = removed; already deleted by its author = not_found",
    items={K3: "removed", K5: "not_found"},
)

XLSX = xlsx_bytes([
    ["번호", "URL", "서비스", "처리결과", "비고"],
    ["1", K6, "Daum 카페", "삭제", ""],
    ["2", K7_ENC, "티스토리", "임시조치", "30일"],
    ["3", K8, "브런치", "미조치", "운영정책 위반 사항 없음"],
])
XLSX_NAME = "KCSC-240911-02_처리결과.xlsx"

case(
    name="kakao-xlsx-attachment",
    **{"from": "report@kakaocorp.com"},
    name_from="카카오 신고센터",
    date="Fri, 13 Sep 2024 18:30:00 +0900",
    subject=SUBJ4,
    reply_to_req="req-240911-02",
    raw_mime=f"""\
Content-Type: multipart/mixed; boundary="==mixed-xlsx-b4=="

--==mixed-xlsx-b4==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 카카오 신고센터입니다.

시정요구(KCSC-240911-02) 처리 결과를 첨부 파일로 송부드립니다.
확인 부탁드립니다.

카카오 신고센터 드림
--==mixed-xlsx-b4==
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;
 name*=utf-8''{quote(XLSX_NAME)}
Content-Disposition: attachment;
 filename*=utf-8''{quote(XLSX_NAME)}
Content-Transfer-Encoding: base64

{b64(XLSX)}
--==mixed-xlsx-b4==--
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean operators' result spreadsheets (번호 | URL | 서비스 | 처리결과 | 비고) attached to a one-line cover mail",
    why="statuses only in the XLSX: 삭제 = removed, 임시조치 = restricted (the sheet gives K7 percent-encoded, requests.csv stores it raw), 미조치 with 'no policy violation' = rejected",
    items={K6: "removed", K7: "restricted", K8: "rejected"},
)

CSV_CP949 = (
    "요청번호,URL,조치결과,조치일\r\n"
    f"KCSC-240911-02,{K6},게시물 삭제,2024-09-13\r\n"
    f"KCSC-240911-02,{K7},게시물 없음(작성자 삭제),2024-09-13\r\n"
    f"KCSC-240911-02,{K8},삭제,2024-09-13\r\n"
).encode("cp949")

case(
    name="kakao-csv-cp949",
    **{"from": "safety@kakao.com"},
    name_from="카카오 안전팀",
    date="Sat, 14 Sep 2024 08:45:30 +0900",
    subject=SUBJ4,
    reply_to_req="req-240911-02",
    raw_mime=f"""\
Content-Type: multipart/mixed; boundary="==mixed-csv-b4=="

--==mixed-csv-b4==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

조치 결과를 CSV 파일로 첨부합니다.
- 카카오 안전팀
--==mixed-csv-b4==
Content-Type: text/csv; charset=euc-kr; name="result_240914.csv"
Content-Disposition: attachment; filename="result_240914.csv"
Content-Transfer-Encoding: base64

{b64(CSV_CP949)}
--==mixed-csv-b4==--
""",
    outcome="applied",
    classification="confirmation",
    imitates="Excel-exported Korean CSV reports (CP949/EUC-KR, CRLF) that Korean operators attach to result mails",
    why="EUC-KR CSV attachment with Korean header 조치결과; the raw Korean Tistory slug matches the raw item; 게시물 없음(작성자 삭제) = not_found",
    items={K6: "removed", K7: "not_found", K8: "removed"},
)

case(
    name="kakao-outlook-korean-original",
    **{"from": "report@kakaocorp.com"},
    name_from="카카오 신고센터",
    date="Thu, 12 Sep 2024 15:10:08 +0900",
    subject=SUBJ4,
    reply_to_req="req-240911-02",
    body=f"""\
안녕하세요. 카카오 신고센터입니다.

아래 2건은 게시물 삭제 조치를 완료하였습니다.
{K6}
{K8}

-----원본 메시지-----
보낸 사람: "방송통신심의위원회" <takedown@kcsc.example>
받는 사람: <report@kakaocorp.com>
날짜: 2024-09-11 (수) 16:00:00
제목: [방송통신심의위원회] 시정요구 통보 (KCSC-240911-02)

{REQ4_TEXT}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean Outlook / Daum webmail replies with a '-----원본 메시지-----' block (보낸 사람 / 받는 사람 / 날짜 / 제목)",
    why="two URLs under '삭제 조치를 완료'; the quoted request below the Korean original-message separator lists K7 too with 삭제 요청, which must not count",
    items={K6: "removed", K8: "removed"},
)

case(
    name="yt-korean-legal-blocked-kr",
    **{"from": "legal-kr@google.com"},
    name_from="Google 법무팀",
    date="Fri, 13 Sep 2024 02:14:55 +0900",
    subject="[참조 번호 6-9142000036011] " + SUBJ3,
    reply_to_req="req-240911-01",
    body=f"""\
안녕하세요.

Google에 연락해 주셔서 감사합니다. 귀하의 요청(KCSC-240911-01)을 검토한 결과를 알려드립니다.

현지 법률에 따라 다음 URL의 콘텐츠에 대해 대한민국 내 액세스를 차단했습니다.
{Y1}
{Y2}

아래 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.
{Y3}

아래 채널에 대해서는 현지 법률 또는 Google 정책 위반을 확인하지 못하여 조치를 취하지 않았습니다.
{Y4_ENC}

Google의 법적 삭제 요청 처리 방식은 https://support.google.com/legal/answer/3110420 에서 확인하실 수 있습니다.

감사합니다.
Google 법무팀

{GOOGLE_FOOTER}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Google/YouTube legal-removal outcome emails in Korean ('대한민국 내 액세스를 차단했습니다', '조치를 취하지 않았습니다'), with the support.google.com/legal link and Google LLC footer",
    why="three headed sections: blocked in Korea = restricted, removed for Community Guidelines = removed, no violation found so no action = rejected; the channel handle is given percent-encoded while requests.csv stores it raw",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed", Y4: "rejected"},
)

case(
    name="yt-age-restricted-single",
    **{"from": "youtube-legal@google.com"},
    name_from="YouTube",
    date="Mon, 16 Sep 2024 07:22:40 +0900",
    subject="Re: KCSC-240913-01",
    reply_to_req="req-240913-01",
    body=f"""\
Hello,

Thanks for reaching out to us.

After reviewing the video {Y5}, we've applied an age restriction to it under our Community Guidelines.

Learn more about age-restricted content: https://support.google.com/youtube/answer/2802167

Regards,
The YouTube Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube age-restriction notices and the Help Centre article 'Age-restricted content' (support.google.com/youtube/answer/2802167)",
    why="one URL and one sentence: an age restriction is a restriction; the help-centre link is not an item",
    items={Y5: "restricted"},
)

_yt_text = f"""\
Hello,

We have reviewed the content you reported in your notice KCSC-240911-01.

We have removed the following content from YouTube for violating our Community Guidelines:
- {Y1}
- {Y3}

We reviewed the following content and did not find it to be in violation of our policies or local law. It remains available on YouTube:
- {Y2}

Sincerely,
The YouTube Legal Support Team
"""
_yt_html = f"""\
<html><body>
<p>Hello,</p>
<p>We have reviewed the content you reported in your notice KCSC-240911-01.</p>
<p>We have removed the following content from YouTube for violating our Community Guidelines:</p>
<ul><li><a href="{Y1}">{Y1}</a></li><li><a href="{Y3}">{Y3}</a></li></ul>
<p>We reviewed the following content and did not find it to be in violation of our policies or local law. It remains available on YouTube:</p>
<ul><li><a href="{Y2}">{Y2}</a></li></ul>
<p>Sincerely,<br>The YouTube Legal Support Team</p>
</body></html>
"""

case(
    name="yt-multipart-qp-english",
    **{"from": "youtube-legal@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 23:51:06 +0900",
    subject="Re: " + SUBJ3[4:],
    reply_to_req="req-240911-01",
    raw_mime=alternative(_yt_text, _yt_html, "quoted-printable", "==alt-yt-b4=="),
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal support outcome emails ('We have removed the following content ...', 'did not find it to be in violation ... remains available')",
    why="multipart/alternative, quoted-printable (the long sentence is soft-wrapped); two removed, one rejected; Y4 not mentioned stays pending; text and HTML must not double or conflict",
    items={Y1: "removed", Y3: "removed", Y2: "rejected"},
)

case(
    name="yt-youtu-be-korean-particles",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube 신뢰 및 안전팀",
    date="Fri, 13 Sep 2024 12:00:31 +0900",
    subject=SUBJ3,
    reply_to_req="req-240911-01",
    body="""\
안녕하세요, YouTube 신뢰 및 안전팀입니다.

신고해 주신 동영상 https://youtu.be/Kq3vT8xPz0A는 폭력적이거나 노골적인 콘텐츠에 관한 정책 위반으로 삭제되었습니다.
https://youtu.be/Lm9RsW2yQb4?si=dR4kP0aQ7xYz 역시 동일한 사유로 삭제했습니다.

YouTube 커뮤니티 가이드: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube Korean-language policy notices ('커뮤니티 가이드 위반으로 삭제되었습니다')",
    why="youtu.be short links, one directly followed by the particle 는, one with a ?si= share parameter; both deleted; the guidelines page is not an item",
    items={Y1: "removed", Y2: "removed"},
)


def _yt_row(url, text, action, reason):
    return (f'<tr><td><a href="{url}">{text}</a></td><td>{action}</td><td>{reason}</td></tr>')


case(
    name="yt-html-table-korean",
    **{"from": "legal-kr@google.com"},
    name_from="Google 법무팀",
    date="Sat, 14 Sep 2024 04:40:00 +0900",
    subject=SUBJ3,
    reply_to_req="req-240911-01",
    type="html",
    body="""\
<html><body>
<p>안녕하세요. KCSC-240911-01 요청에 대한 검토 결과입니다.</p>
<table border="1">
<tr><th>URL</th><th>조치</th><th>사유</th></tr>
""" + "\n".join([
        _yt_row(Y1, Y1, "국가별 차단(KR)", "현지 법률"),
        _yt_row(Y2, Y2, "연령 제한 적용", "커뮤니티 가이드(성인용 콘텐츠)"),
        _yt_row(Y3, Y3, "삭제", "커뮤니티 가이드 위반"),
        _yt_row(Y4_ENC, Y4, "조치 안 함", "정책 위반 아님"),
    ]) + """
</table>
<p>Google 법무팀</p>
</body></html>""",
    outcome="applied",
    classification="confirmation",
    imitates="Google legal-removal outcome summaries as tables (URL | 조치 | 사유) in Korean",
    why="HTML table: 국가별 차단(KR) and 연령 제한 = restricted, 삭제 = removed, 조치 안 함 with 'not a policy violation' = rejected; Y4's href is percent-encoded, its text raw",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed", Y4: "rejected"},
)

case(
    name="yt-korean-gmail-quote",
    **{"from": "legal-kr@google.com"},
    name_from="Google 법무팀",
    date="Tue, 17 Sep 2024 09:15:22 +0900",
    subject=SUBJ6,
    reply_to_req="req-240913-01",
    body=f"""\
안녕하세요.

요청하신 동영상 {Y5} 은(는) 아동 안전 정책 위반으로 삭제되었습니다.

Google 법무팀 드림

2024년 9월 13일 (금) 오후 3:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted(REQ6_TEXT)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Gmail Korean replies ('2024년 9월 13일 (금) 오후 3:00, ... 님이 작성:' then '>' lines) with Google's 은(는) template particle",
    why="the one requested video is stated deleted above the Gmail-style Korean quote header; 은(는) after the URL must not stick to it",
    items={Y5: "removed"},
)

case(
    name="yt-ack-phrase-plus-termination",
    **{"from": "youtube-legal@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 06:03:47 +0900",
    subject="Re: [6-9142000036011] KCSC-240911-01",
    reply_to_req="req-240911-01",
    body=f"""\
Hello,

Thank you for your submission. We have received your legal request and
reviewed the channel you reported.

We have terminated the following channel for repeated violations of
YouTube's Terms of Service:
{Y4}

The remaining URLs in your request are still being reviewed.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal-support replies that open with the receipt boilerplate ('Thank you for your submission. We have received your legal request') and then state an outcome (channel termination)",
    why="an acknowledgement phrase together with an unhedged statement about an item is not an acknowledgement: the channel (raw Korean handle) is terminated = removed; 'remaining URLs still being reviewed' names no item",
    items={Y4: "removed"},
)

# ======================================================================
# REVIEW: doubtful, a careful clerk would hesitate
# ======================================================================

case(
    name="naver-future-tense-korean",
    **{"from": "policy@navercorp.com"},
    date="Tue, 10 Sep 2024 16:22:10 +0900",
    subject=SUBJ1,
    reply_to_req="req-240909-01",
    body=f"""\
KCSC-240909-01 관련 안내드립니다.

아래 게시물은 내부 검토를 거쳐 9월 20일까지 삭제 조치할 예정입니다.
{N2}
{N3}

조치가 완료되면 다시 안내드리겠습니다.

{NAVER_SIG}
""",
    outcome="review",
    review="not_understood",
    imitates="Korean portal interim replies promising action by a date ('~까지 삭제 조치할 예정입니다')",
    why="future tense (삭제 조치할 예정): nothing is done yet, both items stay pending and the email must be seen",
    items={},
)

case(
    name="naver-under-review-korean",
    **{"from": "right@navercorp.com"},
    name_from="네이버 권리보호센터",
    date="Thu, 12 Sep 2024 17:03:29 +0900",
    subject=SUBJ5,
    reply_to_req="req-240912-01",
    body=f"""\
안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시물 2건({N15}, {N16})에 대해 현재 담당 부서에서 검토 중입니다.
검토가 완료되는 대로 결과를 회신드리겠습니다.

{NAVER_SIG}
""",
    outcome="review",
    review="not_understood",
    imitates="'현재 검토 중입니다' interim answers of Korean customer centres that repeat the reported URLs",
    why="'under review' about two named items states no outcome; since it names the items it is not a plain receipt: review, items pending (arguable against 'acknowledgement', see NOTES.md)",
    items={},
)

case(
    name="naver-partly-done-vague",
    **{"from": "cafe_help@navercorp.com"},
    name_from="네이버 카페 고객센터",
    date="Fri, 13 Sep 2024 12:47:51 +0900",
    subject=SUBJ1,
    reply_to_req="req-240909-01",
    body=f"""\
요청하신 건에 대해 안내드립니다.

아래 게시물 중 일부는 조치가 완료되었고, 일부는 카페 매니저 확인이 필요한 상태입니다.
{N8}
{N9}
{N10}

네이버 카페 고객센터
""",
    outcome="review",
    review="not_understood",
    imitates="partial-progress answers of Korean cafe customer centres ('일부는 조치가 완료되었고 ...')",
    why="'some of these were actioned, some need the cafe manager' without saying which: no item can be given a status",
    items={},
)

case(
    name="naver-forwarded-to-cafe-manager",
    **{"from": "cafe_help@navercorp.com"},
    name_from="네이버 카페 고객센터",
    date="Wed, 11 Sep 2024 14:36:02 +0900",
    subject=SUBJ1,
    reply_to_req="req-240909-01",
    body=f"""\
안녕하세요. 네이버 카페 고객센터입니다.

{N6} 관련 요청 내용을 해당 카페 매니저에게 전달하였습니다.
카페 내 게시물 관리는 카페 매니저의 권한이며, 매니저의 조치 여부는 카페 운영 방침에 따라 달라질 수 있습니다.

도움말: https://help.naver.com/service/5637/category/bookmark?lang=ko
""",
    outcome="review",
    review="not_understood",
    imitates="NAVER cafe answers that pass a report on to the cafe manager ('카페 매니저에게 전달하였습니다')",
    why="the request was passed to the cafe manager, who may or may not act: neither removal nor rejection; the named item stays pending",
    items={},
)

case(
    name="yt-hedged-may-have-been-removed",
    **{"from": "youtube-legal@google.com"},
    name_from="YouTube Legal Support",
    date="Sun, 15 Sep 2024 01:18:40 +0900",
    subject="Re: KCSC-240911-01",
    reply_to_req="req-240911-01",
    body=f"""\
Hi,

We looked into the URLs in your notice. It looks like the following
videos may already have been removed, possibly by the uploader:

{Y1}
{Y2}

We're still checking the remaining items and will follow up.

The YouTube Legal Support Team
""",
    outcome="review",
    review="not_understood",
    imitates="legal-support replies with hedged findings ('It looks like ... may already have been removed')",
    why="the main clause itself is hedged ('it looks like ... may already have been removed'): not a statement of not_found or removal",
    items={},
)

case(
    name="kakao-asks-more-documents",
    **{"from": "cs_notice@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 10:05:00 +0900",
    subject=SUBJ2,
    reply_to_req="req-240910-01",
    body=f"""\
안녕하세요. 카카오 고객센터입니다.

요청하신 게시물({K2}, {K4})에 대한 조치를 위해
심의 의결서 사본과 피해 사실을 확인할 수 있는 자료를 추가로 제출해 주시기 바랍니다.
자료가 확인되는 대로 신속히 처리하겠습니다.

{KAKAO_SIG}
""",
    outcome="review",
    classification="request_for_info",
    review="asks_more",
    imitates="Kakao/Daum 권리침해 centre requests for supporting documents ('추가로 제출해 주시기 바랍니다')",
    why="asks for the decision document and evidence before acting on two named items: asks_more, items pending",
    items={},
)

case(
    name="kakao-lookalike-unknown-sender",
    **{"from": "report@kakaocorp-cs.com"},
    name_from="카카오 신고센터",
    date="Fri, 13 Sep 2024 09:59:59 +0900",
    subject=SUBJ4,
    reply_to_req="req-240911-02",
    body=f"""\
안녕하세요. 카카오 신고센터입니다.

요청하신 게시물 3건 모두 삭제 조치를 완료하였습니다.
{K6}
{K7}
{K8}

카카오 신고센터 드림
""",
    outcome="review",
    review="unknown_sender",
    imitates="a Kakao 신고센터 confirmation sent from a look-alike domain (kakaocorp-cs.com) that passes DMARC for itself",
    why="authenticated, but kakaocorp-cs.com is no platform's sender domain: a spoof attempt that names our items must be seen, nothing applied",
    items={},
)

case(
    name="naver-dmarc-fail",
    **{"from": "policy@navercorp.com"},
    auth="fail",
    date="Sat, 14 Sep 2024 22:41:03 +0900",
    subject=SUBJ5,
    reply_to_req="req-240912-01",
    body=f"""\
KCSC-240912-01 처리 결과입니다.

{N15} - 삭제 완료
{N16} - 삭제 완료

{NAVER_SIG}
""",
    outcome="review",
    review="untrusted",
    imitates="a perfect NAVER per-line result mail whose From: navercorp.com fails DMARC at our gateway",
    why="dmarc=fail for navercorp.com: untrusted, nothing applied",
    items={},
)

case(
    name="kakao-daum-search-claims-naver-item",
    **{"from": "search_cs@kakaocorp.com"},
    name_from="Daum 검색 고객센터",
    date="Mon, 16 Sep 2024 14:20:00 +0900",
    subject="[Daum 검색] 검색 결과 삭제 처리 안내 (KCSC-240912-01)",
    body=f"""\
안녕하세요. Daum 검색 고객센터입니다.

방송통신심의위원회에서 요청하신 아래 게시물을 Daum 검색 결과에서 삭제하였습니다.
{N15}

원문 게시물의 삭제는 해당 서비스 제공자(네이버)에 요청하셔야 합니다.

{KAKAO_SIG}
""",
    outcome="review",
    review="wrong_platform",
    imitates="Daum search 'search result removal' notices (검색 결과에서 삭제), which remove a link from search, not the post itself",
    why="a trusted Kakao email claims a NAVER item as deleted (from Daum search only): Kakao's word cannot set a NAVER item's status",
    items={},
)

# ======================================================================
# IGNORED: auto-replies, bounces, read receipts, pure receipts
# ======================================================================

case(
    name="naver-ooo-chuseok",
    **{"from": "seoyeon.park@navercorp.com"},
    name_from="박서연",
    date="Tue, 17 Sep 2024 09:00:04 +0900",
    subject="[자동회신] RE: [방송통신심의위원회] 시정요구 조치 결과 회신 요청 (KCSC-240909-01)",
    reply_to_req="rem-240909-01-1",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""\
안녕하세요. 박서연입니다.

추석 연휴(9월 16일~9월 18일) 기간 동안 부재중입니다.
9월 19일부터 순차적으로 확인하겠습니다.
긴급한 건은 policy@navercorp.com 으로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean Outlook out-of-office replies ('[자동회신]', 추석 연휴 부재중)",
    why="out-of-office auto-reply to our reminder during Chuseok: nothing about items",
    items={},
)

_reminder2 = f"""\
From: KCSC Takedown <takedown@kcsc.example>
To: report@kakaocorp.com
Subject: [방송통신심의위원회] 시정요구 조치 결과 회신 요청 (KCSC-240910-01)
Date: Wed, 18 Sep 2024 09:00:00 +0900
Message-ID: <rem-240910-01-1@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

2024. 9. 10. 통보한 시정요구(KCSC-240910-01)의 조치 결과가 아직 회신되지 않았습니다.
아래 정보의 삭제 여부를 회신하여 주시기 바랍니다.

""" + "\n".join(f"- {u}" for u in R2) + "\n"

case(
    name="kakao-bounce-mailbox-full",
    **{"from": "MAILER-DAEMON@mx.kakaocorp.com"},
    name_from="Mail Delivery System",
    date="Wed, 18 Sep 2024 09:00:12 +0900",
    subject="Undelivered Mail Returned to Sender",
    reply_to_req="rem-240910-01-1",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""\
Content-Type: multipart/report; report-type=delivery-status;
 boundary="==dsn-b4=="

--==dsn-b4==
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@kakaocorp.com>: host mbox3.kakaocorp.com[203.0.113.44] said:
    552 5.2.2 <report@kakaocorp.com>: Mailbox full (in reply to RCPT TO command)

--==dsn-b4==
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kakaocorp.com
Arrival-Date: Wed, 18 Sep 2024 09:00:03 +0900

Final-Recipient: rfc822; report@kakaocorp.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mbox3.kakaocorp.com
Diagnostic-Code: smtp; 552 5.2.2 <report@kakaocorp.com>: Mailbox full

--==dsn-b4==
Content-Description: Undelivered Message
Content-Type: message/rfc822

{_reminder2}
--==dsn-b4==--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix 'Undelivered Mail Returned to Sender' DSNs (multipart/report; report-type=delivery-status) with the returned message attached",
    why="a bounce of our own reminder (mailbox full); the returned reminder lists our URLs but states nothing",
    items={},
)

case(
    name="naver-mdn-read-receipt",
    **{"from": "policy@navercorp.com"},
    date="Thu, 12 Sep 2024 09:41:27 +0900",
    subject="읽음: [방송통신심의위원회] 시정요구 통보 (KCSC-240912-01)",
    reply_to_req="req-240912-01",
    raw_mime="""\
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="==mdn-b4=="

--==mdn-b4==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메시지
  받는 사람: policy@navercorp.com
  제목: [방송통신심의위원회] 시정요구 통보 (KCSC-240912-01)
  보낸 날짜: 2024-09-12 (목) 오전 9:30

이(가) 2024-09-12 (목) 오전 9:41에 읽혔습니다.
--==mdn-b4==
Content-Type: message/disposition-notification

Reporting-UA: policy@navercorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <req-240912-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--==mdn-b4==--
""",
    outcome="ignored",
    imitates="Korean Outlook read receipts ('읽음: ...', '... 에 읽혔습니다') as multipart/report; report-type=disposition-notification",
    why="an MDN read receipt: ignored, not forwarded",
    items={},
)

case(
    name="naver-ticket-receipt",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Thu, 12 Sep 2024 09:31:10 +0900",
    subject="[네이버 고객센터] 문의가 접수되었습니다 (KCSC-240912-01)",
    reply_to_req="req-240912-01",
    body="""\
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호: 2024091210334
 - 접수일시: 2024-09-12 09:31

접수된 순서대로 담당자가 확인한 후 답변드리겠습니다.
답변은 영업일 기준 1~3일 정도 소요될 수 있습니다.

네이버 고객센터 https://help.naver.com/
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="NAVER 고객센터 '문의가 접수되었습니다' receipts with 접수번호",
    why="a pure ticket receipt: says nothing about any item",
    items={},
)

case(
    name="yt-legal-receipt-with-quote",
    **{"from": "youtube-legal@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 11:02:33 +0900",
    subject="Re: " + SUBJ3[4:] + " [6-9142000036011]",
    reply_to_req="req-240911-01",
    body=f"""\
Hello,

Thank you for contacting YouTube. We have received your legal request and
a ticket has been created for it (reference 6-9142000036011).

Our team will review the content and get back to you as soon as possible.
Please keep the reference number in the subject line of any further
correspondence.

The YouTube Legal Support Team

On Wed, Sep 11, 2024 at 11:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(REQ3_TEXT)}
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Google/YouTube legal-request receipts ('We have received your legal request ... reference number') over a Gmail-style quote",
    why="a receipt as a whole; the only URLs are in the quoted request (with 삭제 요청), which never counts as the platform's statement",
    items={},
)

case(
    name="kakao-report-receipt",
    **{"from": "report@kakaocorp.com"},
    name_from="카카오 신고센터",
    date="Wed, 11 Sep 2024 16:00:41 +0900",
    subject="[카카오] 신고 접수 안내 (KCSC-240911-02)",
    reply_to_req="req-240911-02",
    body="""\
안녕하세요. 카카오 신고센터입니다.

신고하신 내용이 정상적으로 접수되었습니다.
접수번호: KKO-2409-117723

처리 결과는 확인 후 이메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Kakao 신고센터 '신고 접수 안내' receipts with 접수번호",
    why="a pure report receipt: nothing about items",
    items={},
)


# ---------------------------------------------------------------- later additions
_ks_text = f"""\
안녕하세요. Daum 고객센터입니다.

요청하신 게시물에 대한 처리 결과를 안내드립니다.

1. {K2}  : 삭제
2. {K4}  : 삭제

감사합니다.
"""
_ks_html = f"""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987"></head>
<body><div>안녕하세요. Daum 고객센터입니다.</div>
<div>요청하신 게시물에 대한 처리 결과를 안내드립니다.</div>
<div>1. <a href="{K2}">{K2}</a>&nbsp; : 삭제</div>
<div>2. <a href="{K4}">{K4}</a>&nbsp; : 삭제</div>
<div>감사합니다.</div></body></html>
"""

case(
    name="kakao-ks-c-5601-outlook",
    **{"from": "cs@daum.net"},
    name_from="Daum 고객센터",
    date="Tue, 17 Sep 2024 10:32:05 +0900",
    subject=SUBJ2,
    reply_to_req="req-240910-01",
    raw_mime=f"""\
Content-Type: multipart/alternative; boundary="----=_NextPart_000_0012_01DB0851.B4A4"

------=_NextPart_000_0012_01DB0851.B4A4
Content-Type: text/plain; charset="ks_c_5601-1987"
Content-Transfer-Encoding: base64

{b64(_ks_text.encode("cp949"))}

------=_NextPart_000_0012_01DB0851.B4A4
Content-Type: text/html; charset="ks_c_5601-1987"
Content-Transfer-Encoding: base64

{b64(_ks_html.encode("cp949"))}

------=_NextPart_000_0012_01DB0851.B4A4--
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook-on-Windows Korean mail (multipart/alternative, charset ks_c_5601-1987, base64, ----=_NextPart boundaries) with numbered 'URL : 삭제' lines",
    why="ks_c_5601-1987 base64 text and HTML parts saying the same: two items deleted; K1, K3, K5 stay pending",
    items={K2: "removed", K4: "removed"},
)

case(
    name="kakao-status-closed-label",
    **{"from": "report@kakaocorp.com"},
    name_from="카카오 신고센터",
    date="Mon, 16 Sep 2024 17:45:19 +0900",
    subject=SUBJ4,
    reply_to_req="req-240911-02",
    body=f"""\
KCSC-240911-02 처리 현황입니다.

{K6}
  처리상태: 종결
{K7}
  처리상태: 종결
{K8}
  처리상태: 종결

카카오 신고센터
""",
    outcome="review",
    review="not_understood",
    imitates="ticket-system status exports of Korean help desks that only say a case is closed (처리상태: 종결)",
    why="'case closed' for each URL says nothing about whether the posts were removed, kept or not found: not understood, items pending",
    items={},
)


# ---------------------------------------------------------------- writing
HEADER = """\
# Blind set 4 (issue 11): Korean-language correspondence (NAVER blog/cafe/post,
# Kakao/Daum Tistory/cafe/brunch, YouTube Korea, Korean replies from Google).
# Generated by make.py from its case list; expected results were written from
# each email's meaning before the reader was run. Do not tune against it.
"""


def fix_euckr():
    for name, text in EUCKR_BODIES.items():
        path = os.path.join(HERE, "cases", name + ".eml")
        with open(path, "rb") as f:
            raw = f.read()
        ph = f"@@EUCKR-{name}@@".encode("ascii")
        assert raw.count(ph) == 1, name
        raw = raw.replace(ph, text.rstrip("\n").encode("euc-kr"))
        with open(path, "wb") as f:
            f.write(raw)


def validate():
    """Python-only checks: the project's check_corpus.py on this directory,
    plus date windows and a few set-specific checks."""
    import csv
    import email
    import email.utils
    from datetime import datetime, timezone, timedelta
    import check_corpus
    check_corpus.HERE = HERE
    check_corpus.REVIEWS = set(check_corpus.REVIEWS) | {"not_understood"}
    check_corpus.LARGE_OK = {"cases/kakao-xlsx-attachment.eml"}
    errors = []
    rows = list(csv.DictReader(open(os.path.join(HERE, "requests.csv"), encoding="utf-8")))
    sent = {}
    for r in rows:
        sent[r["message_id"].strip("<>").split("@")[0]] = datetime.fromisoformat(r["sent_at"])
        assert datetime.fromisoformat("2024-09-09T00:00:00+09:00") <= datetime.fromisoformat(r["sent_at"]) \
            < datetime.fromisoformat("2024-09-18T00:00:00+09:00"), r
    clock = datetime.fromisoformat("2024-09-20T00:00:00+09:00")
    first_sent = min(sent.values())
    for c in CASES:
        path = os.path.join(HERE, "cases", c["name"] + ".eml")
        msg = email.message_from_bytes(open(path, "rb").read())
        d = email.utils.parsedate_to_datetime(msg["Date"])
        if not (first_sent < d < clock):
            errors.append(f"{c['name']}: date {d} outside window")
        rr = c.get("reply_to_req", "")
        if rr.startswith("req-") and not d > sent[rr]:
            errors.append(f"{c['name']}: dated before the request it answers")
        for part in msg.walk():
            if not part.is_multipart():
                part.get_payload(decode=True)
        if c["outcome"] == "review" and c.get("items"):
            errors.append(f"{c['name']}: review case changes items")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    check_corpus.main()


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind4", HEADER, CASES)
    fix_euckr()
    validate()
    n = len(CASES)
    by = {}
    for c in CASES:
        by[c["outcome"]] = by.get(c["outcome"], 0) + 1
    items = sum(len(c.get("items", {})) for c in CASES)
    print(f"blind4: {n} cases {by}, {items} item expectations")


if __name__ == "__main__":
    main()
