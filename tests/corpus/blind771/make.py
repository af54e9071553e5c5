#!/usr/bin/env python3
"""Blind set 771: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Clien, Ppomppu, plus Nate and Inven mail that
only reaches the mailbox), mixing Korean and English, with the doubtful and
ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind771/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written in our own words; expected results were
written from each email's meaning before the reader was ever run on it.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind771"


def enc(s):
    """RFC 2047 for non-ASCII header text (what most Korean mailers send)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def pct(url):
    return quote(url, safe=":/?&=-_.~%")


# ---------------------------------------------------------------- requests
N = [
    "https://blog.naver.com/moonriver_77/223551020481",
    "https://blog.naver.com/moonriver_77/223551020907",
    "https://blog.naver.com/gold_pig_trade/223548871120",
    "https://cafe.naver.com/happystocklounge/88213",
    "https://cafe.naver.com/happystocklounge/88240",
    "https://cafe.naver.com/joonggobikes/410522",
    "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40402&docId=471120335",
    "https://blog.naver.com/sunny_deal_kr/223560114378",
    "https://cafe.naver.com/sportstotoinfo/12077",
    "https://blog.naver.com/bluefox_0312/223549900215",
    "https://tv.naver.com/v/58810347",
    "https://cafe.naver.com/sportstotoinfo/12081",
]
D_RAW3 = "https://hanbit-notes.tistory.com/entry/비트코인-리딩방-초대"
D_RAW4 = "https://hanbit-notes.tistory.com/entry/무료-종목-추천"
D = [
    "https://cafe.daum.net/redmoon_club/Xq3f/1182",
    "https://cafe.daum.net/redmoon_club/Xq3f/1190",
    pct(D_RAW3),
    pct(D_RAW4),
    "https://cafe.daum.net/stockcoach/Ab12/77",
]
C = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912034",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=551203",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=551377",
    "https://gall.dcinside.com/mini/board/view/?id=hwaryeon&no=20931",
]
S = [
    "https://vod.sooplive.co.kr/player/131150227",
    "https://vod.sooplive.co.kr/player/131152904",
    "https://ch.sooplive.co.kr/neonpanda92/post/118840213",
]
F = ["https://www.fmkorea.com/7301188452", "https://www.fmkorea.com/7301192270"]
L = ["https://www.clien.net/service/board/park/18812345"]
P = [
    "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120334",
    "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4410872",
]

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240902-01", "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", N,
     "illegal_gambling", "sports betting and stock-tip adverts on blogs, cafes, KnowledgeiN, NAVER TV"),
    ("KCSC-240903-02", "daum", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", D,
     "financial_fraud", "Daum cafe and Tistory stock 'reading room' solicitations"),
    ("KCSC-240904-03", "dcinside", "2024-09-04T14:10:00+09:00", "2024-09-11T18:00:00+09:00", C,
     "privacy", "personal data of a private person posted in galleries"),
    ("KCSC-240905-04", "soop", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", S,
     "obscenity", "VODs and a channel post"),
    ("KCSC-240906-05", "fmkorea", "2024-09-06T09:30:00+09:00", "2024-09-13T18:00:00+09:00", F,
     "defamation", "two posts naming a private person"),
    ("KCSC-240909-06", "clien", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", L,
     "privacy", "one post"),
    ("KCSC-240910-07", "ppomppu", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", P,
     "illegal_trade", "counterfeit goods and unlicensed SIM resale"),
]


def mid(ref):
    return f"{ref}.req"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def request_body(ref, urls, due):
    lines = [
        f"[방송통신심의위원회] 시정요구 통지 ({ref})",
        "",
        "귀사 서비스에 게재된 아래 정보가 심의 결과 불법정보에 해당하여 시정요구하오니,",
        "조치 후 그 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", f"회신 기한: {due}", "방송통신심의위원회 통신심의국 드림"]
    return lines


def gmail_quote(attrib, ref, urls, due):
    return attrib + "\n" + "\n".join(("> " + l).rstrip() for l in request_body(ref, urls, due))


def outlook_quote(sent, subject, ref, urls, due):
    head = [
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {sent}",
        "To: report@kakaocorp.com",
        f"Subject: {subject}",
        "",
    ]
    return "\n".join(head + request_body(ref, urls, due))


# ---------------------------------------------------------------- MIME helpers
def alt(name, plain, html):
    b = f"=_alt_{name}"
    return (
        f'Content-Type: multipart/alternative; boundary="{b}"\n\n'
        f"--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{plain.strip()}\n\n"
        f"--{b}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{html.strip()}\n\n--{b}--\n"
    )


def html_only(html):
    return (
        "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        + html.strip() + "\n"
    )


def b64_text(text):
    data = base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + data


def qp_text(text):
    data = quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return ("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            + data)


def with_csv(name, text, rows, filename):
    b = f"=_mix_{name}"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    data = base64.encodebytes(buf.getvalue().encode("utf-8")).decode("ascii")
    return (
        f'Content-Type: multipart/mixed; boundary="{b}"\n\n'
        f"--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n\n"
        f'--{b}\nContent-Type: text/csv; charset=utf-8; name="{filename}"\n'
        f'Content-Disposition: attachment; filename="{filename}"\n'
        f"Content-Transfer-Encoding: base64\n\n{data}\n--{b}--\n"
    )


def table(headers, rows):
    h = "".join(f'<th style="border:1px solid #999;padding:4px">{x}</th>' for x in headers)
    body = ""
    for r in rows:
        body += "<tr>" + "".join(f'<td style="border:1px solid #999;padding:4px">{x}</td>' for x in r) + "</tr>\n"
    return (f'<table style="border-collapse:collapse;font-size:13px">\n<tr>{h}</tr>\n{body}</table>')


def link(u):
    return f'<a href="{u.replace("&", "&amp;")}">{u.replace("&", "&amp;")}</a>'


# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    if "subject" in kw:
        kw["subject"] = enc(kw["subject"])
    if "name_from" in kw:
        kw["name_from"] = enc(kw["name_from"])
    cases.append(kw)


R1, R2, R3, R4, R5, R6, R7 = (r[0] for r in REQUESTS)

# ======================= NAVER (KCSC-240902-01, 12 items) =======================
c01_rows = [
    ("1", N[0], "삭제", "-"),
    ("2", N[1], "삭제", "-"),
    ("3", N[2], "게시중단", "블로그 운영정책 위반"),
    ("4", N[3], "임시조치(30일)", "카페 게시글 열람 제한"),
    ("5", N[4], "게시물 없음", "작성자가 이미 삭제함"),
    ("6", N[5], "조치 불가", "위반 사항이 확인되지 않아 게시 유지"),
]
c01_plain = (
    "안녕하세요, 네이버 정책지원팀입니다.\n\n"
    f"귀 위원회의 시정요구({R1})에 대한 조치 결과를 아래와 같이 회신드립니다.\n\n"
    + "\n".join(f"{a}. {b}  [{c}] {d}" for a, b, c, d in c01_rows)
    + "\n\n※ 나머지 6건은 담당 서비스에서 확인 중이며, 결과가 나오는 대로 별도로 회신드리겠습니다.\n"
    "※ 네이버 운영정책: https://policy.naver.com/policy/service.html\n\n"
    "네이버 정책지원팀 드림"
)
c01_html = (
    '<html><body style="font-family:Malgun Gothic,sans-serif">'
    "<p>안녕하세요, 네이버 정책지원팀입니다.</p>"
    f"<p>귀 위원회의 시정요구({R1})에 대한 조치 결과를 아래와 같이 회신드립니다.</p>\n"
    + table(["번호", "URL", "조치 결과", "비고"], [(a, link(b), c, d) for a, b, c, d in c01_rows])
    + "\n<p>※ 나머지 6건은 담당 서비스에서 확인 중이며, 결과가 나오는 대로 별도로 회신드리겠습니다.<br>"
    '※ <a href="https://policy.naver.com/policy/service.html">네이버 운영정책</a></p>'
    "<p>네이버 정책지원팀 드림</p></body></html>"
)
case(
    name="naver-kcsc-result-table-html",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Thu, 05 Sep 2024 16:40:12 +0900",
    subject=f"[NAVER] 시정요구 조치결과 회신 ({R1})",
    reply_to_req=mid(R1),
    raw_mime=alt("c01", c01_plain, c01_html),
    outcome="applied",
    imitates="Korean portal 시정요구 조치결과 table (번호/URL/조치 결과/비고), HTML with a plain-text alternative",
    why="six rows with six different results; the other six items are only promised a later answer",
    items={N[0]: "removed", N[1]: "removed", N[2]: "removed", N[3]: "restricted",
           N[4]: "not_found", N[5]: "rejected"},
)

case(
    name="naver-korean-list-toppost",
    **{"from": "rights@navercorp.com"},
    name_from="네이버 권리보호센터",
    date="Fri, 06 Sep 2024 11:02:44 +0900",
    subject=f"RE: [방송통신심의위원회] 시정요구 통지 ({R1})",
    reply_to_req=mid(R1),
    body=(
        "안녕하세요. 네이버 권리보호센터 담당자입니다.\n\n"
        f"{R1} 건 중 지식iN, 블로그, 카페 게시물 3건의 처리 결과를 먼저 안내드립니다.\n\n"
        f"1. {N[6]}\n   → 답변 삭제 완료\n"
        f"2. {N[7]}\n   → 임시조치 (30일간 게시 제한)\n"
        f"3. {N[8]}\n   → 카페 운영원칙 위반으로 운영자 삭제\n\n"
        "감사합니다.\n\n"
        + gmail_quote("2024년 9월 2일 (월) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:",
                      R1, N, "2024-09-09")
    ),
    outcome="applied",
    imitates="NAVER rights-protection reply top-posted over a Gmail-quoted request, numbered list with the result on the line below each URL",
    why="three named items with results (삭제, 임시조치, 운영자 삭제); the quoted request's twelve URLs are not statements",
    items={N[6]: "removed", N[7]: "restricted", N[8]: "removed"},
)

case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy",
    date="Mon, 09 Sep 2024 09:15:03 +0900",
    subject=f"[NAVER] {R1} 처리결과 송부",
    reply_to_req=mid(R1),
    raw_mime=with_csv(
        "c03",
        "안녕하세요, 네이버 정책지원팀입니다.\n\n"
        f"{R1} 시정요구 중 블로그·동영상·카페 3건의 처리 결과를 첨부 파일로 송부드립니다.\n"
        "문의 사항이 있으시면 회신 부탁드립니다.\n\n네이버 정책지원팀",
        [["번호", "URL", "처리결과", "처리일자"],
         ["10", N[9], "삭제", "2024-09-06"],
         ["11", N[10], "연령제한(19세 이상)", "2024-09-06"],
         ["12", N[11], "게시물 없음", "2024-09-06"]],
        "KCSC-240902-01_result.csv",
    ),
    outcome="applied",
    imitates="portal result sheet sent as a CSV attachment (번호,URL,처리결과,처리일자)",
    why="attachment rows: 삭제 -> removed, 연령제한 -> restricted, 게시물 없음 -> not_found",
    items={N[9]: "removed", N[10]: "restricted", N[11]: "not_found"},
)

case(
    name="naver-bulk-all-done",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Tue, 10 Sep 2024 17:20:00 +0900",
    subject=f"Re: 시정요구 통지 ({R1})",
    reply_to_req=mid(R1),
    body=(
        "안녕하세요. 네이버 정책지원팀입니다.\n\n"
        f"{R1}로 요청하신 게시물 12건 전체에 대하여 게시중단 조치를 완료하였음을 알려드립니다.\n"
        "앞으로도 건전한 인터넷 환경 조성을 위해 노력하겠습니다.\n\n"
        "감사합니다."
    ),
    outcome="review",
    review="bulk",
    imitates="NAVER one-line 조치 완료 reply covering a whole request",
    why="'all 12 posts' names no item of a twelve-item request: bulk, nothing applied",
    items={u: "pending" for u in N},
)

case(
    name="naver-promise-sequential",
    **{"from": "rights@navercorp.com"},
    name_from="NAVER Rights Protection",
    date="Wed, 04 Sep 2024 15:33:21 +0900",
    subject=f"[NAVER] 시정요구 검토 현황 안내 ({R1})",
    reply_to_req=mid(R1),
    body=(
        "안녕하세요, 네이버 권리보호센터입니다.\n\n"
        "요청하신 게시물 중 아래 3건은 현재 블로그 담당 부서에서 검토 중입니다.\n"
        "검토가 끝나는 대로 운영정책에 따라 게시중단 조치될 예정이며, 결과는 다시 안내드리겠습니다.\n\n"
        f"- {N[0]}\n- {N[1]}\n- {N[2]}\n\n"
        "The three blog posts above are still being reviewed; we will let you know the outcome.\n\n"
        "네이버 권리보호센터"
    ),
    outcome="review",
    review="not_understood",
    imitates="NAVER interim status notice (검토 중, 조치될 예정)",
    why="under review and a promise (조치될 예정): no statement, the three named posts stay pending",
    items={N[0]: "pending", N[1]: "pending", N[2]: "pending"},
)

case(
    name="naver-inquiry-receipt",
    **{"from": "help@help.naver.com"},
    name_from="네이버 고객센터",
    date="Mon, 02 Sep 2024 10:03:51 +0900",
    subject="[네이버 고객센터] 문의가 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=(
        "안녕하세요. 네이버 고객센터입니다.\n\n"
        "보내주신 문의가 정상적으로 접수되었습니다.\n\n"
        "  접수번호 : 2409-0211-83270\n"
        f"  문의제목 : 시정요구 통지 ({R1})\n"
        "  접수일시 : 2024.09.02 10:03\n\n"
        "담당자가 확인 후 영업일 기준 1~3일 이내에 메일로 답변드리겠습니다.\n"
        "접수하신 문의 내역은 https://help.naver.com/myinquiry 에서 확인하실 수 있습니다.\n\n"
        "※ 본 메일은 발신 전용입니다."
    ),
    outcome="ignored",
    classification="acknowledgement",
    imitates="NAVER customer-centre inquiry receipt (접수번호, 영업일 기준 답변 안내)",
    why="a pure receipt with a ticket number; the only link is the help centre's inquiry page",
    items={},
)

case(
    name="naver-forged-auth-fail",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy Team",
    auth="fail",
    date="Sat, 07 Sep 2024 02:14:09 +0900",
    subject=f"Re: {R1} removal result",
    body=(
        "Dear KCSC,\n\n"
        "Please be informed that the two blog posts below have been deleted from NAVER Blog:\n\n"
        f"{N[0]}\n{N[1]}\n\n"
        "To view the full report please sign in at http://naver-policy-report.example/login\n\n"
        "NAVER Policy Team"
    ),
    outcome="review",
    review="untrusted",
    imitates="phishing-style mail using NAVER's domain with failing DKIM/SPF/DMARC",
    why="navercorp.com but authentication fails: nothing applied",
    items={N[0]: "pending", N[1]: "pending"},
)

case(
    name="naver-base64-particles",
    **{"from": "cafe-blog@navercorp.com"},
    name_from="네이버 블로그·카페 운영팀",
    date="Fri, 06 Sep 2024 18:47:30 +0900",
    subject=f"[네이버] 게시물 조치 결과 안내 ({R1})",
    reply_to_req=mid(R1),
    raw_mime=b64_text(
        "안녕하세요. 네이버 블로그·카페 운영팀입니다.\n\n"
        "방송통신심의위원회에서 요청하신 게시물에 대하여 다음과 같이 조치하였습니다.\n\n"
        f"{N[2]} 게시물은 블로그 운영정책 위반으로 게시중단 처리했습니다.\n"
        f"또한 {N[4]}（카페 게시글）은 임시조치하였습니다.\n"
        f"{N[9]}은 비공개 처리되었습니다.\n\n"
        "추가 문의는 이 메일로 회신해 주십시오.\n감사합니다."
    ),
    outcome="applied",
    imitates="NAVER operations-team notice in a base64 body, URLs followed by Korean particles and full-width brackets",
    why="게시중단 -> removed, 임시조치 -> restricted, 비공개 처리 -> removed; each URL ends where the Korean text begins",
    items={N[2]: "removed", N[4]: "restricted", N[9]: "removed"},
)

case(
    name="naver-hedge-appears",
    **{"from": "rights@navercorp.com"},
    name_from="NAVER Rights Protection",
    date="Thu, 05 Sep 2024 13:10:55 +0900",
    subject=f"RE: {R1} - cafe post",
    reply_to_req=mid(R1),
    body=(
        "Hello,\n\n"
        f"Regarding {N[11]} in request {R1}:\n"
        "it appears the post may have been deleted by the cafe member before our review started.\n"
        "We have not been able to confirm this on our side yet and will get back to you.\n\n"
        "Best regards,\nNAVER Rights Protection Center"
    ),
    outcome="review",
    review="not_understood",
    imitates="abuse-desk interim reply with a hedge ('it appears ... may have been deleted')",
    why="hedged and unconfirmed: the named post stays pending",
    items={N[11]: "pending"},
)

case(
    name="naver-no-claims-notice",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Wed, 11 Sep 2024 10:00:00 +0900",
    subject="[NAVER] 기관 게시중단 요청 접수 창구 변경 안내",
    body=(
        "안녕하세요, 네이버 정책지원팀입니다.\n\n"
        "2024년 10월 1일부터 공공기관의 게시중단·시정요구 접수 창구가 기관 전용 포털로 일원화됩니다.\n"
        "기존 메일 접수는 10월 31일까지 병행 운영되며, 이후에는 포털을 통해서만 접수가 가능합니다.\n\n"
        "  기관 전용 포털: https://partners.naver.com/agency\n"
        "  이용 안내: https://help.naver.com/agency-guide\n\n"
        "이용에 참고 부탁드립니다. 감사합니다."
    ),
    outcome="review",
    review="no_claims",
    imitates="portal notice to agencies about a change of submission channel",
    why="trusted NAVER mail naming no requested item and no request; its links are NAVER's own help pages",
    items={},
)

case(
    name="naver-english-url-below",
    **{"from": "legal-kr@navercorp.com"},
    name_from="NAVER Legal",
    date="Thu, 05 Sep 2024 20:05:41 +0900",
    subject=f"Your request {R1}",
    reply_to_req=mid(R1),
    body=(
        "Dear Sir or Madam,\n\n"
        f"Thank you for your request {R1}. After reviewing it we have disabled access to the following blog post:\n"
        f"{N[0]}\n\n"
        "The following post was also removed for violating the NAVER Blog Operating Policy:\n"
        f"{N[1]}\n\n"
        "We reviewed the post below and found that it does not violate our policies or the law cited in\n"
        "your request. It will therefore remain available:\n"
        f"{N[9]}\n\n"
        "If you disagree with this decision you may send us additional information.\n\n"
        "Kind regards,\nNAVER Legal Team"
    ),
    outcome="applied",
    imitates="English legal-team decision letter with each URL on the line below its statement",
    why="disabled access -> removed, removed -> removed, does not violate / remain available -> rejected",
    items={N[0]: "removed", N[1]: "removed", N[9]: "rejected"},
)

case(
    name="naver-gmail-restricted-and-gone",
    **{"from": "cafe-op@navercorp.com"},
    name_from="네이버 카페 운영팀",
    date="Sat, 07 Sep 2024 10:21:07 +0900",
    subject=f"Re: [방송통신심의위원회] 시정요구 통지 ({R1})",
    reply_to_req=mid(R1),
    body=(
        "안녕하세요, 네이버 카페 운영팀입니다.\n\n"
        f"{N[3]} 게시글은 임시조치하여 현재 카페 회원 외 열람이 제한되어 있습니다.\n\n"
        f"{N[5]} 의 경우 작성자가 스스로 삭제하여 현재 존재하지 않는 게시물입니다.\n\n"
        "나머지 카페 게시물은 확인 후 별도 안내드리겠습니다.\n\n"
        + gmail_quote("2024년 9월 2일 (월) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:",
                      R1, N[3:6], "2024-09-09")
    ),
    outcome="applied",
    imitates="NAVER cafe team prose reply over a Gmail-quoted request",
    why="임시조치/열람 제한 -> restricted; deleted by its author -> not_found; 88240 only quoted",
    items={N[3]: "restricted", N[5]: "not_found"},
)

case(
    name="naver-tv-age-restricted",
    **{"from": "tv-support@navercorp.com"},
    name_from="NAVER TV",
    date="Fri, 06 Sep 2024 14:55:18 +0900",
    subject=f"[NAVER TV / 지식iN] {R1} 조치 결과",
    reply_to_req=mid(R1),
    body=(
        "Hello, this is the NAVER TV and KnowledgeiN operations team.\n\n"
        f"* The video {N[10]} has been age-restricted: it can now only be played by\n"
        "  signed-in users aged 19 or older (청소년 시청 제한).\n"
        f"* The KnowledgeiN answer {N[6]} has been deleted.\n\n"
        "Policy reference: https://tv.naver.com/policy\n\n"
        "NAVER TV 운영팀"
    ),
    outcome="applied",
    imitates="bulleted English/Korean result from a video service team",
    why="age-restricted -> restricted; deleted -> removed; the policy link is not an item",
    items={N[10]: "restricted", N[6]: "removed"},
)

# ======================= Daum / Kakao (KCSC-240903-02, 5 items) =======================
case(
    name="daum-cleancenter-echo",
    **{"from": "cleancenter@kakaocorp.com"},
    name_from="Daum 클린센터",
    date="Thu, 05 Sep 2024 10:12:40 +0900",
    subject=f"[Daum 클린센터] 신고 처리 결과 안내 ({R2})",
    reply_to_req=mid(R2),
    body=(
        "안녕하세요. Daum 클린센터입니다.\n"
        "접수하신 신고에 대한 처리 결과를 안내드립니다.\n\n"
        "[신고 내용]\n"
        "신고 번호 : RPT-0904-55812\n"
        "신고 서비스 : Daum 카페\n"
        "신고 대상 :\n"
        f" - {D[0]}\n - {D[1]}\n - {D[4]}\n"
        "신고 사유 : 불법 금융투자 권유\n\n"
        "[처리 결과]\n"
        "신고 내용을 검토한 결과 아래와 같이 처리하였습니다.\n"
        f" - {D[0]} : 게시물 블라인드\n"
        f" - {D[1]} : 게시물 블라인드\n"
        f" - {D[4]} : 운영정책 위반 사항 없음 (게시 유지)\n\n"
        "처리 결과에 이의가 있으시면 고객센터(https://cs.daum.net)로 문의해 주세요.\n"
        "감사합니다."
    ),
    outcome="applied",
    imitates="Daum/Kakao clean-centre report result that echoes the report, then lists results",
    why="echo section has no statuses; results: 블라인드 x2 -> removed, 위반 없음/게시 유지 -> rejected",
    items={D[0]: "removed", D[1]: "removed", D[4]: "rejected"},
)

case(
    name="daum-tistory-qp-korean-path",
    **{"from": "tistory-report@kakaocorp.com"},
    name_from="티스토리 운영팀",
    date="Fri, 06 Sep 2024 16:02:29 +0900",
    subject=f"[티스토리] 권리침해 게시물 조치 결과 ({R2})",
    reply_to_req=mid(R2),
    raw_mime=qp_text(
        "안녕하세요, 카카오 티스토리 운영팀입니다.\n\n"
        f"{R2} 시정요구 중 티스토리 게시물 2건의 조치 결과입니다.\n\n"
        f"{D_RAW3} — 게시중단(삭제) 완료\n"
        f"{D_RAW4} — 임시조치 30일 (블로그 운영자 소명 기간)\n\n"
        "임시조치 기간 동안 해당 글은 외부에 공개되지 않습니다.\n\n"
        "카카오 티스토리 운영팀 드림"
    ),
    outcome="applied",
    imitates="Tistory (Kakao) 게시중단/임시조치 notice, quoted-printable, raw Korean paths",
    why="raw Korean paths match the percent-encoded request URLs; 게시중단 -> removed, 임시조치 -> restricted",
    items={D[2]: "removed", D[3]: "restricted"},
)

case(
    name="daum-lookalike-domain",
    **{"from": "safety@kakaocorp-notice.com"},
    name_from="Kakao Safety Center",
    date="Fri, 06 Sep 2024 03:40:11 +0900",
    subject=f"[Kakao] {R2} processed",
    body=(
        "Hello,\n\n"
        f"Kakao Safety Center has completed request {R2}. The following Daum Cafe posts were deleted:\n\n"
        f"  {D[0]}\n  {D[1]}\n\n"
        "Kakao Safety Center"
    ),
    outcome="review",
    review="unknown_sender",
    imitates="look-alike domain mail imitating a Kakao notice",
    why="kakaocorp-notice.com is no platform's domain: nothing applied",
    items={D[0]: "pending", D[1]: "pending"},
)

case(
    name="daum-asks-more-documents",
    **{"from": "tistory-report@kakaocorp.com"},
    name_from="티스토리 운영팀",
    date="Wed, 04 Sep 2024 11:30:00 +0900",
    subject=f"[티스토리] 추가 자료 요청 ({R2})",
    reply_to_req=mid(R2),
    body=(
        "안녕하세요, 카카오 티스토리 운영팀입니다.\n\n"
        "요청하신 아래 게시물 2건에 대한 조치를 진행하기 위해 추가 자료가 필요합니다.\n\n"
        f"  · {D_RAW3}\n  · {D_RAW4}\n\n"
        "심의 의결서 사본과 해당 게시물이 위반한 법령 조항을 회신해 주시면 확인 후 조치하겠습니다.\n"
        "자료가 접수되기 전까지 처리가 보류됩니다.\n\n감사합니다."
    ),
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Kakao request for supporting documents (심의 의결서, 근거 조항) before acting",
    why="asks for documents and holds the two posts: no statement",
    items={D[2]: "pending", D[3]: "pending"},
)

daum_dsn_orig = "\n".join(request_body(R2, D, "2024-09-10"))
case(
    name="daum-dsn-bounce",
    **{"from": "MAILER-DAEMON@kakaocorp.com"},
    name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 10:01:12 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=(
        'Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_daum"\n\n'
        "--=_dsn_daum\nContent-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mx2.kakaocorp.com.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n"
        "<report-legacy@kakaocorp.com>: host mailstore.kakaocorp.com said:\n"
        "    550 5.1.1 <report-legacy@kakaocorp.com>: Recipient address rejected: User unknown\n\n"
        "--=_dsn_daum\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx2.kakaocorp.com\nArrival-Date: Tue, 03 Sep 2024 10:01:09 +0900\n\n"
        "Final-Recipient: rfc822; report-legacy@kakaocorp.com\nAction: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n\n"
        "--=_dsn_daum\nContent-Type: message/rfc822\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\nTo: report-legacy@kakaocorp.com\n"
        f"Subject: {enc('[방송통신심의위원회] 시정요구 통지 (' + R2 + ')')}\n"
        f"Message-ID: <{mid(R2)}@kcsc.example>\nDate: Tue, 03 Sep 2024 10:00:00 +0900\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{daum_dsn_orig}\n\n--=_dsn_daum--\n"
    ),
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) returning our request with its URLs",
    why="a bounce; the returned request's URLs are not statements",
    items={},
)

case(
    name="daum-one-done-one-later",
    **{"from": "cafe-report@daum.net"},
    name_from="Daum 카페 운영팀",
    date="Sat, 07 Sep 2024 09:48:02 +0900",
    subject=f"Re: 시정요구 통지 ({R2})",
    reply_to_req=mid(R2),
    body=(
        "안녕하세요. Daum 카페 운영팀입니다.\n\n"
        f"redmoon_club 카페의 게시물({D[0]})은 카페 운영자가 삭제하여 현재 열람할 수 없습니다.\n"
        f"stockcoach 카페 게시물({D[4]})은 추가 검토가 필요하여, 다음 주 중 결과를 안내드릴 예정입니다.\n\n"
        "감사합니다."
    ),
    outcome="applied",
    imitates="Daum cafe team prose reply, URLs in parentheses, one result and one promise",
    why="삭제/열람할 수 없습니다 -> removed; the second post is only promised a later answer",
    items={D[0]: "removed", D[4]: "pending"},
)

case(
    name="daum-cafe-closed-english",
    **{"from": "trust-safety@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date="Mon, 09 Sep 2024 17:03:33 +0900",
    subject=f"Re: {R2}",
    reply_to_req=mid(R2),
    body=(
        "Dear KCSC team,\n\n"
        "The Daum Cafe \"redmoon_club\" has been closed for repeated violations of our\n"
        "Operating Policy. As a result, the two posts\n"
        f"{D[0]} and\n{D[1]}\n"
        "have been made unavailable together with the rest of the cafe.\n\n"
        "Regards,\nKakao Trust & Safety"
    ),
    outcome="applied",
    imitates="Kakao trust-and-safety English reply about a closed cafe, sentence wrapped around two URLs",
    why="both posts named; made unavailable with the closed cafe -> removed",
    items={D[0]: "removed", D[1]: "removed"},
)

case(
    name="daum-outlook-rejected",
    **{"from": "trust-safety@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date="Tue, 10 Sep 2024 11:26:50 +0900",
    subject=f"RE: [방송통신심의위원회] 시정요구 통지 ({R2})",
    reply_to_req=mid(R2),
    body=(
        "Hello,\n\n"
        "We reviewed the Tistory post below.\n"
        f"{D[3]}\n"
        "It contains general market commentary without any solicitation or payment details, and we found\n"
        "no violation of our Operating Policy. We have therefore decided not to take it down.\n\n"
        "Best regards,\nKakao Trust & Safety\n\n"
        + outlook_quote("Tuesday, September 3, 2024 10:00 AM",
                        f"[방송통신심의위원회] 시정요구 통지 ({R2})", R2, D, "2024-09-10")
    ),
    outcome="applied",
    imitates="Outlook reply above an -----Original Message----- block, refusal with its reason",
    why="refusal with reason -> rejected; the original request below is not a statement",
    items={D[3]: "rejected"},
)

# ======================= DC Inside (KCSC-240904-03, 4 items) =======================
case(
    name="dc-bare-url-status-below",
    **{"from": "helpdesk@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Thu, 05 Sep 2024 19:30:15 +0900",
    subject=f"[디시인사이드] {R3} 처리 결과",
    reply_to_req=mid(R3),
    body=(
        "안녕하세요 디시인사이드 운영팀입니다.\n"
        f"{R3} 관련 처리 결과 알려드립니다.\n\n"
        f"{C[0]}\n운영자 삭제 완료 (개인정보 노출)\n\n"
        f"{C[1]}\n삭제 완료\n\n"
        f"{C[2]}\n작성자 본인이 이미 삭제한 글로 존재하지 않습니다\n\n"
        "수고하세요."
    ),
    outcome="applied",
    imitates="DC Inside operator reply: bare URL with the result on the line below",
    why="운영자 삭제/삭제 -> removed; already deleted by its author -> not_found",
    items={C[0]: "removed", C[1]: "removed", C[2]: "not_found"},
)

case(
    name="dc-gmail-rejected",
    **{"from": "helpdesk@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 10:05:40 +0900",
    subject=f"Re: [방송통신심의위원회] 시정요구 통지 ({R3})",
    reply_to_req=mid(R3),
    body=(
        "안녕하세요.\n\n"
        f"요청하신 미니 갤러리 게시물 {C[3]} 은 검토 결과\n"
        "특정인을 식별할 수 있는 정보가 포함되어 있지 않아 삭제하지 않기로 하였습니다.\n"
        "다른 게시물은 처리 후 따로 회신드리겠습니다.\n\n"
        "디시인사이드 운영팀\n\n"
        + gmail_quote("2024년 9월 4일 (수) 오후 2:10, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:",
                      R3, C, "2024-09-11")
    ),
    outcome="applied",
    imitates="top-posted operator refusal with its reason over a Gmail-quoted request",
    why="refusal with reason -> rejected; the other three URLs appear only in the quoted request",
    items={C[3]: "rejected"},
)

case(
    name="dc-ooo-chuseok",
    **{"from": "park.sy@dcinside.com"},
    name_from="박서연",
    date="Wed, 11 Sep 2024 09:00:02 +0900",
    subject=f"[자동응답] Re: 독촉 - 시정요구 통지 ({R3})",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body=(
        "안녕하세요. 박서연입니다.\n\n"
        "9월 11일(수)부터 9월 18일(수)까지 추석 연휴 및 휴가로 부재중입니다.\n"
        "게시물 신고 및 처리 관련 문의는 helpdesk@dcinside.com 으로 보내주시기 바랍니다.\n\n"
        "I am out of the office until 18 September with limited access to email."
    ),
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean/English out-of-office auto-reply over the Chuseok holiday",
    why="an auto-reply, even though its subject carries our reference",
    items={},
)

case(
    name="dc-gallery-manager-gmail",
    **{"from": "coinmarket.mgr@gmail.com"},
    name_from="coinmarket 갤러리 매니저",
    date="Thu, 05 Sep 2024 23:12:08 +0900",
    subject=f"Re: {R3} 관련",
    body=(
        "안녕하세요 coinmarket 마이너 갤러리 매니저입니다.\n"
        "운영팀에서 전달받은 요청 건 중 저희 갤러리 글 두 개는 제가 방금 삭제했습니다.\n\n"
        f"{C[1]}\n{C[2]}\n\n"
        "확인 부탁드려요."
    ),
    outcome="review",
    review="unknown_sender",
    imitates="a gallery's volunteer manager answering from a personal Gmail account",
    why="gmail.com is not DC Inside's domain: its deletions need a person to check",
    items={C[1]: "pending", C[2]: "pending"},
)

case(
    name="dc-under-review-english",
    **{"from": "legal@dcinside.com"},
    name_from="DCInside Legal",
    date="Fri, 06 Sep 2024 15:44:21 +0900",
    subject=f"Request {R3} - status",
    reply_to_req=mid(R3),
    body=(
        "Dear KCSC,\n\n"
        f"Your request {R3} has been escalated to our legal team and is under review.\n"
        "The posts listed below may be deleted once the review is complete:\n\n"
        f"  1) {C[0]}\n  2) {C[3]}\n\n"
        "We expect to reply by 13 September.\n\nDCInside Legal"
    ),
    outcome="review",
    review="not_understood",
    imitates="legal-team interim status mail ('under review', 'may be deleted once')",
    why="under review and a conditional 'may be deleted': both named posts stay pending",
    items={C[0]: "pending", C[3]: "pending"},
)

case(
    name="dc-html-table",
    **{"from": "helpdesk@dcinside.com"},
    name_from="DCInside",
    date="Mon, 09 Sep 2024 13:00:00 +0900",
    subject=f"[디시인사이드] 게시물 조치 결과표 ({R3})",
    reply_to_req=mid(R3),
    raw_mime=html_only(
        '<html><body><p>안녕하세요, 디시인사이드 운영팀입니다.</p>'
        f"<p>{R3} 시정요구 게시물에 대한 조치 결과를 아래 표로 정리하여 드립니다.</p>\n"
        + table(["No", "게시물 주소", "처리 결과"], [
            ("1", link(C[0]), "삭제"),
            ("2", link(C[1]), "삭제"),
            ("3", link(C[2]), "게시물 없음 (작성자 삭제)"),
            ("4", link(C[3]), "유지 (위반 사항 없음)"),
        ])
        + '\n<p>운영 원칙: <a href="https://www.dcinside.com/policy">dcinside.com/policy</a></p>'
        "<p>감사합니다.</p></body></html>"
    ),
    outcome="applied",
    imitates="HTML-only result table from a community site's help desk",
    why="삭제 x2 -> removed; 게시물 없음 -> not_found; 유지 (위반 없음) -> rejected",
    items={C[0]: "removed", C[1]: "removed", C[2]: "not_found", C[3]: "rejected"},
)

# ======================= SOOP (KCSC-240905-04, 3 items) =======================
soop_rows = [
    ("VOD", S[0], "삭제 (Deleted)"),
    ("VOD", S[1], "연령 제한 19+ (Age-restricted)"),
    ("방송국 게시글", S[2], "비공개 처리 (Hidden)"),
]
case(
    name="soop-html-table-mixed",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP 운영팀",
    date="Fri, 06 Sep 2024 17:25:36 +0900",
    subject=f"[SOOP] 시정요구 조치 결과 / Action result ({R4})",
    reply_to_req=mid(R4),
    raw_mime=alt(
        "c28",
        "안녕하세요, SOOP 운영팀입니다. / Hello, this is the SOOP operations team.\n\n"
        f"{R4} 조치 결과 / Results:\n\n"
        + "\n".join(f"- [{a}] {b} : {c}" for a, b, c in soop_rows)
        + "\n\nSOOP 운영정책: https://www.sooplive.co.kr/policy",
        "<html><body><p>안녕하세요, SOOP 운영팀입니다. / Hello, this is the SOOP operations team.</p>"
        f"<p>{R4} 조치 결과 / Results:</p>\n"
        + table(["구분", "URL", "조치 결과"], [(a, link(b), c) for a, b, c in soop_rows])
        + '\n<p><a href="https://www.sooplive.co.kr/policy">SOOP 운영정책</a></p></body></html>',
    ),
    outcome="applied",
    imitates="bilingual streaming-platform result table (HTML with a plain alternative)",
    why="삭제 -> removed; age-restricted -> restricted; 비공개 처리 -> removed",
    items={S[0]: "removed", S[1]: "restricted", S[2]: "removed"},
)

case(
    name="soop-mdn-read",
    **{"from": "kim.jh@sooplive.co.kr"},
    name_from="김재현",
    date="Thu, 05 Sep 2024 13:02:00 +0900",
    subject=f"읽음: [방송통신심의위원회] 시정요구 통지 ({R4})",
    raw_mime=(
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_soop"\n\n'
        "--=_mdn_soop\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "보낸 메일이 수신자에게 읽혔습니다.\n\n"
        "받는 사람: kim.jh@sooplive.co.kr\n"
        f"제목: [방송통신심의위원회] 시정요구 통지 ({R4})\n"
        "읽은 시간: 2024-09-05 오후 1:02\n\n"
        "--=_mdn_soop\nContent-Type: message/disposition-notification\n\n"
        "Reporting-UA: mail.sooplive.co.kr; Groupware Mail\n"
        "Final-Recipient: rfc822; kim.jh@sooplive.co.kr\n"
        f"Original-Message-ID: <{mid(R4)}@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n\n"
        "--=_mdn_soop--\n"
    ),
    outcome="ignored",
    classification="read_receipt",
    imitates="groupware read receipt (읽음 확인, RFC 8098 MDN)",
    why="a read receipt says nothing about any item",
    items={},
)

case(
    name="soop-channel-suspended-bulk",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP 운영팀",
    date="Sat, 07 Sep 2024 12:40:09 +0900",
    subject=f"Re: 시정요구 통지 ({R4})",
    reply_to_req=mid(R4),
    body=(
        "안녕하세요, SOOP 운영팀입니다.\n\n"
        "신고하신 스트리머(neonpanda92)의 방송국은 운영정책 위반으로 영구 이용정지되었으며,\n"
        "요청하신 VOD와 게시글 모두 현재 노출되지 않습니다.\n\n"
        "감사합니다."
    ),
    outcome="review",
    review="bulk",
    imitates="streaming platform notice of a permanent channel suspension covering 'all' reported content",
    why="'the VODs and the post, all' names no URL of a three-item request: bulk",
    items={u: "pending" for u in S},
)

case(
    name="soop-afreecatv-legacy-domain",
    **{"from": "report@afreecatv.com"},
    name_from="AfreecaTV Report",
    date="Mon, 09 Sep 2024 08:58:17 +0900",
    subject=f"[{R4}] VOD deleted",
    reply_to_req=mid(R4),
    body=(
        "Thank you for your report.\n\n"
        f"VOD {S[1]} has been deleted by our monitoring team for violating the\n"
        "adult content rules. The broadcaster has received a 7-day suspension.\n\n"
        "SOOP (formerly AfreecaTV) Report Center"
    ),
    outcome="applied",
    imitates="report-centre notice sent from the platform's former domain (afreecatv.com)",
    why="thank-you phrase plus an unhedged deletion of a named VOD -> removed",
    items={S[1]: "removed"},
)

case(
    name="soop-geo-and-private",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP 운영팀",
    date="Tue, 10 Sep 2024 15:15:45 +0900",
    subject=f"[SOOP] {R4} 추가 조치 안내",
    reply_to_req=mid(R4),
    body=(
        "안녕하세요. SOOP 운영팀입니다.\n\n"
        f"■ {S[0]}\n"
        "  해외 권리자와 분쟁 중인 영상으로 확인되어, 대한민국 내 접속 차단 처리하였습니다.\n"
        f"■ {S[2]}\n"
        "  방송국 게시글은 비공개 처리하였습니다.\n\n"
        "감사합니다."
    ),
    outcome="applied",
    imitates="Korean operator notice with ■ bullets, the result indented below each URL",
    why="대한민국 내 접속 차단 -> restricted; 비공개 처리 -> removed",
    items={S[0]: "restricted", S[2]: "removed"},
)

# ======================= FM Korea (KCSC-240906-05, 2 items) =======================
case(
    name="fm-mixed-refusal",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    date="Mon, 09 Sep 2024 14:20:31 +0900",
    subject=f"Re: 시정요구 통지 ({R5})",
    reply_to_req=mid(R5),
    body=(
        "안녕하세요 에펨코리아 운영진입니다.\n\n"
        f"1) {F[0]}\n"
        "   특정인 실명과 허위 사실이 포함되어 삭제했습니다.\n"
        f"2) {F[1]}\n"
        "   실명이나 특정 가능한 정보가 없고 의견 표명에 해당하여 게시 유지합니다.\n"
        "   당사자 본인의 권리침해 신고가 접수되면 다시 검토하겠습니다.\n\n"
        "감사합니다."
    ),
    outcome="applied",
    imitates="community-site admin reply, numbered, one deletion and one refusal with reasons",
    why="삭제 -> removed; 게시 유지 with a reason -> rejected (the offer to look again does not undo the refusal)",
    items={F[0]: "removed", F[1]: "rejected"},
)

case(
    name="fm-english-angle",
    **{"from": "admin@fmkorea.com"},
    name_from="FMKorea Admin",
    date="Sat, 07 Sep 2024 21:09:12 +0900",
    subject=f"{R5}",
    reply_to_req=mid(R5),
    body=(
        "Hi,\n\n"
        "We removed the post <https://www.fmkorea.com/7301192270> today and warned the author.\n"
        "The other post is still being checked by our moderators.\n\n"
        "FMKorea admin team"
    ),
    outcome="applied",
    imitates="short English admin reply with the URL in angle brackets",
    why="one named post removed; the other is unnamed and only being checked",
    items={F[1]: "removed"},
)

case(
    name="fm-echo-qp",
    **{"from": "report@fmkorea.com"},
    name_from="에펨코리아 신고센터",
    date="Tue, 10 Sep 2024 10:44:00 +0900",
    subject=f"[에펨코리아] 신고 처리 완료 ({R5})",
    reply_to_req=mid(R5),
    raw_mime=qp_text(
        "[에펨코리아 신고센터]\n\n"
        "■ 접수 내용\n"
        "접수번호: FM-24090611\n"
        "신고 유형: 명예훼손\n"
        f"신고 게시물: {F[0]}, {F[1]}\n\n"
        "■ 처리 결과\n"
        f"{F[0]} ▶ 블라인드 처리\n"
        f"{F[1]} ▶ 블라인드 처리\n\n"
        "블라인드 처리된 게시물은 작성자를 포함하여 누구도 열람할 수 없습니다.\n"
        "본 메일은 발신 전용입니다."
    ),
    outcome="applied",
    imitates="report-centre completion mail echoing the report, quoted-printable",
    why="both named in the result section with 블라인드 -> removed; the echo line is not a statement",
    items={F[0]: "removed", F[1]: "removed"},
)

# ======================= Clien (KCSC-240909-06, 1 item) =======================
case(
    name="clien-sole-statement",
    **{"from": "help@clien.net"},
    name_from="클리앙 운영진",
    date="Mon, 09 Sep 2024 16:31:20 +0900",
    subject=f"Re: [방송통신심의위원회] 시정요구 통지 ({R6})",
    reply_to_req=mid(R6),
    body=(
        "안녕하세요, 클리앙 운영진입니다.\n\n"
        "보내주신 시정요구 잘 받았습니다.\n"
        "요청하신 게시물은 오늘 오후 삭제 처리하였고, 작성자에게는 이용 제한 조치를 하였습니다.\n\n"
        "감사합니다."
    ),
    outcome="applied",
    imitates="informal admin reply: receipt phrase plus a result, no URL",
    why="one-item request: an unhedged 'the requested post was deleted' applies to it -> removed",
    items={L[0]: "removed"},
)

case(
    name="clien-english-notfound",
    **{"from": "admin@clien.net"},
    name_from="CLIEN Admin",
    date="Tue, 10 Sep 2024 09:12:45 +0900",
    subject=f"Re: {R6}",
    reply_to_req=mid(R6),
    body=(
        "Hello,\n\n"
        f"The post at {L[0]} does not exist.\n"
        "Our logs show it was deleted by its author on 8 September, before your request arrived,\n"
        "so there was nothing for us to remove.\n\n"
        "Regards,\nCLIEN admin"
    ),
    outcome="applied",
    imitates="forum admin's English reply: post already deleted by its author",
    why="does not exist / deleted by its author -> not_found",
    items={L[0]: "not_found"},
)

# ======================= Ppomppu (KCSC-240910-07, 2 items) =======================
case(
    name="ppomppu-angle-fullwidth",
    **{"from": "help@ppomppu.co.kr"},
    name_from="뽐뿌 운영팀",
    date="Wed, 11 Sep 2024 11:11:11 +0900",
    subject=f"[뽐뿌] 시정요구 처리 결과 ({R7})",
    reply_to_req=mid(R7),
    body=(
        "안녕하세요. 뽐뿌 운영팀입니다.\n\n"
        f"<{P[0]}>：삭제 완료\n"
        f"<{P[1]}>：이미 삭제되어 찾을 수 없는 게시물입니다\n\n"
        "감사합니다."
    ),
    outcome="applied",
    imitates="Korean operator reply, URLs in angle brackets followed by a full-width colon",
    why="삭제 완료 -> removed; 이미 삭제되어 찾을 수 없는 -> not_found",
    items={P[0]: "removed", P[1]: "not_found"},
)

case(
    name="ppomppu-csv",
    **{"from": "help@ppomppu.co.kr"},
    name_from="Ppomppu",
    date="Thu, 12 Sep 2024 15:02:33 +0900",
    subject=f"{R7} 처리 결과 엑셀(csv)",
    reply_to_req=mid(R7),
    raw_mime=with_csv(
        "c40",
        "안녕하세요. 처리 결과를 첨부합니다.\n뽐뿌 운영팀",
        [["url", "result", "memo"],
         [P[0], "삭제", "위조 상품 판매"],
         [P[1], "유지", "정상 개인 거래글로 판단 (위반 사항 없음)"]],
        "ppomppu_KCSC-240910-07.csv",
    ),
    outcome="applied",
    imitates="two-row result spreadsheet attached as CSV with a one-line cover note",
    why="삭제 -> removed; 유지 with the reason 'no violation' -> rejected",
    items={P[0]: "removed", P[1]: "rejected"},
)

case(
    name="ppomppu-wrong-platform",
    **{"from": "help@ppomppu.co.kr"},
    name_from="뽐뿌 운영팀",
    date="Tue, 10 Sep 2024 13:45:00 +0900",
    subject="Re: 게시물 삭제 요청",
    body=(
        "안녕하세요. 뽐뿌 운영팀입니다.\n\n"
        f"문의하신 게시물 {L[0]} 은\n"
        "확인 결과 삭제되어 존재하지 않는 게시물입니다.\n"
        "참고로 해당 주소는 뽐뿌가 아닌 클리앙 게시판 주소입니다.\n\n"
        "감사합니다."
    ),
    outcome="review",
    review="wrong_platform",
    imitates="community site answering about another site's URL sent to it by mistake",
    why="Ppomppu states a status for Clien's item: it cannot speak for Clien",
    items={L[0]: "pending"},
)

case(
    name="ppomppu-dsn-mailbox-full",
    **{"from": "postmaster@ppomppu.co.kr"},
    name_from="Mail Delivery Subsystem",
    date="Tue, 10 Sep 2024 10:00:41 +0900",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=(
        'Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_ppom"\n\n'
        "--=_dsn_ppom\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "메일을 전달하지 못했습니다. (Delivery to the following recipient failed permanently)\n\n"
        "    report@ppomppu.co.kr\n\n"
        "사유: 수신자의 메일함 용량이 초과되었습니다. 552 5.2.2 Mailbox full\n\n"
        "--=_dsn_ppom\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mail.ppomppu.co.kr\n\n"
        "Final-Recipient: rfc822; report@ppomppu.co.kr\nAction: failed\nStatus: 5.2.2\n"
        "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n\n"
        "--=_dsn_ppom\nContent-Type: text/rfc822-headers\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\nTo: report@ppomppu.co.kr\n"
        f"Subject: {enc('[방송통신심의위원회] 시정요구 통지 (' + R7 + ')')}\n"
        f"Message-ID: <{mid(R7)}@kcsc.example>\nDate: Tue, 10 Sep 2024 10:00:00 +0900\n\n"
        "--=_dsn_ppom--\n"
    ),
    outcome="ignored",
    classification="bounce",
    imitates="Gmail-style 'Delivery Status Notification (Failure)', mailbox full",
    why="a bounce of our request",
    items={},
)

# ======================= mail from platforms with no request here =======================
case(
    name="nate-ooo",
    **{"from": "lee.mk@skcomms.co.kr"},
    name_from="이민경",
    date="Mon, 09 Sep 2024 10:30:00 +0900",
    subject="자동 회신: [방송통신심의위원회] 9월 정례 협의회 안내",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=(
        "안녕하세요, SK커뮤니케이션즈 네이트 서비스운영팀 이민경입니다.\n"
        "9월 13일까지 출장으로 메일 확인이 늦어질 수 있습니다.\n"
        "급한 용무는 네이트 고객센터(report@skcomms.co.kr)로 연락 부탁드립니다.\n\n"
        "Thank you for your message. I am travelling until 13 September."
    ),
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook '자동 회신' out-of-office from a Nate staff member",
    why="an out-of-office reply",
    items={},
)

case(
    name="inven-report-receipt",
    **{"from": "cs@inven.co.kr"},
    name_from="인벤 고객센터",
    date="Wed, 11 Sep 2024 14:02:10 +0900",
    subject="[인벤] 신고가 접수되었습니다 (접수번호 INV-2409-33817)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=(
        "안녕하세요, 인벤 고객센터입니다.\n\n"
        "보내주신 게시물 신고가 접수되었습니다.\n"
        "접수번호: INV-2409-33817\n\n"
        "담당자가 순차적으로 확인 후 처리 결과를 안내드립니다.\n"
        "처리 현황은 https://www.inven.co.kr/member/cs/ 에서 확인하실 수 있습니다.\n\n"
        "※ 본 메일은 발신 전용으로 회신되지 않습니다."
    ),
    outcome="ignored",
    classification="acknowledgement",
    imitates="game-community customer-centre report receipt with a ticket number",
    why="a pure receipt naming no item",
    items={},
)

HEADER = """# Blind set 771 (tests/corpus/blind771): Korean portals and community sites
# (NAVER, Daum/Kakao, DC Inside, SOOP, FM Korea, Clien, Ppomppu, with Nate and
# Inven mail), Korean and English mixed, plus doubtful and ignorable mail.
# Written by make.py from the meaning of each email, before any run of the
# reader. Each case is judged alone on a fresh ledger holding requests.csv."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
