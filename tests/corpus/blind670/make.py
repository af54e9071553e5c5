#!/usr/bin/env python3
"""Blind set 670: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).

    python3 tests/corpus/blind670/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the email's meaning alone, before
the reader was ever run on these emails.
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
X_REF, YT_REF, META_REF, TT_REF, RD_REF, DC_REF, TG_REF = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240904-03", "KCSC-240905-04",
    "KCSC-240906-05", "KCSC-240909-06", "KCSC-240910-07")

X = [
    "https://x.com/pharm_depot_kr/status/1830412279650001201",
    "https://x.com/pharm_depot_kr/status/1830412279650001388",
    "https://x.com/lucky7_betting/status/1830517730021100445",
    "https://x.com/lucky7_betting/status/1830517730021100992",
    "https://x.com/blue_lantern_88/status/1830600214457312001",
    "https://twitter.com/blue_lantern_88/status/1830600214457312777",
    "https://x.com/idcard_maker/status/1830703355512204118",
    "https://x.com/idcard_maker",
    "https://x.com/soft_rain_mkt/status/1830811109932009472",
    "https://x.com/soft_rain_mkt/status/1830811109932009911",
    "https://x.com/gray_harbor_kr/status/1830922224700118300",
    "https://x.com/gray_harbor_kr/status/1830922224700118356",
    "https://x.com/moonfield_shop/status/1831004417782300049",
]
YT = [
    "https://www.youtube.com/watch?v=Qx7bLm2PzaE",
    "https://www.youtube.com/watch?v=hT3wVn9KcR0",
    "https://www.youtube.com/shorts/Zp4dLr8uWq1",
    "https://www.youtube.com/@casino_nightfall_tv",
]
META = [
    "https://www.facebook.com/groups/482210993310457/posts/1029384756610022/",
    "https://www.facebook.com/profile.php?id=100089912345670",
    "https://www.instagram.com/p/C9xQ2mLrT4k/",
    "https://www.instagram.com/reel/C9zA81bN0vQ/",
    "https://www.instagram.com/fastloan_kr_official/",
]
TT = [
    "https://www.tiktok.com/@pill.market.kr/video/7409123456789012481",
    "https://www.tiktok.com/@pill.market.kr/video/7409123456789019934",
    "https://www.tiktok.com/@sunset_odds/video/7410987654321098765",
]
RD = [
    "https://www.reddit.com/r/koreadeals_unofficial/comments/1fb3k9x/cheap_sleeping_pills_no_rx/",
    "https://www.reddit.com/user/quietseller_kr/",
]
DC = ["https://discord.gg/nightmkt7Q"]
TG = ["https://t.me/jeju_lotto_club", "https://t.me/pillstore_kr/1182"]

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    (X_REF, "x", "2024-09-02", "2024-09-09", X,
     ["drugs", "drugs", "gambling", "gambling", "gambling", "gambling",
      "forged documents", "forged documents", "drugs", "drugs", "gambling",
      "gambling", "illegal lending"], "largest request"),
    (YT_REF, "youtube", "2024-09-03", "2024-09-10", YT, ["gambling"] * 4, ""),
    (META_REF, "meta", "2024-09-04", "2024-09-11", META,
     ["illegal lending", "illegal lending", "drugs", "drugs", "illegal lending"], ""),
    (TT_REF, "tiktok", "2024-09-05", "2024-09-12", TT, ["drugs", "drugs", "gambling"], ""),
    (RD_REF, "reddit", "2024-09-06", "2024-09-13", RD, ["drugs", "drugs"], ""),
    (DC_REF, "discord", "2024-09-09", "2024-09-16", DC, ["drugs"], "one item"),
    (TG_REF, "telegram", "2024-09-10", "2024-09-17", TG, ["gambling", "drugs"], ""),
]


def req_mid(ref):
    return "req-" + ref[5:].lower() + "@kcsc.example"


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cats, note in REQUESTS:
        for u, cat in zip(urls, cats):
            lines.append(",".join([ref, plat, sent, due, u, cat, req_mid(ref), note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def rq(ref):
    """reply_to_req value: corpuslib adds '@kcsc.example'."""
    return req_mid(ref).split("@")[0]


# ---------------------------------------------------------------- encoders
def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls, platform_name):
    body = (f"Dear {platform_name} team,\n\n"
            f"The Korea Communications Standards Commission requests the removal of the\n"
            f"following content, which violates the laws of the Republic of Korea\n"
            f"(our reference {ref}):\n\n")
    body += "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1))
    body += ("\n\nPlease tell us the measure taken for each URL within seven days.\n\n"
             "Regards,\nKCSC Takedown Desk\n")
    return body


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= X (KCSC-240902-01, 13 items) =====================
case(
    name="x-legal-withheld-kr-numbered",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 08:14:51 +0000",
    subject=f"Re: {X_REF} - Request from Korea Communications Standards Commission",
    reply_to_req=rq(X_REF),
    body=f"""
Hello,

Thank you for your request dated September 2, 2024 (your reference {X_REF}).

We reviewed the reported content under applicable local law. As a result,
the following posts are now withheld in South Korea:

1. {X[0]}
2. {X[1]}

We notified the account holder of this action in line with our policies.
The other URLs in your request are still with our team and we will write to
you about them separately.

You can read more about country withheld content here:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied",
    imitates="X legal-request outcome notice, 'withheld in <country>' list",
    why="two numbered posts stated withheld in South Korea; the rest explicitly still open",
    items={X[0]: "restricted", X[1]: "restricted"},
)

case(
    name="x-html-outcome-table",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 02:40:09 +0000",
    subject=f"Update on your request {X_REF}",
    reply_to_req=rq(X_REF),
    type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We have completed our review of part of your request <b>{X_REF}</b>. The outcome for each URL is shown below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>#</th><th>Reported URL</th><th>Outcome</th></tr>
<tr><td>3</td><td><a href="{X[2]}">{X[2]}</a></td><td>Removed &ndash; violation of the X Rules (illegal gambling promotion)</td></tr>
<tr><td>4</td><td><a href="{X[3]}">{X[3]}</a></td><td>Removed &ndash; violation of the X Rules (illegal gambling promotion)</td></tr>
<tr><td>5</td><td><a href="{X[4]}">{X[4]}</a></td><td>No action &ndash; we did not find a violation of the X Rules or of local law</td></tr>
<tr><td>6</td><td><a href="{X[5]}">{X[5]}</a></td><td>Not found &ndash; the post could not be located</td></tr>
<tr><td>7</td><td><a href="{X[6]}">{X[6]}</a></td><td>Withheld in KR</td></tr>
</table>
<p>If you have further information that would change our assessment of item 5, please reply to this email.</p>
<p>Thanks,<br>X Legal</p>
<p style="color:#777;font-size:11px">X Corp. &middot; <a href="https://help.x.com/en/forms/legal">Legal request forms</a></p>
</body></html>
""",
    outcome="applied",
    imitates="X legal team outcome table (HTML) per reported URL",
    why="HTML table: two removed, one no violation, one not located, one withheld in KR",
    items={X[2]: "removed", X[3]: "removed", X[4]: "rejected", X[5]: "not_found", X[6]: "restricted"},
)

case(
    name="x-account-suspended",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Wed, 04 Sep 2024 11:03:27 +0000",
    subject=f"[Case 0498-22731] Your report {X_REF}",
    body=f"""
Hi,

We're writing about your report {X_REF}.

After review, the account @idcard_maker ({X[7]}) has been permanently
suspended for violating the X Rules on illegal goods and services, in
particular the sale of counterfeit identity documents.

We'll reply separately about the other URLs in your request.

Thanks,
X Support
""",
    outcome="applied",
    imitates="X Support 'account suspended' report outcome",
    why="the reported account is stated permanently suspended: removed",
    items={X[7]: "removed"},
)

x_req = request_text(X_REF, X, "X")
case(
    name="x-top-posted-gmail-quote",
    **{"from": "dana.r@x.com"}, name_from="Dana Ruiz",
    date="Fri, 06 Sep 2024 07:55:12 +0000",
    subject=f"Re: {X_REF} Request for removal of illegal content",
    reply_to_req=rq(X_REF),
    body=f"""
Hello KCSC team,

Following our review under Korean law, we have withheld these two posts in
Korea:
{X[8]}
{X[9]}

Best,
Dana R.
Legal Policy, X Corp.

On Mon, Sep 2, 2024 at 10:12 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(x_req)}
""",
    outcome="applied",
    imitates="X legal policy staff top-posted reply over Gmail-quoted request",
    why="two posts withheld in Korea above the quoted request; the quoted list says nothing",
    items={X[8]: "restricted", X[9]: "restricted"},
)

x_csv = (
    "reported_url,decision,scope,decision_date\r\n"
    f"{X[10]},Content removed,Global,2024-09-07\r\n"
    f"{X[11]},No action - no violation found,-,2024-09-07\r\n"
    f"{X[12]},Content not found,-,2024-09-07\r\n"
)
case(
    name="x-csv-attachment",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Sat, 07 Sep 2024 09:21:40 +0000",
    subject=f"Outcome of request {X_REF}",
    reply_to_req=rq(X_REF),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_xcsv_8812"

--=_xcsv_8812
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the decision for each remaining URL in your request
{X_REF}.

X Legal

--=_xcsv_8812
Content-Type: text/csv; charset=utf-8; name="outcome_{X_REF}.csv"
Content-Disposition: attachment; filename="outcome_{X_REF}.csv"
Content-Transfer-Encoding: base64

{b64(x_csv)}
--=_xcsv_8812--
""",
    outcome="applied",
    imitates="X legal decision export as CSV attachment",
    why="CSV rows: one removed globally, one no violation, one not found",
    items={X[10]: "removed", X[11]: "rejected", X[12]: "not_found"},
)

x_dsa = f"""Notice of decision on your report

Reference: {X_REF}
Notice ID: 7730-551-2098

Content concerned: {X[4]}

Decision: Access to the content has been disabled worldwide.

Facts and circumstances: the content was reported by the Korea Communications Standards Commission as promotion of an unlicensed online gambling service.

Ground for the decision: incompatible with the X Rules (illegal or certain regulated goods or services).

Use of automated means: the content was reviewed by a person; no automated decision was taken.

The account holder may appeal this decision through the in-app appeal process. You may also use the options for redress available in your jurisdiction.

X Safety
"""
case(
    name="x-statement-of-reasons-qp",
    **{"from": "noreply@x.com"}, name_from="X Safety",
    date="Sun, 08 Sep 2024 16:02:33 +0000",
    subject="Decision on your report",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(x_dsa)}
""",
    outcome="applied",
    imitates="X decision notice to the notifier in DSA statement-of-reasons layout (quoted-printable)",
    why="'access disabled worldwide' for the one named post: removed",
    items={X[4]: "removed"},
)

case(
    name="x-url-then-status-line",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 03:30:00 +0000",
    subject=f"Re: {X_REF} - outcome for remaining URLs",
    reply_to_req=rq(X_REF),
    body=f"""
Hello,

Here is the status of the remaining URLs from your request:

{X[10]}
Status: Withheld in South Korea

{X[11]}
Status: Withheld in South Korea

{X[12]}
Status: No action taken - we were unable to locate this post. It may have
been deleted before our review.

Regards,
X Legal
""",
    outcome="applied",
    imitates="X legal per-URL status list, status on the line below the URL",
    why="two withheld in South Korea; the third could not be located (the 'may have been deleted' is only the guess at why)",
    items={X[10]: "restricted", X[11]: "restricted", X[12]: "not_found"},
)

case(
    name="x-receipt-plus-withheld",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Tue, 03 Sep 2024 05:47:18 +0000",
    subject=f"We received your request [{X_REF}]",
    reply_to_req=rq(X_REF),
    body=f"""
Hello,

We've received your request and opened case 0492-11870. Our team is
reviewing the reported URLs.

While the review continues, please note that the following post was
already withheld in South Korea today:
{X[12]}

X Legal
""",
    outcome="applied",
    imitates="X legal request receipt that also reports one action already taken",
    why="acknowledgement wording, but one post is stated withheld in South Korea without hedging",
    items={X[12]: "restricted"},
)

case(
    name="x-promise-once-counsel-confirms",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 01:12:44 +0000",
    subject=f"Re: {X_REF}",
    reply_to_req=rq(X_REF),
    body=f"""
Hello,

Thank you for your request {X_REF}. Our team has started its review.

We expect to withhold the following posts in Korea once our local counsel
has confirmed the legal basis cited in your letter:

- {X[0]}
- {X[1]}
- {X[2]}

We will confirm when this has been done.

X Legal
""",
    outcome="review",
    review="not_understood",
    imitates="X legal interim reply promising action pending counsel review",
    why="only an expected future action conditional on counsel: no statement, items stay pending",
    items={X[0]: "pending", X[1]: "pending", X[2]: "pending"},
)

case(
    name="x-account-owner-gmail",
    **{"from": "softrain.market@gmail.com"}, name_from="Soft Rain",
    date="Sat, 07 Sep 2024 13:26:02 +0000",
    subject=f"Why was my post removed? {X_REF}",
    body=f"""
Hello,

X told me my post {X[8]} has been removed because of a request from
your commission ({X_REF}). The other one {X[9]} is also blocked now.
I am only selling vitamins. Please explain how I can get them back.

Soft Rain
""",
    outcome="review",
    review="unknown_sender",
    imitates="account holder writing to the regulator after an X withholding notice",
    why="statements about requested posts come from an unknown Gmail sender, not the platform",
    items={X[8]: "pending", X[9]: "pending"},
)

case(
    name="x-auto-receipt",
    **{"from": "noreply@x.com"}, name_from="X",
    date="Mon, 02 Sep 2024 10:14:09 +0000",
    subject=f"Your legal request has been received [{X_REF}]",
    reply_to_req=rq(X_REF),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Thank you for contacting X.

This is an automated message confirming that we have received your
legal request (reference {X_REF}). Your case number is 0492-11870.

Our team reviews requests in the order they are received. You will hear
from us once a decision has been made. Please do not reply to this message.

X Legal
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="X legal request automated receipt",
    why="pure receipt with case number, nothing about any item",
)

# ======================= YouTube (KCSC-240903-02, 4 items) ================
case(
    name="yt-legal-removed-and-local-block",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 06:10:37 +0000",
    subject=f"[7-5521000031240] Re: {YT_REF}",
    reply_to_req=rq(YT_REF),
    body=f"""
Hello,

Thanks for reaching out to us about the content listed in your request
{YT_REF}.

After reviewing your request, we have removed the following video from
YouTube as it violates our Community Guidelines:
- {YT[0]}

We've also blocked the following content from view in South Korea, based
on local law:
- {YT[1]}

We'll write again about the remaining URLs.

Regards,
The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube legal support outcome: removed globally / blocked locally",
    why="one video removed, one blocked from view in South Korea",
    items={YT[0]: "removed", YT[1]: "restricted"},
)

case(
    name="yt-age-restricted-and-no-action",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 04:55:20 +0000",
    subject=f"[7-5521000031240] Re: {YT_REF}",
    reply_to_req=rq(YT_REF),
    body=f"""
Hello,

Following your request {YT_REF}:

We've applied an age restriction to {YT[2]}. Viewers now need to be signed
in and over 18 to watch it.

After careful review, we have decided not to take action on the channel
{YT[3]}. Based on the information available to us, the channel does not
violate our policies, and we did not find it unlawful under local law.

If you have additional information, such as a court order, you may submit
it through https://support.google.com/legal/answer/3110420.

Regards,
The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube legal reply: age restriction applied / decision not to take action",
    why="Short age-restricted (restricted); channel kept, no violation (rejected)",
    items={YT[2]: "restricted", YT[3]: "rejected"},
)

yt_req = request_text(YT_REF, YT, "YouTube")
case(
    name="yt-channel-terminated-quoted",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal KR",
    date="Sat, 07 Sep 2024 01:18:46 +0000",
    subject=f"Re: {YT_REF} Request for removal of illegal content",
    reply_to_req=rq(YT_REF),
    body=f"""
Dear KCSC,

The channel {YT[3]} has been terminated for repeated violations of our
spam, deceptive practices and scams policies. It is no longer available on
YouTube.

Kind regards,
Google Legal KR

On Tue, Sep 3, 2024 at 9:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(yt_req)}
""",
    outcome="applied",
    imitates="YouTube channel termination reply from Google legal, over the quoted request",
    why="the channel is terminated: removed; the quoted list is not a statement",
    items={YT[3]: "removed"},
)

yt_html = f"""<html><body>
<p>Hello,</p>
<p>Here is an update on your request {YT_REF}.</p>
<p><b>Video:</b> <a href="{YT[0]}">{YT[0]}</a><br>
<b>Outcome:</b> Removed for violating YouTube's policy on illegal gambling promotion.</p>
<p><b>Video:</b> <a href="{YT[1]}">{YT[1]}</a><br>
<b>Outcome:</b> We couldn't find this video. Please check that the URL is correct.</p>
<p>Regards,<br>The YouTube Team</p>
<p style="font-size:11px;color:#888">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>
</body></html>
"""
case(
    name="yt-base64-html-outcomes",
    **{"from": "noreply-legal@youtube.com"}, name_from="YouTube",
    date="Sun, 08 Sep 2024 22:07:13 +0000",
    subject=f"Update on your request {YT_REF}",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="yt_alt_3391"

--yt_alt_3391
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(yt_html)}
--yt_alt_3391--
""",
    outcome="applied",
    imitates="YouTube legal outcome email, HTML only, base64",
    why="one video removed, the other could not be found",
    items={YT[0]: "removed", YT[1]: "not_found"},
)

case(
    name="yt-outlook-original-message",
    **{"from": "mkang@google.com"}, name_from="Minho Kang",
    date="Mon, 09 Sep 2024 08:44:02 +0000",
    subject=f"RE: {YT_REF} Request for removal of illegal content",
    reply_to_req=rq(YT_REF),
    body=f"""
Hello,

Our decisions on two of the items below:

{YT[1]} - removed (Community Guidelines, gambling)
{YT[2]} - reviewed; no violation found, the Short stays up

Best regards,
Minho Kang | Trust & Safety, YouTube Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 9:30 AM
To: legal-kr@google.com
Subject: {YT_REF} Request for removal of illegal content

{yt_req}""",
    outcome="applied",
    imitates="YouTube Korea staff reply in Outlook style over '-----Original Message-----'",
    why="one video removed, one Short kept for no violation; the original request below is not a statement",
    items={YT[1]: "removed", YT[2]: "rejected"},
)

case(
    name="yt-under-review-hedge",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 04 Sep 2024 23:31:55 +0000",
    subject=f"[7-5521000031240] Re: {YT_REF}",
    reply_to_req=rq(YT_REF),
    body=f"""
Hello,

Thank you for your patience.

The video {YT[0]} is still under review by our team.

The Short at {YT[2]} may already have been taken down by the uploader;
we are checking this and will confirm.

Regards,
The YouTube Legal Team
""",
    outcome="review",
    review="not_understood",
    imitates="YouTube legal interim update",
    why="'still under review' and 'may already have been taken down' are no statements",
    items={YT[0]: "pending", YT[2]: "pending"},
)

case(
    name="yt-asks-for-legal-basis",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 04 Sep 2024 03:05:41 +0000",
    subject=f"[7-5521000031240] More information needed: {YT_REF}",
    reply_to_req=rq(YT_REF),
    body=f"""
Hello,

We need more information before we can act on your request {YT_REF}.

For the channel {YT[3]}, please list the specific videos you consider
unlawful and, for each one, the provision of Korean law concerned. A
request about a whole channel cannot be assessed as submitted.

You can reply to this email with the details. Until we receive them, the
request remains open on our side.

Regards,
The YouTube Legal Team
""",
    outcome="review",
    classification="request_for_info",
    review="asks_more",
    imitates="YouTube legal request for more specific information",
    why="the platform asks for more details; nothing decided",
    items={YT[3]: "pending"},
)

case(
    name="yt-submission-receipt",
    **{"from": "noreply-legal@youtube.com"}, name_from="YouTube",
    date="Tue, 03 Sep 2024 00:41:09 +0000",
    subject=f"[Submission received] {YT_REF}",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Thanks for your submission.

This automated message confirms that we have received your legal request
{YT_REF} (submission ID 7-5521000031240). It listed 4 URLs.

We will review your request and reply to this address. Please don't reply
to this email; the mailbox isn't monitored.

- The YouTube Team
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="YouTube legal webform submission receipt",
    why="automated receipt; 'we will review' is no statement",
)

# ======================= Meta (KCSC-240904-03, 5 items) ===================
case(
    name="meta-fb-restricted-kr-and-kept",
    **{"from": "noreply@support.facebook.com"}, name_from="Facebook",
    date="Fri, 06 Sep 2024 10:19:33 +0000",
    subject=f"Your legal request {META_REF}",
    body=f"""
Hi,

We've reviewed the content you reported in your legal request ({META_REF}).

Based on local law, we restricted access in South Korea to:
{META[0]}

We reviewed the following and found that it doesn't go against our
Community Standards. We also did not identify a legal basis to restrict it
in your country, so it remains available:
{META[1]}

Thanks,
Meta Content Regulation Team
""",
    outcome="applied",
    imitates="Meta/Facebook legal request outcome: restricted in country / no action",
    why="group post restricted in South Korea; profile kept (rejected)",
    items={META[0]: "restricted", META[1]: "rejected"},
)

case(
    name="meta-ig-removed-bullets",
    **{"from": "no-reply@mail.instagram.com"}, name_from="Instagram",
    date="Sat, 07 Sep 2024 14:50:28 +0000",
    subject=f"Update on your report {META_REF}",
    body=f"""
Hi KCSC,

Thanks for your report {META_REF}. Here's what we did:

  \u2022 {META[2]} \u2014 removed
  \u2022 {META[3]} \u2014 removed
  \u2022 {META[4]} \u2014 account disabled

The account holder can request a review of our decision.

Instagram
""",
    outcome="applied",
    imitates="Instagram report outcome with bulleted list",
    why="post and reel removed, account disabled: all three removed",
    items={META[2]: "removed", META[3]: "removed", META[4]: "removed"},
)

case(
    name="meta-echoed-report-decision",
    **{"from": "notification@facebookmail.com"}, name_from="Meta",
    date="Thu, 05 Sep 2024 19:02:11 +0000",
    subject="We've reviewed your report",
    body=f"""
We've reviewed your report

Your report
  Submitted: September 4, 2024
  Reported by: KCSC Takedown Desk
  Content reported: {META[2]}
  Reason: Sale of drugs

Our decision
  We removed this content because it goes against our Community Standards
  on restricted goods and services.

What happens next
  The person who posted it has been told. You can see this decision in
  your Support Inbox: https://www.facebook.com/support/

Meta
""",
    outcome="applied",
    imitates="Meta 'We've reviewed your report' notice echoing the report",
    why="the echoed report names one post; the decision says it was removed",
    items={META[2]: "removed"},
)

case(
    name="meta-angle-brackets-wrapped",
    **{"from": "jiwon.seo@meta.com"}, name_from="Jiwon Seo",
    date="Sun, 08 Sep 2024 02:36:50 +0000",
    subject=f"RE: {META_REF}",
    reply_to_req=rq(META_REF),
    body=f"""
Hi,

Following up on {META_REF}: the post at
<https://www.facebook.com/groups/482210993310457/posts/
1029384756610022/> has been removed for violating our Community
Standards, and the profile <{META[1]}> has been disabled.

Best,
Jiwon Seo
Public Policy, Meta Korea
""",
    outcome="applied",
    imitates="Meta Korea staff reply with URLs in angle brackets, one wrapped",
    why="group post (URL wrapped inside angle brackets) removed; profile disabled",
    items={META[0]: "removed", META[1]: "removed"},
)

case(
    name="meta-bulk-all-removed",
    **{"from": "noreply@support.facebook.com"}, name_from="Facebook",
    date="Mon, 09 Sep 2024 05:12:40 +0000",
    subject=f"Your legal request {META_REF}",
    body=f"""
Hi,

Thanks for your report (reference {META_REF}). We've reviewed all of the
content you reported and removed it for going against our Community
Standards.

Meta Content Regulation Team
""",
    outcome="review",
    review="bulk",
    imitates="Meta short outcome covering the whole report",
    why="'all of the content' for a five-item request without naming any",
    items={u: "pending" for u in META},
)

case(
    name="meta-law-firm-on-behalf",
    **{"from": "meta-kr@hanbit-law.example"}, name_from="Hanbit Law Group",
    date="Mon, 09 Sep 2024 07:30:00 +0000",
    subject=f"{META_REF} - response on behalf of Meta Platforms, Inc.",
    body=f"""
Dear Sir or Madam,

We act for Meta Platforms, Inc. in Korea. On behalf of our client we
confirm that the following content has been removed from Instagram:

{META[3]}

Please direct further correspondence on this matter to this office.

Yours faithfully,
Hanbit Law Group
""",
    outcome="review",
    review="unknown_sender",
    imitates="outside counsel replying for a platform",
    why="removal stated by a law firm's domain, not by the platform's own",
    items={META[3]: "pending"},
)

case(
    name="meta-out-of-office",
    **{"from": "jiwon.seo@meta.com"}, name_from="Jiwon Seo",
    date="Wed, 04 Sep 2024 09:00:12 +0000",
    subject=f"Automatic reply: {META_REF} Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday 9 September
with limited access to email. For urgent content matters please use the
law enforcement and government request channel.

Jiwon
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="out-of-office reply",
)

# ======================= TikTok (KCSC-240905-04, 3 items) =================
case(
    name="tiktok-removed-and-kr-restricted",
    **{"from": "legal-notice@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Sat, 07 Sep 2024 06:33:19 +0000",
    subject=f"Re: {TT_REF}",
    reply_to_req=rq(TT_REF),
    body=f"""
Dear KCSC,

We reviewed the content identified in your request {TT_REF}.

The following video has been removed from TikTok for violating our
Community Guidelines:
{TT[0]}

Access to the following video has been restricted in the Republic of Korea
in accordance with local law:
{TT[1]}

Regards,
TikTok Trust & Safety
""",
    outcome="applied",
    imitates="TikTok legal/government request outcome",
    why="one video removed, one restricted in Korea",
    items={TT[0]: "removed", TT[1]: "restricted"},
)

case(
    name="tiktok-korean-particle-after-url",
    **{"from": "kr-policy@tiktok.com"}, name_from="TikTok Korea",
    date="Mon, 09 Sep 2024 01:58:44 +0000",
    subject=f"[{TT_REF}] Result / 처리 결과",
    reply_to_req=rq(TT_REF),
    body=f"""
Hello,

Result of our review of your request {TT_REF}:

{TT[2]}는 커뮤니티 가이드라인 위반으로 삭제되었습니다.
(The video above has been taken down for breaching our Community
Guidelines.)

Thank you.
TikTok Korea Policy Team
""",
    outcome="applied",
    imitates="TikTok Korea bilingual result note, Korean particle right after the URL",
    why="video stated deleted (삭제되었습니다 / taken down)",
    items={TT[2]: "removed"},
)

case(
    name="tiktok-deleted-by-creator-and-kept",
    **{"from": "legal-notice@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Tue, 10 Sep 2024 04:15:27 +0000",
    subject=f"Re: {TT_REF}",
    reply_to_req=rq(TT_REF),
    body=f"""
Dear KCSC,

Video 1: {TT[0]}
This video had already been deleted by its creator before our review, so
no further action was possible.

Video 3: {TT[2]}
We did not find a violation of our Community Guidelines or of local law.
The video remains available.

Regards,
TikTok Trust & Safety
""",
    outcome="applied",
    imitates="TikTok per-video outcome notes",
    why="video deleted by its author before review (not_found); the other kept (rejected)",
    items={TT[0]: "not_found", TT[2]: "rejected"},
)

case(
    name="tiktok-auth-fail",
    **{"from": "legal-notice@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Sun, 08 Sep 2024 12:00:05 +0000",
    subject=f"Re: {TT_REF}",
    auth="fail",
    body=f"""
Dear KCSC,

All videos in your request {TT_REF} were removed today:

{TT[0]}
{TT[1]}
{TT[2]}

TikTok Trust & Safety
""",
    outcome="review",
    review="untrusted",
    imitates="TikTok outcome notice failing DKIM/SPF/DMARC",
    why="tiktok.com From but authentication fails: nothing applied",
    items={u: "pending" for u in TT},
)

case(
    name="tiktok-read-receipt",
    **{"from": "legal-notice@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Fri, 06 Sep 2024 02:02:02 +0000",
    subject=f"Read: {TT_REF} Request for removal of illegal content",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_7741"

--mdn_7741
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-notice@tiktok.com
  Subject: {TT_REF} Request for removal of illegal content
  Sent: Thursday, September 5, 2024 10:05 AM

was read on Friday, September 6, 2024 2:02 AM.

--mdn_7741
Content-Type: message/disposition-notification

Reporting-UA: tiktok.com; Microsoft Exchange Server
Final-Recipient: rfc822;legal-notice@tiktok.com
Original-Message-ID: <{req_mid(TT_REF)}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_7741--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Exchange read receipt (MDN)",
    why="read receipt only",
)

# ======================= Reddit (KCSC-240906-05, 2 items) =================
case(
    name="reddit-removed-and-suspended",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit Safety",
    date="Mon, 09 Sep 2024 17:40:51 +0000",
    subject=f"Your report to Reddit ({RD_REF})",
    body=f"""
Hi there,

Thanks for your report (your reference {RD_REF}). After investigating, we
removed the following post for violating Reddit's Content Policy:
{RD[0]}

We have also permanently suspended the account
{RD[1]}

Thanks for helping keep Reddit safe.

Reddit Safety
""",
    outcome="applied",
    imitates="Reddit Safety report outcome: content removed, account suspended",
    why="post removed; account permanently suspended (removed)",
    items={RD[0]: "removed", RD[1]: "removed"},
)

case(
    name="reddit-mod-removed-account-kept",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 21:14:09 +0000",
    subject=f"Re: {RD_REF} removal request",
    reply_to_req=rq(RD_REF),
    body=f"""
Hello,

Thank you for your request {RD_REF}.

The post at {RD[0]} had already been removed by the subreddit's
moderators when we looked at it; it is not visible to users.

Regarding {RD[1]}: we reviewed the account and did not find it in
violation of our Content Policy, so no action was taken on it.

Best,
Reddit Legal
""",
    outcome="applied",
    imitates="Reddit legal reply: removed by moderators / no action on account",
    why="post removed (by moderators, not by its author); account kept (rejected)",
    items={RD[0]: "removed", RD[1]: "rejected"},
)

case(
    name="reddit-both-actioned",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit Safety",
    date="Tue, 10 Sep 2024 10:22:36 +0000",
    subject=f"Your report to Reddit ({RD_REF})",
    body=f"""
Hi there,

Thanks for your report {RD_REF}. We looked into both of the items you
reported and took action on them under Reddit's Content Policy.

Reddit Safety
""",
    outcome="review",
    review="bulk",
    imitates="Reddit Safety short 'we took action' outcome",
    why="'both of the items' for a two-item request without naming either",
    items={u: "pending" for u in RD},
)

# ======================= Discord (KCSC-240909-06, 1 item) =================
case(
    name="discord-sole-server-removed",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 15:08:22 +0000",
    subject=f"Re: {DC_REF} [Ticket #38810472]",
    reply_to_req=rq(DC_REF),
    body=f"""
Hello,

Thank you for your report {DC_REF}. We've taken action on the server you
reported, and it is no longer available on Discord.

We're not able to share details of the action we took against individual
users.

Discord Trust & Safety
""",
    outcome="applied",
    imitates="Discord Trust & Safety 'we've taken action' reply",
    why="one-item request; the server is stated no longer available: removed",
    items={DC[0]: "removed"},
)

case(
    name="discord-invite-invalid",
    **{"from": "legal@discord.com"}, name_from="Discord Legal",
    date="Thu, 12 Sep 2024 08:50:03 +0000",
    subject=f"Re: {DC_REF}",
    reply_to_req=rq(DC_REF),
    body=f"""
Hello,

The invite link {DC[0]} is invalid, and we could not identify a server
associated with it. If you have a server ID or a message link, please send
it and we will look again.

Discord Legal
""",
    outcome="applied",
    imitates="Discord legal reply about an invalid invite link",
    why="invalid link, no server found: not_found",
    items={DC[0]: "not_found"},
)

case(
    name="discord-about-telegram-link",
    **{"from": "legal@discord.com"}, name_from="Discord Legal",
    date="Thu, 12 Sep 2024 09:10:44 +0000",
    subject="Re: removal request",
    body=f"""
Hello,

We reviewed the link you sent us, {TG[1]}. This content is not hosted on
Discord, so we have taken no action on it.

Discord Legal
""",
    outcome="review",
    review="wrong_platform",
    imitates="Discord legal reply to a link that belongs to another service",
    why="Discord speaks about a Telegram item",
    items={TG[1]: "pending"},
)

case(
    name="discord-request-bounced",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 01:03:40 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_5512"

--dsn_5512
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@discord.com>: host mx.discord.com[203.0.113.44] said: 550 5.1.1
    <legal-kr@discord.com>: Recipient address rejected: User unknown

--dsn_5512
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Mon,  9 Sep 2024 10:03:31 +0900 (KST)

Final-Recipient: rfc822; legal-kr@discord.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@discord.com>: Recipient address rejected: User unknown

--dsn_5512
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@discord.com
Subject: {DC_REF} Request for removal of illegal content
Message-ID: <{req_mid(DC_REF)}>
Date: Mon, 9 Sep 2024 10:03:30 +0900

Dear Discord team,

Please remove the server behind {DC[0]} (our reference {DC_REF}).

KCSC Takedown Desk

--dsn_5512--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix delivery status notification for the request email",
    why="bounce of our own request; the URL is in the returned message",
)

# ======================= Telegram (KCSC-240910-07, 2 items) ===============
case(
    name="tg-abuse-blocked-and-removed",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 11:27:58 +0000",
    subject=f"Re: {TG_REF} Case #4408127",
    reply_to_req=rq(TG_REF),
    body=f"""
Hello,

Thank you for your report. Case #4408127.

The channel {TG[0]} was blocked.
The message {TG[1]} was removed.

Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse desk terse reply",
    why="channel blocked (removed) and message removed",
    items={TG[0]: "removed", TG[1]: "removed"},
)

case(
    name="tg-geo-restricted-and-missing",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Fri, 13 Sep 2024 06:45:31 +0000",
    subject=f"Case #4408127 - {TG_REF}",
    body=f"""
Hello,

Regarding your request {TG_REF} (Case #4408127):

- {TG[0]} is now unavailable to users in South Korea.
- {TG[1]}: we couldn't find this message. It does not exist in the
  channel.

Regards,
Telegram
""",
    outcome="applied",
    imitates="Telegram reply: channel unavailable in the country / message not found",
    why="channel geo-blocked in Korea (restricted); message does not exist (not_found)",
    items={TG[0]: "restricted", TG[1]: "not_found"},
)

case(
    name="tg-conditional-block",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 18:02:14 +0000",
    subject=f"Re: {TG_REF} Case #4408127",
    reply_to_req=rq(TG_REF),
    body=f"""
Hello,

We have contacted the administrators of {TG[0]}. If the reported
content is not removed within 24 hours, the channel will be blocked.

Telegram Abuse Team
""",
    outcome="review",
    review="not_understood",
    imitates="Telegram abuse desk warning-to-admins reply",
    why="a condition and a future action only; the channel stays pending",
    items={TG[0]: "pending"},
)

# ======================= Other platforms (no requests) ====================
case(
    name="snapchat-action-no-link",
    **{"from": "no-reply@snap.com"}, name_from="Snapchat Support",
    date="Tue, 10 Sep 2024 20:19:40 +0000",
    subject="Update on your Snapchat report",
    body="""
Hi,

Thanks for letting us know about your concern. Our Trust & Safety team has
reviewed your report and taken appropriate action in line with our
Community Guidelines.

Snapchat Support
""",
    outcome="review",
    review="no_claims",
    imitates="Snapchat support report outcome without details",
    why="trusted platform mail naming no item and no request",
)

case(
    name="pinterest-ticket-receipt",
    **{"from": "support@pinterest.com"}, name_from="Pinterest Help",
    date="Wed, 11 Sep 2024 03:33:03 +0000",
    subject="[Pinterest Help] Re: Content removal request (#4410293)",
    extra_headers=["Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer"],
    body="""
##- Please type your reply above this line -##

Your request (#4410293) has been received and is being reviewed by our
support staff.

To add more information to your request, reply to this email.

Pinterest Help
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Zendesk ticket receipt from a help centre",
    why="ticket receipt only",
)

case(
    name="twitch-unmonitored-autoreply",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date="Thu, 12 Sep 2024 00:10:52 +0000",
    subject="Automatic reply: Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This mailbox is not monitored for content reports. To report content on
Twitch, please use the reporting tools on the channel or clip, or the form
at https://www.twitch.tv/p/legal/contact/. Messages sent to this address
will not receive a response.

Twitch Legal
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="unmonitored-mailbox auto-reply",
    why="automatic reply pointing to a form",
)


HEADER = """# Blind set 670: English notices from many platforms. Generated by make.py;
# expected results written from each email's meaning before any run."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind670", HEADER, CASES)
    print(f"{len(CASES)} cases")
