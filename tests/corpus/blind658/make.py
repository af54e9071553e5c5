#!/usr/bin/env python3
"""Blind set blind658: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest, Telegram).

    python3 tests/corpus/blind658/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before the
reader was run on any of them (see NOTES.md).
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind658"

# ---------------------------------------------------------------- requests
X1 = "https://x.com/lucky7_slotkr/status/1830115526410223617"
X2 = "https://x.com/lucky7_slotkr/status/1830291140027719832"
X3 = "https://x.com/toto_mirae/status/1829874410553245901"
X4 = "https://x.com/toto_mirae/status/1830502276214006784"
X5 = "https://x.com/bet_haneul88/status/1828760043917320555"
X6 = "https://x.com/bet_haneul88/status/1830633318871552190"
X7 = "https://x.com/jackpot_seoulnight/status/1829012457736684101"
X8 = "https://x.com/golden_odds_kr/status/1830998127005884416"
X9 = "https://x.com/golden_odds_kr/status/1831104458820419862"
X10 = "https://x.com/sportsline_vip/status/1827655190083731620"
X11 = "https://x.com/sportsline_vip/status/1830047732918256647"
X12 = "https://x.com/casino_gosu21"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

Y1 = "https://www.youtube.com/watch?v=Qm3rT8zLp0c"
Y2 = "https://www.youtube.com/watch?v=hV7dK2wX9aE"
Y3 = "https://www.youtube.com/shorts/Zp4LmN1qR7s"
Y4 = "https://www.youtube.com/@%EB%B0%A4%EB%B0%94%EB%8B%A4TV"
Y4_RAW = "https://www.youtube.com/@밤바다TV"

M1 = "https://www.facebook.com/groups/2204417769031125/posts/3310498825563201/"
M2 = "https://www.facebook.com/permalink.php?story_fbid=pfbid02xKq7GcT1Vb&id=100089234561207"
M3 = "https://www.instagram.com/p/C9xTq2LsN4d/"
M4 = "https://www.instagram.com/reel/C_b1Yw8pQzK/"
M5 = "https://www.facebook.com/seoul.quickloan.center"
MS = [M1, M2, M3, M4, M5]

T1 = "https://www.tiktok.com/@gangnam_tea_spill/video/7409915523487730952"
T2 = "https://www.tiktok.com/@gangnam_tea_spill/video/7410283371160653063"
T3 = "https://www.tiktok.com/@deepface.kr/video/7411002958431849746"
TS = [T1, T2, T3]

R1 = "https://www.reddit.com/r/koreanbets/comments/1f8kq2z/daily_toto_picks_sept/"
R2 = "https://www.reddit.com/r/seoulnightlife/comments/1fa0d7m/where_to_buy/"

D1 = "https://discord.gg/k9vQfR2x"
D2 = "https://discord.com/channels/1122334455667788990/1133445566778899001/1281990033445566778"

W1 = "https://www.twitch.tv/slotking_kr"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    ("KCSC-240903-01", "x", "2024-09-03T14:20:00+09:00", "2024-09-06T18:00:00+09:00",
     "illegal_gambling", XS, "gambling promotion accounts and posts"),
    ("KCSC-240904-02", "youtube", "2024-09-04T10:05:00+09:00", "2024-09-09T18:00:00+09:00",
     "drug_sale", [Y1, Y2, Y3, Y4], "videos, a Short and a channel"),
    ("KCSC-240905-03", "meta", "2024-09-05T11:30:00+09:00", "2024-09-10T18:00:00+09:00",
     "fraud", MS, "Facebook and Instagram loan-scam content"),
    ("KCSC-240906-04", "tiktok", "2024-09-06T09:40:00+09:00", "2024-09-11T18:00:00+09:00",
     "privacy", TS, "videos exposing private persons"),
    ("KCSC-240909-05", "reddit", "2024-09-09T15:10:00+09:00", "2024-09-12T18:00:00+09:00",
     "drug_sale", [R1, R2], "two posts"),
    ("KCSC-240910-06", "discord", "2024-09-10T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "obscenity", [D1, D2], "server invite and a message"),
    ("KCSC-240910-07", "twitch", "2024-09-10T16:45:00+09:00", "2024-09-13T18:00:00+09:00",
     "illegal_gambling", [W1], "one channel"),
]


def mid(ref):
    return f"request.{ref}.1@kcsc.example"


def thread(ref):
    return f"request.{ref}.1"


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, urls, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref), note])


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def quoted_request(ref, urls, when):
    lines = [f"On {when} KCSC Takedown <takedown@kcsc.example> wrote:",
             "> Dear Sir or Madam,",
             ">",
             "> The Korea Communications Standards Commission asks you to remove or",
             "> block access to the following content, which is unlawful in Korea.",
             ">"]
    for i, u in enumerate(urls, 1):
        lines.append(f"> {i}. {u}")
    lines += [">", f"> Reference: {ref}", "> Please reply to this address with the action taken for each URL."]
    return "\n".join(lines)


CASES = []


def case(**c):
    CASES.append(c)


# ================================================================== X
case(
    name="x-legal-withheld-kr-and-no-action",
    date="Thu, 05 Sep 2024 09:14:22 +0000",
    **{"from": "legalrequests@x.com"}, name_from="X Legal",
    subject="Re: [KCSC-240903-01] Request to remove content - illegal gambling",
    reply_to_req=thread("KCSC-240903-01"),
    body=f"""
Hello,

We have reviewed your request, reference KCSC-240903-01, under applicable
Korean law and the X Rules.

Following our review, we have withheld the following content in the
Republic of Korea:

{X1}
{X2}
{X3}

We reviewed the post below and did not find it to be in violation of the X
Rules or of the local law cited in your request, so we have taken no action
on it:

{X4}

The remaining URLs in your request are still being processed and we will
follow up separately.

More about country withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome: 'withheld in <country>' list plus 'no action' paragraph",
    why="three posts withheld in Korea (restricted), one found not violating (rejected); the rest still open",
    items={X1: "restricted", X2: "restricted", X3: "restricted", X4: "rejected"},
)

case(
    name="x-support-bulleted-actions",
    date="Thu, 05 Sep 2024 13:40:05 +0000",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="Case# 0471822913: Your report (KCSC-240903-01)",
    body=f"""
Hi there,

Thanks for your report. After reviewing the accounts and posts you reported,
we found that they break the X Rules on gambling promotion and spam. We have
taken the following actions:

  * {X5} - post removed
  * {X6} - post removed
  * {X12} - account permanently suspended

You can read more about our range of enforcement options here:
https://help.x.com/en/rules-and-policies/enforcement-options

Thanks,
X
""",
    outcome="applied", classification="confirmation",
    imitates="X Support report outcome email with bulleted enforcement actions",
    why="two posts removed; a permanently suspended account is disabled, so removed",
    items={X5: "removed", X6: "removed", X12: "removed"},
)

case(
    name="x-url-then-action-line",
    date="Fri, 06 Sep 2024 02:03:51 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="RE: KCSC-240903-01 - outcome for remaining items",
    body=f"""
Dear KCSC team,

Please see below the outcome for the items in your request KCSC-240903-01
that were still open.

{X7}
Action: Withheld in KR

{X8}
Action: Withheld in KR

{X9}
Action: Withheld in KR

{X10}
Action: None - the post was no longer available; it was deleted by the
account holder before our review.

Best,
Marcus
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply listing each URL with an 'Action:' line below it",
    why="three posts withheld in KR (restricted); one deleted by its author before review (not_found)",
    items={X7: "restricted", X8: "restricted", X9: "restricted", X10: "not_found"},
)

_x_rows = [
    (X1, "Withheld", "KR"), (X2, "Withheld", "KR"), (X3, "Withheld", "KR"),
    (X4, "No action &ndash; not in violation", "&ndash;"),
    (X5, "Removed (X Rules violation)", "Global"), (X6, "Removed (X Rules violation)", "Global"),
    (X7, "Withheld", "KR"), (X8, "Withheld", "KR"), (X9, "Withheld", "KR"),
    (X10, "Not found &ndash; deleted by account owner", "&ndash;"),
    (X11, "No action &ndash; not in violation", "&ndash;"),
    (X12, "Account suspended", "Global"),
]
_x_html = (
    "<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px\">\n"
    "<p>Hello,</p>\n"
    "<p>Thank you for your patience. The table below sets out our final decision on "
    "each URL in your request <b>KCSC-240903-01</b>.</p>\n"
    "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">\n"
    "<tr><th>#</th><th>Reported URL</th><th>Decision</th><th>Scope</th></tr>\n"
    + "".join(
        f"<tr><td>{i}</td><td><a href=\"{u}\">{u}</a></td><td>{d}</td><td>{s}</td></tr>\n"
        for i, (u, d, s) in enumerate(_x_rows, 1))
    + "</table>\n"
    "<p>Withheld content remains available outside the listed country. See "
    "<a href=\"https://help.x.com/en/rules-and-policies/post-withheld-by-country\">"
    "Country withheld content</a>.</p>\n"
    "<p>Regards,<br>X Legal</p>\n</body></html>\n"
)
case(
    name="x-html-table-all-twelve-qp",
    date="Mon, 09 Sep 2024 08:22:10 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Final response: KCSC-240903-01",
    reply_to_req=thread("KCSC-240903-01"),
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_x_html),
    outcome="applied", classification="confirmation",
    imitates="legal team final response as an HTML table (quoted-printable), one row per reported URL",
    why="all twelve items in one table: withheld=restricted, removed, no action=rejected, deleted by owner=not_found, suspended account=removed",
    items={X1: "restricted", X2: "restricted", X3: "restricted", X4: "rejected",
           X5: "removed", X6: "removed", X7: "restricted", X8: "restricted",
           X9: "restricted", X10: "not_found", X11: "rejected", X12: "removed"},
)

_x_csv = (
    "reported_url,decision,country_scope,notes\r\n"
    f"{X2},Withheld,KR,Local law (gambling)\r\n"
    f"{X11},No action,,Not a violation of the X Rules or local law\r\n"
)
case(
    name="x-csv-attachment-two-rows",
    date="Tue, 10 Sep 2024 05:51:33 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="KCSC-240903-01: outcome report attached",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_x_csv_7f3a"

--=_x_csv_7f3a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for the two URLs of request KCSC-240903-01
that we had not yet answered.

X Legal

--=_x_csv_7f3a
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(_x_csv.encode()).decode()}
--=_x_csv_7f3a--
""",
    outcome="applied", classification="confirmation",
    imitates="legal team outcome report sent as a CSV attachment",
    why="CSV rows: one withheld in KR (restricted), one no action (rejected)",
    items={X2: "restricted", X11: "rejected"},
)

case(
    name="x-wrapped-url-in-angle-brackets",
    date="Wed, 11 Sep 2024 01:12:44 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Re: KCSC-240903-01",
    body="""
Hello,

Regarding KCSC-240903-01: the post at <https://x.com/golden_odds_kr/status/
1831104458820419862> has been withheld in South Korea in response to your
request.

Kind regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="short legal-desk reply whose mail client wrapped a long URL inside angle brackets",
    why="one post withheld in South Korea (restricted); the URL is wrapped inside <...>",
    items={X9: "restricted"},
)

case(
    name="x-dsa-statement-of-reasons",
    date="Wed, 11 Sep 2024 10:30:00 +0000",
    **{"from": "dsa-notices@x.com"}, name_from="X",
    subject="Decision on your report KCSC-240903-01",
    body=f"""
Hello,

We are writing to tell you about the decisions we have taken on content you
reported to us. This notice includes the information required for a
statement of reasons.

Your report: KCSC-240903-01

Reported content: {X3}
Decision: Restriction of visibility - content withheld
Territorial scope: Republic of Korea
Facts and circumstances: Reported by a national authority as illegal content.
Legal ground: Content unlawful in the reporting country (gambling).
Automated means used for the decision: No

Reported content: {X5}
Decision: Removal of content
Territorial scope: Worldwide
Facts and circumstances: Reported by a national authority; reviewed under the X Rules.
Contractual ground: X Rules - illegal or certain regulated goods or services
Automated means used for the decision: No

The account holders have been informed and may appeal these decisions. For
more information see https://help.x.com/en/rules-and-policies/x-report-violation

X
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons (decision, territorial scope, grounds, automated means)",
    why="withheld in Korea (restricted) and removed worldwide (removed)",
    items={X3: "restricted", X5: "removed"},
)

case(
    name="x-promise-will-be-withheld",
    date="Wed, 04 Sep 2024 07:05:19 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Re: [KCSC-240903-01] Request to remove content - illegal gambling",
    reply_to_req=thread("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your request KCSC-240903-01.

Our team has looked at the posts below. Once our legal review is finalized,
they will be withheld in Korea, which we expect within the next few days:

- {X7}
- {X8}

We will confirm the final outcome for all items by email.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="legal-desk interim reply announcing an action to come",
    why="'will be withheld' once review is finalized is a promise, not a statement: items stay pending",
    items={X7: "pending", X8: "pending"},
)

case(
    name="x-auth-fail-removed",
    auth="fail",
    date="Thu, 05 Sep 2024 22:41:02 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Re: KCSC-240903-01 removed",
    body=f"""
Hello,

The posts below have been removed from X:

{X1}
{X2}

Regards,
X Legal
""",
    outcome="review", review="untrusted",
    imitates="legal outcome email whose X domain fails DKIM/SPF/DMARC",
    why="claims removal but the x.com sender fails authentication",
    items={X1: "pending", X2: "pending"},
)

case(
    name="x-gmail-lookalike-legal-desk",
    date="Fri, 06 Sep 2024 03:33:17 +0000",
    **{"from": "xkorea.legaldesk@gmail.com"}, name_from="X Korea Legal Desk",
    subject="KCSC-240903-01 completed",
    body=f"""
Dear KCSC,

Regarding KCSC-240903-01, the post {X7} has been removed.
Please contact this address for any further requests about X.

X Korea Legal Desk
""",
    outcome="review", review="unknown_sender",
    imitates="reply from a free-mail address presenting itself as a platform's legal desk",
    why="gmail.com is no platform's domain: the statement cannot change a status",
    items={X7: "pending"},
)

case(
    name="x-out-of-office",
    date="Tue, 03 Sep 2024 05:21:40 +0000",
    **{"from": "hana.lim@x.com"}, name_from="Hana Lim",
    subject="Automatic reply: [KCSC-240903-01] Request to remove content - illegal gambling",
    reply_to_req=thread("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday 16 September
with limited access to email. For legal requests please write to
legal@x.com, where the team will pick up your message.

Hana
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="an out-of-office reply",
    items={},
)

# ================================================================== YouTube
case(
    name="yt-legal-removed-and-blocked-kr",
    date="Thu, 05 Sep 2024 06:10:55 +0000",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="[KCSC-240904-02] Your legal notice",
    body=f"""
Hello,

Thank you for your legal notice (ref KCSC-240904-02).

We reviewed the video {Y1} and found that it violates YouTube's Community
Guidelines. It has been removed from YouTube.

We also reviewed {Y2}. It does not violate our Community Guidelines, but
following a legal review we have blocked it from view in South Korea.

If you have questions, reply to this email.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome (global removal for policy, local block for law)",
    why="one removed globally, one blocked in South Korea (restricted)",
    items={Y1: "removed", Y2: "restricted"},
)

case(
    name="yt-short-age-restricted",
    date="Fri, 06 Sep 2024 11:02:37 +0000",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    subject="Update on the content you reported",
    reply_to_req=thread("KCSC-240904-02"),
    body=f"""
Hi,

We've reviewed the Short you reported:
{Y3}

We've applied an age restriction to it, so it can only be watched by
signed-in viewers who are 18 or older.

Learn more about age-restricted content:
https://support.google.com/youtube/answer/2802167

- The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'update on the content you reported' with an age restriction",
    why="age restriction is a restriction; the help link is not an item",
    items={Y3: "restricted"},
)

_yt_term = f"""Hello,

Regarding your request KCSC-240904-02:

The channel {Y4_RAW} (channel name: 밤바다TV) has been terminated for
repeated violations of our policy on the sale of regulated goods. All of
its videos are no longer available on YouTube.

Best regards,
YouTube Legal Support
"""
case(
    name="yt-channel-terminated-korean-handle-qp",
    date="Fri, 06 Sep 2024 14:48:09 +0000",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject="Re: KCSC-240904-02 channel",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_yt_term),
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice, quoted-printable, Korean handle written raw",
    why="terminated channel, videos no longer available: removed (raw Korean handle matches the percent-encoded URL)",
    items={Y4: "removed"},
)

case(
    name="yt-no-violation-remains-available",
    date="Mon, 09 Sep 2024 09:16:21 +0000",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    subject="KCSC-240904-02: outcome of review",
    body=f"""
Hello,

We have completed our review of {Y2} (KCSC-240904-02).

The content does not violate YouTube's Community Guidelines, and we did not
find a sufficient legal basis to restrict it in South Korea. It remains
available on YouTube.

If you have further information about the legal basis of your request,
you may submit a new notice at https://support.google.com/legal/answer/3110420

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal 'no action' decision with its reason",
    why="refusal with reason: stays up (rejected); the legal form link is not an item",
    items={Y2: "rejected"},
)

case(
    name="yt-actioned-under-policies-list",
    date="Tue, 10 Sep 2024 03:25:48 +0000",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal",
    subject="Reference KCSC-240904-02",
    body=f"""
Dear KCSC,

Following our review, the content identified below has been actioned under
our policies:

- {Y2}
- {Y3}

Reference: KCSC-240904-02

Google Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal short outcome 'has been actioned under our policies'",
    why="'actioned' (configured phrase for YouTube) means removed, for both listed URLs",
    items={Y2: "removed", Y3: "removed"},
)

case(
    name="yt-hedge-and-under-review",
    date="Thu, 05 Sep 2024 02:44:30 +0000",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject="Re: KCSC-240904-02",
    reply_to_req=thread("KCSC-240904-02"),
    body=f"""
Hello,

The video {Y1} appears to have been made private by its uploader, so it may
no longer be visible to the public.

The video {Y2} is still under review by our legal team and we will let you
know the outcome.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply: hedged observation plus 'under review'",
    why="'appears to have been' is a hedge and 'under review' is no decision: both items stay pending",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="yt-dsn-failure-googlemail",
    auth="none",
    date="Wed, 04 Sep 2024 01:06:12 +0000",
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="00000000000099b1e20621a0dsn"

--00000000000099b1e20621a0dsn
Content-Type: text/plain; charset=UTF-8

** Address not found **

Your message wasn't delivered to legal-korea@google.com because the address
couldn't be found, or is unable to receive mail.

--00000000000099b1e20621a0dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Wed, 04 Sep 2024 01:05:59 +0000

Final-Recipient: rfc822; legal-korea@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--00000000000099b1e20621a0dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-korea@google.com
Subject: [KCSC-240904-02] Request to remove content
Message-ID: <{mid("KCSC-240904-02")}>
Date: Wed, 04 Sep 2024 10:05:00 +0900

Please remove the following content:
1. {Y1}
2. {Y2}
3. {Y3}
4. {Y4}

--00000000000099b1e20621a0dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Delivery Status Notification (Failure)' with the original message attached",
    why="a bounce; the URLs are only in our own returned request",
    items={},
)

# ================================================================== Meta
case(
    name="meta-local-law-restricted-and-removed",
    date="Mon, 09 Sep 2024 07:45:12 +0000",
    **{"from": "noreply-legal@fb.com"}, name_from="Meta Content Restrictions",
    subject="Decision on your report - KCSC-240905-03",
    body=f"""
Reference: KCSC-240905-03

Thank you for your report. We have made the following decisions.

Content: {M1}
Decision: We restricted access to this content in South Korea because it was
reported as unlawful under local law. It remains visible in other countries.

Content: {M2}
Decision: We removed this content because it goes against our Community
Standards on fraud and scams.

You can learn how we handle reports based on local law at
https://transparency.meta.com/reports/content-restrictions

Meta
""",
    outcome="applied", classification="confirmation",
    imitates="Meta decision on a local-law report (restricted in country vs removed under Community Standards)",
    why="one restricted in South Korea, one removed; the transparency link is not an item",
    items={M1: "restricted", M2: "removed"},
)

case(
    name="meta-instagram-numbered-outcomes",
    date="Mon, 09 Sep 2024 12:03:47 +0000",
    **{"from": "support@instagram.com"}, name_from="Instagram",
    subject="Your report KCSC-240905-03",
    body=f"""
Hi,

Thanks for your report. Here's what we did:

1. {M3} - We removed this post because it goes against our Community
   Guidelines.
2. {M4} - We removed this reel for the same reason.
3. {M5} - We couldn't find this Page. The link may be broken or the Page
   may have been deleted.

Thanks for helping keep our community safe.
Instagram
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram/Facebook report outcome in a numbered list, including 'we couldn't find'",
    why="two removed; the Page could not be found (not_found) - the 'may' only guesses why",
    items={M3: "removed", M4: "removed", M5: "not_found"},
)

case(
    name="meta-top-posted-over-gmail-quote",
    date="Fri, 06 Sep 2024 08:19:33 +0000",
    **{"from": "dortiz@meta.com"}, name_from="Daniel Ortiz",
    subject="Re: [KCSC-240905-03] Request to remove content - fraud",
    reply_to_req=thread("KCSC-240905-03"),
    body=f"""
Hi team,

Quick update on KCSC-240905-03: we took down the post at
{M1} earlier today.

The Instagram post {M3} was reviewed and doesn't go against our Community
Standards or the local law you cited, so we've left it up.

We're still looking at the rest and will get back to you.

Daniel
Meta Trust & Safety

{quoted_request("KCSC-240905-03", MS, "Thu, Sep 5, 2024 at 11:30 AM")}
""",
    outcome="applied", classification="confirmation",
    imitates="Trust & Safety employee top-posting over a Gmail-quoted request",
    why="one taken down (removed), one left up (rejected); the other URLs are only in the quote",
    items={M1: "removed", M3: "rejected"},
)

case(
    name="meta-outlook-original-message",
    date="Tue, 10 Sep 2024 01:57:06 +0000",
    **{"from": "jwpark@meta.com"}, name_from="Ji-woo Park",
    subject="RE: [KCSC-240905-03] Request to remove content - fraud",
    body=f"""
Hello,

The Instagram reel {M4} has been restricted in Korea.
The Facebook Page {M5} has been unpublished and is no longer visible to anyone.

Best regards,
Ji-woo Park
Meta Platforms, Public Policy

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 11:30 AM
To: Ji-woo Park <jwpark@meta.com>
Subject: [KCSC-240905-03] Request to remove content - fraud

Dear Sir or Madam,

Please remove or block access to the following content:
1. {M1}
2. {M2}
3. {M3}
4. {M4}
5. {M5}

Reference: KCSC-240905-03
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above '-----Original Message-----' with the full request below",
    why="reel restricted in Korea; Page unpublished for everyone (removed); the request below is not a statement",
    items={M4: "restricted", M5: "removed"},
)

_meta_csv = (
    "content_url,action_taken,scope,action_date\n"
    f"{M1},Restricted,KR,2024-09-09\n"
    f"{M2},Removed,Global,2024-09-09\n"
    f"{M3},Removed,Global,2024-09-10\n"
    f"{M4},Not found,,\n"
    f"\"{M5}\",No action - not violating,,2024-09-10\n"
)
case(
    name="meta-csv-attachment-action-report",
    date="Wed, 11 Sep 2024 04:12:58 +0000",
    **{"from": "legalresponse@fb.com"}, name_from="Meta Legal Response",
    subject="Action report - KCSC-240905-03",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b1_meta_9e0c"

--b1_meta_9e0c
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Attached is the action report for your request KCSC-240905-03, one row per
reported URL.

Meta Legal Response

--b1_meta_9e0c
Content-Type: text/csv; name="action_report_KCSC-240905-03.csv"
Content-Disposition: attachment; filename="action_report_KCSC-240905-03.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(_meta_csv.encode()).decode()}
--b1_meta_9e0c--
""",
    outcome="applied", classification="confirmation",
    imitates="platform legal response with a per-URL CSV action report",
    why="CSV gives every item's action: restricted, removed, removed, not found, no action (rejected)",
    items={M1: "restricted", M2: "removed", M3: "removed", M4: "not_found", M5: "rejected"},
)

case(
    name="meta-bulk-all-removed",
    date="Sat, 07 Sep 2024 10:26:40 +0000",
    **{"from": "notification@facebookmail.com"}, name_from="Facebook",
    subject="We reviewed your report",
    reply_to_req=thread("KCSC-240905-03"),
    body="""
Hi,

Thanks for your report KCSC-240905-03. We reviewed the content you reported
and removed all of it because it goes against our Community Standards.

We use reports like yours to help keep Facebook and Instagram safe.

The Facebook Team
""",
    outcome="review", review="bulk",
    imitates="Facebook 'we reviewed your report' notification covering all reported content at once",
    why="one statement about all five items without naming them: bulk, items pending",
    items={u: "pending" for u in MS},
)

case(
    name="meta-read-receipt",
    date="Thu, 05 Sep 2024 03:02:11 +0000",
    **{"from": "jwpark@meta.com"}, name_from="Ji-woo Park",
    subject="Read: [KCSC-240905-03] Request to remove content - fraud",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="----=_NextPart_mdn_01"

------=_NextPart_mdn_01
Content-Type: text/plain; charset=utf-8

Your message

  To: Ji-woo Park
  Subject: [KCSC-240905-03] Request to remove content - fraud
  Sent: Thursday, September 5, 2024 11:30 AM

was read on Thursday, September 5, 2024 12:02 PM.

------=_NextPart_mdn_01
Content-Type: message/disposition-notification

Reporting-UA: outlook.office365.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;jwpark@meta.com
Original-Message-ID: <{mid("KCSC-240905-03")}>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_mdn_01--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="a read receipt",
    items={},
)

# ================================================================== TikTok
case(
    name="tiktok-thanks-then-outcomes",
    date="Mon, 09 Sep 2024 06:33:25 +0000",
    **{"from": "legal@tiktok.com"}, name_from="TikTok Trust & Safety",
    subject="Re: KCSC-240906-04",
    body=f"""
Hello,

Thank you for your report. We have received it and completed our review.

The following videos were removed for violating our Community Guidelines:
- {T1}
- {T2}

The video {T3} has been restricted in South Korea in accordance with
local law.

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome opening with a receipt phrase, then decisions",
    why="receipt phrase plus unhedged decisions is a confirmation: two removed, one restricted in Korea",
    items={T1: "removed", T2: "removed", T3: "restricted"},
)

_tt_b64 = f"""Dear KCSC,

In response to your request KCSC-240906-04:

- The video {T1} is no longer accessible in the Republic of Korea. Access
  was restricted on 12 September 2024 on the basis of local law.
- We were unable to locate the video {T2}; the link does not correspond to
  any video on our systems.

Kind regards,
TikTok Legal
"""
case(
    name="tiktok-base64-body",
    date="Thu, 12 Sep 2024 09:58:14 +0000",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Legal",
    subject="KCSC-240906-04 response",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_tt_b64),
    outcome="applied", classification="confirmation",
    imitates="TikTok legal response sent with a base64 body",
    why="one restricted in Korea; one cannot be located (not_found)",
    items={T1: "restricted", T2: "not_found"},
)

case(
    name="tiktok-angle-bracket-urls",
    date="Fri, 13 Sep 2024 02:20:51 +0000",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    subject="Your report: update",
    reply_to_req=thread("KCSC-240906-04"),
    body=f"""
Hi,

We removed <{T1}> and <{T3}>.

We reviewed <{T2}> and found no violation of our Community Guidelines; it
remains on TikTok.

The TikTok Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok in-app style report update with URLs in angle brackets",
    why="two removed; one found not violating and left up (rejected)",
    items={T1: "removed", T3: "removed", T2: "rejected"},
)

case(
    name="tiktok-bulk-restricted",
    date="Wed, 11 Sep 2024 07:41:09 +0000",
    **{"from": "legal@tiktok.com"}, name_from="TikTok Legal",
    subject="KCSC-240906-04",
    body="""
Dear KCSC,

All videos listed in your notice KCSC-240906-04 have been restricted in the
Republic of Korea.

Regards,
TikTok Legal
""",
    outcome="review", review="bulk",
    imitates="legal team one-line outcome covering a whole notice",
    why="'all videos listed' for a three-item request, none named: bulk, items pending",
    items={u: "pending" for u in TS},
)

case(
    name="tiktok-ticket-receipt-echo",
    date="Fri, 06 Sep 2024 00:45:03 +0000",
    **{"from": "legal@tiktok.com"}, name_from="TikTok Legal",
    subject="We've received your request [Ticket TT-9084412]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Hello,

We've received your request and created ticket TT-9084412. Our team will
review it and contact you if we need anything further.

Here is a copy of what you submitted:
  Reference: KCSC-240906-04
  URLs:
    {T1}
    {T2}
    {T3}
  Reason: Privacy - exposure of private individuals

Please do not reply to this message.
TikTok Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt echoing the submitted report",
    why="pure acknowledgement; the URLs are only echoed from our submission",
    items={T1: "pending", T2: "pending", T3: "pending"},
)

case(
    name="lawfirm-for-account-holder",
    date="Tue, 10 Sep 2024 06:12:37 +0000",
    **{"from": "sjlee@hanbitlaw.example"}, name_from="Seo-jin Lee (Hanbit Law)",
    subject="KCSC-240906-04 - our client's videos",
    body=f"""
Dear Sir or Madam,

We act for the holder of the TikTok account @gangnam_tea_spill. In
connection with your request KCSC-240906-04, our client has deleted the
videos at {T1} and {T2}.

We ask that the matter be considered closed.

Seo-jin Lee
Hanbit Law
""",
    outcome="review", review="unknown_sender",
    imitates="letter from a law firm acting for the account holder",
    why="the sender is not TikTok: a statement from a third party cannot change statuses",
    items={T1: "pending", T2: "pending"},
)

case(
    name="pinterest-not-a-pinterest-url",
    date="Thu, 12 Sep 2024 15:27:52 +0000",
    **{"from": "support@pinterest.com"}, name_from="Pinterest Support",
    subject="Re: Report of a Pin linking to unlawful video",
    body=f"""
Hello,

Thanks for reaching out. The link you sent us,
{T3}, is not a Pinterest URL and we couldn't find any Pin that matches it.
Pinterest can't remove content hosted on other websites; please contact the
site that hosts it.

If you find a Pin that links to this video, you can report it using the
steps at https://help.pinterest.com/en/article/report-something-on-pinterest

Pinterest Support
""",
    outcome="review", review="wrong_platform",
    imitates="Pinterest support reply: 'this is not a Pinterest URL, contact the host site'",
    why="Pinterest speaks about a TikTok item; its 'couldn't find' says nothing about TikTok",
    items={T3: "pending"},
)

# ================================================================== Reddit
case(
    name="reddit-safety-removed-and-banned",
    date="Wed, 11 Sep 2024 18:04:19 +0000",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit Safety",
    subject="Update on your request KCSC-240909-05",
    body=f"""
Hi,

Thanks for submitting your request KCSC-240909-05. After investigating, we
found that the reported content violates Reddit's Content Policy.

- {R1} : the post has been removed.
- {R2} : we banned the community r/seoulnightlife, so this post is no
  longer accessible.

Reddit Safety
https://www.redditinc.com/policies/content-policy
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety report outcome, post removed and community banned",
    why="post removed; post in a banned community is no longer accessible (removed)",
    items={R1: "removed", R2: "removed"},
)

case(
    name="reddit-legal-geo-restricted",
    date="Thu, 12 Sep 2024 20:30:00 +0000",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="Re: [KCSC-240909-05] Request to remove content",
    reply_to_req=thread("KCSC-240909-05"),
    body=f"""
Hello,

In response to your request, we have geo-restricted
{R1}
so that it is unavailable to users in South Korea.

The post {R2} had already been deleted by its author before we reviewed it.

Regards,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal response to a government request (geo-restriction)",
    why="geo-restricted in South Korea (restricted, URL on its own line); deleted by author (not_found)",
    items={R1: "restricted", R2: "not_found"},
)

case(
    name="reddit-conditional-removal",
    date="Tue, 10 Sep 2024 23:15:41 +0000",
    **{"from": "safety@reddit.com"}, name_from="Reddit Safety",
    subject="Re: [KCSC-240909-05] Request to remove content",
    reply_to_req=thread("KCSC-240909-05"),
    body=f"""
Hi,

We've contacted the moderators of r/koreanbets about
{R1}.
If the post is not taken down by the moderators within 48 hours, our team
will remove it.

Reddit Safety
""",
    outcome="review", review="not_understood",
    imitates="Reddit admin reply deferring to community moderators",
    why="a conditional promise; nothing has happened to the item yet",
    items={R1: "pending"},
)

case(
    name="reddit-bounce-postfix",
    auth="none",
    date="Mon, 09 Sep 2024 06:11:02 +0000",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="7C1A2B3C4D.1725862262/mx.kcsc.example"

--7C1A2B3C4D.1725862262/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-requests@reddit.com>: host mx.reddit.com[192.0.2.44] said: 550 5.1.1
    <legal-requests@reddit.com>: Recipient address rejected: User unknown

--7C1A2B3C4D.1725862262/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Mon,  9 Sep 2024 15:10:58 +0900 (KST)

Final-Recipient: rfc822; legal-requests@reddit.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal-requests@reddit.com>: User unknown

--7C1A2B3C4D.1725862262/mx.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-requests@reddit.com
Subject: [KCSC-240909-05] Request to remove content
Message-ID: <{mid("KCSC-240909-05")}>
Date: Mon, 09 Sep 2024 15:10:00 +0900

Please remove the following posts:
1. {R1}
2. {R2}

--7C1A2B3C4D.1725862262/mx.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix 'Undelivered Mail Returned to Sender' DSN",
    why="a bounce of our own request",
    items={},
)

# ================================================================== Discord
case(
    name="discord-ts-server-removed-message-deleted",
    date="Wed, 11 Sep 2024 16:48:33 +0000",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    subject="Your report has been reviewed",
    body=f"""
Hi there,

Thank you for your report (ref KCSC-240910-06). Our Safety team has reviewed
the content and taken the following action:

Server invite {D1}
  The server has been removed from Discord for violating our Community
  Guidelines.

Message {D2}
  The message has been deleted.

Best,
Discord Trust & Safety
https://discord.com/guidelines
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety report outcome email",
    why="server behind the invite removed; message deleted",
    items={D1: "removed", D2: "removed"},
)

case(
    name="discord-invite-invalid-message-deleted",
    date="Thu, 12 Sep 2024 04:09:27 +0000",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    subject="Re: [KCSC-240910-06] Request to remove content",
    reply_to_req=thread("KCSC-240910-06"),
    body=f"""
Hello,

The invite link {D1} is invalid or has expired, and we were unable to
identify the server it belonged to.

The message at {D2} has been deleted and the account that posted it has
been disabled.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord T&S reply about an expired invite and a deleted message",
    why="invalid invite, server not identified (not_found); message deleted (removed)",
    items={D1: "not_found", D2: "removed"},
)

case(
    name="discord-asks-for-more-information",
    date="Wed, 11 Sep 2024 02:55:14 +0000",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    subject="Re: [KCSC-240910-06] Request to remove content",
    reply_to_req=thread("KCSC-240910-06"),
    body=f"""
Hello,

To act on the message {D2}, we need some more information:

1. a screenshot of the message as you saw it;
2. the provision of Korean law the message is said to breach;
3. confirmation that you are authorised to make this request on behalf of
   the Commission.

Once we receive this, we will continue our review.

Discord Trust & Safety
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Trust & Safety request for supporting information before acting",
    why="asks for documents; no decision on the item",
    items={D2: "pending"},
)

# ================================================================== Twitch
case(
    name="twitch-sole-statement-no-url",
    date="Thu, 12 Sep 2024 19:40:08 +0000",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Trust & Safety",
    subject="Re: [KCSC-240910-07] Request regarding a Twitch channel",
    reply_to_req=thread("KCSC-240910-07"),
    body="""
Hello,

Thank you for your request. We reviewed the channel identified in your
request and have permanently suspended it. Its broadcasts, VODs and clips
are no longer available on Twitch.

Twitch Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch enforcement reply that does not repeat the channel URL",
    why="the only statement answers a one-item request: the channel is no longer available (removed)",
    items={W1: "removed"},
)

case(
    name="twitch-korean-particle-after-url",
    date="Fri, 13 Sep 2024 05:22:46 +0000",
    **{"from": "kr-legal@twitch.tv"}, name_from="Twitch Korea",
    subject="KCSC-240910-07 처리 결과 / outcome",
    body=f"""
안녕하세요.

요청하신 채널 {W1}은 커뮤니티 가이드라인 위반으로 삭제되었습니다.

(English) The channel referred to in KCSC-240910-07 has been removed for
violating our Community Guidelines.

Twitch Korea
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual Korean/English platform notice, URL followed by a Korean particle",
    why="삭제 (removed); the URL is followed directly by the particle 은",
    items={W1: "removed"},
)

case(
    name="twitch-unmonitored-autoresponder",
    date="Tue, 10 Sep 2024 07:46:30 +0000",
    **{"from": "no-reply@twitch.tv"}, name_from="Twitch",
    subject="Re: [KCSC-240910-07] Request regarding a Twitch channel",
    reply_to_req=thread("KCSC-240910-07"),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
This is an automated response. This mailbox is not monitored.

To report a channel or content, please use the reporting tools described at
https://safety.twitch.tv, or contact our legal team through the address
listed on our legal page.
""",
    outcome="ignored", classification="auto_reply",
    imitates="'this mailbox is not monitored' autoresponder",
    why="an automatic reply",
    items={},
)

# ================================================================== others
case(
    name="telegram-generic-policy-reply",
    date="Sat, 14 Sep 2024 11:11:11 +0000",
    **{"from": "abuse@telegram.org"}, name_from="Telegram",
    subject="Re: your message",
    body="""
Hello,

Telegram does not process requests about private chats and groups, which
are private between their participants. For public channels, bots and
sticker sets, our moderators act on content that is illegal when it is
reported with a direct link.

You can find more information at https://telegram.org/faq#q-there-39s-illegal-content-on-telegram-how-do-i-take-it-down

The Telegram Team
""",
    outcome="review", review="no_claims",
    imitates="Telegram abuse-desk generic policy reply",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="snapchat-case-receipt",
    date="Sun, 15 Sep 2024 03:30:59 +0000",
    **{"from": "support@snapchat.com"}, name_from="Snapchat Support",
    subject="We've received your report [Case 21094477]",
    body="""
Hi,

Thanks for reaching out to Snapchat Support. We've received your report and
created case 21094477. A member of our Safety team will look into it.

You don't need to reply to this email.

Team Snapchat
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Snapchat Support case-created receipt",
    why="pure acknowledgement",
    items={},
)


HEADER = """# Blind set blind658: English notices from many platforms (X, YouTube,
# Meta, TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest, Telegram).
# Written by make.py from the case list; expected results come from each
# email's meaning alone, before the reader was run. See NOTES.md.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(f"{len(CASES)} cases")
