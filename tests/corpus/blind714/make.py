#!/usr/bin/env python3
"""Blind corpus set blind714: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted (or corrected) by a note, statuses given by position.

    python3 tests/corpus/blind714/make.py

writes requests.csv, cases/*.eml and expected.toml beside this script.
Deterministic: no clocks, no randomness. Every expected result was written
from the meaning of the email before any run of the reader.
"""
import base64
import csv
import email.header
import io
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.setdefault("kakaocorp.com", "Kakao")
corpuslib.DOMAIN_NAMES.setdefault("daum.net", "Daum")
corpuslib.DOMAIN_NAMES.setdefault("tiktok.com", "TikTok")

# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240910-01", "KCSC-240911-02", "KCSC-240911-03", "KCSC-240912-04",
    "KCSC-240912-05", "KCSC-240913-06", "KCSC-240913-07",
)

# YouTube, the largest request (12 items)
Y1 = "https://www.youtube.com/watch?v=Qm3vLp8aZ1k"
Y2 = "https://www.youtube.com/watch?v=Tr7Kd0wX2bE"
Y3 = "https://www.youtube.com/watch?v=hN4sJ9cU6fA"
Y4 = "https://www.youtube.com/watch?v=Wd2pZk5mR8o"
Y5 = "https://www.youtube.com/watch?v=bE9xQ1tL4yG"
Y6 = "https://www.youtube.com/watch?v=Ls6Vn3hP0cJ"
Y7 = "https://www.youtube.com/shorts/pK2mW8dY5sQ"
Y8 = "https://www.youtube.com/shorts/zA7fG4nB1vT"
Y9 = "https://www.youtube.com/@moonlit-odds-tv"
Y10 = "https://www.youtube.com/watch?v=cR5yH2jM9eU"
Y11 = "https://www.youtube.com/watch?v=oX1tN6wK3dI"
Y12 = "https://www.youtube.com/post/UgkxR4tP9mBvLs2Qh8aZ1nK3"
# Telegram (4)
T1 = "https://t.me/harbor_signals/418"
T2 = "https://t.me/harbor_signals/421"
T3 = "https://t.me/quietdock_chat/77"
T4 = "https://t.me/bluefinmarket"
# X (5)
X1 = "https://x.com/lunar_vendor/status/1833901122334455667"
X2 = "https://x.com/lunar_vendor/status/1833905566778899001"
X3 = "https://x.com/paper_kite_22/status/1834010203040506070"
X4 = "https://x.com/paper_kite_22/status/1834011122233344455"
X5 = "https://x.com/greyowl_deals"
# NAVER (4)
N1 = "https://blog.naver.com/silverfern77/223567890123"
N2 = "https://cafe.naver.com/quietriverclub/58213"
N3 = "https://cafe.naver.com/quietriverclub/58240"
N4 = "https://blog.naver.com/moonbay_story/223571234567"
# Kakao (3); K1 is stored percent-encoded, emails write it raw
K1_RAW = "https://dawnlog.tistory.com/entry/무료-픽-공유방"
K1 = urllib.parse.quote(K1_RAW, safe=":/")
K2 = "https://cafe.daum.net/starwharf/Jk3a/1024"
K3 = "https://dawnlog.tistory.com/212"
# TikTok (2)
TT1 = "https://www.tiktok.com/@nightquay.clips/video/7412345678901234567"
TT2 = "https://www.tiktok.com/@nightquay.clips/video/7412349876543210987"
# X, one item
X6 = "https://x.com/rivet_sparrow/status/1834567890123456789"

REQUESTS = [
    (R1, "youtube", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00", "illegal gambling",
     [Y1, Y2, Y3, Y4, Y5, Y6, Y7, Y8, Y9, Y10, Y11, Y12], "odds-tipping network, videos, shorts, channel, post"),
    (R2, "telegram", "2024-09-11T10:30:00+09:00", "2024-09-18T18:00:00+09:00", "drug trade",
     [T1, T2, T3, T4], "two channels and a group"),
    (R3, "x", "2024-09-11T16:00:00+09:00", "2024-09-18T18:00:00+09:00", "illegal trade",
     [X1, X2, X3, X4, X5], "forged documents for sale"),
    (R4, "naver", "2024-09-12T09:00:00+09:00", "2024-09-19T18:00:00+09:00", "defamation",
     [N1, N2, N3, N4], "blog and cafe posts"),
    (R5, "kakao", "2024-09-12T11:00:00+09:00", "2024-09-19T18:00:00+09:00", "illegal gambling",
     [K1, K2, K3], "tistory entries and a Daum cafe post"),
    (R6, "tiktok", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00", "obscene content",
     [TT1, TT2], "two clips of one account"),
    (R7, "x", "2024-09-13T15:00:00+09:00", "2024-09-20T18:00:00+09:00", "privacy",
     [X6], "one post exposing personal data"),
]


def req_mid(ref):
    return f"request.{ref}.1"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# --------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------
def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def part(ctype, body, cte="8bit", extra=""):
    h = f"Content-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n"
    if extra:
        h += extra.rstrip("\n") + "\n"
    return h + "\n" + body.strip("\n") + "\n"


def multipart(subtype, boundary, parts, params=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.rstrip("\n"))
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls, date_kr):
    lines = "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1))
    return (f"[{ref}] Request for removal of illegal information\n\n"
            f"Dear Sir or Madam,\n\nThe Korea Communications Standards Commission requests the\n"
            f"removal of the following content ({date_kr}):\n\n{lines}\n\n"
            f"Please reply to this email with the action taken for each URL.\n\n"
            f"KCSC Takedown desk")


R1_URLS = REQUESTS[0][5]
R2_URLS = REQUESTS[1][5]
R3_URLS = REQUESTS[2][5]
R4_URLS = REQUESTS[3][5]

CASES = []


def case(**kw):
    CASES.append(kw)


# ==========================================================================
# YouTube (KCSC-240910-01, 12 items)
# ==========================================================================
case(
    name="yt-legal-mixed-one-sentence",
    **{"from": "legal-support-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 08:41:09 +0000",
    subject=f"Re: [{R1}] Request for removal of illegal information",
    reply_to_req=req_mid(R1),
    body=f"""
Hello,

Thank you for contacting YouTube about notice {R1}.

After reviewing the URLs in your notice, we removed {Y1} and {Y2} globally
for violating our policy on online gambling, restricted {Y3} in South Korea
on the basis of local law, and were unable to locate {Y4}.

We have not yet completed our review of the remaining URLs in your notice and
will write to you again separately.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removals outcome email (several decisions in one sentence)",
    why="one sentence gives three different outcomes to four URLs; the rest are announced for later",
    items={Y1: "removed", Y2: "removed", Y3: "restricted", Y4: "not_found"},
)

case(
    name="yt-html-table-note-corrects-row",
    **{"from": "legal-support-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 02:15:44 +0000",
    subject=f"[{R1}] Outcome of your legal removal request",
    reply_to_req=req_mid(R1),
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>We have completed our review of part of the content in your request {R1}. The outcome for each item is shown below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Content</th><th>Outcome</th></tr>
<tr><td>1</td><td><a href="{Y5}">{Y5}</a></td><td>Removed</td></tr>
<tr><td>2</td><td><a href="{Y6}">{Y6}</a></td><td>Removed</td></tr>
<tr><td>3</td><td><a href="{Y7}">{Y7}</a></td><td>Blocked in South Korea</td></tr>
</table>
<p><b>Correction:</b> row 2 of the table above is wrong. The video
<a href="{Y6}">{Y6}</a> was not removed; after a second review it was
placed behind an age restriction instead and remains on YouTube for signed-in adult viewers.</p>
<p>You can learn more about age-restricted content at
<a href="https://support.google.com/youtube/answer/2802167">our Help Center</a>.</p>
<p>Sincerely,<br>The YouTube Team</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome email with an HTML results table, followed by a sender's correction",
    why="the note under the table explicitly corrects row 2: Y6 was age-restricted, not removed",
    items={Y5: "removed", Y6: "restricted", Y7: "restricted"},
)

case(
    name="yt-hedge-in-relative-clause",
    **{"from": "legal-support-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 06:02:31 +0000",
    subject=f"Re: [{R1}] Request for removal of illegal information",
    reply_to_req=req_mid(R1),
    body=f"""
Hi,

Following your notice we terminated the channel {Y9} for repeated
violations of our spam, deceptive practices and scams policies. The video
{Y10} has also been removed.

The Short at {Y8}, which appears to have been deleted by its uploader
before our review, is not something we are able to confirm either way.

Best,
YouTube Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel-termination notice to a reporter",
    why="channel terminated and one video removed; the third item only 'appears to have been deleted', a hedge",
    items={Y9: "removed", Y10: "removed", Y8: "pending"},
)

CSV_ATT = (
    "url,decision,detail\n"
    f"{Y11},Content removed,Violates Community Guidelines (gambling)\n"
    f"{Y12},No action,Does not violate Community Guidelines; stays available\n"
    f"{Y2},Blocked - KR only,Local legal (Republic of Korea)\n"
)
case(
    name="yt-csv-attachment",
    **{"from": "legal-support-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 01:30:12 +0000",
    subject=f"[{R1}] Results for your request",
    reply_to_req=req_mid(R1),
    raw_mime=multipart("mixed", "=_yt_csv_0916", [
        part("text/plain; charset=utf-8",
             f"Hello,\n\nThe attached file lists our decision for each URL of request {R1}\n"
             "that we have reviewed so far.\n\nRegards,\nYouTube Legal Support\n"),
        part('text/csv; charset=utf-8; name="results_KCSC-240910-01.csv"', b64(CSV_ATT), "base64",
             'Content-Disposition: attachment; filename="results_KCSC-240910-01.csv"'),
    ]),
    outcome="applied", classification="confirmation",
    imitates="bulk legal outcome sent as a CSV attachment (Google legal removals export)",
    why="CSV rows: removed, no action (does not violate) and blocked in Korea only",
    items={Y11: "removed", Y12: "rejected", Y2: "restricted"},
)

case(
    name="yt-promise-will-be-removed",
    **{"from": "legal-support-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 09:12:55 +0000",
    subject=f"Re: [{R1}] Request for removal of illegal information",
    reply_to_req=req_mid(R1),
    body=f"""
Hello,

Thanks for your request {R1}. Our team is still reviewing the flagged
content. The videos at {Y1} and
{Y2} will be removed once that review has concluded, and we may also restrict
{Y3} for viewers in Korea if local counsel confirms your assessment.

We'll follow up when we have a final decision.

Kind regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim reply promising action after review",
    why="only promises ('will be removed') and a condition ('may also restrict ... if'): nothing has happened yet",
    items={Y1: "pending", Y2: "pending", Y3: "pending"},
)

case(
    name="yt-out-of-office",
    **{"from": "minji.seo@google.com"},
    name_from="Minji Seo",
    date="Tue, 10 Sep 2024 05:20:03 +0000",
    subject=f"Automatic reply: [{R1}] Request for removal of illegal information",
    reply_to_req=req_mid(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
Thank you for your email. I am out of the office until Monday 23 September with
limited access to email.

For legal removal requests, please use the webform at
https://support.google.com/legal/answer/3110420 so that your request reaches
the team on duty. Requests sent to this address will be handled when I return.

Minji
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail out-of-office auto-reply from a platform employee",
    why="an out-of-office reply; the link is the platform's own help page",
    items={},
)

case(
    name="yt-later-sentence-revises",
    **{"from": "legal-support-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 07:44:18 +0000",
    subject=f"Update: [{R1}] Request for removal of illegal information",
    reply_to_req=req_mid(R1),
    body=f"""
Hello again,

An update on two of the videos in your notice.

{Y4}
was at first restricted in South Korea only. Following a further review by our
policy team it was found to violate our Community Guidelines, and it has since
been removed from YouTube worldwide.

{Y5}
remains restricted in South Korea. The restriction has not been lifted and
the video is not viewable from Korean IP addresses.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube follow-up escalating a local restriction to a global removal",
    why="Y4: the later sentence (removed worldwide) replaces the earlier local restriction; Y5 stays restricted ('has not been lifted')",
    items={Y4: "removed", Y5: "restricted"},
)

case(
    name="yt-gmail-top-post-over-request",
    **{"from": "daniel.kwon@google.com"},
    name_from="Daniel Kwon",
    date="Fri, 13 Sep 2024 03:05:40 +0000",
    subject=f"Re: [{R1}] Request for removal of illegal information",
    reply_to_req=req_mid(R1),
    body=f"""
Hi team,

Quick note: the video below, <{Y6}>, was taken down on 13 September for
violating our gambling policy. The rest of your list is still with the
reviewing team.

Daniel

On Tue, 10 Sep 2024 at 14:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(request_text(R1, R1_URLS, "10 September 2024"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted personal reply from a platform policy specialist over the quoted request",
    why="one URL stated taken down; the other eleven appear only in the quoted request ('still with the reviewing team')",
    items={Y6: "removed"},
)

case(
    name="yt-refusal-edsa-reason",
    **{"from": "legal-support-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 10:18:27 +0000",
    subject=f"Re: [{R1}] Request for removal of illegal information",
    reply_to_req=req_mid(R1),
    body=f"""
Hello,

We have reviewed the two Shorts below.

- {Y7}
- {Y8}

We won't be taking action on them. Both are news clips reporting on the
gambling operation rather than promoting it, so they fall within our
exceptions for educational, documentary, scientific and artistic content.
They will remain available on YouTube.

If you believe this decision is wrong, you may send us additional
information by replying to this email.

The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'we won't be taking action' legal reply (EDSA exception)",
    why="a refusal with its reason: the two Shorts stay up",
    items={Y7: "rejected", Y8: "rejected"},
)

case(
    name="yt-not-found-and-no-longer-available",
    **{"from": "legal-support-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 04:51:03 +0000",
    subject=f"Re: [{R1}] Request for removal of illegal information",
    reply_to_req=req_mid(R1),
    body=f"""
Hello,

We could not find any video at {Y10} - the link does not lead to an
existing video, so there is nothing for us to review.

{Y11} is no longer available on YouTube because it was removed for
violating our Terms of Service.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply: invalid link and removed video",
    why="'could not find any video' is not_found; 'no longer available ... because it was removed' is removed",
    items={Y10: "not_found", Y11: "removed"},
)

case(
    name="yt-bare-url-status-below",
    **{"from": "legal-support-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 19 Sep 2024 02:33:50 +0000",
    subject=f"[{R1}] Status of your request",
    reply_to_req=req_mid(R1),
    body=f"""
Hello,

Here is the current status of some of the items in request {R1}:

{Y1}
Status: Removed - Community Guidelines (harmful or dangerous content)

{Y2}
Status: No action taken - the content does not violate our policies

<{Y8}>
Status: Blocked in South Korea (local legal)

{Y10}
Status: Under review

Our policies: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal status listing, URL then a Status line",
    why="status on the line below each URL; 'Under review' leaves Y10 pending; the policy link is no item",
    items={Y1: "removed", Y2: "rejected", Y8: "restricted", Y10: "pending"},
)

DSN_DELAY = f"""
This is an automatically generated Delivery Status Notification

THIS IS A WARNING MESSAGE ONLY.

YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     legal-kr@google.com

Message will be retried for 2 more day(s)

Technical details of temporary failure:
The recipient server did not accept our requests to connect.
"""
case(
    name="yt-dsn-delayed",
    **{"from": "mailer-daemon@googlemail.com"},
    name_from="Mail Delivery Subsystem",
    date="Tue, 10 Sep 2024 09:10:00 +0000",
    subject="Delivery Status Notification (Delay)",
    raw_mime=multipart("report", "00000000000049a1b2c3d4", [
        part("text/plain; charset=UTF-8", DSN_DELAY),
        part("message/delivery-status", """
Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 10 Sep 2024 05:00:12 +0000

Final-Recipient: rfc822; legal-kr@google.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: smtp; 421 4.4.1 connection timed out
Will-Retry-Until: Thu, 12 Sep 2024 05:00:12 +0000
"""),
        part("message/rfc822", f"""
From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@google.com
Subject: [{R1}] Request for removal of illegal information
Message-ID: <{req_mid(R1)}@kcsc.example>
Date: Tue, 10 Sep 2024 14:00:00 +0900

{request_text(R1, R1_URLS[:4], "10 September 2024")}
"""),
    ], params='; report-type=delivery-status'),
    outcome="ignored", classification="bounce",
    imitates="Gmail delivery delay DSN returning the original request",
    why="a delivery report; URLs are in the returned request, not a statement",
    items={},
)

# ==========================================================================
# Telegram (KCSC-240911-02, 4 items)
# ==========================================================================
case(
    name="tg-positional-over-outlook-quote",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 11:27:05 +0000",
    subject=f"RE: [{R2}] Request for removal of illegal information",
    reply_to_req=req_mid(R2),
    body=f"""
Hello,

Regarding your request below: the first two links have been taken down.
The third link could not be found on Telegram. We have decided not to act on
the fourth, the public channel, because the channel as a whole does not
breach our Terms of Service; it stays available.

Telegram Abuse Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 10:30 AM
To: abuse@telegram.org
Subject: [{R2}] Request for removal of illegal information

{request_text(R2, R2_URLS, "11 September 2024")}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply in Outlook style, answering by position over the quoted request",
    why="statements by position (first two, third, fourth) refer to the numbered list of our quoted request",
    items={T1: "removed", T2: "removed", T3: "not_found", T4: "rejected"},
)

case(
    name="tg-mixed-sentence-author-deleted",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 15:03:44 +0000",
    subject=f"Re: [{R2}] Request for removal of illegal information",
    reply_to_req=req_mid(R2),
    body=f"""
Hello,

We blocked the channel t.me/bluefinmarket for all users and removed the
message {T1}, but the message {T2} had already been deleted by the channel
owner before we got to it.

Regards,
Telegram Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse reply (channel blocked, message removed, author-deleted)",
    why="one sentence: channel blocked for all (removed), message removed, other message deleted by its owner (not_found)",
    items={T4: "removed", T1: "removed", T2: "not_found"},
)

case(
    name="tg-bulk-all-removed",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Sat, 14 Sep 2024 08:00:19 +0000",
    subject=f"Re: [{R2}] Request for removal of illegal information",
    reply_to_req=req_mid(R2),
    body=f"""
Dear KCSC,

All of the content reported in your request {R2} has been removed.

Telegram Abuse Team
""",
    outcome="review", review="bulk",
    imitates="Telegram one-line bulk confirmation",
    why="one statement for a four-item request, naming no item",
    items={T1: "pending", T2: "pending", T3: "pending", T4: "pending"},
)

case(
    name="tg-dmarc-fail",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    auth="fail",
    date="Sat, 14 Sep 2024 10:44:21 +0000",
    subject=f"Re: [{R2}] Request for removal of illegal information",
    reply_to_req=req_mid(R2),
    body=f"""
Hello,

The group message {T3} has been deleted.

Telegram Abuse
""",
    outcome="review", review="untrusted",
    imitates="Telegram abuse reply arriving with failed DKIM/SPF/DMARC",
    why="looks like a clear removal but the message fails authentication",
    items={T3: "pending"},
)

case(
    name="tg-ticket-receipt",
    **{"from": "noreply@telegram.org"},
    name_from="Telegram",
    date="Wed, 11 Sep 2024 01:31:10 +0000",
    subject=f"Re: [{R2}] Request for removal of illegal information [Case #4471902]",
    reply_to_req=req_mid(R2),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Thank you for your report. It has been registered as Case #4471902.

Our moderators will look at the content you sent and reply to this address if
we need anything else. You do not need to send this report again.

Telegram Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram/ticket-system receipt with a case number",
    why="pure acknowledgement of receipt, no statement about any item",
    items={},
)

case(
    name="tg-hedge-may-appear",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Sun, 15 Sep 2024 13:20:37 +0000",
    subject=f"Re: [{R2}] Request for removal of illegal information",
    reply_to_req=req_mid(R2),
    body=f"""
Hi,

The group quietdock_chat may have been restricted by its own administrators;
messages such as {T3} appear to be unavailable from some regions at the
moment. We are looking into it and will get back to you.

Telegram Abuse
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse interim reply",
    why="'may have been', 'appear to be' and 'looking into it': hedges and a promise, no statement",
    items={T3: "pending"},
)

case(
    name="tg-ack-plus-statements",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Sun, 15 Sep 2024 02:12:48 +0000",
    subject=f"Re: [{R2}] Request for removal of illegal information [Case #5520193]",
    reply_to_req=req_mid(R2),
    body=f"""
Thank you for your report. Case #5520193 has been created for it.

We have already removed the message {T3}.
The channel {T4} is no longer accessible to users in South Korea.

Telegram Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram receipt that already carries outcomes",
    why="receipt phrase, then two unhedged statements: removed, and inaccessible in Korea (restricted)",
    items={T3: "removed", T4: "restricted"},
)

# ==========================================================================
# X (KCSC-240911-03, 5 items; KCSC-240913-07, 1 item)
# ==========================================================================
case(
    name="x-respectively",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Fri, 13 Sep 2024 06:48:02 +0000",
    subject=f"Re: [{R3}] Request for removal of illegal information",
    reply_to_req=req_mid(R3),
    body=f"""
Hello,

Following our review, {X1} and
{X2} have been removed and withheld in South Korea, respectively.

Thank you,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with a 'respectively' sentence",
    why="'removed and withheld in South Korea, respectively': X1 removed, X2 restricted",
    items={X1: "removed", X2: "restricted"},
)

case(
    name="x-negation-account-not-suspended",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Sat, 14 Sep 2024 04:10:29 +0000",
    subject=f"Re: [{R3}] Request for removal of illegal information",
    reply_to_req=req_mid(R3),
    body=f"""
Hello,

We have not suspended the account @greyowl_deals ({X5}): after review, the
account as a whole does not violate the X Rules and will remain available.

The two posts by @paper_kite_22 that you listed,
{X3} and {X4}, have been removed.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply declining an account suspension while removing posts",
    why="negation with its reason (account stays up: rejected); two posts removed",
    items={X5: "rejected", X3: "removed", X4: "removed"},
)

case(
    name="x-withheld-headings",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Mon, 16 Sep 2024 00:58:16 +0000",
    subject=f"[{R3}] X has withheld content in response to your request",
    reply_to_req=req_mid(R3),
    body=f"""
Hello,

In response to the request referenced above, X has withheld access in South
Korea to the following content:

{X3}

The following content could not be located:

{X4}

For more information on our country withheld content policy, see
https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld content notice to the requester",
    why="status stated on the line above each URL (heading); help page is no item",
    items={X3: "restricted", X4: "not_found"},
)

case(
    name="x-unknown-sender-domain",
    **{"from": "legal-desk@xsafety-support.net"},
    name_from="X Safety Desk",
    date="Sun, 15 Sep 2024 09:03:55 +0000",
    subject=f"Re: [{R3}] Request for removal of illegal information",
    body=f"""
Dear KCSC,

We confirm that {X1} has been removed and that
{X2} has been withheld in Korea.

X Safety Desk
""",
    outcome="review", review="unknown_sender",
    imitates="reply from a look-alike domain that is not X's",
    why="names our request and X URLs but comes from a domain no platform uses",
    items={X1: "pending", X2: "pending"},
)

X_DSN_TEXT = """
This is the mail system at host mail-relay.x.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<legal-kr-queue@x.com>: host inbound.x.com said: 550 5.1.1 User unknown
"""
case(
    name="x-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mail-relay.x.com"},
    name_from="Mail Delivery System",
    date="Wed, 11 Sep 2024 07:01:12 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=multipart("report", "7C1F21E03A.1726038072/mail-relay.x.com", [
        part("text/plain; charset=us-ascii", X_DSN_TEXT, "7bit",
             "Content-Description: Notification"),
        part("message/delivery-status", """
Reporting-MTA: dns; mail-relay.x.com
X-Postfix-Queue-ID: 7C1F21E03A

Final-Recipient: rfc822; legal-kr-queue@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown
""", "7bit", "Content-Description: Delivery report"),
        part("message/rfc822", f"""
From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-queue@x.com
Subject: [{R3}] Request for removal of illegal information
Message-ID: <{req_mid(R3)}@kcsc.example>
Date: Wed, 11 Sep 2024 16:00:00 +0900

{request_text(R3, R3_URLS, "11 September 2024")}
""", "8bit", "Content-Description: Undelivered Message"),
    ], params='; report-type=delivery-status'),
    outcome="ignored", classification="bounce",
    imitates="Postfix non-delivery report returning the full request",
    why="a bounce; the URLs are in the returned request only",
    items={},
)

case(
    name="x-initially-withheld-now-removed",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Tue, 17 Sep 2024 08:22:40 +0000",
    subject=f"Re: [{R3}] Request for removal of illegal information",
    reply_to_req=req_mid(R3),
    body=f"""
Hello,

We initially withheld {X1} in South Korea on 12 September. On further
review the post was found to violate our rules on illegal and regulated
goods, and it has now been removed entirely.

{X2} was withheld in South Korea; it was not removed.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up revising an earlier country withholding",
    why="X1: the later sentence (removed entirely) revises the earlier withholding; X2: withheld, explicitly not removed",
    items={X1: "removed", X2: "restricted"},
)

case(
    name="x-numbered-list-mixed",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Wed, 18 Sep 2024 05:37:09 +0000",
    subject=f"Re: [{R3}] Request for removal of illegal information",
    reply_to_req=req_mid(R3),
    body=f"""
Hello,

Please find our decisions below.

1. {X1} : Removed (illegal or regulated goods)
2. {X2} : Withheld in KR
3. {X5} : No violation found - account remains active
4. {X4} : Not found (post deleted by its author)

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply listing a decision per URL",
    why="numbered list, one status per line",
    items={X1: "removed", X2: "restricted", X5: "rejected", X4: "not_found"},
)

case(
    name="x-single-item-sole",
    **{"from": "safety-noreply@x.com"},
    name_from="X Safety",
    date="Sat, 14 Sep 2024 12:14:07 +0000",
    subject=f"Re: [{R7}] Request for removal of illegal information",
    reply_to_req=req_mid(R7),
    body="""
Hello,

Thanks for your report. The post you reported has been removed for
violating our private information policy.

X Safety
""",
    outcome="applied", classification="confirmation",
    imitates="X report outcome email (no URL) answering a one-item request",
    why="in the request's thread; a one-item request, so 'the post you reported' is that item",
    items={X6: "removed"},
)

case(
    name="x-single-table-contradicts-note",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Mon, 16 Sep 2024 03:49:31 +0000",
    subject=f"Re: [{R7}] Request for removal of illegal information",
    reply_to_req=req_mid(R7),
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<table border="1" cellpadding="3">
<tr><th>Reported content</th><th>Action taken</th></tr>
<tr><td>{X6}</td><td>Removed</td></tr>
</table>
<p>Note: after review, we found that this post does not violate the X Rules
or local law, and no action has been taken on it.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="review", review="conflicting_statements",
    imitates="X legal reply whose results table and free-text note disagree",
    why="table says Removed, note says no action was taken; neither corrects the other",
    items={X6: "pending"},
)

case(
    name="x-single-refusal-court-order",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Tue, 17 Sep 2024 10:05:26 +0000",
    subject=f"Re: [{R7}] Request for removal of illegal information",
    reply_to_req=req_mid(R7),
    body=f"""
Hello,

We are unable to remove {X6} on the basis of this
request. X does not act on requests of this kind without a valid court order
from the relevant jurisdiction, and the post remains available.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal refusal citing the absence of a court order",
    why="a refusal with its reason; the post stays up",
    items={X6: "rejected"},
)

# ==========================================================================
# NAVER (KCSC-240912-04, 4 items)
# ==========================================================================
case(
    name="naver-korean-mixed-sentence",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원",
    date="Fri, 13 Sep 2024 02:40:11 +0000",
    subject=f"RE: [{R4}] 불법정보 삭제 요청",
    reply_to_req=req_mid(R4),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 {N1} 은 게시중단(블라인드) 처리하였고, {N2} 은 임시조치(30일)하였으며, {N3} 은 작성자가 이미 삭제하여 확인되지 않습니다.

감사합니다.

2024. 9. 12. 오전 9:00, KCSC Takedown <takedown@kcsc.example> 작성:
{quote(request_text(R4, R4_URLS, "2024년 9월 12일"))}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단/임시조치 결과 회신 (Gmail-style Korean quoting)",
    why="one Korean sentence: 블라인드 (removed), 임시조치 (restricted), 작성자 삭제 (not_found); N4 only in the quote",
    items={N1: "removed", N2: "restricted", N3: "not_found"},
)

case(
    name="naver-hedge-relative-korean",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원",
    date="Sat, 14 Sep 2024 01:15:00 +0000",
    subject=f"RE: [{R4}] 불법정보 삭제 요청",
    reply_to_req=req_mid(R4),
    body=f"""
안녕하세요, 네이버입니다.

카페 매니저에 의해 비공개로 전환된 것으로 보이는 {N2} 게시물은 추가 확인 후 다시 안내드리겠습니다.
{N4} 게시물은 현재 검토 중입니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER 중간 회신 (검토 중)",
    why="'비공개로 전환된 것으로 보이는' is a hedge in a relative clause; '검토 중' is under review",
    items={N2: "pending", N4: "pending"},
)

case(
    name="naver-refusal-with-reason-korean",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원",
    date="Mon, 16 Sep 2024 06:30:45 +0000",
    subject=f"[{R4}] 요청 게시물 처리 결과 안내",
    reply_to_req=req_mid(R4),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

아래 게시물은 삭제 조치를 완료하였습니다.
{N1}

아래 게시물은 검토 결과 당사 운영정책 및 관련 법령에 위반되는 내용이 확인되지 않아 게시중단 조치를 하지 않았습니다(미조치).
{N4}

문의사항은 회신 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 처리 결과 안내 (삭제 / 미조치)",
    why="URL on the line below its statement; '게시중단 조치를 하지 않았습니다(미조치)' is a refusal with its reason, not a 게시중단",
    items={N1: "removed", N4: "rejected"},
)

MDN_TEXT = f"""
이 메시지는 2024년 9월 12일 (목)에 보낸 메일의 읽음 확인입니다.

받는 사람: jiwoo.han@navercorp.com
제목: [{R4}] 불법정보 삭제 요청
읽은 시간: 2024-09-12 10:02 (KST)
"""
case(
    name="naver-read-receipt",
    **{"from": "jiwoo.han@navercorp.com"},
    name_from="한지우",
    date="Thu, 12 Sep 2024 01:02:33 +0000",
    subject=f"읽음 확인: [{R4}] 불법정보 삭제 요청",
    raw_mime=multipart("report", "mdn_5f2a9c", [
        part("text/plain; charset=utf-8", MDN_TEXT),
        part("message/disposition-notification", f"""
Reporting-UA: Microsoft Outlook 16.0
Final-Recipient: rfc822;jiwoo.han@navercorp.com
Original-Message-ID: <{req_mid(R4)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
""", "7bit"),
    ], params='; report-type=disposition-notification'),
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) in Korean",
    why="a read receipt",
    items={},
)

case(
    name="naver-asks-for-documents",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원",
    date="Fri, 13 Sep 2024 07:55:21 +0000",
    subject=f"RE: [{R4}] 불법정보 삭제 요청 - 자료 요청",
    reply_to_req=req_mid(R4),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 {N2}, {N3} 에 대한 조치를 검토하기 위해서는 심의 의결서 사본과 명예훼손 피해 당사자의 신고서가 필요합니다.
해당 자료를 본 메일로 회신해 주시면 확인 후 처리 결과를 안내드리겠습니다.

감사합니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="NAVER 소명자료 요청 회신",
    why="asks for documents before acting; nothing decided",
    items={N2: "pending", N3: "pending"},
)

case(
    name="naver-korean-out-of-office",
    **{"from": "sora.park@navercorp.com"},
    name_from="박소라",
    date="Thu, 12 Sep 2024 00:05:47 +0000",
    subject=f"[자동응답] RE: [{R4}] 불법정보 삭제 요청",
    reply_to_req=req_mid(R4),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 박소라입니다.

9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 게시중단 요청은 policy@navercorp.com 으로 보내 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 auto-reply (추석 연휴)",
    why="an out-of-office reply; '게시중단' only names the kind of request",
    items={},
)

NAVER_TABLE_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구({R4})에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td>운영정책 위반</td></tr>
<tr><td>2</td><td>{N2}</td><td>접근제한</td><td>국내</td></tr>
<tr><td>3</td><td>{N3}</td><td>미조치</td><td>위반사항 없음</td></tr>
<tr><td>4</td><td>{N4}</td><td>게시물 없음</td><td>-</td></tr>
</table>
<p>※ 3번 게시물은 위 표 작성 이후 재검토 결과 블라인드 처리되었습니다.</p>
<p>감사합니다.</p>
</body></html>
"""
case(
    name="naver-html-table-base64-note-revises",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원",
    date="Wed, 18 Sep 2024 02:12:09 +0000",
    subject=f"[{R4}] 시정요구 조치 결과 회신",
    reply_to_req=req_mid(R4),
    raw_mime=part("text/html; charset=utf-8", b64(NAVER_TABLE_HTML), "base64"),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table (base64 HTML) with a ※ note",
    why="table gives 삭제/접근제한/미조치/게시물 없음; the note says row 3 was later blinded, which replaces 미조치",
    items={N1: "removed", N2: "restricted", N3: "removed", N4: "not_found"},
)

# ==========================================================================
# Kakao (KCSC-240912-05, 3 items)
# ==========================================================================
case(
    name="kakao-raw-korean-url-particles",
    **{"from": "cs-policy@kakaocorp.com"},
    name_from="카카오 정책팀",
    date="Sat, 14 Sep 2024 05:26:38 +0000",
    subject=f"RE: [{R5}] 불법정보 삭제 요청",
    reply_to_req=req_mid(R5),
    body=f"""
안녕하세요, 카카오 정책팀입니다.

{K1_RAW} 게시물은 2024.09.13 비공개 처리되었습니다.
{K2}는 접속 차단(국내) 조치하였습니다.
요청하신 세 번째 주소（{K3}）는 존재하지 않는 페이지입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 조치 결과 회신 with raw Korean URL and full-width brackets",
    why="비공개 처리 (removed), 접속 차단(국내) (restricted), 존재하지 않는 페이지 (not_found); raw Korean path and particle '는'",
    items={K1: "removed", K2: "restricted", K3: "not_found"},
)

case(
    name="kakao-answers-naver-request",
    **{"from": "cs-policy@kakaocorp.com"},
    name_from="카카오 정책팀",
    date="Mon, 16 Sep 2024 08:47:02 +0000",
    subject=f"RE: [{R4}] 불법정보 삭제 요청",
    body=f"""
안녕하세요, 카카오 정책팀입니다.

요청번호 {R4} 관련하여 아래 게시물이 삭제되었음을 알려드립니다.

- {N1}
- {N4}

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao reply stating outcomes for another portal's posts",
    why="Kakao states removals of NAVER items; not its platform",
    items={N1: "pending", N4: "pending"},
)

KAKAO_QP = f"""안녕하세요, 카카오 정책팀입니다.

{K3} 게시물은 처음에 임시조치(30일)로 처리하였으나, 재검토 결과 운영정책 위반이 확인되어 운영자 삭제로 변경하였습니다.

{K2} 게시물은 현재 검토 중이며, 결과가 나오는 대로 안내드리겠습니다.

감사합니다.
"""
case(
    name="kakao-qp-temporary-then-deleted",
    **{"from": "cs-policy@kakaocorp.com"},
    name_from="카카오 정책팀",
    date="Wed, 18 Sep 2024 04:03:17 +0000",
    subject=f"RE: [{R5}] 불법정보 삭제 요청",
    reply_to_req=req_mid(R5),
    raw_mime=part("text/plain; charset=utf-8", qp(KAKAO_QP), "quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="Kakao follow-up (quoted-printable) changing 임시조치 to 운영자 삭제",
    why="K3: later clause revises 임시조치 into 운영자 삭제 (removed); K2 검토 중 stays pending",
    items={K3: "removed", K2: "pending"},
)

# ==========================================================================
# TikTok (KCSC-240913-06, 2 items)
# ==========================================================================
case(
    name="tiktok-report-receipt",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok",
    date="Fri, 13 Sep 2024 01:10:05 +0000",
    subject=f"We received your report - Re: [{R6}]",
    reply_to_req=req_mid(R6),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hi,

We've received your report. Reference number: LE-2024-0913-88214.

Our team reviews reports as quickly as possible. We'll let you know when we
have an update.

TikTok Law Enforcement Outreach
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok report receipt",
    why="pure acknowledgement with a reference number",
    items={},
)

TT_PLAIN = f"""Hello,

We removed the video {TT1} for violating our Community Guidelines, while {TT2} has been restricted in your country in line with local law.

TikTok Trust & Safety
"""
TT_HTML = f"""<html><body><p>Hello,</p>
<p>We removed the video <a href="{TT1}">{TT1}</a> for violating our Community Guidelines,
while <a href="{TT2}">{TT2}</a> has been restricted in your country in line with local law.</p>
<p>TikTok Trust &amp; Safety</p></body></html>
"""
case(
    name="tiktok-mixed-sentence-alternative",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok",
    date="Sun, 15 Sep 2024 07:19:52 +0000",
    subject=f"Re: [{R6}] Request for removal of illegal information",
    reply_to_req=req_mid(R6),
    raw_mime=multipart("alternative", "tt_alt_0915", [
        part("text/plain; charset=utf-8", qp(TT_PLAIN), "quoted-printable"),
        part("text/html; charset=utf-8", qp(TT_HTML), "quoted-printable"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome (multipart/alternative, quoted-printable)",
    why="one sentence: TT1 removed, TT2 restricted in Korea",
    items={TT1: "removed", TT2: "restricted"},
)

case(
    name="tiktok-both-videos-bulk",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok",
    date="Mon, 16 Sep 2024 09:44:13 +0000",
    subject=f"Re: [{R6}] Request for removal of illegal information",
    reply_to_req=req_mid(R6),
    body="""
Hello,

Both videos you reported have been taken down.

TikTok Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="TikTok short outcome email without URLs",
    why="one statement covering a two-item request without naming either",
    items={TT1: "pending", TT2: "pending"},
)

case(
    name="tiktok-newsletter-no-claims",
    **{"from": "lawenforcement@tiktok.com"},
    name_from="TikTok Law Enforcement Outreach",
    date="Tue, 17 Sep 2024 23:00:00 +0000",
    subject="Updates to our Government Removal Request portal",
    body="""
Dear partner,

We are writing to let government agencies know that our removal request portal
at https://www.tiktok.com/legal/page/global/law-enforcement has a new form for
regulators. Requests sent through the form are routed to the right team and
receive a reference number straight away.

Email requests remain accepted, but the portal is the fastest way to reach us.

TikTok Law Enforcement Outreach
""",
    outcome="review", review="no_claims",
    imitates="TikTok outreach newsletter to government agencies",
    why="trusted TikTok mail naming no item and no request; its link is the platform's own portal",
    items={},
)

HEADER = """# Blind set blind714 (what a program gets wrong): written by
# tests/corpus/blind714/make.py from the meaning of each email, before any
# run of the reader. Each case is judged alone on a fresh ledger holding
# requests.csv.
"""


def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 encoded words, as
    Korean mail clients send them."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = email.header.Header(v, "utf-8").encode()


def main():
    for c in CASES:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, "blind714", HEADER, CASES)


if __name__ == "__main__":
    main()
