#!/usr/bin/env python3
"""Blind set 711: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Clien, Ppomppu, Inven), Korean mixed with
English, plus the doubtful and ignorable mail a regulator's mailbox gets.

    python3 tests/corpus/blind711/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning before any run of
the reader. All names, ids and URLs are fictional.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
N = [
    "https://blog.naver.com/moonlit_ferry/223561204871",
    "https://blog.naver.com/moonlit_ferry/223561239904",
    "https://blog.naver.com/greyheron_77/223558810032",
    "https://cafe.naver.com/joonggotalk/1842219",
    "https://cafe.naver.com/joonggotalk/1842307",
    "https://cafe.naver.com/stockdawn/559120",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471882930",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38120447&memberNo=51209934",
    "https://blog.naver.com/paper_lantern_k/223570015528",
    "https://cafe.naver.com/healingbody/774530",
    "https://m.blog.naver.com/PostView.naver?blogId=tidal_kr&logNo=223566617402",
    "https://cafe.naver.com/stockdawn/559388",
    "https://blog.naver.com/greyheron_77/223559172246",
    "https://tv.naver.com/v/58203317",
]
D3_RAW = "https://quietshelf.tistory.com/entry/코인-리딩방-안내"
D = [
    "https://cafe.daum.net/lowriverfan/Ahq3/88213",
    "https://cafe.daum.net/sojuhouse/LJn8/4120",
    "https://quietshelf.tistory.com/entry/" + quote("코인-리딩방-안내"),
    "https://brunch.co.kr/@pinecone_w/311",
]
C = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9918273",
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9918544",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinleading&no=120455",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinleading&no=120471",
    "https://gall.dcinside.com/mini/board/view/?id=moonpiece&no=3307",
]
S = [
    "https://vod.sooplive.co.kr/player/139204418",
    "https://ch.sooplive.co.kr/nightowl0k/post/98120334",
    "https://vod.sooplive.co.kr/player/139207765",
]
F = [
    "https://www.fmkorea.com/7318820461",
    "https://www.fmkorea.com/7318902215",
]
L = ["https://www.clien.net/service/board/park/18790342"]
P = [
    "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9274415",
    "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4412093",
]

REQUESTS = [
    # ref, platform, sent, due, urls, category, msgid, note
    ("KCSC-240902-01", "naver", "2024-09-02T10:30:00+09:00", "2024-09-09T18:00:00+09:00", N,
     "fraud_investment", "req-240902-01", "unregistered investment advice and leading-room recruitment"),
    ("KCSC-240905-02", "daum", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", D,
     "fraud_investment", "req-240905-02", "coin leading-room adverts"),
    ("KCSC-240909-03", "dcinside", "2024-09-09T09:40:00+09:00", "2024-09-16T18:00:00+09:00", C,
     "defamation", "req-240909-03", "posts naming a private person"),
    ("KCSC-240910-04", "soop", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00", S,
     "obscenity", "req-240910-04", "VOD and channel post"),
    ("KCSC-240911-05", "fmkorea", "2024-09-11T10:10:00+09:00", "2024-09-18T18:00:00+09:00", F,
     "illegal_gambling", "req-240911-05", "gambling site promotion"),
    ("KCSC-240912-06", "clien", "2024-09-12T16:20:00+09:00", "2024-09-19T18:00:00+09:00", L,
     "privacy", "req-240912-06", "personal data of a minor"),
    ("KCSC-240913-07", "ppomppu", "2024-09-13T09:15:00+09:00", "2024-09-20T18:00:00+09:00", P,
     "drug_trade", "req-240913-07", "drug sale adverts"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def part_text(text, ctype="plain", enc="8bit"):
    if enc == "quoted-printable":
        body = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    elif enc == "base64":
        body = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    else:
        body = text
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {enc}\n\n" + body.strip("\n") + "\n")


def part_attach(data, ctype, filename):
    body = base64.encodebytes(data.encode("utf-8")).decode("ascii")
    return (f"Content-Type: {ctype}; charset=utf-8; name=\"{filename}\"\n"
            f"Content-Disposition: attachment; filename=\"{filename}\"\n"
            "Content-Transfer-Encoding: base64\n\n" + body)


def multipart(boundary, parts, subtype="mixed", extra=""):
    out = [f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"{extra}", "", "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.rstrip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls, ko=True):
    lines = [f"[방송통신심의위원회] 시정요구 ({ref})", "",
             "귀사 서비스에 게시된 아래 정보에 대하여 시정요구를 하오니 조치 후 결과를 회신하여 주시기 바랍니다.", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "시정요구 내용: 해당 정보의 삭제 또는 접속차단", "", "방송통신심의위원회 통신심의팀"]
    return "\n".join(lines)


SIG_NAVER = "NAVER 고객센터 권리보호팀\nhttps://help.naver.com/service/5615/"

cases = []


def add(**kw):
    cases.append(kw)


# ================================================================ APPLIED
# --- NAVER (KCSC-240902-01, 14 items)
rows = [
    (N[0], "삭제", "2024-09-04"),
    (N[1], "삭제", "2024-09-04"),
    (N[2], "임시조치(30일)", "2024-09-04"),
    (N[3], "블라인드", "2024-09-04"),
    (N[4], "게시물 없음(작성자 삭제)", "-"),
    (N[5], "조치 불가 - 위반 사항 확인되지 않음(개인 의견)", "-"),
    (N[6], "삭제(답변글)", "2024-09-04"),
    (N[7], "존재하지 않는 URL", "-"),
]
rest = [(u, "검토 중", "-") for u in N[8:]]
trs = "\n".join(
    f"<tr><td>{i}</td><td>{u.replace('&', '&amp;')}</td><td>{r}</td><td>{d}</td></tr>"
    for i, (u, r, d) in enumerate(rows + rest, 1))
html = f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 권리보호팀입니다.</p>
<p>방송통신심의위원회 시정요구(KCSC-240902-01)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>조치일자</th></tr>
{trs}
</table>
<p>9~14번 항목은 검토가 끝나는 대로 별도로 회신드리겠습니다.</p>
<p>감사합니다.<br>NAVER 권리보호팀</p>
</body></html>"""
add(name="naver-kcsc-result-table-html", from_="rights@navercorp.com", name_from="NAVER 권리보호팀",
    date="Wed, 04 Sep 2024 17:12:40 +0900", subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240902-01) 조치결과 회신",
    reply_to_req="req-240902-01", type="html", body=html,
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table filled in by a portal's rights team",
    why="HTML table: two 삭제, 임시조치, 블라인드, author-deleted, no violation, answer deleted, nonexistent URL; rows 9-14 still under review",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "removed", N[4]: "not_found",
           N[5]: "rejected", N[6]: "removed", N[7]: "not_found",
           N[8]: "pending", N[9]: "pending", N[10]: "pending", N[11]: "pending", N[12]: "pending", N[13]: "pending"})

csv_status = ["삭제", "삭제", "삭제", "삭제", "게시물 없음", "미조치(위반 아님: 개인 투자 의견)", "삭제",
              "게시물 없음", "임시조치", "삭제", "삭제", "임시조치", "삭제", "삭제"]
csv_expect = ["removed", "removed", "removed", "removed", "not_found", "rejected", "removed",
              "not_found", "restricted", "removed", "removed", "restricted", "removed", "removed"]
cbuf = io.StringIO()
cw = csv.writer(cbuf, lineterminator="\r\n")
cw.writerow(["연번", "URL", "조치결과", "비고"])
for i, (u, s) in enumerate(zip(N, csv_status), 1):
    cw.writerow([i, u, s, "정보통신망법 제44조의2" if s == "임시조치" else ""])
add(name="naver-csv-attachment-all-items", from_="rights@navercorp.com", name_from="NAVER 권리보호팀",
    date="Mon, 09 Sep 2024 11:03:15 +0900", subject="[NAVER] KCSC-240902-01 시정요구 처리 결과 (첨부)",
    reply_to_req="req-240902-01",
    raw_mime=multipart("=_nv_9f31c2", [
        part_text("안녕하세요, 네이버 권리보호팀입니다.\n\n"
                  "KCSC-240902-01 건의 항목별 처리 결과를 첨부 CSV 파일로 송부드립니다.\n"
                  "문의 사항이 있으시면 회신 부탁드립니다.\n\n" + SIG_NAVER),
        part_attach(cbuf.getvalue(), "text/csv", "KCSC-240902-01_result.csv"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="portal rights team sending the per-item result sheet as a CSV attachment",
    why="CSV attachment gives a status for all 14 items",
    items=dict(zip(N, csv_expect)))

add(name="naver-korean-prose-temporary-measure", from_="rights@navercorp.com", name_from="NAVER 권리보호팀",
    date="Fri, 06 Sep 2024 15:40:02 +0900", subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240902-01)",
    reply_to_req="req-240902-01", body=f"""
안녕하세요. 네이버 권리보호팀입니다.

보내주신 시정요구 건 중 일부에 대한 조치 결과를 안내드립니다.

아래 두 게시물은 정보통신망법 제44조의2에 따라 30일간 임시조치(게시물 접근 제한)하였습니다.
 - {N[8]}
 - {N[11]}

또한 {N[12]} 게시물은 블로그 운영정책 위반이 확인되어 삭제하였습니다.

나머지 항목은 확인 후 다시 연락드리겠습니다.
감사합니다.

{SIG_NAVER}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 (정보통신망법 44조의2) notice in prose",
    why="two items under 30-day 임시조치 (restricted), one blog post deleted; the rest promised later",
    items={N[8]: "restricted", N[11]: "restricted", N[12]: "removed"})

add(name="naver-top-posted-over-gmail-quote", from_="kr-legal-ops@navercorp.com", name_from="Jiwon Seo (NAVER Legal Ops)",
    date="Thu, 05 Sep 2024 09:21:44 +0900", subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240902-01)",
    reply_to_req="req-240902-01", body=f"""
Hello,

Quick update on two of the links while the cafe team finishes the rest:

The Knowledge iN answer at {N[6]} was deleted today for breaching our community guidelines.

The NAVER Post link {N[7]} does not exist. That volume number returns no content on our side, so there was nothing to act on.

Best regards,
Jiwon Seo
Legal Operations, NAVER Corp.

On Mon, Sep 2, 2024 at 10:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text("KCSC-240902-01", N))}
""",
    outcome="applied", classification="confirmation",
    imitates="English legal-ops reply top-posted over the quoted Korean request (Gmail quoting)",
    why="only the two items in the new text change; the 14 quoted URLs are the regulator's own request",
    items={N[6]: "removed", N[7]: "not_found"})

add(name="naver-bullets-dash-status", from_="cafe-safety@naver.com", name_from="네이버 카페 운영정책팀",
    date="Sat, 07 Sep 2024 10:05:30 +0900", subject="[네이버 카페/블로그] 신고 게시물 처리 안내 (KCSC-240902-01)",
    body=f"""
방송통신심의위원회 담당자님께,

요청하신 게시물의 처리 현황입니다.

• {N[0]} — 삭제 완료
• {N[1]} — 삭제 완료
• {N[5]} — 위반 사항 없음 (특정 종목에 대한 개인적인 의견으로 판단되어 게시 유지)
• {N[9]} — 이미 삭제된 게시물 (작성자 탈퇴)

게시 유지 건에 대해 추가 자료가 있으시면 회신 주시기 바랍니다.

네이버 카페 운영정책팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe/blog policy team bullet list of per-post results",
    why="two deleted, one kept with a reason (rejected), one already gone because its author left (not_found)",
    items={N[0]: "removed", N[1]: "removed", N[5]: "rejected", N[9]: "not_found"})

add(name="naver-qp-tv-and-cafe", from_="noreply-rights@navercorp.com", name_from="NAVER 권리보호센터",
    date="Sun, 08 Sep 2024 14:22:10 +0900", subject="[NAVER] 시정요구 처리결과 안내 - KCSC-240902-01",
    raw_mime=part_text(f"""
[NAVER 권리보호센터] 처리결과 안내

접수번호: RP-2024-0907-33182
관련 요청: KCSC-240902-01

■ 네이버TV
{N[13]}
처리결과: 해당 영상은 비공개 처리되었습니다.

■ 네이버 카페
{N[9]}
처리결과: 이미 작성자가 삭제한 게시물입니다.

본 메일은 발신 전용입니다.
""", enc="quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 automated result notice, quoted-printable Korean",
    why="the TV clip is made private (비공개 처리 = removed); the cafe post was already deleted by its author (not_found)",
    items={N[13]: "removed", N[9]: "not_found"})

add(name="naver-statement-of-reasons-english", from_="transparency@navercorp.com", name_from="NAVER Trust & Safety",
    date="Tue, 10 Sep 2024 16:48:00 +0900", subject="Statement of reasons - your notice KCSC-240902-01",
    body=f"""
Statement of reasons

Notice reference: KCSC-240902-01
Decision date: 10 September 2024

Content: {N[8]}
Decision: access to this blog post has been restricted for users in the Republic of Korea.
Ground: information found unlawful under Korean law (unregistered investment advisory).
Automated means used: no.

Content: {N[10]}
Decision: the post has been removed from NAVER Blog.
Ground: violation of the NAVER Blog operating policy (financial fraud).
Automated means used: no.

The uploaders have been informed and may appeal at https://help.naver.com/appeal/ .

NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons adapted by a Korean portal",
    why="one post restricted in Korea, one removed; the appeal link is not an item",
    items={N[8]: "restricted", N[10]: "removed"})

add(name="naver-outlook-original-message", from_="hyunwoo.park@navercorp.com", name_from="박현우",
    date="Wed, 11 Sep 2024 13:30:55 +0900", subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240902-01)",
    reply_to_req="req-240902-01", body=f"""
안녕하세요, 네이버 박현우입니다.

요청 목록 12번, 13번 게시물 삭제 조치 완료하였습니다.
{N[11]}
{N[12]}

감사합니다.

박현우 | NAVER 서비스운영 | 031-000-0000

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:30 AM
To: rights@navercorp.com
Subject: [방송통신심의위원회] 시정요구 (KCSC-240902-01)

{request_text("KCSC-240902-01", N)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the unquoted original request under -----Original Message-----",
    why="the statement sits above the URLs it covers; the original request below is not a statement",
    items={N[11]: "removed", N[12]: "removed"})

add(name="naver-remaining-items-numbered", from_="rights@navercorp.com", name_from="NAVER 권리보호팀",
    date="Thu, 12 Sep 2024 10:15:00 +0900", subject="RE: RE: [방송통신심의위원회] 시정요구 (KCSC-240902-01) 잔여 건 회신",
    reply_to_req="req-240902-01", body=f"""
안녕하세요. 네이버 권리보호팀입니다.
지난 회신에서 검토 중으로 안내드린 잔여 6건의 처리 결과입니다.

9) {N[8]}
   국내 접속 차단
10) {N[9]}
   삭제
11) {N[10]}
   비공개 처리
12) {N[11]}
   URL이 유효하지 않음 (해당 카페 게시글 번호 없음)
13) {N[12]}
   삭제
14) {N[13]}
   연령 제한(19세 이상 시청) 설정

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="follow-up reply giving the remaining items of a portal's result sheet, status on the line below each URL",
    why="status on the next line: domestic block and 19+ age limit are restricted, invalid URL not_found",
    items={N[8]: "restricted", N[9]: "removed", N[10]: "removed", N[11]: "not_found",
           N[12]: "removed", N[13]: "restricted"})

# --- Daum / Kakao (KCSC-240905-02, 4 items)
add(name="daum-tistory-raw-korean-path", from_="report@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date="Mon, 09 Sep 2024 11:47:21 +0900", subject="[카카오] 시정요구 조치 결과 안내 (KCSC-240905-02)",
    reply_to_req="req-240905-02", body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 게시물에 대한 조치 결과를 알려드립니다.

티스토리 {D3_RAW} 게시물은 운영정책 위반으로 블라인드 처리되었습니다.
다음 카페 게시물 {D[0]}은 카페 운영자 확인 후 운영자 삭제되었습니다.

나머지 2건은 검토가 완료되면 다시 안내드리겠습니다.

카카오 권리침해신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 notice covering Tistory and Daum Cafe posts",
    why="raw Korean Tistory path (matches its percent-encoded form) blinded; cafe URL followed by the particle 은 deleted by the operator",
    items={D[2]: "removed", D[0]: "removed", D[1]: "pending", D[3]: "pending"})

add(name="daum-mixed-bullets", from_="safety@kakaocorp.com", name_from="Kakao Safety",
    date="Tue, 10 Sep 2024 18:02:09 +0900", subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240905-02)",
    reply_to_req="req-240905-02", body=f"""
담당자님 안녕하세요.
카카오 세이프티팀입니다. KCSC-240905-02 건 처리 결과입니다.

- {D[0]} : 삭제
- {D[1]} : 국내 접근 제한 (해외 IP에서는 열람 가능)
- {D[3]} : 브런치 운영원칙 위반에 해당하지 않아 게시 유지합니다. 작성자의 실제 투자 경험을 다룬 에세이로, 특정 리딩방 가입을 권유하는 내용이 없습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao safety team per-item reply with a refusal and its reason",
    why="deleted, restricted in Korea, and kept with a reason (rejected)",
    items={D[0]: "removed", D[1]: "restricted", D[3]: "rejected"})

dhtml = f"""<html><body>
<p>카카오 권리침해신고센터에서 안내드립니다.</p>
<p>관련 요청번호: KCSC-240905-02</p>
<table border="1" cellpadding="3">
<thead><tr><th>서비스</th><th>게시물 주소</th><th>처리 상태</th></tr></thead>
<tbody>
<tr><td>다음 카페</td><td><a href="{D[0]}">{D[0]}</a></td><td>삭제</td></tr>
<tr><td>다음 카페</td><td><a href="{D[1]}">{D[1]}</a></td><td>삭제</td></tr>
<tr><td>티스토리</td><td><a href="{D[2]}">{D3_RAW}</a></td><td>게시물 없음</td></tr>
<tr><td>브런치</td><td><a href="{D[3]}">{D[3]}</a></td><td>임시조치</td></tr>
</tbody></table>
<p>자세한 기준은 <a href="https://cs.daum.net/policy/right">카카오 권리침해 처리 기준</a>을 참고해 주세요.</p>
</body></html>"""
add(name="daum-base64-html-table", from_="noreply@kakaocorp.com", name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 09:00:12 +0900", subject="=?UTF-8?B?" + base64.b64encode("[카카오] 처리 결과 안내".encode()).decode() + "?=",
    raw_mime=multipart("kakao_b64_77a1", [
        part_text("카카오 권리침해신고센터 처리 결과 안내입니다. HTML 메일을 확인해 주세요.", enc="base64"),
        part_text(dhtml, ctype="html", enc="base64"),
    ], subtype="alternative"),
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre HTML result mail, base64 encoded, multipart/alternative",
    why="table: two deletions, Tistory post gone (게시물 없음), Brunch post under 임시조치; the policy link is not an item",
    items={D[0]: "removed", D[1]: "removed", D[2]: "not_found", D[3]: "restricted"})

_cut = D[2].index("-") + 1  # break after the hyphen, as the sender's client did
wrapped = D[2][:_cut] + "\n" + D[2][_cut:]
add(name="daum-wrapped-encoded-url", from_="jay.kim@kakaocorp.com", name_from="Jay Kim",
    date="Fri, 13 Sep 2024 08:44:31 +0900", subject="RE: KCSC-240905-02 Tistory / Brunch",
    reply_to_req="req-240905-02", body=f"""
Hi KCSC team,

The Tistory entry below has been deleted by our Tistory operations team:
{wrapped}

The Brunch article {D[3]} could not be found; the author removed it before our review.

Regards,
Jay Kim
Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English reply from a Kakao T&S staff member whose mail client hard-wrapped a long encoded URL",
    why="the percent-encoded Tistory URL is wrapped at 76 characters but is one URL (removed); Brunch not_found",
    items={D[2]: "removed", D[3]: "not_found"})

# --- DC Inside (KCSC-240909-03, 5 items)
add(name="dc-english-prose", from_="report@dcinside.com", name_from="DCinside Report Center",
    date="Wed, 11 Sep 2024 14:10:00 +0900", subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240909-03)",
    reply_to_req="req-240909-03", body=f"""
Dear KCSC,

We have deleted the following two posts from the stock gallery:
{C[0]}
{C[1]}

The post {C[2]} was already deleted by the poster before our review, so no further action was needed.

DCinside Report Center
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside report-centre reply in English",
    why="two deleted posts listed below their statement; one already deleted by its poster (not_found)",
    items={C[0]: "removed", C[1]: "removed", C[2]: "not_found"})

add(name="dc-statement-then-urls-korean", from_="report@dcinside.com", name_from="디시인사이드 신고센터",
    date="Thu, 12 Sep 2024 10:33:12 +0900", subject="[디시인사이드] 게시물 처리 결과 - KCSC-240909-03",
    body=f"""
안녕하세요. 디시인사이드 신고센터입니다.

아래 게시물은 운영자 권한으로 삭제 처리하였습니다.
{C[2]}
{C[3]}

아래 게시물은 이미 삭제되어 존재하지 않습니다.
{C[4]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 게시물 처리 결과 notice, statements above their URL lists",
    why="two operator deletions, one post that no longer exists",
    items={C[2]: "removed", C[3]: "removed", C[4]: "not_found"})

add(name="dc-bare-url-status-below", from_="gallery-ops@dcinside.com", name_from="DC 갤러리 운영팀",
    date="Fri, 13 Sep 2024 19:25:47 +0900", subject="RE: 시정요구 KCSC-240909-03",
    reply_to_req="req-240909-03", body=f"""
{C[0]}
→ 삭제

{C[1]}
→ 삭제

{C[3]}
→ 해당 게시물 없음 (작성자 삭제)

DC 갤러리 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="terse operator reply: bare URLs with an arrow status on the line below",
    why="each URL with its status on the following line",
    items={C[0]: "removed", C[1]: "removed", C[3]: "not_found"})

add(name="dc-mini-gallery-rejected", from_="report@dcinside.com", name_from="디시인사이드 신고센터",
    date="Sat, 14 Sep 2024 11:02:36 +0900", subject="[디시인사이드] 미니갤러리 게시물 검토 결과 (KCSC-240909-03)",
    body=f"""
안녕하세요, 디시인사이드 신고센터입니다.

요청하신 미니갤러리 게시물 {C[4]} 에 대해 검토한 결과, 실명이나 특정인을 알아볼 수 있는 정보가 포함되어 있지 않고 공인의 공개 발언을 비판하는 내용으로 판단되어 삭제하지 않고 게시를 유지하기로 하였습니다.

판단 기준은 디시인사이드 게시물 운영 원칙(https://www.dcinside.com/policy/board)을 참고해 주십시오.
법원의 판결 등 추가 근거가 있는 경우 다시 요청해 주시면 재검토하겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community site refusal with its reason and a policy link",
    why="kept with a reason (rejected); the policy page is not an item; 'will re-examine if' is an offer, not a condition on the decision",
    items={C[4]: "rejected"})

dcsv = io.StringIO()
dw = csv.writer(dcsv, lineterminator="\n")
dw.writerow(["url", "result", "memo"])
dw.writerow([C[0], "삭제", ""])
dw.writerow([C[1], "삭제", ""])
dw.writerow([C[2], "삭제", "마이너 갤러리 매니저 확인"])
dw.writerow([C[3], "접근 제한", "국내 IP 열람 제한"])
dw.writerow([C[4], "유지", "위반 아님 (특정인 식별 불가)"])
add(name="dc-csv-attachment", from_="report@dcinside.com", name_from="DCinside Report Center",
    date="Mon, 16 Sep 2024 09:12:00 +0900", subject="[디시인사이드] KCSC-240909-03 처리 내역 첨부",
    raw_mime=multipart("dc-5512-part", [
        part_text("KCSC-240909-03 처리 내역을 첨부합니다.\n\n디시인사이드 신고센터"),
        part_attach(dcsv.getvalue(), "text/csv", "dc_KCSC-240909-03.csv"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="CSV processing log attached by a community site's report desk",
    why="CSV: three deletions, one restricted for Korean IPs, one kept because it breaks no rule",
    items={C[0]: "removed", C[1]: "removed", C[2]: "removed", C[3]: "restricted", C[4]: "rejected"})

# --- SOOP (KCSC-240910-04, 3 items)
add(name="soop-trust-safety-english", from_="trustsafety@sooplive.co.kr", name_from="SOOP Trust & Safety",
    date="Thu, 12 Sep 2024 15:55:02 +0900", subject="[SOOP] Result of your request KCSC-240910-04",
    reply_to_req="req-240910-04", body=f"""
Hello,

Thank you for your request. Here is what we did:

1. VOD {S[0]}
   The replay was deleted for violating the SOOP broadcasting guidelines (sexual content).
2. Channel post {S[1]}
   The post has been set to private by SOOP (비공개 처리) and can no longer be viewed.
3. VOD {S[2]}
   We applied a 19+ age restriction; viewers must verify their age to watch it.

SOOP Trust & Safety Team
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) trust & safety reply, numbered, status below each URL",
    why="VOD deleted, post made private by the platform (removed), VOD age-restricted (restricted)",
    items={S[0]: "removed", S[1]: "removed", S[2]: "restricted"})

add(name="soop-angle-brackets-korean", from_="cs@sooplive.co.kr", name_from="SOOP 고객센터",
    date="Fri, 13 Sep 2024 10:20:18 +0900", subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240910-04)",
    reply_to_req="req-240910-04", body=f"""
안녕하세요. SOOP 고객센터입니다.

<{S[0]}> 다시보기 영상은 삭제 완료하였습니다.
<{S[2]}> 은(는) 존재하지 않는 영상입니다. 주소를 다시 확인 부탁드립니다.

SOOP 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP 고객센터 reply with URLs in angle brackets",
    why="one VOD deleted, one VOD does not exist",
    items={S[0]: "removed", S[2]: "not_found"})

shtml = f"""<html><body>
<div style="border:1px solid #ccc;padding:8px;background:#f7f7f7">
<b>접수하신 신고 내용</b><br>
요청번호: KCSC-240910-04<br>
신고 대상:<br>
{S[0]}<br>
{S[1]}<br>
{S[2]}<br>
요청 사항: 음란 정보 삭제 요청
</div>
<h3>처리 결과</h3>
<p>채널 게시글 {S[1]} 은 SOOP 운영정책 위반이 확인되어 삭제되었습니다.</p>
<p>VOD 2건은 담당 부서에서 검토하고 있으며, 결과는 별도 메일로 안내드리겠습니다.</p>
<p>SOOP 신고센터</p>
</body></html>"""
add(name="soop-html-echoed-report", from_="report@sooplive.co.kr", name_from="SOOP 신고센터",
    date="Wed, 11 Sep 2024 20:03:47 +0900", subject="[SOOP 신고센터] 신고 처리 결과 안내",
    type="html", body=shtml,
    outcome="applied", classification="confirmation",
    imitates="SOOP report-centre HTML result mail that echoes the submitted report above the outcome",
    why="only the channel post is stated deleted; the echoed report lists all three with our request words; the two VODs are still under review",
    items={S[1]: "removed", S[0]: "pending", S[2]: "pending"})

# --- FM Korea (KCSC-240911-05, 2 items)
add(name="fmkorea-korean-reply", from_="admin@fmkorea.com", name_from="에펨코리아 운영팀",
    date="Fri, 13 Sep 2024 13:13:13 +0900", subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240911-05)",
    reply_to_req="req-240911-05", body=f"""
안녕하세요, 에펨코리아 운영팀입니다.

{F[0]} 게시글은 불법 도박 사이트 홍보로 확인되어 삭제하고 작성자를 이용 정지하였습니다.
{F[1]} 게시글은 확인 당시 이미 작성자가 직접 삭제한 상태였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea operators' short Korean reply",
    why="one deleted, one already deleted by its author (not_found)",
    items={F[0]: "removed", F[1]: "not_found"})

add(name="fmkorea-fullwidth-punctuation", from_="report@fmkorea.com", name_from="FMKOREA",
    date="Sat, 14 Sep 2024 09:41:00 +0900", subject="KCSC-240911-05 처리완료",
    body=f"""
요청 게시물 2건（{F[0]}、{F[1]}）은 모두 삭제되었습니다。
추가 게시물이 확인되면 같은 방식으로 보내 주십시오。

에펨코리아 신고처리 담당
""",
    outcome="applied", classification="confirmation",
    imitates="terse Korean reply with full-width brackets, ideographic comma and full stop",
    why="both URLs are named in the statement (not a bulk claim); full-width punctuation ends each URL",
    items={F[0]: "removed", F[1]: "removed"})

# --- Clien (KCSC-240912-06, 1 item)
add(name="clien-sole-statement", from_="help@clien.net", name_from="클리앙 운영진",
    date="Fri, 13 Sep 2024 17:45:09 +0900", subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240912-06)",
    reply_to_req="req-240912-06", body="""
안녕하세요. 클리앙 운영진입니다.

요청하신 게시물은 개인정보 노출로 확인되어 삭제 처리하였습니다.
해당 회원에게는 이용 제한 조치를 함께 적용하였습니다.

클리앙 드림
""",
    outcome="applied", classification="confirmation",
    imitates="small community's reply in the request thread, no URL quoted",
    why="one-item request: the sole unhedged statement applies to its only item",
    items={L[0]: "removed"})

# --- Ppomppu (KCSC-240913-07, 2 items)
add(name="ppomppu-numbered-list", from_="report@ppomppu.co.kr", name_from="뽐뿌 운영팀",
    date="Thu, 19 Sep 2024 10:08:00 +0900", subject="[뽐뿌] 시정요구 조치 결과 (KCSC-240913-07)",
    reply_to_req="req-240913-07", body=f"""
안녕하세요, 뽐뿌 운영팀입니다. 연휴로 회신이 늦어 죄송합니다.

1. {P[0]} - 삭제 완료
2. {P[1]} - 성인 인증 회원만 열람 가능하도록 열람 제한

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Ppomppu operators' numbered result list",
    why="deleted; readable by age-verified members only (restricted)",
    items={P[0]: "removed", P[1]: "restricted"})

add(name="ppomppu-receipt-plus-result", from_="cs@ppomppu.co.kr", name_from="뽐뿌 고객센터",
    date="Fri, 20 Sep 2024 11:30:44 +0900", subject="[뽐뿌 고객센터] 문의 접수 및 처리 안내 #PP-240920-0042",
    body=f"""
문의가 정상적으로 접수되었습니다. (접수번호 PP-240920-0042)
관련 요청: KCSC-240913-07

처리 결과
- {P[0]} : 마약류 판매 광고로 확인되어 삭제 처리 완료
- {P[1]} : 중고 휴대폰 판매글로 확인되어 운영 규정 위반 사항이 없습니다. 게시글은 유지됩니다.

뽐뿌 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk ticket mail whose receipt line is followed by per-item results",
    why="an acknowledgement phrase followed by unhedged statements is a confirmation: removed and rejected",
    items={P[0]: "removed", P[1]: "rejected"})

# ================================================================ REVIEW
add(name="naver-promise-will-act", from_="rights@navercorp.com", name_from="NAVER 권리보호팀",
    date="Tue, 03 Sep 2024 16:30:00 +0900", subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240902-01)",
    reply_to_req="req-240902-01", body=f"""
안녕하세요. 네이버 권리보호팀입니다.

요청하신 게시물 중 {N[2]} 및 {N[3]} 은 내부 검토 후 금주 중 조치할 예정입니다.
조치가 완료되면 결과를 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="portal interim reply promising action this week",
    why="'조치할 예정' is a promise, not a statement; items stay pending",
    items={N[2]: "pending", N[3]: "pending"})

add(name="dc-hedge-appears-deleted", from_="report@dcinside.com", name_from="DCinside Report Center",
    date="Tue, 10 Sep 2024 12:00:00 +0900", subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240909-03)",
    reply_to_req="req-240909-03", body=f"""
Hello,

{C[1]} appears to have been removed already, possibly by the gallery manager. We are checking the moderation log and will confirm.
For the other posts, our team will review them by the end of the week.

DCinside Report Center
""",
    outcome="review", review="not_understood",
    imitates="report desk's first hedged reply in English",
    why="'appears to have been removed ... will confirm' is a hedge; nothing stated",
    items={C[1]: "pending"})

add(name="daum-bulk-korean", from_="report@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date="Wed, 11 Sep 2024 10:00:00 +0900", subject="[카카오] KCSC-240905-02 처리 완료",
    reply_to_req="req-240905-02", body="""
안녕하세요, 카카오 권리침해신고센터입니다.

KCSC-240905-02 건으로 요청하신 게시물 4건은 모두 삭제 조치하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="portal one-line 'all reported posts deleted' reply",
    why="one statement for all four items without naming them: bulk, items pending",
    items={})

add(name="naver-bulk-english-actioned", from_="kr-legal-ops@navercorp.com", name_from="NAVER Legal Ops",
    date="Fri, 13 Sep 2024 18:00:00 +0900", subject="Re: KCSC-240902-01 - closed",
    reply_to_req="req-240902-01", body="""
Hello,

All the content reported under KCSC-240902-01 has now been actioned, and we consider this request closed on our side.

Kind regards,
NAVER Legal Operations
""",
    outcome="review", review="bulk",
    imitates="legal-ops closing mail: 'all reported content actioned'",
    why="fourteen-item request, no item named: bulk",
    items={})

add(name="dc-spoofed-auth-fail", from_="report@dcinside.com", name_from="디시인사이드 신고센터", auth="fail",
    date="Wed, 11 Sep 2024 03:14:07 +0900", subject="[디시인사이드] 게시물 처리 결과 - KCSC-240909-03",
    body=f"""
안녕하세요. 디시인사이드 신고센터입니다.

{C[0]} 게시물은 삭제 처리하였습니다.
{C[3]} 게시물은 삭제 처리하였습니다.
""",
    outcome="review", review="untrusted",
    imitates="DC Inside-looking result notice failing DKIM/SPF/DMARC",
    why="claims from a dcinside.com From that fails authentication",
    items={C[0]: "pending", C[3]: "pending"})

add(name="lawfirm-unknown-sender", from_="office@dolmaru-law.co.kr", name_from="법무법인 돌마루",
    date="Thu, 05 Sep 2024 14:05:00 +0900", subject="KCSC-240902-01 관련 게시자 측 의견",
    body=f"""
방송통신심의위원회 귀중

당 법무법인은 KCSC-240902-01 시정요구 대상 게시물 작성자의 대리인입니다.
의뢰인은 {N[0]} 및 {N[1]} 게시물을 9월 4일 자진 삭제하였음을 알려드립니다.
이에 따라 해당 건에 대한 심의 절차를 종결하여 주시기 바랍니다.

법무법인 돌마루 변호사 한지석
""",
    outcome="review", review="unknown_sender",
    imitates="letter from the poster's lawyer, not from the platform",
    why="not a platform domain: statements are not trusted",
    items={N[0]: "pending", N[1]: "pending"})

add(name="daum-wrong-platform", from_="safety@kakaocorp.com", name_from="Kakao Safety",
    date="Thu, 12 Sep 2024 14:40:00 +0900", subject="RE: 추가 요청 게시물",
    body=f"""
안녕하세요. 카카오 세이프티팀입니다.

추가로 전달해 주신 아래 게시물은 삭제 처리되었습니다.
{N[3]}
{N[4]}

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao reply that states deletions for NAVER cafe URLs",
    why="Kakao cannot state the status of NAVER items",
    items={N[3]: "pending", N[4]: "pending"})

add(name="naver-asks-documents", from_="rights@navercorp.com", name_from="NAVER 권리보호팀",
    date="Wed, 04 Sep 2024 11:11:11 +0900", subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240902-01) 자료 요청",
    reply_to_req="req-240902-01", body=f"""
안녕하세요. 네이버 권리보호팀입니다.

{N[10]} 게시물의 경우 모바일 주소로 접수되어 원 게시물 확인이 어렵습니다.
조치를 위해 해당 게시물의 캡처 화면과 심의 의결서 사본을 보내주시기 바랍니다.
자료를 받는 대로 검토하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="portal asking for a screenshot and the decision document before acting",
    why="asks for more documents; no status",
    items={N[10]: "pending"})

add(name="inven-no-claims", from_="cs@inven.co.kr", name_from="인벤 고객지원팀",
    date="Tue, 10 Sep 2024 10:00:00 +0900", subject="[인벤] 기관 신고 전용 창구 변경 안내",
    body="""
안녕하세요, 인벤 고객지원팀입니다.

10월 1일부터 공공기관의 게시물 삭제·시정요구는 기관 전용 접수 창구(https://www.inven.co.kr/cs/agency)로만 접수됩니다.
기존 이메일 주소로 보내주신 요청도 당분간 처리하겠지만, 새 창구 이용을 부탁드립니다.

인벤 고객지원팀 드림
""",
    outcome="review", review="no_claims",
    imitates="platform notice changing its channel for authorities' requests",
    why="trusted platform email naming no item and no request",
    items={})

add(name="ppomppu-conditional-deletion", from_="report@ppomppu.co.kr", name_from="뽐뿌 운영팀",
    date="Sat, 14 Sep 2024 09:30:00 +0900", subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240913-07)",
    reply_to_req="req-240913-07", body=f"""
안녕하세요, 뽐뿌 운영팀입니다.

{P[0]}
{P[1]}

위 두 게시물의 작성자에게 소명 요청을 보냈습니다. 7일 이내에 소명이 없으면 삭제 처리될 예정입니다.
""",
    outcome="review", review="not_understood",
    imitates="community operator's interim reply with a conditional deletion",
    why="a conditional future deletion is no statement",
    items={P[0]: "pending", P[1]: "pending"})

add(name="fmkorea-under-review", from_="admin@fmkorea.com", name_from="에펨코리아 운영팀",
    date="Thu, 12 Sep 2024 09:50:00 +0900", subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240911-05)",
    reply_to_req="req-240911-05", body=f"""
안녕하세요, 에펨코리아 운영팀입니다.
{F[0]} 게시글은 현재 검토 중입니다. 처리되는 대로 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="'under review' interim reply",
    why="'검토 중' is not a statement",
    items={F[0]: "pending"})

add(name="fmkorea-lookalike-domain", from_="support@fmkorea-help.com", name_from="FMKOREA 고객지원",
    date="Sat, 14 Sep 2024 22:10:00 +0900", subject="KCSC-240911-05 처리 결과",
    body=f"""
안녕하세요 에펨코리아 고객지원입니다.
{F[0]}
{F[1]}
위 게시물 모두 삭제 처리되었습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="result notice from a look-alike domain that is not FM Korea's",
    why="fmkorea-help.com is not a configured sender domain",
    items={F[0]: "pending", F[1]: "pending"})

# ================================================================ IGNORED
add(name="naver-ooo-chuseok", from_="hyunwoo.park@navercorp.com", name_from="박현우",
    date="Mon, 16 Sep 2024 08:00:03 +0900", subject="[자동회신] RE: [방송통신심의위원회] 시정요구 (KCSC-240902-01)",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    reply_to_req="req-240902-01", body="""
추석 연휴로 9월 14일(토)부터 9월 18일(수)까지 부재중입니다.
급한 건은 권리보호팀 대표 메일(rights@navercorp.com)로 보내주시기 바랍니다.

I am out of the office until 19 September.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean/English out-of-office auto-reply over the Chuseok holiday",
    why="auto-reply", items={})

dsn_orig = request_text("KCSC-240909-03", C)
add(name="dc-dsn-bounce", from_="MAILER-DAEMON@mail.kcsc.example", name_from="Mail Delivery System", auth="none",
    date="Mon, 09 Sep 2024 09:41:12 +0900", subject="Undelivered Mail Returned to Sender",
    raw_mime=multipart("7D2C11A0F4.1725842472/mail.kcsc.example", [
        part_text("""This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-desk@dcinside.com>: host mx1.dcinside.com[203.0.113.25] said: 550 5.1.1
    <report-desk@dcinside.com>: Recipient address rejected: User unknown
"""),
        "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mail.kcsc.example\nArrival-Date: Mon,  9 Sep 2024 09:40:05 +0900\n\n"
        "Final-Recipient: rfc822; report-desk@dcinside.com\nAction: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <report-desk@dcinside.com>: Recipient address rejected: User unknown\n",
        "Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\nTo: report-desk@dcinside.com\n"
        "Subject: [KCSC] correction request KCSC-240909-03\nMessage-ID: <req-240909-03@kcsc.example>\n"
        "Date: Mon, 09 Sep 2024 09:40:00 +0900\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n" + dsn_orig + "\n",
    ], subtype="report", extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning the request with its URLs",
    why="bounce; the URLs are in our own returned request", items={})

add(name="daum-mdn-read-receipt", from_="safety@kakaocorp.com", name_from="Kakao Safety",
    date="Thu, 05 Sep 2024 11:32:50 +0900", subject="읽음: [방송통신심의위원회] 시정요구 (KCSC-240905-02)",
    reply_to_req="req-240905-02",
    raw_mime=multipart("mdn_kakao_0905", [
        part_text("보낸 메일을 수신인이 2024-09-05 11:32에 읽었습니다.\n\n"
                  "제목: [방송통신심의위원회] 시정요구 (KCSC-240905-02)"),
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: mail.kakaocorp.com; Kakao Mail\nFinal-Recipient: rfc822; safety@kakaocorp.com\n"
        "Original-Message-ID: <req-240905-02@kcsc.example>\nDisposition: manual-action/MDN-sent-manually; displayed\n",
    ], subtype="report", extra="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN)",
    why="read receipt", items={})

add(name="soop-ticket-receipt", from_="noreply@sooplive.co.kr", name_from="SOOP 고객센터",
    date="Tue, 10 Sep 2024 14:02:31 +0900", subject="[SOOP] 문의가 접수되었습니다 (#SP-2024-091044)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: SP-2024-091044
제목: [방송통신심의위원회] 시정요구 (KCSC-240910-04)

담당자가 확인 후 순차적으로 답변드리겠습니다. 답변은 영업일 기준 3일 정도 소요될 수 있습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt",
    why="pure acknowledgement: ticket created, nothing about the items", items={})

add(name="clien-ooo-holiday", from_="help@clien.net", name_from="클리앙 운영진",
    date="Sat, 14 Sep 2024 00:05:00 +0900", subject="자동 회신: RE: [방송통신심의위원회] 시정요구 (KCSC-240912-06)",
    extra_headers=["Auto-Submitted: auto-replied"],
    reply_to_req="req-240912-06", body="""
추석 연휴 기간(9/14~9/18)에는 운영진 메일 확인이 어렵습니다.
연휴 이후 순차적으로 답변드리겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="holiday auto-reply of a small community's operators' mailbox",
    why="auto-reply", items={})

add(name="ppomppu-ack-echo-urls", from_="cs@ppomppu.co.kr", name_from="뽐뿌 고객센터",
    date="Fri, 13 Sep 2024 09:16:05 +0900", subject="[뽐뿌 고객센터] 신고가 접수되었습니다 #PP-240913-0007",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
신고가 정상적으로 접수되었습니다.

접수번호: PP-240913-0007
접수 내역:
 - {P[0]}
 - {P[1]}
신고 사유: 마약류 판매 광고 (삭제 요청)

처리 결과는 확인 후 메일로 안내드립니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket receipt that echoes the reported URLs",
    why="pure acknowledgement; the echoed URLs carry our own request words, no status", items={})

add(name="fmkorea-delay-dsn", from_="postmaster@mail.kcsc.example", name_from="Mail Delivery Subsystem", auth="none",
    date="Wed, 11 Sep 2024 14:10:00 +0900", subject="Delivery Status Notification (Delay)",
    raw_mime=multipart("dsn-delay-fm-0911", [
        part_text("""** Message delayed **

Your message to admin@fmkorea.com has not been delivered yet. The server will keep
trying for 4 more days. You will be notified if delivery fails permanently.

Reason: 451 4.7.1 Greylisted, please try again later
Subject: [방송통신심의위원회] 시정요구 (KCSC-240911-05)
"""),
        "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mail.kcsc.example\n\n"
        "Final-Recipient: rfc822; admin@fmkorea.com\nAction: delayed\nStatus: 4.7.1\n"
        "Will-Retry-Until: Sun, 15 Sep 2024 10:10:00 +0900\n",
        "Content-Type: text/rfc822-headers\n\nFrom: KCSC Takedown <takedown@kcsc.example>\nTo: admin@fmkorea.com\n"
        "Subject: [KCSC] KCSC-240911-05\nMessage-ID: <req-240911-05@kcsc.example>\n",
    ], subtype="report", extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="delay DSN (greylisting) from the outgoing relay",
    why="delivery delay report", items={})


# ---------------------------------------------------------------- write
HEADER = """# blind711: Korean portals and community sites, mixed Korean/English,
# with doubtful and ignorable mail. Written from each email's meaning
# before any run of the reader. See NOTES.md."""


def main():
    write_requests()
    for c in cases:
        c["from"] = c.pop("from_")
        # Korean display names and subjects go out as RFC 2047 encoded-words,
        # as real mailers send them.
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
    corpuslib.write_set(HERE, "blind711", HEADER, cases)


if __name__ == "__main__":
    main()
