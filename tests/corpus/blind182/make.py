#!/usr/bin/env python3
"""Blind set 182: ticket systems and threads.

Zendesk/Freshdesk/Jira Service Management/Help Scout-style receipts and
results, solved tickets, follow-ups in the same thread, replies to our
reminders, partial answers and forwarded mail. Every email is fictional and
written for this set; the expected result of each case was written from the
email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind182/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
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
TG = "KCSC-240902-01"
XA = "KCSC-240903-02"
YT = "KCSC-240904-03"
NV = "KCSC-240905-04"
KK = "KCSC-240906-05"
RD = "KCSC-240909-06"
XB = "KCSC-240910-07"

T311 = "https://t.me/velvet_orchid_kr/311"
T312 = "https://t.me/velvet_orchid_kr/312"
T318 = "https://t.me/velvet_orchid_kr/318"
T325 = "https://t.me/velvet_orchid_kr/325"
T77 = "https://t.me/nightmarket_leaks/77"
T81 = "https://t.me/nightmarket_leaks/81"
T94 = "https://t.me/nightmarket_leaks/94"
T1502 = "https://t.me/sora_archive_bot_room/1502"
T1517 = "https://t.me/sora_archive_bot_room/1517"
T9 = "https://t.me/paper_lantern_club/9"
T12 = "https://t.me/paper_lantern_club/12"
T40 = "https://t.me/paper_lantern_club/40"
T2204 = "https://t.me/c_drift_mirror/2204"
T2260 = "https://t.me/c_drift_mirror/2260"
TG_ALL = [T311, T312, T318, T325, T77, T81, T94, T1502, T1517, T9, T12, T40, T2204, T2260]

X667 = "https://x.com/hanbyeol_zz/status/1830001122334455667"
X990 = "https://x.com/hanbyeol_zz/status/1830001122334455990"
XMT = "https://x.com/mirror_tide_07/status/1829876543210987654"
XGP = "https://x.com/gray_pebble_kr/status/1830123450987654321"
XA_ALL = [X667, X990, XMT, XGP]
XDL = "https://x.com/dawnline_kr/status/1833300011122233344"

YQ = "https://www.youtube.com/watch?v=Qm7dLx2Rk9A"
YB = "https://www.youtube.com/watch?v=bT4nW8yPz1c"
YH = "https://www.youtube.com/shorts/Hv3sKe0pQ2w"
YT_ALL = [YQ, YB, YH]

N1 = "https://blog.naver.com/moonlit_ink/223561000481"
N2 = "https://blog.naver.com/moonlit_ink/223561000733"
N3 = "https://cafe.naver.com/%EB%B0%A4%EB%B0%94%EB%8B%A4/1203"
N3RAW = "https://cafe.naver.com/밤바다/1203"
N4 = "https://cafe.naver.com/nightsea77/1188"
N5 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471122334"
NV_ALL = [N1, N2, N3, N4, N5]

K1 = "https://cafe.daum.net/bluefog_lounge/Xk2a/341"
K2 = "https://cafe.daum.net/bluefog_lounge/Xk2a/358"

R1 = "https://www.reddit.com/r/hanriver_after_dark/comments/1f9xq2z/weekly_thread/"

REQUESTS = [
    # ref, platform, sent, due, category, urls, name, note
    (TG, "telegram", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     "non_consensual_imagery", TG_ALL, "Telegram", "largest request"),
    (XA, "x", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "non_consensual_imagery", XA_ALL, "X", ""),
    (YT, "youtube", "2024-09-04T10:00:00+09:00", "2024-09-11T18:00:00+09:00",
     "illegal_gambling", YT_ALL, "YouTube", ""),
    (NV, "naver", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "defamation", NV_ALL, "NAVER", "one Korean-path cafe URL"),
    (KK, "kakao", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "illegal_drugs", [K1, K2], "Kakao", ""),
    (RD, "reddit", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "non_consensual_imagery", [R1], "Reddit", "one item"),
    (XB, "x", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "illegal_gambling", [XDL], "X", "one item"),
]
REQ = {r[0]: r for r in REQUESTS}


def mid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, _name, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"<{mid(ref)}@kcsc.example>", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def display(u):
    return N3RAW if u == N3 else u


def request_text(ref, only=None):
    _r, _p, sent, due, cat, urls, name, _n = REQ[ref]
    urls = only or urls
    lines = [
        f"Dear {name} team,",
        "",
        "The Korea Communications Standards Commission (KCSC) asks you to take",
        "down the content listed below, which it found unlawful under Korean law",
        f"(category: {cat}).",
        "",
        f"Reference: {ref}",
        f"Deadline: {due[:10]} 18:00 KST",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {display(u)}")
    lines += [
        "",
        "Please tell us, for each link, what action you took.",
        "",
        "KCSC Takedown Desk",
        "takedown@kcsc.example",
    ]
    return "\n".join(lines)


def reminder_text(ref, urls, name):
    lines = [
        f"Dear {name} team,",
        "",
        f"This is a reminder about our request {ref}. The deadline has passed",
        "and the following items are still pending on our side:",
        "",
    ] + [display(u) for u in urls] + [
        "",
        "Please let us know what action was taken on each of them.",
        "",
        "KCSC Takedown Desk",
    ]
    return "\n".join(lines)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def pend(urls):
    return {u: "pending" for u in urls}


CASES = []


def enc(s):
    """RFC 2047-encode a header text that is not plain ASCII, as mailers do."""
    if s.isascii():
        return s
    return Header(s, "utf-8").encode()


def case(**kw):
    for k in ("name_from", "subject"):
        if k in kw:
            kw[k] = enc(kw[k])
    CASES.append(kw)


# ================================================================ TELEGRAM
case(
    name="tg-zendesk-solved-with-thread",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'your request has been solved' notification carrying the whole comment thread (agent comment above the requester's original message)",
    why="latest agent comment states three posts item by item; 325 appears only in our own request copied below by the ticket system",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Thu, 05 Sep 2024 16:14:02 +0900",
    subject=f"[Telegram Support] Re: {TG} Request for removal of content",
    reply_to_req=mid(TG),
    extra_headers=["X-Mailer: Zendesk Mailer", "X-Zendesk-From-Account-Id: 8c41aa2"],
    body=f"""
##- Please type your reply above this line -##

Your request (#418822) has been solved. To reopen it, reply to this email.

----------------------------------------------

Marek (Telegram Support)

Sep 5, 2024, 16:12 GMT+9

Hello,

We have finished reviewing the first posts of your list.

{T311} - taken down
{T312} - taken down
{T318} - we could not find this message, there is no post with that number in the channel.

Regards,
Marek

----------------------------------------------

KCSC Takedown

Sep 2, 2024, 10:04 GMT+9

{request_text(TG)}

--------------------------------
This email is a service from Telegram Support.
[3QJ8KD-R2M1]
""",
    items={T311: "removed", T312: "removed", T318: "not_found", T325: "pending"},
)

case(
    name="tg-freshdesk-numbered-list",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk agent reply on a ticket, numbered list with the outcome after a dash",
    why="two posts removed, the third reviewed and left up because it breaks no rule",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Fri, 06 Sep 2024 14:20:11 +0900",
    subject=f"Re: [#56120] {TG} Request for removal of content",
    reply_to_req=mid(TG),
    body=f"""
Hello KCSC team,

Thank you for your patience. Here are the results for the nightmarket_leaks
posts in your request {TG}:

1. {T77} - Removed
2. {T81} - Removed
3. {T94} - No action taken. After review we found that this post does not
   violate our Terms of Service, so it remains available.

Kind regards,
Aleksandra
Telegram Support

Ticket #56120 - you can check it at https://support.telegram.org/helpdesk/tickets/56120
""",
    items={T77: "removed", T81: "removed", T94: "rejected"},
)

case(
    name="tg-followup-same-thread",
    outcome="applied", classification="confirmation",
    imitates="agent follow-up in the same thread, top-posted over the agent's own earlier reply (Gmail-style quote)",
    why="new statements above the quote apply; the statements in the agent's own quoted earlier message are quoted text",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Sat, 07 Sep 2024 11:03:40 +0900",
    subject=f"Re: [#56120] {TG} Request for removal of content",
    reply_to_req=mid(TG),
    body=f"""
Hi again,

Following up on my message from yesterday with the items we have finished since:

- {T1502}: blocked
- {T1517}: not found (no such message in that chat)
- {T9}: removed

The rest of your list is still with the moderation team.

Best,
Aleksandra

On Fri, Sep 6, 2024 at 2:20 PM Telegram Support <support@telegram.org> wrote:
> Hello KCSC team,
>
> First results for your request {TG}:
>
> {T311} - Removed
> {T312} - Removed
>
> Kind regards,
> Aleksandra
""",
    items={T1502: "removed", T1517: "not_found", T9: "removed", T311: "pending", T312: "pending"},
)

case(
    name="tg-reply-to-reminder",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk answer to the regulator's reminder, top-posted over the quoted reminder",
    why="two posts blocked (named together in one sentence), one not locatable; 2260 only in the quoted reminder",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 17:45:09 +0900",
    subject=f"Re: Reminder: {TG} - items still pending",
    extra_headers=[f"In-Reply-To: <reminder.{TG}.1@kcsc.example>",
                   f"References: <{mid(TG)}@kcsc.example> <reminder.{TG}.1@kcsc.example>"],
    body=f"""
Hello,

Sorry for the delay. An update on the items in your reminder:

{T12} and {T40} were blocked on 9 September.

{T2204}
We could not locate this message. The channel has no post with that number.

We will come back to you about the remaining one.

Telegram Abuse Team

On Tue, 10 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(reminder_text(TG, [T12, T40, T2204, T2260], "Telegram"))}
""",
    items={T12: "removed", T40: "removed", T2204: "not_found", T2260: "pending"},
)

HTML_TG = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Ticket <b>#418822</b> ({TG}) has been updated. Outcome per link:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Link</th><th>Action</th></tr>
<tr><td><a href="{T325}">{T325}</a></td><td>Removed</td></tr>
<tr><td><a href="{T2260}">{T2260}</a></td><td>Removed</td></tr>
<tr><td><a href="{T94}">{T94}</a></td><td>No action &ndash; no violation of our Terms found, content stays up</td></tr>
</table>
<p>You can reply to this email if you have questions.</p>
<p>Telegram Support</p>
</body></html>"""
TEXT_TG = f"""Hello,

Ticket #418822 ({TG}) has been updated. Outcome per link:

Link                                   | Action
{T325}      | Removed
{T2260}     | Removed
{T94}      | No action - no violation of our Terms found, content stays up

You can reply to this email if you have questions.

Telegram Support"""
case(
    name="tg-html-table-update",
    outcome="applied", classification="confirmation",
    imitates="help-desk 'ticket updated' notification with an HTML results table and a plain-text alternative",
    why="table rows: two removed, one left up for no violation",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Mon, 09 Sep 2024 10:31:55 +0900",
    subject=f"[#418822] Update on your request {TG}",
    reply_to_req=mid(TG),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="=_alt_418822"

--=_alt_418822
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{TEXT_TG}

--=_alt_418822
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{HTML_TG}

--=_alt_418822--
""",
    items={T325: "removed", T2260: "removed", T94: "rejected"},
)

CSV_TG = "\r\n".join([
    "link,outcome,date_actioned",
    f"{T311},removed,2024-09-04",
    f"{T312},removed,2024-09-04",
    f"{T1502},removed,2024-09-05",
    f"{T1517},not found,",
    f"{T9},removed,2024-09-06",
    f"{T2204},restricted (KR),2024-09-06",
]) + "\r\n"
case(
    name="tg-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="ticket reply whose outcome per link is in an attached CSV export",
    why="CSV rows state each link's outcome; 2204 is restricted in Korea only",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Thu, 12 Sep 2024 09:12:30 +0900",
    subject=f"Re: [#418822] {TG} Request for removal of content",
    reply_to_req=mid(TG),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_mix_418822_csv"

--=_mix_418822_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

The outcome for each link of ticket #418822 (your reference {TG}) is in
the attached CSV file, 6 rows. "restricted (KR)" means the message can no
longer be opened from South Korea.

Telegram Support

--=_mix_418822_csv
Content-Type: text/csv; charset=utf-8; name="ticket-418822-outcome.csv"
Content-Disposition: attachment; filename="ticket-418822-outcome.csv"
Content-Transfer-Encoding: base64

{b64(CSV_TG)}

--=_mix_418822_csv--
""",
    items={T311: "removed", T312: "removed", T1502: "removed", T1517: "not_found",
           T9: "removed", T2204: "restricted"},
)

QP_TG = f"""Dear KCSC,

Outcome of our review, Case #4188220 (your reference {TG}):

{T12}
Status: Removed

{T40}
Status: Restricted – not viewable from South Korea

{T81}
Status: Not found

If you disagree with any of these outcomes, reply to this message and quote the case number.

Jörg Ländler
Telegram Trust & Safety"""
case(
    name="tg-qp-status-below-url",
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety case outcome, quoted-printable, bare URL with its status on the line below",
    why="each URL is followed by its own Status line",
    **{"from": "tns@telegram.org"}, name_from="Telegram Trust & Safety",
    date="Tue, 10 Sep 2024 20:02:17 +0900",
    subject=f"Case #4188220 - {TG}",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_TG)}
""",
    items={T12: "removed", T40: "restricted", T81: "not_found"},
)

case(
    name="tg-jira-resolved",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'resolved this as Done' customer notification with the agent's comment and portal links",
    why="comment states that both c_drift_mirror posts were removed; portal links are not items",
    **{"from": "abuse-desk@telegram.org"}, name_from="Telegram Abuse Desk",
    date="Fri, 13 Sep 2024 12:40:00 +0900",
    subject=f"TGA-5521 {TG} Request for removal of content",
    reply_to_req=mid(TG),
    body=f"""
------------------------------
Reply above this line.

Dmitri Volkov resolved this as Done.

Posts {T2204} and {T2260} have been removed from the channel. Closing this
request.

View request: https://abuse-desk.telegram.org/servicedesk/customer/portal/3/TGA-5521
Turn off this request's notifications: https://abuse-desk.telegram.org/servicedesk/customer/user/requests/TGA-5521/unsubscribe

This is shared with KCSC Takedown.

Telegram Abuse Desk, powered by Jira Service Management, sent you this message.
""",
    items={T2204: "removed", T2260: "removed"},
)

case(
    name="tg-forwarded-internal-note",
    outcome="applied", classification="confirmation",
    imitates="platform legal contact forwarding her moderation lead's internal outcome note to the regulator",
    why="both the forwarder and the forwarded author are Telegram staff on the authenticated telegram.org domain; the forwarded note states each item",
    **{"from": "n.orlova@telegram.org"}, name_from="Nadia Orlova",
    date="Thu, 12 Sep 2024 10:05:44 +0900",
    subject=f"Fwd: {TG} moderation outcome",
    reply_to_req=mid(TG),
    body=f"""
Hello,

Forwarding the note from our moderation lead so that you have the outcome
directly.

Nadia Orlova
Telegram Legal

---------- Forwarded message ---------
From: Ilya Sorokin <i.sorokin@telegram.org>
Date: Wed, Sep 11, 2024 at 6:40 PM
Subject: {TG} moderation outcome
To: Legal <legal@telegram.org>

Nadia, for the Korean regulator's list:

{T318} - deleted
{T325} - deleted
{T94} - reviewed, left up (nothing in it breaks our ToS)

Ilya
""",
    items={T318: "removed", T325: "removed", T94: "rejected"},
)

case(
    name="tg-promise-will-be-removed",
    outcome="review", review="not_understood",
    imitates="agent reply promising removal once moderators confirm",
    why="'will be removed as soon as ... confirm' is a promise, not a statement",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Wed, 04 Sep 2024 15:50:21 +0900",
    subject=f"Re: [#418822] {TG} Request for removal of content",
    reply_to_req=mid(TG),
    body=f"""
Hello,

Thank you for your report under ticket #418822. The posts below will be
removed as soon as our moderators confirm the violation, normally within
48 hours:

{T1502}
{T1517}

Telegram Support
""",
    items=pend([T1502, T1517]),
)

case(
    name="tg-bulk-all-actioned",
    outcome="review", review="bulk",
    imitates="Zendesk 'solved' notification with a one-line blanket outcome",
    why="'all of the links ... have been actioned' for a 14-item request, no link named",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Sat, 14 Sep 2024 13:00:09 +0900",
    subject=f"[Telegram Support] Re: {TG} Request for removal of content",
    reply_to_req=mid(TG),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
##- Please type your reply above this line -##

Your request (#418822) has been solved. To reopen it, reply to this email.

Marek (Telegram Support)

Sep 14, 2024, 12:58 GMT+9

Hello,

All of the links listed in your request {TG} have been actioned and are no
longer accessible. We are marking this ticket as solved.

Regards,
Marek

--------------------------------
This email is a service from Telegram Support.
[3QJ8KD-R2M1]
""",
    items=pend(TG_ALL),
)

case(
    name="tg-channel-owner-lawyer",
    outcome="review", review="unknown_sender",
    imitates="letter from a law firm acting for the channel administrator, replying to the regulator",
    why="a third party, not the platform, says the posts were deleted",
    **{"from": "d.han@hanpartners-law.example"}, name_from="Dohyun Han",
    date="Sun, 08 Sep 2024 21:17:33 +0900",
    subject=f"{TG} - posts deleted by our client",
    body=f"""
Dear Sir or Madam,

We act for the administrator of the Telegram channel velvet_orchid_kr. Our
client has learned of your request {TG} and has, without admitting any
liability, deleted the following posts himself:

{T311}
{T312}

We ask that any further communication about this channel be sent to this
office.

Yours faithfully,
Dohyun Han
Han & Partners
""",
    items=pend([T311, T312]),
)

case(
    name="tg-reminder-reply-still-assessing",
    outcome="review", review="not_understood",
    imitates="abuse-desk answer to a reminder saying the items are still being assessed",
    why="'still assessing ... expect to action them shortly' states nothing about the two posts",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 11:20:48 +0900",
    subject=f"Re: Reminder: {TG} - items still pending",
    extra_headers=[f"In-Reply-To: <reminder.{TG}.1@kcsc.example>",
                   f"References: <{mid(TG)}@kcsc.example> <reminder.{TG}.1@kcsc.example>"],
    body=f"""
Hello,

Our team is still assessing {T77} and {T81}. We expect to be able to
action them shortly once the review is complete, and will confirm by reply.

Telegram Abuse Team

On Tue, 10 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(reminder_text(TG, [T77, T81], "Telegram"))}
""",
    items=pend([T77, T81]),
)

case(
    name="tg-zendesk-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' notification echoing the requester's message",
    why="pure receipt; the links appear only in our own message echoed by the ticket system",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Mon, 02 Sep 2024 10:04:51 +0900",
    subject=f"[Telegram Support] Re: {TG} Request for removal of content",
    reply_to_req=mid(TG),
    extra_headers=["X-Mailer: Zendesk Mailer", "Auto-Submitted: auto-generated"],
    body=f"""
##- Please type your reply above this line -##

Your request (#418822) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown

Sep 2, 2024, 10:04 GMT+9

{request_text(TG)}

--------------------------------
This email is a service from Telegram Support.
[3QJ8KD-R2M1]
""",
    items=pend([T311, T77, T2260]),
)

# ================================================================ X
case(
    name="x-helpscout-mixed",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style agent reply with bulleted outcomes and a conversation footer",
    why="one withheld in Korea, one removed, one found not violating",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Fri, 06 Sep 2024 09:44:12 +0900",
    subject=f"Re: {XA} Request for removal of content [#2291]",
    reply_to_req=mid(XA),
    body=f"""
Hi there,

Thanks for reaching out. We looked into the posts you reported:

• {X667} — withheld in South Korea in response to your legal demand.
• {X990} — removed for violating our non-consensual nudity policy.
• {XMT} — we did not find a violation of the X Rules or of local law, so no action was taken.

More about country-withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Best,
Dana
X Support

----------------------------------------------------
Conversation #2291 · reply to this email to add to it
""",
    items={X667: "restricted", X990: "removed", XMT: "rejected"},
)

case(
    name="x-follow-up-ticket",
    outcome="applied", classification="confirmation",
    imitates="Zendesk follow-up ticket created after the first ticket was closed",
    why="the remaining post is withheld in South Korea",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Tue, 10 Sep 2024 16:05:27 +0900",
    subject=f"[X Support] Follow-up to request #77120: {XA} Request for removal of content",
    body=f"""
##- Please type your reply above this line -##

This is a follow-up to your previous request #77120 "{XA} Request for
removal of content".

Hello,

Regarding the last post in your request: {XGP} is now withheld in South
Korea. People outside Korea can still see it.

Thanks,
X Support
""",
    items={XGP: "restricted"},
)

case(
    name="x-single-item-sole",
    outcome="applied", classification="confirmation",
    imitates="short safety-team reply to a one-item report, over the quoted report",
    why="one-item request; 'removed the reported post' applies to it though the URL is only in the quote",
    **{"from": "safety@x.com"}, name_from="X Safety",
    date="Thu, 12 Sep 2024 13:33:03 +0900",
    subject=f"Re: {XB} Request for removal of content",
    reply_to_req=mid(XB),
    body=f"""
Hello,

We've reviewed your report and removed the reported post for violating our
rules on illegal and regulated goods.

Thanks,
X Safety

On Tue, Sep 10, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(request_text(XB))}
""",
    items={XDL: "removed"},
)

case(
    name="x-outlook-angle-brackets",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a legal-operations employee, URLs in angle brackets, our request below the Outlook separator",
    why="two posts stated; the others appear only in our request under 'From: ... Sent:'",
    **{"from": "jw.park@x.com"}, name_from="Jae-won Park",
    date="Mon, 09 Sep 2024 18:22:40 +0900",
    subject=f"RE: {XA} Request for removal of content",
    reply_to_req=mid(XA),
    body=f"""
Hello,

Please see the outcome below.

<{XMT}> has now been withheld in Korea following a second review.
<{X667}>: the account was suspended, so this post is no longer available anywhere on X.

Regards,
Jae-won Park
Legal Operations, X

________________________________
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 11:02 AM
To: legal@x.com
Subject: {XA} Request for removal of content

{request_text(XA)}
""",
    items={XMT: "restricted", X667: "removed", X990: "pending", XGP: "pending"},
)

case(
    name="x-partial-rest-under-review",
    outcome="applied", classification="confirmation",
    imitates="partial answer on a ticket: one post actioned, another still under review",
    why="667 withheld in South Korea; 990 explicitly still under review",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Sun, 08 Sep 2024 10:10:10 +0900",
    subject=f"Re: {XA} Request for removal of content [#2291]",
    reply_to_req=mid(XA),
    body=f"""
Hi,

A quick update while we work through your report.

We've withheld {X667} in South Korea.
{X990} is still under review; we'll update this conversation once a
decision has been made.

Dana
X Support
""",
    items={X667: "restricted", X990: "pending"},
)

case(
    name="x-hedge-may-have-been",
    outcome="review", review="not_understood",
    imitates="agent reply guessing that the post was deleted by its author",
    why="'looks like ... may already have been deleted' is a hedge, and the agent says they are still checking",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Sun, 08 Sep 2024 15:41:19 +0900",
    subject=f"Re: {XA} Request for removal of content [#2291]",
    reply_to_req=mid(XA),
    body=f"""
Hi,

Regarding {XGP} - it looks like this post may already have been deleted by
the account owner, but we are checking with the team and will confirm.

Dana
X Support
""",
    items=pend([XGP]),
)

case(
    name="staff-forward-x-reply",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="a KCSC colleague forwarding a platform reply that reached her personal mailbox",
    why="the statement reaches us only through our own colleague's forward, not from X directly",
    **{"from": "jiwoo.kim@kcsc.example"}, name_from="Kim Jiwoo",
    date="Mon, 09 Sep 2024 09:15:00 +0900",
    subject=f"Fwd: Re: {XA} Request for removal of content",
    body=f"""
X answered to my own address instead of the takedown box. Forwarding it so
it can be recorded.

Jiwoo

-------- Forwarded Message --------
Subject: Re: {XA} Request for removal of content
Date: Sun, 8 Sep 2024 19:02:11 +0900
From: X Legal <legal@x.com>
To: Kim Jiwoo <jiwoo.kim@kcsc.example>

Hello,

{XGP} has been removed for violating the X Rules.

X Legal
""",
    items=pend([XGP]),
)

case(
    name="x-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office message",
    why="out-of-office auto-reply",
    **{"from": "m.reyes@x.com"}, name_from="Marisol Reyes",
    date="Tue, 03 Sep 2024 11:02:31 +0900",
    subject=f"Automatic reply: {XA} Request for removal of content",
    reply_to_req=mid(XA),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until Monday 16 September with limited access to
email. For urgent legal requests please write to legal@x.com.

Marisol
""",
)

# ================================================================ YOUTUBE
case(
    name="yt-case-resolved-two-actions",
    outcome="applied", classification="confirmation",
    imitates="Google legal support 'your case has been resolved' email, each outcome sentence followed by the URL on the next line",
    why="one video removed, one age-restricted; help-centre link is not an item",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support",
    date="Mon, 09 Sep 2024 08:30:45 +0900",
    subject=f"Your case [5-2187000033412] has been resolved - {YT}",
    reply_to_req=mid(YT),
    body=f"""
Hello,

Thank you for contacting Google. We have concluded our review of the content
in case 5-2187000033412.

Following our review, we removed the following video from YouTube for
violating our Community Guidelines:
{YQ}

The following video has been age-restricted. It remains on YouTube but can
only be viewed by signed-in users aged 18 or over:
{YB}

Learn more about age restrictions: https://support.google.com/youtube/answer/2802167

Regards,
The YouTube Team
""",
    items={YQ: "removed", YB: "restricted"},
)

KO_YT = f"""안녕하세요, 방송통신심의위원회 담당자님.

요청번호 {YT} 관련 검토 결과를 안내드립니다.

- {YH} : 현지 법률 위반으로 판단되어 대한민국에서 해당 콘텐츠에 대한 접근을 제한하였습니다.
- {YB} : 검토 결과 커뮤니티 가이드라인 및 현지 법률 위반 사항이 확인되지 않아 게시가 유지됩니다.

추가 문의 사항은 이 메일에 회신해 주시기 바랍니다.

감사합니다.
Google 법무팀 드림"""
case(
    name="yt-base64-korean",
    outcome="applied", classification="confirmation",
    imitates="Korean-language legal team reply, base64-encoded body",
    why="Shorts access-restricted in Korea (restricted); the other video kept up for no violation (rejected)",
    **{"from": "legal-kr@google.com"}, name_from="Google 법무팀",
    date="Wed, 11 Sep 2024 14:02:58 +0900",
    subject=f"Re: {YT} 게시물 삭제 요청",
    reply_to_req=mid(YT),
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(KO_YT)}
""",
    items={YH: "restricted", YB: "rejected"},
)

case(
    name="yt-gmail-quoted-request",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply from a Google employee over the quoted request",
    why="one video taken down, the Shorts ID does not exist; the third video only in the quote",
    **{"from": "kmlee@google.com"}, name_from="Kyung-min Lee",
    date="Sat, 07 Sep 2024 10:48:13 +0900",
    subject=f"Re: {YT} Request for removal of content",
    reply_to_req=mid(YT),
    body=f"""
Hi KCSC team,

Thanks for your patience. After review we took down this video:
{YQ}

As for the Shorts link {YH}, there is no video with that ID on YouTube; the
link is invalid.

Best,
Kyung-min

On Wed, Sep 4, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(request_text(YT))}
""",
    items={YQ: "removed", YH: "not_found", YB: "pending"},
)

case(
    name="yt-untrusted-auth-fail",
    outcome="review", review="untrusted",
    imitates="removal confirmation that claims to come from google.com but fails DKIM/SPF/DMARC",
    why="authentication failed for the platform's own domain",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal",
    auth="fail",
    date="Tue, 10 Sep 2024 03:14:07 +0900",
    subject=f"Re: {YT} Request for removal of content",
    body=f"""
Hello,

We have removed the following videos from YouTube:

{YQ}
{YB}
{YH}

YouTube Legal
""",
    items=pend(YT_ALL),
)

case(
    name="yt-asks-more-info",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Google legal support asking for timestamps and the legal basis before acting",
    why="asks for more information, states nothing",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support",
    date="Fri, 06 Sep 2024 17:25:36 +0900",
    subject=f"Additional information needed - case [5-2187000033412] - {YT}",
    reply_to_req=mid(YT),
    body=f"""
Hello,

Thank you for your request. To proceed with {YQ} we need more information:

1. the timestamp(s) in the video where the content you consider unlawful appears;
2. the specific provision of Korean law that the content violates.

Please reply to this email with the information above. Without it we are
unable to take action on your request.

Regards,
Google Legal Support
""",
    items=pend([YQ]),
)

case(
    name="yt-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook-style read receipt (MDN, multipart/report disposition-notification)",
    why="read receipt only",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal KR",
    date="Wed, 04 Sep 2024 15:12:00 +0900",
    subject=f"Read: {YT} Request for removal of content",
    reply_to_req=mid(YT),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_0904"

--=_mdn_0904
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@google.com
  Subject: {YT} Request for removal of content
  Sent: Wednesday, September 4, 2024 10:00:00 AM (UTC+09:00) Seoul

was read on Wednesday, September 4, 2024 3:12:00 PM (UTC+09:00) Seoul.

--=_mdn_0904
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <{mid(YT)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_0904--
""",
)

# ================================================================ NAVER
case(
    name="naver-ticket-result-list",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 '문의하신 내용에 대한 답변' with numbered 처리 결과, arrow on the line below each URL",
    why="게시중단 and 삭제 are removed; 임시조치 is restricted; the rest said to be under review without naming",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Mon, 09 Sep 2024 11:00:03 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (문의번호: 2024090511873)",
    reply_to_req=mid(NV),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 {NV})에 대한 처리 결과를
안내드립니다.

1) {N1}
 → 게시중단 완료
2) {N2}
 → 삭제 완료
3) {N3RAW}
 → 임시조치(30일) 완료

나머지 게시물은 검토 중이며, 처리 결과는 별도로 안내드리겠습니다.

감사합니다.
네이버 고객센터 드림

※ 본 메일은 발신 전용입니다. 추가 문의는 고객센터 도움말(https://help.naver.com/inquiry)을 이용해 주세요.
""",
    items={N1: "removed", N2: "removed", N3: "restricted"},
)

case(
    name="naver-followup-after-receipt",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 추가 답변 on an inquiry received earlier",
    why="블라인드 is removed; a post already deleted by its author is not_found",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Thu, 12 Sep 2024 15:30:27 +0900",
    subject="[네이버 고객센터] 추가 답변 안내 (문의번호: 2024090511873)",
    reply_to_req=mid(NV),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

앞서 접수 안내드린 문의(2024090511873)에 대한 추가 답변입니다.

{N4} 게시물은 카페 운영정책 위반으로 블라인드 처리하였습니다.

{N5} 게시물은 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

감사합니다.
네이버 고객센터 드림
""",
    items={N4: "removed", N5: "not_found"},
)

NV_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>요청번호 {NV} 관련 게시물 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<thead><tr><th>번호</th><th>게시물 URL</th><th>조치 결과</th><th>조치일</th></tr></thead>
<tbody>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td>2024-09-10</td></tr>
<tr><td>2</td><td>{N2}</td><td>비공개 처리</td><td>2024-09-10</td></tr>
<tr><td>3</td><td>{N5.replace('&', '&amp;')}</td><td>조치 불가 (위반 사항 없음, 게시 유지)</td><td>-</td></tr>
</tbody></table>
<p>문의 사항이 있으시면 본 메일로 회신해 주십시오.</p>
<p>네이버 정책지원팀 드림</p>
</body></html>"""
case(
    name="naver-html-table",
    outcome="applied", classification="confirmation",
    imitates="Korean 조치 결과 회신 as an HTML-only table (번호/URL/조치 결과/조치일)",
    why="삭제 and 비공개 처리 are removed; 조치 불가 (위반 사항 없음, 게시 유지) is rejected",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Fri, 13 Sep 2024 10:20:00 +0900",
    subject=f"RE: [{NV}] 게시물 삭제 요청에 대한 조치 결과 회신",
    reply_to_req=mid(NV),
    type="html",
    body=NV_HTML,
    items={N1: "removed", N2: "removed", N5: "rejected"},
)

case(
    name="naver-korean-particles",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy staff reply in prose, URLs followed by Korean particles and full-width brackets",
    why="접근 제한 is restricted; 작성자 삭제 is not_found; 게시중단 is removed",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Wed, 11 Sep 2024 16:44:51 +0900",
    subject=f"RE: [{NV}] 게시물 삭제 요청",
    reply_to_req=mid(NV),
    body=f"""
안녕하세요, 네이버 정책지원팀 박서윤입니다.

요청하신 게시물에 대한 처리 내용을 회신드립니다.

{N4}에 대해서는 국내 이용자 대상 접근 제한 조치를 완료하였습니다.
{N2}은(는) 작성자가 이미 삭제하여 확인되지 않습니다.
또한 요청하신 카페 게시물（{N3RAW}）은 9월 10일 게시중단하였습니다.

감사합니다.
박서윤 드림
""",
    items={N4: "restricted", N2: "not_found", N3: "removed"},
)

case(
    name="naver-reply-to-reminder",
    outcome="applied", classification="confirmation",
    imitates="Korean reply to the regulator's reminder (재요청), NAVER Works '-----Original Message-----' quoting",
    why="the one post named above the quote was taken down; the other only in the quoted reminder",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Thu, 12 Sep 2024 09:48:30 +0900",
    subject=f"RE: 독촉: {NV} 미처리 게시물 안내",
    extra_headers=[f"In-Reply-To: <reminder.{NV}.1@kcsc.example>",
                   f"References: <{mid(NV)}@kcsc.example> <reminder.{NV}.1@kcsc.example>"],
    body=f"""
안녕하세요.

재요청 주신 건 확인하였습니다. 아래 게시물은 9월 10일 게시중단 처리되었습니다.

{N5}

나머지 1건은 확인 후 회신드리겠습니다.

감사합니다.

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-11 (수) 09:00:00 (GMT+09:00)
Subject: 독촉: {NV} 미처리 게시물 안내

{reminder_text(NV, [N4, N5], "NAVER")}
""",
    items={N5: "removed", N4: "pending"},
)

case(
    name="naver-bulk-korean",
    outcome="review", review="bulk",
    imitates="Korean one-sentence 조치 완료 notice for a whole request",
    why="'게시물 5건 전체' for a five-item request, none named",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Tue, 10 Sep 2024 17:02:13 +0900",
    subject=f"RE: [{NV}] 게시물 삭제 요청",
    reply_to_req=mid(NV),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청번호 {NV}로 요청하신 게시물 5건 전체에 대하여 게시중단 조치를
완료하였습니다.

감사합니다.
""",
    items=pend(NV_ALL),
)

case(
    name="naver-scheduled-korean",
    outcome="review", review="not_understood",
    imitates="Korean reply announcing a planned 게시중단 (예정)",
    why="'게시중단 예정입니다' is a plan, not a statement",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Sat, 07 Sep 2024 13:30:00 +0900",
    subject=f"RE: [{NV}] 게시물 삭제 요청",
    reply_to_req=mid(NV),
    body=f"""
안녕하세요.

요청하신 게시물 {N4} 은 내부 검토를 거쳐 이번 주 중 게시중단 예정입니다.
조치가 완료되면 다시 안내드리겠습니다.

감사합니다.
""",
    items=pend([N4]),
)

case(
    name="naver-search-states-daum-items",
    outcome="review", review="wrong_platform",
    imitates="NAVER search team reply saying Daum café URLs were removed from NAVER search results",
    why="NAVER states statuses for Kakao/Daum items; only Kakao can state them",
    **{"from": "search-policy@navercorp.com"}, name_from="네이버 검색정책",
    date="Wed, 11 Sep 2024 10:10:10 +0900",
    subject=f"RE: {KK} 게시물 삭제 요청 (참조)",
    body=f"""
안녕하세요. 네이버 검색정책 담당자입니다.

참조로 받은 요청({KK})과 관련하여, 아래 URL을 네이버 검색 결과에서
삭제하였습니다.

{K1}
{K2}

해당 게시물 자체는 다음(Daum) 카페에 있으므로, 원 게시물의 조치는 카카오에
문의하시기 바랍니다.

감사합니다.
""",
    items=pend([K1, K2]),
)

case(
    name="naver-auto-receipt-korean",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 안내 echoing the submitted inquiry",
    why="pure receipt; the URLs are only in our echoed inquiry",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Thu, 05 Sep 2024 10:01:12 +0900",
    subject="[네이버 고객센터] 문의가 정상적으로 접수되었습니다. (문의번호: 2024090511873)",
    reply_to_req=mid(NV),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2024090511873
접수일시: 2024-09-05 10:01

담당자 확인 후 순차적으로 답변드리겠습니다. 답변은 영업일 기준 3일 이내
메일로 안내됩니다.

[접수된 문의 내용]
{request_text(NV, [N1, N2, N3])}

※ 본 메일은 발신 전용입니다.
""",
    items=pend([N1, N2, N3]),
)

case(
    name="naver-out-of-office-korean",
    outcome="ignored", classification="auto_reply",
    imitates="Korean [자동응답] 부재중 message",
    why="out-of-office auto-reply",
    **{"from": "sy.park@navercorp.com"}, name_from="박서윤",
    date="Fri, 06 Sep 2024 10:00:31 +0900",
    subject=f"[자동응답] RE: [{NV}] 게시물 삭제 요청",
    reply_to_req=mid(NV),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 박서윤입니다.

9월 9일(월)까지 휴가로 부재중입니다. 메일 확인이 늦어질 수 있습니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내 주시기 바랍니다.

감사합니다.
""",
)

# ================================================================ KAKAO / DAUM
case(
    name="kakao-ticket-result",
    outcome="applied", classification="confirmation",
    imitates="카카오 고객센터 문의 답변 with ■ bullets and 임시조치/게시중단 outcomes",
    why="임시조치 (열람 제한) is restricted; 게시중단 is removed",
    **{"from": "cs_noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Tue, 10 Sep 2024 14:15:00 +0900",
    subject=f"[카카오 고객센터] 문의하신 내용에 대한 답변입니다. #3318201",
    reply_to_req=mid(KK),
    body=f"""
안녕하세요, 카카오 고객센터입니다.
문의번호 #3318201 ({KK})

신고하신 Daum 카페 게시물의 처리 결과를 안내드립니다.

■ {K1} : 임시조치 (30일간 열람 제한)
■ {K2} : 게시중단

답변이 도움이 되셨나요? 고객센터(https://cs.kakao.com)에서 평가를 남겨 주세요.

카카오 고객센터 드림
""",
    items={K1: "restricted", K2: "removed"},
)

case(
    name="kakao-partial-answer",
    outcome="applied", classification="confirmation",
    imitates="English partial answer from a trust-and-safety desk, the second post still being decided",
    why="341 removed; 358 'needs a further look', stays pending",
    **{"from": "safety@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    date="Mon, 09 Sep 2024 18:30:12 +0900",
    subject=f"Re: {KK} Request for removal of content",
    reply_to_req=mid(KK),
    body=f"""
Dear KCSC,

We have removed the post at {K1}.

The second post ({K2}) needs a further look by the café operations team;
we will write again once it has been decided.

Kind regards,
Kakao Trust & Safety
""",
    items={K1: "removed", K2: "pending"},
)

case(
    name="kakao-zendesk-hosted-domain",
    outcome="review", review="unknown_sender",
    imitates="Zendesk 'solved' notification sent from the help desk's hosted zendesk.com address instead of the platform's domain",
    why="sender domain is a help-desk vendor's, not one of Kakao's sender domains",
    **{"from": "support@kakaocafe-help.zendesk.com"}, name_from="Kakao Cafe Help",
    date="Wed, 11 Sep 2024 12:12:12 +0900",
    subject=f"[Kakao Cafe Help] Re: {KK} Request for removal of content",
    reply_to_req=mid(KK),
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
##- Please type your reply above this line -##

Your request (#88120) has been solved. To reopen it, reply to this email.

Sohee (Kakao Cafe Help)

Sep 11, 2024, 12:10 GMT+9

Hello,

{K2} has been deleted by the café operations team.

Sohee
""",
    items=pend([K2]),
)

REMINDER_KK = reminder_text(KK, [K1, K2], "Kakao")
case(
    name="kakao-reminder-bounce",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (multipart/report) for our reminder to a dead address",
    why="bounce of our own reminder; its URLs are in the returned message",
    **{"from": "MAILER-DAEMON@mx1.kakaocorp.com"}, name_from="Mail Delivery System",
    date="Fri, 13 Sep 2024 18:00:07 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_7F3A21"

--=_dsn_7F3A21
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cs-policy@kakaocorp.com>: host mbox3.kakaocorp.com[203.0.113.40] said: 550
    5.1.1 <cs-policy@kakaocorp.com>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)

--=_dsn_7F3A21
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.kakaocorp.com
X-Postfix-Queue-ID: 7F3A21C0B9
Arrival-Date: Fri, 13 Sep 2024 18:00:05 +0900 (KST)

Final-Recipient: rfc822; cs-policy@kakaocorp.com
Original-Recipient: rfc822;cs-policy@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <cs-policy@kakaocorp.com>: Recipient address
    rejected: User unknown in virtual mailbox table

--=_dsn_7F3A21
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: cs-policy@kakaocorp.com
Subject: Reminder: {KK} - items still pending
Date: Fri, 13 Sep 2024 18:00:00 +0900
Message-ID: <reminder.{KK}.1@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

{REMINDER_KK}

--=_dsn_7F3A21--
""",
)

# ================================================================ REDDIT
case(
    name="reddit-removed-wrapped",
    outcome="applied", classification="confirmation",
    imitates="Reddit safety reply with the reported link in parentheses, wrapped at the line length",
    why="one-item request; the post was removed (URL wrapped across two lines)",
    **{"from": "safety@reddit.com"}, name_from="Reddit Safety",
    date="Wed, 11 Sep 2024 06:22:19 +0900",
    subject=f"Re: {RD} Request for removal of content",
    reply_to_req=mid(RD),
    body=f"""
Hi,

Thanks for your report (ref {RD}). We've reviewed the post you flagged
(https://www.reddit.com/r/hanriver_after_dark/comments/1f9xq2z/
weekly_thread/) and removed it for violating Reddit's Content Policy.

Reddit Safety
""",
    items={R1: "removed"},
)

case(
    name="reddit-jsm-request-received",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request received' notification with portal link",
    why="pure receipt with a request key and a portal link",
    **{"from": "legal-requests@reddit.com"}, name_from="Reddit Legal Requests",
    date="Mon, 09 Sep 2024 10:02:44 +0900",
    subject=f"RLR-20417 {RD} Request for removal of content",
    reply_to_req=mid(RD),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
------------------------------
Reply above this line.

Your request RLR-20417 "{RD} Request for removal of content" has been
received. Our team will review it and get back to you.

View request: https://legal-requests.reddit.com/servicedesk/customer/portal/2/RLR-20417

Reddit Legal Requests, powered by Jira Service Management, sent you this message.
""",
)

case(
    name="reddit-csat-no-claims",
    outcome="review", review="no_claims",
    imitates="help-desk customer-satisfaction survey sent after a ticket is solved",
    why="trusted Reddit email that names no item and no request of ours",
    **{"from": "noreply@reddit.com"}, name_from="Reddit Help",
    date="Fri, 13 Sep 2024 09:00:00 +0900",
    subject="How did we do? Ticket #4471901",
    body="""
Hello,

Your ticket #4471901 was marked as solved. How would you rate the support
you received?

Good, I'm satisfied: https://support.reddithelp.com/survey/4471901?rating=good
Bad, I'm unsatisfied: https://support.reddithelp.com/survey/4471901?rating=bad

Thank you for helping us improve.
Reddit Help
""",
)

HEADER = """# Blind set 182 (ticket systems and threads). Written by make.py.
# Every expected result was written from the email's meaning alone, before
# the reader was run on this set. Each case runs on a fresh ledger holding
# this directory's requests.csv.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind182", HEADER, CASES)
