#!/usr/bin/env python3
"""Blind set 798 (focus: what a program gets wrong).

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with their reasons, later sentences that revise earlier ones, a
table contradicted by a note, statuses given by position. Written from each
email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind798/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import sys
import urllib.parse
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind798"


def enc(s):
    """RFC 2047 form of a non-ASCII header value, as mail clients send it."""
    return Header(s, "utf-8").encode()


# ---------------------------------------------------------------- requests
X1 = "https://x.com/lunar_kiosk/status/1829104455120019457"
X2 = "https://x.com/lunar_kiosk/status/1829233871045220352"
X3 = "https://x.com/tidepool_odds/status/1828870193354772480"
X4 = "https://x.com/tidepool_odds/status/1829011846620938241"
X5 = "https://x.com/amber_casino_kr/status/1827655032219443200"
X6 = "https://x.com/amber_casino_kr/status/1828002367791546368"
X7 = "https://x.com/quietmarsh09/status/1829340557712924672"
X8 = "https://x.com/quietmarsh09/status/1829341988102017024"
X9 = "https://x.com/slate_heron/status/1826995420387041536"
X10 = "https://x.com/slate_heron/status/1827731016645509120"
X11 = "https://x.com/paper_tiger_lotto/status/1829512208431996928"
X12 = "https://x.com/paper_tiger_lotto/status/1829520774126174208"
X13 = "https://x.com/mossgate_live/status/1828457613095583744"
X14 = "https://x.com/mossgate_live/status/1829660041283391488"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12, X13, X14]

T1 = "https://t.me/harbor_lanterns/118"
T2 = "https://t.me/harbor_lanterns/121"
T3 = "https://t.me/greyfinch_market/9"
T4 = "https://t.me/oakpier_club/2044"
T5 = "https://t.me/velvet_abacus/77"
T6 = "https://t.me/velvet_abacus/78"

Y1 = "https://www.youtube.com/watch?v=Qm3vT8xLp2A"
Y2 = "https://www.youtube.com/watch?v=b7RkW0eZs1c"
Y3 = "https://www.youtube.com/watch?v=Lx9pD4uHq0M"
Y4 = "https://www.youtube.com/shorts/Zr9Kd0wPqE1"
Y5 = "https://www.youtube.com/watch?v=n2VfJ6tCy8o"
Y6 = "https://www.youtube.com/watch?v=Hb7nW2cYt4s"

N1 = "https://blog.naver.com/moonrakerfox/223551230987"
N2 = "https://cafe.naver.com/saltwindcafe/88412"
N3 = "https://blog.naver.com/moonrakerfox/223551239940"

K1 = "https://cafe.daum.net/bluecrane77/Fq3k/412"
K2_RAW = "https://nightowl-notes.tistory.com/entry/오늘의-경기-분석"
K2 = "https://nightowl-notes.tistory.com" + urllib.parse.quote("/entry/오늘의-경기-분석")
K3 = "https://nightowl-notes.tistory.com/58"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     "gambling", XS),
    ("KCSC-240903-02", "telegram", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "drugs", [T1, T2, T3, T4]),
    ("KCSC-240904-03", "youtube", "2024-09-04T10:00:00+09:00", "2024-09-11T18:00:00+09:00",
     "gambling", [Y1, Y2, Y3, Y4, Y5]),
    ("KCSC-240905-04", "naver", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "obscenity", [N1, N2, N3]),
    ("KCSC-240906-05", "kakao", "2024-09-06T09:30:00+09:00", "2024-09-13T18:00:00+09:00",
     "gambling", [K1, K2, K3]),
    ("KCSC-240909-06", "youtube", "2024-09-09T15:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "defamation", [Y6]),
    ("KCSC-240910-07", "telegram", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "drugs", [T5, T6]),
]


def req_mid(ref):
    return "request." + ref


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", ""])


# ---------------------------------------------------------------- senders
X_LEGAL = dict(**{"from": "legal-notices@x.com", "name_from": "X Legal"})
TG = dict(**{"from": "abuse@telegram.org", "name_from": "Telegram Abuse Team"})
GL = dict(**{"from": "legal-support@google.com", "name_from": "Google Legal Support"})
YT = dict(**{"from": "no-reply@youtube.com", "name_from": "YouTube"})
NV = dict(**{"from": "rights@navercorp.com", "name_from": enc("네이버 권리보호센터")})
KK = dict(**{"from": "safety@kakaocorp.com", "name_from": enc("카카오 권리침해신고센터")})

CASES = []


def case(sender, **kw):
    c = dict(sender)
    c.update(kw)
    CASES.append(c)


# ================================================================ APPLIED
case(X_LEGAL, name="x-three-statuses-one-sentence",
     date="Wed, 04 Sep 2024 16:12:40 +0900",
     subject="Re: Removal request KCSC-240902-01",
     reply_to_req=req_mid("KCSC-240902-01"),
     body=f"""
Hello,

Thank you for your report of 2 September 2024 (your reference
KCSC-240902-01).

After reviewing the posts against the X Rules and applicable Korean law, we
have withheld {X1} in South Korea, removed {X2} for violating our rules on
the promotion of illegal gambling, and were unable to locate {X3}.

We will write to you separately about the remaining posts in your report.

Regards,
X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal-request outcome email to a government reporter",
     why="one sentence, three statuses: withheld in KR, removed, unable to locate",
     items={X1: "restricted", X2: "removed", X3: "not_found"})

case(X_LEGAL, name="x-not-removed-but-withheld",
     date="Thu, 05 Sep 2024 10:03:11 +0900",
     subject="Re: Removal request KCSC-240902-01 - clarification",
     reply_to_req=req_mid("KCSC-240902-01"),
     body=f"""
Hi KCSC team,

To clarify the outcome for two of the posts in your request:

The post {X4} has not been removed from X. It has been withheld in South
Korea in response to your request, which means it cannot be viewed by
people who access X from Korea.

Unlike that post, {X5} was removed globally, because it also broke our
rules on illegal gambling.

Kind regards,
X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal team clarification reply (country withheld vs removed)",
     why="'has not been removed' is followed by 'has been withheld in South Korea': restricted; the second post removed",
     items={X4: "restricted", X5: "removed"})

case(X_LEGAL, name="x-refusal-with-reason-then-removal",
     date="Fri, 06 Sep 2024 09:41:27 +0900",
     subject="Re: Removal request KCSC-240902-01",
     reply_to_req=req_mid("KCSC-240902-01"),
     body=f"""
Hello,

We reviewed {X6} and {X7}. Neither post violates the X Rules, and on the
information provided we could not identify a Korean law that the posts
infringe. We are therefore not taking action on these two posts. If a
Korean court has ruled on this material, you are welcome to send us the
order and we will look at the matter again.

Separately, {X8} has been removed for violating the X Rules.

Regards,
X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal 'no action taken' reply with reasons",
     why="a refusal with its reason for two posts (rejected), a plain removal for the third; the court-order offer asks nothing",
     items={X6: "rejected", X7: "rejected", X8: "removed"})

case(X_LEGAL, name="x-earlier-reply-revised",
     date="Thu, 12 Sep 2024 11:20:05 +0900",
     subject="Update: Removal request KCSC-240902-01",
     reply_to_req=req_mid("KCSC-240902-01"),
     body=f"""
Hello,

Our reply of 5 September said that {X9} had been withheld in South Korea.
That is no longer accurate: following a further review, the post was
removed from X globally on 11 September.

{X10} remains withheld in South Korea.

Regards,
X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal follow-up correcting an earlier outcome",
     why="the first sentence reports an old status that the next sentence replaces: removed; the other post withheld in KR",
     items={X9: "removed", X10: "restricted"})

case(X_LEGAL, name="x-numbered-list-action-below",
     date="Mon, 09 Sep 2024 14:55:48 +0900",
     subject="Removal request KCSC-240902-01: outcome by post",
     reply_to_req=req_mid("KCSC-240902-01"),
     body=f"""
Hello,

Please find below the outcome for each post we reviewed.

1. {X11}
   Action: Withheld in South Korea
2. {X12}
   Action: Removed (violation of the X Rules)
3. {X13}
   Action: None - no violation found
4. {X14}
   Action: Not found - the post does not exist
5. {X1}
   Action: Withheld in South Korea

You can read about country-withheld content at
https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal outcome list, URL line with the action on the line below",
     why="each status stands on the line below its URL; the help link is no item",
     items={X11: "restricted", X12: "removed", X13: "rejected", X14: "not_found", X1: "restricted"})

x_table_html = f"""
<html><body>
<p>Hello,</p>
<p>The table below shows the action taken on each post in your request
KCSC-240902-01.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action taken</th></tr>
<tr><td><a href="{X3}">{X3}</a></td><td>Removed</td></tr>
<tr><td><a href="{X6}">{X6}</a></td><td>Withheld (KR)</td></tr>
<tr><td><a href="{X7}">{X7}</a></td><td>No action &ndash; does not violate the X Rules</td></tr>
<tr><td><a href="{X9}">{X9}</a></td><td>Not found</td></tr>
</table>
<p>More about our approach: <a href="https://help.x.com/en/rules-and-policies/enforcement-options">enforcement options</a>.</p>
<p>X Legal</p>
</body></html>
"""
case(X_LEGAL, name="x-html-table-four-actions",
     date="Tue, 10 Sep 2024 08:30:00 +0900",
     subject="Re: Removal request KCSC-240902-01",
     reply_to_req=req_mid("KCSC-240902-01"),
     type="html", body=x_table_html,
     outcome="applied", classification="confirmation",
     imitates="X legal outcome as an HTML table",
     why="table rows: removed, withheld KR, no action (no violation), not found",
     items={X3: "removed", X6: "restricted", X7: "rejected", X9: "not_found"})

x_csv = f"""url,action,scope,date
{X10},withheld,KR,2024-09-10
{X11},removed,global,2024-09-10
{X12},no_violation,,2024-09-10
"""
x_csv_b64 = base64.encodebytes(x_csv.encode("utf-8")).decode("ascii")
case(X_LEGAL, name="x-csv-attachment-base64",
     date="Wed, 11 Sep 2024 17:02:33 +0900",
     subject="Re: Removal request KCSC-240902-01 - results attached",
     reply_to_req=req_mid("KCSC-240902-01"),
     raw_mime=f"""
Content-Type: multipart/mixed; boundary="==x798csv=="

--==x798csv==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The outcome for each URL in request KCSC-240902-01 that we reviewed this
week is in the attached file.

X Legal

--==x798csv==
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_results.csv"
Content-Transfer-Encoding: base64

{x_csv_b64}
--==x798csv==--
""",
     outcome="applied", classification="confirmation",
     imitates="legal-request result sheet sent as a CSV attachment",
     why="CSV rows: withheld KR (restricted), removed, no_violation (rejected)",
     items={X10: "restricted", X11: "removed", X12: "rejected"})

case(X_LEGAL, name="x-not-found-vs-not-found-in-violation",
     date="Fri, 13 Sep 2024 13:14:09 +0900",
     subject="Re: Removal request KCSC-240902-01",
     reply_to_req=req_mid("KCSC-240902-01"),
     body=f"""
Hello,

We were unable to take action on {X14} because the post could not be
found; it may have been deleted by the account holder before our review.

We did not find {X13} to be in violation of the X Rules, and it remains
available on X.

Regards,
X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal reply: post not found / no violation",
     why="'could not be found' is unhedged (the hedge is only about why); 'did not find ... to be in violation' is a refusal, not not_found",
     items={X14: "not_found", X13: "rejected"})

case(X_LEGAL, name="x-text-table-corrected-by-note",
     date="Tue, 10 Sep 2024 19:45:52 +0900",
     subject="Re: Removal request KCSC-240902-01",
     reply_to_req=req_mid("KCSC-240902-01"),
     body=f"""
Hello,

Status of the posts from your request:

URL                                                     Action taken
{X7}   Withheld (KR)
{X8}   Withheld (KR)
{X2}    Removed

Note: the table above was generated on 9 September. Since then
{X8} has been removed globally, so the "Withheld (KR)" entry for it no
longer reflects its status.

X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal plain-text status table with a correcting note",
     why="the note expressly replaces the table's entry for one post: removed; the other rows stand",
     items={X7: "restricted", X8: "removed", X2: "removed"})

case(X_LEGAL, name="x-angle-brackets-wrapped",
     date="Mon, 16 Sep 2024 10:10:10 +0900",
     subject="Re: Removal request KCSC-240902-01",
     reply_to_req=req_mid("KCSC-240902-01"),
     body="""
Hello,

The following posts have been removed for violating the X Rules:

  - <https://x.com/amber_casino_kr/status/1827655032219443200>
  - <https://x.com/amber_casino_kr/status/
    1828002367791546368>

Regards,
X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal removal notice with URLs in angle brackets",
     why="list under 'have been removed'; the second URL is wrapped inside its angle brackets (RFC 3986 app. C)",
     items={X5: "removed", X6: "removed"})

case(TG, name="tg-hedge-in-relative-clause",
     date="Wed, 04 Sep 2024 21:07:44 +0900",
     subject="Re: [Case #4471902] KCSC-240903-02",
     reply_to_req=req_mid("KCSC-240903-02"),
     body=f"""
Hello,

The post {T1}, which the channel owner may have copied to other channels,
has been removed.

As for {T2}, it appears to have been deleted by the channel admins before
we looked at it. We are confirming this and will update you.

Best regards,
Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse desk reply to a regulator",
     why="the hedge 'may have copied' sits in a relative clause; the main clause 'has been removed' stands; the second link is only 'appears to', being confirmed",
     items={T1: "removed", T2: "pending"})

case(TG, name="tg-statuses-by-position",
     date="Thu, 05 Sep 2024 15:33:20 +0900",
     subject="RE: [Case #4471902] Removal request KCSC-240903-02",
     reply_to_req=req_mid("KCSC-240903-02"),
     body=f"""
Hello,

Regarding the four links in your request KCSC-240903-02 (quoted below):

Links 1 and 2 have been blocked and are no longer accessible on Telegram.
Link 3 could not be found.
Link 4 does not violate the Telegram Terms of Service; no action was taken.

Telegram Abuse Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 11:00 AM
To: abuse@telegram.org
Subject: Removal request KCSC-240903-02

Dear Telegram,

Under the Korean Act on the Establishment and Operation of the Korea
Communications Standards Commission we request the removal of the
following content:

1. {T1}
2. {T2}
3. {T3}
4. {T4}

KCSC
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse desk reply top-posted over an Outlook-quoted request",
     why="statuses by the position of the links in the quoted, numbered request: 1-2 blocked (removed), 3 not found, 4 no violation",
     items={T1: "removed", T2: "removed", T3: "not_found", T4: "rejected"})

case(TG, name="tg-made-unavailable-other-still-reviewed",
     date="Fri, 06 Sep 2024 12:02:19 +0900",
     subject="Re: Removal request KCSC-240903-02",
     reply_to_req=req_mid("KCSC-240903-02"),
     body=f"""
Hi,

{T3} has been made unavailable for all users. We are still reviewing
{T4} and will get back to you.

Telegram Abuse Team

On Tue, 3 Sep 2024 at 11:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
>
> We request the removal of the following content (KCSC-240903-02):
>
> 1. {T1}
> 2. {T2}
> 3. {T3}
> 4. {T4}
>
> KCSC
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse reply over a Gmail-style quoted request",
     why="one link made unavailable; another 'still reviewing'; the quoted list changes nothing",
     items={T3: "removed", T4: "pending", T1: "pending", T2: "pending"})

case(TG, name="tg-did-not-remove-because-gone",
     date="Thu, 12 Sep 2024 18:40:02 +0900",
     subject="Re: [Case #4475310] KCSC-240910-07",
     reply_to_req=req_mid("KCSC-240910-07"),
     body=f"""
Hello,

{T5} was taken down. We did not remove {T6}, because that message no
longer exists: the channel owner deleted it before our moderators reached
it.

Regards,
Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse desk reply",
     why="'did not remove' is explained by the message no longer existing (deleted by its author): not_found, not rejected",
     items={T5: "removed", T6: "not_found"})

case(GL, name="yt-three-outcomes-bullets",
     date="Fri, 06 Sep 2024 04:18:56 +0900",
     subject="[5-1872000033415] Your legal request KCSC-240904-03",
     reply_to_req=req_mid("KCSC-240904-03"),
     body=f"""
Hello,

We've reviewed the content you reported under KCSC-240904-03.

- {Y1} has been age-restricted. It remains on YouTube but can't be viewed
  by signed-out users or by users under 18.
- {Y2} has been removed for violating our Community Guidelines.
- We did not remove {Y3}. After careful review we determined that it doesn't
  violate our policies, and we found no basis to block it under local law.

Regards,
The YouTube Legal Team
""",
     outcome="applied", classification="confirmation",
     imitates="Google/YouTube legal removals outcome email",
     why="age-restricted (restricted), removed, and a refusal with its reason (rejected)",
     items={Y1: "restricted", Y2: "removed", Y3: "rejected"})

case(GL, name="yt-blocked-kr-and-no-action-headings",
     date="Mon, 09 Sep 2024 03:25:11 +0900",
     subject="[5-1872000033415] Your legal request KCSC-240904-03",
     reply_to_req=req_mid("KCSC-240904-03"),
     body=f"""
Hello,

In response to your legal request, we have blocked the following content
from view on YouTube in South Korea:

{Y4}
{Y5}

We have not taken action on the following content, as we did not find
sufficient legal basis for its removal:

{Y3}

For information about how we handle legal requests, visit
https://support.google.com/legal/answer/3110420

Regards,
Google Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="Google legal removals 'blocked from view in [country]' template",
     why="statuses come from the headings above each block of URLs: blocked in KR (restricted) and no action (rejected)",
     items={Y4: "restricted", Y5: "restricted", Y3: "rejected"})

case(GL, name="yt-quoted-printable-soft-break-in-url",
     date="Tue, 10 Sep 2024 02:50:37 +0900",
     subject="[5-1872000033415] Update on KCSC-240904-03",
     reply_to_req=req_mid("KCSC-240904-03"),
     raw_mime="""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hello,

Following our review, the videos listed below have been removed from YouT=
ube for violating our Community Guidelines: https://www.youtube.com/watch?v=
=3DQm3vT8xLp2A and https://www.youtube.com/watch?v=3Dn2VfJ6tCy8o .

The video https://www.youtube.com/watch?v=3Db7RkW0eZs1c is still under revi=
ew; we'll write again once a decision has been made.

Regards,
The YouTube Legal Team
""",
     outcome="applied", classification="confirmation",
     imitates="Google legal outcome email, quoted-printable",
     why="two removals (one URL split by a soft line break); the third video is still under review",
     items={Y1: "removed", Y5: "removed", Y2: "pending"})

case(GL, name="yt-correction-over-own-quoted-message",
     date="Fri, 13 Sep 2024 06:02:44 +0900",
     subject="Re: [5-1872000033415] Your legal request KCSC-240904-03",
     reply_to_req=req_mid("KCSC-240904-03"),
     body=f"""
Hello,

A correction to our message below: {Y5} was not removed. It was blocked in
South Korea only and remains available in other countries. We apologise
for the error.

Regards,
Google Legal Support

On Thu, Sep 12, 2024 at 3:10 PM Google Legal Support <legal-support@google.com> wrote:
> Hello,
>
> The following video has been removed from YouTube:
> {Y5}
>
> Regards,
> Google Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="Google legal support correction of its own earlier reply",
     why="the unquoted correction says blocked in KR only; the quoted earlier 'removed' is no statement of this email",
     items={Y5: "restricted"})

case(GL, name="yt-gmail-top-posted-two-of-five",
     date="Wed, 11 Sep 2024 01:44:09 +0900",
     subject="Re: Removal request KCSC-240904-03",
     reply_to_req=req_mid("KCSC-240904-03"),
     body=f"""
Hi,

Following up on your request below: we have removed {Y2} and
{Y4}. The other three videos are still being assessed.

Thanks,
Google Legal Support

On Wed, Sep 4, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube Legal team,
>
> Please remove the following videos, which promote illegal online
> gambling (KCSC-240904-03):
>
> {Y1}
> {Y2}
> {Y3}
> {Y4}
> {Y5}
>
> Korea Communications Standards Commission
""",
     outcome="applied", classification="confirmation",
     imitates="Gmail top-posted reply over the quoted request",
     why="two named videos removed; the other three 'still being assessed'; the quoted list changes nothing",
     items={Y2: "removed", Y4: "removed", Y1: "pending", Y3: "pending", Y5: "pending"})

case(YT, name="yt-single-item-all-content",
     date="Thu, 12 Sep 2024 09:12:45 +0900",
     subject="Re: Removal request KCSC-240909-06",
     reply_to_req=req_mid("KCSC-240909-06"),
     body="""
Hello,

Thank you for your notice KCSC-240909-06. All of the content identified in
your notice has been removed from YouTube.

- The YouTube Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube notice outcome without URLs",
     why="a general statement for a request of one item: that item is removed",
     items={Y6: "removed"})

case(NV, name="naver-particle-after-url",
     date="Mon, 09 Sep 2024 11:05:30 +0900",
     subject=enc("[네이버] 게시물 조치 결과 안내 (KCSC-240905-04)"),
     reply_to_req=req_mid("KCSC-240905-04"),
     body=f"""
안녕하세요, 네이버 권리보호센터입니다.

방송통신심의위원회의 요청(KCSC-240905-04)에 따라 검토한 결과를 안내드립니다.

{N1} 게시물은 게시중단(블라인드) 처리하였으며, {N2}는 작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다.

감사합니다.
네이버 권리보호센터 드림
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단 처리 결과 안내 메일",
     why="게시중단(블라인드) = removed; 작성자가 이미 삭제 = not_found; the particle 는 follows the second URL directly",
     items={N1: "removed", N2: "not_found"})

nv_table = f"""
<html><body>
<p>안녕하세요. 네이버 권리보호센터입니다.</p>
<p>요청번호 KCSC-240905-04 에 대한 조치 결과는 아래와 같습니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치 결과</th></tr>
<tr><td>1</td><td>{N1}</td><td>임시조치(30일)</td></tr>
<tr><td>2</td><td>{N2}</td><td>삭제</td></tr>
<tr><td>3</td><td>{N3}</td><td>조치하지 않음 (운영정책 위반 사항 없음)</td></tr>
</table>
<p>운영정책은 <a href="https://policy.naver.com/rules/service.html">네이버 서비스 운영정책</a>에서 확인하실 수 있습니다.</p>
<p>감사합니다.</p>
</body></html>
"""
case(NV, name="naver-html-table-kr",
     date="Tue, 10 Sep 2024 16:40:00 +0900",
     subject=enc("[네이버] 요청번호 KCSC-240905-04 조치 결과"),
     reply_to_req=req_mid("KCSC-240905-04"),
     type="html", body=nv_table,
     outcome="applied", classification="confirmation",
     imitates="Korean 시정요구 조치결과 table (NAVER)",
     why="임시조치 = restricted, 삭제 = removed, 조치하지 않음 (위반 없음) = rejected",
     items={N1: "restricted", N2: "removed", N3: "rejected"})

case(NV, name="naver-refusal-and-hedge",
     date="Wed, 11 Sep 2024 10:22:18 +0900",
     subject=enc("RE: [KCSC-240905-04] 게시물 삭제 요청"),
     reply_to_req=req_mid("KCSC-240905-04"),
     body=f"""
안녕하세요.

{N3} 게시물은 검토 결과 당사 운영정책 및 관련 법령에 위반되는 내용이 확인되지 않아 별도의 조치를 하지 않았음을 알려드립니다.

{N1} 게시물은 이미 삭제된 것으로 보이나, 정확한 처리 이력은 확인 중입니다.

감사합니다.
네이버 권리보호센터
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER reply refusing with reasons (위반 내용 확인되지 않음)",
     why="a refusal with its reason (rejected); the second post only 'seems deleted' (보이나), still being checked: pending",
     items={N3: "rejected", N1: "pending"})

case(NV, name="naver-temporary-then-deleted",
     date="Fri, 13 Sep 2024 15:00:41 +0900",
     subject=enc("[네이버] KCSC-240905-04 처리 결과 추가 안내"),
     reply_to_req=req_mid("KCSC-240905-04"),
     body=f"""
안녕하세요, 네이버 권리보호센터입니다.

{N2} 게시물은 9월 6일 임시조치되었으나, 이후 게시자의 이의제기가 없어 9월 13일 최종 삭제되었습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER follow-up: 임시조치 후 최종 삭제",
     why="the later clause (최종 삭제) replaces the earlier 임시조치: removed",
     items={N2: "removed"})

case(KK, name="kakao-tistory-raw-korean-path",
     date="Tue, 10 Sep 2024 13:31:07 +0900",
     subject=enc("[카카오] 게시물 조치 결과 안내 (KCSC-240906-05)"),
     reply_to_req=req_mid("KCSC-240906-05"),
     body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240906-05)의 처리 결과를 안내드립니다.

{K2_RAW} 게시물은 비공개 처리되었으며, {K3} 게시물에는 임시조치(30일)가 적용되었습니다.

문의사항은 고객센터(https://cs.kakao.com)로 연락 주시기 바랍니다.
감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao 권리침해신고센터 처리 결과 안내 (Tistory)",
     why="비공개 처리 = removed (raw Korean path matches the percent-encoded request URL); 임시조치 = restricted; cs.kakao.com is a help link",
     items={K2: "removed", K3: "restricted"})

case(KK, name="kakao-fullwidth-punctuation",
     date="Wed, 11 Sep 2024 09:48:55 +0900",
     subject=enc("RE: 게시물 삭제 요청 KCSC-240906-05"),
     reply_to_req=req_mid("KCSC-240906-05"),
     body=f"""
안녕하세요.

요청하신 게시물에 대한 처리 결과입니다.

1) 다음카페 게시글（{K1}）：운영자 삭제 완료。
2) {K3}：작성자가 이미 삭제한 게시물로 확인되어 별도 조치 대상이 아닙니다。

감사합니다.
카카오 권리침해신고센터
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao result list with full-width punctuation",
     why="운영자 삭제 = removed; 작성자가 이미 삭제 = not_found (not a refusal); full-width brackets and colon end the URLs",
     items={K1: "removed", K3: "not_found"})

kk_b64_body = f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청번호 KCSC-240906-05 관련 처리 결과를 알려드립니다.

- {K1} : 게시중단
- {K2} : 국내 접근 제한
- {K3} : 존재하지 않는 게시물

감사합니다.
"""
case(KK, name="kakao-base64-three-results",
     date="Thu, 12 Sep 2024 17:25:03 +0900",
     subject=enc("[카카오] KCSC-240906-05 처리 결과"),
     reply_to_req=req_mid("KCSC-240906-05"),
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
     + base64.encodebytes(kk_b64_body.encode("utf-8")).decode("ascii"),
     outcome="applied", classification="confirmation",
     imitates="Kakao result notice, base64 body",
     why="게시중단 = removed; 국내 접근 제한 = restricted; 존재하지 않는 게시물 = not_found",
     items={K1: "removed", K2: "restricted", K3: "not_found"})

# ================================================================ REVIEW
case(GL, name="yt-promise-will-be-removed",
     date="Sat, 07 Sep 2024 02:11:39 +0900",
     subject="[5-1872000033415] Your legal request KCSC-240904-03",
     reply_to_req=req_mid("KCSC-240904-03"),
     body=f"""
Hello,

Thanks for your patience. The videos {Y3} and {Y1} will be removed once
our policy team completes its review, normally within 48 hours. We'll
confirm by email when this is done.

Regards,
Google Legal Support
""",
     outcome="review", review="not_understood",
     imitates="Google legal support interim reply",
     why="'will be removed once ...' is a promise: nothing has happened yet",
     items={Y3: "pending", Y1: "pending"})

case(TG, name="tg-hedge-only",
     date="Wed, 11 Sep 2024 20:15:26 +0900",
     subject="Re: [Case #4475310] KCSC-240910-07",
     reply_to_req=req_mid("KCSC-240910-07"),
     body=f"""
Hello,

It looks like {T5} may already have been deleted by the channel's admins.
We are verifying this and will also get back to you regarding {T6}.

Telegram Abuse Team
""",
     outcome="review", review="not_understood",
     imitates="Telegram abuse desk interim reply",
     why="'looks like ... may already have been deleted' is a hedge; the other link is a promise",
     items={T5: "pending", T6: "pending"})

case(X_LEGAL, name="x-bulk-all-withheld",
     date="Sat, 14 Sep 2024 08:05:17 +0900",
     subject="Re: Removal request KCSC-240902-01 - completed",
     reply_to_req=req_mid("KCSC-240902-01"),
     body="""
Hello,

We have completed our review of your request KCSC-240902-01 and have
withheld all of the reported posts in South Korea.

Regards,
X Legal
""",
     outcome="review", review="bulk",
     imitates="X legal summary reply without per-post detail",
     why="one statement for a 14-item request without naming any post",
     items={u: "pending" for u in XS})

case(dict(**{"from": "rights@naver.com", "name_from": enc("네이버 고객센터")}),
     name="naver-auth-fail",
     auth="fail",
     date="Sun, 08 Sep 2024 23:50:12 +0900",
     subject=enc("[네이버] 게시물 삭제 완료 안내 KCSC-240905-04"),
     reply_to_req=req_mid("KCSC-240905-04"),
     body=f"""
안녕하세요, 네이버 고객센터입니다.

요청하신 아래 게시물은 모두 삭제 완료되었습니다.

{N1}
{N2}

감사합니다.
""",
     outcome="review", review="untrusted",
     imitates="NAVER deletion notice (failing DMARC)",
     why="from a NAVER domain but DKIM/SPF/DMARC fail",
     items={N1: "pending", N2: "pending"})

case(dict(**{"from": "counsel@hanbit-law.example", "name_from": "Hanbit Law Office"}),
     name="law-firm-says-removed",
     date="Fri, 06 Sep 2024 14:45:00 +0900",
     subject="Your request KCSC-240903-02 (greyfinch_market)",
     body=f"""
Dear Sir or Madam,

We act for the operator of the Telegram channel greyfinch_market. Our client
has removed the message {T3} voluntarily and without admission of
liability. We ask that the Commission close this matter.

Yours faithfully,
Hanbit Law Office
""",
     outcome="review", review="unknown_sender",
     imitates="letter from a channel owner's lawyer",
     why="not the platform: a third party's word about a requested item",
     items={T3: "pending"})

yt_conflict_html = f"""
<html><body>
<p>Hello,</p>
<p>Here is the outcome of your notice KCSC-240909-06.</p>
<table border="1" cellpadding="4">
<tr><th>Content</th><th>Outcome</th></tr>
<tr><td>{Y6}</td><td>Removed</td></tr>
</table>
<p>Note: this video remains available on YouTube. Our reviewers found that it
does not violate our Community Guidelines, and the notice did not show that
it is unlawful in South Korea.</p>
<p>- The YouTube Team</p>
</body></html>
"""
case(YT, name="yt-table-and-note-disagree",
     date="Sat, 14 Sep 2024 05:30:30 +0900",
     subject="Re: Removal request KCSC-240909-06",
     reply_to_req=req_mid("KCSC-240909-06"),
     type="html", body=yt_conflict_html,
     outcome="review", review="conflicting_statements",
     imitates="YouTube outcome table with a free-text note",
     why="the table says Removed, the note says the video stays up; neither says the other is wrong",
     items={Y6: "pending"})

case(TG, name="tg-asks-for-legal-basis",
     date="Sat, 07 Sep 2024 19:20:48 +0900",
     subject="Re: [Case #4471902] KCSC-240903-02",
     reply_to_req=req_mid("KCSC-240903-02"),
     body=f"""
Hello,

To proceed with {T2} and {T4}, please send us the legal provision that the
content breaches and a copy of the Commission's decision concerning these
posts. We cannot act on them without this information.

Telegram Abuse Team
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="Telegram request for a legal basis",
     why="the platform asks for documents before acting; no status",
     items={T2: "pending", T4: "pending"})

case(NV, name="naver-contact-change-notice",
     date="Mon, 16 Sep 2024 10:00:00 +0900",
     subject=enc("[네이버] 권리보호센터 담당 창구 변경 안내"),
     body="""
안녕하세요, 네이버 권리보호센터입니다.

2024년 10월 1일부터 공공기관 게시물 조치 요청의 접수 창구가 변경됩니다.
변경 이후에는 안내드린 신규 주소로 요청을 보내주시기 바랍니다.

자세한 내용은 https://help.naver.com/notice 에서 확인하실 수 있습니다.

감사합니다.
""",
     outcome="review", review="no_claims",
     imitates="NAVER notice about a change of contact address",
     why="trusted NAVER mail naming no item and no request",
     items={})

case(GL, name="yt-conditional-removal",
     date="Thu, 12 Sep 2024 04:40:21 +0900",
     subject="[5-1872000033415] Your legal request KCSC-240904-03",
     reply_to_req=req_mid("KCSC-240904-03"),
     body=f"""
Hello,

We've notified the uploader of {Y3}. If the uploader does not respond with
a counter notification within 10 business days, the video will be removed
from YouTube. If a counter notification is received, we'll let you know
the next steps.

Regards,
Google Legal Support
""",
     outcome="review", review="not_understood",
     imitates="Google legal 'uploader notified' interim reply",
     why="removal depends on a condition yet to happen",
     items={Y3: "pending"})

case(TG, name="tg-not-yet-removed",
     date="Fri, 13 Sep 2024 11:11:11 +0900",
     subject="Re: [Case #4475310] KCSC-240910-07",
     reply_to_req=req_mid("KCSC-240910-07"),
     body=f"""
Hello,

We have not yet removed {T5} or {T6}. Both have been passed to our
moderators, who will decide after checking the channel's history.

Telegram Abuse Team
""",
     outcome="review", review="not_understood",
     imitates="Telegram abuse desk status reply",
     why="'not yet removed' is no refusal and no removal; the decision is still to come",
     items={T5: "pending", T6: "pending"})

case(NV, name="naver-bulk-all-three-kr",
     date="Thu, 12 Sep 2024 14:14:14 +0900",
     subject=enc("[네이버] KCSC-240905-04 조치 완료"),
     reply_to_req=req_mid("KCSC-240905-04"),
     body="""
안녕하세요, 네이버 권리보호센터입니다.

요청번호 KCSC-240905-04로 요청하신 게시물 전체(3건)에 대하여 게시중단 조치를 완료하였습니다.

감사합니다.
""",
     outcome="review", review="bulk",
     imitates="NAVER 조치 완료 summary without URLs",
     why="one statement about all three posts of the request, none named",
     items={N1: "pending", N2: "pending", N3: "pending"})

# ================================================================ IGNORED
case(dict(**{"from": "m.delacroix@x.com", "name_from": "Margaux Delacroix"}),
     name="x-out-of-office",
     date="Mon, 02 Sep 2024 10:00:41 +0900",
     subject="Automatic reply: Removal request KCSC-240902-01",
     reply_to_req=req_mid("KCSC-240902-01"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""
Thank you for your email. I am out of the office until 16 September with
limited access to email. For urgent legal requests please write to
legal@x.com.

Margaux
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook automatic reply",
     why="out-of-office auto-reply",
     items={})

case(dict(**{"from": "jihoon.park@navercorp.com", "name_from": enc("박지훈")}),
     name="naver-ooo-quoting-request",
     date="Thu, 05 Sep 2024 14:00:22 +0900",
     subject=enc("[자동응답] [KCSC-240905-04] 게시물 삭제 요청"),
     reply_to_req=req_mid("KCSC-240905-04"),
     extra_headers=["Auto-Submitted: auto-replied"],
     body=f"""
안녕하세요. 박지훈입니다.
9월 9일까지 휴가로 부재중입니다. 급한 용무는 권리보호센터 대표 메일로 연락 부탁드립니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Subject: [KCSC-240905-04] 게시물 삭제 요청

아래 게시물의 삭제를 요청합니다.
1. {N1}
2. {N2}
3. {N3}
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean 부재중 자동응답 quoting the request",
     why="auto-reply; the URLs are only in the quoted request",
     items={})

case(dict(**{"from": "MAILER-DAEMON@daum.net", "name_from": "Mail Delivery System"}),
     name="kakao-bounce-with-request",
     date="Fri, 06 Sep 2024 09:30:12 +0900",
     subject="Undelivered Mail Returned to Sender",
     raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="==dsn798=="

--==dsn798==
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.daum.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<old-safety@kakaocorp.com>: host in1.kakaocorp.com[203.0.113.25] said:
    550 5.1.1 <old-safety@kakaocorp.com>: Recipient address rejected:
    User unknown

--==dsn798==
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.daum.net
Arrival-Date: Fri, 6 Sep 2024 09:30:05 +0900 (KST)

Final-Recipient: rfc822; old-safety@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--==dsn798==
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: old-safety@kakaocorp.com
Subject: [KCSC-240906-05] removal request
Date: Fri, 6 Sep 2024 09:30:00 +0900
Message-ID: <request.KCSC-240906-05@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시물의 삭제를 요청합니다.
1. {K1}
2. {K2}
3. {K3}

--==dsn798==--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN returning the request",
     why="delivery failure report; the URLs are in the returned request",
     items={})

case(TG, name="tg-read-receipt",
     date="Tue, 10 Sep 2024 10:42:00 +0900",
     subject="Read: Removal request KCSC-240910-07",
     raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="==mdn798=="

--==mdn798==
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to abuse@telegram.org at
10/09/2024 10:00.

This receipt verifies that the message has been displayed on the
recipient's computer. There is no guarantee that the content has been read
or understood.

--==mdn798==
Content-Type: message/disposition-notification

Reporting-UA: abuse-desk.telegram.org; Thunderbird 115.14.0
Final-Recipient: rfc822;abuse@telegram.org
Original-Message-ID: <request.KCSC-240910-07@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--==mdn798==--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Thunderbird read receipt (MDN)",
     why="read receipt",
     items={})

case(GL, name="yt-case-receipt",
     date="Wed, 04 Sep 2024 10:05:03 +0900",
     subject="[5-1872000033415] We received your legal request",
     reply_to_req=req_mid("KCSC-240904-03"),
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""
Hello,

Thanks for contacting the Google Legal team. We've received your request
KCSC-240904-03 and a case has been opened under ID 5-1872000033415. Please
keep this ID in the subject line of any further correspondence.

We review every request carefully; you'll hear from us once a decision has
been made.

Google Legal Support
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Google legal removals auto-acknowledgement",
     why="pure receipt: a case number, nothing about items",
     items={})

case(X_LEGAL, name="x-receipt-echoing-report",
     date="Mon, 02 Sep 2024 10:02:15 +0900",
     subject="We've received your report [ref:!00D5x.500Kb3Lq]",
     reply_to_req=req_mid("KCSC-240902-01"),
     extra_headers=["Auto-Submitted: auto-generated"],
     body=f"""
Hello,

We've received your report and will review it. Please don't reply to this
email.

Case number: 0471-2209-8813

What you reported:
{X1}
{X2}
{X3}

Reason: Illegal content (Republic of Korea)

X Legal
""",
     outcome="ignored", classification="acknowledgement",
     imitates="X report-received confirmation echoing the reported URLs",
     why="receipt that only echoes the report; no status for any post",
     items={})

case(KK, name="kakao-receipt-kr",
     date="Fri, 06 Sep 2024 09:35:40 +0900",
     subject=enc("[카카오] 신고가 접수되었습니다 (접수번호 2024090600318)"),
     reply_to_req=req_mid("KCSC-240906-05"),
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""
안녕하세요. 카카오 권리침해신고센터입니다.

보내주신 신고가 정상적으로 접수되었습니다.
접수번호: 2024090600318

검토 후 처리 결과를 메일로 안내드리겠습니다.

감사합니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Kakao 신고 접수 자동 안내",
     why="receipt with a ticket number only",
     items={})


HEADER = """# blind798: blind set (focus: what a program gets wrong), written from each
# email's meaning before any run of the reader. Generated by make.py."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
