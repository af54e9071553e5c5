#!/usr/bin/env python3
"""Blind set blind458: ticket systems and threads.

Zendesk / Freshdesk / Jira / Help Scout style receipts, then results; solved
tickets; follow-ups in the same thread; replies to our reminders; partial
answers; forwarded mail. Every email is fictional and written for this set;
the expected results below were written from each email's meaning before
the reader was ever run on them.

    python3 tests/corpus/blind458/make.py

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

corpuslib.DOMAIN_NAMES.update({
    "discord.com": "Discord Safety",
    "kakaocorp.com": "Kakao",
    "tiktok.com": "TikTok",
})

# ---------------------------------------------------------------- requests
KO_SLUG = "구매-안내"

D = [
    "https://discord.gg/hanbit-market",                                                   # d1 removed
    "https://discord.gg/7Qz2LmPa",                                                        # d2 not_found
    "https://discord.com/invite/seoulnightbet",                                           # d3 removed
    "https://discord.com/channels/1201457788000001011/1201457788000001099/1278800112233445566",  # d4 removed
    "https://discord.com/channels/1201457788000001011/1201457788000001099/1278800112233445601",  # d5 rejected
    "https://discord.com/channels/1201457788000001011/1201457788000001120/1279011223344556677",  # d6 removed
    "https://discord.com/channels/1133000044445555666/1133000044445555700/1280123456789012345",  # d7 restricted
    "https://discord.gg/pillshop24",                                                      # d8 removed
    "https://discord.gg/kr-toto-vip",                                                     # d9 rejected
    "https://discord.com/channels/1133000044445555666/1133000044445555701/1280123456789099999",  # d10 not_found
    "https://discord.gg/Xn4vRt8s",                                                        # d11 removed
    "https://discord.gg/casinoroyalkr",                                                   # d12 removed
]
T = [
    "https://t.me/bluepill_kr/311",
    "https://t.me/bluepill_kr/318",
    "https://t.me/toto_signal_vip",
    "https://t.me/s/nightcourier_kr/77",
]
X = [
    "https://x.com/kr_slot_deals/status/1830011122233344455",
    "https://x.com/kr_slot_deals/status/1830011122233344499",
    "https://twitter.com/mintleaf_shop/status/1829900011122233344",
]
Y = [
    "https://www.youtube.com/watch?v=Qm3xT9aLp0Z",
    "https://www.youtube.com/watch?v=Hk8bR2cWv4E",
    "https://youtu.be/nB7yU1iOq5s",
    "https://www.youtube.com/@jackpot_tv_kr",
    "https://www.youtube.com/shorts/Zx1cV2bN3m4",
]
N = [
    "https://blog.naver.com/sunny_deal77/223560011223",
    "https://cafe.naver.com/bizmarket2024/48812",
    "https://blog.naver.com/medishop_kr/223571234567",
]
K_RAW = "https://moonlight-store.tistory.com/entry/" + KO_SLUG
K = [
    "https://moonlight-store.tistory.com/entry/" + quote(KO_SLUG),
    "https://cafe.daum.net/happyfarm88/Xa1K/1024",
    "https://cafe.daum.net/happyfarm88/Xa1K/1031",
    "https://moonlight-store.tistory.com/18",
]
TK = ["https://www.tiktok.com/@quickcash.kr/video/7410022233344455566"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "discord", "2024-09-02T10:30:00+09:00", "2024-09-09T18:00:00+09:00", D,
     "gambling", 'servers and messages advertising "toto" betting, batch 2'),
    ("KCSC-240903-02", "telegram", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00", T,
     "drugs", "channel posts selling medicines, found by monitoring team B"),
    ("KCSC-240904-03", "x", "2024-09-04T09:40:00+09:00", "2024-09-11T18:00:00+09:00", X,
     "gambling", ""),
    ("KCSC-240905-04", "youtube", "2024-09-05T14:20:00+09:00", "2024-09-12T18:00:00+09:00", Y,
     "gambling", "channel, videos and one Short; sent to legal-kr"),
    ("KCSC-240906-05", "naver", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00", N,
     "illegal_trade", "blog and cafe posts, medicines"),
    ("KCSC-240909-06", "kakao", "2024-09-09T15:10:00+09:00", "2024-09-16T18:00:00+09:00", K,
     "illegal_trade", "Tistory and Daum cafe, 2 posts each"),
    ("KCSC-240910-07", "tiktok", "2024-09-10T10:05:00+09:00", "2024-09-17T18:00:00+09:00", TK,
     "fraud", "single video, loan scam"),
]


def req_mid(ref):
    return f"request.{ref}.1"


def reminder_headers(ref):
    return [
        f"In-Reply-To: <reminder.{ref}.1@kcsc.example>",
        f"References: <{req_mid(ref)}@kcsc.example> <reminder.{ref}.1@kcsc.example>",
    ]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- MIME helpers
def alt(text, html, boundary):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n\n"
        f"--{boundary}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{html.strip()}\n\n--{boundary}--\n"
    )


def with_attachment(text, fname, ctype, data, boundary):
    b64 = base64.encodebytes(data.encode("utf-8")).decode("ascii")
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n\n"
        f'--{boundary}\nContent-Type: {ctype}; name="{fname}"\n'
        f'Content-Disposition: attachment; filename="{fname}"\nContent-Transfer-Encoding: base64\n\n'
        f"{b64}\n--{boundary}--\n"
    )


def qp(text, ctype="plain"):
    enc = quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            + enc)


def b64body(text, ctype="plain"):
    enc = base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + enc)


def quote_lines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def reminder_text(ref, urls, date_line):
    lst = "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1))
    return (
        f"Dear colleagues,\n\n"
        f"This is a reminder about our request {ref}, sent on {date_line}. The deadline has\n"
        f"passed and we have not received a result for the following items:\n\n{lst}\n\n"
        f"Please let us know, for each item, what action was taken.\n\n"
        f"Korea Communications Standards Commission\nTakedown desk"
    )


ZD_LINE = "##- Please type your reply above this line -##"

# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ======================= Discord (KCSC-240902-01, 12 items) =======================
case(
    name="discord-zendesk-receipt-echo",
    **{"from": "safety@discord.com"},
    date="Mon, 02 Sep 2024 01:42:10 +0000",
    subject="[Discord Safety] Request received: KCSC-240902-01 - reported servers (#4829130)",
    reply_to_req=req_mid("KCSC-240902-01"),
    extra_headers=["X-Mailer: Zendesk Mailer", "Auto-Submitted: auto-generated"],
    body=f"""{ZD_LINE}

Hello KCSC Takedown,

This is an automatic confirmation that your request reached Discord Safety.
Your ticket number is #4829130. Someone from our Trust & Safety team will
reply in this thread once they have looked into it, so there's no need to
file the same report again. If you want to add anything, just reply to this
email.

Below is a copy of what you submitted.

----------------------------------------------
KCSC-240902-01

The Korea Communications Standards Commission asks Discord to remove the
following servers and messages, which offer illegal online betting to users
in Korea:

{chr(10).join(D)}
----------------------------------------------

Discord Safety
This email is a service from Discord Safety. [K7QZ-2M1X]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' auto-notification echoing the submitted report",
    why="automatic ticket receipt; the URLs are only our own report echoed back",
    items={u: "pending" for u in D},
)

case(
    name="discord-zendesk-update-bulleted",
    **{"from": "safety@discord.com"},
    date="Fri, 06 Sep 2024 14:42:55 +0000",
    subject="[Discord Safety] Re: KCSC-240902-01 - reported servers (#4829130)",
    reply_to_req=req_mid("KCSC-240902-01"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_LINE}

Your request (#4829130) has been updated. To add a comment, reply to this email.

----------------------------------------------

Maya (Discord Safety)

Sep 6, 2024, 07:42 PDT

Hi there,

Thanks for your patience while we looked into this. Here is where we are
with the first five links from your request:

  * {D[0]} - server removed from Discord for violating our Community Guidelines
  * {D[1]} - this invite is invalid or expired and we could not identify the server it pointed to
  * {D[2]} - server removed
  * {D[3]} - message deleted; the account that posted it has been disabled
  * {D[4]} - we reviewed this message and found no violation of our policies, so no action was taken

The remaining links are still with the team and we'll update this ticket
when we have an outcome for them.

If you disagree with a decision, you can tell us here: https://dis.gd/request-review

Best,
Maya
Discord Safety

This email is a service from Discord Safety. [K7QZ-2M1X]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'your request has been updated' notification with an agent's bulleted outcomes",
    why="five links each with an unhedged outcome; the rest are explicitly still open",
    items={D[0]: "removed", D[1]: "not_found", D[2]: "removed", D[3]: "removed", D[4]: "rejected"},
)

case(
    name="discord-zendesk-solved-remaining",
    **{"from": "safety@discord.com"},
    date="Wed, 11 Sep 2024 09:15:02 +0000",
    subject="[Discord Safety] Request #4829130 has been solved",
    reply_to_req=req_mid("KCSC-240902-01"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_LINE}

Your request (#4829130) has been solved. If you need more help, reply to this
email and the ticket will be reopened.

----------------------------------------------

Daniel (Discord Safety)

Sep 11, 2024, 02:14 PDT

Hello again,

Following on from my colleague's update of 6 September, these are the
outcomes for the other seven links in KCSC-240902-01.

6. {D[5]}
   Outcome: message removed

7. {D[6]}
   Outcome: channel marked age-restricted; it can no longer be viewed by
   users under 18 or by users who have not confirmed their age

8. {D[7]}
   Outcome: server removed

9. {D[8]}
   Outcome: no violation found, server left in place

10. {D[9]}
    Outcome: message not found - it was deleted by its author before we
    reviewed it

11. {D[10]}
    Outcome: server removed

12. {D[11]}
    Outcome: server removed

We're marking this ticket as solved. Thank you for working with us.

Daniel
Discord Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request has been solved' notification, numbered list with the outcome on the line below each URL",
    why="seven links, each followed by an explicit outcome line",
    items={D[5]: "removed", D[6]: "restricted", D[7]: "removed", D[8]: "rejected",
           D[9]: "not_found", D[10]: "removed", D[11]: "removed"},
)

case(
    name="discord-zendesk-solved-bulk",
    **{"from": "safety@discord.com"},
    date="Tue, 10 Sep 2024 22:03:40 +0000",
    subject="[Discord Safety] Request #4829130 has been solved",
    reply_to_req=req_mid("KCSC-240902-01"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_LINE}

Your request (#4829130) has been solved. If you need more help, reply to this
email and the ticket will be reopened.

----------------------------------------------

Priya (Discord Safety)

Sep 10, 2024, 15:03 PDT

Hello,

We have completed our review of the content reported under KCSC-240902-01
and have taken action on all of it in line with our Community Guidelines.
For privacy reasons we can't share details of the enforcement applied to
individual accounts.

Regards,
Priya
Discord Safety
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Zendesk solved notification with a one-paragraph blanket outcome",
    why="'taken action on all of it' for a twelve-item request, no link named",
    items={u: "pending" for u in D},
)

_d_html_rows = [
    (D[0], "Server removed"),
    (D[2], "Server removed"),
    (D[4], "No violation found &ndash; no action"),
    (D[6], "Channel age-restricted"),
    (D[11], "Server removed"),
]
_d_html = "".join(
    f'<tr><td style="padding:4px;border:1px solid #ddd"><a href="{u}">{u}</a></td>'
    f'<td style="padding:4px;border:1px solid #ddd">{s}</td></tr>\n' for u, s in _d_html_rows)
_d_txt = "\n".join(f"{u}\n    {s.replace('&ndash;', '-')}" for u, s in _d_html_rows)
case(
    name="discord-zendesk-html-table",
    **{"from": "safety@discord.com"},
    date="Sat, 07 Sep 2024 03:20:11 +0000",
    subject="[Discord Safety] Re: KCSC-240902-01 - reported servers (#4829130)",
    reply_to_req=req_mid("KCSC-240902-01"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    raw_mime=alt(
        f"""{ZD_LINE}

Your request (#4829130) has been updated.

Jonas (Discord Safety)

Hi,

Summary of our review so far:

{_d_txt}

We'll come back to you on the rest.

Jonas
Discord Safety
""",
        f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p style="color:#b5b5b5">{ZD_LINE}</p>
<p>Your request (#4829130) has been updated.</p>
<hr>
<p><b>Jonas</b> (Discord Safety)</p>
<p>Hi,</p>
<p>Summary of our review so far:</p>
<table style="border-collapse:collapse">
<tr><th style="padding:4px;border:1px solid #ddd">Reported link</th><th style="padding:4px;border:1px solid #ddd">Outcome</th></tr>
{_d_html}</table>
<p>We'll come back to you on the rest.</p>
<p>Jonas<br>Discord Safety</p>
</body></html>""",
        "zd-alt-7731"),
    outcome="applied", classification="confirmation",
    imitates="Zendesk HTML notification (multipart/alternative) with an outcome table",
    why="five links in a table, each with an outcome; both parts say the same",
    items={D[0]: "removed", D[2]: "removed", D[4]: "rejected", D[6]: "restricted", D[11]: "removed"},
)

_csv = "reported_url,action,comment\n" + "\n".join([
    f"{D[1]},none,invite invalid - server could not be found",
    f"{D[3]},removed,message deleted",
    f"{D[5]},removed,message deleted",
    f"{D[7]},removed,server deleted",
    f"{D[8]},none,\"reviewed, no violation\"",
    f"{D[9]},none,message does not exist",
    f"{D[10]},removed,server deleted",
]) + "\n"
case(
    name="discord-csv-attachment",
    **{"from": "safety@discord.com"},
    date="Thu, 12 Sep 2024 05:31:09 +0000",
    subject="[Discord Safety] Re: KCSC-240902-01 - reported servers (#4829130)",
    reply_to_req=req_mid("KCSC-240902-01"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    raw_mime=with_attachment(
        f"""{ZD_LINE}

Your request (#4829130) has been updated.

Maya (Discord Safety)

Hello,

As requested by your colleague on the phone, I've put the results for the
links we've dealt with into the attached spreadsheet (one row per link).

Best,
Maya
Discord Safety
""", "KCSC-240902-01_results.csv", "text/csv", _csv, "zd-mix-5120"),
    outcome="applied", classification="confirmation",
    imitates="ticket reply with the per-link results in an attached CSV",
    why="the CSV gives an action and a reason for seven requested links",
    items={D[1]: "not_found", D[3]: "removed", D[5]: "removed", D[7]: "removed",
           D[8]: "rejected", D[9]: "not_found", D[10]: "removed"},
)

_prev_maya = f"""Hi there,

Here is where we are with the first links of your request:

  * {D[0]} - server removed
  * {D[2]} - server removed
  * {D[3]} - message deleted

We'll update you on the others."""
case(
    name="discord-followup-over-quoted-thread",
    **{"from": "maya.s@discord.com"},
    name_from="Maya S. (Discord Safety)",
    date="Mon, 09 Sep 2024 18:02:44 +0000",
    subject="Re: [Discord Safety] Re: KCSC-240902-01 - reported servers (#4829130)",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""Hi again,

A quick follow-up on #4829130 about the two invites that were still open.

discord.gg/kr-toto-vip was reviewed by a second agent and doesn't break our
rules, so it stays up.
{D[10]} - that server has now been removed.

Maya

On Fri, Sep 6, 2024 at 4:42 PM Discord Safety <safety@discord.com> wrote:
{quote_lines(_prev_maya)}
""",
    outcome="applied", classification="confirmation",
    imitates="agent's personal follow-up in the ticket thread, Gmail-style quote of the earlier update",
    why="two new statements above the quote (one invite without https://); the quoted statements are not re-read",
    items={D[8]: "rejected", D[10]: "removed"},
)

case(
    name="discord-reply-to-reminder",
    **{"from": "safety@discord.com"},
    date="Tue, 10 Sep 2024 04:11:30 +0000",
    subject="Re: Reminder: KCSC-240902-01 removal request overdue",
    extra_headers=reminder_headers("KCSC-240902-01"),
    body=f"""Hello,

Sorry for the slow reply. The servers behind discord.gg/pillshop24 and
{D[2]} were removed last week. The other links in your reminder are
still being looked at by the team.

Discord Safety

On Tue, Sep 10, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote_lines(reminder_text("KCSC-240902-01", D, "2 September 2024"))}
""",
    outcome="applied", classification="confirmation",
    imitates="reply to our overdue reminder, top-posted over the quoted list",
    why="two servers stated removed above the quote; the rest explicitly still under review",
    items={D[7]: "removed", D[2]: "removed"},
)

case(
    name="discord-auth-fail",
    **{"from": "safety@discord.com"},
    auth="fail",
    date="Sun, 08 Sep 2024 11:50:00 +0000",
    subject="[Discord Safety] Re: KCSC-240902-01 (#4829130)",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""{ZD_LINE}

Your request (#4829130) has been updated.

Hello,

We removed the following servers today:
{D[0]}
{D[7]}
{D[11]}

Discord Safety
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="Zendesk-style update whose DKIM/SPF/DMARC all fail",
    why="claims come from discord.com but authentication fails",
    items={D[0]: "pending", D[7]: "pending", D[11]: "pending"},
)

case(
    name="discord-quoted-printable",
    **{"from": "safety@discord.com"},
    date="Thu, 12 Sep 2024 16:27:45 +0000",
    subject="[Discord Safety] Re: KCSC-240902-01 - message links (#4829130)",
    reply_to_req=req_mid("KCSC-240902-01"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    raw_mime=qp(f"""{ZD_LINE}

Your request (#4829130) has been updated.

Hi,

About the message links in your request: we deleted the message at {D[3]} and the message at {D[5]}. The message at {D[9]} no longer exists — it had already been deleted by the person who posted it, so there was nothing for us to act on.

Kind regards,
Discord Safety
"""),
    outcome="applied", classification="confirmation",
    imitates="Zendesk plain-text notification sent quoted-printable (long URLs split by soft line breaks)",
    why="two messages deleted, one already deleted by its author",
    items={D[3]: "removed", D[5]: "removed", D[9]: "not_found"},
)

case(
    name="discord-asks-more",
    **{"from": "safety@discord.com"},
    date="Wed, 04 Sep 2024 20:05:13 +0000",
    subject="[Discord Safety] Re: KCSC-240902-01 - reported servers (#4829130)",
    reply_to_req=req_mid("KCSC-240902-01"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_LINE}

Your request (#4829130) is awaiting your reply.

Jonas (Discord Safety)

Hello,

Thank you for the report. Before we can act on two of the invites, we need
a little more from you:

- {D[1]}
- {D[8]}

Invites can change hands, so could you send us a message link or a
screenshot showing the content you consider illegal on each of these
servers, together with the date you saw it? Once we have that we'll
continue our review.

Jonas
Discord Safety
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Zendesk 'awaiting your reply' (pending) notification asking for evidence",
    why="the platform asks us for message links or screenshots; no outcome given",
    items={D[1]: "pending", D[8]: "pending"},
)

case(
    name="discord-agent-out-of-office",
    **{"from": "jun.park@discord.com"},
    name_from="Jun Park",
    date="Tue, 10 Sep 2024 01:00:07 +0000",
    subject="Automatic reply: Reminder: KCSC-240902-01 removal request overdue",
    extra_headers=reminder_headers("KCSC-240902-01") + ["Auto-Submitted: auto-replied",
                                                        "X-Auto-Response-Suppress: All"],
    body="""Hi,

I'm out of the office until Monday 16 September with limited access to
email. For anything about safety reports, please write to
safety@discord.com and the team on duty will pick it up.

Thanks,
Jun
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' from an agent who was copied on the reminder",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="discord-jira-comment",
    **{"from": "tns-desk@discord.com"},
    name_from="Ana Ruiz (Discord T&S Desk)",
    date="Fri, 13 Sep 2024 08:44:21 +0000",
    subject="[JIRA] (TNS-4471) KCSC-240902-01 Korean regulator request - message review",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""—-—-—-—
Reply above this line.

Ana Ruiz commented:

I've had another look at the last open message link,
{D[4]}
It's a general chat message with no betting content and doesn't break our
Community Guidelines, so we're leaving it up. Closing the request.

View request · Turn off this request's notifications

This message was sent by the Discord T&S Desk (powered by Jira Service Management).
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'commented on your request' notification",
    why="one message link, explicitly left up because it breaks no rule",
    items={D[4]: "rejected"},
)

case(
    name="discord-ack-then-results",
    **{"from": "safety@discord.com"},
    date="Sun, 08 Sep 2024 02:12:00 +0000",
    subject="[Discord Safety] Re: KCSC-240902-01 (#4829130)",
    reply_to_req=req_mid("KCSC-240902-01"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_LINE}

Thank you for contacting Discord Safety. We have received your report and
our team has reviewed it. Results:

1) {D[6]}
   Channel age-restricted (18+); hidden from users who have not verified
   their age.

2) {D[11]}
   Server removed.

3) {D[1]}
   Invite link invalid; no server found.

Discord Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk macro that starts with the receipt wording and then gives results",
    why="acknowledgement phrase followed by three unhedged per-link outcomes",
    items={D[6]: "restricted", D[11]: "removed", D[1]: "not_found"},
)

# ======================= Telegram (KCSC-240903-02, 4 items) =======================
case(
    name="tg-status-below-url",
    **{"from": "abuse@telegram.org"},
    date="Thu, 05 Sep 2024 07:03:19 +0000",
    subject="Re: KCSC-240903-02",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""Hello,

Results for your request:

{T[0]}
Status: deleted

{T[1]}
Status: deleted

{T[3]}
Status: message not found

--
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk terse reply, bare URL with its status on the next line",
    why="three URLs each followed by a status line",
    items={T[0]: "removed", T[1]: "removed", T[3]: "not_found"},
)

case(
    name="tg-hedged",
    **{"from": "abuse@telegram.org"},
    date="Wed, 04 Sep 2024 13:47:02 +0000",
    subject="Re: KCSC-240903-02",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""Hello,

We looked at the channel you reported. {T[0]} and {T[1]}
appear to have been deleted already, possibly by the channel's own admins.
We'll double-check and come back to you.

--
Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk first reply with a guess about the posts",
    why="'appear to have been deleted' and a promise to check: a hedge, not a statement",
    items={T[0]: "pending", T[1]: "pending"},
)

case(
    name="tg-forwarded-internal",
    **{"from": "m.lindqvist@telegram.org"},
    name_from="Marta Lindqvist",
    date="Fri, 06 Sep 2024 09:30:00 +0000",
    subject="Fwd: toto_signal_vip (KCSC-240903-02)",
    body=f"""Hello KCSC team,

FYI, forwarding what our moderation colleagues wrote about one of your
links. I'm not on the moderation side, so please send any questions to
abuse@telegram.org.

Marta

---------- Forwarded message ---------
From: Moderation Queue <modq@telegram.org>
Date: Thu, Sep 5, 2024 at 6:12 PM
Subject: toto_signal_vip
To: Marta Lindqvist <m.lindqvist@telegram.org>

{T[2]} - made unavailable for users in South Korea under local law.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail 'Forwarded message' from a staff member who is not on the abuse desk",
    why="the only statement is inside a forwarded internal message, not the sender's own",
    items={T[2]: "pending"},
)

case(
    name="tg-mixed-prose",
    **{"from": "dsa@telegram.org"},
    date="Sat, 07 Sep 2024 10:15:44 +0000",
    subject="Re: KCSC-240903-02 - result",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""Dear Sir or Madam,

Thank you for your report. The posts {T[0]} and {T[1]} have been
deleted by our moderators. The channel {T[2]} has been restricted
and is no longer available to users in the Republic of Korea.

Kind regards,
Telegram
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA/legal desk prose answer",
    why="two posts deleted, one channel restricted in Korea",
    items={T[0]: "removed", T[1]: "removed", T[2]: "restricted"},
)

case(
    name="tg-outlook-reply-to-reminder",
    **{"from": "dsa@telegram.org"},
    date="Wed, 11 Sep 2024 08:05:00 +0000",
    subject="RE: Reminder: KCSC-240903-02 removal request overdue",
    extra_headers=reminder_headers("KCSC-240903-02"),
    body=f"""Hello,

Regarding the one item still open: {T[3]} - this message does not
exist; the post number is not valid in that channel. The other items of
this request were answered on 5 September.

Telegram

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 9:00 AM
To: dsa@telegram.org
Subject: Reminder: KCSC-240903-02 removal request overdue

{reminder_text("KCSC-240903-02", T, "3 September 2024")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply to our reminder with the reminder below '-----Original Message-----'",
    why="one URL stated not to exist; the rest of the reminder is our own quoted text",
    items={T[3]: "not_found"},
)

case(
    name="tg-angle-brackets",
    **{"from": "abuse@telegram.org"},
    date="Fri, 06 Sep 2024 22:40:10 +0000",
    subject="Re: KCSC-240903-02",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""Hi,

<{T[2]}>: the channel can no longer be viewed from Korea; we
restricted it there under local law.

--
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk one-liner with the URL in angle brackets",
    why="channel restricted in Korea",
    items={T[2]: "restricted"},
)

# ======================= X (KCSC-240904-03, 3 items) =======================
case(
    name="x-case-receipt",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Wed, 04 Sep 2024 00:41:37 +0000",
    subject="Case# 0196523471: KCSC-240904-03 [ref:_00D1x2Ab._5004T9kQz:ref]",
    reply_to_req=req_mid("KCSC-240904-03"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

We've received your report and it has been given case number 0196523471.
Our team will review it and respond by email. Please keep the case number
in the subject line of any further correspondence about this report.

This mailbox is not monitored.

X Corp.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal-request case receipt (Salesforce-style ref tag in the subject)",
    why="pure acknowledgement with a case number",
    items={},
)

case(
    name="x-withheld-mixed",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Mon, 09 Sep 2024 17:22:05 +0000",
    subject="Re: Case# 0196523471: KCSC-240904-03",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""Hello,

We have reviewed the posts in your request.

{X[0]} has been withheld in South Korea in response to your request.

https://x.com/mintleaf_shop/status/1829900011122233344 - after review we
did not find a violation of the X Rules or of Korean law and will not take
action on this post.

{X[1]} is still under review; we'll let you know.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal 'withheld in country' answer with a refusal and an open item",
    why="one post withheld in KR, one refused with its reason (written with x.com for our twitter.com URL), one under review",
    items={X[0]: "restricted", X[2]: "rejected", X[1]: "pending"},
)

_x_prev = f"""Hello,

{X[0]} has been withheld in South Korea in response to your request.

{X[1]} is still under review; we'll let you know."""
case(
    name="x-followup-remaining",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Fri, 13 Sep 2024 02:10:19 +0000",
    subject="Re: Case# 0196523471: KCSC-240904-03",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""Hello,

Further to our earlier response, the post {X[1]} has now been
removed for violating the X Rules.

Regards,
X Legal

On Mon, Sep 9, 2024 at 17:22 UTC, X Legal <legal@x.com> wrote:
{quote_lines(_x_prev)}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up in the same case thread, earlier reply quoted",
    why="the remaining post is removed; the quoted earlier statement is not re-read",
    items={X[1]: "removed"},
)

case(
    name="x-helpdesk-dmarc-fail",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    auth="fail",
    date="Tue, 10 Sep 2024 06:55:00 +0000",
    subject="Re: Case# 0196523471: KCSC-240904-03",
    reply_to_req=req_mid("KCSC-240904-03"),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""Hello,

The reported posts {X[0]} and {X[1]} have been withheld in
South Korea.

X Legal
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="help-desk tool sending as x.com without aligned DKIM/SPF (DMARC fail)",
    why="statements from x.com that fail authentication",
    items={X[0]: "pending", X[1]: "pending"},
)

# ======================= YouTube (KCSC-240905-04, 5 items) =======================
case(
    name="yt-legal-headed-lists",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    date="Tue, 10 Sep 2024 12:31:50 +0000",
    subject="[7-3381000029914] Re: KCSC-240905-04 YouTube removal request",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""Hello,

Thanks for reaching out to us.

We have reviewed the content in your request and taken the following
actions.

In response to your request, we have blocked access to the following
content on YouTube in South Korea:
- {Y[1]}

The following content was removed from YouTube for violating our
Community Guidelines:
- {Y[0]}

We have decided not to take action on the following content, as based on
our review it does not violate our policies or local law:
- {Y[4]}

For more information see https://support.google.com/legal/answer/3110420

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal removal outcome with a heading per action and a dash list",
    why="one video blocked in KR, one removed, one Short refused; the help link is not an item",
    items={Y[1]: "restricted", Y[0]: "removed", Y[4]: "rejected"},
)

case(
    name="yt-promises",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    date="Mon, 09 Sep 2024 04:02:33 +0000",
    subject="[7-3381000029914] Re: KCSC-240905-04 YouTube removal request",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""Hello,

Thanks for following up. The channel {Y[3]} will be terminated once
the review of the linked videos is finished, and the Short at
{Y[4]} should be taken down by the end of the week. We'll confirm
by email when this is done.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply with promises",
    why="'will be terminated', 'should be taken down': promises, not statements",
    items={Y[3]: "pending", Y[4]: "pending"},
)

case(
    name="yt-channel-terminated-html",
    **{"from": "noreply-legal@youtube.com"},
    name_from="YouTube",
    date="Thu, 12 Sep 2024 19:45:00 +0000",
    subject="Update on your request KCSC-240905-04",
    reply_to_req=req_mid("KCSC-240905-04"),
    type="html",
    body=f"""<html><body style="font-family:Roboto,Arial,sans-serif">
<table width="600" align="center"><tr><td>
<h2 style="font-weight:400">Update on your request</h2>
<p>Hello,</p>
<p>After review, the channel <a href="{Y[3]}">{Y[3]}</a> has been
terminated for violating YouTube's policy on spam, deceptive practices and
scams. The channel and its content are no longer available on YouTube.</p>
<p>Reference: KCSC-240905-04</p>
<p style="color:#606060;font-size:12px">&copy; 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043.
<a href="https://www.youtube.com/t/terms">Terms</a></p>
</td></tr></table></body></html>""",
    outcome="applied", classification="confirmation",
    imitates="YouTube HTML notification of a channel termination",
    why="the channel URL is terminated (removed); the videos are not named, so they are not touched",
    items={Y[3]: "removed"},
)

case(
    name="yt-age-restricted-base64",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    date="Fri, 13 Sep 2024 03:18:27 +0000",
    subject="[7-3381000029914] Re: KCSC-240905-04 YouTube removal request",
    reply_to_req=req_mid("KCSC-240905-04"),
    raw_mime=b64body(f"""Hello,

Following our review, the video at {Y[2]} has been age-restricted: it
can no longer be watched by signed-out viewers or by viewers under 18.

Regards,
The YouTube Legal Team
"""),
    outcome="applied", classification="confirmation",
    imitates="Google legal reply sent base64-encoded",
    why="video age-restricted",
    items={Y[2]: "restricted"},
)

_rem_y = reminder_text("KCSC-240905-04", Y, "5 September 2024")
case(
    name="yt-bounce-reminder",
    **{"from": "mailer-daemon@googlemail.com"},
    name_from="Mail Delivery Subsystem",
    date="Fri, 13 Sep 2024 00:00:41 +0000",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-0091aa"

--dsn-0091aa
Content-Type: text/plain; charset=utf-8

** Message not delivered **

Your message couldn't be delivered to legal-kr@google.com because the
recipient's mailbox is full. Try again later.

--dsn-0091aa
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 13 Sep 2024 09:00:38 +0900

Final-Recipient: rfc822; legal-kr@google.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552-5.2.2 The recipient's inbox is out of storage space.

--dsn-0091aa
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@google.com
Subject: Reminder: KCSC-240905-04 removal request overdue
Date: Fri, 13 Sep 2024 09:00:00 +0900
Message-ID: <reminder.KCSC-240905-04.1@kcsc.example>
Content-Type: text/plain; charset=utf-8

{_rem_y}

--dsn-0091aa--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail delivery status notification returning our reminder",
    why="DSN bounce; the URLs are in our own returned reminder",
    items={u: "pending" for u in Y},
)

case(
    name="yt-vendor-unknown-sender",
    **{"from": "casework@trustops-partners.example"},
    name_from="TrustOps Partners (on behalf of YouTube)",
    date="Wed, 11 Sep 2024 10:02:00 +0000",
    subject="RE: KCSC-240905-04 YouTube removal request",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""Dear KCSC,

We handle regional casework for YouTube. Please be advised that
{Y[0]} was removed and that {Y[4]} did not breach any
policy and will stay online.

Best regards,
TrustOps Partners - APAC casework
""",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="outsourced moderation vendor writing on a platform's behalf",
    why="statements about requested YouTube items from a domain that is no platform's",
    items={Y[0]: "pending", Y[4]: "pending"},
)

case(
    name="yt-gmail-reply-to-reminder",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    date="Fri, 13 Sep 2024 06:40:12 +0000",
    subject="Re: Reminder: KCSC-240905-04 removal request overdue",
    extra_headers=reminder_headers("KCSC-240905-04"),
    body=f"""Hi,

Thanks for the reminder, and apologies for the delay.

{Y[0]} was removed on September 11 and is no longer available on
YouTube. The Short {Y[4]} was reviewed and we found it doesn't
breach our policies or local law, so it remains up.

Regards,
The YouTube Legal Team

On Fri, Sep 13, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote_lines(_rem_y)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply over our quoted reminder",
    why="one video removed, the Short refused with its reason; quoted reminder not read",
    items={Y[0]: "removed", Y[4]: "rejected"},
)

# ======================= NAVER (KCSC-240906-05, 3 items) =======================
case(
    name="naver-result-html-table",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 게시중단 담당",
    date="Tue, 10 Sep 2024 07:20:00 +0000",
    subject="[NAVER] KCSC-240906-05 게시물 조치 결과 안내",
    reply_to_req=req_mid("KCSC-240906-05"),
    type="html",
    body=f"""<html><body style="font-family:'Nanum Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 게시중단 담당자입니다.</p>
<p>방송통신심의위원회에서 요청하신 건(KCSC-240906-05)의 조치 결과를 아래와 같이 안내드립니다.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#f2f2f2"><th>번호</th><th>URL</th><th>조치 결과</th></tr>
<tr><td>1</td><td>{N[0]}</td><td>임시조치(30일)</td></tr>
<tr><td>2</td><td>{N[1]}</td><td>삭제</td></tr>
<tr><td>3</td><td>{N[2]}</td><td>검토 중</td></tr>
</table>
<p>3번 게시물은 검토가 끝나는 대로 다시 안내드리겠습니다.</p>
<p>감사합니다.<br>네이버 주식회사</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 조치 결과 안내 with a 번호/URL/조치 결과 HTML table",
    why="임시조치 (restricted), 삭제 (removed), 검토 중 (still pending)",
    items={N[0]: "restricted", N[1]: "removed", N[2]: "pending"},
)

case(
    name="naver-inquiry-receipt",
    **{"from": "help@help.naver.com"},
    name_from="네이버 고객센터",
    date="Fri, 06 Sep 2024 01:12:45 +0000",
    subject="[네이버 고객센터] 문의가 접수되었습니다.",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

- 접수번호: 2024090612345678
- 접수일시: 2024.09.06 10:12
- 문의유형: 권리침해 / 게시중단 요청

답변은 접수 순서대로 진행되며, 답변이 등록되면 메일로 알려드립니다.
본 메일은 발신 전용입니다.

네이버 고객센터 https://help.naver.com
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 자동 안내",
    why="automatic receipt with a 접수번호, nothing about any item",
    items={},
)

case(
    name="naver-prose-particles",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 게시중단 담당",
    date="Wed, 11 Sep 2024 02:05:31 +0000",
    subject="RE: KCSC-240906-05 게시중단 요청 처리 결과",
    reply_to_req=req_mid("KCSC-240906-05"),
    body=f"""안녕하세요. 네이버입니다.

요청하신 게시물에 대한 처리 결과를 알려드립니다.

{N[0]}은 정보통신망법 제44조의2에 따라 30일간 임시조치되었으며, {N[1]}의 경우 카페 운영원칙 위반으로 삭제 처리하였습니다。

감사합니다.
네이버 주식회사 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER prose answer with Korean particles glued to the URLs",
    why="blog post 임시조치 (restricted), cafe post 삭제 (removed)",
    items={N[0]: "restricted", N[1]: "removed"},
)

case(
    name="naver-wrong-platform",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 게시중단 담당",
    date="Thu, 12 Sep 2024 05:40:00 +0000",
    subject="RE: 게시중단 요청 관련 문의",
    body=f"""안녕하세요. 네이버입니다.

보내주신 목록에 포함된 {K[1]} 는 다음(Daum) 카페의
게시물로, 네이버 서비스에는 존재하지 않는 게시물입니다. 해당 게시물은
카카오에 요청해 주시기 바랍니다.

감사합니다.
네이버 주식회사
""",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="NAVER reply pointing out that a listed URL belongs to another portal",
    why="NAVER states about a Kakao (Daum cafe) item; it is not NAVER's to answer",
    items={K[1]: "pending"},
)

_naver_prev = f"""안녕하세요. 네이버입니다.

{N[2]} 게시물은 현재 검토 중입니다. 결과가 나오는 대로
안내드리겠습니다."""
case(
    name="naver-followup-original-message",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 게시중단 담당",
    date="Fri, 13 Sep 2024 08:11:09 +0000",
    subject="RE: [NAVER] KCSC-240906-05 게시물 조치 결과 안내",
    reply_to_req=req_mid("KCSC-240906-05"),
    body=f"""안녕하세요.

지난번 검토 중으로 안내드린 게시물({N[2]})은 확인 결과 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

감사합니다.
네이버 게시중단 담당

-----Original Message-----
From: 네이버 게시중단 담당 <policy@navercorp.com>
Sent: Tuesday, September 10, 2024 4:20 PM
To: takedown@kcsc.example
Subject: [NAVER] KCSC-240906-05 게시물 조치 결과 안내

{_naver_prev}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up in the same thread over its own earlier message (Outlook quoting)",
    why="the post under review turned out to be deleted by its author (not_found)",
    items={N[2]: "not_found"},
)

# ======================= Kakao (KCSC-240909-06, 4 items) =======================
case(
    name="kakao-text-table",
    **{"from": "safety@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 06:30:00 +0000",
    subject="[카카오] 방송통신심의위원회 시정요구 조치결과 회신 (KCSC-240909-06)",
    reply_to_req=req_mid("KCSC-240909-06"),
    body=f"""안녕하세요. 카카오 고객센터입니다.

요청번호 KCSC-240909-06 건에 대한 조치 결과를 회신드립니다.

| 순번 | URL | 조치결과 |
|------|-----|----------|
| 1 | {K_RAW} | 게시중단 |
| 2 | {K[1]} | 블라인드 |
| 3 | {K[2]} | 임시조치 |
| 4 | {K[3]} | 해당 게시물 없음 |

문의사항은 이 메일에 회신해 주시기 바랍니다.

카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 시정요구 조치결과 회신 with a plain-text table (Tistory URL with a raw Korean path)",
    why="게시중단 and 블라인드 (removed), 임시조치 (restricted), 해당 게시물 없음 (not_found)",
    items={K[0]: "removed", K[1]: "removed", K[2]: "restricted", K[3]: "not_found"},
)

case(
    name="kakao-partial",
    **{"from": "safety@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 01:55:20 +0000",
    subject="RE: KCSC-240909-06 게시물 조치 요청",
    reply_to_req=req_mid("KCSC-240909-06"),
    body=f"""안녕하세요. 카카오 고객센터입니다.

요청하신 4건 중 2건의 처리가 완료되어 먼저 안내드립니다.

- 티스토리 게시물 {K[0]} : 게시중단 완료
- 다음 카페 게시물（{K[2]}）은 임시조치하였습니다.

나머지 2건은 검토 중이며, 결과가 나오는 대로 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao partial answer (2 of 4 done), full-width parentheses around a URL",
    why="two items stated, the other two explicitly still under review",
    items={K[0]: "removed", K[2]: "restricted", K[1]: "pending", K[3]: "pending"},
)

case(
    name="kakao-hedged",
    **{"from": "safety@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Tue, 10 Sep 2024 09:02:00 +0000",
    subject="RE: KCSC-240909-06 게시물 조치 요청",
    reply_to_req=req_mid("KCSC-240909-06"),
    body=f"""안녕하세요. 카카오 고객센터입니다.

문의하신 {K[3]} 게시물은 이미 삭제된 것으로 보이나,
정확한 확인을 위해 담당 부서에 다시 확인 중입니다. 확인되는 대로
회신드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao interim reply with a hedge (~것으로 보이나, 확인 중)",
    why="'seems to have been deleted, still checking': a hedge, not a statement",
    items={K[3]: "pending"},
)

case(
    name="kakao-read-receipt",
    **{"from": "minji.seo@kakaocorp.com"},
    name_from="서민지",
    date="Mon, 09 Sep 2024 07:31:02 +0000",
    subject="읽음: KCSC-240909-06 게시물 조치 요청",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-77c2"

--mdn-77c2
Content-Type: text/plain; charset=utf-8

보낸 메시지가 읽혔습니다.

받는 사람: 서민지 <minji.seo@kakaocorp.com>
제목: KCSC-240909-06 게시물 조치 요청
읽은 시간: 2024-09-09 (월) 16:31

--mdn-77c2
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Outlook
Final-Recipient: rfc822; minji.seo@kakaocorp.com
Original-Message-ID: <{req_mid("KCSC-240909-06")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-77c2--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) in Korean",
    why="read receipt",
    items={},
)

case(
    name="kakao-bulk",
    **{"from": "safety@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 04:44:44 +0000",
    subject="RE: KCSC-240909-06 게시물 조치 요청",
    reply_to_req=req_mid("KCSC-240909-06"),
    body="""안녕하세요. 카카오 고객센터입니다.

요청하신 게시물 4건 모두 운영정책에 따라 게시중단 조치를 완료하였습니다.

감사합니다.
카카오 고객센터 드림
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Kakao one-line blanket 조치 완료 answer",
    why="'all four posts' without naming each, for a four-item request",
    items={u: "pending" for u in K},
)

# ======================= TikTok (KCSC-240910-07, 1 item) =======================
case(
    name="tiktok-ticket-receipt",
    **{"from": "support@tiktok.com"},
    name_from="TikTok Support",
    date="Tue, 10 Sep 2024 01:06:55 +0000",
    subject="Re: KCSC-240910-07 [Ticket #88231]",
    reply_to_req=req_mid("KCSC-240910-07"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Freshdesk-Ticket-Id: 88231"],
    body="""Hi there,

Thanks for contacting TikTok. This is an automated message to let you know
that we've received your request and created ticket #88231. A member of our
team will get back to you as soon as possible.

You can reply to this email to add more details to your ticket.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk-style new-ticket auto-acknowledgement",
    why="pure ticket receipt",
    items={},
)

case(
    name="tiktok-resolved-sole",
    **{"from": "support@tiktok.com"},
    name_from="TikTok Support",
    date="Fri, 13 Sep 2024 11:20:30 +0000",
    subject="Re: KCSC-240910-07 [Ticket #88231] resolved",
    reply_to_req=req_mid("KCSC-240910-07"),
    extra_headers=["X-Freshdesk-Ticket-Id: 88231"],
    body="""Hi,

Thank you for your patience. We've reviewed the video you reported and
removed it for violating our Community Guidelines on frauds and scams.

We're marking ticket #88231 as resolved. If you reply to this email, the
ticket will be reopened.

Best,
Kim
TikTok Support
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' agent reply without the URL",
    why="one-item request; 'the video you reported' was removed",
    items={TK[0]: "removed"},
)

case(
    name="tiktok-newsletter-no-claims",
    **{"from": "lawenforcement@tiktok.com"},
    name_from="TikTok Law Enforcement Outreach",
    date="Mon, 16 Sep 2024 00:30:00 +0000",
    subject="Changes to how TikTok receives government requests",
    body="""Dear partner,

From 1 October 2024, TikTok will accept removal requests from government
agencies only through our Law Enforcement Portal at
https://www.tiktok.com/legal/page/global/law-enforcement. Requests sent by
email after that date will receive an automatic reply pointing to the
portal.

If you have questions, please reply to this email.

TikTok Law Enforcement Outreach
""",
    outcome="review", review="no_claims",
    imitates="platform outreach mail about a new request portal",
    why="trusted TikTok mail that names no item and no request",
    items={},
)

def _encode_headers():
    """Non-ASCII display names and subjects go out as RFC 2047 encoded-words,
    as Korean mail clients send them."""
    from email.header import Header
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v and not v.isascii():
                c[key] = Header(v, "utf-8").encode()


HEADER = """# Blind set blind458 (ticket systems and threads): written by make.py.
# Expected results come from each email's meaning, written before any run.
"""

if __name__ == "__main__":
    write_requests()
    _encode_headers()
    corpuslib.write_set(HERE, "blind458", HEADER, cases)
    print(len(cases), "cases")
