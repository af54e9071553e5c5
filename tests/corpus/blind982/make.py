#!/usr/bin/env python3
"""Blind set 982: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Twitch, Discord, plus Google, Snapchat and Pinterest mail).

Writes requests.csv, cases/*.eml and expected.toml. Deterministic:

    python3 tests/corpus/blind982/make.py

Every email is fictional and written in our own sentences; each case names
in `imitates` the kind of public notice it imitates. Expected results were
written from each email's meaning before the reader was run on this set.
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

# ---------------------------------------------------------------- requests

X1 = "https://x.com/mirae_trade88/status/1831000000000000101"
X2 = "https://x.com/mirae_trade88/status/1831000000000000102"
X3 = "https://x.com/mirae_trade88/status/1831000000000000103"
X4 = "https://x.com/hanbit_deals/status/1831000000000000204"
X5 = "https://x.com/hanbit_deals/status/1831000000000000205"
X6 = "https://x.com/jjk_pharma_kr/status/1831000000000000306"
X7 = "https://x.com/jjk_pharma_kr/status/1831000000000000307"
X8 = "https://x.com/jjk_pharma_kr/status/1831000000000000308"
X9 = "https://x.com/blue_lantern_k/status/1831000000000000409"
X10 = "https://x.com/blue_lantern_k/status/1831000000000000410"
X11 = "https://x.com/sori_market/status/1831000000000000511"
X12 = "https://x.com/sori_market"
X_ALL = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

Y1 = "https://www.youtube.com/watch?v=Qm3vT8pLx2a"
Y2 = "https://www.youtube.com/watch?v=Rk7wN1dZc4b"
Y3 = "https://youtu.be/Hs2yB9eFq6c"
Y4 = "https://www.youtube.com/@dalbit_casino_tv"
Y_ALL = [Y1, Y2, Y3, Y4]

M1 = "https://www.facebook.com/groups/seoulfastloan/posts/771204938812345"
M2 = ("https://www.facebook.com/permalink.php?story_fbid="
      "pfbid02Xk9LmQ7vRt3sWz8YbNcA1eHfGuJ5kPdT6&id=100089123456789")
M3 = "https://www.instagram.com/p/C9xTq2LmN4a/"
M4 = "https://www.instagram.com/p/C9yUr3MnO5b/"
M5 = "https://www.facebook.com/hanriver.pills.shop"
M_ALL = [M1, M2, M3, M4, M5]

T1 = "https://www.tiktok.com/@k.bet.daily/video/7410000000000000011"
T2 = "https://www.tiktok.com/@k.bet.daily/video/7410000000000000012"
T3 = "https://www.tiktok.com/@nightpharm_kr/video/7410000000000000023"
T_ALL = [T1, T2, T3]

R1 = "https://www.reddit.com/r/koreadeals_unofficial/comments/1f9abcd/cheap_prescription_meds_no_rx/"
R2 = "https://www.reddit.com/user/seoul_plug_2024/"

W1 = "https://www.twitch.tv/videos/2245000011"
W2 = "https://www.twitch.tv/slotking_kr"

D1 = "https://discord.gg/kr-toto-vip"

REQUESTS = [
    ("KCSC-240902-01", "x", "2024-09-02", "2024-09-09", X_ALL,
     ["illegal_goods"] * 3 + ["gambling"] * 2 + ["drugs"] * 3 + ["illegal_goods"] * 2
     + ["drugs"] * 2, "largest request"),
    ("KCSC-240904-02", "youtube", "2024-09-04", "2024-09-11", Y_ALL, ["gambling"] * 4, ""),
    ("KCSC-240905-03", "meta", "2024-09-05", "2024-09-12", M_ALL, ["drugs"] * 5, ""),
    ("KCSC-240906-04", "tiktok", "2024-09-06", "2024-09-13", T_ALL,
     ["gambling", "gambling", "drugs"], ""),
    ("KCSC-240909-05", "reddit", "2024-09-09", "2024-09-16", [R1, R2], ["drugs"] * 2, ""),
    ("KCSC-240910-06", "twitch", "2024-09-10", "2024-09-17", [W1, W2], ["gambling"] * 2, ""),
    ("KCSC-240911-07", "discord", "2024-09-11", "2024-09-18", [D1], ["gambling"], ""),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cats, note in REQUESTS:
        mid = "req-" + ref[5:].lower() + "@kcsc.example"
        for u, c in zip(urls, cats):
            w.writerow([ref, plat, sent, due, u, c, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def req_id(ref):
    return "req-" + ref[5:].lower()


# ---------------------------------------------------------------- helpers

def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def single(ctype, cte, encoded):
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n" + encoded)


def quoted_x_request(prefix="> "):
    lines = ["Dear X Legal team,", "",
             "Under Article 44-7 of the Information and Communications Network Act,",
             "the Korea Communications Standards Commission asks you to remove or",
             "restrict the following 12 items (our reference KCSC-240902-01):", ""]
    for i, u in enumerate(X_ALL, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please reply by 9 September 2024.", "",
              "KCSC Takedown Desk"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def quoted_meta_request():
    lines = ["From: KCSC Takedown <takedown@kcsc.example>",
             "Sent: Thursday, September 5, 2024 10:02 AM",
             "To: Meta Regulatory Korea <kr-regulatory@meta.com>",
             "Subject: KCSC-240905-03 Request for removal (5 items)", "",
             "Dear Meta team,", "",
             "We request the removal of the following content, which is illegal",
             "under Korean law (sale of prescription drugs without a licence):", ""]
    lines += [f"  - {u}" for u in M_ALL]
    lines += ["", "Please let us know the outcome for each item by 12 September.", "",
              "KCSC Takedown Desk"]
    return "\n".join(lines)


# ---------------------------------------------------------------- cases

CASES = []


def case(**kw):
    CASES.append(kw)


# ===== X (request KCSC-240902-01, 12 items)

case(
    name="x-withheld-kr-numbered",
    **{"from": "legal-requests@x.com"},
    name_from="X Legal",
    date="Wed, 04 Sep 2024 03:14:27 +0000",
    subject="Re: KCSC-240902-01 Request to remove content [ref:_00DA0K7Q._5004T2bXk3:ref]",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""
Hello,

Thank you for your report. We reviewed the posts listed in your letter under
the laws of the Republic of Korea and the X Rules.

We have withheld the following posts in South Korea:

1. {X1}
2. {X2}
3. {X3}

The account holder has been informed in line with our user notice policy.
Background on country withheld content is available at
https://help.x.com/en/rules-and-policies/post-withheld-by-country

The remaining URLs in your request are still being assessed and we will
reply separately.

Regards,
X Legal
""",
    outcome="applied",
    imitates="X legal team reply: posts withheld in country (CWC) with the list of withheld URLs",
    why="unhedged 'have withheld ... in South Korea' for three named posts; the rest is said to be still under assessment",
    items={X1: "restricted", X2: "restricted", X3: "restricted"},
)

case(
    name="x-plain-text-table",
    **{"from": "legal-requests@x.com"},
    name_from="X Legal",
    date="Thu, 05 Sep 2024 08:41:02 +0000",
    subject="Re: [KCSC-240902-01] Outcome of your legal request",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""
Hi KCSC team,

Please find below our decisions on the posts from @hanbit_deals and
@jjk_pharma_kr that you reported.

URL                                                      | Outcome
---------------------------------------------------------+-----------------------------------
{X4}  | Removed (X Rules: illegal goods)
{X5}  | Withheld in KR
{X6} | Withheld in KR
{X7} | No action - not in violation
{X8} | Removed (X Rules: illegal goods)

Where we took no action, we did not find the post to break the X Rules or
Korean law on the information provided.

Thanks,
X Legal Operations
""",
    outcome="applied",
    imitates="X legal operations reply with a plain-text outcome table per URL",
    why="one row per URL: removed, withheld in KR (restricted), no action as not in violation (rejected)",
    items={X4: "removed", X5: "restricted", X6: "restricted", X7: "rejected", X8: "removed"},
)

case(
    name="x-account-suspended",
    **{"from": "legal-requests@x.com"},
    name_from="X Legal",
    date="Fri, 06 Sep 2024 01:05:55 +0000",
    subject="Re: KCSC-240902-01 Account @sori_market",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""
Hello,

We are writing about the account you reported in your request.

The account @sori_market ({X12}) has been permanently suspended for
violating our policy on illegal or certain regulated goods and services.

We will follow up on the other items of your request in a separate email.

X Legal
""",
    outcome="applied",
    imitates="X notice that a reported account was permanently suspended",
    why="account named by URL in parentheses and stated suspended (made unavailable): removed",
    items={X12: "removed"},
)

case(
    name="x-top-posted-over-quoted-request",
    **{"from": "legal-requests@x.com"},
    name_from="X Legal",
    date="Sat, 07 Sep 2024 06:20:13 +0000",
    subject="Re: KCSC-240902-01 Request to remove content",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""
Hello,

Both posts from @blue_lantern_k are now withheld in South Korea:
{X9}
{X10}

We are still reviewing the rest of your list.

X Legal

On Mon, Sep 2, 2024 at 5:10 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_x_request()}
""",
    outcome="applied",
    imitates="X legal reply top-posted over the regulator's quoted request (Gmail-style '>' quoting)",
    why="the two URLs under 'now withheld in South Korea' are restricted; the quoted list below 'wrote:' is the regulator's own text",
    items={X9: "restricted", X10: "restricted"},
)

case(
    name="x-bare-url-status-below",
    **{"from": "legal-requests@x.com"},
    name_from="X Legal",
    date="Mon, 09 Sep 2024 02:33:40 +0000",
    subject="Case update - KCSC-240902-01",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""
Case update - KCSC-240902-01

{X1}
Status: Withheld in Korea (KR)

{X6}
Status: Removed - violated the X Rules

{X11}
Status: No action taken - the post had been deleted by the account owner before our review

{X9}
Status: No action - not found to violate the X Rules or Korean law

X Legal
""",
    outcome="applied",
    imitates="X case-update email: bare URL with a 'Status:' line under it",
    why="each URL has its status on the next line: withheld (restricted), removed, deleted by its owner (not_found), no violation (rejected)",
    items={X1: "restricted", X6: "removed", X11: "not_found", X9: "rejected"},
)

case(
    name="x-gmail-quoted-human-reply",
    **{"from": "daniel.okafor@x.com"},
    name_from="Daniel Okafor",
    date="Wed, 04 Sep 2024 11:52:08 +0000",
    subject="Re: KCSC-240902-01 Request for removal (12 items)",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""
Hi,

Following up on your request. We've removed this post for violating our
policy on illegal goods:
{X2}

And this one is withheld in Korea only:
{X3}

Best,
Daniel
X Legal Operations

On Mon, Sep 2, 2024 at 5:10 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_x_request()}
""",
    outcome="applied",
    imitates="a human X legal operations reply with the statement before the URL on the next line, over a Gmail-quoted request",
    why="statement line then URL line: 102 removed, 103 withheld in Korea (restricted); the quoted request is not a statement",
    items={X2: "removed", X3: "restricted"},
)

case(
    name="x-html-outcome-table",
    **{"from": "noreply@x.com"},
    name_from="X",
    date="Tue, 10 Sep 2024 04:10:00 +0000",
    subject="Your legal request KCSC-240902-01 has been processed",
    reply_to_req=req_id("KCSC-240902-01"),
    type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hello,</p>
<p>We have finished processing part of your legal request <b>KCSC-240902-01</b>.
The table below shows the action taken on each reported item.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action taken</th><th>Basis</th></tr>
<tr><td><a href="{X4}">{X4}</a></td><td>Removed</td><td>X Rules</td></tr>
<tr><td><a href="{X7}">{X7}</a></td><td>Withheld in: KR</td><td>Local law</td></tr>
<tr><td><a href="{X8}">{X8}</a></td><td>Content unavailable - the post does not exist</td><td>-</td></tr>
<tr><td><a href="{X12}">{X12}</a></td><td>Account suspended</td><td>X Rules</td></tr>
</table>
<p>For more about how we handle legal requests, see our
<a href="https://help.x.com/en/rules-and-policies/x-legal-faqs">Legal request FAQs</a>.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="applied",
    imitates="X legal request processed notification with an HTML action table",
    why="HTML table rows: removed, withheld in KR (restricted), post does not exist (not_found), account suspended (removed); the FAQ link is no item",
    items={X4: "removed", X7: "restricted", X8: "not_found", X12: "removed"},
)

case(
    name="x-korean-particles-bilingual",
    **{"from": "kr-legal@x.com"},
    name_from="X Korea Legal",
    date="Thu, 05 Sep 2024 09:03:44 +0900",
    subject="RE: KCSC-240902-01 조치 결과 / outcome",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""
Hello KCSC,

Regarding KCSC-240902-01 (partial reply):

{X9}의 게시물은 대한민국 내에서 보류(withheld) 처리되었습니다.
The post at {X5} was removed for violating our rules.
{X1}은 X 규칙 위반이 확인되지 않아 조치하지 않았습니다 (no violation found, no action).

We will send the outcome for the other posts later this week.

X Korea Legal
""",
    outcome="applied",
    imitates="X Korea legal staff writing a bilingual Korean/English outcome, URLs followed directly by Korean particles",
    why="409 withheld in Korea (restricted), 205 removed, 101 no violation and no action (rejected)",
    items={X9: "restricted", X5: "removed", X1: "rejected"},
)

case(
    name="x-promise-to-withhold",
    **{"from": "legal-requests@x.com"},
    name_from="X Legal",
    date="Tue, 03 Sep 2024 07:45:19 +0000",
    subject="Re: KCSC-240902-01 Request to remove content",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""
Hello,

Thank you for your request. Our team has escalated the posts below to our
legal reviewers. If they are found to be illegal under Korean law, they will
be withheld in Korea:

- {X6}
- {X7}

We aim to respond within five business days.

X Legal
""",
    outcome="review",
    review="not_understood",
    imitates="X legal 'escalated for review' reply with a conditional promise to withhold",
    why="'will be withheld' under a condition is a promise, not a statement; names requested items so it goes to a person",
    items={X6: "pending", X7: "pending"},
)

case(
    name="x-forged-dmarc-fail",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    auth="fail",
    date="Wed, 04 Sep 2024 13:30:00 +0000",
    subject="KCSC-240902-01 - content removed",
    body=f"""
Dear KCSC,

The following posts have been removed from X:

{X1}
{X2}

Kind regards,
X Legal Department
""",
    outcome="review",
    review="untrusted",
    imitates="plain removal confirmation that fails DMARC for x.com (spoofed sender)",
    why="item-level removal claims, but the x.com sender fails DKIM/SPF/DMARC: nothing applied",
    items={X1: "pending", X2: "pending"},
)

case(
    name="x-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mail.x.com"},
    name_from="Mail Delivery System",
    date="Mon, 02 Sep 2024 08:11:23 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b982-x"

--dsn-b982-x
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.x.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@x.com>: host mx.x.com said: 550 5.1.1 <legal-kr@x.com>:
    Recipient address rejected: User unknown in virtual mailbox table

--dsn-b982-x
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.x.com
Arrival-Date: Mon,  2 Sep 2024 08:11:20 +0000 (UTC)

Final-Recipient: rfc822; legal-kr@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-b982-x
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@x.com
Subject: KCSC-240902-01 Request for removal (12 items)
Message-ID: <req-240902-01@kcsc.example>
Date: Mon, 02 Sep 2024 17:10:00 +0900

{quoted_x_request(prefix="")}

--dsn-b982-x--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix delivery status notification (user unknown) carrying the original request",
    why="a DSN: the URLs are in the returned copy of our own request",
    items={},
)

case(
    name="google-search-delisting-x-urls",
    **{"from": "removals@google.com"},
    name_from="Google Legal Removals",
    date="Fri, 06 Sep 2024 15:22:31 +0000",
    subject="Re: KCSC-240902-01 [2-7719000031864]",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""
Hello,

Thanks for reaching out to us.

In response to your notice, we have removed the following URLs from Google
Search results for users in South Korea:

{X4}
{X5}

Please note that Google does not host this content and cannot remove it from
the site itself. To have it taken down at the source, contact the site's
operator.

Regards,
The Google Team
""",
    outcome="review",
    review="wrong_platform",
    imitates="Google Search legal removals reply (delisted locally, content hosted elsewhere)",
    why="a google.com sender (the YouTube platform) states statuses for X's posts; delisting by Google is not X acting on them",
    items={X4: "pending", X5: "pending"},
)

# ===== YouTube (KCSC-240904-02, 4 items)

case(
    name="yt-blocked-kr-and-removed",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 10:17:42 +0000",
    subject="Re: [6-2190000041177] KCSC-240904-02 Legal removal request",
    reply_to_req=req_id("KCSC-240904-02"),
    body=f"""
Hello,

Thanks for contacting YouTube.

After reviewing your request, we have blocked the following content from
view in South Korea on the basis of local law:
{Y1}

In addition, the following video was removed from YouTube for violating our
Community Guidelines:
{Y2}

We consider this matter closed. If you have further concerns, please submit
a new request through our webform.

Regards,
The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube legal support outcome: content blocked from view in a country, another video removed under Community Guidelines",
    why="Qm3 blocked from view in South Korea (restricted), Rk7 removed; each URL on the line below its statement",
    items={Y1: "restricted", Y2: "removed"},
)

case(
    name="yt-channel-terminated-qp",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    date="Sat, 07 Sep 2024 02:48:10 +0000",
    subject="Update on your report - KCSC-240904-02",
    reply_to_req=req_id("KCSC-240904-02"),
    raw_mime=single("text/plain", "quoted-printable", qp(f"""Hi there,

Thanks for your report. We’ve reviewed the channel you flagged and found that it violates our policy on online gambling.

Channel: {Y4}
Action: The channel has been terminated.

You can learn more about our Community Guidelines at https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

– The YouTube Team
""")),
    outcome="applied",
    imitates="YouTube report update notifying channel termination (quoted-printable body)",
    why="the one channel URL named and stated terminated: removed; the policy link is no item",
    items={Y4: "removed"},
)

case(
    name="yt-html-age-restricted-and-kept",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    date="Mon, 09 Sep 2024 05:31:27 +0000",
    subject="Your report KCSC-240904-02: our decision",
    reply_to_req=req_id("KCSC-240904-02"),
    type="html",
    body=f"""
<html><body>
<div style="font-family:Roboto,Arial,sans-serif;font-size:14px">
<p>Hi,</p>
<p>We reviewed the videos you reported.</p>
<ul>
<li><a href="{Y3}">{Y3}</a><br>
We've <b>age-restricted</b> this video. It can no longer be viewed by signed-out users or users under 18.</li>
<li><a href="{Y2}">{Y2}</a><br>
We didn't find that this video violates our Community Guidelines or local law, so it will remain available on YouTube.</li>
</ul>
<p>Thanks for helping keep YouTube safe.<br>The YouTube Team</p>
<p style="color:#888;font-size:11px">&copy; 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>
</div>
</body></html>
""",
    outcome="applied",
    imitates="YouTube report decision email (HTML) with an age restriction and a no-violation decision",
    why="Hs2 age-restricted (restricted); Rk7 found not violating and remaining available (rejected)",
    items={Y3: "restricted", Y2: "rejected"},
)

YT_CSV = (
    "URL,Decision,Details\n"
    f"{Y1},Blocked in country (KR),Local law - Korea\n"
    f"{Y2},Removed,Community Guidelines - Spam and deceptive practices\n"
    f"{Y3},No action,Content does not violate our policies or local law\n"
    f"{Y4},Not found,No channel exists at this URL\n"
)

case(
    name="yt-csv-attachment-outcomes",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 07:05:00 +0000",
    subject="Re: [6-2190000041177] KCSC-240904-02 Legal removal request",
    reply_to_req=req_id("KCSC-240904-02"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="yt-b982-mix"

--yt-b982-mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please see the attached file for our decision on each URL in your request
KCSC-240904-02.

Regards,
The YouTube Legal Team

--yt-b982-mix
Content-Type: text/csv; charset=utf-8; name="KCSC-240904-02_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240904-02_outcome.csv"
Content-Transfer-Encoding: base64

{b64(YT_CSV)}
--yt-b982-mix--
""",
    outcome="applied",
    imitates="YouTube legal reply with a per-URL outcome CSV attached",
    why="CSV rows: blocked in KR (restricted), removed, no action (rejected), no channel exists (not_found)",
    items={Y1: "restricted", Y2: "removed", Y3: "rejected", Y4: "not_found"},
)

case(
    name="yt-appears-unavailable-hedge",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 12:40:09 +0000",
    subject="Re: [6-2190000041177] KCSC-240904-02 Legal removal request",
    reply_to_req=req_id("KCSC-240904-02"),
    body=f"""
Hello,

Thanks for your patience.

The videos at the links below appear to no longer be available on YouTube,
possibly because the uploader took them down:

{Y1}
{Y2}

We are continuing to look into the channel {Y4} and will get back to you
once our review is complete.

Regards,
The YouTube Legal Team
""",
    outcome="review",
    review="not_understood",
    imitates="YouTube legal interim reply ('appears to no longer be available', channel still under review)",
    why="'appear to no longer be available ... possibly' is a hedge and the channel is still under review: no statement, names items",
    items={Y1: "pending", Y2: "pending", Y4: "pending"},
)

case(
    name="yt-legal-receipt-echo",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 04 Sep 2024 09:12:55 +0000",
    subject="[6-2190000041177] We received your legal request",
    body=f"""
Hello,

This is an automated confirmation that we have received your legal request.
Your case ID is 6-2190000041177. Please keep this ID for any follow-up.

Summary of your submission
Country: South Korea
Organisation: Korea Communications Standards Commission
Reference provided: KCSC-240904-02
URLs reported:
{Y1}
{Y2}
{Y3}
{Y4}

Our team will review your request and respond by email. Please do not reply
to this message.

The YouTube Legal Team
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Google/YouTube legal webform receipt echoing the submitted URLs",
    why="a pure receipt: case ID created, the URLs are only an echo of our submission, 'will review' is no statement",
    items={},
)

# ===== Meta (KCSC-240905-03, 5 items)

case(
    name="meta-dsa-statement-of-reasons",
    **{"from": "noreply@support.facebook.com"},
    name_from="Meta",
    date="Mon, 09 Sep 2024 03:20:41 +0000",
    subject="Decision on your report - KCSC-240905-03",
    reply_to_req=req_id("KCSC-240905-03"),
    body=f"""
Decision on your report

Your reference: KCSC-240905-03
Report ID: 1049938820071554

We have made a decision on two items in your report. A statement of reasons
has been sent to the people who posted them.

Content: {M3}
Decision: Removed
Ground: Instagram Community Guidelines - restricted goods and services
Detected by: user report, decision made by human review

Content: {M4}
Decision: Access restricted in South Korea
Ground: Illegal content under local law (Information and Communications
Network Act, Article 44-7)
Detected by: user report, decision made by human review

If you disagree with a decision, you can ask for a review at
https://www.facebook.com/help/contact/regulatory-appeal

Meta Content Regulation
""",
    outcome="applied",
    imitates="Meta DSA-style decision notice (statement of reasons fields: content, decision, ground, detection)",
    why="field blocks: C9x removed, C9y access restricted in South Korea; the appeal link is no item",
    items={M3: "removed", M4: "restricted"},
)

case(
    name="meta-page-unpublished-html",
    **{"from": "noreply@support.facebook.com"},
    name_from="Facebook",
    date="Tue, 10 Sep 2024 06:02:18 +0000",
    subject="Update on your report KCSC-240905-03",
    reply_to_req=req_id("KCSC-240905-03"),
    type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial">
<table width="600" cellpadding="0" cellspacing="0"><tr><td>
<p style="font-size:18px"><b>We took action on the Page you reported</b></p>
<p>The Facebook Page <a href="{M5}">{M5}</a> has been unpublished and is no longer visible on Facebook.
It went against our Community Standards on restricted goods and services.</p>
<p>We were unable to find any content at <a href="{M2}">this link you reported</a>
({M2.replace("&", "&amp;")}). The link is invalid or the content does not exist.</p>
<p>Thanks,<br>The Facebook Team</p>
</td></tr></table>
</body></html>
""",
    outcome="applied",
    imitates="Facebook report update (HTML): Page unpublished, reported link invalid",
    why="Page unpublished and no longer visible (removed); the permalink is invalid / content does not exist (not_found)",
    items={M5: "removed", M2: "not_found"},
)

case(
    name="meta-didnt-remove",
    **{"from": "noreply@support.facebook.com"},
    name_from="Instagram",
    date="Sat, 07 Sep 2024 22:14:06 +0000",
    subject="Your report on an Instagram post (KCSC-240905-03)",
    reply_to_req=req_id("KCSC-240905-03"),
    body=f"""
Hi,

Thanks for your report. We looked at the post you reported:
{M4}

We found that it doesn't go against our Community Guidelines, so we didn't
take it down. We also did not find it unlawful under the laws you cited.

If you think we got this wrong, you can request another review at
https://help.instagram.com/contact/regulatory-review

Instagram
""",
    outcome="applied",
    imitates="Instagram 'we didn't take it down' report outcome",
    why="one named post found not against the guidelines nor unlawful and not taken down: rejected",
    items={M4: "rejected"},
)

case(
    name="meta-outlook-quoted-request",
    **{"from": "j.castellanos@meta.com"},
    name_from="Julia Castellanos",
    date="Fri, 06 Sep 2024 08:55:30 +0000",
    subject="RE: KCSC-240905-03 Request for removal (5 items)",
    reply_to_req=req_id("KCSC-240905-03"),
    body=f"""
Hello KCSC team,

Quick update on your request. The Instagram post
{M3} has been restricted in Korea under local law, and the following
group post has been removed for violating our Community Standards:
{M1}

We're still working on the remaining three items.

Best regards,
Julia Castellanos
Regulatory Operations, Meta

-----Original Message-----
{quoted_meta_request()}
""",
    outcome="applied",
    imitates="Meta regulatory operations staff reply over an Outlook '-----Original Message-----' quote",
    why="C9x restricted in Korea, group post removed; the URL list under 'Original Message' is the regulator's own request",
    items={M3: "restricted", M1: "removed"},
)

META_QP_TEXT = f"""Hello,

We've reviewed the content you reported in KCSC-240905-03.

The post at the following address has been removed for going against our Community Standards on drugs: {M2}

The group post you reported ({M1}) doesn't lead to any content on Facebook, so we couldn't locate it.

The Facebook Team
"""

case(
    name="meta-qp-wrapped-permalink",
    **{"from": "noreply@support.facebook.com"},
    name_from="Facebook",
    date="Wed, 11 Sep 2024 01:46:52 +0000",
    subject="Update on your report KCSC-240905-03",
    reply_to_req=req_id("KCSC-240905-03"),
    raw_mime=single("text/plain", "quoted-printable", qp(META_QP_TEXT)),
    outcome="applied",
    imitates="Facebook report update in quoted-printable with a long permalink URL soft-wrapped",
    why="the permalink (joined by QP soft breaks) removed; the group post could not be located (not_found)",
    items={M2: "removed", M1: "not_found"},
)

case(
    name="meta-bulk-all-removed",
    **{"from": "noreply@support.facebook.com"},
    name_from="Meta",
    date="Thu, 12 Sep 2024 04:30:00 +0000",
    subject="Re: KCSC-240905-03",
    reply_to_req=req_id("KCSC-240905-03"),
    body="""
Hello,

Thank you for your report KCSC-240905-03. All of the content listed in your
report has been removed from Facebook and Instagram for going against our
Community Standards.

Meta Content Regulation
""",
    outcome="review",
    review="bulk",
    imitates="Meta one-line bulk outcome ('all of the content listed has been removed')",
    why="a statement about all items of a five-item request without naming each: bulk, items stay pending",
    items={},
)

case(
    name="meta-may-have-been-removed",
    **{"from": "kr-regulatory@meta.com"},
    name_from="Meta Regulatory Korea",
    date="Tue, 10 Sep 2024 09:09:09 +0000",
    subject="RE: KCSC-240905-03 Request for removal (5 items)",
    reply_to_req=req_id("KCSC-240905-03"),
    body=f"""
Hello,

Thanks for your follow-up. It looks like the Instagram post
{M3} may have already been removed by the person who shared it, but we
can't confirm this yet.

We're also still looking into the Page {M5} and will update you once we
have an outcome.

Meta Regulatory Korea
""",
    outcome="review",
    review="not_understood",
    imitates="Meta regulatory contact's interim reply with hedges ('may have already been removed', 'still looking into')",
    why="hedge plus 'can't confirm' and an open review: nothing stated, but requested items are named",
    items={M3: "pending", M5: "pending"},
)

case(
    name="meta-read-receipt",
    **{"from": "slindqvist@meta.com"},
    name_from="Sara Lindqvist",
    date="Thu, 05 Sep 2024 01:20:44 +0000",
    subject="Read: KCSC-240905-03 Request for removal (5 items)",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b982-meta"

--mdn-b982-meta
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Your message

  To: Sara Lindqvist
  Subject: KCSC-240905-03 Request for removal (5 items)
  Sent: Thursday, September 5, 2024 10:02:00 AM (UTC+09:00) Seoul

was read on Thursday, September 5, 2024 10:20:41 AM (UTC+09:00) Seoul.

--mdn-b982-meta
Content-Type: message/disposition-notification

Reporting-UA: EX-MBX04.meta.com; Microsoft Exchange Server
Final-Recipient: rfc822;slindqvist@meta.com
Original-Message-ID: <req-240905-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b982-meta--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook/Exchange read receipt (MDN) from a Meta employee",
    why="a message disposition notification: says only that our request was read",
    items={},
)

case(
    name="meta-outsourced-vendor-unknown-sender",
    **{"from": "kr-regulatory@teleperf-partners.com"},
    name_from="Regulatory Support (on behalf of Meta)",
    date="Mon, 09 Sep 2024 07:12:00 +0000",
    subject="RE: KCSC-240905-03 Request for removal (5 items)",
    reply_to_req=req_id("KCSC-240905-03"),
    body=f"""
Dear KCSC,

We are writing on behalf of Meta Platforms regarding your request.

The Instagram post {M3} has been removed.

Regards,
Regulatory Support Team
Teleperf Partners - outsourced support for Meta
""",
    outcome="review",
    review="unknown_sender",
    imitates="reply from an outsourced support vendor writing 'on behalf of' a platform",
    why="names our request and a requested URL, but the sender domain belongs to no configured platform",
    items={M3: "pending"},
)

# ===== TikTok (KCSC-240906-04, 3 items)

case(
    name="tiktok-report-outcome-bullets",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok Trust and Safety",
    date="Mon, 09 Sep 2024 11:03:27 +0000",
    subject="TikTok: Outcome of your report (KCSC-240906-04)",
    reply_to_req=req_id("KCSC-240906-04"),
    body=f"""
Hi,

We've reviewed the content you reported. Here is what we found:

  * {T1} - removed for violating our Community Guidelines on gambling
  * {T3} - we reviewed this video and found no violation; it remains available

You can see the status of your reports in the Safety Center. To learn more,
visit https://www.tiktok.com/community-guidelines

TikTok Trust and Safety
""",
    outcome="applied",
    imitates="TikTok report outcome email with a bulleted per-video result",
    why="bullet per URL: 011 removed, 023 no violation and remains available (rejected)",
    items={T1: "removed", T3: "rejected"},
)

TT_B64_TEXT = f"""Dear Sir or Madam,

Thank you for your legal request KCSC-240906-04.

Having reviewed the reported content against the law of the Republic of Korea, we have restricted access to each of the following videos in the Republic of Korea:

{T1}
{T2}
{T3}

The videos remain available in other regions where they do not violate local law or our Community Guidelines.

Yours faithfully,
TikTok Legal Team
"""

case(
    name="tiktok-restricted-kr-base64",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Legal",
    date="Tue, 10 Sep 2024 02:14:39 +0000",
    subject="Your legal request KCSC-240906-04",
    reply_to_req=req_id("KCSC-240906-04"),
    raw_mime=single("text/plain", "base64", b64(TT_B64_TEXT)),
    outcome="applied",
    imitates="TikTok legal team reply on a government request: access restricted in the country (base64 body)",
    why="each of the three videos named and restricted in Korea",
    items={T1: "restricted", T2: "restricted", T3: "restricted"},
)

case(
    name="tiktok-ack-plus-statement-fullwidth",
    **{"from": "feedback@tiktok.com"},
    name_from="TikTok Support",
    date="Sun, 08 Sep 2024 05:55:41 +0000",
    subject="Re: KCSC-240906-04 [Ticket KR-88120431]",
    reply_to_req=req_id("KCSC-240906-04"),
    body=f"""
Hello,

Thank you for your report. We have received it and created ticket
KR-88120431.

Our review is now complete: the video （{T2}）has been removed for
violating our Community Guidelines.

Thanks,
TikTok Support (Korea)
""",
    outcome="applied",
    imitates="TikTok support ticket reply that acknowledges and states the removal in one email",
    why="receipt wording plus an unhedged 'has been removed' for a named video in full-width parentheses: not a mere acknowledgement",
    items={T2: "removed"},
)

case(
    name="tiktok-bulk-all-actioned",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Legal",
    date="Wed, 11 Sep 2024 08:08:08 +0000",
    subject="Your legal request KCSC-240906-04 - completed",
    reply_to_req=req_id("KCSC-240906-04"),
    body="""
Dear Sir or Madam,

We have completed our review of your request KCSC-240906-04 and have
actioned all reported videos in accordance with applicable law.

Yours faithfully,
TikTok Legal Team
""",
    outcome="review",
    review="bulk",
    imitates="TikTok legal 'request completed, all reported videos actioned' closing email",
    why="one statement about all three videos without naming each: bulk",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "feedback@tiktok.com"},
    name_from="TikTok Support",
    date="Fri, 06 Sep 2024 06:30:10 +0000",
    subject="We've received your request [Ticket KR-88120431]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

We've received your request and a member of our team will get back to you
as soon as possible. Your ticket number is KR-88120431.

To add information, reply to this email and keep the ticket number in the
subject line.

TikTok Support
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="TikTok support ticket-creation receipt",
    why="pure receipt: ticket created, no item, nothing stated",
    items={},
)

# ===== Reddit (KCSC-240909-05, 2 items)

case(
    name="reddit-removed-and-suspended-angle",
    **{"from": "safety@reddit.com"},
    name_from="Reddit Safety",
    date="Wed, 11 Sep 2024 17:40:03 +0000",
    subject="Re: KCSC-240909-05 Removal request",
    reply_to_req=req_id("KCSC-240909-05"),
    body=f"""
Hi there,

Thanks for submitting a report to the Reddit admins. After investigating,
we've found that the reported content violates Reddit's rule on illegal
transactions.

The post <{R1}> has been removed.
The account <{R2}> has been permanently suspended.

Thanks for helping keep Reddit safe.
Reddit Safety
""",
    outcome="applied",
    imitates="Reddit admin report outcome ('we've found that the reported content violates...') with URLs in angle brackets",
    why="post removed, account permanently suspended (removed)",
    items={R1: "removed", R2: "removed"},
)

case(
    name="reddit-mod-removed-user-not-found",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 19:01:10 +0000",
    subject="RE: KCSC-240909-05 Removal request",
    reply_to_req=req_id("KCSC-240909-05"),
    body=f"""
Hello,

We looked into the two items in your request.

1) {R1}
   This post was removed by the moderators of r/koreadeals_unofficial before
   our review, so no further action was needed from us.

2) {R2}
   We could not find a Reddit account with that username.

Best,
Reddit Legal Operations
""",
    outcome="applied",
    imitates="Reddit legal operations reply: post already removed by subreddit moderators, user not found",
    why="the post was removed (by moderators) and no account exists with that name (not_found)",
    items={R1: "removed", R2: "not_found"},
)

case(
    name="reddit-asks-for-legal-basis",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Tue, 10 Sep 2024 16:22:45 +0000",
    subject="RE: KCSC-240909-05 Removal request",
    reply_to_req=req_id("KCSC-240909-05"),
    body=f"""
Hello,

Thank you for your request concerning the following content:

{R1}
{R2}

Before we can evaluate it, we need a copy of the decision or order under
which you are asking for removal, and the specific provision of Korean law
that the content is alleged to violate. Please reply to this email with that
information.

Best,
Reddit Legal Operations
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Reddit legal request for the underlying legal order before acting",
    why="the platform asks for documents before deciding; no status is stated",
    items={R1: "pending", R2: "pending"},
)

case(
    name="reddit-auto-ack",
    **{"from": "noreply@redditmail.com"},
    name_from="Reddit",
    date="Mon, 09 Sep 2024 03:01:59 +0000",
    subject="Thanks for your report",
    body="""
Hi,

Thanks for submitting a report to the Reddit admins. We're looking into it
and will let you know once we've reached a decision.

This is an automated message; replies to this address are not monitored.

Reddit
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Reddit automated report receipt",
    why="pure receipt with a promise to decide later; names nothing",
    items={},
)

# ===== Twitch (KCSC-240910-06, 2 items)

case(
    name="twitch-vod-removed-channel-suspended",
    **{"from": "safety@twitch.tv"},
    name_from="Twitch Trust & Safety",
    date="Thu, 12 Sep 2024 21:15:33 +0000",
    subject="Re: KCSC-240910-06 Report of illegal gambling promotion",
    reply_to_req=req_id("KCSC-240910-06"),
    body=f"""
Hello,

Thank you for reaching out to Twitch Trust & Safety.

Following our investigation:

- VOD {W1}: removed for violating our Community Guidelines on gambling.
- Channel {W2}: indefinitely suspended; the channel is no longer available
  on Twitch.

Regards,
Twitch Trust & Safety
""",
    outcome="applied",
    imitates="Twitch Trust & Safety enforcement outcome (VOD removed, channel indefinitely suspended)",
    why="VOD removed; channel suspended and no longer available (removed)",
    items={W1: "removed", W2: "removed"},
)

case(
    name="twitch-no-violation-vod-deleted",
    **{"from": "legal@twitch.tv"},
    name_from="Twitch Legal",
    date="Fri, 13 Sep 2024 18:44:12 +0000",
    subject="RE: KCSC-240910-06",
    reply_to_req=req_id("KCSC-240910-06"),
    body=f"""
Dear KCSC,

We have reviewed the channel {W2} and did not find content that
violates our Community Guidelines or Korean law. We are therefore not taking
action on the channel.

The video {W1} had already been deleted by the creator
before we received your request, so there was nothing for us to act on.

Sincerely,
Twitch Legal
""",
    outcome="applied",
    imitates="Twitch legal refusal with reason, plus a VOD already deleted by its creator",
    why="channel: no violation, no action (rejected); VOD deleted by its creator before review (not_found)",
    items={W2: "rejected", W1: "not_found"},
)

case(
    name="twitch-conditional-removal",
    **{"from": "safety@twitch.tv"},
    name_from="Twitch Trust & Safety",
    date="Wed, 11 Sep 2024 12:10:00 +0000",
    subject="Re: KCSC-240910-06 Report of illegal gambling promotion",
    reply_to_req=req_id("KCSC-240910-06"),
    body=f"""
Hello,

Thanks for your report. The VOD {W1} is with our specialist team. If it is
found to violate our Community Guidelines it will be removed, and we may also
take action on the channel that published it.

Regards,
Twitch Trust & Safety
""",
    outcome="review",
    review="not_understood",
    imitates="Twitch interim reply with a conditional promise to remove",
    why="'if ... it will be removed' is a conditional promise about a named VOD: pending, to a person",
    items={W1: "pending"},
)

case(
    name="twitch-out-of-office",
    **{"from": "m.ferreira@twitch.tv"},
    name_from="Marta Ferreira",
    date="Tue, 10 Sep 2024 01:02:03 +0000",
    subject="Automatic reply: KCSC-240910-06 Report of illegal gambling promotion",
    reply_to_req=req_id("KCSC-240910-06"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Hi,

I am out of the office until Monday 16 September with limited access to
email. For urgent Trust & Safety matters, please write to safety@twitch.tv.

Thanks,
Marta
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Exchange 'Automatic reply' out-of-office from a platform employee",
    why="out-of-office auto-reply",
    items={},
)

# ===== Discord (KCSC-240911-07, 1 item)

case(
    name="discord-server-removed-angle",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 14:00:27 +0000",
    subject="Re: KCSC-240911-07 Discord server promoting illegal betting",
    reply_to_req=req_id("KCSC-240911-07"),
    body=f"""
Hi there,

Thanks for your report. We investigated the server behind the invite
<{D1}> and found that it violated our Community Guidelines. We have removed
the server, and the invite link no longer works.

Best,
Discord Trust & Safety
""",
    outcome="applied",
    imitates="Discord Trust & Safety report outcome (server removed, invite no longer works)",
    why="the named server invite was removed",
    items={D1: "removed"},
)

case(
    name="discord-sole-statement-no-url",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 22:31:05 +0000",
    subject="Re: KCSC-240911-07 Discord server promoting illegal betting",
    reply_to_req=req_id("KCSC-240911-07"),
    body="""
Hi,

We've taken action on the server you reported in KCSC-240911-07: it has
been removed from Discord, and its owner's account has been banned.

Best,
Discord Trust & Safety
""",
    outcome="applied",
    imitates="Discord short outcome naming the request but not the URL",
    why="a single unhedged removal for a one-item request: it applies to that item",
    items={D1: "removed"},
)

# ===== Other senders (no request of their own)

case(
    name="snap-out-of-office",
    **{"from": "j.rivera@snap.com"},
    name_from="Jordan Rivera",
    date="Thu, 05 Sep 2024 00:45:12 +0000",
    subject="Out of Office: KCSC-240905-03 Request for removal (5 items)",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Thank you for your email. I'm away until 23 September and will not be
checking messages. For law enforcement and government requests, please use
our official channels.

Jordan Rivera
Snap Inc.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="out-of-office auto-reply from a Snap employee copied on a request",
    why="out-of-office auto-reply, whoever sent it",
    items={},
)

case(
    name="pinterest-no-claims",
    **{"from": "legal@pinterest.com"},
    name_from="Pinterest Legal",
    date="Fri, 06 Sep 2024 20:05:50 +0000",
    subject="Your message to Pinterest",
    body="""
Hi,

Thanks for reaching out. We've looked at the Pins you contacted us about and
removed those that go against our Community Guidelines.

If you have other concerns, you can report content directly from any Pin.

Pinterest Legal
""",
    outcome="review",
    review="no_claims",
    imitates="Pinterest legal generic outcome reply that names no Pin and no reference",
    why="a trusted platform email that names no item and references no request",
    items={},
)


HEADER = """# blind982: English notices from many platforms (X, YouTube, Meta, TikTok,
# Reddit, Twitch, Discord, plus Google, Snapchat and Pinterest mail).
# Written by tests/corpus/blind982/make.py; expected results written from
# each email's meaning before the reader was run on this set.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind982", HEADER, CASES)


if __name__ == "__main__":
    main()
