#!/usr/bin/env python3
"""Blind set 138: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted or superseded by a note, statuses given by position.

Written from the meaning of each email, before any run of the reader.
Deterministic: `python3 tests/corpus/blind138/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
import urllib.parse
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "daum.net": "Daum",
    "tiktok.com": "TikTok",
})

KST = timezone(timedelta(hours=9))
UTC = timezone.utc


def d(day, hh, mm, ss=0, tz=KST):
    return format_datetime(datetime(2024, 9, day, hh, mm, ss, tzinfo=tz))


# ---------------------------------------------------------------- requests
X1 = "https://x.com/lucky7slot_kr/status/1832561107745120301"
X2 = "https://x.com/lucky7slot_kr/status/1832561398120554722"
X3 = "https://x.com/bet_moonlight/status/1831907765521093014"
X4 = "https://x.com/bet_moonlight/status/1831990032118760449"
X5 = "https://x.com/toto_harbor88/status/1832110254879013226"
X6 = "https://x.com/toto_harbor88/status/1832114471239887105"
X7 = "https://x.com/casino_pine_kr"
X8 = "https://x.com/jackpotriver_/status/1830877412006553671"
X9 = "https://x.com/jackpotriver_/status/1830880029874221057"
X10 = "https://x.com/sunbet_official9/status/1832320987712349006"
X11 = "https://x.com/sunbet_official9/status/1832329914402118754"
X12 = "https://x.com/goldfin_toto/status/1831512258043399170"
X13 = "https://x.com/goldfin_toto/status/1831519987624501248"
X14 = "https://x.com/hanriver_bet/status/1832701346658822149"

Y1 = "https://www.youtube.com/watch?v=Qm3vT8kLp2A"
Y2 = "https://www.youtube.com/watch?v=bN7xR0sWe4c"
Y3 = "https://www.youtube.com/shorts/Lr5hYp1Ku9E"
Y4 = "https://www.youtube.com/@greenleaf_delivery_kr"

T1 = "https://t.me/icepost_seoul/418"
T2 = "https://t.me/icepost_seoul/422"
T3 = "https://t.me/snowline_kr"

N1 = "https://blog.naver.com/mellow_tide/223567104812"
N2 = "https://blog.naver.com/mellow_tide/223569930017"
N3 = "https://cafe.naver.com/nightowlclub/88213"
N4 = "https://cafe.naver.com/nightowlclub/88250"
N5 = "https://blog.naver.com/velvet_ash/223571288450"

K1_TITLE = "월-수익-보장-리딩방"
K1_RAW = "https://goldbridge-invest.tistory.com/entry/" + K1_TITLE
K1 = "https://goldbridge-invest.tistory.com/entry/" + urllib.parse.quote(K1_TITLE)
K2 = "https://goldbridge-invest.tistory.com/12"
K3 = "https://cafe.daum.net/coinleaders/Zx1q/204"

TK1 = "https://www.tiktok.com/@minji.unfiltered/video/7412289043315637512"
TK2 = "https://www.tiktok.com/@minji.unfiltered/video/7412301187720199431"

N7 = "https://blog.naver.com/quietfern/223574410926"

REQUESTS = [
    ("KCSC-240909-01", "x", "2024-09-09T10:30:00+09:00", "2024-09-16T18:00:00+09:00",
     [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12, X13, X14], "gambling",
     "unlicensed betting promotion, 14 items"),
    ("KCSC-240910-02", "youtube", "2024-09-10T09:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [Y1, Y2, Y3, Y4], "drugs", "drug delivery advertising"),
    ("KCSC-240910-03", "telegram", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [T1, T2, T3], "drugs", "drug sale channel and posts"),
    ("KCSC-240911-04", "naver", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [N1, N2, N3, N4, N5], "obscenity", "non-consensual images, blog and cafe"),
    ("KCSC-240912-05", "kakao", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [K1, K2, K3], "illegal_finance", "unregistered investment solicitation"),
    ("KCSC-240912-06", "tiktok", "2024-09-12T15:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [TK1, TK2], "privacy", "disclosure of personal information"),
    ("KCSC-240913-07", "naver", "2024-09-13T09:30:00+09:00", "2024-09-20T18:00:00+09:00",
     [N7], "defamation", "single blog post"),
]


def req_mid(ref):
    return ref.lower() + ".req"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def body_b64(text, ctype="plain"):
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(text) + "\n")


def body_qp(text, ctype="plain"):
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + qp(text) + "\n")


def with_csv(text, csv_text, filename, boundary):
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            f"--{boundary}\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            f"{text.strip()}\n\n"
            f"--{boundary}\n"
            f'Content-Type: text/csv; charset=utf-8; name="{filename}"\n'
            f'Content-Disposition: attachment; filename="{filename}"\n'
            "Content-Transfer-Encoding: base64\n\n"
            f"{b64(csv_text)}\n"
            f"--{boundary}--\n")


def alternative(text, html, boundary):
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n"
            f"{qp(text.strip())}\n"
            f"--{boundary}\n"
            "Content-Type: text/html; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n"
            f"{qp(html.strip())}\n"
            f"--{boundary}--\n")


REQ_QUOTE_YT = f"""Dear YouTube Legal team,

The Korea Communications Standards Commission requests the removal of the
following content, which advertises the delivery of narcotics (reference
KCSC-240910-02):

1. {Y1}
2. {Y2}
3. {Y3}
4. {Y4}

Please tell us the action taken for each URL.

KCSC Takedown desk"""


def gt_quote(text):
    return "\n".join("> " + ln if ln else ">" for ln in text.splitlines())


# ---------------------------------------------------------------- cases
X_SIG = "X Legal\nhttps://help.x.com/en/rules-and-policies/x-rules"

CASES = [
    # ============================================================ applied: X
    dict(
        name="x-removed-while-withheld-one-sentence",
        **{"from": "legal-support@x.com"},
        date=d(11, 16, 2, 41),
        subject="Re: KCSC-240909-01 - Request to remove illegal gambling content",
        reply_to_req=req_mid("KCSC-240909-01"),
        body=f"""Hello,

Thank you for your request (KCSC-240909-01). Of the posts you reported, {X1} has been removed for violating the X Rules on illegal gambling, while {X2} has been withheld in South Korea only.

We are still reviewing the remaining URLs and will write again.

Regards,
{X_SIG}
""",
        outcome="applied", classification="confirmation",
        imitates="X legal-request outcome email (removal vs country withholding)",
        why="one sentence gives two statuses: removed for the first post, withheld in KR for the second",
        items={X1: "removed", X2: "restricted"},
    ),
    dict(
        name="x-not-removed-but-withheld",
        **{"from": "legal-support@x.com"},
        date=d(12, 9, 14, 5),
        subject="Re: KCSC-240909-01 - Request to remove illegal gambling content",
        reply_to_req=req_mid("KCSC-240909-01"),
        body=f"""Hello,

Following our review of your request, we have not removed {X3}. It is now withheld in the Republic of Korea in response to your legal demand, and remains visible elsewhere.

By contrast, {X4} promoted an unlicensed betting site in breach of our rules and was removed globally.

Kind regards,
{X_SIG}
""",
        outcome="applied", classification="confirmation",
        imitates="X country-withheld content notice to a government reporter",
        why="'we have not removed' is negated removal, but the next sentence withholds it in Korea: restricted; the other post removed",
        items={X3: "restricted", X4: "removed"},
    ),
    dict(
        name="x-no-violation-refusal-and-removal",
        **{"from": "legal-support@x.com"},
        date=d(12, 11, 40, 17),
        subject="Re: KCSC-240909-01 - Request to remove illegal gambling content",
        reply_to_req=req_mid("KCSC-240909-01"),
        body=f"""Hi,

After careful review we found that {X5} does not violate the X Rules or the Korean law cited in your request: it links to a licensed sports-results service and does not solicit bets. We are therefore not taking any action on this post.

The other post from the same account, {X6}, promoted an unlicensed betting site and has been removed.

If you disagree with our assessment you can send us further legal analysis through the usual channel.

{X_SIG}
""",
        outcome="applied", classification="confirmation",
        imitates="X legal team refusal with reasons alongside a removal",
        why="refusal with its reason (no violation, no action) = rejected; the second post removed",
        items={X5: "rejected", X6: "removed"},
    ),
    dict(
        name="x-list-with-correction-note",
        **{"from": "legal-support@x.com"},
        date=d(13, 10, 5, 0),
        subject="Re: KCSC-240909-01 - Request to remove illegal gambling content",
        reply_to_req=req_mid("KCSC-240909-01"),
        body=f"""Hello,

We have completed our review of the following posts from your request KCSC-240909-01.

Withheld in KR:
- {X8}
- {X9}

Correction (added before sending): {X9} was deleted by the account holder on 12 September, before our action took effect, so the withholding listed above does not apply to it. The post no longer exists.

Thanks,
{X_SIG}
""",
        outcome="applied", classification="confirmation",
        imitates="X legal reply with a list and a correction paragraph",
        why="a later correction revises the list: the second post was deleted by its author (not_found), the first stays withheld",
        items={X8: "restricted", X9: "not_found"},
    ),
    dict(
        name="x-html-table-note-supersedes",
        **{"from": "legal-support@x.com"},
        date=d(17, 8, 22, 9, UTC),
        subject="Re: KCSC-240909-01 - Request to remove illegal gambling content",
        reply_to_req=req_mid("KCSC-240909-01"),
        type="html",
        body=f"""<html><body>
<p>Hello,</p>
<p>Please see below the outcome of your request <b>KCSC-240909-01</b> for the posts listed.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th><th>Date</th></tr>
<tr><td>{X10}</td><td>Removed</td><td>2024-09-13</td></tr>
<tr><td>{X11}</td><td>Withheld in: KR</td><td>2024-09-13</td></tr>
</table>
<p>Note: {X11} was subsequently removed globally on 16 September, after a separate review under our illegal gambling policy. The table above shows the action taken on 13 September.</p>
<p>Regards,<br>X Legal</p>
</body></html>
""",
        outcome="applied", classification="confirmation",
        imitates="X HTML outcome table with a later note",
        why="the note says the withheld post was later removed globally: the later action supersedes the table row",
        items={X10: "removed", X11: "removed"},
    ),
    dict(
        name="x-url-then-status-line",
        **{"from": "legal-support@x.com"},
        date=d(13, 15, 31, 52),
        subject="Re: KCSC-240909-01 - Request to remove illegal gambling content",
        reply_to_req=req_mid("KCSC-240909-01"),
        body=f"""Hello,

Here is the result for two further posts from your request.

{X12}
Status: Withheld in KR

{X13}
Status: No violation found - no action taken

Regards,
{X_SIG}
""",
        outcome="applied", classification="confirmation",
        imitates="X legal reply with per-URL status lines",
        why="bare URL lines with their status on the line below: withheld in KR, no violation",
        items={X12: "restricted", X13: "rejected"},
    ),
    dict(
        name="x-account-suspended-angle-brackets",
        **{"from": "legal-support@x.com"},
        date=d(12, 18, 3, 26),
        subject="Re: KCSC-240909-01 - Request to remove illegal gambling content",
        reply_to_req=req_mid("KCSC-240909-01"),
        body=f"""Hello,

The account <{X7}> has been permanently suspended for violating our rules on illegal gambling.

We were unable to locate the post at <https://x.com/hanriver_bet/status/
1832701346658822149>; it may have been deleted before we reviewed it.

Regards,
{X_SIG}
""",
        outcome="applied", classification="confirmation",
        imitates="X suspension notice and 'unable to locate' reply",
        why="account suspended = removed; 'unable to locate' is unhedged (the hedge only guesses why) = not_found; second URL wrapped inside angle brackets",
        items={X7: "removed", X14: "not_found"},
    ),
    dict(
        name="x-numbered-outcome-by-position",
        **{"from": "legal-support@x.com"},
        date=d(14, 11, 12, 0),
        subject="Re: KCSC-240909-01 - Request to remove illegal gambling content",
        reply_to_req=req_mid("KCSC-240909-01"),
        body=f"""Hello,

You reported the following posts:

1. {X1}
2. {X3}
3. {X5}

Outcome:
- Items 1 and 3: removed for violating our illegal gambling policy.
- Item 2: withheld in the Republic of Korea.

Regards,
{X_SIG}
""",
        outcome="applied", classification="confirmation",
        imitates="X legal reply with numbered URLs and outcomes by number",
        why="statuses given by the numbers of the list in the same email: 1 and 3 removed, 2 withheld in KR",
        items={X1: "removed", X3: "restricted", X5: "removed"},
    ),
    dict(
        name="x-csv-attachment-outcomes",
        **{"from": "legal-support@x.com"},
        date=d(16, 10, 0, 12),
        subject="Re: KCSC-240909-01 - Outcome report",
        reply_to_req=req_mid("KCSC-240909-01"),
        raw_mime=with_csv(
            "Hello,\n\nPlease find attached the outcome for each URL we have reviewed so far "
            "under your request KCSC-240909-01.\n\nRegards,\nX Legal",
            "reported_url,action,reason,actioned_at\n"
            f"{X2},Removed,Illegal gambling,2024-09-11\n"
            f"{X4},Removed,Illegal gambling,2024-09-11\n"
            f"{X6},No action,No violation of the X Rules,2024-09-12\n"
            f"{X8},Withheld (KR),Local law,2024-09-12\n"
            f"{X10},Not found,Post deleted by account holder,\n"
            f"{X12},Removed,Illegal gambling,2024-09-13\n",
            "KCSC-240909-01_outcome.csv", "b138-xcsv-1"),
        outcome="applied", classification="confirmation",
        imitates="X legal outcome spreadsheet sent as a CSV attachment",
        why="CSV rows give each URL's action: removed, no action (rejected), withheld KR, deleted by holder (not_found)",
        items={X2: "removed", X4: "removed", X6: "rejected", X8: "restricted",
               X10: "not_found", X12: "removed"},
    ),
    dict(
        name="x-statement-of-reasons-withheld",
        **{"from": "legal-support@x.com"},
        date=d(15, 2, 44, 30, UTC),
        subject="Statement of reasons - notice KCSC-240909-01",
        body=f"""Statement of reasons

Notice reference: KCSC-240909-01
Content: {X14}
Decision: Visibility restriction - content withheld
Territorial scope: Republic of Korea
Ground: illegal content under the law of the notifier's country
Facts relied on: the post advertises an unlicensed online casino to users in Korea
Automated detection: No
Automated decision: No

You can find information about redress at https://help.x.com/en/forms/legal/appeal

X Corp.
""",
        outcome="applied", classification="confirmation",
        imitates="DSA-style statement of reasons (visibility restriction, territorial scope)",
        why="visibility restriction with territorial scope Korea = restricted; the appeal link is no item",
        items={X14: "restricted"},
    ),
    dict(
        name="x-echoed-report-form",
        **{"from": "noreply-legal@x.com"},
        date=d(11, 22, 47, 3),
        subject="Your report about a post on X - KCSC-240909-01",
        body=f"""Your report

Reported content: {X6}
Reason: Illegal or regulated goods and services (gambling)
Reporter reference: KCSC-240909-01
Submitted: 9 September 2024

Our decision

We reviewed the post and removed it because it violates our rules on illegal gambling. The account holder has been notified.

This is an automated message; please do not reply to it.
""",
        outcome="applied", classification="confirmation",
        imitates="X report-outcome email that echoes the submitted report",
        why="the echoed report names the URL and the decision below it says removed",
        items={X6: "removed"},
    ),
    dict(
        name="x-statement-then-url-below",
        **{"from": "legal-support@x.com"},
        date=d(16, 14, 9, 38),
        subject="Re: KCSC-240909-01 - Request to remove illegal gambling content",
        reply_to_req=req_mid("KCSC-240909-01"),
        body=f"""Hello,

The following post has been withheld in South Korea:
{X2}

We could not find the following post. The link does not lead to any existing post on X:
{X13}

Regards,
{X_SIG}
""",
        outcome="applied", classification="confirmation",
        imitates="X legal reply with the statement first and the URL on the next line",
        why="each statement is followed on the next line by its URL: withheld in KR, not found",
        items={X2: "restricted", X13: "not_found"},
    ),
    # ============================================================ applied: YouTube
    dict(
        name="yt-hedges-in-relative-clauses",
        **{"from": "legal-support@youtube.com"},
        date=d(12, 7, 15, 2, UTC),
        subject="Re: [KCSC-240910-02] Legal removal request",
        reply_to_req=req_mid("KCSC-240910-02"),
        body=f"""Hello,

Thank you for your legal complaint (reference KCSC-240910-02). Our team has completed its review of three of the URLs you sent.

- The video {Y1}, which appears to have been uploaded by a reseller account, has been removed for violating our policy on the sale of regulated goods.
- {Y2}, which we believe may be of educational interest to some viewers, has been age-restricted. It is no longer visible to signed-out viewers or viewers under 18.
- The Short {Y3}, which seems to show a police press briefing, does not violate our Community Guidelines and will remain available.

You can read more about our policies at https://support.google.com/youtube/answer/2801964

Regards,
The YouTube Legal Team
""",
        outcome="applied", classification="confirmation",
        imitates="YouTube legal removal outcome email",
        why="hedges sit in relative clauses, the main clauses are plain: removed, age-restricted, stays up (rejected)",
        items={Y1: "removed", Y2: "restricted", Y3: "rejected"},
    ),
    dict(
        name="yt-blocked-kr-terminated-actioned",
        **{"from": "legal-support@youtube.com"},
        date=d(13, 6, 30, 44, UTC),
        subject="Re: [KCSC-240910-02] Legal removal request",
        reply_to_req=req_mid("KCSC-240910-02"),
        body=f"""Hello,

After review, we have blocked {Y2} from view in South Korea in response to your legal request.

The channel {Y4} has been terminated for repeated violations of our Community Guidelines.

The Short {Y3} has been actioned under our policies.

Sincerely,
The YouTube Legal Team
""",
        outcome="applied", classification="confirmation",
        imitates="YouTube local-law block and channel termination notice",
        why="blocked in KR = restricted; channel terminated = removed; 'actioned under our policies' (configured phrase) = removed",
        items={Y2: "restricted", Y4: "removed", Y3: "removed"},
    ),
    dict(
        name="yt-base64-top-posted-gmail-quote",
        **{"from": "jordan.legal@google.com"},
        name_from="Jordan (YouTube Legal Support)",
        date=d(11, 4, 12, 9, UTC),
        subject="Re: [KCSC-240910-02] Legal removal request",
        reply_to_req=req_mid("KCSC-240910-02"),
        raw_mime=body_b64(f"""Hi KCSC team,

Quick update on two of the links in your request. {Y1} is no longer available on YouTube: we removed it on 11 September for violating our regulated goods policy.

For {Y2} we could not find a video. The ID does not resolve to any upload, which usually means the link is incorrect.

We're still looking at the other two and will come back to you.

Best,
Jordan
YouTube Legal Support

On Tue, 10 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
{gt_quote(REQ_QUOTE_YT)}
"""),
        outcome="applied", classification="confirmation",
        imitates="Gmail top-posted reply from a YouTube legal specialist, base64 body",
        why="reply above the quote: first video removed, second not found; the quoted request's URLs are not statements",
        items={Y1: "removed", Y2: "not_found"},
    ),
    dict(
        name="yt-outlook-original-message",
        **{"from": "removals-kr@google.com"},
        name_from="Google Legal Removals",
        date=d(13, 17, 55, 0),
        subject="RE: [KCSC-240910-02] Legal removal request",
        reply_to_req=req_mid("KCSC-240910-02"),
        body=f"""Hello,

{Y4}: the channel has been terminated.

{Y3}: we have not removed this Short. It is an excerpt of a broadcast news report about a police operation and does not violate our Community Guidelines or the law you cited.

Regards,
Google Legal Removals

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 9:00 AM
To: legal-kr@google.com
Subject: [KCSC-240910-02] Legal removal request

{REQ_QUOTE_YT}
""",
        outcome="applied", classification="confirmation",
        imitates="Outlook reply over an unquoted '-----Original Message-----' block",
        why="channel terminated = removed; 'we have not removed' with a no-violation reason = rejected; the original request below is quoted text",
        items={Y4: "removed", Y3: "rejected"},
    ),
    # ============================================================ applied: Telegram
    dict(
        name="tg-blocked-but-author-deleted-one-sentence",
        **{"from": "abuse@telegram.org"},
        date=d(11, 13, 2, 18, UTC),
        subject="Re: KCSC-240910-03",
        reply_to_req=req_mid("KCSC-240910-03"),
        body=f"""Hello,

Following your report, {T3} has been blocked for users in South Korea, but {T1} had already been deleted by its author before our moderators reached it.

Telegram Abuse Team
""",
        outcome="applied", classification="confirmation",
        imitates="Telegram abuse-desk reply",
        why="one sentence, two statuses: channel blocked in KR (restricted), post already deleted by its author (not_found)",
        items={T3: "restricted", T1: "not_found"},
    ),
    dict(
        name="tg-refusal-news-report",
        **{"from": "abuse@telegram.org"},
        date=d(12, 3, 40, 55, UTC),
        subject="Re: KCSC-240910-03",
        reply_to_req=req_mid("KCSC-240910-03"),
        body=f"""Hello,

We have reviewed {T2}. The post is a news report about a police operation and does not offer any substance for sale. It does not breach Telegram's Terms of Service, so we will not take it down.

Telegram Abuse Team
""",
        outcome="applied", classification="confirmation",
        imitates="Telegram abuse-desk refusal with a reason",
        why="refusal with reason ('does not breach', 'will not take it down') = rejected; 'will not' is a refusal, not a promise",
        items={T2: "rejected"},
    ),
    dict(
        name="tg-ack-phrase-plus-removals",
        **{"from": "dsa@telegram.org"},
        date=d(13, 9, 9, 9, UTC),
        subject="Re: KCSC-240910-03",
        reply_to_req=req_mid("KCSC-240910-03"),
        body=f"""Hello,

Thank you for your report. We have received it and our moderators have processed it. The following posts have been removed:

{T1}
{T2}

The channel {T3} is still under review.

Telegram
""",
        outcome="applied", classification="confirmation",
        imitates="Telegram receipt wording followed by an outcome list",
        why="acknowledgement phrase plus unhedged removals of two named posts; the channel 'still under review' stays pending",
        items={T1: "removed", T2: "removed", T3: "pending"},
    ),
    # ============================================================ applied: NAVER
    dict(
        name="naver-korean-particles-fullwidth",
        **{"from": "policy@navercorp.com"},
        name_from="네이버 고객센터",
        date=d(12, 16, 20, 0),
        subject="[네이버] 게시중단 요청(KCSC-240911-04) 처리 결과 안내",
        reply_to_req=req_mid("KCSC-240911-04"),
        body=f"""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240911-04)의 처리 결과를 안내드립니다.

1) {N1}은 관련 법령 및 운영정책 위반으로 게시중단 조치되었습니다.
2) {N2}，해당 게시물은 작성자가 이미 삭제하여 존재하지 않습니다.

나머지 게시물은 확인 후 별도로 안내드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
        outcome="applied", classification="confirmation",
        imitates="NAVER 게시중단 처리 결과 안내",
        why="URL glued to a Korean particle (은) and to a full-width comma: 게시중단 = removed, 작성자 삭제 = not_found",
        items={N1: "removed", N2: "not_found"},
    ),
    dict(
        name="naver-html-table-temporary-measure",
        **{"from": "policy@navercorp.com"},
        name_from="NAVER 정책지원",
        date=d(13, 11, 5, 30),
        subject="Re: [KCSC-240911-04] 시정요구 조치결과 회신",
        reply_to_req=req_mid("KCSC-240911-04"),
        raw_mime=alternative(
            f"""KCSC-240911-04 시정요구 조치결과

1 {N3} 임시조치(30일)
2 {N4} 삭제
3 {N5} 게시 유지 - 위법성이 확인되지 않아 조치하지 않음
""",
            f"""<html><body>
<p>안녕하세요. NAVER 정책지원팀입니다.<br>요청번호 KCSC-240911-04 시정요구에 대한 조치결과를 회신드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N3}</td><td>임시조치(30일)</td><td>정보통신망법 제44조의2</td></tr>
<tr><td>2</td><td>{N4}</td><td>삭제</td><td></td></tr>
<tr><td>3</td><td>{N5}</td><td>게시 유지</td><td>위법성이 확인되지 않아 조치하지 않음</td></tr>
</table>
<p>감사합니다.</p>
</body></html>
""", "b138-nv-alt-2"),
        outcome="applied", classification="confirmation",
        imitates="Korean portal 시정요구 조치결과 table (HTML with plain-text alternative)",
        why="table rows: 임시조치 = restricted, 삭제 = removed, 게시 유지 with its reason = rejected",
        items={N3: "restricted", N4: "removed", N5: "rejected"},
    ),
    dict(
        name="naver-negated-delete-then-restricted",
        **{"from": "policy@navercorp.com"},
        name_from="네이버 고객센터",
        date=d(14, 10, 44, 12),
        subject="[네이버] 게시중단 요청(KCSC-240911-04) 추가 처리 결과",
        reply_to_req=req_mid("KCSC-240911-04"),
        body=f"""안녕하세요. 네이버 고객센터입니다.

요청번호 KCSC-240911-04 관련 추가 처리 결과입니다.

- {N4} 게시물은 삭제하지 않았으며, 정보통신망법 제44조의2에 따라 임시조치(접근 제한)하였습니다.
- {N1} 게시물은 비공개 처리되었습니다.

임시조치 기간 중 게시자의 재게시 요청이 있을 경우 별도로 안내드리겠습니다.

감사합니다.
""",
        outcome="applied", classification="confirmation",
        imitates="NAVER 임시조치 안내 (negated deletion followed by a temporary measure)",
        why="'삭제하지 않았으며' negates deletion, the same sentence then states 임시조치(접근 제한) = restricted; 비공개 처리 = removed",
        items={N4: "restricted", N1: "removed"},
    ),
    dict(
        name="naver-one-item-no-url",
        **{"from": "noreply-report@naver.com"},
        name_from="네이버 블로그",
        date=d(14, 15, 0, 0),
        subject="[네이버 블로그] 게시물 신고 처리 결과 안내 (KCSC-240913-07)",
        reply_to_req=req_mid("KCSC-240913-07"),
        body="""안녕하세요, 네이버 블로그입니다.

요청하신 게시물(접수번호 KCSC-240913-07)에 대해 검토한 결과, 명예훼손 소지가 있어 블라인드 처리를 완료하였음을 알려드립니다.

블로그 운영정책: https://blog.naver.com/blogpeople/policy

감사합니다.
""",
        outcome="applied", classification="confirmation",
        imitates="NAVER blog 신고 처리 결과 (블라인드) notice",
        why="no URL, but a single-item request: 블라인드 처리 완료 = removed; the policy link is no item",
        items={N7: "removed"},
    ),
    # ============================================================ applied: Kakao
    dict(
        name="kakao-tistory-raw-korean-path",
        **{"from": "tistory-report@kakaocorp.com"},
        name_from="티스토리 운영팀",
        date=d(13, 14, 22, 7),
        subject="[티스토리] KCSC-240912-05 처리 결과",
        reply_to_req=req_mid("KCSC-240912-05"),
        body=f"""안녕하세요. 티스토리 운영팀입니다.

요청번호 KCSC-240912-05 관련 처리 결과를 안내드립니다.

- {K1_RAW} : 유사수신 광고로 확인되어 게시글을 삭제하였습니다.
- {K2} : 검토하였으나 투자 관련 일반 정보로 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

감사합니다.
""",
        outcome="applied", classification="confirmation",
        imitates="Tistory (Kakao) 게시물 신고 처리 결과",
        why="raw Korean path matches the percent-encoded request URL: 삭제 = removed; no violation, no action = rejected",
        items={K1: "removed", K2: "rejected"},
    ),
    dict(
        name="kakao-daum-qp-restricted-and-pending",
        **{"from": "cafe-report@daum.net"},
        name_from="Daum 카페 고객센터",
        date=d(14, 9, 51, 40),
        subject="Re: [KCSC-240912-05] 게시물 조치 요청",
        reply_to_req=req_mid("KCSC-240912-05"),
        raw_mime=body_qp(f"""안녕하세요. Daum 카페 고객센터입니다.

{K3} 게시물은 권리침해 신고에 따라 임시조치(30일) 되었습니다.

{K2} 는 담당 부서에서 확인 중이며, 결과는 확인되는 대로 회신드리겠습니다.

감사합니다.
"""),
        outcome="applied", classification="confirmation",
        imitates="Daum cafe 임시조치 notice, quoted-printable",
        why="임시조치 = restricted; the other URL is 'being checked' = pending",
        items={K3: "restricted", K2: "pending"},
    ),
    # ============================================================ applied: TikTok
    dict(
        name="tiktok-removed-and-kept",
        **{"from": "legal-kr@tiktok.com"},
        name_from="TikTok Legal",
        date=d(13, 5, 18, 33, UTC),
        subject="Re: KCSC-240912-06 Content removal request",
        reply_to_req=req_mid("KCSC-240912-06"),
        body=f"""Dear KCSC,

Thank you for your request. {TK1} has been removed for violating our Community Guidelines on privacy and personal information.

We reviewed {TK2} and found that it does not violate our Community Guidelines or local law, so it will remain on TikTok.

Best regards,
TikTok Legal
""",
        outcome="applied", classification="confirmation",
        imitates="TikTok law-enforcement/legal request outcome",
        why="first video removed; the second stays with a no-violation reason (rejected)",
        items={TK1: "removed", TK2: "rejected"},
    ),
    dict(
        name="tiktok-second-review-revises",
        **{"from": "legal-kr@tiktok.com"},
        name_from="TikTok Legal",
        date=d(16, 7, 2, 10, UTC),
        subject="Re: KCSC-240912-06 Content removal request",
        reply_to_req=req_mid("KCSC-240912-06"),
        body=f"""Dear KCSC,

When we first reviewed {TK2}, our moderator found no violation and the video stayed up. Following your follow-up message and a second review by our specialist privacy team, the video has now been removed.

Best regards,
TikTok Legal
""",
        outcome="applied", classification="confirmation",
        imitates="TikTok second-review outcome",
        why="the earlier 'no violation' is history; the later sentence states it has now been removed",
        items={TK2: "removed"},
    ),
    # ============================================================ review
    dict(
        name="x-promises-only",
        **{"from": "legal-support@x.com"},
        date=d(12, 20, 11, 0),
        subject="Re: KCSC-240909-01 - Request to remove illegal gambling content",
        reply_to_req=req_mid("KCSC-240909-01"),
        body=f"""Hello,

We have escalated {X13} to our specialist team, and it will be removed within 24 hours if it is confirmed to promote unlicensed gambling.

We will also review {X14} and update you once a decision has been made.

Regards,
{X_SIG}
""",
        outcome="review", review="not_understood",
        imitates="X legal escalation reply",
        why="a conditional promise and a promise to review: no statement, items stay pending",
        items={X13: "pending", X14: "pending"},
    ),
    dict(
        name="yt-hedged-already-gone",
        **{"from": "legal-support@youtube.com"},
        date=d(13, 2, 5, 0, UTC),
        subject="Re: [KCSC-240910-02] Legal removal request",
        reply_to_req=req_mid("KCSC-240910-02"),
        body=f"""Hello,

Our records indicate that {Y2} may already have been removed by the uploader. {Y3} appears to be unavailable in some regions, but we have not yet completed our check.

We will confirm the final status of both once our review is complete.

The YouTube Legal Team
""",
        outcome="review", review="not_understood",
        imitates="YouTube interim reply",
        why="'may already have been removed' and 'appears to be unavailable' are hedges; final status promised later",
        items={Y2: "pending", Y3: "pending"},
    ),
    dict(
        name="tg-bulk-all-removed",
        **{"from": "dsa@telegram.org"},
        date=d(12, 12, 0, 0, UTC),
        subject="Re: KCSC-240910-03",
        reply_to_req=req_mid("KCSC-240910-03"),
        body="""Hello,

All of the content you reported in this request has been removed. Thank you for helping keep Telegram safe.

Telegram
""",
        outcome="review", review="bulk",
        imitates="Telegram one-line outcome for a whole notice",
        why="a statement about every item of a three-item request without naming any",
        items={T1: "pending", T2: "pending", T3: "pending"},
    ),
    dict(
        name="tiktok-both-videos-bulk",
        **{"from": "legal-kr@tiktok.com"},
        name_from="TikTok Legal",
        date=d(14, 3, 30, 0, UTC),
        subject="Re: KCSC-240912-06 Content removal request",
        reply_to_req=req_mid("KCSC-240912-06"),
        body="""Dear KCSC,

Both videos you reported under KCSC-240912-06 have been removed from TikTok for violating our privacy policy.

Best regards,
TikTok Legal
""",
        outcome="review", review="bulk",
        imitates="TikTok short outcome email",
        why="'both videos' covers a two-item request without naming either",
        items={TK1: "pending", TK2: "pending"},
    ),
    dict(
        name="x-auth-fail",
        **{"from": "legal@x.com"},
        auth="fail",
        date=d(11, 23, 58, 1),
        subject="Re: KCSC-240909-01 - Request to remove illegal gambling content",
        body=f"""Hello,

{X1} has been removed. {X2} has been removed.

X Legal
""",
        outcome="review", review="untrusted",
        imitates="message claiming to be from X legal that fails DMARC",
        why="X's domain but DKIM/SPF/DMARC fail: no status changes",
        items={X1: "pending", X2: "pending"},
    ),
    dict(
        name="lawfirm-unknown-sender",
        **{"from": "jlee@seorin-law.co.kr"},
        name_from="Seorin Law Office - Ji-hoon Lee",
        date=d(12, 10, 30, 0),
        subject="KCSC-240910-02 - on behalf of the channel operator",
        body=f"""Dear Sir or Madam,

We represent the operator of the YouTube channel {Y4}. Our client asked us to inform you that the video {Y1} was deleted by our client on 11 September and that the channel itself has since been closed.

We trust the matter is therefore resolved.

Ji-hoon Lee
Attorney, Seorin Law Office
""",
        outcome="review", review="unknown_sender",
        imitates="law firm letter on behalf of an uploader",
        why="not a platform domain; its statements cannot change statuses",
        items={Y1: "pending", Y4: "pending"},
    ),
    dict(
        name="tiktok-about-youtube-link",
        **{"from": "legal-kr@tiktok.com"},
        name_from="TikTok Legal",
        date=d(13, 8, 15, 0, UTC),
        subject="Re: Content removal request (KCSC)",
        body=f"""Dear KCSC,

You sent us the link {Y1}. This content is not hosted on TikTok and we were unable to locate it on our platform, so we are unable to take any action.

Best regards,
TikTok Legal
""",
        outcome="review", review="wrong_platform",
        imitates="TikTok reply to a link of another service",
        why="TikTok states 'unable to locate' about a YouTube item: not its platform",
        items={Y1: "pending"},
    ),
    dict(
        name="x-prose-vs-csv-conflict",
        **{"from": "legal-support@x.com"},
        date=d(17, 9, 30, 0),
        subject="Re: KCSC-240909-01 - Outcome report",
        reply_to_req=req_mid("KCSC-240909-01"),
        raw_mime=with_csv(
            f"Hello,\n\nWe removed {X4} on 11 September. The attached file lists the "
            "outcome for this post.\n\nRegards,\nX Legal",
            "reported_url,action,reason\n"
            f"{X4},No action,No violation found\n",
            "outcome.csv", "b138-xcsv-2"),
        outcome="review", review="conflicting_statements",
        imitates="X outcome email whose attachment disagrees with its text",
        why="the text says removed, the attached CSV says no action / no violation, with nothing saying which is later",
        items={X4: "pending"},
    ),
    dict(
        name="naver-asks-for-documents",
        **{"from": "policy@navercorp.com"},
        name_from="네이버 고객센터",
        date=d(12, 13, 15, 0),
        subject="[네이버] 게시중단 요청(KCSC-240911-04) 관련 추가 자료 요청",
        reply_to_req=req_mid("KCSC-240911-04"),
        body=f"""안녕하세요. 네이버 고객센터입니다.

{N2} 게시물은 권리침해 여부를 판단하기 위해 피해 사실을 소명할 수 있는 자료(피해자 확인서 등)가 필요합니다.
자료를 보내주시면 검토 후 조치하겠습니다.

감사합니다.
""",
        outcome="review", review="asks_more", classification="request_for_info",
        imitates="NAVER 소명자료 요청 notice",
        why="asks for supporting documents; the action is conditional on them",
        items={N2: "pending"},
    ),
    dict(
        name="kakao-under-review-promise",
        **{"from": "tistory-report@kakaocorp.com"},
        name_from="티스토리 운영팀",
        date=d(12, 17, 40, 0),
        subject="[티스토리] KCSC-240912-05 검토 안내",
        reply_to_req=req_mid("KCSC-240912-05"),
        body=f"""안녕하세요. 티스토리 운영팀입니다.

아래 게시물은 유사수신 해당 여부를 검토 중이며, 위반이 확인되면 삭제 조치할 예정입니다.

{K1}
{K2}

감사합니다.
""",
        outcome="review", review="not_understood",
        imitates="Tistory 검토 중 안내",
        why="under review and a conditional promise to delete: no statement about the named items",
        items={K1: "pending", K2: "pending"},
    ),
    dict(
        name="yt-process-notice-no-claims",
        **{"from": "legal-support@youtube.com"},
        date=d(16, 1, 0, 0, UTC),
        subject="Changes to how we receive government removal requests",
        body="""Hello,

From 1 October 2024, government agencies in the Republic of Korea should submit content removal requests through our dedicated web form at https://support.google.com/legal/answer/3110420 rather than by email.

Requests sent by email after that date will still be processed, but responses may be slower.

The YouTube Legal Team
""",
        outcome="review", review="no_claims",
        imitates="YouTube/Google legal process change notice",
        why="trusted platform mail that names no item and no request",
        items={},
    ),
    # ============================================================ ignored
    dict(
        name="x-out-of-office",
        **{"from": "dwhitfield@x.com"},
        name_from="Dana Whitfield",
        date=d(9, 10, 31, 4),
        subject="Automatic reply: KCSC-240909-01 - Request to remove illegal gambling content",
        reply_to_req=req_mid("KCSC-240909-01"),
        extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
        body="""I am out of the office until 23 September with limited access to email.

For legal requests please use https://legal.x.com/en/gov-request or write to legal-support@x.com.

Dana
""",
        outcome="ignored", classification="auto_reply",
        imitates="Outlook out-of-office reply",
        why="out-of-office auto-reply",
        items={},
    ),
    dict(
        name="google-dsn-bounce",
        **{"from": "mailer-daemon@google.com"},
        name_from="Mail Delivery Subsystem",
        date=d(10, 0, 0, 31, UTC),
        subject="Delivery Status Notification (Failure)",
        extra_headers=["Auto-Submitted: auto-replied"],
        raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b138-dsn-1"

--b138-dsn-1
Content-Type: text/plain; charset=utf-8

Address not found

Your message wasn't delivered to legal-kr-old@google.com because the address couldn't be found, or is unable to receive mail.

--b138-dsn-1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.google.com

Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

--b138-dsn-1
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: [KCSC-240910-02] Legal removal request
Date: Tue, 10 Sep 2024 09:00:00 +0900
Message-ID: <{req_mid("KCSC-240910-02")}@kcsc.example>
Content-Type: text/plain; charset=utf-8

{REQ_QUOTE_YT}

--b138-dsn-1--
""",
        outcome="ignored", classification="bounce",
        imitates="Gmail-style DSN with the returned request",
        why="bounce; the URLs are in our own returned request",
        items={},
    ),
    dict(
        name="tg-read-receipt",
        **{"from": "abuse@telegram.org"},
        date=d(10, 3, 1, 0, UTC),
        subject="Read: KCSC-240910-03",
        raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="b138-mdn-1"

--b138-mdn-1
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to abuse@telegram.org at 10 Sep 2024 11:00 +0900.
It only confirms that the message was displayed on the recipient's computer.

--b138-mdn-1
Content-Type: message/disposition-notification

Reporting-UA: mail.telegram.org; Thunderbird 115.14.0
Final-Recipient: rfc822;abuse@telegram.org
Original-Message-ID: <{req_mid("KCSC-240910-03")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b138-mdn-1--
""",
        outcome="ignored", classification="read_receipt",
        imitates="Thunderbird read receipt (MDN)",
        why="read receipt",
        items={},
    ),
    dict(
        name="tiktok-ticket-receipt",
        **{"from": "no-reply@tiktok.com"},
        name_from="TikTok Support",
        date=d(12, 6, 1, 12, UTC),
        subject="We received your request [Ticket 48213377] KCSC-240912-06",
        extra_headers=["Auto-Submitted: auto-generated"],
        body="""Hi,

We've received your request and created ticket #48213377. Our team will review it and get back to you as soon as possible.

Please keep the ticket number in the subject of any further message about this request.

TikTok Support
""",
        outcome="ignored", classification="acknowledgement",
        imitates="Zendesk-style ticket receipt",
        why="pure receipt: request received, ticket created, nothing about any item",
        items={},
    ),
    dict(
        name="kakao-receipt-echoes-urls",
        **{"from": "noreply@kakaocorp.com"},
        name_from="카카오 고객센터",
        date=d(12, 10, 2, 0),
        subject="[카카오 고객센터] 문의가 접수되었습니다 (KCSC-240912-05)",
        extra_headers=["Auto-Submitted: auto-generated"],
        body=f"""안녕하세요. 카카오 고객센터입니다.
고객님의 문의가 정상적으로 접수되었습니다.

접수번호: 20240912-0417725
접수 내용:
요청번호 KCSC-240912-05 게시물 조치 요청
{K1}
{K2}
{K3}

담당자 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
        outcome="ignored", classification="acknowledgement",
        imitates="Kakao 고객센터 문의 접수 안내 with echoed report",
        why="automatic receipt echoing the submitted URLs; no statement about them",
        items={K1: "pending", K2: "pending", K3: "pending"},
    ),
    dict(
        name="naver-korean-out-of-office",
        **{"from": "mina.kang@navercorp.com"},
        name_from="강미나",
        date=d(11, 14, 0, 40),
        subject="[부재중] Re: [KCSC-240911-04] 게시물 삭제 요청",
        reply_to_req=req_mid("KCSC-240911-04"),
        extra_headers=["Auto-Submitted: auto-replied"],
        body=f"""안녕하세요. 강미나입니다.
9월 19일까지 휴가로 부재중입니다. 급한 용무는 policy@navercorp.com 으로 보내주시기 바랍니다.

> 요청번호 KCSC-240911-04
> 아래 게시물의 삭제를 요청합니다.
> {N1}
> {N2}
> {N3}
""",
        outcome="ignored", classification="auto_reply",
        imitates="Korean 부재중 자동응답 quoting the request",
        why="out-of-office reply; the URLs are only in the quoted request",
        items={},
    ),
]

HEADER = """# Blind set 138 (tests/corpus/blind138/): what a program gets wrong.
# Written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand.
"""


def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 encoded words, as
    Korean mail systems send them."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = Header(v, "utf-8").encode()


def main():
    write_requests()
    for c in CASES:
        encode_headers(c)
    corpuslib.write_set(HERE, "blind138", HEADER, CASES)


if __name__ == "__main__":
    main()
