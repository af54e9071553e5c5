#!/usr/bin/env python3
"""Blind set 742: English notices from many platforms (Meta, X, YouTube,
TikTok, Reddit, Discord, Twitch, plus Snapchat as a wrong platform).

    python3 tests/corpus/blind742/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written in our own words; the expected results were
written from each email's meaning before the reader was ever run on it.
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

corpuslib.DOMAIN_NAMES.update({
    "meta.com": "Meta",
    "fb.com": "Meta",
    "tiktok.com": "TikTok",
    "reddit.com": "Reddit",
    "discord.com": "Discord",
    "twitch.tv": "Twitch",
    "snapchat.com": "Snap Inc.",
})

# --------------------------------------------------------------- requests
M = [
    "https://www.facebook.com/groups/seoulnightbets/posts/7710293344102/",   # 1
    "https://www.facebook.com/groups/seoulnightbets/posts/7710293344188/",   # 2
    "https://www.facebook.com/profile.php?id=100089912345671",               # 3
    "https://www.facebook.com/share/p/1Bq7XzK2aQ/",                          # 4
    "https://www.facebook.com/photo/?fbid=881234509871234",                  # 5
    "https://www.facebook.com/watch/?v=1290045566778812",                    # 6
    "https://www.instagram.com/p/C9xKq2LrT5a/",                              # 7
    "https://www.instagram.com/p/C9yMw81sPq0/",                              # 8
    "https://www.instagram.com/reel/C8aZpQ3tNw7/",                           # 9
    "https://www.instagram.com/luckyspin_kr77/",                             # 10
    "https://www.instagram.com/p/DA0bTr5nE2c/",                              # 11
    "https://www.facebook.com/luckyspin.official.kr",                        # 12
    "https://www.instagram.com/stories/luckyspin_kr77/3456120987654321/",    # 13
    "https://www.facebook.com/groups/seoulnightbets/permalink/7710299912001/",  # 14
]
M = [None] + M  # 1-based

X = [
    "https://x.com/pill_courier_kr/status/1831200456677889011",
    "https://x.com/pill_courier_kr/status/1831200456677889123",
    "https://x.com/dm_for_menu24/status/1831987700112233445",
    "https://twitter.com/dm_for_menu24/status/1832004455667788990",
]
YT = [
    "https://www.youtube.com/watch?v=Qm7dZ2xLp4A",
    "https://www.youtube.com/watch?v=bT9kR0wEe3s",
    "https://www.youtube.com/shorts/Hn2vXc8aPq1",
]
TT = [
    "https://www.tiktok.com/@quickcash.kr/video/7409912345678901234",
    "https://www.tiktok.com/@quickcash.kr/video/7409912345678905678",
    "https://www.tiktok.com/@quickcash.kr",
    "https://www.tiktok.com/@nightpharma_01/video/7411223344556677889",
    "https://www.tiktok.com/@nightpharma_01/video/7411223344556600112",
]
RD = [
    "https://www.reddit.com/r/koreabets/comments/1f8xk2q/daily_odds_thread/",
    "https://www.reddit.com/user/menu_drop_kr/comments/1f9abcd/new_menu/",
]
DC = ["https://discord.gg/k7RxPq2M"]
TW = [
    "https://www.twitch.tv/slotsnight_kr",
    "https://www.twitch.tv/videos/2240019876",
]

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240902-01", "meta", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", M[1:],
     "illegal_gambling", "Facebook and Instagram accounts advertising an unlicensed betting site"),
    ("KCSC-240904-02", "x", "2024-09-04T11:30:00+09:00", "2024-09-11T18:00:00+09:00", X,
     "drugs", "posts offering prescription drugs for delivery"),
    ("KCSC-240905-03", "youtube", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00", YT,
     "illegal_gambling", "videos promoting an unlicensed casino app"),
    ("KCSC-240909-04", "tiktok", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00", TT,
     "illegal_finance", "unregistered lending and drug sales"),
    ("KCSC-240910-05", "reddit", "2024-09-10T10:15:00+09:00", "2024-09-17T18:00:00+09:00", RD,
     "illegal_gambling", "betting odds thread and drug menu post"),
    ("KCSC-240911-06", "discord", "2024-09-11T16:20:00+09:00", "2024-09-18T18:00:00+09:00", DC,
     "drugs", "invite link to a server selling drugs"),
    ("KCSC-240912-07", "twitch", "2024-09-12T09:00:00+09:00", "2024-09-19T18:00:00+09:00", TW,
     "illegal_gambling", "channel streaming an unlicensed slot site"),
]
REQ = {r[0]: r for r in REQUESTS}


def mid(ref):
    return "req-" + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def request_text(ref, prefix=""):
    """Our own request email's body, as platforms quote it back."""
    urls = REQ[ref][4]
    lines = [
        "Dear Sir or Madam,",
        "",
        "The Korea Communications Standards Commission (KCSC) asks you to remove",
        "or restrict access to the following content, which violates Korean law",
        f"(request {ref}):",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply to this address with the action taken for each URL.", "",
              "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


CASES = []


def case(**c):
    CASES.append(c)


# =================================================================== Meta
case(
    name="meta-restricted-kr-single",
    date="Thu, 12 Sep 2024 17:22:04 +0900",
    **{"from": "legalops-noreply@meta.com"},
    name_from="Meta Content Restrictions",
    subject="Re: [KCSC-240902-01] Request to remove or restrict content",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hello,

Thank you for your report, submitted on behalf of the Korea Communications
Standards Commission.

Following a legal review, we have restricted access in South Korea to the
following content, based on local law:

{M[7]}

This content remains available to people outside South Korea. We will send
a separate update on the other items in your request.

Kind regards,
Content Restrictions team
Meta Platforms, Inc.
""",
    outcome="applied", classification="confirmation",
    imitates="Meta local-law restriction notice to a government requester (transparency-centre lifecycle: legal review, then restrict in country)",
    why="unhedged 'we have restricted access in South Korea to' with the Instagram post on the next paragraph",
    items={M[7]: "restricted"},
)

case(
    name="meta-legal-html-table",
    date="Fri, 13 Sep 2024 09:05:41 +0900",
    **{"from": "legalops-noreply@meta.com"},
    name_from="Meta Content Restrictions",
    subject="Outcome of your request KCSC-240902-01 (partial)",
    type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We have completed our review of six of the items in your request
<b>KCSC-240902-01</b>. Our decisions are below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Decision</th><th>Basis</th></tr>
<tr><td><a href="{M[1]}">{M[1]}</a></td><td>Removed</td><td>Community Standards: restricted goods and services</td></tr>
<tr><td><a href="{M[2]}">{M[2]}</a></td><td>Restricted in South Korea</td><td>Local law</td></tr>
<tr><td><a href="{M[5]}">{M[5]}</a></td><td>Removed</td><td>Community Standards: restricted goods and services</td></tr>
<tr><td><a href="{M[6]}">{M[6]}</a></td><td>No action</td><td>Does not go against our Community Standards; the request did not show that the video is unlawful in Korea</td></tr>
<tr><td><a href="{M[11]}">{M[11]}</a></td><td>Not found</td><td>The post no longer exists on Instagram</td></tr>
<tr><td><a href="{M[13]}">{M[13]}</a></td><td>Not found</td><td>Stories expire after 24 hours; this story was no longer available when we reviewed it</td></tr>
</table>
<p>You can read more about how we handle government requests at
<a href="https://transparency.meta.com/reports/content-restrictions/">our Transparency Center</a>.</p>
<p>Meta Content Restrictions team</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Meta partial outcome table sent to a government authority (decision and basis per reported URL)",
    why="an HTML table with one decision per URL: two removed, one restricted, one no action with its reason, two not found; the Transparency Center link is no item",
    items={M[1]: "removed", M[2]: "restricted", M[5]: "removed", M[6]: "rejected",
           M[11]: "not_found", M[13]: "not_found"},
)

case(
    name="meta-numbered-list",
    date="Fri, 13 Sep 2024 15:48:10 +0900",
    **{"from": "s.okafor@meta.com"},
    name_from="Sade Okafor",
    subject="RE: [KCSC-240902-01] Request to remove or restrict content",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hi KCSC team,

Please find below our decisions on four of the items in request
KCSC-240902-01:

1. {M[3]} - account disabled for repeated violations of our Community Standards.
2. {M[4]} - removed.
3. {M[8]} - access restricted in South Korea under local law.
4. {M[12]} - we reviewed this Page and found no violation of our policies, and the local-law assessment did not support a restriction. The Page remains available.

The remaining items are still being reviewed and we will follow up.

Best,
Sade
Legal Operations, Meta
""",
    outcome="applied", classification="confirmation",
    imitates="Meta legal-operations analyst's reply listing a decision per item",
    why="numbered list, one decision per URL on the same line; 'remaining items still being reviewed' names nothing",
    items={M[3]: "removed", M[4]: "removed", M[8]: "restricted", M[12]: "rejected"},
)

META_CSV_ROWS = [
    (1, "Removed", "Community Standards - restricted goods"),
    (2, "Restricted (KR)", "Local law"),
    (3, "Account disabled", "Repeated violations"),
    (4, "Removed", "Community Standards - restricted goods"),
    (5, "Removed", "Community Standards - restricted goods"),
    (6, "No action - no violation found", "Not unlawful under the law cited"),
    (7, "Restricted (KR)", "Local law"),
    (8, "Restricted (KR)", "Local law"),
    (9, "Removed", "Community Standards - restricted goods"),
    (10, "Account disabled", "Repeated violations"),
    (11, "Not found", "Content does not exist"),
    (12, "No action - no violation found", "Page does not promote gambling"),
    (13, "Not found", "Story expired before review"),
    (14, "Restricted (KR)", "Local law"),
]
_b = io.StringIO()
_w = csv.writer(_b, lineterminator="\r\n")
_w.writerow(["#", "Reported URL", "Action", "Reason"])
for n, a, r in META_CSV_ROWS:
    _w.writerow([n, M[n], a, r])
META_CSV = _b.getvalue()
META_CSV_STATUS = {"Removed": "removed", "Restricted (KR)": "restricted", "Account disabled": "removed",
                   "No action - no violation found": "rejected", "Not found": "not_found"}

case(
    name="meta-csv-attachment",
    date="Mon, 16 Sep 2024 11:02:37 +0900",
    **{"from": "legalops-noreply@meta.com"},
    name_from="Meta Content Restrictions",
    subject="Final outcome report - KCSC-240902-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_meta_742_csv"

--=_meta_742_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Our review of request KCSC-240902-01 (14 reported URLs) is complete. The
attached file lists the action we took on each URL.

Meta Content Restrictions team

--=_meta_742_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(META_CSV)}
--=_meta_742_csv--
""",
    outcome="applied", classification="confirmation",
    imitates="Meta bulk outcome report for a government request delivered as a CSV attachment",
    why="a CSV with one action per URL for all fourteen items (removed, restricted, account disabled, no action, not found)",
    items={M[n]: META_CSV_STATUS[a] for n, a, _ in META_CSV_ROWS},
)

case(
    name="meta-top-posted-account-disabled",
    date="Thu, 12 Sep 2024 10:14:55 +0900",
    **{"from": "d.reyes@fb.com"},
    name_from="Dana Reyes",
    subject="Re: [KCSC-240902-01] Request to remove or restrict content",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hello,

The Instagram account {M[10]} has been disabled for violating our
Community Guidelines. We are still looking at the rest of your list and will
reply separately.

Thanks,
Dana

On Mon, 2 Sep 2024 at 10:02, KCSC Takedown <takedown@kcsc.example> wrote:
{request_text("KCSC-240902-01", "> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="Top-posted reply from a Meta employee over the quoted request (Gmail-style '>' quoting)",
    why="one account disabled above the quote; the quoted request's fourteen URLs are our own text",
    items={M[10]: "removed"},
)

case(
    name="meta-outlook-original-message",
    date="Fri, 13 Sep 2024 18:31:02 +0900",
    **{"from": "d.reyes@fb.com"},
    name_from="Dana Reyes",
    subject="RE: [KCSC-240902-01] Request to remove or restrict content",
    body=f"""
Hi,

The reel {M[9]} and the post {M[11]} have been
removed from Instagram for violating our policy on restricted goods and
services.

Best,
Dana Reyes
Legal Operations | Meta

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:02 AM
To: legal-kr@meta.com
Subject: [KCSC-240902-01] Request to remove or restrict content

{request_text("KCSC-240902-01")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' over the unquoted request",
    why="two Instagram URLs removed in one sentence; the request below the Outlook separator is our own text",
    items={M[9]: "removed", M[11]: "removed"},
)

case(
    name="meta-angle-bracket-wrapped",
    date="Sat, 14 Sep 2024 08:47:19 +0900",
    **{"from": "s.okafor@meta.com"},
    name_from="Sade Okafor",
    subject="RE: [KCSC-240902-01] group posts",
    reply_to_req=mid("KCSC-240902-01"),
    body="""
Hi KCSC team,

We have restricted access in South Korea to the two group items below, in
accordance with local law:

  - Group permalink: <https://www.facebook.com/groups/seoulnightbets/permalink/7710299912001/>
  - Group post: <https://www.facebook.com/groups/seoulnightbets/posts/
7710293344188/>

Both remain visible outside Korea.

Sade
""",
    outcome="applied", classification="confirmation",
    imitates="Meta analyst's reply with URLs in angle brackets, one broken by the mail client's line wrap",
    why="restricted in South Korea, two bracketed URLs; the second is wrapped inside its angle brackets after 'posts/'",
    items={M[14]: "restricted", M[2]: "restricted"},
)

case(
    name="meta-gmail-quote-notfound",
    date="Tue, 17 Sep 2024 13:09:44 +0900",
    **{"from": "legalops-noreply@meta.com"},
    name_from="Meta Content Restrictions",
    subject="Re: [KCSC-240902-01] Request to remove or restrict content",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hello,

Following up on two items from your request:

{M[3]}
We could not find this profile. The ID does not match any account on
Facebook.

{M[12]}
This Page has been unpublished and is no longer visible to anyone.

Regards,
Content Restrictions team

On Mon, Sep 2, 2024 at 10:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
{request_text("KCSC-240902-01", "> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="Meta follow-up with each URL on its own line and the finding on the lines below, over a Gmail quote",
    why="profile not found; Page unpublished and visible to no one (made unavailable = removed); quote is ours",
    items={M[3]: "not_found", M[12]: "removed"},
)

case(
    name="meta-promise-will-remove",
    date="Wed, 11 Sep 2024 16:40:12 +0900",
    **{"from": "s.okafor@meta.com"},
    name_from="Sade Okafor",
    subject="RE: [KCSC-240902-01] Request to remove or restrict content",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hi,

Thanks for your patience. Our team has confirmed that {M[7]} and
{M[9]} go against our policies on restricted goods, and they
will be removed within the next 24 hours. I'll confirm once that is done.

Sade
""",
    outcome="review", review="not_understood",
    imitates="Meta analyst's interim reply announcing a removal to come",
    why="'will be removed within the next 24 hours' is a promise, not a statement that they were removed",
    items={M[7]: "pending", M[9]: "pending"},
)

case(
    name="meta-bulk-all-actioned",
    date="Wed, 18 Sep 2024 10:00:00 +0900",
    **{"from": "legalops-noreply@meta.com"},
    name_from="Meta Content Restrictions",
    subject="Request KCSC-240902-01 closed",
    body="""
Hello,

We have completed our review of request KCSC-240902-01. All of the content
reported in this request has been either removed for violating our
Community Standards or restricted in South Korea under local law.

This request is now closed. If you believe we made a mistake, you can
contact us at https://www.facebook.com/help/contact/ with the request
number.

Meta Content Restrictions team
""",
    outcome="review", review="bulk",
    imitates="Meta request-closed notice summarising the outcome of a whole government request",
    why="one statement about all fourteen items without naming any (and it does not even say which of two statuses); the help link is no item",
)

case(
    name="meta-out-of-office",
    date="Mon, 02 Sep 2024 10:03:12 +0900",
    **{"from": "j.whitfield@meta.com"},
    name_from="Jonah Whitfield",
    subject="Automatic reply: [KCSC-240902-01] Request to remove or restrict content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 9 September with
limited access to email. For urgent legal requests please write to
legal-kr@meta.com, which is monitored every day.

Jonah Whitfield
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from a Meta employee",
    why="out-of-office auto-reply (Auto-Submitted: auto-replied), nothing about any item",
)

# ====================================================================== X
case(
    name="x-withheld-kr-two",
    date="Fri, 06 Sep 2024 02:13:50 +0900",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    subject="Re: [KCSC-240904-02] Request to remove content",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
Hello,

X has received your request (ref: KCSC-240904-02).

In response to your request, we have withheld the following content in
South Korea:

{X[0]}
{X[1]}

The account holder has been notified. The content remains available
outside South Korea. We publish requests of this kind to Lumen
(https://lumendatabase.org) in line with our transparency policy.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X 'content withheld in country' reply to a legal demand (country-withheld-content notice)",
    why="an acknowledgement phrase followed by an unhedged 'we have withheld ... in South Korea' for two posts; Lumen link is no item",
    items={X[0]: "restricted", X[1]: "restricted"},
)

case(
    name="x-bulleted-mixed",
    date="Mon, 09 Sep 2024 07:21:09 +0900",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    subject="Re: [KCSC-240904-02] Request to remove content",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
Hello,

Regarding the posts listed in your request:

 * {X[0]} -- removed for violating the X Rules on illegal or certain regulated goods and services.
 * {X[2]} -- withheld in South Korea.
 * {X[3]} -- after review we found no violation of the X Rules and no basis to withhold it under Korean law; it remains available.

We are unable to share further details about the accounts involved.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with one bulleted line per reported post",
    why="one status per bullet: removed, withheld in Korea, refused with its reason",
    items={X[0]: "removed", X[2]: "restricted", X[3]: "rejected"},
)

case(
    name="x-url-status-below",
    date="Tue, 10 Sep 2024 20:55:31 +0900",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="Update on your request KCSC-240904-02",
    body=f"""
Hello,

Here is an update on your request KCSC-240904-02.

{X[1]}
Status: Withheld (KR)

{X[3]}
Status: Post not found. It was deleted by the account owner before our review.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal status update with each URL and a 'Status:' line below it",
    why="status on the line below each URL: withheld in KR; deleted by its author before review = not found",
    items={X[1]: "restricted", X[3]: "not_found"},
)

case(
    name="x-korean-particles",
    date="Wed, 11 Sep 2024 14:02:27 +0900",
    **{"from": "kr-support@x.com"},
    name_from="X Korea",
    subject="Re: [KCSC-240904-02] 불법정보 삭제 요청 / Removal request",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
안녕하세요, X Korea 팀입니다.

요청하신 {X[2]} 는 대한민국 내에서 접근이 제한되었습니다.
{X[0]}은 X 규칙 위반으로 삭제되었습니다.

(English)
The post {X[2]} has been withheld in South Korea（local law）.
The post {X[0]}，reported in the same request, has been removed for violating the X Rules.

감사합니다.
X Korea
""",
    outcome="applied", classification="confirmation",
    imitates="X Korea bilingual reply, URLs followed by Korean particles and full-width punctuation",
    why="Korean and English say the same: the first post restricted in Korea, the other removed",
    items={X[2]: "restricted", X[0]: "removed"},
)

case(
    name="x-ack-plus-statement",
    date="Thu, 12 Sep 2024 05:40:03 +0900",
    **{"from": "noreply@x.com"},
    name_from="X Support",
    subject="Case# 0912-4417-2209: KCSC-240904-02",
    body=f"""
Hello,

Thank you for contacting X. Your case number is 0912-4417-2209.

We have reviewed the following post and removed it for violating the X
Rules:

{X[3]}

Please do not reply to this message. To file another report, visit
https://help.x.com/forms.

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X support case email: case number receipt text followed by a decision",
    why="receipt phrase plus an unhedged 'reviewed ... and removed it' naming the post: not a pure acknowledgement",
    items={X[3]: "removed"},
)

case(
    name="x-under-review",
    date="Thu, 05 Sep 2024 09:12:44 +0900",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    subject="Re: [KCSC-240904-02] Request to remove content",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
Hello,

The posts below are currently under review by our legal team against the
X Rules and the Korean law you cited:

{X[2]}
{X[3]}

We will update you once a decision has been made. Some of these posts may
already have been removed by the account holder.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim 'under review' reply naming the posts",
    why="'under review' and 'may already have been removed' are no statements; names two requested posts",
    items={X[2]: "pending", X[3]: "pending"},
)

case(
    name="x-receipt-echo",
    date="Wed, 04 Sep 2024 11:31:58 +0900",
    **{"from": "noreply@x.com"},
    name_from="X Support",
    subject="Case# 0904-5521-8830: We received your report",
    body=f"""
Hello,

We have received your report about the following content:

{X[0]}
{X[1]}
{X[2]}
{X[3]}

Your case number is 0904-5521-8830. Our team will review it and you will
receive a follow-up email. Please do not reply to this message.

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X automated report receipt echoing the reported URLs",
    why="a pure receipt with a case number; the echoed URLs carry no status",
    items={u: "pending" for u in X},
)

# ================================================================ YouTube
case(
    name="yt-legal-removed-and-blocked",
    date="Tue, 10 Sep 2024 03:18:25 +0900",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240905-03] Legal removal request",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
Hello,

Thanks for reaching out to us.

After reviewing your request, we have taken the following actions:

The video at {YT[0]} was removed from YouTube
for violating our Community Guidelines.

We've blocked the video at {YT[1]} from view
in South Korea based on local law.

Sincerely,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome: global removal under Community Guidelines and a local block",
    why="one video removed globally, the other blocked in South Korea",
    items={YT[0]: "removed", YT[1]: "restricted"},
)

case(
    name="yt-age-restricted-uploader-deleted",
    date="Wed, 11 Sep 2024 01:02:48 +0900",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240905-03] Legal removal request",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
Hello,

We've applied an age restriction to {YT[1]}; it
can no longer be viewed by signed-out users or users under 18.

The Short {YT[2]} was deleted by the uploader
before we could review it, so there is nothing further for us to do.

For more information, see https://support.google.com/youtube/answer/2802167.

Sincerely,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction notice and 'deleted by the uploader' note",
    why="age-restricted = restricted; deleted by its uploader before review = not found; help link is no item",
    items={YT[1]: "restricted", YT[2]: "not_found"},
)

_yt_qp = f"""Hello,

We have reviewed the content below and decided not to take action at this time. We didn\u2019t find that it violates our Community Guidelines, and the information you provided isn\u2019t sufficient for us to conclude that it is unlawful in South Korea.

Video: {YT[0]}

If you obtain a court order or other legal documentation, you\u2019re welcome to submit a new request at https://support.google.com/legal.

Sincerely,
The YouTube Legal Support Team
"""
case(
    name="yt-qp-rejected",
    date="Thu, 12 Sep 2024 06:44:10 +0900",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240905-03] Legal removal request",
    reply_to_req=mid("KCSC-240905-03"),
    raw_mime=f"""
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(_yt_qp)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal 'no action taken' decision, quoted-printable body",
    why="'decided not to take action' with its reasons for the named video = rejected; the invitation to file a new request asks for nothing",
    items={YT[0]: "rejected"},
)

case(
    name="yt-auth-fail",
    date="Fri, 13 Sep 2024 12:00:31 +0900",
    **{"from": "legal-notices@youtube.com"},
    name_from="YouTube Legal",
    auth="fail",
    subject="Re: [KCSC-240905-03] Legal removal request",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
Hello,

We removed the video {YT[1]} and the Short
{YT[2]} for violating our Community Guidelines.

YouTube Legal
""",
    outcome="review", review="untrusted",
    imitates="YouTube legal removal notice arriving with DKIM/SPF/DMARC failing",
    why="youtube.com in From but authentication fails: statements kept for review, nothing applied",
    items={YT[1]: "pending", YT[2]: "pending"},
)

case(
    name="yt-out-of-office",
    date="Thu, 05 Sep 2024 09:41:15 +0900",
    **{"from": "mkeller@google.com"},
    name_from="Miriam Keller",
    subject="Out of office Re: [KCSC-240905-03] Legal removal request",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
Hi, I'm away until Monday 16 September. Removal requests for YouTube are
handled by the legal support team and do not need me to be copied; your
request has not been forwarded by this automatic reply.

Miriam
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail vacation responder from a Google employee",
    why="out-of-office auto-reply; says nothing about any item",
)

# ================================================================= TikTok
case(
    name="tiktok-sor-removed",
    date="Fri, 13 Sep 2024 20:10:05 +0900",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Legal",
    subject="Decision on your report - KCSC-240909-04",
    body=f"""
Statement of reasons

Decision: Removal of content
Content: {TT[3]}
Date of decision: 13 September 2024
Facts and circumstances: Notice submitted by the Korea Communications
Standards Commission (reference KCSC-240909-04).
Ground for decision: Incompatible with our Community Guidelines (regulated
goods and commercial activities - drugs).
Automated means: The decision was taken after human review.
Territorial scope: Global.
Redress: The account holder may appeal in the app. More information:
https://www.tiktok.com/legal/page/global/community-guidelines

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA-style statement of reasons (decision, content, ground, territorial scope, redress)",
    why="'Decision: Removal of content' field with the video URL as the content field; guidelines link is no item",
    items={TT[3]: "removed"},
)

case(
    name="tiktok-multi-outcome",
    date="Sat, 14 Sep 2024 13:27:40 +0900",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Legal",
    subject="Re: [KCSC-240909-04] Removal request - results",
    reply_to_req=mid("KCSC-240909-04"),
    body=f"""
Hello,

Thank you for your patience. Here are the results for each item.

We banned the account below for repeated violations of our Community
Guidelines:
{TT[2]}

We removed this video:
{TT[0]}

We restricted this video so that it is not available in South Korea:
{TT[1]}

We couldn't find this video. The link may be incorrect, or the video may
never have been public:
{TT[3]}

We did not find a violation of our Community Guidelines or of local law in
this video, so it will stay up:
{TT[4]}

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok per-item report results, each decision sentence followed by its URL on the next line",
    why="statement above each URL: banned account, removed, restricted in Korea, couldn't find (the 'may' only guesses why), no violation so it stays up",
    items={TT[2]: "removed", TT[0]: "removed", TT[1]: "restricted", TT[3]: "not_found", TT[4]: "rejected"},
)

_tt_html = f"""<!DOCTYPE html>
<html><body>
<div style="font-family:Arial,sans-serif">
<h2>Report results</h2>
<p>Hello, we've finished reviewing two of the videos you reported in request KCSC-240909-04.</p>
<table cellpadding="8" style="border-collapse:collapse">
<thead><tr><th align="left">Video</th><th align="left">Result</th></tr></thead>
<tbody>
<tr><td>{TT[0]}</td><td>Removed for violating our Community Guidelines</td></tr>
<tr><td>{TT[1]}</td><td>Restricted in South Korea</td></tr>
</tbody>
</table>
<p>Thank you for helping us keep TikTok safe.</p>
<p style="color:#888;font-size:11px">TikTok Pte. Ltd. &middot; <a href="https://www.tiktok.com/legal/page/global/privacy-policy">Privacy Policy</a></p>
</div>
</body></html>
"""
case(
    name="tiktok-base64-html",
    date="Sat, 14 Sep 2024 09:03:22 +0900",
    **{"from": "noreply@tiktok.com"},
    name_from="TikTok",
    subject="Your report results (KCSC-240909-04)",
    raw_mime=f"""
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

{b64(_tt_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok HTML report-results notification, base64-encoded",
    why="HTML table: one video removed, one restricted in South Korea; the privacy-policy link is no item",
    items={TT[0]: "removed", TT[1]: "restricted"},
)

case(
    name="tiktok-echoed-report",
    date="Sun, 15 Sep 2024 22:18:00 +0900",
    **{"from": "noreply@tiktok.com"},
    name_from="TikTok",
    subject="Update on your report",
    body=f"""
Report update

Your report
  Reported content: {TT[4]}
  Reason: Illegal activities and regulated goods
  Submitted: Sep 9, 2024 (KCSC-240909-04)

Our decision
  We removed this video for violating our Community Guidelines.

You can see the status of all your reports in your Safety Center.

TikTok
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok 'Report update' notification echoing the report and giving the decision",
    why="the echoed report names the video; the decision under it says it was removed",
    items={TT[4]: "removed"},
)

case(
    name="tiktok-hedge-appears",
    date="Wed, 11 Sep 2024 11:55:09 +0900",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Legal",
    subject="Re: [KCSC-240909-04] Removal request",
    reply_to_req=mid("KCSC-240909-04"),
    body=f"""
Hello,

It appears that the video {TT[0]} may already have
been taken down. We are checking this with our moderation team and will
confirm the outcome shortly.

TikTok Trust and Safety
""",
    outcome="review", review="not_understood",
    imitates="TikTok interim reply hedging about a takedown",
    why="'appears ... may already have been taken down' hedges; confirmation promised",
    items={TT[0]: "pending"},
)

case(
    name="tiktok-conditional",
    date="Thu, 12 Sep 2024 19:36:27 +0900",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Legal",
    subject="Re: [KCSC-240909-04] Removal request",
    reply_to_req=mid("KCSC-240909-04"),
    body=f"""
Hello,

We have notified the creator of {TT[1]} about your
request. If the content is not edited within 48 hours, it will be removed
from TikTok. We will let you know the outcome.

TikTok Trust and Safety
""",
    outcome="review", review="not_understood",
    imitates="TikTok reply announcing a conditional removal after notice to the creator",
    why="a condition and a promise ('if not edited ... it will be removed'), no statement",
    items={TT[1]: "pending"},
)

case(
    name="tiktok-unknown-vendor",
    date="Fri, 13 Sep 2024 08:20:15 +0900",
    **{"from": "trust-ops@cx-partners.example"},
    name_from="Trust Operations (on behalf of TikTok)",
    subject="RE: [KCSC-240909-04] Removal request",
    reply_to_req=mid("KCSC-240909-04"),
    body=f"""
Dear KCSC,

Writing on behalf of TikTok Trust and Safety. The two videos below have
been removed:

{TT[0]}
{TT[1]}

Regards,
Trust Operations Desk
""",
    outcome="review", review="unknown_sender",
    imitates="Outsourced moderation vendor replying on a platform's behalf from its own domain",
    why="sender domain belongs to no configured platform; statements kept for review",
    items={TT[0]: "pending", TT[1]: "pending"},
)

case(
    name="tiktok-bounce",
    date="Mon, 09 Sep 2024 14:00:41 +0900",
    **{"from": "MAILER-DAEMON@kcsc.example"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""
Content-Type: multipart/report; report-type=delivery-status; boundary="742B0UNCE.1725858041/mx.kcsc.example"

--742B0UNCE.1725858041/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<tiktok-legal-kr@tiktok.com>: host mx1.tiktok.com[203.0.113.25] said: 550
    5.1.1 <tiktok-legal-kr@tiktok.com>: Recipient address rejected: User
    unknown (in reply to RCPT TO command)

--742B0UNCE.1725858041/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: 4WZk1Q2xT9z
Arrival-Date: Mon,  9 Sep 2024 14:00:02 +0900 (KST)

Final-Recipient: rfc822; tiktok-legal-kr@tiktok.com
Original-Recipient: rfc822;tiktok-legal-kr@tiktok.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.tiktok.com
Diagnostic-Code: smtp; 550 5.1.1 <tiktok-legal-kr@tiktok.com>: Recipient
    address rejected: User unknown

--742B0UNCE.1725858041/mx.kcsc.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: tiktok-legal-kr@tiktok.com
Subject: [KCSC-240909-04] Removal request
Date: Mon, 09 Sep 2024 14:00:00 +0900
Message-ID: <req-KCSC-240909-04@kcsc.example>

--742B0UNCE.1725858041/mx.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report; report-type=delivery-status) for a rejected recipient",
    why="a delivery failure report for our own request; no platform statement",
)

# ================================================================= Reddit
case(
    name="reddit-legal-removed-author-deleted",
    date="Fri, 13 Sep 2024 04:51:36 +0900",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    subject="Re: [KCSC-240910-05] Request to remove content",
    reply_to_req=mid("KCSC-240910-05"),
    body=f"""
Hi there,

We reviewed the two URLs in your request KCSC-240910-05.

{RD[0]} -- removed by Reddit's Legal Operations team.

{RD[1]} -- the post had already been deleted by its author when we looked
at it, so no action was needed on our side.

Best,
Reddit Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal operations reply (admin removal banner 'removed by Reddit's Legal Operations team')",
    why="one post removed by Reddit; the other already deleted by its author = not found",
    items={RD[0]: "removed", RD[1]: "not_found"},
)

case(
    name="reddit-geo-restricted-declined",
    date="Sat, 14 Sep 2024 03:33:12 +0900",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    subject="Re: [KCSC-240910-05] Request to remove content",
    reply_to_req=mid("KCSC-240910-05"),
    body=f"""
Hello,

We have geo-restricted the following post so that it can no longer be
viewed from South Korea:
{RD[0]}

We have declined to take action on {RD[1]}: it does
not violate Reddit's Content Policy, and the request does not identify a
Korean law that the post breaks.

Best,
Reddit Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal geo-restriction decision and refusal with reasons",
    why="geo-restricted from South Korea (URL on the next line); declined with its reason = rejected",
    items={RD[0]: "restricted", RD[1]: "rejected"},
)

case(
    name="reddit-asks-more",
    date="Thu, 12 Sep 2024 02:10:58 +0900",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    subject="Re: [KCSC-240910-05] Request to remove content",
    reply_to_req=mid("KCSC-240910-05"),
    body=f"""
Hello,

Before we can evaluate your request concerning
{RD[0]} and
{RD[1]},
we need the following information:

  1. The specific provision of Korean law that each post violates.
  2. A copy of the order or decision on which the request is based, if any.

Please reply to this email with these details and we will continue our
review.

Reddit Legal Operations
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal request for the legal basis and supporting documents",
    why="asks the regulator for more information before any decision; both items stay pending",
    items={RD[0]: "pending", RD[1]: "pending"},
)

case(
    name="reddit-read-receipt",
    date="Tue, 10 Sep 2024 10:47:03 +0900",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    subject="Read: [KCSC-240910-05] Request to remove content",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="----=_MDN_742_reddit"

------=_MDN_742_reddit
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@reddit.com
  Subject: [KCSC-240910-05] Request to remove content
  Sent: Tuesday, September 10, 2024 10:15 AM (UTC+09:00) Seoul

was read on Tuesday, September 10, 2024 10:46 AM (UTC+09:00) Seoul.

------=_MDN_742_reddit
Content-Type: message/disposition-notification

Reporting-UA: legal@reddit.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@reddit.com
Original-Message-ID: <req-KCSC-240910-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_MDN_742_reddit--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (message/disposition-notification)",
    why="a read receipt for our request; nothing about any item",
)

# ================================================================ Discord
case(
    name="discord-server-removed",
    date="Fri, 13 Sep 2024 06:14:29 +0900",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="Re: [KCSC-240911-06] Request to remove content",
    reply_to_req=mid("KCSC-240911-06"),
    body=f"""
Hello,

Thanks for your report. We investigated the server reached through the
invite {DC[0]} and removed it for violating our Community Guidelines.
The server owner's account has also been banned.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety outcome: server removed, owner banned",
    why="the server behind the requested invite link was removed",
    items={DC[0]: "removed"},
)

case(
    name="discord-one-item-no-url",
    date="Sat, 14 Sep 2024 07:02:51 +0900",
    **{"from": "noreply@discord.com"},
    name_from="Discord",
    subject="Re: [KCSC-240911-06] Request to remove content - Ticket #48213377",
    reply_to_req=mid("KCSC-240911-06"),
    body="""
Hi there,

Our Safety team has reviewed your report, and the reported content has been
removed from Discord.

Thanks for helping keep Discord safe.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord ticket reply 'the reported content has been removed' with no URL",
    why="names no URL but answers a one-item request (reference and thread): the removal applies to that item",
    items={DC[0]: "removed"},
)

case(
    name="discord-ticket-receipt",
    date="Wed, 11 Sep 2024 16:21:07 +0900",
    **{"from": "noreply@discord.com"},
    name_from="Discord",
    subject="[Discord] Re: [KCSC-240911-06] Request to remove content",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Your request (#48213377) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Discord Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt from Discord support",
    why="pure receipt: ticket number, 'being reviewed', nothing stated about the item",
)

case(
    name="discord-portal-notice",
    date="Mon, 16 Sep 2024 04:00:00 +0900",
    **{"from": "gov-requests@discord.com"},
    name_from="Discord Government Requests",
    subject="Changes to how Discord receives government removal requests",
    body="""
Hello,

From 1 October 2024, Discord will accept removal requests from government
agencies only through our Government Request Portal at
https://discord.com/safety/government-requests. Requests sent by email after
that date will receive an automatic reply pointing to the portal.

Agencies that already have an open request do not need to do anything.

Discord Government Requests Team
""",
    outcome="review", review="no_claims",
    imitates="Discord announcement to government requesters about a new request portal",
    why="trusted Discord email naming no item and no request; the portal link is no item",
)

# ================================================================= Twitch
case(
    name="twitch-channel-suspended-vod-deleted",
    date="Sun, 15 Sep 2024 03:45:18 +0900",
    **{"from": "safety@twitch.tv"},
    name_from="Twitch Safety",
    subject="Re: [KCSC-240912-07] Request to remove content",
    reply_to_req=mid("KCSC-240912-07"),
    body=f"""
Hello,

We've reviewed your request. The channel {TW[0]} has been
suspended indefinitely and is no longer accessible. The past broadcast
{TW[1]} has been deleted.

Twitch Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch Trust & Safety enforcement reply (channel suspension, VOD deletion)",
    why="channel suspended and no longer accessible (made unavailable = removed); VOD deleted",
    items={TW[0]: "removed", TW[1]: "removed"},
)

case(
    name="twitch-actioned-report",
    date="Fri, 13 Sep 2024 12:26:40 +0900",
    **{"from": "no-reply@twitch.tv"},
    name_from="Twitch",
    subject="We've actioned your report (KCSC-240912-07)",
    body="""
Hi,

Thanks for your report. Our team reviewed it and determined that a
violation of our Terms of Service and Community Guidelines occurred.
Appropriate enforcement action has been taken.

We can't share details of the action taken, to protect the privacy of the
account involved.

Twitch
""",
    outcome="review", review="bulk",
    imitates="Twitch 'We've actioned your report' reporter-feedback email",
    why="'enforcement action has been taken' for a two-item request, naming neither item",
)

case(
    name="twitch-report-received",
    date="Thu, 12 Sep 2024 09:01:33 +0900",
    **{"from": "no-reply@twitch.tv"},
    name_from="Twitch",
    subject="We received your report (KCSC-240912-07)",
    body="""
Hi,

We've received your report and our team will review it. You'll get another
email from us if we take action.

Thank you for helping keep Twitch safe.

Twitch
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Twitch report confirmation email sent when a report is filed",
    why="pure receipt, no statement about any item",
)

# ======================================================== wrong platform
case(
    name="snapchat-wrong-platform",
    date="Thu, 12 Sep 2024 23:58:14 +0900",
    **{"from": "lawenforcement@snapchat.com"},
    name_from="Snap Inc. Law Enforcement Operations",
    subject="Re: [KCSC-240909-04] Removal request",
    reply_to_req=mid("KCSC-240909-04"),
    body=f"""
Hello,

We received your request about the link
{TT[3]}.

This content is not hosted on Snapchat, and we could not locate it on any
of our services, so Snap cannot act on it. You may wish to contact the
service that hosts it.

Snap Inc. Law Enforcement Operations
""",
    outcome="review", review="wrong_platform",
    imitates="Snap reply to a request sent to the wrong platform ('not hosted on Snapchat')",
    why="Snapchat (trusted for its own domain) speaks about a TikTok item; nothing applied",
    items={TT[3]: "pending"},
)


def main():
    write_requests()
    header = (
        "# blind742: English notices from many platforms (Meta, X, YouTube, TikTok,\n"
        "# Reddit, Discord, Twitch; Snapchat as a wrong platform). Written by\n"
        "# tests/corpus/blind742/make.py; expected results from each email's meaning,\n"
        "# before any run of the reader."
    )
    corpuslib.write_set(HERE, "blind742", header, CASES)


if __name__ == "__main__":
    main()
