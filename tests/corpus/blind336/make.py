#!/usr/bin/env python3
"""Blind set 336: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by a note, statuses given by position. Written from each
email's meaning, before any run of the reader.

    python3 tests/corpus/blind336/make.py

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

SET = "blind336"


def kr(url):
    """Percent-encode the Korean part of a URL the way requests.csv stores it."""
    return quote(url, safe=":/?&=%@-._~")


# --- requests -------------------------------------------------------------
X = [
    "https://x.com/lucky7_bet/status/1830019384756102913",
    "https://x.com/lucky7_bet/status/1830020011223344556",
    "https://x.com/casino_moonbar/status/1829987766554433221",
    "https://x.com/casino_moonbar/status/1829990001112223334",
    "https://x.com/toto_rush_kr/status/1830201010101010107",
    "https://x.com/toto_rush_kr/status/1830202020202020208",
    "https://x.com/jackpot_alley/status/1830311122233344459",
    "https://x.com/jackpot_alley/status/1830312233344455560",
    "https://x.com/baccara_nightowl/status/1830400011122233341",
    "https://x.com/baccara_nightowl/status/1830400022233344452",
    "https://x.com/slotqueen_88/status/1830509988776655443",
    "https://x.com/slotqueen_88/status/1830510099887766554",
    "https://x.com/bet_harbor_kr",
]
YT = [
    "https://www.youtube.com/watch?v=Qm3vT8kLp2A",
    "https://www.youtube.com/watch?v=bN7xW1cRt5E",
    "https://www.youtube.com/shorts/Hk4sJ9dPq0Z",
    "https://www.youtube.com/watch?v=Zt6yR2mLx8U",
]
TG = [
    "https://t.me/night_courier_kr/412",
    "https://t.me/night_courier_kr/415",
    "https://t.me/paper_lantern_chat/88",
]
TG1 = ["https://t.me/ghostmint_shop"]
NV = [
    "https://blog.naver.com/silverfox_77/223561234501",
    "https://blog.naver.com/silverfox_77/223561234588",
    "https://cafe.naver.com/greyroadtrade/5521",
    "https://cafe.naver.com/greyroadtrade/5530",
    "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471234567",
]
K_RAW = [
    "https://hanbit-odds.tistory.com/entry/먹튀-보증업체-추천",
    "https://hanbit-odds.tistory.com/entry/슬롯-가입-코드",
]
KK = [kr(u) for u in K_RAW] + [
    "https://cafe.daum.net/winwinclub77/Ab3x/1045",
    "https://cafe.daum.net/winwinclub77/Ab3x/1052",
]
TT = [
    "https://www.tiktok.com/@mellow.dealer.kr/video/7411223344556677889",
    "https://www.tiktok.com/@mellow.dealer.kr/video/7411223344556677901",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id stem, note
    ("KCSC-240902-01", "x", "2024-09-02T10:30:00+09:00", "2024-09-09T18:00:00+09:00", X,
     "gambling", "req-240902-01", "12 posts and one account advertising illegal betting sites"),
    ("KCSC-240903-02", "youtube", "2024-09-03T14:00:00+09:00", "2024-09-10T18:00:00+09:00", YT,
     "drugs", "req-240903-02", "videos advertising drug sales"),
    ("KCSC-240905-03", "telegram", "2024-09-05T09:15:00+09:00", "2024-09-12T18:00:00+09:00", TG,
     "obscenity", "req-240905-03", "messages in public channels"),
    ("KCSC-240906-04", "naver", "2024-09-06T11:00:00+09:00", "2024-09-13T18:00:00+09:00", NV,
     "defamation", "req-240906-04", "blog, cafe and Knowledge iN posts"),
    ("KCSC-240909-05", "kakao", "2024-09-09T16:20:00+09:00", "2024-09-16T18:00:00+09:00", KK,
     "gambling", "req-240909-05", "Tistory entries and Daum cafe posts"),
    ("KCSC-240910-06", "tiktok", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", TT,
     "drugs", "req-240910-06", "two videos from one account"),
    ("KCSC-240911-07", "telegram", "2024-09-11T15:45:00+09:00", "2024-09-18T18:00:00+09:00", TG1,
     "drugs", "req-240911-07", "one channel selling drugs"),
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


# --- helpers for bodies ---------------------------------------------------
def request_text(ref, team, urls, korean=False):
    if korean:
        head = (f"{team} 담당자님께,\n\n방송통신심의위원회는 아래 {len(urls)}건의 정보에 대하여 "
                f"시정요구(요청번호 {ref})를 드립니다.\n각 게시물에 대한 조치 결과를 회신하여 주시기 바랍니다.\n")
    else:
        head = (f"Dear {team} team,\n\nThe Korea Communications Standards Commission requests corrective\n"
                f"action on the {len(urls)} item(s) below under reference {ref}. Please reply to\n"
                f"this address with the action taken on each item.\n")
    lines = [head]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines.append("\nKCSC Takedown Desk")
    return "\n".join(lines)


def gmail_quote(when, text):
    q = "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    return f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:\n{q}\n"


def outlook_quote(sent, to, subject, text):
    return (f"-----Original Message-----\nFrom: KCSC Takedown <takedown@kcsc.example>\n"
            f"Sent: {sent}\nTo: {to}\nSubject: {subject}\n\n{text}\n")


def qp_part(body, subtype="plain"):
    enc = quopri.encodestring(body.encode("utf-8")).decode("ascii")
    return (f"Content-Type: text/{subtype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: quoted-printable\n\n{enc}")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def b64_part(body, subtype="plain"):
    return (f"Content-Type: text/{subtype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: base64\n\n{b64(body)}")


REQ_X = request_text("KCSC-240902-01", "X Legal", X)
REQ_TG = request_text("KCSC-240905-03", "Telegram", TG)
REQ_NV = request_text("KCSC-240906-04", "네이버 정책지원팀", NV, korean=True)

HEADER = """# Blind set 336 (tests/corpus/blind336): what a program gets wrong.
# Written from each email's meaning before any run of the reader; see NOTES.md.
# Generated by make.py: edit the case list there, not this file."""

CASES = []


def case(**c):
    CASES.append(c)


# ===== X (KCSC-240902-01, 13 items) =======================================
case(
    name="x-three-statuses-one-sentence",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 07:02:44 +0000",
    subject="Re: [KCSC-240902-01] Request for corrective action",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Thank you for your request, reference KCSC-240902-01.

Having reviewed the reported content against the X Rules and Korean law, {X[0]} has been withheld in the Republic of Korea, {X[1]} has been removed for violating our illegal gambling policy, and {X[2]} no longer exists on X.

We are continuing to review the other posts in your request and will write again when we have an outcome.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (country-withheld content notice wording)",
    why="one sentence carries three statuses: withheld in KR, removed, does not exist",
    items={X[0]: "restricted", X[1]: "removed", X[2]: "not_found"},
)

case(
    name="x-numbered-list-status-below",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 02:15:09 +0000",
    subject="Re: [KCSC-240902-01] Request for corrective action",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Please find below the outcome for part of your request KCSC-240902-01.

1) {X[3]}
   Action taken: withheld in South Korea (KR)

2) {X[4]}
   Action taken: withheld in South Korea (KR)

3) {X[5]}
   Action taken: none. The post does not violate the X Rules, and we did
   not find it to be unlawful under the provision cited in your request.

4) {X[6]}
   Action taken: withheld in South Korea (KR)

5) {X[7]}
   Action taken: pending - we need more time to assess this post.

Content withheld in a country remains visible elsewhere. More information:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome list, one action line under each URL",
    why="status on the line below each URL; one refusal with its reason, one still pending",
    items={X[3]: "restricted", X[4]: "restricted", X[5]: "rejected", X[6]: "restricted", X[7]: "pending"},
)

case(
    name="x-not-removed-but-withheld",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 09:41:30 +0000",
    subject="Re: [KCSC-240902-01] Request for corrective action",
    reply_to_req="req-240902-01",
    body=f"""Hi,

Regarding two of the posts in KCSC-240902-01:

We have not removed {X[6]}. It does not break the X Rules, but it has been withheld in Korea in response to your legal demand.

{X[7]} was not withheld: the account holder deleted the post before our review was finished, so there was nothing left for us to act on.

Best,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply distinguishing global removal from country withholding",
    why="'not removed ... but withheld' is restricted; 'not withheld: the author deleted it' is not_found",
    items={X[6]: "restricted", X[7]: "not_found"},
)

case(
    name="x-correction-of-earlier-reply",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 03:20:00 +0000",
    subject="Correction: [KCSC-240902-01] Request for corrective action",
    reply_to_req="req-240902-01",
    body=f"""Hello,

We are writing to correct our message of 13 September about KCSC-240902-01.

That message said that {X[8]} had been withheld in Korea. This was a mistake on our side. A second reviewer found that the post breaks our rules on illegal gambling, and it has been removed from X worldwide.

Nothing else in our earlier message changes.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal correction of an earlier outcome email",
    why="the earlier 'withheld' is reported and withdrawn; the current status is removed",
    items={X[8]: "removed"},
)

case(
    name="x-table-corrected-by-note",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 08:05:12 +0000",
    subject="[KCSC-240902-01] Outcome of your request (partial)",
    reply_to_req="req-240902-01",
    type="html",
    body=f"""<html><body>
<p>Hello,</p>
<p>Outcome for KCSC-240902-01 (partial):</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td>{X[8]}</td><td>Withheld (KR)</td></tr>
<tr><td>{X[9]}</td><td>Withheld (KR)</td></tr>
<tr><td>{X[10]}</td><td>Withheld (KR)</td></tr>
</table>
<p><b>Correction:</b> the action shown in the third row is wrong. The post at
{X[10]} was reviewed and does not violate the X Rules or the Korean law cited;
it has not been withheld and remains available.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome table (HTML) with a reviewer's correction below it",
    why="the note explicitly corrects the table's third row: rejected, not withheld",
    items={X[8]: "restricted", X[9]: "restricted", X[10]: "rejected"},
)

case(
    name="x-suspended-and-hedge-relative",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 17 Sep 2024 01:12:55 +0000",
    subject="Re: [KCSC-240902-01] Request for corrective action",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Update on KCSC-240902-01.

The account @bet_harbor_kr ({X[12]}) has been permanently suspended for repeated violations of our illegal gambling policy, so none of its content is visible on X any more.

The post {X[11]}, which may already have been deleted by its author, is still with our review team; we will confirm its status separately.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X account suspension notice relayed by X Legal",
    why="suspended account is removed; the other post is only 'may have been deleted', still under review",
    items={X[12]: "removed", X[11]: "pending"},
)

case(
    name="x-top-posted-gmail",
    **{"from": "d.ortiz@x.com"}, name_from="Daniel Ortiz",
    date="Mon, 16 Sep 2024 11:48:03 +0000",
    subject="Re: [KCSC-240902-01] Request for corrective action",
    reply_to_req="req-240902-01",
    body=f"""Hi team,

The three posts below have been withheld in Korea:

{X[4]}
{X[5]}
{X[6]}

The rest of your list is still being looked at, I'll get back to you on those.

Daniel
X Legal Operations

{gmail_quote("Mon, 2 Sep 2024 at 10:30", REQ_X)}""",
    outcome="applied", classification="confirmation",
    imitates="X legal operations staff reply top-posted over the quoted request (Gmail style)",
    why="three URLs under a withheld heading; the 13 quoted URLs below carry no statement",
    items={X[4]: "restricted", X[5]: "restricted", X[6]: "restricted"},
)

case(
    name="x-outlook-bare-url-status-below",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 18 Sep 2024 05:30:40 +0000",
    subject="RE: [KCSC-240902-01] Request for corrective action",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Please see the result for the posts below.

{X[2]}
Status: Removed (violation of the X Rules)

{X[3]}
Status: No action - the reported content is not in violation of the X Rules or local law

Kind regards,
X Legal

{outlook_quote("Monday, September 2, 2024 10:30 AM", "legal@x.com", "[KCSC-240902-01] Request for corrective action", REQ_X)}""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply over an unprefixed '-----Original Message-----' quote",
    why="bare URL with its status on the next line; the Outlook quote below is not a statement",
    items={X[2]: "removed", X[3]: "rejected"},
)

case(
    name="x-base64-ack-plus-statement",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Tue, 17 Sep 2024 06:00:21 +0000",
    subject="Your report [KCSC-240902-01]",
    raw_mime=b64_part(f"""Hello,

Thanks for reaching out. We've received your report and it has been
assigned case number 0917-KR-55102.

We have withheld {X[4]} in South Korea. People in other countries can
still see the post.

X Support
"""),
    outcome="applied", classification="confirmation",
    imitates="X support reply in a base64 body, receipt wording followed by the action",
    why="receipt phrase plus an unhedged withheld statement: not a pure acknowledgement",
    items={X[4]: "restricted"},
)

case(
    name="x-promise-and-condition",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 10:10:10 +0000",
    subject="Re: [KCSC-240902-01] Request for corrective action",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Thank you for request KCSC-240902-01.

The posts listed below will be withheld in Korea once our legal team has completed its review:

- {X[9]}
- {X[10]}

If we find that {X[11]} violates local law, it would also be withheld in Korea. We expect to have an answer within five business days.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply announcing intended withholding",
    why="a promise ('will be withheld') and a condition ('if we find'): nothing has happened yet",
    items={X[9]: "pending", X[10]: "pending", X[11]: "pending"},
)

case(
    name="x-table-note-conflict",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 18 Sep 2024 02:44:17 +0000",
    subject="[KCSC-240902-01] Outcome report",
    reply_to_req="req-240902-01",
    body=f"""Request: KCSC-240902-01

URL                                                    | Action
-------------------------------------------------------+---------------
{X[0]}    | Withheld (KR)
{X[1]}    | Withheld (KR)

Note: the posts in this report remain visible in Korea at this time while
the account holder's objection is considered.

X Legal
""",
    outcome="review", review="conflicting_statements",
    imitates="generated outcome table with a free-text reviewer note",
    why="the table says withheld in KR, the note says both posts are still visible in Korea; no correction says which is right",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-auto-ack",
    **{"from": "no-reply@x.com"}, name_from="X Legal Request Intake",
    date="Mon, 02 Sep 2024 01:31:02 +0000",
    subject="We received your legal request [Case 0902-LR-88231]",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Hello,

We have received your legal request. Your case number is 0902-LR-88231.

Reported URLs:
{X[0]}
{X[1]}
{X[12]}
(and 10 more)

Our team will review the content against the X Rules and applicable law.
You do not need to reply to this email.

X Legal Request Intake
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal request intake auto-receipt echoing the reported URLs",
    why="pure receipt with a case number; the echoed URLs carry no statement",
)

# ===== YouTube (KCSC-240903-02, 4 items) =================================
case(
    name="yt-by-position",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Fri, 13 Sep 2024 04:22:10 +0000",
    subject="Re: [KCSC-240903-02] Request for corrective action",
    reply_to_req="req-240903-02",
    body=f"""Hello,

Thank you for your request KCSC-240903-02 regarding the following videos:

1. {YT[0]}
2. {YT[1]}
3. {YT[2]}

We have blocked the first and third videos from view in South Korea in accordance with local law. The second video has been removed from YouTube for violating our Community Guidelines.

We have not yet completed our review of the remaining video in your request.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome (local-law block versus guideline removal)",
    why="statuses given by position ('first and third', 'second') over the list in the reply itself",
    items={YT[0]: "restricted", YT[2]: "restricted", YT[1]: "removed"},
)

case(
    name="yt-did-not-remove-age-restricted",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Mon, 16 Sep 2024 02:05:33 +0000",
    subject="Re: [KCSC-240903-02] Request for corrective action",
    reply_to_req="req-240903-02",
    body=f"""Hello,

We reviewed the Short you reported in KCSC-240903-02.

We did not remove <{YT[2]}>, because it does not break our Community Guidelines when viewed in context. We have, however, applied an age restriction, so it can no longer be watched by viewers who are signed out or under 18.

You can read more about age-restricted content here:
https://support.google.com/youtube/answer/2802167

Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction notice relayed by Google Legal",
    why="negated removal followed by an age restriction: restricted, not rejected; the help link is no item",
    items={YT[2]: "restricted"},
)

case(
    name="yt-qp-html-table",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Tue, 17 Sep 2024 07:40:00 +0000",
    subject="[KCSC-240903-02] Outcome of your legal request",
    reply_to_req="req-240903-02",
    raw_mime=qp_part(f"""<html><body>
<p>Hello,</p>
<p>Here is the outcome of your request <b>KCSC-240903-02</b>:</p>
<table style="border-collapse:collapse" border="1" cellpadding="6">
<tr><th>Content</th><th>Outcome</th></tr>
<tr><td><a href="{YT[1]}">{YT[1]}</a></td><td>Removed &ndash; violates Community Guidelines</td></tr>
<tr><td><a href="{YT[3]}">{YT[3]}</a></td><td>Blocked in KR (local law)</td></tr>
</table>
<p>For details see our <a href="https://support.google.com/youtube/answer/2801964">Harmful or dangerous content policy</a>.</p>
<p>The YouTube Legal Team</p>
</body></html>
""", "html"),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome table, HTML in quoted-printable",
    why="one removal and one country block in a QP-encoded HTML table; the policy link is no item",
    items={YT[1]: "removed", YT[3]: "restricted"},
)

case(
    name="yt-statement-line-url-below",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Wed, 18 Sep 2024 03:15:45 +0000",
    subject="Re: [KCSC-240903-02] Request for corrective action",
    reply_to_req="req-240903-02",
    body=f"""Hi,

Update on KCSC-240903-02:

The following video has been removed for violating our policy on harmful or dangerous content:
<{YT[1]}>

The following video was not removed. It is a harm-reduction explainer from a public health channel and was not found to violate our guidelines or the law you cited:
{YT[3]}

If you disagree, you can submit additional information through
https://support.google.com/legal/contact/lr_legalother

Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Google Legal reply, each statement followed by its URL on the next line",
    why="URL on the line below its statement; 'was not found to violate' is a refusal, not not_found",
    items={YT[1]: "removed", YT[3]: "rejected"},
)

case(
    name="yt-relative-hedge-main-statement",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Thu, 19 Sep 2024 01:02:03 +0000",
    subject="Re: [KCSC-240903-02] Request for corrective action",
    reply_to_req="req-240903-02",
    body=f"""Hello,

Further to KCSC-240903-02: the Short at {YT[2]}, which appears to be a re-upload of a video we took down last month, has been removed for violating our Community Guidelines, and the channel has received a strike.

Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube guideline removal outcome with a strike",
    why="the hedge sits in a relative clause about the re-upload; the main clause states removal plainly",
    items={YT[2]: "removed"},
)

case(
    name="yt-hedge-appears",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Thu, 12 Sep 2024 08:30:00 +0000",
    subject="Re: [KCSC-240903-02] Request for corrective action",
    reply_to_req="req-240903-02",
    body=f"""Hello,

Thank you for following up on KCSC-240903-02.

It appears that {YT[0]} may already have been taken down by the uploader, though we still need to confirm this. We are also checking whether {YT[1]} is still available in Korea and will update you once we know more.

Google Legal Support
""",
    outcome="review", review="not_understood",
    imitates="Google Legal interim reply",
    why="'appears ... may have been taken down' and 'checking whether': hedges and work in progress",
    items={YT[0]: "pending", YT[1]: "pending"},
)

case(
    name="yt-untrusted",
    **{"from": "legal@youtube.com"}, name_from="YouTube Legal",
    auth="fail",
    date="Sat, 14 Sep 2024 12:00:00 +0000",
    subject="Re: [KCSC-240903-02] All videos removed",
    reply_to_req="req-240903-02",
    body=f"""Hello,

All four videos in your request KCSC-240903-02 have been removed:

{YT[0]} - removed
{YT[1]} - removed
{YT[2]} - removed
{YT[3]} - removed

YouTube Legal
""",
    outcome="review", review="untrusted",
    imitates="YouTube legal outcome list sent from a youtube.com address that fails DMARC",
    why="platform domain but authentication fails: nothing may be applied",
    items={YT[0]: "pending", YT[1]: "pending", YT[2]: "pending", YT[3]: "pending"},
)

case(
    name="yt-ooo",
    **{"from": "jiwoo.han@google.com"}, name_from="Jiwoo Han",
    date="Tue, 03 Sep 2024 05:00:14 +0000",
    subject="Automatic reply: [KCSC-240903-02] Request for corrective action",
    reply_to_req="req-240903-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""Thank you for your email.

I am out of the office until Monday 23 September 2024 with limited access to
email. Your message has not been forwarded.

Legal removal requests are handled by the team in the order received; for
anything urgent please use https://support.google.com/legal/answer/3110420

Jiwoo Han
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail out-of-office auto-reply from a Google Legal staff member",
    why="out-of-office auto-reply; the help link is no item",
)

# ===== Telegram (KCSC-240905-03, 3 items; KCSC-240911-07, 1 item) =========
case(
    name="tg-items-by-number-from-quote",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 16:20:01 +0000",
    subject="Re: [KCSC-240905-03] Request for corrective action",
    reply_to_req="req-240905-03",
    body=f"""Hello,

Thanks for your report (Case #4471209).

Items 1 and 2 on your list have been deleted and the channel admin has been warned. Item 3 is a link to a message that does not exist - we were unable to find it.

Telegram Abuse Team

{gmail_quote("Thu, 5 Sep 2024 at 09:15", REQ_TG)}""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply referring to the numbered list of the quoted request",
    why="statuses by item number; the numbers point at the regulator's own list quoted below (arguable, see NOTES)",
    items={TG[0]: "removed", TG[1]: "removed", TG[2]: "not_found"},
)

case(
    name="tg-revision-korea-then-global",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sat, 14 Sep 2024 10:05:44 +0000",
    subject="Re: [KCSC-240905-03] Request for corrective action",
    reply_to_req="req-240905-03",
    body=f"""Hello,

Case #4471388.

Our moderators first restricted {TG[1]} for users in South Korea only. After a second look, the message has now been deleted from Telegram altogether.

{TG[0]} remains blocked in South Korea.

- Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk update after a second review",
    why="the later sentence revises the first (KR restriction, then global deletion): removed; the other stays restricted",
    items={TG[1]: "removed", TG[0]: "restricted"},
)

case(
    name="tg-could-not-find-violation",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Mon, 16 Sep 2024 13:33:00 +0000",
    subject="Re: [KCSC-240905-03]",
    reply_to_req="req-240905-03",
    body=f"""Hi,

Re: KCSC-240905-03

{TG[0]} - deleted.

{TG[2]} - we could not find anything in this message that breaks Telegram's Terms of Service, so it remains available. The chat is a public discussion group and the message you reported is a link to a news article.

Telegram Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="terse Telegram abuse-desk reply, one line per link",
    why="'could not find anything that breaks our terms ... remains available' is a refusal, not not_found",
    items={TG[0]: "removed", TG[2]: "rejected"},
)

case(
    name="tg-one-item-sole",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 09:00:00 +0000",
    subject="Re: [KCSC-240911-07] Request for corrective action",
    reply_to_req="req-240911-07",
    body="""Hello,

The channel you reported under KCSC-240911-07 has been blocked for violating Telegram's Terms of Service and can no longer be viewed on any Telegram app.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram channel-blocked reply",
    why="the request has one item; a statement naming no URL applies to it; blocked everywhere is removed",
    items={TG1[0]: "removed"},
)

case(
    name="tg-bounce-dsn",
    **{"from": "MAILER-DAEMON@mail-out1.telegram.org"}, name_from="Mail Delivery System",
    auth="none",
    date="Wed, 11 Sep 2024 06:52:10 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="dsn-7F31A2C90B"

--dsn-7F31A2C90B
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail-out1.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa@telegram.org>: mailbox full, message rejected

--dsn-7F31A2C90B
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-out1.telegram.org
Arrival-Date: Wed, 11 Sep 2024 06:45:58 +0000

Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-7F31A2C90B
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: [KCSC-240911-07] Request for corrective action
Message-ID: <req-240911-07@kcsc.example>
Date: Wed, 11 Sep 2024 15:45:00 +0900
Content-Type: text/plain; charset=utf-8

{request_text("KCSC-240911-07", "Telegram", TG1)}

--dsn-7F31A2C90B--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our request",
    why="a bounce carrying our own request; nothing said about the item",
)

case(
    name="tg-promise-warned-owner",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 11:11:11 +0000",
    subject="Re: [KCSC-240905-03] Request for corrective action",
    reply_to_req="req-240905-03",
    body=f"""Hello,

Case #4471502 (KCSC-240905-03).

We have contacted the administrators of https://t.me/night_courier_kr and asked them to delete {TG[0]} and {TG[1]} within 24 hours. If they do not comply, the channel will be blocked.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk reply that the channel owner was asked to act",
    why="asked the owner to delete, with a conditional threat: no item has a status yet; the channel URL is no item",
    items={TG[0]: "pending", TG[1]: "pending"},
)

case(
    name="tg-unknown-sender-lawyer",
    **{"from": "jh.kim@hanul-law.example"}, name_from="Kim Jae-hyun",
    date="Tue, 17 Sep 2024 02:30:00 +0000",
    subject="KCSC-240905-03 - Telegram channel night_courier_kr",
    body=f"""Dear Sir or Madam,

We act for the administrator of the Telegram channel night_courier_kr in
connection with your request KCSC-240905-03.

Our client has deleted the posts at {TG[0]} and {TG[1]}.
The message at {TG[2]} was never posted by our client and we have no
control over it.

Yours faithfully,
Kim Jae-hyun
Hanul Law Office
""",
    outcome="review", review="unknown_sender",
    imitates="letter from the uploader's lawyer",
    why="a third party, not Telegram, reports deletions: a person must look",
    items={TG[0]: "pending", TG[1]: "pending", TG[2]: "pending"},
)

# ===== NAVER (KCSC-240906-04, 5 items) ===================================
case(
    name="naver-removed-and-author-deleted",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Thu, 12 Sep 2024 15:20:00 +0900",
    subject="RE: [KCSC-240906-04] 시정요구 처리 결과 안내",
    reply_to_req="req-240906-04",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240906-04)의 처리 결과를 안내드립니다.

{NV[0]}은 명예훼손 게시물로 판단되어 게시중단(삭제) 조치하였습니다.
{NV[1]}의 경우 확인 결과 작성자가 이미 삭제한 게시물로, 별도 조치가 불가합니다.

나머지 게시물은 검토 중이며 결과가 나오는 대로 회신드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내 mail",
    why="Korean particles glued to the URLs; 게시중단(삭제) is removed, 작성자가 이미 삭제 is not_found",
    items={NV[0]: "removed", NV[1]: "not_found"},
)

case(
    name="naver-text-table-qp",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Fri, 13 Sep 2024 10:45:00 +0900",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240906-04)",
    reply_to_req="req-240906-04",
    raw_mime=qp_part(f"""[네이버] 게시중단 요청 처리 결과 안내

요청번호: KCSC-240906-04

| 번호 | 게시물 주소 | 처리 결과 | 비고 |
| 1 | {NV[2]} | 임시조치 | 30일간 게시 중단 |
| 2 | {NV[3]} | 블라인드 | 카페 운영원칙 위반 |
| 3 | {NV[4]} | 반려 | 공익 목적의 정보로 판단되어 게시 유지 |

처리 결과에 대한 문의는 이 메일에 회신해 주시기 바랍니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER 처리 결과 table in a quoted-printable plain-text mail",
    why="임시조치 restricted, 블라인드 removed, 반려 with its reason rejected",
    items={NV[2]: "restricted", NV[3]: "removed", NV[4]: "rejected"},
)

case(
    name="naver-correction-and-negation",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Wed, 18 Sep 2024 09:30:00 +0900",
    subject="[정정] KCSC-240906-04 처리 결과 안내",
    reply_to_req="req-240906-04",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

9월 13일에 안내드린 KCSC-240906-04 처리 결과 중 일부를 정정합니다.

- {NV[2]} : 앞선 메일에서 '삭제'로 안내드렸으나, 실제로는 임시조치(30일) 상태입니다. 처리 결과를 '임시조치'로 정정합니다.
- {NV[3]} : 해당 게시물은 삭제하지 않았으며, 청소년 유해 정보로 분류하여 성인 인증 후에만 볼 수 있도록 접근을 제한하였습니다.
- {NV[4]} : 삭제 완료되었습니다.

혼선을 드려 죄송합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER correction of an earlier 처리 결과 mail",
    why="'삭제' corrected to 임시조치 (restricted); '삭제하지 않았으며 ... 접근을 제한' is restricted; the kin post removed",
    items={NV[2]: "restricted", NV[3]: "restricted", NV[4]: "removed"},
)

case(
    name="naver-bulk",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Sat, 14 Sep 2024 11:00:00 +0900",
    subject="RE: [KCSC-240906-04] 시정요구",
    reply_to_req="req-240906-04",
    body="""안녕하세요.

KCSC-240906-04 건으로 요청하신 게시물 전체에 대하여 게시중단 조치를 완료하였습니다.

감사합니다.
네이버 정책지원팀
""",
    outcome="review", review="bulk",
    imitates="short NAVER 조치 완료 reply",
    why="'요청하신 게시물 전체' for a five-item request names no item",
    items={u: "pending" for u in NV},
)

case(
    name="naver-asks-more",
    **{"from": "rights@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Tue, 10 Sep 2024 14:00:00 +0900",
    subject="[네이버] 게시중단 요청 관련 추가 자료 요청 (KCSC-240906-04)",
    reply_to_req="req-240906-04",
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

KCSC-240906-04로 요청하신 아래 게시물은 명예훼손 관련 게시중단 요청으로, 정보통신망법에 따라 권리침해 사실을 소명할 수 있는 자료가 필요합니다.

- {NV[0]}
- {NV[1]}

피해 당사자의 위임장과 침해 내용을 확인할 수 있는 자료를 회신으로 보내주시면 검토 후 처리하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 권리침해 소명자료 요청 mail",
    why="asks for supporting documents before acting",
    items={NV[0]: "pending", NV[1]: "pending"},
)

case(
    name="naver-mdn",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Mon, 09 Sep 2024 10:12:00 +0900",
    subject="읽음 확인: [KCSC-240906-04] 시정요구",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification;
	boundary="mdn-5c1e0a77"

--mdn-5c1e0a77
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 '[KCSC-240906-04] 시정요구'를 수신자가 2024-09-09 10:12에 읽었습니다.

--mdn-5c1e0a77
Content-Type: message/disposition-notification

Reporting-UA: mail.naver.com; NAVER WORKS Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-5c1e0a77--
""",
    outcome="ignored", classification="read_receipt",
    imitates="NAVER WORKS read receipt (MDN)",
    why="a read receipt says nothing about any item",
)

case(
    name="naver-ooo-korean",
    **{"from": "seoyeon.lee@navercorp.com"}, name_from="이서연",
    date="Fri, 06 Sep 2024 11:01:30 +0900",
    subject="[자동회신] [KCSC-240906-04] 시정요구",
    reply_to_req="req-240906-04",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""안녕하세요. 이서연입니다.
9월 6일부터 9월 16일까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: 2024-09-06 (금) 11:00
Subject: [KCSC-240906-04] 시정요구

{REQ_NV}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동회신 quoting the original request",
    why="out-of-office auto-reply; the quoted request is our own text",
)

# ===== Kakao (KCSC-240909-05, 4 items) ===================================
case(
    name="kakao-tistory-raw-korean",
    **{"from": "cs-policy@kakaocorp.com"}, name_from="카카오 고객보호팀",
    date="Fri, 13 Sep 2024 17:05:00 +0900",
    subject="RE: [KCSC-240909-05] 시정요구 조치 결과",
    reply_to_req="req-240909-05",
    raw_mime=b64_part(f"""안녕하세요, 카카오 고객보호팀입니다.

요청번호 KCSC-240909-05 관련 티스토리 게시물 처리 결과를 안내드립니다.

1. {K_RAW[0]}
   → 불법 도박 홍보 게시물로 확인되어 삭제하였습니다.

2. https://hanbit-odds.tistory.com/entry/%EC%8A%AC%EB%A1%AF-%EA%B0%80%EC%9E%85-
%EC%BD%94%EB%93%9C
   → 운영정책 위반으로 비공개 처리되었습니다.

Daum 카페 게시물 2건은 카페 운영팀에서 별도로 회신드릴 예정입니다.

감사합니다.
카카오
"""),
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객보호팀 조치 결과 mail (base64 body)",
    why="raw Korean slug matches its percent-encoded form; the second URL is wrapped at a hyphen; 삭제 and 비공개 처리 are removed",
    items={KK[0]: "removed", KK[1]: "removed"},
)

CSV_KAKAO = "\ufeff" + "\r\n".join([
    "번호,URL,처리결과,사유",
    f"1,{KK[0]},삭제,불법 도박 홍보",
    f"2,{KK[1]},임시조치,권리침해 신고 접수에 따른 30일 게시 중단",
    f"3,{KK[2]},블라인드,카페 운영정책 위반",
    f"4,{KK[3]},조치 불가,위반 사항이 확인되지 않음",
]) + "\r\n"

case(
    name="kakao-csv-attachment",
    **{"from": "cs-policy@kakaocorp.com"}, name_from="카카오 고객보호팀",
    date="Tue, 17 Sep 2024 13:40:00 +0900",
    subject="[카카오] KCSC-240909-05 조치 결과 회신",
    reply_to_req="req-240909-05",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="kk-part-0917"

--kk-part-0917
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 카카오 고객보호팀입니다.

KCSC-240909-05 건의 게시물별 조치 결과를 첨부 파일로 보내드립니다.

감사합니다.

--kk-part-0917
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-05_result.csv"
Content-Disposition: attachment; filename="KCSC-240909-05_result.csv"
Content-Transfer-Encoding: base64

{b64(CSV_KAKAO)}
--kk-part-0917--
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 조치 결과 CSV attachment",
    why="CSV rows: 삭제 removed, 임시조치 restricted, 블라인드 removed, 조치 불가 (no violation) rejected",
    items={KK[0]: "removed", KK[1]: "restricted", KK[2]: "removed", KK[3]: "rejected"},
)

case(
    name="kakao-cafe-fullwidth",
    **{"from": "cafe-ops@kakaocorp.com"}, name_from="Daum 카페 운영팀",
    date="Wed, 18 Sep 2024 16:10:00 +0900",
    subject="[Daum 카페] KCSC-240909-05 게시물 조치 결과",
    reply_to_req="req-240909-05",
    body=f"""안녕하세요. Daum 카페 운영팀입니다.

KCSC-240909-05로 요청하신 카페 게시물에 대한 조치 결과를 알려드립니다.

「{KK[2]}」 게시물은 불법 도박 홍보로 확인되어 블라인드 처리하였습니다.
{KK[3]}，해당 게시물은 존재하지 않는 게시물로 확인됩니다（작성자 삭제로 추정됩니다）。

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 블라인드 처리 안내",
    why="URLs in 「」 and before a full-width comma; the hedge is only about why the post is gone",
    items={KK[2]: "removed", KK[3]: "not_found"},
)

case(
    name="kakao-ack",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Mon, 09 Sep 2024 16:21:05 +0900",
    subject="[카카오] 신고가 정상적으로 접수되었습니다",
    reply_to_req="req-240909-05",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 카카오 고객센터입니다.

보내주신 신고가 정상적으로 접수되었습니다.
접수번호: 20240909-448812

담당자가 검토한 후 처리 결과를 메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 접수 완료 auto-mail",
    why="pure receipt with a ticket number",
)

case(
    name="kakao-lookalike-domain",
    **{"from": "safety@kakaocorp-notice.com"}, name_from="카카오 고객센터",
    date="Sun, 15 Sep 2024 20:00:00 +0900",
    subject="RE: [KCSC-240909-05] 조치 완료",
    body=f"""안녕하세요, 카카오입니다.

요청번호 KCSC-240909-05 게시물에 대해 아래와 같이 조치하였습니다.

{KK[0]} : 삭제
{KK[1]} : 삭제

감사합니다.
""",
    outcome="review", review="unknown_sender",
    imitates="Kakao 조치 결과 mail sent from a look-alike domain",
    why="kakaocorp-notice.com is not a Kakao sender domain",
    items={KK[0]: "pending", KK[1]: "pending"},
)

# ===== TikTok (KCSC-240910-06, 2 items) ==================================
case(
    name="tiktok-one-removed-one-stays",
    **{"from": "legal@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Fri, 13 Sep 2024 06:45:00 +0000",
    subject="Re: [KCSC-240910-06] Request for corrective action",
    reply_to_req="req-240910-06",
    body=f"""Hi there,

Thanks for your report (KCSC-240910-06). We've removed one of the two videos, {TT[0]}, because it breaks our Community Guidelines on drugs and controlled substances. The other video, {TT[1]}, doesn't violate our guidelines or local law, so it will stay up.

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome email",
    why="mixed statuses across one paragraph; 'will stay up' with its reason is a refusal",
    items={TT[0]: "removed", TT[1]: "rejected"},
)

case(
    name="tiktok-telegram-link-in-bio",
    **{"from": "legal@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Mon, 16 Sep 2024 09:12:00 +0000",
    subject="Re: [KCSC-240910-06] Request for corrective action",
    reply_to_req="req-240910-06",
    body=f"""Hello,

Regarding KCSC-240910-06:

The video {TT[0]} has been removed. It promoted the Telegram channel {TG1[0]}, and we have also blocked that link from being shared in comments, bios and messages on TikTok.

We are still reviewing the second video and will let you know the outcome.

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome mentioning an off-platform link",
    why="TikTok removed its video; blocking the Telegram link on TikTok says nothing about the Telegram item",
    items={TT[0]: "removed", TT[1]: "pending", TG1[0]: "pending"},
)

case(
    name="tiktok-bulk-both",
    **{"from": "legal@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Sat, 14 Sep 2024 03:00:00 +0000",
    subject="Re: [KCSC-240910-06] Request for corrective action",
    reply_to_req="req-240910-06",
    body="""Hello,

We've completed our review of your report KCSC-240910-06. Both videos you reported have been removed for violating our Community Guidelines.

TikTok Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="TikTok short report outcome",
    why="'both videos' names neither URL: bulk statement for a two-item request",
    items={TT[0]: "pending", TT[1]: "pending"},
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    date="Tue, 10 Sep 2024 01:02:00 +0000",
    subject="We've received your report",
    reply_to_req="req-240910-06",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hi,

Thanks for contacting TikTok. We've received your report and created
ticket #TT-5503917. Our team will review the content and take action if it
violates our Community Guidelines or applicable law.

Please do not reply to this email.

TikTok Law Enforcement Outreach
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok ticket-system receipt",
    why="pure receipt; 'take action if it violates' is a promise about nothing named",
)

case(
    name="tiktok-no-claims",
    **{"from": "govpartners@tiktok.com"}, name_from="TikTok Government Partnerships",
    date="Wed, 18 Sep 2024 08:00:00 +0000",
    subject="New submission portal for government partners",
    body="""Dear partner,

From 1 October 2024, government and regulatory partners in the Asia-Pacific
region should submit removal requests through our new portal at
https://www.tiktok.com/legal/report/government-portal

Reports already submitted by email will continue to be handled as before.

Kind regards,
TikTok Government Partnerships
""",
    outcome="review", review="no_claims",
    imitates="TikTok notice to government partners about a new portal",
    why="trusted TikTok mail naming no item and no request",
)


def encode_headers(c):
    """Korean display names and subjects go out as RFC 2047 encoded-words, as real mailers send them."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = Header(v, "utf-8").encode()


def main():
    write_requests()
    for c in CASES:
        encode_headers(c)
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
