#!/usr/bin/env python3
"""Blind set 514: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest, Telegram).

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
Expected results were written from each email's meaning alone, before any
run of the reader.

    python3 tests/corpus/blind514/make.py
"""
import base64
import csv
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind514"

# ---------------------------------------------------------------- requests
KO_SLUG = "약_판매"
R1_RAW = f"https://www.reddit.com/r/koreanfinds/comments/1f3xk9q/{KO_SLUG}/"
R1 = f"https://www.reddit.com/r/koreanfinds/comments/1f3xk9q/{quote(KO_SLUG)}/"

X = [
    "https://x.com/moonlit_trades/status/1830412200000000101",
    "https://x.com/moonlit_trades/status/1830412200000000102",
    "https://x.com/kr_deal_alerts/status/1830500000000000311",
    "https://x.com/kr_deal_alerts/status/1830500000000000312",
    "https://x.com/silverbirch_77/status/1830623000000000045",
    "https://x.com/silverbirch_77/status/1830623000000000046",
    "https://x.com/nightowl_market/status/1830700000000000907",
    "https://x.com/nightowl_market/status/1830700000000000908",
    "https://x.com/pale_lantern_kr/status/1830811100000000020",
    "https://x.com/pale_lantern_kr/status/1830811100000000021",
    "https://x.com/harbor_fx_signal/status/1830912345000000777",
    "https://x.com/greyfen_archive",
]
x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12 = X
Y = [
    "https://www.youtube.com/watch?v=Qk3vT9bLm2A",
    "https://www.youtube.com/watch?v=fR7pZx0Wc4E",
    "https://www.youtube.com/shorts/Ha5nJw2YtRk",
    "https://www.youtube.com/@cedarvale_tv",
]
y1, y2, y3, y4 = Y
M = [
    "https://www.facebook.com/groups/7712004521/posts/9930018842",
    "https://www.facebook.com/silvergate.promo/posts/pfbid02Xk8aQ1vLm",
    "https://www.instagram.com/p/C9xQe2LrT4z/",
    "https://www.instagram.com/reel/C9zP0aKs81M/",
    "https://www.instagram.com/lumen_pharma_kr/",
]
m1, m2, m3, m4, m5 = M
T = [
    "https://www.tiktok.com/@cloudpeak.deals/video/7410022334455667781",
    "https://www.tiktok.com/@cloudpeak.deals/video/7410022334455667782",
    "https://www.tiktok.com/@mirae_night/video/7410988877766655443",
]
t1, t2, t3 = T
r1 = R1
r2 = "https://www.reddit.com/user/quietferry_88/comments/1f4ab2c/dm_for_list/"
d1 = "https://discord.com/channels/1170000000000000001/1170000000000000042/1281000000000000777"
w1 = "https://www.twitch.tv/videos/2241357913"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "x", "2024-09-03T14:00:00+09:00", "2024-09-10", X, "illegal_goods",
     "batch of 12: 11 posts, 1 account; drugs, fake IDs"),
    ("KCSC-240904-02", "youtube", "2024-09-04T10:30:00+09:00", "2024-09-11", Y, "gambling",
     "3 videos + 1 channel, \"casino\" promotions"),
    ("KCSC-240906-03", "meta", "2024-09-06T09:15:00+09:00", "2024-09-13", M, "illegal_goods",
     "Facebook and Instagram, same seller"),
    ("KCSC-240909-04", "tiktok", "2024-09-09T16:45:00+09:00", "2024-09-16", T, "fraud",
     "investment scam videos"),
    ("KCSC-240910-05", "reddit", "2024-09-10T11:00:00+09:00", "2024-09-17", [r1, r2], "illegal_goods",
     "one post with a Korean slug, one user-profile post"),
    ("KCSC-240911-06", "discord", "2024-09-11T13:20:00+09:00", "2024-09-18", [d1], "privacy",
     "doxxing message in a public server"),
    ("KCSC-240912-07", "twitch", "2024-09-12T15:05:00+09:00", "2024-09-19", [w1], "obscenity",
     "past broadcast (VOD)"),
]


def mid(ref):
    return "kcsc-req-" + ref.lower()


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


RQ1, RQ2, RQ3, RQ4, RQ5, RQ6, RQ7 = (r[0] for r in REQUESTS)


# ---------------------------------------------------------------- MIME helpers
def qp(text):
    return quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def alt(plain, html, b="=_alt_514"):
    return (
        f'Content-Type: multipart/alternative; boundary="{b}"\n\n'
        f"--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{plain.strip()}\n\n"
        f"--{b}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{html.strip()}\n\n--{b}--\n"
    )


def with_csv(body, body_cte, filename, csv_text, b="=_mixed_514"):
    if body_cte == "quoted-printable":
        body_enc = qp(body)
    else:
        body_enc = body.strip() + "\n"
    return (
        f'Content-Type: multipart/mixed; boundary="{b}"\n\n'
        f"--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {body_cte}\n\n"
        f"{body_enc}\n"
        f'--{b}\nContent-Type: text/csv; charset=utf-8; name="{filename}"\n'
        f'Content-Disposition: attachment; filename="{filename}"\n'
        f"Content-Transfer-Encoding: base64\n\n{b64(csv_text)}\n--{b}--\n"
    )


def rows_csv(rows):
    import io
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue()


def req_list(urls):
    return "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1))


SIG_X = "X Corp. Legal\nTrust & Safety, Government Requests"

# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ===== X (KCSC-240903-01, 12 items) =====
case(
    name="x-legal-withheld-kr-numbered",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 02:14:09 +0000",
    subject=f"Re: [{RQ1}] Request to remove illegal content - Korea Communications Standards Commission",
    reply_to_req=mid(RQ1),
    body=f"""
Hello,

Thank you for your request, reference {RQ1}. We have reviewed the reported
content against the X Rules and applicable local law.

The following posts have been withheld in the Republic of Korea under our
Country Withheld Content policy:

1. {x1}
2. {x2}
3. {x3}
4. {x4}

The following post was found to violate the X Rules (illegal or certain
regulated goods or services) and has been removed from X globally:

5. {x5}

We are still reviewing the remaining URLs in your request and will respond
separately.

Regards,
{SIG_X}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome listing posts withheld in a country (CWC) and one removed under the X Rules",
    why="numbered lists under two clear headings; the promise about the remaining URLs names none of them",
    items={x1: "restricted", x2: "restricted", x3: "restricted", x4: "restricted", x5: "removed"},
)

case(
    name="x-bare-url-status-below",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 07:40:51 +0000",
    subject=f"Case 0917-55-2031 / {RQ1} - outcome",
    reply_to_req=mid(RQ1),
    body=f"""
Hi KCSC team,

Please see the outcome for the following items from your request {RQ1}.

{x6}
Outcome: Removed - violation of the X Rules (illegal goods)

{x7}
Outcome: Withheld in KR in response to a legal demand

{x8}
Outcome: No action taken - we did not find a violation of the X Rules, and the
request did not establish that the post is unlawful in Korea

{x9}
Outcome: Not found - the post is no longer available on X

If you have additional context for the item on which we took no action,
you may submit a new request through our legal request portal:
https://legal.x.com/en/gov-requests

Thanks,
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X legal support reply giving a per-URL 'Outcome:' line under each bare URL",
    why="each bare URL carries its status on the next line; the portal link is not an item",
    items={x6: "removed", x7: "restricted", x8: "rejected", x9: "not_found"},
)

case(
    name="x-account-suspended-and-author-deleted",
    **{"from": "noreply-legal@x.com"}, name_from="X",
    date="Sat, 07 Sep 2024 11:02:00 +0000",
    subject=f"Update on your legal request {RQ1}",
    reply_to_req=mid(RQ1),
    body=f"""
Hello,

We're writing with an update on your request {RQ1}.

The account @greyfen_archive ({x12}) has been permanently suspended
for repeated violations of our rules on illegal or certain regulated goods and
services. It is no longer visible on X.

The post {x9} had already been deleted by the account holder
before our review, so no action was needed on our side.

This email was sent from an address that cannot accept replies.

X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="X notice that an account was permanently suspended, plus a post deleted by its author",
    why="suspended account = removed; a post deleted by its author = not_found",
    items={x12: "removed", x9: "not_found"},
)

case(
    name="x-bulk-all-withheld",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 03:30:12 +0000",
    subject=f"Re: [{RQ1}] Request to remove illegal content",
    reply_to_req=mid(RQ1),
    body=f"""
Hello,

We have completed our review of request {RQ1}. All of the reported content
has been withheld in South Korea in accordance with local law.

Kind regards,
X Legal
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="short X legal reply confirming the whole request was withheld in the country",
    why="one statement about the whole 12-item request without naming any item: bulk",
    items={u: "pending" for u in X},
)

case(
    name="x-promise-will-review",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 09:12:44 +0000",
    subject=f"Re: [{RQ1}] Request to remove illegal content",
    reply_to_req=mid(RQ1),
    body=f"""
Hello,

Thanks for your patience. Our team is reviewing the posts below and will take
appropriate action where they are found to violate the X Rules or local law:

- {x10}
- {x11}

We will follow up once a decision has been reached. Decisions on requests of
this kind usually take 5-7 business days.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X interim reply: 'our team is reviewing and will take appropriate action'",
    why="promise only; names two items but states nothing about them",
    items={x10: "pending", x11: "pending"},
)

case(
    name="x-top-posted-gmail-quote",
    **{"from": "j.whitfield@x.com"}, name_from="Jonah Whitfield",
    date="Tue, 10 Sep 2024 01:05:37 +0000",
    subject=f"Re: [{RQ1}] Request to remove illegal content",
    reply_to_req=mid(RQ1),
    body=f"""
Hi,

Quick update on two of these: {x10} is now withheld in Korea, and
{x11} was removed under our illegal goods policy.

Best,
Jonah
X Global Government Affairs

On Tue, Sep 3, 2024 at 2:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal team,
>
> Under Article 44-7 of the Information and Communications Network Act we
> request the removal of the following content (ref. {RQ1}):
>
""" + "\n".join("> " + l for l in req_list(X).splitlines()) + """
>
> Please reply by 10 September 2024.
> KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="X staff member's top-posted Gmail reply over the quoted request",
    why="two statements above the quote; the 12 quoted URLs are the regulator's own request",
    items={x10: "restricted", x11: "removed"},
)

case(
    name="x-case-receipt",
    **{"from": "noreply@x.com"}, name_from="X Support",
    date="Tue, 03 Sep 2024 05:01:10 +0000",
    subject=f"[Case 0917-55-2031] We received your request ({RQ1})",
    reply_to_req=mid(RQ1),
    body=f"""
Hello,

We've received your report and a case has been opened: Case 0917-55-2031.
Your reference: {RQ1}.

Our team will review it as soon as possible. You don't need to reply to this
email; replying will not speed up the review. You can check the status of
your case at https://help.x.com/forms/status.

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X Support automatic case receipt",
    why="pure acknowledgement with a case number; no item named",
    items={},
)

case(
    name="x-forged-auth-fail",
    **{"from": "legal@x.com"}, name_from="X Legal",
    auth="fail",
    date="Wed, 04 Sep 2024 22:47:19 +0000",
    subject=f"RE: {RQ1} completed",
    reply_to_req=mid(RQ1),
    body=f"""
Dear Sir/Madam,

Please be informed that the following posts have been removed:

{x1}
{x2}

Regards,
X Legal Department
""",
    outcome="review", review="untrusted",
    imitates="short removal confirmation whose x.com From fails DKIM/SPF/DMARC",
    why="clear statements but the x.com sender fails authentication",
    items={x1: "pending", x2: "pending"},
)

case(
    name="x-dsa-statement-html",
    **{"from": "dsa-notices@x.com"}, name_from="X",
    date="Thu, 12 Sep 2024 08:20:00 +0000",
    subject=f"Notice of action taken on reported content - {RQ1}",
    reply_to_req=mid(RQ1),
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>We have taken a decision on content you reported in request <b>{RQ1}</b>.
Below is our statement of reasons for each decision.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported content</th><th>Decision</th><th>Ground</th><th>Territorial scope</th></tr>
<tr><td><a href="{x7}">{x7}</a></td><td>Visibility restricted (withheld)</td><td>Illegal content under local law</td><td>Republic of Korea</td></tr>
<tr><td><a href="{x8}">{x8}</a></td><td>Content removed</td><td>Incompatible with the X Rules</td><td>Global</td></tr>
</table>
<p>This decision was taken by human review. If you disagree, you can appeal via
<a href="https://help.x.com/forms/appeal">our appeal form</a>.</p>
<p>X Trust &amp; Safety</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 style statement of reasons in an HTML table (decision, ground, territorial scope)",
    why="row 1 withheld in Korea = restricted; row 2 removed globally; the appeal link is not an item",
    items={x7: "restricted", x8: "removed"},
)

case(
    name="x-hedge-appears-deleted",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 12:00:00 +0000",
    subject=f"Re: [{RQ1}] Request to remove illegal content",
    reply_to_req=mid(RQ1),
    body=f"""
Hi,

Regarding {x9}: it appears the post may have been deleted by the
account owner, but we are still confirming this with our product team. We'll
let you know the final outcome.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal reply hedging that a post 'appears' to have been deleted, pending confirmation",
    why="hedge ('appears', 'may have been', 'still confirming'): not a statement",
    items={x9: "pending"},
)

X_CSV = [
    ["content_url", "action_taken", "scope", "policy"],
    [x1, "Withheld", "KR", "Local law"],
    [x2, "Withheld", "KR", "Local law"],
    [x3, "Removed", "Global", "Illegal or certain regulated goods or services"],
    [x4, "Removed", "Global", "Illegal or certain regulated goods or services"],
    [x5, "No action", "", "No violation found"],
    [x6, "Not found", "", "Content unavailable at time of review"],
    [x7, "Withheld", "KR", "Local law"],
    [x8, "Removed", "Global", "Illegal or certain regulated goods or services"],
    [x9, "Not found", "", "Deleted by user before review"],
    [x10, "Withheld", "KR", "Local law"],
    [x11, "Removed", "Global", "Illegal or certain regulated goods or services"],
    [x12, "Account suspended", "Global", "Repeated violations"],
]
case(
    name="x-csv-attachment-qp",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 04:18:27 +0000",
    subject=f"[{RQ1}] Final response - results attached",
    reply_to_req=mid(RQ1),
    raw_mime=with_csv(
        f"""Hello,

Please find attached our final response to your request {RQ1}. The file lists every reported URL together with the action taken, its territorial scope and the policy or legal ground we relied on.

Posts marked "Withheld" are unavailable to viewers in the Republic of Korea but remain visible elsewhere. "No action" means that we did not find the post to break the X Rules or Korean law as reported.

Kind regards,
X Legal – Government Requests
""",
        "quoted-printable", f"{RQ1}_results.csv", rows_csv(X_CSV)),
    outcome="applied", classification="confirmation",
    imitates="X legal final response with a CSV of per-URL actions, body in quoted-printable",
    why="the CSV gives a status for each of the 12 items",
    items={x1: "restricted", x2: "restricted", x3: "removed", x4: "removed", x5: "rejected",
           x6: "not_found", x7: "restricted", x8: "removed", x9: "not_found",
           x10: "restricted", x11: "removed", x12: "removed"},
)

case(
    name="x-angle-brackets-wrapped",
    **{"from": "m.osei@x.com"}, name_from="Maribel Osei",
    date="Wed, 11 Sep 2024 06:33:41 +0000",
    subject=f"RE: {RQ1}",
    reply_to_req=mid(RQ1),
    body=f"""
Hello KCSC,

The following post has been withheld in South Korea:
<{x10}>

We also removed <https://x.com/harbor_fx_signal/status/
1830912345000000777> for violating our policy on illegal goods.

Regards,
Maribel Osei
Legal Policy, X
""",
    outcome="applied", classification="confirmation",
    imitates="X staff plain-text reply with URLs in angle brackets, one wrapped by the mail client",
    why="URL on the line below its statement, and a URL wrapped inside angle brackets (RFC 3986 App. C)",
    items={x10: "restricted", x11: "removed"},
)

case(
    name="x-outlook-original-message",
    **{"from": "gov-requests@x.com"}, name_from="X Government Requests",
    date="Mon, 09 Sep 2024 23:51:08 +0000",
    subject=f"RE: [{RQ1}] Request to remove illegal content",
    reply_to_req=mid(RQ1),
    body=f"""
Dear KCSC,

Please be advised that {x5} and {x6} have been removed from X for violating
our rules. {x8} was deleted by the account owner before our review and no
longer exists.

Sincerely,
X Government Requests Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 2:00 PM
To: legal@x.com
Subject: [{RQ1}] Request to remove illegal content

Dear X Legal team,

We request the removal of the following content:

{req_list(X)}

KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply over '-----Original Message-----' with the full request below",
    why="three items stated above the original message; the 12 URLs below it are our request",
    items={x5: "removed", x6: "removed", x8: "not_found"},
)

case(
    name="x-conflicting-template",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Sat, 14 Sep 2024 02:02:02 +0000",
    subject=f"Re: [{RQ1}] Outcome for one reported post",
    reply_to_req=mid(RQ1),
    body=f"""
Reported content: {x2}
Outcome: Removed

Hello,

After review, the post at {x2} does not violate the X Rules, and
the material provided does not establish that it is unlawful in Korea.
The post therefore remains available on X.

X Legal
""",
    outcome="review", review="conflicting_statements",
    imitates="X templated outcome whose filled-in field contradicts the prose below it",
    why="'Outcome: Removed' and 'remains available' about the same post",
    items={x2: "pending"},
)

# ===== YouTube (KCSC-240904-02, 4 items) =====
case(
    name="yt-legal-blocked-kr-and-removed",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 05:44:12 +0000",
    subject=f"[6-1234000032187] Re: {RQ2} YouTube legal removal request",
    reply_to_req=mid(RQ2),
    body=f"""
Hello,

Thanks for reaching out to us.

In response to your legal request, we've blocked the following content from
view on YouTube in South Korea:

  {y1}

We also reviewed the following content under YouTube's Community Guidelines
and removed it from the platform:

  {y2}

Other URLs from your request are still under review.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome: blocked from view in a country / removed under Community Guidelines",
    why="indented URL under each statement; 'still under review' names no item",
    items={y1: "restricted", y2: "removed"},
)

case(
    name="yt-no-action-not-unlawful",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 08:10:00 +0000",
    subject=f"[6-1234000032187] Re: {RQ2} YouTube legal removal request",
    reply_to_req=mid(RQ2),
    body=f"""
Hello,

After careful review, we have decided not to take action on the following
content:

* {y3}
* {y4}

We did not find that this content violates our Community Guidelines, and the
request does not provide enough information for us to conclude that it is
unlawful in Korea. The video and the channel remain available.

If you believe we have made an error, you may reply with a court order or
further legal analysis.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal 'we have decided not to take action' refusal with its reason",
    why="explicit refusal with reason for both items: rejected; the invitation to reply is not a request for information",
    items={y3: "rejected", y4: "rejected"},
)

case(
    name="yt-channel-terminated-age-restricted",
    **{"from": "noreply-legal@youtube.com"}, name_from="YouTube",
    date="Tue, 10 Sep 2024 13:27:55 +0000",
    subject=f"Update on your request {RQ2}",
    reply_to_req=mid(RQ2),
    body=f"""
Hi there,

We've reviewed the content you reported.

- The channel {y4} has been terminated for severe or repeated
  violations of our Community Guidelines.
- The video {y1} has been age-restricted. It remains on YouTube
  but is no longer viewable by signed-out users or users under 18.

Learn more about age restrictions: https://support.google.com/youtube/answer/2802167

- The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome notice: channel terminated, video age-restricted",
    why="terminated channel = removed; age restriction = restricted; the help link is not an item",
    items={y4: "removed", y1: "restricted"},
)

case(
    name="yt-asks-for-more-info",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 03:03:03 +0000",
    subject=f"[6-1234000032187] Additional information needed: {RQ2}",
    reply_to_req=mid(RQ2),
    body=f"""
Hello,

We need some more information before we can process your request for:

{y2}
{y3}

Please reply with the specific timestamps in each video where the content you
believe is unlawful appears, and the provision of Korean law that it breaches.
Without this we may not be able to act on your request.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal support asking for timestamps and the legal basis",
    why="asks us for information about two items; no status",
    items={y2: "pending", y3: "pending"},
)

case(
    name="yt-out-of-office",
    **{"from": "hanna.lee@google.com"}, name_from="Hanna Lee",
    date="Wed, 04 Sep 2024 01:45:00 +0000",
    subject=f"Automatic reply: [{RQ2}] Request to remove illegal content",
    reply_to_req=mid(RQ2),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Hi, I'm out of the office until 16 September with limited access to email.
For urgent legal removal matters, please contact legal-kr@google.com.

Thanks,
Hanna
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail/Outlook out-of-office auto-reply from a Google employee",
    why="auto-reply",
    items={},
)

case(
    name="yt-base64-removed-and-gone",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 09:59:30 +0000",
    subject=f"[6-1234000032187] Re: {RQ2} YouTube legal removal request",
    reply_to_req=mid(RQ2),
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"""Hello,

Thank you for your patience while we reviewed your request {RQ2}.

{y2}
We removed this video for violating our policy on online gambling content.

{y3}
This URL no longer points to any content on YouTube: the Short was deleted by
its uploader before we received your request.

Regards,
The YouTube Legal Support Team
"""),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply sent as a base64-encoded text body",
    why="statement on the line below each URL: removed, and deleted by its uploader = not_found",
    items={y2: "removed", y3: "not_found"},
)

case(
    name="yt-qp-fullwidth-korean-particle",
    **{"from": "minji.park@google.com"}, name_from="Minji Park",
    date="Thu, 12 Sep 2024 07:07:07 +0000",
    subject=f"RE: [{RQ2}] YouTube",
    reply_to_req=mid(RQ2),
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(f"""안녕하세요,

Following up on your request {RQ2}:

The Short （{y3}） has been blocked for viewers in Korea under local law.
{y1}는 커뮤니티 가이드 위반으로 삭제되었습니다。

Best regards,
Minji Park
Google Korea, Legal
"""),
    outcome="applied", classification="confirmation",
    imitates="Google Korea staff reply, quoted-printable, URL in full-width parentheses and followed by a Korean particle",
    why="blocked in Korea = restricted; '…는 … 삭제되었습니다' = removed",
    items={y3: "restricted", y1: "removed"},
)

# ===== Meta (KCSC-240906-03, 5 items) =====
case(
    name="meta-report-outcome-bullets",
    **{"from": "gov-requests-noreply@meta.com"}, name_from="Meta",
    date="Tue, 10 Sep 2024 04:00:41 +0000",
    subject=f"Your report to Meta: {RQ3}",
    reply_to_req=mid(RQ3),
    body=f"""
Hi,

We reviewed the content you reported to us ({RQ3}). Here's what we did:

  • {m1} - Removed. It goes against our Community Standards on
    restricted goods and services.
  • {m2} - Removed, for the same reason.
  • {m3} - Restricted in South Korea. It doesn't go against our
    Community Guidelines, but we limited access to it in your country based on
    local law.
  • {m4} - No action. It doesn't go against our Community
    Guidelines and we didn't find it to be unlawful.

Thank you for helping keep our platforms safe.

Meta Content Policy – Government Requests
""",
    outcome="applied", classification="confirmation",
    imitates="Meta report outcome listing each reported item with removed / restricted in country / no action",
    why="one bullet per item, each with its own result",
    items={m1: "removed", m2: "removed", m3: "restricted", m4: "rejected"},
)

case(
    name="meta-statement-of-reasons",
    **{"from": "noreply@facebookmail.com"}, name_from="Facebook",
    date="Thu, 12 Sep 2024 10:15:00 +0000",
    subject=f"Statement of reasons for decisions on your request {RQ3}",
    reply_to_req=mid(RQ3),
    body=f"""
STATEMENT OF REASONS

Decision 1 of 2
Content: {m4}
Decision: Access restricted in the Republic of Korea
Facts and circumstances: Reported by a government authority as unlawful under
Korean law. The content does not violate our Community Guidelines.
Automated means used: No
Territorial scope: Republic of Korea

Decision 2 of 2
Content: {m5}
Decision: Account disabled
Facts and circumstances: The account repeatedly offered restricted goods for
sale, in breach of our Community Guidelines.
Automated means used: Partly (detection); decision made by a reviewer
Territorial scope: Global

Redress: the affected user can request a review at
https://www.facebook.com/help/contact/appeal. Information about our
Transparency Center is at https://transparency.meta.com.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons with Content/Decision/Territorial scope fields (Meta)",
    why="restricted in Korea = restricted; account disabled = removed; redress links are not items",
    items={m4: "restricted", m5: "removed"},
)

case(
    name="meta-vendor-unknown-sender",
    **{"from": "trust.review@contentshield-bpo.example"}, name_from="Content Review Operations (for Meta)",
    date="Wed, 11 Sep 2024 16:20:00 +0000",
    subject=f"Re: {RQ3} - actioned",
    reply_to_req=mid(RQ3),
    body=f"""
Dear KCSC,

On behalf of Meta Platforms, we confirm that the following were removed:

{m1}
{m2}

Content Review Operations
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced review vendor claiming to answer on behalf of Meta from its own domain",
    why="the sender's domain is no platform's; clear statements cannot be trusted",
    items={m1: "pending", m2: "pending"},
)

case(
    name="meta-html-table-alternative",
    **{"from": "gov-requests-noreply@meta.com"}, name_from="Meta",
    date="Fri, 13 Sep 2024 02:30:00 +0000",
    subject=f"Update on request {RQ3}",
    reply_to_req=mid(RQ3),
    raw_mime=alt(
        f"""Hello,

Here is the outcome of our review for request {RQ3}.

Content | Result
{m1} | Removed
{m3} | Content not found
{m5} | No violation - no action taken

Meta Content Policy
""",
        f"""<html><body>
<p>Hello,</p>
<p>Here is the outcome of our review for request {RQ3}.</p>
<table border="1" cellpadding="4">
<thead><tr><th>Content</th><th>Result</th></tr></thead>
<tbody>
<tr><td><a href="{m1}">{m1}</a></td><td>Removed</td></tr>
<tr><td><a href="{m3}">{m3}</a></td><td>Content not found</td></tr>
<tr><td><a href="{m5}">{m5}</a></td><td>No violation - no action taken</td></tr>
</tbody></table>
<p>Meta Content Policy</p>
</body></html>"""),
    outcome="applied", classification="confirmation",
    imitates="Meta outcome table in multipart/alternative (pipe table in text, HTML table)",
    why="three rows, three statuses; both parts agree",
    items={m1: "removed", m3: "not_found", m5: "rejected"},
)

case(
    name="meta-bulk-all-removed",
    **{"from": "gov-requests-noreply@meta.com"}, name_from="Meta",
    date="Mon, 16 Sep 2024 01:11:11 +0000",
    subject=f"Your report to Meta: {RQ3}",
    reply_to_req=mid(RQ3),
    body=f"""
Hi,

Thanks for your report {RQ3}. We've removed all of the content you reported
because it goes against our Community Standards.

Meta
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Meta short 'we removed the content you reported' outcome for a multi-item report",
    why="statement about all five items without naming them: bulk",
    items={u: "pending" for u in M},
)

case(
    name="meta-read-receipt",
    **{"from": "daniel.cho@meta.com"}, name_from="Daniel Cho",
    date="Fri, 06 Sep 2024 03:20:00 +0000",
    subject=f"Read: [{RQ3}] Request to remove illegal content",
    reply_to_req=mid(RQ3),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_514"

--=_mdn_514
Content-Type: text/plain; charset=utf-8

Your message

  To: gov-requests@meta.com
  Subject: [{RQ3}] Request to remove illegal content
  Sent: Friday, September 6, 2024 9:15 AM (UTC+09:00) Seoul

was read on Friday, September 6, 2024 12:20 PM (UTC+09:00) Seoul.

--=_mdn_514
Content-Type: message/disposition-notification

Reporting-UA: mail.meta.com; Microsoft Exchange Server
Final-Recipient: rfc822;daniel.cho@meta.com
Original-Message-ID: <{mid(RQ3)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_514--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook/Exchange read receipt (MDN) from a Meta employee",
    why="read receipt",
    items={},
)

case(
    name="meta-thanks-received-plus-removed",
    **{"from": "support@instagram.com"}, name_from="Instagram",
    date="Mon, 09 Sep 2024 06:06:06 +0000",
    subject=f"Re: {RQ3}",
    reply_to_req=mid(RQ3),
    body=f"""
Hi,

Thanks for contacting Instagram. We received your request {RQ3}.

We've already removed these two posts because they go against our Community
Guidelines:
{m3}
{m4}

We'll let you know about the rest of your request separately.

The Instagram Team
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram reply that opens like a receipt but states removals",
    why="acknowledgement phrase plus unhedged statements: not a pure acknowledgement",
    items={m3: "removed", m4: "removed"},
)

case(
    name="meta-account-disabled-no-slash",
    **{"from": "support@instagram.com"}, name_from="Instagram",
    date="Sat, 14 Sep 2024 12:40:00 +0000",
    subject=f"Re: {RQ3} - remaining items",
    reply_to_req=mid(RQ3),
    body=f"""
Hello,

The account https://www.instagram.com/lumen_pharma_kr has been disabled for
violating our Community Guidelines on the sale of restricted drugs.

We couldn't find the Facebook post at {m2} - it
doesn't exist or has been deleted by the person who shared it.

The Instagram Team
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram notice of a disabled account plus a not-found post",
    why="account URL without its trailing slash is the same item; 'couldn't find' = not_found",
    items={m5: "removed", m2: "not_found"},
)

# ===== TikTok (KCSC-240909-04, 3 items) =====
case(
    name="tiktok-restricted-local-law",
    **{"from": "legal-notices@tiktok.com"}, name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 09:00:00 +0000",
    subject=f"Re: {RQ4} - Government removal request",
    reply_to_req=mid(RQ4),
    body=f"""
Dear KCSC,

Thank you for your request {RQ4}. Having reviewed the reported videos against
our Community Guidelines and applicable law:

The following videos do not violate our Community Guidelines. However, as they
are reported to be unlawful in South Korea, we have restricted their
availability in South Korea:
{t1}
{t2}

The following video violates our Community Guidelines on frauds and scams and
has been removed from TikTok:
{t3}

Kind regards,
TikTok Law Enforcement & Government Outreach
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government removal request outcome: restricted in the country / removed for Community Guidelines",
    why="two URLs under a restricted heading, one under a removed heading",
    items={t1: "restricted", t2: "restricted", t3: "removed"},
)

case(
    name="tiktok-under-review",
    **{"from": "legal-notices@tiktok.com"}, name_from="TikTok Legal",
    date="Tue, 10 Sep 2024 07:30:00 +0000",
    subject=f"Re: {RQ4} - Government removal request",
    reply_to_req=mid(RQ4),
    body=f"""
Dear KCSC,

Your request {RQ4} is still under review. The video at {t2} has been escalated
to our specialised team and we expect to reach a decision within five business
days. We will update you as soon as we have an outcome.

Kind regards,
TikTok Law Enforcement & Government Outreach
""",
    outcome="review", review="not_understood",
    imitates="TikTok interim reply: request under review, video escalated",
    why="'under review' / 'will update': no statement about the named video",
    items={t2: "pending"},
)

case(
    name="tiktok-echoed-report",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date="Fri, 13 Sep 2024 11:45:19 +0000",
    subject="Update on your report",
    reply_to_req=mid(RQ4),
    body=f"""
Hi,

Thanks for your report. We reviewed it and found a violation of our Community
Guidelines, so the video has been removed.

Your report
  Report ID: 7411550923001
  Reference: {RQ4}
  Reported: video {t3}
  Reason: Frauds and scams
  Submitted: Sep 9, 2024

Thanks for helping keep TikTok a safe place.
TikTok Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok in-app/email report outcome with an echo of the report below",
    why="the echoed report names the one video the outcome speaks of",
    items={t3: "removed"},
)

case(
    name="tiktok-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx1.tiktok.com"}, name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 07:46:02 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_514"

--=_dsn_514
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.tiktok.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr-old@tiktok.com>: host mx1.tiktok.com said: 550 5.1.1 User unknown

--=_dsn_514
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.tiktok.com
Arrival-Date: Mon,  9 Sep 2024 16:46:00 +0900 (KST)

Final-Recipient: rfc822; legal-kr-old@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--=_dsn_514
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@tiktok.com
Subject: [{RQ4}] Request to remove illegal content
Message-ID: <{mid(RQ4)}@kcsc.example>
Date: Mon, 9 Sep 2024 16:45:00 +0900

Dear TikTok,

Please remove the following videos:
{req_list(T)}

KCSC Takedown desk

--=_dsn_514--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the original request attached",
    why="bounce; the URLs are our own request returned",
    items={},
)

case(
    name="snap-wrong-platform",
    **{"from": "lawenforcement@snap.com"}, name_from="Snap Inc. Law Enforcement Operations",
    date="Wed, 11 Sep 2024 20:00:00 +0000",
    subject=f"Re: {RQ4} - Government removal request",
    reply_to_req=mid(RQ4),
    body=f"""
Hello,

Thank you for contacting Snap Inc. We reviewed the links in your request
{RQ4}. We were unable to locate the following content on Snapchat:

{t1}
{t2}

These links point to a different service; please direct your request to that
service provider.

Snap Inc. Law Enforcement Operations
""",
    outcome="review", review="wrong_platform",
    imitates="Snap LEO reply to a request sent to it about another platform's content",
    why="Snap states not-found for TikTok items: another platform's items",
    items={t1: "pending", t2: "pending"},
)

TT_CSV = [
    ["Reported URL", "Decision", "Region", "Notes"],
    [t1, "Restricted", "KR", "Local law; no Community Guidelines violation"],
    [t2, "Removed", "Global", "Frauds and scams"],
    [t3, "Not found", "", "Video deleted by creator"],
]
case(
    name="tiktok-csv-attachment",
    **{"from": "legal-notices@tiktok.com"}, name_from="TikTok Legal",
    date="Mon, 16 Sep 2024 03:33:00 +0000",
    subject=f"Re: {RQ4} - final outcome (attached)",
    reply_to_req=mid(RQ4),
    raw_mime=with_csv(
        f"""Dear KCSC,

Please find the final outcome for request {RQ4} in the attached spreadsheet,
one row per reported URL.

Kind regards,
TikTok Law Enforcement & Government Outreach
""",
        "8bit", "outcome.csv", rows_csv(TT_CSV), b="=_mixed_tt"),
    outcome="applied", classification="confirmation",
    imitates="TikTok legal reply with a CSV of decisions per reported URL",
    why="CSV rows: restricted, removed, not_found",
    items={t1: "restricted", t2: "removed", t3: "not_found"},
)

# ===== Reddit (KCSC-240910-05, 2 items) =====
case(
    name="reddit-removed-raw-korean-slug",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Fri, 13 Sep 2024 18:22:00 +0000",
    subject=f"Re: [{RQ5}] Request to remove illegal content",
    reply_to_req=mid(RQ5),
    body=f"""
Hi there,

Thanks for your request {RQ5}. Our Safety team has investigated the reported
content:

{R1_RAW} - removed for violating Reddit's Content Policy
(prohibited transactions).

{r2} - we were unable to find this post; the link does not
resolve to any content on Reddit.

Reddit Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal operations reply, URL written with its raw Korean slug",
    why="the raw Korean path is the percent-encoded requested URL; removed and not_found",
    items={r1: "removed", r2: "not_found"},
)

case(
    name="reddit-no-violation",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit",
    date="Sat, 14 Sep 2024 00:45:00 +0000",
    subject="Update on your report",
    reply_to_req=mid(RQ5),
    body=f"""
Hi,

Thanks for submitting a report to the Reddit admin team. After investigating,
we've found that the reported content doesn't violate Reddit's Content Policy.

Reported content: {r2}
Your reference: {RQ5}

If you see any other content that you think violates the Content Policy,
please report it at https://www.reddit.com/report.

Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin 'doesn't violate Reddit's Content Policy' report outcome message",
    why="refusal with its reason for the one item named",
    items={r2: "rejected"},
)

case(
    name="reddit-ticket-receipt",
    **{"from": "support@reddithelp.reddit.com"}, name_from="Reddit Help",
    date="Tue, 10 Sep 2024 02:01:30 +0000",
    subject=f"[Reddit Help] Re: {RQ5} (request #582913)",
    reply_to_req=mid(RQ5),
    body=f"""
##- Please type your reply above this line -##

Your request (582913) has been received and is being reviewed by our support
staff. Reference: {RQ5}.

To add additional comments, reply to this email.

This email is a service from Reddit Help.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style help-desk ticket receipt (Reddit Help)",
    why="pure acknowledgement; no item named",
    items={},
)

case(
    name="reddit-conditional-mods",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 17:10:00 +0000",
    subject=f"Re: [{RQ5}] Request to remove illegal content",
    reply_to_req=mid(RQ5),
    body=f"""
Hi there,

We've asked the moderators of r/koreanfinds to remove {R1_RAW}.
If it is still up after 48 hours, our Safety team will remove it directly.

The post {r2} has been queued for review by our Safety team and
will be actioned if it violates our Content Policy.

Reddit Legal Operations
""",
    outcome="review", review="not_understood",
    imitates="Reddit reply deferring to subreddit moderators, with a condition and a promise",
    why="conditional and future removals only: no statement",
    items={r1: "pending", r2: "pending"},
)

# ===== Discord (KCSC-240911-06, 1 item) =====
case(
    name="discord-sole-statement",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    date="Fri, 13 Sep 2024 22:14:00 +0000",
    subject=f"Re: [{RQ6}] Request to remove personal information - Ticket #31877402",
    reply_to_req=mid(RQ6),
    body="""
Hi KCSC team,

Thanks for flagging this. Our Safety team reviewed the message you reported
and removed it for violating our Community Guidelines on sharing personal
information. The account that posted it has been banned from Discord.

Ticket #31877402

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety ticket reply confirming removal of the reported message",
    why="one-item request, reference in subject: 'removed the message you reported' applies to it",
    items={d1: "removed"},
)

case(
    name="discord-portal-notice-no-claims",
    **{"from": "gov-requests@discord.com"}, name_from="Discord Government Requests",
    date="Mon, 16 Sep 2024 15:00:00 +0000",
    subject="Changes to how Discord receives government requests",
    body="""
Hello,

From 1 October 2024, Discord will accept government content-removal requests
only through our dedicated portal at https://discord.com/gov-requests. Requests
sent to this address after that date will receive an automatic reply pointing
to the portal.

Please share this update with the colleagues in your organisation who submit
requests to Discord.

Discord Government & Law Enforcement Response
""",
    outcome="review", review="no_claims", classification="other",
    imitates="platform circular announcing a new request portal",
    why="trusted Discord mail naming no item and no request",
    items={},
)

# ===== Twitch (KCSC-240912-07, 1 item) =====
case(
    name="twitch-actioned-report",
    **{"from": "no-reply@twitch.tv"}, name_from="Twitch",
    date="Sat, 14 Sep 2024 04:04:04 +0000",
    subject=f"We've taken action on your report ({RQ7})",
    reply_to_req=mid(RQ7),
    body=f"""
Hi KCSC,

Your report {RQ7} has been reviewed. Our staff determined that the reported
content violated Twitch's Community Guidelines, and enforcement action has
been taken: the video is no longer available on Twitch.

For privacy reasons we can't share details of the action taken against the
account.

Twitch Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch 'we've taken action on your report' notice",
    why="one-item request named by its reference; 'no longer available' = removed",
    items={w1: "removed"},
)

case(
    name="twitch-unmonitored-autoreply",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date="Thu, 12 Sep 2024 06:05:30 +0000",
    subject=f"Re: [{RQ7}] Request to remove illegal content",
    reply_to_req=mid(RQ7),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This is an automated response. This mailbox is not monitored for
content-removal requests. Government agencies should submit requests through
https://www.twitch.tv/p/legal/law-enforcement-requests/ so that they reach the
right team.

Twitch Legal
""",
    outcome="ignored", classification="auto_reply",
    imitates="Twitch 'this mailbox is not monitored' automatic reply",
    why="auto-reply; the link is a help page, not an item",
    items={},
)

# ===== Telegram (no request) =====
case(
    name="telegram-abuse-autoreply",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 04:21:00 +0000",
    subject=f"Auto: [{RQ6}] Request to remove personal information",
    reply_to_req=mid(RQ6),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
Thank you for your message. This is an automatic reply.

Our team processes reports about public Telegram content only (t.me links).
Reports are handled in the order received; we do not reply to every message.

Telegram Support
""",
    outcome="ignored", classification="auto_reply",
    imitates="Telegram abuse desk automatic reply (we were in Cc of the Discord request)",
    why="auto-reply",
    items={},
)

# ===== Pinterest (no request) =====
case(
    name="pinterest-unrequested-pin",
    **{"from": "noreply@pinterest.com"}, name_from="Pinterest",
    date="Sun, 15 Sep 2024 09:09:09 +0000",
    subject="We took action on the Pin you reported",
    body="""
Hi,

Thanks for letting us know about https://www.pinterest.com/pin/1048000222333444555/.
We reviewed it and removed it because it goes against our Community
Guidelines on regulated goods.

Pinterest Trust & Safety
""",
    outcome="review", review="unmatched_claims", classification="confirmation",
    imitates="Pinterest 'we took action on the Pin you reported' outcome",
    why="trusted statement about a URL we never requested",
    items={},
)

# ===== write =====
HEADER = """# blind514: English notices from many platforms (X, YouTube, Meta, TikTok,
# Reddit, Discord, Twitch, Snapchat, Pinterest, Telegram). Written by make.py;
# expected results written from each email's meaning before any run.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    counts = {}
    for c in cases:
        counts[c["outcome"]] = counts.get(c["outcome"], 0) + 1
    print(len(cases), "cases", counts)
