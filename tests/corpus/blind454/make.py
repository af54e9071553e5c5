#!/usr/bin/env python3
"""Blind set 454: English notices from many platforms (Meta, X, YouTube,
TikTok, Reddit, Discord, Pinterest, with Twitch and Snapchat as senders of
mail about no request of theirs).

    python3 tests/corpus/blind454/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the email's meaning alone, before the
reader was run on this set. All names, ids and URLs are fictional.
"""
import base64
import csv
import datetime
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests

REQ = {
    "meta": ("KCSC-240917-01", "2024-09-17T01:30:00Z", "2024-09-24T14:59:59Z", "req-240917-01"),
    "x": ("KCSC-240917-02", "2024-09-17T02:10:00Z", "2024-09-24T14:59:59Z", "req-240917-02"),
    "youtube": ("KCSC-240918-03", "2024-09-18T00:45:00Z", "2024-09-25T14:59:59Z", "req-240918-03"),
    "tiktok": ("KCSC-240918-04", "2024-09-18T03:20:00Z", "2024-09-25T14:59:59Z", "req-240918-04"),
    "reddit": ("KCSC-240919-05", "2024-09-19T01:05:00Z", "2024-09-26T14:59:59Z", "req-240919-05"),
    "discord": ("KCSC-240919-06", "2024-09-19T05:40:00Z", "2024-09-26T14:59:59Z", "req-240919-06"),
    "pinterest": ("KCSC-240920-07", "2024-09-20T00:15:00Z", "2024-09-27T14:59:59Z", "req-240920-07"),
}

FB1 = "https://www.facebook.com/groups/harborlanetraders/posts/7720145503318842/"
FB2 = "https://www.facebook.com/groups/harborlanetraders/posts/7720198840021157/"
FB3 = "https://www.facebook.com/permalink.php?story_fbid=pfbid02Kx7QmTr9&id=100089412230551"
FB4 = "https://www.facebook.com/reel/1184420937712205"
FB5 = "https://www.facebook.com/marketplace/item/915523306640718/"
IG1 = "https://www.instagram.com/p/C9vQx2LtR4e/"
IG2 = "https://www.instagram.com/p/C9wA7hUMk0s/"
IG3 = "https://www.instagram.com/reel/C9yLm3ZoP1q/"
IG4 = "https://www.instagram.com/nightjar.supply.kr/"
FB6 = "https://www.facebook.com/watch/?v=1049933127765012"
IG5 = "https://www.instagram.com/p/C-1bT8eRw2n/"
TH1 = "https://www.threads.net/@nightjar.supply.kr/post/C9zE4pQyK7d"
META = [FB1, FB2, FB3, FB4, FB5, IG1, IG2, IG3, IG4, FB6, IG5, TH1]

X1 = "https://x.com/grey_pelican77/status/1834410022871553290"
X2 = "https://x.com/grey_pelican77/status/1834415561029871744"
X3 = "https://twitter.com/lunar_tollbooth/status/1833987701455298561"
X4 = "https://x.com/lunar_tollbooth"
XS = [X1, X2, X3, X4]

YT1 = "https://www.youtube.com/watch?v=q7Lm2VxR0aE"
YT2 = "https://youtu.be/Hd93kPz_wQ4"
YT3 = "https://www.youtube.com/shorts/Zt5nB1cYw8M"
YTS = [YT1, YT2, YT3]

TT1 = "https://www.tiktok.com/@velvetcourier/video/7413378820145528091"
TT2 = "https://www.tiktok.com/@velvetcourier/video/7413390015527603474"
TT3 = "https://www.tiktok.com/@sodamoth_kr/video/7412001938476108053"
TT4 = "https://www.tiktok.com/@sodamoth_kr"
TT5 = "https://www.tiktok.com/@orchid.relay/photo/7414102233857719560"
TTS = [TT1, TT2, TT3, TT4, TT5]

RD1 = "https://www.reddit.com/r/SeoulBargains/comments/1fj3k2q/cheap_meds_no_prescription/"
RD2 = "https://www.reddit.com/r/SeoulBargains/comments/1fj3k2q/comment/lnp8x2d/"
RD3 = "https://www.reddit.com/user/quietlantern_404/"
RDS = [RD1, RD2, RD3]

DC1 = "https://discord.gg/Kw7rTzq4"

PN1 = "https://www.pinterest.com/pin/845424636012345678/"
PN2 = "https://kr.pinterest.com/pin/845424636012399021/"
PNS = [PN1, PN2]

ITEMS = [
    ("meta", META, ["drugs", "drugs", "drugs", "drugs", "counterfeit", "drugs", "drugs", "drugs",
                    "drugs", "fraud", "fraud", "drugs"],
     ["group post", "group post", "page post", "reel", "marketplace listing", "", "", "reel",
      'seller account, "nightjar supply"', "video", "", "Threads post"]),
    ("x", XS, ["gambling"] * 4, ["", "", "post", "account, whole profile"]),
    ("youtube", YTS, ["fraud"] * 3, ["", "short link", "Short"]),
    ("tiktok", TTS, ["drugs"] * 5, ["", "", "", "account", "photo post"]),
    ("reddit", RDS, ["drugs"] * 3, ["thread", "comment in the thread", "user profile"]),
    ("discord", [DC1], ["drugs"], ['server invite; server name "Han River Deals"']),
    ("pinterest", PNS, ["counterfeit"] * 2, ["", "kr. subdomain, same board"]),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for platform, urls, cats, notes in ITEMS:
            ref, sent, due, mid = REQ[platform]
            for url, cat, note in zip(urls, cats, notes):
                w.writerow([ref, platform, sent, due, url, cat, mid + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers

def d(day, hh, mm, ss=0, tz="+0000"):
    t = datetime.datetime(2024, 9, day, hh, mm, ss)
    return t.strftime("%a, %d %b %Y %H:%M:%S ") + tz


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quoted_request(platform, urls, prefix="> "):
    ref = REQ[platform][0]
    lines = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission requests the removal of the",
        f"following content, which is illegal under Korean law (reference {ref}):",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please reply to this address with the action taken for each URL.", "",
              "KCSC Takedown Desk"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def subj(platform, text="Request for removal of illegal content"):
    return f"[{REQ[platform][0]}] {text}"


def rid(platform):
    return REQ[platform][3]


# ---------------------------------------------------------------- cases

CASES = []


def case(**kw):
    CASES.append(kw)


# ===== Meta (KCSC-240917-01, 12 items) =====================================

case(
    name="meta-decision-numbered-four",
    outcome="applied", classification="confirmation",
    imitates="Meta content regulatory team reply to a government notice, numbered decisions per URL",
    why="four URLs each with an unhedged decision: two removed, one restricted in Korea, one no action",
    **{"from": "regulatory-noreply@meta.com"}, name_from="Meta Content Regulatory Operations",
    date=d(19, 6, 12), subject="Re: " + subj("meta"), reply_to_req=rid("meta"),
    body=f"""
Hello,

Thank you for your notice dated 17 September 2024 (your reference
KCSC-240917-01). Our team has completed its review of four of the URLs in
your notice. Our decisions are set out below.

1. {FB1}
   Decision: Removed. This content goes against the Facebook Community
   Standards on restricted goods and services and is no longer available on
   Facebook.

2. {FB2}
   Decision: Removed, for the same reason.

3. {FB4}
   Decision: Access restricted in South Korea. We did not find a violation of
   our Community Standards, but based on the local law cited in your notice we
   have restricted access to this reel for people in South Korea.

4. {IG1}
   Decision: No action taken. This post does not go against the Instagram
   Community Guidelines, and the information provided does not allow us to
   conclude that it is unlawful in South Korea.

The remaining URLs in your notice are still being reviewed; we will write to
you separately about them.

You can read how we handle government requests at
https://transparency.meta.com/reports/content-restrictions/

Regards,
Meta Content Regulatory Operations
""",
    items={FB1: "removed", FB2: "removed", FB4: "restricted", IG1: "rejected"},
)

META_TABLE_ROWS = [
    (IG2, "Removed", "Community Guidelines: regulated goods"),
    (IG3, "Restricted in South Korea", "Local law"),
    (IG4, "No action taken", "No violation found"),
    (TH1, "Content not found", "This post no longer exists on Threads"),
]
_rows_html = "\n".join(
    f'<tr><td><a href="{u}">{u}</a></td><td>{a}</td><td>{r}</td></tr>' for u, a, r in META_TABLE_ROWS)
_rows_txt = "\n".join(f"{u}\n    {a} ({r})\n" for u, a, r in META_TABLE_ROWS)
case(
    name="meta-instagram-html-table",
    outcome="applied", classification="confirmation",
    imitates="Instagram/Threads report outcome with a per-link HTML table (multipart/alternative)",
    why="a table row per link: removed, restricted in Korea, no action, not found",
    **{"from": "no-reply@mail.instagram.com"}, name_from="Instagram",
    date=d(20, 8, 41), subject="Update on your report KCSC-240917-01 (Instagram and Threads)",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="=_ig454_alt"

--=_ig454_alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hi,

We've reviewed the Instagram and Threads content in your report
KCSC-240917-01. Here is what happened to each link:

{_rows_txt}
Thanks for helping us keep Instagram and Threads safe.
Instagram Help Center: https://help.instagram.com/

--=_ig454_alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi,</p>
<p>We've reviewed the Instagram and Threads content in your report KCSC-240917-01.
Here is what happened to each link:</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Link</th><th>Outcome</th><th>Reason</th></tr>
{_rows_html}
</table>
<p>Thanks for helping us keep Instagram and Threads safe.<br>
<a href="https://help.instagram.com/">Instagram Help Center</a></p>
</body></html>

--=_ig454_alt--
""",
    items={IG2: "removed", IG3: "restricted", IG4: "rejected", TH1: "not_found"},
)

case(
    name="meta-local-law-status-below-url",
    outcome="applied", classification="confirmation",
    imitates="Meta 'content restricted based on local law' reply, bare URL with the action on the next line",
    why="each bare URL has its action on the line below: two restricted in Korea, one removed globally",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Legal Requests",
    date=d(21, 2, 5), subject="RE: " + subj("meta"), reply_to_req=rid("meta"),
    body=f"""
Dear KCSC,

We are writing about your request KCSC-240917-01.

Having reviewed the content against applicable Korean law and our own
policies, we have taken the following actions:

{FB5}
Restricted in South Korea

{FB6}
Restricted in South Korea

{IG5}
Removed globally - violates our Community Standards on fraud and scams

The people who shared this content have been notified and can appeal.

Best,
Meta Legal Requests Team
""",
    items={FB5: "restricted", FB6: "restricted", IG5: "removed"},
)

case(
    name="meta-toppost-one-removed-over-request",
    outcome="applied", classification="confirmation",
    imitates="agent reply top-posted above the Gmail-quoted request",
    why="one URL removed in the top post; the other eleven appear only in the quoted request and stay pending",
    **{"from": "support@facebookmail.com"}, name_from="Facebook Support (Sunny)",
    date=d(18, 23, 58), subject="Re: " + subj("meta"), reply_to_req=rid("meta"),
    body=f"""
Hi KCSC team,

A quick update on one link from your request: the post at
{FB3} has been removed for violating our policies on regulated goods.

We're still looking at the other links and will follow up.

Sunny
Facebook Support

On Tue, 17 Sep 2024 at 10:30, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("meta", META)}
""",
    items={FB3: "removed", FB1: "pending", IG4: "pending"},
)

_meta_csv_rows = [
    (FB1, "Removed", "Community Standards - restricted goods"),
    (FB2, "Removed", "Community Standards - restricted goods"),
    (FB3, "Removed", "Community Standards - restricted goods"),
    (FB4, "Restricted (KR)", "Local law"),
    (FB5, "Removed", "Community Standards - counterfeit"),
    (IG1, "No action", "No violation of Community Guidelines or local law found"),
    (IG2, "Removed", "Community Guidelines - regulated goods"),
    (IG3, "Restricted (KR)", "Local law"),
    (IG4, "Account disabled", "Repeated violations"),
    (FB6, "Restricted (KR)", "Local law"),
    (IG5, "Content not found", "Deleted by the person who posted it"),
    (TH1, "No action", "No violation found"),
]


def _csv_text(header, rows):
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


case(
    name="meta-csv-attachment-all-twelve",
    outcome="applied", classification="confirmation",
    imitates="government-request outcome sheet sent as a CSV attachment",
    why="the attached CSV gives an unhedged action for each of the twelve URLs",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Legal Requests",
    date=d(23, 5, 30), subject="KCSC-240917-01 - outcome of review (attached)",
    reply_to_req=rid("meta"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="----=_Part_454_77120"

------=_Part_454_77120
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dear KCSC,

Please find attached the outcome of our review of the twelve URLs in your
request KCSC-240917-01, one row per URL.

Kind regards,
Meta Legal Requests Team

------=_Part_454_77120
Content-Type: text/csv; charset=utf-8; name="KCSC-240917-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240917-01_outcome.csv"
Content-Transfer-Encoding: 7bit

{_csv_text(["URL", "Action", "Basis"], _meta_csv_rows)}
------=_Part_454_77120--
""",
    items={FB1: "removed", FB2: "removed", FB3: "removed", FB4: "restricted", FB5: "removed",
           IG1: "rejected", IG2: "removed", IG3: "restricted", IG4: "removed", FB6: "restricted",
           IG5: "not_found", TH1: "rejected"},
)

case(
    name="meta-outlook-reply-two-items",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above an '-----Original Message-----' block",
    why="two URLs stated above the original message: listing removed, account disabled",
    **{"from": "j.whitcombe@meta.com"}, name_from="Jonah Whitcombe",
    date=d(20, 1, 17), subject="RE: " + subj("meta"), reply_to_req=rid("meta"),
    body=f"""
Hello,

Following up on KCSC-240917-01:

- The Marketplace listing {FB5} has been taken down.
- The Instagram account {IG4} has been disabled for repeated violations of
  our Community Guidelines.

The remaining items are with our legal team.

Regards,
Jonah Whitcombe
Government & Regulatory Response | Meta

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 10:30 AM
To: legal-requests@meta.com
Subject: {subj("meta")}

{quoted_request("meta", META, prefix="")}
""",
    items={FB5: "removed", IG4: "removed"},
)

case(
    name="meta-wrapped-angle-url",
    outcome="applied", classification="confirmation",
    imitates="plain-text support reply whose long link is wrapped inside angle brackets",
    why="the permalink (wrapped at '&' inside <>) and the watch video are both stated removed",
    **{"from": "support@facebookmail.com"}, name_from="Facebook",
    date=d(22, 7, 3), subject="Your report about content on Facebook [KCSC-240917-01]",
    body=f"""
Hi,

We removed the following content from Facebook because it goes against our
Community Standards:

<https://www.facebook.com/permalink.php?story_fbid=pfbid02Kx7QmTr9&
 id=100089412230551>
<{FB6}>

Thanks for letting us know.
The Facebook Team
""",
    items={FB3: "removed", FB6: "removed"},
)

# ===== X (KCSC-240917-02, 4 items) =========================================

case(
    name="x-withheld-kr-angle-brackets",
    outcome="applied", classification="confirmation",
    imitates="X legal 'Country Withheld Content' notice to a government requester",
    why="two posts withheld in South Korea, each named in angle brackets",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(18, 4, 22), subject="Re: " + subj("x") + " [ref:_00D1a8Kx._5004Q3bLp:ref]",
    reply_to_req=rid("x"),
    body=f"""
Hello,

We are writing in response to your request of 17 September 2024
(KCSC-240917-02).

In accordance with our Country Withheld Content policy, X has withheld access
in South Korea to the following posts:

<{X1}>
<{X2}>

This content remains available outside South Korea. The account holder has
been notified of this action.

More about country withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    items={X1: "restricted", X2: "restricted"},
)

case(
    name="x-account-suspended-post-gone",
    outcome="applied", classification="confirmation",
    imitates="X safety reply: account suspended for violating the X Rules",
    why="the account is suspended and its reported post is stated no longer available on X",
    **{"from": "support@x.com"}, name_from="X Support",
    date=d(19, 9, 48), subject="Re: " + subj("x"), reply_to_req=rid("x"),
    body=f"""
Hello,

Thanks for your report. We have suspended the account @lunar_tollbooth
({X4}) for violating the X Rules on illegal or certain regulated goods and
services. As a result, the post {X3} is no longer available on X.

We have not yet finished reviewing the other posts in your request.

Thanks,
X
""",
    items={X4: "removed", X3: "removed", X1: "pending"},
)

case(
    name="x-no-violation-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="X 'we didn't find a violation' outcome, request quoted below Gmail's 'On ... wrote:'",
    why="two posts refused with a reason; the quoted request below is not a statement",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(24, 3, 10), subject="Re: " + subj("x"), reply_to_req=rid("x"),
    body=f"""
Hello,

We reviewed the posts listed below and found that they do not violate the X
Rules. We also did not find a sufficient legal basis to withhold them in
South Korea. X has therefore declined to take action on:

- {X1}
- {X2}

Regards,
X Legal

On Tue, Sep 17, 2024 at 11:10 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("x", XS)}
""",
    items={X1: "rejected", X2: "rejected", X3: "pending", X4: "pending"},
)

_x_qp = f"""Hello,

Thank you for your report (KCSC-240917-02). Our team has reviewed the reported content:

* {X2} \u2014 this post was removed for violating our rules on illegal or certain regulated goods or services.
* {X3} \u2014 we were unable to locate this post. It was deleted by the account owner before our review.
* {X4} \u2014 after review, we found no violation of the X Rules on this account, and it remains active.

Thanks,
X Safety
"""
case(
    name="x-quoted-printable-three-outcomes",
    outcome="applied", classification="confirmation",
    imitates="X safety outcome email in quoted-printable, bullets with long lines soft-wrapped",
    why="three bullets: removed, deleted by its owner before review (not found), no violation (rejected)",
    **{"from": "safety-noreply@x.com"}, name_from="X Safety",
    date=d(21, 12, 30), subject="Your report to X: " + REQ["x"][0], reply_to_req=rid("x"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_x_qp)}""",
    items={X2: "removed", X3: "not_found", X4: "rejected"},
)

case(
    name="x-korea-staff-korean-particles",
    outcome="applied", classification="confirmation",
    imitates="X Korea legal staff reply in Korean, URLs followed directly by Korean particles",
    why="post withheld in Korea (접속 차단) and account permanently suspended",
    **{"from": "kr-legal@x.com"}, name_from="X Korea Legal",
    date=d(20, 6, 55, tz="+0900"), subject="RE: " + subj("x"), reply_to_req=rid("x"),
    body=f"""
안녕하십니까, 방송통신심의위원회 담당자님.

요청번호 KCSC-240917-02 관련하여 다음과 같이 조치하였음을 알려드립니다.

1. {X1}에 대해서는 국내법에 따라 대한민국 내 접속을 차단(withheld in KR)하였습니다.
2. {X4} 계정은 X 규칙 위반으로 영구 정지되었습니다（계정 내 게시물 포함）.

나머지 게시물은 검토 후 별도로 회신드리겠습니다.

X Korea Legal 드림
""",
    items={X1: "restricted", X4: "removed"},
)

# ===== YouTube (KCSC-240918-03, 3 items) ===================================

case(
    name="yt-legal-blocked-kr-and-removed",
    outcome="applied", classification="confirmation",
    imitates="Google legal removals reply: 'blocked from view on the YouTube domain for South Korea'",
    why="two URLs blocked in Korea, the Short removed globally",
    **{"from": "legal-support-noreply@google.com"}, name_from="Google Legal Support",
    date=d(19, 7, 2), subject="Re: [7-3094000038123] " + subj("youtube"), reply_to_req=rid("youtube"),
    body=f"""
Hello,

Thank you for contacting Google (your reference KCSC-240918-03).

In response to your request, we have blocked the following URLs from view on
the YouTube domain for South Korea:

{YT1}
{YT2}

Additionally, the video at {YT3} was removed from
YouTube globally because it violated our Community Guidelines.

We may send a copy of this notice to Lumen (https://lumendatabase.org) for
publication.

Regards,
The Google Legal Team
""",
    items={YT1: "restricted", YT2: "restricted", YT3: "removed"},
)

case(
    name="yt-age-restriction-url-on-next-line",
    outcome="applied", classification="confirmation",
    imitates="YouTube trust & safety reply with each statement followed by its URL on the next line",
    why="the Short is age-restricted (restricted); the short link is invalid (not found)",
    **{"from": "youtube-trustandsafety@google.com"}, name_from="YouTube Trust & Safety",
    date=d(20, 11, 19), subject="Re: " + subj("youtube"), reply_to_req=rid("youtube"),
    body=f"""
Hi there,

Thanks for your patience while we reviewed KCSC-240918-03.

We've applied an age restriction to the following video, so it can no longer
be watched by viewers who are signed out or under 18:
{YT3}

We could not locate the following video. The URL is invalid or the video
does not exist:
{YT2}

Best regards,
YouTube Trust & Safety
""",
    items={YT3: "restricted", YT2: "not_found"},
)

_yt_html = f"""<html><body>
<p>Hello,</p>
<p>We have reviewed the content in your request <b>KCSC-240918-03</b>.</p>
<p>The following content was removed from YouTube for violating our Community Guidelines:</p>
<ul><li><a href="{YT1}">{YT1}</a></li></ul>
<p>We reviewed the following content and decided not to take action, as it does not violate our
policies and we did not find it to be unlawful under the law you cited:</p>
<ul><li><a href="{YT2}">{YT2}</a></li></ul>
<p>To learn about our policies, visit the
<a href="https://support.google.com/youtube/answer/9288567">YouTube Help Center</a>.</p>
<p>- The YouTube Team</p>
</body></html>
"""
case(
    name="yt-base64-html-removed-and-declined",
    outcome="applied", classification="confirmation",
    imitates="YouTube HTML outcome email sent base64-encoded",
    why="one video removed, one declined with a reason (rejected)",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date=d(23, 2, 44), subject="Update on your request KCSC-240918-03",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_yt_html)}
""",
    items={YT1: "removed", YT2: "rejected"},
)

case(
    name="yt-notice-of-action-fields",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons with labelled fields (content, restriction, territorial scope)",
    why="one URL with type of restriction 'blocked in the territory of the Republic of Korea'",
    **{"from": "legal-support-noreply@google.com"}, name_from="Google Legal Support",
    date=d(25, 8, 0), subject="Notice of action taken - " + REQ["youtube"][0],
    body=f"""
NOTICE OF ACTION TAKEN

Your reference:        KCSC-240918-03
Our reference:         7-3094000038123
Content:               {YT1}
Type of restriction:   Visibility restriction - content blocked in the
                       territory of the Republic of Korea
Ground:                Illegal content under the law of the notifying
                       country
Territorial scope:     Republic of Korea
Automated means used:  No
Date of decision:      25 September 2024

The uploader has been informed and may seek redress through our appeals
process: https://support.google.com/legal/answer/3110420

Google LLC
""",
    items={YT1: "restricted"},
)

# ===== TikTok (KCSC-240918-04, 5 items) ====================================

_tt_csv = _csv_text(["Reported URL", "Action taken", "Reason"], [
    (TT1, "Removed", "Violates Community Guidelines (regulated goods)"),
    (TT2, "Removed", "Violates Community Guidelines (regulated goods)"),
    (TT3, "Restricted in KR", "Unlawful under local law"),
    (TT4, "Account banned", "Repeated violations"),
    (TT5, "No violation", "No action taken"),
])
case(
    name="tiktok-csv-attachment-base64",
    outcome="applied", classification="confirmation",
    imitates="TikTok law enforcement outreach reply with a base64 CSV of per-URL actions",
    why="CSV row per URL: two removed, one restricted in KR, account banned (removed), one no violation",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Law Enforcement Outreach",
    date=d(21, 3, 33), subject="Re: " + subj("tiktok"), reply_to_req=rid("tiktok"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="tt454mixedboundary"

--tt454mixedboundary
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dear KCSC,

Thank you for your request KCSC-240918-04. The action taken on each reported
URL is listed in the attached file.

Best regards,
TikTok Law Enforcement Outreach

--tt454mixedboundary
Content-Type: text/csv; name="KCSC-240918-04.csv"
Content-Disposition: attachment; filename="KCSC-240918-04.csv"
Content-Transfer-Encoding: base64

{b64(_tt_csv)}
--tt454mixedboundary--
""",
    items={TT1: "removed", TT2: "removed", TT3: "restricted", TT4: "removed", TT5: "rejected"},
)

case(
    name="tiktok-bulleted-outcomes",
    outcome="applied", classification="confirmation",
    imitates="TikTok trust & safety reply with bulleted per-URL outcomes",
    why="bullets: removed, restricted in Korea, account found not violating (rejected)",
    **{"from": "trustandsafety@tiktok.com"}, name_from="TikTok Trust & Safety",
    date=d(19, 10, 6), subject="Re: " + subj("tiktok"), reply_to_req=rid("tiktok"),
    body=f"""
Hello,

Thanks for reaching out about KCSC-240918-04. Here's an update:

\u2022 {TT1} - removed for violating our Community Guidelines
\u2022 {TT5} - access restricted in your country in line with local law
\u2022 {TT4} - we reviewed this account and found no violation; no action was taken

We're still reviewing the remaining videos.

TikTok Trust & Safety
""",
    items={TT1: "removed", TT5: "restricted", TT4: "rejected"},
)

case(
    name="tiktok-korea-team-bilingual",
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea local team reply in Korean with an English summary",
    why="one video deleted (삭제), one restricted in Korea (접근 제한); URLs followed by Korean particles",
    **{"from": "kr-policy@tiktok.com"}, name_from="TikTok Korea",
    date=d(20, 17, 25, tz="+0900"), subject="RE: " + subj("tiktok"), reply_to_req=rid("tiktok"),
    body=f"""
안녕하세요, 틱톡코리아입니다.

KCSC-240918-04 요청에 대한 처리 결과를 안내드립니다.

- {TT3}은 커뮤니티 가이드라인 위반으로 삭제되었습니다.
- {TT2}는 국내 법령에 따라 대한민국 내 접근 제한 조치되었습니다.

English summary: the first video above has been removed; the second has been
restricted in South Korea.

감사합니다.
TikTok Korea 정책팀
""",
    items={TT3: "removed", TT2: "restricted"},
)

case(
    name="tiktok-echoed-report-result",
    outcome="applied", classification="confirmation",
    imitates="TikTok in-app/email report result that echoes the original report details",
    why="the echoed report names one video and the result line says it was removed",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date=d(22, 0, 50), subject="Result of your report",
    body=f"""
Hi KCSC Takedown,

We've reviewed your report.

Your report
  Report ID: 7415520938812
  Submitted: Sep 18, 2024
  Reported content: {TT1}
  Reason: Illegal activities and regulated goods
  Your note: KCSC-240918-04 item 1

Result
We've removed this content because it violates our Community Guidelines.
Thanks for helping keep TikTok safe.

TikTok Safety Center: https://www.tiktok.com/safety
""",
    items={TT1: "removed"},
)

# ===== Reddit (KCSC-240919-05, 3 items) ====================================

case(
    name="reddit-admin-removed-and-suspended",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin reply 'Thanks for reporting this... removed' with account suspension",
    why="the thread removed and the user account permanently suspended",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit Safety",
    date=d(20, 19, 12), subject="Re: " + subj("reddit"), reply_to_req=rid("reddit"),
    body=f"""
Hi,

Thanks for reporting this. After investigating, we've found that the
following content violated Reddit's Content Policy and has been removed:

{RD1}

We've also permanently suspended the account u/quietlantern_404
({RD3}).

If you see anything else that breaks our rules, you can report it at
https://www.reddit.com/report

- Reddit Safety
""",
    items={RD1: "removed", RD3: "removed"},
)

case(
    name="reddit-comment-gone-profile-kept",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal team reply, one paragraph per reported URL",
    why="comment deleted by its author before review (not found); profile found not violating (rejected)",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date=d(23, 21, 40), subject="Re: " + subj("reddit"), reply_to_req=rid("reddit"),
    body=f"""
Hello,

Regarding the comment {RD2}: we could not find this comment. It was
deleted by its author before we reviewed it.

Regarding the profile {RD3}: we reviewed the account's activity and did
not find that it violates Reddit's Content Policy, so we are not taking
action on the account.

Best,
Reddit Legal
""",
    items={RD2: "not_found", RD3: "rejected"},
)

# ===== Discord (KCSC-240919-06, 1 item) ====================================

case(
    name="discord-server-removed-no-url",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety ticket reply: 'we have taken action on the reported server'",
    why="a sole unhedged statement for a one-item request, matched by reference and thread",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d(21, 22, 2), subject="Re: " + subj("discord"), reply_to_req=rid("discord"),
    body="""
Hi there,

Thanks for your report (KCSC-240919-06). Our Safety team reviewed the server
you reported and found that it violated our Community Guidelines. We have
removed the server from Discord and taken action against its owner.

Discord Trust & Safety
https://discord.com/safety
""",
    items={DC1: "removed"},
)

case(
    name="discord-invite-invalid",
    outcome="applied", classification="confirmation",
    imitates="Discord support ticket reply: invite link invalid or expired",
    why="the invite is invalid and the server cannot be identified: not found",
    **{"from": "support@discord.com"}, name_from="Discord",
    date=d(22, 15, 9), subject="[Discord] Re: Removal request " + REQ["discord"][0],
    body=f"""
Hello,

The invite link you provided ({DC1}) is invalid or has expired, and we were
unable to identify the server it belonged to. If you have a message link or
a server ID, please submit a new report with it.

Best,
Sam
Discord Trust & Safety
""",
    items={DC1: "not_found"},
)

# ===== Pinterest (KCSC-240920-07, 2 items) =================================

case(
    name="pinterest-both-pins-removed",
    outcome="applied", classification="confirmation",
    imitates="Pinterest content review outcome naming each Pin",
    why="both Pins named, each removed",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    date=d(22, 1, 28), subject="Re: " + subj("pinterest"), reply_to_req=rid("pinterest"),
    body=f"""
Hi,

Thanks for your request KCSC-240920-07. We've removed the Pins you reported
because they violate our Community Guidelines on counterfeit goods:

  Removed: {PN1}
  Removed: {PN2}

Thanks,
Pinterest Legal
""",
    items={PN1: "removed", PN2: "removed"},
)

case(
    name="pinterest-notfound-and-restricted",
    outcome="applied", classification="confirmation",
    imitates="Pinterest legal reply: one Pin not found, one restricted in Korea for legal reasons",
    why="first Pin cannot be found; second Pin restricted in Korea",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    date=d(24, 18, 14), subject="Re: " + subj("pinterest"), reply_to_req=rid("pinterest"),
    body=f"""
Hello,

We were unable to find the Pin at {PN1}; it no longer exists on
Pinterest.

The Pin at {PN2} has been restricted in South Korea for legal
reasons and is no longer visible to people there.

Regards,
Pinterest Legal
""",
    items={PN1: "not_found", PN2: "restricted"},
)

# ===== review cases ========================================================

case(
    name="meta-promise-will-remove",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="Meta agent reply promising removal once review completes",
    why="'will be removed once our review is complete' is a promise, not a statement; items stay pending",
    **{"from": "support@facebookmail.com"}, name_from="Facebook Support",
    date=d(18, 9, 30), subject="Re: " + subj("meta"), reply_to_req=rid("meta"),
    body=f"""
Hi,

Thanks for your message about KCSC-240917-01. The following Instagram posts
are being reviewed by our specialist team and will be removed within 24
hours once our review is complete:

{IG1}
{IG2}

We appreciate your patience.
Facebook Support
""",
    items={IG1: "pending", IG2: "pending"},
)

case(
    name="tiktok-hedge-may-have-been",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="TikTok support reply hedging about videos that may already be gone",
    why="'appears', 'may have already been' are hedges; nothing is stated",
    **{"from": "support@tiktok.com"}, name_from="TikTok Support",
    date=d(19, 13, 1), subject="Re: " + subj("tiktok"), reply_to_req=rid("tiktok"),
    body=f"""
Hi,

Thank you for your patience. It appears that the videos at
{TT1} and {TT2} may have already been
taken down by the creator. We will confirm once our review is complete.

Best,
TikTok Support
""",
    items={TT1: "pending", TT2: "pending"},
)

case(
    name="meta-bulk-all-removed",
    outcome="review", classification="confirmation", review="bulk",
    imitates="Meta one-line closure: 'all of the content you reported has been removed'",
    why="a statement about all items of a twelve-item request without naming them",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Legal Requests",
    date=d(25, 4, 4), subject="RE: " + subj("meta") + " - closed", reply_to_req=rid("meta"),
    body="""
Dear KCSC,

We have removed all of the content reported in your request KCSC-240917-01
and are closing this request.

Regards,
Meta Legal Requests Team
""",
    items={u: "pending" for u in META},
)

case(
    name="x-bulk-all-withheld",
    outcome="review", classification="confirmation", review="bulk",
    imitates="X legal summary reply covering every reported post at once",
    why="'the reported content' of a four-item request withheld without naming each item",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(22, 5, 51), subject="Re: " + subj("x"), reply_to_req=rid("x"),
    body="""
Hello,

Following review of your request KCSC-240917-02, X has withheld the reported
content in South Korea in accordance with our Country Withheld Content policy.

Regards,
X Legal
""",
    items={u: "pending" for u in XS},
)

case(
    name="x-auth-fail-removed",
    outcome="review", classification="confirmation", review="untrusted",
    auth="fail",
    imitates="X-looking removal notice whose DKIM/SPF/DMARC fail",
    why="the From domain is X but authentication failed; nothing applied",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d(19, 3, 3), subject="Re: " + subj("x"),
    body=f"""
Hello,

The following post has been removed from X for violating the X Rules:
{X1}

Regards,
X Legal
""",
    items={X1: "pending"},
)

case(
    name="tiktok-unknown-sender-gmail",
    outcome="review", classification="confirmation", review="unknown_sender",
    imitates="'Trust & Safety' reply sent from a free-mail address",
    why="claims removal of TikTok videos from a domain that belongs to no platform",
    **{"from": "tiktok.safety.desk@gmail.com"}, name_from="TikTok Trust and Safety",
    date=d(19, 16, 40), subject="Re: " + subj("tiktok"),
    body=f"""
Dear KCSC,

Your request KCSC-240918-04 has been processed. The videos
{TT1}
{TT2}
have been deleted from TikTok.

TikTok Trust and Safety Team
""",
    items={TT1: "pending", TT2: "pending"},
)

case(
    name="snapchat-says-tiktok-links-not-found",
    outcome="review", classification="confirmation", review="wrong_platform",
    imitates="Snap law enforcement reply to a request sent to the wrong platform",
    why="Snapchat states 'not found' for TikTok items, which only TikTok can state",
    **{"from": "lawenforcement@snap.com"}, name_from="Snap Inc. Law Enforcement Operations",
    date=d(20, 4, 16), subject="Re: Fwd: " + subj("tiktok"),
    body=f"""
Hello,

We received your request KCSC-240918-04. The URLs listed below could not be
located on Snapchat:

{TT3}
{TT4}

They do not appear to point to Snapchat. You may wish to contact the service
that hosts them.

Snap Inc. Law Enforcement Operations
""",
    items={TT3: "pending", TT4: "pending"},
)

case(
    name="twitch-action-taken-no-claims",
    outcome="review", classification="confirmation", review="no_claims",
    imitates="Twitch report-outcome email ('we've taken action on the account you reported')",
    why="trusted platform mail naming no item and no request of ours",
    **{"from": "no-reply@twitch.tv"}, name_from="Twitch",
    date=d(21, 9, 9), subject="Update on your report",
    body="""
Hi KCSC Takedown,

Thank you for your recent report. We've reviewed it and taken action on the
account you reported, in line with our Community Guidelines.

We don't share details of the action taken to protect everyone's privacy.

Thanks for helping keep Twitch safe,
Twitch Safety
https://safety.twitch.tv
""",
    items={},
)

case(
    name="reddit-asks-for-legal-basis",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Reddit legal asking a government requester for the legal basis before acting",
    why="Reddit asks for the statute and order before acting; nothing stated",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date=d(20, 23, 5), subject="Re: " + subj("reddit"), reply_to_req=rid("reddit"),
    body=f"""
Hello,

Thank you for your request KCSC-240919-05 concerning:

{RD1}
{RD2}

Before we can evaluate it, please reply with (1) the specific provision of
Korean law that the content violates and (2) a copy of any decision or order
issued by your Commission regarding this content.

Best,
Reddit Legal
""",
    items={RD1: "pending", RD2: "pending"},
)

case(
    name="pinterest-conditional-restriction",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="Pinterest legal reply describing what will happen if the review finds the Pins unlawful",
    why="a condition ('if our review finds') is no statement; both Pins named, stay pending",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    date=d(21, 0, 37), subject="Re: " + subj("pinterest"), reply_to_req=rid("pinterest"),
    body=f"""
Hi,

Thanks for your request. If our review finds that the Pins at
{PN1} and
{PN2}
are unlawful in Korea, we'll restrict access to them there and let you know.

Pinterest Legal
""",
    items={PN1: "pending", PN2: "pending"},
)

case(
    name="tiktok-summary-contradicts-detail",
    outcome="review", classification="confirmation", review="conflicting_statements",
    imitates="TikTok templated outcome whose summary and detail sections disagree",
    why="the same video is called removed in the summary and left up in the detail",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Law Enforcement Outreach",
    date=d(24, 6, 21), subject="Re: " + subj("tiktok"), reply_to_req=rid("tiktok"),
    body=f"""
Dear KCSC,

Summary of actions for request KCSC-240918-04:
  Removed: {TT3}

Details:
  {TT3}
  Outcome: No violation found. The content remains available on TikTok.

Best regards,
TikTok Law Enforcement Outreach
""",
    items={TT3: "pending"},
)

case(
    name="yt-each-url-under-review",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="YouTube legal status update listing each URL as 'Under review'",
    why="every URL is named, each only 'under review': no statement",
    **{"from": "legal-support-noreply@google.com"}, name_from="Google Legal Support",
    date=d(19, 2, 15), subject="Status of your request KCSC-240918-03", reply_to_req=rid("youtube"),
    body=f"""
Hello,

Here is the current status of the URLs in your request:

{YT1}   Status: Under review
{YT2}   Status: Under review
{YT3}   Status: Under review

We will contact you again when a decision has been made.

The Google Legal Team
""",
    items={YT1: "pending", YT2: "pending", YT3: "pending"},
)

# ===== ignored ============================================================

case(
    name="meta-receipt-reference-number",
    outcome="ignored", classification="acknowledgement",
    imitates="Meta government request portal receipt with a reference number",
    why="a pure receipt: report received, reference number given, nothing about any item",
    **{"from": "noreply@facebookmail.com"}, name_from="Meta",
    date=d(17, 1, 34), subject="We received your request [KCSC-240917-01]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

We received your request. Your reference number is 1183302954.

Our team will review it and get back to you. Please keep this number for any
follow-up.

Meta
""",
    items={},
)

case(
    name="x-legal-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="out-of-office auto-reply from an X legal team member",
    why="an out-of-office auto-reply",
    **{"from": "m.ferreira@x.com"}, name_from="Marta Ferreira",
    date=d(17, 2, 11), subject="Automatic reply: " + subj("x"), reply_to_req=rid("x"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 30 September with
limited access to email. For urgent legal requests, please use
legal@x.com.

Marta
""",
    items={},
)

case(
    name="discord-ticket-received",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord support desk (Zendesk-style) 'your request has been received' receipt",
    why="ticket receipt only",
    **{"from": "support@discord.com"}, name_from="Discord",
    date=d(19, 5, 41), subject="[Discord] Request received: " + subj("discord"),
    reply_to_req=rid("discord"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Your request (#48210553) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Discord Support
""",
    items={},
)

case(
    name="pinterest-dsn-user-unknown",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (550 5.1.1 user unknown) with the request attached",
    why="a bounce; the attached request lists the Pins but is our own mail",
    **{"from": "MAILER-DAEMON@mail.kcsc.example"}, name_from="Mail Delivery System",
    date=d(20, 9, 16, tz="+0900"), subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="454DSN.1726791360/mail.kcsc.example"

--454DSN.1726791360/mail.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@pinterest.com>: host mx1.pinterest.com[203.0.113.25] said: 550 5.1.1
    <legal-kr@pinterest.com>: Recipient address rejected: User unknown (in
    reply to RCPT TO command)

--454DSN.1726791360/mail.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
X-Postfix-Queue-ID: 4Xc91Q2kLz
Arrival-Date: Fri, 20 Sep 2024 09:15:58 +0900 (KST)

Final-Recipient: rfc822; legal-kr@pinterest.com
Original-Recipient: rfc822;legal-kr@pinterest.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.pinterest.com
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@pinterest.com>: Recipient address
    rejected: User unknown

--454DSN.1726791360/mail.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@pinterest.com
Subject: {subj("pinterest")}
Date: Fri, 20 Sep 2024 09:15:00 +0900
Message-ID: <{rid("pinterest")}@kcsc.example>
Content-Type: text/plain; charset=utf-8

{quoted_request("pinterest", PNS, prefix="")}

--454DSN.1726791360/mail.kcsc.example--
""",
    items={PN1: "pending", PN2: "pending"},
)

case(
    name="tiktok-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook message disposition notification (read receipt)",
    why="an MDN: the request was displayed, nothing more",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Law Enforcement Outreach",
    date=d(18, 5, 2), subject="Read: " + subj("tiktok"), reply_to_req=rid("tiktok"),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="----=_MDN_454_0001"

------=_MDN_454_0001
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@tiktok.com
  Subject: {subj("tiktok")}
  Sent: Wednesday, September 18, 2024 12:20:00 PM (UTC+09:00) Seoul

was read on Wednesday, September 18, 2024 2:02:11 PM (UTC+09:00) Seoul.

------=_MDN_454_0001
Content-Type: message/disposition-notification

Reporting-UA: mail.tiktok.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@tiktok.com
Original-Message-ID: <{rid("tiktok")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_MDN_454_0001--
""",
    items={},
)

case(
    name="yt-ooo-with-quoted-request",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail vacation responder that quotes the incoming request",
    why="an auto-reply; the URLs are only in the quoted request",
    **{"from": "hyun.park@google.com"}, name_from="Hyun Park",
    date=d(18, 0, 46), subject="Out of office Re: " + subj("youtube"), reply_to_req=rid("youtube"),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: bulk"],
    body=f"""
Hi,

I'm away until 23 September. Requests about YouTube content are handled by
legal-kr@google.com in the meantime.

Hyun

On Wed, Sep 18, 2024 at 9:45 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("youtube", YTS)}
""",
    items={YT1: "pending", YT2: "pending", YT3: "pending"},
)

case(
    name="snapchat-case-opened",
    outcome="ignored", classification="acknowledgement",
    imitates="Snapchat support 'we've received your report' case confirmation",
    why="a pure acknowledgement with a case id; no item, no statement",
    **{"from": "no-reply@snapchat.com"}, name_from="Team Snapchat",
    date=d(20, 4, 1), subject="We've received your report (Case 8823-KR-55102)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hi,

Thanks for reaching out. We've received your report and a member of our team
will look into it. Your case ID is 8823-KR-55102.

Team Snapchat
""",
    items={},
)


HEADER = """# Blind set 454 (English notices from many platforms). Written by
# tests/corpus/blind454/make.py before the reader was run on it; do not edit by
# hand. Each case is judged alone on a fresh ledger holding requests.csv."""


if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind454", HEADER, CASES)
    print(f"{len(CASES)} cases")
