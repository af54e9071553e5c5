#!/usr/bin/env python3
"""Blind set blind694: English notices from many platforms (X, YouTube,
Meta, TikTok, Reddit, Discord, Twitch; Snapchat and Telegram for review
cases). Written from each email's meaning, before any run of the reader.

    python3 tests/corpus/blind694/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
"""
import base64
import datetime
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind694"

# --------------------------------------------------------------- requests
X1 = "https://x.com/lunar_bazaar77/status/1830419925561044992"
X2 = "https://x.com/lunar_bazaar77/status/1830427713300271105"
X3 = "https://x.com/kettle_moth/status/1830501187246112833"
X4 = "https://x.com/kettle_moth/status/1830533064419962880"
X5 = "https://x.com/greyfinch_kr/status/1830617742931149217"
X6 = "https://x.com/greyfinch_kr/status/1830620018870575319"
X7 = "https://x.com/greyfinch_kr/status/1830698834451419136"
X8 = "https://x.com/paperlantern_09/status/1830702219094110474"
X9 = "https://x.com/paperlantern_09/status/1830745561209798741"
X10 = "https://x.com/tidal_ledger/status/1830788130553364523"
X11 = "https://x.com/tidal_ledger/status/1830790046624108698"
X12 = "https://x.com/quietorchard/status/1830811902377754786"
X13 = "https://x.com/quietorchard"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12, X13]

Y1 = "https://www.youtube.com/watch?v=Qm7rT2vLx0A"
Y2 = "https://www.youtube.com/watch?v=bH4nE9cWkZs"
Y3 = "https://www.youtube.com/shorts/Lp3Xa8dYv1U"
Y4 = "https://www.youtube.com/@hanbit_deals_tv"
YS = [Y1, Y2, Y3, Y4]

M1 = "https://www.facebook.com/groups/2718830045561210/posts/3029918874520011/"
M2 = "https://www.facebook.com/permalink.php?story_fbid=1022854416730152&id=100089452213370"
M3 = "https://www.instagram.com/p/C9xKq2LsT4e/"
M4 = "https://www.instagram.com/reel/C-Dm81pRw7Z/"
M5 = "https://www.instagram.com/velvet.lantern.shop/"
MS = [M1, M2, M3, M4, M5]

T1 = "https://www.tiktok.com/@moonjar_deals/video/7409912253678521608"
T2 = "https://www.tiktok.com/@moonjar_deals/video/7410023386644417813"
T3 = "https://www.tiktok.com/@sodam.picks/video/7410551870093216017"
TS = [T1, T2, T3]

R1 = "https://www.reddit.com/r/kdealsunderground/comments/1f9k2qz/fresh_batch_this_week/"
R2 = "https://www.reddit.com/r/kdealsunderground/comments/1fa07mc/dm_for_prices/"
RS = [R1, R2]

TW1 = "https://www.twitch.tv/videos/2245601873"

D1 = "https://discord.gg/hX7pQe2M"
D2 = "https://discord.com/channels/1179034452108627968/1179034453090111548/1281520907731161100"
DS = [D1, D2]

# ref, platform, sent_at, due_at, urls, category, message id (no <>), note
REQUESTS = [
    ("KCSC-240902-01", "x", "2024-09-02T10:20:00+09:00", "2024-09-09T23:59:59+09:00", XS,
     "drugs", "req-240902-01@kcsc.example", "X: drug sales posts and one account"),
    ("KCSC-240903-02", "youtube", "2024-09-03T11:05:00+09:00", "2024-09-10T23:59:59+09:00", YS,
     "gambling", "req-240903-02@kcsc.example", "YouTube: illegal gambling promotion"),
    ("KCSC-240904-03", "meta", "2024-09-04T09:40:00+09:00", "2024-09-11T23:59:59+09:00", MS,
     "counterfeit", "req-240904-03@kcsc.example", "Facebook and Instagram: counterfeit goods"),
    ("KCSC-240905-04", "tiktok", "2024-09-05T14:10:00+09:00", "2024-09-12T23:59:59+09:00", TS,
     "drugs", "req-240905-04@kcsc.example", "TikTok: drug advertising videos"),
    ("KCSC-240906-05", "reddit", "2024-09-06T10:00:00+09:00", "2024-09-13T23:59:59+09:00", RS,
     "drugs", "req-240906-05@kcsc.example", "Reddit: drug trading threads"),
    ("KCSC-240909-06", "twitch", "2024-09-09T16:30:00+09:00", "2024-09-16T23:59:59+09:00", [TW1],
     "gambling", "req-240909-06@kcsc.example", "Twitch: gambling site stream VOD"),
    ("KCSC-240910-07", "discord", "2024-09-10T10:15:00+09:00", "2024-09-17T23:59:59+09:00", DS,
     "obscenity", "req-240910-07@kcsc.example", "Discord: server invite and message"),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            q = '"' + u + '"' if "," in u else u
            lines.append(f"{ref},{plat},{sent},{due},{q},{cat},{mid},{note}")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- helpers
def date(day, hm, tz="+0000"):
    h, m = hm.split(":")
    d = datetime.date(2024, 9, day)
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()]
    return f"{wd}, {day:02d} Sep 2024 {h}:{m}:{(day * 7 + int(m)) % 60:02d} {tz}"


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def numbered(urls, prefix="> "):
    return "\n".join(f"{prefix}{i}. {u}" for i, u in enumerate(urls, 1))


def request_text(ref, platform_name, urls, prefix="> "):
    """Our own request email, as a platform would quote it."""
    lines = [
        f"Dear {platform_name} team,",
        "",
        "The Korea Communications Standards Commission has found that the",
        "content listed below violates the laws of the Republic of Korea and",
        f"requests its removal (reference {ref}). Please reply within seven days.",
        "",
    ]
    out = "\n".join(prefix + l if l else prefix.rstrip() for l in lines)
    out += "\n" + numbered(urls, prefix) + "\n" + prefix.rstrip() + "\n" + prefix + "KCSC Takedown Desk"
    return out


CASES = []


def case(**c):
    CASES.append(c)


# =================================================================== X
case(
    name="x-legal-withheld-and-removed-list",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date=date(4, "06:12"), reply_to_req="req-240902-01",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content on X",
    body=f"""Hello,

Thank you for your report (ref: KCSC-240902-01). We reviewed the reported
posts under the X Rules and applicable local law and took the following
actions:

- {X1} - withheld in South Korea
- {X2} - withheld in South Korea
- {X3} - removed for violating our rules on illegal or certain regulated goods and services

The remaining URLs from your request are still with our team. We will write
to you again once we have completed our review of them.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team reply listing per-URL actions (country withheld content / removal under X Rules)",
    why="three named posts, each with an unhedged action; the rest explicitly not yet decided",
    items={X1: "restricted", X2: "restricted", X3: "removed"},
)

case(
    name="x-statement-of-reasons-withheld",
    **{"from": "noreply-legal@x.com"}, name_from="X",
    date=date(5, "02:41"),
    subject="Notice of action: KCSC-240902-01",
    body=f"""Notice of action taken on reported content

Your report reference: KCSC-240902-01
Reported content: {X5}

Decision: Country withheld content
Territorial scope: Republic of Korea
Ground for the decision: The content was found to be illegal under the
laws of the Republic of Korea. It does not violate the X Rules and remains
available outside Korea.
Facts and circumstances: Notice submitted by the Korea Communications
Standards Commission on 2 September 2024.
Use of automated means: No automated means were used in taking this decision.

Information about redress possibilities is available at
https://help.x.com/en/rules-and-policies/x-legal-faqs

X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision, territorial scope, ground, automated means, redress)",
    why="one post withheld in Korea only: restricted; the help link is not an item",
    items={X5: "restricted"},
)

case(
    name="x-account-suspended",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date=date(6, "09:03"), reply_to_req="req-240902-01",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content on X",
    body=f"""Hi,

Following up on your request KCSC-240902-01.

The account {X13} has been permanently suspended for repeated violations
of the X Rules on illegal goods and services. The profile is no longer
accessible on X.

We are not in a position to comment on the other URLs in this message.

Thanks,
Daniel
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X account-suspension confirmation to a reporting authority",
    why="the reported account URL is suspended and inaccessible (removed); its post x12 is not named and stays pending",
    items={X13: "removed"},
)

case(
    name="x-no-violation-url-then-result",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date=date(6, "13:27"),
    subject="Your request KCSC-240902-01 - outcome for @paperlantern_09",
    body=f"""Hello,

Please see below the outcome of our review of two posts from your request
KCSC-240902-01.

{X8}
Result: No action taken. The post does not violate the X Rules and, after
legal review, we did not find it to be unlawful in the Republic of Korea.

{X9}
Result: No action taken, for the same reasons as above.

If you have additional information, such as a court order, you may submit
a new request through our legal request portal.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal 'no action taken' outcome per URL",
    why="both posts stay up with a reason given: rejected (the invitation to send more is not a request for info)",
    items={X8: "rejected", X9: "rejected"},
)

X_TABLE_ROWS = [
    (X4, "Removed", "Violation of X Rules (illegal goods)"),
    (X6, "Withheld (KR)", "Illegal under local law"),
    (X7, "Unavailable", "Post was deleted by the account owner before our review"),
    (X10, "No action", "No violation of X Rules or local law found"),
    (X11, "Withheld (KR)", "Illegal under local law"),
]
_rows_html = "\n".join(
    f'<tr><td><a href="{u}">{u}</a></td><td>{a}</td><td>{r}</td></tr>' for u, a, r in X_TABLE_ROWS
)
_rows_txt = "\n".join(f"{u}\n  Action: {a}\n  Reason: {r}\n" for u, a, r in X_TABLE_ROWS)
case(
    name="x-html-table-mixed",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date=date(7, "01:55"), reply_to_req="req-240902-01",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content on X",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="=_xtbl_694"

--=_xtbl_694
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Reference: KCSC-240902-01. Results for five of the reported posts:

{_rows_txt}
X Legal

--=_xtbl_694
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body>
<p>Hello,</p>
<p>Reference: KCSC-240902-01. Results for five of the reported posts:</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th><th>Reason</th></tr>
{_rows_html}
</table>
<p>X Legal</p>
</body></html>

--=_xtbl_694--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome table (URL / action / reason), HTML with text alternative",
    why="table rows: removed, withheld in KR, deleted by owner (not found), no action (rejected), withheld",
    items={X4: "removed", X6: "restricted", X7: "not_found", X10: "rejected", X11: "restricted"},
)

_x_csv = (
    "reported_url,action,notes\n"
    f"{X2},Withheld - KR,Country withheld under local law\n"
    f"{X3},Removed,Violation of X Rules\n"
    f"{X9},No action,Does not violate X Rules or local law\n"
    f"{X12},Not found,Post does not exist or was deleted before review\n"
)
case(
    name="x-csv-attachment",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date=date(9, "05:18"),
    subject="KCSC-240902-01: results (attachment)",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_xcsv_694"

--=_xcsv_694
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The results of our review for request KCSC-240902-01 are in the attached
file, one row per reported URL.

X Legal

--=_xcsv_694
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_results.csv"
Content-Transfer-Encoding: 7bit

{_x_csv}
--=_xcsv_694--
""",
    outcome="applied", classification="confirmation",
    imitates="bulk-request result spreadsheet exported as CSV attachment",
    why="CSV rows: withheld (restricted), removed, no action (rejected), not found",
    items={X2: "restricted", X3: "removed", X9: "rejected", X12: "not_found"},
)

case(
    name="x-top-posted-over-quoted-request",
    **{"from": "h.lindqvist@x.com"}, name_from="Hanna Lindqvist",
    date=date(9, "08:44"), reply_to_req="req-240902-01",
    subject="RE: [KCSC-240902-01] Request for removal of illegal content on X",
    body=f"""Hello,

The two posts from @tidal_ledger have now been withheld in South Korea:
{X10}
{X11}

Best,
Hanna
X Legal | Global Government Affairs

On Mon, Sep 2, 2024 at 10:20 AM KCSC Takedown <takedown@kcsc.example> wrote:
{request_text("KCSC-240902-01", "X", XS)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply by a legal staffer over the quoted request",
    why="two named posts withheld in Korea; the quoted list of all thirteen URLs is not a statement",
    items={X10: "restricted", X11: "restricted"},
)

_x_qp_body = f"""Hello KCSC team,

Thanks for your report KCSC-240902-01. Having reviewed the posts against the X Rules, we have removed the following post globally: {X9}

The post {X12} has also been removed globally for the same reason (sale of controlled substances).

Kind regards,
X Safety
"""
case(
    name="x-quoted-printable-wrapped",
    **{"from": "safety-ops@x.com"}, name_from="X Safety",
    date=date(10, "03:09"),
    subject="Update on KCSC-240902-01",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_x_qp_body)}
""",
    outcome="applied", classification="confirmation",
    imitates="X safety team reply sent as quoted-printable with soft line breaks inside long lines",
    why="two posts removed globally, each named (URLs cut by QP soft breaks)",
    items={X9: "removed", X12: "removed"},
)

case(
    name="x-outlook-original-message",
    **{"from": "j.moreau@x.com"}, name_from="Julien Moreau",
    date=date(5, "11:30"),
    subject="RE: [KCSC-240902-01] Request for removal of illegal content on X",
    body=f"""Hello,

Both of the posts below are now withheld in the Republic of Korea in
response to your request:

{X5}
{X6}

Regards,
Julien Moreau
Legal Policy, X

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:20 AM
To: legal@x.com
Subject: [KCSC-240902-01] Request for removal of illegal content on X

{request_text("KCSC-240902-01", "X", XS, prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' and the unquoted original request below",
    why="two named posts withheld in Korea; the original request below the separator is not a statement",
    items={X5: "restricted", X6: "restricted"},
)

case(
    name="x-statement-then-url-below",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date=date(11, "07:02"),
    subject="Re: [KCSC-240902-01] remaining items",
    body=f"""Hello,

Further to our earlier message regarding KCSC-240902-01:

The following post has been removed globally for violating the X Rules:
{X7}

The following post is withheld in South Korea:
{X8}

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with the statement first and the URL on the next line",
    why="statement lines each followed by their URL: removed and restricted",
    items={X7: "removed", X8: "restricted"},
)

# ============================================================== YouTube
case(
    name="yt-legal-removed-and-blocked",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=date(5, "04:22"), reply_to_req="req-240903-02",
    subject="Re: [KCSC-240903-02] Request for removal of illegal content on YouTube",
    body=f"""Hello,

Thanks for reaching out to YouTube. We have reviewed your request
KCSC-240903-02.

After review, we removed the following video from YouTube for violating our
Community Guidelines:
{Y1}

We have also blocked the following video from view in South Korea on the
basis of local law. It remains available in other countries:
{Y2}

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome (removed under Community Guidelines / locally blocked)",
    why="one video removed, one blocked in Korea only",
    items={Y1: "removed", Y2: "restricted"},
)

case(
    name="yt-age-restricted-and-no-action",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=date(6, "06:48"),
    subject="Your YouTube legal request KCSC-240903-02",
    body=f"""Hello,

We've completed our review of the remaining content in your request.

* {Y3}
  We have age-restricted this Short. It is no longer visible to signed-out
  viewers or to users under 18.

* {Y4}
  We have reviewed this channel and decided not to take action. We did not
  find content on the channel that violates our Community Guidelines or
  local law.

You can read more about age restrictions at
https://support.google.com/youtube/answer/2802167

Sincerely,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome email: age restriction applied / no action on channel",
    why="age-restricted Short is restricted; channel kept with reason is rejected; help link is not an item",
    items={Y3: "restricted", Y4: "rejected"},
)

case(
    name="yt-actioned-and-channel-gone",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube",
    date=date(9, "02:15"), reply_to_req="req-240903-02",
    subject="Re: [KCSC-240903-02] Request for removal of illegal content on YouTube",
    body=f"""Hi there,

Update regarding KCSC-240903-02:

1) {Y3} has been actioned under our policies.
2) {Y4} could not be reviewed: the channel was deleted by its owner and no
   longer exists on YouTube.

Best regards,
YouTube Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="terse YouTube trust-and-safety update ('has been actioned under our policies')",
    why="'actioned under our policies' is removal (configured phrase); channel deleted by its owner is not_found",
    items={Y3: "removed", Y4: "not_found"},
)

case(
    name="yt-korean-staff-fullwidth",
    **{"from": "kr-legal@google.com"}, name_from="Google Korea Legal",
    date=date(10, "01:37", "+0900"),
    subject="RE: [KCSC-240903-02] YouTube 콘텐츠 삭제 요청 회신",
    body=f"""안녕하세요, 구글코리아 법무팀입니다.

Please find our response to KCSC-240903-02 below.

1. {Y1}：restricted in Korea (국내 접근 제한 조치 완료).
2. {Y3}（Shorts）는 커뮤니티 가이드 위반으로 삭제되었습니다. Removed globally.

감사합니다.
Google Korea Legal
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual reply from a platform's Korean legal staff with full-width punctuation after URLs",
    why="URL followed by full-width colon/parenthesis: first restricted in Korea, second deleted globally",
    items={Y1: "restricted", Y3: "removed"},
)

# ================================================================= Meta
case(
    name="meta-dsa-style-echoed-report",
    **{"from": "noreply@support.facebook.com"}, name_from="Meta",
    date=date(6, "03:05"),
    subject="Decision on your report about content on Instagram",
    body=f"""Your report

Reference number: KCSC-240904-03
Reported by: Korea Communications Standards Commission
Content: {M3}
What you told us: Sale of counterfeit goods, unlawful in the Republic of Korea

Our decision

We reviewed the content against the laws you cited. We have restricted
access to this content in South Korea. The content does not go against our
Community Standards, so it remains available in other countries.

Why we made this decision: the content was found to be unlawful under local
law based on your report. This decision was made by a member of our team.

Learn more about how Meta handles government requests:
https://transparency.meta.com/reports/content-restrictions/

Meta Platforms, Inc.
""",
    outcome="applied", classification="confirmation",
    imitates="Meta local-law content restriction decision with the report echoed above (statement-of-reasons style)",
    why="echoed report then one decision: restricted in Korea; transparency link not an item",
    items={M3: "restricted"},
)

case(
    name="meta-local-law-multi",
    **{"from": "kr-legal-requests@meta.com"}, name_from="Meta Legal Requests",
    date=date(7, "05:50"), reply_to_req="req-240904-03",
    subject="Re: [KCSC-240904-03] Request for removal of illegal content on Facebook and Instagram",
    body=f"""Hello,

Thank you for your request. We have reviewed each item:

Facebook group post
{M1}
We have restricted access to this post in South Korea based on local law.

Facebook post
{M2}
We have restricted access to this post in South Korea based on local law.

Instagram account
{M5}
We did not take action on this account. After review, we did not find that
it violates our Community Standards or that its content is unlawful in
South Korea based on the information provided.

Regards,
Meta Content Regulation Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta government-request reply, one block per reported item",
    why="two posts restricted in Korea, the account kept with a reason (rejected)",
    items={M1: "restricted", M2: "restricted", M5: "rejected"},
)

case(
    name="meta-gmail-quote-reply",
    **{"from": "sohee.lim@meta.com"}, name_from="Sohee Lim",
    date=date(9, "00:26"), reply_to_req="req-240904-03",
    subject="Re: [KCSC-240904-03] Request for removal of illegal content on Facebook and Instagram",
    body=f"""Hi KCSC team,

Quick update on the two Instagram items:

The reel {M4} was removed for violating our Community Standards on
counterfeit goods.

We could not find the post {M3}. It is no longer available on Instagram,
so there was nothing for us to action.

Best,
Sohee
Public Policy, Meta Korea

On Wed, Sep 4, 2024 at 9:40 AM KCSC Takedown <takedown@kcsc.example> wrote:
{request_text("KCSC-240904-03", "Meta", MS)}
""",
    outcome="applied", classification="confirmation",
    imitates="Meta policy staffer reply in Gmail over the quoted request",
    why="reel removed, post could not be found (not_found); quoted request ignored",
    items={M4: "removed", M3: "not_found"},
)

_m_csv = (
    "Content URL,Outcome,Detail\r\n"
    f"{M1},Removed,Community Standards - restricted goods\r\n"
    f"\"{M2}\",Restricted in KR,Local law\r\n"
    f"{M3},Removed,Community Standards - restricted goods\r\n"
    f"{M4},No violation,Content stays up\r\n"
    f"{M5},Not found,Account no longer exists\r\n"
)
case(
    name="meta-csv-base64-attachment",
    **{"from": "kr-legal-requests@meta.com"}, name_from="Meta Legal Requests",
    date=date(12, "08:11"),
    subject="KCSC-240904-03 - outcome report",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_Part_694_meta"

------=_Part_694_meta
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Attached is the outcome report for your request KCSC-240904-03.

Meta Content Regulation Team

------=_Part_694_meta
Content-Type: text/csv; name="outcome_KCSC-240904-03.csv"
Content-Disposition: attachment; filename="outcome_KCSC-240904-03.csv"
Content-Transfer-Encoding: base64

{b64(_m_csv)}
------=_Part_694_meta--
""",
    outcome="applied", classification="confirmation",
    imitates="Meta outcome report as a base64 CSV attachment (CRLF rows, quoted URL with '&')",
    why="CSV rows: removed, restricted in KR, removed, no violation (rejected), not found",
    items={M1: "removed", M2: "restricted", M3: "removed", M4: "rejected", M5: "not_found"},
)

# =============================================================== TikTok
case(
    name="tiktok-thanks-then-outcomes",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date=date(7, "10:40"), reply_to_req="req-240905-04",
    subject="Re: [KCSC-240905-04] Request for removal of illegal content on TikTok",
    body=f"""Hello,

Thank you for your report. We've received it and completed our review.

- {T1}: removed for violating our Community Guidelines (drugs, controlled
  substances and regulated goods)
- {T2}: restricted in your country/region in line with local law
- {T3}: not removed. We did not find a violation of our Community
  Guidelines or local law.

If you disagree with our decision about the last video, you can send us
further information by replying to this email.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome opening with a receipt phrase, then per-video results",
    why="the receipt phrase is followed by unhedged statements: removed, restricted, rejected",
    items={T1: "removed", T2: "restricted", T3: "rejected"},
)

case(
    name="tiktok-angle-brackets",
    **{"from": "noreply-legal@tiktok.com"}, name_from="TikTok",
    date=date(9, "06:06"),
    subject="TikTok: result of your request KCSC-240905-04",
    body=f"""Dear Reporter,

We have removed the following videos from TikTok:
  <{T1}>
  <{T2}>

These videos are no longer viewable on the platform.

Sincerely,
TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok notification with URLs in angle brackets",
    why="two named videos removed",
    items={T1: "removed", T2: "removed"},
)

_t_html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial">
<p>Hi,</p>
<p>Regarding your request <b>KCSC-240905-04</b>:</p>
<p>The video <a href="{T3}">{T3}</a> has been taken down for violating our Community Guidelines.</p>
<p>Best regards,<br>TikTok Trust and Safety</p>
<p style="font-size:10px;color:#888">TikTok Pte. Ltd. | <a href="https://www.tiktok.com/legal/page/global/terms-of-service/en">Terms of Service</a></p>
</body></html>
"""
case(
    name="tiktok-base64-html",
    **{"from": "noreply-legal@tiktok.com"}, name_from="TikTok",
    date=date(10, "09:52"),
    subject="Update on your request KCSC-240905-04",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_t_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok HTML notification sent base64-encoded, with a terms link in the footer",
    why="one named video taken down; the terms link is not an item",
    items={T3: "removed"},
)

# =============================================================== Reddit
case(
    name="reddit-removed-and-geo-restricted",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date=date(9, "17:20"), reply_to_req="req-240906-05",
    subject="Re: [KCSC-240906-05] Request for removal of illegal content on Reddit",
    body=f"""Hello,

We have reviewed your request. Outcome:

{R1}
-> Removed by Reddit for violating our Content Policy (illegal
transactions).

{R2}
-> Geo-restricted: this post is no longer accessible from South Korea
because it was found unlawful under local law.

Reddit Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal operations reply with URL then '->' outcome line",
    why="one post removed by Reddit, one geo-restricted in Korea",
    items={R1: "removed", R2: "restricted"},
)

case(
    name="reddit-ticket-update-author-deleted",
    **{"from": "support@reddit.com"}, name_from="Reddit Support",
    date=date(11, "19:04"),
    subject="[Reddit] Update: request #7741902 (KCSC-240906-05)",
    body=f"""##- Please type your reply above this line -##

Your request #7741902 has been updated.

Reddit Safety (Reddit)
Sep 11, 2024, 12:04 PDT

Hi there,

Thanks for your patience. Here is where things stand:

{R1}
Removed by Reddit's Safety team under our Content Policy.

{R2}
This post was deleted by its author before we reviewed it, so no further
action was needed on our side.

This ticket will now be marked as solved.
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk-style ticket update from Reddit support",
    why="first removed by Reddit; second already deleted by its author (not_found)",
    items={R1: "removed", R2: "not_found"},
)

# ============================================================== Discord
case(
    name="discord-server-removed-message-deleted",
    **{"from": "trust-safety@discord.com"}, name_from="Discord Trust & Safety",
    date=date(12, "02:33"), reply_to_req="req-240910-07",
    subject="Re: [KCSC-240910-07] Request for removal of illegal content on Discord",
    body=f"""Hello,

Thanks for reaching out to Discord Trust & Safety about reference
KCSC-240910-07.

We took action against the server associated with the invite
{D1} - the server has been removed from Discord and
the invite no longer works.

The message at
{D2}
has been deleted, and the user who posted it has been banned from Discord.

For more about how we enforce our policies, see
https://discord.com/safety/our-approach-to-content-moderation

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety outcome (server removed, message deleted, user banned)",
    why="server behind the invite removed; the message deleted; policy link not an item",
    items={D1: "removed", D2: "removed"},
)

case(
    name="discord-invalid-invite-no-violation",
    **{"from": "trust-safety@discord.com"}, name_from="Discord Trust & Safety",
    date=date(13, "04:10"),
    subject="Your report KCSC-240910-07",
    body=f"""Hi,

We looked into the two links in your report KCSC-240910-07.

1. {D1}
   This invite is invalid or has expired, and we were unable to identify
   a server from it.

2. {D2}
   We reviewed this message and it does not violate Discord's Community
   Guidelines, so we will not be taking action on it.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord reply on an invalid invite and a message found not violating",
    why="invalid invite, no server found: not_found; message kept with a reason: rejected",
    items={D1: "not_found", D2: "rejected"},
)

# =============================================================== Twitch
case(
    name="twitch-single-item-no-url",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date=date(11, "22:48"), reply_to_req="req-240909-06",
    subject="Re: [KCSC-240909-06] Request for removal of illegal content on Twitch",
    body="""Hello,

Re: KCSC-240909-06

Following review, the content you reported has been removed from Twitch for
violating our Community Guidelines on gambling promotion.

Regards,
Twitch Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch short outcome reply naming only the reference",
    why="one-item request: 'the content you reported has been removed' applies to its only item",
    items={TW1: "removed"},
)

# =============================================================== REVIEW
case(
    name="x-promise-will-withhold",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date=date(3, "08:15"), reply_to_req="req-240902-01",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content on X",
    body=f"""Hello,

Thank you for your patience. We have reviewed the first posts in your
request and will be withholding the following in South Korea:

{X1}
{X2}

You will receive a confirmation once the action has been completed.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply announcing an action to come",
    why="'will be withholding' is a promise, not a statement that it happened",
    items={X1: "pending", X2: "pending"},
)

case(
    name="yt-hedge-and-under-review",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=date(4, "12:00"),
    subject="Your YouTube legal request KCSC-240903-02",
    body=f"""Hello,

Thanks for your patience while we look into this.

Based on our records, {Y1} appears to have already been removed by the
uploader. {Y2} is still under review by our legal team and we will follow
up with you once we have an update.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim update with a hedge and 'still under review'",
    why="'appears to have been removed' is a hedge, 'under review' is no statement: both stay pending",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="meta-conditional-disable",
    **{"from": "kr-legal-requests@meta.com"}, name_from="Meta Legal Requests",
    date=date(5, "07:35"),
    subject="KCSC-240904-03: next steps for the Instagram account",
    body=f"""Hello,

Regarding the Instagram account {M5} in your request KCSC-240904-03:
we have notified the account holder. If the listings are not taken down by
the account holder within 48 hours, we will disable the account.

We'll let you know the outcome.

Meta Content Regulation Team
""",
    outcome="review", review="not_understood",
    imitates="Meta notice of a conditional action pending the account holder's response",
    why="a condition and a promise about one item, no statement of what happened",
    items={M5: "pending"},
)

case(
    name="x-bulk-all-withheld",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date=date(12, "03:33"), reply_to_req="req-240902-01",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content on X",
    body="""Hello,

We have completed our review of request KCSC-240902-01. All of the posts
and accounts listed in your request have been withheld in South Korea.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal one-line closure covering the whole request",
    why="a statement about all thirteen items without naming any: bulk, items stay pending",
    items={},
)

case(
    name="tiktok-bulk-videos-removed",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date=date(8, "01:19"),
    subject="Re: KCSC-240905-04",
    body="""Hi,

Following our review, the videos you reported under reference
KCSC-240905-04 have been removed for violating our Community Guidelines.

TikTok Legal
""",
    outcome="review", review="bulk",
    imitates="TikTok closure naming the reference only",
    why="'the videos you reported' covers a three-item request without naming them: bulk",
    items={},
)

case(
    name="x-dmarc-fail-removed",
    **{"from": "legal@x.com"}, name_from="X Legal",
    auth="fail",
    date=date(6, "15:58"),
    subject="Re: [KCSC-240902-01] Request for removal of illegal content on X",
    body=f"""Hello,

{X1} has been removed.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X-looking reply whose DKIM/SPF/DMARC fail (relay or spoof)",
    why="claims an x.com sender but fails authentication: untrusted, nothing applied",
    items={X1: "pending"},
)

case(
    name="tiktok-vendor-unknown-sender",
    **{"from": "ts-escalations@ops-partners.example"}, name_from="T&S Escalations (on behalf of TikTok)",
    date=date(8, "09:09"),
    subject="RE: KCSC-240905-04 TikTok content",
    body=f"""Dear KCSC,

Our team handles escalations on behalf of TikTok's regional trust and
safety operations. We can confirm that {T1} has been removed.

Regards,
Escalations Desk
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor replying for a platform from its own domain",
    why="not a TikTok sender domain: unknown_sender, nothing applied",
    items={T1: "pending"},
)

case(
    name="snap-wrong-platform-tiktok-link",
    **{"from": "lawenforcement@snap.com"}, name_from="Snap Law Enforcement Operations",
    date=date(10, "18:40"),
    subject="Re: Request for removal of illegal content",
    body=f"""Hello,

Thank you for contacting Snap Inc. We reviewed the link you submitted:
{T3}

This link does not point to Snapchat content, and we were unable to
locate it on our services. Snap can only act on content hosted on
Snapchat.

Snap Law Enforcement Operations
""",
    outcome="review", review="wrong_platform",
    imitates="Snap reply to a misdirected request about another platform's link",
    why="Snap states it cannot find a TikTok item: wrong platform, nothing applied",
    items={T3: "pending"},
)

case(
    name="telegram-unmatched-channel",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=date(13, "12:12"),
    subject="Re: Notice regarding Telegram channel",
    body="""Hello,

Case #5520917

The channel https://t.me/sunny_market_kr has been blocked for users in
South Korea. The post https://t.me/sunny_market_kr/1180 is no longer
available.

Telegram Abuse Team
""",
    outcome="review", review="unmatched_claims",
    imitates="Telegram abuse-desk outcome about channels not in any of our requests",
    why="trusted Telegram statements about URLs we never requested",
    items={},
)

case(
    name="reddit-asks-for-legal-basis",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date=date(7, "20:02"), reply_to_req="req-240906-05",
    subject="Re: [KCSC-240906-05] Request for removal of illegal content on Reddit",
    body=f"""Hello,

Thank you for your request KCSC-240906-05. Before we can act on it, please
send us:

1. a copy of the order or decision requiring removal, or the specific
   statutory provision that the content violates; and
2. for {R1}, which comments in the thread you consider unlawful, if not
   the post itself.

Once we receive this information we will continue our review.

Reddit Legal Operations
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal request for the legal basis and clarification",
    why="the platform asks for documents before acting; no status",
    items={R1: "pending"},
)

case(
    name="discord-forwarded-ts-note",
    **{"from": "jaewon.kim@discord.com"}, name_from="Jaewon Kim",
    date=date(12, "05:55"),
    subject="Fwd: Outcome of report KCSC-240910-07",
    body=f"""Hi,

Forwarding our Trust & Safety team's note below for your records.

Jaewon
Discord Public Policy, APAC

---------- Forwarded message ---------
From: Discord Trust & Safety <trust-safety@discord.com>
Date: Thu, Sep 12, 2024 at 11:02 AM
Subject: Outcome of report KCSC-240910-07
To: Jaewon Kim <jaewon.kim@discord.com>

The server associated with {D1} has been removed from Discord.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail forward by a platform's policy staffer of an internal outcome note",
    why="the statement is only in the forwarded part: review forwarded, nothing applied",
    items={D1: "pending"},
)

case(
    name="x-portal-notice-no-claims",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date=date(16, "00:30"),
    subject="Notice: changes to the X legal request portal",
    body="""Hello,

You are receiving this message because your organisation is registered to
submit legal requests to X.

From 1 October 2024 the legal request portal moves to a new address:
https://legalrequests.x.com/

Requests sent by email will continue to be accepted during a transition
period. No action is needed from you.

X Legal
""",
    outcome="review", review="no_claims", classification="other",
    imitates="X notice to registered government reporters about a portal change",
    why="trusted X mail naming no item and no request; the portal link is not an item",
    items={},
)

# ============================================================== IGNORED
case(
    name="x-out-of-office",
    **{"from": "m.ortega@x.com"}, name_from="Marta Ortega",
    date=date(2, "01:21"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    subject="Automatic reply: [KCSC-240902-01] Request for removal of illegal content on X",
    body="""Thank you for your email. I am out of the office until 16 September
with limited access to email. For legal requests please write to
legal@x.com; your message will not be forwarded.

Marta
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply (out of office)",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="yt-ooo-with-request-below",
    **{"from": "seoyeon.park@google.com"}, name_from="Seoyeon Park",
    date=date(3, "02:10"),
    extra_headers=["Auto-Submitted: auto-replied"],
    subject="Out of Office: [KCSC-240903-02] Request for removal of illegal content on YouTube",
    body=f"""I'm away until Monday, 9 September, and will reply when I'm back.
For anything urgent, please contact legal-kr@google.com.

-------- Original message --------
From: KCSC Takedown <takedown@kcsc.example>
Date: 3 Sep 2024 11:05
Subject: [KCSC-240903-02] Request for removal of illegal content on YouTube

{request_text("KCSC-240903-02", "YouTube", YS, prefix="")}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail vacation responder that includes the original message",
    why="auto-reply; the URLs are only in the included request",
    items={},
)

_dsn_hdrs = """Return-Path: <takedown@kcsc.example>
From: KCSC Takedown <takedown@kcsc.example>
To: legal-korea@tiktok.com
Subject: [KCSC-240905-04] Request for removal of illegal content on TikTok
Message-ID: <req-240905-04@kcsc.example>
Date: Thu, 05 Sep 2024 14:10:00 +0900"""
case(
    name="tiktok-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx-in.tiktok.com"}, name_from="Mail Delivery Subsystem",
    auth="none",
    date=date(5, "05:12"),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.694.tt"

--dsn.694.tt
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx-in.tiktok.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-korea@tiktok.com>: host mbx.tiktok.com[203.0.113.44] said: 550 5.1.1
    <legal-korea@tiktok.com>: Recipient address rejected: User unknown

--dsn.694.tt
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-in.tiktok.com
Arrival-Date: Thu,  5 Sep 2024 05:10:02 +0000 (UTC)

Final-Recipient: rfc822; legal-korea@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn.694.tt
Content-Type: text/rfc822-headers

{_dsn_hdrs}

--dsn.694.tt--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (550 user unknown)",
    why="bounce of our own request",
    items={},
)

case(
    name="meta-read-receipt",
    **{"from": "sohee.lim@meta.com"}, name_from="Sohee Lim",
    date=date(4, "02:03"),
    subject="Read: [KCSC-240904-03] Request for removal of illegal content on Facebook and Instagram",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_694_meta"

--mdn_694_meta
Content-Type: text/plain; charset=utf-8

Your message

  To: kr-legal-requests@meta.com
  Subject: [KCSC-240904-03] Request for removal of illegal content on Facebook and Instagram
  Sent: Wednesday, September 4, 2024 9:40 AM (UTC+09:00) Seoul

was read on Wednesday, September 4, 2024 11:03 AM (UTC+09:00) Seoul.

--mdn_694_meta
Content-Type: message/disposition-notification

Reporting-UA: Microsoft Outlook 16.0
Final-Recipient: rfc822;sohee.lim@meta.com
Original-Message-ID: <req-240904-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_694_meta--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="tiktok-receipt-echoes-urls",
    **{"from": "noreply-legal@tiktok.com"}, name_from="TikTok",
    date=date(5, "05:31"),
    extra_headers=["Auto-Submitted: auto-generated"],
    subject="We've received your request (KCSC-240905-04)",
    body=f"""Thank you for contacting TikTok.

We've received your request and it has been assigned ticket number
TT-LR-8830145. Our team will review the information you submitted.

Summary of your submission:
Reference: KCSC-240905-04
Reported URLs:
{T1}
{T2}
{T3}

Please do not reply to this message.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok legal web-form receipt echoing the submission",
    why="pure receipt with a ticket number; the echoed URLs carry no status",
    items={},
)

case(
    name="reddit-zendesk-receipt",
    **{"from": "support@reddit.com"}, name_from="Reddit Support",
    date=date(6, "01:15"),
    extra_headers=["Auto-Submitted: auto-generated"],
    subject="[Reddit] Re: [KCSC-240906-05] Request for removal of illegal content on Reddit",
    body="""##- Please type your reply above this line -##

Your request (#7741902) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk automatic ticket receipt",
    why="ticket created, nothing stated about items",
    items={},
)

case(
    name="discord-ticket-autoreply",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date=date(10, "01:16"),
    extra_headers=["Auto-Submitted: auto-replied"],
    subject="Re: [KCSC-240910-07] Request for removal of illegal content on Discord",
    body="""Hello,

Thanks for writing in. This is an automated message to let you know we've
received your email and created ticket #38192044. A member of our team
will get back to you as soon as possible.

Discord Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord support automatic ticket acknowledgement",
    why="automatic receipt only",
    items={},
)

HEADER = """# Blind set blind694: English notices from many platforms (X, YouTube,
# Meta, TikTok, Reddit, Discord, Twitch; Snap and Telegram in review cases).
# Written by make.py from each email's meaning before any run of the reader.
# Each case is judged alone on a fresh ledger holding requests.csv."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(f"{len(CASES)} cases")
