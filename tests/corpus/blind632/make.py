#!/usr/bin/env python3
"""Blind set blind632: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every expected result below was written from the
meaning of the email alone, before the reader was ever run on it.

    python3 tests/corpus/blind632/make.py

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

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "tiktok.com": "TikTok",
    "discord.com": "Discord",
})

# ---------------------------------------------------------------- requests
X_REF, TG_REF, YT_REF, NV_REF, KK_REF, TT_REF, DC_REF = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240911-07")

X = [
    "https://x.com/dalbit_trade/status/1830412290001112001",
    "https://x.com/dalbit_trade/status/1830412290001112002",
    "https://x.com/dalbit_trade/status/1830415567123400113",
    "https://x.com/hanbyeol_market/status/1830501234567890124",
    "https://x.com/hanbyeol_market/status/1830501234567890125",
    "https://x.com/greyfox_kr/status/1830623344556677136",
    "https://x.com/greyfox_kr/status/1830623344556677137",
    "https://x.com/nightowl_deals/status/1830700011122233348",
    "https://x.com/nightowl_deals/status/1830700011122233349",
    "https://x.com/seoul_drop99/status/1830811122233344450",
    "https://x.com/seoul_drop99/status/1830811122233344451",
    "https://x.com/pinecone_lab/status/1830922233344455562",
]
T = [
    "https://t.me/blue_lantern_chat/1187",
    "https://t.me/blue_lantern_chat/1192",
    "https://t.me/quickcoin_kr/4410",
    "https://t.me/moonlit_store/88",
]
Y = [
    "https://www.youtube.com/watch?v=Qk3vT9pLm2A",
    "https://www.youtube.com/watch?v=Zr8nW1xYc4E",
    "https://www.youtube.com/shorts/H7dKs0aPq5M",
]
N = [
    "https://blog.naver.com/haneul_fin/223558812345",
    "https://blog.naver.com/haneul_fin/223558819876",
    "https://cafe.naver.com/coinrichclub/20417",
    "https://cafe.naver.com/coinrichclub/20452",
    "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40308&docId=471234567",
]
# K[0] is stored percent-encoded; emails may write it with its raw Korean path.
K = [
    "https://moonroad.tistory.com/entry/%EC%A3%BC%EC%8B%9D-%EB%A6%AC%EB%94%A9%EB%B0%A9-%EC%95%88%EB%82%B4",
    "https://cafe.daum.net/easymoney77/Fm3q/512",
    "https://brunch.co.kr/@gold_rain/41",
]
K0_RAW = "https://moonroad.tistory.com/entry/주식-리딩방-안내"
TT = [
    "https://www.tiktok.com/@quickrich.kr/video/7411223344556677881",
    "https://www.tiktok.com/@quickrich.kr/video/7411223344556677995",
]
D = ["https://discord.gg/nightmarket7"]

REQUESTS = [
    (X_REF, "x", "2024-09-03", "2024-09-10", X, "investment-fraud",
     "req-240903-01@kcsc.example", 'batch from hotline, "priority" flag set'),
    (TG_REF, "telegram", "2024-09-04", "2024-09-11", T, "illegal-trade",
     "req-240904-02@kcsc.example", ""),
    (YT_REF, "youtube", "2024-09-05", "2024-09-12", Y, "investment-fraud",
     "req-240905-03@kcsc.example", "two long videos, one short"),
    (NV_REF, "naver", "2024-09-06", "2024-09-13", N, "illegal-gambling",
     "req-240906-04@kcsc.example", "blog, cafe, KnowledgeiN; see deliberation no. 2024-1187"),
    (KK_REF, "kakao", "2024-09-09", "2024-09-16", K, "investment-fraud",
     "req-240909-05@kcsc.example", ""),
    (TT_REF, "tiktok", "2024-09-10", "2024-09-17", TT, "investment-fraud",
     "req-240910-06@kcsc.example", "same uploader as earlier report"),
    (DC_REF, "discord", "2024-09-11", "2024-09-18", D, "illegal-trade",
     "req-240911-07@kcsc.example", "invite link to a server"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


X_REQUEST_TEXT = """Dear X Legal team,

Reference: KCSC-240903-01

Following the Commission's deliberation, we ask you to remove or restrict
access in Korea to the following 12 posts, which carry content that is
illegal under Article 44-7 of the Information and Communications Network Act:

""" + "\n".join(f"{i + 1}. {u}" for i, u in enumerate(X)) + """

Please reply by 10 September 2024 with the action taken for each post.

Korea Communications Standards Commission
Takedown desk"""

REMINDER_X = """Reminder: request KCSC-240903-01 (sent 3 September 2024, deadline
10 September 2024) still has items without a reported outcome:

""" + "\n".join(X[3:12]) + """

Please tell us the action taken for each of them.

KCSC Takedown desk"""

TT_SOLVED_TEXT = f"""Hi KCSC,

Thanks for your patience. We've completed the review of your request {TT_REF}.

Video: {TT[0]}
Outcome: Removed (violation of our Community Guidelines)

Video: {TT[1]}
Outcome: No violation found; the video remains on TikTok

Your request #TT-2024091400231 is now marked as solved.

TikTok Law Enforcement Response Team"""

ZD_LINE = "##- Please type your reply above this line -##"

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= X (12 items, the largest request) =======================

case(name="x-zendesk-receipt", from_="support@x.com",
     date="Tue, 03 Sep 2024 07:20:14 +0000",
     subject=f"[X Support] Received: {X_REF} Request to restrict access to 12 posts",
     reply_to_req="req-240903-01",
     extra_headers=["Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer"],
     body=f"""{ZD_LINE}

Your request (4471920) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

This email is a service from X Support. Delivered by Zendesk
[ZK4R7Q-2MXP0]
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Zendesk 'Your request has been received' auto-notification with ticket number",
     why="pure ticket receipt: names no post and states nothing about any item",
     items={})

case(name="x-zendesk-solved-prose", from_="support@x.com",
     date="Mon, 09 Sep 2024 18:40:02 +0000",
     subject=f"[X Support] Re: {X_REF} Request to restrict access to 12 posts",
     reply_to_req="req-240903-01",
     extra_headers=["X-Mailer: Zendesk Mailer"],
     body=f"""{ZD_LINE}

Your request (4471920) has been solved. To reopen it, reply to this email.

Sung-min (X Legal Operations)
Sep 9, 2024, 18:40 UTC

Hello,

Thank you for your report under reference {X_REF}. After review we took
the following action.

The posts {X[0]} and {X[1]} were removed for violating the X Rules.

{X[2]} has been withheld in South Korea in response to your legal demand.
It remains visible in other countries.

We are still assessing the remaining URLs of your request and will write
again in this ticket.

Regards,
Sung-min
X Legal Operations

--------------------------------
This email is a service from X Support. Delivered by Zendesk
[ZK4R7Q-2MXP0]
""",
     outcome="applied",
     imitates="Zendesk 'request solved' notification carrying the agent's latest public comment",
     why="two posts removed, one withheld in KR; the rest explicitly still being assessed",
     items={X[0]: "removed", X[1]: "removed", X[2]: "restricted"})

case(name="x-followup-toppost-over-request", from_="legal@x.com",
     date="Wed, 11 Sep 2024 02:15:40 +0000",
     subject=f"Re: {X_REF} Request to restrict access to 12 posts",
     reply_to_req="req-240903-01",
     body=f"""Hello again,

Following up on ticket #4471920 with the accounts we have now finished:

- {X[3]} : withheld in South Korea
- {X[4]} : withheld in South Korea
- {X[5]} : reviewed; it does not violate the X Rules and there is no legal
  basis for us to restrict it, so it remains available.

Best,
X Legal

On Tue, Sep 3, 2024 at 4:12 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(X_REQUEST_TEXT)}
""",
     outcome="applied",
     imitates="Gmail-style top-posted follow-up in the same thread over the quoted request",
     why="three items stated in the new text; the twelve URLs in the '>'-quoted request are not statements",
     items={X[3]: "restricted", X[4]: "restricted", X[5]: "rejected",
            X[0]: "pending", X[11]: "pending"})

X_CSV = f"""url,action,notes
{X[6]},Removed,Violation of the X Rules
{X[7]},Not found,Post does not exist
{X[8]},Withheld (KR),Country withheld content
{X[9]},No action,No violation found
"""
case(name="x-csv-attachment", from_="legal@x.com",
     date="Thu, 12 Sep 2024 06:01:12 +0000",
     subject=f"Re: {X_REF} - outcome for ticket #4471920 (part 3)",
     reply_to_req="req-240903-01",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="=_xcsv_71"

--=_xcsv_71
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for four more posts from ticket #4471920
(your reference {X_REF}).

X Legal

--=_xcsv_71
Content-Type: text/csv; charset=utf-8; name="kcsc-240903-01_outcome.csv"
Content-Disposition: attachment; filename="kcsc-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(X_CSV)}
--=_xcsv_71--
""",
     outcome="applied",
     imitates="legal-desk reply with a per-URL outcome spreadsheet attached as CSV",
     why="CSV rows: removed, not found, withheld in KR, no violation",
     items={X[6]: "removed", X[7]: "not_found", X[8]: "restricted", X[9]: "rejected"})

case(name="x-html-table", from_="support@x.com",
     date="Thu, 12 Sep 2024 09:33:50 +0000",
     subject=f"[X Support] Update on your request 4471920 ({X_REF})",
     reply_to_req="req-240903-01", type="html",
     body=f"""<html><body style="font-family:Arial,sans-serif">
<p style="color:#999">{ZD_LINE}</p>
<p>Hello,</p>
<p>Here is an update on two of the posts in your request.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Reported URL</th><th>Action taken</th></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>Removed</td></tr>
<tr><td><a href="{X[11]}">{X[11]}</a></td><td>Withheld in South Korea</td></tr>
</table>
<p>You can read about country withheld content at
<a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">our Help Center</a>.</p>
<p>X Support</p>
<p style="color:#999;font-size:11px">This email is a service from X Support. Delivered by Zendesk</p>
</body></html>
""",
     outcome="applied",
     imitates="Zendesk HTML ticket update with a two-column outcome table",
     why="table rows state removed and withheld in KR; the help-centre link is not an item",
     items={X[10]: "removed", X[11]: "restricted"})

case(name="x-reply-to-reminder", from_="legal@x.com",
     date="Thu, 12 Sep 2024 11:48:05 +0000",
     subject=f"Re: [Reminder] {X_REF}: items still pending after the deadline",
     extra_headers=[f"In-Reply-To: <reminder.{X_REF}.1@kcsc.example>",
                    f"References: <reminder.{X_REF}.1@kcsc.example>"],
     body=f"""Hi,

Sorry for the delay on this one. Two of the posts you chased:

{X[7]}
This post was deleted by the account owner before we reviewed it, so there
was nothing left for us to action.

{X[8]}
Removed on 12 September for violating our rules.

We are working through the rest.

X Legal

On Thu, 12 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(REMINDER_X)}
""",
     outcome="applied",
     imitates="reply to our reminder, Gmail quoting, status on the line below each bare URL",
     why="author-deleted post is not_found, the other removed; URLs in the quoted reminder are not statements",
     items={X[7]: "not_found", X[8]: "removed", X[3]: "pending", X[9]: "pending"})

case(name="x-ack-plus-statement", from_="legal@x.com",
     date="Tue, 03 Sep 2024 23:05:31 +0000",
     subject=f"Re: {X_REF} Request to restrict access to 12 posts",
     reply_to_req="req-240903-01",
     body=f"""Thank you for contacting X. We have received your request and opened
ticket #4471920.

Two of the posts had already been reported to us through another channel
and we have withheld them in South Korea:

  * <{X[9]}>
  * <{X[10]}>

The remaining posts are in our queue and we will reply in this thread.

X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="receipt that also reports actions already taken (acknowledgement phrase plus statements)",
     why="unhedged 'we have withheld them in South Korea' for two named posts overrides the receipt wording",
     items={X[9]: "restricted", X[10]: "restricted"})

case(name="x-wrapped-url-in-sentence", from_="legal@x.com",
     date="Fri, 13 Sep 2024 04:12:19 +0000",
     subject=f"RE: {X_REF} greyfox_kr",
     reply_to_req="req-240903-01",
     body=f"""Hello,

We have removed {X[5]} for violating
the X Rules. The second post from the same account, <https://x.com/greyfox_kr/status/
1830623344556677137>, has been removed as well.

Kind regards,
X Legal
""",
     outcome="applied",
     imitates="Outlook plain-text reply whose line wrapping breaks a long URL inside angle brackets",
     why="both greyfox_kr posts removed; the second URL is wrapped after 'status/' but its angle brackets close it",
     items={X[5]: "removed", X[6]: "removed"})

case(name="x-outlook-original-message", from_="legal@x.com",
     date="Fri, 13 Sep 2024 08:30:00 +0000",
     subject=f"RE: {X_REF} Request to restrict access to 12 posts",
     reply_to_req="req-240903-01",
     body=f"""Hello KCSC team,

{X[11]} has been removed from the platform. The account was also suspended.

Kind regards,
Ji-woo Han
Legal Policy, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 4:12 PM
To: legal@x.com
Subject: {X_REF} Request to restrict access to 12 posts

{X_REQUEST_TEXT}
""",
     outcome="applied",
     imitates="Outlook reply with the request below '-----Original Message-----' (not '>'-quoted)",
     why="only the pinecone_lab post is stated; the unquoted original request below the separator states nothing",
     items={X[11]: "removed", X[0]: "pending", X[5]: "pending"})

case(name="x-final-numbered-list", from_="legal@x.com",
     date="Mon, 16 Sep 2024 10:02:44 +0000",
     subject=f"Re: {X_REF} - final outcome, ticket #4471920",
     reply_to_req="req-240903-01",
     body=f"""Hello,

This is our final outcome for ticket #4471920 (your reference {X_REF}).
Each post is listed with the action we took:

1. {X[0]} - Removed
2. {X[1]} - Removed
3. {X[2]} - Withheld in South Korea
4. {X[3]} - Withheld in South Korea
5. {X[4]} - Withheld in South Korea
6. {X[5]} - No violation found, remains available
7. {X[6]} - Removed
8. {X[7]} - Not found, the post no longer exists
9. {X[8]} - Removed
10. {X[9]} - No violation found, remains available
11. {X[10]} - Removed
12. {X[11]} - Removed

For how we handle country-specific legal demands, see
https://help.x.com/en/rules-and-policies/post-withheld-by-country

This ticket will now be closed.

X Legal
""",
     outcome="applied",
     imitates="final summary of a legal ticket, one numbered line per reported post",
     why="all twelve posts given an explicit outcome",
     items={X[0]: "removed", X[1]: "removed", X[2]: "restricted", X[3]: "restricted",
            X[4]: "restricted", X[5]: "rejected", X[6]: "removed", X[7]: "not_found",
            X[8]: "removed", X[9]: "rejected", X[10]: "removed", X[11]: "removed"})

case(name="x-promise-escalated", from_="legal@x.com",
     date="Fri, 06 Sep 2024 03:44:10 +0000",
     subject=f"Re: {X_REF} Request to restrict access to 12 posts",
     reply_to_req="req-240903-01",
     body=f"""Hello,

Your ticket #4471920 has been escalated to our legal review team.

The posts {X[9]} and {X[10]} will be withheld in South Korea once that
review is complete. We expect to finish by the end of next week and will
confirm in this thread.

X Legal
""",
     outcome="review", review="not_understood",
     imitates="'escalated' interim ticket update with a promise of future action",
     why="'will be withheld once review is complete' is a promise, not a statement",
     items={X[9]: "pending", X[10]: "pending"})

case(name="x-dmarc-fail", from_="legal@x.com", auth="fail",
     date="Sat, 07 Sep 2024 12:00:00 +0000",
     subject=f"Re: {X_REF} Request to restrict access to 12 posts",
     reply_to_req="req-240903-01",
     body=f"""Hello,

{X[0]} and {X[1]} have been removed.

X Legal
""",
     outcome="review", review="untrusted",
     imitates="short legal-desk reply whose x.com From fails DKIM/SPF/DMARC",
     why="claims removals but the sender domain fails authentication",
     items={X[0]: "pending", X[1]: "pending"})

case(name="x-lawfirm-unknown-sender", from_="jhcho@leecho-law.example",
     name_from="Jae-hoon Cho (Lee & Cho LLP)",
     date="Mon, 09 Sep 2024 05:21:33 +0000",
     subject=f"{X_REF} - post of our client hanbyeol_market",
     body=f"""Dear Sir or Madam,

We act for the holder of the X account hanbyeol_market. Our client has
read your request {X_REF} and has deleted the post
{X[3]} of his own accord.

Our client disputes that the second post named in your request is illegal
and asks that it be reconsidered.

Yours faithfully,
Jae-hoon Cho
Lee & Cho LLP
""",
     outcome="review", review="unknown_sender",
     imitates="letter from the account holder's lawyer, not from the platform",
     why="not a platform domain; only X can state what happened to the post",
     items={X[3]: "pending"})

case(name="x-forwarded-enforcement", from_="legal@x.com",
     date="Tue, 10 Sep 2024 07:14:52 +0000",
     subject=f"Fwd: {X_REF} enforcement result",
     reply_to_req="req-240903-01",
     body=f"""Hi KCSC,

Please see below the outcome from our enforcement team for two of the posts.

Thanks,
Ji-woo

---------- Forwarded message ---------
From: Enforcement Ops <enforcement-ops@x.com>
Date: Tue, Sep 10, 2024 at 3:02 PM
Subject: {X_REF} enforcement result
To: Legal Policy <legal@x.com>

{X[1]} - actioned, removed
{X[2]} - withheld KR
""",
     outcome="review", review="forwarded", classification="forwarded",
     imitates="legal-desk agent forwarding an internal team's result (Gmail 'Forwarded message')",
     why="the statements are in a forwarded message whose own sender was not authenticated for us",
     items={X[1]: "pending", X[2]: "pending"})

case(name="x-conflicting-template", from_="legal@x.com",
     date="Wed, 11 Sep 2024 09:09:09 +0000",
     subject=f"Re: {X_REF} hanbyeol_market",
     reply_to_req="req-240903-01",
     body=f"""Hello,

{X[4]} has been withheld in South Korea.

Summary of ticket #4471920
Action taken: none
No action taken on: {X[4]}

X Legal
""",
     outcome="review", review="conflicting_statements",
     imitates="agent note plus an auto-filled ticket summary that disagree",
     why="the same post is said to be withheld and to have had no action",
     items={X[4]: "pending"})

# ======================= Telegram (4 items) =======================

case(name="tg-freshdesk-receipt-echo", from_="abuse@telegram.org",
     date="Wed, 04 Sep 2024 06:30:11 +0000",
     subject=f"[#TG-88213] Ticket received: {TG_REF}",
     reply_to_req="req-240904-02",
     extra_headers=["Auto-Submitted: auto-generated"],
     body=f"""Dear KCSC Takedown,

We would like to acknowledge that we have received your request and a
ticket has been created. A support representative will review your
request and send you a personal response.

Ticket ID: #TG-88213
Subject: {TG_REF} Removal request, 4 messages
Status: Open

Here is a copy of your message:
--
Please remove the following messages, which carry illegal content under
Korean law:
{T[0]}
{T[1]}
{T[2]}
{T[3]}
--

To view the status of the ticket or add comments, reply to this email.

Telegram Support
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Freshdesk 'ticket created' auto-acknowledgement echoing the requester's message",
     why="pure acknowledgement; the URLs are only our own echoed request",
     items={T[0]: "pending", T[1]: "pending", T[2]: "pending", T[3]: "pending"})

case(name="tg-freshdesk-resolved", from_="abuse@telegram.org",
     date="Sat, 07 Sep 2024 14:02:40 +0000",
     subject=f"[#TG-88213] Resolved: {TG_REF} Removal request, 4 messages",
     reply_to_req="req-240904-02",
     body=f"""Dear KCSC Takedown,

Your ticket #TG-88213 has been marked as Resolved.

Agent note:
The messages at {T[0]} and {T[1]} have been blocked and are no longer
accessible in any Telegram app. We could not find {T[2]}: the link is
invalid or the message does not exist.

If you believe this ticket needs more attention, simply reply to this
email and it will be reopened.

Telegram Support
""",
     outcome="applied",
     imitates="Freshdesk 'ticket resolved' notification with the agent's note",
     why="two messages blocked everywhere (removed), one not found; the fourth is not mentioned",
     items={T[0]: "removed", T[1]: "removed", T[2]: "not_found"})

case(name="tg-partial-answer", from_="abuse@telegram.org",
     date="Thu, 05 Sep 2024 10:10:10 +0000",
     subject=f"Re: [#TG-88213] {TG_REF} Removal request, 4 messages",
     reply_to_req="req-240904-02",
     body=f"""Hello,

We have taken down {T[3]}.

The other three links from your request are still being checked by the
moderation team. We will update this ticket when they are done.

Telegram Abuse Team
""",
     outcome="applied",
     imitates="partial answer in a ticket thread, one message done and the rest pending",
     why="one message taken down; the other three are explicitly still under check",
     items={T[3]: "removed"})

case(name="tg-bare-url-status-below", from_="abuse@telegram.org",
     date="Mon, 09 Sep 2024 08:45:00 +0000",
     subject=f"Re: [#TG-88213] {TG_REF}",
     reply_to_req="req-240904-02",
     body=f"""Hello,

Results for {TG_REF}:

1) {T[0]}
   Status: removed

2) {T[1]}
   Status: removed

3) {T[2]}
   Status: no action, the message does not breach the Telegram Terms of Service

4) {T[3]}
   Status: not found (message deleted by its author)

Telegram Abuse Team
""",
     outcome="applied",
     imitates="abuse-desk reply with a numbered URL list and a 'Status:' line below each",
     why="every message has its own status line",
     items={T[0]: "removed", T[1]: "removed", T[2]: "rejected", T[3]: "not_found"})

case(name="tg-statement-above-url", from_="abuse@telegram.org",
     date="Tue, 10 Sep 2024 16:20:00 +0000",
     subject=f"Re: [#TG-88213] {TG_REF} Removal request, 4 messages",
     reply_to_req="req-240904-02",
     body=f"""Hi,

Further to ticket #TG-88213 (your ref. {TG_REF}).

The following message has been removed for violating our Terms of Service:
{T[2]}

We were unable to locate the following message. The link does not lead to
any existing post:
{T[3]}

Telegram Abuse Team
""",
     outcome="applied",
     imitates="reply where each statement ends with a colon and the URL stands on the next line",
     why="one removed, one not found, each URL below its statement",
     items={T[2]: "removed", T[3]: "not_found"})

case(name="tg-hedged-update", from_="abuse@telegram.org",
     date="Fri, 06 Sep 2024 09:00:00 +0000",
     subject=f"Re: [#TG-88213] {TG_REF}",
     reply_to_req="req-240904-02",
     body=f"""Hello,

A quick update on your ticket. {T[2]} appears to have been deleted
already, and {T[3]} may no longer be accessible. We will confirm both once
our moderators finish their check.

Telegram Abuse Team
""",
     outcome="review", review="not_understood",
     imitates="interim ticket update with hedged observations",
     why="'appears to', 'may no longer' and 'will confirm' are hedges, not statements",
     items={T[2]: "pending", T[3]: "pending"})

case(name="tg-closed-inactivity", from_="support@telegram.org",
     date="Wed, 18 Sep 2024 00:00:05 +0000",
     subject="Your ticket #88271 has been closed",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""Hello,

We haven't heard back from you for 7 days, so ticket #88271 has been
closed. If you still need help, please submit a new request through
https://telegram.org/support

Telegram Support
""",
     outcome="review", review="no_claims",
     imitates="Freshdesk 'ticket closed due to inactivity' automation",
     why="trusted Telegram mail naming no item and no request of ours: not an out-of-office, bounce, MDN or receipt",
     items={})

# ======================= YouTube (3 items) =======================

YT_JIRA = f"""Min-ji Park resolved LRT-4471 as Done.

-----------------------------------------------
Status: In Review -> Resolved
Resolution: Done
-----------------------------------------------

Comment from Min-ji Park:

Hello KCSC,

We completed our review of the videos in your request {YT_REF}.

* {Y[0]} \u2014 removed for violating YouTube's Community Guidelines.
* {Y[1]} \u2014 blocked from view in South Korea based on local law; it remains available in other countries.
* {Y[2]} \u2014 age-restricted; viewers must be signed in and over 18.

Thanks,
Min-ji

--
This message was sent by Atlassian Jira. Reply above this line to comment.
"""
case(name="yt-jira-resolved-qp", from_="jira-legalops@google.com",
     name_from="Min-ji Park (Jira)",
     date="Tue, 10 Sep 2024 05:55:00 +0000",
     subject=f"[JIRA] (LRT-4471) {YT_REF} YouTube removal request",
     reply_to_req="req-240905-03",
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(YT_JIRA)}""",
     outcome="applied",
     imitates="Jira issue-resolved notification with the resolving agent's comment, quoted-printable",
     why="removed, blocked in South Korea only (restricted), age-restricted (restricted)",
     items={Y[0]: "removed", Y[1]: "restricted", Y[2]: "restricted"})

YT_B64 = f"""Hello,

Thank you for your legal request {YT_REF} (case 7-4012000031188).

Following our review:

- {Y[0]} has been removed globally for violating our Community Guidelines.
- {Y[1]}: after careful review we decided not to take action. The video
  does not violate our policies and we found no legal basis to restrict it.
- {Y[2]} has been removed from YouTube.

The YouTube Legal Support Team
"""
case(name="yt-base64-outcome", from_="legal-kr@google.com",
     date="Wed, 11 Sep 2024 01:30:00 +0000",
     subject=f"Re: {YT_REF} [7-4012000031188]",
     reply_to_req="req-240905-03",
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(YT_B64)}""",
     outcome="applied",
     imitates="Google legal-removals outcome email, base64 body",
     why="removed, declined with reason (rejected), removed",
     items={Y[0]: "removed", Y[1]: "rejected", Y[2]: "removed"})

case(name="yt-policy-links", from_="legal-kr@google.com",
     date="Wed, 11 Sep 2024 08:12:00 +0000",
     subject=f"Re: {YT_REF} [7-4012000031188] update",
     reply_to_req="req-240905-03",
     body=f"""Hi,

Update on {YT_REF}.

We removed {Y[1]} under our spam, deceptive practices and scams policy
(https://support.google.com/youtube/answer/2801973).

{Y[2]} does not violate our Community Guidelines
(https://www.youtube.com/howyoutubeworks/policies/community-guidelines/), so
it stays up. If you disagree, you can file an appeal at
https://support.google.com/legal/contact/lr_appeal

Thank you,
YouTube Trust & Safety
""",
     outcome="applied",
     imitates="YouTube policy outcome with links to policy and appeal pages",
     why="one removed, one stays up for breaking no rule; policy and appeal links are not items",
     items={Y[1]: "removed", Y[2]: "rejected"})

case(name="yt-jira-in-progress", from_="jira-legalops@google.com",
     name_from="Min-ji Park (Jira)",
     date="Fri, 06 Sep 2024 02:00:00 +0000",
     subject=f"[JIRA] (LRT-4471) {YT_REF} YouTube removal request",
     reply_to_req="req-240905-03",
     body=f"""Min-ji Park changed the status of LRT-4471.

Status: Open -> In Review
Assignee: Min-ji Park

Comment from Min-ji Park:
We are reviewing {Y[0]} and {Y[1]} with our legal team and will share the
outcome on this issue.

--
This message was sent by Atlassian Jira.
""",
     outcome="review", review="not_understood",
     imitates="Jira status-change notification (Open -> In Review)",
     why="'we are reviewing' names two videos but states no outcome",
     items={Y[0]: "pending", Y[1]: "pending"})

case(name="yt-asks-more-info", from_="legal-kr@google.com",
     date="Fri, 06 Sep 2024 07:40:00 +0000",
     subject=f"Re: {YT_REF} [7-4012000031188] additional information needed",
     reply_to_req="req-240905-03",
     body=f"""Hello,

To process your request regarding {Y[1]}, we need more information.

Please reply to this email with:
1. the specific provision of Korean law the content breaches, and
2. the timestamps in the video where the content appears.

Your case stays open until we hear from you.

The YouTube Legal Support Team
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="Google legal-removals 'we need more information' reply",
     why="the platform asks us for more; nothing is stated about the video",
     items={Y[1]: "pending"})

case(name="yt-out-of-office", from_="minjipark@google.com",
     name_from="Min-ji Park",
     date="Thu, 05 Sep 2024 09:01:00 +0000",
     subject=f"Automatic reply: {YT_REF} Request to remove 3 videos",
     reply_to_req="req-240905-03",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""I am out of the office until 23 September with limited access to email.

For urgent legal removal requests please write to legal-kr@google.com.

Min-ji Park
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook/Exchange out-of-office automatic reply",
     why="out-of-office auto-reply",
     items={})

# ======================= NAVER (5 items) =======================

case(name="naver-receipt", from_="help@navercorp.com", name_from="NAVER 고객센터",
     date="Fri, 06 Sep 2024 02:10:00 +0000",
     subject="[NAVER 고객센터] 문의가 접수되었습니다 (문의번호 2409-77120)",
     reply_to_req="req-240906-04",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""안녕하세요, 네이버 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.

문의번호: 2409-77120
접수일시: 2024.09.06 11:10

담당자가 확인 후 순차적으로 답변드리겠습니다.
답변은 영업일 기준 2~3일 정도 소요될 수 있습니다.

감사합니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="NAVER 고객센터 문의 접수 완료 자동 메일",
     why="pure receipt with an inquiry number",
     items={})

case(name="naver-ticket-korean-list", from_="help@navercorp.com", name_from="NAVER 고객센터",
     date="Mon, 09 Sep 2024 06:30:00 +0000",
     subject=f"[NAVER 고객센터] 문의번호 2409-77120 답변 드립니다 ({NV_REF})",
     reply_to_req="req-240906-04",
     body=f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 시정요구({NV_REF})에 대한 조치 결과를
안내드립니다.

- {N[0]} : 게시중단 완료
- {N[1]} : 게시중단 완료
- {N[2]} : 임시조치(30일)

나머지 게시물은 검토가 끝나는 대로 다시 안내드리겠습니다.

이 메일에 회신하시면 문의번호 2409-77120 에 추가됩니다.
감사합니다.
""",
     outcome="applied",
     imitates="NAVER 고객센터 답변 메일, 시정요구 조치 결과 목록",
     why="게시중단 (removed) twice and 임시조치 (restricted); the rest explicitly still under review",
     items={N[0]: "removed", N[1]: "removed", N[2]: "restricted"})

N4_HTML = N[4].replace("&", "&amp;")
case(name="naver-html-table", from_="policy@navercorp.com", name_from="NAVER 정책지원",
     date="Tue, 10 Sep 2024 04:00:00 +0000",
     subject=f"[조치결과] {NV_REF} 시정요구 처리 결과 통보",
     reply_to_req="req-240906-04", type="html",
     body=f"""<html><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>{NV_REF} 시정요구 건의 처리 결과를 아래와 같이 알려드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr></thead>
<tbody>
<tr><td>1</td><td>{N[2]}</td><td>블라인드</td><td>카페 운영정책 위반</td></tr>
<tr><td>2</td><td>{N[3]}</td><td>삭제</td><td>-</td></tr>
<tr><td>3</td><td><a href="{N4_HTML}">{N4_HTML}</a></td><td>게시물 없음</td><td>작성자 삭제</td></tr>
</tbody>
</table>
<p>문의사항은 본 메일로 회신 부탁드립니다.</p>
</body></html>
""",
     outcome="applied",
     imitates="Korean 시정요구 조치결과 HTML table (번호/URL/조치결과/비고)",
     why="블라인드 and 삭제 are removed; 게시물 없음 (작성자 삭제) is not_found",
     items={N[2]: "removed", N[3]: "removed", N[4]: "not_found"})

case(name="naver-followup-particles", from_="policy@navercorp.com", name_from="NAVER 정책지원",
     date="Wed, 11 Sep 2024 05:20:00 +0000",
     subject="Re: [NAVER 고객센터] 문의번호 2409-77120 추가 답변",
     reply_to_req="req-240906-04",
     body=f"""안녕하세요. 네이버 정책지원팀입니다.

문의번호 2409-77120 건 추가 답변 드립니다.

{N[3]}은 국내 접근 제한 조치하였습니다。
지식iN 게시물（{N[4]}）은 검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

감사합니다.
""",
     outcome="applied",
     imitates="follow-up answer in the same NAVER inquiry, URLs glued to Korean particles and full-width punctuation",
     why="접근 제한 in Korea (restricted); no violation found, no action (rejected)",
     items={N[3]: "restricted", N[4]: "rejected"})

case(name="naver-echoed-report", from_="report-noreply@navercorp.com", name_from="NAVER 신고센터",
     date="Wed, 11 Sep 2024 07:45:00 +0000",
     subject=f"[신고 처리 결과 안내] {NV_REF}",
     reply_to_req="req-240906-04",
     body=f"""[신고 처리 결과 안내]

신고번호: RPT-20240911-00832
신고 기관: 방송통신심의위원회 ({NV_REF})
신고 URL: {N[0]}
신고 사유: 불법정보 (정보통신망법 제44조의7)
처리 결과: 삭제

신고번호: RPT-20240911-00833
신고 기관: 방송통신심의위원회 ({NV_REF})
신고 URL: {N[1]}
신고 사유: 불법정보 (정보통신망법 제44조의7)
처리 결과: 비공개 처리 (운영자)

본 메일은 발신 전용입니다.
""",
     outcome="applied",
     imitates="NAVER 신고센터 처리 결과 안내 echoing the report fields",
     why="삭제 and 운영자 비공개 처리 are both removed",
     items={N[0]: "removed", N[1]: "removed"})

case(name="naver-bulk-all", from_="policy@navercorp.com", name_from="NAVER 정책지원",
     date="Thu, 12 Sep 2024 01:00:00 +0000",
     subject=f"Re: {NV_REF} 시정요구",
     reply_to_req="req-240906-04",
     body=f"""안녕하세요. 네이버 정책지원팀입니다.

{NV_REF} 건으로 요청하신 게시물 5건은 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
     outcome="review", review="bulk",
     imitates="short Korean 일괄 조치 완료 answer without the list",
     why="one statement about all five posts of a five-item request, none named",
     items={N[0]: "pending", N[1]: "pending", N[2]: "pending", N[3]: "pending", N[4]: "pending"})

# ======================= Kakao (3 items) =======================

case(name="kakao-raw-korean-path", from_="cs-noreply@kakaocorp.com", name_from="카카오 고객센터",
     date="Wed, 11 Sep 2024 03:33:00 +0000",
     subject=f"Re: [{KK_REF}] 불법정보 시정요구",
     reply_to_req="req-240909-05",
     body=f"""안녕하세요, 카카오 불법정보 대응 담당자입니다.

요청하신 게시물에 대해 아래와 같이 조치하였습니다.

1. {K0_RAW} 게시글은 블라인드 처리되었습니다.
2. {K[1]} 게시글은 삭제되었습니다.

브런치 게시글은 확인 중이며 결과가 나오는 대로 회신드리겠습니다.

카카오 고객센터 드림
""",
     outcome="applied",
     imitates="Kakao 고객센터 reply with a raw Korean Tistory path",
     why="블라인드 and 삭제 are removed; the raw Korean path is the stored percent-encoded URL; Brunch still being checked",
     items={K[0]: "removed", K[1]: "removed"})

KK_CSV = f"""번호,URL,처리결과,처리일
1,{K[1]},게시물 없음(작성자 삭제),2024-09-12
2,{K[2]},국내 접속 차단,2024-09-12
"""
case(name="kakao-csv-korean", from_="cs-noreply@kakaocorp.com", name_from="카카오 고객센터",
     date="Thu, 12 Sep 2024 08:00:00 +0000",
     subject=f"Re: [{KK_REF}] 불법정보 시정요구 처리 결과",
     reply_to_req="req-240909-05",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="kk_csv_0912"

--kk_csv_0912
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 카카오 고객센터입니다.

요청하신 {KK_REF} 건 처리 결과를 첨부 파일로 전달드립니다.

감사합니다.

--kk_csv_0912
Content-Type: text/csv; charset=utf-8; name="result_{KK_REF}.csv"
Content-Disposition: attachment; filename="result_{KK_REF}.csv"
Content-Transfer-Encoding: base64

{b64(chr(0xFEFF) + KK_CSV)}
--kk_csv_0912--
""",
     outcome="applied",
     imitates="Korean 처리 결과 CSV attachment (UTF-8 with BOM)",
     why="게시물 없음(작성자 삭제) is not_found; 국내 접속 차단 is restricted",
     items={K[1]: "not_found", K[2]: "restricted"})

case(name="kakao-out-of-office", from_="hyunwoo.kim@kakaocorp.com", name_from="김현우",
     date="Fri, 13 Sep 2024 00:30:00 +0000",
     subject=f"[자동응답] Re: [{KK_REF}] 불법정보 시정요구",
     reply_to_req="req-240909-05",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""안녕하세요. 김현우입니다.

추석 연휴로 9월 13일(금)부터 9월 18일(수)까지 부재중입니다.
급한 용무는 report@kakaocorp.com 으로 보내주시기 바랍니다.

감사합니다.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean 부재중 자동응답 (Chuseok holiday)",
     why="out-of-office auto-reply",
     items={})

case(name="kakao-bounce", from_="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System",
     auth="none",
     date="Mon, 09 Sep 2024 01:02:03 +0000",
     subject="Undelivered Mail Returned to Sender",
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_5A1C2"

--dsn_5A1C2
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-old@daum.net>: host mx1.daum.net[203.0.113.25] said: 550 5.1.1
    <legal-old@daum.net>: Recipient address rejected: User unknown

--dsn_5A1C2
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Mon,  9 Sep 2024 10:01:58 +0900 (KST)

Final-Recipient: rfc822; legal-old@daum.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.daum.net
Diagnostic-Code: smtp; 550 5.1.1 <legal-old@daum.net>: Recipient address
    rejected: User unknown

--dsn_5A1C2
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-old@daum.net
Subject: [{KK_REF}] 불법정보 시정요구
Message-ID: <req-240909-05@kcsc.example>
Date: Mon, 9 Sep 2024 10:01:55 +0900

--dsn_5A1C2--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification (RFC 3464) for our request",
     why="bounce of our own request to an old address",
     items={})

# ======================= TikTok (2 items) =======================

case(name="tiktok-zendesk-solved", from_="lert@tiktok.com",
     date="Sat, 14 Sep 2024 03:00:00 +0000",
     subject=f"Request #TT-2024091400231 solved: {TT_REF}",
     reply_to_req="req-240910-06",
     body=TT_SOLVED_TEXT + """

Replying to this email will reopen the request.
""",
     outcome="applied",
     imitates="TikTok-style law-enforcement request solved notice, 'Video:'/'Outcome:' pairs",
     why="one removed, one stays up with no violation (rejected)",
     items={TT[0]: "removed", TT[1]: "rejected"})

case(name="tiktok-geo-after-solved", from_="lert@tiktok.com",
     date="Wed, 18 Sep 2024 02:40:00 +0000",
     subject=f"Re: Request #TT-2024091400231 solved: {TT_REF}",
     reply_to_req="req-240910-06",
     body=f"""Hi KCSC,

Following the local law review you asked for when you reopened this
request, {TT[1]} has now been restricted in South Korea and is no longer
viewable from your country/region.

Best regards,
TikTok Law Enforcement Response Team

On Sat, Sep 14, 2024 at 12:00 PM TikTok LERT <lert@tiktok.com> wrote:
{quoted(TT_SOLVED_TEXT)}
""",
     outcome="applied",
     imitates="reopened ticket: new top-posted outcome over the quoted earlier 'solved' message",
     why="the new text restricts the second video in KR; the quoted earlier outcomes are not statements",
     items={TT[1]: "restricted", TT[0]: "pending"})

case(name="tiktok-bulk-all", from_="lert@tiktok.com",
     date="Fri, 13 Sep 2024 06:00:00 +0000",
     subject=f"Re: {TT_REF} Request to remove 2 videos",
     reply_to_req="req-240910-06",
     body=f"""Hi,

All content reported in your request {TT_REF} has been removed from TikTok.

TikTok Law Enforcement Response Team
""",
     outcome="review", review="bulk",
     imitates="one-line 'all reported content removed' answer",
     why="one statement about both videos of a two-item request without naming them",
     items={TT[0]: "pending", TT[1]: "pending"})

case(name="tiktok-read-receipt", from_="lert@tiktok.com",
     date="Tue, 10 Sep 2024 04:04:04 +0000",
     subject=f"Read: {TT_REF} Request to remove 2 videos",
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_88af"

--mdn_88af
Content-Type: text/plain; charset=utf-8

Your message

  To: lert@tiktok.com
  Subject: {TT_REF} Request to remove 2 videos
  Sent: Tuesday, September 10, 2024 12:30 PM

was read on Tuesday, September 10, 2024 1:04 PM.

--mdn_88af
Content-Type: message/disposition-notification

Reporting-UA: tiktok.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;lert@tiktok.com
Original-Message-ID: <req-240910-06@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_88af--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Outlook read receipt (RFC 8098 MDN)",
     why="read receipt",
     items={})

# ======================= Discord (1 item) =======================

case(name="discord-sole-statement", from_="safety@discord.com",
     date="Thu, 12 Sep 2024 20:15:00 +0000",
     subject=f"Re: {DC_REF} Request to remove a Discord server",
     reply_to_req="req-240911-07",
     body="""Hello,

Thank you for your report. We reviewed the server you reported and it has
been removed from Discord for violating our Community Guidelines.

Ticket #31877420 is now closed. If you need anything else, reply to this
email and we will reopen it.

Discord Trust & Safety
""",
     outcome="applied",
     imitates="Discord Trust & Safety ticket-closed reply without the URL",
     why="the one-item request's server is stated removed (sole statement, in thread)",
     items={D[0]: "removed"})

case(name="discord-invite-not-found", from_="safety@discord.com",
     date="Fri, 13 Sep 2024 11:00:00 +0000",
     subject=f"Re: {DC_REF} Request to remove a Discord server [#31877420]",
     reply_to_req="req-240911-07",
     body=f"""Hello,

The invite link you reported, <{D[0]}>, is invalid: the server it pointed
to had already been deleted by its owner before we received your request,
so there is nothing for us to act on.

Discord Trust & Safety
""",
     outcome="applied",
     imitates="Discord reply that the reported invite is invalid, URL in angle brackets",
     why="invalid invite, server deleted by its owner: not_found",
     items={D[0]: "not_found"})

case(name="discord-zendesk-subdomain", from_="support@discord-safety.zendesk.com",
     name_from="Discord Trust & Safety",
     date="Fri, 13 Sep 2024 01:30:00 +0000",
     subject=f"[Discord] Re: {DC_REF} Request to remove a Discord server",
     reply_to_req="req-240911-07",
     body=f"""##- Please type your reply above this line -##

Hello,

The server behind {D[0]} has been deleted.

Discord Trust & Safety
Delivered by Zendesk
""",
     outcome="review", review="unknown_sender",
     imitates="Zendesk reply sent from a helpdesk subdomain, not from the platform's own domain",
     why="zendesk.com subdomain is no configured sender of any platform",
     items={D[0]: "pending"})


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
        # Real mailers send non-ASCII display names and subjects RFC 2047-encoded.
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
    header = f"""# Blind set blind632: ticket systems and threads ({len(CASES)} cases).
# Written by tests/corpus/blind632/make.py from each email's meaning alone,
# before any run of the reader. See NOTES.md."""
    corpuslib.write_set(HERE, "blind632", header, CASES)


if __name__ == "__main__":
    main()
