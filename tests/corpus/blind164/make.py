#!/usr/bin/env python3
"""Blind set 164: ticket systems and threads.

Replies that reach the regulator through platforms' ticket systems
(Zendesk, Freshdesk, Jira Service Management, Help Scout style): receipts,
then results, solved tickets, follow-ups in the same thread, replies to our
reminders, partial answers, forwarded mail, with the ticket history or our
own request quoted below. Every expected result below was written from the
meaning of the email alone, before the reader was run on this set.

    python3 tests/corpus/blind164/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind164"

# ---------------------------------------------------------------- requests
Y = [
    "https://www.youtube.com/watch?v=Hk3vQ9zLmW1",
    "https://www.youtube.com/watch?v=pR8sTn2XcaA",
    "https://www.youtube.com/watch?v=Jd0wEe5uYfQ",
    "https://www.youtube.com/watch?v=bN4kGz7hLoM",
    "https://www.youtube.com/watch?v=tU6cVr1iPsD",
    "https://www.youtube.com/watch?v=wX2mLq8eRbK",
    "https://www.youtube.com/shorts/Zf5nHy3oTgC",
    "https://www.youtube.com/shorts/aE9jKd4wQsV",
    "https://www.youtube.com/watch?v=mC7pBx0yNuL",
    "https://www.youtube.com/watch?v=qL1rFt6zVhJ",
    "https://www.youtube.com/@hanbit_signal77",
    "https://www.youtube.com/watch?v=Ve3sDk9gWoP",
]
N = [
    "https://blog.naver.com/haneul_mirror/223511204417",
    "https://cafe.naver.com/greenleafclub/88213",
    "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60208&docId=471122334",
    "https://m.cafe.naver.com/ca-fe/web/cafes/%EB%B0%A4%EB%B9%9B%EB%A7%88%EC%9D%84/articles/3312",
]
N4_RAW = "https://m.cafe.naver.com/ca-fe/web/cafes/밤빛마을/articles/3312"
X = [
    "https://x.com/nightowl_kr/status/1830991245512200193",
    "https://x.com/nightowl_kr/status/1830994410087710721",
    "https://x.com/ttoki_deals/status/1831102938475610112",
    "https://x.com/ttoki_deals/status/1831147720019984385",
    "https://x.com/mintcloud_09/status/1831220004513337344",
]
T = [
    "https://t.me/grey_lantern/418",
    "https://t.me/grey_lantern/421",
    "https://t.me/orchid_market_kr/77",
]
K = [
    "https://cafe.daum.net/moonriver22/Hq8P/311",
    "https://pf.kakao.com/_xkLmQd/10457",
]
D = ["https://discord.gg/qR7vXkPm"]
TT = [
    "https://www.tiktok.com/@sora.bloom_22/video/7401234567890123456",
    "https://www.tiktok.com/@sora.bloom_22/video/7401239876543210987",
]

REQS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "youtube", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", Y,
     "illegal_gambling", "gambling promotion videos, one channel"),
    ("KCSC-240903-02", "naver", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00", N,
     "defamation", "blog, cafe and KnowledgeiN posts"),
    ("KCSC-240904-03", "x", "2024-09-04T09:30:00+09:00", "2024-09-11T18:00:00+09:00", X,
     "drug_trade", "posts advertising sales"),
    ("KCSC-240905-04", "telegram", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00", T,
     "drug_trade", "channel posts"),
    ("KCSC-240906-05", "kakao", "2024-09-06T15:00:00+09:00", "2024-09-13T18:00:00+09:00", K,
     "illegal_finance", "Daum cafe post and Kakao channel post"),
    ("KCSC-240909-06", "discord", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", D,
     "obscenity", "server invite"),
    ("KCSC-240910-07", "tiktok", "2024-09-10T16:00:00+09:00", "2024-09-17T18:00:00+09:00", TT,
     "illegal_gambling", "two videos of one account"),
]
REQ_URLS = {r[0]: r[4] for r in REQS}


def mid(ref):
    return f"{ref}.req"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def our_request(ref, urls, raw=None):
    """The text of our request email as the platform quotes it."""
    raw = raw or {}
    lines = [
        "Dear Trust & Safety team,",
        "",
        "The Korea Communications Standards Commission has found the content below",
        "to be illegal under Korean law and asks that it be removed or that access",
        f"to it be blocked in Korea. Our reference: {ref}.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {raw.get(u, u)}")
    lines += ["", "Kind regards,", "KCSC Takedown desk"]
    return lines


def quote(lines, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in lines)


def our_reminder(ref, urls):
    lines = [
        f"Reminder: request {ref}",
        "",
        "The following items of our request are still awaiting your answer:",
    ]
    lines += [f"- {u}" for u in urls]
    lines += ["", "Please let us know what action was taken.", "KCSC Takedown desk"]
    return lines


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def P(**kw):
    return kw


# ---------------------------------------------------------------- cases
cases = []


def enc(s):
    """RFC 2047 encoded-word for non-ASCII header text, as mailers send it."""
    if s.isascii():
        return s
    return Header(s, "utf-8").encode()


def add(**kw):
    for key in ("name_from", "subject"):
        if key in kw:
            kw[key] = enc(kw[key])
    cases.append(kw)


ZD_SEP = "----------------------------------------------"

# A1 -------------------------------------------------------------------
add(
    name="yt-zendesk-update-history",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 16:05:12 +0900",
    subject="[YouTube Legal] Re: KCSC-240902-01 removal request [ref:58213047]",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""##- Please type your reply above this line -##

Your request (58213047) has been updated. To add additional comments, reply to this email.

{ZD_SEP}

Minji (YouTube Legal Support)

Sep 6, 2024, 16:04 GMT+9

Hello,

Thank you for your patience. We have finished reviewing the first part of
your request and can share the following decisions:

{Y[0]} - removed for violating our policy on regulated goods.
{Y[1]} - removed for violating our policy on regulated goods.
{Y[2]} - blocked for viewers in South Korea under local law.
{Y[3]} - we did not find a violation of our policies or of Korean law, so
this video remains available.

The other URLs in this ticket will get a separate reply.

Regards,
Minji
YouTube Legal Support

{ZD_SEP}

KCSC Takedown

Sep 2, 2024, 10:00 GMT+9

""" + "\n".join(our_request("KCSC-240902-01", Y)) + """

----------------------------------------------
This email is a service from YouTube Legal Support.
[KV0M8E-3RPL]
""",
    outcome="applied",
    classification="confirmation",
    imitates="Zendesk 'request updated' notification with the agent's comment above the unquoted ticket history",
    why="agent's comment gives item-level decisions for four videos; the other eight appear only in the ticket history (our own request), which states nothing",
    items={Y[0]: "removed", Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected",
           Y[4]: "pending", Y[9]: "pending", Y[11]: "pending"},
)

# A2 -------------------------------------------------------------------
add(
    name="yt-bare-url-status-below",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 11:20:44 +0900",
    subject="Update on your request 58213047 (KCSC-240902-01)",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""Hello KCSC team,

Here is the second batch of results for ticket 58213047.

{Y[4]}
Status: Removed (violates our Community Guidelines)

{Y[5]}
Status: Removed (violates our Community Guidelines)

{Y[6]}
Status: Age-restricted; the Short can no longer be viewed by signed-out or
under-18 users.

We will write again about the rest.

Best,
Jae-won
YouTube Legal Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="agent reply in a YouTube legal ticket, one URL per block with a Status line under it",
    why="each URL carries its own status line; age restriction is restricted",
    items={Y[4]: "removed", Y[5]: "removed", Y[6]: "restricted"},
)

# A3 -------------------------------------------------------------------
html_a3 = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear requester,</p>
<p>Ticket <b>#58213047</b> has been updated by our Legal Removals team.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Outcome</th><th>Notes</th></tr>
<tr><td><a href="{Y[7]}">{Y[7]}</a></td><td>Removed</td><td>Community Guidelines: spam and deceptive practices</td></tr>
<tr><td><a href="{Y[8]}">{Y[8]}</a></td><td>Not found</td><td>This video does not exist; the ID returns no content.</td></tr>
<tr><td><a href="{Y[9]}">{Y[9]}</a></td><td>Blocked in KR</td><td>Local legal restriction applied (South Korea)</td></tr>
</table>
<p>You can view the full ticket in the <a href="https://support.google.com/legal/answer/3110420">Legal Help Center</a>.</p>
<p style="color:#888">This message was sent from a notification-only address. Reply in the ticket to add a comment.</p>
</body></html>"""
add(
    name="yt-freshdesk-html-table",
    **{"from": "noreply-legal@google.com"},
    name_from="YouTube Legal Removals",
    date="Mon, 09 Sep 2024 09:42:03 +0900",
    subject="Ticket #58213047 updated - KCSC-240902-01",
    type="html",
    body=html_a3,
    outcome="applied",
    classification="confirmation",
    imitates="Freshdesk-style HTML ticket update with a results table",
    why="table row per URL: removed, does not exist (not_found), blocked in KR (restricted); help-centre link is no item",
    items={Y[7]: "removed", Y[8]: "not_found", Y[9]: "restricted"},
)

# A4 -------------------------------------------------------------------
csv_rows = [
    ("reported_url", "action", "policy_or_law", "date_actioned"),
    (Y[0], "Removed", "Regulated goods", "2024-09-05"),
    (Y[1], "Removed", "Regulated goods", "2024-09-05"),
    (Y[2], "Blocked in KR", "Local law (KR)", "2024-09-05"),
    (Y[3], "No action - no violation found", "", ""),
    (Y[4], "Removed", "Spam and deceptive practices", "2024-09-06"),
    (Y[5], "Removed", "Spam and deceptive practices", "2024-09-06"),
    (Y[6], "Age-restricted", "Age restriction", "2024-09-06"),
    (Y[7], "Removed", "Spam and deceptive practices", "2024-09-08"),
    (Y[8], "Not found - deleted by uploader before review", "", ""),
    (Y[9], "Blocked in KR", "Local law (KR)", "2024-09-08"),
    (Y[10], "Channel terminated", "Regulated goods (repeat)", "2024-09-09"),
    (Y[11], "Removed", "Regulated goods", "2024-09-09"),
]
sio = io.StringIO()
csv.writer(sio, lineterminator="\r\n").writerows(csv_rows)
add(
    name="yt-solved-csv-attachment",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 14:11:37 +0900",
    subject="[Solved] KCSC-240902-01 removal request [ref:58213047]",
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="zd-b164-a4"

--zd-b164-a4
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

We have now completed our review of all 12 URLs in your request. The
outcome for each URL is in the attached spreadsheet (KCSC-240902-01_outcome.csv).
This ticket has been set to Solved.

Regards,
YouTube Legal Support

--zd-b164-a4
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_outcome.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(sio.getvalue().encode()).decode()}
--zd-b164-a4--
""",
    outcome="applied",
    classification="confirmation",
    imitates="solved ticket with the per-URL outcome as a CSV attachment",
    why="CSV gives every URL its action: removed, blocked in KR, no violation, age-restricted, deleted by uploader, channel terminated",
    items={Y[0]: "removed", Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected",
           Y[4]: "removed", Y[5]: "removed", Y[6]: "restricted", Y[7]: "removed",
           Y[8]: "not_found", Y[9]: "restricted", Y[10]: "removed", Y[11]: "removed"},
)

# A5 -------------------------------------------------------------------
a5 = f"""Hi,

An update on ticket 58213047 (your reference KCSC-240902-01).

The channel {Y[10]} has been terminated for repeated violations of our policy on regulated goods; none of its videos are available any longer.

We could not find the video {Y[11]} — the link does not point to any video on YouTube, and no video with that ID has ever been uploaded.

Kind regards,
Seo-yeon
YouTube Legal Support
"""
add(
    name="yt-channel-terminated-qp",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 18:30:00 +0900",
    subject="Re: KCSC-240902-01 removal request [ref:58213047]",
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(a5),
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal ticket reply (quoted-printable) on a channel termination",
    why="terminated channel = removed; an ID that never existed = not_found",
    items={Y[10]: "removed", Y[11]: "not_found"},
)

# A6 -------------------------------------------------------------------
add(
    name="yt-followup-same-thread",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 10:02:51 +0900",
    subject="Re: Update on your request 58213047 (KCSC-240902-01)",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""Hello again,

Following up on my earlier message in this ticket: the video
{Y[9]}, which was still with our
local legal team at the time, has now been removed from YouTube.

Best,
Jae-won

On Sat, Sep 7, 2024 at 11:20 AM YouTube Legal Support <legal-support@google.com> wrote:
> Hello KCSC team,
>
> Here is the second batch of results for ticket 58213047.
>
> {Y[9]}
> Status: under review by our local legal team
>
> {Y[11]}
> Status: under review by our local legal team
""",
    outcome="applied",
    classification="confirmation",
    imitates="agent follow-up in the same Zendesk thread, Gmail-style quote of the earlier reply",
    why="new statement names one video as removed; the quoted earlier reply ('under review') states nothing",
    items={Y[9]: "removed", Y[11]: "pending"},
)

# A7 -------------------------------------------------------------------
add(
    name="yt-ack-phrase-plus-results",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 13:45:09 +0900",
    subject="Your legal request KCSC-240902-01 [ref:58213047]",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""Hello,

Thank you for contacting YouTube. We have received your request and
reviewed two of the videos straight away:

  * {Y[1]}
    We removed this video for violating our policy on regulated goods.

  * {Y[5]}
    After review we did not find a violation of our Community Guidelines or
    of local law, so we are not taking action on this video.

If you have additional information about the second video, you are
welcome to reply to this ticket.

YouTube Legal Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="first agent reply that opens with a receipt sentence and then gives decisions",
    why="receipt phrase plus unhedged item decisions is no acknowledgement: one removed, one rejected with reason",
    items={Y[1]: "removed", Y[5]: "rejected"},
)

# A8 -------------------------------------------------------------------
add(
    name="yt-angle-brackets-dash",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 09:15:40 +0900",
    subject="Re: Reminder: request KCSC-240902-01",
    body=f"""Hello,

Thanks for the reminder. The two videos below were handled under local
law on 10 September:

<{Y[8]}> — access blocked for viewers in South Korea
<{Y[11]}> — removed from YouTube

Ticket: 58213047

Regards,
YouTube Legal Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="short agent reply to our reminder, URLs in angle brackets with an em dash and status",
    why="each bracketed URL has its own status on the same line",
    items={Y[8]: "restricted", Y[11]: "removed"},
)

# A25 ------------------------------------------------------------------
add(
    name="yt-reply-to-reminder-quoted",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 17:22:10 +0900",
    subject="Re: Reminder: request KCSC-240902-01",
    body=f"""Hello,

Our records show the following for the two items you are still missing:

- {Y[2]}: removed on 5 September (regulated goods)
- {Y[6]}: not found. The Short was deleted by its uploader before we
  reviewed it.

Regards,
Hyun-woo
YouTube Legal Support

On Thu, Sep 12, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
""" + quote(our_reminder("KCSC-240902-01", [Y[2], Y[6], Y[10]])),
    outcome="applied",
    classification="confirmation",
    imitates="top-posted reply to our reminder with the reminder quoted below",
    why="two items answered above the quote; the channel in our quoted reminder stays pending",
    items={Y[2]: "removed", Y[6]: "not_found", Y[10]: "pending"},
)

# A9 -------------------------------------------------------------------
add(
    name="naver-ticket-answer-particles",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Thu, 05 Sep 2024 15:10:22 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (접수번호 2024090312345)",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회의 시정요구(KCSC-240903-02)에 대해 아래와 같이 조치하였음을 알려드립니다.

{N[0]} 게시물은 게시중단 처리되었습니다.
{N[1]}의 게시글은 정보통신망법 제44조의2에 따라 30일간 임시조치되었습니다.

나머지 게시물은 검토가 끝나는 대로 별도로 안내드리겠습니다.

감사합니다.

※ 본 메일은 발신 전용입니다. 추가 문의는 고객센터(https://help.naver.com)를 이용해 주세요.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER customer-centre ticket answer (접수번호) on a 시정요구",
    why="게시중단 = removed; 임시조치 = restricted; particle 의 glued to the URL; help link is no item",
    items={N[0]: "removed", N[1]: "restricted"},
)

# A10 ------------------------------------------------------------------
html_a10 = f"""<html><body>
<p>안녕하세요, 네이버 권리보호센터입니다.</p>
<p>귀 위원회의 요청(KCSC-240903-02)에 대한 처리 결과를 안내드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>신고 URL</th><th>처리 결과</th></tr>
<tr><td>1</td><td>{N[2]}</td><td>삭제</td></tr>
<tr><td>2</td><td>{N4_RAW}</td><td>게시물 없음 (작성자가 이미 삭제)</td></tr>
</table>
<p>처리 일시: 2024-09-06</p>
<p>감사합니다.<br>NAVER 권리보호센터</p>
</body></html>
"""
add(
    name="naver-html-table-base64",
    **{"from": "right@navercorp.com"},
    name_from="NAVER 권리보호센터",
    date="Fri, 06 Sep 2024 17:40:00 +0900",
    subject="[처리결과] KCSC-240903-02 게시물 조치 결과 안내",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(html_a10),
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 권리보호센터 조치 결과 table, base64 HTML",
    why="삭제 = removed; 게시물 없음 (작성자 삭제) = not_found; the raw Korean path matches its percent-encoded form",
    items={N[2]: "removed", N[3]: "not_found"},
)

# A11 ------------------------------------------------------------------
add(
    name="naver-reply-to-reminder-toppost",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 10:05:33 +0900",
    subject="RE: Reminder: request KCSC-240903-02",
    body=f"""안녕하세요. 네이버 고객센터입니다.

재요청 주신 건 중 {N[1]} 게시물은 검토 결과 당사 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시를 유지하기로 하였습니다.
판단 근거: 게시물 내용이 특정인을 식별할 수 있는 정보를 포함하지 않음.

감사합니다.

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-12 (목) 09:00:00 (GMT+09:00)
Subject: Reminder: request KCSC-240903-02

""" + "\n".join(our_reminder("KCSC-240903-02", [N[1], N[2], N[3]])),
    outcome="applied",
    classification="confirmation",
    imitates="NAVER reply to a reminder above an Outlook-style -----Original Message----- block",
    why="one item kept up with a reason = rejected; the other URLs appear only in our quoted reminder",
    items={N[1]: "rejected", N[2]: "pending", N[3]: "pending"},
)

# A12 ------------------------------------------------------------------
a12 = f"""안녕하세요, 네이버 고객센터 담당자 김하늘입니다.

문의번호 2024090312345 관련하여 조치 결과를 안내드립니다.

・ {N[0]}：블라인드 처리 완료
・ {N[2]}：국내 접근 제한 조치

처리 결과에 이의가 있으시면 이 메일에 회신해 주세요.
감사합니다.
"""
add(
    name="naver-qp-fullwidth-bullets",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Sat, 07 Sep 2024 11:11:11 +0900",
    subject="Re: [KCSC-240903-02] 시정요구 (문의번호 2024090312345)",
    reply_to_req=mid("KCSC-240903-02"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(a12),
    outcome="applied",
    classification="confirmation",
    imitates="NAVER agent answer with katakana-dot bullets and full-width colons, quoted-printable",
    why="블라인드 = removed; 접근 제한 = restricted; full-width colon right after each URL",
    items={N[0]: "removed", N[2]: "restricted"},
)

# A13 ------------------------------------------------------------------
add(
    name="x-jira-resolved-comment",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    date="Fri, 06 Sep 2024 20:14:55 +0900",
    subject="LEGAL-KR-2291 KCSC-240904-03 removal request",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""—-—-—-—

Reply above this line.

Dana Whitfield resolved this as Done.

Dana Whitfield commented:

Hello KCSC team,

We have completed our review of two of the posts in your request.

- {X[0]}: withheld in South Korea in response to your legal demand.
- {X[1]}: removed for violating the X Rules on illegal and regulated goods.

View request · Turn off this request's notifications
https://xlegal.atlassian.net/servicedesk/customer/portal/4/LEGAL-KR-2291

This is shared with KCSC Takedown.

Powered by Jira Service Management
""",
    outcome="applied",
    classification="confirmation",
    imitates="Jira Service Management 'resolved' customer notification with the agent's comment",
    why="withheld in KR = restricted; removed = removed; the portal link is no item",
    items={X[0]: "restricted", X[1]: "removed"},
)

# A14 ------------------------------------------------------------------
add(
    name="x-numbered-partial-answer",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    date="Sat, 07 Sep 2024 08:40:12 +0900",
    subject="RE: KCSC-240904-03 removal request [LEGAL-KR-2291]",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""Hello,

A partial update on the two ttoki_deals posts:

1. <{X[2]}> - withheld in South Korea.
2. <{X[3]}> - still being assessed by our legal team; we will update this
   ticket once a decision is made.

Thank you,
X Legal Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="partial answer in a ticket thread, numbered list with URLs in angle brackets",
    why="first post withheld in KR = restricted; second still being assessed stays pending",
    items={X[2]: "restricted", X[3]: "pending"},
)

# A15 ------------------------------------------------------------------
add(
    name="x-no-violation-and-author-deleted",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    date="Tue, 10 Sep 2024 11:02:47 +0900",
    subject="RE: KCSC-240904-03 removal request [LEGAL-KR-2291]",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""Hello,

We have reviewed the post {X[4]} and found
that it does not violate the X Rules or Korean law as described in your
request. It will remain available on X.

The post {X[3]} had already been deleted by
the account holder before our team looked at it, so there was nothing for
us to action.

Regards,
X Legal Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="X legal reply declining one post and reporting another deleted by its author",
    why="no violation, stays up = rejected; deleted by its author before review = not_found",
    items={X[4]: "rejected", X[3]: "not_found"},
)

# A16 ------------------------------------------------------------------
add(
    name="x-statement-above-wrapped-url",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    date="Wed, 11 Sep 2024 16:33:20 +0900",
    subject="Update: LEGAL-KR-2291 (KCSC-240904-03)",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""Hello,

The following post has been withheld in South Korea:
{X[0]}

The following post has been removed for violating our rules:
<https://x.com/mintcloud_09/status/
1831220004513337344>

Regards,
X Legal Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="X ticket update with the statement on the line above each URL, one URL wrapped inside angle brackets",
    why="withheld = restricted; removed = removed; a URL wrapped inside <> still names the post",
    items={X[0]: "restricted", X[4]: "removed"},
)

# A17 ------------------------------------------------------------------
add(
    name="tg-helpscout-conversation",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Sat, 07 Sep 2024 02:18:40 +0900",
    subject="Re: KCSC-240905-04 [#88312]",
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""Hello,

Thank you for your report. We have taken the following measures:

{T[0]} has been taken down.
{T[1]} is no longer accessible to users in South Korea.

--
Alex
Telegram Abuse Team

Conversation #88312 · Reply to this email to continue the conversation.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Help Scout-style conversation reply from Telegram's abuse desk",
    why="taken down = removed; inaccessible in Korea = restricted",
    items={T[0]: "removed", T[1]: "restricted"},
)

# A18 ------------------------------------------------------------------
add(
    name="tg-followup-invalid-link",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 19:05:00 +0900",
    subject="Re: KCSC-240905-04 [#88312]",
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""Hello again,

Regarding the last link in your request, {T[2]}: there is no message with
that number in this channel, so we cannot act on it. The link is invalid.

--
Alex
Telegram Abuse Team

Conversation #88312

On Sat, Sep 7, 2024, Telegram Abuse <abuse@telegram.org> wrote:
> {T[0]} has been taken down.
> {T[1]} is no longer accessible to users in South Korea.
""",
    outcome="applied",
    classification="confirmation",
    imitates="second message in a Telegram abuse-desk conversation, with the first one quoted",
    why="no such message, invalid link = not_found; the quoted earlier statements are not this email's",
    items={T[2]: "not_found", T[0]: "pending", T[1]: "pending"},
)

# A19 ------------------------------------------------------------------
add(
    name="kakao-gmail-quote-korean",
    **{"from": "cs-safety@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Tue, 10 Sep 2024 14:27:19 +0900",
    subject="Re: [KCSC-240906-05] 불법정보 삭제 요청",
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""안녕하세요, 카카오 고객센터입니다.

요청하신 게시물에 대해 아래와 같이 처리하였습니다.

- 다음 카페 게시글 {K[0]} : 임시조치(30일) 완료
- 카카오톡 채널 게시물 {K[1]} : 삭제 완료

감사합니다.
카카오 고객센터 드림

2024년 9월 6일 (금) 오후 3:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
""" + quote(our_request("KCSC-240906-05", K)),
    outcome="applied",
    classification="confirmation",
    imitates="Kakao customer-centre answer above a Korean Gmail quote header",
    why="임시조치 = restricted; 삭제 = removed",
    items={K[0]: "restricted", K[1]: "removed"},
)

# A20 ------------------------------------------------------------------
add(
    name="kakao-kept-with-reason",
    **{"from": "cs-safety@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 10:44:02 +0900",
    subject="Re: [KCSC-240906-05] 불법정보 삭제 요청 (추가 안내)",
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""안녕하세요, 카카오 고객센터입니다.

지난 답변에 이어 안내드립니다.
{K[0]} 게시글은 재검토 결과 운영정책 위반이 확인되지 않아 임시조치를 해제하고 게시를 유지하였습니다.
(게시글은 금융상품 일반 정보로 확인되었습니다.)

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao follow-up in the same thread reversing a temporary measure",
    why="no violation, measure lifted, post kept = rejected (the ledger is fresh, so no regression)",
    items={K[0]: "rejected"},
)

# A21 ------------------------------------------------------------------
add(
    name="discord-zendesk-solved-sole",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 06:52:31 +0900",
    subject="[Discord] Re: KCSC-240909-06 report of illegal content [#472019]",
    reply_to_req=mid("KCSC-240909-06"),
    body="""##- Please type your reply above this line -##

Your request (472019) has been solved. To reopen it, reply to this email.

Rowan (Discord)

Sep 10, 2024, 2:52 PM PDT

Hi there,

Thanks for reaching out. We investigated the server you reported and have
removed it from Discord; its invite link no longer works.

Best,
Rowan
Discord Trust & Safety

This email is a service from Discord. Delivered by Zendesk
""",
    outcome="applied",
    classification="confirmation",
    imitates="Discord Trust & Safety Zendesk 'solved' notification",
    why="request of one item; 'the server you reported has been removed' states its status without naming the URL",
    items={D[0]: "removed"},
)

# A22 ------------------------------------------------------------------
add(
    name="discord-invite-invalid",
    **{"from": "trust-safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 03:15:00 +0900",
    subject="Re: KCSC-240909-06 report of illegal content [#472019]",
    reply_to_req=mid("KCSC-240909-06"),
    body="""Hi,

We looked into the invite you sent us (<https://discord.gg/qR7vXkPm>).
That invite is invalid: it does not lead to any server, so we could not
locate the community you describe. If you have a message link or a
server ID, please open a new report.

Discord Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="Discord T&S reply on an invalid invite link",
    why="invalid invite, cannot locate = not_found; the invitation to open a new report is not a request for more on this item",
    items={D[0]: "not_found"},
)

# A23 ------------------------------------------------------------------
html_a23 = f"""<html><body>
<div>Hi KCSC Takedown,</div>
<div><br></div>
<div>Thank you for your report (your reference KCSC-240910-07). After review, our team took the following actions:</div>
<ul>
<li><a href="{TT[0]}">{TT[0]}</a><br>Removed for violating our Community Guidelines.</li>
<li><a href="{TT[1]}">{TT[1]}</a><br>Restricted in your country/region under local law.</li>
</ul>
<div>Best regards,<br>TikTok Law Enforcement &amp; Government Outreach</div>
<hr>
<div style="font-size:11px;color:#777">Ticket #TT-7731902 · Powered by Freshdesk</div>
</body></html>
"""
add(
    name="tiktok-freshdesk-html",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Fri, 13 Sep 2024 12:00:41 +0900",
    subject="Re: KCSC-240910-07 [#TT-7731902]",
    reply_to_req=mid("KCSC-240910-07"),
    type="html",
    body=html_a23,
    outcome="applied",
    classification="confirmation",
    imitates="Freshdesk HTML reply from a TikTok government-requests desk",
    why="removed; restricted in the requester's country = restricted",
    items={TT[0]: "removed", TT[1]: "restricted"},
)

# A24 ------------------------------------------------------------------
add(
    name="tiktok-outlook-partial",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Mon, 16 Sep 2024 09:30:00 +0900",
    subject="RE: KCSC-240910-07",
    reply_to_req=mid("KCSC-240910-07"),
    body=f"""Hello,

{TT[1]} has been removed.
The other video in your request is still with our local policy team.

Kind regards,
TikTok Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 4:00 PM
To: legal-kr@tiktok.com
Subject: KCSC-240910-07

""" + "\n".join(our_request("KCSC-240910-07", TT)),
    outcome="applied",
    classification="confirmation",
    imitates="Outlook top-posted partial answer over -----Original Message-----",
    why="one video removed; the other is 'still with our team' and stays pending; our quoted request states nothing",
    items={TT[1]: "removed", TT[0]: "pending"},
)

# ---------------------------------------------------------------- review
add(
    name="yt-escalated-will-remove",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 04 Sep 2024 18:02:10 +0900",
    subject="Re: KCSC-240902-01 removal request [ref:58213047]",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""Hello,

Your ticket has been escalated to our specialist team. Based on the
information provided, the videos
{Y[0]} and
{Y[1]}
will be removed within 24 hours. We will confirm once this is done.

YouTube Legal Support
""",
    outcome="review",
    review="not_understood",
    imitates="escalation note in a Zendesk thread announcing a future removal",
    why="'will be removed' is a promise, not a statement; names items, so a person must read it",
    items={Y[0]: "pending", Y[1]: "pending"},
)

add(
    name="x-jira-in-progress",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    date="Thu, 05 Sep 2024 10:12:00 +0900",
    subject="LEGAL-KR-2291 KCSC-240904-03 removal request",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""—-—-—-—

Reply above this line.

Dana Whitfield changed the status to In progress.

Dana Whitfield commented:

We are reviewing {X[2]} and {X[3]}
with our legal team and will share the outcome in this request.

View request · Turn off this request's notifications

Powered by Jira Service Management
""",
    outcome="review",
    review="not_understood",
    imitates="Jira Service Management status change to 'In progress' with a comment",
    why="under review is no statement; names two items",
    items={X[2]: "pending", X[3]: "pending"},
)

add(
    name="naver-hedge-appears-deleted",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Wed, 04 Sep 2024 16:20:00 +0900",
    subject="[네이버 고객센터] 문의 답변 (접수번호 2024090312345)",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""안녕하세요. 네이버 고객센터입니다.

문의하신 {N[0]} 게시물은 현재 확인 시 이미 삭제된 것으로 보입니다.
정확한 처리 이력은 담당 부서 확인 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review",
    review="not_understood",
    imitates="NAVER customer-centre first answer with a hedged observation",
    why="'삭제된 것으로 보입니다' (appears deleted) is a hedge and the answer defers to a later one",
    items={N[0]: "pending"},
)

add(
    name="tg-bulk-all-blocked",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 22:40:00 +0900",
    subject="Re: KCSC-240905-04 [#88312]",
    reply_to_req=mid("KCSC-240905-04"),
    body="""Hello,

All the messages listed in your request have been blocked.

--
Telegram Abuse Team
Conversation #88312
""",
    outcome="review",
    review="bulk",
    imitates="one-line Telegram abuse-desk closing reply",
    why="one statement covers a three-item request without naming each item",
    items={T[0]: "pending", T[1]: "pending", T[2]: "pending"},
)

add(
    name="tiktok-zendesk-solved-bulk",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Sat, 14 Sep 2024 08:00:00 +0900",
    subject="[Solved] KCSC-240910-07 [#TT-7731902]",
    reply_to_req=mid("KCSC-240910-07"),
    body="""##- Please type your reply above this line -##

Your request (TT-7731902) has been solved.

Hi,

We have removed the reported videos from TikTok. Thank you for helping us
keep our community safe.

TikTok Legal
""",
    outcome="review",
    review="bulk",
    imitates="solved-ticket notification with a single blanket sentence",
    why="'the reported videos' covers a two-item request without naming them",
    items={TT[0]: "pending", TT[1]: "pending"},
)

add(
    name="yt-dkim-fail",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    auth="fail",
    date="Sun, 08 Sep 2024 03:11:00 +0900",
    subject="Re: KCSC-240902-01 removal request [ref:58213047]",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""Hello,

The video {Y[2]} has been removed.

YouTube Legal Support
""",
    outcome="review",
    review="untrusted",
    imitates="ticket reply whose authentication fails (forged or broken relay)",
    why="From google.com but DKIM/SPF/DMARC fail",
    items={Y[2]: "pending"},
)

add(
    name="x-zendesk-subdomain-sender",
    **{"from": "support@xlegal-help.zendesk.com"},
    name_from="X Legal Support",
    date="Mon, 09 Sep 2024 12:00:00 +0900",
    subject="[X Legal] Re: KCSC-240904-03 removal request",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""##- Please type your reply above this line -##

Hello,

{X[0]} has been withheld in South Korea.

X Legal Support
""",
    outcome="review",
    review="unknown_sender",
    imitates="ticket reply sent from a help-desk vendor's subdomain instead of the platform's own domain",
    why="zendesk.com is not a configured sender of X; the statement cannot be trusted as X's",
    items={X[0]: "pending"},
)

add(
    name="tg-gmail-support-impostor",
    **{"from": "telegram.abuse.desk@gmail.com"},
    name_from="Telegram Support Team",
    date="Sun, 08 Sep 2024 21:30:00 +0900",
    subject="Re: KCSC-240905-04",
    body=f"""Dear KCSC,

We confirm that {T[0]} was deleted by our moderators.

Telegram Support Team
""",
    outcome="review",
    review="unknown_sender",
    imitates="a 'support team' writing from a free-mail address",
    why="gmail.com is no platform's domain; names our request and an item",
    items={T[0]: "pending"},
)

add(
    name="x-forwarded-internal-note",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    date="Tue, 10 Sep 2024 15:00:00 +0900",
    subject="Fwd: LEGAL-KR-2291 enforcement note (KCSC-240904-03)",
    body=f"""FYI, see the note from our enforcement team below.

---------- Forwarded message ---------
From: X Enforcement <enforcement@x.com>
Date: Mon, Sep 9, 2024 at 10:41 PM
Subject: LEGAL-KR-2291 enforcement note
To: X Legal Support <legal-support@x.com>

Actioned: {X[1]} removed (illegal goods).
""",
    outcome="review",
    review="forwarded",
    classification="forwarded",
    imitates="agent forwarding an internal enforcement note into the ticket",
    why="the statement is inside a forwarded message, not the sender's own",
    items={X[1]: "pending"},
)

add(
    name="naver-asks-documents",
    **{"from": "right@navercorp.com"},
    name_from="NAVER 권리보호센터",
    date="Mon, 09 Sep 2024 11:30:00 +0900",
    subject="[추가자료 요청] KCSC-240903-02",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

요청하신 게시물 중 {N[2]} 에 대해서는
위법성 판단을 위해 심의 결정서 사본이 필요합니다.
자료를 회신해 주시면 검토 후 처리 결과를 안내드리겠습니다.

감사합니다.
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="NAVER request for the decision document before acting",
    why="asks for supporting documents about a named item; no status",
    items={N[2]: "pending"},
)

add(
    name="discord-satisfaction-survey",
    **{"from": "noreply@discord.com"},
    name_from="Discord",
    date="Thu, 12 Sep 2024 07:00:00 +0900",
    subject="How would you rate the support you received?",
    body="""Hello,

We'd love to hear what you think of our customer service. Please take a
moment to answer one simple question by clicking either link below:

How would you rate the support you received?

Good, I'm satisfied
https://dis.gd/feedback/472019/good

Bad, I'm unsatisfied
https://dis.gd/feedback/472019/bad

Here's a reminder of what your request was about: Report - illegal content server

Discord Support
""",
    outcome="review",
    review="no_claims",
    imitates="Zendesk customer-satisfaction survey sent after a ticket is solved",
    why="trusted Discord mail naming no requested item and no request of ours; not one of the ignorable kinds",
    items={},
)

add(
    name="tiktok-expects-restriction",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Wed, 18 Sep 2024 10:10:10 +0900",
    subject="RE: Reminder: request KCSC-240910-07",
    body=f"""Hello,

Thank you for your patience. {TT[0]} is with our local policy team and we
expect it to be restricted in Korea once their review is complete. We
will confirm by email.

Kind regards,
TikTok Legal
""",
    outcome="review",
    review="not_understood",
    imitates="agent reply to our reminder with an expectation, not a result",
    why="'we expect it to be restricted' is a forecast; names the item",
    items={TT[0]: "pending"},
)

# ---------------------------------------------------------------- ignored
add(
    name="yt-zendesk-receipt",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 02 Sep 2024 10:01:30 +0900",
    subject="[Request received] KCSC-240902-01 removal request [ref:58213047]",
    reply_to_req=mid("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""##- Please type your reply above this line -##

Your request (58213047) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

This email is a service from YouTube Legal Support.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Zendesk 'request received' automatic receipt",
    why="pure receipt with a ticket number",
    items={},
)

add(
    name="tiktok-receipt-echo",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Tue, 10 Sep 2024 16:02:00 +0900",
    subject="We've received your request [#TT-7731902]",
    reply_to_req=mid("KCSC-240910-07"),
    body=f"""Hi,

Thanks for contacting TikTok. We've received your request and created
ticket #TT-7731902. A member of our team will get back to you.

Here is a copy of what you submitted:

Subject: KCSC-240910-07
Reported content:
{TT[0]}
{TT[1]}
Reason: illegal content under Korean law

Please don't reply to this email; replies to this address are not monitored.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Freshdesk-style receipt that echoes the submitted form",
    why="receipt only; the URLs appear in the echo of our own report, with no statement",
    items={TT[0]: "pending", TT[1]: "pending"},
)

add(
    name="naver-chuseok-out-of-office",
    **{"from": "jiyoon.park@navercorp.com"},
    name_from="박지윤",
    date="Mon, 16 Sep 2024 09:00:05 +0900",
    subject="[자동응답] Re: Reminder: request KCSC-240903-02",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요, 박지윤입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the Chuseok holiday",
    why="auto-reply",
    items={},
)

add(
    name="x-out-of-office",
    **{"from": "d.whitfield@x.com"},
    name_from="Dana Whitfield",
    date="Thu, 12 Sep 2024 09:00:12 +0900",
    subject="Automatic reply: Reminder: request KCSC-240904-03",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""I'm out of the office until 16 September with limited access to email.
Requests in ticket LEGAL-KR-2291 are covered by the X Legal Support queue.

> Reminder: request KCSC-240904-03
> The following items of our request are still awaiting your answer:
> - {X[3]}
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook automatic reply quoting the start of our reminder",
    why="auto-reply; the URL is only in the quoted reminder",
    items={X[3]: "pending"},
)

reminder_k = "\n".join(our_reminder("KCSC-240906-05", K))
add(
    name="kakao-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx1.kakaocorp.com"},
    name_from="Mail Delivery System",
    date="Fri, 13 Sep 2024 09:00:40 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b164-k"

--dsn-b164-k
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<safety@kakaocorp.com>: host mailstore.kakaocorp.com[203.0.113.25] said:
    550 5.1.1 <safety@kakaocorp.com>: Recipient address rejected: User unknown

--dsn-b164-k
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.kakaocorp.com
Arrival-Date: Fri, 13 Sep 2024 09:00:39 +0900

Final-Recipient: rfc822; safety@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-b164-k
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: safety@kakaocorp.com
Subject: Reminder: request KCSC-240906-05
Date: Fri, 13 Sep 2024 09:00:30 +0900
Message-ID: <reminder.KCSC-240906-05.1@kcsc.example>
Content-Type: text/plain; charset=utf-8

{reminder_k}

--dsn-b164-k--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix delivery status notification for our reminder",
    why="bounce; the URLs are only in our returned reminder",
    items={K[0]: "pending", K[1]: "pending"},
)

add(
    name="tiktok-read-receipt",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Tue, 10 Sep 2024 16:40:00 +0900",
    subject="Read: KCSC-240910-07",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b164-t"

--mdn-b164-t
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@tiktok.com
  Subject: KCSC-240910-07
  Sent: Tuesday, September 10, 2024 4:00 PM

was read on Tuesday, September 10, 2024 4:39 PM.

--mdn-b164-t
Content-Type: message/disposition-notification

Reporting-UA: mail.tiktok.com; Microsoft Exchange Server
Final-Recipient: rfc822; legal-kr@tiktok.com
Original-Message-ID: <{mid("KCSC-240910-07")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b164-t--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Exchange read receipt (MDN)",
    why="read receipt",
    items={},
)

add(
    name="x-jira-request-received",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    date="Wed, 04 Sep 2024 09:31:05 +0900",
    subject="LEGAL-KR-2291 KCSC-240904-03 removal request",
    reply_to_req=mid("KCSC-240904-03"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""—-—-—-—

Reply above this line.

Your request LEGAL-KR-2291 has been received. Our team will look into it.

View request · Turn off this request's notifications

Powered by Jira Service Management
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Jira Service Management 'request received' notification",
    why="pure receipt with the request key",
    items={},
)

HEADER = """# Blind set 164 (ticket systems and threads): one [[case]] per email.
# Written by tests/corpus/blind164/make.py from the meaning of each email,
# before the reader was run. Each case is judged alone on a fresh ledger
# holding blind164/requests.csv."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
