#!/usr/bin/env python3
"""Blind set 452: ticket systems and threads.

Zendesk / Freshdesk / Jira Service Management / Help Scout style receipts
and results, solved tickets, follow-ups in the same thread, replies to our
reminders, partial answers and forwarded mail. Every email is fictional and
written in our own sentences; the expected result of each case was written
from the email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind452/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind452"

# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
YT = "KCSC-240902-01"
TG = "KCSC-240903-02"
XR = "KCSC-240905-03"
NV = "KCSC-240909-04"
KK = "KCSC-240911-05"
DC = "KCSC-240913-06"
T1 = "KCSC-240916-07"

Y1 = "https://www.youtube.com/watch?v=Qm7rT2xLp0A"
Y2 = "https://www.youtube.com/watch?v=bX41nKd9eZs"
Y3 = "https://www.youtube.com/watch?v=H0wlQ3vTy8c"
Y4 = "https://www.youtube.com/watch?v=pL5cJz6Wm2E"
Y5 = "https://www.youtube.com/watch?v=tR9eVa1Ns4Q"
Y6 = "https://www.youtube.com/watch?v=Zk2uFy7Ho3M"
Y7 = "https://www.youtube.com/shorts/aN6dE0qXw8R"
Y8 = "https://www.youtube.com/shorts/vC3mT5jLr1K"
Y9 = "https://www.youtube.com/watch?v=eG8sPb4Ud6Y"
Y10 = "https://www.youtube.com/watch?v=Jw0fKc2Xn7T"
Y11 = "https://www.youtube.com/@goldtide_picks"
Y12 = "https://www.youtube.com/watch?v=Ly5hNq3Ab9D"
YALL = [Y1, Y2, Y3, Y4, Y5, Y6, Y7, Y8, Y9, Y10, Y11, Y12]

G1 = "https://t.me/lantern_market/1184"
G2 = "https://t.me/lantern_market/1190"
G3 = "https://t.me/bluefern_deals/77"
G4 = "https://t.me/bluefern_deals/81"
GALL = [G1, G2, G3, G4]

X1 = "https://x.com/harbor_quill/status/1831200456789012345"
X2 = "https://x.com/harbor_quill/status/1831207789012345678"
X3 = "https://x.com/minty_ledger/status/1830998877665544332"
XALL = [X1, X2, X3]

CAFE = "바다정원"
CAFE_ENC = "%EB%B0%94%EB%8B%A4%EC%A0%95%EC%9B%90"
N1 = "https://blog.naver.com/moonlit_desk/223561234567"
N2 = ("https://blog.naver.com/PostView.naver?blogId=moonlit_desk&logNo=223561239999"
      "&redirect=Dlog&widgetTypeCall=true")
N3 = f"https://cafe.naver.com/{CAFE_ENC}/4512"
N4 = f"https://cafe.naver.com/{CAFE_ENC}/4513"
N3R = f"https://cafe.naver.com/{CAFE}/4512"   # as a Korean email writes it
N4R = f"https://cafe.naver.com/{CAFE}/4513"
N5 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=472210456"
NALL = [N1, N2, N3, N4, N5]

K1 = "https://cafe.daum.net/greyfox/AbCd/118"
K2 = "https://nightowl-log.tistory.com/57"

D1 = "https://discord.com/channels/1122334455667788/9988776655443322/1283746501928374650"

S1 = "https://t.me/nightjar_club/2207"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    (YT, "youtube", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", "illegal_gambling", YALL,
     'Gambling promotion videos, Shorts and the channel "goldtide picks"'),
    (TG, "telegram", "2024-09-03T09:30:00+09:00", "2024-09-10T18:00:00+09:00", "drug_sales", GALL,
     "Two channels, two posts each"),
    (XR, "x", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", "privacy", XALL,
     "Posts exposing personal data, doxxing"),
    (NV, "naver", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", "illegal_gambling", NALL,
     "Blog, cafe (Korean club path) and KnowledgeiN posts"),
    (KK, "kakao", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00", "obscene", [K1, K2],
     "Daum cafe post and a Tistory post"),
    (DC, "discord", "2024-09-13T09:00:00+09:00", "2024-09-20T18:00:00+09:00", "drug_sales", [D1],
     "One server message"),
    (T1, "telegram", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", "obscene", [S1],
     "Single channel post"),
]


def mid(ref):
    return f"req-{ref}"


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, urls, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


# --------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def lines(urls, prefix=""):
    return "\n".join(prefix + u for u in urls)


# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------
cases = []


def case(**kw):
    cases.append(kw)


YT_FROM = "youtube-legal-support@google.com"
TG_FROM = "abuse@telegram.org"
X_FROM = "legal@x.com"
NV_FROM = "help@navercorp.com"
KK_FROM = "cs-noreply@kakaocorp.com"

ZD_TOP = "##- Please type your reply above this line -##"

# ---- applied -------------------------------------------------------------

case(
    name="yt-zendesk-solved-text-table",
    from_=YT_FROM, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 15:41:07 +0900",
    subject=f"[YouTube Legal] Re: {YT} removal request - Request #4581123 solved",
    reply_to_req=mid(YT),
    body=f"""{ZD_TOP}

Your request (#4581123) has been solved. If you believe it has not been
resolved, simply reply to this email and it will be reopened.


Minseo (YouTube Legal Support)

Sep 12, 2024, 3:41 PM GMT+9

Hello,

Thank you for your patience. We have completed our review of part of the
content listed in your notice {YT}. Our decisions are below.

URL                                            Decision
{Y1}    Removed (Community Guidelines)
{Y2}    Removed (Community Guidelines)
{Y3}    Blocked in South Korea (local law)
{Y4}    Blocked in South Korea (local law)
{Y5}    No action taken - not in violation
{Y7}     Removed by the uploader before our review

We are still reviewing the remaining URLs in your notice and will reply
separately.

Regards,
Minseo
YouTube Legal Support


KCSC Takedown

Sep 2, 2024, 10:00 AM GMT+9

Dear YouTube Legal team,

Under Article 44-7 of the Information and Communications Network Act we
request the removal of the following 12 items (our reference {YT}):

{lines(YALL)}

Kind regards,
KCSC Takedown desk

--------------------------------
This email is a service from YouTube Legal Support. [Ticket:4581123]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'your request has been solved' notification with the ticket history under it (YouTube legal removals)",
    why="agent's text table: two removed, two blocked in Korea, one left up, one deleted by its uploader; our own request shown below as ticket history",
    items={Y1: "removed", Y2: "removed", Y3: "restricted", Y4: "restricted", Y5: "rejected", Y7: "not_found"},
)

case(
    name="yt-followup-top-posted-over-quote",
    from_=YT_FROM, name_from="YouTube Legal Support",
    date="Thu, 19 Sep 2024 11:02:45 +0900",
    subject=f"Re: [YouTube Legal] {YT} - Request #4581123",
    reply_to_req=mid(YT),
    body=f"""Hello again,

Following up on the items that were still open in this request:

- {Y8} has been removed for violating our spam and deceptive practices policy.
- {Y9} is now blocked for viewers in South Korea.
- {Y6}: we reviewed this video and did not find a violation of our
  policies or of local law, so it remains available.

The remaining links in your notice are still with our team.

Best,
Minseo
YouTube Legal Support

On Thu, 12 Sep 2024 at 15:41, YouTube Legal Support <{YT_FROM}> wrote:
> Hello,
>
> We have completed our review of part of your notice.
>
> {Y1}    Removed (Community Guidelines)
> {Y3}    Blocked in South Korea (local law)
> {Y5}    No action taken - not in violation
>
> Regards,
> Minseo
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted follow-up in the same ticket thread, earlier agent message quoted with '>'",
    why="three new item statements on top; the quoted earlier decisions are quoted text and change nothing",
    items={Y8: "removed", Y9: "restricted", Y6: "rejected", Y1: "pending", Y3: "pending", Y5: "pending"},
)

case(
    name="yt-reply-to-reminder-partial",
    from_="jaewon.lim@google.com", name_from="Jae-won Lim",
    date="Tue, 24 Sep 2024 16:20:11 +0900",
    subject=f"RE: Reminder: {YT} - 9 items still pending",
    body=f"""Dear KCSC team,

Apologies for the delay on this one. An update on the items in your reminder:

The two Shorts were removed on 20 September:
{Y7}
{Y8}

The channel {Y11} was terminated for repeated violations of our spam
policy, so the channel page no longer loads.

For the other videos our review is ongoing and we will write again once it
is complete.

Kind regards,
Jae-won Lim
Legal Removals, YouTube

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 23, 2024 10:00 AM
To: legal-kr@google.com
Subject: Reminder: {YT} - 9 items still pending

This is a reminder about our request {YT} sent on 2 September 2024
(deadline 9 September 2024). The following items are still pending:

{lines([Y3, Y4, Y6, Y7, Y8, Y9, Y10, Y11, Y12])}

Please let us know the action taken for each item.

KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a legal-removals employee to our reminder, reminder quoted under -----Original Message-----",
    why="the two Shorts (URLs on the lines below the statement) removed, channel terminated; the rest of the reminder list is quoted and stays pending",
    items={Y7: "removed", Y8: "removed", Y11: "removed", Y3: "pending", Y12: "pending"},
)

CSV4 = f"""url,decision,region,date
{Y1},removed,global,2024-09-17
{Y2},removed,global,2024-09-17
{Y3},geo-blocked,KR,2024-09-17
{Y10},no violation,,2024-09-17
{Y12},video not found,,2024-09-17
"""
case(
    name="yt-jira-resolved-csv-attachment",
    from_="legalops-noreply@google.com", name_from="YouTube Legal Operations",
    date="Wed, 18 Sep 2024 09:12:30 +0900",
    subject=f"[JIRA] (LGL-22318) Removal request {YT} - Resolved",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="jsm-8f2c1a"

--jsm-8f2c1a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

—-—-—-—-—-—-—-—-—-—
Reply above this line.

Hyun-woo Kang resolved this as Done.

Removal request {YT}
Reference: LGL-22318

Hyun-woo Kang commented:

Review finished for five of the URLs in your notice. The attached sheet
gives the action taken for each of them; the others are still open.

View request · Turn off this request's notifications

This is shared with KCSC Takedown.
Sent by Jira Service Management

--jsm-8f2c1a
Content-Type: text/csv; charset=utf-8; name="decisions_LGL-22318.csv"
Content-Disposition: attachment; filename="decisions_LGL-22318.csv"
Content-Transfer-Encoding: base64

{b64(CSV4)}
--jsm-8f2c1a--
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'resolved this as Done' notification with a CSV decision sheet attached",
    why="CSV rows: two removed, one geo-blocked in KR, one no violation, one video not found",
    items={Y1: "removed", Y2: "removed", Y3: "restricted", Y10: "rejected", Y12: "not_found"},
)

HTML5 = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p style="color:#999">{ZD_TOP}</p>
<p>Your request (#4581123) has been updated. To add additional comments, reply to this email.</p>
<hr>
<p><b>Seo-yeon (YouTube Legal Support)</b><br>Sep 13, 2024, 6:05 PM GMT+9</p>
<p>Hello,</p>
<p>Please find below our decisions for four further items from notice {YT}.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Video URL</th><th>Outcome</th></tr>
<tr><td><a href="{Y4}">{Y4}</a></td><td>Removed – violates our harassment policy</td></tr>
<tr><td><a href="{Y5}">{Y5}</a></td><td>Restricted in KR (local legal restriction)</td></tr>
<tr><td><a href="{Y9}">{Y9}</a></td><td>No action – content does not violate our policies</td></tr>
<tr><td><a href="{Y10}">{Y10}</a></td><td>Video unavailable – deleted by the uploader</td></tr>
</table>
<p>Best regards,<br>Seo-yeon<br>YouTube Legal Support</p>
<p style="color:#999;font-size:11px">[Ticket:4581123]</p>
</body></html>
"""
case(
    name="yt-html-table-qp",
    from_=YT_FROM, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 18:05:40 +0900",
    subject=f"[YouTube Legal] Re: {YT} - Request #4581123 updated",
    reply_to_req=mid(YT),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(HTML5)}""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk HTML ticket update (quoted-printable) with an outcome table",
    why="HTML table: removed, restricted in KR, no action, deleted by the uploader",
    items={Y4: "removed", Y5: "restricted", Y9: "rejected", Y10: "not_found"},
)

case(
    name="yt-partial-answer-five-of-twelve",
    from_=YT_FROM, name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 10:30:00 +0900",
    subject=f"Re: {YT} - partial response",
    reply_to_req=mid(YT),
    body=f"""Dear KCSC,

We have now reviewed five of the twelve URLs in {YT}.

Removed for violating our Community Guidelines:
{Y2}
{Y6}

Blocked in South Korea under local law:
{Y1}

Left up (we found no violation of our policies or of local law):
{Y12}

The channel {Y11} had already been terminated by us on 4 September for
spam.

We will write to you about the remaining seven URLs once our review is
complete.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="partial answer from a legal removals desk: statements as headings with URLs on the lines below",
    why="five items decided in grouped headings (removed x2, restricted, rejected) plus the terminated channel; seven others promised later",
    items={Y2: "removed", Y6: "removed", Y1: "restricted", Y12: "rejected", Y11: "removed"},
)

case(
    name="yt-zendesk-numbered-list",
    from_=YT_FROM, name_from="YouTube Legal Support",
    date="Fri, 20 Sep 2024 14:48:19 +0900",
    subject="[YouTube Legal] Request #4581123 updated",
    reply_to_req=mid(YT),
    body=f"""{ZD_TOP}

Your request (#4581123) has been updated. To add additional comments,
reply to this email.


Minseo (YouTube Legal Support)

Sep 20, 2024, 2:48 PM GMT+9

Hello,

Here is where we stand on four of the items:

1) {Y3}
   Outcome: Removed - violent or graphic content policy
2) {Y4}
   Outcome: Removed - harassment policy
3) https://youtube.com/watch?v=tR9eVa1Ns4Q
   Outcome: Age-restricted (viewers must be signed in and 18+)
4) {Y9}
   Outcome: Not found - no video exists with this ID

Thanks,
Minseo

--------------------------------
[Ticket:4581123]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk ticket update with a numbered list, URL then 'Outcome:' line below",
    why="numbered outcomes: removed, removed, age-restricted (URL written without www), not found",
    items={Y3: "removed", Y4: "removed", Y5: "restricted", Y9: "not_found"},
)

case(
    name="yt-solved-with-help-links",
    from_=YT_FROM, name_from="YouTube Legal Support",
    date="Wed, 25 Sep 2024 09:05:51 +0900",
    subject="[YouTube Legal] Request #4581123 solved",
    reply_to_req=mid(YT),
    body=f"""{ZD_TOP}

Your request (#4581123) has been solved.


Minseo (YouTube Legal Support)

Sep 25, 2024, 9:05 AM GMT+9

Hello,

The video at {Y10} has been removed from YouTube for
violating our policy on regulated goods:
https://support.google.com/youtube/answer/9229611

The uploader can appeal this decision through
https://support.google.com/youtube/answer/185111 and we will let you know if
the outcome changes.

Regards,
Minseo

--------------------------------
How would you rate the support you received?
Good, I'm satisfied: https://youtube-legal.zendesk.example/requests/4581123/satisfaction/good
Bad, I'm unsatisfied: https://youtube-legal.zendesk.example/requests/4581123/satisfaction/bad
[Ticket:4581123]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk solved notification with policy/appeal help-centre links and a satisfaction survey",
    why="one video removed; help-centre and survey links are not items",
    items={Y10: "removed"},
)

case(
    name="tg-freshdesk-resolved",
    from_=TG_FROM, name_from="Telegram Abuse",
    date="Tue, 10 Sep 2024 21:14:03 +0900",
    subject=f"Ticket #88412: {TG} - status changed to Resolved",
    body=f"""Dear KCSC,

Your ticket #88412 has been marked Resolved.

Agent response:

The following posts have been taken down and are no longer accessible:
t.me/lantern_market/1184
t.me/lantern_market/1190

The post t.me/bluefern_deals/77 could not be found; no message with that ID
exists in the channel.

If you think this issue has not been resolved, simply reply to this email
and the ticket will be reopened.

Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'status changed to Resolved' ticket notification from an abuse desk",
    why="two posts taken down (scheme-less t.me links), one not found",
    items={G1: "removed", G2: "removed", G3: "not_found"},
)

case(
    name="tg-one-item-solved-no-url",
    from_=TG_FROM, name_from="Telegram Abuse",
    date="Wed, 18 Sep 2024 08:44:21 +0900",
    subject=f"Re: {T1} removal request [Case #884907]",
    reply_to_req=mid(T1),
    body="""Hello,

Case #884907 has been resolved. The reported post has been removed from the
channel and is no longer accessible.

Best regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="short ticket-resolved reply to a one-item request, no URL repeated",
    why="request of one item; unhedged 'the reported post has been removed'",
    items={S1: "removed"},
)

case(
    name="tg-bare-url-status-below",
    from_=TG_FROM, name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 17:30:12 +0900",
    subject=f"Case #884120 - results ({TG})",
    body=f"""Hello,

Results for Case #884120 (your reference {TG}):

{G3}
Action taken: post deleted

{G4}
Action taken: post deleted

{G1}
Action taken: none - we did not find a breach of our Terms of Service in
this post.

Regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk case result, bare URL with the action on the line below",
    why="two deleted, one kept with a reason",
    items={G3: "removed", G4: "removed", G1: "rejected"},
)

case(
    name="tg-echoed-report-blocks",
    from_=TG_FROM, name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 12:02:44 +0900",
    subject="Your report to Telegram [Case #884233]",
    body=f"""Thank you for your report. Below is a copy of what you sent us, with our
decision for each link.

--- Report 1 ---
Link: {G2}
Reason given: sale of illegal goods
Reporter reference: {TG}
Decision: The message was removed.

--- Report 2 ---
Link: {G4}
Reason given: sale of illegal goods
Reporter reference: {TG}
Decision: We could not find this message in the channel.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="report-form echo with a decision line per report block",
    why="echoed report blocks, each with its own decision: removed, not found",
    items={G2: "removed", G4: "not_found"},
)

case(
    name="tg-reply-to-reminder-gmail-quote",
    from_=TG_FROM, name_from="Telegram Abuse",
    date="Tue, 24 Sep 2024 19:55:00 +0900",
    subject=f"Re: Reminder: {TG} - items still pending",
    body=f"""Sorry for the late reply. t.me/lantern_market/1184 and
t.me/bluefern_deals/81 were blocked on 12 September and are no longer
available on Telegram. The other two links from your request are still
being looked into.

Telegram Abuse

On Mon, 23 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
> This is a reminder about our request {TG} sent on 3 September 2024
> (deadline 10 September 2024). The following items are still pending:
>
{lines(GALL, '> ')}
>
> KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply to our reminder, reminder quoted with '>' under 'On ... wrote:'",
    why="two posts blocked and unavailable on Telegram (removed); the other two stay pending",
    items={G1: "removed", G4: "removed", G2: "pending", G3: "pending"},
)

case(
    name="x-helpscout-angle-brackets",
    from_=X_FROM, name_from="X Legal",
    date="Wed, 11 Sep 2024 03:12:09 +0000",
    subject=f"Re: {XR} [Conversation #55102]",
    reply_to_req=mid(XR),
    body=f"""Hi there,

Thanks for reaching out about {XR}.

We have withheld the following post in South Korea in response to your
request: <{X1}>.

The post <{X3}> had already been deleted by the account holder before we
could review it.

Best,
Jordan
X Legal Support

---
Conversation #55102 · Reply to this email to continue the conversation.
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout conversation reply, URLs in angle brackets",
    why="one post withheld in Korea, one deleted by its author",
    items={X1: "restricted", X3: "not_found"},
)

case(
    name="x-url-line-below-statement",
    from_=X_FROM, name_from="X Legal",
    date="Fri, 13 Sep 2024 02:40:00 +0000",
    subject=f"Your legal request {XR}",
    body=f"""Hello,

We have reviewed the reported content ({XR}).

The following post has been withheld in the Republic of Korea:
{X2}

After review, we did not find this post to be in violation of the X Rules
or of Korean law, and we have taken no action:
{X3}

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome notice, statement with the URL on the next line",
    why="one withheld in KR, one refused with its reason",
    items={X2: "restricted", X3: "rejected"},
)

XQP = f"""Hi KCSC team,

We’ve actioned the reported posts as follows:

• {X1} — removed for violating our private information policy
• {X2} — withheld in KR only

The third post in your request is still under review.

Thanks,
X Legal Support
Ticket 2291847
"""
case(
    name="x-qp-bullets",
    from_=X_FROM, name_from="X Legal",
    date="Thu, 12 Sep 2024 08:15:33 +0000",
    subject=f"Update on your request {XR} [Ticket 2291847]",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(XQP)}""",
    outcome="applied", classification="confirmation",
    imitates="ticket update in quoted-printable with bullet lines and em-dash statuses",
    why="bullets: removed, withheld in KR; the third post is under review",
    items={X1: "removed", X2: "restricted", X3: "pending"},
)

case(
    name="x-zendesk-correction-latest-first",
    from_=X_FROM, name_from="X Legal",
    date="Fri, 20 Sep 2024 09:12:40 +0000",
    subject=f"[X Support] Re: {XR} - Request #2291847 updated",
    body=f"""{ZD_TOP}

Your request (#2291847) has been updated. To add additional comments,
reply to this email.


Dana (X Legal)

Sep 20, 2024, 09:12 UTC

Correction to my message of 13 September: after a second review with our
legal team we concluded that {X2} does not violate Korean law. The
withholding has been lifted and the post is available in Korea again.


Dana (X Legal)

Sep 13, 2024, 11:40 UTC

The post {X2} has been withheld in South Korea.

--------------------------------
[Ticket:2291847]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk notification with the newest comment first and the older comment under it",
    why="the newest comment corrects the older one: the post is judged lawful and available again (rejected)",
    items={X2: "rejected"},
)

case(
    name="naver-result-numbered-korean",
    from_=NV_FROM, name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 16:10:00 +0900",
    subject=f"[NAVER] 게시중단 요청({NV}) 처리 결과 안내",
    body=f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 {NV})에 대한 처리 결과를
아래와 같이 안내드립니다.

1. {N1}
   - 처리결과: 게시중단(삭제) 완료
2. {N3R}
   - 처리결과: 임시조치(접근 제한)
3. {N5}
   - 처리결과: 해당 게시물이 존재하지 않아 조치할 수 없습니다.

나머지 게시물은 검토가 완료되는 대로 다시 안내드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 게시중단 처리 결과 안내, numbered list with 처리결과 lines",
    why="삭제 완료 (removed), 임시조치 (restricted), 게시물 없음 (not_found); raw Korean cafe path",
    items={N1: "removed", N3: "restricted", N5: "not_found"},
)

case(
    name="naver-korean-particles",
    from_=NV_FROM, name_from="네이버 고객센터",
    date="Fri, 20 Sep 2024 11:25:00 +0900",
    subject=f"Re: [NAVER] 게시중단 요청({NV}) 추가 안내",
    reply_to_req=mid(NV),
    body=f"""안녕하세요. 네이버 고객센터입니다.

요청번호 {NV} 관련하여 추가로 안내드립니다.

{N1}은 블라인드 처리되었습니다.
{N4R}（카페 게시글）은 검토 결과 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.
「{N5}」의 경우, 작성자가 이미 삭제한 게시물입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up notice with URLs followed by Korean particles and full-width punctuation",
    why="블라인드 (removed), 위반 없음 게시 유지 (rejected), 작성자가 삭제 (not_found)",
    items={N1: "removed", N4: "rejected", N5: "not_found"},
)

N2H = N2.replace("&", "&amp;")
HTML20 = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>시정요구(요청번호 {NV})에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td><a href="{N2H}">{N2H}</a></td><td>삭제</td><td>2024-09-25</td></tr>
<tr><td>2</td><td><a href="{N3}">{N3R}</a></td><td>접속차단(국내)</td><td>2024-09-25</td></tr>
<tr><td>3</td><td><a href="{N4}">{N4R}</a></td><td>조치불가(위반사항 없음)</td><td>-</td></tr>
</table>
<p>문의사항이 있으시면 본 메일에 회신해 주시기 바랍니다.</p>
<p>네이버 정책지원팀</p>
</body></html>
"""
case(
    name="naver-base64-html-table",
    from_="policy@navercorp.com", name_from="NAVER 정책지원팀",
    date="Thu, 26 Sep 2024 10:00:00 +0900",
    subject=f"[회신] 시정요구 조치결과 ({NV})",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(HTML20)}""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 as a base64 HTML table",
    why="table: 삭제 (removed), 접속차단(국내) (restricted), 조치불가 위반 없음 (rejected)",
    items={N2: "removed", N3: "restricted", N4: "rejected"},
)

N2A, N2B = N2.split("223561239999&", 1)
case(
    name="naver-wrapped-postview-url",
    from_=NV_FROM, name_from="네이버 고객센터",
    date="Tue, 17 Sep 2024 15:02:00 +0900",
    subject=f"RE: {NV} 게시물 조치 요청",
    reply_to_req=mid(NV),
    body=f"""안녕하세요, 네이버 고객센터입니다.

요청하신 아래 블로그 게시물은 이용약관 위반으로 비공개 처리하였습니다.
{N2A}223561239999&
{N2B}

또한 {N5} 은(는)
작성자에 의해 이미 삭제된 게시물입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply from a desktop client that hard-wrapped a long PostView URL",
    why="the wrapped PostView URL was made private (removed); the KnowledgeiN post was deleted by its author (not_found)",
    items={N2: "removed", N5: "not_found"},
)

case(
    name="kakao-cafe-tistory-korean",
    from_=KK_FROM, name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 17:40:00 +0900",
    subject="[카카오] 문의하신 내용에 대한 답변입니다 (문의번호 2409-118834)",
    body=f"""안녕하세요. 카카오 고객센터입니다.

{KK} 요청 건에 대해 답변드립니다.

■ {K1}
 → 운영정책 위반으로 해당 게시글을 삭제 조치하였습니다.
■ {K2}
 → 확인 결과 작성자가 직접 삭제하여 현재 존재하지 않는 게시글입니다.

답변이 도움이 되셨나요?  [만족]  [불만족]

본 메일은 발신 전용입니다. 추가 문의는 고객센터를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 helpdesk answer (문의번호) with a satisfaction prompt",
    why="cafe post 삭제 (removed), Tistory post deleted by its author (not_found)",
    items={K1: "removed", K2: "not_found"},
)

case(
    name="kakao-english-age-gate",
    from_="trust-safety@kakaocorp.com", name_from="Kakao Trust & Safety",
    date="Thu, 19 Sep 2024 13:13:13 +0900",
    subject=f"Re: {KK} [Ticket KKO-77120]",
    reply_to_req=mid(KK),
    body=f"""Hello,

An update on ticket KKO-77120 for your request {KK}: the post
{K2} has been placed behind an adult (19+) age verification
gate and can no longer be viewed without signing in as a verified adult.

We are still reviewing the Daum Cafe post and will update this ticket when
we have a decision.

Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety ticket update from a Korean portal",
    why="Tistory post age-gated (restricted); the cafe post still under review",
    items={K2: "restricted", K1: "pending"},
)

case(
    name="kakao-jira-status-below",
    from_="jira-noreply@kakaocorp.com", name_from="Kakao 고객지원",
    date="Fri, 20 Sep 2024 10:05:00 +0900",
    subject=f"[JIRA] (KKO-SD-4410) 방심위 게시물 조치 요청 ({KK}) - 해결됨",
    body=f"""—— 이 줄 위에 답장을 작성하세요 ——

박지현님이 이 요청을 해결됨(으)로 변경했습니다.

KKO-SD-4410 | 방심위 게시물 조치 요청 ({KK})

박지현 님의 댓글:

처리 내역 공유드립니다.

{K1}
→ 게시중단

{K2}
→ 국내 접속 제한

요청 보기 · 알림 끄기
Jira Service Management 제공
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management resolved notification in Korean, bare URL with an arrow status below",
    why="게시중단 (removed), 국내 접속 제한 (restricted)",
    items={K1: "removed", K2: "restricted"},
)

case(
    name="discord-ts-removed-one-item",
    from_="safety@discord.com", name_from="Discord Trust & Safety",
    date="Mon, 16 Sep 2024 05:31:00 +0000",
    subject=f"Re: Your report [#3301957] {DC}",
    body=f"""Hi there,

We've reviewed the message you reported
({D1})
and removed it for violating our Community Guidelines. We've also taken
action on the account that posted it.

This ticket is now closed. If you have new information, reply to this
email and it will be reopened.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety report outcome, ticket closed",
    why="the one message removed",
    items={D1: "removed"},
)

# ---- review --------------------------------------------------------------

case(
    name="yt-escalated-promise",
    from_=YT_FROM, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 17:00:00 +0900",
    subject="[YouTube Legal] Request #4581123 updated",
    reply_to_req=mid(YT),
    body=f"""{ZD_TOP}

Your request (#4581123) has been updated. To add additional comments,
reply to this email.


Minseo (YouTube Legal Support)

Sep 10, 2024, 5:00 PM GMT+9

Thanks for the additional context. We have escalated the following videos
to our legal team for a local-law review:

{Y6}
{Y12}

If they are found to be unlawful in Korea, they will be blocked for
viewers there. We will get back to you when the review is finished.

--------------------------------
[Ticket:4581123]
""",
    outcome="review", review="not_understood",
    imitates="Zendesk ticket update announcing an escalation",
    why="escalation and a conditional promise ('will be blocked if found unlawful'): no statement",
    items={Y6: "pending", Y12: "pending"},
)

case(
    name="x-appears-already-removed",
    from_=X_FROM, name_from="X Legal",
    date="Tue, 10 Sep 2024 06:05:00 +0000",
    subject=f"Re: {XR}",
    reply_to_req=mid(XR),
    body=f"""Hi,

Thanks for your report {XR}. When we checked
{X3} it appeared that the post may already have been
removed, but we are confirming this with the team.

The two posts by @harbor_quill are still being reviewed.

Jordan
X Legal Support
""",
    outcome="review", review="not_understood",
    imitates="support agent's interim reply with a hedged observation",
    why="'appeared … may already have been removed' is a hedge; the rest is under review",
    items={X3: "pending", X1: "pending", X2: "pending"},
)

case(
    name="naver-under-review-conditional",
    from_=NV_FROM, name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 14:30:00 +0900",
    subject=f"[NAVER] 요청번호 {NV} 진행 상황 안내",
    body=f"""안녕하세요, 네이버 고객센터입니다.

요청번호 {NV} 건은 현재 담당 부서에서 검토 중입니다.
검토 결과 위반이 확인되는 경우 {N3R} 및 {N4R}
게시물에 대해 게시중단 조치할 예정입니다.

결과가 나오면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER 진행 상황 안내: under review with a conditional 게시중단 예정",
    why="검토 중 and 조치할 예정 (promise under a condition): no statement",
    items={N3: "pending", N4: "pending"},
)

case(
    name="x-all-withheld-bulk",
    from_=X_FROM, name_from="X Legal",
    date="Thu, 12 Sep 2024 01:20:00 +0000",
    subject=f"Re: Removal request {XR}",
    reply_to_req=mid(XR),
    body=f"""Hi,

We've withheld all of the posts listed in your request {XR} in South
Korea.

Thanks,
X Legal

On Thu, 5 Sep 2024 at 11:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal team,
>
> We request the removal of the following posts (reference {XR}):
>
{lines(XALL, '> ')}
>
> KCSC Takedown desk
""",
    outcome="review", review="bulk",
    imitates="one-line Gmail reply over the quoted request",
    why="'all of the posts' for a three-item request, URLs only in the quoted request",
    items={X1: "pending", X2: "pending", X3: "pending"},
)

case(
    name="naver-all-removed-bulk",
    from_=NV_FROM, name_from="네이버 고객센터",
    date="Thu, 19 Sep 2024 09:40:00 +0900",
    subject=f"[NAVER] {NV} 처리 완료 안내",
    reply_to_req=mid(NV),
    body=f"""안녕하세요, 네이버 고객센터입니다.

요청번호 {NV}로 요청하신 게시물 5건 모두 게시중단 조치를 완료하였습니다.

이용해 주셔서 감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 처리 완료 안내 naming only the count of posts",
    why="'5건 모두 게시중단' without naming each item of a five-item request",
    items={N1: "pending", N5: "pending"},
)

case(
    name="tg-dkim-fail",
    from_=TG_FROM, name_from="Telegram Abuse",
    auth="fail",
    date="Sun, 08 Sep 2024 22:10:00 +0900",
    subject=f"Case #884311 - {TG} resolved",
    body=f"""Hello,

Case #884311: the following posts were removed:
{G1}
{G2}

Telegram Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="abuse-desk result whose DKIM/SPF/DMARC checks failed",
    why="Telegram domain but authentication failed",
    items={G1: "pending", G2: "pending"},
)

case(
    name="kakao-zendesk-subdomain",
    from_="support@kakaohelp.zendesk.com", name_from="Kakao 고객센터",
    date="Tue, 17 Sep 2024 11:11:00 +0900",
    subject=f"[Kakao 고객센터] {KK} 처리 결과 (#60331)",
    body=f"""{ZD_TOP}

요청 (#60331) 처리 결과를 안내드립니다.

{K1} 게시글은 운영정책 위반으로 삭제되었습니다.
{K2} 게시글은 국내 접근이 제한되었습니다.

카카오 고객센터
""",
    outcome="review", review="unknown_sender",
    imitates="help-desk notification sent from the vendor's hosted subdomain instead of the platform's own domain",
    why="the sender domain (zendesk.com) is no platform's domain, even though it signs as Kakao",
    items={K1: "pending", K2: "pending"},
)

case(
    name="yt-internal-forward",
    from_="jaewon.lim@google.com", name_from="Jae-won Lim",
    date="Fri, 27 Sep 2024 10:44:00 +0900",
    subject=f"Fwd: Decision: {YT}",
    body=f"""Hi KCSC team,

Forwarding our legal team's reply on your request for your records.

Jae-won

---------- Forwarded message ---------
From: YouTube Legal Removals <legal-removals@google.com>
Date: Thu, 26 Sep 2024 at 18:02
Subject: Decision: {YT}
To: Jae-won Lim <jaewon.lim@google.com>

The following videos have been removed:
{Y2}
{Y1}

The video {Y6} remains available; no violation found.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="employee forwarding an internal decision in a Gmail 'Forwarded message' block",
    why="the statements are only inside a forwarded block; the forwarder states nothing himself",
    items={Y2: "pending", Y1: "pending", Y6: "pending"},
)

case(
    name="tg-asks-legal-basis",
    from_=TG_FROM, name_from="Telegram Abuse",
    date="Thu, 05 Sep 2024 15:00:00 +0900",
    subject=f"Re: {TG} [Case #884120]",
    reply_to_req=mid(TG),
    body=f"""Hello,

Regarding {TG}: before we can act on the four posts you reported, please
send us the legal basis for each item (the provision of Korean law it
breaches) and, where one exists, a copy of the decision ordering its
removal.

Once we receive this information we will review the posts.

Telegram Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="abuse-desk reply asking for the legal basis before acting",
    why="asks for more information; no statement about any item",
    items={G1: "pending", G3: "pending"},
)

case(
    name="discord-csat-survey",
    from_="noreply@discord.com", name_from="Discord Support",
    date="Wed, 18 Sep 2024 06:00:00 +0000",
    subject="How did we do? [#3301957]",
    body="""Hi there,

Your ticket #3301957 was recently closed. Would you take 30 seconds to tell
us how we did?

Rate your experience: https://support.discord.example/hc/survey/3301957

Thanks,
Discord Support
""",
    outcome="review", review="no_claims",
    imitates="help-desk satisfaction survey sent after a ticket closes",
    why="trusted platform mail that names no item and no request of ours",
    items={},
)

case(
    name="tg-predates-request",
    from_=TG_FROM, name_from="Telegram Abuse",
    date="Sun, 01 Sep 2024 13:00:00 +0900",
    subject="Case #883950 - resolved",
    body=f"""Hello,

Case #883950: the channel posts you reported on 28 August have been
removed:
{G3}
{G4}

Telegram Abuse Team
""",
    outcome="review", review="predates_request",
    imitates="abuse-desk result about an earlier report, dated before our request",
    why="dated 1 September, before request {0} was sent on 3 September".format(TG),
    items={G3: "pending", G4: "pending"},
)

# ---- ignored -------------------------------------------------------------

case(
    name="yt-zendesk-receipt",
    from_=YT_FROM, name_from="YouTube Legal Support",
    date="Mon, 02 Sep 2024 10:01:12 +0900",
    subject=f"[YouTube Legal] Request received: {YT} [#4581123]",
    reply_to_req=mid(YT),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""{ZD_TOP}

Your request (#4581123) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.


KCSC Takedown

Sep 2, 2024, 10:00 AM GMT+9

Dear YouTube Legal team,

We request the removal of the following 12 items (our reference {YT}):

{lines(YALL)}

KCSC Takedown desk

--------------------------------
[Ticket:4581123]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' receipt echoing our request",
    why="pure receipt; the URLs are only our own request echoed",
    items={},
)

case(
    name="tg-freshdesk-ack-echo-urls",
    from_="support@telegram.org", name_from="Telegram Support",
    date="Tue, 03 Sep 2024 09:31:40 +0900",
    subject=f"Ticket Received - {TG} [#88412]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Dear KCSC,

We have received your report and created ticket #88412.

Links in your report:
{lines(GALL)}

An agent will reply as soon as possible. You can reply to this email to
add information to the ticket.

Telegram Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk new-ticket auto-acknowledgement listing the reported links",
    why="ticket created, links echoed, nothing stated about them",
    items={},
)

case(
    name="x-out-of-office",
    from_="jreyes@x.com", name_from="Jordan Reyes",
    date="Fri, 06 Sep 2024 01:00:05 +0000",
    subject=f"Automatic reply: Removal request {XR}",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I'm out of the office until 16 September with limited access to email.

For urgent legal requests please write to legal@x.com.

Jordan
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office",
    items={},
)

DSN_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: policy-kr@navercorp.com
Subject: Reminder: {NV} - 5 items still pending
Date: Mon, 23 Sep 2024 10:00:00 +0900
Message-ID: <reminder-{NV}-1@kcsc.example>
Content-Type: text/plain; charset=utf-8

This is a reminder about our request {NV}. The following items are
still pending:

{lines([N1, N2, N3, N4, N5])}
"""
case(
    name="naver-dsn-reminder-bounce",
    from_="MAILER-DAEMON@mx3.navercorp.com", name_from="Mail Delivery System",
    date="Mon, 23 Sep 2024 10:00:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-55aa"

--dsn-55aa
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx3.navercorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-kr@navercorp.com>: host mx3.navercorp.com said: 550 5.1.1
    <policy-kr@navercorp.com>: Recipient address rejected: User unknown

--dsn-55aa
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.navercorp.com
Arrival-Date: Mon, 23 Sep 2024 10:00:05 +0900

Final-Recipient: rfc822; policy-kr@navercorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-55aa
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

{DSN_ORIG}
--dsn-55aa--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN for our reminder, original reminder attached",
    why="delivery failure report; the URLs are only in our returned reminder",
    items={},
)

case(
    name="kakao-mdn",
    from_="hj.seo@kakaocorp.com", name_from="서현주",
    date="Thu, 12 Sep 2024 09:02:00 +0900",
    subject=f"읽음: {KK} 게시물 조치 요청",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-3c"

--mdn-3c
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메시지를 읽었습니다.

받는 사람: hj.seo@kakaocorp.com
제목: {KK} 게시물 조치 요청
읽은 시간: 2024-09-12 09:01

--mdn-3c
Content-Type: message/disposition-notification

Reporting-UA: kakaocorp.com; Mail Client
Final-Recipient: rfc822; hj.seo@kakaocorp.com
Original-Message-ID: <{mid(KK)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-3c--
""",
    outcome="ignored", classification="read_receipt",
    imitates="message disposition notification (read receipt) in Korean",
    why="read receipt",
    items={},
)

case(
    name="naver-korean-auto-reply",
    from_="seoyeon.kim@navercorp.com", name_from="김서연",
    date="Tue, 10 Sep 2024 08:00:30 +0900",
    subject=f"[자동회신] Re: {NV} 게시물 조치 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요.

9월 9일부터 9월 13일까지 휴가로 부재중입니다.
급한 건은 policy@navercorp.com 으로 연락 부탁드립니다.
복귀 후 회신드리겠습니다.

김서연 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동회신",
    why="out-of-office",
    items={},
)

case(
    name="kakao-jira-received-korean",
    from_="jira-noreply@kakaocorp.com", name_from="Kakao 고객지원",
    date="Wed, 11 Sep 2024 14:05:00 +0900",
    subject=f"[JIRA] (KKO-SD-4410) 방심위 게시물 조치 요청 ({KK}) - 접수",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""—— 이 줄 위에 답장을 작성하세요 ——

요청이 접수되었습니다.

KKO-SD-4410 | 방심위 게시물 조치 요청 ({KK})

담당자가 확인한 후 이 요청에 답변드리겠습니다.
이 이메일에 회신하시면 요청에 댓글이 추가됩니다.

요청 보기 · 알림 끄기
Jira Service Management 제공
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request received' notification in Korean",
    why="pure receipt",
    items={},
)


HEADER = """# Blind set 452 (ticket systems and threads). Written by make.py from the
# case list; expected results were written from each email's meaning alone,
# before any run of the reader. See NOTES.md."""


def main():
    write_requests()
    for c in cases:
        c["from"] = c.pop("from_")
        # Non-ASCII display names and subjects as RFC 2047 encoded-words,
        # as real mail clients and help desks send them.
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
