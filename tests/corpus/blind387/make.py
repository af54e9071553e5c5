#!/usr/bin/env python3
"""Writes the blind387 corpus set: requests.csv, cases/*.eml, expected.toml.

Focus: Korean portals and community sites (NAVER, Daum/Kakao, DC Inside,
SOOP, Nate, Clien, FM Korea) mixing Korean and English, with the doubtful
and ignorable mail a regulator's mailbox receives. Expected results were
written from each email's meaning alone, before any run of the reader.
Deterministic: running it twice gives the same bytes.
"""
import base64
import csv
import datetime
import io
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = datetime.timezone(datetime.timedelta(hours=9))


def d(day, hh, mm, ss=0):
    t = datetime.datetime(2024, 9, day, hh, mm, ss, tzinfo=KST)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0900")


# ---------------------------------------------------------------- requests
KO_HANDLE = "밤고양이"
N = {
    1: "https://blog.naver.com/moonlit_ferry/223561204417",
    2: "https://blog.naver.com/moonlit_ferry/223561209981",
    3: "https://blog.naver.com/quietpine_77/223559870012",
    4: "https://cafe.naver.com/greyharborclub/88412",
    5: "https://cafe.naver.com/greyharborclub/88419",
    6: "https://cafe.naver.com/greyharborclub/88433",
    7: "https://cafe.naver.com/lanternalley/5521",
    8: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471230998",
    9: "https://post.naver.com/viewer/postView.naver?volumeNo=38812077&memberNo=51230077",
    10: "https://blog.naver.com/saltmarsh_days/223562001345",
    11: "https://tv.naver.com/v/58123301",
    12: "https://in.naver.com/" + urllib.parse.quote(KO_HANDLE) + "/contents/internal/712300451",
    13: "https://cafe.naver.com/lanternalley/5530",
}
N12_RAW = "https://in.naver.com/" + KO_HANDLE + "/contents/internal/712300451"
D = {
    1: "https://cafe.daum.net/oldriverside/Ha3K/1207",
    2: "https://cafe.daum.net/oldriverside/Ha3K/1213",
    3: "https://paperkite-notes.tistory.com/142",
    4: "https://cafe.daum.net/oldriverside/Ha3K/1220",
}
C = {
    1: "https://gall.dcinside.com/board/view/?id=duskfield&no=1120451",
    2: "https://gall.dcinside.com/board/view/?id=duskfield&no=1120478",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=rainpuddle&no=40211",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=rainpuddle&no=40236",
    5: "https://gall.dcinside.com/mini/board/view/?id=tinylantern&no=977",
}
S = {
    1: "https://vod.sooplive.co.kr/player/131204455",
    2: "https://ch.sooplive.co.kr/nightowl_kr/post/98120334",
}
F = {
    1: "https://www.fmkorea.com/7401122334",
    2: "https://www.fmkorea.com/7401130981",
    3: "https://www.fmkorea.com/7401187765",
}
P = {1: "https://pann.nate.com/talk/372211904"}
L = {
    1: "https://www.clien.net/service/board/park/18712345",
    2: "https://www.clien.net/service/board/park/18712399",
}

REQUESTS = [
    ("KCSC-240902-01", "naver", "2024-09-02T14:00:00+09:00", "2024-09-09T18:00:00+09:00",
     "obscenity", "req-240902-01", list(N.values())),
    ("KCSC-240903-02", "daum", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00",
     "privacy_infringement", "req-240903-02", list(D.values())),
    ("KCSC-240904-03", "dcinside", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00",
     "deepfake_sexual_abuse", "req-240904-03", list(C.values())),
    ("KCSC-240905-04", "soop", "2024-09-05T15:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "obscenity", "req-240905-04", list(S.values())),
    ("KCSC-240906-05", "fmkorea", "2024-09-06T09:40:00+09:00", "2024-09-13T18:00:00+09:00",
     "illegal_gambling", "req-240906-05", list(F.values())),
    ("KCSC-240909-06", "nate", "2024-09-09T10:00:00+09:00", "2024-09-19T18:00:00+09:00",
     "defamation", "req-240909-06", list(P.values())),
    ("KCSC-240910-07", "clien", "2024-09-10T13:20:00+09:00", "2024-09-19T18:00:00+09:00",
     "illegal_drugs", "req-240910-07", list(L.values())),
]


def write_requests():
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"<{mid}@kcsc.example>", ""])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def single(ctype, body, cte):
    enc = qp(body) if cte == "quoted-printable" else b64(body)
    return f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n{enc}"


def part(ctype, body, cte="8bit", headers=()):
    if cte == "quoted-printable":
        body = qp(body)
    elif cte == "base64":
        body = b64(body)
    h = [f"Content-Type: {ctype}"]
    if cte:
        h.append(f"Content-Transfer-Encoding: {cte}")
    h.extend(headers)
    return "\n".join(h) + "\n\n" + body.strip("\n") + "\n"


def multipart(subtype, boundary, parts, params=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out += [f"--{boundary}", p.rstrip("\n"), ""]
    out.append(f"--{boundary}--")
    return "\n".join(out)


def quoted(lines, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in lines)


def request_lines(ref, urls, title="시정요구 (게시물 삭제)"):
    out = ["안녕하십니까, 방송통신심의위원회 통신심의 담당입니다.", "",
           f"[{ref}] {title}", "",
           "아래 정보에 대하여 정보통신망법에 따른 시정요구를 통보하오니",
           "조치 후 결과를 회신하여 주시기 바랍니다.", ""]
    for i, u in enumerate(urls, 1):
        out.append(f"{i}. {u}")
    out += ["", "KCSC Takedown / takedown@kcsc.example"]
    return out


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


NAVER_RIGHT = "right@navercorp.com"
NAVER_NAME = "NAVER 게시중단 담당"

# ---- NAVER (KCSC-240902-01, 13 items) ---------------------------------
case(name="naver-gesijungdan-numbered-ko", **{"from": NAVER_RIGHT}, name_from=NAVER_NAME,
     date=d(4, 17, 5), subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240902-01)",
     reply_to_req="req-240902-01",
     body=f"""
안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 KCSC-240902-01 건 중 아래 게시물의
처리 결과를 안내드립니다.

1. {N[1]} : 삭제
2. {N[2]} : 삭제
3. {N[3]} : 임시조치 (30일간 접근 차단)
4. {N[4]} : 블라인드 처리 (카페 운영원칙 위반)

나머지 게시물은 확인이 끝나는 대로 별도 회신드리겠습니다.
게시중단 절차에 대한 자세한 안내: https://right.naver.com/guide/process

감사합니다.
네이버 권리보호센터 드림
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단요청서비스 처리 결과 안내 (numbered list, URL : result)",
     why="Trusted NAVER list: two 삭제, one 임시조치 (restricted), one 블라인드 (removed); the promise about the rest names nothing.",
     items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "removed"})

table_rows = [
    (N[5], "삭제", "음란물"),
    (N[6], "게시물 없음", "작성자가 이미 삭제"),
    (N[7], "접속차단(국내)", "해외 이용자 제외"),
    (N[8], "조치 불가", "위반 사항 없음 - 게시 유지"),
]
rows_html = "\n".join(
    f"<tr><td>{i}</td><td><a href=\"{u.replace('&', '&amp;')}\">{u.replace('&', '&amp;')}</a></td>"
    f"<td>{r}</td><td>{note}</td></tr>" for i, (u, r, note) in enumerate(table_rows, 1))
case(name="naver-jochigyeolgwa-html-table", **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
     date=d(6, 11, 42), subject="RE: [KCSC-240902-01] 시정요구 조치결과 회신",
     reply_to_req="req-240902-01",
     raw_mime=single("text/html", f"""<html><body style="font-family:'Malgun Gothic',sans-serif">
<p>방송통신심의위원회 담당자님께,</p>
<p>KCSC-240902-01 시정요구에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
{rows_html}
</table>
<p>운영정책: <a href="https://policy.naver.com/policy/service_group.html">https://policy.naver.com/policy/service_group.html</a></p>
<p>네이버 주식회사 정책지원팀 드림</p>
</body></html>""", "quoted-printable"),
     outcome="applied", classification="confirmation",
     imitates="Korean 시정요구 조치결과 회신 table (번호/URL/조치결과/비고), HTML, quoted-printable",
     why="Table rows: 삭제 (removed), 게시물 없음 by author (not_found), 국내 접속차단 (restricted), 조치 불가 - 위반 없음 (rejected); the policy link is no item.",
     items={N[5]: "removed", N[6]: "not_found", N[7]: "restricted", N[8]: "rejected"})

csv_text = "번호,URL,처리결과,처리일\n" + "\n".join([
    f"1,{N[9]},삭제,2024-09-09",
    f"2,{N[10]},게시물 없음(존재하지 않는 주소),2024-09-09",
    f"3,{N[11]},연령 제한(19세 이상 시청),2024-09-09",
    f"4,{N12_RAW},비공개 처리,2024-09-09",
    f"5,{N[13]},조치 불가(운영정책 위반 아님),2024-09-09",
]) + "\n"
case(name="naver-csv-attachment-results", **{"from": NAVER_RIGHT}, name_from=NAVER_NAME,
     date=d(9, 18, 2), subject="[NAVER] KCSC-240902-01 처리 결과 (첨부)",
     reply_to_req="req-240902-01",
     raw_mime=multipart("mixed", "=_nv_0909_a1", [
         part("text/plain; charset=utf-8", """안녕하세요, 네이버 권리보호센터입니다.

KCSC-240902-01 요청 건의 남은 게시물 5건 처리 결과를 첨부 파일(CSV)로
보내드립니다. 확인 부탁드립니다.

Please find attached the results for the remaining five URLs.

네이버 권리보호센터 드림
"""),
         part('text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"', csv_text, "base64",
              ['Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"']),
     ]),
     outcome="applied", classification="confirmation",
     imitates="portal reply with a CSV result sheet attached (base64), Korean result column",
     why="CSV rows: 삭제 (removed), 존재하지 않는 주소 (not_found), 19세 연령 제한 (restricted), 비공개 처리 (removed), 조치 불가 - 위반 아님 (rejected); the Korean path is written raw.",
     items={N[9]: "removed", N[10]: "not_found", N[11]: "restricted", N[12]: "removed", N[13]: "rejected"})

case(name="naver-top-posted-gmail-ko-quote", **{"from": "j.kim@navercorp.com"}, name_from="김지현 (NAVER)",
     date=d(5, 9, 31), subject="Re: [KCSC-240902-01] 시정요구 (게시물 삭제)",
     reply_to_req="req-240902-01",
     body=f"""
안녕하세요, 네이버 정책지원팀 김지현입니다.

먼저 1건 회신드립니다.
{N[10]} 게시물은 오늘 오전 삭제 처리되었습니다.
나머지 게시물은 검토가 끝나는 대로 다시 연락드리겠습니다.

감사합니다.

2024년 9월 2일 (월) 오후 2:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted(request_lines("KCSC-240902-01", list(N.values())))}
""",
     outcome="applied", classification="confirmation",
     imitates="Gmail-style top-posted staff reply over the quoted Korean request (…님이 작성:)",
     why="Only the blog post named above the quote is stated deleted; the 13 URLs in the quoted request say nothing.",
     items={N[10]: "removed", N[1]: "pending", N[11]: "pending", N[13]: "pending"})

case(name="naver-cafe-url-then-result-line", **{"from": "cafe_help@naver.com"}, name_from="네이버 카페",
     date=d(6, 16, 24), subject="[네이버 카페] 게시중단 요청 처리 결과 안내",
     body=f"""
[네이버 카페] 게시중단 요청 처리 결과 안내

요청번호 : KCSC-240902-01
처리일시 : 2024-09-06 16:20

{N[7]}
→ 처리 결과: 게시중단 완료 (카페 운영원칙 위반)

{N[13]}
→ 처리 결과: 게시자가 이미 삭제한 게시물로 확인되어 별도 조치 없음

재게시 요청 등 이후 절차는 https://help.naver.com/service/5638/ 를 참고해 주세요.
본 메일은 발신 전용입니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 카페 게시중단 처리 결과 notice, bare URL with the result on the line below",
     why="게시중단 완료 is removed; a post the poster already deleted is not_found.",
     items={N[7]: "removed", N[13]: "not_found"})

case(name="naver-english-restricted-in-korea", **{"from": "trustandsafety@navercorp.com"}, name_from="NAVER Trust & Safety",
     date=d(5, 20, 13), subject="Your request KCSC-240902-01",
     body=f"""
Dear KCSC team,

Following your request KCSC-240902-01, access to the blog post
{N[3]} has been restricted in Korea (국내 접근 제한).
The post remains visible outside Korea.

Best regards,
NAVER Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="short English trust-and-safety reply stating a country withholding",
     why="Restricted in Korea only: restricted.",
     items={N[3]: "restricted"})

case(name="naver-ack-plus-two-results", **{"from": NAVER_RIGHT}, name_from=NAVER_NAME,
     date=d(4, 10, 2), subject="[접수완료] KCSC-240902-01 / 접수번호 NV-20240904-5521",
     reply_to_req="req-240902-01",
     body=f"""
안녕하세요. 네이버 권리보호센터입니다.
요청이 정상적으로 접수되었습니다. (접수번호 NV-20240904-5521)

접수와 함께 우선 확인된 2건의 결과를 안내드립니다.
 1) {N[2]} — 삭제 완료
 2) {N[8]} — 해당 질문은 존재하지 않습니다 (이미 삭제된 질문)

나머지 게시물은 확인 중이며 결과가 나오면 회신드리겠습니다.
""",
     outcome="applied", classification="confirmation",
     imitates="ticket receipt (접수완료) that also carries first results",
     why="An acknowledgement phrase plus unhedged item statements is a confirmation: removed and not_found.",
     items={N[2]: "removed", N[8]: "not_found"})

case(name="naver-post-wrapped-angle-url", **{"from": "post_help@navercorp.com"}, name_from="네이버 포스트 고객센터",
     date=d(7, 13, 8), subject="Re: [KCSC-240902-01] 네이버 포스트 게시물 조치 안내",
     reply_to_req="req-240902-01",
     body=f"""
안녕하세요, 네이버 포스트 고객센터입니다.

요청하신 포스트
<https://post.naver.com/viewer/postView.naver?volumeNo=38812077&
 memberNo=51230077>
는 운영정책 위반으로 비공개 처리하였습니다. (The post is no longer
publicly accessible.)

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 포스트 고객센터 reply, long URL wrapped inside angle brackets",
     why="비공개 처리 of the named post is removed; the URL is split at '&' inside <...>, as RFC 3986 appendix C allows.",
     items={N[9]: "removed"})

case(name="naver-english-bullets-mixed", **{"from": "trustandsafety@navercorp.com"}, name_from="NAVER Trust & Safety",
     date=d(10, 15, 47), subject="RE: KCSC-240902-01 - outcome for NAVER Cafe / Blog",
     reply_to_req="req-240902-01",
     body=f"""
Hello,

Our review of the URLs below (ref. KCSC-240902-01) is complete:

• {N[4]} – removed (카페 운영원칙 위반)
• {N[5]} – access from Korea blocked
• {N[6]} – this post no longer exists; the member deleted it before our review
• {N[1]} – kept online: we found no violation of NAVER policy or Korean law

If you disagree with a decision, you can reply to this email.

Kind regards,
NAVER Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="English bulleted outcome list (URL – result) from a portal's T&S desk",
     why="removed, restricted (blocked in Korea), not_found (deleted by member), rejected (kept online, no violation).",
     items={N[4]: "removed", N[5]: "restricted", N[6]: "not_found", N[1]: "rejected"})

case(name="naver-promise-will-remove", **{"from": NAVER_RIGHT}, name_from=NAVER_NAME,
     date=d(5, 14, 20), subject="Re: [KCSC-240902-01] 시정요구 (게시물 삭제)",
     reply_to_req="req-240902-01",
     body=f"""
안녕하세요, 네이버 권리보호센터입니다.

요청하신 게시물 중 아래 2건은 내부 검토를 거쳐 이번 주 중 삭제될 예정입니다.
- {N[11]}
- {N12_RAW}

The two items above will be removed once our internal review is finished.
조치가 완료되면 다시 안내드리겠습니다.
""",
     outcome="review", review="not_understood",
     imitates="portal reply promising action after internal review (삭제될 예정)",
     why="'삭제될 예정' / 'will be removed' is a promise, not a statement: items stay pending.",
     items={N[11]: "pending", N[12]: "pending"})

case(name="naver-bulk-all-13-done", **{"from": NAVER_RIGHT}, name_from=NAVER_NAME,
     date=d(11, 9, 15), subject="[NAVER] KCSC-240902-01 조치 완료",
     reply_to_req="req-240902-01",
     body="""
안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회 시정요구 KCSC-240902-01 건의 게시물 13건에 대하여
모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
     outcome="review", review="bulk",
     imitates="one-line 조치 완료 notice covering a whole request",
     why="A statement about all 13 items without naming any, for a request of 13: bulk, items pending.",
     items={u: "pending" for u in N.values()})

case(name="naver-transparency-newsletter", **{"from": "news@navercorp.com"}, name_from="NAVER",
     date=d(12, 10, 0), subject="[NAVER] 2024년 상반기 투명성 리포트 발간 안내",
     body="""
안녕하세요, 네이버입니다.

2024년 상반기 투명성 리포트가 발간되었습니다. 이번 리포트에는 정부기관의
시정요구 및 게시중단 요청 처리 현황, 이용자 신고 처리 통계가 담겨 있습니다.

리포트 보기: https://privacy.naver.com/transparency/report/2024h1

The first-half 2024 transparency report is now available at the link above.

네이버 주식회사
""",
     outcome="review", review="no_claims",
     imitates="portal transparency-report announcement sent to partner institutions",
     why="Trusted NAVER mail that names no requested item and references no request.",
     items={})

case(name="naver-ooo-chuseok", **{"from": "j.kim@navercorp.com"}, name_from="김지현 (NAVER)",
     date=d(13, 18, 1), subject="[자동응답] Re: [KCSC-240902-01] 시정요구 (게시물 삭제)",
     reply_to_req="req-240902-01",
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body=f"""
안녕하세요. 김지현입니다.
추석 연휴로 9월 19일(목)까지 부재중입니다. 급한 용무는 정책지원팀
대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.

I am out of the office until 19 September (Chuseok holiday).

> [KCSC-240902-01] 시정요구 (게시물 삭제)
> 1. {N[1]}
> 2. {N[2]}
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean/English out-of-office auto-reply (추석 연휴 부재중) quoting the request",
     why="Out-of-office auto-reply; the quoted URLs are our own request.",
     items={N[1]: "pending", N[2]: "pending"})

dsn_delay_orig = "\n".join(request_lines("KCSC-240902-01", [N[1], N[2], N[3]]))
case(name="naver-dsn-delayed", **{"from": "MAILER-DAEMON@mail.navercorp.com"}, name_from="Mail Delivery System",
     date=d(3, 2, 14), subject="Delayed Mail (still being retried): [KCSC-240902-01] 시정요구 (게시물 삭제)",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=multipart("report", "DLY.1725297254/mail.navercorp.com", [
         part("text/plain; charset=us-ascii", """This is the mail system at host mail.navercorp.com.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 12 hours.
It will be retried until it is 5 days old.

<policy-desk@navercorp.com>: connect to inbound2.navercorp.com[203.0.113.45]:25:
    Connection timed out
""", "7bit"),
         part("message/delivery-status", """Reporting-MTA: dns; mail.navercorp.com
Arrival-Date: Mon,  2 Sep 2024 14:00:04 +0900 (KST)

Final-Recipient: rfc822; policy-desk@navercorp.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to inbound2.navercorp.com[203.0.113.45]:25:
    Connection timed out
Will-Retry-Until: Sat,  7 Sep 2024 14:00:04 +0900 (KST)
""", None),
         part("message/rfc822", "From: KCSC Takedown <takedown@kcsc.example>\n"
              "To: policy-desk@navercorp.com\n"
              "Subject: [KCSC-240902-01] =?UTF-8?B?7Iuc7KCV7JqU6rWs?=\n"
              "Message-ID: <req-240902-01@kcsc.example>\n"
              "Date: Mon, 02 Sep 2024 14:00:00 +0900\n"
              "Content-Type: text/plain; charset=utf-8\n"
              "Content-Transfer-Encoding: 8bit\n\n" + dsn_delay_orig, None),
     ], params="; report-type=delivery-status"),
     outcome="ignored", classification="bounce",
     imitates="Postfix delay DSN (Action: delayed) with the original request attached",
     why="A delivery-status report; the URLs are those of our own attached request.",
     items={N[1]: "pending", N[3]: "pending"})

# ---- Daum / Kakao (KCSC-240903-02, 4 items) ---------------------------
case(name="daum-kakao-imsijochi-and-delete", **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     date=d(5, 16, 40), subject="[Daum] 권리침해 신고 처리 결과 안내 (KCSC-240903-02)",
     reply_to_req="req-240903-02",
     body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 Daum 카페 게시물에 대한 처리 결과를 안내드립니다.

■ 게시물: {D[1]}
  처리: 임시조치(30일) — 해당 게시물에 대한 접근을 30일간 차단하였습니다.
■ 게시물: {D[2]}
  처리: 삭제

임시조치에 대한 안내는 https://cs.daum.net/faq/95/7580.html 에서 확인하실 수 있습니다.
감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao/Daum 권리침해신고센터 처리 결과 (임시조치 30일, 삭제)",
     why="임시조치 (access blocked for 30 days) is restricted; 삭제 is removed; the FAQ link is no item.",
     items={D[1]: "restricted", D[2]: "removed"})

case(name="daum-tistory-english-disabled", **{"from": "trustsafety@kakaocorp.com"}, name_from="Kakao Trust & Safety",
     date=d(6, 19, 55), subject="KCSC-240903-02: Tistory / Daum Cafe",
     reply_to_req="req-240903-02",
     body=f"""
Hello,

Thank you for your notice. Results:

{D[3]} has been disabled for violating the Tistory operating policy.

We could not act on {D[4]}: the post had already been deleted by the
cafe member who wrote it before we reviewed it.

Kakao Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao English T&S reply (disabled / already deleted by its author)",
     why="Disabled is removed; already deleted by its author is not_found.",
     items={D[3]: "removed", D[4]: "not_found"})

case(name="daum-qp-blind-and-kept", **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     date=d(9, 11, 3), subject="=?UTF-8?B?W0RhdW1dIOyymOumrCDqsrDqs7wg7JWI64K0?= (KCSC-240903-02)",
     reply_to_req="req-240903-02",
     raw_mime=single("text/plain", f"""안녕하세요, 카카오 권리침해신고센터입니다.

KCSC-240903-02 관련 추가 처리 결과입니다.

{D[4]} 게시물은 Daum 카페 운영정책 위반으로 블라인드 처리되었습니다.

{D[1]} 게시물은 검토 결과 관련 법령 및 운영정책 위반으로 보기 어려워
게시를 유지합니다. 이의가 있으시면 회신 주시기 바랍니다.

감사합니다.
""", "quoted-printable"),
     outcome="applied", classification="confirmation",
     imitates="Daum 블라인드 notice plus a refusal with reason, quoted-printable body, encoded subject",
     why="블라인드 is removed; 위반으로 보기 어려워 게시를 유지 is a refusal with reason: rejected.",
     items={D[4]: "removed", D[1]: "rejected"})

case(name="daum-base64-age-gate", **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     date=d(10, 14, 27), subject="Re: [KCSC-240903-02] 시정요구",
     reply_to_req="req-240903-02",
     raw_mime=single("text/plain", f"""담당자님 안녕하세요.

요청하신 게시물 처리 결과입니다.

- {D[2]} : 삭제 완료
- {D[3]} : 청소년 유해 정보로 분류하여 성인 인증 후에만 열람할 수 있도록 제한

카카오 권리침해신고센터 드림
""", "base64"),
     outcome="applied", classification="confirmation",
     imitates="Kakao reply in a base64 body: 삭제 and 성인 인증 (age gate)",
     why="삭제 is removed; viewable only after adult verification is age-restricted: restricted.",
     items={D[2]: "removed", D[3]: "restricted"})

case(name="daum-forged-authfail", **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     auth="fail", date=d(7, 3, 12), subject="[Daum] 처리 완료 KCSC-240903-02",
     body=f"""
안녕하세요.
요청하신 게시물을 모두 삭제했습니다.
{D[1]} 삭제
{D[2]} 삭제
확인 링크: http://kakao-right-check.example.net/login
""",
     outcome="review", review="untrusted",
     imitates="forged portal notice failing DMARC, with a look-alike login link",
     why="From a Kakao domain but DKIM/SPF/DMARC fail: untrusted, nothing applied.",
     items={D[1]: "pending", D[2]: "pending"})

case(name="daum-search-deindex-naver-url", **{"from": "search-policy@kakaocorp.com"}, name_from="Daum 검색 정책",
     date=d(6, 10, 18), subject="[Daum 검색] 검색 결과 노출 제외 처리 안내 (KCSC-240902-01)",
     body=f"""
안녕하세요, Daum 검색 정책 담당입니다.

참조로 받은 KCSC-240902-01 요청과 관련하여 아래 주소를 Daum 검색 결과에서
삭제(노출 제외) 처리하였습니다.

{N[10]}

원문 게시물의 삭제는 해당 서비스 운영사(네이버)에 요청하셔야 합니다.
""",
     outcome="review", review="wrong_platform",
     imitates="search engine de-indexing notice (검색 결과 노출 제외) about another portal's post",
     why="Kakao states a result for a NAVER blog post (its own search index only): wrong_platform, item pending.",
     items={N[10]: "pending"})

case(name="daum-ticket-receipt", **{"from": "noreply@daum.net"}, name_from="Daum 고객센터",
     date=d(3, 10, 31), subject="[Daum 고객센터] 문의가 접수되었습니다 (접수번호 2409-118233)",
     reply_to_req="req-240903-02",
     body="""
안녕하세요, Daum 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 · 접수번호: 2409-118233
 · 제목: [KCSC-240903-02] 시정요구
 · 접수일시: 2024-09-03 10:31

담당자가 확인 후 순차적으로 답변드릴 예정입니다.
답변은 고객센터 > 나의 문의내역(https://cs.daum.net/mypage/inquiry)에서도 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="help-desk ticket receipt (문의 접수 완료, 접수번호)",
     why="Pure acknowledgement: received, ticket number, answer to follow.",
     items={})

# ---- DC Inside (KCSC-240904-03, 5 items) ------------------------------
case(name="dc-operator-deleted-bullets", **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
     date=d(5, 13, 2), subject="RE: [KCSC-240904-03] 게시물 삭제 요청",
     reply_to_req="req-240904-03",
     body=f"""
안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물 처리 결과 알려드립니다.

- {C[1]}
  → 운영자 삭제 완료
- {C[2]}
  → 운영자 삭제 완료
- {C[3]}
  → 이미 삭제된 게시물입니다 (작성자 삭제)

해당 작성자(IP)는 갤러리 이용이 차단되었습니다.
디시인사이드 운영팀 드림
""",
     outcome="applied", classification="confirmation",
     imitates="DC Inside 운영팀 reply (운영자 삭제 / 이미 삭제된 게시물), query-string URLs",
     why="운영자 삭제 is removed (twice); already deleted by its author is not_found.",
     items={C[1]: "removed", C[2]: "removed", C[3]: "not_found"})

case(name="dc-html-amp-links", **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
     date=d(6, 15, 36), subject="RE: [KCSC-240904-03] 추가 처리 결과",
     reply_to_req="req-240904-03",
     raw_mime=multipart("alternative", "----=_DC_240906_1536", [
         part("text/plain; charset=utf-8", f"""안녕하세요. 디시인사이드 운영팀입니다.

1. {C[4]}
   삭제 처리했습니다.
2. {C[5]}
   미니 갤러리 운영원칙 및 관련 법령 위반 소지가 없어 삭제하지 않았습니다.
""", "base64"),
         part("text/html; charset=utf-8", f"""<div>안녕하세요. 디시인사이드 운영팀입니다.</div>
<ol>
<li><a href="{C[4].replace('&', '&amp;')}">{C[4].replace('&', '&amp;')}</a><br>삭제 처리했습니다.</li>
<li><a href="{C[5].replace('&', '&amp;')}">{C[5].replace('&', '&amp;')}</a><br>미니 갤러리 운영원칙 및 관련 법령 위반 소지가 없어 삭제하지 않았습니다.</li>
</ol>""", "quoted-printable"),
     ]),
     outcome="applied", classification="confirmation",
     imitates="multipart/alternative reply (base64 text, QP HTML with &amp; in hrefs)",
     why="삭제 처리 is removed; not deleted because no rule or law is broken is rejected.",
     items={C[4]: "removed", C[5]: "rejected"})

case(name="dc-english-gmail-quote", **{"from": "global@dcinside.com"}, name_from="DCinside Global Support",
     date=d(5, 18, 9), subject="Re: [KCSC-240904-03] 게시물 삭제 요청",
     reply_to_req="req-240904-03",
     body=f"""
Hello,

The post below was deleted today by our moderation team:
<{C[2]}>

Regards,
DCinside Global Support

On Wed, Sep 4, 2024 at 11:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_lines("KCSC-240904-03", list(C.values())))}
""",
     outcome="applied", classification="confirmation",
     imitates="English support reply over a Gmail quote, URL in angle brackets",
     why="Only the URL above the quote is stated deleted; quoted request URLs say nothing.",
     items={C[2]: "removed", C[1]: "pending", C[4]: "pending"})

dc_csv = "no,url,result,date\n" + "\n".join([
    f"1,{C[1]},삭제,2024-09-09",
    f"2,{C[2]},삭제,2024-09-09",
    f"3,{C[3]},삭제,2024-09-09",
    f"4,{C[4]},게시물 없음,2024-09-09",
    f"5,{C[5]},삭제 불가 (위반 아님),2024-09-09",
]) + "\n"
case(name="dc-csv-attachment", **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
     date=d(9, 17, 12), subject="[디시인사이드] KCSC-240904-03 처리 결과 파일",
     reply_to_req="req-240904-03",
     raw_mime=multipart("mixed", "dc_result_0909", [
         part("text/plain; charset=utf-8", "처리 결과 파일 첨부드립니다.\n디시인사이드 운영팀\n"),
         part('text/csv; name="dc_KCSC-240904-03.csv"', dc_csv, "base64",
              ['Content-Disposition: attachment; filename="dc_KCSC-240904-03.csv"']),
     ]),
     outcome="applied", classification="confirmation",
     imitates="terse reply with a CSV result file (no charset on the part)",
     why="CSV: three 삭제 (removed), 게시물 없음 (not_found), 삭제 불가 (위반 아님) (rejected).",
     items={C[1]: "removed", C[2]: "removed", C[3]: "removed", C[4]: "not_found", C[5]: "rejected"})

case(name="dc-hedge-appears-removed", **{"from": "global@dcinside.com"}, name_from="DCinside Global Support",
     date=d(6, 9, 50), subject="Re: [KCSC-240904-03] 게시물 삭제 요청",
     reply_to_req="req-240904-03",
     body=f"""
Hi,

It appears that {C[3]} may already have been removed by the gallery
manager, but I could not confirm it in our admin tool yet. I will double-check
with the Korean team and get back to you.

Thanks,
DCinside Global Support
""",
     outcome="review", review="not_understood",
     imitates="support agent's hedged first answer ('it appears… may have been removed')",
     why="'appears… may already have been removed… could not confirm' is a hedge: pending.",
     items={C[3]: "pending"})

case(name="dc-conflicting-row", **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
     date=d(10, 11, 21), subject="RE: [KCSC-240904-03] 처리 결과",
     reply_to_req="req-240904-03",
     body=f"""
안녕하세요. 디시인사이드 운영팀입니다.

{C[4]} 게시물은 삭제 완료했습니다.

[처리 내역]
번호 | URL | 결과
1 | {C[4]} | 유지 (위반 아님)
2 | {C[5]} | 유지 (위반 아님)
""",
     outcome="review", review="conflicting_statements",
     imitates="reply whose prose and pasted table disagree (copy-paste slip)",
     why="The same URL is stated 삭제 완료 and 유지 (위반 아님) in one email: a clerk must ask; C5's row alone would be rejected but the email goes to review.",
     items={C[4]: "pending", C[5]: "pending"})

dc_orig = "\n".join(request_lines("KCSC-240904-03", [C[1], C[2], C[3]]))
case(name="dc-dsn-mailbox-full", **{"from": "MAILER-DAEMON@mx1.dcinside.com"}, name_from="Mail Delivery Subsystem",
     date=d(4, 11, 3), subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=multipart("report", "B1F2C3D4E5.1725415380/mx1.dcinside.com", [
         part("text/plain; charset=utf-8", """This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<report@dcinside.com> (expanded from <abuse@dcinside.com>): host
    store.dcinside.com[198.51.100.77] said: 552 5.2.2 Mailbox full
    (in reply to RCPT TO command)
""", "8bit"),
         part("message/delivery-status", """Reporting-MTA: dns; mx1.dcinside.com
X-Postfix-Queue-ID: B1F2C3D4E5
Arrival-Date: Wed,  4 Sep 2024 11:00:02 +0900 (KST)

Final-Recipient: rfc822; report@dcinside.com
Original-Recipient: rfc822;abuse@dcinside.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; store.dcinside.com
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
""", None),
         part("message/rfc822", "From: KCSC Takedown <takedown@kcsc.example>\n"
              "To: abuse@dcinside.com\n"
              "Subject: [KCSC-240904-03] =?UTF-8?B?6rKM7Iuc66y8IOyCreygnCDsmpTssq0=?=\n"
              "Message-ID: <req-240904-03@kcsc.example>\n"
              "Date: Wed, 04 Sep 2024 11:00:00 +0900\n"
              "Content-Type: text/plain; charset=utf-8\n"
              "Content-Transfer-Encoding: 8bit\n\n" + dc_orig, "8bit"),
     ], params="; report-type=delivery-status"),
     outcome="ignored", classification="bounce",
     imitates="Postfix non-delivery report (552 Mailbox full) returning the request",
     why="A DSN; the URLs inside are our own returned request.",
     items={C[1]: "pending", C[2]: "pending"})

# ---- SOOP (KCSC-240905-04, 2 items) -----------------------------------
case(name="soop-vod-deleted-post-private", **{"from": "cleancenter@sooplive.co.kr"}, name_from="SOOP 클린센터",
     date=d(6, 14, 5), subject="[SOOP] 신고 처리 결과 안내 / Report outcome (KCSC-240905-04)",
     reply_to_req="req-240905-04",
     body=f"""
안녕하세요, SOOP 클린센터입니다.

요청하신 콘텐츠의 처리 결과를 안내드립니다.

[VOD] {S[1]}
 - 처리 결과: VOD 삭제 (음란성 정보)
[방송국 게시글] {S[2]}
 - 처리 결과: 게시글 비공개 처리 및 스트리머 방송 7일 정지

Both items have been actioned: the VOD was deleted and the channel post
was made private.

운영정책: https://help.sooplive.co.kr/policy/operation
SOOP 클린센터 드림
""",
     outcome="applied", classification="confirmation",
     imitates="SOOP (ex-AfreecaTV) 클린센터 처리 결과, Korean with English summary",
     why="VOD 삭제 and 게시글 비공개 처리 are both removed; the suspension of the streamer is not an item status.",
     items={S[1]: "removed", S[2]: "removed"})

case(name="soop-age-restricted-and-kept", **{"from": "cleancenter@sooplive.co.kr"}, name_from="SOOP 클린센터",
     date=d(9, 10, 44), subject="Re: [KCSC-240905-04] 시정요구",
     reply_to_req="req-240905-04",
     body=f"""
안녕하세요. SOOP 클린센터입니다.

{S[1]}
→ 19세 이상 시청 가능(연령 제한) VOD로 변경하였습니다.

{S[2]}
→ 검토 결과 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="SOOP result notice (연령 제한 변경 / 위반 사항 없음)",
     why="19세 연령 제한 is restricted; no violation found, no action is rejected.",
     items={S[1]: "restricted", S[2]: "rejected"})

case(name="soop-outlook-top-post", **{"from": "m.choi@sooplive.co.kr"}, name_from="Minseo Choi (SOOP)",
     date=d(6, 9, 12), subject="RE: [KCSC-240905-04] 시정요구",
     reply_to_req="req-240905-04",
     body=f"""
Dear KCSC,

The channel post {S[2]} has been removed by our
content safety team this morning. The VOD is still being looked at.

Best,
Minseo Choi | Content Safety, SOOP Co., Ltd.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 3:00 PM
To: cleancenter@sooplive.co.kr
Subject: [KCSC-240905-04] 시정요구

{chr(10).join(request_lines("KCSC-240905-04", list(S.values())))}
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook top-posted staff reply over '-----Original Message-----'",
     why="The post is removed; 'still being looked at' leaves the VOD pending; the quoted request says nothing.",
     items={S[2]: "removed", S[1]: "pending"})

case(name="soop-asks-for-decision-copy", **{"from": "cleancenter@sooplive.co.kr"}, name_from="SOOP 클린센터",
     date=d(5, 18, 30), subject="Re: [KCSC-240905-04] 시정요구 — 서류 요청",
     reply_to_req="req-240905-04",
     body=f"""
안녕하세요, SOOP 클린센터입니다.

요청하신 {S[1]} 건의 처리를 위해 심의 의결서 사본과 위반 구간(재생 시간)
정보를 회신해 주시기 바랍니다. 자료를 받는 대로 검토하겠습니다.

Could you please send us a copy of the decision and the timestamps concerned?
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="platform request for supporting documents (의결서 사본, 위반 구간)",
     why="The platform asks for documents before acting: asks_more, item pending.",
     items={S[1]: "pending"})

case(name="soop-mdn-read", **{"from": "m.choi@sooplive.co.kr"}, name_from="Minseo Choi (SOOP)",
     date=d(5, 15, 48), subject="읽음: [KCSC-240905-04] 시정요구",
     raw_mime=multipart("report", "----=_MDN_soop_0905", [
         part("text/plain; charset=utf-8", """다음 메일이 읽혔습니다.

보낸 사람: KCSC Takedown
제목: [KCSC-240905-04] 시정요구
읽은 시간: 2024-09-05 오후 3:48

Your message was displayed on the recipient's computer.
"""),
         part("message/disposition-notification", """Reporting-UA: m.choi-pc; Microsoft Outlook 16.0
Final-Recipient: rfc822;m.choi@sooplive.co.kr
Original-Message-ID: <req-240905-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
""", "7bit"),
     ], params="; report-type=disposition-notification"),
     outcome="ignored", classification="read_receipt",
     imitates="Outlook read receipt (읽음:) as multipart/report MDN",
     why="A read receipt says nothing about items.",
     items={})

# ---- FM Korea (KCSC-240906-05, 3 items) -------------------------------
case(name="fmk-fullwidth-arrows", **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
     date=d(9, 15, 2), subject="[에펨코리아] 요청 게시물 처리 결과 (KCSC-240906-05)",
     reply_to_req="req-240906-05",
     body=f"""
방심위 담당자님 안녕하세요, 에펨코리아 운영진입니다.

요청하신 게시물 처리 결과입니다.

① {F[1]}　→　삭제
② {F[2]}　→　삭제
③ {F[3]}　→　존재하지 않는 문서입니다（이미 삭제됨）

불법 도박 홍보 계정은 영구 이용정지 처리하였습니다.
""",
     outcome="applied", classification="confirmation",
     imitates="community admin reply with circled numbers, full-width spaces and brackets",
     why="Two 삭제 (removed); 존재하지 않는 문서 / 이미 삭제됨 is not_found.",
     items={F[1]: "removed", F[2]: "removed", F[3]: "not_found"})

case(name="fmk-statement-then-url", **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
     date=d(10, 10, 15), subject="Re: [KCSC-240906-05] 시정요구",
     reply_to_req="req-240906-05",
     body=f"""
안녕하세요.

아래 게시물은 삭제 처리했습니다.
{F[2]}

아래 게시물은 스포츠 경기 결과에 대한 일반 토론글로, 도박 홍보에 해당하지
않아 삭제하지 않았습니다.
{F[3]}

에펨코리아 운영진
""",
     outcome="applied", classification="confirmation",
     imitates="short admin reply: statement line, then the URL on the line below",
     why="The first URL is under '삭제 처리했습니다' (removed); the second under a refusal with its reason (rejected).",
     items={F[2]: "removed", F[3]: "rejected"})

case(name="fmk-fullwidth-paren-single", **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
     date=d(7, 12, 31), subject="Re: [KCSC-240906-05] 시정요구",
     reply_to_req="req-240906-05",
     body=f"""
요청하신 게시물（{F[3]}）은 운영자 삭제 처리되었습니다.
나머지 두 건은 확인 후 회신드리겠습니다.
""",
     outcome="applied", classification="confirmation",
     imitates="one-line Korean admin reply, URL in full-width parentheses followed by a particle",
     why="운영자 삭제 of the URL in （…）은 is removed; the promise about the other two names nothing.",
     items={F[3]: "removed"})

case(name="fmk-bulk-english", **{"from": "admin@fmkorea.com"}, name_from="FMKorea Admin",
     date=d(11, 22, 40), subject="Re: [KCSC-240906-05] 시정요구",
     reply_to_req="req-240906-05",
     body="""
Hello,

All the reported content under KCSC-240906-05 was removed.

FMKorea Admin
""",
     outcome="review", review="bulk",
     imitates="one-sentence 'all the reported content was removed' reply",
     why="A statement about all items of a three-item request without naming them: bulk.",
     items={F[1]: "pending", F[2]: "pending", F[3]: "pending"})

case(name="fmk-forged-authfail", **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
     auth="fail", date=d(8, 4, 55), subject="Re: [KCSC-240906-05] 처리 완료",
     body=f"""
{F[1]} 삭제 완료했습니다.
추가 요청은 텔레그램 @fmk_admin_help 로 주세요.
""",
     outcome="review", review="untrusted",
     imitates="spoofed community-admin mail (DMARC fail) pointing to an outside contact",
     why="fmkorea.com sender failing authentication: untrusted, nothing applied.",
     items={F[1]: "pending"})

case(name="fmk-ooo-english", **{"from": "ops.lee@fmkorea.com"}, name_from="Lee Jaewon",
     date=d(6, 9, 41), subject="Automatic reply: [KCSC-240906-05] 시정요구",
     reply_to_req="req-240906-05",
     extra_headers=["X-Auto-Response-Suppress: All"],
     body="""
Thank you for your email. I am away until Monday 9 September with limited
access to email. For takedown matters please write to admin@fmkorea.com.

9월 9일(월)까지 부재중입니다. 게시물 관련 문의는 admin@fmkorea.com 으로 부탁드립니다.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook 'Automatic reply:' out-of-office, English and Korean",
     why="Out-of-office auto-reply.",
     items={})

# ---- Nate (KCSC-240909-06, 1 item) ------------------------------------
case(name="nate-pann-sole-deleted", **{"from": "pann@nate.com"}, name_from="네이트 판",
     date=d(10, 16, 58), subject="[네이트] KCSC-240909-06 처리 결과",
     reply_to_req="req-240909-06",
     body="""
안녕하세요, 네이트 판 운영팀입니다.

요청하신 KCSC-240909-06 건의 게시물은 명예훼손 정보로 확인되어 삭제 조치되었습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Nate Pann 운영팀 one-sentence result naming the request, not the URL",
     why="A one-item request: the unnamed 'the post of KCSC-240909-06 was deleted' applies to its only item.",
     items={P[1]: "removed"})

case(name="nate-english-no-violation", **{"from": "cs@skcomms.co.kr"}, name_from="SK Communications CS",
     date=d(12, 11, 9), subject="RE: [KCSC-240909-06] Request for removal",
     reply_to_req="req-240909-06",
     body=f"""
Dear Sir or Madam,

We reviewed {P[1]} against the Nate Pann community
guidelines and applicable Korean law. We did not find the post to be
defamatory, so it will remain available.

If a court or the KCSC issues a formal decision, please send it to us and we
will reconsider.

SK Communications Customer Service
""",
     outcome="applied", classification="confirmation",
     imitates="English refusal with reason ('will remain available') from the portal operator",
     why="Reviewed and kept because it breaks no rule: rejected ('will remain available' is the refusal, not a promise).",
     items={P[1]: "rejected"})

# ---- Clien (KCSC-240910-07, 2 items) ----------------------------------
case(name="clien-particles-attached", **{"from": "admin@clien.net"}, name_from="클리앙 운영자",
     date=d(11, 14, 3), subject="Re: [KCSC-240910-07] 시정요구",
     reply_to_req="req-240910-07",
     body=f"""
안녕하세요, 클리앙 운영자입니다.

{L[1]} 게시물은 삭제했습니다.
{L[2]}는 작성자가 이미 스스로 지운 글이라 남아 있지 않습니다.

클리앙 드림
""",
     outcome="applied", classification="confirmation",
     imitates="small community operator's plain reply, URL followed directly by a Korean particle",
     why="삭제했습니다 is removed; the second URL (with '는' attached) was deleted by its author: not_found.",
     items={L[1]: "removed", L[2]: "not_found"})

case(name="clien-conditional-and-hedge", **{"from": "admin@clien.net"}, name_from="클리앙 운영자",
     date=d(12, 9, 22), subject="Re: [KCSC-240910-07] 시정요구",
     reply_to_req="req-240910-07",
     body=f"""
안녕하세요.

{L[2]} 작성자에게 소명 기회를 주었고, 7일 안에 소명이 없으면
삭제될 예정입니다.

{L[1]} 은 작성자가 지운 것 같기도 한데 로그로는 아직 정확히
확인되지 않습니다.

확인되면 다시 말씀드리겠습니다.
""",
     outcome="review", review="not_understood",
     imitates="operator reply with a condition (삭제될 예정 if no appeal) and a hedge (지운 것 같기도)",
     why="A conditional promise and a hedge: neither is a statement, both items stay pending.",
     items={L[1]: "pending", L[2]: "pending"})

case(name="clien-ack-echoed-report", **{"from": "noreply@clien.net"}, name_from="클리앙",
     date=d(10, 13, 21), subject="[클리앙] 신고가 접수되었습니다",
     body=f"""
신고가 정상적으로 접수되었습니다.

접수 번호 : CL-2409-00731
신고 대상 : {L[1]}
신고 사유 : 불법 정보 (KCSC-240910-07)

운영진 확인 후 처리되며, 처리 결과는 별도로 안내되지 않을 수 있습니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="board 신고 접수 receipt echoing the reported URL and reason",
     why="Pure acknowledgement echoing our report: nothing stated about the post.",
     items={L[1]: "pending"})

# ---- Unknown sender ---------------------------------------------------
case(name="cafe-manager-gmail", **{"from": "greyharbor.manager@gmail.com"}, name_from="회색항구 카페 매니저",
     date=d(5, 23, 14), subject="KCSC-240902-01 관련 - 카페 매니저입니다",
     body=f"""
안녕하세요, 네이버 카페 '회색항구' 매니저입니다.
방심위에서 네이버에 요청하신 건(KCSC-240902-01) 중 저희 카페 글

{N[4]}

은 제가 직접 삭제했습니다. 카페 활동 정지도 하지 말아 주셨으면 합니다.
""",
     outcome="review", review="unknown_sender",
     imitates="a cafe manager's personal mail (webmail) claiming to have deleted a post",
     why="Not from a platform domain: unknown_sender, nothing applied.",
     items={N[4]: "pending"})


HEADER = """# blind387: Korean portals and community sites (NAVER, Daum/Kakao, DC Inside,
# SOOP, Nate, Clien, FM Korea), mixing Korean and English, with the doubtful and
# ignorable mail a regulator's mailbox receives. Written by tests/corpus/blind387/make.py;
# expected results written from each email's meaning before any run of the reader.
"""

RAW_SUBJECT = {"naver-cafe-url-then-result-line", "dc-csv-attachment", "clien-particles-attached"}


def encode_headers(cases):
    """Non-ASCII display names and subjects as RFC 2047 encoded words, as
    mail clients send them (a few subjects stay raw UTF-8, RFC 6532)."""
    from email.header import Header
    for c in cases:
        nf = c.get("name_from")
        if nf and not nf.isascii():
            c["name_from"] = Header(nf, "utf-8").encode()
        if not c["subject"].isascii() and c["name"] not in RAW_SUBJECT:
            c["subject"] = Header(c["subject"], "utf-8", header_name="Subject").encode()


if __name__ == "__main__":
    encode_headers(CASES)
    write_requests()
    corpuslib.write_set(HERE, "blind387", HEADER, CASES)
    print(len(CASES), "cases")
