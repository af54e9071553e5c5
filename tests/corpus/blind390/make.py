#!/usr/bin/env python3
"""Blind set 390: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with their reasons, later sentences that revise earlier ones, a
table contradicted (or corrected) by a note, and statuses given by position.

    python3 tests/corpus/blind390/make.py

writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the meaning of the email alone, before
the reader was ever run on it.
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

SET = "blind390"

# ---------------------------------------------------------------- requests
R_X = "KCSC-240903-01"
R_TG = "KCSC-240905-02"
R_YT = "KCSC-240909-03"
R_NV = "KCSC-240910-04"
R_KK = "KCSC-240912-05"
R_TT = "KCSC-240913-06"
R_YT1 = "KCSC-240917-07"

X1 = "https://x.com/lucky_tiger88/status/1830114455667788001"
X2 = "https://x.com/lucky_tiger88/status/1830114455667788342"
X3 = "https://x.com/bet_haven_kr/status/1830227788990011223"
X4 = "https://x.com/bet_haven_kr/status/1830229900112233445"
X5 = "https://x.com/spinroom_vip/status/1830331122445566778"
X6 = "https://x.com/spinroom_vip/status/1830335566778899001"
X7 = "https://x.com/jackpot_lane/status/1830440011223344556"
X8 = "https://x.com/jackpot_lane/status/1830442233445566778"
X9 = "https://x.com/odds_whisper/status/1830550099887766554"
X10 = "https://x.com/odds_whisper/status/1830551122334455667"
X11 = "https://x.com/casino_moonkr/status/1830660077665544332"
X12 = "https://x.com/casino_moonkr"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

T1 = "https://t.me/frost_courier_kr/118"
T2 = "https://t.me/frost_courier_kr/241"
T3 = "https://t.me/ice_market_seoul"
T4 = "https://t.me/ice_market_seoul/57"
TS = [T1, T2, T3, T4]

Y1 = "https://www.youtube.com/watch?v=Qm7rT2xKp0a"
Y2 = "https://www.youtube.com/watch?v=Hv3bN8wLc4e"
Y3 = "https://www.youtube.com/watch?v=Zp1kD6sYt9u"
Y4 = "https://www.youtube.com/@goldbridge_signals"
Y5 = "https://www.youtube.com/shorts/Lw5eR2nJq8s"
Y6 = "https://www.youtube.com/watch?v=Ne4cX0vRa2k"

N1 = "https://blog.naver.com/moonlit_kr/223561234567"
N2 = "https://cafe.naver.com/rumormill/88213"
N3 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60204&docId=471122334"

K1 = "https://cafe.daum.net/greyroom/Ab3x/412"
K2_RAW = "https://nightowl-kr.tistory.com/entry/환전-대행"
K2 = "https://nightowl-kr.tistory.com/entry/" + quote("환전-대행")
assert K2 == "https://nightowl-kr.tistory.com/entry/%ED%99%98%EC%A0%84-%EB%8C%80%ED%96%89"

TT1 = "https://www.tiktok.com/@glassmoth_99/video/7413370001122334455"

REQUESTS = [
    (R_X, "x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", XS,
     "illegal_gambling", "gambling promotion posts and one account"),
    (R_TG, "telegram", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", TS,
     "drug_trade", "two channels selling narcotics"),
    (R_YT, "youtube", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00", [Y1, Y2, Y3, Y4, Y5],
     "investment_fraud", "fake trading-signal videos and their channel"),
    (R_NV, "naver", "2024-09-10T09:30:00+09:00", "2024-09-17T18:00:00+09:00", [N1, N2, N3],
     "privacy", "personal data of a private person"),
    (R_KK, "kakao", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00", [K1, K2],
     "illegal_gambling", "cash-out agent ads"),
    (R_TT, "tiktok", "2024-09-13T15:00:00+09:00", "2024-09-20T18:00:00+09:00", [TT1],
     "drug_trade", "single video"),
    (R_YT1, "youtube", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00", [Y6],
     "investment_fraud", "single video"),
]


def msgid(ref):
    return ref + ".req"


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, msgid(ref) + "@kcsc.example", note])


def request_text(ref, urls, greeting, numbered=True, prefix=""):
    """Our own request, as quoted below a reply."""
    lines = [greeting, "",
             "Under Article 44-7 of the Information and Communications Network Act,",
             "the Korea Communications Standards Commission asks you to remove or",
             "block access to the following content:", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}" if numbered else u)
    lines += ["", f"Reference: {ref}", "Please reply to this address with the action taken.", "",
              "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


# ======================================================================
# X (largest request, 12 items)
# ======================================================================
case(
    name="x-removed-and-withheld-one-sentence",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 07:20:11 +0000",
    subject=f"Re: [{R_X}] Request to remove illegal gambling promotions",
    reply_to_req=msgid(R_X),
    body=f"""
Hello,

Thank you for your report regarding case {R_X}.

Following our review, {X1} has been removed for violating the X Rules on illegal and regulated goods and services, while {X2} has been withheld in the Republic of Korea under local law.

We will reply separately about the other posts in your request.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (Country Withheld Content / rules violation)",
    why="one sentence gives two statuses: the first URL removed, the second (after 'while') withheld in Korea",
    items={X1: "removed", X2: "restricted"},
)

case(
    name="x-not-removed-but-withheld",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 02:41:09 +0000",
    subject=f"Re: [{R_X}] Request to remove illegal gambling promotions",
    reply_to_req=msgid(R_X),
    body=f"""
Hi,

We have reviewed the two posts by @bet_haven_kr.

The post at {X3} has not been removed from X. It is no longer visible to people in South Korea, as we have withheld it in that country in response to your legal demand.

{X4} was not withheld on a country basis; it was taken down globally because it breached our policy on illegal and regulated goods and services.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email with Country Withheld Content wording",
    why="negations: 'not removed' + withheld -> restricted; 'not withheld' + taken down globally -> removed",
    items={X3: "restricted", X4: "removed"},
)

case(
    name="x-refusal-with-reason-and-withheld",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 09:03:44 +0000",
    subject=f"{R_X} - partial outcome",
    body=f"""
Hello KCSC,

Case {R_X} - partial outcome

We have decided not to take action on {X5}. The post links to a news article about gambling regulation and does not itself advertise a gambling service, so it does not violate the X Rules, and we have not identified a basis to restrict it under Korean law.

The other post by the same account, {X6}, has been withheld in Korea.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request reply declining one item with a reason",
    why="a refusal with its reason -> rejected; the same-account post withheld in Korea -> restricted",
    items={X5: "rejected", X6: "restricted"},
)

case(
    name="x-withheld-then-removed-update",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 05:12:30 +0000",
    subject=f"Update: {R_X}",
    body=f"""
Hello KCSC team,

An update on {X7} from your request {R_X}.

On 9 September we withheld this post in South Korea. The account holder then reposted the same promotion, and on a second review our safety team found that the post breaches the X Rules in every country. The post has therefore now been removed globally and is no longer available anywhere on X.

Best regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X follow-up email escalating a country-withheld post to a global removal",
    why="an earlier sentence says withheld, a later one revises it to removed globally: the later state counts",
    items={X7: "removed"},
)

case(
    name="x-first-second-third-by-position",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 08:30:00 +0000",
    subject=f"Re: [{R_X}] Request to remove illegal gambling promotions",
    reply_to_req=msgid(R_X),
    body=f"""
Re: {R_X}

You asked us about these three posts:

{X8}
{X9}
{X10}

The first and the second have been removed. The third has been withheld in South Korea only, because the account holder is based outside Korea and the post is lawful where it was published.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request reply listing URLs then giving outcomes by position",
    why="statuses by position over the list just above: 1st and 2nd removed, 3rd withheld in Korea",
    items={X8: "removed", X9: "removed", X10: "restricted"},
)

CSV_X = f"""reference,reported_url,action_taken,action_date,notes
{R_X},{X11},Removed,2024-09-10,Illegal and regulated goods and services
{R_X},{X12},Withheld (KR),2024-09-10,Account withheld in KR
{R_X},{X3},No action,2024-09-10,"No violation of X Rules or local law found"
"""
case(
    name="x-csv-attachment",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 06:00:12 +0000",
    subject=f"Outcome of legal request {R_X}",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_xlegal_5521"

--=_xlegal_5521
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for three of the items in {R_X}.
The remaining items are still being processed.

X Legal

--=_xlegal_5521
Content-Type: text/csv; charset=utf-8; name="{R_X}_outcome.csv"
Content-Disposition: attachment; filename="{R_X}_outcome.csv"
Content-Transfer-Encoding: 7bit

{CSV_X}
--=_xlegal_5521--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome with a CSV export of actions",
    why="CSV rows: post removed, account withheld in KR, post with no action (no violation) -> rejected",
    items={X11: "removed", X12: "restricted", X3: "rejected"},
)

case(
    name="x-top-posted-over-quoted-request",
    **{"from": "legal@x.com"}, name_from="Hana Oh (X Legal)",
    date="Wed, 04 Sep 2024 23:55:02 +0000",
    subject=f"Re: [{R_X}] Request to remove illegal gambling promotions",
    reply_to_req=msgid(R_X),
    body=f"""
Hi,

{X1} and {X2} were both removed this morning. We are still looking at the rest of your list.

Hana

On Tue, 3 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{request_text(R_X, XS, "Dear X Legal team,", prefix="> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply by a platform employee over the quoted request",
    why="two URLs named above the quote are removed; the 12 quoted URLs are our own request, not statements",
    items={X1: "removed", X2: "removed"},
)

QP_BODY = f"""Dear KCSC,

Regarding your report {R_X}, please see the result for two of the posts you listed.

- {X7} : withheld in South Korea (Country Withheld Content) as of 11 September 2024.
- {X8} : we were unable to locate this post. The link returns an error on our side and the post ID does not exist in our systems.

Kind regards,
X Legal Operations
"""
case(
    name="x-quoted-printable-soft-breaks",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Wed, 11 Sep 2024 04:18:37 +0000",
    subject=f"Result: {R_X}",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_BODY)}""",
    outcome="applied", classification="confirmation",
    imitates="X legal operations email sent quoted-printable (long lines soft-wrapped)",
    why="bulleted URL : status lines; withheld in South Korea -> restricted, unable to locate / does not exist -> not_found",
    items={X7: "restricted", X8: "not_found"},
)

HTML_X = f"""<html><body>
<p>Hello,</p>
<p>Outcome of legal request <b>{R_X}</b> (partial):</p>
<table border="1" cellpadding="4">
<tr><th>Reported content</th><th>Outcome</th></tr>
<tr><td><a href="{X9}">{X9}</a></td><td>Removed &ndash; violates the X Rules</td></tr>
<tr><td><a href="{X10}">{X10}</a></td><td>No action &ndash; the post does not break the X Rules or Korean law as assessed by our team</td></tr>
<tr><td><a href="{X11}">{X11}</a></td><td>Not found &ndash; post ID does not exist</td></tr>
</table>
<p>If you disagree with a decision, you can reply through <a href="https://help.x.com/en/forms/legal">our legal request form</a>.</p>
<p>X Legal</p>
</body></html>
"""
case(
    name="x-base64-html-table",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 01:40:55 +0000",
    subject=f"Outcome: {R_X}",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(HTML_X)}""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome as a base64 HTML table",
    why="HTML table rows: removed; no action with reason -> rejected; not found; the help-form link is not an item",
    items={X9: "removed", X10: "rejected", X11: "not_found"},
)

case(
    name="x-angle-bracket-wrapped-urls",
    **{"from": "legal@x.com"}, name_from="Minji (X Legal APAC)",
    date="Fri, 13 Sep 2024 10:22:19 +0000",
    subject=f"Re: [{R_X}] Request to remove illegal gambling promotions",
    reply_to_req=msgid(R_X),
    body=f"""
Hello,

The following were reviewed under your request {R_X}:

<https://x.com/odds_whisper/
 status/1830551122334455667> - removed (illegal and regulated goods
and services policy)

<{X12}> - account withheld in KR

Best,
Minji
X Legal (APAC)
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with URLs in angle brackets, one wrapped across lines (RFC 3986 appendix C)",
    why="the wrapped <...> URL is odds_whisper/...667 -> removed; the account in brackets withheld in KR -> restricted",
    items={X10: "removed", X12: "restricted"},
)

case(
    name="x-bare-url-status-below",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Sat, 07 Sep 2024 03:14:00 +0000",
    subject=f"{R_X} - results",
    body=f"""
{R_X} - results

{X4}
Status: Removed

{X5}
Status: No action taken. Reported content does not violate the X Rules.

{X6}
Status: Unable to locate. The post may have been deleted by its author before our review.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request result list, bare URL with 'Status:' on the line below",
    why="status lines below each URL; 'unable to locate' is unhedged (only its cause is hedged) -> not_found",
    items={X4: "removed", X5: "rejected", X6: "not_found"},
)

case(
    name="x-negation-not-removed-list",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Sun, 08 Sep 2024 06:45:10 +0000",
    subject=f"Re: [{R_X}] Request to remove illegal gambling promotions",
    reply_to_req=msgid(R_X),
    body=f"""
Hello,

We have carefully reviewed the following posts and we have not removed or withheld them:

1. {X3}
2. {X4}

Both posts link to the public results page of a licensed lottery operator, which is not illegal gambling under the laws cited in your request, and neither post breaks the X Rules. If you hold a court order or can give another legal basis, you may send it through our legal request form.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request refusal listing the declined posts with the reason",
    why="'we have not removed or withheld them' + reason: both rejected (the court-order line is an option, not a question)",
    items={X3: "rejected", X4: "rejected"},
)

case(
    name="x-echoed-report-decision",
    **{"from": "noreply@x.com"}, name_from="X Support",
    date="Sat, 07 Sep 2024 12:00:41 +0000",
    subject="Your report to X: decision",
    body=f"""
Your report
-----------
Report ID: 0917-4428-KR
Reporter: Korea Communications Standards Commission
Reference: {R_X}
Reported URL: {X5}
Reason given: Illegal gambling promotion

Our decision
------------
We removed this post for violating our rules on illegal and regulated goods and services.

Thanks for helping keep X safe.
""",
    outcome="applied", classification="confirmation",
    imitates="X report-outcome notification echoing the submitted report",
    why="the echoed report names the URL; the decision below it says the post was removed",
    items={X5: "removed"},
)

case(
    name="x-hedge-in-relative-clause",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 07:31:02 +0000",
    subject=f"Re: [{R_X}] Request to remove illegal gambling promotions",
    reply_to_req=msgid(R_X),
    body=f"""
Hello,

Regarding {R_X}:

The post {X9} has been removed.

The post {X10}, which we believe may already have been withheld under an earlier order from another authority, has been passed to our legal team for a second look; we will confirm its status separately.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with one outcome and one item still being checked",
    why="first post removed; the second carries only a hedged 'may already have been withheld' and a promise -> pending",
    items={X9: "removed", X10: "pending"},
)

# ======================================================================
# Telegram (4 items)
# ======================================================================
case(
    name="tg-blocked-but-not-found-one-sentence",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sat, 07 Sep 2024 15:02:33 +0000",
    subject=f"Re: [{R_TG}] Removal request: illegal drug sales",
    reply_to_req=msgid(R_TG),
    body=f"""
Hello,

We have blocked the channel {T3} together with its post {T4}, but no message exists at {T2} - it seems the channel admin deleted it before our moderators got to it.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk short reply",
    why="one sentence: channel and its post blocked -> removed; 'no message exists' -> not_found (the 'seems' hedges only the cause)",
    items={T3: "removed", T4: "removed", T2: "not_found"},
)

case(
    name="tg-hedge-relative-clause",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 18:40:00 +0000",
    subject=f"Re: [{R_TG}] Removal request: illegal drug sales",
    reply_to_req=msgid(R_TG),
    body=f"""
Hi,

Regarding {R_TG}: the message {T2} has been taken down by our moderators.

The message {T1}, which may already have been removed by the channel's administrators, is still being checked, and we will write again once we know more.

Telegram Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with one outcome and one open item",
    why="T2 taken down; T1 has only a hedge in a relative clause and 'still being checked' -> pending",
    items={T2: "removed", T1: "pending"},
)

case(
    name="tg-outlook-numbered-by-position",
    **{"from": "dsa@telegram.org"}, name_from="Telegram Support",
    date="Mon, 09 Sep 2024 09:12:45 +0000",
    subject=f"RE: [{R_TG}] Removal request: illegal drug sales",
    reply_to_req=msgid(R_TG),
    body=f"""
Dear KCSC,

Please find our answer to your numbered list below.

Items 1 and 2: both messages have been deleted.
Item 3: the channel is no longer accessible to users in South Korea.
Item 4: we could not find this message; the link is invalid.

Best regards,
Telegram Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 11:00 AM
To: dsa@telegram.org
Subject: [{R_TG}] Removal request: illegal drug sales

{request_text(R_TG, TS, "Dear Telegram,")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply answering the regulator's numbered list by item number",
    why="statuses by position of our numbered list quoted below: 1,2 deleted; 3 blocked for Korea -> restricted; 4 invalid -> not_found",
    items={T1: "removed", T2: "removed", T3: "restricted", T4: "not_found"},
)

# ======================================================================
# YouTube (5 items + 1-item request)
# ======================================================================
case(
    name="yt-legal-outcome-three-ways",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal",
    date="Thu, 12 Sep 2024 02:10:00 +0000",
    subject=f"[{R_YT}] Your legal request to YouTube",
    reply_to_req=msgid(R_YT),
    body=f"""
Hello,

Thanks for contacting Google about {R_YT}. After reviewing your request, we have taken the following action.

We have blocked access to {Y1} from YouTube in South Korea in response to your legal request.

{Y2} has been removed from YouTube globally for violating our Community Guidelines on spam, deceptive practices and scams.

We have decided not to take action on {Y3}. The video is a commentary on investment scams that warns viewers against them; it does not violate our policies, and we did not find it unlawful on the basis of the information provided.

For more information about our policies, see https://support.google.com/youtube/answer/2801973.

Regards,
The Google Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal removal outcome email (local block, global removal, no action)",
    why="blocked in South Korea -> restricted; removed globally -> removed; decided not to act with reason -> rejected; policy link not an item",
    items={Y1: "restricted", Y2: "removed", Y3: "rejected"},
)

case(
    name="yt-one-item-no-url",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube",
    date="Wed, 18 Sep 2024 08:05:27 +0000",
    subject=f"Re: [{R_YT1}] Request to remove a fraudulent video",
    reply_to_req=msgid(R_YT1),
    body=f"""
Hello,

We've reviewed the content identified in your request {R_YT1} and removed it from YouTube for violating our Community Guidelines.

Sincerely,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support templated outcome with no URL",
    why="no URL, but the request has one item and the statement is unhedged: removed",
    items={Y6: "removed"},
)

case(
    name="yt-channel-terminated-short-age-restricted",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal",
    date="Fri, 13 Sep 2024 06:33:10 +0000",
    subject=f"[{R_YT}] Your legal request to YouTube",
    reply_to_req=msgid(R_YT),
    body=f"""
Hello,

The channel {Y4} has been terminated for repeated violations of our spam, deceptive practices and scams policies.

The Short {Y5}, which was uploaded by a different account, has not been removed. It does not break our scams policy, but it has been age-restricted, so it is no longer shown to signed-out viewers or to viewers under 18.

Regards,
The Google Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome: channel termination and age restriction",
    why="channel terminated -> removed; the Short 'has not been removed' but age-restricted -> restricted",
    items={Y4: "removed", Y5: "restricted"},
)

case(
    name="yt-correction-of-earlier-email",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal",
    date="Sat, 14 Sep 2024 01:00:00 +0000",
    subject=f"Correction: {R_YT}",
    body=f"""
Hello,

In our email of 13 September we told you that {Y3} had been removed. That was our mistake, and we apologise for the confusion. The video has not been removed: it has been blocked in South Korea only and remains available in other countries.

Regards,
The Google Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-team correction of an earlier outcome email",
    why="the first sentence reports an earlier wrong statement; the correction says blocked in South Korea only -> restricted",
    items={Y3: "restricted"},
)

# ======================================================================
# NAVER (3 items)
# ======================================================================
case(
    name="naver-mixed-statuses-one-sentence",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 고객센터",
    date="Thu, 12 Sep 2024 05:30:00 +0000",
    subject=f"[NAVER] 게시중단 요청({R_NV}) 처리 결과 안내",
    reply_to_req=msgid(R_NV),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건({R_NV})의 처리 결과를 안내드립니다.

요청하신 게시물 중 {N1} 은 게시중단 조치하였으며, {N2} 은 작성자가 이미 삭제하여 존재하지 않는 게시물로 확인됩니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 게시중단 처리 결과 안내 메일",
    why="one Korean sentence: first URL 게시중단 -> removed; second already deleted by its author -> not_found",
    items={N1: "removed", N2: "not_found"},
)

case(
    name="naver-temp-measure-and-refusal",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 권리보호센터",
    date="Fri, 13 Sep 2024 07:11:20 +0000",
    subject=f"[NAVER] 요청하신 게시물 검토 결과 ({R_NV})",
    reply_to_req=msgid(R_NV),
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

요청 번호: {R_NV}

1) {N2}
   → 권리침해 신고에 따라 30일간 임시조치(게시물 접근 제한)하였습니다.

2) {N3}
   → 검토 결과, 해당 게시물에는 특정인을 알아볼 수 있는 정보가 포함되어 있지 않아 당사 운영정책상 조치 대상이 아니므로 게시 상태를 유지합니다.

문의사항은 https://help.naver.com 을 이용해 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 임시조치 / 조치 불가 결과 안내",
    why="임시조치(접근 제한) -> restricted; 조치 대상 아님, 게시 유지 with its reason -> rejected; help link not an item",
    items={N2: "restricted", N3: "rejected"},
)

HTML_NV = f"""<html><body>
<p>안녕하세요. 네이버입니다.</p>
<p>요청번호 {R_NV} 에 대한 조치 결과는 아래와 같습니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치 결과</th></tr>
<tr><td>1</td><td>{N1}</td><td>게시중단</td></tr>
<tr><td>2</td><td>{N2}</td><td>삭제</td></tr>
</table>
<p>※ 정정: 위 표 1번의 조치 결과가 잘못 기재되었습니다. 해당 블로그 게시물은 게시중단이 아니라 임시조치(국내 접근 제한)되었습니다.</p>
<p>감사합니다.</p>
</body></html>"""
case(
    name="naver-table-corrected-by-note",
    **{"from": "policy@navercorp.com"}, name_from="NAVER",
    date="Sat, 14 Sep 2024 02:20:00 +0000",
    subject=f"[NAVER] 조치 결과 안내 ({R_NV})",
    type="html",
    body=HTML_NV,
    outcome="applied", classification="confirmation",
    imitates="NAVER 조치 결과 표 with a 정정 note under it",
    why="the note explicitly corrects row 1 (게시중단 -> 임시조치, 국내 접근 제한): restricted; row 2 삭제 -> removed",
    items={N1: "restricted", N2: "removed"},
)

# ======================================================================
# Kakao (2 items)
# ======================================================================
case(
    name="kakao-fullwidth-brackets-and-particles",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 08:40:00 +0000",
    subject=f"[카카오] 게시물 조치 결과 안내 ({R_KK})",
    reply_to_req=msgid(R_KK),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청번호 {R_KK} 관련하여 다음과 같이 조치하였음을 알려드립니다.

다음 카페 게시글 {K1}는 운영정책 위반으로 삭제되었고, 티스토리 게시글 「{K2_RAW}」은 블라인드 처리되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao (Daum cafe / Tistory) 게시물 조치 결과 안내",
    why="URL + particle 는 -> 삭제 -> removed; raw Korean Tistory URL in 「」 -> 블라인드 -> removed",
    items={K1: "removed", K2: "removed"},
)

case(
    name="kakao-kept-up-and-temporary-measure",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Mon, 16 Sep 2024 01:15:00 +0000",
    subject=f"Re: [{R_KK}] 불법 도박 홍보 게시물 삭제 요청",
    reply_to_req=msgid(R_KK),
    body=f"""
안녕하세요. 카카오입니다.

요청하신 게시물({R_KK})의 검토 결과를 안내드립니다.

1. 다음 카페 게시글({K1}): 검토하였으나 불법 정보로 판단할 근거가 부족하여 삭제하지 않았습니다. (게시 유지)
2. 티스토리 게시글({K2}): 임시조치(30일) 하였습니다.

추가 자료를 보내주시면 재검토하겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 검토 결과 안내 with a refusal and a 임시조치",
    why="'삭제하지 않았습니다 (게시 유지)' with a reason -> rejected; 임시조치 -> restricted; the offer to re-review is not a question",
    items={K1: "rejected", K2: "restricted"},
)

# ======================================================================
# TikTok (1 item)
# ======================================================================
case(
    name="tiktok-no-violation-but-restricted-kr",
    **{"from": "legal@tiktok.com"}, name_from="TikTok Legal",
    date="Sun, 15 Sep 2024 11:48:02 +0000",
    subject=f"Re: [{R_TT}] Removal request",
    reply_to_req=msgid(R_TT),
    body=f"""
Hello,

Thank you for your report (reference {R_TT}).

We have reviewed {TT1} against our Community Guidelines and applicable law. While we did not find that the video violates our Community Guidelines, we have restricted access to it in South Korea based on local law.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal-request outcome (local-law restriction without a guideline violation)",
    why="the negation is about a guidelines violation; the action is restricted in South Korea -> restricted",
    items={TT1: "restricted"},
)

# ======================================================================
# review
# ======================================================================
case(
    name="tg-promise-and-under-review",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support",
    date="Fri, 06 Sep 2024 10:05:00 +0000",
    subject=f"Re: [{R_TG}] Removal request: illegal drug sales",
    reply_to_req=msgid(R_TG),
    body=f"""
Hello,

Thank you for your report {R_TG}. The messages {T1} and {T2} will be removed once our moderators have confirmed the violation. The channel {T3} is under review.

Telegram Support
""",
    outcome="review", review="not_understood", classification="other",
    imitates="Telegram support reply promising action",
    why="'will be removed once...' is a promise and 'under review' is no outcome: names items, nothing to record",
    items={T1: "pending", T2: "pending", T3: "pending"},
)

case(
    name="naver-hedged-korean",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 고객센터",
    date="Wed, 11 Sep 2024 06:00:00 +0000",
    subject=f"Re: [{R_NV}] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=msgid(R_NV),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 {N1} 게시물은 현재 확인되지 않는 것으로 보이며, 이미 임시조치된 것으로 추정됩니다. 정확한 처리 결과는 담당 부서 확인 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood", classification="other",
    imitates="NAVER 고객센터 interim reply",
    why="'것으로 보이며', '것으로 추정됩니다' are hedges and the result is promised later: n1 stays pending",
    items={N1: "pending"},
)

case(
    name="tg-bulk-all-blocked",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sun, 08 Sep 2024 13:30:00 +0000",
    subject=f"Re: [{R_TG}] Removal request: illegal drug sales",
    reply_to_req=msgid(R_TG),
    body=f"""
Hi,

All content listed in your request {R_TG} has been blocked on Telegram.

Thanks,
Telegram Abuse
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Telegram abuse-desk one-line bulk confirmation",
    why="one statement for a 4-item request without naming items: bulk review, items pending",
    items={T1: "pending", T2: "pending", T3: "pending", T4: "pending"},
)

case(
    name="x-bulk-over-quoted-request",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 17 Sep 2024 03:03:03 +0000",
    subject=f"Re: [{R_X}] Request to remove illegal gambling promotions",
    reply_to_req=msgid(R_X),
    body=f"""
Hello,

We have completed our review of {R_X}. All of the reported posts and the account have been withheld in South Korea.

X Legal

On Tue, 3 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{request_text(R_X, XS, "Dear X Legal team,", prefix="> ")}
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="X legal bulk outcome over the quoted request",
    why="'all of the reported posts' for a 12-item request; the URLs are only in our quoted request: bulk",
    items={u: "pending" for u in XS},
)

case(
    name="x-auth-fail",
    **{"from": "legal@x.com"}, name_from="X Legal",
    auth="fail",
    date="Thu, 05 Sep 2024 20:00:00 +0000",
    subject=f"Re: [{R_X}] Request to remove illegal gambling promotions",
    body=f"""
Hello,

Your request {R_X}: {X1} and {X2} have been removed.

X Legal
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="X legal outcome email failing DKIM/SPF/DMARC",
    why="From x.com but dmarc=fail: nothing applied",
    items={X1: "pending", X2: "pending"},
)

case(
    name="unknown-sender-account-lawyer",
    **{"from": "jh.park@hanbit-law.example"}, name_from="박지훈 변호사",
    date="Mon, 09 Sep 2024 04:00:00 +0000",
    subject=f"{R_X} 관련 게시물 삭제 완료 통지",
    body=f"""
방송통신심의위원회 담당자님께,

저희 의뢰인(spinroom_vip 계정 운영자)은 {X5} 게시물을 이미 삭제하였습니다.
요청 {R_X} 건은 종결 처리하여 주시기 바랍니다.

법무법인 한빛 박지훈 드림
""",
    outcome="review", review="unknown_sender",
    imitates="account holder's lawyer writing to the regulator",
    why="not a platform domain: a third party's claim is not the platform's statement",
    items={X5: "pending"},
)

case(
    name="kakao-states-naver-item",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 02:00:00 +0000",
    subject=f"[카카오] 게시물 조치 결과 안내 ({R_NV})",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 {N2} 게시물은 삭제 조치하였습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="Kakao 조치 결과 template sent about another portal's item",
    why="Kakao cannot act on a NAVER cafe post: a platform stating another platform's item",
    items={N2: "pending"},
)

case(
    name="x-portal-announcement",
    **{"from": "noreply@x.com"}, name_from="X Legal",
    date="Wed, 18 Sep 2024 00:00:00 +0000",
    subject="Changes to how government requests are submitted to X",
    body="""
Hello,

Starting 1 October 2024, requests from government agencies and regulators must be submitted through our Legal Request portal at https://legal.x.com/en/government-requests. Emails sent to legal@x.com after that date will receive an automated reply pointing to the portal.

Existing requests are not affected.

X Legal
""",
    outcome="review", review="no_claims", classification="other",
    imitates="platform notice about a new legal request portal",
    why="trusted X mail naming no item and no request; the portal link is not an item",
    items={},
)

HTML_YT = f"""<html><body>
<p>Hello,</p>
<p>Please see the outcome of your request {R_YT} below.</p>
<table border="1" cellpadding="3">
<tr><th>URL</th><th>Action</th></tr>
<tr><td>{Y4}</td><td>Removed (channel terminated)</td></tr>
<tr><td>{Y5}</td><td>Removed</td></tr>
</table>
<p>Note from the reviewer: the Short {Y5} remains available. It was reviewed and found not to violate our Community Guidelines.</p>
<p>The Google Legal Team</p>
</body></html>"""
case(
    name="yt-table-contradicted-by-note",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal",
    date="Mon, 16 Sep 2024 05:00:00 +0000",
    subject=f"[{R_YT}] Your legal request to YouTube",
    reply_to_req=msgid(R_YT),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="yt_alt_0916"

--yt_alt_0916
Content-Type: text/plain; charset=utf-8

Hello,

Please see the outcome of your request {R_YT} below.

URL | Action
{Y4} | Removed (channel terminated)
{Y5} | Removed

Note from the reviewer: the Short {Y5} remains available. It was reviewed and found not to violate our Community Guidelines.

The Google Legal Team

--yt_alt_0916
Content-Type: text/html; charset=utf-8

{HTML_YT}
--yt_alt_0916--
""",
    outcome="review", review="conflicting_statements", classification="confirmation",
    imitates="YouTube legal outcome table with a reviewer's note",
    why="the table says the Short was removed, the note that it remains available, with no correction marker: a person decides",
    items={Y4: "pending", Y5: "pending"},
)

case(
    name="yt-asks-for-court-order",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal",
    date="Wed, 11 Sep 2024 03:30:00 +0000",
    subject=f"[{R_YT}] Additional information needed",
    reply_to_req=msgid(R_YT),
    body=f"""
Hello,

Before we can take any action on {Y3}, we need more information. Please send us a copy of the Commission's decision or a court order that identifies the video, and tell us which provision of Korean law it violates.

Until then, the video remains under review.

The Google Legal Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Google legal request for supporting documents",
    why="asks for a decision/court order before acting; 'remains under review' is no status",
    items={Y3: "pending"},
)

case(
    name="tiktok-may-no-longer-be-available",
    **{"from": "legal@tiktok.com"}, name_from="TikTok Legal",
    date="Sat, 14 Sep 2024 09:09:09 +0000",
    subject=f"Re: [{R_TT}] Removal request",
    reply_to_req=msgid(R_TT),
    body=f"""
Hello,

Thanks for your report {R_TT}. Our records show that the video {TT1} may no longer be available on TikTok. If you can still see it, please let us know.

TikTok Legal
""",
    outcome="review", review="not_understood", classification="other",
    imitates="TikTok legal reply with a hedged answer",
    why="'may no longer be available' is a hedge, even for a one-item request: pending",
    items={TT1: "pending"},
)

# ======================================================================
# ignored
# ======================================================================
case(
    name="naver-out-of-office-chuseok",
    **{"from": "seoyeon.kim@navercorp.com"}, name_from="김서연",
    date="Fri, 13 Sep 2024 09:00:00 +0000",
    subject=f"자동 회신: [{R_NV}] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=msgid(R_NV),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
9월 14일부터 9월 18일까지 추석 연휴로 부재중입니다.
게시중단 관련 긴급 문의는 policy@navercorp.com 으로 보내주시기 바랍니다.

김서연 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook Korean out-of-office (자동 회신) over the Chuseok holiday",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="dsn-host-not-found",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Tue, 03 Sep 2024 01:00:30 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="B7C2A1E0.1725325230/mx.kcsc.example"

--B7C2A1E0.1725325230/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<legal@x.co>: Host or domain name not found. Name service error for
    name=x.co type=MX: Host not found

--B7C2A1E0.1725325230/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue,  3 Sep 2024 10:00:02 +0900 (KST)

Final-Recipient: rfc822; legal@x.co
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=x.co type=MX: Host not found

--B7C2A1E0.1725325230/mx.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal@x.co
Subject: [{R_X}] Request to remove illegal gambling promotions
Date: Tue, 3 Sep 2024 10:00:00 +0900
Message-ID: <{msgid(R_X)}@kcsc.example>
Content-Type: text/plain; charset=utf-8

{request_text(R_X, XS[:4], "Dear X Legal team,")}

--B7C2A1E0.1725325230/mx.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (host not found) with the original request attached",
    why="a bounce of our own request; the attached URLs are ours",
    items={},
)

case(
    name="tg-read-receipt",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA",
    date="Thu, 05 Sep 2024 02:31:00 +0000",
    subject=f"Read: [{R_TG}] Removal request: illegal drug sales",
    reply_to_req=msgid(R_TG),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_tg_0905"

--mdn_tg_0905
Content-Type: text/plain; charset=utf-8

Your message

  To: dsa@telegram.org
  Subject: [{R_TG}] Removal request: illegal drug sales
  Sent: Thursday, 5 September 2024 11:00 (UTC+09:00)

was read on Thursday, 5 September 2024 02:31 (UTC).

--mdn_tg_0905
Content-Type: message/disposition-notification

Reporting-UA: mail-out.telegram.org; Microsoft Exchange Server
Final-Recipient: rfc822;dsa@telegram.org
Original-Message-ID: <{msgid(R_TG)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_tg_0905--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Exchange read receipt (MDN)",
    why="read receipt, no statement",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date="Fri, 13 Sep 2024 06:01:12 +0000",
    subject=f"We've received your report [{R_TT}]",
    reply_to_req=msgid(R_TT),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hi,

We've received your report. Your ticket number is 240913-KR-55021.

Our team will review it and respond as soon as possible. Please do not reply to this email; to add information, use the link in your ticket.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok support ticket receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="kakao-receipt-korean",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 01:02:03 +0000",
    subject=f"[카카오 고객센터] 문의가 접수되었습니다 ({R_KK})",
    reply_to_req=msgid(R_KK),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 카카오 고객센터입니다.

신고가 정상적으로 접수되었습니다.
접수번호: 20240912-0042

처리 결과는 검토가 완료된 후 이 메일 주소로 회신드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 접수 확인 자동 메일",
    why="pure acknowledgement (접수번호), the result is promised later and names no item",
    items={},
)

case(
    name="x-legal-autoresponder",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 03 Sep 2024 01:00:40 +0000",
    subject=f"Automatic reply: [{R_X}] Request to remove illegal gambling promotions",
    reply_to_req=msgid(R_X),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Thank you for contacting X Legal. This is an automated response.

This mailbox is monitored for requests from law enforcement and government agencies. If your email is a legal request, it will be handled in the order received. For faster processing, please use our Legal Request portal at https://legal.x.com/en/government-requests.

Please do not reply to this message.
""",
    outcome="ignored", classification="auto_reply",
    imitates="X Legal mailbox autoresponder",
    why="automatic reply (Auto-Submitted) with nothing about items",
    items={},
)

case(
    name="tg-bounce-recipient-rejected",
    **{"from": "mailer-daemon@telegram.org"}, name_from="Mail Delivery Subsystem",
    date="Thu, 05 Sep 2024 02:00:05 +0000",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_tg_0905_x1"

--dsn_tg_0905_x1
Content-Type: text/plain; charset=utf-8

Your message wasn't delivered to abuse-kr@telegram.org because the address
couldn't be found or is unable to receive mail.

The response was:
550 5.1.1 <abuse-kr@telegram.org>: Recipient address rejected: User unknown

--dsn_tg_0905_x1
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-in2.telegram.org
Final-Recipient: rfc822; abuse-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn_tg_0905_x1
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@telegram.org
Subject: [{R_TG}] Removal request: illegal drug sales
Date: Thu, 5 Sep 2024 11:00:00 +0900
Message-ID: <{msgid(R_TG)}@kcsc.example>

--dsn_tg_0905_x1--
""",
    outcome="ignored", classification="bounce",
    imitates="remote MTA DSN (550 user unknown) from the platform's own mail server",
    why="a bounce is ignored whoever sends it, even from telegram.org",
    items={},
)

HEADER = """# Blind set 390 (tests/corpus/blind390/make.py writes this file).
# Focus: what a program gets wrong - mixed statuses in one sentence, hedges
# in relative clauses, negations, refusals with reasons, later sentences
# that revise earlier ones, a table and a note, statuses by position.
# Expected results written from each email's meaning before any run."""


def encode_headers(c):
    # real mailers send non-ASCII display names and subjects RFC 2047-encoded
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = Header(v, "utf-8").encode()


def main():
    write_requests()
    for c in CASES:
        encode_headers(c)
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    # every expected URL must be requested
    req = {u for r in REQUESTS for u in r[4]}
    for c in CASES:
        for u in c.get("items", {}):
            assert u in req, (c["name"], u)


if __name__ == "__main__":
    main()
