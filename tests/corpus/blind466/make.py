#!/usr/bin/env python3
"""Blind set 466: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Pinterest, plus Telegram, Twitch and Snapchat
mail that touches no request of theirs).

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
Expected results were written from each email's meaning alone, before any
run of the reader.
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

SET = "blind466"

# ---------------------------------------------------------------- requests
YT_KO = "주식비밀방"
U = {
    # KCSC-240902-01, X, 14 items (the largest request)
    "x1": "https://x.com/luckyreel_kr/status/1830412200113344501",
    "x2": "https://x.com/luckyreel_kr/status/1830412200113344502",
    "x3": "https://x.com/luckyreel_kr/status/1830419987766554410",
    "x4": "https://x.com/hanbit_casino77/status/1829901234567890123",
    "x5": "https://x.com/hanbit_casino77/status/1829905555666677788",
    "x6": "https://x.com/moonpeak_odds/status/1830011122233344455",
    "x7": "https://x.com/moonpeak_odds/status/1830011199988877766",
    "x8": "https://x.com/slotnara_official",
    "x9": "https://x.com/slotnara_official/status/1830223344556677889",
    "x10": "https://x.com/bluetoto_vip/status/1830334455667788990",
    "x11": "https://x.com/bluetoto_vip/status/1830334455667788991",
    "x12": "https://x.com/greenfield_bet/status/1830445566778899001",
    "x13": "https://x.com/greenfield_bet/status/1830445566778899002",
    "x14": "https://x.com/jackpot_seoul_24/status/1830556677889900112",
    # KCSC-240904-02, Meta, 5 items
    "m1": "https://www.facebook.com/groups/pillmarket.kr/posts/8812034455667701/",
    "m2": "https://www.facebook.com/permalink.php?story_fbid=pfbid02Qx7LmNa&id=100089912345678",
    "m3": "https://www.facebook.com/reel/1187766554433221",
    "m4": "https://www.instagram.com/p/C9xTk2LmQwe/",
    "m5": "https://www.instagram.com/rx_delivery_seoul/",
    # KCSC-240905-03, YouTube, 4 items
    "y1": "https://www.youtube.com/watch?v=Qm3kT9vLx2A",
    "y2": "https://www.youtube.com/watch?v=Zp8wR1nBc4E",
    "y3": "https://www.youtube.com/shorts/Hd72kLmPq0s",
    "y4": "https://www.youtube.com/@" + quote(YT_KO),
    # KCSC-240906-04, TikTok, 3 items
    "t1": "https://www.tiktok.com/@nightbet.kr/video/7409876543210987654",
    "t2": "https://www.tiktok.com/@nightbet.kr/video/7409876543210987655",
    "t3": "https://www.tiktok.com/@cashloan_fast01",
    # KCSC-240909-05, Reddit, 2 items
    "r1": "https://www.reddit.com/r/KoreaDeals/comments/1f3abcd/cheap_prescription_pills_no_rx/",
    "r2": "https://www.reddit.com/user/seoul_rx_plug/",
    # KCSC-240910-06, Discord, 2 items
    "d1": "https://discord.gg/hanrivertoto",
    "d2": "https://discord.com/channels/1123456789012345678/1123456789098765432/1281234567890123456",
    # KCSC-240911-07, Pinterest, 1 item
    "p1": "https://www.pinterest.com/pin/879453216547893210/",
}
Y4_RAW = "https://www.youtube.com/@" + YT_KO

REQUESTS = [
    # ref, platform, sent_at, due_at, keys, category, message_id, note
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     [f"x{i}" for i in range(1, 15)], "gambling", "req-240902-01@kcsc.example",
     'illegal sports betting promotion, 6 accounts; "VIP" codes in replies'),
    ("KCSC-240904-02", "meta", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00",
     ["m1", "m2", "m3", "m4", "m5"], "drugs", "req-240904-02@kcsc.example",
     "prescription drug sales, Facebook and Instagram"),
    ("KCSC-240905-03", "youtube", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00",
     ["y1", "y2", "y3", "y4"], "fraud", "req-240905-03@kcsc.example",
     "stock 'leading room' fraud, channel and videos"),
    ("KCSC-240906-04", "tiktok", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     ["t1", "t2", "t3"], "gambling", "req-240906-04@kcsc.example",
     "betting ads, illegal lending account"),
    ("KCSC-240909-05", "reddit", "2024-09-09T11:00:00+09:00", "2024-09-16T18:00:00+09:00",
     ["r1", "r2"], "drugs", "req-240909-05@kcsc.example",
     "post and seller account, r/KoreaDeals"),
    ("KCSC-240910-06", "discord", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     ["d1", "d2"], "gambling", "req-240910-06@kcsc.example",
     "server invite and one message"),
    ("KCSC-240911-07", "pinterest", "2024-09-11T15:00:00+09:00", "2024-09-18T18:00:00+09:00",
     ["p1"], "obscenity", "req-240911-07@kcsc.example",
     "one pin"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, keys, cat, mid, note in REQUESTS:
            for k in keys:
                w.writerow([ref, plat, sent, due, U[k], cat, mid, note])


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def alt(plain, html, boundary, html_qp=True):
    """multipart/alternative with a plain part and an HTML part (QP)."""
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{qp(plain.strip())}\n"
        f"--{boundary}\n"
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{qp(html.strip())}\n"
        f"--{boundary}--\n"
    )


def items(**kw):
    return {U[k]: v for k, v in kw.items()}


def all_pending(*keys):
    return {U[k]: "pending" for k in keys}


GMAIL_QUOTE_X = "\n".join(
    ["On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:",
     "> Dear X Legal team,",
     ">",
     "> Under Article 44-7 of the Information and Communications Network Act we",
     "> ask you to remove or block the following content (ref. KCSC-240902-01):",
     ">"]
    + [f"> {i}. {U['x%d' % i]}" for i in range(1, 15)]
    + [">", "> Kind regards,", "> KCSC Takedown desk"]
)

# ---------------------------------------------------------------- cases
C = []

# ===== X =====================================================================
C.append(dict(
    name="x-withheld-kr-bulleted", from_="legal-noreply@x.com", name_from="X Legal",
    date="Wed, 04 Sep 2024 07:41:12 +0000", reply_to_req="req-240902-01",
    subject="Re: [KCSC-240902-01] Request to remove illegal gambling content",
    body=f"""
Hello,

X has reviewed the request you submitted (reference KCSC-240902-01).

In response to your request, and pursuant to local law, we have withheld
the following posts in the Republic of Korea:

  * {U['x1']}
  * {U['x2']}
  * {U['x3']}
  * {U['x4']}
  * {U['x5']}

The posts remain available outside the Republic of Korea. We have notified
the affected account holders. More on how country-withheld content works:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

The remaining URLs in your request are still being assessed and we will
write separately about them.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal 'country withheld content' notice to a government requester",
    why="five posts named one per bullet, each withheld in Korea; the rest promised later",
    items=items(x1="restricted", x2="restricted", x3="restricted", x4="restricted", x5="restricted"),
))

C.append(dict(
    name="x-mixed-text-table", from_="legal-requests@x.com", name_from="X Legal Requests",
    date="Thu, 05 Sep 2024 02:15:40 +0000", reply_to_req="req-240902-01",
    subject="RE: KCSC-240902-01 - outcome",
    body=f"""
Hi KCSC team,

Please find below the outcome for the remaining items of your request.

URL                                                        | Action taken
-----------------------------------------------------------+---------------------------------------
{U['x6']} | Removed - violated the X Rules (illegal or regulated goods)
{U['x7']} | Withheld in KR
{U['x8']}                          | Account permanently suspended; profile and posts unavailable
{U['x9']} | No action - no violation of the X Rules or local law found
{U['x10']} | Not found - the post does not exist

If you have new information about the item where no action was taken, you
may submit a new request through our legal request portal.

Best,
Dana
X Legal Requests
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team's per-URL outcome table sent back to a regulator",
    why="five rows, each URL with its action: removed, withheld, suspended (gone), no action, not found",
    items=items(x6="removed", x7="restricted", x8="removed", x9="rejected", x10="not_found"),
))

C.append(dict(
    name="x-top-posted-gmail-quote", from_="m.okafor@x.com", name_from="Mara Okafor",
    date="Thu, 05 Sep 2024 09:03:55 +0000", reply_to_req="req-240902-01",
    subject="Re: [KCSC-240902-01] Request to remove illegal gambling content",
    body=f"""
Hi,

Following our review, the posts at {U['x11']} and
{U['x12']} have been withheld in South Korea.

{U['x13']} was removed for violating our policy on
illegal or certain regulated goods or services.

Thanks,
Mara
X Global Government Affairs

{GMAIL_QUOTE_X}
""",
    outcome="applied", classification="confirmation",
    imitates="X staff reply top-posted over a Gmail-quoted request",
    why="three posts named with unhedged statements; the quoted list below is our own request",
    items=items(x11="restricted", x12="restricted", x13="removed"),
))

C.append(dict(
    name="x-url-below-heading", from_="legal-noreply@x.com", name_from="X Legal",
    date="Fri, 06 Sep 2024 04:22:09 +0000", reply_to_req="req-240902-01",
    subject="Case update: KCSC-240902-01",
    body=f"""
Dear Requester,

We have completed our review of two items from your request KCSC-240902-01.

Content withheld in the Republic of Korea:
{U['x14']}

Content not actioned (we did not find it to be unlawful in the
Republic of Korea, and it does not violate the X Rules):
{U['x4']}

This concludes our review of these items.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal case update with outcome headings and the URL on the line below",
    why="one URL under 'withheld in Korea', one under 'not actioned' with the reason",
    items=items(x14="restricted", x4="rejected"),
))

X_SOR_PLAIN = f"""
Statement of reasons

Reference: KCSC-240902-01
Decision date: 6 September 2024

Content: {U['x2']}
Decision: Country withheld - Republic of Korea
Ground: illegal content under local law (gambling advertising)

Content: {U['x8']}
Decision: Account suspended; the account and its posts are no longer visible
Ground: violation of the X Rules (illegal or regulated goods and services)

Automated means were used to detect the content: No.
You may contest these decisions through the appeal form in our Help Center.
"""
X_SOR_HTML = f"""
<html><body style="font-family:Arial,sans-serif">
<h2>Statement of reasons</h2>
<p>Reference: KCSC-240902-01<br>Decision date: 6 September 2024</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Content</th><th>Decision</th><th>Ground</th></tr>
<tr><td><a href="{U['x2']}">{U['x2']}</a></td><td>Country withheld &ndash; Republic of Korea</td><td>Illegal content under local law (gambling advertising)</td></tr>
<tr><td><a href="{U['x8']}">{U['x8']}</a></td><td>Account suspended; the account and its posts are no longer visible</td><td>Violation of the X Rules (illegal or regulated goods and services)</td></tr>
</table>
<p>Automated means were used to detect the content: No.<br>
You may contest these decisions through the <a href="https://help.x.com/en/forms/account-access/appeals">appeal form</a> in our Help Center.</p>
</body></html>
"""
C.append(dict(
    name="x-statement-of-reasons-html-qp", from_="noreply@x.com", name_from="X",
    date="Fri, 06 Sep 2024 11:30:00 +0000", reply_to_req="req-240902-01",
    subject="Statement of reasons for your report KCSC-240902-01",
    raw_mime=alt(X_SOR_PLAIN, X_SOR_HTML, "=_x_sor_7f3a"),
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons as X sends it, HTML table in quoted-printable",
    why="two rows: a post withheld in Korea, an account suspended and no longer visible",
    items=items(x2="restricted", x8="removed"),
))

C.append(dict(
    name="x-flowed-and-paragraph", from_="j.lindqvist@x.com", name_from="Johan Lindqvist",
    date="Sat, 07 Sep 2024 01:10:44 +0000", reply_to_req="req-240902-01",
    subject="Re: [KCSC-240902-01] Request to remove illegal gambling content",
    type="plain; format=flowed",
    body=f"""
Hello KCSC team,

Thank you for your patience. We removed the following two posts for 
violating the X Rules on illegal and regulated goods and services:

{U['x5']}
{U['x6']}

Both posts are now deleted globally and the account owner has been 
informed.

Kind regards,
Johan
X Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="X Trust & Safety reply in format=flowed with the URLs after a colon",
    why="'we removed the following two posts' then two URLs, then 'deleted globally'",
    items=items(x5="removed", x6="removed"),
))

C.append(dict(
    name="x-bilingual-fullwidth", from_="kr-legal@x.com", name_from="X Korea Legal",
    date="Mon, 09 Sep 2024 03:45:00 +0000", reply_to_req="req-240902-01",
    subject="Re: [KCSC-240902-01] 게시물 삭제 요청 / removal request",
    body=f"""
Dear KCSC,

The posts {U['x10']} and {U['x11']}
have been removed from X for violating our rules.

요청하신 게시물 {U['x10']}와
{U['x11']}은 X 규정 위반으로 삭제되었습니다。

Best regards,
X Korea Legal
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual English/Korean reply from a platform's Korea legal desk",
    why="both posts stated removed in English and in Korean (URLs followed by 와/은 and a full-width stop)",
    items=items(x10="removed", x11="removed"),
))

C.append(dict(
    name="x-ack-plus-outcome", from_="legal-noreply@x.com", name_from="X Legal",
    date="Tue, 10 Sep 2024 06:00:31 +0000", reply_to_req="req-240902-01",
    subject="[Case #0458812209] Your request has been received",
    body=f"""
Thank you for contacting X. We received your report and created
case #0458812209 for it.

Our team has already reviewed part of it:

- {U['x12']} : withheld in the Republic of Korea
- {U['x13']} : removed (violation of the X Rules)

Please reference the case number above in any further correspondence.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X case-created receipt that also carries outcomes for some items",
    why="receipt wording, but two named posts carry unhedged outcomes, so it is not a pure acknowledgement",
    items=items(x12="restricted", x13="removed"),
))

C.append(dict(
    name="x-promise-will-withhold", from_="legal-requests@x.com", name_from="X Legal Requests",
    date="Wed, 04 Sep 2024 10:12:00 +0000", reply_to_req="req-240902-01",
    subject="Re: [KCSC-240902-01] Request to remove illegal gambling content",
    body=f"""
Hello,

We have looked at your request. Subject to the completion of our legal
review, we expect to withhold {U['x1']} and
{U['x3']} in the Republic of Korea later this week.

We will confirm once the action has been taken.

Regards,
X Legal Requests
""",
    outcome="review", review="not_understood",
    imitates="X legal holding reply announcing an intended action",
    why="only an expectation conditioned on a legal review; nothing has been done yet",
    items=all_pending("x1", "x3"),
))

C.append(dict(
    name="x-bulk-all-withheld", from_="legal-noreply@x.com", name_from="X Legal",
    date="Mon, 09 Sep 2024 08:20:00 +0000", reply_to_req="req-240902-01",
    subject="Re: [KCSC-240902-01] Request to remove illegal gambling content",
    body="""
Hello,

We have completed our review of request KCSC-240902-01. All of the
reported content has been withheld in the Republic of Korea.

Regards,
X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal one-line closing notice covering a whole request",
    why="one statement about all fourteen items without naming any",
    items=all_pending(*[f"x{i}" for i in range(1, 15)]),
))

C.append(dict(
    name="x-asks-court-order", from_="legal-requests@x.com", name_from="X Legal Requests",
    date="Tue, 03 Sep 2024 05:33:00 +0000", reply_to_req="req-240902-01",
    subject="Re: [KCSC-240902-01] Additional information needed",
    body=f"""
Hello,

Before we can act on the items below we need more information:

{U['x3']}
{U['x4']}

Please send us a copy of the decision ordering the takedown, and tell us
which provision of Korean law you consider each post to breach. Once we
receive these documents we will continue our review.

Thank you,
X Legal Requests
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="X legal request for a court order / legal basis before acting",
    why="asks for documents about two named posts; no outcome",
    items=all_pending("x3", "x4"),
))

C.append(dict(
    name="x-ooo-quoting-request", from_="a.brenner@x.com", name_from="Anke Brenner",
    date="Mon, 02 Sep 2024 01:00:12 +0000", reply_to_req="req-240902-01",
    subject="Automatic reply: [KCSC-240902-01] Request to remove illegal gambling content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""
I am away from the office until 9 September with limited access to email.
For urgent legal requests please use the legal request portal.

{GMAIL_QUOTE_X}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply that quotes the request below it",
    why="out-of-office auto-reply; the URLs are only in our quoted request",
    items={},
))

# ===== Meta ==================================================================
C.append(dict(
    name="meta-local-law-url-below", from_="noreply@support.facebook.com", name_from="Meta Government Requests",
    date="Fri, 06 Sep 2024 13:05:00 +0000", reply_to_req="req-240904-02",
    subject="Your request KCSC-240904-02 has been processed",
    body=f"""
Hello,

Thank you for your request regarding content on Facebook and Instagram.

Following a legal review, we have restricted access in South Korea to the
following content, because it was reported as violating local law:
{U['m1']}
{U['m2']}

We removed this reel because it goes against our Community Standards on
restricted goods and services:
{U['m3']}

We reviewed this post and found that it does not go against our Community
Standards, and we did not find sufficient basis under local law to restrict
it, so we have not taken action:
{U['m4']}

We could not find the following content; please check that the link is
correct:
{U['m5']}

You can learn more about how we handle government requests at
https://transparency.meta.com/reports/content-restrictions/

Meta Government Requests Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta response to a government content restriction request (local-law restriction, Community Standards removal)",
    why="each statement ends in a colon and its URL stands on the line below; restricted x2, removed, not actioned, not found",
    items=items(m1="restricted", m2="restricted", m3="removed", m4="rejected", m5="not_found"),
))

META_HTML = f"""
<html><body>
<p>Hi,</p>
<p>We reviewed the content you reported to Instagram and Facebook under reference KCSC-240904-02.
Here is what happened:</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>Reported content</th><th>Outcome</th></tr>
<tr><td><a href="{U['m2'].replace('&', '&amp;')}">{U['m2'].replace('&', '&amp;')}</a></td><td>Restricted in South Korea</td></tr>
<tr><td><a href="{U['m4']}">{U['m4']}</a></td><td>Removed</td></tr>
<tr><td><a href="{U['m5']}">{U['m5']}</a></td><td>Account disabled</td></tr>
</table>
<p>Learn more about <a href="https://help.instagram.com/477434105621119">our Community Guidelines</a>.</p>
<p>Instagram Support</p>
</body></html>
"""
C.append(dict(
    name="meta-html-table-amp", from_="no-reply@mail.instagram.com", name_from="Instagram",
    date="Sat, 07 Sep 2024 08:14:00 +0000", reply_to_req="req-240904-02",
    subject="Update on your report KCSC-240904-02",
    type="html", body=META_HTML,
    outcome="applied", classification="confirmation",
    imitates="Instagram report-outcome email with an HTML table (the Facebook URL's & written &amp;)",
    why="three rows: restricted in Korea, removed, account disabled",
    items=items(m2="restricted", m4="removed", m5="removed"),
))

META_CSV = (
    "content_url,action,scope,policy\r\n"
    f"{U['m1']},Restricted,KR,Local law\r\n"
    f"\"{U['m2']}\",Restricted,KR,Local law\r\n"
    f"{U['m3']},Removed,Global,Community Standards - Restricted goods\r\n"
    f"{U['m4']},No action,,No violation found\r\n"
    f"{U['m5']},Not found,,Content could not be located\r\n"
)
C.append(dict(
    name="meta-csv-attachment", from_="govt-requests@meta.com", name_from="Meta Government Requests",
    date="Mon, 09 Sep 2024 02:30:00 +0000", reply_to_req="req-240904-02",
    subject="Re: [KCSC-240904-02] Outcome of your request",
    raw_mime=(
        'Content-Type: multipart/mixed; boundary="mixed_meta_91c2"\n\n'
        "--mixed_meta_91c2\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        "Hello,\n\nThe outcome for each item of request KCSC-240904-02 is in the attached file.\n\n"
        "Regards,\nMeta Government Requests\n\n"
        "--mixed_meta_91c2\n"
        'Content-Type: text/csv; charset=utf-8; name="KCSC-240904-02_outcome.csv"\n'
        'Content-Disposition: attachment; filename="KCSC-240904-02_outcome.csv"\n'
        "Content-Transfer-Encoding: base64\n\n"
        + b64(META_CSV) +
        "--mixed_meta_91c2--\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="Meta government-request outcome sent as a CSV attachment",
    why="CSV rows per URL: restricted KR x2, removed, no action, not found",
    items=items(m1="restricted", m2="restricted", m3="removed", m4="rejected", m5="not_found"),
))

C.append(dict(
    name="meta-echoed-report", from_="notification@facebookmail.com", name_from="Facebook",
    date="Sat, 07 Sep 2024 17:48:00 +0000",
    subject="We've reviewed your report",
    body=f"""
Your report
-----------
Reported by: KCSC Takedown (takedown@kcsc.example)
Report reference: KCSC-240904-02
Reported content: {U['m3']}
Reason given: sale of prescription drugs

Our decision
------------
We removed this reel because it goes against our Community Standards on
restricted goods and services. Thanks for your report: it helps keep
Facebook safe.

See your Support Inbox: https://www.facebook.com/support/
""",
    outcome="applied", classification="confirmation",
    imitates="Facebook 'we've reviewed your report' notice that echoes the report",
    why="the echoed report names one reel, and the decision says it was removed",
    items=items(m3="removed"),
))

C.append(dict(
    name="meta-hedge-under-review", from_="govt-requests@meta.com", name_from="Meta Government Requests",
    date="Fri, 06 Sep 2024 06:00:00 +0000", reply_to_req="req-240904-02",
    subject="Re: [KCSC-240904-02] Status",
    body=f"""
Hi,

A quick status note on your request. The group post
{U['m1']} appears to have been taken down already,
possibly by the group admin; we are confirming this. The Instagram post
{U['m4']} is still under review with our legal team.

We will send a final response once both reviews are complete.

Meta Government Requests
""",
    outcome="review", review="not_understood",
    imitates="Meta interim status note to a requester",
    why="'appears to have been taken down', 'we are confirming', 'under review': no statement",
    items=all_pending("m1", "m4"),
))

C.append(dict(
    name="meta-lookalike-domain", from_="trust-safety@meta-support-center.com", name_from="Meta Trust & Safety",
    date="Sat, 07 Sep 2024 12:00:00 +0000",
    subject="Re: KCSC-240904-02 content removed",
    body=f"""
Dear Sir/Madam,

We are pleased to confirm that the content you reported has been removed:
{U['m1']}
{U['m3']}

To view the full case file, please sign in to our partner portal.

Meta Trust & Safety
""",
    outcome="review", review="unknown_sender",
    imitates="phishing-style look-alike of a Meta trust-and-safety notice",
    why="the sender's domain belongs to no configured platform",
    items=all_pending("m1", "m3"),
))

C.append(dict(
    name="meta-portal-notice-no-claims", from_="records@meta.com", name_from="Meta Law Enforcement Outreach",
    date="Tue, 10 Sep 2024 09:00:00 +0000",
    subject="Changes to how we receive government requests",
    body="""
Dear partner,

From 1 October 2024, government and regulatory requests concerning
Facebook, Instagram and Threads should be submitted through our online
request system at https://www.facebook.com/records. Requests sent by email
will still be accepted during a transition period.

Thank you for your cooperation.

Meta Law Enforcement Outreach
""",
    outcome="review", review="no_claims",
    imitates="Meta circular to government requesters about its request portal",
    why="trusted Meta mail naming no item and no request",
    items={},
))

C.append(dict(
    name="meta-dsn-bounce", from_="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System",
    auth="none", date="Wed, 04 Sep 2024 02:00:05 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=(
        'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_8812"\n\n'
        "--dsn_8812\n"
        "Content-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mx.kcsc.example.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n"
        "<govt-request@fb-legal.example>: host mx.fb-legal.example[203.0.113.25] said:\n"
        "    550 5.1.1 <govt-request@fb-legal.example>: Recipient address rejected:\n"
        "    User unknown in virtual mailbox table\n\n"
        "--dsn_8812\n"
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.kcsc.example\n"
        "Arrival-Date: Wed,  4 Sep 2024 11:00:02 +0900 (KST)\n\n"
        "Final-Recipient: rfc822; govt-request@fb-legal.example\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n\n"
        "--dsn_8812\n"
        "Content-Type: message/rfc822\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        "To: govt-request@fb-legal.example\n"
        "Subject: [KCSC-240904-02] Request to remove content\n"
        "Message-ID: <req-240904-02@kcsc.example>\n"
        "Date: Wed, 04 Sep 2024 11:00:00 +0900\n\n"
        "Please remove or restrict the following content:\n"
        f"{U['m1']}\n{U['m2']}\n{U['m3']}\n{U['m4']}\n{U['m5']}\n\n"
        "--dsn_8812--\n"
    ),
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our own request",
    why="a bounce; the URLs are only in our returned request",
    items={},
))

# ===== YouTube ===============================================================
C.append(dict(
    name="yt-legal-blocked-kr", from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 07:12:00 +0000", reply_to_req="req-240905-03",
    subject="Re: [KCSC-240905-03] YouTube legal complaint",
    body=f"""
Hello,

Thanks for reaching out to us.

In response to your legal complaint, we have blocked the following videos
from view on YouTube in South Korea:

{U['y1']}
{U['y2']}

In addition, the following Short was removed from YouTube for violating
our Community Guidelines:

{U['y3']}

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-complaint outcome ('blocked from view in [country]')",
    why="two videos blocked in Korea, one Short removed; each URL under its statement",
    items=items(y1="restricted", y2="restricted", y3="removed"),
))

C.append(dict(
    name="yt-age-restricted-and-channel-no-action", from_="legal-support@youtube.com", name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 01:40:00 +0000", reply_to_req="req-240905-03",
    subject="Re: [KCSC-240905-03] YouTube legal complaint",
    body=f"""
Hi there,

We have age-restricted the video {U['y2']}, so it can no
longer be watched by signed-out viewers or viewers under 18.

We reviewed the channel {Y4_RAW} and decided not to
take action. We did not find that it violates our Community Guidelines, and
the complaint did not establish that the channel's content is unlawful.

Best regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply: age restriction and a declined complaint with its reason",
    why="video age-restricted; the channel (raw Korean handle) declined with a reason",
    items=items(y2="restricted", y4="rejected"),
))

YT_B64 = f"""Hello,

Here is the outcome of your complaint KCSC-240905-03.

- {U['y3']}
  This Short has been removed for violating our scams policy.

- {U['y1']}
  This video is no longer on YouTube: it was deleted by the uploader before
  our review.

Thank you,
YouTube Trust & Safety
"""
C.append(dict(
    name="yt-base64-body", from_="no-reply@youtube.com", name_from="YouTube",
    date="Tue, 10 Sep 2024 11:11:11 +0000", reply_to_req="req-240905-03",
    subject="Outcome of your complaint KCSC-240905-03",
    raw_mime=(
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n\n" + b64(YT_B64)
    ),
    outcome="applied", classification="confirmation",
    imitates="YouTube notification mail whose text body is base64-encoded",
    why="Short removed; the video deleted by its uploader, so not found",
    items=items(y3="removed", y1="not_found"),
))

C.append(dict(
    name="yt-numbered-all-four", from_="legal-kr@google.com", name_from="Google Legal KR",
    date="Wed, 11 Sep 2024 05:00:00 +0000", reply_to_req="req-240905-03",
    subject="Re: [KCSC-240905-03] YouTube legal complaint - final",
    body=f"""
Dear KCSC,

Our final response on each URL of request KCSC-240905-03:

1. {U['y1']} - removed for violating our Community Guidelines
2. {U['y2']} - blocked from view in South Korea
3. {U['y3']} - we could not find this Short; the ID does not exist
4. {Y4_RAW} - not actioned; the channel does not violate our
   policies or Korean law as far as we could determine from the complaint

Kind regards,
Google Legal (Korea)
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal final response listing each URL with its outcome",
    why="numbered list: removed, blocked in Korea, not found, not actioned with a reason",
    items=items(y1="removed", y2="restricted", y3="not_found", y4="rejected"),
))

C.append(dict(
    name="yt-conflicting-template", from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 09:30:00 +0000", reply_to_req="req-240905-03",
    subject="Re: [KCSC-240905-03] YouTube legal complaint",
    body=f"""
Hello,

Content: {U['y2']}
Decision: Content removed

Explanation: After careful review, we have decided not to take action on
this video. It does not violate our Community Guidelines and remains
available on YouTube.

Regards,
YouTube Legal Support
""",
    outcome="review", review="conflicting_statements",
    imitates="YouTube legal outcome template whose decision field contradicts its explanation",
    why="'Decision: Content removed' and 'not to take action ... remains available' about the same video",
    items=all_pending("y2"),
))

C.append(dict(
    name="yt-spoofed-auth-fail", from_="legal-support@google.com", name_from="YouTube Legal Support",
    auth="fail", date="Mon, 09 Sep 2024 12:00:00 +0000",
    subject="Re: [KCSC-240905-03] YouTube legal complaint",
    body=f"""
Hello,

We have removed the video {U['y1']} from YouTube.

YouTube Legal Support
""",
    outcome="review", review="untrusted",
    imitates="YouTube legal outcome, but failing DKIM/SPF/DMARC",
    why="Google domain with failing authentication",
    items=all_pending("y1"),
))

C.append(dict(
    name="yt-read-receipt", from_="s.park@google.com", name_from="Seo-yeon Park",
    date="Thu, 05 Sep 2024 01:02:00 +0000", reply_to_req="req-240905-03",
    subject="Read: [KCSC-240905-03] Request to remove content",
    raw_mime=(
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_55a1"\n\n'
        "--mdn_55a1\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        "Your message\n\n"
        "  To: legal-kr@google.com\n"
        "  Subject: [KCSC-240905-03] Request to remove content\n"
        "  Sent: Thursday, 5 September 2024 09:30\n\n"
        "was read on Thursday, 5 September 2024 10:01.\n\n"
        "--mdn_55a1\n"
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: mail.google.com; Microsoft Outlook 16.0\n"
        "Final-Recipient: rfc822;legal-kr@google.com\n"
        "Original-Message-ID: <req-240905-03@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n\n"
        "--mdn_55a1--\n"
    ),
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (message/disposition-notification)",
    why="a read receipt says nothing about items",
    items={},
))

# ===== TikTok ================================================================
C.append(dict(
    name="tiktok-decision-notice", from_="no-reply@tiktok.com", name_from="TikTok",
    date="Mon, 09 Sep 2024 04:00:00 +0000", reply_to_req="req-240906-04",
    subject="TikTok: decision on your illegal content report KCSC-240906-04",
    body=f"""
Hi,

Thanks for your report. We've reviewed the content against our Community
Guidelines and the law you cited.

Video: {U['t1']}
Decision: We've restricted access to this video in South Korea because it
violates local law. It remains available elsewhere.

Video: {U['t2']}
Decision: We've removed this video because it violates our Community
Guidelines on gambling.

If you disagree with a decision, you can appeal it in the app or by
replying to this email within 6 months.

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA-style decision notice to a reporter of illegal content",
    why="one video restricted in Korea, one removed, each block naming its video",
    items=items(t1="restricted", t2="removed"),
))

C.append(dict(
    name="tiktok-bare-url-result-below", from_="legal@tiktok.com", name_from="TikTok Legal",
    date="Tue, 10 Sep 2024 02:20:00 +0000", reply_to_req="req-240906-04",
    subject="RE: [KCSC-240906-04] Request for removal",
    body=f"""
Dear KCSC,

{U['t3']}
Result: Account banned

{U['t1']}
Result: No violation found - the video does not breach our Community
Guidelines or local law, and will stay up

Regards,
TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal reply with a bare URL and its result on the line below",
    why="account banned (gone); video not violating, stays up",
    items=items(t3="removed", t1="rejected"),
))

TT_PLAIN = f"""
Outcome of report KCSC-240906-04

{U['t1']}  Restricted in South Korea
{U['t2']}  Removed
{U['t3']}  Removed (account banned)

TikTok Trust and Safety
"""
TT_HTML = f"""
<html><body>
<p><b>Outcome of report KCSC-240906-04</b></p>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>Reported item</th><th>Action</th></tr></thead>
<tbody>
<tr><td>{U['t1']}</td><td>Restricted in South Korea</td></tr>
<tr><td>{U['t2']}</td><td>Removed</td></tr>
<tr><td>{U['t3']}</td><td>Removed (account banned)</td></tr>
</tbody></table>
<p>TikTok Trust and Safety &middot; <a href="https://www.tiktok.com/legal/page/global/reporting-illegal-content/en">Reporting illegal content</a></p>
</body></html>
"""
C.append(dict(
    name="tiktok-html-table-qp", from_="no-reply@tiktok.com", name_from="TikTok",
    date="Wed, 11 Sep 2024 06:45:00 +0000", reply_to_req="req-240906-04",
    subject="Outcome of report KCSC-240906-04",
    raw_mime=alt(TT_PLAIN, TT_HTML, "tt_alt_0c4d"),
    outcome="applied", classification="confirmation",
    imitates="TikTok outcome email with an HTML table, quoted-printable",
    why="all three URLs named with their action: restricted, removed, removed",
    items=items(t1="restricted", t2="removed", t3="removed"),
))

C.append(dict(
    name="tiktok-bulk-removed", from_="legal@tiktok.com", name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 03:00:00 +0000", reply_to_req="req-240906-04",
    subject="RE: [KCSC-240906-04] Request for removal",
    body="""
Dear KCSC,

We have reviewed the three items you reported under KCSC-240906-04 and
removed them for violating our Community Guidelines.

Regards,
TikTok Legal
""",
    outcome="review", review="bulk",
    imitates="TikTok legal short closing reply covering all items",
    why="'removed them' about three items without naming each",
    items=all_pending("t1", "t2", "t3"),
))

C.append(dict(
    name="tiktok-ack-receipt", from_="no-reply@tiktok.com", name_from="TikTok",
    date="Fri, 06 Sep 2024 05:01:00 +0000", reply_to_req="req-240906-04",
    subject="We received your report (KCSC-240906-04)",
    body="""
Hi,

Thank you for your report. We've received it and our team will review it
as soon as possible. You'll be notified when a decision has been made.

Report ID: 7410022334455
Submitted: 6 September 2024

TikTok Trust and Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok report-received confirmation",
    why="pure receipt with a report ID; no item named",
    items={},
))

# ===== Reddit ================================================================
C.append(dict(
    name="reddit-removed-and-declined", from_="legal@reddit.com", name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 18:00:00 +0000", reply_to_req="req-240909-05",
    subject="Re: [KCSC-240909-05] Removal request",
    body=f"""
Hello,

Thank you for your request. We have removed the post at
{U['r1']}
for violating Reddit's Content Policy, which prohibits the sale of
prescription drugs.

As for the user profile {U['r2']}, we reviewed its
public activity and did not find any content that violates our Content
Policy or Korean law, so we are not taking action against the account.

Best,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply to a government removal request",
    why="post removed (URL wrapped onto its own line mid-sentence); profile declined with a reason",
    items=items(r1="removed", r2="rejected"),
))

C.append(dict(
    name="reddit-outlook-quote-angle", from_="k.reyes@reddit.com", name_from="Kim Reyes",
    date="Thu, 12 Sep 2024 01:30:00 +0000", reply_to_req="req-240909-05",
    subject="RE: [KCSC-240909-05] Removal request",
    body=f"""
Hi,

The post at <{U['r1']}> was already deleted by its
author before we reviewed it, so there was nothing left for us to act on.

Kim
Reddit Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 11:00 AM
To: legal@reddit.com
Subject: [KCSC-240909-05] Removal request

Dear Reddit,

Please remove the following content, which offers prescription drugs for
sale without a prescription:

{U['r1']}
{U['r2']}

KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit safety staff reply over an Outlook-quoted request, URL in angle brackets",
    why="the post was deleted by its author: not found; the profile only appears in our quoted request",
    items=items(r1="not_found"),
))

C.append(dict(
    name="snapchat-about-reddit-link", from_="law-enforcement@snapchat.com", name_from="Snap Inc. Law Enforcement Operations",
    date="Wed, 11 Sep 2024 20:00:00 +0000",
    subject="Re: Removal request KCSC-240909-05",
    body=f"""
Hello,

We received your request dated 9 September. The link you sent,
{U['r1']}, could not be found on Snapchat: it is not
Snapchat content and we hold no record of it.

Snap Inc. Law Enforcement Operations
""",
    outcome="review", review="wrong_platform",
    imitates="Snap law-enforcement operations reply to a request sent to the wrong company",
    why="Snapchat states 'not found' for a Reddit item",
    items=all_pending("r1"),
))

# ===== Discord ===============================================================
C.append(dict(
    name="discord-server-and-message-removed", from_="noreply@discord.com", name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 10:00:00 +0000", reply_to_req="req-240910-06",
    subject="Re: [KCSC-240910-06] Report outcome",
    body=f"""
Hi there,

Thanks for reaching out to Discord Trust & Safety.

We investigated your report and took action:

- The server reached through {U['d1']} has been removed
  from Discord for violating our Community Guidelines on gambling.
- The message {U['d2']}
  has been deleted.

Discord Trust & Safety
https://discord.com/safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety report outcome email",
    why="server behind the invite removed; message deleted",
    items=items(d1="removed", d2="removed"),
))

C.append(dict(
    name="discord-invite-invalid-message-removed", from_="support@discordapp.com", name_from="Discord",
    date="Fri, 13 Sep 2024 02:00:00 +0000", reply_to_req="req-240910-06",
    subject="[Request #38211457] KCSC-240910-06",
    body=f"""
Hello,

The invite link {U['d1']} is invalid or has expired, and we
could not find a server attached to it.

We removed the reported message:
{U['d2']}

Best,
Discord Safety Team
""",
    outcome="applied", classification="confirmation",
    imitates="Discord support ticket reply (Zendesk-style subject)",
    why="invite invalid: not found; message removed",
    items=items(d1="not_found", d2="removed"),
))

C.append(dict(
    name="discord-conditional-deletion", from_="noreply@discord.com", name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 04:00:00 +0000", reply_to_req="req-240910-06",
    subject="Re: [KCSC-240910-06] Report outcome",
    body=f"""
Hi,

We have contacted the moderators of the server where this message was posted:
{U['d2']}

If they do not remove it within 48 hours, we will delete it ourselves.

Discord Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Discord holding reply giving server moderators time to act",
    why="a condition and a promise; the message is still up",
    items=all_pending("d2"),
))

C.append(dict(
    name="discord-ticket-received", from_="support@discord.com", name_from="Discord",
    date="Tue, 10 Sep 2024 01:05:00 +0000", reply_to_req="req-240910-06",
    subject="[Request #38211457] KCSC-240910-06",
    body="""
Hello,

Your request (#38211457) has been received and is being reviewed by our
support staff. To add additional comments, reply to this email.

Discord Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord (Zendesk) ticket-created receipt",
    why="pure receipt; no item named",
    items={},
))

# ===== Pinterest =============================================================
C.append(dict(
    name="pinterest-sole-removed", from_="no-reply@pinterest.com", name_from="Pinterest",
    date="Fri, 13 Sep 2024 07:00:00 +0000", reply_to_req="req-240911-07",
    subject="Re: [KCSC-240911-07] Request to remove content",
    body="""
Hi there,

Thanks for letting us know. We've removed the Pin you reported because it
goes against our Community Guidelines on adult content.

You can read our guidelines at https://policy.pinterest.com/community-guidelines

The Pinterest Trust & Safety team
""",
    outcome="applied", classification="confirmation",
    imitates="Pinterest 'we've removed the Pin you reported' notice",
    why="the only statement, naming no URL, answers a request of one item",
    items=items(p1="removed"),
))

C.append(dict(
    name="pinterest-limited-kr", from_="legal@pinterest.com", name_from="Pinterest Legal",
    date="Mon, 16 Sep 2024 06:30:00 +0000", reply_to_req="req-240911-07",
    subject="Pin ID 879453216547893210 - local law decision",
    body=f"""
Hello,

Pin: {U['p1']}
Status: Restricted in South Korea
Reason: Content reported as unlawful under local law

The Pin stays available outside South Korea. Enforcement ID:
5c1e2a90-71d4-4b8e-9a33-0f6c2b7d8e11

Pinterest, Inc.
""",
    outcome="applied", classification="confirmation",
    imitates="Pinterest enforcement notice (Pin ID, status, enforcement ID)",
    why="the Pin restricted in South Korea",
    items=items(p1="restricted"),
))

# ===== Twitch / Telegram / Snapchat (no request of theirs) ===================
C.append(dict(
    name="twitch-out-of-office", from_="r.kowalski@twitch.tv", name_from="Rafal Kowalski",
    date="Tue, 10 Sep 2024 00:30:00 +0000",
    subject="Out of Office: Content removal request",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
Thank you for your email. I'm out of the office until 23 September.
For trust and safety matters please write to safety@twitch.tv.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Twitch employee out-of-office reply",
    why="auto-reply",
    items={},
))

C.append(dict(
    name="snapchat-support-ticket", from_="support@snapchat.com", name_from="Snapchat Support",
    date="Wed, 11 Sep 2024 08:00:00 +0000",
    subject="Snapchat Support: we got your message [ticket 88451207]",
    body="""
Hi,

Thanks for contacting Snapchat Support! Your ticket number is 88451207.
We've received your message and will get back to you as soon as we can.

Team Snapchat
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Snapchat Support ticket-created receipt",
    why="pure receipt",
    items={},
))

C.append(dict(
    name="telegram-about-discord-invite", from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 14:00:00 +0000",
    subject="Re: KCSC-240910-06",
    body=f"""
Hello,

Thank you for the report. We blocked the link {U['d1']}
that was shared in public channels on Telegram.

Telegram Abuse Team
""",
    outcome="review", review="wrong_platform",
    imitates="Telegram abuse-desk reply about a link posted on Telegram",
    why="Telegram states an action on a Discord item; only Discord can speak for it",
    items=all_pending("d1"),
))

# ---------------------------------------------------------------- write
HEADER = """# Blind set 466: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Pinterest; Twitch, Snapchat and Telegram mail that
# touches no request of theirs). Written from each email's meaning before any
# run of the reader. Generated by make.py; do not edit by hand."""


def main():
    write_requests()
    cases = []
    for c in C:
        c = dict(c)
        c["from"] = c.pop("from_")
        cases.append(c)
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
