#!/usr/bin/env python3
"""Blind set 828 (focus: what a program gets wrong).

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by a note, statuses given by position. Written from each
email's meaning before any run of the reader; see NOTES.md.

    python3 tests/corpus/blind828/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
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

SET = "blind828"

# ---------------------------------------------------------------- requests
TISTORY_SLUG = "온라인-카지노-후기"
TISTORY_RAW = "https://bamgil-note.tistory.com/entry/" + TISTORY_SLUG
TISTORY_PCT = "https://bamgil-note.tistory.com/entry/" + quote(TISTORY_SLUG)

U = {
    # KCSC-240917-01, X, 12 items (the largest request)
    "x701": "https://x.com/moonlit_trade/status/1835112233445566701",
    "x702": "https://x.com/moonlit_trade/status/1835112233445566702",
    "x803": "https://x.com/seoul_pharm_kr/status/1835223344556677803",
    "x804": "https://x.com/seoul_pharm_kr/status/1835223344556677804",
    "x905": "https://x.com/bluefern_0x/status/1835334455667788905",
    "x906": "https://x.com/bluefern_0x/status/1835334455667788906",
    "x107": "https://x.com/jinu_casino24/status/1835445566778899107",
    "x108": "https://x.com/jinu_casino24/status/1835445566778899108",
    "x209": "https://x.com/pale_lantern_k/status/1835556677889900209",
    "x210": "https://x.com/pale_lantern_k/status/1835556677889900210",
    "xacc": "https://x.com/gyeol_market",
    "x312": "https://x.com/tidepool_kr/status/1835667788990011312",
    # KCSC-240917-02, YouTube, 4 items
    "yqm": "https://www.youtube.com/watch?v=Qm3vT8kLpZa",
    "yrb": "https://www.youtube.com/watch?v=Rb7wN2hXcYe",
    "ytz": "https://www.youtube.com/shorts/Tz4pK9sLmQw",
    "ych": "https://www.youtube.com/@hwanggeum_tv_kr",
    # KCSC-240918-03, Telegram, 3 items
    "t318": "https://t.me/quiet_ferry_chat/318",
    "t325": "https://t.me/quiet_ferry_chat/325",
    "tsalt": "https://t.me/saltmarsh_drops",
    # KCSC-240918-04, NAVER, 5 items
    "nb1": "https://blog.naver.com/greenowl_2024/223561110001",
    "nb2": "https://blog.naver.com/greenowl_2024/223561110002",
    "nc12": "https://cafe.naver.com/dalbit_market/58812",
    "nc40": "https://cafe.naver.com/dalbit_market/58840",
    "nkin": "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70201&docId=471230001",
    # KCSC-240919-05, Kakao, 3 items
    "kcafe": "https://cafe.daum.net/moraebit/Xq2L/1042",
    "kent": TISTORY_PCT,
    "k88": "https://bamgil-note.tistory.com/88",
    # KCSC-240919-06, YouTube, 1 item
    "ylp": "https://www.youtube.com/watch?v=Lp0sX4dWn8u",
    # KCSC-240920-07, Telegram, 2 items
    "a77": "https://t.me/amber_sluice/77",
    "a81": "https://t.me/amber_sluice/81",
}

REQUESTS = [
    ("KCSC-240917-01", "x", "2024-09-17T10:05:00+09:00", "2024-09-24T18:00:00+09:00", "illegal_goods",
     ["x701", "x702", "x803", "x804", "x905", "x906", "x107", "x108", "x209", "x210", "xacc", "x312"]),
    ("KCSC-240917-02", "youtube", "2024-09-17T11:30:00+09:00", "2024-09-24T18:00:00+09:00", "gambling",
     ["yqm", "yrb", "ytz", "ych"]),
    ("KCSC-240918-03", "telegram", "2024-09-18T09:40:00+09:00", "2024-09-25T18:00:00+09:00", "drugs",
     ["t318", "t325", "tsalt"]),
    ("KCSC-240918-04", "naver", "2024-09-18T14:10:00+09:00", "2024-09-25T18:00:00+09:00", "defamation",
     ["nb1", "nb2", "nc12", "nc40", "nkin"]),
    ("KCSC-240919-05", "kakao", "2024-09-19T10:20:00+09:00", "2024-09-26T18:00:00+09:00", "gambling",
     ["kcafe", "kent", "k88"]),
    ("KCSC-240919-06", "youtube", "2024-09-19T16:00:00+09:00", "2024-09-26T18:00:00+09:00", "privacy",
     ["ylp"]),
    ("KCSC-240920-07", "telegram", "2024-09-20T09:15:00+09:00", "2024-09-27T18:00:00+09:00", "obscenity",
     ["a77", "a81"]),
]
REQ = {r[0]: r for r in REQUESTS}


def mid(ref):
    return f"{ref}.req"  # Message-ID <KCSC-...req@kcsc.example>


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, keys in REQUESTS:
        for k in keys:
            w.writerow([ref, plat, sent, due, U[k], cat, mid(ref) + "@kcsc.example", ""])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def request_lines(ref, korean=False):
    _, plat, sent, due, _, keys = REQ[ref]
    if korean:
        out = ["안녕하십니까, 방송통신심의위원회입니다.", "",
               f"아래 정보에 대하여 시정요구(삭제)를 결정하였으므로 조치하여 주시기 바랍니다. ({ref})", ""]
        out += [f"{i}. {U[k]}" for i, k in enumerate(keys, 1)]
        out += ["", f"조치 결과는 {due[:10]}까지 회신하여 주십시오.", "", "방송통신심의위원회 불법정보심의팀"]
        return out
    out = ["Dear Trust & Safety team,", "",
           f"The Korea Communications Standards Commission requests the removal of the content below under",
           f"Korean law (our reference {ref}):", ""]
    out += [f"{i}. {U[k]}" for i, k in enumerate(keys, 1)]
    out += ["", f"Please tell us what action was taken by {due[:10]}.", "", "KCSC Takedown Desk"]
    return out


def gmail_quote(ref, korean=False):
    sent = REQ[ref][2]
    head = (f"{sent[:10]} {sent[11:16]}, KCSC Takedown <takedown@kcsc.example> 작성:" if korean else
            f"On {sent[:10]} at {sent[11:16]}, KCSC Takedown <takedown@kcsc.example> wrote:")
    return head + "\n" + "\n".join(("> " + l).rstrip() for l in request_lines(ref, korean))


def outlook_quote(ref):
    sent = REQ[ref][2]
    sent_line = ("Tuesday, September 17, 2024 10:05 AM" if ref == "KCSC-240917-01"
                 else f"{sent[:10]} {sent[11:16]}")
    return ("-----Original Message-----\n"
            "From: KCSC Takedown <takedown@kcsc.example>\n"
            f"Sent: {sent_line}\n"
            f"Subject: Removal request {ref}\n\n" + "\n".join(request_lines(ref)))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def enc(s):
    return Header(s, "utf-8").encode()


AUTO = ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]

# ---------------------------------------------------------------- cases
C = []


def case(**kw):
    C.append(kw)


# ===== X (KCSC-240917-01) =====
case(
    name="x-three-statuses-one-sentence",
    **{"from": "legal-support@x.com"},
    date="Fri, 20 Sep 2024 02:14:51 +0000",
    subject="Re: Removal request KCSC-240917-01 [ref:LR-KR-0917-55102]",
    reply_to_req=mid("KCSC-240917-01"),
    body=f"""
Hello,

Thank you for your notice KCSC-240917-01, submitted on behalf of the Korea
Communications Standards Commission.

Having reviewed the reported content against the X Rules and applicable local
law, we withheld {U['x701']} in South Korea, removed {U['x702']} globally for
violating our illegal and regulated goods policy, and could not locate
{U['x803']}, which appears to have been deleted before our review.

The remaining items in your notice are still being reviewed and we will write
to you separately about them.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome email (Country Withheld Content notice to the reporter)",
    why="one sentence carries three statuses: withheld in KR, removed globally, could not locate; the hedge sits in a relative clause after an unhedged 'could not locate'",
    items={U["x701"]: "restricted", U["x702"]: "removed", U["x803"]: "not_found"},
)

case(
    name="x-not-removed-but-withheld",
    **{"from": "legal-support@x.com"},
    date="Sat, 21 Sep 2024 07:40:03 +0000",
    subject="Re: Removal request KCSC-240917-01 [ref:LR-KR-0917-55102]",
    reply_to_req=mid("KCSC-240917-01"),
    body=f"""
Hi,

Following up on your notice KCSC-240917-01.

To clarify the outcome for two of the posts: {U['x804']} has not been removed
from X, but it has been withheld in the Republic of Korea under our Country
Withheld Content policy, so people in Korea can no longer see it.

We did not withhold {U['x905']} in Korea, because that post had already been
removed globally for a violation of the X Rules before your notice reached us.

Best,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up clarifying withheld vs removed",
    why="negations: 'has not been removed ... but withheld' is restricted; 'did not withhold ... because already removed (by X)' is removed",
    items={U["x804"]: "restricted", U["x905"]: "removed"},
)

case(
    name="x-refusal-with-reason-and-removal",
    **{"from": "legal-support@x.com"},
    date="Mon, 23 Sep 2024 03:05:27 +0000",
    subject="Your legal request KCSC-240917-01",
    body=f"""
Hello KCSC Takedown Desk,

After careful review, we have determined that the post
{U['x906']} does not violate the X Rules, and your notice does not give us
enough information to establish that it is unlawful in Korea. We are
therefore not taking action on it at this time. If you hold a court order or
further legal analysis, you can send it through our legal request form at
https://help.x.com/forms/legal-request-kr.

Separately, {U['x107']} was removed for promoting unlicensed gambling
services.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X 'no action' legal reply with a pointer to the legal request form",
    why="a refusal with its reason (rejected) and a removal; the help-centre form link is not an item",
    items={U["x906"]: "rejected", U["x107"]: "removed"},
)

case(
    name="x-withheld-then-removed-revision",
    **{"from": "legal-support@x.com"},
    date="Wed, 25 Sep 2024 09:12:44 +0000",
    subject="Update: Removal request KCSC-240917-01",
    body=f"""
Hello KCSC team,

An update on notice KCSC-240917-01.

On 19 September we withheld {U['x108']} in South Korea. Our Safety team has
since looked at the account more closely, and the post has now been removed
from X entirely for violating our rules on illegal gambling.

{U['x209']} was briefly unavailable earlier this week because of a technical
problem on our side. It is visible again, and we found no violation of the X
Rules or of Korean law in it, so it stays up.

Kind regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal update email revising an earlier withholding",
    why="later sentence revises the earlier one (withheld -> removed); 'briefly unavailable' is undone by 'visible again ... no violation' (rejected)",
    items={U["x108"]: "removed", U["x209"]: "rejected"},
)

case(
    name="x-hedge-in-relative-clause",
    **{"from": "legal-support@x.com"},
    date="Thu, 26 Sep 2024 01:55:10 +0000",
    subject="Re: Removal request KCSC-240917-01",
    reply_to_req=mid("KCSC-240917-01"),
    body=f"""
Hi,

Regarding KCSC-240917-01:

- The post {U['x210']}, which the account holder may already have tried to
  delete, has been withheld in Korea.
- The account {U['xacc']}, which we think may be linked to the accounts
  above, is still under review by our Trust & Safety team.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal bulleted status reply",
    why="hedges sit in relative clauses; the main clauses are 'has been withheld in Korea' (restricted) and 'still under review' (pending)",
    items={U["x210"]: "restricted", U["xacc"]: "pending"},
)

case(
    name="x-statuses-by-position",
    **{"from": "legal-support@x.com"},
    date="Thu, 26 Sep 2024 06:30:00 +0000",
    subject="Re: Removal request KCSC-240917-01",
    body=f"""
Hello,

We have completed our review of three of the posts in notice KCSC-240917-01.
The first of the posts below was removed for violating the X Rules, the second
has been withheld in South Korea only, and the third no longer exists on X:

{U['x905']}
{U['x804']}
{U['x312']}

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply giving outcomes by position ahead of a URL list",
    why="statuses given by position: first removed, second restricted, third not_found",
    items={U["x905"]: "removed", U["x804"]: "restricted", U["x312"]: "not_found"},
)

csv_att = ("post_url,action,reason\n"
           f"{U['x209']},No action,No violation of X Rules or local law found\n"
           f"{U['x210']},Withheld (KR),Local law - Korea\n"
           f"{U['xacc']},Account suspended,Illegal and regulated goods\n"
           f"{U['x312']},Not found,Content unavailable before review\n")
case(
    name="x-csv-attachment",
    **{"from": "legal-support@x.com"},
    date="Fri, 27 Sep 2024 04:02:19 +0000",
    subject="Re: Removal request KCSC-240917-01 - outcome sheet",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_lr55102"

--=_lr55102
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for the remaining posts in your notice
KCSC-240917-01. Each row gives the action we took on one reported URL.

X Legal

--=_lr55102
Content-Type: text/csv; charset=utf-8; name="LR-KR-0917-55102.csv"
Content-Disposition: attachment; filename="LR-KR-0917-55102.csv"
Content-Transfer-Encoding: 7bit

{csv_att}
--=_lr55102--
""",
    outcome="applied", classification="confirmation",
    imitates="legal-desk outcome spreadsheet sent as a CSV attachment",
    why="CSV rows: No action (rejected), Withheld KR (restricted), account suspended (removed), Not found",
    items={U["x209"]: "rejected", U["x210"]: "restricted", U["xacc"]: "removed", U["x312"]: "not_found"},
)

html_tab = f"""<html><body>
<p>Hello KCSC Takedown Desk,</p>
<p>Below is a summary of the actions taken on notice <b>KCSC-240917-01</b>.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Decision</th><th>Scope</th></tr>
<tr><td><a href="{U['x701']}">{U['x701']}</a></td><td>Withheld</td><td>South Korea</td></tr>
<tr><td><a href="{U['x702']}">{U['x702']}</a></td><td>Removed</td><td>Global</td></tr>
<tr><td><a href="{U['x803']}">{U['x803']}</a></td><td>Content not found</td><td>&ndash;</td></tr>
<tr><td><a href="{U['x906']}">{U['x906']}</a></td><td>No action &ndash; does not violate the X Rules</td><td>&ndash;</td></tr>
</table>
<p>You can read more about withheld content at <a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">our Help Center</a>.</p>
<p>X Legal</p>
</body></html>
"""
case(
    name="x-html-table-qp",
    **{"from": "legal-support@x.com"},
    date="Fri, 27 Sep 2024 08:45:36 +0000",
    subject="Summary of actions - KCSC-240917-01",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(html_tab),
    outcome="applied", classification="confirmation",
    imitates="X legal HTML summary table (quoted-printable)",
    why="HTML table with one decision per row; the help-centre link is not an item",
    items={U["x701"]: "restricted", U["x702"]: "removed", U["x803"]: "not_found", U["x906"]: "rejected"},
)

wrapped = U["x108"]
case(
    name="x-angle-brackets-wrapped",
    **{"from": "legal-support@x.com"},
    date="Sat, 28 Sep 2024 00:20:00 +0000",
    subject="RE: Removal request KCSC-240917-01",
    body=f"""
Dear KCSC,

Both posts from the account jinu_casino24 named in your notice have been
removed for violating our rules on gambling:

<{U['x107']}>
<{wrapped[:wrapped.index('status/') + 7]}
{wrapped[wrapped.index('status/') + 7:]}>

Regards,
X Legal

{outlook_quote('KCSC-240917-01')}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with URLs in angle brackets, one wrapped, over the quoted request",
    why="statement above two bracketed URLs (one wrapped across lines); the Outlook-quoted request below is not a statement",
    items={U["x107"]: "removed", U["x108"]: "removed"},
)

case(
    name="x-suspended-but-posts-stay",
    **{"from": "legal-support@x.com"},
    date="Mon, 30 Sep 2024 05:18:02 +0000",
    subject="Re: Removal request KCSC-240917-01",
    reply_to_req=mid("KCSC-240917-01"),
    body=f"""
Hello,

We suspended {U['xacc']} for repeated violations of our illegal goods
policy, but we did not take action on {U['x906']} or {U['x209']}, which we
found do not break the X Rules or Korean law.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply mixing a suspension and refusals",
    why="one sentence: suspended account (removed) but no action on two posts, reason in a relative clause (rejected)",
    items={U["xacc"]: "removed", U["x906"]: "rejected", U["x209"]: "rejected"},
)

case(
    name="x-auth-fail-all-removed",
    **{"from": "support@x.com"},
    auth="fail",
    name_from="X Support",
    date="Sun, 22 Sep 2024 13:33:09 +0000",
    subject="Re: Removal request KCSC-240917-01 - completed",
    body=f"""
Hello,

The following posts have been removed from X:

{U['x701']}
{U['x702']}
{U['x803']}
{U['x804']}

X Support
""",
    outcome="review", review="untrusted",
    imitates="X support reply (failing DMARC)",
    why="x.com sender failing DKIM/SPF/DMARC: nothing applied",
    items={U["x701"]: "pending", U["x702"]: "pending", U["x803"]: "pending", U["x804"]: "pending"},
)

case(
    name="owner-gmail-deleted-myself",
    **{"from": "bluefern.0x@gmail.com"},
    name_from="Seo Jiwoo",
    date="Tue, 24 Sep 2024 12:01:58 +0000",
    subject="About KCSC-240917-01 (my posts)",
    body=f"""
Hello,

X told me that your commission reported my posts (KCSC-240917-01). I have
deleted {U['x906']} myself this morning. The other one,
{U['x905']}, was already taken down by X last week.

Please let me know if anything else is needed.

Seo Jiwoo
""",
    outcome="review", review="unknown_sender",
    imitates="account holder writing to the regulator after a user notice",
    why="not a platform domain; statements from the account holder change nothing",
    items={U["x906"]: "pending", U["x905"]: "pending"},
)

case(
    name="x-portal-announcement-no-claims",
    **{"from": "gov-relations@x.com"},
    date="Tue, 01 Oct 2024 02:00:00 +0000",
    subject="Changes to how X receives requests from Korean authorities",
    body="""
Dear partners,

From 15 October, X will accept removal requests from Korean government
agencies through the Legal Request portal only. Requests sent by email after
that date will receive an automatic reply pointing to the portal.

Guidance on the portal and on the information each request should contain is
available at https://help.x.com/en/forms/legal-request-guidelines.

If you have questions, reply to this email and our Government Relations team
will be happy to help.

X Government Relations
""",
    outcome="review", review="no_claims",
    imitates="platform policy announcement to government requesters",
    why="trusted X mail naming no item and no request; the help link is not an item",
    items={},
)

case(
    name="x-out-of-office",
    **{"from": "minji.park@x.com"},
    name_from="Minji Park",
    date="Tue, 17 Sep 2024 01:06:12 +0000",
    subject="Automatic reply: Removal request KCSC-240917-01",
    extra_headers=AUTO,
    body="""
Thank you for your email. I am out of the office until 30 September with
limited access to email.

Legal requests are handled by our Legal team; please continue to use
legal-support@x.com for anything time sensitive.

Minji
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply (out of office)",
    why="out-of-office auto-reply",
    items={},
)

# ===== YouTube (KCSC-240917-02) =====
case(
    name="yt-removed-and-age-restricted",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 20 Sep 2024 10:44:31 +0000",
    subject="[7-4411000039012] YouTube legal request KCSC-240917-02",
    body=f"""
Hello,

Thanks for reaching out to us.

We've reviewed the videos you flagged. {U['yqm']} has been removed for
violating our Community Guidelines on harmful and dangerous content.
{U['yrb']} does not violate our Community Guidelines, but we have
age-restricted it.

Sincerely,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome email",
    why="removed; then a negation followed by 'but we have age-restricted it' (restricted, not rejected)",
    items={U["yqm"]: "removed", U["yrb"]: "restricted"},
)

case(
    name="yt-short-gone-channel-terminated",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 21 Sep 2024 06:09:18 +0000",
    subject="[7-4411000039012] YouTube legal request KCSC-240917-02",
    body=f"""
Hello,

The Short at {U['ytz']} is no longer available on YouTube because the uploader
deleted it before we completed our review.

The channel {U['ych']} has been terminated for violating our spam, deceptive
practices and scams policies.

Sincerely,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome email",
    why="deleted by its uploader before review (not_found); channel terminated (removed)",
    items={U["ytz"]: "not_found", U["ych"]: "removed"},
)

yt_b64 = f"""Hello,

Following our review of your request KCSC-240917-02:

{U['yqm']}
Removed: violates our Community Guidelines.

{U['ytz']}
We were not able to find this Short. The link is invalid.

Regards,
YouTube Trust & Safety
"""
case(
    name="yt-base64-url-then-status",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Trust & Safety",
    date="Mon, 23 Sep 2024 14:27:55 +0000",
    subject="YouTube: result of your request KCSC-240917-02",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(yt_b64),
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety result email (base64 body)",
    why="URL then its status on the next line: removed, not_found (invalid link)",
    items={U["yqm"]: "removed", U["ytz"]: "not_found"},
)

case(
    name="yt-age-restriction-reversed",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 02 Oct 2024 08:15:03 +0000",
    subject="[7-4411000039012] Update on KCSC-240917-02",
    body=f"""
Hello,

We are writing with an update about {U['yrb']}.

This video was age-restricted on 20 September. The uploader appealed, and
after a second review we concluded that the video does not violate our
Community Guidelines. The age restriction has been lifted and the video
remains available on YouTube.

We are still reviewing the channel {U['ych']} and will follow up.

Sincerely,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube appeal outcome (restriction reversed)",
    why="later sentences revise the earlier restriction: no violation, stays up (rejected); channel still under review (pending)",
    items={U["yrb"]: "rejected", U["ych"]: "pending"},
)

yt_corr = f"""<html><body>
<p>Hello,</p>
<p>Here is the outcome of your legal request <b>KCSC-240917-02</b>.</p>
<table border="1">
<tr><th>Content</th><th>Outcome</th></tr>
<tr><td>{U['yqm']}</td><td>Removed</td></tr>
<tr><td>{U['yrb']}</td><td>Removed</td></tr>
</table>
<p><b>Correction:</b> the second video in the table above was not removed. It
was age-restricted instead, since it does not break our Community Guidelines
but is not suitable for viewers under 18. We apologise for the error.</p>
<p>The YouTube Legal Support Team</p>
</body></html>
"""
case(
    name="yt-table-then-correction",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 24 Sep 2024 09:00:12 +0000",
    subject="[7-4411000039012] Outcome KCSC-240917-02",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(yt_corr),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal HTML outcome table with a correction note",
    why="explicit correction below the table changes row 2 from removed to age-restricted (restricted)",
    items={U["yqm"]: "removed", U["yrb"]: "restricted"},
)

case(
    name="yt-appears-removed-hedge",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 19 Sep 2024 05:31:40 +0000",
    subject="[7-4411000039012] YouTube legal request KCSC-240917-02",
    body=f"""
Hello,

Thank you for your request. At first glance, {U['yqm']} appears to have been
taken down by the uploader already, and {U['ych']} may be subject to
termination under our spam policies. We are checking both and will confirm
the outcome once our review is complete.

Sincerely,
The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim reply",
    why="'appears to have been' and 'may be subject to' are hedges and the review is ongoing: nothing stated",
    items={U["yqm"]: "pending", U["ych"]: "pending"},
)

case(
    name="yt-items-by-number-no-urls",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 27 Sep 2024 11:11:11 +0000",
    subject="Re: Removal request KCSC-240917-02",
    reply_to_req=mid("KCSC-240917-02"),
    body=f"""
Hello,

Items 1, 2 and 3 of your notice have been removed. Item 4 is still with our
policy team.

The YouTube Legal Support Team

{gmail_quote('KCSC-240917-02')}
""",
    # Amended after the first run (round 143): the writer expected review
    # (bulk), but the project's rule (docs/reader.md, "Places in a list";
    # blind-551 and blind-618 amended the same way) reads a place in our own
    # quoted numbered request as that item. The first-run row still counts
    # the three applications as false.
    outcome="applied",
    imitates="short top-posted reply over the quoted request, referring to items by number",
    why="statuses by position in our quoted numbered request: items 1-3 removed, item 4 still with the policy team (pending); amended after the first run, see make.py",
    items={U["yqm"]: "removed", U["yrb"]: "removed", U["ytz"]: "removed", U["ych"]: "pending"},
)

case(
    name="yt-noreply-autoresponse",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    date="Tue, 17 Sep 2024 02:31:00 +0000",
    subject="Re: Removal request KCSC-240917-02",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This is an automated message. This mailbox is not monitored and replies to
it are not read.

To report content under local law, please use the legal removal form at
https://support.google.com/legal/answer/3110420.
""",
    outcome="ignored", classification="auto_reply",
    imitates="no-reply mailbox autoresponder",
    why="automated 'not monitored' reply; the support link is not an item",
    items={},
)

# ===== YouTube (KCSC-240919-06, one item) =====
yt_geo = f"""Hello,

In response to your request KCSC-240919-06, we have blocked the content at
{U['ylp']} from view in South Korea, based on the local law you cited. It
remains available in other countries.

Sincerely,
The YouTube Legal Support Team
"""
case(
    name="yt-geo-block-qp",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 23 Sep 2024 07:07:07 +0000",
    subject="[7-4411000040555] KCSC-240919-06",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(yt_geo),
    outcome="applied", classification="confirmation",
    imitates="YouTube local-law geo-block notice",
    why="blocked from view in South Korea (restricted), not removed",
    items={U["ylp"]: "restricted"},
)

case(
    name="yt-one-item-no-url",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 24 Sep 2024 03:03:03 +0000",
    subject="Re: Removal request KCSC-240919-06",
    reply_to_req=mid("KCSC-240919-06"),
    body="""
Hello,

Following our review, we have removed the video you reported under our
harassment and privacy policies.

Sincerely,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal short outcome reply",
    why="sole statement, no URL, answering a one-item request: applies",
    items={U["ylp"]: "removed"},
)

yt_conf = f"""<html><body>
<p>Hello,</p>
<p>Outcome of request KCSC-240919-06:</p>
<table border="1">
<tr><th>Video</th><th>Action taken</th></tr>
<tr><td>{U['ylp']}</td><td>Removed</td></tr>
</table>
<p>Note: the video remains available on YouTube. Our reviewers found that it
does not violate our Community Guidelines or the privacy law you cited.</p>
<p>The YouTube Legal Support Team</p>
</body></html>
"""
case(
    name="yt-table-contradicts-note",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 25 Sep 2024 12:40:00 +0000",
    subject="[7-4411000040555] Outcome KCSC-240919-06",
    type="html",
    body=yt_conf,
    outcome="review", review="conflicting_statements",
    imitates="YouTube legal HTML outcome table with a note",
    why="the table says Removed, the note says the video stays up (no violation), with no sign which one is the correction",
    items={U["ylp"]: "pending"},
)

# ===== Telegram (KCSC-240918-03) =====
case(
    name="tg-bare-url-status-below",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Thu, 19 Sep 2024 18:22:10 +0000",
    subject="Re: KCSC-240918-03 Case #4471203",
    body=f"""
Hello,

Results of our review:

{U['t318']}
Status: blocked

{U['t325']}
Status: no violation found, remains available

{U['tsalt']}
Status: channel blocked for users in South Korea

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply (URL then status line)",
    why="bare URL with its status on the next line: blocked (removed), no violation (rejected), blocked in KR (restricted)",
    items={U["t318"]: "removed", U["t325"]: "rejected", U["tsalt"]: "restricted"},
)

case(
    name="tg-statement-then-url-below",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Fri, 20 Sep 2024 09:48:37 +0000",
    subject="Re: KCSC-240918-03 Case #4471203",
    body=f"""
Hello,

We have restricted the following channel for users in South Korea:
{U['tsalt']}

The following message does not violate Telegram's Terms of Service and will
remain available:
{U['t325']}

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply (statement line, URL below)",
    why="each statement ends with ':' and its URL on the next line: restricted; refusal with reason (rejected)",
    items={U["tsalt"]: "restricted", U["t325"]: "rejected"},
)

case(
    name="tg-top-posted-over-quote",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Sat, 21 Sep 2024 15:03:29 +0000",
    subject="Re: Removal request KCSC-240918-03",
    reply_to_req=mid("KCSC-240918-03"),
    body=f"""
Hi, t.me/quiet_ferry_chat/318 is removed. t.me/saltmarsh_drops we are still
looking into.

{gmail_quote('KCSC-240918-03')}
""",
    outcome="applied", classification="confirmation",
    imitates="terse top-posted abuse desk reply over the quoted request",
    why="scheme-less URLs in the top-posted text: removed; channel still looked into (pending); quoted request ignored",
    items={U["t318"]: "removed", U["tsalt"]: "pending"},
)

case(
    name="tg-all-blocked-bulk",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Mon, 23 Sep 2024 20:10:00 +0000",
    subject="Re: KCSC-240918-03 Case #4471203",
    body="""
Hello,

All the content in your report KCSC-240918-03 has been blocked.

Telegram Abuse Team
""",
    outcome="review", review="bulk",
    imitates="Telegram abuse desk one-line outcome",
    why="'all the content' for a three-item request without naming each: bulk",
    items={U["t318"]: "pending", U["t325"]: "pending", U["tsalt"]: "pending"},
)

case(
    name="tg-ticket-receipt",
    **{"from": "no-reply@telegram.org"},
    name_from="Telegram Support",
    date="Wed, 18 Sep 2024 01:00:41 +0000",
    subject="Your report has been received [Case #4471203]",
    body="""
Thank you for contacting Telegram.

We have received your report and opened Case #4471203. Our moderators review
reports in the order they arrive. Please do not send the same report again;
reply to this email if you need to add information.

Telegram Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram ticket receipt",
    why="pure acknowledgement: report received, case opened",
    items={},
)

# ===== Telegram (KCSC-240920-07) =====
case(
    name="tg-echoed-report",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Mon, 23 Sep 2024 11:27:15 +0000",
    subject="Re: KCSC-240920-07 Case #4472980",
    body=f"""
Hello,

Report details
  Reported link: {U['a77']}
  Reason: pornographic content
  Outcome: the message has been removed.

Report details
  Reported link: {U['a81']}
  Reason: pornographic content
  Outcome: we found no violation of our Terms of Service; no action taken.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse reply echoing the report fields with an outcome line",
    why="echoed report blocks, each with its own outcome: removed, rejected",
    items={U["a77"]: "removed", U["a81"]: "rejected"},
)

case(
    name="tg-asks-for-details",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Sat, 21 Sep 2024 10:55:00 +0000",
    subject="Re: KCSC-240920-07 Case #4472980",
    body=f"""
Hello,

Before we can act on {U['a77']} and {U['a81']}, we need the decision of the
Commission that found this content unlawful, or the specific provision of
Korean law it breaks. Please reply to this email with that document.

Telegram Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Telegram abuse desk request for the legal basis",
    why="asks for documents before acting; nothing stated about the items",
    items={U["a77"]: "pending", U["a81"]: "pending"},
)

dsn_orig = "\n".join(request_lines("KCSC-240920-07"))
case(
    name="dsn-bounce-telegram-address",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    date="Fri, 20 Sep 2024 00:16:02 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="B0C7E2A11.1726791362/mx.kcsc.example"

--B0C7E2A11.1726791362/mx.kcsc.example
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@telegram.org>: host mail.telegram.org[192.0.2.44] said: 550 5.1.1
    <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--B0C7E2A11.1726791362/mx.kcsc.example
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Fri, 20 Sep 2024 09:15:58 +0900 (KST)

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--B0C7E2A11.1726791362/mx.kcsc.example
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: Removal request KCSC-240920-07
Message-ID: <{mid('KCSC-240920-07')}@kcsc.example>
Date: Fri, 20 Sep 2024 09:15:00 +0900

{dsn_orig}

--B0C7E2A11.1726791362/mx.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN with the returned request",
    why="bounce of our own request; the URLs are only in the returned message",
    items={},
)

# ===== NAVER (KCSC-240918-04) =====
naver_table = f"""
안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회 시정요구(KCSC-240918-04)에 대한 조치 결과를 아래와 같이
알려드립니다.

번호 | 게시물 주소 | 조치 결과
1 | {U['nb1']} | 게시중단(블라인드)
2 | {U['nb2']} | 임시조치(30일)
3 | {U['nc12']} | 조치 불가 (위법성 미확인)
4 | {U['nc40']} | 게시물 없음 (작성자 삭제)
5 | {U['nkin']} | 삭제

3번 게시물은 관련 법령 및 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.
추가 자료를 보내주시면 다시 검토하겠습니다.

감사합니다.
네이버 권리보호센터 드림
"""
case(
    name="naver-result-table-korean",
    **{"from": "right@navercorp.com"},
    name_from="NAVER",
    date="Fri, 20 Sep 2024 06:40:00 +0000",
    subject=enc("[네이버] 시정요구 조치 결과 안내 (KCSC-240918-04)"),
    body=naver_table,
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 시정요구 조치 결과 text table",
    why="게시중단(블라인드) removed, 임시조치 restricted, 조치 불가 with reason rejected, 게시물 없음(작성자 삭제) not_found, 삭제 removed",
    items={U["nb1"]: "removed", U["nb2"]: "restricted", U["nc12"]: "rejected",
           U["nc40"]: "not_found", U["nkin"]: "removed"},
)

case(
    name="naver-temporary-then-deleted",
    **{"from": "right@navercorp.com"},
    name_from="NAVER",
    date="Thu, 26 Sep 2024 02:25:00 +0000",
    subject=enc("Re: 시정요구 KCSC-240918-04 추가 안내"),
    body=f"""
안녕하세요, 네이버입니다.

{U['nb1']} 게시물은 9월 20일 임시조치하였으나, 추가 검토 결과
명예훼손에 해당하는 것으로 판단되어 운영자 삭제 처리하였습니다.

{U['nc40']} 게시물은 작성자가 이미 삭제하여 확인되지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up notice (임시조치 후 삭제)",
    why="later clause revises 임시조치 to 운영자 삭제 (removed); 작성자가 이미 삭제 (not_found)",
    items={U["nb1"]: "removed", U["nc40"]: "not_found"},
)

case(
    name="naver-negation-particles-fullwidth",
    **{"from": "right@navercorp.com"},
    name_from="NAVER",
    date="Fri, 27 Sep 2024 05:50:00 +0000",
    subject=enc("[네이버] 게시중단 요청 처리 결과 (KCSC-240918-04)"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 게시물 중 {U['nc12']}는 삭제하지 않았습니다. 해당 게시물은
카페 운영정책 및 관련 법령 위반에 해당하지 않는 것으로 판단되어
게시중단 요청을 받아들이지 않았습니다.

「{U['nb2']}」에 대해서는 접근 제한(임시조치) 처리하였으며,
{U['nkin']}의 답변 게시물은 삭제 처리되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 게시중단 요청 처리 결과",
    why="negation with reason (rejected); URL in full-width brackets, 임시조치 (restricted); URL followed by particle 의, 삭제 (removed)",
    items={U["nc12"]: "rejected", U["nb2"]: "restricted", U["nkin"]: "removed"},
)

case(
    name="naver-promise-korean",
    **{"from": "right@navercorp.com"},
    name_from="NAVER",
    date="Thu, 19 Sep 2024 01:15:00 +0000",
    subject=enc("Re: 시정요구 KCSC-240918-04"),
    body=f"""
안녕하세요, 네이버입니다.

보내주신 시정요구 건 중 {U['nb1']} 및
{U['nb2']} 게시물은 담당 부서 검토 후 게시중단 조치할 예정입니다.
나머지 게시물도 검토가 끝나는 대로 결과를 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply (조치 예정)",
    why="'조치할 예정입니다' is a promise; named items stay pending",
    items={U["nb1"]: "pending", U["nb2"]: "pending"},
)

case(
    name="naver-search-exclusion-wrong-platform",
    **{"from": "search-policy@navercorp.com"},
    name_from="NAVER",
    date="Tue, 24 Sep 2024 04:30:00 +0000",
    subject=enc("[네이버 검색] KCSC-240919-05 관련 회신"),
    body=f"""
안녕하세요, 네이버 검색 정책 담당입니다.

참조로 보내주신 시정요구(KCSC-240919-05) 중 {U['k88']} 는
티스토리 서비스의 게시물이어서 당사가 삭제할 수는 없으나, 네이버 검색
결과에 노출되지 않도록 검색 제외 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="portal search team reply on another service's post (검색 제외)",
    why="NAVER states an action on a Kakao (Tistory) item: not that item's platform",
    items={U["k88"]: "pending"},
)

mdn_raw = f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-7f3a9"

--mdn-7f3a9
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신인이 읽었습니다.

제목: 시정요구 KCSC-240918-04
읽은 시간: 2024-09-18 15:02 (KST)

--mdn-7f3a9
Content-Type: message/disposition-notification

Reporting-UA: mail.naver.com
Final-Recipient: rfc822; right@navercorp.com
Original-Message-ID: <{mid('KCSC-240918-04')}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-7f3a9--
"""
case(
    name="naver-read-receipt",
    **{"from": "right@navercorp.com"},
    name_from="NAVER",
    date="Wed, 18 Sep 2024 06:02:11 +0000",
    subject=enc("읽음 확인: 시정요구 KCSC-240918-04"),
    raw_mime=mdn_raw,
    outcome="ignored", classification="read_receipt",
    imitates="NAVER Mail read receipt (MDN)",
    why="read receipt only",
    items={},
)

# ===== Kakao (KCSC-240919-05) =====
case(
    name="kakao-korean-slug-raw",
    **{"from": "report@kakaocorp.com"},
    name_from="Kakao",
    date="Mon, 23 Sep 2024 08:08:08 +0000",
    subject=enc("[카카오] 시정요구 조치 결과 회신 (KCSC-240919-05)"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

시정요구 KCSC-240919-05에 대한 조치 결과입니다.

- {TISTORY_RAW} : 국내 접속 차단
- {U['k88']} : 비공개 처리 완료

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 시정요구 조치 결과 회신",
    why="raw Korean Tistory slug matches the percent-encoded request URL; 국내 접속 차단 (restricted), 비공개 처리 (removed)",
    items={U["kent"]: "restricted", U["k88"]: "removed"},
)

case(
    name="kakao-blind-and-hedged-other",
    **{"from": "cafe-notice@daum.net"},
    name_from="Daum",
    date="Tue, 24 Sep 2024 03:33:00 +0000",
    subject=enc("Re: 시정요구 KCSC-240919-05"),
    body=f"""
안녕하세요, Daum 고객센터입니다.

{U['k88']} 게시물은 블라인드 처리하였습니다.

작성자가 이미 삭제한 것으로 보이는 {U['kcafe']} 게시물은
확인 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 고객센터 블라인드 처리 안내",
    why="블라인드 (removed); the other post is hedged in a relative clause (것으로 보이는) and only promised a follow-up (pending)",
    items={U["k88"]: "removed", U["kcafe"]: "pending"},
)

case(
    name="kakao-refusal-korean",
    **{"from": "cafe-notice@daum.net"},
    name_from="Daum",
    date="Fri, 27 Sep 2024 07:00:00 +0000",
    subject=enc("[Daum 카페] 게시중단 요청 검토 결과 (KCSC-240919-05)"),
    body=f"""
안녕하세요, Daum 카페 운영팀입니다.

요청하신 게시물 {U['kcafe']} 은(는) 검토 결과 카페 운영정책 및 관련
법령 위반 소지가 확인되지 않아 게시중단 조치를 하지 않았습니다.
해당 게시물은 현재 게시 상태를 유지합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 게시중단 요청 검토 결과 (거부)",
    why="refusal with reason: no violation found, post stays (rejected)",
    items={U["kcafe"]: "rejected"},
)

case(
    name="kakao-all-actioned-bulk",
    **{"from": "report@kakaocorp.com"},
    name_from="Kakao",
    date="Wed, 25 Sep 2024 06:06:06 +0000",
    subject=enc("Re: 시정요구 KCSC-240919-05"),
    reply_to_req=mid("KCSC-240919-05"),
    body=f"""
안녕하세요, 카카오입니다.

요청하신 게시물 3건 모두 게시중단 조치를 완료하였습니다.

감사합니다.

{gmail_quote('KCSC-240919-05', korean=True)}
""",
    outcome="review", review="bulk",
    imitates="Kakao one-line completion reply over the quoted request",
    why="'3건 모두' without naming each, for a three-item request; URLs only in the quoted request: bulk",
    items={U["kcafe"]: "pending", U["kent"]: "pending", U["k88"]: "pending"},
)

case(
    name="kakao-receipt-korean",
    **{"from": "noreply@kakaocorp.com"},
    name_from="Kakao",
    date="Thu, 19 Sep 2024 01:21:30 +0000",
    subject=enc("[카카오] 신고 접수 완료 안내"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

신고가 정상적으로 접수되었습니다.

접수번호: KR-20240919-003318
접수 내용: 시정요구 KCSC-240919-05
신고 게시물:
{U['kcafe']}
{U['k88']}

처리 결과는 검토가 끝나는 대로 이메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 신고 접수 완료 안내",
    why="pure receipt echoing the report; no status",
    items={},
)

# ---------------------------------------------------------------- write
HEADER = """# Blind set 828 (focus: what a program gets wrong). Written from each
# email's meaning before any run of the reader. Generated by make.py."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, C)


if __name__ == "__main__":
    main()
