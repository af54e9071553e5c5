#!/usr/bin/env python3
"""Blind set 352: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, plus Snapchat, Pinterest and Telegram as
senders only): help-centre outcome templates, DSA-style decisions and
legal-removal replies.

Written from each email's meaning alone, before any run of the reader.
Deterministic: `python3 tests/corpus/blind352/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "instagram.com": "Instagram",
    "facebookmail.com": "Facebook",
    "tiktok.com": "TikTok",
    "reddit.com": "Reddit",
    "discord.com": "Discord",
    "twitch.tv": "Twitch",
    "snapchat.com": "Snapchat Support",
    "pinterest.com": "Pinterest Support",
})

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/moonlit_ledger/status/1832011000000000101",   # 0
    "https://x.com/moonlit_ledger/status/1832011000000000102",   # 1
    "https://x.com/grey_pavilion/status/1832011000000000203",    # 2
    "https://x.com/grey_pavilion/status/1832011000000000204",    # 3
    "https://x.com/tidal_kiosk77/status/1832011000000000305",    # 4
    "https://x.com/tidal_kiosk77",                               # 5
    "https://x.com/ember_vault_kr/status/1832011000000000407",   # 6
    "https://x.com/ember_vault_kr/status/1832011000000000408",   # 7
    "https://x.com/ember_vault_kr/status/1832011000000000409",   # 8
    "https://x.com/quietfern_22/status/1832011000000000510",     # 9
    "https://x.com/quietfern_22/status/1832011000000000511",     # 10
    "https://x.com/nightowl_bazaar/status/1832011000000000612",  # 11
    "https://x.com/nightowl_bazaar/status/1832011000000000613",  # 12
    "https://x.com/paperlantern_9/status/1832011000000000714",   # 13
]
YT = [
    "https://www.youtube.com/watch?v=Qm7rT2vLx0a",
    "https://www.youtube.com/watch?v=bH4nW9ePz3k",
    "https://www.youtube.com/shorts/Zr8cK1uYt5m",
    "https://www.youtube.com/@drifting_signal_tv",
]
META = [
    "https://www.facebook.com/groups/4471203398812/posts/4471209911021/",
    "https://www.facebook.com/sunrise.tradepost.kr/posts/812233904417765",
    "https://www.instagram.com/p/C9xLm2QrT4b/",
    "https://www.instagram.com/reel/C9yBv7NsK1w/",
    "https://www.instagram.com/hollow_orchard.kr/",
]
TT = [
    "https://www.tiktok.com/@velvet.static/video/7410223344556677881",
    "https://www.tiktok.com/@velvet.static/video/7410223344556677882",
    "https://www.tiktok.com/@coppermoth_kr/video/7411998877665544330",
]
RD = [
    "https://www.reddit.com/r/korea_deals_free/comments/1f3kq7x/cheap_accounts_dm_me/",
    "https://www.reddit.com/user/ashen_kettle/comments/1f4mz2b/files_link_inside/",
]
DC = ["https://discord.gg/Tq8bXw3R"]
TW = [
    "https://www.twitch.tv/videos/2243118876",
    "https://www.twitch.tv/hazelforge_live",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240909-01", "x", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00", X,
     "gambling", "batch of illegal gambling promotion posts and one account"),
    ("KCSC-240910-02", "youtube", "2024-09-10T11:30:00+09:00", "2024-09-17T23:59:59+09:00", YT,
     "fraud", "investment fraud videos and channel"),
    ("KCSC-240910-03", "meta", "2024-09-10T15:00:00+09:00", "2024-09-17T23:59:59+09:00", META,
     "drugs", "Facebook and Instagram drug sale posts"),
    ("KCSC-240911-04", "tiktok", "2024-09-11T09:20:00+09:00", "2024-09-18T23:59:59+09:00", TT,
     "obscenity", "three videos"),
    ("KCSC-240911-05", "reddit", "2024-09-11T14:10:00+09:00", "2024-09-18T23:59:59+09:00", RD,
     "personal_data", "sale of stolen accounts"),
    ("KCSC-240912-06", "discord", "2024-09-12T10:05:00+09:00", "2024-09-19T23:59:59+09:00", DC,
     "obscenity", "server invite"),
    ("KCSC-240912-07", "twitch", "2024-09-12T16:40:00+09:00", "2024-09-19T23:59:59+09:00", TW,
     "gambling", "VOD and channel"),
]
REQ = {r[0]: r for r in REQUESTS}


def msgid(ref):
    return "req-" + ref[5:].lower() + "@kcsc.example"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


PLATFORM_TEAM = {
    "x": "X Legal", "youtube": "YouTube Legal Support", "meta": "Meta",
    "tiktok": "TikTok", "reddit": "Reddit Legal", "discord": "Discord Trust & Safety",
    "twitch": "Twitch Legal",
}
SENT_LINE = {
    "KCSC-240909-01": ("Mon, 9 Sep 2024 at 10:00", "Monday, September 9, 2024 10:00 AM"),
    "KCSC-240910-02": ("Tue, 10 Sep 2024 at 11:30", "Tuesday, September 10, 2024 11:30 AM"),
    "KCSC-240910-03": ("Tue, 10 Sep 2024 at 15:00", "Tuesday, September 10, 2024 3:00 PM"),
    "KCSC-240911-05": ("Wed, 11 Sep 2024 at 14:10", "Wednesday, September 11, 2024 2:10 PM"),
}


def request_text(ref):
    _, plat, _, due, urls, _, _ = REQ[ref]
    lines = [
        f"Dear {PLATFORM_TEAM[plat]} team,",
        "",
        "The Korea Communications Standards Commission (KCSC) has found the",
        "content below to be illegal under Article 44-7 of the Information and",
        "Communications Network Act and requests its removal or blocking.",
        "",
        f"Reference: {ref}",
        f"Deadline: {due[:10]}",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please reply to this address quoting the reference above.", "",
              "KCSC Takedown Desk", "takedown@kcsc.example"]
    return lines


def gmail_quote(ref):
    when = SENT_LINE[ref][0]
    out = [f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:"]
    out += [("> " + l) if l else ">" for l in request_text(ref)]
    return "\n".join(out)


def outlook_quote(ref, to):
    when = SENT_LINE[ref][1]
    out = ["-----Original Message-----",
           "From: KCSC Takedown <takedown@kcsc.example>",
           f"Sent: {when}",
           f"To: {to}",
           f"Subject: [{ref}] Request for removal of illegal content",
           ""]
    out += request_text(ref)
    return "\n".join(out)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def dsn(boundary, explanation, status_block, orig_headers):
    return f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="{boundary}"

This is a MIME-encapsulated message.

--{boundary}
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

{explanation}

--{boundary}
Content-Type: message/delivery-status
Content-Description: Delivery report

{status_block}

--{boundary}
Content-Type: text/rfc822-headers
Content-Description: Undelivered Message Headers

{orig_headers}

--{boundary}--
"""


def orig_request_headers(ref, to):
    return (f"From: KCSC Takedown <takedown@kcsc.example>\n"
            f"To: {to}\n"
            f"Subject: [{ref}] Request for removal of illegal content\n"
            f"Message-ID: <{msgid(ref)}>\n"
            f"Date: {RFC_SENT[ref]}")


RFC_SENT = {
    "KCSC-240909-01": "Mon, 9 Sep 2024 10:00:00 +0900",
    "KCSC-240911-05": "Wed, 11 Sep 2024 14:10:00 +0900",
}


CASES = []


def case(**kw):
    CASES.append(kw)


# ====================================================================== X
case(
    name="x-legal-withheld-and-removed-list",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome email (Country Withheld Content + X Rules removal)",
    why="bulleted list: two posts withheld in South Korea, one removed globally; the rest promised later",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed"},
    **{"from": "noreply-legal@x.com", "date": "Wed, 11 Sep 2024 07:14:52 +0000",
       "subject": "Re: Removal request KCSC-240909-01 [ref:LR-2024-0911-5521]",
       "reply_to_req": "req-240909-01"},
    body=f"""
Hello,

We have reviewed the request submitted by the Korea Communications
Standards Commission (reference KCSC-240909-01).

After review, X has taken the following actions:

- {X[0]} : withheld in South Korea in response to a legal demand (Country Withheld Content)
- {X[1]} : withheld in South Korea
- {X[2]} : removed globally for violating the X Rules (illegal or certain regulated goods and services)

The remaining items in your request are still being assessed and you will
receive a separate response for them.

Affected account holders have been notified unless we are prohibited from
doing so. A copy of withholding requests may be sent to Lumen
(https://lumendatabase.org) for publication.

Regards,
X Legal
""")

case(
    name="x-no-violation-top-posted",
    outcome="applied", classification="confirmation",
    imitates="X legal operations refusal, top-posted over the Gmail-quoted request",
    why="two posts named above the quote are refused (no violation, unlawfulness not established); quoted list is ours",
    items={X[3]: "rejected", X[4]: "rejected"},
    **{"from": "dana.whitcombe@x.com", "name_from": "Dana Whitcombe",
       "date": "Thu, 12 Sep 2024 02:40:10 +0000",
       "subject": "Re: [KCSC-240909-01] Request for removal of illegal content",
       "reply_to_req": "req-240909-01"},
    body=f"""
Hi KCSC team,

Following our review of the two posts below, we have concluded that neither
breaks the X Rules, and the information provided does not establish that
they are unlawful in Korea. X is therefore declining to take action on them:

{X[3]}
{X[4]}

If you hold a court order or a more detailed legal analysis for these two
posts, you are welcome to share it with us.

Best,
Dana Whitcombe
Legal Operations, X Corp.

{gmail_quote("KCSC-240909-01")}
""")

case(
    name="x-account-suspended",
    outcome="applied", classification="confirmation",
    imitates="X support 'we took action on the account you reported' notice",
    why="the reported account was permanently suspended and is no longer visible: removed",
    items={X[5]: "removed"},
    **{"from": "support@x.com", "date": "Thu, 12 Sep 2024 11:22:05 +0000",
       "subject": "Case# 0923114: Update on your report"},
    body=f"""
Hello,

Thank you for bringing this account to our attention.

We looked into the account you reported, {X[5]}, and found
that it was in violation of the X Rules on platform manipulation and spam.
The account has been permanently suspended and is no longer visible on X.

Your reference: KCSC-240909-01

Thanks,
X
""")

case(
    name="x-bare-urls-status-below",
    outcome="applied", classification="confirmation",
    imitates="legal-ops partial response: bare URL with a Status line below",
    why="two posts withheld in KR, one already deleted by its holder before review (not_found)",
    items={X[6]: "restricted", X[7]: "restricted", X[8]: "not_found"},
    **{"from": "legal-ops@x.com", "name_from": "X Legal Operations",
       "date": "Fri, 13 Sep 2024 09:03:40 +0000",
       "subject": "KCSC-240909-01 - partial response"},
    body=f"""
Dear Sir/Madam,

Please find below our response for three of the URLs in your request
KCSC-240909-01.

{X[6]}
Status: Withheld in KR

{X[7]}
Status: Withheld in KR

{X[8]}
Status: Not found - the post had already been deleted by the account holder before our review.

Kind regards,
Legal Operations
X Corp.
""")

case(
    name="x-html-table",
    outcome="applied", classification="confirmation", type="html",
    imitates="X legal outcome sent as an HTML table (Reported URL / Action taken / Reason)",
    why="table rows: removed, no action (not in violation), withheld in South Korea",
    items={X[9]: "removed", X[10]: "rejected", X[11]: "restricted"},
    **{"from": "noreply-legal@x.com", "date": "Fri, 13 Sep 2024 15:48:19 +0000",
       "subject": "Your request KCSC-240909-01: outcome"},
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Our review of request <b>KCSC-240909-01</b> is complete for the posts listed below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Action taken</th><th>Reason</th></tr>
<tr><td><a href="{X[9]}">{X[9]}</a></td><td>Removed</td><td>Violation of the X Rules: illegal or certain regulated goods or services</td></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>No action</td><td>Not in violation of the X Rules or local law</td></tr>
<tr><td><a href="{X[11]}">{X[11]}</a></td><td>Withheld in South Korea</td><td>Country Withheld Content (local law)</td></tr>
</table>
<p>More information is available in our <a href="https://help.x.com/en/rules-and-policies/x-legal-faqs">Legal request FAQs</a>.</p>
<p>X Legal</p>
</body></html>
""")

_csv = (
    "reported_url,action,scope,policy\r\n"
    f"{X[12]},withheld,KR,Local law - country withheld content\r\n"
    f"{X[13]},removed,global,Illegal or certain regulated goods or services\r\n"
)
case(
    name="x-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="X legal batch outcome with a CSV report attached",
    why="CSV rows: one post withheld in KR, one removed globally",
    items={X[12]: "restricted", X[13]: "removed"},
    **{"from": "noreply-legal@x.com", "date": "Sat, 14 Sep 2024 03:12:44 +0000",
       "subject": "Outcome report - KCSC-240909-01"},
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_xlr_8812"

--=_xlr_8812
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Attached is the outcome report for two further items of your request
KCSC-240909-01. Each row gives the reported URL and the action taken.

X Legal

--=_xlr_8812
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240909-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_csv)}
--=_xlr_8812--
""")

case(
    name="x-promise-conditional",
    outcome="review", review="not_understood",
    imitates="X legal 'we are reviewing, will withhold if unlawful' holding reply",
    why="names two posts but only says they are being reviewed and will be withheld if found unlawful",
    items={X[0]: "pending", X[1]: "pending"},
    **{"from": "legal-ops@x.com", "name_from": "X Legal Operations",
       "date": "Tue, 10 Sep 2024 06:30:00 +0000",
       "subject": "Re: [KCSC-240909-01] Request for removal of illegal content",
       "reply_to_req": "req-240909-01"},
    body=f"""
Hello,

Thank you for your request KCSC-240909-01. Our team is currently assessing
the following posts against local law:

  {X[0]}
  {X[1]}

If we determine that the posts are unlawful in Korea, they will be withheld
in that country and we will confirm this to you. We aim to respond within
five business days.

Regards,
X Legal Operations
""")

case(
    name="x-bulk-all-withheld",
    outcome="review", review="bulk",
    imitates="X legal one-line batch confirmation covering a whole request",
    why="'all of the posts and the account reported' for a 14-item request without naming any: bulk",
    items={u: "pending" for u in X},
    **{"from": "noreply-legal@x.com", "date": "Mon, 16 Sep 2024 01:05:33 +0000",
       "subject": "Re: Removal request KCSC-240909-01",
       "reply_to_req": "req-240909-01"},
    body="""
Hello,

We are writing to let you know that we have withheld all of the posts and
the account reported in your request KCSC-240909-01 in South Korea, in
response to your legal demand.

Regards,
X Legal
""")

case(
    name="x-forged-dmarc-fail",
    outcome="review", review="untrusted",
    auth="fail",
    imitates="X legal confirmation whose DKIM/SPF/DMARC fail (spoofed x.com)",
    why="claims removal of two posts but the x.com sender fails authentication",
    items={X[0]: "pending", X[1]: "pending"},
    **{"from": "legal@x.com", "date": "Sun, 15 Sep 2024 22:41:09 +0000",
       "subject": "RE: KCSC-240909-01 completed"},
    body=f"""
Dear KCSC,

We confirm the following posts were removed today:

{X[0]}
{X[1]}

Regards,
X Legal Team
""")

case(
    name="x-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Exchange automatic reply from a legal staffer",
    why="out-of-office auto-reply, says nothing about items",
    **{"from": "dana.whitcombe@x.com", "name_from": "Dana Whitcombe",
       "date": "Mon, 9 Sep 2024 01:00:41 +0000",
       "subject": "Automatic reply: [KCSC-240909-01] Request for removal of illegal content",
       "reply_to_req": "req-240909-01",
       "extra_headers": ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]},
    body="""
Thank you for your email. I am out of the office until Monday, 23 September,
with limited access to email.

For urgent legal requests please use the legal request portal, which is
monitored every day. Otherwise I will respond when I return.

Dana
""")

case(
    name="x-dsn-user-unknown",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (550 5.1.1 user unknown)",
    why="our request to a wrong X address bounced; a DSN is never a statement",
    **{"from": "MAILER-DAEMON@mail.x.com", "name_from": "Mail Delivery System",
       "date": "Mon, 9 Sep 2024 01:00:12 +0000",
       "subject": "Undelivered Mail Returned to Sender"},
    raw_mime=dsn(
        "B1C2D3E4.1725843612/mail.x.com",
        """This is the mail system at host mail.x.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@x.com>: host mail.x.com[198.51.100.40] said: 550 5.1.1
    <legal-kr@x.com>: Recipient address rejected: User unknown""",
        """Reporting-MTA: dns; mail.x.com
Arrival-Date: Mon,  9 Sep 2024 01:00:10 +0000

Final-Recipient: rfc822; legal-kr@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@x.com>: Recipient address rejected: User unknown""",
        orig_request_headers("KCSC-240909-01", "legal-kr@x.com")))

case(
    name="x-hedged-appears-may-have",
    outcome="review", review="not_understood",
    imitates="legal-ops reply with unverified observations about two posts",
    why="'appears to be no longer available' and 'may have been removed' are hedges, not statements",
    items={X[2]: "pending", X[3]: "pending"},
    **{"from": "legal-ops@x.com", "name_from": "X Legal Operations",
       "date": "Wed, 11 Sep 2024 13:55:02 +0000",
       "subject": "Re: KCSC-240909-01"},
    body=f"""
Hello,

A quick note on two of the items in KCSC-240909-01.

Regarding {X[2]}, it appears that this post is no longer available on the
platform. The post at {X[3]} may have been removed by its author, but we
have not been able to confirm this with our tools yet.

We will write again once we have confirmed the status of both.

Best,
Legal Operations
""")

case(
    name="x-outlook-angle-brackets",
    outcome="applied", classification="confirmation",
    imitates="X Korea staff reply in Outlook style over the unprefixed original request",
    why="one post in angle brackets withheld in Korea; the Outlook-quoted request below is ours",
    items={X[10]: "restricted"},
    **{"from": "soyeon.kim@x.com", "name_from": "\"Kim, Soyeon\"",
       "date": "Fri, 13 Sep 2024 05:17:30 +0000",
       "subject": "RE: [KCSC-240909-01] Request for removal of illegal content",
       "reply_to_req": "req-240909-01"},
    body=f"""
Hello,

The following post has been withheld in the Republic of Korea as of today:
<{X[10]}>

We are still working through the rest of the request.

Best regards,
Soyeon Kim | Government Affairs, X Korea

{outlook_quote("KCSC-240909-01", "legal@x.com")}
""")

case(
    name="x-legal-request-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal request portal submission receipt",
    why="confirms receipt and gives a case number, nothing about any item",
    **{"from": "noreply@x.com", "name_from": "X Legal",
       "date": "Mon, 9 Sep 2024 01:02:18 +0000",
       "subject": "We received your legal request [0923114-LR]"},
    body="""
Thank you for contacting X.

This confirms that we have received your submission (the reference you
provided: KCSC-240909-01). Our case number is 0923114-LR; please quote it in
any further correspondence about this matter.

Requests are reviewed in the order they are received. This mailbox is not
monitored, so please do not reply to this message.

X Legal
""")

case(
    name="x-echoed-report-outcomes",
    outcome="applied", classification="confirmation",
    imitates="X report-resolution notice echoing each report's fields (Report ID / Reported content / Outcome)",
    why="two echoed reports: one removed, one 'no violation found, no action taken'",
    items={X[11]: "removed", X[12]: "rejected"},
    **{"from": "notify@x.com", "name_from": "X",
       "date": "Tue, 17 Sep 2024 08:26:51 +0000",
       "subject": "Your reports have been resolved"},
    body=f"""
Your reports have been resolved
-------------------------------

Report ID: 0917-66210
Your reference: KCSC-240909-01
Reported content: {X[11]}
Reported for: Illegal content (Republic of Korea)
Outcome: Removed. This post violated the X Rules and is no longer available.

Report ID: 0917-66211
Your reference: KCSC-240909-01
Reported content: {X[12]}
Reported for: Illegal content (Republic of Korea)
Outcome: No violation found. No action was taken.

Thank you for helping keep X safe.
""")

case(
    name="x-fullwidth-punctuation",
    outcome="applied", classification="confirmation",
    imitates="X Korea staffer's English reply typed with full-width punctuation",
    why="numbered list with full-width brackets/colons: one withheld in Korea, one removed globally",
    items={X[13]: "restricted", X[0]: "removed"},
    **{"from": "jiwoo.han@x.com", "name_from": "Jiwoo Han",
       "date": "Wed, 18 Sep 2024 02:09:14 +0000",
       "subject": "Update on KCSC-240909-01"},
    body=f"""
Dear KCSC,

Update on KCSC-240909-01（2 posts）：

1）withheld in Korea：{X[13]}；
2）removed globally, violation of the X Rules：（{X[0]}）。

Best regards,
Jiwoo Han
X Korea
""")

# ================================================================ YouTube
case(
    name="yt-legal-blocked-kr",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal complaint outcome: content blocked from view in a country",
    why="two videos blocked from being viewed in South Korea; help-centre link is not an item",
    items={YT[0]: "restricted", YT[1]: "restricted"},
    **{"from": "legal-support@youtube.com", "name_from": "YouTube Legal Support",
       "date": "Wed, 11 Sep 2024 09:41:27 +0000",
       "subject": "Re: [1-7209384001523] KCSC-240910-02 legal complaint",
       "reply_to_req": "req-240910-02"},
    body=f"""
Hello,

Thanks for reaching out to us.

After reviewing your legal complaint, we've blocked the following content
from being viewed on YouTube in South Korea:

{YT[0]}
{YT[1]}

The content remains available in other countries. To learn more about how we
handle legal removals, see https://support.google.com/youtube/answer/6154230.

Regards,
The YouTube Team
""")

case(
    name="yt-removed-and-channel-terminated",
    outcome="applied", classification="confirmation",
    imitates="YouTube Community Guidelines removal plus channel termination notice to a reporter",
    why="a Short removed for violating guidelines and the channel terminated: both removed",
    items={YT[2]: "removed", YT[3]: "removed"},
    **{"from": "legal-support@youtube.com", "name_from": "YouTube Legal Support",
       "date": "Thu, 12 Sep 2024 04:03:55 +0000",
       "subject": "Re: [1-7209384001523] KCSC-240910-02 legal complaint"},
    body=f"""
Hi there,

Thank you for your patience while we reviewed the remaining content in your
complaint.

We have removed {YT[2]} for violating our Community Guidelines on scams and
deceptive practices.

We have also terminated the channel {YT[3]} for repeated violations; the
channel and all of its videos are no longer available on YouTube.

Best regards,
The YouTube Team
""")

_yt_decline = f"""Hello,

Thanks for your message about the following video:

{YT[1]}

We've reviewed this content and have decided not to take action on it. The
video doesn't violate our Community Guidelines, and based on the information
provided we're unable to determine that it is unlawful. It therefore remains
available on YouTube.

If you have a court order declaring the content unlawful, you can reply to
this email with a copy and we'll take another look.

Regards,
The YouTube Team
"""
case(
    name="yt-declined-base64",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal 'we've decided not to take action' reply (base64 body)",
    why="the video stays up: no guideline violation, unlawfulness not established (rejected)",
    items={YT[1]: "rejected"},
    **{"from": "legal-support@youtube.com", "name_from": "YouTube Legal Support",
       "date": "Fri, 13 Sep 2024 07:30:00 +0000",
       "subject": "Re: [1-7209384001523] KCSC-240910-02 legal complaint",
       "reply_to_req": "req-240910-02"},
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(_yt_decline)}
""")

_yt_age = f"""Hello,

Following our review of your complaint KCSC-240910-02, we have age-restricted the video below. It is no longer visible to viewers who are signed out, under 18, or using Restricted Mode.

{YT[0]}

The video did not otherwise violate our policies and remains on YouTube for adult viewers.

Sincerely,
YouTube Trust & Safety
"""
case(
    name="yt-age-restricted-qp",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction outcome (quoted-printable, long lines soft-wrapped)",
    why="video age-restricted: restricted",
    items={YT[0]: "restricted"},
    **{"from": "no-reply@youtube.com", "name_from": "YouTube",
       "date": "Sat, 14 Sep 2024 10:12:40 +0000",
       "subject": "Update on your complaint KCSC-240910-02"},
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(_yt_age)}
""")

case(
    name="yt-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="RFC 8098 message disposition notification (read receipt) from a Google staffer",
    why="MDN: 'displayed', no statement",
    **{"from": "minji.park@google.com", "name_from": "Minji Park",
       "date": "Tue, 10 Sep 2024 03:15:09 +0000",
       "subject": "Read: [KCSC-240910-02] Request for removal of illegal content",
       "reply_to_req": "req-240910-02"},
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification;
	boundary="mdn-5521"

--mdn-5521
Content-Type: text/plain; charset=UTF-8

Your message

  To: legal-kr@google.com
  Subject: [KCSC-240910-02] Request for removal of illegal content
  Sent: Tue, 10 Sep 2024 11:30:00 +0900

was read on Tue, 10 Sep 2024 12:15:09 +0900.

--mdn-5521
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com; Gmail
Final-Recipient: rfc822; legal-kr@google.com
Original-Message-ID: <req-240910-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-5521--
""")

case(
    name="yt-escalated-promise",
    outcome="review", review="not_understood",
    imitates="YouTube legal 'escalated to specialist team' holding reply",
    why="names two items but only promises a review and a conditional removal",
    items={YT[2]: "pending", YT[3]: "pending"},
    **{"from": "legal-support@youtube.com", "name_from": "YouTube Legal Support",
       "date": "Tue, 10 Sep 2024 23:58:02 +0000",
       "subject": "Re: [1-7209384001523] KCSC-240910-02 legal complaint",
       "reply_to_req": "req-240910-02"},
    body=f"""
Hello,

We have escalated the following content from your complaint KCSC-240910-02
to our specialist team:

- {YT[2]}
- {YT[3]}

We expect to complete this review within two business days. Content that is
found to violate our policies or local law will be removed, and we will let
you know the outcome.

Regards,
The YouTube Team
""")

case(
    name="yt-bilingual-korean-particles",
    outcome="applied", classification="confirmation",
    imitates="Google Korea legal team reply mixing English and Korean, URLs followed by particles",
    why="first video 접근 제한 in Korea (restricted), second 삭제 (removed); URLs carry 은/는 particles",
    items={YT[0]: "restricted", YT[1]: "removed"},
    **{"from": "legal-kr@google.com", "name_from": "Google Korea Legal",
       "date": "Mon, 16 Sep 2024 06:44:18 +0000",
       "subject": "RE: KCSC-240910-02 처리 결과 / outcome"},
    body=f"""
Dear KCSC,

Please see our update on KCSC-240910-02 below. 아래와 같이 조치하였습니다.

{YT[0]}은 한국 내에서 접근이 제한되었습니다 (restricted in Korea).
{YT[1]}는 커뮤니티 가이드 위반으로 삭제되었습니다 (removed)。

감사합니다.
Google Korea Legal
""")

# =================================================================== Meta
case(
    name="meta-dsa-style-decision",
    outcome="applied", classification="confirmation",
    imitates="Meta/Instagram notice of decision on an illegal-content notice (DSA Art. 16(5)/17 style)",
    why="structured decision: the reel removed worldwide; redress text is not a statement",
    items={META[3]: "removed"},
    **{"from": "no-reply@mail.instagram.com", "name_from": "Instagram",
       "date": "Thu, 12 Sep 2024 16:20:45 +0000",
       "subject": "Decision on your notice of illegal content - KCSC-240910-03"},
    body=f"""
Notice of decision

Your reference: KCSC-240910-03
Our reference: 1187734920551208

Content: {META[3]}
Decision: The content has been removed from Instagram.
Ground: Illegal content (sale of regulated goods) and violation of the
Community Guidelines on restricted goods.
Territorial scope: Worldwide
Automated means: The decision was made after human review.

Redress: If you disagree with this decision you may use our internal
complaint system, refer the matter to a certified out-of-court dispute
settlement body, or seek judicial redress.

Instagram, Meta Platforms Ireland Limited
""")

case(
    name="meta-ig-numbered-mixed",
    outcome="applied", classification="confirmation",
    imitates="Instagram report-outcome update listing several reported items",
    why="reel removed, account disabled (removed), post kept because it breaks no rule (rejected)",
    items={META[3]: "removed", META[4]: "removed", META[2]: "rejected"},
    **{"from": "support@instagram.com", "name_from": "Instagram",
       "date": "Fri, 13 Sep 2024 08:02:19 +0000",
       "subject": "Update on the content you reported (KCSC-240910-03)",
       "reply_to_req": "req-240910-03"},
    body=f"""
Hi,

Here's an update on the content you reported to us under reference
KCSC-240910-03:

1. {META[3]}
   We removed this reel because it goes against our Community Guidelines.
2. {META[4]}
   We disabled this account.
3. {META[2]}
   We reviewed this post and found that it doesn't go against our Community
   Guidelines or applicable law, so it remains on Instagram.

Thanks for helping keep Instagram safe.
The Instagram Team
""")

case(
    name="meta-fb-restricted-local-law",
    outcome="applied", classification="confirmation",
    imitates="Meta content restriction based on local law (transparency-centre wording)",
    why="two Facebook posts restricted in South Korea; Transparency Center link is not an item",
    items={META[0]: "restricted", META[1]: "restricted"},
    **{"from": "restrictions@meta.com", "name_from": "Meta Content Restrictions",
       "date": "Fri, 13 Sep 2024 12:37:03 +0000",
       "subject": "KCSC-240910-03: content restricted in South Korea"},
    body=f"""
Hello,

We've reviewed your report KCSC-240910-03. Based on local law, we have
restricted access to the following content in South Korea:

  * {META[0]}
  * {META[1]}

The content was not found to go against our Community Standards and remains
available outside South Korea. We publish information about restrictions
based on local law in our Transparency Center:
https://transparency.meta.com/reports/content-restrictions/

Meta
""")

case(
    name="meta-generic-no-claims",
    outcome="review", review="no_claims",
    imitates="Facebook 'We removed the post you reported' notification to a reporter",
    why="trusted Meta mail stating a removal but naming no URL and no request reference",
    items={},
    **{"from": "notification@facebookmail.com", "name_from": "Facebook",
       "date": "Sat, 14 Sep 2024 02:51:36 +0000",
       "subject": "We removed the post you reported"},
    body="""
Hi KCSC,

Thanks for your report. We removed the post you reported because it goes
against our Community Standards on restricted goods and services.

We use reports like yours to help keep Facebook safe. You can check the
status of your reports in your Support Inbox:
https://www.facebook.com/support/

Thanks,
The Facebook Team
""")

case(
    name="meta-outsourced-vendor",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor writing 'on behalf of' the platform",
    why="statuses for two Meta items from a domain that is no platform's",
    items={META[0]: "pending", META[1]: "pending"},
    **{"from": "kr-escalations@brightline-cx.com", "name_from": "Brightline CX (for Meta)",
       "date": "Sat, 14 Sep 2024 09:09:09 +0000",
       "subject": "KCSC-240910-03 - removal confirmation"},
    body=f"""
Dear KCSC Takedown Desk,

On behalf of Meta Platforms, we confirm that the following items from your
request KCSC-240910-03 have been removed:

{META[0]}
{META[1]}

Kind regards,
Brightline CX - Trust & Safety Escalations
""")

case(
    name="meta-asks-legal-basis",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Meta law-enforcement/regulator desk asking for the legal basis before acting",
    why="asks for the statutory provision and decision before acting on the two Facebook URLs",
    items={META[0]: "pending", META[1]: "pending"},
    **{"from": "lers-kr@meta.com", "name_from": "Meta Government Requests",
       "date": "Wed, 11 Sep 2024 05:26:40 +0000",
       "subject": "Re: [KCSC-240910-03] Request for removal of illegal content",
       "reply_to_req": "req-240910-03"},
    body=f"""
Hello,

Before we can process the two Facebook URLs in your request, could you
please send us the specific provision of Korean law the content violates
and a copy of the Commission's decision for each of them? Once we have these
we will review the request.

Thank you,
Meta Government Requests

{gmail_quote("KCSC-240910-03")}
""")

_ig_nf = f"""<html><body>
<p>Hi,</p>
<p>Thanks for your report. We couldn't find the account
<a href="{META[4]}">{META[4]}</a>.
This username is no longer in use because the account was deleted by its
owner, so there is nothing for us to review.</p>
<p>The Instagram Team</p>
</body></html>
"""
case(
    name="ig-account-deleted-base64-html",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'we couldn't find this account' reply (base64 HTML)",
    why="account deleted by its owner before review: not_found",
    items={META[4]: "not_found"},
    **{"from": "support@instagram.com", "name_from": "Instagram",
       "date": "Sun, 15 Sep 2024 11:45:00 +0000",
       "subject": "Re: [KCSC-240910-03] Request for removal of illegal content",
       "reply_to_req": "req-240910-03"},
    raw_mime=f"""Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(_ig_nf)}
""")

# ================================================================= TikTok
case(
    name="tiktok-report-removed-two",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome 'we removed the videos you reported'",
    why="thanks-for-your-report opener, then two named videos removed",
    items={TT[0]: "removed", TT[1]: "removed"},
    **{"from": "safety-noreply@tiktok.com", "name_from": "TikTok Trust and Safety",
       "date": "Thu, 12 Sep 2024 07:55:21 +0000",
       "subject": "TikTok: outcome of your report (KCSC-240911-04)"},
    body=f"""
Hi,

Thanks for your report. We've reviewed the videos you reported and removed
them for violating our Community Guidelines:

{TT[0]}
{TT[1]}

We may also take further action on the account that posted them. Your
report helps us keep TikTok a safe place.

TikTok Trust and Safety
""")

case(
    name="tiktok-no-violation",
    outcome="applied", classification="confirmation",
    imitates="TikTok 'no violation found' report outcome",
    why="the video breaks no guideline or applicable law and remains available: rejected",
    items={TT[2]: "rejected"},
    **{"from": "safety-noreply@tiktok.com", "name_from": "TikTok Trust and Safety",
       "date": "Fri, 13 Sep 2024 02:18:33 +0000",
       "subject": "TikTok: outcome of your report (KCSC-240911-04)"},
    body=f"""
Hi,

Thanks for your report. We reviewed
{TT[2]}
and did not find a violation of our Community Guidelines or of applicable
law, so the video remains available on TikTok.

If you see other content you believe breaks our rules, please report it.

TikTok Trust and Safety
""")

_tt_geo = f"""Dear Korea Communications Standards Commission,

Pursuant to applicable local law, TikTok has restricted access in the Republic of Korea to the following content reported in your request KCSC-240911-04:

* {TT[0]}
* {TT[2]}

This content is no longer visible to users in Korea. It remains available in other regions as it does not breach our Community Guidelines.

Kind regards,
TikTok Legal
"""
case(
    name="tiktok-restricted-kr-qp",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal local-law restriction notice (quoted-printable)",
    why="two videos restricted in Korea",
    items={TT[0]: "restricted", TT[2]: "restricted"},
    **{"from": "legal-noreply@tiktok.com", "name_from": "TikTok Legal",
       "date": "Sat, 14 Sep 2024 05:40:12 +0000",
       "subject": "Re: [KCSC-240911-04] Request for removal of illegal content",
       "reply_to_req": "req-240911-04"},
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(_tt_geo)}
""")

case(
    name="tiktok-conflicting-template",
    outcome="review", review="conflicting_statements",
    imitates="TikTok report outcome whose summary block contradicts its opening line",
    why="opening says the reported video was removed, summary for the same video says no violation, remains available",
    items={TT[1]: "pending"},
    **{"from": "safety-noreply@tiktok.com", "name_from": "TikTok Trust and Safety",
       "date": "Mon, 16 Sep 2024 03:33:47 +0000",
       "subject": "TikTok: outcome of your report (KCSC-240911-04)"},
    body=f"""
Hi,

We've removed the video you reported for violating our Community Guidelines.

Summary
Content: {TT[1]}
Decision: No violation - content remains available

Thanks for helping keep TikTok safe.
TikTok Trust and Safety
""")

case(
    name="snap-not-our-content",
    outcome="review", review="wrong_platform",
    imitates="Snapchat support reply to a misdirected request ('not content hosted on Snapchat')",
    why="Snap says it cannot locate a TikTok URL: a status claim about another platform's item",
    items={TT[2]: "pending"},
    **{"from": "support@snapchat.com", "name_from": "Snapchat Support",
       "date": "Fri, 13 Sep 2024 18:04:26 +0000",
       "subject": "Re: [KCSC-240911-04] Request for removal of illegal content"},
    body=f"""
Hello,

Thanks for contacting Snap. We reviewed your request, but the link you sent,
{TT[2]}, does not point to content hosted on Snapchat, so we were unable to
locate it in our systems.

If you believe content on Snapchat breaks the law, please report it through
https://help.snapchat.com/hc/en-us/requests/new.

The Snap Trust & Safety Team
""")

# ================================================================= Reddit
case(
    name="reddit-removed-two",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal operations removal confirmation",
    why="both posts removed (one by Reddit Safety, one with its account suspended)",
    items={RD[0]: "removed", RD[1]: "removed"},
    **{"from": "legalops@reddit.com", "name_from": "Reddit Legal Operations",
       "date": "Thu, 12 Sep 2024 20:14:09 +0000",
       "subject": "Re: KCSC-240911-05"},
    body=f"""
Hello,

We have reviewed your notice KCSC-240911-05 and removed the following
content from Reddit:

- {RD[0]} (removed by Reddit Safety; the post is no longer viewable)
- {RD[1]} (removed; the posting account has also been permanently suspended)

Thank you,
Reddit Legal Operations
""")

case(
    name="reddit-statement-above-url",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply with the URL on the line below its statement",
    why="first post restricted in South Korea; second already deleted by its author (not_found)",
    items={RD[0]: "restricted", RD[1]: "not_found"},
    **{"from": "legalops@reddit.com", "name_from": "Reddit Legal Operations",
       "date": "Fri, 13 Sep 2024 17:30:00 +0000",
       "subject": "Re: [KCSC-240911-05] Request for removal of illegal content",
       "reply_to_req": "req-240911-05"},
    body=f"""
Hi,

Thanks for your notice.

The following post has been geo-restricted and is unavailable to users in
South Korea:
{RD[0]}

The following post had been deleted by its author before we received your
notice, so there was nothing left for us to remove:
{RD[1]}

Best,
Reddit Legal Operations

{gmail_quote("KCSC-240911-05")}
""")

case(
    name="reddit-bulk-two-items",
    outcome="review", review="bulk",
    imitates="Reddit one-line 'we removed the reported content' reply",
    why="'the reported content' for a two-item request, none named: bulk",
    items={RD[0]: "pending", RD[1]: "pending"},
    **{"from": "legalops@reddit.com", "name_from": "Reddit Legal Operations",
       "date": "Sun, 15 Sep 2024 15:02:44 +0000",
       "subject": "Re: [KCSC-240911-05] Request for removal of illegal content",
       "reply_to_req": "req-240911-05"},
    body="""
Hello,

Thanks for your notice KCSC-240911-05. We've removed the reported content
from Reddit.

Reddit Legal Operations
""")

case(
    name="reddit-dsn-delayed",
    outcome="ignored", classification="bounce",
    auth="none",
    imitates="Postfix 'delayed mail (still being retried)' DSN from our own relay",
    why="delay warning about our request to Reddit; a DSN is never a statement",
    **{"from": "MAILER-DAEMON@mx.kcsc.example", "name_from": "Mail Delivery System",
       "date": "Wed, 11 Sep 2024 09:10:31 +0000",
       "subject": "Delayed Mail (still being retried)"},
    raw_mime=dsn(
        "7F3A21C0.1726045831/mx.kcsc.example",
        """This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<legal@reddit.com>: connect to mx.reddit.com[203.0.113.25]:25: Connection
    timed out""",
        """Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 11 Sep 2024 05:10:02 +0000

Final-Recipient: rfc822; legal@reddit.com
Action: delayed
Status: 4.4.1
Will-Retry-Until: Mon, 16 Sep 2024 05:10:02 +0000""",
        orig_request_headers("KCSC-240911-05", "legal@reddit.com")))

# ================================================================ Discord
case(
    name="discord-sole-server-removed",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety reply: reported server removed",
    why="one-item request, threaded reply: the reported server was removed and the invite no longer works",
    items={DC[0]: "removed"},
    **{"from": "safety@discord.com", "name_from": "Discord Trust & Safety",
       "date": "Fri, 13 Sep 2024 21:47:15 +0000",
       "subject": "Re: [KCSC-240912-06] Request for removal of illegal content",
       "reply_to_req": "req-240912-06"},
    body="""
Hello,

Thank you for your report. Our team reviewed the server linked in your
request and has removed it from Discord for violating our Community
Guidelines. The invite link no longer works.

Sincerely,
Discord Trust & Safety
""")

case(
    name="discord-privacy-no-specifics",
    outcome="review", review="not_understood",
    imitates="Discord Trust & Safety standard reply ('cannot share the specifics of the action taken, if any')",
    why="threaded reply to a request: only an investigation and undisclosed action 'if any', no statement",
    items={DC[0]: "pending"},
    **{"from": "safety@discord.com", "name_from": "Discord Trust & Safety",
       "date": "Thu, 12 Sep 2024 13:20:52 +0000",
       "subject": "Re: [KCSC-240912-06] Request for removal of illegal content",
       "reply_to_req": "req-240912-06"},
    body="""
Hello,

Thanks for letting us know about this. We've opened an investigation based
on the information you sent and will take the action we consider
appropriate once it is complete. For privacy reasons we are not able to
tell you what action, if any, was taken.

We appreciate your help in keeping Discord safe.

Discord Trust & Safety
""")

# ================================================================= Twitch
_tw_plain = f"""Hello,

Regarding your request KCSC-240912-07:

- The VOD {TW[0]} has been removed.
- The channel {TW[1]} has been indefinitely suspended; its content is no longer viewable.

Twitch Legal
"""
_tw_html = f"""<html><body>
<p>Hello,</p>
<p>Regarding your request <b>KCSC-240912-07</b>:</p>
<ul>
<li>The VOD <a href="{TW[0]}">{TW[0]}</a> has been removed.</li>
<li>The channel <a href="{TW[1]}">{TW[1]}</a> has been indefinitely suspended; its content is no longer viewable.</li>
</ul>
<p>Twitch Legal</p>
</body></html>
"""
case(
    name="twitch-alternative-vod-and-channel",
    outcome="applied", classification="confirmation",
    imitates="Twitch legal response (multipart/alternative plain + HTML)",
    why="VOD removed; channel indefinitely suspended, content no longer viewable: removed",
    items={TW[0]: "removed", TW[1]: "removed"},
    **{"from": "legal@twitch.tv", "name_from": "Twitch Legal",
       "date": "Sat, 14 Sep 2024 00:26:38 +0000",
       "subject": "KCSC-240912-07 - Twitch response"},
    raw_mime=f"""Content-Type: multipart/alternative; boundary="tw-alt-0007"

--tw-alt-0007
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

{_tw_plain}
--tw-alt-0007
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 7bit

{_tw_html}
--tw-alt-0007--
""")

case(
    name="twitch-one-done-one-under-review",
    outcome="applied", classification="confirmation",
    imitates="Twitch safety partial reply: one item deleted, the other still under review",
    why="VOD deleted (removed); channel still under review stays pending",
    items={TW[0]: "removed", TW[1]: "pending"},
    **{"from": "safety@twitch.tv", "name_from": "Twitch Safety",
       "date": "Fri, 13 Sep 2024 06:11:02 +0000",
       "subject": "Re: [KCSC-240912-07] Request for removal of illegal content",
       "reply_to_req": "req-240912-07"},
    body=f"""
Hi,

We have deleted the following video: {TW[0]}

We are still reviewing the channel hazelforge_live ({TW[1]}) and will update
you once a decision has been made.

Thanks,
Twitch Safety Operations
""")

# ===================================================== other senders only
case(
    name="telegram-dsa-autoreply",
    outcome="ignored", classification="auto_reply",
    imitates="Telegram DSA contact-point automatic reply",
    why="auto-submitted notice about the mailbox, nothing about any item",
    **{"from": "dsa@telegram.org", "name_from": "Telegram",
       "date": "Thu, 12 Sep 2024 01:05:40 +0000",
       "subject": "Automatic reply: Request for removal of illegal content",
       "extra_headers": ["Auto-Submitted: auto-replied", "Precedence: auto_reply"]},
    body="""
This is an automated message.

Your email has reached Telegram's single point of contact under the Digital
Services Act. This address handles communications from Member State
authorities, the European Commission and the European Board for Digital
Services. Messages on other subjects may not receive an individual reply.

Telegram
""")

case(
    name="pinterest-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Pinterest help-centre ticket receipt",
    why="pure receipt with a ticket number, names no item",
    **{"from": "support@pinterest.com", "name_from": "Pinterest Support",
       "date": "Wed, 11 Sep 2024 06:48:57 +0000",
       "subject": "Your request [#48120933] has been received"},
    body="""
Hi there,

Thanks for reaching out. We've received your request and a member of our
team will get back to you as soon as possible. Your ticket number is
#48120933.

To add more information, just reply to this email.

Pinterest Support
""")


HEADER = """# Blind set 352 (English notices from many platforms). Generated by make.py:
# do not edit by hand. Expected results were written from each email's
# meaning before the reader was run; see NOTES.md."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind352", HEADER, CASES)


if __name__ == "__main__":
    main()
