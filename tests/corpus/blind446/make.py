#!/usr/bin/env python3
"""Blind set blind446: ticket systems and threads.

Zendesk / Freshdesk / Jira / Help Scout style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
sentences; expected results were written from each email's meaning before
the reader was ever run on them.

    python3 tests/corpus/blind446/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
Y = {
    1: "https://www.youtube.com/watch?v=Qm3vT8pLx2A",
    2: "https://www.youtube.com/watch?v=bR7nK2wZc9E",
    3: "https://www.youtube.com/watch?v=H0dLs4Yp1uM",
    4: "https://www.youtube.com/watch?v=zT5aW9eQn3K",
    5: "https://www.youtube.com/watch?v=pX8cJ6vRm1D",
    6: "https://www.youtube.com/watch?v=Lk2fG7hSu4N",
    7: "https://www.youtube.com/watch?v=eW1yB5tQo8C",
    8: "https://www.youtube.com/shorts/Vn4rT2mKa7P",
    9: "https://www.youtube.com/shorts/cJ9pD3xLw6H",
    10: "https://www.youtube.com/watch?v=uF6hN0sZk2R",
    11: "https://www.youtube.com/watch?v=mS3qE8jVt5G",
    12: "https://www.youtube.com/@moonrise_clips_kr",
    13: "https://www.youtube.com/watch?v=aD7wP1cYr9T",
}
X = {
    1: "https://x.com/lumen_drift88/status/1833012345678901234",
    2: "https://x.com/lumen_drift88/status/1833012345678905678",
    3: "https://x.com/paper_koi_kr/status/1833234567890123456",
    4: "https://x.com/paper_koi_kr",
}
K1_RAW = "https://sokdam-note.tistory.com/entry/유출-영상-모음"
K = {
    1: "https://sokdam-note.tistory.com/entry/%EC%9C%A0%EC%B6%9C-%EC%98%81%EC%83%81-%EB%AA%A8%EC%9D%8C",
    2: "https://cafe.daum.net/starlit-lounge/Xk7p/412",
    3: "https://sokdam-note.tistory.com/88",
}
D = {
    1: "https://discord.com/channels/1120045678901234567/1120045678901234999/1283456789012345678",
    2: "https://discord.gg/velvetroomkr",
}
T = {
    1: "https://t.me/amber_vault_kr/2041",
    2: "https://t.me/amber_vault_kr/2057",
    3: "https://t.me/amber_vault_kr/2063",
    4: "https://t.me/nightowl_share/515",
    5: "https://t.me/nightowl_share",
}
N = {
    1: "https://blog.naver.com/cloudy_pine/223561234567",
    2: "https://cafe.naver.com/hanbit2024/8812",
    3: "https://blog.naver.com/cloudy_pine/223561299999",
}
TT1 = "https://www.tiktok.com/@mirae.clipz/video/7413456789012345678"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240909-01", "youtube", "2024-09-09T14:00:00+09:00", "2024-09-16T23:59:59+09:00",
     [Y[i] for i in range(1, 14)], "deepfake-sexual-abuse", "req-240909-01@kcsc.example",
     'largest request; videos, shorts and one channel, "moonrise" re-uploads'),
    ("KCSC-240910-02", "x", "2024-09-10T11:30:00+09:00", "2024-09-17T23:59:59+09:00",
     [X[i] for i in range(1, 5)], "deepfake-sexual-abuse", "req-240910-02@kcsc.example",
     "two accounts, posts and one account"),
    ("KCSC-240911-03", "kakao", "2024-09-11T10:00:00+09:00", "2024-09-18T23:59:59+09:00",
     [K[i] for i in range(1, 4)], "illegal-filming", "req-240911-03@kcsc.example",
     "Tistory and Daum cafe, one Korean path"),
    ("KCSC-240912-04", "discord", "2024-09-12T16:00:00+09:00", "2024-09-19T23:59:59+09:00",
     [D[1], D[2]], "deepfake-sexual-abuse", "req-240912-04@kcsc.example",
     "one message, one server invite"),
    ("KCSC-240913-05", "telegram", "2024-09-13T09:00:00+09:00", "2024-09-20T23:59:59+09:00",
     [T[i] for i in range(1, 6)], "deepfake-sexual-abuse", "req-240913-05@kcsc.example",
     "posts of two channels, plus the channel nightowl_share"),
    ("KCSC-240914-06", "naver", "2024-09-14T10:00:00+09:00", "2024-09-21T23:59:59+09:00",
     [N[1], N[2], N[3]], "defamation, privacy", "req-240914-06@kcsc.example",
     "blog and cafe posts"),
    ("KCSC-240916-07", "tiktok", "2024-09-16T13:00:00+09:00", "2024-09-23T23:59:59+09:00",
     [TT1], "deepfake-sexual-abuse", "req-240916-07@kcsc.example", "single video"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def enc(name):
    """RFC 2047 display name, as real mailers write non-ASCII names."""
    return "=?UTF-8?B?" + base64.b64encode(name.encode("utf-8")).decode("ascii") + "?="


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


OUR_REQUEST_YT = """Dear YouTube Legal team,

The Korea Communications Standards Commission requests the removal of the
following content (reference KCSC-240909-01), found to be illegal under
Korean law. Please reply with the outcome for each URL by 16 September 2024.

""" + "\n".join(f"{i}. {Y[i]}" for i in range(1, 14)) + """

KCSC Takedown Desk
"""

OUR_REMINDER_YT = """Reminder: request KCSC-240909-01 (13 URLs) passed its deadline of
16 September 2024. The following URLs are still recorded as pending:

""" + "\n".join(f"  {Y[i]}" for i in (9, 10, 11, 12, 13)) + """

Please tell us what was done with each one.

KCSC Takedown Desk"""

OUR_REQUEST_TG = """Dear Telegram team,

Request KCSC-240913-05: please remove the following content.

""" + "\n".join(f"- {T[i]}" for i in range(1, 6)) + """

Regards,
KCSC Takedown Desk"""

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ===== YouTube / Google (KCSC-240909-01, 13 items) =====================

case(
    name="yt-legal-receipt-case-id",
    **{"from": "legal-noreply@google.com"},
    name_from="Google Legal Support",
    date="Mon, 09 Sep 2024 05:14:22 +0000",
    subject="[7-2816000033174] Re: KCSC-240909-01 removal request",
    reply_to_req="req-240909-01",
    body="""Hello,

Thank you for contacting Google. This automated message confirms that we have
received your notice. Your case ID is 7-2816000033174; please keep it in the
subject line of any further correspondence on this matter.

Our team will review your request and respond as soon as possible. You do not
need to submit the same notice again.

Regards,
The Google Legal Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal removals automated case-ID receipt",
    why="pure receipt: case ID, no statement about any URL",
    items={},
)

case(
    name="yt-first-results-numbered",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    date="Wed, 11 Sep 2024 08:02:41 +0000",
    subject="Re: [7-2816000033174] KCSC-240909-01 removal request",
    reply_to_req="req-240909-01",
    body=f"""Hello,

Thanks for your patience. We have completed our review of the first part of
your notice (reference KCSC-240909-01). Outcome per URL:

1. {Y[1]} - removed from YouTube for violating our policy on
   non-consensual intimate imagery.
2. {Y[2]} - removed for the same reason.
3. {Y[3]} - blocked in South Korea following our legal review under local law.
4. {Y[4]} - we reviewed this video and did not find a violation of our
   Community Guidelines or local law, so we have not taken action.
5. {Y[5]} - we could not find this video; the video ID is invalid.

We are still reviewing the remaining URLs and will write again when done.

Regards,
Dae-hyun
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals team per-URL outcome reply",
    why="numbered list, five clear per-URL outcomes; rest promised later",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected", Y[5]: "not_found"},
)

case(
    name="yt-followup-over-quoted-earlier",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    date="Thu, 12 Sep 2024 06:40:09 +0000",
    subject="Re: [7-2816000033174] KCSC-240909-01 removal request",
    reply_to_req="req-240909-01",
    body=f"""Hello again,

Following up on the same case. Our review of three further URLs is complete:

{Y[6]} has been removed.
{Y[7]} has been age-restricted; it is no longer shown to signed-out or
under-18 viewers.
{Y[8]} was removed by our team today.

Best,
Dae-hyun
The YouTube Legal Team

On Wed, Sep 11, 2024 at 5:02 PM Google Legal Support <legal-support@google.com> wrote:
> Hello,
>
> Thanks for your patience. Outcome per URL:
>
> 1. {Y[1]} - removed from YouTube.
> 3. {Y[3]} - blocked in South Korea.
> 4. {Y[4]} - no violation found.
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style follow-up in the same Google legal case thread",
    why="three new statements on top; the quoted earlier reply must not count again",
    items={Y[6]: "removed", Y[7]: "restricted", Y[8]: "removed",
           Y[1]: "pending", Y[3]: "pending", Y[4]: "pending"},
)

YT_TABLE_HTML = f"""<html><body style="font-family:Roboto,Arial,sans-serif">
<p>Hello,</p>
<p>Please find below our decisions on the remaining items of your notice
KCSC-240909-01.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>URL</th><th>Decision</th><th>Details</th></tr>
<tr><td><a href="{Y[9]}">{Y[9]}</a></td><td>Removed</td><td>Violates our nudity and sexual content policy</td></tr>
<tr><td><a href="{Y[10]}">{Y[10]}</a></td><td>Blocked in KR</td><td>Not available in South Korea (local law)</td></tr>
<tr><td><a href="{Y[11]}">{Y[11]}</a></td><td>No action</td><td>No policy or legal violation found</td></tr>
<tr><td><a href="{Y[12]}">{Y[12]}</a></td><td>Channel terminated</td><td>Repeated violations</td></tr>
</table>
<p>If you disagree with a decision you may reply to this email.</p>
<p>The YouTube Legal Team<br>
<a href="https://support.google.com/youtube/answer/2802268">Community Guidelines</a></p>
</body></html>"""

case(
    name="yt-html-table-decisions",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    date="Fri, 13 Sep 2024 03:11:57 +0000",
    subject="Re: [7-2816000033174] KCSC-240909-01 - decisions",
    reply_to_req="req-240909-01",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="yt-tbl-0913"

--yt-tbl-0913
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find below our decisions on the remaining items of your notice
KCSC-240909-01. (View this message as HTML for the table.)

The YouTube Legal Team

--yt-tbl-0913
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(YT_TABLE_HTML)}
--yt-tbl-0913--
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal decisions table (HTML part, quoted-printable)",
    why="table only in the HTML part: removed, KR block, no action, channel terminated; policy link is no item",
    items={Y[9]: "removed", Y[10]: "restricted", Y[11]: "rejected", Y[12]: "removed"},
)

YT_CSV = f"""url,action,reason
{Y[1]},removed,NCII policy
{Y[2]},removed,NCII policy
{Y[13]},not found,video deleted by uploader before review
{Y[6]},geo-restricted (KR),local legal restriction
"""

case(
    name="yt-csv-attachment-outcomes",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    date="Fri, 13 Sep 2024 09:45:30 +0000",
    subject="Re: [7-2816000033174] KCSC-240909-01 - outcome file",
    reply_to_req="req-240909-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="yt-csv-0913"

--yt-csv-0913
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

As requested, the outcome for part of your notice KCSC-240909-01 is attached
as a CSV file (one row per URL).

Regards,
The YouTube Legal Team

--yt-csv-0913
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-01_outcomes.csv"
Content-Disposition: attachment; filename="KCSC-240909-01_outcomes.csv"
Content-Transfer-Encoding: base64

{b64(YT_CSV)}
--yt-csv-0913--
""",
    outcome="applied", classification="confirmation",
    imitates="legal team outcome spreadsheet sent as CSV attachment",
    why="base64 CSV: two removed, one deleted by uploader (not_found), one geo-restricted",
    items={Y[1]: "removed", Y[2]: "removed", Y[13]: "not_found", Y[6]: "restricted"},
)

case(
    name="yt-escalated-will-review",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    date="Tue, 10 Sep 2024 07:20:00 +0000",
    subject="Re: [7-2816000033174] KCSC-240909-01 removal request",
    reply_to_req="req-240909-01",
    body=f"""Hi,

I have escalated two of the URLs in your notice to our specialist policy team:

  {Y[3]}
  {Y[4]}

They will be reviewed against our policies and local law, and we expect to be
able to update you within three business days. If they are found to violate
our policies they will be removed.

Kind regards,
Min-seo
The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="support agent escalation note in an open ticket",
    why="names two items but only promises and a condition: nothing stated",
    items={Y[3]: "pending", Y[4]: "pending"},
)

case(
    name="yt-clear-plus-hedge",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    date="Wed, 11 Sep 2024 23:05:12 +0000",
    subject="Re: [7-2816000033174] KCSC-240909-01 removal request",
    reply_to_req="req-240909-01",
    body=f"""Hello,

Quick update on your case.

The video at {Y[5]} was removed earlier today for violating our
harassment policy.

The video at {Y[7]} appears to be no longer available, possibly
deleted by its uploader; we are confirming this with the team and will let
you know.

Thanks,
Min-seo
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="partial answer in a Google legal ticket with a hedged second line",
    why="first statement clear; the second is hedged (appears/possibly) and stays pending",
    items={Y[5]: "removed", Y[7]: "pending"},
)

case(
    name="yt-ticket-solved-bulk",
    **{"from": "noreply-legal@google.com"},
    name_from="Google Legal Support",
    date="Sat, 14 Sep 2024 01:00:03 +0000",
    subject="Your case [7-2816000033174] has been solved",
    reply_to_req="req-240909-01",
    body="""##- Please type your reply above this line -##

Your case 7-2816000033174 (KCSC-240909-01 removal request) has been marked as
solved.

Agent note: All of the URLs in your notice have been actioned in line with our
policies and local law.

If you believe this case was solved in error, reply to this email within 7
days and it will be reopened automatically.

This email is a service from Google Legal Support.
""",
    outcome="review", review="bulk",
    imitates="Zendesk-style 'your request has been solved' notification",
    why="one sentence for all 13 URLs without naming any: bulk, nothing applied",
    items={},
)

case(
    name="yt-spoofed-auth-fail",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal",
    auth="fail",
    date="Thu, 12 Sep 2024 14:33:44 +0000",
    subject="KCSC-240909-01 completed",
    body=f"""Hello,

The following videos were removed today:

{Y[1]}
{Y[2]}
{Y[3]}

YouTube Legal
""",
    outcome="review", review="untrusted",
    imitates="plain completion notice, failing DKIM/SPF/DMARC",
    why="YouTube domain but authentication failed: untrusted, nothing applied",
    items={Y[1]: "pending", Y[2]: "pending", Y[3]: "pending"},
)

case(
    name="yt-agent-out-of-office",
    **{"from": "minseo.kang@google.com"},
    name_from="Min-seo Kang",
    date="Mon, 16 Sep 2024 00:01:15 +0000",
    subject="Automatic reply: Re: [7-2816000033174] KCSC-240909-01 removal request",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    reply_to_req="req-240909-01",
    body="""I am out of the office for the Chuseok holidays (16-18 September) with
limited access to email. Messages about open legal cases are being handled by
the team queue; please keep the case ID in the subject.

Min-seo
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail out-of-office auto reply of a legal agent",
    why="out-of-office auto reply",
    items={},
)

case(
    name="yt-reply-to-reminder-one-done",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    date="Wed, 18 Sep 2024 02:17:39 +0000",
    subject="Re: Reminder: KCSC-240909-01 overdue (5 URLs pending)",
    body=f"""Hello,

Thanks for the reminder. The channel {Y[12]} has been terminated
for severe violations of our Community Guidelines. The other URLs in your
reminder are still with our review team.

Regards,
The YouTube Legal Team

On Tue, 17 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
""" + "\n".join("> " + l if l else ">" for l in OUR_REMINDER_YT.split("\n")) + "\n",
    outcome="applied", classification="confirmation",
    imitates="agent reply on top of the regulator's quoted reminder",
    why="channel terminated (removed); the rest are 'still with our review team'; quoted reminder lines are ours",
    items={Y[12]: "removed", Y[9]: "pending", Y[10]: "pending", Y[11]: "pending", Y[13]: "pending"},
)

case(
    name="yt-bare-urls-status-below",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    date="Thu, 12 Sep 2024 11:26:18 +0000",
    subject="Re: [7-2816000033174] status of reviewed URLs",
    reply_to_req="req-240909-01",
    body=f"""Hello,

Status of the URLs reviewed so far:

{Y[3]}
Status: Removed (privacy violation)

{Y[4]}
Status: Restricted - not viewable in South Korea

{Y[5]}
Status: No action taken - content does not violate our policies

{Y[6]}
Status: Unable to locate - invalid video ID

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="ticket agent per-URL status block (URL line, status line below)",
    why="each bare URL followed by its status line: removed, restricted, rejected, not_found",
    items={Y[3]: "removed", Y[4]: "restricted", Y[5]: "rejected", Y[6]: "not_found"},
)

# ===== X (KCSC-240910-02, 4 items) ======================================

case(
    name="x-case-number-receipt",
    **{"from": "noreply@x.com"},
    name_from="X Support",
    date="Tue, 10 Sep 2024 02:35:10 +0000",
    subject="Your X case number 0134592871 [ref:KCSC-240910-02]",
    reply_to_req="req-240910-02",
    body="""Hello,

We have received your report. Your case number is 0134592871.

There is no need to reply to this email. We will contact you once our team has
reviewed the report. Submitting the same report again will not make it faster.

Thanks,
X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X support automated case-number receipt",
    why="receipt with a case number, no statement about items",
    items={},
)

case(
    name="x-withheld-and-no-violation",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Thu, 12 Sep 2024 07:58:21 +0000",
    subject="Re: case 0134592871 [ref:KCSC-240910-02]",
    reply_to_req="req-240910-02",
    body=f"""Hello,

We have reviewed your report under case 0134592871.

Having reviewed the content against applicable Korean law, we have withheld the
following posts in the Republic of Korea:

  * <{X[1]}>
  * <{X[2]}>

We reviewed <{X[3]}> and found that it does not violate the X Rules or
Korean law; it will remain available.

For more information on withheld content see https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld content notice to a reporter",
    why="two posts withheld in KR (restricted), one refused with reason (rejected); help link no item",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "rejected"},
)

case(
    name="x-not-our-service",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Fri, 13 Sep 2024 08:30:00 +0000",
    subject="Re: case 0134592871 [ref:KCSC-240910-02] follow-up",
    body=f"""Hello,

One of the links you sent us in a separate message,
{Y[6]}, is not hosted on X and could not be found on our service.
We are unable to act on content hosted by other companies; please contact
that service directly.

Thanks,
X Legal
""",
    outcome="review", review="wrong_platform",
    imitates="X legal reply about a link hosted elsewhere",
    why="X states something about a YouTube item: wrong platform, nothing applied",
    items={Y[6]: "pending"},
)

case(
    name="x-helpscout-partial-followup",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Wed, 11 Sep 2024 13:09:55 +0000",
    subject="Re: [#0134592871] KCSC-240910-02",
    reply_to_req="req-240910-02",
    extra_headers=["X-HelpScout-Thread-ID: 7781203311"],
    body=f"""Hi there,

A quick update while the rest of the ticket is open.

The post {X[3]} has been removed.

We're still looking into {X[1]} and {X[2]} and will get back to you.

--
Jae-won
X Support
Conversation #0134592871
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style agent update in an open conversation",
    why="one post removed; the other two only 'still looking into'",
    items={X[3]: "removed", X[1]: "pending", X[2]: "pending"},
)

case(
    name="x-outlook-quoted-two-items",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Mon, 16 Sep 2024 06:44:00 +0000",
    subject="RE: KCSC-240910-02 removal request",
    reply_to_req="req-240910-02",
    body=f"""Hello,

{X[2]} has been removed.

Regarding {X[4]}: after review we did not find a violation of the X Rules
and the account remains active.

Regards,
X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 11:30 AM
To: legal@x.com
Subject: KCSC-240910-02 removal request

Please remove the following (reference KCSC-240910-02):
{X[1]}
{X[2]}
{X[3]}
{X[4]}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply over the regulator's original request",
    why="removed and rejected above the Original Message; the quoted list below is ours",
    items={X[2]: "removed", X[4]: "rejected", X[1]: "pending", X[3]: "pending"},
)

# ===== Kakao (KCSC-240911-03, 3 items) ==================================

case(
    name="kakao-gesijungdan-blind",
    **{"from": "safety-noreply@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date="Thu, 12 Sep 2024 15:02:00 +0900",
    subject="[카카오] 게시중단 요청 처리 결과 안내 (KCSC-240911-03)",
    reply_to_req="req-240911-03",
    body=f"""안녕하세요. 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

- {K1_RAW} 게시물은 게시중단 처리되었습니다.
- 다음 카페 게시글（{K[2]}）은 블라인드 처리되었습니다.

나머지 1건은 확인 후 별도로 안내드리겠습니다.

감사합니다.
카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 게시중단 처리 결과 안내 mail",
    why="raw Korean path (matches the encoded form) 게시중단 and a cafe post in full-width parentheses 블라인드: both removed",
    items={K[1]: "removed", K[2]: "removed"},
)

case(
    name="kakao-imsijochi-particle",
    **{"from": "safety-noreply@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date="Fri, 13 Sep 2024 11:20:31 +0900",
    subject="Re: [카카오] 게시중단 요청 처리 결과 안내 (KCSC-240911-03)",
    reply_to_req="req-240911-03",
    body=f"""안녕하세요. 카카오 고객센터입니다.

남은 1건 {K[3]}에 대하여 정보통신망법 제44조의2에 따라 30일간
임시조치하였음을 알려드립니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Tistory 임시조치 notice",
    why="임시조치 (restricted); URL with attached particle 에",
    items={K[3]: "restricted"},
)

case(
    name="kakao-receipt-korean",
    **{"from": "noreply@kakao.com"},
    name_from=enc("카카오 고객센터"),
    date="Wed, 11 Sep 2024 10:03:12 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다 (접수번호 KK-24091100731)",
    reply_to_req="req-240911-03",
    body="""안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: KK-24091100731

담당자가 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre inquiry receipt",
    why="Korean ticket receipt, no statements",
    items={},
)

case(
    name="kakao-korean-will-act",
    **{"from": "safety@kakaocorp.com"},
    name_from=enc("카카오 안전센터"),
    date="Thu, 12 Sep 2024 09:41:00 +0900",
    subject="Re: KCSC-240911-03 게시물 삭제 요청",
    reply_to_req="req-240911-03",
    body=f"""안녕하세요, 카카오 안전센터입니다.

요청하신 아래 게시물은 현재 담당 부서에서 검토 중이며,
운영정책 위반이 확인되는 경우 삭제 조치될 예정입니다.

{K1_RAW}
{K[2]}

처리가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean portal '검토 중 / 조치 예정' interim reply",
    why="under review and a conditional promise: no statement, items named",
    items={K[1]: "pending", K[2]: "pending"},
)

KAKAO_QP = f"""안녕하세요. 카카오 안전센터입니다.

KCSC-240911-03 요청 건의 처리 결과는 다음과 같습니다.

번호 | URL | 처리결과
1 | {K1_RAW} | 삭제
2 | {K[2]} | 게시물 없음 (작성자 삭제)
3 | {K[3]} | 위반사항 없음 - 조치하지 않음

문의사항이 있으시면 회신 부탁드립니다.
"""

case(
    name="kakao-qp-text-table",
    **{"from": "safety@kakaocorp.com"},
    name_from=enc("카카오 안전센터"),
    date="Sat, 14 Sep 2024 10:00:00 +0900",
    subject="=?UTF-8?B?" + base64.b64encode("Re: KCSC-240911-03 처리 결과".encode()).decode() + "?=",
    reply_to_req="req-240911-03",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(KAKAO_QP)}""",
    outcome="applied", classification="confirmation",
    imitates="Korean 조치결과 text table, quoted-printable",
    why="삭제 (removed), 게시물 없음/작성자 삭제 (not_found), 위반사항 없음 (rejected)",
    items={K[1]: "removed", K[2]: "not_found", K[3]: "rejected"},
)

# ===== Discord (KCSC-240912-04, 2 items) ================================

case(
    name="discord-zendesk-solved-wrapped",
    **{"from": "support@discord.com"},
    name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 18:22:10 +0000",
    subject="[Discord] Re: KCSC-240912-04 (#52209871)",
    reply_to_req="req-240912-04",
    body=f"""##- Please type your reply above this line -##

Your request (52209871) has been solved. To reopen it, reply to this email.

Nari (Discord Trust & Safety)
Sep 13, 2024, 11:22 AM PDT

Hello,

Thanks for your report. We have removed the message at
<https://discord.com/channels/1120045678901234567/
1120045678901234999/1283456789012345678> and taken action against the account
that posted it.

The server behind the invite {D[2]} has also been removed from Discord.

Best,
Nari
Discord Trust & Safety

This email is a service from Discord. Delivered by Zendesk
""",
    outcome="applied", classification="confirmation",
    imitates="Discord T&S Zendesk 'request solved' email with agent comment",
    why="message removed (URL wrapped inside angle brackets) and server removed",
    items={D[1]: "removed", D[2]: "removed"},
)

case(
    name="discord-zendesk-subdomain-sender",
    **{"from": "support@discordapp.zendesk.com"},
    name_from="Discord Support",
    date="Fri, 13 Sep 2024 12:01:44 +0000",
    subject="[Discord] Re: KCSC-240912-04 (#52209871)",
    body=f"""##- Please type your reply above this line -##

Hello,

The message you reported at {D[1]} has been deleted.

Discord Support
""",
    outcome="review", review="unknown_sender",
    imitates="helpdesk mail sent from the vendor's default subdomain",
    why="zendesk.com subdomain is not a Discord sender domain",
    items={D[1]: "pending"},
)

case(
    name="discord-asks-message-link",
    **{"from": "support@discord.com"},
    name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 02:15:33 +0000",
    subject="[Discord] Re: KCSC-240912-04 (#52209871)",
    reply_to_req="req-240912-04",
    body=f"""##- Please type your reply above this line -##

Hello,

To investigate {D[2]} we need more information. An invite link alone does not
tell us which content you are reporting. Could you send us the message links
(right-click the message > Copy Message Link) or the server ID, along with a
short description of the content?

Once we have this we can continue with your request.

Nari
Discord Trust & Safety
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Discord T&S request for message links",
    why="asks for more information about the invite; no statement",
    items={D[2]: "pending"},
)

case(
    name="discord-ack-then-result",
    **{"from": "support@discord.com"},
    name_from="Discord Trust & Safety",
    date="Sat, 14 Sep 2024 04:40:00 +0000",
    subject="[Discord] Re: KCSC-240912-04 (#52209871)",
    reply_to_req="req-240912-04",
    body=f"""Hello,

Thank you for reaching out; we have received your report (ticket 52209871).

After review, the server reached through {D[2]} has been deleted for
violating our Community Guidelines, and the invite no longer works.

Regards,
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk reply opening with a receipt phrase and then the result",
    why="receipt phrase plus a clear statement: not an acknowledgement",
    items={D[2]: "removed"},
)

DSN_BODY = f"""--dsn-0912
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@discord.com>: host mx.discord.com[203.0.113.25] said: 552 5.2.2
    Mailbox full (in reply to RCPT TO command)

--dsn-0912
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
Arrival-Date: Thu, 12 Sep 2024 16:00:02 +0900

Final-Recipient: rfc822; legal@discord.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.discord.com
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-0912
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal@discord.com
Subject: KCSC-240912-04 removal request
Message-ID: <req-240912-04@kcsc.example>
Date: Thu, 12 Sep 2024 16:00:00 +0900

--dsn-0912--
"""

case(
    name="discord-request-bounced",
    **{"from": "MAILER-DAEMON@kcsc.example"},
    name_from="Mail Delivery System",
    date="Thu, 12 Sep 2024 16:00:05 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-0912"

{DSN_BODY}""",
    outcome="ignored", classification="bounce",
    imitates="Postfix non-delivery report for the request email",
    why="DSN of our own request",
    items={},
)

# ===== Telegram (KCSC-240913-05, 5 items) ===============================

case(
    name="tg-case-number-mixed",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Sat, 14 Sep 2024 06:10:00 +0000",
    subject="Re: KCSC-240913-05 - Case #5583012",
    reply_to_req="req-240913-05",
    body=f"""Hello,

Case #5583012.

Thank you for your report. The posts {T[1]} and {T[2]} have been taken
down and are no longer available on Telegram.

We could not find {T[4]}; the post does not exist or was already deleted
by the channel admins.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply with case number",
    why="two posts taken down, one cannot be found",
    items={T[1]: "removed", T[2]: "removed", T[4]: "not_found"},
)

case(
    name="tg-read-receipt",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    date="Fri, 13 Sep 2024 03:12:00 +0000",
    subject="Read: KCSC-240913-05 removal request",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-0913"

--mdn-0913
Content-Type: text/plain; charset=utf-8

Your message

  To: dsa@telegram.org
  Subject: KCSC-240913-05 removal request
  Sent: Friday, September 13, 2024 9:00 AM

was read on Friday, September 13, 2024 12:11 PM.

--mdn-0913
Content-Type: message/disposition-notification

Reporting-UA: telegram.org; Microsoft Outlook 16.0
Final-Recipient: rfc822;dsa@telegram.org
Original-Message-ID: <req-240913-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-0913--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt only",
    items={},
)

case(
    name="tg-forwarded-by-colleague",
    **{"from": "jiyoon.park@kcsc.example"},
    name_from="Park Ji-yoon",
    date="Mon, 16 Sep 2024 10:05:00 +0900",
    subject="Fwd: Re: KCSC-240913-05 - Case #5583012",
    body=f"""Team, Telegram answered my personal address instead of the desk, see below.

Ji-yoon

---------- Forwarded message ---------
From: Telegram Abuse <abuse@telegram.org>
Date: Sun, Sep 15, 2024 at 11:02 PM
Subject: Re: KCSC-240913-05 - Case #5583012
To: <jiyoon.park@kcsc.example>

Hello,

{T[4]} and {T[5]} have been blocked.

Telegram Abuse Team
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail forward of a platform reply by a colleague",
    why="statements only inside a forwarded message: not authenticated as Telegram's",
    items={T[4]: "pending", T[5]: "pending"},
)

case(
    name="tg-top-post-over-original",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    date="Sat, 14 Sep 2024 01:45:00 +0000",
    subject="RE: KCSC-240913-05 removal request",
    reply_to_req="req-240913-05",
    body=f"""Done - {T[1]} and {T[2]} are no longer accessible, the posts were
deleted by our moderators.

Telegram DSA team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 9:00 AM
To: dsa@telegram.org
Subject: KCSC-240913-05 removal request

{OUR_REQUEST_TG}
""",
    outcome="applied", classification="confirmation",
    imitates="short top-posted reply over the original request",
    why="two posts deleted; the other three only appear in our quoted request",
    items={T[1]: "removed", T[2]: "removed", T[3]: "pending", T[4]: "pending", T[5]: "pending"},
)

case(
    name="tg-statement-then-url-below",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Sun, 15 Sep 2024 07:00:00 +0000",
    subject="Re: KCSC-240913-05 - Case #5583012",
    reply_to_req="req-240913-05",
    body=f"""Hello,

The following post has been taken down:
{T[3]}

This one we were unable to locate, the link is invalid:
{T[4]}

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk reply with statement line above each URL",
    why="statement on the line above each URL: removed, not_found",
    items={T[3]: "removed", T[4]: "not_found"},
)

# ===== NAVER (KCSC-240914-06, 3 items) ==================================

NAVER_HTML = f"""<html><body>
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>방송통신심의위원회 시정요구(KCSC-240914-06)에 대한 조치 결과를 아래와 같이 알려드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>No</th><th>대상 URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>게시중단</td><td>-</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>임시조치(30일)</td><td>접근 제한</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>해당 게시물 없음</td><td>작성자가 이미 삭제</td></tr>
</table>
<p>감사합니다.<br>네이버 고객센터 드림</p>
</body></html>
"""

case(
    name="naver-base64-html-result-table",
    **{"from": "noreply-help@navercorp.com"},
    name_from=enc("네이버 고객센터"),
    date="Tue, 17 Sep 2024 14:00:00 +0900",
    subject="[네이버] 시정요구 조치결과 안내",
    reply_to_req="req-240914-06",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(NAVER_HTML)}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 조치결과 HTML table, base64",
    why="게시중단 (removed), 임시조치 (restricted), 게시물 없음/작성자 삭제 (not_found)",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found"},
)

case(
    name="naver-reminder-reply-partial",
    **{"from": "policy@navercorp.com"},
    name_from=enc("NAVER 정책지원"),
    date="Wed, 18 Sep 2024 10:30:00 +0900",
    subject="RE: [독촉] KCSC-240914-06 처리 결과 회신 요청",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

독촉 메일 잘 받았습니다.
{N[1]} 게시물은 이미 비공개 처리되었습니다.
{N[2]} 은 현재 검토 중으로, 결과가 나오는 대로 회신드리겠습니다.

감사합니다.

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-18 (수) 09:00:00
Subject: [독촉] KCSC-240914-06 처리 결과 회신 요청

아래 URL의 처리 결과를 회신하여 주시기 바랍니다.
{N[1]}
{N[2]}
{N[3]}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean reply to a regulator's reminder (독촉) over the quoted reminder",
    why="비공개 처리 (removed); 검토 중 stays pending; N3 only in our quoted reminder",
    items={N[1]: "removed", N[2]: "pending", N[3]: "pending"},
)

case(
    name="naver-no-claims-dashboard",
    **{"from": "partner-noreply@navercorp.com"},
    name_from=enc("NAVER 파트너센터"),
    date="Tue, 17 Sep 2024 17:20:00 +0900",
    subject="[네이버] 요청하신 건의 처리가 완료되었습니다",
    body="""안녕하세요. 네이버 파트너센터입니다.

지난주 문의하신 건의 처리가 완료되었습니다.
상세 내역은 기관 전용 페이지(https://partner.naver.com/inst/requests)에서 확인하실 수 있습니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="portal 'processing completed, see dashboard' notification",
    why="trusted NAVER mail, no item, no reference, not threaded: no_claims; the dashboard link is no item",
    items={},
)

case(
    name="naver-staff-out-of-office-korean",
    **{"from": "minji.oh@navercorp.com"},
    name_from=enc("오민지"),
    date="Sat, 14 Sep 2024 10:01:00 +0900",
    subject="[자동응답] 부재중 안내: KCSC-240914-06 시정요구",
    extra_headers=["Auto-Submitted: auto-replied"],
    reply_to_req="req-240914-06",
    body="""안녕하세요. 오민지입니다.

9월 14일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto reply (부재중 안내)",
    why="auto reply",
    items={},
)

# ===== TikTok (KCSC-240916-07, 1 item) ==================================

case(
    name="tiktok-single-item-no-url",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Wed, 18 Sep 2024 03:30:00 +0000",
    subject="Re: KCSC-240916-07 removal request",
    reply_to_req="req-240916-07",
    body="""Hello,

Thank you for your notice. The video you reported has been removed for
violating our Community Guidelines.

Best regards,
TikTok Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok outcome reply naming no URL",
    why="one-item request, single clear statement: applies to its only item",
    items={TT1: "removed"},
)

case(
    name="tiktok-dsa-sor-restricted",
    **{"from": "dsa-notices@tiktok.com"},
    name_from="TikTok",
    date="Thu, 19 Sep 2024 08:00:00 +0000",
    subject="Decision on your notice KCSC-240916-07",
    reply_to_req="req-240916-07",
    body=f"""Statement of reasons

Content: {TT1}
Decision: restriction of visibility - the video is not available in the
Republic of Korea
Ground: contrary to local law (Republic of Korea)
Automated detection used: No
Automated decision: No

You can seek redress through https://www.tiktok.com/legal/page/global/appeals
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (territorial restriction)",
    why="visibility restricted in Korea: restricted; the appeals link is no item",
    items={TT1: "restricted"},
)

case(
    name="tiktok-freshdesk-followup-resolved",
    **{"from": "support@tiktok.com"},
    name_from="TikTok Support",
    date="Thu, 19 Sep 2024 11:15:00 +0000",
    subject="Ticket #88231 resolved: KCSC-240916-07",
    reply_to_req="req-240916-07",
    body=f"""Dear KCSC,

Your ticket #88231 has been resolved.

Resolution: the video {TT1} was deleted by its creator before our review,
so no further action was needed.

Ticket status: Resolved
If you reply to this email, the ticket will be reopened.

TikTok Support
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style 'ticket resolved' email with a resolution note",
    why="already deleted by its creator: not_found",
    items={TT1: "not_found"},
)

# ===== cross-platform / thread oddities ================================

case(
    name="yt-jira-comment-notification",
    **{"from": "jira@google.com"},
    name_from="Legal Requests (Jira)",
    date="Sun, 15 Sep 2024 02:00:00 +0000",
    subject="[JIRA] (LGL-40217) KCSC-240909-01 removal request",
    body=f"""Reply above this line.

Chae-won Lim commented on LGL-40217:

Update for the regulator: {Y[8]} has been removed. {Y[9]} has been
removed as well. {Y[13]} is not available in South Korea as of today.

View request: https://legal-requests.google.com/browse/LGL-40217
Turn off this request's notifications
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'comment added' customer notification",
    why="agent comment with three statements; the view-request link is no item",
    items={Y[8]: "removed", Y[9]: "removed", Y[13]: "restricted"},
)

case(
    name="tg-reply-to-reminder-under-review",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    date="Thu, 19 Sep 2024 05:00:00 +0000",
    subject="Re: Reminder: KCSC-240913-05 overdue",
    body=f"""Hello,

Thank you for the reminder. {T[3]} and {T[4]} are still under review
by our moderators; we will inform you of the outcome once it is available.

Telegram DSA team
""",
    outcome="review", review="not_understood",
    imitates="reply to a reminder saying items are still under review",
    why="'still under review' is no statement; names items",
    items={T[3]: "pending", T[4]: "pending"},
)

case(
    name="x-bulk-all-removed",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date="Tue, 17 Sep 2024 01:20:00 +0000",
    subject="Re: case 0134592871 [ref:KCSC-240910-02] closed",
    reply_to_req="req-240910-02",
    body="""Hello,

We have completed our review of case 0134592871 and all of the reported
content has been removed. This case is now closed.

Thanks,
X Legal
""",
    outcome="review", review="bulk",
    imitates="'case closed, all reported content removed' closing note",
    why="four-item request, statement names no item: bulk",
    items={},
)

case(
    name="kakao-daum-sender-mixed-list",
    **{"from": "cafe-admin@daum.net"},
    name_from=enc("다음카페 운영팀"),
    date="Fri, 13 Sep 2024 16:45:00 +0900",
    subject="Re: KCSC-240911-03 다음카페 게시글 조치",
    reply_to_req="req-240911-03",
    body=f"""안녕하세요, 다음카페 운영팀입니다.

1) {K[2]} ― 운영자 삭제 처리하였습니다。
2) {K[3]} ― 티스토리 게시물로 다음카페 운영팀 소관이 아니어서 티스토리 담당 부서로 전달하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations reply with a numbered list",
    why="cafe post 운영자 삭제 (removed); the Tistory post only forwarded internally: pending",
    items={K[2]: "removed", K[3]: "pending"},
)

case(
    name="naver-cafe-echoed-report-result",
    **{"from": "cafe_report@naver.com"},
    name_from=enc("네이버 카페"),
    date="Mon, 16 Sep 2024 13:00:00 +0900",
    subject="[네이버 카페] 신고 처리 결과 안내",
    reply_to_req="req-240914-06",
    body=f"""안녕하세요. 네이버 카페입니다.

신고하신 게시글에 대한 처리 결과를 알려드립니다.

■ 신고 내용
 - 신고 대상: {N[2]}
 - 신고 사유: 명예훼손 / 사생활 침해
 - 신고 일시: 2024.09.14 10:00

■ 처리 결과
 - 해당 게시글은 운영원칙 위반으로 확인되어 블라인드 처리되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe report-result mail echoing the report",
    why="echoed report block names the URL; result section says 블라인드: removed",
    items={N[2]: "removed"},
)

# ---------------------------------------------------------------- write
HEADER = """# Blind set blind446: ticket systems and threads (Zendesk/Freshdesk/Jira/
# Help Scout-style receipts and results, solved tickets, follow-ups in the
# same thread, replies to reminders, partial answers, forwarded mail).
# Written from each email's meaning before the reader was run; generated by
# make.py (do not edit by hand). Each case is judged alone on a fresh ledger
# holding requests.csv."""


RAW_UTF8_SUBJECT = {"naver-reminder-reply-partial"}  # one SMTPUTF8-style raw subject


def main():
    for c in CASES:
        if c["name"] not in RAW_UTF8_SUBJECT and any(ord(ch) > 127 for ch in c["subject"]):
            c["subject"] = enc(c["subject"])
    write_requests()
    corpuslib.write_set(HERE, "blind446", HEADER, CASES)


if __name__ == "__main__":
    main()
