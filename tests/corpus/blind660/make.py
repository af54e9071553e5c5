#!/usr/bin/env python3
"""Blind set 660: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted (or corrected) by a note under it, statuses given by position.

All emails are fictional and written for this set. Expected results were
written from each email's meaning alone, before the reader was run on them.

    python3 tests/corpus/blind660/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
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

SET = "blind660"

# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
CAFE_RAW = "https://cafe.naver.com/밤빛모임/5531"
CAFE_PCT = "https://cafe.naver.com/%EB%B0%A4%EB%B9%9B%EB%AA%A8%EC%9E%84/5531"

Y = {
    1: "https://www.youtube.com/watch?v=qR7mZk2Lw0A",
    2: "https://www.youtube.com/watch?v=Hb3nTe9Vx1c",
    3: "https://www.youtube.com/watch?v=pL0aUu4Rs8d",
    4: "https://www.youtube.com/watch?v=Zc5kWq1Jm2e",
    5: "https://www.youtube.com/watch?v=tN8yBo6Df3f",
    6: "https://www.youtube.com/watch?v=Gx2hVa7Kp4g",
    7: "https://www.youtube.com/watch?v=eM9sRc3Ln5h",
    8: "https://www.youtube.com/watch?v=Wj4dPy0Tb6i",
    9: "https://www.youtube.com/shorts/Ka1fXn5Qe7j",
    10: "https://www.youtube.com/shorts/Rv6gLm8Zs8k",
    11: "https://www.youtube.com/watch?v=Bd7qHw2Nc9m",
    12: "https://www.youtube.com/watch?v=Fo3tJx9Yr0n",
    13: "https://www.youtube.com/@haneul_signal_tv",
    14: "https://www.youtube.com/watch?v=Ui5cEv4Mh1p",
}
X = {
    1: "https://x.com/moonlit_ledger/status/1829001122334455661",
    2: "https://x.com/moonlit_ledger/status/1829001122334455662",
    3: "https://x.com/grey_kestrel_kr/status/1829114455667788990",
    4: "https://x.com/pado_sori22/status/1829227788990011223",
    5: "https://x.com/pado_sori22/status/1829227788990011337",
    6: "https://x.com/haetbit_relay/status/1832345678901234567",
}
T = {
    1: "https://t.me/night_bazaar_kr/1184",
    2: "https://t.me/night_bazaar_kr/1190",
    3: "https://t.me/seoul_drop_zone/77",
    4: "https://t.me/bluefinch_market",
}
N = {
    1: "https://blog.naver.com/dalbit_story88/223555012345",
    2: CAFE_PCT,
    3: "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471234567",
}
D = {
    1: "https://cafe.daum.net/gureum-salon/Fx9k/412",
    2: "https://cafe.daum.net/gureum-salon/Fx9k/415",
}
K = {
    1: "https://www.tiktok.com/@sora.wave.kr/video/7409876543210987654",
    2: "https://www.tiktok.com/@sora.wave.kr/video/7409876543210987777",
    3: "https://www.tiktok.com/@mint_alley03/video/7410011223344556677",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240902-01", "youtube", "2024-09-02T14:05:00+09:00", "2024-09-09T23:59:59+09:00",
     [Y[i] for i in range(1, 15)], "violence", "req.240902.01@kcsc.example",
     "videos and one channel re-posting the same footage"),
    ("KCSC-240903-02", "x", "2024-09-03T10:30:00+09:00", "2024-09-10T23:59:59+09:00",
     [X[i] for i in range(1, 6)], "defamation", "req.240903.02@kcsc.example", "posts naming a private person"),
    ("KCSC-240904-03", "telegram", "2024-09-04T15:10:00+09:00", "2024-09-11T23:59:59+09:00",
     [T[i] for i in range(1, 5)], "drugs", "req.240904.03@kcsc.example", "sale announcements and one channel"),
    ("KCSC-240905-04", "naver", "2024-09-05T11:00:00+09:00", "2024-09-12T23:59:59+09:00",
     [N[i] for i in range(1, 4)], "obscenity", "req.240905.04@kcsc.example", "blog, cafe and Knowledge iN posts"),
    ("KCSC-240906-05", "daum", "2024-09-06T09:40:00+09:00", "2024-09-13T23:59:59+09:00",
     [D[1], D[2]], "gambling", "req.240906.05@kcsc.example", "cafe posts advertising a gambling site"),
    ("KCSC-240909-06", "x", "2024-09-09T11:02:00+09:00", "2024-09-16T23:59:59+09:00",
     [X[6]], "privacy", "req.240909.06@kcsc.example", "one post with a home address"),
    ("KCSC-240910-07", "tiktok", "2024-09-10T16:20:00+09:00", "2024-09-17T23:59:59+09:00",
     [K[1], K[2], K[3]], "dangerous_acts", "req.240910.07@kcsc.example", "challenge videos"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# --------------------------------------------------------------------------
# Helpers for MIME bodies
# --------------------------------------------------------------------------
def enc(text):
    """RFC 2047 encoded-word for a non-ASCII display name or subject."""
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def gmail_quote(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


YT_SIG = "Regards,\nYouTube Legal Support\nGoogle LLC"
X_SIG = "Thanks,\nX Legal Operations"
TG_SIG = "Telegram Abuse Team"
NAVER_SIG = "네이버 고객센터 드림\nNAVER Corp. | 게시중단 요청 담당"
KAKAO_SIG = "카카오 고객센터\nKakao Corp. 권리침해 신고 담당"

# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------
cases = []


def case(**kw):
    cases.append(kw)


# ---------------------------- APPLIED -------------------------------------

case(
    name="yt-four-statuses-one-sentence",
    **{"from": "legal-support@google.com"},
    date="Fri, 06 Sep 2024 17:42:11 +0900",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req.240902.01",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals team outcome email (prose, several decisions in one sentence)",
    why="one sentence gives four decisions: two removed, one blocked in Korea, one left up with a reason",
    body=f"""Dear KCSC team,

Thank you for your patience. In response to your request KCSC-240902-01, we
removed {Y[1]} and {Y[2]} for violating our Community Guidelines, restricted
{Y[3]} for viewers in South Korea, and left {Y[4]} up because, after review, it
does not violate our policies or local law.

We are still reviewing the remaining videos in your request and will reply
separately.

{YT_SIG}
""",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected"},
)

case(
    name="yt-statuses-by-position",
    **{"from": "legal-support@google.com"},
    date="Sat, 07 Sep 2024 10:03:52 +0900",
    subject="Re: [KCSC-240902-01] Request to remove content - partial outcome",
    reply_to_req="req.240902.01",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply that states decisions by the order of a list",
    why="first two removed worldwide, third blocked in Korea, fourth not found: statuses assigned by position",
    body=f"""Hello,

We reviewed the following four videos from your request KCSC-240902-01.
The first two have been removed from YouTube worldwide. The third is now
blocked for viewers in South Korea. We could not find the fourth: the link
returns "Video unavailable" and no video with that ID exists on our systems.

1) {Y[5]}
2) {Y[6]}
3) {Y[7]}
4) {Y[8]}

{YT_SIG}
""",
    items={Y[5]: "removed", Y[6]: "removed", Y[7]: "restricted", Y[8]: "not_found"},
)

case(
    name="yt-relative-clauses",
    **{"from": "legal-support@google.com"},
    date="Mon, 09 Sep 2024 09:15:40 +0900",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req.240902.01",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply with statements carried in relative clauses",
    why="hedge sits in a relative clause (main clause 'could not be found' stands); a re-upload 'still being assessed' stays pending",
    body=f"""Hi,

An update on KCSC-240902-01.

The short at {Y[9]}, which may have been taken down by its uploader before
we got to it, could not be found on YouTube. We removed {Y[10]} under our
harassment policy on 6 September. A copy of the same footage, which our team
found at {Y[11]}, is still being assessed, and we will update you on it
separately.

{YT_SIG}
""",
    items={Y[9]: "not_found", Y[10]: "removed", Y[11]: "pending"},
)

case(
    name="yt-not-removed-news-report",
    **{"from": "legal-support@google.com"},
    date="Mon, 09 Sep 2024 16:27:05 +0900",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req.240902.01",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome declining one video with a reason and terminating a channel",
    why="'We have not removed' with a reason is a refusal (rejected); the channel was terminated (removed)",
    body=f"""Dear KCSC,

Thanks for your request KCSC-240902-01.

We have not removed {Y[12]}. After review, the video is a news report about
the incident and does not violate our Community Guidelines or local law, so
it remains available on YouTube.

The channel {Y[13]} has been terminated for repeated violations of our spam,
deceptive practices and scams policy.

You can read more about how we handle government requests at
https://support.google.com/transparencyreport/answer/7347744

{YT_SIG}
""",
    items={Y[12]: "rejected", Y[13]: "removed"},
)

case(
    name="yt-restricted-then-removed",
    **{"from": "legal-support@google.com"},
    date="Tue, 10 Sep 2024 11:50:33 +0900",
    subject="Re: [KCSC-240902-01] Request to remove content - update",
    reply_to_req="req.240902.01",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal follow-up where a later sentence replaces an earlier action",
    why="restricted first, then removed entirely after a second review: the later sentence wins; another video remains under review",
    body=f"""Hello KCSC team,

Following up on KCSC-240902-01.

{Y[14]} was initially restricted for viewers in South Korea on 5 September.
After a second review by our policy team, the video has now been removed
from YouTube entirely.

{Y[2]} remains under review; we will write again once a decision has been
made.

{YT_SIG}
""",
    items={Y[14]: "removed", Y[2]: "pending"},
)

YT_TABLE_HTML = f"""<html><body>
<p>Dear KCSC,</p>
<p>Below is the outcome for part of your request KCSC-240902-01.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th><th>Scope</th></tr>
<tr><td>{Y[3]}</td><td>Removed</td><td>Global</td></tr>
<tr><td>{Y[4]}</td><td>Restricted</td><td>South Korea</td></tr>
<tr><td>{Y[5]}</td><td>No action &ndash; does not violate Community Guidelines or local law</td><td>&ndash;</td></tr>
</table>
<p><b>Correction:</b> since this table was generated, the channel that uploaded
{Y[4]} has been terminated, so that video has now been removed globally as well.</p>
<p>Regards,<br>YouTube Legal Support</p>
</body></html>"""

case(
    name="yt-html-table-corrected-by-note",
    **{"from": "legal-support@google.com"},
    date="Wed, 11 Sep 2024 14:08:19 +0900",
    subject="Re: [KCSC-240902-01] Outcome table",
    reply_to_req="req.240902.01",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome as an HTML table with a reviewer's correction under it",
    why="the note explicitly corrects the 'Restricted' row to removed; the other rows stand",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="yt-tbl-660"

--yt-tbl-660
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dear KCSC,

Below is the outcome for part of your request KCSC-240902-01.

Reported URL | Action | Scope
{Y[3]} | Removed | Global
{Y[4]} | Restricted | South Korea
{Y[5]} | No action - does not violate Community Guidelines or local law | -

Correction: since this table was generated, the channel that uploaded
{Y[4]} has been terminated, so that video has now been removed globally as well.

Regards,
YouTube Legal Support

--yt-tbl-660
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{YT_TABLE_HTML}
--yt-tbl-660--
""",
    items={Y[3]: "removed", Y[4]: "removed", Y[5]: "rejected"},
)

YT_CSV = f"""url,decision,detail
{Y[7]},Removed,Violent or graphic content policy
{Y[8]},Blocked in KR,Local law (Republic of Korea)
{Y[9]},No action,No violation of Community Guidelines or local law found
{Y[10]},Not found,Video ID does not exist
"""

case(
    name="yt-csv-attachment-base64",
    **{"from": "legal-support@google.com"},
    date="Thu, 12 Sep 2024 08:44:02 +0900",
    subject="Re: [KCSC-240902-01] Outcome attached",
    reply_to_req="req.240902.01",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome sent as a CSV attachment (base64)",
    why="attached CSV gives one decision per row: removed, blocked in KR, no action with reason, not found",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="yt-csv-660"

--yt-csv-660
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for four of the items in your request
KCSC-240902-01.

Regards,
YouTube Legal Support

--yt-csv-660
Content-Type: text/csv; charset=utf-8; name="outcome_KCSC-240902-01.csv"
Content-Disposition: attachment; filename="outcome_KCSC-240902-01.csv"
Content-Transfer-Encoding: base64

{b64(YT_CSV)}
--yt-csv-660--
""",
    items={Y[7]: "removed", Y[8]: "restricted", Y[9]: "rejected", Y[10]: "not_found"},
)

case(
    name="yt-bare-url-status-below",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube Legal",
    date="Thu, 12 Sep 2024 19:31:45 +0900",
    subject="Your legal request KCSC-240902-01: status of reported content",
    reply_to_req="req.240902.01",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal webform status digest: bare URL with a status line under it",
    why="each bare URL has its status on the next line: removed, not available in Korea, pending review",
    body=f"""Hello,

Here is the current status of content from your legal request.

{Y[11]}
Status: Removed - violent extremism policy

{Y[12]}
Status: Not available in South Korea (local legal restriction)

{Y[13]}
Status: Pending - under review by our specialist team

To see all your requests, visit https://support.google.com/legal/dashboard

- The YouTube Legal team
""",
    items={Y[11]: "removed", Y[12]: "restricted", Y[13]: "pending"},
)

case(
    name="yt-url-below-statement",
    **{"from": "legal-support@google.com"},
    date="Fri, 13 Sep 2024 13:12:09 +0900",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req.240902.01",
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome email with each decision followed by the URL on the next line",
    why="statement lines end in ':' and the URL follows below: removed, age-restricted, declined as documentary",
    body=f"""Hi,

The following video was removed for violating our harassment policy:
{Y[1]}

The following video was age-restricted:
{Y[2]}

We decided not to take action on the following video, as it is a
documentary with educational context and does not violate our policies:
{Y[3]}

{YT_SIG}
""",
    items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected"},
)

case(
    name="yt-receipt-wording-plus-removal",
    **{"from": "legal-support@google.com"},
    date="Sat, 14 Sep 2024 09:58:27 +0900",
    subject="Re: [KCSC-240902-01] Case 7-4419902351",
    reply_to_req="req.240902.01",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support case email that opens like a receipt but states an outcome",
    why="acknowledgement phrasing followed by an unhedged removal of one video: not a pure acknowledgement",
    body=f"""Thanks for contacting YouTube Legal Support. We have received your request
and your case number is 7-4419902351.

The video {Y[7]} has been removed under our Community Guidelines.
The other videos in your request are still under review.

{YT_SIG}
""",
    items={Y[7]: "removed"},
)

case(
    name="x-withheld-two-left-one",
    **{"from": "legal-ops@x.com"},
    date="Thu, 05 Sep 2024 18:20:14 +0900",
    subject="Re: KCSC-240903-02 - legal request",
    reply_to_req="req.240903.02",
    outcome="applied", classification="confirmation",
    imitates="X (Twitter) country-withheld-content reply to a government request",
    why="one sentence withholds two posts in Korea and leaves a third up with a reason; a fourth deleted by its author",
    body=f"""Hello,

We have withheld {X[1]} and {X[2]} in South Korea in response to your request,
but {X[3]} remains available because we did not find it to be in violation
of the X Rules or applicable local law. {X[4]} was deleted by the account
holder before we could review it.

{X_SIG}
""",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "rejected", X[4]: "not_found"},
)

X6_QUOTE = gmail_quote([
    "Dear X Legal,",
    "",
    "The Korea Communications Standards Commission requests the removal of the",
    "following post, which discloses a private person's home address",
    "(reference KCSC-240909-06):",
    "",
    X[6],
    "",
    "Please inform us of the action taken by 16 September 2024.",
    "",
    "KCSC Takedown Desk",
])

case(
    name="x-top-posted-one-item",
    **{"from": "legal-ops@x.com"},
    date="Wed, 11 Sep 2024 10:05:48 +0900",
    subject="Re: KCSC-240909-06 - removal request",
    reply_to_req="req.240909.06",
    outcome="applied", classification="confirmation",
    imitates="X legal reply top-posted over the quoted request (Gmail style)",
    why="statement names no URL but the request has one item; the URL appears only in the quoted request",
    body=f"""Hello,

The post you reported has been withheld in South Korea.

{X_SIG}

On Mon, Sep 9, 2024 at 11:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
{X6_QUOTE}
""",
    items={X[6]: "restricted"},
)

case(
    name="x-refusal-public-figure",
    **{"from": "legal-ops@x.com"},
    date="Fri, 06 Sep 2024 12:40:00 +0900",
    subject="Re: KCSC-240903-02 - legal request",
    reply_to_req="req.240903.02",
    outcome="applied", classification="confirmation",
    imitates="X legal reply declining to act, with its reason",
    why="'will not take action' plus a reason and 'remains available' is a refusal, not a promise",
    body=f"""Hi,

Regarding KCSC-240903-02, we have reviewed {X[5]}.

We will not take action on this post. It is commentary on a public figure's
conduct in office and does not violate the X Rules or Korean law as we
understand it. The post remains available.

If you have a court order concerning this content, you may submit it at
https://help.x.com/forms/legal

{X_SIG}
""",
    items={X[5]: "rejected"},
)

case(
    name="x-numbered-list-dashes",
    **{"from": "legal-ops@x.com"},
    date="Sat, 07 Sep 2024 15:11:36 +0900",
    subject="Re: KCSC-240903-02 - outcome",
    reply_to_req="req.240903.02",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome as a numbered list, decision after a dash",
    why="each numbered line gives URL and decision: withheld in KR, removed, no action with reason",
    body=f"""Hello,

Outcome for your request KCSC-240903-02:

1. {X[1]} - Withheld in KR (local law)
2. {X[2]} - Removed, violation of our Violent Speech policy
3. {X[3]} - No action; no violation of the X Rules or local law found

{X_SIG}
""",
    items={X[1]: "restricted", X[2]: "removed", X[3]: "rejected"},
)

X_REQ_QUOTE = gmail_quote([
    "Dear X Legal,",
    "",
    "Please remove the following posts (KCSC-240903-02):",
    X[1], X[2], X[3], X[4], X[5],
    "",
    "KCSC Takedown Desk",
])

case(
    name="x-gmail-reply-over-five-urls",
    **{"from": "legal-ops@x.com"},
    date="Wed, 04 Sep 2024 21:09:12 +0900",
    subject="Re: KCSC-240903-02 - legal request",
    reply_to_req="req.240903.02",
    outcome="applied", classification="confirmation",
    imitates="X legal reply in a Gmail thread with the whole request quoted below",
    why="only the two posts named above the quote change; 'remaining posts still being reviewed' stays pending",
    body=f"""Hi,

We removed {X[1]} for violating our private information policy.
{X[2]} is not a valid post link: no post with that ID exists.

The remaining posts are still being reviewed.

{X_SIG}

On Tue, Sep 3, 2024 at 10:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
{X_REQ_QUOTE}
""",
    items={X[1]: "removed", X[2]: "not_found", X[3]: "pending", X[4]: "pending", X[5]: "pending"},
)

case(
    name="tg-block-delete-notfound-one-sentence",
    **{"from": "abuse@telegram.org"},
    date="Fri, 06 Sep 2024 02:14:55 +0900",
    subject="Re: KCSC-240904-03",
    reply_to_req="req.240904.03",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply, short prose",
    why="one sentence: channel blocked for all users, two messages deleted, one not found (hedge only in its relative clause)",
    body=f"""Hello,

Thank you for the report. The channel {T[4]} has been blocked for all users,
and the messages {T[1]} and {T[2]} were deleted; we could not find
{T[3]}, which may have been removed by the channel admins.

{TG_SIG}
""",
    items={T[4]: "removed", T[1]: "removed", T[2]: "removed", T[3]: "not_found"},
)

case(
    name="tg-angle-brackets-wrapped",
    **{"from": "abuse@telegram.org"},
    date="Sat, 07 Sep 2024 04:48:21 +0900",
    subject="Re: KCSC-240904-03 report",
    reply_to_req="req.240904.03",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply with URLs in angle brackets, one wrapped",
    why="message removed; the second (wrapped inside <...>) is no longer accessible in South Korea",
    body=f"""Hi,

The following message has been removed: <{T[1]}>

The following message is no longer available to users in South Korea:
<https://t.me/
seoul_drop_zone/77>

{TG_SIG}
""",
    items={T[1]: "removed", T[3]: "restricted"},
)

case(
    name="tg-outlook-original-message",
    **{"from": "abuse@telegram.org"},
    date="Sun, 08 Sep 2024 23:30:09 +0900",
    subject="RE: KCSC-240904-03 Request for removal",
    reply_to_req="req.240904.03",
    outcome="applied", classification="confirmation",
    imitates="Telegram reply above an Outlook '-----Original Message-----' block",
    why="only the channel named above the original message is blocked; the request below the separator is quoted",
    body=f"""Hello,

{T[4]} has been blocked for violating Telegram's Terms of Service (public
calls to violence and sale of illegal goods).

{TG_SIG}

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 3:10 PM
To: abuse@telegram.org
Subject: KCSC-240904-03 Request for removal

Dear Telegram,

Please remove the following content, which advertises the sale of drugs:

{T[1]}
{T[2]}
{T[3]}
{T[4]}

KCSC Takedown Desk
""",
    items={T[4]: "removed"},
)

case(
    name="naver-three-statuses-one-sentence",
    **{"from": "help@navercorp.com"},
    date="Mon, 09 Sep 2024 10:22:31 +0900",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240905-04)",
    reply_to_req="req.240905.04",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 안내 (prose, one long sentence)",
    why="게시중단 (removed), 임시조치 30일 (restricted), 작성자가 이미 삭제 (not_found) in one sentence",
    body=f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240905-04)에 대한 처리 결과를 안내드립니다.

{N[1]} 게시물은 게시중단 처리하였고, {CAFE_RAW} 게시물은 임시조치(30일간 접근 제한)하였으며, {N[3]} 게시물은 작성자가 이미 삭제하여 확인되지 않습니다.

감사합니다.
{NAVER_SIG}
""",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found"},
)

NAVER_TABLE = f"""<html><body>
<p>안녕하세요. 네이버 게시중단 요청 담당자입니다.</p>
<p>시정요구(KCSC-240905-04)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>청소년유해</td></tr>
<tr><td>2</td><td>{CAFE_RAW}</td><td>접속차단</td><td>국내 접근 제한</td></tr>
<tr><td>3</td><td>{N[3].replace('&', '&amp;')}</td><td>미조치</td><td>위법 사항 확인되지 않음</td></tr>
</table>
<p>감사합니다.<br>네이버 고객센터</p>
</body></html>"""

case(
    name="naver-kcsc-result-html-table",
    **{"from": "help@navercorp.com"},
    date="Tue, 10 Sep 2024 15:47:03 +0900",
    subject="[회신] 시정요구 조치결과 (KCSC-240905-04)",
    reply_to_req="req.240905.04",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table (HTML)",
    why="table rows: 삭제 (removed), 접속차단 국내 (restricted), 미조치 with reason (rejected)",
    type="html",
    body=NAVER_TABLE,
    items={N[1]: "removed", N[2]: "restricted", N[3]: "rejected"},
)

case(
    name="naver-fullwidth-and-particles",
    **{"from": "help@navercorp.com"},
    date="Wed, 11 Sep 2024 09:05:17 +0900",
    subject="[네이버] 신고 게시물 처리 안내",
    reply_to_req="req.240905.04",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고 처리 안내 with URLs inside full-width brackets and followed by particles",
    why="블라인드 (removed) for the blog post; '삭제하지 않았습니다' with a reason for the 지식iN post (rejected)",
    body=f"""안녕하세요. 네이버입니다.

신고하신 게시물（{N[1]}）은 블라인드 처리되었습니다。

{N[3]}에 대해서는 삭제하지 않았습니다. 해당 답변은 일반적인 정보 제공에 해당하여 운영정책 및 관련 법령 위반 사항이 확인되지 않았습니다.

{NAVER_SIG}
""",
    items={N[1]: "removed", N[3]: "rejected"},
)

case(
    name="naver-temporary-then-deleted",
    **{"from": "help@navercorp.com"},
    date="Thu, 12 Sep 2024 17:36:44 +0900",
    subject="[네이버] 게시중단 요청 추가 처리 결과 (KCSC-240905-04)",
    reply_to_req="req.240905.04",
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up notice: 임시조치 later replaced by 최종 삭제",
    why="first sentence 임시조치 (restricted), later sentence 최종 삭제 처리 (removed): the later one wins",
    body=f"""안녕하세요, 네이버 고객센터입니다.

{CAFE_RAW} 게시물은 9월 6일 임시조치되었습니다. 이후 추가 검토 결과 해당 게시물이 명백한 불법정보에 해당하는 것으로 판단되어, 9월 9일 최종 삭제 처리되었음을 알려드립니다.

{NAVER_SIG}
""",
    items={N[2]: "removed"},
)

DAUM_QP_TEXT = f"""안녕하세요. 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(KCSC-240906-05)에 대한 처리 결과입니다.

요청하신 게시물 중 {D[1]} 는 운영자 삭제 처리되었고, {D[2]} 는 국내 접근 제한 조치되었습니다.

{KAKAO_SIG}
"""

case(
    name="daum-qp-delete-and-restrict",
    **{"from": "cs-notice@kakaocorp.com"},
    name_from=enc("Kakao 고객센터"),
    date="Mon, 09 Sep 2024 14:19:26 +0900",
    subject=enc("[카카오] 게시물 처리 결과 안내"),
    reply_to_req="req.240906.05",
    outcome="applied", classification="confirmation",
    imitates="Kakao (Daum cafe) 권리침해 신고 처리 결과 안내, quoted-printable body",
    why="운영자 삭제 (removed) and 국내 접근 제한 (restricted) in one sentence",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(DAUM_QP_TEXT)}
""",
    items={D[1]: "removed", D[2]: "restricted"},
)

case(
    name="daum-decided-not-to-delete",
    **{"from": "cs-notice@kakaocorp.com"},
    name_from=enc("Kakao 고객센터"),
    date="Tue, 10 Sep 2024 11:02:58 +0900",
    subject="[카카오] 게시물 처리 결과 안내 (KCSC-240906-05)",
    reply_to_req="req.240906.05",
    outcome="applied", classification="confirmation",
    imitates="Kakao (Daum cafe) notice declining removal with its reason",
    why="'삭제 조치를 하지 않기로 결정' with a reason: rejected, not removed",
    body=f"""안녕하세요. 카카오 고객센터입니다.

{D[2]} 게시물에 대해서는 삭제 조치를 하지 않기로 결정하였습니다. 해당 게시물은 도박 사이트 광고가 아닌 이용자 간 후기 글로, 관련 법령이나 운영정책 위반 사항이 확인되지 않았습니다.

운영정책은 https://cs.daum.net/faq/site/cafe 에서 확인하실 수 있습니다.

{KAKAO_SIG}
""",
    items={D[2]: "rejected"},
)

case(
    name="tiktok-statement-of-reasons",
    **{"from": "legal-notices@tiktok.com"},
    name_from="TikTok Legal",
    date="Fri, 13 Sep 2024 20:55:41 +0900",
    subject="Statement of reasons - KCSC-240910-07",
    reply_to_req="req.240910.07",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA-style statement of reasons, one block per video",
    why="Decision lines: removed, visibility restricted in South Korea, no action with ground",
    body=f"""Hello,

Following our review of your request KCSC-240910-07, here is our decision
for each piece of content.

Content: {K[1]}
Decision: Removed
Ground: Community Guidelines - dangerous activities and challenges
Automated means used: No

Content: {K[2]}
Decision: Visibility restricted in South Korea
Ground: Local law
Automated means used: No

Content: {K[3]}
Decision: No action taken
Ground: The video does not violate our Community Guidelines or applicable law
Automated means used: No

Information about our policies: https://www.tiktok.com/community-guidelines

TikTok Trust & Safety
""",
    items={K[1]: "removed", K[2]: "restricted", K[3]: "rejected"},
)

TT_HTML = f"""<html><body>
<p>Hi,</p>
<p>Following our review, the video <a href="{K[3]}">{K[3]}</a> has been removed
for violating our Community Guidelines.</p>
<p>Learn more: <a href="https://www.tiktok.com/community-guidelines">Community Guidelines</a></p>
<p>TikTok Trust &amp; Safety</p>
</body></html>
"""

case(
    name="tiktok-base64-html-single",
    **{"from": "legal-notices@tiktok.com"},
    name_from="TikTok Legal",
    date="Sat, 14 Sep 2024 06:12:30 +0900",
    subject="Update on your report KCSC-240910-07",
    reply_to_req="req.240910.07",
    outcome="applied", classification="confirmation",
    imitates="TikTok report-outcome email, HTML body in base64",
    why="one video removed; the Community Guidelines link is not an item",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(TT_HTML)}
""",
    items={K[3]: "removed"},
)

# ---------------------------- REVIEW --------------------------------------

case(
    name="yt-will-be-removed-once",
    **{"from": "legal-support@google.com"},
    date="Wed, 04 Sep 2024 16:01:22 +0900",
    subject="Re: [KCSC-240902-01] Request to remove content",
    reply_to_req="req.240902.01",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply with a promise",
    why="'will be removed once our legal team completes its assessment' is a promise: items stay pending",
    body=f"""Hello,

Thanks for your request KCSC-240902-01. {Y[8]} and {Y[9]} will be removed
once our legal team completes its assessment, which we expect by the end of
next week.

{YT_SIG}
""",
    items={Y[8]: "pending", Y[9]: "pending"},
)

case(
    name="x-may-already-be-deleted",
    **{"from": "legal-ops@x.com"},
    date="Thu, 05 Sep 2024 09:33:07 +0900",
    subject="Re: KCSC-240903-02 - legal request",
    reply_to_req="req.240903.02",
    outcome="review", review="not_understood",
    imitates="X legal interim reply, hedged",
    why="'may already have been deleted ... still confirming' is a hedge: pending",
    body=f"""Hi,

Regarding {X[4]}: it looks like this post may already have been deleted by
the account owner, though we are still confirming this on our side. We will
follow up once we know more.

{X_SIG}
""",
    items={X[4]: "pending"},
)

case(
    name="naver-delete-if-illegal",
    **{"from": "help@navercorp.com"},
    date="Fri, 06 Sep 2024 13:48:50 +0900",
    subject="[네이버] 게시중단 요청 검토 안내 (KCSC-240905-04)",
    reply_to_req="req.240905.04",
    outcome="review", review="not_understood",
    imitates="NAVER 검토 중 안내 with a conditional",
    why="검토 중, 위법성이 확인되는 경우 삭제될 예정: condition and promise, pending",
    body=f"""안녕하세요, 네이버 고객센터입니다.

{N[3]} 게시물은 현재 검토 중이며, 위법성이 확인되는 경우 삭제될 예정입니다. 처리 결과는 확정되는 대로 다시 안내드리겠습니다.

{NAVER_SIG}
""",
    items={N[3]: "pending"},
)

case(
    name="yt-all-videos-removed",
    **{"from": "legal-support@google.com"},
    date="Sun, 15 Sep 2024 18:26:13 +0900",
    subject="Re: [KCSC-240902-01] Request to remove content - closed",
    reply_to_req="req.240902.01",
    outcome="review", review="bulk",
    imitates="YouTube legal closing email with a blanket statement",
    why="'all of the videos listed in your request' for a 14-item request names none: bulk",
    body=f"""Hello,

We have removed all of the videos listed in your request KCSC-240902-01.
This case is now closed.

{YT_SIG}
""",
    items={u: "pending" for u in [Y[i] for i in range(1, 15)]},
)

case(
    name="daum-both-posts-deleted",
    **{"from": "cs-notice@kakaocorp.com"},
    name_from=enc("Kakao 고객센터"),
    date="Wed, 11 Sep 2024 16:40:05 +0900",
    subject="[카카오] 게시물 처리 결과 안내 (KCSC-240906-05)",
    reply_to_req="req.240906.05",
    outcome="review", review="bulk",
    imitates="Kakao 처리 결과 안내 with a count instead of URLs",
    why="'요청하신 게시물 2건 모두 삭제' names neither post: bulk for a two-item request",
    body=f"""안녕하세요. 카카오 고객센터입니다.

요청하신 게시물 2건(KCSC-240906-05)은 모두 삭제 조치하였습니다.

{KAKAO_SIG}
""",
    items={D[1]: "pending", D[2]: "pending"},
)

case(
    name="x-forged-dmarc-fail",
    **{"from": "legal-ops@x.com"},
    auth="fail",
    date="Sun, 08 Sep 2024 03:17:29 +0900",
    subject="Re: KCSC-240903-02 - legal request",
    reply_to_req="req.240903.02",
    outcome="review", review="untrusted",
    imitates="X legal outcome email failing DMARC",
    why="x.com sender domain but dkim/spf/dmarc fail: nothing applied",
    body=f"""Hello,

{X[1]} has been removed and {X[2]} has been withheld in South Korea.

{X_SIG}
""",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="yt-uploader-counsel",
    **{"from": "jh.seo@hanbit-law.example"},
    name_from="Seo Ji-hoon (Hanbit Law)",
    date="Tue, 10 Sep 2024 17:03:40 +0900",
    subject="KCSC-240902-01 - our client's videos",
    outcome="review", review="unknown_sender",
    imitates="letter from the uploader's counsel",
    why="not the platform: a law firm says its client deleted one video and made another private",
    body=f"""Dear Sir or Madam,

We act for the operator of the channel concerned by your request
KCSC-240902-01. Our client has voluntarily deleted {Y[10]} and has set
{Y[11]} to private. We ask that the Commission close the matter.

Yours faithfully,
Seo Ji-hoon
Hanbit Law Offices
""",
    items={Y[10]: "pending", Y[11]: "pending"},
)

case(
    name="daum-search-delisted-naver-post",
    **{"from": "cs-notice@kakaocorp.com"},
    name_from=enc("Kakao 고객센터"),
    date="Thu, 12 Sep 2024 10:30:12 +0900",
    subject="[카카오] 검색 노출 제외 처리 안내",
    outcome="review", review="wrong_platform",
    imitates="Kakao (Daum search) notice about delisting another portal's post",
    why="Kakao states a deletion for a NAVER cafe post (its own search result): not NAVER's statement",
    body=f"""안녕하세요. 카카오 고객센터입니다.

신고하신 네이버 카페 게시물({CAFE_RAW})은 다음 검색 결과에서 노출 제외(삭제) 처리하였습니다. 원 게시물의 삭제는 해당 서비스 운영자에게 요청해 주시기 바랍니다.

{KAKAO_SIG}
""",
    items={N[2]: "pending"},
)

case(
    name="yt-table-row-contradicted-by-note",
    **{"from": "legal-support@google.com"},
    date="Mon, 16 Sep 2024 12:14:57 +0900",
    subject="Re: [KCSC-240902-01] Outcome",
    reply_to_req="req.240902.01",
    outcome="review", review="conflicting_statements",
    imitates="YouTube legal outcome table with a reviewer's note that contradicts it",
    why="table says Removed, the note says the video still plays in Korea and the action was not applied",
    body=f"""Hello,

Outcome for KCSC-240902-01:

URL                                            Action
{Y[6]}    Removed

Note from the reviewer: {Y[6]} is still playable for viewers in Korea at the
time of writing; the action has not been applied to it yet. We are looking
into the discrepancy.

{YT_SIG}
""",
    items={Y[6]: "pending"},
)

case(
    name="tiktok-portal-moved",
    **{"from": "lert-notices@tiktok.com"},
    name_from="TikTok Law Enforcement Outreach",
    date="Tue, 17 Sep 2024 09:00:00 +0900",
    subject="Our law enforcement and government portal has moved",
    outcome="review", review="no_claims",
    imitates="TikTok service notice to government requesters",
    why="trusted platform mail that names no item and references no request",
    body="""Hello,

We are writing to let you know that from 1 October 2024 requests from
government agencies should be submitted through our new portal at
https://www.tiktok.com/legal/page/global/law-enforcement/portal

Requests sent to the old address will still be received until the end of
the year. No action is needed on requests you have already submitted.

TikTok Law Enforcement Outreach
""",
    items={},
)

case(
    name="naver-asks-for-documents",
    **{"from": "help@navercorp.com"},
    date="Fri, 06 Sep 2024 17:25:38 +0900",
    subject="[네이버] 추가 자료 요청 (KCSC-240905-04)",
    reply_to_req="req.240905.04",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 추가 자료 요청 (request for supporting documents)",
    why="asks for the legal basis and the 심의 의결서 before acting: nothing decided",
    body=f"""안녕하세요, 네이버 고객센터입니다.

요청하신 건(KCSC-240905-04)의 처리를 위해 아래 자료를 추가로 보내주시기 바랍니다.

1. 해당 게시물의 위법성 판단 근거(관련 법령 조항)
2. 심의 의결서 사본

자료가 확인되는 대로 검토를 진행하겠습니다.

{NAVER_SIG}
""",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending"},
)

case(
    name="tg-being-reviewed",
    **{"from": "abuse@telegram.org"},
    date="Thu, 05 Sep 2024 07:41:16 +0900",
    subject="Re: KCSC-240904-03",
    reply_to_req="req.240904.03",
    outcome="review", review="not_understood",
    imitates="Telegram abuse desk interim reply naming the messages",
    why="'is being reviewed ... will take action if' names two items with no decision: pending",
    body=f"""Hello,

Your report concerning {T[1]} and {T[2]} is being reviewed by our
moderators. We will take action if the content is found to violate our
Terms of Service.

{TG_SIG}
""",
    items={T[1]: "pending", T[2]: "pending"},
)

# ---------------------------- IGNORED -------------------------------------

case(
    name="yt-out-of-office",
    **{"from": "min.park@google.com"},
    name_from="Min Park",
    date="Tue, 03 Sep 2024 08:00:12 +0900",
    subject="Automatic reply: [KCSC-240902-01] Request to remove content",
    reply_to_req="req.240902.01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail out-of-office reply from a Google employee",
    why="out-of-office auto-reply, even from the platform's domain",
    body="""I am out of the office until 16 September with limited access to email.

For legal removal requests, please use the webform at
https://support.google.com/legal/answer/3110420 so that the team can pick
it up. For anything else I will reply when I am back.

Min
""",
    items={},
)

TT_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok.com
Subject: [KCSC-240910-07] Request to remove content
Date: Tue, 10 Sep 2024 16:20:00 +0900
Message-ID: <req.240910.07@kcsc.example>
Content-Type: text/plain; charset=utf-8

Please remove the following videos:
{K[1]}
{K[2]}
{K[3]}
"""

case(
    name="tiktok-dsn-unknown-mailbox",
    **{"from": "MAILER-DAEMON@tiktok.com"},
    name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 16:20:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (multipart/report)",
    why="a bounce of our own request; the URLs are in the returned message",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-660-tt"

--dsn-660-tt
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.tiktok.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@tiktok.com>: host inbound.tiktok.com said: 550 5.1.1
    <legal-kr@tiktok.com>: Recipient address rejected: User unknown

--dsn-660-tt
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.tiktok.com
Arrival-Date: Tue, 10 Sep 2024 16:20:39 +0900

Final-Recipient: rfc822; legal-kr@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-660-tt
Content-Type: message/rfc822

{TT_ORIG}
--dsn-660-tt--
""",
    items={},
)

case(
    name="naver-read-receipt",
    **{"from": "help@navercorp.com"},
    date="Thu, 05 Sep 2024 11:47:03 +0900",
    subject="읽음 확인: [KCSC-240905-04] 게시중단 요청",
    reply_to_req="req.240905.04",
    outcome="ignored", classification="read_receipt",
    imitates="message disposition notification (MDN) from a Korean mail client",
    why="read receipt: says only that the request was displayed",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-660-nv"

--mdn-660-nv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[KCSC-240905-04] 게시중단 요청"을(를) 수신자가 2024-09-05 11:47에 읽었습니다.

--mdn-660-nv
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Final-Recipient: rfc822; help@navercorp.com
Original-Message-ID: <req.240905.04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-660-nv--
""",
    items={},
)

case(
    name="tg-case-receipt",
    **{"from": "abuse@telegram.org"},
    date="Wed, 04 Sep 2024 15:12:40 +0900",
    subject="Re: KCSC-240904-03 Request for removal [Case #20240904377]",
    reply_to_req="req.240904.03",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram abuse desk ticket receipt",
    why="pure receipt: case number created, review to follow",
    body="""Hello,

Thank you for your report. It has been received and assigned
Case #20240904377. Our moderators will review the content you reported.

Please keep the case number in the subject line of any further messages.

Telegram Abuse Team
""",
    items={},
)

case(
    name="kakao-inquiry-received",
    **{"from": "noreply@kakaocorp.com"},
    name_from=enc("Kakao 고객센터"),
    date="Fri, 06 Sep 2024 09:41:22 +0900",
    subject="[카카오 고객센터] 문의 접수 안내 (KCSC-240906-05)",
    reply_to_req="req.240906.05",
    extra_headers=["Auto-Submitted: auto-generated"],
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 문의 접수 안내 (ticket receipt)",
    why="접수 안내 only: ticket number, answer to follow",
    body="""안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

접수번호: 2409-1187-33
접수일시: 2024-09-06 09:41

담당자 확인 후 순차적으로 답변드리겠습니다. 본 메일은 발신 전용입니다.
""",
    items={},
)

case(
    name="x-automated-receipt",
    **{"from": "noreply@x.com"},
    name_from="X Support",
    date="Tue, 03 Sep 2024 10:31:05 +0900",
    subject="Case# 0938117240: your legal request has been received",
    reply_to_req="req.240903.02",
    extra_headers=["Auto-Submitted: auto-generated"],
    outcome="ignored",
    imitates="X automated legal request receipt",
    why="automated receipt; no item decided",
    body="""Hello,

This is an automated message. We have received your legal request
(KCSC-240903-02) and it has been assigned case number 0938117240.

We review every request carefully and will contact you if we need more
information. Please do not reply to this email.

X Support
""",
    items={},
)

NV_OOO_QUOTE = gmail_quote([
    "안녕하십니까, 방송통신심의위원회입니다.",
    "아래 게시물에 대한 게시중단을 요청합니다. (KCSC-240905-04)",
    N[1],
    CAFE_RAW,
    N[3],
])

case(
    name="naver-chuseok-out-of-office",
    **{"from": "kim.sora@navercorp.com"},
    name_from=enc("김소라"),
    date="Fri, 13 Sep 2024 18:05:33 +0900",
    subject="[자동응답] Re: [KCSC-240905-04] 게시중단 요청",
    reply_to_req="req.240905.04",
    extra_headers=["Auto-Submitted: auto-replied"],
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답 over the quoted request",
    why="holiday out-of-office auto-reply; the URLs are only in the quoted request",
    body=f"""[자동응답] 추석 연휴(9월 14일~9월 18일)로 부재중입니다.
9월 19일부터 순차적으로 확인 후 회신드리겠습니다.
긴급한 게시중단 요청은 네이버 고객센터로 접수해 주시기 바랍니다.

2024년 9월 5일 (목) 오전 11:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{NV_OOO_QUOTE}
""",
    items={},
)


HEADER = """# Blind set 660 (tests/corpus/blind660/make.py writes this file).
# Focus: what a program gets wrong: mixed statuses in one sentence, hedges in
# relative clauses, negations, refusals with reasons, later sentences that
# revise earlier ones, a table and a note that disagree, statuses by position.
# Expected results written from each email's meaning before any run."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
