#!/usr/bin/env python3
"""Blind corpus set 272: ticket systems and threads.

Zendesk/Freshdesk/Jira/HelpScout-style receipts and results, solved tickets,
follow-ups in the same thread, replies to our reminders, partial answers and
forwarded mail. Every email is written in our own sentences; all names, URLs
and ids are fictional. The expected results were written from each email's
meaning before any run of the reader.

    python3 tests/corpus/blind272/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import os
import quopri
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "kakao.com": "Kakao",
    "daum.net": "Daum",
    "discord.com": "Discord",
})

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240904-03", "KCSC-240905-04",
    "KCSC-240906-05", "KCSC-240909-06", "KCSC-240910-07",
)
Y = [
    "https://www.youtube.com/watch?v=Qm4rT8vLx2A",   # Y1
    "https://www.youtube.com/watch?v=bN7kP0zWc3E",   # Y2
    "https://www.youtube.com/watch?v=Hs2dJ9fYu5K",   # Y3
    "https://www.youtube.com/watch?v=tR6mW1qAe8N",   # Y4
    "https://www.youtube.com/watch?v=Lp3xV7cZo0D",   # Y5
    "https://www.youtube.com/watch?v=wE9gB4nKs6T",   # Y6
    "https://www.youtube.com/shorts/Jk5uF2hRm1Q",    # Y7
    "https://www.youtube.com/shorts/Zc8oP6yTn4W",    # Y8
    "https://www.youtube.com/@bettingking_live7",    # Y9
    "https://www.youtube.com/watch?v=aD1sG5lXv9M",   # Y10
    "https://www.youtube.com/watch?v=Ux7eC3qJb2F",   # Y11
    "https://www.youtube.com/@fastwin_slotroom",     # Y12
]
Y1, Y2, Y3, Y4, Y5, Y6, Y7, Y8, Y9, Y10, Y11, Y12 = Y
X1 = "https://x.com/ice_courier_kr/status/1830412755001122301"
X2 = "https://x.com/ice_courier_kr/status/1830419981230044802"
X3 = "https://x.com/seoul_candy_dm/status/1830501277340098815"
X4 = "https://x.com/seoul_candy_dm"
X5 = "https://x.com/mint_leak_0917/status/1832998120455670921"
X6 = "https://x.com/mint_leak_0917/status/1833004471209386017"
T1 = "https://t.me/velvet_room_kr"
T2 = "https://t.me/velvet_room_kr/214"
T3 = "https://t.me/nightswap_archive/88"
N1 = "https://blog.naver.com/moonlit_fox22/223561004417"
N2 = "https://cafe.naver.com/dalbitclub/18842"
N3 = "https://cafe.naver.com/dalbitclub/18907"
N4 = "https://blog.naver.com/greenpier_77/223558812006"
N5 = "https://blog.naver.com/greenpier_77/223560017745"
K1 = "https://foxnote.tistory.com/entry/%EC%9C%A0%EC%B6%9C-%EC%98%81%EC%83%81-%EB%AA%A8%EC%9D%8C"
K1_RAW = "https://foxnote.tistory.com/entry/유출-영상-모음"
K2 = "https://cafe.daum.net/greyharbor/Kx7b/1532"
K3 = "https://open.kakao.com/o/gZt8QxLb"
D1 = "https://discord.gg/k7TmVq2R"

REQUESTS = [
    (R1, "youtube", "2024-09-02T15:00:00+09:00", "2024-09-09T23:59:59+09:00", Y,
     "illegal-gambling-ads", "12 videos, shorts and channels advertising illegal online casinos"),
    (R2, "x", "2024-09-03T11:20:00+09:00", "2024-09-10T23:59:59+09:00", [X1, X2, X3, X4],
     "drug-sales", "posts and an account offering methamphetamine delivery"),
    (R3, "telegram", "2024-09-04T16:05:00+09:00", "2024-09-11T23:59:59+09:00", [T1, T2, T3],
     "deepfake-sexual-abuse", "channel and posts sharing synthetic sexual images"),
    (R4, "naver", "2024-09-05T10:30:00+09:00", "2024-09-12T23:59:59+09:00", [N1, N2, N3, N4, N5],
     "privacy-infringement", "blog and cafe posts exposing a private person's identity"),
    (R5, "kakao", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00", [K1, K2, K3],
     "non-consensual-imagery", "Tistory post, Daum cafe post and open chat room"),
    (R6, "discord", "2024-09-09T09:45:00+09:00", "2024-09-16T23:59:59+09:00", [D1],
     "deepfake-sexual-abuse", "server invite for a synthetic-image trading server"),
    (R7, "x", "2024-09-10T17:10:00+09:00", "2024-09-17T23:59:59+09:00", [X5, X6],
     "non-consensual-imagery", "two posts leaking private photos"),
]


def msgid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, f"{msgid(ref)}@kcsc.example", note])


def our_request_quoted(ref, urls, prefix="> ", sent="Mon, Sep 2, 2024 at 3:00 PM"):
    """Our own request email as a Gmail-style quote."""
    body = [f"On {sent} KCSC Takedown <takedown@kcsc.example> wrote:",
            f"{prefix}Dear Trust and Safety team,",
            prefix.rstrip(),
            f"{prefix}Under reference {ref} the Korea Communications Standards Commission",
            f"{prefix}asks you to remove or block access to the following content:",
            prefix.rstrip()]
    for i, u in enumerate(urls, 1):
        body.append(f"{prefix}{i}. {u}")
    body += [prefix.rstrip(), f"{prefix}Please tell us the action taken for each URL.", prefix.rstrip(),
             f"{prefix}KCSC Takedown desk"]
    return "\n".join(body)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


CASES = []


def case(**kw):
    name = kw.get("name_from", "")
    if not name.isascii():
        # Display names in real mail are RFC 2047 encoded.
        kw["name_from"] = "=?UTF-8?B?" + base64.b64encode(name.encode("utf-8")).decode("ascii") + "?="
    CASES.append(kw)


# ================================================================ APPLIED

case(
    name="yt-zendesk-solved-bullets",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 10:41:07 +0900",
    subject=f"[YouTube Legal Support] Re: {R1} Removal request - gambling advertising (#5512093)",
    reply_to_req=msgid(R1),
    body=f"""
##- Please type your reply above this line -##

Your request (#5512093) has been solved. To reopen it, simply reply to this email.

Min-ji Hwang (YouTube Legal Support)
Sep 12, 2024, 10:41 GMT+9

Hello,

Thank you for your patience. We have finished reviewing the first five URLs of
your notice {R1}. The outcome for each of them is as follows:

* {Y1} - removed for violating our Community Guidelines on gambling content.
* {Y2} - removed for violating our Community Guidelines on gambling content.
* {Y3} - access to this video has been restricted in South Korea on the basis of local law.
* {Y4} - after careful review we did not find that this video violates our policies or local law, so it remains available.
* {Y5} - no video exists under this ID; please check the link for typing errors.

The remaining URLs of your notice are tracked under a separate ticket.

Kind regards,
Min-ji
YouTube Legal Support

--------------------------------
This email is a service from YouTube Legal Support.
[PZ8K1E-QL4R0]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'your request has been solved' notification carrying a legal-support agent's per-URL outcome list",
    why="solved ticket with one unhedged outcome per named URL: two removals, a Korea-only restriction, a refusal and a non-existent ID",
    items={Y1: "removed", Y2: "removed", Y3: "restricted", Y4: "rejected", Y5: "not_found"},
)

case(
    name="yt-followup-quotes-earlier-update",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 09:12:44 +0900",
    subject=f"Re: [YouTube Legal Support] {R1} Removal request - gambling advertising (#5512094)",
    reply_to_req=msgid(R1),
    body=f"""
Hello again,

Following up on the remaining items of {R1}:

- {Y6} has been removed (spam, deceptive practices and scams policy).
- {Y7} has been removed.
- {Y8} has been age-restricted; it is no longer shown to signed-out viewers or viewers under 18.
- The channel {Y9} has been terminated for repeated violations of our policies.

The last three URLs are still being looked at by our legal team.

Best regards,
Min-ji
YouTube Legal Support

On Thu, Sep 12, 2024 at 10:41 AM YouTube Legal Support <legal-support@youtube.com> wrote:
> Hello,
>
> Thank you for your patience. We have finished reviewing the first five URLs.
>
> * {Y1} - removed
> * {Y2} - removed
> * {Y3} - restricted in South Korea
> * {Y4} - remains available
> * {Y5} - no video exists under this ID
""",
    outcome="applied", classification="confirmation",
    imitates="agent follow-up in the same Zendesk thread, replying above the quoted earlier update",
    why="four new outcomes above the fold; the earlier update is only quoted with '>' and changes nothing on a fresh ledger",
    items={Y6: "removed", Y7: "removed", Y8: "restricted", Y9: "removed",
           Y1: "pending", Y4: "pending", Y5: "pending"},
)

HTML_TABLE_YT = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC Takedown team,</p>
<p>Please find below our decision on the last three URLs of notice <b>{R1}</b> (ticket #5512094).</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Reported URL</th><th>Action taken</th><th>Reason</th></tr>
<tr><td>10</td><td><a href="{Y10}">{Y10}</a></td><td>Removed</td><td>Community Guidelines: gambling</td></tr>
<tr><td>11</td><td><a href="{Y11}">{Y11}</a></td><td>Blocked in South Korea</td><td>Local law (Game Industry Promotion Act)</td></tr>
<tr><td>12</td><td><a href="{Y12}">{Y12}</a></td><td>No action</td><td>No violation of our policies or of local law found</td></tr>
</table>
<p>This ticket is now marked as solved. Reply to this email if you need anything else.</p>
<p>YouTube Legal Support<br><span style="color:#888">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</span></p>
</body></html>"""

PLAIN_TABLE_YT = f"""Dear KCSC Takedown team,

Please find below our decision on the last three URLs of notice {R1} (ticket #5512094).

10  {Y10}  Removed  (Community Guidelines: gambling)
11  {Y11}  Blocked in South Korea  (Local law)
12  {Y12}  No action  (no violation of our policies or of local law found)

This ticket is now marked as solved.

YouTube Legal Support
"""

case(
    name="yt-html-table-solved",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 16:02:19 +0900",
    subject=f"[YouTube Legal Support] Solved: {R1} (#5512094)",
    reply_to_req=msgid(R1),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="zd-alt-5512094"

--zd-alt-5512094
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{PLAIN_TABLE_YT}
--zd-alt-5512094
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{HTML_TABLE_YT}
--zd-alt-5512094--
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk HTML notification with a results table (plain-text alternative alongside)",
    why="table rows state removed, blocked in Korea and no action for lack of violation",
    items={Y10: "removed", Y11: "restricted", Y12: "rejected"},
)

CSV_YT = f"""url,action_taken,notes
{Y4},Removed,Community Guidelines - spam and deceptive practices
{Y5},Not found,Video ID does not exist
{Y6},No action,Does not violate our policies or local law
{Y1},Removed,Community Guidelines - gambling
"""

case(
    name="yt-csv-attachment-results",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 11:30:00 +0900",
    subject=f"Re: {R1} - outcome of review (#5512093)",
    reply_to_req=msgid(R1),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="fd-mixed-77120"

--fd-mixed-77120
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

The outcome for the URLs we have finished reviewing under your notice
{R1} is in the attached CSV file, one row per URL.

Regards,
YouTube Legal Support
Ticket #5512093

--fd-mixed-77120
Content-Type: text/csv; charset=utf-8; name="{R1}_outcome.csv"
Content-Disposition: attachment; filename="{R1}_outcome.csv"
Content-Transfer-Encoding: base64

{b64(CSV_YT)}
--fd-mixed-77120--
""",
    outcome="applied", classification="confirmation",
    imitates="ticket reply whose outcome is a CSV export attached to the ticket",
    why="the CSV gives one action per URL: two removals, a not-found ID and a no-action for lack of violation",
    items={Y4: "removed", Y5: "not_found", Y6: "rejected", Y1: "removed"},
)

OUTLOOK_QP = f"""Hello,

Following our call this morning: the short {Y7} has been removed from YouTube. The short {Y8} is now blocked for viewers in Korea under local law; it remains visible in other countries.

Kind regards,
Daniel Ortega
Legal Removals, Google

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 3:00 PM
To: legal-kr@google.com
Subject: {R1} Request for removal of illegal gambling advertising on YouTube

Dear YouTube Legal team,

Under reference {R1} we ask you to remove or block access to the following content, which advertises unlicensed online casinos to users in Korea:

""" + "\n".join(f"{i}. {u}" for i, u in enumerate(Y, 1)) + """

Please reply with the action taken for each URL.

KCSC Takedown desk
"""

case(
    name="yt-outlook-qp-top-posted",
    **{"from": "dortega@google.com"}, name_from="Daniel Ortega",
    date="Tue, 17 Sep 2024 02:18:55 +0000",
    subject=f"RE: {R1} Request for removal of illegal gambling advertising on YouTube",
    reply_to_req=msgid(R1),
    extra_headers=["Thread-Topic: KCSC-240902-01 Request for removal of illegal gambling advertising on YouTube",
                   "X-MS-Has-Attach: "],
    raw_mime=f"""Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(OUTLOOK_QP)}""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a Google legal-removals employee, quoted-printable, top-posted over our original request",
    why="two shorts named above the Original Message block: one removed, one blocked in Korea; the quoted request lists all twelve URLs",
    items={Y7: "removed", Y8: "restricted", Y1: "pending", Y12: "pending"},
)

case(
    name="yt-jira-comment-url-then-status",
    **{"from": "jira-noreply@google.com"}, name_from="Hae-won Park (Jira)",
    date="Thu, 19 Sep 2024 14:55:31 +0900",
    subject=f"[JIRA] (LGLKR-4471) {R1} gambling ads - batch 2",
    extra_headers=["Auto-Submitted: auto-generated", "X-JIRA-FingerPrint: 6b1d0c2e9f"],
    body=f"""
—-—-—-—-—
Reply above this line.

Hae-won Park commented:

Status per URL for {R1} (batch 2):

{Y10}
Status: Removed (Community Guidelines)

{Y11}
Status: Removed (Community Guidelines)

{Y2}
Status: Not found - the video ID does not exist on YouTube

Hae-won Park changed the status to Resolved.

View request · Turn off this request's notifications

This is shared with KCSC Takedown.

Powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management comment notification: bare URL with its status on the next line",
    why="each bare URL is followed by an unhedged status line; the reference is in the subject",
    items={Y10: "removed", Y11: "removed", Y2: "not_found"},
)

case(
    name="yt-gmail-top-post-channels",
    **{"from": "sunheelee@google.com"}, name_from="Sun-hee Lee",
    date="Fri, 20 Sep 2024 08:03:10 +0900",
    subject=f"Re: {R1} Request for removal of illegal gambling advertising on YouTube",
    reply_to_req=msgid(R1),
    body=f"""
Hi,

Quick update on the two channels in your notice. The channel
{Y12} has been terminated.

{Y9} stays up: after review we did not find content on this channel that
violates our policies or Korean law.

Sun-hee

{our_request_quoted(R1, Y)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply from a Google employee over the quoted request",
    why="one channel terminated (URL on the line below its sentence start), the other stays up for lack of violation; quoted request ignored",
    items={Y12: "removed", Y9: "rejected", Y3: "pending"},
)

case(
    name="yt-numbered-parenthetical",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 13:27:00 +0900",
    subject=f"Update on your request {R1} [ref:_00D1x2Kq._5003a9ZL:ref]",
    body=f"""
Dear KCSC,

We have reviewed three of the URLs in your request {R1}:

1. {Y3} (restricted: not viewable from South Korea)
2. {Y4} (removed)
3. {Y5} (not found: no video exists with this ID)

You will receive a separate email for the other URLs.

YouTube Legal Support

ref:_00D1x2Kq._5003a9ZL:ref
""",
    outcome="applied", classification="confirmation",
    imitates="case-management update with a Salesforce-style thread token and a numbered list with outcomes in parentheses",
    why="numbered list, an unhedged outcome in parentheses after each URL",
    items={Y3: "restricted", Y4: "removed", Y5: "not_found"},
)

case(
    name="yt-receipt-plus-statement",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Tue, 03 Sep 2024 09:58:40 +0900",
    subject=f"[YouTube Legal Support] We received your request: {R1} (#5512093)",
    reply_to_req=msgid(R1),
    body=f"""
##- Please type your reply above this line -##

Thank you for contacting YouTube Legal Support. Your notice has been received and
assigned ticket number 5512093.

While logging your notice we noticed that two of the videos had already been
actioned by our Trust & Safety team after earlier user flags:
{Y6} and {Y10} have been removed for violating our Community Guidelines.

The rest of your notice is in our review queue and you will hear from us in this
ticket.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request received' receipt to which the agent added an outcome for two videos",
    why="an acknowledgement phrase plus an unhedged removal of two named videos is a confirmation, not a receipt",
    items={Y6: "removed", Y10: "removed"},
)

case(
    name="x-freshdesk-resolved",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Wed, 11 Sep 2024 18:44:02 +0000",
    subject=f"Ticket #0423117 has been resolved - {R2} Drug sale posts",
    reply_to_req=msgid(R2),
    body=f"""
Hi KCSC Takedown,

Your ticket "{R2} - Drug sale posts" has been resolved. Our response:

 - {X1} : withheld in KR
 - {X2} : withheld in KR
 - {X3} : removed for violating the X Rules
 - {X4} : account permanently suspended

Withheld posts remain visible to people outside the Republic of Korea.
More about country withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

If you think this ticket was resolved in error, reply to this email to reopen it.

X Support
Ticket #0423117
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket has been resolved' notification carrying an X legal agent's per-URL answer",
    why="two posts withheld in Korea, one removed, the account suspended (made unavailable); the help link is no item",
    items={X1: "restricted", X2: "restricted", X3: "removed", X4: "removed"},
)

case(
    name="x-reply-to-reminder",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 17 Sep 2024 03:15:27 +0000",
    subject=f"Re: [Reminder] {R2}: response overdue",
    extra_headers=[f"In-Reply-To: <reminder.{R2}.1@kcsc.example>"],
    body=f"""
Hello KCSC team, apologies for the delay on this one.

{X3}
Removed - violates our policy on illegal goods and services.

{X4}
Not actioned - we reviewed the account and found no violation of the X Rules
or of Korean law that we could act on.

Best,
X Legal

On Mon, Sep 16, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Reminder: our request {R2} of 3 September 2024 is overdue.
> The following items are still pending:
>
> {X1}
> {X2}
> {X3}
> {X4}
>
> Please tell us the action taken for each.
""",
    outcome="applied", classification="confirmation",
    imitates="reply from a platform legal desk to our reminder, answering above the quoted reminder",
    why="two items answered (removed; not actioned for lack of violation); the quoted reminder lists all four and changes nothing",
    items={X3: "removed", X4: "rejected", X1: "pending", X2: "pending"},
)

case(
    name="x-partial-answer",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 07:40:00 +0000",
    subject=f"Re: {R2} Request to remove posts offering illegal drugs",
    reply_to_req=msgid(R2),
    body=f"""
Hello,

We have completed our review of two of the four items in your request {R2}:

- {X1}: removed for violating our rules against illegal or certain regulated goods.
- {X2}: this post had already been deleted by the account holder before our review.

The other two items ({X3} and {X4}) are still with our specialist team. We will reply
in this thread once that review is finished.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="partial answer from a legal desk: two items decided, two still under review",
    why="one removal, one deleted by its author (not_found); the two 'still with our team' stay pending",
    items={X1: "removed", X2: "not_found", X3: "pending", X4: "pending"},
)

X_B64 = f"""Hello,

Thank you for your report {R7}.

{X5}
We removed this post for violating our policy on sharing private media without consent.

{X6}
The author deleted this post before our team reviewed it, so there was nothing left for us to act on.

Regards,
X Safety
"""

case(
    name="x-base64-body",
    **{"from": "safety-noreply@x.com"}, name_from="X Safety",
    date="Fri, 13 Sep 2024 22:06:41 +0000",
    subject=f"Your report {R7} - update",
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(X_B64)}""",
    outcome="applied", classification="confirmation",
    imitates="base64-encoded plain-text report update from a safety team mailer",
    why="decoded body: one post removed, the other deleted by its author before review",
    items={X5: "removed", X6: "not_found"},
)

case(
    name="x-echoed-report-fields",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Sun, 15 Sep 2024 12:12:12 +0000",
    subject=f"Re: {R2} [Case 0f3c2a91]",
    body=f"""
Thanks for your report. Below is a summary of what you reported and what we did.

Report ID: 0f3c2a91-6d47
Reported by: Korea Communications Standards Commission
Reference: {R2}

Reported content: {X1}
Legal basis cited: Narcotics Control Act, art. 3
Outcome: Withheld in South Korea

Reported content: {X3}
Legal basis cited: Narcotics Control Act, art. 3
Outcome: Removed globally (violation of the X Rules on illegal goods)

You can learn more about how we handle legal requests at https://legal.x.com/en/legal-requests

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="legal-request outcome mail that echoes the reported fields (report id, URL, legal basis) with an outcome per URL",
    why="each echoed URL has its own Outcome line: withheld in Korea, removed globally",
    items={X1: "restricted", X3: "removed"},
)

case(
    name="x-url-below-statement",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 18 Sep 2024 05:31:00 +0000",
    subject=f"Re: {R7} private photos",
    reply_to_req=msgid(R7),
    body=f"""
Hello,

The following post has been withheld in South Korea in response to your request:
{X5}

The following post has been deleted for violating our non-consensual nudity policy:
{X6}

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="legal desk reply where each statement ends with a colon and the URL follows on the next line",
    why="statement on one line, its URL on the next: withheld in Korea, deleted",
    items={X5: "restricted", X6: "removed"},
)

case(
    name="tg-helpscout-reply",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support",
    date="Thu, 12 Sep 2024 21:09:33 +0400",
    subject=f"Re: {R3} [#48817]",
    reply_to_req=msgid(R3),
    body=f"""
Hi,

Thanks for reaching out. Here is what our moderators did:

The channel {T1} was blocked for all users; it can no longer be opened on any platform.
Its post {T2} is no longer available either, as it was part of that channel.

As for {T3}: there is no such message. The channel has no post with that number.

Best,
Oleg
Telegram Support

---
Ticket #48817 · Reply to this email to continue the conversation.
""",
    outcome="applied", classification="confirmation",
    imitates="HelpScout-style ticket reply from a messenger abuse desk",
    why="channel blocked for all users, its post unavailable with it, a third link names no existing message",
    items={T1: "removed", T2: "removed", T3: "not_found"},
)

case(
    name="tg-angle-brackets-case-number",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Mon, 16 Sep 2024 15:40:08 +0400",
    subject=f"Case #7730419 - {R3}",
    body=f"""
Hello,

Regarding Case #7730419 (your reference {R3}):

The message <{T3}> has been taken down.

The channel <{T1}> is still being reviewed by our moderators.

Regards,
Telegram Legal
""",
    outcome="applied", classification="confirmation",
    imitates="messenger DSA-desk reply with a case number and URLs in angle brackets",
    why="one message taken down; the channel 'still being reviewed' stays pending",
    items={T3: "removed", T1: "pending"},
)

case(
    name="naver-text-table-result",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 17:20:00 +0900",
    subject=f"[네이버] 게시중단 요청 처리 결과 안내 ({R4})",
    reply_to_req=msgid(R4),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물({R4})에 대한 처리 결과를 아래와 같이 안내드립니다.

번호 | 게시물 URL | 처리 결과
1 | {N1} | 게시중단
2 | {N2} | 임시조치(30일)
3 | {N3} | 삭제
4 | {N4} | 게시물 없음(작성자 삭제)
5 | {N5} | 조치 불가 (운영정책 위반 사항이 확인되지 않음)

문의번호: 2409-NV-551820
추가 문의는 본 메일에 회신해 주시기 바랍니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 게시중단 요청 처리 결과 안내 with a pipe text table",
    why="게시중단 and 삭제 are removals, 임시조치 a restriction, a post its author deleted is not_found, 조치 불가 for lack of violation a refusal",
    items={N1: "removed", N2: "restricted", N3: "removed", N4: "not_found", N5: "rejected"},
)

case(
    name="naver-followup-over-reminder",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Wed, 18 Sep 2024 10:05:00 +0900",
    subject=f"RE: [독촉] {R4} 처리 결과 회신 요청",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

회신이 늦어 죄송합니다. 요청하신 게시물 중 {N2} 게시물은
추가 검토를 거쳐 블라인드 처리되었습니다.

나머지 게시물은 확인 후 별도로 안내드리겠습니다.

네이버 고객센터 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 9:00 AM
To: policy@navercorp.com
Subject: [독촉] {R4} 처리 결과 회신 요청

{R4} 요청 건의 처리 기한이 지났습니다. 아래 게시물의 처리 결과를 회신해 주십시오.

{N1}
{N2}
{N3}
{N4}
{N5}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal follow-up answering our reminder above the quoted -----Original Message----- block",
    why="one post 블라인드 처리 (removed); the quoted reminder below Original Message lists all five and changes nothing",
    items={N2: "removed", N1: "pending", N5: "pending"},
)

case(
    name="naver-korean-particles",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 14:48:21 +0900",
    subject=f"Re: {R4} 게시물 게시중단 요청",
    reply_to_req=msgid(R4),
    body=f"""
안녕하세요, 네이버입니다.

요청하신 게시물 중 {N3}은 권리침해 신고 절차에 따라 임시조치되었고,
{N1}는 운영정책 위반으로 삭제되었습니다.

나머지 게시물은 검토 중이며 결과가 나오는 대로 다시 알려드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short Korean agent reply with URLs followed directly by Korean particles (은/는)",
    why="URL+은 임시조치 (restricted), URL+는 삭제 (removed); the rest 'under review' stays pending",
    items={N3: "restricted", N1: "removed"},
)

NAVER_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>요청번호 <b>{R4}</b> 게시물에 대한 조치 결과를 알려드립니다.</p>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>게시물 주소</th><th>처리 결과</th><th>처리 일시</th></tr></thead>
<tbody>
<tr><td>{N4}</td><td>삭제</td><td>2024-09-12 16:10</td></tr>
<tr><td>{N5}</td><td>임시조치</td><td>2024-09-12 16:12</td></tr>
<tr><td>{N2}</td><td>검토 중</td><td>-</td></tr>
</tbody></table>
<p>감사합니다.<br>네이버 고객센터</p>
<p style="font-size:11px;color:#999">본 메일은 발신 전용입니다. 운영정책 안내: <a href="https://policy.naver.com/policy/service.html">https://policy.naver.com/policy/service.html</a></p>
</body></html>
"""

case(
    name="naver-html-qp-table",
    **{"from": "noreply@navercorp.com"}, name_from="네이버 고객센터",
    date="Thu, 12 Sep 2024 16:30:00 +0900",
    subject=f"[네이버 고객센터] 요청하신 {R4} 조치 결과",
    raw_mime=f"""Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(NAVER_HTML)}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre HTML notice, quoted-printable, with a 처리 결과 table",
    why="table rows: 삭제 (removed), 임시조치 (restricted), 검토 중 (pending); the policy link is no item",
    items={N4: "removed", N5: "restricted", N2: "pending"},
)

case(
    name="kakao-raw-korean-path",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 11:11:00 +0900",
    subject="[카카오] 문의하신 내용에 대한 답변입니다. (문의번호 2409-118274)",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회 요청번호 {R5} 건에 대해 아래와 같이 처리하였습니다.

1) {K1_RAW}
   → 티스토리 운영정책 위반으로 해당 게시글을 비공개(블라인드) 처리하였습니다.
2) {K2}
   → 다음 카페 운영정책에 따라 게시중단 조치되었습니다.
3) {K3}
   → 검토 결과 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

답변이 도움이 되셨나요? 고객센터 도움말: https://cs.kakao.com/helps

카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 inquiry answer (문의번호) listing each URL with an arrow-prefixed result",
    why="Tistory post 비공개(블라인드) and Daum cafe post 게시중단 are removals; the open chat has no violation (refused); raw Korean path matches the percent-encoded request URL",
    items={K1: "removed", K2: "removed", K3: "rejected"},
)

case(
    name="kakao-fullwidth-brackets",
    **{"from": "daumcafe@daum.net"}, name_from="Daum 카페 운영팀",
    date="Sat, 14 Sep 2024 09:30:45 +0900",
    subject=f"RE: {R5} 게시물 삭제 요청",
    reply_to_req=msgid(R5),
    body=f"""
안녕하세요. Daum 카페 운영팀입니다.

「{K2}」 게시물은 삭제 완료되었습니다.
（{K3}） 오픈채팅방은 카카오톡 담당 부서에서 검토하고 있습니다.

Daum 카페 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations reply with URLs inside full-width brackets",
    why="cafe post 삭제 완료 (removed); the open chat still being reviewed stays pending",
    items={K2: "removed", K3: "pending"},
)

KAKAO_B64 = f"""안녕하세요. 카카오 운영정책팀입니다.

요청번호 {R5} 관련 처리 결과를 알려드립니다.

- {K1} : 게시중단
- {K3} : 오픈채팅방 삭제(폐쇄)

다음 카페 게시물은 별도 메일로 안내드리겠습니다.

감사합니다.
"""

case(
    name="kakao-base64-korean",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 운영정책팀",
    date="Tue, 17 Sep 2024 18:00:00 +0900",
    subject="=?UTF-8?B?" + base64.b64encode(f"[카카오] {R5} 처리 결과 안내".encode()).decode() + "?=",
    raw_mime=f"""Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

{b64(KAKAO_B64)}""",
    outcome="applied", classification="confirmation",
    imitates="Kakao policy-team notice, base64 body and RFC 2047 encoded Korean subject",
    why="decoded: the Tistory post 게시중단 and the open chat room 삭제(폐쇄), both removed",
    items={K1: "removed", K3: "removed"},
)

case(
    name="discord-single-item-no-url",
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 02:14:09 +0000",
    subject=f"Re: {R6} - Report update [Ticket #31877245]",
    reply_to_req=msgid(R6),
    body=f"""
##- Please type your reply above this line -##

Hi there,

Thanks for your report ({R6}). We've reviewed the server you reported and
removed it for violating our Community Guidelines. It can no longer be accessed
by anyone.

We appreciate you helping keep Discord safe.

Discord Trust & Safety
Ticket #31877245 · This ticket has been set to Solved.
""",
    outcome="applied", classification="confirmation",
    imitates="Discord-style Zendesk solved notice from Trust & Safety, naming the server without its link",
    why="one-item request: 'the server you reported' was removed, an unhedged statement naming no URL",
    items={D1: "removed"},
)

case(
    name="discord-invite-invalid",
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 19:50:30 +0000",
    subject=f"[Ticket #31877245] {R6}",
    body=f"""
Hello,

The invite link you provided, {D1}, is invalid or has expired, and we
could not match it to any server on Discord.

If you have a server ID or a message link, please open a new report at
https://dis.gd/request and include it there.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Trust & Safety ticket reply saying an invite link matches no server",
    why="an invalid/expired invite matched to no server is not_found; the report-form link is no item",
    items={D1: "not_found"},
)

# ================================================================ REVIEW

case(
    name="yt-promise-will-remove",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 10:20:00 +0900",
    subject=f"Re: [Reminder] {R1}: response overdue (#5512093)",
    body=f"""
##- Please type your reply above this line -##

Hello,

Thanks for the reminder. Our team has confirmed that the two videos below fall
under our gambling policy, and they will be removed within the next 24 hours:

{Y1}
{Y2}

We'll confirm in this ticket once that is done.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="reply to our reminder that promises removal instead of reporting it",
    why="'will be removed within 24 hours' is a promise; both videos stay pending",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="x-hedged-may-have-been",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 04:02:57 +0000",
    subject=f"Re: {R2} Request to remove posts offering illegal drugs",
    reply_to_req=msgid(R2),
    body=f"""
Hi,

It appears that {X1} and
{X2} may have already been removed,
possibly by the account owner. We are verifying this on our side and will follow up
in this thread.

Thanks for your patience,
X Legal
""",
    outcome="review", review="not_understood",
    imitates="legal desk holding reply with hedged wording ('appears', 'may have')",
    why="hedged and still being verified: no statement, both posts stay pending",
    items={X1: "pending", X2: "pending"},
)

case(
    name="yt-bulk-all-removed",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Thu, 19 Sep 2024 17:45:00 +0900",
    subject=f"[YouTube Legal Support] Solved: {R1} (#5512093)",
    reply_to_req=msgid(R1),
    body=f"""
##- Please type your reply above this line -##

Your request (#5512093) has been solved.

Hello,

We have reviewed all URLs listed in your notice {R1} and removed the reported
content for violating our Community Guidelines.

Regards,
YouTube Legal Support
""",
    outcome="review", review="bulk",
    imitates="solved-ticket notice with a single blanket outcome for a twelve-URL notice",
    why="'removed the reported content' covers twelve items without naming any: bulk, all pending",
    items={u: "pending" for u in Y},
)

case(
    name="naver-bulk-korean",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Sat, 14 Sep 2024 11:00:00 +0900",
    subject=f"[네이버] {R4} 처리 완료 안내",
    reply_to_req=msgid(R4),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 게시물 5건 모두 게시중단 조치를 완료하였습니다.

문의번호: 2409-NV-551820
감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 처리 완료 안내 with one sentence for all five posts",
    why="'5건 모두 게시중단' names no post of a five-item request: bulk, items pending",
    items={N1: "pending", N2: "pending", N3: "pending", N4: "pending", N5: "pending"},
)

case(
    name="tg-dmarc-fail",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support", auth="fail",
    date="Fri, 13 Sep 2024 06:31:00 +0400",
    subject=f"Re: {R3} [#48817]",
    reply_to_req=msgid(R3),
    body=f"""
Hello,

The channel {T1} and the post {T2} have been blocked.

Telegram Support
""",
    outcome="review", review="untrusted",
    imitates="abuse-desk reply whose DKIM/SPF/DMARC checks failed",
    why="telegram.org sender failing authentication: nothing applied",
    items={T1: "pending", T2: "pending"},
)

case(
    name="kakao-zendesk-subdomain",
    **{"from": "support@kakaosafety.zendesk.com"}, name_from="Kakao Safety",
    date="Mon, 16 Sep 2024 13:13:13 +0900",
    subject=f"[Kakao Safety] Re: {R5} 게시물 삭제 요청 (#20417)",
    reply_to_req=msgid(R5),
    body=f"""
##- 이 줄 위에 답장을 입력하세요 -##

안녕하세요. Kakao Safety 입니다.

요청번호 {R5} 관련하여 {K2} 게시물은 삭제되었습니다.

문의 #20417
""",
    outcome="review", review="unknown_sender",
    imitates="ticket notification sent from a hosted helpdesk subdomain instead of the platform's own domain",
    why="the sender domain (zendesk.com) is no configured Kakao domain: unknown sender, nothing applied",
    items={K2: "pending"},
)

case(
    name="yt-asks-more-timestamps",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Wed, 04 Sep 2024 15:22:10 +0900",
    subject=f"[YouTube Legal Support] Re: {R1} - more information needed (#5512093)",
    reply_to_req=msgid(R1),
    body=f"""
##- Please type your reply above this line -##

Your request (#5512093) is awaiting your reply.

Hello,

To continue processing your notice, we need more information about two of the
videos:

{Y3}
{Y5}

Please send the timestamp(s) at which the content you consider unlawful appears,
and the specific provision of Korean law it breaches. Once we have this we will
resume our review.

YouTube Legal Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Zendesk 'pending - awaiting your reply' notice asking for timestamps and the legal basis",
    why="the platform asks for more information about two videos; nothing decided",
    items={Y3: "pending", Y5: "pending"},
)

case(
    name="tg-internal-forward",
    **{"from": "pkovalenko@telegram.org"}, name_from="Pavel Kovalenko",
    date="Sat, 14 Sep 2024 12:02:00 +0400",
    subject=f"Fwd: {R3} result",
    body=f"""
FYI, see the note from our moderation team below.

Pavel

---------- Forwarded message ---------
From: Moderation Queue <mod-queue@telegram.org>
Date: Sat, 14 Sep 2024 at 11:47
Subject: {R3} result
To: Pavel Kovalenko <pkovalenko@telegram.org>

{T2} removed.
{T1} checked, nothing found that breaks ToS.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="platform employee forwarding an internal moderation note to us",
    why="the outcomes are only inside a forwarded internal message: a clerk checks before recording",
    items={T2: "pending", T1: "pending"},
)

case(
    name="tg-ticket-closed-no-ref",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Thu, 19 Sep 2024 08:00:00 +0400",
    subject="Your ticket #48903 has been closed",
    body="""
Hello,

Your ticket #48903 has been closed. We hope we were able to help.

If you have another question, just reply to this email and a new ticket will
be opened.

Telegram Support
""",
    outcome="review", review="no_claims",
    imitates="automatic 'ticket closed' notification that names neither a request nor an item",
    why="trusted platform mail naming no item and no request of ours (an unknown ticket number): no claims",
    items={},
)

case(
    name="x-conditional-withhold",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 23:59:00 +0000",
    subject=f"Re: {R7} private photos",
    reply_to_req=msgid(R7),
    body=f"""
Hello,

We have notified the account holder of your request. If
{X5} is not deleted by its author within 48 hours, we will
withhold it in South Korea.

We are still assessing {X6}.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="legal desk reply announcing a conditional action after notice to the user",
    why="a condition and a promise, and 'still assessing': both posts stay pending",
    items={X5: "pending", X6: "pending"},
)


def fake_pdf():
    stream = zlib.compress(
        ("BT /F1 10 Tf 50 750 Td (Outcome of notice " + R1 + ") Tj ET\n").encode() * 12, 9)
    parts = [b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
             b"1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n",
             b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n",
             b"3 0 obj<</Type/Page/Parent 2 0 R/Contents 4 0 R>>endobj\n",
             b"4 0 obj<</Length " + str(len(stream)).encode() + b"/Filter/FlateDecode>>stream\n",
             stream, b"\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"]
    return b"".join(parts)


case(
    name="yt-pdf-attachment-only",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Sun, 15 Sep 2024 10:10:10 +0900",
    subject=f"Re: {R1} - outcome (#5512094)",
    reply_to_req=msgid(R1),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="zd-mixed-pdf"

--zd-mixed-pdf
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find the outcome for each URL of your notice {R1} in the attached PDF.

YouTube Legal Support

--zd-mixed-pdf
Content-Type: application/pdf; name="{R1}_outcome.pdf"
Content-Disposition: attachment; filename="{R1}_outcome.pdf"
Content-Transfer-Encoding: base64

{b64(fake_pdf())}
--zd-mixed-pdf--
""",
    outcome="review", review="unreadable_attachment",
    imitates="ticket reply whose outcomes are only in an attached PDF",
    why="the per-URL outcome is in a PDF the clerk must open; nothing readable in the body",
    items={},
)

case(
    name="naver-hedge-korean",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Tue, 10 Sep 2024 15:35:00 +0900",
    subject=f"RE: {R4} 게시물 게시중단 요청",
    reply_to_req=msgid(R4),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

문의하신 {N3} 게시물은 이미 삭제된 것으로 보이며,
{N4} 게시물은 현재 담당 부서에서 검토 중입니다.

확인되는 대로 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean agent holding reply: '삭제된 것으로 보이며' (appears deleted) and '검토 중'",
    why="'~것으로 보이며' is a hedge and '검토 중' is no outcome: both posts stay pending",
    items={N3: "pending", N4: "pending"},
)

# ================================================================ IGNORED

case(
    name="yt-zendesk-receipt",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Mon, 02 Sep 2024 15:03:12 +0900",
    subject=f"[YouTube Legal Support] Request received: {R1} Removal request (#5512093)",
    reply_to_req=msgid(R1),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Your request (#5512093) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

YouTube Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk default 'request received' notification",
    why="a pure receipt with a ticket number",
    items={},
)

case(
    name="x-jira-receipt-echoing-urls",
    **{"from": "legal-requests@x.com"}, name_from="X Legal Requests",
    date="Tue, 03 Sep 2024 02:25:00 +0000",
    subject=f"LRQ-20931 {R2} - we've received your request",
    reply_to_req=msgid(R2),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
—-—-—-—-—
Reply above this line.

Thank you, we've received your request.

Request: LRQ-20931
Summary: {R2} - Drug sale posts
Reported URLs:
{X1}
{X2}
{X3}
{X4}
Status: Waiting for support

Our team will look into it and get back to you in this request.

View request · Turn off this request's notifications
Powered by Jira Service Management
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'we've received your request' receipt echoing the reported URLs",
    why="a receipt that only repeats what we reported, with status 'waiting for support'",
    items={X1: "pending", X2: "pending", X3: "pending", X4: "pending"},
)

case(
    name="naver-out-of-office",
    **{"from": "jiyoon.kang@navercorp.com"}, name_from="강지윤",
    date="Tue, 17 Sep 2024 09:00:41 +0900",
    subject=f"[자동회신] RE: [독촉] {R4} 처리 결과 회신 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 강지윤입니다.

9월 16일(월)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (추석 연휴 부재중)",
    why="out-of-office auto-reply",
    items={},
)

DSN = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-0917-a1"

--dsn-0917-a1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.discord.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@discord.com>: mailbox full

--dsn-0917-a1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.discord.com
Arrival-Date: Tue, 17 Sep 2024 00:00:05 +0000

Final-Recipient: rfc822; legal@discord.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full

--dsn-0917-a1
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal@discord.com
Subject: [Reminder] {R6}: response overdue
Date: Tue, 17 Sep 2024 09:00:00 +0900
Message-ID: <reminder.{R6}.1@kcsc.example>

Reminder: our request {R6} of 9 September 2024 is overdue.
Pending item:
{D1}

--dsn-0917-a1--
"""

case(
    name="discord-dsn-reminder-bounce",
    **{"from": "MAILER-DAEMON@mx2.discord.com"}, name_from="Mail Delivery System",
    date="Tue, 17 Sep 2024 00:00:07 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=DSN,
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our reminder (mailbox full)",
    why="a bounce; the returned reminder names the item but says nothing about it",
    items={D1: "pending"},
)

MDN = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-kakao-5"

--mdn-kakao-5
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

받는 사람: policy@kakaocorp.com
제목: {R5} 게시물 삭제 요청
읽은 시간: 2024-09-06 15:22:41 (KST)

--mdn-kakao-5
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Mail
Final-Recipient: rfc822; policy@kakaocorp.com
Original-Message-ID: <{msgid(R5)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-kakao-5--
"""

case(
    name="kakao-mdn-read-receipt",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 운영정책팀",
    date="Fri, 06 Sep 2024 15:22:43 +0900",
    subject=f"읽음: {R5} 게시물 삭제 요청",
    reply_to_req=msgid(R5),
    raw_mime=MDN,
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN, 'displayed')",
    why="a read receipt",
    items={},
)

case(
    name="tg-helpscout-autoack",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support",
    date="Wed, 04 Sep 2024 11:07:00 +0400",
    subject=f"Re: {R3} [#48817]",
    reply_to_req=msgid(R3),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Hi,

We've received your message and one of our team will get back to you soon.
Your ticket number is #48817; please keep it in the subject if you write again.

Telegram Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="HelpScout-style automatic 'we've received your message' reply",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="x-agent-out-of-office",
    **{"from": "mbrennan@x.com"}, name_from="Megan Brennan",
    date="Wed, 11 Sep 2024 00:01:15 +0000",
    subject=f"Automatic reply: {R7} private photos",
    reply_to_req=msgid(R7),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday, 23 September,
with limited access to email. For urgent legal requests please use
legal@x.com, which is monitored daily.

Megan
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from a platform legal employee",
    why="out-of-office auto-reply",
    items={},
)


HEADER = """# Blind set 272 (ticket systems and threads): expected results, written
# from each email's meaning before any run of the reader.
# Generated by tests/corpus/blind272/make.py; do not edit by hand.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind272", HEADER, CASES)
