#!/usr/bin/env python3
"""Blind set 896: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Written from public descriptions of those
systems' notifications and of platforms' notice templates, in our own
sentences, with fictional URLs, names and ids; expected results written from
each email's meaning before any run of the reader.

    python3 tests/corpus/blind896/make.py

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

# --- requests -------------------------------------------------------------

R1 = "KCSC-240903-01"  # YouTube, 12 items (largest)
R2 = "KCSC-240904-02"  # X, 4 items
R3 = "KCSC-240905-03"  # Telegram, 3 items
R4 = "KCSC-240906-04"  # NAVER, 5 items
R5 = "KCSC-240909-05"  # Kakao (Tistory, Daum cafe), 2 items
R6 = "KCSC-240910-06"  # TikTok, 1 item
R7 = "KCSC-240911-07"  # YouTube, 2 items

YT = [
    "https://www.youtube.com/watch?v=Qm3vT8xLp2A",   # 0
    "https://www.youtube.com/watch?v=Hx7bN2kRw9E",   # 1
    "https://www.youtube.com/watch?v=Lr5cZ1uYt4G",   # 2
    "https://www.youtube.com/watch?v=Pw8dM6nJe3K",   # 3
    "https://www.youtube.com/watch?v=Tz2fA9sVq7M",   # 4
    "https://www.youtube.com/watch?v=Bn4gK7hXc1R",   # 5
    "https://www.youtube.com/shorts/Vk9jE3pWm6S",    # 6
    "https://www.youtube.com/shorts/Ys1qR5tLb8U",    # 7
    "https://www.youtube.com/@haneul_dummy_tv",      # 8
    "https://www.youtube.com/watch?v=Cd6hN0wFz5W",   # 9
    "https://www.youtube.com/watch?v=Gj3kT8yPa2X",   # 10
    "https://www.youtube.com/watch?v=Mf7pU4rDs9Z",   # 11
]
X = [
    "https://x.com/blue_lantern_kr/status/1831000000000000101",
    "https://x.com/blue_lantern_kr/status/1831000000000000102",
    "https://x.com/quietmoth_77/status/1831000000000000203",
    "https://x.com/river_ink_09/status/1831000000000000204",
]
TG = [
    "https://t.me/night_market_kr/1184",
    "https://t.me/night_market_kr/1190",
    "https://t.me/greyfox_channel",
]
NV = [
    "https://blog.naver.com/sunflower_8812/223571000101",
    "https://blog.naver.com/sunflower_8812/223571000102",
    "https://cafe.naver.com/bluemoonclub/50213",
    "https://cafe.naver.com/bluemoonclub/50288",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=470001234",
]
TISTORY_PATH = "오늘의-정보"
KK = [
    "https://dalbit-note.tistory.com/entry/" + quote(TISTORY_PATH),
    "https://cafe.daum.net/moonrabbit77/Kd3f/1452",
]
KK_RAW = "https://dalbit-note.tistory.com/entry/" + TISTORY_PATH
TT = ["https://www.tiktok.com/@sora_lime_22/video/7410000000000000661"]
YT2 = [
    "https://www.youtube.com/watch?v=Rk2sW7eNq4D",
    "https://www.youtube.com/watch?v=Uo5xH1iLm8F",
]

REQUESTS = [
    (R1, "youtube", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00", YT, "gambling",
     "req-240903-01@kcsc.example", "largest request"),
    (R2, "x", "2024-09-04T11:30:00+09:00", "2024-09-11T23:59:59+09:00", X, "defamation",
     "req-240904-02@kcsc.example", ""),
    (R3, "telegram", "2024-09-05T11:20:00+09:00", "2024-09-12T23:59:59+09:00", TG, "drugs",
     "req-240905-03@kcsc.example", ""),
    (R4, "naver", "2024-09-06T09:40:00+09:00", "2024-09-13T23:59:59+09:00", NV, "privacy",
     "req-240906-04@kcsc.example", ""),
    (R5, "kakao", "2024-09-09T14:00:00+09:00", "2024-09-16T23:59:59+09:00", KK, "privacy",
     "req-240909-05@kcsc.example", "Tistory path stored percent-encoded"),
    (R6, "tiktok", "2024-09-10T10:15:00+09:00", "2024-09-17T23:59:59+09:00", TT, "obscenity",
     "req-240910-06@kcsc.example", "one item"),
    (R7, "youtube", "2024-09-11T15:02:00+09:00", "2024-09-18T23:59:59+09:00", YT2, "fraud",
     "req-240911-07@kcsc.example", ""),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def our_request(ref, urls, greeting="Dear team,"):
    lines = [greeting, "",
             "The Korea Communications Standards Commission asks you to remove or block",
             f"the following content (our reference {ref}):", ""]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply with the action taken on each URL.", "",
              "KCSC Takedown Desk"]
    return lines


def q(lines, mark="> "):
    return "\n".join((mark + l).rstrip() for l in lines)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# --- cases ----------------------------------------------------------------

cases = []


def case(**kw):
    cases.append(kw)


# ========================= APPLIED ========================================

case(
    name="yt-zendesk-solved-mixed",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 16:12:40 +0900",
    subject=f"[YouTube Legal] Re: {R1} removal request (Ticket #48213377)",
    reply_to_req="req-240903-01",
    body=f"""##- Please type your reply above this line -##

Your request (#48213377) has been solved. To reopen it, reply to this email.

Minji (YouTube Legal Support)
Sep 5, 2024, 07:12 UTC

Hello,

Thank you for contacting YouTube. We have finished reviewing part of the
content listed in your notice {R1} and took the following actions:

- {YT[0]} - removed from YouTube for violating our Community Guidelines
- {YT[1]} - removed from YouTube for violating our Community Guidelines
- {YT[2]} - access restricted in South Korea on the basis of local law
- {YT[3]} - not removed: after careful review we found that it does not violate our policies or local law, so it remains available

Our decisions on the other URLs of the notice will follow on this ticket.

Regards,
The YouTube Legal Support Team

--------------------------------

KCSC Takedown
Sep 3, 2024, 01:00 UTC

{chr(10).join(our_request(R1, YT))}

--------------------------------
This email is a service from YouTube Legal Support.
[8Q2W1E-K3R4]
""",
    outcome="applied",
    classification="confirmation",
    imitates="Zendesk 'request solved' notification with the ticket history (YouTube legal support)",
    why="four URLs named with unhedged outcomes; the other eight only appear in our own request in the history",
    items={YT[0]: "removed", YT[1]: "removed", YT[2]: "restricted", YT[3]: "rejected",
           YT[4]: "pending", YT[5]: "pending"},
)

case(
    name="yt-zendesk-followup-four-more",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 11:40:02 +0900",
    subject=f"[YouTube Legal] Re: {R1} removal request (Ticket #48213377)",
    reply_to_req="req-240903-01",
    body=f"""##- Please type your reply above this line -##

Your request (#48213377) has been updated. To add a comment, reply to this email.

Minji (YouTube Legal Support)
Sep 9, 2024, 02:40 UTC

Hello again,

Following up on this ticket, here is the outcome for four more of the URLs
in {R1}:

1) {YT[4]}
   Removed under our violent or graphic content policy.
2) {YT[5]}
   We could not locate this video. It had been deleted by the uploader before our review.
3) {YT[6]}
   Removed under our harassment and cyberbullying policy.
4) {YT[7]}
   Age-restricted. The Short stays on YouTube but can no longer be watched by
   viewers under 18 or by signed-out viewers.

We will update the ticket again once the remaining URLs have been reviewed.

Minji
YouTube Legal Support

This email is a service from YouTube Legal Support.
[8Q2W1E-K3R4]
""",
    outcome="applied",
    classification="confirmation",
    imitates="Zendesk 'request updated' notification, follow-up on the same ticket",
    why="numbered list, each URL with its outcome on the line below; age restriction is a restriction",
    items={YT[4]: "removed", YT[5]: "not_found", YT[6]: "removed", YT[7]: "restricted"},
)

case(
    name="yt-freshdesk-html-table",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Korea",
    date="Tue, 10 Sep 2024 17:05:19 +0900",
    subject=f"Ticket #LR-7730915 updated: {R1}",
    reply_to_req="req-240903-01",
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC,</p>
<p>Your ticket <b>#LR-7730915</b> ({R1}) has been updated by our agent.</p>
<p>Outcome for the URLs reviewed so far:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>URL</th><th>Action</th><th>Note</th></tr>
<tr><td><a href="{YT[8]}">{YT[8]}</a></td><td>Channel terminated</td><td>Repeated violations of the spam policy</td></tr>
<tr><td><a href="{YT[9]}">{YT[9]}</a></td><td>Video removed</td><td>Community Guidelines</td></tr>
<tr><td><a href="{YT[10]}">{YT[10]}</a></td><td>No action possible</td><td>Video not found: the uploader deleted it before review</td></tr>
<tr><td><a href="{YT[11]}">{YT[11]}</a></td><td>No action</td><td>Does not violate our policies or local law</td></tr>
</table>
<p>You can view the ticket at any time in the
<a href="https://support.google.com/legal/tickets/LR-7730915">Legal Help portal</a>.</p>
<p>Kind regards,<br>Google Legal Support</p>
<p style="color:#888;font-size:11px">Please do not change the subject line when replying. [#LR-7730915]</p>
</body></html>""",
    outcome="applied",
    classification="confirmation",
    imitates="Freshdesk-style 'ticket updated' HTML notification with a results table",
    why="HTML table, one row per URL; terminated channel is removed, deleted-by-uploader is not_found, no action is rejected",
    items={YT[8]: "removed", YT[9]: "removed", YT[10]: "not_found", YT[11]: "rejected"},
)

CSV_ROWS = [
    ("url", "decision", "detail"),
    (YT[0], "removed", "Community Guidelines - harassment"),
    (YT[1], "removed", "Community Guidelines - harassment"),
    (YT[2], "geo_blocked_KR", "Local law"),
    (YT[3], "no_action", "No violation found"),
    (YT[4], "removed", "Violent or graphic content"),
    (YT[5], "not_found", "Video ID does not exist"),
    (YT[6], "removed", "Spam and deceptive practices"),
    (YT[7], "age_restricted", "Not suitable for minors"),
    (YT[8], "channel_terminated", "Repeat violations"),
    (YT[9], "removed", "Community Guidelines"),
    (YT[10], "not_found", "Deleted by uploader before review"),
    (YT[11], "no_action", "No violation found"),
]
_csvbuf = io.StringIO()
csv.writer(_csvbuf, lineterminator="\r\n").writerows(CSV_ROWS)
case(
    name="yt-csv-export-attachment",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 10:21:44 +0900",
    subject=f"[YouTube Legal] Outcome report for {R1} (Ticket #48213377)",
    reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="==zd-48213377-att=="

--==zd-48213377-att==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the outcome for every URL in your notice {R1}
(ticket #48213377), exported from our case tool. The "decision" column
gives the action taken on each URL.

This ticket is now marked as solved.

YouTube Legal Support

--==zd-48213377-att==
Content-Type: text/csv; charset=utf-8; name="48213377_outcome.csv"
Content-Disposition: attachment; filename="48213377_outcome.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(_csvbuf.getvalue().encode("utf-8")).decode("ascii").rstrip(chr(10))}
--==zd-48213377-att==--
""",
    outcome="applied",
    classification="confirmation",
    imitates="ticket-system reply with a CSV export of per-URL decisions attached",
    why="CSV attachment with a decision per URL for all twelve items",
    items={YT[0]: "removed", YT[1]: "removed", YT[2]: "restricted", YT[3]: "rejected",
           YT[4]: "removed", YT[5]: "not_found", YT[6]: "removed", YT[7]: "restricted",
           YT[8]: "removed", YT[9]: "removed", YT[10]: "not_found", YT[11]: "rejected"},
)

case(
    name="yt-reply-to-reminder-outlook",
    **{"from": "legal-kr@google.com"},
    name_from="Ji-hoon Park (Google Legal)",
    date="Mon, 16 Sep 2024 15:47:10 +0900",
    subject=f"RE: [Reminder] {R1}: items still pending",
    extra_headers=["In-Reply-To: <reminder-240903-01-1@kcsc.example>",
                   "References: <req-240903-01@kcsc.example> <reminder-240903-01-1@kcsc.example>",
                   "Thread-Topic: [Reminder] KCSC-240903-01: items still pending"],
    body=f"""Hello,

Sorry for the slow reply on this one. Here is where the URLs in your reminder stand:

{YT[9]} has been removed.
{YT[10]} is now blocked from view in South Korea.
{YT[11]} was looked at again and stays up: it does not break our Community Guidelines and we did not find it unlawful under Korean law.

The channel is still with the specialist team.

Best,
Ji-hoon

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 16, 2024 9:00 AM
To: legal-kr@google.com
Subject: [Reminder] {R1}: items still pending

The following items of request {R1} (sent 2024-09-03, due 2024-09-10)
are still pending:

{YT[8]}
{YT[9]}
{YT[10]}
{YT[11]}

Please tell us what action was taken on each of them.

KCSC Takedown Desk
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook top-posted reply to our reminder",
    why="three URLs with unhedged outcomes above the quoted reminder; the channel is still being reviewed",
    items={YT[8]: "pending", YT[9]: "removed", YT[10]: "restricted", YT[11]: "rejected"},
)

case(
    name="yt-gmail-quote-both-removed",
    **{"from": "seoyeon.lim@google.com"},
    name_from="Seo-yeon Lim",
    date="Fri, 13 Sep 2024 18:03:55 +0900",
    subject=f"Re: {R7} removal request (2 videos)",
    reply_to_req="req-240911-07",
    body=f"""Hi KCSC team,

We removed both videos today for violating our spam and deceptive practices policies:
{YT2[0]}
{YT2[1]}

Thanks,
Seo-yeon

On Wed, Sep 11, 2024 at 3:02 PM KCSC Takedown <takedown@kcsc.example> wrote:
{q(our_request(R7, YT2, "Dear YouTube Legal team,"))}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Gmail reply from a platform legal staffer over the quoted request",
    why="one sentence covering both URLs, each listed right below it",
    items={YT2[0]: "removed", YT2[1]: "removed"},
)

case(
    name="yt-helpscout-headings",
    **{"from": "support@youtube.com"},
    name_from="YouTube Legal Operations",
    date="Wed, 11 Sep 2024 09:31:27 +0900",
    subject=f"Re: {R1} [#5521]",
    reply_to_req="req-240903-01",
    body=f"""Hi there,

We've finished reviewing these URLs from notice {R1}.

The following videos have been removed:
\u2022 {YT[0]}
\u2022 {YT[1]}
\u2022 {YT[2]}

The following videos were reviewed and do not violate our guidelines, so we're leaving them up:
\u2022 {YT[9]}
\u2022 {YT[10]}

If you disagree with a decision, reply to this email with more context.

Daniel
YouTube Legal Operations

---
Conversation #5521 \u00b7 View it in your portal: https://support.youtube.com/conversations/5521
""",
    outcome="applied",
    classification="confirmation",
    imitates="Help Scout-style conversation reply, outcomes grouped under headings",
    why="bulleted URLs under a 'removed' heading and a 'leaving them up' heading; the portal link is not an item",
    items={YT[0]: "removed", YT[1]: "removed", YT[2]: "removed", YT[9]: "rejected", YT[10]: "rejected"},
)

case(
    name="yt-ack-plus-result",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Korea",
    date="Fri, 13 Sep 2024 11:15:00 +0900",
    subject=f"Re: {R7} [Case ID 6-2219004871]",
    reply_to_req="req-240911-07",
    body=f"""Hello,

Thank you for your email. We have received your request and assigned it case ID 6-2219004871.

After review, {YT2[0]} has been removed from YouTube for violating our Community Guidelines.

The second video, {YT2[1]}, is still with our specialists. We will follow up on this case once a decision has been made.

Kind regards,
Google Legal Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="case-ID receipt sentence followed by a first result (Google legal support)",
    why="receipt phrase plus an unhedged removal of one video; the other is still under review",
    items={YT2[0]: "removed", YT2[1]: "pending"},
)

case(
    name="yt-url-below-statement",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 13:02:31 +0900",
    subject=f"[YouTube Legal] Re: {R1} removal request (Ticket #48213377)",
    reply_to_req="req-240903-01",
    body=f"""##- Please type your reply above this line -##

Your request (#48213377) has been updated.

Hello,

An update on ticket #48213377 ({R1}).

Removed for violating our harassment policy:
{YT[6]}
{YT[7]}

Age-restricted (no longer visible to signed-out viewers or viewers under 18):
{YT[3]}

We are still working on the other URLs and will update this ticket.

YouTube Legal Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="Zendesk update, statements as headings with the URLs on the lines below",
    why="a heading line with a status, then the URLs it applies to",
    items={YT[6]: "removed", YT[7]: "removed", YT[3]: "restricted"},
)

case(
    name="x-jira-resolved-withheld",
    **{"from": "jira@x.com"},
    name_from="Hana Cho (Jira)",
    date="Fri, 06 Sep 2024 18:40:12 +0900",
    subject=f"[JIRA] (LGL-20417) {R2} - Korean legal demand",
    reply_to_req="req-240904-02",
    extra_headers=["X-JIRA-FingerPrint: 4f1e7d0c2b9a8e6d5c4b3a2918f7e6d5"],
    body=f"""Hana Cho resolved LGL-20417 as Done

LGL-20417: {R2} - Korean legal demand

Change By: Hana Cho
Resolution: Done
Status: In Review -> Resolved

Comment:
Hello KCSC,

We have reviewed the reported posts. In accordance with local law, the following
posts are now withheld in South Korea:
{X[0]}
{X[1]}

The post {X[2]} does not violate the X Rules or Korean law as we understand it, and we are not taking action on it.

We will reply separately about the remaining post.

--
This message was sent by Atlassian Jira (v9.12.4#912004-sha1:0a1b2c3)
""",
    outcome="applied",
    classification="confirmation",
    imitates="Jira Service Management 'issue resolved' notification carrying the agent comment (X legal)",
    why="two posts withheld in Korea, one refused with its reason; the ticket status line is not an item status",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "rejected", X[3]: "pending"},
)

case(
    name="x-angle-bracket-single",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Tue, 10 Sep 2024 10:08:45 +0900",
    subject=f"Re: [JIRA] (LGL-20417) {R2} - Korean legal demand",
    reply_to_req="req-240904-02",
    body=f"""Hello,

Following our earlier note, the last post in your request,
<{X[3]}>, has been removed for violating our private
information and media policy.

Regards,
X Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="short follow-up from a legal team in the same thread",
    why="one post in angle brackets, wrapped line, unhedged removal",
    items={X[3]: "removed"},
)

case(
    name="x-url-status-below",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal Requests",
    date="Wed, 11 Sep 2024 20:14:09 +0900",
    subject=f"Ticket 0240-KR-5581 status update ({R2})",
    reply_to_req="req-240904-02",
    body=f"""Ticket 0240-KR-5581 - status update
Reference: {R2}

{X[0]}
Status: Withheld in KR

{X[1]}
Status: Removed (violation of the X Rules)

{X[2]}
Status: No action - no violation found

{X[3]}
Status: Not found - this post no longer exists on X

This ticket is now closed. Replies to this address are not monitored.
""",
    outcome="applied",
    classification="confirmation",
    imitates="ticket-system status digest, bare URL with its status on the next line",
    why="each URL followed by a 'Status:' line",
    items={X[0]: "restricted", X[1]: "removed", X[2]: "rejected", X[3]: "not_found"},
)

case(
    name="x-echoed-report-outcome",
    **{"from": "noreply@x.com"},
    name_from="X",
    date="Thu, 12 Sep 2024 08:55:30 +0900",
    subject=f"Update on your report (Ref: {R2})",
    reply_to_req="req-240904-02",
    body=f"""Hi KCSC,

We've reviewed two of the posts in your report. Here is what you sent us and what we did.

Your report
  Reported content: {X[2]}
  Reported for: Defamation (Korea)
  Submitted: Sep 4, 2024
  Outcome: We removed this post.

Your report
  Reported content: {X[3]}
  Reported for: Defamation (Korea)
  Submitted: Sep 4, 2024
  Outcome: We restricted access to this post in South Korea.

Thanks for helping us keep X safe.
X Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="X report-outcome email that echoes the report before the outcome",
    why="each echoed report block ends with an unhedged outcome for its URL",
    items={X[2]: "removed", X[3]: "restricted"},
)

case(
    name="x-policy-links-not-items",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Mon, 09 Sep 2024 16:30:00 +0900",
    subject=f"Re: {R2}",
    reply_to_req="req-240904-02",
    body=f"""Hello,

The following posts have been removed for violating our Hateful Conduct policy
(https://help.x.com/en/rules-and-policies/hateful-conduct-policy):

{X[0]}
{X[1]}

If you think we got this wrong you can file an appeal at
https://help.x.com/forms/legal-appeal. You can follow all your open requests in
the Legal Request Portal: https://legalrequests.x.com/dashboard/KR-88214

X Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="legal team reply with policy, appeal and dashboard links",
    why="two posts removed; the help, appeal and dashboard links are not items",
    items={X[0]: "removed", X[1]: "removed"},
)

case(
    name="x-reply-chain-followup",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Mon, 16 Sep 2024 14:22:18 +0900",
    subject=f"Re: Re: {R2} - post 204?",
    reply_to_req="req-240904-02",
    body=f"""Hi,

Yes - that post no longer exists. The account holder deleted it themselves before
we took any action, so there was nothing left for us to remove.

X Legal

On Mon, Sep 16, 2024 at 10:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Thank you. Could you confirm what happened to
> {X[3]} ?
> It is the only item of {R2} we have no answer for.
>
> On Fri, Sep 13, 2024 at 6:40 PM X Legal <legal@x.com> wrote:
>> The posts {X[0]} and
>> {X[1]} are withheld in
>> South Korea.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Gmail-style reply to our follow-up question, nested quotes",
    why="the answer refers to the one post our quoted question names: deleted by its author, not_found; quoted earlier statuses do not count",
    items={X[3]: "not_found", X[0]: "pending", X[1]: "pending"},
)

case(
    name="tg-case-blocked-list",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Sat, 07 Sep 2024 02:11:36 +0900",
    subject=f"Re: {R3} [Case #3390127]",
    reply_to_req="req-240905-03",
    body=f"""Hello,

Thanks for your report. We have reviewed Case #3390127.

- {TG[0]} - post deleted
- {TG[1]} - post deleted
- {TG[2]} - channel is now unavailable to users in South Korea

Telegram Abuse Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="Telegram abuse-desk reply with a case number",
    why="two posts deleted, the channel blocked in Korea only",
    items={TG[0]: "removed", TG[1]: "removed", TG[2]: "restricted"},
)

case(
    name="tg-partial-one-of-three",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    date="Fri, 06 Sep 2024 21:48:03 +0900",
    subject=f"Case #3390127 - {R3}",
    reply_to_req="req-240905-03",
    body=f"""Hello,

Regarding Case #3390127: we've taken down {TG[0]}.

The other two links in your request are still being checked by our moderators.
We'll get back to you when that is done.

Telegram
""",
    outcome="applied",
    classification="confirmation",
    imitates="partial answer from a Telegram desk",
    why="one post taken down; the other two are under review",
    items={TG[0]: "removed", TG[1]: "pending", TG[2]: "pending"},
)

case(
    name="tg-outlook-top-post-channel",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Support",
    date="Mon, 09 Sep 2024 19:26:51 +0900",
    subject=f"RE: {R3} removal request",
    reply_to_req="req-240905-03",
    body=f"""Hi,

The channel {TG[2]} has been terminated for distributing illegal content.

Best regards,
Telegram Support

________________________________
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 11:20
To: abuse@telegram.org
Subject: {R3} removal request

{chr(10).join(our_request(R3, TG, "Dear Telegram,"))}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook top-posted reply with the original request below a From/Sent header block",
    why="the channel is terminated; the two posts appear only in our quoted request",
    items={TG[2]: "removed", TG[0]: "pending", TG[1]: "pending"},
)

case(
    name="naver-ticket-answer-korean",
    **{"from": "help@help.naver.com"},
    name_from="네이버 고객센터",
    date="Tue, 10 Sep 2024 14:36:20 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (문의번호 2024091012345678)",
    reply_to_req="req-240906-04",
    body=f"""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회 요청번호 {R4} 관련 처리 결과를 안내드립니다.

1. {NV[0]}
   → 게시중단 처리되었습니다.
2. {NV[1]}
   → 게시중단 처리되었습니다.
3. {NV[2]}
   → 임시조치(30일) 되었습니다.
4. {NV[4]}
   → 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

나머지 1건(카페 게시물)은 카페 운영 현황 확인 후 별도로 회신드리겠습니다.

본 메일은 발신전용입니다. 추가 문의는 고객센터(https://help.naver.com)를 이용해 주세요.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER customer-centre answer (문의 답변) with a numbered 처리 결과 list",
    why="게시중단 = removed, 임시조치 = restricted, 작성자 삭제 = not_found; the fifth post is promised later",
    items={NV[0]: "removed", NV[1]: "removed", NV[2]: "restricted", NV[4]: "not_found", NV[3]: "pending"},
)

case(
    name="naver-html-table-korean",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Fri, 13 Sep 2024 16:00:41 +0900",
    subject=f"[시정요구 조치결과] {R4}",
    reply_to_req="req-240906-04",
    type="html",
    body=f"""<html><body>
<p>안녕하십니까, 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구({R4})에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{NV[0]}</td><td>삭제</td><td></td></tr>
<tr><td>2</td><td>{NV[1]}</td><td>비공개 처리</td><td></td></tr>
<tr><td>3</td><td>{NV[2]}</td><td>접근 제한(국내)</td><td></td></tr>
<tr><td>4</td><td>{NV[3]}</td><td>조치 불가</td><td>운영정책 위반 사항 없음</td></tr>
<tr><td>5</td><td>{NV[4].replace("&", "&amp;")}</td><td>게시물 없음</td><td>이미 삭제된 게시물</td></tr>
</table>
<p>감사합니다.</p>
</body></html>""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean 시정요구 조치결과 table sent back by a portal",
    why="one row per URL: 삭제 and 비공개 = removed, 접근 제한 = restricted, 조치 불가 with reason = rejected, 게시물 없음 = not_found",
    items={NV[0]: "removed", NV[1]: "removed", NV[2]: "restricted", NV[3]: "rejected", NV[4]: "not_found"},
)

_nv_qp = f"""안녕하세요, 네이버 정책지원팀입니다.
재요청 주신 카페 게시물 2건에 대해 답변드립니다.

{NV[3]}은 카페 운영원칙 위반으로 운영자 삭제 처리되었습니다.
{NV[2]}의 경우 검토 결과 관련 법령 및 운영정책 위반에 해당하지 않아 게시가 유지됩니다.

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: 2024-09-13 (금) 10:00
To: policy@navercorp.com
Subject: [재요청] {R4} 미처리 건 확인 요청

아래 게시물의 조치 결과를 회신하여 주시기 바랍니다.
{NV[2]}
{NV[3]}
"""
case(
    name="naver-qp-particle",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Fri, 13 Sep 2024 17:45:12 +0900",
    subject=f"RE: [재요청] {R4} 미처리 건 확인 요청",
    extra_headers=["In-Reply-To: <reminder-240906-04-1@kcsc.example>",
                   "References: <req-240906-04@kcsc.example> <reminder-240906-04-1@kcsc.example>"],
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_nv_qp)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean reply to our reminder (재요청), quoted-printable, URLs followed by particles",
    why="운영자 삭제 = removed; 게시가 유지 with its reason = rejected; the quoted reminder states nothing",
    items={NV[3]: "removed", NV[2]: "rejected"},
)

case(
    name="naver-english-private",
    **{"from": "legal@navercorp.com"},
    name_from="NAVER Legal",
    date="Wed, 11 Sep 2024 10:10:10 +0900",
    subject=f"Re: {R4} - outcome for two items",
    reply_to_req="req-240906-04",
    body=f"""Dear KCSC,

Regarding your request {R4}:

- The blog post {NV[1]} has been made private by NAVER (비공개 처리); it can no longer be viewed by anyone but its author.
- Access to the Knowledge iN question at
  {NV[4]}
  has been temporarily blocked (임시조치) for 30 days.

We will send the results for the other posts separately.

NAVER Legal Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="English reply from a Korean portal's legal team with Korean terms in brackets",
    why="made private by the platform = removed; 임시조치 = restricted; URL on its own line inside the bullet",
    items={NV[1]: "removed", NV[4]: "restricted"},
)

_kk_b64 = f"""안녕하세요, 카카오 고객센터입니다.
요청번호 {R5} 로 접수된 게시물에 대한 처리 결과를 안내드립니다.

■ {KK_RAW}
  처리결과: 게시중단
■ {KK[1]}
  처리결과: 접근 제한 (국내)

처리 결과에 이의가 있으신 경우 본 메일에 회신해 주세요.
카카오 고객센터 드림
"""
case(
    name="kakao-base64-korean",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 15:30:00 +0900",
    subject=f"[카카오] 신고 처리 결과 안내 ({R5})",
    reply_to_req="req-240909-05",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_kk_b64)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao customer-centre 신고 처리 결과 notice, base64 body",
    why="raw Korean Tistory path matches its percent-encoded form; 게시중단 = removed, 접근 제한 = restricted",
    items={KK[0]: "removed", KK[1]: "restricted"},
)

case(
    name="kakao-solved-author-deleted",
    **{"from": "help@daum.net"},
    name_from="Daum 고객센터",
    date="Thu, 12 Sep 2024 11:02:47 +0900",
    subject=f"[#DM-20931] 티켓이 해결되었습니다 - {R5}",
    reply_to_req="req-240909-05",
    body=f"""티켓 DM-20931 ({R5})이 '해결됨' 상태로 변경되었습니다.

상담원 답변:
{KK[1]} 게시글은 작성자가 직접 삭제하여 현재 존재하지 않습니다.
티스토리 게시물은 티스토리 운영팀에서 별도로 검토 중이며, 결과가 나오면 다시 안내드리겠습니다.

이 티켓에 추가로 문의하시려면 본 메일에 회신해 주세요.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Freshdesk-style Korean 'ticket solved' notification with the agent answer",
    why="the Daum cafe post was deleted by its author = not_found; the Tistory post is still under review",
    items={KK[1]: "not_found", KK[0]: "pending"},
)

case(
    name="tiktok-sole-removed",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Trust & Safety",
    date="Thu, 12 Sep 2024 09:44:18 +0900",
    subject=f"Re: {R6} [Ticket 1938-4471]",
    reply_to_req="req-240910-06",
    body="""Hi,

Thanks for your patience. We reviewed the video you reported and removed it for
violating our Community Guidelines. Your ticket has been marked as solved.

TikTok Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="TikTok ticket-solved reply naming no URL",
    why="in the thread of a one-item request, the only statement is an unhedged removal",
    items={TT[0]: "removed"},
)

case(
    name="tiktok-restricted-kr-url",
    **{"from": "legal@tiktok.com"},
    name_from="TikTok Legal",
    date="Fri, 13 Sep 2024 13:20:00 +0900",
    subject=f"{R6} - outcome",
    body=f"""Dear KCSC,

Following your request {R6}, the video
{TT[0]}
is no longer available in South Korea. We restricted it there on the basis of
local law; it remains available elsewhere.

TikTok Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="TikTok local-law restriction notice",
    why="restricted in Korea only; the request is found by its reference and the URL",
    items={TT[0]: "restricted"},
)

# ========================= REVIEW =========================================

case(
    name="yt-promise-within-24h",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 10:03:00 +0900",
    subject=f"[YouTube Legal] Re: {R1} removal request (Ticket #48213377)",
    reply_to_req="req-240903-01",
    body=f"""##- Please type your reply above this line -##

Your request (#48213377) has been updated.

Hello,

We've confirmed that the following videos violate our policies. They will be
removed within the next 24 hours:
{YT[0]}
{YT[1]}

We'll confirm on this ticket once this is complete.

YouTube Legal Support
""",
    outcome="review",
    review="not_understood",
    imitates="Zendesk update announcing an action to come",
    why="'will be removed' is a promise, not a statement",
    items={YT[0]: "pending", YT[1]: "pending"},
)

case(
    name="x-hedge-appears",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Sat, 07 Sep 2024 09:12:40 +0900",
    subject=f"Re: {R2}",
    reply_to_req="req-240904-02",
    body=f"""Hello,

Regarding {R2}: the post {X[0]} appears to have been removed
already, possibly by the account owner. We are checking our records and will
confirm. The other posts are still under review.

X Legal
""",
    outcome="review",
    review="not_understood",
    imitates="hedged interim reply from a legal team",
    why="'appears to have been removed' is a hedge; the rest is under review",
    items={X[0]: "pending"},
)

case(
    name="naver-bulk-all-blinded",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Mon, 09 Sep 2024 17:20:05 +0900",
    subject=f"RE: {R4} 게시물 조치 요청",
    reply_to_req="req-240906-04",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 전체에 대해 블라인드 처리를 완료하였습니다.

감사합니다.
""",
    outcome="review",
    review="bulk",
    imitates="one-line Korean portal reply covering the whole request",
    why="a statement about all five items without naming any",
    items={u: "pending" for u in NV},
)

case(
    name="tg-bulk-case-number",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Sun, 08 Sep 2024 04:30:10 +0900",
    subject=f"Re: {R3} [Case #3390127]",
    reply_to_req="req-240905-03",
    body="""Hello,

Case #3390127: all reported content has been taken down.

Thank you for helping keep Telegram safe.
""",
    outcome="review",
    review="bulk",
    imitates="Telegram abuse-desk one-liner for a case",
    why="'all reported content' for a three-item request, no URL named",
    items={u: "pending" for u in TG},
)

case(
    name="yt-auth-fail-forged",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Korea",
    auth="fail",
    date="Sat, 14 Sep 2024 03:11:09 +0900",
    subject=f"Re: {R7} removal request (2 videos)",
    reply_to_req="req-240911-07",
    body=f"""Hello,

Both videos in your request have been removed:
{YT2[0]}
{YT2[1]}

Google Legal Support
""",
    outcome="review",
    review="untrusted",
    imitates="platform legal reply whose DKIM/SPF/DMARC fail",
    why="google.com sender failing authentication",
    items={YT2[0]: "pending", YT2[1]: "pending"},
)

case(
    name="x-zendesk-subdomain",
    **{"from": "support@xlegal.zendesk.com"},
    name_from="X Legal Support",
    date="Tue, 10 Sep 2024 12:00:33 +0900",
    subject=f"[X Legal] Ticket #771204: {R2}",
    body=f"""##- Please type your reply above this line -##

Your request (#771204) has been updated.

Hello,
{X[2]} has been removed.

X Legal Support
""",
    outcome="review",
    review="unknown_sender",
    imitates="hosted help-desk notification sent from the vendor's domain instead of the platform's",
    why="zendesk.com is not an X sender domain",
    items={X[2]: "pending"},
)

case(
    name="yt-forwarded-internal",
    **{"from": "seoyeon.lim@google.com"},
    name_from="Seo-yeon Lim",
    date="Thu, 12 Sep 2024 14:50:00 +0900",
    subject=f"Fwd: Enforcement outcome - batch KR-0903 ({R1})",
    body=f"""Hi KCSC,

Forwarding the outcome from our enforcement team for your records.

Seo-yeon

---------- Forwarded message ---------
From: YouTube Policy Enforcement <enforcement-noreply@youtube.com>
Date: Thu, Sep 12, 2024 at 9:14 AM
Subject: Enforcement outcome - batch KR-0903
To: <legal-kr@google.com>

Enforcement completed:
{YT[4]} - removed
{YT[5]} - removed
""",
    outcome="review",
    review="forwarded",
    classification="forwarded",
    imitates="platform staffer forwarding an internal enforcement notice",
    why="the statements are inside a forwarded message, not the sender's own",
    items={YT[4]: "pending", YT[5]: "pending"},
)

case(
    name="kakao-about-naver-url",
    **{"from": "help@daum.net"},
    name_from="Daum 고객센터",
    date="Wed, 11 Sep 2024 09:05:55 +0900",
    subject=f"Re: {R5} 게시물 조치 요청",
    body=f"""안녕하세요, Daum 고객센터입니다.

문의하신 {NV[2]} 게시물은 당사 시스템에서 확인되지 않는 게시물입니다.
주소를 다시 확인해 주시기 바랍니다.

감사합니다.
""",
    outcome="review",
    review="wrong_platform",
    imitates="Korean help-desk reply about a URL of another portal",
    why="Kakao (Daum) states a status for a NAVER item",
    items={NV[2]: "pending"},
)

case(
    name="yt-asks-more-court-order",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Korea",
    date="Sun, 08 Sep 2024 11:11:11 +0900",
    subject=f"Re: {R1} [Ticket #LR-7730915] - more information needed",
    reply_to_req="req-240903-01",
    body=f"""Hello,

To proceed with your request for {YT[8]} and
{YT[11]}, we need more information:

1. the specific provision of Korean law the content is alleged to violate, and
2. for the video, the timestamps where the content appears.

Until we receive this, we are unable to act on these two URLs. Please reply to
this email with the details.

Google Legal Support
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="legal team asking for the legal basis and timestamps before acting",
    why="asks for information; 'unable to act until' is conditional, not a refusal",
    items={YT[8]: "pending", YT[11]: "pending"},
)

case(
    name="naver-ticket-closed-no-claims",
    **{"from": "help@help.naver.com"},
    name_from="네이버 고객센터",
    date="Wed, 18 Sep 2024 09:00:00 +0900",
    subject="[네이버 고객센터] 문의가 종료되었습니다. (문의번호 2024091012345678)",
    body="""안녕하세요. 네이버 고객센터입니다.

고객님의 문의(문의번호 2024091012345678)는 답변 완료 후 7일이 지나 자동으로 종료되었습니다.
추가로 궁금하신 점은 고객센터를 통해 새로 문의해 주세요.

상담 만족도 평가에 참여해 주시면 서비스 개선에 큰 도움이 됩니다.
https://help.naver.com/survey/2024091012345678

본 메일은 발신전용입니다.
""",
    outcome="review",
    review="no_claims",
    imitates="NAVER customer-centre 'inquiry closed' notice with a survey link",
    why="trusted NAVER mail naming no item and no request of ours",
    items={},
)

case(
    name="tiktok-conditional",
    **{"from": "legal@tiktok.com"},
    name_from="TikTok Legal",
    date="Wed, 11 Sep 2024 18:18:18 +0900",
    subject=f"Re: {R6} [Ticket 1938-4471]",
    reply_to_req="req-240910-06",
    body=f"""Hi,

A quick update on ticket 1938-4471 ({R6}). Our local legal team has completed a
first pass on {TT[0]}.
If the video is confirmed to be unlawful under Korean law, it will be restricted
in South Korea. We expect a final decision by September 20.

TikTok Legal
""",
    outcome="review",
    review="not_understood",
    imitates="interim ticket update with a conditional outcome",
    why="a condition and a promise, no statement",
    items={TT[0]: "pending"},
)

case(
    name="uploader-gmail-complaint",
    **{"from": "haneul.dummy.tv@gmail.com"},
    name_from="Haneul TV",
    date="Sun, 15 Sep 2024 22:40:00 +0900",
    subject=f"About my removed video ({R1}?)",
    body=f"""Hello,

I run the channel {YT[8]}. YouTube told me my video
{YT[0]} was removed after a request from your commission.
It was not illegal and I want it restored. How do I appeal?

Haneul
""",
    outcome="review",
    review="unknown_sender",
    imitates="an uploader writing to the regulator about a removal",
    why="a private gmail.com sender naming requested URLs",
    items={YT[0]: "pending", YT[8]: "pending"},
)

# ========================= IGNORED ========================================

case(
    name="yt-zendesk-receipt",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Tue, 03 Sep 2024 10:01:12 +0900",
    subject=f"[YouTube Legal] Request received: {R1} (Ticket #48213377)",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""##- Please type your reply above this line -##

Thank you for contacting YouTube Legal Support.

Your request (#48213377) has been received and will be reviewed by our team.
To add information to your request, reply to this email.

This email is a service from YouTube Legal Support.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Zendesk 'request received' auto-acknowledgement",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="naver-receipt-korean",
    **{"from": "help@help.naver.com"},
    name_from="네이버 고객센터",
    date="Fri, 06 Sep 2024 09:41:30 +0900",
    subject=f"[네이버 고객센터] 문의가 접수되었습니다. ({R4})",
    reply_to_req="req-240906-04",
    body="""안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다. (문의번호 2024091012345678)
접수된 순서대로 확인 후 답변드리겠습니다.

본 메일은 발신전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="NAVER customer-centre 문의 접수 receipt",
    why="pure Korean receipt",
    items={},
)

case(
    name="x-ooo",
    **{"from": "hcho@x.com"},
    name_from="Hana Cho",
    date="Mon, 16 Sep 2024 10:02:40 +0900",
    subject=f"Automatic reply: Re: {R2} - post 204?",
    reply_to_req="req-240904-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""I am out of the office until Monday 23 September with limited access to email.
For urgent legal requests please write to legal@x.com.

Hana
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook out-of-office reply from a platform employee",
    why="out-of-office",
    items={},
)

_dsn_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-desk@google.com
Subject: [Reminder] {R1}: items still pending
Date: Mon, 16 Sep 2024 09:00:00 +0900
Message-ID: <reminder-240903-01-1b@kcsc.example>
Content-Type: text/plain; charset=utf-8

The following items of request {R1} are still pending:

{YT[8]}
{YT[9]}

Please tell us what action was taken on each of them.
"""
case(
    name="google-dsn-reminder",
    **{"from": "mailer-daemon@googlemail.com"},
    name_from="Mail Delivery Subsystem",
    date="Mon, 16 Sep 2024 09:00:07 +0900",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="00000000000dsn896"

--00000000000dsn896
Content-Type: text/plain; charset=UTF-8

Address not found

Your message wasn't delivered to legal-kr-desk@google.com because the address
couldn't be found, or is unable to receive mail.

--00000000000dsn896
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 16 Sep 2024 09:00:02 +0900

Final-Recipient: rfc822; legal-kr-desk@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--00000000000dsn896
Content-Type: message/rfc822

{_dsn_orig}
--00000000000dsn896--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Gmail delivery status notification for one of our reminders",
    why="a bounce; the URLs are only in our returned reminder",
    items={YT[8]: "pending", YT[9]: "pending"},
)

case(
    name="tg-mdn",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    date="Thu, 05 Sep 2024 12:02:00 +0900",
    subject=f"Read: {R3} removal request",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-896-tg"

--mdn-896-tg
Content-Type: text/plain; charset=utf-8

Your message

  To: dsa@telegram.org
  Subject: {R3} removal request
  Sent: Thursday, September 5, 2024 11:20 AM

was read on Thursday, September 5, 2024 12:01 PM.

--mdn-896-tg
Content-Type: message/disposition-notification

Reporting-UA: mail.telegram.org; Microsoft Outlook 16.0
Final-Recipient: rfc822;dsa@telegram.org
Original-Message-ID: <req-240905-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-896-tg--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="kakao-holiday-autoreply",
    **{"from": "help@daum.net"},
    name_from="Daum 고객센터",
    date="Sat, 14 Sep 2024 08:00:00 +0900",
    subject=f"[자동응답] Re: {R5} 게시물 조치 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요, Daum 고객센터입니다.

추석 연휴 기간(9월 14일~9월 18일) 동안 고객센터 상담이 휴무입니다.
연휴 기간에 접수된 문의는 9월 19일부터 순차적으로 답변드리겠습니다.

본 메일은 자동으로 발송되었습니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean help-desk holiday auto-reply",
    why="auto-reply announcing a holiday closure",
    items={},
)

case(
    name="tiktok-jira-received-echo",
    **{"from": "jira-noreply@tiktok.com"},
    name_from="TikTok Legal Requests",
    date="Tue, 10 Sep 2024 10:16:05 +0900",
    subject=f"[TT-LEGAL-5120] Request received: {R6}",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""We've received your request.

Summary of what you submitted
  Reference: {R6}
  Reported URL: {TT[0]}
  Reason: Obscene content (Korea)

A member of our team will look at it; you'll get an email when there is an update.
Request key: TT-LEGAL-5120

Powered by Jira Service Management
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Jira Service Management 'request received' notification echoing the submitted form",
    why="a receipt that only echoes what we sent; no statement about the video",
    items={TT[0]: "pending"},
)

HEADER = """# Blind set 896 (tests/corpus/blind896/): ticket systems and threads.
# Written by tests/corpus/blind896/make.py; expected results written from each
# email's meaning before any run of the reader. See NOTES.md."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind896", HEADER, cases)
