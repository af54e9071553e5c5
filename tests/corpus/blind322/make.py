#!/usr/bin/env python3
"""Blind set 322: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Snapchat, plus Telegram, Twitch and Pinterest mail
that changes nothing).

    python3 tests/corpus/blind322/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning before any run of
the reader; see NOTES.md.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/bluelantern_kr/status/1830114455667788001",   # a1
    "https://x.com/bluelantern_kr/status/1830114455667788342",   # a2
    "https://x.com/mintfox_daily/status/1829907766554433210",    # a3
    "https://x.com/mintfox_daily/status/1829907766554433999",    # a4
    "https://x.com/quietpine88/status/1830220011223344556",      # a5
    "https://x.com/quietpine88/status/1830220011223344777",      # a6
    "https://x.com/harborlight_09/status/1828800112233445566",   # a7
    "https://x.com/harborlight_09/status/1828800112233449001",   # a8
    "https://x.com/sunny_ledger/status/1830331122334455667",     # a9
    "https://x.com/sunny_ledger",                                # a10
    "https://x.com/grayheron_kr/status/1829001122334455001",     # a11
    "https://x.com/grayheron_kr/status/1829001122334455888",     # a12
]
YT = [
    "https://www.youtube.com/watch?v=Qm3vT8kLp2A",
    "https://www.youtube.com/watch?v=Zx9bR4nHw7E",
    "https://www.youtube.com/shorts/Hd5sK1fPq0M",
    "https://www.youtube.com/@nightmarket_tv",
]
META = [
    "https://www.facebook.com/groups/coinrise.kr/posts/1029384756102938",
    "https://www.facebook.com/harbor.deals.kr/posts/pfbid0Qw8eRtY5uIo3",
    "https://www.instagram.com/p/C9xKq2LmN4a/",
    "https://www.instagram.com/reel/C9yTr7PpQ1b/",
    "https://www.instagram.com/lucky_pills_shop/",
]
TT = [
    "https://www.tiktok.com/@velvetcrow.kr/video/7409123456789012345",
    "https://www.tiktok.com/@velvetcrow.kr/video/7409123456789067890",
    "https://www.tiktok.com/@daily_shortcut/video/7408765432109876543",
]
RD = [
    "https://www.reddit.com/r/koreadeals/comments/1f3abcd/cheap_accounts_for_sale/",
    "https://www.reddit.com/user/ledgerpilot_22/comments/1f2xyzq/dm_for_files/",
]
SN = [
    "https://www.snapchat.com/add/moonrabbit.kr",
    "https://story.snapchat.com/p/5a1c7e9b-22d4-4f0e-9c3a-1b2c3d4e5f60",
]
DC = ["https://discord.gg/nightowlkr"]

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    ("KCSC-240903-01", "x", "2024-09-03T10:12:00+09:00", "2024-09-10T23:59:59+09:00",
     "illegal_gambling", X, "largest request: posts and one account"),
    ("KCSC-240904-02", "youtube", "2024-09-04T11:30:00+09:00", "2024-09-11T23:59:59+09:00",
     "drugs", YT, "videos, a short and a channel"),
    ("KCSC-240905-03", "meta", "2024-09-05T14:05:00+09:00", "2024-09-12T23:59:59+09:00",
     "fraud", META, "Facebook and Instagram"),
    ("KCSC-240906-04", "tiktok", "2024-09-06T09:45:00+09:00", "2024-09-13T23:59:59+09:00",
     "illegal_gambling", TT, ""),
    ("KCSC-240909-05", "reddit", "2024-09-09T16:20:00+09:00", "2024-09-16T23:59:59+09:00",
     "personal_data", RD, ""),
    ("KCSC-240910-06", "snapchat", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00",
     "drugs", SN, "account and public story"),
    ("KCSC-240911-07", "discord", "2024-09-11T15:40:00+09:00", "2024-09-18T23:59:59+09:00",
     "obscenity", DC, "one server invite"),
]


def mid(ref):
    return "req-" + ref


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, urls, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


def request_text(ref, team, urls):
    lines = [
        f"Dear {team},",
        "",
        "The Korea Communications Standards Commission (KCSC) has found the",
        "content below to be unlawful under Korean law and asks you to remove it",
        "or to restrict access to it from the Republic of Korea.",
        "",
        f"Reference: {ref}",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Kind regards,", "KCSC Takedown Desk", "takedown@kcsc.example"]
    return "\n".join(lines)


def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


a = X
y = YT
m = META
t = TT
r = RD
s = SN
d = DC

CASES = []


def case(**kw):
    CASES.append(kw)


# ====================================================================== X
case(
    name="x-legal-withheld-kr-list",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Mon, 09 Sep 2024 02:14:51 +0000",
    subject="Your legal request KCSC-240903-01 - action taken",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
Hello,

We have reviewed your request (ref. KCSC-240903-01) under our policies and
applicable local law.

Following this review, access to the following content has been withheld
in South Korea:

- {a[0]}
- {a[1]}
- {a[2]}
- {a[9]} (account)

The account holders have been notified, unless we were prevented from
doing so. Withheld content continues to be available outside the
country concerned. More about country withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

We have not yet completed our review of the remaining items in your
request and will reply separately.

X Legal
""",
    outcome="applied",
    imitates="X legal-request outcome notice (country withheld content)",
    why="Four listed URLs withheld in South Korea; the rest only promised a later reply",
    items={a[0]: "restricted", a[1]: "restricted", a[2]: "restricted", a[9]: "restricted"},
)

case(
    name="x-mixed-outcome-table",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    date="Tue, 10 Sep 2024 07:40:03 +0000",
    subject="RE: KCSC-240903-01 removal request",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
Hi KCSC team,

Please see the outcome for part of your request below.

{"Post URL".ljust(56)} | Outcome
{"-" * 56}-+-{"-" * 44}
{a[3].ljust(56)} | Removed - violation of X Rules (illegal goods)
{a[4].ljust(56)} | Withheld in KR
{a[5].ljust(56)} | No action - no X Rules violation, no legal basis
{a[6].ljust(56)} | Not found - the post does not exist

If you have additional information about the item we did not action,
you may submit a new request through our legal request portal.

Regards,
Dana
X Legal Support
""",
    outcome="applied",
    imitates="X legal support reply with a per-URL outcome table",
    why="Text table: a4 removed, a5 withheld in KR, a6 no action (refused with reason), a7 does not exist",
    items={a[3]: "removed", a[4]: "restricted", a[5]: "rejected", a[6]: "not_found"},
)

case(
    name="x-top-posted-over-quote",
    **{"from": "j.morales@x.com"},
    name_from="Jordan Morales",
    date="Wed, 11 Sep 2024 01:02:44 +0000",
    subject="Re: [KCSC-240903-01] Request for removal of unlawful content",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
Hello,

Quick update: the post {a[7]} has been removed for violating our
rules on illegal gambling promotion. We're still working through the
other links and will revert.

Best,
Jordan
Global Legal Policy, X

On Tue, 3 Sep 2024 at 10:12, KCSC Takedown <takedown@kcsc.example> wrote:
{gt(request_text("KCSC-240903-01", "X Legal team", a))}
""",
    outcome="applied",
    imitates="Top-posted reply from a platform policy employee over the quoted request (Gmail quoting)",
    why="Only a8 is stated removed above the quote; the 12 quoted URLs are our own request",
    items={a[7]: "removed"},
)

case(
    name="x-promise-will-withhold",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    date="Thu, 12 Sep 2024 03:20:10 +0000",
    subject="RE: KCSC-240903-01 removal request",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
Hello,

Thanks for your patience. Our team has escalated the following posts for
a local-law assessment:

{a[8]}
{a[10]}

If the assessment confirms that the content is unlawful in Korea, we will
withhold it in the country and let you know. We expect to have an answer
within five business days.

Regards,
X Legal Support
""",
    outcome="review",
    review="not_understood",
    imitates="X legal support interim update (escalation, conditional promise)",
    why="Conditional promise ('if ... we will withhold'): no statement, items stay pending",
    items={a[8]: "pending", a[10]: "pending"},
)

case(
    name="x-bulk-all-withheld",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Fri, 13 Sep 2024 09:00:00 +0000",
    subject="Your legal request KCSC-240903-01 has been processed",
    reply_to_req=mid("KCSC-240903-01"),
    body="""
Hello,

We have completed our review of your legal request KCSC-240903-01.

All of the reported content has been withheld in South Korea in
accordance with local law. The affected account holders have been
notified.

This is an automated message about your submitted request; replies to
this address are not monitored.

X Legal
""",
    outcome="review",
    review="bulk",
    imitates="X legal-request automated completion notice without per-URL detail",
    why="One statement for all 12 items without naming them: bulk, items pending",
    items={u: "pending" for u in a},
)

case(
    name="x-auth-fail-claims",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    auth="fail",
    date="Fri, 13 Sep 2024 11:31:27 +0000",
    subject="Re: KCSC-240903-01",
    body=f"""
Dear KCSC,

We confirm that the following posts were removed today:

{a[0]}
{a[1]}
{a[2]}

Kind regards,
X Legal
""",
    outcome="review",
    review="untrusted",
    imitates="Plain confirmation with x.com in From but failing DKIM/SPF/DMARC",
    why="Sender domain is X's but authentication fails: nothing applied",
    items={a[0]: "pending", a[1]: "pending", a[2]: "pending"},
)

_x_qp = f"""Hello KCSC,

Further to your request KCSC-240903-01, please find our decisions on two more posts.

The following post was removed for violating the X Rules on illegal gambling and betting:
{a[10]}

The following post has been withheld in South Korea in response to your request:
{a[11]}

Account holders have been notified. For any question on these decisions please reply to this email and keep the reference in the subject.

Kind regards,
Priya S.
X Legal Support
"""
case(
    name="x-qp-url-below-statement",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    date="Mon, 16 Sep 2024 05:12:08 +0000",
    subject="RE: KCSC-240903-01 removal request",
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_x_qp),
    outcome="applied",
    imitates="X legal support reply, quoted-printable body, URL on the line below its statement",
    why="a11 removed and a12 withheld in South Korea, each URL below its statement",
    items={a[10]: "removed", a[11]: "restricted"},
)

case(
    name="x-out-of-office",
    **{"from": "h.lindqvist@x.com"},
    name_from="Hanna Lindqvist",
    date="Tue, 10 Sep 2024 00:05:41 +0000",
    subject="Automatic reply: [KCSC-240903-01] Request for removal of unlawful content",
    reply_to_req=mid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 23 September with
limited access to email. For legal requests, please use the legal request
portal so that the on-call team can pick it up.

Hanna
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook out-of-office reply from a platform employee",
    why="Out-of-office auto-reply",
)

_x_html = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We are writing about the legal request you submitted (reference <b>KCSC-240903-01</b>).</p>
<p>After reviewing the reported content against the X Rules and the local law you cited, we have taken the action shown below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported content</th><th>Action</th><th>Scope</th></tr>
<tr><td><a href="{a[5]}">{a[5]}</a></td><td>Withheld</td><td>Republic of Korea</td></tr>
<tr><td><a href="{a[8]}">{a[8]}</a></td><td>Withheld</td><td>Republic of Korea</td></tr>
</table>
<p>The content remains available in other countries. You can learn more about how we handle
legal requests at <a href="https://help.x.com/en/rules-and-policies/legal-faq">our Help Center</a>.</p>
<p>X Legal</p>
</body></html>"""
case(
    name="x-html-notice-table",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Tue, 17 Sep 2024 08:44:00 +0000",
    subject="Notice of action taken: KCSC-240903-01",
    type="html",
    body=_x_html,
    outcome="applied",
    imitates="X 'notice of action taken' HTML email with a content/action/scope table",
    why="HTML table: a6 and a9 withheld in the Republic of Korea",
    items={a[5]: "restricted", a[8]: "restricted"},
)

case(
    name="x-korea-staff-particles",
    **{"from": "minji.park@x.com"},
    name_from="Minji Park",
    date="Wed, 18 Sep 2024 06:25:19 +0000",
    subject="RE: KCSC-240903-01 요청 건 처리 결과",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
안녕하세요, KCSC 담당자님.

Please find below the result for two of the posts in your request.
요청하신 게시물 중 두 건의 처리 결과를 알려드립니다.

1) {a[0]}는 X 규칙 위반으로 삭제되었습니다. (removed for violating the X Rules)
2) {a[1]}에 대해서는 국내 접속 차단 조치하였습니다. (withheld in Korea)

나머지 게시물은 검토 후 회신드리겠습니다.

감사합니다.
Minji Park | Public Policy, X Korea
""",
    outcome="applied",
    imitates="Bilingual reply from a platform's Korea public-policy staff, URLs followed by Korean particles",
    why="a1 deleted (삭제), a2 blocked in Korea (접속 차단); particles attached to the URLs",
    items={a[0]: "removed", a[1]: "restricted"},
)

case(
    name="x-legal-refusal-with-reason",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    date="Thu, 19 Sep 2024 02:10:55 +0000",
    subject="RE: KCSC-240903-01 removal request",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
Hello,

We have carefully reviewed the following posts:

  * {a[2]}
  * {a[3]}

We have decided not to take action on them. Neither post violates the
X Rules, and the request does not explain how the content breaches a
specific provision of Korean law. The posts therefore remain available.

If you can provide a court order or the specific legal basis, we will be
glad to look at them again.

Regards,
X Legal Support
""",
    outcome="applied",
    imitates="X legal request refusal with reasons",
    why="a3 and a4 refused: no rule broken, no legal basis shown; they remain available",
    items={a[2]: "rejected", a[3]: "rejected"},
)

case(
    name="x-wrapped-angle-url",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    date="Fri, 20 Sep 2024 04:03:31 +0000",
    subject="RE: KCSC-240903-01 removal request",
    reply_to_req=mid("KCSC-240903-01"),
    body="""
Hi,

The post <https://x.com/sunny_ledger/status/
1830331122334455667> has been removed from X for violating our
rules on illegal or certain regulated goods and services.

Regards,
X Legal Support
""",
    outcome="applied",
    imitates="Short X legal support confirmation, URL in angle brackets wrapped by the mail client",
    why="a9 removed; the URL is wrapped inside angle brackets (RFC 3986 appendix C style)",
    items={a[8]: "removed"},
)

# ================================================================ YouTube
case(
    name="yt-legal-outcome-mixed",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 12:01:17 +0000",
    subject="Re: [8-3149000017533] YouTube legal complaint - KCSC-240904-02",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
Hello,

Thanks for reaching out to us.

We have reviewed the content you reported and have taken the following
actions:

{y[0]}
We have blocked this video from view on YouTube in South Korea based on
local law.

{y[1]}
We removed this video for violating YouTube's Community Guidelines.

{y[2]}
After review, we've decided not to take action on this short. Based on
the information provided, it does not violate our policies, and the
request does not establish that it is unlawful.

Regards,
The YouTube Team
""",
    outcome="applied",
    imitates="YouTube legal support outcome email (local block / CG removal / no action)",
    why="y1 blocked in South Korea, y2 removed, y3 no action with reason",
    items={y[0]: "restricted", y[1]: "removed", y[2]: "rejected"},
)

case(
    name="yt-age-restricted-and-terminated",
    **{"from": "youtube-legal@youtube.com"},
    name_from="YouTube",
    date="Thu, 12 Sep 2024 18:22:40 +0000",
    subject="Update on your request KCSC-240904-02",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
Hi there,

Here is an update on the content in your request:

- Short {y[2]} has been age-restricted. It is no longer visible to
  viewers who are signed out or under 18.
- The channel {y[3]} has been terminated for repeated violations of our
  Community Guidelines.

Thanks,
YouTube Trust & Safety
""",
    outcome="applied",
    imitates="YouTube Trust & Safety update (age restriction, channel termination)",
    why="y3 age-restricted (restricted), y4 channel terminated (removed)",
    items={y[2]: "restricted", y[3]: "removed"},
)

case(
    name="yt-form-receipt",
    **{"from": "noreply-legal@google.com"},
    name_from="Google Legal",
    date="Wed, 04 Sep 2024 02:31:09 +0000",
    subject="[8-3149000017533] We've received your legal request",
    body="""
Thank you for contacting Google.

We've received your submission and assigned it reference number
8-3149000017533. Please keep this number for any further correspondence.

Our team reviews each request carefully; we may contact you if we need
more information. You will receive an email when we have reached a
decision.

- The Google Legal Team

Please do not reply to this message. See https://support.google.com/legal
for more information about how we handle legal removal requests.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Google legal removals webform receipt",
    why="Pure receipt with a case number; no item, no statement",
)

case(
    name="yt-hedged-may-have",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 09:48:02 +0000",
    subject="Re: [8-3149000017533] YouTube legal complaint - KCSC-240904-02",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
Hello,

Thanks for your follow-up.

It appears that {y[0]} may have already been set to private by the
uploader, and {y[1]} might be affected by an earlier Community
Guidelines action. We are still confirming both and will send you a
final answer once our checks are complete.

Regards,
The YouTube Team
""",
    outcome="review",
    review="not_understood",
    imitates="YouTube legal support follow-up with hedged interim findings",
    why="Only hedges ('appears', 'may have', 'might'): y1 and y2 stay pending",
    items={y[0]: "pending", y[1]: "pending"},
)

_yt_csv = (
    "url,decision,scope,policy\r\n"
    f"{y[0]},Blocked,KR,Local law\r\n"
    f"{y[1]},Removed,Global,Community Guidelines - Harmful or dangerous content\r\n"
    f"{y[3]},No action,,Does not violate policy; no legal basis established\r\n"
)
case(
    name="yt-csv-attachment",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 07:15:44 +0000",
    subject="Re: [8-3149000017533] YouTube legal complaint - KCSC-240904-02",
    reply_to_req=mid("KCSC-240904-02"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="yt322csv"

--yt322csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find the outcome of your request KCSC-240904-02 in the attached
spreadsheet (one row per reported URL).

Regards,
The YouTube Team

--yt322csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240904-02_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240904-02_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_yt_csv)}
--yt322csv--
""",
    outcome="applied",
    imitates="Legal support reply with a per-URL outcome CSV attachment",
    why="CSV: y1 blocked in KR, y2 removed globally, y4 no action with reason",
    items={y[0]: "restricted", y[1]: "removed", y[3]: "rejected"},
)

case(
    name="yt-outlook-original-below",
    **{"from": "kr-policy@google.com"},
    name_from="Seo-yeon Han",
    date="Fri, 20 Sep 2024 01:55:30 +0000",
    subject="RE: [KCSC-240904-02] Request for removal of unlawful content",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
Dear KCSC Takedown Desk,

Video {y[1]} has been removed globally for violating our policies on
harmful and dangerous content.
The channel {y[3]} has been blocked for viewers in South Korea.

Best regards,
Seo-yeon Han
Government Affairs & Public Policy, YouTube Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 11:30 AM
To: legal-kr@google.com
Subject: [KCSC-240904-02] Request for removal of unlawful content

{request_text("KCSC-240904-02", "YouTube Legal team", y)}
""",
    outcome="applied",
    imitates="Outlook reply from a Korea public-policy employee with the request below '-----Original Message-----'",
    why="y2 removed, y4 blocked in South Korea; the unquoted original below is our own request",
    items={y[1]: "removed", y[3]: "restricted"},
)

# =================================================================== Meta
case(
    name="meta-local-law-restricted",
    **{"from": "records@facebookmail.com"},
    name_from="Meta Content Restrictions",
    date="Wed, 11 Sep 2024 16:07:12 +0000",
    subject="Response to your content restriction request KCSC-240905-03",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
Hello,

Thank you for your report. We reviewed the content you reported against
our Community Standards and, where relevant, local law.

We removed the following content because it goes against our Community
Standards on fraud and scams:
  * {m[2]}

The following content does not go against our Community Standards.
After a legal review, we have restricted access to it in South Korea
based on local law:
  * {m[0]}
  * {m[1]}

You can learn more about how we handle reports of content that may
violate local law at https://transparency.meta.com/reports/content-restrictions/

Meta Content Restrictions Team
""",
    outcome="applied",
    imitates="Meta response to a government content-restriction request (Community Standards removal + local-law restriction)",
    why="m3 removed; m1 and m2 restricted in South Korea; the transparency link is no item",
    items={m[2]: "removed", m[0]: "restricted", m[1]: "restricted"},
)

_meta_html = f"""<!DOCTYPE html>
<html><body style="margin:0;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:16px">
<p style="font-size:16px"><b>Update on your report</b></p>
<p>Reference: KCSC-240905-03</p>
<p>We've finished reviewing the Instagram content in your request. Here's what we decided:</p>
<table cellpadding="8" cellspacing="0" style="border:1px solid #dbdbdb">
<tr style="background:#fafafa"><th align="left">Content</th><th align="left">Decision</th></tr>
<tr><td>{m[3]}</td><td>Removed. This reel goes against our Community Guidelines on regulated goods.</td></tr>
<tr><td>{m[4]}</td><td>Not removed. We didn't find that this account goes against our Community Guidelines or local law, so it remains on Instagram.</td></tr>
</table>
<p style="color:#8e8e8e;font-size:12px">Meta Platforms Ireland Ltd. &middot; <a href="https://help.instagram.com/477434105621119">Learn how we review reports</a></p>
</td></tr></table>
</body></html>
"""
case(
    name="meta-instagram-html-base64",
    **{"from": "no-reply@mail.instagram.com"},
    name_from="Instagram",
    date="Thu, 12 Sep 2024 10:30:45 +0000",
    subject="Update on your report (KCSC-240905-03)",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_meta_html),
    outcome="applied",
    imitates="Instagram 'update on your report' HTML notification, base64-encoded",
    why="m4 reel removed; m5 account not removed with reason (rejected)",
    items={m[3]: "removed", m[4]: "rejected"},
)

case(
    name="meta-impostor-unknown-sender",
    **{"from": "meta.trust.review@outlook.com"},
    name_from="Meta Trust Team",
    date="Fri, 13 Sep 2024 13:13:13 +0000",
    subject="Re: KCSC-240905-03 Content removal completed",
    body=f"""
Dear Korea Communications Standards Commission,

This is to confirm that the post {m[0]} has been deleted by
our team following your request KCSC-240905-03.

Best wishes,
Meta Trust Team
""",
    outcome="review",
    review="unknown_sender",
    imitates="Look-alike 'Meta team' message from a free-mail address",
    why="Names our request and URL but comes from outlook.com, no platform domain",
    items={m[0]: "pending"},
)

case(
    name="meta-asks-legal-basis",
    **{"from": "legal-requests@meta.com"},
    name_from="Meta Legal Requests",
    date="Mon, 09 Sep 2024 08:50:00 +0000",
    subject="Re: KCSC-240905-03 - additional information needed",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
Hello,

We have received your request regarding the content below:

{m[1]}
{m[2]}

Before we can assess it, please tell us which provision of Korean law the
content is alleged to violate and, if available, attach the decision of
the Commission. Without this information we are unable to proceed with
our review.

Thank you,
Meta Legal Requests
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Meta legal request for the legal basis before review",
    why="Asks for the legal basis; no decision on m2 or m3",
    items={m[1]: "pending", m[2]: "pending"},
)

case(
    name="meta-link-not-found",
    **{"from": "support@support.facebook.com"},
    name_from="Facebook",
    date="Tue, 10 Sep 2024 21:04:36 +0000",
    subject="Your report KCSC-240905-03",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
Hi,

We looked into the link you sent us:
{m[1]}

We couldn't find any content at this link. The post doesn't exist on
Facebook, so there is nothing for us to review. If you think this is a
mistake, please check that the link is complete and send it again.

Thanks,
The Facebook Team
""",
    outcome="applied",
    imitates="Facebook help-centre reply for a link that leads to no content",
    why="m2: content does not exist at the link (not_found)",
    items={m[1]: "not_found"},
)

case(
    name="meta-read-receipt",
    **{"from": "legal-requests@meta.com"},
    name_from="Meta Legal Requests",
    date="Thu, 05 Sep 2024 06:01:59 +0000",
    subject="Read: [KCSC-240905-03] Request for removal of unlawful content",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn322"

--mdn322
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-requests@meta.com
  Subject: [KCSC-240905-03] Request for removal of unlawful content
  Sent: Thursday, September 5, 2024 2:05 PM (UTC+09:00) Seoul

was read on Thursday, September 5, 2024 3:01 PM (UTC+09:00) Seoul.

--mdn322
Content-Type: message/disposition-notification

Reporting-UA: mail.meta.com; Microsoft Exchange Server
Final-Recipient: rfc822;legal-requests@meta.com
Original-Message-ID: <req-KCSC-240905-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn322--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Exchange read receipt (MDN)",
    why="Read receipt",
)

case(
    name="meta-korea-fullwidth-parens",
    **{"from": "jiwoo.kang@meta.com"},
    name_from="Jiwoo Kang",
    date="Tue, 17 Sep 2024 05:40:22 +0000",
    subject="RE: [KCSC-240905-03] Request for removal of unlawful content",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
Dear KCSC Takedown Desk,

Following up on your request KCSC-240905-03:

The Instagram account lucky_pills_shop（{m[4]}）has been disabled for
violating our Community Guidelines on the sale of drugs.
The Facebook group post {m[0]}, which you flagged as an investment scam,
has also been removed.

Please let me know if you have any questions.

Best regards,
Jiwoo Kang
Public Policy Manager, Meta Korea
""",
    outcome="applied",
    imitates="Reply from a platform's Korea public-policy manager, URL inside full-width parentheses",
    why="m5 account disabled (removed), m1 removed; full-width parentheses and a trailing comma around URLs",
    items={m[4]: "removed", m[0]: "removed"},
)

# ================================================================= TikTok
case(
    name="tiktok-report-outcome-mixed",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Wed, 11 Sep 2024 03:33:21 +0000",
    subject="Re: KCSC-240906-04 | Outcome of your report",
    reply_to_req=mid("KCSC-240906-04"),
    body=f"""
Dear KCSC,

Thank you for your report. Our team has reviewed the videos and made the
following decisions:

1. {t[0]}
   Removed for violating our Community Guidelines (gambling).
2. {t[1]}
   Restricted in South Korea based on local law. The video remains
   available in other regions.
3. {t[2]}
   No violation found. The video does not violate our Community
   Guidelines or local law, so it will remain on TikTok.

If you disagree with a decision, you may provide further information by
replying to this email.

Kind regards,
TikTok Legal Team
""",
    outcome="applied",
    imitates="TikTok report-outcome email to a government reporter (numbered list, decision below URL)",
    why="t1 removed, t2 restricted in South Korea, t3 no violation (rejected)",
    items={t[0]: "removed", t[1]: "restricted", t[2]: "rejected"},
)

case(
    name="tiktok-bulk-all-removed",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok",
    date="Thu, 12 Sep 2024 11:11:02 +0000",
    subject="We've taken action on your report KCSC-240906-04",
    reply_to_req=mid("KCSC-240906-04"),
    body="""
Hi,

Thanks for helping keep TikTok safe. We've reviewed your report
KCSC-240906-04 and removed all the videos you reported for violating our
Community Guidelines.

You can check the status of your reports at any time in the Safety Center
in the TikTok app.

TikTok Trust & Safety
""",
    outcome="review",
    review="bulk",
    imitates="TikTok automated 'we've taken action on your report' notification",
    why="'Removed all the videos' for a three-item request without naming them: bulk",
    items={u: "pending" for u in t},
)

case(
    name="tiktok-escalated-under-review",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Mon, 09 Sep 2024 07:58:19 +0000",
    subject="Re: KCSC-240906-04 | Status of your report",
    reply_to_req=mid("KCSC-240906-04"),
    body=f"""
Dear KCSC,

We wanted to let you know that the video {t[0]} has been escalated to our
local legal team and is currently under review. We aim to complete the
review within seven days and will inform you of the outcome.

Kind regards,
TikTok Legal Team
""",
    outcome="review",
    review="not_understood",
    imitates="TikTok legal interim status update (escalated, under review)",
    why="'Under review' and a promise to inform: t1 stays pending",
    items={t[0]: "pending"},
)

_tt_sor = f"""<html><body style="font-family:Arial,sans-serif">
<h3>Statement of reasons</h3>
<p>This notice relates to your report <b>KCSC-240906-04</b>.</p>
<table border="0" cellpadding="4">
<tr><td><b>Content</b></td><td>{t[2]}</td></tr>
<tr><td><b>Decision</b></td><td>Visibility restricted: the video is not available in the Republic of Korea</td></tr>
<tr><td><b>Ground</b></td><td>Alleged illegal content under the law of the Republic of Korea</td></tr>
<tr><td><b>Automated means</b></td><td>No, the decision was taken by a human reviewer</td></tr>
<tr><td><b>Redress</b></td><td>The uploader may appeal in the app; see <a href="https://www.tiktok.com/legal/page/global/appeals/en">our appeals page</a></td></tr>
</table>
<p>TikTok Technology Limited</p>
</body></html>"""
case(
    name="tiktok-statement-of-reasons",
    **{"from": "dsa-notice@tiktok.com"},
    name_from="TikTok",
    date="Fri, 13 Sep 2024 15:20:48 +0000",
    subject="Statement of reasons regarding your report KCSC-240906-04",
    type="html",
    body=_tt_sor,
    outcome="applied",
    imitates="TikTok DSA-style statement of reasons (HTML field table)",
    why="t3 made unavailable in the Republic of Korea: restricted; the appeals link is no item",
    items={t[2]: "restricted"},
)

case(
    name="tiktok-decision-below-url",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Tue, 17 Sep 2024 02:44:10 +0000",
    subject="Re: KCSC-240906-04 | Outcome of your report",
    reply_to_req=mid("KCSC-240906-04"),
    body=f"""
Dear KCSC,

Video link: <{t[1]}>
Decision: Removed (Illegal activities and regulated goods)

Video link: <{t[2]}>
Decision: Not found. The creator deleted this video before our review.

Kind regards,
TikTok Legal Team
""",
    outcome="applied",
    imitates="TikTok legal reply with 'Video link / Decision' pairs",
    why="t2 removed; t3 deleted by its creator before review (not_found)",
    items={t[1]: "removed", t[2]: "not_found"},
)

case(
    name="tiktok-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx1.tiktok.com"},
    name_from="Mail Delivery System",
    auth="none",
    date="Fri, 06 Sep 2024 00:46:03 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn322"

--dsn322
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.tiktok.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-korea@tiktok.com>: host inbound.tiktok.com[203.0.113.44] said:
    550 5.1.1 <legal-korea@tiktok.com>: Recipient address rejected: User
    unknown

--dsn322
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.tiktok.com
Arrival-Date: Fri,  6 Sep 2024 09:45:58 +0900 (KST)

Final-Recipient: rfc822; legal-korea@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn322
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-korea@tiktok.com
Subject: [KCSC-240906-04] Request for removal of unlawful content
Message-ID: <req-KCSC-240906-04@kcsc.example>
Date: Fri, 6 Sep 2024 09:45:00 +0900

{request_text("KCSC-240906-04", "TikTok Legal team", t)}

--dsn322--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix delivery status notification returning our request",
    why="Bounce; the URLs are only in our returned request",
)

# ================================================================= Reddit
case(
    name="reddit-legal-removed-each",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 19:30:00 +0000",
    subject="Re: KCSC-240909-05",
    reply_to_req=mid("KCSC-240909-05"),
    body=f"""
Hello,

Thank you for your notice. We have removed the following content from
Reddit:

{r[0]}
{r[1]}

Both were removed under Reddit's Content Policy rule on sharing personal
information. The users who posted them have been notified.

Reddit Legal
""",
    outcome="applied",
    imitates="Reddit legal reply listing removed content",
    why="Both listed URLs removed, each named",
    items={r[0]: "removed", r[1]: "removed"},
)

case(
    name="reddit-author-deleted",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Fri, 13 Sep 2024 17:05:27 +0000",
    subject="Re: KCSC-240909-05",
    reply_to_req=mid("KCSC-240909-05"),
    body=f"""
Hi there,

Thanks for your patience while we looked into this.

- {r[0]} - removed by Reddit admins for violating our Content Policy.
- {r[1]} - this post had already been deleted by its author before we
  reviewed your notice, so no further action was needed.

Reddit Legal
""",
    outcome="applied",
    imitates="Reddit legal reply: one removed by admins, one already deleted by its author",
    why="r1 removed; r2 already deleted by its author (not_found)",
    items={r[0]: "removed", r[1]: "not_found"},
)

case(
    name="reddit-gmail-reply-over-quote",
    **{"from": "safety.ops@reddit.com"},
    name_from="Reddit Safety",
    date="Mon, 16 Sep 2024 22:14:09 +0000",
    subject="Re: [KCSC-240909-05] Request for removal of unlawful content",
    reply_to_req=mid("KCSC-240909-05"),
    body=f"""
Hello KCSC,

The post at <{r[0]}> was removed by our Safety team today.

We did not remove <{r[1]}>: the post doesn't include anyone's personal
information and does not break the Reddit Content Policy, so it stays up.

Best,
Reddit Safety Operations

On Mon, Sep 9, 2024 at 4:20 PM KCSC Takedown <takedown@kcsc.example> wrote:
{gt(request_text("KCSC-240909-05", "Reddit Legal team", r))}
""",
    outcome="applied",
    imitates="Reddit safety reply over a Gmail-quoted request",
    why="r1 removed; r2 refused with its reason; the quoted request is ignored",
    items={r[0]: "removed", r[1]: "rejected"},
)

_rd_sor = f"""Reddit, Inc. - Statement of reasons

Reference: KCSC-240909-05
Content: {r[1]}
Action taken: Content removed
Scope: All users, all countries
Basis: Reddit Content Policy, Rule 3 (personal and confidential information)
Detection: Notice submitted by a third party
Automated decision: No

The author of the content may appeal this decision at
https://www.reddit.com/appeals
"""
case(
    name="reddit-statement-of-reasons",
    **{"from": "noreply@redditmail.com"},
    name_from="Reddit",
    date="Tue, 17 Sep 2024 04:12:55 +0000",
    subject="Statement of reasons - KCSC-240909-05",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_rd_sor),
    outcome="applied",
    imitates="Reddit DSA-style statement of reasons in field:value form",
    why="r2: content removed, all countries; appeals page is no item",
    items={r[1]: "removed"},
)

# =============================================================== Snapchat
case(
    name="snap-account-locked-story-expired",
    **{"from": "trustandsafety@snap.com"},
    name_from="Snap Trust & Safety",
    date="Fri, 13 Sep 2024 06:36:41 +0000",
    subject="Re: KCSC-240910-06 - Snapchat content report",
    reply_to_req=mid("KCSC-240910-06"),
    body=f"""
Hello,

Thank you for your report regarding Snapchat content.

Account {s[0]}: the account has been permanently locked for violating our
Community Guidelines on illegal drugs. Its public profile is no longer
available.

Story {s[1]}: this Story had already expired and was no longer
available on Snapchat when we reviewed your report.

Thanks,
Snap Trust & Safety
""",
    outcome="applied",
    imitates="Snap Trust & Safety reply (account locked, story expired)",
    why="s1 locked and unavailable (removed); s2 already expired when reviewed (not_found)",
    items={s[0]: "removed", s[1]: "not_found"},
)

case(
    name="snap-misdirected-x-links",
    **{"from": "trustandsafety@snap.com"},
    name_from="Snap Trust & Safety",
    date="Wed, 11 Sep 2024 08:20:14 +0000",
    subject="Re: content report",
    body=f"""
Hello,

We received the links below from your office:

{a[3]}
{a[4]}

These are not Snapchat links. We could not locate this content on
Snapchat, so we are unable to act on it. Please contact the service
that hosts the content.

Thanks,
Snap Trust & Safety
""",
    outcome="review",
    review="wrong_platform",
    imitates="Snap Trust & Safety reply to a misdirected report about another service's links",
    why="Snap states not-found for X items: wrong platform, nothing applied",
    items={a[3]: "pending", a[4]: "pending"},
)

case(
    name="snap-conditional-story",
    **{"from": "trustandsafety@snap.com"},
    name_from="Snap Trust & Safety",
    date="Thu, 12 Sep 2024 10:02:33 +0000",
    subject="Re: KCSC-240910-06 - Snapchat content report",
    reply_to_req=mid("KCSC-240910-06"),
    body=f"""
Hello,

Public Stories on Snapchat are normally deleted automatically 24 hours
after they are posted. The Story {s[1]} should therefore have expired
by now; if it is still visible to you, let us know and we will remove it.

Thanks,
Snap Trust & Safety
""",
    outcome="review",
    review="not_understood",
    imitates="Snap Trust & Safety explanation of Story expiry (conditional)",
    why="'Should have expired', 'if still visible ... we will remove': hedge and conditional promise",
    items={s[1]: "pending"},
)

case(
    name="snap-report-receipt",
    **{"from": "no-reply@snapchat.com"},
    name_from="Snapchat Support",
    date="Tue, 10 Sep 2024 01:02:11 +0000",
    subject="We received your report [Case 0912-4471-KR]",
    body="""
Hi,

Thanks for contacting Snapchat Support. We've received your report and
created case 0912-4471-KR. Our team will look into it and get back to you
as soon as possible.

- Team Snapchat
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Snapchat Support case-created receipt",
    why="Pure acknowledgement",
)

# ================================================================ Discord
case(
    name="discord-server-removed-sole",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 20:48:00 +0000",
    subject="Re: [KCSC-240911-07] Request for removal of unlawful content",
    reply_to_req=mid("KCSC-240911-07"),
    body="""
Hello,

Thank you for your report. Our Trust & Safety team has investigated the
server you reported and has taken action: the server has been removed
from Discord for violating our Community Guidelines, and the owner's
account has been disabled.

We appreciate your help keeping Discord safe.

Discord Trust & Safety
""",
    outcome="applied",
    imitates="Discord Trust & Safety action-taken reply",
    why="One-item request: 'the server has been removed' states the single item removed",
    items={d[0]: "removed"},
)

case(
    name="discord-zendesk-receipt",
    **{"from": "support@discord.com"},
    name_from="Discord",
    date="Wed, 11 Sep 2024 06:41:27 +0000",
    subject="[Discord] Re: [KCSC-240911-07] Request for removal of unlawful content",
    reply_to_req=mid("KCSC-240911-07"),
    body="""
##- Please type your reply above this line -##

Your request (31415926) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

This email is a service from Discord.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Zendesk ticket-created receipt",
    why="Ticket receipt only",
)

# ====================================== Telegram, Twitch, Pinterest
case(
    name="telegram-unrequested-channel",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Sat, 14 Sep 2024 12:00:00 +0000",
    subject="Re: report",
    body="""
Hello,

Thank you for your report. The channel https://t.me/goldbet_vip_kr has
been blocked for violating the Telegram Terms of Service.

Telegram Abuse Team
""",
    outcome="review",
    review="unmatched_claims",
    imitates="Telegram abuse-desk confirmation",
    why="Trusted statement about a URL that is in no request",
)

case(
    name="twitch-autoresponder",
    **{"from": "legal@twitch.tv"},
    name_from="Twitch Legal",
    date="Thu, 05 Sep 2024 04:10:10 +0000",
    subject="Auto-Response: Request for removal of unlawful content",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
This is an automated response.

This inbox is not monitored for content reports. To report content that
violates Twitch's Community Guidelines, please use the report tool on the
channel or video. Law enforcement and government agencies should use our
law enforcement request portal.

Twitch Legal
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Twitch legal mailbox autoresponder",
    why="Automated response",
)

case(
    name="pinterest-redirect-no-claims",
    **{"from": "legal@pinterest.com"},
    name_from="Pinterest Legal",
    date="Mon, 16 Sep 2024 18:27:03 +0000",
    subject="Re: Content removal",
    body="""
Hi,

Thanks for reaching out. To help us handle government requests quickly,
please submit them through our dedicated form at
https://help.pinterest.com/en/contact/law-enforcement and include the
Pin links concerned. We are not able to process requests sent to this
address.

Best,
Pinterest Legal
""",
    outcome="review",
    review="no_claims",
    imitates="Pinterest legal reply redirecting to its intake form",
    why="Trusted platform mail naming no item and no request; the form link is no item",
)


HEADER = """# Blind set 322: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Snapchat; Telegram, Twitch and Pinterest mail
# that changes nothing). Generated by make.py; expected results written
# from each email's meaning before any run of the reader. See NOTES.md.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind322", HEADER, CASES)


if __name__ == "__main__":
    main()
