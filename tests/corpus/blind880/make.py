#!/usr/bin/env python3
"""Blind set blind880: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest).

    python3 tests/corpus/blind880/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written in our own words; the expected results were
written from each email's meaning before the reader was ever run on them.
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

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/gold_rush_tips77/status/1831100000000000101",
    "https://x.com/gold_rush_tips77/status/1831100000000000102",
    "https://x.com/gold_rush_tips77/status/1831100000000000103",
    "https://x.com/nightowl_pharm/status/1831200000000000201",
    "https://x.com/nightowl_pharm/status/1831200000000000202",
    "https://x.com/seoul_bets_vip",
    "https://x.com/seoul_bets_vip/status/1831300000000000301",
    "https://twitter.com/quickloan_kr/status/1831400000000000401",
    "https://x.com/quickloan_kr/status/1831400000000000402",
    "https://x.com/fakeid_maker_kr/status/1831500000000000501",
    "https://x.com/fakeid_maker_kr/status/1831500000000000502",
    "https://x.com/i/web/status/1831600000000000601",
]
YT = [
    "https://www.youtube.com/watch?v=Qm3vT8kLp2A",
    "https://www.youtube.com/watch?v=Zr7bN1xWc0E",
    "https://www.youtube.com/shorts/Hd4sJ9uYq6M",
    "https://www.youtube.com/@luckyspin_casino_kr",
]
META = [
    "https://www.facebook.com/groups/2207788001122/posts/2207788009911/",
    "https://www.instagram.com/p/C9xQe2LrT4k/",
    "https://www.facebook.com/profile.php?id=100089911223344",
]
TT = [
    "https://www.tiktok.com/@pillshop.kr/video/7410000000000000011",
    "https://www.tiktok.com/@pillshop.kr/video/7410000000000000012",
    "https://www.tiktok.com/@pillshop.kr",
    "https://www.tiktok.com/@betking_live/video/7410000000000000021",
    "https://www.tiktok.com/@betking_live/video/7410000000000000022",
]
RD = [
    "https://www.reddit.com/r/koreadeals_xyz/comments/1f3abcd/cheap_prescription_meds_no_rx/",
    "https://www.reddit.com/user/rx_plug_kr/",
]
DC = ["https://discord.gg/kRpillsVIP"]
TW = [
    "https://www.twitch.tv/slotmaster_kr",
    "https://www.twitch.tv/videos/2245500117",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240903-01", "x", "2024-09-03T16:12:00+09:00", "2024-09-10T23:59:59+09:00", X,
     "illegal_goods", "req-240903-01", "gambling, drugs, loans, forged IDs"),
    ("KCSC-240904-02", "youtube", "2024-09-04T10:30:00+09:00", "2024-09-11T23:59:59+09:00", YT,
     "gambling", "req-240904-02", "casino promotion videos"),
    ("KCSC-240905-03", "meta", "2024-09-05T10:00:00+09:00", "2024-09-12T23:59:59+09:00", META,
     "drugs", "req-240905-03", "Facebook group post, Instagram post, profile"),
    ("KCSC-240906-04", "tiktok", "2024-09-06T14:45:00+09:00", "2024-09-13T23:59:59+09:00", TT,
     "drugs", "req-240906-04", "pill sales and live betting"),
    ("KCSC-240909-05", "reddit", "2024-09-09T11:20:00+09:00", "2024-09-16T23:59:59+09:00", RD,
     "drugs", "req-240909-05", "prescription drug sales"),
    ("KCSC-240910-06", "discord", "2024-09-10T09:05:00+09:00", "2024-09-17T23:59:59+09:00", DC,
     "drugs", "req-240910-06", "invite to a pill-selling server"),
    ("KCSC-240911-07", "twitch", "2024-09-11T15:00:00+09:00", "2024-09-18T23:59:59+09:00", TW,
     "gambling", "req-240911-07", "slot streams with betting links"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
REQ_INTRO = (
    "Dear Trust & Safety team,\n\n"
    "The Korea Communications Standards Commission (KCSC) has found the content\n"
    "below to be in breach of Korean law and asks that it be removed or that\n"
    "access to it from Korea be blocked. Our reference: {ref}.\n"
)


def request_text(ref, urls):
    lines = [REQ_INTRO.format(ref=ref)]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines.append("\nPlease reply to this address with the action taken for each URL.\n\n"
                 "KCSC Takedown desk\ntakedown@kcsc.example")
    return "\n".join(lines)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def b64(data):
    s = base64.b64encode(data.encode("utf-8")).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(data):
    return quopri.encodestring(data.encode("utf-8")).decode("ascii")


def d(day, hms, tz="+0000"):
    wd = {5: "Thu", 6: "Fri", 9: "Mon", 10: "Tue", 11: "Wed", 12: "Thu", 13: "Fri",
          16: "Mon", 17: "Tue", 18: "Wed", 19: "Thu"}[day]
    return f"{wd}, {day:02d} Sep 2024 {hms} {tz}"


P = "pending"
cases = []

# ====================================================================== X
cases.append(dict(
    name="x-legal-withheld-and-removed-bullets",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date=d(9, "08:41:17"), reply_to_req="req-240903-01",
    subject="Re: Removal request KCSC-240903-01 [ref:_00DA0K_LR55190:ref]",
    body=f"""
Hello,

Thank you for your request concerning the posts listed in KCSC-240903-01.

We reviewed the reported content under the X Rules and under the Korean law
cited in your request, and have taken the action set out below.

Withheld in South Korea on the basis of local law:
- {X[0]}
- {X[1]}
- {X[2]}

Removed from X for violating our rule on illegal or certain regulated goods
and services:
- {X[3]}
- {X[4]}

We are still working on the other reports in your request and will write to
you about them separately.

Where we are allowed to, we have told the account holders about this action.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome (country withheld content + rules removal)",
    why="two headed lists: three posts withheld in Korea, two removed",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted",
           X[3]: "removed", X[4]: "removed"},
))

cases.append(dict(
    name="x-account-suspended",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date=d(10, "02:15:40"), reply_to_req="req-240903-01",
    subject="Case 0912-44107: action taken on reported account (KCSC-240903-01)",
    body=f"""
Hi KCSC team,

We've suspended the account below for violating the X Rules on illegal
gambling services:

@seoul_bets_vip ({X[5]})

A suspended account and its posts can no longer be viewed on X.

Thanks,
X Safety - Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X account-suspension notice to a government reporter",
    why="the one account named is suspended (removed); its separate post URL is not named",
    items={X[5]: "removed"},
))

cases.append(dict(
    name="x-no-violation-and-unlocatable",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date=d(12, "11:03:09"), reply_to_req="req-240903-01",
    subject="Re: Removal request KCSC-240903-01",
    body=f"""
Hello,

We have looked at the following posts you reported:

  {X[9]}
  {X[10]}

They do not violate the X Rules. We also assessed them under the Korean
statute named in your request and decided not to withhold them; both posts
stay available on X.

We could not locate the post below. The link does not lead to any existing
post on X, so no action was possible:

  {X[11]}

If you have further information, you may submit a new request through our
legal request portal.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request refusal (no violation, declined to withhold) + 'could not locate'",
    why="two posts refused with a reason (rejected), one link does not exist (not_found)",
    items={X[9]: "rejected", X[10]: "rejected", X[11]: "not_found"},
))

X_CSV = "Reported URL,Action,Scope,Actioned on (UTC)\n" + "\n".join([
    f"{X[0]},Withheld,KR,2024-09-12",
    f"{X[1]},Withheld,KR,2024-09-12",
    f"{X[2]},Removed,Global,2024-09-11",
    f"{X[3]},Removed,Global,2024-09-11",
    f"{X[4]},Removed,Global,2024-09-11",
    f"{X[5]},Account suspended,Global,2024-09-10",
    f"{X[6]},Withheld,KR,2024-09-12",
    f"{X[7]},No action - no violation found,-,-",
    f"{X[8]},Not found,-,-",
    f"{X[9]},Removed,Global,2024-09-12",
    f"{X[10]},Under review,-,-",
    f"{X[11]},Removed,Global,2024-09-12",
]) + "\n"

cases.append(dict(
    name="x-csv-outcome-attachment",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date=d(13, "05:50:00"), reply_to_req="req-240903-01",
    subject="Re: Removal request KCSC-240903-01 - outcome",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_xlegal_7f2c"

--=_xlegal_7f2c
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The attached file lists, for every URL in your request KCSC-240903-01, what
we did. "Withheld" means the post cannot be seen from South Korea; "Removed"
means it has been taken off X everywhere.

One item is still with our team and we will update you on it.

X Legal

--=_xlegal_7f2c
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(X_CSV)}
--=_xlegal_7f2c--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team bulk outcome as a CSV attachment",
    why="CSV row per URL; 'Under review' stays pending, 'No action - no violation' is rejected",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed", X[3]: "removed",
           X[4]: "removed", X[5]: "removed", X[6]: "restricted", X[7]: "rejected",
           X[8]: "not_found", X[9]: "removed", X[10]: P, X[11]: "removed"},
))

cases.append(dict(
    name="x-html-outcome-table",
    **{"from": "no-reply@x.com"}, name_from="X Legal Requests",
    date=d(13, "09:12:44"), reply_to_req="req-240903-01",
    subject="Your legal request KCSC-240903-01 has been processed",
    type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We have completed our review of part of your request <b>KCSC-240903-01</b>.
The table below shows the result for each post we reviewed.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Content</th><th>Result</th><th>Where</th></tr>
<tr><td><a href="{X[2]}">{X[2]}</a></td><td>Removed</td><td>Global</td></tr>
<tr><td><a href="{X[6]}">{X[6]}</a></td><td>Withheld</td><td>South Korea</td></tr>
<tr><td><a href="{X[8]}">{X[8]}</a></td><td>Content not found</td><td>&ndash;</td></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>No violation &ndash; not actioned</td><td>&ndash;</td></tr>
</table>
<p>To read more about how we handle legal requests, see
<a href="https://help.x.com/en/rules-and-policies/legal-faqs">our help centre</a>.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request portal HTML result notification",
    why="HTML table, one row per post with four different results; help link is not an item",
    items={X[2]: "removed", X[6]: "restricted", X[8]: "not_found", X[10]: "rejected"},
))

cases.append(dict(
    name="x-top-posted-over-gmail-quote",
    **{"from": "dlee@x.com"}, name_from="Daniel Lee",
    date=d(11, "07:30:02"), reply_to_req="req-240903-01",
    subject="Re: Removal request KCSC-240903-01",
    body=f"""
Hi,

Following our review, the two posts below are now withheld in South Korea:
{X[7]}
{X[8]}

The rest of your list is still being looked at.

Best,
Daniel
Global Government Affairs, X

On Tue, Sep 3, 2024 at 4:12 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(request_text("KCSC-240903-01", X))}
""",
    outcome="applied", classification="confirmation",
    imitates="X government-affairs staff reply top-posted over a Gmail-quoted request",
    why="two posts withheld above the quote; the quoted request's other URLs are not statements",
    items={**{u: P for u in X}, X[7]: "restricted", X[8]: "restricted"},
))

cases.append(dict(
    name="x-outlook-wrapped-angle-url",
    **{"from": "pnair@x.com"}, name_from="Priya Nair",
    date=d(12, "06:02:51"),
    subject="RE: Removal request KCSC-240903-01",
    body=f"""
Good afternoon,

We removed the post
<https://x.com/fakeid_maker_kr/status/
1831500000000000501> for violating our policy on illegal goods and services
(forged identity documents).

Kind regards,
Priya Nair
Legal Policy, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 4:12 PM
To: legal@x.com
Subject: Removal request KCSC-240903-01

{request_text("KCSC-240903-01", X[9:])}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from X legal staff with an RFC 3986 (App. C) wrapped URL in angle brackets",
    why="one post removed; its URL wraps inside <...>; the other URLs are only in the original message",
    items={X[9]: "removed", X[10]: P, X[11]: P},
))

cases.append(dict(
    name="x-field-per-url",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date=d(16, "03:44:10"), reply_to_req="req-240903-01",
    subject="Re: Removal request KCSC-240903-01 [2 items]",
    body=f"""
Hello,

Please find our decision for the following reported content.

Reported content: {X[7]}
Decision: Withheld in South Korea (KR)

Reported content: {X[8]}
Decision: No action taken. The post does not violate the X Rules, and we
did not find it unlawful under the law cited.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request decision form (Reported content / Decision fields)",
    why="URL line then a Decision line below it: withheld (restricted) and refused (rejected)",
    items={X[7]: "restricted", X[8]: "rejected"},
))

cases.append(dict(
    name="x-dsa-statement-of-reasons",
    **{"from": "dsa-notices@x.com"}, name_from="X",
    date=d(16, "10:20:31"),
    subject="Statement of reasons - notice KCSC-240903-01",
    body=f"""
Statement of reasons

Notice reference: KCSC-240903-01
Content: {X[11]}
Decision: Removal of content
Territorial scope: Global
Facts and circumstances: The content was reported by a government authority
and reviewed by our team.
Ground for decision: Incompatible with our terms (X Rules - illegal or
certain regulated goods or services)
Automated means: Not used for the decision
Redress: The account holder may appeal through the X Help Center or use
out-of-court dispute settlement.

This statement is also submitted to the DSA Transparency Database.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons (X layout, field per line)",
    why="structured statement: content URL, decision removal, global scope",
    items={X[11]: "removed"},
))

# ================================================================ YouTube
cases.append(dict(
    name="yt-legal-removed-and-blocked",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(9, "19:02:33"), reply_to_req="req-240904-02",
    subject="Re: [8-1420000037711] YouTube removal request KCSC-240904-02",
    body=f"""
Hello,

Thank you for contacting us.

After reviewing your request, we removed the following content from YouTube
globally because it violates our Community Guidelines:
{YT[0]}

We have blocked the following content from view in South Korea on the basis
of local law:
{YT[1]}

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome (global CG removal + country block)",
    why="statement above each URL: one removed globally, one blocked in Korea",
    items={YT[0]: "removed", YT[1]: "restricted"},
))

cases.append(dict(
    name="yt-age-restricted-and-channel-kept",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(11, "04:25:12"), reply_to_req="req-240904-02",
    subject="Re: YouTube removal request KCSC-240904-02",
    body=f"""
Hello,

We have reviewed the remaining items in your request.

The Short at {YT[2]} has been age-restricted. It can no longer be watched by
viewers who are signed out or under 18.

We did not find that the channel {YT[3]} violates our policies or the local
law cited, so we will not be taking action on it. The channel remains
available.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome: age restriction + declined channel removal",
    why="age-restricted short (restricted); channel kept with a reason (rejected)",
    items={YT[2]: "restricted", YT[3]: "rejected"},
))

cases.append(dict(
    name="yt-bare-url-status-below",
    **{"from": "noreply-legal@youtube.com"}, name_from="YouTube",
    date=d(12, "13:40:00"), reply_to_req="req-240904-02",
    subject="Update on your request KCSC-240904-02",
    body=f"""
Hi there,

Here is an update on items from your request.

{YT[3]}
Status: Channel terminated for violating our Community Guidelines

{YT[2]}
Status: Not actioned - the Short had already been deleted by the uploader
before our review

For more on our policies: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

- YouTube Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety status update (bare URL, Status line below)",
    why="channel terminated (removed); Short deleted by its uploader before review (not_found)",
    items={YT[3]: "removed", YT[2]: "not_found"},
))

YT_QP = f"""Hello,

Thanks for reaching out to YouTube about request KCSC-240904-02.

The following video has been actioned under our policies:
{YT[0]}

For {YT[1]} we were unable to find a violation of our Community Guidelines
or of the local law you cited, and the video remains available on YouTube.

If you have additional information you'd like us to consider, you can reply to this email.

Sincerely,
The YouTube Team
"""

cases.append(dict(
    name="yt-quoted-printable-actioned",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(13, "22:10:45"), reply_to_req="req-240904-02",
    subject="Re: YouTube removal request KCSC-240904-02",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(YT_QP),
    outcome="applied", classification="confirmation",
    imitates="YouTube 'actioned under our policies' template, quoted-printable",
    why="one video actioned (the configured removal phrase), one kept with a reason (rejected)",
    items={YT[0]: "removed", YT[1]: "rejected"},
))

cases.append(dict(
    name="yt-text-table-decisions",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(16, "08:00:19"), reply_to_req="req-240904-02",
    subject="Re: YouTube removal request KCSC-240904-02 - decisions",
    body=f"""
Hello,

Our decisions on your request are below.

URL                                           Decision
--------------------------------------------  ----------------------------------
{YT[0]}   Video unavailable - deleted by the uploader before review
{YT[1]}   Removed (Community Guidelines: gambling)
{YT[2]}    Not removed - no violation found

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal decisions in a fixed-width text table",
    why="text table: deleted by uploader (not_found), removed, not removed with reason (rejected)",
    items={YT[0]: "not_found", YT[1]: "removed", YT[2]: "rejected"},
))

# =================================================================== Meta
cases.append(dict(
    name="meta-dsa-statement-instagram",
    **{"from": "noreply@support.instagram.com"}, name_from="Instagram",
    date=d(9, "12:11:56"),
    subject="Decision on your report (KCSC-240905-03)",
    body=f"""
Decision on your report

We reviewed the content you reported and took the action described below.

Content: {META[1]}
Decision: Removed
Territorial scope: Worldwide
Reason: Goes against our Community Guidelines on restricted goods and services
Was automation used to decide: No, a person reviewed this content

You may be able to challenge this decision before a certified out-of-court
dispute settlement body. Learn more: https://help.instagram.com/dsa-redress

Instagram from Meta
""",
    outcome="applied", classification="confirmation",
    imitates="Meta/Instagram DSA statement of reasons to a reporter",
    why="structured decision: one post removed worldwide",
    items={META[1]: "removed"},
))

cases.append(dict(
    name="meta-restricted-local-law-and-not-found",
    **{"from": "noreply@facebookmail.com"}, name_from="Facebook",
    date=d(10, "06:48:03"), reply_to_req="req-240905-03",
    subject="Your government report KCSC-240905-03",
    body=f"""
Hello,

Thank you for your report.

We reviewed the post {META[0]} against our Community Standards and found no
violation. However, following a legal review we have restricted access to it
in South Korea under local law. It remains visible in other countries.

We could not find the profile {META[2]}. It is no longer on Facebook.

The Facebook Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta content restriction based on local law notice",
    why="post restricted in Korea; profile cannot be found (not_found)",
    items={META[0]: "restricted", META[2]: "not_found"},
))

cases.append(dict(
    name="meta-instagram-top-posted-gmail",
    **{"from": "ig-legal@instagram.com"}, name_from="Instagram Legal",
    date=d(11, "15:33:27"), reply_to_req="req-240905-03",
    subject="Re: Removal request KCSC-240905-03",
    body=f"""
Hi,

Thanks for your report. We removed {META[1]} because it goes against our
Community Guidelines on the sale of drugs.

The Facebook items on your list are handled by a different team, which will
reply to you.

Instagram Legal

On Thu, Sep 5, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(request_text("KCSC-240905-03", META))}
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram legal staff reply over a Gmail-quoted request",
    why="one post removed; the two Facebook URLs appear only in the quote",
    items={META[0]: P, META[1]: "removed", META[2]: P},
))

META_TXT = f"""Hello,

Here is the outcome of your report KCSC-240905-03.

{META[0]} - Removed
{META[1]} - Restricted in South Korea
{META[2]} - Not found

The Meta Content Regulation team
"""
META_HTML = f"""<html><body>
<p>Hello,</p>
<p>Here is the outcome of your report <b>KCSC-240905-03</b>.</p>
<table border="1" cellpadding="4">
<tr><th>Reported content</th><th>Outcome</th></tr>
<tr><td>{META[0]}</td><td>Removed</td></tr>
<tr><td>{META[1]}</td><td>Restricted in South Korea</td></tr>
<tr><td>{META[2]}</td><td>Not found</td></tr>
</table>
<p>The Meta Content Regulation team</p>
</body></html>
"""

cases.append(dict(
    name="meta-alternative-table",
    **{"from": "content-regulation@meta.com"}, name_from="Meta Content Regulation",
    date=d(13, "03:05:38"), reply_to_req="req-240905-03",
    subject="Outcome of report KCSC-240905-03",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="b1_meta_51aa"

--b1_meta_51aa
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

{META_TXT}
--b1_meta_51aa
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 7bit

{META_HTML}
--b1_meta_51aa--
""",
    outcome="applied", classification="confirmation",
    imitates="Meta regulator-report outcome, multipart/alternative with an HTML table",
    why="one row per URL: removed, restricted in Korea, not found",
    items={META[0]: "removed", META[1]: "restricted", META[2]: "not_found"},
))

# ================================================================= TikTok
cases.append(dict(
    name="tiktok-numbered-outcomes",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Law Enforcement Outreach",
    date=d(10, "01:58:14"), reply_to_req="req-240906-04",
    subject="RE: KCSC-240906-04 content removal request",
    body=f"""
Dear KCSC,

Thank you for reaching out. Having reviewed each item in your request, we can
share the following results:

1. {TT[0]} - removed for violating our Community Guidelines (regulated goods)
2. {TT[1]} - removed for violating our Community Guidelines (regulated goods)
3. {TT[2]} - account banned
4. {TT[3]} - not available in South Korea under local law
5. {TT[4]} - no violation found; the video remains on TikTok

Kind regards,
TikTok Law Enforcement Outreach Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government removal request outcome (numbered list)",
    why="each numbered URL has its own result: removed x2, banned, restricted in Korea, rejected",
    items={TT[0]: "removed", TT[1]: "removed", TT[2]: "removed",
           TT[3]: "restricted", TT[4]: "rejected"},
))

TT_HTML = f"""<!DOCTYPE html>
<html><body style="margin:0;font-family:Arial">
<div style="padding:16px">
<h2 style="font-size:18px">Update on your report</h2>
<p>Reference: KCSC-240906-04</p>
<table style="border-collapse:collapse" border="1" cellpadding="8">
<tr><td><b>Video</b></td><td><b>Action</b></td></tr>
<tr><td>{TT[3]}</td><td>Content restricted in your country/region (KR)</td></tr>
<tr><td>{TT[4]}</td><td>Removed</td></tr>
</table>
<p style="color:#888;font-size:12px">You can read our
<a href="https://www.tiktok.com/community-guidelines/en/">Community Guidelines</a>
or visit the <a href="https://www.tiktok.com/safety/en/">Safety Center</a>.</p>
<p style="color:#888;font-size:12px">TikTok Pte. Ltd.</p>
</div></body></html>
"""

cases.append(dict(
    name="tiktok-base64-html-table",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date=d(12, "09:17:05"),
    subject="Update on your report KCSC-240906-04",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(TT_HTML),
    outcome="applied", classification="confirmation",
    imitates="TikTok report update email (HTML, base64-encoded)",
    why="two rows: restricted in KR, removed; links to guidelines and safety center are not items",
    items={TT[3]: "restricted", TT[4]: "removed"},
))

cases.append(dict(
    name="tiktok-statement-then-url",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Law Enforcement Outreach",
    date=d(11, "10:40:22"), reply_to_req="req-240906-04",
    subject="RE: KCSC-240906-04 content removal request",
    body=f"""
Hello,

The following video has been removed:
{TT[0]}

The following video was already deleted by its creator before our review,
so there was nothing left for us to act on:
{TT[1]}

Best regards,
TikTok Law Enforcement Outreach Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok outreach reply (statement line, URL on the line below)",
    why="statement precedes each URL: removed; deleted by creator (not_found)",
    items={TT[0]: "removed", TT[1]: "not_found"},
))

cases.append(dict(
    name="tiktok-echoed-report-result",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date=d(13, "14:02:50"),
    subject="We've reviewed your report (KCSC-240906-04)",
    body=f"""
Thanks for helping keep TikTok safe.

Your report
Report ID: 7412093318840022
Reported content: {TT[3]}
Reason: Gambling
Submitted: Sep 6, 2024

Result
We removed this video because it violated our Community Guidelines.

TikTok
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok in-app report result echoed by email",
    why="report echoed, then the result below names 'this video' = the one reported URL: removed",
    items={TT[3]: "removed"},
))

# ================================================================= Reddit
cases.append(dict(
    name="reddit-removed-and-suspended-angle",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date=d(11, "18:06:31"), reply_to_req="req-240909-05",
    subject="Re: Removal request KCSC-240909-05",
    body=f"""
Hello,

Thank you for your notice. We have removed the post at
<{RD[0]}> for violating Reddit's Content Policy on the sale of
prohibited goods.

The account <{RD[1]}> has also been permanently suspended.

Best,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply (admin removal and account suspension)",
    why="post removed and account suspended, URLs in angle brackets",
    items={RD[0]: "removed", RD[1]: "removed"},
))

cases.append(dict(
    name="reddit-geo-restricted-and-declined",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date=d(13, "20:44:09"), reply_to_req="req-240909-05",
    subject="Re: Removal request KCSC-240909-05",
    body=f"""
Hi KCSC,

After reviewing your request, we have restricted access to
{RD[0]} in South Korea.

We also reviewed the user profile {RD[1]} and did not find a violation of
Reddit's policies or a sufficient legal basis to restrict it, so we are not
taking action on it.

Regards,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit government removal: geo-restriction + declined part",
    why="post restricted in Korea; profile declined with reason (rejected)",
    items={RD[0]: "restricted", RD[1]: "rejected"},
))

# ================================================================ Discord
cases.append(dict(
    name="discord-one-item-server-removed",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d(12, "00:30:18"), reply_to_req="req-240910-06",
    subject="[Discord] Re: KCSC-240910-06 - report outcome (ticket #31877402)",
    body="""
Hello,

Thanks for your report. Our Safety team reviewed the server you reported and
found that it violated our Community Guidelines on regulated and illegal
goods. The server has been removed from Discord.

Discord Trust & Safety

Ticket #31877402 - please keep this number in any reply.
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety report outcome (Zendesk ticket)",
    why="request of one item: 'the server you reported has been removed' applies to it",
    items={DC[0]: "removed"},
))

# ================================================================= Twitch
cases.append(dict(
    name="twitch-bilingual-korean-particles",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date=d(13, "02:18:37"), reply_to_req="req-240911-07",
    subject="Re: KCSC-240911-07 / 요청 결과",
    body=f"""
Hello,

The channel {TW[0]} has been indefinitely suspended for violating our
Community Guidelines on gambling.

The VOD {TW[1]} had already been deleted by the streamer before our review.

안녕하세요.

{TW[0]} 채널은 커뮤니티 가이드라인 위반으로 무기한 정지되었습니다.
{TW[1]}은(는) 검토 전에 스트리머가 이미 삭제했습니다.

Twitch Legal / 트위치 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch legal reply with a Korean translation below (URLs followed by Korean particles)",
    why="channel suspended (removed); VOD already deleted by its streamer (not_found)",
    items={TW[0]: "removed", TW[1]: "not_found"},
))

# ================================================================ Reviews
cases.append(dict(
    name="x-promise-will-withhold",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date=d(5, "04:12:00"), reply_to_req="req-240903-01",
    subject="Re: Removal request KCSC-240903-01",
    body=f"""
Hello,

Thank you for your request. We have completed a first review. The posts
listed below will be withheld in South Korea within 48 hours, once the
account holders have been notified:

{X[0]}
{X[1]}

We will confirm when this has been done.

X Legal
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="X legal 'will be withheld' advance notice",
    why="a promise ('will be withheld'), not a statement: items stay pending",
    items={X[0]: P, X[1]: P},
))

cases.append(dict(
    name="x-conditional-withhold",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date=d(10, "08:09:55"), reply_to_req="req-240903-01",
    subject="Re: Removal request KCSC-240903-01",
    body=f"""
Hello,

We have notified the owners of the posts below and given them 24 hours to
remove the content themselves. If they do not, we will withhold the posts in
South Korea.

{X[3]}
{X[6]}

X Legal
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="X legal notice that the user was given time to self-remove",
    why="a condition and a promise: nothing has happened yet to either post",
    items={X[3]: P, X[6]: P},
))

cases.append(dict(
    name="x-dmarc-fail-removed",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    date=d(11, "12:00:00"), reply_to_req="req-240903-01",
    subject="Re: Removal request KCSC-240903-01",
    body=f"""
Hello,

The post {X[0]} has been removed.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal reply, but DKIM/SPF/DMARC fail",
    why="claims to be from x.com but fails authentication",
    items={X[0]: P},
))

cases.append(dict(
    name="yt-hedged-may-have",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(9, "23:51:12"), reply_to_req="req-240904-02",
    subject="Re: YouTube removal request KCSC-240904-02",
    body=f"""
Hello,

Thank you for your request. When we checked, the video {YT[0]} appears to
have already been taken down, and {YT[1]} may no longer be available in your
country. We are confirming the details with the relevant team and will get
back to you.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="YouTube legal interim reply with hedged observations",
    why="'appears to have' and 'may no longer be' are hedges, not statements",
    items={YT[0]: P, YT[1]: P},
))

cases.append(dict(
    name="yt-uploader-gmail",
    **{"from": "luckyspin.kr.official@gmail.com"}, name_from="LuckySpin KR",
    date=d(10, "14:27:41"),
    subject="Re: YouTube removal request KCSC-240904-02",
    body=f"""
Hello,

I got a notice from YouTube about your complaint. I have deleted my video
{YT[0]} so please close the case.

Thank you
""",
    outcome="review", review="unknown_sender",
    imitates="channel owner writing to the regulator after YouTube's user notice",
    why="gmail.com is not a platform domain: the uploader's word is not the platform's",
    items={YT[0]: P},
))

cases.append(dict(
    name="google-about-tiktok-video",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date=d(12, "17:05:59"),
    subject="Re: Content removal request [8-1420000039054]",
    body=f"""
Hello,

Following your request, we have removed the content below:

{TT[0]}

Regards,
Google Legal Support
""",
    outcome="review", review="wrong_platform",
    imitates="Google legal support template filled with another platform's URL",
    why="a Google/YouTube sender states a removal for a TikTok item",
    items={TT[0]: P},
))

cases.append(dict(
    name="meta-bulk-all-removed",
    **{"from": "noreply@facebookmail.com"}, name_from="Facebook",
    date=d(12, "05:30:44"), reply_to_req="req-240905-03",
    subject="Your government report KCSC-240905-03",
    body="""
Hello,

We've reviewed the content in your report KCSC-240905-03 and removed all of
the reported items because they go against our Community Standards.

Thanks for helping keep our community safe.

The Facebook Team
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="Meta 'we removed the content you reported' template, request of 3 items",
    why="one sentence about all items of a 3-item request, none named",
    items={u: P for u in META},
))

cases.append(dict(
    name="meta-instagram-auth-fail",
    **{"from": "ig-legal@instagram.com"}, name_from="Instagram Legal", auth="fail",
    date=d(13, "11:11:11"), reply_to_req="req-240905-03",
    subject="Re: Removal request KCSC-240905-03",
    type="html",
    body=f"""
<html><body>
<p>Hi,</p>
<p>We removed <a href="{META[1]}">{META[1]}</a> for violating our Community Guidelines.</p>
<p>Instagram Legal</p>
</body></html>
""",
    outcome="review", review="untrusted",
    imitates="Instagram legal HTML reply, failing DMARC",
    why="instagram.com sender but authentication fails",
    items={META[1]: P},
))

cases.append(dict(
    name="tiktok-bulk-html",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Law Enforcement Outreach",
    date=d(16, "06:36:20"), reply_to_req="req-240906-04",
    subject="RE: KCSC-240906-04 content removal request",
    type="html",
    body="""
<html><body>
<p>Dear KCSC,</p>
<p>Thank you for your patience. We wish to inform you that <b>all of the reported
videos and accounts</b> in request KCSC-240906-04 have been removed from TikTok
for violating our Community Guidelines.</p>
<p>Kind regards,<br>TikTok Law Enforcement Outreach Team</p>
</body></html>
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="TikTok outreach 'all reported content removed' reply (HTML)",
    why="all five items covered by one sentence, none named",
    items={u: P for u in TT},
))

cases.append(dict(
    name="tiktok-vendor-domain",
    **{"from": "kr-escalations@contentops-partner.com"}, name_from="TikTok Escalations (Partner)",
    date=d(11, "03:22:08"),
    subject="RE: KCSC-240906-04 content removal request - done",
    body=f"""
Hello KCSC,

On behalf of TikTok's trust and safety operations: the video
{TT[0]} has been removed.

Regards,
Escalations desk
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor writing on a platform's behalf",
    why="vendor domain is not TikTok's sender domain",
    items={TT[0]: P},
))

cases.append(dict(
    name="reddit-asks-for-order",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date=d(10, "21:14:40"), reply_to_req="req-240909-05",
    subject="Re: Removal request KCSC-240909-05 - more information needed",
    body=f"""
Hello,

Thank you for your request concerning:

{RD[0]}
{RD[1]}

Before we can assess it, please send us a copy of the decision or order on
which the request is based, and tell us which provision of Korean law each
item is said to breach. Once we have that, we will review the request.

Best,
Reddit Legal
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Reddit legal request for the underlying order",
    why="asks for documents; says nothing about either item's status",
    items={RD[0]: P, RD[1]: P},
))

cases.append(dict(
    name="twitch-policy-update-no-claims",
    **{"from": "policy-updates@twitch.tv"}, name_from="Twitch",
    date=d(17, "16:00:00"),
    subject="Updates to our gambling policy",
    body="""
Hello,

We are writing to partners and regulators who have contacted us about
gambling content. From October 15, streams that show slots, roulette or dice
on sites without a licence in the viewer's country will not be allowed on
Twitch, and sharing referral links or codes to such sites will also be
prohibited.

You can read the full policy in our Help Center.

Twitch Policy Team
""",
    outcome="review", review="no_claims",
    imitates="Twitch policy-update notice to stakeholders",
    why="trusted Twitch mail naming no item and no request",
    items={},
))

# ================================================================ Ignored
cases.append(dict(
    name="snapchat-out-of-office",
    **{"from": "mpark@snap.com"}, name_from="Mina Park",
    date=d(11, "06:05:03"),
    subject="Automatic reply: Removal request KCSC-240911-07",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday 23 September
with limited access to email.

For urgent law enforcement matters please use the Snap law enforcement
portal. For other matters I will reply when I return.

Mina Park
Snap Inc.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office from a Snap employee who was in copy",
    why="out-of-office auto-reply",
    items={},
))

cases.append(dict(
    name="pinterest-vacation-responder",
    **{"from": "jhwang@pinterest.com"}, name_from="Jiwon Hwang",
    date=d(6, "07:15:00"),
    subject="Out of office Re: KCSC-240903-01 FYI",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
Hi,

I'm away on leave and back on September 16. Messages are not being
forwarded. For content reports, please use our legal request form.

Jiwon
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail vacation responder from a Pinterest policy staffer",
    why="vacation auto-reply, names nothing",
    items={},
))

cases.append(dict(
    name="x-dsn-unknown-mailbox",
    **{"from": "MAILER-DAEMON@mx2.x.com"}, name_from="Mail Delivery System",
    date=d(5, "00:13:02"),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="9B1D21E03C.1725495182/mx2.x.com"

--9B1D21E03C.1725495182/mx2.x.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.x.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-korea@x.com>: host 127.0.0.1[127.0.0.1] said: 550 5.1.1
    <legal-korea@x.com>: Recipient address rejected: User unknown

--9B1D21E03C.1725495182/mx2.x.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.x.com
Arrival-Date: Thu,  5 Sep 2024 00:13:01 +0000 (UTC)

Final-Recipient: rfc822; legal-korea@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal-korea@x.com>: Recipient address
    rejected: User unknown

--9B1D21E03C.1725495182/mx2.x.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-korea@x.com
Subject: Reminder: Removal request KCSC-240903-01
Date: Thu, 05 Sep 2024 09:12:58 +0900
Message-ID: <reminder-240903-01-1@kcsc.example>
Content-Type: text/plain; charset=utf-8

{request_text("KCSC-240903-01", X[:4])}

--9B1D21E03C.1725495182/mx2.x.com--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) with the returned request",
    why="delivery failure report; the URLs are in our own returned message",
    items={},
))

cases.append(dict(
    name="reddit-read-receipt",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date=d(9, "17:02:44"),
    subject="Read: Removal request KCSC-240909-05",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="----=_MDN_reddit_0042"

------=_MDN_reddit_0042
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@reddit.com
  Subject: Removal request KCSC-240909-05
  Sent: Monday, September 9, 2024 11:20 AM (UTC+09:00)

was read on Monday, September 9, 2024 5:02 PM (UTC+00:00).

------=_MDN_reddit_0042
Content-Type: message/disposition-notification

Reporting-UA: mail.reddit.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@reddit.com
Original-Message-ID: <req-240909-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_MDN_reddit_0042--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt only",
    items={},
))

cases.append(dict(
    name="tiktok-ticket-receipt-echo",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date=d(6, "06:01:10"),
    subject="We received your report (KCSC-240906-04)",
    body=f"""
Hi,

We've received your report and our team will review it as soon as possible.

Report ID: 7412093318840031
Reported content: {TT[2]}
Category: Illegal activities and regulated goods

You'll get a notification in your inbox when we've finished our review.

TikTok
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok automatic report receipt echoing the reported URL",
    why="pure receipt: the echoed URL carries no status",
    items={TT[2]: P},
))

cases.append(dict(
    name="meta-lert-automated-receipt",
    **{"from": "records@meta.com"}, name_from="Meta Law Enforcement Response Team",
    date=d(5, "01:02:03"), reply_to_req="req-240905-03",
    subject="Automatic reply: Removal request KCSC-240905-03",
    body="""
Thank you for contacting Meta. This automated message confirms that we have
received your submission. It has been assigned the case number 8823150.

Please do not reply to this message. Submissions sent to this address are
reviewed in the order received.

Meta Platforms, Inc.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Meta records mailbox automated receipt",
    why="automated receipt with a case number",
    items={},
))

cases.append(dict(
    name="twitch-zendesk-received",
    **{"from": "support@twitch.tv"}, name_from="Twitch Support",
    date=d(11, "06:31:48"), reply_to_req="req-240911-07",
    subject="[Twitch] Re: KCSC-240911-07 - Request #5513820 received",
    body="""
##- Please type your reply above this line -##

Your request (5513820) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Twitch Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' notification (Twitch support)",
    why="ticket receipt only",
    items={},
))

HEADER = """# blind880: English notices from many platforms (X, YouTube, Meta, TikTok,
# Reddit, Discord, Twitch, Snapchat, Pinterest). Generated by make.py; expected
# results written from each email's meaning before any run of the reader."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind880", HEADER, cases)


if __name__ == "__main__":
    main()
