#!/usr/bin/env python3
"""Blind set blind794: ticket systems and threads.

Zendesk/Freshdesk/Jira/HelpScout-style receipts and results, solved tickets,
follow-ups in the same thread, replies to our reminders, partial answers and
forwarded mail. Written from each email's meaning alone, before any run of
the reader. Deterministic: running it twice changes nothing.

    python3 tests/corpus/blind794/make.py
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

SET = "blind794"

# ---------------------------------------------------------------- requests
R_YT, R_TG, R_X, R_NV, R_KK, R_DC, R_TT = (
    "KCSC-240917-01", "KCSC-240918-02", "KCSC-240919-03", "KCSC-240920-04",
    "KCSC-240923-05", "KCSC-240924-06", "KCSC-240925-07")

Y = [
    "https://www.youtube.com/watch?v=Qm7rTz2LpX4",
    "https://www.youtube.com/watch?v=bN4kE9sWv0c",
    "https://www.youtube.com/watch?v=Hx2JdP8uQ1m",
    "https://www.youtube.com/watch?v=rT6yLw3ZaK8",
    "https://www.youtube.com/watch?v=cV9mN2xB7sE",
    "https://www.youtube.com/watch?v=Pz3fG5hJ0kL",
    "https://www.youtube.com/shorts/Wq8eR1tY4uI",
    "https://www.youtube.com/shorts/aS5dF7gH2jK",
    "https://www.youtube.com/watch?v=Lm0nB3vC6xZ",
    "https://www.youtube.com/watch?v=Yt4rE8wQ2pO",
    "https://www.youtube.com/@moonlit_casino_kr",
    "https://www.youtube.com/watch?v=Ke1uI9oP5aS",
]
T = [
    "https://t.me/velvet_lottery_kr/418",
    "https://t.me/velvet_lottery_kr/422",
    "https://t.me/nightpill_shop",
]
X = [
    "https://x.com/dawn_ledger99/status/1834012345678901234",
    "https://x.com/dawn_ledger99/status/1834019876543210987",
    "https://x.com/grey_orchard_kr/status/1834501122334455667",
    "https://x.com/grey_orchard_kr",
]
N5_RAW = "https://in.naver.com/달빛상점/contents/2024091812"
N = [
    "https://blog.naver.com/silverpine_77/223581234567",
    "https://cafe.naver.com/bluecrane/88123",
    "https://cafe.naver.com/bluecrane/88140",
    "https://blog.naver.com/silverpine_77/223589876543",
    "https://in.naver.com/%EB%8B%AC%EB%B9%9B%EC%83%81%EC%A0%90/contents/2024091812",
]
K = [
    "https://cafe.daum.net/moonriver22/Ab3k/1542",
    "https://cafe.daum.net/moonriver22/Ab3k/1560",
]
D = ["https://discord.gg/Hq7pNightMkt"]
TT = [
    "https://www.tiktok.com/@lucky_stone_kr/video/7415012345678901234",
    "https://www.tiktok.com/@lucky_stone_kr/video/7415098765432109876",
    "https://www.tiktok.com/@lucky_stone_kr",
]

REQUESTS = [
    (R_YT, "youtube", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00", Y, "gambling",
     "illegal online casino promotion (channel and videos)"),
    (R_TG, "telegram", "2024-09-18T11:30:00+09:00", "2024-09-25T18:00:00+09:00", T, "gambling",
     "lottery fraud channel posts and drug shop channel"),
    (R_X, "x", "2024-09-19T09:40:00+09:00", "2024-09-26T18:00:00+09:00", X, "drugs",
     "drug sale posts and account"),
    (R_NV, "naver", "2024-09-20T14:00:00+09:00", "2024-09-27T18:00:00+09:00", N, "obscenity",
     "blog, cafe and influencer posts"),
    (R_KK, "kakao", "2024-09-23T10:15:00+09:00", "2024-09-30T18:00:00+09:00", K, "defamation",
     "Daum cafe posts"),
    (R_DC, "discord", "2024-09-24T16:00:00+09:00", "2024-10-01T18:00:00+09:00", D, "drugs",
     "server invite advertising drug sales"),
    (R_TT, "tiktok", "2024-09-25T13:20:00+09:00", "2024-10-02T18:00:00+09:00", TT, "gambling",
     "gambling promotion videos and account"),
]


def req_mid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def ew(s):
    """RFC 2047 encoded word for a non-ASCII header value."""
    return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def our_request(ref, urls, intro="Please remove or disable access to the following items"):
    lines = [f"Dear team,", "", f"Request {ref}. {intro}, which were found to violate",
             "Korean law after deliberation by the Korea Communications Standards",
             "Commission:", ""]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply to this email with the action taken on each item.", "",
              "KCSC Takedown Desk"]
    return "\n".join(lines)


YT_FROM = "legal-support@youtube.com"
YT_NAME = "YouTube Legal Support"

CASES = []


def case(**kw):
    CASES.append(kw)


# ======================================================================
# APPLIED
# ======================================================================

case(
    name="yt-zendesk-solved-with-history",
    date="Fri, 20 Sep 2024 16:42:10 +0900",
    **{"from": YT_FROM}, name_from=YT_NAME,
    subject=f"[Request #8812345] Solved: {R_YT} removal request",
    reply_to_req=req_mid(R_YT),
    body=f"""##- Please type your reply above this line -##

Your request (8812345) has been solved. To reopen it, reply to this email.

Daniela (YouTube Legal Support)

Sep 20, 2024, 16:41 GMT+9

Hello KCSC Takedown Desk,

Thank you for your notice. Our team has reviewed the items in your request
and taken the following actions:

- {Y[0]} : removed for violating our policy on online gambling
- {Y[1]} : removed for violating our policy on online gambling
- {Y[2]} : we have blocked this video in South Korea under local law
- {Y[3]} : after review we found no violation of our Community Guidelines
  and no basis under local law, so we are not taking action on this video
- {Y[4]} : we were unable to find this video; it may have been an
  incorrect link

The remaining items are still with our team and we will write again
separately.

Regards,
Daniela
YouTube Legal Support

--------------------------------

KCSC Takedown

Sep 17, 2024, 10:00 GMT+9

{our_request(R_YT, Y)}

--------------------------------
This email is a service from YouTube Legal Support. [KQ7W2-XR1P]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'Your request has been solved' notification with the full ticket history (our original request as the first comment, no '>' quoting)",
    why="five named items with plain statements; the history below repeats our request and is not a statement",
    items={Y[0]: "removed", Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected", Y[4]: "not_found"},
)

case(
    name="yt-followup-url-then-status-line",
    date="Tue, 24 Sep 2024 11:05:33 +0900",
    **{"from": YT_FROM}, name_from=YT_NAME,
    subject=f"Re: [Request #8812345] {R_YT} removal request - follow-up",
    reply_to_req=req_mid(R_YT),
    body=f"""Hello again,

Following up on the items in {R_YT} that were still open after our last
message. Outcome for each below.

{Y[5]}
Status: Content restricted in South Korea (local law)

{Y[8]}
Status: Removed (Community Guidelines - spam, deceptive practices)

{Y[9]}
Status: No action taken. The video is a news report about illegal
gambling and does not itself promote it.

If you disagree with a decision you may reply to this ticket.

Best,
Min-seo
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent follow-up on the same ticket, URL line then a 'Status:' line",
    why="three bare URLs each followed by its own status line",
    items={Y[5]: "restricted", Y[8]: "removed", Y[9]: "rejected"},
)

_yt_html = f"""<html><body style="font-family:Arial,sans-serif">
<p>Dear KCSC Takedown Desk,</p>
<p>We have completed our review of your request <b>{R_YT}</b>. The results
for the URLs we reviewed in this round are below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Outcome</th></tr>
<tr><td><a href="{Y[0]}">{Y[0]}</a></td><td>Removed from YouTube</td></tr>
<tr><td><a href="{Y[1]}">{Y[1]}</a></td><td>Removed from YouTube</td></tr>
<tr><td><a href="{Y[6]}">{Y[6]}</a></td><td>Age-restricted (18+)</td></tr>
<tr><td><a href="{Y[11]}">{Y[11]}</a></td><td>Video not found</td></tr>
</table>
<p>For more on how we handle legal removals, see
<a href="https://support.google.com/youtube/answer/6154230">our help centre</a>.</p>
<p>Kind regards,<br>YouTube Legal Support<br>Ticket 8812345</p>
</body></html>
"""
case(
    name="yt-html-table-qp",
    date="Mon, 23 Sep 2024 09:12:00 +0900",
    **{"from": YT_FROM}, name_from=YT_NAME,
    subject=f"Update on your request {R_YT} [#8812345]",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_yt_html)}""",
    outcome="applied", classification="confirmation",
    imitates="Helpdesk HTML update with an outcome table (quoted-printable), link to a help-centre page",
    why="four table rows, one status each; the help-centre link is not an item",
    items={Y[0]: "removed", Y[1]: "removed", Y[6]: "restricted", Y[11]: "not_found"},
)

_yt_csv = "\n".join([
    "reported_url,decision,basis",
    f"{Y[0]},Removed,Community Guidelines (gambling)",
    f"{Y[2]},Blocked in KR,Local law",
    f"{Y[3]},No action,Not violating",
    f"{Y[5]},Removed,Community Guidelines (spam)",
    f"{Y[7]},Removed,Community Guidelines (gambling)",
    f"{Y[10]},Channel terminated,Repeated violations",
]) + "\n"
case(
    name="yt-csv-attachment-results",
    date="Wed, 25 Sep 2024 17:20:45 +0900",
    **{"from": "removals@google.com"}, name_from="Google Legal Removals",
    subject=f"[8812345] Results for {R_YT}",
    reply_to_req=req_mid(R_YT),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="==b794csv=="

--==b794csv==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the decision for each URL we processed today under
your request {R_YT}. Items not in the file are still being reviewed.

Google Legal Removals team

--==b794csv==
Content-Type: text/csv; charset=utf-8; name="{R_YT}_results.csv"
Content-Disposition: attachment; filename="{R_YT}_results.csv"
Content-Transfer-Encoding: 7bit

{_yt_csv}
--==b794csv==--
""",
    outcome="applied", classification="confirmation",
    imitates="Legal removals team reply with a per-URL decision CSV attached",
    why="six CSV rows with decisions; channel terminated = removed, blocked in KR = restricted, no action = rejected",
    items={Y[0]: "removed", Y[2]: "restricted", Y[3]: "rejected", Y[5]: "removed",
           Y[7]: "removed", Y[10]: "removed"},
)

case(
    name="yt-top-posted-over-gmail-quote",
    date="Thu, 19 Sep 2024 20:03:11 +0900",
    **{"from": "h.lee@google.com"}, name_from="Hana Lee",
    subject=f"Re: {R_YT} - request for removal of illegal gambling content",
    reply_to_req=req_mid(R_YT),
    body=f"""Hi,

Quick update: the two videos below have been taken down.

{Y[8]}
{Y[9]}

I'll get back to you on the rest.

Hana Lee
Legal Specialist, YouTube

On Tue, Sep 17, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(our_request(R_YT, Y))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply from a platform employee above the quoted request",
    why="two URLs under 'have been taken down'; the quoted request below names all twelve and says nothing of their status",
    items={Y[8]: "removed", Y[9]: "removed"},
)

case(
    name="yt-channel-terminated",
    date="Sat, 21 Sep 2024 08:30:00 +0900",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    subject=f"Outcome of your legal complaint ({R_YT})",
    body=f"""Hi KCSC Takedown Desk,

Thanks for your complaint about the channel below. We reviewed it and
terminated the channel for repeated violations of our Terms of Service:

  <{Y[10]}>

Terminated channels and their videos can no longer be viewed on YouTube.

- The YouTube Team

You received this email to let you know about the outcome of a complaint
you filed. Help Centre: https://support.google.com/youtube/
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination outcome notice to a complainant",
    why="one named channel terminated = removed; the other items of the request are not spoken about",
    items={Y[10]: "removed"},
)

case(
    name="yt-outlook-original-message",
    date="Mon, 23 Sep 2024 15:47:02 +0900",
    **{"from": "jkim@google.com"}, name_from='"Kim, Jae-won"',
    subject=f"RE: {R_YT} - two Shorts",
    body=f"""Hello,

Regarding your ticket: {Y[6]} has been age-restricted, so it is no
longer shown to signed-out or under-18 viewers. {Y[7]} was removed for
violating our spam and deceptive practices policy.

Thanks,
Jae-won Kim
Trust & Safety, Google Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 10:00 AM
To: legal-kr@google.com
Subject: {R_YT} - request for removal of illegal gambling content

{our_request(R_YT, Y)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' header block and the unquoted original below",
    why="two Shorts each with their own sentence; the original message below is ours",
    items={Y[6]: "restricted", Y[7]: "removed"},
)

case(
    name="yt-statement-below-heading",
    date="Wed, 25 Sep 2024 10:10:10 +0900",
    **{"from": YT_FROM}, name_from=YT_NAME,
    subject=f"Re: [Request #8812345] {R_YT}",
    body=f"""Hello,

In response to your request {R_YT}:

The following video has been blocked from view in South Korea due to a
legal complaint:
{Y[4]}

We could not find a video at the following address. Please check that
the link is complete:
{Y[11]}

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube local-law block notice, URL on the line below its statement",
    why="each statement is followed by its URL on the next line",
    items={Y[4]: "restricted", Y[11]: "not_found"},
)

case(
    name="yt-dsa-statement-of-reasons",
    date="Thu, 26 Sep 2024 02:14:55 +0000",
    **{"from": "dsa-notices@google.com"}, name_from="Google Trust & Safety",
    subject=f"Statement of reasons: decision on reported content (ref. {R_YT})",
    body=f"""Statement of reasons

Reference: {R_YT} / 8812345
Content: {Y[1]}
Decision: content removed (no longer available anywhere)
Ground: incompatible with our terms of service (gambling promotion)
Facts relied on: notice from a public authority
Automated means: no automated means were used to take this decision
Redress: the uploader may appeal through https://support.google.com/youtube/answer/185111

Google Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons (decision, ground, redress)",
    why="one content URL with 'content removed'; the appeal link is the platform's own page",
    items={Y[1]: "removed"},
)

# --------------------------------------------------------------- Telegram
case(
    name="tg-case-number-reply",
    date="Thu, 19 Sep 2024 13:02:47 +0000",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject=f"Re: {R_TG} [Case #4471093]",
    reply_to_req=req_mid(R_TG),
    body=f"""Hello,

Case #4471093

Thank you for your report. The posts {T[0]} and {T[1]} are no longer
accessible on Telegram. The channel {T[2]} has been blocked for users in
South Korea.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with 'Case #' number",
    why="two posts no longer accessible (removed) and one channel blocked for Korea (restricted)",
    items={T[0]: "removed", T[1]: "removed", T[2]: "restricted"},
)

case(
    name="tg-reply-to-reminder-not-found",
    date="Thu, 26 Sep 2024 09:41:00 +0000",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    subject=f"Re: Reminder: {R_TG} is past its deadline",
    extra_headers=[f"In-Reply-To: <reminder.{R_TG}.1@kcsc.example>",
                   f"References: <{req_mid(R_TG)}@kcsc.example> <reminder.{R_TG}.1@kcsc.example>"],
    body=f"""Hi,

Sorry for the slow reply. We looked for <{T[2]}> and could not find it:
that username is not registered to any channel, group or user at the
moment.

Regards,
Telegram

On 26 Sep 2024, at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Reminder: request {R_TG} was due on 25 September 2024 and the following
> items are still open:
> {T[2]}
> Please tell us what action was taken.
""",
    outcome="applied", classification="confirmation",
    imitates="platform reply to our own reminder, URL in angle brackets",
    why="the channel cannot be found / username not registered = not_found",
    items={T[2]: "not_found"},
)

case(
    name="tg-ack-then-result-same-mail",
    date="Fri, 20 Sep 2024 18:20:00 +0000",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    subject=f"Your report has been received [Case #4471120] {R_TG}",
    body=f"""Hello,

We received your report and created Case #4471120.

Update: the channel https://t.me/nightpill_shop has been taken down for
violating the Telegram Terms of Service. No further action is needed on
your side for this channel.

Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt wording combined with the result in one message",
    why="an acknowledgement phrase plus an unhedged statement about a named item is a confirmation",
    items={T[2]: "removed"},
)

# --------------------------------------------------------------------- X
case(
    name="x-jira-request-resolved",
    date="Mon, 23 Sep 2024 04:55:19 +0000",
    **{"from": "jira@x.com"}, name_from="X Legal Requests (Jira)",
    subject=f"[JIRA] (LGL-22917) {R_X} - Korea KCSC - drug sale posts",
    body=f"""—— Please reply above this line ——

Your request LGL-22917 "{R_X} - Korea KCSC - drug sale posts" has been
resolved.

Resolution: Done

Comment by Sam Ortega (X Legal):

Hello, we have processed the reported content as follows.

* {X[0]} - withheld in South Korea
* {X[1]} - withheld in South Korea
* {X[3]} - account suspended for violating the X Rules
* {X[2]} - reviewed; this post does not violate the X Rules or Korean
  law as far as we can determine, no action taken

View request: https://legalrequests.x.com/servicedesk/customer/portal/4/LGL-22917
Turn off this request's notifications
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'request resolved' notification with the agent's comment",
    why="four bulleted items: two withheld in KR, account suspended, one no violation",
    items={X[0]: "restricted", X[1]: "restricted", X[3]: "removed", X[2]: "rejected"},
)

case(
    name="x-partial-answer",
    date="Fri, 20 Sep 2024 07:30:00 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject=f"Re: {R_X}",
    reply_to_req=req_mid(R_X),
    body=f"""Hello,

We have taken action on {X[0]} : the post was removed for violating
our rules on illegal goods.

We are still reviewing the remaining URLs in your request and will
follow up once we have an outcome.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="partial answer from a legal desk, rest promised later",
    why="one named post removed; the rest are only promised and not named",
    items={X[0]: "removed"},
)

case(
    name="x-echoed-report-fields",
    date="Tue, 24 Sep 2024 12:00:00 +0000",
    **{"from": "noreply@x.com"}, name_from="X",
    subject="Update on your report to X",
    body=f"""Hello,

We've reviewed your report. Here is what you told us and what we decided.

Reported content: {X[1]}
Reported by: KCSC Takedown Desk ({R_X})
Reason: Illegal content - Korea
Decision: Withheld in: South Korea

Reported content: {X[2]}
Reported by: KCSC Takedown Desk ({R_X})
Reason: Illegal content - Korea
Decision: Withheld in: South Korea

Learn more about country withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="X report outcome that echoes the report fields, 'Withheld in: South Korea'",
    why="each echoed report block ends with a withheld-in-Korea decision",
    items={X[1]: "restricted", X[2]: "restricted"},
)

case(
    name="x-helpscout-thread-history",
    date="Wed, 25 Sep 2024 06:12:40 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject=f"Re: {R_X} drug sale posts [#51872]",
    body=f"""Both of the grey_orchard_kr items have now been removed:

{X[2]}
{X[3]} (account permanently suspended)

Reply to this email to add to the conversation.

- Priya, X Support

~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
Earlier in this conversation

Priya (X Support) - Sep 19, 2024 at 11:02 PM
Thanks for reaching out. Your report has been received and has been
assigned conversation number #51872.

KCSC Takedown - Sep 19, 2024 at 9:40 AM
Request {R_X}: please remove the listed drug sale posts and account.

Conversation #51872 - X Support
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout reply with the conversation history appended below",
    why="two named items removed (account suspended); history below is a receipt and our request",
    items={X[2]: "removed", X[3]: "removed"},
)

case(
    name="x-inline-answers-in-quote",
    date="Sat, 21 Sep 2024 02:40:00 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject=f"Re: {R_X}",
    reply_to_req=req_mid(R_X),
    body=f"""Hi, answers inline below.

On Thu, Sep 19, 2024 at 9:40 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Request {R_X}. Please remove or disable access to the following items:
>
> 1. {X[0]}

Removed.

> 2. {X[1]}

Withheld in South Korea.

> 3. {X[2]}

No violation found, this post stays up.

> 4. {X[3]}

Account suspended.

> Please reply to this email with the action taken on each item.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="agent answering inline under each quoted line of our request",
    why="each unquoted answer is the platform's statement about the quoted URL just above it",
    items={X[0]: "removed", X[1]: "restricted", X[2]: "rejected", X[3]: "removed"},
)

# ----------------------------------------------------------------- NAVER
case(
    name="naver-gesijungdan-result-notice",
    date="Mon, 23 Sep 2024 10:20:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from="NAVER",
    subject=ew(f"[NAVER] 게시중단 요청 처리 결과 안내 ({R_NV})"),
    body=f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물({R_NV})에 대한 처리 결과를
아래와 같이 안내드립니다.

1. {N[0]}
   - 처리 결과: 게시물 삭제
2. {N[1]}
   - 처리 결과: 블라인드 처리
3. {N[2]}
   - 처리 결과: 임시조치(30일)

나머지 게시물은 검토가 끝나는 대로 다시 안내드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 안내 with numbered list",
    why="삭제 and 블라인드 = removed, 임시조치 = restricted",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted"},
)

case(
    name="naver-korean-path-and-particles",
    date="Wed, 25 Sep 2024 16:05:00 +0900",
    **{"from": "help@naver.com"}, name_from="NAVER",
    subject=ew(f"Re: {R_NV} 문의 답변"),
    reply_to_req=req_mid(R_NV),
    body=f"""안녕하세요. 문의하신 내용 답변드립니다.

{N5_RAW} 게시물은 작성자가 이미 삭제하여 현재 존재하지 않는 콘텐츠입니다.

{N[3]}은 검토 결과 네이버 운영정책 위반 사항이 확인되지 않아 게시중단
요청을 수용하기 어렵습니다. 해당 게시물은 유지됩니다．

추가 문의는 이 메일에 회신해 주세요.
네이버 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER help-desk reply: raw Korean path URL, particle glued to a URL, full-width full stop",
    why="influencer post deleted by its author = not_found; blog post kept after review = rejected",
    items={N[4]: "not_found", N[3]: "rejected"},
)

_nv_html = f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구({R_NV})에 대한 조치결과를 다음과 같이 회신합니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N[0]}</td><td>삭제</td><td>2024-09-24</td></tr>
<tr><td>2</td><td>{N[1]}</td><td>삭제</td><td>2024-09-24</td></tr>
<tr><td>3</td><td>{N[2]}</td><td>임시조치</td><td>2024-09-24</td></tr>
<tr><td>4</td><td>{N[3]}</td><td>게시중단</td><td>2024-09-25</td></tr>
<tr><td>5</td><td>{N5_RAW}</td><td>접근제한(국내)</td><td>2024-09-25</td></tr>
</table>
<p>네이버㈜ 정책지원팀</p>
</body></html>
"""
case(
    name="naver-base64-html-joechi-table",
    date="Thu, 26 Sep 2024 11:00:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from="NAVER",
    subject=ew(f"시정요구 조치결과 회신 ({R_NV})"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_nv_html)}""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table, HTML in base64",
    why="five rows: 삭제/게시중단 = removed, 임시조치/접근제한(국내) = restricted",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "removed", N[4]: "restricted"},
)

case(
    name="naver-reply-to-reminder-korean",
    date="Mon, 30 Sep 2024 09:15:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from="NAVER",
    subject=ew(f"Re: [독촉] {R_NV} 처리기한 경과 안내"),
    extra_headers=[f"In-Reply-To: <reminder.{R_NV}.1@kcsc.example>"],
    body=f"""회신이 늦어 죄송합니다.

문의하신 카페 게시물 2건은 모두 삭제 조치를 완료하였습니다.
 1) {N[1]}
 2) {N[2]}

감사합니다.
네이버 정책지원팀 드림

-----Original Message-----
From: "KCSC Takedown" <takedown@kcsc.example>
To: policy@navercorp.com
Sent: 2024-09-28 (토) 09:00:00
Subject: [독촉] {R_NV} 처리기한 경과 안내

요청번호 {R_NV}의 처리기한이 지났습니다. 아래 게시물의 조치 결과를 알려 주십시오.
{N[1]}
{N[2]}
{N[3]}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean reply to our reminder (독촉), numbered URLs under '모두 삭제 조치를 완료'",
    why="both listed cafe posts deleted; the third URL appears only in our quoted reminder",
    items={N[1]: "removed", N[2]: "removed"},
)

# ----------------------------------------------------------------- Kakao
case(
    name="kakao-daum-cafe-temp-measure",
    date="Thu, 26 Sep 2024 14:30:00 +0900",
    **{"from": "cs@kakaocorp.com"}, name_from="Kakao",
    subject=ew(f"[카카오 고객센터] 문의하신 내용에 대한 답변입니다 (#20240923-004417)"),
    body=f"""안녕하세요, 카카오 고객센터입니다.

요청번호 {R_KK} 관련하여 안내드립니다.

- 다음 카페 게시글 {K[0]} 에 대해서는 임시조치(30일)를 하였습니다.
- {K[1]} 는 게시자가 직접 삭제하여 존재하지 않는 게시글입니다.

더 궁금하신 점은 이 메일에 회신해 주시면 확인 후 답변드리겠습니다.
카카오 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum customer-centre ticket answer (임시조치, 게시자 삭제)",
    why="임시조치 = restricted; deleted by its author / does not exist = not_found",
    items={K[0]: "restricted", K[1]: "not_found"},
)

# --------------------------------------------------------------- Discord
case(
    name="discord-zendesk-solved-sole-item",
    date="Fri, 27 Sep 2024 01:18:00 +0000",
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    subject=f"[Discord] Re: {R_DC} Report - server advertising drug sales (#28841052)",
    reply_to_req=req_mid(R_DC),
    body="""##- Please type your reply above this line -##

Your request (28841052) has been solved. To reopen it, reply to this email.

Jules (Discord Trust & Safety)

Sep 27, 2024, 01:17 UTC

Hi there,

Thanks for your report. We investigated the server you reported and
found that it broke our Community Guidelines. The server has been
removed from Discord and its owner's account has been actioned.

Best,
Jules
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord (Zendesk) solved ticket, 'the server you reported has been removed'",
    why="the request has one item; an unhedged statement about 'the server you reported' applies to it",
    items={D[0]: "removed"},
)

# ---------------------------------------------------------------- TikTok
case(
    name="tiktok-mixed-bullets",
    date="Sat, 28 Sep 2024 03:33:00 +0000",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject=f"Re: {R_TT} - gambling promotion",
    reply_to_req=req_mid(R_TT),
    body=f"""Hi KCSC team,

Thanks for your patience while we looked into this. Results below:

  • {TT[0]} — removed (violates our Community Guidelines on gambling)
  • {TT[1]} — does not violate our Community Guidelines and remains
    available on TikTok
  • {TT[2]} — account banned

Kind regards,
TikTok Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal support reply with a bulleted outcome list",
    why="removed, remains available (rejected), account banned (removed)",
    items={TT[0]: "removed", TT[1]: "rejected", TT[2]: "removed"},
)

_tt_text = f"""Hello,

Regarding case 7729301 ({R_TT}): after review we have restricted the following video so that it is only visible to adult users (18+) and it is no longer recommended in the For You feed: {TT[1]}

The remaining items in your request are still under review.

TikTok Trust and Safety
"""
case(
    name="tiktok-qp-age-restricted",
    date="Sun, 29 Sep 2024 10:00:00 +0000",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    subject=f"Case 7729301 update ({R_TT})",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_tt_text)}""",
    outcome="applied", classification="confirmation",
    imitates="TikTok case update, quoted-printable plain text with soft line breaks",
    why="one video restricted to adults (age-restricted = restricted); the rest only 'under review'",
    items={TT[1]: "restricted"},
)

# ======================================================================
# REVIEW
# ======================================================================

case(
    name="yt-promise-will-be-removed",
    date="Sun, 22 Sep 2024 12:00:00 +0900",
    **{"from": YT_FROM}, name_from=YT_NAME,
    subject=f"Re: [Request #8812345] {R_YT}",
    body=f"""Hello,

Thanks for your patience. The videos below will be removed once our local
counsel has confirmed the legal basis, which we expect within 24 hours:

{Y[2]}
{Y[3]}

We will confirm when this is done.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="agent promise in a ticket thread ('will be removed once...')",
    why="a promise with a condition is not a statement; named items stay pending",
    items={Y[2]: "pending", Y[3]: "pending"},
)

case(
    name="yt-asks-for-court-order",
    date="Wed, 18 Sep 2024 15:00:00 +0900",
    **{"from": YT_FROM}, name_from=YT_NAME,
    subject=f"[Request #8812345] Additional information needed - {R_YT}",
    reply_to_req=req_mid(R_YT),
    body=f"""Hello,

Before we can act on your request {R_YT}, we need some additional
information, in particular for the channel
{Y[10]}

- the specific provision of Korean law each URL is said to violate;
- a copy of the Commission's decision, or a reference number we can cite.

Please reply to this email with the documents. Your ticket will remain
open while we wait for your reply.

YouTube Legal Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Zendesk ticket set to Pending: 'we need additional information'",
    why="the platform asks for documents before acting; nothing happened to the channel",
    items={Y[10]: "pending"},
)

case(
    name="yt-reply-to-reminder-still-reviewing",
    date="Tue, 01 Oct 2024 10:30:00 +0900",
    **{"from": YT_FROM}, name_from=YT_NAME,
    subject=f"Re: Reminder: {R_YT} is past its deadline",
    extra_headers=[f"In-Reply-To: <reminder.{R_YT}.1@kcsc.example>"],
    body=f"""Hello,

Thank you for following up. Your request {R_YT} is still being reviewed
by our legal team, and we expect to send you a full answer by the end of
next week.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="agent reply to a reminder: still under review, answer promised",
    why="references the request but states no status; 'still being reviewed' is not a statement (not a receipt either)",
    items={},
)

case(
    name="tg-hedge-appears-deleted",
    date="Sun, 22 Sep 2024 08:00:00 +0000",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject=f"Re: {R_TG} [Case #4471093]",
    body=f"""Hello,

Case #4471093

The channel {T[2]} appears to have been deleted by its owner, but we
could not confirm when this happened. We will check again and let you
know.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk hedged reply ('appears to have been deleted')",
    why="a hedge is not a statement; the channel stays pending",
    items={T[2]: "pending"},
)

case(
    name="x-bulk-all-actioned",
    date="Fri, 27 Sep 2024 05:00:00 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject=f"Re: {R_X} [LGL-22917] closed",
    reply_to_req=req_mid(R_X),
    body=f"""Hello,

All of the reported content in your request {R_X} has been actioned in
line with our policies and local law. We are closing this request.

X Legal
""",
    outcome="review", review="bulk",
    imitates="closing note 'all of the reported content has been actioned'",
    why="one statement for a four-item request without naming each item",
    items={X[0]: "pending", X[1]: "pending", X[2]: "pending", X[3]: "pending"},
)

case(
    name="x-forwarded-by-colleague",
    date="Sat, 21 Sep 2024 09:00:00 +0000",
    **{"from": "j.park@x.com"}, name_from="Ji-ho Park",
    subject=f"Fwd: {R_X} outcome",
    body=f"""Hi KCSC team, forwarding the note below from our legal ops colleagues,
as the original went to the wrong address.

Ji-ho

---------- Forwarded message ---------
From: X Legal Ops <legal-ops@x.com>
Date: Fri, Sep 20, 2024 at 6:10 PM
Subject: {R_X} outcome
To: <kcsc-requests@x.com>

The post {X[0]} has been removed for violating our rules on
illegal goods and services.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail 'Forwarded message' block relayed by a platform employee",
    why="the statement sits inside a forwarded message; held for a person to confirm",
    items={X[0]: "pending"},
)

case(
    name="x-wrong-platform-url",
    date="Sun, 22 Sep 2024 03:00:00 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject=f"Re: {R_X} - one link not on X",
    body=f"""Hello,

We could not locate the following content on X:

{T[0]}

This link does not belong to our service; you may wish to contact the
service that hosts it.

X Legal
""",
    outcome="review", review="wrong_platform",
    imitates="legal desk saying a link is not hosted on its service",
    why="X states something about a Telegram item; X cannot speak for Telegram",
    items={T[0]: "pending"},
)

case(
    name="naver-auth-fail-lookalike",
    date="Tue, 24 Sep 2024 13:13:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from="NAVER",
    auth="fail",
    subject=ew(f"[NAVER] 게시중단 처리 완료 ({R_NV})"),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 {N[0]} 은 삭제 처리되었습니다.

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER 처리 완료 notice failing DMARC",
    why="platform domain but authentication failed",
    items={N[0]: "pending"},
)

case(
    name="naver-conflicting-template",
    date="Fri, 27 Sep 2024 17:45:00 +0900",
    **{"from": "help@naver.com"}, name_from="NAVER",
    subject=ew(f"[NAVER] 게시중단 요청 처리 결과 ({R_NV})"),
    body=f"""■ 요청 게시물: {N[3]}
■ 처리 결과: 게시중단

안녕하세요. 네이버 고객센터입니다.
검토 결과 위 게시물은 운영정책 위반이 확인되지 않아 게시중단 요청을
받아들이지 않았으며, 게시물은 그대로 유지됩니다.

네이버 고객센터
""",
    outcome="review", review="conflicting_statements",
    imitates="templated result header that contradicts the agent's text",
    why="'처리 결과: 게시중단' and 'request not accepted, post kept' about the same URL",
    items={N[3]: "pending"},
)

case(
    name="kakao-bulk-all-deleted",
    date="Fri, 27 Sep 2024 10:00:00 +0900",
    **{"from": "cs@kakaocorp.com"}, name_from="Kakao",
    subject=ew(f"Re: {R_KK} 처리 결과"),
    reply_to_req=req_mid(R_KK),
    body=f"""안녕하세요, 카카오 고객센터입니다.

요청번호 {R_KK}로 요청하신 게시물에 대하여 모두 삭제 조치하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Kakao one-line answer '모두 삭제 조치하였습니다'",
    why="a statement about both items of a two-item request without naming them",
    items={K[0]: "pending", K[1]: "pending"},
)

case(
    name="discord-csat-survey",
    date="Sun, 29 Sep 2024 01:18:00 +0000",
    **{"from": "support@discord.com"}, name_from="Discord Support",
    subject="How did we do? Rate your Discord support experience",
    body="""Hello,

Your ticket #28841052 was solved recently. We'd love to hear how we did.

How would you rate the support you received?

  Good, I'm satisfied   https://support.discord.com/hc/survey/28841052/good
  Bad, I'm unsatisfied  https://support.discord.com/hc/survey/28841052/bad

Thanks,
Discord Support
""",
    outcome="review", review="no_claims",
    imitates="Zendesk customer satisfaction survey after a solved ticket",
    why="trusted Discord mail naming no item and no request of ours (only its own ticket number and survey links)",
    items={},
)

case(
    name="tiktok-outsourced-vendor",
    date="Mon, 30 Sep 2024 02:00:00 +0000",
    **{"from": "casework@tnsdesk-partners.example"},
    name_from="T&S Operations (on behalf of TikTok)",
    subject=f"[Freshdesk #60418] {R_TT} resolution",
    body=f"""Dear requester,

Your ticket #60418 has been resolved by our moderation operations team.

{TT[0]} - removed
{TT[2]} - account banned

Regards,
T&S Operations
""",
    outcome="review", review="unknown_sender",
    imitates="Freshdesk resolution from an outsourced moderation vendor's own domain",
    why="statements about TikTok items from a domain that is not TikTok's",
    items={TT[0]: "pending", TT[2]: "pending"},
)

# ======================================================================
# IGNORED
# ======================================================================

case(
    name="yt-zendesk-receipt",
    date="Tue, 17 Sep 2024 10:02:00 +0900",
    **{"from": YT_FROM}, name_from=YT_NAME,
    subject=f"[Request #8812345] Received: {R_YT} removal request",
    reply_to_req=req_mid(R_YT),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""##- Please type your reply above this line -##

Your request (8812345) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

--------------------------------

KCSC Takedown

Sep 17, 2024, 10:00 GMT+9

{our_request(R_YT, Y[:4], intro="Please remove or disable access to the following items (first four of twelve)")}
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'Your request has been received' auto-reply echoing the first comment",
    why="pure receipt; the URLs are our own request echoed back",
    items={},
)

case(
    name="kakao-freshdesk-receipt",
    date="Mon, 23 Sep 2024 10:16:00 +0900",
    **{"from": "cs@kakaocorp.com"}, name_from="Kakao",
    subject=ew(f"[접수완료] {R_KK} 문의가 접수되었습니다 (#20240923-004417)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 20240923-004417

담당자가 확인한 후 순서대로 답변드리겠습니다. 문의가 많아 답변이
다소 늦어질 수 있는 점 양해 부탁드립니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean helpdesk 접수완료 automatic receipt",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="discord-autoreply-received",
    date="Tue, 24 Sep 2024 07:01:00 +0000",
    **{"from": "support@discord.com"}, name_from="Discord Support",
    subject=f"[Discord] We've received your request (#28841052) {R_DC}",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""Hi there,

Thanks for reaching out! We've received your request (#28841052) and
our Trust & Safety team will review your report and reply to this email.

To add information, reply to this email.

Your report:
> Request {R_DC}: please remove the server behind {D[0]}
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord Zendesk automatic 'we've received your request' with the report echoed",
    why="receipt only; the URL is in our echoed report",
    items={},
)

case(
    name="tiktok-out-of-office",
    date="Wed, 25 Sep 2024 05:21:00 +0000",
    **{"from": "m.choi@tiktok.com"}, name_from="Minji Choi",
    subject=f"Automatic reply: {R_TT} - gambling promotion",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 2 October with limited access to email.
For urgent legal requests please write to lawenforcement@tiktok.com.

Minji Choi
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="x-ooo-quoting-reminder",
    date="Fri, 27 Sep 2024 00:05:00 +0000",
    **{"from": "s.ortega@x.com"}, name_from="Sam Ortega",
    subject=f"Out of Office: Re: Reminder: {R_X} is past its deadline",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body=f"""Hi, I'm away until Monday 30 September. Your email has not been
forwarded. For legal requests please use legal@x.com.

> Reminder: request {R_X} was due on 26 September 2024 and these items
> are still open:
> {X[0]}
> {X[3]}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail vacation responder quoting our reminder",
    why="auto-reply; the URLs are in our quoted reminder",
    items={},
)

case(
    name="tg-dsn-reminder-bounced",
    date="Thu, 26 Sep 2024 00:00:05 +0000",
    **{"from": "MAILER-DAEMON@telegram.org"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsnB794"

--dsnB794
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail-out2.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@telegram.org>: mailbox unavailable: user does not exist

--dsnB794
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-out2.telegram.org
Arrival-Date: Thu, 26 Sep 2024 00:00:02 +0000

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <dsa-kr@telegram.org>: user unknown

--dsnB794
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: Reminder: {R_TG} is past its deadline
Message-ID: <reminder.{R_TG}.1@kcsc.example>
Date: Thu, 26 Sep 2024 09:00:00 +0900

Request {R_TG} was due on 25 September 2024. These items are still open:
{T[0]}
{T[1]}
{T[2]}

--dsnB794--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning our reminder",
    why="delivery failure report; the URLs are in our returned message",
    items={},
)

case(
    name="naver-mdn-read-receipt",
    date="Fri, 20 Sep 2024 15:12:00 +0900",
    **{"from": "j.seo@navercorp.com"}, name_from="Seo Jiyun",
    subject=ew(f"읽음 확인: {R_NV} 게시중단 요청"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdnB794"

--mdnB794
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "{R_NV} 게시중단 요청"을 수신자가 2024-09-20 15:11에 읽었습니다.

--mdnB794
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Naver Works Mail
Final-Recipient: rfc822; j.seo@navercorp.com
Original-Message-ID: <{req_mid(R_NV)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdnB794--
""",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (읽음 확인) from a corporate mail client",
    why="read receipt",
    items={},
)

HEADER = f"""# Blind set {SET}: ticket systems and threads (receipts then results,
# solved tickets, follow-ups, replies to reminders, partial answers,
# forwarded mail). Written by tests/corpus/{SET}/make.py from each email's
# meaning, before any run of the reader. Requests: requests.csv beside it;
# configuration: config.toml beside it.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
