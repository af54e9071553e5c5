#!/usr/bin/env python3
"""Blind set 748: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).

    python3 tests/corpus/blind748/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic: fixed
MIME boundaries, no clock, no randomness. Expected results were written from
each email's meaning before the reader was ever run on this set.
"""
import base64
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind748"

# --- requested items -------------------------------------------------------
X = [
    "https://x.com/nightowl_kr88/status/1830412236547100001",
    "https://x.com/nightowl_kr88/status/1830412236547100002",
    "https://x.com/moonlit_trader/status/1830598812345600013",
    "https://x.com/moonlit_trader/status/1830598812345600014",
    "https://x.com/quickpay_seoul/status/1830700011122233345",
    "https://x.com/quickpay_seoul/status/1830700011122233346",
    "https://x.com/bluegate_shop/status/1830811100022200077",
    "https://twitter.com/bluegate_shop/status/1830811100022200078",
    "https://x.com/han_river_leaks/status/1830922200033300089",
    "https://x.com/han_river_leaks/status/1830922200033300090",
    "https://x.com/sol_casino_vip/status/1831033300044400011",
    "https://x.com/sol_casino_vip",
]
YT = [
    "https://www.youtube.com/watch?v=Qm3vT8xLp2A",
    "https://www.youtube.com/watch?v=Zk7yR1nWc0E",
    "https://youtu.be/Hb4sJ6uTq9M",
    "https://www.youtube.com/shorts/Lp0dX5eVa3K",
]
FB = "https://www.facebook.com/groups/quickloanhelp/posts/771204418890123"
IGP = "https://www.instagram.com/p/C9xTr4bLmQe/"
IGR = "https://www.instagram.com/reel/C9yKp2aNwUz/"
TT = [
    "https://www.tiktok.com/@jjangpick_daily/video/7409112233445566001",
    "https://www.tiktok.com/@jjangpick_daily/video/7409112233445566002",
    "https://www.tiktok.com/@pillmarket.kr/video/7409223344556677003",
    "https://www.tiktok.com/@pillmarket.kr/video/7409223344556677004",
    "https://www.tiktok.com/@pillmarket.kr",
]
RD1_RAW = "https://www.reddit.com/r/koreatrades/comments/1f8qz3k/신분증_판매/"
RD1 = "https://www.reddit.com/r/koreatrades/comments/1f8qz3k/" + quote("신분증_판매") + "/"
RD2 = "https://www.reddit.com/r/koreatrades/comments/1f8r0ab/comment/lld7x2q/"
DC = "https://discord.gg/seoulplug9"
TW1 = "https://www.twitch.tv/lucky_spin_kr"
TW2 = "https://www.twitch.tv/videos/2245118870"

REQUESTS = [
    # ref, platform, sent, due, urls, category, message_id (no brackets), note
    ("KCSC-240903-01", "x", "2024-09-03T10:02:00+09:00", "2024-09-10T18:00:00+09:00", X,
     "gambling", "req-240903-01", "illegal gambling and ID-trade posts"),
    ("KCSC-240905-02", "youtube", "2024-09-05T11:30:00+09:00", "2024-09-12T18:00:00+09:00", YT,
     "obscenity", "req-240905-02", "videos and a Short"),
    ("KCSC-240909-03", "meta", "2024-09-09T09:15:00+09:00", "2024-09-16T18:00:00+09:00", [FB, IGP, IGR],
     "fraud", "req-240909-03", "loan fraud group post, Instagram post and reel"),
    ("KCSC-240911-04", "tiktok", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00", TT,
     "drugs", "req-240911-04", "diet pill sale videos and seller account"),
    ("KCSC-240916-05", "reddit", "2024-09-16T10:40:00+09:00", "2024-09-23T18:00:00+09:00", [RD1, RD2],
     "document forgery", "req-240916-05", "forged ID sale post and comment"),
    ("KCSC-240918-06", "discord", "2024-09-18T16:20:00+09:00", "2024-09-25T18:00:00+09:00", [DC],
     "drugs", "req-240918-06", "server invite"),
    ("KCSC-240920-07", "twitch", "2024-09-20T13:05:00+09:00", "2024-09-27T18:00:00+09:00", [TW1, TW2],
     "gambling", "req-240920-07", "channel and VOD"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, f"<{mid}@kcsc.example>", note])


# --- MIME helpers ------------------------------------------------------------
def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def part(ctype, body, cte="8bit", extra=""):
    hdr = f"Content-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n"
    if extra:
        hdr += extra.rstrip("\n") + "\n"
    return hdr + "\n" + body.strip("\n") + "\n"


def multipart(sub, boundary, parts, params=""):
    out = [f'Content-Type: multipart/{sub}; boundary="{boundary}"{params}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.rstrip("\n"))
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


REQ_X_TEXT = "Dear X Legal team,\n\nThe Korea Communications Standards Commission requests the removal of the\nfollowing 12 items under reference KCSC-240903-01 (illegal gambling, ID trade):\n\n" + "\n".join(f"{i + 1}. {u}" for i, u in enumerate(X)) + "\n\nPlease reply by 10 September 2024.\n\nKCSC Takedown Desk"

REQ_META_TEXT = "Dear Meta Legal,\n\nUnder reference KCSC-240909-03 we ask that you remove the following\ncontent (loan fraud):\n\n" + "\n".join([FB, IGP, IGR]) + "\n\nKind regards,\nKCSC Takedown Desk"

CASES = []


def case(**kw):
    CASES.append(kw)


# ============================ X (KCSC-240903-01) ============================
case(
    name="x-legal-withheld-kr-bullets", outcome="applied", classification="confirmation",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 07:41:12 +0000",
    subject="Re: KCSC-240903-01 - Request to remove content (Republic of Korea)",
    reply_to_req="req-240903-01",
    imitates="X legal request outcome: country-withheld content notice to the requester",
    why="four posts named one per bullet under 'we have withheld the following posts in South Korea'",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[3]: "restricted"},
    body=f"""
Hello,

Thank you for contacting X. We have reviewed your request, reference
KCSC-240903-01, under the applicable laws of the Republic of Korea.

In response, we have withheld the following posts in South Korea. They
remain viewable to people outside that country:

  * {X[0]}
  * {X[1]}
  * {X[2]}
  * {X[3]}

The remaining items in your request are still with our team and we will
write to you separately about them.

You can read about our country withheld content policy here:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""")

X_TABLE_ROWS = [
    (X[4], "Removed: violation of the X Rules (illegal or regulated goods and services)"),
    (X[5], "Withheld in KR"),
    (X[6], "No action: we did not find a violation of the X Rules or of local law"),
    (X[7], "Not found: this post does not exist or could not be located"),
]
x_plain = "Hello,\n\nWe have completed our review of your request KCSC-240903-01. The outcome\nfor each post we assessed is listed below.\n\n" + "\n".join(f"{u}\n  {o}\n" for u, o in X_TABLE_ROWS) + "\nX Legal\n"
x_html = ("<html><body><p>Hello,</p><p>We have completed our review of your request "
          "<b>KCSC-240903-01</b>. The outcome for each post we assessed is listed below.</p>\n"
          "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">\n"
          "<tr><th>Reported URL</th><th>Outcome</th></tr>\n"
          + "\n".join(f"<tr><td><a href=\"{u}\">{u}</a></td><td>{o}</td></tr>" for u, o in X_TABLE_ROWS)
          + "\n</table>\n<p>X Legal</p></body></html>")
case(
    name="x-html-table-mixed", outcome="applied", classification="confirmation",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 09:12:40 +0000",
    subject="Your request KCSC-240903-01: outcome",
    imitates="X legal request outcome e-mail with a per-URL results table (multipart/alternative)",
    why="table: one removed, one withheld in KR, one no action (rejected), one not found",
    items={X[4]: "removed", X[5]: "restricted", X[6]: "rejected", X[7]: "not_found"},
    raw_mime=multipart("alternative", "==x748tbl01", [
        part("text/plain; charset=utf-8", x_plain),
        part("text/html; charset=utf-8", x_html),
    ]))

case(
    name="x-account-suspended", outcome="applied", classification="confirmation",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 11:03:19 +0000",
    subject="Re: KCSC-240903-01 - account @sol_casino_vip",
    reply_to_req="req-240903-01",
    imitates="X Safety account-suspension outcome sent to a reporter",
    why="the requested account URL is stated permanently suspended: removed",
    items={X[11]: "removed"},
    body=f"""
Hi,

We reviewed the account you reported, @sol_casino_vip
({X[11]}), and it has been permanently suspended
for violating the X Rules on the promotion of illegal gambling.

We are not able to share further details about the account.

Thanks,
X Legal
""")

case(
    name="x-promise-will-withhold", outcome="review", review="not_understood",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 02:20:55 +0000",
    subject="Re: KCSC-240903-01 - status update",
    reply_to_req="req-240903-01",
    imitates="X legal interim status update (decision pending legal sign-off)",
    why="'will be withheld once our legal review is finalised' is a promise, not a statement",
    items={X[8]: "pending", X[9]: "pending"},
    body=f"""
Hello,

A quick update on your request. Our team has finished its initial
assessment, and the following posts will be withheld in South Korea once
the review by our legal counsel has been finalised:

{X[8]}
{X[9]}

We expect this to be completed within five business days. We'll write
again to confirm.

Best,
X Legal
""")

case(
    name="x-bulk-all-withheld", outcome="review", review="bulk",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 06:45:01 +0000",
    subject="Re: KCSC-240903-01 - Request to remove content (Republic of Korea)",
    reply_to_req="req-240903-01",
    imitates="X legal short closing reply covering a whole request",
    why="one sentence about 'all of the posts listed' for a 12-item request, none named: bulk",
    items={u: "pending" for u in X},
    body="""
Hello,

Following our review of request KCSC-240903-01, all of the posts listed in
your request have been withheld in the Republic of Korea.

This matter is now closed on our side.

Regards,
X Legal
""")

case(
    name="x-auth-fail-removed", outcome="review", review="untrusted",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    date="Mon, 09 Sep 2024 08:02:33 +0000",
    subject="Re: KCSC-240903-01 - posts removed",
    imitates="X legal outcome e-mail whose DKIM/SPF/DMARC all fail (spoofed or broken relay)",
    why="statements are plain but the sender fails authentication: nothing applied",
    items={X[8]: "pending", X[9]: "pending"},
    body=f"""
Hello,

The following posts have been removed from X:

{X[8]}
{X[9]}

Regards,
X Legal
""")

case(
    name="x-top-posted-gmail-quote", outcome="applied", classification="confirmation",
    **{"from": "m.okafor@x.com"}, name_from="Martin Okafor",
    date="Mon, 09 Sep 2024 10:17:44 +0000",
    subject="Re: KCSC-240903-01 - Request to remove content (Republic of Korea)",
    reply_to_req="req-240903-01",
    imitates="X legal operations staff member replying from Gmail-style client, top-posted over the quoted request",
    why="two posts named above the quote: one withheld in Korea, one deleted by its author before review; the quoted list says nothing",
    items={X[8]: "restricted", X[9]: "not_found"},
    body=f"""
Hi team,

Following up on the two han_river_leaks posts:

{X[8]} has been withheld in Korea.

{X[9]} had already been deleted by the account holder before we reviewed it, so there was nothing for us to action.

Best,
Martin
X Legal Operations

On Tue, 3 Sep 2024 at 10:02, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(REQ_X_TEXT)}
""")

dsn_text = """This is the mail system at host mail-out.x.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@x.com>: host mx-int.x.com[203.0.113.25] said: 550 5.1.1
    <dsa-kr@x.com>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)
"""
dsn_status = """Reporting-MTA: dns; mail-out.x.com
Arrival-Date: Tue,  3 Sep 2024 01:02:09 +0000 (UTC)

Final-Recipient: rfc822; dsa-kr@x.com
Original-Recipient: rfc822;dsa-kr@x.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx-int.x.com
Diagnostic-Code: smtp; 550 5.1.1 <dsa-kr@x.com>: Recipient address rejected:
    User unknown in virtual mailbox table
"""
dsn_orig = f"""Date: Tue, 03 Sep 2024 10:02:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@x.com
Subject: KCSC-240903-01 - Request to remove content (Republic of Korea)
Message-ID: <req-240903-01@kcsc.example>
Content-Type: text/plain; charset=utf-8

Please remove the following posts:
{X[0]}
{X[1]}
{X[2]}
"""
case(
    name="x-dsn-user-unknown", outcome="ignored", classification="bounce",
    **{"from": "MAILER-DAEMON@mail-out.x.com"}, name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 01:02:11 +0000",
    subject="Undelivered Mail Returned to Sender",
    imitates="Postfix delivery status notification (RFC 3464) with the original message attached",
    why="a bounce; the URLs are only in the returned original",
    items={},
    raw_mime=multipart("report", "7B1C2D3E4F.1725325331/mail-out.x.com", [
        part("text/plain; charset=us-ascii", dsn_text, "7bit", "Content-Description: Notification"),
        part("message/delivery-status", dsn_status, "7bit", "Content-Description: Delivery report"),
        part("message/rfc822", dsn_orig, "8bit", "Content-Description: Undelivered Message"),
    ], params="; report-type=delivery-status"))

case(
    name="x-case-opened-receipt", outcome="ignored", classification="acknowledgement",
    **{"from": "noreply@x.com"}, name_from="X Support",
    date="Tue, 03 Sep 2024 01:05:37 +0000",
    subject="Case# 0190334521: We've received your report [ref:KCSC-240903-01]",
    imitates="X help-centre ticket receipt ('we've received your report, case number')",
    why="pure receipt: case number and a promise to review, no statement about any item",
    items={},
    body="""
Hello,

We've received your report regarding KCSC-240903-01 and opened
Case# 0190334521 for it.

Our team reviews reports in the order they are received. We'll get back to
you once we have reviewed your submission. You don't need to send the same
report again.

Please don't reply to this automated message.

X Support
""")

case(
    name="x-post-then-action-lines", outcome="applied", classification="confirmation",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 04:30:00 +0000",
    subject="Re: KCSC-240903-01 - further outcomes",
    reply_to_req="req-240903-01",
    imitates="X legal outcome with 'Post:' / 'Action:' line pairs",
    why="each URL line is followed by its action line: one removed globally, one no action after review (rejected)",
    items={X[10]: "removed", X[2]: "rejected"},
    body=f"""
Hello,

Please find our decisions on two further posts from your request.

Post: {X[10]}
Action: Removed globally for violating our rules on illegal gambling.

Post: {X[2]}
Action: None. After review we did not find a violation of the X Rules, and
we were not persuaded that the post is unlawful under the provision cited
in your request.

Regards,
X Legal
""")

case(
    name="x-conflicting-summary-footer", outcome="review", review="conflicting_statements",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 07:55:21 +0000",
    subject="Re: KCSC-240903-01 - @quickpay_seoul",
    reply_to_req="req-240903-01",
    imitates="X legal outcome whose free-text summary and templated footer disagree",
    why="the prose says withheld in South Korea, the template footer for the same post says no action taken",
    items={X[4]: "pending"},
    body=f"""
Hello,

Thank you for your patience. The post {X[4]}
has been withheld in South Korea in response to your request.

--------------------------------------------------
Reported content: {X[4]}
Action taken: None - content does not violate the X Rules
--------------------------------------------------

X Legal
""")

case(
    name="x-echoed-report-decision", outcome="applied", classification="confirmation",
    **{"from": "noreply@x.com"}, name_from="X Support",
    date="Wed, 11 Sep 2024 03:14:09 +0000",
    subject="Case# 0190334521: Update on your report",
    imitates="X help-centre report outcome that echoes the submitted form then states the decision",
    why="the echoed form names one post; 'Our decision' withholds it in South Korea",
    items={X[10]: "restricted"},
    body=f"""
Hello,

We've finished reviewing your report. Here is a copy of what you sent us,
followed by our decision.

--- Your report ---
Reported content: {X[10]}
Country: Republic of Korea
Reason given: Promotion of unlicensed online gambling (KCSC-240903-01)
---

Our decision: this post has been withheld in South Korea. It remains
available in other countries.

X Support
""")

case(
    name="x-wrapped-prose-removed-withheld", outcome="applied", classification="confirmation",
    **{"from": "legal@twitter.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 08:40:47 +0000",
    subject="RE: KCSC-240903-01",
    reply_to_req="req-240903-01",
    imitates="X legal prose reply with each URL on the line below its statement (hard-wrapped at 72)",
    why="URL on the line below each statement: the first removed, the second withheld in Korea",
    items={X[4]: "removed", X[5]: "restricted"},
    body=f"""
Dear KCSC Takedown Desk,

We have removed the following post for violating the X Rules on illegal
goods and services:
{X[4]}

We have withheld the following post in the Republic of Korea only, based
on the local law you cited:
{X[5]}

Kind regards,
X Legal
""")

# ========================== YouTube (KCSC-240905-02) =========================
case(
    name="yt-legal-blocked-kr-and-removed", outcome="applied", classification="confirmation",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 05:22:18 +0000",
    subject="[KCSC-240905-02] Your legal removal request",
    reply_to_req="req-240905-02",
    imitates="YouTube legal removal outcome: local block plus Community Guidelines removal",
    why="one video blocked from view in South Korea (restricted), one removed globally (removed)",
    items={YT[0]: "restricted", YT[1]: "removed"},
    body=f"""
Hello,

Thank you for your legal request (KCSC-240905-02). After review, we have
blocked the following video from view in South Korea on the basis of local
law:

  {YT[0]}

The following video was removed from YouTube globally because it violates
our Community Guidelines:

  {YT[1]}

We are still reviewing the other content in your request.

Sincerely,
The YouTube Legal Support Team
""")

yt_qp_text = f"""Hello,

We've reviewed the remaining items in your request KCSC-240905-02.

{YT[2]} - this video has been age-restricted. It is no longer visible to signed-out viewers or viewers under 18.

{YT[3]} - we have decided not to take action on this Short. We did not find a breach of our Community Guidelines or of the local law cited in your request.

Best regards,
YouTube Legal Support
"""
case(
    name="yt-age-restricted-and-no-action-qp", outcome="applied", classification="confirmation",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 02:48:05 +0000",
    subject="Re: [KCSC-240905-02] Your legal removal request",
    reply_to_req="req-240905-02",
    imitates="YouTube legal outcome (quoted-printable body, long lines soft-wrapped)",
    why="one video age-restricted (restricted), the Short left up for no breach (rejected)",
    items={YT[2]: "restricted", YT[3]: "rejected"},
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(yt_qp_text))

case(
    name="yt-asks-for-court-order", outcome="review", review="asks_more", classification="request_for_info",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 08:10:31 +0000",
    subject="Re: [KCSC-240905-02] Additional information needed",
    reply_to_req="req-240905-02",
    imitates="YouTube legal support request for more information (court order, timestamps)",
    why="asks for documents before acting on one named video; no outcome",
    items={YT[0]: "pending"},
    body=f"""
Hello,

To proceed with your request concerning {YT[0]}, we need
some more information:

1. A copy of the decision or order, or the specific provision of Korean law
   that the content is said to breach.
2. The timestamps in the video where the content you object to appears.

Please reply to this email with the details above. Without them we are
unable to complete our review.

Regards,
YouTube Legal Support
""")

case(
    name="yt-hedge-appears-unavailable", outcome="review", review="not_understood",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 01:02:59 +0000",
    subject="Re: [KCSC-240905-02] Your legal removal request",
    reply_to_req="req-240905-02",
    imitates="YouTube legal support informal interim reply",
    why="'appears to be no longer available … may have been taken down' is a hedge, to be confirmed",
    items={YT[2]: "pending"},
    body=f"""
Hi,

It appears that {YT[2]} is no longer available on
YouTube; it may have been taken down by the uploader. We'll confirm once
we've checked our records.

Thanks,
YouTube Legal Support
""")

case(
    name="yt-staff-out-of-office", outcome="ignored", classification="auto_reply",
    **{"from": "jiwon.baek@google.com"}, name_from="Jiwon Baek",
    date="Thu, 05 Sep 2024 02:31:02 +0000",
    subject="Automatic reply: [KCSC-240905-02] Request for removal of 4 YouTube videos",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    imitates="Gmail/Outlook vacation responder of a platform policy employee",
    why="an out-of-office auto-reply; says nothing about the items",
    items={},
    body="""
Thanks for your email. I'm out of the office until 16 September with
limited access to email.

For legal removal requests, please use the legal web form so your request
reaches the team on duty. For anything urgent, contact my colleague Daniel
Reyes.

Jiwon
""")

yt_html = f"""<html><body>
<p>Hello,</p>
<p>We've reviewed the content in your request <b>KCSC-240905-02</b>.</p>
<p>We've removed the following Short for violating our Community Guidelines:<br>
<a href="{YT[3]}">{YT[3]}</a></p>
<p>The following video had already been deleted by the uploader before our review,
so no action was needed from us:<br>
<a href="{YT[1]}">{YT[1]}</a></p>
<p>If you have questions, see our <a href="https://support.google.com/youtube/answer/6154230">Help Centre</a>.</p>
<p>Regards,<br>YouTube Legal Support</p>
</body></html>"""
case(
    name="yt-html-links-removed-and-gone", outcome="applied", classification="confirmation",
    **{"from": "noreply-legal@youtube.com"}, name_from="YouTube",
    date="Tue, 10 Sep 2024 06:18:44 +0000",
    subject="Update on your request KCSC-240905-02",
    type="html",
    imitates="YouTube HTML outcome e-mail with linked URLs and a help-centre link",
    why="the Short removed; the other video deleted by its uploader before review (not_found); the help link is no item",
    items={YT[3]: "removed", YT[1]: "not_found"},
    body=yt_html)

case(
    name="yt-lawyer-unknown-sender", outcome="review", review="unknown_sender",
    **{"from": "h.lim@lim-partners-law.example"}, name_from="Hana Lim",
    date="Tue, 10 Sep 2024 09:05:12 +0000",
    subject="KCSC-240905-02 - video taken down by our client",
    imitates="uploader's lawyer writing to the regulator about the outcome",
    why="a law firm, not YouTube, says the video was taken down: not a platform statement",
    items={YT[2]: "pending"},
    body=f"""
Dear Sir or Madam,

We act for the owner of the YouTube channel concerned by your request
KCSC-240905-02. Without any admission, our client has taken down the video
at {YT[2]} and asks that the matter be considered closed.

Yours faithfully,
Hana Lim
Lim & Partners
""")

# ============================ Meta (KCSC-240909-03) ==========================
case(
    name="meta-dsa-decision-removed", outcome="applied", classification="confirmation",
    **{"from": "noreply@facebookmail.com"}, name_from="Facebook",
    date="Tue, 10 Sep 2024 12:00:41 +0000",
    subject="Decision on your report (ref KCSC-240909-03)",
    imitates="Meta notice of decision to a notifier in DSA statement-of-reasons layout",
    why="'Decision: We removed this content' for the one group post named under 'Content'",
    items={FB: "removed"},
    body=f"""
Decision on your report

Your reference: KCSC-240909-03

Content: {FB}
Decision: We removed this content.
Grounds: The content goes against the Facebook Community Standards on
fraud, scams and deceptive practices.
Automated means: This decision was made by a member of our review team.

If you disagree with this decision you can tell us here:
https://www.facebook.com/help/contact/disagree-decision

You may also have the right to refer the decision to a certified
out-of-court dispute settlement body.

Meta Platforms Ireland Ltd.
""")

meta_ig_html = f"""<html><body style="font-family:Helvetica,Arial">
<table width="600"><tr><td>
<h2>We've reviewed your report</h2>
<p>Reference: KCSC-240909-03</p>
<p><a href="{IGP}">{IGP}</a><br>
We've restricted access to this post in South Korea because it was reported as unlawful under local law. It is still visible in other countries.</p>
<p><a href="{IGR}">{IGR}</a><br>
This reel doesn't go against our Community Guidelines, so we haven't removed it.</p>
<p style="color:#8e8e8e">Instagram &middot; Meta Platforms, Inc.</p>
</td></tr></table>
</body></html>"""
case(
    name="meta-ig-html-restricted-and-kept", outcome="applied", classification="confirmation",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    date="Wed, 11 Sep 2024 03:27:16 +0000",
    subject="We've reviewed your report",
    type="html",
    imitates="Instagram support-request outcome (HTML-only)",
    why="the post restricted in South Korea; the reel does not go against the guidelines and stays (rejected)",
    items={IGP: "restricted", IGR: "rejected"},
    body=meta_ig_html)

case(
    name="meta-bulk-taken-action", outcome="review", review="bulk",
    **{"from": "noreply@facebookmail.com"}, name_from="Facebook",
    date="Wed, 11 Sep 2024 05:45:00 +0000",
    subject="Update on your report KCSC-240909-03",
    imitates="Meta generic 'we've taken action' report update",
    why="'taken action on the content you reported' for a 3-item request, no item named: bulk",
    items={FB: "pending", IGP: "pending", IGR: "pending"},
    body="""
Hi,

Thanks for your report KCSC-240909-03. We've taken action on the content
you reported because it goes against our Community Standards.

Thanks for helping to keep our community safe.

The Facebook Team
""")

case(
    name="meta-lookalike-domain", outcome="review", review="unknown_sender",
    **{"from": "legal-team@meta-contentreview.example"}, name_from="Meta Legal Team",
    date="Wed, 11 Sep 2024 07:13:49 +0000",
    subject="KCSC-240909-03 content removed",
    imitates="message from a look-alike domain impersonating Meta",
    why="not a Meta sender domain; claims removals for two requested items",
    items={IGP: "pending", IGR: "pending"},
    body=f"""
Hello KCSC,

We confirm that the following Instagram content has been removed:

{IGP}
{IGR}

To receive future updates faster, please verify your agency account at
the link provided by your account manager.

Meta Legal Team
""")

meta_csv = f"""content_url,action,policy,decided_at
{FB},Removed,Fraud and deception,2024-09-12
{IGP},Restricted (KR),Local law,2024-09-12
{IGR},Content not found,,2024-09-12
"""
case(
    name="meta-csv-attachment", outcome="applied", classification="confirmation",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Legal Requests",
    date="Thu, 12 Sep 2024 10:31:27 +0000",
    subject="RE: KCSC-240909-03 - results",
    reply_to_req="req-240909-03",
    imitates="Meta legal operations reply with the outcome per URL in a CSV attachment",
    why="CSV rows: group post removed, Instagram post restricted in KR, reel content not found",
    items={FB: "removed", IGP: "restricted", IGR: "not_found"},
    raw_mime=multipart("mixed", "----=_Part_748_20240912", [
        part("text/plain; charset=utf-8",
             "Hello,\n\nPlease see the attached file for the outcome of each item in your\nrequest KCSC-240909-03.\n\nRegards,\nMeta Legal Requests\n"),
        part("text/csv; charset=utf-8; name=\"KCSC-240909-03_results.csv\"", b64(meta_csv), "base64",
             "Content-Disposition: attachment; filename=\"KCSC-240909-03_results.csv\""),
    ]))

case(
    name="meta-outlook-quoted-request", outcome="applied", classification="confirmation",
    **{"from": "s.varga@meta.com"}, name_from="Sofia Varga",
    date="Fri, 13 Sep 2024 08:22:10 +0000",
    subject="RE: KCSC-240909-03",
    reply_to_req="req-240909-03",
    imitates="Meta policy staff reply from Outlook with the request below '-----Original Message-----'",
    why="only the Instagram post is stated removed above the quote; the quoted request lists all three",
    items={IGP: "removed"},
    body=f"""
Hello,

The Instagram post {IGP} has been removed for violating our
Community Guidelines on fraud and scams.

Kind regards,
Sofia Varga
Public Policy, Meta

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 9:15 AM
To: legal-requests@meta.com
Subject: KCSC-240909-03

{REQ_META_TEXT}
""")

case(
    name="meta-fb-could-not-find", outcome="applied", classification="confirmation",
    **{"from": "noreply@facebookmail.com"}, name_from="Facebook",
    date="Fri, 13 Sep 2024 11:40:05 +0000",
    subject="About your report KCSC-240909-03",
    imitates="Facebook 'we couldn't find the content you reported' notice",
    why="'we couldn't find the content at the link' is a plain not-found statement; the 'may have been' only guesses why",
    items={FB: "not_found"},
    body=f"""
Hi,

We couldn't find the content at the link you reported:
{FB}

It may have been removed by the person who shared it, or the link may be
incorrect. If you see this content again, please report it to us.

The Facebook Team
""")

# =========================== TikTok (KCSC-240911-04) =========================
case(
    name="tiktok-numbered-outcomes", outcome="applied", classification="confirmation",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Fri, 13 Sep 2024 02:05:30 +0000",
    subject="Re: KCSC-240911-04 Removal request - outcome",
    reply_to_req="req-240911-04",
    imitates="TikTok law-enforcement/government request outcome with a numbered list",
    why="numbered list, outcome on the line below each URL: two removed, one restricted in KR, one not found, account banned",
    items={TT[0]: "removed", TT[1]: "removed", TT[2]: "restricted", TT[3]: "not_found", TT[4]: "removed"},
    body=f"""
Dear KCSC,

Thank you for your request KCSC-240911-04. We have reviewed each item:

1. {TT[0]}
   Removed for violating our Community Guidelines (regulated goods).
2. {TT[1]}
   Removed for violating our Community Guidelines (regulated goods).
3. {TT[2]}
   Restricted in the Republic of Korea under local law.
4. {TT[3]}
   Not found: no video exists with this ID.
5. {TT[4]}
   Account permanently banned.

Should you have any questions, please reply to this email.

Best regards,
TikTok Legal
""")

tt_sor = f"""Statement of reasons

Your notice: KCSC-240911-04
Content concerned: {TT[2]}

Decision: Removal of the content.
Territorial scope: Worldwide.
Facts and circumstances: The video offers prescription weight-loss drugs
for sale without a licence.
Ground: Incompatible with the TikTok Community Guidelines (Regulated Goods
and Commercial Activities).
Automated detection: No. Automated decision: No.

Redress: you may appeal this decision within 6 months via our appeals page
https://www.tiktok.com/legal/page/global/appeals/en or contact a certified
out-of-court dispute settlement body.

TikTok Technology Limited
"""
case(
    name="tiktok-dsa-sor-base64", outcome="applied", classification="confirmation",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date="Sat, 14 Sep 2024 09:00:02 +0000",
    subject="TikTok: decision on your notice KCSC-240911-04",
    imitates="TikTok DSA Art. 17-style statement of reasons sent to the notifier (base64 body)",
    why="'Decision: Removal of the content', territorial scope worldwide, for the one video named",
    items={TT[2]: "removed"},
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(tt_sor))

case(
    name="tiktok-under-review", outcome="review", review="not_understood",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 04:44:18 +0000",
    subject="Re: KCSC-240911-04 Removal request",
    reply_to_req="req-240911-04",
    imitates="TikTok interim reply: content under review",
    why="'currently under review … we will notify you' about two named videos: no statement",
    items={TT[0]: "pending", TT[1]: "pending"},
    body=f"""
Dear KCSC,

The videos below are currently under review by our Trust & Safety team:

- {TT[0]}
- {TT[1]}

We will notify you as soon as a decision has been made.

Best regards,
TikTok Legal
""")

case(
    name="tiktok-report-receipt", outcome="ignored", classification="acknowledgement",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date="Wed, 11 Sep 2024 05:02:44 +0000",
    subject="We've received your report",
    imitates="TikTok web-form submission receipt",
    why="receipt with a report id and the request reference; no outcome",
    items={},
    body="""
Hi,

We've received your report (your reference: KCSC-240911-04).

Report ID: 7409-KR-55103
Submitted: 11 September 2024

Our team will review it and contact you by email if we need more
information. You'll get another email from us when a decision has been
made.

TikTok
""")

case(
    name="tiktok-angle-brackets-korean-summary", outcome="applied", classification="confirmation",
    **{"from": "hyun.seo@bytedance.com"}, name_from="Hyun Seo",
    date="Mon, 16 Sep 2024 07:37:51 +0000",
    subject="Re: KCSC-240911-04 - pillmarket.kr",
    reply_to_req="req-240911-04",
    imitates="Korea-based TikTok policy staff reply in English with a short Korean summary",
    why="video removed and account banned, stated in English with URLs in angle brackets and repeated in Korean with particles",
    items={TT[3]: "removed", TT[4]: "removed"},
    body=f"""
Hello,

Regarding the pillmarket.kr items, the following have been actioned:

- <{TT[3]}> - video removed for violating our Community Guidelines (regulated goods).
- <{TT[4]}> - account permanently banned.

[요약] {TT[3]} 는 삭제되었으며, {TT[4]} 계정은 영구 정지되었습니다.

Best,
Hyun Seo
TikTok Trust & Safety, Korea
""")

case(
    name="tiktok-ack-plus-statement", outcome="applied", classification="confirmation",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 09:59:14 +0000",
    subject="Re: KCSC-240911-04 Removal request [Ticket 88123041]",
    reply_to_req="req-240911-04",
    imitates="TikTok ticket reply combining the receipt and an early decision",
    why="receipt wording, but also an unhedged 'has been removed' about one named video: not a pure acknowledgement",
    items={TT[0]: "removed"},
    body=f"""
Hello,

Thanks for your request. We have received it and it has been assigned
ticket 88123041.

Our moderators have already looked at the first item: the video
{TT[0]} has been removed for violating our Community Guidelines.

We will update you on the remaining items in this ticket.

TikTok Legal
""")

case(
    name="tiktok-made-unavailable-in-korea", outcome="applied", classification="confirmation",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Tue, 17 Sep 2024 03:10:26 +0000",
    subject="Re: KCSC-240911-04 - jjangpick_daily",
    reply_to_req="req-240911-04",
    imitates="TikTok local-law outcome: content made unavailable in one country",
    why="'made unavailable in the Republic of Korea' is a country restriction, not a removal",
    items={TT[0]: "restricted", TT[1]: "restricted"},
    body=f"""
Dear KCSC,

Having reviewed the two jjangpick_daily videos against local law, we have
made them unavailable in the Republic of Korea:

{TT[0]}
{TT[1]}

They did not violate our Community Guidelines and remain available in other
regions.

Best regards,
TikTok Legal
""")

case(
    name="telegram-not-our-platform", outcome="review", review="wrong_platform",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 14:22:09 +0000",
    subject="Re: KCSC-240911-04 Removal request",
    imitates="Telegram abuse-desk reply to a request sent to the wrong service",
    why="Telegram speaks about two TikTok items ('not hosted on Telegram'); no Telegram statement can change TikTok items",
    items={TT[0]: "pending", TT[1]: "pending"},
    body=f"""
Hello,

The links you reported are not Telegram links:

{TT[0]}
{TT[1]}

This content is not hosted on Telegram and we cannot take any action on
it. Please contact the service where it is hosted.

Telegram Abuse Team
""")

dsn_delay = """This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<legal-kr@tiktok.com>: connect to mx.tiktok.com[192.0.2.44]:25: Connection
    timed out
"""
dsn_delay_status = """Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 11 Sep 2024 14:00:03 +0900 (KST)

Final-Recipient: rfc822; legal-kr@tiktok.com
Action: delayed
Status: 4.4.1
Will-Retry-Until: Mon, 16 Sep 2024 14:00:03 +0900 (KST)
"""
dsn_delay_hdrs = """Date: Wed, 11 Sep 2024 14:00:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok.com
Subject: KCSC-240911-04 Removal request
Message-ID: <req-240911-04@kcsc.example>
"""
case(
    name="tiktok-dsn-delayed", outcome="ignored", classification="bounce",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    date="Wed, 11 Sep 2024 18:00:07 +0900",
    subject="Delayed Mail (still being retried)",
    imitates="Postfix delay warning DSN (Action: delayed) from the regulator's own relay",
    why="a delay notice about our outgoing request; no platform statement",
    items={},
    raw_mime=multipart("report", "A1B2C3D4E5.1726045207/mx.kcsc.example", [
        part("text/plain; charset=us-ascii", dsn_delay, "7bit", "Content-Description: Notification"),
        part("message/delivery-status", dsn_delay_status, "7bit", "Content-Description: Delivery report"),
        part("text/rfc822-headers", dsn_delay_hdrs, "7bit", "Content-Description: Undelivered Message Headers"),
    ], params="; report-type=delivery-status"))

# =========================== Reddit (KCSC-240916-05) =========================
case(
    name="reddit-removed-korean-path", outcome="applied", classification="confirmation",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Wed, 18 Sep 2024 21:14:55 +0000",
    subject="Re: KCSC-240916-05 - r/koreatrades",
    reply_to_req="req-240916-05",
    imitates="Reddit legal/Anti-Evil Operations outcome reply",
    why="the post (URL with a raw Korean slug) removed; the comment already deleted by its author (not_found)",
    items={RD1: "removed", RD2: "not_found"},
    body=f"""
Hi there,

Thanks for reaching out. We removed the post at
{RD1_RAW} under our Content Policy, which prohibits
the sale of falsified documents.

The comment at {RD2} had already been deleted by
its author when we reviewed your request, so no further action was
possible on our side.

Reddit Legal
""")

mdn_text = """This is a receipt for the mail you sent to
legal@reddit.com at 16/09/2024 10:40 (KST)

This receipt verifies that the message has been displayed on the
recipient's computer. There is no guarantee that the content has been
read or understood.
"""
mdn_status = """Reporting-UA: legal-desk.reddit.com; Thunderbird 115.14.0
Final-Recipient: rfc822;legal@reddit.com
Original-Message-ID: <req-240916-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
"""
case(
    name="reddit-read-receipt", outcome="ignored", classification="read_receipt",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Mon, 16 Sep 2024 02:58:00 +0000",
    subject="Read: KCSC-240916-05 - Request for removal",
    imitates="Thunderbird message disposition notification (RFC 8098)",
    why="a read receipt; it states nothing about the items",
    items={},
    raw_mime=multipart("report", "------------MDN748reddit", [
        part("text/plain; charset=UTF-8; format=flowed", mdn_text, "7bit"),
        part("message/disposition-notification; name=\"MDNPart2.txt\"", mdn_status, "7bit",
             "Content-Disposition: inline"),
    ], params="; report-type=disposition-notification"))

case(
    name="reddit-one-removed-one-pending", outcome="applied", classification="confirmation",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Tue, 17 Sep 2024 19:30:12 +0000",
    subject="Re: KCSC-240916-05 - r/koreatrades",
    reply_to_req="req-240916-05",
    imitates="Reddit legal partial outcome with one item still being evaluated",
    why="the comment removed; the post is 'still being evaluated' and stays pending",
    items={RD2: "removed", RD1: "pending"},
    body=f"""
Hello,

We've removed the comment at {RD2}
for violating Reddit's Content Policy.

The post at {RD1} is still being
evaluated by our team. We'll update you once a decision has been made.

Best,
Reddit Legal
""")

# ========================== Discord (KCSC-240918-06) =========================
case(
    name="discord-invite-invalid", outcome="applied", classification="confirmation",
    **{"from": "legal@discord.com"}, name_from="Discord Legal",
    date="Thu, 19 Sep 2024 17:44:03 +0000",
    subject="Re: KCSC-240918-06 - Discord server",
    reply_to_req="req-240918-06",
    imitates="Discord Trust & Safety reply: invite link invalid, server could not be located",
    why="the one invite link is invalid and the server could not be located: not_found",
    items={DC: "not_found"},
    body=f"""
Hello,

Thank you for your report. The invite link you provided,
{DC}, is invalid or has expired, and we were unable to
locate the server it pointed to.

If you can share the server ID or a message link, we will be glad to look
again.

Discord Trust & Safety
""")

case(
    name="discord-sole-server-removed", outcome="applied", classification="confirmation",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 20 Sep 2024 01:12:50 +0000",
    subject="Re: KCSC-240918-06 - Discord server",
    reply_to_req="req-240918-06",
    imitates="Discord Trust & Safety closing reply naming no URL",
    why="'the reported server has been removed' answers a one-item request: applies to its only item",
    items={DC: "removed"},
    body="""
Hi there,

Following our investigation, the server you reported under reference
KCSC-240918-06 has been removed from Discord for violating our Community
Guidelines on regulated and illegal goods.

Thanks for helping keep Discord safe.

Discord Trust & Safety
https://discord.com/safety
""")

# =========================== Twitch (KCSC-240920-07) =========================
case(
    name="twitch-channel-kept-vod-removed", outcome="applied", classification="confirmation",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date="Mon, 23 Sep 2024 22:05:37 +0000",
    subject="RE: KCSC-240920-07 - lucky_spin_kr",
    reply_to_req="req-240920-07",
    imitates="Twitch Trust & Safety outcome: one item kept, one removed",
    why="the channel found not in violation, no action (rejected); the VOD deleted (removed)",
    items={TW1: "rejected", TW2: "removed"},
    body=f"""
Hello,

We reviewed the channel {TW1} and found no violation of
our Community Guidelines; no action has been taken on the channel.

The past broadcast at {TW2} has been deleted because it
promoted an unlicensed gambling site, which our guidelines do not allow.

Regards,
Twitch Legal
""")

tw_qp = f"""Hello KCSC team,

Following your request KCSC-240920-07, the past broadcast {TW2} has been removed from Twitch for violating our Community Guidelines (gambling content).

We are still reviewing the channel itself.

Twitch Trust & Safety
"""
case(
    name="twitch-vod-removed-qp", outcome="applied", classification="confirmation",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Trust & Safety",
    date="Sat, 21 Sep 2024 20:15:09 +0000",
    subject="Your report KCSC-240920-07",
    imitates="Twitch report outcome (quoted-printable body)",
    why="the VOD removed; the channel 'still being reviewed' stays pending",
    items={TW2: "removed", TW1: "pending"},
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(tw_qp))

# ========================= other platforms, no request =======================
case(
    name="snapchat-out-of-office", outcome="ignored", classification="auto_reply",
    **{"from": "d.moreau@snap.com"}, name_from="Dana Moreau",
    date="Thu, 12 Sep 2024 16:00:21 +0000",
    subject="Out of Office: KCSC contact list update",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    imitates="Outlook out-of-office reply from a Snap public-policy employee",
    why="an auto-reply, naming no item",
    items={},
    body="""
Hi,

I am out of the office until Monday 23 September. For urgent safety
matters, please use the Snapchat Support safety form or write to our
Trust & Safety team. I will reply when I am back.

Best,
Dana
""")

case(
    name="pinterest-no-claims", outcome="review", review="no_claims",
    **{"from": "no-reply@pinterest.com"}, name_from="Pinterest",
    date="Tue, 24 Sep 2024 04:20:00 +0000",
    subject="An update on your report",
    imitates="Pinterest report-outcome notification naming neither the Pin nor a reference",
    why="trusted Pinterest mail saying 'we removed the Pin' without naming any item or request",
    items={},
    body="""
Hi there,

Thanks for letting us know about a Pin that concerned you. We reviewed it
and removed it because it goes against our Community Guidelines.

Reports like yours help keep Pinterest a positive place.

The Pinterest Team
https://policy.pinterest.com/community-guidelines
""")


HEADER = """# Blind set 748: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).
# Generated by make.py; expected results written from each email's meaning
# before the reader was run. Each case is judged alone on a fresh ledger."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
