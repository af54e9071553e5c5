#!/usr/bin/env python3
"""Blind set 111: Korean portals and community sites (DC Inside, NAVER,
Daum/Kakao/Tistory, SOOP, FM Korea, Ppomppu, Clien, Inven), Korean mixed
with English, with the doubtful and ignorable mail a regulator's mailbox
receives.

Written from each email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind111/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import calendar
import csv
import io
import os
import quopri
import sys
import urllib.parse
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind111"

# ---------------------------------------------------------------- requests
DC = {
    1: "https://gall.dcinside.com/board/view/?id=baseball_kcz&no=9120331",
    2: "https://gall.dcinside.com/board/view/?id=baseball_kcz&no=9120517",
    3: "https://gall.dcinside.com/board/view/?id=stockdream&no=7781204",
    4: "https://gall.dcinside.com/board/view/?id=stockdream&no=7781966",
    5: "https://gall.dcinside.com/mgallery/board/view/?id=tototip&no=30412",
    6: "https://gall.dcinside.com/mgallery/board/view/?id=tototip&no=30455",
    7: "https://gall.dcinside.com/mgallery/board/view/?id=tototip&no=30507",
    8: "https://gall.dcinside.com/mgallery/board/view/?id=coinpump&no=118820",
    9: "https://gall.dcinside.com/mgallery/board/view/?id=coinpump&no=118902",
    10: "https://gall.dcinside.com/mini/board/view/?id=slotking&no=2214",
    11: "https://gall.dcinside.com/mini/board/view/?id=slotking&no=2290",
    12: "https://gall.dcinside.com/board/view/?id=retrogame9&no=44871",
    13: "https://gall.dcinside.com/mgallery/board/view/?id=sportsbet_kr&no=9003",
    14: "https://gall.dcinside.com/mgallery/board/view/?id=sportsbet_kr&no=9051",
}
NV = {
    1: "https://blog.naver.com/moonlit_cash/223551204877",
    2: "https://cafe.naver.com/quickloanclub/48213",
    3: "https://cafe.naver.com/quickloanclub/48290",
    4: "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40302&docId=471122093",
}
K3_SLUG = "배송-안내-정리"
K3_RAW = "https://greenleaf-talk.tistory.com/entry/" + K3_SLUG
KK = {
    1: "https://cafe.daum.net/icefield22/Qw8r/1203",
    2: "https://cafe.daum.net/icefield22/Qw8r/1217",
    3: "https://greenleaf-talk.tistory.com/entry/" + urllib.parse.quote(K3_SLUG),
    4: "https://greenleaf-talk.tistory.com/88",
    5: "https://cafe.daum.net/nightmarket99/5xYt/77",
}
SP = {
    1: "https://vod.sooplive.co.kr/player/138820417",
    2: "https://ch.sooplive.co.kr/midnightbj09/post/121004578",
    3: "https://vod.sooplive.co.kr/player/138826650",
}
FM = {
    1: "https://www.fmkorea.com/7410233581",
    2: "https://www.fmkorea.com/7410298804",
}
PP = {1: "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120448"}
CL = {
    1: "https://www.clien.net/service/board/park/18820331",
    2: "https://www.clien.net/service/board/sold/13300412",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, category, message_id, urls, note
    ("KCSC-240902-01", "dcinside", "2024-09-02T10:05:00+09:00", "2024-09-09T18:00:00+09:00",
     "gambling", "kcsc-240902-01.1@kcsc.example", DC, "illegal gambling / coin pump ads"),
    ("KCSC-240904-02", "naver", "2024-09-04T14:30:00+09:00", "2024-09-11T18:00:00+09:00",
     "illegal_lending", "kcsc-240904-02.1@kcsc.example", NV, "unregistered lending ads"),
    ("KCSC-240906-03", "daum", "2024-09-06T09:40:00+09:00", "2024-09-13T18:00:00+09:00",
     "drugs", "kcsc-240906-03.1@kcsc.example", KK, "drug sale ads"),
    ("KCSC-240910-04", "soop", "2024-09-10T11:15:00+09:00", "2024-09-17T18:00:00+09:00",
     "obscenity", "kcsc-240910-04.1@kcsc.example", SP, "obscene VODs and channel post"),
    ("KCSC-240912-05", "fmkorea", "2024-09-12T16:00:00+09:00", "2024-09-19T18:00:00+09:00",
     "privacy", "kcsc-240912-05.1@kcsc.example", FM, "personal data exposure"),
    ("KCSC-240913-06", "ppomppu", "2024-09-13T10:20:00+09:00", "2024-09-20T18:00:00+09:00",
     "fraud", "kcsc-240913-06.1@kcsc.example", PP, "fraudulent sale post"),
    ("KCSC-240916-07", "clien", "2024-09-16T09:00:00+09:00", "2024-09-23T18:00:00+09:00",
     "fraud", "kcsc-240916-07.1@kcsc.example", CL, "impersonation / fraudulent sale"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, urls, note in REQUESTS:
        for k in sorted(urls):
            w.writerow([ref, plat, sent, due, urls[k], cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def d(day, hh, mm, ss=0):
    wd = calendar.day_abbr[calendar.weekday(2024, 9, day)]
    return f"{wd}, {day:02d} Sep 2024 {hh:02d}:{mm:02d}:{ss:02d} +0900"


def enc(s):
    return Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def amp(u):
    return u.replace("&", "&amp;")


REQ_QUOTE_DC = "\n".join(f"{k}. {DC[k]}" for k in sorted(DC))

cases = []


def case(**kw):
    cases.append(kw)


# ======================================================= DC Inside (14 items)
rows = [
    (1, "삭제", "removed"), (2, "삭제", "removed"), (3, "삭제", "removed"),
    (4, "게시물 없음 (작성자 삭제)", "not_found"), (5, "삭제", "removed"), (6, "삭제", "removed"),
    (7, "유지 (운영정책 위반 사항 확인되지 않음)", "rejected"), (8, "삭제", "removed"),
    (9, "삭제", "removed"), (10, "삭제 (갤러리 폐쇄)", "removed"), (11, "삭제 (갤러리 폐쇄)", "removed"),
    (12, "존재하지 않는 게시물", "not_found"), (13, "삭제", "removed"),
    (14, "유지 (경기 결과 기사 인용, 도박 홍보 아님)", "rejected"),
]
trs = "\n".join(
    f'<tr><td>{k}</td><td><a href="{amp(DC[k])}">{amp(DC[k])}</a></td><td>{r}</td></tr>'
    for k, r, _ in rows
)
case(
    name="dc-html-table-full",
    **{"from": "report@dcinside.com"}, name_from=enc("디시인사이드 운영팀"),
    date=d(9, 17, 42), subject=enc("[디시인사이드] 게시물 삭제 요청 처리 결과 안내 (KCSC-240902-01)"),
    reply_to_req="kcsc-240902-01.1", type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요, 디시인사이드 운영팀입니다.</p>
<p>방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240902-01, 14건)에 대한 처리 결과를 아래 표로 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>게시물 URL</th><th>처리 결과</th></tr>
{trs}
</table>
<p>처리 결과에 대해 추가로 문의하실 사항이 있으면 본 메일로 회신해 주시기 바랍니다.<br>
게시물 운영 원칙: <a href="https://www.dcinside.com/policy/operation">https://www.dcinside.com/policy/operation</a></p>
<p>디시인사이드 운영팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean community operator's 처리 결과 HTML table reply to a KCSC request",
    why="trusted DC Inside table, one status per URL: 삭제/갤러리 폐쇄 removed, 게시물 없음 not_found, 유지 rejected",
    items={DC[k]: st for k, _, st in rows},
)

case(
    name="dc-korean-text-table",
    **{"from": "report@dcinside.com"}, name_from=enc("디시인사이드 운영팀"),
    date=d(5, 11, 3), subject=enc("RE: [KCSC-240902-01] 불법 도박 광고 게시물 삭제 요청"),
    reply_to_req="kcsc-240902-01.1",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물 가운데 야구·주식 갤러리 게시물 4건의 처리 결과를 먼저 전달드립니다.

번호 | 게시물 주소 | 처리
1 | {DC[1]} | 삭제 완료
2 | {DC[2]} | 삭제 완료
3 | {DC[3]} | 게시물 없음 (작성자가 이미 삭제)
4 | {DC[4]} | 삭제 완료

나머지 게시물은 각 갤러리 확인 후 별도로 회신드리겠습니다.

감사합니다.
디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="community operator's pipe-separated 처리 결과 text table",
    why="three 삭제 완료 rows removed, one post already deleted by its author not_found; rest announced for later",
    items={DC[1]: "removed", DC[2]: "removed", DC[3]: "not_found", DC[4]: "removed", DC[5]: "pending"},
)

csv_text = "\ufeff" + "\r\n".join([
    "번호,URL,처리결과,비고",
    f"1,{DC[5]},삭제,",
    f"2,{DC[6]},삭제,",
    f"3,{DC[8]},삭제,작성자 이용차단 병행",
    f"4,{DC[9]},게시물 없음,작성자 삭제",
    f"5,{DC[13]},유지,운영정책 위반 아님",
]) + "\r\n"
case(
    name="dc-csv-attachment",
    **{"from": "report@dcinside.com"}, name_from=enc("디시인사이드 운영팀"),
    date=d(10, 15, 20), subject=enc("[디시인사이드] KCSC-240902-01 처리 결과 (첨부)"),
    reply_to_req="kcsc-240902-01.1",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="dc_b111_csv"

--dc_b111_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''안녕하세요, 디시인사이드 운영팀입니다.

요청하신 건 중 마이너 갤러리 게시물 5건의 처리 결과를 첨부 파일(CSV)로 보내드립니다.
확인 부탁드립니다.

디시인사이드 운영팀
''')}
--dc_b111_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--dc_b111_csv--
""",
    outcome="applied", classification="confirmation",
    imitates="operator's result spreadsheet exported as CSV (UTF-8 with BOM) attached to a short note",
    why="CSV rows: 삭제 removed, 게시물 없음/작성자 삭제 not_found, 유지/위반 아님 rejected",
    items={DC[5]: "removed", DC[6]: "removed", DC[8]: "removed", DC[9]: "not_found", DC[13]: "rejected"},
)

case(
    name="dc-outlook-top-posted",
    **{"from": "j.han@dcinside.com"}, name_from=enc("한지민"),
    date=d(6, 9, 51), subject=enc("RE: [KCSC-240902-01] 불법 도박 광고 게시물 삭제 요청"),
    reply_to_req="kcsc-240902-01.1",
    body=f"""안녕하세요, 디시인사이드 운영팀 한지민입니다.
요청하신 게시물 중 아래 건 처리 결과 알려드립니다.

{DC[8]}
{DC[9]}
→ 위 두 건은 삭제 완료했습니다.

{DC[10]}
→ 작성자 본인이 먼저 지워서 현재 존재하지 않는 글입니다.

나머지 건은 확인 후 다시 회신드리겠습니다.

한지민 드림

-----Original Message-----
From: KCSC 통신심의 <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:05 AM
To: report@dcinside.com
Subject: [KCSC-240902-01] 불법 도박 광고 게시물 삭제 요청

디시인사이드 담당자님께,

아래 게시물은 불법 도박 및 가상자산 시세조종 광고로 확인되어 삭제를 요청드립니다.
조치 결과를 2024년 9월 9일까지 회신해 주십시오.

{REQ_QUOTE_DC}

방송통신심의위원회 통신심의국
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted staff reply over the regulator's original request",
    why="top post: two URLs then '위 두 건 삭제 완료' removed, one URL 'author deleted, does not exist' not_found; the quoted request below changes nothing",
    items={DC[8]: "removed", DC[9]: "removed", DC[10]: "not_found", DC[1]: "pending", DC[14]: "pending"},
)

case(
    name="dc-bilingual-ko-en",
    **{"from": "global@dcinside.com"}, name_from="DCinside Operations",
    date=d(11, 13, 7), subject="Re: [KCSC-240902-01] 게시물 삭제 요청 / removal request",
    reply_to_req="kcsc-240902-01.1",
    body=f"""안녕하세요.

{DC[12]} 게시물은 삭제 조치하였습니다.
{DC[14]} 게시물은 스포츠 경기 결과를 전하는 기사 인용글로, 도박 광고에 해당하지 않아 삭제하지 않았습니다.

---- English ----

We have deleted the post at {DC[12]}.
The post at {DC[14]} quotes a news report on a match result. It does not advertise gambling, so it has not been removed and stays up.

DCinside Operations Team
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual (Korean then English) operator reply",
    why="one post deleted (removed), one kept because it advertises nothing (rejected); both languages agree",
    items={DC[12]: "removed", DC[14]: "rejected"},
)

case(
    name="dc-headings-urls-below",
    **{"from": "report@dcinside.com"}, name_from=enc("디시인사이드 운영팀"),
    date=d(12, 10, 30), subject=enc("[디시인사이드] 처리 결과 안내 - KCSC-240902-01 (추가)"),
    reply_to_req="kcsc-240902-01.1",
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.
지난 회신에 이어 추가 처리 결과를 안내드립니다.

[처리 완료 - 삭제]
{DC[1]}
{DC[5]}
{DC[6]}

[처리 불가 - 작성자 삭제로 게시물이 존재하지 않음]
{DC[10]}

[처리 불가 - 운영정책 위반 아님]
{DC[7]}
(경기 분석 게시글로, 도박 사이트 홍보 내용은 확인되지 않았습니다.)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="operator reply grouping bare URLs under bracketed result headings",
    why="each heading gives the status of the URLs below it: removed, not_found, rejected",
    items={DC[1]: "removed", DC[5]: "removed", DC[6]: "removed", DC[10]: "not_found", DC[7]: "rejected"},
)

case(
    name="dc-wrapped-url-ticket",
    **{"from": "helpdesk@dcinside.com"}, name_from="DCinside Helpdesk",
    date=d(13, 16, 2), subject="[DC-2409-60117] RE: KCSC-240902-01",
    reply_to_req="kcsc-240902-01.1",
    body=f"""[DC-2409-60117] 회신: KCSC-240902-01 게시물 삭제 요청

처리 담당 : 운영지원팀
처리 일시 : 2024-09-13 15:48
처리 결과 : 아래 2건 삭제 처리되었습니다.
  - {DC[3]}
  - https://gall.dcinside.com/mgallery/board/view/?id=sportsbet_kr&
no=9051

본 메일은 헬프데스크 시스템에서 발송되었습니다. 회신 시 제목의 티켓
번호를 유지해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk ticket system reply that hard-wraps long lines (URL broken after '&')",
    why="'아래 2건 삭제' then two URLs, the second hard-wrapped by the ticket system; a clerk rejoins it: both removed",
    items={DC[3]: "removed", DC[14]: "removed"},
)

case(
    name="dc-gmail-quoted-reply",
    **{"from": "ops.lee@dcinside.com"}, name_from=enc("이도현"),
    date=d(5, 18, 14), subject=enc("Re: [KCSC-240902-01] 불법 도박 광고 게시물 삭제 요청"),
    reply_to_req="kcsc-240902-01.1",
    body=f"""토토팁 갤러리 건 처리했습니다.

{DC[5]} 삭제했습니다.
{DC[6]} 삭제했습니다.
{DC[7]} 은 경기 분석 글이라 도박 홍보로 보기 어려워 그대로 둡니다.

이도현 / 디시인사이드 운영팀

2024년 9월 2일 (월) 오전 10:05, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
> 디시인사이드 담당자님께,
>
> 아래 게시물은 불법 도박 및 가상자산 시세조종 광고로 확인되어 삭제를 요청드립니다.
>
""" + "\n".join("> " + l for l in REQ_QUOTE_DC.split("\n")) + "\n>\n> 방송통신심의위원회 통신심의국\n",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply with '님이 작성:' attribution and '>' quoted request",
    why="two posts deleted (removed), one left up as not gambling promotion (rejected); quoted URLs change nothing",
    items={DC[5]: "removed", DC[6]: "removed", DC[7]: "rejected", DC[8]: "pending", DC[13]: "pending"},
)

case(
    name="dc-promise-sequential",
    **{"from": "report@dcinside.com"}, name_from=enc("디시인사이드 운영팀"),
    date=d(3, 14, 25), subject=enc("RE: [KCSC-240902-01] 불법 도박 광고 게시물 삭제 요청"),
    reply_to_req="kcsc-240902-01.1",
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

요청하신 게시물은 확인 후 순차적으로 삭제 조치할 예정입니다.
대상 갤러리가 여러 곳이라 처리에 2~3일 정도 소요될 수 있는 점 양해 부탁드립니다.

특히 아래 게시물은 금일 중 삭제될 예정입니다.
{DC[5]}
{DC[6]}

처리가 끝나면 결과를 정리해 다시 회신드리겠습니다.
""",
    outcome="review", classification="other", review="not_understood",
    imitates="operator's interim reply promising deletion",
    why="only promises ('삭제 조치할 예정', '삭제될 예정'): nothing has happened yet",
    items={DC[5]: "pending", DC[6]: "pending"},
)

case(
    name="dc-bulk-all-deleted",
    **{"from": "report@dcinside.com"}, name_from=enc("디시인사이드 운영팀"),
    date=d(13, 11, 48), subject=enc("[디시인사이드] KCSC-240902-01 처리 완료"),
    reply_to_req="kcsc-240902-01.1",
    body="""안녕하세요, 디시인사이드 운영팀입니다.

KCSC-240902-01로 요청하신 게시물 14건은 모두 삭제 처리 완료되었습니다.
관련 갤러리 매니저에게도 재발 방지를 요청하였습니다.

감사합니다.
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="short 'all N posts deleted' completion notice",
    why="one statement about all 14 items without naming any: bulk for a 14-item request",
    items={DC[1]: "pending", DC[14]: "pending"},
)

case(
    name="dc-auth-fail",
    **{"from": "report@dcinside.com"}, name_from=enc("디시인사이드 운영팀"), auth="fail",
    date=d(12, 3, 11), subject=enc("[디시인사이드] 게시물 삭제 완료 안내"),
    body=f"""요청번호 KCSC-240902-01 관련 안내드립니다.

아래 게시물은 삭제되었습니다.
{DC[2]}
{DC[3]}
{DC[4]}

처리 내역 확인: https://dcinside-report.example.net/check?ticket=KCSC-240902-01
""",
    outcome="review", review="untrusted",
    imitates="spoofed operator notice (DMARC fail) pointing to an outside 'check' link",
    why="From dcinside.com but DKIM/SPF/DMARC fail: statements not trusted",
    items={DC[2]: "pending", DC[3]: "pending", DC[4]: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    **{"from": "tototip.gallmanager@gmail.com"}, name_from=enc("토토팁갤 매니저"),
    date=d(7, 22, 36), subject=enc("KCSC-240902-01 관련 갤러리 매니저입니다"),
    body=f"""안녕하세요. 디시인사이드 토토팁 마이너 갤러리 매니저입니다.
운영팀에서 요청 내용을 전달받아서 제가 아래 글들 지웠습니다.

{DC[5]}
{DC[6]}
{DC[7]}

앞으로 이런 글 올라오면 바로 지우겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer gallery manager writing from a personal webmail address",
    why="a user (gallery manager) on gmail.com, not DC Inside's domain: not a platform statement",
    items={DC[5]: "pending", DC[6]: "pending", DC[7]: "pending"},
)

case(
    name="dc-hedge-seems-deleted",
    **{"from": "report@dcinside.com"}, name_from=enc("디시인사이드 운영팀"),
    date=d(10, 10, 2), subject=enc("RE: [KCSC-240902-01] 주식 갤러리 게시물 문의"),
    reply_to_req="kcsc-240902-01.1",
    body=f"""안녕하세요.

문의하신 두 게시물은 현재 접속하면 '삭제된 게시물입니다'라는 안내가 나오는 것으로 보아 이미 삭제된 것 같습니다.
{DC[3]}
{DC[4]}

다만 누가 언제 삭제했는지는 로그를 확인해야 알 수 있어, 확인되는 대로 다시 말씀드리겠습니다.
""",
    outcome="review", classification="other", review="not_understood",
    imitates="operator reply guessing from what the page shows",
    why="hedged ('삭제된 것 같습니다', pending a log check): not a statement",
    items={DC[3]: "pending", DC[4]: "pending"},
)

case(
    name="dc-chuseok-autoreply",
    **{"from": "report@dcinside.com"}, name_from=enc("디시인사이드 고객센터"),
    date=d(16, 8, 0), subject=enc("[자동응답] 추석 연휴 고객센터 휴무 안내"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes",
                   "In-Reply-To: <kcsc-240902-01.2@kcsc.example>"],
    body="""안녕하세요. 디시인사이드 고객센터입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 고객센터가 휴무합니다.
연휴 기간에 접수된 메일은 9월 19일(목)부터 접수 순서대로 처리됩니다.

본 메일은 발신 전용 자동응답 메일입니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday (추석 연휴) customer-centre auto-reply",
    why="auto-reply announcing the holiday closure",
    items={},
)

case(
    name="dc-ticket-receipt-echo",
    **{"from": "noreply@dcinside.com"}, name_from=enc("디시인사이드 고객센터"),
    date=d(2, 10, 7), subject=enc("[디시인사이드] 문의가 접수되었습니다 (접수번호 DC-240902-3318)"),
    body=f"""고객님의 문의가 정상적으로 접수되었습니다.

접수번호 : DC-240902-3318
접수일시 : 2024-09-02 10:06
문의유형 : 게시물 신고 / 권리침해

[접수 내용]
[KCSC-240902-01] 불법 도박 광고 게시물 삭제 요청
아래 게시물은 불법 도박 및 가상자산 시세조종 광고로 확인되어 삭제를 요청드립니다.
{DC[1]}
{DC[2]}
(이하 생략)

담당자 확인 후 순차적으로 답변드리겠습니다.
답변은 영업일 기준 1~3일 정도 소요될 수 있습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk receipt echoing the submitted inquiry",
    why="pure receipt with ticket number; the URLs are our own request echoed back",
    items={DC[1]: "pending", DC[2]: "pending"},
)

# ======================================================= NAVER (4 items)
case(
    name="naver-temp-measure-and-delete",
    **{"from": "rights-noreply@navercorp.com"}, name_from=enc("네이버 권리보호센터"),
    date=d(6, 16, 40), subject=enc("[네이버] 게시중단 요청 처리 결과 안내"),
    reply_to_req="kcsc-240904-02.1",
    body=f"""방송통신심의위원회 담당자님, 안녕하세요.
네이버 권리보호센터입니다.

요청하신 게시물에 대한 처리 결과를 아래와 같이 안내드립니다.

■ 요청 번호: KCSC-240904-02
■ 처리 내역
 1. {NV[1]}
    - 처리: 임시조치(30일) / 게시자가 재게시를 요청하면 검토 후 재게시 여부가 결정됩니다.
 2. {NV[2]}
    - 처리: 게시물 삭제 (카페 운영원칙 위반)

나머지 요청 건은 검토가 끝나는 대로 안내드리겠습니다.
게시중단 관련 도움말: https://help.naver.com/service/rights/temporary-measure

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단/임시조치 처리 결과 notice",
    why="임시조치 (30-day block) restricted; cafe post deleted removed; help link is no item",
    items={NV[1]: "restricted", NV[2]: "removed", NV[3]: "pending"},
)

case(
    name="naver-rejected-with-reason",
    **{"from": "rights-noreply@navercorp.com"}, name_from=enc("네이버 권리보호센터"),
    date=d(9, 11, 5), subject=enc("[네이버] 요청하신 게시물 검토 결과"),
    reply_to_req="kcsc-240904-02.1",
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

요청하신 {NV[3]} 게시물을 검토한 결과, 대출 상품 금리 비교 정보를 담은 일반 게시글로
등록되지 않은 대부업 광고로 판단되지 않아 게시중단 조치를 하지 않았습니다.

판단에 이견이 있으시면 관련 법령 조항과 함께 아래 문의 페이지로 다시 접수해 주세요.
https://help.naver.com/inquiry/input.help?categoryNo=30001

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER review result refusing 게시중단 with its reason",
    why="refusal with reason: 'not judged an illegal lending ad, no 게시중단' = rejected",
    items={NV[3]: "rejected"},
)

case(
    name="naver-url-below-statement",
    **{"from": "cafe_cs@naver.com"}, name_from=enc("네이버 카페 고객센터"),
    date=d(10, 14, 12), subject=enc("RE: [KCSC-240904-02] 불법 대부 광고 게시물 삭제 요청"),
    reply_to_req="kcsc-240904-02.1",
    body=f"""안녕하세요. 네이버 카페·지식iN 운영 담당입니다.

요청하신 게시물 중 다음 카페 게시물은 삭제 처리되었습니다.
{NV[2]}

다음 지식iN 질문은 작성자가 이미 삭제하여 존재하지 않습니다.
{NV[4]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe/지식iN operator reply with each URL on the line below its statement",
    why="statement line then its URL: cafe post removed, 지식iN question deleted by its author not_found",
    items={NV[2]: "removed", NV[4]: "not_found"},
)

case(
    name="naver-lookalike-domain",
    **{"from": "rights@naver-partnercenter.com"}, name_from=enc("NAVER 권리보호센터"),
    date=d(8, 2, 17), subject=enc("[NAVER] KCSC-240904-02 처리 완료 - 확인 필요"),
    body=f"""방송통신심의위원회 담당자님,

요청번호 KCSC-240904-02의 게시물은 모두 삭제되었습니다.
{NV[1]}
{NV[3]}

처리 내역은 아래 파트너 센터에 로그인하여 확인해 주십시오.
https://naver-partnercenter.com/login?next=kcsc

NAVER Corp.
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike domain mail posing as NAVER with a login link",
    why="naver-partnercenter.com is no NAVER sender domain: unknown sender, nothing applied",
    items={NV[1]: "pending", NV[3]: "pending"},
)

case(
    name="naver-asks-documents",
    **{"from": "rights-noreply@navercorp.com"}, name_from=enc("네이버 권리보호센터"),
    date=d(5, 10, 28), subject=enc("[네이버] 게시중단 요청 관련 추가 자료 요청"),
    reply_to_req="kcsc-240904-02.1",
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

요청하신 아래 게시물에 대한 조치 여부를 검토하기 위해 추가 자료가 필요합니다.
- {NV[1]}
- {NV[2]}
- {NV[3]}

1) 시정요구 결정 공문 사본
2) 게시물별 위반 법령 조항

위 자료를 회신해 주시면 검토 후 처리 결과를 안내드리겠습니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="NAVER request for the official 시정요구 document before acting",
    why="asks for documents; no status stated",
    items={NV[1]: "pending", NV[2]: "pending", NV[3]: "pending"},
)

case(
    name="naver-search-excludes-daum-posts",
    **{"from": "search-policy@navercorp.com"}, name_from=enc("네이버 검색정책팀"),
    date=d(9, 15, 33), subject=enc("[네이버 검색] KCSC-240906-03 관련 검색 노출 제한 안내"),
    body=f"""안녕하세요, 네이버 검색정책팀입니다.

참조로 받은 요청(KCSC-240906-03)과 관련하여, 아래 게시물이 네이버 검색 결과에 노출되지 않도록 조치하였습니다.
- {KK[1]}
- {KK[4]}

원문 게시물의 삭제는 해당 서비스 운영사(카카오)에 요청하셔야 합니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="search engine's de-indexing notice for another service's posts",
    why="NAVER states it hid Daum/Tistory posts from its search: NAVER cannot set the status of Kakao's items",
    items={KK[1]: "pending", KK[4]: "pending"},
)

case(
    name="naver-outlook-read-receipt",
    **{"from": "legal.kr@navercorp.com"}, name_from=enc("박서연"),
    date=d(4, 15, 2), subject=enc("읽음: [KCSC-240904-02] 불법 대부 광고 게시물 삭제 요청"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="----=_NextPart_000_0031_01DAFE12.5A1B2C30"

------=_NextPart_000_0031_01DAFE12.5A1B2C30
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

{b64('''메시지

   받는 사람: 박서연
   제목: [KCSC-240904-02] 불법 대부 광고 게시물 삭제 요청
   보낸 날짜: 2024-09-04 오후 2:30

를 2024-09-04 오후 3:02에 읽었습니다.
''')}

------=_NextPart_000_0031_01DAFE12.5A1B2C30
Content-Type: message/disposition-notification

Reporting-UA: navercorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal.kr@navercorp.com
Original-Message-ID: <kcsc-240904-02.1@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0031_01DAFE12.5A1B2C30--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean Outlook read receipt (읽음:) with message/disposition-notification",
    why="MDN: the request was displayed, nothing about items",
    items={},
)

# ======================================================= Daum / Kakao / Tistory (5 items)
case(
    name="daum-cafe-blind",
    **{"from": "cafe-safety@kakaocorp.com"}, name_from=enc("Daum 고객센터"),
    date=d(9, 17, 55), subject=enc("[Daum 카페] 유해 게시물 신고 처리 결과 안내"),
    reply_to_req="kcsc-240906-03.1",
    body=f"""안녕하세요. Daum 카페 운영 담당자입니다.

요청하신 카페 게시글에 대해 다음과 같이 조치했습니다.

· {KK[1]} : 블라인드 처리
· {KK[2]} : 블라인드 처리
· {KK[5]} : 카페가 이미 폐쇄되어 게시글이 존재하지 않음

아울러 icefield22 카페는 운영정책 위반이 반복되어 카페 전체에 이용 제한을 적용했습니다.

카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 블라인드 처리 result notice",
    why="블라인드 removed for two posts; closed cafe, post does not exist not_found",
    items={KK[1]: "removed", KK[2]: "removed", KK[5]: "not_found"},
)

case(
    name="tistory-korean-slug-particles",
    **{"from": "noreply@tistory.com"}, name_from=enc("티스토리 운영팀"),
    date=d(10, 13, 26), subject=enc("[티스토리] 신고 게시글 처리 결과"),
    reply_to_req="kcsc-240906-03.1",
    body=f"""안녕하세요, 티스토리 운영팀입니다.

KCSC-240906-03 요청에 포함된 티스토리 게시글 처리 결과입니다.

① {K3_RAW} → 게시글 비공개 처리 (작성자 본인 외 열람 불가)
② {KK[4]}에 대해서는 삭제 조치를 완료하였습니다.

블로그 운영정책: https://www.tistory.com/policy/operation

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) notice with a raw Korean slug URL and a particle glued to the next URL",
    why="비공개 처리 removed (raw Korean path matches the percent-encoded request URL); '/88에 대해서는 삭제 완료' removed",
    items={KK[3]: "removed", KK[4]: "removed"},
)

case(
    name="kakao-quoted-printable",
    **{"from": "right@kakaocorp.com"}, name_from=enc("카카오 권리침해신고센터"),
    date=d(11, 10, 44), subject=enc("[카카오] 권리침해·유해게시물 신고 처리 결과"),
    reply_to_req="kcsc-240906-03.1",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요, 카카오 권리침해신고센터입니다.

요청번호: KCSC-240906-03
처리일자: 2024-09-11

1) {KK[3]}
   - 처리결과: 게시글 삭제
2) {KK[2]}
   - 처리결과: 청소년 유해 게시물로 분류하여 성인 인증 후에만 열람 가능하도록 제한

문의 사항은 본 메일로 회신 부탁드립니다.
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 result mail, quoted-printable body",
    why="percent-encoded Tistory URL deleted (removed); cafe post limited to adult-verified readers (restricted)",
    items={KK[3]: "removed", KK[2]: "restricted"},
)

case(
    name="kakao-base64-english",
    **{"from": "trust-safety@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    date=d(12, 19, 8), subject="Re: [KCSC-240906-03] Request to remove drug sale posts",
    reply_to_req="kcsc-240906-03.1",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''Dear KCSC team,

Regarding your request KCSC-240906-03, our Trust & Safety team took the
following actions:

* {KK[5]}
  The post was deleted and the cafe operator's account was suspended.

* {KK[1]}
  We could not locate this post. The link returns "not found" on our side.

Kind regards,
Kakao Trust & Safety
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="English Trust & Safety reply from a Korean portal, base64-encoded",
    why="bullet URL then its sentence below: deleted removed; could not locate not_found",
    items={KK[5]: "removed", KK[1]: "not_found"},
)

case(
    name="kakao-echoed-report-blocks",
    **{"from": "right@kakaocorp.com"}, name_from=enc("카카오 권리침해신고센터"),
    date=d(13, 9, 12), subject=enc("[카카오] 신고 처리 결과 안내 (2건)"),
    reply_to_req="kcsc-240906-03.1",
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.
접수하신 신고의 처리 결과를 안내드립니다.

[신고 1]
- 신고 URL: {KK[2]}
- 신고 사유: 마약류 판매 광고
- 처리 결과: 게시물 삭제

[신고 2]
- 신고 URL: {KK[4]}
- 신고 사유: 마약류 판매 광고
- 처리 결과: 임시조치 (30일간 접근 차단)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="report-centre result that echoes each report (URL, reason) with its own result line",
    why="per block: 게시물 삭제 removed, 임시조치 restricted",
    items={KK[2]: "removed", KK[4]: "restricted"},
)

case(
    name="daum-in-progress",
    **{"from": "cafe-safety@kakaocorp.com"}, name_from=enc("Daum 고객센터"),
    date=d(8, 11, 30), subject=enc("[Daum] KCSC-240906-03 진행 상황 안내"),
    reply_to_req="kcsc-240906-03.1",
    body=f"""안녕하세요. Daum 고객센터입니다.

요청하신 건의 진행 상황을 안내드립니다.

카페 게시글 2건은 카페 운영자에게 소명을 요청하였으며, 9월 13일까지 소명이 없으면 삭제할 예정입니다.
{KK[1]}
{KK[2]}

티스토리 게시글은 담당 부서에서 검토 중입니다.
{K3_RAW}

최종 결과는 다시 안내드리겠습니다.
""",
    outcome="review", classification="other", review="not_understood",
    imitates="portal progress update (소명 요청, 검토 중)",
    why="conditional promise (delete if no 소명 by 9/13) and 'under review': no statement",
    items={KK[1]: "pending", KK[2]: "pending", KK[3]: "pending"},
)

case(
    name="kakao-mdn-displayed",
    **{"from": "right@kakaocorp.com"}, name_from=enc("카카오 권리침해신고센터"),
    date=d(6, 10, 3), subject="Read: [KCSC-240906-03] drug sale posts removal request",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-kk-111"

--mdn-kk-111
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to right@kakaocorp.com at 2024-09-06 09:40.
The message was displayed on the recipient's screen. This is no guarantee that
the message has been read or understood.

--mdn-kk-111
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Thunderbird 115.14.0
Original-Recipient: rfc822;right@kakaocorp.com
Final-Recipient: rfc822;right@kakaocorp.com
Original-Message-ID: <kcsc-240906-03.1@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-kk-111--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird-style MDN (displayed)",
    why="read receipt",
    items={},
)

# ======================================================= SOOP (3 items)
case(
    name="soop-mixed-three",
    **{"from": "safety@sooplive.co.kr"}, name_from=enc("SOOP 고객센터"),
    date=d(12, 14, 50), subject=enc("[SOOP] 요청하신 콘텐츠 처리 결과 (KCSC-240910-04)"),
    reply_to_req="kcsc-240910-04.1",
    body=f"""안녕하세요, SOOP 고객센터입니다.

요청하신 콘텐츠에 대한 처리 결과를 안내드립니다.

1. VOD {SP[1]}
   : 음란물 유포로 VOD 삭제, 해당 BJ 방송 영구 정지
2. 방송국 게시글 {SP[2]}
   : 게시글 삭제
3. VOD {SP[3]}
   : 19세 이상 시청 가능(성인 인증 필요)으로 전환

운영정책: https://www.sooplive.co.kr/policy

SOOP 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) customer-centre result list",
    why="two deletions removed, one VOD switched to 19+ viewing restricted",
    items={SP[1]: "removed", SP[2]: "removed", SP[3]: "restricted"},
)

soop_rows = [(SP[1], "삭제"), (SP[3], "VOD 없음 (BJ가 직접 삭제)")]
SOOP_HTML_B64 = b64('''<html><body>
<div style="font-size:14px">
<p>안녕하세요, SOOP 고객센터입니다.<br>KCSC-240910-04 요청 VOD의 처리 결과입니다.</p>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>VOD</th><th>처리 결과</th></tr></thead>
<tbody>
''' + "\n".join(f'<tr><td><a href="{u}">{u}</a></td><td>{r}</td></tr>' for u, r in soop_rows) + '''
</tbody></table>
<p style="color:#888">본 메일은 발신 전용입니다. 문의는 <a href="https://www.sooplive.co.kr/cs">고객센터</a>를 이용해 주세요.</p>
</div></body></html>
''')
case(
    name="soop-html-table",
    **{"from": "safety@sooplive.co.kr"}, name_from=enc("SOOP 고객센터"),
    date=d(13, 11, 17), subject=enc("[SOOP] VOD 처리 결과 안내"),
    reply_to_req="kcsc-240910-04.1",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="soop-alt-0913"

--soop-alt-0913
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{SOOP_HTML_B64}
--soop-alt-0913--
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP HTML-only result table (base64 HTML part)",
    why="table rows: 삭제 removed; VOD gone because the streamer deleted it not_found",
    items={SP[1]: "removed", SP[3]: "not_found"},
)

case(
    name="soop-one-clear-one-hedged",
    **{"from": "safety@sooplive.co.kr"}, name_from=enc("SOOP 고객센터"),
    date=d(11, 18, 21), subject=enc("RE: [KCSC-240910-04] 음란 VOD 삭제 요청"),
    reply_to_req="kcsc-240910-04.1",
    body=f"""안녕하세요.

방송국 게시글 {SP[2]} 은 금일 삭제 처리하였습니다.

VOD {SP[1]} 는 저희 조회 화면에서 이미 삭제된 것으로 보이나,
시스템 반영에 시간이 걸릴 수 있어 정확한 상태는 추가로 확인한 뒤 다시 안내드리겠습니다.

SOOP 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="customer-centre reply with one firm result and one hedge",
    why="channel post deleted today (removed); the VOD only 'appears' deleted, to be confirmed: pending",
    items={SP[2]: "removed", SP[1]: "pending"},
)

case(
    name="soop-receipt-plus-result",
    **{"from": "noreply@sooplive.co.kr"}, name_from="SOOP",
    date=d(11, 9, 2), subject=enc("[SOOP] 신고 접수 완료 안내 (접수번호 SP240911-0042)"),
    body=f"""신고가 정상적으로 접수되었습니다.
접수번호: SP240911-0042 / 관련 요청: KCSC-240910-04

확인 결과, 신고하신 VOD {SP[3]} 는 운영정책(음란물) 위반으로 삭제 조치되었습니다.

신고해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="receipt template carrying a result line",
    why="'접수 완료' wording but an unhedged '삭제 조치되었습니다' for a named VOD: removed, not a pure acknowledgement",
    items={SP[3]: "removed"},
)

case(
    name="soop-conflicting-translation",
    **{"from": "global-safety@sooplive.com"}, name_from="SOOP Global Safety",
    date=d(13, 20, 5), subject="[SOOP] Result of your request / 요청 처리 결과 (KCSC-240910-04)",
    reply_to_req="kcsc-240910-04.1",
    body=f"""[한국어]
{SP[1]} VOD는 운영정책 위반으로 삭제 조치되었습니다.

[English]
The VOD at {SP[1]} was reviewed and remains available, as it was not found to violate our policies.

SOOP Global Safety Team
""",
    outcome="review", classification="confirmation", review="conflicting_statements",
    imitates="bilingual template whose translation contradicts the Korean text",
    why="Korean says deleted, English says it stays up: contradictory statements about one VOD",
    items={SP[1]: "pending"},
)

case(
    name="soop-bounce-reminder",
    **{"from": "MAILER-DAEMON@mx1.sooplive.co.kr"}, name_from="Mail Delivery System",
    date=d(17, 9, 31), subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="7F1C2A0B3D.1726533091/mx1.sooplive.co.kr"

--7F1C2A0B3D.1726533091/mx1.sooplive.co.kr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.sooplive.co.kr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@sooplive.co.kr>: unknown user: "abuse-kr"

--7F1C2A0B3D.1726533091/mx1.sooplive.co.kr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.sooplive.co.kr
Arrival-Date: Tue, 17 Sep 2024 09:31:28 +0900

Final-Recipient: rfc822; abuse-kr@sooplive.co.kr
Action: failed
Status: 5.1.1
Diagnostic-Code: x-unix; unknown user: "abuse-kr"

--7F1C2A0B3D.1726533091/mx1.sooplive.co.kr
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC <takedown@kcsc.example>
To: abuse-kr@sooplive.co.kr
Subject: [Reminder] KCSC-240910-04
Message-ID: <reminder.KCSC-240910-04.1@kcsc.example>
Date: Tue, 17 Sep 2024 09:31:20 +0900
Content-Type: text/plain; charset=utf-8

The following items of request KCSC-240910-04 are still pending:
{SP[1]}
{SP[2]}
{SP[3]}

--7F1C2A0B3D.1726533091/mx1.sooplive.co.kr--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning our reminder (unknown user)",
    why="bounce; the URLs are in our own returned reminder",
    items={SP[1]: "pending"},
)

# ======================================================= FM Korea (2 items)
case(
    name="fmk-bilingual-list",
    **{"from": "report@fmkorea.com"}, name_from=enc("에펨코리아 운영진"),
    date=d(13, 15, 37), subject=enc("[에펨코리아] KCSC-240912-05 처리 결과 / Result"),
    reply_to_req="kcsc-240912-05.1",
    body=f"""요청 번호 KCSC-240912-05 처리 결과 / Result of request KCSC-240912-05

- {FM[1]}：삭제 및 작성자 30일 이용 정지 (deleted; author suspended for 30 days)
- {FM[2]}：이미 삭제된 글입니다 - 작성자 본인 삭제 (already deleted by the author)

에펨코리아 운영진 / FM Korea moderators
""",
    outcome="applied", classification="confirmation",
    imitates="community moderators' bilingual result list (full-width colon after each URL)",
    why="deleted removed; already deleted by its author not_found",
    items={FM[1]: "removed", FM[2]: "not_found"},
)

case(
    name="fmk-text-table-sijeong",
    **{"from": "report@fmkorea.com"}, name_from=enc("에펨코리아 운영진"),
    date=d(19, 10, 15), subject=enc("시정요구 조치결과 회신 (KCSC-240912-05)"),
    reply_to_req="kcsc-240912-05.1",
    body=f"""방송통신심의위원회 귀중

시정요구에 대한 조치결과를 다음과 같이 회신합니다.

연번  URL                                  조치결과    조치일
----  -----------------------------------  ----------  ----------
1     {FM[1]}   삭제        2024-09-13
2     {FM[2]}   미조치(*)   -

(*) 공인의 공개 발언을 인용한 게시글로, 개인정보 노출에 해당하지 않는다고 판단하여 게시물을 유지합니다.

에펨코리아 운영진
""",
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 회신 fixed-width table",
    why="삭제 removed; 미조치 with its reason (not personal data, kept) rejected",
    items={FM[1]: "removed", FM[2]: "rejected"},
)

case(
    name="fmk-out-of-office",
    **{"from": "jh.seo@fmkorea.com"}, name_from=enc("서지훈"),
    date=d(16, 9, 1), subject=enc("자동 회신: [KCSC-240912-05] 개인정보 노출 게시물 삭제 요청"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                   "In-Reply-To: <kcsc-240912-05.2@kcsc.example>"],
    body="""추석 연휴로 9월 19일(목)까지 부재중입니다. 급한 건은 report@fmkorea.com 으로 보내 주세요.

I am out of the office until Thursday, 19 September. For urgent matters please write to report@fmkorea.com.
""",
    outcome="ignored", classification="auto_reply",
    imitates="bilingual Outlook out-of-office (자동 회신)",
    why="out-of-office auto-reply",
    items={},
)

# ======================================================= Ppomppu (1 item)
case(
    name="ppomppu-single-no-url",
    **{"from": "help@ppomppu.co.kr"}, name_from=enc("뽐뿌 운영진"),
    date=d(14, 11, 9), subject=enc("RE: [KCSC-240913-06] 사기 의심 판매 게시물 삭제 요청"),
    reply_to_req="kcsc-240913-06.1",
    body="""안녕하세요. 뽐뿌 운영진입니다.

요청하신 게시물은 확인 후 삭제 처리하였고, 작성자 아이디는 이용 정지하였습니다.
추가로 같은 작성자가 올린 다른 글이 있는지 모니터링하겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short operator reply to a one-post request, URL not repeated",
    why="reply to a one-item request: '요청하신 게시물 ... 삭제 처리' removed",
    items={PP[1]: "removed"},
)

case(
    name="ppomppu-angle-brackets-fullwidth",
    **{"from": "help@ppomppu.co.kr"}, name_from=enc("뽐뿌 운영진"),
    date=d(16, 13, 44), subject=enc("[뽐뿌] 신고 게시물 처리 안내"),
    reply_to_req="kcsc-240913-06.1",
    body=f"""안녕하세요, 뽐뿌입니다.

대상：<{PP[1]}>
결과：작성자가 먼저 삭제하여 게시물이 존재하지 않습니다。별도 조치 대상이 없습니다。

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="operator notice typed with a Korean IME (full-width colons/stops, URL in angle brackets)",
    why="post deleted by its author, does not exist: not_found",
    items={PP[1]: "not_found"},
)

# ======================================================= Clien (2 items)
case(
    name="clien-numbered-list",
    **{"from": "support@clien.net"}, name_from=enc("클리앙 운영팀"),
    date=d(19, 9, 40), subject=enc("Re: [KCSC-240916-07] 사칭·사기 게시물 삭제 요청"),
    reply_to_req="kcsc-240916-07.1",
    body=f"""안녕하세요, 클리앙 운영팀입니다. 연휴 때문에 답변이 늦었습니다.

1) {CL[1]} — 삭제했습니다 (사칭 사기 게시물).
2) {CL[2]} — 판매자가 거래 종료 후 직접 지운 글이라 저희 쪽에서는 더 이상 찾을 수 없습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="numbered operator reply after a holiday",
    why="deleted removed; seller deleted it, cannot be found not_found",
    items={CL[1]: "removed", CL[2]: "not_found"},
)

case(
    name="clien-promise-after-holiday",
    **{"from": "support@clien.net"}, name_from=enc("클리앙 운영팀"),
    date=d(16, 21, 12), subject=enc("Re: [KCSC-240916-07] 사칭·사기 게시물 삭제 요청"),
    reply_to_req="kcsc-240916-07.1",
    body=f"""안녕하세요. 연휴 중이라 바로 처리가 어렵습니다.
두 게시물 모두 19일 출근 후 확인해서 삭제하도록 하겠습니다.

{CL[1]}
{CL[2]}

양해 부탁드립니다.
""",
    outcome="review", classification="other", review="not_understood",
    imitates="staff reply promising action after the holiday",
    why="promise to delete on the 19th: nothing done yet",
    items={CL[1]: "pending", CL[2]: "pending"},
)

case(
    name="kcsc-mta-delay-clien",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date=d(17, 9, 0), subject="Delayed Mail (still being retried)",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="A1B2C3D4E5.1726531200/mx.kcsc.example"

--A1B2C3D4E5.1726531200/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 24.0 hours.
It will be retried until it is 5.0 days old.

<support@clien.net>: connect to mx.clien.net[203.0.113.25]:25: Connection
    timed out

--A1B2C3D4E5.1726531200/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Mon, 16 Sep 2024 09:00:02 +0900

Final-Recipient: rfc822; support@clien.net
Action: delayed
Status: 4.4.1
Will-Retry-Until: Sat, 21 Sep 2024 09:00:02 +0900

--A1B2C3D4E5.1726531200/mx.kcsc.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC <takedown@kcsc.example>
To: support@clien.net
Subject: [KCSC-240916-07] =?utf-8?b?7IKs7LmtwrfsgqzquLAg6rKM7Iuc66y8IOyCreygnCDsmpTssq0=?=
Message-ID: <kcsc-240916-07.1@kcsc.example>
Date: Mon, 16 Sep 2024 09:00:00 +0900

--A1B2C3D4E5.1726531200/mx.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delay warning from our own MTA",
    why="delivery delay DSN, ignored whoever sent it",
    items={},
)

# ======================================================= Inven (no request)
case(
    name="inven-policy-notice",
    **{"from": "partner@inven.co.kr"}, name_from=enc("인벤 운영팀"),
    date=d(11, 14, 0), subject=enc("[인벤] 커뮤니티 운영정책 개정 및 신고 창구 변경 안내"),
    body="""방송통신심의위원회 담당자님께,

인벤 커뮤니티 운영정책이 2024년 10월 1일부로 개정됩니다.
주요 변경 사항은 불법 도박·사설 서버 홍보 게시물에 대한 제재 강화이며,
기관 신고 전용 창구가 partner@inven.co.kr 로 일원화됩니다.

개정 정책 전문: https://www.inven.co.kr/policy/community

앞으로도 협조 부탁드립니다.
인벤 운영팀
""",
    outcome="review", classification="other", review="no_claims",
    imitates="portal's partner notice about policy changes and a new report address",
    why="trusted Inven mail naming no item and no request: nothing to apply, a person files it",
    items={},
)

HEADER = """# Blind set 111 (Korean portals and community sites, mixed Korean/English).
# Written from each email's meaning alone, before any run of the reader.
# Generated by make.py; edit the case list there, not this file.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
