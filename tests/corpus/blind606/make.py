#!/usr/bin/env python3
"""Blind set 606: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with their reasons, later sentences that revise earlier ones, a
table contradicted by its note, statuses given by position. Every email is
fictional and written in our own words; the expected result of each case was
written from the email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind606/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import email.header
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# --------------------------------------------------------------------------
# Requests (one row per item)
# --------------------------------------------------------------------------
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240909-01", "KCSC-240909-02", "KCSC-240910-03", "KCSC-240911-04",
    "KCSC-240912-05", "KCSC-240912-06", "KCSC-240913-07",
)
MID = {r: r.lower() + ".req" for r in (R1, R2, R3, R4, R5, R6, R7)}

X = [
    "https://x.com/moonlit_trader/status/1836001122334455661",
    "https://x.com/moonlit_trader/status/1836001122334455662",
    "https://x.com/grey_ledger/status/1836002233445566771",
    "https://x.com/grey_ledger/status/1836002233445566772",
    "https://x.com/paper_lantern_kr/status/1836003344556677881",
    "https://x.com/paper_lantern_kr/status/1836003344556677882",
    "https://x.com/northwind_42/status/1836004455667788991",
    "https://x.com/northwind_42",
    "https://x.com/sable_orchard/status/1836005566778899001",
    "https://x.com/sable_orchard/status/1836005566778899002",
    "https://x.com/tidepool_mkt/status/1836006677889900111",
    "https://x.com/tidepool_mkt/status/1836006677889900112",
]
Y = [
    "https://www.youtube.com/watch?v=Qm3vT8xLp2A",
    "https://www.youtube.com/watch?v=Hc7nR1wZk9E",
    "https://www.youtube.com/shorts/Tb5yU2iO8pW",
    "https://www.youtube.com/@cinder_valley_tv",
]
T = [
    "https://t.me/amber_dock_deals/4417",
    "https://t.me/amber_dock_deals/4420",
    "https://t.me/pinefield_chat/9031",
]
T4 = "https://t.me/quietmill_news/212"
N = [
    "https://blog.naver.com/haneul_market/223581104412",
    "https://blog.naver.com/haneul_market/223581104999",
    "https://cafe.naver.com/greenroomclub/88120",
    "https://cafe.naver.com/greenroomclub/88131",
    "https://m.blog.naver.com/PostView.naver?blogId=soyo_shop&logNo=223590011234",
]
K3_TITLE = "할인-쿠폰-모음"
K = [
    "https://cafe.daum.net/moonbridge/QxLp/1532",
    "https://cafe.daum.net/moonbridge/QxLp/1547",
    "https://storyz.tistory.com/entry/" + urllib.parse.quote(K3_TITLE),
]
K3_RAW = "https://storyz.tistory.com/entry/" + K3_TITLE
TK = "https://www.tiktok.com/@luma_bazaar/video/7416650012345678901"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    (R1, "x", "2024-09-09T10:05:00+09:00", "2024-09-23T18:00:00+09:00", X,
     "illegal_trade", 'Counterfeit goods and drug ads, "tidepool" accounts linked'),
    (R2, "youtube", "2024-09-09T10:40:00+09:00", "2024-09-23T18:00:00+09:00", Y,
     "gambling", "Illegal sports betting promotion, channel and three videos"),
    (R3, "telegram", "2024-09-10T09:15:00+09:00", "2024-09-24T18:00:00+09:00", T,
     "drugs", "Drug sale posts; one in a public group"),
    (R4, "naver", "2024-09-11T11:00:00+09:00", "2024-09-25T18:00:00+09:00", N,
     "defamation", "Blog and cafe posts, 명예훼손, 사생활 침해"),
    (R5, "kakao", "2024-09-12T14:20:00+09:00", "2024-09-26T18:00:00+09:00", K,
     "fraud", "Phishing coupon posts (Daum cafe, Tistory)"),
    (R6, "tiktok", "2024-09-12T15:00:00+09:00", "2024-09-26T18:00:00+09:00", [TK],
     "illegal_trade", "Unlicensed medicine sale"),
    (R7, "telegram", "2024-09-13T09:30:00+09:00", "2024-09-27T18:00:00+09:00", [T4],
     "obscenity", ""),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, MID[ref] + "@kcsc.example", note])


# --------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def mixed(boundary, parts):
    out = [f'Content-Type: multipart/mixed; boundary="{boundary}"', "", "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.strip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def alternative(boundary, plain, html):
    return "\n".join([
        f'Content-Type: multipart/alternative; boundary="{boundary}"',
        "",
        "--" + boundary,
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        plain.strip("\n"),
        "",
        "--" + boundary,
        "Content-Type: text/html; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        html.strip("\n"),
        "",
        "--" + boundary + "--",
        "",
    ])


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls, lang="en"):
    if lang == "ko":
        lines = [f"방송통신심의위원회 요청번호 {ref}", "",
                 "아래 게시물에 대하여 삭제 또는 접속차단 등 필요한 조치를 요청드립니다.", ""]
    else:
        lines = [f"KCSC request {ref}", "",
                 "The Korea Communications Standards Commission asks you to remove or",
                 "restrict access to the following content, which is unlawful in Korea:", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "KCSC Takedown desk"]
    return "\n".join(lines)


# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------
CASES = []


def case(**kw):
    CASES.append(kw)


# ============================== X (R1, 12 items) ==========================

case(
    name="x-three-statuses-one-sentence",
    **{"from": "legal-ops@x.com"},
    date="Fri, 13 Sep 2024 16:22:41 +0000",
    subject=f"Re: [{R1}] Request to remove content",
    reply_to_req=MID[R1],
    body=f"""
Hello,

Thank you for your report ({R1}).

Following our review, we have withheld {X[0]} in South Korea and removed {X[1]} globally, while {X[2]} could not be located on our service.

We will reply separately about the remaining URLs in your request.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team reply to a government removal request (withheld in country / removed / not located)",
    why="one sentence carries three different statuses, each attached to its own URL",
    items={X[0]: "restricted", X[1]: "removed", X[2]: "not_found"},
)

case(
    name="x-not-removed-but-withheld-and-not-found-to-violate",
    **{"from": "legal-ops@x.com"},
    date="Fri, 13 Sep 2024 17:05:10 +0000",
    subject=f"Re: [{R1}] Request to remove content",
    reply_to_req=MID[R1],
    body=f"""
Hi KCSC team,

Two updates on {R1}.

The post {X[3]} has not been removed; it is withheld in South Korea only, in accordance with local law, and remains visible elsewhere.

{X[4]} was not found to violate the X Rules or Korean law, so we are not taking action on it.

Best,
Dana (X Legal Operations)
""",
    outcome="applied", classification="confirmation",
    imitates="X legal operations reply with a country-withheld result and a no-action decision",
    why="'has not been removed' is followed by withheld-in-KR (restricted); 'was not found to violate' is a refusal (rejected), not a not_found",
    items={X[3]: "restricted", X[4]: "rejected"},
)

case(
    name="x-hedges-in-relative-clauses",
    **{"from": "legal-ops@x.com"},
    date="Sat, 14 Sep 2024 02:47:19 +0000",
    subject=f"Re: [{R1}] Request to remove content",
    reply_to_req=MID[R1],
    body=f"""
Hello,

We have removed {X[6]}, which appears to have been copied from another account, for violating our rules on illegal or certain regulated goods and services.

The account {X[7]}, which may be linked to that other account, remains under review. We will let you know when we have reached a decision.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply: one post removed, the related account still under review",
    why="the hedge sits in a relative clause about where the post came from; the removal itself is unhedged; the account is only under review",
    items={X[6]: "removed", X[7]: "pending"},
)

case(
    name="x-correction-of-earlier-reply",
    **{"from": "legal-ops@x.com"},
    date="Tue, 17 Sep 2024 09:12:03 +0000",
    subject=f"Correction: [{R1}] Request to remove content",
    reply_to_req=MID[R1],
    body=f"""
Hello,

In our reply of 13 September we told you that {X[8]} had been withheld in South Korea. That was a mistake on our side: the post was in fact removed globally on 12 September for violating the X Rules.

Apologies for the confusion.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="correction email from a platform legal desk revising an earlier status",
    why="the first sentence reports what an earlier email said; the next sentence corrects it: removed",
    items={X[8]: "removed"},
)

case(
    name="x-echoed-list-statuses-by-number",
    **{"from": "legal-ops@x.com"},
    date="Mon, 16 Sep 2024 11:30:55 +0000",
    subject=f"[{R1}] Outcome of your request (part 3)",
    reply_to_req=MID[R1],
    body=f"""
Hello,

Reported URLs (as submitted):
  [1] {X[9]}
  [2] {X[10]}
  [3] {X[11]}

Outcome:
  [1], [2]: withheld in South Korea (KR)
  [3]: removed - violation of the X Rules (illegal or certain regulated goods or services)

You can read more about country withheld content at https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome that echoes the reported URLs with bracket numbers and gives outcomes by number",
    why="statuses are given by position, but the numbers are defined in the same email; the help link is not an item",
    items={X[9]: "restricted", X[10]: "restricted", X[11]: "removed"},
)

case(
    name="x-outlook-top-post-items-by-number",
    **{"from": "min.park@x.com"},
    name_from="Min Park",
    date="Wed, 18 Sep 2024 08:01:37 +0000",
    subject=f"RE: [{R1}] follow-up",
    reply_to_req=MID[R1],
    body=f"""
Hello,

Items 1 and 3 of your list below are now withheld in Korea. Item 2, the account itself, has been suspended globally for repeated violations of our rules.

Kind regards,
Min Park
Legal Operations, X

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 6:40 PM
To: Min Park <min.park@x.com>
Subject: [{R1}] follow-up

Dear Min,

Could you tell us what happened to these three?

1. {X[6]}
2. {X[7]}
3. {X[8]}

Thank you,
KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply by a platform employee answering a numbered follow-up",
    why="the statuses are unquoted and unhedged; the numbers refer to the list quoted in the same email, which a clerk would use (arguable)",
    items={X[6]: "restricted", X[7]: "removed", X[8]: "restricted"},
)

CSV_X = "\n".join([
    "reported_url,action,detail",
    f"{X[0]},Withheld,KR",
    f"{X[1]},Withheld,KR",
    f"{X[2]},Removed,X Rules - illegal or regulated goods",
    f'{X[3]},No action,"No violation of the X Rules or local law found"',
    f"{X[4]},Not found,Post does not exist",
    f"{X[5]},Pending,Escalated for further review",
]) + "\n"

case(
    name="x-csv-attachment-with-pending-row",
    **{"from": "legal-ops@x.com"},
    date="Sun, 15 Sep 2024 06:44:12 +0000",
    subject=f"[{R1}] Results attached",
    reply_to_req=MID[R1],
    raw_mime=mixed("=_x606_csv", [
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "Hello,\n\nPlease find attached the outcome for each URL we have assessed so far under "
        f"{R1}.\n\nX Legal\n",
        "Content-Type: text/csv; charset=utf-8; name=\"kcsc_results.csv\"\n"
        "Content-Disposition: attachment; filename=\"kcsc_results.csv\"\n"
        "Content-Transfer-Encoding: base64\n\n" + b64(CSV_X),
    ]),
    outcome="applied", classification="confirmation",
    imitates="legal desk reply with a CSV results sheet attached",
    why="CSV rows give five statuses; the 'Pending / escalated' row changes nothing",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed", X[3]: "rejected",
           X[4]: "not_found", X[5]: "pending"},
)

case(
    name="x-echoed-report-blocks",
    **{"from": "legal-ops@x.com"},
    date="Mon, 16 Sep 2024 20:18:09 +0000",
    subject=f"Your report {R1} - decisions",
    reply_to_req=MID[R1],
    body=f"""
Hello,

We have finished reviewing the following items from your report.

Reported URL: <{X[6]}>
Decision: Withheld in: KR

Reported URL: <{X[7]}>
Decision: No violation found. The account does not break the X Rules or applicable local law; no action taken.

Reported URL: <{X[8]}>
Decision: Removed (violation of the X Rules)

If you disagree with a decision you may reply to this email with additional information.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X-style echoed report: each reported URL followed by its decision line",
    why="each decision follows its URL; 'No violation found ... no action taken' is a refusal with a reason",
    items={X[6]: "restricted", X[7]: "rejected", X[8]: "removed"},
)

case(
    name="x-promise-to-withhold",
    **{"from": "legal-ops@x.com"},
    date="Tue, 10 Sep 2024 13:09:44 +0000",
    subject=f"Re: [{R1}] Request to remove content",
    reply_to_req=MID[R1],
    body=f"""
Hello,

Thank you for your patience. {X[0]} and {X[1]} will be withheld in South Korea once our legal team has completed its assessment, which we expect by early next week.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="platform legal reply announcing a future action",
    why="'will be withheld once ...' is a promise with a condition, not a statement",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-bulk-all-twelve-withheld",
    **{"from": "legal-ops@x.com"},
    date="Thu, 19 Sep 2024 04:55:00 +0000",
    subject=f"Re: [{R1}] Request to remove content",
    reply_to_req=MID[R1],
    body=f"""
Hello,

All 12 URLs listed in your request {R1} have now been withheld in South Korea.

Regards,
X Legal
""",
    outcome="review", review="bulk",
    imitates="short bulk confirmation from a platform legal desk",
    why="one statement about all items of a 12-item request without naming any: bulk",
    items={u: "pending" for u in X},
)

case(
    name="x-dmarc-fail-removed",
    **{"from": "legal-ops@x.com"},
    auth="fail",
    date="Fri, 13 Sep 2024 21:40:02 +0000",
    subject=f"Re: [{R1}] Request to remove content",
    reply_to_req=MID[R1],
    body=f"""
Hello,

The post {X[2]} has been removed from X.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="status email whose x.com sender fails DKIM/SPF/DMARC",
    why="clear statement but the sender's authentication failed",
    items={X[2]: "pending"},
)

case(
    name="x-positions-without-list",
    **{"from": "legal-ops@x.com"},
    date="Wed, 18 Sep 2024 15:26:30 +0000",
    subject=f"Re: [{R1}] Request to remove content",
    body=f"""
Hello,

Regarding {R1}: the 4th and 7th URLs in your notice have been withheld in South Korea. The remaining URLs are still being reviewed.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="platform reply that refers to the request's items by their position only",
    why="positions refer to a list that is not in this email; a clerk must open the request to map them",
    items={X[3]: "pending", X[6]: "pending"},
)

case(
    name="x-html-table-contradicted-by-note",
    **{"from": "legal-ops@x.com"},
    date="Thu, 19 Sep 2024 02:10:48 +0000",
    subject=f"[{R1}] Case update",
    reply_to_req=MID[R1],
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Here is the status of the item reviewed today.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th><th>Country</th></tr>
<tr><td>{X[9]}</td><td>Withheld</td><td>KR</td></tr>
</table>
<p><b>Note from the reviewing agent:</b> after review, no action was taken on the post above, as it
does not violate the X Rules or Korean law.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="review", review="conflicting_statements",
    imitates="system-generated status table with a free-text agent note",
    why="the table says withheld, the note says no action was taken: a clerk cannot tell which is true",
    items={X[9]: "pending"},
)

case(
    name="x-out-of-office-quoting-request",
    **{"from": "min.park@x.com"},
    name_from="Min Park",
    date="Tue, 10 Sep 2024 01:00:12 +0000",
    subject=f"Automatic reply: [{R1}] Request to remove content",
    reply_to_req=MID[R1],
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""
I am out of the office until 23 September with limited access to email.
For urgent legal requests, please use https://help.x.com/forms/legal

Min

{quote(request_text(R1, X[:4]))}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply that quotes the incoming request",
    why="out-of-office auto-reply; the URLs are only in the quoted request",
    items={},
)

# ============================== YouTube (R2, 4 items) =====================

case(
    name="yt-html-table-corrected-by-note",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 07:33:20 +0000",
    subject=f"Re: [{R2}] Legal removal request",
    reply_to_req=MID[R2],
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>We've reviewed the content in your request {R2}. The results are below.</p>
<table border="1" cellpadding="4">
<tr><th>Video</th><th>Result</th></tr>
<tr><td>{Y[0]}</td><td>Removed</td></tr>
<tr><td>{Y[1]}</td><td>Blocked in KR</td></tr>
</table>
<p><i>Correction:</i> the entry for the first video should read "Age-restricted" rather than "Removed".
The video is still on YouTube but can only be watched by signed-in adult viewers.</p>
<p>The YouTube Legal Team</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal results table followed by a correction line",
    why="the note explicitly corrects the first row: age-restricted, i.e. restricted (arguable)",
    items={Y[0]: "restricted", Y[1]: "restricted"},
)

case(
    name="yt-refusal-news-report",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 10:05:49 +0000",
    subject=f"Re: [{R2}] Legal removal request",
    reply_to_req=MID[R2],
    body=f"""
Hello,

Thanks for contacting YouTube.

After careful review, we've decided not to take action on {Y[1]}. The video is a news report that documents the betting operation rather than promoting it, and it falls within the educational, documentary, scientific and artistic exception of our policies. It remains available on YouTube.

You can learn about our policies at https://support.google.com/youtube/answer/2801973

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube decision not to act on a video, with the EDSA reason",
    why="a refusal with its reason: rejected",
    items={Y[1]: "rejected"},
)

case(
    name="yt-mixed-statuses-one-sentence",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 02:14:07 +0000",
    subject=f"Re: [{R2}] Legal removal request",
    reply_to_req=MID[R2],
    body=f"""
Hello,

We've blocked {Y[0]} from view in South Korea and age-restricted {Y[2]}, and the channel {Y[3]} has been terminated for repeated violations of our spam, deceptive practices and scams policy.

The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome: local block, age restriction and channel termination",
    why="three statuses in one sentence: restricted, restricted, removed",
    items={Y[0]: "restricted", Y[2]: "restricted", Y[3]: "removed"},
)

QP_YT = f"""Hello,

We have reviewed your legal request {R2}.

Following our review, the following video has been blocked from view in South Korea under local law: {Y[1]}

The short {Y[2]} was no longer available when we reviewed it; the uploader had already deleted it, so no action was needed on our side.

Sincerely,
The YouTube Legal Team
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
"""

case(
    name="yt-quoted-printable-blocked-and-gone",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 05:48:31 +0000",
    subject=f"Re: [{R2}] Legal removal request",
    reply_to_req=MID[R2],
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(QP_YT),
    outcome="applied", classification="confirmation",
    imitates="Google legal removals outcome email (quoted-printable)",
    why="blocked in KR = restricted; already deleted by uploader = not_found ('no action was needed' does not make it a refusal)",
    items={Y[1]: "restricted", Y[2]: "not_found"},
)

case(
    name="yt-first-restricted-then-removed",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 03:29:15 +0000",
    subject=f"Re: [{R2}] Legal removal request - update",
    reply_to_req=MID[R2],
    body=f"""
Hello,

We initially restricted {Y[0]} in South Korea. After a further review by our policy team, the video has since been removed from YouTube globally for violating our Community Guidelines.

The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube update email where a later sentence supersedes the first action",
    why="the later sentence supersedes the first: removed",
    items={Y[0]: "removed"},
)

case(
    name="yt-hedged-maybe-deleted",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 12:40:00 +0000",
    subject=f"Re: [{R2}] Legal removal request",
    reply_to_req=MID[R2],
    body=f"""
Hello,

Our records suggest that {Y[1]} may have been removed by the uploader, but we have not been able to confirm this yet. We'll follow up once our review is complete.

The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim reply with an unconfirmed observation",
    why="'may have been removed ... not been able to confirm': a hedge, no status",
    items={Y[1]: "pending"},
)

case(
    name="yt-law-firm-for-uploader",
    **{"from": "j.seo@seorin-law.example"},
    name_from="Seo Jihoon (Seorin Law)",
    date="Mon, 16 Sep 2024 08:15:00 +0900",
    subject=f"{R2} - voluntary deletion by our client",
    body=f"""
Dear Sir or Madam,

We represent the operator of the YouTube channel {Y[3]}.

Our client voluntarily deleted the video {Y[0]} on 14 September 2024 and asks that request {R2} be closed as far as that video is concerned.

Yours faithfully,
Seo Jihoon
Attorney at law, Seorin Law Office
""",
    outcome="review", review="unknown_sender",
    imitates="letter from the uploader's lawyer claiming voluntary deletion",
    why="a statement about a requested item from a sender that is not the platform",
    items={Y[0]: "pending"},
)

case(
    name="yt-webform-announcement",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 00:00:05 +0000",
    subject="Changes to the way we receive legal removal requests",
    body="""
Hello,

From 1 November 2024, legal removal requests for YouTube from government agencies in Korea should be submitted through our dedicated webform rather than by email:
https://support.google.com/legal/troubleshooter/1114905

Requests already sent by email will still be processed.

The YouTube Legal Team
""",
    outcome="review", review="no_claims",
    imitates="platform notice about a new submission channel",
    why="trusted YouTube email naming no item and no request",
    items={},
)

case(
    name="yt-noreply-auto-response",
    **{"from": "legal-noreply@google.com"},
    name_from="Google Legal",
    date="Mon, 09 Sep 2024 01:41:02 +0000",
    subject=f"Re: [{R2}] Legal removal request",
    reply_to_req=MID[R2],
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This is an automated response. This address does not accept incoming messages, and your email has not been reviewed.

To report content for legal reasons, please use https://support.google.com/legal/answer/3110420

Google LLC
""",
    outcome="ignored", classification="auto_reply",
    imitates="Google no-reply mailbox auto-response",
    why="automatic response of an unmonitored mailbox",
    items={},
)

# ============================== Telegram (R3, R7) =========================

case(
    name="tg-blocked-and-not-blocked",
    **{"from": "abuse@telegram.org"},
    date="Wed, 11 Sep 2024 14:02:11 +0000",
    subject=f"Re: {R3}",
    reply_to_req=MID[R3],
    body=f"""
Hello,

The message {T[0]} has been blocked and is no longer accessible.

We did not block {T[1]}: after review, it does not violate the Telegram Terms of Service, so it stays up.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply with one block and one refusal",
    why="blocked globally = removed; 'did not block ... does not violate' is a refusal with its reason",
    items={T[0]: "removed", T[1]: "rejected"},
)

case(
    name="tg-bare-urls-status-below",
    **{"from": "abuse@telegram.org"},
    date="Thu, 12 Sep 2024 09:17:45 +0000",
    subject=f"Re: {R3}",
    reply_to_req=MID[R3],
    body=f"""
Hi,

t.me/amber_dock_deals/4417
-> blocked

t.me/pinefield_chat/9031
-> could not be removed: the message had already been deleted by the group admin

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="terse Telegram abuse-desk reply with bare links and a result under each",
    why="status lines sit under scheme-less URLs; 'could not be removed ... already deleted' is not_found",
    items={T[0]: "removed", T[2]: "not_found"},
)

case(
    name="tg-single-item-taken-down",
    **{"from": "abuse@telegram.org"},
    date="Sat, 14 Sep 2024 18:30:00 +0000",
    subject=f"Re: {R7}",
    reply_to_req=MID[R7],
    body="""
Hello,

The channel post you reported has been taken down.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="one-line Telegram abuse-desk confirmation",
    why="no URL, but the request has a single item and the email answers it",
    items={T4: "removed"},
)

case(
    name="tg-gmail-top-post-over-quote",
    **{"from": "abuse@telegram.org"},
    date="Fri, 13 Sep 2024 11:52:38 +0000",
    subject=f"Re: {R3}",
    reply_to_req=MID[R3],
    body=f"""
Hi,

t.me/amber_dock_deals/4417 was blocked today. We looked at t.me/amber_dock_deals/4420 as well and found nothing that breaks our rules, so it stays up.

Telegram Abuse Team

On Tue, 10 Sep 2024 at 09:15, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(request_text(R3, T))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply over the quoted request",
    why="two named statuses above the quote; the third URL appears only in the quoted request",
    items={T[0]: "removed", T[1]: "rejected", T[2]: "pending"},
)

case(
    name="tg-warning-with-condition",
    **{"from": "abuse@telegram.org"},
    date="Wed, 11 Sep 2024 08:44:20 +0000",
    subject=f"Re: {R3}",
    reply_to_req=MID[R3],
    body=f"""
Hello,

We have warned the admins of the channel about {T[1]}. If the post is still up after 24 hours, the channel will be blocked.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk reply describing a warning to channel admins",
    why="a warning and a conditional future block: no status",
    items={T[1]: "pending"},
)

case(
    name="tg-case-acknowledgement",
    **{"from": "abuse@telegram.org"},
    date="Tue, 10 Sep 2024 10:02:00 +0000",
    subject=f"Re: {R3}",
    reply_to_req=MID[R3],
    body="""
Hello,

Thank you for your report. It has been passed to our moderators.

Case #5583012

Telegram Abuse Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram abuse desk receipt with a case number",
    why="pure acknowledgement",
    items={},
)

DSN_REQ = request_text(R3, T)
case(
    name="dsn-request-to-telegram-bounced",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    date="Tue, 10 Sep 2024 09:16:02 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn606"

--=_dsn606
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@telegram.org>: host mail.telegram.org[203.0.113.25] said: 550 5.1.1
    <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--=_dsn606
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 10 Sep 2024 09:15:40 +0900

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--=_dsn606
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: {R3}
Message-ID: <{MID[R3]}@kcsc.example>
Date: Tue, 10 Sep 2024 09:15:00 +0900
Content-Type: text/plain; charset=utf-8

{DSN_REQ}

--=_dsn606--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our request",
    why="bounce of our own request; the URLs are in the returned message",
    items={},
)

# ============================== TikTok (R6, 1 item) =======================

case(
    name="tiktok-unavailable-in-korea",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Sat, 14 Sep 2024 06:20:00 +0000",
    subject=f"Re: {R6} - Report outcome",
    reply_to_req=MID[R6],
    body=f"""
Hello,

Following our review, the video {TK} is no longer viewable in South Korea. It remains available in other regions, as it does not breach our Community Guidelines.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok local-law restriction outcome",
    why="unavailable in Korea only = restricted; the 'does not breach our guidelines' clause explains why it stays up elsewhere",
    items={TK: "restricted"},
)

case(
    name="tiktok-refusal-reason",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Mon, 16 Sep 2024 03:10:00 +0000",
    subject=f"Re: {R6} - Report outcome",
    reply_to_req=MID[R6],
    body=f"""
Hello,

Thank you for your report. After review, we found that the video at {TK} does not violate our Community Guidelines or applicable Korean law, so it will remain available on TikTok.

If you have further information, for example a court decision, you can send it to us by replying to this email.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok 'no violation found' report outcome",
    why="refusal with its reason; 'will remain available' is the consequence, not a promise",
    items={TK: "rejected"},
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok Support",
    date="Thu, 12 Sep 2024 06:01:13 +0000",
    subject=f"We've received your request [{R6}] (Ticket 70311845)",
    reply_to_req=MID[R6],
    body="""
Hi,

Thanks for contacting TikTok. This is an automatic confirmation that we've received your request.

Ticket number: 70311845

Our team will review it and get back to you as soon as possible. Please don't reply to this email.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt",
    why="ticket receipt without any statement",
    items={},
)

# ============================== NAVER (R4, 5 items) =======================

case(
    name="naver-mixed-korean-sentence",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 고객센터",
    date="Thu, 12 Sep 2024 15:30:00 +0900",
    subject=f"[NAVER] {R4} 게시중단 요청 처리 결과 안내",
    reply_to_req=MID[R4],
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 게시물 중 {N[0]} 은 게시중단 조치하였고, {N[1]} 은 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

감사합니다.
네이버 권리보호센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 안내",
    why="한 문장에 게시중단(removed)과 작성자 삭제로 존재하지 않음(not_found)",
    items={N[0]: "removed", N[1]: "not_found"},
)

case(
    name="naver-html-table-three-results",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 고객센터",
    date="Fri, 13 Sep 2024 10:12:00 +0900",
    subject=f"[NAVER] {R4} 시정요구 조치결과 회신",
    reply_to_req=MID[R4],
    type="html",
    body=f"""
<html><body>
<p>안녕하세요. 네이버 권리보호센터입니다.</p>
<p>방송통신심의위원회 요청번호 {R4} 에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[2]}</td><td>임시조치</td><td>30일간 열람 제한</td></tr>
<tr><td>2</td><td>{N[3]}</td><td>삭제</td><td>-</td></tr>
<tr><td>3</td><td>{N[4].replace('&', '&amp;')}</td><td>조치 불가</td><td>운영정책 및 관련 법령 위반 사항이 확인되지 않음</td></tr>
</table>
<p>감사합니다.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table reply",
    why="임시조치 = restricted, 삭제 = removed, 조치 불가 with its reason = rejected",
    items={N[2]: "restricted", N[3]: "removed", N[4]: "rejected"},
)

case(
    name="naver-not-deleted-but-age-gated",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 고객센터",
    date="Mon, 16 Sep 2024 09:40:00 +0900",
    subject=f"[NAVER] {R4} 처리 결과 안내",
    reply_to_req=MID[R4],
    body=f"""
안녕하세요. 네이버 고객센터입니다.

{N[2]} 게시물은 삭제 대상에 해당하지 않아 삭제하지 않았으나, 청소년에게 유해한 내용이 포함되어 있어 성인 인증 후에만 열람할 수 있도록 제한하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply: not deleted, but age-gated (성인 인증 후 열람)",
    why="negated deletion followed by an age restriction: restricted",
    items={N[2]: "restricted"},
)

NAVER_B64 = f"""안녕하세요. 네이버 고객센터입니다.

요청번호 {R4} 관련하여 아래 게시물을 처리하였습니다.

- {N[0]} : 블라인드 처리
- {N[3]} : 비공개 처리

나머지 게시물은 검토가 끝나는 대로 별도로 안내드리겠습니다.

감사합니다.
"""

case(
    name="naver-base64-blind-and-private",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 고객센터",
    date="Sat, 14 Sep 2024 11:05:00 +0900",
    subject=f"[NAVER] {R4} 처리 결과 안내",
    reply_to_req=MID[R4],
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(NAVER_B64),
    outcome="applied", classification="confirmation",
    imitates="NAVER notice in base64 listing 블라인드 / 비공개 처리",
    why="블라인드 처리 and 비공개 처리 are both removed; the promise about the rest names nothing",
    items={N[0]: "removed", N[3]: "removed"},
)

case(
    name="naver-temp-measure-then-deleted-wrapped-url",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 고객센터",
    date="Wed, 18 Sep 2024 14:25:00 +0900",
    subject=f"[NAVER] {R4} 추가 처리 결과 안내",
    reply_to_req=MID[R4],
    body=f"""
안녕하세요. 네이버 고객센터입니다.

앞서 아래 게시물에 대해 임시조치(30일)를 안내드렸으나, 이후 게시자의
소명이 없어 해당 게시물은 삭제 처리되었습니다.

<https://m.blog.naver.com/PostView.naver?blogId=soyo_shop&
logNo=223590011234>

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up: 임시조치 later turned into deletion",
    why="the earlier 임시조치 is superseded by 삭제 처리; the URL is wrapped inside angle brackets",
    items={N[4]: "removed"},
)

case(
    name="naver-hedged-korean",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 고객센터",
    date="Tue, 17 Sep 2024 16:00:00 +0900",
    subject=f"[NAVER] {R4} 처리 현황 안내",
    reply_to_req=MID[R4],
    body=f"""
안녕하세요. 네이버 고객센터입니다.

{N[3]} 게시물은 확인 결과 이미 삭제된 것으로 보이나, 정확한 삭제 경위는 확인 중입니다. 확인되는 대로 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim status notice",
    why="'삭제된 것으로 보이나 ... 확인 중': a hedge, no status",
    items={N[3]: "pending"},
)

case(
    name="naver-search-exclusion-of-daum-post",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 고객센터",
    date="Fri, 13 Sep 2024 17:45:00 +0900",
    subject=f"[NAVER] {R5} 검색 결과 처리 안내",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청번호 {R5} 건으로 참조해 주신 다음 카페 게시물 {K[0]} 은 당사 서비스에 게시된 글이 아니어서 원문을 삭제할 수는 없으나, 네이버 검색 결과에서는 삭제 처리하였습니다.

원문 삭제는 해당 서비스 운영사에 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="portal reply about de-indexing another portal's post",
    why="NAVER states a removal (from its search results) about a Kakao item",
    items={K[0]: "pending"},
)

case(
    name="naver-read-receipt",
    **{"from": "jiwoo.han@navercorp.com"},
    name_from="한지우",
    date="Wed, 11 Sep 2024 13:02:10 +0900",
    subject=f"읽음 확인: [{R4}] 게시물 삭제 요청",
    reply_to_req=MID[R4],
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn606"

--=_mdn606
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[{R4}] 게시물 삭제 요청"을 수신자가 2024-09-11 13:02에 읽었습니다.

--=_mdn606
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com
Final-Recipient: rfc822; jiwoo.han@navercorp.com
Original-Message-ID: <{MID[R4]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn606--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean mail client read receipt (MDN)",
    why="read receipt",
    items={},
)

# ============================== Kakao (R5, 3 items) =======================

case(
    name="kakao-urls-with-korean-particles",
    **{"from": "report@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 10:30:00 +0900",
    subject=f"[카카오] {R5} 게시물 조치 결과",
    reply_to_req=MID[R5],
    body=f"""
안녕하세요, 카카오 고객센터입니다.

{K[0]}는 블라인드 처리되었으며, {K[1]}은(는) 게시자가 자진 삭제하여 현재 존재하지 않는 게시물입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 블라인드 처리 result notice",
    why="URLs followed directly by Korean particles; 블라인드 = removed, 자진 삭제로 존재하지 않음 = not_found",
    items={K[0]: "removed", K[1]: "not_found"},
)

case(
    name="kakao-raw-korean-path-access-blocked",
    **{"from": "report@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Sat, 14 Sep 2024 09:00:00 +0900",
    subject=f"[카카오] {R5} 티스토리 게시물 조치 결과",
    reply_to_req=MID[R5],
    body=f"""
안녕하세요, 카카오 고객센터입니다.

{K3_RAW} 게시물에 대하여 국내 접속 차단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory 접속 차단 result notice",
    why="raw Korean path matches the percent-encoded request URL; 국내 접속 차단 = restricted",
    items={K[2]: "restricted"},
)

case(
    name="kakao-bulk-all-deleted",
    **{"from": "report@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Mon, 16 Sep 2024 11:20:00 +0900",
    subject=f"[카카오] {R5} 조치 완료 안내",
    reply_to_req=MID[R5],
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청번호 {R5} 건의 게시물 전체에 대해 삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean portal bulk 조치 완료 notice",
    why="'게시물 전체' for a three-item request without naming each: bulk",
    items={u: "pending" for u in K},
)

case(
    name="kakao-out-of-office-korean",
    **{"from": "minseo.yoon@kakaocorp.com"},
    name_from="윤민서",
    date="Thu, 12 Sep 2024 14:21:30 +0900",
    subject=f"[자동회신] Re: [{R5}] 게시물 조치 요청",
    reply_to_req=MID[R5],
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body=f"""
안녕하세요. 윤민서입니다.

9월 12일부터 9월 20일까지 휴가로 부재중입니다.
급한 용무는 report@kakaocorp.com 으로 연락 부탁드립니다.

{quote(request_text(R5, [K[0], K3_RAW], "ko"))}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply quoting the request",
    why="out-of-office reply",
    items={},
)


def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 words, as mail clients send them."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = email.header.Header(v, "utf-8").encode()


def main():
    write_requests()
    for c in CASES:
        encode_headers(c)
    header = (
        "# Blind set 606 (what a program gets wrong): written from each email's meaning\n"
        "# before any run of the reader. Generated by make.py; do not edit by hand.\n"
    )
    corpuslib.write_set(HERE, "blind606", header, CASES)


if __name__ == "__main__":
    main()
