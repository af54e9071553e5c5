#!/usr/bin/env python3
"""Blind set 951: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Nate, Inven, Clien, Ppomppu, FM Korea), Korean and English
mixed, with the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind951/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
expected result was written from the meaning of each email alone, before any
run of the reader. All names, ids and URLs are invented.
"""
import base64
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind951"


def ew(s):
    """RFC 2047 encoded word (UTF-8, base64), as Korean mailers send."""
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def b64(s, enc="utf-8"):
    return base64.encodebytes(s.encode(enc)).decode("ascii")


# ---------------------------------------------------------------- requests
TISTORY_SLUG = "제보-영상-모음"
REQ = {
    "KCSC-240902-01": ("dcinside", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
                       "illegal_gambling", "<req-240902-01@kcsc.example>"),
    "KCSC-240904-02": ("naver", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00",
                       "defamation", "<req-240904-02@kcsc.example>"),
    "KCSC-240905-03": ("daum", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00",
                       "privacy_exposure", "<req-240905-03@kcsc.example>"),
    "KCSC-240906-04": ("soop", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
                       "obscenity", "<req-240906-04@kcsc.example>"),
    "KCSC-240909-05": ("nate", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
                       "defamation", "<req-240909-05@kcsc.example>"),
    "KCSC-240910-06": ("fmkorea", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
                       "drug_trade", "<req-240910-06@kcsc.example>"),
    "KCSC-240911-07": ("clien", "2024-09-11T11:00:00+09:00", "2024-09-18T18:00:00+09:00",
                       "defamation", "<req-240911-07@kcsc.example>"),
}

D = {  # DC Inside, KCSC-240902-01 (largest, 12 items)
    1: "https://gall.dcinside.com/board/view/?id=fakegallery&no=581203",
    2: "https://gall.dcinside.com/board/view/?id=fakegallery&no=581377",
    3: "https://gall.dcinside.com/board/view/?id=fakegallery&no=582014",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=shadowminor&no=90211",
    5: "https://gall.dcinside.com/mgallery/board/view/?id=shadowminor&no=90245",
    6: "https://gall.dcinside.com/mgallery/board/view/?id=shadowminor&no=90301",
    7: "https://gall.dcinside.com/mini/board/view/?id=quietmini&no=4410",
    8: "https://gall.dcinside.com/mini/board/view/?id=quietmini&no=4452",
    9: "https://gall.dcinside.com/board/view/?id=rumorpost&no=1200987",
    10: "https://gall.dcinside.com/board/view/?id=rumorpost&no=1201544",
    11: "https://m.dcinside.com/board/fakegallery/583120",
    12: "https://m.dcinside.com/board/shadowminor/90488",
}
N = {  # NAVER, KCSC-240904-02
    1: "https://blog.naver.com/moonlit_fake22/223551208741",
    2: "https://cafe.naver.com/fakeculturecafe/1184520",
    3: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471230588",
    4: "https://blog.naver.com/greyheron_0917/223560917305",
}
K_RAW2 = "https://pinebranch.tistory.com/entry/" + TISTORY_SLUG
K = {  # Daum / Kakao, KCSC-240905-03
    1: "https://cafe.daum.net/fakestockroom/Ab3x/77812",
    2: "https://pinebranch.tistory.com/entry/" + quote(TISTORY_SLUG),
    3: "https://v.daum.net/v/20240903150112345",
}
S = {  # SOOP, KCSC-240906-04
    1: "https://vod.sooplive.co.kr/player/135902218",
    2: "https://ch.sooplive.co.kr/nightowl77/post/118203345",
}
T = {1: "https://pann.nate.com/talk/372918455"}  # Nate, KCSC-240909-05
F = {  # FM Korea, KCSC-240910-06
    1: "https://www.fmkorea.com/7412093318",
    2: "https://www.fmkorea.com/7412155902",
    3: "https://www.fmkorea.com/7413001287",
    4: "https://www.fmkorea.com/best/7413260041",
    5: "https://www.fmkorea.com/7414877710",
}
C = {  # Clien, KCSC-240911-07
    1: "https://www.clien.net/service/board/park/18790213",
    2: "https://www.clien.net/service/board/park/18790877",
}
ITEMS = [
    ("KCSC-240902-01", D), ("KCSC-240904-02", N), ("KCSC-240905-03", K),
    ("KCSC-240906-04", S), ("KCSC-240909-05", T), ("KCSC-240910-06", F),
    ("KCSC-240911-07", C),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, urls in ITEMS:
        plat, sent, due, cat, mid = REQ[ref]
        for k in sorted(urls):
            w.writerow([ref, plat, sent, due, urls[k], cat, mid, ""])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def pend(d, keys):
    return {d[k]: "pending" for k in keys}


# ---------------------------------------------------------------- shared quoted requests
def dc_request_quoted():
    lines = "\n".join(f"{i}. {D[i]}" for i in sorted(D))
    return f"""-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: report@dcinside.com
Subject: [KCSC-240902-01] 불법정보 시정요구 (12건)

디시인사이드 담당자님께,

아래 게시물은 불법 도박 사이트를 홍보하는 정보로서 정보통신에 관한
심의규정에 위반되어 삭제 등 시정을 요구합니다. 9월 9일까지 조치 결과를
회신하여 주시기 바랍니다.

{lines}

방송통신심의위원회 통신심의국"""


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================= APPLIED
dc_rows = [
    (1, "삭제 완료", ""), (2, "삭제 완료", ""),
    (3, "게시물 없음", "작성자가 요청 접수 전에 자진 삭제"),
    (4, "삭제 완료", ""), (5, "삭제 완료", ""),
    (6, "미조치", "운영원칙상 위반 사항이 확인되지 않음 (정치적 의견 게시물)"),
    (7, "삭제 완료", ""), (8, "게시물 없음", "존재하지 않는 게시물 번호"),
    (9, "삭제 완료", ""), (10, "삭제 완료", ""), (11, "삭제 완료", "모바일 주소"),
    (12, "미조치", "신고 사유에 해당하는 내용 없음, 게시 유지"),
]
rows_html = "\n".join(
    f"<tr><td>{i}</td><td>{D[i].replace('&', '&amp;')}</td><td>{r}</td><td>{m or '-'}</td></tr>"
    for i, r, m in dc_rows)
case(name="dc-moderation-html-table", date="Thu, 05 Sep 2024 16:40:12 +0900",
     **{"from": "report@dcinside.com"}, name_from=ew("디시인사이드 운영팀"),
     subject=ew("[디시인사이드] 시정요구(KCSC-240902-01) 처리 결과 회신"),
     reply_to_req="req-240902-01", type="html",
     body=f"""<html><body>
<p>안녕하세요, 디시인사이드 운영팀입니다.</p>
<p>방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240902-01)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4">
<tr><th>No</th><th>게시물 URL</th><th>조치 결과</th><th>비고</th></tr>
{rows_html}
</table>
<p>운영원칙은 <a href="https://www.dcinside.com/policy/operation">https://www.dcinside.com/policy/operation</a> 에서 확인하실 수 있습니다.</p>
<p>감사합니다.<br>디시인사이드 운영팀 드림</p>
</body></html>""",
     outcome="applied", classification="confirmation",
     imitates="Korean community site's 시정요구 조치 결과 reply as an HTML table (No / URL / 조치 결과 / 비고)",
     why="Item-level table from DC Inside: 삭제 완료 = removed, 게시물 없음 = not_found, 미조치 with a no-violation reason = rejected.",
     items={D[i]: {"삭제 완료": "removed", "게시물 없음": "not_found", "미조치": "rejected"}[r]
            for i, r, _ in dc_rows})

case(name="dc-korean-prose-first-three", date="Tue, 03 Sep 2024 15:02:44 +0900",
     **{"from": "support@dcinside.com"}, name_from=ew("디시인사이드 고객지원"),
     subject=ew("RE: [KCSC-240902-01] 1차 처리 결과 안내"), reply_to_req="req-240902-01",
     body=f"""안녕하세요. 디시인사이드 고객지원팀 김하늘입니다.

KCSC-240902-01 건과 관련하여 1차 처리 결과를 안내드립니다.

아래 3건은 확인 후 운영자 삭제 처리하였습니다.

{D[1]}
{D[2]}
{D[4]}

나머지 9건은 갤러리 관리자 확인이 필요하여 검토 중이며, 처리가 끝나는 대로
다시 회신드리겠습니다.

감사합니다.
디시인사이드 고객지원팀""",
     outcome="applied", classification="confirmation",
     imitates="Support agent's partial first reply in Korean prose with a URL list under the statement",
     why="'아래 3건은 … 운영자 삭제 처리하였습니다' covers the three URLs listed below it; the other nine are only 'under review' and named by count, not by URL.",
     items={D[1]: "removed", D[2]: "removed", D[4]: "removed"})

case(name="dc-bare-url-arrow-status", date="Fri, 06 Sep 2024 11:15:03 +0900",
     **{"from": "report@dcinside.com"}, name_from="DCinside Report",
     subject=ew("[KCSC-240902-01] 미니 갤러리 / rumorpost 처리 결과"),
     body=f"""요청 주신 미니 갤러리 및 rumorpost 갤러리 게시물 처리 결과입니다.

{D[7]}
→ 삭제완료

{D[8]}
→ 해당 번호의 글 없음 (존재하지 않는 게시물)

{D[9]}
→ 삭제완료

디시인사이드 게시물관리팀""",
     outcome="applied", classification="confirmation",
     imitates="Terse moderation-team reply: bare URL, status on the line below with an arrow",
     why="Each URL is followed by its own status line: 삭제완료 = removed, 글 없음 / 존재하지 않는 게시물 = not_found.",
     items={D[7]: "removed", D[8]: "not_found", D[9]: "removed"})

csv_att = ("url,result,memo\n"
           f"{D[9]},deleted,삭제\n"
           f"{D[10]},deleted,삭제\n"
           f"{D[11]},not_deleted,위반 사항 없음 - 게시물 유지\n"
           f"{D[12]},not_found,작성자 삭제\n")
case(name="dc-csv-attachment", date="Sat, 07 Sep 2024 10:20:55 +0900",
     **{"from": "report@dcinside.com"}, name_from="DCinside Report",
     subject=ew("[KCSC-240902-01] 처리 결과 첨부"),
     raw_mime=f"""Content-Type: multipart/mixed; boundary="dc-csv-7781"

--dc-csv-7781
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 디시인사이드입니다.
KCSC-240902-01 요청 중 4건의 처리 결과를 첨부 CSV 파일로 보내드립니다.
감사합니다.

--dc-csv-7781
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240902-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240902-01.csv"
Content-Transfer-Encoding: base64

{b64(chr(0xFEFF) + csv_att)}
--dc-csv-7781--""",
     outcome="applied", classification="confirmation",
     imitates="Result spreadsheet exported as CSV (url,result,memo) attached to a short Korean cover note",
     why="CSV rows: deleted = removed, not_deleted with a no-violation memo = rejected, not_found (작성자 삭제) = not_found.",
     items={D[9]: "removed", D[10]: "removed", D[11]: "rejected", D[12]: "not_found"})

items = pend(D, [i for i in D if i not in (5, 6)])
items.update({D[5]: "removed", D[6]: "removed"})
case(name="dc-outlook-top-posted-two", date="Wed, 04 Sep 2024 17:31:20 +0900",
     **{"from": "jy.park@dcinside.com"}, name_from="Park Jiyoung",
     subject=ew("RE: [KCSC-240902-01] 불법정보 시정요구 (12건)"), reply_to_req="req-240902-01",
     body=f"""안녕하세요.

{D[5]} 와
{D[6]} 두 건은
마이너 갤러리 매니저 조치와 별도로 본사에서 직접 삭제하였습니다.

박지영 드림
디시인사이드 서비스운영팀

{dc_request_quoted()}""",
     outcome="applied", classification="confirmation",
     imitates="Outlook top-posted reply above '-----Original Message-----' with the regulator's full request quoted",
     why="Only the two URLs in the top text are stated deleted; the twelve URLs in the quoted request carry no platform statement.",
     items=items)

case(name="dc-echoed-report-split-ticket", date="Mon, 09 Sep 2024 09:48:37 +0900",
     **{"from": "noreply@dcinside.com"}, name_from=ew("디시인사이드 신고센터"),
     subject=ew("[디시인사이드 신고센터] 처리 결과 안내 (DC-R-2409-5531)"),
     body=f"""[디시인사이드 신고센터] 처리 결과 안내

접수번호: DC-R-2409-5531
관련 요청: KCSC-240902-01 (rumorpost 갤러리 및 모바일 주소 4건)

■ 접수 내용
- 신고 대상: {D[9]}
- 신고 대상: {D[10]}
- 신고 대상: {D[11]}
- 신고 대상: {D[12]}
- 신고 사유: 불법 도박 홍보

■ 처리 결과
- {D[9]} : 삭제
- {D[10]} : 삭제
- {D[11]} : 확인 중 (갤러리 관리자 소명 대기)
- {D[12]} : 삭제 불가 (신고 사유에 해당하는 내용이 없어 게시물 유지)

본 메일은 발신 전용입니다.""",
     outcome="applied", classification="confirmation",
     imitates="Ticket-system result notice that echoes the report (접수 내용) before the result (처리 결과)",
     why="The echoed report has no statuses; in the results 삭제 = removed, 확인 중 = still pending, 삭제 불가 with its reason = rejected.",
     items={D[9]: "removed", D[10]: "removed", D[11]: "pending", D[12]: "rejected"})

case(name="dc-bullets-mixed-language", date="Thu, 05 Sep 2024 20:05:10 +0900",
     **{"from": "global@dcinside.com"}, name_from="DC Inside Global Support",
     subject="Re: KCSC-240902-01 outcome", reply_to_req="req-240902-01",
     body=f"""Dear KCSC team,

Regarding your request KCSC-240902-01, please find the outcome for the
following posts:

\u2022 {D[1]} \u2014 deleted by moderator (운영자 삭제)
\u2022 {D[2]} \u2014 deleted by moderator (운영자 삭제)
\u2022 {D[3]} \u2014 not found; the author had already deleted it (작성자 삭제)
\u2022 {D[7]} \u2014 deleted (삭제)

Best regards,
DC Inside Global Support""",
     outcome="applied", classification="confirmation",
     imitates="English support reply with Korean glosses in a bulleted list",
     why="One bullet per URL with an unhedged outcome; 'author had already deleted it' is not_found.",
     items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[7]: "removed"})

case(name="dc-fullwidth-brackets-mobile", date="Tue, 10 Sep 2024 13:12:45 +0900",
     **{"from": "support@dcinside.com"}, name_from=ew("디시인사이드 고객지원"),
     subject=ew("모바일 주소 2건 답변 (KCSC-240902-01)"),
     body=f"""모바일 주소로 보내주신 두 건 답변드립니다.

「{D[11]}」 게시물은 삭제했습니다.
{D[12]}，이 게시물은 이미 작성자가 지운 글이라 조회되지 않습니다.

디시인사이드 고객지원팀 드림""",
     outcome="applied", classification="confirmation",
     imitates="Short Korean agent reply with full-width brackets and a full-width comma glued to the URLs",
     why="First mobile URL deleted = removed; second already deleted by its author = not_found.",
     items={D[11]: "removed", D[12]: "not_found"})

case(name="naver-blind-and-temporary-measure", date="Fri, 06 Sep 2024 10:03:18 +0900",
     **{"from": "noreply-right@navercorp.com"}, name_from=ew("네이버 게시중단 요청 서비스"),
     subject=ew("[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240904-02)"),
     body=f"""안녕하세요. 네이버 게시중단 요청 서비스 담당자입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

[처리 결과]
1) {N[1]}
   - 조치: 운영정책 위반으로 블라인드 처리 (게시물 비노출)
2) {N[4]}
   - 조치: 정보통신망법 제44조의2에 따른 임시조치 (30일간 접근 제한)

게시자가 재게시를 요청하는 경우 관련 법령에 따라 절차가 진행될 수 있습니다.

※ 본 메일은 발신 전용입니다. 문의는 네이버 고객센터
(https://help.naver.com/support/right) 를 이용해 주세요.""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단 요청 서비스 result notice (블라인드 / 임시조치)",
     why="블라인드 처리 = removed; 임시조치 (30일간 접근 제한) = restricted; the help-centre link is not an item.",
     items={N[1]: "removed", N[4]: "restricted"})

case(name="naver-english-text-table", date="Mon, 09 Sep 2024 18:22:07 +0900",
     **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
     subject="Re: KCSC-240904-02 - outcome for cafe and Knowledge iN links",
     reply_to_req="req-240904-02",
     body=f"""Hello,

Here is the outcome for the cafe and Knowledge iN links in request KCSC-240904-02.

URL                                                                          | Outcome
-----------------------------------------------------------------------------+------------------------------
{N[2]:<77}| Removed
{N[3]:<77}| Not found (deleted by author)

The two blog links are handled by a separate team and will be answered separately.

Kind regards,
NAVER Trust & Safety""",
     outcome="applied", classification="confirmation",
     imitates="English trust-and-safety reply with a plain-text pipe table",
     why="Removed = removed; 'Not found (deleted by author)' = not_found; the blog links are only mentioned as pending elsewhere, not by URL.",
     items={N[2]: "removed", N[3]: "not_found"})

kin_body = f"""안녕하세요, 네이버 지식iN 운영 담당자입니다.

KCSC-240904-02 요청 중 아래 지식iN 질문에 대한 검토 결과를 알려드립니다.

{N[3]}

해당 질문은 개인의 경험을 묻는 내용으로, 불법 정보 또는 지식iN 운영정책 위반 사항이 확인되지 않아 게시중단 조치를 하지 않고 게시물을 그대로 유지합니다.

다른 판단 근거가 있으시면 회신 부탁드립니다.
감사합니다.
"""
case(name="naver-qp-kin-rejected", date="Tue, 10 Sep 2024 14:41:29 +0900",
     **{"from": "kin-ops@naver.com"}, name_from=ew("네이버 지식iN 운영"),
     subject=ew("[지식iN] KCSC-240904-02 검토 결과"),
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(kin_body)}""",
     outcome="applied", classification="confirmation",
     imitates="Korean refusal with reason, quoted-printable body whose soft line breaks split the long URL",
     why="No violation found, post kept as it is = rejected; 'reply if you have other grounds' is an offer, not a request for information.",
     items={N[3]: "rejected"})

case(name="naver-outlook-top-post-en", date="Thu, 12 Sep 2024 09:12:40 +0900",
     **{"from": "minseo.kim@navercorp.com"}, name_from="Kim Minseo",
     subject="RE: [KCSC-240904-02] Request for removal (4 items)", reply_to_req="req-240904-02",
     body=f"""Hi,

Update from our side:
- {N[1]} : removed
- {N[2]} : removed by the cafe operator at our request
- {N[4]} : access restricted in Korea (임시조치)

Thanks,
Minseo Kim | NAVER Policy

________________________________
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 11:00
To: policy@navercorp.com
Subject: [KCSC-240904-02] Request for removal (4 items)

Dear NAVER Policy team,

We request the removal of the following content by 11 September:
1. {N[1]}
2. {N[2]}
3. {N[3]}
4. {N[4]}

KCSC""",
     outcome="applied", classification="confirmation",
     imitates="Outlook top-post in English over the quoted request (underscore line + From/Sent block)",
     why="Three URLs get statuses in the top text; the Knowledge iN URL appears only in the quoted request and stays pending.",
     items={N[1]: "removed", N[2]: "removed", N[3]: "pending", N[4]: "restricted"})

case(name="daum-tistory-korean-path", date="Mon, 09 Sep 2024 15:30:00 +0900",
     **{"from": "right@kakaocorp.com"}, name_from=ew("카카오 권리침해신고센터"),
     subject=ew("[카카오] 게시중단 요청 처리 결과 안내"),
     body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회 요청번호 KCSC-240905-03 관련 처리 결과를 알려드립니다.

■ 티스토리
{K_RAW2}
→ 게시중단(삭제) 처리되었습니다.

■ Daum 카페
{K[1]}
→ 임시조치(30일) 되었습니다. 해당 기간 동안 게시물에 접근할 수 없습니다.

카카오 권리침해신고센터 드림""",
     outcome="applied", classification="confirmation",
     imitates="Kakao 권리침해신고센터 result notice covering Tistory and Daum cafe, Korean URL path written raw",
     why="The raw Korean Tistory path is the percent-encoded requested URL: 게시중단(삭제) = removed; 임시조치(30일) = restricted.",
     items={K[2]: "removed", K[1]: "restricted"})

daum_qp = f"""안녕하세요, Daum 서비스 운영팀입니다.
카페 게시글과 뉴스 링크 검토 결과 알려드립니다 (KCSC-240905-03).

1. {K[1]} — 카페 운영원칙 위반으로 블라인드 처리했습니다.
2. {K[3]} — 언론사가 제공한 기사로, 당사가 임의로 삭제하거나 수정할 수 없어 조치하지 않았습니다. 기사 삭제는 해당 언론사에 요청해 주시기 바랍니다.

감사합니다.
"""
case(name="daum-qp-blind-and-press-refused", date="Tue, 10 Sep 2024 11:07:52 +0900",
     **{"from": "cafe-ops@daum.net"}, name_from=ew("Daum 서비스 운영팀"),
     subject=ew("Re: [KCSC-240905-03] 게시물 조치 요청"), reply_to_req="req-240905-03",
     raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(daum_qp)}""",
     outcome="applied", classification="confirmation",
     imitates="Daum operations reply (quoted-printable) with a 블라인드 result and a refusal for a press article",
     why="블라인드 처리 = removed; the news article is left up, refused with its reason (publisher's content) = rejected.",
     items={K[1]: "removed", K[3]: "rejected"})

case(name="daum-ack-plus-temporary-measure", date="Fri, 06 Sep 2024 16:55:21 +0900",
     **{"from": "cs-noreply@kakaocorp.com"}, name_from=ew("Daum 고객센터"),
     subject=ew("[Daum 고객센터] 문의 답변 (접수번호 2409-77125)"),
     body=f"""안녕하세요, Daum 고객센터입니다.

문의하신 내용은 접수번호 2409-77125 로 접수되었습니다.
요청번호 KCSC-240905-03 의 카페 게시물은 아래와 같이 조치되었습니다.

{K[1]} : 임시조치 완료 (30일간 접근 차단)

나머지 게시물은 담당 부서에서 별도로 회신드릴 예정입니다.
이용해 주셔서 감사합니다.""",
     outcome="applied", classification="confirmation",
     imitates="Help-desk ticket reply that opens like a receipt (접수번호) but carries a result",
     why="An acknowledgement phrase plus an unhedged item statement: 임시조치 완료 (접근 차단) = restricted.",
     items={K[1]: "restricted"})

case(name="soop-vod-deleted-post-hidden", date="Mon, 09 Sep 2024 13:00:41 +0900",
     **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Safety Center",
     subject="[SOOP] Result of your request KCSC-240906-04", reply_to_req="req-240906-04",
     body=f"""Dear KCSC,

Thank you for your request KCSC-240906-04. Our review is complete.

- The VOD {S[1]} has been deleted from the service.
- The station post {S[2]} has been set to private by our operators
  (운영자 비공개 처리) and can no longer be viewed.

The streamer has also received a 7-day broadcast suspension under our
operating policy.

SOOP Safety Center""",
     outcome="applied", classification="confirmation",
     imitates="Streaming platform safety-centre reply in English with Korean gloss",
     why="VOD deleted = removed; post made private by operators (비공개 처리) = removed.",
     items={S[1]: "removed", S[2]: "removed"})

case(name="soop-age-restricted-vod", date="Tue, 10 Sep 2024 10:10:10 +0900",
     **{"from": "clean@sooplive.co.kr"}, name_from=ew("SOOP 클린센터"),
     subject=ew("[SOOP 클린센터] KCSC-240906-04 조치 결과"),
     body=f"""안녕하세요, SOOP 클린센터입니다.

요청하신 VOD는 삭제 대신 19세 이상 시청 가능(연령 제한) 콘텐츠로 변경하였습니다.
대상: {S[1]}

방송국 게시글 {S[2]} 은(는) 삭제하였습니다.

감사합니다.""",
     outcome="applied", classification="confirmation",
     imitates="SOOP 클린센터 result: VOD switched to 19+ (age restriction), station post deleted",
     why="19세 이상 시청 가능(연령 제한) = restricted; the station post deleted = removed.",
     items={S[1]: "restricted", S[2]: "removed"})

soop_html = f"""<html><body style="font-family:sans-serif">
<h3>이용제한 조치 결과 안내</h3>
<p>요청번호: KCSC-240906-04</p>
<p>아래 방송국 게시글을 <b>운영정책 위반(음란물 게시)</b>으로 삭제하였습니다.</p>
<p><a href="{S[2]}">{S[2]}</a></p>
<p style="color:#888">운영정책 전문: <a href="https://www.sooplive.co.kr/policy/operation">https://www.sooplive.co.kr/policy/operation</a></p>
</body></html>"""
soop_txt = f"""이용제한 조치 결과 안내

요청번호: KCSC-240906-04
아래 방송국 게시글을 운영정책 위반(음란물 게시)으로 삭제하였습니다.
{S[2]}

운영정책 전문: https://www.sooplive.co.kr/policy/operation"""
case(name="soop-html-notice-post-deleted", date="Wed, 11 Sep 2024 08:45:00 +0900",
     **{"from": "notice@sooplive.co.kr"}, name_from="SOOP",
     subject=ew("[SOOP] 이용제한 조치 결과 안내"),
     raw_mime=f"""Content-Type: multipart/alternative; boundary="soop-alt-55"

--soop-alt-55
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(soop_txt)}
--soop-alt-55
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(soop_html)}
--soop-alt-55--""",
     outcome="applied", classification="confirmation",
     imitates="Templated 이용제한 조치 결과 notice, multipart/alternative with base64 text and HTML",
     why="The one station post named is deleted = removed; the operating-policy link is not an item.",
     items={S[2]: "removed"})

case(name="nate-sole-statement-by-ref", date="Wed, 11 Sep 2024 14:20:33 +0900",
     **{"from": "helpdesk@nate.com"}, name_from=ew("네이트 고객센터"),
     subject=ew("Re: [KCSC-240909-05] 게시물 삭제 요청"), reply_to_req="req-240909-05",
     body="""안녕하세요, 네이트 판 운영팀입니다.

요청하신 판 게시물은 확인 후 삭제 조치를 완료하였습니다.

감사합니다.
네이트 판 운영팀""",
     outcome="applied", classification="confirmation",
     imitates="Short Nate Pann help-desk reply in the request's thread, naming no URL",
     why="A single unhedged statement ('삭제 조치를 완료') answering a one-item request by reference and thread applies to that item.",
     items={T[1]: "removed"})

case(name="nate-angle-bracket-url", date="Thu, 12 Sep 2024 10:02:19 +0900",
     **{"from": "pann-admin@skcomms.co.kr"}, name_from=ew("네이트 운영팀"),
     subject=ew("판 게시물 조치 결과 (KCSC-240909-05)"),
     body=f"""요청번호 KCSC-240909-05

게시물 <{T[1]}> 은 명예훼손 신고에 따라
블라인드 처리되어 더 이상 노출되지 않습니다.

SK커뮤니케이션즈 네이트 운영팀""",
     outcome="applied", classification="confirmation",
     imitates="Nate operator note with the URL in angle brackets",
     why="블라인드 처리, no longer shown = removed.",
     items={T[1]: "removed"})

case(name="fmk-numbered-list", date="Thu, 12 Sep 2024 17:44:09 +0900",
     **{"from": "admin@fmkorea.com"}, name_from=ew("에펨코리아 운영팀"),
     subject=ew("KCSC-240910-06 요청 건 처리 결과"),
     body=f"""KCSC-240910-06 요청 건 처리 결과입니다.

1. {F[1]} - 삭제
2. {F[2]} - 삭제
3. {F[3]} - 없는 게시물 (작성자 본인이 이미 삭제)
4. {F[4]} - 유지 (스포츠 경기 결과 토론글로 사이트 규정 위반 없음)
5. {F[5]} - 삭제 및 작성자 이용정지 30일

에펨코리아 운영팀""",
     outcome="applied", classification="confirmation",
     imitates="Community admin's numbered result list, one status after each URL",
     why="삭제 = removed; 없는 게시물 (already deleted by author) = not_found; 유지 with a no-violation reason = rejected.",
     items={F[1]: "removed", F[2]: "removed", F[3]: "not_found", F[4]: "rejected", F[5]: "removed"})

case(name="fmk-url-below-heading", date="Wed, 11 Sep 2024 21:03:51 +0900",
     **{"from": "admin@fmkorea.com"}, name_from=ew("에펨코리아 운영팀"),
     subject=ew("Re: [KCSC-240910-06] 마약류 거래 게시물"), reply_to_req="req-240910-06",
     body=f"""안녕하세요 에펨코리아입니다.

다음 게시물은 삭제되었습니다:
{F[1]}
{F[2]}

다음 게시물은 작성자가 먼저 지워서 저희 쪽에서 확인되지 않습니다:
{F[5]}

나머지 두 건은 확인 후 말씀드리겠습니다.""",
     outcome="applied", classification="confirmation",
     imitates="Grouped reply: a status heading ending in ':' with URLs on the lines below",
     why="Each heading governs the URLs under it: deleted = removed; deleted by its author first, cannot be found = not_found.",
     items={F[1]: "removed", F[2]: "removed", F[5]: "not_found"})

fmk_html = f"""<html><body>
<p>요청번호 KCSC-240910-06 추가 처리 결과입니다.</p>
<ul>
<li><a href="{F[3]}">{F[3]}</a> : 삭제 완료</li>
<li><a href="{F[4]}">{F[4]}</a> : 삭제 완료 (재검토 결과)</li>
</ul>
<p>에펨코리아 운영팀</p>
</body></html>"""
case(name="fmk-base64-html", date="Fri, 13 Sep 2024 12:30:00 +0900",
     **{"from": "admin@fmkorea.com"}, name_from=ew("에펨코리아 운영팀"),
     subject=ew("KCSC-240910-06 추가 처리 결과"),
     raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(fmk_html)}""",
     outcome="applied", classification="confirmation",
     imitates="HTML-only reply sent base64-encoded by a webmail client, with a bulleted list",
     why="Both listed posts 삭제 완료 = removed.",
     items={F[3]: "removed", F[4]: "removed"})

case(name="clien-gmail-quoted-top", date="Thu, 12 Sep 2024 16:16:16 +0900",
     **{"from": "admin@clien.net"}, name_from=ew("클리앙 운영진"),
     subject=ew("Re: [KCSC-240911-07] 게시물 삭제 요청"), reply_to_req="req-240911-07",
     body=f"""첫 번째 글(18790213)은 운영진이 삭제했습니다.
{C[1]}

두 번째 글(18790877)은 확인해 보았으나 특정인에 대한 비방이 아니라 정책을
비판하는 글이라 규칙 위반으로 보기 어려워 삭제하지 않고 유지합니다.
{C[2]}

클리앙 운영진 드림

2024년 9월 11일 (수) 오전 11:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 클리앙 운영진께,
>
> 아래 게시물 2건은 특정인의 명예를 훼손하는 정보로 삭제를 요청합니다.
> {C[1]}
> {C[2]}
>
> 방송통신심의위원회""",
     outcome="applied", classification="confirmation",
     imitates="Gmail-style Korean reply ('…님이 작성:') with statements above the URL lines and the request quoted",
     why="Each statement sits on the line above its URL: deleted = removed; kept, not a rule violation = rejected; the quoted request adds nothing.",
     items={C[1]: "removed", C[2]: "rejected"})

case(name="clien-particles-attached", date="Fri, 13 Sep 2024 09:05:44 +0900",
     **{"from": "admin@clien.net"}, name_from=ew("클리앙 운영진"),
     subject=ew("KCSC-240911-07 처리했습니다"),
     body=f"""안녕하세요 클리앙입니다.

{C[1]}은 삭제했고, {C[2]}도 회원 신고가 누적되어 함께 삭제 처리했습니다.

감사합니다.""",
     outcome="applied", classification="confirmation",
     imitates="Casual Korean admin reply with particles (은/도) glued to the URLs",
     why="Both posts deleted = removed; the particles are not part of the URLs.",
     items={C[1]: "removed", C[2]: "removed"})

# ================================================================= REVIEW
case(name="dc-promise-sequential-delete", date="Tue, 03 Sep 2024 09:30:02 +0900",
     **{"from": "report@dcinside.com"}, name_from="DCinside Report",
     subject=ew("[KCSC-240902-01] 처리 예정 안내"),
     body=f"""KCSC-240902-01 요청 관련하여 안내드립니다.

아래 게시물은 내부 검토를 거쳐 순차적으로 삭제될 예정입니다.
- {D[1]}
- {D[2]}
- {D[3]}

처리가 완료되면 별도로 알려드리겠습니다.""",
     outcome="review", review="not_understood",
     imitates="'처리 예정' notice: a promise of deletion, not a result",
     why="'삭제될 예정' is a promise; the named items stay pending and the email needs a person.",
     items=pend(D, [1, 2, 3]))

case(name="naver-hedge-under-review", date="Thu, 05 Sep 2024 19:40:11 +0900",
     **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
     subject="Re: KCSC-240904-02", reply_to_req="req-240904-02",
     body=f"""Hello,

Regarding KCSC-240904-02: the blog post {N[1]} appears to have
been hidden by its author already, although we could not confirm this yet.
The cafe post {N[2]} is still under review by our policy team.

We will update you as soon as we have a final decision.

NAVER Trust & Safety""",
     outcome="review", review="not_understood",
     imitates="Interim English update with a hedge ('appears to') and 'under review'",
     why="'appears to have been hidden … could not confirm' is a hedge and 'under review' is no outcome; both items stay pending.",
     items=pend(N, [1, 2]))

case(name="daum-bulk-all-removed", date="Wed, 11 Sep 2024 10:30:30 +0900",
     **{"from": "right@kakaocorp.com"}, name_from=ew("카카오 권리침해신고센터"),
     subject=ew("[카카오] KCSC-240905-03 처리 완료"),
     body="""안녕하세요. 카카오 권리침해신고센터입니다.

KCSC-240905-03 건으로 요청하신 게시물은 모두 게시중단 처리하였습니다.

감사합니다.""",
     outcome="review", review="bulk",
     imitates="Kakao one-line completion notice for a whole request",
     why="'요청하신 게시물은 모두 게시중단' covers a three-item request without naming each: bulk, items pending.",
     items=pend(K, [1, 2, 3]))

case(name="fmk-bulk-english", date="Sat, 14 Sep 2024 11:11:11 +0900",
     **{"from": "admin@fmkorea.com"}, name_from="FMKorea Admin",
     subject="KCSC-240910-06 done",
     body="""Hello,

All the posts listed in your request KCSC-240910-06 have been removed
from FM Korea.

Regards,
FMKorea Admin""",
     outcome="review", review="bulk",
     imitates="One-sentence English completion for a five-item request",
     why="A statement about all items of a five-item request without naming them: bulk, items pending.",
     items=pend(F, [1, 2, 3, 4, 5]))

case(name="dc-auth-fail", date="Wed, 04 Sep 2024 12:00:09 +0900", auth="fail",
     **{"from": "report@dcinside.com"}, name_from="DCinside Report",
     subject=ew("[KCSC-240902-01] 삭제 완료"),
     body=f"""안녕하세요, 디시인사이드입니다.

{D[1]} 삭제 완료
{D[2]} 삭제 완료

감사합니다.""",
     outcome="review", review="untrusted",
     imitates="DC Inside-looking result mail whose DKIM/SPF/DMARC fail",
     why="Sender domain is DC Inside's but authentication fails: nothing applies, a person decides.",
     items=pend(D, [1, 2]))

case(name="gmail-minor-gallery-manager", date="Thu, 05 Sep 2024 23:14:50 +0900",
     **{"from": "shadowminor.mgr@gmail.com"}, name_from=ew("shadowminor 갤러리 매니저"),
     subject=ew("KCSC-240902-01 관련 마이너 갤러리 글 삭제했습니다"),
     body=f"""안녕하세요, 디시인사이드 shadowminor 마이너 갤러리 매니저입니다.

본사에서 전달받은 KCSC-240902-01 요청 중 저희 갤러리 글
{D[4]}
{D[5]}
두 개는 제가 매니저 권한으로 삭제했습니다.

나머지 글도 확인되는 대로 정리하겠습니다.""",
     outcome="review", review="unknown_sender",
     imitates="A volunteer minor-gallery manager writing from a personal Gmail address",
     why="Not from DC Inside's domain; a gallery manager's word is not the platform's statement.",
     items=pend(D, [4, 5]))

case(name="agency-unknown-sender", date="Fri, 13 Sep 2024 15:45:00 +0900",
     **{"from": "support@cleanweb-rm.example"}, name_from=ew("클린웹 평판관리"),
     subject=ew("[완료 보고] 네이트 판 게시물 삭제 (KCSC-240909-05)"),
     body=f"""안녕하세요, 온라인 평판관리 전문 클린웹입니다.

의뢰인 요청으로 진행한 아래 게시물의 삭제가 완료되었음을 알려드립니다.
{T[1]}

추가 모니터링이 필요하시면 연락 주십시오.""",
     outcome="review", review="unknown_sender",
     imitates="Reputation-management agency's 'completion report' sent to the regulator",
     why="A third party, not Nate, claims the removal: unknown sender, item pending.",
     items=pend(T, [1]))

case(name="ppomppu-wrong-platform", date="Thu, 12 Sep 2024 11:27:03 +0900",
     **{"from": "admin@ppomppu.co.kr"}, name_from=ew("뽐뿌 운영팀"),
     subject=ew("문의하신 게시물 관련 (KCSC-240910-06)"),
     body=f"""안녕하세요, 뽐뿌 운영팀입니다.

보내주신 요청서에 기재된 {F[3]} 주소는
뽐뿌 게시물이 아니며, 당사 서버에는 해당 게시물이 존재하지 않습니다.

요청서 수신처를 한 번 확인 부탁드립니다.""",
     outcome="review", review="wrong_platform",
     imitates="A site answering a request meant for another site ('not our post, does not exist here')",
     why="Ppomppu speaks about an FM Korea item; its 'does not exist on our server' is no statement about the FM Korea post.",
     items=pend(F, [3]))

case(name="naver-asks-documents", date="Fri, 06 Sep 2024 14:02:58 +0900",
     **{"from": "policy@navercorp.com"}, name_from=ew("네이버 정책지원팀"),
     subject=ew("RE: [KCSC-240904-02] 추가 자료 요청"), reply_to_req="req-240904-02",
     body=f"""안녕하세요, 네이버 정책지원팀입니다.

KCSC-240904-02 요청 중 카페 게시물
{N[2]}
에 대해서는 처리를 위해 시정요구 공문 사본과 해당 게시물이 불법정보에
해당한다는 심의 의결서를 추가로 보내주시기 바랍니다.

서류 확인 후 처리하겠습니다.""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="Korean portal asking for the official letter and decision before acting",
     why="NAVER asks for documents before acting on the cafe post; no status, the item stays pending.",
     items=pend(N, [2]))

case(name="soop-policy-newsletter", date="Sun, 15 Sep 2024 10:00:00 +0900",
     **{"from": "notice@sooplive.co.kr"}, name_from="SOOP",
     subject=ew("[SOOP] 운영정책 개정 안내"),
     body="""SOOP 운영정책 개정 안내

안녕하세요, SOOP입니다.
2024년 10월 1일부터 SOOP 운영정책이 아래와 같이 개정됩니다.

- 청소년 유해 콘텐츠 판단 기준 구체화
- 반복 위반 시 방송 정지 기간 조정
- 신고 처리 결과 알림 방식 개선

개정 전문: https://www.sooplive.co.kr/policy/operation
이의가 있으신 경우 고객센터로 문의해 주세요.""",
     outcome="review", review="no_claims",
     imitates="Platform-wide policy-change announcement reaching the regulator's mailbox",
     why="Trusted SOOP mail that names no requested item and no request.")

case(name="clien-conditional-delete", date="Sat, 14 Sep 2024 13:33:03 +0900",
     **{"from": "admin@clien.net"}, name_from=ew("클리앙 운영진"),
     subject=ew("Re: [KCSC-240911-07] 진행 상황"), reply_to_req="req-240911-07",
     body=f"""안녕하세요 클리앙 운영진입니다.

{C[1]}
위 게시물은 작성자에게 소명 요청을 보냈습니다. 9월 18일까지 소명이 없으면
삭제할 예정입니다.

진행되는 대로 다시 알려드리겠습니다.""",
     outcome="review", review="not_understood",
     imitates="Progress note with a conditional deletion ('if no explanation by … will be deleted')",
     why="A condition and a promise, no outcome: the item stays pending and a person should read it.",
     items=pend(C, [1]))

case(name="fmk-hedge-korean", date="Wed, 11 Sep 2024 16:50:27 +0900",
     **{"from": "admin@fmkorea.com"}, name_from=ew("에펨코리아 운영팀"),
     subject=ew("KCSC-240910-06 확인 중"),
     body=f"""안녕하세요 에펨코리아입니다.

{F[1]}, {F[2]} 게시물은 확인해 보니 이미 삭제된 것으로 보입니다.
정확한 확인은 서버 담당자 복귀 후 다시 알려드리겠습니다.""",
     outcome="review", review="not_understood",
     imitates="Korean hedge ('삭제된 것으로 보입니다') pending a colleague's check",
     why="'~것으로 보입니다' with a promise to confirm later is a hedge: both items stay pending.",
     items=pend(F, [1, 2]))

case(name="soop-asked-uploader", date="Tue, 10 Sep 2024 17:20:00 +0900",
     **{"from": "clean@sooplive.co.kr"}, name_from=ew("SOOP 클린센터"),
     subject=ew("[SOOP 클린센터] KCSC-240906-04 진행 안내"),
     body=f"""안녕하세요, SOOP 클린센터입니다.

해당 VOD {S[1]} 에 대해 스트리머에게 자진 삭제를
요청하는 안내를 발송하였습니다. 기한 내 조치되지 않을 경우 추가 조치를
검토하겠습니다.""",
     outcome="review", review="not_understood",
     imitates="Platform says it asked the uploader to delete, with further action only 'to be considered'",
     why="Asking the streamer to delete is not a removal; the VOD stays pending.",
     items=pend(S, [1]))

# ================================================================= IGNORED
case(name="naver-ooo-chuseok", date="Mon, 16 Sep 2024 08:00:03 +0900",
     **{"from": "minseo.kim@navercorp.com"}, name_from="Kim Minseo",
     subject=ew("자동 회신: [KCSC-240904-02] 진행 상황 문의"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""추석 연휴(9월 16일~18일)로 부재중입니다.
9월 19일부터 순차적으로 회신드리겠습니다.
긴급한 건은 policy@navercorp.com 으로 보내주세요.

I am out of the office for the Chuseok holidays until 19 September.

김민서 / NAVER Policy""",
     outcome="ignored", classification="auto_reply",
     imitates="Bilingual Korean holiday (추석) out-of-office auto-reply",
     why="An out-of-office reply: ignored, whatever its subject names.")

dsn_orig = "\n".join(f"{i}. {D[i]}" for i in (1, 2, 3))
case(name="dc-dsn-mailbox-unknown", date="Mon, 02 Sep 2024 10:00:41 +0900",
     **{"from": "MAILER-DAEMON@mx.dcinside.com"}, name_from="Mail Delivery System",
     subject="Undelivered Mail Returned to Sender",
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-2409-a1"

--dsn-2409-a1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report2@dcinside.com>: host store.dcinside.com said: 550 5.1.1
    <report2@dcinside.com>: Recipient address rejected: User unknown

--dsn-2409-a1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.dcinside.com
Arrival-Date: Mon,  2 Sep 2024 10:00:38 +0900

Final-Recipient: rfc822; report2@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-2409-a1
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: report2@dcinside.com
Subject: [KCSC-240902-01] {ew("불법정보 시정요구 (12건)")}
Date: Mon, 2 Sep 2024 10:00:00 +0900
Message-ID: <req-240902-01@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시물의 삭제 등 시정을 요구합니다.
{dsn_orig}
(이하 생략)

--dsn-2409-a1--""",
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN (550 5.1.1 user unknown) returning the regulator's request",
     why="A delivery failure report; the URLs are in our own returned request.",
     items=pend(D, [1, 2, 3]))

case(name="clien-mdn-read", date="Wed, 11 Sep 2024 13:40:00 +0900",
     **{"from": "admin@clien.net"}, name_from=ew("클리앙 운영진"),
     subject=ew("읽음 확인: [KCSC-240911-07] 게시물 삭제 요청"),
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-77c1"

--mdn-77c1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240911-07] 게시물 삭제 요청"을 수신자가 2024-09-11 13:39에 읽었습니다.

--mdn-77c1
Content-Type: message/disposition-notification

Reporting-UA: mail.clien.net; Webmail
Final-Recipient: rfc822; admin@clien.net
Original-Message-ID: <req-240911-07@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-77c1--""",
     outcome="ignored", classification="read_receipt",
     imitates="Korean webmail read receipt (읽음 확인, MDN)",
     why="A read receipt says nothing about the items.")

case(name="soop-ticket-receipt", date="Fri, 06 Sep 2024 14:02:10 +0900",
     **{"from": "cs-noreply@sooplive.co.kr"}, name_from=ew("SOOP 고객센터"),
     subject=ew("[SOOP 고객센터] 신고가 접수되었습니다 (#SQ-240906-00871)"),
     body=f"""안녕하세요, SOOP 고객센터입니다.

신고가 정상적으로 접수되었습니다.

접수번호: #SQ-240906-00871
관련 요청: KCSC-240906-04
접수 내용:
 - {S[1]}
 - {S[2]}

담당자 확인 후 처리 결과를 메일로 안내드리겠습니다(영업일 기준 3~5일 소요).
본 메일은 발신 전용입니다.""",
     outcome="ignored", classification="acknowledgement",
     imitates="Help-desk ticket receipt (접수번호) echoing the reported URLs",
     why="A pure receipt: ticket created, result to follow; the echoed URLs have no status.",
     items=pend(S, [1, 2]))

case(name="fmk-ooo-english", date="Thu, 12 Sep 2024 08:30:15 +0900",
     **{"from": "legal@fmkorea.com"}, name_from="FMKorea Legal",
     subject="Automatic reply: [KCSC-240910-06] Request for removal",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""Thank you for your email.

I am out of the office until Monday, 23 September 2024, with limited access
to email. For urgent matters please contact admin@fmkorea.com.

Best regards,
FMKorea Legal""",
     outcome="ignored", classification="auto_reply",
     imitates="English Outlook 'Automatic reply' out-of-office",
     why="An out-of-office auto-reply.")

case(name="inven-helpdesk-autoack", date="Fri, 13 Sep 2024 09:00:02 +0900",
     **{"from": "help@inven.co.kr"}, name_from=ew("인벤 고객지원"),
     subject=ew("[인벤] 문의가 접수되었습니다"),
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""안녕하세요, 인벤 고객지원센터입니다.

문의하신 내용이 정상적으로 접수되었습니다.
접수번호: INV-0913-4471

답변은 영업일 기준 2일 이내에 등록하신 메일 주소로 보내드립니다.
(운영시간: 평일 10:00~18:00, 주말 및 공휴일 휴무)""",
     outcome="ignored", classification="acknowledgement",
     imitates="Game-community help-desk automatic ticket receipt",
     why="A receipt naming no item and no request.")

case(name="daum-ticket-receipt", date="Thu, 05 Sep 2024 09:45:12 +0900",
     **{"from": "cs-noreply@kakaocorp.com"}, name_from=ew("카카오 고객센터"),
     subject=ew("[카카오 고객센터] 문의 접수 안내"),
     body="""안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 아래와 같이 접수되었습니다.

문의번호: 2409-77125
문의 제목: [KCSC-240905-03] 개인정보 노출 게시물 조치 요청
접수 일시: 2024-09-05 09:44

답변은 순차적으로 진행되며, 문의량에 따라 다소 지연될 수 있습니다.""",
     outcome="ignored", classification="acknowledgement",
     imitates="Kakao customer-centre ticket receipt echoing the request's subject",
     why="A pure acknowledgement: ticket number and a wait, no statement about any item.")


HEADER = """# Blind set 951 (focus: Korean portals and community sites, mixed
# Korean/English, doubtful and ignorable mail). Written by make.py; expected
# results written from each email's meaning before any run of the reader."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(f"{len(CASES)} cases")
