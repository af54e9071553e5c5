#!/usr/bin/env python3
"""Blind set 724: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).

    python3 tests/corpus/blind724/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the meaning of each email alone,
before any run of the reader.
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

# --- requests -------------------------------------------------------------

X1 = "https://x.com/moonlit_rumor/status/1835501112233441024"
X2 = "https://x.com/moonlit_rumor/status/1835501987762331648"
X3 = "https://x.com/grey_lantern88/status/1835523340918276096"
X4 = "https://x.com/grey_lantern88/status/1835530021194752000"
X5 = "https://x.com/paper_kite_kr/status/1835547729018814464"
X6 = "https://x.com/paper_kite_kr/status/1835551180093440512"
X7 = "https://x.com/saltfog_daily/status/1835568812274405376"
X8 = "https://x.com/saltfog_daily/status/1835570093398818816"
X9 = "https://x.com/tin_orchard/status/1835589120004440064"
X10 = "https://x.com/tin_orchard/status/1835590077712150528"
X11 = "https://x.com/velvet_quarry"
X12 = "https://twitter.com/lowtide_echo/status/1835612200845971456"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

Y1 = "https://www.youtube.com/watch?v=Qm7rT2xPa9E"
Y2 = "https://www.youtube.com/watch?v=Lk0vB8sZn3W"
Y3 = "https://youtu.be/fH2dN6cYq1U"
Y4 = "https://www.youtube.com/shorts/Zp4Xw9Ke2Rt"
YS = [Y1, Y2, Y3, Y4]

M1 = "https://www.facebook.com/groups/2210983345567812/posts/2291047765123490/"
M2 = "https://www.facebook.com/profile.php?id=100089934412765"
M3 = "https://www.instagram.com/p/C9xKq2LsT4b/"
M4 = "https://www.instagram.com/reel/C9zR7mPoW1e/"
M5 = "https://www.facebook.com/watch/?v=1184420937761235"
MS = [M1, M2, M3, M4, M5]

T1 = "https://www.tiktok.com/@nightbus_kr/video/7414859021376113928"
T2 = "https://www.tiktok.com/@nightbus_kr/video/7415002213348736264"
T3 = "https://www.tiktok.com/@hollow.peach/video/7415198830511574289"
TS = [T1, T2, T3]

R1 = "https://www.reddit.com/r/ghostfolder_kr/comments/1fjq2xk/fresh_batch_september/"
R2 = "https://www.reddit.com/user/quietmarrow22/comments/1fk0b7d/set_2/"

D1 = "https://discord.gg/k7Tq2mVb"

G1 = "https://t.me/amber_ledger_ch/318"
G2 = "https://t.me/amber_ledger_ch/322"

REQUESTS = [
    ("KCSC-240917-01", "x", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00",
     "non_consensual_intimate_imagery", XS),
    ("KCSC-240917-02", "youtube", "2024-09-17T14:30:00+09:00", "2024-09-24T18:00:00+09:00",
     "defamation", YS),
    ("KCSC-240918-03", "meta", "2024-09-18T09:40:00+09:00", "2024-09-25T18:00:00+09:00",
     "illegal_gambling", MS),
    ("KCSC-240918-04", "tiktok", "2024-09-18T11:15:00+09:00", "2024-09-25T18:00:00+09:00",
     "drug_trade", TS),
    ("KCSC-240919-05", "reddit", "2024-09-19T10:05:00+09:00", "2024-09-26T18:00:00+09:00",
     "deepfake_sexual_abuse", [R1, R2]),
    ("KCSC-240919-06", "discord", "2024-09-19T16:20:00+09:00", "2024-09-26T18:00:00+09:00",
     "deepfake_sexual_abuse", [D1]),
    ("KCSC-240920-07", "telegram", "2024-09-20T10:00:00+09:00", "2024-09-27T18:00:00+09:00",
     "drug_trade", [G1, G2]),
]


def write_requests():
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls in REQUESTS:
        mid = "<req-%s@kcsc.example>" % ref[5:].lower()
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, ""])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quote(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


X_REQUEST = [
    "Dear X Legal team,",
    "",
    "The Korea Communications Standards Commission requests the removal of the",
    "following posts under Article 44-7 of the Information and Communications",
    "Network Act (our reference KCSC-240917-01):",
    "",
] + ["%d. %s" % (i + 1, u) for i, u in enumerate(XS)] + [
    "",
    "Please reply with the action taken for each URL by 24 September 2024.",
    "",
    "KCSC Takedown desk",
]

Y_REQUEST = [
    "Dear YouTube Legal,",
    "",
    "Please remove the following 4 videos (KCSC-240917-02):",
] + YS + ["", "Regards,", "KCSC Takedown desk"]

M_REQUEST = [
    "Dear Meta Legal Operations,",
    "",
    "We request that the following content be removed (KCSC-240918-03):",
] + ["- " + u for u in MS] + ["", "KCSC Takedown desk"]


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


# --- cases ----------------------------------------------------------------

CASES = []


def case(**c):
    CASES.append(c)


# ===== X ===================================================================

case(
    name="x-cwc-bulleted-topposted",
    from_="legalrequests@x.com", name_from="X Legal",
    date="Fri, 20 Sep 2024 03:12:40 +0000",
    subject="Re: [KCSC-240917-01] Request to remove content under Korean law",
    reply_to_req="req-240917-01",
    body="""Hello,

Thank you for your request. We reviewed the reported posts under the X Rules
and under Korean law and have taken the actions below.

Withheld in South Korea (Country Withheld Content):
- %s
- %s
- %s

Removed globally for violating the X Rules:
- %s

We are still assessing the other posts in your request and will answer
separately. The account holders have been told about the action, in line
with our user notice policy. How country withholding works:
https://help.x.com/en/rules-and-policies/country-withheld-content

Regards,
X Legal

On Tue, Sep 17, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
%s
""" % (X1, X2, X3, X4, quote(X_REQUEST)),
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome (Country Withheld Content vs. X Rules removal), Gmail top-posted reply",
    why="two headed lists: three posts withheld in KR, one removed globally; the quoted request lists all 12 and changes nothing",
    items={X1: "restricted", X2: "restricted", X3: "restricted", X4: "removed"},
)

case(
    name="x-html-outcome-table",
    from_="legalrequests@x.com", name_from="X Legal",
    date="Sat, 21 Sep 2024 01:05:09 +0000",
    subject="Outcome of your request KCSC-240917-01",
    type="html",
    body="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello KCSC team,</p>
<p>Please find below the outcome of our review of your request <b>KCSC-240917-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Outcome</th><th>Notes</th></tr>
<tr><td><a href="%s">%s</a></td><td>Withheld in KR</td><td>Local law (legal demand)</td></tr>
<tr><td><a href="%s">%s</a></td><td>Removed</td><td>Violation of the X Rules (non-consensual nudity)</td></tr>
<tr><td><a href="%s">%s</a></td><td>No action</td><td>We did not find that this post breaks the X Rules or Korean law as described in the request</td></tr>
<tr><td><a href="%s">%s</a></td><td>Not found</td><td>The post no longer exists</td></tr>
</table>
<p>The remaining URLs of the request are covered in other emails.</p>
<p>Best regards,<br>X Legal</p>
<p style="color:#888">X Corp., 1355 Market Street, San Francisco, CA</p>
</body></html>""" % (X5, X5, X6, X6, X7, X7, X8, X8),
    outcome="applied", classification="confirmation",
    imitates="X legal team outcome table (HTML), one row per reported URL",
    why="table rows: withheld in KR / removed / no action with reason / not found",
    items={X5: "restricted", X6: "removed", X7: "rejected", X8: "not_found"},
)

_X_CSV_ROWS = [
    (X1, "Withheld in South Korea", "KR"),
    (X2, "Withheld in South Korea", "KR"),
    (X3, "Removed (X Rules violation)", "Global"),
    (X4, "Removed (X Rules violation)", "Global"),
    (X5, "Withheld in South Korea", "KR"),
    (X6, "Withheld in South Korea", "KR"),
    (X7, "No action - not in violation", ""),
    (X8, "Content not found", ""),
    (X9, "Withheld in South Korea", "KR"),
    (X10, "Removed (X Rules violation)", "Global"),
    (X11, "Account suspended", "Global"),
    (X12, "Content not found", ""),
]
_xcsv = io.StringIO(newline="")
_w = csv.writer(_xcsv, lineterminator="\r\n")
_w.writerow(["request_id", "reported_url", "decision", "scope", "decided_on"])
for _u, _d, _s in _X_CSV_ROWS:
    _w.writerow(["KCSC-240917-01", _u, _d, _s, "2024-09-23"])

case(
    name="x-csv-attachment-full-batch",
    from_="legalrequests@x.com", name_from="X Legal",
    date="Mon, 23 Sep 2024 07:44:02 +0000",
    subject="Re: [KCSC-240917-01] Request to remove content under Korean law - final response",
    reply_to_req="req-240917-01",
    raw_mime="""Content-Type: multipart/mixed; boundary="=_x_b724_csv"

--=_x_b724_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

This is our final response to request KCSC-240917-01. The decision for
each of the 12 reported URLs is in the attached CSV file (one row per URL).

Where a post was withheld, it remains visible outside South Korea.

Regards,
X Legal

--=_x_b724_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240917-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240917-01_outcome.csv"
Content-Transfer-Encoding: base64

%s
--=_x_b724_csv--
""" % b64(_xcsv.getvalue()).strip("\n"),
    outcome="applied", classification="confirmation",
    imitates="X legal final response with a per-URL decision spreadsheet attached (CSV, base64)",
    why="CSV row per item: withheld KR -> restricted, removed, no action -> rejected, not found, account suspended -> removed",
    items={X1: "restricted", X2: "restricted", X3: "removed", X4: "removed", X5: "restricted",
           X6: "restricted", X7: "rejected", X8: "not_found", X9: "restricted", X10: "removed",
           X11: "removed", X12: "not_found"},
)

case(
    name="x-account-suspended",
    from_="safety-noreply@x.com", name_from="X Safety",
    date="Fri, 20 Sep 2024 11:30:55 +0000",
    subject="Your request KCSC-240917-01: account action",
    body="""Hello,

We're writing about your request KCSC-240917-01.

The account %s has been permanently suspended for
violating the X Rules. The account and its posts can no longer be viewed
on X anywhere.

For privacy reasons we can't share further details about the account.

X Safety
""" % X11,
    outcome="applied", classification="confirmation",
    imitates="X account-suspension notice to a reporter",
    why="the requested account URL is permanently suspended and unviewable everywhere: removed",
    items={X11: "removed"},
)

case(
    name="x-twitter-domain-not-found",
    from_="legal@twitter.com", name_from="X Legal Operations",
    date="Sat, 21 Sep 2024 22:18:31 +0000",
    subject="RE: KCSC-240917-01",
    reply_to_req="req-240917-01",
    body="""Hi,

Regarding:
%s
Status: Not found. We were unable to locate this post and it is no longer
present on X.

Thanks,
X Legal Operations
""" % X12,
    outcome="applied", classification="confirmation",
    imitates="terse legal-ops ticket reply sent from the legacy twitter.com domain, bare URL with status on the next line",
    why="twitter.com is an X sender domain; 'unable to locate ... no longer present' is not_found",
    items={X12: "not_found"},
)

_x_qp_body = """Dear KCSC,

We have completed our review of the following two posts from your request KCSC-240917-01.

%s
Action: Withheld in South Korea in response to a legal demand.

%s
Action: No action taken. After review we did not find this post to violate the X Rules, and the request did not establish that it is unlawful in Korea.

Kind regards,
Min-seo Kang
Legal Policy, X Corp.

________________________________
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 10:00 AM
To: legalrequests@x.com
Subject: [KCSC-240917-01] Request to remove content under Korean law

Dear X Legal team, please remove the following posts:
%s
%s
""" % (X9, X10, X9, X10)

case(
    name="x-qp-outlook-two-actions",
    from_="mkang@x.com", name_from="Min-seo Kang",
    date="Sun, 22 Sep 2024 05:02:14 +0000",
    subject="RE: [KCSC-240917-01] Request to remove content under Korean law",
    reply_to_req="req-240917-01",
    raw_mime="""Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

""" + qp(_x_qp_body),
    outcome="applied", classification="confirmation",
    imitates="X legal policy staff reply from Outlook, quoted-printable body, original message below an underscore rule",
    why="URL then 'Action:' line: one withheld in KR, one no action with reasons (rejected); the quoted original only asks",
    items={X9: "restricted", X10: "rejected"},
)

case(
    name="x-fullwidth-parens-korean",
    from_="legal-kr@x.com", name_from="X Korea Legal",
    date="Mon, 23 Sep 2024 02:40:00 +0000",
    subject="[KCSC-240917-01] =?UTF-8?B?" + base64.b64encode("처리 결과".encode()).decode() + "?= / outcome",
    body="""안녕하세요, KCSC 담당자님.

Please see our update on request KCSC-240917-01 below.

• %s（withheld in Korea）
• %s（withheld in Korea）

Both posts now show viewers in Korea a notice that they have been withheld
in KR in response to a legal demand. They stay visible in other countries.

감사합니다.
X Korea Legal
""" % (X7, X8),
    outcome="applied", classification="confirmation",
    imitates="X Korea legal staff update, English with a Korean greeting, status in full-width parentheses right after each URL",
    why="both posts withheld in Korea: restricted (the full-width bracket is not part of the URL)",
    items={X7: "restricted", X8: "restricted"},
)

case(
    name="x-echoed-report-blocks",
    from_="notify@x.com", name_from="X",
    date="Thu, 19 Sep 2024 16:21:47 +0000",
    subject="Update on your report",
    body="""Hello,

We've reviewed the content you reported to us.

Report ID: 0194-5523-KR
Reported content: %s
Reported for: Non-consensual nudity
Outcome: We removed this post because it broke our rules.

Report ID: 0194-5524-KR
Reported content: %s
Reported for: Non-consensual nudity
Outcome: We removed this post because it broke our rules.

Thanks for helping keep X safe.

Our rules: https://help.x.com/en/rules-and-policies/x-rules
""" % (X5, X6),
    outcome="applied", classification="confirmation",
    imitates="X 'Update on your report' reporter notification echoing each report with its outcome",
    why="each echoed report block ends in an unhedged 'we removed this post'; the help link is no item",
    items={X5: "removed", X6: "removed"},
)

case(
    name="x-one-done-one-under-review",
    from_="legalrequests@x.com", name_from="X Legal",
    date="Thu, 19 Sep 2024 09:55:12 +0000",
    subject="Re: [KCSC-240917-01] Request to remove content under Korean law",
    reply_to_req="req-240917-01",
    body="""Hi,

Following up on KCSC-240917-01.

%s has been removed for violating the X Rules.

%s is still under review by our team. We will get back to you once a decision has been made.

Best,
X Legal
""" % (X1, X2),
    outcome="applied", classification="confirmation",
    imitates="X legal partial answer: one decision, one post still under review",
    why="first post removed; the second is only 'under review' and stays pending",
    items={X1: "removed", X2: "pending"},
)

case(
    name="x-promise-will-withhold",
    from_="legalrequests@x.com", name_from="X Legal",
    date="Wed, 18 Sep 2024 08:10:33 +0000",
    subject="Re: [KCSC-240917-01] Request to remove content under Korean law",
    reply_to_req="req-240917-01",
    body="""Hello,

We have reviewed your request KCSC-240917-01. The posts below will be
withheld in South Korea within the next 48 hours, once the account holders
have been notified:

%s
%s

We'll confirm when this has been done.

X Legal
""" % (X3, X4),
    outcome="review", review="not_understood",
    imitates="X legal notice of intended withholding pending user notice",
    why="'will be withheld' is a promise, not a statement; names requested items, so review",
    items={X3: "pending", X4: "pending"},
)

case(
    name="x-bulk-all-withheld",
    from_="legalrequests@x.com", name_from="X Legal",
    date="Tue, 24 Sep 2024 04:31:00 +0000",
    subject="Re: [KCSC-240917-01] Request to remove content under Korean law",
    reply_to_req="req-240917-01",
    body="""Hello,

This is to confirm that all of the posts listed in your request
KCSC-240917-01 have been withheld in South Korea in response to your legal
demand.

Regards,
X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal one-line bulk confirmation for a multi-URL request",
    why="one statement about all 12 items without naming any: bulk, nothing applied",
    items={u: "pending" for u in XS},
)

case(
    name="x-twitter-dmarc-fail",
    from_="legal@twitter.com", name_from="X Legal",
    auth="fail",
    date="Sat, 21 Sep 2024 13:47:20 +0000",
    subject="RE: KCSC-240917-01 action taken",
    body="""Dear KCSC,

The post %s was removed today for violating
the X Rules.

X Legal
""" % X3,
    outcome="review", review="untrusted",
    imitates="X legal reply from twitter.com that fails DKIM/SPF/DMARC",
    why="a plain removal statement, but the twitter.com sender fails authentication",
    items={X3: "pending"},
)

case(
    name="x-legal-out-of-office",
    from_="mkang@x.com", name_from="Min-seo Kang",
    date="Tue, 17 Sep 2024 01:00:41 +0000",
    subject="Automatic reply: [KCSC-240917-01] Request to remove content under Korean law",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 30 September with limited access to email.

For urgent legal requests please write to legalrequests@x.com, which is
monitored by the team.

Min-seo
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from an X legal staff member",
    why="auto-reply (Auto-Submitted header, out-of-office text)",
    items={},
)

# ===== YouTube / Google ====================================================

case(
    name="yt-legal-global-and-local",
    from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date="Thu, 19 Sep 2024 06:14:08 +0000",
    subject="[KCSC-240917-02] Outcome of your legal removal request",
    body="""Hello,

Thank you for contacting YouTube.

We reviewed your request KCSC-240917-02 under YouTube's Community
Guidelines and applicable local law.

- %s : We removed this video from YouTube for violating our Community Guidelines.
- %s : Based on local law, we have blocked this video from view in South Korea.

We will reply separately about the other URLs in your request.

Regards,
The YouTube Legal Team
""" % (Y1, Y2),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome: global guideline removal vs. local-law geo-block",
    why="one removed globally, one blocked from view in South Korea (restricted)",
    items={Y1: "removed", Y2: "restricted"},
)

case(
    name="yt-age-restricted-and-no-action",
    from_="legal-support@google.com", name_from="Google Legal Support",
    date="Fri, 20 Sep 2024 08:27:15 +0000",
    subject="Re: [KCSC-240917-02] Request to remove content",
    reply_to_req="req-240917-02",
    body="""Hi there,

Here is an update on your request KCSC-240917-02.

URL: %s
Decision: Age-restricted. The video isn't suitable for all audiences, so
viewers must be signed in and over 18 to watch it.

URL: %s
Decision: No action. We reviewed this Short and it doesn't violate our
Community Guidelines. We also found no sufficient basis to restrict it
under local law, so it remains available.

If you have new information, you can submit a new request at
https://support.google.com/legal/answer/3110420

Sincerely,
Google Legal Support
""" % (Y3, Y4),
    outcome="applied", classification="confirmation",
    imitates="Google legal support per-URL decision blocks (age restriction; no action)",
    why="age-restricted -> restricted; 'no action ... remains available' with its reasons -> rejected; the support link is no item",
    items={Y3: "restricted", Y4: "rejected"},
)

_yt_html = """<html><body>
<div style="font-family:Roboto,Arial,sans-serif">
<p>Hello,</p>
<p>We're writing to let you know that the content you reported has been reviewed.</p>
<p>Video: <a href="%s">%s</a><br>
Result: Removed for violating YouTube's harassment and cyberbullying policy.</p>
<p>Reference: KCSC-240917-02</p>
<p>&mdash; The YouTube Team</p>
<p style="font-size:11px;color:#777">&copy; 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>
</div>
</body></html>
""" % (Y4, Y4)

case(
    name="yt-base64-html-removed",
    from_="noreply@youtube.com", name_from="YouTube",
    date="Sat, 21 Sep 2024 03:33:50 +0000",
    subject="Update on content you reported",
    raw_mime="""Content-Type: multipart/alternative; boundary="00000000000071b6e50622b3c0a1"

--00000000000071b6e50622b3c0a1
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

%s
--00000000000071b6e50622b3c0a1--
""" % b64(_yt_html).strip("\n"),
    outcome="applied", classification="confirmation",
    imitates="YouTube reporter notification, HTML only, base64 transfer encoding",
    why="the Short is 'Removed for violating ... policy'",
    items={Y4: "removed"},
)

case(
    name="yt-gmail-topposted-removed-and-stays",
    from_="dhyun@google.com", name_from="Dae-hyun Cho",
    date="Mon, 23 Sep 2024 05:41:02 +0000",
    subject="Re: [KCSC-240917-02] Request to remove content",
    reply_to_req="req-240917-02",
    body="""Hello,

Thanks for your patience. The Short at %s
has been removed.

We also reviewed %s and it will stay up: it
doesn't violate our policies, and we weren't able to identify a legal basis
for removal in the information provided.

Best,
Dae-hyun
YouTube Trust & Safety

On Tue, Sep 17, 2024 at 2:30 PM KCSC Takedown <takedown@kcsc.example> wrote:
%s
""" % (Y4, Y1, quote(Y_REQUEST)),
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety staff reply from Gmail, top-posted over the quoted request",
    why="one Short removed; one video stays up because it breaks no policy (rejected); quoted URLs change nothing",
    items={Y4: "removed", Y1: "rejected"},
)

case(
    name="yt-hedge-may-have-been",
    from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 02:12:44 +0000",
    subject="Re: [KCSC-240917-02] Request to remove content",
    reply_to_req="req-240917-02",
    body="""Hi,

Thanks for your request KCSC-240917-02. When we checked
%s it looked like the video may have already been
taken down, possibly by the uploader. We're confirming this with the
relevant team and will update you.

YouTube Legal Support
""" % Y2,
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim reply with an unconfirmed observation",
    why="'looked like ... may have already been taken down' is a hedge; the item stays pending",
    items={Y2: "pending"},
)

case(
    name="yt-asks-more-info",
    from_="legal-support@google.com", name_from="Google Legal Support",
    date="Wed, 18 Sep 2024 07:05:19 +0000",
    subject="Re: [KCSC-240917-02] Request to remove content - more information needed",
    reply_to_req="req-240917-02",
    body="""Hello,

To help us process your request KCSC-240917-02 for %s,
please send us:

1. the timestamp(s) in the video where the content you consider unlawful
   appears, and
2. the specific provision of Korean law that the content violates.

Once we receive this information we will continue our review. Until then
the request remains open.

Google Legal Support
""" % Y3,
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Google legal 'we need more information' reply (timestamps, legal basis)",
    why="asks the regulator for timestamps and the legal provision; no decision on the video",
    items={Y3: "pending"},
)

case(
    name="yt-read-receipt",
    from_="sylim@google.com", name_from="Seo-yeon Lim",
    date="Wed, 18 Sep 2024 00:02:11 +0000",
    subject="Read: [KCSC-240917-02] Request to remove content",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="----=_mdn_b724_yt"

------=_mdn_b724_yt
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Your message

  To: sylim@google.com
  Subject: [KCSC-240917-02] Request to remove content
  Sent: Tuesday, September 17, 2024 2:30:00 PM (UTC+09:00) Seoul

was read on Wednesday, September 18, 2024 9:02:11 AM (UTC+09:00) Seoul.

------=_mdn_b724_yt
Content-Type: message/disposition-notification

Reporting-UA: Microsoft Exchange Server
Final-Recipient: rfc822;sylim@google.com
Original-Message-ID: <req-240917-02@kcsc.example>
Disposition: automatic-action/MDN-sent-automatically; displayed

------=_mdn_b724_yt--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook/Exchange read receipt (MDN) from a Google legal staff member",
    why="read receipt: says nothing about the items",
    items={},
)

# ===== Meta (Facebook / Instagram) =========================================

case(
    name="meta-local-law-restriction",
    from_="legal-ops-noreply@meta.com", name_from="Meta Legal Operations",
    date="Fri, 20 Sep 2024 10:18:36 +0000",
    subject="Your report KCSC-240918-03: content restricted based on local law",
    body="""Hello,

We've reviewed your report (KCSC-240918-03) about content you believe
violates local law in the Republic of Korea.

Based on our review, we've taken the following action.

Restricted access in South Korea:
%s
%s

Removed for going against our Community Standards:
%s

We haven't finished reviewing the rest of the content you reported yet.

How Meta handles reports based on local law:
https://transparency.meta.com/reports/content-restrictions

Meta Legal Operations
""" % (M1, M3, M2),
    outcome="applied", classification="confirmation",
    imitates="Meta 'content restrictions based on local law' response to a government authority",
    why="two items restricted in KR under a heading, one profile removed under Community Standards",
    items={M1: "restricted", M3: "restricted", M2: "removed"},
)

case(
    name="meta-gmail-quoted-notfound-rejected",
    from_="lawenforcement@facebook.com", name_from="Facebook Law Enforcement Response",
    date="Sat, 21 Sep 2024 09:09:09 +0000",
    subject="Re: [KCSC-240918-03] Removal request",
    reply_to_req="req-240918-03",
    body="""Hi,

Following our review:

- We couldn't find the content at %s . The link
  may be broken or the content may have been removed by the person who
  shared it.
- %s : we reviewed this video and found that it
  doesn't go against our Community Standards. Our legal team also reviewed
  it and we did not restrict it in Korea, as the report did not show it to
  be unlawful there. It remains on Facebook.

Thanks,
Facebook Law Enforcement Response Team

On Wed, Sep 18, 2024 at 9:40 AM KCSC Takedown <takedown@kcsc.example> wrote:
%s
""" % (M4, M5, quote(M_REQUEST)),
    outcome="applied", classification="confirmation",
    imitates="Facebook LER reply: 'we couldn't find the content' and 'doesn't go against our Community Standards', over a Gmail quote",
    why="'couldn't find the content' -> not_found (the 'may' clause only guesses why); video kept up after review -> rejected",
    items={M4: "not_found", M5: "rejected"},
)

case(
    name="meta-instagram-decision-notice",
    from_="no-reply@instagram.com", name_from="Instagram",
    date="Fri, 20 Sep 2024 14:50:00 +0000",
    subject="Decision on your report KCSC-240918-03",
    body="""Notice of decision on your report

Reported content: %s
Decision: Removed
Date of decision: 20 September 2024
Basis: We found that this post goes against our Community Guidelines. The
decision was taken after review by a person.

If you disagree with this decision, you can find out about your options
at https://help.instagram.com/477434105621119

Instagram, operated by Meta Platforms Ireland Limited
""" % M3,
    outcome="applied", classification="confirmation",
    imitates="Instagram DSA Article 16(5) notice of decision to a notifier (field list)",
    why="'Decision: Removed' for the named post; the help link is no item",
    items={M3: "removed"},
)

case(
    name="meta-html-table",
    from_="legal-ops-noreply@meta.com", name_from="Meta Legal Operations",
    date="Mon, 23 Sep 2024 06:00:12 +0000",
    subject="Outcome of your request KCSC-240918-03",
    type="html",
    body="""<html><head><meta charset="utf-8"></head><body>
<p>Hello,</p>
<p>Below is the outcome for the content in your request <b>KCSC-240918-03</b>.</p>
<table style="border-collapse:collapse" border="1" cellpadding="5">
<thead><tr><th>#</th><th>Content</th><th>Action taken</th></tr></thead>
<tbody>
<tr><td>1</td><td>%s</td><td>Removed &ndash; goes against our Community Standards</td></tr>
<tr><td>2</td><td>%s</td><td>Access restricted in South Korea (local law)</td></tr>
<tr><td>3</td><td>%s</td><td>Removed &ndash; goes against our Community Guidelines</td></tr>
<tr><td>4</td><td>%s</td><td>Not found &ndash; the link did not lead to any content</td></tr>
</tbody></table>
<p>Meta Legal Operations</p>
</body></html>""" % (M1, M2, M4, M5),
    outcome="applied", classification="confirmation",
    imitates="Meta legal operations outcome table (HTML, unlinked URLs)",
    why="one row per item: removed, restricted in KR, removed, not found",
    items={M1: "removed", M2: "restricted", M4: "removed", M5: "not_found"},
)

case(
    name="meta-outlook-original-message",
    from_="lawenforcement@facebook.com", name_from="Facebook Law Enforcement Response",
    date="Tue, 24 Sep 2024 02:26:45 +0000",
    subject="RE: [KCSC-240918-03] Removal request",
    reply_to_req="req-240918-03",
    body="""Hello KCSC,

The Instagram post %s has been made unavailable
in South Korea based on local law. It remains visible elsewhere.

Regards,
Meta Law Enforcement Response

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 18, 2024 9:40 AM
To: records-kr@meta.com
Subject: [KCSC-240918-03] Removal request

Dear Meta Legal Operations,

We request that the following content be removed (KCSC-240918-03):
%s
""" % (M3, "\n".join(MS)),
    outcome="applied", classification="confirmation",
    imitates="Meta LER reply from Outlook with the request under -----Original Message-----",
    why="one post made unavailable in South Korea (restricted); the original message below only asks",
    items={M3: "restricted"},
)

case(
    name="meta-bulk-actioned",
    from_="legal-ops-noreply@meta.com", name_from="Meta Legal Operations",
    date="Wed, 25 Sep 2024 01:15:00 +0000",
    subject="Your report KCSC-240918-03 has been resolved",
    body="""Hello,

We've taken action on the content you reported in KCSC-240918-03. All of
the reported items have been removed from Facebook and Instagram.

Thanks for helping keep our community safe.

Meta Legal Operations
""",
    outcome="review", review="bulk",
    imitates="Meta 'we took action on what you reported' summary notice",
    why="one statement about all five items without naming them: bulk",
    items={u: "pending" for u in MS},
)

case(
    name="meta-reminder-bounce",
    from_="mailer-daemon@meta.com", name_from="Mail Delivery Subsystem",
    auth="none",
    date="Thu, 26 Sep 2024 00:01:12 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="b724-dsn-meta"

--b724-dsn-meta
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx-in-07.meta.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<records-kr@meta.com>: host mbox.meta.com said: 550 5.1.1 User unknown

--b724-dsn-meta
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-in-07.meta.com
Arrival-Date: Thu, 26 Sep 2024 00:01:10 +0000

Final-Recipient: rfc822; records-kr@meta.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--b724-dsn-meta
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: records-kr@meta.com
Subject: Reminder: KCSC-240918-03 - items still pending
Message-ID: <reminder.KCSC-240918-03.1@kcsc.example>
Date: Thu, 26 Sep 2024 09:00:00 +0900
Content-Type: text/plain; charset=utf-8

The following items of request KCSC-240918-03 are past their deadline:
%s

--b724-dsn-meta--
""" % "\n".join(MS),
    outcome="ignored", classification="bounce",
    imitates="Postfix-style delivery status notification returning our reminder",
    why="bounce (multipart/report delivery-status); the returned reminder lists URLs but states nothing",
    items={},
)

# ===== TikTok ==============================================================

case(
    name="tiktok-numbered-list",
    from_="legal-noreply@tiktok.com", name_from="TikTok Global Legal",
    date="Fri, 20 Sep 2024 05:47:33 +0000",
    subject="Re: KCSC-240918-04 removal request",
    reply_to_req="req-240918-04",
    body="""Dear Sir or Madam,

Thank you for your notice. We have reviewed the content and taken the
following actions:

1. %s – Removed. The video violated our Community Guidelines.
2. %s – Restricted. Access to this video has been restricted in South Korea in accordance with local law.
3. %s – No violation found. We did not find that this video violates our Community Guidelines or local law, so it remains available.

Kind regards,
TikTok Global Legal Team
""" % (T1, T2, T3),
    outcome="applied", classification="confirmation",
    imitates="TikTok legal response to a government removal notice, numbered per URL",
    why="removed / restricted in South Korea / no violation, remains available (rejected)",
    items={T1: "removed", T2: "restricted", T3: "rejected"},
)

case(
    name="tiktok-angle-brackets",
    from_="trustandsafety@tiktok.com", name_from="TikTok Trust and Safety",
    date="Sat, 21 Sep 2024 07:20:11 +0000",
    subject="Re: KCSC-240918-04",
    body="""Hello,

Regarding your request KCSC-240918-04:

We removed the video <%s> for violating our
Community Guidelines.

The video <%s> could not be found: it was
deleted by its creator before our review.

TikTok Trust and Safety
""" % (T1, T3),
    outcome="applied", classification="confirmation",
    imitates="TikTok trust and safety reply with URLs in angle brackets",
    why="one removed; one deleted by its creator before review (not_found)",
    items={T1: "removed", T3: "not_found"},
)

case(
    name="tiktok-wrapped-angle-url",
    from_="trustandsafety@tiktok.com", name_from="TikTok Trust and Safety",
    date="Mon, 23 Sep 2024 09:03:27 +0000",
    subject="Re: KCSC-240918-04",
    body="""Hi team,

Update on KCSC-240918-04: the following video is now restricted in the
Republic of Korea and can no longer be viewed there:

<https://www.tiktok.com/@hollow.peach/video/
7415198830511574289>

It remains available in other regions.

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok reply whose long URL is wrapped inside angle brackets (RFC 3986 appendix C style)",
    why="the one video, URL wrapped across two lines inside <>, is restricted in Korea",
    items={T3: "restricted"},
)

case(
    name="tiktok-dmarc-fail",
    from_="legal@tiktok.com", name_from="TikTok Legal",
    auth="fail",
    date="Sun, 22 Sep 2024 12:12:12 +0000",
    subject="KCSC-240918-04 result",
    body="""Hello,

The following videos from request KCSC-240918-04 have been removed:
%s
%s

TikTok Legal
""" % (T1, T2),
    outcome="review", review="untrusted",
    imitates="TikTok legal result mail failing DMARC",
    why="clear removals, but the tiktok.com sender fails authentication",
    items={T1: "pending", T2: "pending"},
)

case(
    name="tiktok-vendor-unknown-sender",
    from_="tiktok-support@moderation-partners.example", name_from="TikTok Content Review (partner)",
    date="Sun, 22 Sep 2024 03:40:00 +0000",
    subject="RE: KCSC-240918-04",
    body="""Hello,

On behalf of TikTok, we confirm that the video
%s has been removed.

Content Review Operations
Moderation Partners Ltd. - a TikTok service provider
""" % T2,
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor writing 'on behalf of' the platform",
    why="names a requested URL but the sender domain is no platform's",
    items={T2: "pending"},
)

case(
    name="tiktok-ticket-receipt",
    from_="noreply@support.tiktok.com", name_from="TikTok Support",
    date="Wed, 18 Sep 2024 02:16:03 +0000",
    subject="[Ticket #KR-58820134] We received your report",
    body="""Hi,

Thanks for contacting TikTok. We've received your report regarding
KCSC-240918-04 and created ticket KR-58820134.

Our team will review it and get back to you. Please don't reply to this
email; to add information, use the link in the ticket.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok support ticket receipt",
    why="pure acknowledgement: ticket created, review to come",
    items={},
)

case(
    name="instagram-answers-tiktok-request",
    from_="no-reply@instagram.com", name_from="Instagram",
    date="Thu, 19 Sep 2024 04:30:00 +0000",
    subject="Re: KCSC-240918-04 removal request",
    reply_to_req="req-240918-04",
    body="""Hello,

We reviewed the links you sent us. We were unable to locate the following
content on Instagram:

%s
%s
%s

These links don't point to Instagram. If you believe content on Instagram
violates the law, please report it with a link to the Instagram post.

Instagram
""" % (T1, T2, T3),
    outcome="review", review="wrong_platform",
    imitates="Instagram reply to a request sent to it by mistake (links of another service)",
    why="Meta states 'unable to locate' for TikTok's items: another platform's items, nothing applied",
    items={T1: "pending", T2: "pending", T3: "pending"},
)

# ===== Reddit ==============================================================

case(
    name="reddit-removed-and-geoblocked",
    from_="legal@reddit.com", name_from="Reddit Legal",
    date="Sat, 21 Sep 2024 18:02:55 +0000",
    subject="Re: KCSC-240919-05 content removal request",
    reply_to_req="req-240919-05",
    body="""Hi there,

Thank you for your report. We have reviewed the content you identified.

We removed the following post for violating Reddit's Content Policy:
%s

The following post has been geo-restricted and is no longer accessible
from South Korea:
%s

Best,
Reddit Legal
""" % (R1, R2),
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply to a government removal request (policy removal vs. geo-restriction)",
    why="statement line above each URL: removed, geo-restricted in South Korea",
    items={R1: "removed", R2: "restricted"},
)

case(
    name="reddit-author-deleted",
    from_="safety@reddit.com", name_from="Reddit Safety",
    date="Fri, 20 Sep 2024 20:44:10 +0000",
    subject="Re: KCSC-240919-05 content removal request",
    body="""Hello,

Regarding %s from your
request KCSC-240919-05: this post was deleted by its author before we
reviewed it, so there was nothing left for us to action.

The other post in your request is being handled separately.

Reddit Safety
""" % R2,
    outcome="applied", classification="confirmation",
    imitates="Reddit safety reply: post already deleted by its author",
    why="deleted by its author before review: not_found; the other post is not named",
    items={R2: "not_found"},
)

case(
    name="reddit-receipt-echoes-urls",
    from_="noreply@reddit.com", name_from="Reddit",
    date="Thu, 19 Sep 2024 01:07:40 +0000",
    subject="We received your legal removal request",
    body="""Thanks for submitting a legal removal request.

Here's a copy of what you submitted:

Reference: KCSC-240919-05
Reported URLs:
%s
%s
Reason: Content unlawful under the laws of the Republic of Korea

We'll review your request and reach out if we need more information.

- Reddit
""" % (R1, R2),
    outcome="ignored", classification="acknowledgement",
    imitates="Reddit legal-removal webform receipt echoing the submission",
    why="receipt that echoes the submitted URLs with no statement about them: acknowledgement",
    items={},
)

# ===== Discord =============================================================

case(
    name="discord-server-removed",
    from_="safety@discord.com", name_from="Discord Trust & Safety",
    date="Fri, 20 Sep 2024 19:10:00 +0000",
    subject="Re: KCSC-240919-06",
    reply_to_req="req-240919-06",
    body="""Hello,

Thanks for reaching out about the server behind the invite
%s (your reference KCSC-240919-06).

Our Safety team investigated and removed the server from Discord for
violating our Community Guidelines. The invite link no longer works.

Discord Trust & Safety
""" % D1,
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety answer about a reported server invite",
    why="the server behind the requested invite was removed from Discord",
    items={D1: "removed"},
)

case(
    name="discord-all-content-one-item",
    from_="noreply@discord.com", name_from="Discord",
    date="Sat, 21 Sep 2024 02:30:45 +0000",
    subject="Your Discord report (KCSC-240919-06) has been resolved",
    body="""Hi,

We've completed our investigation into your report KCSC-240919-06. We
found violations of our Community Guidelines and have removed all of the
reported content. We've also taken action against the accounts
responsible.

Discord Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord 'your report has been resolved' notice",
    why="'removed all of the reported content' for a request of one item applies to that item",
    items={D1: "removed"},
)

case(
    name="discord-gmail-unknown-sender",
    from_="jordan.lee.tns@gmail.com", name_from="Jordan Lee",
    date="Sat, 21 Sep 2024 11:11:11 +0000",
    subject="your report KCSC-240919-06",
    body="""Hi,

I work on the Trust & Safety team at Discord. I saw your report
KCSC-240919-06 - the server at %s was removed
yesterday.

Jordan
""" % D1,
    outcome="review", review="unknown_sender",
    imitates="personal-address message from someone claiming to work at the platform",
    why="a status for a requested URL from a gmail.com address, not Discord's domain",
    items={D1: "pending"},
)

# ===== Telegram ============================================================

case(
    name="telegram-abuse-desk",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Sun, 22 Sep 2024 08:08:08 +0000",
    subject="Re: KCSC-240920-07",
    reply_to_req="req-240920-07",
    body="""Hello,

Thank you for the report.

%s - removed.
%s - blocked for users in South Korea.

Telegram Abuse Team
""" % (G1, G2),
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk short reply, one line per URL",
    why="one message removed, one blocked for users in South Korea (restricted)",
    items={G1: "removed", G2: "restricted"},
)

case(
    name="telegram-still-under-review",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Sat, 28 Sep 2024 06:30:00 +0000",
    subject="Re: Reminder: KCSC-240920-07 past its deadline",
    body="""Hello,

Both reported messages, %s and
%s, are still under review by our moderators.
We will let you know as soon as a decision has been made.

Telegram Abuse Team
""" % (G1, G2),
    outcome="review", review="not_understood",
    imitates="Telegram abuse desk answer to a reminder: still under review",
    why="'still under review' is no status; a human follow-up naming both items, not a receipt",
    items={G1: "pending", G2: "pending"},
)

# ===== Twitch / Snapchat / Pinterest (no requests) =========================

case(
    name="twitch-portal-notice",
    from_="lawenforcement@twitch.tv", name_from="Twitch Law Enforcement Response",
    date="Tue, 24 Sep 2024 15:00:00 +0000",
    subject="Changes to how Twitch accepts government requests",
    body="""Hello,

From 1 October 2024, Twitch will accept removal requests from government
agencies only through our online portal at
https://safety.twitch.tv/s/government-requests . Requests sent by email
after that date will receive an automatic reply pointing to the portal.

Please update your records.

Twitch Law Enforcement Response
""",
    outcome="review", review="no_claims",
    imitates="Twitch law-enforcement team circular about a request portal",
    why="trusted Twitch mail naming no requested item and no request of ours",
    items={},
)

case(
    name="snapchat-le-auto-response",
    from_="lawenforcement@snapchat.com", name_from="Snap Law Enforcement Operations",
    date="Thu, 19 Sep 2024 00:45:00 +0000",
    subject="Re: KCSC takedown desk - contact point",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""Thank you for contacting Snap's Law Enforcement Operations team.

This is an automated response. This mailbox handles legal process from
government agencies. Please allow time for us to review your message. If
you are reporting an emergency involving imminent danger, follow the
instructions in our Law Enforcement Guide.

Snap Inc.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Snap law enforcement mailbox automated response",
    why="automatic reply (Auto-Submitted), nothing about any item",
    items={},
)

case(
    name="pinterest-auto-reply",
    from_="legal@pinterest.com", name_from="Pinterest Legal",
    date="Fri, 20 Sep 2024 17:25:31 +0000",
    subject="Automatic reply: KCSC takedown desk - contact point",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""Thanks for your email. This is an automatic reply.

This inbox is for legal process only and we can't respond to every
message. To report a Pin that you believe breaks the law, please use
https://help.pinterest.com/en/contact .

Pinterest Legal
""",
    outcome="ignored", classification="auto_reply",
    imitates="Pinterest legal inbox auto-reply",
    why="auto-reply pointing to a help form; the help link is no item",
    items={},
)


HEADER = """# blind724: English notices from many platforms (X, YouTube, Meta, TikTok,
# Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest). Generated by
# make.py; expected results written from each email's meaning before any run.
# Each case is ingested alone into a fresh ledger holding requests.csv."""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
    corpuslib.write_set(HERE, "blind724", HEADER, CASES)


if __name__ == "__main__":
    main()
