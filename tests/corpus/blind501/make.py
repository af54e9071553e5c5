#!/usr/bin/env python3
"""Blind set 501: Korean portals and community sites (DC Inside, NAVER, Daum,
SOOP, FM Korea, Nate, Clien; Ppomppu and Inven as bystanders), in Korean and
English, with the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind501/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the email's meaning alone, before any run
of the reader. All names, ids and URLs are fictional.
"""
import base64
import csv
import email.header
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind501"

# ---------------------------------------------------------------- requests
DC = "https://gall.dcinside.com"
A = {
    1: DC + "/board/view/?id=baseball_new11&no=9120455",
    2: DC + "/board/view/?id=baseball_new11&no=9120872",
    3: DC + "/mgallery/board/view/?id=toto_lab&no=30417",
    4: DC + "/mgallery/board/view/?id=toto_lab&no=30422",
    5: DC + "/mgallery/board/view/?id=toto_lab&no=30519",
    6: DC + "/mgallery/board/view/?id=sportsbet_free&no=1187",
    7: DC + "/mgallery/board/view/?id=sportsbet_free&no=1203",
    8: DC + "/mini/board/view/?id=lucky7room&no=552",
    9: DC + "/mini/board/view/?id=lucky7room&no=561",
    10: DC + "/board/view/?id=football_new8&no=4410932",
    11: DC + "/board/view/?id=football_new8&no=4411017",
    12: DC + "/mgallery/board/view/?id=casino_talk&no=77031",
}
B = {
    1: "https://blog.naver.com/moonlit_garden88/223561004417",
    2: "https://blog.naver.com/moonlit_garden88/223561099820",
    3: "https://cafe.naver.com/sunnyside2030/48213",
    4: "https://cafe.naver.com/sunnyside2030/48260",
    5: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471122093",
}
PB = "%ED%91%B8%EB%A5%B8%EB%B0%94%EB%8B%A4"  # 푸른바다
C = {
    1: "https://cafe.daum.net/" + PB + "/Fr3x/1572",
    2: "https://cafe.daum.net/" + PB + "/Fr3x/1590",
    3: "https://cafe.daum.net/greenbay77/Qk2a/88",
    4: "https://cafe.daum.net/greenbay77/Qk2a/91",
}
C_RAW = {1: "https://cafe.daum.net/푸른바다/Fr3x/1572", 2: "https://cafe.daum.net/푸른바다/Fr3x/1590"}
D = {
    1: "https://vod.sooplive.co.kr/player/131250417",
    2: "https://vod.sooplive.co.kr/player/131250988",
    3: "https://ch.sooplive.co.kr/nightowl77/post/112233445",
}
E = {1: "https://www.fmkorea.com/7320145566", 2: "https://www.fmkorea.com/7320151203"}
F = {1: "https://pann.nate.com/talk/372001934", 2: "https://pann.nate.com/talk/372002411"}
G = {1: "https://www.clien.net/service/board/park/18841234"}

REQUESTS = [
    # ref, platform, sent_at, due_at, items, category, note
    ("KCSC-240903-01", "dcinside", "2024-09-03T10:20:00+09:00", "2024-09-10T18:00:00+09:00", A,
     "illegal_gambling", 'sports-betting promotion in galleries "toto_lab", "sportsbet_free", lucky7room and others'),
    ("KCSC-240905-02", "naver", "2024-09-05T14:05:00+09:00", "2024-09-12T18:00:00+09:00", B,
     "privacy", "personal data of a private person, blog + cafe + 지식iN"),
    ("KCSC-240906-03", "daum", "2024-09-06T11:30:00+09:00", "2024-09-13T18:00:00+09:00", C,
     "obscenity", "Daum cafes 푸른바다 (Korean path, stored percent-encoded) and greenbay77"),
    ("KCSC-240910-04", "soop", "2024-09-10T09:45:00+09:00", "2024-09-17T18:00:00+09:00", D,
     "obscenity", "two VODs and one station post"),
    ("KCSC-240911-05", "fmkorea", "2024-09-11T15:10:00+09:00", "2024-09-18T18:00:00+09:00", E,
     "drugs", "drug sale ads, \"ice\" slang"),
    ("KCSC-240912-06", "nate", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00", F,
     "defamation", "Nate Pann threads"),
    ("KCSC-240913-07", "clien", "2024-09-13T16:40:00+09:00", "2024-09-20T18:00:00+09:00", G,
     "illegal_trade", "one post, park board"),
]


def req_mid(ref):
    return "req." + ref


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, items, cat, note in REQUESTS:
            for k in sorted(items):
                w.writerow([ref, plat, sent, due, items[k], cat, req_mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def b64(text):
    enc = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(enc[i:i + 76] for i in range(0, len(enc), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def pend(*urls):
    return {u: "pending" for u in urls}


REQ_A_TEXT = """안녕하십니까, 방송통신심의위원회 불법정보대응팀입니다.

아래 게시물은 불법 사행성(스포츠 도박) 광고에 해당하여 시정요구(삭제)를
드리오니 조치 후 결과를 회신하여 주시기 바랍니다.

요청번호: KCSC-240903-01
""" + "\n".join(f"{k}. {A[k]}" for k in sorted(A)) + """

방송통신심의위원회 불법정보대응팀
takedown@kcsc.example"""

REQ_B_TEXT = """NAVER 담당자님께,

개인정보 노출 게시물에 대한 시정요구(KCSC-240905-02)입니다.
""" + "\n".join(f"- {B[k]}" for k in sorted(B)) + """

조치 결과를 회신 부탁드립니다.
방송통신심의위원회"""

REQ_F_TEXT = """Dear Nate Pann team,

Please remove the following threads (request KCSC-240912-06):
""" + "\n".join(F[k] for k in sorted(F)) + """

Regards,
KCSC takedown desk"""

REQ_G_TEXT = """클리앙 운영진께,

요청번호 KCSC-240913-07
대상: """ + G[1] + """
사유: 불법 거래(개인정보 판매) 게시물
위 게시물의 삭제를 요청드립니다.

방송통신심의위원회"""

cases = []

# ================================================================= DC Inside
rows = [
    (1, "삭제", ""), (2, "삭제", ""), (3, "삭제", ""),
    (4, "해당 게시물 없음", "작성자 자진 삭제(9/4)"),
    (5, "삭제", ""), (6, "삭제", "작성 IP 차단 병행"), (7, "삭제", ""),
    (8, "삭제", ""), (9, "삭제", ""),
    (10, "미조치", "경기 결과 예측 글로 도박 홍보 아님 - 게시 유지"),
    (11, "삭제", ""), (12, "게시물 없음", "존재하지 않는 글 번호"),
]
tr = "\n".join(
    f"<tr><td>{k}</td><td><a href=\"{A[k].replace('&', '&amp;')}\">{A[k].replace('&', '&amp;')}</a></td>"
    f"<td>{r}</td><td>{n}</td></tr>" for k, r, n in rows)
cases.append(dict(
    name="dc-result-table-html",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Fri, 06 Sep 2024 16:40:12 +0900",
    subject="[디시인사이드] 시정요구(KCSC-240903-01) 조치 결과 회신",
    reply_to_req=req_mid("KCSC-240903-01"),
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요, 디시인사이드 신고센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 시정요구 건(KCSC-240903-01, 12건)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
{tr}
</table>
<p>운영 원칙은 <a href="https://www.dcinside.com/policy/operation">디시인사이드 운영 원칙</a>을 참고해 주시기 바랍니다.</p>
<p>감사합니다.<br>디시인사이드 신고센터 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 table (번호/URL/조치 결과/비고) sent as HTML",
    why="one row per item: 9 삭제, 2 게시물 없음, 1 미조치 with a reason (stays up)",
    items={**{A[k]: "removed" for k in (1, 2, 3, 5, 6, 7, 8, 9, 11)},
           A[4]: "not_found", A[10]: "rejected", A[12]: "not_found"},
))

csv_text = "\ufeff번호,게시물 URL,처리결과,처리일시\n" + "\n".join([
    f"1,{A[1]},삭제,2024-09-05 11:02",
    f"2,{A[2]},삭제,2024-09-05 11:02",
    f"3,{A[3]},삭제,2024-09-05 11:05",
    f"4,{A[4]},게시물 없음(작성자 삭제),-",
    f"5,{A[5]},삭제,2024-09-05 11:07",
    f"6,{A[6]},삭제,2024-09-05 11:09",
    f"7,{A[7]},미삭제(위반사항 없음),-",
]) + "\n"
cases.append(dict(
    name="dc-csv-attachment",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 고객센터",
    date="Thu, 05 Sep 2024 17:15:40 +0900",
    subject="RE: [방송통신심의위원회] 시정요구 KCSC-240903-01",
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_dc_b501_csv"

--=_dc_b501_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 디시인사이드 고객센터입니다.

KCSC-240903-01 건 중 1차 처리분 7건의 결과를 첨부 파일(CSV)로 보내드립니다.
나머지 5건은 갤러리 관리자 확인 후 별도로 회신드리겠습니다.

디시인사이드 고객센터

--=_dc_b501_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--=_dc_b501_csv--
""",
    outcome="applied", classification="confirmation",
    imitates="ticket reply with a results spreadsheet exported as CSV (UTF-8 with BOM, Excel style)",
    why="CSV rows state 5 deleted, 1 not found (author deleted), 1 not deleted for no violation; the other 5 are only promised",
    items={A[1]: "removed", A[2]: "removed", A[3]: "removed", A[4]: "not_found",
           A[5]: "removed", A[6]: "removed", A[7]: "rejected"},
))

cases.append(dict(
    name="dc-numbered-arrows",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Mon, 09 Sep 2024 10:05:51 +0900",
    subject="[디시인사이드] KCSC-240903-01 2차 처리 결과",
    body=f"""안녕하세요, 디시인사이드 신고센터입니다.
KCSC-240903-01 건의 2차 처리 결과입니다.

1. {A[7]} → 삭제 완료
2. {A[8]} → 삭제 완료
3. {A[9]} → 작성자가 먼저 삭제하여 해당 글이 확인되지 않습니다
4. {A[12]} → 삭제 완료

앞으로도 건전한 커뮤니티 운영을 위해 노력하겠습니다.
디시인사이드 신고센터""",
    outcome="applied", classification="confirmation",
    imitates="Korean community operator's numbered result list with arrows",
    why="each numbered line states its own outcome: three deleted, one already deleted by its author",
    items={A[7]: "removed", A[8]: "removed", A[9]: "not_found", A[12]: "removed"},
))

cases.append(dict(
    name="dc-bare-url-status-below",
    **{"from": "support@dcinside.com"}, name_from="DCinside Support",
    date="Wed, 04 Sep 2024 19:31:08 +0900",
    subject="Re: Removal request KCSC-240903-01",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""Hello,

This is the DCinside operation team. Below is the status of the posts we
have handled so far.

{A[10]}
Status: Deleted

{A[11]}
Status: Deleted (writer's IP blocked for 30 days)

Best regards,
DCinside Operation Team""",
    outcome="applied", classification="confirmation",
    imitates="English support-desk reply with URL lines followed by a Status: line",
    why="two bare URLs, each with 'Status: Deleted' on the next line",
    items={A[10]: "removed", A[11]: "removed"},
))

cases.append(dict(
    name="dc-outlook-top-post",
    **{"from": "jh.park@dcinside.com"}, name_from="박정훈",
    date="Wed, 04 Sep 2024 15:12:44 +0900",
    subject="RE: [시정요구] KCSC-240903-01 불법 사행성 광고 게시물",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""안녕하세요, 디시인사이드 운영팀 박정훈입니다.

요청하신 건 중 아래 2건은 오늘 오후 삭제 처리하였습니다.
 - {A[3]}
 - {A[5]}

나머지 게시물은 각 갤러리 관리자와 확인 중이며 완료되는 대로 알려드리겠습니다.

박정훈 드림
디시인사이드 운영팀

-----Original Message-----
From: KCSC 불법정보대응팀 <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:20 AM
To: report@dcinside.com
Subject: [시정요구] KCSC-240903-01 불법 사행성 광고 게시물

{REQ_A_TEXT}""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the regulator's request (-----Original Message-----)",
    why="only the two URLs above the quoted request are stated deleted; the rest is 'being checked' and the quote restates our request",
    items={**pend(*[A[k] for k in A if k not in (3, 5)]), A[3]: "removed", A[5]: "removed"},
))

cases.append(dict(
    name="dc-ack-plus-statements",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Tue, 03 Sep 2024 18:47:02 +0900",
    subject="[디시인사이드] 신고 접수 및 처리 안내 (DCR-240903-0193)",
    body=f"""귀 위원회의 시정요구(KCSC-240903-01)가 정상적으로 접수되었습니다.
접수번호: DCR-240903-0193

검토 결과 아래 게시물은 접수 즉시 삭제하였습니다.
  * {A[1]}
  * {A[2]}

그 외 게시물은 검토가 끝나는 대로 회신드리겠습니다.

※ 본 메일은 발신 전용입니다. 문의는 https://www.dcinside.com/help/report 를 이용해 주세요.""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt that also reports the first deletions",
    why="an acknowledgement plus unhedged 'deleted' statements about two named posts is not a pure acknowledgement",
    items={A[1]: "removed", A[2]: "removed"},
))

cases.append(dict(
    name="dc-rejected-with-reason",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Thu, 12 Sep 2024 11:20:33 +0900",
    subject="[디시인사이드] KCSC-240903-01 미조치 게시물 안내",
    body=f"""안녕하세요, 디시인사이드 신고센터입니다.

아래 2건은 내부 기준에 따라 검토하였으나, 경기 분석 및 팬 토론 글로서
불법 도박 사이트를 홍보하거나 연결하는 내용이 없어 삭제하지 않았습니다.
해당 게시물은 게시 상태가 유지됩니다.

{A[6]}
{A[10]}

추가 자료가 있으시면 회신 부탁드립니다.""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal refusal (미조치) with its reason",
    why="both posts were reviewed and kept up because they break no rule: a refusal with a reason",
    items={A[6]: "rejected", A[10]: "rejected"},
))

cases.append(dict(
    name="dc-fullwidth-circled",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Fri, 06 Sep 2024 09:14:27 +0900",
    subject="[디시인사이드] toto_lab 갤러리 처리 결과",
    body=f"""KCSC-240903-01 관련 toto_lab 마이너 갤러리 게시물 처리 결과 알려드립니다.

①{A[3]}：삭제
②{A[4]}：삭제
③{A[5]}：해당 번호의 게시물이 존재하지 않음

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="Korean operator list typed with circled numbers and full-width colons",
    why="each line names a URL and its outcome after a full-width colon",
    items={A[3]: "removed", A[4]: "removed", A[5]: "not_found"},
))

cases.append(dict(
    name="dc-gallery-manager-gmail",
    **{"from": "totolab.manager@gmail.com"}, name_from="toto_lab 매니저",
    date="Wed, 04 Sep 2024 23:02:10 +0900",
    subject="Re: [시정요구] KCSC-240903-01",
    body=f"""안녕하세요 toto_lab 마이너 갤러리 매니저입니다.
운영팀에서 전달받아 말씀하신 글 두 개 지웠습니다.
{A[3]}
{A[4]}
확인 부탁드려요""",
    outcome="review", review="unknown_sender",
    imitates="volunteer minor-gallery manager answering from a personal webmail address",
    why="a deletion statement from gmail.com, not DC Inside's sender domain",
    items=pend(A[3], A[4]),
))

cases.append(dict(
    name="dc-promise-scheduled",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Thu, 05 Sep 2024 14:03:55 +0900",
    subject="[디시인사이드] KCSC-240903-01 처리 예정 안내",
    body=f"""안녕하세요, 디시인사이드 신고센터입니다.

요청하신 게시물 중 아래 게시물은 내부 검토를 거쳐 순차적으로 삭제될 예정입니다.
- {A[11]}
- {A[12]}

처리가 완료되면 다시 안내드리겠습니다.""",
    outcome="review", review="not_understood",
    imitates="Korean portal 'processing scheduled' notice",
    why="'삭제될 예정' is a promise, not a statement: items stay pending",
    items=pend(A[11], A[12]),
))

cases.append(dict(
    name="dc-bulk-english",
    **{"from": "support@dcinside.com"}, name_from="DCinside Support",
    date="Tue, 10 Sep 2024 13:55:19 +0900",
    subject="Re: Removal request KCSC-240903-01",
    reply_to_req=req_mid("KCSC-240903-01"),
    body="""Hello,

Thank you for your patience. All posts listed in your request KCSC-240903-01
have now been deleted from our galleries.

Best regards,
DCinside Operation Team""",
    outcome="review", review="bulk",
    imitates="one-line bulk closing reply from a support desk",
    why="'all posts ... deleted' for a 12-item request names no item",
    items=pend(*A.values()),
))

cases.append(dict(
    name="dc-ticket-receipt",
    **{"from": "noreply@dcinside.com"}, name_from="디시인사이드",
    date="Tue, 03 Sep 2024 10:21:30 +0900",
    subject="[디시인사이드] 신고가 접수되었습니다 (접수번호 DCR-240903-0077)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""디시인사이드 신고센터에 신고가 접수되었습니다.

접수번호: DCR-240903-0077
제목: [시정요구] KCSC-240903-01 불법 사행성 광고 게시물
접수일시: 2024-09-03 10:21

담당자가 확인 후 처리 결과를 메일로 안내드립니다.
본 메일은 발신 전용으로 회신되지 않습니다.""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt (접수번호) from a Korean community site",
    why="pure receipt: ticket number, no statement about any item",
    items={},
))

dsn_report = """Reporting-MTA: dns; mx2.dcinside.com
Arrival-Date: Tue, 3 Sep 2024 10:20:05 +0900

Final-Recipient: rfc822; abuse@dcinside.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full"""
cases.append(dict(
    name="dc-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@mx2.dcinside.com"}, name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 10:20:07 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_b501"

--=_dsn_b501
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host mx2.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse@dcinside.com>: mailbox full

--=_dsn_b501
Content-Type: message/delivery-status

{dsn_report}

--=_dsn_b501
Content-Type: message/rfc822

From: KCSC 불법정보대응팀 <takedown@kcsc.example>
To: abuse@dcinside.com
Subject: [시정요구] KCSC-240903-01 불법 사행성 광고 게시물
Date: Tue, 03 Sep 2024 10:20:00 +0900
Message-ID: <req.KCSC-240903-01.abuse@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{REQ_A_TEXT}

--=_dsn_b501--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (mailbox full) returning the regulator's request",
    why="a bounce; the URLs are in our own returned request",
    items=pend(*A.values()),
))

# ================================================================= NAVER
cases.append(dict(
    name="naver-imsi-jochi-notice",
    **{"from": "right@navercorp.com"}, name_from="네이버 게시중단요청서비스",
    date="Fri, 06 Sep 2024 10:30:00 +0900",
    subject="[NAVER] 게시중단 요청에 대한 임시조치 결과 안내",
    body=f"""안녕하세요. 네이버 게시중단요청서비스입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240905-02)에 대하여
정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 따라
아래 게시물을 임시조치(30일간 접근 차단)하였음을 알려드립니다.

[임시조치 게시물]
 · {B[1]}
 · {B[2]}

임시조치 기간 동안 게시자는 재게시를 요청할 수 있으며, 재게시 요청이
없는 경우 임시조치 기간 만료 후 게시물은 삭제됩니다.

게시중단요청서비스 안내: https://right.naver.com/guide
감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 임시조치 (Network Act art. 44-2) notice",
    why="임시조치 (30-day access block) of two named posts is a restriction; the later deletion is only conditional",
    items={B[1]: "restricted", B[2]: "restricted"},
))

cases.append(dict(
    name="naver-headings-url-below",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Mon, 09 Sep 2024 16:21:47 +0900",
    subject="RE: [KCSC-240905-02] 개인정보 노출 게시물 시정요구 / Result",
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.
KCSC-240905-02 건의 처리 결과를 아래와 같이 회신드립니다.

■ 게시중단 (Removed)
{B[3]}

■ 게시 유지 – 운영원칙 위반 사항 미확인 (No violation found)
{B[4]}

■ 게시물 없음 – 작성자 삭제 (Not found, deleted by the author)
{B[5]}

문의 사항은 본 메일로 회신해 주십시오.
NAVER 정책지원팀 드림""",
    outcome="applied", classification="confirmation",
    imitates="bilingual NAVER policy-team reply grouping URLs under result headings",
    why="each heading states one outcome and the URL on the line below it: removed, kept (no violation), not found",
    items={B[3]: "removed", B[4]: "rejected", B[5]: "not_found"},
))

cases.append(dict(
    name="naver-gmail-korean-quote",
    **{"from": "kin-ops@naver.com"}, name_from="네이버 지식iN 운영",
    date="Fri, 06 Sep 2024 09:48:13 +0900",
    subject="Re: [시정요구] KCSC-240905-02 개인정보 노출 게시물",
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""안녕하세요, 지식iN 운영 담당입니다.

지식iN 게시물 {B[5]} 은 운영정책(개인정보 노출)에 따라 운영자 삭제 처리하였습니다.
블로그·카페 게시물은 게시중단요청서비스에서 별도로 처리 결과를 안내드릴 예정입니다.

감사합니다.

2024년 9월 5일 (목) 오후 2:05, KCSC 불법정보대응팀 <takedown@kcsc.example>님이 작성:
{quote(REQ_B_TEXT)}""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean reply ('…님이 작성:') over the quoted request",
    why="one item stated deleted above the quote; the other four appear only in the quoted request and a promise",
    items={**pend(B[1], B[2], B[3], B[4]), B[5]: "removed"},
))

cases.append(dict(
    name="naver-base64-english",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date="Tue, 10 Sep 2024 11:02:36 +0900",
    subject="[NAVER] Outcome of request KCSC-240905-02",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''Dear KCSC team,

NAVER Trust & Safety has reviewed the content referred to in your request
KCSC-240905-02. Outcome:

- <{B[2]}>: removed for exposing personal information (blog policy 4.2)
- <{B[3]}>: access blocked for users in Korea under a temporary measure
  (임시조치) while the poster may contest it

You can read about our process at https://help.naver.com/policy/safety .

Kind regards,
NAVER Trust & Safety''')}
""",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety outcome mail, base64-encoded body, URLs in angle brackets",
    why="two bullet lines: one removed, one blocked in Korea under 임시조치 (restricted)",
    items={B[2]: "removed", B[3]: "restricted"},
))

kin_a, kin_b = B[5].split("&docId=")
cases.append(dict(
    name="naver-wrapped-kin-url",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Wed, 11 Sep 2024 14:40:09 +0900",
    subject="RE: [KCSC-240905-02] 추가 회신",
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""안녕하세요, 네이버 정책지원팀입니다. 지난 회신에 이어 두 건의
결과를 추가로 안내드립니다.

1) 아래 지식iN 질문은 확인 결과 이미 삭제되어 존재하지 않는
게시물입니다.
{kin_a}&
docId={kin_b}

2) 카페 게시물 {B[4]} 은
성인 인증 게시판으로 이동하여 만 19세 미만 이용자의 접근을 제한하였습니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="hard-wrapped plain-text reply where a long 지식iN URL breaks after '&'",
    why="the wrapped 지식iN URL is stated not to exist; the cafe post is age-restricted (under-19 access blocked)",
    items={B[5]: "not_found", B[4]: "restricted"},
))

cases.append(dict(
    name="naver-hedge-appears-private",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Mon, 09 Sep 2024 10:11:52 +0900",
    subject="RE: [KCSC-240905-02] 문의 건",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

문의하신 블로그 게시물 {B[1]} 은
현재 작성자가 비공개로 전환한 것으로 보입니다. 다만 시스템상 정확한 상태
확인에 시간이 걸릴 수 있어, 확인되는 대로 다시 말씀드리겠습니다.

감사합니다.""",
    outcome="review", review="not_understood",
    imitates="NAVER staff reply hedging about a post's state ('…것으로 보입니다')",
    why="'appears to have been made private' plus 'we will confirm' is a hedge, not a statement",
    items=pend(B[1]),
))

cases.append(dict(
    name="naver-asks-for-documents",
    **{"from": "right@navercorp.com"}, name_from="네이버 게시중단요청서비스",
    date="Fri, 06 Sep 2024 15:26:18 +0900",
    subject="[NAVER] 게시중단 요청 관련 추가 자료 요청",
    body=f"""안녕하세요. 네이버 게시중단요청서비스입니다.

요청번호 KCSC-240905-02 중 아래 카페 게시물에 대해서는 권리침해 여부 판단을
위하여 추가 자료가 필요합니다.
 - {B[3]}
 - {B[4]}

시정요구 공문 사본 또는 개인정보 노출 사실을 확인할 수 있는 자료를 본 메일에
회신해 주시면 검토 후 조치하겠습니다.

감사합니다.""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 게시중단요청서비스 request for supporting documents (소명자료)",
    why="asks for documents before acting; no statement about either post",
    items=pend(B[3], B[4]),
))

cases.append(dict(
    name="naver-forwarded-internal",
    **{"from": "sy.kim@navercorp.com"}, name_from="김서연",
    date="Tue, 10 Sep 2024 17:30:41 +0900",
    subject="Fwd: 카페 게시물 처리 완료 (KCSC-240905-02)",
    body=f"""안녕하세요, 참고하시도록 카페 운영지원팀 회신 전달드립니다.

---------- Forwarded message ---------
From: 네이버 카페 운영지원 <cafe-support@navercorp.com>
Date: 2024년 9월 10일 (화) 오후 4:58
Subject: 카페 게시물 처리 완료 (KCSC-240905-02)
To: 김서연 <sy.kim@navercorp.com>

서연님, 요청 주신 카페 게시물 처리했습니다.
{B[3]} - 삭제 완료
{B[4]} - 삭제 완료""",
    outcome="review", review="forwarded",
    imitates="NAVER employee forwarding an internal team's completion note (Gmail 'Forwarded message')",
    why="the statements are in a forwarded internal message, not the sender's own words to us",
    items=pend(B[3], B[4]),
))

cases.append(dict(
    name="naver-out-of-office",
    **{"from": "sy.kim@navercorp.com"}, name_from="김서연",
    date="Mon, 16 Sep 2024 09:00:04 +0900",
    subject="[자동회신] 부재중입니다: [KCSC-240905-02] 개인정보 노출 게시물 재확인 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 김서연입니다.
추석 연휴로 9월 14일(토)부터 9월 18일(수)까지 부재중입니다.
급한 용무는 policy@navercorp.com 으로 보내 주시기 바랍니다.

I am out of the office for the Chuseok holidays until 18 September.""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail Korean-English out-of-office auto-reply during Chuseok",
    why="an out-of-office auto-reply, even though the subject names our request",
    items={},
))

# ================================================================= Daum / Kakao
cases.append(dict(
    name="daum-korean-path-raw",
    **{"from": "cafe-report@daum.net"}, name_from="Daum 카페 신고센터",
    date="Mon, 09 Sep 2024 13:37:25 +0900",
    subject="[Daum 카페] 신고 게시물 처리 결과 안내 (KCSC-240906-03)",
    body=f"""안녕하세요. Daum 카페 신고센터입니다.

방송통신심의위원회에서 요청하신 게시물 중 푸른바다 카페 게시물의 처리 결과를 안내드립니다.

음란물 게시물(https://cafe.daum.net/푸른바다/Fr3x/1572)은 카페 운영원칙 위반으로 삭제되었습니다.
{C_RAW[2]} 게시물은 청소년 유해 정보로 판단되어 성인 인증을 거친 회원만 볼 수 있도록 제한 조치하였습니다.

greenbay77 카페 게시물은 확인 후 별도로 회신드리겠습니다.
감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe report-centre notice with raw Korean-path URLs, one in parentheses before a particle",
    why="raw Korean paths match the percent-encoded requests: one deleted, one limited to adult-verified members",
    items={C[1]: "removed", C[2]: "restricted"},
))

cases.append(dict(
    name="daum-qp-english",
    **{"from": "trust@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    date="Tue, 10 Sep 2024 18:05:12 +0900",
    subject="Re: [KCSC-240906-03] Daum Cafe posts",
    reply_to_req=req_mid("KCSC-240906-03"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''Dear Sir or Madam,

We have reviewed the Daum Cafe posts you reported under KCSC-240906-03 that
belong to the greenbay77 cafe.

1) {C[3]} — Taken down (violation of the Daum Cafe Operation Policy, sexual content).
2) {C[4]} — No violation found; the post remains available.

If you disagree with the second decision, please reply with further details.

Best regards,
Kakao Trust & Safety Team''')}""",
    outcome="applied", classification="confirmation",
    imitates="Kakao English trust-and-safety reply, quoted-printable with em dashes",
    why="numbered items: one taken down, one kept for no violation",
    items={C[3]: "removed", C[4]: "rejected"},
))

cases.append(dict(
    name="daum-decision-fields",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 10:00:31 +0900",
    subject="=?UTF-8?B?" + base64.b64encode("[카카오] 게시물 처리 결과 통지".encode()).decode() + "?=",
    body=f"""[카카오] 게시물 처리 결과 통지

요청 기관: 방송통신심의위원회
요청 번호: KCSC-240906-03

대상 URL: {C[1]}
처리 결과: 블라인드
처리 일시: 2024-09-11 17:40

대상 URL: {C[4]}
처리 결과: 국내 접속 차단
처리 일시: 2024-09-11 17:42

처리 결과에 대한 문의는 고객센터(https://cs.kakao.com)를 이용해 주세요.""",
    outcome="applied", classification="confirmation",
    imitates="Kakao ticket-system result notice with field/value blocks and an encoded subject",
    why="each block pairs a URL with a result: 블라인드 (removed) and domestic access block (restricted)",
    items={C[1]: "removed", C[4]: "restricted"},
))

cases.append(dict(
    name="daum-bulk-four",
    **{"from": "cafe-report@daum.net"}, name_from="Daum 카페 신고센터",
    date="Fri, 13 Sep 2024 11:45:00 +0900",
    subject="[Daum 카페] KCSC-240906-03 처리 완료",
    body="""안녕하세요. Daum 카페 신고센터입니다.

KCSC-240906-03 건으로 요청하신 게시물 4건은 모두 삭제 조치하였습니다.

감사합니다.""",
    outcome="review", review="bulk",
    imitates="short Korean bulk completion notice ('4건 모두 삭제')",
    why="one sentence about all four posts without naming any of them",
    items=pend(*C.values()),
))

mdn = """Reporting-UA: Daum Mail; mail.daum.net
Final-Recipient: rfc822; cafe-policy@daum.net
Original-Message-ID: <req.KCSC-240906-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed"""
cases.append(dict(
    name="daum-read-receipt",
    **{"from": "cafe-policy@daum.net"}, name_from="Daum 카페 정책팀",
    date="Fri, 06 Sep 2024 13:02:48 +0900",
    subject="읽음 확인: [시정요구] KCSC-240906-03 음란 게시물",
    reply_to_req=req_mid("KCSC-240906-03"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_b501"

--=_mdn_b501
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[시정요구] KCSC-240906-03 음란 게시물"을
2024-09-06 13:02 에 수신자가 읽었습니다.

--=_mdn_b501
Content-Type: message/disposition-notification

{mdn}

--=_mdn_b501--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Daum Mail read receipt (MDN, disposition-notification)",
    why="a read receipt says nothing about any item",
    items={},
))

cases.append(dict(
    name="daum-notice-no-claims",
    **{"from": "notice@kakaocorp.com"}, name_from="카카오",
    date="Wed, 11 Sep 2024 10:00:00 +0900",
    subject="[카카오] 청소년보호책임자 변경 및 신고 창구 안내",
    body="""안녕하세요, 카카오입니다.

2024년 9월 11일부로 Daum 서비스의 청소년보호책임자가 변경되었으며,
유관 기관의 게시물 관련 요청은 앞으로 전용 창구(agency@kakaocorp.com)로
접수해 주시기 바랍니다.

자세한 내용은 https://www.kakaocorp.com/policy/youth 에서 확인하실 수 있습니다.

감사합니다.""",
    outcome="review", review="no_claims",
    imitates="Kakao institutional notice about a changed contact point",
    why="trusted Daum/Kakao mail naming no item and no request",
    items={},
))

# ================================================================= SOOP
cases.append(dict(
    name="soop-korean-actions",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP 운영팀",
    date="Wed, 11 Sep 2024 20:14:03 +0900",
    subject="[SOOP] 시정요구(KCSC-240910-04) 조치 결과",
    reply_to_req=req_mid("KCSC-240910-04"),
    body=f"""안녕하세요, SOOP 운영팀입니다.

요청하신 콘텐츠에 대하여 아래와 같이 조치하였습니다.

- {D[1]} : VOD 삭제
- {D[2]} : VOD 삭제 및 해당 스트리머 방송 7일 정지
- {D[3]} : 방송국 게시글 비공개 처리 (운영자)

SOOP은 앞으로도 유해 콘텐츠 모니터링을 강화하겠습니다.
감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (formerly AfreecaTV) operations-team result list",
    why="two VODs deleted and a station post made private by the operator (removed)",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed"},
))

cases.append(dict(
    name="soop-html-english",
    **{"from": "trust@sooplive.com"}, name_from="SOOP Trust & Safety",
    date="Thu, 12 Sep 2024 09:33:20 +0900",
    subject="Your report KCSC-240910-04 - decision",
    type="html",
    body=f"""<html><body>
<p>Hello,</p>
<p>Thank you for contacting SOOP Trust &amp; Safety. We reviewed the content in your report KCSC-240910-04.</p>
<ul>
<li><a href="{D[1]}">{D[1]}</a><br>The VOD has been deleted for violating our <a href="https://www.sooplive.com/policy/community">Community Guidelines</a>.</li>
<li><a href="{D[3]}">{D[3]}</a><br>We did not find a violation of our guidelines in this post, so it will remain visible.</li>
</ul>
<p>If you have questions, visit <a href="https://help.sooplive.com/appeal">our help centre</a>.</p>
<p>SOOP Trust &amp; Safety</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="SOOP global English HTML decision mail with per-item bullets",
    why="one VOD deleted, one post kept for no violation; policy and help links are not items",
    items={D[1]: "removed", D[3]: "rejected"},
))

cases.append(dict(
    name="soop-age-restricted",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP 운영팀",
    date="Fri, 13 Sep 2024 15:50:38 +0900",
    subject="[SOOP] KCSC-240910-04 추가 조치 안내",
    body=f"""안녕하세요, SOOP 운영팀입니다.

{D[1]}
위 VOD는 19세 이상 시청 가능 콘텐츠로 변경하여 연령 제한을 적용하였습니다.

{D[2]}
위 VOD는 삭제하였습니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="SOOP notice with URL first and its statement on the line below ('위 VOD는…')",
    why="one VOD switched to 19+ (age-restricted), one deleted",
    items={D[1]: "restricted", D[2]: "removed"},
))

cases.append(dict(
    name="soop-auth-fail",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP 운영팀",
    auth="fail",
    date="Thu, 12 Sep 2024 02:11:45 +0900",
    subject="[SOOP] 조치 완료 안내",
    body=f"""방송통신심의위원회 담당자님,
요청하신 VOD {D[2]} 는 삭제 완료되었습니다.
SOOP 운영팀""",
    outcome="review", review="untrusted",
    imitates="SOOP-looking result mail that fails DKIM/SPF/DMARC",
    why="claims from a platform domain whose authentication failed",
    items=pend(D[2]),
))

cases.append(dict(
    name="soop-ticket-ack",
    **{"from": "help@sooplive.com"}, name_from="SOOP Help Center",
    date="Tue, 10 Sep 2024 09:47:12 +0900",
    subject="[SOOP] We received your request (Ticket #SP-88120)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

We have received your request regarding KCSC-240910-04.
Ticket number: #SP-88120

Our team will look into it and usually replies within 3 business days.
Please do not reply to this automated message.

SOOP Help Center""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt from a help centre",
    why="pure acknowledgement with a ticket number",
    items={},
))

# ================================================================= FM Korea
cases.append(dict(
    name="fmkorea-particles",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date="Thu, 12 Sep 2024 12:26:40 +0900",
    subject="Re: [시정요구] KCSC-240911-05 마약 판매 게시물",
    reply_to_req=req_mid("KCSC-240911-05"),
    body=f"""안녕하세요 에펨코리아 운영진입니다.

{E[1]} 는 확인 즉시 운영자 삭제하였고 작성자는 영구 이용 정지하였습니다.
{E[2]}은 저희가 확인했을 때 이미 작성자가 삭제하여 존재하지 않는 글이었습니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="community admin's short Korean reply, URL directly followed by a particle",
    why="one post deleted by the operator, the other already deleted by its author (not found)",
    items={E[1]: "removed", E[2]: "not_found"},
))

cases.append(dict(
    name="fmkorea-url-below-statement",
    **{"from": "report@fmkorea.com"}, name_from="FM Korea",
    date="Fri, 13 Sep 2024 08:58:01 +0900",
    subject="FM Korea - report KCSC-240911-05",
    body=f"""Hello,

The following post was removed by our moderation team and the author has been banned:
{E[2]}

Regards,
FM Korea moderation""",
    outcome="applied", classification="confirmation",
    imitates="English moderation reply with the statement first and the URL on the next line",
    why="the statement ending in ':' applies to the URL below it",
    items={E[2]: "removed"},
))

cases.append(dict(
    name="fmkorea-under-review",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date="Wed, 11 Sep 2024 18:40:22 +0900",
    subject="Re: [시정요구] KCSC-240911-05 마약 판매 게시물",
    reply_to_req=req_mid("KCSC-240911-05"),
    body=f"""안녕하세요, 에펨코리아입니다.
말씀하신 두 게시물은 현재 검토 중입니다.
{E[1]}
{E[2]}
결과 나오는 대로 다시 연락드리겠습니다. (Both posts are currently under review.)""",
    outcome="review", review="not_understood",
    imitates="'currently under review' holding reply naming the items",
    why="'검토 중' / 'under review' is not a statement: items stay pending",
    items=pend(E[1], E[2]),
))

cases.append(dict(
    name="ppomppu-wrong-platform",
    **{"from": "help@ppomppu.co.kr"}, name_from="뽐뿌 운영팀",
    date="Thu, 12 Sep 2024 14:18:50 +0900",
    subject="Re: [시정요구] KCSC-240911-05 마약 판매 게시물",
    body=f"""안녕하세요, 뽐뿌 운영팀입니다.

보내주신 메일의 게시물 {E[1]} 은
저희 뽐뿌 사이트에서 확인되지 않는 게시물입니다(존재하지 않는 게시물).
다른 사이트로 보내셔야 할 메일이 잘못 온 것으로 보여 회신드립니다.

뽐뿌 운영팀""",
    outcome="review", review="wrong_platform",
    imitates="a community site answering a request meant for another site",
    why="Ppomppu states 'not found' for an FM Korea item: another platform's item",
    items=pend(E[1]),
))

# ================================================================= Nate
cases.append(dict(
    name="nate-pann-blind",
    **{"from": "pann@nate.com"}, name_from="네이트판 운영자",
    date="Fri, 13 Sep 2024 11:11:19 +0900",
    subject="[네이트판] 요청 게시물 처리 결과 (KCSC-240912-06)",
    body=f"""안녕하세요, 네이트판 운영자입니다.

요청하신 톡 게시물에 대해 아래와 같이 처리하였습니다.

1. {F[1]}
   → 명예훼손 소지가 있어 블라인드 처리
2. {F[2]}
   → 존재하지 않는 게시물입니다 (글 번호 확인 부탁드립니다)

감사합니다.
네이트판 운영자 드림""",
    outcome="applied", classification="confirmation",
    imitates="Nate Pann operator notice: 블라인드 처리 / 존재하지 않는 게시물",
    why="numbered entries with the outcome on an indented line below: blinded (removed), does not exist (not_found)",
    items={F[1]: "removed", F[2]: "not_found"},
))

cases.append(dict(
    name="nate-outlook-english",
    **{"from": "cs@skcomms.co.kr"}, name_from="SK Communications CS",
    date="Mon, 16 Sep 2024 10:24:37 +0900",
    subject="RE: Removal request KCSC-240912-06",
    reply_to_req=req_mid("KCSC-240912-06"),
    body=f"""Dear KCSC takedown desk,

{F[2]} has been removed from Nate Pann.
We are still checking the other thread with the board team.

Best regards,
Nate Pann CS / SK Communications

From: KCSC takedown desk <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 10:00 AM
To: cs@skcomms.co.kr
Subject: Removal request KCSC-240912-06

{REQ_F_TEXT}""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with a From:/Sent:/To:/Subject: header block over the unindented request",
    why="one thread removed above the quoted header block; the other is still being checked",
    items={F[2]: "removed", F[1]: "pending"},
))

cases.append(dict(
    name="nate-conditional-deletion",
    **{"from": "pann@nate.com"}, name_from="네이트판 운영자",
    date="Thu, 12 Sep 2024 17:02:11 +0900",
    subject="[네이트판] KCSC-240912-06 처리 안내",
    body=f"""안녕하세요, 네이트판 운영자입니다.

아래 게시물 작성자에게 소명 기회를 부여하였습니다.
{F[1]}
{F[2]}
7일 이내에 소명이 없거나 소명 내용이 타당하지 않은 경우 해당 게시물은 삭제될 예정입니다.

감사합니다.""",
    outcome="review", review="not_understood",
    imitates="Korean portal notice giving the poster a chance to explain before deletion",
    why="deletion is conditional and in the future: no statement, items pending",
    items=pend(F[1], F[2]),
))

# ================================================================= Clien
cases.append(dict(
    name="clien-angle-brackets",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    date="Sat, 14 Sep 2024 10:40:52 +0900",
    subject="Re: [시정요구] KCSC-240913-07",
    reply_to_req=req_mid("KCSC-240913-07"),
    body=f"""안녕하세요, 클리앙 운영진입니다.

<{G[1]}> 게시물은 이용규칙(불법 거래 금지) 위반으로 삭제 조치했습니다.
작성자 계정도 이용 정지하였습니다.

클리앙 운영진 드림

2024년 9월 13일 (금) 오후 4:40, KCSC 불법정보대응팀 <takedown@kcsc.example>님이 작성:
{quote(REQ_G_TEXT)}""",
    outcome="applied", classification="confirmation",
    imitates="community admin's Gmail reply, URL in angle brackets, quoted request below",
    why="the only item is stated deleted above the quote",
    items={G[1]: "removed"},
))

cases.append(dict(
    name="clien-sole-no-url",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    date="Sat, 14 Sep 2024 11:05:03 +0900",
    subject="KCSC-240913-07 처리 결과",
    body="""안녕하세요. 클리앙 운영진입니다.

KCSC-240913-07 건 관련하여, 요청하신 게시물은 신고 내용 확인 후 삭제하였습니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="short Korean completion reply citing only the request number",
    why="a one-item request: 'the requested post was deleted' applies to its only item",
    items={G[1]: "removed"},
))

cases.append(dict(
    name="clien-chuseok-autoreply",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    date="Mon, 16 Sep 2024 08:00:11 +0900",
    subject="[자동응답] 추석 연휴 휴무 안내",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""[자동 발송 메일입니다]

클리앙 운영진은 추석 연휴(9월 14일~9월 18일) 기간 동안 휴무합니다.
보내주신 메일은 9월 19일(목)부터 순차적으로 확인 후 답변드리겠습니다.
삭제 요청 및 신고는 사이트 내 신고 기능을 이용해 주세요.""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday (추석) auto-reply from a community site",
    why="an auto-reply; mentions deletion requests only in general",
    items={},
))

# ================================================================= Inven
cases.append(dict(
    name="inven-inquiry-receipt",
    **{"from": "help@inven.co.kr"}, name_from="인벤 고객센터",
    date="Wed, 18 Sep 2024 14:02:27 +0900",
    subject="[인벤] 1:1 문의가 접수되었습니다 (INV-240918-3321)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""인벤 고객센터입니다.

고객님의 1:1 문의가 정상적으로 접수되었습니다.
접수번호: INV-240918-3321
답변은 영업일 기준 1~2일 내에 등록되며, 등록 시 메일로 알려드립니다.

※ 본 메일은 발신 전용입니다.""",
    outcome="ignored", classification="acknowledgement",
    imitates="Inven customer-centre 1:1 inquiry receipt",
    why="pure receipt with a ticket number, no item and no request of ours",
    items={},
))

HEADER = """# Blind set 501 (Korean portals and community sites): generated by make.py.
# Expected results written from each email's meaning alone, before any run
# of the reader. Each case is judged alone on a fresh ledger holding
# requests.csv."""

# Real Korean mail carries non-ASCII display names and subjects as RFC 2047
# encoded words; a few subjects stay raw UTF-8 (RFC 6532), as some senders do.
RAW_SUBJECT = {"dc-numbered-arrows", "naver-hedge-appears-private", "soop-korean-actions",
               "nate-conditional-deletion", "clien-sole-no-url"}


def encode_headers(c):
    if "name_from" in c and not c["name_from"].isascii():
        c["name_from"] = email.header.Header(c["name_from"], "utf-8").encode()
    if not c["subject"].isascii() and c["name"] not in RAW_SUBJECT:
        c["subject"] = email.header.Header(c["subject"], "utf-8").encode()


if __name__ == "__main__":
    for c in cases:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
