#!/usr/bin/env python3
"""Blind set 837: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Inven, Clien, FM Korea, Nate), Korean and English mixed,
with the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind837/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the email's meaning alone, before any run
of the reader. All names, URLs and ids are fictional.
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
N = {
    1: "https://blog.naver.com/haneul_sketch/223561840127",
    2: "https://blog.naver.com/haneul_sketch/223561840955",
    3: "https://blog.naver.com/gureum_diary88/223549017734",
    4: "https://cafe.naver.com/dalbitmarket/1048823",
    5: "https://cafe.naver.com/dalbitmarket/1048871",
    6: "https://cafe.naver.com/juniorstockclub/77312",
    7: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471120934",
    8: "https://blog.naver.com/PostView.naver?blogId=sol_yeoul&logNo=223570011842",
    9: "https://cafe.naver.com/dalbitmarket/1049002",
    10: "https://blog.naver.com/gureum_diary88/223550388120",
    11: "https://tv.naver.com/v/58812044",
    12: "https://cafe.naver.com/juniorstockclub/77390",
}
D = {
    1: "https://cafe.daum.net/bbomtoktok/Fh3K/2281",
    2: "https://cafe.daum.net/bbomtoktok/Fh3K/2290",
    3: "https://cafe.daum.net/sunset-rally/R9xa/514",
    4: "https://cafe.daum.net/sunset-rally/R9xa/530",
}
C = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912045",
    2: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912388",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk7&no=661203",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk7&no=661377",
    5: "https://gall.dcinside.com/mini/board/view/?id=moonlit_bar&no=4410",
}
S = {
    1: "https://vod.sooplive.co.kr/player/131884520",
    2: "https://vod.sooplive.co.kr/player/131890077",
    3: "https://ch.sooplive.co.kr/nightowl_tv",
}
I = {
    1: "https://www.inven.co.kr/board/lostark/4821/2290114",
    2: "https://www.inven.co.kr/board/maple/5974/881203",
}
L = {1: "https://www.clien.net/service/board/park/18820457"}
F = {
    1: "https://www.fmkorea.com/7418823051",
    2: "https://www.fmkorea.com/7418830112",
    3: "https://www.fmkorea.com/index.php?mid=hotdeal&document_srl=7419002214",
}

REQUESTS = [
    # ref, platform, sent, due, urls, category, msgid, note
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     [N[i] for i in range(1, 13)], "gambling", "req-240903-01@kcsc.example",
     "불법 도박 홍보 게시물 (블로그·카페·지식iN·TV)"),
    ("KCSC-240905-02", "daum", "2024-09-05T14:30:00+09:00", "2024-09-12T23:59:59+09:00",
     [D[i] for i in range(1, 5)], "privacy", "req-240905-02@kcsc.example", "개인정보 노출 카페 게시물"),
    ("KCSC-240906-03", "dcinside", "2024-09-06T09:15:00+09:00", "2024-09-13T23:59:59+09:00",
     [C[i] for i in range(1, 6)], "fraud", "req-240906-03@kcsc.example", "리딩방 사기 홍보 갤러리 게시물"),
    ("KCSC-240910-04", "soop", "2024-09-10T11:00:00+09:00", "2024-09-19T23:59:59+09:00",
     [S[i] for i in range(1, 4)], "obscenity", "req-240910-04@kcsc.example", "VOD 2건, 방송국 1건"),
    ("KCSC-240911-05", "inven", "2024-09-11T16:40:00+09:00", "2024-09-19T23:59:59+09:00",
     [I[i] for i in range(1, 3)], "drugs", "req-240911-05@kcsc.example", ""),
    ("KCSC-240912-06", "clien", "2024-09-12T10:20:00+09:00", "2024-09-19T23:59:59+09:00",
     [L[1]], "defamation", "req-240912-06@kcsc.example", "단일 게시물"),
    ("KCSC-240913-07", "fmkorea", "2024-09-13T13:05:00+09:00", "2024-09-20T23:59:59+09:00",
     [F[i] for i in range(1, 4)], "gambling", "req-240913-07@kcsc.example", ""),
]
REQ_URLS = {r[0]: r[4] for r in REQUESTS}
REQ_MID = {r[0]: r[6].split("@")[0] for r in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
REQ_DATE = {
    "KCSC-240903-01": ("2024년 9월 3일 (화) 오전 10:00", "Tue, 3 Sep 2024 at 10:00"),
    "KCSC-240905-02": ("2024년 9월 5일 (목) 오후 2:30", "Thu, 5 Sep 2024 at 14:30"),
    "KCSC-240906-03": ("2024년 9월 6일 (금) 오전 9:15", "Fri, 6 Sep 2024 at 09:15"),
    "KCSC-240910-04": ("2024년 9월 10일 (화) 오전 11:00", "Tue, 10 Sep 2024 at 11:00"),
    "KCSC-240911-05": ("2024년 9월 11일 (수) 오후 4:40", "Wed, 11 Sep 2024 at 16:40"),
    "KCSC-240912-06": ("2024년 9월 12일 (목) 오전 10:20", "Thu, 12 Sep 2024 at 10:20"),
    "KCSC-240913-07": ("2024년 9월 13일 (금) 오후 1:05", "Fri, 13 Sep 2024 at 13:05"),
}


def request_text(ref):
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의국입니다.",
        "",
        f"아래 정보에 대하여 시정요구(삭제 또는 접속차단)를 하오니 조치 후 결과를 회신하여 주시기 바랍니다.",
        f"요청번호: {ref}",
        "",
    ]
    for i, u in enumerate(REQ_URLS[ref], 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 통신심의국 드림", "takedown@kcsc.example"]
    return lines


def quoted(ref, style="gmail_ko"):
    body = request_text(ref)
    ko, en = REQ_DATE[ref]
    if style == "gmail_ko":
        head = f"{ko}, KCSC Takedown <takedown@kcsc.example>님이 작성:"
        return head + "\n" + "\n".join(("> " + l).rstrip() for l in body)
    if style == "gmail_en":
        head = f"On {en}, KCSC Takedown <takedown@kcsc.example> wrote:"
        return head + "\n" + "\n".join(("> " + l).rstrip() for l in body)
    if style == "outlook":
        head = (
            "-----Original Message-----\n"
            "From: KCSC Takedown <takedown@kcsc.example>\n"
            f"Sent: {en}\n"
            "To: right@kakaocorp.com\n"
            f"Subject: [{ref}] 시정요구 안내"
        )
        return head + "\n\n" + "\n".join(body)
    raise ValueError(style)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def d(day, hm, sec="00"):
    wd = {3: "Tue", 4: "Wed", 5: "Thu", 6: "Fri", 7: "Sat", 8: "Sun", 9: "Mon", 10: "Tue",
          11: "Wed", 12: "Thu", 13: "Fri", 14: "Sat", 15: "Sun", 16: "Mon", 17: "Tue",
          18: "Wed", 19: "Thu"}[day]
    return f"{wd}, {day:02d} Sep 2024 {hm}:{sec} +0900"


NAVER_SIG = """NAVER 권리보호센터 / 게시중단 요청 담당
네이버 주식회사 | 경기도 성남시 분당구 (가상 주소)
본 메일은 발신전용이 아니며, 회신 시 요청번호를 유지해 주시기 바랍니다."""

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED

case(
    name="naver-kcsc-result-table-html",
    **{"from": "rights-report@navercorp.com"}, name_from="NAVER 권리보호센터",
    date=d(6, "17:42", "11"), subject="[KCSC-240903-01] 시정요구 조치결과 회신 (1차)",
    reply_to_req=REQ_MID["KCSC-240903-01"], type="html",
    body=f"""<html><body style="font-family:'Nanum Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 담당자님께,</p>
<p>요청번호 <b>KCSC-240903-01</b> 건에 대한 1차 조치결과를 아래와 같이 회신드립니다.
나머지 게시물은 검토가 끝나는 대로 별도 메일로 안내드리겠습니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>No</th><th>대상 URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>2024.09.05 처리</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>삭제</td><td>2024.09.05 처리</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>임시조치</td><td>30일간 게시중단</td></tr>
<tr><td>4</td><td>{N[4]}</td><td>블라인드</td><td>카페 게시글 블라인드</td></tr>
<tr><td>5</td><td>{N[5]}</td><td>조치불가</td><td>게시물 없음(작성자가 이미 삭제)</td></tr>
<tr><td>6</td><td>{N[6]}</td><td>삭제</td><td>-</td></tr>
<tr><td>7</td><td>{N[7].replace("&", "&amp;")}</td><td>유지</td><td>운영정책 위반사항 없음(도박 홍보로 보기 어려운 일반 질문)</td></tr>
<tr><td>8</td><td>{N[8].replace("&", "&amp;")}</td><td>비공개 처리</td><td>-</td></tr>
</table>
<p>조치 기준은 <a href="https://policy.naver.com/policy/service_group.html">네이버 운영정책</a>을 참고해 주십시오.</p>
<p>감사합니다.<br>NAVER 권리보호센터 드림</p>
</body></html>""",
    outcome="applied",
    imitates="NAVER reply to a KCSC 시정요구 with a 조치결과 table (삭제/임시조치/블라인드/유지)",
    why="Eight requested URLs each with its own result; 임시조치 is restricted, 작성자 삭제 is not_found, 유지 with reason is rejected; the policy link is not an item.",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "removed",
           N[5]: "not_found", N[6]: "removed", N[7]: "rejected", N[8]: "removed"},
)

case(
    name="naver-korean-numbered-list-second-batch",
    **{"from": "rights-report@navercorp.com"}, name_from="NAVER 권리보호센터",
    date=d(9, "11:05", "40"), subject="RE: [KCSC-240903-01] 시정요구 조치결과 회신 (2차)",
    reply_to_req=REQ_MID["KCSC-240903-01"],
    body=f"""안녕하세요, NAVER 권리보호센터입니다.

KCSC-240903-01 요청 중 1차 회신에서 빠진 게시물의 처리 결과를 안내드립니다.

1) {N[9]}
   - 게시중단 처리 완료 (카페 운영원칙 위반: 불법 도박 사이트 홍보)
2) {N[10]}
   - 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.
3) {N[11]}
   - 영상은 청소년 이용불가(19세) 설정으로 연령 제한 조치하였습니다.
4) {N[12]}
   - 검토 결과 도박 홍보가 아닌 주식 관련 일반 토론 글로 확인되어 게시를 유지합니다.

이의가 있으시면 회신 주시기 바랍니다.

{NAVER_SIG}""",
    outcome="applied",
    imitates="NAVER second-batch 조치결과 notice, numbered list with result on the line below each URL",
    why="Four URLs, each followed by an unhedged result: 게시중단 (removed), already deleted by author (not_found), 19세 age limit (restricted), kept as no violation (rejected).",
    items={N[9]: "removed", N[10]: "not_found", N[11]: "restricted", N[12]: "rejected"},
)

case(
    name="naver-english-topposted-over-request",
    **{"from": "j.park@navercorp.com"}, name_from="Jiwon Park (NAVER Trust & Safety)",
    date=d(5, "09:12", "03"), subject="Re: [KCSC-240903-01] 시정요구 안내",
    reply_to_req=REQ_MID["KCSC-240903-01"],
    body=f"""Dear KCSC team,

Quick update on your request KCSC-240903-01 while the Korean team finishes the rest:

- {N[3]} : deleted by our Trust & Safety team yesterday (gambling promotion).
- {N[6]} : the post was removed and the cafe member was suspended.

The other links are still with the cafe operations team; you will get their
result separately.

Best regards,
Jiwon Park
Trust & Safety, NAVER Corp.

{quoted("KCSC-240903-01", "gmail_en")}""",
    outcome="applied",
    imitates="English-speaking trust-and-safety staff reply top-posted over the quoted Korean request",
    why="Only the two URLs in the top part are stated as removed; the quoted request below 'wrote:' lists all twelve and states nothing.",
    items={N[3]: "removed", N[6]: "removed"},
)

CSV_NAVER = (
    "\ufeff요청번호,URL,처리결과,처리일자\n"
    f"KCSC-240903-01,{N[1]},삭제,2024-09-05\n"
    f"KCSC-240903-01,{N[2]},임시조치(30일),2024-09-05\n"
    f"KCSC-240903-01,{N[4]},게시물 없음,2024-09-05\n"
)
case(
    name="naver-csv-attachment",
    **{"from": "noreply-right@navercorp.com"}, name_from="NAVER 게시중단요청서비스",
    date=d(5, "18:30", "27"), subject="[네이버] 요청번호 KCSC-240903-01 처리결과 첨부",
    reply_to_req=REQ_MID["KCSC-240903-01"],
    raw_mime=f"""Content-Type: multipart/mixed; boundary="==nvr_2409051830=="

--==nvr_2409051830==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 게시중단요청서비스입니다.

요청하신 건 중 처리가 완료된 게시물의 결과를 첨부 파일(CSV)로 보내드립니다.
첨부 파일에 없는 게시물은 아직 처리 중입니다.

네이버 게시중단요청서비스 드림

--==nvr_2409051830==
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(CSV_NAVER)}
--==nvr_2409051830==--
""",
    outcome="applied",
    imitates="NAVER 게시중단요청서비스 result sent as a CSV attachment (Excel-style UTF-8 BOM)",
    why="The CSV rows give one result per URL: 삭제 removed, 임시조치 restricted, 게시물 없음 not_found; the body says the rest is still in progress.",
    items={N[1]: "removed", N[2]: "restricted", N[4]: "not_found"},
)

case(
    name="naver-qp-temporary-measure",
    **{"from": "rights-report@navercorp.com"}, name_from="NAVER 권리보호센터",
    date=d(4, "15:48", "52"), subject="[KCSC-240903-01] 임시조치 안내",
    reply_to_req=REQ_MID["KCSC-240903-01"],
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요, NAVER 권리보호센터입니다.

요청번호 KCSC-240903-01 관련하여 아래 카페 게시글 1건은 정보통신망법 제44조의2에 따라 임시조치(30일간 접근 차단)하였습니다.

{N[5]}

해당 기간 내 게시자의 재게시 요청이 없으면 게시물은 삭제됩니다. 나머지 게시물은 검토 중입니다.

{NAVER_SIG}''')}
""",
    outcome="applied",
    imitates="NAVER 임시조치 notice (정보통신망법 44조의2, 30일 접근 차단), quoted-printable Korean body",
    why="One named URL is stated as 임시조치 done (restricted); the later deletion is conditional and does not change that; 'others under review' names nothing.",
    items={N[5]: "restricted"},
)

case(
    name="naver-echoed-report-fields",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date=d(10, "10:02", "18"), subject="[네이버 고객센터] 신고하신 게시물 처리 결과 안내",
    body=f"""안녕하세요. 네이버 고객센터입니다.
신고해 주신 내용의 처리 결과를 안내해 드립니다.

━━━━━━━━━━━━━━━━━━━━
■ 신고 번호 : KCSC-240903-01
■ 신고 URL  : {N[8]}
■ 신고 사유 : 불법 도박 사이트 홍보
■ 처리 결과 : 삭제
━━━━━━━━━━━━━━━━━━━━
■ 신고 URL  : {N[7]}
■ 신고 사유 : 불법 도박 사이트 홍보
■ 처리 결과 : 게시 유지 (질문 내용에 홍보 링크나 연락처가 없어 운영정책 위반으로 보기 어렵습니다)
━━━━━━━━━━━━━━━━━━━━

처리 결과에 대한 문의는 고객센터(https://help.naver.com)로 해 주세요.
감사합니다.""",
    outcome="applied",
    imitates="네이버 고객센터 '신고하신 게시물 처리 결과' notice echoing the report's fields",
    why="Each echoed block pairs a requested URL with its 처리 결과: 삭제 (removed) and 게시 유지 with a reason (rejected); the help-centre link is not an item.",
    items={N[8]: "removed", N[7]: "rejected"},
)

case(
    name="naver-url-below-statement-english",
    **{"from": "legal-kr@navercorp.com"}, name_from="NAVER Legal",
    date=d(11, "14:20", "09"), subject="Re: [KCSC-240903-01] follow-up",
    reply_to_req=REQ_MID["KCSC-240903-01"],
    body=f"""Hello,

Following your reminder, here is the outcome for two posts of KCSC-240903-01.

The following blog post was taken down for promoting an illegal gambling site:
{N[10]}

The following cafe post was reviewed and remains available, as it does not
violate our operating policy (it discusses listed stocks, not gambling):
{N[12]}

Regards,
NAVER Legal Team""",
    outcome="applied",
    imitates="NAVER legal team English reply, each statement followed by its URL on the next line",
    why="Each statement ends with ':' and its URL stands on the line below: taken down (removed), remains available with a reason (rejected).",
    items={N[10]: "removed", N[12]: "rejected"},
)

case(
    name="naver-tv-age-gate-english",
    **{"from": "tv-ops@navercorp.com"}, name_from="NAVER TV Operations",
    date=d(6, "20:11", "45"), subject="[KCSC-240903-01] NAVER TV clip – action taken",
    reply_to_req=REQ_MID["KCSC-240903-01"],
    body=f"""Dear Sir or Madam,

Regarding the NAVER TV clip in your request KCSC-240903-01
({N[11]}), we have age-restricted the clip:
it can now be viewed only by logged-in users verified as 19 or older.
The channel owner has been notified.

Statement of reasons: the clip contains promotional references to
online betting, which our Community Guidelines limit to adult audiences.

NAVER TV Operations""",
    outcome="applied",
    imitates="NAVER TV operations notice of an age restriction, statement-of-reasons style",
    why="The clip URL (in parentheses) is stated as age-restricted: restricted.",
    items={N[11]: "restricted"},
)

case(
    name="naver-wrapped-url-in-angle-brackets",
    **{"from": "j.park@navercorp.com"}, name_from="Jiwon Park (NAVER Trust & Safety)",
    date=d(12, "09:44", "30"), subject="Re: [KCSC-240903-01] 지식iN 게시물",
    reply_to_req=REQ_MID["KCSC-240903-01"],
    body="""Hello again,

After a second look following your objection, the 지식iN question
<https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&
docId=471120934> has now been deleted; the answer thread contained a
betting-site contact that we had missed.

Best regards,
Jiwon Park
Trust & Safety, NAVER Corp.""",
    outcome="applied",
    imitates="Plain-text staff mail with a long URL wrapped inside angle brackets (RFC 3986 appendix C style)",
    why="The bracketed URL is wrapped over two lines; joined it is the requested 지식iN item, stated deleted.",
    items={N[7]: "removed"},
)

case(
    name="daum-cafe-url-then-status",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date=d(9, "13:37", "02"), subject="[Daum] KCSC-240905-02 게시물 처리 결과 안내",
    reply_to_req=REQ_MID["KCSC-240905-02"],
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.
요청번호 KCSC-240905-02로 접수된 Daum 카페 게시물의 처리 결과를 알려드립니다.

{D[1]}
→ 블라인드 처리 (개인정보 노출)

{D[2]}
→ 삭제 처리

{D[3]}
→ 조치 불가: 게시물에 노출된 연락처가 업체 대표번호로 개인정보에 해당하지 않아 게시를 유지합니다.

{D[4]}
→ 해당 게시물이 존재하지 않습니다. (카페 매니저가 이미 삭제)

카카오 운영정책: https://www.kakao.com/policy/oppolicy
감사합니다.""",
    outcome="applied",
    imitates="카카오 권리침해신고센터 result notice for Daum cafe posts, status on the line below each URL",
    why="Four URLs with their result below: 블라인드 removed, 삭제 removed, kept with reason rejected, does not exist not_found.",
    items={D[1]: "removed", D[2]: "removed", D[3]: "rejected", D[4]: "not_found"},
)

case(
    name="daum-english-mixed",
    **{"from": "safety@kakaocorp.com"}, name_from="Kakao Safety",
    date=d(10, "16:05", "55"), subject="Re: [KCSC-240905-02] 시정요구 안내",
    reply_to_req=REQ_MID["KCSC-240905-02"],
    body=f"""Dear KCSC,

Thank you for your request. Our review of KCSC-240905-02 is complete for two posts:

1. {D[2]} — removed. The post exposed a third party's phone number and address.
2. {D[3]} — no action. The number shown is a shop's public business line, so it
   is not personal information under our Operating Policy.

Kind regards,
Kakao Safety Team

{quoted("KCSC-240905-02", "gmail_en")}""",
    outcome="applied",
    imitates="Kakao Safety English reply (DSA-like outcome per item) top-posted over the request",
    why="Two numbered items: removed, and 'no action' with a reason (rejected); the quoted request states nothing.",
    items={D[2]: "removed", D[3]: "rejected"},
)

case(
    name="daum-outlook-topposted",
    **{"from": "minsu.kang@kakaocorp.com"}, name_from="강민수 (카카오)",
    date=d(6, "10:58", "14"), subject="RE: [KCSC-240905-02] 시정요구 안내",
    reply_to_req=REQ_MID["KCSC-240905-02"],
    body=f"""안녕하세요, 카카오 강민수입니다.

4번 게시물({D[4]})은 확인해 보니 카페 매니저가 이미 삭제한 글이라 조회되지 않습니다.
나머지 3건은 담당 부서에서 검토 후 회신드리겠습니다.

강민수 드림
카카오 권리침해대응팀

{quoted("KCSC-240905-02", "outlook")}""",
    outcome="applied",
    imitates="Outlook-style top-posted reply over '-----Original Message-----' with the Korean request",
    why="Only item 4 is spoken about (already deleted by the cafe manager, cannot be viewed: not_found); the rest is a promise; the quoted request is not a statement.",
    items={D[4]: "not_found"},
)

CSV_DAUM = (
    "URL,처리결과,처리일시\n"
    f"{D[1]},삭제,2024-09-11 10:12\n"
    f"{D[2]},삭제,2024-09-11 10:12\n"
    f"{D[3]},게시물 없음,2024-09-11 10:15\n"
    f"{D[4]},블라인드,2024-09-11 10:16\n"
)
case(
    name="daum-csv-attachment",
    **{"from": "noreply@daum.net"}, name_from="Daum 고객센터",
    date=d(11, "10:30", "00"), subject="[Daum] 권리침해 신고 처리결과 (KCSC-240905-02)",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_Part_88120_1474"

------=_Part_88120_1474
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''<html><body><p>안녕하세요, Daum 고객센터입니다.</p>
<p>신고번호 KCSC-240905-02의 처리결과를 첨부 파일로 보내드립니다.</p>
<p>본 메일은 발신 전용입니다. 문의는 <a href="https://cs.daum.net">Daum 고객센터</a>를 이용해 주세요.</p>
</body></html>''')}
------=_Part_88120_1474
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240905-02.csv"
Content-Disposition: attachment; filename="result_KCSC-240905-02.csv"
Content-Transfer-Encoding: base64

{b64(CSV_DAUM)}
------=_Part_88120_1474--
""",
    outcome="applied",
    imitates="Daum 고객센터 no-reply notice with a base64 HTML body and the results in a CSV attachment",
    why="The CSV gives each of the four URLs a result: 삭제 removed, 게시물 없음 not_found, 블라인드 removed.",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "removed"},
)

case(
    name="dc-operator-korean-particles",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d(9, "19:21", "37"), subject="[디시인사이드] 시정요구(KCSC-240906-03) 처리 결과",
    reply_to_req=REQ_MID["KCSC-240906-03"],
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

귀 위원회에서 요청하신 KCSC-240906-03 건을 아래와 같이 처리하였습니다.

- 주식 갤러리 게시물 {C[1]}、{C[2]} 두 건은 운영자 삭제 처리하였고 작성자 IP를 차단하였습니다.
- 마이너 갤러리 게시물({C[3]})은 작성자가 이미 스스로 삭제한 상태여서 확인되지 않습니다.
- {C[4]} 게시물은 운영자 삭제하였습니다.
- 미니 갤러리 {C[5]} 의 경우, 매니저와 함께 확인한 결과 리딩방 홍보가 아닌 후기 글이어서 삭제하지 않았습니다.

감사합니다.
디시인사이드 운영팀 드림""",
    outcome="applied",
    imitates="DC Inside 운영팀 reply in Korean prose with URLs followed by full-width punctuation and particles",
    why="운영자 삭제 for items 1, 2, 4 (removed); item 3 deleted by its author (not_found); item 5 not deleted with a reason (rejected).",
    items={C[1]: "removed", C[2]: "removed", C[3]: "not_found", C[4]: "removed", C[5]: "rejected"},
)

case(
    name="dc-english-short",
    **{"from": "global@dcinside.com"}, name_from="DCInside Global Support",
    date=d(8, "22:03", "11"), subject="Re: [KCSC-240906-03] request",
    reply_to_req=REQ_MID["KCSC-240906-03"],
    body=f"""Hi,

{C[2]} - deleted by admin.
{C[5]} - deleted by the gallery manager at our request.

Thanks,
DCInside Global Support""",
    outcome="applied",
    imitates="Terse English reply from a community site's support desk, one line per URL",
    why="Two requested URLs each followed by 'deleted': removed.",
    items={C[2]: "removed", C[5]: "removed"},
)

DC_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<div style="border-top:3px solid #3b4890;padding:10px">
<p><b>디시인사이드</b> 게시물 처리 안내</p>
<p>요청번호 KCSC-240906-03 중 아래 게시물은 운영자에 의해 삭제되었습니다.</p>
<ul>
<li><a href="{C[1].replace('&', '&amp;')}">{C[1].replace('&', '&amp;')}</a></li>
<li><a href="{C[4].replace('&', '&amp;')}">{C[4].replace('&', '&amp;')}</a></li>
</ul>
<p>나머지 게시물은 갤러리 매니저 확인 후 회신드리겠습니다.</p>
<p style="color:#888">디시인사이드 | <a href="https://www.dcinside.com/policy">이용약관</a></p>
</div></body></html>"""
case(
    name="dc-base64-html-list",
    **{"from": "noreply@dcinside.com"}, name_from="디시인사이드",
    date=d(7, "12:40", "20"), subject="[디시인사이드] 게시물 처리 안내",
    reply_to_req=REQ_MID["KCSC-240906-03"],
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(DC_HTML)}
""",
    outcome="applied",
    imitates="DC Inside HTML notice (base64) with a bulleted list under one 'deleted by the operator' sentence",
    why="One sentence states the listed posts were deleted by the operator; both listed URLs are removed; the rest is a promise.",
    items={C[1]: "removed", C[4]: "removed"},
)

case(
    name="soop-vod-age-channel",
    **{"from": "policy@sooplive.co.kr"}, name_from="SOOP 정책팀",
    date=d(12, "18:16", "08"), subject="[SOOP] KCSC-240910-04 시정요구 조치 결과",
    reply_to_req=REQ_MID["KCSC-240910-04"],
    body=f"""안녕하세요, SOOP 정책팀입니다. (English below)

1. {S[1]} : VOD 삭제 완료
2. {S[2]} : 19세 이상 시청 가능(연령 제한) 설정
3. {S[3]} : 해당 방송국은 운영정책 위반 누적으로 영구 이용정지되어 더 이상 접근할 수 없습니다.

[English]
1. VOD deleted. 2. Age-restricted (19+). 3. Channel permanently suspended; no longer accessible.

SOOP Policy Team
https://www.sooplive.co.kr/policy""",
    outcome="applied",
    imitates="SOOP (formerly AfreecaTV) 정책팀 bilingual result: VOD deletion, 19+ restriction, station suspension",
    why="Item 1 deleted (removed), item 2 age-restricted (restricted), item 3 the station is suspended and no longer accessible (removed).",
    items={S[1]: "removed", S[2]: "restricted", S[3]: "removed"},
)

case(
    name="soop-html-table-english",
    **{"from": "trust@sooplive.com"}, name_from="SOOP Trust & Safety",
    date=d(11, "09:30", "41"), subject="Your request KCSC-240910-04 – outcome",
    reply_to_req=REQ_MID["KCSC-240910-04"],
    raw_mime=f"""Content-Type: multipart/alternative; boundary="soop-alt-5521"

--soop-alt-5521
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Outcome of request KCSC-240910-04:
{S[1]}  Removed
{S[2]}  Not found - the VOD had already been deleted by the streamer before our review
The channel is still under review.

--soop-alt-5521
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body>
<p>Outcome of request <b>KCSC-240910-04</b>:</p>
<table border="1" cellpadding="3">
<tr><th>Content</th><th>Outcome</th></tr>
<tr><td>{S[1]}</td><td>Removed</td></tr>
<tr><td>{S[2]}</td><td>Not found &ndash; the VOD had already been deleted by the streamer before our review</td></tr>
</table>
<p>The channel is still under review.</p>
</body></html>
--soop-alt-5521--
""",
    outcome="applied",
    imitates="SOOP Trust & Safety English outcome table (multipart/alternative text + HTML)",
    why="VOD 1 removed; VOD 2 already deleted by the streamer (not_found); 'the channel is still under review' names no URL and leaves item 3 pending.",
    items={S[1]: "removed", S[2]: "not_found"},
)

case(
    name="soop-receipt-plus-result",
    **{"from": "help@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date=d(10, "15:02", "33"), subject="[SOOP 고객센터] 문의하신 내용에 대한 답변입니다",
    reply_to_req=REQ_MID["KCSC-240910-04"],
    body=f"""안녕하세요, SOOP 고객센터입니다.
보내주신 시정요구(KCSC-240910-04)가 접수되었습니다. (접수번호 SP-0910-44712)

우선 확인된 건을 안내드립니다.
{S[1]} 영상은 운영정책 위반으로 삭제 처리되었습니다.

나머지 건은 확인 후 다시 안내드리겠습니다.
감사합니다.""",
    outcome="applied",
    imitates="SOOP 고객센터 receipt that also carries a first result",
    why="An acknowledgement phrase plus an unhedged statement that VOD 1 was deleted: not a pure acknowledgement; VOD 1 removed.",
    items={S[1]: "removed"},
)

case(
    name="inven-korean-mixed",
    **{"from": "cs@inven.co.kr"}, name_from="인벤 고객지원",
    date=d(13, "17:50", "26"), subject="[인벤] KCSC-240911-05 게시물 처리 결과",
    reply_to_req=REQ_MID["KCSC-240911-05"],
    body=f"""안녕하세요, 인벤 고객지원팀입니다.

요청하신 게시물 2건을 확인하였습니다.

■ 로스트아크 인벤 자유게시판
  {I[1]}
  → 불법 약물 거래 유도 게시물로 확인되어 삭제하였습니다.

■ 메이플스토리 인벤 게시판
  {I[2]}
  → 게임 내 아이템 명칭(‘물약’)을 언급한 글로 약물 거래와 무관하여 삭제하지 않았습니다.

감사합니다.
인벤 고객지원팀""",
    outcome="applied",
    imitates="Inven 고객지원 reply with board headings and indented results",
    why="Item 1 deleted (removed); item 2 not deleted with a reason (rejected).",
    items={I[1]: "removed", I[2]: "rejected"},
)

case(
    name="inven-english-single",
    **{"from": "global@inven.co.kr"}, name_from="INVEN Global",
    date=d(16, "11:11", "11"), subject="Re: [KCSC-240911-05] removal request",
    reply_to_req=REQ_MID["KCSC-240911-05"],
    body=f"""Hello,

Our moderators have deleted the MapleStory board post you reported
({I[2]}) after the author edited it to add a
contact for selling prescription drugs.

INVEN Global Team

{quoted("KCSC-240911-05", "gmail_en")}""",
    outcome="applied",
    imitates="INVEN Global English moderator reply over a Gmail-quoted request",
    why="Item 2 named in parentheses and stated deleted (removed); item 1 appears only in the quoted request.",
    items={I[2]: "removed"},
)

case(
    name="clien-sole-no-url",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    date=d(13, "08:47", "19"), subject="Re: [KCSC-240912-06] 시정요구 안내",
    reply_to_req=REQ_MID["KCSC-240912-06"],
    body="""안녕하세요, 클리앙 운영진입니다.

요청하신 모두의공원 게시물은 확인 후 삭제 조치하였습니다.
작성자에게는 이용규칙 위반 안내와 함께 30일 이용 제한을 적용하였습니다.

클리앙 운영진 드림""",
    outcome="applied",
    imitates="Clien 운영진 short reply naming no URL, to a one-item request",
    why="Reply to the one-item request KCSC-240912-06 stating the requested post was deleted: the sole statement applies to its only item.",
    items={L[1]: "removed"},
)

case(
    name="clien-fullwidth-author-deleted",
    **{"from": "report@clien.net"}, name_from="Clien",
    date=d(14, "13:26", "50"), subject="[클리앙] 신고 처리 결과 안내 (KCSC-240912-06)",
    body=f"""클리앙입니다.

신고하신 게시물（{L[1]}）은 작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다。
별도의 조치는 필요하지 않은 것으로 판단됩니다。

감사합니다.""",
    outcome="applied",
    imitates="Clien 신고 처리 결과 notice with the URL in full-width parentheses and full-width stops",
    why="The URL inside full-width parentheses is stated already deleted by its author and no longer existing: not_found.",
    items={L[1]: "not_found"},
)

case(
    name="fmkorea-gmail-quoted-korean",
    **{"from": "report@fmkorea.com"}, name_from="에펨코리아 운영팀",
    date=d(16, "14:09", "02"), subject="Re: [KCSC-240913-07] 시정요구 안내",
    reply_to_req=REQ_MID["KCSC-240913-07"],
    body=f"""안녕하세요, 에펨코리아 운영팀입니다.

1번 게시물은 삭제 처리했습니다.
2번 게시물은 스포츠 경기 결과 토론글로 도박 홍보 요소가 없어 유지합니다.
3번 핫딜 게시물은 블라인드 처리했습니다.

요청 목록을 아래에 그대로 첨부합니다.
- {F[1]} : 삭제
- {F[2]} : 유지
- {F[3]} : 블라인드

에펨코리아 운영팀

{quoted("KCSC-240913-07", "gmail_ko")}""",
    outcome="applied",
    imitates="FM Korea 운영팀 reply above a Korean Gmail quote ('…님이 작성:'), results repeated per URL",
    why="Each URL with its result: 삭제 removed, 유지 with a reason rejected, 블라인드 removed; the quoted request below '작성:' states nothing.",
    items={F[1]: "removed", F[2]: "rejected", F[3]: "removed"},
)

case(
    name="fmkorea-angle-brackets",
    **{"from": "admin@fmkorea.com"}, name_from="FM Korea Admin",
    date=d(17, "10:40", "48"), subject="[KCSC-240913-07] 처리 결과",
    reply_to_req=REQ_MID["KCSC-240913-07"],
    body=f"""안녕하세요.

<{F[1]}> 은(는) 이미 삭제된 게시물로 조회되지 않습니다.
<{F[3]}> 은(는) 운영 규정 위반으로 삭제하였습니다.

FM Korea 관리자""",
    outcome="applied",
    imitates="FM Korea admin reply with URLs in angle brackets followed by the particle 은(는)",
    why="Item 1 already deleted, cannot be found (not_found); item 3 deleted for a rules violation (removed).",
    items={F[1]: "not_found", F[3]: "removed"},
)

# ================================================================ REVIEW

case(
    name="naver-promise-korean",
    **{"from": "rights-report@navercorp.com"}, name_from="NAVER 권리보호센터",
    date=d(4, "10:14", "07"), subject="[KCSC-240903-01] 요청 검토 안내",
    reply_to_req=REQ_MID["KCSC-240903-01"],
    body=f"""안녕하세요, NAVER 권리보호센터입니다.

요청하신 게시물 중 아래 블로그 게시물 2건은 담당 부서 검토 후 게시중단 조치될 예정입니다.
{N[1]}
{N[2]}

조치가 완료되면 다시 안내드리겠습니다.

{NAVER_SIG}""",
    outcome="review", review="not_understood",
    imitates="NAVER 'will be suspended after review' notice (promise, no result)",
    why="'조치될 예정' is a promise: both named items stay pending; names requested items but states nothing, so review.",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="daum-hedge-english",
    **{"from": "safety@kakaocorp.com"}, name_from="Kakao Safety",
    date=d(7, "11:26", "44"), subject="Re: [KCSC-240905-02] 시정요구 안내",
    reply_to_req=REQ_MID["KCSC-240905-02"],
    body=f"""Dear KCSC,

We looked at {D[2]} and it appears the post may
already have been taken down by the cafe manager, but we have not been able
to confirm this in our system yet. We will follow up once the cafe team
replies.

Kind regards,
Kakao Safety Team""",
    outcome="review", review="not_understood",
    imitates="Kakao Safety English hedge ('appears … may have been taken down, not confirmed')",
    why="'appears … may already have been taken down … not able to confirm' is a hedge, not a statement: item stays pending, review.",
    items={D[2]: "pending"},
)

case(
    name="inven-all-deleted-bulk",
    **{"from": "cs@inven.co.kr"}, name_from="인벤 고객지원",
    date=d(12, "16:33", "15"), subject="Re: [KCSC-240911-05] 시정요구 안내",
    reply_to_req=REQ_MID["KCSC-240911-05"],
    body="""안녕하세요, 인벤 고객지원팀입니다.

요청하신 게시물은 모두 확인 후 삭제 처리하였습니다.
협조 요청에 감사드립니다.

인벤 고객지원팀""",
    outcome="review", review="bulk",
    imitates="Inven one-line 'all requested posts deleted' reply",
    why="States removal of 'all requested posts' without naming them, for a two-item request: bulk, items pending.",
    items={I[1]: "pending", I[2]: "pending"},
)

case(
    name="dc-all-removed-english-bulk",
    **{"from": "global@dcinside.com"}, name_from="DCInside Global Support",
    date=d(10, "23:18", "29"), subject="Re: [KCSC-240906-03] request",
    reply_to_req=REQ_MID["KCSC-240906-03"],
    body=f"""Hi,

All of the reported posts have been deleted and the posters blocked.

Thanks,
DCInside Global Support

{quoted("KCSC-240906-03", "gmail_en")}""",
    outcome="review", review="bulk",
    imitates="Support-desk 'all reported content was removed' reply over the quoted request",
    why="A statement about all five items without naming each (the URLs are only in the quoted request): bulk, items pending.",
    items={C[i]: "pending" for i in range(1, 6)},
)

case(
    name="naver-forged-auth-fail",
    **{"from": "rights-report@navercorp.com"}, name_from="NAVER 권리보호센터", auth="fail",
    date=d(8, "03:12", "58"), subject="[KCSC-240903-01] 시정요구 조치결과 회신",
    body=f"""방송통신심의위원회 담당자님,

KCSC-240903-01 요청의 아래 게시물은 모두 삭제 처리되었습니다.
{N[1]} : 삭제
{N[4]} : 삭제
{N[9]} : 삭제

NAVER 권리보호센터""",
    outcome="review", review="untrusted",
    imitates="Mail in NAVER's notice format whose DKIM/SPF/DMARC fail",
    why="From navercorp.com but authentication fails: nothing applied, review untrusted.",
    items={N[1]: "pending", N[4]: "pending", N[9]: "pending"},
)

case(
    name="soop-lookalike-domain",
    **{"from": "policy@sooplive-help.com"}, name_from="SOOP 정책팀",
    date=d(13, "02:44", "17"), subject="[SOOP] KCSC-240910-04 처리 완료",
    body=f"""안녕하세요, SOOP 정책팀입니다.

{S[2]} 영상은 삭제 처리되었습니다.
{S[3]} 방송국은 이용정지되었습니다.

SOOP 정책팀""",
    outcome="review", review="unknown_sender",
    imitates="Result notice from a look-alike domain that is not SOOP's",
    why="sooplive-help.com is no platform's sender domain: review unknown_sender, nothing applied.",
    items={S[2]: "pending", S[3]: "pending"},
)

case(
    name="blogger-gmail-self-deleted",
    **{"from": "gureum.diary88@gmail.com"}, name_from="구름일기",
    date=d(6, "23:51", "03"), subject="블로그 글 삭제했습니다 (KCSC-240903-01)",
    body=f"""안녕하세요. 네이버 블로그 운영자입니다.
네이버에서 임시조치 안내를 받고 연락드립니다.

{N[3]} 글은 제가 직접 삭제했습니다.
{N[10]} 글도 오늘 지웠습니다.
도박 사이트와는 관계없는 사람이니 더 이상 문제 없도록 해 주시면 감사하겠습니다.""",
    outcome="review", review="unknown_sender",
    imitates="A blog author writing from a personal Gmail address that they deleted their posts",
    why="The author is not the platform: statements from an unknown sender about requested items go to review.",
    items={N[3]: "pending", N[10]: "pending"},
)

case(
    name="daum-about-naver-links",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date=d(4, "14:02", "21"), subject="Re: [KCSC-240903-01] 시정요구 안내",
    reply_to_req=REQ_MID["KCSC-240903-01"],
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

보내주신 요청의 게시물을 당사 서비스에서 확인하였으나 찾을 수 없었습니다.
{N[4]}
{N[5]}
위 주소는 네이버 카페 게시물로, 카카오(Daum)가 운영하는 서비스가 아닙니다.
네이버 측으로 요청해 주시기 바랍니다.

감사합니다.""",
    outcome="review", review="wrong_platform",
    imitates="Kakao reply to a request misdirected to it, saying NAVER cafe links are not on its service",
    why="Kakao speaks about NAVER items ('cannot find on our service'): a platform stating statuses for another platform's items goes to review, nothing applied.",
    items={N[4]: "pending", N[5]: "pending"},
)

case(
    name="nate-contact-change-no-claims",
    **{"from": "pann_report@skcomms.co.kr"}, name_from="SK커뮤니케이션즈 네이트",
    date=d(9, "09:00", "00"), subject="[네이트] 시정요구 수신 담당자 변경 안내",
    body="""방송통신심의위원회 담당자님께,

2024년 9월 23일부터 네이트 판·뉴스 댓글 관련 시정요구 회신 담당 부서가 변경됩니다.
향후 요청은 pann_report@skcomms.co.kr 로 보내주시기 바랍니다.
기존에 접수된 건은 종전 담당자가 끝까지 처리합니다.

SK커뮤니케이션즈 운영정책팀 드림""",
    outcome="review", review="no_claims",
    imitates="Nate (SK커뮤니케이션즈) notice of a change of contact address for 시정요구",
    why="Trusted platform mail that names no item and references no request: review no_claims.",
    items={},
)

case(
    name="fmkorea-conditional",
    **{"from": "report@fmkorea.com"}, name_from="에펨코리아 운영팀",
    date=d(14, "18:22", "40"), subject="Re: [KCSC-240913-07] 시정요구 안내",
    reply_to_req=REQ_MID["KCSC-240913-07"],
    body=f"""안녕하세요, 에펨코리아 운영팀입니다.

{F[2]} 게시물은 작성자에게 소명을 요청했습니다.
7일 이내에 소명이 없으면 삭제될 예정이며, 소명 내용에 따라 유지될 수도 있습니다.

에펨코리아 운영팀""",
    outcome="review", review="not_understood",
    imitates="FM Korea notice that a post will be deleted unless its author responds (condition)",
    why="Conditional future deletion ('will be deleted if no reply within 7 days'): no statement; item pending, review.",
    items={F[2]: "pending"},
)

case(
    name="soop-under-review",
    **{"from": "policy@sooplive.co.kr"}, name_from="SOOP 정책팀",
    date=d(11, "17:55", "12"), subject="[SOOP] KCSC-240910-04 진행 상황 안내",
    reply_to_req=REQ_MID["KCSC-240910-04"],
    body=f"""안녕하세요, SOOP 정책팀입니다.

요청하신 항목 중 아래 2건은 현재 내부 검토 중입니다.
- {S[2]}
- {S[3]}
검토가 끝나는 대로 결과를 회신드리겠습니다.

SOOP 정책팀""",
    outcome="review", review="not_understood",
    imitates="SOOP progress notice: items 'currently under internal review'",
    why="Names two requested items as under review: no status; items pending, review not_understood.",
    items={S[2]: "pending", S[3]: "pending"},
)

case(
    name="naver-asks-documents",
    **{"from": "rights-report@navercorp.com"}, name_from="NAVER 권리보호센터",
    date=d(5, "11:38", "56"), subject="[KCSC-240903-01] 추가 자료 요청",
    reply_to_req=REQ_MID["KCSC-240903-01"],
    body=f"""안녕하세요, NAVER 권리보호센터입니다.

요청하신 카페 게시물
{N[6]}
에 대해 검토를 진행하기 위해 아래 자료가 필요합니다.

1. 해당 게시물이 불법 도박 사이트를 홍보한다고 판단한 근거(캡처 등)
2. 시정요구 의결 문서 사본

자료를 회신해 주시면 검토를 계속하겠습니다.

{NAVER_SIG}""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER request for supporting documents before acting on a 시정요구",
    why="The platform asks for more material about a named item; no status, review asks_more.",
    items={N[6]: "pending"},
)

case(
    name="fmkorea-typo-url",
    **{"from": "admin@fmkorea.com"}, name_from="FM Korea Admin",
    date=d(15, "12:12", "12"), subject="[KCSC-240913-07] 처리 결과",
    reply_to_req=REQ_MID["KCSC-240913-07"],
    body="""안녕하세요.

https://www.fmkorea.com/7418823015 게시물은 삭제하였습니다.

FM Korea 관리자""",
    outcome="review", review="unmatched_claims",
    imitates="FM Korea admin reply whose URL has transposed digits",
    why="The deleted post's URL (…823015) is not any requested URL (…823051): the statement matches nothing, review.",
    items={},
)

# ================================================================ IGNORED

case(
    name="naver-staff-out-of-office",
    **{"from": "seoyeon.lee@navercorp.com"}, name_from="이서연",
    date=d(3, "10:00", "31"), subject="[부재중] Re: [KCSC-240903-01] 시정요구 안내",
    reply_to_req=REQ_MID["KCSC-240903-01"],
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply"],
    body="""안녕하세요, 이서연입니다.
9월 3일(화)부터 9월 9일(월)까지 휴가로 메일 확인이 어렵습니다.
급한 건은 rights-report@navercorp.com 으로 보내주시기 바랍니다.

I am out of the office until 9 September with limited access to email.
For urgent matters please write to rights-report@navercorp.com.""",
    outcome="ignored", classification="auto_reply",
    imitates="Bilingual Korean/English out-of-office auto-reply (Auto-Submitted: auto-replied)",
    why="Out-of-office auto-reply: ignored.",
    items={},
)

DSN_ORIG = "\n".join(request_text("KCSC-240906-03"))
case(
    name="dcinside-dsn-unknown-user",
    **{"from": "MAILER-DAEMON@mx2.dcinside.com"}, name_from="Mail Delivery System",
    date=d(6, "09:15", "48"), subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="7A1C0E2-DSN/mx2.dcinside.com"

--7A1C0E2-DSN/mx2.dcinside.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse@dcinside.com>: host mx2.dcinside.com[local] said: 550 5.1.1
    <abuse@dcinside.com>: Recipient address rejected: User unknown

--7A1C0E2-DSN/mx2.dcinside.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.dcinside.com
Arrival-Date: Fri,  6 Sep 2024 09:15:46 +0900 (KST)

Final-Recipient: rfc822; abuse@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <abuse@dcinside.com>: Recipient address rejected: User unknown

--7A1C0E2-DSN/mx2.dcinside.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@dcinside.com
Subject: [KCSC-240906-03] =?utf-8?b?7Iuc7KCV7JqU6rWsIOyViOuCtA==?=
Message-ID: <req-240906-03@kcsc.example>
Date: Fri, 06 Sep 2024 09:15:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(DSN_ORIG)}

--7A1C0E2-DSN/mx2.dcinside.com--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) carrying the original request",
    why="A delivery failure report: ignored, even though the returned request lists the URLs.",
    items={},
)

case(
    name="daum-mdn-read",
    **{"from": "minsu.kang@kakaocorp.com"}, name_from="강민수",
    date=d(5, "15:02", "10"), subject="읽음: [KCSC-240905-02] 시정요구 안내",
    reply_to_req=REQ_MID["KCSC-240905-02"],
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-0905-kakao"

--mdn-0905-kakao
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 받는 사람이 2024-09-05 오후 3:02에 읽었습니다.

받는 사람: 강민수 <minsu.kang@kakaocorp.com>
제목: [KCSC-240905-02] 시정요구 안내

--mdn-0905-kakao
Content-Type: message/disposition-notification

Reporting-UA: kakaocorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;minsu.kang@kakaocorp.com
Original-Message-ID: <req-240905-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-0905-kakao--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) in Korean for the request email",
    why="Read receipt: ignored.",
    items={},
)

case(
    name="soop-ticket-receipt",
    **{"from": "help@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date=d(10, "11:01", "22"), subject="[SOOP 고객센터] 문의가 접수되었습니다",
    reply_to_req=REQ_MID["KCSC-240910-04"],
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

· 접수번호 : SP-0910-44712
· 문의제목 : [KCSC-240910-04] 시정요구 안내
· 접수일시 : 2024-09-10 11:01

답변은 영업일 기준 1~3일 이내에 메일로 보내드립니다.
본 메일은 발신 전용입니다.""",
    outcome="ignored", classification="acknowledgement",
    imitates="SOOP 고객센터 automatic ticket receipt (접수번호)",
    why="A pure receipt with a ticket number and no statement about any item: ignored.",
    items={},
)

case(
    name="fmkorea-ooo-english",
    **{"from": "d.han@fmkorea.com"}, name_from="Daniel Han",
    date=d(13, "13:06", "02"), subject="Automatic reply: [KCSC-240913-07] 시정요구 안내",
    reply_to_req=REQ_MID["KCSC-240913-07"],
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email.

I am away for the Chuseok holidays and will be back on Thursday 19 September.
Removal requests are handled by report@fmkorea.com during my absence.

Daniel Han / FM Korea""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office over the Chuseok holidays",
    why="Out-of-office auto-reply: ignored.",
    items={},
)

case(
    name="naver-cs-receipt-korean",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date=d(3, "10:02", "44"), subject="[네이버 고객센터] 문의 접수 완료 안내",
    body="""안녕하세요. 네이버 고객센터입니다.

보내주신 문의가 접수되었습니다.
담당자가 내용을 확인한 후 순서대로 답변드리겠습니다.

· 문의번호 : 240903-0100-8842
· 접수 서비스 : 권리보호 / 게시중단 요청

답변은 네이버 고객센터 > 문의내역(https://help.naver.com/mypage)에서도 확인하실 수 있습니다.""",
    outcome="ignored", classification="acknowledgement",
    imitates="네이버 고객센터 '문의 접수 완료' automatic receipt",
    why="Pure acknowledgement with an inquiry number; the help link is not an item: ignored.",
    items={},
)

case(
    name="inven-dsn-mailbox-full",
    **{"from": "postmaster@inven.co.kr"}, name_from="Postmaster",
    date=d(11, "16:41", "05"), subject="Delivery Status Notification (Failure)",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="inv-dsn-0911"

--inv-dsn-0911
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메일을 전달하지 못했습니다. 받는 사람의 메일함 용량이 초과되었습니다.
Delivery to the following recipient failed permanently:

     policy@inven.co.kr

Reason: 552 5.2.2 Mailbox full

--inv-dsn-0911
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.inven.co.kr

Final-Recipient: rfc822; policy@inven.co.kr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--inv-dsn-0911
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: policy@inven.co.kr
Subject: [KCSC-240911-05] =?utf-8?b?7Iuc7KCV7JqU6rWsIOyViOuCtA==?=
Message-ID: <req-240911-05@kcsc.example>
Date: Wed, 11 Sep 2024 16:40:00 +0900

--inv-dsn-0911--
""",
    outcome="ignored", classification="bounce",
    imitates="DSN for a full mailbox (552 5.2.2) with the request's headers",
    why="Delivery failure report: ignored.",
    items={},
)

HEADER = """# Blind set 837 (Korean portals and community sites), written by
# tests/corpus/blind837/make.py before any run of the reader. Each case is
# one email ingested alone into a fresh ledger holding requests.csv.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind837", HEADER, CASES)


if __name__ == "__main__":
    main()
