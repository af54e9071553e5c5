#!/usr/bin/env python3
"""Blind set 234: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by a note, statuses given by position ("items 1, 2 and 5",
"the former ... the latter").

    python3 tests/corpus/blind234/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml. The
expected results were written from each email's meaning alone, before any
run of the reader.
"""
import base64
import csv
from email.header import Header
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind234"

# ---------------------------------------------------------------- requests
KOREAN_SLUG = "바람길-후기"

T = {
    1: "https://t.me/mossy_lantern/114",
    2: "https://t.me/mossy_lantern/118",
    3: "https://t.me/gravel_orchard/7",
    4: "https://t.me/gravel_orchard/9",
    5: "https://t.me/ember_kiosk/2201",
    6: "https://t.me/ember_kiosk/2207",
    7: "https://t.me/pale_ferry",
    8: "https://t.me/hollow_sparrow/55",
    9: "https://t.me/hollow_sparrow/61",
    10: "https://t.me/quiet_tannery/3",
    11: "https://t.me/quiet_tannery/4",
    12: "https://t.me/nightly_ledger_kr/900",
}
X = {
    1: "https://x.com/birchwren_kr/status/1837004410000000011",
    2: "https://x.com/birchwren_kr/status/1837004410000000027",
    3: "https://x.com/tallow_hound/status/1836990000000000342",
    4: "https://x.com/tallow_hound",
    5: "https://x.com/minnow_press/status/1837012345000000508",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm3vT7pLx0a",
    2: "https://www.youtube.com/watch?v=bR8kZ2wNe4c",
    3: "https://www.youtube.com/shorts/Hw5jP9sUq1d",
    4: "https://www.youtube.com/@copperstile_tv",
}
N = {
    1: "https://blog.naver.com/moonpetal_88/223581100001",
    2: "https://cafe.naver.com/greyhollow/4412",
    3: "https://blog.naver.com/moonpetal_88/223581100045",
}
D = {
    1: "https://cafe.daum.net/stonebridge/Fk2q/318",
    2: "https://pinewhistle.tistory.com/entry/" + quote(KOREAN_SLUG),
    3: "https://cafe.daum.net/stonebridge/Fk2q/322",
}
D2_RAW = "https://pinewhistle.tistory.com/entry/" + KOREAN_SLUG
K1 = "https://www.tiktok.com/@inkmoth.kr/video/7412009988776655001"
Z1 = "https://x.com/sootfinch/status/1837100000000000777"

SENT = "2024-09-23T10:00:00+09:00"
DUE = "2024-09-30T18:00:00+09:00"
REQUESTS = [
    ("KCSC-240923-01", "telegram", "gambling", list(T.values()), "largest request"),
    ("KCSC-240923-02", "x", "defamation", list(X.values()), ""),
    ("KCSC-240923-03", "youtube", "harassment", list(Y.values()), ""),
    ("KCSC-240923-04", "naver", "obscenity", list(N.values()), ""),
    ("KCSC-240923-05", "daum", "privacy", list(D.values()), "Tistory post with Korean path"),
    ("KCSC-240923-06", "tiktok", "drugs", [K1], ""),
    ("KCSC-240923-07", "x", "defamation", [Z1], ""),
]


def req_mid(ref):
    return "req." + ref[5:].lower()  # req.240923-01


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, cat, urls, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, SENT, DUE, u, cat, req_mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- MIME helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def part(ctype, body, enc="8bit", extra=""):
    if enc == "quoted-printable":
        body = qp(body)
    elif enc == "base64":
        body = b64(body)
    head = f"Content-Type: {ctype}\nContent-Transfer-Encoding: {enc}\n"
    if extra:
        head += extra.rstrip("\n") + "\n"
    return head + "\n" + body.strip("\n") + "\n"


def multipart(subtype, boundary, parts, params=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.rstrip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def html_doc(inner):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            + inner.strip("\n") + "\n</body></html>\n")


# ---------------------------------------------------------------- senders
TG = "abuse@telegram.org"
XL = "legal-ops@x.com"
YT = "legal-support@youtube.com"
NV = "right-noreply@navercorp.com"
DM = "right-center@kakaocorp.com"
TT = "legal-notice@tiktok.com"


def subj(ref, platform):
    return f"Re: [{ref}] Request to remove illegal content on {platform}"


CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ APPLIED
case(
    name="tg-mixed-statuses-one-sentence",
    frm=TG, name_from="Telegram Abuse Team",
    date="Tue, 24 Sep 2024 08:14:02 +0000",
    subject=subj("KCSC-240923-01", "Telegram") + " - Case #4471902",
    reply_to_req=req_mid("KCSC-240923-01"),
    body=f"""
Hello,

Thank you for your report.

Having checked the links in your request, we blocked {T[1]} and {T[2]} for
promoting illegal gambling, while {T[3]} does not breach our Terms of
Service and stays available.

The other links in your request are still with our moderators.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply answering several links in one sentence",
    why="one sentence: two posts blocked (removed) and a third refused with its reason",
    items={T[1]: "removed", T[2]: "removed", T[3]: "rejected"},
)

case(
    name="tg-hedge-in-relative-clause",
    frm=TG, name_from="Telegram Support",
    date="Tue, 24 Sep 2024 11:40:51 +0000",
    subject="Re: Case #4471915 (your reference KCSC-240923-01)",
    reply_to_req=req_mid("KCSC-240923-01"),
    body=f"""
Hi,

Regarding Case #4471915 (your reference KCSC-240923-01):

The channel {T[7]}, which seems to have been deleted by its owner shortly
after your report, could not be found on our side.

The posts {T[8]} and {T[9]} were taken down today.

Best,
Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram support reply, free prose",
    why="the hedge 'seems to' only explains why; 'could not be found' is a plain statement (not_found); two posts taken down",
    items={T[7]: "not_found", T[8]: "removed", T[9]: "removed"},
)

case(
    name="tg-hedge-on-one-line-of-list",
    frm=TG, name_from="Telegram Abuse Team",
    date="Wed, 25 Sep 2024 02:03:17 +0000",
    subject=subj("KCSC-240923-01", "Telegram"),
    reply_to_req=req_mid("KCSC-240923-01"),
    body=f"""
Dear KCSC team,

Follow-up on KCSC-240923-01:

- {T[10]} - removed
- {T[11]} - removed
- {T[12]} - this post may already have been removed by the channel's
  admins; we will confirm once our check is complete.

Regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk bulleted result list",
    why="two lines are plain 'removed'; the third is a hedge plus a promise and stays pending",
    items={T[10]: "removed", T[11]: "removed", T[12]: "pending"},
)

case(
    name="tg-negation-then-contrast",
    frm=TG, name_from="Telegram Abuse",
    date="Wed, 25 Sep 2024 07:22:45 +0000",
    subject=subj("KCSC-240923-01", "Telegram") + " - Case #4471920",
    reply_to_req=req_mid("KCSC-240923-01"),
    body=f"""
Hello,

We did not remove {T[5]}: it is a repost of a news article about the
police crackdown on betting sites and does not break our rules.

By contrast, {T[6]} advertised an unlicensed betting site and was removed.

Telegram Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with a refusal and its reason",
    why="'did not remove ... does not break our rules' is a refusal (rejected), not a removal; the next sentence removes the other post",
    items={T[5]: "rejected", T[6]: "removed"},
)

case(
    name="tg-correction-revises-earlier-line",
    frm=TG, name_from="Telegram Abuse Team",
    date="Wed, 25 Sep 2024 13:51:09 +0000",
    subject="Update on your reference KCSC-240923-01 (Case #4471930)",
    reply_to_req=req_mid("KCSC-240923-01"),
    body=f"""
Hello,

We have blocked {T[3]} and {T[4]}.

Correction to the line above: {T[4]} was not blocked globally. It has
been made unavailable to users in South Korea only, under local law, and
remains visible in other countries.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply followed by a correction paragraph",
    why="the correction revises gravel_orchard/9 from blocked to blocked in Korea only (restricted); /7 stays removed",
    items={T[3]: "removed", T[4]: "restricted"},
)

_tg_csv = f"""link,decision,comment
{T[1]},blocked,gambling promotion
{T[2]},blocked,gambling promotion
{T[5]},no action,no violation of ToS
{T[7]},not found,channel does not exist
"""
case(
    name="tg-csv-attachment-results",
    frm="dsa@telegram.org", name_from="Telegram DSA Team",
    date="Thu, 26 Sep 2024 04:30:00 +0000",
    subject="Results for your report KCSC-240923-01 - Case #4471941",
    reply_to_req=req_mid("KCSC-240923-01"),
    raw_mime=multipart("mixed", "=_tg_b234_csv_01", [
        part("text/plain; charset=utf-8", """
Hello,

Please find attached the decisions taken so far on your report
KCSC-240923-01. Links that are not in the file are still being reviewed.

Telegram DSA Team
"""),
        part("text/csv; charset=utf-8; name=\"case_4471941.csv\"", _tg_csv, "base64",
             "Content-Disposition: attachment; filename=\"case_4471941.csv\""),
    ]),
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA team reply with a CSV export of decisions",
    why="CSV rows: two blocked, one 'no action / no violation' (rejected), one channel that does not exist (not_found)",
    items={T[1]: "removed", T[2]: "removed", T[5]: "rejected", T[7]: "not_found"},
)

case(
    name="tg-statuses-by-item-number",
    frm=TG, name_from="Telegram Abuse Team",
    date="Thu, 26 Sep 2024 09:12:33 +0000",
    subject=subj("KCSC-240923-01", "Telegram"),
    reply_to_req=req_mid("KCSC-240923-01"),
    body=f"""
Hello,

Your report of 23 September (KCSC-240923-01) listed these five posts, in
this order:

1. {T[8]}
2. {T[9]}
3. {T[10]}
4. {T[11]}
5. {T[12]}

Outcome: items 1, 2 and 5 were blocked. Item 3 does not violate our Terms
of Service, so no action was taken on it. Item 4 could not be found; the
post does not exist.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply that numbers the reported links and answers by number",
    why="statuses given by position: numbers 1, 2, 5 blocked, 3 refused, 4 does not exist",
    items={T[8]: "removed", T[9]: "removed", T[12]: "removed", T[10]: "rejected", T[11]: "not_found"},
)

case(
    name="tg-url-then-status-below",
    frm=TG, name_from="Telegram Abuse Team",
    date="Fri, 27 Sep 2024 01:05:40 +0000",
    subject="Results: KCSC-240923-01",
    reply_to_req=req_mid("KCSC-240923-01"),
    body=f"""
Results for KCSC-240923-01:

{T[5]}
Status: blocked

{T[6]}
Status: blocked

{T[12]}
Status: no violation found - not actioned

--
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system export: bare URL, status on the next line",
    why="each bare URL takes the status on the line below it",
    items={T[5]: "removed", T[6]: "removed", T[12]: "rejected"},
)

case(
    name="tg-receipt-with-results",
    frm=TG, name_from="Telegram Abuse Team",
    date="Tue, 24 Sep 2024 02:20:11 +0000",
    subject="Your report has been received [KCSC-240923-01]",
    reply_to_req=req_mid("KCSC-240923-01"),
    body=f"""
Thank you for your report. Your ticket number is #TG-88120443.

The following links have already been blocked:
{T[1]}
{T[2]}

We are still reviewing the remaining links in your request and will get
back to you.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt that also carries the first results",
    why="a receipt phrase plus unhedged 'have already been blocked' for two links is not a pure acknowledgement",
    items={T[1]: "removed", T[2]: "removed"},
)

case(
    name="tg-echoed-report-outcome",
    frm=TG, name_from="Telegram",
    date="Fri, 27 Sep 2024 06:44:19 +0000",
    subject="Telegram - report outcome (KCSC-240923-01)",
    reply_to_req=req_mid("KCSC-240923-01"),
    body=f"""
Telegram - Report outcome

You reported: {T[10]}
Reason you gave: illegal gambling
Our decision: the post has been blocked.

You reported: {T[11]}
Reason you gave: illegal gambling
Our decision: after review, this post does not break Telegram's Terms of
Service. No action taken.

You can read more about how we moderate content at
https://telegram.org/moderation
""",
    outcome="applied", classification="confirmation",
    imitates="report-outcome notice that echoes each report before the decision",
    why="each echoed report is followed by its own decision; the moderation page is no item",
    items={T[10]: "removed", T[11]: "rejected"},
)

case(
    name="tg-statement-then-url-below",
    frm=TG, name_from="Telegram Abuse Team",
    date="Mon, 30 Sep 2024 03:10:00 +0000",
    subject=subj("KCSC-240923-01", "Telegram") + " - Case #4471977",
    reply_to_req=req_mid("KCSC-240923-01"),
    body=f"""
Hello,

The following channel has been blocked for all users:
{T[7]}

The following post had already been deleted by its author before we
looked at it:
{T[9]}

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply with the URL on the line after its statement",
    why="statement first, URL on the next line: channel blocked (removed), post deleted by its author (not_found)",
    items={T[7]: "removed", T[9]: "not_found"},
)

case(
    name="x-refusal-with-reason",
    frm=XL, name_from="X Legal",
    date="Wed, 25 Sep 2024 17:02:12 +0000",
    subject=subj("KCSC-240923-02", "X"),
    reply_to_req=req_mid("KCSC-240923-02"),
    body=f"""
Hello,

Thank you for your report regarding {X[5]} (your reference KCSC-240923-02).

We have reviewed the reported post carefully. It is commentary on a matter
of public interest, and we did not find that it violates the X Rules or the
Korean law cited in your request. For this reason, X is not taking action
on the post at this time.

If you obtain a court order, you may submit it through
https://help.x.com/en/forms/legal-request.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome declining action with a reason",
    why="refusal with its reason: rejected; the help form link is not an item",
    items={X[5]: "rejected"},
)

_x_table_update = f"""
<p>Hello,</p>
<p>Below is the status of the items in your request KCSC-240923-02.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td>{X[1]}</td><td>Withheld in KR</td></tr>
<tr><td>{X[5]}</td><td>Under review</td></tr>
</table>
<p><b>Update (27 September):</b> since this table was generated, the post
{X[5]} has also been withheld in South Korea.</p>
<p>X Legal Operations</p>
"""
case(
    name="x-note-updates-table-row",
    frm=XL, name_from="X Legal Operations",
    date="Fri, 27 Sep 2024 09:30:41 +0000",
    subject=subj("KCSC-240923-02", "X"),
    reply_to_req=req_mid("KCSC-240923-02"),
    raw_mime=multipart("alternative", "=_x_b234_tbl_01", [
        part("text/html; charset=utf-8", html_doc(_x_table_update), "quoted-printable"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="X legal operations status table with a dated update note",
    why="the dated update below the table revises 'Under review' to withheld in KR (restricted)",
    items={X[1]: "restricted", X[5]: "restricted"},
)

case(
    name="x-angle-brackets-wrapped",
    frm=XL, name_from="X Support",
    date="Sat, 28 Sep 2024 02:15:06 +0000",
    subject=subj("KCSC-240923-02", "X"),
    reply_to_req=req_mid("KCSC-240923-02"),
    body="""
Hello KCSC,

Regarding KCSC-240923-02: the post
<https://x.com/birchwren_kr/status/1837004410000000027> is now withheld
in South Korea, and <https://x.com/minnow_press/status/
1837012345000000508> has been removed for violating the X Rules.

Thanks,
X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X support reply with URLs in angle brackets, one wrapped by the mailer",
    why="the wrapped URL inside angle brackets is one URL (RFC 3986 appendix C); withheld in KR and removed",
    items={X[2]: "restricted", X[5]: "removed"},
)

case(
    name="x-outlook-top-post-over-request",
    frm="minseo.k@x.com", name_from="Min-seo K.",
    date="Mon, 30 Sep 2024 08:47:22 +0000",
    subject="RE: [KCSC-240923-02] Request to remove illegal content",
    reply_to_req=req_mid("KCSC-240923-02"),
    body=f"""
Hello,

{X[4]} has been withheld in South Korea. The other items in your request
are still under review.

Kind regards,
Min-seo
X Legal Operations

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 23, 2024 10:00 AM
To: legal@x.com
Subject: [KCSC-240923-02] Request to remove illegal content

Please remove the following content under KCSC-240923-02:
1. {X[1]}
2. {X[2]}
3. {X[3]}
4. {X[4]}
5. {X[5]}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply by an X employee over our request",
    why="only the account above the quoted request is withheld in KR; quoted request lines change nothing",
    items={X[4]: "restricted", X[1]: "pending", X[2]: "pending", X[3]: "pending", X[5]: "pending"},
)

case(
    name="x-single-item-refusal-no-url",
    frm="support@x.com", name_from="X Support",
    date="Thu, 26 Sep 2024 12:00:59 +0000",
    subject=subj("KCSC-240923-07", "X"),
    reply_to_req=req_mid("KCSC-240923-07"),
    body="""
Hello,

We reviewed the post you reported and found that it does not violate the
X Rules, so we will not be taking action on it.

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X support outcome for a single reported post",
    why="the only statement answers a one-item request; 'will not be taking action' is a refusal, not a promise",
    items={Z1: "rejected"},
)

case(
    name="yt-mixed-three-in-one-sentence",
    frm=YT, name_from="YouTube Legal Support",
    date="Wed, 25 Sep 2024 05:18:30 +0000",
    subject=subj("KCSC-240923-03", "YouTube"),
    reply_to_req=req_mid("KCSC-240923-03"),
    body=f"""
Hi,

Thanks for your request (KCSC-240923-03). We've removed {Y[1]} for violating
our Community Guidelines and blocked {Y[2]} from view in South Korea based
on local law, but {Y[3]} doesn't violate our policies and remains available.

The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome in one sentence",
    why="three statuses in one sentence: removed, blocked in Korea (restricted), refused",
    items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected"},
)

case(
    name="yt-actioned-and-not-actioned",
    frm="legal-notices@google.com", name_from="Google Legal Support",
    date="Thu, 26 Sep 2024 07:41:02 +0000",
    subject=subj("KCSC-240923-03", "YouTube"),
    reply_to_req=req_mid("KCSC-240923-03"),
    body=f"""
Hello,

After reviewing your request, we have taken the following actions:

- {Y[3]} has been age-restricted.
- {Y[4]} has been actioned under our policies.
- {Y[2]} has not been actioned, as we did not find a violation of our
  policies or of local law.

Regards,
Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal outcome list",
    why="age-restricted; 'actioned under our policies' (configured removed phrase); 'has not been actioned' with a reason is a refusal",
    items={Y[3]: "restricted", Y[4]: "removed", Y[2]: "rejected"},
)

case(
    name="yt-gmail-top-post-over-quote",
    frm=YT, name_from="YouTube Legal Support",
    date="Thu, 26 Sep 2024 23:05:14 +0000",
    subject=subj("KCSC-240923-03", "YouTube"),
    reply_to_req=req_mid("KCSC-240923-03"),
    body=f"""
Hello,

The video {Y[2]} has been removed from YouTube.

Regards,
Legal Support

On Mon, Sep 23, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube,
> Please remove the following content under KCSC-240923-03:
> {Y[1]}
> {Y[2]}
> {Y[3]}
> {Y[4]}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style reply above the quoted request",
    why="only the video named above the quote is removed; quoted lines are our own request",
    items={Y[2]: "removed"},
)

_yt_html = f"""
<p>Hello,</p>
<p>Thank you for your report (KCSC-240923-03). After review, we have blocked
access to the following content in South Korea:</p>
<ul><li><a href="{Y[1]}">{Y[1]}</a></li></ul>
<p>The following content has been removed from YouTube:</p>
<ul><li><a href="{Y[3]}">{Y[3]}</a></li></ul>
<p>We have not taken action on the following content, as it does not
violate our policies:</p>
<ul><li><a href="{Y[4]}">{Y[4]}</a></li></ul>
<p>Learn more: <a href="https://support.google.com/youtube/answer/2802032">YouTube
Community Guidelines</a></p>
<p>The YouTube Team</p>
"""
case(
    name="yt-qp-html-heading-lists",
    frm=YT, name_from="YouTube",
    date="Fri, 27 Sep 2024 10:20:45 +0000",
    subject=subj("KCSC-240923-03", "YouTube"),
    reply_to_req=req_mid("KCSC-240923-03"),
    raw_mime=multipart("alternative", "=_yt_b234_qp_01", [
        part("text/html; charset=utf-8", html_doc(_yt_html), "quoted-printable"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="YouTube HTML outcome notice with a list under each heading",
    why="headings apply to their lists: blocked in KR, removed, 'not taken action ... does not violate' (rejected)",
    items={Y[1]: "restricted", Y[3]: "removed", Y[4]: "rejected"},
)

case(
    name="yt-former-and-latter",
    frm=YT, name_from="YouTube Legal Support",
    date="Mon, 30 Sep 2024 06:00:03 +0000",
    subject=subj("KCSC-240923-03", "YouTube"),
    reply_to_req=req_mid("KCSC-240923-03"),
    body=f"""
Hello,

Regarding the two videos you flagged, {Y[1]} and {Y[2]}: the former has
been removed for violating our harassment policy, and the latter has been
restricted in South Korea.

Best regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube support reply answering by 'the former / the latter'",
    why="statuses by position: the former (first URL) removed, the latter (second URL) restricted in Korea",
    items={Y[1]: "removed", Y[2]: "restricted"},
)

case(
    name="naver-korean-particles-mixed",
    frm=NV, name_from="NAVER 권리보호센터",
    date="Wed, 25 Sep 2024 01:30:00 +0000",
    subject="[NAVER] 게시물 조치 결과 안내 (KCSC-240923-04)",
    reply_to_req=req_mid("KCSC-240923-04"),
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240923-04)의 처리 결과를 알려드립니다.

{N[1]} 게시물은 게시중단 조치하였고, {N[2]}는 30일간 임시조치되었습니다.
{N[3]}（작성자 삭제）는 이미 삭제되어 존재하지 않는 게시물입니다.

감사합니다.
네이버 권리보호센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단/임시조치 결과 안내",
    why="게시중단 (removed), 임시조치 (restricted) with a particle stuck to the URL, author-deleted post (not_found) before full-width brackets",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found"},
)

case(
    name="naver-korean-refusal-negated",
    frm=NV, name_from="NAVER 권리보호센터",
    date="Thu, 26 Sep 2024 02:45:10 +0000",
    subject="Re: [KCSC-240923-04] 불법정보 삭제 요청",
    reply_to_req=req_mid("KCSC-240923-04"),
    body=f"""
요청번호 KCSC-240923-04 관련하여 회신드립니다.

- {N[2]} : 검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않아
  게시중단 조치를 하지 않았습니다.
- {N[3]} : 블라인드 처리되었습니다.

문의사항은 네이버 고객센터(https://help.naver.com)로 연락 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 회신 (거부 사유 포함)",
    why="'게시중단 조치를 하지 않았습니다' with its reason is a refusal (rejected), not 게시중단; 블라인드 is removed",
    items={N[2]: "rejected", N[3]: "removed"},
)

_nv_table = f"""
<p>방송통신심의위원회 귀중</p>
<p>시정요구(KCSC-240923-04)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>2024-09-26</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>접속차단(국내)</td><td>2024-09-26</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>해당 게시물 없음</td><td>-</td></tr>
</table>
<p>네이버 주식회사 정책지원팀</p>
"""
case(
    name="naver-correction-result-table-b64",
    frm="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Fri, 27 Sep 2024 00:12:40 +0000",
    subject="[회신] 시정요구 조치결과 (KCSC-240923-04)",
    reply_to_req=req_mid("KCSC-240923-04"),
    raw_mime=multipart("alternative", "=_nv_b234_tbl_01", [
        part("text/html; charset=utf-8", html_doc(_nv_table), "base64"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 회신 table (base64 HTML)",
    why="table: 삭제 (removed), 접속차단(국내) (restricted), 해당 게시물 없음 (not_found)",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found"},
)

case(
    name="daum-korean-correction",
    frm=DM, name_from="카카오 권리보호센터",
    date="Thu, 26 Sep 2024 05:55:00 +0000",
    subject="[카카오] 게시물 처리 결과 안내 (KCSC-240923-05)",
    reply_to_req=req_mid("KCSC-240923-05"),
    body=f"""
안녕하세요. 카카오 권리보호센터입니다.

요청하신 게시물 {D[1]}, {D[3]} 두 건 모두 블라인드 처리하였습니다.

[정정 안내] 위 안내 중 {D[3]} 게시물은 블라인드가 아닌 30일 임시조치로
처리되었습니다. 혼선을 드려 죄송합니다.

카카오 권리보호센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum/Kakao 블라인드 처리 안내 with a 정정 안내 paragraph",
    why="the correction turns 322 from 블라인드 (removed) into 임시조치 (restricted); 318 stays removed",
    items={D[1]: "removed", D[3]: "restricted"},
)

case(
    name="daum-tistory-korean-path-b64",
    frm=DM, name_from="카카오 권리보호센터",
    date="Fri, 27 Sep 2024 03:21:37 +0000",
    subject="[카카오] 티스토리 게시물 처리 결과 (KCSC-240923-05)",
    reply_to_req=req_mid("KCSC-240923-05"),
    raw_mime=part("text/plain; charset=utf-8", f"""
안녕하세요. 카카오 권리보호센터입니다.

요청하신 {D2_RAW} 게시물은 비공개 처리되었습니다.
나머지 게시물은 현재 검토 중이며, 결과가 나오는 대로 다시 안내드리겠습니다.

감사합니다.
""", "base64"),
    outcome="applied", classification="confirmation",
    imitates="Kakao/Tistory 비공개 처리 안내 (base64 body, raw Korean path)",
    why="raw Korean path matches the percent-encoded request URL; 비공개 처리 is removed; the rest only 'under review'",
    items={D[2]: "removed"},
)

case(
    name="tiktok-single-item-sole",
    frm=TT, name_from="TikTok Trust and Safety",
    date="Wed, 25 Sep 2024 14:08:26 +0000",
    subject=subj("KCSC-240923-06", "TikTok"),
    reply_to_req=req_mid("KCSC-240923-06"),
    body="""
Hello,

Thank you for your report (reference KCSC-240923-06). We reviewed the video
you reported and removed it for violating our Community Guidelines.

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome for a single video",
    why="the only statement, naming no URL, answers a one-item request: removed",
    items={K1: "removed"},
)

# ================================================================ REVIEW
case(
    name="tg-promises-only",
    frm=TG, name_from="Telegram Abuse Team",
    date="Tue, 24 Sep 2024 04:00:12 +0000",
    subject=subj("KCSC-240923-01", "Telegram"),
    reply_to_req=req_mid("KCSC-240923-01"),
    body=f"""
Hello,

We will block {T[1]} and {T[2]} within 24 hours, and {T[3]} will be
reviewed by our moderators.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk reply that only promises action",
    why="promises are not statements; the items stay pending",
    items={T[1]: "pending", T[2]: "pending", T[3]: "pending"},
)

case(
    name="yt-hedge-relative-and-under-review",
    frm=YT, name_from="YouTube Legal Support",
    date="Tue, 24 Sep 2024 15:33:48 +0000",
    subject=subj("KCSC-240923-03", "YouTube"),
    reply_to_req=req_mid("KCSC-240923-03"),
    body=f"""
Hi,

The video {Y[1]}, which may have been removed by the uploader already, is
being checked by our team, and {Y[3]} is under review.

We'll follow up once we have an outcome.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim status reply",
    why="'removed' sits inside a hedged relative clause; the main clauses say 'being checked' and 'under review'",
    items={Y[1]: "pending", Y[3]: "pending"},
)

case(
    name="naver-korean-promise",
    frm=NV, name_from="NAVER 권리보호센터",
    date="Tue, 24 Sep 2024 06:10:00 +0000",
    subject="Re: [KCSC-240923-04] 불법정보 삭제 요청",
    reply_to_req=req_mid("KCSC-240923-04"),
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

{N[1]}, {N[2]} 게시물에 대해서는 내부 검토 후 게시중단 조치될 예정입니다.
검토 결과는 추후 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER 처리 예정 안내",
    why="'조치될 예정입니다' is a promise after an internal review; nothing has happened yet",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="x-bulk-all-withheld",
    frm=XL, name_from="X Legal",
    date="Tue, 01 Oct 2024 02:00:00 +0000",
    subject=subj("KCSC-240923-02", "X"),
    reply_to_req=req_mid("KCSC-240923-02"),
    body="""
Hello,

We've completed our review of KCSC-240923-02. All of the reported posts
have been withheld in South Korea.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal outcome covering a whole request",
    why="a statement about all items of a five-item request without naming any",
    items={X[1]: "pending", X[2]: "pending", X[3]: "pending", X[4]: "pending", X[5]: "pending"},
)

case(
    name="daum-korean-bulk",
    frm=DM, name_from="카카오 권리보호센터",
    date="Mon, 30 Sep 2024 01:40:00 +0000",
    subject="[카카오] 처리 완료 안내 (KCSC-240923-05)",
    reply_to_req=req_mid("KCSC-240923-05"),
    body="""
안녕하세요. 카카오 권리보호센터입니다.

KCSC-240923-05 건으로 요청하신 게시물은 모두 삭제 조치 완료되었습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Kakao 처리 완료 안내 for a whole request",
    why="'모두 삭제' for a three-item request without naming the posts",
    items={D[1]: "pending", D[2]: "pending", D[3]: "pending"},
)

case(
    name="tg-dmarc-fail-statement",
    frm=TG, name_from="Telegram Abuse Team", auth="fail",
    date="Tue, 24 Sep 2024 19:02:55 +0000",
    subject=subj("KCSC-240923-01", "Telegram"),
    reply_to_req=req_mid("KCSC-240923-01"),
    body=f"""
Hello,

{T[1]} and {T[6]} have been blocked.

Telegram Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="Telegram-looking reply failing DMARC",
    why="clear statements, but the telegram.org From fails authentication",
    items={T[1]: "pending", T[6]: "pending"},
)

case(
    name="unknown-sender-channel-admin",
    frm="gravelorchard.admin@gmail.com", name_from="Gravel Orchard admin",
    date="Wed, 25 Sep 2024 10:10:10 +0000",
    subject="About your request KCSC-240923-01",
    body=f"""
Hello,

I run the channel gravel_orchard. Telegram told me about your request, so I
deleted {T[3]} and {T[4]} myself this morning.

Please remove my channel from your list.
""",
    outcome="review", review="unknown_sender",
    imitates="a channel owner writing from a webmail address",
    why="a statement about requested items from a sender outside every platform's domains",
    items={T[3]: "pending", T[4]: "pending"},
)

case(
    name="naver-about-daum-post",
    frm=NV, name_from="NAVER 권리보호센터",
    date="Thu, 26 Sep 2024 08:08:08 +0000",
    subject="Re: 게시물 삭제 요청 (KCSC-240923-05)",
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

요청하신 {D[1]} 게시물은 네이버에서 확인되지 않습니다.
해당 URL은 네이버가 운영하는 서비스가 아니므로 해당 서비스 운영사에 문의해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER reply to a request meant for another portal",
    why="NAVER states 'not found' for a Daum cafe post: another platform's item",
    items={D[1]: "pending"},
)

case(
    name="tg-policy-notice-no-claims",
    frm="dsa@telegram.org", name_from="Telegram DSA Team",
    date="Thu, 26 Sep 2024 16:00:00 +0000",
    subject="How to submit reports to Telegram",
    body="""
Hello,

Please note that reports about illegal content should now be submitted
through our form at https://telegram.org/dsa-report. Reports sent to this
address may take longer to process.

For questions about our moderation, see https://telegram.org/faq#moderation.

Telegram DSA Team
""",
    outcome="review", review="no_claims",
    imitates="Telegram notice about its reporting channel",
    why="trusted platform mail naming no item and no request; the links are Telegram's own pages",
    items={},
)

_x_conflict = f"""
<p>Hello,</p>
<p>Result for KCSC-240923-02:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>URL</th><th>Action taken</th></tr>
<tr><td>{X[2]}</td><td>Removed</td></tr>
</table>
<p>Note from the reviewer: {X[2]} was assessed as not violating the X Rules
and remains available.</p>
<p>X Legal Operations</p>
"""
case(
    name="x-table-contradicted-by-note",
    frm=XL, name_from="X Legal Operations",
    date="Tue, 01 Oct 2024 07:25:31 +0000",
    subject=subj("KCSC-240923-02", "X"),
    reply_to_req=req_mid("KCSC-240923-02"),
    raw_mime=multipart("alternative", "=_x_b234_tbl_02", [
        part("text/plain; charset=utf-8", f"""
Hello,

Result for KCSC-240923-02:

URL                                                     Action taken
{X[2]}  Removed

Note from the reviewer: {X[2]} was assessed as not violating the X Rules
and remains available.

X Legal Operations
"""),
        part("text/html; charset=utf-8", html_doc(_x_conflict), "quoted-printable"),
    ]),
    outcome="review", review="conflicting_statements",
    imitates="X status table with a reviewer's note that says the opposite",
    why="table says removed, the note says not violating and still available, with nothing saying which is later",
    items={X[2]: "pending"},
)

case(
    name="yt-asks-for-law-and-timestamps",
    frm=YT, name_from="YouTube Legal Support",
    date="Wed, 25 Sep 2024 21:47:00 +0000",
    subject=subj("KCSC-240923-03", "YouTube"),
    reply_to_req=req_mid("KCSC-240923-03"),
    body=f"""
Hello,

Before we can act on {Y[3]} and {Y[4]}, we need more information. Please
tell us which provision of Korean law the content violates and, for the
channel, the specific videos and timestamps concerned.

You can reply to this email with the details.

YouTube Legal Support
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="YouTube legal team asking for legal basis and timestamps",
    why="the platform asks for more information before acting",
    items={Y[3]: "pending", Y[4]: "pending"},
)

case(
    name="yt-not-yet-removed-escalated",
    frm=YT, name_from="YouTube Legal Support",
    date="Sat, 28 Sep 2024 04:04:04 +0000",
    subject=subj("KCSC-240923-03", "YouTube"),
    reply_to_req=req_mid("KCSC-240923-03"),
    body=f"""
Hello,

We have not yet removed {Y[3]} or {Y[4]}; both have been escalated to our
policy specialists, and we will update you when a decision is made.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube escalation notice",
    why="'not yet removed' is neither removed nor a refusal: escalated, still pending",
    items={Y[3]: "pending", Y[4]: "pending"},
)

# ================================================================ IGNORED
case(
    name="tg-out-of-office",
    frm="ilya.v@telegram.org", name_from="Ilya V.",
    date="Mon, 23 Sep 2024 01:02:10 +0000",
    subject="Automatic reply: [KCSC-240923-01] Request to remove illegal content on Telegram",
    reply_to_req=req_mid("KCSC-240923-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your message. I am out of the office until 1 October with
limited access to email. Abuse reports are handled by abuse@telegram.org.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="an out-of-office reply states nothing about items",
    items={},
)

case(
    name="naver-ooo-korean-with-quote",
    frm="jiyoon.park@navercorp.com", name_from="박지윤",
    date="Mon, 23 Sep 2024 01:05:00 +0000",
    subject="[자동응답] 부재중입니다 - Re: [KCSC-240923-04] 불법정보 삭제 요청",
    reply_to_req=req_mid("KCSC-240923-04"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
안녕하세요. 9월 30일까지 휴가로 부재중입니다.
급한 용무는 정책지원팀(policy@navercorp.com)으로 연락 부탁드립니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Subject: [KCSC-240923-04] 불법정보 삭제 요청

아래 게시물의 삭제를 요청합니다.
{N[1]}
{N[2]}
{N[3]}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답 quoting the original request",
    why="an auto-reply; the URLs are only in our quoted request",
    items={},
)

_dsn_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal@x.com
Subject: [KCSC-240923-02] Reminder: request to remove illegal content
Date: Mon, 30 Sep 2024 10:00:00 +0900
Message-ID: <reminder.240923-02.1@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear X,

The following items of KCSC-240923-02 are still online:
{X[1]}
{X[3]}
"""
case(
    name="dsn-reminder-to-x",
    frm="MAILER-DAEMON@mail.x.com", name_from="Mail Delivery System",
    date="Mon, 30 Sep 2024 01:00:07 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report", "=_dsn_b234_01", [
        part("text/plain; charset=us-ascii", """
This is the mail system at host mail.x.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@x.com>: host store3.x.com[203.0.113.25] said: 550 5.1.1 mailbox
    unavailable: user unknown (in reply to RCPT TO command)
"""),
        part("message/delivery-status", """
Reporting-MTA: dns; mail.x.com
Arrival-Date: Mon, 30 Sep 2024 10:00:00 +0900

Final-Recipient: rfc822; legal@x.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; store3.x.com
Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable: user unknown
""", "7bit"),
        part("message/rfc822", _dsn_orig),
    ], params='; report-type=delivery-status'),
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification from the platform's relay",
    why="a bounce of our own reminder; the URLs are only in the returned message",
    items={},
)

case(
    name="tiktok-read-receipt",
    frm="kr-legal@tiktok.com", name_from="TikTok Legal KR",
    date="Mon, 23 Sep 2024 03:15:00 +0000",
    subject="Read: [KCSC-240923-06] Request to remove illegal content on TikTok",
    reply_to_req=req_mid("KCSC-240923-06"),
    raw_mime=multipart("report", "=_mdn_b234_01", [
        part("text/plain; charset=utf-8", """
Your message

  To: kr-legal@tiktok.com
  Subject: [KCSC-240923-06] Request to remove illegal content on TikTok
  Sent: Monday, 23 September 2024 10:00 (UTC+09:00)

was read on Monday, 23 September 2024 12:14 (UTC+09:00).
"""),
        part("message/disposition-notification", f"""
Reporting-UA: tiktok.com; Microsoft Exchange Server
Final-Recipient: rfc822; kr-legal@tiktok.com
Original-Message-ID: <{req_mid('KCSC-240923-06')}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
""", "7bit"),
    ], params='; report-type=disposition-notification'),
    outcome="ignored", classification="read_receipt",
    imitates="Exchange read receipt (MDN)",
    why="a read receipt says nothing about the item",
    items={},
)

case(
    name="yt-legal-request-receipt",
    frm="legal-notices@google.com", name_from="Google Legal Support",
    date="Mon, 23 Sep 2024 01:30:45 +0000",
    subject="We've received your legal request [6-2409000031221] (KCSC-240923-03)",
    reply_to_req=req_mid("KCSC-240923-03"),
    body="""
Hello,

We've received your legal request. Your reference number is
6-2409000031221. Our team will review it and get back to you by email.

Please don't reply to this message; to add information, use the link in
your Legal Help dashboard: https://support.google.com/legal/dashboard

Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-request receipt",
    why="a pure acknowledgement with a ticket number; the dashboard link is no item",
    items={},
)

case(
    name="daum-receipt-korean",
    frm="noreply@kakaocorp.com", name_from="카카오 고객센터",
    date="Mon, 23 Sep 2024 02:02:02 +0000",
    subject="[카카오] 권리침해 신고가 접수되었습니다 (KCSC-240923-05)",
    reply_to_req=req_mid("KCSC-240923-05"),
    body="""
안녕하세요. 카카오입니다.

보내주신 권리침해 신고가 정상적으로 접수되었습니다.
접수번호: R-20240923-00812

처리 결과는 검토 후 메일로 안내드리겠습니다.
본 메일은 발신전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 권리침해 신고 접수 안내",
    why="a pure receipt with a ticket number",
    items={},
)

HEADER = """# Blind set 234 (what a program gets wrong): written by tests/corpus/blind234/make.py.
# Expected results come from each email's meaning alone, written before any run.
# Each case is ingested alone into a fresh ledger holding requests.csv."""


def main():
    write_requests()
    cases = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("frm")
        # Non-ASCII display names and subjects go out RFC 2047-encoded, as real mailers send them.
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
        cases.append(c)
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
