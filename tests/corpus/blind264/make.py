#!/usr/bin/env python3
"""Blind set 264: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by its note, statuses given by position. Every email is
fictional and written in our own sentences; the expected results were
written from each email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind264/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
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
X = {
    1: "https://x.com/moonlit_bazaar/status/1832417700112233401",
    2: "https://x.com/moonlit_bazaar/status/1832417700112233402",
    3: "https://x.com/moonlit_bazaar/status/1832419955512233403",
    4: "https://x.com/quartz_alley/status/1831990011223344551",
    5: "https://x.com/quartz_alley/status/1831990011223344552",
    6: "https://x.com/quartz_alley",
    7: "https://x.com/rivet_lantern/status/1830777788899900017",
    8: "https://x.com/rivet_lantern/status/1830777788899900018",
    9: "https://x.com/saffron_dial/status/1829123456700000091",
    10: "https://x.com/saffron_dial/status/1829123456700000092",
    11: "https://x.com/tin_orchard/status/1828555000111222333",
    12: "https://x.com/tin_orchard/status/1828555000111222334",
    13: "https://x.com/umber_kite/status/1827000111222333444",
    14: "https://x.com/umber_kite/status/1827000111222333445",
}
TG = {
    1: "https://t.me/night_ferry_kr/118",
    2: "https://t.me/night_ferry_kr/121",
    3: "https://t.me/pale_lattice/9",
    4: "https://t.me/pale_lattice/10",
}
YT = {
    1: "https://www.youtube.com/watch?v=Qm4vT7rLx2A",
    2: "https://www.youtube.com/watch?v=bN8sK1pZc0W",
    3: "https://www.youtube.com/watch?v=Hy6dE3uRo5J",
    4: "https://www.youtube.com/shorts/Zt2wX9mVq4E",
    5: "https://www.youtube.com/@copper_wren_tv",
}
NV = {
    1: "https://blog.naver.com/gray_heron77/223567001122",
    2: "https://cafe.naver.com/silverpine/4821",
    3: "https://blog.naver.com/PostView.naver?blogId=amber_moth&logNo=223560987654",
}
TISTORY_TITLE = "비밀-거래-안내"
TISTORY_RAW = "https://mossy-den.tistory.com/entry/" + TISTORY_TITLE
KK = {
    1: "https://mossy-den.tistory.com/entry/" + quote(TISTORY_TITLE),
    2: "https://cafe.daum.net/oakhollow/Xy1A/305",
}
YT1 = "https://www.youtube.com/watch?v=Lp0oN2fJk8S"
TG1 = "https://t.me/brass_cicada/402"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, thread id, note
    ("KCSC-240909-01", "x", "2024-09-09T10:30:00+09:00", "2024-09-16T23:59:59+09:00",
     list(X.values()), "illegal_goods", "req-240909-01", "drug sale adverts across six accounts"),
    ("KCSC-240910-02", "telegram", "2024-09-10T09:15:00+09:00", "2024-09-17T23:59:59+09:00",
     list(TG.values()), "gambling", "req-240910-02", "two channels, four messages"),
    ("KCSC-240910-03", "youtube", "2024-09-10T11:02:00+09:00", "2024-09-17T23:59:59+09:00",
     list(YT.values()), "harmful", "req-240910-03", "videos, a short and a channel"),
    ("KCSC-240911-04", "naver", "2024-09-11T14:00:00+09:00", "2024-09-18T23:59:59+09:00",
     list(NV.values()), "defamation", "req-240911-04", "blog and cafe posts"),
    ("KCSC-240911-05", "kakao", "2024-09-11T15:20:00+09:00", "2024-09-18T23:59:59+09:00",
     list(KK.values()), "illegal_goods", "req-240911-05", "Tistory entry (Korean path) and Daum cafe post"),
    ("KCSC-240912-06", "youtube", "2024-09-12T10:00:00+09:00", "2024-09-19T23:59:59+09:00",
     [YT1], "harmful", "req-240912-06", "one video"),
    ("KCSC-240912-07", "telegram", "2024-09-12T10:40:00+09:00", "2024-09-19T23:59:59+09:00",
     [TG1], "gambling", "req-240912-07", "one message"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- cases
CASES = []


def enc(text):
    """RFC 2047 encoded-word for a non-ASCII header value, as Korean mailers send."""
    if text.isascii():
        return text
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


def case(**c):
    for key in ("name_from", "subject"):
        if key in c:
            c[key] = enc(c[key])
    CASES.append(c)


# ======================= APPLIED =======================

case(
    name="x-removed-withheld-kept-one-sentence",
    outcome="applied",
    imitates="X legal team reply to a government removal demand, outcome written as one sentence",
    why="one sentence gives four different outcomes, each next to its own URL",
    date="Wed, 11 Sep 2024 06:12:40 +0000",
    **{"from": "legal-kr@x.com"},
    name_from="X Legal",
    subject="Re: KCSC-240909-01 Request to remove content",
    reply_to_req="req-240909-01",
    body=f"""
Hello,

Thank you for your request KCSC-240909-01. We have completed our review of
the first four posts on your list: we removed {X[1]} and
{X[2]} for violating the X Rules on illegal and regulated goods,
withheld {X[3]} in South Korea only, and took no action on
{X[4]} because it does not break the X Rules or the law you cite.

We are still working through the remaining URLs and will write again.

You can read more about country withheld content here:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    items={X[1]: "removed", X[2]: "removed", X[3]: "restricted", X[4]: "rejected"},
)

case(
    name="x-hedge-in-which-clause",
    outcome="applied",
    imitates="X support reply with per-post notes, one post left unreviewed",
    why="the hedge in the first relative clause is about reposts, not about the removal; the second post's only statement is a hedge, so it stays pending",
    date="Thu, 12 Sep 2024 02:48:05 +0000",
    **{"from": "legal-kr@x.com"},
    name_from="X Legal",
    subject="Re: KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""
Hi KCSC team,

Two updates on KCSC-240909-01 for the @saffron_dial account.

{X[9]}, which may have been copied to other accounts before we
acted, has been removed from X.

{X[10]}, which appears to have been deleted by the account holder
before our team reached it, has not been reviewed yet. We will confirm its
state in our next message.

Best,
Mira
X Legal Operations
""",
    items={X[9]: "removed", X[10]: "pending"},
)

case(
    name="x-not-removed-but-withheld",
    outcome="applied",
    imitates="X reply explaining that a post is withheld in the country instead of removed",
    why="negations: 'not removed, but withheld in Korea' is restricted; 'not found to violate' is a refusal (rejected), not not_found",
    date="Thu, 12 Sep 2024 09:30:17 +0000",
    **{"from": "legal-kr@x.com"},
    name_from="X Legal",
    subject="Re: KCSC-240909-01 - tin_orchard posts",
    reply_to_req="req-240909-01",
    body=f"""
Hello,

Regarding the two posts from @tin_orchard in your request KCSC-240909-01:

We have not removed {X[11]} from X globally. However, in
response to your demand under Korean law, access to it has been withheld
in South Korea.

{X[12]} was not found to violate the X Rules or Korean law. The
post links to a news report and does not offer anything for sale, so it
remains available.

Kind regards,
X Legal
""",
    items={X[11]: "restricted", X[12]: "rejected"},
)

case(
    name="x-bulleted-withheld-in",
    outcome="applied",
    imitates="X withheld-content notification listing posts and the account with 'Withheld in' countries",
    why="bulleted list, each line a URL and its outcome; the account URL is an item; the help link is not",
    date="Fri, 13 Sep 2024 01:05:51 +0000",
    **{"from": "legal-kr@x.com"},
    name_from="X Legal",
    subject="KCSC-240909-01: outcome for @quartz_alley and @rivet_lantern",
    reply_to_req="req-240909-01",
    body=f"""
Hello,

Following review of your request KCSC-240909-01, the following actions were
taken:

  * {X[5]} - Withheld in: KR
  * {X[6]} - Account withheld in: KR
  * {X[7]} - No action. The post is a personal opinion and does not
    violate the X Rules; it has not been withheld.

Affected account holders have been notified, unless we were prohibited
from doing so. More about our process:
https://help.x.com/en/rules-and-policies/legal-requests-faq

X Legal
""",
    items={X[5]: "restricted", X[6]: "restricted", X[7]: "rejected"},
)

CSV_X = (
    "url,action,scope,comment\n"
    f"{X[13]},Removed,Global,Violation of illegal or regulated goods policy\n"
    f"{X[14]},Not found,,Post does not exist or was deleted before review\n"
    f"{X[8]},Withheld,KR,Withheld in response to the legal demand\n"
)
case(
    name="x-csv-attachment-results",
    outcome="applied",
    imitates="X legal response with per-URL results attached as a CSV export",
    why="outcomes are only in the CSV attachment: removed, not found, withheld in KR",
    date="Mon, 16 Sep 2024 07:22:09 +0000",
    **{"from": "legal-kr@x.com"},
    name_from="X Legal",
    subject="Re: KCSC-240909-01 results",
    reply_to_req="req-240909-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="==b264-x-csv"

--==b264-x-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The outcome for three more URLs from KCSC-240909-01 is in the attached
file, one row per URL.

X Legal

--==b264-x-csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-01_batch3.csv"
Content-Disposition: attachment; filename="KCSC-240909-01_batch3.csv"
Content-Transfer-Encoding: base64

{b64(CSV_X)}
--==b264-x-csv--
""",
    items={X[13]: "removed", X[14]: "not_found", X[8]: "restricted"},
)

HTML_X = f"""<html><body>
<p>Hello,</p>
<p>Please find below our decisions for part of request KCSC-240909-01.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Decision</th></tr>
<tr><td>{X[1]}</td><td>Removed</td></tr>
<tr><td>{X[2]}</td><td>Removed</td></tr>
<tr><td>{X[3]}</td><td>Withheld in South Korea</td></tr>
<tr><td>{X[4]}</td><td>No action</td></tr>
</table>
<p>Note on the last row: the post quotes a press article about an arrest
and offers nothing for sale. We found no breach of the X Rules or of the
Korean law cited, so the post stays up.</p>
<p>X Legal</p>
</body></html>"""
case(
    name="x-html-table-with-reason-note",
    outcome="applied",
    imitates="X legal HTML reply with a decisions table and an explanatory note",
    why="the note agrees with the table: it gives the reason for the 'No action' row",
    date="Tue, 17 Sep 2024 03:14:33 +0000",
    **{"from": "legal-kr@x.com"},
    name_from="X Legal",
    subject="KCSC-240909-01 decisions",
    reply_to_req="req-240909-01",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(HTML_X)}
""",
    items={X[1]: "removed", X[2]: "removed", X[3]: "restricted", X[4]: "rejected"},
)

QUOTE_X = "\n".join("> " + str(i) + ". " + X[i] for i in range(1, 15))
case(
    name="x-top-posted-over-gmail-quote",
    outcome="applied",
    imitates="short top-posted reply from an X legal agent over the quoted request (Gmail style)",
    why="only the post named above the quote changes; the 14 URLs in the quoted request are not statements",
    date="Fri, 13 Sep 2024 08:41:00 +0000",
    **{"from": "j.ortega@x.com"},
    name_from="Julia Ortega",
    subject="Re: KCSC-240909-01 Request to remove content",
    reply_to_req="req-240909-01",
    body=f"""
Hi,

Quick update: {X[5]} is now withheld in Korea. The other posts
are still with the team.

Julia

On Mon, 9 Sep 2024 at 10:30, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal,
>
> Under our decision of 6 September 2024 we request the removal of the
> following content (reference KCSC-240909-01):
>
{QUOTE_X}
>
> Please tell us the action taken on each URL by 16 September 2024.
>
> Korea Communications Standards Commission
""",
    items={X[5]: "restricted"},
)

case(
    name="x-outlook-original-message",
    outcome="applied",
    imitates="Outlook reply from X legal over an '-----Original Message-----' block",
    why="one sentence removes two posts, the next refuses a third with its reason; the quoted request below names more URLs",
    date="Tue, 17 Sep 2024 10:02:12 +0000",
    **{"from": "legal-kr@x.com"},
    name_from="X Legal",
    subject="RE: KCSC-240909-01 Request to remove content",
    reply_to_req="req-240909-01",
    body=f"""
Dear KCSC,

{X[13]} and {X[14]} have both been removed;
{X[12]} remains available, as it does not violate the X Rules or
local law.

Regards,
Tomas
X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 1:30 AM
To: legal-kr@x.com
Subject: KCSC-240909-01 Request to remove content

Dear X Legal,

We request the removal of the following posts:
{X[11]}
{X[12]}
{X[13]}
{X[14]}

Korea Communications Standards Commission
""",
    items={X[13]: "removed", X[14]: "removed", X[12]: "rejected"},
)

case(
    name="x-account-suspended-posts-named",
    outcome="applied",
    imitates="X notice that an account was suspended, naming the reported posts",
    why="suspension makes both named posts unavailable everywhere: removed",
    date="Wed, 18 Sep 2024 05:55:27 +0000",
    **{"from": "legal-kr@x.com"},
    name_from="X Legal",
    subject="Re: KCSC-240909-01 @rivet_lantern",
    reply_to_req="req-240909-01",
    body=f"""
Hello,

The account @rivet_lantern has been permanently suspended for repeated
violations of our rules on illegal goods. As a result, both posts you
reported from it are no longer viewable anywhere on X:

{X[7]}
{X[8]}

The account holder may appeal: https://help.x.com/forms/account-access/appeals

X Legal
""",
    items={X[7]: "removed", X[8]: "removed"},
)

case(
    name="tg-refusal-with-reason",
    outcome="applied",
    imitates="Telegram abuse desk reply to a regulator: one message blocked, one declined with reason",
    why="a refusal with its reason (rejected) next to a removal",
    date="Thu, 12 Sep 2024 13:20:44 +0000",
    **{"from": "abuse@telegram.org"},
    subject="Re: KCSC-240910-02",
    reply_to_req="req-240910-02",
    body=f"""
Hello,

We reviewed the two messages from the pale_lattice channel.

{TG[4]} has been blocked and is no longer available on Telegram.

{TG[3]} stays online. It announces a lawful lottery draw run by a
licensed operator and does not break the Telegram Terms of Service, so we
declined to act on it.

Telegram Abuse Team
""",
    items={TG[4]: "removed", TG[3]: "rejected"},
)

case(
    name="tg-update-revises-earlier-line",
    outcome="applied",
    imitates="Telegram abuse desk reply with a later correction in the same message",
    why="the 'Update' corrects the first line for 121: the owner deleted it before review, so not_found; 118 stays removed",
    date="Fri, 13 Sep 2024 16:03:10 +0000",
    **{"from": "abuse@telegram.org"},
    subject="Re: KCSC-240910-02 night_ferry_kr",
    reply_to_req="req-240910-02",
    body=f"""
Hi,

Messages {TG[1]} and {TG[2]} were removed.

Update before sending: after a second check, {TG[2]} was not
removed by us. The channel owner had already deleted that message before
our moderators opened your report, so there was nothing left to act on.

Telegram Abuse Team
""",
    items={TG[1]: "removed", TG[2]: "not_found"},
)

case(
    name="tg-sole-item-blocked",
    outcome="applied",
    imitates="Telegram short reply to a one-item request, naming no URL",
    why="a one-item request, the reply states one unhedged result for 'the message you reported'",
    date="Sat, 14 Sep 2024 11:47:52 +0000",
    **{"from": "abuse@telegram.org"},
    subject="Re: KCSC-240912-07",
    reply_to_req="req-240912-07",
    body="""
Hello,

Thank you for your report KCSC-240912-07. The message you reported has been
taken down and can no longer be opened in any Telegram app.

Telegram Abuse Team
""",
    items={TG1: "removed"},
)

case(
    name="tg-fullwidth-comma-korea-only",
    outcome="applied",
    imitates="Telegram reply pasting the URLs from a Korean request, separated by a full-width comma",
    why="both URLs are restricted in South Korea; the '、' after the first URL is not part of it",
    date="Mon, 16 Sep 2024 09:12:00 +0000",
    **{"from": "dsa@telegram.org"},
    subject="Re: KCSC-240910-02",
    reply_to_req="req-240910-02",
    body=f"""
Dear Sir or Madam,

Messages {TG[1]}、{TG[2]} have been made unavailable for users in
South Korea, in line with local law. They remain visible elsewhere.

Regards,
Telegram
""",
    items={TG[1]: "restricted", TG[2]: "restricted"},
)

case(
    name="tg-case-number-ack-plus-results",
    outcome="applied",
    classification="confirmation",
    imitates="Telegram ticket reply that opens like a receipt but gives results",
    why="an acknowledgement phrase followed by unhedged results is not an acknowledgement; the hedge in the relative clause is about edits",
    date="Tue, 17 Sep 2024 07:33:19 +0000",
    **{"from": "abuse@telegram.org"},
    subject="Case #48201933 - KCSC-240910-02",
    reply_to_req="req-240910-02",
    body=f"""
Hello,

We have received your report and registered it as Case #48201933.

Our moderators have already looked at it. The message {TG[3]},
which the channel admins may have edited since your report, has been
deleted. The link {TG[4]} is invalid: no such message exists in
that channel.

Telegram Abuse Team
""",
    items={TG[3]: "removed", TG[4]: "not_found"},
)

case(
    name="yt-plain-text-table",
    outcome="applied",
    imitates="Google legal removals team reply with a fixed-width results table",
    why="a text table: removed, age-restricted (restricted), no violation (rejected)",
    date="Thu, 12 Sep 2024 04:10:02 +0000",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Support",
    subject="Re: [KCSC-240910-03] Legal request - YouTube",
    reply_to_req="req-240910-03",
    body=f"""
Hello,

We have reviewed the following content under your request KCSC-240910-03.

URL                                          | Action taken
---------------------------------------------+------------------------------
{YT[1]}  | Removed (Community Guidelines)
{YT[2]}  | Age-restricted
{YT[3]}  | No action - no violation found

The remaining items are still under review.

Google Legal Support
https://support.google.com/legal/answer/3110420
""",
    items={YT[1]: "removed", YT[2]: "restricted", YT[3]: "rejected"},
)

QUOTE_YT = "\n".join(f"> {i}. {YT[i]}" for i in range(1, 6))
case(
    name="yt-outcomes-by-position-over-quote",
    outcome="applied",
    imitates="YouTube legal reply listing outcomes 'in the order of your notice' above the quoted notice",
    why="arguable: outcomes are given by position only; the quoted notice numbers the five URLs, so a clerk maps 1-5 unambiguously",
    date="Fri, 13 Sep 2024 06:30:45 +0000",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Support",
    subject="Re: KCSC-240910-03 Request to remove content",
    reply_to_req="req-240910-03",
    body=f"""
Hello,

We have completed our review of KCSC-240910-03. Outcomes are listed in the
same order as the URLs in your notice:

1. Removed - violates our Community Guidelines
2. Removed - violates our Community Guidelines
3. Blocked from view in South Korea on the basis of local law
4. No action - we did not find a violation of our policies or of the
   local law cited
5. Channel terminated

Regards,
Google Legal Support

On Tue, Sep 10, 2024 at 11:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube Legal team,
>
> Please remove the following content (reference KCSC-240910-03):
>
{QUOTE_YT}
>
> Korea Communications Standards Commission
""",
    items={YT[1]: "removed", YT[2]: "removed", YT[3]: "restricted",
           YT[4]: "rejected", YT[5]: "removed"},
)

case(
    name="yt-url-below-statement",
    outcome="applied",
    imitates="YouTube legal notice with each decision sentence followed by the URL on its own line",
    why="each URL sits on the line after its statement: removed, then restricted in KR",
    date="Sat, 14 Sep 2024 02:02:02 +0000",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Support",
    subject="Re: KCSC-240910-03",
    reply_to_req="req-240910-03",
    body=f"""
Hello,

The following video has been removed for violating our Community
Guidelines:
{YT[3]}

The following Short has been restricted in South Korea in response to
your legal complaint:
{YT[4]}

Google Legal Support
""",
    items={YT[3]: "removed", YT[4]: "restricted"},
)

case(
    name="yt-bare-url-status-below",
    outcome="applied",
    imitates="YouTube trusted-flagger portal export pasted into an email: URL, then a Status line",
    why="bare URL with its status on the next line; the channel is still under review and stays pending",
    date="Sun, 15 Sep 2024 23:40:11 +0000",
    **{"from": "noreply-legal@google.com"},
    name_from="Google Legal",
    subject="Status update for KCSC-240910-03",
    reply_to_req="req-240910-03",
    body=f"""
Status update for your request KCSC-240910-03

{YT[1]}
Status: Content removed (Community Guidelines)

{YT[2]}
Status: No action taken - content does not violate local law or our policies

{YT[5]}
Status: Under review

Do not reply to this email. Manage your requests at
https://support.google.com/legal/dashboard
""",
    items={YT[1]: "removed", YT[2]: "rejected", YT[5]: "pending"},
)

case(
    name="yt-single-video-actioned",
    outcome="applied",
    imitates="YouTube reply using the 'has been actioned under our policies' wording",
    why="configured YouTube phrase for removal, URL named, one-item request",
    date="Mon, 16 Sep 2024 05:17:36 +0000",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Support",
    subject="Re: KCSC-240912-06",
    reply_to_req="req-240912-06",
    body=f"""
Hello,

Thank you for contacting us. After review, the content at
{YT1} has been actioned under our policies.

Google Legal Support
""",
    items={YT1: "removed"},
)

QP_YT = f"""Hello,

Regarding KCSC-240910-03, our review is partly complete.

The Short at {YT[4]} was removed for violating our Community Guidelines on harmful and dangerous content.

The channel {YT[5]} has been restricted in South Korea; it remains available in other countries.

The video {YT[3]} will be reviewed by our legal team once the court decision you mention is provided. We will not take a decision on it before then.

Google Legal Support
"""
case(
    name="yt-quoted-printable-mixed-and-promise",
    outcome="applied",
    imitates="YouTube legal reply in quoted-printable with long unwrapped lines",
    why="removed and restricted are stated; the third video only gets a conditional promise and stays pending",
    date="Tue, 17 Sep 2024 08:08:08 +0000",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Support",
    subject="Re: KCSC-240910-03",
    reply_to_req="req-240910-03",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_YT)}
""",
    items={YT[4]: "removed", YT[5]: "restricted", YT[3]: "pending"},
)

case(
    name="yt-dsa-statement-of-reasons",
    outcome="applied",
    imitates="DSA-style statement of reasons (decision, territorial scope, ground) sent by YouTube",
    why="'restriction of visibility' with territorial scope Republic of Korea is restricted",
    date="Wed, 18 Sep 2024 12:00:00 +0000",
    **{"from": "noreply-legal@google.com"},
    name_from="YouTube",
    subject="Statement of reasons - KCSC-240910-03",
    reply_to_req="req-240910-03",
    body=f"""
Statement of reasons

Notice reference: KCSC-240910-03
Content: {YT[2]}
Decision: Restriction of visibility
Territorial scope: Republic of Korea
Ground: Illegal content under the law of the Republic of Korea
Facts relied on: the notice of the Korea Communications Standards Commission
Automated means used: No

Redress: the uploader may appeal this decision through YouTube Studio.
More information: https://support.google.com/youtube/answer/2802032
""",
    items={YT[2]: "restricted"},
)

case(
    name="naver-one-sentence-three-results",
    outcome="applied",
    imitates="NAVER 게시중단 요청 처리 결과 reply in Korean prose",
    why="one Korean sentence with particles glued to the URLs: 블라인드 (removed), 작성자 삭제 (not_found), 게시 유지 with reason (rejected)",
    date="Fri, 13 Sep 2024 14:25:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    subject="[회신] KCSC-240911-04 게시물 처리 결과 안내",
    reply_to_req="req-240911-04",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

귀 위원회에서 요청하신 KCSC-240911-04 건의 처리 결과를 안내드립니다.

{NV[1]}는 블라인드 처리되었고, {NV[2]}은 작성자가 이미 삭제하여 존재하지 않는 게시물이며, {NV[3]}의 경우 명예훼손에 해당한다고 보기 어려워 게시를 유지합니다.

감사합니다.
네이버 정책지원팀 드림
""",
    items={NV[1]: "removed", NV[2]: "not_found", NV[3]: "rejected"},
)

HTML_NV = f"""<html><body>
<p>안녕하세요. 네이버 게시중단 담당자입니다.</p>
<p>요청번호 KCSC-240911-04 에 대한 조치 결과입니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th></tr>
<tr><td>1</td><td><a href="{NV[1]}">{NV[1]}</a></td><td>임시조치 (30일)</td></tr>
<tr><td>2</td><td><a href="{NV[2]}">{NV[2]}</a></td><td>삭제</td></tr>
</table>
<p>임시조치 기간 중 게시자가 재게시를 요청할 수 있으며, 자세한 내용은
<a href="https://right.naver.com/help">게시중단 도움말</a>을 참고해 주세요.</p>
</body></html>"""
case(
    name="naver-html-table-imsijochi",
    outcome="applied",
    imitates="NAVER 게시중단 조치 결과 HTML table (임시조치 / 삭제)",
    why="임시조치 is restricted, 삭제 removed; the help link is not an item",
    date="Mon, 16 Sep 2024 10:40:00 +0900",
    **{"from": "right@navercorp.com"},
    name_from="NAVER",
    subject="[네이버] 게시중단 요청 조치 결과 (KCSC-240911-04)",
    reply_to_req="req-240911-04",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="nv-b264-alt"

--nv-b264-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(HTML_NV)}
--nv-b264-alt--
""",
    items={NV[1]: "restricted", NV[2]: "removed"},
)

B64_NV = f"""안녕하세요, 네이버입니다.

요청하신 게시물에 대해 아래와 같이 조치하였습니다.

- 블로그 게시물 {NV[3]} : 비공개 처리
- 카페 게시글 {NV[2]} : 국내 접근 제한

문의 사항이 있으시면 회신 주시기 바랍니다.
"""
case(
    name="naver-base64-private-and-limited",
    outcome="applied",
    imitates="NAVER reply in a base64-encoded Korean body",
    why="비공개 처리 is removed, 국내 접근 제한 is restricted; body only readable after base64 decoding",
    date="Tue, 17 Sep 2024 16:05:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    subject="[회신] KCSC-240911-04 조치 안내",
    reply_to_req="req-240911-04",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(B64_NV)}
""",
    items={NV[3]: "removed", NV[2]: "restricted"},
)

case(
    name="kakao-tistory-raw-korean-path",
    outcome="applied",
    imitates="Kakao 고객보호 reply about a Tistory entry and a Daum cafe post",
    why="the Tistory URL is written with its raw Korean path; deleted (removed) and kept with reason (rejected)",
    date="Fri, 13 Sep 2024 11:11:00 +0900",
    **{"from": "safety@kakaocorp.com"},
    name_from="카카오 고객보호팀",
    subject="Re: KCSC-240911-05 시정요구 조치 결과",
    reply_to_req="req-240911-05",
    body=f"""
안녕하세요, 카카오 고객보호팀입니다.

KCSC-240911-05 요청 건 검토 결과를 알려드립니다.

티스토리 {TISTORY_RAW} 게시물은 불법 상품 판매 정보에 해당하여 삭제 조치하였습니다.

다음 카페 {KK[2]} 게시글은 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다. 해당 글은 판매 광고가 아닌 이용 후기입니다.

감사합니다.
""",
    items={KK[1]: "removed", KK[2]: "rejected"},
)

case(
    name="kakao-correction-second-item",
    outcome="applied",
    imitates="Kakao reply with a 정정 안내 paragraph correcting the second listed post",
    why="arguable: a later 정정 says the second listed post was deleted, not 임시조치; the first stays 임시조치 (restricted)",
    date="Wed, 18 Sep 2024 09:30:00 +0900",
    **{"from": "safety@kakaocorp.com"},
    name_from="카카오 고객보호팀",
    subject="Re: KCSC-240911-05",
    reply_to_req="req-240911-05",
    body=f"""
안녕하세요, 카카오입니다.

아래 두 게시물에 대해 임시조치(접근 제한)를 하였습니다.

- {TISTORY_RAW}
- {KK[2]}

[정정 안내] 위 두 번째 게시물은 확인 결과 임시조치가 아니라 운영자 삭제 처리되었습니다. 혼선을 드려 죄송합니다.

카카오 고객보호팀
""",
    items={KK[1]: "restricted", KK[2]: "removed"},
)

# ======================= REVIEW =======================

case(
    name="x-promise-after-signoff",
    outcome="review",
    review="not_understood",
    imitates="X legal agent reply promising removal after internal sign-off",
    why="'will be removed once ... signs off' is a promise: nothing applied",
    date="Tue, 10 Sep 2024 22:15:00 +0000",
    **{"from": "legal-kr@x.com"},
    name_from="X Legal",
    subject="Re: KCSC-240909-01 Request to remove content",
    reply_to_req="req-240909-01",
    body=f"""
Hello,

Thanks for your request. {X[1]} and {X[2]} will be
removed within 24 hours once our legal team signs off on the order. We
will confirm when this is done.

X Legal
""",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="x-may-have-been-deleted",
    outcome="review",
    review="not_understood",
    imitates="X support reply guessing that a post was deleted by its author",
    why="'may have been taken down' and 'looks like' are hedges; the second post gets only a promise",
    date="Wed, 11 Sep 2024 03:30:00 +0000",
    **{"from": "legal-kr@x.com"},
    name_from="X Legal",
    subject="Re: KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""
Hi,

It looks like {X[3]} may have been taken down by the user
already; we are checking our logs and will confirm. We will look at
{X[4]} this week.

X Legal
""",
    items={X[3]: "pending", X[4]: "pending"},
)

case(
    name="x-first-three-on-your-list",
    outcome="review",
    review="bulk",
    imitates="X reply summarising results by position without repeating the URLs",
    why="'the first three posts on your list' names no URL and the list is not in the email: a statement about several unnamed items of a 14-item request",
    date="Thu, 12 Sep 2024 12:12:12 +0000",
    **{"from": "legal-kr@x.com"},
    name_from="X Legal",
    subject="Re: KCSC-240909-01 Request to remove content",
    reply_to_req="req-240909-01",
    body="""
Hello,

Following your request KCSC-240909-01, the first three posts on your list
have been removed. The other posts are still being reviewed by our team.

X Legal
""",
    items={},
)

case(
    name="x-dmarc-fail",
    outcome="review",
    review="untrusted",
    auth="fail",
    imitates="X legal reply whose DKIM/DMARC fails at our gateway",
    why="claims removal but the x.com sender fails authentication",
    date="Fri, 13 Sep 2024 04:44:44 +0000",
    **{"from": "legal-kr@x.com"},
    name_from="X Legal",
    subject="Re: KCSC-240909-01 Request to remove content",
    reply_to_req="req-240909-01",
    body=f"""
Hello,

We have removed {X[9]} and {X[10]}.

X Legal
""",
    items={X[9]: "pending", X[10]: "pending"},
)

case(
    name="x-law-firm-for-account-holder",
    outcome="review",
    review="unknown_sender",
    imitates="letter from a law firm acting for an account holder",
    why="not a platform domain: the statement that the post was deleted does not count",
    date="Mon, 16 Sep 2024 01:20:00 +0000",
    **{"from": "counsel@ironbridge-law.example"},
    name_from="Ironbridge Law",
    subject="KCSC-240909-01 - our client @tin_orchard",
    body=f"""
Dear Sirs,

We act for the holder of the account @tin_orchard. Our client has deleted
the post at {X[11]} voluntarily and without admission. We ask
that the Commission closes its file on this matter.

Yours faithfully,
Ironbridge Law
""",
    items={X[11]: "pending"},
)

case(
    name="tg-all-messages-removed",
    outcome="review",
    review="bulk",
    imitates="Telegram one-line reply covering a whole request",
    why="'all the messages listed' covers a four-item request without naming each",
    date="Wed, 11 Sep 2024 19:00:00 +0000",
    **{"from": "abuse@telegram.org"},
    subject="Re: KCSC-240910-02",
    reply_to_req="req-240910-02",
    body="""
Hello,

All the messages listed in your request KCSC-240910-02 were removed.

Telegram Abuse Team
""",
    items={TG[1]: "pending", TG[2]: "pending", TG[3]: "pending", TG[4]: "pending"},
)

case(
    name="tg-policy-contact-update",
    outcome="review",
    review="no_claims",
    imitates="Telegram general notice to authorities about a new contact channel",
    why="trusted Telegram mail naming no item and no request",
    date="Tue, 17 Sep 2024 12:00:00 +0000",
    **{"from": "dsa@telegram.org"},
    subject="Changes to how Telegram receives requests from authorities",
    body="""
Dear partner,

From 1 October 2024, requests from authorities should be sent through our
dedicated form at https://telegram.org/support/authorities rather than by
email. Requests already open will be answered by email as before.

Telegram
""",
    items={},
)

case(
    name="yt-conditional-counter-notice",
    outcome="review",
    review="not_understood",
    imitates="YouTube reply describing a counter-notification window",
    why="a condition ('if no counter notification ... will be blocked') and 'under review' are not statements",
    date="Wed, 11 Sep 2024 08:00:00 +0000",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Support",
    subject="Re: KCSC-240910-03",
    reply_to_req="req-240910-03",
    body=f"""
Hello,

We have notified the uploader of {YT[3]}. If the uploader does
not submit a counter notification within 10 business days, the video will
be blocked in South Korea. {YT[1]} is under review.

Google Legal Support
""",
    items={YT[3]: "pending", YT[1]: "pending"},
)

HTML_NV_CONFLICT = f"""<html><body>
<p>안녕하세요, 네이버입니다. KCSC-240911-04 처리 현황입니다.</p>
<table border="1">
<tr><th>URL</th><th>조치결과</th></tr>
<tr><td>{NV[1]}</td><td>삭제</td></tr>
</table>
<p>※ 위 표의 게시물은 현재 권리침해 여부 검토가 진행 중이며, 조치가 완료되면 다시 안내드리겠습니다.</p>
</body></html>"""
case(
    name="naver-table-note-contradict",
    outcome="review",
    review="conflicting_statements",
    imitates="NAVER HTML status table whose footnote says the same post is still being reviewed",
    why="the table says 삭제, the note below says review is still going on; neither is marked as a correction",
    date="Thu, 12 Sep 2024 17:20:00 +0900",
    **{"from": "right@navercorp.com"},
    name_from="NAVER",
    subject="[네이버] KCSC-240911-04 처리 현황",
    reply_to_req="req-240911-04",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(HTML_NV_CONFLICT)}
""",
    items={NV[1]: "pending"},
)

case(
    name="naver-asks-for-official-letter",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="NAVER request for the official 시정요구 letter before acting",
    why="asks for documents; the named post gets no status",
    date="Thu, 12 Sep 2024 10:00:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    subject="[문의] KCSC-240911-04 관련 공문 요청",
    reply_to_req="req-240911-04",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

{NV[2]} 게시글에 대한 조치를 진행하기 위해 시정요구 공문(의결서 사본)이 필요합니다. 공문을 회신으로 보내주시면 검토 후 결과를 안내드리겠습니다.

감사합니다.
""",
    items={NV[2]: "pending"},
)

case(
    name="kakao-naver-link-not-ours",
    outcome="review",
    review="wrong_platform",
    imitates="Kakao reply that a forwarded link belongs to another portal",
    why="Kakao speaks about a NAVER item; a platform cannot state another platform's items",
    date="Fri, 13 Sep 2024 15:00:00 +0900",
    **{"from": "safety@kakaocorp.com"},
    name_from="카카오 고객보호팀",
    subject="Re: KCSC-240911-04 문의",
    body=f"""
안녕하세요, 카카오 고객보호팀입니다.

KCSC-240911-04 요청서에 포함된 {NV[1]} 게시물은 카카오 서비스가 아닌 타사 블로그 게시물로, 당사에서는 확인되지 않는 게시물입니다. 해당 사업자에게 요청해 주시기 바랍니다.

감사합니다.
""",
    items={NV[1]: "pending"},
)

case(
    name="kakao-appears-deleted-will-confirm",
    outcome="review",
    review="not_understood",
    imitates="Kakao interim reply in Korean with a hedge (삭제된 것으로 보이나)",
    why="'삭제된 것으로 보이나 확인 후 안내' is a hedge plus a promise",
    date="Thu, 12 Sep 2024 13:45:00 +0900",
    **{"from": "safety@kakaocorp.com"},
    name_from="카카오 고객보호팀",
    subject="Re: KCSC-240911-05",
    reply_to_req="req-240911-05",
    body=f"""
안녕하세요, 카카오입니다.

요청하신 {KK[2]} 게시글은 작성자에 의해 이미 삭제된 것으로 보이나, 정확한 확인 후 다시 안내드리겠습니다.

감사합니다.
""",
    items={KK[2]: "pending"},
)

# ======================= IGNORED =======================

case(
    name="x-out-of-office",
    outcome="ignored",
    classification="auto_reply",
    imitates="out-of-office auto-reply from an X legal agent",
    why="an auto-reply, whatever it mentions",
    date="Mon, 9 Sep 2024 01:31:02 +0000",
    **{"from": "j.ortega@x.com"},
    name_from="Julia Ortega",
    subject="Automatic reply: KCSC-240909-01 Request to remove content",
    reply_to_req="req-240909-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 16 September with limited access to email.
For urgent legal requests please write to legal-kr@x.com.

Julia
""",
    items={},
)

DSN_TEXT = """This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa@telegram.org>: host mail.telegram.org[198.51.100.77] said: 550 5.1.1
    mailbox unavailable (in reply to RCPT TO command)
"""
case(
    name="reminder-bounce-dsn",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix delivery status notification for a reminder to Telegram",
    why="a bounce; the returned reminder's URL is our own text",
    date="Tue, 17 Sep 2024 00:05:00 +0900",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b264"

--dsn-b264
Content-Type: text/plain; charset=us-ascii

{DSN_TEXT}
--dsn-b264
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example

Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable

--dsn-b264
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: Reminder: KCSC-240912-07 ({TG1})
Message-ID: <reminder.KCSC-240912-07.1@kcsc.example>

--dsn-b264--
""",
    items={},
)

case(
    name="naver-read-receipt-mdn",
    outcome="ignored",
    classification="read_receipt",
    imitates="message disposition notification (read receipt) from a NAVER mailbox",
    why="an MDN says the request was displayed, nothing about the items",
    date="Wed, 11 Sep 2024 14:30:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    subject="읽음 확인: KCSC-240911-04 게시물 삭제 요청",
    reply_to_req="req-240911-04",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b264"

--mdn-b264
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "KCSC-240911-04 게시물 삭제 요청"을 수신자가 읽었습니다.

--mdn-b264
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req-240911-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b264--
""",
    items={},
)

case(
    name="tg-ticket-receipt",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Telegram automatic ticket receipt with a case number",
    why="pure receipt: report received, case created, will be reviewed",
    date="Thu, 12 Sep 2024 01:41:00 +0000",
    **{"from": "noreply@telegram.org"},
    subject="Case #48209911 received",
    reply_to_req="req-240912-07",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

We have received your report KCSC-240912-07 and opened Case #48209911.
Our moderators will review it as soon as possible. You do not need to
send it again.

Telegram Support
""",
    items={},
)

case(
    name="yt-legal-receipt-echo",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Google legal-request receipt that echoes the submitted URLs",
    why="receipt echoing the reported URLs, no result for any of them",
    date="Tue, 10 Sep 2024 02:10:00 +0000",
    **{"from": "noreply-legal@google.com"},
    name_from="Google Legal",
    subject="We received your legal request [KCSC-240910-03]",
    reply_to_req="req-240910-03",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Thank you for your submission. We have received your request and will
review it. Reference: KCSC-240910-03.

You reported the following URLs:
{YT[1]}
{YT[2]}
{YT[3]}
{YT[4]}
{YT[5]}

You will receive an email when a decision has been made. Please do not
reply to this message.
""",
    items={YT[1]: "pending", YT[2]: "pending", YT[3]: "pending",
           YT[4]: "pending", YT[5]: "pending"},
)

case(
    name="kakao-korean-auto-reply",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean 부재중 자동응답 from a Kakao staff mailbox",
    why="out-of-office auto-reply",
    date="Wed, 11 Sep 2024 15:21:00 +0900",
    **{"from": "h.yoon@kakaocorp.com"},
    name_from="윤하늘",
    subject="[자동응답] Re: KCSC-240911-05 시정요구",
    reply_to_req="req-240911-05",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 9월 13일까지 휴가로 부재중입니다.
급한 용무는 safety@kakaocorp.com 으로 연락 부탁드립니다.
""",
    items={},
)

case(
    name="google-delay-dsn",
    outcome="ignored",
    classification="bounce",
    imitates="Gmail 'Delivery Status Notification (Delay)' message",
    why="a delay DSN from the mail system, not the platform's answer",
    date="Thu, 12 Sep 2024 06:00:00 +0000",
    **{"from": "mailer-daemon@googlemail.com"},
    name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Delay)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dly-b264"

--dly-b264
Content-Type: text/plain; charset=utf-8

Your message to legal-kr@google.com has not been delivered yet. The
system will keep trying for 46 more hours.

--dly-b264
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com

Final-Recipient: rfc822; legal-kr@google.com
Action: delayed
Status: 4.4.1

--dly-b264
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@google.com
Subject: KCSC-240912-06 Request to remove content ({YT1})

--dly-b264--
""",
    items={},
)

HEADER = """# Blind set 264 (what a program gets wrong). Written by make.py from the
# case list, from each email's meaning, before any run of the reader.
# Each case is judged alone on a fresh ledger holding requests.csv."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind264", HEADER, CASES)
