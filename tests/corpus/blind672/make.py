#!/usr/bin/env python3
"""Blind set 672: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with their reasons, later sentences that revise earlier ones, a
table contradicted (or revised) by a note, statuses given by position.

Written from each email's meaning alone, before any run of the reader.
Deterministic: `python3 tests/corpus/blind672/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
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

SET = "blind672"

# ---------------------------------------------------------------- requests
X = {
    1: "https://x.com/grey_lantern_77/status/1835210000000000101",
    2: "https://x.com/grey_lantern_77/status/1835210000000000102",
    3: "https://x.com/pinecone_bazaar/status/1835210000000000203",
    4: "https://x.com/pinecone_bazaar/status/1835210000000000204",
    5: "https://x.com/mossy_relay/status/1835210000000000305",
    6: "https://x.com/mossy_relay/status/1835210000000000306",
    7: "https://x.com/tin_kettle_kr/status/1835210000000000407",
    8: "https://x.com/tin_kettle_kr/status/1835210000000000408",
    9: "https://x.com/harbor_sleet/status/1835210000000000509",
    10: "https://x.com/harbor_sleet/status/1835210000000000510",
    11: "https://x.com/velvet_abacus/status/1835210000000000611",
    12: "https://x.com/velvet_abacus/status/1835210000000000612",
    13: "https://x.com/quiet_orchard_9",
    14: "https://x.com/ember_quay/status/1835210000000000714",
}
TG = {
    1: "https://t.me/amber_dock_market/412",
    2: "https://t.me/amber_dock_market/418",
    3: "https://t.me/lowtide_exchange/90",
    4: "https://t.me/lowtide_exchange",
}
YT = {
    1: "https://www.youtube.com/watch?v=Qm7dT2kLpXa",
    2: "https://www.youtube.com/watch?v=Hs3vB9nRw1c",
    3: "https://www.youtube.com/watch?v=Zp0eK4uYt8j",
    4: "https://www.youtube.com/shorts/Lr5wN2cVx6m",
    5: "https://www.youtube.com/@copperfinch_tv",
}
NV = {
    1: "https://blog.naver.com/silverreed_22/223571100451",
    2: "https://blog.naver.com/silverreed_22/223571100452",
    3: "https://cafe.naver.com/dalbitmarket/88213",
    4: "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471230981",
}
TISTORY_TITLE = "오늘의-정보"
KK_RAW = {1: "https://moonlit-notes.tistory.com/entry/" + TISTORY_TITLE}
KK = {
    1: "https://moonlit-notes.tistory.com/entry/" + quote(TISTORY_TITLE),
    2: "https://moonlit-notes.tistory.com/31",
    3: "https://cafe.daum.net/bluefernclub/Rk2a/1507",
}
YT6 = "https://www.youtube.com/watch?v=Bt6yH1jMq4s"
TG7 = {
    1: "https://t.me/sable_ferry/2201",
    2: "https://t.me/sable_ferry/2207",
}

REQUESTS = [
    ("KCSC-240917-01", "x", "2024-09-17", "2024-09-24", "illegal gambling", list(X.values())),
    ("KCSC-240917-02", "telegram", "2024-09-17", "2024-09-24", "drug trade", list(TG.values())),
    ("KCSC-240918-03", "youtube", "2024-09-18", "2024-09-25", "illegal gambling", list(YT.values())),
    ("KCSC-240918-04", "naver", "2024-09-18", "2024-09-25", "privacy", list(NV.values())),
    ("KCSC-240919-05", "kakao", "2024-09-19", "2024-09-26", "defamation", list(KK.values())),
    ("KCSC-240920-06", "youtube", "2024-09-20", "2024-09-27", "fraud", [YT6]),
    ("KCSC-240920-07", "telegram", "2024-09-20", "2024-09-27", "drug trade", list(TG7.values())),
]


def req_mid(ref):
    return "kcsc-req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", "blind672"])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.strip("\n").encode("utf-8") + b"\n"
    return base64.encodebytes(data).decode("ascii")


def single(ctype, cte, payload):
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{payload}")


def pending(*urls):
    return {u: "pending" for u in urls}


CASES = []


def case(**kw):
    CASES.append(kw)


R1, R2, R3, R4, R5, R6, R7 = (req_mid(r[0]) for r in REQUESTS)

# ================================================================ applied
case(
    name="x-mixed-one-sentence",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email to a government reporter (removed / withheld in country / no action)",
    why="one sentence carries three statuses: two removed, one withheld in Korea, one refused for breaking no rule",
    from_="lr-apac@x.com", date="Thu, 19 Sep 2024 09:41:12 +0000",
    subject="Re: [KCSC-240917-01] Request for removal of content", reply_to_req=R1,
    body=f"""
Hello,

Thank you for your report of 17 September 2024 (reference KCSC-240917-01).

After reviewing the posts you listed, we removed {X[1]} and {X[2]} for violating our rules on illegal goods and services, withheld {X[3]} in the Republic of Korea, and took no action on {X[4]} because it does not violate the X Rules or Korean law.

We will write to you separately about the other posts in your request.

More about country withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    items={X[1]: "removed", X[2]: "removed", X[3]: "restricted", X[4]: "rejected"},
)

case(
    name="x-hedge-in-relative-clause",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email, with the agent's caveats in relative clauses",
    why="the hedges sit in relative clauses ('which may have been deleted by its author', 'which we may reconsider'); the main clauses state not found and no violation",
    from_="lr-apac@x.com", date="Fri, 20 Sep 2024 03:15:40 +0000",
    subject="Re: [KCSC-240917-01] Request for removal of content", reply_to_req=R1,
    body=f"""
Hi,

Following up on KCSC-240917-01.

We have withheld {X[5]} in South Korea.

The post at {X[6]}, which may have been deleted by its author before your request reached us, could not be found on X.

{X[7]}, which we may reconsider if a Korean court order is provided, remains available: our review found no violation of the X Rules.

Thanks,
X Legal
""",
    items={X[5]: "restricted", X[6]: "not_found", X[7]: "rejected"},
)

case(
    name="x-negations",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email phrased with negatives",
    why="'has not been removed ... did not find a violation' is a refusal; 'unable to find' is not found; 'no longer available ... removed' is removed",
    from_="lr-apac@x.com", date="Mon, 23 Sep 2024 07:02:09 +0000",
    subject="Re: [KCSC-240917-01] Request for removal of content", reply_to_req=R1,
    body=f"""
Hello,

{X[8]} has not been removed. We reviewed it against the X Rules and did not find a violation, and in our assessment it is not unlawful in Korea.

We were unable to find {X[9]}; the link opens a "this post doesn't exist" page.

{X[10]} is no longer available on X. It was removed for violating our policy on illegal and regulated goods.

X Legal
""",
    items={X[8]: "rejected", X[9]: "not_found", X[10]: "removed"},
)

case(
    name="x-later-sentence-revises",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up correcting an earlier action (withheld, then removed globally)",
    why="for 611 the later sentence replaces the Korean withholding with a global removal; for 612 the first search failed but the post was later found and withheld",
    from_="lr-apac@x.com", date="Tue, 24 Sep 2024 11:30:00 +0000",
    subject="Update: [KCSC-240917-01] Request for removal of content", reply_to_req=R1,
    body=f"""
Hello again,

An update on two posts from KCSC-240917-01.

On 19 September our team withheld {X[11]} in Korea. After a second review on 23 September we found that the post also breaks our rules on illegal goods, and it has now been removed from X globally, so the country withholding no longer applies.

Regarding {X[12]}: our first search did not return this post, because the link we had on file carried a tracking suffix. We have since located it and withheld it in Korea.

Best regards,
X Legal
""",
    items={X[11]: "removed", X[12]: "restricted"},
)

x_rows = [
    (X[1], "Removed", "Global"), (X[2], "Removed", "Global"), (X[3], "Withheld", "KR"),
    (X[4], "No action", "&ndash;"), (X[5], "Withheld", "KR"), (X[6], "Not found", "&ndash;"),
]
x_tr = "\n".join(
    f'<tr><td><a href="{u}">{u}</a></td><td>{a}</td><td>{s}</td></tr>' for u, a, s in x_rows)
case(
    name="x-html-table",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email with an HTML results table",
    why="table rows give removed, withheld in KR, no action and not found; the footnote says no action means no violation",
    from_="lr-apac@x.com", date="Wed, 25 Sep 2024 02:44:51 +0000",
    subject="[KCSC-240917-01] Outcome of your request", reply_to_req=R1,
    raw_mime=single("text/html", "quoted-printable", qp(f"""
<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Below is the outcome of our review of your request <b>KCSC-240917-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Decision</th><th>Scope</th></tr>
{x_tr}
</table>
<p style="font-size:11px">&ldquo;No action&rdquo; means the post was found not to violate the X Rules or local law.
&ldquo;Withheld&rdquo; means the post is not visible in the listed country.
See <a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">our help centre</a>.</p>
<p>X Legal</p>
</body></html>
""")),
    items={X[1]: "removed", X[2]: "removed", X[3]: "restricted", X[4]: "rejected",
           X[5]: "restricted", X[6]: "not_found"},
)

case(
    name="x-table-then-note-revises",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome with an exported text table and an agent's note added later",
    why="the note explicitly supersedes the table's withholding of the account (since suspended everywhere); the post's withholding stands",
    from_="lr-apac@x.com", date="Wed, 25 Sep 2024 08:05:17 +0000",
    subject="Re: [KCSC-240917-01] Request for removal of content", reply_to_req=R1,
    body=f"""
Hello,

Status of the remaining items of KCSC-240917-01 (export of 20 September):

URL                                                        Action
{X[13]:<58} Withheld in KR
{X[14]:<58} Withheld in KR

Note: the table above was exported on 20 September. On 24 September the account {X[13]} was suspended for repeated violations of the X Rules and is no longer available anywhere, so the withholding shown for it above is superseded. The withholding of the post by @ember_quay is unchanged.

Kind regards,
X Legal
""",
    items={X[13]: "removed", X[14]: "restricted"},
)

csv_map = [
    (1, "Removed", "", ""), (2, "Removed", "", ""), (3, "Withheld", "KR", ""),
    (4, "No violation found", "", "content remains available"), (5, "Withheld", "KR", ""),
    (6, "Not found", "", "post does not exist"), (7, "No violation found", "", ""),
    (8, "No violation found", "", ""), (9, "Not found", "", "deleted by the account holder"),
    (10, "Removed", "", ""), (11, "Removed", "", ""), (12, "Withheld", "KR", ""),
    (13, "Account suspended", "", "all countries"), (14, "Withheld", "KR", ""),
]
csv_text = "url,action,countries,notes\r\n" + "".join(
    f"{X[i]},{a},{c},{n}\r\n" for i, a, c, n in csv_map)
case(
    name="x-csv-attachment-all",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome sent as a CSV export attached to a short email",
    why="CSV attachment gives a status for each of the 14 posts of the largest request",
    from_="lr-apac@x.com", date="Thu, 26 Sep 2024 05:20:00 +0000",
    subject="[KCSC-240917-01] Results (CSV attached)", reply_to_req=R1,
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_b672_csv_01"

--=_b672_csv_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for each URL of your request
KCSC-240917-01. "Withheld" applies only in the countries listed.

X Legal

--=_b672_csv_01
Content-Type: text/csv; charset=utf-8; name="KCSC-240917-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240917-01_results.csv"
Content-Transfer-Encoding: base64

{b64(csv_text.encode("utf-8"))}
--=_b672_csv_01--
""",
    items={X[1]: "removed", X[2]: "removed", X[3]: "restricted", X[4]: "rejected",
           X[5]: "restricted", X[6]: "not_found", X[7]: "rejected", X[8]: "rejected",
           X[9]: "not_found", X[10]: "removed", X[11]: "removed", X[12]: "restricted",
           X[13]: "removed", X[14]: "restricted"},
)

case(
    name="x-fact-and-promise-one-sentence",
    outcome="applied", classification="confirmation",
    imitates="X legal interim reply: one post done, another still with specialists",
    why="in one sentence 101 is removed (done) while 102 'will be actioned once' a review ends (a promise: stays pending)",
    from_="lr-apac@x.com", date="Thu, 19 Sep 2024 13:08:44 +0000",
    subject="Re: [KCSC-240917-01] Request for removal of content", reply_to_req=R1,
    body=f"""
Hello,

We have removed {X[1]}, and {X[2]} will be actioned once our specialist team finishes its review, which we expect later this week.

X Legal
""",
    items={X[1]: "removed", X[2]: "pending"},
)

case(
    name="x-angle-brackets-wrapped",
    outcome="applied", classification="confirmation",
    imitates="X legal reply sent from Outlook: URLs in angle brackets, one wrapped at a slash",
    why="headings state the action, the URL follows on the next line; the second URL is wrapped inside its angle brackets",
    from_="lr-apac@x.com", date="Fri, 20 Sep 2024 22:51:03 +0000",
    subject="RE: [KCSC-240917-01] Request for removal of content", reply_to_req=R1,
    body=f"""
Hello,

The following post has been removed for violating the X Rules:
<{X[7]}>

The following post has been withheld in South Korea in response to your request:
<https://x.com/tin_kettle_kr/
status/1835210000000000408>

Regards,
Daniel
X Legal | Asia Pacific
""",
    items={X[7]: "removed", X[8]: "restricted"},
)

case(
    name="x-dsa-style-statement",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons layout (decision, ground, scope, redress)",
    why="first decision is a visibility restriction limited to KR; second is an explicit no-restriction decision",
    from_="sor-notices@x.com", date="Mon, 23 Sep 2024 16:12:00 +0000",
    subject="Statement of reasons: your notice KCSC-240917-01",
    body=f"""
Statement of reasons

Notice reference: KCSC-240917-01
Notifier: Korea Communications Standards Commission

Content: {X[11]}
Decision: Visibility restriction. Content withheld in: KR
Ground: Illegal content under the law of the Republic of Korea
Automated detection: no | Automated decision: no

Content: {X[12]}
Decision: No restriction. The content was not found to be illegal or incompatible with our terms.
Ground: n/a

Redress: the account holder may appeal at https://help.x.com/forms/account-access/appeals
""",
    items={X[11]: "restricted", X[12]: "rejected"},
)

case(
    name="x-echoed-report",
    outcome="applied", classification="confirmation",
    imitates="X report-outcome email that repeats the reporter's own text before the decision",
    why="the echoed 'please remove' is our text; the decision below it states the post was removed",
    from_="noreply-reports@x.com", date="Sat, 21 Sep 2024 04:33:10 +0000",
    subject="Update on your report 0x7A41-55",
    body=f"""
Update on your report

Your report
  Report ID: 0x7A41-55
  Reported by: Korea Communications Standards Commission
  Reported post: {X[14]}
  What you told us: "Advertises an unlicensed gambling site; please remove (KCSC-240917-01)"

Our decision
  We removed the post for violating our rules about illegal and regulated goods and services.

Thanks for helping keep X safe.
""",
    items={X[14]: "removed"},
)

case(
    name="tg-mixed-prose",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply in prose (blocked for users in a country / deleted / no violation)",
    why="two messages blocked for Korean users, one deleted, and the channel itself explicitly not blocked for lack of a violation",
    from_="abuse@telegram.org", date="Thu, 19 Sep 2024 18:22:31 +0000",
    subject="Re: [KCSC-240917-02] Removal request", reply_to_req=R2,
    body=f"""
Hello,

Regarding your request KCSC-240917-02: we have blocked {TG[1]} and {TG[2]} for users in South Korea, and the message {TG[3]} was deleted. The channel {TG[4]} itself was not blocked, since apart from that one message we found nothing in it that violates the Telegram Terms of Service.

Telegram Abuse Team
""",
    items={TG[1]: "restricted", TG[2]: "restricted", TG[3]: "removed", TG[4]: "rejected"},
)

case(
    name="tg-numbered-by-position",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply that lists the reported links and answers by item number",
    why="the platform numbers the links itself, then states: items 1 and 3 removed, item 2 not found, item 4 no violation",
    from_="abuse@telegram.org", date="Mon, 23 Sep 2024 10:05:55 +0000",
    subject="Case #4471203 - KCSC-240917-02", reply_to_req=R2,
    body=f"""
Case #4471203

You asked us to review the following:
1. {TG[1]}
2. {TG[2]}
3. {TG[3]}
4. {TG[4]}

Items 1 and 3 have been removed. Item 2 could not be found; that message ID does not exist in the channel. Item 4: no violation of the Terms of Service was found, and the channel remains available.

Telegram Support
""",
    items={TG[1]: "removed", TG[2]: "not_found", TG[3]: "removed", TG[4]: "rejected"},
)

case(
    name="tg-negation-author-deleted",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply: one message already gone, one taken down",
    why="'We did not remove X: it had already been deleted by the channel owner' is not found, not a refusal; the other is taken down",
    from_="abuse@telegram.org", date="Mon, 23 Sep 2024 14:40:02 +0000",
    subject="Re: [KCSC-240920-07] Request for removal", reply_to_req=R7,
    body=f"""
Hi,

We did not remove {TG7[1]} - it had already been deleted by the channel owner before we looked at your request. {TG7[2]} has been taken down.

Regards,
Telegram Abuse Team
""",
    items={TG7[1]: "not_found", TG7[2]: "removed"},
)

case(
    name="tg-url-below-heading",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply grouped under result headings",
    why="each heading states the result and the URL stands on the line below it",
    from_="abuse@telegram.org", date="Tue, 24 Sep 2024 06:18:27 +0000",
    subject="Results for KCSC-240920-07", reply_to_req=R7,
    body=f"""
Results for KCSC-240920-07

Blocked in the Republic of Korea:
{TG7[1]}

No action taken (no violation of the Terms of Service found):
{TG7[2]}

Telegram Abuse Team
""",
    items={TG7[1]: "restricted", TG7[2]: "rejected"},
)

case(
    name="tg-top-posted-by-position",
    outcome="applied", classification="confirmation",
    imitates="Telegram support agent top-posting over our request with Outlook's Original Message block",
    why="the agent's own statements say 'the first link ... removed', 'the second link could not be found'; the links are identified by their order in our quoted request",
    from_="support@telegram.org", date="Wed, 25 Sep 2024 09:12:45 +0000",
    subject="RE: [KCSC-240920-07] Request for removal", reply_to_req=R7,
    body=f"""
Hello,

The first link in your message below has been removed. The second link could not be found on Telegram.

Regards,
Telegram Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 20, 2024 4:02 PM
To: abuse@telegram.org
Subject: [KCSC-240920-07] Request for removal

Dear Telegram,

Under reference KCSC-240920-07 please remove the following messages, which advertise illegal drugs:

1. {TG7[1]}
2. {TG7[2]}

Korea Communications Standards Commission
""",
    items={TG7[1]: "removed", TG7[2]: "not_found"},
)

case(
    name="yt-legal-mixed",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal support outcome email (blocked from view in a country / removed under Community Guidelines / no action)",
    why="local-law block in KR, a global removal, and a refusal whose reason sits in a relative clause",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Fri, 20 Sep 2024 08:01:19 +0000",
    subject="Re: [KCSC-240918-03] Legal removal request", reply_to_req=R3,
    body=f"""
Hello,

Thanks for reaching out to us about reference KCSC-240918-03.

Following our review, we have blocked {YT[1]} from view in South Korea on the basis of local law. {YT[2]} was removed globally under our Community Guidelines. We did not take action on {YT[3]}, which in our view is not clearly unlawful and does not violate our policies.

The YouTube Legal Support Team
""",
    items={YT[1]: "restricted", YT[2]: "removed", YT[3]: "rejected"},
)

case(
    name="yt-refusal-with-reason",
    outcome="applied", classification="confirmation",
    imitates="Google legal webform reply declining a government request",
    why="refusal with its reason; the court-order sentence is a condition for the future and the webform link is not an item",
    from_="legal-support@google.com", name_from="Google Legal Support",
    date="Tue, 24 Sep 2024 02:37:50 +0000",
    subject="Re: [KCSC-240920-06] Legal removal request", reply_to_req=R6,
    body=f"""
Hello,

We reviewed the video at {YT6} and it does not violate our Community Guidelines. Because the notice does not establish that the content is unlawful under Korean law, we are declining to take action, and the video remains available.

If you obtain a court order, you can submit it through our legal webform: https://support.google.com/legal/answer/3110420

Regards,
Google Legal Support
""",
    items={YT6: "rejected"},
)

case(
    name="yt-actioned-phrase",
    outcome="applied", classification="confirmation",
    imitates="YouTube trust & safety reply using the configured phrase 'has been actioned under our policies' and a channel termination",
    why="the Short is actioned (configured removed phrase) and the channel terminated",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Mon, 23 Sep 2024 05:49:02 +0000",
    subject="Re: [KCSC-240918-03] Legal removal request", reply_to_req=R3,
    body=f"""
Hi there,

The Short {YT[4]} has been actioned under our policies. The channel {YT[5]} has been terminated for repeated violations of our spam, deceptive practices and scams policy.

Best,
YouTube Legal Support
""",
    items={YT[4]: "removed", YT[5]: "removed"},
)

case(
    name="yt-top-posted-age-restricted",
    outcome="applied", classification="confirmation",
    imitates="YouTube reply top-posted over Gmail-quoted request (age restriction applied)",
    why="one-item request: the reply names no URL but states an age restriction and says it was not removed; the quoted 'remove' is ours",
    from_="trust-safety@youtube.com", name_from="YouTube Trust & Safety",
    date="Mon, 23 Sep 2024 11:26:40 +0000",
    subject="Re: [KCSC-240920-06] Request for removal of a video", reply_to_req=R6,
    body=f"""
Hi,

We've reviewed the video you reported and applied an age restriction: it can no longer be watched by viewers who are signed out or under 18. It has not been removed, as it does not meet the bar for removal under our policies.

Best,
YouTube Trust & Safety

On Fri, Sep 20, 2024 at 4:10 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube,
>
> Under reference KCSC-240920-06 we request the removal of:
> {YT6}
>
> Korea Communications Standards Commission
""",
    items={YT6: "restricted"},
)

case(
    name="yt-base64-outcomes",
    outcome="applied", classification="confirmation",
    imitates="Google legal notification system email (base64 body, Video/Outcome pairs)",
    why="base64 text: one video restricted in KR, one gone because the uploader deleted it",
    from_="legal-notifications@google.com", name_from="Google Legal",
    date="Wed, 25 Sep 2024 00:14:09 +0000",
    subject="Legal removal request - KCSC-240918-03", reply_to_req=R3,
    raw_mime=single("text/plain", "base64", b64(f"""
Legal removal request - KCSC-240918-03

Video: {YT[1]}
Outcome: Content restricted in South Korea (local law)

Video: {YT[3]}
Outcome: This video is no longer available because the uploader deleted it before our review. No action was needed.

Google Legal
""")),
    items={YT[1]: "restricted", YT[3]: "not_found"},
)

case(
    name="yt-later-sentence-revises-to-rejected",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal correction of an automated notice sent in error",
    why="the earlier automated 'age-restricted' notice is withdrawn; the final statement is no violation, no restriction, remains available",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Thu, 26 Sep 2024 07:55:31 +0000",
    subject="Correction: [KCSC-240918-03] Legal removal request", reply_to_req=R3,
    body=f"""
Hello,

Earlier today you received an automated notice saying that {YT[2]} had been age-restricted. That notice was sent in error. On review by our legal team, the video does not violate our policies or local law, no restriction has been applied, and it remains available on YouTube.

We apologise for the confusion.

YouTube Legal Support
""",
    items={YT[2]: "rejected"},
)

case(
    name="naver-korean-particles",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 안내 (prose; URLs followed by particles and full-width brackets)",
    why="게시중단 (removed), 30일 임시조치 (restricted), 작성자 삭제로 존재하지 않음 (not found); one URL has the particle 은 glued to it",
    from_="report@naver.com", name_from="네이버 고객센터",
    date="Fri, 20 Sep 2024 15:03:22 +0900",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240918-04)", reply_to_req=R4,
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240918-04)의 처리 결과를 안내드립니다.

{NV[1]}은 게시중단 처리하였고, {NV[2]} 는 30일간 임시조치하였습니다. 또한 카페 게시글（{NV[3]}）은 작성자가 이미 삭제하여 현재 존재하지 않습니다.

감사합니다.
네이버 권리보호센터 드림
""",
    items={NV[1]: "removed", NV[2]: "restricted", NV[3]: "not_found"},
)

nv_rows = [
    (1, NV[1], "삭제", "-"), (2, NV[2], "접근제한(국내)", "-"),
    (3, NV[3], "해당 게시물 없음", "작성자 삭제"), (4, NV[4], "미조치", "운영정책 위반 아님"),
]
nv_tr = "\n".join(
    f"<tr><td>{n}</td><td>{u.replace('&', '&amp;')}</td><td>{a}</td><td>{b}</td></tr>"
    for n, u, a, b in nv_rows)
case(
    name="naver-html-table-result",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table (번호 / URL / 조치결과 / 비고), HTML, quoted-printable",
    why="삭제 removed, 접근제한(국내) restricted, 해당 게시물 없음 not found, 미조치 with reason 운영정책 위반 아님 rejected",
    from_="policy@navercorp.com", name_from="NAVER 정책지원",
    date="Mon, 23 Sep 2024 17:40:00 +0900",
    subject="[회신] 시정요구 조치결과 (KCSC-240918-04)", reply_to_req=R4,
    raw_mime=single("text/html", "quoted-printable", qp(f"""
<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>KCSC-240918-04 시정요구에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
{nv_tr}
</table>
<p>운영정책: <a href="https://policy.naver.com/policy/service.html">https://policy.naver.com/policy/service.html</a></p>
<p>NAVER 정책지원팀</p>
</body></html>
""")),
    items={NV[1]: "removed", NV[2]: "restricted", NV[3]: "not_found", NV[4]: "rejected"},
)

case(
    name="naver-negation-korean-qp",
    outcome="applied", classification="confirmation",
    imitates="NAVER 처리 결과 안내 in quoted-printable plain text: one post kept, one blinded",
    why="삭제하지 않았습니다 + 위반 사항이 확인되지 않아 게시를 유지 is a refusal with its reason; 블라인드 처리 is removed",
    from_="report@naver.com", name_from="네이버 고객센터",
    date="Tue, 24 Sep 2024 10:11:45 +0900",
    subject="Re: [KCSC-240918-04] 게시물 삭제 요청", reply_to_req=R4,
    raw_mime=single("text/plain", "quoted-printable", qp(f"""
안녕하세요. 네이버 고객센터입니다.

{NV[4]} 게시물은 삭제하지 않았습니다. 검토 결과 네이버 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시를 유지합니다.

{NV[3]} 게시물은 블라인드 처리하였습니다.

감사합니다.
""")),
    items={NV[4]: "rejected", NV[3]: "removed"},
)

case(
    name="kakao-tistory-korean-path",
    outcome="applied", classification="confirmation",
    imitates="Kakao 게시물 조치 결과 안내 with numbered 'URL : 결과' lines; Tistory URL with a raw Korean path",
    why="비공개 처리 removed, 국내 접속 차단 restricted, 운영정책 위반 아님 (조치 없음) rejected; the raw Korean path matches its percent-encoded request URL",
    from_="safety@kakaocorp.com", name_from="카카오 고객센터",
    date="Mon, 23 Sep 2024 13:27:09 +0900",
    subject="[카카오] 요청번호 KCSC-240919-05 처리 결과", reply_to_req=R5,
    body=f"""
안녕하세요, 카카오 고객센터입니다.
요청번호 KCSC-240919-05 처리 결과를 알려드립니다.

1) {KK_RAW[1]} : 비공개 처리 완료
2) {KK[2]} : 국내 접속 차단
3) {KK[3]} : 운영정책 위반 아님 (조치 없음)

문의사항은 고객센터(https://cs.kakao.com)로 연락 부탁드립니다.
""",
    items={KK[1]: "removed", KK[2]: "restricted", KK[3]: "rejected"},
)

case(
    name="kakao-status-on-line-below",
    outcome="applied", classification="confirmation",
    imitates="Daum/Tistory 신고 처리 결과 with a bullet per URL and the result on the line below",
    why="운영자 삭제 removed; 존재하지 않는 게시글 (작성자 삭제) not found; 임시조치 restricted (this time the percent-encoded URL)",
    from_="cs@daum.net", name_from="Daum 고객센터",
    date="Wed, 25 Sep 2024 16:02:48 +0900",
    subject="Re: [KCSC-240919-05] 게시물 조치 요청", reply_to_req=R5,
    body=f"""
요청하신 게시물의 처리 결과입니다.

■ {KK[2]}
   → 운영자 삭제
■ {KK[3]}
   → 존재하지 않는 게시글입니다 (작성자 삭제)
■ {KK[1]}
   → 임시조치 (30일)

Daum 고객센터
""",
    items={KK[2]: "removed", KK[3]: "not_found", KK[1]: "restricted"},
)

# ================================================================ review
case(
    name="x-promise-only",
    outcome="review", review="not_understood",
    imitates="X legal interim reply promising action within 24 hours",
    why="'will be withheld within the next 24 hours' is a promise: nothing done yet",
    from_="lr-apac@x.com", date="Wed, 18 Sep 2024 21:17:33 +0000",
    subject="Re: [KCSC-240917-01] Request for removal of content", reply_to_req=R1,
    body=f"""
Hello,

We have reviewed your request KCSC-240917-01. The posts {X[1]} and {X[3]} will be withheld in Korea within the next 24 hours, and we will confirm once this is done.

X Legal
""",
    items=pending(X[1], X[3]),
)

case(
    name="yt-hedge-appears",
    outcome="review", review="not_understood",
    imitates="YouTube support reply guessing the video was removed by its uploader",
    why="'appears to have been taken down ... not yet confirmed' is a hedge",
    from_="trust-safety@youtube.com", name_from="YouTube Trust & Safety",
    date="Sat, 21 Sep 2024 03:09:11 +0000",
    subject="Re: [KCSC-240920-06] Request for removal of a video", reply_to_req=R6,
    body=f"""
Hi,

Thanks for your notice. The video {YT6} appears to have been taken down by the uploader, but our systems have not yet confirmed this. We'll follow up if anything changes.

YouTube Trust & Safety
""",
    items=pending(YT6),
)

case(
    name="naver-under-legal-review",
    outcome="review", review="not_understood",
    imitates="NAVER 중간 안내: 법무 검토 중, 추가 소요 기간 안내",
    why="검토 중 ... 회신드리겠습니다 is 'under review' plus a promise; not a receipt since it follows up on named posts",
    from_="report@naver.com", name_from="네이버 고객센터",
    date="Fri, 20 Sep 2024 11:45:30 +0900",
    subject="Re: [KCSC-240918-04] 게시물 삭제 요청 - 중간 안내", reply_to_req=R4,
    body=f"""
안녕하세요, 네이버 고객센터입니다.

요청하신 {NV[1]} , {NV[2]} 게시물은 현재 법무 검토 중입니다. 검토가 끝나는 대로 조치 결과를 회신드리겠습니다.
처리에 5영업일 정도 더 소요될 수 있는 점 양해 부탁드립니다.

감사합니다.
""",
    items=pending(NV[1], NV[2]),
)

case(
    name="kakao-hedge-and-plan",
    outcome="review", review="not_understood",
    imitates="Kakao 처리 현황 안내 with '삭제된 것으로 보이나' and '조치될 예정'",
    why="'삭제된 것으로 보이나 확인이 끝나지 않았습니다' is a hedge; '조치될 예정' a promise",
    from_="safety@kakaocorp.com", name_from="카카오 고객센터",
    date="Fri, 20 Sep 2024 18:20:14 +0900",
    subject="[카카오] KCSC-240919-05 처리 현황", reply_to_req=R5,
    body=f"""
안녕하세요, 카카오 고객센터입니다.

{KK[2]} 게시물은 블로그 운영자에 의해 삭제된 것으로 보이나, 시스템 확인이 아직 끝나지 않았습니다.
{KK[3]} 은 카페 운영진 확인 후 조치될 예정입니다.

확인되는 대로 다시 안내드리겠습니다.
""",
    items=pending(KK[2], KK[3]),
)

case(
    name="x-bulk-all-withheld",
    outcome="review", review="bulk",
    imitates="X legal one-line outcome covering a whole request",
    why="'all of the posts listed' withheld, naming none, for a 14-item request",
    from_="lr-apac@x.com", date="Sat, 21 Sep 2024 09:30:00 +0000",
    subject="Re: [KCSC-240917-01] Request for removal of content", reply_to_req=R1,
    body="""
Hello,

All of the posts listed in your request KCSC-240917-01 have been withheld in the Republic of Korea.

X Legal
""",
    items=pending(*X.values()),
)

case(
    name="tg-auth-fail",
    outcome="review", review="untrusted",
    auth="fail",
    imitates="Telegram abuse-desk style reply whose DMARC check failed",
    why="claims from telegram.org with dkim/spf/dmarc failing are not trusted",
    from_="abuse@telegram.org", date="Thu, 19 Sep 2024 07:55:00 +0000",
    subject="Re: [KCSC-240917-02] Removal request", reply_to_req=R2,
    body=f"""
Hello,

We have deleted {TG[1]} and {TG[3]}.

Telegram Abuse Team
""",
    items=pending(TG[1], TG[3]),
)

case(
    name="unknown-sender-support-desk",
    outcome="review", review="unknown_sender",
    imitates="third-party 'support desk' claiming to act for X",
    why="sender domain belongs to no configured platform",
    from_="compliance@xsupport-desk.net", name_from="X Support Desk",
    date="Fri, 20 Sep 2024 12:00:41 +0000",
    subject="Re: [KCSC-240917-01] Request for removal of content", reply_to_req=R1,
    body=f"""
Dear KCSC team,

On behalf of X Corp. we confirm that {X[1]} and {X[2]} have been removed.

Best regards,
X Support Desk
""",
    items=pending(X[1], X[2]),
)

case(
    name="yt-about-telegram-links",
    outcome="review", review="wrong_platform",
    imitates="Google legal reply to a notice that listed links of another service",
    why="Google speaks about Telegram items ('no record of them on our services'): not its items to state anything about",
    from_="legal-support@google.com", name_from="Google Legal Support",
    date="Tue, 24 Sep 2024 04:41:27 +0000",
    subject="Re: [KCSC-240920-07] Request for removal",
    body=f"""
Hello,

Thank you for your notice (KCSC-240920-07). The following links are not YouTube or Google content, and we could not find them on our services:

{TG7[1]}
{TG7[2]}

Please contact the service provider that hosts them.

Google Legal Support
""",
    items=pending(TG7[1], TG7[2]),
)

case(
    name="yt-form-and-note-disagree",
    outcome="review", review="conflicting_statements",
    imitates="YouTube legal outcome form whose action field contradicts the reviewer's note",
    why="the form says Removed, the reviewer's note says no violation and the video will remain available; neither revises the other",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Wed, 25 Sep 2024 06:30:00 +0000",
    subject="Re: [KCSC-240920-06] Legal removal request", reply_to_req=R6,
    raw_mime=single("text/html", "quoted-printable", qp(f"""
<html><body>
<p>Hello,</p>
<p>Here is the outcome of your request KCSC-240920-06.</p>
<table border="1" cellpadding="3">
<tr><th>URL</th><th>Action taken</th></tr>
<tr><td>{YT6}</td><td>Removed</td></tr>
</table>
<p><i>Reviewer note:</i> The video does not violate our Community Guidelines and no local-law restriction applies; it will remain available.</p>
<p>YouTube Legal Support</p>
</body></html>
""")),
    items=pending(YT6),
)

case(
    name="tg-asks-legal-basis",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Telegram abuse-desk request for the legal basis / court order",
    why="asks for the provision of law and a court order before acting; no status",
    from_="abuse@telegram.org", date="Fri, 20 Sep 2024 20:14:09 +0000",
    subject="Case #4471388 - KCSC-240917-02", reply_to_req=R2,
    body=f"""
Case #4471388

Before we can act on {TG[4]} and {TG[2]}, please send us the legal basis for your request (the provision of Korean law concerned) and, if available, a court order. Without it we are unable to proceed.

Telegram Abuse Team
""",
    items=pending(TG[4], TG[2]),
)

case(
    name="yt-process-change-notice",
    outcome="review", review="no_claims",
    imitates="Google notice to government reporters about a new submission portal",
    why="trusted platform mail naming no item and no request",
    from_="legal-notifications@google.com", name_from="Google Legal",
    date="Thu, 26 Sep 2024 01:00:00 +0000",
    subject="Changes to how government removal requests are submitted",
    body="""
Hello,

Starting 1 October 2024, removal requests from government agencies must be submitted through the Government Requests portal at https://support.google.com/legal/answer/government-requests. Requests sent by email to this address will be answered with a pointer to the portal.

Thank you,
Google Legal
""",
    items={},
)

# ================================================================ ignored
case(
    name="x-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply from an X employee",
    why="out-of-office reply",
    from_="minji.park@x.com", name_from="Minji Park",
    date="Wed, 18 Sep 2024 00:02:17 +0000",
    subject="Automatic reply: [KCSC-240917-01] Request for removal of content", reply_to_req=R1,
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 30 September with limited access to email.
For urgent legal requests please write to legal@x.com.

Minji
""",
    items={},
)

dsn_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: abuse@sable-ferry-support.example
Subject: [KCSC-240920-07] Request for removal
Message-ID: <kcsc-req-240920-07b@kcsc.example>
Date: Fri, 20 Sep 2024 16:05:00 +0900

Please remove:
1. {TG7[1]}
2. {TG7[2]}
"""
case(
    name="dsn-bounce",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (multipart/report, 5.1.1 user unknown)",
    why="delivery failure report carrying our own request",
    from_="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System", auth="none",
    date="Fri, 20 Sep 2024 16:05:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b672-dsn-1"

--b672-dsn-1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse@sable-ferry-support.example>: host mx.sable-ferry-support.example[203.0.113.25]
    said: 550 5.1.1 <abuse@sable-ferry-support.example>: Recipient address rejected:
    User unknown

--b672-dsn-1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Fri, 20 Sep 2024 16:05:00 +0900

Final-Recipient: rfc822; abuse@sable-ferry-support.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--b672-dsn-1
Content-Type: message/rfc822

{dsn_orig}
--b672-dsn-1--
""",
    items={},
)

case(
    name="naver-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (multipart/report; disposition-notification) from a NAVER mailbox",
    why="read receipt only",
    from_="policy@navercorp.com", name_from="NAVER 정책지원",
    date="Thu, 19 Sep 2024 09:12:40 +0900",
    subject="읽음 확인: [KCSC-240918-04] 게시물 삭제 요청",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b672-mdn-1"

--b672-mdn-1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[KCSC-240918-04] 게시물 삭제 요청"을 수신자가 2024-09-19 09:12에 읽었습니다.

--b672-mdn-1
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER Works Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <kcsc-req-240918-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b672-mdn-1--
""",
    items={},
)

case(
    name="tg-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram ticket-system receipt",
    why="receipt with a ticket number and nothing about any item",
    from_="no-reply@telegram.org", date="Tue, 17 Sep 2024 23:58:02 +0000",
    subject="[Ticket #5520417] We received your report", reply_to_req=R2,
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
We received your report. Ticket #5520417 has been created and our team will look into it.

This is an automated message; please do not reply.
""",
    items={},
)

case(
    name="kakao-korean-auto-reply",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답 from a Kakao mailbox",
    why="out-of-office reply in Korean",
    from_="jiwoo.han@kakaocorp.com", name_from="한지우",
    date="Thu, 19 Sep 2024 17:31:00 +0900",
    subject="[자동응답] 부재중 안내", reply_to_req=R5,
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 한지우입니다.
9월 23일(월)까지 휴가로 메일 확인이 어렵습니다.
급한 용무는 safety@kakaocorp.com 으로 보내 주시기 바랍니다.
""",
    items={},
)

case(
    name="yt-ack-with-reference",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal webform receipt quoting the request reference",
    why="pure acknowledgement: received, ID assigned, will review",
    from_="legal-notifications@google.com", name_from="Google Legal",
    date="Wed, 18 Sep 2024 06:22:51 +0000",
    subject="Your request KCSC-240918-03 [7-1122334455000]", reply_to_req=R3,
    body="""
Hello,

Thanks for contacting Google Legal. We've received your request (KCSC-240918-03) and assigned it the ID 7-1122334455000. We'll review the URLs you sent and get back to you.

Google Legal
""",
    items={},
)

HEADER = """# blind672: what a program gets wrong (mixed statuses in one sentence, hedges
# in relative clauses, negations, refusals with reasons, revising sentences,
# table vs note, statuses by position). Written by tests/corpus/blind672/make.py
# from each email's meaning, before any run of the reader. Do not edit by hand.
"""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
        # Korean display names and subjects as RFC 2047 encoded-words, as
        # Korean mailers send them.
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
