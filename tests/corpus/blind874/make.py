#!/usr/bin/env python3
"""Blind set 874: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).

Written before any run of the reader: every expected result below comes from
the meaning of the email alone. Deterministic: running it twice changes
nothing.

    python3 tests/corpus/blind874/make.py
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
X = [
    "https://x.com/moonlit_bazaar/status/1830511204478812161",
    "https://x.com/moonlit_bazaar/status/1830522981130244402",
    "https://x.com/gold_ferret_kr/status/1830607718264430593",
    "https://x.com/gold_ferret_kr/status/1830641150912872964",
    "https://x.com/quickloan_seoul/status/1830702236617588805",
    "https://x.com/quickloan_seoul/status/1830718842004316166",
    "https://x.com/quickloan_seoul/status/1830733390188654597",
    "https://x.com/pale_lantern88/status/1830790047723528198",
    "https://x.com/pale_lantern88/status/1830801675534999559",
    "https://x.com/hanriver_tips/status/1830866021398716420",
    "https://x.com/sunbeam_dealer/status/1830912384470855681",
    "https://x.com/sunbeam_dealer/status/1830934419906134022",
]
Y = [
    "https://www.youtube.com/watch?v=Qm3rT8vLpZa",
    "https://www.youtube.com/watch?v=bN7kW2xYcE4",
    "https://www.youtube.com/shorts/Hd5Gq1Zr0Ps",
    "https://www.youtube.com/@grey_pawnshop_tv",
]
M2_RAW = "https://www.facebook.com/급전대출센터"
M2 = "https://www.facebook.com/" + quote("급전대출센터")
M = [
    "https://www.facebook.com/groups/earlypaydayclub/posts/8812093345120457/",
    M2,
    "https://www.instagram.com/p/C9xQ2mLhT4w/",
    "https://www.instagram.com/p/C9zB7nKsV1e/",
    "https://www.instagram.com/quick_cash_gangnam/",
]
T = [
    "https://www.tiktok.com/@nightowl_pills/video/7409912233445566778",
    "https://www.tiktok.com/@nightowl_pills/video/7410023344556677889",
    "https://www.tiktok.com/@seoul_fastcash/video/7410134455667788990",
]
R = [
    "https://www.reddit.com/r/koreadeals/comments/1fb3k9x/cheap_meds_no_prescription/",
    "https://www.reddit.com/user/lantern_pharma_kr/comments/1fb4m2q/dm_for_price_list/",
]
G = [
    "https://t.me/fastloan_seoul_bot",
    "https://t.me/grey_market_kr/4471",
]
D = ["https://discord.gg/q7NbKfXz3"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00", X,
     "illegal-lending", "unregistered lending ads, 5 accounts"),
    ("KCSC-240905-02", "youtube", "2024-09-05T11:30:00+09:00", "2024-09-12T23:59:59+09:00", Y,
     "fraud", "pawn-loan scam videos and channel"),
    ("KCSC-240909-03", "meta", "2024-09-09T09:40:00+09:00", "2024-09-16T23:59:59+09:00", M,
     "illegal-lending", "Facebook group post, Page, Instagram posts and account"),
    ("KCSC-240911-04", "tiktok", "2024-09-11T14:05:00+09:00", "2024-09-18T23:59:59+09:00", T,
     "drugs", "prescription drug sales"),
    ("KCSC-240913-05", "reddit", "2024-09-13T10:20:00+09:00", "2024-09-20T23:59:59+09:00", R,
     "drugs", "prescription drug sales"),
    ("KCSC-240916-06", "telegram", "2024-09-16T16:45:00+09:00", "2024-09-23T23:59:59+09:00", G,
     "illegal-lending", "loan bot and channel post"),
    ("KCSC-240918-07", "discord", "2024-09-18T13:10:00+09:00", "2024-09-25T23:59:59+09:00", D,
     "gambling", "illegal gambling server invite"),
]
PNAME = {"x": "X", "youtube": "YouTube", "meta": "Meta", "tiktok": "TikTok",
         "reddit": "Reddit", "telegram": "Telegram", "discord": "Discord"}
SENT_HUMAN = {
    "KCSC-240903-01": ("Tue, Sep 3, 2024 at 10:00 AM", "Tuesday, September 3, 2024 10:00 AM"),
    "KCSC-240905-02": ("Thu, Sep 5, 2024 at 11:30 AM", "Thursday, September 5, 2024 11:30 AM"),
    "KCSC-240909-03": ("Mon, Sep 9, 2024 at 9:40 AM", "Monday, September 9, 2024 9:40 AM"),
    "KCSC-240911-04": ("Wed, Sep 11, 2024 at 2:05 PM", "Wednesday, September 11, 2024 2:05 PM"),
    "KCSC-240913-05": ("Fri, Sep 13, 2024 at 10:20 AM", "Friday, September 13, 2024 10:20 AM"),
    "KCSC-240916-06": ("Mon, Sep 16, 2024 at 4:45 PM", "Monday, September 16, 2024 4:45 PM"),
    "KCSC-240918-07": ("Wed, Sep 18, 2024 at 1:10 PM", "Wednesday, September 18, 2024 1:10 PM"),
}


def req_mid(ref):
    return ref.lower() + ".req"


def req_by_ref(ref):
    return next(r for r in REQUESTS if r[0] == ref)


def subject(ref):
    return f"[{ref}] Request for removal of illegal content"


def request_text(ref):
    _, pid, _, _, urls, _, _ = req_by_ref(ref)
    raw = [M2_RAW if u == M2 else u for u in urls]
    lines = [
        f"Dear {PNAME[pid]} team,",
        "",
        "The Korea Communications Standards Commission (KCSC) has found that the",
        "content at the addresses below violates Korean law, and requests that",
        f"you remove it or block access to it from Korea (our reference {ref}):",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(raw, 1)]
    lines += [
        "",
        "Please reply to this address stating the action taken for each address.",
        "",
        "KCSC Takedown Desk",
        "takedown@kcsc.example",
    ]
    return lines


def gmail_quote(ref):
    when = SENT_HUMAN[ref][0]
    out = [f"On {when} KCSC Takedown <takedown@kcsc.example> wrote:"]
    out += [("> " + l).rstrip() for l in request_text(ref)]
    return "\n".join(out)


def outlook_quote(ref):
    when = SENT_HUMAN[ref][1]
    out = [
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {when}",
        "To: legal@x.com",
        f"Subject: {subject(ref)}",
        "",
    ]
    return "\n".join(out + request_text(ref))


def alt(text, html, boundary):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n\n"
        f"--{boundary}\n"
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{html.strip()}\n\n"
        f"--{boundary}--\n"
    )


def qp(text):
    return quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def html_table(rows, head):
    cells = "".join(f"<th style=\"text-align:left;padding:4px\">{h}</th>" for h in head)
    body = []
    for r in rows:
        body.append("<tr>" + "".join(f"<td style=\"padding:4px\">{c}</td>" for c in r) + "</tr>")
    return ('<table border="1" cellspacing="0" style="border-collapse:collapse">\n'
            f"<tr>{cells}</tr>\n" + "\n".join(body) + "\n</table>")


# ------------------------------------------------------------------- cases
CASES = []


def case(**c):
    CASES.append(c)


R1, R2, R3, R4, R5, R6, R7 = (r[0] for r in REQUESTS)

# ---- X ------------------------------------------------------------------
case(
    name="x-withheld-kr-top-posted",
    date="Wed, 04 Sep 2024 07:18:22 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Re: " + subject(R1), reply_to_req=req_mid(R1),
    body=f"""
Hello,

Thank you for your report, reference {R1}.

After reviewing the reported content against the applicable local law, X has
withheld the following posts in South Korea:

{X[0]}
{X[1]}
{X[2]}

In line with our practice, the account holders have been told about the
country withholding. Our decisions on the other URLs in your report will
follow in a separate message.

Regards,
X Legal

{gmail_quote(R1)}
""",
    outcome="applied", classification="confirmation",
    imitates="X Legal country-withheld-content (CWC) reply to a government legal request, top-posted over Gmail quote",
    why="three posts named and stated withheld in South Korea; the quoted request below 'On ... wrote:' says nothing",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted"},
)

case(
    name="x-numbered-action-lines",
    date="Thu, 05 Sep 2024 02:41:09 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject=f"Re: {subject(R1)} - items 4 to 7",
    body=f"""
Hi KCSC team,

We have completed our review of items 4 to 7 of your notice {R1}.

1. {X[3]}
   Action: Withheld in South Korea (KR)

2. {X[4]}
   Action: Removed - violation of the X Rules (illegal or certain regulated
   goods and services)

3. {X[5]}
   Action: No action. We did not find that this post violates the X Rules,
   and the notice does not establish that it is unlawful in Korea.

4. {X[6]}
   Action: None - we could not locate this post on X.

If you believe we have made an error, you may reply to this email with
further legal analysis.

Thanks,
X Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="X Legal per-URL outcome list for a legal removal request",
    why="numbered list, each URL with an 'Action:' line under it: withheld, removed, no action (refusal with reason), could not locate",
    items={X[3]: "restricted", X[4]: "removed", X[5]: "rejected", X[6]: "not_found"},
)

case(
    name="x-reported-url-status-blocks",
    date="Thu, 05 Sep 2024 09:03:55 +0000",
    **{"from": "noreply@x.com"}, name_from="X Support",
    subject=f"Update on your report [{R1}]",
    body=f"""
Hello,

Here is an update on your report.

Reported URL: {X[7]}
Status: Account suspended. The content is no longer available on X.

Reported URL: {X[8]}
Status: Withheld in KR

Please do not reply to this automated message. To send us more information,
use the reply link in your original confirmation.

X Safety
https://help.x.com/en/rules-and-policies/enforcement-options
""",
    outcome="applied", classification="confirmation",
    imitates="X Support report-update email with 'Reported URL / Status' blocks",
    why="status line below each URL: suspended account, content no longer available (removed); withheld in KR (restricted); help link is not an item",
    items={X[7]: "removed", X[8]: "restricted"},
)

x_rows = [
    (X[0], "Withheld", "KR"), (X[1], "Withheld", "KR"), (X[2], "Withheld", "KR"),
    (X[3], "Withheld", "KR"), (X[4], "Removed (X Rules)", "Global"),
    (X[5], "No violation - no action", "-"), (X[6], "Not found", "-"),
    (X[7], "Account suspended", "Global"), (X[8], "Withheld", "KR"),
    (X[9], "Withheld", "KR"), (X[10], "No violation - no action", "-"),
    (X[11], "Deleted by account holder before review", "-"),
]
x_status = ["restricted", "restricted", "restricted", "restricted", "removed", "rejected",
            "not_found", "removed", "restricted", "restricted", "rejected", "not_found"]
case(
    name="x-html-table-full-request",
    date="Fri, 06 Sep 2024 06:27:40 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Re: " + subject(R1), reply_to_req=req_mid(R1),
    raw_mime=alt(
        "This message contains a table of outcomes. Please view it in an HTML capable mail client.",
        "<html><body><p>Dear KCSC,</p>\n"
        f"<p>Please find below the final outcome for every URL in your request {R1}.</p>\n"
        + html_table([(f'<a href="{u}">{u}</a>', a, s) for u, a, s in x_rows],
                     ["Reported URL", "Action taken", "Scope"])
        + "\n<p>Withheld content remains visible outside the listed country. "
        "Appeals: <a href=\"https://help.x.com/en/forms/legal\">help.x.com/en/forms/legal</a></p>\n"
        "<p>X Legal</p></body></html>",
        "b874-x-table"),
    outcome="applied", classification="confirmation",
    imitates="X Legal final-outcome table for a multi-URL government request (HTML email)",
    why="all twelve URLs in an HTML table with an action column; text part has no statements",
    items=dict(zip(X, x_status)),
)

csv_text = "url,action,country\r\n" + "\r\n".join([
    f"{X[6]},withheld,KR",
    f"{X[7]},removed - account suspended,",
    f"{X[8]},no violation found,",
    f"{X[9]},withheld,KR",
    f"{X[10]},not found,",
    f"{X[11]},removed,",
]) + "\r\n"
case(
    name="x-csv-attachment",
    date="Fri, 06 Sep 2024 11:52:13 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject=f"RE: {R1} outcome (remaining items)",
    raw_mime=(
        'Content-Type: multipart/mixed; boundary="b874-x-csv"\n\n'
        "--b874-x-csv\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"Hello,\n\nAttached is the outcome for the remaining URLs of request {R1},\n"
        "one row per URL. The 'country' column shows where content was withheld.\n\n"
        "Kind regards,\nX Legal\n\n"
        "--b874-x-csv\n"
        'Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"\n'
        'Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"\n'
        "Content-Transfer-Encoding: base64\n\n"
        f"{b64(csv_text)}\n"
        "--b874-x-csv--\n"),
    outcome="applied", classification="confirmation",
    imitates="legal team reply with a per-URL outcome spreadsheet exported as CSV",
    why="base64 CSV attachment with url/action/country columns; six statuses",
    items={X[6]: "restricted", X[7]: "removed", X[8]: "rejected", X[9]: "restricted",
           X[10]: "not_found", X[11]: "removed"},
)

case(
    name="x-outlook-suspended-account",
    date="Wed, 04 Sep 2024 23:10:31 +0000",
    **{"from": "jmorales@x.com"}, name_from="Julia Morales",
    subject="RE: " + subject(R1), reply_to_req=req_mid(R1),
    body=f"""
Hi,

Following up on your request {R1}: the account @quickloan_seoul has been
permanently suspended, so the three posts below are no longer viewable on X.

<{X[4]}>
<{X[5]}>
<{X[6]}>

Best,
Julia Morales
Legal Policy Specialist | X Corp.

{outlook_quote(R1)}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal staff reply in Outlook, over an unquoted '-----Original Message-----' block",
    why="three URLs in angle brackets under a statement that the account is suspended and the posts no longer viewable; the original request below is not a statement",
    items={X[4]: "removed", X[5]: "removed", X[6]: "removed"},
)

case(
    name="x-korea-bilingual-particles",
    date="Mon, 09 Sep 2024 01:15:08 +0000",
    **{"from": "legal-kr@x.com"}, name_from="X Korea Legal",
    subject=f"회신: {subject(R1)}",
    body=f"""
안녕하세요, X 법무팀입니다.
요청번호 {R1} 관련하여 회신드립니다.

{X[9]}은 대한민국 내에서 접근이 제한(withheld)되었습니다.
{X[10]} 게시물은 X 규칙 위반으로 삭제되었습니다。

[English]
The first post above has been withheld in South Korea. The second post has
been removed for violating the X Rules.

감사합니다.
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X Korea legal staff bilingual reply (Korean sentences with an English summary)",
    why="URL followed directly by the Korean particle 은 and full-width full stop; 접근이 제한 = restricted, 삭제 = removed",
    items={X[9]: "restricted", X[10]: "removed"},
)

case(
    name="x-echoed-report-outcomes",
    date="Sat, 07 Sep 2024 04:44:19 +0000",
    **{"from": "noreply@x.com"}, name_from="X",
    subject=f"We've reviewed your report ({R1})",
    body=f"""
We've reviewed your report

Thanks for letting us know about this content. Here is what we found.

Your report
  Reported content: {X[10]}
  Reported for: Illegal content - South Korea
  Outcome: We reviewed this post and found no violation of the X Rules. We
  also did not find the post subject to withholding under the law cited.
  No action has been taken.

  Reported content: {X[11]}
  Reported for: Illegal content - South Korea
  Outcome: This post was deleted by the account holder before our review.

Learn more about our rules: https://x.com/rules
""",
    outcome="applied", classification="confirmation",
    imitates="X 'We've reviewed your report' notification echoing the report fields",
    why="echoed report blocks each with an Outcome line: no violation, no action (rejected); deleted by its author (not_found)",
    items={X[10]: "rejected", X[11]: "not_found"},
)

case(
    name="x-promise-within-48h",
    date="Wed, 04 Sep 2024 03:02:47 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Re: " + subject(R1), reply_to_req=req_mid(R1),
    body=f"""
Hello,

We have accepted your notice {R1}. We expect to withhold the posts below in
South Korea within 48 hours, once the internal legal review is complete:

{X[0]}
{X[1]}

We will write again when the action has been taken.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X Legal interim reply promising action after internal review",
    why="only a promise ('expect to withhold ... once ... complete'); names two items, states nothing done",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-bulk-all-withheld",
    date="Sat, 07 Sep 2024 08:30:00 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Re: " + subject(R1), reply_to_req=req_mid(R1),
    body=f"""
Hello,

This is to confirm that all of the content reported in your request {R1}
has now been withheld in South Korea.

Best regards,
X Legal
""",
    outcome="review", review="bulk",
    imitates="short legal-team confirmation covering a whole request without listing URLs",
    why="'all of the content reported' for a twelve-item request, no URL named: bulk statement",
    items={},
)

case(
    name="x-dmarc-fail-removed",
    date="Thu, 05 Sep 2024 15:22:10 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    subject=f"Re: {subject(R1)}",
    body=f"""
Dear KCSC,

The posts below have been removed from X following your request {R1}:

{X[1]}
{X[2]}

X Legal
""",
    outcome="review", review="untrusted",
    imitates="legal outcome email whose X domain fails DKIM/SPF/DMARC",
    why="claims from x.com but authentication failed: nothing applied",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="x-out-of-office",
    date="Tue, 03 Sep 2024 01:00:41 +0000",
    **{"from": "jmorales@x.com"}, name_from="Julia Morales",
    subject=f"Automatic reply: {subject(R1)}",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until Monday, 9 September, with limited access to
email. For urgent legal requests please write to legal@x.com.

Julia Morales
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from a platform employee",
    why="out-of-office auto-reply naming the request only in its subject",
    items={},
)

# ---- YouTube ------------------------------------------------------------
case(
    name="yt-legal-blocked-kr-and-removed",
    date="Fri, 06 Sep 2024 05:12:33 +0000",
    **{"from": "youtube-legal@google.com"}, name_from="YouTube Legal Support",
    subject="Re: " + subject(R2), reply_to_req=req_mid(R2),
    body=f"""
Hello,

Thanks for reaching out to us.

Upon review, and in accordance with local law, we have blocked the following
content from view on YouTube in South Korea:

- {Y[0]}
- {Y[1]}

We have also removed the following content from YouTube for violating our
Community Guidelines:

- {Y[2]}

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals team 'we have blocked the following content from view in <country>' reply",
    why="two videos under 'blocked from view in South Korea' (restricted), one Short under 'removed' (removed)",
    items={Y[0]: "restricted", Y[1]: "restricted", Y[2]: "removed"},
)

case(
    name="yt-channel-terminated",
    date="Mon, 09 Sep 2024 07:48:02 +0000",
    **{"from": "youtube-legal@google.com"}, name_from="YouTube Legal Support",
    subject=f"Re: {subject(R2)}",
    body=f"""
Hi there,

Regarding {R2}: the channel {Y[3]} has been terminated for repeated
violations of our spam, deceptive practices and scams policies. Its videos
are no longer available on YouTube.

We are still reviewing the other URLs in your request.

Best,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice in a legal-support reply",
    why="channel terminated = removed; 'still reviewing the other URLs' names none",
    items={Y[3]: "removed"},
)

yt_qp_text = f"""
Hello,

Thank you for your patience while we reviewed your request {R2}.

After review, we’ve age-restricted the video {Y[0]} so that it can only be viewed by signed-in users aged 18 and over.

We won’t be taking action on {Y[1]}. We didn’t find that it violates our Community Guidelines, and we did not find sufficient basis to block it under local law.

Sincerely,
YouTube Legal Support
"""
case(
    name="yt-qp-age-restricted-and-declined",
    date="Tue, 10 Sep 2024 02:20:55 +0000",
    **{"from": "youtube-legal@google.com"}, name_from="YouTube Legal Support",
    subject="Re: " + subject(R2), reply_to_req=req_mid(R2),
    raw_mime=(
        "Content-Type: text/plain; charset=UTF-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        + qp(yt_qp_text)),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support reply (quoted-printable) with an age restriction and a declined URL",
    why="age-restricted = restricted; 'won't be taking action ... didn't find that it violates' = rejected",
    items={Y[0]: "restricted", Y[1]: "rejected"},
)

case(
    name="yt-url-below-statement",
    date="Wed, 11 Sep 2024 06:05:17 +0000",
    **{"from": "youtube-legal@google.com"}, name_from="YouTube Legal Support",
    subject=f"Re: {subject(R2)}",
    body=f"""
Hello,

We have reviewed the remaining content in your request {R2}.

The video below has been removed for violating YouTube's Community
Guidelines:

{Y[1]}

The Short below was reviewed and remains available. We did not find that it
violates our policies, and we did not find a sufficient basis to block it
under local law:

{Y[2]}

If you have additional information, you can submit a new request at
https://support.google.com/legal/answer/3110420

The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support reply with each URL on the line below its decision",
    why="statement paragraph then the URL: removed; remains available, no violation = rejected; support link is not an item",
    items={Y[1]: "removed", Y[2]: "rejected"},
)

case(
    name="yt-hedge-uploader-took-down",
    date="Sun, 08 Sep 2024 22:39:14 +0000",
    **{"from": "youtube-legal@google.com"}, name_from="YouTube Legal Support",
    subject="Re: " + subject(R2), reply_to_req=req_mid(R2),
    body=f"""
Hi,

Quick note on {R2}. It looks like these two may already have been taken
down by the uploader:

{Y[0]}
{Y[2]}

We're checking with the team and will confirm the status of all four URLs
in our formal response.

Thanks,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="informal interim note from a YouTube legal-support agent",
    why="hedged ('looks like ... may already have been') and a promise to confirm: no statement",
    items={Y[0]: "pending", Y[2]: "pending"},
)

case(
    name="yt-legal-receipt",
    date="Thu, 05 Sep 2024 02:31:06 +0000",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support",
    subject=f"Your legal removal request [{R2}] - received",
    body=f"""
Thank you for submitting your request ({R2}) to Google.

This is an automated message confirming that we have received it. Our team
will review the request and respond when the review is complete. You do not
need to send the request again.

Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal removal request auto-acknowledgement",
    why="pure receipt: no item, no decision",
    items={},
)

# ---- Meta ---------------------------------------------------------------
case(
    name="meta-dsa-style-decision",
    date="Wed, 11 Sep 2024 09:14:50 +0000",
    **{"from": "legal-requests@support.facebook.com"}, name_from="Meta Legal Requests",
    subject=f"Decision on your report {R3}",
    body=f"""
Decision on your report about content on Facebook and Instagram

Your reference: {R3}
Meta reference: 2284401957113

Item 1
Content: {M2_RAW}
Decision: Access to this Page has been restricted in South Korea.
Basis: Local law, as set out in your notice. The Page remains available in
other countries.
Automated means used: No

Item 2
Content: {M[2]}
Decision: Removed.
Basis: Instagram Community Guidelines (restricted goods and services).
Automated means used: No

The account holders have been informed of these decisions and of how to
appeal. More information: https://transparency.meta.com/enforcement/

Meta Platforms Ireland Limited
""",
    outcome="applied", classification="confirmation",
    imitates="Meta decision notice laid out like a DSA Article 17 statement of reasons",
    why="Page restricted in South Korea (raw Korean path matches the percent-encoded request URL); Instagram post removed",
    items={M2: "restricted", M[2]: "removed"},
)

case(
    name="meta-instagram-bullets",
    date="Thu, 12 Sep 2024 03:27:44 +0000",
    **{"from": "noreply@mail.instagram.com"}, name_from="Instagram",
    subject=f"Update on your report ({R3})",
    body=f"""
Hi,

We reviewed the content you reported and found that it goes against our
Community Guidelines. Here's what we did:

  \u2022 <{M[2]}> \u2013 post removed
  \u2022 <{M[4]}> \u2013 account disabled

Thanks for helping keep Instagram safe.

Instagram Help Center: https://help.instagram.com/
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'update on your report' notification",
    why="bulleted URLs in angle brackets with a dash and the action: post removed, account disabled",
    items={M[2]: "removed", M[4]: "removed"},
)

case(
    name="meta-instagram-post-stays-up",
    date="Fri, 13 Sep 2024 05:55:21 +0000",
    **{"from": "legal-requests@support.facebook.com"}, name_from="Meta Legal Requests",
    subject="Re: " + subject(R3), reply_to_req=req_mid(R3),
    body=f"""
Hello,

Thank you for your report {R3}.

After careful review, we found that the Instagram post at {M[3]} does not go
against our Community Guidelines. Our legal review also did not find that
the post is unlawful in South Korea based on the information provided. The
post therefore remains available.

Regards,
Meta Legal Requests
""",
    outcome="applied", classification="confirmation",
    imitates="Meta legal removal request outcome declining to act",
    why="refusal with its reason (no Guidelines violation, not unlawful): rejected",
    items={M[3]: "rejected"},
)

meta_qp_text = (
    f"Hello,\n\nWe're writing about your report {R3}.\n\n"
    f"We removed the following post from the Facebook group for going against our Community Standards on regulated goods and services: {M[0]}\n\n"
    "The person who posted it has been notified.\n\n"
    "The Facebook Team\n"
)
case(
    name="meta-qp-soft-wrapped-url",
    date="Tue, 10 Sep 2024 12:40:09 +0000",
    **{"from": "notification@facebookmail.com"}, name_from="Facebook",
    subject=f"We removed the post you reported ({R3})",
    raw_mime=(
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        + qp(meta_qp_text)),
    outcome="applied", classification="confirmation",
    imitates="Facebook report-outcome notification in quoted-printable, a long URL split by soft line breaks",
    why="group post removed; the URL is cut by QP soft breaks only",
    items={M[0]: "removed"},
)

meta_rows = [
    (M[0], "Removed", "Community Standards"),
    (M2_RAW, "Restricted in South Korea", "Local law"),
    (M[2], "Removed", "Community Guidelines"),
    (M[3], "No action - does not violate our policies or local law", "-"),
    (M[4], "Content not found - account no longer exists", "-"),
]
case(
    name="meta-html-table",
    date="Mon, 16 Sep 2024 08:02:36 +0000",
    **{"from": "legal-requests@support.facebook.com"}, name_from="Meta Legal Requests",
    subject="Re: " + subject(R3), reply_to_req=req_mid(R3),
    raw_mime=alt(
        f"Outcome of report {R3}: see the table in the HTML version of this email.",
        "<html><body><p>Hello,</p>\n"
        f"<p>Below is the outcome for each item in your report {R3}.</p>\n"
        + html_table(meta_rows, ["Content", "Outcome", "Basis"])
        + "\n<p>Meta Legal Requests</p></body></html>",
        "b874-meta-table"),
    outcome="applied", classification="confirmation",
    imitates="Meta legal-requests outcome table (HTML)",
    why="five rows: removed, restricted in KR (raw Korean path), removed, no action (rejected), account no longer exists (not_found)",
    items={M[0]: "removed", M2: "restricted", M[2]: "removed", M[3]: "rejected", M[4]: "not_found"},
)

case(
    name="meta-hedge-account-deactivated",
    date="Wed, 11 Sep 2024 01:19:58 +0000",
    **{"from": "legal-requests@support.facebook.com"}, name_from="Meta Legal Requests",
    subject="Re: " + subject(R3), reply_to_req=req_mid(R3),
    body=f"""
Hello,

Regarding {R3}: the Instagram account {M[4]} may have been deactivated by
its owner, but we are unable to confirm this at this time. We will update
you once our review of the report is complete.

Regards,
Meta Legal Requests
""",
    outcome="review", review="not_understood",
    imitates="Meta interim reply with an unconfirmed observation",
    why="'may have been deactivated ... unable to confirm': hedge, not a statement",
    items={M[4]: "pending"},
)

case(
    name="vendor-claims-for-meta",
    date="Thu, 12 Sep 2024 10:33:27 +0000",
    **{"from": "review-desk@trustops-apac.example"}, name_from="TrustOps APAC Review Desk",
    subject=f"Re: {subject(R3)}",
    body=f"""
Dear KCSC,

We handle content review on behalf of Meta for the APAC region. In relation
to {R3}, the following Instagram posts have been removed:

{M[2]}
{M[3]}

Kind regards,
Review Desk
TrustOps APAC
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced review vendor writing on a platform's behalf from its own domain",
    why="sender domain belongs to no configured platform: claims not applied",
    items={M[2]: "pending", M[3]: "pending"},
)

# ---- TikTok -------------------------------------------------------------
case(
    name="tiktok-local-law-restricted",
    date="Fri, 13 Sep 2024 04:06:12 +0000",
    **{"from": "legal-notices@tiktok.com"}, name_from="TikTok Legal",
    subject="Re: " + subject(R4), reply_to_req=req_mid(R4),
    body=f"""
Dear Sir or Madam,

Thank you for your notice {R4}.

We have reviewed the reported content. In line with local law, we have
restricted the following videos in South Korea:

{T[0]}
{T[1]}

The following video violated our Community Guidelines and has been removed
from TikTok:

{T[2]}

Kind regards,
TikTok Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government-request outcome: restricted in country / removed for Community Guidelines",
    why="two URLs under 'restricted ... in South Korea', one under 'removed'",
    items={T[0]: "restricted", T[1]: "restricted", T[2]: "removed"},
)

case(
    name="tiktok-statement-of-reasons-fields",
    date="Mon, 16 Sep 2024 02:50:44 +0000",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    subject=f"Outcome of your report {R4}",
    body=f"""
Outcome of your report

Notice reference: {R4}

Content: {T[0]}
Decision: Removal
Territorial scope: Global
Ground: Community Guidelines - Regulated goods and commercial activities
Detection: User or authority notice
Automated decision: No

Content: {T[2]}
Decision: No action
Ground: After review, this content does not violate our Community
Guidelines, and we did not find it to be illegal under the law cited.

You can ask us to reconsider this decision within 6 months:
https://www.tiktok.com/legal/report/feedback

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA-style statement-of-reasons email to a notifier (field: value layout)",
    why="Decision: Removal = removed; Decision: No action with reason = rejected; feedback link is not an item",
    items={T[0]: "removed", T[2]: "rejected"},
)

tt_html = f"""<html><body style="font-family:Arial,sans-serif">
<p>Hi,</p>
<p>We looked into the video you reported in request {R4}.</p>
<p><a href="{T[1]}">{T[1]}</a><br>
This video is no longer available because the creator deleted it before our review, so no further action was possible.</p>
<p>Thanks for helping us keep TikTok safe.<br>TikTok Trust and Safety</p>
</body></html>"""
case(
    name="tiktok-base64-html-creator-deleted",
    date="Sat, 14 Sep 2024 13:21:48 +0000",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    subject=f"Update on your report ({R4})",
    raw_mime=(
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n\n"
        + b64(tt_html)),
    outcome="applied", classification="confirmation",
    imitates="TikTok report-update email (HTML, base64 body)",
    why="video deleted by its creator before review: not_found",
    items={T[1]: "not_found"},
)

case(
    name="tiktok-bulk-videos-removed",
    date="Thu, 12 Sep 2024 18:09:31 +0000",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    subject=f"Update on your report ({R4})",
    body=f"""
Hi,

Thanks for your report {R4}. We reviewed the videos you reported and found
that they violate our Community Guidelines. We've removed them.

TikTok Trust and Safety
""",
    outcome="review", review="bulk",
    imitates="TikTok short report-outcome notification without the reported URLs",
    why="'the videos you reported ... removed them' for a three-item request, no URL named",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    date="Wed, 11 Sep 2024 05:07:02 +0000",
    **{"from": "legal-notices@tiktok.com"}, name_from="TikTok Legal",
    subject=f"[Ticket #TT-58821934] {subject(R4)}",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Thank you for contacting TikTok.

We have received your message regarding {R4} and created ticket
#TT-58821934. A member of our team will review it. Please keep the ticket
number in the subject line of any further correspondence.

TikTok Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt ('we have received your message, ticket #... created')",
    why="pure acknowledgement with a ticket number",
    items={},
)

dsn_human = (
    "This is the mail system at host mx.kcsc.example.\n\n"
    "I'm sorry to have to inform you that your message could not\n"
    "be delivered to one or more recipients.\n\n"
    "<tiktok-legal@tiktok.com>: host mx1.tiktok.com[198.51.100.77] said: 550 5.1.1\n"
    "    <tiktok-legal@tiktok.com>: Recipient address rejected: User unknown\n"
)
dsn_status = (
    "Reporting-MTA: dns; mx.kcsc.example\n"
    "Arrival-Date: Wed, 11 Sep 2024 14:05:03 +0900 (KST)\n\n"
    "Final-Recipient: rfc822; tiktok-legal@tiktok.com\n"
    "Action: failed\n"
    "Status: 5.1.1\n"
    "Remote-MTA: dns; mx1.tiktok.com\n"
    "Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown\n"
)
dsn_orig = (
    "From: KCSC Takedown <takedown@kcsc.example>\n"
    "To: tiktok-legal@tiktok.com\n"
    f"Subject: {subject(R4)}\n"
    f"Message-ID: <{req_mid(R4)}@kcsc.example>\n"
    "Content-Type: text/plain; charset=utf-8\n\n"
    + "\n".join(request_text(R4)) + "\n"
)
case(
    name="tiktok-dsn-user-unknown",
    date="Wed, 11 Sep 2024 05:05:04 +0000",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=(
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b874-dsn"\n\n'
        "--b874-dsn\n"
        "Content-Description: Notification\n"
        "Content-Type: text/plain; charset=us-ascii\n\n"
        f"{dsn_human}\n"
        "--b874-dsn\n"
        "Content-Description: Delivery report\n"
        "Content-Type: message/delivery-status\n\n"
        f"{dsn_status}\n"
        "--b874-dsn\n"
        "Content-Description: Undelivered Message\n"
        "Content-Type: message/rfc822\n\n"
        f"{dsn_orig}\n"
        "--b874-dsn--\n"),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) returning the request with its URLs",
    why="bounce: the URLs are only in the returned original",
    items={},
)

case(
    name="twitch-about-tiktok-link",
    date="Fri, 13 Sep 2024 20:14:40 +0000",
    **{"from": "support@twitch.tv"}, name_from="Twitch Support",
    subject=f"Re: {subject(R4)}",
    body=f"""
Hi there,

Thanks for reaching out about {R4}. We looked at the link you sent,
{T[0]}, and it is not content hosted on Twitch. We have no channel,
video or clip at that address and cannot take action on it.

If you have concerns about content on Twitch, please report it through the
Twitch report tool.

Twitch Support
""",
    outcome="review", review="wrong_platform",
    imitates="Twitch Support reply to a request that reached the wrong service",
    why="Twitch (a configured platform) speaking about a TikTok item: wrong platform, nothing applied",
    items={T[0]: "pending"},
)

# ---- Reddit -------------------------------------------------------------
case(
    name="reddit-admin-removed-and-author-deleted",
    date="Mon, 16 Sep 2024 19:42:05 +0000",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="Re: " + subject(R5), reply_to_req=req_mid(R5),
    body=f"""
Hello,

Thank you for your notice {R5}.

{R[0]}
This post has been removed by Reddit administrators for violating Reddit's
Content Policy (prohibited transactions).

{R[1]}
This post had already been deleted by its author before we reviewed it.

Best,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin/legal outcome reply (URL line, statement on the next line)",
    why="admin removal = removed; deleted by its author before review = not_found",
    items={R[0]: "removed", R[1]: "not_found"},
)

case(
    name="reddit-gmail-geo-restricted-and-declined",
    date="Tue, 17 Sep 2024 16:28:50 +0000",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="Re: " + subject(R5), reply_to_req=req_mid(R5),
    body=f"""
Hi KCSC team,

We've geo-restricted the first post in your list, so it is no longer
accessible from South Korea:
{R[0]}

We are declining to act on the second post ({R[1]}). It does not violate
Reddit's Content Policy, and the notice does not identify a Korean law it
breaks.

Best,
Reddit Legal

{gmail_quote(R5)}
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply top-posted over a Gmail quote of the request",
    why="geo-restricted in South Korea = restricted; declined with reason = rejected; URL in parentheses",
    items={R[0]: "restricted", R[1]: "rejected"},
)

case(
    name="reddit-asks-for-legal-basis",
    date="Sat, 14 Sep 2024 00:11:19 +0000",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="Re: " + subject(R5), reply_to_req=req_mid(R5),
    body=f"""
Hello,

Thank you for your request {R5} concerning:

{R[0]}
{R[1]}

Before we can evaluate it, please send us the specific provisions of Korean
law that you believe this content violates, and a copy of any decision or
order issued by the Commission. Once we receive this information we will
review the request.

Best,
Reddit Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal asking a government requester for the legal basis / order",
    why="asks for more information before acting; names both items, states nothing",
    items={R[0]: "pending", R[1]: "pending"},
)

case(
    name="reddit-conditional-removal",
    date="Sun, 15 Sep 2024 21:05:37 +0000",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="Re: " + subject(R5), reply_to_req=req_mid(R5),
    body=f"""
Hello,

Regarding {R5}: we have asked the moderators of r/koreadeals to review
{R[0]}. If they do not remove it within 24 hours, Reddit administrators
will remove it.

Best,
Reddit Legal
""",
    outcome="review", review="not_understood",
    imitates="Reddit reply deferring to subreddit moderators with a conditional admin action",
    why="conditional promise ('if they do not ... will remove'): no statement",
    items={R[0]: "pending"},
)

case(
    name="reddit-read-receipt",
    date="Fri, 13 Sep 2024 02:33:12 +0000",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject=f"Read: {subject(R5)}",
    raw_mime=(
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="b874-mdn"\n\n'
        "--b874-mdn\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        "Your message\n\n"
        "  To: legal@reddit.com\n"
        f"  Subject: {subject(R5)}\n"
        "  Sent: Friday, September 13, 2024 10:20 AM (UTC+09:00) Seoul\n\n"
        "was read on Friday, September 13, 2024 2:33 AM (UTC+00:00).\n\n"
        "--b874-mdn\n"
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: legal@reddit.com; Microsoft Outlook 16.0\n"
        "Final-Recipient: rfc822; legal@reddit.com\n"
        f"Original-Message-ID: <{req_mid(R5)}@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n\n"
        "--b874-mdn--\n"),
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN, multipart/report disposition-notification)",
    why="read receipt",
    items={},
)

# ---- Telegram -----------------------------------------------------------
case(
    name="tg-abuse-bot-blocked-schemeless",
    date="Wed, 18 Sep 2024 10:02:27 +0000",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject=f"Re: {subject(R6)} [Case #4471902]",
    body=f"""
Hello,

Thank you for the report ({R6}).

{G[0]} - the bot has been blocked for violating the Telegram Terms of
Service.
t.me/grey_market_kr/4471 - this post has been deleted.

Best regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with short per-link lines, one link written without scheme",
    why="bot blocked = removed; post deleted = removed (link written as t.me/... without https://)",
    items={G[0]: "removed", G[1]: "removed"},
)

case(
    name="tg-post-taken-down-bot-not-found",
    date="Thu, 19 Sep 2024 07:45:51 +0000",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    subject=f"Case #4472318 - {R6}",
    body=f"""
Hi,

The content at {G[1]} has been taken down.

{G[0]}: we could not find a bot with this username on Telegram.

Regards,
Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA-contact reply, one statement per line",
    why="taken down = removed; 'could not find a bot with this username' = not_found",
    items={G[1]: "removed", G[0]: "not_found"},
)

# ---- Discord ------------------------------------------------------------
case(
    name="discord-server-removed-sole",
    date="Fri, 20 Sep 2024 03:36:09 +0000",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    subject="Re: " + subject(R7), reply_to_req=req_mid(R7),
    body=f"""
Hello,

Thank you for your report {R7}. Our Safety team reviewed the server you
reported and found that it violated our Community Guidelines on illegal
gambling. The server has been removed from Discord.

Discord Trust & Safety
https://discord.com/safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety outcome reply ('the server has been removed')",
    why="one-item request, the email's single statement 'the server has been removed' applies to it",
    items={D[0]: "removed"},
)

case(
    name="discord-invite-invalid",
    date="Thu, 19 Sep 2024 11:58:40 +0000",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    subject=f"Re: {subject(R7)}",
    body=f"""
Hi,

Regarding {R7}: the invite link <{D[0]}>, which you reported, is invalid or
has expired, and we could not identify a server from it. If you have a
server ID or message links, please send them in a new report.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety reply on an expired invite link",
    why="invalid/expired invite, server not identified = not_found (the invitation to send a new report does not hold the statement back)",
    items={D[0]: "not_found"},
)

case(
    name="discord-zendesk-receipt",
    date="Wed, 18 Sep 2024 04:11:30 +0000",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    subject=f"[Discord] Re: {subject(R7)} (Request #29183374)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Your request (29183374) has been received and is being reviewed by our
support staff.

To add more information to this request, reply to this email.

Discord Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style help-desk receipt",
    why="ticket receipt: no decision, no item",
    items={},
)

# ---- Snapchat / Pinterest ------------------------------------------------
case(
    name="snapchat-vague-action-taken",
    date="Tue, 17 Sep 2024 06:40:18 +0000",
    **{"from": "safety@snapchat.com"}, name_from="Team Snapchat",
    subject="Your Snapchat report",
    body="""
Hi there,

Thanks for your report. We've reviewed it and have taken appropriate action
in line with our Community Guidelines.

Stay safe,
Team Snapchat
""",
    outcome="review", review="no_claims",
    imitates="Snapchat generic report-outcome email",
    why="trusted platform mail stating an action but naming no item and no request",
    items={},
)

case(
    name="pinterest-auto-reply",
    date="Mon, 09 Sep 2024 00:41:03 +0000",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    subject=f"Automatic reply: {subject(R3)}",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Thank you for contacting Pinterest Legal. This mailbox does not respond to
every message. For reports about content on Pinterest, please use the forms
at https://help.pinterest.com/en/contact

This is an automated response.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Pinterest legal mailbox auto-response (request copied to the wrong address)",
    why="auto-reply; the help link is not an item",
    items={},
)


# ---------------------------------------------------------------- writing
def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, pid, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, pid, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


HEADER = """# blind874: English notices from many platforms (X, YouTube, Meta, TikTok,
# Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest). Written by make.py;
# expected results from each email's meaning, before any run of the reader.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind874", HEADER, CASES)
    print(f"{len(CASES)} cases")
