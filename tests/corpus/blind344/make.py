#!/usr/bin/env python3
"""Blind set blind344: ticket systems and threads.

Zendesk / Freshdesk / Jira / HelpScout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
sentences; expected results come from each email's meaning alone, written
before any run of the reader.

    python3 tests/corpus/blind344/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind344"
KST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))


def d(s, tz=KST):
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz))


# ---------------------------------------------------------------- requests
YT = {
    1: "https://www.youtube.com/watch?v=Qm7tLx2RkVa",
    2: "https://www.youtube.com/watch?v=bH4nWc9EzTq",
    3: "https://www.youtube.com/watch?v=Zr0pK3uYdMs",
    4: "https://www.youtube.com/watch?v=fN8aJe5VqLo",
    5: "https://www.youtube.com/watch?v=u2TgRb7XwHk",
    6: "https://www.youtube.com/watch?v=Lc6sDy1PoNe",
    7: "https://www.youtube.com/shorts/Vk3mQa8ZtRu",
    8: "https://www.youtube.com/shorts/Jp5eWn2HcXi",
    9: "https://www.youtube.com/@lunarbetting_tv",
    10: "https://www.youtube.com/watch?v=Ta9hGf4KsDw",
    11: "https://www.youtube.com/watch?v=Ye1oMv6BnQc",
    12: "https://www.youtube.com/watch?v=Hd3rXs0LuPa",
}
X = {
    1: "https://x.com/quickpill_kr/status/1831204417730028811",
    2: "https://x.com/quickpill_kr/status/1831277390155514902",
    3: "https://x.com/icepath_delivery/status/1830998812046672385",
    4: "https://x.com/icepath_delivery",
}
X7 = "https://x.com/bluemoon_odds/status/1834412095538120964"
TG = {
    1: "https://t.me/greyline_market",
    2: "https://t.me/greyline_market/417",
    3: "https://t.me/s/nightowl_casino/88",
}
NV = {
    1: "https://blog.naver.com/silvercrane77/223560011223",
    2: "https://cafe.naver.com/jackpotzone/5521",
    3: "https://cafe.naver.com/jackpotzone/5534",
    4: "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471002233",
    5: "https://blog.naver.com/silvercrane77/223560019876",
}
DC = {
    1: "https://discord.gg/fastchips7",
    2: "https://discord.com/channels/1029384756102938475/1029384756102938999/1183746502938475610",
}
KK1_RAW = "https://moonstone-odds.tistory.com/entry/바카라-정보"
KK = {
    1: "https://moonstone-odds.tistory.com/entry/" + quote("바카라-정보"),
    2: "https://cafe.daum.net/luckyseven777/Xk2P/118",
    3: "https://pf.kakao.com/_xbQmZk",
}

REQUESTS = [
    ("KCSC-240903-01", "youtube", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     [YT[i] for i in range(1, 13)], "gambling", "req-240903-01@kcsc.example",
     "illegal online casino promotion videos"),
    ("KCSC-240905-02", "x", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [X[i] for i in range(1, 5)], "drugs", "req-240905-02@kcsc.example",
     "drug sale posts and account"),
    ("KCSC-240909-03", "telegram", "2024-09-09T09:30:00+09:00", "2024-09-16T18:00:00+09:00",
     [TG[i] for i in range(1, 4)], "drugs", "req-240909-03@kcsc.example",
     "drug market channel"),
    ("KCSC-240911-04", "naver", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [NV[i] for i in range(1, 6)], "gambling", "req-240911-04@kcsc.example",
     "gambling site promotion in blogs and cafe"),
    ("KCSC-240912-05", "discord", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [DC[1], DC[2]], "gambling", "req-240912-05@kcsc.example",
     "gambling server invite and message"),
    ("KCSC-240913-06", "kakao", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00",
     [KK[1], KK[2], KK[3]], "gambling", "req-240913-06@kcsc.example",
     "baccarat promotion blog, cafe post, channel"),
    ("KCSC-240916-07", "x", "2024-09-16T09:00:00+09:00", "2024-09-23T18:00:00+09:00",
     [X7], "gambling", "req-240916-07@kcsc.example",
     "single betting post"),
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


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def mime_b64(body, ctype="plain"):
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(body.strip("\n") + "\n"))


def mime_qp(body, ctype="plain"):
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + qp(body.strip("\n") + "\n"))


def mime_with_csv(body, fname_header, csv_text, boundary):
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        "This is a multi-part message in MIME format.\n\n"
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{body.strip()}\n\n"
        f"--{boundary}\n"
        f"Content-Type: text/csv; charset=utf-8; {fname_header.replace('filename', 'name', 1)}\n"
        f"Content-Disposition: attachment; {fname_header}\n"
        "Content-Transfer-Encoding: base64\n\n"
        f"{b64(csv_text)}\n\n"
        f"--{boundary}--\n"
    )


def request_text(ref, urls, quote_prefix=""):
    lines = [
        "Dear Trust & Safety team,",
        "",
        f"The Korea Communications Standards Commission requests the removal of the",
        f"following content under our reference {ref}:",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please inform us of the action taken for each URL.", "", "KCSC Takedown Desk"]
    return "\n".join(quote_prefix + ln if ln else quote_prefix.rstrip() for ln in lines)


ZD_MARK = "##- Please type your reply above this line -##"

# ---------------------------------------------------------------- cases
C = []


def case(**kw):
    C.append(kw)


# ===== YouTube (KCSC-240903-01, 12 items) =====
case(
    name="yt-zendesk-receipt",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-03 10:04:11"),
    subject="[YouTube Legal Support] Request received: KCSC-240903-01 removal notice",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer", "Auto-Submitted: auto-generated"],
    body=f"""
{ZD_MARK}

Your request (48213307) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

This email is a service from YouTube Legal Support. Delivered by Zendesk
[[QK7R2-M3P8W]]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk default 'request received' notification",
    why="pure receipt: ticket number only, nothing about any item",
    items={},
)

case(
    name="yt-zendesk-solved-mixed",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-06 16:12:40"),
    subject="[YouTube Legal Support] Re: KCSC-240903-01 removal notice (#48213307) has been solved",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_MARK}

Your request (48213307) has been solved. To reopen this request, reply to
this email.

Mina (YouTube Legal Support)
Sep 6, 2024, 16:12 GMT+9

Hello,

Thank you for contacting YouTube. We have completed our review of part of
the videos listed in your notice KCSC-240903-01 and taken these actions:

- {YT[1]} : removed for violating our policy on online gambling content.
- {YT[2]} : removed for violating our policy on online gambling content.
- {YT[3]} : age-restricted. The video stays on YouTube but can no longer be
  watched by signed-out viewers or viewers under 18.
- {YT[4]} : after review we did not find a violation of our Community
  Guidelines or of local law, so we are not taking action on this video.

The other URLs in your notice are still being reviewed and we will reply in
this thread.

Regards,
Mina
YouTube Legal Support

This email is a service from YouTube Legal Support. Delivered by Zendesk
[[QK7R2-M3P8W]]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request has been solved' notification carrying the agent's public comment",
    why="four videos each named with an unhedged outcome; the rest explicitly not yet decided",
    items={YT[1]: "removed", YT[2]: "removed", YT[3]: "restricted", YT[4]: "rejected"},
)

case(
    name="yt-followup-thread-remaining",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-09 11:40:02"),
    subject="[YouTube Legal Support] Re: KCSC-240903-01 removal notice (#48213307)",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_MARK}

Mina (YouTube Legal Support)
Sep 9, 2024, 11:40 GMT+9

Hello again,

Following up on the remaining URLs from your notice. Our review is now
complete for these three:

{YT[5]}
Removed under our policy on regulated goods (gambling).

{YT[6]}
Not found. This video ID does not exist on YouTube; please check the link.

{YT[7]}
Blocked from view in South Korea following a local legal review. It stays
available in other countries.

Regards,
Mina

--------------------------------

KCSC Takedown (takedown@kcsc.example)
Sep 3, 2024, 10:00 GMT+9

{request_text("KCSC-240903-01", [YT[i] for i in range(1, 13)])}

This email is a service from YouTube Legal Support. Delivered by Zendesk
[[QK7R2-M3P8W]]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk follow-up comment with the ticket history (requester's first message) below it",
    why="URL line then its outcome on the next line for three videos; the request text in the history is ours and changes nothing",
    items={YT[5]: "removed", YT[6]: "not_found", YT[7]: "restricted",
           YT[9]: "pending", YT[10]: "pending"},
)

case(
    name="yt-reminder-reply-html-table",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Korea",
    date=d("2024-09-11 09:15:00"),
    subject="Re: [Reminder] KCSC-240903-01 - items still pending after the deadline",
    type="html",
    body=f"""
<html><body>
<p>Hello KCSC team,</p>
<p>Thanks for the reminder. Below is where these items stand on our side.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>URL</th><th>Action taken</th><th>Date</th></tr>
<tr><td>{YT[8]}</td><td>Removed (Community Guidelines)</td><td>2024-09-10</td></tr>
<tr><td>{YT[9]}</td><td>Channel terminated</td><td>2024-09-10</td></tr>
<tr><td>{YT[10]}</td><td>No action &ndash; no violation of our policies or of local law found</td><td>2024-09-10</td></tr>
</table>
<p>We will cover the remaining items in a separate reply.</p>
<p>Best regards,<br>Seo-yeon<br>Google Legal Removals, Korea</p>
<div class="gmail_quote">
<div dir="ltr" class="gmail_attr">On Tue, Sep 10, 2024 at 6:05&nbsp;PM KCSC Takedown &lt;takedown@kcsc.example&gt; wrote:<br></div>
<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
Reminder: the deadline for KCSC-240903-01 has passed and these items are still pending:<br>
{YT[8]}<br>{YT[9]}<br>{YT[10]}<br>{YT[11]}<br>{YT[12]}<br>
</blockquote></div>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk agent reply to a reminder with an HTML status table, Gmail-quoted reminder below",
    why="table rows name each URL with its action: two removed (channel terminated counts as removed), one refused; quoted reminder changes nothing",
    items={YT[8]: "removed", YT[9]: "removed", YT[10]: "rejected",
           YT[11]: "pending", YT[12]: "pending"},
)

CSV_JIRA = (
    "url,decision,scope,notes\n"
    f"{YT[11]},geo-blocked,KR,local law (gambling)\n"
    f"{YT[12]},not found,,video id does not exist\n"
    f"{YT[9]},removed,global,channel terminated\n"
)
case(
    name="yt-jira-resolved-csv",
    **{"from": "lr-noreply@youtube.com"}, name_from="Legal Removals (Jira)",
    date=d("2024-09-12 14:02:19"),
    subject="[JIRA] (LR-2291) KCSC-240903-01 Korea removal notice - Resolved",
    extra_headers=["X-JIRA-FingerPrint: 7c1e0a9f2b8d", "Auto-Submitted: auto-generated"],
    raw_mime=mime_with_csv(
        """
Sang-hoon Park resolved LR-2291 as Done.

 Summary:    KCSC-240903-01 Korea removal notice
 Resolution: Done
 Assignee:   Sang-hoon Park

Resolution comment:
Decisions for the remaining videos of this notice are in the attached file
(lr-2291-results.csv). Closing the issue.

--
This message was sent by Atlassian Jira (v9.12.4#9120004)
""",
        'filename="lr-2291-results.csv"', CSV_JIRA, "=_jira_b1c9e7"),
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'issue resolved' notification with a CSV results attachment",
    why="CSV rows give one decision per URL: geo-blocked in KR, not found, removed",
    items={YT[11]: "restricted", YT[12]: "not_found", YT[9]: "removed"},
)

case(
    name="yt-korean-base64",
    **{"from": "legal-kr@youtube.com"}, name_from="YouTube 법무지원팀",
    date=d("2024-09-10 17:31:05"),
    subject="=?UTF-8?B?" + base64.b64encode("Re: KCSC-240903-01 추가 처리 결과 안내".encode()).decode() + "?=",
    reply_to_req="req-240903-01",
    raw_mime=mime_b64(f"""
안녕하세요, 방송통신심의위원회 담당자님.

요청번호 KCSC-240903-01 관련하여 추가 검토 결과를 알려드립니다.
아래 동영상 2건은 대한민국 법률 위반으로 확인되어 한국 내에서 접근이 제한되었습니다.

 - {YT[2]}
 - {YT[5]}

나머지 동영상에 대한 결과는 별도로 회신드리겠습니다.

감사합니다.
YouTube 법무지원팀 드림
"""),
    outcome="applied", classification="confirmation",
    imitates="Korean-language legal team reply, base64 body, list under a statement",
    why="한국 내 접근 제한 stated for the two listed videos: restricted",
    items={YT[2]: "restricted", YT[5]: "restricted"},
)

case(
    name="yt-jira-comment-url-below",
    **{"from": "lr-noreply@youtube.com"}, name_from="Ji-woo Han (Jira)",
    date=d("2024-09-08 20:44:51"),
    subject="[JIRA] (LR-2291) KCSC-240903-01 Korea removal notice",
    extra_headers=["X-JIRA-FingerPrint: 7c1e0a9f2b8d", "Auto-Submitted: auto-generated"],
    body=f"""
Ji-woo Han commented on LR-2291
-------------------------------

Re: KCSC-240903-01 Korea removal notice

Update for KCSC (public comment):

The following video was removed for violating our policy on online gambling:
{YT[1]}

We were unable to locate this one. The link shows "Video unavailable" and
our systems have no record of an upload with this ID:
{YT[10]}

Everything else on the notice is still open.

--
This message was sent by Atlassian Jira (v9.12.4#9120004)
""",
    outcome="applied", classification="confirmation",
    imitates="Jira 'commented on' notification relaying a public comment, URL on the line below its statement",
    why="statement line ending in ':' followed by its URL: one removed, one not found",
    items={YT[1]: "removed", YT[10]: "not_found"},
)

case(
    name="yt-gmail-angle-brackets",
    **{"from": "eunji.cho@google.com"}, name_from="Eun-ji Cho",
    date=d("2024-09-07 13:20:33"),
    subject="Re: KCSC-240903-01 Request for removal of illegal content",
    reply_to_req="req-240903-01",
    body=f"""
Hi,

Two more outcomes on KCSC-240903-01:

<{YT[8]}> was removed today for violating our Community Guidelines.
<{YT[3]}> has also been taken down.

Best,
Eun-ji
Google Legal Removals

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{request_text("KCSC-240903-01", [YT[i] for i in range(1, 13)], "> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply from a removals specialist, URLs in angle brackets, request quoted with '>'",
    why="two URLs each with an unhedged takedown statement; the quoted request changes nothing",
    items={YT[8]: "removed", YT[3]: "removed", YT[12]: "pending"},
)

case(
    name="yt-uploader-deleted-and-removed",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-13 10:05:00"),
    subject="Re: KCSC-240903-01 removal notice (#48213307)",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_MARK}

Hello,

Regarding your notice KCSC-240903-01:

The video {YT[12]} had already been deleted by the uploader before our
team reviewed it, so no action was needed from us.

The video {YT[4]} has been removed under our Community Guidelines after a
second review.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk reply distinguishing 'already deleted by uploader' from a removal",
    why="deleted by its uploader before review is not_found; the other is removed",
    items={YT[12]: "not_found", YT[4]: "removed"},
)

case(
    name="yt-policy-links-not-items",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-05 08:50:12"),
    subject="Re: KCSC-240903-01 removal notice (#48213307)",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

We have reviewed your notice and removed {YT[1]} for violating our
policy on gambling content (https://support.google.com/youtube/answer/9229611).

The Short {YT[7]} has been age-restricted.

If the uploader disagrees with a decision they can appeal:
https://support.google.com/youtube/answer/185111

You can follow all your notices in the Legal Dashboard:
https://www.youtube.com/legal_dashboard?case=48213307

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube-style outcome email with policy, appeal and dashboard links",
    why="two items with outcomes; policy, appeal and dashboard links are not items",
    items={YT[1]: "removed", YT[7]: "restricted"},
)

case(
    name="yt-promise-within-48h",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Korea",
    date=d("2024-09-11 18:02:44"),
    subject="Re: [Reminder] KCSC-240903-01 - items still pending after the deadline",
    body=f"""
Hello,

Thanks for the reminder. Our team has confirmed that the videos below go
against our policies, and they will be removed within the next 48 hours:

{YT[5]}
{YT[6]}

We will confirm in this thread once that is done.

Kind regards,
Seo-yeon
Google Legal Removals, Korea
""",
    outcome="review", review="not_understood",
    imitates="reply to a reminder promising removal within a time frame",
    why="'will be removed' is a promise, not a statement: items stay pending",
    items={YT[5]: "pending", YT[6]: "pending"},
)

case(
    name="yt-bulk-all-removed",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-14 09:12:00"),
    subject="[YouTube Legal Support] Re: KCSC-240903-01 removal notice (#48213307) has been solved",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_MARK}

Your request (48213307) has been solved. To reopen this request, reply to
this email.

Mina (YouTube Legal Support)
Sep 14, 2024, 09:12 GMT+9

Hello,

We have reviewed all twelve URLs listed in your notice KCSC-240903-01, and
all of the reported content has been removed from YouTube.

Regards,
Mina
""",
    outcome="review", review="bulk",
    imitates="Zendesk solved notification with a blanket 'all reported content removed' comment",
    why="one statement for a 12-item request without naming each URL: bulk review",
    items={YT[i]: "pending" for i in range(1, 13)},
)

case(
    name="yt-conditional-counter-notice",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-06 11:00:00"),
    subject="Re: KCSC-240903-01 removal notice (#48213307)",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

We have notified the uploader of {YT[4]} about your notice. If we do
not receive a counter-notification within 10 business days, the video will
be removed.

The video {YT[11]} is pending legal review.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="legal-desk reply describing a notice-and-counter-notice waiting period",
    why="a condition and 'pending legal review' are not statements: both items stay pending",
    items={YT[4]: "pending", YT[11]: "pending"},
)

case(
    name="google-search-delisted-x-posts",
    **{"from": "legal-removals@google.com"}, name_from="Google Legal Removals",
    date=d("2024-09-10 15:25:10"),
    subject="Re: KCSC-240905-02 Request for removal of illegal content",
    body=f"""
Hello,

Your notice KCSC-240905-02 was shared with us. Google does not host the
content at these addresses, but after review we have removed the following
URLs from Google Search results in South Korea:

{X[1]}
{X[2]}

To have the content itself taken down, please contact the site that hosts it.

Regards,
Google Legal Removals
""",
    outcome="review", review="wrong_platform",
    imitates="Google Search local-law delisting reply about third-party URLs",
    why="Google states an action on X's posts (delisting from its search engine), not X: wrong platform",
    items={X[1]: "pending", X[2]: "pending"},
)

# ===== X (KCSC-240905-02, 4 items; KCSC-240916-07, 1 item) =====
case(
    name="x-freshdesk-receipt-echo",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date=d("2024-09-05 11:03:52"),
    subject="Ticket Received - KCSC-240905-02 Request for removal of illegal content",
    reply_to_req="req-240905-02",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Dear KCSC Takedown,

We would like to acknowledge that we have received your request and a
ticket has been created. A support representative will review your
request and send you a personal response.

Ticket ID: #0932551

A copy of your submission follows for your records.

----
{request_text("KCSC-240905-02", [X[i] for i in range(1, 5)])}
----

Thank you for your patience.
X Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk 'Ticket Received' auto-acknowledgement echoing the submission",
    why="automatic receipt; the URLs are only the echo of our own request",
    items={X[i]: "pending" for i in range(1, 5)},
)

case(
    name="x-freshdesk-resolved-numbered",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date=d("2024-09-09 22:14:08"),
    subject="Ticket #0932551 [KCSC-240905-02] status changed to Resolved",
    reply_to_req="req-240905-02",
    body=f"""
Dear Requester,

Your ticket #0932551 has been resolved. Summary of the actions taken on
the reported content:

1. {X[1]} — Withheld in: South Korea
2. {X[2]} — Removed for violating the X Rules (illegal or certain regulated goods)
3. {X[3]} — No action: we did not find this post to violate the X Rules or local law

If you feel the ticket was not resolved, reply within 7 days to reopen it.

X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'status changed to Resolved' notification with a numbered outcome list",
    why="numbered list, one outcome per URL: withheld in KR, removed, no action",
    items={X[1]: "restricted", X[2]: "removed", X[3]: "rejected"},
)

case(
    name="x-top-posted-outlook-quote",
    **{"from": "jordan.reyes@x.com"}, name_from="Jordan Reyes",
    date=d("2024-09-10 03:41:17", UTC),
    subject="RE: KCSC-240905-02 Request for removal of illegal content",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

Please note that the account below has now been withheld in South Korea in
response to your request:

{X[4]}

Kind regards,
Jordan Reyes
X Legal Operations

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 2:00 AM
To: legal@x.com
Subject: KCSC-240905-02 Request for removal of illegal content

{request_text("KCSC-240905-02", [X[i] for i in range(1, 5)])}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the '-----Original Message-----' block",
    why="the account is withheld in Korea (restricted); the other URLs appear only in our quoted request",
    items={X[4]: "restricted", X[1]: "pending", X[2]: "pending", X[3]: "pending"},
)

case(
    name="x-echoed-report-blocks",
    **{"from": "support@x.com"}, name_from="X Support",
    date=d("2024-09-08 07:55:30", UTC),
    subject="Your report of 2 posts [ref:_00D5x.a91Kq:ref]",
    body=f"""
Hello,

We've reviewed your report. Here is what we found.

Report details
Reported post: {X[1]}
Reported by: KCSC (KCSC-240905-02)
Outcome: This post has been withheld in South Korea.

Reported post: {X[3]}
Reported by: KCSC (KCSC-240905-02)
Outcome: This post is no longer available. It was deleted by the account
owner before we reviewed it.

Thanks,
X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X-style report outcome email echoing each reported post with its outcome",
    why="each echoed block carries an outcome: withheld in KR; deleted by its author (not_found)",
    items={X[1]: "restricted", X[3]: "not_found"},
)

case(
    name="x-ack-plus-statement",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date=d("2024-09-13 10:21:45"),
    subject="Re: [Reminder] KCSC-240905-02 overdue items",
    body=f"""
Hello,

We received your reminder, thank you.

The post {X[2]} was removed on September 9.

Ticket #0932551
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="short agent reply to a reminder: receipt phrase plus a dated outcome",
    why="an acknowledgement phrase plus an unhedged removal of a named post is a confirmation",
    items={X[2]: "removed"},
)

case(
    name="x-hedge-may-have-been",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date=d("2024-09-07 09:02:11"),
    subject="Re: KCSC-240905-02 Request for removal of illegal content [#0932551]",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

Regarding KCSC-240905-02: the post {X[2]} may have already been
deleted by the account holder; we are checking this with the team.

The other reported posts are still under review and we will update this
ticket when we have a decision.

X Legal Support
""",
    outcome="review", review="not_understood",
    imitates="interim ticket update with a hedge and 'under review'",
    why="'may have already been deleted' is a hedge; 'under review' is no status",
    items={X[2]: "pending"},
)

case(
    name="x-auth-fail",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    auth="fail",
    date=d("2024-09-11 12:40:00"),
    subject="Re: KCSC-240905-02 Request for removal of illegal content",
    body=f"""
Hello,

The post {X[3]} has been removed for violating the X Rules.

X Legal Support
""",
    outcome="review", review="untrusted",
    imitates="ordinary agent reply whose DKIM/SPF/DMARC checks fail (e.g. relayed)",
    why="x.com sender failing authentication: untrusted, nothing applied",
    items={X[3]: "pending"},
)

case(
    name="x-forwarded-enforcement-note",
    **{"from": "jordan.reyes@x.com"}, name_from="Jordan Reyes",
    date=d("2024-09-12 06:10:00", UTC),
    subject="Fwd: KCSC-240905-02 outcome",
    body=f"""
Hi,

Forwarding the note from our enforcement team below for your records.

Jordan

---------- Forwarded message ---------
From: X Enforcement <enforcement@x.com>
Date: Wed, Sep 11, 2024 at 9:02 PM
Subject: KCSC-240905-02 outcome
To: Jordan Reyes <jordan.reyes@x.com>

Both posts have been removed:
{X[1]}
{X[3]}
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail 'Fwd:' of an internal enforcement note",
    why="the statement sits in a forwarded message whose own origin is not authenticated: forwarded review",
    items={X[1]: "pending", X[3]: "pending"},
)

case(
    name="x-single-item-sole",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date=d("2024-09-18 16:30:00"),
    subject="Re: KCSC-240916-07 Request for removal of illegal content",
    reply_to_req="req-240916-07",
    body="""
Hello,

Thanks for your report. We reviewed the content you reported and it has
been removed for violating our rules on illegal gambling.

Ticket #0941208 is now closed.

X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="closed-ticket reply without URL answering a one-item request",
    why="one unhedged removal statement answering a request of a single item (reference and thread)",
    items={X7: "removed"},
)

# ===== Telegram (KCSC-240909-03, 3 items) =====
case(
    name="tg-mdn-read-receipt",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d("2024-09-09 12:01:09"),
    subject="Read: KCSC-240909-03 Request for removal of illegal content",
    reply_to_req="req-240909-03",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-5a1f"

--mdn-5a1f
Content-Type: text/plain; charset=utf-8

Your message

  To: abuse@telegram.org
  Subject: KCSC-240909-03 Request for removal of illegal content
  Sent: 9 Sep 2024 09:30

was read on 9 Sep 2024 12:01.

--mdn-5a1f
Content-Type: message/disposition-notification

Reporting-UA: mail.telegram.org; Thunderbird 115.14.0
Final-Recipient: rfc822;abuse@telegram.org
Original-Message-ID: <req-240909-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-5a1f--
""",
    outcome="ignored", classification="read_receipt",
    imitates="RFC 8098 message disposition notification (read receipt)",
    why="read receipt: says nothing about items",
    items={},
)

case(
    name="tg-helpscout-case-prose",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d("2024-09-11 01:22:40", UTC),
    subject="Re: KCSC-240909-03 [Case #5823140]",
    reply_to_req="req-240909-03",
    body=f"""
Hello,

Thank you for your report. We looked into the three links.

The channel {TG[1]} was blocked on all Telegram apps for distributing
illegal drugs. The post {TG[2]} was removed as part of the same action.
As for {TG[3]}, we were unable to find it: that channel no longer exists on
Telegram.

Best regards,
Alex
Telegram Abuse Team

Case #5823140 | Reply to this email to continue the conversation.
""",
    outcome="applied", classification="confirmation",
    imitates="HelpScout-style abuse-desk conversation reply in prose",
    why="blocked on all apps = removed; post removed; channel no longer exists = not_found",
    items={TG[1]: "removed", TG[2]: "removed", TG[3]: "not_found"},
)

case(
    name="tg-qp-followup-case",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d("2024-09-13 04:05:55", UTC),
    subject="Case #5823140 update",
    raw_mime=mime_qp(f"""
Hello again,

A short update on Case #5823140 (your reference KCSC-240909-03): the post {TG[3]} is now restricted for users in the Republic of Korea and can no longer be opened from Korean phone numbers or IP addresses.

The remaining links of your request were covered in our earlier reply.

Regards,
Telegram Abuse Team
"""),
    outcome="applied", classification="confirmation",
    imitates="quoted-printable follow-up on an abuse case with long soft-wrapped lines",
    why="the named post is restricted for Korea; the others are not named here",
    items={TG[3]: "restricted"},
)

case(
    name="tg-bare-url-status-below",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d("2024-09-12 19:44:02"),
    subject="Results for Case #5823140 (KCSC-240909-03)",
    body=f"""
Results for Case #5823140:

{TG[2]}
Status: removed

{TG[3]}
Status: not found (channel deleted by its owner)

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system results summary, bare URL with its status on the next line",
    why="each URL has its status line below it: removed; not found",
    items={TG[2]: "removed", TG[3]: "not_found"},
)

case(
    name="tg-bulk-case-solved",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d("2024-09-10 22:10:00"),
    subject="Case #5823140 closed (KCSC-240909-03)",
    reply_to_req="req-240909-03",
    body="""
Hello,

Case #5823140 has been closed. The channels and posts you reported in
KCSC-240909-03 have been blocked.

Telegram Abuse Team
""",
    outcome="review", review="bulk",
    imitates="case-closed notice with a blanket statement",
    why="a three-item request answered with one statement naming no URL: bulk",
    items={TG[1]: "pending", TG[2]: "pending", TG[3]: "pending"},
)

# ===== NAVER (KCSC-240911-04, 5 items) =====
case(
    name="naver-receipt-korean",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date=d("2024-09-11 14:06:00"),
    subject="[네이버 고객센터] 문의가 접수되었습니다 (KCSC-240911-04)",
    reply_to_req="req-240911-04",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

■ 접수번호: 2024091100231
■ 접수일시: 2024-09-11 14:06

답변은 영업일 기준 3일 이내에 메일로 보내드립니다.

본 메일은 발신전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean portal customer-centre 문의 접수 receipt",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="naver-ticket-answer-particles",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date=d("2024-09-13 15:47:21"),
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변드립니다 (KCSC-240911-04)",
    reply_to_req="req-240911-04",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

■ 접수번호: 2024091100231
■ 요청번호: KCSC-240911-04

1) {NV[1]} 은(는) 게시중단 처리되었습니다.
2) {NV[2]} 게시물은 임시조치(30일)되었습니다.
3) {NV[3]}는 카페 운영자에 의해 삭제되었습니다.
4) {NV[4]}：해당 게시물이 존재하지 않습니다。
5) {NV[5]} 은 검토 결과 서비스 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시가 유지됩니다.

추가 문의는 고객센터(https://help.naver.com/inquiry)를 이용해 주세요.
본 메일은 발신전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER-style 고객센터 답변 with numbered results and Korean particles after URLs",
    why="게시중단 removed, 임시조치 restricted, 운영자 삭제 removed, 존재하지 않음 not_found, 위반 없음·게시 유지 rejected",
    items={NV[1]: "removed", NV[2]: "restricted", NV[3]: "removed",
           NV[4]: "not_found", NV[5]: "rejected"},
)

case(
    name="naver-html-links",
    **{"from": "rights@navercorp.com"}, name_from="NAVER 권리보호센터",
    date=d("2024-09-14 10:12:00"),
    subject="Re: KCSC-240911-04 게시물 조치 결과",
    reply_to_req="req-240911-04",
    type="html",
    body=f"""
<html><body>
<p>안녕하세요, NAVER 권리보호센터입니다.</p>
<p>요청하신 게시물 2건에 대한 조치 결과를 알려드립니다.</p>
<ul>
<li><a href="{NV[3]}">cafe.naver.com/jackpotzone/5534</a> &ndash; 블라인드 처리 완료</li>
<li><a href="{NV[5]}">blog.naver.com/silvercrane77/223560019876</a> &ndash; 비공개 처리 완료</li>
</ul>
<p>감사합니다.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터-style HTML result list with link text shorter than the href",
    why="블라인드 and 비공개 처리 both count as removed",
    items={NV[3]: "removed", NV[5]: "removed"},
)

case(
    name="naver-reminder-reply-partial",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date=d("2024-09-19 09:40:00"),
    subject="RE: [독촉] KCSC-240911-04 처리기한 경과 안내",
    body=f"""
담당자님 안녕하세요.

독촉 메일 확인하였습니다. 처리가 늦어져 죄송합니다.

{NV[1]} → 삭제 완료 (9/18)
{NV[4]} → 현재 관련 부서에서 검토 중이며, 결과가 나오는 대로 회신드리겠습니다.

감사합니다.
NAVER 정책지원팀 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 18, 2024 6:00 PM
To: policy@navercorp.com
Subject: [독촉] KCSC-240911-04 처리기한 경과 안내

요청번호 KCSC-240911-04의 처리기한이 지났습니다. 아래 게시물의 처리 결과를 알려 주십시오.
{NV[1]}
{NV[2]}
{NV[3]}
{NV[4]}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted partial answer to a Korean reminder (독촉)",
    why="one item 삭제 완료; the other explicitly still 검토 중 (pending); the quoted reminder changes nothing",
    items={NV[1]: "removed", NV[4]: "pending", NV[2]: "pending", NV[3]: "pending"},
)

CSV_NAVER = (
    "\ufeff번호,URL,조치결과,조치일자\n"
    f"1,{NV[3]},삭제,2024-09-13\n"
    f"2,{NV[5]},게시중단,2024-09-13\n"
    f"3,{NV[4]},임시조치,2024-09-13\n"
)
case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date=d("2024-09-13 18:20:00"),
    subject="Re: KCSC-240911-04 조치 결과 회신",
    reply_to_req="req-240911-04",
    raw_mime=mime_with_csv(
        """
안녕하세요, NAVER 정책지원팀입니다.

요청번호 KCSC-240911-04 중 3건에 대한 조치 결과를 첨부 파일로 보내드립니다.

감사합니다.
""",
        "filename*=UTF-8''" + quote("조치결과_KCSC-240911-04.csv"), CSV_NAVER, "=_nv_5d2a"),
    outcome="applied", classification="confirmation",
    imitates="Korean 조치결과 spreadsheet sent as a CSV attachment with an RFC 2231 file name",
    why="CSV rows: 삭제 removed, 게시중단 removed, 임시조치 restricted",
    items={NV[3]: "removed", NV[5]: "removed", NV[4]: "restricted"},
)

case(
    name="naver-wrapped-kin-url",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date=d("2024-09-16 11:05:00"),
    subject="Re: [네이버 고객센터] KCSC-240911-04 추가 답변",
    reply_to_req="req-240911-04",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

아래 지식iN 게시물은 작성자가 이미 삭제하여 확인되지 않습니다.
<https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&
docId=471002233>

또한 {NV[2]} 게시물은 블라인드 처리하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean help-desk answer with a long URL wrapped inside angle brackets",
    why="already deleted by its author = not_found (URL wrapped in <> per RFC 3986 app. C); 블라인드 = removed",
    items={NV[4]: "not_found", NV[2]: "removed"},
)

case(
    name="naver-ooo-korean",
    **{"from": "minji.kang@navercorp.com"}, name_from="강민지",
    date=d("2024-09-16 08:00:03"),
    subject="[자동응답] Re: KCSC-240911-04 처리 현황 문의",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 강민지입니다.

9월 16일(월)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
9월 19일부터 순차적으로 확인 후 회신드리겠습니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the Chuseok holiday",
    why="auto-reply: ignored",
    items={},
)

# ===== Discord (KCSC-240912-05, 2 items) =====
case(
    name="discord-zendesk-result",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d("2024-09-14 02:15:00", PDT),
    subject="Re: [Discord] KCSC-240912-05 Request #31288471",
    reply_to_req="req-240912-05",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
{ZD_MARK}

Discord Trust & Safety (Discord)
Sep 14, 2024, 02:15 PDT

Hi there,

Thanks for your patience while our Safety team investigated. Here is the
outcome:

• Server invite {DC[1]} — the server has been removed from Discord for
  violating our Community Guidelines on gambling.
• Message {DC[2]} — this message has been deleted.

Thanks,
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord-style Zendesk reply with bulleted outcomes",
    why="both items named with unhedged removals",
    items={DC[1]: "removed", DC[2]: "removed"},
)

case(
    name="discord-partial-follow-up",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d("2024-09-13 16:40:00", PDT),
    subject="Re: [Discord] KCSC-240912-05 Request #31288471",
    reply_to_req="req-240912-05",
    body=f"""
{ZD_MARK}

Hi again,

Quick update on ticket #31288471 (KCSC-240912-05): the invite {DC[1]} is
invalid. The server it pointed to was deleted by its owner before we could
act on it.

The message link is still with our investigations team; we'll write back
once we have an outcome.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="partial answer in a ticket thread: one item settled, one still open",
    why="server deleted by its owner, invite invalid = not_found; the message link (not named by URL) stays pending",
    items={DC[1]: "not_found", DC[2]: "pending"},
)

case(
    name="discord-asks-more",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d("2024-09-12 21:05:00", PDT),
    subject="Re: [Discord] KCSC-240912-05 Request #31288471",
    reply_to_req="req-240912-05",
    body=f"""
{ZD_MARK}

Hi there,

Thanks for reaching out. Before we can act on the message you reported
({DC[2]}), we need a bit more information:

1. A short description of what in the message breaks Korean law.
2. A screenshot of the message as you see it.

Please reply to this email with the above and we'll continue our review.

Discord Trust & Safety
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Zendesk 'pending' status reply asking the requester for more details",
    why="the platform asks for information before acting: asks_more, item stays pending",
    items={DC[2]: "pending"},
)

case(
    name="discord-csat-survey",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date=d("2024-09-15 09:00:00", PDT),
    subject="How did we do? Rate your recent support experience",
    body="""
Hi,

Your support ticket #31288471 was recently marked as solved. We'd love to
hear how it went.

How would you rate the support you received?
  Good, I'm satisfied:   https://support.discord.com/survey/31288471?r=good
  Bad, I'm unsatisfied:  https://support.discord.com/survey/31288471?r=bad

Thanks for helping us improve,
Discord Support
""",
    outcome="review", review="no_claims",
    imitates="Zendesk customer-satisfaction survey after a solved ticket",
    why="trusted Discord mail naming no item and no KCSC reference: no_claims (arguable, see NOTES)",
    items={},
)

case(
    name="discord-ooo-reminder",
    **{"from": "rowan.achebe@discord.com"}, name_from="Rowan Achebe",
    date=d("2024-09-19 02:00:10", PDT),
    subject="Automatic reply: [Reminder] KCSC-240912-05 items still pending",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Hello,

I'm out of the office until Monday, September 23, with limited access to
email. For Trust & Safety matters please use safety@discord.com and the
team will pick it up.

Thanks,
Rowan
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office answering our reminder",
    why="auto-reply: ignored",
    items={},
)

# ===== Kakao (KCSC-240913-06, 3 items) =====
case(
    name="kakao-tistory-korean-path",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d("2024-09-17 13:30:00"),
    subject="[카카오 고객센터] 문의 답변 안내 (문의번호 88127345)",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

KCSC-240913-06 건으로 신고해 주신 게시물을 검토한 결과를 알려드립니다.

- {KK1_RAW} ： 국내 접근 제한 조치 완료。
- {KK[2]} : 게시물 삭제 완료
- {KK[3]} : 카카오톡 채널 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

답변이 도움이 되셨다면 만족도 평가에 참여해 주세요.
https://cs.kakao.com/survey?inquiry=88127345
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao-style 고객센터 문의 답변 with a raw Korean Tistory path and full-width punctuation",
    why="접근 제한 restricted (raw Korean path matches its percent-encoded form), 삭제 removed, 위반 없음 rejected; survey link is not an item",
    items={KK[1]: "restricted", KK[2]: "removed", KK[3]: "rejected"},
)

case(
    name="kakao-qp-html",
    **{"from": "cafe_help@daum.net"}, name_from="Daum 카페 고객센터",
    date=d("2024-09-16 10:10:00"),
    subject="Re: KCSC-240913-06 게시물 조치 안내",
    reply_to_req="req-240913-06",
    raw_mime=mime_qp(f"""
<html><body>
<p>안녕하세요. Daum 카페 고객센터입니다.</p>
<p>요청번호 KCSC-240913-06 관련, 아래 게시물에 대하여 임시조치(접근 차단)를 하였습니다.</p>
<p><a href="{KK[2]}">{KK[2]}</a></p>
<p>또한 카카오톡 채널 <a href="{KK[3]}">{KK[3]}</a> 은 운영정책 위반으로 삭제되었습니다.</p>
<p>감사합니다.</p>
</body></html>
""", "html"),
    outcome="applied", classification="confirmation",
    imitates="Daum cafe help-desk HTML reply, quoted-printable encoded",
    why="임시조치(접근 차단) restricted; channel 삭제 removed",
    items={KK[2]: "restricted", KK[3]: "removed"},
)

case(
    name="kakao-zendesk-subdomain",
    **{"from": "support@kakaocorp.zendesk.com"}, name_from="Kakao Support",
    date=d("2024-09-16 15:02:00"),
    subject="[Kakao Support] Re: KCSC-240913-06 (#771203)",
    reply_to_req="req-240913-06",
    body=f"""
{ZD_MARK}

Hello,

The post {KK[2]} has been deleted.

Kakao Support
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk mail sent from the default <brand>.zendesk.com address instead of the platform's domain",
    why="kakaocorp.zendesk.com is not a Kakao sender domain: unknown sender, nothing applied (arguable, see NOTES)",
    items={KK[2]: "pending"},
)

case(
    name="gmail-uploader-claims",
    **{"from": "moonstone.odds@gmail.com"}, name_from="김도현",
    date=d("2024-09-15 23:12:00"),
    subject="KCSC-240913-06 관련",
    body=f"""
안녕하세요.
KCSC-240913-06 건으로 연락받았습니다.
{KK1_RAW} 글은 제가 직접 삭제했습니다. 확인 부탁드립니다.
""",
    outcome="review", review="unknown_sender",
    imitates="the blog owner writing in from a personal webmail address",
    why="not a platform sender: unknown_sender, item stays pending",
    items={KK[1]: "pending"},
)

case(
    name="kakao-dsn-bounce",
    **{"from": "MAILER-DAEMON@kakaocorp.com"}, name_from="Mail Delivery System",
    date=d("2024-09-18 18:00:40"),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-7e21"

--dsn-7e21
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx1.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-kr@kakaocorp.com>: host mbox.kakaocorp.com[203.0.113.25] said:
    550 5.1.1 <policy-kr@kakaocorp.com>: Recipient address rejected:
    User unknown in local recipient table

--dsn-7e21
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.kakaocorp.com
Arrival-Date: {d("2024-09-18 18:00:38")}

Final-Recipient: rfc822; policy-kr@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-7e21
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: policy-kr@kakaocorp.com
Subject: [Reminder] KCSC-240913-06 items pending
Message-ID: <reminder-240913-06-1@kcsc.example>
Date: {d("2024-09-18 18:00:30")}

Reminder: please report the action taken on these items of KCSC-240913-06:
{KK[1]}
{KK[2]}
{KK[3]}

--dsn-7e21--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our reminder",
    why="bounce of our own reminder: ignored",
    items={KK[1]: "pending", KK[2]: "pending", KK[3]: "pending"},
)

HEADER = """# Blind set blind344 (ticket systems and threads). Written from each email's
# meaning before any run of the reader; see NOTES.md. Generated by make.py."""


def encode_headers(c):
    # Non-ASCII display names and subjects as RFC 2047 encoded words, as
    # platform mailers send them.
    from email.header import Header
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = Header(v, "utf-8").encode(maxlinelen=998)


def main():
    for c in C:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, C)


if __name__ == "__main__":
    main()
