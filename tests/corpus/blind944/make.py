#!/usr/bin/env python3
"""Blind set 944: ticket systems and threads.

Zendesk / Freshdesk / Jira Service Management / Help Scout style receipts
and results, solved tickets, follow-ups in the same thread, replies to our
reminders, partial answers and forwarded mail. Written from each email's
meaning, before any run of the reader.

    python3 tests/corpus/blind944/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
import zlib
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402


def enc(s):
    """RFC 2047 encoded-word for a header holding non-ASCII text."""
    return Header(s, "utf-8").encode()


# ---------------------------------------------------------------- requests
D_G1 = "https://discord.com/channels/880112233445566778"
D1 = D_G1 + "/880112233445566790/1279001122334455001"
D2 = D_G1 + "/880112233445566790/1279001122334455002"
D3 = D_G1 + "/880112233445566791/1279001122334455113"
D4 = "https://discord.gg/nightbazaar77"
D5 = "https://discord.gg/Qm4hT9zK"
D6 = "https://discord.com/invite/lantern-swap"
D7 = "https://discord.com/channels/901234567890123456/901234567890123460/1279555000111222333"
D8 = "https://discord.com/channels/901234567890123456/901234567890123461/1279555000111222444"
D9 = "https://discord.com/users/1144556677889900112"
D10 = "https://discord.com/channels/912345678901234567/912345678901234570/1280000111222333444"
D11 = "https://cdn.discordapp.com/attachments/912345678901234570/1280000111222333400/price_list.png"
D12 = "https://discord.gg/rainyalley"
DISCORD = [D1, D2, D3, D4, D5, D6, D7, D8, D9, D10, D11, D12]

K1 = "https://cafe.daum.net/moonlit-trade/Kq7e/118"
K2 = "https://open.kakao.com/o/gT4xR9bZ"
K3_RAW = "https://lowtide-market.tistory.com/entry/야간-거래-안내"
K3 = "https://lowtide-market.tistory.com/entry/%EC%95%BC%EA%B0%84-%EA%B1%B0%EB%9E%98-%EC%95%88%EB%82%B4"
K4 = "https://pf.kakao.com/_xbQmPj"

X1 = "https://x.com/harbor_lynx_07/status/1831000000000000101"
X2 = "https://x.com/harbor_lynx_07/status/1831000000000000102"
X3 = "https://x.com/pale_ferry_kr"

Y1 = "https://www.youtube.com/watch?v=Qm3vT8xLp2A"
Y2 = "https://www.youtube.com/@dusk_relay_tv"

T1 = "https://t.me/amber_wharf/214"
T2 = "https://t.me/amber_wharf/230"
T3 = "https://t.me/cobalt_orchard"
T4 = "https://t.me/cobalt_orchard/88"
T5 = "https://t.me/+Zq8LmN3vKcA0aBcd"

TT1 = "https://www.tiktok.com/@velvet_ferry09/video/7409112233445566778"
TT2 = "https://www.tiktok.com/@velvet_ferry09/video/7409112233445566801"
TT3 = "https://www.tiktok.com/@mothlight_shop"

N1 = "https://cafe.naver.com/saltmoonmarket/5521"

REQUESTS = [
    ("KCSC-240902-01", "discord", "2024-09-02T10:15:00+09:00", "2024-09-09", DISCORD,
     "illegal_trade", "req.KCSC-240902-01@kcsc.example", "servers and messages selling forged documents"),
    ("KCSC-240903-02", "kakao", "2024-09-03T14:30:00+09:00", "2024-09-10", [K1, K2, K3, K4],
     "gambling", "req.KCSC-240903-02@kcsc.example", "Daum cafe, open chat, Tistory, channel"),
    ("KCSC-240905-03", "x", "2024-09-05T09:40:00+09:00", "2024-09-12", [X1, X2, X3],
     "drugs", "req.KCSC-240905-03@kcsc.example", ""),
    ("KCSC-240906-04", "youtube", "2024-09-06T11:00:00+09:00", "2024-09-13", [Y1, Y2],
     "obscene", "req.KCSC-240906-04@kcsc.example", ""),
    ("KCSC-240909-05", "telegram", "2024-09-09T16:20:00+09:00", "2024-09-16", [T1, T2, T3, T4, T5],
     "drugs", "req.KCSC-240909-05@kcsc.example", "channel, posts and an invite link"),
    ("KCSC-240910-06", "tiktok", "2024-09-10T10:05:00+09:00", "2024-09-17", [TT1, TT2, TT3],
     "illegal_trade", "req.KCSC-240910-06@kcsc.example", ""),
    ("KCSC-240911-07", "naver", "2024-09-11T13:50:00+09:00", "2024-09-18", [N1],
     "defamation", "req.KCSC-240911-07@kcsc.example", "single cafe post"),
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


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data, width=76):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def scanned_pdf():
    """A one-page PDF holding only a small grey image (a 'scanned letter'): no text layer."""
    img = zlib.compress(bytes([200 + (i * 7) % 40 for i in range(64 * 64)]), 9)
    content = b"q 595 0 0 842 0 0 cm /Im1 Do Q"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % len(img) + img + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


ZD_TOP = "##- Please type your reply above this line -##"
ZD_FOOT = "This email is a service from Discord Trust & Safety. Delivered by Zendesk"

HEADER = """# Blind set 944 (focus: ticket systems and threads). Written from each
# email's meaning before the reader was run; see NOTES.md.
"""

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ Discord (12 items)
case(
    name="dc-zendesk-solved-first-batch",
    imitates="Zendesk agent-comment notification (Discord Trust & Safety ticket) with a bulleted per-link outcome",
    outcome="applied", classification="confirmation",
    why="six links each named with an unhedged outcome; the other six are said to be still under review",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 06 Sep 2024 16:40:12 -0700",
    subject="[Discord] Re: KCSC-240902-01 Government removal request (12 URLs) [#48213]",
    reply_to_req="req.KCSC-240902-01",
    extra_headers=["X-Mailer: Zendesk Mailer", "X-Zendesk-From-Account-Id: 5c1e2a"],
    body=f"""{ZD_TOP}

Your request (48213) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Mina (Discord Trust & Safety)

Sep 6, 2024, 4:40 PM PDT

Hello,

Thank you for your patience while we looked into request KCSC-240902-01. Our
Safety team has finished reviewing the first batch of links:

* {D1} - message deleted
* {D2} - message deleted
* {D3} - we could not locate this message; the channel it was posted in no longer exists
* {D4} - server removed from Discord
* {D5} - this invite is invalid or expired, so no server could be identified
* {D6} - reviewed, no violation of our Community Guidelines or Terms of Service found; no action taken

We are still reviewing the remaining six links and will follow up in this ticket.

Best,
Mina
Discord Trust & Safety

----------------------------------------------
{ZD_FOOT}
[QX7K2M-R4P9]
""",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "removed", D5: "not_found", D6: "rejected"},
)

case(
    name="dc-followup-url-below-statement",
    imitates="agent reply in the same Zendesk thread to our follow-up, Gmail-style '>' quote of our question below",
    outcome="applied", classification="confirmation",
    why="each statement sits on the line above its URL; the last link is explicitly still with a specialist; the quoted follow-up lists all six",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 10:05:44 -0700",
    subject="Re: [Discord] KCSC-240902-01 remaining links [#48213]",
    reply_to_req="req.KCSC-240902-01",
    body=f"""Hi,

Thanks for following up. Here is where the remaining links stand.

The following message was removed for violating our policy on regulated goods:
{D7}

The message below was removed as well:
{D8}

The user account below has been permanently disabled:
{D9}

We were unable to find the following; the link does not resolve to any message on Discord:
{D10}

The attachment below has been deleted from our CDN:
{D11}

Regarding {D12}, this one is still with a specialist and I will update you separately.

Regards,
Jonah
Discord Trust & Safety

On Tue, Sep 10, 2024 at 9:12 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Discord Trust & Safety,
>
> Could you let us know the status of the six links still open under
> KCSC-240902-01?
>
> {D7}
> {D8}
> {D9}
> {D10}
> {D11}
> {D12}
>
> Kind regards,
> KCSC Takedown desk
""",
    items={D7: "removed", D8: "removed", D9: "removed", D10: "not_found", D11: "removed", D12: "pending"},
)

rows = [
    (D1, "Content removed"), (D2, "Content removed"), (D3, "Message not found"),
    (D4, "Server removed"), (D5, "Invite invalid &ndash; no server found"),
    (D6, "No violation found &ndash; no action"), (D7, "Content removed"), (D8, "Content removed"),
    (D9, "Account disabled"), (D10, "Message not found"), (D11, "Attachment deleted"),
    (D12, "Server removed"),
]
table = "\n".join(
    f'<tr><td style="padding:4px">{i}</td><td style="padding:4px"><a href="{u}">{u}</a></td>'
    f'<td style="padding:4px">{a}</td></tr>' for i, (u, a) in enumerate(rows, 1))
case(
    name="dc-zendesk-html-table-all",
    imitates="Zendesk HTML notification with a three-column outcome table for every reported link",
    outcome="applied", classification="confirmation",
    why="an HTML table gives each of the twelve links its own action",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 08:22:10 -0700",
    subject="[Discord] Solved: KCSC-240902-01 Government removal request [#48213]",
    reply_to_req="req.KCSC-240902-01", type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="color:#b5b5b5">{ZD_TOP}</div>
<p>Your request (48213) has been solved. If you believe the request is not resolved, you can reopen it by replying to this email.</p>
<hr>
<p><b>Priya</b> (Discord Trust &amp; Safety)<br><span style="color:#888">Sep 13, 2024, 8:22 AM PDT</span></p>
<p>Hello,</p>
<p>Please find below the final outcome for every link in request KCSC-240902-01.</p>
<table border="1" cellspacing="0" style="border-collapse:collapse">
<tr><th>#</th><th>Reported link</th><th>Action</th></tr>
{table}
</table>
<p>For more information on our enforcement, see our <a href="https://discord.com/safety/enforcement-overview">Safety Center</a>.</p>
<p>Priya<br>Discord Trust &amp; Safety</p>
<hr><p style="color:#aaa;font-size:11px">{ZD_FOOT}<br>[QX7K2M-R4P9]</p>
</body></html>""",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "removed", D5: "not_found",
           D6: "rejected", D7: "removed", D8: "removed", D9: "removed", D10: "not_found",
           D11: "removed", D12: "removed"},
)

csv_text = (
    "ticket,reported_url,outcome,policy\r\n"
    f"48213,{D4},Actioned - server deleted,Regulated goods\r\n"
    f"48213,{D5},Unable to locate - invite invalid,\r\n"
    f"48213,{D6},No action - not violating,\r\n"
    f"48213,{D9},Actioned - account disabled,Regulated goods\r\n"
    f"48213,{D12},Actioned - server deleted,Regulated goods\r\n"
)
case(
    name="dc-csv-attachment-partial",
    imitates="ticket reply whose outcomes come in an exported CSV attachment (base64), body pointing to it",
    outcome="applied", classification="confirmation",
    why="a CSV row per reviewed link (actioned, unable to locate, no action); unlisted links are said to be still in review",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Mon, 09 Sep 2024 12:31:05 -0700",
    subject="Re: [Discord] KCSC-240902-01 [#48213] outcome export",
    reply_to_req="req.KCSC-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="zd-48213-a"

--zd-48213-a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Attached is a CSV with the outcome for each link in request KCSC-240902-01
that our team has finished reviewing. Links that are not in the file are still
under review.

Thanks,
Jonah
Discord Trust & Safety

--zd-48213-a
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_outcomes.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_outcomes.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--zd-48213-a--
""",
    items={D4: "removed", D5: "not_found", D6: "rejected", D9: "removed", D12: "removed"},
)

reminder_quote = "\n".join(DISCORD)
case(
    name="dc-reply-to-reminder-outlook",
    imitates="top-posted Outlook reply to our overdue reminder, reminder quoted below -----Original Message-----",
    outcome="applied", classification="confirmation",
    why="three links named in the reply with past-tense actions; the other nine appear only in our quoted reminder",
    **{"from": "jonah.reyes@discord.com"}, name_from="Jonah Reyes",
    date="Wed, 11 Sep 2024 07:58:31 -0700",
    subject="RE: Reminder: KCSC-240902-01 overdue (12 items pending)",
    reply_to_req="req.KCSC-240902-01",
    body=f"""Hello,

Sorry for the slow reply on this one. Both messages in #market
({D1} and {D2}) were deleted on 4 September, and the server behind
{D4} has been removed. I'll come back to you on the rest by Friday.

Jonah Reyes
Trust & Safety Operations | Discord

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 6:00 PM
To: legal@discord.com
Subject: Reminder: KCSC-240902-01 overdue (12 items pending)

Dear Discord,

Our request KCSC-240902-01 of 2 September 2024 was due on 9 September 2024.
The following items are still pending:

{reminder_quote}

Please tell us the action taken for each item.

KCSC Takedown desk
""",
    items={D1: "removed", D2: "removed", D4: "removed"},
)

case(
    name="dc-partial-numbered-actioned",
    imitates="short agent update on a Zendesk ticket: numbered list under 'we have actioned the following'",
    outcome="applied", classification="confirmation",
    why="'actioned' heads a numbered list of three links; the remaining ones are still being reviewed (not named)",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Sun, 08 Sep 2024 19:14:55 -0700",
    subject="[Discord] Update on your request [#48213]",
    reply_to_req="req.KCSC-240902-01",
    body=f"""{ZD_TOP}

Your request (48213) has been updated.

----------------------------------------------

Mina (Discord Trust & Safety)

Hi there,

A quick update on KCSC-240902-01. We have actioned the following links under
our Community Guidelines:

1. {D3}
2. {D8}
3. {D11}

The remaining links are still being reviewed by our team.

Mina

----------------------------------------------
{ZD_FOOT}
[QX7K2M-R4P9]
""",
    items={D3: "removed", D8: "removed", D11: "removed"},
)

case(
    name="dc-echoed-report-resolved",
    imitates="Discord report-form outcome mail that echoes the submitted report (type, link, description) and then the outcome",
    outcome="applied", classification="confirmation",
    why="the only link in the mail is the reported server, and the outcome line says the server was removed",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Thu, 12 Sep 2024 02:47:19 -0700",
    subject="Your report to Discord has been resolved [#48240]",
    body=f"""Hi KCSC Takedown,

We've finished looking into your report. Here's a summary of what you sent us:

  Ticket: 48240
  Report type: A server
  Reported link: {D12}
  Your reference: KCSC-240902-01
  Description: Server advertising forged identity documents for sale.

Outcome: We removed the server for violating Discord's Community Guidelines.

Thanks for helping keep Discord safe.

Discord Trust & Safety
https://discord.com/safety
""",
    items={D12: "removed"},
)

case(
    name="dc-promise-escalated",
    imitates="agent reply saying two links were escalated and will be removed if found violating",
    outcome="review", review="not_understood",
    why="only a conditional promise ('will be removed if') about two named links: nothing has happened yet",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Sat, 07 Sep 2024 11:03:27 -0700",
    subject="Re: [Discord] KCSC-240902-01 [#48213]",
    reply_to_req="req.KCSC-240902-01",
    body=f"""{ZD_TOP}

Your request (48213) has been updated.

----------------------------------------------

Jonah (Discord Trust & Safety)

Hello,

Our team has escalated the two messages below to a specialist reviewer:

{D7}
{D8}

If they are found to violate our Community Guidelines they will be removed,
and we will let you know in this ticket.

Jonah

----------------------------------------------
{ZD_FOOT}
""",
    items={D7: "pending", D8: "pending"},
)

case(
    name="dc-solved-bulk-all-links",
    imitates="Zendesk 'request solved' notification with one sentence about all reported links",
    outcome="review", review="bulk",
    why="'action taken on all of the links' for a twelve-item request, no link named",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 15:09:40 -0700",
    subject="[Discord] Solved: KCSC-240902-01 [#48213]",
    reply_to_req="req.KCSC-240902-01",
    body=f"""{ZD_TOP}

Your request (48213) has been solved. If you feel it has not been resolved,
reply to this email to reopen it.

----------------------------------------------

Priya (Discord Trust & Safety)

Hello,

We have completed our review of request KCSC-240902-01 and have taken action
on all of the links you reported. The content is no longer available on
Discord.

We are marking this ticket as solved.

Priya

----------------------------------------------
{ZD_FOOT}
""",
    items={},
)

case(
    name="dc-zendesk-vendor-domain",
    imitates="Zendesk notification sent from the vendor's default support address instead of the platform's own domain",
    outcome="review", review="unknown_sender",
    why="states a removal for our request but comes from a zendesk.com address, not a Discord sender domain",
    **{"from": "support@discordsafety.zendesk.com"}, name_from="Discord Safety",
    date="Thu, 12 Sep 2024 09:30:00 -0700",
    subject="[Discord Safety] Re: KCSC-240902-01 [#48213]",
    reply_to_req="req.KCSC-240902-01",
    body=f"""{ZD_TOP}

Your request (48213) has been updated.

----------------------------------------------

Mina (Discord Safety)

Hello,

The server at {D4} has been removed.

Mina

----------------------------------------------
This email is a service from Discord Safety. Delivered by Zendesk
""",
    items={D4: "pending"},
)

case(
    name="dc-portal-change-notice",
    imitates="platform-wide notice to government requesters about a new request portal",
    outcome="review", review="no_claims",
    why="trusted Discord mail naming no requested link and no request reference",
    **{"from": "govrequests@discord.com"}, name_from="Discord Government Requests",
    date="Mon, 16 Sep 2024 08:00:00 -0700",
    subject="Changes to how Discord receives government requests",
    body="""Hello,

You are receiving this message because your agency has contacted Discord
about content on our service in the past year.

From 1 October 2024, removal and information requests from government
agencies should be submitted through our dedicated portal at
https://discord.com/gov-requests rather than by email. Email requests sent
after that date will receive an automatic reply pointing to the portal.

Requests you have already sent will be answered as usual.

Discord Government Requests team
""",
    items={},
)

case(
    name="dc-zendesk-receipt-echo",
    imitates="Zendesk 'request received' auto-acknowledgement that echoes the requester's original message",
    outcome="ignored", classification="acknowledgement",
    why="pure receipt; the links appear only in the echo of our own submission",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Mon, 02 Sep 2024 03:16:41 -0700",
    subject="[Discord] Received: KCSC-240902-01 Government removal request (12 URLs) [#48213]",
    reply_to_req="req.KCSC-240902-01",
    body=f"""{ZD_TOP}

Your request (48213) has been received and is being reviewed by our support
staff. You will hear from us as soon as we have an update.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown

Sep 2, 2024, 3:16 AM PDT

Dear Discord Trust & Safety,

Under Article 44-7 of the Network Act, please remove the following content
(reference KCSC-240902-01):

{chr(10).join(DISCORD[:6])}
(and six further links, see attachment)

KCSC Takedown desk

----------------------------------------------
{ZD_FOOT}
""",
    items={},
)

case(
    name="dc-agent-out-of-office",
    imitates="Outlook automatic reply of a Discord agent on leave",
    outcome="ignored", classification="auto_reply",
    why="out-of-office auto-reply, whatever it mentions",
    **{"from": "jonah.reyes@discord.com"}, name_from="Jonah Reyes",
    date="Tue, 17 Sep 2024 02:00:03 -0700",
    subject="Automatic reply: KCSC-240902-01 [#48213]",
    reply_to_req="req.KCSC-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am out of the office until Monday, 23 September,
with limited access to email.

Messages about open tickets, including KCSC-240902-01, are being handled by the
Trust & Safety queue at safety@discord.com.

Jonah
""",
    items={},
)

case(
    name="dc-staff-forward",
    imitates="a colleague at the regulator forwarding a platform's Zendesk reply to the shared mailbox (Gmail 'Forwarded message')",
    outcome="review", classification="forwarded", review="forwarded",
    why="the statement is the platform's, but it reaches us forwarded by a person at the regulator, not from the platform",
    **{"from": "jiwoo.park@kcsc.example"}, name_from="Park Jiwoo", auth="none",
    date="Thu, 12 Sep 2024 10:41:00 +0900",
    subject="Fwd: [Discord] Re: KCSC-240902-01 [#48213]",
    body=f"""FYI - this came to my own address instead of the shared box.

Jiwoo

---------- Forwarded message ---------
From: Discord Trust & Safety <safety@discord.com>
Date: Wed, Sep 11, 2024 at 6:30 PM
Subject: [Discord] Re: KCSC-240902-01 [#48213]
To: Park Jiwoo <jiwoo.park@kcsc.example>

Hello,

The following invite link is no longer valid and does not point to any server:
{D5}

The server {D6} has been removed.

Mina
Discord Trust & Safety
""",
    items={D5: "pending", D6: "pending"},
)

# ================================================================ Kakao (4 items)
case(
    name="kakao-cs-answer-korean-list",
    imitates="카카오 고객센터 1:1 문의 답변 메일 (문의번호, 발신전용) with a numbered 처리 결과 list",
    outcome="applied", classification="confirmation",
    why="게시중단 / 폐쇄 / 임시조치 / 위반 사항 없음 for each of the four items, one a raw Korean path on its own line",
    **{"from": "noreply-cs@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    date="Fri, 06 Sep 2024 17:12:40 +0900",
    subject=enc("[카카오 고객센터] 문의하신 내용에 대한 답변입니다 (문의번호 2409-557731)"),
    reply_to_req="req.KCSC-240903-02",
    body=f"""안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240903-02)에 대한 처리 결과를 안내드립니다.

1. {K1}은 게시중단 조치되었습니다.
2. {K2} 오픈채팅방은 운영정책 위반으로 폐쇄되었습니다.
3. 아래 티스토리 게시글은 임시조치(30일) 되었습니다.
   {K3_RAW}
4. {K4} 채널은 검토 결과 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

추가로 궁금하신 사항은 고객센터(https://cs.kakao.com)로 문의해 주세요.
감사합니다.

※ 본 메일은 발신전용으로 회신되지 않습니다.
문의번호: 2409-557731
""",
    items={K1: "removed", K2: "removed", K3: "restricted", K4: "rejected"},
)

krows = [(K1, "삭제"), (K2, "접속 차단 (국내)"), (K3_RAW, "비공개 처리"), (K4, "게시물 없음 (이용자 삭제)")]
ktable = "\n".join(
    f"<tr><td>{i}</td><td>{u}</td><td>{a}</td></tr>" for i, (u, a) in enumerate(krows, 1))
case(
    name="kakao-policy-html-table",
    imitates="Kakao 정책지원팀 시정요구 조치결과 회신 as an HTML table (번호 / URL / 조치 결과)",
    outcome="applied", classification="confirmation",
    why="each row gives a Korean action: 삭제 removed, 접속 차단 restricted, 비공개 처리 removed, 게시물 없음 not_found",
    **{"from": "policy-support@kakaocorp.com"}, name_from=enc("카카오 정책지원팀"),
    date="Mon, 09 Sep 2024 11:45:00 +0900",
    subject=enc("RE: [방송통신심의위원회] 시정요구 (KCSC-240903-02) 조치결과 회신"),
    reply_to_req="req.KCSC-240903-02", type="html",
    body=f"""<html><body>
<p>안녕하세요. 카카오 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구(KCSC-240903-02)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치 결과</th></tr>
{ktable}
</table>
<p>조치 일시: 2024. 9. 9.</p>
<p>감사합니다.<br>카카오 정책지원팀 드림</p>
</body></html>""",
    items={K1: "removed", K2: "restricted", K3: "removed", K4: "not_found"},
)

case(
    name="kakao-followup-korean-quote",
    imitates="Korean Gmail reply in a long thread ('님이 작성:'), new result on top, earlier mails '>' quoted",
    outcome="applied", classification="confirmation",
    why="only the channel is given a new result on top; the other items' outcomes are in the '>' quoted earlier mail",
    **{"from": "policy-support@kakaocorp.com"}, name_from=enc("카카오 정책지원팀"),
    date="Thu, 12 Sep 2024 16:02:18 +0900",
    subject=enc("Re: Re: [카카오] KCSC-240903-02 처리 결과 문의"),
    reply_to_req="req.KCSC-240903-02",
    body=f"""안녕하세요, 카카오 정책지원팀입니다.

재검토 요청하신 카카오톡 채널 {K4} 은(는) 추가 확인 결과 운영정책 위반이 확인되어 채널이 삭제되었습니다.

감사합니다.

2024년 9월 12일 (목) 오전 10:20, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 안녕하세요. 회신 감사합니다.
> 다만 {K4} 채널은 도박 사이트로 이용자를 유도하고 있어 재검토를 요청드립니다.
>
> 2024년 9월 6일 (금) 오후 5:12, 카카오 고객센터 <noreply-cs@kakaocorp.com>님이 작성:
>> 1. {K1}은 게시중단 조치되었습니다.
>> 2. {K2} 오픈채팅방은 운영정책 위반으로 폐쇄되었습니다.
>> 4. {K4} 채널은 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.
""",
    items={K4: "removed"},
)

case(
    name="kakao-auth-fail",
    imitates="Korean 처리 결과 notice from a kakaocorp.com address whose DKIM/DMARC fail",
    outcome="review", review="untrusted",
    why="the sender domain is Kakao's but authentication failed",
    **{"from": "policy-support@kakaocorp.com"}, name_from=enc("카카오 정책지원팀"), auth="fail",
    date="Tue, 10 Sep 2024 09:30:00 +0900",
    subject=enc("[카카오] KCSC-240903-02 처리 결과 안내"),
    body=f"""안녕하세요. 카카오입니다.

요청하신 게시물 {K1}은 삭제 조치되었습니다.
{K2} 오픈채팅방 역시 삭제되었습니다.

감사합니다.
""",
    items={K1: "pending", K2: "pending"},
)

case(
    name="kakao-out-of-office-korean",
    imitates="Korean 부재중 자동응답 of a Kakao staff member",
    outcome="ignored", classification="auto_reply",
    why="부재중 자동응답 (auto-reply), nothing else",
    **{"from": "minseo.han@kakaocorp.com"}, name_from=enc("한민서"),
    date="Wed, 04 Sep 2024 09:01:12 +0900",
    subject=enc("[자동응답] 부재중입니다: KCSC-240903-02 시정요구"),
    reply_to_req="req.KCSC-240903-02",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요, 한민서입니다.

9월 4일(수)부터 9월 9일(월)까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 공용 메일(policy-support@kakaocorp.com)로 보내 주시기 바랍니다.

감사합니다.
""",
    items={},
)

# ================================================================ X (3 items)
case(
    name="x-freshdesk-resolved-url-then-status",
    imitates="Freshdesk-style 'ticket resolved' mail: bare URL, outcome on the line below",
    outcome="applied", classification="confirmation",
    why="each URL followed by 'Withheld in: South Korea' or 'Account suspended' on the next line",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date="Tue, 10 Sep 2024 22:14:09 +0000",
    subject="[Ticket #88412] Re: KCSC-240905-03 - status changed to Resolved",
    reply_to_req="req.KCSC-240905-03",
    body=f"""Hello,

We have reviewed the content reported under your legal demand KCSC-240905-03.

{X1}
Withheld in: South Korea

{X2}
Withheld in: South Korea

{X3}
Account suspended for violating the X Rules

Ticket #88412 has been marked Resolved. If you reply to this email, the
ticket will be reopened.

X Legal Support
""",
    items={X1: "restricted", X2: "restricted", X3: "removed"},
)

case(
    name="x-gmail-top-post-over-request",
    imitates="top-posted reply over the Gmail-quoted original request ('On ... wrote:' and '>' lines)",
    outcome="applied", classification="confirmation",
    why="two items answered on top (deleted by its author; reviewed and left up); the first post appears only in the quote",
    **{"from": "k.morales@x.com"}, name_from="Katherine Morales",
    date="Mon, 09 Sep 2024 18:40:51 +0000",
    subject="Re: [KCSC] Removal request KCSC-240905-03 (3 items)",
    reply_to_req="req.KCSC-240905-03",
    body=f"""Hi team,

Quick answers on two of the three:

- {X2} was deleted by the account holder before we reviewed it; it no longer exists.
- We reviewed @pale_ferry_kr ({X3}) and did not find a violation of the X Rules or of local law, so we are not taking action on it.

I'll follow up on the remaining post separately.

Katherine
X Global Government Affairs

On Thu, Sep 5, 2024 at 9:40 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X,
>
> Please remove or restrict the following items (KCSC-240905-03):
>
> 1. {X1}
> 2. {X2}
> 3. {X3}
>
> KCSC Takedown desk
""",
    items={X2: "not_found", X3: "rejected"},
)

case(
    name="x-hedge-may-be-deleted",
    imitates="agent reply hedging about a post's state pending verification",
    outcome="review", review="not_understood",
    why="'may already have been deleted' and 'will confirm': a hedge and a promise, no statement",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date="Sat, 07 Sep 2024 04:20:33 +0000",
    subject="[Ticket #88412] Re: KCSC-240905-03",
    reply_to_req="req.KCSC-240905-03",
    body=f"""Hello,

Thank you for your patience. It looks like {X1}
may already have been deleted, but we need to verify this with our
enforcement team before we can confirm. We will update this ticket once we
have a final answer.

X Legal Support
""",
    items={X1: "pending"},
)

case(
    name="x-html-agent-reply",
    imitates="HTML reply from a helpdesk agent with links as anchors and a short outcome per link",
    outcome="applied", classification="confirmation",
    why="one post removed, the account withheld in South Korea; the other post not mentioned",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date="Thu, 12 Sep 2024 06:02:47 +0000",
    subject="[Ticket #88412] Update: KCSC-240905-03",
    reply_to_req="req.KCSC-240905-03", type="html",
    body=f"""<html><body>
<p>Hello,</p>
<p>Following further review:</p>
<ul>
<li>We removed the post <a href="{X1}">{X1}</a> for violating our rules on illegal goods.</li>
<li>The account <a href="{X3}">@pale_ferry_kr</a> is now withheld in South Korea in response to your demand.</li>
</ul>
<p>You can read more about country withheld content at <a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">our Help Center</a>.</p>
<p>X Legal Support</p>
</body></html>""",
    items={X1: "removed", X3: "restricted"},
)

dsn_headers = """Return-Path: <takedown@kcsc.example>
Message-ID: <reminder.KCSC-240905-03.1@kcsc.example>
Date: Fri, 13 Sep 2024 09:00:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: legal@x.com
Subject: Reminder: KCSC-240905-03 overdue (3 items pending)"""
case(
    name="x-dsn-reminder-bounce",
    imitates="Postfix delivery status notification (multipart/report) for our reminder to X",
    outcome="ignored", classification="bounce",
    why="a bounce of our own reminder; the reference sits in the returned headers",
    **{"from": "MAILER-DAEMON@mail.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    date="Fri, 13 Sep 2024 09:00:07 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="7C1D2E0A93.1726185607/mail.kcsc.example"

--7C1D2E0A93.1726185607/mail.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<legal@x.com>: host mx.x.com[203.0.113.25] said: 552 5.2.2 Mailbox full
    (in reply to RCPT TO command)

--7C1D2E0A93.1726185607/mail.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
X-Postfix-Queue-ID: 7C1D2E0A93
Arrival-Date: Fri, 13 Sep 2024 09:00:00 +0900

Final-Recipient: rfc822; legal@x.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.x.com
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--7C1D2E0A93.1726185607/mail.kcsc.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

{dsn_headers}

--7C1D2E0A93.1726185607/mail.kcsc.example--
""",
    items={},
)

# ================================================================ YouTube (2 items)
case(
    name="yt-helpscout-conversation",
    imitates="Help Scout conversation reply ('reply above this line', conversation number) from YouTube legal support",
    outcome="applied", classification="confirmation",
    why="video blocked in South Korea (restricted), channel terminated (removed)",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 05:33:10 +0000",
    subject="Re: KCSC-240906-04 [Conversation #771204]",
    reply_to_req="req.KCSC-240906-04",
    body=f"""-- Please reply above this line --

Daniel (YouTube Legal Support)
Sep 11, 2024 at 5:33 AM UTC

Hello,

Thanks for your request KCSC-240906-04. After review:

{Y1}: we have blocked access to this video in South Korea under local law.

{Y2}: this channel has been terminated for repeated violations of our Community Guidelines.

Regards,
Daniel
YouTube Legal Support

Conversation #771204 - view it in your browser at https://support.youtube.com/conversation/771204
""",
    items={Y1: "restricted", Y2: "removed"},
)

case(
    name="yt-angle-bracket-links",
    imitates="plain-text reply with links in angle brackets (Outlook plain-text conversion)",
    outcome="applied", classification="confirmation",
    why="video age-restricted; channel reviewed and left available (a refusal with its reason)",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 01:18:26 +0000",
    subject="RE: KCSC-240906-04 [Conversation #771204]",
    reply_to_req="req.KCSC-240906-04",
    body=f"""Hello,

Following our review of request KCSC-240906-04:

The video <{Y1}> is now age-restricted and can only be viewed by signed-in adult users.

The channel <{Y2}> was reviewed and does not violate our Community Guidelines
or local law; it remains available.

Kind regards,
YouTube Legal Support
""",
    items={Y1: "restricted", Y2: "rejected"},
)

case(
    name="yt-reply-to-reminder-outlook",
    imitates="reply to our reminder with the reminder quoted below an Outlook header block",
    outcome="applied", classification="confirmation",
    why="the video is removed on top; the channel appears only in the quoted reminder",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal KR",
    date="Mon, 16 Sep 2024 02:41:00 +0000",
    subject="RE: Reminder: KCSC-240906-04 overdue (2 items pending)",
    reply_to_req="req.KCSC-240906-04",
    body=f"""Hello,

The video {Y1} has been removed from YouTube for violating our policies.

We are still reviewing the other item and will reply separately.

Google Legal Support

________________________________
From: KCSC Takedown <takedown@kcsc.example>
Sent: Saturday, September 14, 2024 9:00 AM
To: legal-kr@google.com
Subject: Reminder: KCSC-240906-04 overdue (2 items pending)

Dear YouTube,

Our request KCSC-240906-04 was due on 13 September 2024. Pending:

{Y1}
{Y2}

KCSC Takedown desk
""",
    items={Y1: "removed"},
)

case(
    name="yt-scanned-pdf-letter",
    imitates="response sent as a scanned PDF letter attachment, body pointing to it",
    outcome="review", review="unreadable_attachment",
    why="the result is in a PDF with no text layer; the body only refers to it",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal KR",
    date="Fri, 13 Sep 2024 07:12:00 +0000",
    subject="KCSC-240906-04 response letter",
    reply_to_req="req.KCSC-240906-04",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="0000000000004a1b2c3d"

--0000000000004a1b2c3d
Content-Type: text/plain; charset="UTF-8"

Hello,

Please find our response to your request KCSC-240906-04 in the attached
letter.

Google Legal Support

--0000000000004a1b2c3d
Content-Type: application/pdf; name="KCSC-240906-04_response.pdf"
Content-Disposition: attachment; filename="KCSC-240906-04_response.pdf"
Content-Transfer-Encoding: base64

{b64(scanned_pdf())}
--0000000000004a1b2c3d--
""",
    items={},
)

case(
    name="yt-read-receipt",
    imitates="read receipt (message/disposition-notification) for our request",
    outcome="ignored", classification="read_receipt",
    why="MDN only",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal KR",
    date="Fri, 06 Sep 2024 02:30:11 +0000",
    subject="Read: [KCSC] Removal request KCSC-240906-04 (2 items)",
    reply_to_req="req.KCSC-240906-04",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-7f31"

--mdn-7f31
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@google.com
  Subject: [KCSC] Removal request KCSC-240906-04 (2 items)
  Sent: Friday, September 6, 2024 11:00 AM (UTC+09:00) Seoul

was read on Friday, September 6, 2024 11:30 AM (UTC+09:00) Seoul.

--mdn-7f31
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com; Outlook
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <req.KCSC-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-7f31--
""",
    items={},
)

# ================================================================ Telegram (5 items)
case(
    name="tg-jira-sd-resolved-numbered",
    imitates="Jira Service Management customer notification ('Reply above this line', issue key, comment, status Resolved)",
    outcome="applied", classification="confirmation",
    why="numbered list: two posts removed, channel unavailable in South Korea, one post deleted before review, invite invalid",
    **{"from": "abuse-desk@telegram.org"}, name_from="Telegram Abuse Desk",
    date="Fri, 13 Sep 2024 14:27:55 +0000",
    subject="ABUSE-4471 KCSC-240909-05 removal request (Case #73319044)",
    reply_to_req="req.KCSC-240909-05",
    body=f"""—-—-—-—
Reply above this line.

Oleg commented:

Hello,

Results for Case #73319044 (your ref. KCSC-240909-05):

1. {T1} — removed
2. {T2} — removed
3. {T3} — channel made unavailable for users in South Korea
4. {T4} — the post had been deleted by the channel admin before our review
5. {T5} — invite link is invalid, no chat found

Regards,
Telegram Abuse Desk

Status changed: In progress → Resolved

View request · Turn off this request's notifications
This is shared with KCSC Takedown.
Help Center, powered by Jira Service Management, sent you this message.
""",
    items={T1: "removed", T2: "removed", T3: "restricted", T4: "not_found", T5: "not_found"},
)

tg_qp_text = f"""Hello,

Regarding Case #73319044 (KCSC-240909-05): the channel {T3} has been blocked for violating Telegram’s Terms of Service, and the post {T4} has been taken down together with it.

We’ll get back to you on the remaining links.

Telegram Abuse Desk
"""
case(
    name="tg-quoted-printable",
    imitates="abuse-desk reply sent as quoted-printable (soft line breaks inside long lines)",
    outcome="applied", classification="confirmation",
    why="channel blocked and its post taken down, each named",
    **{"from": "abuse-desk@telegram.org"}, name_from="Telegram Abuse Desk",
    date="Wed, 11 Sep 2024 10:02:00 +0000",
    subject="Re: KCSC-240909-05 (Case #73319044)",
    reply_to_req="req.KCSC-240909-05",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(tg_qp_text)}""",
    items={T3: "removed", T4: "removed"},
)

tg_b64_text = f"""Hello,

Case #73319044 update:

The message {T1} does not exist. The post number is not valid for this channel.
The message {T2} has been taken down.

Telegram Abuse Desk
"""
case(
    name="tg-base64-body",
    imitates="short abuse-desk update sent with a base64 text body",
    outcome="applied", classification="confirmation",
    why="one message does not exist (not_found), the other taken down",
    **{"from": "abuse-desk@telegram.org"}, name_from="Telegram Abuse Desk",
    date="Tue, 10 Sep 2024 19:45:31 +0000",
    subject="Case #73319044",
    reply_to_req="req.KCSC-240909-05",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(tg_b64_text)}""",
    items={T1: "not_found", T2: "removed"},
)

case(
    name="tg-angle-bullets-one-pending",
    imitates="agent reply with bullet points, links in angle brackets, one still under review",
    outcome="applied", classification="confirmation",
    why="one post removed, invite no longer valid, channel explicitly still under review",
    **{"from": "abuse-desk@telegram.org"}, name_from="Telegram Abuse Desk",
    date="Thu, 12 Sep 2024 08:15:00 +0000",
    subject="Re: ABUSE-4471 KCSC-240909-05 (Case #73319044)",
    reply_to_req="req.KCSC-240909-05",
    body=f"""Hi,

Partial update on Case #73319044:

  * <{T2}>: removed.
  * <{T5}>: this invite link is no longer valid.
  * <{T3}>: still under review by our moderators.

Best regards,
Telegram Abuse Desk
""",
    items={T2: "removed", T5: "not_found", T3: "pending"},
)

case(
    name="tg-jira-resolved-bulk",
    imitates="Jira Service Management 'resolved' notification with a one-line resolution comment",
    outcome="review", review="bulk",
    why="'all reported links were blocked' for a five-item request, no link named",
    **{"from": "abuse-desk@telegram.org"}, name_from="Telegram Abuse Desk",
    date="Sat, 14 Sep 2024 11:00:00 +0000",
    subject="ABUSE-4471 resolved: KCSC-240909-05 (Case #73319044)",
    reply_to_req="req.KCSC-240909-05",
    body="""—-—-—-—
Reply above this line.

Oleg resolved this as Done.

All reported links under KCSC-240909-05 were blocked.

View request · Turn off this request's notifications
Help Center, powered by Jira Service Management, sent you this message.
""",
    items={},
)

case(
    name="tg-jira-created-receipt",
    imitates="Jira Service Management 'request created' receipt",
    outcome="ignored", classification="acknowledgement",
    why="pure receipt: request key created, someone will be in touch",
    **{"from": "abuse-desk@telegram.org"}, name_from="Telegram Abuse Desk",
    date="Mon, 09 Sep 2024 07:21:40 +0000",
    subject="ABUSE-4471 KCSC-240909-05 removal request",
    reply_to_req="req.KCSC-240909-05",
    body="""—-—-—-—
Reply above this line.

Your request ABUSE-4471 has been received. We've assigned it Case #73319044.
A member of our team will review it and get back to you.

View request · Turn off this request's notifications
Help Center, powered by Jira Service Management, sent you this message.
""",
    items={},
)

case(
    name="kakao-reply-to-reminder-korean",
    imitates="Korean Outlook reply to our overdue reminder, reminder quoted below -----Original Message-----",
    outcome="applied", classification="confirmation",
    why="블라인드 처리 for the cafe post (removed), the Tistory post already deleted by its author (not_found); the rest only in the quoted reminder",
    **{"from": "policy-support@kakaocorp.com"}, name_from=enc("카카오 정책지원팀"),
    date="Wed, 11 Sep 2024 14:48:00 +0900",
    subject=enc("RE: Reminder: KCSC-240903-02 overdue (4 items pending)"),
    reply_to_req="req.KCSC-240903-02",
    body=f"""안녕하세요, 카카오 정책지원팀입니다.
회신이 늦어 죄송합니다.

다음 카페 게시물은 블라인드 처리되었습니다.
{K1}

아래 티스토리 게시글은 작성자가 이미 삭제하여 확인되지 않습니다.
{K3_RAW}

나머지 건은 확인 후 다시 회신드리겠습니다.

카카오 정책지원팀 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 9:00 AM
To: policy-support@kakaocorp.com
Subject: Reminder: KCSC-240903-02 overdue (4 items pending)

Our request KCSC-240903-02 of 3 September 2024 was due on 10 September 2024.
Pending items:

{K1}
{K2}
{K3}
{K4}

KCSC Takedown desk
""",
    items={K1: "removed", K3: "not_found"},
)

# ================================================================ TikTok (3 items)
case(
    name="tt-ticket-solved-ack-plus-results",
    imitates="TikTok 'your ticket has been solved' mail: thanks-for-reporting opening followed by per-item outcomes",
    outcome="applied", classification="confirmation",
    why="the acknowledgement opening is followed by three unhedged outcomes (removed, restricted in South Korea, banned)",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok Trust and Safety",
    date="Fri, 13 Sep 2024 03:05:00 +0000",
    subject="Your ticket #7712093 has been solved",
    reply_to_req="req.KCSC-240910-06",
    body=f"""Hi,

Thank you for contacting TikTok. We received your report (KCSC-240910-06)
and have completed our review.

- Video {TT1}: removed for violating our Community Guidelines.
- Video {TT2}: restricted in South Korea in accordance with local law.
- Account {TT3}: banned.

This ticket is now solved. If you need further help, reply to this email
within 7 days.

TikTok Trust and Safety
""",
    items={TT1: "removed", TT2: "restricted", TT3: "removed"},
)

tcsv = (
    "Reported URL,Decision,Policy\n"
    f"{TT1},Content not found,\n"
    f"{TT2},Removed,Regulated goods\n"
    f"{TT3},No violation,\n"
)
case(
    name="tt-csv-attachment",
    imitates="ticket reply with a plain CSV attachment of decisions",
    outcome="applied", classification="confirmation",
    why="CSV rows: content not found, removed, no violation",
    **{"from": "legal-asia@tiktok.com"}, name_from="TikTok Legal APAC",
    date="Mon, 16 Sep 2024 06:40:00 +0000",
    subject="RE: KCSC-240910-06 [#7712093]",
    reply_to_req="req.KCSC-240910-06",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="tt-b-7712093"

--tt-b-7712093
Content-Type: text/plain; charset=utf-8

Hello,

Please see the attached file for our decisions on request KCSC-240910-06.

TikTok Legal APAC

--tt-b-7712093
Content-Type: text/csv; charset=utf-8; name="decisions_7712093.csv"
Content-Disposition: attachment; filename="decisions_7712093.csv"

{tcsv}
--tt-b-7712093--
""",
    items={TT1: "not_found", TT2: "removed", TT3: "rejected"},
)

case(
    name="tt-wrapped-angle-url",
    imitates="plain-text reply whose long link is wrapped inside angle brackets by the sender's mailer",
    outcome="applied", classification="confirmation",
    why="the wrapped link (one URL split over two lines inside <>) is removed; the other video is still under review",
    **{"from": "legal-asia@tiktok.com"}, name_from="TikTok Legal APAC",
    date="Thu, 12 Sep 2024 09:22:00 +0000",
    subject="RE: KCSC-240910-06 [#7712093]",
    reply_to_req="req.KCSC-240910-06",
    body=f"""Hello,

We have removed the video <{TT2[:TT2.rfind('/') + 1]}
{TT2[TT2.rfind('/') + 1:]}> for violating our policies on regulated goods.

The video {TT1} is still under review.

TikTok Legal APAC
""",
    items={TT2: "removed", TT1: "pending"},
)

case(
    name="tt-conditional-promises",
    imitates="legal reply with conditions and future actions only",
    outcome="review", review="not_understood",
    why="'if confirmed ... we will restrict' and 'will be removed once ... completed': conditions and promises",
    **{"from": "legal-asia@tiktok.com"}, name_from="TikTok Legal APAC",
    date="Wed, 11 Sep 2024 04:10:00 +0000",
    subject="RE: KCSC-240910-06 [#7712093]",
    reply_to_req="req.KCSC-240910-06",
    body=f"""Hello,

Thank you for your request. If the account {TT3} is confirmed to be
operated from Korea, we will restrict it in the Korean market.

The video {TT1} will be removed once our local-law review is completed.

We will update you when we have more information.

TikTok Legal APAC
""",
    items={TT3: "pending", TT1: "pending"},
)

case(
    name="tt-lookalike-domain",
    imitates="result notice from a look-alike support domain",
    outcome="review", review="unknown_sender",
    why="names our request and a TikTok video but the sender is not a TikTok domain",
    **{"from": "tts-korea@tiktok-trust-support.com"}, name_from="TikTok Trust & Safety", auth="pass",
    date="Wed, 11 Sep 2024 13:00:00 +0000",
    subject="Re: KCSC-240910-06 resolved",
    body=f"""Dear KCSC,

Your request KCSC-240910-06 is resolved. The video {TT1} was removed.

TikTok Trust & Safety Korea
""",
    items={TT1: "pending"},
)

case(
    name="tt-freshdesk-auto-ack",
    imitates="Freshdesk 'ticket received' auto-acknowledgement",
    outcome="ignored", classification="acknowledgement",
    why="receipt with a ticket number and a response-time promise, nothing about the items",
    **{"from": "support@tiktok.com"}, name_from="TikTok Support",
    date="Tue, 10 Sep 2024 01:06:00 +0000",
    subject="Ticket Received - KCSC-240910-06 [#7712093]",
    reply_to_req="req.KCSC-240910-06",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Dear KCSC Takedown,

We would like to acknowledge that we have received your request and a ticket
has been created with ID #7712093.

A support representative will review your request and send you a personal
response, usually within 3 business days.

To view the status of the ticket or add comments, please visit
https://support.tiktok.com/helpdesk/tickets/7712093

Thank you for your patience.

TikTok Support
""",
    items={},
)

# ================================================================ NAVER (1 item)
case(
    name="naver-thread-sole-statement",
    imitates="NAVER 게시중단 완료 안내 in reply to a one-item request, no URL in the body",
    outcome="applied", classification="confirmation",
    why="a single unhedged 게시중단 완료 statement answering a request of one item, threaded and with the reference",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원"),
    date="Fri, 13 Sep 2024 15:30:00 +0900",
    subject=enc("RE: [방송통신심의위원회] 게시물 삭제 요청 (KCSC-240911-07)"),
    reply_to_req="req.KCSC-240911-07",
    body="""안녕하세요, 네이버 정책지원 담당자입니다.

귀 위원회에서 요청하신 게시물(KCSC-240911-07)에 대하여 게시중단 조치를 완료하였음을 알려드립니다.

감사합니다.
네이버 드림
""",
    items={N1: "removed"},
)

case(
    name="naver-fullwidth-parens-temp-measure",
    imitates="NAVER 임시조치 안내 with the URL inside full-width parentheses",
    outcome="applied", classification="confirmation",
    why="임시조치(30일) for the named post: restricted",
    **{"from": "cafe-cs@naver.com"}, name_from=enc("네이버 카페 고객센터"),
    date="Thu, 12 Sep 2024 10:10:00 +0900",
    subject=enc("[네이버 카페] 게시물 임시조치 안내 (KCSC-240911-07)"),
    reply_to_req="req.KCSC-240911-07",
    body=f"""안녕하세요. 네이버 카페 고객센터입니다.

요청하신 게시물（{N1}）은 정보통신망법 제44조의2에 따라 임시조치(30일) 되었습니다.

임시조치 기간 동안 해당 게시물은 다른 이용자에게 보이지 않습니다.

감사합니다.
""",
    items={N1: "restricted"},
)

case(
    name="naver-asks-for-documents",
    imitates="NAVER 추가 자료 요청 (request for supporting documents)",
    outcome="review", classification="request_for_info", review="asks_more",
    why="asks for an official letter and legal grounds before acting; the post is named, nothing done",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원"),
    date="Thu, 12 Sep 2024 09:00:00 +0900",
    subject=enc("RE: [방송통신심의위원회] 게시물 삭제 요청 (KCSC-240911-07) - 추가 자료 요청"),
    reply_to_req="req.KCSC-240911-07",
    body=f"""안녕하세요, 네이버 정책지원 담당자입니다.

요청하신 게시물 {N1} 에 대한 검토를 위하여 아래 자료를 추가로 보내 주시기 바랍니다.

1. 요청 기관의 공문 (기관장 직인 포함)
2. 해당 게시물이 위법하다고 판단하신 근거 조항

자료를 받는 대로 검토 후 결과를 안내해 드리겠습니다.

감사합니다.
""",
    items={N1: "pending"},
)


def main():
    cdir = os.path.join(HERE, "cases")
    if os.path.isdir(cdir):
        for f in sorted(os.listdir(cdir)):
            if f.endswith(".eml"):
                os.remove(os.path.join(cdir, f))
    write_requests()
    corpuslib.write_set(HERE, "blind944", HEADER, cases)


if __name__ == "__main__":
    main()
