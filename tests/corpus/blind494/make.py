#!/usr/bin/env python3
"""Blind set 494: ticket systems and threads.

Zendesk / Freshdesk / Jira Service Management / Help Scout style receipts and
results, solved tickets, follow-ups in the same thread, replies to our
reminders, partial answers and forwarded mail, from YouTube, X, Telegram,
NAVER, Kakao (Tistory, Daum cafe) and TikTok.

Every email is fictional and written for this set. The expected results
were written from each email's meaning alone, before the reader was ever run
on them.

    python3 tests/corpus/blind494/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
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

# ---------------------------------------------------------------- requests

YT = [
    "https://www.youtube.com/watch?v=Qm3vT8rLx2A",
    "https://www.youtube.com/watch?v=b7KpW0eNf4c",
    "https://www.youtube.com/watch?v=Zr5Hs1uJ9dE",
    "https://www.youtube.com/watch?v=nX8cL2yTq6M",
    "https://www.youtube.com/watch?v=Fj4aR7mVw1k",
    "https://www.youtube.com/watch?v=tP9eG3sKh0B",
    "https://www.youtube.com/shorts/Lw2dN6xCq8R",
    "https://www.youtube.com/shorts/Hs7yB4mZa5T",
    "https://www.youtube.com/@nightmarket_relay",
    "https://www.youtube.com/watch?v=Vc1oK5pDe3U",
    "https://www.youtube.com/watch?v=gE6wJ0rTb9Y",
    "https://www.youtube.com/@dalbit_archive_kr",
]
Y = dict(zip(range(1, 13), YT))
X = {
    1: "https://x.com/gray_ledger77/status/1831204455667788001",
    2: "https://x.com/gray_ledger77/status/1831209912345678002",
    3: "https://x.com/obsidian_tide/status/1831555000111222003",
    4: "https://x.com/hanul_fakeacct/status/1831777333444555004",
}
T = {
    1: "https://t.me/quiet_lantern_market/412",
    2: "https://t.me/quiet_lantern_market/419",
    3: "https://t.me/dunes_exchange_kr/88",
}
N = {
    1: "https://blog.naver.com/sunnyhill_dal/223561234501",
    2: "https://blog.naver.com/sunnyhill_dal/223561234577",
    3: "https://cafe.naver.com/pinecone2024/5521",
    4: "https://cafe.naver.com/pinecone2024/5530",
    5: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471234567",
}
K1_PATH = "유출-자료-모음"
K1_RAW = "https://moonlit-cabinet.tistory.com/entry/" + K1_PATH
K = {
    1: "https://moonlit-cabinet.tistory.com/entry/" + quote(K1_PATH),
    2: "https://moonlit-cabinet.tistory.com/57",
    3: "https://cafe.daum.net/silverreed22/Xk9p/318",
}
TT = {
    1: "https://www.tiktok.com/@mintcloud.kr/video/7412345678901234567",
    2: "https://www.tiktok.com/@mintcloud.kr/video/7412345678901239876",
}
XS = "https://x.com/blue_pier_09/status/1834000111222333007"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, msgid, note
    ("KCSC-240903-01", "youtube", "2024-09-03T14:00:00+09:00", "2024-09-10T23:59:59+09:00",
     YT, "illegal_gambling", "kcsc-req-240903-01", "channel network promoting unlicensed betting"),
    ("KCSC-240904-02", "x", "2024-09-04T15:00:00+09:00", "2024-09-11T23:59:59+09:00",
     list(X.values()), "privacy", "kcsc-req-240904-02", 'doxxing, incl. "home address" posts'),
    ("KCSC-240906-03", "telegram", "2024-09-06T11:00:00+09:00", "2024-09-13T23:59:59+09:00",
     list(T.values()), "drugs", "kcsc-req-240906-03", "drug sale adverts"),
    ("KCSC-240909-04", "naver", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     list(N.values()), "defamation", "kcsc-req-240909-04", "명예훼손 게시물"),
    ("KCSC-240910-05", "kakao", "2024-09-10T10:30:00+09:00", "2024-09-17T23:59:59+09:00",
     list(K.values()), "privacy", "kcsc-req-240910-05", "개인정보 유출"),
    ("KCSC-240911-06", "tiktok", "2024-09-11T16:00:00+09:00", "2024-09-18T23:59:59+09:00",
     list(TT.values()), "obscenity", "kcsc-req-240911-06", ""),
    ("KCSC-240912-07", "x", "2024-09-12T09:30:00+09:00", "2024-09-19T23:59:59+09:00",
     [XS], "illegal_gambling", "kcsc-req-240912-07", "single post"),
]
REQ_MSGID = {r[0]: r[6] for r in REQUESTS}


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])


# ---------------------------------------------------------------- MIME helpers

def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text_or_bytes):
    b = text_or_bytes.encode("utf-8") if isinstance(text_or_bytes, str) else text_or_bytes
    return base64.encodebytes(b).decode("ascii")


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
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}\n\n'
    out += "This is a multi-part message in MIME format.\n"
    for p in parts:
        out += f"\n--{boundary}\n" + p
    out += f"\n--{boundary}--\n"
    return out


def quote_lines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def numbered(urls):
    return "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1))


OUR_YT_REQUEST = f"""Dear YouTube Legal team,

Under Article 44-7 of the Information and Communications Network Act, the
Korea Communications Standards Commission asks you to review the following
content (our reference KCSC-240903-01):

{numbered(YT)}

Please reply with the action taken for each URL by 10 September 2024.

KCSC Takedown Desk"""

OUR_X_REQUEST = f"""Dear X Legal team,

The Korea Communications Standards Commission asks you to review the
following posts, which publish private information of individuals
(our reference KCSC-240904-02):

{numbered(X.values())}

Please tell us the action taken for each URL by 11 September 2024.

KCSC Takedown Desk"""

ZD_TOP = "##- Please type your reply above this line -##"
ZD_SEP = "-" * 46

CONF = "confirmation"
CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ YouTube

case(
    name="yt-zendesk-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' auto-acknowledgement of a legal support desk",
    why="automatic receipt giving a request number; says nothing about any item",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Tue, 03 Sep 2024 14:03:11 +0900",
    subject="[YouTube Legal Support] Request received: KCSC-240903-01 Removal request (12 URLs)",
    extra_headers=["X-Mailer: Zendesk Mailer", "X-Zendesk-Ticket-Id: 48211937"],
    body=f"""{ZD_TOP}

Thank you for contacting YouTube Legal Support.

This is an automatic confirmation that we have received your request. It has
been given the request number #48211937. Requests are handled in the order
they arrive, and a specialist will write to you in this thread.

Please do not open a new request about the same matter. To add information,
reply to this email and keep the request number in the subject line.

Request summary
Subject: KCSC-240903-01 Removal request (12 URLs)
Status: Open

YouTube Legal Support
https://support.google.com/legal/answer/9000101
""",
)

case(
    name="yt-zendesk-solved-first-five",
    outcome="applied", classification=CONF,
    imitates="Zendesk 'your request has been solved' mail with the agent comment above the unquoted ticket history",
    why="agent gives one decision per URL for five URLs; our own request in the ticket history below states nothing",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 17:44:02 +0900",
    subject="[YouTube Legal Support] Re: KCSC-240903-01 Removal request (12 URLs) [#48211937]",
    reply_to_req=REQ_MSGID["KCSC-240903-01"],
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_TOP}

Your request (48211937) has been solved. To reopen it, reply to this email.

{ZD_SEP}

Min-ji Seo (YouTube Legal Support)

Sep 6, 2024, 17:42 GMT+9

Hello KCSC team,

Thank you for your patience. We reviewed the first five URLs of your request
against our Community Guidelines and the local law you cited. Our decisions:

{Y[1]} - removed for violating our harassment policy.
{Y[2]} - removed for violating our spam and deceptive practices policy.
{Y[3]} - age-restricted. It stays on YouTube but can no longer be watched by signed-out viewers or viewers under 18.
{Y[4]} - reviewed; we found no violation of our policies or of the law described in your notice, so no action was taken.
{Y[5]} - we could not locate a video at this URL.

The remaining seven URLs are still with our team and will be answered in a separate update.

Best regards,
Min-ji
YouTube Legal Support

{ZD_SEP}

KCSC Takedown

Sep 3, 2024, 14:02 GMT+9

{OUR_YT_REQUEST}
""",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected",
           Y[5]: "not_found", **{Y[i]: "pending" for i in range(6, 13)}},
)

PREV_FIRST_FIVE = f"""Hello KCSC team,

Our decisions on the first five URLs:

{Y[1]} - removed.
{Y[2]} - removed.
{Y[3]} - age-restricted.
{Y[4]} - no violation found, no action taken.
{Y[5]} - we could not locate a video at this URL.

Best regards,
Min-ji"""

case(
    name="yt-thread-followup-remaining-seven",
    outcome="applied", classification=CONF,
    imitates="follow-up agent comment in the same support thread, numbered list, earlier answer quoted with '>'",
    why="seven new per-URL decisions on top; the five earlier decisions are only quoted",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 11:20:45 +0900",
    subject="Re: [YouTube Legal Support] KCSC-240903-01 Removal request (12 URLs) [#48211937]",
    reply_to_req=REQ_MSGID["KCSC-240903-01"],
    body=f"""Hello again,

Following up in request #48211937 with our decisions on the remaining URLs:

1. {Y[6]} - blocked in South Korea under local law; still available elsewhere.
2. {Y[7]} - removed (harassment and cyberbullying).
3. {Y[8]} - removed (spam, deceptive practices).
4. {Y[9]} - channel terminated for repeated violations.
5. {Y[10]} - reviewed, no violation found. No action taken.
6. {Y[11]} - the link is invalid; we could not find this video.
7. {Y[12]} - content on this channel is now restricted for viewers in South Korea.

With this, all twelve URLs of your request have an answer.

Min-ji Seo
YouTube Legal Support

On Fri, Sep 6, 2024 at 5:42 PM YouTube Legal Support <legal-support@youtube.com> wrote:
{quote_lines(PREV_FIRST_FIVE)}
""",
    items={Y[6]: "restricted", Y[7]: "removed", Y[8]: "removed", Y[9]: "removed",
           Y[10]: "rejected", Y[11]: "not_found", Y[12]: "restricted",
           **{Y[i]: "pending" for i in range(1, 6)}},
)

YT_TABLE_HTML = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>{ZD_TOP}</p>
<p>Your request (48211937) has been updated. To add a comment, reply to this email.</p>
<hr>
<p><b>Jae-won Kim</b> (YouTube Legal Support)<br>Sep 9, 2024, 10:05 GMT+9</p>
<p>Hello,</p>
<p>Please find below the outcome for the following URLs from your request KCSC-240903-01.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Reported URL</th><th>Action taken</th></tr>
<tr><td>5</td><td><a href="{Y[5]}">{Y[5]}</a></td><td>Not found &ndash; no video exists at this address</td></tr>
<tr><td>6</td><td><a href="{Y[6]}">{Y[6]}</a></td><td>Blocked in KR (local law)</td></tr>
<tr><td>7</td><td><a href="{Y[7]}">{Y[7]}</a></td><td>Removed &ndash; Community Guidelines</td></tr>
<tr><td>8</td><td><a href="{Y[8]}">{Y[8]}</a></td><td>Removed &ndash; Community Guidelines</td></tr>
</table>
<p>For more on how we handle legal requests see <a href="https://support.google.com/youtube/answer/9000202">our help centre</a>.</p>
<p>Kind regards,<br>Jae-won<br>YouTube Legal Support</p>
</body></html>"""

YT_TABLE_TEXT = f"""{ZD_TOP}

Your request (48211937) has been updated. To add a comment, reply to this email.

Jae-won Kim (YouTube Legal Support)
Sep 9, 2024, 10:05 GMT+9

Hello,

Please find below the outcome for the following URLs from your request KCSC-240903-01.

# | Reported URL | Action taken
5 | {Y[5]} | Not found - no video exists at this address
6 | {Y[6]} | Blocked in KR (local law)
7 | {Y[7]} | Removed - Community Guidelines
8 | {Y[8]} | Removed - Community Guidelines

Kind regards,
Jae-won
YouTube Legal Support
"""

case(
    name="yt-zendesk-html-table-qp",
    outcome="applied", classification=CONF,
    imitates="Zendesk HTML notification with an outcome table (multipart/alternative, quoted-printable)",
    why="table rows give one action per URL for four URLs",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 10:06:30 +0900",
    subject="[YouTube Legal Support] Update on request #48211937 (KCSC-240903-01)",
    raw_mime=multipart("alternative", "zd-alt-48211937-b", [
        part("text/plain; charset=utf-8", YT_TABLE_TEXT, "quoted-printable"),
        part("text/html; charset=utf-8", YT_TABLE_HTML, "quoted-printable"),
    ]),
    items={Y[5]: "not_found", Y[6]: "restricted", Y[7]: "removed", Y[8]: "removed"},
)

YT_CSV = "reported_url,decision,policy_or_law,decided_on\n" + "\n".join([
    f"{Y[1]},Removed,Harassment policy,2024-09-06",
    f"{Y[2]},Removed,Spam and deceptive practices,2024-09-06",
    f"{Y[3]},Age-restricted,Violent content (18+),2024-09-06",
    f"{Y[4]},No action,No violation found,2024-09-06",
    f"{Y[5]},Not found,Video does not exist,2024-09-06",
    f"{Y[6]},Blocked in KR,Local law,2024-09-09",
    f"{Y[7]},Removed,Harassment policy,2024-09-09",
    f"{Y[8]},Removed,Spam and deceptive practices,2024-09-09",
    f"{Y[9]},Channel terminated,Repeated violations,2024-09-09",
    f"{Y[10]},No action,No violation found,2024-09-10",
    f"{Y[11]},Not found,Video does not exist,2024-09-10",
    f"{Y[12]},Blocked in KR,Local law,2024-09-10",
]) + "\n"

case(
    name="yt-csv-outcome-sheet",
    outcome="applied", classification=CONF,
    imitates="support agent reply with the per-URL outcome sheet attached as CSV",
    why="attached CSV states a decision for each of the twelve URLs",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 16:31:09 +0900",
    subject="[YouTube Legal Support] KCSC-240903-01 outcome sheet [#48211937]",
    raw_mime=multipart("mixed", "zd-mix-48211937-c", [
        part("text/plain; charset=utf-8", f"""{ZD_TOP}

Hello KCSC team,

Our review of request #48211937 (your reference KCSC-240903-01) is complete.
The decision for each reported URL is in the attached sheet.

If you disagree with a decision you can reply to this email.

Best regards,
Jae-won Kim
YouTube Legal Support
"""),
        part('text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"', YT_CSV, "base64",
             'Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"'),
    ]),
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected",
           Y[5]: "not_found", Y[6]: "restricted", Y[7]: "removed", Y[8]: "removed",
           Y[9]: "removed", Y[10]: "rejected", Y[11]: "not_found", Y[12]: "restricted"},
)

OUR_YT_REMINDER = f"""Dear YouTube Legal team,

This is a reminder about our request KCSC-240903-01 sent on 3 September.
We have not yet received your decision on the following URLs:

{Y[1]}
{Y[2]}

Please let us know the action taken.

KCSC Takedown Desk"""

case(
    name="yt-reminder-reply-promise",
    outcome="review", review="not_understood",
    imitates="agent reply to a regulator's reminder saying the items are still being assessed",
    why="names two URLs but only promises action if a breach is found; both stay pending",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 15:12:40 +0900",
    subject="Re: Reminder: KCSC-240903-01 [#48211937]",
    body=f"""Hello,

Thanks for the reminder, and sorry for the wait.

{Y[1]} and {Y[2]} are still being assessed by our specialist team. We will
update this request as soon as a decision has been made, and if they are
found to breach our policies they will be taken down.

Best,
Min-ji Seo
YouTube Legal Support

On Mon, 9 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quote_lines(OUR_YT_REMINDER)}
""",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="yt-hedge-appears-unavailable",
    outcome="review", review="not_understood",
    imitates="support agent comment hedging about a video that seems to be gone",
    why="'appears to be unavailable', 'may have been deleted' and a promise to confirm: no statement",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 09:47:13 +0900",
    subject="[YouTube Legal Support] Re: KCSC-240903-01 [#48211937]",
    body=f"""{ZD_TOP}

Your request (48211937) has been updated. To add a comment, reply to this email.

{ZD_SEP}

Jae-won Kim (YouTube Legal Support)

Sep 11, 2024, 09:46 GMT+9

Hi,

Regarding {Y[11]} : the video appears to be unavailable at the moment and
may have been deleted by the uploader before we got to it. I'll confirm the
final state once our systems have refreshed, probably within two working days.

Thanks,
Jae-won
""",
    items={Y[11]: "pending"},
)

case(
    name="yt-solved-all-actioned-bulk",
    outcome="review", review="bulk",
    imitates="short Zendesk 'solved' comment covering a whole multi-URL request",
    why="says all reported content was actioned without naming any URL; request has twelve items",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 18:02:55 +0900",
    subject="[YouTube Legal Support] Request #48211937 solved: KCSC-240903-01",
    body=f"""{ZD_TOP}

Your request (48211937) has been solved. To reopen it, reply to this email.

{ZD_SEP}

Min-ji Seo (YouTube Legal Support)

Sep 12, 2024, 18:01 GMT+9

Hello,

We have completed our review of your request KCSC-240903-01. All of the
reported content has been actioned under our policies.

We are marking this request as solved.

Min-ji
""",
)

OUR_YT_REMINDER2 = f"""Dear YouTube Legal team,

Reminder: for our request KCSC-240903-01 we have no decision yet on:

{Y[6]}
{Y[7]}

KCSC Takedown Desk"""

case(
    name="yt-outlook-reminder-reply-angle-brackets",
    outcome="applied", classification=CONF,
    imitates="Outlook top-posted reply over a reminder quoted below '-----Original Message-----'",
    why="two unhedged statements, each with its URL in angle brackets; the quoted reminder states nothing",
    **{"from": "jaewon.kim@google.com"},
    name_from="Jae-won Kim",
    date="Wed, 11 Sep 2024 13:25:00 +0900",
    subject="RE: Reminder: KCSC-240903-01 [#48211937]",
    body=f"""Hello,

<{Y[6]}> is now blocked for viewers in South Korea.
<{Y[7]}> was removed yesterday for harassment.

Regards,
Jae-won Kim
Legal Support, YouTube

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 10:00 AM
To: legal-support@youtube.com
Subject: Reminder: KCSC-240903-01 [#48211937]

{OUR_YT_REMINDER2}
""",
    items={Y[6]: "restricted", Y[7]: "removed"},
)

case(
    name="yt-forged-solved-dmarc-fail",
    outcome="review", review="untrusted",
    imitates="Zendesk 'solved' mail, but failing DKIM/SPF/DMARC for youtube.com",
    why="statements about two URLs from a youtube.com sender that fails authentication",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    auth="fail",
    date="Sat, 07 Sep 2024 02:13:44 +0900",
    subject="[YouTube Legal Support] Request #48211937 solved",
    body=f"""{ZD_TOP}

Your request (48211937) has been solved.

Hello,

The following videos were removed:
{Y[1]}
{Y[2]}

YouTube Legal Support
""",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="yt-zendesk-hosted-domain",
    outcome="review", review="unknown_sender",
    imitates="help-desk reply sent from the help-desk vendor's subdomain instead of the platform's domain",
    why="statement about a requested URL from a zendesk.com subdomain, which is no configured sender",
    **{"from": "support@ytlegal-kr.zendesk.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 19:40:12 +0900",
    subject="[YouTube Legal Support] Re: KCSC-240903-01 [#48211937]",
    body=f"""{ZD_TOP}

Your request (48211937) has been updated.

{ZD_SEP}

Min-ji Seo (YouTube Legal Support)

Hello,

{Y[3]} has been age-restricted.

Min-ji
""",
    items={Y[3]: "pending"},
)

case(
    name="yt-agent-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail out-of-office auto-reply from a support agent",
    why="automatic out-of-office reply",
    **{"from": "minji.seo@google.com"},
    name_from="Min-ji Seo",
    date="Fri, 13 Sep 2024 09:00:02 +0900",
    subject="Automatic reply: Re: [YouTube Legal Support] KCSC-240903-01 [#48211937]",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office from 13 to 23 September (Chuseok holidays) with no
access to email. Your message has not been forwarded.

For legal removal requests please write to legal-support@youtube.com so that
a colleague can pick it up.

Min-ji Seo
""",
)

case(
    name="yt-partial-three-of-twelve",
    outcome="applied", classification=CONF,
    imitates="partial answer in a ticket thread: some URLs decided, the rest still under review",
    why="three URLs decided (removed, channel terminated, no violation); the rest named only as 'still under review'",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 17:15:27 +0900",
    subject="[YouTube Legal Support] Partial update: KCSC-240903-01 [#48211937]",
    reply_to_req=REQ_MSGID["KCSC-240903-01"],
    body=f"""Hello,

We have finished our review of three of the twelve URLs in your request:

- {Y[8]}
  Removed for spam and deceptive practices.
- {Y[9]}
  The channel has been terminated.
- {Y[10]}
  No violation of our Community Guidelines was found; the video stays up.

The remaining URLs of this request are still under review. We will update
this thread when we have decisions on them.

Regards,
Jae-won Kim
YouTube Legal Support
""",
    items={Y[8]: "removed", Y[9]: "removed", Y[10]: "rejected"},
)

case(
    name="yt-jira-sd-comment-resolved",
    outcome="applied", classification=CONF,
    imitates="Jira Service Management customer notification: 'Reply above this line', agent comment, request resolved",
    why="comment states a result for two URLs (no such video, blocked in KR)",
    **{"from": "jira@google.com"},
    name_from="Jae-won Kim (Jira)",
    date="Tue, 10 Sep 2024 20:08:51 +0900",
    subject="LGL-4471 KCSC-240903-01 Removal request (12 URLs)",
    extra_headers=["X-JIRA-FingerPrint: 6b1f2e0c9d1a7e55aa01c3b2f4d8e901"],
    body=f"""—-—-—-—-—-—-—-—-—-—-
Reply above this line.

Jae-won Kim resolved this as Done.

Jae-won Kim commented:

Hi KCSC,

{Y[11]}
There is no video with this ID on YouTube; the link does not exist.

{Y[12]}
Blocked for viewers in South Korea following your notice.

Thanks,
Jae-won

View request · Turn off this request's notifications

This is shared with KCSC Takedown.

Powered by Jira Service Management
""",
    items={Y[11]: "not_found", Y[12]: "restricted"},
)

case(
    name="yt-statement-then-urls-below",
    outcome="applied", classification=CONF,
    imitates="agent reply grouping URLs under a heading sentence that states the decision",
    why="each decision sentence is followed by its URLs on the lines below",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 11:02:18 +0900",
    subject="Re: [YouTube Legal Support] KCSC-240903-01 Removal request (12 URLs) [#48211937]",
    body=f"""Hello KCSC team,

Here is where we stand on the first four URLs of your request.

Removed for violating our Community Guidelines:
{Y[1]}
{Y[2]}

Age-restricted (viewers must be signed in and over 18):
{Y[3]}

No violation of our policies was identified, so this video remains available:
{Y[4]}

Our policies: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

Best,
Min-ji Seo
YouTube Legal Support
""",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected"},
)

OUR_Y9_QUESTION = f"""Dear Min-ji,

Thank you. Could you confirm what happened to the channel
{Y[9]} ? It still shows in search results on our side.

KCSC Takedown Desk"""

case(
    name="yt-answer-to-our-followup-question",
    outcome="applied", classification=CONF,
    imitates="agent answer to a regulator's follow-up question in a Gmail thread",
    why="confirms the channel was terminated and is no longer available",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 10:33:40 +0900",
    subject="Re: [YouTube Legal Support] KCSC-240903-01 [#48211937]",
    body=f"""Hi,

Yes - the channel {Y[9]} was terminated on 12 September for repeated
violations of our Community Guidelines. It is no longer available on YouTube;
search results can take a day or two to catch up.

Best,
Min-ji Seo
YouTube Legal Support

On Thu, Sep 12, 2024 at 4:10 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quote_lines(OUR_Y9_QUESTION)}
""",
    items={Y[9]: "removed"},
)

# ================================================================ X

case(
    name="x-case-url-then-result-line",
    outcome="applied", classification=CONF,
    imitates="X legal case reply: bare URL on one line, 'Result:' on the line below",
    why="three URLs each followed by an unhedged result line",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Mon, 09 Sep 2024 08:14:50 +0900",
    subject="Case# 0184466021: KCSC-240904-02 [ref:_00Dx0Kc1._5004Q2abcd:ref]",
    body=f"""Hello,

We have completed our review of your request. Results per reported URL:

{X[1]}
Result: Withheld in South Korea (KR) under local law

{X[2]}
Result: Removed - violation of the X Rules (private information)

{X[3]}
Result: No action - we did not find a violation of the X Rules or of the law cited

If you have questions, reply to this email and keep the case number in the subject.

Thanks,
X Legal
""",
    items={X[1]: "restricted", X[2]: "removed", X[3]: "rejected"},
)

case(
    name="x-gmail-thread-one-done-one-hedged",
    outcome="applied", classification=CONF,
    imitates="Gmail reply over the quoted request ('On ... wrote:'), partial answer",
    why="one post already deleted by its author (not_found); another only hedged; the quoted request states nothing",
    **{"from": "dana.cho@x.com"},
    name_from="Dana Cho",
    date="Fri, 06 Sep 2024 12:40:31 +0900",
    subject="Re: KCSC-240904-02 Request to remove content (4 URLs)",
    reply_to_req=REQ_MSGID["KCSC-240904-02"],
    body=f"""Hi,

A quick update on two of the URLs in your request KCSC-240904-02:

- {X[4]} had already been deleted by the account holder before our review,
  so there was nothing left for us to act on.
- For {X[1]} our team is still checking; it may fall under a withholding in
  Korea, and I'll come back to you on that.

Best,
Dana
X Legal Operations

On Wed, Sep 4, 2024 at 3:01 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quote_lines(OUR_X_REQUEST)}
""",
    items={X[4]: "not_found", X[1]: "pending", X[2]: "pending", X[3]: "pending"},
)

case(
    name="x-outlook-top-posted-over-request",
    outcome="applied", classification=CONF,
    imitates="Outlook top-posted reply with the regulator's request below '-----Original Message-----'",
    why="three per-URL decisions on top; the fourth URL appears only in our quoted request",
    **{"from": "sam.oh@x.com"},
    name_from="Sam Oh",
    date="Sat, 07 Sep 2024 09:55:12 +0900",
    subject="RE: KCSC-240904-02 Request to remove content (4 URLs)",
    body=f"""Hello KCSC,

Please see our decisions below.

{X[1]} – withheld in Korea.
{X[2]} – removed.
{X[3]} – reviewed, no violation; the post remains available.

Kind regards,
Sam Oh | Legal Policy, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 3:01 PM
To: legal@x.com
Subject: KCSC-240904-02 Request to remove content (4 URLs)

{OUR_X_REQUEST}
""",
    items={X[1]: "restricted", X[2]: "removed", X[3]: "rejected", X[4]: "pending"},
)

case(
    name="x-echoed-report-ordinal-decisions",
    outcome="applied", classification=CONF,
    imitates="X report-outcome mail echoing the submitted report form, decisions given per numbered content",
    why="echoed report lists two URLs (the second wrapped in angle brackets); decisions refer to them as 1 of 2 and 2 of 2",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Tue, 10 Sep 2024 06:21:37 +0900",
    subject="Case# 0184466021: your report has been reviewed",
    body=f"""Hello,

Thank you for your report. We reviewed it and made the decisions shown below.

---- Your report ----
Reporter: Korea Communications Standards Commission
Your reference: KCSC-240904-02
Reported content (1 of 2): {X[2]}
Reported content (2 of 2):
  <https://x.com/hanul_fakeacct/
  status/1831777333444555004>
Reason given: Unlawful content under Korean law
---------------------

Our decision:
Content 1 of 2: removed globally for violating the X Rules.
Content 2 of 2: no action taken. We did not find that this post violates the
X Rules, and we found no basis to withhold it under the law cited.

X Legal
""",
    items={X[2]: "removed", X[4]: "rejected"},
)

case(
    name="x-single-item-request-resolved",
    outcome="applied", classification=CONF,
    imitates="X case closure naming the request reference but not the URL",
    why="one-item request; 'the reported post' removed, no URL needed",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Mon, 16 Sep 2024 14:48:09 +0900",
    subject="Case# 0185102277 closed: KCSC-240912-07",
    body="""Hello,

Your report KCSC-240912-07 has been resolved. We reviewed the reported post
and removed it for violating the X Rules on illegal gambling promotion.

This case is now closed. If you reply, it will be reopened.

X Legal
https://help.x.com/en/rules-and-policies/x-rules
""",
    items={XS: "removed"},
)

X_MDN_HUMAN = """This is a receipt for the mail you sent to
hyun.lee@x.com at 04/09/2024 15:01

This receipt verifies that the message has been displayed on the recipient's
computer at 05/09/2024 09:12."""

case(
    name="x-read-receipt-mdn",
    outcome="ignored", classification="read_receipt",
    imitates="message disposition notification (read receipt) from a platform employee's mail client",
    why="MDN: only says our message was displayed",
    **{"from": "hyun.lee@x.com"},
    name_from="Hyun Lee",
    date="Thu, 05 Sep 2024 09:12:44 +0900",
    subject="Read: KCSC-240904-02 Request to remove content (4 URLs)",
    raw_mime=multipart("report", "mdn-x-0905-a", [
        part("text/plain; charset=utf-8", X_MDN_HUMAN),
        part("message/disposition-notification", """Reporting-UA: hyun.lee-laptop; Mail Client
Final-Recipient: rfc822;hyun.lee@x.com
Original-Message-ID: <kcsc-req-240904-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed""", "7bit"),
    ], params="; report-type=disposition-notification"),
)

case(
    name="x-forwarded-internal-decision",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="platform employee forwarding a colleague's internal decision ('---------- Forwarded message ---------')",
    why="the only statement is inside a forwarded message, not said by the sender",
    **{"from": "hyun.lee@x.com"},
    name_from="Hyun Lee",
    date="Thu, 12 Sep 2024 17:30:05 +0900",
    subject="Fwd: KCSC-240904-02 decision",
    body=f"""FYI - forwarding the note from our Korea team below.

Hyun

---------- Forwarded message ---------
From: X Korea Trust & Safety <kr-trust@x.com>
Date: Thu, Sep 12, 2024 at 4:55 PM
Subject: KCSC-240904-02 decision
To: Hyun Lee <hyun.lee@x.com>

Hyun, {X[3]} has been withheld in the Republic of Korea as of today.
Please let the Commission know.
""",
    items={X[3]: "pending"},
)

# ================================================================ Telegram

DSN_HUMAN = """This is the mail system at host mail-out2.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa@telegram.org>: host mx.telegram.org[203.0.113.25] said: 552 5.2.2
    Mailbox full, quota exceeded (in reply to RCPT TO command)"""

case(
    name="tg-dsn-reminder-bounced",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification for a bounced reminder",
    why="DSN: our reminder could not be delivered",
    **{"from": "MAILER-DAEMON@telegram.org"},
    name_from="Mail Delivery System",
    date="Thu, 12 Sep 2024 10:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=multipart("report", "dsn-tg-0912-7E1A", [
        part("text/plain; charset=us-ascii", DSN_HUMAN, "7bit",
             "Content-Description: Notification"),
        part("message/delivery-status", """Reporting-MTA: dns; mail-out2.telegram.org
Arrival-Date: Thu, 12 Sep 2024 10:00:39 +0900

Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.telegram.org
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full, quota exceeded""", "7bit",
             "Content-Description: Delivery report"),
        part("text/rfc822-headers", """From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: Reminder: KCSC-240906-03 (3 URLs, due 13 September)
Message-ID: <kcsc-reminder-240906-03-1@kcsc.example>
Date: Thu, 12 Sep 2024 10:00:00 +0900""", "7bit",
             "Content-Description: Undelivered Message Headers"),
    ], params="; report-type=delivery-status"),
)

OUR_TG_REMINDER = f"""Dear Telegram team,

Reminder: we have had no answer to our request KCSC-240906-03 of 6 September
about the following messages:

{T[1]}
{T[2]}
{T[3]}

The deadline is 13 September.

KCSC Takedown Desk"""

case(
    name="tg-outlook-reply-to-reminder",
    outcome="applied", classification=CONF,
    imitates="abuse-desk reply top-posted over the regulator's reminder (Outlook header block)",
    why="two posts taken down, one message does not exist; the quoted reminder states nothing",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 03:11:26 +0900",
    subject="RE: Reminder: KCSC-240906-03 (3 URLs, due 13 September)",
    body=f"""Hello,

Both posts in quiet_lantern_market ({T[1]} and {T[2]}) have been taken down.

We could not find any message at {T[3]} - that message ID does not exist in
the channel.

Best regards,
Telegram Abuse Team

From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 10:00 AM
To: abuse@telegram.org
Subject: Reminder: KCSC-240906-03 (3 URLs, due 13 September)

{OUR_TG_REMINDER}
""",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found"},
)

case(
    name="tg-promise-within-24h",
    outcome="review", review="not_understood",
    imitates="short abuse-desk reply saying the link was passed on and will be processed",
    why="names a URL but only promises processing",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Sat, 07 Sep 2024 22:05:17 +0900",
    subject="Re: KCSC-240906-03 Request to remove content",
    reply_to_req=REQ_MSGID["KCSC-240906-03"],
    body=f"""Hi,

Thank you, we've passed {T[3]} on to the moderation team. It will be processed
within 24 hours.

Telegram Abuse Team
""",
    items={T[3]: "pending"},
)

TG_FRESHDESK = f"""Hello KCSC Takedown,

Your ticket [#5521] "KCSC-240906-03 Request to remove content" has been marked Resolved.

Agent reply:

Dear colleagues,

{T[1]} has been blocked for users in South Korea.

{T[2]} has been taken down for violating Telegram's Terms of Service (sale of illegal goods).

If this does not resolve your request, simply reply to this email and the ticket will be reopened.

Regards,
Telegram Support
https://telegram.org/tos
"""

case(
    name="tg-freshdesk-resolved-qp",
    outcome="applied", classification=CONF,
    imitates="Freshdesk 'ticket resolved' notification with the agent reply, quoted-printable body",
    why="one post blocked in Korea (restricted), one taken down",
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    date="Tue, 10 Sep 2024 18:44:00 +0900",
    subject="[#5521] Ticket Resolved - KCSC-240906-03 Request to remove content",
    extra_headers=["X-Mailer: Freshdesk"],
    raw_mime=part("text/plain; charset=utf-8", TG_FRESHDESK, "quoted-printable"),
    items={T[1]: "restricted", T[2]: "removed"},
)

case(
    name="tg-links-without-scheme",
    outcome="applied", classification=CONF,
    imitates="terse abuse-desk reply writing t.me links without https://",
    why="two links written without scheme, one deleted and one no longer available in South Korea",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 01:52:09 +0900",
    subject="Re: [#5521] KCSC-240906-03",
    body="""Hello,

t.me/quiet_lantern_market/419 — deleted.
t.me/dunes_exchange_kr/88 — no longer available to users in South Korea (blocked for KR).

Telegram Abuse Team
""",
    items={T[2]: "removed", T[3]: "restricted"},
)

# ================================================================ NAVER

case(
    name="naver-cs-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 완료 안내 (ticket receipt)",
    why="receipt with an inquiry number; nothing about any item",
    **{"from": "help_noreply@navercorp.com"},
    name_from="네이버 고객센터",
    date="Mon, 09 Sep 2024 10:04:18 +0900",
    subject="[네이버 고객센터] 문의가 접수되었습니다 (문의번호 2409-0091827)",
    body="""안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

■ 문의번호: 2409-0091827
■ 문의제목: [KCSC-240909-04] 게시물 게시중단 요청
■ 접수일시: 2024.09.09 10:04

접수된 문의는 순서대로 확인하여 답변드리며, 답변은 이 메일 주소로 보내드립니다.
본 메일은 발신 전용입니다.

감사합니다.
""",
)

case(
    name="naver-result-numbered-arrows",
    outcome="applied", classification=CONF,
    imitates="NAVER 게시중단 요청 처리 결과 안내, numbered list with an arrow line per URL",
    why="five URLs, each with an unhedged result: 게시중단, 임시조치, 삭제, 조치하지 않음, 작성자가 이미 삭제",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    date="Thu, 12 Sep 2024 16:20:33 +0900",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (문의번호 2409-0091827)",
    body=f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240909-04)에 대한 처리 결과를 안내드립니다.

1. {N[1]}
   → 게시중단 처리되었습니다.
2. {N[2]}
   → 임시조치(30일) 되었습니다.
3. {N[3]}
   → 운영원칙 위반으로 삭제하였습니다.
4. {N[4]}
   → 검토 결과 운영원칙 및 관련 법령 위반 사항이 확인되지 않아 조치하지 않았습니다.
5. {N[5]}
   → 작성자가 이미 삭제한 게시물입니다.

추가 문의는 이 메일에 회신해 주시기 바랍니다.
감사합니다.
""",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "removed", N[4]: "rejected", N[5]: "not_found"},
)

case(
    name="naver-urls-with-particles-fullwidth",
    outcome="applied", classification=CONF,
    imitates="NAVER agent prose answer, URLs followed directly by Korean particles and full-width punctuation",
    why="블라인드 (removed), 접근 제한 (restricted), 삭제 (removed) for three URLs",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 14:02:47 +0900",
    subject="Re: [KCSC-240909-04] 게시물 게시중단 요청 (문의번호 2409-0091827)",
    reply_to_req=REQ_MSGID["KCSC-240909-04"],
    body=f"""안녕하세요. 네이버 고객센터 담당자 이서연입니다.

{N[1]}의 경우 블라인드 처리를 완료하였고, {N[2]}은 접근 제한 조치하였습니다.
또한 「{N[3]}」 게시글은 카페 운영원칙에 따라 삭제되었습니다。

나머지 게시물은 확인 후 별도로 안내드리겠습니다.

감사합니다.
""",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "removed"},
)

NAVER_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요, 네이버 고객센터입니다.</p>
<p>문의번호 2409-0091827 (요청번호 KCSC-240909-04) 처리 결과를 아래와 같이 안내드립니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>번호</th><th>게시물 주소</th><th>조치 결과</th><th>조치일</th></tr></thead>
<tbody>
<tr><td>3</td><td>{N[3]}</td><td>삭제</td><td>2024.09.12</td></tr>
<tr><td>4</td><td>{N[4]}</td><td>임시조치 (30일)</td><td>2024.09.12</td></tr>
<tr><td>5</td><td>{N[5].replace('&', '&amp;')}</td><td>게시물 없음 (작성자 삭제)</td><td>-</td></tr>
</tbody></table>
<p>임시조치에 대한 안내는 <a href="https://help.naver.com/service/5600/contents/9000303">고객센터 도움말</a>을 참고해 주세요.</p>
<p>감사합니다.<br>네이버 고객센터</p>
</body></html>"""

case(
    name="naver-html-table-base64",
    outcome="applied", classification=CONF,
    imitates="NAVER HTML result table (번호/게시물 주소/조치 결과), base64 body",
    why="table rows: 삭제 (removed), 임시조치 (restricted), 게시물 없음 (not_found); help link is no item",
    **{"from": "help_noreply@navercorp.com"},
    name_from="네이버 고객센터",
    date="Thu, 12 Sep 2024 17:45:10 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (문의번호 2409-0091827)",
    raw_mime=part("text/html; charset=utf-8", NAVER_HTML, "base64"),
    items={N[3]: "removed", N[4]: "restricted", N[5]: "not_found"},
)

case(
    name="naver-under-review-korean",
    outcome="review", review="not_understood",
    imitates="NAVER interim answer: 검토 중, 확인될 경우 게시중단 예정",
    why="two URLs named, only 'under review' and a conditional future action",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    date="Tue, 10 Sep 2024 11:30:00 +0900",
    subject="Re: [KCSC-240909-04] 게시물 게시중단 요청",
    body=f"""안녕하세요, 네이버 고객센터입니다.

요청하신 게시물 중 아래 2건은 현재 담당 부서에서 검토 중이며, 권리침해가 확인될 경우
게시중단 조치될 예정입니다.

- {N[1]}
- {N[2]}

처리 결과는 추후 다시 안내드리겠습니다. 양해 부탁드립니다.
""",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="naver-all-five-done-bulk",
    outcome="review", review="bulk",
    imitates="NAVER one-line completion notice for the whole request",
    why="'5건 모두 게시중단' without naming the URLs, for a five-item request",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 09:15:42 +0900",
    subject="[네이버] 게시중단 처리 완료 안내 (KCSC-240909-04)",
    body="""안녕하세요, 네이버 고객센터입니다.

요청번호 KCSC-240909-04로 요청하신 게시물 5건에 대해 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
)

case(
    name="naver-asks-supporting-documents",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER request for 소명 자료 before acting on one URL",
    why="asks for supporting documents about one URL; no status",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 15:50:21 +0900",
    subject="Re: [KCSC-240909-04] 게시물 게시중단 요청 - 추가 자료 요청",
    body=f"""안녕하세요, 네이버 고객센터입니다.

요청하신 게시물 중 {N[4]} 에 대해서는 명예훼손 여부를 판단하기 위한
자료가 부족합니다. 피해 당사자를 확인할 수 있는 자료와 심의 결정문을 이 메일에 회신으로
보내주시면 검토를 이어가겠습니다.

감사합니다.
""",
    items={N[4]: "pending"},
)

case(
    name="naver-forged-dmarc-fail",
    outcome="review", review="untrusted",
    imitates="NAVER-looking 처리 결과 mail failing DMARC for navercorp.com",
    why="statement about a requested URL from a navercorp.com sender that fails authentication",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    auth="fail",
    date="Thu, 12 Sep 2024 03:40:09 +0900",
    subject="[네이버] 게시중단 요청 처리 결과 안내",
    body=f"""안녕하세요, 네이버 고객센터입니다.

{N[3]} 게시물은 삭제 처리되었습니다.

감사합니다.
""",
    items={N[3]: "pending"},
)

NAVER_FOLLOWUP = f"""안녕하세요, 네이버 고객센터입니다.

재문의 주신 건에 대해 답변드립니다.

요청하신 지식iN 질문 {N[5]} 은 운영원칙 위반으로 삭제 처리되었습니다.

감사합니다.

-----
> 안녕하세요, 네이버 고객센터입니다.
> 지식iN 게시물은 담당 부서 확인 중이며 결과는 추후 안내드리겠습니다.
"""

case(
    name="naver-reopened-followup-qp-wrapped-url",
    outcome="applied", classification=CONF,
    imitates="NAVER answer to a re-opened inquiry (재문의), quoted-printable so the long URL is soft-wrapped",
    why="the 지식iN question was deleted; the earlier interim answer is only quoted",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 14:25:55 +0900",
    subject="Re: Re: [KCSC-240909-04] 게시물 게시중단 요청 (재문의)",
    raw_mime=part("text/plain; charset=utf-8", NAVER_FOLLOWUP, "quoted-printable"),
    items={N[5]: "removed"},
)

# ================================================================ Kakao

case(
    name="kakao-tistory-raw-korean-path",
    outcome="applied", classification=CONF,
    imitates="Kakao 고객센터 answer about Tistory posts, Korean path written raw",
    why="Tistory post 비공개 처리 (removed) and another 삭제 (removed)",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 11:05:30 +0900",
    subject="[카카오 고객센터] KCSC-240910-05 문의에 대한 답변",
    body=f"""안녕하세요, 카카오 고객센터입니다.

요청하신 티스토리 게시물에 대한 처리 결과입니다.

- {K1_RAW} : 운영정책 위반으로 비공개 처리되었습니다.
- {K[2]} : 삭제 완료

티스토리 운영정책: https://www.tistory.com/policy

감사합니다.
""",
    items={K[1]: "removed", K[2]: "removed"},
)

KAKAO_PREV = f"""안녕하세요, 카카오 고객센터입니다.
{K1_RAW} : 비공개 처리되었습니다.
{K[2]} : 삭제 완료
다음 카페 게시글은 확인 후 안내드리겠습니다."""

case(
    name="kakao-thread-followup-daum-cafe",
    outcome="applied", classification=CONF,
    imitates="second answer in the same Kakao ticket thread, earlier answer quoted with '>'",
    why="new statement: Daum cafe post 접속 차단 (restricted); Tistory results only quoted",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 10:12:08 +0900",
    subject="Re: Re: [카카오 고객센터] KCSC-240910-05 문의에 대한 답변",
    reply_to_req=REQ_MSGID["KCSC-240910-05"],
    body=f"""안녕하세요, 카카오 고객센터입니다.

지난 답변에서 안내드리지 못한 다음 카페 게시글({K[3]})은 국내 이용자에 대해 접속 차단 조치하였습니다.

감사합니다.

2024년 9월 12일 (목) 오전 11:05, 카카오 고객센터 <cs-noreply@kakaocorp.com>님이 작성:
{quote_lines(KAKAO_PREV)}
""",
    items={K[3]: "restricted", K[1]: "pending", K[2]: "pending"},
)

case(
    name="kakao-korean-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동회신 over the Chuseok holidays",
    why="automatic out-of-office reply",
    **{"from": "jh.park@kakaocorp.com"},
    name_from="박지훈",
    date="Sat, 14 Sep 2024 08:00:01 +0900",
    subject="[자동회신] Re: KCSC-240910-05 게시물 조치 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요, 박지훈입니다.

추석 연휴로 9월 14일부터 9월 18일까지 부재중입니다.
긴급한 건은 cs-report@kakaocorp.com 으로 보내주시기 바랍니다.

감사합니다.
""",
)

case(
    name="kakao-corner-brackets-fullwidth-colon",
    outcome="applied", classification=CONF,
    imitates="Kakao answer with URLs in 「」 brackets and full-width colons",
    why="Daum cafe post 게시중단 (removed); Tistory post already deleted by its author (not_found)",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 16:40:19 +0900",
    subject="[카카오 고객센터] 게시물 조치 결과 안내 (KCSC-240910-05)",
    body=f"""안녕하세요, 카카오 고객센터입니다.

「{K[3]}」：게시중단 완료
「{K[2]}」：작성자가 이미 삭제한 게시물로, 현재 존재하지 않습니다.

감사합니다.
""",
    items={K[3]: "removed", K[2]: "not_found"},
)

# ================================================================ TikTok

case(
    name="tiktok-helpscout-conversation-resolved",
    outcome="applied", classification=CONF,
    imitates="Help Scout style conversation reply from a law-enforcement desk, marked resolved",
    why="one video removed, the other reviewed and left up (no violation)",
    **{"from": "lawenforcement-kr@tiktok.com"},
    name_from="TikTok Law Enforcement Response",
    date="Fri, 13 Sep 2024 19:22:36 +0900",
    subject="Re: KCSC-240911-06 Request to remove content [Conversation #77812]",
    reply_to_req=REQ_MSGID["KCSC-240911-06"],
    body=f"""Hello,

Thank you for your report. After review:

• {TT[1]}
  This video has been removed for violating our Community Guidelines.

• {TT[2]}
  This video did not violate our Community Guidelines and will remain on the platform.

Community Guidelines: https://www.tiktok.com/community-guidelines/en/

Best regards,
TikTok Law Enforcement Response Team

---
Conversation #77812 has been marked resolved. Reply to this email to reopen it.
""",
    items={TT[1]: "removed", TT[2]: "rejected"},
)

case(
    name="tiktok-portal-announcement",
    outcome="review", review="no_claims",
    imitates="platform notice to government requesters about a new submission portal",
    why="trusted TikTok mail naming no item and no request",
    **{"from": "lawenforcement-kr@tiktok.com"},
    name_from="TikTok Law Enforcement Response",
    date="Mon, 16 Sep 2024 10:00:00 +0900",
    subject="Changes to how government removal requests are submitted",
    body="""Dear partner,

From 1 October 2024, government agencies in Korea should send removal requests
through our Law Enforcement Portal instead of by email. Requests sent by email
after that date will receive an automatic answer pointing to the portal.

You can register for portal access at https://www.tiktok.com/legal/page/global/law-enforcement/en

Kind regards,
TikTok Law Enforcement Response Team
""",
)

TT_CSV = (
    "Submitted URL,Outcome,Scope\r\n"
    f"{TT[1]},Removed,Global\r\n"
    f"{TT[2]},Restricted,South Korea\r\n"
)

case(
    name="tiktok-csv-attachment-results",
    outcome="applied", classification=CONF,
    imitates="law-enforcement desk reply with a CSV outcome attachment",
    why="CSV: one video removed globally, the other restricted in South Korea",
    **{"from": "lawenforcement-kr@tiktok.com"},
    name_from="TikTok Law Enforcement Response",
    date="Tue, 17 Sep 2024 11:48:02 +0900",
    subject="KCSC-240911-06 results [Conversation #77812]",
    raw_mime=multipart("mixed", "hs-77812-mixed", [
        part("text/plain; charset=utf-8", """Hello,

Please find the outcome of your request KCSC-240911-06 in the attached file.

Best regards,
TikTok Law Enforcement Response Team
"""),
        part('text/csv; name="results_77812.csv"', TT_CSV, "7bit",
             'Content-Disposition: attachment; filename="results_77812.csv"'),
    ]),
    items={TT[1]: "removed", TT[2]: "restricted"},
)

case(
    name="tiktok-answers-about-x-post",
    outcome="review", review="wrong_platform",
    imitates="platform reply to a request sent to it by mistake, about another platform's post",
    why="TikTok states it cannot find an x.com post: a status about another platform's item",
    **{"from": "lawenforcement-kr@tiktok.com"},
    name_from="TikTok Law Enforcement Response",
    date="Fri, 13 Sep 2024 09:05:44 +0900",
    subject="Re: KCSC-240912-07 Request to remove content [Conversation #78020]",
    body=f"""Hello,

We looked into your request KCSC-240912-07. The link you sent,
{XS}, is not TikTok content and we could not locate it on TikTok.
You may wish to contact the service that hosts it.

Best regards,
TikTok Law Enforcement Response Team
""",
    items={XS: "pending"},
)


HEADER = """# Blind set 494 (ticket systems and threads). Written by tests/corpus/blind494/make.py
# from each email's meaning alone, before the reader was run on it.
# Each case is judged alone on a fresh ledger holding requests.csv."""


def encode_headers(c):
    """Non-ASCII display names as RFC 2047 encoded-words, as mail clients send
    them; NAVER subjects too (Kakao subjects stay raw UTF-8, RFC 6532 style)."""
    name = c.get("name_from")
    if name and not name.isascii():
        c["name_from"] = Header(name, "utf-8").encode()
    if c["name"].startswith("naver-") and not c["subject"].isascii():
        c["subject"] = Header(c["subject"], "utf-8").encode()


def main():
    for c in CASES:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, "blind494", HEADER, CASES)


if __name__ == "__main__":
    main()
