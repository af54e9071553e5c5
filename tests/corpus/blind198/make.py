#!/usr/bin/env python3
"""Blind set 198: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by its note, statuses given by position. Written from each
email's meaning before any run of the reader.

    python3 tests/corpus/blind198/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
"""
import base64
from email.header import Header
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
T = {
    1: "https://t.me/lucky_spin_kr/101",
    2: "https://t.me/lucky_spin_kr/104",
    3: "https://t.me/lucky_spin_kr/117",
    4: "https://t.me/hanbit_casino88/2201",
    5: "https://t.me/hanbit_casino88/2203",
    6: "https://t.me/hanbit_casino88/2210",
    7: "https://t.me/moonlit_pharm/45",
    8: "https://t.me/moonlit_pharm/46",
    9: "https://t.me/moonlit_pharm/58",
    10: "https://t.me/seoul_bets_vip/7",
    11: "https://t.me/seoul_bets_vip/9",
    12: "https://t.me/seoul_bets_vip/15",
}
X = {
    1: "https://x.com/jade_relay/status/1830011122233344401",
    2: "https://x.com/jade_relay/status/1830011122233344577",
    3: "https://x.com/nightowl_deals/status/1830230044455566012",
    4: "https://x.com/p1xel_bazaar/status/1830478899001122334",
    7: "https://x.com/kimchi_lotto/status/1832950011223344556",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm7xT2bLp0A",
    2: "https://www.youtube.com/watch?v=Rk3vH9sWd1E",
    3: "https://www.youtube.com/watch?v=Zt5nJ0cYq8U",
    4: "https://www.youtube.com/shorts/Hp4kW6eNa2M",
    5: "https://www.youtube.com/@golden_reel_tv",
    6: "https://www.youtube.com/watch?v=Lw8pD3xQz5K",
}
N = {
    1: "https://blog.naver.com/sunny_market77/223560011223",
    2: "https://cafe.naver.com/pillmarketkr/5521",
    3: "https://blog.naver.com/haneul_store/223561230045",
}
# Tistory entries with Korean slugs: stored percent-encoded, written raw in mail.
K_RAW = {
    1: "https://bomnal-deal.tistory.com/entry/오늘의-소식",
    2: "https://bomnal-deal.tistory.com/entry/구매-후기-모음",
    3: "https://cafe.daum.net/starmarket24/Ab3k/918",
}
K = {k: (v if k == 3 else v.split("/entry/")[0] + "/entry/" + quote(v.split("/entry/")[1]))
     for k, v in K_RAW.items()}

REQUESTS = [
    # ref, platform, sent_at, due_at, category, note, urls
    ("KCSC-240902-01", "telegram", "2024-09-02T10:15:00+09:00", "2024-09-09T18:00:00+09:00",
     "gambling", "four channels, gambling and medicines", [T[i] for i in range(1, 13)]),
    ("KCSC-240903-02", "x", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal_goods", "three accounts", [X[i] for i in range(1, 5)]),
    ("KCSC-240904-03", "youtube", "2024-09-04T09:30:00+09:00", "2024-09-11T18:00:00+09:00",
     "gambling", "videos, a Short and a channel", [Y[i] for i in range(1, 6)]),
    ("KCSC-240905-04", "naver", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "drugs", "blogs and a cafe post", [N[i] for i in range(1, 4)]),
    ("KCSC-240906-05", "kakao", "2024-09-06T10:45:00+09:00", "2024-09-13T18:00:00+09:00",
     "fraud", "Tistory entries and a Daum cafe post", [K[i] for i in range(1, 4)]),
    ("KCSC-240909-06", "youtube", "2024-09-09T16:20:00+09:00", "2024-09-16T18:00:00+09:00",
     "fraud", "one video", [Y[6]]),
    ("KCSC-240910-07", "x", "2024-09-10T13:05:00+09:00", "2024-09-17T18:00:00+09:00",
     "gambling", "one post", [X[7]]),
]
REQ_SUBJECT = {
    "KCSC-240902-01": "[KCSC-240902-01] Request for removal of illegal content (12 items)",
    "KCSC-240903-02": "[KCSC-240903-02] Request for removal of illegal content (4 items)",
    "KCSC-240904-03": "[KCSC-240904-03] Request for removal of illegal content (5 items)",
    "KCSC-240905-04": "[KCSC-240905-04] 불법정보 게시중단 요청 (3건)",
    "KCSC-240906-05": "[KCSC-240906-05] 불법정보 게시중단 요청 (3건)",
    "KCSC-240909-06": "[KCSC-240909-06] Request for removal of illegal content (1 item)",
    "KCSC-240910-07": "[KCSC-240910-07] Request for removal of illegal content (1 item)",
}


def rid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, rid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def request_text(ref, urls, prefix=""):
    """Our own request as a platform would quote it."""
    lines = [
        "Dear Trust & Safety team,",
        "",
        "The Korea Communications Standards Commission has found the content",
        "at the addresses below to be illegal under Korean law and asks you to",
        f"remove it. Our reference: {ref}.",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "KCSC Takedown Desk", "takedown@kcsc.example"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


TG_ALL = [T[i] for i in range(1, 13)]

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= Telegram =======================
case(
    name="tg-mixed-removed-and-missing-one-sentence",
    frm="abuse@telegram.org", date="Wed, 04 Sep 2024 16:02:11 +0000",
    subject="Re: " + REQ_SUBJECT["KCSC-240902-01"], reply_to_req=rid("KCSC-240902-01"),
    body=f"""
Hello,

Thank you for your report. We reviewed the messages in the channel
@lucky_spin_kr that you listed. We have removed {T[1]} and
{T[2]}, while {T[3]} could not be found: that message ID does not exist
in the channel.

Our moderators are still going through the other channels in your request.

Best regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply to a multi-link report",
    why="one sentence: two removed, then 'while' a third not found",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found"},
)

case(
    name="tg-hedge-in-relative-clause",
    frm="dsa@telegram.org", date="Thu, 05 Sep 2024 09:41:37 +0000",
    subject="Re: " + REQ_SUBJECT["KCSC-240902-01"] + " - Case #4471902", reply_to_req=rid("KCSC-240902-01"),
    body=f"""
Hello,

We have blocked {T[4]} for violating the Telegram Terms of Service.

The message {T[5]}, which appears to have been edited by the channel
owner after your report, is still being checked by our team, and we will
update you once a decision has been made.

Kind regards,
Telegram Support
Case #4471902
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA desk reply with a case number",
    why="first item blocked; second item's sentence holds a hedge in a relative clause and is still being checked",
    items={T[4]: "removed", T[5]: "pending"},
)

case(
    name="tg-negated-removal-refusal-with-reason",
    frm="abuse@telegram.org", date="Thu, 05 Sep 2024 13:20:05 +0000",
    subject="Re: " + REQ_SUBJECT["KCSC-240902-01"], reply_to_req=rid("KCSC-240902-01"),
    body=f"""
Dear Sir or Madam,

Following our review, {T[7]} has not been removed, as we did
not find that it breaks the Telegram Terms of Service: the message is a
price list of over-the-counter vitamins and offers no prescription
medicine.

The message {T[8]}, however, offered prescription medication
for sale without a licence and has been taken down.

Regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk decision giving a reason for not acting",
    why="'has not been removed' with a reason is a refusal; the next item taken down",
    items={T[7]: "rejected", T[8]: "removed"},
)

case(
    name="tg-correction-in-later-sentence",
    frm="abuse@telegram.org", date="Fri, 06 Sep 2024 08:12:44 +0000",
    subject="Re: " + REQ_SUBJECT["KCSC-240902-01"], reply_to_req=rid("KCSC-240902-01"),
    body=f"""
Hello,

We have taken down {T[10]} and {T[11]}.

A correction to the line above, after a second check by our moderator:
{T[11]} was not taken down by us. It had already been
deleted by the channel owner before we reached it, so there was nothing
left for us to act on.

Regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply that corrects itself in the same email",
    why="second item first called taken down, then corrected to already deleted by its owner: the correction wins",
    items={T[10]: "removed", T[11]: "not_found"},
)

case(
    name="tg-results-by-position",
    frm="abuse@telegram.org", date="Fri, 06 Sep 2024 15:30:19 +0000",
    subject="Re: " + REQ_SUBJECT["KCSC-240902-01"], reply_to_req=rid("KCSC-240902-01"),
    body=f"""
Hi,

Links from your request (channel @seoul_bets_vip):

1. {T[10]}
2. {T[11]}
3. {T[12]}

Outcome: messages 1 and 3 have been blocked. Message 2 could not be
located - that ID does not exist in the channel.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply giving outcomes by list number",
    why="statuses given by the numbers of the list above",
    items={T[10]: "removed", T[11]: "not_found", T[12]: "removed"},
)

case(
    name="tg-text-table-then-reinstated-note",
    frm="dsa@telegram.org", date="Mon, 09 Sep 2024 11:05:52 +0000",
    subject="Re: " + REQ_SUBJECT["KCSC-240902-01"] + " - Case #4471902", reply_to_req=rid("KCSC-240902-01"),
    body=f"""
Hello,

Please find the outcome for the @hanbit_casino88 messages below.

Message link                          | Action taken | Date
--------------------------------------+--------------+-----------
{T[4]}     | Blocked      | 2024-09-05
{T[5]}     | Blocked      | 2024-09-05
{T[6]}     | Blocked      | 2024-09-05

Note: the block on {T[6]} was lifted on 2024-09-09.
The owner appealed, and a second review found that the message is a news
report about a police operation against gambling sites, which does not
break our Terms of Service. It is visible again and we will not act on it
further.

Kind regards,
Telegram Support
Case #4471902
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA desk outcome table with an appeal note",
    why="table says blocked for all three; the dated note says the third was reinstated after appeal as not a breach",
    items={T[4]: "removed", T[5]: "removed", T[6]: "rejected"},
)

case(
    name="tg-top-posted-over-gmail-quote",
    frm="markus.h@telegram.org", name_from="Markus H.", date="Tue, 10 Sep 2024 07:48:03 +0000",
    subject="Re: " + REQ_SUBJECT["KCSC-240902-01"], reply_to_req=rid("KCSC-240902-01"),
    body=f"""
Hi,

Short update on your request: the two messages from @moonlit_pharm,
{T[8]} and {T[9]}, have been deleted. We'll
write again about the rest of the list.

Markus
Telegram | Legal & Compliance

On Mon, 2 Sep 2024 at 10:15, KCSC Takedown <takedown@kcsc.example> wrote:
{request_text("KCSC-240902-01", TG_ALL, "> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply by a platform employee over the quoted request",
    why="two items deleted above the quote; the quoted list of twelve is our own request",
    items={T[8]: "removed", T[9]: "removed"},
)

case(
    name="tg-outlook-bare-url-status-below",
    frm="abuse@telegram.org", date="Wed, 11 Sep 2024 12:14:27 +0000",
    subject="RE: " + REQ_SUBJECT["KCSC-240902-01"], reply_to_req=rid("KCSC-240902-01"),
    body=f"""
Hello,

Status of the remaining items:

{T[3]}
Status: blocked on 11 September

{T[6]}
Status: no violation found, content stays up (news report)

Kind regards,
Telegram Abuse Desk

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:15 AM
To: dsa@telegram.org
Subject: {REQ_SUBJECT["KCSC-240902-01"]}

{request_text("KCSC-240902-01", TG_ALL)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with bare links and a status line under each, original request below",
    why="status on the line under each bare URL; the unquoted original request below the separator is ours",
    items={T[3]: "removed", T[6]: "rejected"},
)

case(
    name="tg-echoed-report-decision",
    frm="noreply@telegram.org", name_from="Telegram Notifications", date="Wed, 11 Sep 2024 18:40:00 +0000",
    subject="Decision on your report about a Telegram message",
    body=f"""
Hello,

We've made a decision on the report below.

--- Your report ---
Link: {T[2]}
Reason selected: Illegal gambling
Reporter: Korea Communications Standards Commission (KCSC-240902-01)
Received: 3 Sep 2024
-------------------

Decision: the reported message violated the Telegram Terms of Service and
has been removed. The channel owner has received a warning.

This is an automated message about a decision. Replies to this address
are not read.
""",
    outcome="applied", classification="confirmation",
    imitates="report-outcome notification that echoes the submitted report",
    why="the echoed report names the link; the decision below it says removed (a decision notice, not an auto-reply)",
    items={T[2]: "removed"},
)

case(
    name="tg-dsa-statement-of-reasons",
    frm="dsa@telegram.org", date="Thu, 12 Sep 2024 10:00:00 +0000",
    subject="Statement of reasons - notice KCSC-240902-01",
    body=f"""
Statement of reasons

Notice reference:     KCSC-240902-01
Content concerned:    {T[7]}
Type of decision:     restriction of visibility - access disabled in
                      the Republic of Korea
Territorial scope:    KR
Facts relied on:      notice from the Korea Communications Standards
                      Commission
Ground:               content considered illegal under the law of the
                      Republic of Korea (Pharmaceutical Affairs Act)
Automated means:      not used; decision taken by a human reviewer
Redress:              https://telegram.org/dsa/redress

Telegram Legal
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (visibility restriction, territorial scope)",
    why="access disabled in Korea only: restricted; the redress link is not an item",
    items={T[7]: "restricted"},
)

# ======================= X =======================
case(
    name="x-withheld-and-declined-one-sentence",
    frm="legal@x.com", name_from="X Legal", date="Thu, 05 Sep 2024 22:10:41 +0000",
    subject="Re: " + REQ_SUBJECT["KCSC-240903-02"], reply_to_req=rid("KCSC-240903-02"),
    body=f"""
Hello,

We have reviewed your request (KCSC-240903-02).

We have withheld {X[1]} in South Korea, but we are not
taking action on {X[2]}, which we found does not
violate the X Rules or Korean law.

The remaining reported posts are still under review.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-demand reply (country withheld content)",
    why="one sentence: first post withheld in Korea, second refused with a reason in a relative clause",
    items={X[1]: "restricted", X[2]: "rejected"},
)

case(
    name="x-angle-brackets-sections",
    frm="legal@x.com", name_from="X Legal", date="Fri, 06 Sep 2024 19:55:08 +0000",
    subject="Re: " + REQ_SUBJECT["KCSC-240903-02"], reply_to_req=rid("KCSC-240903-02"),
    body=f"""
Hello,

In response to your legal demand KCSC-240903-02:

The following post has been withheld in South Korea:
<{X[3]}>

The following post could not be found. It may have been deleted by the
account holder before we received your request:
<{X[4]}>

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with headed sections and links in angle brackets",
    why="statements above each bracketed link; 'could not be found' is firm, only its explanation is hedged",
    items={X[3]: "restricted", X[4]: "not_found"},
)

case(
    name="x-single-item-no-url",
    frm="legal@x.com", name_from="X Legal", date="Thu, 12 Sep 2024 03:21:16 +0000",
    subject="Re: " + REQ_SUBJECT["KCSC-240910-07"], reply_to_req=rid("KCSC-240910-07"),
    body="""
Hello,

Thank you for your request. After review, the content you reported has
been withheld in South Korea in accordance with local law. The account
holder has been notified.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X withheld-in-country notice to a one-item request",
    why="no URL, but the request has a single item; the statement is firm",
    items={X[7]: "restricted"},
)

case(
    name="x-url-below-statement-wrapped",
    frm="legal@x.com", name_from="X Legal", date="Mon, 09 Sep 2024 17:02:33 +0000",
    subject="Re: " + REQ_SUBJECT["KCSC-240903-02"], reply_to_req=rid("KCSC-240903-02"),
    body=f"""
Hello,

We've withheld the following post in Korea in response to your request:
{X[2]}

We declined to take action on the post below, because it is commentary
on a news story and we could not identify a violation of Korean law:
<https://x.com/nightowl_deals/
status/1830230044455566012>

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with each link on the line under its statement, one link wrapped inside angle brackets",
    why="first post withheld in Korea; second, wrapped inside <> across two lines, refused with a reason",
    items={X[2]: "restricted", X[3]: "rejected"},
)

case(
    name="x-not-withheld-but-removed",
    frm="legal@x.com", name_from="X Legal", date="Tue, 10 Sep 2024 08:44:50 +0000",
    subject="Re: " + REQ_SUBJECT["KCSC-240903-02"], reply_to_req=rid("KCSC-240903-02"),
    body=f"""
Hello,

An update about {X[4]}: this post was
not withheld in Korea as your request asked. Our safety team found that it
breaks the X Rules on illegal goods everywhere, so it has been removed
globally and the account has been locked.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up (global removal instead of country withholding)",
    why="negated 'withheld' followed by a firm global removal",
    items={X[4]: "removed"},
)

# ======================= YouTube =======================
case(
    name="yt-three-outcomes-one-sentence",
    frm="legal-support@youtube.com", name_from="YouTube Legal Support", date="Fri, 06 Sep 2024 02:31:09 +0000",
    subject="Re: " + REQ_SUBJECT["KCSC-240904-03"], reply_to_req=rid("KCSC-240904-03"),
    body=f"""
Hi,

Thanks for your patience. After reviewing the content you reported, we've
age-restricted {Y[1]} and removed
{Y[2]}, but {Y[3]}
does not violate our Community Guidelines and will stay on YouTube.

You can learn more about our policies at
https://support.google.com/youtube/answer/9288567

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome email",
    why="one sentence with three statuses: age-restricted, removed, stays up (no violation); help link not an item",
    items={Y[1]: "restricted", Y[2]: "removed", Y[3]: "rejected"},
)

case(
    name="yt-channel-blocked-kr-short-removed",
    frm="legal-support@youtube.com", name_from="YouTube Legal Support", date="Sat, 07 Sep 2024 05:12:40 +0000",
    subject="Re: " + REQ_SUBJECT["KCSC-240904-03"], reply_to_req=rid("KCSC-240904-03"),
    body=f"""
Hello,

We've reviewed the channel {Y[5]} in response to
your legal request. As its content was found to be unlawful under Korean
law, we have blocked the channel from view in South Korea. It remains
available in other countries.

The Short {Y[4]} has been removed from
YouTube for violating our policy on illegal or regulated goods.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube local-law block notice (channel) plus a policy removal",
    why="channel blocked in Korea only: restricted; Short removed",
    items={Y[5]: "restricted", Y[4]: "removed"},
)

_yt_qp_body = f"""KCSC 담당자님께,

Thank you for reaching out. We have reviewed the video you reported ({Y[6]}) and it is no longer available on YouTube: it was removed for violating our spam, deceptive practices and scams policy.

If the uploader appeals and the video is reinstated, we will let you know.

Best regards,
YouTube Legal Support
"""
case(
    name="yt-quoted-printable-single",
    frm="legal-support@youtube.com", name_from="YouTube Legal Support", date="Wed, 11 Sep 2024 01:02:03 +0000",
    subject="Re: " + REQ_SUBJECT["KCSC-240909-06"], reply_to_req=rid("KCSC-240909-06"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_yt_qp_body)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply, quoted-printable body",
    why="the one video removed; the appeal sentence is a condition about the future and changes nothing",
    items={Y[6]: "removed"},
)

case(
    name="yt-refusal-and-still-reviewing",
    frm="legal-support@youtube.com", name_from="YouTube Legal Support", date="Mon, 09 Sep 2024 06:45:12 +0000",
    subject="Re: " + REQ_SUBJECT["KCSC-240904-03"], reply_to_req=rid("KCSC-240904-03"),
    body=f"""
Hi,

Regarding your legal request KCSC-240904-03:

We will not be removing {Y[2]}. Based on our
review, the video is a documentary segment about illegal gambling; it does
not violate our policies, and we did not find it to be unlawful under the
local laws you cited.

{Y[3]} is still under review. We will write
to you again once our team has reached a decision.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply declining one video and holding another",
    why="'will not be removing' with a reason is a refusal, not a promise; the other is under review",
    items={Y[2]: "rejected", Y[3]: "pending"},
)

_yt_html = f"""<html><body>
<p>Hello,</p>
<p>Here is the outcome of your legal request <b>KCSC-240904-03</b>.</p>
<table border="1" cellpadding="4">
<tr><th>Content</th><th>Decision</th></tr>
<tr><td><a href="{Y[1]}">{Y[1]}</a></td><td>Removed - violates Community Guidelines</td></tr>
<tr><td><a href="{Y[4]}">{Y[4]}</a></td><td>Blocked in KR (local law)</td></tr>
<tr><td><a href="{Y[5]}">{Y[5]}</a></td><td>No action - no violation found</td></tr>
</table>
<p>Learn about appeals: <a href="https://support.google.com/youtube/answer/185111">YouTube Help</a></p>
<p>YouTube Legal Support</p>
</body></html>
"""
case(
    name="yt-base64-html-table",
    frm="legal-support@youtube.com", name_from="YouTube Legal Support", date="Tue, 10 Sep 2024 04:20:00 +0000",
    subject="Re: " + REQ_SUBJECT["KCSC-240904-03"], reply_to_req=rid("KCSC-240904-03"),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="yt-b198-alt"

--yt-b198-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_yt_html)}
--yt-b198-alt--
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome as an HTML table, base64 body",
    why="three rows: removed, blocked in Korea, no action (no violation)",
    items={Y[1]: "removed", Y[4]: "restricted", Y[5]: "rejected"},
)

# ======================= NAVER =======================
case(
    name="naver-mixed-sentence-particles",
    frm="help@navercorp.com", name_from="네이버 고객센터", date="Mon, 09 Sep 2024 10:12:00 +0900",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240905-04)", reply_to_req=rid("KCSC-240905-04"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

요청하신 게시물 중 {N[1]}은 게시중단 처리하였고, {N[2]}은 작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다.

나머지 1건은 검토가 끝나는 대로 별도로 안내드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내",
    why="one Korean sentence: first post 게시중단, second already deleted by its author; particles stuck to the URLs",
    items={N[1]: "removed", N[2]: "not_found"},
)

_naver_html = f"""<html><body>
<p>안녕하세요. 네이버 권리보호센터입니다.</p>
<p>요청번호 KCSC-240905-04 에 대한 처리 결과는 아래와 같습니다.</p>
<table border="1">
<tr><th>URL</th><th>조치 내용</th><th>조치일</th></tr>
<tr><td>{N[3]}</td><td>임시조치(30일)</td><td>2024.09.10</td></tr>
<tr><td>{N[1]}</td><td>블라인드</td><td>2024.09.10</td></tr>
</table>
<p>※ 임시조치된 게시물은 30일 이내에 게시자의 재게시 요청이 없으면 삭제될 수 있습니다.</p>
<p>네이버 권리보호센터 드림</p>
</body></html>"""
case(
    name="naver-html-table-conditional-note",
    frm="rightcenter@navercorp.com", name_from="네이버 권리보호센터", date="Tue, 10 Sep 2024 15:30:00 +0900",
    subject="[네이버] 게시물 조치 결과 회신 (KCSC-240905-04)", reply_to_req=rid("KCSC-240905-04"),
    type="html", body=_naver_html,
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 임시조치/블라인드 결과 표",
    why="table: 임시조치 = restricted, 블라인드 = removed; the note under it is a condition and changes nothing",
    items={N[3]: "restricted", N[1]: "removed"},
)

case(
    name="naver-refusal-and-planned-deletion",
    frm="report@naver.com", name_from="네이버 신고센터", date="Wed, 11 Sep 2024 11:48:20 +0900",
    subject="Re: " + REQ_SUBJECT["KCSC-240905-04"], reply_to_req=rid("KCSC-240905-04"),
    body=f"""
안녕하세요. 네이버 게시물 신고 담당자입니다.

요청하신 {N[3]} 게시물은 검토 결과 관련 법령 및 네이버 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았음을 알려드립니다.

{N[2]} 게시물은 카페 운영자 확인 후 삭제될 예정입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고 처리 결과 (조치 불가 사유 포함)",
    why="first post refused (no violation found); second only 'will be deleted' (a promise)",
    items={N[3]: "rejected", N[2]: "pending"},
)

case(
    name="naver-correction-not-blind-but-temporary",
    frm="help@navercorp.com", name_from="네이버 고객센터", date="Thu, 12 Sep 2024 09:05:00 +0900",
    subject="[정정] 게시물 처리 결과 안내 (KCSC-240905-04)", reply_to_req=rid("KCSC-240905-04"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

9월 10일에 보내드린 안내 내용을 정정합니다.

{N[1]} 게시물은 게시중단(블라인드) 처리된 것이 아니라, 임시조치(30일)로 처리되었습니다. 안내에 착오가 있었던 점 양해 부탁드립니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 정정 안내",
    why="negated 게시중단(블라인드), then 임시조치: restricted",
    items={N[1]: "restricted"},
)

# ======================= Kakao =======================
case(
    name="kakao-korean-path-fullwidth-parens",
    frm="cs@kakaocorp.com", name_from="카카오 고객센터", date="Tue, 10 Sep 2024 14:20:00 +0900",
    subject="[카카오] 티스토리 게시물 처리 결과 안내 (KCSC-240906-05)", reply_to_req=rid("KCSC-240906-05"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 게시물（{K_RAW[1]}）은 비공개 처리되었으며, {K_RAW[2]} 게시물은 국내 접속 제한 조치를 하였습니다.

Daum 카페 게시물 1건은 확인 중이며, 결과가 나오는 대로 안내드리겠습니다.

감사합니다.
카카오 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Tistory 게시물 처리 결과 안내",
    why="raw Korean paths match their percent-encoded form; 비공개 처리 = removed, 국내 접속 제한 = restricted; full-width parentheses end the first URL",
    items={K[1]: "removed", K[2]: "restricted"},
)

_kakao_csv = (
    "URL,처리결과,사유\n"
    f"{K_RAW[1]},삭제,운영정책 위반\n"
    f"{K_RAW[2]},게시물 없음,작성자가 이미 삭제함\n"
    f"{K_RAW[3]},미조치,위반 사항 확인되지 않음\n"
)
case(
    name="kakao-csv-attachment",
    frm="takedown@kakaocorp.com", name_from="카카오 정책팀", date="Fri, 13 Sep 2024 17:40:00 +0900",
    subject="Re: " + REQ_SUBJECT["KCSC-240906-05"], reply_to_req=rid("KCSC-240906-05"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="kakao-b198-mix"

--kakao-b198-mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 카카오 정책팀입니다.

요청하신 3건의 처리 결과를 첨부 파일로 보내드립니다.

감사합니다.

--kakao-b198-mix
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240906-05.csv"
Content-Disposition: attachment; filename="result_KCSC-240906-05.csv"
Content-Transfer-Encoding: base64

{b64(_kakao_csv)}
--kakao-b198-mix--
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 정책팀 reply with a CSV result attachment",
    why="CSV rows: 삭제 = removed, 게시물 없음 (author deleted) = not_found, 미조치 with reason = rejected",
    items={K[1]: "removed", K[2]: "not_found", K[3]: "rejected"},
)

case(
    name="kakao-receipt-plus-result",
    frm="noreply@daum.net", name_from="Daum 고객센터", date="Mon, 09 Sep 2024 09:30:00 +0900",
    subject="[Daum 고객센터] 신고 접수 안내 (접수번호 2409-118823)",
    body=f"""
안녕하세요. Daum 고객센터입니다.

고객님의 신고(KCSC-240906-05)가 정상적으로 접수되었습니다. (접수번호: 2409-118823)

참고로, 신고하신 {K_RAW[2]} 게시물은 확인 결과 이미 삭제되어 존재하지 않는 페이지입니다.

나머지 게시물은 담당 부서에서 검토 후 회신드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 고객센터 접수 안내 with a first finding",
    why="receipt wording, but an unhedged statement that one entry no longer exists",
    items={K[2]: "not_found"},
)

# ======================= review =======================
case(
    name="tg-promise-within-24h",
    frm="abuse@telegram.org", date="Wed, 04 Sep 2024 20:15:33 +0000",
    subject="Re: " + REQ_SUBJECT["KCSC-240902-01"], reply_to_req=rid("KCSC-240902-01"),
    body=f"""
Hello,

Thanks for your report. The messages {T[11]} and
{T[12]} will be removed within 24 hours, once our
moderators have confirmed the channel's ownership details.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk reply promising removal",
    why="a promise with a condition, not a statement",
    items={T[11]: "pending", T[12]: "pending"},
)

case(
    name="yt-hedge-appears-taken-down",
    frm="legal-support@youtube.com", name_from="YouTube Legal Support", date="Thu, 05 Sep 2024 23:58:10 +0000",
    subject="Re: " + REQ_SUBJECT["KCSC-240904-03"], reply_to_req=rid("KCSC-240904-03"),
    body=f"""
Hi,

A quick note on {Y[3]}: it appears that the video
may have been taken down by the uploader, but our systems have not
confirmed this yet. We'll look into it further and let you know.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim reply",
    why="'appears', 'may have been', not confirmed: a hedge",
    items={Y[3]: "pending"},
)

case(
    name="yt-conditional-removal",
    frm="legal-support@youtube.com", name_from="YouTube Legal Support", date="Sat, 07 Sep 2024 03:03:03 +0000",
    subject="Re: " + REQ_SUBJECT["KCSC-240904-03"], reply_to_req=rid("KCSC-240904-03"),
    body=f"""
Hello,

We've notified the uploader of {Y[1]} about your
request. If the uploader does not edit the video or send a
counter-notification within 7 days, the video will be removed from
YouTube.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube notice of uploader notification (conditional removal)",
    why="removal only under a condition in the future",
    items={Y[1]: "pending"},
)

case(
    name="tg-bulk-all-taken-down",
    frm="dsa@telegram.org", date="Sun, 08 Sep 2024 14:22:00 +0000",
    subject="Re: " + REQ_SUBJECT["KCSC-240902-01"], reply_to_req=rid("KCSC-240902-01"),
    body="""
Hello,

We have reviewed your request KCSC-240902-01 and taken down all of the
reported messages across the four channels. Thank you for bringing this
to our attention.

Telegram Support
""",
    outcome="review", review="bulk",
    imitates="abuse-desk blanket confirmation",
    why="one statement about twelve items without naming them",
    items={u: "pending" for u in TG_ALL},
)

case(
    name="naver-bulk-three-posts",
    frm="help@navercorp.com", name_from="네이버 고객센터", date="Fri, 13 Sep 2024 10:00:00 +0900",
    subject="[네이버] 게시중단 요청 처리 완료 안내", reply_to_req=rid("KCSC-240905-04"),
    body="""
안녕하세요, 네이버 고객센터입니다.

요청하신 게시물 3건(KCSC-240905-04)에 대해 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 일괄 처리 완료 안내",
    why="'3건 모두' without naming them, for a three-item request",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending"},
)

case(
    name="x-forged-dmarc-fail",
    frm="legal@x.com", name_from="X Legal", auth="fail", date="Sat, 07 Sep 2024 01:14:29 +0000",
    subject="Re: " + REQ_SUBJECT["KCSC-240903-02"], reply_to_req=rid("KCSC-240903-02"),
    body=f"""
Hello,

We have removed {X[1]} following your request.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal reply failing DMARC",
    why="x.com sender but DKIM/SPF/DMARC fail",
    items={X[1]: "pending"},
)

case(
    name="tg-channel-admin-from-gmail",
    frm="luckyspin.kr.admin@gmail.com", name_from="Lucky Spin Admin", date="Thu, 05 Sep 2024 02:40:11 +0000",
    subject="Re: " + REQ_SUBJECT["KCSC-240902-01"],
    body=f"""
Hello,

I run the Telegram channel lucky_spin_kr. Telegram told me about your
request KCSC-240902-01. I deleted {T[1]} myself this
morning, so please close the case.

Regards
""",
    outcome="review", review="unknown_sender",
    imitates="channel owner writing from a free-mail address",
    why="not a platform domain, names our request and an item",
    items={T[1]: "pending"},
)

case(
    name="google-about-telegram-link",
    frm="legal-support@google.com", name_from="Google Legal Support", date="Fri, 06 Sep 2024 07:07:07 +0000",
    subject="Re: " + REQ_SUBJECT["KCSC-240904-03"], reply_to_req=rid("KCSC-240904-03"),
    body=f"""
Hello,

Your message also lists {T[9]}. That address is not
hosted by YouTube or any other Google service, so we could not locate the
content on our side. Please contact the service concerned.

The YouTube videos in your request are still being reviewed and we will
reply separately.

Google Legal Support
""",
    outcome="review", review="wrong_platform",
    imitates="Google legal support reply about a non-Google link",
    why="Google states 'could not locate' about a Telegram item",
    items={T[9]: "pending"},
)

case(
    name="tg-no-claims-contact-change",
    frm="dsa@telegram.org", date="Mon, 16 Sep 2024 09:00:00 +0000",
    subject="Change of contact address for authority requests",
    body="""
Dear colleagues,

From 1 October 2024, requests from public authorities should be sent
through our intake form at https://telegram.org/authorities/intake.
Messages to this address will no longer be monitored after that date.

Thank you for your cooperation.

Telegram Legal
""",
    outcome="review", review="no_claims",
    imitates="platform notice of a new intake channel",
    why="trusted Telegram mail that names no item and no request",
    items={},
)

case(
    name="kakao-asks-for-decision-document",
    frm="takedown@kakaocorp.com", name_from="카카오 정책팀", date="Wed, 11 Sep 2024 16:10:00 +0900",
    subject="Re: " + REQ_SUBJECT["KCSC-240906-05"] + " - 추가 자료 요청", reply_to_req=rid("KCSC-240906-05"),
    body=f"""
안녕하세요, 카카오 정책팀입니다.

{K_RAW[3]} 게시물에 대한 조치를 검토하기 위해 심의 의결서 사본(또는 시정요구서)을 회신해 주시기 바랍니다. 자료를 확인한 후 처리하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean portal request for supporting documents",
    why="asks for the decision document before acting",
    items={K[3]: "pending"},
)

_x_html = f"""<html><body>
<p>Hello,</p>
<p>Decision on your request KCSC-240903-02:</p>
<table border="1" cellpadding="3">
<tr><th>Reported content</th><th>Action</th></tr>
<tr><td>{X[3]}</td><td>Withheld in KR</td></tr>
</table>
<p>Note: no action was taken on this post, as it does not violate the X Rules or applicable local law.</p>
<p>X Legal</p>
</body></html>"""
case(
    name="x-table-contradicts-note",
    frm="legal@x.com", name_from="X Legal", date="Wed, 11 Sep 2024 21:30:00 +0000",
    subject="Re: " + REQ_SUBJECT["KCSC-240903-02"], reply_to_req=rid("KCSC-240903-02"),
    type="html", body=_x_html,
    outcome="review", review="conflicting_statements",
    imitates="X legal HTML outcome table with a template note",
    why="table says withheld in KR, the note under it says no action; nothing orders them",
    items={X[3]: "pending"},
)

# ======================= ignored =======================
_orig = request_text("KCSC-240902-01", TG_ALL)
case(
    name="kcsc-dsn-bounce-to-telegram",
    frm="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System", auth="none",
    date="Mon, 02 Sep 2024 10:16:02 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b198"

--dsn-b198
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@telegram.org>: host mail-in.telegram.org[203.0.113.25] said:
    550 5.1.1 <dsa-kr@telegram.org>: Recipient address rejected: User
    unknown (in reply to RCPT TO command)

--dsn-b198
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Mon,  2 Sep 2024 10:15:58 +0900 (KST)

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-b198
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: {REQ_SUBJECT["KCSC-240902-01"]}
Message-ID: <{rid("KCSC-240902-01")}.copy2@kcsc.example>
Date: Mon, 02 Sep 2024 10:15:55 +0900
Content-Type: text/plain; charset=utf-8

{_orig}

--dsn-b198--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN for our request to a wrong Telegram address",
    why="a bounce carrying our own request",
    items={},
)

case(
    name="naver-out-of-office-korean",
    frm="doyoon.kim@navercorp.com", name_from="김도윤", date="Fri, 13 Sep 2024 18:00:05 +0900",
    subject="[자동회신] 부재중입니다: Re: " + REQ_SUBJECT["KCSC-240905-04"],
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요.

9월 13일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.

김도윤 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (추석 연휴)",
    why="out-of-office reply",
    items={},
)

case(
    name="x-read-receipt-mdn",
    frm="legal@x.com", name_from="X Legal", date="Tue, 03 Sep 2024 05:10:00 +0000",
    subject="Read: " + REQ_SUBJECT["KCSC-240903-02"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b198"

--mdn-b198
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@x.com
  Subject: {REQ_SUBJECT["KCSC-240903-02"]}
  Sent: Tuesday, September 3, 2024 11:00 AM (UTC+09:00) Seoul

was read on Tuesday, September 3, 2024 2:10 PM (UTC+09:00) Seoul.

--mdn-b198
Content-Type: message/disposition-notification

Reporting-UA: legal-mail.x.com; Microsoft Exchange Server
Final-Recipient: rfc822; legal@x.com
Original-Message-ID: <{rid("KCSC-240903-02")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b198--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Exchange read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="yt-legal-ticket-receipt",
    frm="noreply-legal@youtube.com", name_from="YouTube Legal Support", date="Wed, 04 Sep 2024 00:31:00 +0000",
    subject="We've received your legal request [7-4418000032211]",
    body="""
Hello,

Thanks for contacting YouTube. We've received your legal request (your
reference: KCSC-240904-03) and created ticket 7-4418000032211.

Our team will review the content you reported and will contact you by
email if we need more information or once we have reached a decision.

Please don't reply to this email.

YouTube Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal webform ticket receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="kakao-report-receipt",
    frm="noreply@kakaocorp.com", name_from="카카오 고객센터", date="Fri, 06 Sep 2024 10:47:00 +0900",
    subject="[카카오] 신고 접수 완료 안내",
    body="""
안녕하세요, 카카오 고객센터입니다.

고객님의 게시물 신고(KCSC-240906-05)가 정상 접수되었습니다.
접수번호: KK-2409-553120

처리 결과는 검토 완료 후 이메일로 안내드리며, 영업일 기준 최대 7일이
소요될 수 있습니다.

감사합니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 신고 접수 완료 안내",
    why="pure acknowledgement",
    items={},
)

case(
    name="tg-staff-out-of-office",
    frm="e.varga@telegram.org", name_from="Elena Varga", date="Tue, 03 Sep 2024 06:00:12 +0000",
    subject="Automatic reply: " + REQ_SUBJECT["KCSC-240902-01"],
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Hello,

I am out of the office until 16 September with limited access to email.
For urgent matters about content removal, please write to
dsa@telegram.org.

Elena
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply from a platform employee",
    why="out-of-office reply",
    items={},
)


HEADER = """# Blind set 198 (tests/corpus/blind198): what a program gets wrong.
# Written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand.
"""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("frm")
        # Non-ASCII display names and subjects are RFC 2047-encoded, as mailers do.
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
    corpuslib.write_set(HERE, "blind198", HEADER, CASES)


if __name__ == "__main__":
    main()
