#!/usr/bin/env python3
"""Blind set 916: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Pinterest, plus Twitch, Snapchat and Telegram mail
that touches no request of theirs).

    python3 tests/corpus/blind916/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning, before any run of
the reader. All names, URLs and ids are invented.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "meta.com": "Meta",
    "facebookmail.com": "Facebook",
    "instagram.com": "Instagram",
    "tiktok.com": "TikTok",
    "reddit.com": "Reddit",
    "redditmail.com": "Reddit",
    "discord.com": "Discord",
    "pinterest.com": "Pinterest",
    "snap.com": "Snap Inc.",
    "twitch.tv": "Twitch",
})

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/harbor_lights77/status/1830011122233344556",   # x1
    "https://x.com/harbor_lights77/status/1830011122233344601",   # x2
    "https://x.com/quietmarket_kr/status/1830122334455667788",    # x3
    "https://x.com/quietmarket_kr/status/1830122334455667790",    # x4
    "https://x.com/bluefern_ops/status/1830233445566778899",      # x5
    "https://x.com/bluefern_ops/status/1830233445566779012",      # x6
    "https://x.com/nightowl_deals/status/1830344556677889900",    # x7
    "https://x.com/nightowl_deals",                               # x8
    "https://twitter.com/mossgate_shop/status/1830455667788990011",  # x9
    "https://x.com/pale_orchid_x/status/1830566778899001122",     # x10
    "https://x.com/pale_orchid_x/status/1830566778899001133",     # x11
    "https://x.com/copperlane_77/status/1830677889900112233",     # x12
]
Y = [
    "https://www.youtube.com/watch?v=Qm3vT8xLp2A",
    "https://www.youtube.com/watch?v=Hk7rW2nZc9E",
    "https://www.youtube.com/@silverdrift_tv",
    "https://www.youtube.com/shorts/Tz8nLw3Rb5K",
]
M = [
    "https://www.facebook.com/groups/482910337/posts/991827364501",
    "https://www.facebook.com/amber.lotus.page/posts/pfbid02XyzKq8",
    "https://www.instagram.com/p/C9xTr4LmQ2a/",
    "https://www.instagram.com/reel/C9yUs5MnR3b/",
]
T = [
    "https://www.tiktok.com/@moonlit.cargo/video/7409123456789012345",
    "https://www.tiktok.com/@moonlit.cargo/video/7409123456789012399",
    "https://www.tiktok.com/@ferris_wheel_kr/video/7410234567890123456",
]
R = [
    "https://www.reddit.com/r/kdealz_underground/comments/1fb2x3c/fresh_batch_available/",
    "https://www.reddit.com/user/driftwood_seller/comments/1fc4y5d/price_list/",
]
D = ["https://discord.gg/Vx7Pq2Lm"]
P = [
    "https://www.pinterest.com/pin/918273645501234567/",
    "https://www.pinterest.com/pin/918273645501239876/",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, category, message_id, note, urls
    ("KCSC-240903-01", "x", "2024-09-03T10:12:00+09:00", "2024-09-10T23:59:59+09:00",
     "illegal-drugs", "20240903011200.7c1e42@kcsc.example", "drug sales accounts", X),
    ("KCSC-240904-02", "youtube", "2024-09-04T14:30:00+09:00", "2024-09-11T23:59:59+09:00",
     "illegal-gambling", "20240904053000.91ab07@kcsc.example", "gambling promotion videos", Y),
    ("KCSC-240905-03", "meta", "2024-09-05T09:45:00+09:00", "2024-09-12T23:59:59+09:00",
     "fraud", "20240905004500.3f8d11@kcsc.example", "investment fraud posts", M),
    ("KCSC-240906-04", "tiktok", "2024-09-06T11:02:00+09:00", "2024-09-13T23:59:59+09:00",
     "illegal-drugs", "20240906020200.b2c9e3@kcsc.example", "", T),
    ("KCSC-240909-05", "reddit", "2024-09-09T16:20:00+09:00", "2024-09-16T23:59:59+09:00",
     "illegal-drugs", "20240909072000.0d4f5a@kcsc.example", "", R),
    ("KCSC-240910-06", "discord", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00",
     "sexual-exploitation", "20240910010000.6e7a88@kcsc.example", "server invite", D),
    ("KCSC-240911-07", "pinterest", "2024-09-11T10:05:00+09:00", "2024-09-18T23:59:59+09:00",
     "obscenity", "20240911010500.a19c2d@kcsc.example", "", P),
]
MSGID = {r[0]: r[5].split("@")[0] for r in REQUESTS}


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def request_text(ref, platform_name, urls):
    lines = [
        f"Dear {platform_name} team,",
        "",
        "The Korea Communications Standards Commission (KCSC) has determined",
        "that the content below is unlawful under Article 44-7 of the Network",
        "Act. We request its removal or blocking within 7 days.",
        "",
        f"Reference: {ref}",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "KCSC Takedown Desk", "takedown@kcsc.example"]
    return lines


def quoted(ref, platform_name, urls, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in request_text(ref, platform_name, urls))


def enc(s):
    from email.header import Header
    return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def d(day, hms="09:14:03", tz="+0000"):
    import datetime
    wd = datetime.date(2024, 9, day).strftime("%a")
    return f"{wd}, {day} Sep 2024 {hms} {tz}"


CASES = []


def case(**kw):
    CASES.append(kw)


# =================================================================== X
case(
    name="x-legal-withheld-kr-bullets",
    date=d(12), frm="legal-noreply@x.com", name_from="X Legal",
    subject="Your legal request KCSC-240903-01 [Case 0187734521]",
    body=f"""Hello,

Thank you for your report, received on 3 September 2024 and referenced
KCSC-240903-01.

After reviewing the reported content against applicable local law, we have
withheld the following posts in the Republic of Korea. They remain
available to people outside Korea.

- {X[0]}
- {X[1]}
- {X[2]}

Account holders are notified of withholding actions unless we are legally
prevented from doing so. A redacted copy of your request may be published
on Lumen (https://lumendatabase.org).

We will reply separately about the other items in your request.

Regards,
X Legal
Case 0187734521
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome: country withheld content (CWC) notice",
    why="three posts named one by one under an unhedged 'we have withheld ... in the Republic of Korea'",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted"},
)

case(
    name="x-numbered-status-below-url",
    date=d(13, "02:41:17"), frm="legal-support@x.com", name_from="X Legal Support",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=MSGID["KCSC-240903-01"],
    body=f"""Hi,

Please find below our decisions on further items in your request.

1) {X[3]}
   Removed. The post violated the X Rules on illegal and regulated goods
   and services.

2) {X[4]}
   Withheld in KR in response to your legal demand.

3) {X[5]}
   No action taken. After review we did not find that this post violates
   the X Rules or the Korean law described in your request.

4) {X[6]}
   Not found. The link does not resolve to an existing post. Please check
   that it was copied correctly.

Thanks,
J. Okafor
Legal Operations, X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="X legal support reply listing one decision per reported URL",
    why="numbered list, each URL with its decision on the lines below: removed, withheld, no action, not found",
    items={X[3]: "removed", X[4]: "restricted", X[5]: "rejected", X[6]: "not_found"},
)

case(
    name="x-account-withheld",
    date=d(14, "06:02:55"), frm="legal-noreply@x.com", name_from="X Legal",
    subject="Case 0187734559: account withheld in KR (KCSC-240903-01)",
    body=f"""Hello,

In response to your legal demand KCSC-240903-01, the account @nightowl_deals
({X[7]}) has been withheld in South Korea.

People accessing X from South Korea will see a notice that the account is
withheld in response to a legal demand. The account holder has been notified.

More about country withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X country withheld content notice for a whole account",
    why="the account URL (in parentheses) is withheld in South Korea; the help link is not an item",
    items={X[7]: "restricted"},
)

case(
    name="twitter-domain-angle-brackets",
    date=d(13, "11:20:40"), frm="support@twitter.com", name_from="Twitter Support",
    subject="Re: KCSC-240903-01 - @mossgate_shop",
    body=f"""Hello,

Thank you for your patience.

The Tweet at <{X[8]}> has been removed for violating the Twitter Rules on
the sale of illegal goods, and the account that posted it has been
permanently suspended.

Thanks,
Twitter Support
""",
    outcome="applied", classification="confirmation",
    imitates="legacy Twitter Support reply (twitter.com sender) after a report",
    why="a twitter.com URL in angle brackets, removed, from the X platform's second sender domain",
    items={X[8]: "removed"},
)

case(
    name="x-withhold-after-notice-period",
    date=d(15, "03:15:00"), frm="legal-support@x.com", name_from="X Legal Support",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=MSGID["KCSC-240903-01"],
    body=f"""Hello KCSC team,

We have decided to withhold the two posts below in South Korea:

{X[9]}
{X[10]}

Under our user notice policy, the withholding will take effect once the
account holder's notice period ends on 20 September 2024, unless the
account holder removes the posts first. We will confirm when it is done.

Best regards,
X Legal Support
""",
    outcome="review", review="not_understood",
    imitates="X legal reply announcing a withholding that waits for the user notice period",
    why="a decision to withhold later, on a condition: a promise, not a statement that the posts are withheld",
    items={X[9]: "pending", X[10]: "pending"},
)

case(
    name="x-all-reported-posts-actioned",
    date=d(20, "08:00:12"), frm="legal-support@x.com", name_from="X Legal Support",
    subject="KCSC-240903-01 - review completed",
    body="""Hello,

We have completed our review of your request KCSC-240903-01. All of the
reported posts have now been either withheld in South Korea or removed for
violating the X Rules.

This case is now closed. If you have a new request, please submit it via
our legal request portal.

X Legal Support
""",
    outcome="review", review="bulk",
    imitates="X legal 'case closed' summary without per-URL outcomes",
    why="one statement about all posts of a twelve-item request, naming none and not saying which got which action",
    items={},
)

case(
    name="x-automated-receipt",
    date=d(3, "01:13:09"), frm="noreply@x.com", name_from="X",
    subject="We've received your legal request [Case 0187734521]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""This is an automated confirmation that we received your submission.

Case number: 0187734521
Your reference: KCSC-240903-01
Submitted by: takedown@kcsc.example
Number of reported URLs: 12

A member of our team will review your request. You do not need to submit it
again. Please do not reply to this email; this mailbox is not monitored.

X Corp.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal request portal submission receipt",
    why="pure automated receipt with a case number, no statement about any item",
    items={},
)

case(
    name="x-forged-legal-removed",
    date=d(16, "22:47:31"), frm="legal@x.com", name_from="X Legal Team", auth="fail",
    subject="URGENT: KCSC-240903-01 content removed - confirmation required",
    body=f"""Dear KCSC,

The post {X[11]} was removed today in response to your request.

To keep your regulator account active, please confirm receipt of this notice
by signing in at http://x-legal-review-portal.example/verify within 24 hours.

X Legal Team
""",
    outcome="review", review="untrusted",
    imitates="phishing mail imitating X legal (DMARC fails for x.com)",
    why="claims a removal but x.com authentication fails",
    items={X[11]: "pending"},
)

case(
    name="x-top-posted-over-gmail-quote",
    date=d(17, "05:31:48"), frm="m.lindqvist@x.com", name_from="Maja Lindqvist",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=MSGID["KCSC-240903-01"],
    body=f"""Hi team,

Update on one item: {X[11]} has now been withheld in Korea.

We'll follow up on the others separately.

Best,
Maja Lindqvist
Legal Policy, X Corp.

On Tue, Sep 3, 2024 at 10:12 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("KCSC-240903-01", "X Legal", X)}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal staff top-posted reply over the Gmail-quoted request",
    why="one URL withheld in the reply; the twelve URLs of the quoted request below say nothing",
    items={**{u: "pending" for u in X[:11]}, X[11]: "restricted"},
)

_x_html = f"""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hello,</p>
<p>We have reviewed further content reported under your reference
<b>KCSC-240903-01</b>. The outcome for each item is shown below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported content</th><th>Outcome</th></tr>
<tr><td><a href="{X[9]}">{X[9]}</a></td><td>Withheld in: KR</td></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>Removed (account suspended for violating the X Rules)</td></tr>
</table>
<p>To learn more, visit <a href="https://help.x.com/en/rules-and-policies/x-legal-faqs">our legal FAQs</a>.</p>
<p>X Legal</p>
</body></html>
"""
_x_plain = f"""Hello,

We’ve reviewed further content reported under your reference
KCSC-240903-01. The outcome for each item is shown below.

Reported content: {X[9]}
Outcome: Withheld in: KR

Reported content: {X[10]}
Outcome: Removed (account suspended for violating the X Rules)

To learn more, visit our legal FAQs:
https://help.x.com/en/rules-and-policies/x-legal-faqs

X Legal
"""
case(
    name="x-qp-html-outcome-table",
    date=d(21, "04:12:30"), frm="legal-noreply@x.com", name_from="X Legal",
    subject="Update on your legal request KCSC-240903-01",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="b1_x0187734521"

--b1_x0187734521
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_x_plain)}
--b1_x0187734521
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_x_html)}
--b1_x0187734521--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome email, HTML table with quoted-printable plain-text alternative",
    why="two rows: withheld in KR (restricted) and removed with the account suspended",
    items={X[9]: "restricted", X[10]: "removed"},
)

case(
    name="x-appears-deleted-unconfirmed",
    date=d(18, "09:09:09"), frm="legal-support@x.com", name_from="X Legal Support",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=MSGID["KCSC-240903-01"],
    body=f"""Hello,

We looked into {X[11]}.
It appears that the post may have been deleted by the account holder, but
our tools could not confirm this at the time of review. We will check again
and let you know.

Kind regards,
X Legal Support
""",
    outcome="review", review="not_understood",
    imitates="X legal support reply hedging about an author-deleted post",
    why="'appears ... may have been deleted', not confirmed: a hedge, the post stays pending",
    items={X[11]: "pending"},
)

case(
    name="x-wrapped-url-in-angle-brackets",
    date=d(19, "07:44:10"), frm="legal-support@x.com", name_from="X Legal Support",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=MSGID["KCSC-240903-01"],
    body="""Hello,

The following post was removed for violating our rules on illegal and
regulated goods and services: <https://x.com/nightowl_deals/status/
1830344556677889900>

Regards,
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply whose mail client wrapped a long URL inside angle brackets",
    why="the angle-bracketed URL is broken across two lines (RFC 3986 appendix C style) and was removed",
    items={X[6]: "removed"},
)

case(
    name="x-korea-team-korean-particles",
    date=d(19, "02:30:00"), frm="legal-kr@x.com", name_from=enc("X 코리아 법무팀"),
    subject=enc("RE: KCSC-240903-01 처리 결과 안내"),
    body=f"""안녕하세요, X 코리아 법무팀입니다.

요청하신 게시물 중 2건에 대한 처리 결과를 알려드립니다.

1. {X[4]}는 대한민국 내에서 접근이 제한되었습니다(Withheld in KR).
2. 대상 게시물（{X[5]}）의 경우, 당사 정책 및 국내법 위반이 확인되지 않아 별도 조치를 하지 않았습니다.

(English) Post 1 above has been withheld in Korea. We have taken no action on
post 2, as we did not find a violation of our policies or of Korean law.

감사합니다.
X Corp. 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="X Korea legal team bilingual reply",
    why="URL followed by the particle 는: withheld (restricted); URL in full-width parentheses: no action, no violation (rejected)",
    items={X[4]: "restricted", X[5]: "rejected"},
)

# =================================================================== YouTube
case(
    name="yt-legal-outcome-three-decisions",
    date=d(12, "15:03:22"), frm="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    subject="[8-1234000031457] KCSC-240904-02: outcome of your legal request",
    body=f"""Hello,

Thanks for reaching out to us.

We have reviewed the content identified in your request of 4 September 2024
(KCSC-240904-02).

- {Y[0]} : based on the local law you cited, we have blocked this video
  from view on YouTube in South Korea.
- {Y[1]} : we have removed this video from YouTube for violating our
  Community Guidelines.
- {Y[2]} : we have not taken action on this channel. Having reviewed it in
  light of your notice, we did not identify content that violates our
  policies or that we consider unlawful under the law cited.

For more information about our policies, see
https://support.google.com/youtube/answer/2801939 .

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome (locally blocked / removed under Community Guidelines / no action)",
    why="bulleted URLs each with its decision after ' : '",
    items={Y[0]: "restricted", Y[1]: "removed", Y[2]: "rejected"},
)

case(
    name="yt-short-age-restricted",
    date=d(13, "16:40:05"), frm="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    subject="[8-1234000031457] KCSC-240904-02: update",
    body=f"""Hello,

Following our review, we have applied an age restriction to the Short
{Y[3]}
Viewers must now be signed in and at least 18 years old to watch it.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube notice of an age restriction applied after review",
    why="age-restricted counts as restricted; the URL stands on its own line after the statement",
    items={Y[3]: "restricted"},
)

_dsn_original = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-archive@google.com
Subject: Reminder: KCSC-240904-02 overdue
Date: Thu, 12 Sep 2024 09:00:00 +0900
Message-ID: <reminder.KCSC-240904-02.1@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear YouTube team,

Our request KCSC-240904-02 is past its deadline. The following items are
still online:

{Y[0]}
{Y[1]}
{Y[2]}
{Y[3]}

KCSC Takedown Desk
"""
case(
    name="yt-gmail-dsn-address-not-found",
    date=d(12, "00:00:41"), frm="mailer-daemon@googlemail.com", name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="00000000000091a7e2062201"

--00000000000091a7e2062201
Content-Type: text/plain; charset="UTF-8"

Address not found

Your message wasn't delivered to legal-kr-archive@google.com because the
address couldn't be found, or is unable to receive mail.

The response was:

550 5.1.1 The email account that you tried to reach does not exist.

--00000000000091a7e2062201
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 12 Sep 2024 00:00:39 -0000

Final-Recipient: rfc822; legal-kr-archive@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Thu, 12 Sep 2024 00:00:41 -0000

--00000000000091a7e2062201
Content-Type: message/rfc822

{_dsn_original}
--00000000000091a7e2062201--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Address not found' delivery status notification",
    why="a DSN returning our own reminder; the URLs are in the returned message",
    items={u: "pending" for u in Y},
)

_yt_csv = f"""url,decision,scope,notes
{Y[0]},Blocked locally,KR,Local law - Korea
{Y[1]},Removed,Global,Community Guidelines - harmful or dangerous acts
{Y[2]},Channel terminated,Global,Repeated Community Guidelines violations
{Y[3]},No action,,No policy violation; not unlawful under the cited law
"""
case(
    name="yt-csv-attachment-outcomes",
    date=d(20, "10:10:10"), frm="legal-kr@google.com", name_from="Google Legal Removals",
    subject="KCSC-240904-02 - results (attachment)",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="000000000000c4d1f80622a1"

--000000000000c4d1f80622a1
Content-Type: text/plain; charset="UTF-8"

Hello,

Please find attached the outcome for each URL in your request
KCSC-240904-02.

Regards,
Google Legal Removals Team

--000000000000c4d1f80622a1
Content-Type: text/csv; charset="UTF-8"; name="KCSC-240904-02_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240904-02_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_yt_csv)}
--000000000000c4d1f80622a1--
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal removals reply with a per-URL CSV outcome sheet",
    why="CSV rows: blocked locally (restricted), removed, channel terminated (removed), no action (rejected)",
    items={Y[0]: "restricted", Y[1]: "removed", Y[2]: "removed", Y[3]: "rejected"},
)

case(
    name="yt-needs-timestamps",
    date=d(13, "08:22:19"), frm="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    subject="[8-1234000031457] KCSC-240904-02: more information needed",
    body=f"""Hello,

Before we can take a decision on {Y[1]}
we need more information from you:

1. the timestamps at which the content you consider unlawful appears in the
   video; and
2. the specific provision of Korean law the content is alleged to violate.

Please reply to this email with the information above. Without it we will
not be able to process this part of your request.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal support request for timestamps and legal basis",
    why="asks for more information about one item, states no outcome",
    items={Y[1]: "pending"},
)

case(
    name="yt-gmail-reply-uploader-deleted",
    date=d(16, "12:05:44"), frm="h.seo@google.com", name_from="Hyejin Seo",
    subject="Re: [KCSC-240904-02] Request for removal of illegal content",
    reply_to_req=MSGID["KCSC-240904-02"],
    body=f"""Hi KCSC team,

Following up on the item below:

{Y[1]} -- this video is no longer available on
YouTube. It was deleted by the uploader before we completed our review, so
no action was needed on our side.

Best,
Hyejin Seo
YouTube Legal, Google Korea

On Wed, Sep 4, 2024 at 2:30 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("KCSC-240904-02", "YouTube", Y)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal staff Gmail reply over the quoted request",
    why="deleted by the uploader before review = not_found; the quoted request says nothing",
    items={Y[0]: "pending", Y[1]: "not_found", Y[2]: "pending", Y[3]: "pending"},
)

# =================================================================== Meta
case(
    name="meta-restricted-local-law",
    date=d(12, "18:12:00"), frm="legal-requests-noreply@meta.com", name_from="Meta Legal Operations",
    subject="Your report KCSC-240905-03 (Meta report ID 1029384756601)",
    body=f"""Hi,

We've reviewed your report, reference KCSC-240905-03.

We determined that the following content does not go against our Community
Standards. After a legal review, however, we have restricted access to it
in South Korea, where it was reported as unlawful:

{M[0]}
{M[1]}

People outside South Korea can still see this content. The people who
posted it have been told about our decision.

Thanks,
Meta Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Meta content-restriction-based-on-local-law notice to a government reporter",
    why="two Facebook posts restricted in South Korea (the 'does not go against our Community Standards' is not a refusal)",
    items={M[0]: "restricted", M[1]: "restricted"},
)

case(
    name="instagram-removed-and-kept",
    date=d(13, "19:55:02"), frm="reports@instagram.com", name_from="Instagram",
    subject="Decision on your report KCSC-240905-03",
    body=f"""Hi KCSC Takedown,

Thanks for your report of 5 September (KCSC-240905-03). Here's what we
decided.

Post: {M[2]}
Decision: We removed this post because it goes against our Community
Guidelines on fraud and scams.

Reel: {M[3]}
Decision: We didn't remove this reel. We found that it doesn't go against
our Community Guidelines, and we did not find it to be unlawful under the
law you cited.

If you think we made a mistake, you can ask us to take another look:
https://help.instagram.com/contact/1652567838289083

Instagram
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram report decision email (removed / didn't remove)",
    why="post removed; reel left up with a reason; the help-centre link is not an item",
    items={M[2]: "removed", M[3]: "rejected"},
)

case(
    name="meta-local-representative-unknown-domain",
    date=d(14, "01:30:27"), frm="casework@lexmarch-partners.example", name_from="Lexmarch Partners",
    subject="KCSC-240905-03 - response on behalf of our client",
    body=f"""Dear Sir or Madam,

We act as local counsel for Meta Platforms, Inc. in connection with your
request KCSC-240905-03.

We are instructed to confirm that the content at
{M[0]} has been removed.

Yours faithfully,
Lexmarch Partners
""",
    outcome="review", review="unknown_sender",
    imitates="law firm writing on behalf of a platform",
    why="a removal claim from a domain that is no platform's sender",
    items={M[0]: "pending"},
)

_meta_html = f"""<!DOCTYPE html>
<html><body style="margin:0;padding:0;font-family:Helvetica,Arial,sans-serif;color:#1c1e21">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:16px">
<h2 style="font-size:18px">Update on your report</h2>
<p>Report reference: KCSC-240905-03</p>
<p>We removed the post at
<a href="{M[1]}">{M[1]}</a>
because it goes against our Community Standards on fraud, scams and deceptive practices.</p>
<p>Thanks for helping keep Facebook safe.</p>
<p style="font-size:12px;color:#8a8d91">Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025</p>
</td></tr></table>
</body></html>
"""
case(
    name="facebook-base64-html-removed",
    date=d(18, "20:41:13"), frm="notification@facebookmail.com", name_from="Facebook",
    subject="Update on your report",
    raw_mime=f"""Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

{b64(_meta_html)}""",
    outcome="applied", classification="confirmation",
    imitates="Facebook 'Update on your report' notification (base64 HTML)",
    why="the post is named and removed; a base64 HTML-only body",
    items={M[1]: "removed"},
)

case(
    name="instagram-still-being-reviewed",
    date=d(10, "04:04:04"), frm="reports@instagram.com", name_from="Instagram",
    subject="Your report KCSC-240905-03 is being reviewed",
    body=f"""Hi KCSC Takedown,

Your report about the content below is still being reviewed:

{M[2]}
{M[3]}

We prioritise reports based on their severity. We'll let you know when
we've made a decision.

Instagram
""",
    outcome="review", review="not_understood",
    imitates="Instagram 'your report is still being reviewed' notice",
    why="names both items but only says they are under review; nothing is stated about their status",
    items={M[2]: "pending", M[3]: "pending"},
)

case(
    name="meta-out-of-office",
    date=d(12, "00:47:10"), frm="h.park@meta.com", name_from="Hana Park",
    subject="Automatic reply: [KCSC-240905-03] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email.

I am out of the office until 23 September with limited access to email.
Legal requests from government authorities should be submitted through our
online portal, where they will be handled by the team in my absence.

Hana Park
Public Policy, Meta Korea
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from a platform employee",
    why="an out-of-office auto-reply",
    items={},
)

_meta_table = f"""<html><body>
<p>Hello,</p>
<p>Please see below the actions taken on the content reported in your request
KCSC-240905-03.</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>Content URL</th><th>Action</th><th>Scope / basis</th></tr></thead>
<tbody>
<tr><td>{M[0]}</td><td>Removed</td><td>Global - Community Standards (fraud and scams)</td></tr>
<tr><td>{M[2]}</td><td>Restricted</td><td>South Korea only - local law</td></tr>
<tr><td>{M[3]}</td><td>No action</td><td>-</td></tr>
</tbody></table>
<p>Regards,<br>Meta Legal Operations</p>
</body></html>
"""
case(
    name="meta-html-table-three-actions",
    date=d(22, "03:03:33"), frm="legal-requests-noreply@meta.com", name_from="Meta Legal Operations",
    subject="Actions taken: KCSC-240905-03",
    type="html", body=_meta_table,
    outcome="applied", classification="confirmation",
    imitates="Meta government-request response table (action and scope per URL)",
    why="HTML table: removed globally, restricted in South Korea, no action (rejected)",
    items={M[0]: "removed", M[2]: "restricted", M[3]: "rejected"},
)

case(
    name="meta-portal-change-notice",
    date=d(23, "09:00:00"), frm="legal-requests-noreply@meta.com", name_from="Meta Legal Operations",
    subject="Changes to how government authorities submit requests to Meta",
    body="""Hello,

From 1 October 2024, government authorities in the Asia-Pacific region
should submit content restriction requests through the Government Requests
Portal rather than by email. Existing cases will continue to be handled by
email until they are closed.

You can register for access at https://www.facebook.com/records/login/ .

Meta Legal Operations
""",
    outcome="review", review="no_claims",
    imitates="platform service notice to government reporters about a new portal",
    why="trusted Meta mail that names no item and references no request",
    items={},
)

# =================================================================== TikTok
case(
    name="tiktok-report-outcome-bullets",
    date=d(13, "06:18:40"), frm="legal-notice@tiktok.com", name_from="TikTok Legal",
    subject="Update on your report (KCSC-240906-04)",
    body=f"""Hello,

Thank you for contacting TikTok. Our team has reviewed the videos you
reported and taken the following action:

\u2022 {T[0]} \u2014 Removed for violating our Community Guidelines (illegal activities and regulated goods).
\u2022 {T[1]} \u2014 No violation found; the video remains available on TikTok.
\u2022 {T[2]} \u2014 Access restricted in South Korea under local law.

You can read our Community Guidelines at https://www.tiktok.com/community-guidelines .

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome email to a government reporter",
    why="one bullet per video: removed, no violation (rejected), restricted in South Korea",
    items={T[0]: "removed", T[1]: "rejected", T[2]: "restricted"},
)

case(
    name="tiktok-statement-of-reasons",
    date=d(18, "13:00:00"), frm="legal-notice@tiktok.com", name_from="TikTok Legal",
    subject="Statement of reasons - decision SOR-TT-20240918-55310",
    body=f"""STATEMENT OF REASONS

Decision reference: SOR-TT-20240918-55310
Notice reference:   KCSC-240906-04

Content concerned:
{T[2]}

Type of decision:
Visibility restriction. The content has been made unavailable in the
Republic of Korea. It remains available in other countries.

Facts and circumstances:
The decision was taken following a notice submitted by a government
authority, which identified the content as unlawful under Korean law.

Ground for the decision:
Illegal content under local law. The content was not found to violate
TikTok's Community Guidelines.

Use of automated means:
No automated means were used to take this decision.

Redress:
You may contest this decision through our internal appeals system at
https://www.tiktok.com/legal/report/feedback or before the competent court.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons (TikTok style) used for a local-law restriction",
    why="'made unavailable in the Republic of Korea' = restricted; the appeal link is not an item",
    items={T[2]: "restricted"},
)

case(
    name="tiktok-ticket-receipt-echo",
    date=d(6, "02:03:11"), frm="noreply@tiktok.com", name_from="TikTok Support",
    subject="[TikTok] Re: KCSC-240906-04 Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""##- Please type your reply above this line -##

Your request (4412087) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown, Sep 6, 2024, 11:02 GMT+9

Request KCSC-240906-04: removal of the following videos
1. {T[0]}
2. {T[1]}
3. {T[2]}

This email is a service from TikTok Support.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt echoing the submitted report",
    why="automatic receipt; the URLs are only the echo of our own report",
    items={u: "pending" for u in T},
)

case(
    name="tiktok-may-have-been-removed",
    date=d(14, "09:30:00"), frm="legal-notice@tiktok.com", name_from="TikTok Legal",
    subject="Re: KCSC-240906-04",
    body=f"""Hello,

Regarding {T[0]}: our records suggest
the video may have been removed by the creator shortly after your report,
but we are still verifying this. We will update you once confirmed.

TikTok Trust and Safety
""",
    outcome="review", review="not_understood",
    imitates="TikTok trust and safety interim reply",
    why="'suggest ... may have been removed ... still verifying': a hedge, not a statement",
    items={T[0]: "pending"},
)

case(
    name="tiktok-korea-author-deleted",
    date=d(15, "05:45:21"), frm="kr-legal@tiktok.com", name_from="TikTok Korea",
    subject=enc("RE: KCSC-240906-04 문의 회신"),
    body=f"""안녕하세요. 틱톡 코리아 법무팀입니다.

문의하신 영상 {T[1]}은 게시자가 직접 삭제하여 현재 존재하지 않는 영상입니다.

The video above was deleted by its creator and no longer exists on TikTok.

감사합니다.
TikTok Korea Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea bilingual reply about a creator-deleted video",
    why="URL followed by the particle 은; deleted by its creator = not_found",
    items={T[1]: "not_found"},
)

case(
    name="tiktok-ack-with-first-outcome",
    date=d(9, "07:07:07"), frm="legal-notice@tiktok.com", name_from="TikTok Legal",
    subject="We received your report (KCSC-240906-04) - ticket 4412311",
    body=f"""Hello,

Thank you for your report. We have received it and assigned ticket
number 4412311.

We have already reviewed the first video and removed it:
{T[0]}

The other two videos are still under review and we will write to you again
when we have reached a decision.

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok receipt that already carries a first outcome",
    why="acknowledgement phrases plus an unhedged removal of a named video; the rest is under review",
    items={T[0]: "removed"},
)

# =================================================================== Reddit
case(
    name="reddit-legal-removed-one",
    date=d(12, "21:14:00"), frm="legal@reddit.com", name_from="Reddit Legal",
    subject="Re: Notice KCSC-240909-05",
    body=f"""Hello,

Thank you for your notice dated September 9, 2024 (your reference
KCSC-240909-05).

We have reviewed the following content and removed it from Reddit for
violating Reddit's Content Policy (prohibited transactions):

{R[0]}

We are continuing to review the remaining content identified in your
notice.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply to a government removal notice",
    why="one of two items named and removed; the other is still being reviewed",
    items={R[0]: "removed"},
)

case(
    name="reddit-report-no-violation",
    date=d(13, "22:01:50"), frm="noreply@redditmail.com", name_from="Reddit",
    subject="Your Reddit report (KCSC-240909-05)",
    body=f"""Thanks for submitting a report to the Reddit admin team. After
investigating, we've found that the reported content doesn't violate
Reddit's Content Policy.

Report details
Report date: Sep 9, 2024
Reason: Prohibited transaction
Reported content: {R[1]}

If you see any other issues, please don't hesitate to report them.

Thanks again for helping keep Reddit safe.
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin report outcome notification (no violation found)",
    why="the outcome sentence comes first, the reported URL in the details below: doesn't violate = rejected",
    items={R[1]: "rejected"},
)

case(
    name="reddit-mdn-read-receipt",
    date=d(10, "01:12:45"), frm="legal@reddit.com", name_from="Reddit Legal",
    subject="Read: [KCSC-240909-05] Request for removal of illegal content",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_5a1c"

--mdn_5a1c
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@reddit.com
  Subject: [KCSC-240909-05] Request for removal of illegal content
  Sent: Monday, September 9, 2024 7:20:00 AM (UTC)

was read on Tuesday, September 10, 2024 1:12:45 AM (UTC).

--mdn_5a1c
Content-Type: message/disposition-notification

Reporting-UA: reddit.com; Microsoft Exchange Server
Final-Recipient: rfc822;legal@reddit.com
Original-Message-ID: <{MSGID["KCSC-240909-05"]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_5a1c--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="a read receipt",
    items={},
)

case(
    name="reddit-bulk-reported-content-removed",
    date=d(19, "18:30:00"), frm="legal@reddit.com", name_from="Reddit Legal",
    subject="Re: Notice KCSC-240909-05",
    body="""Hello,

We've reviewed the content reported in your notice KCSC-240909-05 and
removed it for violating Reddit's Content Policy.

Reddit Legal
""",
    outcome="review", review="bulk",
    imitates="Reddit legal short closing reply",
    why="'the content reported ... removed it' for a two-item request, naming neither",
    items={},
)

# =================================================================== Discord
case(
    name="discord-server-removed-invite",
    date=d(12, "17:25:10"), frm="safety@discord.com", name_from="Discord Trust & Safety",
    subject="Your report to Discord (KCSC-240910-06)",
    body=f"""Hello,

Thank you for your report. We have reviewed the server reached through the
invite {D[0]} and removed it from Discord for violating our
Community Guidelines. The invite link is no longer valid.

Learn more about the actions we take:
https://discord.com/safety/360044159011-what-actions-we-take

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety report outcome",
    why="the server behind the invite URL was removed; the safety-centre link is not an item",
    items={D[0]: "removed"},
)

case(
    name="discord-sole-statement-threaded",
    date=d(13, "03:40:00"), frm="trust-safety@discord.com", name_from="Discord Trust & Safety",
    subject="Re: [KCSC-240910-06] Request for removal of illegal content",
    reply_to_req=MSGID["KCSC-240910-06"],
    body="""Hello,

We have taken action against the reported server under our policies. It is
no longer accessible on Discord.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety short reply in the request's thread",
    why="the only statement, naming no URL, answers a one-item request: removed",
    items={D[0]: "removed"},
)

case(
    name="discord-ticket-autoresponse",
    date=d(10, "01:00:35"), frm="noreply@discord.com", name_from="Discord",
    subject="[Discord] Re: KCSC-240910-06 Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hi there,

Thanks for reaching out to Discord. This is an automated message to let you
know that we've received your ticket (#38271945). A member of our team will
get back to you as soon as possible.

In the meantime, you might find an answer in our Help Center:
https://support.discord.com

- Discord
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord support ticket auto-response",
    why="automated ticket receipt, no statement about any item",
    items={},
)

# =================================================================== Pinterest
case(
    name="pinterest-outlook-reply-removed-and-missing",
    date=d(13, "23:10:00"), frm="legal@pinterest.com", name_from="Pinterest Legal",
    subject="RE: [KCSC-240911-07] Request for removal of illegal content",
    reply_to_req=MSGID["KCSC-240911-07"],
    body=f"""Hello,

We removed the Pin {P[0]} for violating our Community
Guidelines on adult content.

We were not able to find the second Pin
({P[1]}). It may have been deleted already, or
the link may be incorrect.

Kind regards,
Pinterest Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 10:05 AM
To: Pinterest Legal <legal@pinterest.com>
Subject: [KCSC-240911-07] Request for removal of illegal content

{quoted("KCSC-240911-07", "Pinterest", P, prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Pinterest legal reply above an Outlook-quoted request",
    why="first Pin removed; second 'not able to find' = not_found (the 'may have been deleted' only explains why)",
    items={P[0]: "removed", P[1]: "not_found"},
)

case(
    name="pinterest-will-deactivate",
    date=d(12, "08:08:08"), frm="legal@pinterest.com", name_from="Pinterest Legal",
    subject="RE: [KCSC-240911-07] Request for removal of illegal content",
    body=f"""Hello,

Thanks for your report. Our team will deactivate the Pins below within two
business days:

  * {P[0]}
  * {P[1]}

We'll confirm once this is complete.

Pinterest Legal
""",
    outcome="review", review="not_understood",
    imitates="Pinterest legal reply promising deactivation",
    why="'will deactivate ... within two business days' is a promise; both Pins stay pending",
    items={P[0]: "pending", P[1]: "pending"},
)

# =================================================================== other platforms
case(
    name="snap-misdirected-reminder-pinterest-links",
    date=d(19, "16:16:16"), frm="legal@snap.com", name_from="Snap Inc. Law Enforcement Operations",
    subject="Re: Reminder: KCSC-240911-07 overdue",
    body=f"""Hello,

We received your reminder regarding KCSC-240911-07. We could not locate the
content at the links below on Snapchat:

{P[0]}
{P[1]}

These links point to another service (Pinterest), and Snap has no ability to
act on them. Please contact that service directly.

Snap Inc. Law Enforcement Operations
""",
    outcome="review", review="wrong_platform",
    imitates="Snap reply to a misdirected reminder",
    why="Snap states it cannot locate Pinterest items: a statement from another platform than the items'",
    items={P[0]: "pending", P[1]: "pending"},
)

case(
    name="twitch-out-of-office",
    date=d(17, "14:00:00"), frm="j.moreau@twitch.tv", name_from="Julien Moreau",
    subject="Automatic reply: Reminder: KCSC-240910-06 overdue",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""Hi,

I'm currently out of office, returning on Monday 30 September. For
trust and safety matters please write to safety@twitch.tv.

Thanks,
Julien
""",
    outcome="ignored", classification="auto_reply",
    imitates="out-of-office reply from a Twitch employee to a misdirected reminder",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="telegram-postfix-bounce",
    date=d(11, "01:00:09", "+0900"), frm="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    auth="none",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="4WZ1kq0vLnz9sB.1726014009/mx.kcsc.example"

--4WZ1kq0vLnz9sB.1726014009/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@telegram.org>: host mail.telegram.org[203.0.113.25] said: 550 5.1.1
    <abuse-kr@telegram.org>: Recipient address rejected: User unknown (in
    reply to RCPT TO command)

--4WZ1kq0vLnz9sB.1726014009/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 11 Sep 2024 01:00:05 +0900 (KST)

Final-Recipient: rfc822; abuse-kr@telegram.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.telegram.org
Diagnostic-Code: smtp; 550 5.1.1 <abuse-kr@telegram.org>: Recipient address rejected: User unknown

--4WZ1kq0vLnz9sB.1726014009/mx.kcsc.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@telegram.org
Subject: Contact address check
Date: Wed, 11 Sep 2024 01:00:05 +0900
Message-ID: <addrcheck.20240911@kcsc.example>

--4WZ1kq0vLnz9sB.1726014009/mx.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix 'Undelivered Mail Returned to Sender' DSN",
    why="our own MTA's bounce for a Telegram address",
    items={},
)


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("frm")
    header = """# Blind set 916 (English notices from many platforms): one [[case]] per email.
# Written by tests/corpus/blind916/make.py from the meaning of each email,
# before the reader was run on it. Each case is ingested alone into a fresh
# ledger holding tests/corpus/blind916/requests.csv."""
    corpuslib.write_set(HERE, "blind916", header, CASES)


if __name__ == "__main__":
    main()
