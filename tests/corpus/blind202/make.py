#!/usr/bin/env python3
"""Blind set 202: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).

Deterministic: writes requests.csv, cases/*.eml and expected.toml beside
this file. Every expected result below was written from the email's meaning
alone, before any run of the reader.

    python3 tests/corpus/blind202/make.py
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
X = [
    "https://x.com/nightowl_trade/status/1831002200000000101",
    "https://x.com/nightowl_trade/status/1831002200000000102",
    "https://x.com/nightowl_trade/status/1831002200000000103",
    "https://x.com/copper_lane77/status/1831114400000000201",
    "https://x.com/copper_lane77/status/1831114400000000202",
    "https://x.com/copper_lane77",
    "https://x.com/mintgrove_shop/status/1831225500000000301",
    "https://x.com/mintgrove_shop/status/1831225500000000302",
    "https://x.com/pale_ferry/status/1831336600000000401",
    "https://x.com/pale_ferry/status/1831336600000000402",
    "https://x.com/pale_ferry/status/1831336600000000403",
    "https://twitter.com/oak_signal_kr/status/1831447700000000501",
]
YT = [
    "https://www.youtube.com/watch?v=Qm3vTz8LkP1",
    "https://www.youtube.com/watch?v=Hd7yWn2RcX4",
    "https://www.youtube.com/shorts/Lp9sKe4TgB2",
    "https://www.youtube.com/@ferrylight_tv",
]
META = [
    "https://www.facebook.com/groups/stonebridge.market/posts/781234509876543",
    "https://www.facebook.com/profile.php?id=100094411223344",
    "https://www.instagram.com/p/C9xKq2LmT4a/",
    "https://www.instagram.com/p/C9yRw7NpV1b/",
    "https://www.instagram.com/reel/C9zTe5HsQ8c/",
]
TT = [
    "https://www.tiktok.com/@harbor.lights09/video/7411223344556677881",
    "https://www.tiktok.com/@harbor.lights09/video/7411223344556677882",
    "https://www.tiktok.com/@quietmoss_kr/video/7412334455667788993",
]
RD = [
    "https://www.reddit.com/r/plumtrade_kr/comments/1fc8x2a/weekly_listing_thread/",
    "https://www.reddit.com/r/plumtrade_kr/comments/1fc9k7q/comment/lm2x8ab/",
]
DC = ["https://discord.gg/velvetdock"]
TG = [
    "https://t.me/grey_orchard_kr",
    "https://t.me/grey_orchard_kr/1184",
    "https://t.me/ridgewind_market/77",
]

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240903-01", "x", "2024-09-03", "2024-09-10", X, "illegal_goods",
     "online sale of prescription drugs, five accounts"),
    ("KCSC-240905-02", "youtube", "2024-09-05", "2024-09-12", YT, "gambling",
     "illegal gambling promotion"),
    ("KCSC-240906-03", "meta", "2024-09-06", "2024-09-13", META, "fraud",
     "fake ticket resale, Facebook and Instagram"),
    ("KCSC-240909-04", "tiktok", "2024-09-09", "2024-09-16", TT, "illegal_goods",
     "counterfeit cosmetics"),
    ("KCSC-240910-05", "reddit", "2024-09-10", "2024-09-17", RD, "privacy",
     "personal data posted without consent"),
    ("KCSC-240911-06", "discord", "2024-09-11", "2024-09-18", DC, "obscenity",
     "server distributing obscene material"),
    ("KCSC-240912-07", "telegram", "2024-09-12", "2024-09-19", TG, "illegal_goods",
     "drug sales channel"),
]


def req_mid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


def request_text(ref, urls):
    out = ["Dear Sir or Madam,", "",
           "The Korea Communications Standards Commission requests the removal of",
           "the following content under Korean law (reference %s):" % ref, ""]
    for i, u in enumerate(urls, 1):
        out.append("%d. %s" % (i, u))
    out += ["", "Please reply to this address with the action taken for each item.", "",
            "KCSC Takedown Desk"]
    return out


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


CASES = []


def case(**kw):
    CASES.append(kw)


# ====================================================================== X
case(
    name="x-legal-withheld-kr-bullets",
    date="Fri, 06 Sep 2024 02:14:31 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Re: [KCSC-240903-01] Request to remove illegal content",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your correspondence regarding KCSC-240903-01.

Having reviewed the reported posts against applicable Korean law, we have
withheld the following content in the Republic of Korea. It remains
visible in other countries:

  * {X[0]}
  * {X[1]}
  * {X[2]}

The account holders have been notified of this action where we are
permitted to do so.

We are still assessing the remaining items of your request and will write
to you separately about them.

Regards,
X Legal
""",
    outcome="applied",
    imitates="X legal request outcome: 'we have withheld the following content in [country]'",
    why="three posts named one per bullet, withheld in Korea only; the rest is a promise about other items",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted"},
)

case(
    name="x-dsa-statement-of-reasons",
    date="Fri, 06 Sep 2024 09:40:02 +0000",
    **{"from": "noreply-legal@x.com"}, name_from="X",
    subject="Decision on your report (KCSC-240903-01)",
    body=f"""
STATEMENT OF REASONS

Your report reference: KCSC-240903-01
Decision date: 6 September 2024

1. Decision: content removed (worldwide)
   Ground: violation of the X Rules (illegal or certain regulated goods
   or services)
   Content concerned:
   - {X[3]}
   - {X[4]}

2. Decision: account permanently suspended
   Ground: repeated violations of the same rule
   Account concerned: {X[5]}

Facts and circumstances: the decision was taken following your notice.
Automated means were used to detect matching posts; the decision itself
was taken by a human reviewer.

The affected user may appeal via https://help.x.com/forms/account-access/appeals
or use the other redress options described at https://help.x.com/rules-and-policies/dsa-redress

X Trust & Safety
""",
    outcome="applied",
    imitates="X DSA statement of reasons (decision, ground, content concerned, redress)",
    why="two posts removed worldwide, the account permanently suspended (gone for everyone); help/appeal links are not items",
    items={X[3]: "removed", X[4]: "removed", X[5]: "removed"},
)

x_table_html = f"""
<html><body>
<p>Hello KCSC team,</p>
<p>Please see the outcome of our review for request <b>KCSC-240903-01</b> below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Outcome</th><th>Details</th></tr>
<tr><td>{X[6]}</td><td>Removed</td><td>Violation of the X Rules</td></tr>
<tr><td>{X[7]}</td><td>No action</td><td>No violation of the X Rules or of local law identified</td></tr>
<tr><td>{X[8]}</td><td>Not found</td><td>The post does not exist</td></tr>
</table>
<p>Kind regards,<br>X Legal Operations</p>
</body></html>
"""
case(
    name="x-html-outcome-table",
    date="Mon, 09 Sep 2024 05:02:17 +0000",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    subject="RE: KCSC-240903-01",
    type="html",
    body=x_table_html,
    outcome="applied",
    imitates="X legal operations reply with a per-URL outcome table (HTML)",
    why="one row per post: removed, no action (no violation: rejected), not found",
    items={X[6]: "removed", X[7]: "rejected", X[8]: "not_found"},
)

case(
    name="x-top-posted-over-request",
    date="Tue, 10 Sep 2024 07:31:55 +0000",
    **{"from": "dana.whitfield@x.com"}, name_from="Dana Whitfield",
    subject="Re: [KCSC-240903-01] Request to remove illegal content",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hi KCSC team,

Quick update on the posts that were still open on your request:

{X[9]} and {X[10]} are now withheld in South Korea.

https://x.com/oak_signal_kr/status/1831447700000000501 could not be located; that post no longer exists on X.

Thanks,
Dana
X Legal Operations

On Tue, 3 Sep 2024 at 11:02, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text("KCSC-240903-01", X))}
""",
    outcome="applied",
    imitates="X legal staffer's top-posted reply over the quoted request (Gmail-style quote)",
    why="two posts withheld in Korea; the twitter.com post, written as a bare x.com path by X, does not exist; the quoted list states nothing",
    items={X[9]: "restricted", X[10]: "restricted", X[11]: "not_found"},
)

x_csv = f"""url,action,region,notes
{X[0]},removed,global,Violation of X Rules
{X[1]},withheld,KR,Local law (Republic of Korea)
{X[3]},no action,,No violation found
"""
case(
    name="x-csv-attachment",
    date="Sat, 07 Sep 2024 01:12:40 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Re: [KCSC-240903-01] Request to remove illegal content - results",
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_x202csv"

--=_x202csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the result of our review for the items covered so far
under KCSC-240903-01.

Regards,
X Legal

--=_x202csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_results.csv"
Content-Transfer-Encoding: base64

{b64(x_csv)}
--=_x202csv--
""",
    outcome="applied",
    imitates="X legal reply with a CSV results sheet attached (base64)",
    why="CSV rows: removed globally, withheld in KR, no action (no violation)",
    items={X[0]: "removed", X[1]: "restricted", X[3]: "rejected"},
)

x_qp_text = f"""Hello,

Here is where things stand on the posts below (your ref. KCSC-240903-01):

{X[8]}
Status: Removed \u2013 violated our rules on illegal goods and services, this post is no longer available on X anywhere

{X[6]}
Status: Withheld in KR

{X[7]}
Status: No violation found \u2013 no action taken

X Safety
"""
case(
    name="x-qp-url-then-status-line",
    date="Sun, 08 Sep 2024 12:03:09 +0000",
    **{"from": "safety-noreply@x.com"}, name_from="X Safety",
    subject="Update on your report KCSC-240903-01",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(x_qp_text)}
""",
    outcome="applied",
    imitates="X Safety report update, URL on one line and 'Status:' on the next (quoted-printable)",
    why="each URL is followed by its own status line: removed, withheld in KR, no violation",
    items={X[8]: "removed", X[6]: "restricted", X[7]: "rejected"},
)

case(
    name="x-ack-phrase-plus-withheld",
    date="Thu, 05 Sep 2024 03:44:12 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Your report has been received - KCSC-240903-01",
    body=f"""
Hello,

Thank you for your report. We have received it and opened case 0240903-7718.

Having reviewed the posts, we have withheld
{X[3]} and
{X[4]}
in South Korea under local law.

The remaining items are still being reviewed.

X Legal
""",
    outcome="applied",
    imitates="X legal receipt that already carries an outcome (acknowledgement phrase plus decision)",
    why="an acknowledgement opening, but the two named posts are stated withheld in Korea: not a pure acknowledgement",
    items={X[3]: "restricted", X[4]: "restricted"},
)

case(
    name="x-statement-then-url-below",
    date="Mon, 09 Sep 2024 22:10:48 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Re: [KCSC-240903-01] mintgrove_shop",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

The post below was removed for violating the X Rules:
{X[6]}

The post below was reviewed and does not violate the X Rules or, as far as
we can determine, Korean law. It remains available:
{X[7]}

Best,
X Legal
""",
    outcome="applied",
    imitates="X legal reply with each decision sentence ending in ':' and the URL on the line below",
    why="statement then its URL on the next line: removed, rejected",
    items={X[6]: "removed", X[7]: "rejected"},
)

case(
    name="x-promise-will-withhold",
    date="Wed, 04 Sep 2024 06:20:00 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Re: [KCSC-240903-01] Request to remove illegal content",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

Thanks for your request. Our legal team has assessed the posts below and
they will be withheld in South Korea within the next 48 hours:

- {X[8]}
- {X[9]}

We will confirm once this has been done.

X Legal
""",
    outcome="review",
    review="not_understood",
    imitates="X legal reply announcing a future withholding",
    why="'will be withheld' is a promise, not a statement of what was done",
    items={X[8]: "pending", X[9]: "pending"},
)

case(
    name="x-forged-auth-fail",
    date="Thu, 05 Sep 2024 15:51:22 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    auth="fail",
    subject="Re: KCSC-240903-01 content removed",
    body=f"""
Dear KCSC,

We have removed the following content:
{X[0]}
{X[1]}

Regards,
X Legal
""",
    outcome="review",
    review="untrusted",
    imitates="X legal outcome notice, but DKIM/SPF/DMARC fail (forged or relayed)",
    why="the sender claims x.com but authentication fails",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-out-of-office",
    date="Wed, 04 Sep 2024 00:02:03 +0000",
    **{"from": "dana.whitfield@x.com"}, name_from="Dana Whitfield",
    subject="Automatic reply: [KCSC-240903-01] Request to remove illegal content",
    reply_to_req=req_mid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 16 September with
limited access to email. For urgent legal matters please write to
legal@x.com, where the team will pick up your message.

Dana
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from a platform employee",
    why="out-of-office auto-reply",
    items={},
)

# ================================================================ YouTube
case(
    name="yt-legal-removed-and-geoblocked",
    date="Mon, 09 Sep 2024 04:18:33 +0000",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240905-02] Request for removal",
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""
Hi,

Thanks for reaching out to us regarding reference KCSC-240905-02.

We have reviewed the content you flagged:

- {YT[0]} : removed from YouTube globally for violating our Community
  Guidelines.
- {YT[1]} : blocked from view in South Korea on the basis of local law.

Sincerely,
The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube legal removals team outcome email (global removal vs local block)",
    why="one video removed globally, one blocked in Korea only",
    items={YT[0]: "removed", YT[1]: "restricted"},
)

case(
    name="yt-age-restriction-and-termination",
    date="Tue, 10 Sep 2024 08:55:41 +0000",
    **{"from": "noreply@youtube.com"}, name_from="YouTube",
    subject="Update on your YouTube report KCSC-240905-02",
    body=f"""
Hello,

After review, we have applied an age restriction to the following Short:
{YT[2]}

Separately, the channel {YT[3]} has been terminated for
repeated violations of our Community Guidelines.

You can learn more about our policies at https://support.google.com/youtube/answer/9288567

- The YouTube Team
""",
    outcome="applied",
    imitates="YouTube reporter notification (age restriction, channel termination)",
    why="the Short is age-restricted; the channel is terminated (gone); the help link is not an item",
    items={YT[2]: "restricted", YT[3]: "removed"},
)

case(
    name="yt-no-action-and-uploader-deleted",
    date="Wed, 11 Sep 2024 02:07:19 +0000",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240905-02] Request for removal",
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""
Hello,

We have decided not to take action on {YT[1]}.
The video does not violate our Community Guidelines, and the information
provided was not sufficient for us to conclude that it is unlawful in
South Korea.

The video at {YT[0]} had already been deleted by the uploader
before our review, so no action was needed on our side.

If you have further information, you may submit a new request.

Regards,
YouTube Legal Support
""",
    outcome="applied",
    imitates="YouTube legal 'we have decided not to take action' reply",
    why="a refusal with its reason (rejected) and a video already deleted by its uploader (not_found)",
    items={YT[1]: "rejected", YT[0]: "not_found"},
)

case(
    name="yt-actioned-phrase-angle-brackets",
    date="Fri, 13 Sep 2024 06:30:00 +0000",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal KR",
    subject="KCSC-240905-02",
    body="""
Dear KCSC,

The content at <https://youtube.com/shorts/Lp9sKe4TgB2> has been actioned under our policies.

Google LLC
""",
    outcome="applied",
    imitates="terse Google legal reply using the 'actioned under our policies' wording",
    why="the configured YouTube phrase for removal, with the Short written without www and in angle brackets",
    items={YT[2]: "removed"},
)

case(
    name="yt-outlook-original-message",
    date="Thu, 12 Sep 2024 09:12:10 +0000",
    **{"from": "minji.seo@google.com"}, name_from="Minji Seo",
    subject="RE: [KCSC-240905-02] Request for removal",
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""
Hello,

The channel {YT[3]} was reviewed and is not in violation of
our policies or local law; we are not taking action on it.

Best regards,
Minji Seo
YouTube Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 3:10 PM
To: legal-kr@google.com
Subject: [KCSC-240905-02] Request for removal

{chr(10).join(request_text("KCSC-240905-02", YT))}
""",
    outcome="applied",
    imitates="Outlook reply by a Google employee above the '-----Original Message-----' block",
    why="the channel is refused (no violation); the original request below is our own text",
    items={YT[3]: "rejected"},
)

case(
    name="yt-under-review-hedge",
    date="Sat, 07 Sep 2024 10:45:27 +0000",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240905-02] Request for removal",
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""
Hi,

Your request KCSC-240905-02 is currently under review.

Our preliminary check suggests that {YT[1]} may already have
been made private by its owner. We will follow up once we have a final
decision on all the URLs.

Thanks for your patience,
YouTube Legal Support
""",
    outcome="review",
    review="not_understood",
    imitates="YouTube legal interim update ('currently under review')",
    why="'under review' and 'may already have been made private' are not statements",
    items={YT[1]: "pending"},
)

case(
    name="yt-conditional-removal",
    date="Sun, 08 Sep 2024 03:03:03 +0000",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [KCSC-240905-02] Request for removal",
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""
Hello,

We have notified the uploader of {YT[0]} about your
complaint. If the video is not edited to remove the gambling links within
7 days, it will be removed from YouTube.

YouTube Legal Support
""",
    outcome="review",
    review="not_understood",
    imitates="YouTube notice of an uploader grace period",
    why="a condition and a future removal: nothing has been done yet",
    items={YT[0]: "pending"},
)

yt_receipt = f"""
Thanks for contacting Google.

We've received your legal request and assigned it the reference number
4-8827000031950. Please keep this number for any follow-up.

Summary of your submission
Requester: Korea Communications Standards Commission
Product: YouTube
URLs:
{YT[0]}
{YT[1]}
{YT[2]}
{YT[3]}

Our team will review your request and get back to you. You don't need to
reply to this email.

The Google Legal Team
"""
case(
    name="yt-receipt-echoes-urls",
    date="Thu, 05 Sep 2024 07:15:02 +0000",
    **{"from": "legal-notices-noreply@google.com"}, name_from="Google Legal",
    subject="[4-8827000031950] Your legal request has been received",
    body=yt_receipt,
    outcome="ignored",
    classification="acknowledgement",
    imitates="Google legal removal web-form receipt echoing the submitted URLs",
    why="a pure receipt: the echoed URLs carry no status",
    items={u: "pending" for u in YT},
)

# ==================================================================== Meta
case(
    name="meta-local-law-restricted",
    date="Wed, 11 Sep 2024 11:20:44 +0000",
    **{"from": "contentrequests@meta.com"}, name_from="Meta Content Requests",
    subject="Re: [KCSC-240906-03] Request for removal of fraudulent content",
    reply_to_req=req_mid("KCSC-240906-03"),
    body=f"""
Hello,

We have completed our review of your request KCSC-240906-03.

Based on our review of local law, we have restricted access in South Korea
to the following content:
{META[0]}
{META[2]}

The following account has been disabled for going against our Community
Standards:
{META[1]}

We are still looking into the remaining reported items.

Meta Platforms, Inc.
""",
    outcome="applied",
    imitates="Meta government takedown reply (content restricted in country vs disabled under Community Standards)",
    why="two items restricted in Korea, one account disabled; the rest is still under review",
    items={META[0]: "restricted", META[2]: "restricted", META[1]: "removed"},
)

meta_html = f"""
<div dir="ltr"><div>Hi,</div><div><br></div>
<div>Following up on your report: we removed the reel
<a href="{META[4]}">{META[4]}</a> for violating our Community Guidelines.</div>
<div><br></div>
<div>We weren't able to find the post <a href="{META[3]}">{META[3]}</a>;
it may have been taken down by the person who shared it.</div>
<div><br></div><div>Instagram Support</div></div>
<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Fri, Sep 6, 2024 at 4:05 PM KCSC Takedown &lt;takedown@kcsc.example&gt; wrote:<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">
{"<br>".join(request_text("KCSC-240906-03", META))}
</blockquote></div>
"""
case(
    name="meta-instagram-html-gmail-quote",
    date="Tue, 10 Sep 2024 13:44:56 +0000",
    **{"from": "support@instagram.com"}, name_from="Instagram Support",
    subject="Re: [KCSC-240906-03] Request for removal of fraudulent content",
    reply_to_req=req_mid("KCSC-240906-03"),
    type="html",
    body=meta_html,
    outcome="applied",
    imitates="Instagram support HTML reply above a Gmail blockquote of the request",
    why="the reel removed; the post could not be found (the 'may have been' only guesses why); the blockquote is our own request",
    items={META[4]: "removed", META[3]: "not_found"},
)

meta_sor = f"""Statement of reasons

We've disabled the Facebook account {META[1]}.

What happened: the account was used to sell tickets that do not exist,
which goes against our Community Standards on fraud and scams.

How we decided: a member of our review team made this decision after your
report (reference KCSC-240906-03).

The account holder can request a review of this decision. In the EU, they
may also use a certified out-of-court dispute settlement body.

Meta Platforms Ireland Limited
"""
case(
    name="meta-base64-statement-of-reasons",
    date="Mon, 09 Sep 2024 17:08:13 +0000",
    **{"from": "notification@facebookmail.com"}, name_from="Facebook",
    subject="We've taken action on the account you reported",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(meta_sor)}
""",
    outcome="applied",
    imitates="Meta DSA statement of reasons ('We've disabled the account'), base64 body",
    why="the named profile is disabled",
    items={META[1]: "removed"},
)

case(
    name="meta-bulleted-all-five",
    date="Fri, 13 Sep 2024 08:00:21 +0000",
    **{"from": "contentrequests@meta.com"}, name_from="Meta Content Requests",
    subject="Outcome of legal request KCSC-240906-03",
    body=f"""
Dear KCSC,

Outcome of legal request KCSC-240906-03:

\u2022 {META[0]} \u2014 removed (Community Standards: fraud and scams)
\u2022 {META[1]} \u2014 removed (account disabled)
\u2022 {META[2]} \u2014 access restricted in South Korea (local law)
\u2022 {META[3]} \u2014 no action: the content does not go against our policies or local law
\u2022 {META[4]} \u2014 not found: the link is invalid or the content does not exist

Regards,
Meta Content Requests
""",
    outcome="applied",
    imitates="Meta legal request outcome summary, one bullet per reported URL",
    why="five named items with five statuses",
    items={META[0]: "removed", META[1]: "removed", META[2]: "restricted",
           META[3]: "rejected", META[4]: "not_found"},
)

case(
    name="meta-bulk-all-removed",
    date="Thu, 12 Sep 2024 10:10:10 +0000",
    **{"from": "contentrequests@meta.com"}, name_from="Meta Content Requests",
    subject="Re: [KCSC-240906-03] Request for removal of fraudulent content",
    reply_to_req=req_mid("KCSC-240906-03"),
    body="""
Hello,

We've reviewed your report and removed all of the content you reported
for going against our Community Standards.

Thanks,
Meta Content Requests
""",
    outcome="review",
    review="bulk",
    imitates="Meta 'we removed the content you reported' outcome without per-item detail",
    why="a statement about all items of a five-item request without naming any",
    items={u: "pending" for u in META},
)

case(
    name="meta-asks-legal-basis",
    date="Mon, 09 Sep 2024 06:36:36 +0000",
    **{"from": "contentrequests@meta.com"}, name_from="Meta Content Requests",
    subject="Re: [KCSC-240906-03] Additional information needed",
    reply_to_req=req_mid("KCSC-240906-03"),
    body=f"""
Hello,

To continue processing your request, please provide the specific legal
provision or court order relied upon for {META[3]}, together
with an explanation of why the content is unlawful in South Korea.

Until we receive this information we are unable to take action on this
item.

Meta Content Requests
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Meta legal team request for the legal basis of a takedown request",
    why="asks for more information; no decision",
    items={META[3]: "pending"},
)

case(
    name="meta-read-receipt",
    date="Sat, 07 Sep 2024 00:12:00 +0000",
    **{"from": "contentrequests@meta.com"}, name_from="Meta Content Requests",
    subject="Read: [KCSC-240906-03] Request for removal of fraudulent content",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-202"

--mdn-202
Content-Type: text/plain; charset=utf-8

Your message

  To: contentrequests@meta.com
  Subject: [KCSC-240906-03] Request for removal of fraudulent content
  Sent: 6 September 2024 16:05

was read on 7 September 2024 09:12.

--mdn-202
Content-Type: message/disposition-notification

Reporting-UA: mail.meta.com; Microsoft Exchange Server
Final-Recipient: rfc822;contentrequests@meta.com
Original-Message-ID: <req.KCSC-240906-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-202--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Exchange read receipt (MDN, multipart/report disposition-notification)",
    why="a read receipt",
    items={},
)

case(
    name="unknown-sender-vendor-claims-meta",
    date="Wed, 11 Sep 2024 04:50:19 +0000",
    **{"from": "casework@northbeam-moderation.example"}, name_from="Northbeam Moderation Services",
    subject="KCSC-240906-03 - completed",
    body=f"""
Hello,

On behalf of our client, we confirm that the Instagram post
{META[2]} has been removed.

Kind regards,
Casework team
Northbeam Moderation Services
""",
    outcome="review",
    review="unknown_sender",
    imitates="outsourced moderation vendor writing on a platform's behalf",
    why="a sender that is no platform's domain states a removal",
    items={META[2]: "pending"},
)

# ================================================================== TikTok
case(
    name="tiktok-removed-numbered",
    date="Thu, 12 Sep 2024 03:22:08 +0000",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="Re: [KCSC-240909-04] Counterfeit cosmetics",
    reply_to_req=req_mid("KCSC-240909-04"),
    body=f"""
Hi,

Thanks for your report. We reviewed the videos below and removed them for
violating our Community Guidelines:

1. {TT[0]}
2. {TT[1]}

TikTok Trust & Safety
""",
    outcome="applied",
    imitates="TikTok report outcome ('we removed the video for violating our Community Guidelines')",
    why="two named videos removed",
    items={TT[0]: "removed", TT[1]: "removed"},
)

case(
    name="tiktok-bilingual-korean-particle",
    date="Fri, 13 Sep 2024 01:40:33 +0000",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Korea",
    subject="[KCSC-240909-04] Result / 처리 결과 안내",
    body=f"""
Dear KCSC,

Regarding your request KCSC-240909-04, the video below has been restricted
in South Korea in accordance with local law.

{TT[2]}

안녕하세요. 요청하신 영상 {TT[2]}은 대한민국 내 접근이 제한되었습니다．

TikTok Korea Trust & Safety
""",
    outcome="applied",
    imitates="TikTok Korea bilingual legal reply (English, then Korean summary)",
    why="restricted in Korea, said twice; in Korean the URL is followed by the particle 은 and a full-width stop",
    items={TT[2]: "restricted"},
)

case(
    name="tiktok-no-violation-and-unavailable",
    date="Sat, 14 Sep 2024 09:09:09 +0000",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    subject="Your report KCSC-240909-04: review complete",
    body=f"""
We've finished reviewing your report.

Video: {TT[2]}
Result: No violation. We found that this video does not violate our
Community Guidelines or applicable law, so it will stay up.

Video: {TT[0]}
Result: Unable to locate. This video is unavailable because it has been
deleted by its creator.

Thank you for helping keep TikTok safe.
""",
    outcome="applied",
    imitates="TikTok Safety Center report result ('No violation' / video unavailable)",
    why="one video refused (no violation), one deleted by its creator (not_found)",
    items={TT[2]: "rejected", TT[0]: "not_found"},
)

case(
    name="tiktok-bulk-all-three",
    date="Wed, 11 Sep 2024 07:07:07 +0000",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="Re: [KCSC-240909-04] Counterfeit cosmetics",
    reply_to_req=req_mid("KCSC-240909-04"),
    body="""
Hello,

All three videos listed in your request KCSC-240909-04 have been restricted
in South Korea.

TikTok Legal
""",
    outcome="review",
    review="bulk",
    imitates="TikTok legal short reply covering a whole request",
    why="'all three videos' without naming them, for a three-item request",
    items={u: "pending" for u in TT},
)

case(
    name="tiktok-law-firm-for-creator",
    date="Thu, 12 Sep 2024 12:00:00 +0000",
    **{"from": "jkang@hanbit-law.example"}, name_from="Jiwoo Kang",
    subject="KCSC-240909-04 / harbor.lights09",
    body=f"""
Dear Sir or Madam,

We act for the owner of the TikTok account @harbor.lights09. Our client
has voluntarily deleted the video {TT[0]}
and asks that the matter be closed.

Yours faithfully,
Jiwoo Kang
Hanbit Law Office
""",
    outcome="review",
    review="unknown_sender",
    imitates="letter from the account holder's lawyer",
    why="not the platform: a third party's claim about a TikTok item",
    items={TT[0]: "pending"},
)

case(
    name="pinterest-about-tiktok-url",
    date="Fri, 13 Sep 2024 16:16:16 +0000",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    subject="Re: KCSC-240909-04",
    body=f"""
Hello,

We reviewed the URL you sent us:
{TT[2]}

This content was not found on Pinterest. It appears to be hosted on
another service, so we have no action to take.

Pinterest Legal
""",
    outcome="review",
    review="wrong_platform",
    imitates="Pinterest legal reply to a misrouted request ('not found on Pinterest')",
    why="Pinterest speaks about a TikTok item; its 'not found' says nothing about TikTok",
    items={TT[2]: "pending"},
)

case(
    name="tiktok-dsn-bounce",
    date="Mon, 09 Sep 2024 02:00:41 +0000",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-202-tt"

--dsn-202-tt
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@tiktok.com>: host mx.tiktok.com[203.0.113.25] said: 550 5.1.1
    <legal-kr@tiktok.com>: Recipient address rejected: User unknown

--dsn-202-tt
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Mon,  9 Sep 2024 11:00:39 +0900 (KST)

Final-Recipient: rfc822; legal-kr@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-202-tt
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok.com
Subject: [KCSC-240909-04] Counterfeit cosmetics
Message-ID: <req.KCSC-240909-04@kcsc.example>
Date: Mon, 9 Sep 2024 11:00:30 +0900

{chr(10).join(request_text("KCSC-240909-04", TT))}

--dsn-202-tt--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) returning our request",
    why="a bounce; the URLs are in our own returned request",
    items={u: "pending" for u in TT},
)

# ================================================================== Reddit
case(
    name="reddit-admin-removed-and-author-deleted",
    date="Fri, 13 Sep 2024 19:25:02 +0000",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit Safety",
    subject="Re: your report to the Reddit admins (KCSC-240910-05)",
    body=f"""
Hi there,

Thanks for submitting a report to the Reddit admin team. After
investigating, we've found that the reported content violates Reddit's
Content Policy, and it has been removed:
{RD[0]}

The comment at {RD[1]} had already been
deleted by its author, so there was nothing left for us to action.

Thanks for helping keep Reddit safe,
Reddit Safety
""",
    outcome="applied",
    imitates="Reddit admin report outcome ('After investigating, we've found ... has been removed')",
    why="the post removed by admins; the comment already deleted by its author",
    items={RD[0]: "removed", RD[1]: "not_found"},
)

case(
    name="reddit-wrapped-angle-urls",
    date="Sat, 14 Sep 2024 02:31:47 +0000",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="Re: [KCSC-240910-05] Personal data posted without consent",
    reply_to_req=req_mid("KCSC-240910-05"),
    body="""
Hello KCSC,

In response to your legal request (KCSC-240910-05), we have restricted
access in South Korea to the following post:
<https://www.reddit.com/r/plumtrade_kr/comments/1fc8x2a/
weekly_listing_thread/>

The comment you reported was reviewed and does not violate Reddit's
Content Policy; we have not taken action on it:
<https://www.reddit.com/r/plumtrade_kr/comments/1fc9k7q/comment/lm2x8ab/>

Reddit Legal
""",
    outcome="applied",
    imitates="Reddit legal reply written in Outlook, long URL wrapped inside angle brackets",
    why="the post geo-restricted in Korea (its URL wrapped over two lines), the comment refused",
    items={RD[0]: "restricted", RD[1]: "rejected"},
)

case(
    name="reddit-appears-removed-by-mods",
    date="Thu, 12 Sep 2024 21:14:58 +0000",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit Safety",
    subject="Re: your report to the Reddit admins (KCSC-240910-05)",
    body=f"""
Hi there,

It appears that the post {RD[0]} was
removed by the subreddit's moderators, so we're closing this report.

Reddit Safety
""",
    outcome="review",
    review="not_understood",
    imitates="Reddit admin reply closing a report because moderators acted",
    why="'it appears that ... was removed' is a hedge, not a platform statement",
    items={RD[0]: "pending"},
)

# ================================================================= Discord
case(
    name="discord-server-removed",
    date="Fri, 13 Sep 2024 05:55:05 +0000",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    subject="[Discord] Update on your report #4471903 (KCSC-240911-06)",
    body=f"""
Hello,

Thank you for your report. Our Trust & Safety team has reviewed the server
associated with the invite {DC[0]} and has removed it from
Discord for violating our Community Guidelines.

You can read about the actions we take at
https://discord.com/safety/360044159011-what-actions-we-take

Discord Trust & Safety
Ticket #4471903
""",
    outcome="applied",
    imitates="Discord Trust & Safety report outcome ('we removed the server')",
    why="the server behind the invite is removed; the safety-centre link is not an item",
    items={DC[0]: "removed"},
)

case(
    name="discord-sole-item-no-url",
    date="Sat, 14 Sep 2024 07:27:00 +0000",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    subject="Re: [KCSC-240911-06] Server distributing obscene material",
    reply_to_req=req_mid("KCSC-240911-06"),
    body="""
Hi,

We've taken action on the reported server for breaching our Terms of
Service. It is no longer accessible on Discord.

Discord Trust & Safety
""",
    outcome="applied",
    imitates="Discord short outcome reply in the request's thread, naming no URL",
    why="one-item request: 'the reported server ... no longer accessible' is that item's statement",
    items={DC[0]: "removed"},
)

# ================================================================ Telegram
case(
    name="telegram-channel-blocked-message-missing",
    date="Sun, 15 Sep 2024 10:12:43 +0000",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Re: [KCSC-240912-07] Drug sales channel",
    reply_to_req=req_mid("KCSC-240912-07"),
    body=f"""
Hello,

Thanks for the report. The channel {TG[0]} has been blocked
for all users for violating Telegram's Terms of Service.

The message {TG[2]} does not exist or was already deleted.

Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse desk reply ('channel has been blocked')",
    why="channel blocked for all users; the message does not exist",
    items={TG[0]: "removed", TG[2]: "not_found"},
)

case(
    name="telegram-geo-kr-and-post-removed",
    date="Mon, 16 Sep 2024 04:04:40 +0000",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    subject="KCSC-240912-07",
    body=f"""
Dear KCSC,

The channel {TG[0]} is now unavailable to users in South
Korea. The post {TG[1]} has been removed.

Regards,
Telegram
""",
    outcome="applied",
    imitates="Telegram legal reply (country restriction of a channel, one post removed)",
    why="the channel restricted in Korea, one post removed",
    items={TG[0]: "restricted", TG[1]: "removed"},
)

case(
    name="telegram-dsn-from-remote",
    date="Thu, 12 Sep 2024 06:00:12 +0000",
    **{"from": "mailer-daemon@telegram.org"}, name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Delay)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-202-tg"

--dsn-202-tg
Content-Type: text/plain; charset=utf-8

Your message to dsa@telegram.org has been delayed. The mail system will
keep trying to deliver it for up to 5 days. You do not need to resend it.

--dsn-202-tg
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.telegram.org

Final-Recipient: rfc822; dsa@telegram.org
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full
Will-Retry-Until: Tue, 17 Sep 2024 06:00:12 +0000

--dsn-202-tg
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: [KCSC-240912-07] Drug sales channel
Message-ID: <req.KCSC-240912-07@kcsc.example>
Date: Thu, 12 Sep 2024 14:40:02 +0900

--dsn-202-tg--
""",
    outcome="ignored",
    classification="bounce",
    imitates="remote MTA delay DSN (Action: delayed) with the request's headers",
    why="a delivery status notification",
    items={},
)

# ====================================================== Twitch / Snapchat
case(
    name="twitch-actioned-on-your-report",
    date="Tue, 10 Sep 2024 18:18:18 +0000",
    **{"from": "no-reply@twitch.tv"}, name_from="Twitch",
    subject="We've actioned on your report",
    body="""
Hi,

Your safety report has been reviewed. Our staff determined that a
violation of the Twitch Terms of Service and Community Guidelines took
place, and appropriate enforcement action has been taken.

Thank you for helping keep Twitch safe.

- Twitch Safety
""",
    outcome="review",
    review="no_claims",
    imitates="Twitch 'We've actioned on your report' reporter notification",
    why="trusted platform mail that names no item and no request of ours",
    items={},
)

case(
    name="snapchat-support-receipt",
    date="Wed, 11 Sep 2024 23:59:01 +0000",
    **{"from": "support@snapchat.com"}, name_from="Snapchat Support",
    subject="We've received your report [Case 07741269]",
    body="""
Hi there,

Thanks for reaching out to Snapchat Support. We've received your report
and opened case 07741269. A member of our team will look into it and get
back to you as soon as possible.

Please don't reply to this email with additional reports; submit a new
one at https://help.snapchat.com instead.

Team Snapchat
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Snapchat Support ticket receipt",
    why="a pure acknowledgement (ticket opened)",
    items={},
)

HEADER = """# Blind set 202: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).
# Written by tests/corpus/blind202/make.py; expected results were written
# from each email's meaning alone, before any run of the reader.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind202", HEADER, CASES)


if __name__ == "__main__":
    main()
