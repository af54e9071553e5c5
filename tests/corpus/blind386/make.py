#!/usr/bin/env python3
"""Blind set 386: ticket systems and threads.

Zendesk / Freshdesk / Jira / Help Scout style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Written from each email's meaning, before any
run of the reader.

    python3 tests/corpus/blind386/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
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

# ---------------------------------------------------------------- requests

TG = [
    "https://t.me/nightmarket_kr7/1042",      # 0
    "https://t.me/nightmarket_kr7/1057",      # 1
    "https://t.me/nightmarket_kr7/1063",      # 2
    "https://t.me/pale_lantern_room/88",      # 3
    "https://t.me/pale_lantern_room/91",      # 4
    "https://t.me/pale_lantern_room/95",      # 5
    "https://t.me/vaporfig_share/2210",       # 6
    "https://t.me/vaporfig_share/2214",       # 7
    "https://t.me/c/1987654321/5531",         # 8
    "https://t.me/c/1987654321/5540",         # 9
    "https://t.me/ochre_tide_bot_files/17",   # 10
    "https://t.me/ochre_tide_bot_files/23",   # 11
    "https://t.me/mintparcel_kr",             # 12
    "https://t.me/+Qz7hPa0LmX3vYk2d",         # 13
]
XU = [
    "https://x.com/lumen_fret42/status/1831002233445566001",   # 0
    "https://x.com/lumen_fret42/status/1831002233445566178",   # 1
    "https://x.com/gravel_owl_kr/status/1831455566778899012",  # 2
    "https://x.com/gravel_owl_kr/status/1831455566778899340",  # 3
    "https://x.com/saffron_dyno",                              # 4
]
YT = [
    "https://www.youtube.com/watch?v=Jq3vR8sLx2A",   # 0
    "https://www.youtube.com/watch?v=pT0wbN5hZcE",   # 1
    "https://youtu.be/mK7dQ2yRf9o",                  # 2
    "https://www.youtube.com/shorts/Xy4LpQ8vN1s",    # 3
]
NV_KO_RAW = "https://cafe.naver.com/소문의정원/3391"
NV = [
    "https://blog.naver.com/moonveil_77/223561234567",                 # 0
    "https://cafe.naver.com/quietgarden/48213",                        # 1
    "https://cafe.naver.com/%EC%86%8C%EB%AC%B8%EC%9D%98%EC%A0%95%EC%9B%90/3391",  # 2
]
KK = [
    "https://cafe.daum.net/silverwharf/Ab3x/412",   # 0
    "https://frostmint.tistory.com/57",             # 1
]
DC = ["https://discord.com/channels/1122334455667788990/1122334455667789001/1283344556677889900"]
TT = [
    "https://www.tiktok.com/@hazel.quarry/video/7412233445566778899",  # 0
    "https://www.tiktok.com/@hazel.quarry/video/7412233445566779012",  # 1
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240903-01", "telegram", "2024-09-03T10:30:00+09:00", "2024-09-10T23:59:59+09:00", TG,
     "illegal-gambling", "req-240903-01@kcsc.example", "largest request"),
    ("KCSC-240905-02", "x", "2024-09-05T11:00:00+09:00", "2024-09-12T23:59:59+09:00", XU,
     "non-consensual-imagery", "req-240905-02@kcsc.example", ""),
    ("KCSC-240909-03", "youtube", "2024-09-09T09:40:00+09:00", "2024-09-16T23:59:59+09:00", YT,
     "drug-sales", "req-240909-03@kcsc.example", ""),
    ("KCSC-240910-04", "naver", "2024-09-10T14:00:00+09:00", "2024-09-17T23:59:59+09:00", NV,
     "defamation", "req-240910-04@kcsc.example", "one Korean path"),
    ("KCSC-240911-05", "kakao", "2024-09-11T10:15:00+09:00", "2024-09-18T23:59:59+09:00", KK,
     "illegal-gambling", "req-240911-05@kcsc.example", ""),
    ("KCSC-240912-06", "discord", "2024-09-12T16:20:00+09:00", "2024-09-19T23:59:59+09:00", DC,
     "deepfake-sexual-abuse", "req-240912-06@kcsc.example", "single item"),
    ("KCSC-240913-07", "tiktok", "2024-09-13T09:05:00+09:00", "2024-09-20T23:59:59+09:00", TT,
     "drug-sales", "req-240913-07@kcsc.example", ""),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers

def our_request(ref, platform, urls, deadline):
    lines = [
        f"Dear {platform} team,",
        "",
        "The Korea Communications Standards Commission has found the content at",
        "the addresses below to be illegal under Korean law and asks you to remove",
        f"it or block access to it from Korea by {deadline}.",
        "",
        f"Our reference: {ref}",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Kind regards,", "KCSC Takedown desk"]
    return "\n".join(lines)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


TG_REQ = our_request("KCSC-240903-01", "Telegram", TG, "10 September 2024")
X_REQ = our_request("KCSC-240905-02", "X", XU, "12 September 2024")
YT_REQ = our_request("KCSC-240909-03", "YouTube", YT, "16 September 2024")
TT_REQ = our_request("KCSC-240913-07", "TikTok", TT, "20 September 2024")

ZD_HEAD = "##- Please type your reply above this line -##"

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED

case(
    name="tg-zendesk-solved-history-has-request",
    from_="abuse@telegram.org", name_from="Telegram Support",
    date="Fri, 06 Sep 2024 05:02:11 +0000",
    subject="[Telegram Support] Re: [KCSC] Request for removal KCSC-240903-01",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer", "X-Zendesk-Ticket-Id: 4471902"],
    body=f"""{ZD_HEAD}

Your request (4471902) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Mira (Telegram Support)

Sep 6, 2024, 05:02 UTC

Hello,

Thank you for your report. We looked at the links you sent and this is what we did:

https://t.me/nightmarket_kr7/1042 - post taken down
https://t.me/nightmarket_kr7/1057 - post taken down
https://t.me/nightmarket_kr7/1063 - post taken down
https://t.me/pale_lantern_room/88 - we could not find this message, it no longer exists in the channel

The rest of your list is still with the moderation team. We will write again on this ticket.

Best regards,
Mira
Telegram Support

----------------------------------------------

KCSC Takedown

Sep 3, 2024, 01:30 UTC

{TG_REQ}

----------------------------------------------

This email is a service from Telegram Support.
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'Your request has been updated' notification with the thread history (our own request as the first comment, unquoted)",
    why="Agent comment takes down three posts and cannot find one; our request text in the history states nothing",
    items={TG[0]: "removed", TG[1]: "removed", TG[2]: "removed", TG[3]: "not_found"},
)

case(
    name="tg-zendesk-followup-with-earlier-comment",
    from_="abuse@telegram.org", name_from="Telegram Support",
    date="Mon, 09 Sep 2024 08:41:37 +0000",
    subject="[Telegram Support] Re: [KCSC] Request for removal KCSC-240903-01",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer", "X-Zendesk-Ticket-Id: 4471902"],
    body=f"""{ZD_HEAD}

Your request (4471902) has been solved. If you believe it is not resolved, reply to this email to reopen it.

----------------------------------------------

Mira (Telegram Support)

Sep 9, 2024, 08:41 UTC

Hello again,

Following up on my last message. The moderation team has now finished the remaining links:

- https://t.me/pale_lantern_room/91 and https://t.me/pale_lantern_room/95 were taken down.
- https://t.me/vaporfig_share/2214 does not break Telegram's Terms of Service (https://telegram.org/tos), so we have left it up.

Best regards,
Mira

----------------------------------------------

Mira (Telegram Support)

Sep 6, 2024, 05:02 UTC

Hello,

Thank you for your report. https://t.me/nightmarket_kr7/1042 was taken down. The rest of your list is still with the moderation team.

----------------------------------------------

This email is a service from Telegram Support.
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'Your request has been solved' notification, newest comment on top, earlier agent comment below",
    why="Newest comment: two take-downs and one refusal; the earlier comment in the history is still Telegram's own statement",
    items={TG[4]: "removed", TG[5]: "removed", TG[7]: "rejected", TG[0]: "removed"},
)

case(
    name="tg-jira-resolved-text-table",
    from_="jira@dsa.telegram.org", name_from="Telegram DSA Desk (Jira)",
    date="Tue, 10 Sep 2024 11:15:02 +0000",
    subject="[JIRA] (DSA-8812) KCSC-240903-01 removal request",
    extra_headers=["X-JIRA-FingerPrint: 7d1e2f0c3b4a59687766554433221100"],
    body="""Lena Ortiz updated DSA-8812
------------------------------------------------
Change By: Lena Ortiz
Status:     In Progress -> Resolved
Resolution: Done

Comment:
Hello KCSC, results for the links assigned to me:

  Link                                     Action taken
  ---------------------------------------  -----------------------------------
  https://t.me/ochre_tide_bot_files/17     Removed
  https://t.me/ochre_tide_bot_files/23     Restricted for users in South Korea
  https://t.me/nightmarket_kr7/1063        Removed
  https://t.me/vaporfig_share/2214         No violation found, no action

Regards, Lena

------------------------------------------------
View issue: https://dsa.telegram.org/jira/browse/DSA-8812
This message was sent by Atlassian Jira (v9.12.4#9120004)
""",
    outcome="applied", classification="confirmation",
    imitates="Atlassian Jira issue-updated notification (status change plus comment) with a fixed-width table",
    why="Table rows: two removed, one restricted in Korea, one refused; the Jira issue link is not an item",
    items={TG[10]: "removed", TG[11]: "restricted", TG[2]: "removed", TG[7]: "rejected"},
)

_csv = "\n".join([
    "url,action,note",
    f"{TG[0]},removed,",
    f"{TG[1]},removed,",
    f"{TG[2]},removed,",
    f"{TG[3]},not found,message does not exist",
    f"{TG[4]},removed,",
    f"{TG[5]},removed,",
    f"{TG[6]},removed,",
    f"{TG[7]},no violation,stays available",
    f"{TG[10]},removed,",
    f"{TG[12]},removed,channel terminated",
]) + "\n"
case(
    name="tg-freshdesk-closed-csv-attachment",
    from_="support@telegram.org", name_from="Telegram Support",
    date="Thu, 12 Sep 2024 02:20:45 +0000",
    subject="Ticket #4471902 closed - KCSC-240903-01",
    extra_headers=["X-Freshdesk-Ticket: 4471902"],
    raw_mime=f"""Content-Type: multipart/mixed; boundary="fd-b386-csv"

--fd-b386-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Your ticket #4471902 (KCSC-240903-01) has been closed. The result for each
link we handled is in the attached file. Links not listed in it are still
open on our side.

Telegram Support
https://telegram.org/support

--fd-b386-csv
Content-Type: text/csv; charset=utf-8; name="4471902-results.csv"
Content-Disposition: attachment; filename="4471902-results.csv"
Content-Transfer-Encoding: base64

{b64(_csv)}
--fd-b386-csv--
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk ticket-closed notification with a per-link results CSV attached",
    why="CSV gives a status per row: eight removed, one not found, one refused; unlisted links stay open",
    items={TG[0]: "removed", TG[1]: "removed", TG[2]: "removed", TG[3]: "not_found",
           TG[4]: "removed", TG[5]: "removed", TG[6]: "removed", TG[7]: "rejected",
           TG[10]: "removed", TG[12]: "removed"},
)

_reminder = """Dear Telegram team,

This is a reminder about our request KCSC-240903-01 of 3 September 2024.
The deadline was 10 September 2024. The following items are still
pending on our side:

https://t.me/c/1987654321/5531
https://t.me/c/1987654321/5540
https://t.me/+Qz7hPa0LmX3vYk2d

Please tell us what was done with each of them.

KCSC Takedown desk"""
case(
    name="tg-reply-to-reminder-gmail-quote",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Tue, 17 Sep 2024 06:12:09 +0000",
    subject="Re: [KCSC] Reminder: pending items in KCSC-240903-01",
    body=f"""Hello,

Sorry for the delay. The two posts in the private channel,
https://t.me/c/1987654321/5531 and https://t.me/c/1987654321/5540, were
removed this morning.

The invite link https://t.me/+Qz7hPa0LmX3vYk2d is not valid any more: the
channel owner revoked it before we got to it, so there is nothing behind it
for us to act on.

Regards,
Telegram Abuse Team

On Tue, 17 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(_reminder)}
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk answer top-posted over our quoted reminder (Gmail 'On ... wrote:' quoting)",
    why="Two posts removed; the revoked invite link leads nowhere (not found); the quoted reminder states nothing",
    items={TG[8]: "removed", TG[9]: "removed", TG[13]: "not_found"},
)

case(
    name="tg-outlook-top-posted-bare-links",
    from_="a.petrosyan@telegram.org", name_from="Arman Petrosyan",
    date="Wed, 11 Sep 2024 13:48:30 +0000",
    subject="RE: [KCSC] Request for removal KCSC-240903-01",
    extra_headers=["Thread-Topic: [KCSC] Request for removal KCSC-240903-01",
                   "X-MS-Has-Attach: "],
    body=f"""Dear KCSC,

Please see below.

t.me/mintparcel_kr - the whole channel has been terminated.
t.me/vaporfig_share/2210 - deleted.

Kind regards
Arman Petrosyan
Trust & Safety, Telegram

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:30 AM
To: abuse@telegram.org
Subject: [KCSC] Request for removal KCSC-240903-01

{TG_REQ}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply top-posted over an unquoted '-----Original Message-----' block, links written without scheme",
    why="Channel terminated and post deleted, both named; the original request below states nothing",
    items={TG[12]: "removed", TG[6]: "removed"},
)

_alt_plain = """Ticket 4471902 - Status: Solved

Hello,

An update on two of the links in KCSC-240903-01:

* https://t.me/pale_lantern_room/95
  This post has been removed.

* https://t.me/pale_lantern_room/88
  This message was deleted by the channel admin before our review, so it
  no longer exists.

Telegram Support
"""
_alt_html = """<html><body>
<p style="color:#888">Ticket 4471902 &middot; Status: <b>Solved</b></p>
<p>Hello,</p>
<p>An update on two of the links in KCSC-240903-01:</p>
<ul>
<li><a href="https://t.me/pale_lantern_room/95">https://t.me/pale_lantern_room/95</a><br>This post has been removed.</li>
<li><a href="https://t.me/pale_lantern_room/88">https://t.me/pale_lantern_room/88</a><br>This message was deleted by the channel admin before our review, so it no longer exists.</li>
</ul>
<p>Telegram Support</p>
</body></html>"""
case(
    name="tg-multipart-alternative-solved",
    from_="support@telegram.org", name_from="Telegram Support",
    date="Fri, 13 Sep 2024 09:03:51 +0000",
    subject="[Ticket 4471902] Solved: KCSC-240903-01",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="alt-b386-tg"

--alt-b386-tg
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_alt_plain)}
--alt-b386-tg
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_alt_html)}
--alt-b386-tg--
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk 'Solved' notification sent as multipart/alternative (plain + HTML, quoted-printable), status on the line under each link",
    why="One post removed; one already deleted by the channel admin (not found)",
    items={TG[5]: "removed", TG[3]: "not_found"},
)

case(
    name="tg-helpscout-numbered-list",
    from_="help@telegram.org", name_from="Telegram Help",
    date="Wed, 11 Sep 2024 16:27:14 +0000",
    subject="Re: KCSC-240903-01 [Conversation #90817]",
    extra_headers=["X-HelpScout-Conversation: 90817"],
    body=f"""Hi there,

Thanks for your patience while we went through these.

1. https://t.me/vaporfig_share/2210 - removed
2. https://t.me/pale_lantern_room/91 - removed
3. https://t.me/+Qz7hPa0LmX3vYk2d - the link is invalid; we could not find any such channel or group

If anything else comes up just reply to this email.

Dana
Telegram Help

---
Conversation history

KCSC Takedown - Sep 3, 2024 10:30 AM
{TG_REQ}
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout reply with a numbered list and the conversation history appended",
    why="Two removed and one not found, each numbered with its link; our request in the history states nothing",
    items={TG[6]: "removed", TG[4]: "removed", TG[13]: "not_found"},
)

case(
    name="x-receipt-then-withheld",
    from_="legal-requests@x.com", name_from="X Legal",
    date="Fri, 06 Sep 2024 22:10:05 +0000",
    subject="Case 0912-4473318: KCSC-240905-02",
    body="""Hello,

We have received your request (case 0912-4473318). After review, we have
withheld the following posts in South Korea in response to your legal
request:

  https://x.com/lumen_fret42/status/1831002233445566001
  https://x.com/lumen_fret42/status/1831002233445566178

The content stays available outside South Korea. More about country
withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome: 'withheld in country' notice opening with a receipt sentence",
    why="Receipt phrase plus unhedged statement: both posts withheld in Korea",
    items={XU[0]: "restricted", XU[1]: "restricted"},
)

case(
    name="x-bulleted-account-and-refusal",
    from_="legal-requests@x.com", name_from="X Legal",
    date="Mon, 09 Sep 2024 03:44:12 +0000",
    subject="Re: [KCSC] Request for removal KCSC-240905-02",
    reply_to_req="req-240905-02",
    body="""Hello KCSC,

Update on your request:

\u2022 @saffron_dyno (https://x.com/saffron_dyno): the account has been
  permanently suspended for violating the X Rules.
\u2022 https://x.com/gravel_owl_kr/status/1831455566778899012: we found no
  violation of the X Rules or of the law you cited in this post, so we
  have not taken action on it.

Your other two items are still being reviewed.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with bullet points: account suspension and a refusal with its reason",
    why="Account suspended (removed); one post refused with a reason; the other two items are not named",
    items={XU[4]: "removed", XU[2]: "rejected"},
)

case(
    name="x-angle-brackets-over-gmail-quote",
    from_="s.moreno@x.com", name_from="Sofia Moreno",
    date="Tue, 10 Sep 2024 07:20:55 +0000",
    subject="Re: [KCSC] Request for removal KCSC-240905-02",
    reply_to_req="req-240905-02",
    body=f"""Hi,

<https://x.com/gravel_owl_kr/status/1831455566778899340> is no longer
available on X; it was removed for breaking our sensitive media policy.

<https://x.com/gravel_owl_kr/status/1831455566778899012>: we could not
locate this post. It was deleted by the account holder.

Best,
Sofia
X Safety

On Thu, Sep 5, 2024 at 11:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(X_REQ)}
""",
    outcome="applied", classification="confirmation",
    imitates="X safety staff reply, links in angle brackets, over our Gmail-quoted request",
    why="One post removed, one deleted by its author (not found); the quoted request states nothing",
    items={XU[3]: "removed", XU[2]: "not_found"},
)

case(
    name="x-echoed-report-fields",
    from_="noreply@x.com", name_from="X Support",
    date="Wed, 11 Sep 2024 12:00:31 +0000",
    subject="Your report to X - KCSC-240905-02",
    body="""Report summary
--------------
Report ID:        0912-4473318-2
Reported by:      KCSC (takedown@kcsc.example)
Reported content: https://x.com/lumen_fret42/status/1831002233445566178
Reason given:     Non-consensual intimate media

Outcome
-------
We removed the reported post. It broke our non-consensual nudity policy.

Learn more about our rules: https://help.x.com/en/rules-and-policies/x-rules
""",
    outcome="applied", classification="confirmation",
    imitates="X report-outcome email echoing the report's fields above the decision",
    why="One reported post, removed",
    items={XU[1]: "removed"},
)

case(
    name="x-url-on-line-below-statement",
    from_="legal-requests@x.com", name_from="X Legal",
    date="Thu, 12 Sep 2024 01:05:17 +0000",
    subject="Case 0912-4473318 update (KCSC-240905-02)",
    body="""Hello,

The following post has been removed for violating the X Rules:
https://x.com/lumen_fret42/status/1831002233445566001

The following account has been permanently suspended:
https://x.com/saffron_dyno

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal notice with each link on the line under its statement",
    why="Post removed and account suspended, each statement followed by its link",
    items={XU[0]: "removed", XU[4]: "removed"},
)

case(
    name="x-cases-merged-withheld",
    from_="legal-requests@x.com", name_from="X Legal",
    date="Fri, 13 Sep 2024 04:31:40 +0000",
    subject="Case 0913-5510072 merged into 0912-4473318",
    body="""Hello,

Your follow-up (case 0913-5510072) has been merged into case 0912-4473318
(your reference KCSC-240905-02), so please use that case number from now on.

As for the post you asked about again,
https://x.com/gravel_owl_kr/status/1831455566778899340, we have withheld it
in South Korea.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-merge notice (case merged into an older one) that also carries a decision",
    why="Merge notice plus one post withheld in Korea (restricted)",
    items={XU[3]: "restricted"},
)

case(
    name="yt-ticket-resolved-four-outcomes",
    from_="legal-support@youtube.com", name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 08:14:26 +0000",
    subject="Re: [6-2291000033771] KCSC-240909-03",
    reply_to_req="req-240909-03",
    body="""Hi,

Thanks for your patience. After our review:

- https://www.youtube.com/watch?v=Jq3vR8sLx2A: removed from YouTube for
  violating our Community Guidelines.
- https://www.youtube.com/watch?v=pT0wbN5hZcE: age-restricted. It can no
  longer be watched by viewers under 18 or signed out.
- https://youtu.be/mK7dQ2yRf9o: blocked in South Korea under local law.
- https://www.youtube.com/shorts/Xy4LpQ8vN1s: after careful review we found
  that this Short does not break our policies or local law, and we are not
  taking action on it.

Your ticket [6-2291000033771] is now marked as resolved. If you disagree
with an outcome, see https://support.google.com/youtube/answer/2802032.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal support ticket resolution with one line per video",
    why="Removed, age-restricted, blocked in Korea and refused with reason; the help link is not an item",
    items={YT[0]: "removed", YT[1]: "restricted", YT[2]: "restricted", YT[3]: "rejected"},
)

_yt_qp = """Hello,

Thank you for your notice (ticket 6-2291000033771, your reference KCSC-240909-03). The following content has been actioned under our policies:

https://www.youtube.com/watch?v=Jq3vR8sLx2A
https://www.youtube.com/shorts/Xy4LpQ8vN1s

We have not yet completed our review of the other URLs in your notice.

Best regards,
Google Legal Removals
"""
case(
    name="yt-quoted-printable-actioned",
    from_="removals@google.com", name_from="Google Legal Removals",
    date="Fri, 13 Sep 2024 10:50:03 +0000",
    subject="[6-2291000033771] Update on your notice",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_yt_qp)}
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal removals update in quoted-printable ('has been actioned under our policies')",
    why="Two named videos actioned under YouTube's policies (configured phrase: removed); others not done yet and not named",
    items={YT[0]: "removed", YT[3]: "removed"},
)

case(
    name="yt-jsm-comment-status-below-link",
    from_="jira@legal-ops.google.com", name_from="YouTube Legal Ops",
    date="Mon, 16 Sep 2024 05:33:19 +0000",
    subject="LGL-KR-4432 KCSC-240909-03: resolved",
    extra_headers=["X-JIRA-FingerPrint: 0a9b8c7d6e5f40312233445566778899"],
    body="""Reply above this line.

Hana Seo resolved this as Done.

https://www.youtube.com/watch?v=pT0wbN5hZcE
Status: Removed (Community Guidelines - harassment)

https://youtu.be/mK7dQ2yRf9o
Status: Geo-blocked in South Korea

View request: https://legal-ops.google.com/servicedesk/customer/portal/4/LGL-KR-4432
Turn off this request's notifications

This is shared with KCSC Takedown.
Powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management customer notification, status line under each link",
    why="One video removed, one geo-blocked in Korea (restricted)",
    items={YT[1]: "removed", YT[2]: "restricted"},
)

case(
    name="naver-ticket-result-korean-list",
    from_="help@naver.com", name_from="NAVER 고객센터",
    date="Thu, 12 Sep 2024 06:05:44 +0000",
    subject="[NAVER 고객센터] 요청하신 게시물 처리 결과 안내 (접수번호 2409-118823 / KCSC-240910-04)",
    body=f"""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 아래와 같이 안내드립니다.

1) https://blog.naver.com/moonveil_77/223561234567 : 게시중단 처리 완료
2) https://cafe.naver.com/quietgarden/48213 : 임시조치(30일) 처리
3) {NV_KO_RAW} : 작성자가 이미 삭제한 게시물로 확인되어 별도 조치 없음

처리 결과에 대한 문의는 이 메일에 회신해 주시기 바랍니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 처리 결과 안내 (게시중단 / 임시조치 / 작성자 삭제) with a receipt number",
    why="게시중단 (removed), 임시조치 (restricted), already deleted by its author (not found); the Korean path written raw",
    items={NV[0]: "removed", NV[1]: "restricted", NV[2]: "not_found"},
)

_nv_html = f"""<html><body style="font-family:'Nanum Gothic',sans-serif">
<p>안녕하세요, 네이버 정책지원팀입니다.</p>
<p>KCSC-240910-04 건의 조치 결과를 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>게시물 주소</th><th>조치 내용</th></tr>
<tr><td>1</td><td>https://blog.naver.com/moonveil_77/223561234567</td><td>블라인드 처리</td></tr>
<tr><td>2</td><td><a href="{NV[2]}">{NV_KO_RAW}</a></td><td>비공개 처리</td></tr>
</table>
<p>나머지 게시물은 검토가 끝나는 대로 다시 안내드리겠습니다.</p>
<p>네이버 정책지원팀</p>
</body></html>"""
case(
    name="naver-base64-html-table",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Fri, 13 Sep 2024 01:40:10 +0000",
    subject="[NAVER] KCSC-240910-04 조치 결과 안내",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_nv_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team HTML result table (블라인드 / 비공개 처리), base64-encoded",
    why="Two rows: 블라인드 and 비공개 처리, both removed; the rest is promised later and not named",
    items={NV[0]: "removed", NV[2]: "removed"},
)

_nv_rem = """NAVER 담당자님께,

2024년 9월 10일에 보낸 요청 KCSC-240910-04 중 아래 게시물은 아직
처리 결과를 받지 못했습니다.

https://cafe.naver.com/quietgarden/48213

처리 결과를 알려 주시기 바랍니다.

방송통신심의위원회 게시물 삭제 요청 담당"""
case(
    name="naver-reminder-reply-particle",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Tue, 17 Sep 2024 02:22:58 +0000",
    subject="RE: [KCSC] 처리 결과 독촉: KCSC-240910-04",
    body=f"""안녕하세요. 독촉 메일 확인했습니다.

https://cafe.naver.com/quietgarden/48213은 카페 운영원칙 위반으로 운영자 삭제 처리되었습니다.

늦어져서 죄송합니다.
네이버 정책지원팀 드림

2024년 9월 17일 (화) 오전 9:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quote(_nv_rem)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER staff answer to our reminder, URL followed directly by the particle 은, over a Gmail-style Korean quote",
    why="운영자 삭제: removed; the quoted reminder states nothing",
    items={NV[1]: "removed"},
)

case(
    name="kakao-helpdesk-answer-fullwidth",
    from_="noreply-cs@kakaocorp.com", name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 07:12:36 +0000",
    subject="[카카오 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240911-05)",
    body="""안녕하세요, 카카오 고객센터입니다.

문의하신 게시물에 대해 아래와 같이 조치하였습니다.

다음 카페 게시물（https://cafe.daum.net/silverwharf/Ab3x/412）은 운영정책 위반으로 블라인드 처리하였습니다.
티스토리 게시물（https://frostmint.tistory.com/57）은 국내 접근 제한 조치하였습니다.

추가 문의는 고객센터(https://cs.kakao.com)를 이용해 주세요.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 답변 메일 with links in full-width parentheses",
    why="블라인드 (removed) and 국내 접근 제한 (restricted); the help-centre link is not an item",
    items={KK[0]: "removed", KK[1]: "restricted"},
)

case(
    name="kakao-partial-answer-english",
    from_="safety@kakao.com", name_from="Kakao Safety",
    date="Mon, 16 Sep 2024 09:00:12 +0000",
    subject="Re: [KCSC] Request for removal KCSC-240911-05",
    reply_to_req="req-240911-05",
    body="""Hello,

Regarding KCSC-240911-05: the Tistory post https://frostmint.tistory.com/57
has been deleted.

The Daum Cafe post is handled by a separate team. We will update you once
they have reviewed it.

Kakao Safety
""",
    outcome="applied", classification="confirmation",
    imitates="partial answer from a Kakao safety desk: one item done, the other handed to another team",
    why="Tistory post deleted; the Daum Cafe post is only promised, so it stays pending",
    items={KK[1]: "removed", KK[0]: "pending"},
)

case(
    name="discord-zendesk-solved-sole-item",
    from_="safety@discord.com", name_from="Discord Trust & Safety",
    date="Sat, 14 Sep 2024 18:25:40 +0000",
    subject="Re: [KCSC] Request for removal KCSC-240912-06 [#38812290]",
    reply_to_req="req-240912-06",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_HEAD}

Hi there,

Thanks for reaching out. We have reviewed the message you reported and
removed it for violating our Community Guidelines. We also took action on
the account that posted it.

Ticket #38812290 is now solved.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety Zendesk reply, 'we removed the message you reported', no link",
    why="One-item request: the sole statement (message removed) applies to its item",
    items={DC[0]: "removed"},
)

case(
    name="tiktok-ticket-outcome-blocks",
    from_="gov-requests@tiktok.com", name_from="TikTok Government Requests",
    date="Mon, 16 Sep 2024 03:18:07 +0000",
    subject="Ticket 1923004 - outcome of your request KCSC-240913-07",
    body="""Dear KCSC,

We have completed our review of ticket 1923004.

Video: https://www.tiktok.com/@hazel.quarry/video/7412233445566778899
Outcome: Removed - violates our Community Guidelines

Video: https://www.tiktok.com/@hazel.quarry/video/7412233445566779012
Outcome: Restricted in South Korea under local law

Kind regards,
TikTok Government Requests
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government request outcome, one 'Video:/Outcome:' block per item",
    why="One video removed, one restricted in Korea",
    items={TT[0]: "removed", TT[1]: "restricted"},
)

_tt_prev = """Dear KCSC,

We have completed our review of ticket 1923004.

Video: https://www.tiktok.com/@hazel.quarry/video/7412233445566778899
Outcome: Removed - violates our Community Guidelines

Video: https://www.tiktok.com/@hazel.quarry/video/7412233445566779012
Outcome: Restricted in South Korea under local law"""
case(
    name="tiktok-followup-over-quoted-earlier-reply",
    from_="gov-requests@tiktok.com", name_from="TikTok Government Requests",
    date="Wed, 18 Sep 2024 05:40:22 +0000",
    subject="Re: Ticket 1923004 - follow-up",
    body=f"""Dear KCSC,

Following up on our earlier reply: after a further review the second
video, https://www.tiktok.com/@hazel.quarry/video/7412233445566779012, has
now been removed globally.

Kind regards,
TikTok Government Requests

On Mon, 16 Sep 2024 at 12:18, TikTok Government Requests <gov-requests@tiktok.com> wrote:
{quote(_tt_prev)}
""",
    outcome="applied", classification="confirmation",
    imitates="follow-up in the same thread over the platform's own earlier reply, quoted with '>'",
    why="Second video now removed; the other video appears only in the quoted earlier reply",
    items={TT[1]: "removed", TT[0]: "pending"},
)

# ================================================================ REVIEW

case(
    name="tg-promise-within-24h",
    from_="abuse@telegram.org", name_from="Telegram Support",
    date="Thu, 05 Sep 2024 10:11:03 +0000",
    subject="[Telegram Support] Re: [KCSC] Request for removal KCSC-240903-01",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_HEAD}

Your request (4471902) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Mira (Telegram Support)

Sep 5, 2024, 10:11 UTC

Hello,

Our moderators have confirmed that the posts below break our rules and will take them down within 24 hours:

https://t.me/nightmarket_kr7/1042
https://t.me/nightmarket_kr7/1057

We will let you know when it is done.

Mira
""",
    outcome="review", classification="other", review="not_understood",
    imitates="Zendesk update carrying a promise ('will take them down within 24 hours')",
    why="A promise is not a statement: both items stay pending",
    items={TG[0]: "pending", TG[1]: "pending"},
)

case(
    name="x-hedged-appears-still-reviewing",
    from_="legal-requests@x.com", name_from="X Legal",
    date="Sat, 07 Sep 2024 02:55:48 +0000",
    subject="Re: [KCSC] Request for removal KCSC-240905-02",
    reply_to_req="req-240905-02",
    body="""Hello,

From our check, https://x.com/lumen_fret42/status/1831002233445566178
appears to have been deleted already, and we are still reviewing
https://x.com/saffron_dyno.

We will come back to you.

X Legal
""",
    outcome="review", classification="other", review="not_understood",
    imitates="X legal interim reply with a hedge ('appears to have been deleted') and 'still reviewing'",
    why="Hedge and under review: neither is a statement",
    items={XU[1]: "pending", XU[4]: "pending"},
)

case(
    name="tg-bulk-all-links-taken-down",
    from_="abuse@telegram.org", name_from="Telegram Support",
    date="Sat, 14 Sep 2024 04:30:00 +0000",
    subject="[Telegram Support] Ticket 4471902 solved: KCSC-240903-01",
    body=f"""{ZD_HEAD}

Your request (4471902) has been solved.

Hello,

All the links in your request KCSC-240903-01 have been taken down.

Telegram Support
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="Zendesk solved notification with one sentence covering the whole list",
    why="A statement about all items without naming them, for a 14-item request",
    items={u: "pending" for u in TG},
)

case(
    name="yt-untrusted-dkim-fail",
    from_="legal-support@youtube.com", name_from="YouTube Legal Support",
    auth="fail",
    date="Sat, 14 Sep 2024 13:02:44 +0000",
    subject="Re: [6-2291000033771] KCSC-240909-03",
    body="""Hi,

The videos https://www.youtube.com/watch?v=Jq3vR8sLx2A and
https://www.youtube.com/watch?v=pT0wbN5hZcE have been removed.

Your ticket is now marked as resolved.

The YouTube Legal Support Team
""",
    outcome="review", classification="confirmation", review="untrusted",
    imitates="YouTube legal support resolution, but DKIM/DMARC fail",
    why="A youtube.com From failing authentication cannot change statuses",
    items={YT[0]: "pending", YT[1]: "pending"},
)

case(
    name="tiktok-staff-from-personal-gmail",
    from_="jaepark.ts@gmail.com", name_from="Jae Park (TikTok T&S)",
    date="Tue, 17 Sep 2024 08:47:29 +0000",
    subject="Re: Ticket 1923004 - KCSC-240913-07",
    body="""Hi KCSC,

Our ticket tool is down today so I am writing from my own address.
Both videos are removed:

https://www.tiktok.com/@hazel.quarry/video/7412233445566778899
https://www.tiktok.com/@hazel.quarry/video/7412233445566779012

Jae
TikTok Trust & Safety
""",
    outcome="review", classification="confirmation", review="unknown_sender",
    imitates="platform employee answering from a personal webmail address while the ticket tool is down",
    why="Sender domain is not TikTok's: nothing applied",
    items={TT[0]: "pending", TT[1]: "pending"},
)

case(
    name="x-vendor-helpdesk-domain",
    from_="x-support@care-desk.example", name_from="X Support (via CareDesk)",
    date="Tue, 10 Sep 2024 15:16:17 +0000",
    subject="[CareDesk #552910] Re: KCSC-240905-02",
    body="""Hello,

On behalf of X, we confirm that
https://x.com/gravel_owl_kr/status/1831455566778899340 has been removed.

CareDesk - outsourced support for X
""",
    outcome="review", classification="confirmation", review="unknown_sender",
    imitates="outsourced help-desk vendor writing on a platform's behalf from its own domain",
    why="The vendor's domain is not X's sender domain",
    items={XU[3]: "pending"},
)

_tg_fwd = """---------- Forwarded message ---------
From: Moderation Queue <modq@telegram.org>
Date: Wed, 11 Sep 2024 at 08:02
Subject: Result for KCSC-240903-01
To: <abuse@telegram.org>

Posts https://t.me/pale_lantern_room/91 and https://t.me/pale_lantern_room/95 removed.
Ticket can be answered."""
case(
    name="tg-forwarded-internal-note",
    from_="a.petrosyan@telegram.org", name_from="Arman Petrosyan",
    date="Wed, 11 Sep 2024 09:30:41 +0000",
    subject="Fwd: Result for KCSC-240903-01",
    body=f"""FYI, see below from our moderation queue.

Arman

{_tg_fwd}
""",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="staff member forwarding an internal moderation-queue note with a one-line cover",
    why="The statement is inside a forwarded message, not the sender's own",
    items={TG[4]: "pending", TG[5]: "pending"},
)

case(
    name="naver-about-daum-wrong-platform",
    from_="help@naver.com", name_from="NAVER 고객센터",
    date="Thu, 12 Sep 2024 08:30:05 +0000",
    subject="[NAVER 고객센터] 문의 답변: KCSC-240911-05",
    body="""안녕하세요. 네이버 고객센터입니다.

보내주신 https://cafe.daum.net/silverwharf/Ab3x/412 게시물은 네이버에서 운영하는 서비스가 아니므로 당사에서 조치할 수 없습니다.
해당 서비스 운영사(카카오)로 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", classification="other", review="wrong_platform",
    imitates="NAVER help-desk reply to a request that reached the wrong portal",
    why="NAVER speaks about a Kakao item; NAVER cannot state its status",
    items={KK[0]: "pending"},
)

case(
    name="discord-asks-for-more",
    from_="safety@discord.com", name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 07:05:33 +0000",
    subject="Re: [KCSC] Request for removal KCSC-240912-06 [#38812290]",
    reply_to_req="req-240912-06",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_HEAD}

Hi there,

Thanks for your report. The link you sent points to a channel our team
cannot open. To go further we need:

- a screenshot of the message,
- the legal provision the content breaks.

Please reply to this email with these and we will continue.

Discord Trust & Safety
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Discord T&S Zendesk reply asking for a screenshot and the legal basis",
    why="The platform asks for more information; nothing decided",
    items={DC[0]: "pending"},
)

case(
    name="x-ticket-closed-no-claims",
    from_="noreply@x.com", name_from="X Support",
    date="Sun, 15 Sep 2024 20:00:00 +0000",
    subject="Ticket 0914-7781033 has been closed",
    body="""Hello,

We have taken action on the content you reported. This ticket is now
closed. If you have another concern, please open a new ticket at
https://help.x.com/en/forms.

X Support
""",
    outcome="review", classification="confirmation", review="no_claims",
    imitates="X support ticket-closed notice with no link and an unknown ticket number",
    why="Trusted, but names no item and no request of ours (unknown ticket, no thread)",
    items={},
)

case(
    name="tg-conditional-on-appeal",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Sun, 08 Sep 2024 11:22:33 +0000",
    subject="Re: [KCSC] Request for removal KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""Hello,

We have notified the admin of the channel. If no appeal is filed within
7 days, https://t.me/ochre_tide_bot_files/17 and
https://t.me/ochre_tide_bot_files/23 will be removed.

Telegram Abuse Team

On Tue, 3 Sep 2024 at 10:30, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(TG_REQ)}
""",
    outcome="review", classification="other", review="not_understood",
    imitates="abuse-desk reply with a conditional removal (subject to appeal)",
    why="Condition and future tense: not a statement; the quoted request is not the platform's",
    items={TG[10]: "pending", TG[11]: "pending"},
)

case(
    name="x-agent-vs-system-summary-conflict",
    from_="legal-requests@x.com", name_from="X Legal",
    date="Wed, 11 Sep 2024 09:09:09 +0000",
    subject="Case 0912-4473318 (KCSC-240905-02)",
    body="""Hello,

We removed https://x.com/gravel_owl_kr/status/1831455566778899012 for
breaking our rules.

Regards,
X Legal

-- Case summary (generated) --
https://x.com/gravel_owl_kr/status/1831455566778899012 : No violation found, no action taken
""",
    outcome="review", classification="confirmation", review="conflicting_statements",
    imitates="agent reply followed by an auto-generated case summary that disagrees with it",
    why="The same post is said to be removed and left up in one email",
    items={XU[2]: "pending"},
)

# ================================================================ IGNORED

case(
    name="tg-zendesk-receipt-with-description",
    from_="abuse@telegram.org", name_from="Telegram Support",
    date="Tue, 03 Sep 2024 01:31:02 +0000",
    subject="[Request received] [KCSC] Request for removal KCSC-240903-01",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer", "Auto-Submitted: auto-generated"],
    body=f"""{ZD_HEAD}

Your request (4471902) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown

Sep 3, 2024, 01:30 UTC

{TG_REQ}
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'Request received' auto-reply repeating the request as its first comment",
    why="Pure receipt; the request text inside is ours",
    items={},
)

case(
    name="x-legal-out-of-office",
    from_="m.keller@x.com", name_from="Martin Keller",
    date="Thu, 05 Sep 2024 02:00:41 +0000",
    subject="Automatic reply: [KCSC] Request for removal KCSC-240905-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am out of the office until 23 September with
limited access to email. For urgent legal requests please write to
legal-requests@x.com.

Martin
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="Out-of-office auto-reply",
    items={},
)

case(
    name="yt-dsn-address-not-found",
    from_="mailer-daemon@googlemail.com", name_from="Mail Delivery Subsystem",
    date="Mon, 09 Sep 2024 00:40:09 +0000",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b386"

--dsn-b386
Content-Type: text/plain; charset=utf-8

Address not found

Your message wasn't delivered to legal-kr-team@google.com because the
address couldn't be found, or is unable to receive mail.

--dsn-b386
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 09 Sep 2024 00:40:05 +0000

Final-Recipient: rfc822; legal-kr-team@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--dsn-b386
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-team@google.com
Subject: [KCSC] Request for removal KCSC-240909-03
Message-ID: <req-240909-03@kcsc.example>
Date: Mon, 09 Sep 2024 09:40:00 +0900
Content-Type: text/plain; charset=utf-8

{YT_REQ}

--dsn-b386--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Delivery Status Notification (Failure)' with the original request attached",
    why="Bounce (DSN); the URLs are in our own returned request",
    items={},
)

case(
    name="naver-read-receipt",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Tue, 10 Sep 2024 05:21:40 +0000",
    subject="읽음 확인: [KCSC] 게시물 삭제 요청 KCSC-240910-04",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b386"

--mdn-b386
Content-Type: text/plain; charset=utf-8

보내신 메일 "[KCSC] 게시물 삭제 요청 KCSC-240910-04"을(를) 수신자가 2024-09-10 14:21에 열어 보았습니다.

--mdn-b386
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Outlook
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req-240910-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b386--
""",
    outcome="ignored", classification="read_receipt",
    imitates="read receipt (MDN, disposition-notification) in Korean",
    why="Read receipt",
    items={},
)

case(
    name="kakao-inquiry-received-korean",
    from_="noreply-cs@kakaocorp.com", name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 01:16:20 +0000",
    subject="[카카오 고객센터] 문의가 정상적으로 접수되었습니다 (KCSC-240911-05)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 카카오 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.
접수번호: 20240911-0048812

접수된 순서대로 확인 후 답변 드리겠습니다. 이 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 문의 접수 완료 auto-mail with a receipt number",
    why="Pure acknowledgement",
    items={},
)

case(
    name="tiktok-freshdesk-ticket-received",
    from_="support@tiktok.com", name_from="TikTok Support",
    date="Fri, 13 Sep 2024 00:06:58 +0000",
    subject="Ticket Received - KCSC-240913-07 [#1923004]",
    extra_headers=["X-Freshdesk-Ticket: 1923004", "Auto-Submitted: auto-replied"],
    body="""Dear KCSC Takedown,

We would like to acknowledge that we have received your request and a
ticket has been created with ID #1923004.

A support agent will get back to you within 3 business days. You can check
the status of your ticket at https://support.tiktok.com/helpdesk/tickets/1923004.

Regards,
TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk default 'Ticket Received' acknowledgement",
    why="Pure acknowledgement; the ticket page link is not an item",
    items={},
)

case(
    name="yt-jsm-request-received",
    from_="jira@legal-ops.google.com", name_from="YouTube Legal Ops",
    date="Mon, 09 Sep 2024 00:45:31 +0000",
    subject="LGL-KR-4432 KCSC-240909-03: request received",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Reply above this line.

Hi KCSC Takedown,

We've received your request LGL-KR-4432 and the team will look at it.
You'll be notified here when there's an update.

View request: https://legal-ops.google.com/servicedesk/customer/portal/4/LGL-KR-4432

Powered by Jira Service Management
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request received' notification",
    why="Pure acknowledgement",
    items={},
)


HEADER = """# Blind set 386 (ticket systems and threads): one [[case]] per email,
# each judged alone on a fresh ledger holding requests.csv.
# Written by tests/corpus/blind386/make.py from each email's meaning,
# before any run of the reader."""


def main():
    write_requests()
    cases = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("from_")
        # Non-ASCII display names and subjects as RFC 2047 encoded words,
        # as the platforms' mailers send them.
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
        cases.append(c)
    corpuslib.write_set(HERE, "blind386", HEADER, cases)


if __name__ == "__main__":
    main()
