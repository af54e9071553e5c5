#!/usr/bin/env python3
"""Blind set 537: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Inven, Clien, with Nate and Ppomppu configured
but holding no request), mixing Korean and English, plus the doubtful and
ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind537/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml. Every
expected result was written from the email's meaning before any run of the
reader. All names, URLs and ids are fictional.
"""
import base64
import csv
import datetime as dt
import email.header
import email.utils
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = dt.timezone(dt.timedelta(hours=9))


def d(day, hh, mm, ss=0):
    return email.utils.format_datetime(dt.datetime(2024, 9, day, hh, mm, ss, tzinfo=KST))


# ---------------------------------------------------------------- requests
DC = [
    "https://gall.dcinside.com/board/view/?id=stockus&no=4410231",
    "https://gall.dcinside.com/board/view/?id=stockus&no=4410288",
    "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=771020",
    "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=771145",
    "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=771399",
    "https://gall.dcinside.com/mini/board/view/?id=yeoksa_talk&no=20331",
    "https://gall.dcinside.com/board/view/?id=baseball_new12&no=9120044",
    "https://gall.dcinside.com/board/view/?id=baseball_new12&no=9120107",
    "https://m.dcinside.com/board/drama_new3/6612098",
    "https://m.dcinside.com/board/drama_new3/6612450",
    "https://gall.dcinside.com/mgallery/board/view/?id=kfoodie&no=55102",
    "https://gall.dcinside.com/mgallery/board/view/?id=kfoodie&no=55187",
    "https://gall.dcinside.com/board/view/?id=hit&no=20877",
    "https://gall.dcinside.com/mini/board/view/?id=yeoksa_talk&no=20398",
]
NV = [
    "https://blog.naver.com/moonlit_saver/223555012345",
    "https://blog.naver.com/moonlit_saver/223555019876",
    "https://cafe.naver.com/jusikgoldroom/88213",
    "https://cafe.naver.com/jusikgoldroom/88240",
    "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60208&docId=470012345",
]
M3_RAW = "https://gureum-note.tistory.com/entry/주식-리딩방-후기"
M3_ENC = "https://gureum-note.tistory.com/entry/%EC%A3%BC%EC%8B%9D-%EB%A6%AC%EB%94%A9%EB%B0%A9-%ED%9B%84%EA%B8%B0"
DM = [
    "https://cafe.daum.net/hanbit-trade/Zx9a/3310",
    "https://cafe.daum.net/hanbit-trade/Zx9a/3318",
    M3_ENC,
    "https://gureum-note.tistory.com/142",
]
SP = [
    "https://vod.sooplive.co.kr/player/133570021",
    "https://vod.sooplive.co.kr/player/133571187",
    "https://ch.sooplive.co.kr/nightowl77/post/88120455",
]
FM = [
    "https://www.fmkorea.com/7299310021",
    "https://www.fmkorea.com/7299318840",
]
IV = ["https://www.inven.co.kr/board/maple/5974/3300125"]
CL = [
    "https://www.clien.net/service/board/park/18810234",
    "https://www.clien.net/service/board/park/18810577",
]

REQUESTS = [
    # ref, platform, sent day, category, note, urls
    ("KCSC-240903-01", "dcinside", 3, "illegal gambling promotion",
     'Stock "leading room" and gambling ads, 14 posts in 6 galleries', DC),
    ("KCSC-240905-02", "naver", 5, "illegal financial solicitation",
     "blog, cafe and Knowledge iN; decision 2024-0904-112", NV),
    ("KCSC-240906-03", "daum", 6, "illegal financial solicitation",
     "Daum cafe + Tistory (Kakao)", DM),
    ("KCSC-240909-04", "soop", 9, "obscene content",
     "two replay VODs, one station post", SP),
    ("KCSC-240910-05", "fmkorea", 10, "defamation",
     "posts naming a private person, 'exposure' threads", FM),
    ("KCSC-240911-06", "inven", 11, "privacy",
     "personal data of a minor, one post", IV),
    ("KCSC-240912-07", "clien", 12, "illegal drugs sale",
     "two posts, same author", CL),
]


def msgid(ref):
    return "req." + ref


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, day, cat, note, urls in REQUESTS:
            sent = f"2024-09-{day:02d}T10:00:00+09:00"
            due = f"2024-09-{day + 7:02d}T18:00:00+09:00"
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, msgid(ref) + "@kcsc.example", note])


def quoted_request(ref, urls, prefix="> "):
    lines = [
        "안녕하십니까, 방송통신심의위원회입니다.",
        "",
        f"아래 게시물에 대한 시정요구(삭제) 협조를 요청드립니다. (요청번호 {ref})",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "처리 결과를 회신하여 주시기 바랍니다.", "방송통신심의위원회 통신심의국"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


CASES = []


def case(**kw):
    CASES.append(kw)


DCNAME = "디시인사이드 운영팀"
NVNAME = "네이버 고객센터"
KKNAME = "카카오 권리침해신고센터"
SPNAME = "SOOP 고객센터"

# ====================================================================== APPLIED

case(
    name="dc-numbered-list-partial",
    **{"from": "report@dcinside.com"}, name_from=DCNAME, date=d(9, 14, 12),
    subject="[디시인사이드] 삭제 요청 처리 결과 안내 (KCSC-240903-01)",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240903-01)의 1차 처리 결과를 안내드립니다.

1. {DC[0]}
   - 처리결과: 삭제 (불법 도박 홍보)
2. {DC[1]}
   - 처리결과: 삭제 (불법 도박 홍보)
3. {DC[2]}
   - 처리결과: 해당 게시물 없음 (작성자 본인이 9월 4일 삭제)

나머지 게시물은 확인이 끝나는 대로 별도로 회신드리겠습니다.
게시물 운영 원칙: https://www.dcinside.com/policy/board-rules

감사합니다.
디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations-team reply to a KCSC deletion request, numbered list with per-post result",
    why="three posts each with an explicit result; the rest are only promised",
    items={DC[0]: "removed", DC[1]: "removed", DC[2]: "not_found"},
)

case(
    name="dc-html-table-results",
    **{"from": "report@dcinside.com"}, name_from=DCNAME, date=d(10, 11, 40),
    subject="RE: 시정요구 협조 요청 (KCSC-240903-01) 처리 결과",
    reply_to_req=msgid("KCSC-240903-01"), type="html",
    body=f"""
<html><body style="font-family:Malgun Gothic,sans-serif;font-size:13px">
<p>안녕하세요. 디시인사이드 운영팀입니다.<br>요청번호 KCSC-240903-01 중 아래 게시물의 처리 결과를 알려드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#eee"><th>번호</th><th>게시물 주소</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>4</td><td><a href="{DC[3]}">{DC[3]}</a></td><td>삭제</td><td>도박 사이트 홍보</td></tr>
<tr><td>5</td><td><a href="{DC[4]}">{DC[4]}</a></td><td>삭제</td><td>도박 사이트 홍보</td></tr>
<tr><td>6</td><td><a href="{DC[5]}">{DC[5]}</a></td><td>미조치</td><td>역사 토론 글로 위반 사항이 확인되지 않음</td></tr>
<tr><td>7</td><td><a href="{DC[6]}">{DC[6]}</a></td><td>성인인증 게시물로 전환</td><td>미성년자 열람 제한</td></tr>
<tr><td>8</td><td><a href="{DC[7]}">{DC[7]}</a></td><td>게시물 없음</td><td>작성자 삭제</td></tr>
</table>
<p>문의 사항은 본 메일로 회신 부탁드립니다.<br>디시인사이드 운영팀</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 조치 결과 table sent as HTML mail",
    why="each row names a post and its result: deleted x2, kept (no violation), age-restricted, not found",
    items={DC[3]: "removed", DC[4]: "removed", DC[5]: "rejected", DC[6]: "restricted", DC[7]: "not_found"},
)

CSV1 = "\ufeff번호,URL,처리결과,처리일시\n" + "\n".join([
    f"9,{DC[8]},삭제,2024-09-11 10:02",
    f"10,{DC[9]},삭제,2024-09-11 10:03",
    f"11,{DC[10]},삭제,2024-09-11 10:05",
    f"12,{DC[11]},유지(위반사항 없음),2024-09-11 10:09",
    f"13,{DC[12]},게시물 없음(이미 삭제됨),2024-09-11 10:11",
    f"14,{DC[13]},삭제,2024-09-11 10:12",
]) + "\n"

case(
    name="dc-csv-attachment",
    **{"from": "report@dcinside.com"}, name_from=DCNAME, date=d(11, 16, 5),
    subject="[디시인사이드] KCSC-240903-01 처리 결과 (첨부)",
    reply_to_req=msgid("KCSC-240903-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_dc537_csv"

--=_dc537_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 디시인사이드 운영팀입니다.

요청번호 KCSC-240903-01 의 나머지 게시물(9번~14번) 처리 결과를
첨부한 CSV 파일로 보내드립니다.

감사합니다.

--=_dc537_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(CSV1)}
--=_dc537_csv--
""",
    outcome="applied", classification="confirmation",
    imitates="portal result sheet exported from a ticket tool (Excel CSV with BOM) attached to a short cover note",
    why="CSV rows give one result per post: four deleted, one kept, one already gone",
    items={DC[8]: "removed", DC[9]: "removed", DC[10]: "removed", DC[11]: "rejected",
           DC[12]: "not_found", DC[13]: "removed"},
)

case(
    name="dc-top-posted-over-gmail-quote",
    **{"from": "jhpark@dcinside.com"}, name_from="박재현 (디시인사이드)", date=d(5, 18, 22),
    subject="Re: [KCSC] 시정요구 협조 요청 (KCSC-240903-01)",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
안녕하세요, 디시인사이드 박재현입니다.

요청하신 게시물 중 아래 두 건은 오늘 삭제 처리했습니다.
- {DC[1]}
- {DC[10]}

나머지 12건은 갤러리별로 확인 중이며, 확인되는 대로 다시 연락드리겠습니다.

박재현 드림

2024년 9월 3일 (화) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_request("KCSC-240903-01", DC)}
""",
    outcome="applied", classification="confirmation",
    imitates="staff member's Gmail-style top-posted reply over the regulator's quoted request",
    why="two posts deleted above the quote; the quoted list of 14 states nothing",
    items={DC[1]: "removed", DC[10]: "removed"},
)

QP1 = f"""Dear KCSC team,

Thank you for your request KCSC-240903-01. After review by our legal team,
the following actions were taken on 13 September 2024 (KST):

- {DC[3]} : deleted
- {DC[4]} : converted to an adult-verified post. It can no longer be opened without age verification (age-restricted, 성인인증 필요).
- {DC[12]} : deleted

Our decisions can be appealed through https://www.dcinside.com/help/appeal .

Kind regards,
DC Inside Legal & Policy
"""

case(
    name="dc-english-quoted-printable",
    **{"from": "legal@dcinside.com"}, name_from="DC Inside Legal", date=d(13, 9, 30),
    subject="Re: Request KCSC-240903-01 - actions taken",
    reply_to_req=msgid("KCSC-240903-01"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP1)}
""",
    outcome="applied", classification="confirmation",
    imitates="English legal-team outcome notice, quoted-printable body (URL '=' encoded as =3D, soft line breaks)",
    why="deleted, age-restricted, deleted: three unhedged item-level statements",
    items={DC[3]: "removed", DC[4]: "restricted", DC[12]: "removed"},
)

case(
    name="dc-url-then-status-below",
    **{"from": "report@dcinside.com"}, name_from=DCNAME, date=d(12, 17, 48),
    subject="KCSC-240903-01 처리 내역",
    body=f"""
요청번호 KCSC-240903-01 관련 처리 내역입니다.

{DC[5]}
→ 삭제 완료 (9/12)

{DC[12]}
→ 게시물 없음 – 작성자가 9/4에 자진 삭제

{DC[13]}
→ 삭제 완료 (9/12)

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="terse operator reply: bare URL, result on the line below",
    why="each URL is followed by its own result line",
    items={DC[5]: "removed", DC[12]: "not_found", DC[13]: "removed"},
)

case(
    name="dc-statement-then-urls-below",
    **{"from": "report@dcinside.com"}, name_from=DCNAME, date=d(12, 10, 15),
    subject="[디시인사이드] 게시물 조치 안내",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
안녕하세요. 디시인사이드입니다.

아래 게시물은 갤러리 이용 규칙 및 관련 법령 위반으로 삭제하였습니다.
{DC[7]}
{DC[2]}

아래 게시물은 검토하였으나 삭제 사유에 해당하지 않아 게시 상태를 유지합니다.
(맛집 후기 글이며, 요청서에 적힌 도박 홍보 내용은 확인되지 않았습니다.)
{DC[11]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean notice grouping URLs under a statement line (삭제 / 유지)",
    why="two posts under 'deleted', one under 'kept, no violation' with its reason",
    items={DC[7]: "removed", DC[2]: "removed", DC[11]: "rejected"},
)

case(
    name="dc-ack-plus-statements",
    **{"from": "report@dcinside.com"}, name_from=DCNAME, date=d(4, 15, 2),
    subject="[디시인사이드] 신고 접수 및 처리 안내",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
신고가 정상적으로 접수되었습니다. (접수번호 DC-0904-3318)

확인 결과 아래 두 게시물은 바로 삭제하였습니다.
 · {DC[0]}
 · {DC[5]}

나머지 게시물은 순차적으로 검토 후 안내드리겠습니다.
디시인사이드 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt that already carries a first result",
    why="receipt phrase, but two posts are stated deleted without hedge",
    items={DC[0]: "removed", DC[5]: "removed"},
)

case(
    name="dc-outlook-original-message",
    **{"from": "minji.han@dcinside.com"}, name_from="Han Minji", date=d(10, 19, 3),
    subject="RE: [KCSC] 시정요구 협조 요청 (KCSC-240903-01)",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
Hello,

The two drama gallery posts below were deleted today (삭제 완료):
{DC[8]}
{DC[9]}

Best regards,
Minji Han | DC Inside Community Operations

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: report@dcinside.com
Subject: [KCSC] 시정요구 협조 요청 (KCSC-240903-01)

{quoted_request("KCSC-240903-01", DC, prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the unprefixed -----Original Message----- block",
    why="two URLs stated deleted above the original; the original's list is not a statement",
    items={DC[8]: "removed", DC[9]: "removed"},
)

case(
    name="dc-bilingual-bullets",
    **{"from": "report@dcinside.com"}, name_from=DCNAME, date=d(13, 13, 27),
    subject="처리결과 / Result - KCSC-240903-01",
    body=f"""
[KCSC-240903-01] 처리결과 / Result

• {DC[6]} — 삭제 (deleted)
• {DC[7]} — 성인인증 필요 게시물로 전환 (age-restricted)
• {DC[10]} — 해당 없음: 위반 사항 없음, 유지 (no violation, kept)

DC Inside Operations
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual bullet list from a portal's operations desk",
    why="deleted, age-restricted, kept for no violation",
    items={DC[6]: "removed", DC[7]: "restricted", DC[10]: "rejected"},
)

case(
    name="naver-blind-and-imsijochi",
    **{"from": "help@navercorp.com"}, name_from=NVNAME, date=d(9, 10, 41),
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240905-02)",
    reply_to_req=msgid("KCSC-240905-02"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대해 아래와 같이 조치하였음을 알려드립니다.

■ 게시중단(블라인드) 처리
 - {NV[0]}
 - {NV[1]}

■ 임시조치 (30일간 접근 차단)
 - {NV[2]}

임시조치된 게시물은 게시자의 재게시 요청이 없으면 30일 경과 후 삭제됩니다.
게시중단 절차 안내: https://help.naver.com/service/5640/contents/19011

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단/임시조치 result notice",
    why="two posts blinded (removed), one under 임시조치 (restricted); the later deletion is only conditional",
    items={NV[0]: "removed", NV[1]: "removed", NV[2]: "restricted"},
)

case(
    name="naver-english-bullets",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety", date=d(10, 16, 18),
    subject="Re: KCSC-240905-02 - outcome",
    reply_to_req=msgid("KCSC-240905-02"),
    body=f"""
Dear Sir or Madam,

Please find below the outcome of our review of your request KCSC-240905-02.

* {NV[3]}
  Removed from NAVER Cafe for breaching our operating policy on illegal financial solicitation.
* {NV[4]}
  This Knowledge iN question no longer exists. It was deleted by the user who posted it before our review started.

Our operating policy: https://policy.naver.com/policy/service_en.html

Regards,
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English portal trust-and-safety outcome list",
    why="one post removed; the question was already deleted by its author (not_found)",
    items={NV[3]: "removed", NV[4]: "not_found"},
)

case(
    name="naver-kin-rejected",
    **{"from": "help@navercorp.com"}, name_from=NVNAME, date=d(11, 9, 55),
    subject="[네이버] 지식iN 게시물 검토 결과 안내",
    reply_to_req=msgid("KCSC-240905-02"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

요청하신 지식iN 게시물 {NV[4]} 을(를) 검토하였습니다.

해당 질문은 일반적인 투자 정보를 묻는 내용으로, 운영정책상 게시중단 사유에
해당하지 않습니다. 따라서 별도 조치 없이 게시 상태를 유지합니다.

추가 소명 자료가 있으시면 회신해 주십시오.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 검토 결과 미조치 안내 (refusal with reason)",
    why="one named item kept with a reason: rejected; the closing line is an offer, not a request for information",
    items={NV[4]: "rejected"},
)

case(
    name="naver-age-restricted-kr",
    **{"from": "help@navercorp.com"}, name_from=NVNAME, date=d(12, 14, 30),
    subject="[네이버 블로그] 게시물 조치 안내",
    body=f"""
안녕하세요. 네이버 블로그 운영팀입니다.

요청번호 KCSC-240905-02 관련, 아래 게시물은 청소년에게 유해한 정보로 판단하여
성인 인증을 한 이용자만 볼 수 있도록 접근을 제한하였습니다.

{NV[0]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 청소년유해 접근 제한 notice",
    why="access limited to adult-verified users: restricted",
    items={NV[0]: "restricted"},
)

case(
    name="naver-cafe-author-deleted",
    **{"from": "cafe_help@naver.com"}, name_from="네이버 카페", date=d(13, 11, 8),
    subject="카페 게시글 처리 결과 (KCSC-240905-02)",
    body=f"""
안녕하세요, 네이버 카페 고객센터입니다.

{NV[2]} 은 작성자가 이미 삭제한 게시글입니다.
{NV[3]} 은 카페 운영정책 위반으로 블라인드 처리하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Cafe help-desk two-line result",
    why="one post already deleted by its author (not_found), one blinded (removed)",
    items={NV[2]: "not_found", NV[3]: "removed"},
)

case(
    name="daum-tistory-raw-korean-path",
    **{"from": "right@kakaocorp.com"}, name_from=KKNAME, date=d(10, 13, 20),
    subject="[카카오] 게시중단 요청 처리 결과 (KCSC-240906-03)",
    reply_to_req=msgid("KCSC-240906-03"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 티스토리 게시물의 처리 결과입니다.

{M3_RAW} : 게시중단 처리 완료
https://gureum-note.tistory.com/142 : 삭제 처리 완료

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 result (Tistory), Korean path written raw",
    why="both Tistory posts taken down; the raw Korean path is the percent-encoded requested URL",
    items={DM[2]: "removed", DM[3]: "removed"},
)

case(
    name="daum-cafe-imsijochi-angle",
    **{"from": "right@kakaocorp.com"}, name_from=KKNAME, date=d(11, 15, 45),
    subject="[다음카페] 임시조치 안내",
    reply_to_req=msgid("KCSC-240906-03"),
    body="""
안녕하세요, 카카오 권리침해신고센터입니다.

<https://cafe.daum.net/hanbit-trade/Zx9a/3310>, <https://cafe.daum.net/hanbit-trade/Zx9a/3318>
두 게시물에 대해 정보통신망법 제44조의2에 따라 30일간 임시조치(접근 차단)를 하였습니다.

임시조치 안내: https://cs.daum.net/faq/95/7580.html
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 30일 임시조치 notice",
    why="both cafe posts under 임시조치: restricted",
    items={DM[0]: "restricted", DM[1]: "restricted"},
)

HTML_B64 = f"""<html><body>
<p>안녕하세요. 카카오 권리침해신고센터입니다.</p>
<p>요청번호 <b>KCSC-240906-03</b> 처리 결과를 알려드립니다.</p>
<table border="1" cellpadding="3">
<tr><th>URL</th><th>결과</th></tr>
<tr><td>{DM[0]}</td><td>삭제</td></tr>
<tr><td>{DM[1]}</td><td>비공개 처리</td></tr>
<tr><td><a href="{DM[2]}">{M3_RAW}</a></td><td>게시물 없음 (이미 삭제된 글)</td></tr>
</table>
<p>감사합니다.</p>
</body></html>
"""

case(
    name="daum-html-base64-table",
    **{"from": "noreply-right@kakaocorp.com"}, name_from=KKNAME, date=d(12, 9, 14),
    subject="[카카오] 처리 결과 안내",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(HTML_B64)}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao notice mailer: base64 HTML table",
    why="deleted, made private (removed), already gone (not_found)",
    items={DM[0]: "removed", DM[1]: "removed", DM[2]: "not_found"},
)

case(
    name="daum-wrapped-encoded-url",
    **{"from": "right@kakaocorp.com"}, name_from=KKNAME, date=d(13, 17, 2),
    subject="Re: 티스토리 게시물 게시중단 요청",
    reply_to_req=msgid("KCSC-240906-03"),
    body="""
안녕하세요, 카카오입니다.

<https://gureum-note.tistory.com/entry/%EC%A3%BC%EC%8B%9D-%EB%A6%AC
%EB%94%A9%EB%B0%A9-%ED%9B%84%EA%B8%B0>

위 게시글은 티스토리 운영정책 위반으로 게시중단(블라인드) 처리하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="reply whose long percent-encoded URL was wrapped inside angle brackets by the mail client",
    why="the one named post (wrapped across two lines in <>) is blinded",
    items={DM[2]: "removed"},
)

case(
    name="soop-english-deleted-and-kept",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Trust & Safety", date=d(11, 20, 10),
    subject="[SOOP] Result of your request KCSC-240909-04",
    reply_to_req=msgid("KCSC-240909-04"),
    body=f"""
Hello,

We reviewed the replays you reported under KCSC-240909-04.

{SP[0]} has been deleted, and the streamer's channel was suspended for 7 days.

{SP[1]}: our review found no breach of SOOP's operating policy in this replay, so it remains available.

Operating policy: https://www.sooplive.co.kr/policy/operation

SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) trust-and-safety outcome in English",
    why="one VOD deleted, one kept for no violation",
    items={SP[0]: "removed", SP[1]: "rejected"},
)

case(
    name="soop-korean-particles-fullwidth",
    **{"from": "cs@sooplive.co.kr"}, name_from=SPNAME, date=d(12, 11, 33),
    subject="[SOOP] 신고 처리 결과 안내 (KCSC-240909-04)",
    body=f"""
안녕하세요, SOOP 고객센터입니다.

{SP[1]}는 19세 이상만 시청할 수 있도록 등급을 변경하였습니다（연령 제한）.
{SP[2]}의 방송국 게시글은 운영정책 위반으로 삭제되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP 고객센터 Korean result with particles glued to the URLs",
    why="VOD age-restricted (restricted), station post deleted",
    items={SP[1]: "restricted", SP[2]: "removed"},
)

CSV2 = "url,result,actioned_at\n" + "\n".join([
    f"{SP[0]},removed,2024-09-12 14:01 KST",
    f"{SP[1]},removed,2024-09-12 14:03 KST",
    f"{SP[2]},not found (deleted by streamer),-",
]) + "\n"

case(
    name="soop-csv-attachment-english",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Trust & Safety", date=d(12, 15, 0),
    subject="KCSC-240909-04 - action report",
    reply_to_req=msgid("KCSC-240909-04"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="soop537"

--soop537
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please see the attached action report for request KCSC-240909-04.

SOOP Trust & Safety

--soop537
Content-Type: text/csv; name="action_report.csv"
Content-Disposition: attachment; filename="action_report.csv"
Content-Transfer-Encoding: 7bit

{CSV2}
--soop537--
""",
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety action report as CSV attachment",
    why="CSV: two VODs removed, station post not found",
    items={SP[0]: "removed", SP[1]: "removed", SP[2]: "not_found"},
)

case(
    name="fmkorea-short-two-lines",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진", date=d(11, 22, 47),
    subject="Re: 게시물 삭제 요청 (KCSC-240910-05)",
    reply_to_req=msgid("KCSC-240910-05"),
    body=f"""
{FM[0]} 삭제했습니다.
{FM[1]} 는 작성자가 이미 지운 글이라 남아 있지 않습니다.

에펨코리아 운영진
""",
    outcome="applied", classification="confirmation",
    imitates="community-site admin's two-line reply",
    why="one deleted, one already deleted by its author",
    items={FM[0]: "removed", FM[1]: "not_found"},
)

FM_TXT = f"""안녕하세요, 에펨코리아입니다.

요청번호 KCSC-240910-05 의 두 게시물 모두 아래와 같이 삭제하였습니다.

1) {FM[0]} - 삭제
2) {FM[1]} - 삭제

감사합니다.
"""
FM_HTML = f"""<div>안녕하세요, 에펨코리아입니다.</div>
<div>요청번호 KCSC-240910-05 의 두 게시물 모두 아래와 같이 삭제하였습니다.</div>
<ol><li><a href="{FM[0]}">{FM[0]}</a> - 삭제</li>
<li><a href="{FM[1]}">{FM[1]}</a> - 삭제</li></ol>
<div>감사합니다.</div>
"""

case(
    name="fmkorea-alternative-both-deleted",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진", date=d(12, 8, 20),
    subject="[에펨코리아] 삭제 완료",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="fm537alt"

--fm537alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(FM_TXT)}
--fm537alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(FM_HTML)}
--fm537alt--
""",
    outcome="applied", classification="confirmation",
    imitates="multipart/alternative (plain + HTML, both base64) result mail",
    why="'both posts' followed by each URL with 삭제: item-level, not bulk",
    items={FM[0]: "removed", FM[1]: "removed"},
)

case(
    name="inven-sole-one-item-request",
    **{"from": "cs@inven.co.kr"}, name_from="인벤 고객지원", date=d(12, 13, 13),
    subject="[인벤] 문의하신 내용에 대한 답변입니다",
    reply_to_req=msgid("KCSC-240911-06"),
    body="""
안녕하세요, 인벤 고객지원팀입니다.

문의하신 건(KCSC-240911-06)의 신고 게시물은 확인 후 삭제 조치를 완료하였습니다.
작성자에게는 이용 제한 7일이 적용되었습니다.

더 나은 서비스를 위해 노력하겠습니다.
인벤 고객지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Inven customer-support answer without the URL",
    why="one-item request referenced by number, its post stated deleted",
    items={IV[0]: "removed"},
)

case(
    name="clien-gmail-quote-reply",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영자", date=d(13, 10, 2),
    subject="Re: [KCSC] 시정요구 협조 요청 (KCSC-240912-07)",
    reply_to_req=msgid("KCSC-240912-07"),
    body=f"""
안녕하세요, 클리앙 운영진입니다.

{CL[0]} 게시물은 운영자 삭제 처리했고 작성자는 영구 차단했습니다.
{CL[1]} 는 같은 회원의 글이지만 중고 거래 관련 잡담으로 신고 사유에 해당하지 않아 그대로 둡니다.

2024년 9월 12일 (목) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_request("KCSC-240912-07", CL)}
""",
    outcome="applied", classification="confirmation",
    imitates="Clien admin reply above a Gmail quote",
    why="first post deleted, second kept with a reason (rejected)",
    items={CL[0]: "removed", CL[1]: "rejected"},
)

case(
    name="clien-second-post-deleted-later",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영자", date=d(14, 21, 15),
    subject="추가 안내 - KCSC-240912-07",
    body=f"""
추가 확인 결과 {CL[1]} 도 거래 유도 문구가 있어 삭제하였습니다.

클리앙 운영진
""",
    outcome="applied", classification="confirmation",
    imitates="follow-up note from a community admin",
    why="follow-up naming the second post, stated deleted",
    items={CL[1]: "removed"},
)

# ====================================================================== REVIEW

case(
    name="dc-promise-will-delete",
    **{"from": "report@dcinside.com"}, name_from=DCNAME, date=d(4, 11, 0),
    subject="Re: KCSC-240903-01",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

요청하신 게시물 가운데
{DC[0]}
{DC[1]}
두 건은 내부 검토를 거쳐 9월 10일까지 삭제 조치될 예정입니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="operator reply promising deletion by a date",
    why="a promise ('삭제 조치될 예정') is not a statement: both stay pending",
    items={DC[0]: "pending", DC[1]: "pending"},
)

case(
    name="naver-hedged-english",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety", date=d(6, 17, 40),
    subject="Re: KCSC-240905-02",
    reply_to_req=msgid("KCSC-240905-02"),
    body=f"""
Hello,

A quick update on KCSC-240905-02. The blog post {NV[0]} appears to have been taken
down by the blogger already, and {NV[1]} may be covered by an earlier 임시조치
on the same blog. We will confirm both once the blog team has checked.

Regards,
NAVER Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="interim update with hedged statements",
    why="'appears to', 'may be' and 'will confirm': nothing stated",
    items={NV[0]: "pending", NV[1]: "pending"},
)

case(
    name="daum-conditional-decisions",
    **{"from": "right@kakaocorp.com"}, name_from=KKNAME, date=d(9, 16, 30),
    subject="[카카오] 게시중단 요청 관련 안내",
    reply_to_req=msgid("KCSC-240906-03"),
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

{DM[0]} 는 게시자에게 소명 기회를 준 뒤 삭제 여부를 결정할 예정입니다.
{DM[1]} 는 심의 결정문 사본이 확인되면 바로 게시중단하겠습니다.

양해 부탁드립니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao interim reply with conditions",
    why="a future decision and a conditional takedown: both items pending",
    items={DM[0]: "pending", DM[1]: "pending"},
)

case(
    name="dc-bulk-all-deleted",
    **{"from": "report@dcinside.com"}, name_from=DCNAME, date=d(14, 9, 5),
    subject="[디시인사이드] KCSC-240903-01 처리 완료",
    reply_to_req=msgid("KCSC-240903-01"),
    body="""
안녕하세요, 디시인사이드 운영팀입니다.

요청하신 게시물 14건 모두 삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="one-line 'all done' reply from an operator",
    why="all 14 posts said deleted without naming any: bulk, items pending",
    items={u: "pending" for u in DC},
)

case(
    name="soop-bulk-english",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Trust & Safety", date=d(13, 12, 0),
    subject="Re: KCSC-240909-04",
    reply_to_req=msgid("KCSC-240909-04"),
    body="""
Hello,

All the replays and posts listed in your request KCSC-240909-04 have been removed
from SOOP.

SOOP Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="English 'all listed content was removed' reply",
    why="three-item request, statement covers all without naming each",
    items={u: "pending" for u in SP},
)

case(
    name="dc-auth-fail-forged",
    **{"from": "report@dcinside.com"}, name_from=DCNAME, date=d(8, 3, 17), auth="fail",
    subject="[디시인사이드] 처리 결과 안내 (KCSC-240903-01)",
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

아래 게시물은 모두 삭제하였습니다.
{DC[0]}
{DC[1]}
{DC[2]}
{DC[3]}
{DC[4]}
""",
    outcome="review", review="untrusted",
    imitates="portal result notice whose DKIM/SPF/DMARC fail",
    why="sender domain is DC Inside's but authentication fails",
    items={DC[0]: "pending", DC[1]: "pending", DC[2]: "pending", DC[3]: "pending", DC[4]: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    **{"from": "coin.manager.77@gmail.com"}, name_from="코인톡 갤러리 매니저", date=d(6, 23, 41),
    subject="방심위 요청 건 코인 갤러리 글 삭제했습니다",
    body=f"""
안녕하세요 코인톡 마이너 갤러리 매니저입니다.
DC 운영팀에서 전달받아서 아래 글 지웠습니다.

{DC[3]}
{DC[4]}

KCSC-240903-01 건이라고 들었습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="minor-gallery manager (a user, not staff) writing from a webmail address",
    why="statements about requested posts from a sender outside every platform domain",
    items={DC[3]: "pending", DC[4]: "pending"},
)

case(
    name="naver-lookalike-domain",
    **{"from": "notice@naver-cs-center.com"}, name_from="네이버 고객센터", date=d(7, 12, 9),
    subject="[네이버] 게시중단 처리 완료 안내 (KCSC-240905-02)",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 아래 게시물을 게시중단 처리하였습니다.
- {NV[0]}
- {NV[1]}
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike domain using NAVER's notice wording",
    why="the domain is not NAVER's: no change",
    items={NV[0]: "pending", NV[1]: "pending"},
)

case(
    name="ppomppu-not-our-site",
    **{"from": "help@ppomppu.co.kr"}, name_from="뽐뿌 운영팀", date=d(13, 15, 28),
    subject="문의하신 게시물 관련 답변",
    body=f"""
안녕하세요, 뽐뿌 운영팀입니다.

보내주신 주소 {CL[0]} 는 저희 사이트 게시물이 아니며,
뽐뿌에서는 해당 게시물을 찾을 수 없습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="misdirected-request reply from another community site",
    why="Ppomppu states 'cannot be found' about a Clien item",
    items={CL[0]: "pending"},
)

case(
    name="nate-general-notice",
    **{"from": "clean@skcomms.co.kr"}, name_from="네이트 클린센터", date=d(10, 9, 0),
    subject="[네이트] 청소년유해정보 모니터링 협조 체계 변경 안내",
    body="""
안녕하세요, 네이트 클린센터입니다.

10월 1일부터 기관 협조 요청 접수 창구가 clean@skcomms.co.kr 로 일원화됩니다.
기존 주소로 보내신 요청도 9월 말까지는 정상 접수됩니다.

자세한 안내: https://helpdesk.nate.com/notice/2024-09

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="portal announcement to partner agencies",
    why="trusted platform mail that names no item and no request",
    items={},
)

case(
    name="fmkorea-asks-documents",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진", date=d(11, 14, 2),
    subject="Re: 게시물 삭제 요청 (KCSC-240910-05)",
    reply_to_req=msgid("KCSC-240910-05"),
    body=f"""
안녕하세요.

{FM[0]} 건과 관련하여, 조치 전에 심의 의결서 사본과
피해 당사자가 특정되는 근거 자료를 보내주실 수 있을까요?
자료를 받는 대로 검토하겠습니다.

에펨코리아 운영진
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="community admin asking for the decision document before acting",
    why="a request for documents, nothing stated about the item",
    items={FM[0]: "pending"},
)

# ====================================================================== IGNORED

case(
    name="naver-ooo-chuseok",
    **{"from": "sy.kim@navercorp.com"}, name_from="김서연", date=d(13, 18, 0),
    subject="[자동응답] 부재중: Re: 게시중단 요청 (KCSC-240905-02)",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 김서연입니다.
9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 정책협력팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.

I am out of the office until 19 September.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean/English out-of-office auto-reply over Chuseok",
    why="auto-reply",
    items={},
)

case(
    name="dc-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx1.dcinside.com"}, name_from="Mail Delivery System", date=d(10, 10, 1),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn537"

--dsn537
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-old@dcinside.com>: host mx1.dcinside.com said: 550 5.1.1 User unknown

--dsn537
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: {d(10, 10, 0)}

Final-Recipient: rfc822; legal-old@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn537
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-old@dcinside.com
Subject: [KCSC] 처리 결과 회신 요청 (KCSC-240903-01)
Message-ID: <reminder.KCSC-240903-01.1@kcsc.example>

--dsn537--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN for a reminder sent to an old address",
    why="delivery failure report",
    items={},
)

case(
    name="daum-read-receipt",
    **{"from": "right@kakaocorp.com"}, name_from=KKNAME, date=d(6, 15, 2),
    subject="읽음 확인: [KCSC] 게시중단 요청 (KCSC-240906-03)",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn537"

--mdn537
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[KCSC] 게시중단 요청 (KCSC-240906-03)"을(를)
수신자가 2024-09-06 15:02 (KST)에 열어 보았습니다.

--mdn537
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Work Mail
Final-Recipient: rfc822; right@kakaocorp.com
Original-Message-ID: <{msgid("KCSC-240906-03")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn537--
""",
    outcome="ignored", classification="read_receipt",
    imitates="MDN (읽음 확인) from a webmail client",
    why="read receipt",
    items={},
)

case(
    name="soop-ticket-receipt",
    **{"from": "noreply@sooplive.co.kr"}, name_from=SPNAME, date=d(9, 10, 4),
    subject="[SOOP 고객센터] 문의가 접수되었습니다 (#SP-20240909-7781)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호: SP-20240909-7781
 - 제목: [KCSC] 시정요구 협조 요청 (KCSC-240909-04)

답변은 영업일 기준 3일 이내에 메일로 보내드립니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="clien-ooo-english",
    **{"from": "jw.lee@clien.net"}, name_from="Lee Jiwon", date=d(12, 10, 1),
    subject="Automatic reply: [KCSC] 시정요구 협조 요청 (KCSC-240912-07)",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am on leave until 16 September and will have
limited access to email. For urgent moderation issues please write to
admin@clien.net.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="auto-reply",
    items={},
)

case(
    name="inven-receipt-echo",
    **{"from": "noreply@inven.co.kr"}, name_from="인벤 고객지원", date=d(11, 10, 6),
    subject="[인벤] 신고가 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요, 인벤 고객지원입니다.

아래 내용으로 신고가 접수되었습니다.

 접수번호 : INV-240911-0452
 신고 유형 : 개인정보 노출
 신고 URL : {IV[0]}
 신고 내용 : 미성년자 개인정보 게시 (KCSC-240911-06)

담당자가 확인 후 답변드리겠습니다. 이 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket receipt echoing the submitted report",
    why="receipt that echoes our own report; nothing stated about the post",
    items={},
)

HEADER = """# Blind set 537 (Korean portals and community sites), written by make.py.
# Each case is judged alone on a fresh ledger holding requests.csv.
# Expected results written from each email's meaning before any run."""

def encode_headers(c):
    # Korean mailers send non-ASCII display names and subjects as RFC 2047
    # encoded words (UTF-8, base64).
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = email.header.Header(v, "utf-8").encode(maxlinelen=76)


if __name__ == "__main__":
    for c in CASES:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, "blind537", HEADER, CASES)
