#!/usr/bin/env python3
"""Blind set 986: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved and
reopened tickets, follow-ups in the same thread, replies to our reminders,
partial answers and forwarded mail, from Discord, YouTube, X, NAVER,
Telegram and Kakao (Daum/Tistory). Every email, name, id and URL is
fictional. Expected results were written from each email's meaning alone,
before the reader was ever run on this set.

    python3 tests/corpus/blind986/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "discord.com": "Discord",
    "kakaocorp.com": "Kakao",
    "daum.net": "Daum",
})


def subj(s):
    """Encode a non-ASCII subject as RFC 2047, as real clients do."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


# ---------------------------------------------------------------- requests
REF_DC = "KCSC-240909-01"   # Discord, 12 items (largest)
REF_YT = "KCSC-240910-02"   # YouTube, 4 items
REF_X = "KCSC-240911-03"    # X, 3 items
REF_NV = "KCSC-240911-04"   # NAVER, 5 items
REF_TG = "KCSC-240912-05"   # Telegram, 2 items
REF_KK = "KCSC-240913-06"   # Kakao, 2 items
REF_Y1 = "KCSC-240913-07"   # YouTube, 1 item

G1 = "https://discord.com/channels/1187362940012345601/1187362940012345699/"
G2 = "https://discord.com/channels/1201994400556677880/1201994400556677901/"
G3 = "https://discord.com/channels/1190550011223344556/1190550011223344600/"
D1 = G1 + "1282457700112233441"
D2 = G1 + "1282457700112233502"
D3 = "https://discord.com/channels/1187362940012345601/1187362940012345700/1282460011223344556"
D4 = "https://discord.gg/nightbazaar77"
D5 = "https://discord.gg/Zq8vPwL2"
D6 = G2 + "1283001122334455667"
D7 = G2 + "1283001122334455712"
D8 = "https://discord.gg/freshdrops-kr"
D9 = "https://discord.com/invite/cheapsubs"
D10 = G3 + "1283110022003300441"
D11 = G3 + "1283110022003300502"
D12 = "https://discord.gg/k7TnM4xQ"
DC = [D1, D2, D3, D4, D5, D6, D7, D8, D9, D10, D11, D12]

Y1 = "https://www.youtube.com/watch?v=Rk7dQw2LmPz"
Y2 = "https://www.youtube.com/watch?v=b3XnT0vUeQa"
Y3 = "https://www.youtube.com/shorts/Hq5sLz9WcYo"
Y4 = "https://www.youtube.com/@goldroute_tv"
YT = [Y1, Y2, Y3, Y4]
Y5 = "https://www.youtube.com/watch?v=Zp0aW6cFe1M"

X1 = "https://x.com/quickpill_kr/status/1833012345678901234"
X2 = "https://x.com/quickpill_kr/status/1833019876543210987"
X3 = "https://x.com/nightcourier88"
XX = [X1, X2, X3]

CAFE = "야간직구모임"
N1 = "https://blog.naver.com/silverpine_77/223581234567"
N2 = "https://blog.naver.com/silverpine_77/223581299001"
N3R = "https://cafe.naver.com/" + CAFE + "/15532"      # raw, as written in mail
N4R = "https://cafe.naver.com/" + CAFE + "/15540"
N3 = "https://cafe.naver.com/" + quote(CAFE) + "/15532"  # as stored in requests.csv
N4 = "https://cafe.naver.com/" + quote(CAFE) + "/15540"
N5 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471234567"
NV = [N1, N2, N3, N4, N5]

T1 = "https://t.me/lotto_signal_vip/2241"
T2 = "https://t.me/lotto_signal_vip/2256"
TG = [T1, T2]

K1 = "https://cafe.daum.net/moonlitdeal/R8kd/311"
K2 = "https://hanbyeol-shop.tistory.com/58"
KK = [K1, K2]

REQUESTS = [
    (REF_DC, "discord", "2024-09-09", "2024-09-16", DC, "illegal_trade", "invites and messages selling forged documents"),
    (REF_YT, "youtube", "2024-09-10", "2024-09-17", YT, "drugs", "videos and channel advertising controlled substances"),
    (REF_X, "x", "2024-09-11", "2024-09-18", XX, "drugs", "posts and account selling prescription drugs"),
    (REF_NV, "naver", "2024-09-11", "2024-09-18", NV, "illegal_trade", "blog, cafe and KnowledgeiN posts"),
    (REF_TG, "telegram", "2024-09-12", "2024-09-19", TG, "gambling", "channel posts advertising illegal lottery"),
    (REF_KK, "kakao", "2024-09-13", "2024-09-20", KK, "defamation", "cafe post and Tistory blog post"),
    (REF_Y1, "youtube", "2024-09-13", "2024-09-20", [Y5], "gambling", "single video promoting an illegal betting site"),
]


def mid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted(lines, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in lines)


def our_request(ref, urls, date):
    """The text of our own request email, as a platform would quote it."""
    out = [
        f"Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission requests the removal of",
        f"the following content under reference {ref}:",
        "",
    ]
    out += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    out += ["", "Please reply to this address with the result for each URL.", "",
            "KCSC Takedown Desk"]
    return out


def our_reminder(ref, urls):
    out = [
        f"Reminder: the deadline for our request {ref} has passed and we have",
        "no result yet for the following URLs:",
        "",
    ]
    out += [f"  {u}" for u in urls]
    out += ["", "Please let us know the action taken for each of them.", "",
            "KCSC Takedown Desk"]
    return out


def qp_part(text, ctype="text/plain"):
    body = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + body)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    kw["subject"] = subj(kw["subject"])
    CASES.append(kw)


# ======================================================================
# Discord (KCSC-240909-01, 12 items) -- Zendesk-style support desk
# ======================================================================

case(
    name="dc-zendesk-solved-first-five",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 16:41:09 +0900",
    subject=f"[Discord] Re: {REF_DC} - removal request [Ticket #48213377]",
    reply_to_req=mid(REF_DC),
    body=f"""
##- Please type your reply above this line -##

Your request (#48213377) has been solved. You can reopen it by replying
to this email.

Mina (Discord Trust & Safety)
Sep 12, 2024, 16:40 GMT+9

Hello,

Thank you for contacting Discord about {REF_DC}. Our team has reviewed the
first five links on your list. Here is what we did:

1. {D1} - message removed
2. {D2} - message removed
3. {D3} - message removed
4. {D4} - the server behind this invite has been removed from Discord
   for violating our Community Guidelines
5. {D5} - this invite is invalid and we could not locate a server for it

The remaining links are with another reviewer and you will hear from us in
a separate reply.

Kind regards,
Mina
Discord Trust & Safety

This email is a service from Discord Support. [8QX4-R2LM]
""",
    outcome="applied",
    imitates="Zendesk 'your request has been solved' notification carrying the agent's per-link outcomes",
    why="numbered list, one unhedged outcome per link; the last paragraph promises more but names no link",
    items={D1: "removed", D2: "removed", D3: "removed", D4: "removed", D5: "not_found"},
)

case(
    name="dc-zendesk-update-with-history",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 11:05:52 +0900",
    subject=f"[Discord] Re: {REF_DC} - removal request [Ticket #48213377]",
    reply_to_req=mid(REF_DC),
    body=f"""
##- Please type your reply above this line -##

Jun (Discord Trust & Safety)
Sep 13, 2024, 11:05 GMT+9

Hi again,

Picking up the rest of ticket #48213377. The messages at
{D6}
and
{D7}
have both been deleted. The server that {D8} invited to has been
shut down and the invite no longer works.

I am still checking the remaining four links and will update this ticket.

Jun

----------------------------------------------

Mina (Discord Trust & Safety)
Sep 12, 2024, 16:40 GMT+9

Hello,

Thank you for contacting Discord about {REF_DC}. We removed the messages
at {D1} and {D2}. The invite {D5} is invalid and we could not locate a
server for it.

Kind regards,
Mina

This email is a service from Discord Support. [8QX4-R2LM]
""",
    outcome="applied",
    imitates="Zendesk ticket update that prints the conversation history (earlier agent comments, no '>' quoting) under the new comment",
    why="new comment: D6/D7 deleted, D8's server shut down; the history below is Discord's own earlier comment, not our text, so its statements stand too",
    items={D6: "removed", D7: "removed", D8: "removed", D1: "removed", D2: "removed", D5: "not_found"},
)

case(
    name="dc-freshdesk-html-table",
    **{"from": "support@discord.com"},
    name_from="Discord Support",
    date="Sat, 14 Sep 2024 09:12:30 +0900",
    subject=f"Ticket #TS-771902 updated: {REF_DC} removal request",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="fd-771902-alt"

--fd-771902-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello KCSC Takedown Desk,

Your ticket TS-771902 ({REF_DC}) has an update from our Safety team.

Link: {D10}
Result: Removed

Link: {D11}
Result: Removed

Link: {D12}
Result: No violation found - this server stays up

Reply to this email to add a comment to the ticket.
Discord Support

--fd-771902-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,sans-serif">
<p>Hello KCSC Takedown Desk,</p>
<p>Your ticket <b>TS-771902</b> ({REF_DC}) has an update from our Safety team.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Result</th></tr>
<tr><td><a href="{D10}">{D10}</a></td><td>Removed</td></tr>
<tr><td><a href="{D11}">{D11}</a></td><td>Removed</td></tr>
<tr><td><a href="{D12}">{D12}</a></td><td>No violation found - this server stays up</td></tr>
</table>
<p>Reply to this email to add a comment to the ticket.<br>Discord Support</p>
<p style="color:#888;font-size:11px">Manage your requests at <a href="https://support.discord.com/hc/en-us/requests">support.discord.com</a></p>
</body></html>

--fd-771902-alt--
""",
    outcome="applied",
    imitates="Freshdesk-style 'ticket updated' notification with a per-link result table (text and HTML alternatives)",
    why="each link has its own result: two removed, one refused because it breaks no rule",
    items={D10: "removed", D11: "removed", D12: "rejected"},
)

csv_dc = (
    "link,outcome,notes\r\n"
    f"{D1},Removed,message deleted\r\n"
    f"{D2},Removed,message deleted\r\n"
    f"{D3},No action,no violation of Community Guidelines - content remains\r\n"
    f"{D6},Age-restricted,channel marked age-restricted\r\n"
    f"{D9},Not found,invite code does not exist\r\n"
)
case(
    name="dc-resolved-csv-attachment",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Sat, 14 Sep 2024 15:30:00 +0900",
    subject=f"[Discord] Ticket #48213377 resolved - {REF_DC}",
    reply_to_req=mid(REF_DC),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="zd-48213377-mix"

--zd-48213377-mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

We have finished reviewing the links you sent under {REF_DC}. The outcome
for each of them is in the attached file (outcomes.csv). Links that were
already answered earlier in this ticket are not repeated.

This ticket is now marked as resolved.

Discord Trust & Safety

--zd-48213377-mix
Content-Type: text/csv; charset=utf-8; name="outcomes.csv"
Content-Disposition: attachment; filename="outcomes.csv"
Content-Transfer-Encoding: base64

{b64(csv_dc)}
--zd-48213377-mix--
""",
    outcome="applied",
    imitates="ticket-system 'resolved' email whose per-link outcomes are in a CSV attachment",
    why="the CSV gives one outcome per link: removed, no action (rejected), age-restricted (restricted), not found",
    items={D1: "removed", D2: "removed", D3: "rejected", D6: "restricted", D9: "not_found"},
)

case(
    name="dc-partial-answer",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Sun, 15 Sep 2024 10:20:44 +0900",
    subject=f"Re: [Discord] {REF_DC} - removal request [Ticket #48213377]",
    reply_to_req=mid(REF_DC),
    body=f"""
##- Please type your reply above this line -##

Hi,

A partial update for you.

We took down the two messages below today:
  {D10}
  {D11}

The invite {D12} is still with our specialist team; we have not reached a
decision on it yet.

Jun
Discord Trust & Safety
""",
    outcome="applied",
    imitates="Help-desk partial answer: some links actioned, one still open",
    why="two messages taken down (stated, each named); the third is explicitly undecided and stays pending",
    items={D10: "removed", D11: "removed", D12: "pending"},
)

case(
    name="dc-reply-to-reminder-outlook",
    **{"from": "jun.park@discord.com"},
    name_from="Jun Park",
    date="Tue, 17 Sep 2024 14:02:11 +0900",
    subject=f"RE: Reminder: {REF_DC} overdue",
    extra_headers=[f"References: <{mid(REF_DC)}@kcsc.example> <reminder.{REF_DC}.1@kcsc.example>",
                   f"In-Reply-To: <reminder.{REF_DC}.1@kcsc.example>"],
    body=f"""
Hello,

Sorry for the slow reply. After your reminder we looked again:

{D12} - the server has now been banned and the invite deleted.
{D9} - we could not find any server for this invite code; it seems it was
never valid on our side. (Invite codes are case sensitive.)

Best,
Jun Park
Trust & Safety | Discord

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 9:00 AM
To: safety@discord.com
Subject: Reminder: {REF_DC} overdue

{chr(10).join(our_reminder(REF_DC, [D5, D9, D12]))}
""",
    outcome="applied",
    imitates="Outlook top-posted reply to our reminder, the reminder quoted below '-----Original Message-----'",
    why="D12 banned/deleted and D9 not found are stated above the quote; D5 appears only in our quoted reminder",
    items={D12: "removed", D9: "not_found", D5: "pending"},
)

case(
    name="dc-wrapped-angle-url",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Mon, 16 Sep 2024 08:47:03 +0900",
    subject=f"Re: [Discord] {REF_DC} [Ticket #48213377]",
    reply_to_req=mid(REF_DC),
    body=f"""
Hello,

The following message was deleted by our team on 14 September:

<{G2}
1283001122334455712>

Thanks,
Discord Trust & Safety
""",
    outcome="applied",
    imitates="plain-text agent reply whose long URL is in angle brackets and wrapped by the mail client",
    why="one message named (wrapped inside <>, RFC 3986 style) and stated deleted",
    items={D7: "removed"},
)

# ======================================================================
# YouTube (KCSC-240910-02, 4 items; KCSC-240913-07, 1 item)
# ======================================================================

case(
    name="yt-legal-support-mixed",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 18:22:40 +0900",
    subject=f"Re: [{REF_YT}] Request for removal [8-7730000041215]",
    reply_to_req=mid(REF_YT),
    body=f"""
Hello,

Thanks for reaching out to us about {REF_YT}.

After reviewing the content you listed, we have taken the following
actions:

* {Y1}: removed for violating YouTube's policy on the sale of regulated
  goods.
* {Y2}: we have blocked this video from view in South Korea under local law.
  It remains available in other countries.
* {Y3}: removed.
* {Y4}: this channel has been terminated.

For more about how we handle government requests, see
https://support.google.com/youtube/answer/7554338 .

Regards,
The YouTube Legal Support Team
Case ID: 8-7730000041215
""",
    outcome="applied",
    imitates="YouTube legal removals reply: per-URL decision list (removed, locally blocked, channel terminated)",
    why="four bulleted URLs, each with an unhedged action; the help link is not an item",
    items={Y1: "removed", Y2: "restricted", Y3: "removed", Y4: "removed"},
)

case(
    name="yt-actioned-phrase-single",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 10:03:27 +0900",
    subject=f"Re: [{REF_Y1}] Request for removal [8-7730000042277]",
    reply_to_req=mid(REF_Y1),
    body=f"""
Hello,

Thank you for your notice. The video at {Y5} has been actioned under our
policies.

Best regards,
YouTube Legal Support
""",
    outcome="applied",
    imitates="short YouTube legal-support closing reply",
    why="the configured YouTube phrase 'has been actioned under our policies' means removed; one URL named",
    items={Y5: "removed"},
)

case(
    name="yt-sole-item-no-url",
    **{"from": "noreply-legal@youtube.com"},
    name_from="YouTube",
    date="Tue, 17 Sep 2024 07:15:00 +0900",
    subject=f"Your request {REF_Y1} - outcome",
    reply_to_req=mid(REF_Y1),
    body=f"""
Hi,

We reviewed the video in your request {REF_Y1}. It has been removed from
YouTube for violating our Community Guidelines on online gambling.

- The YouTube Team
""",
    outcome="applied",
    imitates="YouTube one-line removal outcome that names the request but not the URL",
    why="one-item request; the single removed statement covers its only item",
    items={Y5: "removed"},
)

case(
    name="yt-gmail-top-post-over-request",
    **{"from": "hyeri.seo@google.com"},
    name_from="Hyeri Seo",
    date="Sat, 14 Sep 2024 13:40:12 +0900",
    subject=f"Re: {REF_YT} removal request",
    reply_to_req=mid(REF_YT),
    body=f"""
Hello KCSC team,

Two of the four are done on our side:
- the second video ({Y2}) is now blocked for viewers in South Korea;
- the Short ({Y3}) was reviewed and does not break our Community
  Guidelines, so we are leaving it up.

I will come back to you on the other two separately.

Best,
Hyeri
YouTube Trust & Safety, Seoul

On Tue, Sep 10, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(our_request(REF_YT, YT, "2024-09-10"))}
""",
    outcome="applied",
    imitates="Gmail top-posted reply by a platform employee over our quoted request",
    why="Y2 geo-blocked in Korea, Y3 refused with a reason; Y1 and Y4 appear only in the quoted request",
    items={Y2: "restricted", Y3: "rejected", Y1: "pending", Y4: "pending"},
)

case(
    name="yt-reply-to-reminder-outlook",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 16:55:09 +0900",
    subject=f"RE: Reminder: {REF_YT} overdue",
    extra_headers=[f"References: <{mid(REF_YT)}@kcsc.example> <reminder.{REF_YT}.1@kcsc.example>",
                   f"In-Reply-To: <reminder.{REF_YT}.1@kcsc.example>"],
    body=f"""
Hello,

Apologies for the delay with this one.

{Y1} was removed on 12 September.
The channel {Y4} was terminated the same day.

Regards,
YouTube Legal Support

________________________________
-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 18, 2024 9:00 AM
To: legal-kr@google.com
Subject: Reminder: {REF_YT} overdue

{chr(10).join(our_reminder(REF_YT, YT))}
""",
    outcome="applied",
    imitates="reply to our overdue reminder, Outlook quoting of the reminder (no '>')",
    why="Y1 removed and Y4 terminated above the quote; Y2 and Y3 only in our quoted reminder",
    items={Y1: "removed", Y4: "removed", Y2: "pending", Y3: "pending"},
)

case(
    name="yt-echoed-report-fields",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Sun, 15 Sep 2024 21:10:45 +0900",
    subject=f"Decision on your legal complaint [8-7730000041215] {REF_YT}",
    reply_to_req=mid(REF_YT),
    body=f"""
Hello,

We have completed our review of the items below from your submission.

-------------------------------------------
Reported content:  {Y3}
Reason given:      sale of controlled substances
Decision:          Removed - violates our regulated goods policy
-------------------------------------------
Reported content:  {Y2}
Reason given:      sale of controlled substances
Decision:          Not removed - no policy violation found; the video
                   remains available
-------------------------------------------

Sincerely,
YouTube Legal Support
""",
    outcome="applied",
    imitates="YouTube legal-complaint decision that echoes the reported fields with a decision per item",
    why="echoed report blocks, each with its own decision: Y3 removed, Y2 not removed (rejected)",
    items={Y3: "removed", Y2: "rejected"},
)

# ======================================================================
# X (KCSC-240911-03, 3 items) -- Jira Service Management style
# ======================================================================

case(
    name="x-jira-resolved",
    **{"from": "jira@x.com"},
    name_from="X Legal (Jira)",
    date="Fri, 13 Sep 2024 03:18:55 +0900",
    subject=f"[JIRA] (LGL-88213) KCSC {REF_X} - Korea removal request",
    reply_to_req=mid(REF_X),
    body=f"""
Sora Park resolved LGL-88213 as Done.
----------------------------------------------
Status: Open -> Resolved
Resolution: Done

Comment by Sora Park:

Hello,

We reviewed the reported content against the X Rules and local law:

  {X1}
    withheld in South Korea

  {X2}
    removed for violating the X Rules (illegal goods and services)

  {X3}
    account suspended

Thank you,
X Legal

----------------------------------------------
This message was sent by Jira Service Management (v9.12.4)
View request: https://legalrequests.x.com/servicedesk/customer/portal/4/LGL-88213
""",
    outcome="applied",
    imitates="Jira Service Management 'resolved' notification carrying the agent's comment",
    why="URL then its status on the next indented line: withheld in KR, removed, suspended; the portal link is not an item",
    items={X1: "restricted", X2: "removed", X3: "removed"},
)

case(
    name="x-url-below-statement",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Sat, 14 Sep 2024 02:44:19 +0900",
    subject=f"Re: {REF_X} [ref:_00D1gX_5003k88213:ref]",
    reply_to_req=mid(REF_X),
    body=f"""
Hello,

Thank you for your report.

The following post has been withheld in South Korea:
{X2}

We did not find a violation of the X Rules in the following post, and it
remains available:
{X1}

Regards,
X Legal
""",
    outcome="applied",
    imitates="X legal reply with each statement followed by its URL on the next line (Salesforce thread id in subject)",
    why="statement-then-URL layout: X2 withheld in Korea (restricted), X1 refused (rejected)",
    items={X2: "restricted", X1: "rejected"},
)

case(
    name="x-angle-bullets",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Sun, 15 Sep 2024 04:05:31 +0900",
    subject=f"Re: {REF_X} [ref:_00D1gX_5003k88213:ref]",
    reply_to_req=mid(REF_X),
    body=f"""
Hi KCSC,

Update on the remaining items in your report:

- <{X1}> : this post was deleted by the account holder before we reviewed
  it, so there was nothing left for us to act on.
- <{X3}> : the account has been withheld in South Korea.

X Legal
""",
    outcome="applied",
    imitates="X legal follow-up with bullet list of URLs in angle brackets",
    why="X1 already deleted by its author (not_found); X3 withheld in Korea (restricted)",
    items={X1: "not_found", X3: "restricted"},
)

# ======================================================================
# NAVER (KCSC-240911-04, 5 items) -- 고객센터 ticket replies
# ======================================================================

case(
    name="naver-ticket-numbered-korean",
    **{"from": "help@navercorp.com"},
    name_from="NAVER Customer Center",
    date="Fri, 13 Sep 2024 17:30:02 +0900",
    subject=f"[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (문의번호 2409130118) {REF_NV}",
    reply_to_req=mid(REF_NV),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 {REF_NV} 건에 대한 처리 결과를 안내해
드립니다.

1. {N1}
   - 게시중단 조치 완료
2. {N2}
   - 삭제 조치 완료
3. {N3R}
   - 블라인드 처리 완료
4. {N4R}
   - 임시조치(30일) 완료
5. {N5}
   - 작성자가 이미 삭제한 게시물로 확인됩니다.

추가 문의사항은 본 메일에 회신하여 주시기 바랍니다.
감사합니다.

네이버 고객센터 드림
※ 본 메일은 문의번호 2409130118 에 대한 답변입니다.
""",
    outcome="applied",
    imitates="NAVER 고객센터 문의 답변 mail with a numbered 처리 결과 list",
    why="게시중단/삭제/블라인드 = removed, 임시조치 = restricted, 작성자가 이미 삭제 = not_found; raw Korean cafe paths",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "restricted", N5: "not_found"},
)

case(
    name="naver-korean-particles",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy",
    date="Sat, 14 Sep 2024 11:11:48 +0900",
    subject=f"RE: [{REF_NV}] 게시물 삭제 요청 건 회신",
    reply_to_req=mid(REF_NV),
    body=f"""
안녕하세요, 네이버 정책지원팀 김서윤입니다.

요청하신 게시물 중 일부에 대한 검토 결과입니다.

「{N2}」 게시물은 블라인드 처리되었습니다.
{N4R}에 대해서는 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.
지식iN 답변({N5})은 비공개 처리하였습니다.

나머지 게시물은 검토가 끝나는 대로 다시 연락드리겠습니다.

김서윤 드림
""",
    outcome="applied",
    imitates="NAVER 정책지원팀 staff reply in prose, URLs in 「」, followed by particles and inside full-width context",
    why="N2 블라인드 (removed); N4 no violation, kept up (rejected); N5 비공개 처리 (removed)",
    items={N2: "removed", N4: "rejected", N5: "removed"},
)

naver_qp_text = f"""안녕하세요. 네이버 권리보호센터입니다.

{REF_NV} 요청 건 중 블로그 게시물에 대한 조치 결과입니다.

- {N1} : 삭제 완료
- {N2} : 임시조치(접근 제한, 30일)

감사합니다.
"""
case(
    name="naver-quoted-printable",
    **{"from": "rights@navercorp.com"},
    name_from="NAVER Rights Protection",
    date="Thu, 12 Sep 2024 15:02:36 +0900",
    subject=f"[{REF_NV}] 조치 결과 안내",
    reply_to_req=mid(REF_NV),
    raw_mime=qp_part(naver_qp_text),
    outcome="applied",
    imitates="NAVER 권리보호센터 조치 결과 안내, quoted-printable Korean body",
    why="삭제 완료 = removed; 임시조치 (접근 제한) = restricted",
    items={N1: "removed", N2: "restricted"},
)

case(
    name="naver-forward-with-own-words",
    **{"from": "jiho.lee@navercorp.com"},
    name_from="Jiho Lee",
    date="Sun, 15 Sep 2024 09:58:20 +0900",
    subject=f"Fwd: [{REF_NV}] 처리 결과",
    reply_to_req=mid(REF_NV),
    body=f"""
안녕하세요, 네이버 대외협력팀 이지호입니다.

아래 담당 부서 회신과 같이 블로그 게시물 두 건
{N1}
{N2}
은 모두 게시중단 조치되었습니다.

---------- Forwarded message ---------
보낸사람: 카페운영지원 <cafe-ops@navercorp.com>
Date: 2024년 9월 14일 (토) 오후 6:12
Subject: RE: [{REF_NV}] 처리 결과
To: 이지호 <jiho.lee@navercorp.com>

블로그 2건 게시중단 완료했습니다.
카페 게시물 {N3R} 은 카페 운영자가 삭제한 것으로 보입니다. 확인 후 다시
공유드리겠습니다.
""",
    outcome="applied",
    imitates="NAVER staff forwarding an internal team's answer with their own summary on top",
    why="the forwarder states in his own words that N1 and N2 are 게시중단; N3 is only in the forwarded part and hedged ('보입니다')",
    items={N1: "removed", N2: "removed", N3: "pending"},
)

# ======================================================================
# Telegram (KCSC-240912-05, 2 items)
# ======================================================================

case(
    name="tg-case-number-reply",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram Abuse",
    date="Sat, 14 Sep 2024 01:27:14 +0900",
    subject=f"Re: {REF_TG} - Case #5531207",
    reply_to_req=mid(REF_TG),
    body=f"""
Hello,

Regarding your report (Case #5531207):

{T1} - this post has been removed by our moderators.
{T2} - we could not find this message. It may never have existed at this
address; please check the link.

Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse-desk reply with a case number and one line per link",
    why="T1 removed; T2 'could not find this message' is not_found (the following 'may never have existed' is an explanation, not a hedge on the finding)",
    items={T1: "removed", T2: "not_found"},
)

tg_b64_text = f"""Hello,

Thank you for the report {REF_TG}. Both posts listed below have been taken
down by our moderation team and are no longer available on Telegram:

{T1}
{T2}

Telegram Support
"""
case(
    name="tg-base64-body",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Support",
    date="Sun, 15 Sep 2024 22:40:08 +0900",
    subject=f"Re: {REF_TG}",
    reply_to_req=mid(REF_TG),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(tg_b64_text),
    outcome="applied",
    imitates="Telegram support reply sent with a base64 text body",
    why="'both posts listed below have been taken down' with both URLs named",
    items={T1: "removed", T2: "removed"},
)

case(
    name="tg-url-status-below",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram Abuse",
    date="Mon, 16 Sep 2024 12:00:41 +0900",
    subject=f"Case #5531207 closed ({REF_TG})",
    reply_to_req=mid(REF_TG),
    body=f"""
Case #5531207

{T1}
Status: blocked in all regions

{T2}
Status: no action - this content does not violate Telegram's Terms of Service

This case is now closed.
""",
    outcome="applied",
    imitates="Telegram case-closure summary, bare URL with its status on the next line",
    why="T1 blocked everywhere (removed); T2 no action because no violation (rejected)",
    items={T1: "removed", T2: "rejected"},
)

# ======================================================================
# Kakao (KCSC-240913-06, 2 items)
# ======================================================================

case(
    name="kakao-rights-center-korean",
    **{"from": "right@kakaocorp.com"},
    name_from="Kakao Rights Center",
    date="Tue, 17 Sep 2024 14:25:50 +0900",
    subject=f"[카카오 권리침해신고센터] {REF_KK} 처리 결과 안내",
    reply_to_req=mid(REF_KK),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

접수하신 게시물에 대한 처리 결과를 다음과 같이 안내드립니다.

■ 다음 카페 게시물
  {K1}
  → 정보통신망법 제44조의2에 따라 30일간 임시조치(접근 차단)되었습니다.

■ 티스토리 게시물
  {K2}
  → 운영정책 위반으로 게시중단 처리되었습니다.

감사합니다.
카카오 권리침해신고센터
""",
    outcome="applied",
    imitates="Kakao 권리침해신고센터 처리 결과 안내 (임시조치 / 게시중단)",
    why="K1 임시조치 30일 (restricted); K2 게시중단 (removed)",
    items={K1: "restricted", K2: "removed"},
)

case(
    name="kakao-html-result-table",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from="Kakao Customer Service",
    date="Wed, 18 Sep 2024 10:44:12 +0900",
    subject=f"[카카오 고객센터] 문의 답변 안내 ({REF_KK})",
    reply_to_req=mid(REF_KK),
    type="html",
    body=f"""
<html><body>
<p>안녕하세요, 카카오 고객센터입니다.</p>
<p>요청하신 건({REF_KK})의 처리 결과입니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>번호</th><th>URL</th><th>처리 결과</th></tr>
<tr><td>1</td><td>{K1}</td><td>삭제</td></tr>
<tr><td>2</td><td>{K2}</td><td>존재하지 않는 게시물</td></tr>
</table>
<p>문의하신 내용이 해결되지 않으셨다면 <a href="https://cs.kakao.com/requests">고객센터</a>에서 다시 문의해 주세요.</p>
</body></html>
""",
    outcome="applied",
    imitates="Kakao 고객센터 HTML answer with a 처리 결과 table",
    why="K1 삭제 (removed); K2 존재하지 않는 게시물 (not_found); the help-centre link is not an item",
    items={K1: "removed", K2: "not_found"},
)

# ======================================================================
# REVIEW cases
# ======================================================================

case(
    name="dc-promise-within-24h",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 19:02:57 +0900",
    subject=f"Re: [Discord] {REF_DC} - removal request [Ticket #48213377]",
    reply_to_req=mid(REF_DC),
    body=f"""
##- Please type your reply above this line -##

Hello,

Thanks for the report. We have confirmed that the messages at
{D1}
{D2}
break our rules, and they will be removed within the next 24 hours. We
will let you know once that is done.

Discord Trust & Safety
""",
    outcome="review",
    review="not_understood",
    imitates="Zendesk agent reply that confirms a violation but only promises removal",
    why="'will be removed within 24 hours' is a promise, not a statement of what was done",
    items={D1: "pending", D2: "pending"},
)

case(
    name="yt-hedge-appears-under-review",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 16:30:00 +0900",
    subject=f"Re: [{REF_YT}] Request for removal [8-7730000041215]",
    reply_to_req=mid(REF_YT),
    body=f"""
Hello,

Thanks for your patience. A quick status note on your request:

{Y1} appears to have been taken down by the uploader, although we have
not been able to confirm this yet.
{Y2} is still under review with our policy specialists.

We will follow up once we have more information.

YouTube Legal Support
""",
    outcome="review",
    review="not_understood",
    imitates="YouTube legal-support interim status note",
    why="'appears to have been taken down... not able to confirm' is a hedge and 'under review' is no outcome",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="dc-bulk-all-actioned",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Wed, 18 Sep 2024 09:15:36 +0900",
    subject=f"[Discord] Ticket #48213377 closed - {REF_DC}",
    reply_to_req=mid(REF_DC),
    body=f"""
##- Please type your reply above this line -##

Your request (#48213377) has been solved.

Hello,

This is to let you know that we have actioned all of the content reported
in your request {REF_DC}. No further action is needed from you.

Discord Trust & Safety
""",
    outcome="review",
    review="bulk",
    imitates="Zendesk 'solved' notification with a blanket statement",
    why="a statement about all reported content of a 12-item request without naming any",
    items={u: "pending" for u in DC},
)

case(
    name="naver-bulk-korean",
    **{"from": "help@navercorp.com"},
    name_from="NAVER Customer Center",
    date="Mon, 16 Sep 2024 13:05:00 +0900",
    subject=f"[네이버 고객센터] 답변 완료 안내 ({REF_NV})",
    reply_to_req=mid(REF_NV),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

{REF_NV} 로 요청하신 게시물 전체에 대해 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review",
    review="bulk",
    imitates="NAVER 고객센터 답변 완료 안내, one sentence for the whole request",
    why="게시중단 of all posts of a 5-item request, none named",
    items={u: "pending" for u in NV},
)

case(
    name="x-dmarc-fail",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    auth="fail",
    date="Thu, 12 Sep 2024 23:50:10 +0900",
    subject=f"Re: {REF_X}",
    reply_to_req=mid(REF_X),
    body=f"""
Hello,

The following posts were removed:
{X1}
{X2}

X Legal
""",
    outcome="review",
    review="untrusted",
    imitates="X legal reply whose DKIM/SPF/DMARC checks failed at our border",
    why="claims from an x.com address that fails authentication",
    items={X1: "pending", X2: "pending"},
)

case(
    name="dc-zendesk-hosted-domain",
    **{"from": "support@discordsafety.zendesk.com"},
    name_from="Discord Safety",
    date="Sun, 15 Sep 2024 18:33:02 +0900",
    subject=f"[Discord Safety] Re: {REF_DC} [#48213377]",
    reply_to_req=mid(REF_DC),
    body=f"""
##- Please type your reply above this line -##

Hello,

The messages {D10} and {D11} have been removed.

Discord Safety
""",
    outcome="review",
    review="unknown_sender",
    imitates="help-desk reply sent from the vendor's hosted subdomain instead of the platform's own domain",
    why="zendesk.com is not a Discord sender domain; the claims cannot be trusted as Discord's",
    items={D10: "pending", D11: "pending"},
)

case(
    name="tg-vendor-unknown-sender",
    **{"from": "desk@safetyops-partners.com"},
    name_from="SafetyOps Moderation Desk",
    date="Mon, 16 Sep 2024 20:14:27 +0900",
    subject=f"Re: {REF_TG} - handled on behalf of Telegram",
    reply_to_req=mid(REF_TG),
    body=f"""
Hello,

We handle abuse reports on behalf of Telegram. The post {T1} has been
deleted.

SafetyOps Moderation Desk
""",
    outcome="review",
    review="unknown_sender",
    imitates="outsourced moderation vendor answering for a platform from its own domain",
    why="sender domain is not any configured platform's, although it claims to act for Telegram",
    items={T1: "pending"},
)

case(
    name="dc-asks-more-docs",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 10:48:19 +0900",
    subject=f"Re: [Discord] {REF_DC} - removal request [Ticket #48213377]",
    reply_to_req=mid(REF_DC),
    body=f"""
##- Please type your reply above this line -##

Your request (#48213377) is awaiting your reply.

Hello,

Before we can act on
{D6}
{D7}
we need a little more from you: please send the official decision or
letter on which the request is based, and tell us which law you consider
the messages to violate. Just reply to this email with the documents
attached.

Thank you,
Discord Trust & Safety
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Zendesk 'pending - awaiting your reply' request for documents",
    why="the platform asks for documents before acting on two named messages",
    items={D6: "pending", D7: "pending"},
)

case(
    name="naver-csat-survey",
    **{"from": "survey@navercorp.com"},
    name_from="NAVER Customer Center",
    date="Thu, 19 Sep 2024 09:00:00 +0900",
    subject="[네이버 고객센터] 상담 만족도 조사에 참여해 주세요",
    body="""
안녕하세요. 네이버 고객센터입니다.

최근 문의(문의번호 2409130118)에 대한 상담이 종료되었습니다.
받으신 답변에 얼마나 만족하셨는지 알려 주시면 더 나은 서비스를 위해
활용하겠습니다.

만족도 조사 참여하기: https://help.naver.com/survey/2409130118

※ 본 메일은 발신 전용입니다.
""",
    outcome="review",
    review="no_claims",
    imitates="NAVER 고객센터 post-ticket satisfaction survey",
    why="trusted platform mail naming no item and no request reference; a survey is none of the ignorable kinds",
    items={},
)

case(
    name="x-conditional-appeal-window",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Fri, 13 Sep 2024 20:30:22 +0900",
    subject=f"Re: {REF_X} [ref:_00D1gX_5003k88213:ref]",
    reply_to_req=mid(REF_X),
    body=f"""
Hello,

We have notified the account holder of {X3} about your request. If they do
not file an appeal within 14 days, the account and the post
{X1}
will be withheld in South Korea.

X Legal
""",
    outcome="review",
    review="not_understood",
    imitates="X legal notice of a conditional, future withholding",
    why="a condition and a future action, not a statement of what was done",
    items={X3: "pending", X1: "pending"},
)

case(
    name="naver-forward-pure",
    **{"from": "jiho.lee@navercorp.com"},
    name_from="Jiho Lee",
    date="Mon, 16 Sep 2024 17:40:03 +0900",
    subject=f"Fwd: RE: [{REF_NV}] 카페 게시물 처리",
    reply_to_req=mid(REF_NV),
    body=f"""
참고 부탁드립니다.

---------- Forwarded message ---------
보낸사람: 카페운영지원 <cafe-ops@navercorp.com>
Date: 2024년 9월 16일 (월) 오후 4:55
Subject: RE: [{REF_NV}] 카페 게시물 처리
To: 이지호 <jiho.lee@navercorp.com>

카페 게시물 두 건 처리 결과 공유드립니다.
{N3R} - 운영자 삭제 완료
{N4R} - 접근 제한 조치 완료
""",
    outcome="review",
    review="forwarded",
    classification="forwarded",
    imitates="NAVER staff forwarding an internal team's result with only 'FYI'",
    why="all statements are inside the forwarded part, written by someone else to a colleague; nothing in the forwarder's own words",
    items={N3: "pending", N4: "pending"},
)

case(
    name="tg-reply-to-reminder-looking-into",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram Abuse",
    date="Thu, 19 Sep 2024 11:20:09 +0900",
    subject=f"Re: Reminder: {REF_TG} overdue",
    extra_headers=[f"References: <{mid(REF_TG)}@kcsc.example> <reminder.{REF_TG}.1@kcsc.example>",
                   f"In-Reply-To: <reminder.{REF_TG}.1@kcsc.example>"],
    body=f"""
Hello,

Thank you for the reminder. We are looking into {T1} and {T2} and will
update you as soon as our review is finished.

Telegram Abuse Team

On Thu, 19 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(our_reminder(REF_TG, TG))}
""",
    outcome="review",
    review="not_understood",
    imitates="Telegram reply to our reminder that only says the links are being looked into",
    why="names both items but only promises an update; not a pure receipt since it answers a reminder about named links",
    items={T1: "pending", T2: "pending"},
)

# ======================================================================
# IGNORED cases
# ======================================================================

case(
    name="dc-zendesk-receipt",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Mon, 09 Sep 2024 15:01:44 +0900",
    subject=f"[Discord] Re: {REF_DC} - removal request [Ticket #48213377]",
    reply_to_req=mid(REF_DC),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
##- Please type your reply above this line -##

Your request (#48213377) has been received and will be reviewed by our
support staff.

To add additional comments, reply to this email.

This email is a service from Discord Support. [8QX4-R2LM]
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Zendesk 'your request has been received' automatic receipt",
    why="pure ticket receipt; nothing about any item",
    items={},
)

case(
    name="yt-out-of-office",
    **{"from": "hyeri.seo@google.com"},
    name_from="Hyeri Seo",
    date="Wed, 11 Sep 2024 08:00:03 +0900",
    subject=f"Automatic reply: {REF_YT} removal request",
    reply_to_req=mid(REF_YT),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
Hi,

I am out of the office until Friday 13 September with limited access to
email. For urgent legal removal requests please write to
legal-kr@google.com and a colleague will pick it up.

Thanks,
Hyeri
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Gmail/Outlook out-of-office reply from a platform employee",
    why="out-of-office auto-reply",
    items={},
)

dsn_original = "\n".join(
    [
        "From: KCSC Takedown <takedown@kcsc.example>",
        "To: policy@navercorp.com",
        f"Subject: Reminder: {REF_NV} overdue",
        "Date: Thu, 19 Sep 2024 09:00:00 +0900",
        f"Message-ID: <reminder.{REF_NV}.1@kcsc.example>",
        "Content-Type: text/plain; charset=utf-8",
        "",
    ]
    + our_reminder(REF_NV, NV[:2])
)
case(
    name="naver-dsn-bounce",
    **{"from": "MAILER-DAEMON@mail.navercorp.com"},
    name_from="Mail Delivery System",
    date="Thu, 19 Sep 2024 09:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-7F2A11"

--dsn-7F2A11
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.navercorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<policy@navercorp.com>: mailbox is full; message rejected after 5 days

--dsn-7F2A11
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.navercorp.com
Arrival-Date: Thu, 19 Sep 2024 09:00:05 +0900

Final-Recipient: rfc822; policy@navercorp.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-7F2A11
Content-Type: message/rfc822

{dsn_original}

--dsn-7F2A11--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix-style DSN returning our reminder (mailbox full)",
    why="delivery failure report; the URLs are in our own returned message",
    items={},
)

case(
    name="x-mdn-read-receipt",
    **{"from": "sora.park@x.com"},
    name_from="Sora Park",
    date="Thu, 12 Sep 2024 10:22:17 +0900",
    subject=f"Read: {REF_X} - removal request",
    reply_to_req=mid(REF_X),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-5b1c"

--mdn-5b1c
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@x.com
  Subject: {REF_X} - removal request
  Sent: Wednesday, September 11, 2024 4:05 PM

was read on Thursday, September 12, 2024 10:22 AM.

--mdn-5b1c
Content-Type: message/disposition-notification

Reporting-UA: mail.x.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; sora.park@x.com
Original-Message-ID: <{mid(REF_X)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-5b1c--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt only",
    items={},
)

case(
    name="kakao-ack-korean",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from="Kakao Customer Service",
    date="Fri, 13 Sep 2024 16:02:55 +0900",
    subject=f"[카카오 고객센터] 문의가 접수되었습니다 ({REF_KK})",
    reply_to_req=mid(REF_KK),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 카카오 고객센터입니다.

문의가 정상적으로 접수되었습니다. (접수번호: 240913-004417)
담당자가 확인 후 순차적으로 답변드리겠습니다.
답변은 영업일 기준 3~5일 정도 소요될 수 있습니다.

※ 본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Kakao 고객센터 문의 접수 안내 (automatic receipt)",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="x-freshdesk-ack-echo",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Wed, 11 Sep 2024 16:06:40 +0900",
    subject=f"[Case 0192847733] We received your report - {REF_X}",
    reply_to_req=mid(REF_X),
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
Hello,

We've received your report and opened case 0192847733. Our team will
review it and get back to you by email.

For your records, here is a copy of what you submitted:

  Reporter: KCSC Takedown Desk
  Reference: {REF_X}
  Reported URLs:
    {X1}
    {X2}
    {X3}
  Reason: sale of prescription drugs without a licence

Please do not reply to this message.
X Support
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="ticket-system receipt echoing the submitted report fields",
    why="pure receipt; the URLs are only the echo of our own report, with no outcome",
    items={},
)

case(
    name="tg-autoresponder",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    date="Thu, 12 Sep 2024 09:30:12 +0900",
    subject=f"Auto: {REF_TG}",
    reply_to_req=mid(REF_TG),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
This is an automated response.

Thank you for contacting Telegram. Your message has reached our team.
Because of the high number of reports we receive, replies may take
several days. There is no need to send your report again.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Telegram mailbox auto-responder",
    why="automatic response, no item and no outcome",
    items={},
)


HEADER = """# Blind set 986 (ticket systems and threads): expected results written
# from each email's meaning, before the reader was run. Generated by make.py.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind986", HEADER, CASES)
    print(len(CASES), "cases")
