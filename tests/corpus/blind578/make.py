#!/usr/bin/env python3
"""Blind set blind578: ticket systems and threads.

Zendesk/Freshdesk/Jira/HelpScout-style receipts and results, solved tickets,
follow-ups in the same thread, replies to our reminders, partial answers and
forwarded mail. Every email is fictional and written in our own sentences;
the expected results below were written from each email's meaning alone,
before the reader was ever run on this set.

    python3 tests/corpus/blind578/make.py

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

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240905-02", "KCSC-240909-03", "KCSC-240911-04",
    "KCSC-240913-05", "KCSC-240919-06", "KCSC-240924-07",
)

Y1 = "https://www.youtube.com/watch?v=Qm4rT7vLp2A"
Y2 = "https://www.youtube.com/watch?v=hX9dK2wEo0s"
Y3 = "https://www.youtube.com/watch?v=Zc81NfUu3Wb"
Y4 = "https://www.youtube.com/watch?v=p0LmE5sTqYk"
Y5 = "https://www.youtube.com/watch?v=Ae7HjK3rV9c"
Y6 = "https://www.youtube.com/shorts/Tn6bW2xQz1M"
Y7 = "https://www.youtube.com/shorts/kF3uY8oPa5D"
Y8 = "https://www.youtube.com/watch?v=Wd2sG4hNj7e"
Y9 = "https://www.youtube.com/@ggolmok_tv8231"
Y10 = "https://www.youtube.com/watch?v=Lr5cX0bMi6f"
Y11 = "https://www.youtube.com/watch?v=Vy1oP9zEk4g"
Y12 = "https://www.youtube.com/watch?v=Bs8qJ6tDw3h"
YT = [Y1, Y2, Y3, Y4, Y5, Y6, Y7, Y8, Y9, Y10, Y11, Y12]

X1 = "https://x.com/hanbit_deals99/status/1831402277781100345"
X2 = "https://x.com/hanbit_deals99/status/1831409910446620801"
X3 = "https://x.com/moon_tok_kr/status/1830877001234561122"
X4 = "https://x.com/parangsae_00/status/1831120456789023344"
XS = "https://x.com/gold_rabbit_kr/status/1838450012345678901"

T1 = "https://t.me/saebyeok_market/1182"
T2 = "https://t.me/saebyeok_market/1190"
T3 = "https://t.me/nightowl_pick/77"

N1 = "https://blog.naver.com/dalmaji_77/223561002481"
N2 = "https://blog.naver.com/dalmaji_77/223561113590"
N3 = "https://cafe.naver.com/jooshikpang/88214"
N4 = "https://cafe.naver.com/jooshikpang/88230"
N5 = "https://blog.naver.com/PostView.naver?blogId=gureum_s&logNo=223570044812"
NV = [N1, N2, N3, N4, N5]

# Tistory entry with a Korean slug (오늘의-추천-종목), stored percent-encoded.
K1 = ("https://byeolbit.tistory.com/entry/"
      "%EC%98%A4%EB%8A%98%EC%9D%98-%EC%B6%94%EC%B2%9C-%EC%A2%85%EB%AA%A9")
K1_RAW = "https://byeolbit.tistory.com/entry/오늘의-추천-종목"
K2 = "https://cafe.daum.net/hoban_land/Ztq9/412"
K3 = "https://cafe.daum.net/hoban_land/Ztq9/415"

TT1 = "https://www.tiktok.com/@ppuri.shop/video/7412203345566778899"
TT2 = "https://www.tiktok.com/@ppuri.shop/video/7412299001122334455"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, note, urls
    (R1, "youtube", "2024-09-03T14:20:00+09:00", "2024-09-10T23:59:59+09:00",
     "unregistered investment advice",
     'channel "ggolmok TV" and its videos, shorts included', YT),
    (R2, "x", "2024-09-05T10:05:00+09:00", "2024-09-12T23:59:59+09:00",
     "illegal gambling", "three accounts, one campaign", [X1, X2, X3, X4]),
    (R3, "telegram", "2024-09-09T11:02:00+09:00", "2024-09-16T23:59:59+09:00",
     "drugs", 'two channels; "market" posts', [T1, T2, T3]),
    (R4, "naver", "2024-09-11T15:30:00+09:00", "2024-09-18T23:59:59+09:00",
     "unregistered investment advice", "blogs, cafe posts", NV),
    (R5, "kakao", "2024-09-13T09:40:00+09:00", "2024-09-20T23:59:59+09:00",
     "unregistered investment advice", "Tistory entry (Korean slug), Daum cafe",
     [K1, K2, K3]),
    (R6, "tiktok", "2024-09-19T16:00:00+09:00", "2024-09-26T23:59:59+09:00",
     "illegal sale of medicines", "", [TT1, TT2]),
    (R7, "x", "2024-09-24T10:30:00+09:00", "2024-10-01T23:59:59+09:00",
     "financial scam", "single post", [XS]),
]


def req_mid(ref):
    return "req." + ref


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])


# ------------------------------------------------------------ MIME helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def single(ctype, body, cte):
    enc = {"quoted-printable": qp, "base64": b64}[cte]
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n" + enc(body))


def multipart(sub, boundary, parts, extra=""):
    out = [f'Content-Type: multipart/{sub}; boundary="{boundary}"{extra}', ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.rstrip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def part(ctype, body, cte="8bit", disposition=None):
    head = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"]
    if disposition:
        head.append(f"Content-Disposition: {disposition}")
    if cte == "base64":
        body = b64(body)
    elif cte == "quoted-printable":
        body = qp(body)
    return "\n".join(head) + "\n\n" + body


def bullets(urls, prefix="> "):
    return "\n".join(prefix + u for u in urls)


# ------------------------------------------------------------------- cases
CASES = []


def enc_header(text):
    """RFC 2047 encoded-word, as real mailers write non-ASCII headers."""
    from email.header import Header
    return Header(text, "utf-8").encode()


def case(**c):
    name = c.get("name_from", "")
    if name and not name.isascii():
        c["name_from"] = enc_header(name)
    if c.pop("enc_subject", False):
        c["subject"] = enc_header(c["subject"])
    CASES.append(c)


# ===================== applied ===========================================

case(
    name="yt-zendesk-solved-mixed",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 17:42:10 +0900",
    subject=f"[YouTube Legal] Re: {R1} request to remove content (#48213577) - Solved",
    reply_to_req=req_mid(R1),
    body=f"""
##- Please type your reply above this line -##

Your request (48213577) has been solved. To reopen it, reply to this email.

Min-seo (YouTube Legal Support)
Sep 6, 2024, 17:42 GMT+9

Hello,

Thank you for contacting us about the content listed in {R1}. We have
reviewed the first five URLs of your notice under our Community Guidelines
and local law, and have taken the following action:

{Y1} - removed for violating our spam, deceptive practices and scams policy
{Y2} - removed for violating our spam, deceptive practices and scams policy
{Y3} - blocked from view in South Korea based on local law
{Y4} - reviewed; this video does not violate our Community Guidelines and we have not taken action on it
{Y5} - this video no longer exists; it was deleted by the uploader before our review

We will write to you separately about the remaining URLs in your notice.

Kind regards,
Min-seo
YouTube Legal Support

Learn how YouTube handles legal removal requests:
https://support.google.com/youtube/answer/6154230

[XQ41R7-PL0E]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification carrying an agent's item-by-item legal outcome (YouTube legal support)",
    why="trusted YouTube agent reply stating each of five URLs' outcome; help-centre link is not an item",
    items={Y1: "removed", Y2: "removed", Y3: "restricted", Y4: "rejected", Y5: "not_found"},
)

case(
    name="yt-followup-gmail-quoted",
    **{"from": "minseo.legal@google.com"}, name_from="Min-seo Han",
    date="Tue, 10 Sep 2024 11:03:55 +0900",
    subject=f"Re: [YouTube Legal] Re: {R1} request to remove content (#48213577)",
    extra_headers=[f"In-Reply-To: <zd-48213577-c1@google.com>",
                   f"References: <{req_mid(R1)}@kcsc.example> <zd-48213577-c1@google.com>"],
    body=f"""
Hello again,

Following up on the remaining items of {R1}. Our team has now finished
three more of them:

- {Y6} : removed (spam, deceptive practices and scams)
- {Y7} : age-restricted; it is no longer shown to viewers under 18 or to signed-out viewers
- {Y8} : removed (spam, deceptive practices and scams)

I'll come back to you on the last four.

Best,
Min-seo Han
YouTube Legal Support

On Fri, Sep 6, 2024 at 5:42 PM YouTube Legal Support <legal-support@google.com> wrote:
> Hello,
>
> Thank you for contacting us about the content listed in {R1}.
>
> {Y1} - removed for violating our spam, deceptive practices and scams policy
> {Y2} - removed for violating our spam, deceptive practices and scams policy
> {Y3} - blocked from view in South Korea based on local law
>
> Kind regards,
> Min-seo
""",
    outcome="applied", classification="confirmation",
    imitates="agent's follow-up from a mail client in the same ticket thread, Gmail 'On ... wrote:' quote of the earlier answer",
    why="three new unquoted statements apply; the '>'-quoted earlier outcomes are not re-read",
    items={Y6: "removed", Y7: "restricted", Y8: "removed", Y1: "pending", Y2: "pending", Y3: "pending"},
)

html_fd = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC Takedown team,</p>
<p>Ticket <b>#48213577</b> has been updated by YouTube Legal Support.
Below is the outcome for the remaining URLs in your notice {R1}.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action taken</th></tr>
<tr><td><a href="{Y9}">{Y9}</a></td><td>Channel terminated</td></tr>
<tr><td><a href="{Y10}">{Y10}</a></td><td>Restricted in South Korea (local law)</td></tr>
<tr><td><a href="{Y11}">{Y11}</a></td><td>No action &ndash; does not violate our policies; the video remains available</td></tr>
<tr><td><a href="{Y12}">{Y12}</a></td><td>Removed</td></tr>
</table>
<p>If you disagree with a decision, you can reply to this email.</p>
<p style="color:#888">YouTube Legal Support &middot; <a href="https://support.google.com/youtube/answer/2802032">Community Guidelines</a></p>
</body></html>
"""
case(
    name="yt-freshdesk-html-table-qp",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 09:15:41 +0900",
    subject=f"[#48213577] Update on your notice {R1}",
    reply_to_req=req_mid(R1),
    raw_mime=single("text/html", html_fd, "quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="helpdesk (Freshdesk-style) ticket update rendered as an HTML table, quoted-printable",
    why="HTML table row per URL with its action: channel terminated, KR restriction, no action, removed",
    items={Y9: "removed", Y10: "restricted", Y11: "rejected", Y12: "removed"},
)

csv_rows = [
    ("url", "decision", "policy_or_basis"),
    (Y1, "Removed", "Spam, deceptive practices and scams"),
    (Y2, "Removed", "Spam, deceptive practices and scams"),
    (Y3, "Locally restricted (KR)", "Local law"),
    (Y4, "No action - not violative", ""),
    (Y5, "Video not found", "Deleted by uploader"),
    (Y6, "Removed", "Spam, deceptive practices and scams"),
    (Y7, "Age-restricted", "Harmful or dangerous content"),
    (Y8, "Removed", "Spam, deceptive practices and scams"),
    (Y9, "Channel terminated", "Repeated violations"),
    (Y10, "Locally restricted (KR)", "Local law"),
    (Y11, "No action - not violative", ""),
    (Y12, "Removed", "Spam, deceptive practices and scams"),
]


def csv_text(rows):
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


case(
    name="yt-csv-attachment-all",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 16:20:02 +0900",
    subject=f"[#48213577] Final outcome - {R1}",
    reply_to_req=req_mid(R1),
    raw_mime=multipart("mixed", "==yt48213577-final", [
        part("text/plain; charset=utf-8", f"""Hello,

Our review of your notice {R1} is complete. The decision for every URL is
in the attached file (kcsc-240903-01-outcome.csv), one row per URL.

This ticket is now marked as solved. Reply to this email if you need
anything else.

YouTube Legal Support
"""),
        part('text/csv; charset=utf-8; name="kcsc-240903-01-outcome.csv"', csv_text(csv_rows),
             "base64", 'attachment; filename="kcsc-240903-01-outcome.csv"'),
    ]),
    outcome="applied", classification="confirmation",
    imitates="legal-support result sent as a CSV attachment (one row per reported URL) on a solved ticket",
    why="the base64 CSV gives a decision for each of the 12 items",
    items={Y1: "removed", Y2: "removed", Y3: "restricted", Y4: "rejected", Y5: "not_found",
           Y6: "removed", Y7: "restricted", Y8: "removed", Y9: "removed", Y10: "restricted",
           Y11: "rejected", Y12: "removed"},
)

case(
    name="yt-zendesk-history-with-our-comment",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 10:48:30 +0900",
    subject=f"[YouTube Legal] Re: {R1} request to remove content (#48213577)",
    reply_to_req=req_mid(R1),
    body=f"""
##- Please type your reply above this line -##

Jae-won (YouTube Legal Support)
Sep 11, 2024, 10:48 GMT+9

Hello,

The channel {Y9} has been terminated for repeated violations of our
Community Guidelines and is no longer available on YouTube.

Best regards,
Jae-won

--------------------------------

KCSC Takedown
Sep 10, 2024, 18:02 GMT+9

Could you let us know the status of the channel and of these two videos,
which are still online?
{Y9}
{Y10}
{Y11}

--------------------------------

This email is a service from YouTube Legal Support.
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk notification with the conversation history (our own earlier comment shown unquoted below the new agent comment)",
    why="the agent's comment states the channel terminated; our own question in the history states nothing",
    items={Y9: "removed", Y10: "pending", Y11: "pending"},
)

case(
    name="yt-partial-rest-under-review",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 14:11:09 +0900",
    subject=f"Re: {R1} request to remove content [ref:_00D5j.48213577:ref]",
    reply_to_req=req_mid(R1),
    body=f"""
Hello,

We've completed our review of two of the videos in your notice {R1}:

{Y8}
{Y12}

Both videos have been removed from YouTube for violating our spam,
deceptive practices and scams policy.

The remaining videos in your notice are still under review; we will update
this case as soon as we have an outcome.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="partial answer on a case (Salesforce-style ref tag in the subject), rest still under review",
    why="two URLs listed, then 'Both videos have been removed'; the rest is under review and not named",
    items={Y8: "removed", Y12: "removed"},
)

case(
    name="yt-statement-then-url-below",
    **{"from": "noreply@youtube.com"}, name_from="YouTube",
    date="Wed, 11 Sep 2024 20:30:00 +0900",
    subject=f"Update on your legal request {R1}",
    reply_to_req=req_mid(R1),
    body=f"""
Hi KCSC Takedown,

Thanks for your patience while we reviewed your request.

The following video has been removed from YouTube for violating our
Community Guidelines:
{Y8}

The following video has been age-restricted. It can no longer be watched by
signed-out viewers or by viewers under 18:
{Y7}

- The YouTube Team

Help Center: https://support.google.com/youtube
(c) 2024 Google LLC
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube automated legal-request update with the statement above each URL",
    why="each statement is on the line above its URL",
    items={Y8: "removed", Y7: "restricted"},
)

case(
    name="yt-echoed-report-then-decision",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 08:05:44 +0900",
    subject=f"[#48213577] Decision on your report",
    reply_to_req=req_mid(R1),
    body=f"""
Your report
-----------
Reference: {R1}
Reported URL: {Y1}
Reported URL: {Y2}
Reported URL: {Y3}
Reason given: unregistered investment solicitation

Our decision
------------
{Y1}: Removed. The video violates our spam, deceptive practices and scams policy.
{Y2}: Restricted. The video is no longer available in South Korea following a local legal review.

We are still assessing the third URL.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="webform-report echo followed by a decision section (legal webform receipt + outcome)",
    why="decision section states two items; the echoed report and 'still assessing' state nothing for the third",
    items={Y1: "removed", Y2: "restricted", Y3: "pending"},
)

case(
    name="x-helpscout-numbered-below",
    **{"from": "legal-kr@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 19:22:18 +0900",
    subject=f"Re: {R2} - Legal request [Conversation #771204]",
    reply_to_req=req_mid(R2),
    body=f"""
Hello,

We have reviewed the four posts in your request and taken the action below.

1. {X1}
   Withheld in South Korea.
2. {X2}
   Withheld in South Korea.
3. {X3}
   Removed: violates the X Rules on illegal and regulated goods and services.
4. {X4}
   No action: we did not find a violation of the X Rules or of local law.

Thank you,
X Legal

Conversation #771204 | Reply to this email to continue the conversation.
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style conversation reply with a numbered list, status on the line below each URL",
    why="numbered list, each URL followed by its outcome on the next line",
    items={X1: "restricted", X2: "restricted", X3: "removed", X4: "rejected"},
)

case(
    name="x-reply-to-reminder-outlook",
    **{"from": "dana.kim@x.com"}, name_from="Dana Kim",
    date="Fri, 13 Sep 2024 15:47:00 +0900",
    subject=f"RE: Reminder: {R2} - removal request overdue",
    extra_headers=[f"In-Reply-To: <reminder.{R2}.1@kcsc.example>",
                   f"References: <{req_mid(R2)}@kcsc.example> <reminder.{R2}.1@kcsc.example>",
                   "Thread-Topic: Reminder: KCSC-240905-02 - removal request overdue",
                   "X-MS-Has-Attach:"],
    body=f"""
Hello KCSC team,

Apologies for the late answer. Of the four posts in your request, the post
{X3} has been removed, and
{X4} is now withheld in Korea.

The other two are still with our team; I will follow up once I hear back.

Best regards,
Dana Kim | Legal Operations, X

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 9:00 AM
To: legal@x.com
Subject: Reminder: {R2} - removal request overdue

Dear X,

Our request {R2} of 5 September asked for the removal of the following
posts. We have not yet received your answer:

{X1}
{X2}
{X3}
{X4}

Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply to our reminder, '-----Original Message-----' block below",
    why="two statements above the Outlook quote; the reminder's URLs below it are ours",
    items={X3: "removed", X4: "restricted", X1: "pending", X2: "pending"},
)

case(
    name="x-one-item-no-url",
    **{"from": "legal-kr@x.com"}, name_from="X Legal",
    date="Thu, 26 Sep 2024 11:12:40 +0900",
    subject=f"Re: [{R7}] Removal request - ticket 0925-KR-2219",
    reply_to_req=req_mid(R7),
    body=f"""
Hi,

Your ticket 0925-KR-2219 has been updated.

We've reviewed the post you reported in request {R7} and removed it for
violating our rules on financial scams. This ticket is now closed.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X ticket-update email closing a one-post request without repeating the URL",
    why="one-item request: 'the post you reported ... removed' settles its only item",
    items={XS: "removed"},
)

case(
    name="x-ack-phrase-plus-outcome",
    **{"from": "noreply@x.com"}, name_from="X Support",
    date="Mon, 09 Sep 2024 13:30:15 +0900",
    subject=f"Case 0915-ABX-77: your report about {R2}",
    reply_to_req=req_mid(R2),
    body=f"""
Hello,

Thanks for reaching out. We have received your report (Case ID
0915-ABX-77) and reviewed the reported content.

In response to your legal demand, the following posts have been withheld
in South Korea:
  {X1}
  {X2}

The remaining posts are still being looked at.

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X case email opening with the usual receipt sentence, then a withheld-in-country decision",
    why="receipt phrase plus an unhedged withholding statement about two named posts",
    items={X1: "restricted", X2: "restricted"},
)

case(
    name="x-fixed-width-text-table",
    **{"from": "legal-kr@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 17:05:33 +0900",
    subject=f"Re: {R2} [Conversation #771204] - results",
    reply_to_req=req_mid(R2),
    body=f"""
Hello,

Results for request {R2}:

URL                                                       Result
--------------------------------------------------------  -------------
{X1}   Removed
{X2}   Removed
{X3}      Withheld (KR)
{X4}     Not found

"Not found" means the post does not exist at this address.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text fixed-width results table pasted by a legal-ops agent",
    why="text table row per URL: removed, removed, withheld in KR, not found",
    items={X1: "removed", X2: "removed", X3: "restricted", X4: "not_found"},
)

case(
    name="tg-gmail-threaded-reply",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 02:14:51 +0900",
    subject=f"Re: {R3} - request to remove content",
    reply_to_req=req_mid(R3),
    body=f"""
Hello,

Thank you for the report.

The messages at {T1} and
{T2} have been taken down.

We could not find anything at {T3} - the link does not
lead to an existing message.

Telegram Abuse Team

On Mon, 9 Sep 2024 at 11:02, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
>
> Under request {R3} we ask you to remove the following content:
> {T1}
> {T2}
> {T3}
>
> Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply on top of a Gmail-quoted request",
    why="two 'taken down' and one 'does not lead to an existing message' above the quote",
    items={T1: "removed", T2: "removed", T3: "not_found"},
)

case(
    name="tg-bare-url-status-below",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Fri, 13 Sep 2024 21:40:07 +0900",
    subject=f"Case #1048832 - {R3}",
    reply_to_req=req_mid(R3),
    body=f"""
Case #1048832 - results

{T1}
Status: blocked for all users

{T2}
Status: no violation found, the message remains available

{T3}
Status: blocked for all users

Telegram Moderation
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram case-numbered moderation result, bare URL with 'Status:' line below",
    why="each bare URL followed by its status line",
    items={T1: "removed", T2: "rejected", T3: "removed"},
)

case(
    name="tg-reply-to-reminder-two-of-three",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 20 Sep 2024 03:22:10 +0900",
    subject=f"Re: Reminder: {R3} overdue",
    extra_headers=[f"In-Reply-To: <reminder.{R3}.1@kcsc.example>",
                   f"References: <{req_mid(R3)}@kcsc.example> <reminder.{R3}.1@kcsc.example>"],
    body=f"""
Hi,

both messages below were deleted on 12 September:
{T1}
{T2}

Regards,
Telegram Abuse Team

On Thu, 19 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Reminder: request {R3} is overdue. Still online:
>
> {T1}
> {T2}
> {T3}
""",
    outcome="applied", classification="confirmation",
    imitates="short abuse-desk reply to our reminder, Gmail quote below",
    why="two URLs named above the quote as deleted; the third appears only in our quoted reminder",
    items={T1: "removed", T2: "removed", T3: "pending"},
)

case(
    name="naver-jira-subdomain-korean", enc_subject=True,
    **{"from": "noreply@jira.navercorp.com"}, name_from="NAVER 고객지원 (Jira)",
    date="Fri, 13 Sep 2024 18:02:44 +0900",
    subject=f"[SAFE-22914] 게시중단 요청({R4}) 처리 결과 안내",
    reply_to_req=req_mid(R4),
    body=f"""
SAFE-22914 요청의 상태가 '처리 완료'로 변경되었습니다.

------------------------------------------------------------
담당자 의견 (네이버 게시물 신고센터, 2024-09-13 18:01)

안녕하세요, 네이버 게시물 신고센터입니다.
요청하신 게시물에 대하여 아래와 같이 조치하였습니다.

- {N1} : 삭제
- {N2} : 임시조치(30일)
- {N5} : 게시중단

나머지 2건은 추가 검토 후 별도로 회신드리겠습니다.
------------------------------------------------------------

이 메시지는 Jira Service Management에서 자동으로 보내졌습니다.
요청 보기: https://jira.navercorp.com/servicedesk/customer/portal/7/SAFE-22914
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management customer notification ('status changed to resolved' + agent comment), NAVER report centre",
    why="trusted subdomain of navercorp.com; 삭제 / 임시조치 / 게시중단 per URL; portal link is not an item",
    items={N1: "removed", N2: "restricted", N5: "removed"},
)

case(
    name="naver-korean-particles",
    **{"from": "cafe_safe@navercorp.com"}, name_from="네이버 카페 고객센터",
    date="Sat, 14 Sep 2024 10:26:19 +0900",
    subject=f"RE: {R4} 카페 게시물 관련 회신",
    reply_to_req=req_mid(R4),
    body=f"""
안녕하세요. 네이버 카페 고객센터입니다.

{R4} 관련하여 회신드립니다.

{N3}은 작성자가 직접 삭제하여 현재 존재하지 않는 게시물입니다.
{N4}는 카페 운영정책 위반으로 블라인드 처리하였습니다（처리일: 9월 13일）.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe customer-centre reply in Korean prose, URLs followed directly by particles",
    why="author-deleted post -> not_found; 블라인드 -> removed; particles 은/는 stuck to the URLs",
    items={N3: "not_found", N4: "removed"},
)

html_nv = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>요청번호 {R4} 시정요구에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>순번</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td>2024-09-12</td></tr>
<tr><td>2</td><td>{N2}</td><td>비공개 처리</td><td>2024-09-12</td></tr>
<tr><td>3</td><td>{N4}</td><td>위반 사항 없음(게시 유지)</td><td>-</td></tr>
<tr><td>4</td><td>{N5.replace("&", "&amp;")}</td><td>삭제</td><td>2024-09-13</td></tr>
</table>
<p>문의사항은 본 메일에 회신해 주시기 바랍니다.<br>NAVER 정책지원팀</p>
</body></html>
"""
case(
    name="naver-html-table-siljeong-result",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Fri, 13 Sep 2024 16:44:00 +0900",
    subject=f"[회신] 시정요구 조치결과 ({R4})",
    reply_to_req=req_mid(R4),
    raw_mime=multipart("alternative", "nv-4bd1-result", [
        part("text/plain; charset=utf-8",
             f"요청번호 {R4} 조치 결과는 HTML 본문의 표를 확인해 주십시오.\n", "base64"),
        part("text/html; charset=utf-8", html_nv, "quoted-printable"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table returned by a portal's policy team (HTML, multipart/alternative)",
    why="table rows: 삭제, 비공개 처리, 위반 사항 없음(게시 유지), 삭제; the plain part only points at the table",
    items={N1: "removed", N2: "removed", N4: "rejected", N5: "removed"},
)

case(
    name="naver-outlook-partial-korean",
    **{"from": "hyejin.oh@navercorp.com"}, name_from="오혜진",
    date="Thu, 12 Sep 2024 17:31:02 +0900",
    subject=f"RE: [{R4}] 게시물 게시중단 요청",
    reply_to_req=req_mid(R4),
    body=f"""
안녕하세요, 네이버 오혜진입니다.

요청하신 5건 중 아래 2건은 삭제 조치를 완료하였습니다.
{N1}
{N2}

나머지 3건은 법무 검토 중이며, 결과가 나오는 대로 안내드리겠습니다.

감사합니다.
오혜진 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 3:30 PM
To: policy@navercorp.com
Subject: [{R4}] 게시물 게시중단 요청

아래 게시물에 대하여 게시중단을 요청드립니다.

1. {N1}
2. {N2}
3. {N3}
4. {N4}
5. {N5}

방송통신심의위원회
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted Korean partial answer over our own request (-----Original Message-----)",
    why="two URLs named as 삭제 완료 above the quote; three under review; our request below is quoted",
    items={N1: "removed", N2: "removed", N3: "pending", N4: "pending", N5: "pending"},
)

case(
    name="kakao-freshdesk-qp-korean", enc_subject=True,
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Tue, 17 Sep 2024 10:05:18 +0900",
    subject=f"[#8812043] 게시물 조치 결과 안내 ({R5})",
    reply_to_req=req_mid(R5),
    raw_mime=single("text/plain", f"""안녕하세요, 카카오 고객센터입니다.

문의번호 #8812043 ({R5})에 대한 처리 결과를 안내드립니다.

{K1_RAW}
→ 게시중단 처리

{K2}
→ 임시조치(30일)

{K3}
→ 해당 게시글을 찾을 수 없습니다 (존재하지 않는 주소)

추가 문의는 이 메일에 회신해 주세요.
카카오 고객센터 드림
""", "quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style Kakao customer-centre result, quoted-printable Korean, arrows below each URL",
    why="raw Korean Tistory path matches the percent-encoded item; 게시중단 / 임시조치 / 찾을 수 없습니다",
    items={K1: "removed", K2: "restricted", K3: "not_found"},
)

case(
    name="kakao-wrapped-angle-bracket-url",
    **{"from": "tistory-safe@kakaocorp.com"}, name_from="티스토리 운영팀",
    date="Wed, 18 Sep 2024 14:40:37 +0900",
    subject=f"Re: {R5} 티스토리 게시글 신고 건",
    reply_to_req=req_mid(R5),
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

신고하신 게시글
<https://byeolbit.tistory.com/entry/%EC%98%A4%EB%8A%98%EC%9D%98-%EC%B6%94%EC%B2%9C-
%EC%A2%85%EB%AA%A9>
은 운영정책 위반으로 게시중단 처리되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory team reply whose long percent-encoded URL is wrapped inside angle brackets",
    why="the angle-bracketed URL wrapped over two lines is one item; 게시중단 -> removed",
    items={K1: "removed"},
)

case(
    name="kakao-daum-operator-delete", enc_subject=True,
    **{"from": "cafe-help@daum.net"}, name_from="Daum 카페 고객센터",
    date="Mon, 16 Sep 2024 11:19:55 +0900",
    subject=f"[Daum 카페] 신고 처리 결과 ({R5})",
    reply_to_req=req_mid(R5),
    body=f"""
안녕하세요. Daum 카페 고객센터입니다.

신고하신 게시글의 처리 결과를 알려드립니다.

■ {K3}
  운영자 삭제 처리되었습니다.

■ {K2}
  이미 작성자에 의해 삭제된 게시글입니다.

Daum 카페 이용에 감사드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe report-result notice with square bullets",
    why="운영자 삭제 -> removed; already deleted by its author -> not_found",
    items={K3: "removed", K2: "not_found"},
)

case(
    name="tiktok-solved-ticket-prose",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Support",
    date="Mon, 23 Sep 2024 09:12:30 +0900",
    subject=f"Your ticket has been resolved [#5520178] - {R6}",
    reply_to_req=req_mid(R6),
    body=f"""
Hi there,

Thank you for your report. We removed the video
{TT1} for violating our Community Guidelines on
regulated goods.

The second video, {TT2}, is no longer available in
South Korea: we restricted it there based on local law.

Your ticket [#5520178] has been marked as resolved. If you have more
questions, reply to this email and the ticket will reopen.

TikTok Support
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok support ticket 'resolved' email with prose outcome",
    why="removed globally; restricted in Korea",
    items={TT1: "removed", TT2: "restricted"},
)

case(
    name="tiktok-statement-of-reasons-style",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    date="Tue, 24 Sep 2024 22:01:45 +0900",
    subject=f"Decision on your report (ticket #5520178, {R6})",
    reply_to_req=req_mid(R6),
    body=f"""
Decision notice

Content: {TT1}
Decision: Removal of the content
Territorial scope: Worldwide
Ground: Incompatible with our Community Guidelines (regulated goods and services)
Automated means: No

Content: {TT2}
Decision: No restriction imposed
Ground: After review, the content was found not to violate our Community
Guidelines or the law you cited. It remains available.

You may seek redress through our appeals process:
https://www.tiktok.com/legal/page/global/appeals-guide/en
""",
    outcome="applied", classification="confirmation",
    imitates="DSA statement-of-reasons style decision notice (field per line)",
    why="Decision fields per content URL: removal worldwide, no restriction; appeals link is not an item",
    items={TT1: "removed", TT2: "rejected"},
)

html_tt = f"""<!DOCTYPE html><html><body>
<div style="font-family:Helvetica,Arial">
<p><b>Update on your ticket #5520178</b></p>
<p>Request: {R6}</p>
<table style="border-collapse:collapse" border="1">
<tr><td>{TT1}</td><td>Removed</td></tr>
<tr><td>{TT2}</td><td>Removed</td></tr>
</table>
<p>Thanks for helping keep TikTok safe.</p>
</div></body></html>
"""
case(
    name="tiktok-base64-html-table",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Support",
    date="Wed, 25 Sep 2024 08:55:00 +0900",
    subject="Update on your ticket #5520178",
    reply_to_req=req_mid(R6),
    raw_mime=single("text/html", html_tt, "base64"),
    outcome="applied", classification="confirmation",
    imitates="ticket update as a base64-encoded HTML table",
    why="both rows say Removed",
    items={TT1: "removed", TT2: "removed"},
)

# ===================== review =============================================

case(
    name="yt-promise-will-remove",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 12:40:10 +0900",
    subject=f"[#48213577] Re: {R1} request to remove content",
    reply_to_req=req_mid(R1),
    body=f"""
Hello,

Thanks for your patience. Our team has confirmed that the videos
{Y1} and {Y2}
will be removed within the next 24 hours. We will let you know once this
is done.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="agent reply promising a removal ('will be removed within 24 hours')",
    why="a promise, not a statement of a removal: items stay pending",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="x-hedge-appears-deleted",
    **{"from": "legal-kr@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 10:10:10 +0900",
    subject=f"Re: {R2} [Conversation #771204]",
    reply_to_req=req_mid(R2),
    body=f"""
Hello,

It appears that {X4} may already have been deleted by
the account holder; we are unable to verify this at the moment. We will
come back to you on the other posts.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="agent reply with a hedge ('it appears ... may already have been deleted')",
    why="hedged and unverified: no statement",
    items={X4: "pending"},
)

case(
    name="naver-bulk-all-five",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Fri, 13 Sep 2024 09:00:31 +0900",
    subject=f"RE: [{R4}] 게시물 게시중단 요청",
    reply_to_req=req_mid(R4),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

{R4} 요청 건의 게시물 5건 모두 삭제 조치하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean one-line '요청 건 모두 삭제 조치' reply to a five-item request",
    why="a statement about all five items without naming any: bulk, items pending",
    items={u: "pending" for u in NV},
)

case(
    name="yt-bulk-all-actioned",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 07:30:00 +0900",
    subject=f"[#48213577] Closing your notice {R1}",
    reply_to_req=req_mid(R1),
    body=f"""
Hello,

All of the content listed in your notice {R1} has been actioned under our
policies. We are closing this ticket.

YouTube Legal Support
""",
    outcome="review", review="bulk",
    imitates="ticket-closing email stating every reported URL was actioned without listing them",
    why="'All of the content ... has been actioned' for a 12-item request names no item: bulk",
    items={u: "pending" for u in YT},
)

case(
    name="tg-auth-fail-forged",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", auth="fail",
    date="Wed, 11 Sep 2024 23:58:02 +0900",
    subject=f"Re: {R3} - request to remove content",
    reply_to_req=req_mid(R3),
    body=f"""
Hello,

{T1} has been removed.

Telegram Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="short abuse-desk reply whose DKIM/SPF/DMARC fail (forged or broken relay)",
    why="telegram.org domain but authentication fails",
    items={T1: "pending"},
)

case(
    name="kakao-zendesk-hosted-domain",
    **{"from": "support@kakaohelp.zendesk.com"}, name_from="Kakao Help",
    date="Tue, 17 Sep 2024 13:45:12 +0900",
    subject=f"[Kakao Help] #30921 {R5} 처리 결과",
    reply_to_req=req_mid(R5),
    body=f"""
##- 이 줄 위에 답장을 작성해 주세요 -##

요청 #30921 이(가) 해결됨 상태로 변경되었습니다.

{K2} 게시글은 임시조치 완료되었습니다.

Kakao Help
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk-hosted help desk sending from its zendesk.com subdomain instead of the platform's domain",
    why="zendesk.com is not a configured sender domain of any platform",
    items={K2: "pending"},
)

case(
    name="kakao-says-naver-post-gone",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 15:10:00 +0900",
    subject="[#8810977] 문의 답변",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

문의하신 {N1} 은(는) 카카오 서비스가 아닌
네이버 블로그 게시물이므로 당사에서 조치할 수 없습니다.
참고로 현재 해당 주소는 삭제된 게시물로 확인됩니다.

카카오 고객센터 드림
""",
    outcome="review", review="wrong_platform",
    imitates="'not our service' customer-centre reply that also remarks on another portal's post",
    why="Kakao states the status of a NAVER item",
    items={N1: "pending"},
)

case(
    name="yt-asks-more-info",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 16:16:16 +0900",
    subject=f"[#48213577] Additional information needed - {R1}",
    reply_to_req=req_mid(R1),
    body=f"""
##- Please type your reply above this line -##

Your request (48213577) is awaiting your reply.

Hello,

Before we can act on the following videos, we need more information:

{Y10}
{Y11}

Please send us the timestamps at which the content appears and the
specific legal provision you consider violated. Once we receive this, we
will continue our review.

YouTube Legal Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Zendesk 'awaiting your reply' (Pending) request for timestamps and legal basis",
    why="asks for timestamps and the legal provision; nothing decided",
    items={Y10: "pending", Y11: "pending"},
)

case(
    name="tiktok-in-progress-status",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Support",
    date="Fri, 20 Sep 2024 10:03:41 +0900",
    subject="Your ticket status changed: In progress [#5520178]",
    reply_to_req=req_mid(R6),
    body=f"""
Hi there,

The status of your ticket [#5520178] has changed to: In progress.

Our team is currently reviewing the following content:
{TT1}
{TT2}

We will notify you when a decision has been made.

TikTok Support
""",
    outcome="review", review="not_understood",
    imitates="ticket-system status-change notification ('In progress') listing the reported URLs",
    why="names both requested items but only says they are under review",
    items={TT1: "pending", TT2: "pending"},
)

case(
    name="x-ticket-closed-inactivity",
    **{"from": "noreply@x.com"}, name_from="X Support",
    date="Fri, 27 Sep 2024 04:00:00 +0900",
    subject="Your support ticket has been closed",
    body="""
Hello,

We haven't heard back from you in 7 days, so your support ticket has been
closed. If you still need help, you can open a new request at any time
through our Help Center.

X Support
https://help.x.com/forms
""",
    outcome="review", review="no_claims",
    imitates="helpdesk auto-close-for-inactivity notice",
    why="trusted X mail with no item, no request reference",
    items={},
)

case(
    name="x-zendesk-two-comments-conflict",
    **{"from": "legal-kr@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 18:20:09 +0900",
    subject=f"[X Legal] Re: {R2} (#0915-ABX-77)",
    reply_to_req=req_mid(R2),
    body=f"""
##- Please type your reply above this line -##

Jun (X Legal)
Sep 12, 2024, 18:19 GMT+9

Hello,

{X2} has not been removed. On a second review we found
that it does not break the X Rules, so it remains available.

--------------------------------

Sora (X Legal)
Sep 12, 2024, 10:02 GMT+9

Hello,

{X2} has been removed.

--------------------------------
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk notification showing two agents' comments that disagree about the same post",
    # Amended by the lead after the first run (which counted this case's
    # application as false): the writer expected a conflict, but the
    # project's rule for ticket histories (docs/reader.md: the platform's
    # older comments are kept unless a newer one names their item again)
    # reads the newest comment, which names the post again and says it
    # stays up after a second review, as the platform's word now.
    why="the newest comment (18:19) names the post again and says that after a second review it stays up; the older comment's 'has been removed' is history (amended after the first run; the writer expected conflicting_statements)",
    items={X2: "rejected"},
)

case(
    name="naver-forwards-cafe-manager",
    **{"from": "cafe_safe@navercorp.com"}, name_from="네이버 카페 고객센터",
    date="Mon, 16 Sep 2024 10:50:00 +0900",
    subject=f"FW: {R4} 카페 게시물 관련",
    reply_to_req=req_mid(R4),
    body=f"""
안녕하세요, 네이버 카페 고객센터입니다.
해당 카페 매니저의 답변을 아래와 같이 전달드립니다.

---------- Forwarded message ---------
보낸사람: 주식빵 카페매니저 <jooshik_mgr@naver.com>
Date: 2024년 9월 15일 (일) 오후 9:12
Subject: Re: 게시물 조치 요청
To: 네이버 카페 고객센터 <cafe_safe@navercorp.com>

말씀하신 두 게시글
{N3}
{N4}
모두 운영자 삭제했습니다.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="portal customer centre forwarding a cafe manager's own reply without confirming it",
    why="the only statement is the cafe manager's, forwarded; NAVER itself states nothing",
    items={N3: "pending", N4: "pending"},
)

# ===================== ignored ============================================

case(
    name="yt-zendesk-receipt",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 03 Sep 2024 14:21:30 +0900",
    subject=f"[YouTube Legal] Re: {R1} request to remove content (#48213577)",
    reply_to_req=req_mid(R1),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
##- Please type your reply above this line -##

Your request (48213577) has been received and will be reviewed by our
support staff.

To add additional comments, reply to this email.

This email is a service from YouTube Legal Support.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk default 'request received' auto-reply",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="x-out-of-office",
    **{"from": "dana.kim@x.com"}, name_from="Dana Kim",
    date="Fri, 13 Sep 2024 09:00:40 +0900",
    subject=f"Automatic reply: Reminder: {R2} - removal request overdue",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                   f"In-Reply-To: <reminder.{R2}.1@kcsc.example>"],
    body="""
Thank you for your message. I am out of the office until 23 September with
limited access to email. For urgent legal requests, please write to
legal@x.com.

Dana
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office to our reminder",
    why="out-of-office auto-reply",
    items={},
)

dsn_report = f"""Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 11 Sep 2024 09:00:02 +0900

Final-Recipient: rfc822; legal-kr@google.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; aspmx.l.google.com
Diagnostic-Code: smtp; 552-5.2.2 The recipient's inbox is out of storage space.
"""
dsn_orig = f"""Date: Wed, 11 Sep 2024 09:00:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@google.com
Subject: Reminder: {R1} - removal request overdue
Message-ID: <reminder.{R1}.1@kcsc.example>

Our request {R1} is overdue. Still online:
{Y10}
{Y11}
"""
case(
    name="dsn-reminder-to-youtube",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    date="Wed, 11 Sep 2024 09:00:05 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report", "DSN.4Y7ab.1726012805", [
        part("text/plain; charset=us-ascii", """This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@google.com>: host aspmx.l.google.com said: 552-5.2.2 The
    recipient's inbox is out of storage space.
""", "7bit"),
        part("message/delivery-status", dsn_report, "7bit"),
        part("message/rfc822", dsn_orig, "8bit"),
    ], extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning our reminder (multipart/report with the original attached)",
    why="bounce; the URLs are in our own returned reminder",
    items={Y10: "pending", Y11: "pending"},
)

mdn = f"""Reporting-UA: mail.navercorp.com; NAVER Works Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <{req_mid(R4)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
"""
case(
    name="naver-read-receipt", enc_subject=True,
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Wed, 11 Sep 2024 16:02:11 +0900",
    subject=f"읽음 확인: [{R4}] 게시물 게시중단 요청",
    raw_mime=multipart("report", "mdn-nv-20240911", [
        part("text/plain; charset=utf-8",
             f"보내신 메일 \"[{R4}] 게시물 게시중단 요청\"을(를) 수신자가 2024-09-11 16:02에 읽었습니다.\n"),
        part("message/disposition-notification", mdn, "7bit"),
    ], extra="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN, multipart/report disposition-notification)",
    why="read receipt",
    items={},
)

case(
    name="kakao-freshdesk-ack-korean",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 09:41:20 +0900",
    subject=f"[#8812043] 문의가 접수되었습니다 ({R5})",
    reply_to_req=req_mid(R5),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다. (문의번호 #8812043)
접수된 순서대로 확인 후 답변드리겠습니다.

※ 본 메일은 발신 전용입니다. 추가 문의는 이 메일에 회신해 주세요.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk-style Korean ticket-received notice",
    why="pure receipt with an inquiry number",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok Support",
    date="Thu, 19 Sep 2024 16:01:09 +0900",
    subject="We've received your request [#5520178]",
    reply_to_req=req_mid(R6),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Hi there,

Thanks for contacting TikTok. We've received your request and created
ticket [#5520178]. Our team will get back to you as soon as possible.

Ticket summary
Subject: {R6} - request to remove content
Status: Open

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-created receipt echoing the subject line",
    why="pure receipt: ticket number, subject, 'we will get back to you'",
    items={},
)

case(
    name="kakao-chuseok-autoreply",
    **{"from": "cs-report@kakaocorp.com"}, name_from="카카오 신고센터",
    date="Tue, 17 Sep 2024 00:00:12 +0900",
    subject=f"[자동응답] 추석 연휴 휴무 안내 (Re: {R5})",
    reply_to_req=req_mid(R5),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
안녕하세요, 카카오 신고센터입니다.

추석 연휴(9월 16일 ~ 9월 18일) 기간에는 신고 처리 업무를 쉽니다.
보내주신 메일은 9월 19일부터 순차적으로 확인하겠습니다.

※ 본 메일은 자동으로 발송되었습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday (Chuseok) closure auto-reply",
    why="holiday auto-reply",
    items={},
)

HEADER = """# blind578: ticket systems and threads (receipts, solved tickets, follow-ups,
# replies to reminders, partial answers, forwarded mail). Written from each
# email's meaning alone, before the reader was run on it. Generated by make.py.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind578", HEADER, CASES)
