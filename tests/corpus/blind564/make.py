#!/usr/bin/env python3
"""Blind set 564: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by its note, statuses given by position. Every email is
fictional and written in our own sentences; the expected results were
written from each email's meaning before the reader was run.

    python3 tests/corpus/blind564/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.setdefault("kakaocorp.com", "Kakao")
corpuslib.DOMAIN_NAMES.setdefault("daum.net", "Kakao")
corpuslib.DOMAIN_NAMES.setdefault("tiktok.com", "TikTok")

# ---------------------------------------------------------------- requests

X = [
    "https://x.com/nightmarket_kr/status/1830114455667788001",  # X[0]
    "https://x.com/nightmarket_kr/status/1830227788990011223",  # X[1]
    "https://x.com/pillbox_drop/status/1829903344556677880",    # X[2]
    "https://x.com/pillbox_drop",                               # X[3]
    "https://x.com/sunny_trade24/status/1830556677889900112",   # X[4]
    "https://x.com/ghostledger/status/1830667788990011334",     # X[5]
    "https://x.com/ghostledger/status/1830778899001122445",     # X[6]
    "https://x.com/kr_fastpass/status/1830889900112233556",     # X[7]
    "https://x.com/moonleaf_ok/status/1830990011223344667",     # X[8]
    "https://x.com/moonleaf_ok/status/1831001122334455778",     # X[9]
    "https://x.com/quietcargo/status/1831112233445566889",      # X[10]
    "https://x.com/quietcargo/status/1831223344556677990",      # X[11]
]
Y = [
    "https://www.youtube.com/watch?v=Qm7tR2vXk9A",
    "https://www.youtube.com/watch?v=Lp3sD8wNc1E",
    "https://www.youtube.com/shorts/Zx4bV6nMa2Q",
    "https://www.youtube.com/@hanriver_tips",
]
Y1 = "https://www.youtube.com/watch?v=Hk2pW9eRt5Y"
T = [
    "https://t.me/quiet_lantern/418",
    "https://t.me/quiet_lantern/422",
    "https://t.me/bluecrate_shop",
]
N = [
    "https://blog.naver.com/greentea77/223561234567",
    "https://blog.naver.com/greentea77/223561299001",
    "https://cafe.naver.com/moonlitcafe/3310",
    "https://cafe.naver.com/moonlitcafe/3342",
    "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471234567",
]
SLUG1 = "달빛-거래-후기"
SLUG2 = "공지사항-입금안내"
K_RAW = [
    "https://lunar-note.tistory.com/entry/" + SLUG1,
    "https://lunar-note.tistory.com/entry/" + SLUG2,
    "https://cafe.daum.net/byeolbit/Ab3d/155",
    "https://cafe.daum.net/byeolbit/Ab3d/162",
]
K = [
    "https://lunar-note.tistory.com/entry/" + quote(SLUG1),
    "https://lunar-note.tistory.com/entry/" + quote(SLUG2),
    K_RAW[2],
    K_RAW[3],
]
TT = [
    "https://www.tiktok.com/@drift.kr/video/7410012345678901234",
    "https://www.tiktok.com/@drift.kr/video/7410098765432109876",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", X,
     "drug_sales", 'Largest request; accounts "nightmarket_kr", "pillbox_drop" and others'),
    ("KCSC-240903-02", "youtube", "2024-09-03T11:30:00+09:00", "2024-09-10T18:00:00+09:00", Y,
     "illegal_goods", "Videos, one Short and one channel"),
    ("KCSC-240904-03", "telegram", "2024-09-04T09:15:00+09:00", "2024-09-11T18:00:00+09:00", T,
     "drug_sales", "Two posts, one channel"),
    ("KCSC-240905-04", "naver", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00", N,
     "gambling", "Blog, cafe and KnowledgeiN, one URL with query string"),
    ("KCSC-240906-05", "kakao", "2024-09-06T10:40:00+09:00", "2024-09-13T18:00:00+09:00", K,
     "fraud", "Tistory entries with Korean slugs (stored percent-encoded), Daum cafe posts"),
    ("KCSC-240909-06", "tiktok", "2024-09-09T16:20:00+09:00", "2024-09-16T18:00:00+09:00", TT,
     "drug_sales", "Two videos, same account"),
    ("KCSC-240910-07", "youtube", "2024-09-10T09:50:00+09:00", "2024-09-17T18:00:00+09:00", [Y1],
     "privacy", "Single video"),
]


def msgid(ref):
    return "kcsc." + ref[5:].replace("-", ".").lower()


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, msgid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- MIME helpers

def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def single(ctype, cte, body):
    return f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n{body}\n"


def part(ctype, body, cte="8bit", extra=""):
    h = f"Content-Type: {ctype}\n"
    if cte:
        h += f"Content-Transfer-Encoding: {cte}\n"
    if extra:
        h += extra.rstrip("\n") + "\n"
    return h + "\n" + body.strip("\n") + "\n"


def multipart(subtype, boundary, parts, params=""):
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}\n\n'
    out += "This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += f"--{boundary}\n{p}\n"
    out += f"--{boundary}--\n"
    return out


def request_lines(urls, prefix="", numbered=True):
    lines = []
    for i, u in enumerate(urls, 1):
        lines.append(f"{prefix}{i}. {u}" if numbered else f"{prefix}{u}")
    return "\n".join(lines)


# ---------------------------------------------------------------- cases

cases = []


def mime_word(s):
    """RFC 2047-encode a header value that is not ASCII, as mail clients do."""
    if s.isascii():
        return s
    return Header(s, "utf-8").encode()


def case(**kw):
    for key in ("subject", "name_from"):
        if key in kw:
            kw[key] = mime_word(kw[key])
    cases.append(kw)


# ---- X (KCSC-240902-01, 12 items) -------------------------------------

case(
    name="x-three-outcomes-one-sentence",
    **{"from": "legal-requests@x.com"},
    date="Tue, 10 Sep 2024 16:02:11 +0900",
    subject="Re: KCSC-240902-01 Request to remove content",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
Hello,

Thank you for your request (ref. KCSC-240902-01). After review, we have
withheld {X[0]}
in South Korea, removed {X[1]} for
violating the X Rules, and found that
{X[4]} does not violate our
policies or the Korean law you cited, so it remains available.

The remaining URLs in your request are still with our team, and we will
write to you separately about them.

Regards,
X Legal Operations
""",
    outcome="applied",
    imitates="X legal-request outcome email (withheld in country / removed / no action)",
    why="one sentence carries three different outcomes for three named URLs; the rest is a promise about unnamed URLs",
    items={X[0]: "restricted", X[1]: "removed", X[4]: "rejected"},
)

case(
    name="x-status-line-below-url",
    **{"from": "legal-requests@x.com"},
    date="Wed, 11 Sep 2024 09:41:37 +0900",
    subject="Re: KCSC-240902-01 Request to remove content [ref:_00D1x2K:ref]",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
Hello,

We have completed our review of part of your request KCSC-240902-01.
The outcome for each reported URL is listed below.

1. {X[5]}
   Action: Withheld in KR

2. {X[6]}
   Action: Withheld in KR

3. {X[7]}
   Action: No action. The post is a link to a news article and does not
   fall under the provision cited in your request.

4. {X[3]}
   Action: Account permanently suspended for repeated violations of our
   illegal goods policy; it is no longer available on X.

For more information on country withheld content, please see
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thanks,
X Legal Operations
""",
    outcome="applied",
    imitates="X legal-request outcome with per-URL 'Action:' lines (Salesforce-style ticket ref)",
    why="each status stands on the line below its URL; a refusal with its reason; a suspended account is no longer available",
    items={X[5]: "restricted", X[6]: "restricted", X[7]: "rejected", X[3]: "removed"},
)

case(
    name="x-negation-not-only-withheld",
    **{"from": "legal-requests@x.com"},
    date="Thu, 12 Sep 2024 11:15:03 +0900",
    subject="Re: KCSC-240902-01 Request to remove content",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
Hi,

To be precise about the scope of what we did on your request:

The post {X[8]} was not only withheld in Korea. It has been removed from X
globally, because it breaks our rules on the sale of illegal goods.

By contrast, {X[9]} has not been removed. It is withheld in South Korea
only and remains visible in other countries.

Best,
X Legal Operations
""",
    outcome="applied",
    imitates="X legal operations clarification of global removal versus country withholding",
    why="'not only withheld ... removed' is removed; 'has not been removed ... withheld in South Korea only' is restricted",
    items={X[8]: "removed", X[9]: "restricted"},
)

case(
    name="x-refusal-reason-and-author-deleted",
    **{"from": "legal-requests@x.com"},
    date="Thu, 12 Sep 2024 15:48:20 +0900",
    subject="Re: KCSC-240902-01 Request to remove content",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
Hello,

We reviewed the two posts from @quietcargo in your request.

We are declining to take action on {X[10]}. The post reports on a police
operation and quotes a public statement; it does not violate the X Rules,
and we do not consider it unlawful in Korea.

{X[11]} was deleted by the account holder before we completed our review,
so there was nothing left for us to act on.

Kind regards,
X Legal Operations
""",
    outcome="applied",
    imitates="X legal 'declining to take action' reply with reasons; post deleted by its author",
    why="a refusal with its reason is rejected; deleted by the account holder before review is not_found",
    items={X[10]: "rejected", X[11]: "not_found"},
)

case(
    name="x-update-corrects-earlier-reply",
    **{"from": "legal-requests@x.com"},
    date="Mon, 16 Sep 2024 10:05:44 +0900",
    subject="Update: KCSC-240902-01 Request to remove content",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
Hello,

An update on KCSC-240902-01.

Our reply of 11 September said that {X[7]} was not actioned. That is no
longer the case: the post was looked at again after your team sent further
context, and it has now been withheld in South Korea.

No other URL in the request has changed since our last message.

Regards,
X Legal Operations
""",
    outcome="applied",
    imitates="X legal follow-up that revises an earlier outcome",
    why="the earlier 'not actioned' is reported only to be corrected; the current statement is withheld in South Korea",
    items={X[7]: "restricted"},
)

HTML_TABLE = f"""<html><body>
<p>Hello,</p>
<p>Please see below the outcome of our review of request KCSC-240902-01.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Scope</th></tr>
<tr><td><a href="{X[0]}">{X[0]}</a></td><td>Withheld</td><td>KR</td></tr>
<tr><td><a href="{X[1]}">{X[1]}</a></td><td>Removed</td><td>Global</td></tr>
<tr><td><a href="{X[2]}">{X[2]}</a></td><td>No violation found*</td><td>&mdash;</td></tr>
<tr><td><a href="{X[4]}">{X[4]}</a></td><td>Withheld</td><td>KR</td></tr>
</table>
<p>* The post criticises a retailer and contains no offer of goods; it
does not breach our rules or the law cited, and it stays up.</p>
<p>You can read about our approach at
<a href="https://help.x.com/en/rules-and-policies/x-rules">https://help.x.com/en/rules-and-policies/x-rules</a>.</p>
<p>X Legal Operations</p>
</body></html>"""

HTML_TABLE_TEXT = f"""Hello,

Please see below the outcome of our review of request KCSC-240902-01.

Reported URL | Action | Scope
{X[0]} | Withheld | KR
{X[1]} | Removed | Global
{X[2]} | No violation found* | -
{X[4]} | Withheld | KR

* The post criticises a retailer and contains no offer of goods; it does
not breach our rules or the law cited, and it stays up.

You can read about our approach at
https://help.x.com/en/rules-and-policies/x-rules

X Legal Operations"""

case(
    name="x-html-table-footnote-refusal",
    **{"from": "legal-requests@x.com"},
    date="Fri, 13 Sep 2024 13:30:00 +0900",
    subject="Re: KCSC-240902-01 Request to remove content",
    reply_to_req=msgid("KCSC-240902-01"),
    raw_mime=multipart("alternative", "=_xalt_564_06", [
        part("text/plain; charset=utf-8", HTML_TABLE_TEXT, "8bit"),
        part("text/html; charset=utf-8", HTML_TABLE, "8bit"),
    ]),
    outcome="applied",
    imitates="X legal outcome as an HTML table with a footnoted refusal",
    why="table rows give withheld/removed/no violation; the asterisk footnote gives the refusal's reason",
    items={X[0]: "restricted", X[1]: "removed", X[2]: "rejected", X[4]: "restricted"},
)

case(
    name="x-table-then-explained-note",
    **{"from": "legal-requests@x.com"},
    date="Sat, 14 Sep 2024 08:12:55 +0900",
    subject="Re: KCSC-240902-01 Request to remove content",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
Hello,

Outcome export for KCSC-240902-01 (generated 13 Sep 2024):

URL                                                      Action
-------------------------------------------------------  -------------
{X[5]}   Withheld (KR)
{X[6]}   Withheld (KR)

Note: after this export was generated,
{X[6]} was removed from X
globally by our Safety team. The table shows the action as it stood at
export time; the post's current status is removed.

X Legal Operations
""",
    outcome="applied",
    imitates="exported outcome table from a trust-and-safety case tool, with an analyst's note",
    why="the note explicitly supersedes the table row for the second post (removed later); the first stays withheld",
    items={X[5]: "restricted", X[6]: "removed"},
)

CSV_X = (
    "tweet_url,action,scope,notes\r\n"
    f"{X[8]},withheld,KR,\r\n"
    f"{X[9]},withheld,KR,\r\n"
    f'{X[10]},no action,,"Not unlawful; reporting on a public event"\r\n'
    f'{X[11]},not found,,"Post deleted by the user before review"\r\n'
)

case(
    name="x-csv-attachment",
    **{"from": "legal-requests@x.com"},
    date="Fri, 13 Sep 2024 17:20:41 +0900",
    subject="Re: KCSC-240902-01 Request to remove content",
    reply_to_req=msgid("KCSC-240902-01"),
    raw_mime=multipart("mixed", "----=_Part_564_08", [
        part("text/plain; charset=utf-8",
             "Hello,\n\nPlease find attached the outcome for the URLs of KCSC-240902-01 that we\n"
             "have finished reviewing.\n\nX Legal Operations", "7bit"),
        part('text/csv; charset=utf-8; name="KCSC-240902-01_outcome.csv"', b64(CSV_X), "base64",
             'Content-Disposition: attachment; filename="KCSC-240902-01_outcome.csv"'),
    ]),
    outcome="applied",
    imitates="X legal outcome spreadsheet sent as a CSV attachment",
    why="CSV rows: two withheld in KR, one 'no action' with its reason, one not found (deleted by the user)",
    items={X[8]: "restricted", X[9]: "restricted", X[10]: "rejected", X[11]: "not_found"},
)

case(
    name="x-bulk-all-actioned",
    **{"from": "legal-requests@x.com"},
    date="Tue, 17 Sep 2024 10:00:12 +0900",
    subject="Re: KCSC-240902-01 Request to remove content",
    reply_to_req=msgid("KCSC-240902-01"),
    body="""
Hello,

We have taken appropriate action on all of the content reported in
KCSC-240902-01, in line with the X Rules and applicable local law.

This case is now closed.

X Legal Operations
""",
    outcome="review",
    review="bulk",
    imitates="X legal case-closure email without per-URL outcomes",
    why="one statement about twelve items naming none, and 'appropriate action' names no status",
    items={},
)

case(
    name="x-table-contradicted-by-note",
    **{"from": "legal-requests@x.com"},
    date="Tue, 17 Sep 2024 14:37:09 +0900",
    subject="Re: KCSC-240902-01 Request to remove content",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
Hello,

Result for KCSC-240902-01:

| URL | Result |
|---|---|
| {X[2]} | Removed |

Note: we did not take action on {X[2]}, as the content is not unlawful
in Korea and does not violate our rules.

X Legal Operations
""",
    outcome="review",
    review="conflicting_statements",
    imitates="X legal outcome table followed by an analyst note",
    why="the table says removed and the note says no action for the same post, with nothing saying which is newer",
    items={X[2]: "pending"},
)

case(
    name="x-untrusted-dmarc-fail",
    **{"from": "legal-requests@x.com"},
    auth="fail",
    date="Wed, 11 Sep 2024 22:51:30 +0900",
    subject="Re: KCSC-240902-01 Request to remove content",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
Hello,

Both posts from @nightmarket_kr have been removed:
{X[0]}
{X[1]}

X Legal Operations
""",
    outcome="review",
    review="untrusted",
    imitates="X legal outcome email (failing DMARC)",
    why="X's domain but DKIM/SPF/DMARC fail: nothing may change",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-unknown-sender-law-firm",
    **{"from": "j.park@hanbit-law.example"},
    name_from="Park Jiwon (Hanbit Law)",
    date="Thu, 12 Sep 2024 18:03:27 +0900",
    subject="KCSC-240902-01 - posts by @moonleaf_ok",
    body=f"""
Dear Sir or Madam,

We act for the holder of the X account @moonleaf_ok. Our client has
voluntarily deleted the following posts, which are named in your request
KCSC-240902-01:

{X[8]}
{X[9]}

We would be grateful if you could close the matter as regards our client.

Yours faithfully,
Park Jiwon
Hanbit Law
""",
    outcome="review",
    review="unknown_sender",
    imitates="letter from an account holder's lawyer",
    why="not the platform: a third party's claim never changes a status",
    items={X[8]: "pending", X[9]: "pending"},
)

case(
    name="x-out-of-office",
    **{"from": "m.seo@x.com"},
    name_from="Minji Seo",
    date="Mon, 02 Sep 2024 10:00:41 +0900",
    subject="Automatic reply: KCSC-240902-01 Request to remove content",
    reply_to_req=msgid("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your message. I am out of the office until Monday 9 September
with limited access to email.

For legal requests from authorities, please use legal-requests@x.com; your
message will not be forwarded automatically.

Minji
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="an out-of-office auto-reply says nothing about any item",
    items={},
)

case(
    name="x-dsa-statement-of-reasons",
    **{"from": "no-reply-sor@x.com"},
    date="Wed, 11 Sep 2024 03:14:59 +0900",
    subject="Statement of reasons - decision on reported content (KCSC-240902-01)",
    body=f"""
Statement of reasons

Notice reference: KCSC-240902-01
Content: {X[4]}
Type of content: Text and image

Decision: Visibility restriction - access to the content has been
disabled in the territory of the Republic of Korea.
Territorial scope: KR
Ground for decision: Illegal content under the law of the notifying
country.
Facts and circumstances: The decision follows a notice from a public
authority.
Automated detection: No
Automated decision: No

Redress: the account holder may appeal at https://help.x.com/en/forms/appeal
This statement is also submitted to the DSA Transparency Database.
""",
    outcome="applied",
    imitates="DSA Article 17 statement of reasons (visibility restriction, territorial scope)",
    why="access disabled in one country is a restriction; the appeal link is not an item",
    items={X[4]: "restricted"},
)

case(
    name="x-inline-answers-under-quoted-request",
    **{"from": "legal-requests@x.com"},
    date="Wed, 11 Sep 2024 12:26:18 +0900",
    subject="Re: KCSC-240902-01 Request to remove content",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
Hello, our answers are inline below.

On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal,
>
> Under our correction request KCSC-240902-01, please remove or restrict
> access to the following posts:
>
> 1. {X[0]}

Withheld in Korea.

> 2. {X[1]}

Removed.

> 3. {X[2]}

We could not find this post. The ID does not exist on X.

> 4. {X[3]}
> 5. {X[4]}

Still under review, we will come back to you on these two.

> Korea Communications Standards Commission
""",
    outcome="applied",
    imitates="Gmail inline reply interleaved with the quoted request",
    why="the answers are the sender's own unquoted lines, each placed under the quoted URL it answers; 4 and 5 stay pending",
    items={X[0]: "restricted", X[1]: "removed", X[2]: "not_found", X[3]: "pending", X[4]: "pending"},
)

case(
    name="x-receipt-phrase-plus-outcome",
    **{"from": "legal-requests@x.com"},
    date="Tue, 03 Sep 2024 19:40:02 +0900",
    subject="Re: KCSC-240902-01 Request to remove content",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
Hello,

Thank you for your report, which we received on 2 September and logged as
case 0417-KR-2291.

We have already withheld the post {X[11]} in South Korea. We are still
reviewing the other URLs.

X Legal Operations
""",
    outcome="applied",
    imitates="X legal receipt that already carries one outcome",
    why="an acknowledgement phrase, but also an unhedged statement about a named post",
    items={X[11]: "restricted"},
)

ORIG_X = "\n".join(X)
case(
    name="x-outlook-top-posted",
    **{"from": "hyejin.kwon@x.com"},
    name_from="Hyejin Kwon",
    date="Fri, 13 Sep 2024 10:18:36 +0900",
    subject="RE: KCSC-240902-01 Request to remove content",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
Hi team,

The two @ghostledger posts below have now been withheld in Korea:

{X[5]}
{X[6]}

I will let you know about the others.

Hyejin Kwon | Legal Policy, X Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: legal-requests@x.com
Subject: KCSC-240902-01 Request to remove content

Dear X Legal,

Please remove or restrict access to the following 12 URLs, which the
Commission has found to be illegal information:

{ORIG_X}

Deadline: 9 September 2024.
Korea Communications Standards Commission
""",
    outcome="applied",
    imitates="Outlook top-posted reply by a platform employee over the quoted request",
    why="only the two URLs above the quoted original are spoken about; the twelve quoted URLs are our own request",
    items={X[5]: "restricted", X[6]: "restricted"},
)

# ---- YouTube (KCSC-240903-02, 4 items; KCSC-240910-07, 1 item) ---------

case(
    name="yt-outcomes-by-heading",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 20:11:45 +0900",
    subject="Re: [KCSC-240903-02] Government request - YouTube",
    reply_to_req=msgid("KCSC-240903-02"),
    body=f"""
Hello,

Thanks for your notice (KCSC-240903-02). We've reviewed the content you
reported and taken the following action.

Blocked from view in South Korea on the basis of local law:
  {Y[0]}

Removed globally for violating YouTube's Community Guidelines:
  {Y[2]}

No action taken:
  {Y[1]}
  We did not find that this video violates our policies or the Korean law
  cited in your notice.

Unable to locate:
  {Y[3]}
  No channel with this handle exists on YouTube.

For information about how we handle government requests, see
https://support.google.com/youtube/answer/2802032

The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube/Google legal outcome email grouped under outcome headings",
    why="each URL takes the status of the heading above it; a refusal with its reason; a handle that does not exist",
    items={Y[0]: "restricted", Y[2]: "removed", Y[1]: "rejected", Y[3]: "not_found"},
)

case(
    name="yt-hedge-in-relative-clause",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 15:55:21 +0900",
    subject="Re: [KCSC-240903-02] Government request - YouTube",
    reply_to_req=msgid("KCSC-240903-02"),
    body=f"""
Hello,

The video {Y[1]}, which appears to be a re-upload of material that may have
been reported to us before, has been removed for violating our policy on
the sale of regulated goods.

The channel {Y[3]}, whose owner may also be running other channels, has
been blocked from view in South Korea. If you identify related channels,
please send them in a new request.

The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube legal outcome email with explanatory relative clauses",
    why="the hedges sit in relative clauses about the content's history and owner; the main clauses state removed and blocked in Korea",
    items={Y[1]: "removed", Y[3]: "restricted"},
)

case(
    name="yt-promise-and-under-review",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 11:02:10 +0900",
    subject="Re: [KCSC-240903-02] Government request - YouTube",
    reply_to_req=msgid("KCSC-240903-02"),
    body=f"""
Hello,

We will remove {Y[0]} once our specialist team has confirmed the policy
violation, which we expect within three business days.

The Short {Y[2]} is currently under review. We'll let you know the
outcome as soon as we have it.

The YouTube Legal Team
""",
    outcome="review",
    review="not_understood",
    imitates="YouTube legal interim reply with a promise and an 'under review'",
    why="a promise and an 'under review' are no statements; the email names requested items, so it goes to a person",
    items={Y[0]: "pending", Y[2]: "pending"},
)

QP_BODY = (
    "Hello,\n\n"
    f"Following our review under KCSC-240903-02 we have age-restricted {Y[2]}, so that it can no longer "
    "be watched by signed-out viewers or by viewers under 18, and we have removed "
    f"{Y[0]} because it violates our policy on the sale of regulated goods.\n\n"
    "Our review of the other two URLs in your notice continues.\n\n"
    "Kind regards,\nThe YouTube Legal Team\n"
)

case(
    name="yt-qp-age-restricted-and-removed",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 17:45:33 +0900",
    subject="Re: [KCSC-240903-02] Government request - YouTube",
    reply_to_req=msgid("KCSC-240903-02"),
    raw_mime=single("text/plain", "quoted-printable", qp(QP_BODY)),
    outcome="applied",
    imitates="Google legal reply in quoted-printable with long soft-wrapped lines",
    why="one sentence: age-restricted (restricted) and removed; the URLs are broken by soft line breaks and '=' is encoded",
    items={Y[2]: "restricted", Y[0]: "removed"},
)

case(
    name="yt-one-item-korean-no-url",
    **{"from": "legal-kr@google.com"},
    name_from="Google 법무팀",
    date="Thu, 12 Sep 2024 14:20:08 +0900",
    subject="RE: [KCSC-240910-07] 시정요구 (YouTube 동영상 1건)",
    reply_to_req=msgid("KCSC-240910-07"),
    body="""
안녕하세요.

귀 위원회의 시정요구(KCSC-240910-07)와 관련하여 검토한 결과, 요청하신 동영상은
관련 국내 법령에 따라 대한민국에서 볼 수 없도록 차단하였음을 알려드립니다.

감사합니다.
Google 법무팀 드림
""",
    outcome="applied",
    imitates="Google Korea legal reply to a 시정요구 (geo-block in Korea)",
    why="the request has one item; 'the requested video is blocked in Korea' names it without a URL",
    items={Y1: "restricted"},
)

case(
    name="yt-one-item-all-content-removed",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 09:03:52 +0900",
    subject="Re: [KCSC-240910-07] Government request - YouTube",
    reply_to_req=msgid("KCSC-240910-07"),
    body="""
Hello,

All of the content identified in your notice KCSC-240910-07 has been
removed from YouTube for violating our privacy guidelines.

The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube legal outcome stated for 'all content in your notice'",
    why="a statement about 'all content' of a request that has one item names that item",
    items={Y1: "removed"},
)

case(
    name="yt-automated-receipt",
    **{"from": "legal-noreply@google.com"},
    name_from="Google Legal",
    date="Tue, 03 Sep 2024 11:31:04 +0900",
    subject="[KCSC-240903-02] We received your request [5-3872000041566]",
    reply_to_req=msgid("KCSC-240903-02"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

This is an automated message to confirm that we have received your legal
request. Your case ID is 5-3872000041566. Please keep this ID in the
subject line of any further correspondence on this matter.

Our team will review your request and get back to you if we need anything
else. You do not need to reply to this message.

Google Legal Support
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Google legal web-form/email receipt with case ID",
    why="a pure automated receipt; 'will review' is the usual promise of a receipt",
    items={},
)

case(
    name="yt-no-claims-intake-change",
    **{"from": "legal-kr@google.com"},
    name_from="Google Korea Legal",
    date="Wed, 18 Sep 2024 10:00:00 +0900",
    subject="Change to how we receive government removal requests",
    body="""
Dear partner,

From 1 October 2024, removal requests from Korean government bodies for
YouTube and other Google services should be submitted through our
government request portal at https://support.google.com/legal/government-requests
instead of by email to this address.

Requests already sent by email will continue to be processed.

Thank you,
Google Korea Legal
""",
    outcome="review",
    review="no_claims",
    imitates="Google notice to authorities about a change of intake channel",
    why="trusted platform mail that names no item and no request; the portal link is not an item",
    items={},
)

# ---- Telegram (KCSC-240904-03, 3 items) --------------------------------

case(
    name="tg-mixed-one-sentence",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    date="Fri, 06 Sep 2024 02:17:40 +0900",
    subject="Re: KCSC-240904-03",
    reply_to_req=msgid("KCSC-240904-03"),
    body=f"""
Hello,

{T[0]} and {T[1]} were removed, and the channel {T[2]} is now unavailable
to users in South Korea.

Telegram Support
""",
    outcome="applied",
    imitates="Telegram abuse desk short reply",
    why="one sentence: two posts removed, then a channel unavailable only in South Korea (restricted)",
    items={T[0]: "removed", T[1]: "removed", T[2]: "restricted"},
)

case(
    name="tg-refusal-and-gone",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    date="Sat, 07 Sep 2024 04:40:12 +0900",
    subject="Re: KCSC-240904-03",
    reply_to_req=msgid("KCSC-240904-03"),
    body=f"""
Hello,

We looked into <{T[2]}> and will not be taking action against it: the
channel is a marketplace for goods that are legal to sell, and we found no
violation of the Telegram Terms of Service.

The post <{T[1]}> no longer exists; the channel's owner deleted it.

Telegram Support
""",
    outcome="applied",
    imitates="Telegram abuse desk refusal with reason",
    why="'will not be taking action' with a reason is a refusal (rejected), not a promise; deleted by its owner is not_found",
    items={T[2]: "rejected", T[1]: "not_found"},
)

case(
    name="tg-hedge-appears-deleted",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    date="Thu, 05 Sep 2024 23:09:51 +0900",
    subject="Re: KCSC-240904-03",
    reply_to_req=msgid("KCSC-240904-03"),
    body=f"""
Hello,

The channel {T[2]} appears to have been deleted by its owner, but we are
not able to confirm this at the moment. We will get back to you.

Telegram Support
""",
    outcome="review",
    review="not_understood",
    imitates="Telegram abuse desk interim reply",
    why="'appears to have been deleted ... not able to confirm' is a hedge, no statement",
    items={T[2]: "pending"},
)

TG_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: KCSC-240904-03 Request to remove content
Date: Wed, 04 Sep 2024 09:15:00 +0900
Message-ID: <{msgid('KCSC-240904-03')}@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear Telegram,

Please remove the following content (request KCSC-240904-03):

{request_lines(T)}

Korea Communications Standards Commission"""

DSN_TEXT = """This is the mail system at host mail2.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<dsa-kr@telegram.org>: host mailstore.telegram.org[198.51.100.44] said:
    550 5.1.1 <dsa-kr@telegram.org>: Recipient address rejected: User unknown
    in virtual mailbox table"""

DSN_STATUS = """Reporting-MTA: dns; mail2.telegram.org
Arrival-Date: Wed,  4 Sep 2024 09:15:04 +0900

Final-Recipient: rfc822; dsa-kr@telegram.org
Original-Recipient: rfc822;dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mailstore.telegram.org
Diagnostic-Code: smtp; 550 5.1.1 <dsa-kr@telegram.org>: Recipient address
    rejected: User unknown in virtual mailbox table"""

case(
    name="tg-bounce-dsn",
    **{"from": "MAILER-DAEMON@telegram.org"},
    name_from="Mail Delivery System",
    date="Wed, 04 Sep 2024 09:15:06 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report", "5B1C2D3E4F.1725408906/mail2.telegram.org", [
        part("text/plain; charset=us-ascii", DSN_TEXT, "7bit",
             "Content-Description: Notification"),
        part("message/delivery-status", DSN_STATUS, None,
             "Content-Description: Delivery report"),
        part("message/rfc822", TG_ORIG, None,
             "Content-Description: Undelivered Message"),
    ], params="; report-type=delivery-status"),
    outcome="ignored",
    classification="bounce",
    imitates="Postfix delivery status notification (550 user unknown) with the original attached",
    why="a bounce of our own request; the URLs are in the returned original",
    items={},
)

case(
    name="tg-statuses-by-position",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    date="Mon, 09 Sep 2024 01:58:26 +0900",
    subject="Re: KCSC-240904-03 Request to remove content",
    reply_to_req=msgid("KCSC-240904-03"),
    body=f"""
Hello,

Regarding KCSC-240904-03: the first two links in your request have been
deleted. The third one, the channel, is now blocked for users in South
Korea.

Telegram Support

On Wed, 4 Sep 2024 09:15, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
>
> Please remove the following content (request KCSC-240904-03):
>
{request_lines(T, prefix="> ")}
>
> Korea Communications Standards Commission
""",
    outcome="applied",
    imitates="Telegram abuse desk reply referring to the request's links by position",
    why="'first two' and 'third' point without doubt at numbered lines 1-3 of the quoted request, which is that request's whole list",
    items={T[0]: "removed", T[1]: "removed", T[2]: "restricted"},
)

# ---- NAVER (KCSC-240905-04, 5 items) -----------------------------------

NAVER_HTML = f"""<html><body style="font-family:'Malgun Gothic'">
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>방송통신심의위원회의 시정요구(KCSC-240905-04)에 대한 조치 결과를 아래와 같이 알려드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[0]}</td><td>게시중단</td><td>-</td></tr>
<tr><td>2</td><td>{N[1]}</td><td>임시조치</td><td>30일</td></tr>
<tr><td>3</td><td>{N[2]}</td><td>게시물 없음</td><td>작성자 삭제</td></tr>
<tr><td>4</td><td>{N[3]}</td><td>조치 불가</td><td>위반 사항 확인되지 않음</td></tr>
<tr><td>5</td><td>{N[4].replace('&', '&amp;')}</td><td>블라인드</td><td>-</td></tr>
</table>
<p>문의 사항은 <a href="https://help.naver.com/support/contents/contact">네이버 고객센터</a>로 연락 주시기 바랍니다.</p>
<p>감사합니다.<br>NAVER 정책지원팀</p>
</body></html>"""

case(
    name="naver-html-table-base64",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Tue, 10 Sep 2024 16:40:00 +0900",
    subject="[NAVER] 시정요구 조치 결과 안내 (KCSC-240905-04)",
    reply_to_req=msgid("KCSC-240905-04"),
    raw_mime=single("text/html", "base64", b64(NAVER_HTML)),
    outcome="applied",
    imitates="NAVER 시정요구 조치 결과 table (게시중단 / 임시조치 / 게시물 없음 / 조치 불가 / 블라인드)",
    why="one row per URL: 게시중단 removed, 임시조치 restricted, author-deleted not_found, no violation rejected, 블라인드 removed",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "not_found", N[3]: "rejected", N[4]: "removed"},
)

case(
    name="naver-numbers-refer-to-quoted-request",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Wed, 11 Sep 2024 11:22:19 +0900",
    subject="RE: [KCSC-240905-04] 불법정보 시정요구",
    reply_to_req=msgid("KCSC-240905-04"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 5건 중 1번, 2번 게시물은 삭제 조치하였고, 3번 게시물은
임시조치하였습니다. 4번은 이미 작성자가 삭제한 게시물이며, 5번은 관련 법령
위반 소지가 확인되지 않아 별도 조치하지 않았습니다.

감사합니다.

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-05 (목) 14:00:00
Subject: [KCSC-240905-04] 불법정보 시정요구

아래 게시물에 대하여 삭제 또는 접속차단을 요청드립니다.

{request_lines(N)}

방송통신심의위원회
""",
    outcome="applied",
    imitates="NAVER Korean reply that answers by the numbers of the quoted 시정요구",
    why="each number points at the numbered URL in the quoted request; the statuses are NAVER's own unquoted sentences",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "not_found", N[4]: "rejected"},
)

case(
    name="naver-particles-fullwidth",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Thu, 12 Sep 2024 10:05:47 +0900",
    subject="RE: [KCSC-240905-04] 불법정보 시정요구",
    reply_to_req=msgid("KCSC-240905-04"),
    body=f"""
안녕하세요.

{N[0]}은 게시중단 처리되었습니다．
{N[3]}（카페 게시글）에 대해서는 국내 이용자 대상 접근 제한 조치를 하였습니다。

나머지 게시물은 검토 후 회신드리겠습니다.

NAVER 정책지원팀 드림
""",
    outcome="applied",
    imitates="NAVER Korean notice with URLs followed by particles and full-width punctuation",
    why="'은' and '（' end the URLs; 게시중단 is removed, 접근 제한 for Korean users is restricted",
    items={N[0]: "removed", N[3]: "restricted"},
)

case(
    name="naver-negation-kept-and-deleted",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Fri, 13 Sep 2024 15:31:08 +0900",
    subject="RE: [KCSC-240905-04] 불법정보 시정요구",
    reply_to_req=msgid("KCSC-240905-04"),
    body=f"""
안녕하세요, 네이버입니다.

{N[2]} 게시물은 삭제하지 않았습니다. 검토 결과 해당 게시물에서 이용약관 및
관련 법령 위반 사항이 확인되지 않아 게시를 유지하기로 하였습니다.

다만 아래 지식iN 답변은 운영정책 위반으로 삭제되었습니다.
{N[4]}

감사합니다.
""",
    outcome="applied",
    imitates="NAVER Korean reply refusing one post and deleting another",
    why="'삭제하지 않았습니다' with a reason is a refusal (rejected); the URL below '삭제되었습니다' is removed",
    items={N[2]: "rejected", N[4]: "removed"},
)

case(
    name="naver-asks-documents",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Mon, 09 Sep 2024 09:48:31 +0900",
    subject="RE: [KCSC-240905-04] 불법정보 시정요구 - 자료 요청",
    reply_to_req=msgid("KCSC-240905-04"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 {N[1]} 에 대한 조치를 검토하기 위하여 해당 건의 심의
의결서 사본을 보내주시기 바랍니다. 자료를 확인한 뒤 처리 결과를 안내드리겠습니다.

감사합니다.
""",
    outcome="review",
    classification="request_for_info",
    review="asks_more",
    imitates="NAVER request for the Commission's decision document before acting",
    why="the platform asks for a document; no status is stated",
    items={N[1]: "pending"},
)

MDN_TEXT = """이 메시지는 2024-09-05 14:03:12 (KST)에 policy@navercorp.com 에서 열람되었습니다.
This is a receipt for the mail you sent to policy@navercorp.com.
This receipt verifies that the message has been displayed on the recipient's computer."""

MDN_REPORT = f"""Reporting-UA: mail.navercorp.com; NAVER Works Mail
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <{msgid('KCSC-240905-04')}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed"""

case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Thu, 05 Sep 2024 14:03:12 +0900",
    subject="읽음: [KCSC-240905-04] 불법정보 시정요구",
    reply_to_req=msgid("KCSC-240905-04"),
    raw_mime=multipart("report", "mdn_564_36", [
        part("text/plain; charset=utf-8", MDN_TEXT, "8bit"),
        part("message/disposition-notification", MDN_REPORT, "7bit"),
    ], params="; report-type=disposition-notification"),
    outcome="ignored",
    classification="read_receipt",
    imitates="read receipt (MDN) from a Korean corporate mail client",
    why="a read receipt says nothing about any item",
    items={},
)

# ---- Kakao (KCSC-240906-05, 4 items) -----------------------------------

KAKAO_B64 = f"""안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회 시정요구(KCSC-240906-05)에 대한 티스토리 게시물 처리 결과를 안내드립니다.

- {K_RAW[0]} : 게시중단(삭제) 완료
- {K_RAW[1]} : 국내 접속 차단

다음 카페 게시물 2건은 확인 중이며, 처리되는 대로 별도로 회신드리겠습니다.

감사합니다.
카카오 고객센터 드림
"""

case(
    name="kakao-raw-korean-slugs-base64",
    **{"from": "safety@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 13:14:15 +0900",
    subject="[카카오] 시정요구 처리 결과 안내 (KCSC-240906-05)",
    reply_to_req=msgid("KCSC-240906-05"),
    raw_mime=single("text/plain", "base64", b64(KAKAO_B64)),
    outcome="applied",
    imitates="Kakao (Tistory) 게시중단 / 접속 차단 result notice, base64 body",
    why="raw Korean slugs match the percent-encoded request URLs; 게시중단(삭제) removed, 국내 접속 차단 restricted; cafe posts only 'checking'",
    items={K[0]: "removed", K[1]: "restricted"},
)

case(
    name="kakao-cafe-mixed-sentence",
    **{"from": "cafe-help@daum.net"},
    name_from="Daum 카페 운영팀",
    date="Thu, 12 Sep 2024 17:02:44 +0900",
    subject="RE: [KCSC-240906-05] 불법정보 시정요구",
    reply_to_req=msgid("KCSC-240906-05"),
    body=f"""
안녕하세요. Daum 카페 운영팀입니다.

요청하신 게시물 중 {K[2]} 는 운영자 삭제 조치하였으며, {K[3]} 는 작성자가
이미 삭제하여 존재하지 않는 게시물입니다.

감사합니다.
""",
    outcome="applied",
    imitates="Daum cafe operations team reply (운영자 삭제 / 작성자 삭제)",
    why="one Korean sentence: the first post deleted by the operator (removed), the second already deleted by its author (not_found)",
    items={K[2]: "removed", K[3]: "not_found"},
)

case(
    name="kakao-under-review-will-delete",
    **{"from": "safety@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Mon, 09 Sep 2024 10:30:00 +0900",
    subject="RE: [KCSC-240906-05] 불법정보 시정요구",
    reply_to_req=msgid("KCSC-240906-05"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 게시물 중 {K[2]} 는 현재 검토 중이며, 위반이 확인되면
삭제할 예정입니다. 결과는 확인되는 대로 알려드리겠습니다.

감사합니다.
""",
    outcome="review",
    review="not_understood",
    imitates="Kakao interim reply (검토 중, 삭제 예정)",
    why="'under review' and a conditional promise to delete are no statements",
    items={K[2]: "pending"},
)

case(
    name="kakao-out-of-office-korean",
    **{"from": "hyunwoo.lim@kakaocorp.com"},
    name_from="임현우",
    date="Fri, 06 Sep 2024 10:40:30 +0900",
    subject="[자동회신] [KCSC-240906-05] 불법정보 시정요구",
    reply_to_req=msgid("KCSC-240906-05"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 임현우입니다.

9월 6일(금)부터 9월 18일(수)까지 추석 연휴 및 휴가로 부재중입니다.
급한 용무는 safety@kakaocorp.com 으로 연락 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean 부재중 auto-reply (Chuseok holiday)",
    why="an out-of-office auto-reply",
    items={},
)

case(
    name="kakao-speaks-of-naver-item",
    **{"from": "safety@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Fri, 06 Sep 2024 16:55:02 +0900",
    subject="RE: [KCSC-240905-04] 불법정보 시정요구",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

보내주신 시정요구(KCSC-240905-04)의 게시물은 카카오가 운영하는 서비스가 아닌
네이버 서비스의 주소입니다. 참고로 그중 {N[0]} 은 이미 삭제되어 존재하지 않는
페이지입니다.

네이버 측으로 다시 요청해 주시기 바랍니다.
""",
    outcome="review",
    review="wrong_platform",
    imitates="Kakao reply to a request misaddressed to it (the URLs belong to NAVER)",
    why="Kakao states a status for a NAVER item; only NAVER can change it",
    items={N[0]: "pending"},
)

# ---- TikTok (KCSC-240909-06, 2 items) ----------------------------------

case(
    name="tiktok-restricted-and-remains",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 21:33:17 +0900",
    subject="Re: KCSC-240909-06 - Government removal request",
    reply_to_req=msgid("KCSC-240909-06"),
    body=f"""
Hello,

Thank you for contacting TikTok.

We have restricted {TT[0]} in your country/region in accordance with
local law.

After careful review, {TT[1]} does not violate our Community Guidelines
or local law and will remain available on TikTok.

TikTok Legal
""",
    outcome="applied",
    imitates="TikTok legal reply (restricted in your country/region; no violation, remains available)",
    why="restricted in the country; 'will remain available' after finding no violation is a refusal, not a promise",
    items={TT[0]: "restricted", TT[1]: "rejected"},
)

case(
    name="tiktok-both-videos-top-posted",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Fri, 13 Sep 2024 08:44:59 +0900",
    subject="Re: KCSC-240909-06 - Government removal request",
    reply_to_req=msgid("KCSC-240909-06"),
    body=f"""
Both videos have been removed.

TikTok Legal

On Mon, Sep 9, 2024 at 4:20 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear TikTok,
>
> Please remove the following videos (request KCSC-240909-06):
> {TT[0]}
> {TT[1]}
>
> Korea Communications Standards Commission
""",
    outcome="review",
    review="bulk",
    imitates="one-line top-posted reply over the quoted request",
    why="'both videos' speaks of a two-item request without naming either; the URLs are only in the quote",
    items={TT[0]: "pending", TT[1]: "pending"},
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok Support",
    date="Mon, 09 Sep 2024 16:21:03 +0900",
    subject="We've received your report [Ticket #TT-KR-448812]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hi,

We've received your report regarding KCSC-240909-06 and created ticket
#TT-KR-448812. Our team will look into it and reply to this email.

Please do not change the subject line when replying.

TikTok Support
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="TikTok support ticket receipt",
    why="a pure ticket receipt",
    items={},
)

HEADER = """# Blind set 564 (tests/corpus/blind564/): what a program gets wrong.
# Written before any run of the reader; expected results from each email's
# meaning. Generated by make.py; do not edit by hand.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind564", HEADER, cases)
