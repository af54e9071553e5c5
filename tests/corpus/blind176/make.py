#!/usr/bin/env python3
"""Blind set 176: ticket systems and threads.

Zendesk / Freshdesk / Jira Service Management / Help Scout style receipts,
solved-ticket notices, follow-ups in the same thread, replies to our
reminders, partial answers and forwarded mail. Written from the meaning of
each email, before any run of the reader. Deterministic:

    python3 tests/corpus/blind176/make.py

writes requests.csv, cases/*.eml and expected.toml beside this script.
"""
import base64
import csv
import email.header
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/moonlit_bazaar/status/1829904417762210051",   # 0
    "https://x.com/moonlit_bazaar/status/1829931180044455937",   # 1
    "https://x.com/hanriver_deals/status/1830106625193390210",   # 2
    "https://x.com/hanriver_deals/status/1830118840027701466",   # 3
    "https://x.com/pixel_gosu/status/1830207715510878309",       # 4
    "https://x.com/pixel_gosu/status/1830244006881931322",       # 5
    "https://x.com/bamboo_wire/status/1830317795402965040",      # 6
    "https://x.com/kkachi_market/status/1830400251987628133",    # 7
    "https://x.com/kkachi_market/status/1830412739093393418",    # 8
    "https://x.com/seoul_nightowl/status/1830529983650271257",   # 9
    "https://x.com/greyfox_kr/status/1830603358176297062",       # 10
    "https://x.com/greyfox_kr/status/1830611982455005409",       # 11
    "https://x.com/tteok_express/status/1830700126633574458",    # 12
]
D = [
    "https://discord.com/channels/1187342265093849118/1187342265710411876/1280445512330002472",
    "https://discord.gg/quietfern",
    "https://discord.com/channels/1187342265093849118/1201577903392210944/1280990367214223421",
    "https://discord.gg/Hk7vQ2pL",
]
K3_RAW = "https://saltroad.tistory.com/entry/중고거래-후기"
K = [
    "https://cafe.daum.net/bluefinch/Ab3x/118",
    "https://cafe.daum.net/bluefinch/Ab3x/121",
    "https://saltroad.tistory.com/47",
    "https://saltroad.tistory.com/entry/%EC%A4%91%EA%B3%A0%EA%B1%B0%EB%9E%98-%ED%9B%84%EA%B8%B0",
    "https://cafe.daum.net/nightkite/Rr2m/9031",
]
N = [
    "https://blog.naver.com/greenlamp77/223561234567",
    "https://cafe.naver.com/dongnemarket/884512",
    "https://cafe.naver.com/dongnemarket/884530",
]
Y = [
    "https://www.youtube.com/watch?v=Qm3vT8xLp2A",
    "https://www.youtube.com/shorts/Zr7KpW1nB0c",
]
T = ["https://t.me/nightmarket_kr/2291"]
R = [
    "https://www.reddit.com/r/koreanswap/comments/1f8q2xk/selling_verified_accounts/",
    "https://www.reddit.com/r/koreanswap/comments/1f9a0bz/dm_for_prices/",
]

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", X,
     "illegal_trade", "largest request: 13 posts selling forged documents"),
    ("KCSC-240903-02", "discord", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00", D,
     "illegal_trade", "messages and server invites"),
    ("KCSC-240905-03", "kakao", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00", K,
     "illegal_trade", "Daum cafe and Tistory posts"),
    ("KCSC-240906-04", "naver", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00", N,
     "gambling", "blog and cafe posts"),
    ("KCSC-240909-05", "youtube", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", Y,
     "gambling", "video and Short"),
    ("KCSC-240910-06", "telegram", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", T,
     "drugs", "one channel message"),
    ("KCSC-240911-07", "reddit", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00", R,
     "illegal_trade", "two subreddit posts"),
]


def req_id(ref):
    return "req." + ref


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_id(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def thread(*ids):
    """In-Reply-To the last id, References all of them."""
    refs = " ".join("<%s>" % i for i in ids)
    return ["In-Reply-To: <%s>" % ids[-1], "References: " + refs]


def ar_none():
    return "none"


REM = "reminder.{ref}.1@kcsc.example"

# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ======================= X (KCSC-240902-01, 13 posts) =======================
case(
    name="x-zendesk-receipt",
    date="Mon, 02 Sep 2024 01:04:12 +0000",
    **{"from": "support@x.com"},
    name_from="X Support",
    subject="[Ticket #0442731] Re: KCSC-240902-01 Request for removal of unlawful content",
    reply_to_req=req_id("KCSC-240902-01"),
    body="""
##- Please type your reply above this line -##

Your request (0442731) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

Thank you for contacting X. This is an automated confirmation that we
received your submission regarding KCSC-240902-01. You do not need to send
it again; a member of our Legal Requests team will pick it up in turn.

Reference: 0442731
Submitted: September 2, 2024 at 01:04 UTC
Requester: takedown@kcsc.example

This email is a service from X Support.
[Ticket ID: 0442731-K8QD]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'Your request has been received' auto-acknowledgement (X Support)",
    why="pure ticket receipt: names the request, says nothing about any post",
    items={},
)

case(
    name="x-zendesk-solved-withheld-list",
    date="Wed, 04 Sep 2024 02:20:41 +0000",
    **{"from": "support@x.com"},
    name_from="X Support",
    subject="[Ticket #0442731] Your request has been solved: KCSC-240902-01",
    reply_to_req=req_id("KCSC-240902-01"),
    extra_headers=["X-Mailer: Zendesk Mailer", "Auto-Submitted: auto-generated"],
    body=f"""
##- Please type your reply above this line -##

Hello,

Thank you for your patience. We have reviewed the reported content under
applicable law and the X Rules.

In response to your request, we have withheld the following posts in South Korea:

- {X[0]}
- {X[1]}
- {X[4]}

We have removed the following posts globally for violating the X Rules:

- {X[7]}
- {X[8]}

The remaining posts in your report are still open with our team and we will
write to you again in this ticket.

Regards,
Mara
X Legal Requests

This request was marked as solved. If you reply to this email, the ticket will reopen.
[Ticket ID: 0442731-K8QD]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request has been solved' notification carrying an agent's public comment (X legal requests)",
    why="two headed lists: three posts withheld in South Korea, two removed globally; the rest said to be open",
    items={X[0]: "restricted", X[1]: "restricted", X[4]: "restricted",
           X[7]: "removed", X[8]: "removed"},
)

case(
    name="x-thread-followup-top-posted",
    date="Fri, 06 Sep 2024 07:45:10 +0000",
    **{"from": "support@x.com"},
    name_from="X Support",
    subject="Re: [Ticket #0442731] Your request has been solved: KCSC-240902-01",
    extra_headers=thread(req_id("KCSC-240902-01") + "@kcsc.example",
                         "zd-0442731-c2@x.com"),
    body=f"""
Hello again,

An update on the rest of KCSC-240902-01, in the same ticket:

{X[2]} has been removed for violating our illegal and regulated goods policy.
{X[3]} has also been removed.
We were unable to find {X[6]}; the link returns no post and there is nothing left for us to action.
We reviewed {X[9]} and found no violation of the X Rules or of local law as reported, so it remains available.

Best,
Mara
X Legal Requests

On Wed, Sep 4, 2024 at 11:20 AM X Support <support@x.com> wrote:
> In response to your request, we have withheld the following posts in South Korea:
>
> - {X[0]}
> - {X[1]}
> - {X[4]}
>
> We have removed the following posts globally for violating the X Rules:
>
> - {X[7]}
""",
    outcome="applied", classification="confirmation",
    imitates="agent follow-up in the same Zendesk thread, top-posted over the quoted earlier solved notice",
    why="four new sentences (two removed, one not found, one no violation); the quoted earlier answer must not be re-applied",
    items={X[2]: "removed", X[3]: "removed", X[6]: "not_found", X[9]: "rejected",
           X[0]: "pending", X[1]: "pending", X[4]: "pending", X[7]: "pending"},
)

html_x = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC team,</p>
<p>Please find below the outcome for the second batch of posts in your request
KCSC-240902-01 (our case 0442731).</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Post URL</th><th>Action taken</th><th>Scope</th></tr>
<tr><td>1</td><td><a href="{X[10]}">{X[10]}</a></td><td>Withheld</td><td>South Korea</td></tr>
<tr><td>2</td><td><a href="{X[11]}">{X[11]}</a></td><td>Removed</td><td>Global</td></tr>
<tr><td>3</td><td><a href="{X[12]}">{X[12]}</a></td><td>No action &ndash; does not violate the X Rules</td><td>&ndash;</td></tr>
</table>
<p>For background on country withheld content, see
<a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">our help centre</a>.</p>
<p>Regards,<br>X Legal Requests</p>
<p style="color:#999;font-size:11px">Ticket 0442731 &middot; Status: Resolved &middot; Replying reopens this ticket.</p>
</body></html>"""
case(
    name="x-freshdesk-html-table",
    date="Sat, 07 Sep 2024 03:12:00 +0000",
    **{"from": "legal-requests@x.com"},
    name_from="X Legal Requests",
    subject="Ticket Resolved - [#0442731] KCSC-240902-01 batch 2",
    reply_to_req=req_id("KCSC-240902-01"),
    type="html",
    body=html_x,
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' HTML notification with an outcome table",
    why="HTML table: one withheld in South Korea, one removed globally, one no action as not violating; help-centre link is not an item",
    items={X[10]: "restricted", X[11]: "removed", X[12]: "rejected"},
)

csv_x = f"""post_url,action,country,actioned_at_utc
{X[0]},withheld,KR,2024-09-04T02:11:00Z
{X[5]},removed,ALL,2024-09-05T07:40:12Z
{X[6]},not_found,,
{X[12]},no_violation,,
"""
case(
    name="x-csv-attachment",
    date="Sun, 08 Sep 2024 09:02:33 +0000",
    **{"from": "legal-requests@x.com"},
    name_from="X Legal Requests",
    subject="[#0442731] Outcomes export for KCSC-240902-01",
    reply_to_req=req_id("KCSC-240902-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="==fd_0442731_a"

--==fd_0442731_a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

As requested by your colleague on the phone, attached is an export of the
actions recorded so far on request KCSC-240902-01. Posts not in the file
have been answered separately in this ticket.

X Legal Requests

--==fd_0442731_a
Content-Type: text/csv; charset=utf-8; name="kcsc_240902_01_outcomes.csv"
Content-Disposition: attachment; filename="kcsc_240902_01_outcomes.csv"
Content-Transfer-Encoding: base64

{b64(csv_x)}
--==fd_0442731_a--
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system attachment: CSV export of actions per URL",
    why="CSV rows: withheld KR, removed ALL, not_found, no_violation",
    items={X[0]: "restricted", X[5]: "removed", X[6]: "not_found", X[12]: "rejected"},
)

case(
    name="x-reminder-reply-gmail-quote",
    date="Tue, 10 Sep 2024 06:31:18 +0000",
    **{"from": "legal@x.com"},
    name_from="Jun (X Legal Requests)",
    subject="Re: Reminder: KCSC-240902-01 - items still pending after the deadline",
    extra_headers=thread(req_id("KCSC-240902-01") + "@kcsc.example",
                         REM.format(ref="KCSC-240902-01")),
    body=f"""
Hi,

Sorry for the slow reply on this one. Since your reminder we have withheld
these two in Korea:

{X[4]}
{X[10]}

Everything else on your list was already answered in ticket 0442731.

Thanks,
Jun
X Legal Requests

On Tue, 10 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X,
>
> Our request KCSC-240902-01 of 2 September 2024 was due on 9 September 2024.
> The following items are still pending:
>
> {X[0]}
> {X[2]}
> {X[4]}
> {X[10]}
> {X[12]}
>
> Please tell us what has been done with each of them.
""",
    outcome="applied", classification="confirmation",
    imitates="person's Gmail reply to a regulator's reminder, quoting it",
    why="two posts withheld in Korea; the other quoted URLs only appear in our own reminder",
    items={X[4]: "restricted", X[10]: "restricted",
           X[0]: "pending", X[2]: "pending", X[12]: "pending"},
)

qp_text = f"""Hello KCSC,

Regarding case 0442731 (your reference KCSC-240902-01): the post {X[5]} has been removed from X for violating our rules on the sale of illegal goods — it is no longer viewable anywhere.

The post {X[2]} is no longer available either: the account that posted it has been permanently suspended, and its posts are not visible to anyone.

Kind regards,
Soyeon · X Legal Requests
"""
case(
    name="x-quoted-printable-suspension",
    date="Thu, 05 Sep 2024 08:15:27 +0000",
    **{"from": "legal@x.com"},
    name_from="X Legal Requests",
    subject="RE: KCSC-240902-01 [case 0442731]",
    reply_to_req=req_id("KCSC-240902-01"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_text)}""",
    outcome="applied", classification="confirmation",
    imitates="agent reply in quoted-printable with soft line breaks (non-ASCII dash)",
    why="one post removed; the other unavailable because the account was suspended (made unavailable = removed)",
    items={X[5]: "removed", X[2]: "removed"},
)

x1_head, x1_tail = X[1].rsplit("/", 1)
case(
    name="x-outlook-wrapped-url",
    date="Thu, 05 Sep 2024 23:50:02 +0000",
    **{"from": "legal@x.com"},
    name_from="X Legal Requests",
    subject="RE: KCSC-240902-01 Request for removal of unlawful content",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""
Hello,

We have withheld the following post in South Korea in response to your
request: {x1_head}/
{x1_tail}

The other post you asked about,
{X[6]}, could not be found.
It has most likely been deleted by the account holder.

Kind regards,
X Legal Requests

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: legal@x.com
Subject: KCSC-240902-01 Request for removal of unlawful content

Dear X,

Please remove or restrict the following posts, which offer forged
identity documents for sale in breach of Korean law:

{X[1]}
{X[6]}
{X[9]}
{X[12]}

Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with a hard-wrapped URL over '-----Original Message-----'",
    why="URL wrapped after 'status/' is still the first post (withheld in KR); second could not be found; the quoted request states nothing",
    items={X[1]: "restricted", X[6]: "not_found", X[9]: "pending", X[12]: "pending"},
)

case(
    name="x-jira-resolved-comment",
    date="Mon, 09 Sep 2024 05:05:55 +0000",
    **{"from": "jira@x.com"},
    name_from="X Legal Requests (Jira)",
    subject="[JIRA] (LRQ-20931) KCSC-240902-01 removal request - Resolved",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""
—-—-—-—-—-—-—-—-—-—-—-—-

Reply above this line.

Hyun-woo Lim resolved this as Done.

Hyun-woo Lim commented:

Final outcome for the posts that were still open on our side:

  * https://twitter.com/kkachi_market/status/1830412739093393418 - removed (violates our regulated goods policy)
  * {X[3]} - removed
  * {X[12]} - reviewed, not in violation; no action taken

View request · Turn off this request's notifications

This is shared with KCSC Takedown.

Powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'resolved this as Done' customer notification with a public comment",
    why="bulleted results: two removed (one written with the old twitter.com host), one not in violation",
    items={X[8]: "removed", X[3]: "removed", X[12]: "rejected"},
)

case(
    name="x-text-table-resolved",
    date="Wed, 04 Sep 2024 10:40:00 +0000",
    **{"from": "support@x.com"},
    name_from="X Support",
    subject="Ticket Resolved - #0442731 (KCSC-240902-01)",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""
Dear Sir or Madam,

Your ticket #0442731 has been resolved. Actions taken:

No. | Post                                                     | Result
----+----------------------------------------------------------+----------------
1   | {X[1]} | Withheld in KR
2   | {X[4]}    | Withheld in KR
3   | {X[7]}  | Removed
4   | {X[8]}  | Removed

If you feel this ticket has not been resolved, simply reply to this email.

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style plain-text 'ticket resolved' with an ASCII table",
    why="text table: two withheld in KR, two removed",
    items={X[1]: "restricted", X[4]: "restricted", X[7]: "removed", X[8]: "removed"},
)

case(
    name="x-promise-will-review",
    date="Tue, 03 Sep 2024 04:00:12 +0000",
    **{"from": "support@x.com"},
    name_from="X Support",
    subject="[Ticket #0442731] Update on your request KCSC-240902-01",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""
##- Please type your reply above this line -##

Hello,

Thank you for your report. We are reviewing the posts below under the X
Rules and local law. Where a post is found to violate them, it will be
withheld in South Korea or removed:

{X[10]}
{X[11]}
{X[12]}

We aim to reply within five business days.

X Legal Requests
[Ticket ID: 0442731-K8QD]
""",
    outcome="review", review="not_understood",
    imitates="Zendesk agent 'we are reviewing' update naming the reported URLs",
    why="promise conditioned on review; names items but states no status",
    items={X[10]: "pending", X[11]: "pending", X[12]: "pending"},
)

case(
    name="x-solved-all-posts-bulk",
    date="Sun, 08 Sep 2024 12:00:00 +0000",
    **{"from": "support@x.com"},
    name_from="X Support",
    subject="[Ticket #0442731] Your request has been solved: KCSC-240902-01",
    reply_to_req=req_id("KCSC-240902-01"),
    body="""
##- Please type your reply above this line -##

Hello,

We have completed our review of request KCSC-240902-01. All of the posts
in your report have now been actioned and removed from X.

This ticket is now solved. If you reply to this email, the ticket will reopen.

X Legal Requests
[Ticket ID: 0442731-K8QD]
""",
    outcome="review", review="bulk",
    imitates="Zendesk solved notice with a one-line summary for the whole ticket",
    why="one statement about all 13 posts without naming any: bulk",
    items={u: "pending" for u in X},
)

case(
    name="x-dmarc-fail-untrusted",
    date="Fri, 06 Sep 2024 13:13:13 +0000",
    **{"from": "legal@x.com"},
    auth="fail",
    name_from="X Legal Requests",
    subject="Re: KCSC-240902-01 Request for removal of unlawful content",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""
Hello,

Following your request we have removed
{X[9]}
and
{X[11]}
from X.

X Legal Requests
""",
    outcome="review", review="untrusted",
    imitates="platform-looking reply whose DKIM/DMARC fail (relayed or forged)",
    why="From x.com but dmarc=fail: statements are held for review",
    items={X[9]: "pending", X[11]: "pending"},
)

case(
    name="x-asks-legal-basis",
    date="Wed, 04 Sep 2024 06:06:06 +0000",
    **{"from": "support@x.com"},
    name_from="X Support",
    subject="[Ticket #0442731] Additional information needed: KCSC-240902-01",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""
##- Please type your reply above this line -##

Hello,

Before we can act on the two posts below, we need the legal basis for
each of them:

1. {X[6]}
2. {X[9]}

Please reply to this ticket with the order, or the provision of Korean
law each post is said to breach. This ticket is set to Pending until we
hear back from you.

X Legal Requests
[Ticket ID: 0442731-K8QD]
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Zendesk 'Pending' agent reply asking the requester for more information",
    why="asks for documents about two named posts; no status",
    items={X[6]: "pending", X[9]: "pending"},
)

case(
    name="x-forwarded-by-colleague",
    date="Fri, 06 Sep 2024 01:30:00 +0000",
    **{"from": "jieun.park@kcsc.example"},
    name_from="Park Ji-eun",
    subject="Fwd: [Ticket #0442731] Update: KCSC-240902-01",
    body=f"""
FYI - X answered to my own address instead of the takedown mailbox.

Ji-eun

---------- Forwarded message ---------
From: X Support <support@x.com>
Date: Thu, Sep 5, 2024 at 6:02 PM
Subject: [Ticket #0442731] Update: KCSC-240902-01
To: Park Ji-eun <jieun.park@kcsc.example>

Hello,

The following posts have been removed for violating the X Rules:

{X[3]}
{X[5]}

X Legal Requests
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail 'Forwarded message' from a colleague relaying the platform's reply",
    why="statements are inside a forward by our own staff; the platform's authentication cannot be checked",
    items={X[3]: "pending", X[5]: "pending"},
)

# ======================= Discord (KCSC-240903-02, 4 items) =======================
case(
    name="discord-zendesk-solved",
    date="Thu, 05 Sep 2024 19:22:41 +0000",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="[Discord Safety] Re: KCSC-240903-02 - Ticket #31870452 solved",
    reply_to_req=req_id("KCSC-240903-02"),
    body=f"""
Hi there,

Thanks for your patience while our team looked into this.

We reviewed the content from your request and here is what we did:

• The message at {D[0]} has been deleted and the account that sent it has been disabled.
• The server behind the invite {D[1]} has been removed from Discord.
• The invite {D[3]} is invalid or expired, so we couldn't identify any server from it.

If you have more information about any of these, just reply to this email.

Best,
Discord Trust & Safety

Ticket #31870452 · This ticket has been solved. Replying will reopen it.
https://support.discord.com/hc/en-us/requests/31870452
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety Zendesk reply (bulleted per item) marked solved",
    why="message deleted, server removed, invite invalid; ticket link is not an item",
    items={D[0]: "removed", D[1]: "removed", D[3]: "not_found"},
)

case(
    name="discord-status-next-line",
    date="Mon, 09 Sep 2024 16:03:20 +0000",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="Re: [Discord Safety] Re: KCSC-240903-02 - Ticket #31870452 solved",
    extra_headers=thread(req_id("KCSC-240903-02") + "@kcsc.example",
                         "zd-31870452-3@discord.com"),
    body=f"""
Hello,

Following up on the last item in your request:

{D[2]}
Outcome: No violation of Discord's Community Guidelines or Terms of Service found. The message remains up.

Kind regards,
Discord Trust & Safety

On Thu, Sep 5, 2024 at 12:22 PM Discord Trust & Safety <safety@discord.com> wrote:
> • The message at {D[0]} has been deleted and the account that sent it has been disabled.
> • The server behind the invite {D[1]} has been removed from Discord.
""",
    outcome="applied", classification="confirmation",
    imitates="follow-up in the same Zendesk thread, URL with 'Outcome:' on the next line",
    why="status on the line below the URL: no violation; quoted earlier answers must not apply",
    items={D[2]: "rejected", D[0]: "pending", D[1]: "pending"},
)

case(
    name="discord-dsa-style-records",
    date="Fri, 06 Sep 2024 10:10:10 +0000",
    **{"from": "noreply@discord.com"},
    name_from="Discord",
    subject="Your report has been processed (KCSC-240903-02)",
    reply_to_req=req_id("KCSC-240903-02"),
    body=f"""
Your report has been processed.

Report ID: 9A2F-31870452
Reporter: Korea Communications Standards Commission (KCSC-240903-02)

Reported content: {D[0]}
Type of content: Message
Decision: Content removed
Ground: Violation of Discord's Terms of Service (illegal goods and services)
Territorial scope: Worldwide
Automated decision: No

Reported content: {D[1]}
Type of content: Server
Decision: Server removed
Ground: Violation of Discord's Terms of Service (illegal goods and services)
Territorial scope: Worldwide
Automated decision: No

You can learn more about how we enforce our policies at
https://discord.com/safety/our-approach-to-content-moderation
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons records echoing the report",
    why="two records, both removed worldwide; safety page link is not an item",
    items={D[0]: "removed", D[1]: "removed"},
)

case(
    name="discord-appears-and-under-review",
    date="Wed, 04 Sep 2024 21:40:00 +0000",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="[Discord Safety] KCSC-240903-02 - Ticket #31870452",
    reply_to_req=req_id("KCSC-240903-02"),
    body=f"""
Hi,

We've had a first look at your report. The message at
{D[0]}
appears to have been deleted already. The server linked by
{D[1]} is still under investigation, and we'll update this
ticket once that is complete.

Discord Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Discord Trust & Safety interim reply in an open ticket",
    why="'appears to have been deleted' is a hedge and 'under investigation' is no status",
    items={D[0]: "pending", D[1]: "pending"},
)

case(
    name="discord-zendesk-default-domain",
    date="Thu, 05 Sep 2024 19:25:00 +0000",
    **{"from": "support@discordapp.zendesk.com"},
    name_from="Discord Support",
    subject="[Discord] Request #31870452: KCSC-240903-02 - solved",
    reply_to_req=req_id("KCSC-240903-02"),
    body=f"""
##- Please type your reply above this line -##

Your request #31870452 has been solved.

Discord Support (Discord)
Sep 5, 2024, 12:25 PDT

The server behind {D[1]} has been removed from Discord, and the invite
{D[3]} no longer resolves to any server.

This email is a service from Discord.
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk notification sent from the vendor's default subdomain instead of the company's domain",
    why="zendesk.com is not a Discord sender domain; statements cannot be trusted as the platform's",
    items={D[1]: "pending", D[3]: "pending"},
)

case(
    name="discord-out-of-office",
    date="Tue, 03 Sep 2024 02:01:40 +0000",
    **{"from": "lena.ortiz@discord.com"},
    name_from="Lena Ortiz",
    subject="Automatic reply: KCSC-240903-02 Request for removal of unlawful content",
    reply_to_req=req_id("KCSC-240903-02"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I'm out of the office until Monday 16 September with limited access to
email. Safety reports are handled by the team through the ticket already
open for you; for urgent legal matters please write to legal@discord.com.

Lena
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="discord-reminder-reply-outlook",
    date="Thu, 12 Sep 2024 17:48:00 +0000",
    **{"from": "legal@discord.com"},
    name_from="Discord Legal",
    subject="RE: Reminder: KCSC-240903-02 - items still pending after the deadline",
    extra_headers=thread(req_id("KCSC-240903-02") + "@kcsc.example",
                         REM.format(ref="KCSC-240903-02")),
    body=f"""
Hello,

Apologies, this one fell between our teams. For the two items your reminder lists:

{D[2]} - reviewed; it does not break our Community Guidelines, so no action was taken.
{D[3]} - this invite link is not valid and does not lead to any server we can find.

Regards,
Discord Legal

________________________________
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 9:00 AM
To: legal@discord.com
Subject: Reminder: KCSC-240903-02 - items still pending after the deadline

Our request KCSC-240903-02 of 3 September 2024 was due on 10 September 2024.
Still pending:
{D[2]}
{D[3]}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply to a reminder, over an Outlook header block",
    why="one no-violation refusal, one invalid invite; the reminder below is our own text",
    items={D[2]: "rejected", D[3]: "not_found"},
)

# ======================= Kakao (KCSC-240905-03, 5 items) =======================
case(
    name="kakao-freshdesk-receipt-korean",
    date="Thu, 05 Sep 2024 05:12:40 +0000",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="[#58213] 문의가 접수되었습니다 (KCSC-240905-03)",
    reply_to_req=req_id("KCSC-240905-03"),
    body="""
안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

접수번호: #58213
접수일시: 2024-09-05 14:12

담당자가 내용을 확인한 뒤 순서대로 답변드리겠습니다.
추가로 전달하실 내용이 있으면 이 메일에 회신해 주세요. 같은 문의에 자동으로 추가됩니다.

카카오 고객센터
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk-style Korean '문의가 접수되었습니다' receipt",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="kakao-korean-numbered-result",
    date="Mon, 09 Sep 2024 02:30:00 +0000",
    **{"from": "safety@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject="[#58213] 게시중단 요청 처리 결과 안내 (KCSC-240905-03)",
    reply_to_req=req_id("KCSC-240905-03"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대해 아래와 같이 처리하였음을 알려드립니다.

1. {K[0]}
   → 게시중단 처리되었습니다.
2. {K[1]}
   → 임시조치(30일)되었습니다.
3. {K3_RAW}
   → 작성자가 이미 삭제한 게시물로, 확인되지 않습니다.

나머지 2건은 검토가 끝나는 대로 이 문의로 다시 안내드리겠습니다.

감사합니다.
카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 게시중단 처리 결과 안내 with numbered items and arrows",
    why="게시중단 (removed), 임시조치 (restricted), already deleted by author (not_found, raw Korean path)",
    items={K[0]: "removed", K[1]: "restricted", K[3]: "not_found"},
)

html_k = f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(KCSC-240905-03)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일자</th></tr>
<tr><td>1</td><td>{K[2]}</td><td>비공개 처리</td><td>2024-09-10</td></tr>
<tr><td>2</td><td>{K[4]}</td><td>조치 불가 (운영정책 위반 사항 없음)</td><td>2024-09-10</td></tr>
<tr><td>3</td><td>{K[1]}</td><td>접근 제한(국내)</td><td>2024-09-09</td></tr>
</table>
<p>문의사항은 본 메일에 회신해 주시기 바랍니다.</p>
<p>카카오 권리침해신고센터</p>
</body></html>"""
case(
    name="kakao-html-table-korean",
    date="Tue, 10 Sep 2024 08:00:00 +0000",
    **{"from": "safety@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject="[#58213] 시정요구 조치결과 회신",
    reply_to_req=req_id("KCSC-240905-03"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(html_k)}""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 HTML table (base64 body)",
    why="비공개 처리 (removed), 조치 불가 with reason (rejected), 접근 제한(국내) (restricted)",
    items={K[2]: "removed", K[4]: "rejected", K[1]: "restricted"},
)

ktext = f"""방송통신심의위원회 담당자님께,

요청번호 KCSC-240905-03 관련 추가 회신입니다.

{K[2]} 게시물은 블로그 운영자에 의해 비공개 처리되었음을 확인하였습니다.
{K[4]}은 카페 운영정책 위반이 확인되지 않아 게시를 유지합니다.

카카오 권리침해신고센터 드림
"""
case(
    name="kakao-base64-particle",
    date="Wed, 11 Sep 2024 01:45:00 +0000",
    **{"from": "safety@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject="Re: [#58213] 게시중단 요청 (KCSC-240905-03)",
    reply_to_req=req_id("KCSC-240905-03"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(ktext)}""",
    outcome="applied", classification="confirmation",
    imitates="Korean agent reply in a base64 body, URL followed directly by a particle",
    why="비공개 처리 (removed); kept up as not violating (rejected), URL glued to '은'",
    items={K[2]: "removed", K[4]: "rejected"},
)

case(
    name="kakao-agent-forward-with-summary",
    date="Mon, 09 Sep 2024 06:20:00 +0000",
    **{"from": "sora.jung@kakaocorp.com"},
    name_from="정소라",
    subject="FW: [#58213] 카페 게시물 처리 내역",
    reply_to_req=req_id("KCSC-240905-03"),
    body=f"""
담당자님, 안녕하세요.

아래 카페 운영팀 처리 내역을 전달드립니다.
요약하면 {K[0]} 게시물은 삭제 완료되었습니다.

정소라 드림
카카오 권리침해신고센터

---------- Forwarded message ---------
보낸사람: 카페 운영팀 <cafeops@kakaocorp.com>
Date: 2024년 9월 9일 (월) 오후 2:40
Subject: [#58213] 카페 게시물 처리 내역
To: 정소라 <sora.jung@kakaocorp.com>

bluefinch 카페 118번 글 삭제 완료, 121번 글은 임시조치 진행했습니다.
""",
    outcome="applied",
    imitates="platform agent forwarding an internal team note with her own summary on top",
    why="the agent's own unforwarded line says the first cafe post was deleted; the internal note names no URL",
    items={K[0]: "removed"},
)

case(
    name="kakao-bulk-korean",
    date="Thu, 12 Sep 2024 03:00:00 +0000",
    **{"from": "safety@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject="[#58213] 처리 완료 안내 (KCSC-240905-03)",
    reply_to_req=req_id("KCSC-240905-03"),
    body="""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 KCSC-240905-03 건의 게시물 5건은 모두 삭제 조치가 완료되었습니다.
본 문의는 처리 완료 상태로 변경됩니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean ticket closure '모두 삭제 조치 완료' for the whole request",
    why="all five posts said deleted without naming any: bulk for a 5-item request",
    items={u: "pending" for u in K},
)

case(
    name="kakao-not-our-service-naver-url",
    date="Mon, 09 Sep 2024 04:10:00 +0000",
    **{"from": "safety@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject="[#58240] Re: KCSC-240906-04 불법정보 시정요구",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

문의하신 {N[1]} 게시물은 카카오(다음) 서비스의 게시물이 아니어서
당사에서 확인하거나 조치할 수 없습니다. 네이버 측에 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Korean portal reply to a request for another portal's URL",
    why="Kakao speaks about a NAVER item: whatever it says, it cannot set that item's status",
    items={N[1]: "pending"},
)

# ======================= NAVER (KCSC-240906-04, 3 items) =======================
case(
    name="naver-read-receipt",
    date="Fri, 06 Sep 2024 02:14:00 +0000",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원",
    subject="읽음 확인: KCSC-240906-04 불법정보 시정요구",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-5521"

--mdn-5521
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

이 메시지는 2024-09-06 오전 11:14에 policy@navercorp.com 님이 읽었습니다.
제목: KCSC-240906-04 불법정보 시정요구

--mdn-5521
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER Works Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <{req_id("KCSC-240906-04")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-5521--
""",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (RFC 8098) in Korean",
    why="read receipt only",
    items={},
)

case(
    name="naver-partial-answer",
    date="Tue, 10 Sep 2024 01:00:00 +0000",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (접수번호 2409-118822)",
    reply_to_req=req_id("KCSC-240906-04"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

문의하신 시정요구(KCSC-240906-04)에 대해 1차 답변 드립니다.

- {N[0]} : 권리침해 신고 절차에 따라 임시조치되었습니다.
- {N[1]} , {N[2]} : 카페 운영팀에서 검토 중이며, 결과는 확인되는 대로 다시 안내드리겠습니다.

이용에 불편을 드려 죄송합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre partial answer (1차 답변)",
    why="blog post 임시조치 (restricted); the two cafe posts are only under review",
    items={N[0]: "restricted", N[1]: "pending", N[2]: "pending"},
)

case(
    name="naver-reminder-reply-korean",
    date="Mon, 16 Sep 2024 00:40:00 +0000",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원",
    subject="RE: [독촉] KCSC-240906-04 처리 기한 경과 안내",
    extra_headers=thread(req_id("KCSC-240906-04") + "@kcsc.example",
                         REM.format(ref="KCSC-240906-04")),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.
답변이 늦어 죄송합니다.

아래 게시물은 삭제 조치가 완료되었습니다.
{N[1]}

{N[2]} 은 이미 작성자가 삭제하여 존재하지 않는 게시물입니다.

감사합니다.

2024년 9월 14일 (토) 오전 9:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 아래 게시물의 처리 결과를 알려 주시기 바랍니다.
> {N[0]}
> {N[1]}
> {N[2]}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean reply to a reminder, Gmail-style Korean quote header",
    why="one cafe post deleted (heading above it), the other already deleted by its author (not_found); quoted reminder states nothing",
    items={N[1]: "removed", N[2]: "not_found", N[0]: "pending"},
)

case(
    name="naver-hedge-korean",
    date="Wed, 11 Sep 2024 05:30:00 +0000",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    subject="[네이버 고객센터] 추가 답변 (접수번호 2409-118822)",
    reply_to_req=req_id("KCSC-240906-04"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

문의하신 {N[1]} 게시물은 작성자가 삭제한 것으로 보이나,
정확한 처리 여부는 카페 운영팀에서 확인 중입니다.

확인되는 대로 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER customer-centre interim answer with a Korean hedge",
    why="'삭제한 것으로 보이나 … 확인 중' is a hedge, not a statement",
    items={N[1]: "pending"},
)

html_n = f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>KCSC-240906-04 시정요구에 대한 조치 결과를 알려드립니다.</p>
<table border="1">
<tr><th>URL</th><th>조치 내용</th><th>처리일</th></tr>
<tr><td>{N[0]}</td><td>임시조치</td><td>2024.09.09</td></tr>
<tr><td>{N[1]}</td><td>삭제</td><td>2024.09.11</td></tr>
<tr><td>{N[2]}</td><td>게시물 없음 (작성자 삭제)</td><td>-</td></tr>
</table>
<p>네이버 정책지원팀 드림</p>
</body></html>"""
text_n = f"""방송통신심의위원회 귀중

KCSC-240906-04 시정요구에 대한 조치 결과를 알려드립니다.

URL | 조치 내용 | 처리일
{N[0]} | 임시조치 | 2024.09.09
{N[1]} | 삭제 | 2024.09.11
{N[2]} | 게시물 없음 (작성자 삭제) | -

네이버 정책지원팀 드림
"""
case(
    name="naver-html-qp-table",
    date="Thu, 12 Sep 2024 07:00:00 +0000",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원",
    subject="[조치결과] KCSC-240906-04",
    reply_to_req=req_id("KCSC-240906-04"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="nv-alt-8812"

--nv-alt-8812
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(text_n)}
--nv-alt-8812
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(html_n)}
--nv-alt-8812--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 조치결과 HTML table, quoted-printable",
    why="임시조치 (restricted), 삭제 (removed), 게시물 없음 author-deleted (not_found)",
    items={N[0]: "restricted", N[1]: "removed", N[2]: "not_found"},
)

case(
    name="naver-fullwidth-brackets",
    date="Fri, 13 Sep 2024 02:00:00 +0000",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    subject="[네이버 고객센터] 최종 답변 (접수번호 2409-118822)",
    reply_to_req=req_id("KCSC-240906-04"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 블로그 게시물（{N[0]}）은 임시조치되었으며,
카페 게시물（{N[1]}）은 카페 운영원칙 위반으로 삭제되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre final answer, URLs in full-width brackets",
    why="blog post 임시조치 (restricted), cafe post deleted (removed)",
    items={N[0]: "restricted", N[1]: "removed"},
)

# ======================= YouTube (KCSC-240909-05, 2 items) =======================
case(
    name="yt-jira-request-received",
    date="Mon, 09 Sep 2024 01:03:00 +0000",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    subject="Request received: KCSC-240909-05 Removal of unlawful content [YTL-77310]",
    reply_to_req=req_id("KCSC-240909-05"),
    body=f"""
—-—-—-—-—-—-—-—-—-—-—-—-

Reply above this line.

Your request has been received. A member of our team will reply here.

Reference: YTL-77310
Request type: Government removal request

Description (as submitted):
  Please remove the following content:
  {Y[0]}
  {Y[1]}

View request · Turn off this request's notifications

Powered by Jira Service Management
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request received' notification echoing the submitted description",
    why="receipt; the URLs appear only in the echo of our own request",
    items={Y[0]: "pending", Y[1]: "pending"},
)

case(
    name="yt-resolved-restricted-and-removed",
    date="Thu, 12 Sep 2024 09:30:00 +0000",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    subject="Resolved: KCSC-240909-05 Removal of unlawful content [YTL-77310]",
    reply_to_req=req_id("KCSC-240909-05"),
    body=f"""
—-—-—-—-—-—-—-—-—-—-—-—-

Reply above this line.

YouTube Legal Support resolved this as Done.

Hello,

Following our review of your request under local law, we have restricted
access to the following content in South Korea:
{Y[0]}

In addition, the Short {Y[1]} was removed from YouTube
for violating our Community Guidelines.

For more information on our policies see https://support.google.com/youtube/answer/2801999

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome inside a Jira Service Management 'resolved' notice",
    why="video restricted in South Korea (URL on the line below), Short removed; help link is not an item",
    items={Y[0]: "restricted", Y[1]: "removed"},
)

case(
    name="yt-youtu-be-age-restricted",
    date="Fri, 13 Sep 2024 04:00:00 +0000",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    subject="Re: KCSC-240909-05 Removal of unlawful content [YTL-77310]",
    reply_to_req=req_id("KCSC-240909-05"),
    body="""
Hi,

A correction to our earlier note: after a second review we have applied an
age restriction to https://youtu.be/Qm3vT8xLp2A, so it can only be watched
by signed-in viewers aged 18 or over.

Best,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube agent follow-up using a youtu.be short link",
    why="age-restricted is restricted; youtu.be/ID is the requested watch?v=ID",
    items={Y[0]: "restricted"},
)

# ======================= Telegram (KCSC-240910-06, 1 item) =======================
case(
    name="tg-one-item-taken-down",
    date="Wed, 11 Sep 2024 11:11:00 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Re: KCSC-240910-06 Request for removal of unlawful content",
    reply_to_req=req_id("KCSC-240910-06"),
    body=f"""
Hello,

Thank you for your report (Case #5512093). The reported content has been
taken down.

Telegram Moderation Team

On Tue, 10 Sep 2024 10:00 KST, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
> Please remove the following message, which advertises the sale of narcotics:
> {T[0]}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk short reply above the quoted request",
    why="one-item request: 'the reported content has been taken down' applies to its only item",
    items={T[0]: "removed"},
)

case(
    name="tg-bounce-dsn",
    date="Wed, 18 Sep 2024 00:00:40 +0000",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    auth="none",
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-7A1C"

--dsn-7A1C
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa@telegram.org>: host mx.telegram.org[203.0.113.25] said: 552 5.2.2
    Mailbox full (in reply to RCPT TO command)

--dsn-7A1C
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 18 Sep 2024 09:00:31 +0900

Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.telegram.org
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-7A1C
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: Reminder: KCSC-240910-06 - items still pending
Message-ID: <{REM.format(ref="KCSC-240910-06")}>
Date: Wed, 18 Sep 2024 09:00:30 +0900

--dsn-7A1C--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN for a reminder to a full mailbox",
    why="delivery status notification",
    items={},
)

# ======================= Reddit (KCSC-240911-07, 2 items) =======================
case(
    name="reddit-helpscout-angle-brackets",
    date="Fri, 13 Sep 2024 18:20:00 +0000",
    **{"from": "safety@reddit.com"},
    name_from="Reddit Safety",
    subject="Re: KCSC-240911-07 Request for removal of unlawful content [#88214]",
    reply_to_req=req_id("KCSC-240911-07"),
    body=f"""
## Please reply above this line ##

Hi KCSC team,

Thanks for reaching out. We looked into both links:

<{R[0]}> was removed by our Safety team for violating Reddit's rules on prohibited transactions.

<{R[1]}> had already been deleted by its author before we reviewed it, so there was nothing further for us to do.

Best,
Reddit Safety

Conversation #88214 · Reddit Safety Help Desk
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout reply ('Please reply above this line') with URLs in angle brackets",
    why="one removed by Safety, one already deleted by its author (not_found)",
    items={R[0]: "removed", R[1]: "not_found"},
)

case(
    name="reddit-conditional-promise",
    date="Thu, 12 Sep 2024 15:00:00 +0000",
    **{"from": "safety@reddit.com"},
    name_from="Reddit Safety",
    subject="Re: KCSC-240911-07 Request for removal of unlawful content [#88214]",
    reply_to_req=req_id("KCSC-240911-07"),
    body=f"""
## Please reply above this line ##

Hi,

Thanks for the report about r/koreanswap. Our team will review the two posts you sent:

{R[0]}
{R[1]}

If they are found to break Reddit's rules or local law, they will be removed
or geo-restricted in South Korea. We'll follow up in this conversation.

Reddit Safety
""",
    outcome="review", review="not_understood",
    imitates="Help Scout interim reply promising a review",
    why="conditional promise about named posts: no status",
    items={R[0]: "pending", R[1]: "pending"},
)

case(
    name="reddit-out-of-office",
    date="Wed, 11 Sep 2024 01:00:20 +0000",
    **{"from": "dwhitfield@reddit.com"},
    name_from="Dana Whitfield",
    subject="Automatic reply: KCSC-240911-07 Request for removal of unlawful content",
    reply_to_req=req_id("KCSC-240911-07"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office with no access to email,
returning on 23 September 2024. Requests about content on Reddit are
handled by our Safety team; you will hear from them directly.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="reddit-lawyer-unknown-sender",
    date="Fri, 13 Sep 2024 06:00:00 +0000",
    **{"from": "hwang@hanbitlaw.example"},
    name_from="Hwang Min-seo (Hanbit Law)",
    subject="KCSC-240911-07 - response on behalf of the poster",
    body=f"""
Dear Sir or Madam,

We act for the user who published the post at
{R[1]}
which is named in your request KCSC-240911-07.

Our client has deleted the post, and it is no longer available on Reddit.
We ask that the matter be regarded as closed.

Yours faithfully,
Hwang Min-seo
Hanbit Law Office
""",
    outcome="review", review="unknown_sender",
    imitates="law firm writing for the poster about a request",
    why="not a platform domain; names the request and a URL",
    items={R[1]: "pending"},
)

HEADER = """# Blind set 176: ticket systems and threads (Zendesk / Freshdesk / Jira /
# Help Scout receipts and results, solved tickets, same-thread follow-ups,
# replies to reminders, partial answers, forwarded mail). Written by
# tests/corpus/blind176/make.py from each email's meaning, before any run."""


def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 encoded-words, as mailers send them."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = email.header.Header(v, "utf-8").encode()


def main():
    for c in cases:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, "blind176", HEADER, cases)


if __name__ == "__main__":
    main()
