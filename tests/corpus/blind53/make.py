#!/usr/bin/env python3
"""Blind set 53 (issue 11): a general mix, English and Korean, many platforms.

Short informal replies from individual moderators and support agents beside
templated notices, plus doubtful and ignorable mail. Expected results were
written from each email's meaning, in this list, before anything was run.

    python3 tests/corpus/blind53/make.py

Deterministic: rewrites requests.csv, cases/*.eml and expected.toml.
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

# ---------------------------------------------------------------- requests

X = "https://x.com/{}/status/{}"
XL = [X.format("lucky_slot88", "18330000000000001%02d" % i) for i in range(1, 6)]
XT = [X.format("toto_kingdom", "18330000000000002%02d" % i) for i in range(1, 6)]
XC = [X.format("casino_vip_kr", "18330000000000003%02d" % i) for i in range(1, 5)]
NB1 = "https://blog.naver.com/fake_blogger77/223560001001"
NB2 = "https://blog.naver.com/fake_blogger77/223560001002"
NC1 = "https://cafe.naver.com/fakemomcafe/45120"
NC2 = "https://cafe.naver.com/fakemomcafe/45133"
NK_RAW = "https://cafe.naver.com/가짜모임/88"
NK = "https://cafe.naver.com/%EA%B0%80%EC%A7%9C%EB%AA%A8%EC%9E%84/88"
YT1 = "https://www.youtube.com/watch?v=Qm3kL9xPz2A"
YT2 = "https://www.youtube.com/watch?v=Rt7bN4cVw8E"
YT3 = "https://www.youtube.com/shorts/Hy2Fd6gJk1M"
YT4 = "https://www.youtube.com/watch?v=Wp5sT0aZx3Q"
TT1 = "https://www.tiktok.com/@nightclub_fake/video/7412000000000000001"
TT2 = "https://www.tiktok.com/@nightclub_fake/video/7412000000000000002"
TT3 = "https://www.tiktok.com/@fake_pillshop/video/7412000000000000003"
KK1 = "https://cafe.daum.net/fakefancafe/Kx1b/1021"
KK2 = "https://cafe.daum.net/fakefancafe/Kx1b/1022"
TG1 = "https://t.me/fake_deepnude_kr/4410"
IG1 = "https://www.instagram.com/p/C_fAkE0001a/"
IG2 = "https://www.instagram.com/reel/C_fAkE0002b/"
FB1 = "https://www.facebook.com/fakeinvest.club/posts/pfbid0FakeFakeFake111"
RD1 = "https://www.reddit.com/r/fakeleaks_kr/comments/1fgab01/new_pics/"
RD2 = "https://www.reddit.com/r/fakeleaks_kr/comments/1fgab02/more/"
DC1 = "https://discord.com/channels/1180000000000000001/1180000000000000002/1284000000000000003"

REQUESTS = [
    # ref, platform, sent, due, category, urls
    ("KCSC-240909-01", "meta", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00", "investment_fraud", [IG1, IG2, FB1]),
    ("KCSC-240910-01", "x", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", "illegal_gambling", XL + XT + XC),
    ("KCSC-240910-02", "telegram", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00", "deepfake_sexual_abuse", [TG1]),
    ("KCSC-240911-01", "naver", "2024-09-11T09:30:00+09:00", "2024-09-18T18:00:00+09:00", "privacy_violation", [NB1, NB2, NC1, NC2, NK]),
    ("KCSC-240912-01", "youtube", "2024-09-12T11:00:00+09:00", "2024-09-19T18:00:00+09:00", "drug_trade", [YT1, YT2, YT3, YT4]),
    ("KCSC-240912-02", "reddit", "2024-09-12T16:00:00+09:00", "2024-09-19T18:00:00+09:00", "non_consensual_intimate_imagery", [RD1, RD2]),
    ("KCSC-240913-01", "tiktok", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00", "obscene", [TT1, TT2, TT3]),
    ("KCSC-240913-02", "kakao", "2024-09-13T15:00:00+09:00", "2024-09-20T18:00:00+09:00", "defamation", [KK1, KK2]),
    ("KCSC-240913-03", "discord", "2024-09-13T17:00:00+09:00", "2024-09-20T18:00:00+09:00", "deepfake_sexual_abuse", [DC1]),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, urls in REQUESTS:
            mid = "<req-%s@kcsc.example>" % ref[5:].lower()
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, ""])


def req(ref):
    return "req-" + ref[5:].lower()


def pending(*urls):
    return {u: "pending" for u in urls}


# ---------------------------------------------------------------- MIME helpers

def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def xlsx_bytes(rows):
    """A minimal XLSX (shared strings), zip entries with a fixed timestamp."""
    strings = []
    index = {}

    def si(s):
        if s not in index:
            index[s] = len(strings)
            strings.append(s)
        return index[s]

    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = "".join(
            '<c r="%s%d" t="s"><v>%d</v></c>' % ("ABCD"[c], r, si(v)) for c, v in enumerate(row)
        )
        sheet_rows.append('<row r="%d">%s</row>' % (r, cells))
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Outcome" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            "</Relationships>"
        ),
        "xl/worksheets/sheet1.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            "<sheetData>" + "".join(sheet_rows) + "</sheetData></worksheet>"
        ),
    }
    files["xl/sharedStrings.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">'
        % (len(strings), len(strings))
        + "".join("<si><t>%s</t></si>" % esc(s) for s in strings)
        + "</sst>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                     "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"]:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, files[name])
    return buf.getvalue()


# ---------------------------------------------------------------- quoted request texts

OUR_X_REQUEST_QUOTED = "\n".join(
    ["> [KCSC-240910-01] Request for removal of illegal content (illegal gambling)", ">",
     "> The Korea Communications Standards Commission requests that the following",
     "> posts be removed or that access to them be blocked in the Republic of Korea:", ">"]
    + ["> %d. %s" % (i + 1, u) for i, u in enumerate(XL + XT + XC)]
    + [">", "> Please confirm the action taken for each post by 17 September 2024.",
       "> All of the posts listed above must be deleted.", ">", "> KCSC Takedown Desk"]
)

# ---------------------------------------------------------------- cases

CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= APPLIED: X (largest request) =======================

case(
    name="x-withheld-bulleted-list",
    **{"from": "legalrequests@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 07:12:40 +0000",
    subject="Re: [KCSC-240910-01] Request for removal of illegal content (illegal gambling)",
    reply_to_req=req("KCSC-240910-01"),
    body="""Hello,

Thank you for your correspondence dated September 10, 2024 (your reference
KCSC-240910-01).

In accordance with applicable local law, X has withheld access to the
following posts in South Korea:

  \u2022 %s
  \u2022 %s
  \u2022 %s
  \u2022 %s
  \u2022 %s

These posts remain available outside South Korea. Where we are permitted to
do so, we notify the account holder, and a copy of your request may be
published on Lumen (https://lumendatabase.org).

About country withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

We will respond separately regarding the remaining posts of your request.

Regards,
X Legal
Ticket: 0291-KR-4471
""" % tuple(XL),
    outcome="applied", classification="confirmation",
    imitates="X legal-demand notice 'withheld in [country] in response to a legal demand' with Lumen and help-centre links (help.x.com 'About country withheld content')",
    why="bulleted list under one 'withheld ... in South Korea' heading; the help/Lumen links are not items; a promise about 'remaining posts' names nothing",
    items={u: "restricted" for u in XL},
)

case(
    name="x-legal-per-line-all-14",
    **{"from": "legalrequests@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 02:40:11 +0000",
    subject="Re: [KCSC-240910-01] Request for removal of illegal content (illegal gambling) [ref:_00D1x_KR8812:ref]",
    reply_to_req=req("KCSC-240910-01"),
    body="""Dear KCSC team,

We have completed our review of your request KCSC-240910-01. The result for
each reported post is set out below.

%s : Withheld in KR
%s : Withheld in KR
%s : Removed (violation of the X Rules - illegal or certain regulated goods or services)
%s : Removed (violation of the X Rules - illegal or certain regulated goods or services)
%s : No action - not a violation of the X Rules or of Korean law
%s : Withheld in KR
%s : Withheld in KR
%s : Not found - already deleted by the account owner
%s : Not found - the post does not exist
%s : Removed (violation of the X Rules - spam)
%s : Withheld in KR
%s : Withheld in KR
%s : No action - not a violation of the X Rules or of Korean law
%s : Removed - account suspended

If you have any questions, please reply to this email and keep the reference
line in the subject.

X Corp. Legal Department
1355 Market Street, San Francisco, CA 94103
""" % tuple(XL + XT + XC),
    outcome="applied", classification="confirmation",
    imitates="X/Twitter legal response to a government removal request, one status per reported URL (as quoted in Lumen notices and transparency-report descriptions)",
    why="per-line statuses for all 14 items of the largest request: withheld, removed, no action with a reason (rejected), not found, already deleted by the owner (not_found), account suspended (removed)",
    items={
        XL[0]: "restricted", XL[1]: "restricted", XL[2]: "removed", XL[3]: "removed", XL[4]: "rejected",
        XT[0]: "restricted", XT[1]: "restricted", XT[2]: "not_found", XT[3]: "not_found", XT[4]: "removed",
        XC[0]: "restricted", XC[1]: "restricted", XC[2]: "rejected", XC[3]: "removed",
    },
)

case(
    name="x-agent-phone-typos",
    **{"from": "jiwoo.park@x.com"}, name_from="Jiwoo Park",
    date="Thu, 12 Sep 2024 00:03:55 +0000",
    subject="Re: [KCSC-240910-01] Request for removal of illegal content (illegal gambling)",
    reply_to_req=req("KCSC-240910-01"),
    body="""hi, quick update on ur gambling report - i took down %s this morning.

%s we're leaving up, it dosent break our rules and its not illegal under korean law.

jiwoo
Sent from my iPhone
""" % (XT[2], XT[3]),
    outcome="applied", classification="confirmation",
    imitates="short reply typed on a phone by an individual trust-and-safety agent (the kind quoted in public complaints about platform support)",
    why="informal lower-case sentences with typos: 'took down' = removed; 'we're leaving up, it dosent break our rules' = rejected; the rest stays pending",
    items={XT[2]: "removed", XT[3]: "rejected"},
)

case(
    name="x-top-posted-over-quoted-request",
    **{"from": "safety-kr@x.com"}, name_from="X Safety",
    date="Fri, 13 Sep 2024 05:21:09 +0000",
    subject="Re: [KCSC-240910-01] Request for removal of illegal content (illegal gambling)",
    reply_to_req=req("KCSC-240910-01"),
    body="""Hi,

%s and %s are now withheld in South Korea.
%s and %s were deleted for breaking our rules on regulated goods.

X Safety

On Tue, Sep 10, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
%s
""" % (XC[0], XC[1], XC[2], XC[3], OUR_X_REQUEST_QUOTED),
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply above an 'On ... wrote:' block quoting the regulator's request",
    why="two URLs per sentence, two sentences; the quoted request lists all 14 URLs with 'must be deleted' and counts for nothing",
    items={XC[0]: "restricted", XC[1]: "restricted", XC[2]: "removed", XC[3]: "removed"},
)

XLSX_ROWS = [
    ["Post URL", "Action", "Scope", "Notes"],
    [XT[0], "Withheld", "KR", "Local law (gambling)"],
    [XT[1], "Removed", "Global", "X Rules violation"],
    [XT[2], "Withheld", "KR", "Local law (gambling)"],
    [XT[3], "No action", "-", "No violation found"],
    [XT[4], "Not found", "-", "Post no longer exists"],
]
_xlsx = b64(xlsx_bytes(XLSX_ROWS))
case(
    name="x-xlsx-outcome-sheet",
    **{"from": "legalrequests@x.com"}, name_from="X Legal",
    date="Sat, 14 Sep 2024 01:00:00 +0000",
    subject="Re: [KCSC-240910-01] Outcome of your request",
    reply_to_req=req("KCSC-240910-01"),
    raw_mime="""Content-Type: multipart/mixed; boundary="b53xlsx"

--b53xlsx
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The outcome for the toto_kingdom posts of request KCSC-240910-01 is in the
attached spreadsheet (one row per post).

Regards,
X Legal

--b53xlsx
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="KCSC-240910-01_outcome.xlsx"
Content-Disposition: attachment; filename="KCSC-240910-01_outcome.xlsx"
Content-Transfer-Encoding: base64

%s
--b53xlsx--
""" % _xlsx,
    outcome="applied", classification="confirmation",
    imitates="legal team reply with an outcome spreadsheet attached (URL / Action / Scope columns), as platforms send for batch government requests",
    why="statuses only in the XLSX: Withheld+KR = restricted, Removed = removed, No action (no violation) = rejected, Not found = not_found",
    items={XT[0]: "restricted", XT[1]: "removed", XT[2]: "restricted", XT[3]: "rejected", XT[4]: "not_found"},
)

_x_plain = """Hello,

The following posts reported under KCSC-240910-01 have been removed for
violating the X Rules:

1. %s
2. %s
3. %s

The other posts you reported are still under review.

X Safety
""" % (XL[0], XL[1], XL[2])
_x_html = """<html><body><p>Hello,</p>
<p>The following posts reported under KCSC-240910-01 have been removed for violating the X Rules:</p>
<ol><li><a href="%s">%s</a></li><li><a href="%s">%s</a></li><li><a href="%s">%s</a></li></ol>
<p>The other posts you reported are still under review.</p><p>X Safety</p></body></html>
""" % (XL[0], XL[0], XL[1], XL[1], XL[2], XL[2])
case(
    name="x-base64-multipart-alternative",
    **{"from": "safety-kr@x.com"}, name_from="X Safety",
    date="Wed, 11 Sep 2024 09:30:00 +0000",
    subject="Re: [KCSC-240910-01] Request for removal of illegal content (illegal gambling)",
    reply_to_req=req("KCSC-240910-01"),
    raw_mime="""Content-Type: multipart/alternative; boundary="b53alt"

--b53alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

%s
--b53alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

%s
--b53alt--
""" % (b64(_x_plain), b64(_x_html)),
    outcome="applied", classification="confirmation",
    imitates="templated X Safety notice sent as base64 multipart/alternative (plain + HTML numbered list)",
    why="numbered list under a 'have been removed' heading, both parts base64; 'the other posts ... under review' names nothing",
    items={XL[0]: "removed", XL[1]: "removed", XL[2]: "removed"},
)

case(
    name="x-url-on-line-below-statement",
    **{"from": "legalrequests@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 03:14:00 +0000",
    subject="Re: [KCSC-240910-01] Request for removal of illegal content (illegal gambling)",
    reply_to_req=req("KCSC-240910-01"),
    body="""Hello,

Following our review, access to this post has been withheld in South Korea:
%s

This post has been removed for violating our rules:
%s

X Rules: https://help.x.com/en/rules-and-policies/x-rules

X Legal
""" % (XC[0], XC[1]),
    outcome="applied", classification="confirmation",
    imitates="X legal notice with one statement per post and the post URL on the line below it",
    why="each statement ends in ':' and its URL stands on the next line; the X Rules link is not an item",
    items={XC[0]: "restricted", XC[1]: "removed"},
)

# ======================= APPLIED: NAVER =======================

case(
    name="naver-imsijochi-notice",
    **{"from": "noreply_inoti@navercorp.com"}, name_from="NAVER 게시중단요청서비스",
    date="Thu, 12 Sep 2024 10:05:00 +0900",
    subject="[NAVER] 게시중단(임시조치) 처리 결과 안내 (KCSC-240911-01)",
    reply_to_req=req("KCSC-240911-01"),
    body="""안녕하세요. 네이버 게시중단요청서비스 담당자입니다.

방송통신심의위원회(요청번호 KCSC-240911-01)에서 요청하신 게시물에 대한
처리 결과를 안내해 드립니다.

요청하신 아래 게시물은 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」
제44조의2에 따라 30일간 임시조치되었습니다.

- %s
- %s

임시조치 기간 중 게시자의 재게시 요청이 없으면 해당 게시물은 삭제될 수 있습니다.

※ 본 메일은 발신전용입니다. 문의는 네이버 고객센터(https://help.naver.com)를 이용해 주세요.
Copyright © NAVER Corp. All Rights Reserved.
""" % (NB1, NB2),
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 (inoti.naver.com) 임시조치 result notice: Article 44-2 Network Act, 30-day temporary measure, 재게시 요청",
    why="임시조치 (Article 44-2 temporary measure) = restricted; 'may be deleted if no repost request' is a future possibility and changes nothing",
    items={NB1: "restricted", NB2: "restricted"},
)

case(
    name="naver-cafe-staff-prose-raw-korean-path",
    **{"from": "haneul.kim@navercorp.com"}, name_from="김하늘",
    date="Fri, 13 Sep 2024 14:48:00 +0900",
    subject="RE: [KCSC-240911-01] 개인정보 침해 게시물 시정요구",
    reply_to_req=req("KCSC-240911-01"),
    body="""안녕하세요, 네이버 카페 운영정책 담당 김하늘입니다.
요청 주신 카페 게시물 3건 확인 결과 알려드립니다.

%s 은 카페 운영원칙 위반으로 당사에서 삭제 조치했습니다.
%s 는 작성자가 이미 삭제한 게시물로 확인됩니다.
%s의 경우 해당 주소로 게시물을 찾을 수 없습니다(존재하지 않는 게시물).

감사합니다.
김하늘 드림
""" % (NC1, NC2, NK_RAW),
    outcome="applied", classification="confirmation",
    imitates="individual NAVER cafe policy staff reply in Korean prose, one sentence per URL",
    why="당사에서 삭제 조치 = removed; 작성자가 이미 삭제 = not_found; 게시물을 찾을 수 없습니다 = not_found for a raw Korean-path URL directly followed by the particle '의', stored percent-encoded",
    items={NC1: "removed", NC2: "not_found", NK: "not_found"},
)

case(
    name="naver-kcsc-result-html-table",
    **{"from": "kcsc_reply@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Tue, 17 Sep 2024 16:20:00 +0900",
    subject="[회신] 시정요구(KCSC-240911-01)에 대한 조치결과 통보",
    reply_to_req=req("KCSC-240911-01"),
    type="html",
    body="""<html><body>
<p>수신: 방송통신심의위원회<br>제목: 시정요구(KCSC-240911-01)에 대한 조치결과 통보</p>
<p>귀 위원회에서 요청하신 시정요구에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>%s</td><td>블라인드 처리</td><td>2024.09.12</td></tr>
<tr><td>2</td><td>%s</td><td>삭제</td><td>2024.09.12</td></tr>
<tr><td>3</td><td>%s</td><td>비공개 처리</td><td>2024.09.13</td></tr>
<tr><td>4</td><td>%s</td><td>조치 불가 (운영정책 위반 사항 없음)</td><td>-</td></tr>
<tr><td>5</td><td><a href="%s">%s</a></td><td>게시물 없음 (기삭제)</td><td>-</td></tr>
</table>
<p>끝.</p>
<p>네이버 주식회사 정책지원팀 | 경기도 성남시 분당구 정자일로 95</p>
</body></html>""" % (NB1, NB2, NC1, NC2, NK, NK_RAW),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 통보 (공문-style result reply to KCSC) as an HTML table 연번/URL/조치결과/조치일",
    why="블라인드 처리, 삭제, 비공개 처리 = removed; 조치 불가 with a no-violation reason = rejected; 게시물 없음 (기삭제) = not_found (raw Korean text, percent-encoded href)",
    items={NB1: "removed", NB2: "removed", NC1: "removed", NC2: "rejected", NK: "not_found"},
)

case(
    name="naver-mobile-one-liner",
    **{"from": "jh.seo@navercorp.com"}, name_from="서지훈",
    date="Sat, 14 Sep 2024 11:02:00 +0900",
    subject="Re: [KCSC-240911-01] 개인정보 침해 게시물 시정요구",
    reply_to_req=req("KCSC-240911-01"),
    body="""보내주신 %s 블라인드 처리 완료했습니다~ 확인 부탁드려요

iPhone에서 보냄
""" % NC2,
    outcome="applied", classification="confirmation",
    imitates="one-line Korean reply sent from a phone by a portal staff member",
    why="블라인드 처리 완료 = removed for the one URL named; nothing else changes",
    items={NC2: "removed"},
)

# ======================= APPLIED: YouTube =======================

case(
    name="yt-legal-outcome-four-sections",
    **{"from": "legal-notices@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 08:44:00 +0000",
    subject="Re: [KCSC-240912-01] Request for removal of illegal content (drug trade) [2-7731000041234]",
    reply_to_req=req("KCSC-240912-01"),
    body="""Hello,

Thank you for contacting YouTube. We have reviewed your request (KCSC-240912-01)
in accordance with our policies and applicable law.

After review, we have blocked the following content from view on YouTube in
South Korea:

%s
%s

The following content has been removed from YouTube globally for violating
YouTube's Community Guidelines
(https://www.youtube.com/howyoutubeworks/policies/community-guidelines/):

%s

We have decided not to take action on the following content. Based on our
review, we did not identify a violation of our Community Guidelines, and the
request does not provide a sufficient basis for us to restrict it under local
law:

%s

If you have new information, you may submit a new request at
https://support.google.com/legal/answer/3110420.

Regards,
The YouTube Legal Team

(c) 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""" % (YT1, YT2, YT3, YT4),
    outcome="applied", classification="confirmation",
    imitates="YouTube / Google legal removal outcome email (blocked from view in a country / removed for Community Guidelines / decided not to take action), with help-centre links",
    why="'blocked from view on YouTube in South Korea' = restricted; 'removed ... globally' = removed; 'decided not to take action ... did not identify a violation' = rejected; policy and form links are not items",
    items={YT1: "restricted", YT2: "restricted", YT3: "removed", YT4: "rejected"},
)

case(
    name="yt-agent-age-restricted-youtu-be",
    **{"from": "minseo.lee@google.com"}, name_from="Minseo Lee",
    date="Fri, 13 Sep 2024 06:10:00 +0000",
    subject="Re: [KCSC-240912-01] Request for removal of illegal content (drug trade)",
    reply_to_req=req("KCSC-240912-01"),
    body="""Hi team,

FYI https://youtu.be/Wp5sT0aZx3Q is now age-restricted (18+), so it can't be
watched by signed-out or under-18 viewers. It was not removed.

Best,
Minseo
YouTube Trust & Safety, Seoul
""",
    outcome="applied", classification="confirmation",
    imitates="short note from a YouTube trust-and-safety staffer about an age restriction",
    why="age-restricted = restricted (issue 11); youtu.be short link matches the watch?v= item; 'It was not removed' only says which action, it is no rejection",
    items={YT4: "restricted"},
)

case(
    name="yt-status-on-line-below-url",
    **{"from": "youtube-legal-kr@google.com"}, name_from="Google Legal Removals",
    date="Sat, 14 Sep 2024 02:30:00 +0000",
    subject="Re: [KCSC-240912-01] Request for removal of illegal content (drug trade)",
    reply_to_req=req("KCSC-240912-01"),
    body="""Hello,

Please find our response regarding your request KCSC-240912-01 below.

%s
Removed - violates our policy on illegal or regulated goods
(https://support.google.com/youtube/answer/9229611)

%s
We could not find this video. The link is invalid or the video no longer exists.

The other items in your request are still being reviewed.

Kind regards,
Google Legal Removals
""" % (YT1, YT3),
    outcome="applied", classification="confirmation",
    imitates="Google legal-removals reply listing each URL with its outcome on the line(s) below",
    why="bare URL then its status on the next line(s): Removed = removed; 'could not find ... invalid or no longer exists' = not_found; the policy link under the first status is not an item",
    items={YT1: "removed", YT3: "not_found"},
)

# ======================= APPLIED: TikTok =======================

_tt_csv = (
    "Report ID,URL,Outcome,Details\r\n"
    "TT-88120431,%s,Removed,Violates Community Guidelines (sexual activity and services)\r\n"
    "TT-88120432,%s,Restricted in South Korea,Restricted based on local law\r\n"
    "TT-88120433,%s,No violation,No violation of Community Guidelines or local law found\r\n"
) % (TT1, TT2, TT3)
case(
    name="tiktok-csv-outcome-attachment",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Law Enforcement Outreach",
    date="Tue, 17 Sep 2024 04:05:00 +0000",
    subject="RE: [KCSC-240913-01] Request for removal of illegal content (obscene)",
    reply_to_req=req("KCSC-240913-01"),
    raw_mime="""Content-Type: multipart/mixed; boundary="b53csv"

--b53csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dear KCSC,

Please see the attached report for the outcome of your request KCSC-240913-01.

TikTok Law Enforcement Outreach

--b53csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240913-01.csv"
Content-Disposition: attachment; filename="KCSC-240913-01.csv"
Content-Transfer-Encoding: base64

%s
--b53csv--
""" % b64(_tt_csv),
    outcome="applied", classification="confirmation",
    imitates="TikTok government-request outcome with a CSV report attached (report id, URL, outcome, details)",
    why="statuses only in a base64 CSV: Removed, Restricted in South Korea, No violation (= rejected)",
    items={TT1: "removed", TT2: "restricted", TT3: "rejected"},
)

case(
    name="tiktok-agent-short-removed-banned",
    **{"from": "alex.t@tiktok.com"}, name_from="Alex",
    date="Sat, 14 Sep 2024 13:40:00 +0000",
    subject="Re: [KCSC-240913-01] Request for removal of illegal content (obscene)",
    reply_to_req=req("KCSC-240913-01"),
    body="""Hi, we removed %s and banned the account for selling drugs. thx

--
Alex | TikTok Trust & Safety
""" % TT3,
    outcome="applied", classification="confirmation",
    imitates="two-line reply from a TikTok trust-and-safety agent",
    why="one sentence, one URL, 'removed' = removed; the other two videos stay pending",
    items={TT3: "removed"},
)

case(
    name="tiktok-numbered-status-below",
    **{"from": "safety-apac@tiktok.com"}, name_from="TikTok Safety",
    date="Mon, 16 Sep 2024 08:00:00 +0000",
    subject="Re: [KCSC-240913-01] Request for removal of illegal content (obscene)",
    reply_to_req=req("KCSC-240913-01"),
    body="""Hello KCSC team,

Thanks for your report. Here is what we did:

1) %s
   Removed for violating our Community Guidelines
2) %s
   Not available in South Korea (restricted based on local law)

Learn more about our guidelines: https://www.tiktok.com/community-guidelines

TikTok Safety
""" % (TT1, TT2),
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome with a numbered list, status indented on the line under each link, guideline link at the end",
    why="numbered URLs with the status on the next indented line; the third video is not mentioned and stays pending",
    items={TT1: "removed", TT2: "restricted"},
)

# ======================= APPLIED: Kakao / Daum =======================

case(
    name="kakao-blind-echoed-report",
    **{"from": "cs_notice@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Mon, 16 Sep 2024 10:30:00 +0900",
    subject="[카카오] 신고하신 게시물 처리 결과 안내",
    reply_to_req=req("KCSC-240913-02"),
    body="""안녕하세요. 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 신고 건을 검토한 결과, 신고하신 게시물은 Daum 카페
운영정책 위반으로 확인되어 블라인드 처리하였음을 알려드립니다.

■ 신고 내용
- 요청번호: KCSC-240913-02
- 신고 유형: 명예훼손
- 신고 게시물:
  %s
  %s

카카오 운영정책 안내: https://www.kakao.com/policy/oppolicy

감사합니다.
카카오 고객센터
""" % (KK1, KK2),
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 고객센터 report-outcome notice ('블라인드 처리하였음을 알려드립니다') with the echoed report (■ 신고 내용) below",
    why="statement about '신고하신 게시물' followed by the echoed report that lists them: 블라인드 처리 = removed for both; the policy link is not an item",
    items={KK1: "removed", KK2: "removed"},
)

case(
    name="kakao-mixed-language-agent",
    **{"from": "hyun.choi@kakaocorp.com"}, name_from="최현",
    date="Tue, 17 Sep 2024 21:15:00 +0900",
    subject="Re: [KCSC-240913-02] 명예훼손 게시물 시정요구",
    reply_to_req=req("KCSC-240913-02"),
    body="""안녕하세요, 요청하신 건 처리 결과입니다.

%s - deleted 처리 완료
%s 는 작성자가 이미 지운 글이라 조회가 안됩니다 (already deleted by author)

최현 드림
Kakao Safety Ops
""" % (KK1, KK2),
    outcome="applied", classification="confirmation",
    imitates="mixed Korean/English reply from a Kakao safety operations agent",
    why="'deleted 처리 완료' = removed; '작성자가 이미 지운 글이라 조회가 안됩니다' = not_found",
    items={KK1: "removed", KK2: "not_found"},
)

case(
    name="kakao-imsijochi-outlook-quote",
    **{"from": "rights@kakaocorp.com"}, name_from="카카오 권리보호센터",
    date="Wed, 18 Sep 2024 09:10:00 +0900",
    subject="RE: [KCSC-240913-02] 명예훼손 게시물 시정요구",
    reply_to_req=req("KCSC-240913-02"),
    body="""안녕하세요, 카카오 권리보호센터입니다.

아래 게시물 2건은 정보통신망법 제44조의2에 따라 임시조치(30일) 되었음을 알려드립니다.
%s
%s

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 3:00 PM
To: 카카오 권리보호센터 <rights@kakaocorp.com>
Subject: [KCSC-240913-02] 명예훼손 게시물 시정요구

방송통신심의위원회는 아래 정보에 대해 삭제를 요구합니다.
1. %s (삭제)
2. %s (삭제)
조치 결과를 9월 20일까지 회신하여 주시기 바랍니다.
""" % (KK1, KK2, KK1, KK2),
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리보호센터 임시조치 notice replying over an Outlook '-----Original Message-----' quote of our request",
    why="임시조치(30일) = restricted; the quoted request's 삭제 wording is ours and counts for nothing",
    items={KK1: "restricted", KK2: "restricted"},
)

# ======================= APPLIED: Telegram, Meta, Reddit, Discord =======================

case(
    name="telegram-one-url-one-sentence",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 19:22:00 +0000",
    subject="Re: [KCSC-240910-02] Request for removal of illegal content",
    reply_to_req=req("KCSC-240910-02"),
    body="""%s

This content has been taken down.
""" % TG1,
    outcome="applied", classification="confirmation",
    imitates="terse Telegram abuse-desk reply: only the URL and one sentence",
    why="a notice that is only a URL and one sentence: taken down = removed",
    items={TG1: "removed"},
)

case(
    name="meta-local-law-three-sections",
    **{"from": "gov-requests@meta.com"}, name_from="Meta",
    date="Fri, 13 Sep 2024 17:55:00 +0000",
    subject="Re: [KCSC-240909-01] Request for removal of illegal content (investment fraud) - Case 1190044217",
    reply_to_req=req("KCSC-240909-01"),
    body="""Hello,

Thank you for your report (reference KCSC-240909-01). We reviewed the content
you reported against our Community Standards and applicable local law.

Content removed for going against our Community Standards:
- %s

Content restricted in South Korea based on local law:
- %s

No action taken (does not go against our Community Standards, and we did not
find it to be unlawful):
- %s

Learn how we handle government requests:
https://transparency.meta.com/reports/content-restrictions

Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025
""" % (IG2, IG1, FB1),
    outcome="applied", classification="confirmation",
    imitates="Meta response to a government takedown request (Community Standards removal / local-law restriction / no action), per transparency.meta.com content-restrictions lifecycle",
    why="three headed sections, one URL each: removed, restricted, rejected; the transparency link is not an item",
    items={IG2: "removed", IG1: "restricted", FB1: "rejected"},
)

case(
    name="meta-instagram-agent-short",
    **{"from": "soyeon.han@instagram.com"}, name_from="So-yeon Han",
    date="Wed, 11 Sep 2024 02:12:00 +0000",
    subject="Re: [KCSC-240909-01] Request for removal of illegal content (investment fraud)",
    reply_to_req=req("KCSC-240909-01"),
    body="""Hi! the reel %s was taken down yesterday.
the post %s we couldnt find at all, looks like it's already gone.

So-yeon (IG Trust & Safety)
""" % (IG2, IG1),
    outcome="applied", classification="confirmation",
    imitates="informal reply from an Instagram trust-and-safety staffer",
    why="'was taken down' = removed; 'we couldnt find at all' = not_found (the 'looks like' clause only guesses why); the Facebook post stays pending",
    items={IG2: "removed", IG1: "not_found"},
)

_rd_plain = """Hi there,

Thanks for reaching out. We've reviewed the posts you reported and removed both of them for violating Reddit's rule against non-consensual intimate media:

%s?utm_source=share&utm_medium=web3x&utm_name=web3xcss&utm_term=1&utm_content=share_button
%s

We have also banned r/fakeleaks_kr.

- Reddit Safety Team
https://www.redditinc.com/policies/content-policy
""" % (RD1, RD2)
case(
    name="reddit-qp-both-removed",
    **{"from": "safety@reddit.com"}, name_from="Reddit Safety",
    date="Sat, 14 Sep 2024 22:01:00 +0000",
    subject="Re: [KCSC-240912-02] Request for removal of illegal content",
    reply_to_req=req("KCSC-240912-02"),
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

%s""" % qp(_rd_plain),
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety report outcome ('We've reviewed ... and removed') with content-policy link",
    why="quoted-printable body with soft line breaks inside a share link (utm_ query, '=' encoded as =3D); 'removed both of them' followed by both URLs = removed",
    items={RD1: "removed", RD2: "removed"},
)

case(
    name="reddit-admin-informal-one-stays",
    **{"from": "kiwi-admin@reddit.com"}, name_from="kiwi (Reddit Admin)",
    date="Fri, 13 Sep 2024 19:44:00 +0000",
    subject="Re: [KCSC-240912-02] Request for removal of illegal content",
    reply_to_req=req("KCSC-240912-02"),
    body="""hey - looked at both.

%s removed, thats clearly against our rules.
%s is fine tho, no real person is shown so it isn't NCIM under our policy. it stays up.

-kiwi
""" % (RD1, RD2),
    outcome="applied", classification="confirmation",
    imitates="informal reply from a Reddit admin (the tone of admin replies in r/ModSupport)",
    why="'removed' = removed; 'is fine tho ... it stays up' with a reason = rejected",
    items={RD1: "removed", RD2: "rejected"},
)

case(
    name="discord-reported-content-echo",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Sun, 15 Sep 2024 03:33:00 +0000",
    subject="Re: [KCSC-240913-03] Request for removal of illegal content",
    reply_to_req=req("KCSC-240913-03"),
    body="""Hi there,

Thanks for reaching out to Discord Trust & Safety.

We've reviewed the reported content and found that it violated our Community
Guidelines. The message has been deleted and we have taken action against the
account that posted it.

Your report:
Report ID: 1284559910
Reported message: %s
Category: Non-consensual adult content

You can read more about our guidelines at https://discord.com/guidelines.

Discord Trust & Safety
""" % DC1,
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety report outcome ('We've reviewed the reported content ...') with the echoed report below",
    why="statement about 'the reported content' / 'the message' followed by the echoed report naming it: deleted = removed",
    items={DC1: "removed"},
)

# ======================= REVIEW =======================

case(
    name="x-approved-will-withhold",
    **{"from": "legalrequests@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 09:00:00 +0000",
    subject="Re: [KCSC-240910-01] Request for removal of illegal content (illegal gambling)",
    reply_to_req=req("KCSC-240910-01"),
    body="""Hello,

Regarding KCSC-240910-01: our legal team has approved withholding
%s in South Korea. The withholding will be applied within the next 48 hours
and we will confirm once it is in effect.

X Legal
""" % XC[3],
    outcome="review", review="not_understood",
    imitates="X legal interim reply announcing a decision not yet carried out",
    why="'approved withholding ... will be applied within 48 hours' is a promise, not a confirmation: the item stays pending and the email must be seen",
    items=pending(XC[3]),
)

case(
    name="x-count-without-list",
    **{"from": "legalrequests@x.com"}, name_from="X Legal",
    date="Wed, 18 Sep 2024 06:00:00 +0000",
    subject="Re: [KCSC-240910-01] Request for removal of illegal content (illegal gambling)",
    reply_to_req=req("KCSC-240910-01"),
    body="""Hello,

In response to your request KCSC-240910-01 we have withheld 14 posts in South
Korea.

X Legal
""",
    outcome="review", review="bulk",
    imitates="one-line bulk outcome ('we have withheld N posts') as sometimes sent for large batches",
    why="a count instead of an item list (bulk_confirmations = review); nothing applied",
    items={},
)

case(
    name="yt-under-review-holiday",
    **{"from": "legal-notices@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 01:10:00 +0000",
    subject="Re: [KCSC-240912-01] Request for removal of illegal content (drug trade)",
    reply_to_req=req("KCSC-240912-01"),
    body="""Hello,

The following videos from your request are currently being reviewed by our
legal team:

%s
%s

Due to the public holiday in Korea our response may take a few more days. We
will follow up once the review is complete.

The YouTube Legal Team
""" % (YT1, YT2),
    outcome="review", review="not_understood",
    imitates="YouTube legal interim 'currently being reviewed' update naming the videos",
    why="trusted email naming two items only to say they are under review: nothing to apply, but not a bare receipt either, so it must not be ignored",
    items=pending(YT1, YT2),
)

case(
    name="yt-agent-hedged-maybe",
    **{"from": "minseo.lee@google.com"}, name_from="Minseo Lee",
    date="Sat, 14 Sep 2024 07:25:00 +0000",
    subject="Re: [KCSC-240912-01] Request for removal of illegal content (drug trade)",
    reply_to_req=req("KCSC-240912-01"),
    body="""Hi, I checked %s - it might have been taken down already by the uploader, I'm not 100%% sure. Will double check with the team on Monday.

Minseo
""" % YT2,
    outcome="review", review="not_understood",
    imitates="hedged one-paragraph note from an individual staffer",
    why="'might have been taken down ... not 100% sure' is a guess, not a statement: pending, to review",
    items=pending(YT2),
)

case(
    name="naver-asks-documents",
    **{"from": "noreply_inoti@navercorp.com"}, name_from="NAVER 게시중단요청서비스",
    date="Thu, 12 Sep 2024 15:30:00 +0900",
    subject="[NAVER] 게시중단 요청 관련 추가 자료 요청 (KCSC-240911-01)",
    reply_to_req=req("KCSC-240911-01"),
    body="""안녕하세요. 네이버 게시중단요청서비스입니다.

요청하신 게시물(%s)에 대하여 권리침해 여부를
판단하기 위해 아래 자료를 추가로 제출해 주시기 바랍니다.

- 심의 의결서 사본
- 침해 사실을 소명할 수 있는 자료

자료가 제출되지 않을 경우 처리가 지연될 수 있습니다.
감사합니다.
""" % NB1,
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 게시중단요청서비스 request for supporting documents (소명자료 추가 제출 요청)",
    why="the portal asks for more documents before acting on the named post: asks_more, nothing applied",
    items=pending(NB1),
)

case(
    name="naver-not-visible-ambiguous",
    **{"from": "haneul.kim@navercorp.com"}, name_from="김하늘",
    date="Fri, 13 Sep 2024 10:12:00 +0900",
    subject="RE: [KCSC-240911-01] 개인정보 침해 게시물 시정요구",
    reply_to_req=req("KCSC-240911-01"),
    body="""안녕하세요.
%s 는 현재 노출되지 않는 상태로 보입니다. 추가 확인 후 다시 말씀드리겠습니다.

김하늘 드림
""" % NC1,
    outcome="review", review="not_understood",
    imitates="short interim Korean reply from portal staff",
    why="'현재 노출되지 않는 상태로 보입니다' (seems not to be shown) says neither who hid it nor that anything was done, and is hedged ('보입니다', will check further): a clerk would hesitate",
    items=pending(NC1),
)

case(
    name="tiktok-some-restricted-no-mapping",
    **{"from": "safety-apac@tiktok.com"}, name_from="TikTok Safety",
    date="Sun, 15 Sep 2024 11:00:00 +0000",
    subject="Re: [KCSC-240913-01] Request for removal of illegal content (obscene)",
    reply_to_req=req("KCSC-240913-01"),
    body="""Hi,

We've restricted some of the videos in your report in South Korea while we
look into the others. We'll send you the full breakdown once we're done.

Reported videos:
%s
%s
%s

TikTok Safety
""" % (TT1, TT2, TT3),
    outcome="review", review="not_understood",
    imitates="TikTok partial interim update followed by the echoed report list",
    why="'some of the videos' are restricted but the email does not say which; the echoed list must not make all three restricted",
    items=pending(TT1, TT2, TT3),
)

case(
    name="telegram-lookalike-domain",
    **{"from": "abuse@telegram-moderation.org"}, name_from="Telegram Moderation",
    date="Thu, 12 Sep 2024 04:00:00 +0000",
    subject="Re: [KCSC-240910-02] Request for removal of illegal content",
    reply_to_req=req("KCSC-240910-02"),
    body="""Hello,

The content %s has been removed from Telegram.

Telegram Moderation Team
""" % TG1,
    outcome="review", review="unknown_sender",
    imitates="spoofed confirmation from a look-alike domain (dmarc=pass for its own domain)",
    why="authenticated sender telegram-moderation.org is no platform's domain; a claim about our item must be seen, not applied",
    items=pending(TG1),
)

case(
    name="meta-dmarc-fail",
    **{"from": "gov-requests@meta.com"}, name_from="Meta",
    auth="fail",
    date="Fri, 13 Sep 2024 03:00:00 +0000",
    subject="Re: [KCSC-240909-01] Request for removal of illegal content (investment fraud)",
    reply_to_req=req("KCSC-240909-01"),
    body="""Hello,

We have removed the following content for going against our Community
Standards:
- %s
- %s
- %s

Meta
""" % (IG1, IG2, FB1),
    outcome="review", review="untrusted",
    imitates="otherwise perfect Meta outcome notice failing DMARC",
    why="dmarc=fail for meta.com: untrusted, nothing applied",
    items=pending(IG1, IG2, FB1),
)

case(
    name="discord-names-reddit-post",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Mon, 16 Sep 2024 05:12:00 +0000",
    subject="Re: [KCSC-240913-03] Request for removal of illegal content",
    reply_to_req=req("KCSC-240913-03"),
    body="""Hi there,

The content at %s has been removed from our platform.

Discord Trust & Safety
""" % RD2,
    outcome="review", review="wrong_platform",
    imitates="agent copy-paste mistake: a Discord reply naming another platform's URL",
    why="trusted Discord email claims a Reddit item as removed: Discord cannot speak for Reddit; the Reddit item and the Discord item stay pending",
    items=pending(RD2, DC1),
)

# ======================= IGNORED =======================

case(
    name="x-out-of-office",
    **{"from": "jiwoo.park@x.com"}, name_from="Jiwoo Park",
    date="Tue, 10 Sep 2024 01:00:30 +0000",
    subject="Automatic reply: [KCSC-240910-01] Request for removal of illegal content (illegal gambling)",
    reply_to_req=req("KCSC-240910-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until September 23 with limited access to email.
For urgent legal requests please write to legalrequests@x.com.

%s
""" % OUR_X_REQUEST_QUOTED,
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply:' out-of-office with Auto-Submitted, quoting the request",
    why="out-of-office auto-reply; the quoted request with all URLs and 'must be deleted' counts for nothing",
    items={},
)

_bounce_original = """From: KCSC Takedown <takedown@kcsc.example>
To: kr-legal@tiktok.com
Subject: [KCSC-240913-01] Request for removal of illegal content (obscene)
Date: Fri, 13 Sep 2024 10:00:00 +0900
Message-ID: <req-240913-01@kcsc.example>
Content-Type: text/plain; charset=utf-8

The Korea Communications Standards Commission requests removal of:
%s
%s
%s
""" % (TT1, TT2, TT3)
case(
    name="bounce-dsn-tiktok-request",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Fri, 13 Sep 2024 10:00:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="b53dsn"

--b53dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<kr-legal@tiktok.com>: host mx.tiktok.com[203.0.113.25] said: 550 5.1.1
    <kr-legal@tiktok.com>: Recipient address rejected: User unknown

--b53dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Fri, 13 Sep 2024 10:00:02 +0900

Final-Recipient: rfc822; kr-legal@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--b53dsn
Content-Type: message/rfc822

%s
--b53dsn--
""" % _bounce_original,
    outcome="ignored", classification="bounce",
    imitates="Postfix non-delivery report (multipart/report; report-type=delivery-status) embedding our request",
    why="bounce of our own request; the embedded request lists URLs but states nothing from the platform",
    items={},
)

case(
    name="naver-mdn-read-receipt",
    **{"from": "jh.seo@navercorp.com"}, name_from="서지훈",
    date="Wed, 11 Sep 2024 11:40:00 +0900",
    subject="읽음: [KCSC-240911-01] 개인정보 침해 게시물 시정요구",
    reply_to_req=req("KCSC-240911-01"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b53mdn"

--b53mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240911-01] 개인정보 침해 게시물 시정요구"을(를) 2024-09-11 11:40에 수신자가 읽었습니다.

--b53mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.naver.com; NAVER Works Mail
Final-Recipient: rfc822; jh.seo@navercorp.com
Original-Message-ID: <req-240911-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b53mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN, 읽음: subject)",
    why="MDN read receipt: ignored, not forwarded",
    items={},
)

case(
    name="kakao-ticket-receipt",
    **{"from": "cs_notice@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 15:01:10 +0900",
    subject="[카카오 고객센터] 문의 접수 안내",
    reply_to_req=req("KCSC-240913-02"),
    body="""안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2409131500-0042

담당자 확인 후 순차적으로 답변드리겠습니다. 문의량이 많아 답변이 다소 늦어질 수 있는 점
양해 부탁드립니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 문의 접수 안내 (ticket receipt with 접수번호)",
    why="pure receipt naming no item",
    items={},
)

case(
    name="meta-receipt-echoing-urls",
    **{"from": "noreply@fb.com"}, name_from="Meta",
    date="Mon, 09 Sep 2024 05:02:00 +0000",
    subject="We received your report (reference 1190044217)",
    reply_to_req=req("KCSC-240909-01"),
    body="""Hello,

We received your report. Your reference number is 1190044217.

We'll review the content below and let you know if we take any action.

Content you reported:
- %s
- %s
- %s

Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025
""" % (IG1, IG2, FB1),
    outcome="ignored", classification="acknowledgement",
    imitates="Meta 'We received your report' confirmation that echoes the reported content",
    why="a receipt as a whole: it lists the URLs but states nothing done to them",
    items={},
)

case(
    name="discord-zendesk-request-received",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Fri, 13 Sep 2024 08:01:00 +0000",
    subject="[Discord] Re: [KCSC-240913-03] Request for removal of illegal content",
    reply_to_req=req("KCSC-240913-03"),
    body="""##- Please type your reply above this line -##

Your request (48812077) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Discord
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style 'Your request (#...) has been received' ticket auto-acknowledgement used by Discord support",
    why="ticket receipt naming no item",
    items={},
)

HEADER = """# Blind set 53 (issue 11): a general mix in English and Korean across nine
# platforms; expected results written from each email's meaning before any run.
# Generated by make.py; do not edit by hand.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind53", HEADER, CASES)


if __name__ == "__main__":
    main()
