#!/usr/bin/env python3
"""Blind set 150: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by a note, statuses given by position. Written from each
email's meaning before any run of the reader.

    python3 tests/corpus/blind150/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys
import urllib.parse
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KO_SLUG = "출장-안내"
TISTORY_KO = "https://nightcandy.tistory.com/entry/" + urllib.parse.quote(KO_SLUG)
TISTORY_KO_RAW = "https://nightcandy.tistory.com/entry/" + KO_SLUG

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240910-01", "KCSC-240911-02", "KCSC-240911-03", "KCSC-240912-04",
    "KCSC-240912-05", "KCSC-240913-06", "KCSC-240913-07",
)
TG = {
    "n1184": "https://t.me/neon_slots_kr/1184",
    "n1185": "https://t.me/neon_slots_kr/1185",
    "n1190": "https://t.me/neon_slots_kr/1190",
    "b77": "https://t.me/bluepill_market/77",
    "b78": "https://t.me/bluepill_market/78",
    "b81": "https://t.me/bluepill_market/81",
    "h2203": "https://t.me/hanriver_odds/2203",
    "h2210": "https://t.me/hanriver_odds/2210",
    "jack": "https://t.me/jackpot7_vip",
    "c412": "https://t.me/candyshop_seoul/412",
    "c415": "https://t.me/candyshop_seoul/415",
    "priv": "https://t.me/c/1789023456/305",
}
XR = {
    "m1": "https://x.com/mintleaf_odds/status/1833012345678901234",
    "m2": "https://x.com/mintleaf_odds/status/1833012399887766554",
    "sn": "https://x.com/seoul_nightpass/status/1832876543210987654",
    "acct": "https://x.com/parcel_rx_kr",
}
YT = {
    "q": "https://www.youtube.com/watch?v=Qm4TzR8vKpA",
    "b": "https://www.youtube.com/watch?v=b7XnE2wLs0c",
    "ch": "https://www.youtube.com/@luckyroulette_tv",
}
NV = {
    "p1": "https://blog.naver.com/moonlit_pharm/223556781234",
    "p2": "https://blog.naver.com/moonlit_pharm/223556789012",
    "c1": "https://cafe.naver.com/shadowbet/8821",
    "c2": "https://cafe.naver.com/shadowbet/8830",
    "gb": "https://blog.naver.com/PostView.naver?blogId=greenbay_kr&logNo=223560001122",
}
KK = {
    "ko": TISTORY_KO,
    "t12": "https://nightcandy.tistory.com/12",
    "cafe": "https://cafe.daum.net/lotto7club/ZxQ1/345",
}
X6 = "https://x.com/quickloan_365/status/1834001122334455667"
YT7 = "https://youtube.com/shorts/Hk3pW9aZq1E"

REQUESTS = [
    (R1, "telegram", "2024-09-10T10:00:00+09:00", "2024-09-13T18:00:00+09:00", list(TG.values()), "gambling"),
    (R2, "x", "2024-09-11T09:30:00+09:00", "2024-09-14T18:00:00+09:00", list(XR.values()), "gambling"),
    (R3, "youtube", "2024-09-11T14:00:00+09:00", "2024-09-14T18:00:00+09:00", list(YT.values()), "gambling"),
    (R4, "naver", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00", list(NV.values()), "drugs"),
    (R5, "kakao", "2024-09-12T15:00:00+09:00", "2024-09-19T18:00:00+09:00", list(KK.values()), "prostitution"),
    (R6, "x", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00", [X6], "illegal_lending"),
    (R7, "youtube", "2024-09-13T11:00:00+09:00", "2024-09-20T18:00:00+09:00", [YT7], "gambling"),
]


def mid(ref):
    return "req." + ref


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", "blind150"])


# ---------------------------------------------------------------- helpers
def subj(s):
    """Encode a non-ASCII subject the way mail clients do (RFC 2047)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def quoted(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


def request_lines(ref, urls, greeting):
    out = [greeting, "",
           "Under Article 44-7 of the Information and Communications Network Act, the",
           "Korea Communications Standards Commission asks you to remove or block access",
           f"from Korea to the following content (our reference {ref}):", ""]
    for i, u in enumerate(urls, 1):
        out.append(f"{i}. {u}")
    out += ["", "Please reply to this address with the action taken for each item.", "",
            "KCSC Takedown Desk"]
    return out


AUTO = ["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply"]

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ Telegram
case(
    name="tg-mixed-one-sentence",
    **{"from": "abuse@telegram.org"},
    date="Thu, 12 Sep 2024 08:14:33 +0000",
    subject=f"Re: [{R1}] Request for removal of illegal gambling content",
    reply_to_req=mid(R1),
    body=f"""
Hello,

Thank you for your notice. We have blocked {TG['n1184']} for violating our
Terms of Service, but {TG['n1190']} no longer exists, so there was nothing
for us to act on.

The other items in your request are still with our moderators.

Regards,
Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse-desk reply (short plain-text outcome)",
    why="one sentence, two statuses: blocked (removed) then 'no longer exists' (not_found) after 'but'",
    items={TG["n1184"]: "removed", TG["n1190"]: "not_found"},
)

case(
    name="tg-hedge-in-relative-clause",
    **{"from": "abuse@telegram.org"},
    date="Thu, 12 Sep 2024 11:40:02 +0000",
    subject=f"Re: [{R1}] Request for removal of illegal gambling content",
    reply_to_req=mid(R1),
    body=f"""
Hi,

Update on your report {R1}:

The channel {TG['jack']}, which appears to have been set up only a few days
before your report, has been blocked and is no longer accessible in any
Telegram app.

The post {TG['h2203']}, which our moderators believe may be a copy of an
older post, will be looked at again once the original has been identified.
We will write to you when there is a decision.

Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse-desk reply with moderator remarks",
    why="hedge sits in the relative clause; main clause 'has been blocked' is firm; the second item is only a promise",
    items={TG["jack"]: "removed", TG["h2203"]: "pending"},
)

case(
    name="tg-refusal-with-reason",
    **{"from": "abuse@telegram.org"},
    date="Fri, 13 Sep 2024 02:05:51 +0000",
    subject=f"Re: [{R1}] Request for removal of illegal gambling content",
    reply_to_req=mid(R1),
    body=f"""
Hello,

We reviewed the two bluepill_market posts named in your message.

{TG['b78']} was taken down: it offered prescription medicines for sale
without a prescription.

We did not remove {TG['b77']}. That post is a price comparison of
over-the-counter vitamins and does not break Telegram's Terms of Service,
so it stays up.

Best,
Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse-desk reply refusing one item with its reason",
    why="'was taken down' -> removed; 'We did not remove ... does not break ... stays up' -> rejected (negated removal word)",
    items={TG["b78"]: "removed", TG["b77"]: "rejected"},
)

case(
    name="tg-later-correction",
    **{"from": "abuse@telegram.org"},
    date="Fri, 13 Sep 2024 09:12:40 +0000",
    subject=f"Re: [{R1}] correction to our earlier reply",
    reply_to_req=mid(R1),
    body=f"""
Hello again,

In our message this morning we told you that {TG['c412']} had been removed
by us. That was not accurate: when our moderator opened it, the post had
already been deleted by the channel's own admins, so we took no action on it.

For {TG['c415']} the opposite happened. We first reported it as not found
because the link in your request had a stray character at the end, but with
the corrected link we found the post and removed it on 13 September.

Sorry for the confusion.
Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse-desk follow-up correcting an earlier outcome",
    why="later sentences revise earlier ones: 412 already deleted by its admins (not_found), 415 finally removed",
    items={TG["c412"]: "not_found", TG["c415"]: "removed"},
)

_req1 = request_lines(R1, list(TG.values()), "Dear Telegram Abuse Team,")
case(
    name="tg-top-posted-schemeless",
    **{"from": "abuse@telegram.org"},
    date="Fri, 13 Sep 2024 14:30:09 +0000",
    subject=f"Re: [{R1}] Request for removal of illegal gambling content",
    reply_to_req=mid(R1),
    body="""
Hi,

Two results on this one so far:

t.me/hanriver_odds/2210 - removed
t.me/c/1789023456/305 - this is an invite link into a private chat. The link
is invalid on our side and we could not locate any chat behind it.

We'll follow up on the rest.

Telegram Abuse Team

On Tue, 10 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
""" + quoted(_req1),
    outcome="applied",
    imitates="Gmail-style top-posted abuse-desk reply over the quoted request",
    why="two links written without scheme get statuses; the ten other URLs occur only in the quoted request",
    items={TG["h2210"]: "removed", TG["priv"]: "not_found",
           TG["n1184"]: "pending", TG["b77"]: "pending", TG["jack"]: "pending"},
)

case(
    name="tg-bulk-all-blocked",
    **{"from": "abuse@telegram.org"},
    date="Sat, 14 Sep 2024 06:01:17 +0000",
    subject=f"Re: [{R1}] Request for removal of illegal gambling content",
    reply_to_req=mid(R1),
    body=f"""
Hello,

All channels and posts listed in your request {R1} have been blocked for
violating the Telegram Terms of Service.

Kind regards,
Telegram Abuse Team
""",
    outcome="review",
    review="bulk",
    imitates="Telegram one-line bulk outcome",
    why="statement about all twelve items of a multi-item request without naming any",
    items={u: "pending" for u in TG.values()},
)

case(
    name="tg-promise-only",
    **{"from": "abuse@telegram.org"},
    date="Wed, 11 Sep 2024 07:22:45 +0000",
    subject=f"Re: [{R1}] Request for removal of illegal gambling content",
    reply_to_req=mid(R1),
    body=f"""
Thank you.

We will block {TG['n1185']} as soon as our moderators confirm that the
channel is the one described in your report. This normally takes a few
working days.

Telegram Abuse Team
""",
    outcome="review",
    review="not_understood",
    imitates="Telegram abuse-desk holding reply",
    why="names a requested item but only promises to block it",
    items={TG["n1185"]: "pending"},
)

case(
    name="tg-hedge-only",
    **{"from": "abuse@telegram.org"},
    date="Thu, 12 Sep 2024 16:48:03 +0000",
    subject=f"Re: [{R1}] Request for removal of illegal gambling content",
    reply_to_req=mid(R1),
    body=f"""
Hello,

Our logs show that {TG['b81']} may have been deleted by the channel
administrator before we reached it. We are unable to confirm this at the
moment and will check again.

Telegram Abuse Team
""",
    outcome="review",
    review="not_understood",
    imitates="Telegram abuse-desk uncertain reply",
    why="'may have been deleted' and 'unable to confirm' are hedges, not a status",
    items={TG["b81"]: "pending"},
)

case(
    name="tg-auth-fail",
    **{"from": "abuse@telegram.org"},
    auth="fail",
    date="Fri, 13 Sep 2024 03:33:33 +0000",
    subject=f"Re: [{R1}] Request for removal of illegal gambling content",
    reply_to_req=mid(R1),
    body=f"""
Hello,

We have removed the following content:

{TG['n1184']}
{TG['b78']}

Telegram Abuse Team
""",
    outcome="review",
    review="untrusted",
    imitates="Telegram abuse-desk outcome, but failing DKIM/SPF/DMARC",
    why="telegram.org From with dmarc=fail: nothing may change",
    items={TG["n1184"]: "pending", TG["b78"]: "pending"},
)

case(
    name="tg-out-of-office",
    **{"from": "m.orlov@telegram.org"},
    name_from="Mikhail Orlov",
    date="Tue, 10 Sep 2024 01:02:11 +0000",
    subject=f"Automatic reply: [{R1}] Request for removal of illegal gambling content",
    reply_to_req=mid(R1),
    extra_headers=AUTO,
    body="""
I am out of the office until 23 September with limited access to email.
For abuse reports please write to abuse@telegram.org; my colleagues there
will handle your message.

Mikhail
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook-style out-of-office reply",
    why="auto-reply (Auto-Submitted header, out-of-office text)",
    items={},
)

_tg_qp = f"""Hello,

Following your notice {R1}, we have restricted {TG['n1185']} for users in the Republic of Korea — the post remains visible to users in other countries.

We have not acted on {TG['priv']}: it points to a private group, and Telegram does not moderate private chats on request, so it remains as it is.

Telegram Abuse Team
"""
case(
    name="tg-qp-restricted-and-refused",
    **{"from": "abuse@telegram.org"},
    date="Sat, 14 Sep 2024 10:10:10 +0000",
    subject=f"Re: [{R1}] Request for removal of illegal gambling content",
    reply_to_req=mid(R1),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_tg_qp),
    outcome="applied",
    imitates="Telegram country-restriction notice, quoted-printable body",
    why="restricted for users in Korea -> restricted; 'not acted on ... remains' with its reason -> rejected",
    items={TG["n1185"]: "restricted", TG["priv"]: "rejected"},
)

case(
    name="tg-ticket-receipt",
    **{"from": "noreply@telegram.org"},
    name_from="Telegram Support",
    date="Tue, 10 Sep 2024 01:05:40 +0000",
    subject=f"Case #4410298: we received your report [{R1}]",
    reply_to_req=mid(R1),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Your report has been received and registered as Case #4410298.
Our team will review it. You do not need to send it again.

Please keep the case number in the subject line of any further message.

This is an automated message. Please do not reply.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="ticket-system receipt",
    why="pure acknowledgement with a case number, nothing about any item",
    items={},
)

case(
    name="tg-url-below-statement",
    **{"from": "abuse@telegram.org"},
    date="Sun, 15 Sep 2024 05:55:01 +0000",
    subject=f"Re: [{R1}] Request for removal of illegal gambling content",
    reply_to_req=mid(R1),
    body=f"""
Hello,

The following post has been removed for breaching our rules on the
promotion of illegal gambling:
{TG['h2203']}

The following post could not be found; it seems the channel deleted it
before our review:
{TG['b81']}

Best regards,
Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse-desk reply, statement line then URL line",
    why="each statement stands on the line above its URL; 'it seems' hedges only the reason, not 'could not be found'",
    items={TG["h2203"]: "removed", TG["b81"]: "not_found"},
)

case(
    name="tg-ack-plus-statements",
    **{"from": "abuse@telegram.org"},
    date="Tue, 10 Sep 2024 09:30:00 +0000",
    subject=f"Re: [{R1}] Request for removal of illegal gambling content (Case #4410377)",
    reply_to_req=mid(R1),
    body=f"""
Hello,

Thank you for your report (Case #4410377). We have received it and have
already blocked {TG['n1190']} and {TG['jack']}.

The remaining items are still being reviewed.

Telegram Abuse Team
""",
    outcome="applied",
    imitates="abuse-desk receipt that already carries outcomes",
    why="acknowledgement phrase plus an unhedged 'already blocked' for two named items",
    items={TG["n1190"]: "removed", TG["jack"]: "removed"},
)

# ================================================================ X
case(
    name="x-withheld-and-refused",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Thu, 12 Sep 2024 22:14:09 +0000",
    subject=f"Re: [{R2}] Request to remove illegal gambling promotion",
    reply_to_req=mid(R2),
    body=f"""
Hello,

We have reviewed your request ({R2}).

We have withheld the post {XR['m1']} in South Korea under local law. It
remains available outside South Korea.

We have not taken action on {XR['m2']}, as the post, which discusses
football statistics, does not promote gambling and does not violate the X
Rules or Korean law as far as we can determine.

Regards,
X Legal
""",
    outcome="applied",
    imitates="X legal-request outcome email (country withheld content)",
    why="withheld in South Korea -> restricted; 'not taken action ... does not violate' -> rejected",
    items={XR["m1"]: "restricted", XR["m2"]: "rejected"},
)

_req2 = request_lines(R2, list(XR.values()), "Dear X Legal team,")
case(
    name="x-statuses-by-position",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Fri, 13 Sep 2024 18:02:44 +0000",
    subject=f"Re: [{R2}] Request to remove illegal gambling promotion",
    reply_to_req=mid(R2),
    body="""
Hello,

We have reviewed the four items in your request below. Items 1 and 2 have
been withheld in South Korea. Item 3 does not violate the X Rules or
applicable law and we have not taken action on it. For item 4, the account
has been permanently suspended.

Regards,
X Legal

On Wed, Sep 11, 2024 at 9:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
""" + quoted(_req2),
    outcome="applied",
    imitates="X legal reply answering a numbered list by item number",
    why="statuses given by position; the numbers refer to the numbered list of the quoted request (same order as the request)",
    items={XR["m1"]: "restricted", XR["m2"]: "restricted", XR["sn"]: "rejected", XR["acct"]: "removed"},
)

case(
    name="x-sole-item-no-url",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Mon, 16 Sep 2024 01:20:00 +0000",
    subject=f"Re: [{R6}] Illegal lending advertisement",
    reply_to_req=mid(R6),
    body="""
Hello,

The reported post has been removed for violating the X Rules on financial
scams.

Thanks,
X Legal
""",
    outcome="applied",
    imitates="X legal outcome for a single-post request",
    why="one-item request: 'the reported post has been removed' applies to its only item",
    items={X6: "removed"},
)

case(
    name="x-negation-not-withheld-but-removed",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Sat, 14 Sep 2024 04:40:12 +0000",
    subject=f"Re: [{R2}] Request to remove illegal gambling promotion",
    reply_to_req=mid(R2),
    body=f"""
Hello,

To clarify our earlier automated notice: {XR['sn']} was not withheld in a
single country. It was removed globally for violating our rules on illegal
goods and services.

The account {XR['acct']} is not suspended at this time; our review of it is
ongoing.

X Legal
""",
    outcome="applied",
    imitates="X legal clarification after an automated notice",
    why="'not withheld ... removed globally' -> removed; 'not suspended at this time; review ongoing' -> still pending",
    items={XR["sn"]: "removed", XR["acct"]: "pending"},
)

case(
    name="x-table-contradicted-by-note",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Sun, 15 Sep 2024 12:00:30 +0000",
    subject=f"Re: [{R2}] Request to remove illegal gambling promotion",
    reply_to_req=mid(R2),
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Please find the result of our review of your request {R2} below.</p>
<table border="1" cellpadding="4">
<tr><th>Reported content</th><th>Action</th></tr>
<tr><td>{XR['m2']}</td><td>Withheld in: KR</td></tr>
</table>
<p>Our team reviewed this post and found that it does not violate the X Rules
or local law, so no action was taken on it.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="review",
    review="conflicting_statements",
    imitates="X legal outcome with a generated table and a free-text note",
    why="table row says withheld in KR, the note below says no action taken; neither says it corrects the other",
    items={XR["m2"]: "pending"},
)

case(
    name="x-outlook-removed-and-not-found",
    **{"from": "kr-legal@x.com"},
    name_from="Hana Seo (X Legal)",
    date="Mon, 16 Sep 2024 07:45:19 +0000",
    subject=f"RE: [{R2}] Request to remove illegal gambling promotion",
    reply_to_req=mid(R2),
    body=f"""
Dear KCSC team,

{XR['sn']} has been removed.

We were unable to locate the account {XR['acct']}. It may have been renamed
or deactivated before we received your request.

Best regards,
Hana Seo
Legal Operations, X

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 9:30 AM
To: X Legal <legal@x.com>
Subject: [{R2}] Request to remove illegal gambling promotion

""" + "\n".join(_req2),
    outcome="applied",
    imitates="Outlook reply with the original request below '-----Original Message-----'",
    why="'has been removed' -> removed; 'unable to locate' -> not_found (the guess about why is a hedge on the reason only)",
    items={XR["sn"]: "removed", XR["acct"]: "not_found", XR["m1"]: "pending"},
)

case(
    name="x-unknown-vendor",
    **{"from": "kr-desk@tnsdesk-global.com"},
    name_from="Trust & Safety Partner Desk",
    date="Fri, 13 Sep 2024 05:10:00 +0000",
    subject=f"Re: [{R2}] Request to remove illegal gambling promotion",
    reply_to_req=mid(R2),
    body=f"""
Hello,

On behalf of X Corp., we confirm that {XR['m1']} has been withheld in Korea.

Trust & Safety Partner Desk
""",
    outcome="review",
    review="unknown_sender",
    imitates="outsourced moderation vendor writing for a platform",
    why="sender domain belongs to no configured platform",
    items={XR["m1"]: "pending"},
)

_reminder = f"""Dear X Legal team,

This is a reminder about our request {R2}. The following items are still
open after the deadline:

{XR['sn']}
{XR['acct']}

KCSC Takedown Desk
"""
case(
    name="x-dsn-reminder-bounced",
    **{"from": "MAILER-DAEMON@mail.kcsc.example"},
    name_from="Mail Delivery System",
    date="Sat, 14 Sep 2024 09:00:05 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="DSN-0914-b150"

--DSN-0914-b150
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@x.com>: host mx1.x.com[203.0.113.25] said: 552 5.2.2 mailbox full
    (in reply to RCPT TO command)

--DSN-0914-b150
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
Arrival-Date: Sat, 14 Sep 2024 17:59:58 +0900 (KST)

Final-Recipient: rfc822; legal@x.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx1.x.com
Diagnostic-Code: smtp; 552 5.2.2 mailbox full

--DSN-0914-b150
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal@x.com
Subject: Reminder: [{R2}] items still open
Date: Sat, 14 Sep 2024 17:59:58 +0900
Message-ID: <reminder.{R2}.1@kcsc.example>
Content-Type: text/plain; charset=us-ascii

{_reminder}
--DSN-0914-b150--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN returning our reminder",
    why="delivery status notification; the URLs are in our own returned reminder",
    items={XR["sn"]: "pending", XR["acct"]: "pending"},
)

case(
    name="x-read-receipt",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Wed, 11 Sep 2024 03:01:12 +0000",
    subject=f"Read: [{R2}] Request to remove illegal gambling promotion",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="MDN-b150-x"

--MDN-b150-x
Content-Type: text/plain; charset=us-ascii

Your message

  To: legal@x.com
  Subject: [{R2}] Request to remove illegal gambling promotion
  Sent: Wednesday, September 11, 2024 9:30 AM

was read on Wednesday, September 11, 2024 12:01 PM.

--MDN-b150-x
Content-Type: message/disposition-notification

Reporting-UA: x.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@x.com
Original-Message-ID: <{mid(R2)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--MDN-b150-x--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="message disposition notification",
    items={},
)

# ================================================================ YouTube
case(
    name="yt-three-outcomes-bullets",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 08:31:27 +0000",
    subject=f"Re: [{R3}] Legal removal request - illegal gambling",
    reply_to_req=mid(R3),
    body=f"""
Hello,

Thanks for contacting YouTube. We have completed our review of the content
in your notice {R3}:

- {YT['q']} has been age-restricted. It can no longer be viewed by
  signed-out users or by users under 18.
- We've decided not to take action on {YT['b']}. The video, which shows
  footage of a licensed casino resort, does not violate our Community
  Guidelines.
- The channel {YT['ch']} has been terminated for repeated violations of our
  spam, deceptive practices and scams policy.

Regards,
The YouTube Team
""",
    outcome="applied",
    imitates="YouTube legal support outcome email",
    why="age-restricted -> restricted; 'decided not to take action ... does not violate' -> rejected; channel terminated -> removed",
    items={YT["q"]: "restricted", YT["b"]: "rejected", YT["ch"]: "removed"},
)

_yt_qp = f"""Hello,

In response to your legal notice {R3}, we've blocked the following content from view on YouTube in South Korea:

{YT['q']}

The uploader, who has been notified of this action, may file a counter-notification; if that happens we will let you know.

Sincerely,
The YouTube Legal Team
"""
case(
    name="yt-blocked-in-kr-qp",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 02:12:55 +0000",
    subject=f"Re: [{R3}] Legal removal request - illegal gambling",
    reply_to_req=mid(R3),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_yt_qp),
    outcome="applied",
    imitates="YouTube local-law block notice, quoted-printable",
    why="blocked from view in South Korea -> restricted; the counter-notification sentence is a condition, not a status",
    items={YT["q"]: "restricted"},
)

case(
    name="yt-actioned-phrase-shorts",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 03:03:03 +0000",
    subject=f"Re: [{R7}] Legal removal request - illegal gambling",
    reply_to_req=mid(R7),
    body=f"""
Hello,

The content at {YT7} has been actioned under our policies.

The YouTube Team
""",
    outcome="applied",
    imitates="YouTube short policy-outcome email",
    why="configured YouTube phrase 'has been actioned under our policies' means removed",
    items={YT7: "removed"},
)

case(
    name="yt-hedged-future",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 23:59:00 +0000",
    subject=f"Re: [{R3}] Legal removal request - illegal gambling",
    reply_to_req=mid(R3),
    body=f"""
Hello,

Following our review, {YT['b']} may be age-restricted once the uploader's
appeal window has closed. No action has been taken on it yet.

The YouTube Team
""",
    outcome="review",
    review="not_understood",
    imitates="YouTube interim reply",
    why="'may be age-restricted once ...' is conditional and 'no action yet' leaves it pending",
    items={YT["b"]: "pending"},
)

_csv = f"""url,action,policy
{YT['q']},Removed,Spam deceptive practices and scams
{YT['b']},Removed,Spam deceptive practices and scams
{YT['ch']},Not found,
"""
case(
    name="yt-csv-with-correction",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Sun, 15 Sep 2024 07:07:41 +0000",
    subject=f"Re: [{R3}] Legal removal request - illegal gambling",
    reply_to_req=mid(R3),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b150-yt-csv"

--b150-yt-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The outcome for each URL in your notice {R3} is in the attached sheet.

One correction to the sheet: the second video (b7XnE2wLs0c) was
age-restricted, not removed. The sheet was exported before the final
decision on that video.

The YouTube Team

--b150-yt-csv
Content-Type: text/csv; charset=utf-8; name="{R3}-results.csv"
Content-Disposition: attachment; filename="{R3}-results.csv"
Content-Transfer-Encoding: base64

{b64(_csv)}
--b150-yt-csv--
""",
    outcome="applied",
    imitates="YouTube bulk outcome sheet attached as CSV",
    why="CSV gives removed/removed/not found; the body explicitly corrects row 2 to age-restricted",
    items={YT["q"]: "removed", YT["b"]: "restricted", YT["ch"]: "not_found"},
)

case(
    name="yt-out-of-office",
    **{"from": "jisoohan@google.com"},
    name_from="Jisoo Han",
    date="Wed, 11 Sep 2024 05:00:02 +0000",
    subject=f"Out of Office: [{R3}] Legal removal request - illegal gambling",
    reply_to_req=mid(R3),
    extra_headers=AUTO,
    body="""
Hello,

I'm away for the Chuseok holidays until Monday, 23 September. Your email
will not be forwarded. For legal removal requests please use the usual
legal-kr@google.com address.

Jisoo
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Gmail vacation responder",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="yt-all-content-one-item",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 10:15:00 +0000",
    subject=f"Re: [{R7}] Legal removal request - illegal gambling",
    reply_to_req=mid(R7),
    body="""
Hi,

All the content reported in your notice has been removed from YouTube.

The YouTube Team
""",
    outcome="applied",
    imitates="YouTube bulk outcome line",
    why="bulk wording, but the request has a single item, so it applies to it",
    items={YT7: "removed"},
)

case(
    name="yt-second-review-revises",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 06:20:33 +0000",
    subject=f"Re: [{R3}] Legal removal request - illegal gambling",
    reply_to_req=mid(R3),
    body=f"""
Hello,

When we first looked at {YT['b']} we applied an age restriction. Our legal
team has since reviewed it again, and the video has now been removed from
YouTube globally.

{YT['q']} remains available: we did not find that it violates local law or
our Community Guidelines.

The YouTube Team
""",
    outcome="applied",
    imitates="YouTube legal follow-up after a second review",
    why="first sentence (age restriction) is superseded by 'has now been removed'; the other video stays up with a reason",
    items={YT["b"]: "removed", YT["q"]: "rejected"},
)

case(
    name="google-says-other-platform-url",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 04:44:44 +0000",
    subject="Re: Your legal request to YouTube",
    body=f"""
Hello,

The URL {XR['m2']} listed in your message does not point to a Google
product. We could not locate it on YouTube and cannot take action on it.
Please contact the site that hosts it.

The YouTube Team
""",
    outcome="review",
    review="wrong_platform",
    imitates="Google legal reply 'URL is not a Google product'",
    why="a YouTube/Google sender stating not found for an X item",
    items={XR["m2"]: "pending"},
)

# ================================================================ NAVER
case(
    name="naver-mixed-korean-sentence",
    **{"from": "right@navercorp.com"},
    date="Fri, 13 Sep 2024 06:30:00 +0000",
    subject=subj(f"[NAVER] 게시중단 요청({R4}) 처리 결과 안내"),
    reply_to_req=mid(R4),
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 건({R4})의 처리 결과를 안내드립니다.

요청하신 게시물 중 {NV['p1']} 는 게시중단 조치하였고, {NV['p2']} 는 작성자가 이미 삭제하여 확인되지 않습니다.
<{NV['c1']}>은 현재 검토 중이며, 결과가 나오는 대로 다시 알려드리겠습니다.

감사합니다.
네이버 권리보호센터
""",
    outcome="applied",
    imitates="NAVER 게시중단 처리 결과 안내 메일",
    why="one Korean sentence: 게시중단 (removed) then 작성자가 이미 삭제 (not_found); the third item is 검토 중",
    items={NV["p1"]: "removed", NV["p2"]: "not_found", NV["c1"]: "pending"},
)

gb_html = NV["gb"].replace("&", "&amp;")
case(
    name="naver-html-table",
    **{"from": "right@navercorp.com"},
    date="Fri, 13 Sep 2024 09:10:00 +0000",
    subject=subj(f"[NAVER] 시정요구 조치결과 회신 ({R4})"),
    reply_to_req=mid(R4),
    type="html",
    body=f"""
<html><body>
<p>안녕하세요. 네이버 권리보호센터입니다.</p>
<p>시정요구({R4})에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td><a href="{NV['c1']}">{NV['c1']}</a></td><td>게시중단</td><td>불법 도박 홍보</td></tr>
<tr><td>2</td><td><a href="{NV['c2']}">{NV['c2']}</a></td><td>임시조치(30일)</td><td>위법 여부 판단 보류</td></tr>
<tr><td>3</td><td><a href="{gb_html}">{gb_html}</a></td><td>조치 불가</td><td>운영정책 위반 사항 없음</td></tr>
</table>
<p>감사합니다.</p>
</body></html>
""",
    outcome="applied",
    imitates="Korean 시정요구 조치결과 table (HTML)",
    why="게시중단 -> removed; 임시조치 -> restricted; 조치 불가 with 위반 사항 없음 -> rejected",
    items={NV["c1"]: "removed", NV["c2"]: "restricted", NV["gb"]: "rejected"},
)

case(
    name="naver-temporary-measure-promised",
    **{"from": "right@navercorp.com"},
    date="Thu, 12 Sep 2024 08:00:00 +0000",
    subject=subj(f"[NAVER] 게시중단 요청({R4}) 검토 안내"),
    reply_to_req=mid(R4),
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

요청하신 {NV['c2']} 게시물은 현재 권리침해 여부를 검토하고 있으며, 검토 결과에 따라 임시조치될 예정입니다.
처리가 완료되면 별도로 안내드리겠습니다.

감사합니다.
""",
    outcome="review",
    review="not_understood",
    imitates="NAVER 검토 중 안내",
    why="검토 중 and 임시조치될 예정 (will be) are not statements",
    items={NV["c2"]: "pending"},
)

case(
    name="naver-revision-blind-to-temporary",
    **{"from": "right@navercorp.com"},
    date="Sat, 14 Sep 2024 01:25:00 +0000",
    subject=subj(f"[NAVER] 처리 결과 정정 안내 ({R4})"),
    reply_to_req=mid(R4),
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

9월 13일 발송한 메일에서 {NV['c2']} 게시물을 블라인드 처리했다고 안내드렸으나, 확인 결과 해당 게시물은 블라인드가 아닌 임시조치(30일간 접근 제한) 상태입니다.

혼선을 드려 죄송합니다.
""",
    outcome="applied",
    imitates="NAVER 처리 결과 정정 안내",
    why="earlier 블라인드 (removed) is corrected: the post is under 임시조치 (restricted)",
    items={NV["c2"]: "restricted"},
)

case(
    name="naver-receipt",
    **{"from": "noreply@navercorp.com"},
    date="Thu, 12 Sep 2024 01:01:30 +0000",
    subject=subj(f"[NAVER] 게시중단 요청 접수 완료 ({R4})"),
    reply_to_req=mid(R4),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. 네이버 권리보호센터입니다.

게시중단 요청이 정상적으로 접수되었습니다.
접수번호: 2024-0912-55821

처리 결과는 영업일 기준 3일 이내에 메일로 안내드립니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="NAVER 접수 완료 자동 메일",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="naver-asks-for-decision-document",
    **{"from": "right@navercorp.com"},
    date="Fri, 13 Sep 2024 02:45:00 +0000",
    subject=subj(f"[NAVER] 게시중단 요청({R4}) 관련 추가 자료 요청"),
    reply_to_req=mid(R4),
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

요청하신 {NV['gb']} 게시물에 대해 조치하려면, 해당 게시물이 불법정보에 해당한다는 심의 의결서 사본이 필요합니다.
의결서를 이 메일에 회신해 주시면 검토 후 처리하겠습니다.

감사합니다.
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="NAVER 추가 소명자료 요청",
    why="platform asks for the decision document before acting",
    items={NV["gb"]: "pending"},
)

_nv_b64 = f"""안녕하세요, 네이버 권리보호센터입니다.

{NV['c1']} 게시물은 삭제하지 않았습니다. 검토 결과 해당 게시물은 스포츠 경기 결과를 공유하는 글로, 운영정책에 위반되지 않아 게시를 유지합니다.

{NV['gb']} 게시물은 비공개 처리되었습니다.

감사합니다.
"""
case(
    name="naver-base64-negation",
    **{"from": "right@navercorp.com"},
    date="Mon, 16 Sep 2024 05:05:05 +0000",
    subject=subj(f"[NAVER] 게시중단 요청({R4}) 처리 결과"),
    reply_to_req=mid(R4),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_nv_b64),
    outcome="applied",
    imitates="NAVER 처리 결과 메일, base64 body",
    why="삭제하지 않았습니다 ... 게시를 유지 -> rejected (negated removal); 비공개 처리 -> removed",
    items={NV["c1"]: "rejected", NV["gb"]: "removed"},
)

case(
    name="naver-numbered-status-below",
    **{"from": "right@navercorp.com"},
    date="Tue, 17 Sep 2024 00:40:00 +0000",
    subject=subj(f"RE: [{R4}] 불법 의약품 판매 게시물 시정요구"),
    reply_to_req=mid(R4),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.
요청하신 게시물의 처리 현황입니다.

1) {NV['p1']}
   → 게시중단 완료
2) {NV['p2']}
   → 해당 게시물 없음(작성자 삭제)
3) {NV['c2']}
   → 임시조치 예정 (게시자 소명 기간 진행 중)

감사합니다.
""",
    outcome="applied",
    imitates="NAVER 처리 현황 목록 (status under each URL)",
    why="status on the line below each URL; the third is only 예정 (planned)",
    items={NV["p1"]: "removed", NV["p2"]: "not_found", NV["c2"]: "pending"},
)

# ================================================================ Kakao
case(
    name="kakao-tistory-raw-korean-url",
    **{"from": "right@kakaocorp.com"},
    name_from="Kakao",
    date="Fri, 13 Sep 2024 07:00:00 +0000",
    subject=subj(f"[카카오] 권리침해 신고 처리 결과 안내 ({R5})"),
    reply_to_req=mid(R5),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.
신고하신 티스토리 게시물에 대한 처리 결과를 알려드립니다.

■ 대상: {TISTORY_KO_RAW}
■ 결과: 임시조치 (30일간 접근 차단)

■ 대상: {KK['t12']}
■ 결과: 삭제

임시조치된 게시물은 게시자의 재게시 요청이 없으면 30일 후 삭제됩니다.

카카오 권리침해신고센터
""",
    outcome="applied",
    imitates="Kakao/Daum 권리침해신고 임시조치 결과 안내",
    why="raw Korean path matches the percent-encoded URL; 임시조치 -> restricted; 삭제 -> removed; last sentence is conditional",
    items={KK["ko"]: "restricted", KK["t12"]: "removed"},
)

case(
    name="kakao-daum-cafe-refusal",
    **{"from": "cs-noreply@daum.net"},
    name_from="Daum",
    date="Sat, 14 Sep 2024 03:30:00 +0000",
    subject=subj(f"[Daum] 신고 게시물 검토 결과 ({R5})"),
    reply_to_req=mid(R5),
    body=f"""
안녕하세요. Daum 고객센터입니다.

신고하신 {KK['cafe']} 게시물은 삭제하지 않았습니다.
해당 글은 복권 당첨번호 통계를 정리한 글로, 불법 사행성 정보로 보기 어려워 게시를 유지합니다.

재검토를 원하시면 심의 결정문을 첨부하여 다시 신고해 주시기 바랍니다.

감사합니다.
""",
    outcome="applied",
    imitates="Daum 신고 검토 결과 (no action, with reason)",
    why="refusal with reason -> rejected; the invitation to resubmit does not undo the decision",
    items={KK["cafe"]: "rejected"},
)

case(
    name="kakao-fullwidth-colon",
    **{"from": "right@kakaocorp.com"},
    name_from="Kakao",
    date="Mon, 16 Sep 2024 02:00:00 +0000",
    subject=subj(f"[카카오] 권리침해 신고 처리 결과 안내 ({R5})"),
    reply_to_req=mid(R5),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

{KK['cafe']} ： 카페가 폐쇄되어 게시물을 확인할 수 없습니다.
{KK['t12']}：블라인드 처리 완료
{KK['ko']} ： 블라인드 처리 완료 (게시자가 이의를 제기하면 복원될 수 있습니다)

감사합니다.
""",
    outcome="applied",
    imitates="Kakao 처리 결과, URL followed by full-width colon",
    why="카페 폐쇄로 확인 불가 -> not_found; 블라인드 -> removed (the restore condition is only a possibility)",
    items={KK["cafe"]: "not_found", KK["t12"]: "removed", KK["ko"]: "removed"},
)

case(
    name="kakao-read-receipt",
    **{"from": "right@kakaocorp.com"},
    name_from="Kakao",
    date="Thu, 12 Sep 2024 06:10:00 +0000",
    subject=subj(f"읽음: [{R5}] 성매매 알선 게시물 시정요구"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="MDN-b150-kakao"

--MDN-b150-kakao
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.
받는 사람: right@kakaocorp.com
읽은 시간: 2024-09-12 15:10

--MDN-b150-kakao
Content-Type: message/disposition-notification

Reporting-UA: kakaocorp.com; Kakao Mail
Final-Recipient: rfc822;right@kakaocorp.com
Original-Message-ID: <{mid(R5)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--MDN-b150-kakao--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Korean webmail read receipt (MDN)",
    why="message disposition notification",
    items={},
)

case(
    name="kakao-no-claims-address-change",
    **{"from": "right@kakaocorp.com"},
    name_from="Kakao",
    date="Wed, 18 Sep 2024 01:00:00 +0000",
    subject=subj("[카카오] 기관 요청 접수 창구 변경 안내"),
    body="""
안녕하세요. 카카오 권리침해신고센터입니다.

2024년 10월 1일부터 공공기관의 게시물 시정요구는 아래 전용 주소로만 접수됩니다.

새 접수 주소: gov-request@kakaocorp.com

기존 주소로 보내신 요청도 9월 30일까지는 정상 처리됩니다.
감사합니다.
""",
    outcome="review",
    review="no_claims",
    imitates="Kakao 접수 창구 변경 공지",
    why="trusted platform mail naming no item and no request",
    items={},
)


HEADER = """# Blind set 150 (tests/corpus/blind150/): what a program gets wrong.
# Written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind150", HEADER, cases)
    from collections import Counter
    print(len(cases), Counter(c["outcome"] for c in cases))
