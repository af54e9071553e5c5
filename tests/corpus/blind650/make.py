#!/usr/bin/env python3
"""Blind set 650: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in one thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
sentences; the expected results were written from each email's meaning
before any run of the reader.

    python3 tests/corpus/blind650/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
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

# --------------------------------------------------------------- requests
K1_RAW = "https://luckyspin.tistory.com/entry/무료-쿠폰-지급"
K1 = "https://luckyspin.tistory.com/entry/" + quote("무료-쿠폰-지급")

Y = [
    None,
    "https://www.youtube.com/watch?v=qT4nL8xWc2A",
    "https://www.youtube.com/watch?v=Hk7pR3mZd0E",
    "https://www.youtube.com/watch?v=b9VfJ2sLq6U",
    "https://www.youtube.com/watch?v=Xc3wN5tGe8Y",
    "https://www.youtube.com/watch?v=m2KdS7aPz4R",
    "https://www.youtube.com/shorts/Lp8eT1vBn3Q",
    "https://www.youtube.com/shorts/Rw5yH9cKj7M",
    "https://www.youtube.com/@jackpot_daebak77",
    "https://www.youtube.com/watch?v=Zf6gA4uDs1O",
    "https://www.youtube.com/watch?v=Ne2qW8rTy5I",
    "https://www.youtube.com/watch?v=Vu9oP3xLh2K",
    "https://www.youtube.com/shorts/Ga1sD6fMw9B",
]
X = [
    None,
    "https://x.com/toto_king_kr/status/1831002233445566778",
    "https://x.com/toto_king_kr/status/1831004455667788990",
    "https://x.com/bet_sunny2/status/1831120000111222333",
    "https://x.com/bet_sunny2",
    "https://x.com/cash_loan_fast/status/1833555666777888999",
]
T = [
    None,
    "https://t.me/ice_delivery_seoul/2231",
    "https://t.me/ice_delivery_seoul/2240",
    "https://t.me/crystal_mart_kr",
]
N = [
    None,
    "https://blog.naver.com/moonlit_shop/223561234567",
    "https://blog.naver.com/moonlit_shop/223561239999",
    "https://cafe.naver.com/nightmarket88/15022",
    "https://cafe.naver.com/nightmarket88/15031",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471122334",
]
K = [
    None,
    K1,
    "https://luckyspin.tistory.com/88",
    "https://cafe.daum.net/bluechip_trade/Fq2x/311",
    "https://cafe.daum.net/bluechip_trade/Fq2x/318",
]
TT = [
    None,
    "https://www.tiktok.com/@nightowl_sale/video/7412233445566778899",
    "https://www.tiktok.com/@nightowl_sale/video/7412299887766554433",
]

REQUESTS = [
    # ref, platform, sent, due, urls, category, message_id, note
    ("KCSC-240902-01", "youtube", "2024-09-02T18:10:00+09:00", "2024-09-09T23:59:59+09:00",
     Y[1:], "illegal_gambling", "req-240902-01@kcsc.example", "gambling promotion videos and channel"),
    ("KCSC-240904-02", "x", "2024-09-04T10:00:00+09:00", "2024-09-11T23:59:59+09:00",
     X[1:5], "illegal_gambling", "req-240904-02@kcsc.example", "toto site adverts"),
    ("KCSC-240905-03", "telegram", "2024-09-05T11:00:00+09:00", "2024-09-12T23:59:59+09:00",
     T[1:], "drugs", "req-240905-03@kcsc.example", "drug sales channels"),
    ("KCSC-240906-04", "naver", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00",
     N[1:], "drugs", "req-240906-04@kcsc.example", "blog, cafe and kin posts"),
    ("KCSC-240909-05", "kakao", "2024-09-09T10:30:00+09:00", "2024-09-16T23:59:59+09:00",
     K[1:], "illegal_gambling", "req-240909-05@kcsc.example", "tistory and daum cafe posts"),
    ("KCSC-240910-06", "tiktok", "2024-09-10T16:00:00+09:00", "2024-09-17T23:59:59+09:00",
     TT[1:], "illegal_gambling", "req-240910-06@kcsc.example", "two videos"),
    ("KCSC-240911-07", "x", "2024-09-11T09:20:00+09:00", "2024-09-18T23:59:59+09:00",
     X[5:], "fraud", "req-240911-07@kcsc.example", "illegal loan advert"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ------------------------------------------------------- our request texts
def req_en(ref, urls, due, prefix=""):
    lines = [
        "Dear Trust & Safety team,",
        "",
        "The Korea Communications Standards Commission (KCSC) has found the",
        "content at the addresses below to be illegal under Korean law and asks",
        "that you remove it or block access to it from Korea.",
        "",
        f"Reference: {ref}",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += [
        "",
        f"Please tell us the action taken for each address by {due}.",
        "",
        "KCSC Takedown Desk",
    ]
    return "\n".join((prefix + l).rstrip() for l in lines)


def req_ko(ref, urls, due, prefix=""):
    lines = [
        "안녕하십니까. 방송통신심의위원회입니다.",
        "",
        "아래 정보는 불법정보로 심의·의결되어 삭제 또는 접속차단 등",
        "시정을 요구하오니 조치하여 주시기 바랍니다.",
        "",
        f"요청번호: {ref}",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += [
        "",
        f"조치 결과를 {due}까지 회신하여 주시기 바랍니다.",
        "",
        "방송통신심의위원회 통신심의국",
    ]
    return "\n".join((prefix + l).rstrip() for l in lines)


# ----------------------------------------------------------- MIME helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def html_b64(html):
    return (
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n\n" + b64(html)
    )


def text_qp(text):
    return (
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n" + qp(text)
    )


def alt(text, html, boundary):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{qp(text)}\n"
        f"--{boundary}\n"
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{qp(html)}\n"
        f"--{boundary}--"
    )


def with_csv(text, fname, data, boundary):
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n"
        f"--{boundary}\n"
        f'Content-Type: text/csv; charset=utf-8; name="{fname}"\n'
        f'Content-Disposition: attachment; filename="{fname}"\n'
        "Content-Transfer-Encoding: base64\n\n"
        f"{b64(data)}\n"
        f"--{boundary}--"
    )


REQ_IDS = {r[0]: r[6].split("@")[0] for r in REQUESTS}

# ------------------------------------------------------------------ cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ============================ YouTube (KCSC-240902-01, 12 items) ==========
C1_BODY = f"""##- Please type your reply above this line -##

Your request (#48213377) has been solved. To reopen this request, reply to this email.

Min-seo (YouTube Legal Support)
Sep 5, 2024, 16:40 GMT+9

Hello,

Thank you for contacting YouTube. We have reviewed the first five URLs of
your notice KCSC-240902-01 and taken the actions below:

* {Y[1]} - removed for violating our Community Guidelines
* {Y[2]} - removed for violating our Community Guidelines
* {Y[3]} - no action taken; we found no violation of our policies or of local law, so the video stays available
* {Y[4]} - blocked from view in South Korea on the basis of local law
* {Y[5]} - we could not locate this video; the ID does not match any video on YouTube

The rest of the URLs in your notice are still with our reviewers and we will
answer them on this ticket.

Regards,
The YouTube Legal Support team

--------------------------------
This email is a service from YouTube Legal Support.
Legal help centre: https://support.google.com/legal/answer/3110420
[7QK2M0-R1PX9]
"""

case(
    name="yt-zendesk-solved-list",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 16:40:31 +0900",
    subject="[YouTube Legal] Request #48213377: KCSC-240902-01 has been solved",
    reply_to_req=REQ_IDS["KCSC-240902-01"],
    body=C1_BODY,
    outcome="applied",
    classification="confirmation",
    imitates="Zendesk 'your request has been solved' notification carrying an agent's per-URL results (YouTube legal support)",
    why="trusted google.com reply listing five URLs each with its own outcome: removed, removed, no violation, blocked in Korea, not found",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "rejected", Y[4]: "restricted", Y[5]: "not_found"},
)

C1_QUOTED = "\n".join(("> " + l).rstrip() for l in C1_BODY.split("Hello,", 1)[1].split("Regards,")[0].strip().split("\n"))
case(
    name="yt-followup-top-posted",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 11:05:02 +0900",
    subject="Re: [YouTube Legal] Request #48213377: KCSC-240902-01",
    reply_to_req=REQ_IDS["KCSC-240902-01"],
    body=f"""Hello again,

A follow-up on request #48213377: two more of the URLs you sent are done.

{Y[6]}
{Y[7]}
Both Shorts have been removed under our spam, deceptive practices and scams policy.

We are still looking at the others and will write again on this ticket.

Min-seo
YouTube Legal Support

On Thu, Sep 5, 2024 at 4:40 PM YouTube Legal Support <legal-support@google.com> wrote:
> Hello,
>
{C1_QUOTED}
""",
    outcome="applied",
    classification="confirmation",
    imitates="agent follow-up in the same Gmail thread, top-posted over the ticket's earlier reply",
    why="the two Shorts named above the sentence are removed; the five earlier results are only in the '>' quote and change nothing",
    items={Y[6]: "removed", Y[7]: "removed", Y[1]: "pending", Y[2]: "pending", Y[3]: "pending",
           Y[4]: "pending", Y[5]: "pending"},
)

C3_HTML = f"""<html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We have completed our review of the following items from your legal request
<b>KCSC-240902-01</b>. The outcome for each item is shown in the table.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported content</th><th>Outcome</th></tr>
<tr><td><a href="{Y[8]}">{Y[8]}</a></td><td>Channel terminated</td></tr>
<tr><td><a href="{Y[9]}">{Y[9]}</a></td><td>Video removed</td></tr>
<tr><td><a href="{Y[10]}">{Y[10]}</a></td><td>Restricted &ndash; not available in South Korea</td></tr>
<tr><td><a href="{Y[11]}">{Y[11]}</a></td><td>No action &ndash; does not violate our policies</td></tr>
</table>
<p>You can read about how we handle legal requests in our
<a href="https://support.google.com/youtube/answer/6154218">Help Centre</a>.</p>
<p>Kind regards,<br>YouTube Legal Support<br>[ref:48213377]</p>
</body></html>"""
case(
    name="yt-html-table-actions",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 09:12:44 +0900",
    subject="Update on your legal request KCSC-240902-01 [ref:48213377]",
    reply_to_req=REQ_IDS["KCSC-240902-01"],
    raw_mime=html_b64(C3_HTML),
    outcome="applied",
    classification="confirmation",
    imitates="HTML ticket update with a two-column outcome table (base64 HTML body)",
    why="each row pairs a requested URL with its outcome; the Help Centre link is not an item",
    items={Y[8]: "removed", Y[9]: "removed", Y[10]: "restricted", Y[11]: "rejected"},
)

C4_CSV = "reported_url,decision,decision_date,policy\n" + "\n".join([
    f"{Y[1]},Removed,2024-09-05,Community Guidelines - spam and scams",
    f"{Y[2]},Removed,2024-09-05,Community Guidelines - spam and scams",
    f"{Y[3]},No action,2024-09-05,",
    f"{Y[4]},Locally restricted (KR),2024-09-05,Local law",
    f"{Y[5]},Removed,2024-09-06,Community Guidelines - regulated goods",
    f"{Y[6]},Removed,2024-09-09,Community Guidelines - spam and scams",
    f"{Y[7]},Content not found,2024-09-09,",
    f"{Y[8]},Channel terminated,2024-09-10,Community Guidelines - repeat violations",
    f"{Y[9]},Removed,2024-09-10,Community Guidelines - regulated goods",
    f"{Y[10]},Age-restricted,2024-09-10,Community Guidelines - age restriction",
    f"{Y[11]},No action,2024-09-10,",
    f"{Y[12]},Removed,2024-09-11,Community Guidelines - spam and scams",
]) + "\n"
case(
    name="yt-freshdesk-resolved-csv",
    **{"from": "legal-ops-noreply@youtube.com"},
    name_from="YouTube Legal Operations",
    date="Thu, 12 Sep 2024 10:30:00 +0900",
    subject="Ticket #48213377 resolved: KCSC-240902-01 (12 URLs)",
    reply_to_req=REQ_IDS["KCSC-240902-01"],
    raw_mime=with_csv(
        """Hi KCSC team,

Our review of all 12 URLs in your notice KCSC-240902-01 is complete. The
decision for each URL is listed in the attached file
(results_KCSC-240902-01.csv).

Ticket status: Resolved

If anything in the file is unclear, reply to this email and the ticket will
reopen.

YouTube Legal Operations""",
        "results_KCSC-240902-01.csv", C4_CSV, "=_fd_48213377_a1"),
    outcome="applied",
    classification="confirmation",
    imitates="Freshdesk-style 'ticket resolved' mail with the per-URL decisions in a CSV attachment",
    why="the CSV gives one decision per requested URL: removed, no action, local restriction, not found, terminated, age-restricted",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "rejected", Y[4]: "restricted", Y[5]: "removed",
           Y[6]: "removed", Y[7]: "not_found", Y[8]: "removed", Y[9]: "removed", Y[10]: "restricted",
           Y[11]: "rejected", Y[12]: "removed"},
)

case(
    name="yt-partial-rest-under-review",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 15:21:09 +0900",
    subject="Re: [YouTube Legal] Request #48213377: KCSC-240902-01",
    reply_to_req=REQ_IDS["KCSC-240902-01"],
    body=f"""##- Please type your reply above this line -##

Hello,

An interim update on your notice. Of the 12 URLs you submitted, we have
removed the following three videos for violating our Community Guidelines:

1. {Y[2]}
2. {Y[3]}
3. {Y[5]}

The remaining nine URLs are still under review. We will update this ticket
once our review is complete.

Best regards,
Tae-yang
YouTube Legal Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="partial answer on an open Zendesk ticket: some URLs done, the rest 'still under review'",
    why="the three listed videos are stated removed; the nine others are unnamed and under review",
    items={Y[2]: "removed", Y[3]: "removed", Y[5]: "removed"},
)

C17_Q = req_en("KCSC-240902-01", Y[1:], "9 September 2024", prefix="> ").split("\n")


def inline_answers():
    out = []
    for line in C17_Q:
        out.append(line)
        if line.endswith(Y[1]):
            out += ["", "Removed.", ""]
        elif line.endswith(Y[6]):
            out += ["", "Age-restricted. It stays up but is no longer shown to signed-out or",
                    "under-18 viewers.", ""]
        elif line.endswith(Y[12]):
            out += ["", "Reviewed, no violation found. We are leaving this Short up.", ""]
    return "\n".join(out)


case(
    name="yt-inline-answers-gmail",
    **{"from": "jihohan@google.com"},
    name_from="Ji-ho Han",
    date="Wed, 11 Sep 2024 20:14:37 +0900",
    subject="Re: Removal request KCSC-240902-01",
    reply_to_req=REQ_IDS["KCSC-240902-01"],
    body=f"""Hi,

Answers inline below for the three videos my team handled.

Ji-ho Han | YouTube Trust & Safety, Seoul

On Mon, Sep 2, 2024 at 6:10 PM KCSC Takedown <takedown@kcsc.example> wrote:
{inline_answers()}
""",
    outcome="applied",
    classification="confirmation",
    imitates="a Google employee answering inline between the '>' lines of our request (Gmail)",
    why="unquoted answers under three quoted URLs: removed, age-restricted (restricted), no violation (rejected)",
    items={Y[1]: "removed", Y[6]: "restricted", Y[12]: "rejected"},
)

case(
    name="yt-jira-resolved-comment",
    **{"from": "jira-noreply@google.com"},
    name_from="Google Legal Ops (Jira)",
    date="Fri, 13 Sep 2024 17:48:20 +0900",
    subject="[JIRA] (LEGALKR-4471) KCSC-240902-01 YouTube removal request",
    reply_to_req=REQ_IDS["KCSC-240902-01"],
    extra_headers=["Auto-Submitted: auto-generated", "X-JIRA-FingerPrint: 5c1e0b2f9a7d3e44"],
    body=f"""——-—-—-—-—-—-—-—-—
Reply above this line.

Seo-yeon Park resolved LEGALKR-4471 as Done.

Seo-yeon Park commented:

Final actions on the remaining items:
- {Y[6]} — Removed (spam, deceptive practices and scams)
- {Y[7]} — Removed (spam, deceptive practices and scams)
- {Y[12]} — Geo-blocked in KR (local legal removal)

View request · Turn off this request's notifications

This is shared with KCSC Takedown.

Powered by Jira Service Management
""",
    outcome="applied",
    classification="confirmation",
    imitates="Jira Service Management 'request resolved' customer notification with the agent's comment",
    why="the resolving comment gives each Short its own action; Auto-Submitted marks a system notification, not an out-of-office",
    items={Y[6]: "removed", Y[7]: "removed", Y[12]: "restricted"},
)

case(
    name="yt-sor-style-fields",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    date="Mon, 16 Sep 2024 08:02:55 +0900",
    subject="Decision on your legal notice KCSC-240902-01",
    reply_to_req=REQ_IDS["KCSC-240902-01"],
    body=f"""Hello,

We have taken the following decisions on content from your notice.

Content: {Y[4]}
Decision: Access restricted in the Republic of Korea
Ground: Local law (promotion of illegal gambling)
Automated detection: No

Content: {Y[5]}
Decision: Removed globally
Ground: Community Guidelines - spam, deceptive practices and scams
Automated detection: No

The uploaders have been told of these decisions and of how to seek redress.
More on how we publish statements of reasons:
https://transparencyreport.google.com/youtube-policy/removals

YouTube
""",
    outcome="applied",
    classification="confirmation",
    imitates="DSA statement-of-reasons style decision fields (content / decision / ground)",
    why="two field blocks, each naming one URL with its decision: restricted in Korea, removed globally",
    items={Y[4]: "restricted", Y[5]: "removed"},
)

case(
    name="yt-promise-within-24h",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 03 Sep 2024 13:40:10 +0900",
    subject="Re: [YouTube Legal] Request #48213377: KCSC-240902-01",
    reply_to_req=REQ_IDS["KCSC-240902-01"],
    body=f"""Hello,

Thanks for your notice KCSC-240902-01. Our team has prioritised the videos
below and they will be removed within the next 24 hours once the final check
is done:

{Y[9]}
{Y[10]}
{Y[11]}

We will confirm on this ticket when that is complete.

YouTube Legal Support
""",
    outcome="review",
    classification="confirmation",
    review="not_understood",
    imitates="agent reply promising removal 'within 24 hours' on an open ticket",
    why="'will be removed' is a promise, not a statement; three requested URLs named, nothing to apply",
    items={Y[9]: "pending", Y[10]: "pending", Y[11]: "pending"},
)

case(
    name="yt-solved-auth-fail",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    auth="fail",
    date="Sat, 07 Sep 2024 02:17:45 +0900",
    subject="[YouTube Legal] Request #48213377: KCSC-240902-01 has been solved",
    body=f"""##- Please type your reply above this line -##

Your request (#48213377) has been solved.

Hello,

The following content from your notice has been removed:

{Y[1]} - video removed
{Y[8]} - channel terminated

Regards,
YouTube Legal Support
""",
    outcome="review",
    review="untrusted",
    imitates="a copy of the Zendesk 'solved' notification arriving with failed DKIM/SPF/DMARC",
    why="google.com in From but authentication fails: the statements cannot be trusted",
    items={Y[1]: "pending", Y[8]: "pending"},
)

case(
    name="yt-conflicting-same-video",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Sun, 08 Sep 2024 10:03:27 +0900",
    subject="Re: [YouTube Legal] Request #48213377: KCSC-240902-01",
    reply_to_req=REQ_IDS["KCSC-240902-01"],
    body=f"""Hello,

Here is where things stand on your notice:

{Y[2]} - Removed

We have not taken action on {Y[2]}, as it does not
violate our Community Guidelines or local law.

Regards,
YouTube Legal Support
""",
    outcome="review",
    classification="confirmation",
    review="conflicting_statements",
    imitates="agent reply assembled from two macros that contradict each other about one video",
    why="the same URL is said removed and then said left up: a clerk cannot pick one",
    items={Y[2]: "pending"},
)

case(
    name="yt-zendesk-receipt-echo",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 02 Sep 2024 18:12:03 +0900",
    subject="[YouTube Legal] Request received: KCSC-240902-01 (#48213377)",
    reply_to_req=REQ_IDS["KCSC-240902-01"],
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""##- Please type your reply above this line -##

Your request (#48213377) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

KCSC Takedown
Sep 2, 2024, 18:10 GMT+9

{req_en("KCSC-240902-01", Y[1:], "9 September 2024")}

--------------------------------
This email is a service from YouTube Legal Support.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Zendesk 'request received' auto-notification echoing the submitted request text",
    why="a pure receipt; the URLs and 'remove it or block access' are our own words echoed back",
    items={},
)

# ============================ X (KCSC-240904-02 and KCSC-240911-07) =======
case(
    name="x-helpscout-prose-angle",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Tue, 10 Sep 2024 03:25:40 +0900",
    subject="Re: KCSC-240904-02 Removal request [#1183-22917]",
    reply_to_req=REQ_IDS["KCSC-240904-02"],
    body=f"""Hello,

Thanks for your patience while we looked into this.

After review, we have withheld the following two posts in South Korea under
applicable local law: <{X[1]}> and
<{X[2]}>. They remain visible outside Korea.

The post at <{X[3]}> does not violate
the X Rules and we are not taking action on it.

Finally, the account @bet_sunny2 (<{X[4]}>) has been permanently suspended
for violating our rules on illegal and regulated goods and services.

Regards,
Jordan
X Support

--
Reply to this email or see our enforcement options:
https://help.x.com/en/rules-and-policies/enforcement-options
""",
    outcome="applied",
    classification="confirmation",
    imitates="Help Scout-style agent reply in prose with URLs in angle brackets (X country-withheld content)",
    why="two posts withheld in Korea (restricted), one post breaks no rule (rejected), the account suspended (removed)",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "rejected", X[4]: "removed"},
)

X_REMINDER = "\n".join([
    "Dear X team,",
    "",
    "We have not yet received your response to our request KCSC-240911-07,",
    "whose deadline was 18 September 2024. Please remove the content below or",
    "tell us why it remains available.",
    "",
    f"1. {X[5]}",
    "",
    "KCSC Takedown Desk",
])
case(
    name="x-reply-to-reminder-outlook",
    **{"from": "legal-requests@x.com"},
    name_from="X Legal Requests",
    date="Thu, 19 Sep 2024 02:40:11 +0900",
    subject="RE: [Reminder] Removal request KCSC-240911-07 - response overdue",
    extra_headers=[
        "In-Reply-To: <reminder.KCSC-240911-07.1@kcsc.example>",
        "References: <req-240911-07@kcsc.example> <reminder.KCSC-240911-07.1@kcsc.example>",
    ],
    body=f"""Hi,

Apologies for the late reply. This post was removed on 12 September for
breaking our rules on financial scams:
{X[5]}

Best,
X Legal Requests

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 18, 2024 10:00 AM
To: legal@x.com
Subject: [Reminder] Removal request KCSC-240911-07 - response overdue

{X_REMINDER}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook reply to our deadline reminder, statement above the URL, reminder below '-----Original Message-----'",
    why="the sentence ending in ':' states the post on the next line removed",
    items={X[5]: "removed"},
)

case(
    name="x-case-closed-one-item",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Fri, 13 Sep 2024 06:51:09 +0900",
    subject="Your case 0451233871 (KCSC-240911-07) has been closed",
    reply_to_req=REQ_IDS["KCSC-240911-07"],
    body="""Hello,

We've finished reviewing your report (reference KCSC-240911-07).

The reported post has been removed because it broke the X Rules, and the
account that posted it has been locked.

This case is now closed. You can read about our enforcement options at
https://help.x.com/en/rules-and-policies/enforcement-options

X Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="X 'your case has been closed' notice naming no URL",
    why="request KCSC-240911-07 has one item, so 'the reported post has been removed' applies to it",
    items={X[5]: "removed"},
)

case(
    name="x-hedge-appear-suspended",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Fri, 06 Sep 2024 04:12:33 +0900",
    subject="Re: KCSC-240904-02 Removal request [#1183-22917]",
    reply_to_req=REQ_IDS["KCSC-240904-02"],
    body=f"""Hello,

The account behind these posts appears to have been suspended, so the posts
may no longer be visible:

{X[1]}
{X[2]}

We'll confirm once our team has finished reviewing KCSC-240904-02.

X Support
""",
    outcome="review",
    classification="confirmation",
    review="not_understood",
    imitates="Help Scout-style interim reply with hedged wording ('appears', 'may no longer')",
    why="hedges are not statements; two requested posts named, nothing to apply",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="x-forwarded-from-safety-ops",
    **{"from": "dwhitfield@x.com"},
    name_from="Dana Whitfield",
    date="Fri, 13 Sep 2024 10:02:18 +0900",
    subject="Fwd: KCSC-240904-02 outcome",
    body=f"""Hi KCSC team,

Forwarding the outcome from our enforcement team below.

Dana

---------- Forwarded message ---------
From: X Safety Ops <safety-ops@x.com>
Date: Fri, Sep 13, 2024 at 9:14 AM
Subject: KCSC-240904-02 outcome
To: Dana Whitfield <dwhitfield@x.com>

All four URLs reviewed:
{X[1]} - withheld in KR
{X[2]} - withheld in KR
{X[3]} - no violation
{X[4]} - suspended
""",
    outcome="review",
    classification="forwarded",
    review="forwarded",
    imitates="an X employee forwarding an internal enforcement summary (Gmail 'Forwarded message')",
    why="the statements are in the forwarded message, not written by the sender herself: a clerk checks them",
    items={X[1]: "pending", X[2]: "pending", X[3]: "pending", X[4]: "pending"},
)

case(
    name="x-blocks-telegram-link",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Sat, 07 Sep 2024 01:33:50 +0900",
    subject="Re: KCSC-240904-02 Removal request [#1183-22918]",
    body=f"""Hello,

One of the posts you reported promoted a Telegram channel. We have blocked
the link {T[3]} on X: it can no longer be posted
and existing posts show a warning instead of the link.

X Support
""",
    outcome="review",
    classification="confirmation",
    review="wrong_platform",
    imitates="X reply saying a third-party link was blocked on X (unsafe-link list)",
    why="X speaks about a Telegram item; X blocking a link does not make the Telegram channel blocked",
    items={T[3]: "pending"},
)

case(
    name="x-case-received-autoack",
    **{"from": "noreply@x.com"},
    name_from="X",
    date="Wed, 04 Sep 2024 10:02:41 +0900",
    subject="We received your report [Case 0451230012]",
    reply_to_req=REQ_IDS["KCSC-240904-02"],
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""Hello,

Thanks for contacting X. We've received your report and it has been given
case number 0451230012. Our team reviews reports in the order they arrive,
and we'll email you when there is an update.

Please don't reply to this message; replies to this address are not
monitored. For more information visit https://help.x.com/en/forms

X
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="X 'we received your report' automatic acknowledgement with a case number",
    why="pure receipt: no item, no statement",
    items={},
)

X_BOUNCED = req_en("KCSC-240904-02", X[1:5], "11 September 2024")
case(
    name="x-dsn-reminder-bounced",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    date="Thu, 12 Sep 2024 10:00:07 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="7E1A3C2B40.1726102807/mx.kcsc.example"

--7E1A3C2B40.1726102807/mx.kcsc.example
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@x.com>: host mx.x.com[203.0.113.40] said: 550 5.1.1
    <legal-kr@x.com>: Recipient address rejected: User unknown

--7E1A3C2B40.1726102807/mx.kcsc.example
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu, 12 Sep 2024 10:00:03 +0900

Final-Recipient: rfc822; legal-kr@x.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.x.com
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@x.com>: Recipient address
    rejected: User unknown

--7E1A3C2B40.1726102807/mx.kcsc.example
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@x.com
Subject: [Reminder] Removal request KCSC-240904-02
Date: Thu, 12 Sep 2024 10:00:00 +0900
Message-ID: <reminder.KCSC-240904-02.1@kcsc.example>
Content-Type: text/plain; charset=utf-8

{X_BOUNCED}

--7E1A3C2B40.1726102807/mx.kcsc.example--""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) returning our reminder",
    why="a bounce of our own reminder; the URLs are in the returned copy",
    items={},
)

# ============================ Telegram (KCSC-240905-03) ===================
case(
    name="tg-url-status-below",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Sat, 07 Sep 2024 21:44:12 +0900",
    subject="Re: KCSC-240905-03",
    reply_to_req=REQ_IDS["KCSC-240905-03"],
    body=f"""Hello,

Results for your report:

{T[1]}
Status: deleted

{T[2]}
Status: message not found

t.me/crystal_mart_kr
Status: channel blocked

--
Telegram Abuse Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="Telegram abuse-desk short reply: bare link, status on the next line",
    why="each link is followed by its own status line: deleted, not found, channel blocked",
    items={T[1]: "removed", T[2]: "not_found", T[3]: "removed"},
)

case(
    name="tg-case-followup-quoted-request",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    date="Tue, 10 Sep 2024 19:03:55 +0900",
    subject="Re: Case #5521907 KCSC-240905-03",
    reply_to_req=REQ_IDS["KCSC-240905-03"],
    body=f"""Hi,

An update on Case #5521907. The channel {T[3]} has now been
blocked on all platforms for selling illegal goods.

The two single messages from your request were handled earlier in this case.

Telegram DSA Team

On Thu, 5 Sep 2024 at 11:00, KCSC Takedown <takedown@kcsc.example> wrote:
{req_en("KCSC-240905-03", T[1:], "12 September 2024", prefix="> ")}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Telegram case follow-up (Case #) over the quoted original request",
    why="the channel is blocked on all platforms; 'handled earlier' says nothing readable about the two messages, which are named only in the quote",
    items={T[3]: "removed", T[1]: "pending", T[2]: "pending"},
)

case(
    name="tg-receipt-with-result",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Thu, 05 Sep 2024 13:18:40 +0900",
    subject="Your report has been received [Case #5521944]",
    reply_to_req=REQ_IDS["KCSC-240905-03"],
    body=f"""Thank you for your report. It has been registered as Case #5521944.

We have already blocked the following message:
{T[1]}

The other items in your report are with our moderators.

Telegram Abuse Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="ticket receipt that already carries one result ('received' + 'already blocked')",
    why="an acknowledgement phrase plus an unhedged statement about one named message is not a pure receipt",
    items={T[1]: "removed"},
)

case(
    name="tg-bulk-all-blocked",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 22:10:05 +0900",
    subject="Re: KCSC-240905-03",
    reply_to_req=REQ_IDS["KCSC-240905-03"],
    body="""Hello,

Thank you for the report. All the content you reported under KCSC-240905-03
has been blocked and is no longer accessible.

Telegram Abuse Team
""",
    outcome="review",
    classification="confirmation",
    review="bulk",
    imitates="Telegram one-line 'all reported content blocked' closure",
    why="a statement about all items of a three-item request without naming each",
    items={T[1]: "pending", T[2]: "pending", T[3]: "pending"},
)

case(
    name="tg-no-claims-thanks",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 20:30:12 +0900",
    subject="Telegram moderation update",
    body="""Hello,

Thank you for helping keep Telegram safe. Our moderators reviewed the
content you reported and took action where it broke our Terms of Service.

Telegram Support
""",
    outcome="review",
    classification="confirmation",
    review="no_claims",
    imitates="Telegram generic moderation update with no link, no reference and no thread",
    why="trusted, but names no item and no request: nothing can be matched",
    items={},
)

case(
    name="tg-out-of-office",
    **{"from": "m.ivanov@telegram.org"},
    name_from="Markus Ivanov",
    date="Thu, 05 Sep 2024 11:00:41 +0900",
    subject="Automatic reply: KCSC-240905-03",
    reply_to_req=REQ_IDS["KCSC-240905-03"],
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""I am out of the office until 23 September with limited access to email.

For abuse reports please write to abuse@telegram.org, where the team on duty
will pick them up.

Markus
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="out-of-office automatic reply from a Telegram employee",
    why="an auto-reply",
    items={},
)

# ============================ NAVER (KCSC-240906-04) ======================
case(
    name="naver-cs-answer-particles",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 17:22:09 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (KCSC-240906-04)",
    reply_to_req=REQ_IDS["KCSC-240906-04"],
    body=f"""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회의 시정요구(KCSC-240906-04)에 대한 처리 결과를 아래와 같이 안내드립니다.

{N[1]} 게시물은 운영정책 위반으로 게시중단 처리되었습니다.
{N[2]} 역시 같은 사유로 게시중단되었습니다.
({N[3]})에 대해서는 임시조치(30일)를 하였습니다.
{N[4]}은 작성자가 이미 삭제한 게시물로 확인됩니다.
{N[5]} 지식iN 답변은 검토 결과 운영원칙 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

추가 문의는 고객센터(https://help.naver.com/)를 이용해 주세요.
감사합니다.

문의번호: 2409-5518824
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 고객센터 답변 메일 with per-post results and Korean particles glued to URLs",
    why="게시중단 x2 (removed), 임시조치 (restricted), 작성자가 이미 삭제 (not_found), 위반 사항 없음 (rejected)",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found", N[5]: "rejected"},
)

C10_HTML = f"""<html><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>시정요구 <b>KCSC-240906-04</b>에 대한 조치결과를 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>2024-09-10</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>블라인드</td><td>2024-09-10</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>비공개 처리</td><td>2024-09-11</td></tr>
<tr><td>4</td><td>{N[4]}</td><td>게시중단</td><td>2024-09-11</td></tr>
</table>
<p>지식iN 게시물 1건은 현재 검토 중이며, 결과는 별도로 회신드리겠습니다.</p>
<p>네이버 정책지원팀 드림</p>
</body></html>"""
case(
    name="naver-base64-html-table",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Thu, 12 Sep 2024 14:05:30 +0900",
    subject="[NAVER] 시정요구 조치결과 회신 (KCSC-240906-04)",
    reply_to_req=REQ_IDS["KCSC-240906-04"],
    raw_mime=html_b64(C10_HTML),
    outcome="applied",
    classification="confirmation",
    imitates="Korean 시정요구 조치결과 table (번호/URL/조치결과/조치일) in a base64 HTML body",
    why="four rows with 삭제, 블라인드, 비공개 처리, 게시중단 (all removed); the 지식iN post is still under review",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "removed", N[5]: "pending"},
)

case(
    name="naver-reply-to-reminder",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Fri, 13 Sep 2024 18:40:02 +0900",
    subject="RE: [재요청] 시정요구 조치결과 회신 요청 (KCSC-240906-04)",
    extra_headers=[
        "In-Reply-To: <reminder.KCSC-240906-04.1@kcsc.example>",
        "References: <req-240906-04@kcsc.example> <reminder.KCSC-240906-04.1@kcsc.example>",
    ],
    body=f"""안녕하세요, 네이버 정책지원팀입니다.
회신이 늦어 죄송합니다. 요청하신 게시물 중

{N[3]}

위 카페 게시물은 9월 13일 게시중단 처리를 완료하였습니다.
나머지 게시물은 확인 후 다시 회신드리겠습니다.

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-13 (금) 10:00:00
Subject: [재요청] 시정요구 조치결과 회신 요청 (KCSC-240906-04)

{req_ko("KCSC-240906-04", N[1:], "2024년 9월 13일")}
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER reply to our 재요청 reminder, URL on its own line above '위 카페 게시물은 … 게시중단'",
    why="the post on the line above is stated 게시중단 (removed); the others are promised a later answer",
    items={N[3]: "removed"},
)

case(
    name="naver-bulk-all-five",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Tue, 10 Sep 2024 16:15:47 +0900",
    subject="RE: 시정요구 (KCSC-240906-04)",
    reply_to_req=REQ_IDS["KCSC-240906-04"],
    body="""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 5건 전체에 대하여 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review",
    classification="confirmation",
    review="bulk",
    imitates="short Korean portal reply: '5건 전체 게시중단 완료'",
    why="one statement about all five items without naming any",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending", N[4]: "pending", N[5]: "pending"},
)

case(
    name="naver-staff-personal-gmail",
    **{"from": "jihoon.kim.nv@gmail.com"},
    name_from="김지훈",
    date="Sat, 14 Sep 2024 09:31:20 +0900",
    subject="KCSC-240906-04 처리 결과 (개인 메일로 회신)",
    body=f"""안녕하세요, 네이버 정책지원팀 김지훈입니다.
회사 메일에 장애가 있어 개인 메일로 회신드립니다.

KCSC-240906-04 건 중 아래 블로그 게시물 2건은 삭제 완료했습니다.
- {N[1]}
- {N[2]}

감사합니다.
""",
    outcome="review",
    review="unknown_sender",
    imitates="platform employee answering from a personal webmail address",
    why="gmail.com is no platform's domain: the statements cannot be trusted without a check",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="naver-out-of-office-chuseok",
    **{"from": "soyeon.park@navercorp.com"},
    name_from="박소연",
    date="Mon, 16 Sep 2024 09:00:12 +0900",
    subject="[자동회신] 부재중입니다 (RE: 시정요구 KCSC-240906-04)",
    reply_to_req=REQ_IDS["KCSC-240906-04"],
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 박소연입니다.

9월 16일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean 부재중 자동회신 over the Chuseok holiday",
    why="an auto-reply",
    items={},
)

# ============================ Kakao (KCSC-240909-05) ======================
case(
    name="kakao-zendesk-solved-raw-korean-path",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 15:12:48 +0900",
    subject="[카카오 고객센터] 문의 #7730412 답변 완료 - 티스토리 게시물 시정요구 (KCSC-240909-05)",
    reply_to_req=REQ_IDS["KCSC-240909-05"],
    body=f"""##- 회신은 이 줄 위에 작성해 주세요 -##

문의하신 요청(#7730412)이 '해결됨' 상태로 변경되었습니다.

티스토리 운영팀 (카카오)
2024년 9월 11일 15:12

안녕하세요, 티스토리 운영팀입니다.
방송통신심의위원회에서 요청하신 티스토리 게시물에 대한 조치 결과를 알려드립니다.

- {K1_RAW} : 게시중단(블라인드) 처리 완료
- {K[2]} : 운영정책 위반으로 삭제 처리 완료

다음 카페 게시물 2건은 담당 부서에서 별도로 회신드릴 예정입니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Zendesk-style Korean '해결됨' ticket mail from Kakao/Tistory with a raw Korean URL path",
    why="the raw Korean path matches the percent-encoded item; 게시중단(블라인드) and 삭제 are removed; the two Daum Cafe posts are left for later",
    items={K[1]: "removed", K[2]: "removed", K[3]: "pending", K[4]: "pending"},
)

C12_TEXT = f"""안녕하세요. Daum 카페 운영팀입니다.
요청하신 카페 게시물에 대한 검토 결과를 알려드립니다.

1) {K[3]}
   → 청소년 유해 정보로 판단하여 임시조치(게시물 접근 제한)하였습니다.

2) {K[4]}
   → 해당 게시물이 존재하지 않습니다. 삭제되었거나 주소가 잘못되었을 수 있습니다.

감사합니다.
Daum 카페 운영팀
"""
case(
    name="kakao-daum-cafe-qp",
    **{"from": "cafe-help@daum.net"},
    name_from="Daum 카페 운영팀",
    date="Thu, 12 Sep 2024 11:47:03 +0900",
    subject="Re: [KCSC-240909-05] 다음 카페 게시물 시정요구",
    reply_to_req=REQ_IDS["KCSC-240909-05"],
    raw_mime=text_qp(C12_TEXT),
    outcome="applied",
    classification="confirmation",
    imitates="Daum Cafe operator reply, numbered URLs with '→' result lines, quoted-printable Korean",
    why="임시조치(접근 제한) is restricted; '게시물이 존재하지 않습니다' is not_found (the guess about why does not hedge it)",
    items={K[3]: "restricted", K[4]: "not_found"},
)

case(
    name="kakao-outlook-followup-original",
    **{"from": "trust-safety@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date="Fri, 13 Sep 2024 16:20:30 +0900",
    subject="RE: KCSC-240909-05 - Daum Cafe posts",
    reply_to_req=REQ_IDS["KCSC-240909-05"],
    body=f"""Hello,

Further to my message below: the second Cafe post
({K[4]}) has now been deleted by the cafe
administrator at our request.

Kind regards,
Hana Lee
Kakao Trust & Safety

-----Original Message-----
From: Kakao Trust & Safety <trust-safety@kakaocorp.com>
Sent: Thursday, September 12, 2024 2:03 PM
To: KCSC Takedown <takedown@kcsc.example>
Subject: RE: KCSC-240909-05 - Daum Cafe posts

Hello,

The post {K[3]} has been deleted. The post
{K[4]} is still under review.

Kind regards,
Hana Lee
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook follow-up on the platform's own earlier reply, kept below '-----Original Message-----'",
    why="only the new text counts: the second post is deleted; the first post's deletion is in the quoted earlier message",
    items={K[4]: "removed", K[3]: "pending"},
)

case(
    name="kakao-fullwidth-brackets",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Sat, 14 Sep 2024 10:08:19 +0900",
    subject="[카카오] 게시물 조치 결과 안내 (KCSC-240909-05)",
    reply_to_req=REQ_IDS["KCSC-240909-05"],
    body=f"""안녕하세요. 카카오 고객센터입니다.
요청번호 KCSC-240909-05 관련 조치 결과를 안내드립니다.

「{K[2]}」 게시물：블라인드 처리 완료
{K[3]}（다음 카페）：삭제 완료

운영정책 안내: https://www.kakao.com/policy/oppolicy

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao notice with full-width brackets and colons around the URLs",
    why="블라인드 and 삭제 are removed; the policy link is not an item",
    items={K[2]: "removed", K[3]: "removed"},
)

case(
    name="kakao-zendesk-hosted-domain",
    **{"from": "support@kakaocs.zendesk.com"},
    name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 15:30:02 +0900",
    subject="[카카오 고객센터] 문의 #7730415 답변 완료 (KCSC-240909-05)",
    reply_to_req=REQ_IDS["KCSC-240909-05"],
    body=f"""##- 회신은 이 줄 위에 작성해 주세요 -##

문의하신 요청(#7730415)이 '해결됨' 상태로 변경되었습니다.

안녕하세요, 카카오 고객센터입니다.
요청하신 티스토리 게시물 2건은 모두 삭제 처리되었습니다.

- {K1_RAW}
- {K[2]}

감사합니다.
""",
    outcome="review",
    review="unknown_sender",
    imitates="help-desk mail sent from the vendor's hosted domain (*.zendesk.com) instead of the platform's",
    why="zendesk.com is not one of Kakao's sender domains, even though the text looks like Kakao's",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="kakao-receipt-korean",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Mon, 09 Sep 2024 10:31:30 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다. (#7730412)",
    reply_to_req=REQ_IDS["KCSC-240909-05"],
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""##- 회신은 이 줄 위에 작성해 주세요 -##

안녕하세요, 카카오 고객센터입니다.
문의가 정상적으로 접수되었습니다. 접수번호는 #7730412입니다.

담당자가 확인 후 순차적으로 답변드리겠습니다.
답변까지 영업일 기준 3~5일이 걸릴 수 있습니다.

접수 내용: 티스토리/다음 카페 게시물 시정요구 (KCSC-240909-05)
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Korean help-desk 접수 완료 receipt with a ticket number",
    why="a pure receipt",
    items={},
)

# ============================ TikTok (KCSC-240910-06) =====================
case(
    name="tiktok-ticket-resolved",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Legal",
    date="Fri, 13 Sep 2024 12:44:51 +0900",
    subject="Your ticket #0912-88213 has been resolved - KCSC-240910-06",
    reply_to_req=REQ_IDS["KCSC-240910-06"],
    body=f"""Hi KCSC Takedown Team,

Thank you for reaching out. We've completed our review of the two videos in
your request KCSC-240910-06.

{TT[1]}
Outcome: Removed - violates our Community Guidelines (regulated goods and commercial activities)

{TT[2]}
Outcome: Restricted in South Korea based on local law

Your ticket is now marked Resolved. If you reply within 7 days it will be
reopened.

TikTok Legal Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="TikTok legal ticket 'resolved' mail with an Outcome line under each video",
    why="one video removed, the other restricted in Korea",
    items={TT[1]: "removed", TT[2]: "restricted"},
)

case(
    name="tiktok-partial-escalated",
    **{"from": "support@tiktok.com"},
    name_from="TikTok Support",
    date="Wed, 11 Sep 2024 19:05:14 +0900",
    subject="Re: KCSC-240910-06 [#0912-88213]",
    reply_to_req=REQ_IDS["KCSC-240910-06"],
    body=f"""Hi,

Quick update: we have removed the first video you reported
({TT[1]}).

The second video, {TT[2]}, has been
escalated to our local legal team and we'll update you once they've made a
decision.

Thanks,
TikTok Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="partial answer on a help-desk thread: one item done, the other escalated",
    why="the first video is removed; 'escalated ... will update' leaves the second pending",
    items={TT[1]: "removed", TT[2]: "pending"},
)

case(
    name="tiktok-wrapped-urls",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Legal",
    date="Sat, 14 Sep 2024 08:30:26 +0900",
    subject="Re: Your ticket #0912-88213 - KCSC-240910-06",
    reply_to_req=REQ_IDS["KCSC-240910-06"],
    body="""Hello,

Both of the videos below have been taken down for violating our Community
Guidelines:

<https://www.tiktok.com/@nightowl_sale/video/
7412233445566778899>
<https://www.tiktok.com/@nightowl_sale/video/
7412299887766554433>

TikTok Legal Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="plain-text reply whose long URLs were wrapped inside angle brackets",
    why="both named videos (URLs wrapped across lines in <>) are taken down",
    items={TT[1]: "removed", TT[2]: "removed"},
)

case(
    name="tiktok-echoed-report-decision",
    **{"from": "noreply@support.tiktok.com"},
    name_from="TikTok Trust & Safety",
    date="Sun, 15 Sep 2024 14:11:38 +0900",
    subject="Update on your report",
    body=f"""We've reviewed your report

Your report
Reported content: {TT[2]}
Reason: Illegal under local law (illegal gambling)
Submitted: Sep 10, 2024
Reference: KCSC-240910-06

Our decision
We removed this video because it violates our Community Guidelines.

What happens next
The creator has been notified and may appeal. Learn more about our
Community Guidelines at https://www.tiktok.com/community-guidelines

TikTok Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="TikTok report-outcome mail echoing the submitted report then giving 'Our decision'",
    why="the echoed report names one video; the decision 'we removed this video' is about it",
    items={TT[2]: "removed"},
)

case(
    name="tiktok-asks-legal-basis",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Legal",
    date="Wed, 11 Sep 2024 09:55:02 +0900",
    subject="Action needed on your ticket #0912-88213 - KCSC-240910-06",
    reply_to_req=REQ_IDS["KCSC-240910-06"],
    body=f"""Hi KCSC Takedown Team,

To process your request KCSC-240910-06 about the videos below, we need more
information:

{TT[1]}
{TT[2]}

- the specific provision of Korean law each video is said to breach, and
- a copy of the Commission's decision for each video.

Please reply to this ticket with these documents. Until we receive them we
cannot proceed with your request, and the ticket will stay on hold.

TikTok Legal Team
""",
    outcome="review",
    classification="request_for_info",
    review="asks_more",
    imitates="help-desk 'action needed / on hold' mail asking for the legal basis and the decision",
    why="the platform asks for documents before acting; both videos stay pending",
    items={TT[1]: "pending", TT[2]: "pending"},
)

case(
    name="tiktok-mdn-read",
    **{"from": "chloe.tan@tiktok.com"},
    name_from="Chloe Tan",
    date="Tue, 10 Sep 2024 17:02:44 +0900",
    subject="Read: Removal request KCSC-240910-06",
    reply_to_req=REQ_IDS["KCSC-240910-06"],
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="----=_mdn_0910_1702"

------=_mdn_0910_1702
Content-Type: text/plain; charset=utf-8

Your message

  To: chloe.tan@tiktok.com
  Subject: Removal request KCSC-240910-06
  Sent: Tuesday, September 10, 2024 4:00 PM

was read on Tuesday, September 10, 2024 5:02 PM.

------=_mdn_0910_1702
Content-Type: message/disposition-notification

Reporting-UA: mail.tiktok.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;chloe.tan@tiktok.com
Original-Message-ID: <req-240910-06@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_mdn_0910_1702--""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook read receipt (multipart/report disposition-notification)",
    why="an MDN says only that our request was displayed",
    items={},
)


HEADER = """# Blind set 650: ticket systems and threads (help-desk receipts and results,
# solved tickets, follow-ups in one thread, replies to reminders, partial
# answers, forwarded mail). Written by tests/corpus/blind650/make.py from the
# meaning of each email, before any run of the reader. Every case is judged
# alone on a fresh ledger holding requests.csv."""


def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 encoded-words."""
    from email.header import Header
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = Header(v, "utf-8").encode(maxlinelen=76)


def main():
    for c in CASES:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, "blind650", HEADER, CASES)


if __name__ == "__main__":
    main()
