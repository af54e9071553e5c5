#!/usr/bin/env python3
"""Blind set 400: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, plus Telegram and Snapchat mail about no
request of theirs).

Written without reading the reader (src/) or any other corpus set. The
expected result of every case comes from the email's meaning alone, before
any run. Deterministic: `python3 tests/corpus/blind400/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
from email.header import Header
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind400"

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/harborlights_88/status/1830112233445566778",
    "https://x.com/harborlights_88/status/1830119988776655443",
    "https://x.com/quietmarket_kr/status/1829550011223344556",
    "https://x.com/quietmarket_kr/status/1829557788990011223",
    "https://x.com/dalbit_trade/status/1828004455667788990",
    "https://x.com/dalbit_trade",
    "https://x.com/moonpeak_shop/status/1831220033445566001",
    "https://twitter.com/greyfox_sellers/status/1827333444555666777",
    "https://x.com/greyfox_sellers/status/1827339990001112223",
    "https://x.com/i/web/status/1830777666555444333",
    "https://x.com/nightcargo_7/status/1829990001112223334",
    "https://x.com/nightcargo_7/status/1829990001112223999",
    "https://x.com/pinecone_deals/status/1831456789012345678",
]
YT = [
    "https://www.youtube.com/watch?v=Qm3xT7pLk2A",
    "https://www.youtube.com/watch?v=bZ81vWq0eRt",
    "https://www.youtube.com/shorts/Hn4cR9sYp0E",
    "https://www.youtube.com/@saebyeok_trading",
]
META = [
    "https://www.facebook.com/groups/4455667788990011/posts/7788990011223344/",
    "https://www.facebook.com/greenlane.market.kr/posts/pfbid02Xk7rTq9LmNc3",
    "https://www.instagram.com/p/C9xK2LmQa7T/",
    "https://www.instagram.com/reel/C8vB1nP0zWq/",
    "https://www.instagram.com/hanul_pharm_direct/",
]
TT = [
    "https://www.tiktok.com/@byeolbit.store/video/7401122334455667788",
    "https://www.tiktok.com/@byeolbit.store/video/7402233445566778899",
    "https://www.tiktok.com/@night_pill_kr",
]
# r1 is stored percent-encoded (증명서_판매); emails may write it raw.
R1_RAW = "https://www.reddit.com/r/koreatrade/comments/1f3k9xq/증명서_판매/"
RD = [
    "https://www.reddit.com/r/koreatrade/comments/1f3k9xq/%EC%A6%9D%EB%AA%85%EC%84%9C_%ED%8C%90%EB%A7%A4/",
    "https://www.reddit.com/user/dokkaebi_supply/",
]
DC = ["https://discord.gg/moonlitbazaar"]
TW = [
    "https://www.twitch.tv/videos/2241188776",
    "https://www.twitch.tv/yeowoo_live",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", X,
     "illegal_trade", "req-240903-01@kcsc.example", "sale of forged documents and drugs"),
    ("KCSC-240904-02", "youtube", "2024-09-04T10:30:00+09:00", "2024-09-11T18:00:00+09:00", YT,
     "gambling", "req-240904-02@kcsc.example", "illegal gambling promotion"),
    ("KCSC-240905-03", "meta", "2024-09-05T09:00:00+09:00", "2024-09-12T18:00:00+09:00", META,
     "illegal_drugs", "req-240905-03@kcsc.example", "unapproved medicines"),
    ("KCSC-240906-04", "tiktok", "2024-09-06T11:00:00+09:00", "2024-09-13T18:00:00+09:00", TT,
     "illegal_drugs", "req-240906-04@kcsc.example", "drug sale adverts"),
    ("KCSC-240909-05", "reddit", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", RD,
     "forged_documents", "req-240909-05@kcsc.example", "certificate forgery"),
    ("KCSC-240910-06", "discord", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", DC,
     "illegal_trade", "req-240910-06@kcsc.example", "invite to a trading server"),
    ("KCSC-240911-07", "twitch", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00", TW,
     "gambling", "req-240911-07@kcsc.example", "gambling streams"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, pf, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, pf, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def numbered(urls):
    return "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1))


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.splitlines())


X_REQUEST = f"""Dear X Legal team,

The Korea Communications Standards Commission has found that the content
below breaches Korean law and asks you to remove it or to restrict access
to it from Korea (our reference KCSC-240903-01).

{numbered(X)}

Please tell us what was done with each item by 10 September 2024.

KCSC Takedown desk"""

YT_REQUEST = f"""Dear YouTube Legal team,

Please remove or block from Korea the following content (reference
KCSC-240904-02), found to promote illegal gambling:

{numbered(YT)}

KCSC Takedown desk"""

META_REQUEST = f"""Dear Meta,

Request KCSC-240905-03: the following content offers unapproved medicines
for sale in Korea. Please remove it or restrict access from Korea.

{numbered(META)}

KCSC Takedown desk"""

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="x-withheld-kr-bullets",
    date="Thu, 05 Sep 2024 08:12:40 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="Re: KCSC-240903-01 - Request to withhold content",
    reply_to_req="req-240903-01",
    body=f"""Hello,

Thank you for your request dated 3 September 2024 (your reference
KCSC-240903-01).

After reviewing the reported content under the laws of the Republic of
Korea, we have withheld the following posts in South Korea. They remain
visible to people outside Korea.

  \u2022 {X[0]}
  \u2022 {X[1]}
  \u2022 {X[2]}
  \u2022 {X[3]}

We will write to you separately about the remaining URLs in your request.

Where permitted, the account holders have been notified. You can read more
about country withheld content here:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="X legal-request reply announcing country-withheld posts (help.x.com 'About country withheld content')",
    why="four posts named one by one and withheld in South Korea only: restricted; help-centre link is not an item",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[3]: "restricted"},
)

case(
    name="x-numbered-mixed-outcomes",
    date="Fri, 06 Sep 2024 02:40:11 +0000",
    **{"from": "legal-support@x.com"},
    subject="Re: [KCSC-240903-01] Outcome of your report",
    reply_to_req="req-240903-01",
    body=f"""Hi KCSC team,

We've completed our review of part of your report. Results below:

1. {X[4]} \u2014 removed for violating our rules on illegal or certain regulated goods and services.
2. {X[5]} \u2014 account permanently suspended.
3. {X[6]} \u2014 we reviewed this post and found no violation of the X Rules or of the Korean law cited in your request. No action taken.
4. {X[7]} \u2014 we could not find this post. It may have been deleted by the account holder before our review.

Thanks,
X Safety \u2014 Legal Requests
""",
    outcome="applied",
    classification="confirmation",
    imitates="X Safety legal-request outcome list (removed / suspended / no action / not found)",
    why="each numbered URL carries its own result: removed, account suspended (removed), no violation (rejected), could not find (not_found; the hedge only explains why)",
    items={X[4]: "removed", X[5]: "removed", X[6]: "rejected", X[7]: "not_found"},
)

case(
    name="x-status-on-line-below",
    date="Sat, 07 Sep 2024 11:05:00 +0000",
    **{"from": "trustandsafety@x.com"},
    name_from="X Trust & Safety",
    subject="Case update: KCSC-240903-01",
    body=f"""Hello,

Please find below the status of the following items from your request
KCSC-240903-01.

{X[8]}
Status: Withheld in South Korea

{X[9]}
Status: Removed (violation of the X Rules)

{X[10]}
Status: Not found \u2014 the post does not exist

X Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="X Trust & Safety ticket update with one 'Status:' line under each URL",
    why="bare URL, status on the next line: withheld in KR (restricted), removed, does not exist (not_found)",
    items={X[8]: "restricted", X[9]: "removed", X[10]: "not_found"},
)

_x_rows = [
    (X[0], "Withheld in KR"),
    (X[1], "Withheld in KR"),
    (X[2], "Removed globally"),
    (X[3], "Removed globally"),
    (X[4], "Removed globally"),
    (X[5], "Account suspended"),
    (X[6], "No action \u2013 does not violate the X Rules or local law"),
    (X[7], "Not found"),
    (X[8], "Withheld in KR"),
    (X[9], "Withheld in KR"),
    (X[10], "Not found"),
    (X[11], "Withheld in KR"),
    (X[12], "No action \u2013 not unlawful under the cited provision"),
]
_x_html_rows = "\n".join(
    f'<tr><td>{i}</td><td><a href="{u}">{u}</a></td><td>{a}</td></tr>'
    for i, (u, a) in enumerate(_x_rows, 1)
)
case(
    name="x-html-table-all-items",
    date="Mon, 09 Sep 2024 06:30:00 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="KCSC-240903-01: final response to your removal request",
    reply_to_req="req-240903-01",
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We have completed our review of your request <b>KCSC-240903-01</b>. The action taken on each reported URL is listed below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Reported URL</th><th>Action taken</th></tr>
{_x_html_rows}
</table>
<p>Content withheld in KR remains available outside the Republic of Korea.</p>
<p>Regards,<br>X Legal</p>
<p style="color:#888;font-size:11px">X Corp. &middot; 865 FM 1209, Bastrop, TX &middot; <a href="https://help.x.com/en/forms">Help Center</a></p>
</body></html>""",
    outcome="applied",
    classification="confirmation",
    imitates="X legal-request final response as an HTML table of reported URLs and actions",
    why="one table row per requested URL with an unambiguous action; 'No action' with its reason is rejected",
    items={u: {"Withheld in KR": "restricted", "Removed globally": "removed",
               "Account suspended": "removed", "Not found": "not_found"}.get(a, "rejected")
           for u, a in _x_rows},
)

case(
    name="x-top-posted-over-gmail-quote",
    date="Tue, 10 Sep 2024 01:17:52 +0000",
    **{"from": "dana.whitfield@x.com"},
    name_from="Dana Whitfield",
    subject="Re: KCSC-240903-01 removal request",
    reply_to_req="req-240903-01",
    body=f"""Hi,

{X[11]} has now been withheld in Korea.
We were not able to locate {X[12]} \u2014 the link returns no post on our side.

Best,
Dana
X Global Government Affairs \u2014 Legal Requests

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(X_REQUEST)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="X staff reply top-posted above the Gmail-quoted original request",
    why="two unquoted statements (withheld in Korea; not able to locate); the other URLs only appear in the quoted request",
    items={X[11]: "restricted", X[12]: "not_found", X[0]: "pending", X[4]: "pending"},
)

case(
    name="x-dsa-statement-of-reasons",
    date="Wed, 11 Sep 2024 09:00:00 +0000",
    **{"from": "noreply-dsa@x.com"},
    name_from="X",
    subject="Notice of decision \u2014 reference KCSC-240903-01",
    body=f"""STATEMENT OF REASONS

Your reference: KCSC-240903-01
Content concerned: {X[6]}
Decision: Restriction of visibility \u2014 access withheld in the Republic of Korea
Territorial scope: Republic of Korea
Facts and circumstances: The decision was taken after an order from a
national authority (Korea Communications Standards Commission).
Ground: Illegal content under local law
Use of automated means: The decision was not taken by automated means.

Redress: the account holder may appeal this decision through the X Help
Center or before the competent courts.

X
""",
    outcome="applied",
    classification="confirmation",
    imitates="DSA Article 17 statement of reasons, X country-withhold decision",
    why="one named post, decision 'access withheld in the Republic of Korea': restricted",
    items={X[6]: "restricted"},
)

case(
    name="x-outlook-original-message",
    date="Wed, 04 Sep 2024 23:48:09 +0000",
    **{"from": "jaewon.lim@x.com"},
    name_from="Jae-won Lim",
    subject="RE: KCSC-240903-01 removal request",
    reply_to_req="req-240903-01",
    body=f"""Hello,

The posts {X[0]} and
{X[1]} have been removed for
violating the X Rules.

Kind regards,
Jae-won Lim
X Legal Operations, APAC

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legal@x.com
Subject: KCSC-240903-01 removal request

{X_REQUEST}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook reply from an X legal employee above '-----Original Message-----'",
    why="two posts named in the reply and removed; the other URLs are only in the Outlook-quoted request",
    items={X[0]: "removed", X[1]: "removed", X[2]: "pending", X[8]: "pending"},
)

case(
    name="x-angle-brackets-wrapped",
    date="Thu, 12 Sep 2024 04:22:31 +0000",
    **{"from": "legal-support@x.com"},
    subject="Re: KCSC-240903-01",
    reply_to_req="req-240903-01",
    body="""Hello,

We have withheld access in South Korea to the post <https://x.com/pinecone_deals/status/
1831456789012345678>. The post <https://x.com/quietmarket_kr/status/1829557788990011223>
was removed for violating our rules on regulated goods.

X Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="X Safety reply written in a client that puts URLs in angle brackets and wraps long lines",
    why="withheld in South Korea (restricted) for the wrapped bracketed URL; removed for the second",
    items={X[12]: "restricted", X[3]: "removed"},
)

case(
    name="x-ack-plus-action",
    date="Wed, 04 Sep 2024 03:15:00 +0000",
    **{"from": "legal-support@x.com"},
    subject="Re: KCSC-240903-01 - received",
    reply_to_req="req-240903-01",
    body=f"""Hello,

Thanks \u2014 we've received your request and opened case 0245-7781 for it.

We have already withheld {X[2]} in South Korea.
We'll review the rest of the items in your request and get back to you.

X Safety \u2014 Legal Requests
""",
    outcome="applied",
    classification="confirmation",
    imitates="X legal-request receipt that already reports one action",
    why="receipt wording plus an unhedged statement about one named post (withheld in South Korea): not a pure acknowledgement",
    items={X[2]: "restricted"},
)

case(
    name="yt-legal-blocked-kr-and-removed",
    date="Fri, 06 Sep 2024 07:41:18 +0000",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="[KCSC-240904-02] YouTube legal removal request - outcome",
    body=f"""Hello,

Thanks for reaching out to us.

In response to your request, we have blocked the following content from
view on the YouTube Korea country domain. It remains available elsewhere:
- {YT[0]}
- {YT[1]}

Following review, the following content was removed from YouTube for
violating our Community Guidelines:
- {YT[2]}

Regards,
The YouTube Legal Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal removal outcome (country block vs. Community Guidelines removal)",
    why="statement heading each list: blocked in Korea (restricted) for two videos, removed for the Short",
    items={YT[0]: "restricted", YT[1]: "restricted", YT[2]: "removed"},
)

case(
    name="yt-channel-no-action",
    date="Mon, 09 Sep 2024 05:03:44 +0000",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    subject="Re: KCSC-240904-02",
    reply_to_req="req-240904-02",
    body=f"""Hello,

We've reviewed the channel {YT[3]} that you reported.

Based on our review, the channel does not violate our Community Guidelines,
and after considering the legal basis cited in your request we have decided
not to block it. The channel remains available on YouTube.

If you obtain a court order concerning this content, you are welcome to
submit a new request through our legal webform.

Regards,
The YouTube Legal Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal team refusal ('we have decided not to take action')",
    why="named channel: no violation, decided not to block, remains available: rejected; the court-order remark is not a request for information",
    items={YT[3]: "rejected"},
)

_yt_qp = f"""Hi,

Update on your legal request (KCSC-240904-02):

The video {YT[1]} has been age-restricted. It can no longer be watched by signed-out viewers or by viewers under 18.

The video {YT[0]} had already been deleted by its uploader before we completed our review, so no action was needed on our side.

\u2014 YouTube Trust & Safety
"""
case(
    name="yt-qp-age-restricted-author-deleted",
    date="Tue, 10 Sep 2024 10:19:02 +0000",
    **{"from": "trust-safety@youtube.com"},
    name_from="YouTube Trust & Safety",
    subject="Update: KCSC-240904-02",
    raw_mime=f"""Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(_yt_qp)}""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube age-restriction notice, quoted-printable body",
    why="age-restricted (restricted); already deleted by its uploader (not_found)",
    items={YT[1]: "restricted", YT[0]: "not_found"},
)

case(
    name="yt-actioned-under-policies",
    date="Thu, 05 Sep 2024 14:00:27 +0000",
    **{"from": "noreply@youtube.com"},
    name_from="YouTube",
    subject=f"YouTube: your report about {YT[2]}",
    body=f"""Hello,

We're writing about your request KCSC-240904-02.

The content at {YT[2]} has been actioned under our policies.

Thank you for helping keep YouTube a safe place for everyone.

\u00a9 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You received this email to update you about a report you submitted.
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube reporter update 'has been actioned' (platform phrase in config)",
    why="the configured YouTube phrase 'has been actioned under our policies' about one named Short: removed",
    items={YT[2]: "removed"},
)

case(
    name="yt-gmail-quote-colon-status",
    date="Thu, 05 Sep 2024 02:55:10 +0000",
    **{"from": "minji.kang@google.com"},
    name_from="Minji Kang",
    subject="Re: KCSC-240904-02",
    reply_to_req="req-240904-02",
    body=f"""Hi KCSC team,

Update on the two videos below:
{YT[0]}: removed
{YT[1]}: removed

Thanks,
Minji
YouTube Trust & Safety, Seoul

On Wed, Sep 4, 2024 at 10:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(YT_REQUEST)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube staff Gmail reply with 'URL: status' lines over the quoted request",
    why="two 'URL: removed' lines; the Short and the channel are only in the quoted request",
    items={YT[0]: "removed", YT[1]: "removed", YT[2]: "pending", YT[3]: "pending"},
)

case(
    name="meta-local-law-restricted",
    date="Mon, 09 Sep 2024 08:45:00 +0000",
    **{"from": "government-requests-noreply@meta.com"},
    name_from="Meta Government Requests",
    subject="Your request KCSC-240905-03",
    body=f"""Hello,

We've reviewed your request (KCSC-240905-03) to restrict content under
Korean law.

We've restricted access in South Korea to the following content, which we
found to be unlawful under local law. It remains available in other
countries:
{META[0]}
{META[1]}

The following content goes against our Community Standards on restricted
goods and services, and we removed it from Instagram:
{META[2]}

We'll follow up about the remaining items.

Meta Content Policy \u2014 Government Requests
""",
    outcome="applied",
    classification="confirmation",
    imitates="Meta 'content restricted based on local law' reply to a government authority",
    why="two posts restricted in South Korea, one Instagram post removed for Community Standards",
    items={META[0]: "restricted", META[1]: "restricted", META[2]: "removed"},
)

case(
    name="meta-ig-disabled-and-left-up",
    date="Tue, 10 Sep 2024 03:12:45 +0000",
    **{"from": "no-reply@instagram.com"},
    name_from="Instagram",
    subject="Update on your report (KCSC-240905-03)",
    body=f"""Hi,

Thanks for your report. Here's what happened:

The account {META[4]} has been disabled for going against our Community
Guidelines.

We reviewed the reel {META[3]} and found that it doesn't go against our
Community Guidelines or local law, so we've left it up.

If you think we got this wrong, you can ask us to take another look.

Instagram \u00b7 Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025
""",
    outcome="applied",
    classification="confirmation",
    imitates="Instagram report outcome ('account disabled' / 'we've left it up')",
    why="account disabled (removed); reel found not violating and left up (rejected)",
    items={META[4]: "removed", META[3]: "rejected"},
)

_meta_csv = (
    "content_url,decision,scope,decided_at\n"
    f"{META[0]},Restricted,KR,2024-09-11\n"
    f"{META[1]},Removed,Global,2024-09-11\n"
    f"{META[2]},Removed,Global,2024-09-11\n"
    f"{META[3]},No action - not violating,,2024-09-11\n"
    f"{META[4]},Not found,,2024-09-11\n"
)
case(
    name="meta-csv-attachment",
    date="Wed, 11 Sep 2024 09:30:00 +0000",
    **{"from": "government-requests-noreply@meta.com"},
    name_from="Meta Government Requests",
    subject="Results for KCSC-240905-03",
    reply_to_req="req-240905-03",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="meta-b400-mixed"

--meta-b400-mixed
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the decision taken on each URL in your request
KCSC-240905-03.

Meta Content Policy - Government Requests

--meta-b400-mixed
Content-Type: text/csv; charset="UTF-8"; name="KCSC-240905-03_results.csv"
Content-Disposition: attachment; filename="KCSC-240905-03_results.csv"
Content-Transfer-Encoding: base64

{b64(_meta_csv)}
--meta-b400-mixed--
""",
    outcome="applied",
    classification="confirmation",
    imitates="Meta government-request results sent as a CSV attachment",
    why="one CSV row per requested URL: Restricted KR, Removed, Removed, No action (rejected), Not found",
    items={META[0]: "restricted", META[1]: "removed", META[2]: "removed",
           META[3]: "rejected", META[4]: "not_found"},
)

_meta_html = f"""<html><body>
<p>Hi,</p>
<p>Thanks for your report <b>KCSC-240905-03</b>. We've finished reviewing two of the items.</p>
<ul>
<li><a href="{META[2]}">{META[2]}</a><br>We removed this post because it goes against our Community Guidelines on the sale of drugs.</li>
<li><a href="{META[3]}">{META[3]}</a><br>We've covered this reel with a warning screen and restricted it to people aged 18 and over.</li>
</ul>
<p>Instagram</p>
</body></html>
"""
case(
    name="meta-base64-html-warning-screen",
    date="Sat, 07 Sep 2024 13:14:15 +0000",
    **{"from": "no-reply@instagram.com"},
    name_from="Instagram",
    subject="We reviewed your report",
    raw_mime=f"""Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

{b64(_meta_html)}""",
    outcome="applied",
    classification="confirmation",
    imitates="Instagram report outcome as a base64 HTML list",
    why="post removed; reel behind a warning screen and age-restricted to 18+ (restricted)",
    items={META[2]: "removed", META[3]: "restricted"},
)

case(
    name="tiktok-statement-of-reasons",
    date="Mon, 09 Sep 2024 02:02:02 +0000",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Legal",
    subject="TikTok \u2013 Decision on your report (Ref. KCSC-240906-04)",
    body=f"""Dear Reporter,

We have reviewed your report of illegal content and taken the following
decisions.

Content: {TT[0]}
Decision: Removed
Reason: Violation of our Community Guidelines (Regulated goods and commercial activities)

Content: {TT[1]}
Decision: Restricted in South Korea
Reason: Illegal under local law

If you disagree with a decision you may appeal within 180 days in the
TikTok app (Settings and privacy > Safety Center).

TikTok Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="TikTok DSA-style decision notice to a reporter (Content / Decision / Reason blocks)",
    why="Decision: Removed for the first video; Restricted in South Korea for the second",
    items={TT[0]: "removed", TT[1]: "restricted"},
)

case(
    name="tiktok-account-banned",
    date="Tue, 10 Sep 2024 07:07:07 +0000",
    **{"from": "support@tiktok.com"},
    name_from="TikTok Support",
    subject="Re: KCSC-240906-04",
    reply_to_req="req-240906-04",
    body=f"""Hi,

Thank you for your patience. After review, the account
{TT[2]} has been permanently banned for repeated
violations of our Community Guidelines.

Best regards,
TikTok Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="TikTok support reply 'account has been permanently banned'",
    why="one named account, permanently banned: removed (the request's other items are not mentioned)",
    items={TT[2]: "removed"},
)

case(
    name="tiktok-bilingual-korean-particles",
    date="Wed, 11 Sep 2024 01:30:00 +0000",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Korea Legal",
    subject=Header("[TikTok] KCSC-240906-04 \ucc98\ub9ac \uacb0\uacfc / Result", "utf-8").encode(),
    body=f"""Dear KCSC,

Please see below the result for request KCSC-240906-04.
(\uad6d\ubb38 \uc548\ub0b4\ub294 \uc544\ub798\uc5d0 \uc788\uc2b5\ub2c8\ub2e4.)

- {TT[0]} : removed globally
- {TT[1]} : access restricted in Korea

[\uad6d\ubb38]
{TT[0]}\uc740 \uc0ad\uc81c \ucc98\ub9ac\ub418\uc5c8\uc73c\uba70,
{TT[1]}\ub294 \uad6d\ub0b4\uc5d0\uc11c \uc811\uc18d \ucc28\ub2e8\ub418\uc5c8\uc2b5\ub2c8\ub2e4\uff0e

TikTok Korea Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="TikTok Korea bilingual (English/Korean) legal reply",
    why="English and Korean say the same: first video removed (삭제), second restricted in Korea (접속 차단); URLs followed by particles and a full-width stop",
    items={TT[0]: "removed", TT[1]: "restricted"},
)

case(
    name="reddit-raw-korean-path",
    date="Wed, 11 Sep 2024 18:20:00 +0000",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    subject="Re: KCSC-240909-05",
    reply_to_req="req-240909-05",
    body=f"""Hello,

We have removed the following post for violating Reddit's Content Policy:
{R1_RAW}

In addition, the account {RD[1]} has been permanently
suspended.

Reddit Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="Reddit legal reply to a removal request (post removed, account suspended)",
    why="post (raw Korean path, same item as the percent-encoded URL) removed; account suspended (removed)",
    items={RD[0]: "removed", RD[1]: "removed"},
)

case(
    name="reddit-geo-restricted-and-rejected",
    date="Thu, 12 Sep 2024 20:41:09 +0000",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    subject="Your request KCSC-240909-05",
    body=f"""Hello,

After review, we have geo-restricted the post
{RD[0]}
so that it is not accessible to users in South Korea.

With respect to the account {RD[1]}, we did not find that the
account's activity violates our Content Policy, and we are not taking action
on it.

Reddit Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="Reddit legal reply: geo-restriction for one item, refusal for another",
    why="post geo-restricted for South Korea (restricted); account not violating, no action (rejected)",
    items={RD[0]: "restricted", RD[1]: "rejected"},
)

case(
    name="discord-sole-statement",
    date="Thu, 12 Sep 2024 00:10:33 +0000",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="Re: Your report [KCSC-240910-06]",
    reply_to_req="req-240910-06",
    body="""Hi there,

Thanks for your report. Our Safety team investigated the server you reported
and took action: the server has been removed from Discord for violating our
Community Guidelines.

For privacy reasons we can't share further details about the enforcement.

Discord Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="Discord Trust & Safety report outcome without the reported link",
    why="one-item request referenced by number; 'the server you reported ... has been removed' is about that single item",
    items={DC[0]: "removed"},
)

case(
    name="discord-invite-invalid",
    date="Fri, 13 Sep 2024 05:55:55 +0000",
    **{"from": "legal@discord.com"},
    name_from="Discord Legal",
    subject="Re: KCSC-240910-06",
    reply_to_req="req-240910-06",
    body="""Hello,

The invite link you provided (<https://discord.gg/moonlitbazaar>) is invalid,
and we were unable to identify any server associated with it.

Discord Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="Discord legal reply 'invite link is invalid'",
    why="invalid link, no server could be identified: not_found",
    items={DC[0]: "not_found"},
)

case(
    name="twitch-vod-removed-channel-active",
    date="Fri, 13 Sep 2024 22:03:00 +0000",
    **{"from": "legal@twitch.tv"},
    name_from="Twitch Legal",
    subject="Re: KCSC-240911-07 - Twitch response",
    reply_to_req="req-240911-07",
    body=f"""Hello,

Thank you for your notice regarding content on Twitch.

The VOD {TW[0]} has been removed.

Regarding the channel {TW[1]}: after review we found no violation of our
Community Guidelines. The channel remains active and we are not taking
action at this time.

Twitch Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="Twitch legal reply to a government notice (VOD removed, channel left active)",
    why="VOD removed; channel found not violating and left active (rejected)",
    items={TW[0]: "removed", TW[1]: "rejected"},
)

# ================================================================ REVIEW
case(
    name="x-promise-will-withhold",
    date="Thu, 05 Sep 2024 10:10:10 +0000",
    **{"from": "legal-support@x.com"},
    subject="Re: KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""Hi,

Our team has reviewed your request KCSC-240903-01.

The posts {X[4]} and {X[6]} will be withheld in South Korea within the
next 48 hours. We'll confirm once this is done.

X Safety
""",
    outcome="review",
    review="not_understood",
    imitates="X legal reply announcing a future withholding",
    why="'will be withheld' is a promise, not a statement: both posts stay pending",
    items={X[4]: "pending", X[6]: "pending"},
)

case(
    name="yt-hedged-appears",
    date="Fri, 06 Sep 2024 03:33:33 +0000",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    subject="Re: KCSC-240904-02",
    reply_to_req="req-240904-02",
    body=f"""Hello,

Regarding KCSC-240904-02: the video {YT[0]} appears to have been removed
already, and the channel {YT[3]} may have been terminated at some earlier
point. We're still looking into {YT[2]} and will follow up.

Regards,
YouTube Legal Support
""",
    outcome="review",
    review="not_understood",
    imitates="YouTube legal support interim reply with hedged observations",
    why="'appears to have been', 'may have been' and 'still looking into' are hedges and a promise: all pending",
    items={YT[0]: "pending", YT[3]: "pending", YT[2]: "pending"},
)

case(
    name="tiktok-conditional-removal",
    date="Thu, 12 Sep 2024 06:06:06 +0000",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Legal",
    subject="TikTok \u2013 Update on your report (Ref. KCSC-240906-04)",
    body=f"""Dear Reporter,

We have notified the creator of {TT[0]} about your report. If the creator
does not submit an appeal within 7 days, the video will be removed.
{TT[1]} is under review.

TikTok Trust & Safety
""",
    outcome="review",
    review="not_understood",
    imitates="TikTok notice of pending action subject to the creator's appeal",
    why="removal is conditional on no appeal and the second video is under review: nothing stated, both pending",
    items={TT[0]: "pending", TT[1]: "pending"},
)

case(
    name="meta-bulk-all-removed",
    date="Tue, 10 Sep 2024 12:00:00 +0000",
    **{"from": "government-requests-noreply@meta.com"},
    name_from="Meta Government Requests",
    subject="Your request KCSC-240905-03",
    reply_to_req="req-240905-03",
    body="""Hello,

We've reviewed the content listed in your request KCSC-240905-03 and removed
all of it for going against our Community Standards.

Meta Content Policy \u2014 Government Requests
""",
    outcome="review",
    review="bulk",
    imitates="Meta blanket confirmation for a whole government request",
    why="'removed all of it' for a five-item request without naming any item: bulk, items stay pending",
    items={u: "pending" for u in META},
)

case(
    name="twitch-bulk-both-removed",
    date="Sat, 14 Sep 2024 02:15:00 +0000",
    **{"from": "safety@twitch.tv"},
    name_from="Twitch Safety",
    subject="We've actioned on your report (KCSC-240911-07)",
    reply_to_req="req-240911-07",
    body="""Hi,

We've reviewed your report. Both pieces of content you reported have been
removed from Twitch for violating our Community Guidelines.

Thank you for helping keep Twitch safe.

Twitch Safety
""",
    outcome="review",
    review="bulk",
    imitates="Twitch 'We've actioned on your report' email",
    why="'both pieces of content' for a two-item request, neither named: bulk",
    items={TW[0]: "pending", TW[1]: "pending"},
)

case(
    name="tiktok-dmarc-fail",
    date="Sat, 07 Sep 2024 16:48:00 +0000",
    **{"from": "legal@tiktok.com"},
    name_from="TikTok Legal",
    auth="fail",
    subject="RE: KCSC-240906-04 completed",
    body=f"""Dear KCSC,

The following videos have been removed:
{TT[0]}
{TT[1]}

TikTok Legal
""",
    outcome="review",
    review="untrusted",
    imitates="TikTok legal confirmation arriving with failed DKIM/SPF/DMARC",
    why="clear statements, but the tiktok.com sender fails authentication: untrusted, nothing applied",
    items={TT[0]: "pending", TT[1]: "pending"},
)

case(
    name="reddit-outside-counsel",
    date="Fri, 13 Sep 2024 08:00:00 +0000",
    **{"from": "hseo@brightwater-llp.example"},
    name_from="Hannah Seo",
    subject="KCSC-240909-05 \u2014 Reddit, Inc.",
    body=f"""Dear Sir or Madam,

We act for Reddit, Inc. in connection with your request KCSC-240909-05.

We are instructed to confirm that the post at
{RD[0]}
has been removed from the Reddit platform.

Yours faithfully,
Hannah Seo
Brightwater LLP
""",
    outcome="review",
    review="unknown_sender",
    imitates="letter from a platform's outside counsel",
    why="statement about a Reddit item from a law firm's domain, not Reddit's: unknown_sender",
    items={RD[0]: "pending"},
)

case(
    name="x-lookalike-domain",
    date="Sun, 08 Sep 2024 19:19:19 +0000",
    **{"from": "legal@x-support-team.com"},
    name_from="X Support",
    subject="Re: KCSC-240903-01 - content removed",
    body=f"""Hello,

We confirm the following posts have been removed:
{X[0]}
{X[1]}

X Support Team
""",
    outcome="review",
    review="unknown_sender",
    imitates="confirmation from a look-alike 'X support' domain",
    why="x-support-team.com is not an X sender domain (authenticated, but for the wrong domain): unknown_sender",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="snapchat-misdirected-tiktok-link",
    date="Mon, 09 Sep 2024 21:00:00 +0000",
    **{"from": "lawenforcement@snapchat.com"},
    name_from="Snap Inc. Law Enforcement Operations",
    subject="Re: KCSC-240906-04",
    body=f"""Hello,

We received your request KCSC-240906-04.

We were unable to locate the following content on Snapchat:
{TT[2]}

Please note that Snap can only act on content hosted on Snapchat.

Snap Inc. Law Enforcement Operations
""",
    outcome="review",
    review="wrong_platform",
    imitates="Snap reply to a misdirected request ('unable to locate on Snapchat')",
    why="Snapchat states 'unable to locate' for a TikTok account: another platform's item, wrong_platform",
    items={TT[2]: "pending"},
)

case(
    name="telegram-generic-thanks",
    date="Sun, 15 Sep 2024 11:11:11 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram",
    subject="Re: your report",
    body="""Hello,

Thank you for your report. Our moderators have taken action against the
channels you reported.

Telegram Support
""",
    outcome="review",
    review="no_claims",
    imitates="Telegram abuse-desk one-line outcome",
    why="trusted Telegram mail naming no item and no request (and we have no Telegram request): no_claims",
    items={},
)

case(
    name="reddit-asks-for-legal-basis",
    date="Tue, 10 Sep 2024 17:30:00 +0000",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    subject="Re: KCSC-240909-05 - additional information needed",
    reply_to_req="req-240909-05",
    body=f"""Hello,

Thank you for your request concerning {R1_RAW}
and {RD[1]} (your reference KCSC-240909-05).

Before we can act on it, please provide:
  1. the specific provision of Korean law that each item violates; and
  2. a copy of the Commission's decision concerning these items.

We cannot process the request until we receive this information.

Reddit Legal
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Reddit legal request for the legal basis and the decision",
    why="names both items but only asks for more information: asks_more, both pending",
    items={RD[0]: "pending", RD[1]: "pending"},
)

case(
    name="yt-conflicting-summary",
    date="Thu, 12 Sep 2024 09:45:00 +0000",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    subject="Re: KCSC-240904-02 channel",
    reply_to_req="req-240904-02",
    body=f"""Hello,

We've terminated the channel {YT[3]} for violating our spam, deceptive
practices and scams policies.

Summary of actions
------------------
{YT[3]} \u2014 No action taken (content does not violate our policies)

Regards,
YouTube Legal Support
""",
    outcome="review",
    review="conflicting_statements",
    imitates="YouTube legal reply whose summary block contradicts the body (template slip)",
    why="the body says terminated, the summary says no action: conflicting statements on the same item",
    items={YT[3]: "pending"},
)

# ================================================================ IGNORED
case(
    name="x-out-of-office",
    date="Tue, 03 Sep 2024 01:00:40 +0000",
    **{"from": "jaewon.lim@x.com"},
    name_from="Jae-won Lim",
    subject="Automatic reply: KCSC-240903-01 removal request",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I'm out of the office until 16 September with limited access to email.

For legal requests, please use the legal request portal so that your request
reaches the on-duty team. Urgent matters: legal-support@x.com.

Jae-won
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook automatic reply from an X employee",
    why="out-of-office auto-reply (Auto-Submitted: auto-replied)",
    items={},
)

case(
    name="meta-dsn-bounce",
    date="Thu, 05 Sep 2024 00:00:31 +0000",
    **{"from": "MAILER-DAEMON@mail.kcsc.example"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b400-meta"

--dsn-b400-meta
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@meta.com>: host mx.meta.com[203.0.113.25] said: 550 5.1.1
    <legal-kr@meta.com>: Recipient address rejected: User unknown

--dsn-b400-meta
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
Arrival-Date: Thu,  5 Sep 2024 09:00:02 +0900 (KST)

Final-Recipient: rfc822; legal-kr@meta.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.meta.com
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-b400-meta
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@meta.com
Subject: KCSC-240905-03 request to restrict content
Message-ID: <req-240905-03@kcsc.example>
Date: Thu, 5 Sep 2024 09:00:00 +0900
Content-Type: text/plain; charset=utf-8

{META_REQUEST}

--dsn-b400-meta--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix delivery status notification with the original request attached",
    why="bounce of our own request; the URLs are only in the returned message",
    items={META[0]: "pending"},
)

case(
    name="tiktok-mdn-read-receipt",
    date="Fri, 06 Sep 2024 04:12:00 +0000",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Korea Legal",
    subject="Read: KCSC-240906-04 request to remove content",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b400-tt"

--mdn-b400-tt
Content-Type: text/plain; charset="UTF-8"

Your message

  To: legal-kr@tiktok.com
  Subject: KCSC-240906-04 request to remove content
  Sent: Friday, September 6, 2024 11:00 AM (UTC+09:00) Seoul

was read on Friday, September 6, 2024 1:12 PM (UTC+09:00) Seoul.

--mdn-b400-tt
Content-Type: message/disposition-notification

Reporting-UA: mail.tiktok.com; Microsoft Exchange Server
Final-Recipient: rfc822; legal-kr@tiktok.com
Original-Message-ID: <req-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b400-tt--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Microsoft Exchange read receipt (MDN)",
    why="read receipt only",
    items={},
)

case(
    name="reddit-ticket-receipt",
    date="Mon, 09 Sep 2024 01:05:00 +0000",
    **{"from": "noreply@reddit.com"},
    name_from="Reddit Help",
    subject="[Reddit] Re: KCSC-240909-05 \u2013 request received",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hi,

Thanks for contacting Reddit. We've received your request and a member of
our team will review it. Your ticket number is #8812345.

You don't need to reply to this email. If you have more to add, reply and
your message will be added to the ticket.

Reddit Help
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Reddit help-desk ticket receipt",
    why="pure acknowledgement with a ticket number; 'will review' is a promise, nothing stated",
    items={},
)

case(
    name="yt-submission-receipt-echo",
    date="Wed, 04 Sep 2024 01:31:00 +0000",
    **{"from": "legal-noreply@google.com"},
    name_from="Google Legal Support",
    subject="Your legal request has been received [6-1938000033371]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Hello,

Thank you for your submission. We have received your legal request and will
review it. Your reference number is 6-1938000033371.

Summary of your submission
--------------------------
Product: YouTube
Country: South Korea
Your reference: KCSC-240904-02
URLs:
{chr(10).join(YT)}

Please do not reply to this automated message.

Google Legal Support
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Google legal webform submission receipt echoing the submitted URLs",
    why="automatic receipt that only echoes our submission; no statement about any item",
    items={u: "pending" for u in YT},
)

case(
    name="discord-zendesk-receipt",
    date="Tue, 10 Sep 2024 01:02:03 +0000",
    **{"from": "support@discord.com"},
    name_from="Discord",
    subject="[Discord] Request received: KCSC-240910-06",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""##- Please type your reply above this line -##

Your request (#31877412) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

This email is a service from Discord.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Discord Zendesk ticket receipt",
    why="ticket receipt, 'being reviewed': pure acknowledgement",
    items={},
)

case(
    name="google-dsn-unknown-address",
    date="Wed, 04 Sep 2024 01:30:20 +0000",
    **{"from": "mailer-daemon@googlemail.com"},
    name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b400-google"

--dsn-b400-google
Content-Type: text/plain; charset="UTF-8"

Address not found

Your message wasn't delivered to legal-kr-old@google.com because the
address couldn't be found, or is unable to receive mail.

--dsn-b400-google
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--dsn-b400-google
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: KCSC-240904-02 request to remove content
Message-ID: <req-240904-02@kcsc.example>
Date: Wed, 4 Sep 2024 10:30:00 +0900

--dsn-b400-google--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Gmail 'Address not found' delivery status notification",
    why="bounce of our own request to an old address",
    items={},
)


HEADER = """# Blind set 400 (English notices from many platforms). Expected results
# written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(f"{len(CASES)} cases")
