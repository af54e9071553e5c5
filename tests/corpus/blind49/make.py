#!/usr/bin/env python3
"""Blind set 49 (issue 11): a general mix, English and Korean, large
platforms beside hosting abuse desks, a CDN, a file locker and a small
Korean forum. Expected results are written from each email's meaning, in the
case list below, before the reader was ever run on them.

    python3 tests/corpus/blind49/make.py
"""
import base64
import csv
import io
import os
import quopri
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "daum.net": "Daum",
    "mega.nz": "MEGA",
    "mega.io": "MEGA",
    "cloudflare.com": "Cloudflare",
    "hetzner.com": "Hetzner Online",
    "dcinside.com": "DCinside",
})

# ---------------------------------------------------------------- requests
NB = ["https://blog.naver.com/moonlit_fake/2235610001%02d" % i for i in range(1, 8)]
NC = ["https://cafe.naver.com/fakecafe77/12%02d" % i for i in range(1, 8)]
MG = ["https://mega.nz/file/Xa1Bc2De", "https://mega.nz/file/Yq7Rt3Lm",
      "https://mega.nz/file/Kp0Zw8Vn", "https://mega.nz/folder/Hd5Jk2Qs",
      "https://mega.nz/file/Tm4Wx9Ee"]
KK = ["https://cafe.daum.net/fakecafe88/Bx3q/101", "https://cafe.daum.net/fakecafe88/Bx3q/102",
      "https://fakeblog-kr.tistory.com/45", "https://brunch.co.kr/@fakewriter/12"]
CF = ["https://fake-leaks-share.com/v/88121", "https://img.fakeboard-host.net/i/7Qx2k",
      "https://fakestream-kr.xyz/watch/5531"]
HZ = ["https://fakehost-files.de/dl/a81f3", "https://fakehost-files.de/dl/a81f4",
      "https://fakehost-files.de/dl/a81f9"]
DC = ["https://gall.dcinside.com/board/view/?id=fakegall&no=10234",
      "https://gall.dcinside.com/mgallery/board/view/?id=fakeminor&no=5521"]
XX = ["https://x.com/fake_acct_kr/status/1834000000000000001"]

REQUESTS = [
    ("KCSC-240909-01", "naver", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", NB + NC, "obscenity"),
    ("KCSC-240910-01", "mega", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00", MG, "deepfake_sexual_abuse"),
    ("KCSC-240911-01", "kakao", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00", KK, "defamation"),
    ("KCSC-240912-01", "cloudflare", "2024-09-12T10:30:00+09:00", "2024-09-19T18:00:00+09:00", CF, "deepfake_sexual_abuse"),
    ("KCSC-240913-01", "hetzner", "2024-09-13T09:00:00+09:00", "2024-09-20T18:00:00+09:00", HZ, "illegal_gambling"),
    ("KCSC-240916-01", "dcinside", "2024-09-16T15:00:00+09:00", "2024-09-23T18:00:00+09:00", DC, "defamation"),
    ("KCSC-240917-01", "x", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00", XX, "drugs"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat in REQUESTS:
            mid = "<req-%s@kcsc.example>" % ref[5:].lower()
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, ""])


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def xlsx(rows):
    """A minimal XLSX (inline strings), built by hand, deterministic."""
    def cell(ref, v):
        v = v.replace("&", "&amp;").replace("<", "&lt;")
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, v)
    sheet_rows = []
    for i, row in enumerate(rows, 1):
        cells = "".join(cell("%s%d" % ("ABCD"[j], i), v) for j, v in enumerate(row))
        sheet_rows.append('<row r="%d">%s</row>' % (i, cells))
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Takedowns" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '</Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join(sheet_rows) + '</sheetData></worksheet>',
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 12, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def enc(name):
    """RFC 2047 encoded-word for a non-ASCII display name."""
    return "=?UTF-8?B?" + base64.b64encode(name.encode("utf-8")).decode("ascii") + "?="


def ref(r):
    return "req-" + r[5:].lower()


QUOTE_NAVER = "\n".join("> " + l for l in (
    ["[KCSC-240909-01] 시정요구 (불법·유해정보)",
     "방송통신심의위원회는 아래 정보에 대하여 삭제를 요구합니다.",
     ""] + ["%d. %s" % (i + 1, u) for i, u in enumerate(NB + NC)] + ["", "조치 결과를 회신하여 주시기 바랍니다."]))

# ---------------------------------------------------------------- cases
CASES = []


def case(**c):
    CASES.append(c)


# ===== NAVER (KCSC-240909-01, 14 items) ======================================
case(
    name="nv-kcsc-result-table-html",
    **{"from": "policy@navercorp.com"},
    date="Thu, 12 Sep 2024 15:10:00 +0900",
    subject="RE: [KCSC-240909-01] 시정요구 조치결과 회신",
    reply_to_req=ref("KCSC-240909-01"),
    type="html",
    body="""<html><body>
<p>방송통신심의위원회 담당자님 안녕하십니까.<br>네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구(KCSC-240909-01)에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>%s</td><td>삭제</td><td>2024.09.11</td></tr>
<tr><td>2</td><td>%s</td><td>삭제</td><td>2024.09.11</td></tr>
<tr><td>3</td><td>%s</td><td>임시조치</td><td>2024.09.11</td></tr>
<tr><td>4</td><td>%s</td><td>해당 게시물 없음</td><td>-</td></tr>
<tr><td>5</td><td>%s</td><td>삭제</td><td>2024.09.12</td></tr>
<tr><td>6</td><td>%s</td><td>임시조치</td><td>2024.09.12</td></tr>
<tr><td>7</td><td>%s</td><td>삭제</td><td>2024.09.12</td></tr>
</table>
<p>나머지 게시물에 대해서는 확인 후 별도로 회신드리겠습니다.</p>
<p>네이버 운영정책: <a href="https://policy.naver.com/policy/service.html">https://policy.naver.com/policy/service.html</a></p>
<p>감사합니다.<br>NAVER 정책지원팀 드림</p>
</body></html>""" % (NB[0], NB[1], NB[2], NB[3], NC[0], NC[1], NC[2]),
    outcome="applied", classification="confirmation",
    imitates="KCSC 시정요구 조치결과 회신 table (번호/URL/조치결과/조치일), as Korean portals return it",
    why="HTML table with 삭제/임시조치/해당 게시물 없음 per row; a promise about the remaining posts leaves them pending; the policy link is not an item",
    items={NB[0]: "removed", NB[1]: "removed", NB[2]: "restricted", NB[3]: "not_found",
           NC[0]: "removed", NC[1]: "restricted", NC[2]: "removed"},
)

case(
    name="nv-blind-prose-then-list",
    **{"from": "noreply-safety@naver.com"},
    date="Wed, 11 Sep 2024 10:42:00 +0900",
    subject="[네이버] 신고하신 게시물 처리 결과 안내",
    reply_to_req=ref("KCSC-240909-01"),
    body="""안녕하세요, 네이버 고객센터입니다.

신고해 주신 게시물 2건을 검토한 결과, 네이버 블로그 운영정책에 위배되는 것으로 확인되어 블라인드 처리하였습니다.

- %s
- %s

블라인드 처리된 게시물은 작성자 외에는 볼 수 없습니다.
운영정책 자세히 보기: https://help.naver.com/service/5593/contents/19024

본 메일은 발신전용입니다.
Copyright © NAVER Corp. All Rights Reserved.""" % (NB[4], NB[5]),
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 '신고하신 게시물 처리 결과 안내' (블라인드 처리) notice",
    why="statement about 'the reported posts' followed by a bulleted list; 블라인드 처리 is the Korean blind form of removal",
    items={NB[4]: "removed", NB[5]: "removed"},
)

case(
    name="nv-author-deleted-before",
    **{"from": "policy@navercorp.com"},
    date="Wed, 11 Sep 2024 17:05:00 +0900",
    subject="RE: [KCSC-240909-01] 시정요구 관련 회신",
    reply_to_req=ref("KCSC-240909-01"),
    body="""담당자님께,

요청하신 카페 게시물 %s 은(는) 저희가 확인하기 전에 작성자에 의해 이미 삭제된 게시물입니다.
따라서 별도의 조치는 필요하지 않은 점 양해 부탁드립니다.

NAVER 정책지원팀""" % NC[3],
    outcome="applied", classification="confirmation",
    imitates="NAVER reply that a reported post was already deleted by its author (작성자 삭제)",
    why="a post already deleted by its author is not_found, not rejected, even with 'no action needed'",
    items={NC[3]: "not_found"},
)

case(
    name="nv-no-violation-kept",
    **{"from": "policy@navercorp.com"},
    date="Fri, 13 Sep 2024 11:20:00 +0900",
    subject="RE: [KCSC-240909-01] 검토 결과 안내",
    reply_to_req=ref("KCSC-240909-01"),
    body="""안녕하십니까, 네이버입니다.

%s
위 게시물은 검토 결과 네이버 블로그 운영정책 및 관련 법령에 위반되는 내용이 확인되지 않아 게시를 유지하기로 하였습니다.

추가로 위법성을 판단할 수 있는 자료가 있으시면 회신 주시기 바랍니다.

감사합니다.""" % NB[6],
    outcome="applied", classification="confirmation",
    imitates="Korean portal 'no violation found, post kept' (게시 유지) reply",
    why="status on the line below a bare URL: no violation found, kept online -> rejected; the closing invitation to send more material is boilerplate, not a request",
    items={NB[6]: "rejected"},
)

case(
    name="nv-under-review-later",
    **{"from": "policy@navercorp.com"},
    date="Thu, 12 Sep 2024 09:30:00 +0900",
    subject="RE: [KCSC-240909-01] 시정요구 처리 현황",
    reply_to_req=ref("KCSC-240909-01"),
    body="""담당자님 안녕하세요.

아래 카페 게시물은 현재 내부 검토가 진행 중이며, 검토가 끝나는 대로 조치 결과를 안내드리겠습니다.

%s
%s

감사합니다.
NAVER 정책지원팀""" % (NC[4], NC[5]),
    outcome="review", review="not_understood",
    imitates="Korean portal interim status reply (검토 진행 중, 추후 안내)",
    why="trusted, names two requested items, but only says they are under review: nothing to apply, must be seen",
    items={},
)

case(
    name="nv-receipt-number",
    **{"from": "noreply-cs@naver.com"},
    date="Mon, 09 Sep 2024 10:03:00 +0900",
    subject="[네이버 고객센터] 문의가 접수되었습니다",
    reply_to_req=ref("KCSC-240909-01"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2024090910-558812

담당자가 확인 후 순차적으로 답변드리겠습니다. 답변은 영업일 기준 1~3일 정도 소요될 수 있습니다.

※ 본 메일은 발신 전용으로 회신되지 않습니다.""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 automatic 문의 접수 receipt with 접수번호",
    why="pure receipt with a ticket number; names no item and states nothing",
    items={},
)

CSV_NV = "URL,처리결과,비고\r\n%s,삭제,운영자 삭제\r\n%s,임시조치,30일\r\n%s,삭제,\r\n" % (NC[4], NC[5], NC[6])
case(
    name="nv-csv-attachment",
    **{"from": "policy@navercorp.com"},
    date="Sat, 14 Sep 2024 13:00:00 +0900",
    subject="RE: [KCSC-240909-01] 카페 게시물 조치결과 (첨부)",
    reply_to_req=ref("KCSC-240909-01"),
    raw_mime="""Content-Type: multipart/mixed; boundary="nv-csv-b49"

--nv-csv-b49
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

담당자님, 카페 게시물 3건에 대한 조치결과를 첨부 파일로 보내드립니다.

NAVER 정책지원팀

--nv-csv-b49
Content-Type: text/csv; charset=utf-8; name="result_240914.csv"
Content-Disposition: attachment; filename="result_240914.csv"
Content-Transfer-Encoding: base64

%s
--nv-csv-b49--
""" % b64(CSV_NV),
    outcome="applied", classification="confirmation",
    imitates="portal result spreadsheet sent as a CSV attachment (URL,처리결과,비고)",
    why="statuses only in a CSV attachment: 삭제, 임시조치 (30일), 삭제",
    items={NC[4]: "removed", NC[5]: "restricted", NC[6]: "removed"},
)

case(
    name="nv-top-posted-all-done",
    **{"from": "policy@navercorp.com"},
    date="Tue, 17 Sep 2024 16:44:00 +0900",
    subject="RE: [KCSC-240909-01] 시정요구 (불법·유해정보)",
    reply_to_req=ref("KCSC-240909-01"),
    body="""담당자님, 아래 블로그 게시물 1번과 2번은 2024.09.17 자로 삭제 조치 완료하였습니다.
나머지 건은 별도 회신드리겠습니다.

NAVER 정책지원팀

2024년 9월 9일 (월) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
""" + QUOTE_NAVER,
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply over the regulator's quoted numbered list",
    why="top-posted statement names items 1 and 2 of our quoted numbered list; only they are removed, the quoted rest stays pending",
    items={NB[0]: "removed", NB[1]: "removed"},
)

case(
    name="nv-dmarc-fail-deleted",
    **{"from": "policy@navercorp.com"},
    auth="fail",
    date="Sun, 15 Sep 2024 02:13:00 +0900",
    subject="RE: [KCSC-240909-01] 조치 완료",
    reply_to_req=ref("KCSC-240909-01"),
    body="""요청하신 게시물은 모두 삭제 완료되었습니다.

%s 삭제
%s 삭제

NAVER""" % (NB[2], NB[3]),
    outcome="review", review="untrusted",
    imitates="KCSC 조치 완료 reply, but failing DMARC (spoof test)",
    why="perfect confirmation in form, but dmarc=fail for navercorp.com: must be reviewed, nothing applied",
    items={},
)

case(
    name="nv-url-below-status-lines",
    **{"from": "policy@navercorp.com"},
    date="Fri, 13 Sep 2024 18:02:00 +0900",
    subject="RE: [KCSC-240909-01] 블로그 게시물 처리 결과",
    reply_to_req=ref("KCSC-240909-01"),
    body="""담당자님 안녕하세요. 처리 결과 알려드립니다.

%s
처리 결과 : 게시중단

%s
처리 결과 : 비공개 처리 (운영자)

%s
처리 결과 : 해당 게시물이 존재하지 않음

문의: 네이버 고객센터 https://help.naver.com
감사합니다.""" % (NB[4], NB[5], NB[6]),
    outcome="applied", classification="confirmation",
    imitates="NAVER per-URL result block ('처리 결과 :' on the line below each URL)",
    why="status on the line below each bare URL: 게시중단 and operator 비공개 처리 are removals, 존재하지 않음 is not_found",
    items={NB[4]: "removed", NB[5]: "removed", NB[6]: "not_found"},
)

QP_TEXT = """안녕하세요, 네이버 카페 운영지원팀입니다.

방송통신심의위원회에서 요청하신 아래 카페 게시물은 운영자에 의해 삭제되었습니다.
  %s
  %s

카페 운영원칙: https://cafe.naver.com/cafesupport
감사합니다.
""" % (NC[0], NC[1])
QP_HTML = """<html><body><p>안녕하세요, 네이버 카페 운영지원팀입니다.</p>
<p>방송통신심의위원회에서 요청하신 아래 카페 게시물은 운영자에 의해 삭제되었습니다.</p>
<ul><li><a href="%s">%s</a></li><li><a href="%s">%s</a></li></ul>
<p>카페 운영원칙: <a href="https://cafe.naver.com/cafesupport">https://cafe.naver.com/cafesupport</a></p>
<p>감사합니다.</p></body></html>
""" % (NC[0], NC[0], NC[1], NC[1])
case(
    name="nv-qp-alternative-operator-deleted",
    **{"from": "cafe_support@naver.com"},
    date="Thu, 12 Sep 2024 20:15:00 +0900",
    subject="=?UTF-8?B?" + base64.b64encode("[네이버 카페] 게시물 삭제 안내".encode()).decode() + "?=",
    reply_to_req=ref("KCSC-240909-01"),
    raw_mime="""Content-Type: multipart/alternative; boundary="alt-b49-qp"

--alt-b49-qp
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

%s
--alt-b49-qp
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

%s
--alt-b49-qp--
""" % (qp(QP_TEXT), qp(QP_HTML)),
    outcome="applied", classification="confirmation",
    imitates="NAVER 카페 운영지원 게시물 삭제 안내, multipart/alternative quoted-printable",
    why="'운영자에 의해 삭제되었습니다' for two cafe posts, in QP text and HTML parts; the cafesupport link is not an item",
    items={NC[0]: "removed", NC[1]: "removed"},
)

case(
    name="nv-ack-plus-result",
    **{"from": "policy@navercorp.com"},
    date="Tue, 10 Sep 2024 14:25:00 +0900",
    subject="RE: [KCSC-240909-01] 접수 및 1차 처리 결과",
    reply_to_req=ref("KCSC-240909-01"),
    body="""담당자님 안녕하십니까.

보내주신 시정요구는 정상적으로 접수되었습니다 (접수번호 NV-2409-03317).
이 중 아래 게시물은 우선 삭제하였으며, 나머지 게시물은 검토 후 안내드리겠습니다.

%s

감사합니다.
NAVER 정책지원팀""" % NC[2],
    outcome="applied", classification="confirmation",
    imitates="Korean portal reply combining a 접수 receipt with a first result",
    why="an acknowledgement phrase together with an unhedged deletion of one named item is not an acknowledgement; the rest stays pending",
    items={NC[2]: "removed"},
)

case(
    name="nv-one-line-temp-measure",
    **{"from": "policy@navercorp.com"},
    date="Wed, 11 Sep 2024 08:55:00 +0900",
    subject="RE: [KCSC-240909-01]",
    reply_to_req=ref("KCSC-240909-01"),
    body="""%s 해당 게시물은 임시조치(30일간 접근 차단)되었습니다.""" % NB[3],
    outcome="applied", classification="confirmation",
    imitates="one-line portal answer: URL and a single 임시조치 sentence",
    why="a notice that is only a URL and one sentence; 임시조치 is the Art. 44-2 temporary measure -> restricted",
    items={NB[3]: "restricted"},
)

case(
    name="nv-owner-gmail-claims",
    **{"from": "moonlit.fake.owner@gmail.com"},
    auth="none",
    name_from=enc("김가명"),
    date="Sat, 14 Sep 2024 23:40:00 +0900",
    subject="블로그 글 삭제했습니다",
    body="""안녕하세요 블로그 주인입니다.
통보 받고 %s 글은 제가 직접 지웠습니다. 확인 부탁드려요.""" % NB[0],
    outcome="review", review="unknown_sender",
    imitates="a blog owner writing from a personal mailbox that he deleted his post",
    why="unknown sender names a requested item: never applied, must be seen",
    items={},
)

# ===== MEGA (KCSC-240910-01, 5 items) =========================================
case(
    name="mega-disabled-list",
    **{"from": "copyright@mega.nz"},
    date="Wed, 11 Sep 2024 03:18:00 +0900",
    subject="Re: Takedown request KCSC-240910-01 [MEGA ref TD-771045]",
    reply_to_req=ref("KCSC-240910-01"),
    body="""Dear Sir/Madam,

Thank you for your notice. The following links have been disabled and the files are no longer accessible:

%s
%s
%s

The user's account has been sent a warning in line with our Terms of Service (https://mega.io/terms) and
Takedown Guidance Policy (https://mega.io/takedown).

Regards,
MEGA Compliance Team
Mega Limited, Auckland, New Zealand""" % (MG[0], MG[1], MG[2]),
    outcome="applied", classification="confirmation",
    imitates="MEGA compliance takedown reply ('links have been disabled')",
    why="three links disabled -> removed; terms/takedown policy links are not items",
    items={MG[0]: "removed", MG[1]: "removed", MG[2]: "removed"},
)

case(
    name="mega-invalid-link",
    **{"from": "copyright@mega.nz"},
    date="Thu, 12 Sep 2024 05:40:00 +0900",
    subject="Re: Takedown request KCSC-240910-01 [MEGA ref TD-771046]",
    reply_to_req=ref("KCSC-240910-01"),
    body="""Hello,

We were unable to locate the folder you reported:
%s

The link is invalid or the folder had already been removed by its owner before your notice reached us.
No further action is possible on our side.

MEGA Compliance Team""" % MG[3],
    outcome="applied", classification="confirmation",
    imitates="file-locker 'unable to locate / link invalid' takedown reply",
    why="unable to locate, invalid link, already removed by its owner -> not_found",
    items={MG[3]: "not_found"},
)

case(
    name="mega-out-of-office",
    **{"from": "j.tane@mega.nz"},
    name_from="James Tane",
    date="Tue, 10 Sep 2024 11:02:00 +0900",
    subject="Automatic reply: [KCSC-240910-01] Removal request",
    reply_to_req=ref("KCSC-240910-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 16 September with limited access to email.
For urgent copyright or takedown matters please write to copyright@mega.nz.

James""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply, states nothing about items",
    items={},
)

case(
    name="mega-lookalike-domain",
    **{"from": "compliance@mega-support.co"},
    auth="pass",
    name_from="MEGA Compliance",
    date="Fri, 13 Sep 2024 07:11:00 +0900",
    subject="Re: Takedown request KCSC-240910-01",
    reply_to_req=ref("KCSC-240910-01"),
    body="""Dear KCSC,

The following files were removed today:
%s
%s

To confirm the removal, please log in to our partner portal at https://mega-support.co/verify.

MEGA Compliance Team""" % (MG[3], MG[4]),
    outcome="review", review="unknown_sender",
    imitates="a look-alike domain imitating the MEGA compliance reply (phishing pattern)",
    why="DMARC passes but for a domain that is no platform's: unknown sender naming our items, must be seen, nothing applied",
    items={},
)

MEGA_HTML = """<html><body>
<p>Dear Korea Communications Standards Commission,</p>
<p>We have processed your takedown notice KCSC-240910-01. Outcome per link:</p>
<ol>
<li>%s &mdash; <b>Status: Removed</b></li>
<li>%s &mdash; <b>Status: Removed</b></li>
</ol>
<p>Read how we handle notices: <a href="https://mega.io/takedown">mega.io/takedown</a>.
Appeals are handled via <a href="https://mega.io/contact">mega.io/contact</a>.</p>
<p>MEGA Compliance Team</p>
</body></html>
""" % (MG[3], MG[4])
case(
    name="mega-base64-html-status",
    **{"from": "noreply@mega.io"},
    date="Sat, 14 Sep 2024 09:00:00 +0900",
    subject="Your takedown notice has been processed",
    reply_to_req=ref("KCSC-240910-01"),
    raw_mime="""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

%s
""" % b64(MEGA_HTML),
    outcome="applied", classification="confirmation",
    imitates="automated 'takedown notice processed' HTML mail with per-link status (base64)",
    why="numbered HTML list with 'Status: Removed' per link, base64-encoded; help/appeal links are not items",
    items={MG[3]: "removed", MG[4]: "removed"},
)

XLSX_DATA = xlsx([["Link", "Action", "Date"],
                  [MG[0], "Removed", "2024-09-12"],
                  [MG[1], "Removed", "2024-09-12"],
                  [MG[2], "Removed", "2024-09-12"],
                  [MG[3], "Not found", "-"],
                  [MG[4], "Removed", "2024-09-12"]])
case(
    name="mega-xlsx-report",
    **{"from": "copyright@mega.nz"},
    date="Thu, 12 Sep 2024 22:30:00 +0900",
    subject="Re: Takedown request KCSC-240910-01 - report attached",
    reply_to_req=ref("KCSC-240910-01"),
    raw_mime="""Content-Type: multipart/mixed; boundary="mega-xlsx-b49"

--mega-xlsx-b49
Content-Type: text/plain; charset=utf-8

Hello, please find the outcome for each link of your notice in the attached spreadsheet.

MEGA Compliance Team

--mega-xlsx-b49
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="KCSC-240910-01.xlsx"
Content-Disposition: attachment; filename="KCSC-240910-01.xlsx"
Content-Transfer-Encoding: base64

%s
--mega-xlsx-b49--
""" % b64(XLSX_DATA),
    outcome="applied", classification="confirmation",
    imitates="compliance team sending an outcome spreadsheet (Link/Action/Date) as XLSX",
    why="statuses only in the XLSX attachment: four Removed, one Not found",
    items={MG[0]: "removed", MG[1]: "removed", MG[2]: "removed", MG[3]: "not_found", MG[4]: "removed"},
)

case(
    name="mega-relative-clause-hedge",
    **{"from": "copyright@mega.nz"},
    date="Sun, 15 Sep 2024 04:05:00 +0900",
    subject="Re: Takedown request KCSC-240910-01 [MEGA ref TD-771090]",
    reply_to_req=ref("KCSC-240910-01"),
    body="""Hi,

The file %s, which may have been shared under other links before your notice, has been removed and its hash blocked from re-upload.

MEGA Compliance Team""" % MG[4],
    outcome="applied", classification="confirmation",
    imitates="MEGA compliance reply with removal plus hash block",
    why="the hedge 'may have been shared' is in a relative clause about the past; the main clause states the removal",
    items={MG[4]: "removed"},
)

# ===== Kakao / Daum (KCSC-240911-01, 4 items) ==================================
case(
    name="kakao-daum-cafe-temp-measure",
    **{"from": "right@kakaocorp.com"},
    date="Thu, 12 Sep 2024 16:00:00 +0900",
    subject="[Daum 권리침해신고센터] 게시물 임시조치 결과 안내",
    reply_to_req=ref("KCSC-240911-01"),
    body="""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 Daum 카페 게시물에 대하여 정보통신망법 제44조의2 제4항에 따라 30일간 임시조치하였음을 알려드립니다.

[대상 게시물]
1) %s
2) %s

임시조치된 게시물은 게시자가 30일 이내에 재게시를 요청하지 않으면 삭제됩니다.
권리침해신고 안내: https://cs.daum.net/faq/95/7580.html

카카오 권리침해신고센터 드림""" % (KK[0], KK[1]),
    outcome="applied", classification="confirmation",
    imitates="Daum 권리침해신고센터 30일 임시조치 결과 안내",
    why="임시조치 under Art. 44-2 for two listed posts -> restricted; the later deletion is conditional and future, the FAQ link is not an item",
    items={KK[0]: "restricted", KK[1]: "restricted"},
)

case(
    name="kakao-per-line-mixed",
    **{"from": "right@kakaocorp.com"},
    date="Fri, 13 Sep 2024 10:12:00 +0900",
    subject="RE: [KCSC-240911-01] 조치결과",
    reply_to_req=ref("KCSC-240911-01"),
    body="""담당자님께

KCSC-240911-01 건 조치결과입니다.

- 티스토리 %s : 삭제 완료
- 브런치 %s : 운영정책 위반 사항 없음, 조치하지 않음

감사합니다.
(주)카카오 권리침해신고센터""" % (KK[2], KK[3]),
    outcome="applied", classification="confirmation",
    imitates="Kakao per-line 조치결과 reply (삭제 완료 / 위반 사항 없음)",
    why="per-line statuses: 삭제 완료 -> removed; no violation, no action -> rejected",
    items={KK[2]: "removed", KK[3]: "rejected"},
)

case(
    name="kakao-asks-documents",
    **{"from": "right@kakaocorp.com"},
    date="Thu, 12 Sep 2024 11:30:00 +0900",
    subject="RE: [KCSC-240911-01] 추가 자료 요청",
    reply_to_req=ref("KCSC-240911-01"),
    body="""안녕하세요, 카카오 권리침해신고센터입니다.

%s 게시물과 관련하여 명예훼손 여부를 판단하기 위해 피해 당사자 특정 자료 및 위원회 심의 의결서 사본을 추가로 보내주시기 바랍니다.
자료가 확인되는 대로 처리하겠습니다.

카카오 권리침해신고센터""" % KK[0],
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Daum 권리침해신고센터 request for supporting documents (소명자료 요청)",
    why="asks for more documents about a named item before acting: review as asks_more, nothing applied",
    items={},
)

case(
    name="kakao-will-delete",
    **{"from": "brunch_help@kakaocorp.com"},
    date="Fri, 13 Sep 2024 15:35:00 +0900",
    subject="RE: [KCSC-240911-01] 브런치 게시물 관련",
    reply_to_req=ref("KCSC-240911-01"),
    body="""안녕하세요, 브런치팀입니다.

%s 글은 작가에게 소명 기회를 드린 뒤, 영업일 기준 3일 이내에 비공개 처리할 예정입니다.
처리 후 다시 안내드리겠습니다.

브런치팀 드림""" % KK[3],
    outcome="review", review="not_understood",
    imitates="Kakao Brunch team reply announcing a future measure",
    why="future tense: will be hidden after the writer is heard; nothing done yet, but a trusted statement about an item must be seen",
    items={},
)

case(
    name="kakao-english-outlook-quote",
    **{"from": "global.policy@kakaocorp.com"},
    date="Sat, 14 Sep 2024 10:20:00 +0900",
    subject="RE: [KCSC-240911-01] Correction request",
    reply_to_req=ref("KCSC-240911-01"),
    body="""Dear KCSC team,

Access to the Daum Cafe post %s has been temporarily blocked (temporary measure under Article 44-2 of the Network Act) as of today.

Best regards,
Kakao Policy Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 2:00 PM
To: right@kakaocorp.com
Subject: [KCSC-240911-01] Correction request

Please remove the following content and confirm once removed:
%s
%s
%s
%s""" % (KK[1], KK[0], KK[1], KK[2], KK[3]),
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' block quoting the request",
    why="own words restrict one post (temporary measure); the Outlook-quoted request with 'remove' wording is not a statement",
    items={KK[1]: "restricted"},
)

# ===== Cloudflare (KCSC-240912-01, 3 items) ====================================
case(
    name="cf-access-restricted",
    **{"from": "abuse@cloudflare.com"},
    date="Thu, 12 Sep 2024 13:02:00 +0900",
    subject="[Cloudflare] Abuse report #8ad3f1 - KCSC-240912-01",
    reply_to_req=ref("KCSC-240912-01"),
    body="""Cloudflare received your report regarding:
%s

Please be aware Cloudflare offers network service solutions including pass-through security services and a content distribution network (CDN). Cloudflare is generally not a website hosting provider, and we cannot remove material from the Internet that is hosted by others. Access to the submitted URL(s) has been restricted.

Accepted URL(s):
%s

        Hosting Provider:
        -----------------
        EXAMPLE-HOSTING-AS, NL

We have notified our customer of your report.
We have forwarded your report on to the responsible hosting provider.

Learn more about our abuse process: https://www.cloudflare.com/trust-hub/abuse-approach/

Regards,
Cloudflare Trust & Safety""" % (CF[0], CF[0]),
    outcome="applied", classification="confirmation",
    imitates="Cloudflare Trust & Safety reply 'Access to the submitted URL(s) has been restricted' with Accepted URL(s) block",
    why="the CDN cannot remove hosted material but restricted access to the accepted URL -> restricted; trust-hub link is not an item",
    items={CF[0]: "restricted"},
)

case(
    name="cf-forwarded-to-host-only",
    **{"from": "abuse@cloudflare.com"},
    date="Fri, 13 Sep 2024 08:45:00 +0900",
    subject="[Cloudflare] Abuse report #8ad402 - KCSC-240912-01",
    reply_to_req=ref("KCSC-240912-01"),
    body="""Cloudflare received your report regarding:
%s
%s

Cloudflare is generally not a website hosting provider, and we cannot remove material from the Internet that is hosted by others.

We have notified our customer of your report.
We have forwarded your report on to the responsible hosting provider.

You may also direct your report to:
1. The provider where the website is hosted;
2. The owner listed in the WHOIS record for the domain.

Regards,
Cloudflare Trust & Safety""" % (CF[1], CF[2]),
    outcome="review", review="not_understood",
    imitates="Cloudflare pass-through reply that only forwards the report to customer and host",
    why="trusted, names two items, says it cannot remove them and forwarded the report: no status (not a rejection on the merits), must be seen",
    items={},
)

case(
    name="cf-report-received",
    **{"from": "no-reply@cloudflare.com"},
    date="Thu, 12 Sep 2024 10:31:00 +0900",
    subject="Cloudflare abuse report received",
    reply_to_req=ref("KCSC-240912-01"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Thank you for your report. This confirms that Cloudflare has received your submission.
Report ID: 8ad3f1

Our Trust & Safety team will review your report. You do not need to submit it again.

Cloudflare Trust & Safety""",
    outcome="ignored", classification="acknowledgement",
    imitates="Cloudflare automatic abuse report receipt",
    why="pure receipt with a report id; names no item",
    items={},
)

# ===== Hetzner-style hosting abuse desk (KCSC-240913-01, 3 items) ==============
case(
    name="hz-customer-removed-echo",
    **{"from": "abuse@hetzner.com"},
    date="Mon, 16 Sep 2024 17:22:00 +0900",
    subject="Re: AbuseID:E19F07:2A [KCSC-240913-01]",
    reply_to_req=ref("KCSC-240913-01"),
    body="""Dear Sir or Madam,

we have checked the matter: the reported content has been removed from our customer's server.
We consider this case closed.

Kind regards

Abuse Team
Hetzner Online GmbH
Industriestr. 25, 91710 Gunzenhausen, Germany
Register court: Registergericht Ansbach, HRB 6089

-------- Original report --------
Reported URLs:
%s
%s
Category: illegal gambling
Reference: KCSC-240913-01""" % (HZ[0], HZ[1]),
    outcome="applied", classification="confirmation",
    imitates="Hetzner-style abuse ticket reply closing an AbuseID, with the original report echoed below",
    why="statement about 'the reported content' followed by the echoed report listing it: both URLs removed",
    items={HZ[0]: "removed", HZ[1]: "removed"},
)

case(
    name="hz-asked-customer-deadline",
    **{"from": "abuse@hetzner.com"},
    date="Fri, 13 Sep 2024 16:00:00 +0900",
    subject="Re: AbuseID:E19F07:2B [KCSC-240913-01]",
    reply_to_req=ref("KCSC-240913-01"),
    body="""Dear Sir or Madam,

we have forwarded your complaint regarding %s to our customer and asked him to remove the content within 24 hours.
Should the customer fail to comply, we will lock the server.

Kind regards

Abuse Team
Hetzner Online GmbH""" % HZ[2],
    outcome="review", review="not_understood",
    imitates="hosting abuse desk forwarding a complaint to its customer with a deadline",
    why="only a request to the customer and a future threat: nothing done yet; a trusted statement naming an item must be seen",
    items={},
)

case(
    name="hz-customer-confirms",
    **{"from": "abuse@hetzner.com"},
    date="Tue, 17 Sep 2024 09:40:00 +0900",
    subject="Re: AbuseID:E19F07:2B [KCSC-240913-01] - resolved",
    reply_to_req=ref("KCSC-240913-01"),
    body="""Dear Sir or Madam,

our customer has removed the file %s. We verified that the URL now returns HTTP 404.
Please let us know if you still see the content.

Kind regards

Abuse Team
Hetzner Online GmbH""" % HZ[2],
    outcome="applied", classification="confirmation",
    imitates="hosting abuse desk 'customer has removed, we verified' follow-up",
    why="the host states the customer removed the file and verified it; the closing 'let us know' is boilerplate -> removed",
    items={HZ[2]: "removed"},
)

DSN = """Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b49-hz"

--dsn-b49-hz
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.hetzner.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-desk-old@hetzner.com>: host mx.hetzner.com said: 550 5.1.1
    User unknown (in reply to RCPT TO command)

--dsn-b49-hz
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.hetzner.com
Arrival-Date: Fri, 13 Sep 2024 09:00:05 +0900

Final-Recipient: rfc822; abuse-desk-old@hetzner.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-b49-hz
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-desk-old@hetzner.com
Subject: [KCSC-240913-01] Removal request
Message-ID: <req-240913-01@kcsc.example>

Please remove the following content and confirm when removed:
%s
%s
%s

--dsn-b49-hz--
""" % (HZ[0], HZ[1], HZ[2])
case(
    name="hz-bounce-old-address",
    **{"from": "MAILER-DAEMON@hetzner.com"},
    name_from="Mail Delivery System",
    date="Fri, 13 Sep 2024 09:00:07 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=DSN,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN 'Undelivered Mail Returned to Sender' (5.1.1 user unknown)",
    why="a bounce of our own request; the returned request lists our URLs, but it is ours, not a statement",
    items={},
)

case(
    name="hz-other-platform-items",
    **{"from": "abuse@hetzner.com"},
    date="Sat, 14 Sep 2024 12:00:00 +0900",
    subject="Re: AbuseID:E1A002:11",
    reply_to_req=ref("KCSC-240913-01"),
    body="""Dear Sir or Madam,

the website %s is hosted on a server of one of our customers. The customer has deleted the reported video.

Kind regards

Abuse Team
Hetzner Online GmbH""" % CF[0],
    outcome="review", review="wrong_platform",
    imitates="origin host answering about a URL the regulator had sent to the CDN",
    why="trusted Hetzner mail about an item of the Cloudflare request: wrong platform, nothing applied",
    items={},
)

# ===== DCinside (KCSC-240916-01, 2 items) ======================================
case(
    name="dc-admin-informal",
    **{"from": "admin@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Tue, 17 Sep 2024 11:03:00 +0900",
    subject="Re: [KCSC-240916-01] 게시물 삭제 요청",
    reply_to_req=ref("KCSC-240916-01"),
    body="""안녕하세요 디시 운영팀입니다.

%s
%s

위 글 두 개 다 지웠습니다. 작성자 IP도 차단해 두었어요.
다른 갤러리에 또 올라오면 알려주세요.""" % (DC[0], DC[1]),
    outcome="applied", classification="confirmation",
    imitates="small community admin answering in his own informal words (지웠습니다)",
    why="URL list followed by 'both deleted' in informal Korean -> removed",
    items={DC[0]: "removed", DC[1]: "removed"},
)

case(
    name="dc-one-deleted-one-kept",
    **{"from": "admin@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Wed, 18 Sep 2024 14:30:00 +0900",
    subject="Re: [KCSC-240916-01] 처리 결과",
    reply_to_req=ref("KCSC-240916-01"),
    body="""요청하신 건 처리 결과입니다.

첫 번째 글(%s)은 삭제했습니다.
두 번째 글(%s)은 확인해 보니 특정인을 지칭하지 않는 일반적인 내용이라 삭제하지 않았습니다.

디시인사이드 운영팀""" % (DC[0], DC[1]),
    outcome="applied", classification="confirmation",
    imitates="small forum admin giving one deletion and one refusal with a reason",
    why="URLs in parentheses followed by Korean particle; negated deletion with a reason -> rejected",
    items={DC[0]: "removed", DC[1]: "rejected"},
)

case(
    name="dc-out-of-office-ko",
    **{"from": "help@dcinside.com"},
    name_from=enc("디시인사이드 고객센터"),
    date="Mon, 16 Sep 2024 15:01:00 +0900",
    subject="[자동응답] 추석 연휴 고객센터 휴무 안내",
    reply_to_req=ref("KCSC-240916-01"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요, 디시인사이드 고객센터입니다.

추석 연휴 기간(9월 16일 ~ 9월 18일) 동안 고객센터 업무를 쉽니다.
보내주신 메일은 연휴 이후 순차적으로 확인하겠습니다.

감사합니다.""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday (추석) auto-reply from a customer centre",
    why="holiday auto-reply naming no item",
    items={},
)

# ===== X (KCSC-240917-01, 1 item) ==============================================
case(
    name="x-withheld-in-korea",
    **{"from": "legal@x.com"},
    date="Wed, 18 Sep 2024 07:15:00 +0900",
    subject="Re: [KCSC-240917-01] Request from KCSC [ref:_00Dx0ABC._5004Xkr:ref]",
    reply_to_req=ref("KCSC-240917-01"),
    body="""Hello,

Thank you for your report. We have reviewed the reported content and, in accordance with applicable law, we have withheld the following content in South Korea:

%s

Content withheld in a country remains available elsewhere. For more on country withheld content, see https://help.x.com/en/rules-and-policies/post-withheld-by-country.

Thanks,
X Legal""" % XX[0],
    outcome="applied", classification="confirmation",
    imitates="X Legal 'withheld in country' notice with the help-centre link",
    why="content withheld in South Korea -> restricted; the help link is not an item",
    items={XX[0]: "restricted"},
)

case(
    name="x-no-violation",
    **{"from": "legal@x.com"},
    date="Thu, 19 Sep 2024 06:50:00 +0900",
    subject="Re: [KCSC-240917-01] Request from KCSC [ref:_00Dx0ABC._5004Xks:ref]",
    reply_to_req=ref("KCSC-240917-01"),
    body="""Hello,

We have reviewed the reported content:
%s

After careful review, we have determined that this content is not in violation of the X Rules (https://help.x.com/rules-and-policies/x-rules) and we will not be taking action at this time. We also did not find that it is unlawful in the requested jurisdiction.

Thanks,
X Legal""" % XX[0],
    outcome="applied", classification="confirmation",
    imitates="X 'not in violation of the X Rules, no action at this time' reply",
    why="not in violation, no action -> rejected ('at this time' is the standard wording, not a hedge)",
    items={XX[0]: "rejected"},
)

case(
    name="x-read-receipt",
    **{"from": "legal@x.com"},
    date="Tue, 17 Sep 2024 10:20:00 +0900",
    subject="Read: [KCSC-240917-01] Removal request",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b49-x"

--mdn-b49-x
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to legal@x.com at 9/17/2024 10:00 AM.
This receipt verifies that the message has been displayed on the recipient's computer.

--mdn-b49-x
Content-Type: message/disposition-notification

Reporting-UA: legal.x.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@x.com
Original-Message-ID: <req-240917-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b49-x--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN, disposition-notification)",
    why="read receipt: ignored, not forwarded",
    items={},
)

case(
    name="x-case-opened",
    **{"from": "no-reply@x.com"},
    date="Tue, 17 Sep 2024 10:04:00 +0900",
    subject="Case# 0419928371: Your report has been received",
    reply_to_req=ref("KCSC-240917-01"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

We have received your report. A case has been created with the number 0419928371.
Our team will review your report and reply as soon as possible. Please do not reply to this automated message.

Thanks,
X""",
    outcome="ignored", classification="acknowledgement",
    imitates="X automated 'Case# … your report has been received' receipt",
    why="case-number receipt that names no item and states nothing",
    items={},
)


HEADER = """# Blind set 49 (issue 11): expected results written from each email's
# meaning before the reader was run. Generated by make.py; see NOTES.md.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind49", HEADER, CASES)
