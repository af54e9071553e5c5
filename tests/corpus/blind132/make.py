#!/usr/bin/env python3
"""Blind set blind132: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by a note, statuses given by position. Written before any run
of the reader; every expected result comes from the email's meaning.

    python3 tests/corpus/blind132/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
N4_RAW = "https://post.naver.com/달빛상점/70011"
N4 = "https://post.naver.com/" + quote("달빛상점") + "/70011"

T = {
    1: "https://t.me/moonlit_bazaar/1041",
    2: "https://t.me/moonlit_bazaar/1042",
    3: "https://t.me/moonlit_bazaar/1057",
    4: "https://t.me/greyfinch_market/88",
    5: "https://t.me/greyfinch_market/93",
    6: "https://t.me/greyfinch_market/97",
    7: "https://t.me/paper_lantern_kr/310",
    8: "https://t.me/paper_lantern_kr/311",
    9: "https://t.me/paper_lantern_kr/402",
    10: "https://t.me/copperkettle77/15",
    11: "https://t.me/copperkettle77/16",
    12: "https://t.me/tidewater_deals/2204",
}
X = {
    1: "https://x.com/velvet_orchard/status/1833012345678901201",
    2: "https://x.com/velvet_orchard/status/1833012345678901388",
    3: "https://x.com/northgate_tips/status/1833120000000004417",
    4: "https://x.com/northgate_tips/status/1833120000000004590",
    5: "https://x.com/slate_pigeon/status/1833255555555550012",
    6: "https://x.com/amber_quay/status/1835800000000000777",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm4rT8vLx2A",
    2: "https://www.youtube.com/watch?v=Hp7Zk1Wd9sE",
    3: "https://www.youtube.com/watch?v=bN3cF6yUo0R",
    4: "https://www.youtube.com/shorts/Lw2Jq5Xe8Tg",
}
NV = {
    1: "https://blog.naver.com/hanbit_notes/223561234501",
    2: "https://blog.naver.com/hanbit_notes/223561234777",
    3: "https://cafe.naver.com/greenvalleytrade/48211",
    4: N4,
}
D = {
    1: "https://cafe.daum.net/silverbrook/Ab12/3301",
    2: "https://cafe.daum.net/silverbrook/Ab12/3315",
    3: "https://quietfern.tistory.com/118",
}
K = {
    1: "https://www.tiktok.com/@lumen_drift/video/7414000000000001234",
    2: "https://www.tiktok.com/@lumen_drift/video/7414000000000005678",
}

REQUESTS = [
    ("KCSC-240911-01", "telegram", "2024-09-11", "2024-09-18", list(T.values()), "gambling",
     "req-240911-01@kcsc.example", "twelve posts in four channels"),
    ("KCSC-240912-02", "x", "2024-09-12", "2024-09-19", [X[i] for i in range(1, 6)], "defamation",
     "req-240912-02@kcsc.example", ""),
    ("KCSC-240913-03", "youtube", "2024-09-13", "2024-09-20", list(Y.values()), "drugs",
     "req-240913-03@kcsc.example", ""),
    ("KCSC-240913-04", "naver", "2024-09-13", "2024-09-20", list(NV.values()), "privacy",
     "req-240913-04@kcsc.example", "one Korean-path post"),
    ("KCSC-240916-05", "kakao", "2024-09-16", "2024-09-23", list(D.values()), "obscene",
     "req-240916-05@kcsc.example", ""),
    ("KCSC-240916-06", "tiktok", "2024-09-16", "2024-09-23", list(K.values()), "drugs",
     "req-240916-06@kcsc.example", ""),
    ("KCSC-240917-07", "x", "2024-09-17", "2024-09-24", [X[6]], "gambling",
     "req-240917-07@kcsc.example", "single post"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


TG_REQUEST = """Dear Telegram team,

The Korea Communications Standards Commission asks you to remove the
following content, which is illegal under Korean law (illegal gambling
promotion). Reference: KCSC-240911-01.

""" + "\n".join(T.values()) + """

Please reply to this address with the outcome for each link.

KCSC Takedown Desk"""

X_REQUEST = """Dear X Legal,

Reference: KCSC-240912-02
The posts below are unlawful under Korean law (defamation, Information
and Communications Network Act, art. 44-7). Please remove or withhold them
and tell us the outcome for each post.

""" + "\n".join(X[i] for i in range(1, 6)) + """

Regards,
KCSC Takedown Desk"""


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").strip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").strip("\n")


# ------------------------------------------------------------------- cases
CASES = []


def enc(s):
    """RFC 2047 encoded-word for a non-ASCII header value, as mailers send it."""
    if s.isascii():
        return s
    return Header(s, "utf-8").encode()


def case(**c):
    for key in ("name_from", "subject"):
        if key in c:
            c[key] = enc(c[key])
    CASES.append(c)


TG_FROM = "abuse@telegram.org"

# ---- Telegram
case(
    name="tg-three-outcomes-one-sentence",
    **{"from": TG_FROM}, name_from="Telegram Abuse",
    date="Tue, 17 Sep 2024 11:04:12 +0000",
    subject="Re: [KCSC-240911-01] Request for removal of illegal content",
    reply_to_req="req-240911-01",
    body=f"""Hello,

Thank you for your notice about the channel @moonlit_bazaar.

Our moderators removed {T[1]}, restricted {T[2]} so that it can no longer be
opened from South Korea, and were unable to find any message at
{T[3]}.

Regards,
Emil
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply in prose",
    why="one sentence carries three outcomes: removed, restricted in KR, not found",
    items={T[1]: "removed", T[2]: "restricted", T[3]: "not_found"},
)

case(
    name="tg-hedge-in-relative-clause",
    **{"from": TG_FROM}, name_from="Telegram Support",
    date="Tue, 17 Sep 2024 14:31:40 +0000",
    subject="Re: [KCSC-240911-01] Request for removal of illegal content",
    reply_to_req="req-240911-01",
    body=f"""Hi,

Regarding your request KCSC-240911-01:

The message {T[4]}, which may have been forwarded to other chats
before we acted, has been deleted.

As for {T[5]}, it appears the channel admin edited it after
your report. We are checking the current version and will get back to you.

Best,
Marta
Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram support agent reply, free prose",
    why="'may have been forwarded' hedges the forwarding, not the deletion; the second item is only 'appears edited' and being checked",
    items={T[4]: "removed", T[5]: "pending"},
)

case(
    name="tg-negated-refusals",
    **{"from": TG_FROM}, name_from="Telegram Abuse",
    date="Wed, 18 Sep 2024 08:15:03 +0000",
    subject="Re: [KCSC-240911-01] Request for removal of illegal content",
    reply_to_req="req-240911-01",
    body=f"""Dear KCSC,

We have not removed {T[6]}. The message quotes a
published news article about a gambling prosecution and does not break
Telegram's Terms of Service for public channels.

Likewise, {T[7]} will not be taken down: our review
found no violation in it.

If you have a court order concerning either message, you can send it to
this address and we will look at the matter again.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram refusal with reasons",
    why="two negated actions with reasons: both stay up, rejected ('will not be taken down' is a refusal, not a promise)",
    items={T[6]: "rejected", T[7]: "rejected"},
)

case(
    name="tg-correction-revises-first-line",
    **{"from": TG_FROM}, name_from="Telegram Abuse",
    date="Wed, 18 Sep 2024 10:47:55 +0000",
    subject="Re: [KCSC-240911-01] Request for removal of illegal content",
    reply_to_req="req-240911-01",
    body=f"""Hello,

{T[8]} - removed
{T[9]} - removed

Sorry, one correction to the above: the message at
{T[8]} had already been deleted by the channel owner
before our team reached it, so there was nothing for us to remove. Only
402 was removed by us.

Kind regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with a correction paragraph",
    why="the correction replaces 'removed' with 'already deleted by the owner' for 311 (not_found); 402 removed stands",
    items={T[8]: "not_found", T[9]: "removed"},
)

case(
    name="tg-statuses-by-position",
    **{"from": TG_FROM}, name_from="Telegram Abuse",
    date="Wed, 18 Sep 2024 12:02:31 +0000",
    subject="Re: [KCSC-240911-01] Request for removal of illegal content",
    reply_to_req="req-240911-01",
    body=f"""Hello,

You reported the following messages:

1. {T[10]}
2. {T[11]}
3. {T[12]}

Outcome:
- 1 and 2 were taken down for violating our Terms of Service.
- 3 could not be found. The channel seems to have deleted it itself.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram reply echoing a numbered list, outcomes by number",
    why="statuses given by list position: 1 and 2 removed, 3 not found ('seems' hedges only the cause)",
    items={T[10]: "removed", T[11]: "removed", T[12]: "not_found"},
)

case(
    name="tg-table-note-corrects-row",
    **{"from": TG_FROM}, name_from="Telegram Abuse",
    date="Wed, 18 Sep 2024 15:20:09 +0000",
    subject="Re: [KCSC-240911-01] Request for removal of illegal content",
    reply_to_req="req-240911-01",
    body=f"""Hello,

Results for the channel @moonlit_bazaar:

Link                                  | Action
--------------------------------------+-----------
{T[1]}      | Removed
{T[2]}      | Removed
{T[3]}      | Not found

Note from the reviewer: the second row is wrong. 1042 was not removed, it
was only made unavailable for users in South Korea under local law.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram text table with a reviewer's note",
    why="the note explicitly corrects row 2 (restricted in KR, not removed); rows 1 and 3 stand",
    items={T[1]: "removed", T[2]: "restricted", T[3]: "not_found"},
)

case(
    name="tg-table-note-conflict",
    **{"from": TG_FROM}, name_from="Telegram Abuse",
    date="Thu, 19 Sep 2024 06:40:27 +0000",
    subject="Re: [KCSC-240911-01] Request for removal of illegal content",
    reply_to_req="req-240911-01",
    body=f"""Hello,

Link                                  | Action
--------------------------------------+---------
{T[5]}     | Removed

Note: this message is still visible at the moment, because the channel
owner has appealed and the appeal is open.

Telegram Abuse Team
""",
    outcome="review", review="conflicting_statements",
    imitates="Telegram text table contradicted by its note",
    why="the table says removed, the note says still visible while an appeal is open; nothing says which holds",
    items={T[5]: "pending"},
)

TOP_POSTED_QUOTE = "On Wed, 11 Sep 2024 at 15:02, KCSC Takedown <takedown@kcsc.example> wrote:\n" + quoted(TG_REQUEST)
case(
    name="tg-top-posted-over-full-request",
    **{"from": TG_FROM}, name_from="Telegram Abuse",
    date="Thu, 19 Sep 2024 09:12:44 +0000",
    subject="Re: [KCSC-240911-01] Request for removal of illegal content",
    reply_to_req="req-240911-01",
    body=f"""We have removed {T[10]}. The remaining links from
your list are still with our moderators.

Telegram Abuse Team

{TOP_POSTED_QUOTE}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted Gmail-style reply over the quoted request",
    why="one item removed above the quote; the other eleven URLs appear only in the quoted request",
    items={T[10]: "removed"},
)

TG_B64 = f"""Hello,

Update on KCSC-240911-01.

{T[6]} has been blocked for all users.

{T[7]} will be blocked once the 24-hour notice we
gave to the channel owner has run out.

Telegram Abuse Team
"""
case(
    name="tg-base64-done-and-promise",
    **{"from": TG_FROM}, name_from="Telegram Abuse",
    date="Thu, 19 Sep 2024 10:55:18 +0000",
    subject="Re: [KCSC-240911-01] Request for removal of illegal content",
    reply_to_req="req-240911-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(TG_B64) + "\n",
    outcome="applied", classification="confirmation",
    imitates="Telegram reply sent base64-encoded",
    why="97 blocked for all users (removed); 310 only promised, stays pending",
    items={T[6]: "removed", T[7]: "pending"},
)

case(
    name="tg-numbered-status-below",
    **{"from": TG_FROM}, name_from="Telegram Abuse",
    date="Thu, 19 Sep 2024 13:30:00 +0000",
    subject="Re: [KCSC-240911-01] Request for removal of illegal content",
    reply_to_req="req-240911-01",
    body=f"""Hello,

Case #8841207 - results

1) {T[8]}
   Status: Blocked (global)
2) {T[9]}
   Status: Not actioned - no violation found
3) {T[12]}
   Status: Geo-restricted (KR)

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram ticket-style result list, status on the line below each link",
    why="status lines below each URL: blocked globally, not actioned for no violation, restricted in KR",
    items={T[8]: "removed", T[9]: "rejected", T[12]: "restricted"},
)

case(
    name="tg-conditional-promise",
    **{"from": TG_FROM}, name_from="Telegram Abuse",
    date="Tue, 17 Sep 2024 16:05:51 +0000",
    subject="Re: [KCSC-240911-01] Request for removal of illegal content",
    reply_to_req="req-240911-01",
    body=f"""Hello,

We have passed your report to the moderation team. The messages
{T[1]} and {T[2]} will be removed
within 24 hours if they are confirmed to break our rules.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram holding reply with a conditional promise",
    why="names two requested items but only promises removal on a condition",
    items={T[1]: "pending", T[2]: "pending"},
)

case(
    name="tg-forged-dmarc-fail",
    **{"from": TG_FROM}, name_from="Telegram Abuse",
    auth="fail",
    date="Wed, 18 Sep 2024 19:44:02 +0000",
    subject="Re: [KCSC-240911-01] Request for removal of illegal content",
    reply_to_req="req-240911-01",
    body=f"""Hello,

{T[10]} and {T[11]} have been deleted.

Telegram Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="Telegram abuse-desk reply, failing DMARC",
    why="plain item-level statements, but the telegram.org sender fails authentication",
    items={T[10]: "pending", T[11]: "pending"},
)

case(
    name="tg-channel-owner-lawyer",
    **{"from": "counsel@haneul-law.example"}, name_from="Haneul Law Office",
    date="Wed, 18 Sep 2024 17:20:00 +0900",
    subject="KCSC-240911-01 - post in channel @tidewater_deals",
    body=f"""Dear Sir or Madam,

We act for the administrator of the Telegram channel @tidewater_deals.
Our client deleted the post {T[12]} on 17 September
2024 and asks that your request KCSC-240911-01 be closed as far as it
concerns our client.

Yours faithfully,
Haneul Law Office
""",
    outcome="review", review="unknown_sender",
    imitates="letter from a channel owner's lawyer",
    why="a statement about a requested item from a sender that is not the platform",
    items={T[12]: "pending"},
)

case(
    name="tg-ticket-receipt",
    **{"from": "noreply@telegram.org"}, name_from="Telegram",
    date="Wed, 11 Sep 2024 06:03:10 +0000",
    subject="Case #8841207: we received your report",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

Your report has been received and registered as Case #8841207.
Your reference: KCSC-240911-01.

Our team will review it. You do not need to send it again. Replies to
this address are not read.

Telegram
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt",
    why="pure receipt: a case number and our reference, no item statements",
    items={},
)

# ---- X
X_FROM = "legal-noreply@x.com"
case(
    name="x-withheld-two-declined-one",
    **{"from": X_FROM}, name_from="X Legal",
    date="Tue, 17 Sep 2024 02:18:33 +0000",
    subject="Re: [KCSC-240912-02] Legal request",
    reply_to_req="req-240912-02",
    body=f"""Hello,

We have reviewed your request KCSC-240912-02.

Following our review, we have withheld the following posts in South Korea:
{X[1]}
{X[2]}

We did not take action on {X[3]}, because after
careful review we did not find it to violate the X Rules or to be unlawful
in Korea.

More about country-withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome (country withheld content)",
    why="two posts withheld in KR, one declined with a reason; the help link is no item",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "rejected"},
)

case(
    name="x-declined-and-account-suspended",
    **{"from": X_FROM}, name_from="X Legal",
    date="Wed, 18 Sep 2024 03:40:12 +0000",
    subject="Re: [KCSC-240912-02] Legal request",
    reply_to_req="req-240912-02",
    body=f"""Hello,

We are not withholding {X[4]}.
The post reports on a court hearing that was covered by national media,
and we have determined that it is not illegal content.

The account that posted {X[5]}
has been permanently suspended for violating our rules, so the post is no
longer available on X.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome with a refusal and a suspension",
    why="negated action with a reason (rejected); post of a suspended account no longer available (removed)",
    items={X[4]: "rejected", X[5]: "removed"},
)

case(
    name="x-all-withheld-bulk",
    **{"from": X_FROM}, name_from="X Legal",
    date="Wed, 18 Sep 2024 05:01:47 +0000",
    subject="Re: [KCSC-240912-02] Legal request",
    reply_to_req="req-240912-02",
    body="""Hello,

All content listed in your request KCSC-240912-02 has been withheld in
South Korea.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X one-line outcome covering a whole request",
    why="one statement for a five-item request without naming the posts",
    items={X[i]: "pending" for i in range(1, 6)},
)

case(
    name="x-single-item-no-url",
    **{"from": X_FROM}, name_from="X Legal",
    date="Thu, 19 Sep 2024 01:12:09 +0000",
    subject="Re: [KCSC-240917-07] Legal request",
    reply_to_req="req-240917-07",
    body="""Hello,

We have removed the reported post for violating our rules on illegal
gambling. Your reference: KCSC-240917-07.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X short outcome for a one-post request",
    why="unhedged removal answering a request of exactly one item",
    items={X[6]: "removed"},
)

case(
    name="x-outlook-original-message",
    **{"from": "d.moreno@x.com"}, name_from="Daniel Moreno",
    date="Thu, 19 Sep 2024 04:33:21 +0000",
    subject="RE: [KCSC-240912-02] Legal request",
    reply_to_req="req-240912-02",
    body=f"""Hi,

{X[2]} has now been withheld in Korea.
{X[1]} is still under review with our legal team.

Daniel
Legal Operations, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 4:10 PM
To: legal@x.com
Subject: [KCSC-240912-02] Legal request

{X_REQUEST}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above '-----Original Message-----'",
    why="one post withheld in KR, one under review; the unquoted original below lists all five and is not a statement",
    items={X[2]: "restricted", X[1]: "pending"},
)

case(
    name="x-dsa-statement-of-reasons",
    **{"from": "dsa-noreply@x.com"}, name_from="X",
    date="Thu, 19 Sep 2024 07:45:00 +0000",
    subject="Your notice KCSC-240912-02: decision",
    body=f"""Statement of reasons

Reference: KCSC-240912-02
Content: {X[4]}

Decision: access to the content has been restricted in the following
territory: KR (South Korea).
Ground: illegal content under the law of the Republic of Korea.
Facts and circumstances: notice from a national authority.
Automated means used in the decision: no.

The account holder can appeal this decision:
https://help.x.com/forms/legal-appeal

X
""",
    outcome="applied", classification="confirmation",
    imitates="DSA statement of reasons (territorial restriction)",
    why="decision restricts access in KR for one named post; the appeal link is no item",
    items={X[4]: "restricted"},
)

case(
    name="x-hedged-under-review",
    **{"from": X_FROM}, name_from="X Legal",
    date="Tue, 17 Sep 2024 09:27:30 +0000",
    subject="Re: [KCSC-240912-02] Legal request",
    reply_to_req="req-240912-02",
    body=f"""Hello,

We are still looking into {X[5]}.
It may be withheld in Korea if our legal team concludes that it is
unlawful there. We will update you when a decision has been made.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X interim reply with a conditional outcome",
    why="names a requested post but only says it may be withheld later",
    items={X[5]: "pending"},
)

case(
    name="x-out-of-office",
    **{"from": "j.park@x.com"}, name_from="Jiwoo Park",
    date="Thu, 12 Sep 2024 07:11:00 +0000",
    subject="Automatic reply: [KCSC-240912-02] Legal request",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 23 September with limited access to email.

For legal requests, please use legal@x.com; your message will not be
forwarded.

Jiwoo
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="recognized auto-reply",
    items={},
)

# ---- YouTube
YT_FROM = "legal-kr@google.com"
case(
    name="yt-removed-agerestricted-kept",
    **{"from": YT_FROM}, name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 06:50:11 +0000",
    subject="Re: [KCSC-240913-03] Removal request",
    reply_to_req="req-240913-03",
    body=f"""Hello,

Thank you for your notice. After review:

- {Y[1]} has been removed from YouTube for
  violating our Community Guidelines.
- {Y[2]} has been age-restricted; it stays
  available to signed-in adult viewers only.
- {Y[3]} will remain available. Our review
  found no violation of our policies, and we did not find a sufficient
  legal basis to restrict it in Korea.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome",
    why="removed, age-restricted (restricted), and kept up with a reason (rejected)",
    items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected"},
)

case(
    name="yt-heading-then-url",
    **{"from": YT_FROM}, name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 09:03:45 +0000",
    subject="Re: [KCSC-240913-03] Removal request",
    reply_to_req="req-240913-03",
    body=f"""Hello,

Removed for violating YouTube's Community Guidelines:

{Y[4]}

Blocked in South Korea based on local law:

{Y[2]}

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome grouped under headings",
    why="status stated in the heading above each URL",
    items={Y[4]: "removed", Y[2]: "restricted"},
)

case(
    name="yt-relative-clause-past-status",
    **{"from": YT_FROM}, name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 02:22:19 +0000",
    subject="Re: [KCSC-240913-03] Removal request",
    reply_to_req="req-240913-03",
    body=f"""Hello,

The video {Y[3]}, which we had age-restricted
last year after a viewer's flag, has now been removed for violating our
harassment policy.

The video {Y[1]}, which you also reported, has
not been removed: it is a news report by a registered broadcaster and it
remains available.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply in prose",
    why="the relative clause tells an old age restriction; the main clause removes it. The second is a negation with reason",
    items={Y[3]: "removed", Y[1]: "rejected"},
)

YT_QP = f"""안녕하세요,

Thank you for your notice KCSC-240913-03.

We have blocked {Y[2]} in South Korea on the basis of local law.

The video {Y[4]} has been actioned under our policies.

감사합니다.
The YouTube Legal Team
"""
case(
    name="yt-quoted-printable",
    **{"from": YT_FROM}, name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 07:14:58 +0000",
    subject="Re: [KCSC-240913-03] Removal request",
    reply_to_req="req-240913-03",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(YT_QP) + "\n",
    outcome="applied", classification="confirmation",
    imitates="YouTube reply in quoted-printable",
    why="KR block (restricted) and the platform's own 'actioned under our policies' (removed)",
    items={Y[2]: "restricted", Y[4]: "removed"},
)

case(
    name="yt-all-removed-bulk",
    **{"from": YT_FROM}, name_from="YouTube Legal Support",
    date="Thu, 19 Sep 2024 03:30:27 +0000",
    subject="Re: [KCSC-240913-03] Removal request",
    reply_to_req="req-240913-03",
    body="""Hello,

We have removed the videos you reported in KCSC-240913-03.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="bulk",
    imitates="YouTube one-line outcome for a whole notice",
    why="one statement covering a four-item request, no video named",
    items={Y[i]: "pending" for i in range(1, 5)},
)

case(
    name="yt-not-our-service",
    **{"from": YT_FROM}, name_from="YouTube Legal Support",
    date="Thu, 19 Sep 2024 05:48:40 +0000",
    subject="Re: [KCSC-240912-02] Legal request",
    body=f"""Hello,

We received your message about KCSC-240912-02, which seems to have
reached us by mistake.

The URL {X[1]} is not hosted on YouTube or on any
other Google service, so we cannot locate it and have taken no action.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="wrong_platform",
    imitates="'we do not host this' reply from another platform",
    why="Google states a not-found outcome for an X post",
    items={X[1]: "pending"},
)

YT_DSN = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b132-7"

--dsn-b132-7
Content-Type: text/plain; charset=utf-8

** Address not found **

Your message wasn't delivered to yt-legal-archive@google.com because the
address couldn't be found, or is unable to receive mail.

--dsn-b132-7
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.google.com

Final-Recipient: rfc822; yt-legal-archive@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

--dsn-b132-7
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: yt-legal-archive@google.com
Subject: [KCSC-240913-03] Removal request
Message-ID: <req-240913-03@kcsc.example>
Date: Fri, 13 Sep 2024 10:00:00 +0900

Please remove the following videos:
{Y[1]}
{Y[2]}
{Y[3]}
{Y[4]}

--dsn-b132-7--
"""
case(
    name="yt-bounce-dsn",
    **{"from": "mailer-daemon@google.com"}, name_from="Mail Delivery Subsystem",
    date="Fri, 13 Sep 2024 01:00:31 +0000",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=YT_DSN,
    outcome="ignored", classification="bounce",
    imitates="Gmail delivery status notification",
    why="a DSN; the URLs are in the returned request",
    items={},
)

# ---- NAVER
NV_FROM = "policy@navercorp.com"
case(
    name="naver-one-sentence-two-outcomes",
    **{"from": NV_FROM}, name_from="네이버 게시중단 담당",
    date="Tue, 17 Sep 2024 15:20:00 +0900",
    subject="RE: [KCSC-240913-04] 시정요구 처리 결과 안내",
    reply_to_req="req-240913-04",
    body=f"""안녕하세요, 네이버 게시중단 담당자입니다.

방송통신심의위원회의 시정요구(KCSC-240913-04)에 대한 처리 결과를 안내드립니다.

요청하신 게시물 중 {NV[1]} 는 게시중단 조치를 완료하였고, {NV[2]} 는 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

나머지 게시물은 확인 후 별도로 회신드리겠습니다.

감사합니다.
네이버 주식회사
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내",
    why="one sentence: 게시중단 (removed) and already deleted by its author (not_found)",
    items={NV[1]: "removed", NV[2]: "not_found"},
)

case(
    name="naver-colon-lines-korean-path",
    **{"from": NV_FROM}, name_from="네이버 게시중단 담당",
    date="Wed, 18 Sep 2024 10:05:00 +0900",
    subject="RE: [KCSC-240913-04] 시정요구 처리 결과 안내",
    reply_to_req="req-240913-04",
    body=f"""안녕하세요.

요청번호 KCSC-240913-04 처리 결과입니다.

{NV[3]} : 임시조치(30일) 완료
{N4_RAW} : 검토 결과 위법성이 확인되지 않아 조치하지 않음(게시 유지)

이의가 있으시면 회신 부탁드립니다.
네이버 주식회사
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER per-link result lines",
    why="임시조치 (restricted); no illegality found, post kept (rejected); the Korean path is written raw",
    items={NV[3]: "restricted", NV[4]: "rejected"},
)

NV_HTML = f"""<html><body>
<p>안녕하세요. 네이버 주식회사입니다.</p>
<p>귀 위원회의 시정요구(KCSC-240913-04)에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치 결과</th></tr>
<tr><td>1</td><td>{NV[1]}</td><td>삭제</td></tr>
<tr><td>2</td><td>{NV[2]}</td><td>접속차단</td></tr>
<tr><td>3</td><td>{NV[3]}</td><td>삭제</td></tr>
<tr><td>4</td><td>{N4_RAW}</td><td>해당 없음 (게시물 없음)</td></tr>
</table>
<p>※ 2번 게시물은 국내 접속만 차단되었으며 해외에서는 열람할 수 있습니다.</p>
<p>문의: <a href="https://help.naver.com/service/5600/contents/18840">네이버 고객센터</a></p>
</body></html>"""
case(
    name="naver-html-result-table",
    **{"from": NV_FROM}, name_from="네이버 게시중단 담당",
    date="Wed, 18 Sep 2024 16:40:00 +0900",
    subject="[KCSC-240913-04] 시정요구 조치 결과 회신",
    reply_to_req="req-240913-04",
    type="html",
    body=NV_HTML,
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 HTML table",
    why="table: 삭제, 접속차단 (KR only, restricted, confirmed by the note), 삭제, 게시물 없음; the help link is no item",
    items={NV[1]: "removed", NV[2]: "restricted", NV[3]: "removed", NV[4]: "not_found"},
)

case(
    name="naver-angle-brackets-fullwidth",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Thu, 19 Sep 2024 11:22:00 +0900",
    subject="RE: [KCSC-240913-04] 게시물 조치 요청",
    reply_to_req="req-240913-04",
    body=f"""안녕하세요, 네이버 고객센터입니다。

<{NV[2]}>에 대해서는 비공개 처리를 완료하였습니다。
또한 {NV[3]}（카페 게시글）은 블라인드 처리하였습니다。

감사합니다。
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre reply with full-width punctuation",
    why="비공개 처리 and 블라인드 both count as removed; URL in angle brackets followed by a particle, and by a full-width parenthesis",
    items={NV[2]: "removed", NV[3]: "removed"},
)

case(
    name="naver-under-review-promise",
    **{"from": NV_FROM}, name_from="네이버 게시중단 담당",
    date="Tue, 17 Sep 2024 18:10:00 +0900",
    subject="RE: [KCSC-240913-04] 시정요구 처리 결과 안내",
    reply_to_req="req-240913-04",
    body=f"""안녕하세요.

{N4_RAW} 게시물은 현재 내부 검토 중이며, 위법성이 확인될 경우 게시중단 조치할 예정입니다.

검토가 끝나는 대로 다시 안내드리겠습니다.
네이버 주식회사
""",
    outcome="review", review="not_understood",
    imitates="NAVER 검토 중 interim notice",
    why="under review and a conditional promise for a named item",
    items={NV[4]: "pending"},
)

NV_MDN = """Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b132-3"

--mdn-b132-3
Content-Type: text/plain; charset=utf-8

보내신 메일 "[KCSC-240913-04] 시정요구"를 수신자가 2024-09-13 14:02에 읽었습니다.

--mdn-b132-3
Content-Type: message/disposition-notification

Reporting-UA: mail.naver.com
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req-240913-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b132-3--
"""
case(
    name="naver-read-receipt",
    **{"from": NV_FROM}, name_from="네이버 게시중단 담당",
    date="Fri, 13 Sep 2024 14:02:30 +0900",
    subject="읽음 확인: [KCSC-240913-04] 시정요구",
    raw_mime=NV_MDN,
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt",
    why="a read receipt",
    items={},
)

case(
    name="naver-notice-no-claims",
    **{"from": "noreply@navercorp.com"}, name_from="NAVER 정책 안내",
    date="Wed, 18 Sep 2024 09:00:00 +0900",
    subject="[네이버] 권리침해·불법정보 신고 접수 창구 변경 안내",
    body="""안녕하세요, 네이버입니다.

2024년 10월 1일부터 공공기관의 불법정보 신고는 전용 창구에서만 접수합니다.
기존 이메일 접수는 9월 30일까지 운영됩니다.

자세한 내용: https://help.naver.com/service/5600/contents/20011

네이버 주식회사
""",
    outcome="review", review="no_claims",
    imitates="portal notice about a change in reporting channel",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

# ---- Kakao
KK_FROM = "policy@kakaocorp.com"
case(
    name="daum-three-outcomes-list",
    **{"from": KK_FROM}, name_from="카카오 정책운영",
    date="Wed, 18 Sep 2024 13:45:00 +0900",
    subject="RE: [KCSC-240916-05] 불법정보 삭제 요청",
    reply_to_req="req-240916-05",
    body=f"""안녕하세요, 카카오 정책운영팀입니다.

요청하신 3건에 대한 처리 결과입니다.

1. {D[1]} - 블라인드 처리
2. {D[2]} - 임시조치(30일)
3. {D[3]} - 미조치: 게시물 내용이 운영정책 및 관련 법령에 위반되지 않는다고 판단하였습니다.

운영정책: https://www.kakao.com/policy/oppolicy

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 블라인드·임시조치 result list",
    why="블라인드 (removed), 임시조치 (restricted), 미조치 with reason (rejected); the policy link is no item",
    items={D[1]: "removed", D[2]: "restricted", D[3]: "rejected"},
)

case(
    name="daum-later-sentence-revises",
    **{"from": KK_FROM}, name_from="카카오 정책운영",
    date="Thu, 19 Sep 2024 10:30:00 +0900",
    subject="RE: [KCSC-240916-05] 불법정보 삭제 요청",
    reply_to_req="req-240916-05",
    body=f"""안녕하세요.

{D[2]} 게시물에 대해서는 9월 17일 임시조치를 하였습니다.
이후 다음 카페 운영자가 해당 게시물을 직접 삭제하여, 현재는 운영자 삭제 상태입니다.

감사합니다.
카카오 정책운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe follow-up notice",
    why="first sentence 임시조치, the later one 운영자 삭제: the later state counts (removed)",
    items={D[2]: "removed"},
)

case(
    name="daum-ticket-received",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Mon, 16 Sep 2024 17:12:00 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 카카오 고객센터입니다.

문의가 정상적으로 접수되었습니다.
접수번호: 2409-118-55210
요청번호: KCSC-240916-05

담당자가 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean helpdesk 접수 완료 receipt",
    why="pure receipt with a ticket number",
    items={},
)

# ---- TikTok
TT_FROM = "legal-kr@tiktok.com"
TT_CSV = (
    "url,decision,policy\r\n"
    f"{K[1]},Removed,Illegal activities and regulated goods\r\n"
    f"{K[2]},No action - no violation found,\r\n"
)
TT_MIME = f"""Content-Type: multipart/mixed; boundary="tt-b132-1"

--tt-b132-1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome of our review of your request
KCSC-240916-06.

TikTok Law Enforcement Response Team

--tt-b132-1
Content-Type: text/csv; charset=utf-8; name="KCSC-240916-06_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240916-06_outcome.csv"
Content-Transfer-Encoding: base64

{b64(TT_CSV)}

--tt-b132-1--
"""
case(
    name="tiktok-csv-attachment",
    **{"from": TT_FROM}, name_from="TikTok",
    date="Wed, 18 Sep 2024 08:20:00 +0000",
    subject="Re: [KCSC-240916-06] Removal request",
    reply_to_req="req-240916-06",
    raw_mime=TT_MIME,
    outcome="applied", classification="confirmation",
    imitates="outcome spreadsheet attached as CSV",
    why="CSV rows: removed; no action for no violation (rejected)",
    items={K[1]: "removed", K[2]: "rejected"},
)

case(
    name="tiktok-receipt-plus-outcome",
    **{"from": TT_FROM}, name_from="TikTok",
    date="Thu, 19 Sep 2024 02:05:00 +0000",
    subject="Re: [KCSC-240916-06] Removal request",
    reply_to_req="req-240916-06",
    body=f"""Hello,

Thank you for your report. We have received it and assigned it the
reference TT-99127.

Upon review, {K[2]} has been removed
for violating our Community Guidelines.

TikTok Law Enforcement Response Team
""",
    outcome="applied", classification="confirmation",
    imitates="receipt wording followed by an outcome",
    why="acknowledgement phrase plus an unhedged removal: not a mere acknowledgement",
    items={K[2]: "removed"},
)

case(
    name="tiktok-asks-for-order",
    **{"from": TT_FROM}, name_from="TikTok",
    date="Tue, 17 Sep 2024 04:44:00 +0000",
    subject="Re: [KCSC-240916-06] Removal request",
    reply_to_req="req-240916-06",
    body=f"""Hello,

Before we can act on {K[1]} and
{K[2]}, we need a copy of the decision
of the Commission and the specific provision of Korean law that the
content breaks. Please reply to this email with those documents.

TikTok Law Enforcement Response Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="platform asking for the legal basis",
    why="asks for documents before acting; no status",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="tiktok-korean-out-of-office",
    **{"from": "minseo.kang@tiktok.com"}, name_from="강민서",
    date="Mon, 16 Sep 2024 18:30:00 +0900",
    subject="[자동응답] 부재중: [KCSC-240916-06] Removal request",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요.
9월 16일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 용무는 legal-kr@tiktok.com 으로 보내주시기 바랍니다.

강민서 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply",
    why="recognized auto-reply",
    items={},
)

case(
    name="tg-unmonitored-autoresponder",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Wed, 11 Sep 2024 06:00:44 +0000",
    subject="Auto: [KCSC-240911-01] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""This is an automatic reply.

This address receives notices under the Digital Services Act. Messages
are handled in the order received; you will not get another automatic
reply for the next 7 days.
""",
    outcome="ignored", classification="auto_reply",
    imitates="DSA contact-point autoresponder",
    why="recognized auto-reply, no statements",
    items={},
)

HEADER = """# Blind set blind132 (what a program gets wrong): expected results written
# from each email's meaning before any run of the reader. Generated by make.py.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind132", HEADER, CASES)


if __name__ == "__main__":
    main()
