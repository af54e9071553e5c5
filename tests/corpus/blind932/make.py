#!/usr/bin/env python3
"""Blind set blind932: ticket systems and threads.

Zendesk/Freshdesk/Jira/HelpScout-style receipts and results, solved tickets,
follow-ups in the same thread, replies to our reminders, partial answers and
forwarded mail, from Reddit, Discord, Kakao, NAVER, X, YouTube and Telegram.
Every email is fictional and written in our own sentences; the expected
results were written from each email's meaning before any run of the reader.

    python3 tests/corpus/blind932/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind932"

# ---------------------------------------------------------------- requests
R = {  # reddit, KCSC-240902-01 (largest, 13 items)
    1: "https://www.reddit.com/r/hollowpier/comments/1f6k2a1/leaked_set_part_1/",
    2: "https://www.reddit.com/r/hollowpier/comments/1f6k2b7/leaked_set_part_2/",
    3: "https://www.reddit.com/r/hollowpier/comments/1f6k3c2/",
    4: "https://www.reddit.com/r/dimlanternclub/comments/1f5z9q0/new_drop/",
    5: "https://www.reddit.com/r/dimlanternclub/comments/1f5za11/",
    6: "https://www.reddit.com/r/dimlanternclub/comments/1f5za11/comment/lkq8r2e/",
    7: "https://www.reddit.com/user/tidal_moss_88/",
    8: "https://www.reddit.com/r/seoulafterdark_kr/comments/1f4x0e5/",
    9: "https://www.reddit.com/r/seoulafterdark_kr/comments/1f4x1k9/",
    10: "https://i.redd.it/q7m2xk4v1bld1.jpeg",
    11: "https://www.reddit.com/r/quietferry/comments/1f71b2m/",
    12: "https://www.reddit.com/r/quietferry/comments/1f71c8d/",
    13: "https://www.reddit.com/user/lanternmoth_07/",
}
GUILD = "https://discord.com/channels/1180334455667788990/1180334455667789001/"
D = {  # discord, KCSC-240903-02
    1: GUILD + "1281100220033445566",
    2: GUILD + "1281100220033449999",
    3: "https://discord.gg/saltmoth",
    4: "https://discord.gg/Kp3vXw9R",
}
TISTORY_SLUG = "유출-영상-모음"
TISTORY_RAW = "https://moonfield77.tistory.com/entry/" + TISTORY_SLUG
K = {  # kakao, KCSC-240904-03
    1: "https://cafe.daum.net/lowtide-lounge/Ab3x/112",
    2: "https://cafe.daum.net/lowtide-lounge/Ab3x/115",
    3: "https://moonfield77.tistory.com/entry/" + quote(TISTORY_SLUG),
    4: "https://brunch.co.kr/@nightwren/41",
    5: "https://pf.kakao.com/_xkQmTb/10293",
}
N = {  # naver, KCSC-240905-04
    1: "https://blog.naver.com/greyheron77/223571100001",
    2: "https://cafe.naver.com/quietlane/88231",
    3: "https://blog.naver.com/greyheron77/223571100457",
}
X = {  # x, KCSC-240906-05
    1: "https://x.com/driftwood_kr/status/1831102233445566771",
    2: "https://x.com/saltreed_99/status/1831207788990011223",
}
Y = {1: "https://www.youtube.com/watch?v=Qm7tLr2xVb0"}  # youtube, KCSC-240909-06
T = {  # telegram, KCSC-240910-07
    1: "https://t.me/saltmarsh_lounge/412",
    2: "https://t.me/saltmarsh_lounge/413",
    3: "https://t.me/reedbank_files/77",
}

REQUESTS = [
    ("KCSC-240902-01", "reddit", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", R,
     "nonconsensual_intimate_imagery"),
    ("KCSC-240903-02", "discord", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00", D,
     "nonconsensual_intimate_imagery"),
    ("KCSC-240904-03", "kakao", "2024-09-04T09:30:00+09:00", "2024-09-11T18:00:00+09:00", K,
     "defamation_privacy"),
    ("KCSC-240905-04", "naver", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00", N,
     "illegal_gambling"),
    ("KCSC-240906-05", "x", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00", X,
     "deepfake_sexual_abuse"),
    ("KCSC-240909-06", "youtube", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", Y,
     "drug_trade"),
    ("KCSC-240910-07", "telegram", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", T,
     "nonconsensual_intimate_imagery"),
]


def req_id(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, items, cat in REQUESTS:
            for k in sorted(items):
                w.writerow([ref, plat, sent, due, items[k], cat, "<%s@kcsc.example>" % req_id(ref), ""])


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    if isinstance(text, str):
        text = text.encode("utf-8")
    return base64.encodebytes(text).decode("ascii")


def alt_qp(plain, html, boundary):
    return f"""Content-Type: multipart/alternative; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(plain)}
--{boundary}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(html)}
--{boundary}--
"""


ZD_LINE = "##- Please type your reply above this line -##"

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ Reddit
case(
    name="reddit-zendesk-update-numbered",
    **{"from": "legal-ops@reddit.com"}, name_from="Reddit Legal Operations",
    date="Fri, 06 Sep 2024 16:42:10 +0900",
    subject="[Reddit Help] Re: KCSC-240902-01 Removal request [#48213]",
    reply_to_req="req-240902-01",
    body=f"""
{ZD_LINE}

Your request (48213) has been updated. To add a comment, reply to this email.

----------------------------------------------

Mara (Reddit Legal Operations)

Sep 6, 2024, 16:42 GMT+9

Hello,

Thank you for your patience while our Safety team worked through the links
in your notice KCSC-240902-01. Here is where the first five stand:

1. {R[1]} - removed by Reddit
2. {R[2]} - removed by Reddit
3. {R[3]} - the author had deleted this post before we got to it
4. {R[7]} - account suspended, its posts and profile removed
5. {R[10]} - image removed from our media host

The remaining links are still with the team. We will post the rest of the
outcomes on this ticket.

Kind regards,
Mara
Reddit Legal Operations

----------------------------------------------

This email is a service from Reddit Help.
[7Q2XKD-R8M41]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'Your request has been updated' notification with an agent comment listing per-link outcomes",
    why="numbered list from the authenticated Reddit desk, one outcome per named link; the rest are only promised",
    items={R[1]: "removed", R[2]: "removed", R[3]: "not_found", R[7]: "removed", R[10]: "removed"},
)

case(
    name="reddit-partial-first-batch-prose",
    **{"from": "legal-ops@reddit.com"}, name_from="Reddit Legal Operations",
    date="Thu, 05 Sep 2024 11:05:37 +0900",
    subject="Re: KCSC-240902-01 Removal request [#48213]",
    reply_to_req="req-240902-01",
    body=f"""
{ZD_LINE}

Jae-won (Reddit Legal Operations)

Sep 5, 2024, 11:05 GMT+9

Hi KCSC team,

A partial answer while the rest of your list is being worked on.

We removed the post {R[4]} for breaking our rule against
sharing intimate media without consent, and the comment at
{R[6]} is gone as well for the same reason.

The thread it sits in, {R[5]}, is a text-only question
with no media or links in it. It does not break Reddit's rules or, as far as we
can tell, Korean law, so we have left it up.

The two r/quietferry posts are still being looked at; we hope to have an answer
for you early next week.

Best,
Jae-won
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent reply giving a partial answer in prose on an open ticket",
    why="two named links removed and the parent post kept up with its reason; the r/quietferry posts are only mentioned as still in review",
    items={R[4]: "removed", R[6]: "removed", R[5]: "rejected", R[11]: "pending", R[12]: "pending"},
)

CSV_ROWS = [
    ("reported_url", "outcome", "policy", "actioned_at_utc"),
    (R[1], "Removed", "Rule 3 - non-consensual intimate media", "2024-09-04T02:10Z"),
    (R[2], "Removed", "Rule 3 - non-consensual intimate media", "2024-09-04T02:11Z"),
    (R[3], "Not found - deleted by author before review", "", ""),
    (R[4], "Removed", "Rule 3 - non-consensual intimate media", "2024-09-05T01:40Z"),
    (R[5], "No violation - left up", "", ""),
    (R[6], "Removed", "Rule 3 - non-consensual intimate media", "2024-09-05T01:41Z"),
    (R[7], "Account suspended - profile and content removed", "Rule 3", "2024-09-04T03:02Z"),
    (R[8], "Geo-restricted - unavailable in South Korea", "Local law (KR)", "2024-09-09T06:20Z"),
    (R[9], "Geo-restricted - unavailable in South Korea", "Local law (KR)", "2024-09-09T06:21Z"),
    (R[10], "Removed", "Rule 3 - non-consensual intimate media", "2024-09-04T02:15Z"),
    (R[11], "Not found - no such post", "", ""),
    (R[12], "No violation - left up", "", ""),
    (R[13], "Account suspended - profile and content removed", "Rule 3", "2024-09-10T00:55Z"),
]
CSV_TEXT = "\r\n".join(",".join(c if "," not in c else '"%s"' % c for c in row) for row in CSV_ROWS) + "\r\n"

case(
    name="reddit-solved-csv-attachment",
    **{"from": "legal-ops@reddit.com"}, name_from="Reddit Legal Operations",
    date="Wed, 11 Sep 2024 09:18:44 +0900",
    subject="[Reddit Help] Re: KCSC-240902-01 Removal request [#48213] - solved",
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="zd-mix-48213"

--zd-mix-48213
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

{ZD_LINE}

Your request (48213) has been solved. To reopen this request, reply to this
email within 7 days.

----------------------------------------------

Mara (Reddit Legal Operations)

Sep 11, 2024, 09:18 GMT+9

Hello,

Our review of notice KCSC-240902-01 is complete. The attached file has the
final outcome for each of the 13 links you sent us, one row per link.

If you disagree with any outcome, reply to this ticket and tell us which link
and why.

Kind regards,
Mara
Reddit Legal Operations

Attachment(s):
KCSC-240902-01_outcomes.csv

--zd-mix-48213
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_outcomes.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_outcomes.csv"
Content-Transfer-Encoding: base64

{b64(CSV_TEXT)}
--zd-mix-48213--
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'Your request has been solved' notification with the outcome table as a CSV attachment",
    why="the CSV gives an unhedged outcome for every one of the 13 links",
    items={R[1]: "removed", R[2]: "removed", R[3]: "not_found", R[4]: "removed", R[5]: "rejected",
           R[6]: "removed", R[7]: "removed", R[8]: "restricted", R[9]: "restricted", R[10]: "removed",
           R[11]: "not_found", R[12]: "rejected", R[13]: "removed"},
)

HTML_RD = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p style="color:#b5b5b5">{ZD_LINE}</p>
<p>Your request (48213) has been updated.</p>
<hr>
<p><b>Sun-hee (Reddit Legal Operations)</b><br>Sep 10, 2024, 15:31 GMT+9</p>
<p>Hello,</p>
<p>Here are the outcomes for four more links from your notice:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Link</th><th>Action</th></tr>
<tr><td><a href="{R[8]}">{R[8]}</a></td><td>Withheld in South Korea (local law)</td></tr>
<tr><td><a href="{R[9]}">{R[9]}</a></td><td>Withheld in South Korea (local law)</td></tr>
<tr><td><a href="{R[11]}">{R[11]}</a></td><td>Removed</td></tr>
<tr><td><a href="{R[12]}">{R[12]}</a></td><td>Not removed - no policy violation found</td></tr>
</table>
<p>You can read how we handle government requests at
<a href="https://support.reddithelp.com/hc/en-us/articles/360043066452">Reddit Help</a>.</p>
<p>Kind regards,<br>Sun-hee</p>
</body></html>
"""
case(
    name="reddit-html-table-qp",
    **{"from": "legal-ops@reddit.com"}, name_from="Reddit Legal Operations",
    date="Tue, 10 Sep 2024 15:31:02 +0900",
    subject="[Reddit Help] Re: KCSC-240902-01 Removal request [#48213]",
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(HTML_RD)}""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk HTML update notification with an agent-made table, quoted-printable",
    why="HTML table: two links withheld in Korea, one removed, one kept for no violation; the help-centre link is no item",
    items={R[8]: "restricted", R[9]: "restricted", R[11]: "removed", R[12]: "rejected"},
)

case(
    name="reddit-outlook-reply-to-reminder",
    **{"from": "jwoo@reddit.com"}, name_from="Jae-won Woo",
    date="Mon, 09 Sep 2024 19:02:51 +0900",
    subject="RE: [Reminder] KCSC-240902-01 - 5 items without an answer",
    reply_to_req="req-240902-01",
    body=f"""
Hi,

Sorry for the delay on these. The two r/seoulafterdark_kr posts you flagged as
urgent were removed by our Safety team this afternoon:

- {R[8]}
- {R[9]}

The r/quietferry posts and the lanternmoth_07 account are still open on our
side; I'll come back to you on this thread as soon as I have an answer.

Jae-won Woo | Legal Operations | Reddit, Inc.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 6:00 PM
To: legal-ops@reddit.com
Subject: [Reminder] KCSC-240902-01 - 5 items without an answer

Dear Reddit Legal Operations,

The deadline of our request KCSC-240902-01 (sent 2 September 2024) has passed.
We have no answer yet for the following items:

{R[8]}
{R[9]}
{R[11]}
{R[12]}
{R[13]}

Please tell us what action was taken on each.

Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply by a platform employee to the regulator's reminder",
    why="two named posts removed above the quoted reminder; the three others are only said to be open and are otherwise only quoted",
    items={R[8]: "removed", R[9]: "removed", R[11]: "pending", R[12]: "pending", R[13]: "pending"},
)

case(
    name="reddit-zendesk-foreign-host",
    **{"from": "help@redditlegalsupport.zendesk.com"}, name_from="Reddit Legal Support",
    date="Sat, 07 Sep 2024 08:12:09 +0900",
    subject="[Reddit Legal Support] Re: KCSC-240902-01 [#5521]",
    body=f"""
{ZD_LINE}

Your request (5521) has been updated.

Support Agent (Reddit Legal Support)

Hello,

The following content from your request has been removed:

{R[1]}
{R[2]}

If you need anything else, reply to this email.
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk notification sent from a hosted *.zendesk.com address rather than the platform's own domain",
    why="the sender domain is not any configured platform's, so its statements cannot change statuses",
    items={R[1]: "pending", R[2]: "pending"},
)

case(
    name="reddit-request-received-echo",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit Help",
    date="Mon, 02 Sep 2024 10:03:26 +0900",
    subject="[Reddit Help] Request received: KCSC-240902-01 Removal request [#48213]",
    reply_to_req="req-240902-01",
    body=f"""
{ZD_LINE}

Your request (48213) has been received and is being reviewed by our support
staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown

Sep 2, 2024, 10:00 GMT+9

Dear Reddit,

Under Article 44-7 of the Network Act, please remove the following content
(reference KCSC-240902-01):

{R[1]}
{R[2]}
{R[3]}
[... 10 more links]

Korea Communications Standards Commission

----------------------------------------------

This email is a service from Reddit Help.
[7Q2XKD-R8M41]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'Request received' auto-acknowledgement that echoes the requester's first comment",
    why="a receipt; the URLs appear only in the echo of our own request, with no statement about them",
    items={R[1]: "pending", R[2]: "pending", R[3]: "pending"},
)

case(
    name="reddit-forwarded-safety-note",
    **{"from": "legal-ops@reddit.com"}, name_from="Reddit Legal Operations",
    date="Sun, 08 Sep 2024 13:27:40 +0900",
    subject="Fwd: outcome for two links in KCSC-240902-01",
    body=f"""
Hi,

Passing on the note below from our Safety escalations team about two of your
links.

Mara

---------- Forwarded message ---------
From: Safety Escalations <safety-esc@reddit.com>
Date: Sat, Sep 7, 2024 at 10:41 PM
Subject: KCSC-240902-01 - done
To: Legal Operations <legal-ops@reddit.com>

Both of these are actioned and gone:
{R[10]}
{R[13]}

Account behind the second one is permanently suspended.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail-style forward of an internal team's note by a platform employee",
    why="the statements are inside the forwarded part; the cover note itself says nothing about the links' status",
    items={R[10]: "pending", R[13]: "pending"},
)

case(
    name="reddit-asks-legal-basis",
    **{"from": "legal-ops@reddit.com"}, name_from="Reddit Legal Operations",
    date="Fri, 06 Sep 2024 10:20:15 +0900",
    subject="[Reddit Help] Re: KCSC-240902-01 Removal request [#48213] - more information needed",
    reply_to_req="req-240902-01",
    body=f"""
{ZD_LINE}

Your request (48213) is awaiting your reply.

Sun-hee (Reddit Legal Operations)

Sep 6, 2024, 10:20 GMT+9

Hello,

Before we can decide on the two posts below we need a little more from you:

{R[11]}
{R[12]}

Could you tell us which provision of Korean law each post breaches, and
whether a court or the Commission has issued a decision on them? A copy of
the decision, if there is one, would help.

The ticket will stay open until we hear from you.

Thanks,
Sun-hee
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Zendesk 'awaiting your reply' (Pending) notification asking the requester for the legal basis",
    why="the platform asks for more information on two named posts and states nothing about them",
    items={R[11]: "pending", R[12]: "pending"},
)

case(
    name="reddit-url-below-statement",
    **{"from": "legal-ops@reddit.com"}, name_from="Reddit Legal Operations",
    date="Thu, 12 Sep 2024 17:45:03 +0900",
    subject="[Reddit Help] Re: KCSC-240902-01 Removal request [#48213]",
    reply_to_req="req-240902-01",
    body=f"""
{ZD_LINE}

Mara (Reddit Legal Operations)

Sep 12, 2024, 17:45 GMT+9

Hello again,

This account was suspended and everything it posted has been removed:
{R[13]}

The same applies to this profile:
{R[7]}

This post was deleted by its own author before our team could review it, so
there was nothing left on Reddit for us to act on:
{R[3]}

Regards,
Mara
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent reply putting each statement on its own line with the link on the line below",
    why="each statement precedes its link on the next line: two accounts removed, one post already deleted by its author",
    items={R[13]: "removed", R[7]: "removed", R[3]: "not_found"},
)

case(
    name="reddit-ack-plus-results",
    **{"from": "legal-ops@reddit.com"}, name_from="Reddit Legal Operations",
    date="Tue, 03 Sep 2024 14:09:58 +0900",
    subject="[Reddit Help] Request received: KCSC-240902-01 [#48330]",
    reply_to_req="req-240902-01",
    body=f"""
{ZD_LINE}

Thank you for contacting Reddit. We've received your report and opened ticket
#48330 for it.

Two of the links you sent had already been reported to us by users, and our
Safety team removed them yesterday:

  * {R[1]}
  * {R[2]}

We will reply on this ticket about the other links once they have been
reviewed.

Reddit Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-received message in which the agent adds outcomes already known",
    why="an acknowledgement phrase plus unhedged removals of two named links is not a bare receipt",
    items={R[1]: "removed", R[2]: "removed"},
)

# ================================================================ Discord
case(
    name="discord-zendesk-solved-mixed",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 06 Sep 2024 03:51:12 +0900",
    subject="[Discord] Re: KCSC-240903-02 report of non-consensual content [#30817722]",
    reply_to_req="req-240903-02",
    body=f"""
{ZD_LINE}

Your request (#30817722) has been solved. If you have more to add, just reply
to this email and the ticket will reopen.

Ravi (Discord Trust & Safety)

Sep 5, 2024, 11:51 PDT

Hi there,

Thanks for bringing this to us. Our team investigated everything in your report
and here's what we did:

- Message {D[1]}
  Removed.
- Message {D[2]}
  Removed.
- {D[3]}
  We removed this server from Discord and banned its owner.
- {D[4]}
  This invite is invalid or has expired, and we could not identify any server
  behind it.

You can learn more about how we enforce our rules at
https://discord.com/safety/360044158971-Enforcing-our-rules

Ravi
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety Zendesk 'ticket solved' reply with per-item actions",
    why="every link gets its own unhedged outcome; the safety-centre link is a policy page, not an item",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found"},
)

case(
    name="discord-pending-needs-links",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 04 Sep 2024 08:14:30 +0900",
    subject="[Discord] Re: KCSC-240903-02 report of non-consensual content [#30817722]",
    reply_to_req="req-240903-02",
    body=f"""
{ZD_LINE}

Ravi (Discord Trust & Safety)

Sep 3, 2024, 16:14 PDT

Hi there,

Thanks for reaching out. To investigate the server behind {D[3]}
we need message links for the specific content you are concerned about, not
only the invite. You can copy a message link by right-clicking the message
and choosing "Copy Message Link".

We've set this ticket to Pending until we hear back from you.

Ravi
Discord Trust & Safety
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Discord Trust & Safety Zendesk reply set to Pending, asking for message links",
    why="the platform asks for more information about a named invite and states nothing",
    items={D[3]: "pending"},
)

case(
    name="discord-hedged-appears",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 05 Sep 2024 06:30:44 +0900",
    subject="[Discord] Re: KCSC-240903-02 report of non-consensual content [#30817722]",
    reply_to_req="req-240903-02",
    body=f"""
{ZD_LINE}

Priya (Discord Trust & Safety)

Sep 4, 2024, 14:30 PDT

Hello,

A quick note while we finish our investigation. It looks like the server
behind {D[3]} may already have been deleted by its owner, and
the invite {D[4]} appears to have expired. We are confirming
this in our internal tools and will update this ticket when we are sure.

Priya
Discord Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Discord Trust & Safety interim update with hedged observations",
    why="'may already have been deleted' and 'appears to have expired' are hedges, with a promise to confirm later",
    items={D[3]: "pending", D[4]: "pending"},
)

case(
    name="discord-base64-followup",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 05 Sep 2024 09:02:17 +0900",
    subject="[Discord] Re: KCSC-240903-02 report of non-consensual content [#30817722]",
    reply_to_req="req-240903-02",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''{ZD_LINE}

Priya (Discord Trust & Safety)

Sep 4, 2024, 17:02 PDT

Hello again,

Following up on the two messages in your report. Both have now been
removed from Discord, and the account that posted them has been
permanently suspended:

{D[1]}
{D[2]}

We are still looking into the two invite links.

Priya
Discord Trust & Safety
''')}""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety follow-up on the same ticket, base64 plain-text body",
    why="both named messages removed, stated without hedge; the invites are only promised",
    items={D[1]: "removed", D[2]: "removed", D[3]: "pending", D[4]: "pending"},
)

case(
    name="discord-helpscout-echoed-report",
    **{"from": "gov-requests@discord.com"}, name_from="Discord Government Requests",
    date="Mon, 09 Sep 2024 02:48:05 +0900",
    subject="Re: KCSC-240903-02 report of non-consensual content",
    reply_to_req="req-240903-02",
    body=f"""
Hi KCSC team,

Thanks for your patience. Here is a summary of what we did with each item
from your report.

Reported content: {D[1]}
Reason given: Non-consensual intimate imagery
Outcome: No action. The message is a link to a news article and does not
break our Community Guidelines.

Reported content: {D[3]}
Reason given: Non-consensual intimate imagery
Outcome: Server removed from Discord.

Reported content: {D[4]}
Reason given: Non-consensual intimate imagery
Outcome: Server removed from Discord; the invite no longer works.

Best,
Camille
Government Requests, Discord

--
View this conversation: https://discord.com/gov/conversations/884120
""",
    outcome="applied", classification="confirmation",
    imitates="HelpScout-style reply that echoes each reported item with its reason and outcome",
    why="each echoed item has its own outcome line: one left up for no violation, two servers removed",
    items={D[1]: "rejected", D[3]: "removed", D[4]: "removed"},
)

case(
    name="discord-followup-remaining-invite",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Sat, 07 Sep 2024 05:12:40 +0900",
    subject="Re: [Discord] Re: KCSC-240903-02 report of non-consensual content [#30817722]",
    reply_to_req="req-240903-02",
    body=f"""
Following up on my last reply on this ticket: the invite
{D[4]} has now been disabled and the server it led to has been
removed.

Ravi
Discord Trust & Safety

On Thu, Sep 5, 2024 at 3:14 PM Discord Trust & Safety <safety@discord.com> wrote:
> Hi there,
>
> We removed the message {D[1]}
> and the server behind {D[3]}.
>
> We are still looking into {D[4]}.
>
> Ravi
""",
    outcome="applied", classification="confirmation",
    imitates="agent follow-up in the same thread, quoting its own earlier reply",
    why="only the invite is stated in the new text; the earlier outcomes are quoted and do not count here",
    items={D[4]: "removed", D[1]: "pending", D[3]: "pending"},
)

case(
    name="discord-portal-notice",
    **{"from": "gov-requests@discord.com"}, name_from="Discord Government Requests",
    date="Wed, 11 Sep 2024 01:00:00 +0900",
    subject="Changes to how Discord receives government requests",
    body="""
Hello,

You are receiving this message because your organisation has sent requests
to Discord by email in the past year.

From 1 October 2024 we will only accept content removal requests from
government agencies through our Government Request Portal:
https://discord.com/safety/government-request-portal

Requests sent to this address after that date will receive an automatic
reply pointing to the portal. Requests already submitted are not affected.

Thank you,
Discord Government Requests
""",
    outcome="review", review="no_claims",
    imitates="platform announcement about a new government request portal",
    why="trusted Discord mail that names no item and references no request",
    items={},
)

# ================================================================ Kakao
case(
    name="kakao-result-text-table",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Mon, 09 Sep 2024 14:20:00 +0900",
    subject="[카카오] 게시중단 요청 처리 결과 안내 (KCSC-240904-03)",
    reply_to_req="req-240904-03",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대하여 아래와 같이 처리하였음을
알려드립니다.

번호 | 게시물 주소 | 처리 결과
1 | {K[1]} | 임시조치(30일)
2 | {K[2]} | 임시조치(30일)
3 | {TISTORY_RAW} | 삭제
4 | {K[4]} | 삭제
5 | {K[5]} | 게시물 없음(게시자가 이미 삭제)

임시조치된 게시물은 30일 동안 접근이 차단되며, 게시자의 복원 요청이 없으면
삭제됩니다.

감사합니다.
카카오 권리침해신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 처리 결과 안내 with a pipe table",
    why="a row per URL: two 임시조치 (restricted), two 삭제, one already deleted by its author",
    items={K[1]: "restricted", K[2]: "restricted", K[3]: "removed", K[4]: "removed", K[5]: "not_found"},
)

case(
    name="kakao-tistory-korean-particle",
    **{"from": "noreply@daum.net"}, name_from="Daum 고객센터",
    date="Fri, 06 Sep 2024 17:03:22 +0900",
    subject="Re: KCSC-240904-03 불법정보 삭제 요청",
    reply_to_req="req-240904-03",
    body=f"""
안녕하세요, Daum 고객센터입니다.

문의하신 티스토리 게시물 {TISTORY_RAW}은 운영정책 위반이 확인되어 비공개 처리되었습니다．

또한 카페 게시글 <{K[2]}>에 대해서는 블라인드 처리를 완료했습니다。

나머지 게시물에 대한 결과는 확인되는 대로 별도로 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum customer-centre reply in Korean prose with a particle glued to a raw Korean URL",
    why="비공개 처리 and 블라인드 처리 are removals; the URL ends before the particle 은 and the bracket",
    items={K[3]: "removed", K[2]: "removed"},
)

case(
    name="kakao-receipt-jeopsu",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Wed, 04 Sep 2024 09:31:40 +0900",
    subject="[카카오 고객센터] 문의가 정상적으로 접수되었습니다",
    reply_to_req="req-240904-03",
    body="""
안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

접수번호 : 2409-0412-77812
접수일시 : 2024.09.04 09:31

담당자가 확인 후 순차적으로 답변드리겠습니다. 본 메일은 발신 전용이므로
회신하실 수 없습니다.

카카오 고객센터 https://cs.kakao.com
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 문의 접수 안내 (ticket receipt)",
    why="a pure receipt with a ticket number; nothing about any item",
    items={},
)

case(
    name="kakao-promise-yejeong",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Thu, 05 Sep 2024 11:48:05 +0900",
    subject="RE: KCSC-240904-03 불법정보 삭제 요청",
    reply_to_req="req-240904-03",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물 중 아래 2건은 현재 담당 부서에서 검토 중이며, 확인이 끝나는 대로
삭제 조치할 예정입니다.

- {K[4]}
- {K[5]}

처리가 완료되면 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao interim reply: 검토 중, 삭제 조치할 예정",
    why="'under review' and 'will delete' are promises, not statements",
    items={K[4]: "pending", K[5]: "pending"},
)

case(
    name="kakao-auth-fail",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    auth="fail",
    date="Sat, 07 Sep 2024 22:15:31 +0900",
    subject="[카카오] 게시중단 처리 완료 안내 (KCSC-240904-03)",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 아래 게시물은 삭제 처리되었습니다.

{K[1]}
{K[2]}

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="Kakao 처리 완료 notice arriving with failed DKIM/SPF/DMARC",
    why="From a Kakao domain but authentication fails, so the removals cannot be applied",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="kakao-reply-to-reminder-outlook",
    **{"from": "minji.han@kakaocorp.com"}, name_from="한민지",
    date="Thu, 12 Sep 2024 10:05:19 +0900",
    subject="RE: [독촉] KCSC-240904-03 미회신 게시물 처리 결과 요청",
    reply_to_req="req-240904-03",
    body=f"""
안녕하세요, 카카오 권리침해대응팀 한민지입니다.
회신이 늦어 죄송합니다. 아래 3건의 처리 결과를 먼저 말씀드립니다.

- {K[1]} → 삭제 완료
- {K[2]} → 삭제 완료
- {K[5]} → 게시자가 이미 삭제한 게시물로 확인되었습니다

나머지 2건은 담당 부서에서 확인 중이며 결과가 나오는 대로 회신드리겠습니다.

한민지 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 6:00 PM
To: right@kakaocorp.com
Subject: [독촉] KCSC-240904-03 미회신 게시물 처리 결과 요청

카카오 담당자님께,

2024년 9월 4일 요청드린 KCSC-240904-03 건의 처리 기한이 지났으나 아래 게시물에
대한 회신을 받지 못하였습니다.

{K[1]}
{K[2]}
{TISTORY_RAW}
{K[4]}
{K[5]}

각 게시물의 조치 결과를 알려주시기 바랍니다.

방송통신심의위원회
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted Korean reply by a platform employee to the regulator's reminder (독촉)",
    why="three named URLs get results above the quoted reminder; the two others are only 확인 중 and quoted",
    items={K[1]: "removed", K[2]: "removed", K[5]: "not_found", K[3]: "pending", K[4]: "pending"},
)

case(
    name="kakao-brunch-base64",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Tue, 10 Sep 2024 16:40:02 +0900",
    subject="=?UTF-8?B?" + base64.b64encode("[카카오] 처리 결과 안내 KCSC-240904-03".encode()).decode() + "?=",
    reply_to_req="req-240904-03",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물의 처리 결과를 안내드립니다.

브런치 글 {K[4]} 은 게시중단 처리되었습니다.
카카오톡 채널 게시물 {K[5]} 은 임시조치(30일)되었습니다.

감사합니다.
''')}""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 처리 결과 안내, base64 body and RFC 2047 subject",
    why="게시중단 (removed) for the brunch post and 임시조치 (restricted) for the channel post",
    items={K[4]: "removed", K[5]: "restricted"},
)

case(
    name="kakao-dsn-returned",
    **{"from": "MAILER-DAEMON@daum.net"}, name_from="Mail Delivery System",
    date="Wed, 11 Sep 2024 18:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-7731C1"

--dsn-7731C1
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx2.daum.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<right-old@daum.net>: host mx2.daum.net said: 550 5.1.1 <right-old@daum.net>
    Recipient address rejected: User unknown

--dsn-7731C1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.daum.net
Arrival-Date: Wed, 11 Sep 2024 18:00:40 +0900

Final-Recipient: rfc822; right-old@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-7731C1
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: right-old@daum.net
Subject: [Reminder] KCSC-240904-03
Date: Wed, 11 Sep 2024 18:00:00 +0900
Message-ID: <reminder-240904-03-1@kcsc.example>
Content-Type: text/plain; charset=utf-8

The following items are still without an answer:
{K[1]}
{K[2]}
{K[4]}

--dsn-7731C1--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our reminder",
    why="a bounce; the URLs are in our own returned reminder",
    items={K[1]: "pending", K[2]: "pending", K[4]: "pending"},
)

# ================================================================ NAVER
case(
    name="naver-blind-and-rejected",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Tue, 10 Sep 2024 10:12:30 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240905-04)",
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

KCSC-240905-04 건으로 요청하신 게시물에 대한 처리 결과를 안내드립니다.

1) {N[1]} : 블라인드 처리 완료
2) {N[2]} : 블라인드 처리 완료
3) {N[3]} : 검토 결과 관련 법령 및 네이버 운영정책 위반 사항이 확인되지 않아
   게시중단 요청을 반려하였습니다.

추가 문의 사항은 본 메일에 회신해 주시기 바랍니다.

네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="네이버 고객센터 답변 메일 with a numbered result list",
    why="two 블라인드 (removed) and one request turned down with its reason (rejected)",
    items={N[1]: "removed", N[2]: "removed", N[3]: "rejected"},
)

case(
    name="naver-auto-reply-korean",
    **{"from": "jihoon.seo@navercorp.com"}, name_from="서지훈",
    date="Thu, 05 Sep 2024 10:01:12 +0900",
    subject="[자동응답] 부재중입니다: KCSC-240905-04 불법정보 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 서지훈입니다.

9월 5일부터 9월 9일까지 휴가로 부재중입니다. 급한 용무는
policy@navercorp.com 으로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동응답)",
    why="an out-of-office auto-reply",
    items={},
)

case(
    name="naver-all-done-bulk",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Mon, 09 Sep 2024 15:33:10 +0900",
    subject="RE: KCSC-240905-04 불법정보 삭제 요청",
    reply_to_req="req-240905-04",
    body="""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 3건 모두 삭제 조치 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="short Korean reply confirming all items of a request at once",
    why="one statement about all three items of a three-item request, naming none",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending"},
)

HTML_NV = f"""<html><body>
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>방송통신심의위원회 시정요구(KCSC-240905-04)에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>2024.09.06</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>접근제한</td><td>2024.09.06</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>해당 게시물 없음</td><td>-</td></tr>
</table>
<p>감사합니다.<br>네이버 고객센터</p>
</body></html>
"""
case(
    name="naver-html-table-qp",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Fri, 06 Sep 2024 18:20:45 +0900",
    subject="[네이버] 시정요구 조치결과 회신 (KCSC-240905-04)",
    reply_to_req="req-240905-04",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(HTML_NV)}""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 as an HTML table, quoted-printable",
    why="table rows: 삭제 (removed), 접근제한 (restricted), 해당 게시물 없음 (not_found)",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found"},
)

# ================================================================ X
case(
    name="x-case-update-restricted-rejected",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 07:44:20 +0900",
    subject="Case# 0193884412: update on your report KCSC-240906-05 [ref:_00D1x2kQ._5003x9ZtR:ref]",
    reply_to_req="req-240906-05",
    body=f"""
Hello,

Thank you for your report. We have reviewed the reported content and taken
the following action.

We have withheld the post <{X[1]}> in Korea in response to your request. It
remains available in other countries.

We did not take action on <{X[2]}>. After careful review we found that it
does not violate the X Rules or Korean law as described in your notice.

Please do not reply to this message; to follow up, refer to Case# 0193884412.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request case update (Salesforce-style case number), URLs in angle brackets",
    why="one post withheld in Korea (restricted), the other kept with its reason (rejected)",
    items={X[1]: "restricted", X[2]: "rejected"},
)

case(
    name="x-mdn-read",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 10:40:02 +0900",
    subject="Read: KCSC-240906-05 Request for removal of illegal content",
    reply_to_req="req-240906-05",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-55A0"

--mdn-55A0
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@x.com
  Subject: KCSC-240906-05 Request for removal of illegal content
  Sent: Friday, September 6, 2024 10:00 AM (UTC+09:00) Seoul

was read on Friday, September 6, 2024 10:40 AM (UTC+09:00) Seoul.

--mdn-55A0
Content-Type: message/disposition-notification

Reporting-UA: mail.x.com; Microsoft Exchange Server
Final-Recipient: rfc822; legal@x.com
Original-Message-ID: <req-240906-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-55A0--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Exchange read receipt (MDN)",
    why="a read receipt",
    items={},
)

HTML_X = f"""<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2 style="font-size:18px">Your case has been closed</h2>
<p>Hello,</p>
<p>We're writing to let you know that we have reviewed your report (KCSC-240906-05).</p>
<p>We have removed the following post for violating our policy on non-consensual nudity:</p>
<p><a href="{X[1]}">{X[1]}</a></p>
<p>Learn more about our <a href="https://help.x.com/en/rules-and-policies/intimate-media">non-consensual nudity policy</a>.</p>
<p>Thanks,<br>X</p>
<p style="font-size:11px;color:#777">Case# 0193884412</p>
</body></html>
"""
case(
    name="x-html-case-closed",
    **{"from": "legal-noreply@x.com"}, name_from="X",
    date="Sat, 14 Sep 2024 02:10:55 +0900",
    subject="Your case has been closed [Case# 0193884412]",
    reply_to_req="req-240906-05",
    raw_mime=alt_qp(
        f"Your case has been closed\n\nHello,\n\nWe're writing to let you know that we have reviewed your report (KCSC-240906-05).\n\n"
        f"We have removed the following post for violating our policy on non-consensual nudity:\n{X[1]}\n\n"
        f"Learn more about our non-consensual nudity policy: https://help.x.com/en/rules-and-policies/intimate-media\n\n"
        f"Thanks,\nX\n\nCase# 0193884412\n",
        HTML_X, "x-alt-0193884412"),
    outcome="applied", classification="confirmation",
    imitates="X 'your case has been closed' HTML notice (multipart/alternative, quoted-printable)",
    why="one named post removed; the policy link is not an item; the other post is not mentioned",
    items={X[1]: "removed"},
)

case(
    name="x-jira-resolved-wrapped",
    **{"from": "jira@x.com"}, name_from="Dana Choi (X Legal Requests)",
    date="Thu, 12 Sep 2024 12:30:08 +0900",
    subject="[JIRA] (LRQ-20441) KCSC-240906-05 Request for removal of illegal content",
    reply_to_req="req-240906-05",
    body=f"""
—-—-—-—
Reply above this line.

Dana Choi resolved this as Done.

Dana Choi commented:

Hi, following our earlier update on this request: after a second review
the post <https://x.com/saltreed_99/status/
1831207788990011223> is now withheld in Korea under local law.

View request · Turn off this request's notifications
https://legalrequests.x.com/servicedesk/customer/portal/4/LRQ-20441

This is shared with KCSC Takedown.

Powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'resolved this as Done' customer notification, URL wrapped inside angle brackets",
    why="the post wrapped across two lines inside <...> (RFC 3986 appendix C style) is withheld in Korea; the portal link is no item",
    items={X[2]: "restricted"},
)

case(
    name="x-under-review-promise",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 06:05:40 +0900",
    subject="Case# 0193884412: we are reviewing your report KCSC-240906-05",
    reply_to_req="req-240906-05",
    body=f"""
Hello,

Your report is under review. Our team will assess the posts below against
the X Rules and applicable local law:

{X[1]}
{X[2]}

We will notify you by email once a decision has been made. No further action
is needed from you at this time.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X 'we are reviewing your report' interim notice listing the reported posts",
    why="'under review' and 'will notify' are not statements; it names items, so it is not a bare receipt",
    items={X[1]: "pending", X[2]: "pending"},
)

# ================================================================ YouTube
case(
    name="yt-solved-sole-statement",
    **{"from": "legal-support-noreply@google.com"}, name_from="Google Legal Support",
    date="Wed, 11 Sep 2024 08:30:12 +0900",
    subject="Re: [KCSC-240909-06] Request to remove content - Case ID 8-3317000045621",
    reply_to_req="req-240909-06",
    body="""
Hello,

Thank you for your notice.

After reviewing the video you reported, we have removed it from YouTube for
violating our Community Guidelines on illegal regulated goods.

This case is now closed. If you have further concerns, you can reply to this
email quoting Case ID 8-3317000045621.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal support case closure naming the case but not the URL",
    why="a single unhedged removal answering a one-item request, identified by the reference and the thread",
    items={Y[1]: "removed"},
)

case(
    name="yt-dsn-bounce",
    **{"from": "mailer-daemon@google.com"}, name_from="Mail Delivery Subsystem",
    date="Mon, 16 Sep 2024 18:00:09 +0900",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="gdsn-0f2a"

--gdsn-0f2a
Content-Type: text/plain; charset=utf-8

** Address not found **

Your message wasn't delivered to legal-kr-old@google.com because the address
couldn't be found, or is unable to receive mail.

--gdsn-0f2a
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 16 Sep 2024 02:00:08 -0700

Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--gdsn-0f2a
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: [Reminder] KCSC-240909-06
Date: Mon, 16 Sep 2024 18:00:00 +0900
Message-ID: <reminder-240909-06-1@kcsc.example>
Content-Type: text/plain; charset=utf-8

Still without an answer:
{Y[1]}

--gdsn-0f2a--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Address not found' delivery status notification",
    why="a bounce of our reminder",
    items={Y[1]: "pending"},
)

HTML_YT = f"""<html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Thank you for contacting YouTube. We have reviewed the content identified in
your notice KCSC-240909-06.</p>
<p>Based on local law, we have blocked access to the following content in South Korea:</p>
<ul><li><a href="{Y[1]}">{Y[1]}</a></li></ul>
<p>The content remains available in other countries, as it does not violate our
<a href="https://www.youtube.com/howyoutubeworks/policies/community-guidelines/">Community Guidelines</a>.</p>
<p>Sincerely,<br>The YouTube Legal Support Team</p>
</body></html>
"""
case(
    name="yt-qp-html-geo-block",
    **{"from": "youtube-legal@youtube.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 04:15:30 +0900",
    subject="Re: [KCSC-240909-06] Request to remove content",
    reply_to_req="req-240909-06",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(HTML_YT)}""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome: content blocked in the requesting country (HTML, quoted-printable)",
    why="access blocked in South Korea only: restricted; the guidelines link is no item",
    items={Y[1]: "restricted"},
)

case(
    name="yt-reminder-reply-rejected",
    **{"from": "legal-support-noreply@google.com"}, name_from="Google Legal Support",
    date="Tue, 17 Sep 2024 09:40:51 +0900",
    subject="Re: [Reminder] KCSC-240909-06 - no answer received",
    reply_to_req="req-240909-06",
    body=f"""
Hello,

Thanks for your follow-up. We reviewed {Y[1]} again and it remains
available: we did not find that it violates our Community Guidelines, and the
notice does not give us enough to conclude that it is unlawful in Korea.

If a Korean court has ruled on this video, you are welcome to send us the
decision and we will take another look.

Regards,
The YouTube Legal Support Team

On Mon, Sep 16, 2024 at 6:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube,
>
> The deadline of our request KCSC-240909-06 has passed and we have not
> received an answer about:
> {Y[1]}
>
> Please let us know what action was taken.
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal support reply to a reminder, refusing with reasons above the Gmail-quoted reminder",
    why="'remains available' with the reason no violation was found is a refusal; the offer to look again at a court decision is no request for info",
    items={Y[1]: "rejected"},
)

# ================================================================ Telegram
case(
    name="tg-gmail-quoted-request",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 03:22:17 +0900",
    subject="Re: KCSC-240910-07 Request for removal of illegal content",
    reply_to_req="req-240910-07",
    body=f"""
Hello,

Thank you for the report.

t.me/saltmarsh_lounge/412 - blocked.
t.me/saltmarsh_lounge/413 - blocked.
t.me/reedbank_files/77 - we could not find this message; the link does not
lead to any existing post.

Telegram Abuse Team

On Tue, 10 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
>
> Please remove the following content (KCSC-240910-07):
>
> {T[1]}
> {T[2]}
> {T[3]}
>
> Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply in terse lines above the Gmail-quoted request",
    why="scheme-less t.me links each with an outcome: two blocked (removed), one not found",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found"},
)

case(
    name="tg-out-of-office",
    **{"from": "n.alvarez@telegram.org"}, name_from="Nora Alvarez",
    date="Tue, 10 Sep 2024 10:00:41 +0900",
    subject="Automatic reply: KCSC-240910-07 Request for removal of illegal content",
    reply_to_req="req-240910-07",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 16 September with limited access to email.
Removal requests are handled by abuse@telegram.org in the meantime; your
message has not been forwarded.

Nora
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office message",
    why="an out-of-office auto-reply",
    items={},
)

case(
    name="tg-conflicting-413",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Desk",
    date="Fri, 13 Sep 2024 20:14:09 +0900",
    subject="Re: KCSC-240910-07 Request for removal of illegal content - Case #5512093",
    reply_to_req="req-240910-07",
    body=f"""
Dear Sir or Madam,

Case #5512093

The content at {T[2]} has been taken down.

Regarding {T[2]}: after review, our moderators found no
violation of Telegram's Terms of Service, and no action was taken on it.

Kind regards,
Telegram DSA Desk
""",
    outcome="review", review="conflicting_statements",
    imitates="ticket reply assembled from two contradicting macros about the same post",
    why="the same post is said to be taken down and to have had no action taken",
    items={T[2]: "pending"},
)

case(
    name="tg-bare-url-status-below",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 13:50:02 +0900",
    subject="Re: KCSC-240910-07 Request for removal of illegal content",
    reply_to_req="req-240910-07",
    body=f"""
Hello,

Results for your report KCSC-240910-07:

{T[2]}
Status: removed

{T[3]}
Status: not found (no message with this number exists in the channel)

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply with a bare URL and its status on the line below",
    why="each URL is followed by its status line: removed and not found",
    items={T[2]: "removed", T[3]: "not_found"},
)

case(
    name="tg-freshdesk-closed",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Desk",
    date="Sun, 15 Sep 2024 11:07:33 +0900",
    subject="Ticket #7721 status changed to Closed - KCSC-240910-07",
    reply_to_req="req-240910-07",
    body=f"""
Hi KCSC Takedown,

The status of your ticket #7721 "KCSC-240910-07 Request for removal of
illegal content" has been changed to Closed.

Agent note (Lena, Telegram DSA Desk):

  • t.me/saltmarsh_lounge/412 - Content deleted; the channel has been banned.
  • t.me/saltmarsh_lounge/413 - Content deleted.
  • t.me/reedbank_files/77 - No breach of our Terms of Service was found;
    this post stays available.

If you think this ticket was closed in error, you can reopen it by replying
to this email.

Telegram DSA Desk
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket status changed to Closed' notification with an agent note in bullets",
    why="bulleted per-link outcomes: two deleted, one kept with its reason",
    items={T[1]: "removed", T[2]: "removed", T[3]: "rejected"},
)


HEADER = """# Blind set blind932 (ticket systems and threads): expected results written
# from each email's meaning before the reader was run. Generated by make.py.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print("%d cases" % len(cases))
