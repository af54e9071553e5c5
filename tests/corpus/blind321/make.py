#!/usr/bin/env python3
"""Blind set 321: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Ppomppu, Clien; Nate only as a wrong sender),
Korean and English mixed, with the doubtful and ignorable mail a regulator's
mailbox receives.

    python3 tests/corpus/blind321/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). The
expected results were written from each email's meaning alone, before the
reader was ever run on this set. All names, ids and URLs are fictional.
"""
import base64
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind321"

# ---------------------------------------------------------------- requests
DC = "https://gall.dcinside.com"
d = {
    1: DC + "/board/view/?id=stock_new2&no=9812301",
    2: DC + "/board/view/?id=stock_new2&no=9812377",
    3: DC + "/mgallery/board/view/?id=coin_talk&no=448120",
    4: DC + "/mgallery/board/view/?id=coin_talk&no=448133",
    5: DC + "/mgallery/board/view/?id=coin_talk&no=448190",
    6: DC + "/board/view/?id=baseball_new11&no=7734021",
    7: DC + "/board/view/?id=baseball_new11&no=7734388",
    8: DC + "/mgallery/board/view/?id=hanriver_fish&no=20917",
    9: DC + "/mgallery/board/view/?id=hanriver_fish&no=20944",
    10: DC + "/mini/board/view/?id=darkroom77&no=1550",
    11: DC + "/mini/board/view/?id=darkroom77&no=1561",
    12: DC + "/board/view/?id=car_new1&no=3310482",
    13: DC + "/board/view/?id=car_new1&no=3310519",
    14: DC + "/mgallery/board/view/?id=pill_market&no=6021",
}
n = {
    1: "https://blog.naver.com/moonlit_teahouse/223561048812",
    2: "https://blog.naver.com/moonlit_teahouse/223561099320",
    3: "https://cafe.naver.com/quietcoinclub/58213",
    4: "https://cafe.naver.com/quietcoinclub/58240",
    5: "https://m.blog.naver.com/PostView.naver?blogId=gray_sparrow9&logNo=223559871104",
}
K3_SLUG = "주식-리딩방-무료-체험"
K3_RAW = "https://hollowpine.tistory.com/entry/" + K3_SLUG
k = {
    1: "https://cafe.daum.net/silvermoonfan/Kq9z/3321",
    2: "https://cafe.daum.net/silvermoonfan/Kq9z/3340",
    3: "https://hollowpine.tistory.com/entry/" + quote(K3_SLUG),
    4: "https://hollowpine.tistory.com/88",
}
s = {
    1: "https://vod.sooplive.co.kr/player/131720554",
    2: "https://vod.sooplive.co.kr/player/131722907",
    3: "https://ch.sooplive.co.kr/nightowl_bj77/post/98120443",
}
f = {
    1: "https://www.fmkorea.com/7419203581",
    2: "https://www.fmkorea.com/7419288104",
}
p = {
    1: "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120337",
    2: "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4410982",
}
c = {1: "https://www.clien.net/service/board/park/18723301"}

REQUESTS = [
    # ref, platform, day, category, note, urls
    ("KCSC-240902-01", "dcinside", 2, "illegal_finance_and_drugs",
     "리딩방 광고·마약류 판매 게시물 (14건)", [d[i] for i in range(1, 15)]),
    ("KCSC-240903-02", "naver", 3, "illegal_finance",
     "불법 투자자문 블로그·카페 게시물", [n[i] for i in range(1, 6)]),
    ("KCSC-240904-03", "daum", 4, "illegal_finance",
     "다음 카페·티스토리 리딩방 홍보", [k[i] for i in range(1, 5)]),
    ("KCSC-240905-04", "soop", 5, "obscenity",
     "SOOP VOD 및 방송국 게시글", [s[i] for i in range(1, 4)]),
    ("KCSC-240906-05", "fmkorea", 6, "privacy",
     "개인정보 노출 게시물", [f[1], f[2]]),
    ("KCSC-240909-06", "ppomppu", 9, "illegal_trade",
     "불법 유심 거래 게시물", [p[1], p[2]]),
    ("KCSC-240910-07", "clien", 10, "defamation",
     "명예훼손 게시물 (단건)", [c[1]]),
]
REF = {r[1]: r[0] for r in REQUESTS}
REQ_OF = {r[0]: r for r in REQUESTS}


def msgid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, day, cat, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, f"2024-09-{day:02d}T10:00:00+09:00",
                        f"2024-09-{day + 7:02d}T23:59:59+09:00", u, cat,
                        msgid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
DOW = {2: "Mon", 3: "Tue", 4: "Wed", 5: "Thu", 6: "Fri", 7: "Sat", 8: "Sun", 9: "Mon",
       10: "Tue", 11: "Wed", 12: "Thu", 13: "Fri", 14: "Sat", 15: "Sun", 16: "Mon",
       17: "Tue", 18: "Wed", 19: "Thu"}


def date(day, hm):
    return f"{DOW[day]}, {day:02d} Sep 2024 {hm}:00 +0900"


def req_subject(ref):
    r = REQ_OF[ref]
    return f"[{ref}] 불법정보 시정요구 ({len(r[5])}건) / Request for removal"


def request_text(ref):
    """Body of our own request email, as it is quoted back to us."""
    r = REQ_OF[ref]
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의 담당입니다.",
        f"아래 게시물 {len(r[5])}건에 대하여 시정요구(삭제 또는 접속차단)를 요청드립니다.",
        f"요청번호: {ref}",
        "",
    ]
    for i, u in enumerate(r[5], 1):
        lines.append(f"{i}. {u}")
    lines += ["", "조치 결과를 회신하여 주시기 바랍니다.", "KCSC 통신심의 takedown@kcsc.example"]
    return lines


def quoted(ref, intro):
    return "\n".join([intro] + ["> " + l if l else ">" for l in request_text(ref)])


def outlook_quoted(ref, day):
    r = REQ_OF[ref]
    head = [
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {DOW[day]}, September {day}, 2024 10:00 AM",
        "To: " + corpuslib_to(r[1]),
        "Subject: " + req_subject(ref),
        "",
    ]
    return "\n".join(head + request_text(ref))


def corpuslib_to(plat):
    return {"naver": "policy@navercorp.com", "daum": "right@kakaocorp.com",
            "dcinside": "report@dcinside.com", "soop": "report@sooplive.co.kr",
            "fmkorea": "admin@fmkorea.com", "ppomppu": "webmaster@ppomppu.co.kr",
            "clien": "admin@clien.net"}[plat]


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def alt(boundary, plain, html, html_cte="8bit"):
    html_body = qp(html) if html_cte == "quoted-printable" else html.strip("\n")
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{plain.strip(chr(10))}\n\n"
        f"--{boundary}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: {html_cte}\n\n"
        f"{html_body}\n\n--{boundary}--\n"
    )


def H(s_):
    return s_.replace("&", "&amp;")


def items(pairs):
    return {u: st for u, st in pairs}


CASES = []


def enc(text):
    """RFC 2047 B-encoding for a non-ASCII header value (most Korean mailers do this)."""
    if text.isascii() or text.startswith("=?"):
        return text
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


def case(**kw):
    kw.setdefault("auth", "pass")
    if "name_from" in kw:
        kw["name_from"] = enc(kw["name_from"])
    # Every other non-ASCII subject stays raw UTF-8 (RFC 6532), as some webmail sends it.
    if len(CASES) % 2 == 0:
        kw["subject"] = enc(kw["subject"])
    CASES.append(kw)


R1, R2, R3, R4, R5, R6, R7 = (r[0] for r in REQUESTS)

# ================================================================ DC Inside
rows = [
    (1, "삭제", "광고성 게시물 삭제"),
    (2, "삭제", ""),
    (3, "삭제", ""),
    (4, "게시물 없음", "작성자 본인이 조치 전 삭제"),
    (5, "삭제", ""),
    (6, "삭제", "작성자 7일 이용 차단"),
    (7, "유지", "게시판 운영원칙 위반 사항 없음"),
    (8, "삭제", ""),
    (9, "삭제", ""),
    (10, "삭제", "미니 갤러리 폐쇄"),
    (11, "삭제", "미니 갤러리 폐쇄"),
    (12, "접근 제한", "성인 인증 후 열람으로 전환"),
    (13, "삭제", ""),
    (14, "삭제", "작성자 IP 차단"),
]
trs = "\n".join(
    f'<tr><td>{i}</td><td><a href="{H(d[i])}">{H(d[i])}</a></td><td>{res}</td><td>{memo}</td></tr>'
    for i, res, memo in rows
)
case(
    name="dc-html-table-all-fourteen",
    date=date(6, "16:42"), **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영지원팀",
    subject=f"[디시인사이드] 시정요구 조치결과 회신 ({R1})", reply_to_req=msgid(R1), type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 디시인사이드 운영지원팀입니다.</p>
<p>방송통신심의위원회에서 요청하신 시정요구({R1}) 건에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
{trs}
</table>
<p>조치 일자: 2024.09.06<br>
문의: 디시인사이드 운영지원팀 (report@dcinside.com)</p>
<p>감사합니다.</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 table (번호/URL/조치 결과/비고) sent as HTML",
    why="Each row states one item's result: 삭제 removed, 게시물 없음 (deleted by its author) not_found, 유지 with no violation rejected, 접근 제한 to adults restricted.",
    items=items([(d[i], {"삭제": "removed", "게시물 없음": "not_found", "유지": "rejected",
                         "접근 제한": "restricted"}[res]) for i, res, _ in rows]),
)

csv_text = "\ufeff" + "\n".join([
    "번호,URL,조치결과,조치일,비고",
    f"1,{d[3]},삭제,2024-09-05,",
    f"2,{d[5]},삭제,2024-09-05,",
    f"3,{d[8]},게시물 없음,-,작성자 자진 삭제(조치 전)",
    f"4,{d[9]},유지,-,신고 사유에 해당하지 않음",
    f"5,{d[14]},삭제,2024-09-05,작성자 차단 병행",
]) + "\n"
case(
    name="dc-csv-attachment-five",
    date=date(5, "18:03"), **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    subject=f"RE: {req_subject(R1)}", reply_to_req=msgid(R1),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="dcmix-5521"

--dcmix-5521
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 디시인사이드 신고센터입니다.

{R1} 요청 건 중 1차로 검토를 마친 5건의 조치 결과를 첨부 파일(CSV)로 송부드립니다.
나머지 게시물은 검토가 끝나는 대로 회신드리겠습니다.

디시인사이드 신고센터 드림

--dcmix-5521
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result_1.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result_1.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}

--dcmix-5521--
""",
    outcome="applied", classification="confirmation",
    imitates="ticket system reply carrying the per-URL result as an Excel-style CSV attachment (UTF-8 with BOM)",
    why="The CSV rows state removed for three posts, not_found for one deleted by its author before action, rejected for one kept as not matching the complaint; the rest of the request is only promised.",
    items=items([(d[3], "removed"), (d[5], "removed"), (d[8], "not_found"), (d[9], "rejected"),
                 (d[14], "removed")]),
)

case(
    name="dc-numbered-korean-list",
    date=date(4, "11:20"), **{"from": "support@dcinside.com"}, name_from="디시인사이드 고객지원",
    subject=f"Re: {req_subject(R1)}", reply_to_req=msgid(R1),
    body=f"""안녕하세요. 디시인사이드 고객지원입니다.

요청하신 게시물 중 주식·야구 갤러리 게시물 처리 결과 안내드립니다.

1. {d[1]} — 삭제 완료
2. {d[2]} — 삭제 완료
3. {d[6]} — 해당 게시물은 존재하지 않습니다(이미 삭제된 글).
4. {d[7]} — 블라인드 처리

나머지 갤러리 게시물은 담당 갤러리 확인 후 다시 연락드리겠습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community-site support desk reply with a numbered per-URL result list",
    why="Numbered list: two 삭제 완료 removed, one does not exist not_found, one 블라인드 removed.",
    items=items([(d[1], "removed"), (d[2], "removed"), (d[6], "not_found"), (d[7], "removed")]),
)

case(
    name="dc-url-then-result-below",
    date=date(9, "09:48"), **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영지원팀",
    subject=f"[디시인사이드] 요청 게시물 처리 안내 - {R1}", reply_to_req=msgid(R1),
    body=f"""디시인사이드 운영지원팀입니다.

미니 갤러리 및 자동차 갤러리 게시물 검토 결과입니다.

■ {d[10]}
   → 처리: 삭제 (2024.09.06)

■ {d[11]}
   → 처리: 삭제 (2024.09.06)

■ {d[12]}
   → 처리: 미조치
     신고 사유(불법 금융 광고)에 해당하는 내용이 확인되지 않아 게시물을 유지합니다.

추가 자료가 있으시면 회신 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean operator notice with each URL on a ■ line and its 처리 result on the line below",
    why="Two posts deleted; the third stays up because nothing breaking the rule was found (rejected).",
    items=items([(d[10], "removed"), (d[11], "removed"), (d[12], "rejected")]),
)

case(
    name="dc-top-posted-over-gmail-quote",
    date=date(3, "15:31"), **{"from": "kim.jh@dcinside.com"}, name_from="김재훈 (디시인사이드)",
    subject=f"Re: {req_subject(R1)}", reply_to_req=msgid(R1),
    body=f"""안녕하세요, 디시인사이드 운영팀 김재훈입니다.
보내주신 목록 중 자동차 갤러리와 의약품 마이너 갤러리 게시물 두 건은 오늘 삭제했습니다.

{d[13]}
{d[14]}

나머지 건은 갤러리별로 확인 후 별도로 회신드리겠습니다.

김재훈 드림

{quoted(R1, "2024년 9월 2일 (월) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply by a portal employee over the quoted 14-URL request",
    why="Only the two URLs above the quote are stated deleted; the quoted request list states nothing.",
    items=items([(d[13], "removed"), (d[14], "removed")]),
)

case(
    name="dc-english-moderation-reply",
    date=date(5, "10:12"), **{"from": "global-support@dcinside.com"}, name_from="DCinside Global Support",
    subject=f"Re: {R1} removal request", reply_to_req=msgid(R1),
    body=f"""Hello,

Thank you for your notice {R1}. Our moderation team has looked at the two
coin_talk posts you flagged in your follow-up.

- {d[4]}
  Removed for violating our community guidelines (unregistered investment
  advice / paid "leading room" recruitment).

- {d[5]}
  This post had already been deleted by its author before our review, so no
  action was needed on our side.

You can read our guidelines at https://www.dcinside.com/policy/guideline .

Kind regards,
DCinside Global Support
""",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety reply from a Korean community site, per-URL bullets",
    why="One post removed; the other was deleted by its author beforehand (not_found). The guideline link is not an item.",
    items=items([(d[4], "removed"), (d[5], "not_found")]),
)

qp_text = f"""안녕하세요. 디시인사이드 마이너 갤러리 관리팀입니다.

요청하신 한강낚시 마이너 갤러리 게시물 2건({d[8]} , {d[9]} )은 모두 삭제 처리하였으며, 작성자 계정에는 30일 활동 제한을 적용했습니다.

요청번호: {R1}
마이너 갤러리 관리팀 드림
"""
case(
    name="dc-quoted-printable-soft-breaks",
    date=date(4, "17:55"), **{"from": "mgallery@dcinside.com"}, name_from="디시인사이드 마이너갤러리",
    subject=f"=?UTF-8?B?{base64.b64encode(('[처리완료] ' + R1).encode()).decode()}?=",
    reply_to_req=msgid(R1),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + qp(qp_text) + "\n",
    outcome="applied", classification="confirmation",
    imitates="quoted-printable Korean notice whose long lines (and URLs) are cut by soft line breaks",
    why="Both URLs are named inside the parenthesis and stated 모두 삭제 처리 (removed each).",
    items=items([(d[8], "removed"), (d[9], "removed")]),
)

case(
    name="dc-echoed-report-blocks",
    date=date(10, "13:07"), **{"from": "noreply-report@dcinside.com"}, name_from="DCinside Report System",
    subject=f"[DCinside] Report outcome / 신고 처리 결과 ({R1})",
    body=f"""This is the outcome of the reports submitted by takedown@kcsc.example.
아래는 접수하신 신고의 처리 결과입니다.

------------------------------------------------------------
Report #1
Reported URL : {d[2]}
Reason given : Illegal investment advertising
Result       : Content removed (삭제)
------------------------------------------------------------
Report #2
Reported URL : {d[11]}
Reason given : Illegal investment advertising
Result       : No violation found - the content remains available (유지)
------------------------------------------------------------
Report #3
Reported URL : {d[3]}
Reason given : Illegal investment advertising
Result       : Content not found - the link is invalid (게시물 없음)
------------------------------------------------------------

Do not reply to this automated message. Appeals: https://www.dcinside.com/help/appeal
""",
    outcome="applied", classification="confirmation",
    imitates="automated report-outcome mail echoing each reported URL with a Result field",
    why="Echoed report blocks: removed, rejected (no violation, remains available), not_found (invalid link). The appeal link is not an item.",
    items=items([(d[2], "removed"), (d[11], "rejected"), (d[3], "not_found")]),
)

case(
    name="dc-english-statement-url-below",
    date=date(11, "08:30"), **{"from": "global-support@dcinside.com"}, name_from="DCinside Global Support",
    subject=f"Re: {R1} - baseball and car gallery posts", reply_to_req=msgid(R1),
    body=f"""Hi,

Following up on {R1}.

The following post was deleted by a gallery administrator on 10 Sep:
{d[6]}

The following post could not be found; the link is invalid (no post with that
number exists in the gallery):
{d[12]}

Best regards,
Min-seo Park
DCinside Global Support
""",
    outcome="applied", classification="confirmation",
    imitates="English support reply with each statement on its own line and the URL on the line below",
    why="Statement line then URL: one removed by the site's administrator, one not_found.",
    items=items([(d[6], "removed"), (d[12], "not_found")]),
)

# ================================================================ NAVER
case(
    name="naver-gesijungdan-notice",
    date=date(5, "14:00"), **{"from": "right_notice@navercorp.com"}, name_from="네이버 권리보호센터",
    subject=f"[NAVER] 게시중단 요청 처리 결과 안내 ({R2})", reply_to_req=msgid(R2),
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

{R2}로 요청하신 게시물에 대한 처리 결과를 안내드립니다.

■ 처리 결과
  - 대상 게시물: {n[1]}
    조치 내용: 게시중단(블라인드)

  - 대상 게시물: {n[3]}
    조치 내용: 임시조치 (30일간 접근 차단)

게시자는 임시조치 기간 중 재게시 요청을 할 수 있으며, 요청이 없을 경우 해당
게시물은 기간 종료 후 삭제됩니다.

네이버 권리보호센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 안내 (블라인드 / 30일 임시조치)",
    why="블라인드 is removed; 임시조치 (30-day access block) is restricted; the later deletion is only conditional.",
    items=items([(n[1], "removed"), (n[3], "restricted")]),
)

case(
    name="naver-bilingual-cafe",
    date=date(6, "10:25"), **{"from": "cafe_policy@navercorp.com"}, name_from="NAVER Cafe Policy",
    subject=f"Re: {R2} 네이버 카페 게시물 / NAVER Cafe posts", reply_to_req=msgid(R2),
    body=f"""[한국어]
안녕하세요, 네이버 카페 운영정책 담당자입니다.
{n[3]} 게시글은 운영정책 위반(불법 투자 권유)으로 삭제하였습니다.
{n[4]} 게시글은 검토 결과 운영정책 위반이 확인되지 않아 게시를 유지합니다.

[English]
Hello, this is the NAVER Cafe policy team.
The post at {n[3]} has been deleted for violating our operating policy
(illegal investment solicitation).
The post at {n[4]} was reviewed and found not to violate our policy, so it
stays up.

NAVER Cafe Policy Team
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual Korean/English portal policy-team reply (same statements in both languages)",
    why="Both languages agree: one cafe post deleted, the other kept as not violating (rejected).",
    items=items([(n[3], "removed"), (n[4], "rejected")]),
)

naver_html = f"""<html><body>
<div style="font-size:14px">
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>요청번호 {R2} 관련, 블로그 게시물의 확인 결과를 알려드립니다.</p>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>게시물 주소</th><th>처리 상태</th></tr></thead>
<tbody>
<tr><td>{H(n[2])}</td><td>게시물 없음 (존재하지 않는 게시물입니다)</td></tr>
<tr><td>{H(n[5])}</td><td>비공개 처리 완료</td></tr>
</tbody></table>
<p>더 궁금하신 점은 <a href="https://help.naver.com/service/5600/contents/19900">고객센터 도움말</a>을 참고해 주세요.</p>
</div></body></html>
"""
naver_plain = f"""안녕하세요. 네이버 고객센터입니다.
요청번호 {R2} 관련, 블로그 게시물의 확인 결과를 알려드립니다.

게시물 주소 | 처리 상태
{n[2]} | 게시물 없음 (존재하지 않는 게시물입니다)
{n[5]} | 비공개 처리 완료
"""
case(
    name="naver-html-table-quoted-printable",
    date=date(9, "11:42"), **{"from": "help@help.naver.com"}, name_from="네이버 고객센터",
    subject=f"[네이버 고객센터] 문의하신 내용에 대한 답변입니다 ({R2})",
    raw_mime=alt("nvr-alt-7731", naver_plain, naver_html, html_cte="quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 answer mail: multipart/alternative with a quoted-printable HTML table",
    why="Row by row: a post that does not exist (not_found) and a post made private (비공개 처리, removed). The help link is not an item.",
    items=items([(n[2], "not_found"), (n[5], "removed")]),
)

case(
    name="naver-outlook-top-reply",
    date=date(10, "16:08"), **{"from": "jiyoung.han@navercorp.com"}, name_from="한지영",
    subject=f"RE: {req_subject(R2)}", reply_to_req=msgid(R2),
    body=f"""안녕하세요, 네이버 정책지원팀 한지영입니다.

요청하신 건 중 2건 회신드립니다.
- {n[1]} : 블라인드 처리 완료했습니다.
- {n[4]} : 작성자가 이미 삭제한 게시물입니다.

나머지 게시물은 처리되는 대로 안내드리겠습니다.

한지영 | 네이버 정책지원팀

{outlook_quoted(R2, 3)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' and the whole request below",
    why="Above the Outlook separator: one post blinded (removed), one already deleted by its author (not_found); the quoted request below states nothing.",
    items=items([(n[1], "removed"), (n[4], "not_found")]),
)

case(
    name="naver-receipt-plus-result",
    date=date(4, "09:15"), **{"from": "help@help.naver.com"}, name_from="네이버 고객센터",
    subject="[네이버 고객센터] 문의가 접수되었습니다 / 처리 결과",
    body=f"""안녕하세요. 네이버 고객센터입니다.

문의가 정상적으로 접수되었습니다. (접수번호 NV-2409-0081342)
요청번호: {R2}

확인 결과, 아래 게시물은 운영정책 위반으로 삭제되었습니다.
{n[5]}

그 밖의 게시물은 담당 부서에서 확인 중이며, 결과가 나오는 대로 별도로
안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 receipt that also carries a first result",
    why="A receipt phrase followed by an unhedged statement that one named post was deleted: not a pure acknowledgement.",
    items=items([(n[5], "removed")]),
)

# ================================================================ Daum / Kakao
case(
    name="daum-tistory-raw-korean-url-particle",
    date=date(6, "13:33"), **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    subject=f"[카카오] 권리침해 신고 처리 결과 안내 ({R3})", reply_to_req=msgid(R3),
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 티스토리 게시물에 대한 처리 결과를 안내드립니다.

{K3_RAW} 게시글은 운영정책 위반으로 비공개 처리되었으며, {k[4]}에 대해서는
정보통신망법 제44조의2에 따라 30일간 임시조치(접근 제한)하였습니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고 처리 결과 안내 for Tistory posts (비공개 처리 / 임시조치)",
    why="The raw Korean path is the percent-encoded item; 비공개 처리 is removed; '/88에' (URL followed by a particle) is 임시조치 restricted.",
    items=items([(k[3], "removed"), (k[4], "restricted")]),
)

daum_b64_text = f"""안녕하세요, 다음 카페 운영팀입니다.

{R3} 요청에 따른 다음 카페 게시물 확인 결과를 회신드립니다.

· {k[1]}
  → 운영원칙 위반(불법 투자 유도)으로 삭제 완료
· {k[2]}
  → 작성자가 이미 삭제한 게시물로 확인됩니다.

감사합니다.
다음 카페 운영팀
"""
case(
    name="daum-cafe-base64-body",
    date=date(9, "15:47"), **{"from": "cafe_ops@daum.net"}, name_from="다음 카페 운영팀",
    subject=f"Re: {req_subject(R3)}", reply_to_req=msgid(R3),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
    + b64(daum_b64_text) + "\n",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations reply sent with a base64 body",
    why="One cafe post deleted; the other found already deleted by its author (확인됩니다 states a finding, not a hedge).",
    items=items([(k[1], "removed"), (k[2], "not_found")]),
)

case(
    name="daum-text-table-sijeong-result",
    date=date(11, "10:05"), **{"from": "gov_cooperation@kakaocorp.com"}, name_from="카카오 대외협력",
    subject=f"시정요구 조치결과 회신 - {R3}", reply_to_req=msgid(R3),
    body=f"""방송통신심의위원회 귀중

귀 위원회의 시정요구({R3})에 대한 조치 결과를 아래와 같이 회신합니다.

| 연번 | URL | 조치결과 | 조치일 |
|------|-----|----------|--------|
| 1 | {k[1]} | 삭제 | 2024-09-10 |
| 2 | {k[2]} | 삭제 | 2024-09-10 |
| 3 | {k[3]} | 임시조치(접근 제한) | 2024-09-10 |
| 4 | {k[4]} | 해당 없음(게시물 없음) | - |

주식회사 카카오 대외협력팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 as a plain-text pipe table",
    why="Row by row: two 삭제 removed, 임시조치 restricted, 게시물 없음 not_found.",
    items=items([(k[1], "removed"), (k[2], "removed"), (k[3], "restricted"), (k[4], "not_found")]),
)

case(
    name="daum-english-trust-safety",
    date=date(12, "18:21"), **{"from": "trust-safety@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    subject=f"Your request {R3}: Daum Cafe posts", reply_to_req=msgid(R3),
    body=f"""Dear KCSC team,

We have completed our review of the Daum Cafe posts in your request {R3}.

* The content at <{k[1]}> was removed under Kakao's Operating Policy.
* The content at <{k[2]}> is being kept. After review we found no violation of
  the Operating Policy (https://www.kakao.com/policy/oppolicy) or of Korean law.

If you disagree with this outcome, please reply with any further material.

Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao Trust & Safety English outcome notice with URLs in angle brackets",
    why="One post removed; the other kept after finding no violation (rejected). The policy link is not an item.",
    items=items([(k[1], "removed"), (k[2], "rejected")]),
)

# ================================================================ SOOP
case(
    name="soop-vod-deleted-and-age-restricted",
    date=date(9, "20:14"), **{"from": "report@sooplive.co.kr"}, name_from="SOOP 신고센터",
    subject=f"[SOOP] 신고 처리 결과 / Report result ({R4})", reply_to_req=msgid(R4),
    body=f"""안녕하세요, SOOP 신고센터입니다. / Hello from the SOOP report centre.

VOD {s[1]} has been deleted and the broadcaster received a 7-day broadcast
suspension. (VOD 삭제, 방송 7일 정지)

VOD {s[2]} has been set to 19+ only: it is now restricted to viewers aged 19
and over. (19세 이상 시청 제한 적용)

SOOP 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (AfreecaTV) report result mixing English and Korean",
    why="One VOD deleted (removed); the other age-restricted to 19+ (restricted).",
    items=items([(s[1], "removed"), (s[2], "restricted")]),
)

case(
    name="soop-statement-then-urls-below",
    date=date(12, "11:02"), **{"from": "cs@sooplive.co.kr"}, name_from="SOOP 고객센터",
    subject=f"Re: {req_subject(R4)}", reply_to_req=msgid(R4),
    body=f"""안녕하세요. SOOP 고객센터입니다.

관계 법령에 따른 요청으로 아래 게시글 및 VOD는 국내 접속이 차단되었습니다:

    {s[3]}
    {s[2]}

해외에서의 노출 여부는 방송국 설정에 따라 다를 수 있습니다.

SOOP 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP 고객센터 notice with the statement first and the URLs indented below it",
    why="Both URLs below the statement are blocked in Korea only: restricted.",
    items=items([(s[3], "restricted"), (s[2], "restricted")]),
)

case(
    name="soop-bullets-fullwidth-punctuation",
    date=date(13, "09:37"), **{"from": "report@sooplive.co.kr"}, name_from="SOOP 신고센터",
    subject=f"[SOOP] {R4} 처리 결과", reply_to_req=msgid(R4),
    body=f"""SOOP 신고센터입니다。

• VOD 131720554（{s[1]}）：삭제
• 방송국 게시글（{s[3]}）：운영정책 위반 사항 없음, 게시 유지

감사합니다。
""",
    outcome="applied", classification="confirmation",
    imitates="terse Korean operator bullets using full-width parentheses, colon and full stop",
    why="URLs inside full-width parentheses: the VOD deleted (removed), the channel post kept with no violation (rejected).",
    items=items([(s[1], "removed"), (s[3], "rejected")]),
)

# ================================================================ FM Korea
case(
    name="fmkorea-angle-brackets",
    date=date(9, "22:40"), **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    subject=f"Re: {req_subject(R5)}", reply_to_req=msgid(R5),
    body=f"""에펨코리아 운영진입니다. 요청하신 게시물 처리 결과입니다.

<{f[1]}> : 삭제
<{f[2]}> : 삭제하지 않음 — 해당 게시물은 언론 보도를 인용한 글로, 개인정보가
포함되어 있지 않아 사이트 운영규칙 위반이 아닙니다. 게시물은 유지합니다.

에펨코리아 운영진 드림
""",
    outcome="applied", classification="confirmation",
    imitates="community-site admin reply with URLs in angle brackets and a reasoned refusal",
    why="One post deleted; the other kept with its reason given (rejected).",
    items=items([(f[1], "removed"), (f[2], "rejected")]),
)

# ================================================================ Ppomppu
case(
    name="ppomppu-gmail-top-post",
    date=date(10, "14:26"), **{"from": "webmaster@ppomppu.co.kr"}, name_from="뽐뿌 운영자",
    subject=f"Re: {req_subject(R6)}", reply_to_req=msgid(R6),
    body=f"""안녕하세요, 뽐뿌 운영자입니다.

자유게시판 글은 운영자 권한으로 삭제했습니다.
{p[1]}

휴대폰 포럼 글은 작성자가 먼저 지워서 이미 없는 글입니다.
{p[2]}

감사합니다.

{quoted(R6, "2024년 9월 9일 (월) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-post by a small site's webmaster, statement above each URL, request quoted below",
    why="One post deleted by the operator (removed); the other already deleted by its author (not_found).",
    items=items([(p[1], "removed"), (p[2], "not_found")]),
)

ppomppu_html = f"""<html><body>
<p>안녕하세요. 뽐뿌 운영팀입니다. ({R6})</p>
<ul>
<li><a href="{H(p[1])}">자유게시판 9120337</a> - 블라인드 처리 완료</li>
<li><a href="{H(p[2])}">휴대폰포럼 4410982</a> - 성인 인증 회원만 열람 가능하도록 제한</li>
</ul>
<p>뽐뿌 운영팀</p>
</body></html>
"""
ppomppu_plain = f"""안녕하세요. 뽐뿌 운영팀입니다. ({R6})

- 자유게시판 9120337 ({p[1]}) - 블라인드 처리 완료
- 휴대폰포럼 4410982 ({p[2]}) - 성인 인증 회원만 열람 가능하도록 제한

뽐뿌 운영팀
"""
case(
    name="ppomppu-html-links-blind-and-adult",
    date=date(11, "17:19"), **{"from": "team@ppomppu.co.kr"}, name_from="뽐뿌 운영팀",
    subject=f"[뽐뿌] 요청 게시물 처리 결과 ({R6})", reply_to_req=msgid(R6),
    raw_mime=alt("ppm-alt-0911", ppomppu_plain, ppomppu_html),
    outcome="applied", classification="confirmation",
    imitates="HTML list whose link text is the board name and post number (URL only in href), with a plain-text alternative",
    why="블라인드 is removed; readable only by adult-verified members is age-restricted (restricted).",
    items=items([(p[1], "removed"), (p[2], "restricted")]),
)

# ================================================================ Clien
case(
    name="clien-sole-statement-no-url",
    date=date(11, "12:00"), **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    subject=f"Re: [{R7}] 불법정보 시정요구 (1건) / Request for removal", reply_to_req=msgid(R7),
    body="""클리앙 운영진입니다.

요청하신 게시물은 확인 후 삭제하였습니다.
해당 회원에게는 이용 정지 7일 조치를 함께 적용했습니다.

클리앙 운영진 드림
""",
    outcome="applied", classification="confirmation",
    imitates="short admin reply naming no URL, answering a one-item request",
    why="The request has a single item and the reply states the requested post was deleted: removed.",
    items=items([(c[1], "removed")]),
)

case(
    name="clien-fullwidth-paren-restricted",
    date=date(12, "15:10"), **{"from": "report@clien.net"}, name_from="클리앙 신고처리",
    subject=f"[클리앙] 신고 처리 안내 ({R7})", reply_to_req=msgid(R7),
    body=f"""안녕하세요。클리앙 신고처리 담당입니다。

{c[1]}（모두의공원）게시글은 국내 법령에 따른 요청으로 한국 내 접근이 제한되었습니다。

감사합니다。
""",
    outcome="applied", classification="confirmation",
    imitates="Korean notice with the URL followed directly by a full-width parenthesis",
    why="Access limited in Korea under Korean law: restricted.",
    items=items([(c[1], "restricted")]),
)

# ================================================================ review
case(
    name="dc-promise-sequential-delete",
    date=date(3, "10:44"), **{"from": "support@dcinside.com"}, name_from="디시인사이드 고객지원",
    subject=f"Re: {req_subject(R1)}", reply_to_req=msgid(R1),
    body=f"""안녕하세요. 디시인사이드 고객지원입니다.

요청하신 게시물 가운데 아래 3건은 확인 후 순차적으로 삭제 조치할 예정입니다.

{d[1]}
{d[2]}
{d[3]}

처리가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean support promise ('순차적으로 삭제 조치할 예정')",
    why="A promise of future deletion is no statement: the named items stay pending.",
    items=items([(d[1], "pending"), (d[2], "pending"), (d[3], "pending")]),
)

case(
    name="naver-under-review-may-be-removed",
    date=date(4, "13:50"), **{"from": "right_notice@navercorp.com"}, name_from="네이버 권리보호센터",
    subject=f"[NAVER] 게시중단 요청 검토 안내 ({R2})", reply_to_req=msgid(R2),
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

신고하신 게시물({n[2]})은 현재 검토 중이며, 검토 결과에 따라 게시중단될 수
있습니다. 검토에는 영업일 기준 3~5일이 소요됩니다.

네이버 권리보호센터 드림
""",
    outcome="review", review="not_understood",
    imitates="NAVER 'under review, may be suspended' notice",
    why="Under review and a conditional outcome: no statement, the named item stays pending.",
    items=items([(n[2], "pending")]),
)

case(
    name="fmkorea-hedged-appears-deleted",
    date=date(7, "19:05"), **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    subject=f"Re: {req_subject(R5)}", reply_to_req=msgid(R5),
    body=f"""안녕하세요.

{f[1]} 글은 이미 삭제된 것으로 보이며,
{f[2]} 글은 담당 부서에서 확인 중입니다.

확인되는 대로 다시 말씀드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="hedged admin reply ('삭제된 것으로 보이며', '확인 중')",
    why="'Appears to be deleted' is a hedge and 'being checked' is no outcome: both stay pending.",
    items=items([(f[1], "pending"), (f[2], "pending")]),
)

case(
    name="daum-conditional-self-delete",
    date=date(7, "11:11"), **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    subject=f"[카카오] 신고 접수 및 게시자 통보 안내 ({R3})", reply_to_req=msgid(R3),
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

{k[4]} 게시물의 게시자에게 신고 사실을 통보하고 자진 삭제를 요청하였습니다.
게시자가 7일 이내에 삭제하지 않을 경우 임시조치할 예정입니다.

카카오 권리침해신고센터 드림
""",
    outcome="review", review="not_understood",
    imitates="Kakao notice that the poster was told to self-delete, with a conditional 임시조치",
    why="The author was asked to delete and action is conditional and future: the item stays pending.",
    items=items([(k[4], "pending")]),
)

case(
    name="soop-bulk-all-removed",
    date=date(10, "09:58"), **{"from": "report@sooplive.co.kr"}, name_from="SOOP 신고센터",
    subject=f"[SOOP] {R4} 처리 완료", reply_to_req=msgid(R4),
    body=f"""안녕하세요, SOOP 신고센터입니다.

{R4} 건으로 요청하신 VOD 및 방송국 게시글은 모두 삭제 조치 완료되었습니다.
해당 BJ에게는 운영정책에 따른 이용 제한이 함께 적용되었습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="SOOP one-line 'all requested content deleted' confirmation",
    why="'All deleted' for a three-item request without naming each: bulk, items pending.",
    items=items([(s[1], "pending"), (s[2], "pending"), (s[3], "pending")]),
)

case(
    name="dc-bulk-english-all-posts",
    date=date(13, "16:30"), **{"from": "global-support@dcinside.com"}, name_from="DCinside Global Support",
    subject=f"Re: {R1} - completed", reply_to_req=msgid(R1),
    body=f"""Hello,

All posts listed in your request {R1} have now been removed from DCinside.
Thank you for your patience.

DCinside Global Support
""",
    outcome="review", review="bulk",
    imitates="English 'all reported content was removed' closing note",
    why="A statement about all fourteen items without naming any: bulk, items pending.",
    items=items([(d[i], "pending") for i in range(1, 15)]),
)

case(
    name="daum-dmarc-fail-claims-removal",
    date=date(8, "03:12"), **{"from": "right@kakaocorp.com"}, name_from="카카오 고객센터",
    auth="fail",
    subject=f"[카카오] 처리 완료 안내 ({R3})",
    body=f"""안녕하세요. 카카오 고객센터입니다.

요청하신 아래 게시물은 삭제 처리가 완료되었습니다.
{k[1]}
{k[2]}

처리 내역 확인: http://kakao-cs-notice.example.net/login
""",
    outcome="review", review="untrusted",
    imitates="spoofed Kakao notice failing DKIM/SPF/DMARC, with a foreign 'login' link",
    why="Kakao's domain but authentication failed: nothing applies.",
    items=items([(k[1], "pending"), (k[2], "pending")]),
)

case(
    name="dc-gallery-manager-from-gmail",
    date=date(5, "23:48"), **{"from": "hanriver.manager77@gmail.com"}, name_from="한강낚시갤 매니저",
    auth="none",
    subject=f"Re: {req_subject(R1)}",
    body=f"""안녕하세요 한강낚시 마이너갤 매니저입니다.
운영팀에서 전달받고 제가 아래 두 글 지웠습니다.

{d[8]}
{d[9]}

확인 부탁드려요.
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer gallery manager writing from a personal Gmail account",
    why="Not from any platform's domain: unknown_sender, items pending.",
    items=items([(d[8], "pending"), (d[9], "pending")]),
)

case(
    name="nate-states-ppomppu-item",
    date=date(10, "10:30"), **{"from": "pann_cs@nate.com"}, name_from="네이트 판 고객센터",
    subject=f"Re: [{R6}] 게시물 삭제 요청",
    body=f"""안녕하세요. 네이트 판 고객센터입니다.

요청하신 게시물을 삭제 처리하였습니다.
{p[1]}

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Nate Pann helpdesk reply claiming removal of another site's post",
    why="Nate states a status for a Ppomppu item: wrong_platform, the item stays pending.",
    items=items([(p[1], "pending")]),
)

case(
    name="naver-asks-for-documents",
    date=date(5, "10:02"), **{"from": "right_notice@navercorp.com"}, name_from="네이버 권리보호센터",
    subject=f"[NAVER] 추가 자료 요청 ({R2})", reply_to_req=msgid(R2),
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

아래 카페 게시물에 대한 처리를 위하여 시정요구 공문(PDF) 원본과 담당자 연락처를
회신하여 주시기 바랍니다. 자료가 확인되면 검토를 진행하겠습니다.

{n[3]}
{n[4]}

네이버 권리보호센터 드림
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 추가 자료 요청 (asks for the official letter before acting)",
    why="The platform asks for documents before reviewing: asks_more, items pending.",
    items=items([(n[3], "pending"), (n[4], "pending")]),
)

case(
    name="dc-channel-change-notice",
    date=date(12, "10:00"), **{"from": "notice@dcinside.com"}, name_from="디시인사이드",
    subject="[디시인사이드] 기관 협조 요청 접수 창구 변경 안내",
    body="""안녕하세요. 디시인사이드입니다.

2024년 10월 1일부터 수사기관 및 행정기관의 협조 요청은 전용 접수 창구
(gov-report@dcinside.com)로만 받습니다. 기존 주소로 보내신 요청도 9월 30일까지는
정상 처리됩니다.

자세한 안내: https://www.dcinside.com/notice/gov-channel

디시인사이드 드림
""",
    outcome="review", review="no_claims",
    imitates="portal circular to authorities announcing a new intake address",
    why="Trusted DC Inside mail naming no item and no request: no_claims.",
    items={},
)

case(
    name="soop-forwarded-by-colleague",
    date=date(11, "09:05"), **{"from": "jung.hs@kcsc.example"}, name_from="정현수",
    auth="none",
    subject=f"Fwd: [SOOP] 신고 처리 결과 ({R4})",
    body=f"""담당자님, 제 개인 메일로 회신이 와서 전달드립니다.

---------- Forwarded message ---------
보낸사람: SOOP 신고센터 <report@sooplive.co.kr>
Date: 2024년 9월 10일 (화) 오후 6:20
Subject: [SOOP] 신고 처리 결과 ({R4})
To: <jung.hs@kcsc.example>

안녕하세요, SOOP 신고센터입니다.
{s[1]} VOD는 삭제되었습니다.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="colleague forwarding a platform reply that reached a personal mailbox",
    why="The statement arrives forwarded by our own staff, not from SOOP itself: review, nothing applies.",
    items=items([(s[1], "pending")]),
)

# ================================================================ ignored
case(
    name="naver-out-of-office-korean",
    date=date(3, "10:01"), **{"from": "jiyoung.han@navercorp.com"}, name_from="한지영",
    subject=f"[자동응답] 부재중: {req_subject(R2)}",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요, 한지영입니다.
9월 3일부터 9월 10일까지 휴가로 부재중입니다.
급한 용무는 네이버 정책지원팀(policy@navercorp.com)으로 연락 부탁드립니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답",
    why="Out-of-office auto-reply.",
    items={},
)

case(
    name="daum-out-of-office-english-with-quote",
    date=date(4, "10:01"), **{"from": "sophie.lee@kakaocorp.com"}, name_from="Sophie Lee",
    subject=f"Automatic reply: {req_subject(R3)}",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: sophie.lee@kakaocorp.com"],
    body=f"""I am out of the office until Monday 16 September (Chuseok holidays) with
limited access to email. For content removal requests please write to
right@kakaocorp.com.

{quoted(R3, "On Wed, 4 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:")}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' that quotes the request below it",
    why="Auto-reply; the URLs are only in the quoted request.",
    items={},
)

orig = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: admin@fmkorea.com",
    "Subject: " + req_subject(R5),
    "Date: Fri, 06 Sep 2024 10:00:00 +0900",
    f"Message-ID: <{msgid(R5)}@kcsc.example>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
] + request_text(R5))
case(
    name="fmkorea-dsn-mailbox-full",
    date=date(6, "10:01"), **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-2409-fm"

--dsn-2409-fm
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<admin@fmkorea.com>: host mx.fmkorea.com[203.0.113.45] said: 552 5.2.2
    Mailbox full (in reply to RCPT TO command)

--dsn-2409-fm
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Fri,  6 Sep 2024 10:00:02 +0900 (KST)

Final-Recipient: rfc822; admin@fmkorea.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.fmkorea.com
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-2409-fm
Content-Type: message/rfc822

{orig}

--dsn-2409-fm--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (mailbox full) returning the whole FM Korea request",
    why="Bounce of our own request; the URLs are in the returned message only.",
    items={},
)

case(
    name="ppomppu-korean-bounce-notice",
    date=date(9, "10:02"), **{"from": "postmaster@ppomppu.co.kr"}, name_from="뽐뿌 메일 시스템",
    subject="[반송] 메일 전송 실패 안내",
    extra_headers=["Auto-Submitted: auto-generated"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="ppm-dsn-77"

--ppm-dsn-77
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일이 수신자에게 전달되지 못하고 반송되었습니다.

수신자: helpdesk@ppomppu.co.kr
사유: 존재하지 않는 계정입니다 (550 5.1.1 User unknown)
원본 제목: {req_subject(R6)}

--ppm-dsn-77
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.ppomppu.co.kr

Final-Recipient: rfc822; helpdesk@ppomppu.co.kr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--ppm-dsn-77
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: helpdesk@ppomppu.co.kr
Subject: {req_subject(R6)}
Message-ID: <{msgid(R6)}@kcsc.example>

--ppm-dsn-77--
""",
    outcome="ignored", classification="bounce",
    imitates="Korean-language 반송 안내 from the site's own mail server (user unknown)",
    why="Delivery failure report, even though it comes from the platform's domain.",
    items={},
)

case(
    name="clien-read-receipt",
    date=date(10, "11:03"), **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    subject=f"읽음: [{R7}] 불법정보 시정요구 (1건) / Request for removal",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-cl-1001"

--mdn-cl-1001
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 2024-09-10 오전 11:03에 읽었습니다.
제목: [{R7}] 불법정보 시정요구 (1건) / Request for removal

--mdn-cl-1001
Content-Type: message/disposition-notification

Reporting-UA: clien.net; Webmail
Final-Recipient: rfc822; admin@clien.net
Original-Message-ID: <{msgid(R7)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-cl-1001--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail 읽음 확인 MDN",
    why="Read receipt.",
    items={},
)

case(
    name="dc-ticket-receipt",
    date=date(2, "10:01"), **{"from": "noreply-report@dcinside.com"}, name_from="DCinside Report System",
    subject=f"[디시인사이드] 신고 접수 완료 안내 ({R1})",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""안녕하세요. 디시인사이드입니다.

보내주신 신고가 정상적으로 접수되었습니다.
접수번호: DCR-240902-7781
요청번호: {R1}

담당자 검토 후 처리 결과를 메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="automatic 신고 접수 완료 receipt with a ticket number",
    why="Pure acknowledgement: received, ticket created, result to follow.",
    items={},
)

case(
    name="soop-ticket-english",
    date=date(5, "10:02"), **{"from": "no-reply@sooplive.com"}, name_from="SOOP Support",
    subject=f"[SOOP Support] Request received - Ticket #SP-0905-4471 ({R4})",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Hi KCSC Takedown,

We've received your request ({R4}) and created ticket #SP-0905-4471.
Our team will review it and get back to you as soon as possible.
요청이 접수되었습니다. 검토 후 답변드리겠습니다.

You can check the ticket at https://support.sooplive.com/tickets/SP-0905-4471

SOOP Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk (Zendesk-style) 'request received' receipt with a ticket link",
    why="Receipt only; 'will review' is no statement and the ticket link is not an item.",
    items={},
)

HEADER = f"""# Blind set 321: Korean portals and community sites (written from each
# email's meaning alone, before any run of the reader). Generated by make.py.
# {len(CASES)} cases."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
