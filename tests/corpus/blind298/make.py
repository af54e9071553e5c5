#!/usr/bin/env python3
"""Blind set 298: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Twitch, Snapchat, plus Discord, Telegram and Pinterest).

Writes requests.csv, cases/*.eml and expected.toml. Deterministic:

    python3 tests/corpus/blind298/make.py

Every expected result below was written from the meaning of its email alone,
before the reader was ever run on this set.
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
CEST = timezone(timedelta(hours=2))
IST = timezone(timedelta(hours=1))


def d(s, tz=KST):
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz))


corpuslib.DOMAIN_NAMES.update({
    "facebookmail.com": "Facebook",
    "meta.com": "Meta",
    "tiktok.com": "TikTok",
    "reddit.com": "Reddit",
    "twitch.tv": "Twitch",
    "snapchat.com": "Snapchat",
    "discord.com": "Discord",
    "pinterest.com": "Pinterest",
})

# ---------------------------------------------------------------- requests
R_X, R_YT, R_META, R_TT, R_RD, R_TW, R_SC = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240911-07")

X = [
    "https://x.com/harbor_lantern9/status/1829104455120031744",
    "https://x.com/harbor_lantern9/status/1829377210458923010",
    "https://x.com/mintcrow_kr/status/1829511184032211458",
    "https://x.com/mintcrow_kr/status/1829602930174337025",
    "https://x.com/sootpine/status/1829713350046924811",
    "https://x.com/quietferry_07/status/1829840021996781568",
    "https://x.com/quietferry_07/status/1829911467725017093",
    "https://twitter.com/ombrelune/status/1830022118765592576",
    "https://x.com/ombrelune/status/1830100935547138048",
    "https://x.com/velvetdock/status/1830185524011667461",
    "https://x.com/velvetdock/status/1830201788442099712",
    "https://x.com/graniteowl_22/status/1830266017370456130",
    "https://x.com/graniteowl_22",
]
YT = [
    "https://www.youtube.com/watch?v=Qm7rT2pLx0A",
    "https://www.youtube.com/watch?v=bN4kW9eZs3c",
    "https://youtu.be/H8dJf1aKq2E",
    "https://www.youtube.com/shorts/Vx3nP0cR7yU",
]
META = [
    "https://www.facebook.com/groups/7719203345518/posts/8830415529017/",
    "https://www.facebook.com/ruby.cascade.92/posts/pfbid0aX7kQm2Lr9TnW4",
    "https://www.instagram.com/p/C9xQ2mLtR4w/",
    "https://www.instagram.com/reel/C-3kP8vNa1Z/",
    "https://www.facebook.com/watch/?v=1187724503326619",
]
TT = [
    "https://www.tiktok.com/@moonbrine.kr/video/7409912345678901234",
    "https://www.tiktok.com/@moonbrine.kr/video/7410023456789012345",
    "https://www.tiktok.com/@pale_orchard/video/7410387766554433221",
]
RD = [
    "https://www.reddit.com/r/fogmarket/comments/1f3kq9z/selling_the_usual_dm_me/",
    "https://www.reddit.com/r/fogmarket/comments/1f4b2xw/comment/lkm0p7d/",
]
TW = [
    "https://www.twitch.tv/videos/2241187730",
    "https://clips.twitch.tv/BraveSilentOtterKappa-3xQ9vLm2Tz7RkPd",
]
SC = ["https://www.snapchat.com/spotlight/W7EmbTq1Rk2xYpNs"]

REQUESTS = [
    (R_X, "x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", X, "illegal_gambling",
     "13 posts and one account advertising illegal online gambling"),
    (R_YT, "youtube", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00", YT, "drugs",
     "videos promoting the sale of narcotics"),
    (R_META, "meta", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00", META, "defamation",
     "Facebook and Instagram posts; court finding attached"),
    (R_TT, "tiktok", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00", TT, "illegal_gambling", ""),
    (R_RD, "reddit", "2024-09-09T10:15:00+09:00", "2024-09-16T18:00:00+09:00", RD, "drugs", ""),
    (R_TW, "twitch", "2024-09-10T16:00:00+09:00", "2024-09-17T18:00:00+09:00", TW, "obscenity", ""),
    (R_SC, "snapchat", "2024-09-11T09:00:00+09:00", "2024-09-18T18:00:00+09:00", SC, "drugs", ""),
]


def mid(ref):
    return "request.%s.1@kcsc.example" % ref


def thread(ref):
    return "request.%s.1" % ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, prefix="> "):
    """The regulator's request as a platform's client quotes it."""
    lines = [
        "Dear Trust & Safety team,",
        "",
        "The Korea Communications Standards Commission has found the content",
        "below to be unlawful under Korean law and requests its removal or",
        "restriction. Our reference: %s." % ref,
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append("%d. %s" % (i, u))
    lines += ["", "Please tell us the action taken for each item.", "", "KCSC Takedown Desk"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


C = []


def case(**kw):
    C.append(kw)


# =====================================================================
# X
# =====================================================================
case(
    name="x-legal-withheld-in-korea",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date=d("2024-09-06 03:12:44", UTC),
    subject="Re: %s - Outcome of your legal request" % R_X,
    reply_to_req=thread(R_X),
    body="""
Hello,

Thank you for your request of 3 September 2024 (your reference
%s).

Having reviewed the reported content against applicable Korean law, we
have withheld the following posts in South Korea. They remain visible
outside that country.

  - %s
  - %s

People in South Korea who open these posts now see a notice that the
content has been withheld in their country in response to a legal demand.
You can read more about country-withheld content here:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

The remaining items of your request are still being reviewed and we will
write again separately.

Regards,
X Legal
""" % (R_X, X[0], X[1]),
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome notice (country-withheld content, help.x.com)",
    why="Two posts explicitly withheld in South Korea: restricted; the rest is a promise about other items",
    items={X[0]: "restricted", X[1]: "restricted"},
)

case(
    name="x-dsa-statement-of-reasons-removal",
    **{"from": "no-reply@x.com"},
    name_from="X Safety",
    date=d("2024-09-05 08:40:10", CEST),
    subject="Statement of reasons: decision on reported content [%s]" % R_X,
    body="""
STATEMENT OF REASONS

This notice informs you of a content moderation decision taken on content
you reported to X (reference supplied by you: %s).

Content concerned:   %s
Decision:            Removal of the content
Territorial scope:   Global
Ground:              Incompatible with the X Rules (illegal or certain
                     regulated goods or services)
Facts relied on:     The post advertises access to an unlicensed betting
                     site and invites users to deposit funds.
Automated detection: No
Automated decision:  No
Date of decision:    5 September 2024

If you disagree with this decision you may use our internal complaint
system at https://help.x.com/forms/dsa-appeal or an out-of-court dispute
settlement body.

X Corp.
""" % (R_X, X[2]),
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons as sent to notifiers (removal decision, appeal routes)",
    why="Field-style SoR: the one named post was removed globally",
    items={X[2]: "removed"},
)

case(
    name="x-numbered-four-outcomes",
    **{"from": "legal-kr@x.com"},
    name_from="X Legal Korea",
    date=d("2024-09-07 16:05:31"),
    subject="RE: [%s] Removal request - results" % R_X,
    reply_to_req=thread(R_X),
    body="""
Dear KCSC team,

Please find below our decisions on four of the posts in your request
%s.

1. %s
   Removed for violating the X Rules on illegal goods and services.

2. %s
   Withheld in South Korea on the basis of local law.

3. %s
   We reviewed this post and found no violation of the X Rules, and we do
   not consider the request sufficient for action under local law. No
   action has been taken and the post remains available.

4. %s
   We could not locate this post. It was deleted by the account holder
   before our review.

Best regards,
Min-seo Hale
Legal Operations, X
""" % (R_X, X[3], X[4], X[5], X[6]),
    outcome="applied", classification="confirmation",
    imitates="X legal team per-item decision reply (numbered list)",
    why="Numbered list, status on the line under each URL: removed, withheld (restricted), no action (rejected), deleted by author (not_found)",
    items={X[3]: "removed", X[4]: "restricted", X[5]: "rejected", X[6]: "not_found"},
)

case(
    name="x-bare-url-status-below",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date=d("2024-09-08 01:30:00", UTC),
    subject="Update on legal request %s" % R_X,
    body="""
Hi,

Status update for your request %s:

https://x.com/ombrelune/status/1830022118765592576
Status: Withheld (KR)

%s
Status: Removed - X Rules violation

Case ID: 0201-77431-KR

X Legal
""" % (R_X, X[8]),
    outcome="applied", classification="confirmation",
    imitates="X legal-request status update (URL line followed by Status line)",
    why="Bare URLs, status on the line below; the first is written with x.com but was requested as twitter.com (same post)",
    items={X[7]: "restricted", X[8]: "removed"},
)

case(
    name="x-account-suspended",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date=d("2024-09-09 05:51:19", UTC),
    subject="Re: %s" % R_X,
    reply_to_req=thread(R_X),
    body="""
Hello,

Regarding the account and post you reported from @graniteowl_22:

The post %s was removed on 6 September
for violating our rules on illegal goods and services.

The account %s has since been permanently
suspended for repeated violations. A suspended account's profile is no
longer viewable on X.

Thank you,
X Legal
""" % (X[11], X[12]),
    outcome="applied", classification="confirmation",
    imitates="X reply on a reported account: permanent suspension notice",
    why="Post removed; account permanently suspended and no longer viewable, i.e. made unavailable: removed",
    items={X[11]: "removed", X[12]: "removed"},
)

_x_html = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Below is our decision on further items of your request <b>%s</b>.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Action taken</th></tr>
<tr><td><a href="%s">%s</a></td><td>Withheld in South Korea</td></tr>
<tr><td><a href="%s">%s</a></td><td>No action &ndash; does not violate the X Rules or local law</td></tr>
</table>
<p>For background on how we handle legal requests see our
<a href="https://help.x.com/en/rules-and-policies/legal-requests-faqs">Legal requests FAQ</a>.</p>
<p>X Legal</p>
</body></html>
""" % (R_X, X[9], X[9], X[10], X[10])
case(
    name="x-html-table-qp",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date=d("2024-09-10 02:14:07", UTC),
    subject="Your legal request %s: decision" % R_X,
    raw_mime="""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(_x_html),
    outcome="applied", classification="confirmation",
    imitates="X legal decision as an HTML table (quoted-printable)",
    why="HTML table: one post withheld in Korea (restricted), one left up with a reason (rejected); the FAQ link is not an item",
    items={X[9]: "restricted", X[10]: "rejected"},
)

case(
    name="x-top-posted-outlook",
    **{"from": "d.renner@x.com"},
    name_from="Dana Renner",
    date=d("2024-09-11 09:02:55", PDT),
    subject="RE: %s - removal request (13 items)" % R_X,
    reply_to_req=thread(R_X),
    body="""
Hi team,

Quick follow-up on one item: %s is now withheld in South Korea.
We're still working through the others.

Dana Renner
Legal Policy, X

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 6:00 PM
To: legal@x.com
Subject: %s - removal request (13 items)

%s
""" % (X[6], R_X, quoted_request(R_X, X, prefix="")),
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply from a platform policy employee over the regulator's request",
    why="Only the top line states anything (withheld: restricted); the 13 URLs below -----Original Message----- are our own request",
    items={X[6]: "restricted"},
)

case(
    name="x-bilingual-korean-particles",
    **{"from": "kr-legal@x.com"},
    name_from="X Korea Legal",
    date=d("2024-09-11 15:40:02"),
    subject="[%s] 조치 결과 안내 / Action taken" % R_X,
    body="""
안녕하세요, X 코리아 법무팀입니다.

요청하신 게시물에 대한 조치 결과를 알려 드립니다.

- %s는 대한민국 내에서 접속이 제한(withheld)되었습니다.
- 두 번째 게시물（%s）은 X 규칙 위반으로 삭제되었습니다.

[English]
- %s: withheld in South Korea.
- %s: removed globally for violating the X Rules.

감사합니다.
X 코리아 법무팀
""" % (X[9], X[10], X[9], X[10]),
    outcome="applied", classification="confirmation",
    imitates="Bilingual Korean/English action notice from a platform's Korea legal desk",
    why="URL followed by a Korean particle and one inside full-width parentheses; Korean and English say the same: restricted and removed",
    items={X[9]: "restricted", X[10]: "removed"},
)

case(
    name="x-echoed-report-fields",
    **{"from": "support@x.com"},
    name_from="X Support",
    date=d("2024-09-12 04:20:33", UTC),
    subject="Your report to X has been reviewed [ref:%s]" % R_X,
    body="""
We've reviewed your report. Here is a copy of what you submitted and
what we decided.

-------------------------------------------
Reporter:        KCSC (government agency)
Reported URL:    %s
Category:        Illegal content - gambling
Decision:        Content removed. It violated our rules on illegal goods
                 and services.
-------------------------------------------
Reporter:        KCSC (government agency)
Reported URL:    %s
Category:        Illegal content - gambling
Decision:        No violation found. The content remains available.
-------------------------------------------

Thanks for helping keep X safe.
""" % (X[4], X[8]),
    outcome="applied", classification="confirmation",
    imitates="X report-review email echoing the submitted report fields with a decision",
    why="Echoed report blocks, each with its decision: removed and rejected",
    items={X[4]: "removed", X[8]: "rejected"},
)

_x_qp_text = """Hello,

In response to your request %s, we have withheld the following two posts in the Republic of Korea:
<%s> and <%s>.

These posts remain available to viewers outside the Republic of Korea. Users in Korea will see a "withheld in KR" notice in place of the content.

Kind regards,
X Legal
""" % (R_X, X[5], X[6])
case(
    name="x-angle-brackets-qp",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date=d("2024-09-12 23:10:40", UTC),
    subject="Re: Legal request %s" % R_X,
    raw_mime="""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(_x_qp_text),
    outcome="applied", classification="confirmation",
    imitates="X legal reply in quoted-printable with URLs in angle brackets",
    why="One sentence withholding two posts named in <...> (soft line breaks in the QP body): both restricted",
    items={X[5]: "restricted", X[6]: "restricted"},
)

# ---- X review
case(
    name="x-promise-will-withhold",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date=d("2024-09-05 07:00:00", UTC),
    subject="Re: %s" % R_X,
    reply_to_req=thread(R_X),
    body="""
Hello,

We have looked at %s and we intend to
withhold it in South Korea once our internal legal review is complete. We
will confirm when the action has been taken.

X Legal
""" % X[2],
    outcome="review", review="not_understood",
    imitates="X legal interim reply announcing an intended action",
    why="'intend to withhold ... once review is complete' is a promise, not a statement: pending, goes to a person",
    items={X[2]: "pending"},
)

case(
    name="x-conditional-court-order",
    **{"from": "legal-kr@x.com"},
    name_from="X Legal Korea",
    date=d("2024-09-09 17:45:12"),
    subject="RE: [%s] Removal request - further information" % R_X,
    reply_to_req=thread(R_X),
    body="""
Dear KCSC team,

Regarding %s: we would be in a position to
withhold this post in South Korea upon receipt of an order from a Korean
court. Without such an order we are not able to act at this time.

The post %s is still under review by
our team.

Kind regards,
Min-seo Hale
Legal Operations, X
""" % (X[10], X[3]),
    outcome="review", review="not_understood",
    imitates="X legal reply making action conditional on a court order",
    why="A conditional action and an 'under review': neither is a final statement; a clerk must decide whether 'not able to act' is a refusal",
    items={X[10]: "pending", X[3]: "pending"},
)

case(
    name="x-dmarc-fail",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    auth="fail",
    date=d("2024-09-08 11:11:11"),
    subject="Re: %s completed" % R_X,
    body="""
Hello,

All done. %s and %s
have been removed.

X Legal
""" % (X[0], X[1]),
    outcome="review", review="untrusted",
    imitates="Mail claiming to be X legal whose DKIM/SPF/DMARC fail",
    why="From x.com but authentication fails: no status may change",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-lookalike-domain",
    **{"from": "case-team@x-safety-center.com"},
    name_from="X Safety Center",
    date=d("2024-09-10 20:03:45"),
    subject="[%s] Content removal confirmed" % R_X,
    body="""
Dear Partner,

Your removal request %s has been completed. The post
%s has been removed from the platform.

To receive future case notifications, please verify your agency account:
https://x-safety-center.com/verify/agency?c=KCSC

X Safety Center
""" % (R_X, X[4]),
    outcome="review", review="unknown_sender",
    imitates="Look-alike-domain phishing mail posing as an X safety team",
    why="Sender domain is not X's: names our request and a URL, so a person looks at it; nothing changes",
    items={X[4]: "pending"},
)

case(
    name="x-account-holder-gmail",
    **{"from": "mintcrow.kr@gmail.com"},
    name_from="mintcrow",
    date=d("2024-09-07 22:48:03"),
    subject="about my post %s" % R_X,
    body="""
hello. X told me my post was reported by your commission.
i deleted it myself already: %s
please close the case. it was only a joke between friends.
""" % X[3],
    outcome="review", review="unknown_sender",
    imitates="Account holder writing to the regulator after being notified by the platform",
    why="Not a platform domain: an account holder's word that a post was deleted changes nothing",
    items={X[3]: "pending"},
)

case(
    name="x-out-of-office",
    **{"from": "d.renner@x.com"},
    name_from="Dana Renner",
    date=d("2024-09-03 02:00:04", PDT),
    subject="Automatic reply: %s - removal request (13 items)" % R_X,
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 9 September with
limited access to email. For urgent legal requests please write to
legal@x.com, which is monitored every day.

Dana
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office auto-reply from a platform employee",
    why="Out-of-office: ignored",
)

# =====================================================================
# YouTube
# =====================================================================
case(
    name="yt-removed-and-blocked-kr",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date=d("2024-09-06 10:31:00", PDT),
    subject="[%s] YouTube Legal Request - Outcome" % R_YT,
    reply_to_req=thread(R_YT),
    body="""
Hello,

Thank you for your notice regarding content on YouTube.

After review, we removed the following video because it violates
YouTube's Community Guidelines:
%s

We have also blocked the following video from view in South Korea in
response to your request, based on local law:
%s

We're still reviewing the other items and will get back to you.

Regards,
The YouTube Legal Team
""" % (YT[0], YT[1]),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome email (global removal vs local block)",
    why="Removed for Community Guidelines (removed) and blocked in South Korea (restricted); statement on the line, URL below",
    items={YT[0]: "removed", YT[1]: "restricted"},
)

case(
    name="yt-age-restricted-and-no-action",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date=d("2024-09-07 09:12:44", PDT),
    subject="Re: %s" % R_YT,
    reply_to_req=thread(R_YT),
    body="""
Hello,

Here is our decision on the remaining items of your request.

- %s : we have applied an age restriction to
  this video. It is no longer visible to signed-out viewers or to users
  under 18.
- %s : we did not find that this Short
  violates our Community Guidelines or local law, so we will not be taking
  action on it. It remains available on YouTube.

Regards,
YouTube Legal Support
""" % (YT[2], YT[3]),
    outcome="applied", classification="confirmation",
    imitates="YouTube decision: age restriction and a no-action refusal",
    why="Age-restricted: restricted; 'will not be taking action ... remains available': rejected",
    items={YT[2]: "restricted", YT[3]: "rejected"},
)

_yt_csv = """url,decision,notes
%s,Removed,Community Guidelines - regulated goods
%s,Blocked in KR,Local law
%s,No action,Does not violate policy or local law
%s,Not found,Video was deleted by the uploader before review
""" % tuple(YT)
case(
    name="yt-csv-attachment",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date=d("2024-09-09 14:02:10", PDT),
    subject="YouTube Legal - results for %s" % R_YT,
    reply_to_req=thread(R_YT),
    raw_mime="""
Content-Type: multipart/mixed; boundary="yt-9a7c2e"

--yt-9a7c2e
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for each URL in your request
%s.

Regards,
YouTube Legal Support

--yt-9a7c2e
Content-Type: text/csv; charset=utf-8; name="%s-results.csv"
Content-Disposition: attachment; filename="%s-results.csv"
Content-Transfer-Encoding: base64

%s
--yt-9a7c2e--
""" % (R_YT, R_YT, R_YT, b64(_yt_csv)),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal results spreadsheet attached as CSV",
    why="Base64 CSV attachment: removed, blocked in KR (restricted), no action (rejected), deleted by uploader (not_found)",
    items={YT[0]: "removed", YT[1]: "restricted", YT[2]: "rejected", YT[3]: "not_found"},
)

case(
    name="yt-gmail-top-post",
    **{"from": "jsoo@google.com"},
    name_from="Ji-soo Park",
    date=d("2024-09-10 10:20:11"),
    subject="Re: %s - request for removal (4 items)" % R_YT,
    reply_to_req=thread(R_YT),
    body="""
Hi,

Following up: %s has now been taken down
worldwide after a second review.

Best,
Ji-soo
YouTube Trust & Safety, Seoul

On Wed, Sep 4, 2024 at 11:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
%s
""" % (YT[1], quoted_request(R_YT, YT)),
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply from a Google employee over the quoted request",
    why="One video taken down worldwide (removed); the quoted request lines start with '>'",
    items={YT[1]: "removed"},
)

case(
    name="yt-under-review-hedged",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date=d("2024-09-05 16:44:00", PDT),
    subject="[%s] YouTube Legal Request - In progress" % R_YT,
    reply_to_req=thread(R_YT),
    body="""
Hello,

Your request is under review by our team. Please note that
%s may already have been removed by its
uploader, and %s appears to be
unavailable in some regions. We will confirm the outcome once our review
is complete.

Regards,
The YouTube Legal Team
""" % (YT[0], YT[1]),
    outcome="review", review="not_understood",
    imitates="YouTube interim 'under review' reply with hedged observations",
    why="'under review', 'may already have been', 'appears to be': hedges, no statement",
    items={YT[0]: "pending", YT[1]: "pending"},
)

case(
    name="yt-legal-receipt",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date=d("2024-09-04 11:05:30"),
    subject="We received your legal request [9-3112000033456]",
    body="""
Hello,

This email confirms that we have received your request. Your reference
number is 9-3112000033456. Please keep this number for any follow-up.

Our team reviews requests in the order they are received. You don't need
to send your request again.

The YouTube Legal Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal webform receipt with a reference number",
    why="Pure receipt: nothing about items",
)

# =====================================================================
# Meta
# =====================================================================
case(
    name="meta-local-law-restricted",
    **{"from": "legal-noreply@facebookmail.com"},
    name_from="Meta Legal",
    date=d("2024-09-09 12:30:00", IST),
    subject="Your report: %s" % R_META,
    reply_to_req=thread(R_META),
    body="""
Hello,

We reviewed the content you reported under Korean law. It does not go
against our Community Standards, but after a legal review we have
restricted access to it in South Korea:

* %s
* %s

This content stays available in other countries. The people who shared it
have been notified.

Thanks,
Meta Content Restrictions Team
""" % (META[0], META[2]),
    outcome="applied", classification="confirmation",
    imitates="Meta 'content violating local law' outcome (restricted in the requesting country)",
    why="Bulleted list after 'restricted access to it in South Korea': both restricted",
    items={META[0]: "restricted", META[2]: "restricted"},
)

_meta_html = """<!DOCTYPE html><html><body style="margin:0;padding:0;background:#f0f2f5">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="16" style="background:#ffffff">
<tr><td style="font-size:20px;font-weight:bold">Update on your report</td></tr>
<tr><td>Reference: %s</td></tr>
<tr><td>
<p>We removed the reel at <a href="%s">%s</a> because it goes against our Community Standards on restricted goods and services.</p>
<p>We didn't remove the video at <a href="%s">%s</a>. We looked at it and found that it doesn't go against our Community Standards, and our legal review did not find grounds to restrict it in South Korea.</p>
<p><a href="https://www.facebook.com/help/1380418588640631">Learn how we review reports</a></p>
</td></tr>
<tr><td style="font-size:12px;color:#65676b">Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025</td></tr>
</table></td></tr></table></body></html>
""" % (R_META, META[3], META[3], META[4], META[4])
case(
    name="meta-html-removed-and-not-removed",
    **{"from": "notification@facebookmail.com"},
    name_from="Facebook",
    date=d("2024-09-10 04:00:19", UTC),
    subject="Update on your report",
    raw_mime="""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(_meta_html),
    outcome="applied", classification="confirmation",
    imitates="Facebook 'Update on your report' HTML notification (removed / didn't remove)",
    why="Base64 HTML: reel removed; the video 'didn't remove ... doesn't go against' with a reason: rejected; help link is not an item",
    items={META[3]: "removed", META[4]: "rejected"},
)

case(
    name="meta-author-deleted",
    **{"from": "legal-requests@meta.com"},
    name_from="Meta Legal Requests",
    date=d("2024-09-08 18:22:47", IST),
    subject="RE: %s Facebook / Instagram removal request" % R_META,
    reply_to_req=thread(R_META),
    body="""
Dear Sir or Madam,

Thank you for your patience.

We were unable to locate any content at
%s. Our records show the post was deleted by the person who shared it
before we reviewed your request, so no further action is possible on it.

We will follow up separately on the other links in your request.

Kind regards,
Meta Legal Requests
""" % META[1],
    outcome="applied", classification="confirmation",
    imitates="Meta legal reply on content already deleted by its author",
    why="'unable to locate ... deleted by the person who shared it': not_found; the rest is a promise",
    items={META[1]: "not_found"},
)

_meta_b64_text = """Hello,

We have completed our review of the following items from your request %s.

Facebook group post
%s
Outcome: removed for violating our Community Standards.

Facebook video
%s
Outcome: access restricted in South Korea under local law.

If you have questions, reply to this email and include your reference number.

Meta Legal Requests
""" % (R_META, META[0], META[4])
case(
    name="meta-base64-plain",
    **{"from": "legal-requests@meta.com"},
    name_from="Meta Legal Requests",
    date=d("2024-09-11 19:05:02", IST),
    subject="%s - review completed" % R_META,
    raw_mime="""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(_meta_b64_text),
    outcome="applied", classification="confirmation",
    imitates="Meta legal requests reply, plain text in base64, label / URL / outcome blocks",
    why="Two blocks: group post removed, video restricted in South Korea",
    items={META[0]: "removed", META[4]: "restricted"},
)

case(
    name="meta-all-removed-bulk",
    **{"from": "legal-requests@meta.com"},
    name_from="Meta Legal Requests",
    date=d("2024-09-12 10:40:00", IST),
    subject="RE: %s Facebook / Instagram removal request" % R_META,
    reply_to_req=thread(R_META),
    body="""
Hello,

We have reviewed your request %s and removed all of the
reported content from Facebook and Instagram.

Kind regards,
Meta Legal Requests
""" % R_META,
    outcome="review", review="bulk",
    imitates="Meta legal one-line closing reply covering a whole request",
    why="'removed all of the reported content' for a five-item request without naming any: bulk, items stay pending",
    items={u: "pending" for u in META},
)

case(
    name="meta-appears-unavailable",
    **{"from": "legal-requests@meta.com"},
    name_from="Meta Legal Requests",
    date=d("2024-09-06 13:15:00", IST),
    subject="RE: %s Facebook / Instagram removal request" % R_META,
    reply_to_req=thread(R_META),
    body="""
Hello,

Thank you for your report. The Instagram post
%s appears to be no longer available,
possibly because the account owner changed its visibility. The reel
%s is still being reviewed by our team.

We'll be in touch once we have completed our assessment.

Meta Legal Requests
""" % (META[2], META[3]),
    outcome="review", review="not_understood",
    imitates="Meta interim reply with a hedged observation and an 'under review' note",
    why="'appears to be no longer available, possibly' is a hedge; 'still being reviewed' is no statement",
    items={META[2]: "pending", META[3]: "pending"},
)

case(
    name="meta-read-receipt",
    **{"from": "h.okafor@meta.com"},
    name_from="Hannah Okafor",
    date=d("2024-09-05 10:02:11", IST),
    subject="Read: %s Facebook / Instagram removal request" % R_META,
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="mdn-55e1"

--mdn-55e1
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-requests@meta.com
  Subject: %s Facebook / Instagram removal request
  Sent: Thursday, September 5, 2024 9:30 AM (UTC+09:00) Seoul

was read on Thursday, September 5, 2024 10:02 AM (UTC+01:00) Dublin.

--mdn-55e1
Content-Type: message/disposition-notification

Reporting-UA: outlook.meta.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-requests@meta.com
Original-Message-ID: <%s>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-55e1--
""" % (R_META, mid(R_META)),
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="Read receipt: ignored",
)

# =====================================================================
# TikTok
# =====================================================================
case(
    name="tiktok-statement-of-reasons",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Legal",
    date=d("2024-09-09 09:00:00", IST),
    subject="Decision on your report - %s" % R_TT,
    reply_to_req=thread(R_TT),
    body="""
Hi,

We have made decisions on the content you reported (your reference
%s).

Video: %s
Decision: removed globally
Reason: violates our Community Guidelines (gambling)

Video: %s
Decision: access restricted in South Korea
Reason: content assessed as illegal under the law of the country you
selected; it does not violate our Community Guidelines

Both the reporter and the creator have been informed and may appeal at
https://www.tiktok.com/legal/report/appeal.

TikTok Trust and Safety
""" % (R_TT, TT[0], TT[1]),
    outcome="applied", classification="confirmation",
    imitates="TikTok illegal-content report decision (global removal vs country restriction, DSA-style)",
    why="Removed globally and restricted in South Korea; the appeal link is not an item",
    items={TT[0]: "removed", TT[1]: "restricted"},
)

case(
    name="tiktok-angle-no-violation",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Legal",
    date=d("2024-09-10 08:13:27", IST),
    subject="Decision on your report - %s" % R_TT,
    body="""
Hi,

Thanks for your report about the video below.

<%s>

Result: No violation. We reviewed this video against our Community
Guidelines and the local law you cited and did not find a violation. The
video will stay up.

TikTok Trust and Safety
""" % TT[2],
    outcome="applied", classification="confirmation",
    imitates="TikTok 'no violation' report result",
    why="'No violation ... will stay up' with its reason: rejected ('will stay up' describes the decision, not a promise of action)",
    items={TT[2]: "rejected"},
)

case(
    name="tiktok-url-on-next-line",
    **{"from": "kr-legal@tiktok.com"},
    name_from="TikTok Korea Legal",
    date=d("2024-09-11 17:30:45"),
    subject="RE: [%s] 불법정보 삭제 요청 / removal request" % R_TT,
    reply_to_req=thread(R_TT),
    body="""
Dear KCSC,

The following video has been restricted in South Korea:
%s

The following video was removed for violating our Community Guidelines:
%s

Best regards,
TikTok Korea Legal Team
""" % (TT[0], TT[1]),
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea legal reply with each statement above its URL",
    why="Statement line ending in ':' then the URL: restricted and removed",
    items={TT[0]: "restricted", TT[1]: "removed"},
)

case(
    name="tiktok-received-and-removed",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Legal",
    date=d("2024-09-08 07:45:00", IST),
    subject="We received your report - %s" % R_TT,
    body="""
Hi,

Thanks for reaching out. We've received your report and reviewed it.

We removed %s
because it violates our Community Guidelines.

TikTok Trust and Safety
""" % TT[2],
    outcome="applied", classification="confirmation",
    imitates="TikTok report confirmation that also carries the outcome",
    why="Receipt phrase plus an unhedged removal of a named video: not a mere acknowledgement",
    items={TT[2]: "removed"},
)

case(
    name="tiktok-all-actioned-bulk",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Legal",
    date=d("2024-09-12 06:00:00", IST),
    subject="Decision on your report - %s" % R_TT,
    reply_to_req=thread(R_TT),
    body="""
Hi,

We've reviewed the 3 videos in your report %s. All of them
violated our Community Guidelines and have been removed.

TikTok Trust and Safety
""" % R_TT,
    outcome="review", review="bulk",
    imitates="TikTok summary decision covering all reported videos",
    why="'All of them ... have been removed' for a three-item request without naming each: bulk",
    items={u: "pending" for u in TT},
)

_bounce_orig = quoted_request(R_TT, TT, prefix="")
case(
    name="tiktok-dsn-bounce",
    **{"from": "MAILER-DAEMON@mail.tiktok.com"},
    name_from="Mail Delivery System",
    date=d("2024-09-06 14:00:31"),
    subject="Undelivered Mail Returned to Sender",
    raw_mime="""
Content-Type: multipart/report; report-type=delivery-status;
 boundary="dsn-7f3a91"

--dsn-7f3a91
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.tiktok.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-korea@tiktok.com>: host mx.tiktok.com[203.0.113.25] said:
    550 5.1.1 <legal-korea@tiktok.com>: Recipient address rejected:
    User unknown

--dsn-7f3a91
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.tiktok.com
Arrival-Date: Fri,  6 Sep 2024 14:00:29 +0900 (KST)

Final-Recipient: rfc822; legal-korea@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-7f3a91
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-korea@tiktok.com
Subject: %s - removal request (3 items)
Message-ID: <%s>
Date: Fri, 6 Sep 2024 14:00:00 +0900
Content-Type: text/plain; charset=utf-8

%s

--dsn-7f3a91--
""" % (R_TT, mid(R_TT), _bounce_orig),
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the original request attached",
    why="Bounce: the URLs are in our own returned request",
)

# =====================================================================
# Reddit
# =====================================================================
case(
    name="reddit-both-removed",
    **{"from": "noreply@reddit.com"},
    name_from="Reddit Legal",
    date=d("2024-09-11 01:20:00", PDT),
    subject="Re: Reddit legal removal request %s" % R_RD,
    reply_to_req=thread(R_RD),
    body="""
Hi there,

Thanks for your report. After investigating, we found that the reported
content violates Reddit's Content Policy on prohibited transactions, and
we've removed it:

- Post: %s -- removed
- Comment: %s -- removed

We've also taken action against the account involved.

Reddit Legal Operations
""" % (RD[0], RD[1]),
    outcome="applied", classification="confirmation",
    imitates="Reddit admin report outcome ('the reported content violates ... we've removed it')",
    why="Both items named, each with 'removed'",
    items={RD[0]: "removed", RD[1]: "removed"},
)

case(
    name="reddit-author-deleted-one",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date=d("2024-09-12 15:10:00", PDT),
    subject="Re: Reddit legal removal request %s" % R_RD,
    reply_to_req=thread(R_RD),
    body="""
Hello,

An update on your request:

The post at %s was
deleted by its author before we could review it, so there is nothing
left for us to act on.

The comment at %s has been
removed by our Safety team for violating the Content Policy.

Reddit Legal Operations
""" % (RD[0], RD[1]),
    outcome="applied", classification="confirmation",
    imitates="Reddit legal update: content deleted by its author / removed by Reddit",
    why="Author deletion before review: not_found; comment removed by Reddit: removed",
    items={RD[0]: "not_found", RD[1]: "removed"},
)

case(
    name="reddit-asks-for-permalink",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date=d("2024-09-10 09:00:00", PDT),
    subject="Re: Reddit legal removal request %s" % R_RD,
    reply_to_req=thread(R_RD),
    body="""
Hello,

Thanks for your request. Before we can assess the comment at
%s, we need a little more
information:

1. The specific provision of Korean law you believe the comment violates.
2. A copy (or a summary in English) of the decision finding it unlawful.

Please reply to this email with these details.

Reddit Legal Operations
""" % RD[1],
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal request for more information before acting",
    why="Asks for the legal basis and the decision: a person must answer; nothing changes",
    items={RD[1]: "pending"},
)

# =====================================================================
# Twitch
# =====================================================================
case(
    name="twitch-vod-removed-clip-invalid",
    **{"from": "legal-noreply@twitch.tv"},
    name_from="Twitch Legal",
    date=d("2024-09-12 11:35:00", PDT),
    subject="[%s] Twitch response to your notice" % R_TW,
    reply_to_req=thread(R_TW),
    body="""
Hello,

Thank you for your notice.

Past broadcast %s:
we have removed this VOD and issued an enforcement action on the channel.

Clip %s:
this clip link is invalid. No clip exists at this address.

You can read about our approach to enforcement at
https://safety.twitch.tv/s/article/Community-Guidelines

Twitch Trust & Safety
""" % (TW[0], TW[1]),
    outcome="applied", classification="confirmation",
    imitates="Twitch Trust & Safety reply on a VOD and a clip",
    why="VOD removed; clip link invalid / no clip exists: not_found; guidelines link is not an item",
    items={TW[0]: "removed", TW[1]: "not_found"},
)

case(
    name="twitch-about-tiktok-link",
    **{"from": "legal-noreply@twitch.tv"},
    name_from="Twitch Legal",
    date=d("2024-09-09 18:00:00", PDT),
    subject="Your notice %s" % R_TT,
    body="""
Hello,

We received a notice from your office that referenced %s and
included the following link:

%s

This URL does not point to Twitch. We searched our service and could
not find this content on Twitch, so no action was taken. Please contact
the service that hosts it.

Twitch Trust & Safety
""" % (R_TT, TT[0]),
    outcome="review", review="wrong_platform",
    imitates="Platform reply to a notice about content hosted elsewhere",
    why="Twitch says a TikTok item cannot be found: Twitch cannot state TikTok's items; the item stays pending",
    items={TT[0]: "pending"},
)

# =====================================================================
# Snapchat
# =====================================================================
case(
    name="snapchat-single-item-removed",
    **{"from": "safety-noreply@snapchat.com"},
    name_from="Snapchat Support",
    date=d("2024-09-13 07:00:00", PDT),
    subject="Re: %s" % R_SC,
    reply_to_req=thread(R_SC),
    body="""
Hi,

Thanks for your report (reference %s). We've reviewed the
Spotlight Snap you reported and removed it because it violates our
Community Guidelines on illegal and regulated activities.

Team Snapchat
""" % R_SC,
    outcome="applied", classification="confirmation",
    imitates="Snapchat report-outcome email ('we've reviewed ... and removed it')",
    why="Request has one item: 'removed it' with the reference is enough",
    items={SC[0]: "removed"},
)

case(
    name="snapchat-ticket-ack",
    **{"from": "support@snapchat.com"},
    name_from="Snapchat Support",
    date=d("2024-09-11 09:04:00"),
    subject="[Ticket 20831177] Re: %s" % R_SC,
    body="""
Hello,

Thanks for contacting Snapchat Support. We've received your report
(%s) and a member of our Safety team will review it.

Your ticket number is 20831177. Please don't open a new ticket about
the same report.

Team Snapchat
""" % R_SC,
    outcome="ignored", classification="acknowledgement",
    imitates="Snapchat support ticket receipt",
    why="Receipt with a ticket number and a promise to review: pure acknowledgement",
)

# =====================================================================
# Discord, Telegram, Pinterest (no requests of their own)
# =====================================================================
case(
    name="discord-request-received",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    date=d("2024-09-10 05:10:00", UTC),
    subject="Your request (#48213377) has been received",
    body="""
Hello,

Your request (#48213377) has been received and is being reviewed by our
support staff. To add additional comments, reply to this email.

Discord Trust & Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord/Zendesk automatic 'request received' email",
    why="Ticket receipt naming nothing: ignored",
)

case(
    name="telegram-unmonitored-autoreply",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram",
    date=d("2024-09-09 10:16:00"),
    subject="Auto: Re: KCSC notice of unlawful content",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
This is an automatic reply. This address processes reports about
public content on Telegram only. Messages here are not read individually.
To report content on Telegram, use https://telegram.org/support.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Telegram abuse-address automatic reply",
    why="Auto-reply (Auto-Submitted): ignored, whoever sent it",
)

case(
    name="pinterest-no-claims",
    **{"from": "legal@pinterest.com"},
    name_from="Pinterest Legal",
    date=d("2024-09-12 13:00:00", PDT),
    subject="Your Pinterest report",
    body="""
Hello,

Thank you for contacting Pinterest. We've reviewed the Pins you reported
and took action in line with our Community Guidelines.

Learn more: https://policy.pinterest.com/en/community-guidelines

Pinterest Trust & Safety
""",
    outcome="review", review="no_claims",
    imitates="Pinterest report outcome email with no identifiers",
    why="Trusted platform mail, no item, no reference, and we have no Pinterest request: a person must look",
)


HEADER = """# Blind set 298 (English notices from many platforms), written by
# tests/corpus/blind298/make.py from each email's meaning before any run.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind298", HEADER, C)
