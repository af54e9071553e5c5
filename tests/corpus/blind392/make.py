#!/usr/bin/env python3
"""Blind set 392: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved and
closed tickets, follow-ups in the same thread, replies to our reminders,
partial answers and forwarded mail. Every email is fictional and written
in our own sentences; expected results were written from each email's
meaning alone, before the reader was ever run on this set.

    python3 tests/corpus/blind392/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import datetime
import io
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind392"

# ---------------------------------------------------------------- requests
REQ = {
    "x": ("KCSC-240902-31", "x", "2024-09-02", "2024-09-09", "req-240902-31@kcsc.example"),
    "tg": ("KCSC-240903-32", "telegram", "2024-09-03", "2024-09-10", "req-240903-32@kcsc.example"),
    "yt": ("KCSC-240904-33", "youtube", "2024-09-04", "2024-09-11", "req-240904-33@kcsc.example"),
    "nv": ("KCSC-240905-34", "naver", "2024-09-05", "2024-09-12", "req-240905-34@kcsc.example"),
    "kk": ("KCSC-240906-35", "kakao", "2024-09-06", "2024-09-13", "req-240906-35@kcsc.example"),
    "tt": ("KCSC-240909-36", "tiktok", "2024-09-09", "2024-09-16", "req-240909-36@kcsc.example"),
    "ys": ("KCSC-240910-37", "youtube", "2024-09-10", "2024-09-17", "req-240910-37@kcsc.example"),
}

X = [None,
     "https://x.com/grayfinch_kr/status/1830011122233344401",
     "https://x.com/grayfinch_kr/status/1830011122233344402",
     "https://x.com/moonlit_depot/status/1830022233344455503",
     "https://x.com/moonlit_depot/status/1830022233344455514",
     "https://x.com/tidepool_88/status/1830033344455566605",
     "https://x.com/tidepool_88/status/1830033344455566616",
     "https://x.com/tidepool_88/status/1830033344455566627",
     "https://x.com/northgate_sale/status/1830044455566677708",
     "https://x.com/northgate_sale/status/1830044455566677719",
     "https://x.com/pinecone_mkt",
     "https://x.com/quietmarlin/status/1830055566677788810",
     "https://x.com/quietmarlin/status/1830055566677788821",
     "https://x.com/ashen_kite/status/1830066677788899912",
     "https://x.com/ashen_kite/status/1830066677788899923"]
TG = [None,
      "https://t.me/harborlights_kr/2210",
      "https://t.me/harborlights_kr/2214",
      "https://t.me/saltwind_trade/415",
      "https://t.me/greyowl_chat/88"]
YT = [None,
      "https://www.youtube.com/watch?v=Qm3vT8xLp2A",
      "https://www.youtube.com/watch?v=Zr7Ka1NwE5c",
      "https://www.youtube.com/@lanternfox_tv"]
NV = [None,
      "https://blog.naver.com/mintriver77/223561100201",
      "https://blog.naver.com/mintriver77/223561100388",
      "https://cafe.naver.com/seoulfleamkt/88214",
      "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471122334",
      "https://blog.naver.com/PostView.naver?blogId=haneul_tea&logNo=223560098765"]
K1_RAW = "https://seaglass.tistory.com/entry/중고-거래-안내"
KK = [None,
      "https://seaglass.tistory.com" + urllib.parse.quote("/entry/중고-거래-안내"),
      "https://cafe.daum.net/bluecompass/K7fq/1093",
      "https://seaglass.tistory.com/58"]
TT = [None,
      "https://www.tiktok.com/@dawnriver.kr/video/7409911122233344455",
      "https://www.tiktok.com/@dawnriver.kr/video/7409911122233344466"]
YS = [None, "https://www.youtube.com/shorts/Hk2Pw9sLd4M"]

ITEMS = {"x": X, "tg": TG, "yt": YT, "nv": NV, "kk": KK, "tt": TT, "ys": YS}
CATEGORY = {"x": "drugs", "tg": "drugs", "yt": "gambling", "nv": "privacy",
            "kk": "fraud", "tt": "obscenity", "ys": "gambling"}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for key, (ref, plat, sent, due, mid) in REQ.items():
        for i, url in enumerate(ITEMS[key][1:], 1):
            w.writerow([ref, plat, sent, due, url, CATEGORY[key], mid,
                        "blind392 item %d of %d" % (i, len(ITEMS[key]) - 1)])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def d(day, hh=10, mm=0, ss=0):
    t = datetime.datetime(2024, 9, day, hh, mm, ss)
    return t.strftime("%a, %d %b 2024 %H:%M:%S +0900")


def quote(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


def request_text(key, n=None):
    ref, plat, sent, due, _ = REQ[key]
    urls = ITEMS[key][1:] if n is None else ITEMS[key][1:n + 1]
    if key == "kk":
        urls = [K1_RAW] + urls[1:]
    out = ["[%s] Request for removal of illegal content / 불법정보 삭제 요청" % ref, "",
           "The Korea Communications Standards Commission asks you to remove or",
           "block the following content, which violates Korean law:", ""]
    out += ["%d. %s" % (i, u) for i, u in enumerate(urls, 1)]
    out += ["", "Please reply by %s stating what was done for each URL." % due,
            "KCSC Takedown Team"]
    return out


def reminder_text(key, idx, step, since):
    ref = REQ[key][0]
    urls = [ITEMS[key][i] for i in idx]
    out = ["[%s] Reminder %d / %d차 재요청" % (ref, step, step), "",
           "%d of %d items of our request sent %s are still pending since %s:" % (
               len(urls), len(ITEMS[key]) - 1, REQ[key][2], since), ""]
    out += ["%d. %s" % (i, u) for i, u in enumerate(urls, 1)]
    out += ["", "Please tell us what you did for each URL above.", "KCSC Takedown Team"]
    return out


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def ew(text):
    """RFC 2047 encoded word for a non-ASCII header value."""
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


def all_pending(key):
    return {u: "pending" for u in ITEMS[key][1:]}


CASES = []


def case(**c):
    CASES.append(c)


# ================================================================== X (14)
case(name="x-zendesk-first-five-outcomes", date=d(6, 10, 14, 31),
     **{"from": "support@x.com"}, name_from="X Support",
     subject="[X Support] Re: KCSC-240902-31 removal request (Ticket #01938477)",
     reply_to_req="req-240902-31",
     extra_headers=["X-Mailer: Zendesk Mailer"],
     body=f"""
##- Please type your reply above this line -##

Your request (01938477) has been updated. To add additional comments, reply to this email.

Xavier R. (X Support)

Sep 6, 2024, 10:14 KST

Hello,

Thank you for contacting X about request KCSC-240902-31. We have finished
reviewing the first five posts of your report. Our outcomes:

{X[1]} - removed for violating the X Rules
{X[2]} - removed for violating the X Rules
{X[3]} - withheld in South Korea in response to your legal demand
{X[4]} - no violation of the X Rules found; no action taken
{X[5]} - we could not locate this post

We are still reviewing the remaining posts and will follow up in this ticket.

To learn how we handle legal demands, see https://help.x.com/en/rules-and-policies/legal-request-faq

Regards,
X Support

--------------------------------
This email is a service from X Support.
[8Q2M-7ZKP]
""",
     outcome="applied", classification="confirmation",
     imitates="Zendesk 'Your request has been updated' agent comment (X Support) listing outcomes per URL",
     why="trusted X ticket update: five URLs each with an unhedged outcome; help link is not an item",
     items={X[1]: "removed", X[2]: "removed", X[3]: "restricted", X[4]: "rejected", X[5]: "not_found"})

case(name="x-helpscout-followup-over-quoted-earlier-reply", date=d(9, 16, 40, 2),
     **{"from": "support@x.com"}, name_from="X Support",
     subject="Re: KCSC-240902-31 removal request (Ticket #01938477)",
     reply_to_req="req-240902-31",
     body=f"""
Hello again,

Following up on the remaining posts in KCSC-240902-31:

- {X[6]} : removed (violent and illegal goods content)
- {X[7]} : removed (violent and illegal goods content)
- {X[8]} : withheld in KR

We will update you on the rest shortly.

Xavier R.
X Support

On Fri, Sep 6, 2024 at 10:14 AM, X Support <support@x.com> wrote:
> Hello,
>
> Thank you for contacting X about request KCSC-240902-31. We have finished
> reviewing the first five posts of your report. Our outcomes:
>
> {X[1]} - removed for violating the X Rules
> {X[2]} - removed for violating the X Rules
>
> Regards,
> X Support
""",
     outcome="applied", classification="confirmation",
     imitates="Help Scout-style follow-up in the same thread, top-posted over the agent's own earlier reply",
     why="three new outcomes above the quote; the two posts in the quoted earlier reply change nothing in this email",
     items={X[6]: "removed", X[7]: "removed", X[8]: "restricted", X[1]: "pending", X[2]: "pending"})

case(name="x-reply-to-reminder-partial", date=d(12, 11, 3, 45),
     **{"from": "legal@x.com"}, name_from="X Legal",
     subject="Re: [KCSC-240902-31] Reminder 1: 6 of 14 items still pending since 2024-09-09 / 1차 재요청",
     reply_to_req="reminder.KCSC-240902-31.1",
     body=f"""
Hi KCSC team,

Apologies for the delay. Here is where we are on three of the posts in your reminder.

{X[9]}
Removed - violation of our illegal or certain regulated goods policy.

{X[10]}
Account suspended.

{X[11]}
Reviewed, no violation found. The post remains available on X.

The other posts in your list (quietmarlin and ashen_kite) are still with our team.

Best,
M. Okafor
X Legal Operations

On Wed, Sep 11, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(reminder_text("x", [9, 10, 11, 12, 13, 14], 1, "2024-09-09"))}
""",
     outcome="applied", classification="confirmation",
     imitates="legal-desk reply to a regulator's reminder, URL on one line and its outcome on the next, reminder quoted below",
     why="three items answered above the quote (suspended account = removed); the rest 'still with our team' stay pending",
     items={X[9]: "removed", X[10]: "removed", X[11]: "rejected",
            X[12]: "pending", X[13]: "pending", X[14]: "pending"})

_x_csv = f"""url,status
{X[12]},Removed
{X[13]},Withheld in South Korea
{X[14]},Content not found
"""
case(name="x-reminder-csv-filled-back", date=d(17, 9, 21, 0),
     **{"from": "legal@x.com"}, name_from="X Legal",
     subject="RE: [KCSC-240902-31] Reminder 2: 3 of 14 items still pending since 2024-09-09 / 2차 재요청",
     reply_to_req="reminder.KCSC-240902-31.2",
     raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_b392_xcsv"

--=_b392_xcsv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

We have filled in the status sheet you attached to your reminder for
KCSC-240902-31. It is attached to this reply.

Regards,
X Legal Operations

--=_b392_xcsv
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-31-pending.csv"
Content-Disposition: attachment; filename="KCSC-240902-31-pending.csv"
Content-Transfer-Encoding: base64

{b64(_x_csv)}
--=_b392_xcsv--
""",
     outcome="applied", classification="confirmation",
     imitates="platform returning the reminder's url,status CSV filled in (base64 attachment)",
     why="trusted X reply to our reminder; the CSV gives one status per URL",
     items={X[12]: "removed", X[13]: "restricted", X[14]: "not_found"})

case(name="x-gmail-top-posted-over-request", date=d(4, 8, 52, 10),
     **{"from": "dwhitlock@x.com"}, name_from="Dana Whitlock",
     subject="Re: [KCSC-240902-31] Request for removal of illegal content / 불법정보 삭제 요청",
     reply_to_req="req-240902-31",
     body=f"""
Hi,

Both {X[13]} and
{X[14]} were taken down this morning.
I'll come back to you on the rest of the list separately.

Dana

On Mon, Sep 2, 2024 at 5:12 PM KCSC Takedown <takedown@kcsc.example> wrote:

{quote(request_text("x"))}
""",
     outcome="applied", classification="confirmation",
     imitates="short Gmail top-posted reply by a platform employee over the regulator's quoted request",
     why="two items named above the quote are taken down; the fourteen URLs in the quoted request change nothing",
     items={X[13]: "removed", X[14]: "removed", X[1]: "pending", X[5]: "pending"})

case(name="x-outlook-bare-url-status-below", date=d(5, 14, 5, 0),
     **{"from": "legalops@x.com"}, name_from="Ji-woo Han",
     subject="RE: [KCSC-240902-31] Request for removal of illegal content / 불법정보 삭제 요청",
     reply_to_req="req-240902-31",
     body=f"""
Hello,

Please see our actions on the first items of your request below.

{X[1]}
Status: Removed

{X[2]}
Status: Withheld in KR

{X[3]}
Status: No violation found

Kind regards,
Ji-woo Han
Legal Operations, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 5:12 PM
To: legal@x.com
Subject: [KCSC-240902-31] Request for removal of illegal content / 불법정보 삭제 요청

{chr(10).join(request_text("x"))}
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook reply with 'Status:' line under each bare URL, original request below -----Original Message-----",
     why="three URLs with statuses above the original message; the request's own list below changes nothing",
     items={X[1]: "removed", X[2]: "restricted", X[3]: "rejected", X[4]: "pending"})

case(name="x-jira-request-resolved", date=d(10, 18, 30, 12),
     **{"from": "tsdesk@x.com"}, name_from="X Trust & Safety Desk",
     subject="TSD-4471 KCSC-240902-31: removal request",
     reply_to_req="req-240902-31",
     extra_headers=["Auto-Submitted: auto-generated"],
     body=f"""
—-—-—-—
Reply above this line.

Priya N. resolved this as Done.

Hello, we have completed the work on your request:

1. {X[5]} - Removed
2. {X[6]} - Removed
3. {X[8]} - Removed
4. {X[9]} - Not found (deleted by its author before our review)

View request · Turn off this request's notifications

This is shared with KCSC Takedown.

TSD-4471 KCSC-240902-31: removal request
Sent on September 10, 2024 6:30:12 PM KST
""",
     outcome="applied", classification="confirmation",
     imitates="Jira Service Management 'resolved this as Done' customer notification with the agent's comment",
     why="numbered list, each URL with an unhedged outcome; a post deleted by its author is not_found",
     items={X[5]: "removed", X[6]: "removed", X[8]: "removed", X[9]: "not_found"})

case(name="x-solved-ticket-with-survey-links", date=d(13, 9, 2, 40),
     **{"from": "support@x.com"}, name_from="X Support",
     subject="[X Support] Your ticket #01938477 has been solved",
     reply_to_req="req-240902-31",
     body=f"""
Hello,

Your ticket #01938477 (KCSC-240902-31) has been marked as solved.

Last comment from our team:

  The account {X[10]} has been permanently suspended.
  The post {X[11]} is now withheld in South Korea.

How would you rate the support you received?
Good, I'm satisfied: https://support.x.com/satisfaction/01938477/good?token=Hq7
Bad, I'm unsatisfied: https://support.x.com/satisfaction/01938477/bad?token=Hq7

Learn more about our rules: https://help.x.com/en/rules-and-policies/x-rules

If you reply to this email, your ticket will be reopened.
""",
     outcome="applied", classification="confirmation",
     imitates="Zendesk 'your ticket has been solved' notice with the last agent comment and satisfaction-survey links",
     why="two named items with unhedged outcomes (suspended account = removed); survey and rules links are not items",
     items={X[10]: "removed", X[11]: "restricted"})

case(name="x-zendesk-receipt", date=d(2, 17, 14, 5),
     **{"from": "support@x.com"}, name_from="X Support",
     subject="[X Support] Re: KCSC-240902-31 removal request (Ticket #01938477)",
     reply_to_req="req-240902-31",
     extra_headers=["Auto-Submitted: auto-replied", "X-Mailer: Zendesk Mailer"],
     body="""
##- Please type your reply above this line -##

Your request (01938477) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

This email is a service from X Support.
[8Q2M-7ZKP]
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Zendesk default 'request received' notification",
     why="pure receipt: ticket number, no statement about any item",
     items={})

case(name="x-promise-will-be-removed", date=d(11, 15, 20, 0),
     **{"from": "support@x.com"}, name_from="X Support",
     subject="[X Support] Re: KCSC-240902-31 removal request (Ticket #01938477)",
     reply_to_req="req-240902-31",
     body=f"""
##- Please type your reply above this line -##

Your request (01938477) has been updated.

Xavier R. (X Support)

Hello,

Thanks for your patience. Our team has confirmed that the posts below break
our rules, and they will be removed within the next 24 hours:

{X[12]}
{X[13]}

We'll let you know once this is complete.

X Support
""",
     outcome="review", review="not_understood", classification="confirmation",
     imitates="Zendesk agent comment announcing a removal to come",
     why="'will be removed' is a promise, not a statement: named items stay pending",
     items={X[12]: "pending", X[13]: "pending"})

case(name="x-bulk-all-reported-removed", date=d(14, 10, 0, 0),
     **{"from": "legal@x.com"}, name_from="X Legal",
     subject="Re: [KCSC-240902-31] Request for removal of illegal content / 불법정보 삭제 요청",
     reply_to_req="req-240902-31",
     body="""
Hello,

We have completed our review of request KCSC-240902-31. All of the reported
posts and accounts have been removed from X.

Thank you,
X Legal Operations
""",
     outcome="review", review="bulk", classification="confirmation",
     imitates="legal-desk closing note stating one outcome for the whole request",
     why="one statement covering a 14-item request without naming any item: bulk review",
     items=all_pending("x"))

case(name="x-conflicting-field-and-comment", date=d(8, 13, 11, 0),
     **{"from": "support@x.com"}, name_from="X Support",
     subject="[X Support] Update on ticket #01938511 (KCSC-240902-31)",
     reply_to_req="req-240902-31",
     body=f"""
##- Please type your reply above this line -##

Ticket #01938511 - summary
Reported URL: {X[4]}
Action taken: Content removed

Comment from Xavier R. (X Support):

Hello, after reviewing {X[4]} we found no violation of the X Rules
or of local law, and we have not taken action on it.

X Support
""",
     outcome="review", review="conflicting_statements", classification="confirmation",
     imitates="ticket notification whose templated 'Action taken' field contradicts the agent's comment",
     why="the same URL is said to be removed and not actioned in one email; a clerk would ask",
     items={X[4]: "pending"})

case(name="x-ticket-closed-inactivity", date=d(18, 3, 0, 0),
     **{"from": "support@x.com"}, name_from="X Support",
     subject="[X Support] Ticket #01938477 closed: KCSC-240902-31 removal request",
     reply_to_req="req-240902-31",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""
Hello,

We haven't heard back from you in a while, so your ticket #01938477
"KCSC-240902-31 removal request" has been closed.

If you still need help, reply to this email and the ticket will be reopened,
or visit https://help.x.com/forms.

X Support
""",
     outcome="review", review="not_understood",
     imitates="Zendesk automation closing an idle ticket",
     why="names our request but states nothing about any item and is no receipt: a clerk must check",
     items={})

# ================================================================ Telegram (4)
case(name="tg-case-outcome-angle-brackets", date=d(5, 21, 40, 0),
     **{"from": "dsa@telegram.org"}, name_from="Telegram",
     subject="Re: [KCSC-240903-32] Request for removal of illegal content",
     reply_to_req="req-240903-32",
     body=f"""
Hello,

Thank you for your report (Case #4481920, your reference KCSC-240903-32).
Our moderators have checked two of the links you sent.

<{TG[3]}> — this post has been removed.
<{TG[4]}> — we could not find this message; the link does not lead to any existing post.

The remaining links are still being checked.

— Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk reply with a case number, URLs in angle brackets",
     why="two URLs with unhedged outcomes; the rest 'still being checked' are not named",
     items={TG[3]: "removed", TG[4]: "not_found"})

case(name="tg-reply-to-reminder-schemeless", date=d(13, 22, 5, 0),
     **{"from": "dsa@telegram.org"}, name_from="Telegram",
     subject="Re: [KCSC-240903-32] Reminder 1: 2 of 4 items still pending since 2024-09-10 / 1차 재요청",
     reply_to_req="reminder.KCSC-240903-32.1",
     body=f"""
Hi,

Sorry for the wait. The posts t.me/harborlights_kr/2210 and
t.me/harborlights_kr/2214 have been deleted, together with the channel
that published them.

Telegram Abuse Team
Case #4481920

On 11 Sep 2024, at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(reminder_text("tg", [1, 2], 1, "2024-09-10"))}
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram reply to a reminder, links written without https://",
     why="both pending posts are named (schemeless) and said deleted",
     items={TG[1]: "removed", TG[2]: "removed"})

case(name="tg-hedged-appears-gone", date=d(7, 12, 30, 0),
     **{"from": "dsa@telegram.org"}, name_from="Telegram",
     subject="Re: [KCSC-240903-32] Request for removal of illegal content",
     reply_to_req="req-240903-32",
     body=f"""
Hello,

We looked at {TG[1]} and it appears that the message is no longer available.
We will check {TG[2]} as well and get back to you.

Telegram Abuse Team
""",
     outcome="review", review="not_understood", classification="confirmation",
     imitates="Telegram abuse-desk interim reply",
     why="'appears ... no longer available' is a hedge and 'will check' a promise: nothing to apply",
     items={TG[1]: "pending", TG[2]: "pending"})

case(name="tg-out-of-office", date=d(4, 9, 1, 0),
     **{"from": "l.brandt@telegram.org"}, name_from="Lena Brandt",
     subject="Automatic reply: [KCSC-240903-32] Request for removal of illegal content",
     reply_to_req="req-240903-32",
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""
Thank you for your message. I am out of the office until 16 September with
limited access to email. For abuse matters please write to abuse@telegram.org;
your message has not been forwarded.

Lena Brandt
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook out-of-office reply from a platform employee",
     why="automatic out-of-office reply",
     items={})

case(name="tg-forwarded-moderation-note", date=d(9, 11, 45, 0),
     **{"from": "m.sorin@telegram.org"}, name_from="Mikhail Sorin",
     subject="Fwd: KCSC-240903-32 - moderation outcome",
     body=f"""
Hello KCSC team,

Forwarding our moderation team's note below, FYI.

Mikhail

---------- Forwarded message ---------
From: Moderation Queue <modq@telegram.org>
Date: Mon, Sep 9, 2024 at 10:02 AM
Subject: KCSC-240903-32
To: Mikhail Sorin <m.sorin@telegram.org>

Checked the links of KCSC-240903-32.
{TG[3]} removed.
{TG[4]} removed.
""",
     outcome="review", review="forwarded", classification="forwarded",
     imitates="platform employee forwarding an internal moderation note (Gmail 'Forwarded message' block)",
     why="the statements are inside a forwarded block, not written by the sender to us: a clerk reviews",
     items={TG[3]: "pending", TG[4]: "pending"})

# ================================================================ YouTube (3 + 1)
case(name="yt-legal-blocked-kr-and-no-action", date=d(9, 19, 12, 0),
     **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
     subject="Re: [KCSC-240904-33] Request for removal of illegal content [2-1187400033]",
     reply_to_req="req-240904-33",
     body=f"""
Hello,

Thanks for reaching out to us. Your reference: KCSC-240904-33.

After reviewing your request, we have blocked the following content from
view on YouTube in South Korea, on the basis of local law:

{YT[1]}

We have decided not to take action on the content below, as we did not find
it to violate local law or our Community Guidelines:

{YT[2]}

Regards,
The YouTube Legal Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal-removal outcome: 'blocked from view in [country]' and 'decided not to take action'",
     why="statement line then URL below: one restricted in Korea, one refused; the channel is not spoken about",
     items={YT[1]: "restricted", YT[2]: "rejected"})

case(name="yt-update-removed-terminated-rest-under-review", date=d(11, 8, 5, 0),
     **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
     subject="Update on your YouTube legal request [2-1187400033]",
     reply_to_req="req-240904-33",
     body=f"""
Hi there,

An update on your request KCSC-240904-33.

The following video was removed for violating YouTube's Community Guidelines:
{YT[2]}

The following channel has been terminated:
{YT[3]}

The other URL in your request is still under review.

Best,
YouTube Legal Team
""",
     outcome="applied", classification="confirmation",
     imitates="Google support-ticket update per URL, statement on the line above each URL",
     why="video removed, channel terminated (removed); the third URL is not named and stays pending",
     items={YT[2]: "removed", YT[3]: "removed", YT[1]: "pending"})

case(name="yt-echoed-report-fields", date=d(12, 10, 40, 0),
     **{"from": "noreply-legal@google.com"}, name_from="Google Legal Support",
     subject="Your request [2-1187400033] has been processed",
     body=f"""
Hello,

We have processed your legal request. Below is a summary of what you reported
and what we did.

Request summary
---------------
Reference: KCSC-240904-33
Submitted by: Korea Communications Standards Commission

Reported URL 1: {YT[1]}
Outcome: Content removed - Community Guidelines (spam and deceptive practices)

Reported URL 2: {YT[3]}
Outcome: No action - this channel does not violate our policies

Reported URL 3: {YT[2]}
Outcome: Video unavailable - removed by the uploader before our review

You can check your requests at https://support.google.com/legal/dashboard

Google Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="Google legal webform outcome email echoing the submitted report fields",
     why="each echoed URL has an outcome line; removed by the uploader = not_found; dashboard link is not an item",
     items={YT[1]: "removed", YT[3]: "rejected", YT[2]: "not_found"})

case(name="yt-single-item-actioned-no-url", date=d(13, 16, 0, 0),
     **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
     subject="Re: [KCSC-240910-37] Request for removal of illegal content",
     reply_to_req="req-240910-37",
     body="""
Hello,

We are writing to let you know that the content identified in your request
KCSC-240910-37 has been actioned under our policies.

Kind regards,
YouTube Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube 'has been actioned under our policies' closing reply",
     why="one-item request; an unhedged statement about 'the content' of that request applies to its one URL",
     items={YS[1]: "removed"})

case(name="yt-shorts-age-restricted", date=d(12, 14, 15, 0),
     **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
     subject="Re: [KCSC-240910-37] Request for removal of illegal content",
     reply_to_req="req-240910-37",
     body=f"""
Hello,

Following our review, we have age-restricted {YS[1]}.
Viewers now have to be signed in and over 18 to watch it.

Kind regards,
YouTube Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube age-restriction decision",
     why="age-restricted is restricted",
     items={YS[1]: "restricted"})

_mdn = """
Content-Type: multipart/report; report-type=disposition-notification; boundary="=_b392_mdn"

--=_b392_mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

This is a receipt for the mail you sent to legal-kr@google.com at 04/09/2024 17:20.

This receipt verifies that the message has been displayed on the recipient's
computer. There is no guarantee that the content has been read or understood.

--=_b392_mdn
Content-Type: message/disposition-notification

Reporting-UA: legal-kr-gw.google.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <req-240904-33@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_b392_mdn--
"""
case(name="yt-read-receipt-mdn", date=d(5, 9, 33, 0),
     **{"from": "legal-kr@google.com"}, name_from="YouTube Legal KR",
     subject="Read: [KCSC-240904-33] Request for removal of illegal content",
     reply_to_req="req-240904-33",
     raw_mime=_mdn,
     outcome="ignored", classification="read_receipt",
     imitates="Outlook read receipt (RFC 8098 MDN)",
     why="a read receipt states nothing",
     items={})

case(name="yt-unmonitored-mailbox-autoreply", date=d(10, 17, 1, 0),
     **{"from": "no-reply@google.com"}, name_from="Google",
     subject="Re: [KCSC-240910-37] Request for removal of illegal content",
     reply_to_req="req-240910-37",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""
This mailbox is not monitored and your message has not been read.

To submit a legal request about content on YouTube, please use our webform:
https://support.google.com/legal/answer/3110420

This is an automated message.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Google 'this mailbox is not monitored' auto-response",
     why="automatic reply; the webform link is not an item",
     items={})

case(name="yt-says-x-links-not-ours", date=d(6, 15, 0, 0),
     **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
     subject="Re: [KCSC-240902-31] Request for removal of illegal content / 불법정보 삭제 요청",
     reply_to_req="req-240902-31",
     body=f"""
Hello,

We received your message in copy. The URLs below are not hosted on YouTube
or any other Google service, so there is no content for us to remove:

{X[13]}
{X[14]}

Please contact the service that hosts them.

YouTube Legal Support
""",
     outcome="review", review="wrong_platform", classification="confirmation",
     imitates="Google reply declining URLs of another service",
     why="Google speaks about X's items; only X can state their status",
     items={X[13]: "pending", X[14]: "pending"})

# ================================================================ NAVER (5)
case(name="naver-customer-centre-answer", date=d(9, 14, 20, 0),
     **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
     subject=ew("[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (KCSC-240905-34)"),
     reply_to_req="req-240905-34",
     body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(KCSC-240905-34)에 대한 처리 결과를 안내드립니다.

- {NV[1]} : 게시중단 완료
- {NV[2]} : 게시중단 완료
- {NV[3]} : 임시조치(30일)
- {NV[4]} : 작성자가 이미 삭제한 게시물입니다.

답변이 도움이 되셨는지 평가해 주세요: https://help.naver.com/survey/answer?no=88031245

본 메일은 발신 전용입니다. 추가 문의는 고객센터를 이용해 주세요.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 고객센터 '문의하신 내용에 대한 답변' with per-URL results",
     why="four URLs with results: 게시중단 removed, 임시조치 restricted, deleted by author not_found; survey link is not an item",
     items={NV[1]: "removed", NV[2]: "removed", NV[3]: "restricted", NV[4]: "not_found"})

_nv_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240905-34)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{NV[1]}</td><td>삭제</td><td>2024-09-10</td></tr>
<tr><td>2</td><td>{NV[2]}</td><td>블라인드</td><td>2024-09-10</td></tr>
<tr><td>3</td><td>{NV[3]}</td><td>해당 게시물 없음</td><td>-</td></tr>
<tr><td>4</td><td>{NV[4].replace("&", "&amp;")}</td><td>임시조치</td><td>2024-09-10</td></tr>
<tr><td>5</td><td>{NV[5].replace("&", "&amp;")}</td><td>조치 불가 (위법성이 확인되지 않음)</td><td>-</td></tr>
</table>
<p>네이버(주) 정책지원팀 드림</p>
</body></html>
"""
case(name="naver-siljeong-result-html-table", date=d(10, 17, 45, 0),
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
     subject="[회신] 시정요구 조치결과 (KCSC-240905-34)",
     reply_to_req="req-240905-34",
     raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_nv_html)}
""",
     outcome="applied", classification="confirmation",
     imitates="Korean 시정요구 조치결과 회신 HTML table (quoted-printable)",
     why="five rows: 삭제/블라인드 removed, 해당 게시물 없음 not_found, 임시조치 restricted, 조치 불가 rejected",
     items={NV[1]: "removed", NV[2]: "removed", NV[3]: "not_found", NV[4]: "restricted", NV[5]: "rejected"})

case(name="naver-partial-rest-under-review", date=d(11, 10, 10, 0),
     **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
     subject="RE: [KCSC-240905-34] 불법정보 삭제 요청",
     reply_to_req="req-240905-34",
     body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 게시물 중 일부에 대한 처리 결과를 먼저 안내드립니다.

{NV[5]} 게시물은 비공개 처리되었습니다.
{NV[3]} 게시물은 운영자 삭제 처리되었습니다.

나머지 게시물은 현재 검토 중이며, 검토가 완료되는 대로 다시 회신드리겠습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER partial answer: some results now, the rest 검토 중",
     why="two named posts 비공개/운영자 삭제 = removed; the unnamed rest stay pending",
     items={NV[5]: "removed", NV[3]: "removed"})

case(name="naver-wrapped-angle-url", date=d(12, 15, 30, 0),
     **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
     subject="RE: [KCSC-240905-34] 불법정보 삭제 요청",
     reply_to_req="req-240905-34",
     body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 지식iN 게시물
<https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&
docId=471122334> 은 국내 접근 제한 조치하였습니다.

또한 {NV[1]} 게시물은 삭제되었습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="plain-text reply wrapped by the mail client, long URL broken inside angle brackets",
     why="the wrapped URL in <...> is the kin.naver item (접근 제한 = restricted); the blog post is 삭제 = removed",
     items={NV[4]: "restricted", NV[1]: "removed"})

case(name="naver-fullwidth-parens-list", date=d(13, 11, 0, 0),
     **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
     subject="[네이버 고객센터] 요청하신 게시물 처리 결과 안내 (KCSC-240905-34)",
     reply_to_req="req-240905-34",
     body=f"""
안녕하세요. 네이버 고객센터입니다.
요청하신 게시물의 처리 결과는 아래와 같습니다.

1. {NV[2]}（삭제）
2. {NV[5]}（블라인드）
3. {NV[3]}（게시물 없음）

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER result list with full-width parentheses right after each URL",
     why="삭제 and 블라인드 are removed, 게시물 없음 not_found; the full-width brackets are not part of the URLs",
     items={NV[2]: "removed", NV[5]: "removed", NV[3]: "not_found"})

case(name="naver-auth-fail", date=d(10, 9, 0, 0),
     **{"from": "help@navercorp.com"}, name_from="네이버 고객센터", auth="fail",
     subject="[네이버 고객센터] 처리 결과 안내 (KCSC-240905-34)",
     reply_to_req="req-240905-34",
     body=f"""
안녕하세요. 네이버 고객센터입니다.

{NV[1]} : 삭제 완료
{NV[2]} : 삭제 완료

감사합니다.
""",
     outcome="review", review="untrusted", classification="confirmation",
     imitates="NAVER result notice failing DKIM/SPF/DMARC",
     why="navercorp.com sender failing authentication: nothing applied",
     items={NV[1]: "pending", NV[2]: "pending"})

case(name="naver-satisfaction-survey", date=d(14, 12, 0, 0),
     **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
     subject="[네이버 고객센터] 상담 만족도 조사에 참여해 주세요",
     body="""
안녕하세요. 네이버 고객센터입니다.

최근 고객센터를 이용해 주셔서 감사합니다.
더 나은 서비스를 위해 잠시 시간을 내어 만족도 조사에 참여해 주세요.

설문 참여하기: https://help.naver.com/survey/csat?id=5521907

본 메일은 발신 전용입니다.
""",
     outcome="review", review="no_claims",
     imitates="NAVER customer-centre satisfaction survey",
     why="trusted NAVER mail naming no item and no request",
     items={})

_bounce_orig = "\n".join(reminder_text("nv", [1, 2, 3, 4, 5], 1, "2024-09-12"))
case(name="naver-dsn-reminder-bounce", date=d(13, 9, 0, 30),
     **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
     subject="Undelivered Mail Returned to Sender",
     raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="=_b392_dsn"

--=_b392_dsn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<policy@navercorp.com>: host mx1.navercorp.com[203.0.113.25] said: 552 5.2.2
    Mailbox full (in reply to RCPT TO command)

--=_b392_dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Fri, 13 Sep 2024 09:00:12 +0900

Final-Recipient: rfc822; policy@navercorp.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx1.navercorp.com
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--=_b392_dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: policy@navercorp.com
Subject: [KCSC-240905-34] Reminder 1: 5 of 5 items still pending since 2024-09-12 / 1차 재요청
Message-ID: <reminder.KCSC-240905-34.1@kcsc.example>
In-Reply-To: <req-240905-34@kcsc.example>
Date: Fri, 13 Sep 2024 09:00:10 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{_bounce_orig}

--=_b392_dsn--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN for a reminder (mailbox full), the reminder attached",
     why="delivery failure report; the URLs are in our own returned reminder",
     items={u: "pending" for u in NV[1:]})

# ================================================================ Kakao (3)
case(name="kakao-tistory-korean-path-particle", date=d(10, 13, 20, 0),
     **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터",
     subject=ew("[카카오 고객센터] 문의 답변 안내 (KCSC-240906-35)"),
     reply_to_req="req-240906-35",
     body=f"""
안녕하세요. 카카오 고객센터입니다.
요청번호 KCSC-240906-35 건에 대한 처리 결과를 알려드립니다.

{K1_RAW} 게시글은 운영정책 위반으로 블라인드 처리되었습니다.
{KK[3]}은 작성자가 이미 삭제하여 존재하지 않는 게시글입니다.

다음 카페 게시글에 대해서는 별도로 안내드리겠습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao 고객센터 answer, raw Korean Tistory path and a particle glued to a URL",
     why="Korean-path post 블라인드 = removed; /58 (particle 은 attached) deleted by its author = not_found; Daum cafe post promised later, not named",
     items={KK[1]: "removed", KK[3]: "not_found"})

_kk_b64 = f"""안녕하세요, 다음 카페 운영팀입니다.

KCSC-240906-35 요청과 관련하여 아래와 같이 조치하였음을 알려드립니다.

- {KK[2]} : 국내 접속 차단
- {K1_RAW} : 게시중단

문의 사항이 있으시면 회신해 주십시오.
"""
case(name="kakao-daum-cafe-base64", date=d(11, 16, 0, 0),
     **{"from": "cafe-ops@daum.net"}, name_from="Daum 카페 운영팀",
     subject=ew("[Daum 카페] 조치 결과 안내 (KCSC-240906-35)"),
     reply_to_req="req-240906-35",
     raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_kk_b64)}
""",
     outcome="applied", classification="confirmation",
     imitates="Daum cafe operations notice, base64 body and encoded-word subject",
     why="국내 접속 차단 = restricted; 게시중단 = removed",
     items={KK[2]: "restricted", KK[1]: "removed"})

case(name="kakao-hedge-seems-deleted", date=d(9, 10, 30, 0),
     **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터",
     subject="RE: [KCSC-240906-35] 불법정보 삭제 요청",
     reply_to_req="req-240906-35",
     body=f"""
안녕하세요. 카카오 고객센터입니다.

확인 결과 {KK[2]} 게시글은 삭제된 것으로 보이며,
담당 부서 확인 후 다시 안내드리겠습니다.

감사합니다.
""",
     outcome="review", review="not_understood", classification="confirmation",
     imitates="Kakao interim answer with a hedged finding",
     why="'삭제된 것으로 보이며' is a hedge and the rest a promise: item stays pending",
     items={KK[2]: "pending"})

case(name="kakao-ticket-receipt-echo", date=d(6, 17, 2, 0),
     **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
     subject="[카카오 고객센터] 문의가 접수되었습니다 (접수번호 2409-0617-3387)",
     reply_to_req="req-240906-35",
     extra_headers=["Auto-Submitted: auto-replied"],
     body=f"""
안녕하세요. 카카오 고객센터입니다.
고객님의 문의가 정상적으로 접수되었습니다.

접수번호: 2409-0617-3387
접수일시: 2024-09-06 17:02

[접수 내용]
제목: [KCSC-240906-35] 불법정보 삭제 요청
1. {K1_RAW}
2. {KK[2]}
3. {KK[3]}

답변은 순차적으로 진행되며, 영업일 기준 3~5일이 소요될 수 있습니다.
본 메일은 발신 전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Kakao help-centre automatic receipt echoing the submitted text",
     why="receipt with ticket number; the URLs are only our own request echoed back",
     items={KK[1]: "pending", KK[2]: "pending", KK[3]: "pending"})

# ================================================================ TikTok (2)
_tt_html = f"""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>The status of your ticket <b>#88213</b> (KCSC-240909-36) has been changed to <b>Resolved</b>.</p>
<table border="1" cellspacing="0" cellpadding="6">
<thead><tr><th>Reported content</th><th>Action</th></tr></thead>
<tbody>
<tr><td><a href="{TT[1]}">{TT[1]}</a></td><td>Removed - violates Community Guidelines</td></tr>
<tr><td><a href="{TT[2]}">{TT[2]}</a></td><td>Restricted in your country/region</td></tr>
</tbody></table>
<p>You can view this ticket at <a href="https://tiktok-legal.example-desk.com/support/tickets/88213">our support portal</a>.</p>
<p>TikTok Law Enforcement &amp; Government Outreach</p>
</body></html>
"""
case(name="tiktok-freshdesk-html-resolved", date=d(12, 20, 10, 0),
     **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
     subject="Ticket #88213 status changed to Resolved",
     reply_to_req="req-240909-36",
     raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_tt_html)}
""",
     outcome="applied", classification="confirmation",
     imitates="Freshdesk 'ticket status changed to Resolved' HTML notification with a result table",
     why="HTML table: one video removed, one restricted in Korea; the portal link is not an item",
     items={TT[1]: "removed", TT[2]: "restricted"})

case(name="tiktok-zendesk-removed-and-kept", date=d(13, 18, 45, 0),
     **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
     subject="[TikTok] Re: KCSC-240909-36 - Request #5512093",
     reply_to_req="req-240909-36",
     body=f"""
##- Please type your reply above this line -##

Hello,

Thanks for your patience while we reviewed your request.

We removed {TT[1]} because it violates our Community Guidelines.

We reviewed {TT[2]} and found that it does not violate our Community
Guidelines or local law, so it will remain on TikTok.

Regards,
TikTok Legal Team
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok legal team ticket reply: one removal, one refusal with its reason",
     why="removed and rejected ('will remain' follows an unhedged finding of no violation)",
     items={TT[1]: "removed", TT[2]: "rejected"})

case(name="tiktok-receipt-plus-result", date=d(10, 9, 40, 0),
     **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
     subject="[TikTok] Re: KCSC-240909-36 - Request #5512093",
     reply_to_req="req-240909-36",
     body=f"""
Hello,

Thank you for your report. We have received it under request #5512093.

Our team has already reviewed the first video you reported,
{TT[1]}, and it has been removed from TikTok.

We'll be in touch about the other video.

TikTok Legal Team
""",
     outcome="applied", classification="confirmation",
     imitates="ticket receipt that already carries the first result",
     why="acknowledgement wording plus an unhedged removal of a named video is not a receipt",
     items={TT[1]: "removed"})

case(name="tiktok-request-received", date=d(9, 18, 1, 0),
     **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
     subject="[TikTok] Request #5512093 received: KCSC-240909-36",
     reply_to_req="req-240909-36",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""
Thanks for contacting TikTok.

We've received your request (#5512093) and a member of our team will get
back to you as soon as possible. Replies to this email are added to your
request, so there is no need to open a new one.

TikTok Legal Team
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Zendesk/Freshdesk 'we've received your request' auto-acknowledgement",
     why="pure receipt",
     items={})

case(name="tiktok-zendesk-hosted-sender", date=d(12, 21, 0, 0),
     **{"from": "support@tiktokglobal.zendesk.com"}, name_from="TikTok Support",
     subject="[TikTok] Re: KCSC-240909-36 - Request #5512093",
     reply_to_req="req-240909-36",
     body=f"""
##- Please type your reply above this line -##

Hello,

We have removed {TT[1]} for violating our Community Guidelines.

TikTok Support
""",
     outcome="review", review="unknown_sender", classification="confirmation",
     imitates="ticket notification sent from the help-desk vendor's domain rather than the platform's",
     why="zendesk.com is not a TikTok sender domain: a clerk confirms before recording",
     items={TT[1]: "pending"})

case(name="tiktok-asks-legal-basis", date=d(11, 11, 30, 0),
     **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
     subject="[TikTok] Re: KCSC-240909-36 - Request #5512093",
     reply_to_req="req-240909-36",
     body=f"""
##- Please type your reply above this line -##

Hello,

To process request KCSC-240909-36 we need more information. For each of
the videos below, please tell us which provision of Korean law it violates
and send a copy of the Commission's decision:

{TT[1]}
{TT[2]}

Once we have this, we will continue our review. If we do not hear from you
within 14 days, this request will be closed.

TikTok Legal Team
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="ticket reply asking for the legal basis and the decision before review",
     why="the platform asks us for documents; both videos stay pending",
     items={TT[1]: "pending", TT[2]: "pending"})


HEADER = """# Blind set 392 (ticket systems and threads). Written by tests/corpus/blind392/make.py.
# Expected results were written from each email's meaning alone, before any run
# of the reader. Each case is ingested alone into a fresh ledger holding
# requests.csv.
"""


def main():
    write_requests()
    for c in CASES:
        name = c.get("name_from", "")
        if name and not name.isascii():
            c["name_from"] = ew(name)
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
