#!/usr/bin/env python3
"""Blind set 201: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Ppomppu, Clien; Nate and Inven as bystanders).

    python3 tests/corpus/blind201/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written in our own words; expected results come from
each email's meaning alone, written before any run of the reader.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests

R_NAVER = "KCSC-240902-01"
R_DAUM = "KCSC-240903-02"
R_DC = "KCSC-240904-03"
R_SOOP = "KCSC-240905-04"
R_FMK = "KCSC-240906-05"
R_PPOM = "KCSC-240909-06"
R_CLIEN = "KCSC-240910-07"

N = {
    1: "https://blog.naver.com/moonriver_77/223561001",
    2: "https://blog.naver.com/moonriver_77/223561044",
    3: "https://blog.naver.com/sky_lantern9/223560187",
    4: "https://cafe.naver.com/greenbeanclub/58112",
    5: "https://cafe.naver.com/greenbeanclub/58139",
    6: "https://cafe.naver.com/oldtowntrade/903321",
    7: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471203388",
    8: "https://blog.naver.com/paper_crane_k/223559900",
    9: "https://cafe.naver.com/oldtowntrade/903377",
    10: "https://blog.naver.com/sky_lantern9/223560250",
    11: "https://post.naver.com/viewer/postView.naver?volumeNo=38821045",
    12: "https://cafe.naver.com/nightowlstudy/12204",
    13: "https://blog.naver.com/bluepine_diary/223562718",
    14: "https://tv.naver.com/v/58830127",
}
D = {
    1: "https://cafe.daum.net/seaglassfan/Zx8K/1402",
    2: "https://cafe.daum.net/seaglassfan/Zx8K/1417",
    # stored percent-encoded; emails write the raw Korean board name
    3: "https://cafe.daum.net/raincoatmarket/%EC%9E%90%EC%9C%A0%EA%B2%8C%EC%8B%9C%ED%8C%90/311",
    4: "https://cafe.daum.net/raincoatmarket/Hq2P/77",
}
D3_RAW = "https://cafe.daum.net/raincoatmarket/자유게시판/311"
C = {
    1: "https://gall.dcinside.com/board/view/?id=tidepool&no=884210",
    2: "https://gall.dcinside.com/board/view/?id=tidepool&no=884233",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=quietlamp&no=15520",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=quietlamp&no=15547",
    5: "https://gall.dcinside.com/mini/board/view/?id=pebblerun&no=3021",
}
S = {
    1: "https://vod.sooplive.co.kr/player/131877402",
    2: "https://vod.sooplive.co.kr/player/131879955",
    3: "https://ch.sooplive.co.kr/lanternfox22/post/97001234",
}
F = {
    1: "https://www.fmkorea.com/7412209931",
    2: "https://www.fmkorea.com/7412233108",
}
P = {1: "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120447"}
L = {
    1: "https://www.clien.net/service/board/park/18790112",
    2: "https://www.clien.net/service/board/sold/13004557",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    (R_NAVER, "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     [N[i] for i in range(1, 15)], "illegal_gambling", "req.240902-01@kcsc.example",
     "도박 홍보 블로그·카페 게시물 일괄"),
    (R_DAUM, "daum", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00",
     [D[i] for i in range(1, 5)], "drug_trade", "req.240903-02@kcsc.example",
     "Daum 카페 마약류 거래 글"),
    (R_DC, "dcinside", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00",
     [C[i] for i in range(1, 6)], "defamation", "req.240904-03@kcsc.example",
     "갤러리 게시물 권리침해"),
    (R_SOOP, "soop", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00",
     [S[i] for i in range(1, 4)], "illegal_gambling", "req.240905-04@kcsc.example",
     "VOD and channel post"),
    (R_FMK, "fmkorea", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     [F[1], F[2]], "obscenity", "req.240906-05@kcsc.example", ""),
    (R_PPOM, "ppomppu", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [P[1]], "fraud", "req.240909-06@kcsc.example", "single post"),
    (R_CLIEN, "clien", "2024-09-10T09:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [L[1], L[2]], "illegal_trade", "req.240910-07@kcsc.example", ""),
]
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

def enc(s):
    """RFC 2047 encoded-word for a header value with Korean text."""
    return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def request_body(ref, urls):
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의 담당입니다.",
        "",
        "「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의7에 따라",
        "아래 정보에 대하여 시정요구(삭제)를 하오니 조치 후 결과를 회신하여 주시기 바랍니다.",
        "",
        f"요청번호: {ref}",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 드림"]
    return lines


def gmail_quote(ref, urls, when):
    head = f"{when}, KCSC Takedown <takedown@kcsc.example>님이 작성:"
    return "\n".join([head] + [("> " + l) if l else ">" for l in request_body(ref, urls)])


def outlook_quote(ref, urls, when, to):
    head = [
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {when}",
        f"To: {to}",
        f"Subject: [{ref}] 불법정보 시정요구",
        "",
    ]
    return "\n".join(head + request_body(ref, urls))


def multipart(parts, boundary, sub="mixed", extra=""):
    out = [f'Content-Type: multipart/{sub}; boundary="{boundary}"{extra}', "", "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.strip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED

case(
    name="naver-kcsc-result-table-html",
    from_="policy-support@navercorp.com",
    name_from=enc("NAVER 정책지원팀"),
    date="Wed, 04 Sep 2024 16:12:40 +0900",
    subject=enc(f"[NAVER] 시정요구 조치결과 회신 ({R_NAVER})"),
    reply_to_req=REQ_MID[R_NAVER],
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(요청번호 {R_NAVER})에 따른 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>연번</th><th>URL</th><th>조치 내용</th><th>조치 일시</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>2024.09.03 11:20</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>삭제</td><td>2024.09.03 11:21</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>임시조치(30일)</td><td>2024.09.03 14:05</td></tr>
<tr><td>4</td><td>{N[4]}</td><td>게시중단</td><td>2024.09.04 09:48</td></tr>
<tr><td>5</td><td>{N[5]}</td><td>게시물 없음(작성자 삭제)</td><td>-</td></tr>
<tr><td>6</td><td>{N[6]}</td><td>삭제</td><td>2024.09.04 10:02</td></tr>
</table>
<p>나머지 8건은 확인이 끝나는 대로 별도로 회신드리겠습니다.</p>
<p>감사합니다.<br>네이버 주식회사 정책지원팀</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="KCSC 시정요구 조치결과 회신 table (연번/URL/조치 내용/조치 일시) as Korean portals return it",
    why="HTML table: four deletions/게시중단, one 임시조치 (restricted), one post already deleted by its author; the other eight promised later",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "removed", N[5]: "not_found", N[6]: "removed"},
)

case(
    name="naver-blog-korean-prose",
    from_="blog_help@naver.com",
    name_from=enc("네이버 블로그 고객센터"),
    date="Thu, 05 Sep 2024 10:31:02 +0900",
    subject=enc(f"Re: [{R_NAVER}] 불법정보 시정요구"),
    reply_to_req=REQ_MID[R_NAVER],
    body=f"""안녕하세요, 네이버 블로그 고객센터입니다.

요청하신 게시물에 대하여 확인한 결과를 안내드립니다.

{N[8]} 게시물은 블로그 운영정책 위반이 확인되어 블라인드 처리하였습니다.

{N[10]} 게시물은 확인 당시 이미 작성자에 의해 삭제된 상태였습니다.

그 밖의 문의는 네이버 고객센터(https://help.naver.com)를 이용해 주세요.

네이버 블로그 고객센터 드림""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog help-desk reply (블라인드 처리 / 작성자 삭제)",
    why="two named posts: one blinded (removed), one already deleted by its author (not_found); help link is not an item",
    items={N[8]: "removed", N[10]: "not_found"},
)

case(
    name="naver-trust-safety-english-list",
    from_="trust-safety@navercorp.com",
    name_from="NAVER Trust & Safety",
    date="Fri, 06 Sep 2024 17:45:13 +0900",
    subject=f"Re: Removal request {R_NAVER} - partial outcome",
    reply_to_req=REQ_MID[R_NAVER],
    body=f"""Dear KCSC team,

Following our review of request {R_NAVER}, here is the outcome for three of
the items you listed:

1. {N[7]}
   Removed. The question and its answers were deleted for promoting illegal
   gambling, which our operating policy prohibits.

2. {N[11]}
   No action. The post describes gambling regulation in general terms and does
   not breach NAVER's operating principles or Korean law, so it remains
   available.

3. {N[12]}
   Age-restricted. The article can now be read only by signed-in members who
   have verified they are 19 or older.

Our operating policy is published at https://policy.naver.com/policy/service_group.html
and authors may appeal through https://help.naver.com/alias/contents2/appeal.naver.

Kind regards,
NAVER Trust & Safety""",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety outcome list (removed / no action with reason / age-restricted)",
    why="numbered list, status on the line below each URL: removed, rejected with its reason, age-restricted",
    items={N[7]: "removed", N[11]: "rejected", N[12]: "restricted"},
)

_csv_rows = [
    ("no", "url", "조치결과", "처리일"),
    (1, N[1], "삭제", "2024-09-03"), (2, N[2], "삭제", "2024-09-03"),
    (3, N[3], "임시조치", "2024-09-03"), (4, N[4], "게시중단", "2024-09-04"),
    (5, N[5], "게시물 없음", "-"), (6, N[6], "삭제", "2024-09-04"),
    (7, N[7], "삭제", "2024-09-05"), (8, N[8], "블라인드", "2024-09-05"),
    (9, N[9], "위반사항 없음 - 게시 유지", "2024-09-06"), (10, N[10], "게시물 없음", "-"),
    (11, N[11], "처리중", ""), (12, N[12], "처리중", ""),
    (13, N[13], "삭제", "2024-09-06"), (14, N[14], "비공개 처리", "2024-09-05"),
]
_buf = io.StringIO()
csv.writer(_buf, lineterminator="\r\n").writerows(_csv_rows)
case(
    name="naver-csv-attachment",
    from_="policy-support@navercorp.com",
    name_from=enc("NAVER 정책지원팀"),
    date="Mon, 09 Sep 2024 15:03:55 +0900",
    subject=enc(f"RE: [{R_NAVER}] 시정요구 조치결과 (첨부)"),
    reply_to_req=REQ_MID[R_NAVER],
    raw_mime=multipart([
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        + b64(f"안녕하세요. 네이버 정책지원팀입니다.\n\n요청번호 {R_NAVER} 14건에 대한 조치 결과를 첨부 파일로 보내드립니다.\n"
              "'처리중'으로 표시된 2건은 결과가 나오면 추가로 안내드리겠습니다.\n\n감사합니다.\n"),
        "Content-Type: text/csv; charset=utf-8; name=\"KCSC-240902-01_result.csv\"\n"
        "Content-Disposition: attachment; filename=\"KCSC-240902-01_result.csv\"\n"
        "Content-Transfer-Encoding: base64\n\n" + b64("\ufeff" + _buf.getvalue()),
    ], "----=_NvBnd_7c1e0a"),
    outcome="applied", classification="confirmation",
    imitates="portal result spreadsheet attached as CSV (no/url/조치결과/처리일), BOM and CRLF as Excel writes it",
    why="CSV rows: 삭제/게시중단/블라인드/비공개 removed, 임시조치 restricted, 게시물 없음 not_found, 위반사항 없음-게시 유지 rejected, 처리중 pending",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "removed", N[5]: "not_found",
           N[6]: "removed", N[7]: "removed", N[8]: "removed", N[9]: "rejected", N[10]: "not_found",
           N[11]: "pending", N[12]: "pending", N[13]: "removed", N[14]: "removed"},
)

_tv = f"""안녕하세요. 네이버TV 고객센터입니다.

요청 주신 영상 {N[14]} 은 9월 5일 오전 비공개 처리되어 현재 재생되지 않습니다.
채널 운영자에게는 운영정책 위반 사실을 통지하였습니다.

감사합니다.
네이버TV 고객센터

{outlook_quote(R_NAVER, [N[12], N[13], N[14]], "Monday, September 2, 2024 10:00 AM", "tvcast_help@naver.com")}
"""
case(
    name="naver-tv-qp-top-posted",
    from_="tvcast_help@naver.com",
    name_from=enc("네이버TV 고객센터"),
    date="Thu, 05 Sep 2024 11:52:20 +0900",
    subject=enc(f"RE: [{R_NAVER}] 불법정보 시정요구"),
    reply_to_req=REQ_MID[R_NAVER],
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_tv),
    outcome="applied", classification="confirmation",
    imitates="NAVER TV help-desk reply top-posted over an Outlook-quoted request, quoted-printable",
    why="one video made private (removed); the other URLs appear only in the quoted request",
    items={N[14]: "removed", N[12]: "pending", N[13]: "pending"},
)

case(
    name="daum-cafe-korean-bullets",
    from_="cs_noreply@kakaocorp.com",
    name_from=enc("카카오 고객센터"),
    date="Fri, 06 Sep 2024 09:14:48 +0900",
    subject=enc(f"[Daum 카페] 게시물 조치 결과 안내 ({R_DAUM})"),
    reply_to_req=REQ_MID[R_DAUM],
    body=f"""안녕하세요, 카카오 고객센터입니다.
방송통신심의위원회의 시정요구({R_DAUM})에 대한 처리 결과를 알려드립니다.

■ 처리 결과
- {D[1]} : 블라인드 처리
- {D[2]} : 게시중단
- {D3_RAW} : 삭제
- {D[4]} : 조치 불가 (검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않음)

■ 참고
카페 운영정책: https://cafe.daum.net/_info/policy

본 메일은 발신 전용입니다.""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum cafe 신고 처리 결과 notice with 블라인드/게시중단/삭제/조치 불가",
    why="bulleted list: blinded, 게시중단, deleted (raw Korean path of a percent-encoded URL), and refused with reason",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "rejected"},
)

_daum_html = f"""<!DOCTYPE html><html><body>
<div style="max-width:640px;font-size:14px;color:#222">
<h3 style="color:#ff5a00">Daum 고객센터</h3>
<p>안녕하세요. 요청번호 {R_DAUM} 관련 처리 결과를 안내드립니다.</p>
<p>게시물 <a href="{D[1]}">{D[1]}</a> 에 대해서는 정보통신망법 제44조의2에 따라 30일간 임시조치(접근 제한)하였습니다.</p>
<p>게시물 <a href="{D[2]}">{D[2]}</a> 는 확인 결과 존재하지 않는 게시물입니다.</p>
<p style="color:#888;font-size:12px">본 메일은 발신 전용이며 회신되지 않습니다. <a href="https://cs.daum.net/faq/site/cafe.html">고객센터 바로가기</a></p>
</div></body></html>
"""
case(
    name="daum-base64-html",
    from_="noreply@daum.net",
    name_from=enc("Daum 고객센터"),
    date="Sat, 07 Sep 2024 13:20:05 +0900",
    subject=enc(f"[Daum] 요청하신 게시물 처리 결과 안내 ({R_DAUM})"),
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_daum_html),
    outcome="applied", classification="confirmation",
    imitates="Daum customer-centre HTML notice, base64, 임시조치(접근 제한) and 존재하지 않는 게시물",
    why="base64 HTML: one post under 30-day 임시조치 (restricted), one does not exist (not_found); help-centre link not an item",
    items={D[1]: "restricted", D[2]: "not_found"},
)

case(
    name="dc-korean-numbered",
    from_="help@dcinside.com",
    name_from=enc("디시인사이드 운영팀"),
    date="Fri, 06 Sep 2024 14:40:31 +0900",
    subject=enc(f"RE: [{R_DC}] 게시물 삭제 요청의 건"),
    reply_to_req=REQ_MID[R_DC],
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물의 처리 결과를 아래와 같이 알려드립니다.

1. {C[1]} - 삭제 완료
2. {C[2]} - 삭제 완료
3. {C[3]} - 작성자가 이미 삭제한 게시물입니다.
4. {C[4]} - 삭제 불가: 게시물 내용이 공공의 이해에 관한 사실 적시로 보이며, 당사 게시물 운영 기준 위반이 확인되지 않았습니다.
5. {C[5]} - 삭제 완료

감사합니다.
디시인사이드 운영팀""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 reply with a numbered result list",
    why="numbered list: three deletions, one already deleted by its author, one refused with its reason",
    items={C[1]: "removed", C[2]: "removed", C[3]: "not_found", C[4]: "rejected", C[5]: "removed"},
)

case(
    name="dc-url-then-status-line",
    from_="report@dcinside.com",
    name_from=enc("디시인사이드 신고센터"),
    date="Mon, 09 Sep 2024 10:05:44 +0900",
    subject=enc(f"[디시인사이드] 신고 처리 결과 - {R_DC}"),
    body=f"""처리 결과 안내드립니다.

{C[2]}
→ 삭제 처리되었습니다.

{C[5]}
→ 해당 게시물은 존재하지 않습니다. (잘못된 주소이거나 이미 삭제된 게시물)

디시인사이드 신고센터""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 신고센터 short result notice, bare URL with the result on the next line",
    why="status on the line below each bare URL: removed, not_found",
    items={C[2]: "removed", C[5]: "not_found"},
)

case(
    name="dc-statement-then-urls-gmail-quote",
    from_="gallery-ops@dcinside.com",
    name_from=enc("디시인사이드 갤러리운영"),
    date="Sat, 07 Sep 2024 20:17:09 +0900",
    subject=enc(f"Re: [{R_DC}] 불법정보 시정요구"),
    reply_to_req=REQ_MID[R_DC],
    body=f"""담당자님 안녕하세요.

아래 게시물은 마이너 갤러리 운영 원칙 위반으로 삭제하고 작성자 IP를 차단했습니다.
{C[3]}
{C[4]}

나머지 게시물은 아직 확인 중입니다.

디시인사이드 갤러리운영 드림

{gmail_quote(R_DC, [C[i] for i in range(1, 6)], "2024년 9월 4일 (수) 오전 11:00")}""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style reply from a community operator, statement above the URLs it covers",
    why="statement line then two URLs below it: both removed; the rest 'still being checked' and only quoted",
    items={C[3]: "removed", C[4]: "removed", C[1]: "pending", C[2]: "pending", C[5]: "pending"},
)

case(
    name="soop-english-prose",
    from_="safety@sooplive.co.kr",
    name_from="SOOP Trust & Safety",
    date="Mon, 09 Sep 2024 18:22:37 +0900",
    subject=f"[SOOP] Result of your request {R_SOOP}",
    reply_to_req=REQ_MID[R_SOOP],
    body=f"""Hello,

We reviewed the three links in your request {R_SOOP}.

The VOD at {S[1]} has been deleted, and the streamer's channel has received a
seven-day broadcast suspension.

The VOD at {S[2]} has been set to 19+ viewing: it is now shown only to
age-verified adult members and is hidden from minors and signed-out visitors.

The channel post {S[3]} was removed.

SOOP Trust & Safety""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) safety-team reply: VOD deleted, 19+ restriction, post removed",
    why="prose, one sentence per URL: removed, age-restricted, removed",
    items={S[1]: "removed", S[2]: "restricted", S[3]: "removed"},
)

case(
    name="soop-receipt-with-answer-angle-brackets",
    from_="noreply_cs@sooplive.co.kr",
    name_from=enc("SOOP 고객센터"),
    date="Tue, 10 Sep 2024 11:08:12 +0900",
    subject=enc("[SOOP] 1:1 문의 답변 완료 안내 (접수번호 2409-0551287)"),
    body=f"""고객님께서 남기신 1:1 문의에 답변이 등록되었습니다.

문의 제목: {R_SOOP} 불법정보 시정요구
접수 일시: 2024-09-05 09:41

[답변 내용]
안녕하세요, SOOP 운영팀입니다.
<{S[2]}>의 다시보기는 운영정책 위반(불법 도박 홍보)으로 삭제되었습니다.
<{S[3]}>은 확인 결과 작성자가 이미 삭제하여 존재하지 않는 게시글입니다.
<{S[1]}>에 대해서는 추가 확인 후 다시 안내드리겠습니다.

※ 답변 내용은 SOOP 고객센터 > 나의 문의 내역(https://help.sooplive.co.kr/my/inquiry)에서도 확인하실 수 있습니다.""",
    outcome="applied", classification="confirmation",
    imitates="SOOP helpdesk '1:1 문의 답변 완료' notice carrying the agent's answer",
    why="receipt wrapper but with unhedged item statements: removed, not_found (author deleted); third item promised later",
    items={S[2]: "removed", S[3]: "not_found", S[1]: "pending"},
)

case(
    name="fmk-fullwidth-punctuation",
    from_="admin@fmkorea.com",
    name_from=enc("에펨코리아 운영진"),
    date="Mon, 09 Sep 2024 01:33:50 +0900",
    subject=enc(f"Re: [{R_FMK}] 게시물 삭제 요청"),
    reply_to_req=REQ_MID[R_FMK],
    body=f"""안녕하세요, 에펨코리아 운영진입니다.
요청하신 게시물 처리 결과입니다.

① {F[1]}：운영 규정 위반으로 삭제 조치 완료
② {F[2]}：작성자가 이미 삭제한 글로 현재 존재하지 않습니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea operator reply with circled numbers and full-width colons",
    why="URL immediately followed by a full-width colon: removed, not_found",
    items={F[1]: "removed", F[2]: "not_found"},
)

case(
    name="ppomppu-sole-statement",
    from_="cs@ppomppu.co.kr",
    name_from=enc("뽐뿌 운영팀"),
    date="Tue, 10 Sep 2024 16:02:27 +0900",
    subject=enc(f"RE: [{R_PPOM}] 불법정보 시정요구"),
    reply_to_req=REQ_MID[R_PPOM],
    body=f"""안녕하세요, 뽐뿌 운영팀입니다.

요청하신 게시물은 9월 10일 오후 3시경 삭제 처리하였으며, 작성자 계정은 이용 정지하였습니다.

감사합니다.

{outlook_quote(R_PPOM, [P[1]], "Monday, September 9, 2024 10:00 AM", "cs@ppomppu.co.kr")}""",
    outcome="applied", classification="confirmation",
    imitates="Ppomppu operator reply over an Outlook-quoted one-item request",
    why="'the requested post was deleted' answering a one-item request; its URL appears only in the quote",
    items={P[1]: "removed"},
)

case(
    name="clien-removed-and-kept",
    from_="admin@clien.net",
    name_from=enc("클리앙 운영진"),
    date="Wed, 11 Sep 2024 13:45:00 +0900",
    subject=enc(f"[클리앙] {R_CLIEN} 요청 건 회신"),
    reply_to_req=REQ_MID[R_CLIEN],
    body=f"""안녕하세요. 클리앙 운영진입니다.

요청하신 {L[1]} 글은 운영자 삭제 처리했습니다.

{L[2]} 글은 일반 중고 전자기기 판매글로 확인되었습니다. 사이트 이용규칙이나 법령에 어긋나는 점을 찾지 못해 삭제하지 않고 그대로 둡니다.

문의가 더 있으시면 이 메일로 회신 주세요.""",
    outcome="applied", classification="confirmation",
    imitates="Clien operator plain reply: 운영자 삭제 and a refusal with reason",
    why="one 운영자 삭제 (removed), one kept because it breaks no rule (rejected)",
    items={L[1]: "removed", L[2]: "rejected"},
)

case(
    name="clien-top-posted-gmail",
    from_="admin@clien.net",
    name_from=enc("클리앙 운영진"),
    date="Thu, 12 Sep 2024 09:26:41 +0900",
    subject=enc(f"Re: [{R_CLIEN}] 불법정보 시정요구"),
    reply_to_req=REQ_MID[R_CLIEN],
    body=f"""추가 확인 결과 아래 글을 삭제했습니다.
{L[2]}

클리앙 운영진

{gmail_quote(R_CLIEN, [L[1], L[2]], "2024년 9월 10일 (화) 오전 9:00")}""",
    outcome="applied", classification="confirmation",
    imitates="short top-posted Gmail reply from a community admin",
    why="statement then one URL below it (removed); the other URL only in the quoted request",
    items={L[2]: "removed", L[1]: "pending"},
)

_kin = f"""안녕하세요. 네이버 지식iN 고객센터입니다.

요청하신 지식iN 질문 {N[7]} 및 해당 질문에 달린 답변 3건은 운영정책 위반으로 삭제되었습니다.

지식iN 고객센터 드림
"""
case(
    name="naver-kin-qp-soft-wrapped",
    from_="kin_help@naver.com",
    name_from=enc("지식iN 고객센터"),
    date="Wed, 04 Sep 2024 14:10:09 +0900",
    subject=enc(f"[지식iN] {R_NAVER} 처리 결과"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_kin),
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN help reply, quoted-printable with a soft line break inside the long URL",
    why="QP soft break splits the URL; decoded it is the requested kin.naver.com question, deleted",
    items={N[7]: "removed"},
)

case(
    name="naver-angle-bracket-wrapped-url",
    from_="cafe_help@naver.com",
    name_from=enc("네이버 카페 고객센터"),
    date="Fri, 06 Sep 2024 15:55:18 +0900",
    subject=enc(f"Re: [{R_NAVER}] 불법정보 시정요구"),
    reply_to_req=REQ_MID[R_NAVER],
    body=f"""안녕하세요, 네이버 카페 고객센터입니다.

요청하신 게시물 중
<https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&
docId=471203388>
은 삭제되었으며, <{N[9]}>은
작성자 본인이 이미 삭제한 글로 확인되었습니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="reply from a mail client that wraps a long URL inside angle brackets (RFC 3986 appendix C style)",
    why="URL wrapped inside <...> then Korean particle: removed; second post already deleted by its author (not_found)",
    items={N[7]: "removed", N[9]: "not_found"},
)

case(
    name="naver-echoed-report",
    from_="report_noreply@naver.com",
    name_from=enc("네이버 신고센터"),
    date="Sat, 07 Sep 2024 08:30:00 +0900",
    subject=enc("[네이버] 신고하신 게시물의 처리 결과를 알려드립니다"),
    body=f"""네이버 신고센터입니다. 접수하신 신고의 처리 결과를 알려드립니다.

[신고 내용]
신고 번호: R-20240902-0091823
신고 대상: {N[9]}
신고 사유: 불법 정보(도박)
신고 일시: 2024.09.02 10:12

[처리 결과]
게시중단 - 신고된 게시물이 카페 운영원칙 위반으로 게시중단되었습니다.

------------------------------------------------------------

[신고 내용]
신고 번호: R-20240902-0091824
신고 대상: {N[13]}
신고 사유: 불법 정보(도박)
신고 일시: 2024.09.02 10:12

[처리 결과]
조치 없음 - 검토 결과 서비스 운영원칙 위반이 확인되지 않아 게시물이 유지됩니다.

------------------------------------------------------------
본 메일은 발신 전용입니다. 재검토 요청은 https://help.naver.com/support/report.help 에서 하실 수 있습니다.""",
    outcome="applied", classification="confirmation",
    imitates="NAVER report-centre outcome mail echoing each report (신고 내용 / 처리 결과)",
    why="echoed report blocks, each with its own result: 게시중단 (removed), 조치 없음 with reason (rejected)",
    items={N[9]: "removed", N[13]: "rejected"},
)

case(
    name="naver-statement-of-reasons-korea-only",
    from_="legal-notice@navercorp.com",
    name_from="NAVER Legal",
    date="Tue, 10 Sep 2024 10:00:41 +0900",
    subject=f"Statement of reasons - {R_NAVER} - item 6",
    reply_to_req=REQ_MID[R_NAVER],
    body=f"""STATEMENT OF REASONS

Decision:            Access to the content has been restricted.
Content:             {N[6]}
Territorial scope:   Republic of Korea only. The article is blocked for
                     visitors connecting from Korea and remains visible elsewhere.
Legal ground:        Article 44-7 of the Act on Promotion of Information and
                     Communications Network Utilization (illegal information)
Facts relied on:     KCSC correction request {R_NAVER}
Automated detection: No
Automated decision:  No
Redress:             The author may object within 30 days via the NAVER
                     help centre.

NAVER Corporation, Legal""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons, geo-restricted to Korea",
    why="decision restricted with territorial scope Korea only: restricted",
    items={N[6]: "restricted"},
)

case(
    name="daum-english-outlook-quote",
    from_="ts-global@kakaocorp.com",
    name_from="Kakao Trust & Safety",
    date="Mon, 09 Sep 2024 19:04:26 +0900",
    subject=f"RE: [{R_DAUM}] Correction request",
    reply_to_req=REQ_MID[R_DAUM],
    body=f"""Hello,

Regarding {D[4]}: the post has been taken down today after our review
confirmed it offered controlled substances for sale.

Best regards,
Kakao Trust & Safety

{outlook_quote(R_DAUM, [D[1], D[2], D3_RAW, D[4]], "Tuesday, September 3, 2024 10:30 AM", "ts-global@kakaocorp.com")}""",
    outcome="applied", classification="confirmation",
    imitates="Kakao trust-and-safety English reply over an Outlook-quoted request",
    why="one item taken down (removed); the other three only in the quoted request",
    items={D[4]: "removed", D[1]: "pending", D[2]: "pending", D[3]: "pending"},
)

case(
    name="dc-html-table",
    from_="help@dcinside.com",
    name_from=enc("디시인사이드 운영팀"),
    date="Tue, 10 Sep 2024 17:31:03 +0900",
    subject=enc(f"[디시인사이드] 시정요구 처리 결과 ({R_DC})"),
    reply_to_req=REQ_MID[R_DC],
    type="html",
    body=f"""<html><body>
<p>안녕하세요, 디시인사이드 운영팀입니다. 처리 결과를 회신드립니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>번호</th><th>게시물 주소</th><th>처리 결과</th></tr></thead>
<tbody>
<tr><td>1</td><td><a href="{C[1]}">{C[1]}</a></td><td>삭제</td></tr>
<tr><td>2</td><td><a href="{C[2]}">{C[2]}</a></td><td>삭제</td></tr>
<tr><td>3</td><td><a href="{C[5]}">{C[5]}</a></td><td>유지 (미니 갤러리 이용 규칙 및 법령 위반 사항 없음)</td></tr>
</tbody></table>
<p>감사합니다.</p></body></html>""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside result table in HTML (번호/게시물 주소/처리 결과)",
    why="HTML table: two deletions, one kept with the reason no rule is broken (rejected)",
    items={C[1]: "removed", C[2]: "removed", C[5]: "rejected"},
)

_soop_csv = io.StringIO()
csv.writer(_soop_csv, lineterminator="\n").writerows([
    ("url", "action", "action_date"),
    (S[1], "VOD 삭제", "2024-09-06"),
    (S[2], "VOD 삭제", "2024-09-06"),
    (S[3], "게시글 없음(작성자 삭제)", ""),
])
case(
    name="soop-csv-attachment",
    from_="safety@sooplive.co.kr",
    name_from="SOOP Trust & Safety",
    date="Fri, 06 Sep 2024 12:48:30 +0900",
    subject=f"[SOOP] {R_SOOP} action report",
    reply_to_req=REQ_MID[R_SOOP],
    raw_mime=multipart([
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"Hello,\n\nPlease find attached the action report for request {R_SOOP}.\n\nSOOP Trust & Safety\n",
        "Content-Type: text/csv; charset=utf-8\n"
        "Content-Disposition: attachment; filename=\"soop_action_report_240906.csv\"\n"
        "Content-Transfer-Encoding: base64\n\n" + b64(_soop_csv.getvalue()),
    ], "soop-b0undary-3e91"),
    outcome="applied", classification="confirmation",
    imitates="SOOP action report sent as a CSV attachment",
    why="CSV attachment: two VODs deleted, channel post already deleted by its author",
    items={S[1]: "removed", S[2]: "removed", S[3]: "not_found"},
)

case(
    name="naver-done-and-promised",
    from_="policy-support@navercorp.com",
    name_from=enc("NAVER 정책지원팀"),
    date="Thu, 05 Sep 2024 18:20:14 +0900",
    subject=enc(f"RE: [{R_NAVER}] 불법정보 시정요구 - 중간 회신"),
    reply_to_req=REQ_MID[R_NAVER],
    body=f"""안녕하세요, 네이버 정책지원팀입니다. 중간 회신드립니다.

- {N[2]} : 삭제 완료했습니다.
- {N[12]} : 카페 매니저 소명 절차가 진행 중이어서, 소명 기간(7일)이 끝난 뒤 조치할 예정입니다.

나머지 건은 확인 후 회신드리겠습니다.""",
    outcome="applied", classification="confirmation",
    imitates="portal interim reply: one item done, one waiting for the author's 소명 period",
    why="one deletion applies; 'will act after the 7-day period' is a promise, item stays pending",
    items={N[2]: "removed", N[12]: "pending"},
)

case(
    name="fmk-both-named-list",
    from_="admin@fmkorea.com",
    name_from=enc("에펨코리아 운영진"),
    date="Tue, 10 Sep 2024 22:41:09 +0900",
    subject=enc(f"[에펨코리아] {R_FMK} 처리 완료"),
    reply_to_req=REQ_MID[R_FMK],
    body=f"""요청하신 아래 두 게시물 모두 삭제했습니다.

- {F[1]}
- {F[2]}

작성자는 커뮤니티 이용이 영구 제한되었습니다.
에펨코리아 운영진""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea operator note, 'both deleted' followed by a bulleted list naming each",
    why="'both deleted' but each URL is listed under it: both removed, not bulk",
    items={F[1]: "removed", F[2]: "removed"},
)

case(
    name="naver-policy-link-and-one-item",
    from_="blog_help@naver.com",
    name_from=enc("네이버 블로그 고객센터"),
    date="Wed, 11 Sep 2024 09:02:33 +0900",
    subject=enc(f"[네이버 블로그] 게시물 조치 안내 ({R_NAVER})"),
    body=f"""안녕하세요, 네이버 블로그 고객센터입니다.

{N[3]} 게시물은 블로그 운영정책(https://blog.naver.com/blogpeople/220000000001) 위반으로 삭제되었습니다.
운영정책에 대한 자세한 내용은 https://green.naver.com/greeninternet-create-home 에서 확인하실 수 있습니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog notice citing the operating-policy pages",
    why="one deletion; the two policy links are NAVER's own help pages, not items",
    items={N[3]: "removed"},
)

# ================================================================ REVIEW

case(
    name="naver-promise-korean",
    from_="policy-support@navercorp.com",
    name_from=enc("NAVER 정책지원팀"),
    date="Tue, 03 Sep 2024 17:10:00 +0900",
    subject=enc(f"RE: [{R_NAVER}] 불법정보 시정요구"),
    reply_to_req=REQ_MID[R_NAVER],
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 건 중 {N[4]} 와 {N[5]} 게시물은
카페 운영원칙 위반 여부를 검토한 뒤 순차적으로 삭제될 예정입니다.
조치가 끝나면 다시 안내드리겠습니다.""",
    outcome="review", review="not_understood",
    imitates="portal interim reply promising deletion after review",
    why="'will be deleted after review' is a promise, not a statement; names items so it needs a person",
    items={N[4]: "pending", N[5]: "pending"},
)

case(
    name="dc-hedge-english",
    from_="help@dcinside.com",
    name_from="DCInside Support",
    date="Thu, 05 Sep 2024 12:00:12 +0900",
    subject=f"RE: [{R_DC}] request",
    reply_to_req=REQ_MID[R_DC],
    body=f"""Hi,

It looks like {C[1]} and {C[2]} may already have been removed by the
gallery manager, but we could not confirm this from our logs yet. We will
double-check and get back to you.

DCInside Support""",
    outcome="review", review="not_understood",
    imitates="support agent's hedged English reply",
    why="'may already have been removed', unconfirmed: hedge, items stay pending",
    items={C[1]: "pending", C[2]: "pending"},
)

case(
    name="naver-bulk-korean",
    from_="policy-support@navercorp.com",
    name_from=enc("NAVER 정책지원팀"),
    date="Wed, 11 Sep 2024 10:44:05 +0900",
    subject=enc(f"[NAVER] {R_NAVER} 조치 완료 회신"),
    reply_to_req=REQ_MID[R_NAVER],
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청번호 {R_NAVER} 건으로 요청하신 게시물 전체에 대하여 게시중단 조치를 완료하였습니다.

감사합니다.""",
    outcome="review", review="bulk",
    imitates="portal one-line completion notice for a whole request",
    why="'all posts of the request 게시중단' without naming them, for a 14-item request: bulk",
    items={N[i]: "pending" for i in range(1, 15)},
)

case(
    name="soop-bulk-english",
    from_="safety@sooplive.co.kr",
    name_from="SOOP Trust & Safety",
    date="Sat, 07 Sep 2024 10:15:52 +0900",
    subject=f"Re: [{R_SOOP}] Correction request",
    reply_to_req=REQ_MID[R_SOOP],
    body=f"""Hello,

All three links listed in your request {R_SOOP} have been taken down.

Thank you for your cooperation.
SOOP Trust & Safety""",
    outcome="review", review="bulk",
    imitates="short English completion note for a multi-item request",
    why="'all three links taken down' without naming them, three-item request: bulk",
    items={S[1]: "pending", S[2]: "pending", S[3]: "pending"},
)

case(
    name="naver-dmarc-fail",
    from_="policy-support@navercorp.com",
    name_from=enc("NAVER 정책지원팀"),
    auth="fail",
    date="Thu, 05 Sep 2024 03:12:44 +0900",
    subject=enc(f"[NAVER] {R_NAVER} 조치결과"),
    body=f"""요청하신 게시물 처리 결과입니다.

{N[1]} - 삭제 완료
{N[3]} - 삭제 완료

자세한 내역은 첨부 링크에서 확인하세요: https://naver-policy-result.example/view?id=88120""",
    outcome="review", review="untrusted",
    imitates="spoofed portal result mail failing DMARC",
    why="navercorp.com sender failing DKIM/SPF/DMARC: statements are not trusted",
    items={N[1]: "pending", N[3]: "pending"},
)

case(
    name="naver-lookalike-gmail",
    from_="naver.cs.center.kr@gmail.com",
    name_from=enc("네이버 고객센터"),
    date="Fri, 06 Sep 2024 21:40:19 +0900",
    subject=enc(f"[네이버고객센터] {R_NAVER} 게시물 삭제 완료"),
    body=f"""안녕하세요 네이버 고객센터입니다.
{N[7]} 게시물은 삭제되었습니다.
감사합니다.""",
    outcome="review", review="unknown_sender",
    imitates="look-alike 'customer centre' address on a free-mail domain",
    why="gmail.com is no platform's domain: unknown sender naming a requested item",
    items={N[7]: "pending"},
)

case(
    name="law-office-for-author",
    from_="jhkim@hanbit-law.example",
    name_from=enc("법무법인 한빛 김정훈 변호사"),
    date="Mon, 09 Sep 2024 14:25:31 +0900",
    subject=enc(f"{R_DC} 관련 게시물 자진 삭제 안내"),
    body=f"""방송통신심의위원회 담당자님께,

저희 법무법인은 디시인사이드 게시물 {C[3]} 작성자의 대리인입니다.
의뢰인은 9월 6일 해당 게시물을 자진 삭제하였음을 알려드립니다.
관련 심의 절차에 참고하여 주시기 바랍니다.

법무법인 한빛 변호사 김정훈""",
    outcome="review", review="unknown_sender",
    imitates="letter from the author's lawyer reporting voluntary deletion",
    why="not DC Inside: a third party's claim about the item needs a person, status stays pending",
    items={C[3]: "pending"},
)

case(
    name="nate-says-fmk-post-missing",
    from_="help@nate.com",
    name_from=enc("네이트 고객센터"),
    date="Mon, 09 Sep 2024 09:30:11 +0900",
    subject=enc("[네이트] 게시물 신고 처리 결과 안내"),
    body=f"""안녕하세요, 네이트 고객센터입니다.

신고하신 게시물({F[2]})은 존재하지 않거나 삭제된 게시물입니다.
네이트 판 게시물 신고는 https://pann.nate.com/info/report 를 이용해 주세요.""",
    outcome="review", review="wrong_platform",
    imitates="Nate automatic report-result mail answering a misdirected report",
    why="Nate states not_found for an FM Korea item: wrong platform, nothing applied",
    items={F[2]: "pending"},
)

case(
    name="dc-asks-for-documents",
    from_="help@dcinside.com",
    name_from=enc("디시인사이드 운영팀"),
    date="Thu, 05 Sep 2024 16:55:08 +0900",
    subject=enc(f"RE: [{R_DC}] 게시물 삭제 요청의 건 - 자료 요청"),
    reply_to_req=REQ_MID[R_DC],
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

아래 두 게시물은 권리침해 여부 판단을 위해 추가 자료가 필요합니다.
{C[3]}
{C[4]}

심의 의결서 사본 또는 기관 공문을 이 메일로 회신해 주시면 검토 후 조치하겠습니다.""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="community site asking for the regulator's decision document before acting",
    why="asks for documents before acting: request for information, items pending",
    items={C[3]: "pending", C[4]: "pending"},
)

case(
    name="naver-contact-change-notice",
    from_="gov-request@navercorp.com",
    name_from=enc("NAVER 대외협력실"),
    date="Wed, 04 Sep 2024 10:00:00 +0900",
    subject=enc("[안내] 정부기관 요청 접수 창구 변경"),
    body="""안녕하세요, 네이버 대외협력실입니다.

2024년 10월 1일부터 정부기관의 게시물 관련 요청은 아래 전용 주소로만 접수됩니다.
  - 신규 접수 주소: gov-request@navercorp.com
  - 기존 주소(policy@navercorp.com)는 9월 30일까지 병행 운영합니다.

업무에 참고하여 주시기 바랍니다. 감사합니다.""",
    outcome="review", review="no_claims",
    imitates="portal notice that its government-request address changes",
    why="trusted NAVER mail naming no item and no request: a person should read it",
    items={},
)

case(
    name="clien-forwarded-moderator-note",
    from_="admin@clien.net",
    name_from=enc("클리앙 운영진"),
    date="Wed, 11 Sep 2024 08:12:40 +0900",
    subject=enc(f"Fwd: [{R_CLIEN}] 처리 내역"),
    body=f"""참고로 전달드립니다.

---------- Forwarded message ---------
보낸사람: 모두의공원 모더레이터 <mod.park@clien.net>
Date: 2024년 9월 10일 (화) 오후 11:51
Subject: [{R_CLIEN}] 처리 내역
To: 클리앙 운영진 <admin@clien.net>

{L[1]} 글 삭제했습니다. 작성자 30일 정지 걸었습니다.""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="site admin forwarding a moderator's internal note",
    why="the statement is inside a forwarded message: a person decides",
    items={L[1]: "pending"},
)

case(
    name="clien-under-review",
    from_="admin@clien.net",
    name_from=enc("클리앙 운영진"),
    date="Tue, 10 Sep 2024 18:03:19 +0900",
    subject=enc(f"Re: [{R_CLIEN}] 불법정보 시정요구"),
    reply_to_req=REQ_MID[R_CLIEN],
    body=f"""안녕하세요.

{L[1]}
{L[2]}

위 두 건은 현재 운영진 내부 검토 중입니다. 결과가 나오는 대로 회신드리겠습니다.

클리앙 운영진""",
    outcome="review", review="not_understood",
    imitates="community admin's 'under review' holding reply naming the posts",
    why="names both items but only says they are under review: no statement",
    items={L[1]: "pending", L[2]: "pending"},
)

# ================================================================ IGNORED

case(
    name="naver-ooo-chuseok",
    from_="minji.park@navercorp.com",
    name_from=enc("박민지"),
    date="Fri, 13 Sep 2024 18:00:02 +0900",
    subject=enc(f"[자동응답] 부재중입니다: RE: [{R_NAVER}] 불법정보 시정요구"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply"],
    body=f"""안녕하세요, 박민지입니다.

9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
{R_NAVER} 등 게시물 조치 관련 문의는 policy@navercorp.com 으로 보내 주시면 담당자가 확인합니다.

감사합니다.""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the Chuseok holiday",
    why="auto-reply (Auto-Submitted), says nothing about items",
    items={},
)

case(
    name="ppomppu-dsn-failed",
    from_="MAILER-DAEMON@mail.ppomppu.co.kr",
    name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 10:00:31 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart([
        "Content-Type: text/plain; charset=us-ascii\nContent-Description: Notification\n\n"
        "This is the mail system at host mail.ppomppu.co.kr.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n"
        "<report@ppomppu.co.kr>: host mail.ppomppu.co.kr[203.0.113.45] said:\n"
        "    550 5.1.1 <report@ppomppu.co.kr>: Recipient address rejected: User unknown\n",
        "Content-Type: message/delivery-status\nContent-Description: Delivery report\n\n"
        "Reporting-MTA: dns; mail.ppomppu.co.kr\n"
        "Arrival-Date: Mon,  9 Sep 2024 10:00:29 +0900 (KST)\n\n"
        "Final-Recipient: rfc822; report@ppomppu.co.kr\n"
        "Original-Recipient: rfc822;report@ppomppu.co.kr\n"
        "Action: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <report@ppomppu.co.kr>: Recipient address rejected: User unknown\n",
        "Content-Type: message/rfc822\nContent-Description: Undelivered Message\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        "To: report@ppomppu.co.kr\n"
        f"Subject: [{R_PPOM}] Correction request (deletion)\n"
        "Date: Mon, 09 Sep 2024 10:00:00 +0900\n"
        "Message-ID: <req.240909-06@kcsc.example>\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        + "\n".join(request_body(R_PPOM, [P[1]])) + "\n",
    ], "6A1F2C1B0.1725843631/mail.ppomppu.co.kr", sub="report", extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) returning our request",
    why="bounce; the URL is only in the returned request",
    items={P[1]: "pending"},
)

case(
    name="dc-read-receipt",
    from_="help@dcinside.com",
    name_from=enc("디시인사이드 운영팀"),
    date="Wed, 04 Sep 2024 11:47:15 +0900",
    subject=enc(f"읽음 확인: [{R_DC}] 불법정보 시정요구"),
    raw_mime=multipart([
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"보낸 메일 \"[{R_DC}] 불법정보 시정요구\"을(를) 수신자가 2024-09-04 11:47에 읽었습니다.\n",
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: help@dcinside.com; Daou Office Mail\n"
        "Final-Recipient: rfc822;help@dcinside.com\n"
        "Original-Message-ID: <req.240904-03@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n",
    ], "mdn-7f3a91d2", sub="report", extra="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (읽음 확인) MDN",
    why="MDN: the request was displayed, nothing about items",
    items={},
)

case(
    name="soop-ticket-receipt",
    from_="noreply_cs@sooplive.co.kr",
    name_from=enc("SOOP 고객센터"),
    date="Thu, 05 Sep 2024 09:41:30 +0900",
    subject=enc("[SOOP] 1:1 문의가 정상적으로 접수되었습니다 (접수번호 2409-0551287)"),
    body=f"""고객님의 1:1 문의가 정상적으로 접수되었습니다.

접수번호: 2409-0551287
문의 제목: {R_SOOP} 불법정보 시정요구
접수 일시: 2024-09-05 09:41

답변은 영업일 기준 3일 이내에 등록되며, 등록되면 메일로 알려드립니다.
문의 내역은 https://help.sooplive.co.kr/my/inquiry 에서 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.""",
    outcome="ignored", classification="acknowledgement",
    imitates="SOOP helpdesk ticket receipt (1:1 문의 접수)",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="daum-ack-english",
    from_="ts-global@kakaocorp.com",
    name_from="Kakao Trust & Safety",
    date="Tue, 03 Sep 2024 10:31:44 +0900",
    subject=f"[Ticket #KKO-7781203] {R_DAUM} received",
    reply_to_req=REQ_MID[R_DAUM],
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Thank you for contacting Kakao.

We have received your request {R_DAUM} and created ticket #KKO-7781203.
A member of our Trust & Safety team will review it and reply to this thread.
Please keep the ticket number in the subject line of any follow-up.

Kakao Trust & Safety""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt (Zendesk-like) from a portal's T&S desk",
    why="acknowledgement only; 'will review' is the receipt's promise, nothing about items",
    items={},
)

case(
    name="fmk-ooo-english",
    from_="jw.lee@fmkorea.com",
    name_from="Jiwoo Lee",
    date="Fri, 06 Sep 2024 14:00:40 +0900",
    subject=f"Automatic reply: [{R_FMK}] Correction request",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Hello,

I am out of the office until Thursday 12 September with limited access to
email. For moderation requests please write to admin@fmkorea.com.

Jiwoo""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="clien-dsn-delayed",
    from_="MAILER-DAEMON@mx.kcsc.example",
    name_from="Mail Delivery Subsystem",
    date="Tue, 10 Sep 2024 13:00:05 +0900",
    subject="Delivery Status Notification (Delay)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart([
        "Content-Type: text/plain; charset=us-ascii\n\n"
        "This is an automatically generated Delivery Status Notification.\n\n"
        "THIS IS A WARNING MESSAGE ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\n"
        "Delivery to the following recipient has been delayed:\n\n"
        "     admin@clien.net\n\n"
        "Message will be retried for 4 more day(s).\n",
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.kcsc.example\n\n"
        "Final-Recipient: rfc822; admin@clien.net\n"
        "Action: delayed\nStatus: 4.4.1\n"
        "Diagnostic-Code: smtp; 421 4.4.1 connection timed out\n"
        "Will-Retry-Until: Sat, 14 Sep 2024 09:00:00 +0900\n",
        "Content-Type: text/rfc822-headers\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        "To: admin@clien.net\n"
        f"Subject: [{R_CLIEN}] Correction request\n"
        "Message-ID: <req.240910-07@kcsc.example>\n",
    ], "dsn-delay-55ac0e", sub="report", extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="delay DSN from our own MTA (4.4.1, will retry)",
    why="delivery-delay notice, nothing about items",
    items={},
)


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
    header = (
        "# Blind set 201 (Korean portals and community sites), written from each\n"
        "# email's meaning before any run of the reader. Generated by make.py."
    )
    corpuslib.write_set(HERE, "blind201", header, CASES)


if __name__ == "__main__":
    main()
