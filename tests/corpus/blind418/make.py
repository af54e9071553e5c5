#!/usr/bin/env python3
"""Blind corpus set 418: English notices from many platforms (X, YouTube,
Meta, TikTok, Reddit, Discord, Twitch, plus Google Search, Snapchat and
Pinterest mail): help-centre outcome templates, DSA statements of reasons,
legal-removal decisions.

    python3 tests/corpus/blind418/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before the
reader was ever run on these emails.
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/lucky_slots_kr/status/1830011122334455001",
    "https://x.com/lucky_slots_kr/status/1830011122334455002",
    "https://x.com/toto_master88/status/1830022233445566010",
    "https://x.com/toto_master88/status/1830022233445566011",
    "https://x.com/bet_signal_room/status/1830033344556677020",
    "https://x.com/bet_signal_room/status/1830033344556677021",
    "https://x.com/casino_jjang/status/1830044455667788030",
    "https://x.com/casino_jjang/status/1830044455667788031",
    "https://x.com/powerball_tips/status/1830055566778899040",
    "https://x.com/powerball_tips/status/1830055566778899041",
    "https://x.com/slot_queen_07/status/1830066677889900050",
    "https://x.com/sports_pick_vip/status/1830077788990011060",
]
YT = [
    "https://www.youtube.com/watch?v=Qm3vT8kLp2A",
    "https://www.youtube.com/watch?v=Zr7NwX1bH9c",
    "https://www.youtube.com/shorts/Hk4pL0sWq8E",
    "https://www.youtube.com/@pillshop_direct",
]
META = [
    "https://www.facebook.com/groups/loanfastkr/posts/771234509876543",
    "https://www.facebook.com/quickcash.loan.kr/posts/pfbid0Ak29XmQv7Lr",
    "https://www.instagram.com/p/C9xLm2aTq4R/",
    "https://www.instagram.com/p/C9yPq7bWs1K/",
    "https://www.instagram.com/fastloan_dm_only/",
]
TT = [
    "https://www.tiktok.com/@night_pharm_kr/video/7409876543210987654",
    "https://www.tiktok.com/@night_pharm_kr/video/7409876543210987655",
    "https://www.tiktok.com/@ice_delivery_seoul",
]
RD = [
    "https://www.reddit.com/r/KoreaLeaks/comments/1f3kx9a/album_part_2/",
    "https://www.reddit.com/r/KoreaLeaks/comments/1f3m2qd/new_uploads_sept/",
]
DC = ["https://discord.gg/seoulplugs"]
TW = [
    "https://www.twitch.tv/slotnight_live",
    "https://www.twitch.tv/videos/2245678901",
]

REQUESTS = [
    # ref, platform, sent (KST), category, urls, note
    ("KCSC-240902-01", "x", datetime(2024, 9, 2, 10, 0, tzinfo=KST), "gambling", X,
     "illegal gambling promotion, 7 accounts"),
    ("KCSC-240903-02", "youtube", datetime(2024, 9, 3, 11, 30, tzinfo=KST), "drugs", YT,
     "sale of prescription drugs without licence"),
    ("KCSC-240904-03", "meta", datetime(2024, 9, 4, 9, 15, tzinfo=KST), "fraud", META,
     "unregistered lending, Facebook and Instagram"),
    ("KCSC-240905-04", "tiktok", datetime(2024, 9, 5, 14, 0, tzinfo=KST), "drugs", TT,
     "drug trade adverts"),
    ("KCSC-240906-05", "reddit", datetime(2024, 9, 6, 10, 20, tzinfo=KST), "privacy", RD,
     "non-consensual images"),
    ("KCSC-240909-06", "discord", datetime(2024, 9, 9, 16, 0, tzinfo=KST), "drugs", DC,
     "server selling drugs, invite link"),
    ("KCSC-240910-07", "twitch", datetime(2024, 9, 10, 10, 0, tzinfo=KST), "gambling", TW,
     "live casino streams; re-upload also on YouTube"),
]
REQ = {r[0]: r for r in REQUESTS}


def mid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, cat, urls, note in REQUESTS:
        due = (sent + timedelta(days=7)).replace(hour=18, minute=0)
        for u in urls:
            w.writerow([ref, plat, sent.isoformat(), due.isoformat(), u, cat,
                        mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def d(day, hh, mm, off=0):
    """RFC 5322 date for September 2024 at hh:mm in UTC+off."""
    from email.utils import format_datetime
    tz = timezone(timedelta(hours=off))
    return format_datetime(datetime(2024, 9, day, hh, mm, 7 + day, tzinfo=tz))


def req_date(ref):
    from email.utils import format_datetime
    return format_datetime(REQ[ref][2])


def quoted_request(ref, prefix="> "):
    """Our request as it appears quoted below a reply."""
    plat_name = {"x": "X", "youtube": "YouTube", "meta": "Meta", "tiktok": "TikTok",
                 "reddit": "Reddit", "discord": "Discord", "twitch": "Twitch"}[REQ[ref][1]]
    lines = [
        f"Dear {plat_name} team,",
        "",
        f"The Korea Communications Standards Commission asks you to remove or block",
        f"access in Korea to the content below (our reference {ref}), which was",
        f"found to violate Korean law. Please reply by {(REQ[ref][2] + timedelta(days=7)).strftime('%d %B %Y')}.",
        "",
    ]
    for i, u in enumerate(REQ[ref][4], 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Regards,", "KCSC Takedown desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def b64(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


CASES = []


def case(**kw):
    CASES.append(kw)


# ====================================================================== X
case(
    name="x-cwc-withheld-and-removed",
    frm="legal-support@x.com", name_from="X Legal",
    date=d(4, 8, 41), reply_to_req=mid("KCSC-240902-01"),
    subject="Re: [KCSC-240902-01] Request to remove illegal gambling content",
    body=f"""
Hello,

Thank you for your report (your reference KCSC-240902-01). X reviewed the
reported content against the X Rules and the local law you cited.

Following our review, we have withheld access in South Korea to the posts
below. They remain visible to people outside South Korea.

{X[0]}
{X[1]}
{X[2]}

The following posts were found to violate the X Rules (Illegal or certain
regulated goods or services) and have been removed from X globally:

{X[3]}
{X[4]}

The other posts in your report are still being reviewed; we will write to
you separately about them.

More about how we handle withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (Country Withheld Content + X Rules removal)",
    why="five posts named under two headings: three withheld in KR, two removed globally; the rest explicitly still in review",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[3]: "removed", X[4]: "removed"},
)

_rows = [
    (X[0], "Withheld in KR", "Local law (illegal gambling)"),
    (X[1], "Withheld in KR", "Local law (illegal gambling)"),
    (X[2], "Removed globally", "X Rules: regulated goods and services"),
    (X[3], "Removed globally", "X Rules: regulated goods and services"),
    (X[4], "No action", "No violation of the X Rules; legal basis not established for this post"),
    (X[5], "Withheld in KR", "Local law (illegal gambling)"),
    (X[6], "Withheld in KR", "Local law (illegal gambling)"),
    (X[7], "Not found", "Post deleted by the account holder before review"),
    (X[8], "Withheld in KR", "Local law (illegal gambling)"),
    (X[9], "Withheld in KR", "Local law (illegal gambling)"),
    (X[10], "Removed globally", "X Rules: regulated goods and services"),
    (X[11], "No action", "Match commentary; does not promote gambling"),
]
_tr = "\n".join(
    f'<tr><td>{i}</td><td><a href="{u}">{u}</a></td><td>{a}</td><td>{r}</td></tr>'
    for i, (u, a, r) in enumerate(_rows, 1))
case(
    name="x-legal-html-table-all",
    frm="legal-noreply@x.com", name_from="X Legal",
    date=d(9, 6, 12), reply_to_req=mid("KCSC-240902-01"),
    subject="Your legal request to X - Case 0924-KR-55810 - Outcome",
    type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We have completed our review of your request <b>KCSC-240902-01</b>
(X case 0924-KR-55810). The action taken on each reported URL is shown below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Reported URL</th><th>Action</th><th>Basis</th></tr>
{_tr}
</table>
<p>"Withheld in KR" means the post is not visible to people in South Korea but
remains available elsewhere. "Removed globally" means the post is no longer
available anywhere on X.</p>
<p>See our <a href="https://help.x.com/en/rules-and-policies/x-legal-faqs">Legal request FAQs</a>
for more information.</p>
<p>X Corp. Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome summary table (Country Withheld Content)",
    why="every item of the largest request in an HTML table with an unhedged action each",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed", X[3]: "removed",
           X[4]: "rejected", X[5]: "restricted", X[6]: "restricted", X[7]: "not_found",
           X[8]: "restricted", X[9]: "restricted", X[10]: "removed", X[11]: "rejected"},
)

_csv = (
    "reported_url,action,notes\r\n"
    f"{X[5]},Withheld (KR),Local law\r\n"
    f"{X[6]},Withheld (KR),\r\n"
    f"{X[8]},Removed,Violation of X Rules - gambling promotion\r\n"
    f"{X[9]},Removed,\r\n"
    f"{X[11]},No action,Does not violate X Rules\r\n"
)
case(
    name="x-csv-attachment",
    frm="legal-support@x.com", name_from="X Legal",
    date=d(6, 2, 55), reply_to_req=mid("KCSC-240902-01"),
    subject="RE: KCSC-240902-01 - review results (attachment)",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_xlegal_7f3a"

--=_xlegal_7f3a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the results of our review for part of your request
KCSC-240902-01. The attachment lists each reported URL with the action we
took.

Regards,
X Legal

--=_xlegal_7f3a
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_results.csv"
Content-Transfer-Encoding: base64

{b64(_csv.encode())}
--=_xlegal_7f3a--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team reply with a per-URL results spreadsheet attached",
    why="CSV attachment: two withheld in KR, two removed, one no action",
    items={X[5]: "restricted", X[6]: "restricted", X[8]: "removed", X[9]: "removed", X[11]: "rejected"},
)

case(
    name="x-top-posted-over-quote",
    frm="jmorales@x.com", name_from="Jamie Morales",
    date=d(5, 0, 18), reply_to_req=mid("KCSC-240902-01"),
    subject="Re: [KCSC-240902-01] Request to remove illegal gambling content",
    body=f"""
Hi team,

Quick update: the two posts from @casino_jjang have now been withheld in
South Korea:
{X[6]}
{X[7]}

The rest of your list is still with our reviewers.

Best,
Jamie
X Legal | Global Government Affairs

On Mon, Sep 2, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240902-01")}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal staff top-posted Gmail-style reply over the quoted request",
    why="two posts named and withheld in KR above the quote; the quoted list of 12 is our own text",
    items={X[6]: "restricted", X[7]: "restricted"},
)

case(
    name="x-bare-url-status-below",
    frm="legal-support@x.com", name_from="X Legal",
    date=d(7, 3, 30),
    subject="KCSC-240902-01: results of review",
    body=f"""
Request: KCSC-240902-01
Results of review

{X[7]}
Status: Withheld in South Korea

{X[8]}
Status: Removed - violates the X Rules

{X[9]}
Status: Not available - the post was deleted by its author before our review

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal ticket-system export: URL line, status line below",
    why="three URLs, each with its status on the following line",
    items={X[7]: "restricted", X[8]: "removed", X[9]: "not_found"},
)

case(
    name="x-bilingual-korean-particles",
    frm="mina.kang@x.com", name_from="Mina Kang",
    date=d(10, 1, 5), reply_to_req=mid("KCSC-240902-01"),
    subject="RE: [KCSC-240902-01] 불법 도박 게시물 조치 요청 / action taken",
    body=f"""
Dear KCSC,

Two more posts from your request KCSC-240902-01 have been actioned:
the post {X[9]} is now withheld in South Korea, and
{X[10]} has been removed from X globally.

요청하신 게시물 중 {X[9]}은 국내 접근 제한 조치되었고,
{X[10]}는 삭제되었습니다。

Best regards / 감사합니다.
Mina Kang
Public Policy, X Korea
""",
    outcome="applied", classification="confirmation",
    imitates="X Korea public-policy staff reply, English with a Korean summary",
    why="the same two statements in English and Korean (URLs followed by Korean particles, full-width full stop)",
    items={X[9]: "restricted", X[10]: "removed"},
)

case(
    name="x-gmail-quoted-rejected-and-gone",
    frm="d.lee@x.com", name_from="Daniel Lee",
    date=d(11, 7, 44), reply_to_req=mid("KCSC-240902-01"),
    subject="Re: Reminder: KCSC-240902-01 overdue items",
    body=f"""
Hello,

Regarding your reminder on KCSC-240902-01:

- {X[11]} -- we have declined to take
  action. The post is a summary of a match result, it does not violate the
  X Rules, and the provision you cited does not cover it. It stays up.
- {X[10]} -- this post no longer exists;
  it was deleted by the account owner.

Kind regards,
Daniel Lee
X Legal

On Tue, 10 Sept 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal,
>
> The following items of our request KCSC-240902-01 are still pending
> after the deadline of 9 September 2024:
>
> {X[10]}
> {X[11]}
> {X[4]}
>
> Please let us know what action was taken.
""",
    outcome="applied", classification="confirmation",
    imitates="X legal staff reply to a reminder, Gmail quoting",
    why="one refusal with its reason, one post deleted by its owner; the quoted reminder names a third URL that stays pending",
    items={X[11]: "rejected", X[10]: "not_found", X[4]: "pending"},
)

case(
    name="x-outlook-original-message",
    frm="legal-support@x.com", name_from="X Legal",
    date=d(5, 9, 2),
    subject="RE: [KCSC-240902-01] Request to remove illegal gambling content",
    body=f"""
Hi,

Both posts by @bet_signal_room listed in your request have been withheld
in South Korea: {X[4]} and
{X[5]}.

Thanks,
X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: legal@x.com
Subject: [KCSC-240902-01] Request to remove illegal gambling content

{quoted_request("KCSC-240902-01", prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook-style reply with the unquoted original request below",
    why="both posts named one by one (not a bulk statement); the request below Original Message is our own text",
    items={X[4]: "restricted", X[5]: "restricted"},
)

# ================================================================ YouTube
case(
    name="yt-legal-outcome-mixed",
    frm="legal-noreply@google.com", name_from="Google Legal Support",
    date=d(6, 4, 10), reply_to_req=mid("KCSC-240903-02"),
    subject="Google Legal Support: outcome of your request [KCSC-240903-02]",
    body=f"""
Hello,

Thanks for contacting us. We've reviewed your request about the content
listed below.

We removed the following content from YouTube for violating YouTube's
Community Guidelines:
<{YT[0]}>

Based on our review of local law, we've blocked the following content from
view on YouTube in South Korea:
<{YT[1]}>
<{YT[2]}>

For more information about how we handle legal requests, see
https://support.google.com/legal/answer/3110420

Regards,
The Google Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal removal outcome email (global removal + local block)",
    why="one video removed, two blocked in KR; URLs in angle brackets",
    items={YT[0]: "removed", YT[1]: "restricted", YT[2]: "restricted"},
)

case(
    name="yt-channel-terminated",
    frm="no-reply@youtube.com", name_from="YouTube",
    date=d(5, 11, 20),
    subject="Update on your report - KCSC-240903-02",
    body=f"""
Hi KCSC,

Thanks for your report. After reviewing it, we terminated the channel
{YT[3]} for repeated violations of our policy on the
sale of illegal or regulated goods. Videos from this channel are no longer
available on YouTube.

Learn more about channel terminations:
https://support.google.com/youtube/answer/2802168

- The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube report outcome: channel terminated",
    why="the requested channel was terminated: removed; the help link is not an item",
    items={YT[3]: "removed"},
)

case(
    name="yt-no-action-remains",
    frm="legal-noreply@google.com", name_from="Google Legal Support",
    date=d(9, 5, 33), reply_to_req=mid("KCSC-240903-02"),
    subject="Re: [KCSC-240903-02] decision on one item",
    body=f"""
Hello,

After review, we're not taking action on
{YT[2]}

The Short does not violate our Community Guidelines, and the information
provided did not give us a sufficient basis under local law to block it.
It remains available on YouTube.

Regards,
The Google Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal 'no action taken' decision",
    why="a refusal with its reason for one named item: rejected",
    items={YT[2]: "rejected"},
)

_qp_body = f"""Hello,

Following your request KCSC-240903-02, here is where things stand:

\u2022 The video {YT[1]} has been age-restricted; it can now only be viewed by signed-in users aged 18 or over.
\u2022 The video {YT[0]} is no longer available: it was deleted by the uploader before we completed our review.

Thanks,
YouTube Trust & Safety
"""
case(
    name="yt-qp-age-restricted-uploader-deleted",
    frm="trust-safety@youtube.com", name_from="YouTube Trust & Safety",
    date=d(8, 23, 50, 0),
    subject="=?utf-8?q?Your_request_KCSC-240903-02_=E2=80=93_update?=",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + quopri.encodestring(_qp_body.encode("utf-8")).decode("ascii"),
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety update, quoted-printable bullets",
    why="age-restricted = restricted; deleted by the uploader = not_found; QP soft breaks inside long lines",
    items={YT[1]: "restricted", YT[0]: "not_found"},
)

# =================================================================== Meta
case(
    name="meta-local-law-and-community-standards",
    frm="content-requests@fb.com", name_from="Meta Content Requests",
    date=d(6, 13, 2, 0), reply_to_req=mid("KCSC-240904-03"),
    subject="Re: KCSC-240904-03 Request concerning unregistered lending content",
    body=f"""
Hello,

Thank you for your submission KCSC-240904-03.

Local law review
We restricted access in South Korea to the following content, based on
local law:
1. {META[0]}
2. {META[1]}

Community Standards review
3. {META[2]} - removed for
   going against our policy on fraud, scams and deceptive practices.

We have not yet completed our review of the remaining content.

Meta Content Request Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta government request reply: restricted under local law vs removed under Community Standards",
    why="numbered list: two restricted in KR, one Instagram post removed",
    items={META[0]: "restricted", META[1]: "restricted", META[2]: "removed"},
)

case(
    name="meta-dsa-statement-of-reasons",
    frm="dsa-notices@meta.com", name_from="Meta",
    date=d(7, 8, 15, 0),
    subject="Decision on your notice (KCSC-240904-03)",
    body=f"""
Decision on your notice

Your reference: KCSC-240904-03
Service: Instagram
Content: {META[3]}

Decision: The content has been removed.
Ground for decision: Incompatible with our terms of service (Community
Guidelines - Fraud and scams).
Facts and circumstances: The content was reviewed after your notice. It
advertised loans with terms designed to mislead.
Automated means: The decision was taken by a human reviewer.
Territorial scope: Worldwide.

The account holder can appeal this decision. More information:
https://help.instagram.com/contact/dsa-appeals

Meta Platforms Ireland Limited
""",
    outcome="applied", classification="confirmation",
    imitates="Meta DSA-style statement of reasons sent to the notifier",
    why="a structured decision on one named post: removed; the appeal link is not an item",
    items={META[3]: "removed"},
)

case(
    name="meta-ig-account-disabled",
    frm="no-reply@mail.instagram.com", name_from="Instagram",
    date=d(10, 2, 40, 0),
    subject="We took action on the account you reported",
    body=f"""
Hi,

Thanks for your report (reference KCSC-240904-03). We've disabled the
account <{META[4]}> because it goes against our Community
Guidelines. It's no longer visible on Instagram.

Thanks for helping keep Instagram safe.

Instagram
Meta Platforms, Inc.
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram report outcome: account disabled",
    why="disabled account = removed",
    items={META[4]: "removed"},
)

case(
    name="meta-not-found-and-not-against-standards",
    frm="content-requests@fb.com", name_from="Meta Content Requests",
    date=d(11, 4, 8, 0), reply_to_req=mid("KCSC-240904-03"),
    subject="Re: KCSC-240904-03 Request concerning unregistered lending content",
    body=f"""
Hello,

We weren't able to find the content at
{META[1]}
Please make sure the link is complete if you send it to us again.

We reviewed {META[0]}
and found that it doesn't go against our Community Standards. We also didn't
find it unlawful under the local law you cited, so we haven't restricted it.

Meta Content Request Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta reply: content could not be located / no violation found",
    why="cannot find = not_found; not against standards and not restricted = rejected; URLs on the line below/inside the sentence",
    items={META[1]: "not_found", META[0]: "rejected"},
)

case(
    name="meta-echoed-report-decision",
    frm="notification@support.facebook.com", name_from="Facebook",
    date=d(8, 1, 12, 0),
    subject="Update on your report",
    body=f"""
Your report

Reference: KCSC-240904-03
Reported content: {META[2]}
Reported as: Scam or fraud (illegal lending)
Submitted: 4 September 2024

Our decision

We reviewed the content you reported and removed it because it goes
against our Community Standards on fraud and scams.

You can see your reports in your Support Inbox:
https://www.facebook.com/support/?tab=reports

Meta
""",
    outcome="applied", classification="confirmation",
    imitates="Facebook Support Inbox report update echoing the report above the decision",
    why="the echoed report names the post; the decision below says it was removed; one named item",
    items={META[2]: "removed"},
)

# ================================================================= TikTok
case(
    name="tiktok-local-law-and-ban",
    frm="legal-requests@tiktok.com", name_from="TikTok Legal",
    date=d(9, 10, 25, 8), reply_to_req=mid("KCSC-240905-04"),
    subject="Re: KCSC-240905-04 - removal request",
    body=f"""
Dear Sir or Madam,

Thank you for your request dated 5 September 2024 (ref. KCSC-240905-04).

Having reviewed the content under applicable local law, TikTok has
restricted access in the Republic of Korea to the following videos:

  - {TT[0]}
  - {TT[1]}

The account {TT[2]} was found to violate our
Community Guidelines (drugs and controlled substances) and has been
permanently banned.

Kind regards,
TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government removal request response",
    why="two videos restricted in KR, account banned (removed)",
    items={TT[0]: "restricted", TT[1]: "restricted", TT[2]: "removed"},
)

_tt_html = f"""<html><body>
<p>Hello,</p>
<p>Here is the outcome of your report <b>KCSC-240905-04</b>.</p>
<table border="1" cellpadding="5">
<tr><th>Content</th><th>Result</th></tr>
<tr><td>{TT[0]}</td><td>Removed &ndash; violates Community Guidelines (drugs)</td></tr>
<tr><td>{TT[1]}</td><td>Removed &ndash; violates Community Guidelines (drugs)</td></tr>
<tr><td>{TT[2]}</td><td>No violation found &ndash; remains on TikTok</td></tr>
</table>
<p>Learn more: <a href="https://www.tiktok.com/community-guidelines">Community Guidelines</a></p>
<p>TikTok Trust &amp; Safety</p>
</body></html>
"""
case(
    name="tiktok-base64-html-table",
    frm="noreply-ts@tiktok.com", name_from="TikTok Trust & Safety",
    date=d(10, 6, 0, 8),
    subject="Outcome of your report KCSC-240905-04",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
    + b64(_tt_html.encode("utf-8")),
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome notification (HTML, base64)",
    why="table: two videos removed, the account found not violating and left up",
    items={TT[0]: "removed", TT[1]: "removed", TT[2]: "rejected"},
)

case(
    name="tiktok-url-below-statement",
    frm="legal-requests@tiktok.com", name_from="TikTok Legal",
    date=d(12, 2, 45, 8),
    subject="KCSC-240905-04 follow-up",
    body=f"""
Hello,

The following video was removed for violating our Community Guidelines:
{TT[1]}

The following account does not exist on TikTok. It was deleted by its owner
before our review:
{TT[2]}

Best,
TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal follow-up, each statement followed by its URL",
    why="URL on the line below its statement: removed, and account deleted by its owner = not_found",
    items={TT[1]: "removed", TT[2]: "not_found"},
)

# ================================================================= Reddit
case(
    name="reddit-removed-and-author-deleted",
    frm="legal@reddit.com", name_from="Reddit Legal",
    date=d(9, 18, 30, -7), reply_to_req=mid("KCSC-240906-05"),
    subject="Re: KCSC-240906-05",
    body=f"""
Hello,

Thanks for reaching out. We have reviewed the reported content and taken
the following action:

* {RD[0]} - removed by Reddit
  for violating our rule against non-consensual intimate media
* {RD[1]} - already removed by
  the person who posted it before our review; no further action needed

Best,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal/admin reply to a government removal request",
    why="one post removed by Reddit, one already deleted by its poster (not_found)",
    items={RD[0]: "removed", RD[1]: "not_found"},
)

case(
    name="reddit-wrapped-url-geo-restricted",
    frm="legal@reddit.com", name_from="Reddit Legal",
    date=d(10, 17, 5, -7), reply_to_req=mid("KCSC-240906-05"),
    subject="Re: KCSC-240906-05",
    body="""
Hello,

We've restricted the post below so that it is unavailable to users in
South Korea:
<https://www.reddit.com/r/KoreaLeaks/comments/1f3m2qd/
new_uploads_sept/>

The other post in your request,
https://www.reddit.com/r/KoreaLeaks/comments/1f3kx9a/album_part_2/, remains
under review.

Best,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply: geo-restriction, angle-bracket URL wrapped by the mail client",
    why="the wrapped <...> URL is restricted in KR; the other post is explicitly still under review",
    items={RD[1]: "restricted", RD[0]: "pending"},
)

# ================================================================ Discord
case(
    name="discord-server-removed",
    frm="safety@discord.com", name_from="Discord Trust & Safety",
    date=d(11, 0, 15, -7), reply_to_req=mid("KCSC-240909-06"),
    subject="Re: KCSC-240909-06 Server selling controlled substances",
    body=f"""
Hello,

Thank you for your report. Our Safety team has reviewed the server
associated with the invite {DC[0]} and has removed it
from Discord for violating our Community Guidelines. The invite is no
longer valid.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety reply: server removed",
    why="the server behind the requested invite was removed",
    items={DC[0]: "removed"},
)

case(
    name="discord-received-and-actioned",
    frm="noreply@discord.com", name_from="Discord",
    date=d(12, 19, 2, -7),
    subject="[Discord] Re: KCSC-240909-06 - Update on your report (#48213377)",
    body="""
Hi there,

Thanks for your report - it has been received and reviewed by our Trust &
Safety team. We removed the server you reported because it violated our
Community Guidelines on regulated and illegal goods.

Ticket #48213377

Discord Trust & Safety
https://discord.com/safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord help-desk ticket update: received and actioned",
    why="acknowledgement wording plus an unhedged removal of the reported server; one-item request, so the sole statement applies",
    items={DC[0]: "removed"},
)

# ================================================================= Twitch
case(
    name="twitch-suspended-vod-deleted",
    frm="legal@twitch.tv", name_from="Twitch Legal",
    date=d(12, 16, 40, -7), reply_to_req=mid("KCSC-240910-07"),
    subject="Re: KCSC-240910-07 Live casino streams",
    body=f"""
Hello,

Thank you for your notice. We have indefinitely suspended the channel
{TW[0]} and deleted the past broadcast
{TW[1]}. Neither is available on Twitch any longer.

Please note that {YT[0]}, which your notice mentions
as a re-upload, is hosted on YouTube. Twitch is unable to act on content
hosted on other services.

Regards,
Twitch Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch legal reply: channel suspended, VOD deleted",
    why="suspended channel and deleted VOD are both removed; the YouTube link gets no status from Twitch",
    items={TW[0]: "removed", TW[1]: "removed", YT[0]: "pending"},
)

case(
    name="twitch-no-violation-vod-gone",
    frm="safety@twitch.tv", name_from="Twitch Safety",
    date=d(13, 15, 10, -7),
    subject="Your report KCSC-240910-07",
    body=f"""
Hello,

Following review, we did not find that {TW[0]} violates
our Community Guidelines or Terms of Service, and no enforcement action has
been taken. The channel remains active.

The past broadcast at {TW[1]} is no longer on Twitch:
it was deleted by the streamer before our review.

Twitch Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch safety report outcome: no action / content already gone",
    why="channel kept with a reason (rejected); VOD deleted by its streamer (not_found)",
    items={TW[0]: "rejected", TW[1]: "not_found"},
)

# ================================================================= review
case(
    name="x-promise-will-withhold",
    frm="legal-support@x.com", name_from="X Legal",
    date=d(3, 5, 0), reply_to_req=mid("KCSC-240902-01"),
    subject="Re: [KCSC-240902-01] Request to remove illegal gambling content",
    body=f"""
Hello,

We have accepted your request KCSC-240902-01 for processing. The posts
listed below will be withheld in South Korea once the account holders have
been notified, which usually takes up to 72 hours:

{X[0]}
{X[1]}

We will confirm when this is done.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply announcing a future withholding",
    why="'will be withheld' is a promise: both items stay pending",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-conditional-withhold",
    frm="legal-support@x.com", name_from="X Legal",
    date=d(4, 2, 20),
    subject="KCSC-240902-01: account holder notified",
    body=f"""
Hello,

We have notified the account holder of @casino_jjang about your request.
If the posts {X[6]} and
{X[7]} are not deleted by the user
within 48 hours, X will withhold them in South Korea.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal notice of user notification with a conditional action",
    why="a condition and a promise, no statement of what happened",
    items={X[6]: "pending", X[7]: "pending"},
)

case(
    name="yt-hedge-and-under-review",
    frm="legal-noreply@google.com", name_from="Google Legal Support",
    date=d(4, 7, 5), reply_to_req=mid("KCSC-240903-02"),
    subject="Re: [KCSC-240903-02] request status",
    body=f"""
Hello,

It appears that the video {YT[1]} may already have
been removed. The Short {YT[2]} is still under
review by our team, and we'll get back to you as soon as we can.

Regards,
The Google Team
""",
    outcome="review", review="not_understood",
    imitates="Google legal interim status reply",
    why="'appears ... may already have been removed' is a hedge; 'under review' is no statement",
    items={YT[1]: "pending", YT[2]: "pending"},
)

case(
    name="meta-bulk-restricted",
    frm="content-requests@fb.com", name_from="Meta Content Requests",
    date=d(5, 10, 0, 0), reply_to_req=mid("KCSC-240904-03"),
    subject="Re: KCSC-240904-03 Request concerning unregistered lending content",
    body="""
Hello,

We've reviewed the content in your request KCSC-240904-03 and restricted
access to all of the reported items in South Korea based on local law.

Meta Content Request Team
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Meta short reply confirming the whole request in one sentence",
    why="'all of the reported items' for a five-item request without naming them: bulk",
    items={u: "pending" for u in META},
)

case(
    name="reddit-bulk-removed",
    frm="legal@reddit.com", name_from="Reddit Legal",
    date=d(7, 16, 0, -7),
    subject="Re: KCSC-240906-05",
    body="""
Hi,

Reddit's Safety team has removed the posts you reported under reference
KCSC-240906-05.

Best,
Reddit Legal
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Reddit admin one-line confirmation",
    why="'the posts you reported' for a two-item request without naming each: bulk",
    items={RD[0]: "pending", RD[1]: "pending"},
)

case(
    name="x-auth-fail",
    frm="legal-support@x.com", name_from="X Legal",
    auth="fail",
    date=d(6, 11, 11),
    subject="Re: [KCSC-240902-01] Request to remove illegal gambling content",
    body=f"""
Hello,

The following posts have been removed from X:
{X[2]}
{X[3]}

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal removal confirmation arriving with failed DKIM/DMARC",
    why="x.com sender but authentication fails: nothing applied",
    items={X[2]: "pending", X[3]: "pending"},
)

case(
    name="tiktok-lookalike-domain",
    frm="gov-response@tiktok-legal-support.com", name_from="TikTok Legal Support",
    date=d(8, 9, 30, 8),
    subject="KCSC-240905-04 completed",
    body=f"""
Dear KCSC,

Your request KCSC-240905-04 has been completed. The video
{TT[0]} has been removed.

TikTok Legal Support Team
""",
    outcome="review", review="unknown_sender",
    imitates="removal confirmation from a domain that is not TikTok's",
    why="sender domain is no platform's: unknown_sender, nothing applied",
    items={TT[0]: "pending"},
)

case(
    name="discord-server-mod-gmail",
    frm="seoulplugs.mod@gmail.com", name_from="plug mod",
    date=d(10, 13, 0, 9),
    subject="about discord server report",
    body=f"""
hello
i am moderator of the server {DC[0]} . we deleted the server
already so please cancel the report. thank you
""",
    outcome="review", review="unknown_sender",
    imitates="reply from a reported server's own moderator (free-mail address)",
    why="not a platform: a user's claim cannot change a status",
    items={DC[0]: "pending"},
)

case(
    name="google-search-delisting-reddit-url",
    frm="removals@google.com", name_from="Google Legal Support",
    date=d(11, 6, 20),
    subject="Google Search: outcome of your removal request",
    body=f"""
Hello,

In response to your request, we have removed the following URL from Google
Search results for users in South Korea:

{RD[0]}

Please note that this does not remove the content from the website that
hosts it. To have the content itself taken down, contact the site owner.

Regards,
The Google Team
""",
    outcome="review", review="wrong_platform",
    imitates="Google Search legal delisting outcome about a third-party URL",
    why="Google (YouTube's sender domain) states a delisting of a Reddit item; Reddit content stays where it is",
    items={RD[0]: "pending"},
)

case(
    name="tiktok-asks-for-legal-basis",
    frm="legal-requests@tiktok.com", name_from="TikTok Legal",
    date=d(6, 3, 15, 8), reply_to_req=mid("KCSC-240905-04"),
    subject="Re: KCSC-240905-04 - additional information required",
    body=f"""
Dear Sir or Madam,

In order to proceed with your request, please provide a copy of the
decision or the specific provision of Korean law on which it is based for
each of the following:

{TT[0]}
{TT[1]}
{TT[2]}

Until we receive this information we are unable to take action.

Kind regards,
TikTok Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="TikTok legal request for the legal basis of a government request",
    why="the platform asks for documents; no status",
    items={TT[0]: "pending", TT[1]: "pending", TT[2]: "pending"},
)

case(
    name="pinterest-process-change",
    frm="legal@pinterest.com", name_from="Pinterest Legal",
    date=d(12, 22, 0, -7),
    subject="Changes to how Pinterest receives government removal requests",
    body="""
Hello,

Pinterest is changing how it receives content removal requests from
government authorities in South Korea. From 1 October 2024, please submit
requests through our online form at
https://help.pinterest.com/en/contact/government-requests

Requests sent to this address after that date will not be processed.

Thank you,
Pinterest Legal
""",
    outcome="review", review="no_claims",
    imitates="Pinterest notice of a change in the request-intake process",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="meta-will-remove-if-violating",
    frm="content-requests@fb.com", name_from="Meta Content Requests",
    date=d(5, 2, 30, 0),
    subject="Re: KCSC-240904-03",
    body=f"""
Hi,

Thanks for your report. Our team is reviewing the Instagram posts
{META[2]} and {META[3]}.
If we find that they go against our Community Guidelines, we'll remove them
and let you know.

Meta Content Request Team
""",
    outcome="review", review="not_understood",
    imitates="Meta interim reply: review in progress, conditional removal",
    why="under review plus a conditional promise: no statement",
    items={META[2]: "pending", META[3]: "pending"},
)

# ================================================================ ignored
case(
    name="x-legal-receipt",
    frm="legal-noreply@x.com", name_from="X Legal",
    date=d(2, 1, 3),
    subject="X has received your request - Case 0924-KR-55810",
    body="""
Hello,

Thank you for submitting your request to X. We have received it and
assigned it case number 0924-KR-55810 (your reference KCSC-240902-01).

Please keep this case number for any follow-up. Our team will review your
request and contact you if we need more information.

X Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal request portal receipt",
    why="pure receipt with a case number",
    items={},
)

case(
    name="yt-out-of-office",
    frm="jh.park@google.com", name_from="Jihoon Park",
    date=d(3, 2, 31),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    subject="Automatic reply: [KCSC-240903-02] Request to remove drug sale videos",
    body="""
Thank you for your email. I am out of the office until 16 September with
limited access to email.

For urgent legal removal requests, please use our webform at
https://support.google.com/legal/answer/3110420

Best regards,
Jihoon Park
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail out-of-office auto-reply from a platform policy manager",
    why="out-of-office auto-reply",
    items={},
)

_orig = f"""Date: {req_date("KCSC-240906-05")}
From: KCSC Takedown <takedown@kcsc.example>
To: legal-requests@reddit.com
Subject: [KCSC-240906-05] Request to remove non-consensual images
Message-ID: <{mid("KCSC-240906-05")}@kcsc.example>
Content-Type: text/plain; charset=utf-8

{quoted_request("KCSC-240906-05", prefix="")}
"""
case(
    name="reddit-request-bounced",
    frm="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System",
    auth="none",
    date=d(6, 1, 21),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-generated"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="B418.DSN.1"

--B418.DSN.1
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<legal-requests@reddit.com>: host mx.reddit.com[203.0.113.40] said: 550 5.1.1
    <legal-requests@reddit.com>: Recipient address rejected: User unknown

--B418.DSN.1
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: {req_date("KCSC-240906-05")}

Final-Recipient: rfc822; legal-requests@reddit.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.reddit.com
Diagnostic-Code: smtp; 550 5.1.1 <legal-requests@reddit.com>: Recipient
    address rejected: User unknown

--B418.DSN.1
Content-Description: Undelivered Message
Content-Type: message/rfc822

{_orig}
--B418.DSN.1--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN for our request to a wrong Reddit address",
    why="bounce of our own request; the URLs are in the returned message",
    items={},
)

case(
    name="meta-read-receipt",
    frm="content-requests@fb.com", name_from="Meta Content Requests",
    date=d(4, 3, 0, 0),
    subject="Read: KCSC-240904-03 Request concerning unregistered lending content",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b418-3"

--mdn-b418-3
Content-Type: text/plain; charset=utf-8

Your message

  To: content-requests@fb.com
  Subject: KCSC-240904-03 Request concerning unregistered lending content
  Sent: {req_date("KCSC-240904-03")}

was read on Wednesday, 4 September 2024 03:00:11 (UTC).

--mdn-b418-3
Content-Type: message/disposition-notification

Reporting-UA: fb.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;content-requests@fb.com
Original-Message-ID: <{mid("KCSC-240904-03")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b418-3--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="discord-ticket-receipt",
    frm="noreply@discord.com", name_from="Discord",
    date=d(9, 7, 5),
    subject="[Discord] Re: KCSC-240909-06 Server selling controlled substances (#48213377)",
    body="""
##- Please type your reply above this line -##

Your request (48213377) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Discord
https://support.discord.com
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord (Zendesk) help-desk ticket receipt",
    why="ticket receipt, nothing about the item",
    items={},
)

case(
    name="tiktok-unmonitored-mailbox",
    frm="noreply@tiktok.com", name_from="TikTok",
    date=d(5, 5, 3),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    subject="Auto-reply: KCSC-240905-04 - removal request",
    body="""
This is an automated message. This mailbox is not monitored.

Law enforcement and government agencies can submit requests through our
portal: https://www.tiktok.com/legal/page/global/law-enforcement/en

TikTok
""",
    outcome="ignored", classification="auto_reply",
    imitates="TikTok no-reply mailbox auto-response",
    why="automatic reply from an unmonitored mailbox",
    items={},
)

case(
    name="snap-automated-receipt",
    frm="lawenforcement@snap.com", name_from="Snap Law Enforcement Operations",
    date=d(11, 20, 1, -7),
    subject="Re: Request to remove illegal gambling promotion [Ref 240911-000183]",
    body="""
Thank you for contacting Snap Inc.

This automated message confirms that we have received your email. Your
reference number is 240911-000183. Please quote it in any further
correspondence.

Snap Inc. Law Enforcement Operations
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Snap law-enforcement operations automated receipt",
    why="pure automated receipt",
    items={},
)


HEADER = """# blind418: English notices from many platforms. Expected results written
# from each email's meaning, before the reader was run. Generated by make.py.
"""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("frm")
        assert c["from"].split("@")[1] != ""
    corpuslib.write_set(HERE, "blind418", HEADER, CASES)


if __name__ == "__main__":
    main()
