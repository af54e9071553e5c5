#!/usr/bin/env python3
"""Blind set 956: ticket systems and threads.

Receipts then results, solved tickets, follow-ups in the same thread,
replies to our reminders, partial answers, forwarded mail, written in the
manner of Zendesk / Freshdesk / Jira Service Management / Help Scout
notifications and of platform legal desks. Every email is fictional and
written in our own words; expected results come from each email's meaning,
written before any run of the reader.

    python3 tests/corpus/blind956/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind956"

# ---------------------------------------------------------------- requests
X1 = "https://x.com/dalbit_trade/status/1829301144455501824"
X2 = "https://x.com/dalbit_trade/status/1829302250871234560"
X3 = "https://x.com/moonlit_pharm/status/1829417785500123136"
X4 = "https://x.com/moonlit_pharm/status/1829420019988811777"
X5 = "https://x.com/hanriver_bets/status/1829533300012345678"
X6 = "https://x.com/hanriver_bets/status/1829533300012345999"
X7 = "https://x.com/gold_ticket77/status/1829640011122233344"
X8 = "https://x.com/gold_ticket77/status/1829641122233344455"
X9 = "https://x.com/seoul_night_pass/status/1829755566677788899"
X10 = "https://x.com/seoul_night_pass/status/1829756677788899900"
X11 = "https://x.com/quick_id_maker/status/1829866677788812345"
X12 = "https://x.com/quick_id_maker"
X13 = "https://x.com/pine_casino_kr/status/1833410022334455667"
X14 = "https://x.com/pine_casino_kr/status/1833411133445566778"
Y1 = "https://www.youtube.com/watch?v=Qm3vT8aLp0c"
Y2 = "https://www.youtube.com/watch?v=Zr7Kd2WfX1s"
Y3 = "https://www.youtube.com/shorts/Hb4Np9Ye2Uo"
Y4 = "https://www.youtube.com/@bluefin_signals"
T1 = "https://t.me/jeju_fast_cash/412"
T2 = "https://t.me/jeju_fast_cash/418"
T3 = "https://t.me/nightowl_docs"
N1 = "https://blog.naver.com/sunny_pill_shop/223561234567"
N2 = "https://blog.naver.com/sunny_pill_shop/223561239876"
N3 = "https://cafe.naver.com/ticketbridge/50321"
N4 = "https://cafe.naver.com/ticketbridge/50344"
N5 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471122334"
K1 = "https://cafe.daum.net/greenleafclub/Ab3x/211"
K2 = "https://lucky-coin-note.tistory.com/57"
TK1 = "https://www.tiktok.com/@hwarang_deals/video/7412098765432109876"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, message_id, note, urls
    ("KCSC-240903-01", "x", "2024-09-03T10:12:00+09:00", "2024-09-10T18:00:00+09:00",
     "gambling", "req-240903-01@kcsc.example", "betting and forged-ID promotion, 12 posts",
     [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]),
    ("KCSC-240905-02", "youtube", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00",
     "drugs", "req-240905-02@kcsc.example", "", [Y1, Y2, Y3, Y4]),
    ("KCSC-240906-03", "telegram", "2024-09-06T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "fraud", "req-240906-03@kcsc.example", "loan fraud channel", [T1, T2, T3]),
    ("KCSC-240909-04", "naver", "2024-09-09T10:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "drugs", "req-240909-04@kcsc.example", "", [N1, N2, N3, N4, N5]),
    ("KCSC-240910-05", "kakao", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "gambling", "req-240910-05@kcsc.example", "", [K1, K2]),
    ("KCSC-240911-06", "tiktok", "2024-09-11T09:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "forgery", "req-240911-06@kcsc.example", "single video", [TK1]),
    ("KCSC-240912-07", "x", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00",
     "gambling", "req-240912-07@kcsc.example", "", [X13, X14]),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# Our original X request, as quoted back by replies.
X_REQUEST = """Dear X Legal team,

The Korea Communications Standards Commission requests the removal of the
following posts, which promote illegal online gambling and the sale of
forged identity documents (our reference KCSC-240903-01):

""" + "\n".join(f"{i}. {u}" for i, u in enumerate(
    [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12], 1)) + """

Please let us know the action taken for each URL by 10 September 2024.

KCSC Takedown
"""

YT_REMINDER = f"""Dear YouTube Legal team,

This is a reminder about our request KCSC-240905-02 of 5 September 2024.
The following items are still pending on our side:

{Y1}
{Y2}
{Y3}
{Y4}

We would be grateful for an update on each of them.

KCSC Takedown"""

TG_REMINDER = f"""Hello,

Reminder: request KCSC-240906-03 (sent 6 September 2024) is past its
deadline. Items without an answer:

- {T1}
- {T2}
- {T3}

Regards,
KCSC Takedown"""

NAVER_REMINDER = f"""안녕하세요. 방송통신심의위원회입니다.

9월 9일 요청드린 KCSC-240909-04 건의 처리 결과를 아직 받지 못하여 다시 연락드립니다.

1. {N1}
2. {N2}
3. {N3}
4. {N4}
5. {N5}

각 게시물의 조치 결과를 회신해 주시기 바랍니다.

KCSC Takedown"""

TT_REMINDER = f"""Dear TikTok Legal team,

Reminder: we have not yet received an answer to request KCSC-240911-06
about the following video:

{TK1}

KCSC Takedown"""


def reminder_headers(ref_mid, rem):
    return [f"In-Reply-To: <{rem}@kcsc.example>",
            f"References: <{ref_mid}@kcsc.example> <{rem}@kcsc.example>"]


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ X (KCSC-240903-01, 12 items)

case(
    name="x-zendesk-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk new-ticket auto-response ('Your request (N) has been received and is being reviewed')",
    why="pure receipt of the ticket, no statement about any post",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Tue, 03 Sep 2024 01:14:05 +0000",
    subject="[X Support] Re: KCSC-240903-01 - request for removal of 12 posts [ref:48213377]",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    items={},
    body="""
##- Please type your reply above this line -##

Your request (48213377) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

We read every report and will come back to you once the posts listed in
your submission have been looked at. There is no need to resend them.

X Support
""")

case(
    name="x-zendesk-solved-first-three",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'Your request (N) has been solved' notification with the agent's public comment",
    why="agent's comment gives one outcome per URL: removed, withheld in KR, no violation",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Thu, 05 Sep 2024 08:41:12 +0000",
    subject="[X Support] Update: KCSC-240903-01 - request for removal of 12 posts [ref:48213377]",
    reply_to_req="req-240903-01",
    items={X1: "removed", X2: "restricted", X3: "rejected"},
    body=f"""
##- Please type your reply above this line -##

Your request (48213377) has been solved. To reopen it, reply to this email.

Mina (X Safety)

Sep 5, 2024, 08:41 UTC

Hello,

Thank you for your report. We have reviewed the first three posts of your
request and taken the following action:

{X1} - removed for violating the X Rules on illegal and regulated goods.
{X2} - withheld in South Korea in response to your legal demand.
{X3} - we reviewed this post and found no violation of the X Rules or of
Korean law, so no action was taken.

We will follow up separately on the other posts in your list.

Regards,
Mina
X Safety

--------------------------------
This email is a service from X Support.
[KR8Q2-Z4L7]
""")

case(
    name="x-followup-same-thread-quoting-earlier",
    outcome="applied", classification="confirmation",
    imitates="agent follow-up in the same ticket thread, Gmail-style '>' quote of the earlier answer",
    why="new statements on three posts; the earlier outcomes appear only in the '>' quote",
    **{"from": "support@x.com"}, name_from="Mina (X Safety)",
    date="Mon, 09 Sep 2024 03:02:44 +0000",
    subject="Re: [X Support] Update: KCSC-240903-01 - request for removal of 12 posts [ref:48213377]",
    reply_to_req="req-240903-01",
    items={X5: "restricted", X6: "restricted", X7: "not_found", X1: "pending", X2: "pending"},
    body=f"""
Hello,

Following up on my message of 5 September about KCSC-240903-01. Our team
has finished reviewing three more posts:

- {X5} : withheld in South Korea
- {X6} : withheld in South Korea
- {X7} : we could not locate this post. The account holder probably
  deleted it before our review.

The rest of your list is still with the team.

Best,
Mina
X Safety

On Thu, Sep 5, 2024 at 5:41 PM X Support <support@x.com> wrote:
{quote(f'''Hello,

Thank you for your report. We have reviewed the first three posts of your
request and taken the following action:

{X1} - removed for violating the X Rules on illegal and regulated goods.
{X2} - withheld in South Korea in response to your legal demand.''')}
""")

case(
    name="x-jira-resolved-status-below-url",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management customer notification ('Reply above this line', status change, agent comment)",
    why="each URL followed by its outcome on the next line",
    **{"from": "jira@x.com"}, name_from="Legal Requests (Jira)",
    date="Tue, 10 Sep 2024 06:20:31 +0000",
    subject="[JIRA] (LGLREQ-22871) KCSC-240903-01 South Korea - KCSC removal request",
    items={X8: "removed", X9: "restricted"},
    body=f"""
------------------------
Reply above this line.

Daniel Okafor resolved this as Done.

Status: Waiting for support -> Resolved

Daniel Okafor commented:

Hi KCSC team,

Outcome for the two posts below:

{X8}
Removed globally (illegal goods and services policy).

{X9}
Withheld in KR.

Kind regards,
Daniel

View request - Turn off this request's notifications

This is shared with KCSC Takedown.
Help Center, powered by Jira Service Management, sent you this message.
""")

_x_csv = (
    "reported_url,action,reason\n"
    f"{X10},Removed,Illegal or certain regulated goods or services\n"
    f"{X11},No action,No violation found\n"
    f"{X12},Account suspended,Repeated violations\n"
)
case(
    name="x-csv-attachment-outcomes",
    outcome="applied", classification="confirmation",
    imitates="legal-desk reply carrying an outcome spreadsheet exported as CSV",
    why="CSV attachment gives removed, no action, account suspended per URL",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 09:15:00 +0000",
    subject="RE: KCSC-240903-01 outcome for remaining posts",
    reply_to_req="req-240903-01",
    items={X10: "removed", X11: "rejected", X12: "removed"},
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_xlegal_5521"

--=_xlegal_5521
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the outcome for the last three items of your request
KCSC-240903-01 (one row per reported URL).

X Legal

--=_xlegal_5521
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_x_csv)}
--=_xlegal_5521--
""")

case(
    name="x-toppost-angle-brackets-over-request",
    outcome="applied", classification="confirmation",
    imitates="a legal-ops agent's top-posted reply over the quoted request (Gmail quoting)",
    why="two posts named in angle brackets above the quote; the quoted list says nothing",
    **{"from": "jae.park@x.com"}, name_from="Jae Park",
    date="Thu, 12 Sep 2024 02:48:19 +0000",
    subject="Re: KCSC-240903-01 Removal request - 12 posts",
    reply_to_req="req-240903-01",
    items={X4: "restricted", X3: "removed", X1: "pending", X12: "pending"},
    body=f"""
Hi,

Two updates on your list:

<{X4}> has been withheld in South Korea.
<{X3}> was removed after a second review by our policy team.

Thanks,
Jae
Legal Operations, X Corp.

On Tue, Sep 3, 2024 at 10:12 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(X_REQUEST)}
""")

case(
    name="x-echoed-report-then-decision",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome notice echoing the submitted report before 'Our decision'",
    why="only the two posts under 'Our decision' get a status; the echoed list is the submission",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 07:30:00 +0000",
    subject="Your legal request KCSC-240903-01: decision",
    items={X6: "restricted", X9: "rejected", X1: "pending", X2: "pending", X10: "pending"},
    body=f"""
Hello,

We're writing about your legal request, reference KCSC-240903-01.

WHAT YOU REPORTED
Reported content:
{X1}
{X2}
{X3}
{X4}
{X5}
{X6}
{X7}
{X8}
{X9}
{X10}
{X11}
{X12}
Country: Republic of Korea
Legal basis cited: Information and Communications Network Act, Art. 44-7

OUR DECISION
After review, we have withheld the following post in the Republic of Korea:
{X6}

We have not taken action on the following post, because we did not find it
to be unlawful in Korea or in breach of the X Rules:
{X9}

Decisions on the other reported posts will be sent in separate messages.

X Legal
""")

case(
    name="x-hard-wrapped-prose",
    outcome="applied", classification="confirmation",
    imitates="plain-text agent reply hard-wrapped at 72 columns, each URL pushed onto its own line",
    why="'reviewed the post at <URL> and removed it' and '<URL> has been withheld in South Korea'",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 11:02:51 +0000",
    subject="Re: KCSC-240903-01",
    reply_to_req="req-240903-01",
    items={X5: "removed", X7: "restricted"},
    body=f"""
Dear KCSC,

We have reviewed the post at
{X5} and removed it
for violating our rules on the promotion of gambling. The post at
{X7} has been withheld
in South Korea.

Regards,
X Legal
""")

case(
    name="x-bulk-all-removed",
    outcome="review", review="bulk", classification="confirmation",
    imitates="short solved-ticket reply stating the whole request was actioned",
    why="'all of the reported posts have been removed' for a 12-item request, no URL named",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 04:12:00 +0000",
    subject="Re: KCSC-240903-01 Removal request - 12 posts",
    reply_to_req="req-240903-01",
    items={},
    body="""
Hello,

We have completed our review of request KCSC-240903-01. All of the reported
posts have been removed from X.

This ticket is now closed.

Regards,
X Legal
""")

case(
    name="x-promise-within-24h",
    outcome="review", review="not_understood",
    imitates="agent update announcing an approved but not yet carried out action",
    why="'will be withheld within the next 24 hours' is a promise; the rest 'under review'",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 05:40:00 +0000",
    subject="Re: KCSC-240903-01 Removal request - 12 posts",
    reply_to_req="req-240903-01",
    items={X1: "pending", X2: "pending"},
    body=f"""
Hello,

Thank you for your patience. Our legal team has approved action on
{X1} and
{X2}; these posts will be withheld in South Korea
within the next 24 hours. The remaining reports are still under review.

We'll write again once everything has been processed.

X Legal
""")

case(
    name="x-zendesk-hosted-domain-unknown-sender",
    outcome="review", review="unknown_sender",
    imitates="Zendesk solved notification sent from the help-desk vendor's subdomain instead of the platform's",
    why="sender domain xcorp-help.zendesk.com is no platform's domain",
    **{"from": "support@xcorp-help.zendesk.com"}, name_from="X Support",
    date="Tue, 10 Sep 2024 13:05:00 +0000",
    subject="[X Support] Your request KCSC-240903-01 has been solved [ref:48219002]",
    items={X8: "pending"},
    body=f"""
##- Please type your reply above this line -##

Your request (48219002) has been solved. To reopen it, reply to this email.

Carlos (Support)

Sep 10, 2024, 13:05 UTC

Hi there,

{X8} has been removed. Thanks for reaching out.

Carlos
""")

case(
    name="x-forwarded-enforcement-note",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="an employee's 'Fwd:' of an internal enforcement-team note, with a one-line cover",
    why="the outcomes are in the forwarded internal message, not the sender's own statement",
    **{"from": "jae.park@x.com"}, name_from="Jae Park",
    date="Tue, 10 Sep 2024 08:10:00 +0000",
    subject="Fwd: Enforcement outcome - KCSC-240903-01",
    items={X11: "pending", X12: "pending"},
    body=f"""
Hi KCSC team,

Forwarding the outcome from our enforcement team for your records.

Jae

---------- Forwarded message ---------
From: Enforcement Ops <enforcement-ops@x.com>
Date: Tue, Sep 10, 2024 at 4:05 PM
Subject: Enforcement outcome - KCSC-240903-01
To: Jae Park <jae.park@x.com>

Actioned:
{X11} - removed
{X12} - account suspended

-- EO
""")

case(
    name="x-csat-survey-no-claims",
    outcome="review", review="no_claims",
    imitates="Zendesk satisfaction survey sent after a ticket is solved",
    why="trusted X mail, names no requested item and no request of ours",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Wed, 18 Sep 2024 01:00:00 +0000",
    subject="How would you rate the support you received?",
    items={},
    body="""
Hello,

We'd love to hear what you think of our customer service. Please take a
moment to answer one simple question by clicking either link below:

How would you rate the support you received?

Good, I'm satisfied
https://x-support.example/requests/48213377/satisfaction/good

Bad, I'm unsatisfied
https://x-support.example/requests/48213377/satisfaction/bad

Here's a reminder of what your request (48213377) was about: legal request
from a government body.

X Support
https://help.x.com/en/forms
""")

# ================================================================ X (KCSC-240912-07, 2 items)

case(
    name="x-small-request-numbered-actions",
    outcome="applied", classification="confirmation",
    imitates="thread reply with a numbered list, 'Action:' line under each URL",
    why="answers by thread only (no ref), each of the two posts with its action",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 06:33:00 +0000",
    subject="Re: Removal request (2 posts)",
    reply_to_req="req-240912-07",
    items={X13: "removed", X14: "restricted"},
    body=f"""
Hello,

Regarding your request of 12 September:

1. {X13}
   Action: Removed

2. {X14}
   Action: Withheld - KR

Best regards,
X Legal
""")

case(
    name="x-mdn-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (message/disposition-notification)",
    why="a read receipt says nothing about the posts",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 03:11:00 +0000",
    subject="Read: [KCSC-240912-07] Removal request (2 posts)",
    reply_to_req="req-240912-07",
    items={},
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_77a"

--mdn_77a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Your message

  To: legal@x.com
  Subject: [KCSC-240912-07] Removal request (2 posts)
  Sent: Thursday, September 12, 2024 10:00:00 AM (UTC+09:00) Seoul

was read on Thursday, September 12, 2024 12:11:00 PM (UTC+09:00) Seoul.

--mdn_77a
Content-Type: message/disposition-notification

Reporting-UA: XMAIL01.corp.x.com; Microsoft Exchange Server
Final-Recipient: rfc822;legal@x.com
Original-Message-ID: <req-240912-07@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_77a--
""")

# ================================================================ YouTube (KCSC-240905-02, 4 items)

case(
    name="yt-receipt-with-early-results",
    outcome="applied", classification="confirmation",
    imitates="help-desk receipt ('we have received your request, ticket #') that already reports part of the outcome",
    why="receipt wording, but two URLs get unhedged outcomes: removed, age-restricted",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 02:25:00 +0000",
    subject="[Ticket #3-7741093] KCSC-240905-02 - legal complaint received",
    reply_to_req="req-240905-02",
    items={Y1: "removed", Y2: "restricted"},
    body=f"""
Hello,

We have received your request and created ticket #3-7741093.

Part of your complaint has already been reviewed:

- {Y1} - removed from YouTube.
- {Y2} - age-restricted.

The other items are still under review, and we will reply in this ticket
once we have finished.

Sincerely,
The YouTube Legal Support Team
""")

case(
    name="yt-autoack-echoing-urls",
    outcome="ignored", classification="acknowledgement",
    imitates="web-form auto-acknowledgement listing the URLs the complainant submitted",
    why="receipt only; the URLs are the echo of our submission, no outcome for any",
    **{"from": "noreply@google.com"}, name_from="Google Legal Support",
    date="Thu, 05 Sep 2024 00:31:40 +0000",
    subject="Your legal complaint has been received [3-7741093]",
    reply_to_req="req-240905-02",
    extra_headers=["Auto-Submitted: auto-generated"],
    items={},
    body=f"""
Thanks for contacting Google.

We received your legal complaint on 5 September 2024 (reference
3-7741093). Below is a summary of the URLs you submitted:

1. {Y1}
2. {Y2}
3. {Y3}
4. {Y4}

Our team will review your complaint. You don't need to reply to this
message.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""")

case(
    name="yt-reminder-reply-outlook-toppost",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply to our reminder, reminder under '-----Original Message-----'",
    why="short and channel named above the quote; the quoted reminder only lists items as pending",
    **{"from": "yt-legal-apac@google.com"}, name_from="YouTube Legal APAC",
    date="Wed, 18 Sep 2024 01:40:00 +0000",
    subject="RE: Reminder: KCSC-240905-02 still pending",
    extra_headers=reminder_headers("req-240905-02", "reminder.KCSC-240905-02.1"),
    items={Y3: "removed", Y4: "removed", Y1: "pending", Y2: "pending"},
    body=f"""
Hello,

Apologies for the delay in responding. The short at {Y3} has been removed
for violating our policy on regulated goods, and the channel
{Y4} has been terminated.

Best regards,
YouTube Legal APAC

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 9:00 AM
To: legal-kr@google.com
Subject: Reminder: KCSC-240905-02 still pending

{YT_REMINDER}
""")

_yt_qp = f"""Hello,

Thank you for your complaint KCSC-240905-02. Here is the result of our review.

The following video has been removed for violating our Community Guidelines:

    {Y2}

The following video was reviewed; we found no violation of our policies or of local law, so it remains available on YouTube:

    {Y1}

You can learn more about our policies at https://www.youtube.com/howyoutubeworks/policies/community-guidelines/ — thank you for helping keep YouTube safe.

— YouTube Legal Support
"""
case(
    name="yt-quoted-printable-url-below",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome mail sent quoted-printable, each URL indented below its sentence",
    why="removed for one video, 'no violation … remains available' for the other",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 07:00:00 +0000",
    subject="KCSC-240905-02: result of review",
    items={Y2: "removed", Y1: "rejected"},
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_yt_qp)}
""")

case(
    name="yt-hedge-may-have-been",
    outcome="review", review="not_understood",
    imitates="agent reply guessing at an item's state before checking",
    why="'may already have been taken down' and 'we'll double-check' are not statements",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 23:10:00 +0000",
    subject="Re: [Ticket #3-7741093] KCSC-240905-02",
    reply_to_req="req-240905-02",
    items={Y1: "pending"},
    body=f"""
Hi,

Our records suggest that the video at {Y1} may already have been taken down
by the uploader. We'll double-check with the team and confirm in this
ticket.

Thanks,
YouTube Legal Support
""")

case(
    name="yt-asks-for-specific-videos",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="legal-desk request for more information (specific URLs, court order) before acting on a channel",
    why="asks us for the specific videos and the legal basis before acting on the channel",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 04:00:00 +0000",
    subject="Re: [Ticket #3-7741093] KCSC-240905-02 - more information needed",
    reply_to_req="req-240905-02",
    items={Y4: "pending"},
    body=f"""
Hello,

To process your request concerning the channel {Y4}, we need
more information:

1. The URLs of the specific videos on this channel that you consider
   unlawful, and
2. a copy of the decision or the provision of Korean law that applies to
   each of them.

Please reply to this ticket with these details. We are unable to proceed
until we receive them.

YouTube Legal Support
""")

case(
    name="yt-statement-of-reasons",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision, grounds, redress) sent to the notifier",
    why="'Decision: access … restricted in South Korea' for the one content URL; appeal link is no item",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 10:20:00 +0000",
    subject="Decision on your notice KCSC-240905-02",
    items={Y2: "restricted"},
    body=f"""
Statement of reasons

Reference: KCSC-240905-02
Content: {Y2}
Decision: Access to the content has been restricted in South Korea.
Ground for the decision: Local law (illegal sale of controlled
substances, Republic of Korea)
Territorial scope: South Korea
Automated means used in detection: No
Automated means used in the decision: No

Redress: the uploader may appeal this decision at
https://support.google.com/youtube/answer/2802032

YouTube Legal Support
""")

case(
    name="yt-html-table-alternative",
    outcome="applied", classification="confirmation",
    imitates="HTML outcome table (multipart/alternative) from a help-desk 'ticket solved' template",
    why="table rows: short removed, channel terminated, video no action",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 08:45:00 +0000",
    subject="[Ticket #3-7741093] Solved: KCSC-240905-02",
    reply_to_req="req-240905-02",
    items={Y3: "removed", Y4: "removed", Y1: "rejected"},
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="alt_3_7741093"

--alt_3_7741093
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Your ticket 3-7741093 has been marked as solved.

URL | Outcome
{Y3} | Removed
{Y4} | Channel terminated
{Y1} | No action - does not violate our policies

--alt_3_7741093
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Roboto,Arial,sans-serif">
<p>Your ticket <b>3-7741093</b> has been marked as solved.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td><a href="{Y3}">{Y3}</a></td><td>Removed</td></tr>
<tr><td><a href="{Y4}">{Y4}</a></td><td>Channel terminated</td></tr>
<tr><td><a href="{Y1}">{Y1}</a></td><td>No action - does not violate our policies</td></tr>
</table>
<p>If you have questions, reply to this email to reopen the ticket.</p>
</body></html>

--alt_3_7741093--
""")

# ================================================================ Telegram (KCSC-240906-03, 3 items)

case(
    name="tg-bare-url-status-below",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply: bare URL, 'Status:' on the line below",
    why="two posts blocked on all platforms, the channel does not exist",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sat, 07 Sep 2024 14:05:00 +0000",
    subject="Re: KCSC-240906-03",
    reply_to_req="req-240906-03",
    items={T1: "removed", T2: "removed", T3: "not_found"},
    body=f"""
Hello,

Re: KCSC-240906-03

{T1}
Status: blocked on all platforms

{T2}
Status: blocked on all platforms

{T3}
Status: no such channel

--
Telegram Abuse Team
""")

case(
    name="tg-partial-answer-to-reminder",
    outcome="applied", classification="confirmation",
    imitates="partial answer to our reminder, reminder quoted with '>'",
    why="one post blocked; the other two 'still being reviewed' and appear only in the quote",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Thu, 12 Sep 2024 09:30:00 +0000",
    subject="Re: Reminder: KCSC-240906-03 past deadline",
    extra_headers=reminder_headers("req-240906-03", "reminder.KCSC-240906-03.1"),
    items={T1: "removed", T2: "pending", T3: "pending"},
    body=f"""
Hello,

Thanks for the reminder. We have blocked {T1}.
The other two links in your report are still being reviewed; we will
update you once we have a decision.

Telegram

On Wed, 11 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(TG_REMINDER)}
""")

case(
    name="tg-case-closed-summary",
    outcome="applied", classification="confirmation",
    imitates="'Case #N closed' notice from a support queue with a resolution summary",
    why="channel restricted for users in South Korea; one post stays up, no ToS violation",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Fri, 13 Sep 2024 12:00:00 +0000",
    subject="Case #2024091177341 closed - KCSC-240906-03",
    items={T3: "restricted", T2: "rejected"},
    body=f"""
Case #2024091177341 has been closed.

Resolution summary:
The channel {T3} has been restricted for users in South Korea.
The post {T2} was reviewed and does not violate Telegram's Terms of
Service. It remains available.

If you believe this decision is wrong, you can reply to this message
within 14 days.

Telegram Support
""")

case(
    name="tg-dmarc-fail",
    outcome="review", review="untrusted",
    imitates="Telegram-style outcome list arriving with failed DKIM/SPF/DMARC",
    why="claims from telegram.org but authentication fails",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    auth="fail",
    date="Sun, 08 Sep 2024 03:33:00 +0000",
    subject="Re: KCSC-240906-03",
    items={T1: "pending", T2: "pending"},
    body=f"""
Hello,

{T1} - blocked
{T2} - blocked

Telegram Abuse Team
""")

case(
    name="tg-typo-url-unmatched",
    outcome="review", review="unmatched_claims",
    imitates="abuse-desk reply whose agent mistyped the post number",
    why="the blocked post /419 is not one we asked about (we asked /418)",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 10:00:00 +0000",
    subject="Re: KCSC-240906-03",
    reply_to_req="req-240906-03",
    items={},
    body="""
Hello,

Regarding KCSC-240906-03: https://t.me/jeju_fast_cash/419 has been blocked.

Telegram Abuse Team
""")

case(
    name="tg-reminder-bounce-dsn",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification for our reminder (multipart/report)",
    why="a bounce of our own reminder, whatever URLs it carries",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Wed, 11 Sep 2024 00:01:10 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    items={},
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="5F1A2C0B7.1726012870/mx.kcsc.example"

--5F1A2C0B7.1726012870/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa@telegram.org>: host mail.telegram.org[203.0.113.45] said: 552 5.2.2
    Mailbox full (in reply to RCPT TO command)

--5F1A2C0B7.1726012870/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 11 Sep 2024 09:00:02 +0900 (KST)

Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 5.2.2
Remote-MTA: dns; mail.telegram.org
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--5F1A2C0B7.1726012870/mx.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: Reminder: KCSC-240906-03 past deadline
Message-ID: <reminder.KCSC-240906-03.1@kcsc.example>
Date: Wed, 11 Sep 2024 09:00:00 +0900

{TG_REMINDER}

--5F1A2C0B7.1726012870/mx.kcsc.example--
""")

# ================================================================ NAVER (KCSC-240909-04, 5 items)

case(
    name="naver-helpdesk-answer-kr",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 문의 답변 메일 (문의번호, 처리 결과 목록, 발신 전용 안내)",
    why="게시중단, 임시조치(30일), 작성자가 이미 삭제한 게시물; 고객센터 링크는 항목이 아님",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 05:20:00 +0000",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (문의번호 2409-118834)",
    items={N1: "removed", N2: "restricted", N3: "not_found"},
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 KCSC-240909-04 건의 처리 결과를 아래와 같이 안내드립니다.

- {N1} : 게시중단
- {N2} : 임시조치(30일)
- {N3} : 작성자가 이미 삭제한 게시물로 확인되어 별도 조치 대상이 없습니다.

나머지 게시물은 확인 후 추가로 안내드리겠습니다.

본 메일은 발신 전용입니다. 추가 문의는 네이버 고객센터(https://help.naver.com/)를 이용해 주세요.
""")

case(
    name="naver-html-result-table",
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 조치결과 HTML 표 (번호, URL, 조치 결과, 비고)",
    why="블라인드 for one cafe post; 조치 불가 with '운영정책 위반 사항 확인되지 않음' for the 지식iN answer",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Thu, 12 Sep 2024 06:00:00 +0000",
    subject="[NAVER] KCSC-240909-04 조치 결과 회신",
    reply_to_req="req-240909-04",
    type="html",
    items={N4: "removed", N5: "rejected"},
    body=f"""
<html><body>
<p>안녕하세요, 네이버 정책지원팀입니다.</p>
<p>요청하신 게시물 중 아래 2건의 조치 결과를 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N4}</td><td>블라인드</td><td>카페 운영원칙 위반</td></tr>
<tr><td>2</td><td>{N5.replace('&', '&amp;')}</td><td>조치 불가</td><td>게시물 운영정책 위반 사항 확인되지 않음</td></tr>
</table>
<p>감사합니다.<br>NAVER 정책지원팀 드림</p>
</body></html>
""")

case(
    name="naver-korean-particles-fullwidth",
    outcome="applied", classification="confirmation",
    imitates="NAVER 담당자 답장 (URL 뒤에 조사가 붙고 전각 괄호로 URL을 감싼 문장)",
    why="게시중단 and 블라인드 for the cafe posts, 임시조치 for the 지식iN answer",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Fri, 13 Sep 2024 02:10:00 +0000",
    subject="RE: [방송통신심의위원회] KCSC-240909-04 게시물 삭제 요청",
    reply_to_req="req-240909-04",
    items={N3: "removed", N4: "removed", N5: "restricted"},
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 {N3}은 9월 11일자로 게시중단 처리되었으며, {N4}도 같은 날 블라인드 처리하였습니다.
지식iN 답변（{N5}）은 임시조치하였습니다.

감사합니다.
""")

case(
    name="naver-reminder-reply-original-message",
    outcome="applied", classification="confirmation",
    imitates="Korean top-posted reply to our 독촉 메일, reminder under '-----Original Message-----'",
    why="cafe post 게시중단 완료, the other deleted by its author; quoted reminder lists all five",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Thu, 19 Sep 2024 01:30:00 +0000",
    subject="RE: [재요청] KCSC-240909-04 처리 결과 회신 요청",
    extra_headers=reminder_headers("req-240909-04", "reminder.KCSC-240909-04.1"),
    items={N3: "removed", N4: "not_found", N1: "pending", N5: "pending"},
    body=f"""
안녕하세요.
연휴로 회신이 늦어진 점 양해 부탁드립니다.

{N3} 게시글은 9월 12일 게시중단 조치를 완료하였고,
{N4} 는 작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다.

네이버 정책지원팀 드림

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-13 (금) 09:00:00 (GMT+09:00)
Subject: [재요청] KCSC-240909-04 처리 결과 회신 요청

{NAVER_REMINDER}
""")

case(
    name="naver-numbered-arrow-lines",
    outcome="applied", classification="confirmation",
    imitates="NAVER 처리 결과 번호 목록 (URL 다음 줄에 '→ 결과')",
    why="답변 삭제 완료, 비공개 처리, 정책 위반 아님(유지)",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Tue, 10 Sep 2024 08:00:00 +0000",
    subject="Re: KCSC-240909-04",
    reply_to_req="req-240909-04",
    items={N5: "removed", N1: "removed", N2: "rejected"},
    body=f"""
안녕하세요.

KCSC-240909-04 건 중 3건의 처리 결과입니다.

1. {N5}
   → 답변 삭제 완료
2. {N1}
   → 비공개 처리
3. {N2}
   → 정책 위반 아님 (게시물 유지)

NAVER 정책지원팀
""")

case(
    name="naver-dmarc-fail-kr",
    outcome="review", review="untrusted",
    imitates="NAVER 처리 결과 메일 형식이지만 인증(DKIM/SPF/DMARC) 실패",
    why="navercorp.com sender failing authentication",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    auth="fail",
    date="Wed, 11 Sep 2024 11:11:00 +0000",
    subject="[NAVER] KCSC-240909-04 처리 결과",
    items={N1: "pending", N2: "pending"},
    body=f"""
처리 결과 안내

{N1} : 삭제 완료
{N2} : 삭제 완료

NAVER 정책지원팀
""")

case(
    name="naver-out-of-office-kr",
    outcome="ignored", classification="auto_reply",
    imitates="부재중 자동응답 (추석 연휴)",
    why="out-of-office auto-reply",
    **{"from": "minji.seo@navercorp.com"}, name_from="서민지",
    date="Fri, 13 Sep 2024 00:00:30 +0000",
    subject="[자동회신] 부재중입니다: [재요청] KCSC-240909-04 처리 결과 회신 요청",
    extra_headers=reminder_headers("req-240909-04", "reminder.KCSC-240909-04.1")
    + ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    items={},
    body="""
안녕하세요. 서민지입니다.

9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 보내 주시기 바랍니다.

감사합니다.
""")

# ================================================================ Kakao (KCSC-240910-05, 2 items)

case(
    name="kakao-helpscout-style-reply",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style conversation reply ('이 줄 위에 답장을 작성해 주세요', conversation #)",
    why="Daum cafe post deleted for policy violation, Tistory post 임시조치(접근 제한)",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 04:30:00 +0000",
    subject="Re: [KCSC-240910-05] 게시물 삭제 요청 #58213",
    reply_to_req="req-240910-05",
    items={K1: "removed", K2: "restricted"},
    body=f"""
## 이 줄 위에 답장을 작성해 주세요 ##

안녕하세요, 카카오 고객센터 김하늘입니다.

요청하신 게시물의 조치 결과를 안내드립니다.

다음 카페 게시글 {K1} 은 운영정책 위반으로 삭제 조치되었습니다.
티스토리 게시글 {K2} 은 임시조치(접근 제한)되었습니다.

감사합니다.
김하늘 드림

대화 #58213 | 카카오 고객센터
""")

_kakao_b64 = f"""안녕하세요. 카카오 고객센터입니다.

KCSC-240910-05 건 검토 결과를 안내드립니다.

{K1}
- 조치 불가: 게시글 내용이 카페 운영정책에 위배되지 않는 것으로 판단되었습니다.

{K2}
- 해당 게시글은 작성자에 의해 이미 삭제되어 존재하지 않습니다.

감사합니다.
"""
case(
    name="kakao-base64-review-result",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 결과 메일, base64 encoded UTF-8 body",
    why="조치 불가 (no policy breach) for the cafe post; Tistory post already deleted by its author",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 07:45:00 +0000",
    subject="=?UTF-8?B?" + base64.b64encode("[카카오 고객센터] KCSC-240910-05 검토 결과".encode("utf-8")).decode("ascii") + "?=",
    reply_to_req="req-240910-05",
    items={K1: "rejected", K2: "not_found"},
    raw_mime=f"""
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(_kakao_b64)}
""")

case(
    name="kakao-ticket-receipt-kr",
    outcome="ignored", classification="acknowledgement",
    imitates="카카오 고객센터 문의 접수 완료 자동 메일 (접수번호)",
    why="receipt of the inquiry only",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Tue, 10 Sep 2024 05:01:00 +0000",
    subject="[카카오 고객센터] 문의가 정상적으로 접수되었습니다. (KCSC-240910-05)",
    reply_to_req="req-240910-05",
    extra_headers=["Auto-Submitted: auto-generated"],
    items={},
    body="""
안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: #58213

접수된 순서대로 확인 후 답변드리겠습니다. 본 메일은 발신 전용입니다.
""")

case(
    name="kakao-deletion-after-notice-period",
    outcome="review", review="not_understood",
    imitates="카카오 담당자 답장: 게시자 소명 기간 후 삭제 예정, 나머지 검토 중",
    why="'소명이 없을 경우 삭제할 예정' is a conditional promise; the other is 검토 중",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 02:00:00 +0000",
    subject="Re: [KCSC-240910-05] 게시물 삭제 요청 #58213",
    reply_to_req="req-240910-05",
    items={K1: "pending", K2: "pending"},
    body=f"""
안녕하세요, 카카오 고객센터입니다.

{K1} 게시글은 게시자에게 7일간 소명 기회를 부여한 뒤, 소명이 없을 경우 삭제할 예정입니다.
{K2} 게시글은 현재 내부 검토 중입니다.

결과가 나오는 대로 다시 안내드리겠습니다.
""")

case(
    name="kakao-answers-naver-request",
    outcome="review", review="wrong_platform",
    imitates="포털 담당자가 다른 사업자의 URL에 대해 '당사 서비스가 아니어서 확인 불가'라고 회신",
    why="Kakao speaking about NAVER's items (cannot find them on its services)",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 06:30:00 +0000",
    subject="Re: [방송통신심의위원회] KCSC-240909-04 게시물 삭제 요청",
    items={N1: "pending", N3: "pending"},
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 URL 중 {N1} 및 {N3} 은 네이버에서 운영하는 서비스의 게시물로, 당사 서비스에서는 해당 게시물을 찾을 수 없습니다.

해당 사업자에게 직접 요청해 주시기 바랍니다.

감사합니다.
""")

# ================================================================ TikTok (KCSC-240911-06, 1 item)

case(
    name="tiktok-sole-item-removed",
    outcome="applied", classification="confirmation",
    imitates="TikTok report-outcome notice ('We removed the content you reported')",
    why="one-item request; 'we removed the content you reported' names no URL but covers the only item",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 03:00:00 +0000",
    subject="Update on your report - KCSC-240911-06",
    items={TK1: "removed"},
    body="""
Hi,

Thanks for your report (reference KCSC-240911-06, report ID 7413551209).

We've reviewed the content you reported and removed it for violating our
Community Guidelines.

Learn more about our Community Guidelines:
https://www.tiktok.com/community-guidelines

TikTok Trust and Safety
""")

case(
    name="tiktok-rejected-names-url",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal team refusal with its reason",
    why="'does not violate our Community Guidelines or applicable local law … remain on TikTok'",
    **{"from": "legal@tiktok.com"}, name_from="TikTok Legal",
    date="Fri, 13 Sep 2024 09:10:00 +0000",
    subject="RE: KCSC-240911-06 removal request",
    reply_to_req="req-240911-06",
    items={TK1: "rejected"},
    body=f"""
Dear KCSC,

After careful review of {TK1}, we found that the video does not violate our
Community Guidelines or applicable local law. It will therefore remain
available on TikTok.

Kind regards,
TikTok Legal
""")

case(
    name="tiktok-out-of-office-quoting-reminder",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply from a legal-team member, quoting our reminder",
    why="out-of-office auto-reply; the URL is only in our quoted reminder",
    **{"from": "j.lim@tiktok.com"}, name_from="Jiwon Lim",
    date="Sat, 14 Sep 2024 00:02:00 +0000",
    subject="Automatic reply: Reminder: KCSC-240911-06",
    extra_headers=reminder_headers("req-240911-06", "reminder.KCSC-240911-06.1")
    + ["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: j.lim@tiktok.com"],
    items={},
    body=f"""
Thank you for your email. I am out of the office until 23 September with
limited access to email. For urgent legal matters please contact
legal@tiktok.com.

Best,
Jiwon

{quote(TT_REMINDER)}
""")

HEADER = """# Blind set 956 (ticket systems and threads): written from each email's
# meaning before any run of the reader. See NOTES.md.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
