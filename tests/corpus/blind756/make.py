#!/usr/bin/env python3
"""Blind corpus set blind756: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
and a note that disagree, statuses given by position. Every email was
written from scratch in the manner of public platform notices (see the
`imitates` field of each case); all names, ids and URLs are fictional.

    python3 tests/corpus/blind756/make.py

writes requests.csv, cases/*.eml and expected.toml. Deterministic.
The expected results were written from each email's meaning before the
reader was ever run on this set.
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))


def d(day, h, m, s=0, tz=KST):
    return format_datetime(datetime(2024, 9, day, h, m, s, tzinfo=tz))


# ---------------------------------------------------------------- requests

Y = {
    1: "https://www.youtube.com/watch?v=Qm4rT8vLx2A",
    2: "https://www.youtube.com/watch?v=b7HnW3kPz9E",
    3: "https://www.youtube.com/watch?v=Zx1cV5nM0aQ",
    4: "https://www.youtube.com/watch?v=pL8dF2sG6hJ",
    5: "https://www.youtube.com/watch?v=tR3yU7iO1pK",
    6: "https://www.youtube.com/watch?v=wE9qA4sD5fG",
    7: "https://www.youtube.com/shorts/kJ2hG6fD8sA",
    8: "https://www.youtube.com/shorts/mN5bV1cX3zL",
    9: "https://www.youtube.com/watch?v=oI4uY8tR2eW",
    10: "https://www.youtube.com/watch?v=aS6dF0gH3jK",
    11: "https://www.youtube.com/watch?v=lZ7xC9vB1nM",
    12: "https://www.youtube.com/@daebak_signal_room",
}
X = {
    1: "https://x.com/moonlit_bet88/status/1829301122334455667",
    2: "https://x.com/moonlit_bet88/status/1829307788990011223",
    3: "https://x.com/green_leaf_kr/status/1830012345678901234",
    4: "https://x.com/green_leaf_kr",
    5: "https://x.com/pixel_drift_kr/status/1833344556677889900",
}
T = {
    1: "https://t.me/hanriver_market/4410",
    2: "https://t.me/hanriver_market/4415",
    3: "https://t.me/quietpipe_kr",
}
N = {
    1: "https://blog.naver.com/silverfox_77/223560011223",
    2: "https://blog.naver.com/silverfox_77/223560044556",
    3: "https://cafe.naver.com/dreamstocklab/88120",
    4: "https://cafe.naver.com/dreamstocklab/88134",
    5: "https://blog.naver.com/hanbit_trade/223571234567",
}
K1_RAW = "https://sunny-talk.tistory.com/entry/비밀-리딩방-후기"
K = {
    1: "https://sunny-talk.tistory.com/entry/" + quote("비밀-리딩방-후기"),
    2: "https://sunny-talk.tistory.com/58",
    3: "https://cafe.daum.net/goldenpig2024/Xk3d/215",
}
TT = {
    1: "https://www.tiktok.com/@nightowl.deals/video/7410223344556677889",
    2: "https://www.tiktok.com/@nightowl.deals/video/7410229988776655443",
}

REQ = [
    # ref, platform, sent, due, urls, category, message_id, note
    ("KCSC-240902-01", "youtube", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     [Y[i] for i in range(1, 13)], "illegal_finance", "kcsc-req-240902-01@kcsc.example",
     "unregistered investment advice channel and its videos"),
    ("KCSC-240903-02", "x", "2024-09-03T11:30:00+09:00", "2024-09-10T18:00:00+09:00",
     [X[i] for i in range(1, 5)], "gambling", "kcsc-req-240903-02@kcsc.example",
     "illegal sports betting promotion"),
    ("KCSC-240904-03", "telegram", "2024-09-04T09:40:00+09:00", "2024-09-11T18:00:00+09:00",
     [T[i] for i in range(1, 4)], "drugs", "kcsc-req-240904-03@kcsc.example",
     "drug sale posts and channel"),
    ("KCSC-240905-04", "naver", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [N[i] for i in range(1, 6)], "illegal_finance", "kcsc-req-240905-04@kcsc.example",
     "리딩방 홍보 게시물"),
    ("KCSC-240906-05", "kakao", "2024-09-06T10:20:00+09:00", "2024-09-13T18:00:00+09:00",
     [K[i] for i in range(1, 4)], "illegal_finance", "kcsc-req-240906-05@kcsc.example",
     "Tistory and Daum cafe posts"),
    ("KCSC-240909-06", "tiktok", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [TT[1], TT[2]], "gambling", "kcsc-req-240909-06@kcsc.example",
     "casino promotion videos"),
    ("KCSC-240910-07", "x", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [X[5]], "obscene", "kcsc-req-240910-07@kcsc.example", "single post"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQ:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ------------------------------------------------------------- quoted text

def request_text(ref, urls, lang="en"):
    if lang == "ko":
        head = (f"[{ref}] 불법정보 삭제 요청\n\n"
                "안녕하십니까, 방송통신심의위원회입니다.\n"
                "아래 정보는 관련 법령에 위반되는 불법정보로 심의·의결되었으므로 "
                "삭제 등 필요한 조치를 요청합니다.\n")
    else:
        head = (f"[{ref}] Request for removal of content\n\n"
                "Dear team,\n"
                "The Korea Communications Standards Commission requests the removal of "
                "the following content, found to violate Korean law:\n")
    lines = [head]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines.append("\nKCSC Takedown Desk")
    return "\n".join(lines)


def gmail_quote(date_line, ref, urls, lang="en"):
    body = request_text(ref, urls, lang)
    q = "\n".join(("> " + ln) if ln else ">" for ln in body.split("\n"))
    return f"On {date_line}, KCSC Takedown <takedown@kcsc.example> wrote:\n{q}\n"


def outlook_quote(sent, ref, urls, to, lang="en"):
    return (
        "-----Original Message-----\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        f"Sent: {sent}\n"
        f"To: {to}\n"
        f"Subject: [{ref}] Request for removal of content\n\n"
        + request_text(ref, urls, lang) + "\n"
    )


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


YT_URLS = [Y[i] for i in range(1, 13)]
X_URLS = [X[i] for i in range(1, 5)]
T_URLS = [T[i] for i in range(1, 4)]
N_URLS = [N[i] for i in range(1, 6)]
K_URLS_RAW = [K1_RAW, K[2], K[3]]

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ YouTube

case(
    name="yt-one-sentence-four-outcomes",
    **{"from": "legal-notices@google.com"}, name_from="YouTube Legal Support",
    date=d(6, 17, 42), subject="Re: [KCSC-240902-01] Request for removal of content",
    reply_to_req="kcsc-req-240902-01",
    body=f"""
Hello,

Thank you for your notice. Following our review, {Y[1]} and {Y[2]} have been removed from YouTube globally for violating our Community Guidelines, while {Y[3]} has been blocked from view in South Korea only, and {Y[4]} remains available because we did not find it to violate our policies or local law.

We are continuing to review the other URLs in your notice.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube/Google legal removal outcome email (removed globally / blocked in country / no action)",
    why="one sentence carries removed, removed, restricted and rejected for four named videos",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected"},
)

case(
    name="yt-numbered-echo-results-by-number",
    **{"from": "legal-notices@google.com"}, name_from="YouTube Legal Support",
    date=d(7, 10, 5), subject="[KCSC-240902-01] Decision on URLs 1-4",
    reply_to_req="kcsc-req-240902-01",
    body=f"""
Hello,

We have completed our review of the first four URLs in your notice KCSC-240902-01:

1. {Y[1]}
2. {Y[2]}
3. {Y[3]}
4. {Y[4]}

Outcome: URLs 1 and 3 were removed for violating our policy on spam, deceptive practices and scams. URL 2 has been blocked in South Korea on the basis of local law. URL 4 did not violate our Community Guidelines and no local legal violation was established, so it remains available on YouTube.

The remaining URLs are still under review.

Kind regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal team reply that echoes the reported URLs as a numbered list and answers by number",
    why="statuses given by the numbers of the email's own echoed list",
    items={Y[1]: "removed", Y[3]: "removed", Y[2]: "restricted", Y[4]: "rejected"},
)

case(
    name="yt-outlook-positions-of-quoted-list",
    **{"from": "j.whitmore@google.com"}, name_from="Jonah Whitmore",
    date=d(9, 8, 51), subject="RE: [KCSC-240902-01] Request for removal of content",
    reply_to_req="kcsc-req-240902-01",
    body=f"""
Hi,

Regarding items 5 to 8 of your list below: items 5 and 6 have been removed; item 7 has been age-restricted; we could not locate item 8, the Short no longer exists.

Best,
Jonah
YouTube Trust & Safety, Legal Removals

{outlook_quote("Monday, September 2, 2024 10:00 AM", "KCSC-240902-01", YT_URLS, "legal-kr@google.com")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply of a Google legal removals specialist answering by the numbers of the quoted request",
    why="items 5-8 identified only by their position in our quoted numbered request; the statements themselves are the reply's own",
    items={Y[5]: "removed", Y[6]: "removed", Y[7]: "restricted", Y[8]: "not_found"},
)

case(
    name="yt-hedge-in-relative-clause",
    **{"from": "legal-notices@google.com"}, name_from="YouTube Legal Support",
    date=d(8, 14, 20), subject="Re: [KCSC-240902-01] Request for removal of content",
    reply_to_req="kcsc-req-240902-01",
    body=f"""
Hello,

Thank you for your patience.

The video at <{Y[5]}>, which may have been mirrored on other channels, has been removed from YouTube. We are not able to comment on copies that may exist elsewhere; please report them separately.

The video at <{Y[6]}> could not be located. It appears its uploader deleted it before our review.

<{Y[7]}> is with our policy specialists and we will let you know once a decision has been made.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome email with caveats about re-uploads",
    why="the hedge sits in a relative clause about copies; the main clause removes Y5; Y6 cannot be located; Y7 is only a promise",
    items={Y[5]: "removed", Y[6]: "not_found", Y[7]: "pending"},
)

case(
    name="yt-status-lines-then-correction-by-position",
    **{"from": "legal-notices@google.com"}, name_from="YouTube Legal Support",
    date=d(11, 16, 3), subject="[KCSC-240902-01] Update on two videos",
    reply_to_req="kcsc-req-240902-01",
    body=f"""
Hello,

Here is the status of two further videos from your notice:

{Y[8]} - restricted in KR
{Y[9]} - restricted in KR

Please disregard the status shown above for the first of these two videos: after a second review by our policy team it was removed from YouTube globally. The restriction in South Korea applies only to the second one.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal status update whose closing paragraph corrects a line above",
    why="a later sentence revises the first line by position ('the first of these two'): Y8 removed, Y9 stays restricted",
    items={Y[8]: "removed", Y[9]: "restricted"},
)

case(
    name="yt-negations-then-action",
    **{"from": "legal-notices@google.com"}, name_from="YouTube Legal Support",
    date=d(10, 11, 37), subject="Re: [KCSC-240902-01] Request for removal of content",
    reply_to_req="kcsc-req-240902-01",
    body=f"""
Hello,

We have not removed {Y[9]} from YouTube, as it does not breach our Community Guidelines. However, having reviewed it under Korean law, we have restricted access to it in South Korea.

We did not take any action on {Y[10]} because no video exists at that address. Please check that the link you sent is complete.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply distinguishing global removal from local-law blocking",
    why="'not removed' is followed by a local restriction (restricted); 'no action' because the video does not exist (not_found)",
    items={Y[9]: "restricted", Y[10]: "not_found"},
)

case(
    name="yt-html-table-note-supersedes",
    **{"from": "legal-notices@google.com"}, name_from="YouTube Legal Support",
    date=d(12, 9, 14), subject="[KCSC-240902-01] Outcome of your legal request",
    reply_to_req="kcsc-req-240902-01", type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Please find below the outcome for the following items of your notice.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action taken</th><th>Scope</th></tr>
<tr><td>{Y[11]}</td><td>Removed</td><td>Global</td></tr>
<tr><td>{Y[12]}</td><td>Restricted</td><td>KR</td></tr>
</table>
<p><b>Note:</b> since this table was generated, the channel
<a href="{Y[12]}">@daebak_signal_room</a> has been terminated for repeated violations
of our Community Guidelines, so the restriction listed for it above has been superseded.</p>
<p>You can read more about how we handle legal requests at
<a href="https://support.google.com/legal/answer/3110420">support.google.com/legal</a>.</p>
<p>Regards,<br>YouTube Legal Support</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal removals HTML outcome table with a free-text note",
    why="the note explicitly supersedes the table's 'Restricted' for the channel: terminated = removed; the help link is not an item",
    items={Y[11]: "removed", Y[12]: "removed"},
)

case(
    name="yt-echoed-report-decision-lines",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date=d(9, 19, 2), subject="Update on your report - KCSC-240902-01",
    reply_to_req="kcsc-req-240902-01",
    body=f"""
Hi KCSC Takedown,

We've reviewed the content you reported. Here's what we decided.

Reported content:
{Y[2]}
Decision: Removed - violation of our spam, deceptive practices and scams policy

Reported content:
{Y[7]}
Decision: Age-restricted

Reported content:
{Y[10]}
Decision: No action taken - the content doesn't violate our Community Guidelines

Thanks for helping keep YouTube safe.

- The YouTube Team

Help Center: https://support.google.com/youtube
(c) 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'update on your report' email echoing each reported item with its decision",
    why="each URL stands on its own line with its decision on the line below: removed, restricted, rejected",
    items={Y[2]: "removed", Y[7]: "restricted", Y[10]: "rejected"},
)

CSV_ROWS = [
    ("url", "decision", "notes"),
    (Y[1], "Removed", "Community Guidelines - scams"),
    (Y[2], "Removed", ""),
    (Y[3], "Blocked in KR", "Local law"),
    (Y[4], "No action", "Does not violate policy or local law"),
    (Y[5], "Removed", ""),
    (Y[6], "Not found", "Video unavailable before review"),
    (Y[7], "Age-restricted", ""),
    (Y[8], "Under review", "Escalated"),
    (Y[9], "Blocked in KR", ""),
    (Y[10], "No action", "Commentary; no violation found"),
    (Y[11], "Removed", ""),
    (Y[12], "Channel terminated", "Repeated violations"),
]
_b = io.StringIO()
csv.writer(_b, lineterminator="\r\n").writerows(CSV_ROWS)
case(
    name="yt-csv-attachment-all-twelve",
    **{"from": "legal-notices@google.com"}, name_from="YouTube Legal Support",
    date=d(13, 15, 30), subject="Re: [KCSC-240902-01] Request for removal of content",
    reply_to_req="kcsc-req-240902-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_yt756_mix"

--=_yt756_mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for each URL in your notice KCSC-240902-01.
One item is still with our escalations team; we will write again once it is
decided.

Regards,
YouTube Legal Support

--=_yt756_mix
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_b.getvalue())}
--=_yt756_mix--
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal team spreadsheet-style outcome attached as CSV",
    why="CSV gives one decision per URL: removed, restricted (blocked in KR, age-restricted), rejected (no action), not_found, pending (under review)",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected",
           Y[5]: "removed", Y[6]: "not_found", Y[7]: "restricted", Y[8]: "pending",
           Y[9]: "restricted", Y[10]: "rejected", Y[11]: "removed", Y[12]: "removed"},
)

case(
    name="yt-base64-top-posted-gmail",
    **{"from": "m.okafor@google.com"}, name_from="Mira Okafor",
    date=d(5, 13, 8), subject="Re: [KCSC-240902-01] Request for removal of content",
    reply_to_req="kcsc-req-240902-01",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''Hi,

The videos {Y[3]} and {Y[4]} have both been taken down for violating our spam policy. The rest of your list is still being reviewed and we'll follow up separately.

Thanks,
Mira
YouTube Legal Removals

{gmail_quote("Mon, 2 Sep 2024 at 10:00", "KCSC-240902-01", YT_URLS)}''')}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply from a YouTube legal removals specialist (base64 body)",
    why="Y3 and Y4 taken down in the reply; the other ten URLs appear only in the quoted request",
    items={Y[3]: "removed", Y[4]: "removed"},
)

case(
    name="yt-promise-once-verified",
    **{"from": "legal-notices@google.com"}, name_from="YouTube Legal Support",
    date=d(4, 18, 12), subject="Re: [KCSC-240902-01] Request for removal of content",
    reply_to_req="kcsc-req-240902-01",
    body=f"""
Hello,

Thank you for your notice. The videos {Y[1]} and {Y[2]} will be removed once our team has completed its verification of the decision documents you provided, which we expect to finish within two business days.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply promising action after verification",
    why="'will be removed once ...' is a conditional promise, not a statement",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="yt-hedged-may-appears",
    **{"from": "legal-notices@google.com"}, name_from="YouTube Legal Support",
    date=d(5, 9, 46), subject="Re: [KCSC-240902-01] Request for removal of content",
    reply_to_req="kcsc-req-240902-01",
    body=f"""
Hello,

Our records indicate that {Y[3]} may already have been taken down by its uploader, and {Y[4]} appears to be restricted in some regions. We are confirming both with the relevant team and will write to you again.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply reporting unconfirmed states",
    why="'may already have been' and 'appears to be' are hedges, followed by 'we are confirming'",
    items={Y[3]: "pending", Y[4]: "pending"},
)

case(
    name="yt-text-says-kept-table-says-removed",
    **{"from": "legal-notices@google.com"}, name_from="YouTube Legal Support",
    date=d(10, 17, 25), subject="[KCSC-240902-01] Outcome of your legal request",
    reply_to_req="kcsc-req-240902-01", type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>After review, we have decided not to remove {Y[4]} from YouTube: the video is a news
report about an investment scheme and does not itself promote it.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action taken</th></tr>
<tr><td>{Y[4]}</td><td>Removed</td></tr>
</table>
<p>Regards,<br>YouTube Legal Support</p>
</body></html>
""",
    outcome="review", review="conflicting_statements",
    imitates="Google legal outcome email whose generated table disagrees with the reviewer's text",
    why="the text refuses with a reason, the table says Removed, and nothing says which is the correction",
    items={Y[4]: "pending"},
)

case(
    name="yt-out-of-office",
    **{"from": "j.whitmore@google.com"}, name_from="Jonah Whitmore",
    date=d(2, 10, 1), subject="Automatic reply: [KCSC-240902-01] Request for removal of content",
    reply_to_req="kcsc-req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your message. I am out of the office until Monday, 9 September,
with limited access to email. Legal removal requests are handled by the team
in my absence; you do not need to resend your message.

Jonah Whitmore
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office reply, Auto-Submitted: auto-replied",
    items={},
)

# ================================================================ X

case(
    name="x-withheld-but-not-violating",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date=d(6, 3, 12), subject="RE: [KCSC-240903-02] Request for removal of content",
    reply_to_req="kcsc-req-240903-02",
    body=f"""
Hello,

We have reviewed your request. We have withheld {X[1]} and {X[2]} in South Korea, but {X[3]} does not violate the X Rules or Korean law, so it will remain available.

Regards,
X Legal

{outlook_quote("Tuesday, September 3, 2024 11:30 AM", "KCSC-240903-02", X_URLS, "legal@x.com")}
""",
    outcome="applied", classification="confirmation",
    imitates="X (Twitter) legal country-withheld outcome reply, Outlook-quoted",
    why="one sentence: two posts withheld in Korea (restricted), one stays up as not violating (rejected); the account URL is only in the quote",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "rejected"},
)

case(
    name="x-account-suspended-covers-post",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date=d(7, 4, 55), subject="RE: [KCSC-240903-02] Request for removal of content",
    reply_to_req="kcsc-req-240903-02",
    body=f"""
Hello,

The account {X[4]} has been permanently suspended for violating the X Rules on illegal and regulated goods and services. As a result, its posts, including {X[3]}, are no longer viewable on X.

For more information, please see https://help.x.com/en/rules-and-policies/x-rules.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X account suspension notice to a reporter",
    why="account suspended (removed); the named post is no longer viewable anywhere on X as a result (removed); help link is not an item",
    items={X[4]: "removed", X[3]: "removed"},
)

case(
    name="x-refusal-with-reason-and-withheld",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date=d(8, 2, 30), subject="Case 0918-KR-4471: your request KCSC-240903-02",
    body=f"""
Hello,

Thank you for your report regarding {X[1]}. We have reviewed the reported post and determined that it is not in violation of the X Rules: it links to the public results page of a licensed lottery operator. We are therefore declining to take action on it.

Separately, {X[2]} has been withheld in South Korea in response to your request.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal decline with reason plus country-withheld statement",
    why="a refusal with its reason (rejected) and a withheld post (restricted); matched by the ref in the subject",
    items={X[1]: "rejected", X[2]: "restricted"},
)

case(
    name="x-single-item-sole-statement",
    **{"from": "safety-noreply@x.com"}, name_from="X Safety",
    date=d(12, 6, 40), subject="Re: [KCSC-240910-07] Request for removal of content",
    reply_to_req="kcsc-req-240910-07",
    body="""
Hello,

The reported post has been removed for violating our rules on adult content.

Thank you,
X Safety
""",
    outcome="applied", classification="confirmation",
    imitates="X Safety short outcome reply",
    why="one-item request; the reply's only statement is about 'the reported post'",
    items={X[5]: "removed"},
)

case(
    name="x-not-found-then-found-and-withheld",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date=d(11, 5, 18), subject="RE: [KCSC-240903-02] Request for removal of content",
    reply_to_req="kcsc-req-240903-02",
    body=f"""
Hello,

When we first checked {X[2]} on 5 September we could not find it. Since then the account owner has restored the post, and we have now withheld it in South Korea.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up correcting an earlier 'could not find'",
    why="the later sentence revises the earlier 'could not find': restricted",
    items={X[2]: "restricted"},
)

case(
    name="x-bulk-all-removed",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date=d(9, 1, 2), subject="RE: [KCSC-240903-02] Request for removal of content",
    reply_to_req="kcsc-req-240903-02",
    body="""
Hello,

Thank you for your report. All of the reported posts have been removed.

Regards,
X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal one-line bulk outcome",
    why="one statement about all posts of a four-item request without naming them",
    items={X[1]: "pending", X[2]: "pending", X[3]: "pending", X[4]: "pending"},
)

case(
    name="x-automated-receipt",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date=d(3, 11, 31), subject="Re: [KCSC-240903-02] Request for removal of content",
    reply_to_req="kcsc-req-240903-02",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This is an automated response. We have received your message and a member of
our team will review it. Please do not reply to this email; replies to this
address are not monitored.

X Legal
""",
    outcome="ignored",
    imitates="X legal mailbox automated receipt",
    why="automated receipt with no statement about any item",
    items={},
)

# ================================================================ Telegram

case(
    name="tg-channel-blocked-posts-already-deleted",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(5, 21, 7), subject="Re: [KCSC-240904-03] Request for removal of content",
    reply_to_req="kcsc-req-240904-03",
    body=f"""
Hello,

Thanks for your report.

The channel @quietpipe_kr ({T[3]}) has been blocked for violating Telegram's Terms of Service. The messages {T[1]} and {T[2]} had already been deleted by the channel's admins before we reviewed them, so no action was needed on our side.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply",
    why="channel blocked (removed); the two messages were deleted by their authors before review (not_found), 'no action was needed' is no refusal",
    items={T[3]: "removed", T[1]: "not_found", T[2]: "not_found"},
)

case(
    name="tg-terse-dash-lines",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date=d(9, 23, 44), subject="Re: KCSC-240904-03",
    body="""
t.me/quietpipe_kr - restricted for users in South Korea. It has not been blocked globally.
t.me/hanriver_market/4410 - no violation, this message is an ordinary price list and stays up.
t.me/hanriver_market/4415 - still being checked.
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram terse per-link reply without greeting",
    why="scheme-less links: restricted in Korea (the negation 'not blocked globally' does not make it removed), rejected with reason, pending",
    items={T[3]: "restricted", T[1]: "rejected", T[2]: "pending"},
)

case(
    name="tg-will-block-if-confirmed",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(6, 20, 15), subject="Re: [KCSC-240904-03] Request for removal of content",
    reply_to_req="kcsc-req-240904-03",
    body=f"""
Hello,

The channel {T[3]}, which we are now investigating, will be blocked if our moderators confirm the violation. The two messages {T[1]} and {T[2]} may already be gone; we will double-check and come back to you.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse desk interim reply",
    why="conditional promise for the channel and a hedge ('may already be gone') for the messages",
    items={T[3]: "pending", T[1]: "pending", T[2]: "pending"},
)

case(
    name="tg-answers-about-x-link",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date=d(11, 22, 10), subject="Re: [KCSC-240910-07] Request for removal of content",
    body=f"""
Hello,

The link {X[5]} in your request KCSC-240910-07 is not a Telegram link, and we could not find this content on Telegram. Please send it to the service that hosts it.

Telegram
""",
    outcome="review", review="wrong_platform",
    imitates="Telegram reply to a request misaddressed to it",
    why="Telegram states 'could not find' about an X item; not Telegram's item to settle",
    items={X[5]: "pending"},
)

case(
    name="tg-bounce-dsn",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date=d(4, 9, 41), subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn756tg"

--dsn756tg
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@telegram.org>: host mx.telegram.org[203.0.113.40] said: 550 5.1.1
    <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--dsn756tg
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 4 Sep 2024 09:40:02 +0900 (KST)

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.telegram.org
Diagnostic-Code: smtp; 550 5.1.1 <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--dsn756tg
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: [KCSC-240904-03] Request for removal of content
Date: Wed, 4 Sep 2024 09:40:00 +0900
Message-ID: <kcsc-req-240904-03@kcsc.example>
Content-Type: text/plain; charset=utf-8

{request_text("KCSC-240904-03", T_URLS)}

--dsn756tg--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the returned request",
    why="a bounce; the URLs are only in the returned original",
    items={},
)

# ================================================================ NAVER

_nv_rows = [
    (1, N[1], "삭제", "불법 금융투자 광고"),
    (2, N[2], "임시조치", "30일"),
    (3, N[3], "게시물 없음", "작성자가 이미 삭제"),
    (4, N[4], "조치 불가", "운영정책 및 법령 위반 사항 없음"),
    (5, N[5], "블라인드", ""),
]
_nv_table = "\n".join(
    f"<tr><td>{i}</td><td>{u}</td><td>{r}</td><td>{n}</td></tr>" for i, u, r, n in _nv_rows
)
case(
    name="naver-kcsc-result-table",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date=d(10, 16, 0), subject="[KCSC-240905-04] 시정요구 조치결과 회신",
    reply_to_req="kcsc-req-240905-04", type="html",
    body=f"""
<html><body>
<p>안녕하십니까, 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구(KCSC-240905-04)에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
{_nv_table}
</table>
<p>감사합니다.<br>네이버 정책지원팀 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 table (NAVER style)",
    why="삭제/블라인드 removed, 임시조치 restricted, 게시물 없음 (author deleted) not_found, 조치 불가 with reason rejected",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found", N[4]: "rejected", N[5]: "removed"},
)

case(
    name="naver-qp-mixed-korean-sentence",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date=d(9, 11, 22), subject="Re: [KCSC-240905-04] 불법정보 삭제 요청",
    reply_to_req="kcsc-req-240905-04",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하십니까, 네이버 정책지원팀입니다.

요청하신 게시물 중 {N[1]} 는 삭제 조치하였고, {N[3]} 는 임시조치(30일)하였으나, {N[4]} 는 이미 작성자가 삭제하여 확인되지 않습니다.

나머지 게시물은 검토 후 별도로 안내드리겠습니다.

감사합니다.
네이버 정책지원팀''')}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team Korean prose reply (quoted-printable)",
    why="one Korean sentence: 삭제 (removed), 임시조치 (restricted), author-deleted and not found (not_found)",
    items={N[1]: "removed", N[3]: "restricted", N[4]: "not_found"},
)

case(
    name="naver-temp-measure-then-deleted",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date=d(12, 14, 5), subject="[KCSC-240905-04] 조치결과 안내",
    reply_to_req="kcsc-req-240905-04",
    body=f"""
안녕하십니까, 네이버 정책지원팀입니다.

1. {N[2]} : 임시조치 (2024.09.09)

[추가 안내] 위 게시물은 이후 추가 검토 결과 운영정책 위반이 확인되어 2024.09.12 자로 삭제 처리되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 조치결과 notice with an appended 추가 안내 paragraph",
    why="the 추가 안내 paragraph revises the 임시조치 line above: removed",
    items={N[2]: "removed"},
)

case(
    name="naver-brackets-and-particles",
    **{"from": "rights@naver.com"}, name_from="네이버 권리보호센터",
    date=d(11, 10, 48), subject="Re: [KCSC-240905-04] 불법정보 삭제 요청",
    reply_to_req="kcsc-req-240905-04",
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

「{N[1]}」은 비공개 처리되었으며, {N[5]}는 운영정책 위반이 확인되지 않아 게시가 유지됩니다.

이의가 있으신 경우 https://right.naver.com 을 통해 다시 접수해 주시기 바랍니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 reply with corner brackets and particles glued to URLs",
    why="비공개 처리 (removed) and 위반 없음, 게시 유지 (rejected); URLs in 「」 and followed by 는; right.naver.com is a help page",
    items={N[1]: "removed", N[5]: "rejected"},
)

case(
    name="naver-not-deleted-other-deleted",
    **{"from": "cafe-policy@navercorp.com"}, name_from="네이버 카페 운영정책",
    date=d(10, 13, 31), subject="Re: [KCSC-240905-04] 불법정보 삭제 요청",
    reply_to_req="kcsc-req-240905-04",
    body=f"""
안녕하세요. 네이버 카페 운영정책 담당자입니다.

{N[3]} 게시물은 삭제하지 않았습니다. 해당 게시물은 카페 운영원칙 및 관련 법령에 위배되지 않는 것으로 판단되었습니다.

반면 {N[4]} 게시물은 불법 금융투자 광고로 확인되어 삭제하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe policy reply in Korean",
    why="negated 삭제 with a reason (rejected), then 삭제하였습니다 (removed)",
    items={N[3]: "rejected", N[4]: "removed"},
)

case(
    name="naver-dmarc-fail",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원", auth="fail",
    date=d(8, 15, 2), subject="Re: [KCSC-240905-04] 불법정보 삭제 요청",
    reply_to_req="kcsc-req-240905-04",
    body=f"""
안녕하십니까, 네이버 정책지원팀입니다.

{N[1]} 삭제 처리 완료
{N[2]} 삭제 처리 완료

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result notice failing DMARC",
    why="claims from a NAVER domain that fails authentication",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="naver-asks-for-decision-document",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date=d(6, 10, 12), subject="Re: [KCSC-240905-04] 불법정보 삭제 요청",
    reply_to_req="kcsc-req-240905-04",
    body=f"""
안녕하십니까, 네이버 정책지원팀입니다.

요청하신 건 중 {N[1]}, {N[2]} 게시물의 위법성 판단을 위해 심의 의결서 사본을 회신해 주시기 바랍니다.
자료를 확인한 후 조치 결과를 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean portal request for supporting documents (심의 의결서)",
    why="asks for documents before acting; the only status words are in a promise",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="naver-all-five-deleted",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date=d(13, 9, 3), subject="Re: [KCSC-240905-04] 불법정보 삭제 요청",
    reply_to_req="kcsc-req-240905-04",
    body="""
안녕하십니까, 네이버 정책지원팀입니다.

요청하신 게시물 5건 모두 삭제 조치 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER one-line bulk completion notice",
    why="'all five deleted' names no post, for a five-item request",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending", N[4]: "pending", N[5]: "pending"},
)

case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date=d(5, 14, 9), subject="읽음 확인: [KCSC-240905-04] 불법정보 삭제 요청",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn756nv"

--mdn756nv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240905-04] 불법정보 삭제 요청"을(를) 수신자가 2024-09-05 14:09에 읽었습니다.

--mdn756nv
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Works Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <kcsc-req-240905-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn756nv--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN)",
    why="message disposition notification",
    items={},
)

case(
    name="naver-korean-out-of-office",
    **{"from": "hj.seo@navercorp.com"}, name_from="서혜진",
    date=d(5, 14, 1), subject="[자동응답] Re: [KCSC-240905-04] 불법정보 삭제 요청",
    reply_to_req="kcsc-req-240905-04",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요, 서혜진입니다.
9월 5일부터 9월 10일까지 휴가로 부재중입니다.
급한 업무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내 주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답",
    why="out-of-office auto-reply",
    items={},
)

# ================================================================ Kakao (Tistory / Daum)

case(
    name="kakao-tistory-korean-path-three-outcomes",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    date=d(11, 17, 20), subject="Re: [KCSC-240906-05] 불법정보 삭제 요청",
    reply_to_req="kcsc-req-240906-05",
    body=f"""
안녕하세요, 카카오 정책팀입니다.

요청하신 건의 처리 결과를 안내드립니다.

- {K1_RAW} 는 게시중단 처리하였습니다.
- {K[2]} 은 블로그 운영자가 이미 삭제하여 존재하지 않는 페이지입니다.
- {K[3]} 는 국내 접속 차단 조치하였습니다.

감사합니다.
카카오 정책팀
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum policy team result notice in Korean",
    why="raw Korean Tistory path (matches its percent-encoded form): 게시중단 removed; author-deleted not_found; 국내 접속 차단 restricted",
    items={K[1]: "removed", K[2]: "not_found", K[3]: "restricted"},
)

case(
    name="kakao-base64-blind-and-no-action",
    **{"from": "cafe-notice@daum.net"}, name_from="Daum 카페",
    date=d(12, 11, 2), subject="[KCSC-240906-05] 게시물 조치 결과",
    reply_to_req="kcsc-req-240906-05",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요. Daum 카페 운영팀입니다.

다음카페 게시글 {K[3]} 는 카페 운영자가 아닌 당사 운영정책에 따라 블라인드 처리되었습니다.
티스토리 게시글 {K[2]} 은 검토 결과 위법성이 확인되지 않아 별도 조치를 하지 않았습니다.

감사합니다.''')}
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 블라인드 notice (base64 body)",
    why="블라인드 (removed); 'no separate action' because no illegality found (rejected)",
    items={K[3]: "removed", K[2]: "rejected"},
)

case(
    name="kakao-conditional-deletion",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    date=d(9, 16, 44), subject="Re: [KCSC-240906-05] 불법정보 삭제 요청",
    reply_to_req="kcsc-req-240906-05",
    body=f"""
안녕하세요, 카카오 정책팀입니다.

{K1_RAW} 게시물은 게시자 소명 절차를 거쳐 조치 여부가 결정될 예정이며, 소명이 없을 경우 삭제 처리됩니다.
{K[3]} 게시물은 현재 검토 중입니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao interim notice (소명 절차 진행 중)",
    why="a decision still to be made and a conditional deletion; the other post is under review",
    items={K[1]: "pending", K[3]: "pending"},
)

case(
    name="kakao-receipt-with-echoed-urls",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d(6, 10, 21), subject="[카카오] 게시중단 요청 접수 안내 (KCSC-240906-05)",
    reply_to_req="kcsc-req-240906-05",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

게시중단 요청이 정상적으로 접수되었습니다.

접수번호: KR-2409-77812
접수 내역:
{K1_RAW}
{K[2]}
{K[3]}

담당자가 검토한 후 결과를 메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer centre 접수 안내 (ticket receipt echoing the URLs)",
    why="pure receipt: ticket number, echoed URLs, promise of a later answer",
    items={},
)

# ================================================================ TikTok

case(
    name="tiktok-receipt-phrase-then-outcomes",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date=d(12, 19, 5), subject="Re: [KCSC-240909-06] Request for removal of content",
    reply_to_req="kcsc-req-240909-06",
    body=f"""
Hello,

Thank you for your report. We've received it (reference 58213390) and completed our review.

We removed {TT[1]} for violating our Community Guidelines on frauds and scams. {TT[2]} has been restricted in South Korea because it violates local law.

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal/government request outcome email",
    why="acknowledgement phrase followed by unhedged statements: removed and restricted",
    items={TT[1]: "removed", TT[2]: "restricted"},
)

case(
    name="tiktok-refusal-with-reason",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date=d(13, 20, 40), subject="Re: [KCSC-240909-06] Request for removal of content",
    reply_to_req="kcsc-req-240909-06",
    body=f"""
Hello,

We reviewed {TT[2]} and found that it does not violate our Community Guidelines or applicable local law, so we won't be taking action on it.

The other video you reported, {TT[1]}, was removed for violating our policy on gambling, which we enforce regardless of local law.

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok 'no violation' report outcome with a second decision",
    why="refusal with reason ('won't be taking action' after 'does not violate'): rejected; the other video removed",
    items={TT[2]: "rejected", TT[1]: "removed"},
)

case(
    name="tiktok-lookalike-vendor-domain",
    **{"from": "trust-safety@tiktok-moderation-kr.com"}, name_from="TikTok Trust & Safety",
    date=d(11, 12, 0), subject="Re: [KCSC-240909-06] Request for removal of content",
    reply_to_req="kcsc-req-240909-06",
    body=f"""
Hello,

On behalf of TikTok, we confirm that {TT[1]} has been removed.

Moderation Services Korea
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor writing on a platform's behalf",
    why="the sender's domain belongs to no configured platform",
    items={TT[1]: "pending"},
)

case(
    name="tiktok-use-the-portal",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date=d(10, 9, 15), subject="Your message to TikTok",
    body="""
Hello,

Thank you for reaching out. Government and law enforcement requests for the
removal of content should be submitted through our dedicated portal:
https://www.tiktok.com/legal/report/government-request

Requests sent to this address may not be processed.

TikTok Legal
""",
    outcome="review", review="no_claims",
    imitates="TikTok canned redirect to the government request portal",
    why="trusted TikTok mail naming no item and no request, but telling us to use a portal; the portal link is not an item",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date=d(9, 10, 3), subject="We've received your request [KCSC-240909-06]",
    reply_to_req="kcsc-req-240909-06",
    body="""
Hello,

We've received your request. Your ticket number is 58213390.

Our team will review the content you reported and respond as soon as
possible. You don't need to submit the same request again.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok support ticket receipt",
    why="ticket receipt, no statement about any video",
    items={},
)


HEADER = """# Blind set blind756: what a program gets wrong (mixed statuses in one
# sentence, hedges in relative clauses, negations, refusals with reasons,
# revisions, table vs note, statuses by position). Written by
# tests/corpus/blind756/make.py before any run of the reader; do not edit.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind756", HEADER, CASES)


if __name__ == "__main__":
    main()
