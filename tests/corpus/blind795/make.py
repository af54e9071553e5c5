#!/usr/bin/env python3
"""Blind set 795: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Nate, Inven, Ppomppu, FM Korea), Korean and English mixed,
with the doubtful and ignorable mail a regulator's mailbox receives.

Written from each email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind795/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import datetime
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = datetime.timezone(datetime.timedelta(hours=9))


def d(day, hh, mm, ss=0):
    t = datetime.datetime(2024, 9, day, hh, mm, ss, tzinfo=KST)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0900")


# ---------------------------------------------------------------- requests
CAFE_KO = "밤바다모임"
CAFE_ENC = urllib.parse.quote(CAFE_KO)

DC = [
    "https://gall.dcinside.com/board/view/?id=baseball_new11&no=9021347",
    "https://gall.dcinside.com/board/view/?id=baseball_new11&no=9021388",
    "https://gall.dcinside.com/mgallery/board/view/?id=toto_kr&no=44120",
    "https://gall.dcinside.com/mgallery/board/view/?id=toto_kr&no=44135",
    "https://gall.dcinside.com/mgallery/board/view/?id=toto_kr&no=44171",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=301552",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=301610",
    "https://gall.dcinside.com/mini/board/view/?id=nightbet&no=812",
    "https://gall.dcinside.com/mini/board/view/?id=nightbet&no=815",
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=7734021",
    "https://m.dcinside.com/board/toto_kr/44202",
    "https://gall.dcinside.com/mgallery/board/view/?id=slotmachine&no=1290",
]
NV = [
    "https://blog.naver.com/moonlit_pier/223560118842",
    "https://cafe.naver.com/" + CAFE_ENC + "/1203",
    "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471239901",
    "https://blog.naver.com/greyheron_07/223571004417",
]
NV2_RAW = "https://cafe.naver.com/" + CAFE_KO + "/1203"
DA = [
    "https://cafe.daum.net/redlantern77/Ab3x/1881",
    "https://cafe.daum.net/redlantern77/Ab3x/1902",
    "https://hollowmint.tistory.com/517",
]
SO = [
    "https://vod.sooplive.co.kr/player/138822915",
    "https://ch.sooplive.co.kr/lucky7bj/post/97711203",
]
FM = [
    "https://www.fmkorea.com/7391046621",
    "https://www.fmkorea.com/7391052287",
    "https://www.fmkorea.com/index.php?mid=free&document_srl=7391060034",
    "https://www.fmkorea.com/7391077719",
    "https://www.fmkorea.com/7391081150",
]
IV = ["https://www.inven.co.kr/board/maple/5974/1188234"]
PP = [
    "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120344",
    "https://www.ppomppu.co.kr/zboard/view.php?id=market&no=771205",
]

REQUESTS = [
    # ref, platform, sent day, category, urls, note
    ("KCSC-240903-01", "dcinside", 3, "illegal_gambling", DC, "토토/슬롯 홍보 게시물 (갤러리 12건)"),
    ("KCSC-240904-02", "naver", 4, "defamation_privacy", NV, "개인정보 노출 및 명예훼손"),
    ("KCSC-240905-03", "daum", 5, "obscene", DA, "음란물 유포 카페/블로그"),
    ("KCSC-240906-04", "soop", 6, "illegal_gambling", SO, "도박 사이트 홍보 VOD 및 방송국 글"),
    ("KCSC-240909-05", "fmkorea", 9, "drugs", FM, "마약류 판매 광고"),
    ("KCSC-240910-06", "inven", 10, "illegal_trade", IV, "불법 사설 서버 홍보"),
    ("KCSC-240911-07", "ppomppu", 11, "counterfeit", PP, "위조 상품 판매글"),
]
MSGID = {r[0]: "kcsc-" + r[0][5:].lower() for r in REQUESTS}


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, day, cat, urls, note in REQUESTS:
        sent = "2024-09-%02dT10:00:00+09:00" % day
        due = "2024-09-%02dT18:00:00+09:00" % (day + 7)
        for u in urls:
            lines.append(",".join([ref, plat, sent, due, u, cat, MSGID[ref] + "@kcsc.example", note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def req_text(ref, prefix=""):
    """Our own request as platforms quote it."""
    r = next(x for x in REQUESTS if x[0] == ref)
    out = [
        "안녕하십니까, 방송통신심의위원회 불법정보 대응팀입니다.",
        "",
        "아래 정보는 심의 결과 불법정보로 판단되어 삭제 등 시정을 요구합니다.",
        "요청번호: %s" % ref,
        "",
    ]
    for i, u in enumerate(r[4], 1):
        out.append("%d. %s" % (i, u))
    out += ["", "조치 결과를 본 메일로 회신하여 주시기 바랍니다.", "KCSC 불법정보 대응팀 드림"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in out)


# ---------------------------------------------------------------- MIME helpers
def b64_body(text, ctype="plain"):
    enc = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    return (
        f"Content-Type: text/{ctype}; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n\n" + enc
    )


def qp_body(text, ctype="plain"):
    enc = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return (
        f"Content-Type: text/{ctype}; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n" + enc
    )


def with_csv(body, csv_text, filename, boundary):
    enc = base64.encodebytes(csv_text.encode("utf-8")).decode("ascii")
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{body.strip()}\n\n"
        f"--{boundary}\n"
        f'Content-Type: text/csv; charset=utf-8; name="{filename}"\n'
        f'Content-Disposition: attachment; filename="{filename}"\n'
        "Content-Transfer-Encoding: base64\n\n"
        f"{enc}\n"
        f"--{boundary}--\n"
    )


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ DC Inside
DCFROM = "report@dcinside.com"
DCNAME = "디시인사이드 운영팀"

rows = [
    (DC[0], "삭제", "불법 도박 사이트 홍보"),
    (DC[1], "삭제", "불법 도박 사이트 홍보"),
    (DC[2], "삭제", "토토 픽 유료 판매 및 사이트 링크"),
    (DC[3], "삭제", "토토 픽 유료 판매 및 사이트 링크"),
    (DC[4], "삭제", "가입 코드 홍보"),
    (DC[5], "삭제", "코인 도박(바카라) 홍보"),
    (DC[6], "게시물 없음", "작성자가 자진 삭제한 게시물입니다"),
    (DC[7], "게시물 없음", "존재하지 않는 글 번호입니다"),
    (DC[8], "삭제", "가입 코드 홍보"),
    (DC[9], "유지", "일반 주식 토론글로 운영원칙 위반 사항이 확인되지 않음"),
    (DC[10], "삭제", "모바일 주소 (토토 마이너 갤러리)"),
    (DC[11], "성인 인증 게시물로 전환", "미성년자 열람 제한"),
]
trs = "\n".join(
    f'<tr><td>{i}</td><td><a href="{u}">{u}</a></td><td>{r}</td><td>{m}</td></tr>'
    for i, (u, r, m) in enumerate(rows, 1)
)
case(
    name="dc-html-table-all-twelve",
    date=d(6, 16, 2),
    **{"from": DCFROM},
    name_from=DCNAME,
    subject="[디시인사이드] 시정요구 조치 결과 회신 (KCSC-240903-01)",
    reply_to_req=MSGID["KCSC-240903-01"],
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요, 디시인사이드 운영팀입니다.</p>
<p>방송통신심의위원회에서 요청하신 <b>KCSC-240903-01</b> 건에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eee"><th>번호</th><th>게시물 주소</th><th>처리 결과</th><th>비고</th></tr>
{trs}
</table>
<p>처리 기준은 <a href="https://gall.dcinside.com/policy">디시인사이드 운영원칙</a>을 참고해 주십시오.</p>
<p>감사합니다.<br>디시인사이드 운영팀 드림</p>
</body></html>""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean portal 시정요구 조치 결과 table (HTML) sent back to KCSC",
    why="Trusted DC Inside table: one result per row for all twelve posts; 유지 with a reason is a refusal; 성인 인증 전환 is an age restriction.",
    items={
        DC[0]: "removed", DC[1]: "removed", DC[2]: "removed", DC[3]: "removed",
        DC[4]: "removed", DC[5]: "removed", DC[6]: "not_found", DC[7]: "not_found",
        DC[8]: "removed", DC[9]: "rejected", DC[10]: "removed", DC[11]: "restricted",
    },
)

case(
    name="dc-ko-prose-operator-deleted-three",
    date=d(4, 11, 40),
    **{"from": "jh.park@dcinside.com"},
    name_from="박지훈 (디시인사이드)",
    subject="RE: [KCSC-240903-01] 불법 도박 홍보 게시물 삭제 요청",
    reply_to_req=MSGID["KCSC-240903-01"],
    body=f"""안녕하세요. 디시인사이드 게시물 관리 담당 박지훈입니다.

요청번호 KCSC-240903-01 관련하여, 토토 마이너 갤러리(toto_kr)에 올라온
홍보글 3건은 오늘 오전 운영자 삭제 처리하였습니다.

- {DC[2]}
- {DC[3]}
- {DC[4]}

나머지 게시물은 갤러리별로 확인하고 있으며, 끝나는 대로 따로 회신드리겠습니다.

박지훈 드림
디시인사이드 서비스운영팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="community-site moderator's plain Korean reply (운영자 삭제)",
    why="Three named posts 운영자 삭제 처리; the remark about the rest names nothing.",
    items={DC[2]: "removed", DC[3]: "removed", DC[4]: "removed"},
)

csv_text = f"""no,url,action,processed_at,memo
1,{DC[0]},deleted,2024-09-05 14:12,gambling site advertisement
2,{DC[1]},deleted,2024-09-05 14:13,gambling site advertisement
6,{DC[5]},deleted,2024-09-05 14:20,baccarat promotion
7,{DC[6]},not found,,post already removed by its author
10,{DC[9]},no action,,no breach of community rules - ordinary stock discussion
"""
case(
    name="dc-csv-attachment-five",
    date=d(5, 15, 3),
    **{"from": DCFROM},
    name_from="DCinside Trust & Safety",
    subject="Re: KCSC-240903-01 processing results (5 of 12)",
    reply_to_req=MSGID["KCSC-240903-01"],
    raw_mime=with_csv(
        """Hello,

Please find attached the processing results for the posts in your request
KCSC-240903-01 that we have handled so far (5 of 12). The remaining posts
are still with the gallery team.

Best regards,
DCinside Trust & Safety""",
        csv_text,
        "KCSC-240903-01_result.csv",
        "==dc_b795_csv_01",
    ),
    outcome="applied",
    classification="confirmation",
    imitates="ticket-system export of per-URL actions attached as CSV",
    why="CSV rows: three deleted, one not found (author removed it), one 'no action' with a reason (refusal); the body names no post.",
    items={DC[0]: "removed", DC[1]: "removed", DC[5]: "removed", DC[6]: "not_found", DC[9]: "rejected"},
)

case(
    name="dc-gmail-top-posted-over-request",
    date=d(6, 9, 15),
    **{"from": "jisoo.han@dcinside.com"},
    name_from="한지수",
    subject="Re: [KCSC-240903-01] 불법 도박 홍보 게시물 삭제 요청",
    reply_to_req=MSGID["KCSC-240903-01"],
    body=f"""안녕하세요, 말씀하신 게시물 중 아래 건 처리했습니다.

{DC[8]} - 삭제
{DC[10]} - 삭제
{DC[11]} - 성인 갤러리로 지정되어 성인 인증 후에만 열람 가능하도록 제한 조치

감사합니다.
한지수 드림

2024년 9월 3일 (화) 오전 10:00, KCSC 불법정보 대응팀 <takedown@kcsc.example>님이 작성:
{req_text("KCSC-240903-01", "> ")}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Gmail top-posted reply over the quoted request",
    why="Three posts answered above the quote: two deleted, one viewable only after adult verification (restricted); the quoted request says nothing about the rest.",
    items={DC[8]: "removed", DC[10]: "removed", DC[11]: "restricted"},
)

case(
    name="dc-url-then-status-below",
    date=d(5, 18, 27),
    **{"from": DCFROM},
    name_from=DCNAME,
    subject="[디시인사이드] 게시물 처리 결과 / Result of your request KCSC-240903-01",
    reply_to_req=MSGID["KCSC-240903-01"],
    body=f"""요청번호 / Request: KCSC-240903-01
게시물별 처리 결과 / Result per post:

{DC[5]}
→ 삭제 완료 (Deleted)

{DC[6]}
→ 이미 삭제된 게시물 (Already deleted by the author)

{DC[7]}
→ 존재하지 않는 게시물 (The post does not exist)

문의: https://www.dcinside.com/helpdesk
""",
    outcome="applied",
    classification="confirmation",
    imitates="bilingual ticket reply: bare URL with its result on the line below",
    why="Each URL is followed by its own result line: one deleted, two not found.",
    items={DC[5]: "removed", DC[6]: "not_found", DC[7]: "not_found"},
)

case(
    name="dc-echoed-report-then-result",
    date=d(5, 10, 51),
    **{"from": "noreply@dcinside.com"},
    name_from="디시인사이드 신고센터",
    subject="[디시인사이드] 신고 처리 결과 안내 (접수번호 DCR-24090317)",
    body=f"""[디시인사이드] 신고 처리 결과 안내

접수번호: DCR-24090317
신고 유형: 불법정보(도박)
신고자: 방송통신심의위원회

■ 접수된 신고 내용 (원문)
| 요청번호 KCSC-240903-01 관련 아래 게시물의 삭제를 요청합니다.
| {DC[0]}
| {DC[1]}

■ 처리 결과
- {DC[0]} : 삭제
- {DC[1]} : 삭제

처리 결과에 이의가 있으시면 신고센터(https://www.dcinside.com/helpdesk/report)로 문의해 주세요.
본 메일은 발신 전용입니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="report-form result notice that echoes the report text above the result",
    why="The echoed report only lists the URLs; the result block states both were deleted.",
    items={DC[0]: "removed", DC[1]: "removed"},
)

case(
    name="dc-fullwidth-colon-mini-gallery",
    date=d(9, 14, 8),
    **{"from": DCFROM},
    name_from=DCNAME,
    subject="RE: KCSC-240903-01 미니 갤러리 게시물 처리 결과",
    reply_to_req=MSGID["KCSC-240903-01"],
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

요청 건(KCSC-240903-01) 중 미니 갤러리 nightbet 게시물 처리 결과를 알려드립니다.

・{DC[7]}：작성자가 이미 삭제하여 존재하지 않는 글입니다.
・{DC[8]}：운영자 삭제 완료.

미니 갤러리는 개설자가 관리하는 공간이지만 불법정보는 운영팀이 직접 조치합니다.
운영원칙 안내： https://gall.dcinside.com/policy

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean moderator notice with full-width punctuation after each URL",
    why="812 no longer exists (deleted by its author), 815 deleted by the operator; the policy link is not an item.",
    items={DC[7]: "not_found", DC[8]: "removed"},
)

case(
    name="dc-particle-after-url-refusal",
    date=d(10, 17, 33),
    **{"from": "jh.park@dcinside.com"},
    name_from="박지훈 (디시인사이드)",
    subject="RE: [KCSC-240903-01] 주식 갤러리 게시물 관련",
    reply_to_req=MSGID["KCSC-240903-01"],
    body=f"""안녕하세요, 디시인사이드 박지훈입니다.

문의하신 게시물 {DC[9]}은 특정 종목에 대한 개인 의견을 적은
일반 토론글입니다. 도박 사이트 주소나 가입 코드, 홍보 문구가 없고 운영원칙이나
관련 법령 위반 사항도 확인되지 않아 삭제하지 않고 유지하기로 하였습니다.

추가 자료가 있으시면 다시 검토하겠습니다.

박지훈 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="portal's refusal with its reason (유지)",
    why="A refusal with its reason: the post stays up as breaking no rule; the Korean particle 은 is glued to the URL.",
    items={DC[9]: "rejected"},
)

case(
    name="dc-promise-will-delete",
    date=d(4, 9, 2),
    **{"from": DCFROM},
    name_from=DCNAME,
    subject="RE: [KCSC-240903-01] 불법 도박 홍보 게시물 삭제 요청",
    reply_to_req=MSGID["KCSC-240903-01"],
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

보내주신 요청은 잘 받았습니다. 아래 게시물은 담당 갤러리 확인 후
순차적으로 삭제 조치할 예정입니다.

{DC[0]}
{DC[1]}
{DC[10]}

조치가 끝나면 결과를 다시 회신드리겠습니다.
감사합니다.
""",
    outcome="review",
    review="not_understood",
    imitates="portal's holding reply promising deletion (삭제 조치할 예정)",
    why="Only a promise (예정) about named posts: nothing has happened yet, so they stay pending and a person reads it.",
    items={DC[0]: "pending", DC[1]: "pending", DC[10]: "pending"},
)

case(
    name="dc-asks-for-official-letter",
    date=d(4, 14, 20),
    **{"from": "legal@dcinside.com"},
    name_from="디시인사이드 법무팀",
    subject="RE: [KCSC-240903-01] 불법 도박 홍보 게시물 삭제 요청",
    reply_to_req=MSGID["KCSC-240903-01"],
    body="""안녕하세요, 디시인사이드 법무팀입니다.

KCSC-240903-01 요청 건과 관련하여, 내부 절차상 기관 직인이 날인된 시정요구
공문 원본(PDF)과 심의 의결서 사본이 필요합니다. 해당 서류를 회신해 주시면
확인 후 처리하겠습니다.

서류가 도착하기 전에는 게시물 조치를 진행할 수 없는 점 양해 부탁드립니다.

디시인사이드 법무팀
""",
    outcome="review",
    classification="request_for_info",
    review="asks_more",
    imitates="platform legal team asking for the stamped official letter before acting",
    why="Asks for documents before doing anything; no post is named.",
    items={},
)

case(
    name="dc-gallery-manager-personal-mail",
    date=d(4, 23, 48),
    **{"from": "totomanager.kr@gmail.com"},
    name_from="토토갤 매니저",
    subject="삭제요청 글 지웠습니다 (KCSC-240903-01)",
    body=f"""안녕하세요 토토 마이너 갤러리 매니저입니다.
갤러리 공지 보고 연락드려요. 요청하신 글 중에 저희 갤 글 두 개는 제가 지웠습니다.

{DC[2]}
{DC[3]}

나머지는 제 권한 밖이라 디시 본사에 문의해 주세요.
""",
    outcome="review",
    review="unknown_sender",
    imitates="volunteer gallery manager writing from a personal webmail address",
    why="A gallery manager is not the platform and writes from gmail.com: the statements cannot be trusted as DC Inside's.",
    items={DC[2]: "pending", DC[3]: "pending"},
)

case(
    name="dc-report-receipt",
    date=d(3, 10, 1),
    **{"from": "noreply@dcinside.com"},
    name_from="디시인사이드 신고센터",
    subject="[디시인사이드] 신고가 정상적으로 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""[디시인사이드] 신고 접수 안내

신고가 정상적으로 접수되었습니다.
접수번호: DCR-24090317
접수일시: 2024-09-03 10:01

접수된 신고는 담당자가 순차적으로 확인하며, 처리 결과는 이메일로 안내해 드립니다.
신고 내역은 고객센터 > 나의 신고 내역에서 확인할 수 있습니다.

본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="report-form auto receipt (신고 접수 안내)",
    why="Pure receipt with a ticket number; nothing about any post.",
    items={},
)

# ================================================================ NAVER
NVFROM = "right@navercorp.com"

case(
    name="naver-imsijochi-result-notice",
    date=d(6, 13, 30),
    **{"from": "noreply-right@navercorp.com"},
    name_from="네이버 게시중단요청서비스",
    subject="[NAVER] 게시중단 요청에 대한 처리 결과 안내 (KCSC-240904-02)",
    body=f"""[NAVER] 게시중단 요청 처리 결과 안내

안녕하세요. 네이버 게시중단요청서비스입니다.
요청하신 게시물에 대한 처리 결과를 안내드립니다.

요청번호: KCSC-240904-02
요청자: 방송통신심의위원회

■ 대상 게시물: {NV[0]}
■ 처리 결과: 임시조치 (정보통신망법 제44조의2에 따라 30일간 접근 차단)

■ 대상 게시물: {NV[3]}
■ 처리 결과: 해당 게시물 없음 (요청 접수 이전에 삭제된 게시물)

임시조치된 게시물은 게시자가 30일 이내에 재게시를 요청할 수 있으며, 재게시 요청이
접수되면 별도로 안내드립니다.
게시중단요청서비스 안내: https://right.naver.com/help
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 게시중단요청서비스 처리 결과 안내 (임시조치)",
    why="Blog post 1 got a 30-day 임시조치 (restricted); blog post 4 does not exist (not_found).",
    items={NV[0]: "restricted", NV[3]: "not_found"},
)

case(
    name="naver-raw-korean-cafe-path",
    date=d(5, 16, 45),
    **{"from": NVFROM},
    name_from="NAVER 권리보호센터",
    subject="RE: [KCSC-240904-02] 게시물 조치 요청",
    reply_to_req=MSGID["KCSC-240904-02"],
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

KCSC-240904-02 요청에 대해 아래와 같이 조치하였습니다.

1) {NV2_RAW} — 카페 운영원칙 위반으로 블라인드 처리
2) {NV[2]} — 지식iN 질문 및 답변 삭제

나머지 블로그 게시물 2건은 블로그팀에서 검토 후 별도로 회신드릴 예정입니다.

감사합니다.
네이버 권리보호센터 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER rights-protection desk reply with numbered results",
    why="Cafe post (raw Hangul path, matching its percent-encoded form) blinded, KnowledgeiN post deleted; the two blog posts are only announced for later and not named.",
    items={NV[1]: "removed", NV[2]: "removed"},
)

case(
    name="naver-english-quoted-printable",
    date=d(9, 11, 12),
    **{"from": "trustandsafety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    subject="Re: KCSC-240904-02 - outcome of your request",
    reply_to_req=MSGID["KCSC-240904-02"],
    raw_mime=qp_body(f"""Dear KCSC team,

Thank you for your request KCSC-240904-02. Our review is complete for three of the four posts:

The blog post {NV[0]} has been temporarily restricted: under Article 44-2 of the Network Act access to it is blocked for 30 days.

The Knowledge iN question at {NV[2]} has been deleted together with its answers.

The blog post {NV[3]} could not be found. It had been deleted by its author before our review.

Kind regards,
NAVER Trust & Safety
https://www.navercorp.com/en/policy
"""),
    outcome="applied",
    classification="confirmation",
    imitates="NAVER Trust & Safety English reply (quoted-printable body)",
    why="Three unhedged per-URL statements: temporary measure (restricted), deleted, not found.",
    items={NV[0]: "restricted", NV[2]: "removed", NV[3]: "not_found"},
)

case(
    name="naver-bilingual-cafe-blind",
    date=d(5, 19, 5),
    **{"from": "cafe_admin@naver.com"},
    name_from="네이버 카페 운영팀",
    subject="[네이버 카페] 게시물 블라인드 처리 안내 / Notice of blind processing",
    body=f"""안녕하세요, 네이버 카페 운영팀입니다.
요청번호 KCSC-240904-02 관련, 아래 카페 게시물을 블라인드 처리하였습니다.
블라인드 처리된 게시물은 작성자를 포함하여 누구도 열람할 수 없습니다.

{NV[1]}

---

Hello, this is the NAVER Cafe operations team.
Regarding request KCSC-240904-02, the cafe post above has been blinded:
nobody, including its author, can view it any longer.

카페 운영정책 / Cafe policy: https://cafe.naver.com/cafepolicy
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER Cafe 블라인드 notice, Korean then English",
    why="One named cafe post blinded (removed), said twice in two languages.",
    items={NV[1]: "removed"},
)

case(
    name="naver-under-review-hedged",
    date=d(5, 10, 20),
    **{"from": NVFROM},
    name_from="NAVER 권리보호센터",
    subject="RE: [KCSC-240904-02] 게시물 조치 요청",
    reply_to_req=MSGID["KCSC-240904-02"],
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

요청하신 블로그 게시물은 현재 담당 부서에서 검토 중입니다.

{NV[0]}
{NV[3]}

두 번째 게시물은 이미 삭제된 것으로 보이나 정확한 확인은 필요합니다.
검토가 끝나는 대로 결과를 안내드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="NAVER holding reply (검토 중, 삭제된 것으로 보임)",
    why="'검토 중' and a hedge ('보이나 확인 필요') are not statements; the named posts stay pending.",
    items={NV[0]: "pending", NV[3]: "pending"},
)

case(
    name="naver-out-of-office",
    date=d(4, 10, 3),
    **{"from": "minji.seo@navercorp.com"},
    name_from="서민지",
    subject="[자동회신] 부재중입니다 / Out of office: [KCSC-240904-02] 게시물 조치 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 서민지입니다.
9월 4일(수)부터 9월 9일(월)까지 휴가로 부재중이며 메일 확인이 어렵습니다.
게시물 조치 관련 긴급 문의는 권리보호센터(right@navercorp.com)로 보내주세요.

I am out of the office from 4 to 9 September with no access to email.
For urgent takedown matters please write to right@navercorp.com.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean/English out-of-office auto-reply (부재중)",
    why="Auto-reply; says nothing about any post.",
    items={},
)

case(
    name="naver-answers-daum-links",
    date=d(6, 15, 0),
    **{"from": NVFROM},
    name_from="NAVER 권리보호센터",
    subject="RE: 게시물 조치 요청 (KCSC-240905-03)",
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

KCSC-240905-03 요청으로 보내주신 아래 주소를 확인하였으나, 해당 게시물은
존재하지 않는 것으로 확인됩니다.

{DA[0]}
{DA[1]}

확인 부탁드립니다.
""",
    outcome="review",
    review="wrong_platform",
    imitates="portal answering links that belong to another portal",
    why="NAVER states 'does not exist' for Daum cafe posts: not NAVER's items, so nothing applies.",
    items={DA[0]: "pending", DA[1]: "pending"},
)

# ================================================================ Daum / Kakao
case(
    name="daum-kakao-rights-result",
    date=d(9, 10, 30),
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject="[카카오] 권리침해신고 처리결과 안내 (KCSC-240905-03)",
    reply_to_req=MSGID["KCSC-240905-03"],
    body=f"""[카카오] 권리침해신고 처리결과 안내

안녕하세요, 카카오 권리침해신고센터입니다.
방송통신심의위원회에서 요청하신 다음 카페 게시물에 대한 처리결과를 안내해 드립니다.

요청번호 : KCSC-240905-03

1. 신고 게시물 : {DA[0]}
   처리결과 : 게시중단 (음란물 게시로 운영정책 위반)

2. 신고 게시물 : {DA[1]}
   처리결과 : 임시조치 (30일간 해당 게시물에 대한 접근 제한)

임시조치에 대해 게시자가 이의를 제기하는 경우 관련 내용을 다시 안내해 드립니다.
자세한 내용은 고객센터 도움말(https://cs.daum.net/faq/95.html)을 참고해 주세요.

카카오 권리침해신고센터 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao/Daum 권리침해신고 처리결과 안내",
    why="Post 1 게시중단 (removed), post 2 임시조치 with access restricted (restricted).",
    items={DA[0]: "removed", DA[1]: "restricted"},
)

case(
    name="daum-tistory-made-private",
    date=d(10, 9, 48),
    **{"from": "tistory-report@kakaocorp.com"},
    name_from="티스토리 운영팀",
    subject="RE: [KCSC-240905-03] 블로그 게시물 조치 요청",
    reply_to_req=MSGID["KCSC-240905-03"],
    body=f"""안녕하세요, 티스토리 운영팀입니다.

요청하신 티스토리 게시글 {DA[2]} 는 운영정책 위반(음란물)으로
비공개 처리되었으며, 작성자가 다시 공개로 전환할 수 없도록 제한하였습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Tistory (Kakao) moderator notice of forced 비공개 처리",
    why="The named post was made private by the operator and cannot be republished: removed.",
    items={DA[2]: "removed"},
)

case(
    name="daum-english-bullets-all-three",
    date=d(11, 16, 22),
    **{"from": "trust-safety@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    subject="Re: KCSC-240905-03 removal request - final result",
    reply_to_req=MSGID["KCSC-240905-03"],
    body=f"""Hello,

Here is the final result for request KCSC-240905-03:

  • {DA[0]} – removed
  • {DA[1]} – access restricted in Korea (temporary measure, 30 days)
  • {DA[2]} – taken down

If the author of the restricted post objects, the case will go to the
KCSC for a decision. Our content policy: https://www.kakaocorp.com/page/service/policy

Regards,
Kakao Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao Trust & Safety English summary with bullet list",
    why="Bullets with one result each: removed, restricted in Korea, taken down.",
    items={DA[0]: "removed", DA[1]: "restricted", DA[2]: "removed"},
)

case(
    name="daum-dkim-fail-relay",
    date=d(7, 12, 10),
    **{"from": "right@kakaocorp.com"},
    auth="fail",
    name_from="카카오 권리침해신고센터",
    subject="[카카오] 권리침해신고 처리결과 안내 (KCSC-240905-03)",
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

요청번호 KCSC-240905-03 관련 다음 카페 게시물 2건을 게시중단 처리하였습니다.

- {DA[0]}
- {DA[1]}

감사합니다.
""",
    outcome="review",
    review="untrusted",
    imitates="Kakao result notice that arrives failing DKIM/SPF/DMARC",
    why="Claims to be Kakao but fails authentication: a person must check before anything applies.",
    items={DA[0]: "pending", DA[1]: "pending"},
)

case(
    name="daum-outlook-automatic-reply",
    date=d(5, 10, 2),
    **{"from": "hyejin.cho@kakaocorp.com"},
    name_from="Hyejin Cho",
    subject="Automatic reply: 게시물 조치 요청 [KCSC-240905-03]",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am on a business trip until 12 September and will
reply when I return. For removal requests please contact right@kakaocorp.com.

출장 중으로 9월 12일 이후 회신드리겠습니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook 'Automatic reply' from a Kakao employee",
    why="Auto-reply, no statement.",
    items={},
)

# ================================================================ SOOP
SOFROM = "report@sooplive.co.kr"

case(
    name="soop-ko-vod-deleted-post-missing",
    date=d(9, 15, 40),
    **{"from": SOFROM},
    name_from="SOOP 고객센터",
    subject="[SOOP] 신고하신 콘텐츠 처리 결과 안내 (KCSC-240906-04)",
    reply_to_req=MSGID["KCSC-240906-04"],
    body=f"""안녕하세요, SOOP 고객센터입니다.
신고 접수해 주셔서 감사합니다. 요청번호 KCSC-240906-04 건의 처리 결과를 안내드립니다.

[다시보기 VOD]
{SO[0]}
→ 불법 도박 사이트 홍보가 확인되어 VOD를 삭제하였고, 해당 BJ에게 이용정지 7일 조치하였습니다.

[방송국 게시글]
{SO[1]}
→ 해당 게시글은 확인되지 않습니다. 게시자가 이미 삭제한 것으로 확인됩니다.

SOOP 운영정책: https://www.sooplive.co.kr/policy
""",
    outcome="applied",
    classification="confirmation",
    imitates="SOOP (AfreecaTV) 고객센터 신고 처리 결과 안내",
    why="VOD deleted; the station post is not found (already deleted by its author). The thanks for the report does not make it an acknowledgement.",
    items={SO[0]: "removed", SO[1]: "not_found"},
)

soop_html = f"""<html><body>
<div style="font-family:sans-serif">
<h3>SOOP 콘텐츠 신고 처리 안내</h3>
<p>요청번호 KCSC-240906-04에 대한 중간 처리 결과입니다.</p>
<ul>
<li><a href="{SO[0]}">{SO[0]}</a><br>처리 결과: <b>삭제 완료</b></li>
<li><a href="{SO[1]}">{SO[1]}</a><br>처리 결과: 검토 중 (확인 후 별도 안내 예정)</li>
</ul>
<p><a href="https://help.sooplive.co.kr/">SOOP 고객센터</a></p>
</div>
</body></html>
"""
case(
    name="soop-base64-html-partial",
    date=d(7, 11, 5),
    **{"from": SOFROM},
    name_from="SOOP 고객센터",
    subject="[SOOP] 콘텐츠 신고 처리 안내",
    reply_to_req=MSGID["KCSC-240906-04"],
    raw_mime=b64_body(soop_html, "html"),
    outcome="applied",
    classification="confirmation",
    imitates="SOOP HTML notice sent base64-encoded, one done and one under review",
    why="VOD 삭제 완료 applies; the station post is only 검토 중 and stays pending.",
    items={SO[0]: "removed", SO[1]: "pending"},
)

case(
    name="soop-appears-taken-down",
    date=d(6, 18, 0),
    **{"from": "global.support@sooplive.com"},
    name_from="SOOP Global Support",
    subject="Re: KCSC-240906-04",
    reply_to_req=MSGID["KCSC-240906-04"],
    body=f"""Hi,

Thanks for reaching out. The VOD {SO[0]} appears to have
been taken down already, possibly by the streamer. We'll confirm with the
Korean operations team and update you.

Best,
SOOP Global Support
""",
    outcome="review",
    review="not_understood",
    imitates="global support desk's hedged first answer",
    why="'appears to have been' is a hedge with a promise to confirm: no statement, VOD stays pending.",
    items={SO[0]: "pending"},
)

case(
    name="soop-helpdesk-ticket-receipt",
    date=d(6, 10, 1),
    **{"from": "helpdesk@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    subject="[SOOP 고객센터] 문의가 접수되었습니다 (#482135)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""##- 이 줄 위에 답장을 작성해 주세요 -##

고객님의 문의가 접수되었습니다 (#482135).
담당자가 확인 후 순차적으로 답변드리겠습니다.

접수 내용:
----------------------------------------------
요청번호 KCSC-240906-04
아래 콘텐츠의 삭제를 요청합니다.
{SO[0]}
{SO[1]}
----------------------------------------------

이 메일에 회신하시면 같은 문의에 내용이 추가됩니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Zendesk-style ticket receipt echoing the request text",
    why="Ticket receipt; the URLs are only our request echoed back, with no statement about them.",
    items={},
)

# ================================================================ FM Korea
FMFROM = "admin@fmkorea.com"

case(
    name="fmk-numbered-all-five",
    date=d(11, 13, 14),
    **{"from": FMFROM},
    name_from="에펨코리아 운영진",
    subject="RE: [KCSC-240909-05] 마약류 판매 광고 게시물 삭제 요청",
    reply_to_req=MSGID["KCSC-240909-05"],
    body=f"""안녕하세요, 에펨코리아 운영진입니다.
요청번호 KCSC-240909-05 게시물 5건의 처리 결과입니다.

1. {FM[0]}
   삭제 및 작성자 영구 이용제한
2. {FM[1]}
   삭제
3. {FM[2]}
   유지 - 마약 관련 뉴스 기사를 공유한 글로, 판매·홍보 내용이 없어 규정 위반이 아닙니다.
4. {FM[3]}
   삭제
5. {FM[4]}
   존재하지 않는 문서 (작성자 탈퇴와 함께 삭제됨)

에펨코리아 운영 규정: https://www.fmkorea.com/rules
""",
    outcome="applied",
    classification="confirmation",
    imitates="community-site admin's numbered per-post answer",
    why="Numbered list, one result under each URL: three deleted, one kept with its reason (rejected), one not found.",
    items={FM[0]: "removed", FM[1]: "removed", FM[2]: "rejected", FM[3]: "removed", FM[4]: "not_found"},
)

case(
    name="fmk-english-refusal-news-post",
    date=d(10, 20, 40),
    **{"from": "report@fmkorea.com"},
    name_from="FMKorea Moderation",
    subject="Re: KCSC-240909-05 - free board post",
    reply_to_req=MSGID["KCSC-240909-05"],
    body=f"""Hello,

We have reviewed the post {FM[2]}
and decided not to remove it. It shares a news article about a police
investigation into drug sales and contains no offer, price or contact
details. It does not breach our rules or Korean law, so it stays up.

Regards,
FMKorea Moderation
""",
    outcome="applied",
    classification="confirmation",
    imitates="moderator's refusal with reason (stays up, no violation)",
    why="Clear refusal with a reason: rejected.",
    items={FM[2]: "rejected"},
)

case(
    name="fmk-outlook-statement-then-url",
    date=d(10, 11, 27),
    **{"from": "ops@fmkorea.com"},
    name_from="정다은",
    subject="RE: [KCSC-240909-05] 마약류 판매 광고 게시물 삭제 요청",
    reply_to_req=MSGID["KCSC-240909-05"],
    body=f"""안녕하세요, 에펨코리아 운영팀 정다은입니다.

다음 두 게시물은 마약류 판매 광고로 확인되어 삭제했습니다:
{FM[0]}
{FM[1]}

아래 게시물은 주소로 접속하면 '존재하지 않는 문서'가 나오며 DB에서도 찾을 수 없습니다:
{FM[4]}

나머지 2건은 확인 중입니다.

정다은 드림

-----Original Message-----
From: KCSC 불법정보 대응팀 <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:00 AM
To: admin@fmkorea.com
Subject: [KCSC-240909-05] 마약류 판매 광고 게시물 삭제 요청

{req_text("KCSC-240909-05")}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook reply: statement line, URLs on the lines below, request quoted under -----Original Message-----",
    why="Two deleted and one not found above the quote; the other two are 확인 중 without being named; the quoted request states nothing.",
    items={FM[0]: "removed", FM[1]: "removed", FM[4]: "not_found"},
)

case(
    name="fmk-bulk-all-five-done",
    date=d(12, 9, 55),
    **{"from": FMFROM},
    name_from="에펨코리아 운영진",
    subject="RE: [KCSC-240909-05] 마약류 판매 광고 게시물 삭제 요청",
    reply_to_req=MSGID["KCSC-240909-05"],
    body="""안녕하세요, 에펨코리아 운영진입니다.

KCSC-240909-05로 신고해 주신 게시물 5건 모두 삭제 조치 완료하였습니다.
작성자 계정도 이용 제한하였습니다.

감사합니다.
""",
    outcome="review",
    review="bulk",
    imitates="one-line 'all reported posts deleted' reply",
    why="'5건 모두 삭제' for a five-item request, no post named: bulk, items stay pending for a person.",
    items={u: "pending" for u in FM},
)

case(
    name="fmk-forwarded-by-colleague",
    date=d(12, 17, 2),
    **{"from": "sjkim@kcsc.example"},
    name_from="김서준",
    subject="Fwd: RE: [KCSC-240909-05] 마약류 판매 광고 게시물 삭제 요청",
    auth="none",
    body=f"""대응팀 메일함에 기록 부탁드립니다. 제 개인 메일로 회신이 왔네요.

---------- Forwarded message ---------
From: 에펨코리아 운영진 <admin@fmkorea.com>
Date: 2024년 9월 12일 (목) 오후 4:48
Subject: RE: [KCSC-240909-05] 마약류 판매 광고 게시물 삭제 요청
To: 김서준 <sjkim@kcsc.example>

안녕하세요, 에펨코리아 운영진입니다.
아래 게시물 삭제 완료했습니다.
{FM[3]}
""",
    outcome="review",
    classification="forwarded",
    review="forwarded",
    imitates="colleague forwarding a platform reply received in a personal mailbox (Gmail 'Forwarded message')",
    why="The statement is FM Korea's only as forwarded by our own staff; the original's authentication is lost, so a person checks it.",
    items={FM[3]: "pending"},
)

mdn = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="==fm_mdn_795"

--==fm_mdn_795
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신인이 읽었습니다.
제목: [KCSC-240909-05] 마약류 판매 광고 게시물 삭제 요청
읽은 시간: 2024-09-09 오후 2:31

--==fm_mdn_795
Content-Type: message/disposition-notification

Reporting-UA: mail.fmkorea.com; Webmail
Final-Recipient: rfc822; admin@fmkorea.com
Original-Message-ID: <{MSGID["KCSC-240909-05"]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--==fm_mdn_795--
"""
case(
    name="fmk-read-receipt",
    date=d(9, 14, 31),
    **{"from": FMFROM},
    name_from="에펨코리아 운영진",
    subject="읽음: [KCSC-240909-05] 마약류 판매 광고 게시물 삭제 요청",
    reply_to_req=MSGID["KCSC-240909-05"],
    raw_mime=mdn,
    outcome="ignored",
    classification="read_receipt",
    imitates="MDN read receipt (읽음 확인) from a webmail client",
    why="Read receipt: says the request was displayed, nothing about posts.",
    items={},
)

# ================================================================ Inven
case(
    name="inven-ticket-plus-angle-url",
    date=d(11, 10, 7),
    **{"from": "cs@inven.co.kr"},
    name_from="인벤 고객지원",
    subject="Re: [KCSC-240910-06] 불법 사설 서버 홍보 게시물",
    reply_to_req=MSGID["KCSC-240910-06"],
    body="""Thank you for your report, ticket #INV-77120 has been created for it.

Our moderators have already deleted <https://www.inven.co.kr/board/maple/5974/1188234>
and banned the account that posted it. No further action is needed on your side.

Inven Customer Support
https://www.inven.co.kr/member/cs/
""",
    outcome="applied",
    classification="confirmation",
    imitates="helpdesk reply with ticket number and the result in the same mail",
    why="A receipt phrase, but also an unhedged statement that the named post was deleted.",
    items={IV[0]: "removed"},
)

case(
    name="inven-sole-no-url-in-thread",
    date=d(12, 14, 50),
    **{"from": "cs@inven.co.kr"},
    name_from="인벤 고객지원",
    subject="RE: [KCSC-240910-06] 불법 사설 서버 홍보 게시물",
    reply_to_req=MSGID["KCSC-240910-06"],
    body="""안녕하세요, 인벤 고객지원팀입니다.

요청하신 게시물은 삭제 처리 완료되었습니다.
해당 작성자는 사설 서버 홍보로 영구 이용정지되었습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="short Korean confirmation in the request thread, no URL",
    why="Reply in the thread of a one-item request: 'the requested post was deleted' applies to that one item.",
    items={IV[0]: "removed"},
)

case(
    name="inven-transposed-post-number",
    date=d(11, 17, 31),
    **{"from": "cs@inven.co.kr"},
    name_from="인벤 고객지원",
    subject="RE: [KCSC-240910-06] 불법 사설 서버 홍보 게시물",
    reply_to_req=MSGID["KCSC-240910-06"],
    body="""안녕하세요, 인벤 고객지원팀입니다.

KCSC-240910-06 관련하여 아래 게시물 삭제 처리하였습니다.
https://www.inven.co.kr/board/maple/5974/1188243

감사합니다.
""",
    outcome="review",
    review="unmatched_claims",
    imitates="platform confirming deletion of a post other than the one requested (typo in the number)",
    why="The deleted post (…1188243) is not the requested one (…1188234): the statement matches no item, so the request item stays pending.",
    items={IV[0]: "pending"},
)

case(
    name="inven-inquiry-received",
    date=d(10, 10, 2),
    **{"from": "cs@inven.co.kr"},
    name_from="인벤 고객지원",
    subject="[인벤] 문의가 접수되었습니다 - [KCSC-240910-06] 불법 사설 서버 홍보 게시물",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""[인벤 고객지원] 문의 접수 안내

문의가 정상적으로 접수되었습니다. (접수번호 INV-77120)
영업일 기준 3일 이내에 담당자가 답변드리겠습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="helpdesk auto-receipt (문의 접수 안내)",
    why="Pure acknowledgement with a ticket number.",
    items={},
)

# ================================================================ Ppomppu
PPFROM = "admin@ppomppu.co.kr"

case(
    name="ppomppu-ko-deleted-and-kept",
    date=d(12, 16, 18),
    **{"from": PPFROM},
    name_from="뽐뿌 운영자",
    subject="RE: [KCSC-240911-07] 위조 상품 판매글 조치 요청",
    reply_to_req=MSGID["KCSC-240911-07"],
    body=f"""안녕하세요, 뽐뿌 운영자입니다.

요청하신 2건 처리 결과 알려드립니다.

{PP[0]}
자유게시판에 올라온 위조 명품 판매 홍보글로 확인되어 삭제했습니다.

{PP[1]}
판매자가 정품 구매 영수증과 시리얼 번호를 제출하여 위조품으로 볼 근거가 없어
장터 규정 위반이 아닌 것으로 판단, 게시글을 유지합니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="forum admin reply: URL, then its result paragraph",
    why="Post 1 deleted; post 2 kept with a reason (rejected).",
    items={PP[0]: "removed", PP[1]: "rejected"},
)

case(
    name="ppomppu-wrapped-angle-url",
    date=d(13, 11, 44),
    **{"from": "market@ppomppu.co.kr"},
    name_from="Ppomppu Market Team",
    subject="Re: KCSC-240911-07 market listing",
    reply_to_req=MSGID["KCSC-240911-07"],
    body="""Hello,

We reviewed the market listing <https://www.ppomppu.co.kr/zboard/view.php?
id=market&no=771205> and will not remove it. The seller provided a receipt
and serial number from the brand's store, and the listing breaks none of
our market rules.

Ppomppu Market Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="English refusal with a long URL wrapped inside angle brackets (RFC 3986 app. C)",
    why="Refusal with its reason for the listing whose URL is wrapped across two lines inside <>.",
    items={PP[1]: "rejected"},
)

case(
    name="ppomppu-conditional-deletion",
    date=d(12, 10, 25),
    **{"from": PPFROM},
    name_from="뽐뿌 운영자",
    subject="RE: [KCSC-240911-07] 위조 상품 판매글 조치 요청",
    reply_to_req=MSGID["KCSC-240911-07"],
    body=f"""안녕하세요, 뽐뿌 운영자입니다.

{PP[0]} 게시글 작성자에게 소명을 요청해 두었습니다.
9월 19일까지 소명 자료가 제출되지 않으면 해당 게시글은 삭제될 예정입니다.

결과가 나오면 다시 알려드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="forum admin's conditional answer (소명 없으면 삭제 예정)",
    why="Deletion depends on a condition and is in the future: no statement, post stays pending.",
    items={PP[0]: "pending"},
)

dsn = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="==pp_dsn_795"

--==pp_dsn_795
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.ppomppu.co.kr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@ppomppu.co.kr>: host mail.ppomppu.co.kr[203.0.113.41] said: 550 5.1.1
    <report@ppomppu.co.kr>: Recipient address rejected: User unknown

--==pp_dsn_795
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.ppomppu.co.kr
Arrival-Date: Wed, 11 Sep 2024 10:00:04 +0900

Final-Recipient: rfc822; report@ppomppu.co.kr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--==pp_dsn_795
Content-Type: message/rfc822

From: KCSC 불법정보 대응팀 <takedown@kcsc.example>
To: report@ppomppu.co.kr
Subject: [KCSC-240911-07] 위조 상품 판매글 조치 요청
Message-ID: <{MSGID["KCSC-240911-07"]}@kcsc.example>
Date: Wed, 11 Sep 2024 10:00:00 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{req_text("KCSC-240911-07")}

--==pp_dsn_795--
"""
case(
    name="ppomppu-dsn-user-unknown",
    date=d(11, 10, 0, 9),
    **{"from": "MAILER-DAEMON@mail.ppomppu.co.kr"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=dsn,
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) returning our request",
    why="A bounce: the URLs are in our own returned request.",
    items={},
)

# ================================================================ Nate
case(
    name="nate-contact-change-notice",
    date=d(13, 15, 0),
    **{"from": "safety@nate.com"},
    name_from="네이트 고객센터",
    subject="[네이트] 게시물 조치 요청 접수 창구 변경 안내",
    body="""안녕하세요, 네이트 고객센터입니다.

2024년 10월 1일부터 관계기관의 게시물 조치 요청은 전용 주소
agency-request@nate.com 으로만 접수됩니다. 기존 주소로 보내신 요청은
9월 30일까지 처리되며, 이후에는 자동으로 반송됩니다.

문의: https://helpdesk.nate.com
감사합니다.
""",
    outcome="review",
    review="no_claims",
    imitates="portal notice of a changed contact address for agency requests",
    why="Trusted platform mail naming no item and no request: a person should read it (it changes where requests go).",
    items={},
)


HEADER = """# Blind set 795 (Korean portals and community sites, Korean/English mixed).
# Written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind795", HEADER, CASES)
