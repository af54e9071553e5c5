#!/usr/bin/env python3
"""Blind set 611 (Korean): NAVER, Kakao/Daum/Tistory/Brunch, YouTube Korea,
DC Inside and BAND replies written in Korean (and a few in English).

Written from each email's meaning alone, before any run of the reader.
Deterministic: `python3 tests/corpus/blind611/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import datetime
import os
import quopri
import sys
from email.header import Header
from email.utils import format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = datetime.timezone(datetime.timedelta(hours=9))


def D(day, hh, mm, ss=0):
    return format_datetime(datetime.datetime(2024, 9, day, hh, mm, ss, tzinfo=KST))


def S(s):
    """RFC 2047-encode a header value when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
TISTORY_SLUG = "정리-이번-사건"
YT_HANDLE = "@한밤의제보"

A = [
    "https://blog.naver.com/lucky_slot77/223561001201",
    "https://blog.naver.com/lucky_slot77/223561001388",
    "https://blog.naver.com/moonbet_kr/223559870014",
    "https://cafe.naver.com/toto_gwangjang/15520",
    "https://cafe.naver.com/toto_gwangjang/15527",
    "https://cafe.naver.com/toto_gwangjang/15534",
    "https://cafe.naver.com/bankroll_club/2209",
    "https://kin.naver.com/qna/detail.naver?d1id=11&dirId=1104&docId=471230981",
    "https://blog.naver.com/jackpot_daily/223560442907",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=61234880",
    "https://cafe.naver.com/bankroll_club/2214",
    "https://m.blog.naver.com/moonbet_kr/223559871122",
]
B = [
    "https://cafe.daum.net/seoul_deal/Xk2p/1043",
    "https://cafe.daum.net/seoul_deal/Xk2p/1051",
    "https://gossip-room.tistory.com/entry/" + quote(TISTORY_SLUG),
    "https://gossip-room.tistory.com/88",
    "https://brunch.co.kr/@fakewriter/31",
]
B3_RAW = "https://gossip-room.tistory.com/entry/" + TISTORY_SLUG
C = [
    "https://www.youtube.com/watch?v=Qm3xT7pLw2A",
    "https://www.youtube.com/watch?v=Rz8kVb1NcE4",
    "https://www.youtube.com/shorts/Hn5Jq0dYtUs",
    "https://www.youtube.com/" + quote(YT_HANDLE, safe="@"),
]
C4_RAW = "https://www.youtube.com/" + YT_HANDLE
DC = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9812345",
    "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=402211",
    "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=402298",
]
E = [
    "https://band.us/band/81234567/post/1203",
    "https://band.us/band/81234567/post/1219",
]
F = ["https://blog.naver.com/quiet_river_22/223566905512"]
G = ["https://cafe.daum.net/momsplaza/Fq9a/7781"]

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", A,
     "illegal_gambling", "largest request; blogs, cafes, Knowledge iN, Post"),
    ("KCSC-240904-02", "kakao", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00", B,
     "defamation", "Daum cafe, Tistory (Korean path, stored percent-encoded), Brunch"),
    ("KCSC-240905-03", "youtube", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00", C,
     "deepfake_sexual_abuse", "three videos and a channel with a Korean handle"),
    ("KCSC-240906-04", "dcinside", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00", DC,
     "personal_info", "gallery posts, URLs with query strings"),
    ("KCSC-240909-05", "band", "2024-09-09T10:30:00+09:00", "2024-09-16T18:00:00+09:00", E,
     "drug_trade", ""),
    ("KCSC-240910-06", "naver", "2024-09-10T16:00:00+09:00", "2024-09-17T18:00:00+09:00", F,
     "defamation", "one item, \"urgent\""),
    ("KCSC-240911-07", "kakao", "2024-09-11T13:00:00+09:00", "2024-09-18T18:00:00+09:00", G,
     "illegal_gambling", "one item"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            mid = "<req-%s@kcsc.example>" % ref[5:].lower()
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def req(ref):
    return "req-" + ref[5:].lower()


# ---------------------------------------------------------------- helpers for MIME
def mixed_csv(text, csv_text, fname, boundary):
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n\n"
        f"--{boundary}\n"
        f'Content-Type: text/csv; charset=utf-8; name="{fname}"\n'
        f'Content-Disposition: attachment; filename="{fname}"\n'
        "Content-Transfer-Encoding: base64\n\n"
        f"{b64(csv_text)}\n"
        f"--{boundary}--\n"
    )


CASES = []


def case(**kw):
    CASES.append(kw)


NAVER = "naver-policy@navercorp.com"

# ================================================================ NAVER (A, F)
case(
    name="naver-gongmun-full-text-table",
    **{"from": NAVER}, name_from=S("네이버 정책지원팀"), date=D(9, 15, 12),
    subject=S("[네이버] 시정요구에 대한 조치결과 회신 (KCSC-240903-01)"),
    reply_to_req=req("KCSC-240903-01"),
    body=f"""
네이버 주식회사

수신  방송통신심의위원회 (통신심의국 불법정보대응팀)
제목  시정요구에 대한 조치결과 회신

1. 귀 위원회의 노고에 감사드립니다.
2. 귀 위원회에서 2024. 9. 3. 요청하신 시정요구(KCSC-240903-01, 총 12건)에 대한
   당사의 조치결과를 아래와 같이 회신합니다.

                               - 아    래 -

 연번 | 대상 URL                                                                    | 조치결과
------+-----------------------------------------------------------------------------+------------------------------
  1   | {A[0]:<75} | 삭제
  2   | {A[1]:<75} | 삭제
  3   | {A[2]:<75} | 게시중단
  4   | {A[3]:<75} | 블라인드
  5   | {A[4]:<75} | 블라인드
  6   | {A[5]:<75} | 게시물 없음(작성자 삭제)
  7   | {A[6]:<75} | 임시조치(30일)
  8   | {A[7]:<75} | 삭제
  9   | {A[8]:<75} | 조치 불가(위반사항 미확인, 게시 유지)
 10   | {A[9]:<75} | 비공개 처리
 11   | {A[10]:<75} | 삭제
 12   | {A[11]:<75} | 존재하지 않는 게시물

※ 9번 게시물은 도박 사이트 홍보 문구나 링크가 확인되지 않아 게시를 유지하였습니다.
   추가로 확인하신 내용이 있으면 알려주시기 바랍니다.
3. 기타 문의사항은 당사 정책지원팀(naver-policy@navercorp.com)으로 연락 주시기 바랍니다.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문 replying to a KCSC 시정요구 with a 연번/URL/조치결과 text table",
    why="every one of the 12 URLs is named in a table with its own result",
    items={A[0]: "removed", A[1]: "removed", A[2]: "removed", A[3]: "removed", A[4]: "removed",
           A[5]: "not_found", A[6]: "restricted", A[7]: "removed", A[8]: "rejected", A[9]: "removed",
           A[10]: "removed", A[11]: "not_found"},
)

rows_html = "\n".join(
    f"<tr><td>{i + 1}</td><td>{u}</td><td>{r}</td></tr>"
    for i, (u, r) in enumerate(zip(A[:6], ["삭제", "삭제", "게시중단", "블라인드", "블라인드", "해당 게시물 없음 (작성자가 이미 삭제)"]))
)
case(
    name="naver-html-table-first-batch",
    **{"from": NAVER}, name_from=S("네이버 정책지원팀"), date=D(6, 18, 40),
    subject=S("RE: [KCSC-240903-01] 불법 도박 게시물 시정요구 - 1차 조치결과"),
    reply_to_req=req("KCSC-240903-01"), type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요, 네이버 정책지원팀입니다.</p>
<p>시정요구(KCSC-240903-01) 12건 중 우선 처리된 6건의 조치 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>No.</th><th>게시물 URL</th><th>조치 결과</th></tr>
{rows_html}
</table>
<p>나머지 6건은 서비스별 담당 부서에서 검토 중이며, 처리가 끝나는 대로 2차로 회신드리겠습니다.</p>
<p>감사합니다.<br>네이버 정책지원팀 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy-team reply with an HTML result table (first batch of a large 시정요구)",
    why="six named items with results; the other six are only said to be under review and are not named",
    items={A[0]: "removed", A[1]: "removed", A[2]: "removed", A[3]: "removed", A[4]: "removed",
           A[5]: "not_found"},
)

csv_text = "\ufeff번호,URL,조치결과,조치일시\n" + "\n".join(
    f"{i + 7},{u},{r},2024-09-1{1 if i < 3 else 2} 1{i}:05"
    for i, (u, r) in enumerate(zip(A[6:], ["임시조치", "삭제", "삭제", "비공개 처리", "게시중단", "해당 게시물 없음"]))
) + "\n"
case(
    name="naver-csv-attachment-second-batch",
    **{"from": NAVER}, name_from=S("네이버 정책지원팀"), date=D(12, 17, 3),
    subject=S("RE: [KCSC-240903-01] 불법 도박 게시물 시정요구 - 2차 조치결과"),
    reply_to_req=req("KCSC-240903-01"),
    raw_mime=mixed_csv(
        "안녕하세요, 네이버 정책지원팀입니다.\n\n"
        "KCSC-240903-01 건의 나머지 6건(7~12번)에 대한 조치 결과를 첨부 파일로 보내드립니다.\n"
        "파일 열람에 문제가 있으면 회신 주시기 바랍니다.\n\n감사합니다.",
        csv_text, "KCSC-240903-01_result_2.csv", "=_nv_2b_0912"),
    outcome="applied", classification="confirmation",
    imitates="ticket reply whose results are in a CSV attachment (UTF-8 with BOM, base64)",
    why="the CSV names items 7-12 each with a result; the body only points to it",
    items={A[6]: "restricted", A[7]: "removed", A[8]: "removed", A[9]: "removed", A[10]: "removed",
           A[11]: "not_found"},
)

case(
    name="naver-bare-url-status-below",
    **{"from": "blog_help@navercorp.com"}, name_from=S("네이버 블로그팀"), date=D(5, 14, 31),
    subject=S("[네이버 블로그] 요청하신 게시물 처리 결과 안내"),
    reply_to_req=req("KCSC-240903-01"),
    body=f"""
안녕하세요. 네이버 블로그팀입니다.

방송통신심의위원회에서 요청하신 블로그 게시물에 대해 아래와 같이 처리하였습니다.

{A[0]}
  → 게시중단 완료 (9/5 14:20)

{A[2]}
  → 게시중단 완료 (9/5 14:22)

{A[8]}
  → 작성자가 이미 삭제한 글로, 현재 존재하지 않습니다.

카페, 지식iN, 포스트 게시물은 각 서비스 담당 부서에서 별도로 회신드릴 예정입니다.

네이버 블로그팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Blog team notice: bare URL with the result on the line below",
    why="three blog URLs, each followed by its result on the next line",
    items={A[0]: "removed", A[2]: "removed", A[8]: "not_found"},
)

case(
    name="naver-single-item-sole-blind",
    **{"from": NAVER}, name_from=S("네이버 정책지원팀"), date=D(11, 10, 15),
    subject=S("Re: [KCSC-240910-06] 명예훼손 게시물 긴급 시정요구"),
    reply_to_req=req("KCSC-240910-06"),
    body="""
안녕하세요, 네이버 정책지원팀입니다.

긴급 요청 주신 게시물은 확인 즉시 블라인드 처리하였습니다.
현재 작성자 본인 외에는 누구도 해당 글을 볼 수 없습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short Korean portal reply to a one-item urgent request (블라인드 처리)",
    why="one-item request; the only statement, unhedged, is that the post was blinded",
    items={F[0]: "removed"},
)

case(
    name="naver-single-item-angle-bracket-particle",
    **{"from": NAVER}, name_from=S("네이버 정책지원팀"), date=D(11, 11, 2),
    subject=S("[네이버] 임시조치 결과 안내 (KCSC-240910-06)"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

귀 위원회의 요청(KCSC-240910-06)에 따라 <{F[0]}>에 대해
정보통신망법 제44조의2에 따른 임시조치(30일)를 하였습니다.

임시조치 기간 동안 게시자는 재게시를 요청할 수 있으며, 요청이 없으면 기간 만료 후 삭제됩니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 notice under 정보통신망법 44조의2",
    why="임시조치 of the one named URL (angle brackets followed by the particle 에); the brief maps 임시조치 to restricted",
    items={F[0]: "restricted"},
)

quoted_req = "\n".join("> " + u for u in A)
case(
    name="naver-cafe-topposted-gmail-quote",
    **{"from": "cafe_safety@navercorp.com"}, name_from=S("네이버 카페 운영팀"), date=D(6, 11, 48),
    subject=S("Re: [KCSC-240903-01] 불법 도박 게시물 시정요구"),
    reply_to_req=req("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 카페 운영팀입니다.
아래 요청 건 중 카페 게시물 2건 조치 완료되어 먼저 회신드립니다.

{A[3]} - 삭제
{A[4]} - 삭제

나머지 카페 게시물은 확인 중입니다.

2024년 9월 3일 (화) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 안녕하십니까, 방송통신심의위원회입니다.
>
> 아래 게시물은 불법 도박 정보에 해당하여 시정(삭제)을 요구합니다.
> 조치 기한: 2024. 9. 10.
>
{quoted_req}
>
> 방송통신심의위원회 통신심의국
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply over the quoted 시정요구 (Korean '님이 작성:' attribution)",
    why="two URLs above the quote are stated deleted; the 12 quoted URLs say nothing",
    items={A[3]: "removed", A[4]: "removed"},
)

case(
    name="naver-cafe-informal-operator",
    **{"from": "cafe_safety@navercorp.com"}, name_from=S("네이버 카페 운영팀 박지훈"), date=D(9, 16, 20),
    subject=S("Re: Re: [KCSC-240903-01] 불법 도박 게시물 시정요구"),
    reply_to_req=req("KCSC-240903-01"),
    body=f"""
담당자님 안녕하세요, 카페 운영팀 박지훈입니다.

말씀하신 토토광장 카페 글들 확인했어요.
{A[3]} 이랑 {A[4]} 는 저희가 삭제했고요,
{A[5]} 는 확인해 보니 글쓴이가 먼저 지워서 이미 없는 글이었습니다.

그 카페는 운영자 쪽에도 경고 조치 들어갔습니다. 다른 거 있으면 편하게 말씀 주세요!

박지훈 드림
""",
    outcome="applied", classification="confirmation",
    imitates="informal reply from a named portal operator (구어체)",
    why="two URLs stated deleted, the third already deleted by its author",
    items={A[3]: "removed", A[4]: "removed", A[5]: "not_found"},
)

case(
    name="naver-outlook-original-message",
    **{"from": "knowledge_help@navercorp.com"}, name_from=S("네이버 지식iN·포스트 운영팀"), date=D(10, 9, 55),
    subject=S("RE: [KCSC-240903-01] 불법 도박 게시물 시정요구"),
    reply_to_req=req("KCSC-240903-01"),
    body=f"""
안녕하세요.
지식iN·포스트 운영팀입니다.

요청하신 건 중 저희 서비스 게시물 2건은 아래와 같이 처리했습니다.
- 지식iN 답변: 삭제 완료
  {A[7]}
- 네이버 포스트: 비공개 처리 완료 (작성자 외 열람 불가)
  {A[9]}

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: naver-policy@navercorp.com
Subject: [KCSC-240903-01] 불법 도박 게시물 시정요구

아래 게시물은 불법 도박 정보에 해당하여 시정(삭제)을 요구합니다.
{chr(10).join(A)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' and the request pasted unprefixed below",
    why="the two items named above the original message are stated deleted / made private; the pasted request is not a statement",
    items={A[7]: "removed", A[9]: "removed"},
)

case(
    name="naver-receipt-plus-immediate-action",
    **{"from": NAVER}, name_from=S("네이버 정책지원팀"), date=D(3, 13, 7),
    subject=S("[접수완료] KCSC-240903-01 시정요구 접수 및 긴급 조치 안내"),
    reply_to_req=req("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

귀 위원회의 시정요구가 접수번호 NV-2024-0903-7781로 정상 접수되었습니다.

아울러 접수 건 중 아래 게시물은 도박 사이트로 직접 연결되는 링크가 확인되어 즉시 게시중단하였습니다.
  · {A[1]}
  · {A[2]}

나머지 게시물에 대한 결과는 처리가 끝나는 대로 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="portal receipt (접수완료) that also reports an immediate 게시중단",
    why="acknowledgement phrase plus unhedged statements about two named items: not a pure acknowledgement",
    items={A[1]: "removed", A[2]: "removed"},
)

case(
    name="naver-echoed-report-fullwidth-parens",
    **{"from": "cafe_safety@navercorp.com"}, name_from=S("네이버 카페 운영팀"), date=D(10, 15, 30),
    subject=S("[네이버 카페] 신고 처리 결과 안내"),
    body=f"""
[네이버 카페] 신고하신 게시물의 처리 결과를 알려드립니다.

■ 신고 접수 내용
 - 신고 유형 : 불법 정보(도박)
 - 신고 대상 : {A[10]}, {A[6]}
 - 신고자 : 방송통신심의위원회 (KCSC-240903-01)
 - 접수 일시 : 2024.09.03 10:12

■ 처리 결과
 {A[10]}（삭제）
 {A[6]}（임시조치）

처리 결과에 이의가 있으시면 고객센터(https://help.naver.com/service/5659/)로 문의해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe report-outcome notice echoing the report form, results in full-width parentheses",
    why="echoed report fields name the URLs without results; the result lines give deleted and 임시조치; the help-centre link is no item",
    items={A[10]: "removed", A[6]: "restricted"},
)

# ---- NAVER review cases
case(
    name="naver-promise-sequential",
    **{"from": NAVER}, name_from=S("네이버 정책지원팀"), date=D(4, 17, 45),
    subject=S("Re: [KCSC-240903-01] 불법 도박 게시물 시정요구"),
    reply_to_req=req("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 12건은 서비스별 담당 부서에 전달하였으며, 내부 검토를 거쳐 순차적으로
게시중단 조치할 예정입니다.

특히 아래 2건은 신고가 누적된 게시물이라 우선적으로 검토하겠습니다.
{A[0]}
{A[1]}

결과는 조치 기한(9/10) 내에 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="portal interim reply promising sequential 게시중단 (예정)",
    why="only promises ('조치할 예정', '검토하겠습니다'); names two items, states nothing",
    items={A[0]: "pending", A[1]: "pending"},
)

case(
    name="naver-bulk-all-deleted",
    **{"from": NAVER}, name_from=S("네이버 정책지원팀"), date=D(10, 18, 2),
    subject=S("Re: [KCSC-240903-01] 불법 도박 게시물 시정요구"),
    reply_to_req=req("KCSC-240903-01"),
    body="""
안녕하세요. 네이버 정책지원팀입니다.

KCSC-240903-01 건으로 요청하신 게시물은 모두 삭제 조치를 완료하였습니다.
협조 요청에 감사드립니다.
""",
    outcome="review", review="bulk",
    imitates="one-line bulk confirmation ('모두 삭제 조치 완료') for a 12-item request",
    why="a statement about all items of a 12-item request without naming any",
    items={},
)

case(
    name="naver-dmarc-fail",
    **{"from": NAVER}, name_from=S("네이버 정책지원팀"), date=D(5, 9, 12), auth="fail",
    subject=S("[네이버] 조치결과 회신 KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

아래 게시물 삭제 완료하였습니다.
{A[0]}
{A[1]}

첨부한 확인서를 다운로드하여 확인해 주세요: http://nv-result-check.example/doc?id=7781
""",
    outcome="review", review="untrusted",
    imitates="spoofed portal result mail failing DMARC (phishing-style link)",
    why="navercorp.com sender but dkim/spf/dmarc fail: statements cannot be trusted",
    items={A[0]: "pending", A[1]: "pending"},
)

case(
    name="naver-asks-for-official-letter",
    **{"from": "post_help@navercorp.com"}, name_from=S("네이버 지식iN·포스트 운영팀"), date=D(4, 14, 10),
    subject=S("Re: [KCSC-240903-01] 불법 도박 게시물 시정요구"),
    reply_to_req=req("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 지식iN·포스트 운영팀입니다.

요청하신 게시물 중 아래 2건은 내부 기준상 불법 도박 정보로 판단하기 어려운 부분이 있어,
조치 검토를 위해 시정요구 의결서 사본(또는 심의 결과 공문)을 보내주실 수 있을지 여쭙니다.

 - {A[8]}
 - {A[9]}

자료를 받는 대로 검토하여 결과를 안내드리겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="portal asking for the 의결서/공문 before acting",
    why="asks for supporting documents about two named items; no status stated",
    items={A[8]: "pending", A[9]: "pending"},
)

case(
    name="naver-contact-change-notice",
    **{"from": NAVER}, name_from=S("네이버 정책지원팀"), date=D(12, 10, 0),
    subject=S("[안내] 네이버 시정요구 접수 창구 변경 안내"),
    body="""
안녕하세요, 네이버 정책지원팀입니다.

2024년 10월 1일부터 관계기관의 시정요구 및 게시중단 요청 접수 창구가 변경됩니다.
앞으로는 공문을 기관 전용 접수 페이지(https://inoti.naver.com/inoti/agency.naver)로 보내주시기 바랍니다.
기존 이메일 주소는 10월 31일까지 병행 운영한 뒤 종료됩니다.

이용에 참고 부탁드립니다.
""",
    outcome="review", review="no_claims",
    imitates="platform notice about a changed intake channel (no item, no request)",
    why="trusted NAVER mail that names no item and no request",
    items={},
)

# ---- NAVER ignored
case(
    name="naver-chuseok-out-of-office",
    **{"from": "minsu.kang@navercorp.com"}, name_from=S("강민수"), date=D(13, 18, 1),
    subject=S("[자동응답] 부재중입니다 (9/14~9/18 추석 연휴)"),
    reply_to_req=req("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요, 강민수입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 시정요구 건은 정책지원팀 공용 메일(naver-policy@navercorp.com)로 보내주시면 당직자가 처리합니다.

9월 19일에 복귀하여 확인하겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 추석 out-of-office auto-reply",
    why="auto-reply (Auto-Submitted: auto-replied); says nothing about items",
    items={},
)

case(
    name="naver-dsn-delayed",
    **{"from": "MAILER-DAEMON@navercorp.com"}, name_from="Mail Delivery System", date=D(10, 20, 0),
    subject="Delivery Status Notification (Delay)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-nv-0910"

--dsn-nv-0910
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

이 메시지는 자동으로 생성되었습니다.
아래 수신자에게 메일을 아직 전달하지 못했습니다. 시스템이 계속 재시도합니다.
5일 동안 전달하지 못하면 반송됩니다.

    policy-urgent@navercorp.com

[This is an automatically generated delay notice. No action is required yet.]

--dsn-nv-0910
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.navercorp.com
Arrival-Date: Tue, 10 Sep 2024 16:00:04 +0900

Final-Recipient: rfc822; policy-urgent@navercorp.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: smtp; 421 4.4.1 Connection timed out
Will-Retry-Until: Sun, 15 Sep 2024 16:00:04 +0900

--dsn-nv-0910
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: policy-urgent@navercorp.com
Subject: {S("[KCSC-240910-06] 명예훼손 게시물 긴급 시정요구")}
Message-ID: <req-240910-06@kcsc.example>
Date: Tue, 10 Sep 2024 16:00:00 +0900

--dsn-nv-0910--
""",
    outcome="ignored", classification="bounce",
    imitates="delivery delay DSN (Action: delayed) with the request headers returned",
    why="a DSN is ignored whatever it carries",
    items={},
)

# ================================================================ Kakao (B, G)
KAKAO = "report-kr@kakaocorp.com"
case(
    name="kakao-gongmun-result-notice",
    **{"from": KAKAO}, name_from=S("카카오 정책팀"), date=D(10, 14, 0),
    subject=S("[카카오] 정보통신망 게시물 시정요구 조치결과 통보 [KCSC-240904-02]"),
    reply_to_req=req("KCSC-240904-02"),
    body=f"""
주식회사 카카오

수신자  방송통신심의위원회 위원장
제  목  정보통신망 게시물 시정요구 조치결과 통보

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 관련: 방송통신심의위원회 시정요구(2024. 9. 4., KCSC-240904-02)
3. 위 호와 관련하여 요청하신 게시물 5건에 대한 조치 결과를 다음과 같이 통보합니다.

  가. 조치 내역
    1) {B[0]}
       - 조치: 임시조치(30일)
    2) {B[1]}
       - 조치: 임시조치(30일)
    3) {B[2]}
       - 조치: 삭제
    4) {B[3]}
       - 조치: 해당 없음 (게시자가 이미 삭제하여 존재하지 않는 페이지)
    5) {B[4]}
       - 조치: 게시 유지 (검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않음)

  나. 참고
    - 임시조치된 게시물은 30일 이내 게시자의 재게시 요청이 없으면 삭제됩니다.

붙임  없음.  끝.

주식회사 카카오 대외정책실
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문 '시정요구 조치결과 통보' with 가./나. items",
    why="each of the five URLs has its own result: two 임시조치, a deletion, an author-deleted page, a refusal",
    items={B[0]: "restricted", B[1]: "restricted", B[2]: "removed", B[3]: "not_found", B[4]: "rejected"},
)

case(
    name="kakao-tistory-raw-korean-path",
    **{"from": "tistory_policy@kakaocorp.com"}, name_from=S("티스토리 운영팀"), date=D(6, 10, 25),
    subject=S("[티스토리] 요청 게시물 조치 결과"),
    reply_to_req=req("KCSC-240904-02"),
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

요청하신 게시물 중 티스토리 블로그 2건의 조치 결과 알려드립니다.

{B3_RAW} → 게시중단
{B[3]} → 블라인드 처리

다음 카페, 브런치 게시물은 해당 서비스 담당자가 따로 회신할 예정입니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory team result mail with a raw Korean entry slug",
    why="the raw Korean path matches its percent-encoded request URL; both posts taken down / blinded",
    items={B[2]: "removed", B[3]: "removed"},
)

daum_html = f"""<html><head><meta charset="utf-8"></head><body>
<div style="font-size:14px;color:#333">
<p>안녕하세요. Daum 카페 서비스 운영팀입니다.</p>
<p>시정요구 <b>KCSC-240904-02</b> 관련, 아래 게시글에 대해 블라인드 조치를 완료했습니다.</p>
<ul>
<li><a href="{B[0]}">{B[0]}</a></li>
<li><a href="{B[1]}">{B[1]}</a></li>
</ul>
<p>블라인드 처리된 게시글은 카페 회원을 포함해 누구도 열람할 수 없습니다.</p>
<p style="color:#888">카페 운영정책 보기: <a href="https://cs.daum.net/faq/15/policy.html">https://cs.daum.net/faq/15/policy.html</a></p>
</div></body></html>"""
case(
    name="kakao-daum-cafe-html-qp",
    **{"from": "cafe_help@daum.net"}, name_from=S("Daum 카페"), date=D(5, 16, 47),
    subject=S("[Daum 카페] 게시글 블라인드 조치 안내"),
    reply_to_req=req("KCSC-240904-02"),
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(daum_html) + "\n",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 블라인드 notice, HTML in quoted-printable",
    why="both cafe posts blinded (nobody can read them: removed); the policy link is no item",
    items={B[0]: "removed", B[1]: "removed"},
)

case(
    name="kakao-single-item-sole",
    **{"from": "cs@kakao.com"}, name_from=S("카카오 고객센터"), date=D(12, 11, 30),
    subject=S("Re: [KCSC-240911-07] 불법 도박 홍보 게시글 삭제 요청"),
    reply_to_req=req("KCSC-240911-07"),
    body="""
안녕하세요, 카카오 고객센터입니다.

신고해 주신 게시글은 확인 결과 카페 운영정책(불법 사행성 정보) 위반으로 삭제 조치되었습니다.
게시자에게는 카페 이용 제한 조치가 함께 적용되었습니다.

더 나은 서비스를 위해 노력하겠습니다. 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre reply to a one-item report",
    why="one-item request; the only statement says the post was deleted",
    items={G[0]: "removed"},
)

case(
    name="kakao-brunch-keeps-post",
    **{"from": "brunch_policy@kakaocorp.com"}, name_from=S("브런치팀"), date=D(9, 13, 14),
    subject=S("[브런치] 게시중단 요청 검토 결과"),
    reply_to_req=req("KCSC-240904-02"),
    body=f"""
안녕하세요, 브런치팀입니다.

요청하신 {B[4]} 글은 검토 결과 특정인을 식별할 수 있는 정보나 사실 적시가 확인되지 않아,
운영정책 위반으로 보기 어렵다고 판단하였습니다. 이에 해당 글은 게시를 유지합니다.

법원의 판결이나 추가 소명 자료가 있는 경우 다시 검토할 수 있습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Brunch (Kakao) refusal with its reason",
    why="a refusal with reason for the named post: rejected (the offer to re-review on new evidence is no hedge)",
    items={B[4]: "rejected"},
)

case(
    name="kakao-hedge-seems-private",
    **{"from": "cafe_help@daum.net"}, name_from=S("Daum 카페 서비스 운영팀"), date=D(5, 11, 3),
    subject=S("Re: [KCSC-240904-02] 명예훼손 게시물 시정요구"),
    reply_to_req=req("KCSC-240904-02"),
    body=f"""
안녕하세요, Daum 카페 서비스 운영팀입니다.

요청 주신 건 확인해 봤는데요,
{B[0]} 과 {B[1]} 은
카페 운영진이 이미 비공개로 돌린 것 같습니다.

저희 쪽 처리 이력은 담당 부서에 확인한 뒤 다시 말씀드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="operator reply hedging ('…것 같습니다') before checking",
    why="hedged ('비공개로 돌린 것 같습니다') and a promise to confirm: no statement",
    items={B[0]: "pending", B[1]: "pending"},
)

case(
    name="kakao-about-naver-cafe",
    **{"from": "cafe_help@daum.net"}, name_from=S("Daum 카페 서비스 운영팀"), date=D(4, 15, 40),
    subject=S("문의하신 게시물 관련 안내"),
    body=f"""
안녕하세요, Daum 카페 서비스 운영팀입니다.

문의하신 {A[3]} 게시물은 Daum 카페가 아닌 네이버 카페의 게시물입니다.
참고로 저희가 확인했을 때 해당 주소의 게시물은 이미 삭제되어 열리지 않았습니다.

네이버 카페 게시물은 네이버 측으로 문의해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="platform pointing out that a reported URL belongs to another service",
    why="Kakao stating that a NAVER cafe post is gone: a status about another platform's item",
    items={A[3]: "pending"},
)

case(
    name="kakao-dsn-user-unknown",
    **{"from": "mailer-daemon@kakaocorp.com"}, name_from="Mail Delivery Subsystem", date=D(4, 11, 1),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-kk-0904"

--dsn-kk-0904
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메일을 전달하지 못했습니다.
수신자 주소가 존재하지 않습니다: daum-cafe-report@kakaocorp.com

This is the mail system at host mx2.kakaocorp.com. Your message could not be delivered.

--dsn-kk-0904
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Wed, 4 Sep 2024 11:00:41 +0900

Final-Recipient: rfc822; daum-cafe-report@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <daum-cafe-report@kakaocorp.com>: Recipient address rejected: User unknown

--dsn-kk-0904
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: daum-cafe-report@kakaocorp.com
Subject: {S("[KCSC-240904-02] 명예훼손 게시물 시정요구")}
Message-ID: <req-240904-02@kcsc.example>
Date: Wed, 4 Sep 2024 11:00:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시물은 명예훼손 정보에 해당하여 시정(삭제)을 요구합니다.
{chr(10).join(B)}

--dsn-kk-0904--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix-style DSN (5.1.1 user unknown) returning the request with its URLs",
    why="a bounce; the returned request's URLs are not statements",
    items={},
)

case(
    name="kakao-cs-hours-autoreply",
    **{"from": "noreply@kakaocorp.com"}, name_from=S("카카오 고객센터"), date=D(11, 13, 1),
    subject=S("[자동회신] 카카오 고객센터 운영시간 안내"),
    reply_to_req=req("KCSC-240911-07"),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
본 메일은 발신 전용 자동 회신 메일입니다.

보내주신 메일은 정상적으로 도착했습니다. 고객센터 운영시간(평일 09:00~18:00, 공휴일 휴무)에
순서대로 확인하며, 추석 연휴(9/16~9/18) 기간에는 답변이 늦어질 수 있습니다.

도움말: https://cs.kakao.com/helps?service=8
""",
    outcome="ignored", classification="auto_reply",
    imitates="Kakao customer-centre automatic reply with opening hours",
    why="auto-reply (Auto-Submitted) naming no item",
    items={},
)

# ================================================================ YouTube (C)
YT = "legal-kr@google.com"
case(
    name="yt-korea-mixed-korean",
    **{"from": YT}, name_from=S("YouTube 법무팀"), date=D(9, 10, 11),
    subject=S("[YouTube] 시정요구 검토 결과 안내 (참조: KCSC-240905-03)"),
    reply_to_req=req("KCSC-240905-03"),
    body=f"""
안녕하세요.

방송통신심의위원회에서 2024년 9월 5일 보내주신 시정요구(참조번호 KCSC-240905-03)에 대한
검토 결과를 알려드립니다.

- {C[0]}
  현지 법률에 따라 대한민국 내에서 이 동영상에 대한 액세스를 제한했습니다.

- {C[1]}
  YouTube 커뮤니티 가이드 위반으로 삭제했습니다.

- {C[2]}
  연령 제한을 적용했습니다. 로그인하지 않았거나 만 18세 미만인 사용자는 볼 수 없습니다.

채널({YT_HANDLE})에 대한 검토는 아직 진행 중이며, 결과가 나오면 별도로 안내드리겠습니다.

YouTube 법무팀 드림
커뮤니티 가이드: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome in Korean (local-law block, guideline removal, age restriction)",
    why="Korea-only block and age restriction are restricted, the guideline removal removed; the channel is still under review",
    items={C[0]: "restricted", C[1]: "removed", C[2]: "restricted", C[3]: "pending"},
)

case(
    name="yt-channel-terminated-raw-handle",
    **{"from": YT}, name_from=S("YouTube 법무팀"), date=D(12, 16, 5),
    subject=S("[YouTube] 채널 검토 결과 (KCSC-240905-03)"),
    reply_to_req=req("KCSC-240905-03"),
    body=f"""
안녕하세요.

앞서 검토 중이라고 말씀드린 채널의 결과를 알려드립니다.

채널: {C4_RAW}
결과: 커뮤니티 가이드 및 서비스 약관을 반복적으로 위반하여 채널이 해지되었습니다.
      해지된 채널의 동영상은 더 이상 YouTube에서 볼 수 없습니다.

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel-termination notice",
    why="the channel (raw Korean handle = its percent-encoded request URL) was terminated: removed",
    items={C[3]: "removed"},
)

case(
    name="yt-english-legal-angle-brackets",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support", date=D(6, 2, 14),
    subject="Re: [KCSC-240905-03] Legal removal request - Republic of Korea",
    reply_to_req=req("KCSC-240905-03"),
    body=f"""
Hello,

Thank you for your notice dated September 5, 2024 (your reference KCSC-240905-03).

After review, we have blocked the following content from view on YouTube in South Korea, in
accordance with local law:

<{C[0]}>
<{C[1]}>

The following content was removed from YouTube globally for violating our Community Guidelines:

<{C[2]}>

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome email (country block / global removal), URLs in angle brackets",
    why="two URLs geo-blocked in Korea (restricted), one removed globally",
    items={C[0]: "restricted", C[1]: "restricted", C[2]: "removed"},
)

yt_b64 = f"""안녕하세요. YouTube 팀입니다.

참조번호 KCSC-240905-03 건과 관련하여 추가로 확인된 사항을 알려드립니다.

1. {C[1]}
   이 동영상은 YouTube 정책 위반으로 삭제되었습니다.
2. {C[2]}
   제공하신 URL에서 동영상을 찾을 수 없습니다. 업로더가 이미 삭제한 동영상입니다.

감사합니다.
"""
case(
    name="yt-base64-korean-body",
    **{"from": "noreply-legal@youtube.com"}, name_from="YouTube", date=D(10, 8, 40),
    subject=S("YouTube 법적 요청 업데이트 - KCSC-240905-03"),
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" + b64(yt_b64) + "\n",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-request update mail with a base64 body",
    why="one video removed, one URL not found (already deleted by its uploader)",
    items={C[1]: "removed", C[2]: "not_found"},
)

case(
    name="yt-statement-then-url-below",
    **{"from": YT}, name_from=S("YouTube 법무팀"), date=D(11, 17, 20),
    subject=S("Re: [KCSC-240905-03] 딥페이크 영상 시정요구"),
    reply_to_req=req("KCSC-240905-03"),
    body=f"""
안녕하세요, 검토 결과를 알려드립니다.

다음 동영상은 커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.
{C[0]}

다음 동영상은 대한민국에서 볼 수 없도록 제한되었습니다.
{C[1]}

문의 사항이 있으시면 이 메일에 회신해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube reply with each statement on the line above its URL",
    why="each sentence points forward to the URL on the next line: one removed, one restricted in Korea",
    items={C[0]: "removed", C[1]: "restricted"},
)

case(
    name="yt-under-review",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support", date=D(6, 9, 0),
    subject="Re: [KCSC-240905-03] Legal removal request - Republic of Korea",
    reply_to_req=req("KCSC-240905-03"),
    body=f"""
Hello,

The content at the following URLs is currently under review by our legal team:

{C[0]}
{C[1]}

We will notify you once a decision has been made. Please do not submit duplicate requests for
the same content, as this may delay our review.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube 'under review' interim reply",
    why="names two requested items but only says they are under review",
    items={C[0]: "pending", C[1]: "pending"},
)

case(
    name="yt-lookalike-domain",
    **{"from": "legal-notice@youtube-support-kr.com"}, name_from=S("YouTube 법무팀"), date=D(7, 12, 0),
    subject=S("[YouTube] KCSC-240905-03 처리 완료 안내"),
    body=f"""
안녕하세요, YouTube 법무팀입니다.

요청하신 {C[0]} 동영상은 삭제 처리되었습니다.
처리 확인서를 받으시려면 아래 링크에서 기관 계정으로 로그인해 주세요.
https://youtube-support-kr.com/agency/login
""",
    outcome="review", review="unknown_sender",
    imitates="phishing-style mail from a look-alike domain",
    why="sender domain belongs to no platform, though it names our request and a URL",
    items={C[0]: "pending"},
)

case(
    name="yt-ticket-receipt",
    **{"from": "noreply-legal@google.com"}, name_from="Google Legal", date=D(5, 9, 31),
    subject="[7-3349000012345] Your legal request has been received",
    reply_to_req=req("KCSC-240905-03"),
    body="""
Hello,

Thanks for reaching out. This is an automated confirmation that we have received your request
(case ID 7-3349000012345). Our team will review it and respond by email.

To check the status of your request, visit your Legal Removals dashboard:
https://support.google.com/legal/dashboard

Please do not reply to this message.

The Google Legal Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-removals ticket receipt",
    why="pure acknowledgement with a case id; the dashboard link is no item",
    items={},
)

# ================================================================ DC Inside (DC)
DCF = "report@dcinside.com"
case(
    name="dc-cs-result-squares",
    **{"from": DCF}, name_from=S("디시인사이드 고객센터"), date=D(6, 18, 2),
    subject=S("[디시인사이드] 시정요구(KCSC-240906-04) 처리 결과 안내"),
    reply_to_req=req("KCSC-240906-04"),
    body=f"""
안녕하세요, 디시인사이드 고객센터입니다.

방송통신심의위원회 시정요구(KCSC-240906-04) 건에 대한 처리 결과를 안내드립니다.

■ {DC[0]}
   : 삭제 완료 (9월 6일 17:40)
■ {DC[1]}
   : 삭제 완료 (9월 6일 17:41)
■ {DC[2]}
   : 확인 결과 작성자가 직접 삭제한 게시물로 현재 존재하지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside customer-centre result mail (■ bullets, result on the next line)",
    why="two gallery posts deleted, the third already deleted by its author",
    items={DC[0]: "removed", DC[1]: "removed", DC[2]: "not_found"},
)

case(
    name="dc-informal-numbered-arrows",
    **{"from": "kim.dh@dcinside.com"}, name_from=S("김도현"), date=D(9, 11, 37),
    subject="Re: [KCSC-240906-04] 시정요구",
    reply_to_req=req("KCSC-240906-04"),
    body=f"""
네 담당자님 확인했습니다.

1. {DC[1]} → 삭제했고 작성자 IP 차단 걸었습니다
2. {DC[2]} → 이것도 삭제했습니다

첫번째 주식갤 글은 다른 담당자가 보고 있어서 그쪽에서 따로 연락드릴 거예요.

김도현 / 디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="informal numbered reply from a DC Inside staff member",
    why="two posts stated deleted; the stock-gallery post (no URL) is left to a colleague",
    items={DC[1]: "removed", DC[2]: "removed", DC[0]: "pending"},
)

case(
    name="dc-wrapped-url-and-particle",
    **{"from": DCF}, name_from=S("디시인사이드 운영팀"), date=D(7, 10, 5),
    subject=S("Re: [KCSC-240906-04] 시정요구"),
    reply_to_req=req("KCSC-240906-04"),
    body=f"""
담당자님 안녕하세요.

요청 주신 건 중 아래 글은 삭제 처리했습니다.
<https://gall.dcinside.com/board/view/?id=stock_new2&
no=9812345>

그리고 {DC[2]}은 저희가 확인했을 때 이미 없는 글이었습니다(작성자 삭제).
""",
    outcome="applied", classification="confirmation",
    imitates="reply whose long URL is wrapped inside angle brackets; the next URL is followed directly by a particle",
    why="the wrapped stock-gallery post was deleted; the coin_talk post was already deleted by its author",
    items={DC[0]: "removed", DC[2]: "not_found"},
)

case(
    name="dc-gallery-manager-gmail",
    **{"from": "coin.gall.manager@gmail.com"}, name_from=S("코인토크 매니저"), date=D(7, 23, 48),
    subject=S("코인토크 갤러리 신고 글 관련"),
    body=f"""
안녕하세요 코인토크 마이너 갤러리 매니저입니다.
갤러리 신문고에 위원회 요청 건이 올라왔길래 메일 드려요.

{DC[1]}
이 글 제가 매니저 권한으로 지웠습니다. 작성자도 갤러리 차단했어요.
""",
    outcome="review", review="unknown_sender",
    imitates="a user-moderator (gallery manager) writing from a personal address",
    why="a gallery manager is not DC Inside; gmail.com is no platform domain",
    items={DC[1]: "pending"},
)

case(
    name="dc-conditional-deletion",
    **{"from": DCF}, name_from=S("디시인사이드 고객센터"), date=D(9, 17, 10),
    subject=S("Re: [KCSC-240906-04] 시정요구"),
    reply_to_req=req("KCSC-240906-04"),
    body=f"""
안녕하세요, 디시인사이드 고객센터입니다.

{DC[1]} 게시물은 작성자에게 소명 기회를 부여하였습니다.
9월 20일까지 소명이 없으면 삭제 처리할 예정이며, 결과는 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="portal reply with a conditional, future deletion",
    why="a condition and a future deletion ('소명이 없으면 삭제 처리할 예정'): no statement",
    items={DC[1]: "pending"},
)

case(
    name="dc-read-receipt",
    **{"from": DCF}, name_from=S("디시인사이드 고객센터"), date=D(6, 15, 2),
    subject=S("읽음 확인: [KCSC-240906-04] 시정요구"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-dc-0906"

--mdn-dc-0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[KCSC-240906-04] 시정요구"을(를) 수신자가 2024-09-06 15:02에 읽었습니다.
이 확인은 메일이 열렸다는 사실만 알려주며, 내용을 읽거나 이해했다는 의미는 아닙니다.

--mdn-dc-0906
Content-Type: message/disposition-notification

Reporting-UA: webmail.dcinside.com
Final-Recipient: rfc822; report@dcinside.com
Original-Message-ID: <req-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-dc-0906--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN)",
    why="a read receipt says nothing about items",
    items={},
)

# ================================================================ BAND (E)
BANDF = "policy@band.us"
case(
    name="band-policy-team-result",
    **{"from": BANDF}, name_from=S("BAND 운영정책팀"), date=D(11, 15, 45),
    subject=S("[BAND] 시정요구 검토 결과 안내 (KCSC-240909-05)"),
    reply_to_req=req("KCSC-240909-05"),
    body=f"""
안녕하세요. BAND 운영정책팀입니다.

방송통신심의위원회의 시정요구(KCSC-240909-05)에 따라 검토한 결과를 알려드립니다.

1) {E[0]}
   운영정책 위반(불법 정보 게시)이 확인되어 게시글을 삭제하였습니다.

2) {E[1]}
   해당 게시글은 검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시를 유지합니다.
   추가로 확인하신 자료가 있으시면 회신 부탁드립니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND policy-team result: one deletion, one refusal with its reason",
    why="one post deleted, one kept because it breaks no rule (the invitation to send more material is not a request for info)",
    items={E[0]: "removed", E[1]: "rejected"},
)

case(
    name="band-pipe-table",
    **{"from": BANDF}, name_from=S("BAND 운영정책팀"), date=D(10, 19, 8),
    subject=S("Re: [KCSC-240909-05] 마약류 판매 게시글 시정요구"),
    reply_to_req=req("KCSC-240909-05"),
    body=f"""
안녕하세요, BAND 운영정책팀입니다. 처리 결과 아래 표로 정리해 드립니다.

| 게시글 URL                                  | 처리 결과                 |
|---------------------------------------------|---------------------------|
| {E[0]}     | 게시중단                  |
| {E[1]}     | 게시글 없음 (작성자 삭제) |

해당 밴드는 리더에게 운영정책 위반 경고가 발송되었습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Markdown-like pipe table typed into a plain-text reply",
    why="first post taken down; second no longer exists because its author deleted it",
    items={E[0]: "removed", E[1]: "not_found"},
)

case(
    name="band-bulk-both-deleted",
    **{"from": BANDF}, name_from=S("BAND 운영정책팀"), date=D(10, 9, 20),
    subject=S("Re: [KCSC-240909-05] 마약류 판매 게시글 시정요구"),
    reply_to_req=req("KCSC-240909-05"),
    body="""
안녕하세요, BAND 운영정책팀입니다.

신고해 주신 게시글 2건 모두 확인 후 삭제하였습니다.
해당 밴드는 추가 모니터링 대상으로 지정했습니다.
""",
    outcome="review", review="bulk",
    imitates="short bulk confirmation ('2건 모두 삭제') for a two-item request",
    why="one statement about both items of a two-item request, naming neither",
    items={},
)

case(
    name="band-report-receipt",
    **{"from": "noreply@band.us"}, name_from="BAND", date=D(9, 10, 31),
    subject=S("[BAND] 신고가 접수되었습니다"),
    reply_to_req=req("KCSC-240909-05"),
    body="""
안녕하세요, BAND입니다.

보내주신 신고가 정상적으로 접수되었습니다.
  · 접수번호: BND-20240909-004417
  · 접수일시: 2024.09.09 10:30

신고 내용은 운영정책에 따라 검토되며, 처리 결과는 영업일 기준 3일 이내에 메일로 안내드립니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND report receipt with a 접수번호",
    why="pure acknowledgement: receipt number and a promise of a later answer",
    items={},
)


HEADER = """# blind611: Korean platforms (NAVER, Kakao/Daum/Tistory/Brunch, YouTube Korea,
# DC Inside, BAND). Written by tests/corpus/blind611/make.py from each
# email's meaning, before any run of the reader. See NOTES.md."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind611", HEADER, CASES)


if __name__ == "__main__":
    main()
