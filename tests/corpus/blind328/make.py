#!/usr/bin/env python3
"""Blind corpus set 328: English notices from many platforms (X, YouTube,
Meta, TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest).

    python3 tests/corpus/blind328/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written in our own sentences; each case names in
`imitates` the kind of public notice it imitates. The expected results were
written from each email's meaning alone, before the reader was run on it.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------------------
# Requests (one row per item)
# ---------------------------------------------------------------------------

X = [
    "https://x.com/hollowpine_kr/status/1830114400112233441",   # 0
    "https://x.com/hollowpine_kr/status/1830114400112233442",   # 1
    "https://x.com/mintfox_drops/status/1830220011223344551",   # 2
    "https://x.com/mintfox_drops/status/1830220011223344552",   # 3
    "https://x.com/mintfox_drops/status/1830220011223344553",   # 4
    "https://x.com/grey_lantern88/status/1829900011122233301",  # 5
    "https://x.com/grey_lantern88/status/1829900011122233302",  # 6
    "https://x.com/sodapop_ledger/status/1830301122334455661",  # 7
    "https://x.com/sodapop_ledger/status/1830301122334455662",  # 8
    "https://x.com/quietmoth_sale/status/1830411223344556671",  # 9
    "https://x.com/quietmoth_sale/status/1830411223344556672",  # 10
    "https://x.com/quietmoth_sale/status/1830411223344556673",  # 11
]
YT = [
    "https://www.youtube.com/watch?v=Qm7tLx2RaPe",
    "https://www.youtube.com/watch?v=bH4nZkw91Ts",
    "https://www.youtube.com/shorts/Vd3kPq8sLmA",
    "https://www.youtube.com/@pale_harbor_tv",
]
META = [
    "https://www.facebook.com/groups/520118833470211/posts/733004911220458/",
    "https://www.facebook.com/profile.php?id=100089912345671",
    "https://www.instagram.com/p/C9xKw2LrT4q/",
    "https://www.instagram.com/reel/C9zPq81sNbE/",
    "https://www.instagram.com/lunar_tteok_shop/",
]
TT = [
    "https://www.tiktok.com/@saebyeok.deals/video/7411203344556677881",
    "https://www.tiktok.com/@saebyeok.deals/video/7411203344556677882",
    "https://www.tiktok.com/@hanok_glow_22/video/7409988877766655443",
]
RD = [
    "https://www.reddit.com/r/kpopmarket_unofficial/comments/1fb3x9q/wts_bulk_photocards/",
    "https://www.reddit.com/r/seoul_nightdeals/comments/1fc0m2e/new_batch_in_stock/",
]
DC = [
    "https://discord.gg/hN4rT7vWq2",
    "https://discord.com/channels/1170022334455667788/1170022334455667790/1282233445566778899",
]
TW = ["https://www.twitch.tv/moonlit_dalgona"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", X,
     "illegal_trade", "resale of counterfeit medicines, 5 accounts"),
    ("KCSC-240905-02", "youtube", "2024-09-05T11:30:00+09:00", "2024-09-12T18:00:00+09:00", YT,
     "gambling", "illegal betting promotion"),
    ("KCSC-240906-03", "meta", "2024-09-06T09:40:00+09:00", "2024-09-13T18:00:00+09:00", META,
     "illegal_trade", "Facebook and Instagram, unlicensed food supplements"),
    ("KCSC-240909-04", "tiktok", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00", TT,
     "illegal_trade", "counterfeit cosmetics"),
    ("KCSC-240910-05", "reddit", "2024-09-10T10:15:00+09:00", "2024-09-17T18:00:00+09:00", RD,
     "illegal_trade", "sale of forged goods"),
    ("KCSC-240911-06", "discord", "2024-09-11T16:20:00+09:00", "2024-09-18T18:00:00+09:00", DC,
     "gambling", "server invite and one message"),
    ("KCSC-240912-07", "twitch", "2024-09-12T09:05:00+09:00", "2024-09-19T18:00:00+09:00", TW,
     "gambling", "live stream promoting illegal betting"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, f"{ref}.req@kcsc.example", note])


def quoted_request(ref, urls, prefix="> "):
    body = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission requests, under reference {ref},",
        "the removal of, or the restriction of access in Korea to, the content below,",
        "which was found to violate Korean law:",
        "",
    ]
    body += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    body += ["", "Please reply to this address with the action taken for each URL.", "",
             "KCSC Takedown Desk"]
    return "\n".join((prefix + l).rstrip() for l in body)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


cases = []


def case(**kw):
    cases.append(kw)


# ---------------------------------------------------------------------------
# X (KCSC-240903-01, 12 items)
# ---------------------------------------------------------------------------

case(
    name="x-legal-withheld-kr-numbered",
    date="Wed, 04 Sep 2024 06:12:44 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Re: [KCSC-240903-01] Request to remove illegal content",
    reply_to_req="KCSC-240903-01.req",
    body=f"""
Hello,

Thank you for your report. In response to your request KCSC-240903-01, X has
withheld the following posts in South Korea under local law:

1. {X[0]}
2. {X[1]}
3. {X[2]}
4. {X[3]}

These posts remain visible outside South Korea. Where we are permitted to,
we have told the account holders that their posts were withheld.

The other URLs in your request are still being reviewed, and we will get back
to you about them separately.

More about country-withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X Legal 'withheld in country' reply to a government removal request",
    why="four numbered posts stated withheld in South Korea; the rest only 'still being reviewed' without naming them",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[3]: "restricted"},
)

case(
    name="x-outcome-blocks-per-url",
    date="Fri, 06 Sep 2024 02:40:03 +0000",
    **{"from": "no-reply@x.com"}, name_from="X Support",
    subject="Case 0915-33810294: outcome of your legal request",
    body=f"""
Hello KCSC,

Your reference: KCSC-240903-01

We have completed our review of part of the reported content. The outcome for
each URL is set out below.

Reported URL: {X[5]}
Outcome: Removed. The post violated the X Rules on illegal or certain
regulated goods and services.

Reported URL: {X[6]}
Outcome: No action. We reviewed the post against the X Rules and the Korean
law you cited and did not find a basis to remove or withhold it.

Reported URL: {X[7]}
Outcome: Not found. We could not locate this post; it does not exist or the
URL is incorrect.

If you disagree with a decision, you may submit a new request with further
information through our legal request form.

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X Support case outcome email with one 'Reported URL / Outcome' block per URL",
    why="three blocks: removed, no action (rejected), could not locate (not_found)",
    items={X[5]: "removed", X[6]: "rejected", X[7]: "not_found"},
)

case(
    name="x-dsa-statement-of-reasons-html",
    date="Sat, 07 Sep 2024 11:05:51 +0000",
    **{"from": "dsa-notices@x.com"}, name_from="X",
    subject="Statement of reasons: content withheld (KCSC-240903-01)",
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We are writing to tell you about a decision we took on content you reported to us.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><td><b>Content</b></td><td><a href="{X[9]}">{X[9]}</a></td></tr>
<tr><td><b>Decision</b></td><td>Visibility restriction: content withheld in the Republic of Korea</td></tr>
<tr><td><b>Basis</b></td><td>Illegal content under the laws of the Republic of Korea</td></tr>
<tr><td><b>Territorial scope</b></td><td>KR</td></tr>
<tr><td><b>Automated detection / decision</b></td><td>No / No</td></tr>
<tr><td><b>Date of decision</b></td><td>7 September 2024</td></tr>
</table>
<p>The account holder can appeal this decision. Information about redress is available at
<a href="https://help.x.com/en/forms/dsa/appeal">https://help.x.com/en/forms/dsa/appeal</a>.</p>
<p>X</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons (X), fields in an HTML table",
    why="one post withheld in Korea; the help link is no item",
    items={X[9]: "restricted"},
)

case(
    name="x-top-posted-over-gmail-quote",
    date="Thu, 05 Sep 2024 08:21:37 +0000",
    **{"from": "d.reyes@x.com"}, name_from="Daniel Reyes",
    subject="Re: [KCSC-240903-01] Request to remove illegal content",
    reply_to_req="KCSC-240903-01.req",
    body=f"""
Hi team,

Quick update on KCSC-240903-01. We took down
{X[7]} yesterday for breaching our rules on illegal goods.

We looked closely at {X[8]} as well. It does not break the X Rules and we
don't see a legal basis to withhold it in Korea, so it stays up.

Best,
Daniel
Global Government Affairs, X

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240903-01", X)}
""",
    outcome="applied", classification="confirmation",
    imitates="X government-affairs staff reply, top-posted over the Gmail-quoted request",
    why="one post taken down, one refused with its reason; the twelve quoted URLs are not statements",
    items={X[7]: "removed", X[8]: "rejected"},
)

case(
    name="x-qp-withheld-and-author-deleted",
    date="Mon, 09 Sep 2024 03:14:09 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Re: [KCSC-240903-01] Request to remove illegal content",
    reply_to_req="KCSC-240903-01.req",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(
        f"""Hello,

Further to our earlier reply on KCSC-240903-01, we have now withheld access in South Korea to the two posts listed below. They remain visible to people outside Korea.

  - {X[10]}
  - {X[11]}

The post {X[4]} had already been deleted by the account holder before our review, so there was nothing left for X to act on.

We consider this request closed. Thank you for your patience — X Legal
"""),
    outcome="applied", classification="confirmation",
    imitates="X Legal follow-up reply, quoted-printable with soft line breaks",
    why="two posts withheld in Korea; one already deleted by its author before review (not_found)",
    items={X[10]: "restricted", X[11]: "restricted", X[4]: "not_found"},
)

case(
    name="x-bare-url-status-below",
    date="Tue, 10 Sep 2024 01:02:18 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Results for KCSC-240903-01 (partial)",
    body=f"""
Results for KCSC-240903-01 (partial)

{X[2]}
Status: Withheld in KR

{X[3]}
Status: Withheld in KR

{X[4]}
Status: No violation found - no action taken

--
X Legal | Do not reply to this automated summary with new requests.
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request tool summary: bare URL with its status on the line below",
    why="two withheld in KR, one no violation / no action (rejected)",
    items={X[2]: "restricted", X[3]: "restricted", X[4]: "rejected"},
)

case(
    name="x-outlook-original-message",
    date="Wed, 04 Sep 2024 23:48:30 +0000",
    **{"from": "s.kowalski@x.com"}, name_from="Sara Kowalski",
    subject="RE: [KCSC-240903-01] Request to remove illegal content",
    body=f"""
Hello KCSC team,

Items 1 and 2 of your list have been removed: {X[0]} and
{X[1]} broke our rules on regulated goods and are no longer available on X.

We are still working through the rest of the list.

Kind regards,
Sara Kowalski
Legal Policy, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legal@x.com
Subject: [KCSC-240903-01] Request to remove illegal content

{quoted_request("KCSC-240903-01", X, prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from X legal staff with the unquoted '-----Original Message-----' below",
    why="two posts removed; the request copied below the Original Message line is not a statement",
    items={X[0]: "removed", X[1]: "removed"},
)

case(
    name="x-withheld-url-on-next-line",
    date="Thu, 12 Sep 2024 05:30:00 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Re: [KCSC-240903-01] Request to remove illegal content",
    reply_to_req="KCSC-240903-01.req",
    body=f"""
Hello,

Following your request, we have withheld in South Korea the post at
{X[5]}
and the post at
{X[6]}
Both remain available to users outside Korea.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X Legal short withheld-in-country reply, each URL on the line below its words",
    why="two posts withheld in South Korea, each URL on its own line after the statement",
    items={X[5]: "restricted", X[6]: "restricted"},
)

case(
    name="x-promise-withhold-after-review",
    date="Wed, 04 Sep 2024 02:10:00 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Re: [KCSC-240903-01] Request to remove illegal content",
    reply_to_req="KCSC-240903-01.req",
    body=f"""
Hello,

We are processing your request KCSC-240903-01. The posts below will be
withheld in South Korea once our legal review is complete, which we expect
within three business days:

{X[9]}
{X[10]}
{X[11]}

We will confirm the outcome by email.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X Legal interim reply promising action after review",
    why="'will be withheld once our review is complete' is a promise, not a statement",
    items={X[9]: "pending", X[10]: "pending", X[11]: "pending"},
)

case(
    name="x-dmarc-fail-claims-removal",
    date="Thu, 05 Sep 2024 13:33:12 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    subject="Re: [KCSC-240903-01] Removal completed",
    body=f"""
Dear KCSC,

All posts in your request KCSC-240903-01 have been permanently removed,
including:

{X[0]}
{X[1]}
{X[2]}

No further action is required on your side.

X Legal Team
""",
    outcome="review", review="untrusted",
    imitates="reply claiming to be X Legal whose DKIM/SPF/DMARC fail",
    why="From x.com but authentication fails: nothing applied",
    items={X[0]: "pending", X[1]: "pending", X[2]: "pending"},
)

case(
    name="x-staff-out-of-office",
    date="Tue, 03 Sep 2024 01:00:41 +0000",
    **{"from": "s.kowalski@x.com"}, name_from="Sara Kowalski",
    subject="Automatic reply: [KCSC-240903-01] Request to remove illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday 9 September
with no access to email. Government requests are handled in my absence by
legal@x.com.

Sara
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from an X employee",
    why="out-of-office auto-reply",
    items={},
)

# ---------------------------------------------------------------------------
# YouTube (KCSC-240905-02, 4 items)
# ---------------------------------------------------------------------------

case(
    name="yt-blocked-kr-and-removed-globally",
    date="Mon, 09 Sep 2024 07:45:20 +0000",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    subject="[KCSC-240905-02] Your YouTube legal request",
    reply_to_req="KCSC-240905-02.req",
    body=f"""
Hello,

Thanks for reaching out to us.

After reviewing the content you reported, we have blocked the following video
from view in South Korea based on local law:
{YT[0]}

Separately, the following content has been removed from YouTube globally for
violating our Community Guidelines:
{YT[2]}

You can learn more about how we handle legal requests here:
https://support.google.com/youtube/answer/6154232

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome: country block plus Community Guidelines removal",
    why="one video blocked in South Korea (restricted), one Short removed globally",
    items={YT[0]: "restricted", YT[2]: "removed"},
)

case(
    name="yt-qp-age-restricted-channel-kept",
    date="Tue, 10 Sep 2024 09:12:55 +0000",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    subject="Re: KCSC-240905-02",
    reply_to_req="KCSC-240905-02.req",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(
        f"""Hi there,

We've reviewed the content referenced in your notice KCSC-240905-02.

- {YT[1]} : we have applied an age restriction to this video. It can no longer be viewed by signed-out users or by users under 18.
- {YT[3]} : after careful review we did not find that this channel violates our policies or local law, and we won't be taking action on it at this time.

Best regards,
The YouTube Team
"""),
    outcome="applied", classification="confirmation",
    imitates="YouTube policy reply, quoted-printable (=3D in watch URLs)",
    why="one video age-restricted (restricted); the channel refused with its reason (rejected)",
    items={YT[1]: "restricted", YT[3]: "rejected"},
)

case(
    name="yt-html-outcome-table",
    date="Wed, 11 Sep 2024 04:03:31 +0000",
    **{"from": "noreply-legal@google.com"}, name_from="Google Legal Removals",
    subject="Outcome of your removal request KCSC-240905-02",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="b328yt1"

--b328yt1
Content-Type: text/plain; charset=utf-8

This message contains a table. Please view it in an HTML-capable mail client.

--b328yt1
Content-Type: text/html; charset=utf-8

<html><body>
<p>Hello,</p>
<p>We have completed our review of your request <b>KCSC-240905-02</b>. The outcome for each item is shown below.</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>#</th><th>URL</th><th>Outcome</th></tr></thead>
<tbody>
<tr><td>1</td><td>{YT[0]}</td><td>Removed (Community Guidelines)</td></tr>
<tr><td>2</td><td>{YT[1]}</td><td>Blocked in South Korea (local law)</td></tr>
<tr><td>3</td><td>{YT[2]}</td><td>No action: not in violation</td></tr>
<tr><td>4</td><td>{YT[3]}</td><td>Not found: the channel no longer exists</td></tr>
</tbody></table>
<p>Google LLC &middot; 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>
</body></html>

--b328yt1--
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal removals outcome email with an HTML table, text part only a placeholder",
    why="four rows: removed, blocked in KR, no action, channel no longer exists",
    items={YT[0]: "removed", YT[1]: "restricted", YT[2]: "rejected", YT[3]: "not_found"},
)

case(
    name="yt-ticket-id-plus-removal",
    date="Fri, 06 Sep 2024 22:19:40 +0000",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    subject="[7-4812990031577] Re: KCSC-240905-02",
    body=f"""
Hello,

Thanks for contacting YouTube Legal Support. Your case ID is 7-4812990031577;
please keep it in the subject line of any reply.

We've reviewed the video {YT[1]} and removed it from YouTube for violating our
policy on the sale of regulated goods.

Sincerely,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply that opens like a receipt and then states an outcome",
    why="acknowledgement phrase, then an unhedged removal of a named video",
    items={YT[1]: "removed"},
)

case(
    name="yt-hedge-may-have-been-removed",
    date="Sat, 07 Sep 2024 03:50:00 +0000",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    subject="Re: KCSC-240905-02",
    reply_to_req="KCSC-240905-02.req",
    body=f"""
Hi,

It looks like the video {YT[0]} may have already been taken down by the
uploader. We're checking with the relevant team and will confirm the final
status once we have it. The other items in your notice remain under review.

Thanks,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim reply with a hedge",
    why="'looks like ... may have already been taken down' is a hedge; nothing stated",
    items={YT[0]: "pending"},
)

case(
    name="yt-ooo-base64",
    date="Thu, 05 Sep 2024 02:31:07 +0000",
    **{"from": "minjiseo@google.com"}, name_from="Min-ji Seo",
    subject="Out of office: KCSC-240905-02 removal request",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(
        "Hello,\n\nI am away until 23 September with limited access to email. For urgent\n"
        "YouTube legal matters, please write to legal-kr@google.com.\n\nMin-ji\n"),
    outcome="ignored", classification="auto_reply",
    imitates="Gmail out-of-office auto-reply from a Google employee, base64 body",
    why="out-of-office auto-reply",
    items={},
)

# ---------------------------------------------------------------------------
# Meta (KCSC-240906-03, 5 items)
# ---------------------------------------------------------------------------

case(
    name="meta-local-law-restricted-bilingual",
    date="Mon, 09 Sep 2024 10:22:14 +0000",
    **{"from": "regulatory-requests@meta.com"}, name_from="Meta Regulatory Requests",
    subject="Re: KCSC-240906-03",
    reply_to_req="KCSC-240906-03.req",
    body=f"""
Dear KCSC,

Re: KCSC-240906-03

We have reviewed your report under applicable Korean law. Based on that
review, we have restricted access in South Korea to the following content:

{META[0]}
{META[2]}

[한국어 안내]
아래 콘텐츠는 대한민국 내에서 접근이 제한되었습니다.
{META[0]}의 게시물과 {META[2]}는 국내에서 더 이상 표시되지 않습니다.

Meta Platforms, Inc.
""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'restricted access in your country based on local law' reply, English and Korean",
    why="two items restricted in South Korea, repeated in Korean with particles after the URLs",
    items={META[0]: "restricted", META[2]: "restricted"},
)

case(
    name="meta-removed-reel-profile-kept-angle",
    date="Tue, 10 Sep 2024 06:40:00 +0000",
    **{"from": "regulatory-requests@meta.com"}, name_from="Meta Regulatory Requests",
    subject="Your report KCSC-240906-03",
    body=f"""
Hi,

Thanks for your report. We removed the reel <{META[3]}> because it goes
against our Community Guidelines on the sale of regulated goods.

We reviewed the Facebook profile <{META[1]}> and did not find that it goes
against our Community Standards. We also assessed it under the local law you
cited and have not restricted it.

Learn more about how we handle reports of local law violations:
<https://transparency.meta.com/reports/content-restrictions>

Meta
""",
    outcome="applied", classification="confirmation",
    imitates="Meta report-outcome email, URLs in angle brackets",
    why="reel removed; profile refused after policy and legal review",
    items={META[3]: "removed", META[1]: "rejected"},
)

case(
    name="meta-instagram-account-disabled",
    date="Wed, 11 Sep 2024 12:00:09 +0000",
    **{"from": "no-reply@mail.instagram.com"}, name_from="Instagram",
    subject="We took action on the account you reported",
    body=f"""
Thanks for your report (KCSC-240906-03).

We've disabled the account {META[4]} because it goes against our Community
Guidelines. It's no longer visible on Instagram.

We won't tell the account owner who reported them.

Instagram · Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram support-inbox notice 'we removed the account you reported'",
    why="account disabled and no longer visible (removed)",
    items={META[4]: "removed"},
)

META_CSV = f"""content_url,service,decision,scope,decision_date
{META[0]},Facebook,Removed,Global,2024-09-10
{META[1]},Facebook,No action - no violation found,-,2024-09-10
{META[2]},Instagram,Restricted,KR,2024-09-10
{META[3]},Instagram,Removed,Global,2024-09-11
{META[4]},Instagram,Content not found,-,2024-09-11
"""

case(
    name="meta-csv-attachment-outcomes",
    date="Thu, 12 Sep 2024 08:15:45 +0000",
    **{"from": "regulatory-requests@meta.com"}, name_from="Meta Regulatory Requests",
    subject="Outcome of request KCSC-240906-03",
    reply_to_req="KCSC-240906-03.req",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b328meta"

--b328meta
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome of our review of your request
KCSC-240906-03. Each row shows the decision we made for one reported URL.

Meta Regulatory Requests

--b328meta
Content-Type: text/csv; charset=utf-8; name="KCSC-240906-03_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240906-03_outcome.csv"
Content-Transfer-Encoding: base64

{b64(META_CSV)}
--b328meta--
""",
    outcome="applied", classification="confirmation",
    imitates="Meta government-request outcome sent as a CSV attachment",
    why="one CSV row per URL: removed, no action, restricted in KR, removed, not found",
    items={META[0]: "removed", META[1]: "rejected", META[2]: "restricted",
           META[3]: "removed", META[4]: "not_found"},
)

case(
    name="meta-staff-gmail-quoted",
    date="Fri, 13 Sep 2024 02:27:19 +0000",
    **{"from": "priyan@meta.com"}, name_from="Priya Nair",
    subject="Re: KCSC-240906-03",
    reply_to_req="KCSC-240906-03.req",
    body=f"""
Hello,

Thank you for your patience. Following our review, the group post
{META[0]} has been removed for violating our Community Standards.

The Instagram account {META[4]} does not go against our Community Guidelines,
and we did not find grounds to restrict it under the local law you cited, so
it will stay up.

Best regards,
Priya Nair
Content Regulation, Meta

On Fri, 6 Sep 2024 at 09:40, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240906-03", META)}
""",
    outcome="applied", classification="confirmation",
    imitates="Meta content-regulation staff reply above a Gmail-quoted request",
    why="group post removed; Instagram account refused with reasons; quoted request ignored",
    items={META[0]: "removed", META[4]: "rejected"},
)

case(
    name="meta-all-reported-content-removed",
    date="Tue, 10 Sep 2024 15:01:00 +0000",
    **{"from": "regulatory-requests@meta.com"}, name_from="Meta Regulatory Requests",
    subject="Re: KCSC-240906-03",
    reply_to_req="KCSC-240906-03.req",
    body="""
Hello,

Following our review, we have removed all of the content you reported in
KCSC-240906-03 for violating our Community Standards.

Thank you for helping keep our community safe.

Meta Regulatory Requests
""",
    outcome="review", review="bulk",
    imitates="Meta short 'we removed the content you reported' reply",
    why="'all of the content' for a five-item request, no URL named: bulk",
    items={u: "pending" for u in META},
)

case(
    name="meta-read-receipt",
    date="Fri, 06 Sep 2024 03:02:11 +0000",
    **{"from": "priyan@meta.com"}, name_from="Priya Nair",
    subject="Read: KCSC-240906-03 removal request",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b328mdn"

--b328mdn
Content-Type: text/plain; charset=utf-8

Your message

  To: content-regulation@meta.com
  Subject: KCSC-240906-03 removal request
  Sent: Friday, September 6, 2024 9:40 AM (UTC+09:00) Seoul

was read on Friday, September 6, 2024 12:02 PM (UTC+09:00) Seoul.

--b328mdn
Content-Type: message/disposition-notification

Reporting-UA: priyan-laptop; Microsoft Outlook 16.0
Final-Recipient: rfc822;content-regulation@meta.com
Original-Message-ID: <KCSC-240906-03.req@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b328mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN, multipart/report)",
    why="read receipt",
    items={},
)

# ---------------------------------------------------------------------------
# TikTok (KCSC-240909-04, 3 items)
# ---------------------------------------------------------------------------

case(
    name="tiktok-outcome-bullets",
    date="Wed, 11 Sep 2024 05:44:03 +0000",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="Re: KCSC-240909-04 - outcome of your report",
    reply_to_req="KCSC-240909-04.req",
    body=f"""
Hello,

Thank you for your report KCSC-240909-04. Here is the outcome of our review:

• {TT[0]} – removed for violating our Community Guidelines
• {TT[1]} – restricted in South Korea under local law
• {TT[2]} – no longer available on TikTok; the creator deleted it before our review

If you have any questions, reply to this email and keep the reference in the
subject line.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal reply to a government report, bulleted per video",
    why="removed, restricted in KR, deleted by its creator before review (not_found)",
    items={TT[0]: "removed", TT[1]: "restricted", TT[2]: "not_found"},
)

TT_SOR = f"""<html><body>
<h3>Statement of reasons</h3>
<p>This notice explains a decision we made about content reported to us in
relation to your request KCSC-240909-04.</p>
<ul>
<li><b>Content:</b> video {TT[0]}</li>
<li><b>Decision:</b> Removal of the content</li>
<li><b>Territorial scope:</b> Global</li>
<li><b>Ground:</b> Incompatible with our Terms of Service (Community Guidelines: regulated goods)</li>
<li><b>Use of automated means:</b> Detected by a user report; decided by a human moderator</li>
</ul>
<p>The creator may appeal in the app. See <a href="https://www.tiktok.com/legal/page/global/dsa-appeals/en">our appeals page</a>.</p>
<p>TikTok Trust &amp; Safety</p>
</body></html>
"""

case(
    name="tiktok-statement-of-reasons-base64",
    date="Thu, 12 Sep 2024 09:09:09 +0000",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    subject="Statement of reasons for a content decision",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(TT_SOR),
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA statement of reasons, base64 HTML",
    why="one video removed globally; the appeals page is no item",
    items={TT[0]: "removed"},
)

case(
    name="tiktok-video-does-not-violate",
    date="Fri, 13 Sep 2024 04:55:30 +0000",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="Re: KCSC-240909-04",
    reply_to_req="KCSC-240909-04.req",
    body=f"""
Dear KCSC,

We reviewed the video {TT[2]} and found that it does not violate our Community
Guidelines or applicable local law. The video will remain available.

Kind regards,
TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok 'no violation found' reply",
    why="refusal with its reason: rejected",
    items={TT[2]: "rejected"},
)

case(
    name="tiktok-all-videos-restricted",
    date="Tue, 10 Sep 2024 23:10:00 +0000",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="Re: KCSC-240909-04",
    reply_to_req="KCSC-240909-04.req",
    body="""
Hello,

All videos in your report KCSC-240909-04 have been restricted in South Korea
in accordance with local law.

TikTok Legal
""",
    outcome="review", review="bulk",
    imitates="TikTok one-line outcome covering a whole report",
    why="statement about 'all videos' of a three-item request without naming them: bulk",
    items={u: "pending" for u in TT},
)

case(
    name="tiktok-report-receipt",
    date="Mon, 09 Sep 2024 05:00:12 +0000",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    subject="We've received your report",
    body="""
Hi,

We've received your report and our team will review it. Your ticket ID is
TT-KR-20240909-55812.

You don't need to reply to this message. We'll contact you if we need more
information.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok automatic report receipt with ticket ID",
    why="pure acknowledgement",
    items={},
)

case(
    name="tiktok-lookalike-domain",
    date="Thu, 12 Sep 2024 14:48:00 +0000",
    **{"from": "noreply@tiktok-safetycenter.com"}, name_from="TikTok Trust & Safety",
    subject="KCSC-240909-04: content removed",
    body=f"""
Dear reporter,

We confirm that the following videos were removed:

{TT[0]}
{TT[1]}

To see the full report status, sign in at https://tiktok-safetycenter.com/status.

TikTok Trust & Safety
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike domain posing as TikTok",
    why="sender domain is not TikTok's",
    items={TT[0]: "pending", TT[1]: "pending"},
)

case(
    name="snap-not-snapchat-content",
    date="Wed, 11 Sep 2024 18:20:44 +0000",
    **{"from": "lawenforcement@snap.com"}, name_from="Snap Inc. Legal",
    subject="Re: KCSC-240909-04",
    body=f"""
Hello,

We received your request KCSC-240909-04. The link you provided,
{TT[2]}, is not a Snapchat URL, and we were unable to locate any Snapchat
content matching your report. Snap has not taken any action.

If you meant to report content on Snapchat, please send us the username or
the Spotlight/Story link.

Snap Inc. Law Enforcement Operations
""",
    outcome="review", review="wrong_platform",
    imitates="Snap law-enforcement operations reply to a request that concerns another service",
    why="Snapchat speaks about a TikTok item",
    items={TT[2]: "pending"},
)

# ---------------------------------------------------------------------------
# Reddit (KCSC-240910-05, 2 items)
# ---------------------------------------------------------------------------

case(
    name="reddit-removed-and-geo-restricted",
    date="Thu, 12 Sep 2024 19:02:33 +0000",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="Re: KCSC-240910-05 Request for removal",
    reply_to_req="KCSC-240910-05.req",
    body=f"""
Hello,

We have removed the following content in response to your request:
{RD[0]}

Regarding {RD[1]}, we have restricted access to this content in South Korea.
It remains available in other countries.

Best,
Reddit Legal

On Tue, Sep 10, 2024 at 10:15 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240910-05", RD)}
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal removals reply over the Gmail-quoted request",
    why="one post removed, one restricted in South Korea",
    items={RD[0]: "removed", RD[1]: "restricted"},
)

case(
    name="reddit-statement-then-url",
    date="Fri, 13 Sep 2024 16:30:00 +0000",
    **{"from": "admin-legal@reddit.com"}, name_from="Reddit Admins",
    subject="Your removal request KCSC-240910-05",
    body=f"""
Hi,

The post below has been removed by Reddit administrators:

{RD[1]}

The other link in your request does not exist on Reddit (it returns a 404
and we have no record of a post with that ID):

{RD[0]}

Thanks,
Reddit Admins
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin reply, statement followed by the URL on its own paragraph",
    why="one post removed; the other does not exist (not_found)",
    items={RD[1]: "removed", RD[0]: "not_found"},
)

case(
    name="reddit-asks-for-legal-basis",
    date="Wed, 11 Sep 2024 21:15:00 +0000",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="Re: KCSC-240910-05 Request for removal",
    reply_to_req="KCSC-240910-05.req",
    body=f"""
Hello,

Thank you for your request. In order to process it with respect to
{RD[0]}
we need the specific provision of Korean law that the content violates and a
copy of the Commission's decision. Please reply with these documents.

Reddit Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal reply asking for the legal basis and the order",
    why="asks for documents before acting; nothing stated",
    items={RD[0]: "pending"},
)

case(
    name="reddit-auto-receipt",
    date="Tue, 10 Sep 2024 01:16:02 +0000",
    **{"from": "noreply@reddit.com"}, name_from="Reddit",
    subject="[Case 07712345] We received your request",
    body="""
Thank you for submitting your request to Reddit's legal team.

This is an automated message confirming that we have received it. Your case
number is 07712345. Please do not reply to this message.

Reddit, Inc.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Reddit legal form automatic receipt",
    why="pure acknowledgement with a case number",
    items={},
)

case(
    name="law-firm-on-behalf-of-poster",
    date="Fri, 13 Sep 2024 01:40:00 +0000",
    **{"from": "jhkim@hanbit-law.example"}, name_from='"Kim Jae-hyun, Hanbit Law"',
    subject="KCSC-240910-05 - our client has removed the post",
    body=f"""
Dear Sir or Madam,

We act for the author of the Reddit post you reported under KCSC-240910-05.
Our client has deleted the post at {RD[1]}
and asks that the matter be closed.

Yours faithfully,
Kim Jae-hyun
Hanbit Law
""",
    outcome="review", review="unknown_sender",
    imitates="letter from a law firm acting for the poster",
    why="not the platform: unknown sender",
    items={RD[1]: "pending"},
)

# ---------------------------------------------------------------------------
# Discord (KCSC-240911-06, 2 items)
# ---------------------------------------------------------------------------

case(
    name="discord-server-and-message-removed",
    date="Fri, 13 Sep 2024 07:07:07 +0000",
    **{"from": "legal@discord.com"}, name_from="Discord Trust & Safety",
    subject="Re: KCSC-240911-06",
    reply_to_req="KCSC-240911-06.req",
    body=f"""
Hi there,

Our Trust & Safety team has reviewed your report. The server associated with
the invite {DC[0]} has been removed from Discord, and the message you
reported ({DC[1]}) was deleted.

Thanks for reaching out,
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety report outcome",
    why="server behind the invite removed; message deleted",
    items={DC[0]: "removed", DC[1]: "removed"},
)

case(
    name="discord-invite-invalid-message-pending",
    date="Thu, 12 Sep 2024 11:30:00 +0000",
    **{"from": "legal@discord.com"}, name_from="Discord Trust & Safety",
    subject="Re: KCSC-240911-06",
    reply_to_req="KCSC-240911-06.req",
    body=f"""
Hello,

The invite link <{DC[0]}> is invalid or has expired, so we were unable to
identify the server it pointed to.

For the message link you sent, our team is still reviewing it.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord reply about an expired invite",
    why="invalid invite is not_found; the message is only 'still reviewing'",
    items={DC[0]: "not_found", DC[1]: "pending"},
)

case(
    name="discord-appears-deleted",
    date="Fri, 13 Sep 2024 22:45:10 +0000",
    **{"from": "legal@discord.com"}, name_from="Discord Trust & Safety",
    subject="Re: KCSC-240911-06",
    reply_to_req="KCSC-240911-06.req",
    body=f"""
Hello,

The server behind {DC[0]} appears to have been deleted already. We are
confirming this internally and will update you.

Discord Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Discord interim reply with a hedge",
    why="'appears to have been deleted' is a hedge",
    items={DC[0]: "pending"},
)

# ---------------------------------------------------------------------------
# Twitch (KCSC-240912-07, 1 item)
# ---------------------------------------------------------------------------

case(
    name="twitch-actioned-sole",
    date="Mon, 16 Sep 2024 03:33:00 +0000",
    **{"from": "no-reply@twitch.tv"}, name_from="Twitch",
    subject="We've actioned on your report (KCSC-240912-07)",
    reply_to_req="KCSC-240912-07.req",
    body="""
Hi,

Thanks for your report. Our team reviewed it and determined that the channel
you reported violated our Community Guidelines. The channel has been actioned
and appropriate enforcement action has been taken.

Thank you for helping keep Twitch safe.

Twitch Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch 'We've actioned on your report' email",
    why="the single channel of a one-item request stated actioned",
    items={TW[0]: "removed"},
)

case(
    name="twitch-no-violation",
    date="Tue, 17 Sep 2024 05:12:00 +0000",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    subject="Re: KCSC-240912-07",
    reply_to_req="KCSC-240912-07.req",
    body=f"""
Hello,

We reviewed the channel {TW[0]} against our Community Guidelines and the
Korean law you referenced. We did not find a violation, and we are not taking
action on the channel.

Twitch Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch legal reply refusing action",
    why="refusal with its reason: rejected",
    items={TW[0]: "rejected"},
)

case(
    name="twitch-warning-conditional",
    date="Mon, 16 Sep 2024 23:00:00 +0000",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    subject="Re: KCSC-240912-07",
    reply_to_req="KCSC-240912-07.req",
    body=f"""
Hello,

We have issued a warning to the owner of {TW[0]}. If the channel streams the
same content again, it will be suspended.

Twitch Legal
""",
    outcome="review", review="not_understood",
    imitates="Twitch reply: warning issued, suspension conditional",
    why="a warning and a conditional suspension are not a status",
    items={TW[0]: "pending"},
)

case(
    name="twitch-bounce",
    date="Thu, 12 Sep 2024 00:05:40 +0000",
    **{"from": "MAILER-DAEMON@mx2.twitch.tv"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b328dsn"

--b328dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.twitch.tv.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@twitch.tv>: host mailstore.twitch.tv said: 550 5.1.1
    <legal-kr@twitch.tv>: Recipient address rejected: User unknown

--b328dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.twitch.tv
Arrival-Date: Thu, 12 Sep 2024 00:05:39 +0000 (UTC)

Final-Recipient: rfc822; legal-kr@twitch.tv
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@twitch.tv>: Recipient address rejected: User unknown

--b328dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@twitch.tv
Subject: [KCSC-240912-07] Request to remove illegal content
Message-ID: <KCSC-240912-07.req@kcsc.example>
Date: Thu, 12 Sep 2024 09:05:00 +0900
Content-Type: text/plain; charset=utf-8

{quoted_request("KCSC-240912-07", TW, prefix="")}

--b328dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning the request with the original message attached",
    why="delivery failure; the URL is only in the returned request",
    items={},
)

# ---------------------------------------------------------------------------
# Pinterest (no request in this set)
# ---------------------------------------------------------------------------

case(
    name="pinterest-portal-notice-no-claims",
    date="Wed, 11 Sep 2024 16:00:00 +0000",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    subject="Update: how to send government requests to Pinterest",
    body="""
Hello,

From 1 October 2024, Pinterest will accept removal requests from government
authorities only through our online portal at
https://help.pinterest.com/en/government-requests. Requests sent by email
after that date will receive an automatic reply pointing to the portal.

Thank you,
Pinterest Legal
""",
    outcome="review", review="no_claims",
    imitates="Pinterest notice to authorities about a new request portal",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="pinterest-unmonitored-autoreply",
    date="Sat, 14 Sep 2024 02:02:02 +0000",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    subject="Auto: KCSC-240906-03 removal request",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
This is an automatic reply. This mailbox is not monitored for content
reports. To report content on Pinterest, please use the form at
https://help.pinterest.com/en/contact.

Pinterest
""",
    outcome="ignored", classification="auto_reply",
    imitates="Pinterest 'mailbox not monitored' automatic reply",
    why="auto-reply",
    items={},
)


HEADER = """# Blind set 328 (tests/corpus/blind328): English notices from many platforms.
# Generated by make.py; do not edit by hand. Expected results were written
# from each email's meaning, before the reader was run on this set.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind328", HEADER, cases)


if __name__ == "__main__":
    main()
