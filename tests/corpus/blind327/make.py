#!/usr/bin/env python3
"""Blind set 327: Korean portals and community sites (NAVER, Daum, DC Inside,
SOOP, Nate, Clien, Ppomppu, FM Korea), Korean and English mixed, with the
doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind327/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning before any run of
the reader; every URL, name and id is fictional.
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
DC = "https://gall.dcinside.com"
D = {
    1: DC + "/board/view/?id=stock_new2&no=9120431",
    2: DC + "/board/view/?id=stock_new2&no=9120587",
    3: DC + "/mgallery/board/view/?id=coin_talk77&no=55012",
    4: DC + "/mgallery/board/view/?id=coin_talk77&no=55019",
    5: DC + "/mgallery/board/view/?id=coin_talk77&no=55123",
    6: DC + "/mgallery/board/view/?id=bettingtip&no=30077",
    7: DC + "/mgallery/board/view/?id=bettingtip&no=30102",
    8: DC + "/mgallery/board/view/?id=bettingtip&no=30150",
    9: DC + "/mini/board/view/?id=haeoe_ent&no=8841",
    10: DC + "/mini/board/view/?id=haeoe_ent&no=8856",
    11: DC + "/board/view/?id=car_new1&no=1450332",
    12: DC + "/board/view/?id=car_new1&no=1450419",
    13: "https://m.dcinside.com/board/sportsbet_g/20931",
    14: "https://m.dcinside.com/board/sportsbet_g/20988",
}
N = {
    1: "https://blog.naver.com/moon_gold88/223561100421",
    2: "https://blog.naver.com/moon_gold88/223561100907",
    3: "https://cafe.naver.com/joonggobikes/884213",
    4: "https://cafe.naver.com/joonggobikes/884390",
    5: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80104&docId=471200315",
}
# 주식리딩방 (percent-encoded in requests.csv, raw in one email)
M1_RAW = "https://cafe.daum.net/주식리딩방/RkQ3/1204"
M = {
    1: "https://cafe.daum.net/%EC%A3%BC%EC%8B%9D%EB%A6%AC%EB%94%A9%EB%B0%A9/RkQ3/1204",
    2: "https://cafe.daum.net/stockleading/RkQ3/1211",
    3: "https://cafe.daum.net/stockleading/RkQ3/1230",
    4: "https://m.cafe.daum.net/stockleading/RkQ3/1244",
}
S = {
    1: "https://vod.sooplive.co.kr/player/130445821",
    2: "https://vod.sooplive.co.kr/player/130446007",
    3: "https://ch.sooplive.co.kr/bjnight7/post/96012244",
}
F = {
    1: "https://www.fmkorea.com/7412589630",
    2: "https://www.fmkorea.com/7412601184",
}
P1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9034415"
C = {
    1: "https://www.clien.net/service/board/park/18790455",
    2: "https://www.clien.net/service/board/cm_car/18790612",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "dcinside", "2024-09-03T10:30:00+09:00", "2024-09-10",
     [D[i] for i in range(1, 15)], "gambling", "불법 도박·리딩방 홍보 게시물 (갤러리 5곳)"),
    ("KCSC-240904-02", "naver", "2024-09-04T09:00:00+09:00", "2024-09-11",
     [N[i] for i in range(1, 6)], "fraud", "중고거래 사기 유도 글"),
    ("KCSC-240906-03", "daum", "2024-09-06T14:00:00+09:00", "2024-09-13",
     [M[i] for i in range(1, 5)], "fraud", "주식 리딩방 카페 게시물"),
    ("KCSC-240909-04", "soop", "2024-09-09T10:00:00+09:00", "2024-09-16",
     [S[i] for i in range(1, 4)], "gambling", "도박 사이트 홍보 VOD·방송국 게시글"),
    ("KCSC-240910-05", "fmkorea", "2024-09-10T11:00:00+09:00", "2024-09-17",
     [F[1], F[2]], "gambling", "토토 사이트 홍보"),
    ("KCSC-240911-06", "ppomppu", "2024-09-11T15:00:00+09:00", "2024-09-18",
     [P1], "privacy", "개인정보 노출 게시물"),
    ("KCSC-240912-07", "clien", "2024-09-12T09:30:00+09:00", "2024-09-19",
     [C[1], C[2]], "privacy", "개인정보 노출 게시물"),
]


def mid(ref):
    return ref.lower() + "@kcsc.example"


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            lines.append(",".join([ref, plat, sent, due, u, cat, mid(ref), note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def rq(ref):
    """Value for reply_to_req (In-Reply-To <...@kcsc.example>)."""
    return ref.lower()


def quoted_request(ref, urls, prefix="> "):
    body = [
        "안녕하십니까. 방송통신심의위원회 통신심의국입니다.",
        "",
        f"아래 게시물은 정보통신망법 제44조의7에 따른 불법정보로 심의·의결되어",
        f"삭제 등 시정을 요구합니다. (요청번호 {ref})",
        "",
    ]
    for i, u in enumerate(urls, 1):
        body.append(f"{i}. {u}")
    body += ["", "조치 결과를 회신하여 주시기 바랍니다.", "KCSC Takedown"]
    return "\n".join((prefix + l).rstrip() for l in body)


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


# =================================================================== DC Inside
rows = [
    (1, "삭제 완료", ""), (2, "삭제 완료", ""), (3, "삭제 완료", ""),
    (4, "게시물 없음", "작성자가 요청 접수 전 직접 삭제"),
    (5, "삭제 완료", ""), (6, "삭제 완료", ""), (7, "삭제 완료", ""),
    (8, "미조치", "운영원칙 위반 사항 확인되지 않음 (일반 경기 분석글)"),
    (9, "삭제 완료", ""),
    (10, "게시물 없음", "존재하지 않는 글 번호"),
    (11, "삭제 완료", ""), (12, "삭제 완료", ""), (13, "삭제 완료", ""), (14, "삭제 완료", ""),
]
trs = "\n".join(
    f'<tr><td align="center">{n}</td><td>{D[n].replace("&", "&amp;")}</td>'
    f"<td>{st}</td><td>{note}</td></tr>" for n, st, note in rows)
case(
    name="dc-html-table-fourteen",
    date="Thu, 05 Sep 2024 16:41:09 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="Re: [KCSC-240903-01] 불법정보 게시물 시정요구 처리결과 회신",
    reply_to_req=rq("KCSC-240903-01"),
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 디시인사이드 운영팀입니다.</p>
<p>9월 3일 보내주신 시정요구(요청번호 KCSC-240903-01, 총 14건)에 대한 처리결과를 아래 표와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr bgcolor="#eeeeee"><th>번호</th><th>게시물 주소</th><th>처리결과</th><th>비고</th></tr>
{trs}
</table>
<p>미조치 건은 <a href="https://www.dcinside.com/policy/gallery_rule">갤러리 운영원칙</a>상 삭제 사유에 해당하지 않는다고 판단한 게시물입니다. 이견이 있으시면 회신 부탁드립니다.</p>
<p>감사합니다.<br>디시인사이드 운영팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 회신 table (번호/URL/처리결과/비고)",
    why="HTML table, one row per requested post: 삭제 완료 x11, 게시물 없음 x2, 미조치 with a reason x1",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found",
           D[5]: "removed", D[6]: "removed", D[7]: "removed", D[8]: "rejected",
           D[9]: "removed", D[10]: "not_found", D[11]: "removed", D[12]: "removed",
           D[13]: "removed", D[14]: "removed"},
)

case(
    name="dc-numbered-first-batch",
    date="Wed, 04 Sep 2024 11:20:44 +0900",
    **{"from": "report@dcinside.com"},
    name_from="DC Inside 게시물 관리",
    subject="RE: KCSC-240903-01 처리 결과 (1차)",
    reply_to_req=rq("KCSC-240903-01"),
    body=f"""안녕하세요, 디시인사이드 게시물 관리 담당자입니다.
요청하신 건 중 1차로 확인이 끝난 5건의 처리 결과를 안내드립니다.
(Results for the first five posts are listed below.)

1. {D[1]}
   삭제 완료 (Deleted)
2. {D[2]}
   삭제 완료 (Deleted)
3. {D[3]}
   게시물 없음 - 작성자 본인이 삭제한 글입니다 (Not found, deleted by the writer)
4. {D[4]}
   삭제 완료 (Deleted)
5. {D[5]}
   유지 - 코인 시세에 대한 일반 의견글로 판단되어 삭제하지 않았습니다. (Kept: no violation found)

나머지 9건은 확인되는 대로 별도로 회신드리겠습니다.

디시인사이드 게시물 관리팀
""",
    outcome="applied", classification="confirmation",
    imitates="community-site moderator reply with a numbered list, status on the line under each URL",
    why="five numbered URLs each with an unhedged status; the promise about the other nine changes nothing",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "removed", D[5]: "rejected"},
)

csv_text = "\ufeff번호,게시물 URL,처리결과,처리일시\n" + "\n".join(
    f"{i},{D[n]},{st},2024-09-04 {15 + i}:0{i}" for i, (n, st) in enumerate([
        (6, "삭제"), (7, "삭제"), (8, "삭제"), (9, "게시물 없음(작성자 삭제)"),
        (10, "삭제"), (11, "삭제")], 1)) + "\n"
case(
    name="dc-csv-attachment-six",
    date="Wed, 04 Sep 2024 21:03:55 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드",
    subject="[디시인사이드] KCSC-240903-01 처리 내역 송부",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="dc-mix-5521"

--dc-mix-5521
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 디시인사이드입니다.

요청번호 KCSC-240903-01 중 오늘 처리된 6건의 내역을 첨부 파일(CSV)로
보내드립니다. 나머지 건은 갤러리 매니저 확인 후 회신드리겠습니다.

Please find attached the processing log for six of the reported posts.

--dc-mix-5521
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--dc-mix-5521--
""",
    outcome="applied", classification="confirmation",
    imitates="processing log exported from a moderation tool and sent as a CSV attachment",
    why="CSV attachment, one row per post with its result (삭제 / 게시물 없음)",
    items={D[6]: "removed", D[7]: "removed", D[8]: "removed", D[9]: "not_found",
           D[10]: "removed", D[11]: "removed"},
)

case(
    name="dc-top-posted-over-korean-quote",
    date="Tue, 03 Sep 2024 17:12:30 +0900",
    **{"from": "gallmanager@dcinside.com"},
    name_from="디시인사이드 갤러리관리",
    subject="Re: [KCSC-240903-01] 불법정보 게시물 삭제 요청",
    reply_to_req=rq("KCSC-240903-01"),
    body=f"""안녕하세요.

요청 주신 건 중 스포츠베팅 갤러리 모바일 주소 2건은 오늘 삭제 처리했습니다.
{D[13]}
{D[14]}

나머지 게시물은 각 갤러리 매니저와 확인 중이며 결과 나오는 대로 다시
연락드리겠습니다.

디시인사이드 갤러리관리팀 이도윤 드림

2024년 9월 3일 (화) 오전 10:30, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_request("KCSC-240903-01", [D[i] for i in range(1, 15)])}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean top-posted reply over the regulator's quoted request",
    why="two URLs stated deleted above the quote; the 14 quoted URLs and '확인 중' change nothing",
    items={D[13]: "removed", D[14]: "removed"},
)

case(
    name="dc-url-then-arrow-status",
    date="Thu, 05 Sep 2024 09:05:12 +0900",
    **{"from": "minigall@dcinside.com"},
    name_from="디시인사이드 미니갤러리",
    subject="RE: 게시물 삭제 요청 (KCSC-240903-01) - 해외연예 미니갤",
    body=f"""해외연예 미니갤러리 관련 요청 건 처리 결과입니다.

{D[9]}
→ 삭제 처리 완료

{D[10]}
→ 해당 글 없음 (이미 삭제된 글번호)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="terse operator reply: bare URL, arrow and status on the next line",
    why="each URL followed by its status on the line below",
    items={D[9]: "removed", D[10]: "not_found"},
)

case(
    name="dc-receipt-number-with-results",
    date="Wed, 04 Sep 2024 14:48:02 +0900",
    **{"from": "noreply@dcinside.com"},
    name_from="디시인사이드 신고센터",
    subject="[디시인사이드] 신고 처리 안내 (접수번호 DC-240904-7781)",
    body=f"""[디시인사이드 신고센터]

귀하의 신고가 접수되었습니다. 접수번호: DC-240904-7781
관련 요청번호: KCSC-240903-01

검토 결과 아래와 같이 조치하였음을 알려드립니다.

 - {D[11]} : 삭제
 - {D[12]} : 삭제
 - {D[4]} : 이미 삭제된 게시물 (작성자 삭제)

본 메일은 발신 전용입니다. 문의는 고객센터(https://www.dcinside.com/help/report)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="report-centre notice that opens with a receipt number and then states results",
    why="an acknowledgement phrase followed by unhedged per-URL results is a confirmation; the help link is not an item",
    items={D[11]: "removed", D[12]: "removed", D[4]: "not_found"},
)

qp_body = f"""안녕하세요. 디시인사이드 운영팀입니다.

베팅팁 마이너 갤러리의 아래 게시물은 불법 도박 사이트 홍보로 확인되어 삭제했습니다:
<{D[6]}>
<{D[7]}>

같은 갤러리의 {D[8]} 건은 매니저 소명을 받는 중이라 결과를 따로 알려드리겠습니다.

감사합니다.
"""
case(
    name="dc-qp-angle-brackets",
    date="Wed, 04 Sep 2024 18:30:00 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="=?UTF-8?B?" + base64.b64encode("Re: [KCSC-240903-01] 베팅팁 갤러리 처리 결과".encode()).decode() + "?=",
    reply_to_req=rq("KCSC-240903-01"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_body)}""",
    outcome="applied", classification="confirmation",
    imitates="quoted-printable Korean reply, statement first and URLs in angle brackets on the lines below",
    why="two URLs below a 'deleted' statement; the third is still under the manager's appeal (pending)",
    items={D[6]: "removed", D[7]: "removed", D[8]: "pending"},
)

case(
    name="dc-english-gmail-quote",
    date="Fri, 06 Sep 2024 10:14:27 +0900",
    **{"from": "global@dcinside.com"},
    name_from="DCinside Support",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=rq("KCSC-240903-01"),
    body=f"""Hello,

Following up on your request, here is the status of the posts on the car
gallery and the sports betting gallery:

- {D[13]} has been deleted.
- {D[14]} has been deleted.
- {D[11]} could not be found. The post number does not exist on the gallery.

Best regards,
Minji Han
DCinside Support

On Tue, Sep 3, 2024 at 10:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240903-01", [D[i] for i in range(1, 15)])}
""",
    outcome="applied", classification="confirmation",
    imitates="English support reply over a Gmail 'On ... wrote:' quote",
    why="three bulleted sentences above the quote; the quoted request list changes nothing",
    items={D[13]: "removed", D[14]: "removed", D[11]: "not_found"},
)

case(
    name="dc-bilingual-status-lines",
    date="Fri, 06 Sep 2024 15:52:10 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="KCSC-240903-01 / 추가 처리 결과 (additional results)",
    body=f"""추가 처리 결과 / Additional results

{D[12]} - Deleted / 삭제됨
{D[5]} - 게시 중단 (Blinded)
{D[8]} - Not removed / 미삭제: 운영원칙 위반 아님 (no violation of the gallery rules)

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual one-line-per-URL status list from a Korean community operator",
    why="deleted, blinded (removed) and a refusal with its reason (rejected)",
    items={D[12]: "removed", D[5]: "removed", D[8]: "rejected"},
)

case(
    name="dc-promise-sequential-delete",
    date="Tue, 03 Sep 2024 15:01:44 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="Re: [KCSC-240903-01] 불법정보 게시물 삭제 요청",
    reply_to_req=rq("KCSC-240903-01"),
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물 중 코인 마이너 갤러리 게시물
{D[3]}
{D[4]}
은 확인 후 순차적으로 삭제 조치할 예정입니다.
조치가 끝나면 결과를 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="operator reply promising deletion 'in order' (순차적으로 삭제 예정)",
    why="a promise, not a statement: the two named items stay pending",
    items={D[3]: "pending", D[4]: "pending"},
)

case(
    name="dc-bulk-all-fourteen",
    date="Mon, 09 Sep 2024 10:02:18 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="Re: [KCSC-240903-01] 불법정보 게시물 삭제 요청",
    reply_to_req=rq("KCSC-240903-01"),
    body="""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물 14건 모두 삭제 조치 완료되었습니다.
앞으로도 건전한 커뮤니티 운영을 위해 노력하겠습니다.

디시인사이드 운영팀 드림
""",
    outcome="review", review="bulk",
    imitates="one-sentence 'all N posts deleted' reply from a community operator",
    why="a statement about all 14 items without naming any: bulk, items stay pending",
    items={},
)

case(
    name="dc-monitoring-agency-unknown",
    date="Wed, 04 Sep 2024 08:40:31 +0900",
    **{"from": "report@cleanline-monitor.kr"},
    name_from="클린라인 모니터링",
    subject="[대행] KCSC-240903-01 관련 게시물 삭제 확인",
    body=f"""안녕하세요. 디시인사이드 게시물 모니터링을 대행하고 있는 클린라인입니다.

위원회에서 요청하신 게시물 중 아래 2건이 삭제된 것을 확인하여 알려드립니다.
{D[1]}
{D[2]}

클린라인 모니터링팀
""",
    outcome="review", review="unknown_sender",
    imitates="third-party monitoring agency reporting on a platform's behalf",
    why="names requested URLs but comes from a domain of no platform",
    items={D[1]: "pending", D[2]: "pending"},
)

case(
    name="dc-asks-for-official-letter",
    date="Tue, 03 Sep 2024 13:25:40 +0900",
    **{"from": "legal@dcinside.com"},
    name_from="디시인사이드 법무팀",
    subject="Re: [KCSC-240903-01] 불법정보 게시물 삭제 요청",
    reply_to_req=rq("KCSC-240903-01"),
    body="""안녕하세요. 디시인사이드 법무팀입니다.

보내주신 요청(KCSC-240903-01)을 처리하기 위해 다음 자료가 필요합니다.

 1. 시정요구 공문 원본(PDF, 직인 포함)
 2. 심의 의결서 사본
 3. 담당자 성함과 연락처

위 자료를 회신해 주시면 확인 후 처리하겠습니다.

디시인사이드 법무팀
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="legal team asking for the official letter and decision before acting",
    why="asks for documents; states nothing about any item",
    items={},
)

case(
    name="dc-read-receipt",
    date="Tue, 03 Sep 2024 11:02:09 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="읽음 확인: [KCSC-240903-01] 불법정보 게시물 삭제 요청",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-7c1"

--mdn-7c1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

takedown@kcsc.example 님이 보낸 메일 "[KCSC-240903-01] 불법정보 게시물 삭제 요청"을
2024-09-03 11:02에 수신자가 읽었습니다.

--mdn-7c1
Content-Type: message/disposition-notification

Reporting-UA: webmail.dcinside.com; DC Webmail 3.2
Final-Recipient: rfc822; report@dcinside.com
Original-Message-ID: <kcsc-240903-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-7c1--
""",
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN, RFC 8098)",
    why="a read receipt says nothing about the items",
    items={},
)

# =================================================================== NAVER
case(
    name="naver-gsj-result-notice",
    date="Fri, 06 Sep 2024 13:30:00 +0900",
    **{"from": "noreply-right@navercorp.com"},
    name_from="NAVER 권리보호센터",
    subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240904-02)",
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 알려드립니다.

■ 처리 결과
  ① {N[1]}
     - 임시조치(30일): 권리침해 여부 판단이 어려워 게시물 접근을 임시로 차단하였습니다.
  ② {N[2]}
     - 임시조치(30일)
  ③ {N[3]}
     - 삭제: 카페 운영원칙 및 관련 법령 위반으로 게시물을 삭제하였습니다.

■ 안내
  임시조치된 게시물은 게시자가 30일 이내에 재게시를 요청할 수 있습니다.
  자세한 내용은 네이버 권리보호 도움말(https://help.naver.com/right/temp_measure)을 참고해 주세요.

네이버 주식회사
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 notice (임시조치 30일 / 삭제)",
    why="circled-number list: two 임시조치 (restricted), one 삭제 (removed); the help link is not an item",
    items={N[1]: "restricted", N[2]: "restricted", N[3]: "removed"},
)

case(
    name="naver-english-kin-and-cafe",
    date="Mon, 09 Sep 2024 17:45:21 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy Team",
    subject="RE: KCSC-240904-02 removal request",
    reply_to_req=rq("KCSC-240904-02"),
    body=f"""Dear KCSC team,

We have reviewed the remaining two items of your request.

The Knowledge iN answer at
{N[5]}
does not violate NAVER's operating principles or Korean law in our assessment;
it describes how to report a fraudulent seller and we have decided to keep it
available.

The cafe post {N[4]} had already been deleted by its author before our
review, so no action was necessary.

Kind regards,
Seo-yeon Park
NAVER Policy Team
""",
    outcome="applied", classification="confirmation",
    imitates="English policy-team reply explaining a refusal and an author-deleted post",
    why="a refusal with its reason (rejected) and a post deleted by its author (not_found)",
    items={N[5]: "rejected", N[4]: "not_found"},
)

naver_qp = f"""안녕하세요. 네이버 블로그 운영팀입니다.

요청번호 KCSC-240904-02 관련하여 아래 블로그 게시물 2건을 블라인드 처리하였습니다.

- {N[1]}
- {N[2]}

블라인드 처리된 게시물은 게시자 본인 외에는 볼 수 없습니다.
"""
case(
    name="naver-blog-blind-qp",
    date="Thu, 05 Sep 2024 10:11:45 +0900",
    **{"from": "blog_help@naver.com"},
    name_from="네이버 블로그",
    subject="=?UTF-8?B?" + base64.b64encode("[네이버 블로그] 게시물 블라인드 처리 안내".encode()).decode() + "?=",
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(naver_qp)}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog 블라인드 처리 notice, quoted-printable",
    why="two named blog posts blinded (removed)",
    items={N[1]: "removed", N[2]: "removed"},
)

case(
    name="naver-text-table-result",
    date="Tue, 10 Sep 2024 09:20:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    subject="시정요구 조치결과 회신 (KCSC-240904-02)",
    body=f"""방송통신심의위원회 귀중

시정요구에 대한 조치결과를 아래와 같이 회신합니다.

| 연번 | URL                                                   | 조치내용    | 조치일     |
|------|-------------------------------------------------------|-------------|------------|
| 1    | {N[3]}                 | 삭제        | 2024-09-09 |
| 2    | {N[4]}                 | 게시물 없음 | -          |
| 3    | {N[5]} | 삭제 | 2024-09-09 |

네이버 주식회사 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 회신 as a plain-text pipe table",
    why="text table: 삭제, 게시물 없음, 삭제",
    items={N[3]: "removed", N[4]: "not_found", N[5]: "removed"},
)

case(
    name="naver-cafe-temp-and-manager",
    date="Sat, 07 Sep 2024 11:03:29 +0900",
    **{"from": "cafe_help@naver.com"},
    name_from="네이버 카페",
    subject="[네이버 카페] 요청하신 게시물 처리 안내",
    reply_to_req=rq("KCSC-240904-02"),
    body=f"""안녕하세요, 네이버 카페 고객센터입니다.

문의하신 중고자전거 카페 게시물 처리 결과입니다.

{N[3]}
 : 임시조치(30일) 되었습니다.

{N[4]}
 : 카페 매니저가 운영 규정에 따라 삭제한 게시물로 확인되어 별도 조치 없이 종료합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe help reply: 임시조치 and a post deleted by the cafe manager",
    why="임시조치 (restricted); a post deleted by the cafe's moderator is removed (arguable, see NOTES)",
    items={N[3]: "restricted", N[4]: "removed"},
)

case(
    name="naver-under-review-hedge",
    date="Thu, 05 Sep 2024 15:36:02 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy Team",
    subject="RE: [KCSC-240904-02] 게시물 삭제 요청",
    reply_to_req=rq("KCSC-240904-02"),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 블로그 게시물 {N[1]} 와 {N[2]} 는
현재 담당 부서에서 검토 중입니다. 확인해 보니 일부 내용은 게시자가 이미
수정하거나 삭제한 것으로 보입니다.

검토가 끝나는 대로 정확한 결과를 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="'under review' reply with a hedge (삭제한 것으로 보입니다)",
    why="under review plus a hedge: no statement; items stay pending",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="naver-auth-fail-lookalike",
    date="Thu, 05 Sep 2024 02:14:55 +0900",
    **{"from": "noreply-right@navercorp.com"},
    auth="fail",
    name_from="NAVER 권리보호센터",
    subject="[NAVER] 게시중단 처리 완료 (KCSC-240904-02)",
    body=f"""요청하신 게시물의 게시중단 처리가 완료되었습니다.

{N[3]} - 삭제
{N[4]} - 삭제

처리 내역 확인: https://right-naver-check.example/login
""",
    outcome="review", review="untrusted",
    imitates="NAVER-styled notice failing DKIM/SPF/DMARC (spoofed)",
    why="platform domain but authentication fails: nothing applied",
    items={N[3]: "pending", N[4]: "pending"},
)

pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
       b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
       b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</XObject<</Im0 4 0 R>>>>/Contents 5 0 R>>endobj\n"
       b"4 0 obj<</Type/XObject/Subtype/Image/Width 8/Height 8/ColorSpace/DeviceGray/BitsPerComponent 8/Filter/FlateDecode/Length 12>>stream\n"
       b"x\x9cc`\x18\x05\x00\x00\x00@\x00\x01\nendstream endobj\n"
       b"5 0 obj<</Length 33>>stream\nq 595 0 0 842 0 0 cm /Im0 Do Q\nendstream endobj\n"
       b"trailer<</Root 1 0 R>>\n%%EOF\n")
case(
    name="naver-scanned-pdf-only",
    date="Wed, 11 Sep 2024 16:00:12 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    subject="[회신] KCSC-240904-02 조치결과",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="nv-8812"

--nv-8812
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 요청번호 KCSC-240904-02에 대한 조치결과 공문을 첨부합니다.
처리 내용은 첨부 PDF를 확인해 주십시오.

네이버 정책지원팀 드림

--nv-8812
Content-Type: application/pdf; name="KCSC-240904-02_result_scan.pdf"
Content-Disposition: attachment; filename="KCSC-240904-02_result_scan.pdf"
Content-Transfer-Encoding: base64

{b64(pdf)}
--nv-8812--
""",
    outcome="review", review="unreadable_attachment",
    imitates="official reply letter sent only as a scanned PDF attachment",
    why="the results are only in a scanned (image) PDF; the body states nothing",
    items={},
)

case(
    name="naver-out-of-office",
    date="Wed, 04 Sep 2024 09:00:41 +0900",
    **{"from": "jiho.kang@navercorp.com"},
    name_from="강지호",
    subject="[부재중] Re: [KCSC-240904-02] 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""안녕하세요. 강지호입니다.
9월 4일(수)부터 9월 9일(월)까지 휴가로 부재중입니다.
게시중단 관련 긴급한 건은 policy@navercorp.com 으로 보내 주시기 바랍니다.

I am out of the office until 9 September with limited access to email.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 9:00 AM
Subject: [KCSC-240904-02] 게시물 삭제 요청

{quoted_request("KCSC-240904-02", [N[i] for i in range(1, 6)], prefix="")}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean/English out-of-office auto-reply quoting the request",
    why="auto-reply (Auto-Submitted); the quoted request's URLs are not statements",
    items={},
)

# =================================================================== Daum / Kakao
case(
    name="daum-raw-korean-path-particles",
    date="Mon, 09 Sep 2024 14:22:37 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from="Daum 권리침해신고센터",
    subject="Re: [KCSC-240906-03] Daum 카페 게시물 삭제 요청",
    reply_to_req=rq("KCSC-240906-03"),
    body=f"""안녕하세요. 카카오 Daum 권리침해신고센터입니다.

요청하신 카페 게시물의 처리 결과를 안내드립니다.

1) {M1_RAW} 게시물은 불법 투자권유에 해당하여 게시중단(삭제) 처리하였습니다.
2) {M[2]}은 권리침해 여부를 판단하기 어려워 30일간 임시조치하였습니다.
3) （{M[3]}）의 게시물은 작성자가 이미 삭제하여 확인되지 않습니다。

감사합니다.
카카오 Daum 권리침해신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 권리침해신고센터 reply written in running Korean",
    why="raw Korean path (matches its percent-encoded form), a URL followed directly by a particle, a URL in full-width parentheses",
    items={M[1]: "removed", M[2]: "restricted", M[3]: "not_found"},
)

daum_html = f"""<html><body>
<div style="font-size:14px">
<p><b>[Daum 카페] 신고 게시물 처리 결과</b></p>
<p>요청번호: KCSC-240906-03</p>
<ul>
<li><a href="{M[3]}">{M[3]}</a><br>처리: 블라인드 (카페 운영정책 위반)</li>
<li><a href="{M[4]}">{M[4]}</a><br>처리: 게시 유지 &ndash; 정보통신망법상 불법정보에 해당하지 않는 것으로 판단했습니다.</li>
</ul>
<p style="color:#888">Daum 고객센터 <a href="https://cs.daum.net/faq/cafe">https://cs.daum.net/faq/cafe</a></p>
</div>
</body></html>
"""
case(
    name="daum-base64-html-blind-keep",
    date="Tue, 10 Sep 2024 10:48:00 +0900",
    **{"from": "cafe-notice@daum.net"},
    name_from="Daum 카페",
    subject="[Daum 카페] 신고 게시물 처리 결과 안내",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(daum_html)}""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe notice (HTML, base64-encoded)",
    why="블라인드 (removed) and 게시 유지 with a legal reason (rejected); the help-centre link is not an item",
    items={M[3]: "removed", M[4]: "rejected"},
)

case(
    name="daum-mobile-url-deleted",
    date="Wed, 11 Sep 2024 11:31:06 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from="Daum 권리침해신고센터",
    subject="RE: KCSC-240906-03 추가 회신",
    body=f"""안녕하세요.

지난 회신에서 빠진 건 추가로 안내드립니다.

* {M[4]} : 삭제 완료
* {M[2]} : 삭제 완료 (임시조치 후 게시자 소명 없음)

카카오 Daum 권리침해신고센터
https://cs.daum.net/redbell
""",
    outcome="applied", classification="confirmation",
    imitates="short follow-up from Daum with bullet list",
    why="two named URLs stated deleted",
    items={M[4]: "removed", M[2]: "removed"},
)

case(
    name="daum-kakao-names-naver-item",
    date="Thu, 05 Sep 2024 16:12:44 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from="Daum 권리침해신고센터",
    subject="RE: [KCSC-240904-02] 게시물 삭제 요청",
    reply_to_req=rq("KCSC-240904-02"),
    body=f"""안녕하세요. 카카오 Daum 권리침해신고센터입니다.

보내주신 요청 중 카페 게시물
{N[3]}
은 삭제 처리되었습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao (Daum) reply about a NAVER cafe post sent to it by mistake",
    why="Daum cannot state the status of a NAVER item: wrong_platform, nothing applied",
    items={N[3]: "pending"},
)

case(
    name="daum-helpdesk-receipt",
    date="Fri, 06 Sep 2024 14:00:58 +0900",
    **{"from": "noreply-cs@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="[카카오 고객센터] 문의가 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

 - 접수번호: 2409061400-338512
 - 문의 제목: [KCSC-240906-03] Daum 카페 게시물 삭제 요청

담당자가 확인 후 영업일 기준 3일 이내에 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao helpdesk ticket receipt",
    why="pure receipt with a ticket number",
    items={},
)

# =================================================================== SOOP
case(
    name="soop-english-three-results",
    date="Wed, 11 Sep 2024 18:06:13 +0900",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    subject="[SOOP] Result of your report - KCSC-240909-04",
    reply_to_req=rq("KCSC-240909-04"),
    body=f"""Dear Korea Communications Standards Commission,

Thank you for contacting SOOP Trust & Safety. We have completed our review of
the three items in your request KCSC-240909-04.

VOD {S[1]}
Result: Deleted. The VOD promoted an unlicensed gambling site, which our
Operating Policy prohibits.

VOD {S[2]}
Result: Age restriction applied. It can now be viewed only by verified users
aged 19 or over.

Station post {S[3]}
Result: Not found. The post no longer exists on the station; the streamer
appears to have removed it before our review.

Our Operating Policy: https://www.sooplive.co.kr/policy/operation

SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="streaming platform report outcome, one block per item",
    why="deleted / age-restricted / not found; the hedge is only about who removed the post",
    items={S[1]: "removed", S[2]: "restricted", S[3]: "not_found"},
)

case(
    name="soop-korean-bullets",
    date="Tue, 10 Sep 2024 15:44:50 +0900",
    **{"from": "help@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    subject="[SOOP] 신고하신 콘텐츠 처리 결과 안내",
    body=f"""안녕하세요, SOOP 고객센터입니다.
요청번호 KCSC-240909-04 중 2건의 처리 결과를 알려드립니다.

• {S[3]} — 방송국 게시글 비공개 처리
• {S[2]} — 19세 이상 시청 제한 설정 (연령 제한)

나머지 1건은 확인 후 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP customer-centre notice with bullets and em dashes",
    why="비공개 처리 (removed) and an age restriction (restricted)",
    items={S[3]: "removed", S[2]: "restricted"},
)

case(
    name="soop-html-anchor-links",
    date="Thu, 12 Sep 2024 10:15:09 +0900",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    subject="[SOOP] VOD 조치 결과 / Action taken on reported VODs",
    type="html",
    body=f"""<html><body>
<p>안녕하세요, SOOP 운영정책팀입니다. (KCSC-240909-04)</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><th>VOD</th><th>조치 결과 / Action</th></tr>
<tr><td><a href="{S[1]}">VOD 130445821</a></td><td>삭제 / Deleted</td></tr>
<tr><td><a href="{S[2]}">VOD 130446007</a></td><td>삭제 / Deleted</td></tr>
</table>
<p>자세한 기준은 <a href="https://www.sooplive.co.kr/policy/operation">운영정책</a>을 참고해 주세요.</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="HTML result table whose URLs are only in the links' href",
    why="each row links its VOD (href) and says deleted; arguable that the URL is not visible text (see NOTES)",
    items={S[1]: "removed", S[2]: "removed"},
)

case(
    name="soop-statement-above-url",
    date="Fri, 13 Sep 2024 09:27:33 +0900",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    subject="RE: [KCSC-240909-04] follow-up",
    reply_to_req=rq("KCSC-240909-04"),
    body=f"""Hello,

The following station post was removed for violating our Community Guidelines:
{S[3]}

The following VOD could not be located on our service. It may have been
deleted by the streamer:
{S[2]}

Regards,
SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English follow-up with each statement on the line above its URL",
    why="removed; could not be located (not_found) - the hedge is only about the cause",
    items={S[3]: "removed", S[2]: "not_found"},
)

case(
    name="soop-bulk-all-removed",
    date="Thu, 12 Sep 2024 19:40:02 +0900",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    subject="Re: [KCSC-240909-04] Removal request",
    reply_to_req=rq("KCSC-240909-04"),
    body="""Dear KCSC,

We have reviewed your report and all of the reported content has been removed
from SOOP.

Best regards,
SOOP Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="one-line 'all reported content removed' reply",
    why="about all three items without naming them: bulk, items pending",
    items={},
)

case(
    name="soop-ticket-echo-receipt",
    date="Mon, 09 Sep 2024 10:01:12 +0900",
    **{"from": "no-reply@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    subject="[SOOP] 신고가 접수되었습니다 (Ticket #SP-240909-00418)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""SOOP 고객센터입니다. 신고가 정상적으로 접수되었습니다.
Your report has been received.

Ticket: #SP-240909-00418
신고 URL / Reported URLs:
  {S[1]}
  {S[2]}
  {S[3]}

담당자가 확인 후 처리 결과를 안내해 드릴 예정입니다.
Our team will review it and get back to you.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt that echoes the reported URLs",
    why="pure receipt; the echoed URLs carry no status and 'will review' is a promise",
    items={},
)

# =================================================================== FM Korea
case(
    name="fmkorea-korean-result",
    date="Wed, 11 Sep 2024 13:13:13 +0900",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    subject="[에펨코리아] 게시물 조치 결과 안내 (KCSC-240910-05)",
    body=f"""안녕하세요, 에펨코리아 운영진입니다.

{F[1]}
- 토토 사이트 홍보 게시물로 확인되어 삭제했습니다. 작성자는 이용 정지되었습니다.

{F[2]}
- 확인 결과 스포츠 경기 결과를 정리한 글로, 규정 위반 사항이 없어 유지합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community admin reply with a dash line under each URL",
    why="deleted; kept because it breaks no rule (rejected)",
    items={F[1]: "removed", F[2]: "rejected"},
)

case(
    name="fmkorea-english-removed-heading",
    date="Thu, 12 Sep 2024 08:50:40 +0900",
    **{"from": "admin@fmkorea.com"},
    name_from="FM Korea Admin",
    subject="Re: KCSC-240910-05",
    reply_to_req=rq("KCSC-240910-05"),
    body=f"""Hi,

Removed:
- {F[1]}
- {F[2]}

FMKorea admin team
""",
    outcome="applied", classification="confirmation",
    imitates="minimal English reply with a 'Removed:' heading and a list",
    why="both URLs listed under 'Removed:'",
    items={F[1]: "removed", F[2]: "removed"},
)

case(
    name="fmkorea-conditional",
    date="Tue, 10 Sep 2024 16:20:55 +0900",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    subject="Re: [KCSC-240910-05] 게시물 삭제 요청",
    reply_to_req=rq("KCSC-240910-05"),
    body=f"""안녕하세요.

{F[1]}, {F[2]} 두 게시물은 불법 도박 홍보 게시물로 확인될 경우
삭제 조치됩니다. 내부 확인에 2~3일 정도 걸릴 수 있습니다.

에펨코리아 운영진
""",
    outcome="review", review="not_understood",
    imitates="conditional reply (확인될 경우 삭제)",
    why="a condition and a delay, not a statement: items stay pending",
    items={F[1]: "pending", F[2]: "pending"},
)

# =================================================================== Ppomppu
case(
    name="ppomppu-sole-statement",
    date="Thu, 12 Sep 2024 10:05:00 +0900",
    **{"from": "help@ppomppu.co.kr"},
    name_from="뽐뿌 운영팀",
    subject="Re: [KCSC-240911-06] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=rq("KCSC-240911-06"),
    body="""안녕하세요, 뽐뿌 운영팀입니다.

요청하신 게시물은 개인정보 노출로 확인되어 운영자 권한으로 삭제 처리하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="one-sentence Korean operator reply naming no URL",
    why="the request has one item; the reply refers to it and states it deleted",
    items={P1: "removed"},
)

case(
    name="ppomppu-out-of-office",
    date="Wed, 11 Sep 2024 15:00:22 +0900",
    **{"from": "help@ppomppu.co.kr"},
    name_from="뽐뿌 운영팀",
    subject="자동응답: [KCSC-240911-06] 개인정보 노출 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""추석 연휴(9/14~9/18) 기간에는 문의 답변이 지연됩니다.
연휴 이후 순차적으로 답변드리겠습니다.

Our office is closed for the Chuseok holidays (Sep 14-18). We will reply after
the holidays.
""",
    outcome="ignored", classification="auto_reply",
    imitates="holiday auto-reply (추석 연휴)",
    why="auto-reply, nothing about the item",
    items={},
)

# =================================================================== Clien
case(
    name="clien-outlook-original-message",
    date="Thu, 12 Sep 2024 14:37:08 +0900",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영팀",
    subject="RE: [KCSC-240912-07] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=rq("KCSC-240912-07"),
    body=f"""안녕하세요. 클리앙 운영팀입니다.

모두의공원 게시물({C[1]})은 개인정보 노출로 삭제했습니다.
자동차 게시판 글은 작성자가 이미 지운 상태라 찾을 수 없습니다.
해당 주소: {C[2]}

클리앙 운영팀

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 9:30 AM
To: admin@clien.net
Subject: [KCSC-240912-07] 개인정보 노출 게시물 삭제 요청

{quoted_request("KCSC-240912-07", [C[1], C[2]], prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the request below '-----Original Message-----'",
    why="removed (URL in parentheses) and not_found (URL on the next line); the unquoted original request below is not a statement",
    items={C[1]: "removed", C[2]: "not_found"},
)

case(
    name="clien-members-only-restriction",
    date="Fri, 13 Sep 2024 11:11:52 +0900",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영팀",
    subject="[클리앙] KCSC-240912-07 처리 결과",
    body=f"""안녕하세요.

1. {C[1]}
   삭제
2. {C[2]}
   개인정보가 포함된 첨부 이미지는 삭제했고, 게시글은 비회원 접근 제한(회원 전용 보기)으로 전환했습니다.

클리앙 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Clien operator reply: one deletion, one access restriction",
    why="삭제 (removed) and 접근 제한 (restricted); arguable, see NOTES",
    items={C[1]: "removed", C[2]: "restricted"},
)

case(
    name="clien-contact-change-no-claims",
    date="Mon, 16 Sep 2024 10:00:00 +0900",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영팀",
    subject="클리앙 게시물 관련 문의 창구 변경 안내",
    body="""안녕하세요. 클리앙 운영팀입니다.

10월 1일부터 기관 요청 게시물 관련 문의는 legal@clien.net 으로 일원화됩니다.
기존 주소로 보내주신 메일도 당분간 함께 확인하겠습니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="notice of a changed contact address from a community site",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="clien-bounce-user-unknown",
    date="Thu, 12 Sep 2024 09:30:14 +0900",
    **{"from": "MAILER-DAEMON@mail.clien.net"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-41ab"

--dsn-41ab
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.clien.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<safety@clien.net>: host mail.clien.net[203.0.113.25] said: 550 5.1.1
    <safety@clien.net>: Recipient address rejected: User unknown

--dsn-41ab
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.clien.net
Arrival-Date: Thu, 12 Sep 2024 09:30:11 +0900

Final-Recipient: rfc822; safety@clien.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <safety@clien.net>: Recipient address rejected: User unknown

--dsn-41ab
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: safety@clien.net
Subject: [KCSC-240912-07] request for removal
Message-ID: <kcsc-240912-07-copy@kcsc.example>
Content-Type: text/plain; charset=utf-8

Please remove the following posts (KCSC-240912-07):
{C[1]}
{C[2]}

--dsn-41ab--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report, user unknown) carrying our request",
    why="a bounce; the URLs are from our own returned request",
    items={},
)

# =================================================================== Nate
case(
    name="nate-helpdesk-receipt",
    date="Fri, 13 Sep 2024 17:30:30 +0900",
    **{"from": "noreply@nate.com"},
    name_from="네이트 고객센터",
    subject="[네이트] 고객문의 접수 완료 안내",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. 네이트 고객센터입니다.

고객님께서 남겨주신 문의가 접수되었습니다. (접수번호 NT-0913-44120)
답변은 등록하신 메일 주소로 보내드립니다.

※ 본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Nate helpdesk automatic receipt",
    why="pure receipt, no item and no statement",
    items={},
)


HEADER = """# Blind set 327: Korean portals and community sites, with doubtful and
# ignorable mail. Written by tests/corpus/blind327/make.py before any run of
# the reader; each case is judged alone on a fresh ledger holding
# requests.csv. See NOTES.md.
"""

def ew(text):
    """RFC 2047 encoded word (B), as most Korean webmail writes headers."""
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


# Cases whose Subject stays raw UTF-8 (RFC 6532), as some servers send it.
RAW_SUBJECT = {"dc-url-then-arrow-status", "naver-text-table-result", "fmkorea-korean-result",
               "clien-members-only-restriction", "daum-mobile-url-deleted"}


def encode_headers(cases):
    for c in cases:
        name = c.get("name_from")
        if name and not name.isascii():
            c["name_from"] = ew(name)
        if not c["subject"].isascii() and c["name"] not in RAW_SUBJECT:
            c["subject"] = ew(c["subject"])


if __name__ == "__main__":
    encode_headers(CASES)
    write_requests()
    corpuslib.write_set(HERE, "blind327", HEADER, CASES)
    print(f"{len(CASES)} cases")
