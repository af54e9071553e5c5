#!/usr/bin/env python3
"""Blind set 556: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, Snapchat): help-centre outcome templates,
DSA statements of reasons, legal-removal decisions, receipts, DSNs, MDNs.

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
Expected results were written from each email's meaning alone, before any
run of the reader.

    python3 tests/corpus/blind556/make.py
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind556"

# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
X1 = "https://x.com/gold_route_kr/status/1830417752209113088"
X2 = "https://x.com/gold_route_kr/status/1830420981157462017"
X3 = "https://x.com/nightpharm_24/status/1829955310028843210"
X4 = "https://x.com/nightpharm_24/status/1830001172650221569"
X5 = "https://x.com/bada_tickets/status/1830112093847110656"
X6 = "https://x.com/bada_tickets"
X7 = "https://twitter.com/seoul_loan_fast/status/1829870045121409024"
X8 = "https://x.com/seoul_loan_fast/status/1829874410982011387"
X9 = "https://x.com/moonlit_casino7/status/1830250338917728256"
X10 = "https://x.com/moonlit_casino7/status/1830251904421339139"
X11 = "https://x.com/idcard_maker_kr/status/1830333187650092032"
X12 = "https://x.com/idcard_maker_kr/status/1830339921455120388"

Y1 = "https://www.youtube.com/watch?v=q7Lm2XbV0aE"
Y2 = "https://www.youtube.com/watch?v=Zr4kP9wTn1c"
Y3 = "https://www.youtube.com/shorts/H3vQe8sYd2M"
Y4 = "https://www.youtube.com/@quickcash_tv_kr"

M1 = "https://www.facebook.com/groups/2210457789123456/posts/2219034412345678/"
M2 = "https://www.facebook.com/profile.php?id=100089412377120"
M3 = "https://www.instagram.com/p/C9xK2mLr4Tq/"
M4 = "https://www.instagram.com/reel/C-Ab7PqLm0Z/"
M5 = "https://www.instagram.com/hanbit_pills_store/"

T1 = "https://www.tiktok.com/@fastdoc.kr/video/7409123348811123457"
T2 = "https://www.tiktok.com/@fastdoc.kr/video/7409987712034561282"
T3 = "https://www.tiktok.com/@betking.asia"

R1 = "https://www.reddit.com/r/koreadeals/comments/1f6xq2b/cheap_prescription_meds_no_rx/"
R2 = "https://www.reddit.com/user/idpass_seller/comments/1f7a0kd/novelty_ids_shipping_kr/"

D1 = "https://discord.com/invite/hX7vQm2a"

W1 = "https://www.twitch.tv/lucky_slots_kr"
W2 = "https://www.twitch.tv/videos/2241107785"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, note, urls
    ("KCSC-240902-01", "x", "2024-09-02T10:30:00+09:00", "2024-09-09T23:59:59+09:00",
     "illegal_goods", "drugs, gambling, counterfeit IDs; 12 posts/accounts",
     [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]),
    ("KCSC-240903-02", "youtube", "2024-09-03T11:00:00+09:00", "2024-09-10T23:59:59+09:00",
     "fraud", "loan scam videos and the channel", [Y1, Y2, Y3, Y4]),
    ("KCSC-240904-03", "meta", "2024-09-04T09:40:00+09:00", "2024-09-11T23:59:59+09:00",
     "illegal_drugs", "Facebook group post, profile; Instagram post, reel, account", [M1, M2, M3, M4, M5]),
    ("KCSC-240905-04", "tiktok", "2024-09-05T14:10:00+09:00", "2024-09-12T23:59:59+09:00",
     "gambling", "two videos and one account", [T1, T2, T3]),
    ("KCSC-240906-05", "reddit", "2024-09-06T10:05:00+09:00", "2024-09-13T23:59:59+09:00",
     "illegal_goods", 'posts offering "novelty" IDs and medicines', [R1, R2]),
    ("KCSC-240909-06", "discord", "2024-09-09T16:20:00+09:00", "2024-09-16T23:59:59+09:00",
     "illegal_drugs", "server invite", [D1]),
    ("KCSC-240910-07", "twitch", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00",
     "gambling", "channel and one VOD", [W1, W2]),
]
PLATFORM_NAMES = {"x": "X", "youtube": "YouTube", "meta": "Meta", "tiktok": "TikTok",
                  "reddit": "Reddit", "discord": "Discord", "twitch": "Twitch"}


def msgid(ref):
    return "req-" + ref[5:].lower() + "@kcsc.example"


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, msgid(ref), note])


def request_text(ref):
    for r, plat, sent, due, cat, note, urls in REQUESTS:
        if r == ref:
            break
    lines = [
        f"Dear {PLATFORM_NAMES[plat]} team,",
        "",
        "The Korea Communications Standards Commission (KCSC) has found that the",
        "information at the addresses below is unlawful under Korean law. We ask you",
        "to remove it or to block access to it from Korea.",
        "",
        f"Our reference: {ref}",
        f"Please reply by {due[:10]}.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "KCSC Takedown desk", "takedown@kcsc.example"]
    return "\n".join(lines)


def gmail_quote(ref, when):
    body = request_text(ref)
    head = f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:"
    return head + "\n" + "\n".join(("> " + l).rstrip() for l in body.split("\n"))


def outlook_quote(ref, to, sent):
    return (
        "-----Original Message-----\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        f"Sent: {sent}\n"
        f"To: {to}\n"
        f"Subject: {ref} Request to remove unlawful information\n\n" + request_text(ref)
    )


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def pending(*urls):
    return {u: "pending" for u in urls}


# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------
CASES = []


def case(**c):
    CASES.append(c)


# ---------------------------------------------------------------- X (12 items)
case(
    name="x-legal-withheld-list-over-gmail-quote",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 07:41:09 +0000",
    subject="Re: KCSC-240902-01 Request to remove unlawful information",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Thank you for your report. We reviewed the posts below under the X Rules and
under the law of the Republic of Korea.

The following posts are now withheld in the Republic of Korea (KR). They
remain visible in other countries.

- {X1}
- {X2}
- {X3}

We are still looking at the remaining URLs in your request and will write to
you again separately.

Regards,
X Legal
Ticket 0485512977

{gmail_quote("KCSC-240902-01", "Mon, Sep 2, 2024 at 10:30 AM")}
""",
    outcome="applied",
    imitates="X legal-request reply: country withheld content (CWC) notice, top-posted over a Gmail-quoted request",
    why="three posts stated withheld in KR in a bulleted list; the quoted request below lists all twelve but says nothing",
    items={X1: "restricted", X2: "restricted", X3: "restricted"},
)

case(
    name="x-html-table-mixed-actions",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 02:15:33 +0000",
    subject="Case update - KCSC-240902-01",
    reply_to_req="req-240902-01",
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We have completed our review of part of your request <b>KCSC-240902-01</b>.
The outcome for each reported URL is set out below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Action taken</th></tr>
<tr><td>{X4}</td><td>Removed &ndash; violates the X Rules (illegal or certain regulated goods or services)</td></tr>
<tr><td>{X5}</td><td>Withheld in KR</td></tr>
<tr><td>{X6}</td><td>Account suspended</td></tr>
<tr><td>{X7}</td><td>No action &ndash; no violation of the X Rules or of Korean law identified</td></tr>
</table>
<p>More about how we handle legal requests: <a href="https://help.x.com/en/rules-and-policies/legal-faq">help.x.com</a></p>
<p>X Legal</p>
</body></html>""",
    outcome="applied",
    imitates="X legal-request outcome email with a per-URL action table (HTML)",
    why="per-row actions: removed, withheld in KR, account suspended (the account URL is made unavailable), no action with reason",
    items={X4: "removed", X5: "restricted", X6: "removed", X7: "rejected"},
)

case(
    name="x-deleted-by-author-and-not-located",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 09:02:50 +0000",
    subject="Re: KCSC-240902-01",
    reply_to_req="req-240902-01",
    body=f"""Hi KCSC team,

Regarding your request KCSC-240902-01: the post {X8} had
already been deleted by the account holder when our team reviewed it, so no
further action was needed from us.

We could not locate the post {X9} - the link
returns "this post doesn't exist". Please check the URL and resubmit if you
have a corrected link.

Kind regards,
Minji
X Legal Operations
""",
    outcome="applied",
    imitates="X legal support reply: content already removed by user / unable to locate",
    why="one post deleted by its author before review and one not found at all: both not_found",
    items={X8: "not_found", X9: "not_found"},
)

case(
    name="x-url-then-action-line",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 05:27:12 +0000",
    subject="Re: KCSC-240902-01 Request to remove unlawful information",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Please find our decisions for the remaining reported posts below.

{X10}
Action: Withheld in KR

{X11}
Action: Removed globally (counterfeit goods and services policy)

{X12}
Action: No action. We did not find this post in violation of the X Rules, and
the report does not establish that it is unlawful in Korea.

Best,
X Legal
""",
    outcome="applied",
    imitates="X legal reply in 'URL / Action:' blocks",
    why="each URL followed by its action line: withheld in KR, removed globally, no action with its reason",
    items={X10: "restricted", X11: "removed", X12: "rejected"},
)

case(
    name="x-quoted-printable-soft-breaks",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 01:48:03 +0000",
    subject="Re: KCSC-240902-01 - second review",
    reply_to_req="req-240902-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(
        f"""Hello,

Following a second review requested by your office, we changed the action taken on two posts:

* Decision 1 of 2, after the second review: the post {X2} has been removed globally under our policy on illegal or certain regulated goods or services.
* Decision 2 of 2, after the second review: the post {X4} has also been removed globally under the same policy.

No other post in KCSC-240902-01 was affected by this second review.

X Legal
"""),
    outcome="applied",
    imitates="X legal follow-up sent as quoted-printable (long lines soft-broken inside the URLs)",
    why="two posts stated removed globally; the QP soft line breaks fall inside the URLs",
    items={X2: "removed", X4: "removed"},
)

case(
    name="x-outlook-topposted-short",
    **{"from": "daniel.reyes@x.com"}, name_from="Daniel Reyes",
    date="Tue, 10 Sep 2024 08:30:41 +0000",
    subject="RE: KCSC-240902-01 Request to remove unlawful information",
    reply_to_req="req-240902-01",
    body=f"""Hi,

Quick update on your request: {X3} and
{X10} are now withheld in South Korea.

Best,
Daniel

Daniel Reyes | Legal Policy, APAC | X

{outlook_quote("KCSC-240902-01", "legal-support@x.com", "Monday, September 2, 2024 10:30 AM")}
""",
    outcome="applied",
    imitates="short reply from an X legal staffer, Outlook-style, above the unquoted original request",
    why="two posts withheld in South Korea; the original request below '-----Original Message-----' is not a statement",
    items={X3: "restricted", X10: "restricted"},
)

case(
    name="x-angle-bracket-wrapped-url",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 03:12:09 +0000",
    subject="Re: KCSC-240902-01",
    reply_to_req="req-240902-01",
    body="""Hello,

The following post has been removed for violating the X Rules:

<https://x.com/bada_tickets/status/
1830112093847110656>

Thanks,
X Legal
""",
    outcome="applied",
    imitates="plain-text legal reply whose mailer wrapped a long URL inside angle brackets (RFC 3986 appendix C style)",
    why="one post removed; the URL is split over two lines but delimited by < >",
    items={X5: "removed"},
)

case(
    name="x-promise-will-withhold",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 11:20:00 +0000",
    subject="Re: KCSC-240902-01 Request to remove unlawful information",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Thank you for your patience. Our team has looked at your report and the
following posts will be withheld in Korea once our internal review has been
completed:

{X7}
{X8}

We will confirm by email when this has been done.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply announcing a future withholding",
    why="'will be withheld once our review has been completed' is a promise, not a statement",
    items=pending(X7, X8),
)

case(
    name="x-status-pending-lines",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Sat, 07 Sep 2024 00:05:44 +0000",
    subject="Status of your request KCSC-240902-01",
    reply_to_req="req-240902-01",
    body=f"""Hello,

You asked for the current status of the posts below.

{X11} - Status: Pending review
{X12} - Status: In progress

We aim to reach a decision within the next few business days.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal status reply listing URLs with 'Pending review' / 'In progress'",
    why="both URLs named with no decision: nothing to apply, a person should see it",
    items=pending(X11, X12),
)

case(
    name="x-out-of-office",
    **{"from": "daniel.reyes@x.com"}, name_from="Daniel Reyes",
    date="Mon, 02 Sep 2024 01:31:02 +0000",
    subject="Automatic reply: KCSC-240902-01 Request to remove unlawful information",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am out of the office until 16 September with
limited access to email. For legal requests please use the X legal request
portal; your message will not be forwarded.

Daniel
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply (out of office) from a platform employee",
    why="an out-of-office auto-reply",
    items={},
)

case(
    name="x-claims-via-third-party-agent",
    **{"from": "notices@lexdesk-mail.example"}, name_from="X Corp. Legal (via LexDesk)",
    date="Fri, 06 Sep 2024 13:44:10 +0000",
    subject="KCSC-240902-01: confirmation of action",
    body=f"""Dear Sir or Madam,

We write on behalf of X Corp. in connection with your request KCSC-240902-01.

We confirm that the post {X1} has been removed.

Yours faithfully,
LexDesk Notice Services
""",
    outcome="review", review="unknown_sender",
    imitates="a third-party notice-handling agent writing on a platform's behalf",
    why="the sender is no configured platform domain, although it names our request and a URL",
    items=pending(X1),
)

# ---------------------------------------------------------------- YouTube (4)
case(
    name="yt-legal-removed-blocked-no-action",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 04:10:27 +0000",
    subject="[0-2817000034512] Your request to YouTube - KCSC-240903-02",
    reply_to_req="req-240903-02",
    body=f"""Hello,

Thanks for reaching out to us.

After reviewing your request, we have removed the following content from
YouTube:

{Y1}

In addition, we have blocked the following content from view on YouTube in
South Korea, in line with local law:

{Y2}

We did not take action on the following content. Based on our review, it
does not violate our Community Guidelines and we could not identify a
legal basis to restrict it:

{Y3}

Regards,
The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube/Google legal removal outcome email (removed / blocked in country / no action)",
    why="heading sentence then URL on the next line: removed, blocked in Korea, no action with reason",
    items={Y1: "removed", Y2: "restricted", Y3: "rejected"},
)

case(
    name="yt-channel-terminated-video-age-restricted",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date="Sat, 07 Sep 2024 06:55:40 +0000",
    subject="Update on the content you reported (KCSC-240903-02)",
    body=f"""Hi KCSC,

Our team has reviewed the content you reported.

The channel {Y4} has been terminated for repeated
violations of our spam, deceptive practices and scams policy.

The video {Y1} has been age-restricted. It remains
available only to signed-in viewers aged 18 and over.

Learn more about our policies: https://support.google.com/youtube/answer/2801973

- The YouTube Team
""",
    outcome="applied",
    imitates="YouTube reporter notification: channel terminated, video age-restricted",
    why="channel terminated (removed), video age-restricted (restricted); the help link is not an item",
    items={Y4: "removed", Y1: "restricted"},
)

case(
    name="yt-base64-html-short-removed",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date="Mon, 09 Sep 2024 02:40:18 +0000",
    subject="We removed the content you reported",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(
        f"""<html><body>
<div style="max-width:560px;font-family:Roboto,Arial,sans-serif">
<h2 style="font-weight:normal">We removed the content you reported</h2>
<p>Thanks for your report under reference KCSC-240903-02.</p>
<p>The video <a href="{Y3}">{Y3}</a> has been removed for violating YouTube's Community Guidelines.</p>
<p>Reports like yours help keep YouTube safe.</p>
<p style="color:#606060;font-size:12px">&copy; 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>
</div></body></html>"""),
    outcome="applied",
    imitates="YouTube 'We removed the content you reported' HTML notification, base64-encoded",
    why="one Short stated removed, inside a base64 HTML body",
    items={Y3: "removed"},
)

case(
    name="yt-headings-then-indented-urls",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Korea",
    date="Tue, 10 Sep 2024 07:03:55 +0000",
    subject="Re: KCSC-240903-02 Request to remove unlawful information",
    reply_to_req="req-240903-02",
    body=f"""Dear KCSC,

Please see the outcome of our review below.

Restricted in South Korea (local legal reasons):
  {Y1}
  {Y2}

Not found:
  {Y4} - we could not find a channel at this address. Please
  check the handle.

Best regards,
Google Legal Support
""",
    outcome="applied",
    imitates="Google legal support reply grouping URLs under outcome headings",
    why="two videos under 'Restricted in South Korea', the channel under 'Not found'",
    items={Y1: "restricted", Y2: "restricted", Y4: "not_found"},
)

case(
    name="yt-hedge-may-have-been",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Korea",
    date="Thu, 05 Sep 2024 08:22:31 +0000",
    subject="Re: KCSC-240903-02 Request to remove unlawful information",
    reply_to_req="req-240903-02",
    body=f"""Hello,

It appears that the video at {Y2} may have already
been taken down by the uploader. We are checking the remaining links and will
update you.

Google Legal Support
""",
    outcome="review", review="not_understood",
    imitates="Google legal support interim note with a hedged observation",
    why="'it appears ... may have already been taken down' is a hedge, not a statement",
    items=pending(Y2),
)

# ---------------------------------------------------------------- Meta (5)
case(
    name="meta-local-law-bullets",
    **{"from": "records-noreply@fb.com"}, name_from="Meta Legal",
    date="Mon, 09 Sep 2024 03:33:14 +0000",
    subject="Your request regarding KCSC-240904-03",
    reply_to_req="req-240904-03",
    body=f"""Hello,

We reviewed the content you reported against our Community Standards and
under applicable local law. Here is what we did:

\u2022 {M3} - removed for going against our Community Standards on restricted goods and services.
\u2022 {M1} - access restricted in South Korea on the basis of local law.
\u2022 {M2} - access restricted in South Korea on the basis of local law.

We have not finished reviewing the other items in your request.

Meta Platforms, Inc.
""",
    outcome="applied",
    imitates="Meta government content-restriction response (Community Standards removal vs. local-law restriction)",
    why="bullets with one removal and two country restrictions; the other items are only said to be unfinished",
    items={M3: "removed", M1: "restricted", M2: "restricted"},
)

CSV_META = "\r\n".join([
    "url,decision,scope,notes",
    f"{M1},Removed,Global,Community Standards - restricted goods",
    f"{M2},Restricted,KR,Local law",
    f'{M3},No action,,"Does not go against our Community Standards; no local-law basis established"',
    f"{M4},Not found,,Content unavailable or link invalid",
    f"{M5},Removed,Global,Account disabled",
]) + "\r\n"

case(
    name="meta-csv-attachment-outcomes",
    **{"from": "records-noreply@fb.com"}, name_from="Meta Legal",
    date="Tue, 10 Sep 2024 05:12:48 +0000",
    subject="Outcome of your request KCSC-240904-03",
    reply_to_req="req-240904-03",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="mx-0b5e1d"

--mx-0b5e1d
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for each URL in your request KCSC-240904-03.

Meta Legal

--mx-0b5e1d
Content-Type: text/csv; charset=utf-8; name="KCSC-240904-03_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240904-03_outcome.csv"
Content-Transfer-Encoding: base64

{b64(CSV_META)}
--mx-0b5e1d--
""",
    outcome="applied",
    imitates="Meta legal response with a per-URL outcome spreadsheet (CSV attachment)",
    why="CSV rows: removed, restricted in KR, no action with reason, not found, removed (account disabled)",
    items={M1: "removed", M2: "restricted", M3: "rejected", M4: "not_found", M5: "removed"},
)

case(
    name="instagram-reel-removed-notice",
    **{"from": "no-reply@mail.instagram.com"}, name_from="Instagram",
    date="Sat, 07 Sep 2024 10:18:26 +0000",
    subject="We removed the reel you reported",
    body=f"""Hi KCSC,

Thanks for your report (reference KCSC-240904-03).

We removed {M4} because it goes against
our Community Guidelines on the sale of regulated goods.

We use reports like yours to help keep Instagram safe.

The Instagram Team
Learn more: https://help.instagram.com/477434105621119
""",
    outcome="applied",
    imitates="Instagram 'We removed the ... you reported' notification",
    why="one reel stated removed by Instagram (a Meta sender domain); the help link is not an item",
    items={M4: "removed"},
)

case(
    name="meta-dsa-statement-of-reasons",
    **{"from": "dsa-notices@meta.com"}, name_from="Meta Platforms Ireland",
    date="Wed, 11 Sep 2024 09:40:03 +0000",
    subject="Statement of reasons - decision 1298765432109876",
    body=f"""Statement of reasons (Article 17, Regulation (EU) 2022/2065)

Decision ID: 1298765432109876
Notice reference: KCSC-240904-03
Content concerned: {M5}
Type of restriction: Account terminated; all content of the account is no longer accessible
Territorial scope: All countries
Date of decision: 11 September 2024
Facts and circumstances: The account was reported by a public authority and
  reviewed by our team.
Ground for decision: Incompatible with our terms and conditions (Community
  Guidelines - restricted goods and services)
Use of automated means: No automated detection; decision taken by a person
Redress: You can appeal at https://help.instagram.com/contact/dsa-appeal

Meta Platforms Ireland Limited
""",
    outcome="applied",
    imitates="DSA Article 17 statement of reasons (Meta-style field list)",
    why="the account is terminated and no longer accessible worldwide: removed; the appeal link is not an item",
    items={M5: "removed"},
)

case(
    name="meta-fullwidth-punctuation-after-urls",
    **{"from": "sohee.lim@meta.com"}, name_from="Sohee Lim",
    date="Thu, 12 Sep 2024 06:01:37 +0000",
    subject="RE: KCSC-240904-03",
    reply_to_req="req-240904-03",
    body=f"""Dear KCSC team,

As discussed on the phone this morning, the following are now restricted in
Korea: {M2}\u3001{M5}\u3002
(\uAD6D\uB0B4 \uC811\uC18D \uC81C\uD55C \uC870\uCE58 \uC644\uB8CC)

Best regards,
Sohee Lim
Public Policy, Meta Korea
""",
    outcome="applied",
    imitates="Meta Korea public-policy staffer's short reply mixing English and Korean punctuation",
    why="two URLs restricted in Korea, separated by an ideographic comma and ended by a full stop (U+3001/U+3002)",
    items={M2: "restricted", M5: "restricted"},
)

case(
    name="meta-bulk-all-removed",
    **{"from": "records-noreply@fb.com"}, name_from="Meta Legal",
    date="Wed, 11 Sep 2024 01:25:59 +0000",
    subject="Your request regarding KCSC-240904-03",
    reply_to_req="req-240904-03",
    body="""Hello,

All of the content reported in your request KCSC-240904-03 has been removed
from Facebook and Instagram.

Meta Platforms, Inc.
""",
    outcome="review", review="bulk",
    imitates="Meta legal one-line closing reply for a whole request",
    why="a statement about all five items without naming any: bulk",
    items=pending(M1, M2, M3, M4, M5),
)

case(
    name="meta-support-receipt-echoes-report",
    **{"from": "noreply@support.facebook.com"}, name_from="Facebook",
    date="Wed, 04 Sep 2024 01:02:11 +0000",
    subject="Your report - case number 8824116509913",
    body=f"""Hi,

Thanks for contacting us. We've received your report and a member of our team
will review it. Your case number is 8824116509913.

Here's a copy of what you submitted:

  Reporter: KCSC Takedown (takedown@kcsc.example)
  Reference: KCSC-240904-03
  URLs:
    {M1}
    {M2}
  Description: unlawful sale of medicines

We'll be in touch by email if we need more information.

Thanks,
The Facebook Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Facebook Help Centre form receipt echoing the submitted report",
    why="a pure receipt: the echoed URLs carry no statement",
    items=pending(M1, M2),
)

case(
    name="meta-reply-forwarded-by-staff",
    **{"from": "jisoo.park@kcsc.example"}, name_from="Jisoo Park",
    date="Thu, 12 Sep 2024 00:44:20 +0000",
    subject="Fwd: Your request regarding KCSC-240904-03",
    body=f"""FYI - Meta answered to my own address instead of the takedown mailbox.

Jisoo

---------- Forwarded message ---------
From: Meta Legal <records-noreply@fb.com>
Date: Wed, Sep 11, 2024 at 6:30 PM
Subject: Your request regarding KCSC-240904-03
To: Jisoo Park <jisoo.park@kcsc.example>

Hello,

We removed {M3} for going against our Community
Standards on restricted goods and services.

Meta Platforms, Inc.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="a colleague's Gmail forward of a platform reply",
    why="the statement comes through our own staff, not from Meta's authenticated domain",
    items=pending(M3),
)

# ---------------------------------------------------------------- TikTok (3)
case(
    name="tiktok-dsa-sor-two-items",
    **{"from": "legal-notices@tiktok.com"}, name_from="TikTok Legal",
    date="Mon, 09 Sep 2024 08:14:06 +0000",
    subject="Decision on your report - KCSC-240905-04",
    reply_to_req="req-240905-04",
    body=f"""Dear Reporter,

We have reviewed your report and reached the following decisions.

Item 1
Content: {T1}
Decision: Visibility restricted in the Republic of Korea
Basis: Applicable local law

Item 2
Content: {T2}
Decision: Content removed
Basis: Community Guidelines - Regulated goods and commercial activities

We are still reviewing the remaining account you reported.

TikTok Trust and Safety
""",
    outcome="applied",
    imitates="TikTok notice-and-action decision email in statement-of-reasons blocks",
    why="per-item blocks: restricted in Korea, removed; the account is still under review",
    items={T1: "restricted", T2: "removed"},
)

case(
    name="tiktok-account-banned",
    **{"from": "legal-notices@tiktok.com"}, name_from="TikTok Legal",
    date="Tue, 10 Sep 2024 03:50:52 +0000",
    subject="Re: KCSC-240905-04",
    reply_to_req="req-240905-04",
    body=f"""Hello,

The account @betking.asia ({T3}) has been permanently
banned for violating our Community Guidelines on gambling.

TikTok Trust and Safety
""",
    outcome="applied",
    imitates="TikTok reporter update: account banned",
    why="the reported account is permanently banned: removed",
    items={T3: "removed"},
)

case(
    name="tiktok-no-violation-numbered",
    **{"from": "legal-notices@tiktok.com"}, name_from="TikTok Legal",
    date="Sun, 08 Sep 2024 12:31:09 +0000",
    subject="Decision on your report - KCSC-240905-04",
    reply_to_req="req-240905-04",
    body=f"""Dear Reporter,

We reviewed the two videos below and found no violation of our Community
Guidelines or of applicable law. They will remain available on TikTok.

1. {T1}
2. {T2}

If you have further information that shows the content is illegal, you can
send it to us at https://www.tiktok.com/legal/report/feedback.

TikTok Trust and Safety
""",
    outcome="applied",
    imitates="TikTok 'no violation found' report outcome",
    why="a refusal with its reason for both numbered videos; the feedback form is not an item",
    items={T1: "rejected", T2: "rejected"},
)

case(
    name="tiktok-html-anchor-text",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    date="Wed, 11 Sep 2024 10:06:45 +0000",
    subject="Update on your report",
    type="html",
    body=f"""<html><body>
<table width="600" align="center"><tr><td style="font-family:Helvetica,Arial,sans-serif">
<h3>Update on your report</h3>
<p>Reference: KCSC-240905-04</p>
<p>Thanks for helping keep our community safe. The video
<a href="{T2}">by @fastdoc.kr</a> has been removed for violating our Community Guidelines.</p>
<p><a href="https://www.tiktok.com/community-guidelines">Community Guidelines</a></p>
</td></tr></table>
</body></html>""",
    outcome="applied",
    imitates="TikTok HTML report-update notification whose link text is not the URL",
    why="the removed video is named only by the href of its link",
    items={T2: "removed"},
)

case(
    name="tiktok-spoofed-auth-fail",
    **{"from": "legal@tiktok.com"}, name_from="TikTok Legal", auth="fail",
    date="Mon, 09 Sep 2024 15:59:12 +0000",
    subject="Re: KCSC-240905-04 all removed",
    body=f"""Hello,

All three items are removed:
{T1} - removed
{T2} - removed
{T3} - removed

TikTok Legal
""",
    outcome="review", review="untrusted",
    imitates="a message claiming to be from TikTok that fails DMARC",
    why="TikTok's domain but DKIM/SPF/DMARC fail: not trusted",
    items=pending(T1, T2, T3),
)

case(
    name="tiktok-actioned-whole-report",
    **{"from": "legal-notices@tiktok.com"}, name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 02:22:38 +0000",
    subject="Re: KCSC-240905-04",
    reply_to_req="req-240905-04",
    body="""Hello,

We have actioned the content you reported in KCSC-240905-04 in line with our
Community Guidelines.

TikTok Trust and Safety
""",
    outcome="review", review="bulk",
    imitates="TikTok one-line closing reply for a whole report",
    why="'actioned the content you reported' for a three-item request, naming none",
    items=pending(T1, T2, T3),
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "legal-notices@tiktok.com"}, name_from="TikTok Legal",
    date="Thu, 05 Sep 2024 05:16:40 +0000",
    subject="[Ticket 2409051188] We've received your request",
    reply_to_req="req-240905-04",
    body="""Hello,

We've received your request KCSC-240905-04. Your ticket number is 2409051188.

Our team will review it and reply to this email address. Please keep the
ticket number in the subject line if you write to us about this request.

TikTok Trust and Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok ticket-system receipt",
    why="a receipt with a ticket number and nothing about any item",
    items={},
)

# ---------------------------------------------------------------- Reddit (2)
case(
    name="reddit-legal-removed-and-user-deleted",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Tue, 10 Sep 2024 18:07:21 +0000",
    subject="Re: KCSC-240906-05 Request to remove unlawful information",
    reply_to_req="req-240906-05",
    body=f"""Hello,

Thank you for your notice. Reddit has removed the following post in response
to it:

{R1}

The second post you listed,
{R2},
had already been deleted by the user who submitted it before we reviewed your
notice, so there was nothing left for us to remove.

Reddit Legal

{gmail_quote("KCSC-240906-05", "Fri, Sep 6, 2024 at 10:05 AM")}
""",
    outcome="applied",
    imitates="Reddit legal removal response (removed for legal reasons / already deleted by user)",
    why="one post removed; the other already deleted by its author: not_found",
    items={R1: "removed", R2: "not_found"},
)

case(
    name="reddit-geo-blocked-angle-brackets",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 21:40:05 +0000",
    subject="Re: KCSC-240906-05",
    reply_to_req="req-240906-05",
    body=f"""Hi,

We have geo-blocked the following post so that it is no longer available
to users in South Korea:

<{R2}>

It remains available elsewhere.

Reddit Legal
""",
    outcome="applied",
    imitates="Reddit legal reply: content geo-blocked in one country",
    why="one post geo-blocked in South Korea: restricted",
    items={R2: "restricted"},
)

case(
    name="reddit-conditional-and-under-review",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Sun, 08 Sep 2024 17:12:48 +0000",
    subject="Re: KCSC-240906-05",
    reply_to_req="req-240906-05",
    body=f"""Hello,

We've asked the moderators of r/koreadeals to look at
{R1}. If they have not acted within 48 hours, Reddit admins will remove it.

{R2} is still under review by our team.

Reddit Legal
""",
    outcome="review", review="not_understood",
    imitates="Reddit admin interim reply (moderators asked first, escalation promised)",
    why="a condition/promise for one post and 'under review' for the other: no statement",
    items=pending(R1, R2),
)

case(
    name="reddit-read-receipt",
    **{"from": "amelia.chen@reddit.com"}, name_from="Amelia Chen",
    date="Fri, 06 Sep 2024 15:33:02 +0000",
    subject="Read: KCSC-240906-05 Request to remove unlawful information",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-77a1"

--mdn-77a1
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@reddit.com
  Subject: KCSC-240906-05 Request to remove unlawful information
  Sent: Friday, September 6, 2024 10:05 AM

was read on Saturday, September 7, 2024 12:33 AM.

--mdn-77a1
Content-Type: message/disposition-notification

Reporting-UA: reddit.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;amelia.chen@reddit.com
Original-Message-ID: <req-240906-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-77a1--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="a read receipt",
    items={},
)

# ---------------------------------------------------------------- Discord (1)
case(
    name="discord-server-removed",
    **{"from": "legal@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 19:02:33 +0000",
    subject="Re: KCSC-240909-06 Request to remove unlawful information",
    reply_to_req="req-240909-06",
    body=f"""Hello,

Thanks for your report. After investigating, our Trust & Safety team has
removed the server reached through the invite <{D1}> from
Discord, and the invite no longer works.

Discord Trust & Safety
""",
    outcome="applied",
    imitates="Discord Trust & Safety outcome reply (server removed)",
    why="the server behind the requested invite is removed",
    items={D1: "removed"},
)

case(
    name="discord-took-action-one-item-request",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Thu, 12 Sep 2024 23:15:47 +0000",
    subject="Your Discord report has been resolved",
    body="""Hi there,

Thanks for your report regarding KCSC-240909-06. We looked into it and took
action: the server you reported has been removed from Discord for violating
our Community Guidelines.

You can read more about how we enforce our rules at
https://discord.com/safety/360044103651-reporting-abusive-behavior-to-discord

- Discord Safety
""",
    outcome="applied",
    imitates="Discord 'your report has been resolved' notice without the reported link",
    why="an unhedged removal of 'the server you reported' for a one-item request: applies to that item",
    items={D1: "removed"},
)

case(
    name="discord-asks-for-message-links",
    **{"from": "legal@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 17:48:26 +0000",
    subject="Re: KCSC-240909-06 Request to remove unlawful information",
    reply_to_req="req-240909-06",
    body=f"""Hello,

Thank you for reaching out. To act on your request we need more detail than
the invite link {D1}.

Please send us:
- the message links (right-click a message and choose "Copy Message Link")
  for the content you consider unlawful; and
- the provision of Korean law that the content breaches.

Once we have these we can continue our review.

Discord Trust & Safety
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Discord Trust & Safety request for message links and legal basis",
    why="the platform asks for more information before acting",
    items=pending(D1),
)

case(
    name="discord-dsn-delayed",
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem", auth="none",
    date="Mon, 09 Sep 2024 11:24:10 +0000",
    subject="Delivery Status Notification (Delay)",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-4f2c"

--dsn-4f2c
Content-Type: text/plain; charset=utf-8

** Delivery incomplete **

There was a temporary problem delivering your message to legal@discord.com.
Gmail will retry for 46 more hours. You'll be notified if the delivery fails
permanently.

--dsn-4f2c
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 09 Sep 2024 07:20:31 +0000

Final-Recipient: rfc822; legal@discord.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: smtp; 421 4.4.1 connection timed out
Will-Retry-Until: Wed, 11 Sep 2024 07:20:31 +0000

--dsn-4f2c
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal@discord.com
Subject: KCSC-240909-06 Request to remove unlawful information
Message-ID: <req-240909-06@kcsc.example>

--dsn-4f2c--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Delivery Status Notification (Delay)' DSN",
    why="a delay notice about our own request",
    items={},
)

# ---------------------------------------------------------------- Twitch (2)
case(
    name="twitch-channel-suspended-vod-gone",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date="Thu, 12 Sep 2024 16:50:14 +0000",
    subject="Re: KCSC-240910-07 Request to remove unlawful information",
    reply_to_req="req-240910-07",
    body=f"""Hello,

Thank you for your request. Our findings:

1) {W1}
   The channel has been indefinitely suspended and can no longer be viewed.

2) {W2}
   This VOD is no longer available; it had been deleted by the streamer
   before we reviewed your request.

Twitch Legal
""",
    outcome="applied",
    imitates="Twitch legal reply with numbered findings (URL, then finding indented below)",
    why="channel indefinitely suspended (removed); VOD already deleted by its streamer (not_found)",
    items={W1: "removed", W2: "not_found"},
)

case(
    name="twitch-bilingual-korean-particle",
    **{"from": "kr-safety@twitch.tv"}, name_from="Twitch Safety Korea",
    date="Fri, 13 Sep 2024 02:11:29 +0000",
    subject="RE: [KCSC-240910-07] VOD removal",
    reply_to_req="req-240910-07",
    body=f"""Hello KCSC,

The VOD you reported has been deleted from Twitch.
{W2}\uB294 \uC0AD\uC81C\uB418\uC5C8\uC2B5\uB2C8\uB2E4.

We are still reviewing the channel.

Twitch Safety (Korea)
""",
    outcome="applied",
    imitates="bilingual note from a platform's Korea safety contact, Korean particle glued to the URL",
    why="the VOD is deleted, stated in English and in Korean ('...\ub294 \uc0ad\uc81c\ub418\uc5c8\uc2b5\ub2c8\ub2e4'); the channel is still under review",
    items={W2: "removed", W1: "pending"},
)

case(
    name="twitch-answers-about-youtube-links",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date="Wed, 11 Sep 2024 14:05:56 +0000",
    subject="Re: KCSC-240903-02 Request to remove unlawful information",
    body=f"""Hello,

We received your request KCSC-240903-02, but we could not find the following
content on Twitch:

{Y1}
{Y2}

These links point to YouTube, which is not operated by Twitch. You may want to
contact YouTube directly.

Twitch Legal
""",
    outcome="review", review="wrong_platform",
    imitates="a platform telling the regulator that the reported links are on another service",
    why="Twitch states 'could not find' for YouTube's items: not its items to speak about",
    items=pending(Y1, Y2),
)

case(
    name="twitch-bounce-unknown-user",
    **{"from": "MAILER-DAEMON@mx1.twitch.tv"}, name_from="Mail Delivery System", auth="none",
    date="Tue, 10 Sep 2024 01:00:47 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="pf-2a9e"

--pf-2a9e
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.twitch.tv.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<legal-kr@twitch.tv>: host mx1.twitch.tv said: 550 5.1.1
    <legal-kr@twitch.tv>: Recipient address rejected: User unknown

--pf-2a9e
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.twitch.tv
Arrival-Date: Tue, 10 Sep 2024 01:00:45 +0000

Final-Recipient: rfc822; legal-kr@twitch.tv
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--pf-2a9e
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@twitch.tv
Date: Tue, 10 Sep 2024 10:00:00 +0900
Subject: KCSC-240910-07 Request to remove unlawful information
Message-ID: <req-240910-07@kcsc.example>
Content-Type: text/plain; charset=utf-8

{request_text("KCSC-240910-07")}

--pf-2a9e--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix 'Undelivered Mail Returned to Sender' with the original request attached",
    why="a bounce of our own request; the URLs are in the returned original",
    items=pending(W1, W2),
)

# ---------------------------------------------------------------- Snapchat
case(
    name="snapchat-process-notice-no-items",
    **{"from": "lawenforcement@snapchat.com"}, name_from="Snap Inc. Law Enforcement Operations",
    date="Thu, 12 Sep 2024 20:30:18 +0000",
    subject="Submitting content removal requests to Snap",
    body="""Hello,

We noticed that your agency has been writing to this address about content
on Snapchat. To make sure your requests reach the right team quickly, please
submit future content removal requests through our government request
portal, which lets you attach the Snapchat usernames and story links.

Information about how we handle requests from government agencies is at
https://www.snapchat.com/safety/law-enforcement

Thank you,
Snap Inc. Law Enforcement Operations
""",
    outcome="review", review="no_claims",
    imitates="Snap law-enforcement operations note redirecting to the request portal",
    why="trusted platform mail that names no item and references no request",
    items={},
)


HEADER = """# blind556: English notices from many platforms (X, YouTube, Meta, TikTok,
# Reddit, Discord, Twitch, Snapchat). Written from each email's meaning,
# before any run of the reader. Generated by make.py; do not edit by hand."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
