#!/usr/bin/env python3
"""Blind set 148: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).

Written from each email's meaning alone, before any run of the reader.
Deterministic: `python3 tests/corpus/blind148/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
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

# ---------------------------------------------------------------- requests
X1 = "https://x.com/ember_lotto77/status/1831002200000000101"
X2 = "https://x.com/ember_lotto77/status/1831002200000000102"
X3 = "https://x.com/quietfox_bet/status/1831002200000000203"
X4 = "https://x.com/quietfox_bet/status/1831002200000000204"
X5 = "https://x.com/nightmarket_kr/status/1831002200000000305"
X6 = "https://x.com/nightmarket_kr/status/1831002200000000306"
X7 = "https://x.com/pillbox_direct"
X8 = "https://x.com/velvet_cam_88/status/1831002200000000408"
X9 = "https://x.com/velvet_cam_88/status/1831002200000000409"
X10 = "https://twitter.com/slotgarden_official/status/1831002200000000510"
X11 = "https://x.com/fakeid_studio/status/1831002200000000611"
X12 = "https://x.com/fakeid_studio/status/1831002200000000612"

Y1 = "https://www.youtube.com/watch?v=Qw3rTy7uIo1"
Y2 = "https://www.youtube.com/watch?v=Lm9Nb8Vc7Xz"
Y3 = "https://youtu.be/Hg5Fd4Sa2Pk"
Y4 = "https://www.youtube.com/@casinoroyale_tv_kr"

M1 = "https://www.facebook.com/groups/quickloan.kr.2024/posts/712300045512"
M2 = "https://www.instagram.com/p/C9xLmQ2vRt8/"
M3 = "https://www.facebook.com/profile.php?id=100089912345678"

T1 = "https://www.tiktok.com/@drug_drop_seoul/video/7410000000000123456"
T2 = "https://www.tiktok.com/@drug_drop_seoul/video/7410000000000123789"

R1 = "https://www.reddit.com/r/koreanbets/comments/1f8abcd/daily_odds_thread/"
R2_RAW = "https://www.reddit.com/r/koreanbets/comments/1f8abce/vip_픽_dm_me/"
R2 = "https://www.reddit.com/r/koreanbets/comments/1f8abce/" + quote("vip_픽_dm_me") + "/"
R3 = "https://www.reddit.com/user/tollgate_seller/comments/1f8abcf/selling_ids/"
R4 = "https://www.reddit.com/r/leakedkr/"
R5 = "https://www.reddit.com/r/koreanbets/comments/1f8abcg/comment/lk2x9zq/"

D1 = "https://discord.gg/nightslots"

TG1 = "https://t.me/seoul_ice_market"
TG2 = "https://t.me/seoul_ice_market/482"
TG3 = "https://t.me/fast_visa_docs"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, message_id, note, urls
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00",
     "illegal_gambling", "req-240902-01@kcsc.example", "batch of posts and one account",
     [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]),
    ("KCSC-240903-02", "youtube", "2024-09-03T10:30:00+09:00", "2024-09-10T23:59:59+09:00",
     "illegal_gambling", "req-240903-02@kcsc.example", "three videos and a channel",
     [Y1, Y2, Y3, Y4]),
    ("KCSC-240904-03", "meta", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00",
     "fraud", "req-240904-03@kcsc.example", "Facebook and Instagram",
     [M1, M2, M3]),
    ("KCSC-240905-04", "tiktok", "2024-09-05T09:40:00+09:00", "2024-09-12T23:59:59+09:00",
     "drugs", "req-240905-04@kcsc.example", "",
     [T1, T2]),
    ("KCSC-240906-05", "reddit", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00",
     "illegal_gambling", "req-240906-05@kcsc.example", "posts, a comment and a subreddit",
     [R1, R2, R3, R4, R5]),
    ("KCSC-240909-06", "discord", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     "illegal_gambling", "req-240909-06@kcsc.example", "server invite",
     [D1]),
    ("KCSC-240910-07", "telegram", "2024-09-10T16:20:00+09:00", "2024-09-17T23:59:59+09:00",
     "drugs", "req-240910-07@kcsc.example", "",
     [TG1, TG2, TG3]),
]
REQ = {r[0]: r for r in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def request_text(ref, raw_urls=None):
    """Our own request email's body, as platforms quote it back."""
    r = REQ[ref]
    urls = raw_urls or r[7]
    lines = [
        "Dear Sir or Madam,",
        "",
        "The Korea Communications Standards Commission (KCSC) has found that the",
        "content below violates the laws of the Republic of Korea and requests that",
        "it be removed or that access to it be blocked.",
        "",
        f"Reference: {ref}",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += [
        "",
        f"Please tell us the action taken for each URL by {r[3][:10]}.",
        "",
        "KCSC Takedown Desk",
        "takedown@kcsc.example",
    ]
    return "\n".join(lines)


def quoted(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in text.split("\n"))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def enc(text):
    """RFC 2047 encoded-word, as mail clients write non-ASCII headers."""
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


def mid(n):
    return REQ[n][5].split("@")[0]


# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ======================= X (KCSC-240902-01, 12 items) =====================

case(
    name="x-legal-withheld-kr-list",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    date="Wed, 04 Sep 2024 02:14:51 +0000",
    subject="Re: KCSC-240902-01 request for removal of content",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hello,

Thank you for your request (reference KCSC-240902-01).

After reviewing the reported content against the X Rules and local law, we
have withheld access in South Korea to the following posts:

- {X1}
- {X2}

The account below has also been withheld in South Korea. It remains
visible outside the country:

- {X7}

We will send our answer for the remaining URLs in a separate message.

More about country withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal Team
""",
    outcome="applied",
    imitates="X legal team reply on a country withheld content (CWC) decision",
    why="X states each post/account by URL as withheld in South Korea; the rest is a promise about other URLs",
    items={X1: "restricted", X2: "restricted", X7: "restricted"},
)

case(
    name="x-numbered-mixed-outcomes",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    date="Thu, 05 Sep 2024 07:40:02 +0000",
    subject="Re: KCSC-240902-01 request for removal of content",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hello,

Following up on KCSC-240902-01, here is the outcome for the items that
were still open.

1. {X3}
   Removed. The post broke our rules on illegal or certain regulated goods
   and services.
2. {X4}
   Removed for the same reason.
3. {X5}
   No action taken. We did not find a violation of the X Rules, and the
   request did not give us enough of a legal basis to withhold the post.
4. {X6}
   We could not locate this post. Please check that the link is correct.

If you have new information about item 3 you may submit a new request.

Regards,
X Legal Team
""",
    outcome="applied",
    imitates="X legal team per-URL outcome list (removed / no action / not located)",
    why="numbered list, status on the line under each URL",
    items={X3: "removed", X4: "removed", X5: "rejected", X6: "not_found"},
)

case(
    name="x-bare-url-status-below",
    **{"from": "noreply@x.com"},
    name_from="X Support",
    date="Fri, 06 Sep 2024 01:03:44 +0000",
    subject="[Case 0918-33120] Update on your legal request KCSC-240902-01",
    body=f"""
Update on your report

Reported content:
{X8}
Status: Withheld in KR

Reported content:
{X9}
Status: Removed - violation of the X Rules

Reported content:
{X10}
Status: Account does not exist

This is an automated message about the request you submitted. Replies to
this address are not monitored.

X Corp., 1355 Market Street, San Francisco, CA (fictional footer)
""",
    outcome="applied",
    imitates="X automated legal-request case update (content / status pairs)",
    why="each bare URL has its status on the line below; a twitter.com URL says the account does not exist",
    items={X8: "restricted", X9: "removed", X10: "not_found"},
)

case(
    name="x-html-table",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    date="Fri, 06 Sep 2024 09:21:10 +0000",
    subject="KCSC-240902-01 - action summary",
    reply_to_req=mid("KCSC-240902-01"),
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Please find below a summary of the actions taken on your request
<b>KCSC-240902-01</b>.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th><th>Basis</th></tr>
<tr><td><a href="{X11}">{X11}</a></td><td>Removed</td><td>X Rules - counterfeit goods</td></tr>
<tr><td><a href="{X12}">{X12}</a></td><td>Withheld in South Korea</td><td>Local law</td></tr>
<tr><td><a href="{X1}">{X1}</a></td><td>Withheld in South Korea</td><td>Local law</td></tr>
</table>
<p>See <a href="https://help.x.com/en/rules-and-policies/x-legal-faqs">our legal FAQ</a> for how we handle government requests.</p>
<p>Regards,<br>X Legal Team</p>
</body></html>
""",
    outcome="applied",
    imitates="X legal action summary as an HTML table",
    why="HTML table URL | action; the help link is not an item",
    items={X11: "removed", X12: "restricted", X1: "restricted"},
)

case(
    name="x-top-posted-gmail-quote",
    **{"from": "m.okafor@x.com"},
    name_from="Marcus Okafor",
    date="Mon, 09 Sep 2024 03:55:18 +0000",
    subject="Re: KCSC-240902-01 request for removal of content",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hi KCSC team,

Two quick updates on the fake ID posts from your list. We withheld
{X11} in Korea
yesterday. The other one, {X12}, had
already been deleted by the account holder before we reviewed it, so
there was nothing left for us to act on.

Best,
Marcus
X Global Government Affairs

On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text("KCSC-240902-01"))}
""",
    outcome="applied",
    imitates="X staff member's top-posted Gmail reply over the quoted request",
    why="two URLs stated in prose above the quote; the quoted request lists all twelve and changes nothing",
    items={X11: "restricted", X12: "not_found"},
)

CSV_X = "\n".join([
    "reported_url,action,reason",
    f"{X2},Removed,Violation of X Rules (gambling promotion)",
    f"{X3},Withheld in KR,Local law",
    f"{X4},No action,No violation found",
    f"{X6},Removed,Violation of X Rules (illegal goods)",
]) + "\n"

case(
    name="x-csv-attachment",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    date="Sat, 07 Sep 2024 00:30:00 +0000",
    subject="KCSC-240902-01 results (attached)",
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="b148-x-csv"

--b148-x-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

The outcome for each URL we reviewed under KCSC-240902-01 is in the
attached CSV file.

Regards,
X Legal Team

--b148-x-csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_results.csv"
Content-Transfer-Encoding: base64

{b64(CSV_X)}
--b148-x-csv--
""",
    outcome="applied",
    imitates="X legal reply with a per-URL results CSV attachment",
    why="base64 CSV with one action per URL",
    items={X2: "removed", X3: "restricted", X4: "rejected", X6: "removed"},
)

case(
    name="x-korea-office-korean-particles",
    **{"from": "jiyeon.park@x.com"},
    name_from=enc("박지연 (X Korea)"),
    date="Tue, 10 Sep 2024 05:12:40 +0000",
    subject="RE: KCSC-240902-01 " + enc("처리 결과 회신"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
안녕하세요, X 코리아 박지연입니다.

요청하신 KCSC-240902-01 건 중 아래 두 건의 처리 결과를 알려드립니다.

{X5} 는 대한민국 내에서 접근이 제한되었습니다(국가별 게시 보류).
{X6}은 X 규칙 위반으로 삭제되었습니다.

감사합니다.
박지연 드림
""",
    outcome="applied",
    imitates="X Korea staff reply in Korean (국가별 게시 보류 / 삭제)",
    why="Korean statements; the second URL carries the particle 은 with no space",
    items={X5: "restricted", X6: "removed"},
)

case(
    name="x-dsa-style-account-suspended",
    **{"from": "noreply@x.com"},
    name_from="X",
    date="Wed, 04 Sep 2024 16:45:09 +0000",
    subject="Decision on your report KCSC-240902-01",
    body=f"""
Decision on your report

Reference: KCSC-240902-01
Reported account: {X7}

What we decided
We reviewed the account you reported and found that it violated our
policy on illegal or certain regulated goods or services. The account has
been permanently suspended and is no longer available on X.

How we decided
This decision was made by a human reviewer.

What you can do
If you disagree with this decision you can ask us to review it again
within six months: https://help.x.com/forms/appeal-decision

X
""",
    outcome="applied",
    imitates="X DSA-style decision notice to the reporter (account suspended)",
    why="permanent suspension of the reported account = removed; the appeal link is not an item",
    items={X7: "removed"},
)

case(
    name="x-promise-legal-review",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    date="Tue, 03 Sep 2024 08:02:11 +0000",
    subject="Re: KCSC-240902-01 request for removal of content",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hello,

We have started reviewing your request KCSC-240902-01. Based on a first
look, we expect to withhold the following posts in South Korea once our
legal review is complete:

{X1}
{X2}

We will confirm the final outcome for all URLs in your request as soon as
possible.

Regards,
X Legal Team
""",
    outcome="review",
    review="not_understood",
    imitates="X legal interim reply announcing an expected action",
    why="'we expect to withhold ... once our review is complete' is a promise, not a statement",
    items={X1: "pending", X2: "pending"},
)

case(
    name="x-bulk-all-actioned",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    date="Wed, 11 Sep 2024 01:10:00 +0000",
    subject="Re: KCSC-240902-01 request for removal of content",
    reply_to_req=mid("KCSC-240902-01"),
    body="""
Hello,

We have completed our review of request KCSC-240902-01. All of the posts
and accounts listed in your request have been actioned in accordance with
our policies and applicable local law.

Thank you for your cooperation.

X Legal Team
""",
    outcome="review",
    review="bulk",
    imitates="X legal closing reply covering a whole request in one sentence",
    why="one statement about all twelve items without naming any",
    items={},
)

case(
    name="x-untrusted-dkim-fail",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    auth="fail",
    date="Thu, 05 Sep 2024 12:00:31 +0000",
    subject="Re: KCSC-240902-01 request for removal of content",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hello,

The following posts from your request have been removed:

{X3}
{X4}

Regards,
X Legal Team
""",
    outcome="review",
    review="untrusted",
    imitates="X legal reply whose DKIM/DMARC check failed",
    why="x.com sender failing authentication: nothing applied",
    items={X3: "pending", X4: "pending"},
)

# ======================= YouTube (KCSC-240903-02, 4 items) ================

case(
    name="yt-legal-blocked-kr",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 06:31:27 +0000",
    subject="[0-4471000032158] Re: KCSC-240903-02",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
Hello,

Thank you for reaching out to us.

In response to your legal request, we have blocked the following videos
from view on YouTube in South Korea:

{Y1}
{Y2}

In addition, the channel {Y4} has
been terminated for violating our Community Guidelines.

You can read more about how we handle legal removals at
https://support.google.com/legal/answer/3110420

Regards,
The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube legal support reply: local block in KR plus channel termination",
    why="two videos blocked in South Korea, the channel terminated",
    items={Y1: "restricted", Y2: "restricted", Y4: "removed"},
)

YT_QP = f"""Hi,

We reviewed the content you reported under reference KCSC-240903-02.

Video: {Y3}
Outcome: removed from YouTube for violating our policy on harmful or dangerous content.

Video: {Y2}
Outcome: age-restricted. The video can no longer be viewed by signed-out users or by viewers under 18.

Sincerely,
The YouTube Team
"""

case(
    name="yt-qp-removed-agerestricted",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    date="Fri, 06 Sep 2024 10:02:55 +0000",
    subject="Update on your report (KCSC-240903-02)",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(YT_QP)}
""",
    outcome="applied",
    imitates="YouTube report-outcome notice, quoted-printable body",
    why="one video removed, one age-restricted (= restricted)",
    items={Y3: "removed", Y2: "restricted"},
)

case(
    name="yt-no-violation-and-gone",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 02:20:44 +0000",
    subject="[0-4471000032158] Re: KCSC-240903-02",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
Hello,

We have completed our review of the remaining items.

- {Y4}: after careful review we did not find that this channel violates
  our Community Guidelines or local law, and we are not taking action on
  it at this time. It remains available.
- {Y1}: this video had already been removed by the uploader before we
  reviewed it.

Regards,
The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube legal reply declining action and noting an uploader deletion",
    why="channel stays up (rejected); video already deleted by its uploader (not_found)",
    items={Y4: "rejected", Y1: "not_found"},
)

case(
    name="yt-angle-brackets",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 04 Sep 2024 23:48:03 +0000",
    subject="Re: KCSC-240903-02",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
Hello,

The following video has been removed globally for violating our spam,
deceptive practices and scams policies:
<{Y1}>

We were unable to locate a video at the link below. It may have been
mistyped; please check it and send it again if needed:
<{Y3}>

Regards,
The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube legal reply with URLs in angle brackets below each statement",
    why="statement line ends with ':' and the URL follows in <...>",
    items={Y1: "removed", Y3: "not_found"},
)

case(
    name="yt-hedge-and-under-review",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 04 Sep 2024 04:05:12 +0000",
    subject="Re: KCSC-240903-02",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
Hello,

Thanks for your patience. A quick status note on your request:

{Y2} appears to have been taken down already, but we are still
confirming this with the responsible team.

{Y3} is currently under review by our legal team.

We will write again once we have a final answer.

The YouTube Legal Team
""",
    outcome="review",
    review="not_understood",
    imitates="YouTube legal interim status note",
    why="'appears to have been taken down' is a hedge and 'under review' no statement",
    items={Y2: "pending", Y3: "pending"},
)

case(
    name="yt-untrusted-auth-fail",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    auth="fail",
    date="Sat, 07 Sep 2024 13:13:13 +0000",
    subject="Your report outcome (KCSC-240903-02)",
    body=f"""
Hi,

Thanks for reporting. We removed the following video for violating our
Community Guidelines:

{Y2}

- The YouTube Team
""",
    outcome="review",
    review="untrusted",
    imitates="YouTube report-outcome notice that failed DMARC",
    why="youtube.com sender failing authentication",
    items={Y2: "pending"},
)

# ======================= Meta (KCSC-240904-03, 3 items) ===================

case(
    name="meta-sor-blocks",
    **{"from": "noreply@support.facebook.com"},
    name_from="Meta",
    date="Fri, 06 Sep 2024 08:44:37 +0000",
    subject="Decision on your report - KCSC-240904-03",
    body=f"""
Hello,

This message tells you what we decided about the content in your report
KCSC-240904-03.

Item 1
Content: {M1}
Decision: Removed
Ground: goes against our Community Standards on Fraud, Scams and
Deceptive Practices
Automated means used: No

Item 2
Content: {M2}
Decision: Access restricted in South Korea
Ground: reported as unlawful under Korean law; it does not go against our
Community Standards, so it remains available in other countries
Automated means used: No

You can read about your options at https://www.facebook.com/help/report-outcomes

Meta Content Review
""",
    outcome="applied",
    imitates="Meta DSA-style statement of reasons, one block per reported item",
    why="item blocks: removed / restricted in South Korea",
    items={M1: "removed", M2: "restricted"},
)

case(
    name="meta-profile-not-found",
    **{"from": "records@fb.com"},
    name_from="Meta Law Enforcement Response",
    date="Mon, 09 Sep 2024 01:19:50 +0000",
    subject="Re: KCSC-240904-03",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
Hello,

We looked for the profile at {M3} but could
not find it. The link may be broken or the profile may not exist. If you
have another identifier for this profile (a username or a different
link), please send it to us.

Thanks,
Meta LER Team
""",
    outcome="applied",
    imitates="Meta law enforcement response team reply: profile not found",
    why="'could not find it ... may not exist' is a plain not-found statement; the request for another identifier is optional",
    items={M3: "not_found"},
)

case(
    name="meta-outlook-quoted",
    **{"from": "s.lindqvist@meta.com"},
    name_from="Sofia Lindqvist",
    date="Tue, 10 Sep 2024 07:07:07 +0000",
    subject="RE: KCSC-240904-03 request for removal of content",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
Hello,

We removed the Instagram post {M2} and
disabled the Facebook profile {M3} under our
Community Standards.

Kind regards,
Sofia Lindqvist
Content Regulation, Meta Platforms

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 11:00 AM
To: Meta Law Enforcement <lawenforcement-kr@meta.com>
Subject: KCSC-240904-03 request for removal of content

{request_text("KCSC-240904-03")}
""",
    outcome="applied",
    imitates="Meta staff Outlook reply over the unquoted original request",
    why="two items stated above '-----Original Message-----'; the request below (with item 1) changes nothing",
    items={M2: "removed", M3: "removed"},
)

case(
    name="meta-bulk-all-three",
    **{"from": "records@fb.com"},
    name_from="Meta Law Enforcement Response",
    date="Thu, 12 Sep 2024 02:30:00 +0000",
    subject="Re: KCSC-240904-03",
    reply_to_req=mid("KCSC-240904-03"),
    body="""
Hello,

We reviewed the three items in your request KCSC-240904-03 and removed all
of them for going against our Community Standards.

Thanks,
Meta LER Team
""",
    outcome="review",
    review="bulk",
    imitates="Meta LER one-line closing reply",
    why="one statement for all three items of a three-item request, none named",
    items={},
)

case(
    name="meta-mdn-read-receipt",
    **{"from": "h.tanaka@meta.com"},
    name_from="Hiro Tanaka",
    date="Wed, 04 Sep 2024 03:05:00 +0000",
    subject="Read: KCSC-240904-03 request for removal of content",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="b148-mdn"

--b148-mdn
Content-Type: text/plain; charset=utf-8

Your message

  To: lawenforcement-kr@meta.com
  Subject: KCSC-240904-03 request for removal of content
  Sent: Wednesday, September 4, 2024 11:00 AM (UTC+09:00) Seoul

was read on Wednesday, September 4, 2024 12:05 PM (UTC+09:00) Seoul.

--b148-mdn
Content-Type: message/disposition-notification

Reporting-UA: meta.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;h.tanaka@meta.com
Original-Message-ID: <{REQ["KCSC-240904-03"][5]}>
Disposition: manual-action/MDN-sent-manually; displayed

--b148-mdn--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="a read receipt says nothing about items",
    items={},
)

# ======================= TikTok (KCSC-240905-04, 2 items) =================

TT_HTML = f"""<html><body style="font-family:Arial">
<p>Hi,</p>
<p>Thanks for your report <b>KCSC-240905-04</b>. Here is what we decided.</p>
<p><b>Content:</b> <a href="{T1}">{T1}</a><br>
<b>Decision:</b> Restricted in South Korea<br>
<b>Reason:</b> Local law. The video remains available in other regions.</p>
<p><b>Content:</b> <a href="{T2}">{T2}</a><br>
<b>Decision:</b> Removed<br>
<b>Reason:</b> Violates our Community Guidelines on drugs, controlled substances, alcohol and tobacco.</p>
<p>Learn more about <a href="https://www.tiktok.com/legal/page/global/reporting-illegal-content/en">how we review reports of illegal content</a>.</p>
<p>TikTok Trust &amp; Safety</p>
</body></html>"""

TT_TEXT = f"""Hi,

Thanks for your report KCSC-240905-04. Here is what we decided.

Content: {T1}
Decision: Restricted in South Korea
Reason: Local law. The video remains available in other regions.

Content: {T2}
Decision: Removed
Reason: Violates our Community Guidelines on drugs, controlled substances, alcohol and tobacco.

TikTok Trust & Safety
"""

case(
    name="tiktok-sor-html-alternative",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok",
    date="Sat, 07 Sep 2024 11:25:00 +0000",
    subject="Your report: decision",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="b148-tt"

--b148-tt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{TT_TEXT}
--b148-tt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(TT_HTML)}
--b148-tt--
""",
    outcome="applied",
    imitates="TikTok illegal-content report decision (DSA-style), text + base64 HTML",
    why="one video restricted in South Korea, the other removed",
    items={T1: "restricted", T2: "removed"},
)

case(
    name="tiktok-no-violation",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Mon, 09 Sep 2024 06:00:12 +0000",
    subject="Re: KCSC-240905-04",
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""
Dear KCSC,

We have reviewed the video at {T2} against
our Community Guidelines and applicable local law. We did not find a
violation, so the video will stay up.

If you can share the specific legal provision the video breaches, we are
happy to look at it again.

Kind regards,
TikTok Legal Team
""",
    outcome="applied",
    imitates="TikTok legal reply refusing a removal with its reason",
    why="'did not find a violation, so the video will stay up' is a refusal (rejected), not a promise",
    items={T2: "rejected"},
)

case(
    name="tiktok-lookalike-domain",
    **{"from": "case-team@tiktok-legal-response.com"},
    name_from="TikTok Legal Response",
    date="Sun, 08 Sep 2024 09:09:09 +0000",
    subject="Re: KCSC-240905-04",
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""
Dear KCSC,

We confirm that the following video has been removed from TikTok:
{T1}

TikTok Legal Response (outsourced case handling)
""",
    outcome="review",
    review="unknown_sender",
    imitates="reply from a domain that is not one of TikTok's sender domains",
    why="sender domain tiktok-legal-response.com is no platform's domain",
    items={T1: "pending"},
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok",
    date="Thu, 05 Sep 2024 00:41:00 +0000",
    subject="We received your report (KCSC-240905-04)",
    body="""
Hi,

We've received your report about content on TikTok and created ticket
#TT-58827104. Our team will review it and let you know the outcome.

You don't need to reply to this email.

TikTok Trust & Safety
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="TikTok report receipt with a ticket number",
    why="pure acknowledgement, nothing about any item",
    items={},
)

# ======================= Reddit (KCSC-240906-05, 5 items) =================

case(
    name="reddit-legal-removals-wrapped",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Mon, 09 Sep 2024 18:22:00 +0000",
    subject="Re: KCSC-240906-05 request for removal of content",
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""
Hello,

Thank you for your notice KCSC-240906-05. We have taken the following
actions:

The post <https://www.reddit.com/r/koreanbets/comments/1f8abcd/
daily_odds_thread/> has been removed by Reddit admins.

The post {R2_RAW} has been geo-blocked for
users in South Korea.

The subreddit {R4} has been banned for violating the Reddit
Content Policy and is no longer accessible.

Best,
Reddit Legal
""",
    outcome="applied",
    imitates="Reddit legal reply on a government removal request",
    why="first URL wrapped inside angle brackets; Korean slug raw; subreddit banned = removed",
    items={R1: "removed", R2: "restricted", R4: "removed"},
)

case(
    name="reddit-bullets-removed-and-deleted",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Tue, 10 Sep 2024 17:00:45 +0000",
    subject="Re: KCSC-240906-05 request for removal of content",
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""
Hi there,

Update on the remaining items:

* {R3} -- removed (Reddit Content Policy, Rule 5: illegal transactions)
* {R5} -- this comment was already deleted by its author, so no action was needed

Best,
Reddit Legal
""",
    outcome="applied",
    imitates="Reddit legal bulleted per-URL update",
    why="bulleted URLs with their status after a dash",
    items={R3: "removed", R5: "not_found"},
)

REDDIT_HTML = f"""<html><body>
<p>Hello,</p>
<p>Here are the results for notice <b>KCSC-240906-05</b>:</p>
<table border="1">
<tr><th>URL</th><th>Result</th></tr>
<tr><td>{R1}</td><td>Content removed</td></tr>
<tr><td>{R3}</td><td>Content removed</td></tr>
<tr><td>{R5}</td><td>No action - the comment does not break Reddit's rules and we found no sufficient legal basis to restrict it</td></tr>
</table>
<p>Reddit Legal</p>
</body></html>
"""

case(
    name="reddit-base64-html-table",
    **{"from": "noreply@redditmail.com"},
    name_from="Reddit",
    date="Wed, 11 Sep 2024 19:40:00 +0000",
    subject="Results for notice KCSC-240906-05",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(REDDIT_HTML)}
""",
    outcome="applied",
    imitates="Reddit results notice as a base64 HTML table",
    why="table of URL | result; the third row refuses with a reason",
    items={R1: "removed", R3: "removed", R5: "rejected"},
)

case(
    name="reddit-moderator-gmail",
    **{"from": "koreanbets.mod@gmail.com"},
    name_from="koreanbets mod team",
    date="Sun, 08 Sep 2024 11:11:11 +0000",
    subject="Re: KCSC-240906-05",
    body=f"""
Hi,

I'm one of the volunteer moderators of r/koreanbets. Reddit admins told us
about your request, so I removed this thread from the subreddit:
{R1}

Cheers,
u/odds_keeper
""",
    outcome="review",
    review="unknown_sender",
    imitates="a volunteer subreddit moderator writing from a personal mailbox",
    why="not Reddit's sender domain; a moderator is not the platform",
    items={R1: "pending"},
)

case(
    name="reddit-zendesk-receipt-echo",
    **{"from": "support@reddit.com"},
    name_from="Reddit Help",
    date="Fri, 06 Sep 2024 05:10:00 +0000",
    subject="[Reddit Help] Re: KCSC-240906-05 request for removal of content",
    body=f"""
##- Please type your reply above this line -##

Your request (#88213447) has been received and is being reviewed by our
team. We will reply as soon as we can.

To add more information to this request, reply to this email.

----------------------------------------------

KCSC Takedown, Sep 6, 2024, 14:00 KST

{request_text("KCSC-240906-05", raw_urls=[R1, R2_RAW, R3, R4, R5])}

----------------------------------------------

This email is a service from Reddit Help.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Zendesk-style help-desk receipt echoing the submitted request",
    why="receipt only; the URLs are our own request echoed back",
    items={},
)

# ======================= Discord (KCSC-240909-06, 1 item) =================

case(
    name="discord-server-removed",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 21:03:00 +0000",
    subject="Re: KCSC-240909-06",
    reply_to_req=mid("KCSC-240909-06"),
    body=f"""
Hello,

Thanks for reaching out. Our Safety team investigated the server behind
the invite {D1} and removed it from Discord for
violating our Community Guidelines on regulated and illegal activities.

Discord Trust & Safety
""",
    outcome="applied",
    imitates="Discord Trust & Safety reply after removing a reported server",
    why="server behind the invite removed",
    items={D1: "removed"},
)

case(
    name="discord-sole-statement-one-item",
    **{"from": "noreply@discord.com"},
    name_from="Discord",
    date="Thu, 12 Sep 2024 04:00:00 +0000",
    subject="Update on your report KCSC-240909-06",
    reply_to_req=mid("KCSC-240909-06"),
    body="""
Hi,

We've finished reviewing your report (KCSC-240909-06). The content you
reported violated our Community Guidelines and has been removed.

Thanks for helping keep Discord safe.

Discord Trust & Safety
""",
    outcome="applied",
    imitates="Discord report-outcome notice with no URL",
    why="no URL, but the request has one item, so the single statement applies to it",
    items={D1: "removed"},
)

case(
    name="discord-invite-invalid",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 22:45:00 +0000",
    subject="Re: KCSC-240909-06",
    reply_to_req=mid("KCSC-240909-06"),
    body=f"""
Hello,

The invite link you sent ({D1}) is invalid. It does not point to
any server on Discord, so we were unable to identify the content you
reported. If you have a server ID or message links, please send them.

Discord Trust & Safety
""",
    outcome="applied",
    imitates="Discord Trust & Safety reply on an invalid invite",
    why="invalid link / no such server = not_found",
    items={D1: "not_found"},
)

case(
    name="discord-hedge-may-be-deleted",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 03:30:00 +0000",
    subject="Re: KCSC-240909-06",
    reply_to_req=mid("KCSC-240909-06"),
    body="""
Hello,

It looks like the server behind discord.gg/nightslots may already have
been deleted by its owner. We'll confirm once our investigation is
complete.

Discord Trust & Safety
""",
    outcome="review",
    review="not_understood",
    imitates="Discord Trust & Safety interim reply",
    why="'may already have been deleted' is a hedge, and confirmation is promised later",
    items={D1: "pending"},
)

# ======================= Telegram (KCSC-240910-07, 3 items) ===============

case(
    name="telegram-channel-blocked",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 12:20:00 +0000",
    subject="Re: KCSC-240910-07",
    reply_to_req=mid("KCSC-240910-07"),
    body="""
Hello,

Thank you for your report.

The channel t.me/seoul_ice_market has been blocked for violating the
Telegram Terms of Service.

The channel t.me/fast_visa_docs has been restricted for users in South
Korea.

Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse desk short reply (blocked / restricted in country)",
    why="scheme-less t.me links; blocked = removed, restricted for users in South Korea = restricted",
    items={TG1: "removed", TG3: "restricted"},
)

case(
    name="telegram-message-deleted-other-refused",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    date="Thu, 12 Sep 2024 09:00:00 +0000",
    subject="Re: KCSC-240910-07",
    reply_to_req=mid("KCSC-240910-07"),
    body=f"""
Hello,

{TG2} - the message has been deleted.

{TG3} - we reviewed this channel and did not find content that breaks
our Terms of Service. No action was taken.

Telegram Moderation
""",
    outcome="applied",
    imitates="Telegram moderation reply, one line per link",
    why="one message deleted (removed), one channel left up with a reason (rejected)",
    items={TG2: "removed", TG3: "rejected"},
)

case(
    name="telegram-asks-message-links",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 02:02:02 +0000",
    subject="Re: KCSC-240910-07",
    reply_to_req=mid("KCSC-240910-07"),
    body=f"""
Hello,

To act on your report about {TG1} we need links to the
specific messages that break the law, not only the link to the channel.
Please reply with the message links (they look like
https://t.me/channelname/123).

Telegram Abuse Team
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Telegram abuse desk asking for message links",
    why="asks for more information about a requested item; no status",
    items={TG1: "pending"},
)

case(
    name="telegram-out-of-office",
    **{"from": "n.ivanova@telegram.org"},
    name_from="Nadia Ivanova",
    date="Tue, 10 Sep 2024 07:21:00 +0000",
    subject="Automatic reply: KCSC-240910-07 request for removal of content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 23 September with
limited access to email. For urgent abuse reports please write to
abuse@telegram.org.

Nadia
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="auto-reply",
    items={},
)

# ======================= Other platforms (no request of their own) =========

case(
    name="pinterest-not-our-service",
    **{"from": "legal@pinterest.com"},
    name_from="Pinterest Legal",
    date="Fri, 06 Sep 2024 16:16:00 +0000",
    subject="Re: content removal request",
    body=f"""
Hello,

Thank you for your message. The links you sent us point to content hosted
on other services, not on Pinterest:

{M2}
{T1}

Because this content is not on Pinterest, we are unable to remove it.
Please contact the service that hosts it.

Pinterest Legal
""",
    outcome="review",
    review="wrong_platform",
    imitates="'we do not host this content' reply from a platform that was sent the wrong links",
    why="Pinterest speaking about Instagram and TikTok items",
    items={M2: "pending", T1: "pending"},
)

case(
    name="pinterest-out-of-office",
    **{"from": "j.morales@pinterest.com"},
    name_from="Julia Morales",
    date="Mon, 09 Sep 2024 15:00:00 +0000",
    subject="Out of Office: content removal request",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Hi,

I'm away until Monday, 16 September, and will reply when I'm back. For
legal requests please use our online form.

Julia
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Gmail-style vacation responder",
    why="auto-reply",
    items={},
)

case(
    name="twitch-use-portal",
    **{"from": "legal@twitch.tv"},
    name_from="Twitch Legal",
    date="Thu, 05 Sep 2024 19:30:00 +0000",
    subject="Re: question about government removal requests",
    body="""
Hello,

Thank you for reaching out to Twitch. This mailbox does not process
content removal requests from government agencies. Please submit your
request through our government request portal at
https://www.twitch.tv/p/legal/government-requests/ so that it can be
routed to the right team.

Twitch Legal
""",
    outcome="review",
    review="no_claims",
    imitates="Twitch legal reply redirecting to its request portal",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="snapchat-report-received",
    **{"from": "no-reply@snap.com"},
    name_from="Snapchat Support",
    date="Sat, 07 Sep 2024 03:33:00 +0000",
    subject="We got your report",
    body="""
Hi there,

Thanks for contacting Snapchat Support. We've received your report and
our team will look into it. Your case number is 0451-882-11.

Team Snapchat
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Snapchat support case receipt",
    why="pure acknowledgement",
    items={},
)

DSN_TEXT = """This is an automatically generated Delivery Status Notification.

Address not found

Your message wasn't delivered to legal-kr-old@google.com because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
"""

case(
    name="gmail-dsn-bounce",
    **{"from": "mailer-daemon@googlemail.com"},
    name_from="Mail Delivery Subsystem",
    date="Tue, 03 Sep 2024 01:31:00 +0000",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="b148-dsn"

--b148-dsn
Content-Type: text/plain; charset=utf-8

{DSN_TEXT}
--b148-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 03 Sep 2024 01:30:58 +0000

Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

--b148-dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: KCSC-240903-02 request for removal of content
Message-ID: <{REQ["KCSC-240903-02"][5]}>
Date: Tue, 03 Sep 2024 10:30:00 +0900
Content-Type: text/plain; charset=utf-8

{request_text("KCSC-240903-02")}

--b148-dsn--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Gmail delivery failure (DSN) carrying the original request",
    why="bounce; the URLs are in our own returned request",
    items={},
)

case(
    name="meta-dsn-delayed",
    **{"from": "postmaster@mx.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    date="Wed, 04 Sep 2024 06:00:00 +0000",
    subject="Delayed Mail (still being retried)",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="b148-delay"

--b148-delay
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<lawenforcement-kr@meta.com>: connect to mx.meta.com[203.0.113.25]:25:
    Connection timed out

--b148-delay
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 4 Sep 2024 11:00:00 +0900 (KST)

Final-Recipient: rfc822; lawenforcement-kr@meta.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.meta.com[203.0.113.25]:25: Connection timed out

--b148-delay
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: Meta Law Enforcement <lawenforcement-kr@meta.com>
Subject: KCSC-240904-03 request for removal of content
Message-ID: <{REQ["KCSC-240904-03"][5]}>

--b148-delay--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix delayed-delivery warning (DSN, action delayed)",
    why="delay warning from our own MTA",
    items={},
)

HEADER = """# Blind set 148: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).
# Written by tests/corpus/blind148/make.py from each email's meaning,
# before any run of the reader. Each case is judged alone on a fresh ledger
# holding blind148/requests.csv; unlisted items stay pending."""


if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind148", HEADER, cases)
    print("%d cases" % len(cases))
