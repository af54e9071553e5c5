#!/usr/bin/env python3
"""Blind set 388: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).

Written without reading the reader (src/) or any other corpus set. Each
email imitates a kind of notice platforms really send (help-centre outcome
templates, DSA-style statements of reasons, legal-removal decisions, ticket
receipts, DSNs, MDNs, out-of-office replies), in our own sentences, with
fictional URLs, names and ids. Expected results come from each email's
meaning alone.

    python3 tests/corpus/blind388/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind388"

# ---------------------------------------------------------------- requests
R_X, R_YT, R_META, R_TT, R_RD, R_TG, R_DC = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240911-07",
)

X1 = "https://x.com/lucky_sevens_kr/status/1831002233445566701"
X2 = "https://x.com/lucky_sevens_kr/status/1831002233445566702"
X3 = "https://x.com/bet_harbor88/status/1831117788990011223"
X4 = "https://x.com/bet_harbor88/status/1831117788990011224"
X5 = "https://x.com/moonpay_casino/status/1831230045567788990"
X6 = "https://x.com/moonpay_casino"
X7 = "https://x.com/slotking_official/status/1831345566778899001"
X8 = "https://x.com/slotking_official/status/1831345566778899002"
X9 = "https://twitter.com/toto_signal/status/1830998877665544332"
X10 = "https://x.com/toto_signal/status/1830998877665544333"
X11 = "https://x.com/jackpot_ria/status/1831456677889900112"
X12 = "https://x.com/jackpot_ria/status/1831456677889900113"
X_ALL = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

Y1 = "https://www.youtube.com/watch?v=Qm4rT8vLx2A"
Y2 = "https://www.youtube.com/watch?v=Zp7Hc1eWn9K"
Y3 = "https://youtu.be/b3XkR0sTq5M"
Y4 = "https://www.youtube.com/@nightbet_tv"
Y_ALL = [Y1, Y2, Y3, Y4]

M1 = "https://www.instagram.com/p/C9xQw2LrT5e/"
M2 = "https://www.facebook.com/groups/greenleafdeals/posts/998877665544332/"
M3 = "https://www.instagram.com/pillbox.seoul/"
M_ALL = [M1, M2, M3]

T1 = "https://www.tiktok.com/@spin2win.kr/video/7410023344556677881"
T2 = "https://www.tiktok.com/@spin2win.kr/video/7410023344556677882"
T3 = "https://www.tiktok.com/@casino_mina/video/7410987766554433221"
T4 = "https://www.tiktok.com/@casino_mina"
T5 = "https://www.tiktok.com/@betbuddy_live/video/7411223344556677001"
T_ALL = [T1, T2, T3, T4, T5]

RD1 = "https://www.reddit.com/r/koreadeals_unfiltered/comments/1f3kq9z/weekly_drop_thread/"
RD2 = "https://www.reddit.com/user/seoul_plug_99/"

G1 = "https://t.me/blue_dragon_toto"
G2 = "https://t.me/blue_dragon_toto/4412"
G3 = "https://t.me/s/nightmarket_kr_2"

D1 = "https://discord.gg/Jk7pLounge"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, note, urls
    (R_X, "x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal_gambling", "gambling promotion accounts and posts", X_ALL),
    (R_YT, "youtube", "2024-09-04T10:30:00+09:00", "2024-09-11T18:00:00+09:00",
     "illegal_gambling", "live-casino advert videos and channel", Y_ALL),
    (R_META, "meta", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "drug_trade", "Instagram and Facebook drug sale posts", M_ALL),
    (R_TT, "tiktok", "2024-09-06T09:40:00+09:00", "2024-09-13T18:00:00+09:00",
     "illegal_gambling", "betting site promotion videos", T_ALL),
    (R_RD, "reddit", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "drug_trade", "drop thread and seller account", [RD1, RD2]),
    (R_TG, "telegram", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "illegal_gambling", "toto channels", [G1, G2, G3]),
    (R_DC, "discord", "2024-09-11T16:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "illegal_gambling", "casino server invite", [D1]),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, f"{ref}@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def b64(text):
    data = text.encode("utf-8") if isinstance(text, str) else text
    enc = base64.b64encode(data).decode("ascii")
    return "\n".join(enc[i:i + 76] for i in range(0, len(enc), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls, platform_name):
    lines = [
        f"Dear {platform_name} team,",
        "",
        "The Korea Communications Standards Commission has found that the content",
        "below breaches Korean law. Please remove it or block access to it from",
        f"Korea and tell us the result for each URL. Our reference: {ref}.",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "KCSC Takedown Desk", "takedown@kcsc.example"]
    return "\n".join(lines)


SIG_X = "X Legal Operations\nhttps://help.x.com/en/forms/legal"

# ---------------------------------------------------------------- cases
C = []


def case(**kw):
    C.append(kw)


# ---- X ------------------------------------------------------------------
case(
    name="x-legal-outcome-withheld-and-removed",
    **{"from": "legalrequests@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 07:12:44 +0000",
    subject=f"Re: [{R_X}] Request to remove illegal gambling content",
    reply_to_req=R_X,
    body=f"""
Hello,

Thank you for your request, reference {R_X}.

We have reviewed the reported content under applicable local law and the
X Rules. The outcome is as follows:

- {X1} : withheld in South Korea
- {X2} : withheld in South Korea
- {X3} : removed for violating the X Rules (illegal or certain regulated goods and services)

Withheld content remains available to people outside the Republic of Korea.
The account holders concerned have been notified in line with our user notice
policy, and a copy of your request may be published on Lumen.

To learn more about country withheld content, see
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
{SIG_X}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (country withheld content, CWC)",
    why="trusted X sender states per-URL: two posts withheld in KR, one removed",
    items={X1: "restricted", X2: "restricted", X3: "removed"},
)

case(
    name="x-statement-of-reasons-fields",
    **{"from": "noreply-legal@x.com"}, name_from="X",
    date="Tue, 10 Sep 2024 02:40:03 +0000",
    subject=f"Notice of action taken on your report ({R_X})",
    body=f"""
Notice of action taken

Decision reference: LR-2024-0910-88321
Requesting authority: Korea Communications Standards Commission ({R_X})

Content concerned: {X5}
Action taken: Removal of the post
Ground for the decision: X Rules - Illegal or certain regulated goods or services
Territorial scope: Global
Automated means used in taking the decision: No

Content concerned: {X6}
Action taken: Permanent suspension of the account; the account and its posts
are no longer available on X
Ground for the decision: X Rules - Illegal or certain regulated goods or services
Territorial scope: Global
Automated means used in taking the decision: No

This notice is sent for information. Information about how we enforce our
rules is available at https://help.x.com/en/rules-and-policies/enforcement-options
""",
    outcome="applied", classification="confirmation",
    imitates="DSA statement of reasons layout (Art. 17 fields) used by X for authority reports",
    why="field blocks: post removed globally, account permanently suspended and unavailable",
    items={X5: "removed", X6: "removed"},
)

case(
    name="x-bare-urls-status-line-below",
    **{"from": "dana.whitfield@twitter.com"}, name_from="Dana Whitfield",
    date="Wed, 11 Sep 2024 09:05:51 +0000",
    subject=f"Update on your report {R_X}",
    body=f"""
Hi KCSC team,

Here is where things stand on the posts you asked us to look at last week.

{X7}
Status: Withheld in KR

{X8}
Status: No action taken. After review we did not find that this post breaks
the X Rules or Korean law, so it stays up.

{X9}
Status: Not found - this post no longer exists.

Best,
Dana
Global Government Affairs, Legal Ops
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-ops staff reply with bare URL and status line below it",
    why="twitter.com sender (X): x7 withheld in KR, x8 refused with reason, x9 no longer exists",
    items={X7: "restricted", X8: "rejected", X9: "not_found"},
)

HTML_X = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We have completed our review of request <b>{R_X}</b>. Please see the decision for each reported URL below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Decision</th><th>Scope</th></tr>
<tr><td><a href="{X10}">{X10}</a></td><td>Removed</td><td>Global</td></tr>
<tr><td><a href="{X11}">{X11}</a></td><td>Withheld</td><td>South Korea</td></tr>
<tr><td><a href="{X12}">{X12}</a></td><td>No violation found &ndash; content remains available</td><td>&ndash;</td></tr>
</table>
<p>You can read about our approach to legal requests in the <a href="https://help.x.com/en/rules-and-policies/x-legal-faqs">Help Center</a>.</p>
<p>X Legal Operations</p>
</body></html>"""

case(
    name="x-html-decision-table",
    **{"from": "legalrequests@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 01:18:30 +0000",
    subject=f"[{R_X}] Decision on reported content",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{HTML_X}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal decision email with an HTML results table",
    why="HTML table: x10 removed, x11 withheld in KR, x12 no violation (stays up)",
    items={X10: "removed", X11: "restricted", X12: "rejected"},
)

CSV_X = "\r\n".join([
    "reported_url,decision,country,comment",
    f"{X1},WITHHELD,KR,Country withheld content",
    f"{X2},WITHHELD,KR,Country withheld content",
    f"{X3},REMOVED,GLOBAL,X Rules violation",
    f"{X4},NOT_FOUND,,Post not found (deleted by the account holder)",
]) + "\r\n"

case(
    name="x-csv-attachment-results",
    **{"from": "legalrequests@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 03:30:12 +0000",
    subject=f"Re: [{R_X}] Request to remove illegal gambling content - results",
    reply_to_req=R_X,
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_x_results_0913"

--=_x_results_0913
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome of our review for the first four URLs of
request {R_X}. The decision for each URL is in the "decision" column.

Regards,
X Legal Operations

--=_x_results_0913
Content-Type: text/csv; charset=utf-8; name="{R_X}_results.csv"
Content-Disposition: attachment; filename="{R_X}_results.csv"
Content-Transfer-Encoding: base64

{b64(CSV_X)}
--=_x_results_0913--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal batch response with a CSV results attachment",
    why="CSV rows: x1/x2 withheld KR, x3 removed, x4 not found",
    items={X1: "restricted", X2: "restricted", X3: "removed", X4: "not_found"},
)

QP_X = f"""Dear KCSC,

Following our review of your request {R_X}, access to the post {X4} has been withheld in the Republic of Korea in response to your legal demand. The post remains visible to people in other countries.

The holder of the account “@bet_harbor88” has been informed of this action, as our notice policy requires.

Kind regards,
X Legal Operations
"""

case(
    name="x-quoted-printable-withheld",
    **{"from": "legalrequests@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 05:44:09 +0000",
    subject=f"Your legal demand {R_X}",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_X)}
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld notice in quoted-printable prose",
    why="one unhedged sentence: x4 withheld in the Republic of Korea (URL split by QP soft breaks)",
    items={X4: "restricted"},
)

QUOTED_X = f"""Dear X Legal,

The Korea Communications Standards Commission has found that the content
below breaches Korean law. Please remove it or block access to it from
Korea and tell us the result for each URL. Our reference: {R_X}.

""" + "\n".join(f"{i}. {u}" for i, u in enumerate(X_ALL, 1)) + """

KCSC Takedown Desk"""

case(
    name="x-gmail-top-post-over-quoted-request",
    **{"from": "m.osei@x.com"}, name_from="Maya Osei",
    date="Tue, 10 Sep 2024 11:02:37 +0000",
    subject=f"Re: [{R_X}] Request to remove illegal gambling content",
    reply_to_req=R_X,
    body=f"""
Hi,

Quick update: the two posts below have been withheld in South Korea.

{X5}
{X11}

We are still reviewing the remaining URLs and will come back to you.

Maya
X Legal Ops

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(QUOTED_X)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted staff reply over the quoted request",
    why="only the two URLs above the quote are withheld; quoted list and 'still reviewing' change nothing",
    items={X5: "restricted", X11: "restricted"},
)

case(
    name="x-echoed-report-blocks",
    **{"from": "noreply@x.com"}, name_from="X Support",
    date="Wed, 11 Sep 2024 22:10:55 +0000",
    subject="Your report to X has been resolved",
    body=f"""
Hello,

We've finished reviewing your report. Here is a summary.

Report ID: 0911-KR-55120
Your reference: {R_X}
Reported URL: {X11}
Reason given: Illegal gambling under Korean law
Decision: Withheld in South Korea

Report ID: 0911-KR-55121
Your reference: {R_X}
Reported URL: {X12}
Reason given: Illegal gambling under Korean law
Decision: Withheld in South Korea

Thanks for helping us keep X safe.
The X team

This is an automated message about a report you submitted; replies to this
address are not monitored.
""",
    outcome="applied", classification="confirmation",
    imitates="X help-centre 'your report has been resolved' email echoing the report fields",
    why="each echoed report block carries its own decision: withheld in KR for x11 and x12",
    items={X11: "restricted", X12: "restricted"},
)

FLOWED_X = f"""Hello,

Regarding {R_X}, the following post was removed for violating the X =
Rules on illegal gambling:
<https://x.com/slotking_official/status/
1831345566778899001>

The post <{X8}> remains available. We reviewed it against the X Rules =
and Korean law and found no violation.

X Legal Operations
"""

case(
    name="x-flowed-wrapped-angle-url",
    **{"from": "legalrequests@x.com"}, name_from="X Legal",
    date="Sat, 14 Sep 2024 00:21:40 +0000",
    subject=f"Re: {R_X}",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8; format=flowed
Content-Transfer-Encoding: 7bit

{FLOWED_X.replace(" =", " ")}
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text legal reply with a long URL wrapped inside angle brackets (RFC 3986 appendix C)",
    why="x7 removed (URL wrapped inside <...> across two lines), x8 stays up with a reason",
    items={X7: "removed", X8: "rejected"},
)

case(
    name="x-promise-once-review-complete",
    **{"from": "legalrequests@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 08:00:19 +0000",
    subject=f"Re: [{R_X}] Request to remove illegal gambling content",
    reply_to_req=R_X,
    body=f"""
Hello,

Thank you for your patience. We intend to withhold the following posts in
South Korea once our legal review is complete:

{X1}
{X2}

We will notify you as soon as action has been taken. The other URLs in
your request remain under review.

Regards,
{SIG_X}
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply announcing intended action",
    why="'intend to withhold ... once review is complete' is a promise, not a statement",
    items={X1: "pending", X2: "pending"},
)

case(
    name="x-unrequested-post-withheld",
    **{"from": "legalrequests@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 09:15:00 +0000",
    subject=f"Re: [{R_X}] Request to remove illegal gambling content",
    body=f"""
Hello,

In connection with your request {R_X}, please note that the following post
has been withheld in South Korea:

https://x.com/lucky_sevens_kr/status/1831002233445566799

Regards,
{SIG_X}
""",
    outcome="review", review="unmatched_claims",
    imitates="X legal outcome about a URL that is not in the request",
    why="the withheld post ...799 is not one of the requested URLs (ours end 701/702)",
    items={},
)

PDF_IMG = zlib.compress(bytes((i * 37 + 11) % 256 for i in range(1200)), 9)
PDF = (
    b"%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n"
    b"2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n"
    b"3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</XObject<</Im0 4 0 R>>>>/Contents 5 0 R>> endobj\n"
    b"4 0 obj <</Type/XObject/Subtype/Image/Width 40/Height 30/ColorSpace/DeviceGray/BitsPerComponent 8/Filter/FlateDecode/Length "
    + str(len(PDF_IMG)).encode() + b">>stream\n" + PDF_IMG + b"\nendstream endobj\n"
    b"5 0 obj <</Length 30>>stream\nq 595 0 0 842 0 0 cm /Im0 Do Q\nendstream endobj\n"
    b"trailer <</Root 1 0 R>>\n%%EOF\n"
)

case(
    name="x-scanned-pdf-letter",
    **{"from": "legalrequests@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 08:47:31 +0000",
    subject=f"Response to your request {R_X}",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_pdf_0916"

--=_pdf_0916
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dear Sir or Madam,

Please find attached our formal response to your request {R_X}.

X Legal Operations

--=_pdf_0916
Content-Type: application/pdf; name="X_response_{R_X}.pdf"
Content-Disposition: attachment; filename="X_response_{R_X}.pdf"
Content-Transfer-Encoding: base64

{b64(PDF)}
--=_pdf_0916--
""",
    outcome="review", review="unreadable_attachment",
    imitates="X legal response sent as a scanned PDF letter",
    why="the answer is only in an image-only PDF; the body says nothing about any item",
    items={},
)

# ---- YouTube --------------------------------------------------------------
case(
    name="yt-legal-removed-and-blocked-kr",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 06:30:00 +0000",
    subject=f"[{R_YT}] Your legal request to YouTube",
    body=f"""
Hello,

Thanks for reaching out to YouTube. We have completed our review of the
content identified in your request.

We have removed the following videos from YouTube:
{Y1}
{Y2}

Based on local law, we have blocked the following video from view in South
Korea:
{Y3}

Please note that we may send a copy of your notice to Lumen
(https://lumendatabase.org) for publication, with your personal contact
details removed.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome email (removed / blocked locally)",
    why="headings apply to the URLs below them: y1 and y2 removed, y3 blocked in KR",
    items={Y1: "removed", Y2: "removed", Y3: "restricted"},
)

case(
    name="yt-age-restricted-and-no-action",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 04:12:16 +0000",
    subject=f"Re: [{R_YT}] Request for removal of content",
    reply_to_req=R_YT,
    body=f"""
Hi,

Following your request, we have age-restricted the video
{Y2}. Viewers who are signed out or under 18 can no longer watch it.

We reviewed the channel {Y4} and found no violation of our Community
Guidelines or of local law; we are not taking action on the channel.

You can read more about age restrictions here:
https://support.google.com/youtube/answer/2802167

Best regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply: age restriction and a refusal with reasons",
    why="y2 age-restricted (restricted); channel y4 refused as not violating; help link is no item",
    items={Y2: "restricted", Y4: "rejected"},
)

YT_TXT = f"""Hello,

Thank you for your notification under reference {R_YT}.

The video at {Y3} has been actioned under our policies.

The video at {Y1} is no longer available on YouTube: the uploader deleted it before our review, so no action by YouTube was needed.

Regards,
Google Legal Support - YouTube
"""
YT_HTML = f"""<html><body>
<p>Hello,</p>
<p>Thank you for your notification under reference {R_YT}.</p>
<p>The video at <a href="{Y3}">{Y3}</a> has been actioned under our policies.</p>
<p>The video at <a href="{Y1}">{Y1}</a> is no longer available on YouTube: the uploader deleted it before our review, so no action by YouTube was needed.</p>
<p>Regards,<br>Google Legal Support &ndash; YouTube</p>
</body></html>"""

case(
    name="yt-base64-alternative-actioned",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date="Wed, 11 Sep 2024 23:55:02 +0000",
    subject=f"Outcome of your notification {R_YT}",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="00000000000081c0f2062205aa11"

--00000000000081c0f2062205aa11
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

{b64(YT_TXT)}
--00000000000081c0f2062205aa11
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

{b64(YT_HTML)}
--00000000000081c0f2062205aa11--
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal-support template in base64 multipart/alternative",
    why="y3 'has been actioned under our policies' (configured phrase: removed); y1 deleted by uploader (not found)",
    items={Y3: "removed", Y1: "not_found"},
)

case(
    name="yt-outlook-reply-over-original",
    **{"from": "j.moreau@google.com"}, name_from="Julien Moreau",
    date="Thu, 12 Sep 2024 07:48:20 +0000",
    subject=f"RE: [{R_YT}] Request for removal of content",
    reply_to_req=R_YT,
    body=f"""
Hello,

{Y3} has been removed for violating our Community Guidelines, and the
channel {Y4} has been terminated.

Kind regards,
Julien Moreau
Legal Specialist, YouTube Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 10:30 AM
To: legal-kr@google.com
Subject: [{R_YT}] Request for removal of content

{request_text(R_YT, Y_ALL, "YouTube")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook-style reply from a YouTube legal specialist above the original request",
    why="y3 removed, channel y4 terminated; the unquoted original request below the separator states nothing",
    items={Y3: "removed", Y4: "removed"},
)

case(
    name="yt-under-review-and-appears-private",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 02:02:02 +0000",
    subject=f"Re: [{R_YT}] Request for removal of content",
    reply_to_req=R_YT,
    body=f"""
Hello,

Thanks for your message. The video {Y1} is currently under review by
our legal team.

The video {Y2} appears to have been made private by its uploader; we
will confirm once we have checked.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply (under review, hedged observation)",
    why="'under review' and 'appears to have been made private ... will confirm' are not statements",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="yt-receipt-echoing-urls",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal",
    date="Wed, 04 Sep 2024 01:35:47 +0000",
    subject="We've received your legal request [7-2218000033451]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Thank you for your submission.

We've received your request about the content listed below and assigned it
ticket number 7-2218000033451. Our team will review it and contact you if
we need more information.

Content you reported:
{Y1}
{Y2}
{Y3}
{Y4}

Your reference: {R_YT}

Please do not reply to this email. You can track your request at
https://support.google.com/legal/answer/3110420

Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal removals web-form receipt echoing the reported URLs",
    why="pure receipt: ticket created, 'will review'; the URLs are the echoed report, no status",
    items={Y1: "pending", Y2: "pending", Y3: "pending", Y4: "pending"},
)

# ---- Meta ---------------------------------------------------------------
case(
    name="meta-restricted-in-korea-and-account-removed",
    **{"from": "legal-response@meta.com"}, name_from="Meta Content Restrictions",
    date="Tue, 10 Sep 2024 10:20:00 +0000",
    subject=f"Your report {R_META}: outcome",
    body=f"""
Hello,

We've reviewed the content you reported under reference {R_META} against
our Community Standards and applicable local law.

Instagram post {M1}
- We restricted access to this content in South Korea.

Facebook group post {M2}
- We restricted access to this content in South Korea.

Instagram account {M3}
- We removed this account because it goes against our Community Standards
  on restricted goods and services.

The people who posted this content have been told about our decision.
Learn more about how we handle reports based on local law:
https://transparency.meta.com/reports/content-restrictions

Meta
""",
    outcome="applied", classification="confirmation",
    imitates="Meta report outcome for content restricted on local-law grounds",
    why="each URL heading followed by its action: m1/m2 restricted in KR, account m3 removed",
    items={M1: "restricted", M2: "restricted", M3: "removed"},
)

case(
    name="meta-angle-brackets-no-action-and-deleted",
    **{"from": "legal-response@meta.com"}, name_from="Meta Content Restrictions",
    date="Thu, 12 Sep 2024 13:05:44 +0000",
    subject=f"Re: Content restriction request {R_META}",
    reply_to_req=R_META,
    body=f"""
Hello,

We looked into the content at <{M1}>. It doesn't go against our Community
Standards and, after legal review, we did not find a sufficient basis to
restrict it under local law, so we have not taken action on it.

The group post at <{M2}> is no longer on Facebook: it was deleted by the
person who posted it before we completed our review.

Thanks,
Meta Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Meta legal-review reply: no action (with reason) and content deleted by its author",
    why="m1 refused with reasons (rejected); m2 deleted by its author (not_found)",
    items={M1: "rejected", M2: "not_found"},
)

case(
    name="meta-statement-of-reasons-kr",
    **{"from": "noreply@facebookmail.com"}, name_from="Instagram",
    date="Fri, 13 Sep 2024 06:14:27 +0000",
    subject=f"Statement of reasons: decision on reported content ({R_META})",
    body=f"""
Statement of reasons

Content: {M3}
Decision: Access to the content has been restricted
Territorial scope: Republic of Korea
Basis: Local law (reported by a government authority)
Facts and circumstances: Report received from the Korea Communications
Standards Commission, reference {R_META}
Use of automated means: The decision was taken after human review

대상 콘텐츠（{M3}）는 대한민국 내에서 접근이 제한되었습니다.

Redress: the account holder may request a review of this decision.
""",
    outcome="applied", classification="confirmation",
    imitates="Meta/Instagram statement-of-reasons style notice with Korean summary line",
    why="restricted in the Republic of Korea; Korean line (URL in full-width parentheses) agrees",
    items={M3: "restricted"},
)

case(
    name="meta-bulk-all-restricted",
    **{"from": "legal-response@meta.com"}, name_from="Meta Content Restrictions",
    date="Mon, 09 Sep 2024 09:00:00 +0000",
    subject=f"Re: Content restriction request {R_META}",
    reply_to_req=R_META,
    body=f"""
Hello,

Following our review, we have restricted access in South Korea to the
content you reported under reference {R_META}.

Meta Legal Operations
""",
    outcome="review", review="bulk",
    imitates="Meta one-line local-law restriction confirmation",
    why="statement about 'the content you reported' for a three-item request names no item",
    items={M1: "pending", M2: "pending", M3: "pending"},
)

case(
    name="meta-domain-auth-fail",
    **{"from": "legal-response@meta.com"}, name_from="Meta Content Restrictions",
    auth="fail",
    date="Mon, 09 Sep 2024 12:31:09 +0000",
    subject=f"Re: Content restriction request {R_META}",
    body=f"""
Hello,

We removed the Instagram post {M1} for violating our Community Standards.

Meta Legal Operations
""",
    outcome="review", review="untrusted",
    imitates="Meta outcome email failing DKIM/SPF/DMARC",
    why="claims m1 removed but the meta.com sender fails authentication",
    items={M1: "pending"},
)

case(
    name="meta-staff-out-of-office",
    **{"from": "jiyeon.park@meta.com"}, name_from="Jiyeon Park",
    date="Thu, 05 Sep 2024 02:01:10 +0000",
    subject=f"Automatic reply: [{R_META}] Request to restrict content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 23 September with
limited access to email. For urgent government requests please use the
Law Enforcement Online Request System; your message will not be forwarded.

Jiyeon Park
Public Policy, Korea
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from a Meta staff member",
    why="automatic out-of-office reply",
    items={},
)

# ---- TikTok -------------------------------------------------------------
case(
    name="tiktok-numbered-outcome-list",
    **{"from": "kr-govrequests@tiktok.com"}, name_from="TikTok Government Requests",
    date="Wed, 11 Sep 2024 08:08:08 +0000",
    subject=f"[{R_TT}] Result of your request",
    body=f"""
Dear KCSC,

Thank you for your request. The result of our review is below.

1. {T1} - Removed (Gambling and games of chance)
2. {T2} - Removed (Gambling and games of chance)
3. {T3} - Restricted in South Korea (local law)
4. {T4} - Account banned
5. {T5} - No violation found; the content remains available

For information on our Community Guidelines, please visit
https://www.tiktok.com/community-guidelines

Best regards,
TikTok Trust & Safety - Government Requests
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government-request outcome list",
    why="five numbered lines: two removed, one restricted in KR, account banned (removed), one no violation",
    items={T1: "removed", T2: "removed", T3: "restricted", T4: "removed", T5: "rejected"},
)

case(
    name="tiktok-statement-then-url-below",
    **{"from": "kr-govrequests@tiktok.com"}, name_from="TikTok Government Requests",
    date="Thu, 12 Sep 2024 05:55:41 +0000",
    subject=f"Re: [{R_TT}] Request to remove content",
    reply_to_req=R_TT,
    body=f"""
Hello,

We removed the following video for violating our Community Guidelines on
gambling:
{T5}

We could not locate the following video. It was no longer on TikTok when
we reviewed it:
{T2}

Best regards,
TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok trust-and-safety reply with the URL on the line below its statement",
    why="t5 removed; t2 could not be located (not_found)",
    items={T5: "removed", T2: "not_found"},
)

case(
    name="tiktok-bilingual-korean-particles",
    **{"from": "kr-govrequests@tiktok.com"}, name_from="TikTok Korea",
    date="Fri, 13 Sep 2024 01:40:00 +0000",
    subject=f"[{R_TT}] Update / 처리 결과 안내",
    body=f"""
Dear KCSC,

Please see our update on request {R_TT}.

Access to {T3} has been restricted in the Republic of Korea under local law.
The account {T4} has been permanently banned for repeated violations of our
Community Guidelines.

[한국어 안내]
{T3}은 현지 법률에 따라 대한민국 내 접근이 제한되었습니다.
{T4} 계정은 커뮤니티 가이드라인 반복 위반으로 영구 정지되었습니다。

TikTok Korea Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea bilingual (English/Korean) outcome notice",
    why="t3 restricted in KR, account t4 permanently banned; Korean lines (particle and full-width stop after URLs) agree",
    items={T3: "restricted", T4: "removed"},
)

case(
    name="tiktok-ticket-phrase-plus-removals",
    **{"from": "support@tiktok.com"}, name_from="TikTok Support",
    date="Tue, 10 Sep 2024 03:03:03 +0000",
    subject="TikTok ticket #TT-88124031",
    body=f"""
Hi there,

Thank you for contacting TikTok. We have received your request
({R_TT}) and created ticket #TT-88124031.

After reviewing it, we removed the videos {T1} and {T2} for violating
our Community Guidelines.

If you have further questions, reply to this email and keep the ticket
number in the subject line.

TikTok Support
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok support ticket reply (receipt wording plus outcome)",
    why="receipt phrase followed by an unhedged removal of t1 and t2: not a pure acknowledgement",
    items={T1: "removed", T2: "removed"},
)

case(
    name="tiktok-bulk-all-removed",
    **{"from": "kr-govrequests@tiktok.com"}, name_from="TikTok Government Requests",
    date="Mon, 09 Sep 2024 07:30:00 +0000",
    subject=f"Re: [{R_TT}] Request to remove content",
    reply_to_req=R_TT,
    body=f"""
Dear KCSC,

All of the videos and accounts listed in your request {R_TT} have been
removed from TikTok for violating our Community Guidelines.

Best regards,
TikTok Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="TikTok short blanket confirmation",
    why="'all of the videos and accounts' for a five-item request, none named",
    items={u: "pending" for u in T_ALL},
)

case(
    name="tiktok-will-restrict-pending-decision",
    **{"from": "kr-govrequests@tiktok.com"}, name_from="TikTok Government Requests",
    date="Sun, 08 Sep 2024 23:10:00 +0000",
    subject=f"Re: [{R_TT}] Request to remove content",
    reply_to_req=R_TT,
    body=f"""
Dear KCSC,

We will restrict access to {T3} in South Korea in the coming days.
A decision on {T1} is still pending with our legal team.

We will update you when our review is complete.

TikTok Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="TikTok interim reply with a promise and a pending decision",
    why="'will restrict' is a promise and t1 is pending a decision: nothing to record",
    items={T3: "pending", T1: "pending"},
)

MDN_BODY = f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-0909-tt"

--mdn-0909-tt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

This is a receipt for the mail you sent to <hyunwoo.lee@tiktok.com> at
9/6/2024 9:40 AM.

This receipt verifies that the message has been displayed on the
recipient's computer at 9/9/2024 10:02 AM.

--mdn-0909-tt
Content-Type: message/disposition-notification

Reporting-UA: hyunwoo.lee@tiktok.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;hyunwoo.lee@tiktok.com
Original-Message-ID: <{R_TT}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-0909-tt--
"""

case(
    name="tiktok-read-receipt",
    **{"from": "hyunwoo.lee@tiktok.com"}, name_from="Hyunwoo Lee",
    date="Mon, 09 Sep 2024 01:02:30 +0000",
    subject=f"Read: [{R_TT}] Request to remove content",
    raw_mime=MDN_BODY,
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN, displayed)",
    why="message disposition notification only",
    items={},
)

# ---- Reddit -------------------------------------------------------------
case(
    name="reddit-removed-and-suspended",
    **{"from": "legalremovals@reddit.com"}, name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 18:20:00 +0000",
    subject=f"Re: {R_RD} - legal removal request",
    reply_to_req=R_RD,
    body=f"""
Hi there,

Thanks for your request ({R_RD}). We've completed our review.

- The post at {RD1} has been removed by Reddit admins for violating our
  rule against transactions of illegal goods.
- The account u/seoul_plug_99 ({RD2}) has been permanently suspended and
  its profile is no longer available.

Reddit Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal-removals outcome email",
    why="r1 removed by admins; account r2 permanently suspended and unavailable",
    items={RD1: "removed", RD2: "removed"},
)

case(
    name="reddit-geo-restricted-and-no-account",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit",
    date="Fri, 13 Sep 2024 20:45:12 +0000",
    subject=f"Update on your legal request {R_RD}",
    body=f"""
Hello,

In response to your legal request, we have restricted access in South
Korea to the content at {RD1}.

We were unable to locate an account at {RD2}.

Learn more about how Reddit handles legal requests:
https://support.reddithelp.com/hc/en-us/articles/legal-requests

- Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit geo-restriction notice for a legal request",
    why="r1 geo-restricted in KR; r2 account cannot be located (not_found); help link is no item",
    items={RD1: "restricted", RD2: "not_found"},
)

case(
    name="reddit-asks-for-legal-basis",
    **{"from": "legalremovals@reddit.com"}, name_from="Reddit Legal",
    date="Tue, 10 Sep 2024 17:00:00 +0000",
    subject=f"Re: {R_RD} - legal removal request",
    reply_to_req=R_RD,
    body=f"""
Hi there,

Before we can act on your request {R_RD} concerning

{RD1}
{RD2}

please send us a copy of the order or decision, and the specific provision
of Korean law the content is said to breach. Once we have it we will
complete our review.

Reddit Legal Operations
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal team asking for the legal basis",
    why="asks for the order and legal provision; no statement on either item",
    items={RD1: "pending", RD2: "pending"},
)

case(
    name="reddit-lookalike-domain",
    **{"from": "legal@reddit-trustsafety.com"}, name_from="Reddit Trust & Safety",
    date="Wed, 11 Sep 2024 12:12:12 +0000",
    subject=f"Re: {R_RD} - legal removal request",
    body=f"""
Hello,

The post {RD1} has been removed following your request {R_RD}.

Reddit Trust & Safety
""",
    outcome="review", review="unknown_sender",
    imitates="removal confirmation from a look-alike domain that is not Reddit's",
    why="reddit-trustsafety.com is no Reddit sender domain",
    items={RD1: "pending"},
)

case(
    name="reddit-ticket-receipt",
    **{"from": "support@reddit.com"}, name_from="Reddit Help",
    date="Mon, 09 Sep 2024 05:01:44 +0000",
    subject="[Reddit Help] Your request has been received (#10882341)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Hello,

Your request ({R_RD}) has been received and is being reviewed by our team.
Your ticket number is #10882341. We'll get back to you as soon as we can.

To add information to this request, reply to this email.

Reddit Help
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Reddit help-desk (Zendesk-style) ticket receipt",
    why="pure receipt with a ticket number",
    items={},
)

# ---- Telegram -------------------------------------------------------------
case(
    name="telegram-channel-blocked-post-removed-nf",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 14:00:00 +0000",
    subject=f"Re: {R_TG}",
    reply_to_req=R_TG,
    body=f"""
Hello,

Thank you for your report.

The channel {G1} has been blocked and is no longer accessible on Telegram.
The post {G2} was removed together with the channel.

We could not find a public channel at {G3}.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply",
    why="g1 blocked and inaccessible (removed), g2 removed, g3 cannot be found",
    items={G1: "removed", G2: "removed", G3: "not_found"},
)

case(
    name="telegram-case-restricted-kr",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Fri, 13 Sep 2024 09:30:00 +0000",
    subject="Case #2024091188123",
    body=f"""
Hello,

Regarding your request {R_TG}:

The channel {G3} has been restricted for users in South Korea in
accordance with local legislation.

Case #2024091188123

Telegram Moderation
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram case-numbered moderation notice (country restriction)",
    why="g3 restricted for users in South Korea",
    items={G3: "restricted"},
)

case(
    name="telegram-automatic-reply",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Tue, 10 Sep 2024 01:00:05 +0000",
    subject=f"Automatic reply: {R_TG}",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This is an automated message.

We have received your message. Reports are processed in the order they
arrive and we are not able to answer each one individually. Please do not
send the same report more than once.

Telegram Abuse Team
""",
    outcome="ignored", classification="auto_reply",
    imitates="Telegram abuse mailbox automatic reply",
    why="auto-reply, nothing about any item",
    items={},
)

# ---- Discord ------------------------------------------------------------
case(
    name="discord-server-removed-no-url",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 17:22:00 +0000",
    subject=f"Re: [{R_DC}] Removal request - Discord server",
    reply_to_req=R_DC,
    body="""
Hello,

We've reviewed your report and removed the server you reported for
violating our Community Guidelines on regulated goods and gambling. The
server's owner has also been actioned.

You can read more about how we enforce our rules at
https://discord.com/safety/our-approach-to-content-moderation

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety report outcome",
    why="reply in the thread of a one-item request: 'removed the server you reported' applies to d1",
    items={D1: "removed"},
)

case(
    name="discord-invite-invalid",
    **{"from": "trust-safety@support.discord.com"}, name_from="Discord",
    date="Sat, 14 Sep 2024 03:45:18 +0000",
    subject=f"Your report ({R_DC}) has been closed",
    body=f"""
Hi,

The invite link {D1} is invalid or has expired, and we were unable to
identify a server associated with it. We have closed this ticket.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord ticket closed: invite invalid",
    why="invalid invite and no server found: not_found",
    items={D1: "not_found"},
)

DSN = f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-0911-dc"

--dsn-0911-dc
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.discord.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@discord.com>: host mx2.discord.com said: 550 5.1.1
    <legal-kr@discord.com>: Recipient address rejected: User unknown

--dsn-0911-dc
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.discord.com
Arrival-Date: Wed, 11 Sep 2024 07:00:04 +0000

Final-Recipient: rfc822; legal-kr@discord.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@discord.com>: Recipient address rejected: User unknown

--dsn-0911-dc
Content-Type: message/rfc822

Date: Wed, 11 Sep 2024 16:00:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@discord.com
Subject: [{R_DC}] Removal request - Discord server
Message-ID: <{R_DC}@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

{request_text(R_DC, [D1], "Discord")}

--dsn-0911-dc--
"""

case(
    name="discord-bounce-user-unknown",
    **{"from": "MAILER-DAEMON@mx2.discord.com"}, name_from="Mail Delivery System",
    date="Wed, 11 Sep 2024 07:00:05 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=DSN,
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the original request attached",
    why="DSN; the URL is only in the returned request",
    items={},
)

# ---- Twitch / Snapchat / Pinterest -------------------------------------------
case(
    name="twitch-not-our-service",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date="Mon, 09 Sep 2024 16:16:16 +0000",
    subject=f"Re: {R_TT}",
    body=f"""
Hello,

We received your message referencing {T4}.

This URL is not hosted on Twitch, and we were unable to locate any Twitch
channel or content matching it. Please direct your request to the service
that hosts the content.

Twitch Legal
""",
    outcome="review", review="wrong_platform",
    imitates="Twitch legal reply to a misdirected request",
    why="Twitch states it cannot locate a TikTok item: another platform's status statement",
    items={T4: "pending"},
)

case(
    name="pinterest-action-taken-no-ref",
    **{"from": "no-reply@pinterest.com"}, name_from="Pinterest",
    date="Wed, 11 Sep 2024 19:19:19 +0000",
    subject="Update on your report",
    body="""
Hi,

We've finished reviewing the report you submitted and have taken action on
the Pins that break our Community Guidelines. Thanks for helping keep
Pinterest a positive place.

Review our Community Guidelines: https://policy.pinterest.com/community-guidelines

The Pinterest team
""",
    outcome="review", review="no_claims",
    imitates="Pinterest help-centre report outcome email",
    why="trusted platform mail stating an action but naming no item and no request",
    items={},
)

case(
    name="snapchat-unmonitored-autoreply",
    **{"from": "lawenforcement@snapchat.com"}, name_from="Snap Law Enforcement Operations",
    date="Tue, 10 Sep 2024 06:06:06 +0000",
    subject="Automatic reply: Request regarding content",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Thank you for contacting Snap Inc. This mailbox is not monitored for
content removal requests. Government agencies should submit requests through
our law enforcement portal. This is an automated reply.

Snap Law Enforcement Operations
""",
    outcome="ignored", classification="auto_reply",
    imitates="Snap law-enforcement mailbox auto-reply",
    why="automated reply, nothing about any item",
    items={},
)


HEADER = """# Blind set 388 (English notices from many platforms), written from each
# email's meaning before any run of the reader. Generated by make.py."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, C)


if __name__ == "__main__":
    main()
