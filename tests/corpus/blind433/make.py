#!/usr/bin/env python3
"""Blind set 433: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a small blog service answering (often
informally), plus CSV attachments and plain-text tables.

    python3 tests/corpus/blind433/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml. Expected
results were written from each email's meaning alone, before any run of the
reader.
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind433"

# ---------------------------------------------------------------- requests
D = "https://www.dalbitnet.kr"
GAL = D + "/gallery/%EC%97%B0%EC%98%88"      # /gallery/연예
GAL_RAW = D + "/gallery/연예"
DALBIT = [
    D + "/board/free/88123",
    D + "/board/free/88140",
    D + "/board/free/88201",
    D + "/board/free/88301",
    D + "/board/humor/20417",
    D + "/board/humor/20455",
    D + "/board/stock/7710",
    D + "/board/stock/7794",
    GAL + "/5521",
    GAL + "/5602",
    "https://m.dalbitnet.kr/board/free/88355",
    D + "/board/stock/7802",
]
(DB_88123, DB_88140, DB_88201, DB_88301, DB_20417, DB_20455, DB_7710, DB_7794,
 DB_5521, DB_5602, DB_M88355, DB_7802) = DALBIT

QH_JPG = "http://jjal-archive.xyz/img/2024/0811_a.jpg"
QH_77 = "https://ggul-tip.shop/post/77"
QH_78 = "https://ggul-tip.shop/post/78"
QH_VOD = "https://soranet-vod.top/watch?v=kq19ZZ"
QUILL = [QH_JPG, QH_77, QH_78, QH_VOD]

NE_4410 = "https://leakzone-kr.net/t/4410"
NE_4417 = "https://leakzone-kr.net/t/4417"
NE_QX = "https://cdn-mirror.pw/f/Qx81mm"
NIMBUS = [NE_4410, NE_4417, NE_QX]

OR_MUK = "http://mukbang-hidden.site/"
OR_TOTO = "https://toto-bet77.club/"
OAK = [OR_MUK, OR_TOTO]

SF_8K = "https://stashfile.io/f/8KdP2aQ"
SF_9L = "https://stashfile.io/f/9LmQ3bR"
SF_ZX = "https://stashfile.io/f/Zx71wqE"
SF_HANUL = "https://stashfile.io/folder/hanul_pack"
SF_TT = "https://stashfile.io/f/Tt55yYv"
STASH = [SF_8K, SF_9L, SF_ZX, SF_HANUL, SF_TT]

NB_104422 = "https://nabichan.org/b/res/104422.html"
NB_104590 = "https://nabichan.org/b/res/104590.html"
NB_55801 = "https://nabichan.org/kr/res/55801.html"
NABI = [NB_104422, NB_104590, NB_55801]

PIN = "https://pinlog.kr/@moonwalker99/1187"

REQUESTS = [
    ("KCSC-243303-01", "dalbit", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     DALBIT, "obscene", "forum posts, largest request of the set"),
    ("KCSC-243305-02", "quillhost", "2024-09-05T11:30:00+09:00", "2024-09-12T18:00:00+09:00",
     QUILL, "privacy", "customer sites hosted by QuillHost"),
    ("KCSC-243306-03", "nimbusedge", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     NIMBUS, "obscene", "sites behind the NimbusEdge CDN"),
    ("KCSC-243309-04", "oakreg", "2024-09-09T09:30:00+09:00", "2024-09-16T18:00:00+09:00",
     OAK, "gambling", "domains registered through OakRegistrar"),
    ("KCSC-243310-05", "stashfile", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00",
     STASH, "obscene", "file host links"),
    ("KCSC-243311-06", "nabichan", "2024-09-11T10:15:00+09:00", "2024-09-18T18:00:00+09:00",
     NABI, "defamation", "image board threads"),
    ("KCSC-243312-07", "pinlog", "2024-09-12T16:40:00+09:00", "2024-09-19T18:00:00+09:00",
     [PIN], "privacy", "one blog post"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, ref + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def alternative(text, html, boundary):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n\n"
        f"--{boundary}\n"
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{html.strip()}\n\n"
        f"--{boundary}--\n"
    )


def with_csv(text, csv_text, filename, boundary, encode_b64=True, bom=False):
    data = ("\ufeff" if bom else "") + csv_text.strip("\n") + "\n"
    if encode_b64:
        part = ("Content-Transfer-Encoding: base64\n\n" + b64(data))
    else:
        part = ("Content-Transfer-Encoding: 7bit\n\n" + data.rstrip("\n"))
    ascii_name = filename.isascii()
    disp = (f'attachment; filename="{filename}"' if ascii_name else
            "attachment; filename*=UTF-8''" + "".join(
                c if c.isascii() and (c.isalnum() or c in "-_.") else
                "".join("%%%02X" % b for b in c.encode("utf-8")) for c in filename))
    ctype_name = (f'; name="{filename}"' if ascii_name else "")
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n\n"
        f"--{boundary}\n"
        f"Content-Type: text/csv; charset=utf-8{ctype_name}\n"
        f"Content-Disposition: {disp}\n"
        f"{part}\n\n"
        f"--{boundary}--\n"
    )


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls, lang="ko"):
    lines = "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1))
    if lang == "ko":
        return (f"안녕하십니까, 방송통신심의위원회입니다.\n\n"
                f"아래 게시물은 관련 법령에 위반되는 정보로 심의·의결되었으므로\n"
                f"삭제 등 필요한 조치를 요청드립니다. (요청번호 {ref})\n\n"
                f"{lines}\n\n조치 결과를 회신하여 주시기 바랍니다.\n\n"
                f"방송통신심의위원회 국제협력팀")
    return (f"Dear abuse team,\n\nThe Korea Communications Standards Commission asks you to\n"
            f"remove or disable access to the following content, found to be\n"
            f"unlawful in the Republic of Korea (reference {ref}):\n\n"
            f"{lines}\n\nPlease let us know the action taken for each URL.\n\n"
            f"KCSC International Cooperation Team")


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= APPLIED =======================

case(
    name="dalbit-numbered-list-mixed",
    **{"from": "admin@dalbitnet.kr"}, name_from="달빛넷 운영팀",
    date="Thu, 05 Sep 2024 15:22:10 +0900",
    subject="Re: [KCSC-243303-01] 게시물 삭제 요청의 건",
    reply_to_req="KCSC-243303-01",
    body=f"""
안녕하세요. 달빛넷 운영팀입니다.

요청번호 KCSC-243303-01로 보내주신 게시물 중 우선 확인된 4건의 처리 결과를
알려드립니다.

1. {DB_88123} - 삭제
2. {DB_88140} - 블라인드 처리
3. {DB_20417} - 게시물 없음 (작성자가 먼저 삭제함)
4. {DB_20455} - 운영정책 위반 사항이 확인되지 않아 게시 유지

나머지 게시물은 담당자가 확인 중이며 처리되는 대로 별도로 회신드리겠습니다.

감사합니다.
달빛넷 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community forum operator's 처리 결과 reply, numbered list",
    why="four URLs each with its own result: 삭제, 블라인드, 게시물 없음, 위반 아님 유지; the rest only promised",
    items={DB_88123: "removed", DB_88140: "removed", DB_20417: "not_found", DB_20455: "rejected"},
)

DALBIT_CSV = f"""
번호,게시물 URL,처리 결과,처리 일시,비고
1,{DB_88123},삭제,2024-09-06 14:10,
2,{DB_88140},삭제,2024-09-06 14:11,
3,{DB_88201},삭제,2024-09-06 14:11,
4,{DB_88301},임시조치,2024-09-06 14:20,권리침해 신고 병합 / 30일
5,{DB_20417},게시물 없음,-,작성자 자진 삭제
6,{DB_20455},조치 불가,-,운영정책 위반 아님(언론 기사 인용)
7,{DB_7710},삭제,2024-09-06 14:25,
8,{DB_7794},삭제,2024-09-06 14:25,
9,{GAL_RAW}/5521,임시조치,2024-09-06 14:31,
10,{GAL_RAW}/5602,삭제,2024-09-06 14:31,
11,{DB_M88355},삭제,2024-09-06 14:33,모바일 주소
12,{DB_7802},삭제,2024-09-06 14:35,
"""
case(
    name="dalbit-csv-attachment-all",
    **{"from": "admin@dalbitnet.kr"}, name_from="달빛넷 운영팀",
    date="Fri, 06 Sep 2024 15:02:44 +0900",
    subject="[달빛넷] KCSC-243303-01 조치 결과 송부",
    raw_mime=with_csv(
        "안녕하세요, 달빛넷 운영팀입니다.\n\n"
        "요청하신 12건에 대한 조치 결과를 첨부 파일(CSV)로 송부드립니다.\n"
        "확인 부탁드립니다.\n\n달빛넷 운영팀",
        DALBIT_CSV, "KCSC-243303-01_조치결과.csv", "dalbit-csv-7f1", encode_b64=True, bom=True),
    outcome="applied", classification="confirmation",
    imitates="Korean portal result sheet sent as a CSV attachment (UTF-8 with BOM, base64)",
    why="every row names a URL and its result: 삭제, 임시조치, 게시물 없음, 조치 불가(위반 아님)",
    items={DB_88123: "removed", DB_88140: "removed", DB_88201: "removed", DB_88301: "restricted",
           DB_20417: "not_found", DB_20455: "rejected", DB_7710: "removed", DB_7794: "removed",
           DB_5521: "restricted", DB_5602: "removed", DB_M88355: "removed", DB_7802: "removed"},
)

case(
    name="dalbit-admin-one-line",
    **{"from": "moon.sysop@dalbitnet.kr"}, name_from="달빛넷 운영자",
    date="Wed, 04 Sep 2024 23:48:05 +0900",
    subject="Re: [KCSC-243303-01] 게시물 삭제 요청의 건",
    reply_to_req="KCSC-243303-01",
    body=f"""
요청하신 글({DB_88301}) 지웠습니다.

달빛넷 운영자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a small forum's sysop",
    why="'지웠습니다' (deleted) about one named post",
    items={DB_88301: "removed"},
)

case(
    name="dalbit-korean-path-particles",
    **{"from": "admin@dalbitnet.kr"}, name_from="달빛넷 운영팀",
    date="Mon, 09 Sep 2024 10:15:31 +0900",
    subject="Re: [KCSC-243303-01] 연예 갤러리 게시물 관련",
    reply_to_req="KCSC-243303-01",
    body=f"""
안녕하세요, 달빛넷 운영팀입니다.

연예 갤러리 게시물 2건 확인 결과입니다.
{GAL_RAW}/5521은 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.
또 다른 게시물（{GAL_RAW}/5602）은 블라인드 처리하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum reply pasting raw Korean-path URLs followed by particles and full-width brackets",
    why="5521 already deleted by its author (not_found); 5602 블라인드 (removed); raw Korean path matches the percent-encoded request",
    items={DB_5521: "not_found", DB_5602: "removed"},
)

case(
    name="dalbit-plain-text-table",
    **{"from": "admin@dalbitnet.kr"}, name_from="달빛넷 운영팀",
    date="Sat, 07 Sep 2024 11:40:00 +0900",
    subject="RE: [KCSC-243303-01] 주식 게시판 외 조치 결과",
    reply_to_req="KCSC-243303-01",
    body=f"""
안녕하세요. 달빛넷 운영팀입니다. 추가 처리 결과 공유드립니다.

 No | 게시물 주소                                 | 조치 결과
----+---------------------------------------------+----------------
  1 | {DB_7710}   | 삭제
  2 | {DB_7794}   | 삭제
  3 | {DB_7802}   | 임시조치(30일)
  4 | {DB_M88355}     | 해당 게시물 없음

문의사항은 본 메일로 회신 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text result table with pipes, as small Korean operators paste from a spreadsheet",
    why="each row: URL and result; 임시조치 is restricted, 해당 게시물 없음 not_found",
    items={DB_7710: "removed", DB_7794: "removed", DB_7802: "restricted", DB_M88355: "not_found"},
)

case(
    name="dalbit-top-posted-gmail-quote",
    **{"from": "admin@dalbitnet.kr"}, name_from="달빛넷 운영팀",
    date="Wed, 04 Sep 2024 17:05:12 +0900",
    subject="Re: [KCSC-243303-01] 게시물 삭제 요청의 건",
    reply_to_req="KCSC-243303-01",
    body=f"""
아래 두 건 삭제 완료했습니다:
{DB_88201}
{DB_7794}

나머지는 확인 후 다시 말씀드릴게요.

2024년 9월 3일 (화) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted(request_text("KCSC-243303-01", DALBIT))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply over the quoted Korean request",
    why="two URLs under '삭제 완료했습니다:'; the other ten appear only in the quoted request",
    items={DB_88201: "removed", DB_7794: "removed", DB_88123: "pending", DB_7710: "pending"},
)

case(
    name="quillhost-abuse-prose-mixed",
    **{"from": "abuse@quillhost.net"}, name_from="QuillHost Abuse",
    date="Mon, 09 Sep 2024 09:12:40 +0200",
    subject="Re: [KCSC-243305-02] Request for removal of illegal content",
    reply_to_req="KCSC-243305-02",
    body=f"""
Hello,

Update on your complaint:

- {QH_JPG} : our customer deleted the file on Friday, we checked it is gone.
- ggul-tip.shop: we suspended this hosting account for repeated abuse, so
  {QH_77} and {QH_78} are both offline now.
- {QH_VOD} : this video id does not exist on the customer's site, the page
  returns 404 and there is nothing with that id in their database.

Case closed on our side.

Kind regards,
Marek Dvorak
QuillHost s.r.o. - Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="European shared-hosting abuse desk summary after contacting its customer",
    why="file deleted; account suspended so both posts offline; video id does not exist",
    items={QH_JPG: "removed", QH_77: "removed", QH_78: "removed", QH_VOD: "not_found"},
)

case(
    name="quillhost-one-liner",
    **{"from": "marek@quillhost.net"}, name_from="Marek Dvorak",
    date="Fri, 06 Sep 2024 16:31:02 +0200",
    subject="Re: [KCSC-243305-02] Request for removal of illegal content",
    reply_to_req="KCSC-243305-02",
    body=f"""
{QH_77} - removed by customer.

Marek
QuillHost Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="one-line abuse-desk reply",
    why="one named URL, removed",
    items={QH_77: "removed"},
)

case(
    name="quillhost-ticket-resolved",
    **{"from": "support@quillhost.net"}, name_from="QuillHost Support",
    date="Sat, 07 Sep 2024 08:03:19 +0200",
    subject="[Ticket #QH-55210] Status changed to Resolved - KCSC-243305-02",
    body=f"""
Ticket #QH-55210 has been updated.

Department: Abuse
Status: Resolved
Priority: High

----------------------------------------------------------------
Reply from Marek (Abuse), 07.09.2024 08:02:
We confirmed that the image {QH_JPG}
was stored on our shared server hs-14. It has been deleted and the
directory /img/2024/ has been disabled for public access.
----------------------------------------------------------------

View this ticket: https://my.quillhost.net/tickets/QH-55210
Help centre: https://quillhost.net/help/abuse-policy

Please reply above this line to add a message to the ticket.
""",
    outcome="applied", classification="confirmation",
    imitates="WHMCS-style ticket update e-mail with the staff reply inlined",
    why="the staff reply states the image was deleted; ticket and help links are not items",
    items={QH_JPG: "removed"},
)

case(
    name="quillhost-refusal-licensed",
    **{"from": "abuse@quillhost.net"}, name_from="QuillHost Abuse",
    date="Tue, 10 Sep 2024 13:44:51 +0200",
    subject="Re: [KCSC-243305-02] Request for removal of illegal content",
    reply_to_req="KCSC-243305-02",
    body=f"""
Hello,

We looked at {QH_VOD}. It is an official trailer which our customer
distributes under licence; nothing on that page breaks our Acceptable Use
Policy, so we are not taking any action on it.

If you hold a court order concerning this page, please send it to us.

Best regards,
Petra Novak
QuillHost Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider declining a complaint with its reason",
    why="explicit refusal: not against the AUP, no action taken (rejected); the court-order sentence is not a request for more",
    items={QH_VOD: "rejected"},
)

QUILL_ORIG = f"""
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 4:30 AM
To: abuse@quillhost.net
Subject: [KCSC-243305-02] Request for removal of illegal content

{request_text("KCSC-243305-02", QUILL, lang="en")}
"""
case(
    name="quillhost-outlook-original-message",
    **{"from": "petra.novak@quillhost.net"}, name_from="Petra Novak",
    date="Mon, 09 Sep 2024 17:20:00 +0200",
    subject="RE: [KCSC-243305-02] Request for removal of illegal content",
    reply_to_req="KCSC-243305-02",
    body=f"""
Hi,

The customer has removed the image {QH_JPG} and the post
{QH_78}. We are still waiting for them on the other two.

Best regards,
Petra Novak
QuillHost Abuse Department

-----Original Message-----
{QUILL_ORIG.strip()}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above '-----Original Message-----' holding the full request",
    why="two named items removed; the other two appear only in the original message",
    items={QH_JPG: "removed", QH_78: "removed", QH_77: "pending", QH_VOD: "pending"},
)

NE_TEXT = f"""
NimbusEdge Trust & Safety - report NE-88390

Outcome of your report (KCSC-243306-03):

URL | Action
{NE_4410} | Access disabled on all NimbusEdge edge locations
{NE_4417} | Geo-restricted: blocked for visitors from KR
{NE_QX} | Not found - origin returns 404 and nothing is cached

Abuse policy: https://nimbusedge.com/trust/abuse-policy

NimbusEdge Trust & Safety
"""
NE_HTML = f"""
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p><b>NimbusEdge Trust &amp; Safety</b> &ndash; report NE-88390</p>
<p>Outcome of your report (KCSC-243306-03):</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>URL</th><th>Action</th></tr>
<tr><td><a href="{NE_4410}">{NE_4410}</a></td><td>Access disabled on all NimbusEdge edge locations</td></tr>
<tr><td><a href="{NE_4417}">{NE_4417}</a></td><td>Geo-restricted: blocked for visitors from KR</td></tr>
<tr><td><a href="{NE_QX}">{NE_QX}</a></td><td>Not found &ndash; origin returns 404 and nothing is cached</td></tr>
</table>
<p>Abuse policy: <a href="https://nimbusedge.com/trust/abuse-policy">nimbusedge.com/trust/abuse-policy</a></p>
<p>NimbusEdge Trust &amp; Safety</p>
</body></html>
"""
case(
    name="nimbus-html-table-outcome",
    **{"from": "trust-safety@nimbusedge.com"}, name_from="NimbusEdge Trust & Safety",
    date="Tue, 10 Sep 2024 03:15:00 +0000",
    subject="[NE-88390] Outcome of your abuse report KCSC-243306-03",
    raw_mime=alternative(NE_TEXT, NE_HTML, "ne-alt-88390"),
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety outcome mail with an HTML table (multipart/alternative)",
    why="access disabled everywhere (removed), geo-blocked for KR (restricted), origin 404 (not_found); policy link is not an item",
    items={NE_4410: "removed", NE_4417: "restricted", NE_QX: "not_found"},
)

NE_QP_TEXT = (
    "Dear Sir or Madam,\n\n"
    "Further to your request KCSC-243306-03, NimbusEdge has restricted access to "
    f"{NE_4410} for all visitors connecting from the Republic of Korea. "
    "Visitors from other countries are not affected by this measure.\n\n"
    "We have informed the website\u2019s operator of this decision.\n\n"
    "Regards,\nNimbusEdge Legal Operations\n"
)
case(
    name="nimbus-geoblock-quoted-printable",
    **{"from": "legal-ops@nimbusedge.com"}, name_from="NimbusEdge Legal",
    date="Wed, 11 Sep 2024 07:41:09 +0000",
    subject="Re: [KCSC-243306-03] Request for removal of illegal content",
    reply_to_req="KCSC-243306-03",
    raw_mime=("Content-Type: text/plain; charset=utf-8\n"
              "Content-Transfer-Encoding: quoted-printable\n\n" + qp(NE_QP_TEXT)),
    outcome="applied", classification="confirmation",
    imitates="CDN legal team's country-withholding notice, quoted-printable with a soft break",
    why="access restricted for visitors from Korea only: restricted",
    items={NE_4410: "restricted"},
)

case(
    name="nimbus-ticket-plus-statement",
    **{"from": "abuse@nimbusedge.com"}, name_from="NimbusEdge Abuse",
    date="Mon, 09 Sep 2024 22:05:33 +0000",
    subject="[NE-88412] Your report has been received",
    body=f"""
Thank you for your report. Ticket NE-88412 has been created for
KCSC-243306-03.

Our Trust & Safety team has already reviewed it: we have disabled
{NE_QX} on our network, and it now returns HTTP 451 to all visitors.

The other URLs in your report are still being reviewed.

-- NimbusEdge Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt that also states an action already taken",
    why="acknowledgement phrase plus an unhedged statement: disabled for all visitors (removed)",
    items={NE_QX: "removed"},
)

case(
    name="oakreg-clienthold-prose",
    **{"from": "abuse@oakregistrar.com"}, name_from="OakRegistrar Abuse",
    date="Wed, 11 Sep 2024 18:20:00 -0500",
    subject="Re: Abuse complaint KCSC-243309-04 - mukbang-hidden.site",
    reply_to_req="KCSC-243309-04",
    body=f"""
Dear KCSC,

We have reviewed the complaint about the domain mukbang-hidden.site
(reported URL: {OR_MUK}).

The domain has been suspended: it was placed on clientHold status on
11 September 2024 and no longer resolves.

Regards,
OakRegistrar Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse desk reply: domain suspended (clientHold)",
    why="domain suspended, no longer resolves: removed",
    items={OR_MUK: "removed"},
)

case(
    name="oakreg-bullet-outcomes",
    **{"from": "abuse@oakregistrar.com"}, name_from="OakRegistrar Abuse",
    date="Thu, 12 Sep 2024 10:05:41 -0500",
    subject="Re: [KCSC-243309-04] Request for removal of illegal content",
    reply_to_req="KCSC-243309-04",
    body=f"""
Hello,

Outcome of our review:

* {OR_MUK} -- domain suspended (clientHold since 2024-09-11)
* {OR_TOTO} -- no action taken. The registrant holds a gaming licence in
  its jurisdiction and we found no breach of our registration agreement.
  Please contact the hosting provider or obtain a court order.

OakRegistrar Abuse Team
https://oakregistrar.com/legal/abuse
""",
    outcome="applied", classification="confirmation",
    imitates="registrar's bulleted outcome list with a refusal",
    why="first domain suspended (removed); second: no breach found, no action (rejected)",
    items={OR_MUK: "removed", OR_TOTO: "rejected"},
)

case(
    name="stashfile-status-below-url",
    **{"from": "compliance@stashfile.io"}, name_from="StashFile Compliance",
    date="Wed, 11 Sep 2024 04:30:12 +0000",
    subject="Re: [KCSC-243310-05] Request for removal of illegal content",
    reply_to_req="KCSC-243310-05",
    body=f"""
Report ID: SF-2024-0911-331

{SF_8K}
Status: Deleted

{SF_9L}
Status: Deleted

{SF_ZX}
Status: Not found (removed by the uploader before our review)

StashFile Compliance
""",
    outcome="applied", classification="confirmation",
    imitates="file host's report result: bare URL with its status on the line below",
    why="two deleted; the third already removed by its uploader (not_found)",
    items={SF_8K: "removed", SF_9L: "removed", SF_ZX: "not_found"},
)

STASH_CSV = f"""
url,action,reason,processed_at_utc
{SF_8K},deleted,ToS 4.2 illegal content,2024-09-11T02:14:00Z
{SF_9L},deleted,ToS 4.2 illegal content,2024-09-11T02:14:07Z
{SF_ZX},geo_blocked_KR,local law (KR),2024-09-11T02:15:30Z
{SF_HANUL},disabled,ToS 4.2 illegal content,2024-09-11T02:16:02Z
{SF_TT},not_found,no file with this id,
"""
case(
    name="stashfile-csv-export",
    **{"from": "compliance@stashfile.io"}, name_from="StashFile Compliance",
    date="Wed, 11 Sep 2024 02:30:00 +0000",
    subject="KCSC-243310-05 - processing results",
    raw_mime=with_csv(
        "Hi,\n\nAttached is the export from our takedown tool for your notice\n"
        "KCSC-243310-05. One row per URL.\n\n-- \nStashFile Compliance",
        STASH_CSV, "sf_takedown_export_0911.csv", "sf-mixed-0911", encode_b64=False),
    outcome="applied", classification="confirmation",
    imitates="file host's takedown-tool CSV export attached to a two-line mail",
    why="rows: deleted, deleted, geo_blocked_KR (restricted), folder disabled (removed), not_found",
    items={SF_8K: "removed", SF_9L: "removed", SF_ZX: "restricted", SF_HANUL: "removed", SF_TT: "not_found"},
)

case(
    name="stashfile-informal-both",
    **{"from": "jonas@stashfile.io"}, name_from="Jonas",
    date="Thu, 12 Sep 2024 21:47:00 +0200",
    subject="Re: [KCSC-243310-05] Request for removal of illegal content",
    reply_to_req="KCSC-243310-05",
    body=f"""
deleted both, and banned the uploader:
{SF_ZX}
{SF_HANUL}

--
Jonas
stashfile.io ops
sent from my phone
""",
    outcome="applied", classification="confirmation",
    imitates="informal reply from a small file host's operator on a phone",
    why="'deleted both' followed by the two URLs",
    items={SF_ZX: "removed", SF_HANUL: "removed"},
)

case(
    name="stashfile-angle-brackets-below",
    **{"from": "compliance@stashfile.io"}, name_from="StashFile Compliance",
    date="Fri, 13 Sep 2024 09:00:00 +0000",
    subject="Re: [KCSC-243310-05] Request for removal of illegal content",
    reply_to_req="KCSC-243310-05",
    body=f"""
Hello,

Following your notice, the following file has been made unavailable:

    <{SF_9L}>

The following link is invalid; no file with that ID exists on our service:

    <{SF_TT}>

Regards,
StashFile Compliance
""",
    outcome="applied", classification="confirmation",
    imitates="file host compliance reply with URLs in angle brackets on the line below the statement",
    why="made unavailable (removed); invalid link, no such file (not_found)",
    items={SF_9L: "removed", SF_TT: "not_found"},
)

case(
    name="stashfile-dsa-statement-of-reasons",
    **{"from": "legal@stashfile.io"}, name_from="StashFile Legal",
    date="Fri, 13 Sep 2024 14:12:00 +0000",
    subject="Statement of reasons - notice KCSC-243310-05",
    body=f"""
STATEMENT OF REASONS (Article 17, Regulation (EU) 2022/2065)

Content concerned:  {SF_8K}
Decision:           Restriction of visibility - access disabled for
                    users in the Republic of Korea
Territorial scope:  KR only
Facts:              Notice received from the Korea Communications
                    Standards Commission (ref. KCSC-243310-05)
Ground:             Illegal under the law of the Republic of Korea; not
                    a violation of our Terms of Service
Automated means:    None
Redress:            https://stashfile.io/legal/appeal

StashFile OU, Tallinn
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons from an EU file host",
    why="access disabled only in Korea: restricted; appeal link is not an item",
    items={SF_8K: "restricted"},
)

case(
    name="nabichan-janitor-one-line",
    **{"from": "janitors@nabichan.org"}, name_from="nabichan janitors",
    date="Wed, 11 Sep 2024 23:59:40 +0900",
    subject="Re: [KCSC-243311-06] Request for removal of illegal content",
    reply_to_req="KCSC-243311-06",
    body=f"""
thread {NB_104422} deleted, poster banned 3 days.

- janitor team
""",
    outcome="applied", classification="confirmation",
    imitates="image-board janitor's one-line reply",
    why="one named thread deleted",
    items={NB_104422: "removed"},
)

case(
    name="nabichan-mixed-not-found-rejected",
    **{"from": "admin@nabichan.org"}, name_from="nabichan admin",
    date="Thu, 12 Sep 2024 12:30:00 +0900",
    subject="Re: [KCSC-243311-06] Request for removal of illegal content",
    reply_to_req="KCSC-243311-06",
    body=f"""
hi,

104590 was already deleted by the OP before we got the report:
{NB_104590}

{NB_55801} we're leaving up. it's a repost of a
newspaper article with the names blurred, nothing against our rules.

admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin's informal reply",
    why="thread deleted by its author before the report (not_found); the other left up, no rule broken (rejected)",
    items={NB_104590: "not_found", NB_55801: "rejected"},
)

case(
    name="pinlog-sole-private",
    **{"from": "help@pinlog.kr"}, name_from="핀로그 고객센터",
    date="Fri, 13 Sep 2024 11:05:00 +0900",
    subject="Re: [KCSC-243312-07] 게시물 조치 요청",
    reply_to_req="KCSC-243312-07",
    body="""
안녕하세요, 핀로그 운영팀입니다.

요청하신 게시물은 오늘 오전 비공개 처리되었습니다.

감사합니다.
핀로그 드림
""",
    outcome="applied", classification="confirmation",
    imitates="small Korean blog service's short 비공개 처리 reply",
    why="a one-item request; the sole statement (비공개 처리) applies to it",
    items={PIN: "removed"},
)

case(
    name="pinlog-kr-access-limited",
    **{"from": "help@pinlog.kr"}, name_from="핀로그 고객센터",
    date="Sat, 14 Sep 2024 10:20:00 +0900",
    subject="[핀로그] 요청하신 게시물 조치 안내 (KCSC-243312-07)",
    body=f"""
안녕하세요, 핀로그입니다.

{PIN} 게시물에 대해 대한민국 내 접근 제한 조치를 적용하였습니다.
해외에서는 계속 열람이 가능합니다.

핀로그 고객센터
https://pinlog.kr/help
""",
    outcome="applied", classification="confirmation",
    imitates="Korean service's 접근 제한 notice",
    why="access limited within Korea: restricted",
    items={PIN: "restricted"},
)

DALBIT_HTML = f"""<html><body>
<p>안녕하세요. 달빛넷 운영팀입니다.</p>
<p>요청번호 <b>KCSC-243303-01</b> 관련하여 아래 게시물을 <b>게시중단</b> 처리하였음을 알려드립니다.</p>
<ul>
<li><a href="{DB_88123}">{DB_88123}</a></li>
<li><a href="{DB_88140}">{DB_88140}</a></li>
<li><a href="{DB_88201}">{DB_88201}</a></li>
</ul>
<p>게시자에게는 운영정책 위반 사실을 통보하였습니다.</p>
<p>달빛넷 운영팀 | <a href="https://www.dalbitnet.kr/policy">운영정책</a></p>
</body></html>
"""
case(
    name="dalbit-base64-html-notice",
    **{"from": "noreply@dalbitnet.kr"}, name_from="달빛넷",
    date="Thu, 05 Sep 2024 09:30:00 +0900",
    subject="[달빛넷] 게시중단 처리 안내",
    raw_mime=("Content-Type: text/html; charset=utf-8\n"
              "Content-Transfer-Encoding: base64\n\n" + b64(DALBIT_HTML)),
    outcome="applied", classification="confirmation",
    imitates="Korean portal 게시중단 notice, HTML list sent base64-encoded",
    why="three listed URLs under a 게시중단 statement: removed; policy link not an item",
    items={DB_88123: "removed", DB_88140: "removed", DB_88201: "removed"},
)

# ======================= REVIEW =======================

case(
    name="quillhost-forwarded-to-customer-promise",
    **{"from": "abuse@quillhost.net"}, name_from="QuillHost Abuse",
    date="Fri, 06 Sep 2024 10:02:00 +0200",
    subject="Re: [KCSC-243305-02] Request for removal of illegal content",
    reply_to_req="KCSC-243305-02",
    body=f"""
Hello,

We have forwarded your complaint to our customer and asked them to remove
{QH_78} within 24 hours. Should they fail to do so,
we will suspend the service.

Kind regards,
QuillHost Abuse Department
""",
    outcome="review", review="not_understood",
    imitates="hosting abuse desk: complaint forwarded to customer with a deadline",
    why="only a request to the customer and a conditional promise; nothing is stated as done",
    items={QH_78: "pending"},
)

case(
    name="nimbus-not-hosting-forwarded",
    **{"from": "abuse@nimbusedge.com"}, name_from="NimbusEdge Abuse",
    date="Fri, 06 Sep 2024 21:00:00 +0000",
    subject="[NE-88390] KCSC-243306-03: we do not host this content",
    body=f"""
Hello,

NimbusEdge provides pass-through CDN and security services and does not
host the content at {NE_4410} or {NE_4417}.
We are unable to remove material that is stored by others.

We have forwarded your report to the hosting provider of the site
(QuillHost, abuse@quillhost.net) and to the website operator, who are
best placed to act on it.

NimbusEdge Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Cloudflare-style 'we do not host this, forwarded to the host' reply",
    why="names two requested URLs but states no status for them (not hosted, forwarded elsewhere)",
    items={NE_4410: "pending", NE_4417: "pending"},
)

case(
    name="stashfile-hedge-appears",
    **{"from": "jonas@stashfile.io"}, name_from="Jonas",
    date="Tue, 10 Sep 2024 20:15:00 +0200",
    subject="Re: [KCSC-243310-05] Request for removal of illegal content",
    reply_to_req="KCSC-243310-05",
    body=f"""
Hi, we checked {SF_8K}. It appears the uploader may
have removed it already, but our storage team still has to confirm. I'll
update you.

Jonas
""",
    outcome="review", review="not_understood",
    imitates="file host operator's hedged first look",
    why="'appears', 'may have removed', 'still has to confirm': a hedge, not a statement",
    items={SF_8K: "pending"},
)

case(
    name="dalbit-bulk-all-deleted",
    **{"from": "admin@dalbitnet.kr"}, name_from="달빛넷 운영팀",
    date="Tue, 10 Sep 2024 14:00:00 +0900",
    subject="Re: [KCSC-243303-01] 게시물 삭제 요청의 건",
    reply_to_req="KCSC-243303-01",
    body="""
안녕하세요. 달빛넷 운영팀입니다.

KCSC-243303-01 건으로 요청하신 게시물 12건은 모두 삭제 조치하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean operator's one-sentence 모두 삭제 reply",
    why="all twelve deleted, none named, for a twelve-item request: bulk",
    items={u: "pending" for u in DALBIT},
)

case(
    name="stashfile-bulk-all-five",
    **{"from": "compliance@stashfile.io"}, name_from="StashFile Compliance",
    date="Sat, 14 Sep 2024 08:45:00 +0000",
    subject="Notice KCSC-243310-05 closed",
    body="""
Hello,

All five files and folders listed in your notice KCSC-243310-05 have been
deleted and the uploader's account has been terminated.

StashFile Compliance
""",
    outcome="review", review="bulk",
    imitates="file host closing a notice with a blanket statement",
    why="statement about all five items without naming any: bulk",
    items={u: "pending" for u in STASH},
)

case(
    name="nabichan-auth-fail",
    **{"from": "admin@nabichan.org"}, name_from="nabichan admin",
    auth="fail",
    date="Thu, 12 Sep 2024 02:11:00 +0900",
    subject="Re: [KCSC-243311-06] Request for removal of illegal content",
    reply_to_req="KCSC-243311-06",
    body=f"""
deleted {NB_104422}

admin
""",
    outcome="review", review="untrusted",
    imitates="image-board admin reply sent through a server failing DKIM/SPF",
    why="platform domain but DMARC fails: untrusted",
    items={NB_104422: "pending"},
)

case(
    name="toto-webmaster-gmail",
    **{"from": "toto.admin77@gmail.com"}, name_from="toto admin",
    date="Sat, 14 Sep 2024 03:33:00 +0900",
    subject="about KCSC-243309-04",
    body=f"""
Hello, I am owner of toto-bet77.club. The site {OR_TOTO} is
closed now, please remove it from your list and tell the registrar.

Thanks
""",
    outcome="review", review="unknown_sender",
    imitates="site owner writing from a free-mail address",
    why="a sender of no platform's domain names our request and URL: unknown_sender",
    items={OR_TOTO: "pending"},
)

case(
    name="quillhost-speaks-for-cdn-item",
    **{"from": "abuse@quillhost.net"}, name_from="QuillHost Abuse",
    date="Mon, 09 Sep 2024 11:50:00 +0200",
    subject="Forwarded report from NimbusEdge - leakzone-kr.net",
    body=f"""
Hello,

NimbusEdge forwarded us your report about leakzone-kr.net, which is hosted
on our network. Our customer has removed the thread
{NE_4410} as requested.

Kind regards,
QuillHost Abuse Department
""",
    outcome="review", review="wrong_platform",
    imitates="origin host answering a report a CDN forwarded to it",
    why="QuillHost states a status for an item of the NimbusEdge request: wrong_platform",
    items={NE_4410: "pending"},
)

case(
    name="nabichan-no-claims",
    **{"from": "admin@nabichan.org"}, name_from="nabichan admin",
    date="Sun, 15 Sep 2024 19:02:00 +0900",
    subject="re: your email",
    body="""
hey,

we cleaned up /b/ and /kr/ over the weekend and range-banned a couple of
networks. let us know if anything else shows up.

admin
""",
    outcome="review", review="no_claims",
    imitates="image-board admin's vague follow-up",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="oakreg-asks-court-order",
    **{"from": "abuse@oakregistrar.com"}, name_from="OakRegistrar Abuse",
    date="Tue, 10 Sep 2024 16:00:00 -0500",
    subject="Re: [KCSC-243309-04] Request for removal of illegal content",
    reply_to_req="KCSC-243309-04",
    body=f"""
Dear KCSC,

Regarding toto-bet77.club ({OR_TOTO}): as a registrar we can only
suspend a domain on evidence of DNS abuse or on a court order from a
competent court. Please send us the decision or legal provision on which
your request is based, translated into English, so that we can review it.

OakRegistrar Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking for a court order / legal basis",
    why="asks for documents before acting; no status",
    items={OR_TOTO: "pending"},
)

case(
    name="dalbit-will-restrict",
    **{"from": "admin@dalbitnet.kr"}, name_from="달빛넷 운영팀",
    date="Thu, 05 Sep 2024 18:40:00 +0900",
    subject="Re: [KCSC-243303-01] 게시물 삭제 요청의 건",
    reply_to_req="KCSC-243303-01",
    body=f"""
안녕하세요, 달빛넷 운영팀입니다.

아래 게시물은 운영정책 검토 후 임시조치할 예정입니다.
- {DB_7710}
- {DB_7794}

검토 결과는 9월 13일까지 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean operator announcing a planned 임시조치",
    why="'임시조치할 예정' is a promise; the named posts stay pending",
    items={DB_7710: "pending", DB_7794: "pending"},
)

FWD_BODY = f"""
Hello,

forwarding our customer's answer for your records.

Petra Novak
QuillHost Abuse Department

---------- Forwarded message ---------
From: Webmaster <webmaster@jjal-archive.xyz>
Date: Sun, 8 Sep 2024 at 22:14
Subject: Re: [QH-55210] Abuse complaint
To: QuillHost Abuse <abuse@quillhost.net>

I deleted {QH_JPG} from my server. Sorry for the
trouble.
"""
case(
    name="quillhost-forwarded-customer-reply",
    **{"from": "petra.novak@quillhost.net"}, name_from="Petra Novak",
    date="Mon, 09 Sep 2024 08:30:00 +0200",
    subject="Fwd: Re: [QH-55210] Abuse complaint (KCSC-243305-02)",
    body=FWD_BODY,
    outcome="review", review="forwarded", classification="forwarded",
    imitates="abuse desk forwarding the customer's own answer",
    why="the only statement is the customer's, inside a forwarded message",
    items={QH_JPG: "pending"},
)

# ======================= IGNORED =======================

case(
    name="quillhost-ticket-receipt",
    **{"from": "support@quillhost.net"}, name_from="QuillHost Support",
    date="Thu, 05 Sep 2024 04:31:10 +0200",
    subject="[Ticket #QH-55198] We received your abuse report",
    body="""
Hello,

This is an automatic confirmation that we have received your abuse report
"[KCSC-243305-02] Request for removal of illegal content".

Ticket #QH-55198 has been opened. Our abuse team usually reviews reports
within 2 business days.

View this ticket: https://my.quillhost.net/tickets/QH-55198

QuillHost Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt",
    why="pure acknowledgement: report received, ticket opened",
    items={},
)

case(
    name="dalbit-chuseok-out-of-office",
    **{"from": "admin@dalbitnet.kr"}, name_from="달빛넷 운영팀",
    date="Mon, 16 Sep 2024 09:00:02 +0900",
    subject="[자동응답] Re: [KCSC-243303-01] 게시물 삭제 요청의 건",
    reply_to_req="KCSC-243303-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 달빛넷 운영팀입니다.

추석 연휴(9월 14일~18일) 기간에는 메일 확인이 어렵습니다.
보내주신 메일은 9월 19일부터 순차적으로 확인하여 답변드리겠습니다.

즐거운 한가위 보내세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday (추석) out-of-office auto-reply",
    why="auto-reply",
    items={},
)

SF_ORIG = request_text("KCSC-243310-05", STASH, lang="en")
SF_DSN = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-sf-0910"

--dsn-sf-0910
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.stashfile.io.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<takedowns@stashfile.io>: mailbox unavailable (user unknown)

--dsn-sf-0910
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.stashfile.io
Arrival-Date: Tue, 10 Sep 2024 06:00:04 +0000

Final-Recipient: rfc822; takedowns@stashfile.io
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <takedowns@stashfile.io>: Recipient address rejected

--dsn-sf-0910
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: takedowns@stashfile.io
Subject: [KCSC-243310-05] Request for removal of illegal content
Date: Tue, 10 Sep 2024 15:00:00 +0900
Message-ID: <KCSC-243310-05@kcsc.example>
Content-Type: text/plain; charset=utf-8

{SF_ORIG}

--dsn-sf-0910--
"""
case(
    name="stashfile-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx1.stashfile.io"}, name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 06:00:05 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=SF_DSN,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning our request (unknown recipient)",
    why="a bounce; the URLs are in the returned request",
    items={u: "pending" for u in STASH},
)

NE_MDN = """Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-ne-01"

--mdn-ne-01
Content-Type: text/plain; charset=utf-8

Your message

  To: abuse@nimbusedge.com
  Subject: [KCSC-243306-03] Request for removal of illegal content
  Sent: Friday, September 6, 2024 5:00 AM (UTC)

was read on Friday, September 6, 2024 9:12 AM (UTC).

--mdn-ne-01
Content-Type: message/disposition-notification

Reporting-UA: outlook.nimbusedge.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; abuse@nimbusedge.com
Original-Message-ID: <KCSC-243306-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-ne-01--
"""
case(
    name="nimbus-read-receipt",
    **{"from": "abuse@nimbusedge.com"}, name_from="NimbusEdge Abuse",
    date="Fri, 06 Sep 2024 09:12:30 +0000",
    subject="Read: [KCSC-243306-03] Request for removal of illegal content",
    raw_mime=NE_MDN,
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="oakreg-out-of-office",
    **{"from": "j.whitfield@oakregistrar.com"}, name_from="Jane Whitfield",
    date="Mon, 09 Sep 2024 19:30:05 -0500",
    subject="Automatic reply: [KCSC-243309-04] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday, 16 September,
with limited access to email. For abuse reports, please write to
abuse@oakregistrar.com, which is monitored around the clock.

Jane Whitfield
Compliance Manager, OakRegistrar
""",
    outcome="ignored", classification="auto_reply",
    imitates="Exchange 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="nabichan-queue-receipt",
    **{"from": "reports@nabichan.org"}, name_from="nabichan reports",
    date="Wed, 11 Sep 2024 10:16:02 +0900",
    subject="Report received (#r-31877)",
    body=f"""
Your report has been received and placed in the moderation queue.

  Report:   #r-31877
  Reported: {NB_104590}

Janitors usually handle reports within 48 hours. This mailbox is not
monitored; replies are discarded.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="image board's automatic report-queue receipt echoing the reported URL",
    why="pure receipt: queued, no statement about the thread",
    items={NB_104590: "pending"},
)

PIN_DELAY = """Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-pin-delay"

--dsn-pin-delay
Content-Type: text/plain; charset=utf-8

This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.
YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

    help@pinlog.kr

The server will keep trying for 4 more days.

--dsn-pin-delay
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.pinlog.kr

Final-Recipient: rfc822; help@pinlog.kr
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full
Will-Retry-Until: Mon, 16 Sep 2024 16:40:00 +0900

--dsn-pin-delay
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: help@pinlog.kr
Subject: [KCSC-243312-07] 게시물 조치 요청
Message-ID: <KCSC-243312-07@kcsc.example>

--dsn-pin-delay--
"""
case(
    name="pinlog-delay-dsn",
    **{"from": "MAILER-DAEMON@mail.pinlog.kr"}, name_from="Mail Delivery Subsystem",
    date="Thu, 12 Sep 2024 20:40:00 +0900",
    subject="Delivery Status Notification (Delay)",
    extra_headers=["Auto-Submitted: auto-generated"],
    raw_mime=PIN_DELAY,
    outcome="ignored", classification="bounce",
    imitates="delayed-delivery warning DSN (mailbox full)",
    why="a delay DSN about our request",
    items={},
)


HEADER = """# Blind set 433 (tests/corpus/blind433/): hosting providers, a CDN, a
# registrar, a Korean forum, an image board, a file host and a small blog
# service, often answering informally; CSV attachments and plain-text tables.
# Written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand.
"""

RAW_8BIT_HEADERS = {"dalbit-admin-one-line", "pinlog-sole-private", "dalbit-korean-path-particles"}


def encode_headers(cases):
    """RFC 2047-encode non-ASCII display names and subjects, as most mailers
    do; a few cases keep a raw UTF-8 Subject, as SMTPUTF8 mailers send it."""
    from email.header import Header
    for c in cases:
        for key in ("name_from", "subject"):
            if key == "subject" and c["name"] in RAW_8BIT_HEADERS:
                continue
            v = c.get(key)
            if v and not v.isascii():
                c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    write_requests()
    encode_headers(CASES)
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(f"{len(CASES)} cases")
