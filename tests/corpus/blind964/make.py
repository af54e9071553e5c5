#!/usr/bin/env python3
"""Blind set 964: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, plus Snapchat, Pinterest as side senders).

    python3 tests/corpus/blind964/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before the
reader was ever run on them.
"""
import base64
import csv
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind964"


def d(s, off=0):
    """'2024-09-11 16:20:11' with a UTC offset in hours -> RFC 5322 date."""
    tz = timezone(timedelta(hours=off))
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz))


# ---------------------------------------------------------------- requests
X = {
    1: "https://x.com/mirrorlake_k/status/1832200000000000101",
    2: "https://x.com/mirrorlake_k/status/1832200000000000102",
    3: "https://x.com/mirrorlake_k/status/1832200000000000103",
    4: "https://x.com/dawnpetal_88/status/1832200000000000204",
    5: "https://x.com/dawnpetal_88/status/1832200000000000205",
    6: "https://x.com/greyfinch_tv/status/1832200000000000306",
    7: "https://x.com/greyfinch_tv/status/1832200000000000307",
    8: "https://x.com/greyfinch_tv/status/1832200000000000308",
    9: "https://x.com/sol_ardent/status/1832200000000000409",
    10: "https://x.com/sol_ardent/status/1832200000000000410",
    11: "https://x.com/nightquay/status/1832200000000000511",
    12: "https://x.com/nightquay/status/1832200000000000512",
    13: "https://x.com/umber_reel/status/1832200000000000613",
    14: "https://x.com/umber_reel/status/1832200000000000614",
}
Y = {
    1: "https://www.youtube.com/watch?v=Lp4rQz8VnT2",
    2: "https://www.youtube.com/watch?v=Hc9wKe1XmB7",
    3: "https://www.youtube.com/shorts/Rt6yNb3QaZ0",
    4: "https://www.youtube.com/watch?v=Wd2sGf7JpL5",
}
M = {
    1: "https://www.facebook.com/harborlantern.page/posts/812340001",
    2: "https://www.facebook.com/harborlantern.page/videos/812340002",
    3: "https://www.instagram.com/p/C9kTq2mNx4a/",
    4: "https://www.instagram.com/reel/C9kTq7pWz1b/",
    5: "https://www.instagram.com/p/C9mVx3rLd8c/",
}
T = {
    1: "https://www.tiktok.com/@velvetmoth.kr/video/7412233001122334455",
    2: "https://www.tiktok.com/@velvetmoth.kr/video/7412233001122334466",
    3: "https://www.tiktok.com/@junipercove22/video/7412987001122334477",
}
R = {
    1: "https://www.reddit.com/r/hollowvista/comments/1fcq7ab/weekend_upload/",
    2: "https://www.reddit.com/r/hollowvista/comments/1fcr2kd/part_two/",
}
D = {1: "https://discord.com/channels/1180442200000000001/1180442200000000002/1283300000000000003"}
W = {
    1: "https://www.twitch.tv/videos/2245130098",
    2: "https://www.twitch.tv/ashen_lark/clip/SilentBraveFalconKappa-x7Yq2Lm9Pb4Rt6Wn",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240909-01", "x", "2024-09-09T15:00:00+09:00", "2024-09-16T23:59:59+09:00",
     list(X.values()), "non-consensual-intimate-imagery", "largest request"),
    ("KCSC-240910-02", "youtube", "2024-09-10T11:00:00+09:00", "2024-09-17T23:59:59+09:00",
     list(Y.values()), "deepfake-sexual-abuse", ""),
    ("KCSC-240911-03", "meta", "2024-09-11T10:30:00+09:00", "2024-09-18T23:59:59+09:00",
     list(M.values()), "deepfake-sexual-abuse", "Facebook and Instagram"),
    ("KCSC-240912-04", "tiktok", "2024-09-12T14:00:00+09:00", "2024-09-19T23:59:59+09:00",
     list(T.values()), "non-consensual-intimate-imagery", ""),
    ("KCSC-240913-05", "reddit", "2024-09-13T09:30:00+09:00", "2024-09-20T23:59:59+09:00",
     list(R.values()), "non-consensual-intimate-imagery", ""),
    ("KCSC-240913-06", "discord", "2024-09-13T16:00:00+09:00", "2024-09-20T23:59:59+09:00",
     list(D.values()), "deepfake-sexual-abuse", "single message"),
    ("KCSC-240914-07", "twitch", "2024-09-14T10:00:00+09:00", "2024-09-21T23:59:59+09:00",
     list(W.values()), "deepfake-sexual-abuse", ""),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            mid = "req-" + ref[5:].lower() + "@kcsc.example"
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def req(ref):
    return "req-" + ref[5:].lower()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


AUTO = ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "Precedence: auto_reply"]

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ X (applied)
case(
    name="x-legal-withheld-kr-and-removed",
    frm="legal-notices@x.com", name_from="X Legal",
    date=d("2024-09-12 07:41:09"),
    subject="Re: [KCSC-240909-01] Request to remove content",
    reply_to_req=req("KCSC-240909-01"),
    body=f"""
Hello,

We are writing in response to your request KCSC-240909-01, received on
9 September 2024.

Having reviewed the reported content against applicable local law, X has
withheld access in the Republic of Korea to the following posts:

{X[1]}
{X[2]}
{X[3]}

In addition, the following post was found to violate the X Rules and has been
removed from the platform:

{X[4]}

Where we are permitted to do so, we have notified the account holders
concerned. A redacted copy of your request may be submitted to Lumen.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome: country-withheld (CWC) list plus a global removal",
    why="three posts withheld in Korea, a fourth removed under the X Rules, each named",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "restricted", X[4]: "removed"},
)

case(
    name="x-rules-removed-prose",
    frm="support@x.com", name_from="X Support",
    date=d("2024-09-11 22:05:44"),
    subject="Re: [KCSC-240909-01] Request to remove content",
    reply_to_req=req("KCSC-240909-01"),
    body=f"""
Hi there,

Thanks for your patience while our team looked into this. We reviewed the
three posts from @greyfinch_tv that you reported ({X[6]},
{X[7]} and {X[8]}). Each of them
broke our rules on non-consensual nudity, so we removed them. The account has
also been permanently suspended.

You can read more about how we enforce this policy at
https://help.x.com/en/rules-and-policies/intimate-media

Thanks,
X Safety
""",
    outcome="applied", classification="confirmation",
    imitates="X Safety report-outcome email (violation found, content removed, account suspended)",
    why="three named posts removed; the help-centre link is no item",
    items={X[6]: "removed", X[7]: "removed", X[8]: "removed"},
)

case(
    name="x-numbered-mixed-outcomes",
    frm="legal-notices@x.com", name_from="X Legal",
    date=d("2024-09-13 03:12:50"),
    subject="Outcome of your request KCSC-240909-01",
    reply_to_req=req("KCSC-240909-01"),
    body=f"""
Dear KCSC,

Please find below our decision on the remaining items of your request.

1. {X[9]} - Withheld in South Korea (local law).
2. {X[10]} - No action taken. We did not find that this post
   violates the X Rules or the law you cited.
3. {X[11]} - Not found. The post does not exist or had
   already been deleted when we reviewed it.
4. {X[12]} - Removed for violating the X Rules.

If you have new information about item 2, you may submit a new request
through our legal request portal.

Kind regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome letter as a numbered list, one decision per post",
    why="four named posts with four different outcomes",
    items={X[9]: "restricted", X[10]: "rejected", X[11]: "not_found", X[12]: "removed"},
)

case(
    name="x-statement-then-url-below",
    frm="support@x.com", name_from="X Support",
    date=d("2024-09-14 09:30:02"),
    subject="Re: [KCSC-240909-01] Request to remove content",
    reply_to_req=req("KCSC-240909-01"),
    body=f"""
Hello,

The following post has been removed for violating our private media policy:
{X[13]}

We were unable to locate the following post; the link returns no content:
{X[14]}

Best,
X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X Support short reply, statement line with the URL on the line below",
    why="statement precedes each URL on the next line: one removed, one not found",
    items={X[13]: "removed", X[14]: "not_found"},
)

case(
    name="x-html-table-results",
    frm="legal-notices@x.com", name_from="X Legal",
    date=d("2024-09-15 01:02:03"),
    subject="Re: [KCSC-240909-01] Request to remove content - decision",
    reply_to_req=req("KCSC-240909-01"),
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Your request <b>KCSC-240909-01</b> has been processed. The decision for each reported post is shown below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Decision</th><th>Scope</th></tr>
<tr><td><a href="{X[1]}">{X[1]}</a></td><td>Withheld</td><td>KR</td></tr>
<tr><td><a href="{X[4]}">{X[4]}</a></td><td>Removed</td><td>Global</td></tr>
<tr><td><a href="{X[5]}">{X[5]}</a></td><td>No violation found &ndash; content remains available</td><td>-</td></tr>
</table>
<p>Learn more about <a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">country withheld content</a>.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal decision rendered as an HTML table (URL / decision / scope)",
    why="HTML table: withheld in KR, removed, no violation",
    items={X[1]: "restricted", X[4]: "removed", X[5]: "rejected"},
)

case(
    name="x-bare-url-status-below-gmail-quote",
    frm="m.quintero@x.com", name_from="Marisol Quintero",
    date=d("2024-09-16 08:44:19"),
    subject="Re: [KCSC-240909-01] Request to remove content",
    reply_to_req=req("KCSC-240909-01"),
    body=f"""
Hi KCSC team,

Here is where we landed on three of the items.

{X[5]}
Status: Withheld in Korea

{X[6]}
Status: Removed

{X[9]}
Status: Not found

Best,
Marisol
Global Government Affairs, X Corp.

On Mon, Sep 9, 2024 at 3:02 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Reference: KCSC-240909-01
> Dear X,
> We request the removal of the following posts under the Act on the
> Establishment and Operation of the Korea Communications Commission:
> {X[5]}
> {X[6]}
> {X[7]}
> {X[9]}
> {X[10]}
> Please reply to this address with the result for each URL.
""",
    outcome="applied", classification="confirmation",
    imitates="X government-affairs staff reply, bare URL with 'Status:' on the next line, Gmail quote below",
    why="three URLs with the status on the line below; the quoted request is no statement",
    items={X[5]: "restricted", X[6]: "removed", X[9]: "not_found", X[7]: "pending", X[10]: "pending"},
)

case(
    name="x-ack-phrase-plus-withheld",
    frm="noreply@x.com", name_from="X",
    date=d("2024-09-13 11:20:37"),
    subject="Case 0091-KR-55120: your report to X",
    body=f"""
Thank you for contacting X.

We have received your report (Case 0091-KR-55120) regarding request
KCSC-240909-01. After review, we have withheld the post
{X[10]} in the Republic of Korea in response to your
request. This post will no longer be visible to people viewing X from Korea.

Please do not reply to this message.

X
""",
    outcome="applied", classification="confirmation",
    imitates="X case-system email that opens like a receipt but carries a decision",
    why="receipt phrase plus an unhedged withheld-in-Korea statement about one named post",
    items={X[10]: "restricted"},
)

case(
    name="x-dsa-statement-of-reasons",
    frm="dsa-notices@x.com", name_from="X DSA Notices",
    date=d("2024-09-17 12:00:00"),
    subject="Statement of reasons - notice KCSC-240909-01",
    reply_to_req=req("KCSC-240909-01"),
    body=f"""
STATEMENT OF REASONS

Decision date:          17 September 2024
Content:                {X[11]}
Type of restriction:    Removal of the content
Territorial scope:      Global
Ground for decision:    Incompatible with terms and conditions
                        (X Rules - non-consensual nudity)
Facts and circumstances: Notice submitted by KCSC (ref. KCSC-240909-01).
Automated detection:    No
Automated decision:     No

Redress: the account holder may appeal this decision through X's internal
complaint-handling system, an out-of-court dispute settlement body, or the
courts.

This statement has been submitted to the DSA Transparency Database.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons in key/value layout",
    why="one named post, restriction type 'removal of the content', global",
    items={X[11]: "removed"},
)

# ========================================================== YouTube (applied)
case(
    name="yt-legal-blocked-kr-and-removed",
    frm="legal-support@google.com", name_from="Google Legal Support",
    date=d("2024-09-12 02:15:48"),
    subject="[8-2741000036011] Re: KCSC-240910-02 YouTube removal request",
    reply_to_req=req("KCSC-240910-02"),
    body=f"""
Hello,

Thank you for reaching out to us.

In response to your notice, we have blocked the following URLs from view on
YouTube in South Korea:

{Y[1]}
{Y[2]}

The following content was removed from YouTube globally for violating our
Community Guidelines:

{Y[3]}

Regards,
The Google Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal-removals outcome: blocked in country plus Community Guidelines removal",
    why="two videos blocked in KR, one short removed globally",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "removed"},
)

case(
    name="yt-age-restricted-rest-pending",
    frm="legal-support@google.com", name_from="Google Legal Support",
    date=d("2024-09-13 05:40:11"),
    subject="[8-2741000036011] Re: KCSC-240910-02 YouTube removal request",
    reply_to_req=req("KCSC-240910-02"),
    body=f"""
Hello,

We've reviewed {Y[4]} and have applied an age
restriction to it. Viewers must now be signed in and at least 18 years old to
watch the video, and it cannot be embedded on other sites.

We are still reviewing the remaining URLs in your notice and will follow up
separately.

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction outcome with a follow-up promise for the rest",
    why="one named video age-restricted; the rest only promised",
    items={Y[4]: "restricted"},
)

_yt_qp = f"""Hello,

Thank you for your patience. Our teams have completed their review of the \
content you reported in notice KCSC-240910-02.

The following content violated YouTube's Community Guidelines and has been \
removed from the platform: {Y[3]} and {Y[4]}.

Regarding {Y[1]}: after careful review, we did not find a violation of our \
policies or of local law, and the video remains available on YouTube. We \
therefore are not taking action on this URL at this time.

Sincerely,
YouTube Legal Support
"""
case(
    name="yt-qp-removed-and-declined",
    frm="youtube-legal@youtube.com", name_from="YouTube Legal Support",
    date=d("2024-09-14 19:03:27"),
    subject="Re: KCSC-240910-02 YouTube removal request",
    reply_to_req=req("KCSC-240910-02"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_yt_qp),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply (quoted-printable) removing two items and declining one",
    why="two named videos removed, one explicitly kept up for no violation",
    items={Y[3]: "removed", Y[4]: "removed", Y[1]: "rejected"},
)

case(
    name="yt-top-posted-over-quote",
    frm="j.ferreira@google.com", name_from="Joana Ferreira",
    date=d("2024-09-15 06:51:33"),
    subject="Re: KCSC-240910-02 YouTube removal request",
    reply_to_req=req("KCSC-240910-02"),
    body=f"""
Hi,

Quick update: {Y[2]} has now been taken down.

We could not review {Y[1]} because the uploader had already
deleted the video before our team reached it, so there was nothing left for
us to act on.

Joana
Trust & Safety, YouTube

On Tue, Sep 10, 2024 at 11:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Reference: KCSC-240910-02
> Please remove the following videos:
> 1. {Y[1]}
> 2. {Y[2]}
> 3. {Y[3]}
> 4. {Y[4]}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube T&S staff reply top-posted over the Gmail-quoted request",
    why="one taken down, one already deleted by its uploader; the quote lists all four",
    items={Y[2]: "removed", Y[1]: "not_found", Y[3]: "pending", Y[4]: "pending"},
)

case(
    name="yt-outlook-original-message",
    frm="legal-kr@google.com", name_from="Google Korea Legal",
    date=d("2024-09-16 10:22:05", 9),
    subject="RE: KCSC-240910-02 YouTube removal request",
    reply_to_req=req("KCSC-240910-02"),
    body=f"""
Hello,

Please be advised of the following actions on your notice:

- {Y[1]} has been removed.
- {Y[3]} is now age-restricted (18+).

Best regards,
Google Korea Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 11:00 AM
To: legal-kr@google.com
Subject: KCSC-240910-02 YouTube removal request

Reference: KCSC-240910-02
Please remove the following videos:
{Y[1]}
{Y[2]}
{Y[3]}
{Y[4]}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' and an unquoted copy of the request",
    why="statements above the Outlook separator only; the request copy below is not a statement",
    items={Y[1]: "removed", Y[3]: "restricted", Y[2]: "pending", Y[4]: "pending"},
)

# ============================================================= Meta (applied)
case(
    name="meta-dsa-restricted-kr",
    frm="noreply@meta.com", name_from="Meta Content Regulation",
    date=d("2024-09-13 14:10:00"),
    subject="Your report KCSC-240911-03: decision",
    reply_to_req=req("KCSC-240911-03"),
    body=f"""
Hello,

We've reviewed the content you reported to us.

Decision: we restricted access to the content below in South Korea because we
found that it is unlawful under Korean law. It was not found to go against the
Facebook Community Standards, so it remains available in other countries.

Content: {M[1]}

This decision was made by a human reviewer. The person who posted the content
has been notified and may appeal. You can learn more about how we handle
reports of illegal content at https://transparency.meta.com/enforcement/

Meta
""",
    outcome="applied", classification="confirmation",
    imitates="Meta decision notice for a local-law report (restricted in country, statement-of-reasons style)",
    why="one named Facebook post restricted in Korea",
    items={M[1]: "restricted"},
)

case(
    name="meta-instagram-bulleted",
    frm="no-reply@instagram.com", name_from="Instagram",
    date=d("2024-09-14 02:33:15"),
    subject="Re: [KCSC-240911-03] Request to remove content",
    reply_to_req=req("KCSC-240911-03"),
    body=f"""
Hi,

Thanks for your report. Here is what we did:

  * {M[3]} - removed (adult nudity and sexual activity)
  * {M[4]} - removed
  * {M[5]} - not removed. We reviewed this post and found that it
    doesn't go against our Community Guidelines or the local law cited.

If you disagree with a decision you can ask us to take another look.

Instagram Help Center
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram report-outcome email as a bulleted list",
    why="two Instagram posts removed, one left up for no violation",
    items={M[3]: "removed", M[4]: "removed", M[5]: "rejected"},
)

_meta_csv = (
    "content_url,action_taken,scope,note\n"
    f"{M[1]},Restricted,KR,Local law\n"
    f"{M[2]},Removed,Global,Community Standards - adult sexual exploitation\n"
    f"{M[3]},Not found,-,Deleted by the account holder before review\n"
    f"{M[4]},Removed,Global,Community Guidelines\n"
    f"{M[5]},No action,-,No violation found\n"
)
case(
    name="meta-csv-attachment",
    frm="lawenforcement-kr@meta.com", name_from="Meta Law Enforcement Response",
    date=d("2024-09-16 04:00:12"),
    subject="KCSC-240911-03 - outcome attached",
    reply_to_req=req("KCSC-240911-03"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_meta_964_csv"

--=_meta_964_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the outcome for each URL in your request KCSC-240911-03.

Regards,
Meta Law Enforcement Response Team

--=_meta_964_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240911-03_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240911-03_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_meta_csv)}
--=_meta_964_csv--
""",
    outcome="applied", classification="confirmation",
    imitates="Meta LE response with a CSV outcome sheet attached",
    why="CSV attachment gives one action per URL for all five items",
    items={M[1]: "restricted", M[2]: "removed", M[3]: "not_found", M[4]: "removed", M[5]: "rejected"},
)

case(
    name="meta-wrapped-angle-urls",
    frm="d.achebe@meta.com", name_from="Daniel Achebe",
    date=d("2024-09-17 09:15:40"),
    subject="RE: [KCSC-240911-03] Request to remove content",
    reply_to_req=req("KCSC-240911-03"),
    body="""
Hello,

Following up on your report: the reel <https://www.instagram.com/reel/
C9kTq7pWz1b/> has been removed from Instagram, and the video on Facebook
<https://www.facebook.com/harborlantern.page/videos/812340002> has also been
taken down.

Best,
Daniel Achebe
Content Regulation, Meta Platforms
""",
    outcome="applied", classification="confirmation",
    imitates="Meta staff reply with URLs in angle brackets, one wrapped by the mail client",
    why="two named items removed; the first URL is wrapped inside its angle brackets",
    items={M[4]: "removed", M[2]: "removed"},
)

# =========================================================== TikTok (applied)
case(
    name="tiktok-report-outcome",
    frm="legal-kr@tiktok.com", name_from="TikTok Legal",
    date=d("2024-09-13 08:08:08"),
    subject="Re: [KCSC-240912-04] Request to remove content",
    reply_to_req=req("KCSC-240912-04"),
    body=f"""
Hello,

Thank you for your report. We reviewed {T[1]} and
removed it for violating our Community Guidelines.

{T[2]} has been restricted in your country/region
in accordance with local law.

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome: removed for Community Guidelines, restricted in country for local law",
    why="one named video removed, one restricted in Korea",
    items={T[1]: "removed", T[2]: "restricted"},
)

_tt_html = f"""<!DOCTYPE html>
<html><body style="font-family:Helvetica,Arial,sans-serif">
<h3>Update on your report</h3>
<p>Reference: KCSC-240912-04</p>
<p>We've finished reviewing the videos you reported:</p>
<ul>
<li><a href="{T[1]}">{T[1]}</a><br>Result: <b>Removed</b></li>
<li><a href="{T[2]}">{T[2]}</a><br>Result: <b>Removed</b></li>
<li><a href="{T[3]}">{T[3]}</a><br>Result: <b>Not found</b> &ndash; this video does not exist or has already been deleted.</li>
</ul>
<p>Thanks for helping keep TikTok safe.<br>TikTok</p>
<p style="font-size:11px;color:#888">Read our <a href="https://www.tiktok.com/community-guidelines">Community Guidelines</a>.</p>
</body></html>
"""
case(
    name="tiktok-base64-html-list",
    frm="noreply@tiktok.com", name_from="TikTok",
    date=d("2024-09-15 13:45:00"),
    subject="Update on your report KCSC-240912-04",
    reply_to_req=req("KCSC-240912-04"),
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_tt_html),
    outcome="applied", classification="confirmation",
    imitates="TikTok report-update HTML notification, base64-encoded",
    why="HTML list: two removed, one not found",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found"},
)

case(
    name="tiktok-angle-bracket-geo",
    frm="legal-kr@tiktok.com", name_from="TikTok Legal",
    date=d("2024-09-17 03:27:51"),
    subject="Re: [KCSC-240912-04] Request to remove content",
    reply_to_req=req("KCSC-240912-04"),
    body=f"""
Dear Sir or Madam,

Further to our previous correspondence, the video <{T[3]}>
is no longer viewable in South Korea. We have restricted it there based on
the local law you cited; it did not violate our Community Guidelines.

Kind regards,
TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal geo-restriction reply with the URL in angle brackets",
    why="one named video restricted in Korea",
    items={T[3]: "restricted"},
)

# =========================================================== Reddit (applied)
case(
    name="reddit-legal-removed-and-declined",
    frm="legal@reddit.com", name_from="Reddit Legal",
    date=d("2024-09-14 23:10:30"),
    subject="Re: [KCSC-240913-05] Request to remove content",
    reply_to_req=req("KCSC-240913-05"),
    body=f"""
Hi,

Thanks for reaching out. After investigating, we've found that the post at
{R[1]} violated Reddit's rule against involuntary
intimate media, and we have removed it.

We also reviewed {R[2]}. It does not violate
Reddit's Content Policy, and we were not able to conclude that it is unlawful
in Korea from the information provided, so we are not taking action on it.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin/legal report outcome (removed / not actioned)",
    why="one post removed, one explicitly kept up",
    items={R[1]: "removed", R[2]: "rejected"},
)

case(
    name="reddit-korean-particles",
    frm="legal@reddit.com", name_from="Reddit Legal",
    date=d("2024-09-16 02:02:02"),
    subject="Re: [KCSC-240913-05] Request to remove content",
    reply_to_req=req("KCSC-240913-05"),
    body=f"""
Hello,

Both posts in your request have been removed from Reddit. Korean version below.

안녕하세요.
{R[1]}에 게시된 게시물은 삭제 조치되었습니다.
（{R[2]}）의 게시물도 삭제되었습니다。

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply in English with a Korean translation; URLs followed by particles and full-width punctuation",
    why="both posts removed, stated in English and per URL in Korean",
    items={R[1]: "removed", R[2]: "removed"},
)

# ========================================================== Discord (applied)
case(
    name="discord-sole-item-removed",
    frm="safety@discord.com", name_from="Discord Trust & Safety",
    date=d("2024-09-14 18:30:00"),
    subject="Re: [KCSC-240913-06] Request to remove content",
    reply_to_req=req("KCSC-240913-06"),
    body="""
Hello,

Thank you for your report. Our Trust & Safety team has reviewed the reported
message and removed it. The account that posted it has been banned from
Discord.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord T&S outcome email naming no URL, replying to a one-item request",
    why="unhedged removal of 'the reported message'; the request has one item",
    items={D[1]: "removed"},
)

case(
    name="discord-deleted-by-author",
    frm="legal@discord.com", name_from="Discord Legal",
    date=d("2024-09-16 21:11:11"),
    subject="Re: [KCSC-240913-06] Request to remove content",
    reply_to_req=req("KCSC-240913-06"),
    body=f"""
Hi,

The message link you sent ({D[1]}) no longer
resolves. The message had been deleted by its author before our team could
review it, so there is no content left for us to action.

Regards,
Discord Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Discord legal reply: reported message already deleted by its author",
    why="the one named message was already deleted by its author",
    items={D[1]: "not_found"},
)

# =========================================================== Twitch (applied)
case(
    name="twitch-vod-and-clip-removed",
    frm="legal@twitch.tv", name_from="Twitch Legal",
    date=d("2024-09-15 17:45:09"),
    subject="Re: [KCSC-240914-07] Request to remove content",
    reply_to_req=req("KCSC-240914-07"),
    body=f"""
Hello,

Twitch has reviewed your request. The VOD at {W[1]} has been
removed, and the clip at
{W[2]}
was also deleted. The channel has been suspended.

Twitch Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch legal outcome for a VOD and a clip",
    why="both named Twitch items removed",
    items={W[1]: "removed", W[2]: "removed"},
)

case(
    name="twitch-text-table",
    frm="safety@twitch.tv", name_from="Twitch Safety",
    date=d("2024-09-17 16:00:45"),
    subject="Re: [KCSC-240914-07] Request to remove content",
    reply_to_req=req("KCSC-240914-07"),
    body=f"""
Hi KCSC,

Results of our review:

{"URL".ljust(79)}| Result
{"-" * 79}+-----------------------------------
{W[1].ljust(79)}| No violation - remains available
{W[2].ljust(79)}| Removed

Twitch Safety Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch safety reply with a plain-text table",
    why="text table: VOD kept up (no violation), clip removed",
    items={W[1]: "rejected", W[2]: "removed"},
)

# ===================================================================== REVIEW
case(
    name="yt-promise-will-review",
    frm="legal-support@google.com", name_from="Google Legal Support",
    date=d("2024-09-11 04:12:44"),
    subject="[8-2741000036011] Re: KCSC-240910-02 YouTube removal request",
    reply_to_req=req("KCSC-240910-02"),
    body=f"""
Hello,

Thanks for your notice. Our team will review {Y[1]} and
{Y[2]} and take action as appropriate. Depending
on the outcome, the content may be restricted in your country or removed.

We'll be in touch once the review is complete.

The Google Legal Team
""",
    outcome="review", review="not_understood",
    imitates="Google legal 'we will review' holding reply naming the URLs",
    why="only promises and 'may be' about two named videos",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="x-hedge-appears-removed",
    frm="m.quintero@x.com", name_from="Marisol Quintero",
    date=d("2024-09-10 06:20:00"),
    subject="Re: [KCSC-240909-01] Request to remove content",
    reply_to_req=req("KCSC-240909-01"),
    body=f"""
Hi,

Looking at this, it appears that {X[3]} may already have
been taken down by the account owner. We're still checking
{X[2]} and will let you know what we find.

Marisol
""",
    outcome="review", review="not_understood",
    imitates="X staff hedged first look ('appears', 'may already have been')",
    why="hedge about one post and a promise about another",
    items={X[3]: "pending", X[2]: "pending"},
)

case(
    name="meta-bulk-all-removed",
    frm="lawenforcement-kr@meta.com", name_from="Meta Law Enforcement Response",
    date=d("2024-09-15 07:07:07"),
    subject="Re: [KCSC-240911-03] Request to remove content",
    reply_to_req=req("KCSC-240911-03"),
    body="""
Hello,

We have completed our review of request KCSC-240911-03 and removed all of the
content you reported from Facebook and Instagram.

Regards,
Meta Law Enforcement Response Team
""",
    outcome="review", review="bulk",
    imitates="Meta LE response with a blanket 'removed all of the content' sentence",
    why="one statement about all five items without naming any",
    items={M[1]: "pending", M[2]: "pending", M[3]: "pending", M[4]: "pending", M[5]: "pending"},
)

case(
    name="x-bulk-withheld-all",
    frm="legal-notices@x.com", name_from="X Legal",
    date=d("2024-09-18 00:30:00"),
    subject="Re: [KCSC-240909-01] Request to remove content",
    reply_to_req=req("KCSC-240909-01"),
    body="""
Hello,

The posts identified in your request have been withheld in the Republic of
Korea. Account holders have been notified where permitted.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal short blanket reply for a many-item request",
    why="blanket 'the posts ... have been withheld' for a 14-item request, none named",
    items={u: "pending" for u in X.values()},
)

case(
    name="tiktok-dmarc-fail",
    frm="legal-kr@tiktok.com", name_from="TikTok Legal",
    auth="fail",
    date=d("2024-09-14 12:12:12"),
    subject="Re: [KCSC-240912-04] Request to remove content",
    reply_to_req=req("KCSC-240912-04"),
    body=f"""
Hello,

We removed {T[1]} for violating our Community
Guidelines.

TikTok Legal
""",
    outcome="review", review="untrusted",
    imitates="TikTok-looking legal reply that fails DKIM/SPF/DMARC",
    why="clear removal statement but the tiktok.com sender fails authentication",
    items={T[1]: "pending"},
)

case(
    name="reddit-vendor-unknown-sender",
    frm="casework@clearpath-moderation.example", name_from="ClearPath Moderation (for Reddit)",
    date=d("2024-09-15 15:15:15"),
    subject="Re: [KCSC-240913-05] Request to remove content",
    reply_to_req=req("KCSC-240913-05"),
    body=f"""
Hello,

We handle regulatory casework on behalf of Reddit, Inc. Both posts in your
request have been removed:

{R[1]}
{R[2]}

ClearPath Moderation Services
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor replying on a platform's behalf from its own domain",
    why="statements about requested URLs from a domain that is no platform's",
    items={R[1]: "pending", R[2]: "pending"},
)

case(
    name="pinterest-pin-linking-tiktok",
    frm="legal@pinterest.com", name_from="Pinterest Legal",
    date=d("2024-09-16 18:18:18"),
    subject="Your content report",
    body=f"""
Hello,

We received a copy of your notice concerning
{T[1]}. That video is hosted on TikTok, not on
Pinterest, but we found a Pin linking to it and have removed that Pin from
Pinterest.

For the video itself, please contact TikTok.

Pinterest Legal
""",
    outcome="review", review="wrong_platform",
    imitates="Pinterest reply about a Pin linking to another platform's video",
    why="Pinterest states a removal next to a TikTok item it cannot act on",
    items={T[1]: "pending"},
)

case(
    name="twitch-escalated-promise",
    frm="safety@twitch.tv", name_from="Twitch Safety",
    date=d("2024-09-14 22:40:00"),
    subject="Re: [KCSC-240914-07] Request to remove content",
    reply_to_req=req("KCSC-240914-07"),
    body=f"""
Hi,

Our team has looked at both links. The VOD ({W[1]})
has been escalated to our legal team, and the clip
({W[2]}) will likely be
removed once that review finishes. We expect to update you within 5 business
days.

Twitch Safety Operations
""",
    outcome="review", review="not_understood",
    imitates="Twitch safety interim reply: escalated, 'will likely be removed'",
    why="escalation and a hedged promise; no outcome for either named item",
    items={W[1]: "pending", W[2]: "pending"},
)

case(
    name="reddit-asks-for-order",
    frm="legal@reddit.com", name_from="Reddit Legal",
    date=d("2024-09-14 01:05:00"),
    subject="Re: [KCSC-240913-05] Request to remove content",
    reply_to_req=req("KCSC-240913-05"),
    body=f"""
Hello,

To evaluate your request concerning {R[1]} and
{R[2]}, we need additional information. Please
send us a copy of the official decision or order on which the request is based,
the specific provision of Korean law the content violates, and confirmation
that your agency is authorised to issue it.

Once we receive this, we will continue our review.

Reddit Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal request for the underlying order and legal basis",
    why="asks for documents before acting on two named posts",
    items={R[1]: "pending", R[2]: "pending"},
)

case(
    name="snapchat-portal-redirect",
    frm="lawenforcement@snap.com", name_from="Snap Law Enforcement Operations",
    date=d("2024-09-15 20:20:20"),
    subject="Government requests to Snap",
    body="""
Hello,

Thank you for writing to Snap Inc. Government and regulatory requests for the
removal of content must be submitted through our dedicated portal at
https://www.snapchat.com/lawenforcement so that they can be routed and tracked
correctly. Requests sent by email to this address are not processed.

Snap Law Enforcement Operations
""",
    outcome="review", review="no_claims",
    imitates="Snap law-enforcement desk redirect to its portal",
    why="trusted platform mail naming no requested item and no request of ours",
    items={},
)

case(
    name="twitch-conflicting-table-and-prose",
    frm="safety@twitch.tv", name_from="Twitch Safety",
    date=d("2024-09-18 05:05:05"),
    subject="Re: [KCSC-240914-07] Request to remove content",
    reply_to_req=req("KCSC-240914-07"),
    body=f"""
Hi,

Summary:
{W[1]} - Removed

Details: after review, the VOD at {W[1]} remains
available, as we did not find that it violates our Community Guidelines.

Twitch Safety Operations
""",
    outcome="review", review="conflicting_statements",
    imitates="Twitch reply whose summary line and details paragraph disagree",
    why="the same VOD is called removed and then said to remain available",
    items={W[1]: "pending"},
)

case(
    name="meta-conditional-appeal-window",
    frm="d.achebe@meta.com", name_from="Daniel Achebe",
    date=d("2024-09-12 12:34:56"),
    subject="RE: [KCSC-240911-03] Request to remove content",
    reply_to_req=req("KCSC-240911-03"),
    body=f"""
Hello,

The video at {M[2]} has been flagged. The
uploader has been notified, and if no valid appeal is received within 7 days,
the video will be removed.

Best,
Daniel Achebe
Content Regulation, Meta Platforms
""",
    outcome="review", review="not_understood",
    imitates="Meta staff reply: flagged, removal conditional on no appeal",
    why="a conditional future removal of one named video is no statement",
    items={M[2]: "pending"},
)

# ==================================================================== IGNORED
case(
    name="x-out-of-office",
    frm="m.quintero@x.com", name_from="Marisol Quintero",
    date=d("2024-09-09 06:02:10"),
    subject="Automatic reply: [KCSC-240909-01] Request to remove content",
    reply_to_req=req("KCSC-240909-01"),
    extra_headers=AUTO,
    body="""
Thank you for your email. I am out of the office until 23 September with
limited access to email. For urgent legal matters, please use the X legal
request portal. I will reply when I return.

Marisol
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from a platform employee",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="twitch-reminder-bounce",
    frm="MAILER-DAEMON@mx1.twitch.tv", name_from="Mail Delivery System",
    date=d("2024-09-18 01:00:03"),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="B964.1726621203/mx1.twitch.tv"

--B964.1726621203/mx1.twitch.tv
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.twitch.tv.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<abuse-kr@twitch.tv>: host mx1.twitch.tv said: 550 5.1.1 <abuse-kr@twitch.tv>:
    Recipient address rejected: User unknown in virtual mailbox table

--B964.1726621203/mx1.twitch.tv
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.twitch.tv
Arrival-Date: Wed, 18 Sep 2024 01:00:01 +0000

Final-Recipient: rfc822; abuse-kr@twitch.tv
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <abuse-kr@twitch.tv>: Recipient address
    rejected: User unknown in virtual mailbox table

--B964.1726621203/mx1.twitch.tv
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@twitch.tv
Subject: Reminder: KCSC-240914-07 removal request
Date: Wed, 18 Sep 2024 10:00:00 +0900
Message-ID: <reminder.KCSC-240914-07.1@kcsc.example>

Reference: KCSC-240914-07
The following items are still online:
{W[1]}
{W[2]}

--B964.1726621203/mx1.twitch.tv--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) returning our reminder",
    why="delivery failure; the URLs are only in the returned reminder",
    items={},
)

case(
    name="meta-read-receipt",
    frm="j.okafor@meta.com", name_from="Jide Okafor",
    date=d("2024-09-11 03:00:41"),
    subject="Read: [KCSC-240911-03] Request to remove content",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-964-meta"

--mdn-964-meta
Content-Type: text/plain; charset=utf-8

Your message

  To: j.okafor@meta.com
  Subject: [KCSC-240911-03] Request to remove content
  Sent: Wednesday, September 11, 2024 10:30:00 AM (UTC+09:00) Seoul

was read on Wednesday, September 11, 2024 12:00:41 PM (UTC+09:00) Seoul.

--mdn-964-meta
Content-Type: message/disposition-notification

Reporting-UA: meta.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;j.okafor@meta.com
Original-Message-ID: <req-240911-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-964-meta--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN, disposition-notification)",
    why="read receipt",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    frm="noreply@tiktok.com", name_from="TikTok",
    date=d("2024-09-12 05:01:30"),
    subject="We've received your report [Ticket 24091277318]",
    body="""
Hi,

We've received your report and created ticket 24091277318. Our team will
review it and get back to you by email. You don't need to submit it again.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok support ticket receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="reddit-ooo-quoting-request",
    frm="a.lindqvist@reddit.com", name_from="Anna Lindqvist",
    date=d("2024-09-13 00:31:07"),
    subject="Out of office Re: [KCSC-240913-05] Request to remove content",
    reply_to_req=req("KCSC-240913-05"),
    extra_headers=AUTO + ["X-Autoreply: yes"],
    body=f"""
Hi, I'm away until Monday 16 September. For legal requests, please write to
legal@reddit.com and the team will pick it up.

> Reference: KCSC-240913-05
> Please remove the following posts:
> {R[1]}
> {R[2]}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail-style vacation responder that quotes the incoming request",
    why="out-of-office; the URLs are only in the quoted request",
    items={},
)

case(
    name="discord-zendesk-receipt",
    frm="support@discord.com", name_from="Discord",
    date=d("2024-09-13 07:02:00"),
    subject="[Discord] Re: [KCSC-240913-06] Request to remove content",
    reply_to_req=req("KCSC-240913-06"),
    body="""
##- Please type your reply above this line -##

Your request (#5591203) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Discord
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style 'your request has been received' receipt (Discord help desk)",
    why="pure acknowledgement of the request",
    items={},
)

case(
    name="yt-legal-webform-receipt",
    frm="legal-support@google.com", name_from="Google Legal Support",
    date=d("2024-09-10 02:10:55"),
    subject="[8-2741000036011] Your legal request has been received",
    reply_to_req=req("KCSC-240910-02"),
    body="""
Hello,

Thank you for your submission. This email confirms that we have received your
legal removal request. Your reference number is 8-2741000036011. Please keep
this number for future correspondence.

The Google Legal Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal web-form submission receipt",
    why="pure acknowledgement with a reference number",
    items={},
)


HEADER = """# Blind set 964 (English notices from many platforms).
# Written by tests/corpus/blind964/make.py; expected results written from
# each email's meaning before the reader was run. Each case alone on a fresh
# ledger holding requests.csv."""


def main():
    write_requests()
    out = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("frm")
        out.append(c)
    corpuslib.write_set(HERE, SET, HEADER, out)


if __name__ == "__main__":
    main()
