#!/usr/bin/env python3
"""Blind corpus set 736: English notices from many platforms (X, YouTube,
Meta, TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).

    python3 tests/corpus/blind736/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written in our own sentences; the expected result of
each case was written from the email's meaning before any run of the reader.
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
X = [
    "https://x.com/nightmarket_kr/status/1829014470315520011",
    "https://x.com/nightmarket_kr/status/1829016638204928012",
    "https://x.com/bluepill_seoul/status/1829102257716330013",
    "https://x.com/bluepill_seoul/status/1829108816253850014",
    "https://x.com/gangnam_deals77/status/1829211903345170015",
    "https://x.com/gangnam_deals77",
    "https://x.com/hanriver_tips/status/1829305562927370017",
    "https://x.com/hanriver_tips/status/1829307719085560018",
    "https://x.com/quiet_pharm/status/1829410034658300019",
    "https://x.com/quiet_pharm/status/1829412281960550020",
    "https://x.com/moonlit_bet/status/1829518847790120021",
    "https://x.com/moonlit_bet/status/1829519903114670022",
]
YT = [
    "https://www.youtube.com/watch?v=Qm3xLp8Tz2A",
    "https://www.youtube.com/watch?v=bN7rK0vWq5E",
    "https://www.youtube.com/@dalbit_casino_tv",
    "https://www.youtube.com/shorts/Hs4eJ9cUa1M",
]
META = [
    "https://www.facebook.com/groups/551209883312/posts/773001992145/",
    "https://www.facebook.com/profile.php?id=100093310551234",
    "https://www.instagram.com/p/C9xTq2Lr8aB/",
    "https://www.instagram.com/seoul_pill_shop/",
    "https://www.facebook.com/marketplace/item/881203349911/",
]
TT = [
    "https://www.tiktok.com/@hongdae.nightlife/video/7409912345678901234",
    "https://www.tiktok.com/@hongdae.nightlife/video/7409918876543205678",
    "https://www.tiktok.com/@quickloan_kr",
]
RD = [
    "https://www.reddit.com/r/koreadeals/comments/1f3q8zk/cheap_prescription_meds_no_rx/",
    "https://www.reddit.com/user/seoul_meds_dealer/",
]
DC = ["https://discord.gg/K7nightMkt"]
TG = [
    "https://t.me/seoul_drop_market",
    "https://t.me/dalbit_bets/4127",
]

REQUESTS = [
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00", X,
     "drugs", "Posts and one account advertising prescription drugs and gambling"),
    ("KCSC-240903-02", "youtube", "2024-09-03T10:30:00+09:00", "2024-09-10T23:59:59+09:00", YT,
     "gambling", "Illegal online casino promotion"),
    ("KCSC-240904-03", "meta", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00", META,
     "drugs", "Facebook and Instagram drug sales"),
    ("KCSC-240905-04", "tiktok", "2024-09-05T09:40:00+09:00", "2024-09-12T23:59:59+09:00", TT,
     "illegal_finance", "Unregistered lending and nightlife solicitation"),
    ("KCSC-240906-05", "reddit", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00", RD,
     "drugs", "Prescription drug sales thread and seller account"),
    ("KCSC-240909-06", "discord", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00", DC,
     "drugs", "Invite link to a drug marketplace server"),
    ("KCSC-240910-07", "telegram", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00", TG,
     "gambling", "Drop-market channel and betting post"),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            lines.append(f"{ref},{plat},{sent},{due},{u},{cat},{ref}@kcsc.example,{note}")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def request_text(ref, team, urls, due):
    out = [
        f"Dear {team},",
        "",
        "The Korea Communications Standards Commission (KCSC) has found the content",
        "listed below to be illegal under Article 44-7 of the Information and",
        "Communications Network Act. We request that you remove it, or restrict",
        "access to it from the Republic of Korea.",
        "",
        f"Reference: {ref}",
        "",
    ]
    for i, u in enumerate(urls, 1):
        out.append(f"{i}. {u}")
    out += [
        "",
        f"Please let us know what action was taken by {due}.",
        "",
        "KCSC Takedown Desk",
        "takedown@kcsc.example",
    ]
    return out


def quoted(lines, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in lines)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------
CASES = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------- X (12) --
case(
    name="x-cwc-withheld-numbered",
    frm="legal-noreply@x.com", name_from="X Legal",
    date="Wed, 11 Sep 2024 02:14:09 +0000",
    subject="Re: KCSC-240902-01 - Request to withhold content",
    reply_to_req="KCSC-240902-01",
    body=f"""
Hello,

We have reviewed your request (your reference KCSC-240902-01).

In line with our Country Withheld Content policy, X has withheld access in
South Korea to the following content:

1. {X[0]}
2. {X[1]}
3. {X[2]}
4. {X[5]} (account)

This content remains available outside South Korea. The affected account
holders have been notified, and a copy of your request may be published on
Lumen (https://lumendatabase.org) as described at
https://help.x.com/en/rules-and-policies/tweet-withheld-by-country.

We will respond separately about the remaining items.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X Legal country-withheld-content (CWC) outcome notice",
    why="four named URLs withheld in South Korea; help/Lumen links are not items",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[5]: "restricted"},
)

case(
    name="x-mixed-outcomes-bullets",
    frm="legal-noreply@x.com", name_from="X Legal",
    date="Thu, 12 Sep 2024 07:30:44 +0000",
    subject="Update on your request KCSC-240902-01 [ref:_00D3i2bXq._5004V1aZk:ref]",
    reply_to_req="KCSC-240902-01",
    body=f"""
Hi KCSC team,

Thanks for your patience. Here is the outcome for three of the URLs in
your request:

  * {X[4]} - Removed. The post broke our rules on illegal or certain
    regulated goods and services and has been taken down globally.
  * {X[6]} - No action. We did not find a violation of the X Rules or of
    Korean law in this post, so it remains available.
  * {X[8]} - Not actioned: the post had already been deleted by its author
    before our review was completed.

Best,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal operations case update with a per-URL bullet list",
    why="removed / rejected (no violation) / not_found (deleted by author), each named",
    items={X[4]: "removed", X[6]: "rejected", X[8]: "not_found"},
)

case(
    name="x-url-then-status-line",
    frm="legal-noreply@x.com", name_from="X Legal",
    date="Fri, 13 Sep 2024 01:02:13 +0000",
    subject="Case 0193847561 - KCSC-240902-01 - Outcome",
    body=f"""
Hello,

Please find below the outcome for the remaining posts in case 0193847561
(your reference KCSC-240902-01).

{X[9]}
Status: Withheld in KR

{X[10]}
Status: Removed (violation of the X Rules)

{X[11]}
Status: No action - the post does not violate the X Rules or local law

Kind regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X case outcome list, URL line followed by a Status line",
    why="each status stands on the line below its URL",
    items={X[9]: "restricted", X[10]: "removed", X[11]: "rejected"},
)

req_x = request_text("KCSC-240902-01", "X Legal team", X, "9 September 2024")
case(
    name="x-top-posted-over-quoted-request",
    frm="kr-legal@x.com", name_from="Minji Park (X Legal)",
    date="Wed, 11 Sep 2024 09:41:55 +0900",
    subject="Re: KCSC-240902-01 Request to remove illegal content",
    reply_to_req="KCSC-240902-01",
    body=f"""
Hi,

We have withheld the following post in South Korea:
{X[7]}

The rest of your request is still with our team.

Minji

On Mon, Sep 2, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(req_x)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply from a platform legal employee over the quoted request",
    why="only the one URL above the quote is withheld; quoted URLs say nothing",
    items={X[7]: "restricted", X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-bulk-all-withheld",
    frm="legal-noreply@x.com", name_from="X Legal",
    date="Sat, 14 Sep 2024 03:11:00 +0000",
    subject="Re: KCSC-240902-01",
    reply_to_req="KCSC-240902-01",
    body="""
Hello,

Following our review of your request KCSC-240902-01, we have withheld all of
the reported content in South Korea.

Regards,
X Legal
""",
    outcome="review", review="bulk",
    imitates="X short legal reply covering a whole request",
    why="one statement about all twelve items without naming any: bulk",
    items={},
)

case(
    name="x-promise-will-withhold",
    frm="legal-noreply@x.com", name_from="X Legal",
    date="Tue, 10 Sep 2024 23:50:12 +0000",
    subject="Re: KCSC-240902-01 - additional information",
    reply_to_req="KCSC-240902-01",
    body=f"""
Hello,

We are reviewing the following posts against local law:

- {X[2]}
- {X[3]}

If our review confirms that they are unlawful in South Korea, they will be
withheld in that country. We expect to complete this within five business
days and will write to you again then.

Regards,
X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim update (review in progress, conditional promise)",
    why="'will be withheld' if confirmed is a conditional promise, not a statement",
    items={X[2]: "pending", X[3]: "pending"},
)

case(
    name="x-forged-auth-fail",
    frm="legal@x.com", name_from="X Legal", auth="fail",
    date="Thu, 12 Sep 2024 11:20:40 +0000",
    subject="Re: KCSC-240902-01 completed",
    body=f"""
Dear KCSC,

Your request KCSC-240902-01 has been completed. The posts
{X[0]} and
{X[1]} have been removed from X.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal completion notice, failing DMARC",
    why="x.com sender but DKIM/SPF/DMARC fail: untrusted",
    items={X[0]: "pending", X[1]: "pending"},
)

html_x = f"""<html><body style="font-family:Arial,sans-serif">
<p>Hello KCSC,</p>
<p>Below is the outcome for case 0193847561 (your reference KCSC-240902-01).</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action taken</th></tr>
<tr><td><a href="{X[3]}">{X[3]}</a></td><td>Withheld in South Korea</td></tr>
<tr><td><a href="{X[8]}">{X[8]}</a></td><td>Removed globally</td></tr>
<tr><td><a href="{X[11]}">{X[11]}</a></td><td>Unable to locate - the post does not exist</td></tr>
</table>
<p>Learn more about <a href="https://help.x.com/en/rules-and-policies/x-legal-faqs">legal requests</a>.</p>
<p>X Legal</p>
</body></html>
"""
case(
    name="x-qp-html-table",
    frm="legal-noreply@x.com", name_from="X Legal",
    date="Sun, 15 Sep 2024 05:45:30 +0000",
    subject="Case 0193847561: outcome",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(html_x),
    outcome="applied", classification="confirmation",
    imitates="X legal HTML outcome table (quoted-printable)",
    why="table rows: withheld in KR / removed / does not exist",
    items={X[3]: "restricted", X[8]: "removed", X[11]: "not_found"},
)

csv_x = "\r\n".join([
    "reported_url,action,scope",
    f"{X[0]},Withheld,KR",
    f"{X[1]},Withheld,KR",
    f"{X[2]},Removed,Global",
    f"{X[4]},No action - not in violation,",
    f"{X[5]},Account suspended,Global",
    f"{X[6]},Not found - content does not exist,",
]) + "\r\n"
case(
    name="x-csv-attachment",
    frm="legal-noreply@x.com", name_from="X Legal",
    date="Mon, 16 Sep 2024 02:00:05 +0000",
    subject="KCSC-240902-01 - results attached",
    reply_to_req="KCSC-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_x736csv"

--=_x736csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The action taken on each URL of your request KCSC-240902-01 is listed in
the attached file.

X Legal

--=_x736csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_results.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(csv_x.encode()).decode()}
--=_x736csv--
""",
    outcome="applied", classification="confirmation",
    imitates="X bulk legal response with a per-URL CSV attachment",
    why="CSV rows: withheld KR x2, removed, no violation, account suspended globally, not found",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed", X[4]: "rejected",
           X[5]: "removed", X[6]: "not_found"},
)

case(
    name="x-ack-case-created",
    frm="legal-noreply@x.com", name_from="X Legal",
    date="Mon, 02 Sep 2024 01:05:17 +0000",
    subject="Case 0193847561 received: KCSC-240902-01",
    reply_to_req="KCSC-240902-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Thank you for contacting X. We have received your legal request and created
case number 0193847561. Please keep this number for any further
correspondence about this request.

We review each request carefully and will contact you when we have an
update. No further action is needed from you at this time.

X Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal request intake receipt",
    why="pure acknowledgement with a case number",
    items={},
)

case(
    name="x-ack-then-withheld-angle",
    frm="legal-noreply@x.com", name_from="X Legal",
    date="Thu, 12 Sep 2024 15:22:09 +0000",
    subject="Re: Case 0193847561 (KCSC-240902-01)",
    reply_to_req="KCSC-240902-01",
    body=f"""
Hello,

We received your follow-up of 11 September, thank you.

Following our review, we have withheld the posts below in South Korea:
<{X[9]}>
<{X[10]}>

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up reply: acknowledgement phrase plus outcome",
    why="acknowledgement phrase but unhedged withheld statement on two named URLs",
    items={X[9]: "restricted", X[10]: "restricted"},
)

case(
    name="x-hedge-appears-deleted",
    frm="kr-legal@x.com", name_from="Minji Park (X Legal)",
    date="Fri, 13 Sep 2024 08:03:51 +0900",
    subject="Re: KCSC-240902-01 quiet_pharm",
    reply_to_req="KCSC-240902-01",
    body=f"""
Hello,

Quick note on {X[8]} - it appears that the post may already have been
deleted by the account holder, but I am still confirming this with the
team and will come back to you.

Minji
""",
    outcome="review", review="not_understood",
    imitates="informal note from a platform legal employee, hedged",
    why="'appears ... may already have been deleted' and still confirming: a hedge",
    items={X[8]: "pending"},
)

case(
    name="x-conflicting-summary-detail",
    frm="legal-noreply@x.com", name_from="X Legal",
    date="Tue, 17 Sep 2024 04:40:00 +0000",
    subject="Case 0193847561 - final response",
    reply_to_req="KCSC-240902-01",
    body=f"""
Hello,

Summary: the post {X[4]} has been withheld in South Korea.

Details:
After careful review, we found that {X[4]} does not violate the X Rules and
we could not identify a basis under local law to act on it. No action was
taken on this post.

X Legal
""",
    outcome="review", review="conflicting_statements",
    imitates="X templated final response whose summary and detail disagree",
    why="the same post is said to be withheld and not actioned",
    items={X[4]: "pending"},
)

case(
    name="x-korean-particles",
    frm="kr-legal@x.com", name_from="X Korea Legal",
    date="Wed, 18 Sep 2024 10:15:00 +0900",
    subject="Re: KCSC-240902-01 moonlit_bet",
    reply_to_req="KCSC-240902-01",
    body=f"""
안녕하세요. Hello,

{X[10]}은 대한민국 내에서 접근이 제한(withheld in Korea)되었습니다.
{X[11]}는 X 규칙 위반으로 삭제되었습니다 (removed for violating the X Rules).

감사합니다. Thank you.
X Korea Legal
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual reply from a platform's Korea legal desk",
    why="URLs followed directly by Korean particles; withheld in Korea / deleted",
    items={X[10]: "restricted", X[11]: "removed"},
)

case(
    name="x-dsn-failed",
    frm="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System", auth="none",
    date="Mon, 02 Sep 2024 10:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="7A1C2E0B5.1725238841/mx.kcsc.example"

This is a MIME-encapsulated message.

--7A1C2E0B5.1725238841/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@x.com>: host mx.x.com[203.0.113.25] said: 550 5.1.1
    <legal-kr@x.com>: Recipient address rejected: User unknown (in reply to
    RCPT TO command)

--7A1C2E0B5.1725238841/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Mon,  2 Sep 2024 10:00:39 +0900 (KST)

Final-Recipient: rfc822; legal-kr@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@x.com>: Recipient address rejected: User unknown

--7A1C2E0B5.1725238841/mx.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

Message-ID: <KCSC-240902-01@kcsc.example>
Date: Mon, 2 Sep 2024 10:00:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@x.com
Subject: KCSC-240902-01 Request to remove illegal content
Content-Type: text/plain; charset=utf-8

{chr(10).join(req_x)}

--7A1C2E0B5.1725238841/mx.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the returned request",
    why="a bounce: the returned request's URLs are ours, not statements",
    items={X[0]: "pending"},
)

# ----------------------------------------------------------- YouTube (4) --
case(
    name="yt-legal-blocked-kr-terminated",
    frm="legal-support@google.com", name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 06:12:00 +0000",
    subject="[9-4718000036521] Your YouTube legal request (KCSC-240903-02)",
    reply_to_req="KCSC-240903-02",
    body=f"""
Hello,

Thank you for your notice. After review, we have blocked the content below
from view on YouTube in South Korea:

{YT[0]}
{YT[1]}

In addition, the channel {YT[2]} has been terminated for repeated
violations of our Community Guidelines.

You can learn more about how we handle government requests at
https://support.google.com/youtube/answer/2802032.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome (local block plus channel termination)",
    why="two videos blocked in South Korea, channel terminated; support link not an item",
    items={YT[0]: "restricted", YT[1]: "restricted", YT[2]: "removed"},
)

case(
    name="yt-removed-url-below",
    frm="legal-support@google.com", name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 03:33:18 +0000",
    subject="[9-4718000036521] Re: KCSC-240903-02",
    reply_to_req="KCSC-240903-02",
    body=f"""
Hi there,

The following content has been removed from YouTube because it violates
our Community Guidelines:
{YT[3]}

Thanks,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support short outcome, URL below its statement",
    why="statement ends with ':' and the URL follows on the next line",
    items={YT[3]: "removed"},
)

case(
    name="yt-age-restricted-and-no-action",
    frm="legal-support@google.com", name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 09:00:00 +0000",
    subject="[9-4718000036521] Outcome of your request",
    reply_to_req="KCSC-240903-02",
    body=f"""
Hello,

We reviewed the videos in your request KCSC-240903-02.

- {YT[1]}: we have age-restricted this video. It can no longer be viewed
  by signed-out users or users under 18.
- {YT[0]}: we've decided not to take action. The video does not violate our
  Community Guidelines, and we did not find sufficient basis under local
  law to restrict it.

If you have additional information, you may submit a new request at
https://support.google.com/legal/answer/3110420.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome: age restriction and a reasoned decline",
    why="age-restricted is restricted; a reasoned no-action is rejected",
    items={YT[1]: "restricted", YT[0]: "rejected"},
)

case(
    name="yt-out-of-office",
    frm="jhkwon@google.com", name_from="Jae-hyun Kwon",
    date="Tue, 03 Sep 2024 01:31:02 +0000",
    subject="Automatic reply: KCSC-240903-02 Request to remove illegal content",
    reply_to_req="KCSC-240903-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
Thank you for your email. I am out of the office until Monday 16 September
with limited access to email.

For legal removal requests, please use the YouTube legal webform or write
to legal-kr@google.com; the team will pick up your message.

Best,
Jae-hyun
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail out-of-office auto-reply from a platform employee",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="yt-needs-more-info",
    frm="legal-support@google.com", name_from="YouTube Legal Support",
    date="Wed, 04 Sep 2024 07:10:45 +0000",
    subject="[9-4718000036521] Additional information needed",
    reply_to_req="KCSC-240903-02",
    body=f"""
Hello,

Thank you for your request KCSC-240903-02. To proceed with
{YT[0]}
we need some more information:

  1. The timestamp(s) in the video where the allegedly unlawful content
     appears.
  2. The specific provision of Korean law that the content violates and a
     short explanation of how it applies.

Please reply to this email with the details. We are unable to proceed with
our review of this video until we receive them.

Regards,
YouTube Legal Support
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="YouTube legal support request for additional information",
    why="asks for timestamps and the legal provision before acting",
    items={YT[0]: "pending"},
)

case(
    name="yt-actioned-phrase",
    frm="legal-support@google.com", name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 00:47:19 +0000",
    subject="[9-4718000036521] Re: KCSC-240903-02 channel",
    reply_to_req="KCSC-240903-02",
    body=f"""
Hello,

The channel {YT[2]} has been actioned under our policies.

Thank you for helping keep YouTube safe.
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube terse 'actioned under our policies' outcome",
    why="the configured YouTube phrase for removed",
    items={YT[2]: "removed"},
)

req_yt = request_text("KCSC-240903-02", "YouTube Legal team", YT, "10 September 2024")
case(
    name="yt-gmail-quoted-reply",
    frm="hyoon@google.com", name_from="Hana Yoon",
    date="Mon, 16 Sep 2024 11:02:30 +0900",
    subject="Re: KCSC-240903-02 Request to remove illegal content",
    reply_to_req="KCSC-240903-02",
    body=f"""
Hi,

The video below has been removed from YouTube.

{YT[1]}

Best regards,
Hana Yoon
Legal Specialist, YouTube

On Tue, Sep 3, 2024 at 10:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(req_yt)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply from a YouTube legal specialist over the quoted request",
    why="one video removed above the quote; the other quoted URLs are untouched",
    items={YT[1]: "removed", YT[0]: "pending", YT[2]: "pending"},
)

case(
    name="yt-echoed-report-outcome",
    frm="noreply-legal@google.com", name_from="Google Legal",
    date="Tue, 17 Sep 2024 02:20:00 +0000",
    subject="Outcome of your legal removal request [9-4718000036521]",
    body=f"""
Hello,

This is an update on your request.

--- Your submission ---
Reference: KCSC-240903-02
Product: YouTube
Country: South Korea
Content URLs:
  {YT[0]}
  {YT[2]}
-----------------------

Outcome:
  {YT[0]} - Removed (Community Guidelines: harmful or dangerous content)
  {YT[2]} - No action taken: the channel does not violate our policies or
  applicable local law.

Google Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal webform outcome email echoing the submission",
    why="echo lists URLs without status; the outcome lines give removed and rejected",
    items={YT[0]: "removed", YT[2]: "rejected"},
)

# -------------------------------------------------------------- Meta (5) --
html_meta = f"""<html><body>
<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hi,</p>
<p>We've completed our review of your report (reference KCSC-240904-03).</p>
<p><b>Restricted in South Korea</b> based on local law:</p>
<ul>
<li><a href="{META[0]}">{META[0]}</a></li>
<li><a href="{META[2]}">{META[2]}</a></li>
</ul>
<p><b>Removed</b> for going against our Community Standards on restricted goods:</p>
<ul>
<li><a href="{META[4]}">{META[4]}</a></li>
</ul>
<p>You can learn more in our <a href="https://transparency.meta.com/reports/content-restrictions/">Transparency Center</a>.</p>
<p>Thanks,<br>Meta Content Regulation Team</p>
</div></body></html>"""
case(
    name="meta-restricted-and-removed-html",
    frm="noreply@facebookmail.com", name_from="Meta",
    date="Wed, 11 Sep 2024 18:20:11 +0000",
    subject="Your report KCSC-240904-03 has been reviewed",
    reply_to_req="KCSC-240904-03",
    type="html", body=html_meta,
    outcome="applied", classification="confirmation",
    imitates="Meta content-restriction outcome email (HTML lists under headings)",
    why="two URLs under 'Restricted in South Korea', one under 'Removed'",
    items={META[0]: "restricted", META[2]: "restricted", META[4]: "removed"},
)

case(
    name="meta-dsa-notice-of-decision",
    frm="noreply@meta.com", name_from="Meta",
    date="Thu, 12 Sep 2024 08:05:00 +0000",
    subject="Notice of decision on your report (KCSC-240904-03)",
    reply_to_req="KCSC-240904-03",
    body=f"""
Notice of decision

We're writing to tell you about our decision on content you reported.

Reported content: {META[3]}
Decision: We disabled this account. It is no longer visible on Instagram.
Ground for decision: Terms of Use and Community Guidelines (restricted goods
  and services)
Facts and circumstances: the account offered prescription medicines for
  sale without a licence.
Use of automated means: the decision was taken by a reviewer.

Redress: if you disagree with this decision you can request a review at
https://www.facebook.com/help/contact/decision-review or use an out-of-court
dispute settlement body.

Meta Platforms Ireland Ltd.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 16/17-style notice of decision / statement of reasons (Meta)",
    why="account disabled and no longer visible: removed; redress link not an item",
    items={META[3]: "removed"},
)

case(
    name="meta-rejected-no-violation",
    frm="legal-requests@meta.com", name_from="Meta Legal Requests",
    date="Fri, 13 Sep 2024 10:40:27 +0000",
    subject="RE: KCSC-240904-03",
    reply_to_req="KCSC-240904-03",
    body=f"""
Hello,

We reviewed the Facebook profile at {META[1]} and found that it does not go
against our Community Standards. Our legal team also did not find a basis to
restrict it under Korean law, so we are not taking action on it.

Regards,
Meta Legal Requests
""",
    outcome="applied", classification="confirmation",
    imitates="Meta legal decline of a government removal request",
    why="a reasoned refusal about one named profile",
    items={META[1]: "rejected"},
)

case(
    name="meta-vendor-unknown-sender",
    frm="support@trustdesk-bpo.example", name_from="Trust Desk (on behalf of Meta)",
    date="Fri, 13 Sep 2024 12:00:00 +0000",
    subject="RE: KCSC-240904-03 - Meta content removal",
    reply_to_req="KCSC-240904-03",
    body=f"""
Dear Sir or Madam,

On behalf of our client we confirm that the following content has been
removed:

{META[0]}
{META[1]}

Trust Desk Operations
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced support-vendor reply claiming to act for a platform",
    why="sender domain is not any platform's: unknown sender",
    items={META[0]: "pending", META[1]: "pending"},
)

case(
    name="meta-bulk-all-removed",
    frm="noreply@instagram.com", name_from="Instagram",
    date="Sat, 14 Sep 2024 05:55:55 +0000",
    subject="Update on your report KCSC-240904-03",
    reply_to_req="KCSC-240904-03",
    body="""
Hi,

Thanks for your report. We've removed all the content you reported because
it goes against our Community Guidelines.

We appreciate you helping us keep Instagram safe.

The Instagram Team
""",
    outcome="review", review="bulk",
    imitates="Instagram 'we removed what you reported' report outcome",
    why="a statement about all five items naming none: bulk",
    items={},
)

meta_b64 = f"""Hello,

An update on the Instagram content in your request KCSC-240904-03:

{META[2]}
We removed this post because it goes against our Community Guidelines on
drugs.

{META[3]}
We couldn't find this account. It may have been deleted, or the link may
be broken; it does not exist on Instagram.

Meta Content Regulation Team
"""
case(
    name="meta-base64-removed-notfound",
    frm="noreply@meta.com", name_from="Meta",
    date="Sun, 15 Sep 2024 07:07:07 +0000",
    subject="KCSC-240904-03: Instagram content",
    reply_to_req="KCSC-240904-03",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(meta_b64),
    outcome="applied", classification="confirmation",
    imitates="Meta content regulation update, base64-encoded plain text",
    why="post removed; account cannot be found and does not exist",
    items={META[2]: "removed", META[3]: "not_found"},
)

req_meta = request_text("KCSC-240904-03", "Meta Legal team", META, "11 September 2024")
case(
    name="meta-outlook-original-message",
    frm="sohee.lim@meta.com", name_from="Sohee Lim",
    date="Mon, 16 Sep 2024 13:14:15 +0900",
    subject="RE: KCSC-240904-03 Request to remove illegal content",
    reply_to_req="KCSC-240904-03",
    body=f"""
Dear KCSC,

The Instagram post https://www.instagram.com/p/C9xTq2Lr8aB/ has been removed.

We are still looking at the other URLs.

Best regards,
Sohee Lim | Public Policy, Meta Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 11:00 AM
To: Meta Legal <legal-requests@meta.com>
Subject: KCSC-240904-03 Request to remove illegal content

{chr(10).join(req_meta)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply above an unprefixed -----Original Message----- block",
    why="one Instagram post removed; the request below the Outlook separator says nothing",
    items={META[2]: "removed", META[0]: "pending", META[1]: "pending"},
)

# ------------------------------------------------------------ TikTok (3) --
case(
    name="tiktok-restricted-and-banned",
    frm="legal-kr@tiktok.com", name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 06:00:00 +0000",
    subject="Re: KCSC-240905-04 Government removal request",
    reply_to_req="KCSC-240905-04",
    body=f"""
Dear KCSC,

In response to your request KCSC-240905-04, we have restricted the
following videos in South Korea, where they are considered unlawful:

1) {TT[0]}
2) {TT[1]}

The account {TT[2]} has been permanently banned for violating our Community
Guidelines on frauds and scams.

TikTok Law Enforcement & Government Outreach
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government removal request outcome",
    why="two videos restricted in South Korea; account permanently banned",
    items={TT[0]: "restricted", TT[1]: "restricted", TT[2]: "removed"},
)

case(
    name="tiktok-promise-and-under-review",
    frm="legal-kr@tiktok.com", name_from="TikTok Legal",
    date="Fri, 06 Sep 2024 09:12:00 +0000",
    subject="Re: KCSC-240905-04",
    reply_to_req="KCSC-240905-04",
    body=f"""
Hello,

Thank you for your request. The video {TT[1]} will be removed within 24
hours once our internal checks are complete.

The account {TT[2]} is still under review by our safety team. We will let
you know the outcome as soon as possible.

TikTok Legal
""",
    outcome="review", review="not_understood",
    imitates="TikTok interim update with a promise and an under-review note",
    why="'will be removed' is a promise and 'under review' is no statement",
    items={TT[1]: "pending", TT[2]: "pending"},
)

case(
    name="tiktok-wrapped-angle-url",
    frm="legal-kr@tiktok.com", name_from="TikTok Legal",
    date="Sat, 14 Sep 2024 04:44:00 +0000",
    subject="Re: KCSC-240905-04 outcome",
    reply_to_req="KCSC-240905-04",
    body=f"""
Hello,

The following video was removed for violating our Community Guidelines:
<https://www.tiktok.com/@hongdae.nightlife/
video/7409918876543205678>

The account {TT[2]} could not be found. It does not exist or was
already deleted by its owner.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal reply whose mail client wrapped a bracketed URL",
    why="bracketed URL wrapped across two lines is removed; account not found",
    items={TT[1]: "removed", TT[2]: "not_found"},
)

case(
    name="tiktok-read-receipt",
    frm="legal-kr@tiktok.com", name_from="TikTok Legal",
    date="Thu, 05 Sep 2024 02:15:33 +0000",
    subject="Read: KCSC-240905-04 Request to remove illegal content",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="----=_mdn_7736"

------=_mdn_7736
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@tiktok.com
  Subject: KCSC-240905-04 Request to remove illegal content
  Sent: Thursday, September 5, 2024 9:40 AM

was read on Thursday, September 5, 2024 11:15 AM.

------=_mdn_7736
Content-Type: message/disposition-notification

Reporting-UA: tiktok.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@tiktok.com
Original-Message-ID: <KCSC-240905-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_mdn_7736--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="a read receipt says nothing about items",
    items={},
)

case(
    name="tiktok-dsa-statement",
    frm="noreply@tiktok.com", name_from="TikTok",
    date="Sun, 15 Sep 2024 10:30:00 +0000",
    subject="Decision on your report (KCSC-240905-04)",
    body=f"""
Statement of reasons

Content: {TT[0]}
Decision: Removal
Territorial scope: Global
Ground: Community Guidelines - Illegal activities and regulated goods
Facts relied on: the video advertises unregistered loans.
Automated detection: No
Automated decision: No

How to appeal: https://www.tiktok.com/legal/report/appeal

TikTok Technology Limited
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA statement of reasons (field list)",
    why="Decision: Removal, global scope, for the named video",
    items={TT[0]: "removed"},
)

# ------------------------------------------------------------ Reddit (2) --
case(
    name="reddit-removed-and-banned",
    frm="legal@reddit.com", name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 21:09:09 +0000",
    subject="Re: KCSC-240906-05 [Reddit case 24-118731]",
    reply_to_req="KCSC-240906-05",
    body=f"""
Hello,

Thank you for your report. We've removed the post at
{RD[0]}
and the account {RD[1]} has been banned from Reddit for violating our
Content Policy.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply on a government removal request",
    why="post removed (URL on the following line) and account banned, each named",
    items={RD[0]: "removed", RD[1]: "removed"},
)

case(
    name="reddit-geo-restricted-and-rejected",
    frm="legal@reddit.com", name_from="Reddit Legal",
    date="Fri, 13 Sep 2024 16:00:00 +0000",
    subject="Re: KCSC-240906-05 [Reddit case 24-118731]",
    reply_to_req="KCSC-240906-05",
    body=f"""
Hello,

Outcome of our review:

{RD[0]} ： restricted in South Korea (geo-blocked); it remains visible
elsewhere.

{RD[1]} ： after review, this account does not violate Reddit's Content
Policy, and we are not taking action on it.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal geo-restriction outcome with full-width colons",
    why="thread geo-blocked in Korea; account declined with a reason",
    items={RD[0]: "restricted", RD[1]: "rejected"},
)

req_rd = request_text("KCSC-240906-05", "Reddit Legal team", RD, "13 September 2024")
case(
    name="reddit-dsn-bounce",
    frm="mailer-daemon@redditmail.com", name_from="Mail Delivery Subsystem", auth="none",
    date="Fri, 06 Sep 2024 05:00:12 +0000",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="0000000000007f3a1b0621aa0736"

--0000000000007f3a1b0621aa0736
Content-Type: text/plain; charset=UTF-8

Address not found

Your message wasn't delivered to legal-requests@reddit.com because the
address couldn't be found, or is unable to receive mail.

--0000000000007f3a1b0621aa0736
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.redditmail.com

Final-Recipient: rfc822; legal-requests@reddit.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

--0000000000007f3a1b0621aa0736
Content-Type: message/rfc822

Message-ID: <KCSC-240906-05@kcsc.example>
Date: Fri, 6 Sep 2024 14:00:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: legal-requests@reddit.com
Subject: KCSC-240906-05 Request to remove illegal content
Content-Type: text/plain; charset=utf-8

{chr(10).join(req_rd)}

--0000000000007f3a1b0621aa0736--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail-style 'Address not found' delivery status notification",
    why="a bounce carrying our own request",
    items={RD[0]: "pending", RD[1]: "pending"},
)

# ----------------------------------------------------------- Discord (1) --
case(
    name="discord-sole-removed",
    frm="safety@discord.com", name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 19:19:19 +0000",
    subject="Re: KCSC-240909-06 [Ticket #2931847]",
    reply_to_req="KCSC-240909-06",
    body="""
Hello,

Thanks for reaching out. Our Safety team reviewed the server you reported
under reference KCSC-240909-06 and has removed it from Discord for
violating our Community Guidelines. The invite link no longer works.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety ticket resolution",
    why="one-item request; the server is removed though the URL is not repeated",
    items={DC[0]: "removed"},
)

case(
    name="discord-ticket-receipt",
    frm="noreply@discord.com", name_from="Discord",
    date="Mon, 09 Sep 2024 01:02:03 +0000",
    subject="[Discord] Your request has been received: KCSC-240909-06",
    reply_to_req="KCSC-240909-06",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Your request (2931847) has been received and will be looked at by our
support staff.

To add any additional comments, reply to this email.

This email is a service from Discord.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk ticket receipt (Discord support)",
    why="pure ticket receipt",
    items={},
)

# ---------------------------------------------------------- Telegram (2) --
case(
    name="tg-blocked-and-restricted-fullwidth",
    frm="abuse@telegram.org", name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 12:12:12 +0000",
    subject="Re: KCSC-240910-07 Case #4410736",
    reply_to_req="KCSC-240910-07",
    body=f"""
Hello,

Case #4410736 (your reference KCSC-240910-07).

The channel {TG[0]} has been blocked on all Telegram apps and is no longer
accessible.
The post （{TG[1]}） has been restricted for users in South Korea。

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply (channel block, local restriction)",
    why="channel blocked globally: removed; post restricted in Korea, URL in full-width brackets",
    items={TG[0]: "removed", TG[1]: "restricted"},
)

case(
    name="tg-wrong-platform-tiktok",
    frm="abuse@telegram.org", name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 08:08:08 +0000",
    subject="Re: KCSC-240905-04 Request to remove illegal content",
    reply_to_req="KCSC-240905-04",
    body=f"""
Hello,

We could not find the content at the links below on Telegram:

{TT[0]}
{TT[1]}

These links do not belong to Telegram. Please contact the service that
hosts them.

Telegram Abuse Team
""",
    outcome="review", review="wrong_platform",
    imitates="Telegram abuse-desk reply to a request misaddressed to it",
    why="Telegram states 'could not find' about TikTok items",
    items={TT[0]: "pending", TT[1]: "pending"},
)

# ------------------------------------------- Twitch, Snapchat, Pinterest --
case(
    name="twitch-use-the-portal",
    frm="legal@twitch.tv", name_from="Twitch Legal",
    date="Tue, 10 Sep 2024 17:00:00 +0000",
    subject="Re: Contact from the Korea Communications Standards Commission",
    body="""
Hello,

Thank you for contacting Twitch. Government agencies should submit content
removal requests through our dedicated form at
https://www.twitch.tv/p/en/legal/government-requests/ so that they reach
the right team and can be tracked.

Kind regards,
Twitch Legal
""",
    outcome="review", review="no_claims",
    imitates="Twitch legal redirect to its government-request form",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="snapchat-out-of-office",
    frm="dcho@snap.com", name_from="Daniel Cho",
    date="Mon, 09 Sep 2024 03:03:03 +0000",
    subject="Out of Office: KCSC monthly contact list",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
Hi, I'm travelling until 20 September and will respond when I'm back.
For urgent safety matters please contact lawenforcement@snap.com.

Daniel
""",
    outcome="ignored", classification="auto_reply",
    imitates="out-of-office auto-reply from a Snap employee",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="pinterest-report-received",
    frm="no-reply@pinterest.com", name_from="Pinterest Support",
    date="Tue, 10 Sep 2024 04:04:04 +0000",
    subject="We received your report [#84213377]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hi there,

We got your report and created ticket #84213377. Our team reviews reports
in the order we receive them, and we'll get back to you by email.

Thanks,
Pinterest Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Pinterest support ticket receipt",
    why="pure acknowledgement, no items",
    items={},
)


HEADER = """# Blind corpus set 736: English notices from many platforms.
# Written by tests/corpus/blind736/make.py; expected results written from each
# email's meaning before any run of the reader. Each case runs alone on a fresh
# ledger holding tests/corpus/blind736/requests.csv.
"""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("frm")
        if c.get("auth") == "none":
            c["auth"] = "none"
    corpuslib.write_set(HERE, "blind736", HEADER, CASES)


if __name__ == "__main__":
    main()
