#!/usr/bin/env python3
"""Blind set 373: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a pastebin answering (often informally), plus
CSV attachments and plain-text tables.

    python3 tests/corpus/blind373/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml. Every
name, URL and id is fictional. Expected results were written from each
email's meaning before the reader was run on them.
"""
import base64
import datetime
import email.header
import os
import quopri
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind373"
KST = datetime.timezone(datetime.timedelta(hours=9))


def d(day, hh, mm, ss=0):
    t = datetime.datetime(2024, 9, day, hh, mm, ss, tzinfo=KST)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0900")


# ---------------------------------------------------------------- requests
GG = "https://gonggamforum.example"
GG_FREE1 = GG + "/free/10234"
GG_FREE2 = GG + "/free/10251"
GG_FREE3 = GG + "/free/10298"
GG_HUM1 = GG + "/humor/5512"
GG_HUM2 = GG + "/humor/5530"
GG_MKT1 = GG + "/market/77120"
GG_MKT2 = GG + "/market/77154"
GG_MKT3 = GG + "/market/77188"
GG_STK1 = GG + "/board.php?bo_table=stock&wr_id=3301"
GG_STK2 = GG + "/board.php?bo_table=stock&wr_id=3317"
GG_CHAT1 = GG + "/%EC%9E%A1%EB%8B%B4/4410"   # /잡담/4410
GG_CHAT2 = GG + "/%EC%9E%A1%EB%8B%B4/4427"   # /잡담/4427
GG_CHAT1_RAW = GG + "/잡담/4410"
GG_CHAT2_RAW = GG + "/잡담/4427"
GG_GAL1 = GG + "/gallery/view/9001"
GG_GAL2 = GG + "/gallery/view/9046"
GG_ALL = [GG_FREE1, GG_FREE2, GG_FREE3, GG_HUM1, GG_HUM2, GG_MKT1, GG_MKT2, GG_MKT3,
          GG_STK1, GG_STK2, GG_CHAT1, GG_CHAT2, GG_GAL1, GG_GAL2]

NH_BET = "https://mirae-toto.example/bet/live"
NH_JOIN = "https://mirae-toto.example/join?code=KR77"
NH_TILDE = "http://198.51.100.23/~pilljang/index.html"
NH_ZOLPI = "https://pilljang-kr.example/products/zolpi"
NH_ALL = [NH_BET, NH_JOIN, NH_TILDE, NH_ZOLPI]

EV_EP1 = "https://hanbit-stream.example/watch/ep-201"
EV_EP2 = "https://hanbit-stream.example/watch/ep-202"
EV_CAS = "https://casino-royal88.example/"

HB_T1 = "https://harubox.example/b/res/88213.html"
HB_T2 = "https://harubox.example/b/res/88240.html"
HB_T3 = "https://harubox.example/kr/res/41007.html"
HB_JPG = "https://i.harubox.example/src/1725500012345.jpg"
HB_PNG = "https://i.harubox.example/src/1725500098765.png"
HB_ALL = [HB_T1, HB_T2, HB_T3, HB_JPG, HB_PNG]

SD_F1 = "https://stashdrop.example/f/Qm7xK2pa"
SD_F2 = "https://stashdrop.example/f/Zt81LwQe"
SD_F3 = "https://stashdrop.example/f/Hh3c9RrB"
SD_DIR = "https://stashdrop.example/folder/p0rtK8sa"

NB_TOTO = "http://toto-king24.example/"
NB_MUKTI = "http://mukti-bet.example/"

PA_RAW = "https://pastel.example/raw/x8Kd2mQ"

REQUESTS = [
    # ref, platform, sent, due, category, urls, note
    ("KCSC-240902-01", "gonggam", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     "illegal_gambling", GG_ALL, "forum posts advertising gambling and drug sales"),
    ("KCSC-240903-02", "nimbushost", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal_gambling", NH_ALL, "sites hosted on NimbusHost shared hosting"),
    ("KCSC-240905-03", "edgeveil", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00",
     "copyright", [EV_EP1, EV_EP2, EV_CAS], "sites behind the EdgeVeil CDN"),
    ("KCSC-240906-04", "harubox", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "obscenity", HB_ALL, "image board threads and images"),
    ("KCSC-240909-05", "stashdrop", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "obscenity", [SD_F1, SD_F2, SD_F3, SD_DIR], "file host links"),
    ("KCSC-240910-06", "namebay", "2024-09-10T16:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "illegal_gambling", [NB_TOTO, NB_MUKTI], "domain names registered with Namebay"),
    ("KCSC-240911-07", "pastel", "2024-09-11T09:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "personal_data", [PA_RAW], "paste with leaked personal data"),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        mid = ref.lower() + "@kcsc.example"
        for u in urls:
            lines.append(f"{ref},{plat},{sent},{due},{u},{cat},{mid},{note}")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ------------------------------------------------------------- MIME helpers
def b64(data):
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def mixed(boundary, text, attachments, text_cte="8bit"):
    """multipart/mixed: a text/plain part, then (ctype, filename, bytes) attachments."""
    if text_cte == "quoted-printable":
        body = qp(text)
    else:
        body = text.strip("\n")
    out = [f'Content-Type: multipart/mixed; boundary="{boundary}"', "",
           "This is a multi-part message in MIME format.", "",
           f"--{boundary}", "Content-Type: text/plain; charset=utf-8",
           f"Content-Transfer-Encoding: {text_cte}", "", body, ""]
    for ctype, fname, data in attachments:
        out += [f"--{boundary}", f'Content-Type: {ctype}; name="{fname}"',
                "Content-Transfer-Encoding: base64",
                f'Content-Disposition: attachment; filename="{fname}"', "", b64(data), ""]
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def single(ctype, cte, text):
    if cte == "base64":
        body = b64(text.encode("utf-8"))
    elif cte == "quoted-printable":
        body = qp(text)
    else:
        body = text
    return "\n".join([f"Content-Type: {ctype}; charset=utf-8",
                      f"Content-Transfer-Encoding: {cte}", "", body]) + "\n"


GG_QUOTE_KR = """\
2024년 9월 2일 (월) 오전 10:00, KCSC 방송통신심의 <takedown@kcsc.example>님이 작성:
> 공감포럼 운영자님께,
>
> 방송통신심의위원회입니다. 아래 게시물은 정보통신망법상 불법정보에
> 해당하여 삭제를 요청드립니다. (요청번호 KCSC-240902-01)
>
> 1. https://gonggamforum.example/free/10234
> 2. https://gonggamforum.example/free/10251
> 3. https://gonggamforum.example/free/10298
> 4. https://gonggamforum.example/humor/5512
> 5. https://gonggamforum.example/humor/5530
> (이하 9건은 첨부 목록 참조)
>
> 조치 결과를 9월 9일까지 회신해 주시기 바랍니다.
"""

HB_QUOTE = """\
On Fri, Sep 6, 2024 at 2:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear administrator,
>
> The Korea Communications Standards Commission asks you to remove the
> following content, which is illegal under Korean law (ref KCSC-240906-04):
>
> https://harubox.example/b/res/88213.html
> https://harubox.example/b/res/88240.html
> https://harubox.example/kr/res/41007.html
> https://i.harubox.example/src/1725500012345.jpg
> https://i.harubox.example/src/1725500098765.png
>
> Please reply with the action taken for each link.
"""

GG_SUBJ = "Re: [KCSC-240902-01] 불법정보 게시물 삭제 요청"
NH_SUBJ = "RE: [KCSC-240903-02] Illegal gambling and drug sites hosted on your network"
EV_SUBJ = "Re: [KCSC-240905-03] Abuse report: sites using EdgeVeil"
HB_SUBJ = "Re: [KCSC-240906-04] removal request"
SD_SUBJ = "Re: [KCSC-240909-05] Notice of illegal content on StashDrop"
NB_SUBJ = "Re: [KCSC-240910-06] Request for suspension of two domain names"
PA_SUBJ = "Re: [KCSC-240911-07] removal request"

# ------------------------------------------------------------------- cases
CASES = []


def case(**c):
    CASES.append(c)


# ---------------------------------------------------------- gonggam (forum)
case(
    name="gg-admin-oneliner-over-quote",
    date=d(2, 13, 41), **{"from": "admin@gonggamforum.example"}, name_from="공감포럼 관리자",
    subject=GG_SUBJ, reply_to_req="kcsc-240902-01",
    body=f"""
{GG_FREE1} 이건 지웠습니다.
나머지는 보는 중이에요.

{GG_QUOTE_KR}""",
    outcome="applied", classification="confirmation",
    imitates="small Korean forum admin answering in one line from a webmail client, over the quoted request",
    why="one post deleted in the admin's own line; the other URLs are only in the quoted request",
    items={GG_FREE1: "removed", GG_FREE2: "pending", GG_FREE3: "pending", GG_HUM1: "pending"},
)

case(
    name="gg-plaintext-result-table",
    date=d(4, 17, 5), **{"from": "cs@gonggamforum.example"}, name_from="공감포럼 운영팀",
    subject="[공감포럼] KCSC-240902-01 처리결과 회신",
    body=f"""
방송통신심의위원회 담당자님께,

공감포럼 운영팀입니다. 9월 2일 요청(KCSC-240902-01) 건의 처리결과를 아래와 같이 회신드립니다.

번호  URL                                                처리결과
----  -------------------------------------------------  ------------------------
 1    {GG_FREE1}            삭제
 2    {GG_FREE2}            삭제
 3    {GG_FREE3}            블라인드
 4    {GG_HUM1}             삭제
 5    {GG_HUM2}             게시물 없음(작성자 삭제)
 6    {GG_MKT1}           임시조치(30일)
 7    {GG_MKT2}           삭제
 8    {GG_MKT3}           조치 안 함(위반 아님)
 9    {GG_GAL1}      삭제
10    {GG_GAL2}      삭제

나머지 4건(주식 게시판 2건, 잡담 게시판 2건)은 확인 중이며 결과가 나오는 대로 다시 알려드리겠습니다.

공감포럼 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community site's 시정요구 조치결과 reply as a fixed-width plain-text table",
    why="ten rows, each URL with its own result: 삭제/블라인드 removed, 임시조치 restricted, 게시물 없음 not_found, 조치 안 함(위반 아님) rejected; four items promised later",
    items={GG_FREE1: "removed", GG_FREE2: "removed", GG_FREE3: "removed", GG_HUM1: "removed",
           GG_HUM2: "not_found", GG_MKT1: "restricted", GG_MKT2: "removed", GG_MKT3: "rejected",
           GG_GAL1: "removed", GG_GAL2: "removed"},
)

GG_CSV = (
    "번호,게시판,URL,조치내용,조치일시\n"
    f"1,주식,{GG_STK1},삭제,2024-09-04 11:20\n"
    f"2,주식,{GG_STK2},임시조치,2024-09-04 11:22\n"
    f"3,잡담,{GG_CHAT1_RAW},삭제,2024-09-04 11:25\n"
    f"4,잡담,{GG_CHAT2_RAW},해당 게시물 없음,-\n"
    f"5,갤러리,{GG_GAL2},블라인드,2024-09-04 11:31\n"
)
case(
    name="gg-csv-attachment-korean",
    date=d(4, 11, 48), **{"from": "cs@gonggamforum.example"}, name_from="공감포럼 운영팀",
    subject=GG_SUBJ, reply_to_req="kcsc-240902-01",
    raw_mime=mixed("----=_gg373_csv", """
안녕하세요, 공감포럼 운영팀입니다.

요청하신 건 중 일부 처리 결과를 엑셀(CSV) 파일로 첨부합니다.
확인 부탁드립니다.
""", [("text/csv; charset=utf-8", "gonggam_result_0904.csv", b"\xef\xbb\xbf" + GG_CSV.encode("utf-8"))]),
    outcome="applied", classification="confirmation",
    imitates="Korean site operator sending a results spreadsheet exported as CSV (UTF-8 with BOM), raw Korean paths",
    why="CSV rows: 삭제 and 블라인드 removed, 임시조치 restricted, 해당 게시물 없음 not_found; raw Korean paths match the percent-encoded items",
    items={GG_STK1: "removed", GG_STK2: "restricted", GG_CHAT1: "removed", GG_CHAT2: "not_found",
           GG_GAL2: "removed"},
)

case(
    name="gg-korean-path-particles",
    date=d(5, 9, 12), **{"from": "admin@gonggamforum.example"}, name_from="공감포럼 관리자",
    subject=GG_SUBJ, reply_to_req="kcsc-240902-01",
    body=f"""
안녕하세요. 공감포럼 관리자입니다.

{GG_CHAT1_RAW}은 운영자 삭제 처리했습니다.
{GG_CHAT2_RAW}의 경우 저희가 확인했을 때 이미 작성자가 지운 글이었습니다.

참고 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin's prose reply with raw Korean URLs followed directly by Korean particles (은/의)",
    why="잡담/4410 운영자 삭제 (removed); 잡담/4427 already deleted by its author (not_found)",
    items={GG_CHAT1: "removed", GG_CHAT2: "not_found"},
)

case(
    name="gg-market-fullwidth-punctuation",
    date=d(3, 15, 30), **{"from": "market@gonggamforum.example"}, name_from="공감포럼 장터지기",
    subject=GG_SUBJ, reply_to_req="kcsc-240902-01",
    body=f"""
심의위원회 담당자님

장터 게시판 건 회신드립니다.

・{GG_MKT1} ：블라인드 처리 완료
・（{GG_MKT2}）해당 판매글 삭제 완료。

장터지기 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean board moderator typing with an IME: full-width colon, parentheses and full stop around URLs",
    why="both market posts: 블라인드 and 삭제 are removals",
    items={GG_MKT1: "removed", GG_MKT2: "removed"},
)

case(
    name="gg-gallery-one-refused",
    date=d(5, 14, 3), **{"from": "admin@gonggamforum.example"}, name_from="공감포럼 관리자",
    subject=GG_SUBJ, reply_to_req="kcsc-240902-01",
    body=f"""
담당자님 안녕하세요.

갤러리 게시판 두 건 검토 결과입니다.

- {GG_GAL2} : 삭제했습니다.
- {GG_GAL1} : 미술 수업의 인체 크로키 작품 사진으로, 저희 운영정책상 음란물로 보기 어려워 삭제하지 않고 유지합니다. 이의가 있으시면 근거를 보내주세요.

운영정책: https://gonggamforum.example/policy
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin's refusal with a reason beside a deletion, linking its own policy page",
    why="9046 deleted; 9001 kept because it is not obscene under the forum's policy (rejected); the policy link is not an item",
    items={GG_GAL2: "removed", GG_GAL1: "rejected"},
)

case(
    name="gg-stock-quoted-printable",
    date=d(4, 10, 2), **{"from": "cs@gonggamforum.example"}, name_from="공감포럼 운영팀",
    subject=GG_SUBJ, reply_to_req="kcsc-240902-01",
    raw_mime=single("text/plain", "quoted-printable", f"""안녕하세요, 공감포럼입니다.

주식 게시판 리딩방 홍보글 두 건 처리 내역입니다.

{GG_STK1}
→ 임시조치(열람 차단)

{GG_STK2}
→ 삭제

감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="Korean webmail sending quoted-printable UTF-8, URL on one line and the result on the next (= in the URL encoded as =3D)",
    why="3301 임시조치 (restricted), 3317 삭제 (removed)",
    items={GG_STK1: "restricted", GG_STK2: "removed"},
)

case(
    name="gg-outlook-top-posted",
    date=d(3, 9, 55), **{"from": "jhpark@gonggamforum.example"}, name_from="박지훈",
    subject="RE: [KCSC-240902-01] 불법정보 게시물 삭제 요청", reply_to_req="kcsc-240902-01",
    body=f"""
유머 게시판 두 건 {GG_HUM1} , {GG_HUM2} 은 블라인드 처리했습니다.

감사합니다.
공감포럼 운영팀 박지훈

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: cs@gonggamforum.example
Subject: [KCSC-240902-01] 불법정보 게시물 삭제 요청

공감포럼 운영자님께,

아래 게시물의 삭제를 요청드립니다.
{GG_FREE1}
{GG_FREE2}
{GG_FREE3}
{GG_HUM1}
{GG_HUM2}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over an unquoted -----Original Message----- block",
    why="the two humor posts were blinded (removed); the free-board URLs appear only in the original message below",
    items={GG_HUM1: "removed", GG_HUM2: "removed", GG_FREE1: "pending", GG_FREE2: "pending"},
)

GG_HTML = f"""<html><body>
<p>안녕하세요. 공감포럼 운영팀입니다.</p>
<p>KCSC-240902-01 건 중 아래 게시물의 조치 결과를 알려드립니다.</p>
<ul>
<li><a href="{GG_FREE2}">{GG_FREE2}</a> - 삭제 완료</li>
<li><a href="{GG_STK2.replace('&', '&amp;')}">{GG_STK2.replace('&', '&amp;')}</a> - 삭제 완료</li>
<li><a href="{GG_MKT3}">{GG_MKT3}</a> - 성인 인증 후 열람으로 변경(연령 제한)</li>
</ul>
<p>감사합니다.</p>
</body></html>
"""
case(
    name="gg-html-base64-list",
    date=d(6, 16, 20), **{"from": "cs@gonggamforum.example"}, name_from="공감포럼 운영팀",
    subject=GG_SUBJ, reply_to_req="kcsc-240902-01",
    raw_mime=single("text/html", "base64", GG_HTML),
    outcome="applied", classification="confirmation",
    imitates="HTML-only reply from a Korean webmail, base64-encoded, with &amp; in a board.php link",
    why="two posts deleted; the market post now needs adult verification (age-restricted: restricted)",
    items={GG_FREE2: "removed", GG_STK2: "removed", GG_MKT3: "restricted"},
)

case(
    name="gg-temp-measure-then-delete",
    date=d(3, 18, 44), **{"from": "admin@gonggamforum.example"}, name_from="공감포럼 관리자",
    subject=GG_SUBJ, reply_to_req="kcsc-240902-01",
    body=f"""
요청 주신 {GG_FREE3} 게시글은 오늘자로 임시조치(30일)했습니다.
임시조치 기간 안에 작성자 이의제기가 없으면 삭제할 예정입니다.

공감포럼 관리자
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal-style 임시조치 notice: temporary measure now, deletion promised later",
    why="임시조치 done today is a statement (restricted); the later deletion is only a promise",
    items={GG_FREE3: "restricted"},
)

# -------------------------------------------------- nimbushost (hosting)
case(
    name="nh-account-suspended",
    date=d(3, 19, 7), **{"from": "abuse@nimbushost.example"}, name_from="NimbusHost Abuse Team",
    subject="[NH-ABUSE #558120] RE: KCSC-240903-02 illegal gambling sites",
    body=f"""
Hello,

Thanks for the report. We confirmed both pages were served from a shared
hosting account with us. The account has been suspended for breach of our
AUP, so the following no longer load:

{NH_BET}
{NH_JOIN}

Regards,
Tomasz
NimbusHost Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse desk closing a ticket by suspending the customer's hosting account",
    why="account suspended and both pages no longer load: removed",
    items={NH_BET: "removed", NH_JOIN: "removed"},
)

case(
    name="nh-customer-removed-verified",
    date=d(4, 8, 31), **{"from": "tns@nimbushost.example"}, name_from="NimbusHost Trust & Safety",
    subject="[NH-ABUSE #558133] KCSC-240903-02",
    body=f"""
Hi KCSC team,

Ticket 558133 - we passed your complaint on to the customer. They deleted the
file and we checked it ourselves: {NH_TILDE} now returns 404.

Closing this ticket on our side.

--
Priya R.
NimbusHost Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="hosting abuse desk relaying that the customer removed the file, verified by the host",
    why="file deleted and verified gone: removed",
    items={NH_TILDE: "removed"},
)

case(
    name="nh-mixed-bullets-one-open",
    date=d(5, 10, 15), **{"from": "abuse@nimbushost.example"}, name_from="NimbusHost Abuse Team",
    subject=NH_SUBJ, reply_to_req="kcsc-240903-02",
    body=f"""
Update on KCSC-240903-02:

- {NH_JOIN} was taken down by the site owner after
  our warning, we confirmed it's gone.
- pilljang-kr.example is not on our network. DNS points to another provider,
  so there is nothing for us to remove at {NH_ZOLPI}
- {NH_BET} : still checking with the customer, will update.

Tomasz / NimbusHost Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="hosting abuse desk's bulleted status update mixing done, not ours and still open",
    why="join page gone (removed); zolpi not hosted there (not_found); bet/live still being checked (pending)",
    items={NH_JOIN: "removed", NH_ZOLPI: "not_found", NH_BET: "pending"},
)

# ----------------------------------------------------------- edgeveil (CDN)
case(
    name="ev-zone-terminated",
    date=d(6, 2, 40), **{"from": "trust-safety@edgeveil.example"}, name_from="EdgeVeil Trust & Safety",
    subject="EdgeVeil abuse report 7f3a91c2 - casino-royal88.example [KCSC-240905-03]",
    body=f"""
Hello,

We reviewed your report regarding {EV_CAS} .

The website operator's account was found to be in breach of our terms of
service. We have terminated EdgeVeil services for the zone and the hostname
is now blocked across our network; visitors receive an error page instead of
the site.

Report ID: 7f3a91c2
EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety reply terminating service for a zone and blocking it network-wide",
    why="blocked across the whole network (not only in Korea): removed",
    items={EV_CAS: "removed"},
)

case(
    name="ev-geo-block-korea",
    date=d(7, 3, 5), **{"from": "trust-safety@edgeveil.example"}, name_from="EdgeVeil Trust & Safety",
    subject=EV_SUBJ, reply_to_req="kcsc-240905-03",
    body=f"""
Hi,

Following your notice KCSC-240905-03, the two pages below are now blocked for
visitors from the Republic of Korea at our edge (they get an HTTP 451 page).
They stay reachable elsewhere.

  {EV_EP1}
  {EV_EP2}

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN geo-blocking pages for one country with an HTTP 451 page",
    why="blocked for Korea only: restricted",
    items={EV_EP1: "restricted", EV_EP2: "restricted"},
)

# ------------------------------------------------------ harubox (imageboard)
case(
    name="hb-mod-oneliner-over-quote",
    date=d(6, 22, 17), **{"from": "mod@harubox.example"}, name_from="harubox mod",
    subject=HB_SUBJ, reply_to_req="kcsc-240906-04",
    body=f"""
nuked {HB_T1} and the pic {HB_JPG}
banned the poster too

{HB_QUOTE}""",
    outcome="applied", classification="confirmation",
    imitates="image board moderator's lowercase one-liner over a Gmail-quoted request",
    why="thread and image nuked (removed); the three other links are only in the quote",
    items={HB_T1: "removed", HB_JPG: "removed", HB_T2: "pending", HB_T3: "pending", HB_PNG: "pending"},
)

case(
    name="hb-url-then-status-line",
    date=d(7, 11, 2), **{"from": "admin@harubox.example"}, name_from="harubox admin",
    subject=HB_SUBJ, reply_to_req="kcsc-240906-04",
    body=f"""
hi, went through your list:

{HB_T1}
deleted

{HB_T2}
already gone, thread got pruned before we saw your mail

{HB_T3}
leaving it up. it's a news discussion, nothing illegal in it as far as we can tell

{HB_JPG}
deleted

{HB_PNG}
404 on our side, file doesn't exist

- admin
""",
    outcome="applied", classification="confirmation",
    imitates="small-site admin answering a list with each bare URL and its status on the line below",
    why="deleted x2 removed; pruned thread and missing file not_found; news thread left up as not illegal (rejected)",
    items={HB_T1: "removed", HB_T2: "not_found", HB_T3: "rejected", HB_JPG: "removed", HB_PNG: "not_found"},
)

case(
    name="hb-html-table",
    date=d(8, 4, 50), **{"from": "admin@harubox.example"}, name_from="harubox admin",
    subject=HB_SUBJ, reply_to_req="kcsc-240906-04", type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Results for your report:</p>
<table border="1" cellpadding="4">
<tr><th>Post</th><th>Action</th></tr>
<tr><td>{HB_T2}</td><td>Removed</td></tr>
<tr><td>{HB_T3}</td><td>Moved to the 18+ board (age-gated, login required)</td></tr>
</table>
<p>harubox staff</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="HTML table of post and action from an image board admin",
    why="88240 removed; 41007 moved behind an age gate (restricted)",
    items={HB_T2: "removed", HB_T3: "restricted"},
)

case(
    name="hb-statement-then-url-below",
    date=d(9, 1, 26), **{"from": "staff@harubox.example"}, name_from="harubox staff",
    subject=HB_SUBJ, reply_to_req="kcsc-240906-04",
    body=f"""
Hello KCSC,

This thread was removed for breaking rule 2 (no illegal content):
{HB_T3}

This one we're keeping, it's an obvious joke thread and doesn't break any of our rules:
{HB_T2}

harubox staff
""",
    outcome="applied", classification="confirmation",
    imitates="moderator reply with each statement on one line and its URL on the line below",
    why="41007 removed; 88240 kept as breaking no rule (rejected)",
    items={HB_T3: "removed", HB_T2: "rejected"},
)

case(
    name="hb-report-outcome-echo",
    date=d(9, 4, 40), **{"from": "noreply@harubox.example"}, name_from="harubox reports",
    subject="Report #5521 closed",
    body=f"""
Report outcome notification

Report ID:  5521
Reported:   {HB_PNG}
Board:      /b/
Reason:     Illegal content (reporter note: KCSC-240906-04)
Submitted:  2024-09-06 05:12 UTC
Outcome:    Removed by staff
Closed:     2024-09-08 19:40 UTC

This is an automated message. Replies to this address are not read.
""",
    outcome="applied", classification="confirmation",
    imitates="image board report system's closing notice echoing the report fields",
    why="outcome 'Removed by staff' for the reported image; an automated notice, not an auto-reply",
    items={HB_PNG: "removed"},
)

# --------------------------------------------------------- stashdrop (files)
SD_CSV = (
    "link,status,action,processed_at_utc\n"
    f"{SD_F1},REMOVED,file deleted,2024-09-10T02:14:00Z\n"
    f"{SD_F2},REMOVED,file deleted,2024-09-10T02:14:07Z\n"
    f"{SD_F3},NOT_FOUND,no such file,2024-09-10T02:14:09Z\n"
    f"{SD_DIR},DISABLED,folder link disabled,2024-09-10T02:15:30Z\n"
)
case(
    name="sd-csv-export",
    date=d(10, 11, 30), **{"from": "legal@stashdrop.example"}, name_from="StashDrop Legal",
    subject=SD_SUBJ, reply_to_req="kcsc-240909-05",
    raw_mime=mixed("sd373-5f1e", """
Hello,

Please find attached the outcome of your notice KCSC-240909-05, exported from
our takedown tool.

StashDrop Legal
""", [("text/csv", "takedown_KCSC-240909-05.csv", SD_CSV.encode("ascii"))]),
    outcome="applied", classification="confirmation",
    imitates="file host's takedown-tool CSV export attached to a short cover note",
    why="REMOVED x2 removed, NOT_FOUND not_found, DISABLED removed",
    items={SD_F1: "removed", SD_F2: "removed", SD_F3: "not_found", SD_DIR: "removed"},
)

case(
    name="sd-angle-brackets-wrapped",
    date=d(11, 9, 5), **{"from": "compliance@stashdrop.example"}, name_from="StashDrop Compliance",
    subject="SD-T-20931 / KCSC-240909-05",
    body=f"""
Dear Sir or Madam,

In response to your notice (our reference SD-T-20931, your reference
KCSC-240909-05): the links <{SD_F2}> and
<{SD_DIR}> have been disabled and the uploading account
has been closed.

Best regards,
StashDrop Compliance
""",
    outcome="applied", classification="confirmation",
    imitates="file host compliance letter with URLs in angle brackets wrapped across lines",
    why="both links disabled: removed",
    items={SD_F2: "removed", SD_DIR: "removed"},
)

case(
    name="sd-dsa-statement-korea-only",
    date=d(12, 18, 0), **{"from": "noreply-sor@stashdrop.example"}, name_from="StashDrop",
    subject="Statement of reasons - decision on notice KCSC-240909-05",
    body=f"""
Statement of reasons

Notice reference:  KCSC-240909-05
Content:           {SD_F1}
Decision:          Access to the content has been disabled for users located
                   in the Republic of Korea. The content remains available in
                   other countries.
Ground:            Content illegal under the law of the Republic of Korea
                   (notice from a national authority)
Automated means:   None were used to take this decision.
Redress:           The uploader may contest this decision through our internal
                   complaint system: https://stashdrop.example/appeals

StashDrop B.V.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons for a country-only restriction",
    why="disabled for Korea only: restricted; the appeals page is not an item",
    items={SD_F1: "restricted"},
)

# --------------------------------------------------------- namebay (registrar)
case(
    name="nb-clienthold-bare-domains",
    date=d(11, 15, 22), **{"from": "abuse@namebay.example"}, name_from="Namebay Abuse Team",
    subject=NB_SUBJ, reply_to_req="kcsc-240910-06",
    body="""
Hello,

Re: KCSC-240910-06

After review we have placed both domain names on clientHold:

toto-king24.example
mukti-bet.example

They have been removed from the zone and will stop resolving as caches
expire. The registrants have been notified.

Namebay Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse desk suspending domains (clientHold), naming bare domain names",
    why="both domains on clientHold, out of the zone: removed (bare domain names are the requested items)",
    items={NB_TOTO: "removed", NB_MUKTI: "removed"},
)

case(
    name="nb-one-held-one-refused",
    date=d(12, 10, 8), **{"from": "compliance@namebay.example"}, name_from="Namebay Compliance",
    subject=NB_SUBJ, reply_to_req="kcsc-240910-06",
    body=f"""
Dear KCSC,

Domain {NB_TOTO} - suspended (clientHold) as of 12 Sep 2024 for operating
unlicensed gambling.

Domain {NB_MUKTI} - no action. The site currently shows a parked page with
no gambling content and we found no breach of our registration agreement.
We will not suspend it.

Kind regards,
Namebay Compliance
""",
    outcome="applied", classification="confirmation",
    imitates="registrar compliance answer suspending one domain and refusing the other with a reason",
    why="toto-king24 suspended (removed); mukti-bet no breach, not suspended (rejected)",
    items={NB_TOTO: "removed", NB_MUKTI: "rejected"},
)

# ----------------------------------------------------------- pastel (paste)
case(
    name="pa-done-removed-no-url",
    date=d(11, 21, 3), **{"from": "admin@pastel.example"}, name_from="pastel",
    subject=PA_SUBJ, reply_to_req="kcsc-240911-07",
    body="""
Done, removed it.

--
pastel.example admin
""",
    outcome="applied", classification="confirmation",
    imitates="one-person pastebin admin's two-word reply in the request's thread",
    why="sole statement in the thread of a one-item request: removed",
    items={PA_RAW: "removed"},
)

# ------------------------------------------------------------------ review
case(
    name="gg-promise-this-week",
    date=d(2, 16, 10), **{"from": "cs@gonggamforum.example"}, name_from="공감포럼 운영팀",
    subject=GG_SUBJ, reply_to_req="kcsc-240902-01",
    body=f"""
안녕하세요. 공감포럼입니다.

요청하신 게시물
{GG_FREE1}
{GG_FREE2}
은 내부 확인 후 이번 주 안으로 삭제 조치하겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean site promising to delete within the week",
    why="a promise (삭제 조치하겠습니다) is not a statement: items stay pending",
    items={GG_FREE1: "pending", GG_FREE2: "pending"},
)

case(
    name="gg-bulk-all-fourteen",
    date=d(6, 10, 30), **{"from": "admin@gonggamforum.example"}, name_from="공감포럼 관리자",
    subject=GG_SUBJ, reply_to_req="kcsc-240902-01",
    body="""
요청하신 게시물 14건 모두 삭제 처리 완료했습니다.
감사합니다.

공감포럼 관리자
""",
    outcome="review", review="bulk",
    imitates="forum admin confirming 'all 14 posts deleted' without listing them",
    why="a statement about all items of a 14-item request without naming each: bulk",
    items={u: "pending" for u in GG_ALL},
)

case(
    name="nh-hedge-may-have",
    date=d(4, 2, 12), **{"from": "abuse@nimbushost.example"}, name_from="NimbusHost Abuse Team",
    subject=NH_SUBJ, reply_to_req="kcsc-240903-02",
    body=f"""
Hi,

Looking at {NH_BET} and {NH_JOIN} it appears the customer may
have already taken the pages down, but we have not been able to confirm
that yet. We'll verify with them and get back to you.

NimbusHost Abuse
""",
    outcome="review", review="not_understood",
    imitates="hosting abuse desk hedging ('appears ... may have') before verifying",
    why="hedged, unconfirmed: no statement; items stay pending",
    items={NH_BET: "pending", NH_JOIN: "pending"},
)

case(
    name="nh-forged-auth-fail",
    date=d(4, 23, 50), **{"from": "abuse@nimbushost.example"}, name_from="NimbusHost Abuse",
    auth="fail",
    subject=NH_SUBJ, reply_to_req="kcsc-240903-02",
    body=f"""
Hello,

All content has been removed:
{NH_TILDE} - removed
{NH_ZOLPI} - removed

NimbusHost
""",
    outcome="review", review="untrusted",
    imitates="mail claiming to be the host's abuse desk that fails DKIM/SPF/DMARC",
    why="platform domain but authentication fails: untrusted, nothing applied",
    items={NH_TILDE: "pending", NH_ZOLPI: "pending"},
)

case(
    name="nh-site-owner-writes",
    date=d(5, 20, 41), **{"from": "webmaster@mirae-toto.example"}, name_from="mirae-toto webmaster",
    subject="complaint KCSC-240903-02 - pages deleted",
    body=f"""
Hello.

My hosting company NimbusHost sent me your complaint. I have deleted the pages
{NH_BET} and {NH_JOIN} . Please tell NimbusHost to
reactivate my account.
""",
    outcome="review", review="unknown_sender",
    imitates="the hosting customer (site owner) writing to the regulator directly",
    why="the site owner is not a configured platform: unknown_sender",
    items={NH_BET: "pending", NH_JOIN: "pending"},
)

case(
    name="nh-host-answers-cdn-request",
    date=d(7, 9, 40), **{"from": "abuse@nimbushost.example"}, name_from="NimbusHost Abuse Team",
    subject="Forwarded complaint from EdgeVeil - KCSC-240905-03",
    body=f"""
Hello,

EdgeVeil forwarded us your complaint KCSC-240905-03, as we host the origin
server of hanbit-stream.example. We have removed the two videos from the
customer's server:

{EV_EP1}
{EV_EP2}

NimbusHost Abuse Desk
""",
    outcome="review", review="wrong_platform",
    imitates="origin hosting provider answering a complaint a CDN passed on to it",
    why="NimbusHost states removals for items of the EdgeVeil request: wrong_platform",
    items={EV_EP1: "pending", EV_EP2: "pending"},
)

case(
    name="ev-passthrough-forwarded-to-host",
    date=d(5, 12, 3), **{"from": "trust-safety@edgeveil.example"}, name_from="EdgeVeil Trust & Safety",
    subject=EV_SUBJ, reply_to_req="kcsc-240905-03",
    body=f"""
Hello,

EdgeVeil provides pass-through security and CDN services for
{EV_EP1} and {EV_EP2} . We do not host this content and
are not able to remove it from the Internet.

We have forwarded your complaint to the hosting provider (NimbusHost,
abuse@nimbushost.example) and to the website operator. You may also contact
the hosting provider directly.

Report ID: 2c81d0e4
""",
    outcome="review", review="not_understood",
    imitates="CDN 'we are not the host, complaint forwarded to the hosting provider' reply",
    why="names both items but states no status for them (the CDN neither removes nor judges them)",
    items={EV_EP1: "pending", EV_EP2: "pending"},
)

case(
    name="sd-generic-no-claims",
    date=d(13, 17, 25), **{"from": "compliance@stashdrop.example"}, name_from="StashDrop Compliance",
    subject="Notices from your office",
    body="""
Hello,

We have worked through the notices your office sent us this month. If you
still see anything online, please send the links again through
https://stashdrop.example/abuse and we will take another look.

Kind regards,
StashDrop Compliance
""",
    outcome="review", review="no_claims",
    imitates="file host's general follow-up naming no link and no reference",
    why="trusted platform mail naming no item and no request: no_claims",
    items={},
)

case(
    name="sd-asks-for-legal-basis",
    date=d(10, 9, 14), **{"from": "legal@stashdrop.example"}, name_from="StashDrop Legal",
    subject=SD_SUBJ, reply_to_req="kcsc-240909-05",
    body=f"""
Dear KCSC,

Regarding your notice KCSC-240909-05 and the file {SD_F3} :
before we can act we need a copy of the decision or the legal provision the
request is based on, and confirmation that your office is the competent
authority. Please reply to this email with the documents.

StashDrop Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="file host asking for the legal basis before acting",
    why="asks for documents, no status: asks_more, item pending",
    items={SD_F3: "pending"},
)

case(
    name="hb-removed-everything",
    date=d(7, 6, 58), **{"from": "mod@harubox.example"}, name_from="harubox mod",
    subject=HB_SUBJ, reply_to_req="kcsc-240906-04",
    body="""
removed everything in your list. let us know if you find more.
""",
    outcome="review", review="bulk",
    imitates="image board mod's one-line 'removed everything' reply in thread",
    why="statement about all five items of the request without naming them: bulk",
    items={u: "pending" for u in HB_ALL},
)

PDF = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /XObject /Subtype /Image /Width 620 "
       b"/Height 877 /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode /Length 2 0 R >>\n"
       b"stream\n" + zlib.compress(bytes((i * 37 + 11) % 256 for i in range(900)), 9)
       + b"\nendstream\nendobj\ntrailer\n<< /Root 3 0 R >>\n%%EOF\n")
case(
    name="nh-scanned-pdf-letter",
    date=d(6, 18, 2), **{"from": "legal@nimbushost.example"}, name_from="NimbusHost Legal",
    subject=NH_SUBJ, reply_to_req="kcsc-240903-02",
    raw_mime=mixed("nh373-pdf-01", """
Dear Sir or Madam,

Please find our response to your complaint KCSC-240903-02 in the attached
letter.

NimbusHost Legal Department
""", [("application/pdf", "NH-response-KCSC-240903-02.pdf", PDF)]),
    outcome="review", review="unreadable_attachment",
    imitates="host's legal department answering with a scanned PDF letter only",
    why="the answer is in a scanned PDF (an image), nothing readable in the body",
    items={},
)

# ----------------------------------------------------------------- ignored
case(
    name="gg-out-of-office-korean",
    date=d(2, 10, 1), **{"from": "admin@gonggamforum.example"}, name_from="공감포럼 관리자",
    subject="[자동응답] Re: [KCSC-240902-01] 불법정보 게시물 삭제 요청", reply_to_req="kcsc-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 휴가로 9월 4일까지 부재중입니다.
급한 문의는 cs@gonggamforum.example 로 보내주시면 운영팀이 확인하겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean webmail 부재중 자동응답",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="nb-dsn-mailbox-full",
    date=d(10, 16, 0, 9), **{"from": "MAILER-DAEMON@mx1.namebay.example"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime="""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn373.B1"

This is a MIME-encapsulated message.

--dsn373.B1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.namebay.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-desk@namebay.example>: host mbox.namebay.example said: 552 5.2.2
    Mailbox full (in reply to RCPT TO command)

--dsn373.B1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.namebay.example
Arrival-Date: Tue, 10 Sep 2024 16:00:05 +0900

Final-Recipient: rfc822; abuse-desk@namebay.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn373.B1
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-desk@namebay.example
Subject: [KCSC-240910-06] Request for suspension of two domain names
Date: Tue, 10 Sep 2024 16:00:00 +0900
Message-ID: <kcsc-240910-06@kcsc.example>

--dsn373.B1--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (mailbox full) for the request sent to a registrar's second address",
    why="delivery status notification: ignored",
    items={},
)

case(
    name="hb-read-receipt",
    date=d(6, 21, 14), **{"from": "mod@harubox.example"}, name_from="harubox mod",
    subject="Read: [KCSC-240906-04] removal request",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn373-hb"

--mdn373-hb
Content-Type: text/plain; charset=utf-8

This is a Return Receipt for the mail that you sent to mod@harubox.example.

Note: This Return Receipt only acknowledges that the message was displayed on
the recipient's computer. There is no guarantee that the recipient has read or
understood the message contents.

--mdn373-hb
Content-Type: message/disposition-notification

Reporting-UA: modbox; Thunderbird 115.14.0
Final-Recipient: rfc822;mod@harubox.example
Original-Message-ID: <kcsc-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn373-hb--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird return receipt (MDN)",
    why="read receipt: ignored",
    items={},
)

case(
    name="sd-ticket-receipt",
    date=d(9, 10, 0, 40), **{"from": "support@stashdrop.example"}, name_from="StashDrop Support",
    subject="[SD-T-20931] We received your request: KCSC-240909-05",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

We've received your request and a ticket (#SD-T-20931) has been created.
Our team usually responds within 72 hours. You can add information by
replying to this email; please keep the ticket number in the subject.

StashDrop Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt",
    why="pure acknowledgement: ticket created, nothing about the items",
    items={},
)

case(
    name="nh-whmcs-ticket-opened",
    date=d(3, 11, 0, 52), **{"from": "support@nimbushost.example"}, name_from="NimbusHost Support",
    subject="[Ticket ID: 558120] Abuse Report Received",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Thank you for contacting our abuse department. A ticket has been opened for
your message and a member of staff will review it shortly.

Subject:  [KCSC-240903-02] Illegal gambling and drug sites hosted on your network
Priority: High
Status:   Open

You can view the ticket at any time at
https://my.nimbushost.example/viewticket.php?tid=558120&c=Xk2Lp9

NimbusHost
""",
    outcome="ignored", classification="acknowledgement",
    imitates="WHMCS-style hosting ticket-opened notification",
    why="ticket receipt only; the ticket page link is not an item",
    items={},
)

case(
    name="ev-email-not-processed",
    date=d(5, 9, 30, 20), **{"from": "abuse@edgeveil.example"}, name_from="EdgeVeil",
    subject="Automatic reply: [KCSC-240905-03] Abuse report: sites using EdgeVeil",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This mailbox does not process abuse reports sent by email.

To report abuse of a website using EdgeVeil, please use our web form at
https://www.edgeveil.example/abuse so that your report reaches the right team.

This is an automated response.
""",
    outcome="ignored", classification="auto_reply",
    imitates="CDN auto-response directing email complaints to its web form",
    why="automatic reply from an unmonitored mailbox",
    items={},
)

case(
    name="pa-travelling-auto-reply",
    date=d(11, 9, 0, 14), **{"from": "admin@pastel.example"}, name_from="pastel",
    subject="Auto: [KCSC-240911-07] removal request",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
I'm travelling until 16 September with limited access to email. I'll get to
your message when I'm back.
""",
    outcome="ignored", classification="auto_reply",
    imitates="personal vacation auto-reply of a one-person service",
    why="out-of-office auto-reply",
    items={},
)

HEADER = """# Blind set 373: hosting providers, a CDN, a registrar, a Korean forum, an
# image board, a file host and a pastebin answering informally, plus CSV
# attachments and plain-text tables. Written by tests/corpus/blind373/make.py
# from each email's meaning, before any run of the reader. Do not edit by hand.
"""


# Korean webmail encodes non-ASCII display names and subjects (RFC 2047);
# two cases keep a raw UTF-8 subject, as SMTPUTF8 mail does.
RAW_SUBJECT = {"gg-korean-path-particles", "gg-market-fullwidth-punctuation"}


def encode_headers(c):
    for key in ("subject", "name_from"):
        if key == "subject" and c["name"] in RAW_SUBJECT:
            continue
        v = c.get(key)
        if v and not v.isascii():
            c[key] = email.header.Header(v, "utf-8").encode()


def main():
    for c in CASES:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
