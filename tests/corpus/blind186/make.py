#!/usr/bin/env python3
"""Blind set 186: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted (or corrected) by a note, statuses given by position.

    python3 tests/corpus/blind186/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic).
Expected results were written from each email's meaning before any run.
"""
import base64
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))
UTC = timezone.utc


def d(s, tz=KST):
    from email.utils import format_datetime
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz))


# ---------------------------------------------------------------- requests
Y = {
    1: "https://www.youtube.com/watch?v=Qm4rTz8LpWa",
    2: "https://www.youtube.com/watch?v=bN7xKe2HdVs",
    3: "https://www.youtube.com/watch?v=Lp0sWq9JxRe",
    4: "https://www.youtube.com/watch?v=Hc3vUy6MnTo",
    5: "https://www.youtube.com/watch?v=Zr8kDf1GaPy",
    6: "https://www.youtube.com/watch?v=Tw5jNb4QeLu",
    7: "https://www.youtube.com/watch?v=Ex2mKc7RvSi",
    8: "https://www.youtube.com/shorts/Ja9pLo3XwQd",
    9: "https://www.youtube.com/shorts/Vu6tHs0BnMk",
    10: "https://www.youtube.com/@moonlit_odds_kr",
    11: "https://www.youtube.com/watch?v=Fd1qWe4RtYz",
    12: "https://www.youtube.com/watch?v=Ok7hJm2CxVb",
}
T = {
    1: "https://t.me/gray_tide_market/118",
    2: "https://t.me/gray_tide_market/131",
    3: "https://t.me/lantern_swap_chat",
    4: "https://t.me/northfold_deals/2207",
    5: "https://t.me/saltmarsh_odds/5521",
}
X = {
    1: "https://x.com/pale_orchid_kr/status/1830411122334455667",
    2: "https://x.com/pale_orchid_kr/status/1830411199887766554",
    3: "https://x.com/dune_relay/status/1830522233445566778",
    4: "https://x.com/dune_relay",
    5: "https://x.com/cobalt_wharf/status/1830633344556677889",
    6: "https://x.com/tin_lantern_9/status/1831744455667788990",
}
N3_RAW = "https://in.naver.com/밤바다팁/contents/1182"
N = {
    1: "https://blog.naver.com/silverbrook77/223567890123",
    2: "https://cafe.naver.com/hanriver-trade/48213",
    3: "https://in.naver.com/%EB%B0%A4%EB%B0%94%EB%8B%A4%ED%8C%81/contents/1182",
}
K = {
    1: "https://cafe.daum.net/jadecove/Xk2P/318",
    2: "https://mapleharbor.tistory.com/74",
}

REQUESTS = [
    # ref, platform, sent, due, category, note, urls
    ("KCSC-240902-01", "youtube", "2024-09-02T16:00:00+09:00", "2024-09-09T23:59:59+09:00",
     "illegal_gambling", "gambling promotion videos and one channel", [Y[i] for i in range(1, 13)]),
    ("KCSC-240903-02", "telegram", "2024-09-03T10:30:00+09:00", "2024-09-10T23:59:59+09:00",
     "drug_trade", "", [T[1], T[2], T[3], T[4]]),
    ("KCSC-240904-03", "x", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00",
     "defamation", "", [X[1], X[2], X[3], X[4], X[5]]),
    ("KCSC-240905-04", "naver", "2024-09-05T09:40:00+09:00", "2024-09-12T23:59:59+09:00",
     "privacy", "", [N[1], N[2], N[3]]),
    ("KCSC-240906-05", "x", "2024-09-06T15:20:00+09:00", "2024-09-13T23:59:59+09:00",
     "defamation", "single post", [X[6]]),
    ("KCSC-240909-06", "kakao", "2024-09-09T13:00:00+09:00", "2024-09-16T23:59:59+09:00",
     "illegal_gambling", "", [K[1], K[2]]),
    ("KCSC-240910-07", "telegram", "2024-09-10T17:45:00+09:00", "2024-09-17T23:59:59+09:00",
     "drug_trade", "single post", [T[5]]),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, cat, note, urls in REQUESTS:
        mid = "req-" + ref[5:].lower() + "@kcsc.example"
        for u in urls:
            lines.append(",".join([ref, plat, sent, due, u, cat, mid, note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ YouTube
case(
    name="yt-one-sentence-four-outcomes",
    **{"from": "legal-support@youtube.com"},
    date=d("2024-09-05 10:12:40"),
    subject="Re: [KCSC-240902-01] Legal removal request - 12 items",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

Thank you for your notice regarding reference KCSC-240902-01. We have
completed our review of the first four URLs in your submission.

After review, we removed {Y[1]} and {Y[2]} for violating our Community Guidelines, blocked {Y[3]} from view in South Korea on the basis of local law, and did not take action on {Y[4]}, since it does not violate our policies and we did not find it to be unlawful.

We will reply separately about the remaining URLs in your notice.

Regards,
Minseo
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-complaint outcome email (one paragraph, several decisions)",
    why="one sentence gives removed, removed, restricted in KR and no action (does not violate) for four URLs",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected"},
)

case(
    name="yt-hedge-in-relative-clause",
    **{"from": "legal-support@youtube.com"},
    date=d("2024-09-06 09:03:11"),
    subject="Re: [KCSC-240902-01] Legal removal request - 12 items",
    reply_to_req="req-240902-01",
    body=f"""
Hi,

An update on KCSC-240902-01.

The video {Y[5]}, which may have been uploaded by an account linked to the channel named in your notice, has been removed for violating our spam, deceptive practices and scams policy.

The Short {Y[8]}, which we believe might also be circulating as re-uploads, is still being assessed by our team. We will write again once a decision is made.

Best,
Daniel
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support follow-up (agent-written)",
    why="the hedge 'may have been uploaded' sits in a relative clause; the main clause states removal. The second item is still being assessed",
    items={Y[5]: "removed", Y[8]: "pending"},
)

case(
    name="yt-negations",
    **{"from": "legal-support@youtube.com"},
    date=d("2024-09-06 14:40:02"),
    subject="Re: [KCSC-240902-01] Legal removal request - 12 items",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

Regarding two of the URLs in reference KCSC-240902-01:

We did not remove {Y[6]} globally, as it does not breach our Community Guidelines. However, following your legal request, it has been restricted in South Korea.

We are not able to remove {Y[7]}: we found no violation of our policies, and in our assessment the content is not unlawful under the provisions you cited. It remains available.

Kind regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-complaint outcome: local-law block vs. no action",
    why="'did not remove ... globally' then 'restricted in South Korea' is a restriction; 'not able to remove ... no violation ... remains available' is a refusal with its reason",
    items={Y[6]: "restricted", Y[7]: "rejected"},
)

case(
    name="yt-second-review-revises",
    **{"from": "legal-support@youtube.com"},
    date=d("2024-09-11 16:22:09"),
    subject="Re: [KCSC-240902-01] Update after second review",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

Following up on our message of 5 September about KCSC-240902-01.

In that message we told you that {Y[9]} did not violate our policies. Our legal team has since taken a second look, and the Short has now been removed from YouTube.

{Y[11]}, which we previously reported as restricted in South Korea, remains restricted there; there is no further change to it.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support follow-up correcting an earlier decision",
    why="the sentence about the earlier 'did not violate' answer is revised by the next one: now removed; the second item remains restricted in KR",
    items={Y[9]: "removed", Y[11]: "restricted"},
)

case(
    name="yt-table-corrected-by-note",
    **{"from": "legal-support@youtube.com"},
    date=d("2024-09-12 11:05:47"),
    subject="Re: [KCSC-240902-01] Outcome of your legal request",
    reply_to_req="req-240902-01",
    type="html",
    body=f"""
<html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Please find below the outcome for the following URLs from your notice KCSC-240902-01.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td><a href="{Y[10]}">{Y[10]}</a></td><td>Channel terminated</td></tr>
<tr><td><a href="{Y[12]}">{Y[12]}</a></td><td>Removed - Community Guidelines</td></tr>
<tr><td><a href="{Y[1]}">{Y[1]}</a></td><td>Removed - Community Guidelines</td></tr>
</table>
<p><b>Correction from the reviewer:</b> the first row of the table above is wrong.
The channel @moonlit_odds_kr was not terminated; it has been made unavailable to
viewers in South Korea only and remains visible elsewhere. The other two rows are correct.</p>
<p>Regards,<br>YouTube Legal Support</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome table in HTML with an agent's correction underneath",
    why="the note expressly corrects the channel's row (KR-only block, not terminated); the other rows stand",
    items={Y[10]: "restricted", Y[12]: "removed", Y[1]: "removed"},
)

_csv = (
    "url,decision,scope,reason\r\n"
    f"{Y[1]},removed,global,Community Guidelines - spam and scams\r\n"
    f"{Y[6]},blocked,KR,local law\r\n"
    f"{Y[7]},no action,-,no violation of policy or local law found\r\n"
    f"{Y[12]},removed,global,Community Guidelines - spam and scams\r\n"
)
case(
    name="yt-csv-attachment",
    **{"from": "legal-support@youtube.com"},
    date=d("2024-09-09 18:31:00"),
    subject="Re: [KCSC-240902-01] Decisions attached",
    reply_to_req="req-240902-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_yt186csv"

--=_yt186csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The decision for each URL we have finished reviewing under KCSC-240902-01
is in the attached file. URLs not listed there are still under review.

Regards,
YouTube Legal Support

--=_yt186csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_decisions.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_decisions.csv"
Content-Transfer-Encoding: base64

{b64(_csv)}
--=_yt186csv--
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system reply with a CSV export of decisions",
    why="CSV: removed, blocked in KR, no action with reason (rejected), removed",
    items={Y[1]: "removed", Y[6]: "restricted", Y[7]: "rejected", Y[12]: "removed"},
)

_qp_text = f"""Hello,

Thank you for your legal request KCSC-240902-01. After review:

The following videos have been removed from YouTube for violating our Community Guidelines:
  \u2022 {Y[2]}
  \u2022 {Y[3]}

The following video was no longer available when we reviewed it, because the uploader had already deleted it:
  \u2022 {Y[4]}

Sincerely,
The YouTube Legal Team
"""
case(
    name="yt-quoted-printable-bullets",
    **{"from": "noreply-legal@google.com"},
    name_from="YouTube Legal",
    date=d("2024-09-07 08:15:30"),
    subject="[KCSC-240902-01] Outcome of your legal request",
    raw_mime=f"""
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(_qp_text)}
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal-removals outcome template (quoted-printable, bulleted)",
    why="two bulleted URLs removed; the third was already deleted by its uploader (not_found)",
    items={Y[2]: "removed", Y[3]: "removed", Y[4]: "not_found"},
)

case(
    name="yt-headed-sections-url-below",
    **{"from": "legal-support@youtube.com"},
    date=d("2024-09-08 13:50:12"),
    subject="Re: [KCSC-240902-01] Legal removal request - 12 items",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

Here is where we landed on the following URLs from KCSC-240902-01.

Removed (Community Guidelines):
  {Y[5]}
  {Y[6]}

Restricted in South Korea (local law):
  {Y[7]}

No action - the content does not violate our policies:
  {Y[8]}

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply grouped by decision",
    why="each heading's decision applies to the URLs listed on the lines below it",
    items={Y[5]: "removed", Y[6]: "removed", Y[7]: "restricted", Y[8]: "rejected"},
)

case(
    name="yt-bare-url-status-below",
    **{"from": "legal-support@youtube.com"},
    date=d("2024-09-10 10:00:05"),
    subject="Re: [KCSC-240902-01] Legal removal request - 12 items",
    reply_to_req="req-240902-01",
    body=f"""
Hi,

Status of three more URLs from your notice:

{Y[7]}
Outcome: removed for violating our Community Guidelines

{Y[12]}
Outcome: we could not find this video; the ID does not match any upload

{Y[9]}
Outcome: still with our legal reviewers, we will follow up

Thanks,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply, URL then outcome line",
    why="URL on its own line with the outcome on the line below: removed, not found, and still under review",
    items={Y[7]: "removed", Y[12]: "not_found", Y[9]: "pending"},
)

case(
    name="yt-actioned-and-not-actioned",
    **{"from": "legal-support@youtube.com"},
    date=d("2024-09-09 09:44:21"),
    subject="Re: [KCSC-240902-01] Legal removal request - 12 items",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

{Y[4]} has been actioned under our policies.

{Y[3]} has not been actioned at this time; our review of it is ongoing and we will update you.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'has been actioned' short legal reply",
    why="the configured phrase 'has been actioned under our policies' means removed; 'has not been actioned ... review ongoing' leaves the other pending",
    items={Y[4]: "removed", Y[3]: "pending"},
)

case(
    name="yt-promise-only",
    **{"from": "legal-support@youtube.com"},
    date=d("2024-09-04 17:20:44"),
    subject="Re: [KCSC-240902-01] Legal removal request - 12 items",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

We have reviewed part of your notice KCSC-240902-01. {Y[1]} and {Y[2]} will be removed within 24 hours, once our legal sign-off is complete, and {Y[5]} will be restricted in South Korea.

We will confirm when this is done.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim reply",
    why="only promises ('will be removed', 'will be restricted'): no statement of what has happened",
    items={Y[1]: "pending", Y[2]: "pending", Y[5]: "pending"},
)

case(
    name="yt-conditional-termination",
    **{"from": "legal-support@youtube.com"},
    date=d("2024-09-10 15:02:37"),
    subject="Re: [KCSC-240902-01] Channel in your notice",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

About the channel {Y[10]} in your notice KCSC-240902-01: we have notified the
channel owner. If the owner does not respond within 7 days, the channel will be
terminated; if they respond, we will assess their reply before deciding.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube notice-and-response step (uploader notified)",
    why="a condition and a promise, nothing has been done yet",
    items={Y[10]: "pending"},
)

case(
    name="yt-form-update-no-claims",
    **{"from": "legal-support@youtube.com"},
    date=d("2024-09-13 09:00:00"),
    subject="Update to the legal complaint process for government agencies",
    body="""
Hello,

We are writing to government agencies that submit legal complaints to YouTube.
From 1 October, complaints from agencies in the Republic of Korea should be
filed through the dedicated government request form rather than by email.
Complaints already sent by email will still be processed.

More information: https://support.google.com/youtube/answer/0000000?hl=ko

Regards,
YouTube Legal Support
""",
    outcome="review", review="no_claims",
    imitates="platform notice to government submitters about a new intake form",
    why="trusted platform mail naming no item and no request; the help link is not an item",
    items={},
)

case(
    name="yt-out-of-office",
    **{"from": "jiwoo.han@google.com"},
    name_from="Jiwoo Han",
    date=d("2024-09-03 08:01:12"),
    subject="Automatic reply: [KCSC-240902-01] Legal removal request - 12 items",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until Monday 9 September with limited access to email.
Your message has not been forwarded. For urgent legal removal matters please
use the usual legal complaint channel; my colleagues will pick it up there.

Jiwoo
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail out-of-office reply",
    why="out-of-office auto-reply",
    items={},
)

_orig_yt = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-team@google.com
Subject: [KCSC-240902-01] Legal removal request - 12 items
Date: {d("2024-09-02 16:00:00")}
Message-ID: <req-240902-01-cc@kcsc.example>

Please remove the following content:
{Y[1]}
{Y[2]}
{Y[3]}
"""
case(
    name="google-dsn-bounce",
    **{"from": "mailer-daemon@googlemail.com"},
    name_from="Mail Delivery Subsystem",
    auth="none",
    date=d("2024-09-02 07:00:41", UTC),
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="00000000000dsn186"

--00000000000dsn186
Content-Type: text/plain; charset=UTF-8

Address not found

Your message wasn't delivered to legal-kr-team@google.com because the address
couldn't be found, or is unable to receive mail.

--00000000000dsn186
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: {d("2024-09-02 07:00:40", UTC)}

Final-Recipient: rfc822; legal-kr-team@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--00000000000dsn186
Content-Type: message/rfc822

{_orig_yt}
--00000000000dsn186--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Address not found' delivery status notification",
    why="a bounce quoting our own request; ignored whoever sent it",
    items={},
)

case(
    name="google-search-delisting-x-url",
    **{"from": "removals-noreply@google.com"},
    name_from="Google Legal Removals",
    date=d("2024-09-12 20:11:09"),
    subject="[KCSC-240904-03] Your Google Search removal request",
    body=f"""
Hello,

We have reviewed your request. In response to it, we have removed the following
URL from Google Search results for users in South Korea:

{X[3]}

Please note that this only affects Google Search. The content itself is hosted
by a third party; to have it removed from the web, contact the site owner.

Regards,
The Google Team
""",
    outcome="review", review="wrong_platform",
    imitates="Google Search legal removal (delisting) outcome",
    why="Google (YouTube's sender domain) speaks about an X post: a delisting from search is not X's action on the post",
    items={X[3]: "pending"},
)

# ================================================================ Telegram
case(
    name="tg-mixed-prose-refusal",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date=d("2024-09-05 02:14:55", UTC),
    subject="Re: KCSC-240903-02",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

We've looked at the links in your report KCSC-240903-02. The messages {T[1]} and {T[2]} were deleted by our moderators, while we have decided not to act against {T[3]}: it is a discussion group whose public messages do not violate Telegram's Terms of Service.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply (short prose)",
    why="two messages deleted, the group refused with a reason (no ToS violation)",
    items={T[1]: "removed", T[2]: "removed", T[3]: "rejected"},
)

case(
    name="tg-not-removed-by-us",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date=d("2024-09-06 03:40:10", UTC),
    subject="Re: KCSC-240903-02",
    reply_to_req="req-240903-02",
    body=f"""
Hi,

Regarding KCSC-240903-02:

- {T[1]} was not removed by Telegram. The channel admin deleted the message before our team reviewed it.
- {T[4]} could not be located: message 2207 does not exist in that channel.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply (bulleted)",
    why="'not removed by Telegram' but deleted by its author is not_found; a message that does not exist is not_found",
    items={T[1]: "not_found", T[4]: "not_found"},
)

case(
    name="tg-ack-phrase-plus-takedown",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    date=d("2024-09-12 06:05:33", UTC),
    subject="Re: KCSC-240910-07 [ticket TG-560031]",
    reply_to_req="req-240910-07",
    body="""
Hello,

Thank you for your report; it was received and logged as ticket TG-560031.
The content you reported under KCSC-240910-07 has been taken down.

Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA-contact reply: receipt line plus outcome",
    why="acknowledgement phrase plus an unhedged statement; the request has a single item, so the statement applies to it",
    items={T[5]: "removed"},
)

_tg_b64 = f"""Hello,

Following your report KCSC-240903-02:

The channel {T[3]} has been blocked for all users for distributing illegal content.
The posts {T[4]} and {T[2]} are no longer accessible; both were removed by our moderators.

Telegram Abuse Team
"""
case(
    name="tg-base64-blocked",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date=d("2024-09-07 11:22:00", UTC),
    subject="Re: KCSC-240903-02",
    reply_to_req="req-240903-02",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_tg_b64)}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply (base64-encoded body)",
    why="group blocked for all users (removed) and two posts removed",
    items={T[3]: "removed", T[4]: "removed", T[2]: "removed"},
)

case(
    name="tg-hedged-relative-plus-fact",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date=d("2024-09-08 09:12:48", UTC),
    subject="Re: KCSC-240903-02",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

The group {T[3]}, which appears to be run by the same people as @gray_tide_market, has been blocked. We may look into {T[1]} as part of the same investigation, but no decision has been taken on it yet.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply",
    why="'appears to be run by' is a hedge in a relative clause, the group is blocked; the other link only 'may' be looked into",
    items={T[3]: "removed", T[1]: "pending"},
)

case(
    name="tg-hedge-only",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date=d("2024-09-04 05:30:19", UTC),
    subject="Re: KCSC-240903-02",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

It looks like {T[1]} may already have been deleted by the channel admin. We are
checking this and will confirm, together with the other links in your report.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk interim reply",
    why="only a hedge ('looks like ... may already have been deleted') and a promise",
    items={T[1]: "pending"},
)

case(
    name="tg-table-and-note-conflict",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date=d("2024-09-09 04:02:31", UTC),
    subject="Re: KCSC-240903-02",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

Results for KCSC-240903-02:

Link                                    | Action
----------------------------------------+---------
{T[2]}       | blocked
{T[4]}       | blocked

Note: the posts listed above were reviewed by our moderators and left up, as
they do not violate the Telegram Terms of Service.

Telegram Abuse Team
""",
    outcome="review", review="conflicting_statements",
    imitates="Telegram abuse-desk reply with a text table",
    why="the table says blocked, the note says left up for no violation; neither corrects the other",
    items={T[2]: "pending", T[4]: "pending"},
)

case(
    name="tg-ticket-receipt",
    **{"from": "noreply@telegram.org"},
    name_from="Telegram Support",
    date=d("2024-09-03 01:45:00", UTC),
    subject="Your report has been received [TG-558120]",
    body="""
Thank you for contacting Telegram.

Your report has been received and logged as ticket TG-558120. Our moderators
will review it and take action where appropriate. You do not need to reply to
this message.

Telegram Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram support ticket receipt",
    why="pure receipt; names no item",
    items={},
)

_orig_tg = f"""From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: KCSC-240910-07
Date: {d("2024-09-10 17:45:00")}
Message-ID: <req-240910-07-copy@kcsc.example>
Content-Type: text/plain; charset=utf-8

Please remove the following post, which we found to be illegal:
{T[5]}
"""
case(
    name="tg-dsn-bounce",
    **{"from": "MAILER-DAEMON@mail-out2.telegram.org"},
    name_from="Mail Delivery System",
    date=d("2024-09-10 08:46:02", UTC),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="8F1C2A0B7D.1725957962/mail-out2.telegram.org"

--8F1C2A0B7D.1725957962/mail-out2.telegram.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail-out2.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<dsa-kr@telegram.org>: host mx1.telegram.org[192.0.2.14] said: 550 5.1.1
    <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--8F1C2A0B7D.1725957962/mail-out2.telegram.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-out2.telegram.org

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--8F1C2A0B7D.1725957962/mail-out2.telegram.org
Content-Description: Undelivered Message
Content-Type: message/rfc822

{_orig_tg}
--8F1C2A0B7D.1725957962/mail-out2.telegram.org--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix 'Undelivered Mail Returned to Sender' DSN",
    why="bounce quoting our own request (with its URL)",
    items={},
)

# ================================================================ X
case(
    name="x-withheld-removed-refused",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date=d("2024-09-09 06:10:15", UTC),
    subject="Re: KCSC-240904-03 [ref:_00D1x.500Kd1a:ref]",
    reply_to_req="req-240904-03",
    body=f"""
Hello,

Thank you for your request KCSC-240904-03.

We have withheld {X[1]} and {X[2]} in South Korea. {X[3]} was removed for violating the X Rules. We are not taking action on the account {X[4]}, as the account as a whole does not violate the X Rules or, based on our review, Korean law.

We have not yet reached a decision on the remaining post.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request reply (country withheld content)",
    why="two withheld in KR, one removed, the account refused with its reason; 'the remaining post' is not named",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "removed", X[4]: "rejected", X[5]: "pending"},
)

case(
    name="x-respectively",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date=d("2024-09-10 07:33:40", UTC),
    subject="Re: KCSC-240904-03",
    reply_to_req="req-240904-03",
    body=f"""
Hello,

Further to your request KCSC-240904-03, the posts

  {X[1]}
  {X[2]}
  {X[5]}

have respectively been withheld in the Republic of Korea, removed globally for
violating the X Rules, and left available because we found no violation of the
X Rules or of local law.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply in formal legal English ('respectively')",
    why="statuses by position: first withheld in KR, second removed, third left up with its reason",
    items={X[1]: "restricted", X[2]: "removed", X[5]: "rejected"},
)

case(
    name="x-update-revises-earlier",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date=d("2024-09-13 02:05:09", UTC),
    subject="Correction: KCSC-240904-03",
    reply_to_req="req-240904-03",
    body=f"""
Hello,

This is an update to our reply of 10 September on KCSC-240904-03. We previously
told you that {X[5]} had been withheld in Korea. That was incorrect: the post
has been removed from X globally.

The other statements in our earlier reply remain accurate.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal correction of an earlier answer",
    why="the earlier 'withheld' is reported and then corrected: removed",
    items={X[5]: "removed"},
)

case(
    name="x-gmail-top-posted",
    **{"from": "hana.cho@x.com"},
    name_from="Hana Cho",
    date=d("2024-09-11 09:18:27"),
    subject="Re: [KCSC-240904-03] Request to remove 5 items",
    reply_to_req="req-240904-03",
    body=f"""
Hi team,

Two of the five are done: {X[3]} was removed, and {X[5]} is now withheld in KR. The remaining three are still with our legal team.

Hana

On Wed, Sep 4, 2024 at 11:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal,
>
> Under reference KCSC-240904-03 we ask you to remove the following items:
> 1. {X[1]}
> 2. {X[2]}
> 3. {X[3]}
> 4. {X[4]}
> 5. {X[5]}
>
> KCSC
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply by a platform employee over the quoted request",
    why="two statements above the quote; the other three appear only in the quoted request and are still pending",
    items={X[3]: "removed", X[5]: "restricted", X[1]: "pending", X[2]: "pending", X[4]: "pending"},
)

case(
    name="x-angle-bracket-wrapped-url",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date=d("2024-09-09 22:40:51", UTC),
    subject="Re: KCSC-240904-03",
    reply_to_req="req-240904-03",
    body="""
Hello,

The following post has been removed for violating our violent speech policy:
<https://x.com/pale_orchid_kr/status/
 1830411199887766554>

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply, URL wrapped inside angle brackets (RFC 3986 appendix C)",
    why="the angle-bracketed URL is wrapped at a slash; it is still one URL, removed",
    items={X[2]: "removed"},
)

case(
    name="x-echoed-report-refusal",
    **{"from": "noreply@x.com"},
    name_from="X",
    date=d("2024-09-10 03:12:00", UTC),
    subject="Your report about a post [KCSC-240906-05]",
    reply_to_req="req-240906-05",
    body=f"""
Hello,

Here is the outcome of your report.

Your report
  Reported content: {X[6]}
  Reported on: 6 September 2024
  Reason given: defamation (KCSC-240906-05)

Our decision
  No action. We reviewed the post and found that it does not violate the X
  Rules. We have declined to withhold it in Korea, because the legal basis
  cited does not, in our view, cover commentary on public figures.

X
""",
    outcome="applied", classification="confirmation",
    imitates="X report-outcome email echoing the report",
    why="the echoed report names the post; the decision is a refusal with its reason",
    items={X[6]: "rejected"},
)

case(
    name="x-statement-of-reasons-account",
    **{"from": "noreply@x.com"},
    name_from="X",
    date=d("2024-09-12 05:00:00", UTC),
    subject="Statement of reasons - KCSC-240904-03",
    body=f"""
Statement of reasons

Reference: KCSC-240904-03
Content: {X[4]} (account)
Decision: account withheld in country
Territorial scope: Republic of Korea
Ground: content illegal under local law, following a government request
Detection: notice from a government body; decision taken by a human reviewer

Outside the Republic of Korea the account remains available.

Redress: https://help.x.com/forms/appeal
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (X)",
    why="account withheld in Korea only: restricted; the appeal link is not an item",
    items={X[4]: "restricted"},
)

case(
    name="x-all-withheld-bulk",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    date=d("2024-09-11 01:55:44", UTC),
    subject="Re: KCSC-240904-03",
    reply_to_req="req-240904-03",
    body="""
Hello,

All of the posts referenced in KCSC-240904-03 have been withheld in South Korea.

Regards,
X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal one-line reply",
    why="one statement for a five-item request without naming each item",
    items={X[1]: "pending", X[2]: "pending", X[3]: "pending", X[4]: "pending", X[5]: "pending"},
)

case(
    name="x-forged-auth-fail",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    auth="fail",
    date=d("2024-09-08 12:00:00", UTC),
    subject="Re: KCSC-240904-03",
    body=f"""
Hello,

{X[3]} and {X[4]} have been removed.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="short X legal reply (failing DMARC)",
    why="From x.com but DKIM/SPF/DMARC fail",
    items={X[3]: "pending", X[4]: "pending"},
)

case(
    name="law-firm-unknown-sender",
    **{"from": "counsel@harborline-law.example"},
    name_from="Harborline Law",
    date=d("2024-09-09 18:20:00"),
    subject="KCSC-240904-03 - on behalf of our client",
    body=f"""
Dear Sir or Madam,

We act for the holder of the account @dune_relay. Our client has voluntarily
deleted the post {X[3]} and asks that the matter be closed.

Yours faithfully,
Harborline Law
""",
    outcome="review", review="unknown_sender",
    imitates="letter from the account holder's lawyers",
    why="sender is not a platform; a user's lawyer cannot set an item's status",
    items={X[3]: "pending"},
)

case(
    name="x-case-receipt",
    **{"from": "noreply@x.com"},
    name_from="X Support",
    date=d("2024-09-04 02:10:00", UTC),
    subject="Case# 0428817765: We received your request",
    body="""
Hello,

We've received your request. Your case number is 0428817765.

We'll review it and be in touch if we need more information. Please do not
reply to this email; replies are not monitored.

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X support case-number receipt",
    why="pure receipt",
    items={},
)

# ================================================================ NAVER
case(
    name="naver-one-sentence-three-outcomes",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 게시중단 담당자",
    date=d("2024-09-09 15:30:00"),
    subject="[KCSC-240905-04] 시정요구 조치 결과 안내",
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요, 네이버 게시중단 담당자입니다.

방송통신심의위원회 시정요구(KCSC-240905-04)와 관련하여 조치 결과를 안내드립니다.

요청하신 게시물 중 {N[1]} 은 게시중단, {N[2]} 은 임시조치(30일) 처리하였으며, {N3_RAW} 는 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

감사합니다.
네이버 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 조치 결과 안내 (prose)",
    why="one Korean sentence: 게시중단 (removed), 임시조치 (restricted), deleted by its author (not_found); the raw Korean path matches the encoded URL",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found"},
)

case(
    name="naver-refusal-then-blind",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 게시중단 담당자",
    date=d("2024-09-10 11:12:00"),
    subject="Re: [KCSC-240905-04] 시정요구 조치 결과",
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요. 네이버입니다.

{N[2]} 게시물은 검토 결과 관련 법령 및 카페 운영정책 위반 사항이 확인되지 않아 별도의 조치를 하지 않았습니다.

반면 {N[1]} 게시물은 블라인드 처리하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 결과 (refusal with reason, 블라인드)",
    why="no violation found, no action (rejected); 블라인드 (removed)",
    items={N[2]: "rejected", N[1]: "removed"},
)

case(
    name="naver-particles-fullwidth",
    **{"from": "right@navercorp.com"},
    name_from="NAVER 권리보호센터",
    date=d("2024-09-11 10:05:00"),
    subject="[KCSC-240905-04] 처리 결과",
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

{N[2]}에 대해서는 접근 제한 조치를 하였습니다。
<{N[1]}>（블로그 게시글）은 비공개 처리되었습니다。

문의 사항은 회신 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 처리 결과 (Korean particles and full-width punctuation)",
    why="URL followed directly by the particle '에' (restricted: 접근 제한); angle-bracketed URL then full-width parenthesis (removed: 비공개 처리)",
    items={N[2]: "restricted", N[1]: "removed"},
)

case(
    name="naver-positional-over-quoted-request",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 게시중단 담당자",
    date=d("2024-09-12 14:45:00"),
    subject="RE: [KCSC-240905-04] 시정요구",
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요.

요청하신 3건에 대한 처리 결과입니다.
1번, 2번 게시물: 게시중단
3번 게시물: 이미 삭제되어 확인되지 않음

감사합니다.
네이버 게시중단 담당자

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 9:40 AM
To: policy@navercorp.com
Subject: [KCSC-240905-04] 시정요구

아래 게시물에 대해 시정요구합니다.
1. {N[1]}
2. {N[2]}
3. {N[3]}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a Korean portal answering by item number",
    why="statuses by position: the reply numbers the items as our own quoted request does (1, 2 removed; 3 not found)",
    items={N[1]: "removed", N[2]: "removed", N[3]: "not_found"},
)

case(
    name="naver-asks-for-documents",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 게시중단 담당자",
    date=d("2024-09-06 16:20:00"),
    subject="Re: [KCSC-240905-04] 추가 자료 요청",
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요. 네이버입니다.

{N[2]} 게시물에 대한 판단을 위해 심의 의결서 사본 또는 위반 근거 조항을
회신해 주시기 바랍니다. 자료 확인 후 조치 여부를 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 소명자료 요청",
    why="the platform asks for documents before deciding",
    items={N[2]: "pending"},
)

case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 게시중단 담당자",
    date=d("2024-09-05 10:02:00"),
    subject="읽음: [KCSC-240905-04] 시정요구",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn186naver"

--mdn186naver
Content-Type: text/plain; charset=utf-8

보낸 메일 [KCSC-240905-04] 시정요구 을(를) 2024-09-05 10:02에 읽었습니다.

--mdn186naver
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req-240905-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn186naver--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean mail client read receipt (MDN)",
    why="read receipt",
    items={},
)

# ================================================================ Kakao / Daum
case(
    name="kakao-html-table",
    **{"from": "cs@kakaocorp.com"},
    name_from="카카오 고객센터",
    date=d("2024-09-12 17:00:00"),
    subject="[KCSC-240909-06] 게시물 조치 결과 회신",
    reply_to_req="req-240909-06",
    type="html",
    body=f"""
<html><body>
<p>안녕하세요, 카카오 고객센터입니다.</p>
<p>시정요구(KCSC-240909-06)에 따른 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>번호</th><th>URL</th><th>조치 결과</th></tr>
<tr><td>1</td><td>{K[1]}</td><td>게시중단(블라인드)</td></tr>
<tr><td>2</td><td>{K[2]}</td><td>게시물 없음 (작성자 삭제)</td></tr>
</table>
<p>감사합니다.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Daum/Kakao 시정요구 조치결과 table",
    why="table: 게시중단 (removed); 게시물 없음, deleted by its author (not_found)",
    items={K[1]: "removed", K[2]: "not_found"},
)

case(
    name="kakao-all-blocked-bulk",
    **{"from": "cs@kakaocorp.com"},
    name_from="카카오 고객센터",
    date=d("2024-09-11 09:30:00"),
    subject="Re: [KCSC-240909-06] 시정요구",
    reply_to_req="req-240909-06",
    body="""
안녕하세요, 카카오 고객센터입니다.

KCSC-240909-06 건으로 신고하신 게시물 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Daum/Kakao one-line 조치 완료 reply",
    why="'all the reported posts' for a two-item request without naming each",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="kakao-korean-autoreply",
    **{"from": "minji.yoon@kakaocorp.com"},
    name_from="윤민지",
    date=d("2024-09-09 13:01:00"),
    subject="[자동응답] [KCSC-240909-06] 시정요구",
    reply_to_req="req-240909-06",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 윤민지입니다.
9월 9일부터 9월 13일까지 휴가로 메일 확인이 어렵습니다.
급한 용무는 고객센터 대표 메일로 보내주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중)",
    why="out-of-office auto-reply",
    items={},
)


HEADER = """# Blind set 186 (what a program gets wrong): written from each email's
# meaning before any run of the reader. Generated by make.py."""


def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 words, as real mail has them."""
    from email.header import Header
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = Header(v, "utf-8").encode()


def main():
    write_requests()
    for c in CASES:
        encode_headers(c)
    corpuslib.write_set(HERE, "blind186", HEADER, CASES)


if __name__ == "__main__":
    main()
