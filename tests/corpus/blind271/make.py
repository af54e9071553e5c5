#!/usr/bin/env python3
"""Blind set 271: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste service answering informally, plus
CSV attachments and plain-text tables.

    python3 tests/corpus/blind271/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email was written from scratch in the manner of the notice named in its
`imitates` field; expected results come from each email's meaning alone,
written before the reader was ever run on it.
"""
import base64
import datetime
import email.utils
from email.header import Header
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind271"
KST = datetime.timezone(datetime.timedelta(hours=9))
UTC = datetime.timezone.utc


def d(s, tz=KST):
    return email.utils.format_datetime(datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz))


# ---------------------------------------------------------------- requests
MB = "https://maru-community.example"
M = [
    MB + "/free/40211",
    MB + "/free/40257",
    MB + "/free/40263",
    MB + "/humor/88120",
    MB + "/humor/88131",
    MB + "/market/5512",
    MB + "/market/5540",
    MB + "/free/40299?page=2",
    MB + "/board.php?bo_table=stock&wr_id=7781",
    MB + "/board.php?bo_table=stock&wr_id=7790",
    MB + "/tag/" + quote("불법토토"),
    MB + "/user/" + quote("먹튀왕"),
]
M11_RAW = MB + "/tag/불법토토"
M12_RAW = MB + "/user/먹튀왕"
K = [
    "https://dalbit-bet.example/event/2409",
    "https://dalbit-bet.example/join?ref=kc77",
    "https://hanbit-pharm.example/shop/item/118",
    "https://hanbit-pharm.example/shop/item/119",
]
E = [
    "https://totomaru.example/",
    "https://totomaru.example/board/notice/12",
    "https://live-sportsbet.example/kr/",
]
D = [
    "https://bet-hanul.example/",
    "https://hanul-casino.example/join",
]
P = [
    "https://pixelboard.example/k/res/220418.html",
    "https://pixelboard.example/k/res/220433.html",
    "https://pixelboard.example/b/res/991204.html",
    "https://i.pixelboard.example/k/1725500112345.jpg",
    "https://pixelboard.example/b/res/991260.html",
]
S = [
    "https://sendbin.example/f/Ab3xZ9q",
    "https://sendbin.example/f/Q7mP2kd",
    "https://sendbin.example/f/zz81LwE",
    "https://sendbin.example/folder/Kt55rB",
]
T = ["https://pastelet.example/p/h4Xk9Tn2"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "maru", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", M,
     "gambling", "forum posts advertising illegal betting sites and scam reports"),
    ("KCSC-240903-02", "kumohost", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00", K,
     "gambling", "two customer sites on a shared host: betting and unlicensed drugs"),
    ("KCSC-240904-03", "edgeveil", "2024-09-04T09:30:00+09:00", "2024-09-11T18:00:00+09:00", E,
     "gambling", "betting sites behind a CDN"),
    ("KCSC-240905-04", "domainwell", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00", D,
     "gambling", "domains registered for casino sites"),
    ("KCSC-240906-05", "pixelboard", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00", P,
     "privacy", "threads and an image exposing private persons"),
    ("KCSC-240909-06", "sendbin", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", S,
     "copyright", "file links shared on betting forums"),
    ("KCSC-240910-07", "pastelet", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", T,
     "fraud", "paste with a phishing page copy"),
]
REQ = {r[0]: r for r in REQUESTS}


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        mid = "req-" + ref[5:].lower() + "@kcsc.example"
        for u in urls:
            lines.append(",".join([ref, plat, sent, due, '"%s"' % u if "," in u else u, cat, mid, '"%s"' % note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def rid(ref):
    """reply_to_req value: corpuslib adds '@kcsc.example'."""
    return "req-" + ref[5:].lower()


# ---------------------------------------------------------------- helpers
def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def multipart(parts, boundary, subtype="mixed", extra=""):
    out = ['Content-Type: multipart/%s; boundary="%s"%s' % (subtype, boundary, extra), "",
           "This is a multi-part message in MIME format.", ""]
    for hdrs, body in parts:
        out.append("--" + boundary)
        out.extend(hdrs)
        out.append("")
        out.append(body.rstrip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


TEXT_8BIT = ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]


def request_text_ko(ref, urls):
    lines = [
        "안녕하십니까, 방송통신심의위원회입니다.",
        "",
        "아래 게시물은 정보통신망법 제44조의7에 따른 불법정보로 심의·의결되었기에",
        "삭제 또는 접속차단 등 필요한 조치를 요청드립니다. (요청번호 %s)" % ref,
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append("%d. %s" % (i, u))
    lines += ["", "조치 결과를 URL별로 %s까지 회신하여 주시기 바랍니다." % REQ[ref][3][:10], "",
              "방송통신심의위원회 통신심의국", "takedown@kcsc.example"]
    return "\n".join(lines)


def request_text_en(ref, urls):
    lines = [
        "Dear Sir or Madam,",
        "",
        "The Korea Communications Standards Commission has found the content at",
        "the addresses below to be illegal information under Korean law. We ask",
        "you to remove it or to disable access to it (our reference %s):" % ref,
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append("%d. %s" % (i, u))
    lines += ["", "Please reply with the action taken for each URL by %s." % REQ[ref][3][:10], "",
              "KCSC Takedown Desk", "takedown@kcsc.example"]
    return "\n".join(lines)


def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def outlook_quote(ref, urls, to, lang="en"):
    sent = datetime.datetime.fromisoformat(REQ[ref][2])
    body = request_text_ko(ref, urls) if lang == "ko" else request_text_en(ref, urls)
    subj = "[%s] %s" % (ref, "불법정보 삭제 요청" if lang == "ko" else "Request to remove illegal content")
    return "\n".join([
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        "Sent: %s" % sent.strftime("%A, %B %-d, %Y %-I:%M %p"),
        "To: %s" % to,
        "Subject: %s" % subj,
        "",
        body,
    ])


CASES = []


def case(**c):
    CASES.append(c)


# ====================================================================
# maru (Korean community forum), KCSC-240902-01, 12 items
# ====================================================================
R1 = "KCSC-240902-01"

case(
    name="maru-admin-korean-numbered-list",
    **{"from": "admin@maru-community.example"},
    name_from="마루커뮤니티 운영팀",
    date=d("2024-09-03 15:02:11"),
    subject="RE: [KCSC-240902-01] 불법정보 삭제 요청",
    reply_to_req=rid(R1),
    body=f"""
안녕하세요, 마루커뮤니티 운영팀입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240902-01)에 대해 아래와 같이 처리하였습니다.

1. {M[0]}
   - 운영자 삭제 완료 (9/3 14:10)
2. {M[1]}
   - 블라인드 처리
3. {M[2]}
   - 작성자가 요청 전에 이미 삭제한 글로, 현재 존재하지 않습니다.
4. {M[3]}
   - 삭제
5. {M[4]}
   - 임시조치(30일) 하여 현재 열람이 제한된 상태입니다.
6. {M[5]}
   - 개인 간 중고 거래글로 확인되어 운영정책상 문제가 없다고 판단, 게시를 유지합니다.

나머지 6건은 담당자 확인 후 다시 회신드리겠습니다.

감사합니다.
마루커뮤니티 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community operator reply listing 운영자 삭제 / 블라인드 / 임시조치 per post",
    why="numbered list, status on the line below each URL; six items with five different wordings",
    items={M[0]: "removed", M[1]: "removed", M[2]: "not_found", M[3]: "removed",
           M[4]: "restricted", M[5]: "rejected"},
)

case(
    name="maru-plain-text-pipe-table",
    **{"from": "admin@maru-community.example"},
    name_from="마루커뮤니티 운영팀",
    date=d("2024-09-05 10:40:00"),
    subject="RE: [KCSC-240902-01] 불법정보 삭제 요청 - 잔여 6건 처리 결과",
    reply_to_req=rid(R1),
    body=f"""
KCSC 담당자님께,

요청 건 중 남은 6건의 처리 결과입니다. (내부 접수번호 MARU-0904-17)

번호 | 게시물 주소 | 처리 결과
-----+-------------+----------
 7 | {M[6]} | 삭제
 8 | {M[7]} | 게시중단
 9 | {M[8]} | 임시조치 (30일)
10 | {M[9]} | 해당 게시물 없음
11 | {M[10]} | 조치 불가 - 태그 목록 페이지로 개별 게시물이 아니며 목록 자체는 정책 위반이 아님
12 | {M[11]} | 회원 이용정지, 작성글 전체 비공개 처리

문의사항은 이 메일로 회신 주세요.
마루커뮤니티 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table typed as plain text by a forum operator",
    why="pipe table; 게시중단 removed, 임시조치 restricted, 게시물 없음 not_found, a reasoned refusal rejected, 비공개 removed",
    items={M[6]: "removed", M[7]: "removed", M[8]: "restricted", M[9]: "not_found",
           M[10]: "rejected", M[11]: "removed"},
)

CSV_MARU = "\r\n".join([
    "번호,URL,조치결과,조치일시,비고",
    f"1,{M[0]},삭제,2024-09-04 10:12,",
    f"2,{M[1]},삭제,2024-09-04 10:12,",
    f"3,{M[2]},게시물 없음,,작성자 본인 삭제(요청 이전)",
    f"4,{M[3]},삭제,2024-09-04 10:15,",
    f"5,{M[4]},임시조치,2024-09-04 10:15,30일간 열람 제한",
    f"6,{M[5]},미조치,,운영정책 위반 아님(개인 중고거래)",
    f"7,{M[6]},삭제,2024-09-04 10:20,",
    f"8,{M[7]},블라인드,2024-09-04 10:21,",
    f"9,{M[8]},접근제한,2024-09-04 10:21,국내 접속 차단",
    f"10,{M[9]},삭제,2024-09-04 10:22,",
    f"11,{M[10]},비공개 처리,2024-09-04 10:30,태그 페이지 비공개",
    f"12,{M[11]},삭제,2024-09-04 10:31,회원 강제탈퇴",
]) + "\r\n"

case(
    name="maru-csv-attachment-all-items",
    **{"from": "report@maru-community.example"},
    name_from="마루커뮤니티 신고센터",
    date=d("2024-09-04 11:05:43"),
    subject="[마루커뮤니티] KCSC-240902-01 처리결과 회신",
    reply_to_req=rid(R1),
    raw_mime=multipart([
        (TEXT_8BIT, """안녕하세요. 마루커뮤니티 신고센터입니다.

요청하신 12건의 처리 결과를 첨부 파일(처리결과.csv)로 회신드립니다.
확인 부탁드립니다.

마루커뮤니티 신고센터
"""),
        (["Content-Type: text/csv; charset=utf-8; name=\"result.csv\"",
          "Content-Transfer-Encoding: base64",
          "Content-Disposition: attachment; filename*=UTF-8''" + quote("처리결과.csv")],
         b64(b"\xef\xbb\xbf" + CSV_MARU.encode("utf-8"))),
    ], "----=_maru_0904_csv"),
    outcome="applied", classification="confirmation",
    imitates="Korean portal result sheet sent as a CSV attachment (UTF-8 with BOM, CRLF)",
    why="every item of the largest request has a row; 미조치 with its reason is rejected, 접근제한 restricted",
    items={M[0]: "removed", M[1]: "removed", M[2]: "not_found", M[3]: "removed",
           M[4]: "restricted", M[5]: "rejected", M[6]: "removed", M[7]: "removed",
           M[8]: "restricted", M[9]: "removed", M[10]: "removed", M[11]: "removed"},
)

case(
    name="maru-one-liner-url-with-particles",
    **{"from": "dy.kim@maru-community.example"},
    name_from="김도윤",
    date=d("2024-09-02 22:17:05"),
    subject="Re: [KCSC-240902-01] 불법정보 삭제 요청",
    reply_to_req=rid(R1),
    body=f"""
{M[0]}은 방금 지웠고, {M[1]}도 삭제했습니다.
나머지 건은 내일 오전 중으로 보고 회신드릴게요.

김도윤 드림
""",
    outcome="applied", classification="confirmation",
    imitates="forum operator's one-line reply from a phone, URLs followed directly by Korean particles",
    why="two URLs each followed by 은/도 and a past-tense deletion; the rest is a promise naming nothing",
    items={M[0]: "removed", M[1]: "removed"},
)

HTML_MARU = f"""<html><head><meta charset="utf-8"></head>
<body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 마루커뮤니티 운영지원팀입니다.</p>
<p>요청번호 <b>KCSC-240902-01</b> 관련 게시물 조치 결과를 아래와 같이 알려드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#eeeeee"><th>No.</th><th>게시물 URL</th><th>조치 내용</th><th>조치일</th></tr>
<tr><td>1</td><td><a href="{M[3]}">{M[3]}</a></td><td>게시중단</td><td>2024.09.04</td></tr>
<tr><td>2</td><td><a href="{M[4]}">{M[4]}</a></td><td>임시조치(접근 제한)</td><td>2024.09.04</td></tr>
<tr><td>3</td><td><a href="{M[8].replace('&', '&amp;')}">{M[8].replace('&', '&amp;')}</a></td><td>해당 게시물 없음(이미 삭제된 게시물)</td><td>-</td></tr>
<tr><td>4</td><td><a href="{M[9].replace('&', '&amp;')}">{M[9].replace('&', '&amp;')}</a></td><td>삭제</td><td>2024.09.04</td></tr>
</table>
<p>나머지 게시물은 별도로 회신드리겠습니다.</p>
<p style="color:#888888;font-size:11px">본 메일은 발신 전용이 아닙니다. 운영정책: <a href="{MB}/policy">{MB}/policy</a> | 고객센터: <a href="{MB}/help">{MB}/help</a></p>
</body></html>
"""

case(
    name="maru-html-table-quoted-printable",
    **{"from": "support@maru-community.example"},
    name_from="마루커뮤니티 운영지원팀",
    date=d("2024-09-04 17:30:12"),
    subject="[마루커뮤니티] 게시물 조치 결과 안내 (KCSC-240902-01)",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(HTML_MARU),
    outcome="applied", classification="confirmation",
    imitates="Korean portal HTML 조치 결과 안내 mail with a result table, quoted-printable",
    why="HTML table rows; 게시중단 removed, 임시조치 restricted, 게시물 없음 not_found, 삭제 removed; footer policy/help links are not items",
    items={M[3]: "removed", M[4]: "restricted", M[8]: "not_found", M[9]: "removed"},
)

case(
    name="maru-raw-korean-paths",
    **{"from": "support@maru-community.example"},
    name_from="마루커뮤니티 운영지원팀",
    date=d("2024-09-06 09:12:40"),
    subject="Re: [KCSC-240902-01] 태그/회원 페이지 처리 결과",
    reply_to_req=rid(R1),
    body=f"""
안녕하세요. 마루커뮤니티 운영지원입니다.

문의하신 두 주소의 처리 결과 안내드립니다.

- {M11_RAW} : 해당 태그 페이지를 비공개 처리했습니다.
- {M12_RAW} : 해당 회원은 영구 이용정지되었으며, 프로필과 작성글은 모두 삭제되었습니다.

운영정책: {MB}/policy
""",
    outcome="applied", classification="confirmation",
    imitates="forum support reply pasting the addresses as the browser shows them (raw Hangul paths)",
    why="raw Korean paths match the percent-encoded request URLs; 비공개 처리 and 삭제 are removals",
    items={M[10]: "removed", M[11]: "removed"},
)

case(
    name="maru-outlook-topposted-temporary-measure",
    **{"from": "admin@maru-community.example"},
    name_from="마루커뮤니티 운영팀",
    date=d("2024-09-03 09:48:30"),
    subject="RE: [KCSC-240902-01] 불법정보 삭제 요청",
    reply_to_req=rid(R1),
    body=f"""
담당자님, 아래 요청 중 두 건은 명예훼손 해당 여부 판단이 필요하여 우선 임시조치(30일) 하였습니다.

{M[1]}
{M[2]}

나머지 건은 확인 중입니다.

마루커뮤니티 운영팀 드림

{outlook_quote(R1, M, "admin@maru-community.example", "ko")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted Korean reply over the regulator's request (-----Original Message-----)",
    why="임시조치 done for the two URLs above the quote; the twelve quoted URLs are the regulator's own text",
    items={M[1]: "restricted", M[2]: "restricted"},
)

case(
    name="maru-promise-to-delete",
    **{"from": "admin@maru-community.example"},
    name_from="마루커뮤니티 운영팀",
    date=d("2024-09-02 16:20:00"),
    subject="RE: [KCSC-240902-01] 불법정보 삭제 요청",
    reply_to_req=rid(R1),
    body=f"""
안녕하세요. 마루커뮤니티입니다.

요청하신 게시물 중
{M[0]}
{M[1]}
위 두 건은 내부 검토를 거쳐 금주 중 삭제 예정입니다.
처리가 완료되면 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean operator's interim reply: 검토 후 삭제 예정",
    why="'삭제 예정' is a promise, not a statement; the items stay pending",
    items={M[0]: "pending", M[1]: "pending"},
)

case(
    name="maru-bulk-all-twelve-deleted",
    **{"from": "admin@maru-community.example"},
    name_from="마루커뮤니티 운영팀",
    date=d("2024-09-06 14:00:00"),
    subject="RE: [KCSC-240902-01] 불법정보 삭제 요청",
    reply_to_req=rid(R1),
    body="""
안녕하세요.

요청번호 KCSC-240902-01로 요청하신 게시물 12건에 대해 모두 삭제 조치를 완료하였습니다.
앞으로도 유사 게시물 모니터링을 강화하겠습니다.

마루커뮤니티 운영팀
""",
    outcome="review", review="bulk",
    imitates="Korean operator's one-sentence completion notice for a whole request",
    why="one statement for twelve items without naming any: bulk review, items pending",
    items={u: "pending" for u in M},
)

case(
    name="maru-out-of-office",
    **{"from": "admin@maru-community.example"},
    name_from="마루커뮤니티 운영팀",
    date=d("2024-09-02 10:00:41"),
    subject="[자동응답] 부재중 안내 (Re: [KCSC-240902-01] 불법정보 삭제 요청)",
    reply_to_req=rid(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
[자동응답 메일입니다]

운영자는 9월 2일(월)부터 9월 4일(수)까지 휴가로 부재중입니다.
급한 게시물 신고는 report@maru-community.example 로 보내주시면 순차적으로 처리됩니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동응답)",
    why="auto-reply, names no item",
    items={},
)

case(
    name="maru-admin-personal-mailbox",
    **{"from": "maru.doyun.kim@gmail.com"},
    name_from="김도윤",
    date=d("2024-09-05 23:41:09"),
    subject="Re: [KCSC-240902-01] 불법정보 삭제 요청",
    body=f"""
마루커뮤니티 운영자 김도윤입니다. 회사 메일 서버가 점검 중이라 개인 메일로 보냅니다.

{M11_RAW} 태그 페이지는 삭제했습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="small-forum operator answering from a personal webmail account",
    why="a gmail.com sender is no platform's domain, whatever it says about itself",
    items={M[10]: "pending"},
)

# ====================================================================
# KumoHost (shared web hosting), KCSC-240903-02, 4 items
# ====================================================================
R2 = "KCSC-240903-02"

case(
    name="kumohost-account-suspended",
    **{"from": "abuse@kumohost.example"},
    name_from="KumoHost Abuse Team",
    date=d("2024-09-04 18:44:02"),
    subject="Re: [KCSC-240903-02] Request to remove illegal content [Abuse #KH-88412]",
    reply_to_req=rid(R2),
    body=f"""
Hello,

Thank you for your report. We looked at dalbit-bet.example, which sits on one
of our shared servers, and found it in breach of our Acceptable Use Policy
(unlicensed gambling).

We suspended the hosting account at 09:40 UTC today. The following URLs now
show our suspension page and no longer serve the customer's content:

  {K[0]}
  {K[1]}

The two other URLs in your report (hanbit-pharm.example) belong to a
different customer. That case is still open and we will write separately.

Regards,
Minh Tran
KumoHost Abuse Desk
https://kumohost.example/legal/aup
""",
    outcome="applied", classification="confirmation",
    imitates="shared-hosting abuse desk reply: account suspended, URLs show the suspension page",
    why="both dalbit-bet URLs made unavailable; the hanbit-pharm pages are explicitly still open",
    items={K[0]: "removed", K[1]: "removed", K[2]: "pending", K[3]: "pending"},
)

case(
    name="kumohost-topposted-over-original",
    **{"from": "jana.novak@kumohost.example"},
    name_from="Jana Novak",
    date=d("2024-09-05 16:03:55"),
    subject="RE: [KCSC-240903-02] Request to remove illegal content",
    reply_to_req=rid(R2),
    body=f"""
Hi,

Our customer took both product pages down after our notice. I checked a
minute ago and they now return 404:
{K[2]}
{K[3]}

Best,
Jana
KumoHost Trust & Safety

{outlook_quote(R2, K, "abuse@kumohost.example")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted abuse-desk reply over the original complaint",
    why="two pharmacy pages taken down after notice; the four quoted URLs are our own request",
    items={K[2]: "removed", K[3]: "removed"},
)

case(
    name="kumohost-ticket-solved-per-url",
    **{"from": "support@kumohost.example"},
    name_from="KumoHost Support",
    date=d("2024-09-06 11:20:00"),
    subject="[KumoHost] Ticket KH-88412 solved: Abuse report KCSC-240903-02",
    body=f"""
##- Please type your reply above this line -##

Ticket KH-88412 was updated by Minh Tran (KumoHost Abuse).

Status: Solved

Result per reported URL

[1] {K[0]}
    Page disabled by our staff.

[2] {K[1]}
    No action needed: this path does not exist on the server (404 in our
    access logs since August).

[3] {K[2]}
    No action. The customer supplied a valid online pharmacy licence and the
    product is sold without prescription. We see no breach of our AUP, so the
    page stays online.

[4] {K[3]}
    Removed from the customer's site.

You can view this ticket at https://support.kumohost.example/tickets/KH-88412
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk (Zendesk-style) ticket update with a result per URL",
    why="four records, status below each URL: disabled, does not exist, reasoned refusal, removed",
    items={K[0]: "removed", K[1]: "not_found", K[2]: "rejected", K[3]: "removed"},
)

case(
    name="kumohost-oncall-one-liner",
    **{"from": "jana.novak@kumohost.example"},
    name_from="Jana Novak",
    date=d("2024-09-04 02:10:19"),
    subject="Re: [KCSC-240903-02] Request to remove illegal content",
    reply_to_req=rid(R2),
    body=f"""
pulled <{K[2]}> from the customer's webroot just now. 119 is next once I get sign-off.

--
Jana (KumoHost abuse, on call)
""",
    outcome="applied", classification="confirmation",
    imitates="on-call abuse engineer's one-line reply, URL in angle brackets",
    why="item 118 removed; 119 is only a promise and stays pending",
    items={K[2]: "removed", K[3]: "pending"},
)

case(
    name="kumohost-hedged-customer-may-have-removed",
    **{"from": "abuse@kumohost.example"},
    name_from="KumoHost Abuse Team",
    date=d("2024-09-05 12:31:00"),
    subject="Re: [KCSC-240903-02] Request to remove illegal content [Abuse #KH-88413]",
    reply_to_req=rid(R2),
    body=f"""
Hello,

It looks like the customer may already have removed the two pharmacy pages
({K[2]} and {K[3]}); our crawler got a
redirect to the shop's front page this morning. We have asked the customer
to confirm and will update you once we hear back.

Regards,
KumoHost Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="abuse desk interim reply with a hedge ('looks like ... may have')",
    why="hedged observation, no statement: items pending",
    items={K[2]: "pending", K[3]: "pending"},
)

case(
    name="kumohost-forged-dmarc-fail",
    **{"from": "abuse@kumohost.example"},
    name_from="KumoHost Abuse Team",
    auth="fail",
    date=d("2024-09-04 08:02:14"),
    subject="Re: [KCSC-240903-02] Request to remove illegal content",
    reply_to_req=rid(R2),
    body=f"""
Hello,

Both pages below have been removed and the account is closed:

{K[0]}
{K[1]}

KumoHost Abuse Desk
""",
    outcome="review", review="untrusted",
    imitates="abuse-desk confirmation whose DKIM/SPF/DMARC fail (spoofed or broken relay)",
    why="platform domain but authentication fails: nothing applied",
    items={K[0]: "pending", K[1]: "pending"},
)

case(
    name="kumohost-reseller-unknown-sender",
    **{"from": "support@webnest-reseller.example"},
    name_from="WebNest Support",
    date=d("2024-09-05 09:55:00"),
    subject="Re: [KCSC-240903-02] Request to remove illegal content",
    body=f"""
Hello KCSC,

We resell KumoHost space to the owner of hanbit-pharm.example and KumoHost
passed your complaint on to us. We removed {K[2]}
from his account this morning.

WebNest Hosting (a KumoHost reseller)
""",
    outcome="review", review="unknown_sender",
    imitates="hosting reseller replying on behalf of the upstream host",
    why="the reseller's domain is not KumoHost's: unknown sender, nothing applied",
    items={K[2]: "pending"},
)

case(
    name="kumohost-ticket-receipt-echo",
    **{"from": "support@kumohost.example"},
    name_from="KumoHost Support",
    date=d("2024-09-03 11:00:58"),
    subject="[KumoHost] Abuse report received - ticket KH-88412",
    extra_headers=["Auto-Submitted: auto-generated", "Precedence: bulk"],
    body=f"""
This is an automatic message. Please do not change the subject line.

We have received your abuse report and opened ticket KH-88412.
Reference given: KCSC-240903-02

Reported URLs:
 - {K[0]}
 - {K[1]}
 - {K[2]}
 - {K[3]}

Our abuse team reviews reports in the order received, usually within two
business days. You will get an update when the ticket changes.

KumoHost Support
https://support.kumohost.example/tickets/KH-88412
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk auto-receipt echoing the report's URLs",
    why="pure receipt: echoes the report, states nothing about any item",
    items={},
)

case(
    name="kumohost-states-edgeveil-items",
    **{"from": "abuse@kumohost.example"},
    name_from="KumoHost Abuse Team",
    date=d("2024-09-06 15:15:00"),
    subject="Complaint forwarded by EdgeVeil (your ref KCSC-240904-03) [Abuse #KH-88530]",
    body=f"""
Hello,

EdgeVeil forwarded us your complaint about totomaru.example, whose origin
server is hosted with KumoHost.

We have disabled the site on our side:
{E[0]} - disabled
{E[1]} - disabled

Regards,
Minh Tran
KumoHost Abuse Desk
""",
    outcome="review", review="wrong_platform",
    imitates="origin host answering a complaint forwarded by the CDN",
    why="KumoHost states statuses for items requested from EdgeVeil: wrong platform, nothing applied",
    items={E[0]: "pending", E[1]: "pending"},
)

# ====================================================================
# EdgeVeil (CDN / reverse proxy), KCSC-240904-03, 3 items
# ====================================================================
R3 = "KCSC-240904-03"

case(
    name="edgeveil-country-restriction",
    **{"from": "abuse@edgeveil.example"},
    name_from="EdgeVeil Trust & Safety",
    date=d("2024-09-05 21:02:37"),
    subject="EdgeVeil abuse case EV-2024-77120 (KCSC-240904-03)",
    reply_to_req=rid(R3),
    body=f"""
Hello KCSC team,

Re: KCSC-240904-03

EdgeVeil does not host the origin content of these websites. In response to
your legal request we have nevertheless applied a country restriction at our
edge: from 5 September 2024 the URLs below can no longer be reached through
EdgeVeil from the Republic of Korea.

- {E[0]}
- {E[1]}

We could not find {E[2]} on our network: the hostname is not served by
EdgeVeil, so there is nothing for us to act on.

EdgeVeil Trust & Safety
https://edgeveil.example/trust/abuse-policy
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety reply: geo-blocking for a legal order, hostname not on the network",
    why="two URLs restricted in Korea; the third cannot be located on the platform (not_found)",
    items={E[0]: "restricted", E[1]: "restricted", E[2]: "not_found"},
)

EDGE_QP = f"""Hello,

Following up on EdgeVeil case EV-2024-77120 (your reference KCSC-240904-03): the hostname live-sportsbet.example was added to our network yesterday under a new account, so it is now served by EdgeVeil after all. We have blocked access from Korean IP addresses to {E[2]} as well; visitors from Korea receive an HTTP 451 page.

EdgeVeil Trust & Safety
"""

case(
    name="edgeveil-qp-followup-geoblock",
    **{"from": "abuse@edgeveil.example"},
    name_from="EdgeVeil Trust & Safety",
    date=d("2024-09-09 13:26:00"),
    subject="Update: EdgeVeil abuse case EV-2024-77120 (KCSC-240904-03)",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(EDGE_QP),
    outcome="applied", classification="confirmation",
    imitates="CDN follow-up in quoted-printable with long unwrapped lines (soft line breaks)",
    why="the third URL is now blocked for Korean visitors: restricted",
    items={E[2]: "restricted"},
)

case(
    name="edgeveil-not-host-forwarded",
    **{"from": "abuse@edgeveil.example"},
    name_from="EdgeVeil Trust & Safety",
    date=d("2024-09-04 10:02:00"),
    subject="EdgeVeil abuse case EV-2024-77120 received (KCSC-240904-03)",
    reply_to_req=rid(R3),
    body=f"""
Hello,

EdgeVeil received your abuse report about:

{E[0]}
{E[1]}

EdgeVeil provides a reverse proxy and content delivery network; we are not the
hosting provider of these websites and cannot remove material hosted by
others. We have forwarded your complaint to the website owner and to the
hosting provider, KumoHost (abuse@kumohost.example), who are best placed to
act on it. You may wish to contact them directly.

EdgeVeil Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN 'we do not host this, your report was forwarded to the host' reply",
    why="names the URLs and the request but states no status for them; a forward to the host decides nothing",
    items={E[0]: "pending", E[1]: "pending"},
)

case(
    name="edgeveil-use-the-form-autoreply",
    **{"from": "noreply@edgeveil.example"},
    name_from="EdgeVeil",
    date=d("2024-09-04 09:30:44"),
    subject="Re: [KCSC-240904-03] Request to remove illegal content",
    reply_to_req=rid(R3),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This is an automated reply. This mailbox is not monitored.

EdgeVeil does not process abuse complaints sent by email. To make sure your
report reaches the right team, please submit it through our abuse form at
https://edgeveil.example/abuse. Law enforcement and regulators can find the
right form at https://edgeveil.example/abuse/authorities.

EdgeVeil
""",
    outcome="ignored", classification="auto_reply",
    imitates="CDN automatic reply pointing to the web abuse form",
    why="automatic reply, names no item; the links are the platform's own forms",
    items={},
)

# ====================================================================
# DomainWell (registrar), KCSC-240905-04, 2 items
# ====================================================================
R4 = "KCSC-240905-04"

case(
    name="domainwell-clienthold-table",
    **{"from": "compliance@domainwell.example"},
    name_from="DomainWell Compliance",
    date=d("2024-09-10 08:15:00", UTC),
    subject="DomainWell abuse case DW-33107 - action taken (KCSC-240905-04)",
    reply_to_req=rid(R4),
    body=f"""
Dear Sir or Madam,

Ref: KCSC-240905-04 / DomainWell case DW-33107

Both domain names are registered through DomainWell. The registrant did not
answer our notice within the period given, so we set the status clientHold on
both names. They were removed from the zone and no longer resolve.

Domain                Reported URL                          Status
bet-hanul.example     {D[0]:<37} suspended (clientHold)
hanul-casino.example  {D[1]:<37} suspended (clientHold)

The registrant may contest this decision through
https://domainwell.example/legal/disputes.

Kind regards,
DomainWell Compliance Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar compliance notice: domains put on clientHold, fixed-width table",
    why="both domains stop resolving worldwide: each reported URL removed",
    items={D[0]: "removed", D[1]: "removed"},
)

case(
    name="domainwell-bare-domain-on-hold",
    **{"from": "r.ito@domainwell.example"},
    name_from="Rei Ito",
    date=d("2024-09-09 19:03:00"),
    subject="Re: [KCSC-240905-04] Request to remove illegal content",
    reply_to_req=rid(R4),
    body="""
FYI hanul-casino.example is on hold now and no longer resolves. Still waiting
on the registrant of the other name.

Rei / DomainWell Compliance
""",
    outcome="applied", classification="confirmation",
    imitates="registrar compliance officer's short note naming the domain only",
    why="the domain is named, not the URL; it identifies the one item on it, which is made unavailable",
    items={D[1]: "removed", D[0]: "pending"},
)

case(
    name="domainwell-declines-content-complaint",
    **{"from": "compliance@domainwell.example"},
    name_from="DomainWell Compliance",
    date=d("2024-09-06 07:40:00", UTC),
    subject="DomainWell case DW-33108 (KCSC-240905-04)",
    reply_to_req=rid(R4),
    body=f"""
Hello,

Thank you for contacting DomainWell Compliance about {D[0]} (your
reference KCSC-240905-04).

As a registrar we act on DNS abuse: phishing, malware, botnets, pharming, and
spam used to carry these. Disputes about what a website publishes have to be
settled with the hosting provider or by a court order. We found no DNS abuse
for this name and will not suspend it; the domain stays active.

Kind regards,
DomainWell Compliance Team
https://domainwell.example/legal/abuse-policy
""",
    outcome="applied", classification="confirmation",
    imitates="registrar refusal: content complaints are not DNS abuse",
    why="explicit refusal with its reason, the domain stays active: rejected",
    items={D[0]: "rejected"},
)

case(
    name="domainwell-conditional-suspension",
    **{"from": "compliance@domainwell.example"},
    name_from="DomainWell Compliance",
    date=d("2024-09-06 03:00:00", UTC),
    subject="DomainWell case DW-33107 (KCSC-240905-04) - registrant notified",
    reply_to_req=rid(R4),
    body=f"""
Hello,

We have notified the registrant of bet-hanul.example and hanul-casino.example
({D[0]}, {D[1]}).
If we do not receive a satisfactory answer within five days, both names will
be placed on hold.

DomainWell Compliance Team
""",
    outcome="review", review="not_understood",
    imitates="registrar interim notice: registrant notified, suspension on condition",
    why="a condition and a promise, no statement: items pending",
    items={D[0]: "pending", D[1]: "pending"},
)

case(
    name="domainwell-case-receipt",
    **{"from": "noreply@domainwell.example"},
    name_from="DomainWell",
    date=d("2024-09-05 10:01:30"),
    subject="Your complaint has been received [DW-33107]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Thank you. Your complaint has been received and given the case number
DW-33107. A member of our compliance team will respond within two business
days. Please quote the case number in any further correspondence.

DomainWell Compliance
""",
    outcome="ignored", classification="acknowledgement",
    imitates="registrar case-number receipt",
    why="pure acknowledgement with a case number",
    items={},
)

# ====================================================================
# Pixelboard (image board), KCSC-240906-05, 5 items
# ====================================================================
R5 = "KCSC-240906-05"

case(
    name="pixelboard-janitor-url-then-status",
    **{"from": "kai@pixelboard.example"},
    name_from="kai (pixelboard mod)",
    date=d("2024-09-06 23:58:01"),
    subject="Re: [KCSC-240906-05] Request to remove illegal content",
    reply_to_req=rid(R5),
    body=f"""
{P[0]}
deleted, poster banned

{P[1]}
deleted

{P[3]}
file purged from storage, hash added to the filter

rest tomorrow
- kai
""",
    outcome="applied", classification="confirmation",
    imitates="image-board moderator's terse reply, bare URL with the action on the line below",
    why="three records, each a past action: removed",
    items={P[0]: "removed", P[1]: "removed", P[3]: "removed"},
)

case(
    name="pixelboard-pruned-and-kept",
    **{"from": "admin@pixelboard.example"},
    name_from="pixelboard admin",
    date=d("2024-09-07 12:14:00"),
    subject="Re: [KCSC-240906-05] Request to remove illegal content",
    reply_to_req=rid(R5),
    body=f"""
hi,

{P[2]} - that thread isn't there anymore. /b/ prunes after 200 threads and it fell off on the 5th, before your mail. nothing to delete.

{P[4]} is a drawing thread. we went through every post, nothing in there breaks our rules or korean law as far as we can tell, so it stays up.

- admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin's informal reply: thread pruned, another kept with a reason",
    why="pruned thread gone before the request: not_found; kept with its reason: rejected",
    items={P[2]: "not_found", P[4]: "rejected"},
)

REQ5_QUOTE = gt(request_text_en(R5, P))

case(
    name="pixelboard-gmail-topposted-region-lock",
    **{"from": "kai@pixelboard.example"},
    name_from="kai (pixelboard mod)",
    date=d("2024-09-08 20:30:00"),
    subject="Re: [KCSC-240906-05] Request to remove illegal content",
    reply_to_req=rid(R5),
    body=f"""
the drawing thread ({P[4]}) is region-locked now, posters from KR IPs get a 451. the others are being handled by the admin.

On Fri, 6 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{REQ5_QUOTE}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply over the '>' quoted request",
    why="one URL restricted in Korea; the five quoted URLs are our own request; 'others being handled' names none",
    items={P[4]: "restricted"},
)

case(
    name="pixelboard-statement-of-reasons",
    **{"from": "legal@pixelboard.example"},
    name_from="Pixelboard Legal",
    date=d("2024-09-09 16:00:00"),
    subject="Statement of reasons - notice PB-N-2024-0419 (KCSC-240906-05)",
    reply_to_req=rid(R5),
    body=f"""
Statement of reasons
Notice: PB-N-2024-0419, submitted by the Korea Communications Standards
Commission (reference KCSC-240906-05)

Decision 1
  Content:            {P[0]}
  Decision:           removal of the content
  Territorial scope:  worldwide
  Facts relied on:    the thread publishes a private person's home address
                      and phone number
  Ground:             illegal content; also against rule 3 of the board rules
  Automated means:    none used for the decision

Decision 2
  Content:            {P[1]}
  Decision:           disabling of access in one country
  Territorial scope:  Republic of Korea
  Facts relied on:    images found unlawful under Korean law only
  Ground:             illegal content
  Automated means:    none used for the decision

Redress: the uploader may appeal at https://pixelboard.example/legal/appeal.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons (removal vs. disabling in one country)",
    why="worldwide removal: removed; disabling in Korea only: restricted; the appeal page is not an item",
    items={P[0]: "removed", P[1]: "restricted"},
)

case(
    name="pixelboard-under-review",
    **{"from": "kai@pixelboard.example"},
    name_from="kai (pixelboard mod)",
    date=d("2024-09-06 14:45:00"),
    subject="Re: [KCSC-240906-05] Request to remove illegal content",
    reply_to_req=rid(R5),
    body=f"""
got it. both /k/ threads are under review by the mod team:
{P[0]}
{P[1]}
we usually decide within 72h. will write back.
""",
    outcome="review", review="not_understood",
    imitates="moderator's informal 'under review' note",
    why="under review is no statement: items pending",
    items={P[0]: "pending", P[1]: "pending"},
)

case(
    name="pixelboard-contact-change-notice",
    **{"from": "legal@pixelboard.example"},
    name_from="Pixelboard Legal",
    date=d("2024-09-12 09:00:00"),
    subject="Change of our legal contact address",
    body="""
Hello,

From 1 October 2024 notices and official requests for Pixelboard should be
sent to legal-requests@pixelboard.example. Mail to the old address will be
forwarded for 90 days.

Thank you,
Pixelboard Legal
https://pixelboard.example/legal
""",
    outcome="review", review="no_claims",
    imitates="platform notice of a changed legal contact",
    why="trusted platform mail, no item and no request named",
    items={},
)

case(
    name="pixelboard-mdn-displayed",
    **{"from": "kai@pixelboard.example"},
    name_from="kai (pixelboard mod)",
    date=d("2024-09-06 11:12:09"),
    subject="Return Receipt (displayed) - [KCSC-240906-05] Request to remove illegal content",
    raw_mime=multipart([
        (TEXT_8BIT, """This is a Return Receipt for the mail that you sent to kai@pixelboard.example.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
"""),
        (["Content-Type: message/disposition-notification; name=\"MDNPart2.txt\"",
          "Content-Disposition: inline"],
         """Reporting-UA: pixelboard.example; Thunderbird 115.14.0
Final-Recipient: rfc822;kai@pixelboard.example
Original-Message-ID: <req-240906-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
"""),
    ], "------------mdn0906kai", "report", "; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird return receipt (MDN, displayed)",
    why="read receipt: ignored",
    items={},
)

# ====================================================================
# SendBin (file host), KCSC-240909-06, 4 items
# ====================================================================
R6 = "KCSC-240909-06"

case(
    name="sendbin-fixed-width-report",
    **{"from": "abuse@sendbin.example"},
    name_from="SendBin Abuse",
    date=d("2024-09-10 11:30:00"),
    subject="Takedown report for KCSC-240909-06 (ticket 55013)",
    reply_to_req=rid(R6),
    body=f"""
Takedown report for KCSC-240909-06 (SendBin ticket 55013)

LINK                                   RESULT      DATE (UTC)
{S[0]:<38} REMOVED     2024-09-10 02:14
{S[1]:<38} REMOVED     2024-09-10 02:14
{S[2]:<38} NOT FOUND   -  (expired 2024-08-30, purged by retention)
{S[3]:<38} REMOVED     2024-09-10 02:16  (folder and its 14 files)

Repeat-infringer policy: https://sendbin.example/legal/repeat-infringers
""",
    outcome="applied", classification="confirmation",
    imitates="file host's automated takedown report, fixed-width plain-text columns",
    why="one row per link: three removed, one expired before the request (not_found)",
    items={S[0]: "removed", S[1]: "removed", S[2]: "not_found", S[3]: "removed"},
)

CSV_SB = "\n".join([
    "url,result,date,comment",
    f"{S[0]},deleted,2024-09-11,",
    f"{S[1]},deleted,2024-09-11,",
    f"{S[2]},not found,,no file with this id",
    f"{S[3]},blocked in KR,2024-09-11,folder unavailable from South Korea only",
]) + "\n"

case(
    name="sendbin-csv-attachment",
    **{"from": "abuse@sendbin.example"},
    name_from="SendBin Abuse",
    date=d("2024-09-11 18:05:00"),
    subject="Re: [KCSC-240909-06] Request to remove illegal content",
    reply_to_req=rid(R6),
    raw_mime=multipart([
        (["Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit"],
         "Hello,\n\nResults for your request are in the attached CSV.\n\nSendBin Abuse Team\n"),
        (["Content-Type: text/csv; name=\"KCSC-240909-06.csv\"",
          "Content-Transfer-Encoding: base64",
          "Content-Disposition: attachment; filename=\"KCSC-240909-06.csv\""],
         b64(CSV_SB.encode("ascii"))),
    ], "sb-5f2a0c7e"),
    outcome="applied", classification="confirmation",
    imitates="abuse desk exporting its case rows as a CSV attachment",
    why="one row per link: deleted, deleted, not found, blocked in Korea only",
    items={S[0]: "removed", S[1]: "removed", S[2]: "not_found", S[3]: "restricted"},
)

SB_B64 = f"""Hello,

About your request KCSC-240909-06:

The file at {S[1]} has been disabled and the uploader's account closed.

{S[0]} is still with our legal team because the uploader has filed a counter-notice; no decision has been made on it yet.

Kind regards,
SendBin Support
"""

case(
    name="sendbin-base64-one-done-one-open",
    **{"from": "support@sendbin.example"},
    name_from="SendBin Support",
    date=d("2024-09-12 10:10:10"),
    subject="Re: [KCSC-240909-06] Request to remove illegal content",
    reply_to_req=rid(R6),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(SB_B64.encode("utf-8")),
    outcome="applied", classification="confirmation",
    imitates="support reply sent with a base64 text body (webmail default)",
    why="Q7mP2kd disabled: removed; Ab3xZ9q awaiting a decision stays pending",
    items={S[1]: "removed", S[0]: "pending"},
)

case(
    name="sendbin-ack-plus-takedown",
    **{"from": "abuse@sendbin.example"},
    name_from="SendBin Abuse",
    date=d("2024-09-09 15:22:00"),
    subject="Re: [KCSC-240909-06] Request to remove illegal content",
    reply_to_req=rid(R6),
    body=f"""
Thanks for the report, we've opened ticket SB-4471 for it.

We've already taken down {S[0]} and {S[2]}.
The folder link will be looked at by our abuse team today.

SendBin Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk receipt that also reports first takedowns",
    why="an acknowledgement phrase plus unhedged takedowns of two files; the folder is only a promise",
    items={S[0]: "removed", S[2]: "removed", S[3]: "pending"},
)

case(
    name="sendbin-bulk-all-disabled",
    **{"from": "abuse@sendbin.example"},
    name_from="SendBin Abuse",
    date=d("2024-09-10 09:00:00"),
    subject="Re: [KCSC-240909-06] Request to remove illegal content",
    reply_to_req=rid(R6),
    body="""
Hello,

All files and folders listed in your notice have been disabled.

SendBin Abuse Team
""",
    outcome="review", review="bulk",
    imitates="file host's one-line completion reply",
    why="one statement for four items without naming them: bulk review",
    items={u: "pending" for u in S},
)

case(
    name="sendbin-asks-for-folder-key",
    **{"from": "abuse@sendbin.example"},
    name_from="SendBin Abuse",
    date=d("2024-09-09 17:40:00"),
    subject="Re: [KCSC-240909-06] Request to remove illegal content - more information needed",
    reply_to_req=rid(R6),
    body=f"""
Hello,

We could not open {S[3]}: folder links only work with
their access key (the part after the # sign), which we do not store. Please
send us the complete link exactly as it was shared so that we can identify
the folder.

SendBin Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="file host asking for the full share link (with key) before acting",
    why="the platform asks for more information about the folder; nothing decided",
    items={S[3]: "pending"},
)

ORIG_SB = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: legal@sendbin.example",
    "Subject: [KCSC-240909-06] Request to remove illegal content",
    "Date: Mon, 09 Sep 2024 10:00:00 +0900",
    "Message-ID: <req-240909-06@kcsc.example>",
    "Content-Type: text/plain; charset=utf-8",
    "",
    request_text_en(R6, S),
])

case(
    name="sendbin-dsn-no-such-user",
    **{"from": "MAILER-DAEMON@sendbin.example"},
    name_from="Mail Delivery System",
    date=d("2024-09-09 01:00:03", UTC),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=multipart([
        (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
         """This is the mail system at host mx1.sendbin.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<legal@sendbin.example>: host mail.sendbin.example[203.0.113.25] said: 550
    5.1.1 <legal@sendbin.example>: Recipient address rejected: User unknown
"""),
        (["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
         """Reporting-MTA: dns; mx1.sendbin.example
Arrival-Date: Mon,  9 Sep 2024 01:00:01 +0000 (UTC)

Final-Recipient: rfc822; legal@sendbin.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal@sendbin.example>: Recipient address
    rejected: User unknown
"""),
        (["Content-Description: Undelivered Message", "Content-Type: message/rfc822"], ORIG_SB),
    ], "B3C1F1A0E2.1725843603/mx1.sendbin.example", "report", "; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) returning the request with its URLs",
    why="bounce: the URLs are only in the returned request",
    items={},
)

# ====================================================================
# Pastelet (paste service), KCSC-240910-07, 1 item
# ====================================================================
R7 = "KCSC-240910-07"

case(
    name="pastelet-all-gone-one-item",
    **{"from": "root@pastelet.example"},
    name_from="pastelet admin",
    date=d("2024-09-10 13:37:00"),
    subject="Re: [KCSC-240910-07] Request to remove illegal content",
    reply_to_req=rid(R7),
    body="""
gone. everything you reported is deleted and the paste id is blacklisted so it can't come back.

-- pastelet admin (one-person service, sorry for the short answer)
""",
    outcome="applied", classification="confirmation",
    imitates="one-person service's terse reply",
    why="a bulk statement for a one-item request applies to that item",
    items={T[0]: "removed"},
)

case(
    name="pastelet-out-of-office",
    **{"from": "root@pastelet.example"},
    name_from="pastelet admin",
    date=d("2024-09-10 10:00:20"),
    subject="Auto: away until 16 September (Re: [KCSC-240910-07] Request to remove illegal content)",
    reply_to_req=rid(R7),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
I'm travelling until 16 September with very limited access to email.
Reports about pastes will be handled when I'm back.
""",
    outcome="ignored", classification="auto_reply",
    imitates="vacation auto-reply of a one-person service",
    why="out-of-office auto-reply",
    items={},
)

HEADER = """# Blind set 271 (hosts, CDN, registrar, forums, image board, file host,
# paste service; informal replies, CSV attachments, plain-text tables).
# Generated by make.py; expected results written from each email's meaning
# before any run of the reader."""

def encode_headers(cases):
    """Korean display names and subjects go out RFC 2047-encoded, as real
    mailers send them."""
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v and not v.isascii():
                c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    encode_headers(CASES)
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print("%d cases" % len(CASES))
