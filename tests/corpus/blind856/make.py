#!/usr/bin/env python3
"""Blind set 856: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).

    python3 tests/corpus/blind856/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email was written in our own words, in the manner of a public notice named
in its `imitates` field; every name, id and URL is fictional. The expected
results were written from each email's meaning alone, before the reader was
ever run on this set.
"""
import base64
import csv
import io
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/grayfinch_kr/status/1833012345678901234",     # x1
    "https://x.com/grayfinch_kr/status/1833012345678905678",     # x2
    "https://x.com/moonlit_bazaar/status/1833100000000000011",   # x3
    "https://x.com/moonlit_bazaar/status/1833100000000000022",   # x4
    "https://x.com/moonlit_bazaar/status/1833100000000000033",   # x5
    "https://x.com/ttv_rumor_mill/status/1833222222222222201",   # x6
    "https://x.com/ttv_rumor_mill/status/1833222222222222202",   # x7
    "https://x.com/paper_lantern09/status/1833345678901234567",  # x8
    "https://x.com/paper_lantern09/status/1833345678901234568",  # x9
    "https://x.com/quietdealer_kr",                              # x10 (account)
    "https://x.com/ember_ledger/status/1833456789012345670",     # x11
    "https://x.com/ember_ledger/status/1833456789012345671",     # x12
    "https://x.com/sodam_notes/status/1833567890123456789",      # x13
    "https://x.com/sodam_notes/status/1833567890123456790",      # x14
]
KPAGE = "푸른연못"
M_RAW2 = "https://www.facebook.com/%s/posts/1029384756" % KPAGE
M = [
    "https://www.facebook.com/groups/goldcoinclub77/posts/8812345678901234/",
    "https://www.facebook.com/%s/posts/1029384756" % urllib.parse.quote(KPAGE),
    "https://www.instagram.com/p/C9xQ2abLm7K/",
    "https://www.instagram.com/p/C9yR5cdNp2T/",
    "https://www.instagram.com/reel/C9zT8efQr4W/",
]
Y = [
    "https://www.youtube.com/watch?v=Qm3xT7vLp2A",
    "https://www.youtube.com/watch?v=Zr8kN1wYc5E",
    "https://www.youtube.com/shorts/Hb4pJ9sDu6K",
    "https://www.youtube.com/@nightmarketinsider",
]
T = [
    "https://www.tiktok.com/@bright.koi88/video/7412345678901234567",
    "https://www.tiktok.com/@bright.koi88/video/7412345678901234999",
    "https://www.tiktok.com/@hanriver_whispers/video/7413579246801357924",
]
R = [
    "https://www.reddit.com/r/koreanfinanceleaks/comments/1fc8x2q/weekly_tips_thread/",
    "https://www.reddit.com/r/koreanfinanceleaks/comments/1fd0a7m/new_signal_group/",
]
G = [
    "https://t.me/silver_tide_signals/4412",
    "https://t.me/silver_tide_signals/4420",
]
D = ["https://discord.com/channels/1102938475610293847/1102938475610293850/1283746501928374650"]

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240910-01", "x", "2024-09-10", "2024-09-17", X, "illegal_goods",
     "posts and one account advertising illegal goods"),
    ("KCSC-240911-02", "meta", "2024-09-11", "2024-09-18", M, "fraud",
     "Facebook and Instagram investment-fraud posts"),
    ("KCSC-240911-03", "youtube", "2024-09-11", "2024-09-18", Y, "gambling",
     "gambling promotion videos and channel"),
    ("KCSC-240912-04", "tiktok", "2024-09-12", "2024-09-19", T, "drugs",
     "drug sale videos"),
    ("KCSC-240912-05", "reddit", "2024-09-12", "2024-09-19", R, "fraud",
     "fraud threads"),
    ("KCSC-240913-06", "telegram", "2024-09-13", "2024-09-20", G, "fraud",
     "signal-group channel posts"),
    ("KCSC-240913-07", "discord", "2024-09-13", "2024-09-20", D, "illegal_goods",
     "one message selling forged documents"),
]


def msgid(ref):
    return "req-%s@kcsc.example" % ref[5:]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def rt(ref):
    """reply_to_req value: the request's Message-ID without the domain."""
    return msgid(ref).split("@")[0]


def quoted_request(ref, urls, prefix="> "):
    lines = [
        "Dear Sir or Madam,",
        "",
        "The Korea Communications Standards Commission requests the removal of, or",
        "the blocking of access from Korea to, the content listed below, which was",
        "found to violate Korean law. Our reference: %s." % ref,
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append("%d. %s" % (i, u))
    lines += ["", "Please let us know the action taken for each URL.", "",
              "KCSC Takedown Team"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def all_pending(urls):
    return {u: "pending" for u in urls}


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED

case(
    name="x-legal-numbered-mixed",
    outcome="applied", classification="confirmation",
    imitates="X Legal reply to a government removal request: per-URL outcome list (withheld in country / removed under X Rules / no action)",
    why="numbered list, each URL with its own outcome: two withheld in KR, three removed, two no action; the rest of the request is only promised",
    frm="legal-noreply@x.com", name_from="X Legal",
    date="Tue, 17 Sep 2024 02:14:51 +0000",
    subject="Re: [KCSC-240910-01] Request to remove content - Case 0917-KR-44812",
    reply_to_req=rt("KCSC-240910-01"),
    body="""Hello,

We have reviewed the report you submitted on behalf of the Korea Communications
Standards Commission (your reference KCSC-240910-01), X case 0917-KR-44812.

Outcome for each reported URL:

1. %s - Withheld in South Korea in response to your legal demand.
2. %s - Withheld in South Korea in response to your legal demand.
3. %s - Removed: violation of the X Rules (illegal or certain regulated goods or services).
4. %s - Removed: violation of the X Rules (illegal or certain regulated goods or services).
5. %s - Removed: violation of the X Rules (illegal or certain regulated goods or services).
6. %s - No action taken. We did not find that this post violates the X Rules or the Korean law cited in your request.
7. %s - No action taken. We did not find that this post violates the X Rules or the Korean law cited in your request.

The other URLs in your request are still being assessed; we will write to you
separately about them.

Where content is withheld, the account holder has been notified unless we were
prohibited from doing so. You can read about country withheld content here:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""" % tuple(X[:7]),
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed", X[3]: "removed",
           X[4]: "removed", X[5]: "rejected", X[6]: "rejected"},
)

case(
    name="x-html-table-withheld",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email rendered as an HTML table (URL / action / scope)",
    why="HTML-only table: two posts and one account withheld in KR",
    frm="legal-noreply@x.com", name_from="X Legal",
    date="Wed, 18 Sep 2024 05:40:02 +0000",
    subject="Your legal request KCSC-240910-01: action taken",
    reply_to_req=rt("KCSC-240910-01"),
    type="html",
    body="""<!DOCTYPE html>
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Thank you for your request <b>KCSC-240910-01</b>. After reviewing it under
applicable local law, we have taken the action shown below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Scope</th></tr>
<tr><td><a href="%s">%s</a></td><td>Post withheld</td><td>KR</td></tr>
<tr><td><a href="%s">%s</a></td><td>Post withheld</td><td>KR</td></tr>
<tr><td><a href="%s">%s</a></td><td>Account withheld</td><td>KR</td></tr>
</table>
<p>Withheld content remains visible outside the listed country.
<a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">Learn more</a>.</p>
<p>X Legal</p>
</body></html>
""" % (X[7], X[7], X[8], X[8], X[9], X[9]),
    items={X[7]: "restricted", X[8]: "restricted", X[9]: "restricted"},
)

case(
    name="x-bare-url-status-below",
    outcome="applied", classification="confirmation",
    imitates="X legal-request ticket update: bare URL on one line, its status on the next",
    why="three bare URLs each followed by a Status line: author-deleted, invalid ID, removed",
    frm="noreply@x.com", name_from="X Support",
    date="Wed, 18 Sep 2024 09:03:17 +0000",
    subject="Update on report LR-0918-55120 (KCSC-240910-01)",
    body="""Report ID: LR-0918-55120
Your reference: KCSC-240910-01

%s
Status: Content not found. The post was deleted by the account holder before our review.

%s
Status: Invalid URL. This post ID does not exist on X.

%s
Status: Removed for violating the X Rules.

This ticket will now be closed. If you have additional information, please
submit a new request at https://legalrequests.x.com/.

X Support
""" % (X[10], X[11], X[12]),
    items={X[10]: "not_found", X[11]: "not_found", X[12]: "removed"},
)

case(
    name="x-top-posted-over-quote",
    outcome="applied", classification="confirmation",
    imitates="X Legal Operations agent reply, top-posted above the Gmail-style quoted request",
    why="top part: one post withheld in Korea, one refused (no violation); the quoted request below lists all 14 URLs and states nothing",
    frm="mina.s@x.com", name_from="Mina S. (X Legal Operations)",
    date="Thu, 19 Sep 2024 01:22:40 +0000",
    subject="Re: KCSC-240910-01 Request for removal of illegal content",
    reply_to_req=rt("KCSC-240910-01"),
    body="""Hi,

Following our review of your request, we have withheld
%s in the Republic of Korea.

We are not taking action on %s:
the post does not violate the X Rules, and we did not find it unlawful under
the provision you cited.

Thanks,
Mina
X Legal Operations

On Tue, Sep 10, 2024 at 6:02 PM KCSC Takedown <takedown@kcsc.example> wrote:
%s
""" % (X[13], X[7], quoted_request("KCSC-240910-01", X)),
    items={X[13]: "restricted", X[7]: "rejected"},
)

case(
    name="x-statement-of-reasons",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision / territorial scope / ground / redress fields) as X sends to notifiers",
    why="one post: decision 'country withheld', territorial scope Republic of Korea",
    frm="noreply@x.com", name_from="X",
    date="Tue, 17 Sep 2024 11:48:09 +0000",
    subject="Statement of reasons for decision on your report (KCSC-240910-01)",
    body="""STATEMENT OF REASONS

Notifier reference: KCSC-240910-01
Decision ID: SOR-2409-7718305

Content concerned: %s
Decision: Country withheld content (visibility restriction)
Territorial scope: Republic of Korea
Ground for decision: Content reported as illegal under the law of the
  Republic of Korea; no violation of the X Rules was found.
Facts and circumstances: Review of a notice from a public authority.
Automated means used for detection: No
Automated means used for decision: No

Redress: the account holder may appeal this decision through
https://help.x.com/en/forms/account-access/appeals.

X
""" % X[5],
    items={X[5]: "restricted"},
)

case(
    name="x-angle-brackets-wrapped",
    outcome="applied", classification="confirmation",
    imitates="X legal agent reply from an Outlook client: URLs in angle brackets, one wrapped across lines",
    why="both posts removed; the second URL is in angle brackets and wrapped after 'status/'",
    frm="j.obrien@x.com", name_from="James O'Brien",
    date="Wed, 18 Sep 2024 14:05:33 +0000",
    subject="RE: KCSC-240910-01",
    reply_to_req=rt("KCSC-240910-01"),
    body="""Hello KCSC team,

Thank you for your patience. We have removed the following posts for violating
our rules on illegal or certain regulated goods and services:

<%s>
<https://x.com/paper_lantern09/status/
1833345678901234568>

Both are no longer available on X in any country.

Best regards,
James O'Brien
Legal Policy, X Corp.
""" % X[7],
    items={X[7]: "removed", X[8]: "removed"},
)

case(
    name="x-bulleted-mixed",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome summary with bullet points and em-dashes",
    why="bullets: one post removed, one withheld in KR, the account refused",
    frm="legal-noreply@x.com", name_from="X Legal",
    date="Thu, 19 Sep 2024 03:30:00 +0000",
    subject="Re: [KCSC-240910-01] Remaining URLs",
    reply_to_req=rt("KCSC-240910-01"),
    body="""Hello,

Further to our earlier message, here is the outcome for the remaining URLs in
your request KCSC-240910-01:

\u2022 %s \u2014 Removed (X Rules: illegal or certain regulated goods or services)
\u2022 %s \u2014 Withheld in KR
\u2022 %s \u2014 No violation of the X Rules found and no basis to withhold; no action

Regards,
X Legal
""" % (X[10], X[11], X[9]),
    items={X[10]: "removed", X[11]: "restricted", X[9]: "rejected"},
)

case(
    name="x-inline-reply-under-quotes",
    outcome="applied", classification="confirmation",
    imitates="agent reply written inline, under each quoted line of the request (interleaved quoting)",
    why="the agent answers under each quoted URL: withheld, removed, no action; the statements are unquoted, only the URLs are quoted (arguable, see NOTES)",
    frm="r.hale@x.com", name_from="Rowan Hale",
    date="Wed, 18 Sep 2024 07:51:12 +0000",
    subject="Re: KCSC-240910-01 Request for removal of illegal content",
    reply_to_req=rt("KCSC-240910-01"),
    body="""Hello,

Answers inline below.

On Tue, Sep 10, 2024 at 6:02 PM KCSC Takedown <takedown@kcsc.example> wrote:
> 3. %s

Withheld in Korea.

> 4. %s

Removed globally for violating the X Rules.

> 5. %s

No action: this post is a news report and does not violate our rules or the
cited law.

> Please let us know the action taken for each URL.

The other URLs are handled by my colleagues and you will hear from them.

Rowan Hale
X Legal
""" % (X[2], X[3], X[4]),
    items={X[2]: "restricted", X[3]: "removed", X[4]: "rejected"},
)

case(
    name="yt-legal-support-mixed",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support outcome email listing each URL with removed / blocked in country / no action / channel terminated",
    why="four items: removed, blocked in South Korea, not actioned, channel terminated",
    frm="legal-support@youtube.com", name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 08:12:44 +0000",
    subject="[3-4417000028811] Re: KCSC-240911-03 Removal request",
    reply_to_req=rt("KCSC-240911-03"),
    body="""Hello,

Thanks for reaching out to YouTube Legal Support. We have reviewed your request
and taken the following action:

- %s : removed for violating YouTube's Community Guidelines.
- %s : blocked from view in South Korea based on local law.
- %s : We have decided not to take action on this content. It does not violate our Community Guidelines, and we did not find sufficient basis under local law.
- %s : This channel has been terminated.

For more information about our policies, visit
https://support.google.com/youtube/answer/2801973.

Regards,
The YouTube Legal Support Team
""" % tuple(Y),
    items={Y[0]: "removed", Y[1]: "restricted", Y[2]: "rejected", Y[3]: "removed"},
)

yt_qp_text = """Hello,

Regarding your request KCSC-240911-03, after review we have applied an age restriction to the Short at %s so that it can no longer be viewed by signed-out viewers or by viewers under 18.

We were unable to locate the video at %s. It does not exist on YouTube; please check that the URL is correct.

Sincerely,
YouTube Trust & Safety
""" % (Y[2], Y[1])
case(
    name="yt-qp-age-restricted-not-found",
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety email in quoted-printable with soft line breaks: age restriction and unable to locate",
    why="quoted-printable long lines: the Short age-restricted, the video cannot be located / does not exist",
    frm="no-reply@youtube.com", name_from="YouTube",
    date="Tue, 17 Sep 2024 06:33:21 +0000",
    subject="Update on your request KCSC-240911-03",
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(yt_qp_text),
    items={Y[2]: "restricted", Y[1]: "not_found"},
)

case(
    name="yt-actioned-phrase-and-refusal",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-complaint reply using the 'has been actioned under our policies' template, plus a refusal for the channel",
    why="video 'actioned under our policies' (the configured removed phrase), channel: no action, does not violate policies or local law",
    frm="legal-kr@google.com", name_from="Google Legal Support",
    date="Wed, 18 Sep 2024 02:02:02 +0000",
    subject="Re: KCSC-240911-03 [3-4417000028811]",
    reply_to_req=rt("KCSC-240911-03"),
    body="""Hello,

We have reviewed the content you reported.

The video %s has been actioned under our policies.

We have also reviewed the channel %s
and decided not to take action: it does not violate YouTube policies and we
did not find it to be unlawful in South Korea.

Regards,
Google Legal Support
""" % (Y[0], Y[3]),
    items={Y[0]: "removed", Y[3]: "rejected"},
)

yt_b64_text = """Hello,

This is an update on your legal complaint (KCSC-240911-03).

After reviewing the content below, we have removed it from YouTube for
violating our policies:

%s
%s

Thank you for helping keep YouTube safe.

- The YouTube Team
""" % (Y[0], Y[2])
case(
    name="yt-base64-removed-two",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-complaint outcome email sent with a base64-encoded text body",
    why="base64 body: two URLs listed under 'we have removed it'",
    frm="no-reply@youtube.com", name_from="YouTube",
    date="Wed, 18 Sep 2024 10:15:40 +0000",
    subject="Your legal complaint KCSC-240911-03 has been resolved",
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(yt_b64_text),
    items={Y[0]: "removed", Y[2]: "removed"},
)

case(
    name="yt-outlook-original-message",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal specialist reply above an Outlook '-----Original Message-----' block",
    why="top: channel terminated, one video stays up (no violation); the original message below lists all four URLs",
    frm="legal-kr@google.com", name_from="Google Legal (Korea)",
    date="Thu, 19 Sep 2024 04:45:10 +0000",
    subject="RE: KCSC-240911-03 Request to remove gambling promotion",
    reply_to_req=rt("KCSC-240911-03"),
    body="""Dear KCSC,

The channel %s has been terminated for repeated
violations of our spam and deceptive practices policies.

The video %s remains available: after review we found
that it does not violate our Community Guidelines, and we could not identify a
basis under local law to restrict it.

Kind regards,
Google Legal (Korea)

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 4:10 PM
To: legal-kr@google.com
Subject: KCSC-240911-03 Request to remove gambling promotion

%s
""" % (Y[3], Y[1], quoted_request("KCSC-240911-03", Y, prefix="")),
    items={Y[3]: "removed", Y[1]: "rejected"},
)

case(
    name="meta-instagram-reel-removed-posts-restricted",
    outcome="applied", classification="confirmation",
    imitates="Instagram report outcome: 'We removed the reel you reported' plus restriction in country based on local law",
    why="the reel removed under Community Guidelines; two posts restricted in South Korea, named after 'to:'",
    frm="no-reply@mail.instagram.com", name_from="Instagram",
    date="Mon, 16 Sep 2024 13:20:05 +0000",
    subject="Update on your report KCSC-240911-02",
    body="""Hi,

Thanks for your report. Here's what we did.

We removed the reel %s because it goes
against our Community Guidelines.

Based on local law, we've restricted access in South Korea to:
%s
%s

People outside South Korea can still see these posts.

Instagram Help Center: https://help.instagram.com/

The Instagram Team
""" % (M[4], M[2], M[3]),
    items={M[4]: "removed", M[2]: "restricted", M[3]: "restricted"},
)

case(
    name="meta-korean-page-raw-url",
    outcome="applied", classification="confirmation",
    imitates="Meta 'content restricted based on local law' notice to a government reporter, with a refusal",
    why="page post with a raw Korean path restricted in South Korea; group post refused (no violation, no legal basis)",
    frm="legal-noreply@meta.com", name_from="Meta Content Restrictions",
    date="Tue, 17 Sep 2024 07:07:07 +0000",
    subject="Your request KCSC-240911-02: decision",
    reply_to_req=rt("KCSC-240911-02"),
    body="""Hello,

We've reviewed the content you reported as unlawful in South Korea.

We've restricted access in South Korea to the following content:

%s

We did not take down or restrict %s.
It doesn't go against our Community Standards, and your report did not
establish that it is unlawful under Korean law.

You can learn more about how we handle reports of content that may violate
local law at https://transparency.meta.com/reports/content-restrictions/.

Meta
""" % (M_RAW2, M[0]),
    items={M[1]: "restricted", M[0]: "rejected"},
)

meta_csv = """content_url,decision,notes
%s,Removed,Community Standards - restricted goods and services
%s,Restricted in KR,Local law
%s,No action,Does not go against Community Standards or local law
%s,Not found,Content no longer available - deleted by the account holder
%s,Removed,Community Guidelines - fraud and scams
""" % (M[0], M[1], M[2], M[3], M[4])
case(
    name="meta-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="Meta law-enforcement/government portal response with a CSV of per-URL decisions attached",
    why="CSV attachment, one row per URL: removed, restricted, no action, not found, removed",
    frm="records@facebookmail.com", name_from="Meta Records",
    date="Wed, 18 Sep 2024 03:12:55 +0000",
    subject="Response to request KCSC-240911-02",
    reply_to_req=rt("KCSC-240911-02"),
    raw_mime="""Content-Type: multipart/mixed; boundary="=_meta_b856_01"

--=_meta_b856_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the results of our review of your request
KCSC-240911-02. Each reported URL is listed with our decision.

Meta Records

--=_meta_b856_01
Content-Type: text/csv; charset=utf-8; name="KCSC-240911-02_results.csv"
Content-Disposition: attachment; filename="KCSC-240911-02_results.csv"
Content-Transfer-Encoding: base64

""" + b64(meta_csv) + """
--=_meta_b856_01--
""",
    items={M[0]: "removed", M[1]: "restricted", M[2]: "rejected", M[3]: "not_found", M[4]: "removed"},
)

case(
    name="meta-korea-staff-korean-particles",
    outcome="applied", classification="confirmation",
    imitates="Meta Korea public-policy staff reply mixing English and Korean, URLs followed by Korean particles and full-width brackets",
    why="first post deleted (URL followed by 는), second post access-restricted in Korea (URL followed by a full-width bracket); the English summary says the same",
    frm="jiyeon.park@meta.com", name_from="Jiyeon Park",
    date="Wed, 18 Sep 2024 06:40:00 +0000",
    subject="RE: KCSC-240911-02 Instagram posts",
    reply_to_req=rt("KCSC-240911-02"),
    body="""안녕하세요, KCSC 담당자님.

Regarding your request KCSC-240911-02:

%s는 커뮤니티 가이드라인 위반으로 삭제되었습니다.
%s（국내 접속 제한 조치 완료）

In short: the first post has been removed globally; the second has been
restricted in Korea only.

감사합니다.
Jiyeon Park | Public Policy, Meta Korea
""" % (M[2], M[3]),
    items={M[2]: "removed", M[3]: "restricted"},
)

case(
    name="meta-receipt-plus-removals",
    outcome="applied", classification="confirmation",
    imitates="Facebook Help Team reply that opens like a receipt ('Thanks for contacting us... reference number') then states removals",
    why="acknowledgement phrase followed by an unhedged statement that two named URLs were removed",
    frm="noreply@support.facebook.com", name_from="Facebook Help Team",
    date="Tue, 17 Sep 2024 15:55:31 +0000",
    subject="Re: Your report (KCSC-240911-02)",
    body="""Hi,

Thanks for contacting us. We received your report and your reference number
is 4411-2290-71.

We reviewed the content and removed the following because they go against
our Community Standards:

%s
%s

Thanks,
The Facebook Team
""" % (M[0], M[4]),
    items={M[0]: "removed", M[4]: "removed"},
)

case(
    name="tiktok-html-list",
    outcome="applied", classification="confirmation",
    imitates="TikTok 'Update on your report' HTML email with per-video results",
    why="HTML list: two videos restricted in the country/region, one 'no violation found'",
    frm="no-reply@tiktok.com", name_from="TikTok",
    date="Mon, 16 Sep 2024 10:10:10 +0000",
    subject="Update on your report: KCSC-240912-04",
    type="html",
    body="""<html><body>
<div style="max-width:600px;font-family:Arial,sans-serif">
<h2>Update on your report</h2>
<p>Reference: KCSC-240912-04</p>
<p>We reviewed the videos you reported under local law. Here are the results:</p>
<ul>
<li><a href="%s">%s</a><br>Restricted in your country/region</li>
<li><a href="%s">%s</a><br>Restricted in your country/region</li>
<li><a href="%s">%s</a><br>No violation found</li>
</ul>
<p>Learn more about our <a href="https://www.tiktok.com/community-guidelines">Community Guidelines</a>.</p>
<p>TikTok Trust &amp; Safety</p>
</div>
</body></html>
""" % (T[0], T[0], T[1], T[1], T[2], T[2]),
    items={T[0]: "restricted", T[1]: "restricted", T[2]: "rejected"},
)

case(
    name="tiktok-statement-above-url",
    outcome="applied", classification="confirmation",
    imitates="TikTok report result email: the decision line comes first, the video URL on the line below",
    why="'Video removed...:' then URL; 'We couldn't find this video...:' then URL",
    frm="no-reply@tiktok.com", name_from="TikTok",
    date="Tue, 17 Sep 2024 08:08:08 +0000",
    subject="Your report results (KCSC-240912-04)",
    body="""Hi,

We've reviewed the content you reported (KCSC-240912-04).

Video removed for violating our Community Guidelines:
%s

We couldn't find this video. It is no longer available on TikTok:
%s

Thank you for helping us keep TikTok safe.
TikTok Trust & Safety
""" % (T[0], T[2]),
    items={T[0]: "removed", T[2]: "not_found"},
)

case(
    name="tiktok-dsa-statement-of-reasons",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA Article 17 statement of reasons sent to a notifier (decision, territorial scope, legal ground, redress)",
    why="one video: visibility restricted, territorial scope Republic of Korea; the redress and policy links are not items",
    frm="dsa-notices@tiktok.com", name_from="TikTok Legal",
    date="Wed, 18 Sep 2024 12:00:00 +0000",
    subject="Statement of reasons - your notice KCSC-240912-04",
    body="""Statement of reasons

Notice reference: KCSC-240912-04
Content: %s

Decision: Restriction of visibility. The video has been made unavailable in
the Republic of Korea.
Legal ground: Illegal content under the laws of the Republic of Korea.
Community Guidelines: not violated.
Use of automated means: none in the decision.

Redress: the creator may appeal in the app or through
https://www.tiktok.com/legal/page/global/reporting-illegal-content/en.

TikTok Legal
""" % T[1],
    items={T[1]: "restricted"},
)

case(
    name="reddit-legal-removed-and-georestricted",
    outcome="applied", classification="confirmation",
    imitates="Reddit Legal reply to a government removal request (removed under Content Policy / restricted in country)",
    why="first thread removed under Content Policy, second restricted for users in South Korea",
    frm="legal@reddit.com", name_from="Reddit Legal",
    date="Mon, 16 Sep 2024 22:31:00 +0000",
    subject="Re: KCSC-240912-05 Content removal request",
    reply_to_req=rt("KCSC-240912-05"),
    body="""Hello,

Thank you for your request. We have removed
%s
for violating Reddit's Content Policy.

We have restricted access to
%s
for users in South Korea in response to your legal request.

Reddit Legal
""" % (R[0], R[1]),
    items={R[0]: "removed", R[1]: "restricted"},
)

case(
    name="reddit-author-deleted-and-removed",
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety team reply with asterisk bullets: already deleted by its author / removed by admins",
    why="first thread already deleted by its author (not_found), second removed",
    frm="safety-noreply@reddit.com", name_from="Reddit Safety",
    date="Wed, 18 Sep 2024 18:12:09 +0000",
    subject="[Reddit] Re: KCSC-240912-05",
    body="""Hi there,

Regarding KCSC-240912-05:

* %s - this post had already been deleted by its author before we reviewed it.
* %s - removed by Reddit's Safety team (Rule 3: fraud and scams).

Thanks for reaching out,
Reddit Safety
""" % (R[0], R[1]),
    items={R[0]: "not_found", R[1]: "removed"},
)

case(
    name="telegram-abuse-blocked-two",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply: 'have been blocked and are no longer available'",
    why="both messages named and blocked on Telegram (no longer available)",
    frm="abuse@telegram.org", name_from="Telegram Abuse",
    date="Sat, 14 Sep 2024 16:44:04 +0000",
    subject="Re: KCSC-240913-06",
    reply_to_req=rt("KCSC-240913-06"),
    body="""Hello,

Thank you for your report. The following messages have been blocked and are
no longer available on Telegram:

%s
%s

Telegram Abuse Team
""" % (G[0], G[1]),
    items={G[0]: "removed", G[1]: "removed"},
)

case(
    name="telegram-geo-and-refused",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA/abuse reply with a Case number: unavailable in one country, no grounds for the other",
    why="first message unavailable to users in South Korea; second: no grounds, does not violate the Terms of Service",
    frm="dsa@telegram.org", name_from="Telegram",
    date="Mon, 16 Sep 2024 09:58:31 +0000",
    subject="Case #1842277 - KCSC-240913-06",
    body="""Hello,

Case #1842277

%s is now unavailable to users in South Korea.

Regarding %s, we did not find grounds for
action: the message does not violate Telegram's Terms of Service.

Telegram Support
""" % (G[0], G[1]),
    items={G[0]: "restricted", G[1]: "rejected"},
)

case(
    name="discord-single-item-no-url",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety outcome email ('We've reviewed the message you reported and removed it')",
    why="one-item request, ref in subject, a single unhedged statement with no URL; the guidelines link is not an item",
    frm="noreply@discord.com", name_from="Discord Trust & Safety",
    date="Mon, 16 Sep 2024 03:03:03 +0000",
    subject="Re: KCSC-240913-07 - Report to Discord Trust & Safety [#8472931]",
    reply_to_req=rt("KCSC-240913-07"),
    body="""Hi there,

We've reviewed the message you reported and removed it for violating our
Community Guidelines. We've also taken action against the account that
posted it.

You can read our Community Guidelines at https://discord.com/guidelines.

Discord Trust & Safety
""",
    items={D[0]: "removed"},
)

# ================================================================ REVIEW

case(
    name="x-promise-will-withhold",
    outcome="review", review="not_understood",
    imitates="X legal-request interim reply promising to withhold once review is complete",
    why="'will be withheld once our review is complete' is a promise; the two named posts stay pending",
    frm="legal-noreply@x.com", name_from="X Legal",
    date="Fri, 13 Sep 2024 02:00:00 +0000",
    subject="Re: [KCSC-240910-01] Request to remove content",
    reply_to_req=rt("KCSC-240910-01"),
    body="""Hello,

We have accepted your request KCSC-240910-01 for processing. The posts

%s
%s

will be withheld in South Korea once our review is complete. You will receive
a separate confirmation when this has happened.

X Legal
""" % (X[0], X[1]),
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-hedge-may-have-been-deleted",
    outcome="review", review="not_understood",
    imitates="X support reply hedging that posts may already have been deleted",
    why="'may have been deleted ... could not confirm' is a hedge, not a statement",
    frm="noreply@x.com", name_from="X Support",
    date="Thu, 19 Sep 2024 06:06:06 +0000",
    subject="Re: KCSC-240910-01 ember_ledger posts",
    body="""Hello,

Our records indicate that %s and
%s may have been deleted by the
account holder. We could not confirm this at the time of writing and will
update you if we learn more.

X Support
""" % (X[10], X[11]),
    items={X[10]: "pending", X[11]: "pending"},
)

case(
    name="x-bulk-all-withheld",
    outcome="review", review="bulk",
    imitates="X legal-request closing email stating that all reported URLs were withheld",
    why="one statement about all 14 URLs without naming each: bulk for a multi-item request",
    frm="legal-noreply@x.com", name_from="X Legal",
    date="Thu, 19 Sep 2024 08:00:00 +0000",
    subject="Re: [KCSC-240910-01] Request closed",
    reply_to_req=rt("KCSC-240910-01"),
    body="""Hello,

All 14 URLs listed in your request KCSC-240910-01 have been withheld in South
Korea. This request is now closed.

X Legal
""",
    items=all_pending(X),
)

case(
    name="meta-bulk-all-removed",
    outcome="review", review="bulk",
    imitates="Meta report outcome: 'we removed all of the content you reported'",
    why="all five items claimed removed in one sentence, none named: bulk",
    frm="legal-noreply@meta.com", name_from="Meta",
    date="Wed, 18 Sep 2024 09:09:09 +0000",
    subject="Your request KCSC-240911-02 has been completed",
    reply_to_req=rt("KCSC-240911-02"),
    body="""Hello,

We've reviewed the content in your request KCSC-240911-02 and removed all of
the reported posts and reels because they go against our Community Standards.

Meta
""",
    items=all_pending(M),
)

case(
    name="yt-under-review-appears-removed",
    outcome="review", review="not_understood",
    imitates="YouTube Legal Support interim reply: 'currently under review' and 'appears to have been removed'",
    why="under review is no statement, 'appears to have been removed' is a hedge: all three stay pending",
    frm="legal-support@youtube.com", name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 05:30:00 +0000",
    subject="[3-4417000028811] KCSC-240911-03",
    reply_to_req=rt("KCSC-240911-03"),
    body="""Hello,

Thank you for your patience. The videos %s and
%s are currently under review by our legal team.

The Short %s appears to have been
removed already.

We will follow up once our review is complete.

The YouTube Legal Support Team
""" % (Y[0], Y[1], Y[2]),
    items={Y[0]: "pending", Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="tiktok-auth-fail-removed",
    outcome="review", review="untrusted",
    imitates="TikTok report result email whose DKIM/SPF/DMARC checks failed",
    why="platform domain but authentication failed: the removals are not trusted",
    frm="no-reply@tiktok.com", name_from="TikTok",
    auth="fail",
    date="Tue, 17 Sep 2024 19:19:19 +0000",
    subject="Your report results (KCSC-240912-04)",
    body="""Hi,

We've reviewed the content you reported (KCSC-240912-04) and removed these
videos for violating our Community Guidelines:

%s
%s
%s

TikTok Trust & Safety
""" % tuple(T),
    items=all_pending(T),
)

case(
    name="x-lookalike-domain",
    outcome="review", review="unknown_sender",
    imitates="mail from a look-alike 'X support' domain claiming the request was processed",
    why="sender domain belongs to no platform: its removal statements change nothing",
    frm="legal.support@xcorp-helpdesk.com", name_from="X Support Team",
    date="Tue, 17 Sep 2024 23:00:00 +0000",
    subject="Re: KCSC-240910-01 processed",
    body="""Dear KCSC,

Your request KCSC-240910-01 has been processed. The following posts have been
removed from X:

%s
%s

X Support Team
""" % (X[0], X[1]),
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="snap-not-our-content-tiktok-url",
    outcome="review", review="wrong_platform",
    imitates="Snap Law Enforcement Operations reply: the reported link is not Snapchat content",
    why="Snap states it cannot locate a TikTok video on Snapchat: a statement about another platform's item",
    frm="lawenforcement@snap.com", name_from="Snap Inc. Law Enforcement Operations",
    date="Mon, 16 Sep 2024 17:17:17 +0000",
    subject="Re: Request for removal of content",
    body="""Hello,

We received your notice regarding
%s.

We could not locate this content on Snapchat. The URL does not belong to any
Snap service, so there is nothing Snap can remove. Please contact the service
that hosts it.

Snap Inc. Law Enforcement Operations
""" % T[2],
    items={T[2]: "pending"},
)

case(
    name="pinterest-pin-removed-no-ref",
    outcome="review", review="no_claims",
    imitates="Pinterest 'We took down the Pin you reported' notification",
    why="trusted platform mail, but it names no URL and no request of ours (we sent Pinterest nothing)",
    frm="no-reply@pinterest.com", name_from="Pinterest",
    date="Tue, 17 Sep 2024 04:04:04 +0000",
    subject="We took down the Pin you reported",
    body="""Hi there,

Thanks for your report. We took down the Pin you reported because it goes
against our Community Guidelines.

Reports like yours help keep Pinterest a positive place.

Pinterest Trust & Safety
https://policy.pinterest.com/community-guidelines
""",
    items={},
)

case(
    name="reddit-asks-for-legal-basis",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit Legal reply asking for the legal provision and authority before acting",
    why="names both threads but only asks for more information; nothing decided",
    frm="legal@reddit.com", name_from="Reddit Legal",
    date="Fri, 13 Sep 2024 21:00:00 +0000",
    subject="Re: KCSC-240912-05 Content removal request",
    reply_to_req=rt("KCSC-240912-05"),
    body="""Hello,

Thank you for your request concerning

%s
%s

Before we can act on it, please send us the specific provision of Korean law
that each post is alleged to violate, and a copy of the decision of the
Commission that applies to it. Please reply to this email with these
documents.

Reddit Legal
""" % (R[0], R[1]),
    items={R[0]: "pending", R[1]: "pending"},
)

case(
    name="discord-conditional-server-owner",
    outcome="review", review="not_understood",
    imitates="Discord Trust & Safety reply saying the server owner was asked to remove the message, with a condition",
    why="the server owner was asked to remove it; Discord will act only if not removed: a promise under a condition",
    frm="noreply@discord.com", name_from="Discord Trust & Safety",
    date="Sun, 15 Sep 2024 12:12:12 +0000",
    subject="Re: KCSC-240913-07 - Report to Discord Trust & Safety [#8472931]",
    reply_to_req=rt("KCSC-240913-07"),
    body="""Hi there,

We've looked into the message you reported:
%s

We have asked the owner of the server to remove it within 48 hours. If it is
still up after that, we will remove it ourselves and take action against the
server.

Discord Trust & Safety
""" % D[0],
    items={D[0]: "pending"},
)

# ================================================================ IGNORED

case(
    name="x-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from an X legal employee",
    why="out-of-office auto-reply quoting our subject",
    frm="dreyes@x.com", name_from="Daniel Reyes",
    date="Tue, 10 Sep 2024 09:03:00 +0000",
    subject="Automatic reply: [KCSC-240910-01] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    reply_to_req=rt("KCSC-240910-01"),
    body="""I am out of the office until Monday 23 September with limited access to
email. For urgent legal requests, please contact legal@x.com.

Daniel Reyes
""",
    items={},
)

case(
    name="twitch-unmonitored-mailbox",
    outcome="ignored", classification="auto_reply",
    imitates="Twitch automatic reply from an unmonitored address pointing to the legal request portal",
    why="automatic 'this mailbox is not monitored' reply",
    frm="no-reply@twitch.tv", name_from="Twitch",
    date="Fri, 13 Sep 2024 07:00:01 +0000",
    subject="Re: Request for removal of content",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""This is an automated message. This mailbox is not monitored and replies
are not read.

Law enforcement and government requests must be submitted through
https://www.twitch.tv/p/legal/law-enforcement/.

Twitch
""",
    items={},
)

meta_dsn = """Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_b856_meta"

--dsn_b856_meta
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.meta.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<records-kr@meta.com>: host mx-in.meta.com[203.0.113.25] said: 550 5.1.1
    <records-kr@meta.com>: Recipient address rejected: User unknown

--dsn_b856_meta
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.meta.com
Arrival-Date: Wed, 11 Sep 2024 07:10:02 +0000

Final-Recipient: rfc822; records-kr@meta.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn_b856_meta
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: records-kr@meta.com
Subject: KCSC-240911-02 Request for removal of illegal content
Message-ID: <req-240911-02@kcsc.example>
Date: Wed, 11 Sep 2024 16:10:00 +0900
Content-Type: text/plain; charset=utf-8

%s

--dsn_b856_meta--
""" % quoted_request("KCSC-240911-02", M, prefix="")
case(
    name="meta-bounce-user-unknown",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN 'Undelivered Mail Returned to Sender' carrying our original request",
    why="a bounce of our own request; the URLs are only in the returned original",
    frm="MAILER-DAEMON@mx.meta.com", name_from="Mail Delivery System",
    date="Wed, 11 Sep 2024 07:10:03 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=meta_dsn,
    items={},
)

discord_delay = """Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_b856_delay"

--dsn_b856_delay
Content-Type: text/plain; charset=utf-8

** Message delivery delayed **

There is a temporary problem delivering your message to legal@discord.com.
Delivery will be retried for 46 more hours. You will be notified if delivery
fails permanently.

--dsn_b856_delay
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 13 Sep 2024 02:00:05 -0700

Final-Recipient: rfc822; legal@discord.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: smtp; 421 4.4.1 Connection timed out
Will-Retry-Until: Sun, 15 Sep 2024 02:00:05 -0700

--dsn_b856_delay
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal@discord.com
Subject: KCSC-240913-07 Request for removal of illegal content
Message-ID: <req-240913-07@kcsc.example>
Date: Fri, 13 Sep 2024 18:00:00 +0900

--dsn_b856_delay--
"""
case(
    name="discord-delay-dsn",
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Delivery Status Notification (Delay)' for our request to Discord",
    why="a delivery-delay DSN; it says nothing about the item",
    frm="mailer-daemon@googlemail.com", name_from="Mail Delivery Subsystem",
    date="Fri, 13 Sep 2024 13:00:07 +0000",
    subject="Delivery Status Notification (Delay)",
    raw_mime=discord_delay,
    items={},
)

yt_mdn = """Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_b856_yt"

--mdn_b856_yt
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to legal-kr@google.com at
11/09/2024 16:15.

This receipt verifies that the message has been displayed on the recipient's
computer. There is no guarantee that the recipient has read or understood the
message contents.

--mdn_b856_yt
Content-Type: message/disposition-notification

Reporting-UA: google.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <req-240911-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_b856_yt--
"""
case(
    name="yt-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) from the YouTube/Google legal mailbox",
    why="a read receipt says nothing about the items",
    frm="legal-kr@google.com", name_from="Google Legal (Korea)",
    date="Wed, 11 Sep 2024 07:15:30 +0000",
    subject="Read: KCSC-240911-03 Request to remove gambling promotion",
    reply_to_req=rt("KCSC-240911-03"),
    raw_mime=yt_mdn,
    items={},
)

case(
    name="tiktok-ticket-receipt-echo",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok automated receipt with a ticket ID that echoes the reported URLs",
    why="pure receipt: ticket created, content will be reviewed; the URL list only echoes the report (arguable, see NOTES)",
    frm="no-reply@tiktok.com", name_from="TikTok",
    date="Thu, 12 Sep 2024 06:00:30 +0000",
    subject="We've received your request (KCSC-240912-04)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hi,

We've received your request. Your ticket ID is 2409-TT-558301.

Our team will review the reported content and get back to you by email.

Reported content:
- %s
- %s
- %s

Please do not reply to this email.
TikTok
""" % tuple(T),
    items={},
)

case(
    name="reddit-zendesk-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Reddit help-centre (Zendesk) 'Your request has been received' auto-receipt",
    why="ticket receipt, no statement about any item",
    frm="noreply@redditmail.com", name_from="Reddit Help",
    date="Thu, 12 Sep 2024 08:45:00 +0000",
    subject="[Reddit] Re: KCSC-240912-05 Content removal request",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""##- Please type your reply above this line -##

Your request (#7781204) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Reddit Help
""",
    items={},
)


HEADER = """# Blind set 856: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).
# Generated by make.py; expected results written from each email's meaning
# before the reader was run on this set. Each case runs on a fresh ledger
# holding requests.csv."""


def main():
    for c in CASES:
        c["from"] = c.pop("frm")
    write_requests()
    corpuslib.write_set(HERE, "blind856", HEADER, CASES)


if __name__ == "__main__":
    main()
