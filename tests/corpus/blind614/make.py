#!/usr/bin/env python3
"""Blind set 614: ticket systems and threads.

Zendesk/Freshdesk/Jira/HelpScout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
sentences; the expected result of each case was written from the email's
meaning alone, before the reader was ever run on it.

    python3 tests/corpus/blind614/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind614"

# ---------------------------------------------------------------- requests
REQ = {
    "yt": ("KCSC-240902-01", "youtube", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00",
           "gambling", "req-240902-01@kcsc.example", "largest request; channel and shorts included"),
    "x": ("KCSC-240903-02", "x", "2024-09-03T11:30:00+09:00", "2024-09-10T23:59:59+09:00",
          "drugs", "req-240903-02@kcsc.example", "posts and one account"),
    "tg": ("KCSC-240904-03", "telegram", "2024-09-04T09:15:00+09:00", "2024-09-11T23:59:59+09:00",
           "gambling", "req-240904-03@kcsc.example", "two posts, one public channel"),
    "nv": ("KCSC-240905-04", "naver", "2024-09-05T14:00:00+09:00", "2024-09-12T23:59:59+09:00",
           "finance", "req-240905-04@kcsc.example", "blog, cafe (Korean path) and KnowledgeiN, \"stock tips\" case"),
    "kk": ("KCSC-240906-05", "kakao", "2024-09-06T10:40:00+09:00", "2024-09-13T23:59:59+09:00",
           "finance", "req-240906-05@kcsc.example", "Daum cafe, NAVER in CC"),
    "rd": ("KCSC-240909-06", "reddit", "2024-09-09T16:20:00+09:00", "2024-09-16T23:59:59+09:00",
           "privacy", "req-240909-06@kcsc.example", "single post"),
    "x2": ("KCSC-240911-07", "x", "2024-09-11T09:05:00+09:00", "2024-09-18T23:59:59+09:00",
           "drugs", "req-240911-07@kcsc.example", "second X request, same week"),
}

Y = [
    "https://www.youtube.com/watch?v=Qm3xT8vLp2A",
    "https://www.youtube.com/watch?v=bN7rW4kZs9E",
    "https://www.youtube.com/watch?v=Hc1uJ6yTq0M",
    "https://www.youtube.com/watch?v=pX5dF2gVn8R",
    "https://www.youtube.com/watch?v=Ze9kL3mWc4T",
    "https://www.youtube.com/watch?v=aS2hY7uBo1K",
    "https://www.youtube.com/shorts/Lr8vN5eQx3D",
    "https://www.youtube.com/shorts/Tf4gC9iPw6J",
    "https://www.youtube.com/watch?v=Wk0oE1rHs5U",
    "https://www.youtube.com/watch?v=mD6tA3zXj7F",
    "https://www.youtube.com/@hanbit_signal_tv",
    "https://www.youtube.com/watch?v=Gy2pV8cNb4S",
]
X = [
    "https://x.com/moonlit_ledger/status/1829384756102938471",
    "https://x.com/moonlit_ledger/status/1829391102837465012",
    "https://x.com/dawn_relay_kr/status/1830012345678901234",
    "https://x.com/grey_pier_07",
]
X2 = [
    "https://x.com/hollow_tern/status/1833456789012345678",
    "https://x.com/hollow_tern/status/1833460011223344556",
]
T = [
    "https://t.me/seoul_offshore_tips/1142",
    "https://t.me/seoul_offshore_tips/1187",
    "https://t.me/blue_lantern_market",
]
CAFE_ENC = "https://cafe.naver.com/%EC%A3%BC%EC%8B%9D%EC%A0%95%EB%B3%B4%EB%B0%A9"
CAFE_RAW = "https://cafe.naver.com/주식정보방"
N = [
    "https://blog.naver.com/sunrise_pick77/223551200871",
    "https://blog.naver.com/sunrise_pick77/223551349902",
    CAFE_ENC + "/88123",
    CAFE_ENC + "/88190",
    "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60210&docId=471122334",
]
N3_RAW = CAFE_RAW + "/88123"
N4_RAW = CAFE_RAW + "/88190"
K = [
    "https://cafe.daum.net/moonriver_trade/Hx2P/5521",
    "https://cafe.daum.net/moonriver_trade/Hx2P/5530",
]
R = ["https://www.reddit.com/r/kpopleakz_archive/comments/1f6qz2x/full_set_in_comments/"]

ITEMS = {"yt": Y, "x": X, "tg": T, "nv": N, "kk": K, "rd": R, "x2": X2}


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for key in ("yt", "x", "tg", "nv", "kk", "rd", "x2"):
            ref, plat, sent, due, cat, mid, note = REQ[key]
            for url in ITEMS[key]:
                w.writerow([ref, plat, sent, due, url, cat, mid, note])


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def mime_alt(boundary, plain, html, enc="8bit"):
    def body(t):
        return qp(t) if enc == "quoted-printable" else (b64(t) if enc == "base64" else t)
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {enc}\n\n"
        f"{body(plain).rstrip()}\n"
        f"--{boundary}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: {enc}\n\n"
        f"{body(html).rstrip()}\n"
        f"--{boundary}--\n"
    )


def single(ctype, enc, text):
    body = qp(text) if enc == "quoted-printable" else b64(text)
    return f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: {enc}\n\n{body.rstrip()}\n"


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def our_request(key, lang="en"):
    ref = REQ[key][0]
    urls = "\n".join(f"{i}. {u}" for i, u in enumerate(ITEMS[key], 1))
    if lang == "ko":
        return (f"방송통신심의위원회 시정요구 ({ref})\n\n아래 정보에 대하여 삭제 또는 접속차단을 요청합니다.\n\n"
                f"{urls}\n\n처리 결과를 회신하여 주시기 바랍니다.\n방송통신심의위원회 통신심의국")
    return (f"Korea Communications Standards Commission - removal request {ref}\n\n"
            f"The following content is illegal under Korean law. Please remove it or\n"
            f"block access to it from Korea and tell us the result for each URL.\n\n"
            f"{urls}\n\nKCSC Takedown Desk")


def our_reminder(key, urls):
    ref = REQ[key][0]
    lst = "\n".join(f"- {u}" for u in urls)
    return (f"Reminder: request {ref} passed its deadline. We have no result yet for:\n\n"
            f"{lst}\n\nPlease reply with the status of each URL.\nKCSC Takedown Desk")


def D(day, hh, mm, ss=0):
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][(day - 2) % 7]
    return f"{wd}, {day:02d} Sep 2024 {hh:02d}:{mm:02d}:{ss:02d} +0900"


CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ APPLIED
case(
    name="yt-zendesk-request-solved",
    date=D(9, 17, 4, 11), **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="[Request #5881204] Solved: Removal request KCSC-240902-01",
    reply_to_req="req-240902-01",
    body=f"""##- Please type your reply above this line -##

Your request (5881204) has been solved. To reopen it, reply to this email.

Lena (YouTube Legal Support)
Sep 9, 2024, 17:03 KST

Hello,

Thank you for your patience. We have completed our review of the URLs
in your notice KCSC-240902-01. Here is what we did for the first four:

{Y[0]}
This video was removed for violating our policy on regulated goods.

{Y[1]}
This video was also removed under the same policy.

{Y[2]}
We have blocked this video in South Korea following a local legal review.
It remains available in other countries.

{Y[3]}
After review we did not take action on this video, as it does not violate
our Community Guidelines and we did not find it to be unlawful under local law.

The remaining URLs are handled in a separate reply.

Kind regards,
Lena
YouTube Legal Support

This email is a service from YouTube Legal Support. [K7Q2-9ZXM]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification with an agent comment (YouTube legal support)",
    why="item-level statements: two removed, one blocked in KR, one no action because no violation",
    items={Y[0]: "removed", Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected"},
)

case(
    name="yt-followup-top-posted-over-earlier-reply",
    date=D(12, 10, 21, 40), **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [Request #5881204] Removal request KCSC-240902-01",
    reply_to_req="req-240902-01",
    body=f"""Hello again,

A short update on two of the URLs that were still open on our side:
{Y[4]} and {Y[5]} have now both been removed from YouTube.

Lena
YouTube Legal Support

On Mon, Sep 9, 2024 at 5:41 PM YouTube Legal Support <legal-support@google.com> wrote:
> Hello,
>
> We are still looking into the following URLs and will get back to you:
> {Y[4]}
> {Y[5]}
> {Y[6]}
>
> Lena
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted follow-up in the same support thread over the agent's earlier reply",
    why="the new text says y5 and y6 removed; the quoted earlier reply is not a statement",
    items={Y[4]: "removed", Y[5]: "removed"},
)

case(
    name="yt-html-outcome-table",
    date=D(11, 15, 2, 9), **{"from": "noreply-legal@youtube.com"}, name_from="YouTube",
    subject="Outcome of your legal request KCSC-240902-01 (ref 5881204)",
    reply_to_req="req-240902-01", type="html",
    body=f"""<html><body style="font-family:Roboto,Arial,sans-serif">
<p>Hello KCSC Takedown Desk,</p>
<p>We have reviewed the content you reported in request <b>KCSC-240902-01</b>.
The outcome for each URL is shown below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Outcome</th><th>Details</th></tr>
<tr><td><a href="{Y[6]}">{Y[6]}</a></td><td>Removed</td><td>Community Guidelines: spam and deceptive practices</td></tr>
<tr><td><a href="{Y[7]}">{Y[7]}</a></td><td>Age-restricted</td><td>Viewers must be signed in and 18+</td></tr>
<tr><td><a href="{Y[8]}">{Y[8]}</a></td><td>No action taken</td><td>Does not violate our policies or local law</td></tr>
<tr><td><a href="{Y[9]}">{Y[9]}</a></td><td>Not found</td><td>The video had already been deleted by the uploader</td></tr>
</table>
<p>If you disagree with a decision you can reply to this email.
See <a href="https://support.google.com/legal/answer/3110420">how we handle legal requests</a>.</p>
<p>&mdash; The YouTube Legal team</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-request outcome email with a per-URL HTML table",
    why="table: removed, age-restricted, no action (no violation), already deleted by uploader",
    items={Y[6]: "removed", Y[7]: "restricted", Y[8]: "rejected", Y[9]: "not_found"},
)

CSV_ATT = (
    "ticket,url,action,reason,actioned_at\n"
    f"LGL-4471,{Y[10]},Channel terminated,Spam and deceptive practices policy,2024-09-10\n"
    f"LGL-4471,{Y[11]},Blocked in KR,Local legal review (Republic of Korea),2024-09-10\n"
    f"LGL-4471,{Y[1]},No action,No policy or local law violation found,2024-09-10\n"
)
case(
    name="yt-jira-resolved-csv-attachment",
    date=D(10, 19, 45, 3), **{"from": "jira-legal@google.com"}, name_from="Google Legal Operations",
    subject="[JIRA] (LGL-4471) KCSC-240902-01 - request resolved",
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_lgl4471"

--=_lgl4471
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

—-—-—-—-—-—-—-—-—
Reply above this line.

Minji Seo resolved this as Done.

Hi, the per-URL outcomes for KCSC-240902-01 are in the attached sheet
(lgl-4471-outcomes.csv). Let me know if anything in it is unclear.

View request · Turn off this request's notifications
Sent by Jira Service Management
--=_lgl4471
Content-Type: text/csv; charset=utf-8; name="lgl-4471-outcomes.csv"
Content-Disposition: attachment; filename="lgl-4471-outcomes.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ATT).rstrip()}
--=_lgl4471--
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'resolved' customer notification with a CSV of outcomes attached",
    why="CSV: channel terminated (removed), blocked in KR (restricted), no action (rejected)",
    items={Y[10]: "removed", Y[11]: "restricted", Y[1]: "rejected"},
)

case(
    name="yt-korean-qp-reply",
    date=D(11, 9, 12, 30), **{"from": "legal-kr@google.com"}, name_from="YouTube 법무지원팀",
    subject="RE: [KCSC-240902-01] 불법정보 시정요구 처리 결과",
    reply_to_req="req-240902-01",
    raw_mime=single("text/plain", "quoted-printable", f"""안녕하세요, YouTube 법무지원팀입니다.

귀 위원회의 시정요구(KCSC-240902-01)에 대한 처리 결과를 알려드립니다.

{Y[8]}
→ 대한민국 내에서 해당 동영상에 대한 접속을 차단하였습니다.

{Y[9]}
→ 커뮤니티 가이드 위반으로 동영상을 삭제하였습니다.

나머지 URL에 대해서는 별도로 회신드리겠습니다.

감사합니다.
YouTube 법무지원팀 드림
"""),
    outcome="applied", classification="confirmation",
    imitates="Korean-language YouTube legal team reply, quoted-printable, status on the line below each URL",
    why="y9 blocked in Korea (restricted), y10 deleted (removed)",
    items={Y[8]: "restricted", Y[9]: "removed"},
)

case(
    name="x-freshdesk-ticket-update",
    date=D(6, 13, 30, 52), **{"from": "support@x.com"}, name_from="X Support",
    subject="[Ticket #X-88412] Update on your report KCSC-240903-02",
    reply_to_req="req-240903-02",
    body=f"""Hi KCSC Takedown Desk,

Your ticket #X-88412 has been updated by an agent.

------------------------------------------------------------
Thanks for your report. We reviewed the posts you listed and took
the following actions:

The post {X[0]} is now withheld in South Korea in response to your
legal demand.

We removed {X[1]} because it violated the X Rules on illegal
and regulated goods.

We were unable to locate {X[2]}; the link does not resolve to any post
on our service.
------------------------------------------------------------

Ticket status: Pending
You can reply to this email to add a note to the ticket.

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk ticket-update notification wrapping an agent's note (X support)",
    why="x1 withheld in KR, x2 removed, x3 cannot be located",
    items={X[0]: "restricted", X[1]: "removed", X[2]: "not_found"},
)

case(
    name="x-reply-to-reminder-account-suspended",
    date=D(12, 8, 55, 14), **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Re: Reminder: KCSC-240903-02 overdue",
    reply_to_req="req-240903-02",
    body=f"""Hello,

Apologies for the delay. The account https://x.com/grey_pier_07 has been
permanently suspended for repeated violations of our rules, so its posts
are no longer visible to anyone.

Best,
Daniel
X Legal Operations

On Wed, Sep 11, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(our_reminder("x", [X[2], X[3]]))}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal agent's reply to a regulator's reminder, Gmail quoting below",
    why="account permanently suspended = made unavailable (removed); the quoted reminder names x3 but says nothing of its status",
    items={X[3]: "removed"},
)

case(
    name="x2-status-line-below-url",
    date=D(16, 11, 7, 45), **{"from": "legal@x.com"}, name_from="X Legal",
    subject="KCSC-240911-07 - outcome",
    reply_to_req="req-240911-07",
    body=f"""Hello,

Outcome of our review for request KCSC-240911-07:

URL: {X2[0]}
Status: Withheld in KR (country withheld content)

URL: {X2[1]}
Status: No violation found - the post remains available

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome summary in 'URL: / Status:' pairs",
    why="x5 withheld in KR, x6 no violation, stays up",
    items={X2[0]: "restricted", X2[1]: "rejected"},
)

case(
    name="tg-abuse-desk-plain",
    date=D(6, 2, 14, 8), **{"from": "abuse@telegram.org"},
    subject="Re: KCSC-240904-03",
    reply_to_req="req-240904-03",
    body=f"""Hello,

Thank you for your report.

The public channel https://t.me/blue_lantern_market has been blocked
for violating the Telegram Terms of Service.

The following posts were deleted:
{T[0]}
{T[1]}

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="terse Telegram abuse-desk reply",
    why="channel blocked, two posts deleted: all three named",
    items={T[2]: "removed", T[0]: "removed", T[1]: "removed"},
)

case(
    name="tg-partial-answer-rest-under-review",
    date=D(5, 23, 40, 19), **{"from": "abuse@telegram.org"},
    subject="Re: KCSC-240904-03",
    reply_to_req="req-240904-03",
    body=f"""Hi,

We have taken down <https://t.me/blue_lantern_market>.

The other links from your report are still with our moderators. We will
write again in this thread once they have been reviewed.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram partial answer: one item done, the rest still under review",
    why="t3 taken down; the others are only 'still with our moderators' (pending)",
    items={T[2]: "removed"},
)

case(
    name="naver-korean-notice-particles",
    date=D(9, 16, 20, 0), **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    subject="[NAVER] 시정요구(KCSC-240905-04) 조치 결과 안내",
    reply_to_req="req-240905-04",
    body=f"""안녕하세요. 네이버 고객센터 정책지원 담당자입니다.

방송통신심의위원회에서 요청하신 시정요구(KCSC-240905-04)에 대하여
아래와 같이 조치하였음을 알려드립니다.

1) {N[0]} 은 게시중단 처리하였습니다.
2) {N[1]}에 대해서는 블라인드 처리를 완료하였습니다.
3) {N3_RAW} 게시글은 정보통신망법 제44조의2에 따라 임시조치(30일)하였습니다.

기타 문의사항은 본 메일로 회신 부탁드립니다.
감사합니다.

네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre 게시중단/블라인드/임시조치 notice to KCSC",
    why="n1 게시중단 and n2 블라인드 (removed), n3 (raw Korean path) 임시조치 (restricted)",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted"},
)

NV_TABLE = f"""<html><body>
<p>방송통신심의위원회 담당자님께</p>
<p>시정요구 <b>KCSC-240905-04</b> 조치 결과를 아래 표와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>조치일</th></tr>
<tr><td>4</td><td>{N[3]}</td><td>게시물 없음 (작성자 삭제)</td><td>-</td></tr>
<tr><td>5</td><td>{N[4].replace("&", "&amp;")}</td><td>비공개 처리</td><td>2024-09-10</td></tr>
</table>
<p>네이버 주식회사 정책지원팀</p>
</body></html>"""
case(
    name="naver-html-table-base64",
    date=D(10, 18, 2, 33), **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    subject="시정요구 조치결과 회신 (KCSC-240905-04)",
    reply_to_req="req-240905-04",
    raw_mime=single("text/html", "base64", NV_TABLE),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table in a base64 HTML body (NAVER)",
    why="n4 deleted by its author (not_found), n5 비공개 처리 (removed)",
    items={N[3]: "not_found", N[4]: "removed"},
)

case(
    name="naver-reply-to-reminder-rejected",
    date=D(13, 10, 33, 2), **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    subject="Re: Reminder: KCSC-240905-04 overdue",
    reply_to_req="req-240905-04",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

회신이 늦어 죄송합니다.
{N[1]} 게시물은 내부 검토 결과 운영정책 위반 사항이 확인되지 않아
별도 조치 없이 게시를 유지하기로 하였습니다.

감사합니다.

2024년 9월 13일 (금) 오전 9:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quote(our_reminder("nv", [N[1], N[4]]))}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply to a reminder, Gmail Korean quoting header",
    why="n2: no violation found, kept up (rejected); n5 only in the quoted reminder",
    items={N[1]: "rejected"},
)

case(
    name="kakao-daum-result-notice",
    date=D(11, 14, 5, 0), **{"from": "cs_policy@kakaocorp.com"}, name_from="카카오 고객센터",
    subject="[Daum 고객센터] 게시물 조치 결과 안내 (KCSC-240906-05)",
    reply_to_req="req-240906-05",
    body=f"""안녕하세요. 카카오 고객센터입니다.

요청하신 Daum 카페 게시물에 대한 처리 결과를 안내드립니다.

■ {K[0]}
   - 처리 결과: 삭제 조치 완료

■ {K[1]}
   - 처리 결과: 임시조치 (30일간 접근 제한)

더 궁금하신 사항은 고객센터로 문의 바랍니다.
카카오 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum (Kakao) customer-centre result notice with ■ bullets",
    why="k1 삭제 (removed), k2 임시조치 (restricted)",
    items={K[0]: "removed", K[1]: "restricted"},
)

case(
    name="reddit-single-item-no-url",
    date=D(12, 4, 18, 27), **{"from": "noreply@reddit.com"}, name_from="Reddit Safety",
    subject="Re: [Ticket 118842377] KCSC-240909-06",
    reply_to_req="req-240909-06",
    body="""Hi there,

Thanks for reaching out about the post in your request KCSC-240909-06.
After investigating, we've removed the content for violating Reddit's
Content Policy on sharing intimate or private media without consent.

Thanks again for helping keep Reddit safe.

Reddit Safety Team

Ticket 118842377 - please do not change the subject line when replying.
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety 'we've removed the content' reply",
    why="one-item request, unhedged 'we've removed the content': applies to its single URL",
    items={R[0]: "removed"},
)

case(
    name="reddit-author-deleted-angle-brackets",
    date=D(11, 7, 9, 51), **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="Your request KCSC-240909-06",
    reply_to_req="req-240909-06",
    body=f"""Hello,

We looked into the post you reported,
<{R[0]}>,
and found that it had already been deleted by its author before our review.
There is nothing further for us to action.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply: content already deleted by the author",
    why="already deleted by its author = not_found",
    items={R[0]: "not_found"},
)

case(
    name="yt-helpscout-bulleted",
    date=D(13, 16, 40, 12), **{"from": "trust-safety@youtube.com"}, name_from="YouTube Trust & Safety",
    subject="Re: KCSC-240902-01 [#44817]",
    reply_to_req="req-240902-01",
    body=f"""Hi there,

Here's where things stand for the videos we had left:

  * {Y[4]} - removed (harassment and cyberbullying policy)
  * {Y[5]} - removed (same policy)
  * {Y[6]} - reviewed, no violation found; the Short stays up
  * {Y[7]} - we couldn't find this Short; the link seems to be invalid

Thanks,
Priya
YouTube Trust & Safety

--
Conversation #44817 · Reply to this email to respond
""",
    outcome="applied", classification="confirmation",
    imitates="HelpScout-style agent reply with a bulleted per-URL result list",
    why="y5, y6 removed; y7 no violation (rejected); y8 invalid link (not_found)",
    items={Y[4]: "removed", Y[5]: "removed", Y[6]: "rejected", Y[7]: "not_found"},
)

JIRA_X = f"""Reply above this line.

Hyun-woo Park commented:

Hello KCSC team, on the two remaining URLs of KCSC-240903-02: the post {X[2]} has been withheld in the Republic of Korea, and the account {X[3]} has been suspended and is no longer accessible.

Request status: Resolved

View request · Turn off this request's notifications
This is shared with KCSC Takedown.
Powered by Jira Service Management
"""
case(
    name="x-jira-comment-qp-wrapped",
    date=D(13, 12, 1, 5), **{"from": "jira@x.com"}, name_from="X Legal Requests",
    subject="LEGAL-2093 KCSC-240903-02 remaining items",
    reply_to_req="req-240903-02",
    raw_mime=single("text/plain", "quoted-printable", JIRA_X),
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management comment notification, quoted-printable with soft breaks inside URLs",
    why="x3 withheld in KR (restricted), x4 suspended, no longer accessible (removed)",
    items={X[2]: "restricted", X[3]: "removed"},
)

case(
    name="yt-received-and-actioned",
    date=D(4, 11, 0, 44), **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="Your request 5881204 (KCSC-240902-01)",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Thanks for contacting YouTube. We received your request and have already
acted on part of it:

- {Y[8]} has been removed.
- {Y[9]} has been removed.

We are still reviewing the other URLs and will reply in this ticket.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube receipt that already carries first results",
    why="acknowledgement phrase plus unhedged removals of y9 and y10",
    items={Y[8]: "removed", Y[9]: "removed"},
)

case(
    name="yt-korean-fullwidth-punct",
    date=D(12, 14, 28, 0), **{"from": "legal-kr@google.com"}, name_from="YouTube 법무지원팀",
    subject="RE: [KCSC-240902-01] 추가 회신",
    reply_to_req="req-240902-01",
    body=f"""담당자님 안녕하세요.

추가로 검토가 끝난 항목을 알려드립니다.

・{Y[2]}：삭제 완료
・{Y[3]}：국내 접속 차단

이상입니다. 감사합니다.
YouTube 법무지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean YouTube legal reply with full-width colon right after each URL",
    why="y3 삭제 (removed), y4 국내 접속 차단 (restricted)",
    items={Y[2]: "removed", Y[3]: "restricted"},
)

case(
    name="x-outlook-reply-over-original",
    date=D(10, 9, 48, 30), **{"from": "legal@x.com"}, name_from="X Legal",
    subject="RE: Korea Communications Standards Commission - removal request KCSC-240903-02",
    reply_to_req="req-240903-02",
    body=f"""Hello,

{X[0]} - content removed.
{X[1]} - reviewed; no violation of the X Rules or local law, remains available.

Kind regards,
Sora Lim | X Legal Operations

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 11:30 AM
To: legal@x.com
Subject: Korea Communications Standards Commission - removal request KCSC-240903-02

{our_request("x")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above '-----Original Message-----' with our request below",
    why="x1 removed, x2 rejected; the original request below is ours, not a statement",
    items={X[0]: "removed", X[1]: "rejected"},
)

case(
    name="naver-cafe-operator-deleted",
    date=D(10, 11, 11, 11), **{"from": "cafe_help@naver.com"}, name_from="네이버 카페 고객센터",
    subject="[네이버 카페] 신고 게시물 처리 결과 (KCSC-240905-04)",
    reply_to_req="req-240905-04",
    body=f"""안녕하세요, 네이버 카페 고객센터입니다.

- {N3_RAW} : 카페 운영자 삭제로 현재 게시물이 존재하지 않습니다.
  (운영자 삭제 조치 일시: 2024.09.09 22:14)
- {N4_RAW} : 확인 결과 해당 게시물은 존재하지 않는 게시물입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Cafe customer-centre reply with raw Korean cafe paths",
    why="n3 deleted by the cafe operator (운영자 삭제 = removed); n4 does not exist (not_found)",
    items={N[2]: "removed", N[3]: "not_found"},
)

case(
    name="yt-echoed-report-with-outcome-column",
    date=D(16, 9, 20, 0), **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="[Request #5881204] Final outcome KCSC-240902-01",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Below is your original report with our outcome added for each line.

 # | Reported URL                                  | Your reason     | Outcome
---+-----------------------------------------------+-----------------+-------------------------------------
11 | {Y[10]}     | illegal betting | Channel terminated
12 | {Y[11]} | illegal betting | No action (no violation found)
 1 | {Y[0]} | illegal betting | Unavailable: deleted by the uploader

Kind regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="support agent echoing the reporter's table with an Outcome column added",
    why="y11 terminated (removed), y12 no action (rejected), y1 deleted by uploader (not_found)",
    items={Y[10]: "removed", Y[11]: "rejected", Y[0]: "not_found"},
)

case(
    name="kakao-freshdesk-english",
    date=D(13, 17, 17, 17), **{"from": "trust@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    subject="[#KTS-30391] Ticket Resolved - KCSC-240906-05",
    reply_to_req="req-240906-05",
    body=f"""Dear KCSC,

Your ticket #KTS-30391 has been resolved. Summary from the agent:

{K[0]} was deleted from the Daum Cafe by our operations team.

{K[1]} could not be found. The post number does not exist in that cafe.

If you believe this ticket was resolved in error, reply within 7 days
to reopen it.

Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' notification with an agent summary (Kakao)",
    why="k1 deleted (removed); k2 does not exist (not_found)",
    items={K[0]: "removed", K[1]: "not_found"},
)

case(
    name="tg-case-number-followup",
    date=D(9, 20, 30, 0), **{"from": "dsa@telegram.org"},
    subject="Case #4471902 update",
    reply_to_req="req-240904-03",
    body=f"""Hello,

Regarding Case #4471902: {T[1]} has been removed.
{T[0]} was reviewed and does not violate our Terms of Service, so it will
remain available.

Telegram
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA desk follow-up citing only its own case number",
    why="t2 removed; t1 reviewed, no violation, remains available (rejected)",
    items={T[1]: "removed", T[0]: "rejected"},
)

case(
    name="yt-partial-removed-rest-promised",
    date=D(17, 10, 5, 0), **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [Request #5881204] Removal request KCSC-240902-01",
    reply_to_req="req-240902-01",
    body=f"""Hello,

{Y[11]} has been removed for violating our policies.

For the channel {Y[10]} our team is still reviewing the account as a
whole and will update you in this ticket when a decision is made.

Lena
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube support follow-up: one item done, the channel still under review",
    why="y12 removed; y11 only 'still reviewing' and a promise (stays pending)",
    items={Y[11]: "removed", Y[10]: "pending"},
)

case(
    name="x2-html-gmail-thread",
    date=D(17, 15, 22, 10), **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Re: Korea Communications Standards Commission - removal request KCSC-240911-07",
    reply_to_req="req-240911-07",
    raw_mime=mime_alt(
        "alt-x2-7",
        f"""Hello,

Both posts have been handled:
{X2[0]} - removed
{X2[1]} - withheld in South Korea

X Legal

On Wed, Sep 11, 2024 at 9:05 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(our_request("x2"))}
""",
        f"""<div dir="ltr">Hello,<br><br>Both posts have been handled:<br>
<a href="{X2[0]}">{X2[0]}</a> - removed<br>
<a href="{X2[1]}">{X2[1]}</a> - withheld in South Korea<br><br>X Legal</div>
<div class="gmail_quote"><div class="gmail_attr">On Wed, Sep 11, 2024 at 9:05 AM KCSC Takedown &lt;takedown@kcsc.example&gt; wrote:<br></div>
<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
Korea Communications Standards Commission - removal request KCSC-240911-07<br>
1. {X2[0]}<br>2. {X2[1]}<br>KCSC Takedown Desk</blockquote></div>""",
        enc="quoted-printable",
    ),
    outcome="applied", classification="confirmation",
    imitates="Gmail multipart/alternative reply (quoted-printable) above the quoted request",
    why="x5 removed, x6 withheld in KR (restricted); the quoted request is ours",
    items={X2[0]: "removed", X2[1]: "restricted"},
)

# ================================================================ REVIEW
case(
    name="yt-promise-will-remove",
    date=D(5, 18, 0, 0), **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [Request #5881204] Removal request KCSC-240902-01",
    reply_to_req="req-240902-01",
    body=f"""Hello,

We've confirmed that {Y[4]} and {Y[5]} break our policies.
They will be removed within the next 48 hours, and we'll confirm in this
ticket once that is done.

Lena
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="support agent promising removal 'within 48 hours'",
    why="'will be removed' is a promise, not a statement: items named but nothing to apply",
    items={Y[4]: "pending", Y[5]: "pending"},
)

case(
    name="x-hedged-and-under-review",
    date=D(7, 3, 12, 40), **{"from": "support@x.com"}, name_from="X Support",
    subject="[Ticket #X-88412] KCSC-240903-02",
    reply_to_req="req-240903-02",
    body=f"""Hi,

From what we can see, {X[0]} appears to have been taken down already,
possibly by the account holder. {X[1]} is currently under review by our
legal team.

We'll follow up once we have more to share.

X Support
""",
    outcome="review", review="not_understood",
    imitates="X support agent's hedged interim note",
    why="'appears to have been', 'possibly', 'under review': hedges only",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="tg-bulk-all-links-removed",
    date=D(7, 1, 2, 3), **{"from": "abuse@telegram.org"},
    subject="Re: KCSC-240904-03",
    reply_to_req="req-240904-03",
    body="""Hello,

All the links in your report KCSC-240904-03 have been removed.

Telegram Abuse Team
""",
    outcome="review", review="bulk",
    imitates="Telegram one-line 'all links removed' reply",
    why="a statement about all items of a 3-item request without naming each",
    items={T[0]: "pending", T[1]: "pending", T[2]: "pending"},
)

case(
    name="naver-bulk-korean",
    date=D(9, 10, 0, 0), **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    subject="Re: [KCSC-240905-04] 시정요구",
    reply_to_req="req-240905-04",
    body="""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 전체에 대하여 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER one-line 'all requested posts 게시중단' reply",
    why="'요청하신 게시물 전체' for a 5-item request: bulk",
    items={u: "pending" for u in N},
)

case(
    name="x-untrusted-dmarc-fail",
    date=D(8, 22, 10, 0), **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    subject="Re: KCSC-240903-02",
    reply_to_req="req-240903-02",
    body=f"""Hello,

{X[0]} has been removed.
{X[1]} has been removed.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="clear X legal outcome, but DKIM/SPF/DMARC fail",
    why="x.com sender failing authentication: untrusted",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-zendesk-hosted-unknown-sender",
    date=D(9, 6, 45, 0), **{"from": "support@xcorp-help.zendesk.com"}, name_from="X Support",
    subject="[X Support] Re: KCSC-240903-02 (#771204)",
    reply_to_req="req-240903-02",
    body=f"""##- Please type your reply above this line -##

Your request (#771204) has been updated.

Hello, we removed {X[1]} for breaking our rules.

X Support
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk notification sent from a zendesk.com support address instead of the platform domain",
    why="sender domain zendesk.com is not a configured domain of any platform",
    items={X[1]: "pending"},
)

case(
    name="naver-about-daum-item-wrong-platform",
    date=D(9, 15, 0, 0), **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    subject="Re: [KCSC-240906-05] 불법정보 시정요구",
    reply_to_req="req-240906-05",
    body=f"""안녕하세요. 참조로 수신한 네이버 정책지원팀입니다.

본 건의 {K[0]} 은 Daum 카페 게시물로 네이버 서비스가 아닙니다.
참고로 확인해 보니 해당 게시물은 이미 삭제되어 현재 접근되지 않습니다.

네이버 정책지원팀
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER (in CC) answering about a Daum cafe URL",
    why="NAVER stating the status of a Kakao/Daum item",
    items={K[0]: "pending"},
)

case(
    name="tg-portal-notice-no-claims",
    date=D(13, 4, 0, 0), **{"from": "dsa@telegram.org"},
    subject="Telegram: new channel for authority requests",
    body="""Hello,

Starting 1 October, Telegram will only accept notices from authorities
through its web form at https://telegram.org/dsa-report. Requests sent
to this address after that date will receive an automatic pointer to
the form.

Thank you,
Telegram
""",
    outcome="review", review="no_claims",
    imitates="platform circular to authorities about a new reporting form",
    why="trusted Telegram mail naming no requested item and no request",
    items={},
)

case(
    name="yt-asks-for-court-order",
    date=D(6, 12, 10, 0), **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="[Request #5881204] Additional information needed - KCSC-240902-01",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Before we can act on {Y[2]} we need more information. Please send us the
legal basis (statute and article) for this video, and the timestamps where
the unlawful content appears. Your request will stay on hold until then.

Lena
YouTube Legal Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Zendesk agent setting the request to 'pending' and asking for legal basis and timestamps",
    why="a request for information about y3, no status",
    items={Y[2]: "pending"},
)

case(
    name="naver-conditional-korean",
    date=D(6, 17, 0, 0), **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    subject="Re: [KCSC-240905-04] 시정요구 접수 및 검토 안내",
    reply_to_req="req-240905-04",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

{N[0]} 게시물은 현재 검토 중이며, 위반 사항이 확인되는 경우
게시중단 조치할 예정입니다. 결과는 확정되는 대로 다시 알려드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply: under review, action 'if' a violation is confirmed",
    why="검토 중 and a conditional 예정: n1 named, no statement",
    items={N[0]: "pending"},
)

case(
    name="tg-forwarded-from-moderation",
    date=D(8, 14, 0, 0), **{"from": "dsa@telegram.org"},
    subject="Fwd: KCSC-240904-03 moderation result",
    reply_to_req="req-240904-03",
    body=f"""FYI, see the note from our moderation team below.

---------- Forwarded message ---------
From: Moderation Queue <mod-queue@internal.telegram.example>
Date: Sun, Sep 8, 2024 at 1:40 PM
Subject: KCSC-240904-03 moderation result
To: DSA Desk <dsa@telegram.org>

{T[0]} - deleted
{T[2]} - channel banned
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="platform employee forwarding an internal moderation note with only 'FYI'",
    why="the statements are in the forwarded part, from a sender we cannot verify",
    items={T[0]: "pending", T[2]: "pending"},
)

# ================================================================ IGNORED
case(
    name="yt-zendesk-receipt",
    date=D(2, 10, 2, 0), **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="[Request #5881204] Received: Removal request KCSC-240902-01",
    reply_to_req="req-240902-01",
    body="""##- Please type your reply above this line -##

Your request (5881204) has been received and is being reviewed by our
support staff. To add additional comments, reply to this email.

YouTube Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' auto-notification",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="x-freshdesk-receipt-echoes-request",
    date=D(3, 11, 31, 0), **{"from": "support@x.com"}, name_from="X Support",
    subject="[Ticket #X-88412] We received your report",
    reply_to_req="req-240903-02",
    body=f"""Hi KCSC Takedown Desk,

Thanks for getting in touch. A new ticket (#X-88412) has been created for
your report and an agent will reply as soon as possible.

For your reference, here is a copy of what you sent:
------------------------------------------------------------
{our_request("x")}
------------------------------------------------------------

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk new-ticket receipt echoing the requester's message",
    why="receipt; the URLs only appear in the copy of our own request, no statement",
    items={},
)

case(
    name="x-out-of-office",
    date=D(10, 10, 0, 5), **{"from": "sora.lim@x.com"}, name_from="Sora Lim",
    subject="Automatic reply: Reminder: KCSC-240903-02 overdue",
    reply_to_req="req-240903-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I'm out of the office until 16 September with limited access to email.
For urgent legal requests please write to legal@x.com.

Sora
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="kakao-korean-auto-reply",
    date=D(6, 10, 41, 0), **{"from": "cs_policy@kakaocorp.com"}, name_from="카카오 고객센터",
    subject="[자동응답] 문의가 접수되었습니다: KCSC-240906-05",
    reply_to_req="req-240906-05",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""본 메일은 발신 전용 자동응답 메일입니다.

보내주신 메일이 정상적으로 접수되었습니다. (접수번호 20240906-118)
영업일 기준 3일 이내에 담당자가 확인 후 답변드리겠습니다.

카카오 고객센터
""",
    # No classification: an automatic receipt carrying Auto-Submitted is as
    # much an auto_reply as an acknowledgement (see NOTES.md); ignored either way.
    outcome="ignored",
    imitates="Korean helpdesk auto-reply with a 접수번호",
    why="automatic receipt, no statement",
    items={},
)

DSN = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-9921"

--dsn-9921
Content-Type: text/plain; charset=utf-8

** Address not found **

Your message wasn't delivered to legal-kr-old@google.com because the address
couldn't be found, or is unable to receive mail.

--dsn-9921
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: {D(11, 9, 0, 2)}

Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--dsn-9921
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: Reminder: KCSC-240902-01 overdue
Date: {D(11, 9, 0, 0)}
Message-ID: <reminder-240902-01-1@kcsc.example>

{our_reminder("yt", Y[:4])}

--dsn-9921--
"""
case(
    name="google-dsn-reminder-bounced",
    date=D(11, 9, 0, 3), **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Failure)",
    raw_mime=DSN,
    outcome="ignored", classification="bounce",
    imitates="Gmail DSN 'Address not found' with the bounced reminder attached",
    why="bounce; the URLs are only in our own returned reminder",
    items={},
)

MDN = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-5521"

--mdn-5521
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240905-04] 시정요구"을(를) 수신자가 {D(5, 15, 12, 0)}에 읽었습니다.

--mdn-5521
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER Works Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req-240905-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-5521--
"""
case(
    name="naver-read-receipt",
    date=D(5, 15, 12, 4), **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    subject="읽음 확인: [KCSC-240905-04] 시정요구",
    reply_to_req="req-240905-04",
    raw_mime=MDN,
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="naver-ticket-received-korean",
    date=D(5, 14, 3, 0), **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    subject="[네이버 고객센터] 문의 접수 완료 안내 (KCSC-240905-04)",
    reply_to_req="req-240905-04",
    body="""안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호: 2409-0514-77812
 - 접수일시: 2024.09.05 14:03

담당 부서에서 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER customer-centre '문의 접수 완료' receipt",
    why="pure acknowledgement",
    items={},
)


HEADER = """# Blind set 614 (ticket systems and threads): written from each email's
# meaning alone, before the reader was run. Generated by make.py."""


def encode_headers():
    """Korean display names and some Korean subjects as RFC 2047 words, as
    most Korean webmail sends them (the rest stay raw UTF-8, as SMTPUTF8
    senders do)."""
    from email.header import Header
    for c in CASES:
        nf = c.get("name_from", "")
        if any(ord(ch) > 127 for ch in nf):
            c["name_from"] = Header(nf, "utf-8").encode()
        if c["name"] in ENCODED_SUBJECTS:
            c["subject"] = Header(c["subject"], "utf-8").encode()


ENCODED_SUBJECTS = {"kakao-daum-result-notice", "naver-ticket-received-korean",
                    "naver-html-table-base64", "yt-korean-qp-reply", "naver-read-receipt"}


def main():
    encode_headers()
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
